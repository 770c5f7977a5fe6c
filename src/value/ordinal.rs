//! Ordinals of numbered sessions: the 42nd European Regional Conference.
//!
//! # Examples
//!
//! ```
//! use regional_conference::ordinal::Ordinal;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let session = Ordinal::new(42)?;
//! assert_eq!(session.to_string(), "42nd");
//! assert_eq!(session.next().to_string(), "43rd");
//! assert_eq!("111th".parse::<Ordinal>()?.get(), 111);
//! # Ok(())
//! # }
//! ```

use std::borrow::Cow;
use std::fmt;
use std::num::NonZeroU32;

use serde::{Deserialize, Serialize};

use crate::util::echo;

/// The error returned when a number or string is not a valid ordinal.
///
/// ```
/// use regional_conference::ordinal::Ordinal;
///
/// assert_eq!(Ordinal::new(0).unwrap_err().to_string(), "invalid ordinal \"0\": ordinals start at 1");
/// assert_eq!(
///     "42th".parse::<Ordinal>().unwrap_err().to_string(),
///     "invalid ordinal \"42th\": the suffix of 42 is \"nd\""
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid ordinal {input:?}: {reason}")]
pub struct OrdinalError {
    input: String,
    reason: OrdinalErrorReason,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum OrdinalErrorReason {
    #[error("ordinals start at 1")]
    Zero,
    #[error("expected a number such as 42 or 42nd")]
    Syntax,
    #[error("the suffix of {0} is {1:?}")]
    Suffix(u32, &'static str),
}

/// The number of a session in its series, 1 or more. `Display` adds the English suffix
/// (1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 42nd, 111th, 112th).
///
/// On the wire a positive integer.
///
/// # Examples
///
/// ```
/// use regional_conference::ordinal::Ordinal;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let names: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 42, 43, 111, 112]
///     .into_iter()
///     .map(|n| Ordinal::new(n).map(|o| o.to_string()))
///     .collect::<Result<_, _>>()?;
/// assert_eq!(
///     names,
///     ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "42nd", "43rd", "111th", "112th"]
/// );
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u32", into = "u32")]
pub struct Ordinal(NonZeroU32);

impl Ordinal {
    /// The ordinal `n`.
    ///
    /// # Errors
    ///
    /// Returns [`OrdinalError`] if `n` is 0.
    pub fn new(n: u32) -> Result<Self, OrdinalError> {
        NonZeroU32::new(n).map(Self).ok_or(OrdinalError {
            input: n.to_string(),
            reason: OrdinalErrorReason::Zero,
        })
    }

    /// The number.
    #[must_use]
    pub fn get(self) -> u32 {
        self.0.get()
    }

    /// The English suffix: `"st"`, `"nd"`, `"rd"` or `"th"`.
    #[must_use]
    pub fn suffix(self) -> &'static str {
        suffix(self.0.get())
    }

    /// The following ordinal (saturating at `u32::MAX`).
    #[must_use]
    pub fn next(self) -> Self {
        Self(self.0.saturating_add(1))
    }
}

fn suffix(n: u32) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

impl TryFrom<u32> for Ordinal {
    type Error = OrdinalError;
    fn try_from(n: u32) -> Result<Self, Self::Error> {
        Self::new(n)
    }
}

impl From<Ordinal> for u32 {
    fn from(o: Ordinal) -> Self {
        o.get()
    }
}

impl fmt::Display for Ordinal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.0, self.suffix())
    }
}

impl std::str::FromStr for Ordinal {
    type Err = OrdinalError;

    /// Reads `42` or `42nd`; a wrong suffix (`42th`) is rejected.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let fail = |reason| OrdinalError {
            input: echo(s),
            reason,
        };
        let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        let (num, rest) = s.split_at(end);
        if num.is_empty() {
            return Err(fail(OrdinalErrorReason::Syntax));
        }
        let n: u32 = num.parse().map_err(|_| fail(OrdinalErrorReason::Syntax))?;
        if !rest.is_empty() && rest != suffix(n) {
            if ["st", "nd", "rd", "th"].contains(&rest) {
                return Err(fail(OrdinalErrorReason::Suffix(n, suffix(n))));
            }
            return Err(fail(OrdinalErrorReason::Syntax));
        }
        Self::new(n).map_err(|e| OrdinalError {
            input: echo(s),
            ..e
        })
    }
}

impl schemars::JsonSchema for Ordinal {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Ordinal")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "integer",
            "description": "The number of a session in its series: 1 or more.",
            "minimum": 1,
            "maximum": u32::MAX,
        })
    }
}
