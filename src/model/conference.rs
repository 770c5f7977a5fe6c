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

use crate::claim::{Claim, Rank};
use crate::count::Count;
use crate::country::CountryCode;
use crate::date::{Date, DateRange, PartialDate, PartialRange, RelativeDay};
use crate::decision::Decision;
use crate::delegation::{Delegation, Party};
use crate::document::AgendaDocument;
use crate::extensions::Extensions;
use crate::id::{
    CapabilityId, ConferenceId, OrganizationId, RegionId, SeriesId, SourceId, StrategyId,
};
use crate::marking::{MarkedParagraph, Marking};
use crate::ordinal::Ordinal;
use crate::role::SessionRole;
use crate::statement::Statement;

pub use crate::event::{
    Actor, Conclusion, ContextEvent, ContextKind, EventKind, EventRelation, FirstIn, Mode, OpenTo,
    RelatedEvent, Stance, Theme, ThemeVariant, TimeOfDay, Timing,
};
use crate::text::{LanguageTag, Paragraph, Text};
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

/// When a session took place: exact days, a year or month when that is all the sources say, or
/// a span whose ends are known only in part.
///
/// On the wire an object `{"start": "2013-05-14", "end": "2013-05-16"}` for exact days, a
/// partial date string (`"1952"`, `"1952-06"`), or an object whose ends are partial dates or
/// missing (`{"start": "2013-05-14"}`, `{"start": "2013-05", "end": "2013-06"}`): an object
/// with two full days is read as exact days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConferenceDates {
    /// The exact days.
    Exact(DateRange),
    /// Known only to the year or month (or a single day given as a date string).
    Approximate(PartialDate),
    /// A span whose ends are known only to the month or year, or on one side only.
    Partial(PartialRange),
}

impl ConferenceDates {
    /// The first day the session may have begun on.
    #[must_use]
    pub fn earliest(self) -> Date {
        match self {
            Self::Exact(r) => r.start(),
            Self::Approximate(p) => p.earliest(),
            Self::Partial(r) => r.earliest(),
        }
    }

    /// The last day the session may have ended on.
    #[must_use]
    pub fn latest(self) -> Date {
        match self {
            Self::Exact(r) => r.end(),
            Self::Approximate(p) => p.latest(),
            Self::Partial(r) => r.latest(),
        }
    }

    /// The first day the session may have ended on: its end's first possible day, or, with no
    /// end known, its start's (a session of "July 2011" may have ended on 1 July).
    pub(crate) fn earliest_end(self) -> Date {
        match self {
            Self::Exact(r) => r.end(),
            Self::Approximate(p) => p.earliest(),
            Self::Partial(r) => r
                .end()
                .or(r.start())
                .map_or(r.earliest(), PartialDate::earliest),
        }
    }

    /// The year the session began; for a span with no known start, the year of its end.
    #[must_use]
    pub fn year(self) -> u16 {
        match self {
            Self::Partial(r) if r.start().is_none() => self.latest().year(),
            _ => self.earliest().year(),
        }
    }

    /// The exact days, when known.
    #[must_use]
    pub fn exact(self) -> Option<DateRange> {
        match self {
            Self::Exact(r) => Some(r),
            Self::Approximate(_) | Self::Partial(_) => None,
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
            Self::Partial(r) => r.fmt(f),
        }
    }
}

impl Serialize for ConferenceDates {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Exact(r) => r.serialize(serializer),
            Self::Approximate(p) => p.serialize(serializer),
            Self::Partial(r) => r.serialize(serializer),
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
                    "an object {\"start\": YYYY-MM-DD, \"end\": YYYY-MM-DD} (either end may be YYYY or YYYY-MM, or missing) or a date string YYYY, YYYY-MM or YYYY-MM-DD",
                )
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                PartialDate::parse(v)
                    .map(ConferenceDates::Approximate)
                    .map_err(E::custom)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                Ok(match crate::date::Span::read(map)? {
                    crate::date::Span::Days(days) => ConferenceDates::Exact(days),
                    crate::date::Span::Partial(span) => ConferenceDates::Partial(span),
                })
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
        let span = generator.subschema_for::<PartialRange>();
        schemars::json_schema!({
            "description": "When a session took place: exact days, a partial date when that is all the sources say, or a span whose ends are known only in part.",
            "anyOf": [range, partial, span],
        })
    }
}

/// Where a session took place.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a venue: a JSON object")]
#[non_exhaustive]
pub struct Venue {
    /// The city, as the source writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<Text>,
    /// Other spellings of the city's name (Kiev, Kyiv).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub city_other_names: Vec<Text>,
    /// The language of the city's name, where it is not the document's (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city_language: Option<LanguageTag>,
    /// The country, where the source names it or it is beyond doubt; a source that names only
    /// the city leaves it out (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
    /// The ISO 3166-1 territory the venue is in, where it has a code of its own apart from the
    /// member `country` it belongs to (a city in a territory of a member country). The rules
    /// that compare countries use `country` (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub territory: Option<CountryCode>,
    /// The building or site, such as a conference centre.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    /// The organisation that hosted the session, where it is not the city or country itself
    /// (a national police, a ministry).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<OrganizationId>,
    /// The sources that state it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// The source's own words, where the record paraphrases them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Text>,
    /// Data that does not fit the vocabulary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

impl Venue {
    /// A venue known only by its country.
    #[must_use]
    pub fn in_country(country: CountryCode) -> Self {
        Self {
            city: None,
            city_other_names: Vec::new(),
            city_language: None,
            country: Some(country),
            territory: None,
            name: None,
            host: None,
            sources: Vec::new(),
            wording: None,
            extensions: None,
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

    /// A venue known only by its city, as a source that does not name the country says it.
    #[must_use]
    pub fn city_only(city: Text) -> Self {
        Self {
            city: Some(city),
            city_other_names: Vec::new(),
            city_language: None,
            country: None,
            territory: None,
            name: None,
            host: None,
            sources: Vec::new(),
            wording: None,
            extensions: None,
        }
    }
}

/// Whether a session took place as planned, as far as the sources know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SessionStatus {
    /// Announced for a date and place, not yet reported as held.
    Announced,
    /// Held.
    Held,
    /// Moved to a later date, which may not yet be known.
    Postponed,
    /// Called off.
    Cancelled,
}

crate::util::wire_names!(SessionStatus, "regional_conference::conference::SessionStatus", {
        Announced => "announced",
        Held => "held",
        Postponed => "postponed",
        Cancelled => "cancelled",
});

/// How far an agenda item had come when a source stated it (since 1.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AgendaStage {
    /// Announced before the session: "the session will examine".
    Announced,
    /// On the agenda the session adopted.
    Adopted,
    /// Taken up at the session, as a report after it says.
    Discussed,
}

crate::util::wire_names!(AgendaStage, "regional_conference::conference::AgendaStage", {
        Announced => "announced",
        Adopted => "adopted",
        Discussed => "discussed",
});

/// At what stage an attendance figure was counted: figures of different stages are not
/// compared with each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CountStage {
    /// Expected, before the session ("will be attended by 16 member countries").
    Announced,
    /// Registered.
    Registered,
    /// Present at the session.
    Present,
}

crate::util::wire_names!(CountStage, "regional_conference::conference::CountStage", {
        Announced => "announced",
        Registered => "registered",
        Present => "present",
});

/// Which part of a total an attendance figure counts ("210 participants, among them 170 from
/// the region and 40 from outside"). A part is compared only with figures of the same part,
/// never read as a disagreement with its total.
///
/// On the wire `"in_region"`, `"outside_region"` or `{"category": "heads of police"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CountPart {
    /// Those from the session's region.
    InRegion,
    /// Those from outside the session's region.
    OutsideRegion,
    /// A category the source names.
    Category(Text),
}

impl schemars::JsonSchema for CountPart {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("CountPart")
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let text = generator.subschema_for::<Text>();
        schemars::json_schema!({
            "description": "Which part of a total an attendance figure counts: those from the session's region, those from outside it, or a category the source names.",
            "oneOf": [
                {"type": "string", "enum": ["in_region", "outside_region"]},
                {
                    "type": "object",
                    "properties": {"category": {"description": "A category the source names, such as \"heads of police\".", "$ref": text.get("$ref")}},
                    "required": ["category"],
                    "additionalProperties": false,
                },
            ],
        })
    }
}

impl fmt::Display for CountPart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CountPart::InRegion => f.write_str("from the region"),
            CountPart::OutsideRegion => f.write_str("from outside the region"),
            CountPart::Category(name) => write!(f, "{:?}", name.as_str()),
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
#[serde(deny_unknown_fields, expecting = "an attendance count: a JSON object")]
#[non_exhaustive]
pub struct AttendanceCount {
    /// Its handling marking; without one it takes the conference's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<Marking>,
    /// What is counted.
    pub measure: Measure,
    /// The count, with its qualifier; left out where a source says only that some were
    /// present ("representatives of partner agencies also attended"; since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<Count>,
    /// At what stage it was counted; without one, the figure is compared with figures without
    /// one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<CountStage>,
    /// The day (or month, or year) the figure was true of, where the source says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<PartialDate>,
    /// The part of the total it counts, for a subtotal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<CountPart>,
    /// A party the figure counts beside, not in it: "joined delegates from 12 member states"
    /// said of Namibia's delegation counts twelve others (since 1.2). Such a figure is not read
    /// as a total: it is compared only with figures beside the same party, and a count of
    /// countries beside a country allows one more country delegation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub besides: Option<Party>,
    /// How this figure stands beside other figures of the same thing; a `deprecated` figure
    /// is kept but never compared.
    #[serde(default, skip_serializing_if = "Rank::is_normal")]
    pub rank: Rank,
    /// The sources that state it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// The source's own words, where the record paraphrases them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Text>,
    /// Data that does not fit the vocabulary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

impl AttendanceCount {
    /// A figure of the whole, at no stated stage, with no source recorded.
    #[must_use]
    pub fn new(measure: Measure, count: Count) -> Self {
        Self {
            count: Some(count),
            ..Self::unstated(measure)
        }
    }

    /// That some were present, with no number ("representatives of partner agencies also
    /// attended").
    #[must_use]
    pub fn unstated(measure: Measure) -> Self {
        Self {
            marking: None,
            measure,
            count: None,
            stage: None,
            as_of: None,
            part: None,
            besides: None,
            rank: Rank::Normal,
            sources: Vec::new(),
            wording: None,
            extensions: None,
        }
    }
}

/// An item of the agenda.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an agenda item: a JSON object")]
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
    /// Capabilities (databases, systems, platforms, tools) presented or discussed under it
    /// (since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub capabilities: Vec<CapabilityId>,
    /// Strategies or plans whose progress it reviews: "progress against the Strategic Plan
    /// 2020-2024" (since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<StrategyId>,
    /// Documents taken up under it, with their stages at this session or others: a report
    /// "discussed for the first time", a work programme "approved under the Finnish
    /// Presidency" (since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<AgendaDocument>,
    /// Its place in the order of proceedings, 1 for the item the session opened with, where
    /// the source says (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<Ordinal>,
    /// How far it had come when the source stated it: announced, adopted, discussed (since
    /// 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<AgendaStage>,
    /// The body that announced it: "per the General Secretariat, the session will examine"
    /// (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub announced_by: Option<OrganizationId>,
    /// The sources that report it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// The source's own words, where the record paraphrases them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Text>,
    /// Data that does not fit the vocabulary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
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
            capabilities: Vec::new(),
            reviews: Vec::new(),
            documents: Vec::new(),
            order: None,
            stage: None,
            announced_by: None,
            sources: Vec::new(),
            wording: None,
            extensions: None,
        }
    }
}

/// One session of a series: a regional conference, a general assembly, an extraordinary
/// session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a conference: a JSON object")]
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
    /// The organisations that convened it together with its `organizer`: "the joint PCLEC and
    /// PPTAG Conference" (since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub co_organizers: Vec<OrganizationId>,
    /// What kind of session it is.
    pub kind: ConferenceKind,
    /// Whether it took place as planned, where the sources say (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SessionStatus>,
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
    /// How sources gave its first day relative to their own publication ("demain à Tunis";
    /// since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relative: Vec<RelativeDay>,
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
    /// Its parts (ceremonies, committee meetings) and the events it is linked to: co-located,
    /// preparatory, followed up, decided at (see [`crate::event`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related_events: Vec<RelatedEvent>,
    /// Its theme, with the variants the sources give (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<Theme>,
    /// What it was convened for, in the sources' words, beside its theme (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<Paragraph>,
    /// Strategies or plans, its organiser's or another organisation's, that it is held in
    /// line with: "in line with the SADC Regional Indicative Strategic Development Plan
    /// (2020-2030)" (since 1.2). Unlike an `endorse_strategy` decision, it adopts nothing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub in_line_with: Vec<StrategyId>,
    /// Whether people took part in person, remotely or both (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<Mode>,
    /// Its time of day on its first day, local, where the source gives one (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<Timing>,
    /// Whom it is open to, where the source says: the public, the press, the members only
    /// (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_to: Option<OpenTo>,
    /// Whether it is a statutory session (a general assembly the statutes call for) or not
    /// (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statutory: Option<bool>,
    /// Of what it was the first, as the sources say: "the first held in Africa" (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_in: Option<FirstIn>,
    /// What happened outside it that the reports tie to it: an outside body's request, a
    /// boycott, an operation in the news (since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<ContextEvent>,
    /// What it concluded short of deciding: what the ministers "acknowledged", "welcomed" or
    /// "reaffirmed" (since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conclusions: Vec<Conclusion>,
    /// Who chaired, opened, addressed, presided over or held the session, whether or not they
    /// belong to a delegation (see [`crate::role`]; since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<SessionRole>,
    /// Every version the sources give of a fact they disagree on — the dates, the duration,
    /// the ordinal, the title, the status, the organisers — with their sources, wording and rank (see [`crate::claim`];
    /// since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<Claim>,
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
            co_organizers: Vec::new(),
            kind,
            status: None,
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
            relative: Vec::new(),
            related_events: Vec::new(),
            theme: None,
            purpose: None,
            in_line_with: Vec::new(),
            mode: None,
            time: None,
            open_to: None,
            statutory: None,
            first_in: None,
            context: Vec::new(),
            conclusions: Vec::new(),
            roles: Vec::new(),
            claims: Vec::new(),
            sources: Vec::new(),
            extensions: None,
        }
    }

    /// The attendance figures for `measure`, in order.
    pub fn attendance_of(&self, measure: Measure) -> impl Iterator<Item = &AttendanceCount> {
        self.attendance.iter().filter(move |a| a.measure == measure)
    }
}
