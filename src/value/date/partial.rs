//! Dates known to the year, the month or the day.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Serialize};

use time::Month;

use super::{
    Date, DateError, DateErrorReason, check_month, check_year, date_error, digits, make_date,
};

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
