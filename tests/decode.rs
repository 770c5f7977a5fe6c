//! Integration tests of `regional_conference::decode` and `regional_conference::locate`: every
//! failure says what went wrong and where (kind, JSON Pointer, line, column, message).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::fmt::Debug;

use regional_conference::decode::{self, DecodeError, DecodeErrorKind};
use regional_conference::locate::{Position, locate};
use regional_conference::{Dataset, Delegation};

/// The error `result` must hold.
#[track_caller]
fn fail<T: Debug>(result: Result<T, DecodeError>) -> DecodeError {
    match result {
        Ok(value) => {
            let shown: String = format!("{value:?}").chars().take(300).collect();
            panic!("expected a decode error, got {shown}")
        }
        Err(e) => e,
    }
}

/// Asserts every part of `err`.
#[track_caller]
fn assert_error(
    err: &DecodeError,
    kind: DecodeErrorKind,
    pointer: &str,
    (line, column): (usize, usize),
    message: &str,
) {
    assert_eq!(
        (
            err.kind(),
            err.pointer(),
            err.line(),
            err.column(),
            err.message()
        ),
        (kind, pointer, line, column, message),
        "{err}"
    );
}

/// A dataset holding one conference whose fields are `fields` (JSON members, one a line).
fn conference(fields: &str) -> String {
    format!(
        r#"{{
  "schema_version": "1.0",
  "conferences": [
    {{
      "id": "interpol-erc-42",
      "organizer": "interpol",
      "kind": "regional_conference",
      "title": "42nd European Regional Conference",
{fields}
    }}
  ]
}}"#
    )
}

// ---------------------------------------------------------------------------------------------
// Leaf values deep in the document
// ---------------------------------------------------------------------------------------------

#[test]
fn bad_country_code_deep_in_a_venue() {
    let json = conference(
        r#"      "venue": {"city": "Budapest", "country": "XX"},
      "dates": {"start": "2013-05-14", "end": "2013-05-16"}"#,
    );
    let err = fail(decode::from_str::<Dataset>(&json));
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "/conferences/0/venue/country",
        (9, 51),
        "invalid country code \"XX\": not an ISO 3166-1 alpha-2 code",
    );
    assert_eq!(
        err.to_string(),
        "line 9, column 51, at /conferences/0/venue/country: invalid country code \"XX\": not \
         an ISO 3166-1 alpha-2 code"
    );
    // The same document as bytes and from a reader says the same.
    assert_eq!(fail(decode::from_slice::<Dataset>(json.as_bytes())), err);
    assert_eq!(
        fail(decode::from_reader::<Dataset, _>(json.as_bytes())),
        err
    );
}

#[test]
fn bad_id_in_a_reference_list_names_the_index() {
    let json = r#"{
  "schema_version": "1.0",
  "organizations": [
    {"id": "interpol", "name": "INTERPOL", "kind": "intergovernmental_organization",
     "sources": ["release-2013", "Release_2014"]}
  ]
}"#;
    let err = fail(decode::from_str::<Dataset>(json));
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "/organizations/0/sources/1",
        (5, 47),
        "invalid source id \"Release_2014\": character 'R' at byte 0 is not allowed (ids use \
         lowercase a-z, digits and single hyphens)",
    );
}

#[test]
fn ordinal_beyond_u32() {
    let json = r#"{"schema_version": "1.0", "conferences": [{"id": "c", "organizer": "o", "kind": "other", "title": "T", "dates": "2013", "ordinal": 4294967296}]}"#;
    let err = fail(decode::from_str::<Dataset>(json));
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "/conferences/0/ordinal",
        (1, 141),
        "invalid value: integer `4294967296`, expected u32",
    );
    let zero = json.replace("4294967296", "0");
    let err = fail(decode::from_str::<Dataset>(&zero));
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "/conferences/0/ordinal",
        (1, 132),
        "invalid ordinal \"0\": ordinals start at 1",
    );
}

const NEGATIVE_COUNT: &str = r#"      "dates": "2013",
      "attendance": [{"measure": "delegates", "count": {"qualifier": "exact", "value": -1}}]"#;

#[test]
fn count_with_a_negative_value_is_located() {
    let err = fail(decode::from_str::<Dataset>(&conference(NEGATIVE_COUNT)));
    // The count is read in one pass: the error is at its value.
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "/conferences/0/attendance/0/count/value",
        (10, 89),
        "invalid value: integer `-1`, expected u32",
    );
}

#[test]
fn a_newer_minor_version_is_refused_by_its_version_not_by_its_new_fields() {
    // The unknown field comes first: the reader still names the version, not the field.
    let err = fail(decode::from_str::<Dataset>(
        "{\n  \"committees\": [],\n  \"schema_version\": \"1.3\"\n}",
    ));
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "/schema_version",
        (3, 21),
        "unsupported schema_version \"1.3\": this crate reads 1.0 to 1.2; a newer regional-conference reads this document",
    );
    // Without new fields, the version alone is refused: never silently read.
    let err = fail(decode::from_str::<Dataset>("{\"schema_version\": \"1.3\"}"));
    assert_eq!(err.pointer(), "/schema_version");
    assert_eq!((err.line(), err.column()), (1, 20));
    // A document malformed before its version keeps its own error.
    let err = fail(decode::from_str::<Dataset>(
        "{\"people\": [, \"schema_version\": \"1.3\"}",
    ));
    assert_eq!(err.kind(), DecodeErrorKind::Syntax);
}

#[test]
fn unsupported_schema_version_names_both_versions() {
    let err = fail(decode::from_str::<Dataset>(
        "{\n  \"schema_version\": \"2.0\"\n}",
    ));
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "/schema_version",
        (2, 21),
        "unsupported schema_version \"2.0\": this crate reads 1.0 to 1.2",
    );
}

// ---------------------------------------------------------------------------------------------
// Shape: unknown, missing, duplicate fields, wrong types
// ---------------------------------------------------------------------------------------------

#[test]
fn unknown_field_on_an_organisation() {
    let json = r#"{
  "schema_version": "1.0",
  "organizations": [
    {"id": "interpol", "name": "INTERPOL", "kind": "intergovernmental_organization", "colour": "blue"}
  ]
}"#;
    let err = fail(decode::from_str::<Dataset>(json));
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "/organizations/0/colour",
        (4, 93),
        "unknown field `colour`, expected one of `id`, `marking`, `name`, `name_language`, `acronym`, `kind`, \
         `country`, `territory`, `parent`, `parents`, `mandate`, `description`, `reports_to`, `created_at`, `membership`, \
         `other_names`, `founding`, `opened`, `seat`, `membership_rule`, `observer_rule`, `composition`, \
         `sources`, `extensions`",
    );
}

#[test]
fn unknown_field_at_the_root() {
    let err = fail(decode::from_str::<Dataset>(
        r#"{"schema_version": "1.0", "extra": 1}"#,
    ));
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "/extra",
        (1, 33),
        "unknown field `extra`, expected one of `schema_version`, `marking`, `language`, `organizations`, \
         `regions`, `series`, `capabilities`, `people`, `offices`, `conferences`, `strategies`, `recommendations`, `media_releases`, \
         `sources`, `extensions`",
    );
}

#[test]
fn missing_required_field() {
    let json = r#"{
  "schema_version": "1.0",
  "organizations": [
    {"id": "interpol", "kind": "intergovernmental_organization"}
  ]
}"#;
    let err = fail(decode::from_str::<Dataset>(json));
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "/organizations/0",
        (4, 64),
        "missing field `name`",
    );
    let err = fail(decode::from_str::<Dataset>("{}"));
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "",
        (1, 2),
        "missing field `schema_version`",
    );
    assert_eq!(
        err.to_string(),
        "line 1, column 2, at the document root: missing field `schema_version`"
    );
}

#[test]
fn duplicate_field_in_an_entity() {
    let err = fail(decode::from_str::<Dataset>(
        r#"{"schema_version": "1.0", "people": [{"id": "a", "id": "b", "name": "N"}]}"#,
    ));
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "/people/0",
        (1, 53),
        "duplicate field `id`",
    );
    let err = fail(decode::from_str::<Dataset>(
        r#"{"schema_version": "1.0", "schema_version": "1.0"}"#,
    ));
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "",
        (1, 42),
        "duplicate field `schema_version`",
    );
}

#[test]
fn wrong_type_array_where_an_object_belongs() {
    let json = conference(r#"      "dates": []"#);
    let err = fail(decode::from_str::<Dataset>(&json));
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "/conferences/0/dates",
        (9, 17),
        "invalid type: sequence, expected an object {\"start\": YYYY-MM-DD, \"end\": YYYY-MM-DD} \
         (either end may be YYYY or YYYY-MM, or missing) or a date string YYYY, YYYY-MM or YYYY-MM-DD",
    );
    let err = fail(decode::from_str::<Dataset>(
        r#"{"schema_version": "1.0", "extensions": [1]}"#,
    ));
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "/extensions",
        (1, 41),
        "invalid extensions: expected a JSON object, found `[1]`",
    );
}

#[test]
fn wrong_type_object_where_an_array_belongs() {
    let err = fail(decode::from_str::<Dataset>(
        r#"{"schema_version": "1.0", "organizations": {}}"#,
    ));
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "/organizations",
        (1, 43),
        "invalid type: map, expected a sequence",
    );
}

#[test]
fn entity_objects_written_as_arrays_are_rejected() {
    // serde's derived structs would read these positionally; the decoder does not.
    let err = fail(decode::from_str::<Dataset>(
        r#"{"schema_version": "1.0", "organizations": [["interpol", "INTERPOL", null, "intergovernmental_organization"]]}"#,
    ));
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "/organizations/0",
        (1, 44),
        "invalid type: sequence, expected an organization: a JSON object",
    );
    // serde_json's column is that of the last byte read: 0 before the first byte of a line.
    let err = fail(decode::from_str::<Dataset>(r#"["1.0"]"#));
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "",
        (1, 0),
        "invalid type: sequence, expected a dataset: a JSON object",
    );
    let json = conference(
        r#"      "venue": ["Budapest", "HU"],
      "dates": "2013""#,
    );
    let err = fail(decode::from_str::<Dataset>(&json));
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "/conferences/0/venue",
        (9, 15),
        "invalid type: sequence, expected a venue: a JSON object",
    );
    let json = conference(
        r#"      "dates": "2013",
      "attendance": [{"measure": "delegates", "count": ["exact", 140]}]"#,
    );
    let err = fail(decode::from_str::<Dataset>(&json));
    assert_eq!(
        (err.kind(), err.pointer(), err.line(), err.message()),
        (
            DecodeErrorKind::Data,
            "/conferences/0/attendance/0/count",
            10,
            "invalid type: sequence, expected a count: an object with its \"qualifier\""
        ),
        "{err}"
    );
    let json = conference(
        r#"      "dates": "2013",
      "decisions": [["other", "Adopted."]]"#,
    );
    let err = fail(decode::from_str::<Dataset>(&json));
    assert_eq!(
        (err.kind(), err.pointer(), err.line(), err.message()),
        (
            DecodeErrorKind::Data,
            "/conferences/0/decisions/0",
            10,
            "invalid type: sequence, expected a decision: an object with its \"kind\""
        ),
        "{err}"
    );
}

// ---------------------------------------------------------------------------------------------
// Rules checked after a value is read whole
// ---------------------------------------------------------------------------------------------

const BOTH: &str = r#"{
  "schema_version": "1.0",
  "conferences": [
    {
      "id": "interpol-erc-42",
      "organizer": "interpol",
      "kind": "regional_conference",
      "title": "42nd European Regional Conference",
      "dates": "2013",
      "delegations": [
        {"country": "HU", "status": "member"},
        {"country": "HU", "organization": "europol", "status": "observer"}
      ]
    }
  ]
}"#;

#[test]
fn delegation_with_country_and_organisation() {
    let err = fail(decode::from_str::<Dataset>(BOTH));
    assert_eq!(
        (err.kind(), err.pointer(), err.message()),
        (
            DecodeErrorKind::Data,
            "/conferences/0/delegations/1",
            "a delegation represents a country or an organization, not both"
        )
    );
    // A position is given (today the `]` that closes the list, line 13, column 7).
    assert_ne!(err.line(), 0);
    assert_ne!(err.column(), 0);
    assert!(
        err.to_string().ends_with(
            ", at /conferences/0/delegations/1: a delegation represents a country or an \
             organization, not both"
        ),
        "{err}"
    );
}

#[test]

fn delegation_with_country_and_organisation_is_located_at_the_delegation() {
    let err = fail(decode::from_str::<Dataset>(BOTH));
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "/conferences/0/delegations/1",
        (12, 9),
        "a delegation represents a country or an organization, not both",
    );
    // The same holds for a value serde buffers: see count_with_a_negative_value_is_located.
}

#[test]
fn delegation_with_neither_at_the_root_is_located() {
    // serde_json gives no position for this error; the decoder finds the value in the text.
    let err = fail(decode::from_str::<Delegation>(
        "\n  {\"status\": \"member\"}",
    ));
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "",
        (2, 3),
        "a delegation represents a country or an organization; give one",
    );
}

// ---------------------------------------------------------------------------------------------
// Not a JSON document
// ---------------------------------------------------------------------------------------------

#[test]
fn not_json() {
    let err = fail(decode::from_str::<Dataset>("schema_version: 1.0"));
    assert_error(&err, DecodeErrorKind::Syntax, "", (1, 1), "expected value");
    assert_eq!(
        err.to_string(),
        "line 1, column 1, at the document root: expected value"
    );
}

#[test]
fn empty_input() {
    let err = fail(decode::from_str::<Dataset>(""));
    assert_error(
        &err,
        DecodeErrorKind::Eof,
        "",
        (1, 0),
        "EOF while parsing a value",
    );
    let err = fail(decode::from_slice::<Dataset>(b"  \n "));
    assert_error(
        &err,
        DecodeErrorKind::Eof,
        "",
        (2, 1),
        "EOF while parsing a value",
    );
}

#[test]
fn byte_order_mark_is_rejected() {
    const MESSAGE: &str = "the input starts with a byte-order mark (U+FEFF); JSON text must not \
        begin with one (RFC 8259, section 8.1)";
    let err = fail(decode::from_str::<Dataset>(
        "\u{feff}{\"schema_version\": \"1.0\"}",
    ));
    assert_error(&err, DecodeErrorKind::Syntax, "", (1, 1), MESSAGE);
    assert_eq!(
        err.to_string(),
        format!("line 1, column 1, at the document root: {MESSAGE}")
    );
    let bytes = b"\xEF\xBB\xBF{\"schema_version\": \"1.0\"}";
    assert_eq!(fail(decode::from_slice::<Dataset>(bytes)), err);
    assert_eq!(fail(decode::from_reader::<Dataset, _>(&bytes[..])), err);
}

#[test]
fn invalid_utf8_bytes() {
    let err = fail(decode::from_slice::<Dataset>(
        b"{\"schema_version\": \"1.0\", \"language\": \"e\xFFn\"}",
    ));
    assert_error(
        &err,
        DecodeErrorKind::Syntax,
        "/language",
        (1, 41),
        "invalid unicode code point",
    );
    let err = fail(decode::from_slice::<Dataset>(
        b"{\"schema_version\": \"1.0\", \"lang\xC3\": 1}",
    ));
    assert_error(
        &err,
        DecodeErrorKind::Syntax,
        "",
        (1, 32),
        "invalid unicode code point",
    );
}

#[test]
fn trailing_characters() {
    let err = fail(decode::from_str::<Dataset>(
        "{\"schema_version\": \"1.0\"} x",
    ));
    assert_error(
        &err,
        DecodeErrorKind::Syntax,
        "",
        (1, 27),
        "trailing characters",
    );
    let err = fail(decode::from_str::<Dataset>(
        "{\"schema_version\": \"1.0\"}\n{}",
    ));
    assert_error(
        &err,
        DecodeErrorKind::Syntax,
        "",
        (2, 1),
        "trailing characters",
    );
}

#[test]
fn reader_that_fails() {
    struct Failing;
    impl std::io::Read for Failing {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk on fire"))
        }
    }
    let err = fail(decode::from_reader::<Dataset, _>(Failing));
    assert_error(
        &err,
        DecodeErrorKind::Io,
        "",
        (0, 0),
        "reading the input failed: disk on fire",
    );
    assert_eq!(
        err.to_string(),
        "at the document root: reading the input failed: disk on fire"
    );
}

// ---------------------------------------------------------------------------------------------
// Deep nesting: an error, never a stack overflow
// ---------------------------------------------------------------------------------------------

const DEPTH: usize = 100_000;

#[test]
fn bare_nested_array_hits_the_recursion_limit() {
    let json = format!("{}{}", "[".repeat(DEPTH), "]".repeat(DEPTH));
    let err = fail(decode::from_str::<serde_json::Value>(&json));
    assert_error(
        &err,
        DecodeErrorKind::Syntax,
        &"/0".repeat(127),
        (1, 128),
        "recursion limit exceeded",
    );
    let unclosed = "[".repeat(DEPTH);
    assert_eq!(fail(decode::from_str::<serde_json::Value>(&unclosed)), err);
}

#[test]
fn bare_nested_array_is_not_a_dataset() {
    let json = format!("{}{}", "[".repeat(DEPTH), "]".repeat(DEPTH));
    let err = fail(decode::from_str::<Dataset>(&json));
    assert_error(
        &err,
        DecodeErrorKind::Data,
        "",
        (1, 0),
        "invalid type: sequence, expected a dataset: a JSON object",
    );
}

#[test]
fn unclosed_deep_nesting_inside_extensions() {
    let json = format!(
        "{{\"schema_version\": \"1.0\", \"extensions\": {{\"a\": {}",
        "[".repeat(DEPTH)
    );
    let err = fail(decode::from_str::<Dataset>(&json));
    assert_error(
        &err,
        DecodeErrorKind::Eof,
        "/extensions",
        (1, 100_046),
        "EOF while parsing a list",
    );
}

#[test]
fn deep_nesting_inside_extensions_is_rejected() {
    for (open, close, column) in [("[", "]", 41), ("{\"a\":", "}", 41)] {
        let json = format!(
            "{{\"schema_version\": \"1.0\", \"extensions\": {{\"a\": {}0{}}}}}",
            open.repeat(DEPTH),
            close.repeat(DEPTH)
        );
        let err = fail(decode::from_str::<Dataset>(&json));
        // Read whole, then measured: the position is the start of the extensions object.
        assert_error(
            &err,
            DecodeErrorKind::Data,
            "/extensions",
            (1, column),
            "invalid extensions: nested deeper than 127 levels",
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Success
// ---------------------------------------------------------------------------------------------

#[test]
fn minimal_dataset_round_trips_identically() {
    let json = r#"{"schema_version":"1.0","organizations":[{"id":"interpol","name":"INTERPOL","kind":"intergovernmental_organization"}]}"#;
    let dataset: Dataset = decode::from_str(json).unwrap();
    assert_eq!(dataset.organizations.len(), 1);
    assert_eq!(dataset.organizations[0].id.as_str(), "interpol");
    assert_eq!(serde_json::to_string(&dataset).unwrap(), json);
    assert_eq!(
        decode::from_slice::<Dataset>(json.as_bytes()).unwrap(),
        dataset
    );
    assert_eq!(
        decode::from_reader::<Dataset, _>(json.as_bytes()).unwrap(),
        dataset
    );
    assert_eq!(
        serde_json::to_string(&decode::from_str::<Dataset>(r#"{"schema_version":"1.0"}"#).unwrap())
            .unwrap(),
        r#"{"schema_version":"1.0"}"#
    );
}

#[test]
fn fuller_dataset_round_trips_identically() {
    let json = concat!(
        r#"{"schema_version":"1.2","language":"en","#,
        r#""organizations":[{"id":"interpol","name":"INTERPOL","kind":"intergovernmental_organization","extensions":{"n": 123456789012345678901234567890}}],"#,
        r#""people":[{"id":"karoly-papp","name":"Károly Papp"}],"#,
        r#""conferences":[{"id":"interpol-erc-42","organizer":"interpol","kind":"regional_conference","ordinal":42,"#,
        r#""title":"42nd European Regional Conference","venue":{"city":"Budapest","country":"HU"},"#,
        r#""dates":{"start":"2013-05-14","end":"2013-05-16"},"#,
        r#""attendance":[{"measure":"countries","count":{"qualifier":"about","value":50}}],"#,
        r#""delegations":[{"country":"HU","status":"member","head":"karoly-papp"}],"#,
        r#""topics":["cybercrime","custom:wildlife_trafficking"],"#,
        r#""decisions":[{"kind":"designate_host","series":"interpol-erc","ordinal":43,"country":"RO","date":"2014"}]}],"#,
        r#""strategies":[{"id":"europe-2014-2016","title":"Strategy","organizer":"interpol","period":{"start":2014,"end":2016}}]}"#
    );
    let dataset: Dataset = decode::from_str(json).unwrap();
    assert_eq!(dataset.schema_version.to_string(), "1.2");
    assert_eq!(dataset.conferences[0].dates.to_string(), "14–16 May 2013");
    assert_eq!(serde_json::to_string(&dataset).unwrap(), json);
}

// ---------------------------------------------------------------------------------------------
// locate
// ---------------------------------------------------------------------------------------------

const LOCATE: &str = r#"{
  "conferences": [
    {"id": "a"},
    {
      "id": "b",
      "venue": {"country": "HU"},
      "a/b": {"c~d": [true, {"é \"q\"": null}]}
    }
  ]
}"#;

#[test]
fn locate_nested_pointer() {
    let json = LOCATE.as_bytes();
    let at = |line, column| Some(Position { line, column });
    assert_eq!(locate(json, ""), at(1, 1));
    assert_eq!(locate(json, "/conferences"), at(2, 18));
    assert_eq!(locate(json, "/conferences/0"), at(3, 5));
    assert_eq!(locate(json, "/conferences/0/id"), at(3, 12));
    assert_eq!(locate(json, "/conferences/1"), at(4, 5));
    assert_eq!(locate(json, "/conferences/1/venue/country"), at(6, 28));
}

#[test]
fn locate_escaped_keys() {
    let json = LOCATE.as_bytes();
    let at = |line, column| Some(Position { line, column });
    assert_eq!(locate(json, "/conferences/1/a~1b"), at(7, 14));
    assert_eq!(locate(json, "/conferences/1/a~1b/c~0d"), at(7, 22));
    assert_eq!(locate(json, "/conferences/1/a~1b/c~0d/0"), at(7, 23));
    assert_eq!(
        locate(json, "/conferences/1/a~1b/c~0d/1/é \"q\""),
        at(7, 42)
    );
}

#[test]
fn locate_misses() {
    let json = LOCATE.as_bytes();
    assert_eq!(locate(json, "/conferences/2"), None);
    assert_eq!(locate(json, "/conferences/01"), None);
    assert_eq!(locate(json, "/missing"), None);
    assert_eq!(locate(json, "/conferences/1/a/b"), None);
    assert_eq!(locate(json, "conferences"), None);
    assert_eq!(locate(json, "/conferences/0/id/0"), None);
}
