//! Roles at a session: who chaired, opened, addressed or was addressed, presided, acted as
//! rapporteur, hosted a ceremony or held the session on the host's behalf — people and
//! organisations, whether or not they belong to a delegation (since vocabulary 1.2).
//!
//! An office that exists only for one session (its chair, its rapporteur) is the role itself:
//! it is tied to the session that lists it. A role may name the capacities its holder acted in,
//! by reference to their positions, as a statement does.
//!
//! # Examples
//!
//! ```
//! use regional_conference::role::{RoleKind, SessionRole};
//! use regional_conference::statement::CapacityRef;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut chair = SessionRole::person(RoleKind::Chair, "camillus-wambura".parse()?);
//! chair.capacities.push(CapacityRef::position("sarpcco-chair".parse()?));
//! assert_eq!(
//!     serde_json::to_string(&chair)?,
//!     r#"{"role":"chair","person":"camillus-wambura","capacities":[{"position":"sarpcco-chair"}]}"#
//! );
//! let both = r#"{"role": "opened", "person": "p", "organization": "o"}"#;
//! assert_eq!(
//!     serde_json::from_str::<SessionRole>(both).unwrap_err().to_string(),
//!     "a role is held by one of a person, an organization and a country, not two"
//! );
//! # Ok(())
//! # }
//! ```

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::country::CountryCode;
use crate::date::{PartialDate, RelativeDay};
use crate::event::Mode;
use crate::extensions::Extensions;
use crate::id::{OrganizationId, PersonId, SourceId};
use crate::marking::Marking;
use crate::statement::CapacityRef;
use crate::text::Text;

/// What someone did at a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RoleKind {
    /// Chaired the session.
    Chair,
    /// Chaired it with others.
    CoChair,
    /// Was its vice-chair.
    ViceChair,
    /// Presided over it, or over a part of it.
    Presided,
    /// Opened it.
    Opened,
    /// Closed it.
    Closed,
    /// Addressed it.
    Addressed,
    /// Was addressed by it (a message to a head of state, a letter read out).
    Addressee,
    /// Hosted a ceremony of it.
    CeremonyHost,
    /// Was its rapporteur.
    Rapporteur,
    /// Held the session on the host's behalf (a unit of the host body).
    HeldOnBehalf,
    /// Was its guest of honour.
    GuestOfHonour,
    /// Moderated it, or a part of it.
    Moderator,
    /// Hosted it: received it in their country or premises (since 1.2, part 3).
    Host,
    /// Welcomed arriving delegations or participants.
    Welcomed,
    /// Placed it under their patronage ("under the high patronage of the President").
    Patron,
    /// Took part in it (a sub-event's participants) without a more specific role.
    Participant,
    /// Handed an office over at it (an outgoing chair at a handover).
    HandedOver,
    /// Took an office over at it (the incoming chair).
    TookOver,
    /// Another role, in the source's words (`title`, `wording`).
    Other,
}

crate::util::wire_names!(RoleKind, "regional_conference::role::RoleKind", {
        Chair => "chair",
        CoChair => "co_chair",
        ViceChair => "vice_chair",
        Presided => "presided",
        Opened => "opened",
        Closed => "closed",
        Addressed => "addressed",
        Addressee => "addressee",
        CeremonyHost => "ceremony_host",
        Rapporteur => "rapporteur",
        HeldOnBehalf => "held_on_behalf",
        GuestOfHonour => "guest_of_honour",
        Moderator => "moderator",
        Host => "host",
        Welcomed => "welcomed",
        Patron => "patron",
        Participant => "participant",
        HandedOver => "handed_over",
        TookOver => "took_over",
        Other => "other",
});

/// Who holds a role: a person, an organisation, a country (a country that chairs a body),
/// or an office holder the source does not name (the role's `title` says who).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RoleHolder {
    /// A person.
    Person(PersonId),
    /// An organisation.
    Organization(OrganizationId),
    /// A member country, as a country (since 1.2).
    Country(CountryCode),
    /// Someone the source names only by office ("the Minister of Defence"), in the role's
    /// `title` (since 1.2).
    Unnamed,
}

/// A role at a session. On the wire `person` or `organization`, exactly one.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "SessionRoleRepr", into = "SessionRoleRepr")]
#[non_exhaustive]
pub struct SessionRole {
    /// What they did.
    pub role: RoleKind,
    /// Who.
    pub holder: RoleHolder,
    /// The capacities they did it in, by reference to their positions, or whom they acted for.
    pub capacities: Vec<CapacityRef>,
    /// The office as the source words it, where it has a name ("Chairperson of the 30th AGM").
    pub title: Option<Text>,
    /// When, where the source says (the session's first day, "on Monday").
    pub date: Option<PartialDate>,
    /// How sources gave the day relative to their own publication ("dimanche").
    pub relative: Vec<RelativeDay>,
    /// Whether the holder took part in person or remotely (since 1.2).
    pub mode: Option<Mode>,
    /// The sources that state it.
    pub sources: Vec<SourceId>,
    /// The source's own words.
    pub wording: Option<Text>,
    /// Its handling marking; without one it takes the conference's.
    pub marking: Option<Marking>,
    /// Data that does not fit the vocabulary.
    pub extensions: Option<Extensions>,
}

impl SessionRole {
    /// A role held by a person, with nothing more recorded.
    #[must_use]
    pub fn person(role: RoleKind, person: PersonId) -> Self {
        Self::new(role, RoleHolder::Person(person))
    }

    /// A role held by an organisation, with nothing more recorded.
    #[must_use]
    pub fn organization(role: RoleKind, organization: OrganizationId) -> Self {
        Self::new(role, RoleHolder::Organization(organization))
    }

    fn new(role: RoleKind, holder: RoleHolder) -> Self {
        Self {
            role,
            holder,
            capacities: Vec::new(),
            title: None,
            date: None,
            relative: Vec::new(),
            mode: None,
            sources: Vec::new(),
            wording: None,
            marking: None,
            extensions: None,
        }
    }
}

/// A role at a session, held by a person or an organisation (exactly one of the two).
#[derive(Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename = "SessionRole",
    expecting = "a role: an object with its \"role\" and its \"person\" or \"organization\""
)]
struct SessionRoleRepr {
    /// What they did at the session: chaired it, opened it, addressed it, was addressed by it…
    role: RoleKind,
    /// The person who held it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    person: Option<PersonId>,
    /// The organisation that held it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    organization: Option<OrganizationId>,
    /// The country that held it (a country chairing a body).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    country: Option<CountryCode>,
    /// The capacities they did it in, by reference to their positions, or whom they acted for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    capacities: Vec<CapacityRef>,
    /// The office as the source words it, where it has a name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<Text>,
    /// When, where the source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    date: Option<PartialDate>,
    /// How sources gave the day relative to their own publication ("dimanche").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    relative: Vec<RelativeDay>,
    /// Whether the holder took part in person or remotely.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    mode: Option<Mode>,
    /// The sources that state it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    sources: Vec<SourceId>,
    /// The source's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    wording: Option<Text>,
    /// Its handling marking; without one it takes the conference's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    marking: Option<Marking>,
    /// Data that does not fit the vocabulary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    extensions: Option<Extensions>,
}

/// The error of a role held by both a person and an organisation, or by neither.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RoleError {
    /// More than one holder was given.
    #[error("a role is held by one of a person, an organization and a country, not two")]
    Both,
    /// No holder was given, and no title of an unnamed holder.
    #[error(
        "a role is held by a person, an organization or a country; give one, or the `title` of a holder the source does not name"
    )]
    Neither,
}

impl TryFrom<SessionRoleRepr> for SessionRole {
    type Error = RoleError;
    fn try_from(r: SessionRoleRepr) -> Result<Self, RoleError> {
        let holder = match (r.person, r.organization, r.country) {
            (Some(p), None, None) => RoleHolder::Person(p),
            (None, Some(o), None) => RoleHolder::Organization(o),
            (None, None, Some(c)) => RoleHolder::Country(c),
            (None, None, None) if r.title.is_some() => RoleHolder::Unnamed,
            (None, None, None) => return Err(RoleError::Neither),
            _ => return Err(RoleError::Both),
        };
        Ok(Self {
            role: r.role,
            holder,
            capacities: r.capacities,
            title: r.title,
            date: r.date,
            relative: r.relative,
            mode: r.mode,
            sources: r.sources,
            wording: r.wording,
            marking: r.marking,
            extensions: r.extensions,
        })
    }
}

impl From<SessionRole> for SessionRoleRepr {
    fn from(r: SessionRole) -> Self {
        let (person, organization, country) = match r.holder {
            RoleHolder::Person(p) => (Some(p), None, None),
            RoleHolder::Organization(o) => (None, Some(o), None),
            RoleHolder::Country(c) => (None, None, Some(c)),
            RoleHolder::Unnamed => (None, None, None),
        };
        Self {
            role: r.role,
            person,
            organization,
            country,
            capacities: r.capacities,
            title: r.title,
            date: r.date,
            relative: r.relative,
            mode: r.mode,
            sources: r.sources,
            wording: r.wording,
            marking: r.marking,
            extensions: r.extensions,
        }
    }
}

impl schemars::JsonSchema for SessionRole {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("SessionRole")
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = SessionRoleRepr::json_schema(generator);
        // Exactly one holder: two branches match when two are given.
        schema.insert("oneOf".to_owned(), holder_one_of(generator));
        schema
    }
}

/// The holder of a role or a tenure as JSON Schema: exactly one of a person, an organisation,
/// a country, or (with none of those) the title of a holder the source does not name. Both
/// [`SessionRole`] and a tenure of an office (`office::Tenure`) hold it so.
pub(crate) fn holder_one_of(generator: &mut schemars::SchemaGenerator) -> serde_json::Value {
    let person = generator.subschema_for::<PersonId>();
    let organization = generator.subschema_for::<OrganizationId>();
    let country = generator.subschema_for::<CountryCode>();
    let text = generator.subschema_for::<Text>();
    serde_json::json!([
        {
            "type": "object",
            "properties": {"person": {"description": "The person who held it.", "$ref": person.get("$ref")}},
            "required": ["person"],
        },
        {
            "type": "object",
            "properties": {"organization": {"description": "The organisation that held it.", "$ref": organization.get("$ref")}},
            "required": ["organization"],
        },
        {
            "type": "object",
            "properties": {"country": {"description": "The country that held it.", "$ref": country.get("$ref")}},
            "required": ["country"],
        },
        {
            "type": "object",
            "description": "A holder the source names only by office, in the title.",
            "properties": {"title": {"description": "The office of the holder the source does not name.", "$ref": text.get("$ref")}},
            "required": ["title"],
            "not": {"anyOf": [
                {"type": "object", "properties": {"person": {"description": "A named person.", "$ref": person.get("$ref")}}, "required": ["person"]},
                {"type": "object", "properties": {"organization": {"description": "An organisation.", "$ref": organization.get("$ref")}}, "required": ["organization"]},
                {"type": "object", "properties": {"country": {"description": "A country.", "$ref": country.get("$ref")}}, "required": ["country"]},
            ]},
        },
    ])
}
