//! Spans of days and of years.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::util::echo;

use super::{Date, DateError, MAX_YEAR, MIN_YEAR, PartialDate, digits};

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
    #[error("give at least one end")]
    NoEnd,
    #[error("both ends are full days: write a date range")]
    FullDays,
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
#[serde(
    deny_unknown_fields,
    rename = "DateRange",
    expecting = "a span of days: an object with its \"start\" and \"end\""
)]
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

/// A span of days whose ends are known only in part: to the month or the year, or on one side
/// only ("the conference opened on 14 May", "held in May 2013 over three days").
///
/// On the wire an object `{"start": "2013-05", "end": "2013-05"}` or `{"start": "2013-05-14"}`,
/// each end a [`PartialDate`]. At least one end is known, and the start's earliest day is
/// not after the end's latest. A span with both ends full days is a [`DateRange`], and
/// [`PartialRange::new`] refuses it, so that each span has one form.
///
/// ```
/// use regional_conference::date::{PartialDate, PartialRange};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let may = PartialRange::new(Some("2013-05".parse()?), None)?;
/// assert_eq!(may.to_string(), "from 2013-05");
/// assert_eq!(may.earliest().to_string(), "2013-05-01");
/// assert_eq!(
///     PartialRange::new(Some("2013-05-16".parse()?), Some("2013-05-14".parse()?))
///         .unwrap_err()
///         .to_string(),
///     "invalid partial date range \"2013-05-16/2013-05-14\": end 2013-05-14 is before start 2013-05-16"
/// );
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "PartialRangeRepr", into = "PartialRangeRepr")]
pub struct PartialRange {
    start: Option<PartialDate>,
    end: Option<PartialDate>,
}

/// A span of days whose ends are known only in part: one end or both, each `YYYY`, `YYYY-MM`
/// or `YYYY-MM-DD`.
#[derive(Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename = "PartialRange",
    expecting = "a span of days: an object with a \"start\", an \"end\" or both"
)]
struct PartialRangeRepr {
    /// The first day, as far as it is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    start: Option<PartialDate>,
    /// The last day, as far as it is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    end: Option<PartialDate>,
}

/// A span read from an object of two ends: exact days when both ends are full days (so that
/// each span has one form), else a partial span.
pub(crate) enum Span {
    /// Both ends are days.
    Days(DateRange),
    /// An end is partial or missing.
    Partial(PartialRange),
}

impl Span {
    /// Reads the ends from `map`, an object `{"start": …, "end": …}`.
    pub(crate) fn read<'de, A: serde::de::MapAccess<'de>>(map: A) -> Result<Self, A::Error> {
        let PartialRangeRepr { start, end } =
            PartialRangeRepr::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
        let full = |d: Option<PartialDate>| d.and_then(PartialDate::to_date);
        match (full(start), full(end)) {
            (Some(s), Some(e)) => DateRange::new(s, e).map(Span::Days),
            _ => PartialRange::new(start, end).map(Span::Partial),
        }
        .map_err(serde::de::Error::custom)
    }
}

impl TryFrom<PartialRangeRepr> for PartialRange {
    type Error = RangeError;
    fn try_from(r: PartialRangeRepr) -> Result<Self, Self::Error> {
        Self::new(r.start, r.end)
    }
}

impl From<PartialRange> for PartialRangeRepr {
    fn from(r: PartialRange) -> Self {
        Self {
            start: r.start,
            end: r.end,
        }
    }
}

impl PartialRange {
    /// The span from `start` to `end`, either of which may be unknown.
    ///
    /// # Errors
    ///
    /// Returns [`RangeError`] if neither end is known, if both are full days (that is a
    /// [`DateRange`]), or if the start's earliest day is after the end's latest.
    pub fn new(start: Option<PartialDate>, end: Option<PartialDate>) -> Result<Self, RangeError> {
        let input = format!(
            "{}/{}",
            start.map(|d| d.to_string()).unwrap_or_default(),
            end.map(|d| d.to_string()).unwrap_or_default()
        );
        let fail = |reason| RangeError {
            what: "partial date range",
            input: input.clone(),
            reason,
        };
        match (start, end) {
            (None, None) => return Err(fail(RangeErrorReason::NoEnd)),
            (Some(s), Some(e))
                if s.to_date().is_some() && e.to_date().is_some() && e.latest() >= s.earliest() =>
            {
                return Err(fail(RangeErrorReason::FullDays));
            }
            _ => {}
        }
        if let (Some(s), Some(e)) = (start, end)
            && e.latest() < s.earliest()
        {
            return Err(fail(RangeErrorReason::Order {
                start: s.to_string(),
                end: e.to_string(),
            }));
        }
        Ok(Self { start, end })
    }

    /// The start, as far as it is known.
    #[must_use]
    pub fn start(self) -> Option<PartialDate> {
        self.start
    }

    /// The end, as far as it is known.
    #[must_use]
    pub fn end(self) -> Option<PartialDate> {
        self.end
    }

    /// The earliest day the span can begin; with no known start, the earliest day the crate
    /// represents (1 January 1900), so that no check reads an unknown start as a fact.
    #[must_use]
    pub fn earliest(self) -> Date {
        self.start.map_or(Date::FIRST, PartialDate::earliest)
    }

    /// The latest day the span can end; with no known end, the last day the crate represents
    /// (31 December 2200).
    #[must_use]
    pub fn latest(self) -> Date {
        self.end.map_or(Date::LAST, PartialDate::latest)
    }
}

impl fmt::Display for PartialRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.start, self.end) {
            (Some(s), Some(e)) => write!(f, "{s} – {e}"),
            (Some(s), None) => write!(f, "from {s}"),
            (None, Some(e)) => write!(f, "until {e}"),
            (None, None) => f.write_str("unknown"),
        }
    }
}

impl schemars::JsonSchema for PartialRange {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("PartialRange")
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = PartialRangeRepr::json_schema(generator);
        schema.insert("minProperties".to_owned(), serde_json::json!(1));
        schema
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
