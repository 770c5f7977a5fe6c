//! JSON Schema (draft 2020-12) export, for tools that do not use Rust.
//!
//! The schemas are generated from the Rust types by [schemars](https://docs.rs/schemars), so
//! they cannot drift from them; the files under `schemas/` in the repository are these, written
//! by `cargo run --example export_schemas -- schemas` and checked by a test. Every leaf rule a
//! schema can express is in them (id patterns, the country code list, text bounds, date formats
//! and patterns, count qualifiers, integer bounds, closed enums, no unknown properties outside
//! `extensions`). The rules that need context are published as a catalogue instead
//! ([`rules_json`]).
//!
//! Each root schema has an absolute `$id` carrying the vocabulary version:
//! `{base}{version}/{file}`, by default
//! `https://regional-conference.example/schemas/1.2/dataset.schema.json`. The default base is a
//! placeholder under the reserved `.example` domain; publish the files where your tools can reach
//! them and pass that base instead, as a [`SchemaBase`]: a base that does not end in `/` is
//! refused when the `SchemaBase` is made, not turned into `https://example.org1.2/…`.
//!
//! # Examples
//!
//! ```
//! use regional_conference::schema::{DEFAULT_BASE_URI, Document, SchemaBase};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let schema = Document::Dataset.schema(DEFAULT_BASE_URI);
//! assert_eq!(
//!     schema["$id"],
//!     "https://regional-conference.example/schemas/1.2/dataset.schema.json"
//! );
//! assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
//! assert_eq!(schema["properties"]["organizations"]["type"], "array");
//!
//! let mine: SchemaBase = "https://schemas.example.org/rc/".parse()?;
//! assert_eq!(
//!     Document::Person.id(&mine),
//!     "https://schemas.example.org/rc/1.2/person.schema.json"
//! );
//! assert_eq!(
//!     "https://schemas.example.org/rc".parse::<SchemaBase>().unwrap_err().to_string(),
//!     "invalid schema base URI \"https://schemas.example.org/rc\": does not end with \"/\" \
//!      (the version and file name are appended to it)"
//! );
//! # Ok(())
//! # }
//! ```

use std::borrow::Cow;
use std::fmt;

use schemars::Schema;
use schemars::generate::SchemaSettings;
use schemars::transform::{RestrictFormats, Transform, transform_subschemas};
use serde_json::{Map, Value, json};

use crate::dataset::SchemaVersion;
use crate::rule::Rule;

/// The default base URI of the schemas' `$id`s: a placeholder under the reserved `.example`
/// domain (RFC 2606), `https://regional-conference.example/schemas/`. Pass your own
/// [`SchemaBase`] to [`Document::schema`] to publish elsewhere.
///
/// A reference to [`SchemaBase::DEFAULT`], so it can be passed as it is:
///
/// ```
/// use regional_conference::schema::{DEFAULT_BASE_URI, rules_json};
///
/// assert_eq!(DEFAULT_BASE_URI.as_str(), "https://regional-conference.example/schemas/");
/// assert_eq!(rules_json(DEFAULT_BASE_URI)["$id"], "https://regional-conference.example/schemas/1.2/rules.json");
/// ```
pub const DEFAULT_BASE_URI: &SchemaBase = &SchemaBase::DEFAULT;

/// The base URI of the schemas' `$id`s: an absolute URI ending in `/`, valid by construction.
///
/// Each `$id` is the base followed by the vocabulary version and the file name
/// (`{base}1.2/dataset.schema.json`), so the base must end in `/`, and must have no query or
/// fragment (a `$id` may not carry a fragment, JSON Schema 2020-12 §8.2.1).
///
/// # Examples
///
/// ```
/// use regional_conference::schema::SchemaBase;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let base = SchemaBase::new("https://schemas.example.org/regional-conference/")?;
/// assert_eq!(base.as_str(), "https://schemas.example.org/regional-conference/");
/// assert_eq!(SchemaBase::default(), SchemaBase::DEFAULT);
///
/// let err = SchemaBase::try_from("schemas/").unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "invalid schema base URI \"schemas/\": not an absolute URI (it has no scheme such as \"https:\")"
/// );
/// # Ok(())
/// # }
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SchemaBase(Cow<'static, str>);

/// The error returned when a string is not a usable [`SchemaBase`]; its message names the input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid schema base URI {input:?}: {reason}")]
pub struct SchemaBaseError {
    input: String,
    reason: SchemaBaseReason,
}

impl SchemaBaseError {
    /// The rejected input (shortened if it is long).
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
enum SchemaBaseReason {
    #[error("empty")]
    Empty,
    #[error("not an absolute URI (it has no scheme such as \"https:\")")]
    NoScheme,
    #[error("whitespace or control character at byte {0}")]
    Space(usize),
    #[error("a query or fragment at byte {0} (the version and file name are appended to the base)")]
    QueryOrFragment(usize),
    #[error("does not end with \"/\" (the version and file name are appended to it)")]
    NoTrailingSlash,
}

/// Checks a base URI; `const` so that [`SchemaBase::from_static`] can run at compile time.
const fn check_base(base: &str) -> Result<(), SchemaBaseReason> {
    // RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), then ":".
    let (mut rest, mut at, mut scheme, mut in_scheme) = (base.as_bytes(), 0, 0, true);
    if rest.is_empty() {
        return Err(SchemaBaseReason::Empty);
    }
    while let Some((&b, tail)) = rest.split_first() {
        match b {
            b'\x00'..=b' ' | 0x7f => return Err(SchemaBaseReason::Space(at)),
            b'?' | b'#' => return Err(SchemaBaseReason::QueryOrFragment(at)),
            b':' if in_scheme => in_scheme = false,
            _ if in_scheme => {
                let first = at == 0;
                if !(b.is_ascii_alphabetic()
                    || (!first && (b.is_ascii_digit() || b == b'+' || b == b'-' || b == b'.')))
                {
                    return Err(SchemaBaseReason::NoScheme);
                }
                scheme += 1;
            }
            _ => {}
        }
        rest = tail;
        at += 1;
    }
    if in_scheme || scheme == 0 {
        return Err(SchemaBaseReason::NoScheme);
    }
    match base.as_bytes().last() {
        Some(b'/') => Ok(()),
        _ => Err(SchemaBaseReason::NoTrailingSlash),
    }
}

impl SchemaBase {
    /// The placeholder base, `https://regional-conference.example/schemas/`; also
    /// [`DEFAULT_BASE_URI`] and [`SchemaBase::default`].
    pub const DEFAULT: SchemaBase =
        SchemaBase::from_static("https://regional-conference.example/schemas/");

    /// Checks `base` and returns it as a `SchemaBase`.
    ///
    /// # Errors
    ///
    /// Returns [`SchemaBaseError`] if `base` is empty, has no scheme, holds whitespace, a
    /// control character, a query or a fragment, or does not end with `/`.
    pub fn new(base: &str) -> Result<Self, SchemaBaseError> {
        match check_base(base) {
            Ok(()) => Ok(Self(Cow::Owned(base.to_owned()))),
            Err(reason) => Err(SchemaBaseError {
                input: crate::util::echo(base),
                reason,
            }),
        }
    }

    /// Returns the base of a literal, checked at compile time when used in a `const`.
    ///
    /// # Panics
    ///
    /// Panics (at compile time in a `const`) if `base` is not an absolute URI ending in `/`
    /// without a query or fragment.
    ///
    /// # Examples
    ///
    /// ```
    /// use regional_conference::schema::SchemaBase;
    ///
    /// const MINE: SchemaBase = SchemaBase::from_static("https://schemas.example.org/rc/");
    /// assert_eq!(MINE.as_str(), "https://schemas.example.org/rc/");
    /// ```
    ///
    /// A base without its trailing slash panics:
    ///
    /// ```should_panic
    /// use regional_conference::schema::SchemaBase;
    ///
    /// let _ = SchemaBase::from_static("https://schemas.example.org/rc");
    /// ```
    #[must_use]
    pub const fn from_static(base: &'static str) -> Self {
        assert!(
            check_base(base).is_ok(),
            "SchemaBase::from_static: not an absolute URI ending in \"/\" without a query or fragment"
        );
        Self(Cow::Borrowed(base))
    }

    /// The base as a string slice.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for SchemaBase {
    fn default() -> Self {
        Self::DEFAULT
    }
}

impl fmt::Debug for SchemaBase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SchemaBase({:?})", self.as_str())
    }
}

impl fmt::Display for SchemaBase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl AsRef<str> for SchemaBase {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::str::FromStr for SchemaBase {
    type Err = SchemaBaseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::new(s)
    }
}

impl TryFrom<&str> for SchemaBase {
    type Error = SchemaBaseError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        Self::new(s)
    }
}

impl TryFrom<String> for SchemaBase {
    type Error = SchemaBaseError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        match check_base(&s) {
            Ok(()) => Ok(Self(Cow::Owned(s))),
            Err(reason) => Err(SchemaBaseError {
                input: crate::util::echo(&s),
                reason,
            }),
        }
    }
}

/// The seed dataset, the Dataset schema's example.
const SEED: &str = include_str!("../tests/fixtures/valid/budapest-2013.json");

/// A document a schema is published for: the dataset, and the entities a service exchanges on
/// their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Document {
    /// The root document, [`Dataset`](crate::Dataset).
    Dataset,
    /// A [`Conference`](crate::Conference).
    Conference,
    /// A [`Strategy`](crate::Strategy).
    Strategy,
    /// A [`Recommendation`](crate::Recommendation).
    Recommendation,
    /// A [`MediaRelease`](crate::MediaRelease).
    MediaRelease,
    /// A [`Person`](crate::Person).
    Person,
    /// An [`Organization`](crate::Organization).
    Organization,
}

impl Document {
    /// Every document with a schema.
    pub const ALL: &'static [Document] = &[
        Document::Dataset,
        Document::Conference,
        Document::Strategy,
        Document::Recommendation,
        Document::MediaRelease,
        Document::Person,
        Document::Organization,
    ];

    /// The file name under `schemas/`, such as `"dataset.schema.json"`.
    #[must_use]
    pub fn file_name(self) -> &'static str {
        match self {
            Self::Dataset => "dataset.schema.json",
            Self::Conference => "conference.schema.json",
            Self::Strategy => "strategy.schema.json",
            Self::Recommendation => "recommendation.schema.json",
            Self::MediaRelease => "media-release.schema.json",
            Self::Person => "person.schema.json",
            Self::Organization => "organization.schema.json",
        }
    }

    fn title(self) -> &'static str {
        match self {
            Self::Dataset => "Dataset",
            Self::Conference => "Conference",
            Self::Strategy => "Strategy",
            Self::Recommendation => "Recommendation",
            Self::MediaRelease => "Media release",
            Self::Person => "Person",
            Self::Organization => "Organization",
        }
    }

    /// The absolute `$id` of the schema under `base`.
    #[must_use]
    pub fn id(self, base: &SchemaBase) -> String {
        format!("{base}{}/{}", SchemaVersion::CURRENT, self.file_name())
    }

    /// The schema, as JSON, with its `$id` under `base`.
    #[must_use]
    pub fn schema(self, base: &SchemaBase) -> Value {
        let generator = SchemaSettings::draft2020_12()
            .with_transform(IntegerBounds)
            .with_transform(RestrictFormats::default())
            .into_generator();
        let schema = match self {
            Self::Dataset => generator.into_root_schema_for::<crate::Dataset>(),
            Self::Conference => generator.into_root_schema_for::<crate::Conference>(),
            Self::Strategy => generator.into_root_schema_for::<crate::Strategy>(),
            Self::Recommendation => generator.into_root_schema_for::<crate::Recommendation>(),
            Self::MediaRelease => generator.into_root_schema_for::<crate::MediaRelease>(),
            Self::Person => generator.into_root_schema_for::<crate::Person>(),
            Self::Organization => generator.into_root_schema_for::<crate::Organization>(),
        };
        let mut value = schema.to_value();
        no_null(&mut value);
        describe_tags(&mut value);
        strict_end_anchors(&mut value);
        let Value::Object(generated) = value else {
            return value;
        };
        // Put the identifying keywords first, for people reading the file.
        let mut root = Map::new();
        for key in ["$schema"] {
            if let Some(v) = generated.get(key) {
                root.insert(key.to_owned(), v.clone());
            }
        }
        root.insert("$id".to_owned(), Value::String(self.id(base)));
        root.insert(
            "title".to_owned(),
            Value::String(format!(
                "{} (regional-conference vocabulary {})",
                self.title(),
                SchemaVersion::CURRENT
            )),
        );
        for (key, v) in generated {
            if key != "title" && key != "$schema" {
                root.insert(key, v);
            }
        }
        if self == Self::Dataset
            && let Ok(seed) = serde_json::from_str::<Value>(SEED)
        {
            root.insert("examples".to_owned(), Value::Array(vec![seed]));
        }
        Value::Object(root)
    }
}

/// Turns schemars' integer formats (`uint32`, …), which are not JSON Schema formats and which
/// [`RestrictFormats`] then removes, into the `minimum` and `maximum` they stand for, so that a
/// number Rust cannot hold is refused by the schema too.
#[derive(Debug, Clone, Copy)]
struct IntegerBounds;

impl Transform for IntegerBounds {
    fn transform(&mut self, schema: &mut Schema) {
        let bounds: Option<(i64, u64)> = match schema.get("format").and_then(Value::as_str) {
            Some("uint8") => Some((0, u64::from(u8::MAX))),
            Some("uint16") => Some((0, u64::from(u16::MAX))),
            Some("uint32") => Some((0, u64::from(u32::MAX))),
            Some("uint64" | "uint") => Some((0, u64::MAX)),
            _ => None,
        };
        if let (Some((min, max)), Some(map)) = (bounds, schema.as_object_mut()) {
            map.entry("minimum").or_insert_with(|| json!(min));
            map.entry("maximum").or_insert_with(|| json!(max));
        }
        transform_subschemas(self, schema);
    }
}

/// Describes the tag property of each variant of a tagged enum (`"kind": {"const": "elect"}`),
/// which schemars leaves without a description.
fn describe_tags(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Object(properties)) = map.get_mut("properties") {
                for (name, property) in properties.iter_mut() {
                    if let Value::Object(p) = property
                        && !p.contains_key("description")
                        && let Some(Value::String(tag)) = p.get("const")
                    {
                        let description = format!("The {name} of this variant: always \"{tag}\".");
                        p.insert("description".to_owned(), Value::String(description));
                    }
                }
            }
            map.values_mut().for_each(describe_tags);
        }
        Value::Array(items) => items.iter_mut().for_each(describe_tags),
        _ => {}
    }
}

/// Makes every pattern's `$` match only at the very end of the string. In Python's `re` (which
/// Python's `jsonschema` uses) `$` also matches before a final line feed, so `"interpol\n"` would
/// pass an id pattern there and fail it everywhere else; `(?!\n)` closes that gap and changes
/// nothing in ECMAScript regexes.
fn strict_end_anchors(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if key == "pattern"
                    && let Value::String(pattern) = v
                {
                    *pattern = strict_end(pattern);
                } else {
                    strict_end_anchors(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(strict_end_anchors),
        _ => {}
    }
}

/// `pattern` with each end anchor `$` (outside a character class, not escaped) made strict.
fn strict_end(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 8);
    let (mut escaped, mut in_class) = (false, false);
    for c in pattern.chars() {
        out.push(c);
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' => in_class = true,
            ']' => in_class = false,
            '$' if !in_class => out.push_str("(?!\\n)"),
            _ => {}
        }
    }
    out
}

/// Removes `null` from the schema: the vocabulary has no null values (an absent optional field
/// is left out, and decoding refuses `null`), so `Option<T>` fields are just `T` when present.
fn no_null(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Array(alternatives)) = map.get("anyOf")
                && alternatives.len() == 2
                && let Some(null_at) = alternatives
                    .iter()
                    .position(|a| a == &json!({"type": "null"}))
            {
                let other = alternatives.get(1 - null_at).cloned();
                map.remove("anyOf");
                if let Some(Value::Object(other)) = other {
                    for (k, v) in other {
                        map.entry(k).or_insert(v);
                    }
                }
            }
            if let Some(Value::Array(types)) = map.get_mut("type") {
                types.retain(|t| t != "null");
                if let [only] = types.as_slice() {
                    let only = only.clone();
                    map.insert("type".to_owned(), only);
                }
            }
            for v in map.values_mut() {
                no_null(v);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(no_null),
        _ => {}
    }
}

/// The rule catalogue as published in `rules.json`: the rules that need context (references,
/// dates across fields, counts against lists), which no JSON Schema can express, each with its
/// stable code, severity and description.
///
/// ```
/// let rules = regional_conference::schema::rules_json(regional_conference::schema::DEFAULT_BASE_URI);
/// assert_eq!(rules["schema_version"], "1.2");
/// assert_eq!(rules["rules"][0]["code"], "id.duplicate");
/// assert_eq!(rules["rules"][0]["severity"], "error");
/// ```
#[must_use]
pub fn rules_json(base: &SchemaBase) -> Value {
    let rules: Vec<Value> = Rule::ALL
        .iter()
        .map(|r| {
            json!({
                "code": r.code(),
                "severity": r.severity().as_str(),
                "description": r.description(),
            })
        })
        .collect();
    json!({
        "$id": format!("{base}{}/rules.json", SchemaVersion::CURRENT),
        "schema_version": SchemaVersion::CURRENT.to_string(),
        "description": "The rules of the regional-conference vocabulary that need context and so cannot be expressed in JSON Schema. A document that passes the schema may still break these; errors make it invalid, warnings do not.",
        "rules": rules,
    })
}

/// Every published file under `base`: (file name, pretty JSON text ending in a newline).
#[must_use]
pub fn files(base: &SchemaBase) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = Document::ALL
        .iter()
        .map(|d| (d.file_name(), pretty(&d.schema(base))))
        .collect();
    out.push(("rules.json", pretty(&rules_json(base))));
    out
}

fn pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::strict_end;

    #[test]
    fn only_end_anchors_become_strict() {
        assert_eq!(strict_end("^a$"), "^a$(?!\\n)");
        assert_eq!(strict_end("^(?:x|y$)$"), "^(?:x|y$(?!\\n))$(?!\\n)");
        assert_eq!(strict_end("^[#$%]+$"), "^[#$%]+$(?!\\n)");
        assert_eq!(strict_end("^\\$[\\]$]$"), "^\\$[\\]$]$(?!\\n)");
    }
}
