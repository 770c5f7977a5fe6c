//! Reading JSON into the vocabulary's types, with errors that say where.
//!
//! These functions check the shape of a document and every leaf value (ids, country codes,
//! dates, text), and reject unknown fields. They do not check rules that need context, such as
//! whether a referenced id exists.
//!
//! On failure, [`DecodeError`] gives the line and column in the input and the
//! [RFC 6901](https://www.rfc-editor.org/rfc/rfc6901) JSON Pointer of the offending value.
//!
//! # Examples
//!
//! ```
//! use regional_conference::{decode, Dataset};
//!
//! let json = r#"{
//!   "schema_version": "1.0",
//!   "organizations": [
//!     {"id": "interpol", "name": "INTERPOL", "kind": "intergovernmental_organization", "country": "XX"}
//!   ]
//! }"#;
//! let err = decode::from_str::<Dataset>(json).unwrap_err();
//! assert_eq!(err.pointer(), "/organizations/0/country");
//! assert_eq!((err.line(), err.column()), (4, 100));
//! assert_eq!(
//!     err.to_string(),
//!     "line 4, column 100, at /organizations/0/country: invalid country code \"XX\": not an ISO 3166-1 alpha-2 code"
//! );
//! ```

use crate::read::pointer::{push_index, push_token};
use std::fmt;
use std::io::Read;

use serde::de::DeserializeOwned;

/// What went wrong while decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DecodeErrorKind {
    /// The input is not well-formed JSON (or not UTF-8).
    Syntax,
    /// The input is JSON but does not fit the vocabulary: a bad leaf value, a missing or unknown
    /// field, a value of the wrong type.
    Data,
    /// The input ended in the middle of a value.
    Eof,
    /// Reading the input failed.
    Io,
}

impl DecodeErrorKind {
    /// Every kind, in the order of [`DecodeErrorKind::code`]'s table.
    pub const ALL: [DecodeErrorKind; 4] = [
        DecodeErrorKind::Syntax,
        DecodeErrorKind::Data,
        DecodeErrorKind::Eof,
        DecodeErrorKind::Io,
    ];

    /// The stable code tools report a decoding problem under, beside the rules' codes:
    /// `decode.syntax`, `decode.data`, `decode.eof` or `decode.io`.
    ///
    /// ```
    /// use regional_conference::decode::{self, DecodeErrorKind};
    /// use regional_conference::Dataset;
    ///
    /// let err = decode::from_str::<Dataset>("{").unwrap_err();
    /// assert_eq!(err.kind().code(), "decode.eof");
    /// assert_eq!(DecodeErrorKind::Syntax.code(), "decode.syntax");
    /// ```
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            DecodeErrorKind::Syntax => "decode.syntax",
            DecodeErrorKind::Data => "decode.data",
            DecodeErrorKind::Eof => "decode.eof",
            DecodeErrorKind::Io => "decode.io",
        }
    }

    /// What the code means, in one sentence.
    #[must_use]
    pub const fn description(self) -> &'static str {
        match self {
            DecodeErrorKind::Syntax => {
                "The input is not well-formed JSON (or not UTF-8, or starts with a byte-order mark)."
            }
            DecodeErrorKind::Data => {
                "The input is JSON but not of the vocabulary's shape: a bad leaf value, a missing or unknown field, a value of the wrong type."
            }
            DecodeErrorKind::Eof => "The input ends in the middle of a value.",
            DecodeErrorKind::Io => "The input could not be read.",
        }
    }
}

/// The error returned when input cannot be decoded, saying where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    kind: DecodeErrorKind,
    pointer: String,
    line: usize,
    column: usize,
    message: String,
}

impl DecodeError {
    /// What kind of problem it is.
    #[must_use]
    pub fn kind(&self) -> DecodeErrorKind {
        self.kind
    }

    /// The JSON Pointer of the value being read when the problem was found (`""` for the root).
    #[must_use]
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// The line of the input (1-based) where the problem was found; 0 if unknown.
    #[must_use]
    pub fn line(&self) -> usize {
        self.line
    }

    /// The column, in bytes, where the problem was found: the last byte read (0 before the first
    /// byte of a line, and when the line is unknown).
    #[must_use]
    pub fn column(&self) -> usize {
        self.column
    }

    /// The problem, without its location.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "line {}, column {}, ", self.line, self.column)?;
        }
        if self.pointer.is_empty() {
            write!(f, "at the document root: {}", self.message)
        } else {
            write!(f, "at {}: {}", self.pointer, self.message)
        }
    }
}

impl std::error::Error for DecodeError {}

/// The JSON Pointer of a path serde tracked.
fn pointer_of(path: &serde_path_to_error::Path) -> String {
    let mut pointer = String::new();
    for segment in path {
        match segment {
            serde_path_to_error::Segment::Seq { index } => push_index(&mut pointer, *index),
            serde_path_to_error::Segment::Map { key } => push_token(&mut pointer, key),
            serde_path_to_error::Segment::Enum { .. } | serde_path_to_error::Segment::Unknown => {}
        }
    }
    pointer
}

#[allow(clippy::needless_pass_by_value)] // matches `map_err`'s signature
fn convert(err: serde_path_to_error::Error<serde_json::Error>) -> DecodeError {
    let pointer = crate::util::bounded_pointer(&pointer_of(err.path()));
    DecodeError {
        pointer,
        ..convert_plain(err.inner())
    }
}

fn convert_plain(inner: &serde_json::Error) -> DecodeError {
    let kind = match inner.classify() {
        serde_json::error::Category::Syntax => DecodeErrorKind::Syntax,
        serde_json::error::Category::Data => DecodeErrorKind::Data,
        serde_json::error::Category::Eof => DecodeErrorKind::Eof,
        serde_json::error::Category::Io => DecodeErrorKind::Io,
    };
    let (line, column) = (inner.line(), inner.column());
    let full = inner.to_string();
    let suffix = format!(" at line {line} column {column}");
    // Serde's messages quote the input (an unknown key, a string of the wrong type) whole and
    // raw: bounded and escaped here, as every message of the crate is.
    let message = crate::util::bounded(full.strip_suffix(&suffix).unwrap_or(&full));
    DecodeError {
        kind,
        pointer: String::new(),
        line,
        column,
        message,
    }
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

fn bom_error() -> DecodeError {
    DecodeError {
        kind: DecodeErrorKind::Syntax,
        pointer: String::new(),
        line: 1,
        column: 1,
        message: "the input starts with a byte-order mark (U+FEFF); JSON text must not begin with one (RFC 8259, section 8.1)".to_owned(),
    }
}

/// Decodes `text`: first on the fast path, without tracking where the decoder is; only if that
/// fails, again with path tracking, to say where (errors are rare, and tracking the path of
/// every value costs more than the checks themselves).
fn run<T: DeserializeOwned>(text: &[u8]) -> Result<T, DecodeError> {
    let mut de = serde_json::Deserializer::from_slice(text);
    let fast = T::deserialize(crate::objects::Objects(&mut de)).and_then(|value| {
        de.end()?;
        Ok(value)
    });
    match fast {
        Ok(value) => Ok(value),
        Err(_) => Err(locate_error::<T>(text)),
    }
}

/// The document's `schema_version`, when it names a version this crate does not read: then
/// that is the error to report, not a field of the newer version that this crate does not know
/// and met first.
fn unsupported_version(text: &[u8]) -> Option<DecodeError> {
    #[derive(serde::Deserialize)]
    struct Probe<'a> {
        #[serde(borrow, default)]
        schema_version: Option<std::borrow::Cow<'a, str>>,
    }
    let probe: Probe<'_> = serde_json::from_slice(text).ok()?;
    let error = crate::dataset::SchemaVersion::parse(&probe.schema_version?).err()?;
    let (line, column) = crate::locate::locate_span(text, "/schema_version")
        .map_or((0, 0), |(start, _)| (start.line, start.column));
    Some(DecodeError {
        kind: DecodeErrorKind::Data,
        pointer: "/schema_version".to_owned(),
        line,
        column,
        message: error.to_string(),
    })
}

/// Decodes `text` again, tracking the path, and returns the first problem with its pointer.
fn locate_error<T: DeserializeOwned>(text: &[u8]) -> DecodeError {
    if let Some(version) = unsupported_version(text) {
        return version;
    }
    let mut de = serde_json::Deserializer::from_slice(text);
    let tracked: Result<T, _> = serde_path_to_error::deserialize(crate::objects::Objects(&mut de));
    match tracked {
        Err(e) => {
            let mut err = convert(e);
            // Errors raised after a value was read whole (a delegation naming both a country
            // and an organisation, a count that serde buffered) carry no position, or the one
            // where serde_json noticed them on the way out, past the value: point at the value.
            if let Some((start, end)) = crate::locate::locate_span(text, &err.pointer) {
                let at = (err.line, err.column);
                if err.line == 0 || at > (end.line, end.column) {
                    err.line = start.line;
                    err.column = start.column;
                }
            }
            err
        }
        Ok(_) => match de.end() {
            Err(e) => convert_plain(&e),
            Ok(()) => DecodeError {
                kind: DecodeErrorKind::Data,
                pointer: String::new(),
                line: 0,
                column: 0,
                message: "the document could not be decoded".to_owned(),
            },
        },
    }
}

/// Decodes a value from JSON text.
///
/// # Errors
///
/// Returns [`DecodeError`] with the line, column and JSON Pointer of the first problem if the
/// text is not JSON, has trailing characters, or does not fit `T`.
pub fn from_str<T: DeserializeOwned>(json: &str) -> Result<T, DecodeError> {
    if json.as_bytes().starts_with(BOM) {
        return Err(bom_error());
    }
    run(json.as_bytes())
}

/// Decodes a value from JSON bytes (UTF-8).
///
/// # Errors
///
/// As [`from_str`]; invalid UTF-8 is a [`DecodeErrorKind::Syntax`] error.
pub fn from_slice<T: DeserializeOwned>(json: &[u8]) -> Result<T, DecodeError> {
    if json.starts_with(BOM) {
        return Err(bom_error());
    }
    run(json)
}

/// Decodes a value from a reader of JSON bytes.
///
/// The input is read whole into memory and decoded as [`from_slice`] does: on the fast path,
/// without tracking where the decoder is (tracking the path of every value as it streams costs
/// more than decoding: 1.8 s against 0.65 s for a 102 MB file), and only on failure again, to say
/// where. Memory is the input's bytes plus the value they decode to.
///
/// # Errors
///
/// As [`from_slice`], with the same lines, columns and pointers; a failure to read is a
/// [`DecodeErrorKind::Io`] error.
pub fn from_reader<T: DeserializeOwned, R: Read>(mut reader: R) -> Result<T, DecodeError> {
    let mut bytes = Vec::new();
    if let Err(e) = reader.read_to_end(&mut bytes) {
        return Err(DecodeError {
            kind: DecodeErrorKind::Io,
            pointer: String::new(),
            line: 0,
            column: 0,
            message: format!("reading the input failed: {e}"),
        });
    }
    from_slice(&bytes)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::{from_reader, from_slice};
    use crate::Dataset;

    #[test]
    fn from_reader_says_what_from_slice_says_on_every_malformed_fixture() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/malformed");
        let mut checked = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.to_string_lossy();
            if name.ends_with(".json") && !name.ends_with(".expected.json") {
                let bytes = std::fs::read(&path).unwrap();
                let from_bytes = from_slice::<Dataset>(&bytes).unwrap_err();
                let read = from_reader::<Dataset, _>(bytes.as_slice()).unwrap_err();
                assert_eq!(read, from_bytes, "{name}");
                checked += 1;
            }
        }
        assert!(checked > 50, "only {checked} fixtures found");
    }
}
