//! Conferences: one session of a series — a regional conference, a general assembly, an
//! extraordinary session — with its venue, dates, attendance, delegations, agenda, statements
//! and decisions.
//!
//! # Examples
//!
//! ```
//! use regional_conference::{Conference, CountryCode, Text};
//! use regional_conference::conference::{AttendanceCount, ConferenceDates, ConferenceKind, Measure, Venue};
//! use regional_conference::count::Count;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut erc = Conference::new(
//!     "interpol-erc-42".parse()?,
//!     "interpol".parse()?,
//!     ConferenceKind::RegionalConference,
//!     Text::new("42nd European Regional Conference")?,
//!     ConferenceDates::Exact("2013-05-14/2013-05-16".parse()?),
//! );
//! erc.ordinal = Some("42".parse()?);
//! erc.venue = Some(Venue::in_city(Text::new("Budapest")?, CountryCode::from_static("HU")));
//! erc.attendance.push(AttendanceCount::new(Measure::Delegates, Count::exact(140)));
//! erc.attendance.push(AttendanceCount::new(Measure::Countries, "some 50".parse()?));
//! assert_eq!(erc.dates.to_string(), "14–16 May 2013");
//!
//! // A session known only to the year:
//! let early: ConferenceDates = serde_json::from_str(r#""1952""#)?;
//! assert_eq!(early.to_string(), "1952");
//! # Ok(())
//! # }
//! ```

use std::borrow::Cow;
use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::count::Count;
use crate::country::CountryCode;
use crate::date::{Date, DateRange, PartialDate};
use crate::decision::Decision;
use crate::delegation::Delegation;
use crate::extensions::Extensions;
use crate::id::{ConferenceId, OrganizationId, RegionId, SeriesId, SourceId};
use crate::marking::{MarkedParagraph, Marking};
use crate::ordinal::Ordinal;
use crate::statement::Statement;
use crate::text::Text;
use crate::topic::Topic;

/// What kind of session a conference is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ConferenceKind {
    /// A regional conference of an organisation's members in one region.
    RegionalConference,
    /// A general assembly of all members.
    GeneralAssembly,
    /// An extraordinary session.
    ExtraordinarySession,
    /// Any other meeting (a ministerial meeting, a symposium).
    Other,
}

crate::util::wire_names!(ConferenceKind, "regional_conference::conference::ConferenceKind", {
        RegionalConference => "regional_conference",
        GeneralAssembly => "general_assembly",
        ExtraordinarySession => "extraordinary_session",
        Other => "other",
});

/// When a session took place: exact days, or a year or month when that is all the sources say.
///
/// On the wire an object `{"start": "2013-05-14", "end": "2013-05-16"}` for exact days, or a
/// partial date string (`"1952"`, `"1952-06"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConferenceDates {
    /// The exact days.
    Exact(DateRange),
    /// Known only to the year or month (or a single day given as a date string).
    Approximate(PartialDate),
}

impl ConferenceDates {
    /// The first day the session may have begun on.
    #[must_use]
    pub fn earliest(self) -> Date {
        match self {
            Self::Exact(r) => r.start(),
            Self::Approximate(p) => p.earliest(),
        }
    }

    /// The last day the session may have ended on.
    #[must_use]
    pub fn latest(self) -> Date {
        match self {
            Self::Exact(r) => r.end(),
            Self::Approximate(p) => p.latest(),
        }
    }

    /// The year the session began.
    #[must_use]
    pub fn year(self) -> u16 {
        self.earliest().year()
    }

    /// The exact days, when known.
    #[must_use]
    pub fn exact(self) -> Option<DateRange> {
        match self {
            Self::Exact(r) => Some(r),
            Self::Approximate(_) => None,
        }
    }
}

impl From<DateRange> for ConferenceDates {
    fn from(r: DateRange) -> Self {
        Self::Exact(r)
    }
}

impl From<PartialDate> for ConferenceDates {
    fn from(p: PartialDate) -> Self {
        Self::Approximate(p)
    }
}

impl fmt::Display for ConferenceDates {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Exact(r) => r.fmt(f),
            Self::Approximate(p) => p.fmt(f),
        }
    }
}

impl Serialize for ConferenceDates {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Exact(r) => r.serialize(serializer),
            Self::Approximate(p) => p.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ConferenceDates {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DatesVisitor;
        impl<'de> Visitor<'de> for DatesVisitor {
            type Value = ConferenceDates;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "an object {\"start\": YYYY-MM-DD, \"end\": YYYY-MM-DD} or a date string YYYY, YYYY-MM or YYYY-MM-DD",
                )
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                PartialDate::parse(v)
                    .map(ConferenceDates::Approximate)
                    .map_err(E::custom)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                DateRange::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(ConferenceDates::Exact)
            }
        }
        deserializer.deserialize_any(DatesVisitor)
    }
}

impl schemars::JsonSchema for ConferenceDates {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("ConferenceDates")
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let range = generator.subschema_for::<DateRange>();
        let partial = generator.subschema_for::<PartialDate>();
        schemars::json_schema!({
            "description": "When a session took place: exact days, or a partial date when that is all the sources say.",
            "oneOf": [range, partial],
        })
    }
}

/// Where a session took place.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Venue {
    /// The city, as the source writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<Text>,
    /// Other spellings of the city's name (Kiev, Kyiv).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub city_other_names: Vec<Text>,
    /// The country.
    pub country: CountryCode,
    /// The building or site, such as a conference centre.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    /// The organisation that hosted the session, where it is not the city or country itself
    /// (a national police, a ministry).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<OrganizationId>,
}

impl Venue {
    /// A venue known only by its country.
    #[must_use]
    pub fn in_country(country: CountryCode) -> Self {
        Self {
            city: None,
            city_other_names: Vec::new(),
            country,
            name: None,
            host: None,
        }
    }

    /// A venue in a city.
    #[must_use]
    pub fn in_city(city: Text, country: CountryCode) -> Self {
        Self {
            city: Some(city),
            ..Self::in_country(country)
        }
    }
}

/// What an attendance figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Measure {
    /// Delegates.
    Delegates,
    /// Participants of any kind.
    Participants,
    /// Officials (senior law enforcement officials, ministers).
    Officials,
    /// Countries represented.
    Countries,
    /// Organisations represented.
    Organizations,
    /// Observers.
    Observers,
}

crate::util::wire_names!(Measure, "regional_conference::conference::Measure", {
        Delegates => "delegates",
        Participants => "participants",
        Officials => "officials",
        Countries => "countries",
        Organizations => "organizations",
        Observers => "observers",
});

/// One attendance figure as one or more sources state it.
///
/// Where sources disagree (one says 44 countries, another 46), each figure is a separate entry
/// with its own sources; none is dropped.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct AttendanceCount {
    /// What is counted.
    pub measure: Measure,
    /// The count, with its qualifier.
    pub count: Count,
    /// The sources that state it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl AttendanceCount {
    /// A figure with no source recorded.
    #[must_use]
    pub fn new(measure: Measure, count: Count) -> Self {
        Self {
            measure,
            count,
            sources: Vec::new(),
        }
    }
}

/// An item of the agenda.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct AgendaItem {
    /// Its title.
    pub title: Text,
    /// The topics it covers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Topic>,
    /// Points raised under it, as the source reports them; each may carry its own marking.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub points: Vec<MarkedParagraph>,
    /// Organisations (bodies, programmes, expert groups) presented or discussed under it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organizations: Vec<OrganizationId>,
    /// The sources that report it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl AgendaItem {
    /// An agenda item with its title.
    #[must_use]
    pub fn new(title: Text) -> Self {
        Self {
            title,
            topics: Vec::new(),
            points: Vec::new(),
            organizations: Vec::new(),
            sources: Vec::new(),
        }
    }
}

/// How another event relates to a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventRelation {
    /// Held alongside it, at the same place and time.
    CoLocated,
    /// The larger event it is part of.
    PartOf,
    /// An event that is part of it (a workshop, a ministerial segment).
    HasPart,
}

crate::util::wire_names!(EventRelation, "regional_conference::conference::EventRelation", {
        CoLocated => "co_located",
        PartOf => "part_of",
        HasPart => "has_part",
});

/// An event related to a session.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RelatedEvent {
    /// How it relates.
    pub relation: EventRelation,
    /// Its title.
    pub title: Text,
    /// The event, where the dataset holds it as a conference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conference: Option<ConferenceId>,
    /// When it took place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dates: Option<ConferenceDates>,
}

impl RelatedEvent {
    /// A related event with its relation and title.
    #[must_use]
    pub fn new(relation: EventRelation, title: Text) -> Self {
        Self {
            relation,
            title,
            conference: None,
            dates: None,
        }
    }
}

/// One session of a series: a regional conference, a general assembly, an extraordinary
/// session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Conference {
    /// The session's id.
    pub id: ConferenceId,
    /// Its handling marking; without one it takes the marking of what holds it (the
    /// dataset's default for an entity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<Marking>,
    /// The organisation that convened it.
    pub organizer: OrganizationId,
    /// What kind of session it is.
    pub kind: ConferenceKind,
    /// The series it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub series: Option<SeriesId>,
    /// Its number in the series (the 42nd).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordinal: Option<Ordinal>,
    /// The region, for a regional conference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<RegionId>,
    /// Its title.
    pub title: Text,
    /// Where it took place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<Venue>,
    /// When it took place.
    pub dates: ConferenceDates,
    /// Attendance figures, each with its sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendance: Vec<AttendanceCount>,
    /// The delegations that attended.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::util::shrunk"
    )]
    pub delegations: Vec<Delegation>,
    /// The crime areas and themes it reviewed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Topic>,
    /// Its agenda.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<AgendaItem>,
    /// What officials said at it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<Statement>,
    /// The decisions it took.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    /// Co-located, parent and child events.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related_events: Vec<RelatedEvent>,
    /// The sources that state these facts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// Data outside the vocabulary, kept exactly as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

impl Conference {
    /// A session with its required fields; the others are empty.
    #[must_use]
    pub fn new(
        id: ConferenceId,
        organizer: OrganizationId,
        kind: ConferenceKind,
        title: Text,
        dates: ConferenceDates,
    ) -> Self {
        Self {
            id,
            marking: None,
            organizer,
            kind,
            series: None,
            ordinal: None,
            region: None,
            title,
            venue: None,
            dates,
            attendance: Vec::new(),
            delegations: Vec::new(),
            topics: Vec::new(),
            agenda: Vec::new(),
            statements: Vec::new(),
            decisions: Vec::new(),
            related_events: Vec::new(),
            sources: Vec::new(),
            extensions: None,
        }
    }

    /// The attendance figures for `measure`, in order.
    pub fn attendance_of(&self, measure: Measure) -> impl Iterator<Item = &AttendanceCount> {
        self.attendance.iter().filter(move |a| a.measure == measure)
    }
}
