//! The published JSON Schemas and the Rust decoder agree.
//!
//! Every check runs the committed files under `schemas/` through the `jsonschema` crate as a
//! draft 2020-12 validator with format assertion turned on (`format` is an annotation only by
//! default in 2020-12), as a tool in another language would:
//!
//! - every schema is itself a valid draft 2020-12 schema and compiles;
//! - the valid fixtures pass both the schema and [`from_json`];
//! - the invalid fixtures (`tests/fixtures/invalid/`) pass the schema: the rules they break need
//!   context, which no schema expresses, and every one of those rules is in the published rule
//!   catalogue; Rust reports exactly their expected violations;
//! - the malformed fixtures (`tests/fixtures/malformed/`) fail to decode with exactly the
//!   pointer and message of their `.expected.json`, and the schema rejects each one whose
//!   expected file says `"schema": "rejects"` and accepts each one it says a schema cannot
//!   express (`"cannot_express"`), so that a schema which learns to express one is noticed;
//! - each standalone entity schema accepts the seed's entities and refuses unknown fields;
//! - the schemas are documented (`$id`, `title`, `description`, a description on every
//!   property), use no `format` but `date` and `uri`, and allow `null` nowhere.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use regional_conference::decode::{self, DecodeErrorKind};
use regional_conference::schema::{self, DEFAULT_BASE_URI, Document};
use regional_conference::validate::Validate;
use regional_conference::{Dataset, Error, from_json};
use serde_json::{Value, json};

const DRAFT_2020_12: &str = "https://json-schema.org/draft/2020-12/schema";

/// The formats the schemas may use: both are asserted by every draft 2020-12 validator that
/// validates formats at all.
const ALLOWED_FORMATS: [&str; 2] = ["date", "uri"];

/// Where each standalone entity schema's instances are in a dataset.
const ENTITY_KEYS: [(Document, &str); 6] = [
    (Document::Conference, "conferences"),
    (Document::Strategy, "strategies"),
    (Document::Recommendation, "recommendations"),
    (Document::MediaRelease, "media_releases"),
    (Document::Person, "people"),
    (Document::Organization, "organizations"),
];

// ---------------------------------------------------------------------------------------------
// Files.

mod common;

use common::{
    Entry, entries, expected_entries, expected_path, file_name, fixtures, manifest_dir, parse, read,
};

fn seed_path() -> PathBuf {
    manifest_dir().join("tests/fixtures/valid/budapest-2013.json")
}

fn schema_path(document: Document) -> PathBuf {
    manifest_dir().join("schemas").join(document.file_name())
}

/// The committed schema of `document`.
fn committed(document: Document) -> Value {
    parse(&schema_path(document))
}

/// Every committed `schemas/*.schema.json`, sorted by name.
fn committed_schema_files() -> Vec<PathBuf> {
    let dir = manifest_dir().join("schemas");
    let mut out: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| file_name(p).ends_with(".schema.json"))
        .collect();
    out.sort();
    out
}

// ---------------------------------------------------------------------------------------------
// Validation.

/// A draft 2020-12 validator for `schema` that asserts `format` (off by default in 2020-12)
/// and treats an unknown format as an error rather than ignoring it.
fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .should_ignore_unknown_formats(false)
        .build(schema)
        .unwrap_or_else(|e| panic!("the schema does not compile: {e}"))
}

fn dataset_validator() -> jsonschema::Validator {
    validator(&committed(Document::Dataset))
}

/// The first few errors of `instance` against `validator`, one per line; empty if it passes.
fn schema_errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .take(5)
        .map(|e| {
            let mut message = e.to_string();
            if message.chars().count() > 300 {
                message = message.chars().take(300).collect::<String>() + "…";
            }
            let at = e.instance_path().to_string();
            format!("at {:?}: {message}", if at.is_empty() { "" } else { &at })
        })
        .collect()
}

fn indent(lines: &[String]) -> String {
    lines.iter().fold(String::new(), |mut out, line| {
        let _ = writeln!(out, "      {line}");
        out
    })
}

/// The codes of the published rule catalogue: the rules that need context.
fn catalogue_codes() -> BTreeSet<String> {
    let rules = schema::rules_json(DEFAULT_BASE_URI);
    rules["rules"]
        .as_array()
        .expect("rules_json has a \"rules\" array")
        .iter()
        .map(|r| {
            r["code"]
                .as_str()
                .expect("a rule has a string code")
                .to_owned()
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Walking schemas.

/// Keywords whose value is a map from names to subschemas.
const SCHEMA_MAPS: [&str; 5] = [
    "$defs",
    "definitions",
    "properties",
    "patternProperties",
    "dependentSchemas",
];
/// Keywords whose value is one subschema.
const SCHEMA_SINGLES: [&str; 11] = [
    "items",
    "additionalItems",
    "additionalProperties",
    "unevaluatedItems",
    "unevaluatedProperties",
    "propertyNames",
    "contains",
    "not",
    "if",
    "then",
    "else",
];
/// Keywords whose value is an array of subschemas.
const SCHEMA_ARRAYS: [&str; 4] = ["allOf", "anyOf", "oneOf", "prefixItems"];

/// Calls `visit` on every subschema of `schema` (itself included) with its JSON Pointer in the
/// schema document. Only schema keywords are followed: instance data under `examples`, `const`,
/// `enum` and `default` is not a schema and is not visited.
fn walk_schemas<'a>(schema: &'a Value, pointer: &str, visit: &mut dyn FnMut(&str, &'a Value)) {
    visit(pointer, schema);
    let Value::Object(map) = schema else {
        return;
    };
    for (key, value) in map {
        let here = format!("{pointer}/{}", escape(key));
        if SCHEMA_MAPS.contains(&key.as_str()) {
            if let Value::Object(named) = value {
                for (name, sub) in named {
                    walk_schemas(sub, &format!("{here}/{}", escape(name)), visit);
                }
            }
        } else if SCHEMA_SINGLES.contains(&key.as_str()) {
            walk_schemas(value, &here, visit);
        } else if SCHEMA_ARRAYS.contains(&key.as_str())
            && let Value::Array(items) = value
        {
            for (i, sub) in items.iter().enumerate() {
                walk_schemas(sub, &format!("{here}/{i}"), visit);
            }
        }
    }
}

/// Escapes a JSON Pointer reference token (RFC 6901).
fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

fn has_text(value: Option<&Value>) -> bool {
    value
        .and_then(Value::as_str)
        .is_some_and(|s| !s.trim().is_empty())
}

// ---------------------------------------------------------------------------------------------
// Rust's side.

fn show(entries: &[Entry]) -> String {
    if entries.is_empty() {
        return "(none)".to_owned();
    }
    entries
        .iter()
        .map(|(code, pointer, severity)| format!("{severity}[{code}] {pointer}"))
        .collect::<Vec<_>>()
        .join(", ")
}

// ---------------------------------------------------------------------------------------------
// The schemas themselves.

#[test]
fn every_committed_schema_is_a_valid_draft_2020_12_schema_and_compiles() {
    let files = committed_schema_files();
    let names: BTreeSet<&str> = files.iter().map(|p| file_name(p)).collect();
    let documents: BTreeSet<&str> = Document::ALL.iter().map(|d| d.file_name()).collect();
    assert_eq!(
        names, documents,
        "schemas/*.schema.json should be exactly the files of Document::ALL"
    );
    let meta = jsonschema::draft202012::meta::validator();
    let mut failures = Vec::new();
    for path in &files {
        let name = file_name(path);
        let schema = parse(path);
        if schema["$schema"] != DRAFT_2020_12 {
            failures.push(format!(
                "{name}: $schema is {}, not {DRAFT_2020_12:?}",
                schema["$schema"]
            ));
        }
        let errors: Vec<String> = meta
            .iter_errors(&schema)
            .map(|e| format!("at {:?}: {e}", e.instance_path().to_string()))
            .collect();
        if !errors.is_empty() {
            failures.push(format!(
                "{name}: not a valid draft 2020-12 schema:\n{}",
                indent(&errors)
            ));
        }
        if let Err(e) = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .should_ignore_unknown_formats(false)
            .build(&schema)
        {
            failures.push(format!("{name}: does not compile: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_root_schema_has_its_id_a_title_and_a_description() {
    let mut failures = Vec::new();
    for &document in Document::ALL {
        let schema = committed(document);
        let name = document.file_name();
        let id = document.id(DEFAULT_BASE_URI);
        if schema["$id"] != id.as_str() {
            failures.push(format!("{name}: $id is {}, not {id:?}", schema["$id"]));
        }
        if !has_text(schema.get("title")) {
            failures.push(format!("{name}: no title"));
        }
        if !has_text(schema.get("description")) {
            failures.push(format!("{name}: no description"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_property_in_every_schema_has_a_description() {
    let mut missing = Vec::new();
    for &document in Document::ALL {
        let schema = committed(document);
        walk_schemas(&schema, "", &mut |pointer, sub| {
            let Some(Value::Object(properties)) = sub.get("properties") else {
                return;
            };
            for (name, property) in properties {
                if !has_text(property.get("description")) {
                    missing.push(format!(
                        "{}#{pointer}/properties/{}",
                        document.file_name(),
                        escape(name)
                    ));
                }
            }
        });
    }
    assert!(
        missing.is_empty(),
        "{} properties have no description:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn no_schema_uses_a_format_other_than_date_and_uri() {
    let mut failures = Vec::new();
    let mut seen = BTreeSet::new();
    for &document in Document::ALL {
        let schema = committed(document);
        walk_schemas(&schema, "", &mut |pointer, sub| {
            if let Some(format) = sub.get("format") {
                seen.insert(format.to_string());
            }
            if let Some(format) = sub.get("format")
                && !format
                    .as_str()
                    .is_some_and(|f| ALLOWED_FORMATS.contains(&f))
            {
                failures.push(format!(
                    "{}#{pointer}: format {format}",
                    document.file_name()
                ));
            }
        });
    }
    // The walk reaches the formats the leaf types declare (dates and source URLs).
    assert!(
        seen.contains("\"date\"") && seen.contains("\"uri\""),
        "the schemas should use format date and uri, found {seen:?}"
    );
    assert!(
        failures.is_empty(),
        "formats other than {ALLOWED_FORMATS:?}:\n{}",
        failures.join("\n")
    );
}

#[test]
fn no_schema_allows_null() {
    let mut failures = Vec::new();
    for &document in Document::ALL {
        let schema = committed(document);
        walk_schemas(&schema, "", &mut |pointer, sub| {
            let at = format!("{}#{pointer}", document.file_name());
            match sub {
                Value::Bool(true) => failures.push(format!("{at}: the schema `true` allows null")),
                Value::Object(map) => {
                    match map.get("type") {
                        Some(Value::String(t)) if t == "null" => {
                            failures.push(format!("{at}: type null"));
                        }
                        Some(Value::Array(types)) if types.iter().any(|t| t == "null") => {
                            failures.push(format!("{at}: type {}", Value::Array(types.clone())));
                        }
                        _ => {}
                    }
                    if map.get("const") == Some(&Value::Null) {
                        failures.push(format!("{at}: const null"));
                    }
                    if let Some(Value::Array(values)) = map.get("enum")
                        && values.contains(&Value::Null)
                    {
                        failures.push(format!("{at}: enum with null"));
                    }
                }
                _ => {}
            }
        });
    }
    // And in practice: the seed with any one of its values replaced by null is refused.
    let validator = dataset_validator();
    let seed = parse(&seed_path());
    let mut pointers = Vec::new();
    collect_pointers(&seed, "", &mut pointers);
    assert!(pointers.len() > 100, "the seed should have many values");
    for pointer in &pointers {
        let mut document = seed.clone();
        *document.pointer_mut(pointer).unwrap() = Value::Null;
        if validator.is_valid(&document) {
            failures.push(format!(
                "dataset.schema.json accepts the seed with null at {pointer}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The JSON Pointer of every value below the root of `value`.
fn collect_pointers(value: &Value, pointer: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let here = format!("{pointer}/{}", escape(key));
                out.push(here.clone());
                collect_pointers(v, &here, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let here = format!("{pointer}/{i}");
                out.push(here.clone());
                collect_pointers(v, &here, out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_dataset_schema_example_is_the_seed_fixture() {
    let schema = committed(Document::Dataset);
    let examples = schema["examples"]
        .as_array()
        .expect("dataset.schema.json has an examples array");
    assert!(
        examples.first() == Some(&parse(&seed_path())),
        "examples[0] of dataset.schema.json is not tests/fixtures/valid/budapest-2013.json"
    );
}

#[test]
fn each_entity_schema_accepts_the_seed_entities_and_refuses_unknown_fields() {
    let covered: BTreeSet<&str> = ENTITY_KEYS.iter().map(|(d, _)| d.file_name()).collect();
    for &document in Document::ALL {
        assert!(
            document == Document::Dataset || covered.contains(document.file_name()),
            "{} has no entry in ENTITY_KEYS",
            document.file_name()
        );
    }
    let seed = parse(&seed_path());
    let mut failures = Vec::new();
    for (document, key) in ENTITY_KEYS {
        let name = document.file_name();
        let validator = validator(&committed(document));
        let entities = seed[key]
            .as_array()
            .unwrap_or_else(|| panic!("the seed has no {key:?} array"));
        assert!(!entities.is_empty(), "the seed has no {key}");
        for (i, entity) in entities.iter().enumerate() {
            let errors = schema_errors(&validator, entity);
            if !errors.is_empty() {
                failures.push(format!(
                    "{name} refuses /{key}/{i} of the seed:\n{}",
                    indent(&errors)
                ));
            }
            let mut extended = entity.clone();
            extended
                .as_object_mut()
                .unwrap()
                .insert("not_a_field".to_owned(), json!("an unknown field"));
            if validator.is_valid(&extended) {
                failures.push(format!(
                    "{name} accepts /{key}/{i} of the seed with an unknown field \"not_a_field\""
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// The fixtures.

#[test]
fn every_valid_fixture_is_accepted_by_the_schema_and_by_rust() {
    let validator = dataset_validator();
    let mut failures = Vec::new();
    for path in fixtures("valid") {
        let name = file_name(&path);
        let text = read(&path);
        let errors = schema_errors(&validator, &parse(&path));
        if !errors.is_empty() {
            failures.push(format!(
                "{name}: the schema rejects it:\n{}",
                indent(&errors)
            ));
        }
        if let Err(e) = from_json(&text) {
            failures.push(format!("{name}: Rust rejects it: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_invalid_fixture_passes_the_schema_because_its_rules_need_context() {
    let validator = dataset_validator();
    let catalogue = catalogue_codes();
    let mut failures = Vec::new();
    for path in fixtures("invalid") {
        let name = file_name(&path);
        let text = read(&path);
        let expected = expected_entries(&expected_path(&path));
        assert!(!expected.is_empty(), "{name}: its expected file is empty");
        // The schema cannot see these rules: it accepts the document...
        let errors = schema_errors(&validator, &parse(&path));
        if !errors.is_empty() {
            failures.push(format!(
                "{name}: the schema rejects it, but the rules it breaks need context:\n{}",
                indent(&errors)
            ));
        }
        // ...and each rule it breaks is published in rules.json as one a schema cannot express.
        for (code, pointer, _) in &expected {
            if !catalogue.contains(code) {
                failures.push(format!(
                    "{name}: {code} (at {pointer}) is not in rules_json()[\"rules\"], the catalogue \
                     of rules no schema can express"
                ));
            }
        }
        // Rust's verdict is the expected file's: invalid if it lists an error, else valid with
        // the listed warnings.
        let has_error = expected.iter().any(|(_, _, severity)| severity == "error");
        match (from_json(&text), has_error) {
            (Err(Error::Invalid(report)), true) => {
                let observed = entries(&report);
                if observed != expected {
                    failures.push(format!(
                        "{name}: Rust reports {}, the expected file lists {}",
                        show(&observed),
                        show(&expected)
                    ));
                }
            }
            (Ok(valid), false) => {
                let observed = entries(valid.report());
                if observed != expected {
                    failures.push(format!(
                        "{name}: Rust reports {}, the expected file lists {}",
                        show(&observed),
                        show(&expected)
                    ));
                }
            }
            (Err(Error::Decode(e)), _) => {
                failures.push(format!("{name}: Rust does not decode it: {e}"));
            }
            (Err(e), false) => failures.push(format!(
                "{name}: Rust rejects it, but the expected file lists only warnings ({}): {e}",
                show(&expected)
            )),
            (Ok(valid), true) => failures.push(format!(
                "{name}: Rust accepts it (reporting {}), but the expected file lists an error ({})",
                show(&entries(valid.report())),
                show(&expected)
            )),
            (Err(e), true) => failures.push(format!("{name}: unexpected error: {e}")),
        }
        // The decoded dataset's report is the same as the one from_json gives.
        if let Ok(dataset) = decode::from_str::<Dataset>(&text) {
            let observed = entries(&dataset.validate());
            if observed != expected {
                failures.push(format!(
                    "{name}: validate() reports {}, the expected file lists {}",
                    show(&observed),
                    show(&expected)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A malformed fixture's expected file.
struct Malformed {
    pointer: String,
    message: String,
    /// Whether the Dataset schema rejects the document (`"rejects"`); `false` for
    /// `"cannot_express"`.
    schema_rejects: bool,
}

fn malformed_expected(path: &Path) -> Malformed {
    let value = parse(path);
    let name = file_name(path);
    let Value::Object(map) = &value else {
        panic!("{name}: not a JSON object");
    };
    let keys: BTreeSet<&str> = map.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        BTreeSet::from(["pointer", "message", "schema", "why"]),
        "{name}: the keys should be exactly pointer, message, schema and why"
    );
    let field = |key: &str| {
        map[key]
            .as_str()
            .unwrap_or_else(|| panic!("{name}: {key:?} is not a string"))
            .to_owned()
    };
    let why = field("why");
    assert!(
        !why.trim().is_empty() && !why.contains('\n'),
        "{name}: \"why\" should be one sentence on one line"
    );
    let schema_rejects = match field("schema").as_str() {
        "rejects" => true,
        "cannot_express" => false,
        other => panic!("{name}: \"schema\" is {other:?}, not \"rejects\" or \"cannot_express\""),
    };
    Malformed {
        pointer: field("pointer"),
        message: field("message"),
        schema_rejects,
    }
}

#[test]
fn every_malformed_fixture_is_refused_by_rust_and_by_the_schema_where_a_schema_can_say_so() {
    let all = fixtures("malformed");
    assert!(
        all.len() >= 30,
        "tests/fixtures/malformed/ should hold at least 30 fixtures, it holds {}",
        all.len()
    );
    // No expected file without its fixture.
    let dir = manifest_dir().join("tests/fixtures/malformed");
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if let Some(fixture) = file_name(&path).strip_suffix(".expected.json") {
            assert!(
                dir.join(format!("{fixture}.json")).exists(),
                "{} has no {fixture}.json beside it",
                file_name(&path)
            );
        }
    }
    let validator = dataset_validator();
    let mut mismatches = Vec::new();
    let (mut rejects, mut cannot_express) = (0, 0);
    for path in &all {
        let name = file_name(path);
        let expected_file = expected_path(path);
        assert!(
            expected_file.exists(),
            "{name}: no {} beside it",
            file_name(&expected_file)
        );
        let expected = malformed_expected(&expected_file);
        let text = read(path);
        // Well-formed JSON: what is wrong is the vocabulary, not the syntax.
        let value: Value = match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(e) => {
                mismatches.push(format!("{name}: not well-formed JSON: {e}"));
                continue;
            }
        };
        // Rust: refused, with exactly the expected pointer and message.
        match decode::from_str::<Dataset>(&text) {
            Ok(_) => mismatches.push(format!(
                "{name}: Rust decodes it, expected at {:?}: {}",
                expected.pointer, expected.message
            )),
            Err(e) => {
                if e.kind() != DecodeErrorKind::Data {
                    mismatches.push(format!(
                        "{name}: Rust fails with a {:?} error, not a data error: {e}",
                        e.kind()
                    ));
                }
                if e.pointer() != expected.pointer || e.message() != expected.message {
                    mismatches.push(format!(
                        "{name}: Rust says\n      at {:?}: {}\n    the expected file says\n      at {:?}: {}",
                        e.pointer(),
                        e.message(),
                        expected.pointer,
                        expected.message
                    ));
                }
                if value.pointer(e.pointer()).is_none() {
                    mismatches.push(format!(
                        "{name}: the pointer {:?} is not in the document",
                        e.pointer()
                    ));
                }
            }
        }
        if !matches!(from_json(&text), Err(Error::Decode(_))) {
            mismatches.push(format!(
                "{name}: from_json does not fail with a decoding error"
            ));
        }
        // The schema: rejects what a schema can express, accepts what no schema can.
        let errors = schema_errors(&validator, &value);
        if expected.schema_rejects {
            rejects += 1;
            if errors.is_empty() {
                mismatches.push(format!(
                    "{name}: the schema ACCEPTS it, but its expected file says a schema rejects \
                     it (the schema misses a rule it could express): Rust says at {:?}: {}",
                    expected.pointer, expected.message
                ));
            }
        } else {
            cannot_express += 1;
            if !errors.is_empty() {
                mismatches.push(format!(
                    "{name}: the schema REJECTS it, but its expected file says no schema can \
                     express the rule (if the schema now does, change \"schema\" to \"rejects\"):\n{}",
                    indent(&errors)
                ));
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} mismatches over {} malformed fixtures ({rejects} the schema should reject, \
         {cannot_express} it cannot express):\n  {}",
        mismatches.len(),
        all.len(),
        mismatches.join("\n  ")
    );
}
