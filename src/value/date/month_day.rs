//! A day of a month with no year, as a dateline prints it ("12 jun"; since 1.2).

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::Date;
use crate::util::echo;

/// The error returned when a string is not a day of a month written `--MM-DD`.
///
/// ```
/// use regional_conference::date::MonthDay;
///
/// assert_eq!(
///     "--02-30".parse::<MonthDay>().unwrap_err().to_string(),
///     "invalid day of a month \"--02-30\": February has no day 30"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid day of a month {input:?}: {reason}")]
pub struct MonthDayError {
    input: String,
    reason: String,
}

/// A day of a month with no year: "12 jun" in a dateline. On the wire ISO 8601's `--MM-DD`
/// (`"--06-12"`); 29 February is allowed.
///
/// ```
/// use regional_conference::date::{Date, MonthDay};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let twelfth: MonthDay = "--06-12".parse()?;
/// assert_eq!((twelfth.month(), twelfth.day()), (6, 12));
/// assert!(twelfth.is_of("2023-06-12".parse::<Date>()?));
/// assert!(!twelfth.is_of("2023-06-13".parse::<Date>()?));
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MonthDay {
    month: u8,
    day: u8,
}

impl MonthDay {
    /// The month, 1 to 12.
    #[must_use]
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month.
    #[must_use]
    pub fn day(self) -> u8 {
        self.day
    }

    /// Whether `date` falls on this day of this month, in whatever year.
    #[must_use]
    pub fn is_of(self, date: Date) -> bool {
        date.month() == self.month && date.day() == self.day
    }
}

impl std::str::FromStr for MonthDay {
    type Err = MonthDayError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let fail = |reason: String| MonthDayError {
            input: echo(s),
            reason,
        };
        let syntax = || fail("expected --MM-DD".to_owned());
        let rest = s.strip_prefix("--").ok_or_else(syntax)?;
        let (m, d) = rest.split_once('-').ok_or_else(syntax)?;
        let two = |x: &str| {
            (x.len() == 2 && x.bytes().all(|b| b.is_ascii_digit()))
                .then(|| x.parse::<u8>().ok())
                .flatten()
        };
        let (month, day) = (two(m).ok_or_else(syntax)?, two(d).ok_or_else(syntax)?);
        let month_name = time::Month::try_from(month)
            .ok()
            .ok_or_else(|| fail(format!("month {month} is outside 1–12")))?;
        // A leap year allows every day any year allows.
        let days = time::util::days_in_month(month_name, 2000);
        if day == 0 || day > days {
            return Err(fail(format!("{month_name} has no day {day}")));
        }
        Ok(Self { month, day })
    }
}

impl fmt::Display for MonthDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "--{:02}-{:02}", self.month, self.day)
    }
}

impl Serialize for MonthDay {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for MonthDay {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MonthDayVisitor;
        impl serde::de::Visitor<'_> for MonthDayVisitor {
            type Value = MonthDay;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a day of a month as --MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<MonthDay, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(MonthDayVisitor)
    }
}

impl schemars::JsonSchema for MonthDay {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("MonthDay")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A day of a month with no year, --MM-DD (ISO 8601).",
            "pattern": "^--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
        })
    }
}
