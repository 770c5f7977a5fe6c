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
use std::cmp::Ordering;
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

/// How precisely a [`PartialDate`] is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// Only the year is known (`2014`).
    Year,
    /// The year and month are known (`2012-11`).
    Month,
    /// The exact day is known (`2013-05-16`).
    Day,
}

/// A date known to the year, the month or the day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
///
/// Sources often give less than a full date: "in November 2012", "in 2014". A partial date says
/// exactly what is known, no more. Partial dates order by their earliest day, then by precision
/// (`2014` sorts before `2014-01`, which sorts before `2014-01-01`).
///
/// # Examples
///
/// ```
/// use regional_conference::date::{PartialDate, Precision};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let signed: PartialDate = "2012-11".parse()?;
/// assert_eq!(signed.year(), 2012);
/// assert_eq!(signed.month(), Some(11));
/// assert_eq!(signed.day(), None);
/// assert_eq!(signed.earliest().to_string(), "2012-11-01");
/// assert_eq!(signed.latest().to_string(), "2012-11-30");
/// assert_eq!(signed.to_string(), "2012-11");
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: u16,
    month: Option<Month>,
    day: Option<u8>,
}

impl PartialDate {
    /// A date known only to the year.
    ///
    /// # Errors
    ///
    /// Returns [`DateError`] if the year is outside 1900–2200.
    pub fn year_only(year: u16) -> Result<Self, DateError> {
        let y = check_year(&year.to_string(), year.into())?;
        Ok(Self {
            year: y,
            month: None,
            day: None,
        })
    }

    /// A date known to the month (1–12).
    ///
    /// # Errors
    ///
    /// Returns [`DateError`] if the year is outside 1900–2200 or the month outside 1–12.
    pub fn year_month(year: u16, month: u8) -> Result<Self, DateError> {
        let input = format!("{year:04}-{month:02}");
        let y = check_year(&input, year.into())?;
        let m = check_month(&input, month.into())?;
        Ok(Self {
            year: y,
            month: Some(m),
            day: None,
        })
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    ///
    /// # Errors
    ///
    /// Returns [`DateError`] if `s` has none of these forms or names a date that does not exist
    /// or lies outside 1900–2200.
    pub fn parse(s: &str) -> Result<Self, DateError> {
        let syntax = || date_error(s, DateErrorReason::PartialSyntax);
        let mut parts = s.split('-');
        let year_part = parts.next().unwrap_or_default();
        if year_part.len() != 4 {
            return Err(syntax());
        }
        let year = digits(year_part).ok_or_else(syntax)?;
        let month_part = parts.next();
        let day_part = parts.next();
        if parts.next().is_some() {
            return Err(syntax());
        }
        let two = |p: &str| {
            if p.len() == 2 {
                digits(p).ok_or_else(syntax)
            } else {
                Err(syntax())
            }
        };
        match (month_part, day_part) {
            (None, _) => Ok(Self {
                year: check_year(s, year)?,
                month: None,
                day: None,
            }),
            (Some(m), None) => {
                let month = two(m)?;
                Ok(Self {
                    year: check_year(s, year)?,
                    month: Some(check_month(s, month)?),
                    day: None,
                })
            }
            (Some(m), Some(d)) => {
                let month = two(m)?;
                let day = two(d)?;
                Ok(make_date(s, year, month, day)?.into())
            }
        }
    }

    /// The year.
    #[must_use]
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month (1–12), if known.
    #[must_use]
    pub fn month(self) -> Option<u8> {
        self.month.map(u8::from)
    }

    /// The day of the month, if known.
    #[must_use]
    pub fn day(self) -> Option<u8> {
        self.day
    }

    /// How precisely the date is known.
    #[must_use]
    pub fn precision(self) -> Precision {
        match (self.month, self.day) {
            (None, _) => Precision::Year,
            (Some(_), None) => Precision::Month,
            (Some(_), Some(_)) => Precision::Day,
        }
    }

    /// The exact day, when the date is known to the day.
    #[must_use]
    pub fn to_date(self) -> Option<Date> {
        let day = self.day?;
        time::Date::from_calendar_date(i32::from(self.year), self.month?, day)
            .ok()
            .map(Date)
    }

    /// The first day the date may denote (1 January for a year, the 1st for a month).
    #[must_use]
    pub fn earliest(self) -> Date {
        let month = self.month.unwrap_or(Month::January);
        let day = self.day.unwrap_or(1);
        time::Date::from_calendar_date(i32::from(self.year), month, day)
            .map_or(Date(time::Date::MIN), Date)
    }

    /// The last day the date may denote (31 December for a year, the month's last day for a
    /// month).
    #[must_use]
    pub fn latest(self) -> Date {
        let year = i32::from(self.year);
        let month = self.month.unwrap_or(Month::December);
        let day = self
            .day
            .unwrap_or_else(|| time::util::days_in_month(month, year));
        time::Date::from_calendar_date(year, month, day).map_or(Date(time::Date::MAX), Date)
    }
}

impl From<Date> for PartialDate {
    fn from(date: Date) -> Self {
        Self {
            year: date.year(),
            month: Some(date.0.month()),
            day: Some(date.day()),
        }
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.earliest()
            .cmp(&other.earliest())
            .then(self.precision().cmp(&other.precision()))
    }
}

crate::util::from_static!(
    PartialDate,
    "regional_conference::date::PartialDate",
    "2012-11",
    "2012-13",
    "PartialDate::from_static: invalid date \"2012-13\": month 13 is outside 1–12",
    parse
);

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{:02}", u8::from(m))?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PartialDate({self})")
    }
}

impl std::str::FromStr for PartialDate {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<&str> for PartialDate {
    type Error = DateError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        Self::parse(s)
    }
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PartialDateVisitor;
        impl serde::de::Visitor<'_> for PartialDateVisitor {
            type Value = PartialDate;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date as YYYY, YYYY-MM or YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<PartialDate, E> {
                PartialDate::parse(v).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(PartialDateVisitor)
    }
}

impl schemars::JsonSchema for PartialDate {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("PartialDate")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A date known to the year (YYYY), the month (YYYY-MM) or the day (YYYY-MM-DD), years 1900 to 2200.",
            "anyOf": [
                {"type": "string", "pattern": "^(19[0-9]{2}|2[01][0-9]{2}|2200)(-(0[1-9]|1[0-2]))?$"},
                {"type": "string", "pattern": "^(19[0-9]{2}|2[01][0-9]{2}|2200)-[0-9]{2}-[0-9]{2}$", "format": "date"},
            ],
        })
    }
}

/// The error returned when a date range or year range is not valid.
///
/// ```
/// use regional_conference::date::YearRange;
///
/// assert_eq!(
///     YearRange::new(2016, 2014).unwrap_err().to_string(),
///     "invalid year range \"2016–2014\": end 2014 is before start 2016"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {what} {input:?}: {reason}")]
pub struct RangeError {
    what: &'static str,
    input: String,
    reason: RangeErrorReason,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum RangeErrorReason {
    #[error("end {end} is before start {start}")]
    Order { start: String, end: String },
    #[error("expected YYYY, YYYY-YY or YYYY-YYYY (with a hyphen or an en dash)")]
    YearSyntax,
    #[error("expected START/END, each YYYY-MM-DD")]
    DateSyntax,
    #[error("year {0} is outside {MIN_YEAR}–{MAX_YEAR}")]
    Year(u32),
    #[error(transparent)]
    Date(DateError),
}

/// An inclusive span of days, such as the days a conference sat: start ≤ end.
///
/// On the wire an object `{"start": "2013-05-14", "end": "2013-05-16"}`; `FromStr` also reads the
/// ISO 8601 interval `2013-05-14/2013-05-16`. `Display` writes the span as people read it.
///
/// # Examples
///
/// ```
/// use regional_conference::date::{Date, DateRange};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let budapest = DateRange::new(Date::new(2013, 5, 14)?, Date::new(2013, 5, 16)?)?;
/// assert_eq!(budapest.days(), 3);
/// assert_eq!(budapest.to_string(), "14–16 May 2013");
///
/// let across: DateRange = "2015-04-30/2015-05-02".parse()?;
/// assert_eq!(across.to_string(), "30 April – 2 May 2015");
///
/// let backwards = DateRange::new(Date::new(2013, 5, 16)?, Date::new(2013, 5, 14)?).unwrap_err();
/// assert_eq!(
///     backwards.to_string(),
///     "invalid date range \"2013-05-16/2013-05-14\": end 2013-05-14 is before start 2013-05-16"
/// );
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "DateRangeRepr", into = "DateRangeRepr")]
pub struct DateRange {
    start: Date,
    end: Date,
}

#[derive(Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename = "DateRange")]
/// An inclusive span of days: start ≤ end.
struct DateRangeRepr {
    /// The first day.
    start: Date,
    /// The last day (the same as the first for a one-day event).
    end: Date,
}

impl TryFrom<DateRangeRepr> for DateRange {
    type Error = RangeError;
    fn try_from(r: DateRangeRepr) -> Result<Self, Self::Error> {
        Self::new(r.start, r.end)
    }
}

impl From<DateRange> for DateRangeRepr {
    fn from(r: DateRange) -> Self {
        Self {
            start: r.start,
            end: r.end,
        }
    }
}

impl DateRange {
    /// The days from `start` to `end`, both included.
    ///
    /// # Errors
    ///
    /// Returns [`RangeError`] if `end` is before `start`.
    pub fn new(start: Date, end: Date) -> Result<Self, RangeError> {
        if end < start {
            return Err(RangeError {
                what: "date range",
                input: format!("{start}/{end}"),
                reason: RangeErrorReason::Order {
                    start: start.to_string(),
                    end: end.to_string(),
                },
            });
        }
        Ok(Self { start, end })
    }

    /// A range of one day.
    #[must_use]
    pub fn single(day: Date) -> Self {
        Self {
            start: day,
            end: day,
        }
    }

    /// The first day.
    #[must_use]
    pub fn start(self) -> Date {
        self.start
    }

    /// The last day.
    #[must_use]
    pub fn end(self) -> Date {
        self.end
    }

    /// How many days the range spans, both ends included (3 for 14–16 May).
    #[must_use]
    pub fn days(self) -> u32 {
        let span = (self.end.0 - self.start.0).whole_days();
        u32::try_from(span).unwrap_or(0) + 1
    }

    /// Whether `day` falls within the range.
    #[must_use]
    pub fn contains(self, day: Date) -> bool {
        self.start <= day && day <= self.end
    }
}

impl fmt::Display for DateRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (s, e) = (self.start, self.end);
        if s == e {
            write!(f, "{} {} {}", s.day(), s.month_name(), s.year())
        } else if s.year() == e.year() && s.month() == e.month() {
            write!(f, "{}–{} {} {}", s.day(), e.day(), e.month_name(), e.year())
        } else if s.year() == e.year() {
            write!(
                f,
                "{} {} – {} {} {}",
                s.day(),
                s.month_name(),
                e.day(),
                e.month_name(),
                e.year()
            )
        } else {
            write!(
                f,
                "{} {} {} – {} {} {}",
                s.day(),
                s.month_name(),
                s.year(),
                e.day(),
                e.month_name(),
                e.year()
            )
        }
    }
}

impl std::str::FromStr for DateRange {
    type Err = RangeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let fail = |reason| RangeError {
            what: "date range",
            input: echo(s),
            reason,
        };
        let (a, b) = s
            .split_once('/')
            .ok_or_else(|| fail(RangeErrorReason::DateSyntax))?;
        let start = Date::parse(a).map_err(|e| fail(RangeErrorReason::Date(e)))?;
        let end = Date::parse(b).map_err(|e| fail(RangeErrorReason::Date(e)))?;
        Self::new(start, end)
    }
}

impl schemars::JsonSchema for DateRange {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("DateRange")
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        DateRangeRepr::json_schema(generator)
    }
}

/// An inclusive span of years, such as the period of a strategy: start ≤ end, 1900–2200.
///
/// On the wire an object `{"start": 2014, "end": 2016}`. `FromStr` reads the ways sources write
/// it: `2014-16`, `2014–16`, `2014-2016`, `2014–2016`, or one year `2014`. A two-digit end is in
/// the start's century, or in the next when that makes a span of under ten years (`1998-01` is
/// 1998 to 2001; `2016-14` is backwards and rejected).
/// `Display` writes `2014–16` within a century and `1998–2001` across one.
///
/// # Examples
///
/// ```
/// use regional_conference::date::YearRange;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let period: YearRange = "2014–2016".parse()?;
/// assert_eq!((period.start(), period.end(), period.years()), (2014, 2016, 3));
/// assert_eq!(period.to_string(), "2014–16");
/// assert_eq!(period, "2014-16".parse()?);
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "YearRangeRepr", into = "YearRangeRepr")]
pub struct YearRange {
    start: u16,
    end: u16,
}

#[derive(Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename = "YearRange")]
/// An inclusive span of years: start ≤ end.
struct YearRangeRepr {
    /// The first year.
    #[schemars(range(min = 1900, max = 2200))]
    start: u16,
    /// The last year (the same as the first for a one-year span).
    #[schemars(range(min = 1900, max = 2200))]
    end: u16,
}

impl TryFrom<YearRangeRepr> for YearRange {
    type Error = RangeError;
    fn try_from(r: YearRangeRepr) -> Result<Self, Self::Error> {
        Self::new(r.start, r.end)
    }
}

impl From<YearRange> for YearRangeRepr {
    fn from(r: YearRange) -> Self {
        Self {
            start: r.start,
            end: r.end,
        }
    }
}

impl YearRange {
    /// The years from `start` to `end`, both included.
    ///
    /// # Errors
    ///
    /// Returns [`RangeError`] if a year is outside 1900–2200 or `end` is before `start`.
    pub fn new(start: u16, end: u16) -> Result<Self, RangeError> {
        let fail = |reason| RangeError {
            what: "year range",
            input: format!("{start}–{end}"),
            reason,
        };
        for year in [start, end] {
            if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
                return Err(fail(RangeErrorReason::Year(year.into())));
            }
        }
        if end < start {
            return Err(fail(RangeErrorReason::Order {
                start: start.to_string(),
                end: end.to_string(),
            }));
        }
        Ok(Self { start, end })
    }

    /// The first year.
    #[must_use]
    pub fn start(self) -> u16 {
        self.start
    }

    /// The last year.
    #[must_use]
    pub fn end(self) -> u16 {
        self.end
    }

    /// How many years the range spans, both ends included (3 for 2014–16).
    #[must_use]
    pub fn years(self) -> u16 {
        self.end - self.start + 1
    }

    /// Whether `year` falls within the range.
    #[must_use]
    pub fn contains(self, year: u16) -> bool {
        self.start <= year && year <= self.end
    }
}

impl fmt::Display for YearRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.start == self.end {
            write!(f, "{}", self.start)
        } else if self.start / 100 == self.end / 100 {
            write!(f, "{}–{:02}", self.start, self.end % 100)
        } else {
            write!(f, "{}–{}", self.start, self.end)
        }
    }
}

impl std::str::FromStr for YearRange {
    type Err = RangeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let fail = |reason| RangeError {
            what: "year range",
            input: echo(s),
            reason,
        };
        let syntax = || fail(RangeErrorReason::YearSyntax);
        let (a, b) = match s.split_once(['-', '–']) {
            Some((a, b)) => (a, Some(b)),
            None => (s, None),
        };
        if a.len() != 4 {
            return Err(syntax());
        }
        let start = digits(a).ok_or_else(syntax)?;
        let start16 = u16::try_from(start).map_err(|_| syntax())?;
        let end16 = match b {
            None => start16,
            Some(b) if b.len() == 4 => {
                u16::try_from(digits(b).ok_or_else(syntax)?).map_err(|_| syntax())?
            }
            Some(b) if b.len() == 2 => {
                let two = u16::try_from(digits(b).ok_or_else(syntax)?).map_err(|_| syntax())?;
                let end = start16 - start16 % 100 + two;
                // "1998-01" crosses into the next century; "2016-14" is backwards, not a
                // 99-year span.
                if end < start16 && end + 100 - start16 < 10 {
                    end + 100
                } else {
                    end
                }
            }
            Some(_) => return Err(syntax()),
        };
        Self::new(start16, end16).map_err(|e| RangeError {
            input: echo(s),
            ..e
        })
    }
}

impl schemars::JsonSchema for YearRange {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("YearRange")
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        YearRangeRepr::json_schema(generator)
    }
}
