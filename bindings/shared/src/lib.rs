//! What the Python and JavaScript packages of `regional-conference` share: every entry point
//! of the packages as one function here that takes JSON bytes and returns JSON text.
//!
//! The packages are thin: they hand the input over, parse the JSON text this crate returns,
//! and turn it into their language's objects and exceptions. So Rust, Python and JavaScript
//! report the same violations with the same words, pointers, lines and columns, and the
//! agreement test (`bindings/agreement.py`) checks it against [`check`] through the
//! `outcomes` binary.
//!
//! # Examples
//!
//! ```
//! use regional_conference_bindings::{Outcome, check};
//!
//! let json = br#"{"schema_version": "1.0",
//!   "regions": [{"id": "europe", "name": "Europe", "organizer": "interpol"}]}"#;
//! let Outcome::Checked(checked) = check(json, true) else { panic!("expected a report") };
//! assert!(!checked.valid);
//! assert_eq!(checked.violations[0].pointer, "/regions/0/organizer");
//! assert_eq!((checked.violations[0].line, checked.violations[0].column), (Some(2), Some(63)));
//! ```

use regional_conference::decode::{self, DecodeErrorKind};
use regional_conference::locate::{self, Position};
use regional_conference::rule::{Rule, RuleInfo};
use regional_conference::schema::{DEFAULT_BASE_URI, Document};
use regional_conference::validate::{Validate, Violation};
use regional_conference::{Audience, Dataset, DecodeError, Marking, Withheld};
use serde::Serialize;

/// The outcome of validating one document: a report, or the reason it is not a dataset.
///
/// Serialised externally tagged: `{"checked": {...}}` or `{"error": {...}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The document decoded; what validation found.
    Checked(Checked),
    /// The document is not well-formed JSON of the vocabulary's shape.
    Error(Malformed),
}

/// A validation report with each violation's place in the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Checked {
    /// No errors (warnings allowed).
    pub valid: bool,
    /// Every violation, errors and warnings, in the order the library reports them.
    pub violations: Vec<Found>,
}

/// One violation of a rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Found {
    /// The rule's stable code, such as `reference.unresolved`.
    pub code: &'static str,
    /// `error` or `warning`.
    pub severity: &'static str,
    /// The JSON Pointer of the offending value.
    pub pointer: String,
    /// What is wrong, in words.
    pub message: String,
    /// The line of the value in the input (from 1); `None` when not asked for or not found.
    pub line: Option<usize>,
    /// The column of the value in bytes (from 1); `None` when the line is.
    pub column: Option<usize>,
}

/// Why a document is not a dataset: the library's [`DecodeError`], as data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Malformed {
    /// `decode.syntax` (not JSON), `decode.eof` (cut short), `decode.data` (JSON, but not of
    /// the vocabulary's shape) or `decode.io`.
    pub code: &'static str,
    /// The JSON Pointer of the value being read (`""` for the root).
    pub pointer: String,
    /// The line in the input (from 1); `None` when unknown or not asked for.
    pub line: Option<usize>,
    /// The column in bytes of the last byte read; `None` when the line is.
    pub column: Option<usize>,
    /// The problem, without its location.
    pub message: String,
    /// The whole error in one line, with its location: how the library displays it.
    pub text: String,
}

impl Malformed {
    /// The decoding error `e`, with its line and column kept only if `located`.
    fn new(e: &DecodeError, located: bool) -> Self {
        let line = (located && e.line() > 0).then_some(e.line());
        let text = if located {
            e.to_string()
        } else if e.pointer().is_empty() {
            // The library's words for the place, without a line that means nothing here.
            format!("at the document root: {}", e.message())
        } else {
            format!("at {}: {}", e.pointer(), e.message())
        };
        Self {
            code: DecodeErrorKind::code(e.kind()),
            pointer: e.pointer().to_owned(),
            line,
            column: line.map(|_| e.column()),
            message: e.message().to_owned(),
            text,
        }
    }
}

/// The line and column of the value at each pointer in `json`, in order.
///
/// The one place the packages compute positions.
#[must_use]
pub fn positions(json: &[u8], pointers: &[&str]) -> Vec<Option<Position>> {
    locate::locate_all(json, pointers)
}

/// Decodes and validates the dataset in `json`. With `located`, each violation and a decoding
/// error carry their line and column in `json`; without (input that was serialised from
/// parsed objects, where lines mean nothing to the caller), they are `None`.
#[must_use]
pub fn check(json: &[u8], located: bool) -> Outcome {
    match decode::from_slice::<Dataset>(json) {
        Err(e) => Outcome::Error(Malformed::new(&e, located)),
        Ok(dataset) => Outcome::Checked(checked(&dataset, json, located)),
    }
}

/// [`check`] with a located decoding error but violations left unplaced (`line` and `column`
/// `None`), for a caller that places them only when asked, with [`positions`] of their
/// pointers in the same `json`: for a document without violations, or whose places nobody
/// reads, the text is not scanned a second time.
#[must_use]
pub fn check_deferred(json: &[u8]) -> Outcome {
    match decode::from_slice::<Dataset>(json) {
        Err(e) => Outcome::Error(Malformed::new(&e, true)),
        Ok(dataset) => Outcome::Checked(checked(&dataset, json, false)),
    }
}

/// [`check_deferred`] as JSON text.
#[must_use]
pub fn check_deferred_json(json: &[u8]) -> String {
    to_json(&check_deferred(json))
}

fn checked(dataset: &Dataset, json: &[u8], located: bool) -> Checked {
    let report = dataset.validate();
    let at = if located && !report.is_empty() {
        let pointers: Vec<&str> = report.iter().map(Violation::pointer).collect();
        positions(json, &pointers)
    } else {
        vec![None; report.len()]
    };
    Checked {
        valid: report.is_valid(),
        violations: report
            .iter()
            .zip(at)
            .map(|(v, at)| Found {
                code: v.code(),
                severity: v.severity().as_str(),
                pointer: v.pointer().to_owned(),
                message: v.message().to_owned(),
                line: at.map(|p| p.line),
                column: at.map(|p| p.column),
            })
            .collect(),
    }
}

/// [`check`] as JSON text.
#[must_use]
pub fn check_json(json: &[u8], located: bool) -> String {
    to_json(&check(json, located))
}

/// The outcome of asking for a view.
///
/// Serialised externally tagged: `{"view": ...}`, `{"error": ...}`, `{"invalid": ...}` or
/// `{"audience": "..."}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ViewOutcome {
    /// The view.
    View(Box<ViewOf>),
    /// The document is not a dataset.
    Error(Malformed),
    /// The dataset has errors: no view is made of it (as the command-line tool refuses).
    Invalid(Checked),
    /// The audience asked for does not exist: an unknown marking, or personal data for the
    /// public.
    Audience(String),
}

/// A view of a dataset for an audience.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ViewOf {
    /// The audience's clearance, such as `TLP:AMBER`.
    pub audience: &'static str,
    /// Whether the audience may hold personal data.
    pub personal_data: bool,
    /// What the audience may receive.
    pub dataset: Dataset,
    /// What was left out, as counts per kind.
    pub withheld: Withheld,
}

/// The audience cleared for `marking` (a TLP 2.0 label), with personal data if asked.
///
/// # Errors
///
/// The library's message for an unknown marking, or for personal data asked for the public.
pub fn audience(marking: &str, personal_data: bool) -> Result<Audience, String> {
    let clearance = Marking::parse(marking).map_err(|e| e.to_string())?;
    let audience = Audience::cleared_for(clearance);
    if personal_data {
        audience.with_personal_data().map_err(|e| e.to_string())
    } else {
        Ok(audience)
    }
}

/// The view of the dataset in `json` for the audience cleared for `marking`. The dataset must
/// validate without errors.
#[must_use]
pub fn view(json: &[u8], marking: &str, personal_data: bool, located: bool) -> ViewOutcome {
    let audience = match audience(marking, personal_data) {
        Ok(a) => a,
        Err(message) => return ViewOutcome::Audience(message),
    };
    let dataset = match decode::from_slice::<Dataset>(json) {
        Ok(d) => d,
        Err(e) => return ViewOutcome::Error(Malformed::new(&e, located)),
    };
    let report = checked(&dataset, json, located);
    if !report.valid {
        return ViewOutcome::Invalid(report);
    }
    let view = dataset.view_for(audience);
    ViewOutcome::View(Box::new(ViewOf {
        audience: audience.clearance().as_str(),
        personal_data: audience.personal_data(),
        dataset: view.dataset,
        withheld: view.withheld,
    }))
}

/// [`view`] as JSON text.
#[must_use]
pub fn view_json(json: &[u8], marking: &str, personal_data: bool, located: bool) -> String {
    to_json(&view(json, marking, personal_data, located))
}

/// The rule catalogue: code, severity and description of every rule, in catalogue order.
#[must_use]
pub fn rules() -> Vec<RuleInfo> {
    Rule::ALL.iter().map(|r| r.info()).collect()
}

/// [`rules`] as JSON text: an array of objects.
#[must_use]
pub fn rules_json() -> String {
    to_json(&rules())
}

/// The published JSON Schemas as one JSON object: file name (`dataset.schema.json`, ...) to
/// schema, with `$id`s under the default base URI, as in `schemas/`.
#[must_use]
pub fn schemas_json() -> String {
    let map: serde_json::Map<String, serde_json::Value> = Document::ALL
        .iter()
        .map(|d| (d.file_name().to_owned(), d.schema(DEFAULT_BASE_URI)))
        .collect();
    to_json(&map)
}

/// `value` as JSON text. Serialising these types cannot fail (no maps with non-string keys,
/// no custom serialisers that refuse); should it ever, the caller gets an `internal` outcome
/// that its wrapper turns into an error, never a crash.
fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|e| {
        serde_json::json!({ "internal": format!("cannot serialise the result: {e}") }).to_string()
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

    use super::*;

    #[test]
    fn a_syntax_error_is_located_or_not_as_asked() {
        let json = b"{\n  \"schema_version\": \"1.0\",\n  \"regions\": [\n}";
        let Outcome::Error(e) = check(json, true) else {
            panic!("accepted")
        };
        assert_eq!(e.code, "decode.syntax");
        assert_eq!(e.pointer, "/regions/0");
        assert_eq!((e.line, e.column), (Some(4), Some(1)));
        assert_eq!(e.message, "expected value");
        assert_eq!(e.text, "line 4, column 1, at /regions/0: expected value");
        let Outcome::Error(e) = check(json, false) else {
            panic!("accepted")
        };
        assert_eq!((e.line, e.column), (None, None));
        assert_eq!(e.text, "at /regions/0: expected value");
    }

    /// Deferred, then placed with `positions`: the outcome `check` gives, on every fixture.
    #[test]
    fn a_deferred_check_placed_afterwards_is_the_located_check() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");
        let mut compared = 0;
        for dir in ["valid", "invalid", "malformed", "views", "seed"] {
            for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
                let path = entry.unwrap().path();
                if path.to_string_lossy().ends_with(".expected.json") || !path.is_file() {
                    continue;
                }
                let json = std::fs::read(&path).unwrap();
                let mut deferred = check_deferred(&json);
                if let Outcome::Checked(c) = &mut deferred {
                    assert!(c.violations.iter().all(|v| v.line.is_none()));
                    let pointers: Vec<&str> =
                        c.violations.iter().map(|v| v.pointer.as_str()).collect();
                    let at = positions(&json, &pointers);
                    for (v, at) in c.violations.iter_mut().zip(at) {
                        v.line = at.map(|p| p.line);
                        v.column = at.map(|p| p.column);
                    }
                }
                assert_eq!(deferred, check(&json, true), "{}", path.display());
                compared += 1;
            }
        }
        assert!(compared > 50, "only {compared} fixtures");
    }

    #[test]
    fn positions_are_one_per_pointer_and_none_where_nothing_is() {
        let json = b"{\"a\": [1,\n 2]}";
        assert_eq!(
            positions(json, &["/a/1", "/b", ""]),
            vec![
                Some(Position { line: 2, column: 2 }),
                None,
                Some(Position { line: 1, column: 1 })
            ]
        );
    }

    #[test]
    fn an_unknown_audience_is_refused_with_the_librarys_words() {
        let outcome = view(b"{}", "TLP:WHITE", false, true);
        assert_eq!(
            outcome,
            ViewOutcome::Audience(
                "unknown marking \"TLP:WHITE\": TLP 2.0 renamed TLP:WHITE to TLP:CLEAR".to_owned()
            )
        );
        assert_eq!(
            view(b"{}", "TLP:CLEAR", true, true),
            ViewOutcome::Audience(
                "a TLP:CLEAR audience is the public, and the public never receives personal data"
                    .to_owned()
            )
        );
    }

    #[test]
    fn the_catalogue_and_the_schemas_are_complete() {
        assert_eq!(rules().len(), Rule::ALL.len());
        let schemas: serde_json::Value = serde_json::from_str(&schemas_json()).unwrap();
        assert_eq!(schemas.as_object().unwrap().len(), Document::ALL.len());
        assert_eq!(
            schemas["dataset.schema.json"]["$id"],
            "https://regional-conference.example/schemas/1.2/dataset.schema.json"
        );
    }
}
