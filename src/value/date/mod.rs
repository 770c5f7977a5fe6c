//! Calendar dates, partial dates, date ranges and year ranges.
//!
//! - [`Date`]: a day, `YYYY-MM-DD` ([ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html)),
//!   years 1900 to 2200.
//! - [`PartialDate`]: a date known only to the year (`2014`), the month (`2012-11`) or the day.
//! - [`DateRange`]: an inclusive span of days, such as the three days of a conference.
//! - [`YearRange`]: an inclusive span of years, such as a strategy period (`2014–16`).
//!
//! # Examples
//!
//! ```
//! use regional_conference::date::{DateRange, PartialDate, Precision, YearRange};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let conference = DateRange::new("2013-05-14".parse()?, "2013-05-16".parse()?)?;
//! assert_eq!(conference.days(), 3);
//! assert_eq!(conference.to_string(), "14–16 May 2013");
//!
//! let period: YearRange = "2014-16".parse()?;
//! assert_eq!(period.years(), 3);
//! assert_eq!(period.to_string(), "2014–16");
//!
//! let signed: PartialDate = "2012-11".parse()?;
//! assert_eq!(signed.precision(), Precision::Month);
//! # Ok(())
//! # }
//! ```

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};
use time::Month;

use crate::util::echo;

/// The first year a [`Date`], [`PartialDate`] or [`YearRange`] may name.
pub const MIN_YEAR: u16 = 1900;
/// The last year a [`Date`], [`PartialDate`] or [`YearRange`] may name.
pub const MAX_YEAR: u16 = 2200;

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_name(month: Month) -> &'static str {
    MONTH_NAMES
        .get(usize::from(u8::from(month)) - 1)
        .copied()
        .unwrap_or_default()
}

/// The error returned when a string or numbers do not make a valid date.
///
/// ```
/// use regional_conference::date::Date;
///
/// assert_eq!(
///     Date::parse("2013-02-30").unwrap_err().to_string(),
///     "invalid date \"2013-02-30\": February 2013 has no day 30"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid date {input:?}: {reason}")]
pub struct DateError {
    input: String,
    reason: DateErrorReason,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum DateErrorReason {
    #[error("expected YYYY-MM-DD")]
    FullSyntax,
    #[error("expected YYYY, YYYY-MM or YYYY-MM-DD")]
    PartialSyntax,
    #[error("year {0} is outside {MIN_YEAR}–{MAX_YEAR}")]
    YearRange(i64),
    #[error("month {0} is outside 1–12")]
    Month(u32),
    #[error("{0} {1} has no day {2}")]
    Day(&'static str, u16, u32),
}

fn date_error(input: &str, reason: DateErrorReason) -> DateError {
    DateError {
        input: echo(input),
        reason,
    }
}

/// Parses a non-empty run of ASCII digits (callers check the length).
fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn check_year(input: &str, year: u32) -> Result<u16, DateError> {
    match u16::try_from(year) {
        Ok(y) if (MIN_YEAR..=MAX_YEAR).contains(&y) => Ok(y),
        _ => Err(date_error(input, DateErrorReason::YearRange(year.into()))),
    }
}

fn check_month(input: &str, month: u32) -> Result<Month, DateError> {
    u8::try_from(month)
        .ok()
        .and_then(|m| Month::try_from(m).ok())
        .ok_or_else(|| date_error(input, DateErrorReason::Month(month)))
}

fn make_date(input: &str, year: u32, month: u32, day: u32) -> Result<Date, DateError> {
    let y = check_year(input, year)?;
    let m = check_month(input, month)?;
    u8::try_from(day)
        .ok()
        .and_then(|d| time::Date::from_calendar_date(i32::from(y), m, d).ok())
        .map(Date)
        .ok_or_else(|| date_error(input, DateErrorReason::Day(month_name(m), y, day)))
}

/// A calendar day between 1900-01-01 and 2200-12-31, written `YYYY-MM-DD`.
///
/// # Examples
///
/// ```
/// use regional_conference::date::Date;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let published = Date::new(2013, 5, 16)?;
/// assert_eq!(published.to_string(), "2013-05-16");
/// assert_eq!(published, "2013-05-16".parse()?);
/// assert_eq!(published.year(), 2013);
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(time::Date);

impl Date {
    /// The first day the crate represents, 1 January 1900.
    pub const FIRST: Date = Date(
        match time::Date::from_calendar_date(MIN_YEAR as i32, time::Month::January, 1) {
            Ok(d) => d,
            Err(_) => panic!("1 January 1900 exists"),
        },
    );

    /// The last day the crate represents, 31 December 2200.
    pub const LAST: Date = Date(
        match time::Date::from_calendar_date(MAX_YEAR as i32, time::Month::December, 31) {
            Ok(d) => d,
            Err(_) => panic!("31 December 2200 exists"),
        },
    );

    /// The date with this year, month (1–12) and day.
    ///
    /// # Errors
    ///
    /// Returns [`DateError`] if the year is outside 1900–2200 or the day does not exist.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Self, DateError> {
        let input = format!("{year:04}-{month:02}-{day:02}");
        make_date(&input, year.into(), month.into(), day.into())
    }

    /// Parses `YYYY-MM-DD`.
    ///
    /// # Errors
    ///
    /// Returns [`DateError`] if `s` is not of that form, or names a day that does not exist or
    /// lies outside 1900–2200.
    pub fn parse(s: &str) -> Result<Self, DateError> {
        match PartialDate::parse(s) {
            Ok(p) => p
                .to_date()
                .ok_or_else(|| date_error(s, DateErrorReason::FullSyntax)),
            Err(e) if e.reason == DateErrorReason::PartialSyntax => {
                Err(date_error(s, DateErrorReason::FullSyntax))
            }
            Err(e) => Err(e),
        }
    }

    /// The year.
    #[must_use]
    pub fn year(self) -> u16 {
        u16::try_from(self.0.year()).unwrap_or_default()
    }

    /// The month, 1 to 12.
    #[must_use]
    pub fn month(self) -> u8 {
        u8::from(self.0.month())
    }

    /// The day of the month, 1 to 31.
    #[must_use]
    pub fn day(self) -> u8 {
        self.0.day()
    }

    /// The English name of the month, such as `"May"`.
    #[must_use]
    pub fn month_name(self) -> &'static str {
        month_name(self.0.month())
    }

    /// The same day as a [`time::Date`], for date arithmetic.
    #[must_use]
    pub fn to_time(self) -> time::Date {
        self.0
    }
}

impl TryFrom<time::Date> for Date {
    type Error = DateError;

    fn try_from(date: time::Date) -> Result<Self, Self::Error> {
        match u16::try_from(date.year()) {
            Ok(year) => Self::new(year, u8::from(date.month()), date.day()),
            Err(_) => Err(date_error(
                &format!(
                    "{}{:04}-{:02}-{:02}",
                    if date.year() < 0 { "-" } else { "" },
                    date.year().unsigned_abs(),
                    u8::from(date.month()),
                    date.day()
                ),
                DateErrorReason::YearRange(date.year().into()),
            )),
        }
    }
}

impl From<Date> for time::Date {
    fn from(date: Date) -> Self {
        date.0
    }
}

crate::util::from_static!(
    Date,
    "regional_conference::date::Date",
    "2013-05-16",
    "2013-02-30",
    "Date::from_static: invalid date \"2013-02-30\": February 2013 has no day 30",
    parse
);

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Date({self})")
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<&str> for Date {
    type Error = DateError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        Self::parse(s)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;
        impl serde::de::Visitor<'_> for DateVisitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date as YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Date, E> {
                Date::parse(v).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(DateVisitor)
    }
}

impl schemars::JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Date")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "description": "A calendar date, YYYY-MM-DD, between 1900-01-01 and 2200-12-31.",
            "pattern": "^(19[0-9]{2}|2[01][0-9]{2}|2200)-[0-9]{2}-[0-9]{2}$",
        })
    }
}

mod month_day;
mod partial;
mod range;
mod relative;

pub use month_day::{MonthDay, MonthDayError};
pub use partial::{PartialDate, Precision};
pub(crate) use range::Span;
pub use range::{DateRange, PartialRange, RangeError, YearRange};
pub use relative::{Anchor, AnchorBasis, DayEnd, RelativeDay, Weekday};
