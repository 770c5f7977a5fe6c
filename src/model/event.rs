//! Events around a session: its parts and the events it is linked to (related events, with
//! their kind, place, dates and participants), its theme, and what happened outside it that
//! the reports tie to it (context).
//!
//! # Examples
//!
//! A regular session and its extraordinary follow-up, with the opening ceremony of the first:
//!
//! ```
//! use regional_conference::conference::{EventKind, EventRelation, RelatedEvent};
//! use regional_conference::role::{RoleKind, SessionRole};
//! use regional_conference::Text;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut opening = RelatedEvent::new(EventRelation::HasPart, Text::new("Opening ceremony")?);
//! opening.kind = Some(EventKind::OpeningCeremony);
//! opening.dates = Some(serde_json::from_str(r#""2023-03-01""#)?);
//! opening.roles.push(SessionRole::person(RoleKind::Opened, "minister".parse()?));
//!
//! let mut follows = RelatedEvent::new(EventRelation::FollowsUp, Text::new("XIV Summit")?);
//! follows.conference = Some("summit-14".parse()?);
//! assert_eq!(
//!     serde_json::to_string(&follows)?,
//!     r#"{"relation":"follows_up","title":"XIV Summit","conference":"summit-14"}"#
//! );
//! # Ok(())
//! # }
//! ```

use serde::{Deserialize, Serialize};

use crate::conference::{AgendaItem, AttendanceCount, ConferenceDates, SessionStatus, Venue};
use crate::country::CountryCode;
use crate::date::{PartialDate, RelativeDay};
use crate::extensions::Extensions;
use crate::id::{ConferenceId, OrganizationId, PersonId, SourceId};
use crate::role::SessionRole;
use crate::text::{LanguageTag, Paragraph, Text};

/// How another event relates to a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventRelation {
    /// Held alongside it, at the same place and time.
    CoLocated,
    /// The larger event it is part of.
    PartOf,
    /// An event that is part of it (a workshop, a ministerial segment, its opening ceremony):
    /// a sub-event, dated within the session (rule `event.date.outside`).
    HasPart,
    /// The session follows up the event (an extraordinary session after a regular one;
    /// since 1.2).
    FollowsUp,
    /// The event follows up the session.
    FollowedUpBy,
    /// The event came before the session and led to it (a preparatory meeting, a ceremony on
    /// the eve).
    PrecededBy,
    /// The event came after the session as its next step.
    FollowedBy,
    /// The session was decided (convened, its host designated) at the event.
    DecidedAt,
    /// The session recalls the event (its decisions, its outcome) without following it up.
    Recalls,
}

crate::util::wire_names!(EventRelation, "regional_conference::conference::EventRelation", {
        CoLocated => "co_located",
        PartOf => "part_of",
        HasPart => "has_part",
        FollowsUp => "follows_up",
        FollowedUpBy => "followed_up_by",
        PrecededBy => "preceded_by",
        FollowedBy => "followed_by",
        DecidedAt => "decided_at",
        Recalls => "recalls",
});

/// What kind of event a related event is (since 1.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventKind {
    /// An opening ceremony.
    OpeningCeremony,
    /// A closing ceremony.
    ClosingCeremony,
    /// A ceremony of another kind (a welcome, a signing, a handover).
    Ceremony,
    /// A meeting of a committee.
    CommitteeMeeting,
    /// A meeting of a working group or expert group.
    WorkingGroupMeeting,
    /// A meeting held before the session to prepare it (of senior officials, of experts).
    PreparatoryMeeting,
    /// An event beside the session (a side event, an exhibition, a bilateral meeting).
    SideEvent,
    /// An audience with a head of state or government.
    Audience,
    /// Another session of a conference (a regular session, an extraordinary one).
    Session,
    /// A visit (to a facility, a border post).
    Visit,
    /// Any other event.
    Other,
}

crate::util::wire_names!(EventKind, "regional_conference::conference::EventKind", {
        OpeningCeremony => "opening_ceremony",
        ClosingCeremony => "closing_ceremony",
        Ceremony => "ceremony",
        CommitteeMeeting => "committee_meeting",
        WorkingGroupMeeting => "working_group_meeting",
        PreparatoryMeeting => "preparatory_meeting",
        SideEvent => "side_event",
        Audience => "audience",
        Session => "session",
        Visit => "visit",
        Other => "other",
});

/// An event related to a session.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a related event: a JSON object")]
#[non_exhaustive]
pub struct RelatedEvent {
    /// How it relates.
    pub relation: EventRelation,
    /// What kind of event it is (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<EventKind>,
    /// Its title.
    pub title: Text,
    /// The event, where the dataset holds it as a conference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conference: Option<ConferenceId>,
    /// When it took place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dates: Option<ConferenceDates>,
    /// Whether it took place as planned, as far as the sources know (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SessionStatus>,
    /// How sources gave its first day relative to their own publication ("samedi").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relative: Vec<RelativeDay>,
    /// Where it took place, where that is not the session's venue (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<Venue>,
    /// Who took part and in what role: the people and organisations that opened, addressed or
    /// attended it (since 1.2). A role's date is compared with the event's dates, not the
    /// session's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<SessionRole>,
    /// Its own agenda, for a part of a session that has one (since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<AgendaItem>,
    /// The sources that report it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// The source's own words, where the record paraphrases them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Text>,
    /// Data that does not fit the vocabulary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
    /// Who was present at it, as figures: counts, or groups without a number ("ambassadors
    /// and high-level delegations"; since 1.2). They are compared with each other, never with
    /// the session's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendance: Vec<AttendanceCount>,
    /// Its time of day, local, where the source gives one (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<Timing>,
    /// Whom it is open to, where the source says (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_to: Option<OpenTo>,
}

impl RelatedEvent {
    /// A related event with its relation and title.
    #[must_use]
    pub fn new(relation: EventRelation, title: Text) -> Self {
        Self {
            relation,
            kind: None,
            title,
            conference: None,
            dates: None,
            status: None,
            relative: Vec::new(),
            venue: None,
            roles: Vec::new(),
            agenda: Vec::new(),
            sources: Vec::new(),
            wording: None,
            extensions: None,
            attendance: Vec::new(),
            time: None,
            open_to: None,
        }
    }
}

/// A time of day on the 24-hour clock, local to where the event takes place (since 1.2).
///
/// On the wire `"HH:MM"`, such as `"13:00"`.
///
/// ```
/// use regional_conference::event::TimeOfDay;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let one_pm: TimeOfDay = "13:00".parse()?;
/// assert_eq!((one_pm.hour(), one_pm.minute()), (13, 0));
/// assert_eq!(one_pm.to_string(), "13:00");
/// assert_eq!(
///     serde_json::from_str::<TimeOfDay>(r#""1 p.m.""#).unwrap_err().to_string(),
///     "\"1 p.m.\" is not a time of day: give \"HH:MM\" on the 24-hour clock, such as \"13:00\" at line 1 column 8"
/// );
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TimeOfDay {
    hour: u8,
    minute: u8,
}

/// The error returned when a time of day is not `"HH:MM"` on the 24-hour clock.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a time of day: give \"HH:MM\" on the 24-hour clock, such as \"13:00\"")]
pub struct TimeOfDayError(String);

impl TimeOfDay {
    /// The time `hour`:`minute`, if it is one (hour below 24, minute below 60).
    #[must_use]
    pub fn new(hour: u8, minute: u8) -> Option<Self> {
        (hour < 24 && minute < 60).then_some(Self { hour, minute })
    }

    /// The hour, 0 to 23.
    #[must_use]
    pub fn hour(self) -> u8 {
        self.hour
    }

    /// The minute, 0 to 59.
    #[must_use]
    pub fn minute(self) -> u8 {
        self.minute
    }
}

impl std::str::FromStr for TimeOfDay {
    type Err = TimeOfDayError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bytes = s.as_bytes();
        let digit = |i: usize| {
            bytes
                .get(i)
                .filter(|b| b.is_ascii_digit())
                .map(|b| b - b'0')
        };
        let parsed = match (bytes.len(), bytes.get(2)) {
            (5, Some(b':')) => match (digit(0), digit(1), digit(3), digit(4)) {
                (Some(h1), Some(h2), Some(m1), Some(m2)) => Self::new(h1 * 10 + h2, m1 * 10 + m2),
                _ => None,
            },
            _ => None,
        };
        parsed.ok_or_else(|| TimeOfDayError(s.to_owned()))
    }
}

impl std::fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Clock;
        impl serde::de::Visitor<'_> for Clock {
            type Value = TimeOfDay;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a time of day: \"HH:MM\" on the 24-hour clock")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<TimeOfDay, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Clock)
    }
}

impl schemars::JsonSchema for TimeOfDay {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("TimeOfDay")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A time of day on the 24-hour clock, local: \"HH:MM\".",
            "type": "string",
            "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$",
        })
    }
}

/// When in the day a session or event starts (and ends), local, with the source's words
/// ("at 1 p.m."; since 1.2). It sits beside the dates, which it does not change: for an event
/// of several days it is the time on its first day.
///
/// ```
/// use regional_conference::event::Timing;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let at_one: Timing = serde_json::from_str(r#"{"start": "13:00", "words": "at 1 p.m."}"#)?;
/// assert_eq!(at_one.start.to_string(), "13:00");
/// assert_eq!(at_one.end, None);
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a time: a JSON object")]
#[non_exhaustive]
pub struct Timing {
    /// The time it starts.
    pub start: TimeOfDay,
    /// The time it ends, where the source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<TimeOfDay>,
    /// The source's words ("at 1 p.m.").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub words: Option<Text>,
}

impl Timing {
    /// A start time without an end or the source's words.
    #[must_use]
    pub fn starting(start: TimeOfDay) -> Self {
        Self {
            start,
            end: None,
            words: None,
        }
    }
}

/// Whom a session or event is open to, where the source says (since 1.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OpenTo {
    /// The public, press included.
    Public,
    /// The press (media representatives invited or admitted).
    Press,
    /// Invited guests beside the members.
    Invited,
    /// The members only: closed to the press and public.
    MembersOnly,
}

crate::util::wire_names!(OpenTo, "regional_conference::event::OpenTo", {
        Public => "public",
        Press => "press",
        Invited => "invited",
        MembersOnly => "members_only",
});

/// A session's theme, as the sources give it (since 1.2).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a theme: a JSON object")]
#[non_exhaustive]
pub struct Theme {
    /// The theme as the main source writes it.
    pub text: Text,
    /// Its language, where it is not the document's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<LanguageTag>,
    /// Other wordings and translations of it, as other sources give them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<ThemeVariant>,
    /// The sources that state it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl Theme {
    /// A theme in the document's language.
    #[must_use]
    pub fn new(text: Text) -> Self {
        Self {
            text,
            language: None,
            variants: Vec::new(),
            sources: Vec::new(),
        }
    }
}

/// Another wording of a theme.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a theme's variant: a JSON object")]
#[non_exhaustive]
pub struct ThemeVariant {
    /// The wording.
    pub text: Text,
    /// Its language, where it is not the document's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<LanguageTag>,
    /// The sources that give it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl ThemeVariant {
    /// A variant in the document's language.
    #[must_use]
    pub fn new(text: Text) -> Self {
        Self {
            text,
            language: None,
            sources: Vec::new(),
        }
    }
}

/// Of what a session was the first: "the first General Assembly held in Africa" (since 1.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FirstIn {
    /// The first of its kind in its city.
    City,
    /// The first of its kind in its country.
    Country,
    /// The first of its kind in its region.
    Region,
    /// The first session of its series.
    Series,
}

crate::util::wire_names!(FirstIn, "regional_conference::conference::FirstIn", {
        City => "city",
        Country => "country",
        Region => "region",
        Series => "series",
});

/// How people took part in a session or an event: in person, remotely, or both (since 1.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Mode {
    /// In person.
    InPerson,
    /// Remotely (by video link).
    Remote,
    /// Some in person, some remotely.
    Hybrid,
}

crate::util::wire_names!(Mode, "regional_conference::event::Mode", {
        InPerson => "in_person",
        Remote => "remote",
        Hybrid => "hybrid",
});

/// What kind of outside event the reports tie to a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ContextKind {
    /// A request from an outside body that the session answers (a council's call, a summit's
    /// mandate).
    Request,
    /// A boycott or a refusal to attend.
    Boycott,
    /// An operation, arrest or seizure in the news.
    Operation,
    /// An incident or crisis (an attack, a disaster).
    Incident,
    /// A decision or agreement taken elsewhere.
    Decision,
    /// Any other event.
    Other,
}

crate::util::wire_names!(ContextKind, "regional_conference::conference::ContextKind", {
        Request => "request",
        Boycott => "boycott",
        Operation => "operation",
        Incident => "incident",
        Decision => "decision",
        Other => "other",
});

/// Who acted in a context event: any of a person, an organisation and a country the source
/// names (all optional; "the Council asked", "Morocco stayed away").
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(deny_unknown_fields, expecting = "an actor: a JSON object")]
#[non_exhaustive]
pub struct Actor {
    /// The person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<PersonId>,
    /// The organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<OrganizationId>,
    /// The country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
}

/// Something that happened outside a session that the reports tie to it: an outside body's
/// request, a boycott, an arrest in the news (since 1.2).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a context event: a JSON object")]
#[non_exhaustive]
pub struct ContextEvent {
    /// What kind of event.
    pub kind: ContextKind,
    /// What happened, in the record's words.
    pub description: Paragraph,
    /// Who acted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<Actor>,
    /// When it happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
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

impl ContextEvent {
    /// A context event with its kind and description.
    #[must_use]
    pub fn new(kind: ContextKind, description: Paragraph) -> Self {
        Self {
            kind,
            description,
            actor: None,
            date: None,
            sources: Vec::new(),
            wording: None,
            extensions: None,
        }
    }
}

/// How a session put what it concluded: the verb of "the Ministers acknowledged …".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Stance {
    /// "noted", "took note of".
    Noted,
    /// "acknowledged", "recognised", "agreed that".
    Acknowledged,
    /// "welcomed", "commended", "congratulated".
    Welcomed,
    /// "reaffirmed", "reiterated".
    Reaffirmed,
    /// "expressed concern", "deplored".
    Concerned,
    /// Any other.
    Other,
}

crate::util::wire_names!(Stance, "regional_conference::conference::Stance", {
        Noted => "noted",
        Acknowledged => "acknowledged",
        Welcomed => "welcomed",
        Reaffirmed => "reaffirmed",
        Concerned => "concerned",
        Other => "other",
});

/// What a session concluded short of deciding: "the Ministers acknowledged that greater
/// sharing of intelligence … was absolutely necessary" (since 1.2). A conclusion states a view
/// of the session; it binds no one and asks nothing of anyone, as a decision or a
/// recommendation does.
///
/// # Examples
///
/// ```
/// use regional_conference::conference::{Conclusion, Stance};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mut c = Conclusion::new(
///     Stance::Reaffirmed,
///     "The ministers reiterated the relevance of the management framework.".parse()?,
/// );
/// c.sources.push("sknvibes-109167".parse()?);
/// assert_eq!(
///     serde_json::to_string(&c)?,
///     r#"{"stance":"reaffirmed","text":"The ministers reiterated the relevance of the management framework.","sources":["sknvibes-109167"]}"#
/// );
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a conclusion: a JSON object")]
#[non_exhaustive]
pub struct Conclusion {
    /// How the session put it.
    pub stance: Stance,
    /// What it concluded, in the record's words.
    pub text: Paragraph,
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

impl Conclusion {
    /// A conclusion with its stance and text.
    #[must_use]
    pub fn new(stance: Stance, text: Paragraph) -> Self {
        Self {
            stance,
            text,
            sources: Vec::new(),
            wording: None,
            extensions: None,
        }
    }
}
