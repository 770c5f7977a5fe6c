//! Counts as sources state them: exact, approximate, bounded, or a range.
//!
//! "140 delegates", "some 50 countries", "more than 160 officials" and "nearly 300 participants"
//! are different facts. A [`Count`] keeps the number and the [`Qualifier`] the source gave, so
//! nothing is made more precise than it was.
//!
//! On the wire a count is an object tagged by `qualifier`:
//!
//! ```json
//! {"qualifier": "exact", "value": 140}
//! {"qualifier": "about", "value": 50}
//! {"qualifier": "between", "min": 40, "max": 50}
//! ```
//!
//! # Examples
//!
//! ```
//! use regional_conference::count::{Count, Qualifier};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let countries: Count = "some 50".parse()?;
//! assert_eq!(countries.qualifier(), Qualifier::About);
//! assert_eq!(countries.value(), 50);
//! assert_eq!(countries.to_string(), "some 50");
//! assert_eq!(Count::exact(140).to_string(), "140");
//! assert_eq!(Count::new(Qualifier::MoreThan, 160)?.to_string(), "more than 160");
//! # Ok(())
//! # }
//! ```

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::util::echo;

/// How a number in a source relates to the true count.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Qualifier {
    /// Exactly this many ("140 delegates").
    Exact,
    /// Approximately this many ("some 50", "around 50", "approximately 50").
    About,
    /// This many or more ("at least 50").
    AtLeast,
    /// Strictly more than this many ("more than 160", "over 160").
    MoreThan,
    /// Close to but not above this many ("nearly 300", "almost 300").
    Nearly,
    /// Strictly fewer than this many ("fewer than 300", "under 300").
    FewerThan,
    /// This many or fewer ("at most 300", "up to 300").
    AtMost,
    /// Somewhere in an inclusive range ("40 to 50").
    Between,
}

impl Qualifier {
    /// The wire name (`"at_least"`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::About => "about",
            Self::AtLeast => "at_least",
            Self::MoreThan => "more_than",
            Self::Nearly => "nearly",
            Self::FewerThan => "fewer_than",
            Self::AtMost => "at_most",
            Self::Between => "between",
        }
    }
}

impl fmt::Display for Qualifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error returned when a count cannot be made.
///
/// ```
/// use regional_conference::count::Count;
///
/// assert_eq!(
///     "dozens".parse::<Count>().unwrap_err().to_string(),
///     "invalid count \"dozens\": expected a number, optionally after a qualifier such as \
///      \"some\", \"at least\", \"more than\", \"nearly\", \"fewer than\" or \"at most\", or a \
///      range such as \"40-50\""
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid count {input:?}: {reason}")]
pub struct CountError {
    input: String,
    reason: CountErrorReason,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum CountErrorReason {
    #[error(
        "expected a number, optionally after a qualifier such as \"some\", \"at least\", \
         \"more than\", \"nearly\", \"fewer than\" or \"at most\", or a range such as \"40-50\""
    )]
    Syntax,
    #[error("a range needs two bounds, use Count::between")]
    BetweenNeedsBounds,
    #[error("the range's maximum {max} is not above its minimum {min}")]
    RangeOrder { min: u32, max: u32 },
    #[error("\"fewer than 0\" is not a count")]
    FewerThanZero,
    #[error("the number is larger than {max}", max = u32::MAX)]
    TooLarge,
}

/// A non-negative count with the qualifier its source gave.
///
/// See the [module documentation](self) for the wire form.
///
/// # Examples
///
/// ```
/// use regional_conference::count::{Count, Qualifier};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let range = Count::between(40, 50)?;
/// assert_eq!(range.to_string(), "40–50");
/// assert_eq!(range.bounds(), (40, Some(50)));
/// assert_eq!("more than 160".parse::<Count>()?.bounds(), (161, None));
/// assert_eq!(
///     serde_json::to_string(&Count::new(Qualifier::About, 50)?)?,
///     r#"{"qualifier":"about","value":50}"#
/// );
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "CountRepr")]
pub struct Count {
    qualifier: Qualifier,
    value: u32,
    max: u32,
}

/// A count as a source states it, tagged by its qualifier.
#[derive(Serialize, schemars::JsonSchema)]
#[serde(
    tag = "qualifier",
    rename_all = "snake_case",
    deny_unknown_fields,
    rename = "Count"
)]
enum CountRepr {
    /// Exactly this many.
    Exact {
        /// The number.
        value: u32,
    },
    /// Approximately this many ("some", "around", "approximately").
    About {
        /// The number.
        value: u32,
    },
    /// This many or more.
    AtLeast {
        /// The number.
        value: u32,
    },
    /// Strictly more than this many.
    MoreThan {
        /// The number.
        value: u32,
    },
    /// Close to, but not above, this many.
    Nearly {
        /// The number.
        value: u32,
    },
    /// Strictly fewer than this many.
    FewerThan {
        /// The number (at least 1).
        #[schemars(range(min = 1))]
        value: u32,
    },
    /// This many or fewer.
    AtMost {
        /// The number.
        value: u32,
    },
    /// Somewhere from `min` to `max`, both included.
    Between {
        /// The smallest possible count.
        min: u32,
        /// The largest possible count, above `min`.
        max: u32,
    },
}

/// A count as read: its qualifier and every number any qualifier takes, read in one pass
/// (an internally tagged enum would buffer the object) and then checked against the qualifier.
#[derive(Deserialize)]
#[serde(
    deny_unknown_fields,
    rename = "Count",
    expecting = "a count: an object with its \"qualifier\""
)]
struct CountIn {
    qualifier: Qualifier,
    #[serde(default)]
    value: Option<u32>,
    #[serde(default)]
    min: Option<u32>,
    #[serde(default)]
    max: Option<u32>,
}

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let c = CountIn::deserialize(deserializer)?;
        let q = c.qualifier.as_str();
        match (c.qualifier, c.value, c.min, c.max) {
            (Qualifier::Between, None, Some(min), Some(max)) => {
                Count::between(min, max).map_err(D::Error::custom)
            }
            (Qualifier::Between, Some(_), ..) => Err(D::Error::custom(
                "a count \"between\" has a \"min\" and a \"max\", not a \"value\"",
            )),
            (Qualifier::Between, None, None, _) => Err(D::Error::missing_field("min")),
            (Qualifier::Between, None, Some(_), None) => Err(D::Error::missing_field("max")),
            (qualifier, Some(value), None, None) => {
                Count::new(qualifier, value).map_err(D::Error::custom)
            }
            (_, None, None, None) => Err(D::Error::missing_field("value")),
            (..) => Err(D::Error::custom(format!(
                "a count {q:?} has a \"value\", not a \"min\" or \"max\""
            ))),
        }
    }
}

impl From<Count> for CountRepr {
    fn from(c: Count) -> Self {
        let value = c.value;
        match c.qualifier {
            Qualifier::Exact => Self::Exact { value },
            Qualifier::About => Self::About { value },
            Qualifier::AtLeast => Self::AtLeast { value },
            Qualifier::MoreThan => Self::MoreThan { value },
            Qualifier::Nearly => Self::Nearly { value },
            Qualifier::FewerThan => Self::FewerThan { value },
            Qualifier::AtMost => Self::AtMost { value },
            Qualifier::Between => Self::Between {
                min: value,
                max: c.max,
            },
        }
    }
}

impl Count {
    /// Exactly `value`.
    #[must_use]
    pub const fn exact(value: u32) -> Self {
        Self {
            qualifier: Qualifier::Exact,
            value,
            max: value,
        }
    }

    /// Approximately `value` ("some 50").
    #[must_use]
    pub const fn about(value: u32) -> Self {
        Self {
            qualifier: Qualifier::About,
            value,
            max: value,
        }
    }

    /// `value` with `qualifier`.
    ///
    /// # Errors
    ///
    /// Returns [`CountError`] for [`Qualifier::Between`] (use [`Count::between`]) and for
    /// "fewer than 0".
    pub fn new(qualifier: Qualifier, value: u32) -> Result<Self, CountError> {
        let fail = |reason| CountError {
            input: format!("{} {value}", qualifier.as_str()),
            reason,
        };
        match qualifier {
            Qualifier::Between => Err(fail(CountErrorReason::BetweenNeedsBounds)),
            Qualifier::FewerThan if value == 0 => Err(fail(CountErrorReason::FewerThanZero)),
            _ => Ok(Self {
                qualifier,
                value,
                max: value,
            }),
        }
    }

    /// Somewhere from `min` to `max`, both included.
    ///
    /// # Errors
    ///
    /// Returns [`CountError`] unless `min < max`.
    pub fn between(min: u32, max: u32) -> Result<Self, CountError> {
        if max <= min {
            return Err(CountError {
                input: format!("{min}–{max}"),
                reason: CountErrorReason::RangeOrder { min, max },
            });
        }
        Ok(Self {
            qualifier: Qualifier::Between,
            value: min,
            max,
        })
    }

    /// The qualifier.
    #[must_use]
    pub fn qualifier(self) -> Qualifier {
        self.qualifier
    }

    /// The number the source gave (the minimum, for a range).
    #[must_use]
    pub fn value(self) -> u32 {
        self.value
    }

    /// The range's maximum, for [`Qualifier::Between`].
    #[must_use]
    pub fn max(self) -> Option<u32> {
        (self.qualifier == Qualifier::Between).then_some(self.max)
    }

    /// Whether the count is exact.
    #[must_use]
    pub fn is_exact(self) -> bool {
        self.qualifier == Qualifier::Exact
    }

    /// The counts the statement certainly allows, as (lowest, highest); `None` is unbounded.
    ///
    /// An approximate count ("some 50") is an estimate, not a bound: its bounds are `(0, None)`,
    /// which never contradict anything. "Nearly 300" is at most 300.
    #[must_use]
    pub fn bounds(self) -> (u32, Option<u32>) {
        match self.qualifier {
            Qualifier::Exact => (self.value, Some(self.value)),
            Qualifier::AtLeast => (self.value, None),
            Qualifier::MoreThan => (self.value.saturating_add(1), None),
            Qualifier::Nearly | Qualifier::AtMost => (0, Some(self.value)),
            Qualifier::FewerThan => (0, Some(self.value.saturating_sub(1))),
            Qualifier::Between => (self.value, Some(self.max)),
            Qualifier::About => (0, None),
        }
    }

    /// The counts the statement plausibly denotes, as (lowest, highest); `None` is unbounded.
    ///
    /// Where [`Count::bounds`] keeps only what the qualifier guarantees, this reads the words
    /// as a reader does: "about n" is within a tenth of n either side (at least 1), and
    /// "nearly n" is that far below n and no more than n. Two counts of one thing
    /// [agree](Count::agrees_with) when their ranges meet.
    ///
    /// ```
    /// use regional_conference::count::Count;
    ///
    /// # fn main() -> Result<(), regional_conference::count::CountError> {
    /// assert_eq!("about 80".parse::<Count>()?.range(), (72, Some(88)));
    /// assert_eq!("nearly 80".parse::<Count>()?.range(), (72, Some(80)));
    /// assert_eq!("more than 160".parse::<Count>()?.range(), (161, None));
    /// # Ok(())
    /// # }
    /// ```
    #[must_use]
    pub fn range(self) -> (u32, Option<u32>) {
        let v = self.value;
        let slack = v.div_ceil(10).max(1);
        match self.qualifier {
            Qualifier::About => (v.saturating_sub(slack), Some(v.saturating_add(slack))),
            Qualifier::Nearly => (v.saturating_sub(slack), Some(v)),
            _ => self.bounds(),
        }
    }

    /// Whether two counts of the same thing can both be true: their [ranges](Count::range)
    /// meet. "About 80" and "nearly 80" agree, and so do "some 200" and exactly 195; "more
    /// than 160" and exactly 150 do not.
    ///
    /// ```
    /// use regional_conference::count::Count;
    ///
    /// # fn main() -> Result<(), regional_conference::count::CountError> {
    /// let c = |s: &str| s.parse::<Count>();
    /// assert!(c("about 80")?.agrees_with(c("nearly 80")?));
    /// assert!(c("some 200")?.agrees_with(c("195")?));
    /// assert!(!c("more than 160")?.agrees_with(c("150")?));
    /// # Ok(())
    /// # }
    /// ```
    #[must_use]
    pub fn agrees_with(self, other: Count) -> bool {
        let (a_low, a_high) = self.range();
        let (b_low, b_high) = other.range();
        a_high.is_none_or(|h| h >= b_low) && b_high.is_none_or(|h| h >= a_low)
    }

    /// The count in the words of its qualifier as the document states it: "about 80", "at
    /// least 80", "between 40 and 50", where [`Display`](fmt::Display) writes "some 80" and
    /// "40–50".
    #[must_use]
    pub fn as_stated(self) -> String {
        let v = self.value;
        match self.qualifier {
            Qualifier::Exact => v.to_string(),
            Qualifier::Between => format!("between {v} and {}", self.max),
            q => format!("{} {v}", q.as_str().replace('_', " ")),
        }
    }
}

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = self.value;
        match self.qualifier {
            Qualifier::Exact => write!(f, "{v}"),
            Qualifier::About => write!(f, "some {v}"),
            Qualifier::AtLeast => write!(f, "at least {v}"),
            Qualifier::MoreThan => write!(f, "more than {v}"),
            Qualifier::Nearly => write!(f, "nearly {v}"),
            Qualifier::FewerThan => write!(f, "fewer than {v}"),
            Qualifier::AtMost => write!(f, "at most {v}"),
            Qualifier::Between => write!(f, "{v}–{}", self.max),
        }
    }
}

/// Words that introduce each qualifier, longest first where one is a prefix of another.
const WORDS: [(&str, Qualifier); 18] = [
    ("approximately ", Qualifier::About),
    ("around ", Qualifier::About),
    ("about ", Qualifier::About),
    ("some ", Qualifier::About),
    ("roughly ", Qualifier::About),
    ("circa ", Qualifier::About),
    ("at least ", Qualifier::AtLeast),
    ("more than ", Qualifier::MoreThan),
    ("over ", Qualifier::MoreThan),
    ("nearly ", Qualifier::Nearly),
    ("almost ", Qualifier::Nearly),
    ("fewer than ", Qualifier::FewerThan),
    ("less than ", Qualifier::FewerThan),
    ("under ", Qualifier::FewerThan),
    ("no more than ", Qualifier::AtMost),
    ("at most ", Qualifier::AtMost),
    ("up to ", Qualifier::AtMost),
    ("between ", Qualifier::Between),
];

/// Parses a number of ASCII digits, optionally grouped by commas in threes ("1,200").
fn number(s: &str) -> Result<u32, CountErrorReason> {
    let grouped = s.contains(',');
    if grouped {
        let mut groups = s.split(',');
        let first = groups.next().unwrap_or_default();
        if first.is_empty() || first.len() > 3 || groups.any(|g| g.len() != 3) {
            return Err(CountErrorReason::Syntax);
        }
    }
    let digits: String = s.chars().filter(|&c| c != ',').collect();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(CountErrorReason::Syntax);
    }
    digits.parse().map_err(|_| CountErrorReason::TooLarge)
}

impl std::str::FromStr for Count {
    type Err = CountError;

    /// Reads "140", "some 50", "around 50", "approximately 50", "at least 50", "more than 160",
    /// "over 160", "nearly 300", "almost 300", "fewer than 300", "under 300", "at most 300",
    /// "up to 300", "40-50", "40–50" or "between 40 and 50". Numbers may group thousands with
    /// commas ("1,200").
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let fail = |reason| CountError {
            input: echo(s),
            reason,
        };
        let lower = s.to_lowercase();
        let (qualifier, rest) = WORDS
            .iter()
            .find_map(|(word, q)| lower.strip_prefix(word).map(|rest| (*q, rest)))
            .unwrap_or((Qualifier::Exact, lower.as_str()));
        let range = match qualifier {
            Qualifier::Between => Some(rest.split_once(" and ").ok_or(CountErrorReason::Syntax)),
            Qualifier::Exact => rest.split_once(['-', '–']).map(Ok),
            _ => None,
        };
        if let Some(bounds) = range {
            let (a, b) = bounds.map_err(fail)?;
            let min = number(a.trim()).map_err(fail)?;
            let max = number(b.trim()).map_err(fail)?;
            return Self::between(min, max).map_err(|e| CountError {
                input: echo(s),
                ..e
            });
        }
        let value = number(rest).map_err(fail)?;
        Self::new(qualifier, value).map_err(|e| CountError {
            input: echo(s),
            ..e
        })
    }
}

impl TryFrom<&str> for Count {
    type Error = CountError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl schemars::JsonSchema for Count {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Count")
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        CountRepr::json_schema(generator)
    }
}
