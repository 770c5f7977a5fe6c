//! Typed identifiers: one type per entity kind.
//!
//! Every entity in a [`Dataset`](crate::Dataset) has an id, and entities refer to each other by
//! id. An id is a lowercase slug — ASCII letters `a`–`z` and digits in words joined by single
//! hyphens (`^[a-z0-9]+(-[a-z0-9]+)*$`) — of 1 to 64 bytes. Ids are unique per entity kind within
//! a dataset, and each kind has its own type, so a [`PersonId`] can never be passed where a
//! [`ConferenceId`] is expected.
//!
//! # Examples
//!
//! ```
//! use regional_conference::id::{ConferenceId, PersonId};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let conference: ConferenceId = "erc-42".parse()?;
//! assert_eq!(conference.as_str(), "erc-42");
//!
//! let err = PersonId::new("Karoly-Papp").unwrap_err();
//! assert_eq!(
//!     err.to_string(),
//!     "invalid person id \"Karoly-Papp\": character 'K' at byte 0 is not allowed \
//!      (ids use lowercase a-z, digits and single hyphens)"
//! );
//! # Ok(())
//! # }
//! ```

use std::borrow::Cow;
use std::fmt;

use crate::idindex::Key;
use crate::util::{SmallStr, echo};

/// The longest id, in bytes.
pub const MAX_ID_LEN: usize = 64;

/// The pattern every id matches, as a regular expression (for JSON Schema and documentation).
pub const ID_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";

/// The error returned when a string is not a valid id.
///
/// Its message names the entity kind, the rejected input and the reason:
///
/// ```
/// use regional_conference::id::SourceId;
///
/// let err = SourceId::new("release--2013").unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "invalid source id \"release--2013\": two hyphens in a row at byte 7"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {kind} id {input:?}: {reason}")]
pub struct IdError {
    kind: &'static str,
    input: String,
    reason: IdErrorReason,
}

impl IdError {
    /// The entity kind whose id was rejected, such as `"conference"`.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        self.kind
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum IdErrorReason {
    #[error("empty")]
    Empty,
    #[error("longer than {MAX_ID_LEN} bytes ({0})")]
    TooLong(usize),
    #[error(
        "character {0:?} at byte {1} is not allowed (ids use lowercase a-z, digits and single hyphens)"
    )]
    BadChar(char, usize),
    #[error("starts with a hyphen")]
    LeadingHyphen,
    #[error("ends with a hyphen")]
    TrailingHyphen,
    #[error("two hyphens in a row at byte {0}")]
    DoubleHyphen(usize),
}

/// Checks `input` against the slug rules; `kind` names the entity kind in the error.
fn check(kind: &'static str, input: &str) -> Result<(), IdError> {
    let fail = |reason| IdError {
        kind,
        input: echo(input),
        reason,
    };
    if input.is_empty() {
        return Err(fail(IdErrorReason::Empty));
    }
    for (at, c) in input.char_indices() {
        if !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
            return Err(fail(IdErrorReason::BadChar(c, at)));
        }
    }
    let bytes = input.as_bytes();
    if bytes.first() == Some(&b'-') {
        return Err(fail(IdErrorReason::LeadingHyphen));
    }
    if let Some(at) = bytes.windows(2).position(|w| w == b"--") {
        return Err(fail(IdErrorReason::DoubleHyphen(at)));
    }
    if bytes.last() == Some(&b'-') {
        return Err(fail(IdErrorReason::TrailingHyphen));
    }
    if input.len() > MAX_ID_LEN {
        return Err(fail(IdErrorReason::TooLong(input.len())));
    }
    Ok(())
}

/// An id as a key of the validation indexes (no UTF-8 check needed: ids are ASCII).
pub(crate) trait IdBytes {
    fn id_key(&self) -> Key<'_>;
}

macro_rules! define_id {
    ($(#[$meta:meta])* $name:ident, $kind:literal, $example:literal) => {
        $(#[$meta])*
        ///
        /// A lowercase slug of 1 to 64 bytes (`^[a-z0-9]+(-[a-z0-9]+)*$`), valid by construction.
        ///
        /// # Examples
        ///
        /// ```
        #[doc = concat!("use regional_conference::id::", stringify!($name), ";")]
        ///
        /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
        #[doc = concat!("let id: ", stringify!($name), " = \"", $example, "\".parse()?;")]
        #[doc = concat!("assert_eq!(id.as_str(), \"", $example, "\");")]
        #[doc = concat!("assert_eq!(id.to_string(), \"", $example, "\");")]
        #[doc = concat!("assert!(", stringify!($name), "::new(\"Not A Slug\").is_err());")]
        /// # Ok(())
        /// # }
        /// ```
        #[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(SmallStr);

        impl $name {
            /// The entity kind this id names, as used in messages.
            pub const KIND: &'static str = $kind;

            /// Checks `id` and returns it as an id of this kind.
            ///
            /// # Errors
            ///
            /// Returns [`IdError`] if `id` is empty, longer than 64 bytes, or not a lowercase
            /// slug.
            pub fn new(id: &str) -> Result<Self, IdError> {
                check($kind, id)?;
                Ok(Self(SmallStr::new(id)))
            }

            /// The id as a string slice.
            #[must_use]
            pub fn as_str(&self) -> &str {
                self.0.as_str()
            }
        }

        impl IdBytes for $name {
            fn id_key(&self) -> Key<'_> {
                self.0.key()
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({:?})", stringify!($name), self.0.as_str())
            }
        }

        crate::util::string_leaf!($name, IdError, concat!("a ", $kind, " id (a lowercase slug)"));

        crate::util::from_static!(
            $name,
            concat!("regional_conference::id::", stringify!($name)),
            $example,
            "Not A Slug",
            concat!(
                stringify!($name),
                "::from_static: invalid ",
                $kind,
                " id \"Not A Slug\": character 'N' at byte 0 is not allowed \
                 (ids use lowercase a-z, digits and single hyphens)"
            )
        );

        impl schemars::JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed(stringify!($name))
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "description": concat!("The id of a ", $kind, ": a lowercase slug of 1 to 64 bytes."),
                    "pattern": ID_PATTERN,
                    "minLength": 1,
                    "maxLength": MAX_ID_LEN,
                })
            }
        }
    };
}

define_id!(
    /// The id of an [`Organization`](crate::Organization).
    OrganizationId, "organization", "interpol"
);
define_id!(
    /// The id of a [`Region`](crate::Region).
    RegionId, "region", "interpol-europe"
);
define_id!(
    /// The id of a [`Person`](crate::Person).
    PersonId, "person", "karoly-papp"
);
define_id!(
    /// The id of a [`Conference`](crate::Conference) (one session of a series).
    ConferenceId, "conference", "interpol-erc-42"
);
define_id!(
    /// The id of a series of sessions, such as an organisation's European Regional Conference.
    ///
    /// Conferences and host designations that share a series id belong to the same numbered
    /// series. Since 1.2 a dataset may also describe the series as a
    /// [`Series`](crate::series::Series) with this id; conferences and designations name their
    /// series by this key whether or not one is described.
    SeriesId, "series", "interpol-european-regional-conference"
);
define_id!(
    /// The id of a [`Capability`](crate::capability::Capability): a database, a communication
    /// system, a platform, a programme or a tool that proceedings refer to (since 1.2).
    CapabilityId, "capability", "i-24-7"
);
define_id!(
    /// The id of an [`Office`](crate::office::Office): an office of an organisation held over
    /// time by people, countries or institutions, such as a body's rotating chair (since 1.2).
    OfficeId, "office", "sarpcco-chair"
);
define_id!(
    /// The id of a [`Position`](crate::person::Position) among one person's positions, such as
    /// `"sarpcco-chair"`: unique among that person's positions, and named by the capacities a
    /// statement or a session role is in (since 1.2).
    PositionId, "position", "sarpcco-chair"
);
define_id!(
    /// The id of a [`Decision`](crate::Decision), unique in the dataset, so that the versions
    /// of one act can name it (`version_of`; since 1.2).
    DecisionId, "decision", "afripol-ga-1-president"
);
define_id!(
    /// The id of a [`Strategy`](crate::Strategy).
    StrategyId, "strategy", "interpol-europe-strategy-2014-2016"
);
define_id!(
    /// The id of a [`Recommendation`](crate::Recommendation).
    RecommendationId, "recommendation", "erc-42-rec-1"
);
define_id!(
    /// The id of a [`Statement`](crate::Statement).
    StatementId, "statement", "erc-42-papp-closing"
);
define_id!(
    /// The id of a [`MediaRelease`](crate::MediaRelease).
    MediaReleaseId, "media release", "interpol-2013-05-16-erc-42"
);
define_id!(
    /// The id of a [`Source`](crate::Source).
    SourceId, "source", "interpol-release-2013-05-16"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_limit_is_in_bytes() {
        let ok = "a".repeat(MAX_ID_LEN);
        assert!(PersonId::new(&ok).is_ok());
        let long = "a".repeat(MAX_ID_LEN + 1);
        assert_eq!(
            PersonId::new(&long).map_err(|e| e.to_string()),
            Err(format!(
                "invalid person id {:?}: longer than 64 bytes (65)",
                echo(&long)
            ))
        );
    }
}
