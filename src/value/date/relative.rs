//! A day a source gives relative to its own publication: "yesterday", "tomorrow", "on Monday"
//! (since vocabulary 1.2).

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::Date;
use crate::id::SourceId;
use crate::text::Text;

/// A day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Weekday {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

crate::util::wire_names!(Weekday, "regional_conference::date::Weekday", {
        Monday => "monday",
        Tuesday => "tuesday",
        Wednesday => "wednesday",
        Thursday => "thursday",
        Friday => "friday",
        Saturday => "saturday",
        Sunday => "sunday",
});

impl Weekday {
    /// The day of the week of `date`.
    #[must_use]
    pub fn of(date: Date) -> Self {
        match date.to_time().weekday() {
            time::Weekday::Monday => Self::Monday,
            time::Weekday::Tuesday => Self::Tuesday,
            time::Weekday::Wednesday => Self::Wednesday,
            time::Weekday::Thursday => Self::Thursday,
            time::Weekday::Friday => Self::Friday,
            time::Weekday::Saturday => Self::Saturday,
            time::Weekday::Sunday => Self::Sunday,
        }
    }
}

/// Which day of a span a relative day gives: the first (the default) or the last ("the summit
/// concluded today"; since 1.2).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DayEnd {
    /// The first day: the day a session, an event or a version of the dates began.
    #[default]
    First,
    /// The last day: the day it ended.
    Last,
}

crate::util::wire_names!(DayEnd, "regional_conference::date::DayEnd", {
        First => "first",
        Last => "last",
});

impl DayEnd {
    /// Whether this is the default, [`DayEnd::First`] (left out on the wire).
    #[must_use]
    pub fn is_first(&self) -> bool {
        *self == DayEnd::First
    }
}

/// How the day a relative day counts from is known, where the source prints no full
/// publication day (since 1.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AnchorBasis {
    /// The source's dateline ("Buenos Aires, 12 jun (EFE)"), its year resolved where the
    /// dateline gives none.
    Dateline,
    /// A date stamp in the source's address (`/2024/02/26/`, `stories/202402270404`).
    Url,
}

crate::util::wire_names!(AnchorBasis, "regional_conference::date::AnchorBasis", {
        Dateline => "dateline",
        Url => "url",
});

/// The day a source's relative words count from, where its publication day is not printed
/// in full: the day, and how it is known (since 1.2). `date.relative.mismatch` checks the
/// resolution against it instead of the publication day.
///
/// ```
/// use regional_conference::date::{Anchor, AnchorBasis};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let anchor: Anchor = serde_json::from_str(r#"{"day": "2024-02-27", "from": "url"}"#)?;
/// assert_eq!(anchor.from, AnchorBasis::Url);
/// assert_eq!(anchor.day.to_string(), "2024-02-27");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "an anchor: an object with its \"day\" and where it is known \"from\""
)]
#[non_exhaustive]
pub struct Anchor {
    /// The day the words count from.
    pub day: Date,
    /// How that day is known.
    pub from: AnchorBasis,
}

impl Anchor {
    /// The day `day`, known from `from`.
    #[must_use]
    pub fn new(day: Date, from: AnchorBasis) -> Self {
        Self { day, from }
    }
}

/// How a source gave a day: by its words, relative to the source's publication, as a number of
/// days from it ("yesterday" is −1, "tomorrow" 1, "today" 0) or a day of the week ("on
/// Monday", the Monday nearest the publication, within a week either side).
///
/// The fact keeps the day it resolves to in its own date field (a role's `date`, a decision's
/// `decided_on`, a claim's or an event's first day); `relative` says how the source put it, so
/// that the resolution can be checked (`date.relative.mismatch`) rather than trusted.
///
/// # Examples
///
/// ```
/// use regional_conference::date::{RelativeDay, Weekday};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let sunday: RelativeDay = serde_json::from_str(
///     r#"{"words": "dimanche", "weekday": "sunday", "source": "wmc-2024-02-26"}"#,
/// )?;
/// assert_eq!(sunday.weekday, Some(Weekday::Sunday));
/// assert_eq!(sunday.resolves("2024-02-25".parse()?, "2024-02-26".parse()?), true);
/// assert_eq!(sunday.resolves("2024-02-26".parse()?, "2024-02-26".parse()?), false);
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(
    try_from = "RelativeDayRepr",
    into = "RelativeDayRepr",
    expecting = "a relative day: an object with its \"words\", \"source\" and \"offset\" or \"weekday\""
)]
#[non_exhaustive]
pub struct RelativeDay {
    /// The source's words ("hier", "on Monday").
    pub words: Text,
    /// The source whose publication day the words are relative to.
    pub source: SourceId,
    /// Days from the publication day: −1 for "yesterday", 1 for "tomorrow".
    pub offset: Option<i16>,
    /// The day of the week the words name.
    pub weekday: Option<Weekday>,
    /// Which day of the span the words give: the first (the default) or the last (since 1.2).
    pub gives: DayEnd,
    /// The day the words count from, where the source prints no full publication day (since
    /// 1.2).
    pub anchor: Option<Anchor>,
}

impl RelativeDay {
    /// Words that name a number of days from the source's publication ("hier": −1).
    #[must_use]
    pub fn days(words: Text, source: SourceId, offset: i16) -> Self {
        Self {
            words,
            source,
            offset: Some(offset),
            weekday: None,
            gives: DayEnd::First,
            anchor: None,
        }
    }

    /// Words that name a day of the week ("dimanche": Sunday).
    #[must_use]
    pub fn on(words: Text, source: SourceId, weekday: Weekday) -> Self {
        Self {
            words,
            source,
            offset: None,
            weekday: Some(weekday),
            gives: DayEnd::First,
            anchor: None,
        }
    }

    /// Whether `day` is what the words say, given the source's publication day `published`:
    /// `offset` days from it, and on the named weekday within a week either side of it.
    #[must_use]
    pub fn resolves(&self, day: Date, published: Date) -> bool {
        let distance = (day.to_time() - published.to_time()).whole_days();
        let offset_holds = self.offset.is_none_or(|o| i64::from(o) == distance);
        let weekday_holds = self
            .weekday
            .is_none_or(|w| Weekday::of(day) == w && distance.abs() <= 7);
        offset_holds && weekday_holds
    }
}

impl fmt::Display for RelativeDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.words.as_str())
    }
}

#[derive(Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename = "RelativeDay")]
/// How a source gave a day, relative to its own publication: its words, and a number of days
/// from the publication day (`offset`) or a day of the week (`weekday`), or both.
struct RelativeDayRepr {
    /// The source's words ("hier", "on Monday").
    words: Text,
    /// The source whose publication day the words are relative to.
    source: SourceId,
    /// Days from the publication day: −1 for "yesterday", 1 for "tomorrow".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    offset: Option<i16>,
    /// The day of the week the words name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    weekday: Option<Weekday>,
    /// Which day of the span the words give: `first` (the default) or `last` (since 1.2).
    #[serde(default, skip_serializing_if = "DayEnd::is_first")]
    gives: DayEnd,
    /// The day the words count from, where the source prints no full publication day, and
    /// how it is known (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    anchor: Option<Anchor>,
}

impl TryFrom<RelativeDayRepr> for RelativeDay {
    type Error = &'static str;
    fn try_from(r: RelativeDayRepr) -> Result<Self, Self::Error> {
        if r.offset.is_none() && r.weekday.is_none() {
            return Err("a relative day names an `offset` or a `weekday`");
        }
        Ok(Self {
            words: r.words,
            source: r.source,
            offset: r.offset,
            weekday: r.weekday,
            gives: r.gives,
            anchor: r.anchor,
        })
    }
}

impl From<RelativeDay> for RelativeDayRepr {
    fn from(d: RelativeDay) -> Self {
        Self {
            words: d.words,
            source: d.source,
            offset: d.offset,
            weekday: d.weekday,
            gives: d.gives,
            anchor: d.anchor,
        }
    }
}

impl schemars::JsonSchema for RelativeDay {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("RelativeDay")
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = RelativeDayRepr::json_schema(generator);
        let properties = schema.get("properties").cloned().unwrap_or_default();
        let branch = |field: &str| {
            serde_json::json!({
                "type": "object",
                "properties": {field: properties.get(field).cloned().unwrap_or(serde_json::Value::Bool(true))},
                "required": [field],
            })
        };
        schema.insert(
            "anyOf".to_owned(),
            serde_json::Value::Array(vec![branch("offset"), branch("weekday")]),
        );
        schema
    }
}
