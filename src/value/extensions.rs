//! Data outside the vocabulary, kept exactly as the producer wrote it.
//!
//! Every entity has an `extensions` object. The crate never interprets it, and never loses any
//! of it: the JSON text is kept as given, so numbers too large for any Rust type, key order and
//! everything else survive every round trip.
//!
//! # Examples
//!
//! ```
//! use regional_conference::Extensions;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let ext = Extensions::from_json(r#"{"registry_ref": 123456789012345678901234567890}"#)?;
//! assert_eq!(ext.as_json(), r#"{"registry_ref": 123456789012345678901234567890}"#);
//! assert!(Extensions::from_json("[1, 2]").is_err());
//! # Ok(())
//! # }
//! ```

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

/// How deeply extensions may nest: the most `serde_json` reads into a value (its recursion
/// limit of 128 counts the object itself plus 127 more levels), so that
/// [`Extensions::to_map`] can always read what was accepted.
pub const MAX_DEPTH: usize = 127;

/// The deepest nesting of arrays and objects in well-formed JSON text.
fn depth(json: &str) -> usize {
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for b in json.bytes() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// The error returned when JSON text is not a valid extensions object.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid extensions: {message}")]
pub struct ExtensionsError {
    message: String,
}

/// A JSON object of data outside the vocabulary, kept byte for byte.
///
/// Compare two extensions by their text with `==`; [`Extensions::to_map`] reads them as a
/// [`serde_json::Map`].
#[derive(Clone)]
pub struct Extensions(Box<RawValue>);

impl Extensions {
    /// Checks that `json` is a JSON object and keeps its text.
    ///
    /// # Errors
    ///
    /// Returns [`ExtensionsError`] if `json` is not valid JSON or not an object.
    pub fn from_json(json: &str) -> Result<Self, ExtensionsError> {
        let raw: Box<RawValue> = serde_json::from_str(json).map_err(|e| ExtensionsError {
            message: e.to_string(),
        })?;
        Self::from_raw(raw).map_err(|message| ExtensionsError { message })
    }

    /// Extensions holding `map`.
    ///
    /// # Errors
    ///
    /// Returns [`ExtensionsError`] if the map cannot be written as JSON (it always can, for
    /// maps of finite numbers).
    pub fn from_map(
        map: &serde_json::Map<String, serde_json::Value>,
    ) -> Result<Self, ExtensionsError> {
        serde_json::value::to_raw_value(map)
            .map(Self)
            .map_err(|e| ExtensionsError {
                message: e.to_string(),
            })
    }

    fn from_raw(raw: Box<RawValue>) -> Result<Self, String> {
        if !raw.get().starts_with('{') {
            return Err(format!(
                "expected a JSON object, found `{}`",
                crate::util::echo(raw.get())
            ));
        }
        if depth(raw.get()) > MAX_DEPTH {
            return Err(format!("nested deeper than {MAX_DEPTH} levels"));
        }
        Ok(Self(raw))
    }

    /// The JSON text, exactly as given.
    #[must_use]
    pub fn as_json(&self) -> &str {
        self.0.get()
    }

    /// Whether the object has no members.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        let inner = self.0.get().trim_start_matches('{').trim_end_matches('}');
        inner.trim().is_empty()
    }

    /// The object as a map. Numbers beyond the range of `i64`, `u64` and `f64` lose precision
    /// here (the kept text does not); a key given twice keeps its last value.
    ///
    /// # Errors
    ///
    /// Returns [`ExtensionsError`] if the kept text holds a number beyond `f64` (such a value
    /// cannot be represented in a [`serde_json::Value`]).
    pub fn to_map(&self) -> Result<serde_json::Map<String, serde_json::Value>, ExtensionsError> {
        serde_json::from_str(self.0.get()).map_err(|e| ExtensionsError {
            message: e.to_string(),
        })
    }
}

impl PartialEq for Extensions {
    fn eq(&self, other: &Self) -> bool {
        self.0.get() == other.0.get()
    }
}

impl Eq for Extensions {}

impl std::hash::Hash for Extensions {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.get().hash(state);
    }
}

impl fmt::Debug for Extensions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Extensions({})", self.0.get())
    }
}

impl fmt::Display for Extensions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.get())
    }
}

impl Serialize for Extensions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Extensions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Box::<RawValue>::deserialize(deserializer)?;
        Self::from_raw(raw).map_err(|message| serde::de::Error::custom(ExtensionsError { message }))
    }
}

impl schemars::JsonSchema for Extensions {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Extensions")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "object",
            "description": "Data outside the vocabulary, kept exactly as written. Any members are allowed.",
        })
    }
}
