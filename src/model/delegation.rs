//! Delegations: who came to a conference, for whom, in what status.
//!
//! A delegation represents either a country or an organisation — never both, never neither —
//! so on the wire it carries exactly one of `country` and `organization`.
//!
//! # Examples
//!
//! ```
//! use regional_conference::{CountryCode, Delegation};
//! use regional_conference::delegation::{Delegate, Party, ParticipationStatus};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut hungary = Delegation::for_country(CountryCode::from_static("HU"), ParticipationStatus::Member);
//! hungary.head = Some("karoly-papp".parse()?);
//! assert_eq!(hungary.party(), &Party::Country(CountryCode::from_static("HU")));
//! assert_eq!(
//!     serde_json::to_string(&hungary)?,
//!     r#"{"country":"HU","status":"member","head":"karoly-papp"}"#
//! );
//!
//! let both = r#"[{"country": "HU", "organization": "europol", "status": "observer"}]"#;
//! assert_eq!(
//!     regional_conference::decode::from_str::<Vec<Delegation>>(both).unwrap_err().to_string(),
//!     "line 1, column 2, at /0: a delegation represents a country or an organization, not both"
//! );
//! # Ok(())
//! # }
//! ```

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::conference::ConferenceDates;
use crate::count::Count;
use crate::country::CountryCode;
use crate::extensions::Extensions;
use crate::id::{OrganizationId, PersonId, SourceId};
use crate::marking::Marking;
use crate::text::Text;

/// The standing in which a delegation attends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ParticipationStatus {
    /// A member of the organisation (for a regional conference: of the region).
    Member,
    /// An observer.
    Observer,
    /// An invited guest.
    Guest,
    /// A partner organisation or country.
    Partner,
}

crate::util::wire_names!(ParticipationStatus, "regional_conference::delegation::ParticipationStatus", {
        Member => "member",
        Observer => "observer",
        Guest => "guest",
        Partner => "partner",
});

/// Whom a delegation represents.
///
/// Where a party stands alone on the wire (an attendance figure's `besides`), it is an object
/// with one key: `{"country": "NA"}` or `{"organization": "europol"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(
    rename_all = "snake_case",
    expecting = "a party: {\"country\": …} or {\"organization\": …}"
)]
pub enum Party {
    /// A country.
    Country(CountryCode),
    /// An organisation.
    Organization(OrganizationId),
}

/// Whether a delegation came, as far as the sources know: planned attendance and actual
/// attendance are different facts, and the attendance rules count only delegations that came
/// (or whose participation is not stated).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Participation {
    /// Expected, before the session.
    Expected,
    /// Confirmed, before the session.
    Confirmed,
    /// Attended.
    Attended,
    /// Declined the invitation.
    Declined,
    /// Withdrew, before or during the session.
    Withdrew,
}

crate::util::wire_names!(Participation, "regional_conference::delegation::Participation", {
        Expected => "expected",
        Confirmed => "confirmed",
        Attended => "attended",
        Declined => "declined",
        Withdrew => "withdrew",
});

impl Participation {
    /// Whether a delegation with this participation was at the session: attended, or not
    /// stated (`None`).
    #[must_use]
    pub fn came(participation: Option<Participation>) -> bool {
        matches!(participation, None | Some(Participation::Attended))
    }
}

/// Where the facts about a delegation come from: its sources, their words and the data that
/// does not fit the vocabulary. On the wire these are the delegation's own `sources`,
/// `wording` and `extensions`; in memory they sit apart, because most delegations have none
/// and a conference may list thousands.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct Provenance {
    /// The sources that report the delegation.
    pub sources: Vec<SourceId>,
    /// The source's own words, where the record paraphrases them.
    pub wording: Option<Text>,
    /// Data that does not fit the vocabulary.
    pub extensions: Option<Extensions>,
}

impl Provenance {
    /// Whether it holds nothing; an empty provenance is written as none, and reads back as
    /// `None`.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.sources.is_empty() && self.wording.is_none() && self.extensions.is_none()
    }

    fn boxed(
        sources: Vec<SourceId>,
        wording: Option<Text>,
        extensions: Option<Extensions>,
    ) -> Option<Box<Self>> {
        (!sources.is_empty() || wording.is_some() || extensions.is_some()).then(|| {
            Box::new(Self {
                sources,
                wording,
                extensions,
            })
        })
    }
}

/// A member of a delegation, with the role the source gives.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a delegate: a JSON object")]
#[non_exhaustive]
pub struct Delegate {
    /// The person.
    pub person: PersonId,
    /// Their role in the delegation, such as "deputy head" or "adviser".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Text>,
}

impl Delegate {
    /// A delegate with no role recorded.
    #[must_use]
    pub fn new(person: PersonId) -> Self {
        Self { person, role: None }
    }
}

/// Members of a delegation the source does not name, of a rank or title it states
/// ("accompanied by senior officers"; since 1.2). The count is left out where the source
/// gives none; they are not counted in the delegation's `size` unless the source says so.
///
/// ```
/// use regional_conference::delegation::UnnamedMembers;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let officers: UnnamedMembers = serde_json::from_str(r#"{"rank": "senior officers"}"#)?;
/// assert_eq!(officers.rank.as_str(), "senior officers");
/// assert_eq!(officers.count, None);
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "unnamed members: a JSON object")]
#[non_exhaustive]
pub struct UnnamedMembers {
    /// Their rank or title, in the source's words ("senior officers").
    pub rank: Text,
    /// How many they were, where the source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<Count>,
}

impl UnnamedMembers {
    /// Unnamed members of `rank`, not counted.
    #[must_use]
    pub fn new(rank: Text) -> Self {
        Self { rank, count: None }
    }
}

/// The level at which a party was represented: a small open set, with the source's words
/// beside it (since 1.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LevelKind {
    /// A head of state or government.
    HeadOfState,
    /// A minister or deputy minister.
    Minister,
    /// An ambassador or other diplomat.
    Ambassador,
    /// The head of the police (commissioner, inspector general, chief of police).
    HeadOfPolice,
    /// The deputy head of the police.
    DeputyHeadOfPolice,
    /// Senior officials or officers below the head.
    SeniorOfficials,
    /// Officers or officials of lower rank ("at Lieutenant level").
    Officers,
    /// Another level, which the words say.
    Other,
}

crate::util::wire_names!(LevelKind, "regional_conference::delegation::LevelKind", {
        HeadOfState => "head_of_state",
        Minister => "minister",
        Ambassador => "ambassador",
        HeadOfPolice => "head_of_police",
        DeputyHeadOfPolice => "deputy_head_of_police",
        SeniorOfficials => "senior_officials",
        Officers => "officers",
        Other => "other",
});

/// The level at which a delegation represented its party ("Guam was represented at Lieutenant
/// level"; since 1.2).
///
/// ```
/// use regional_conference::delegation::{Level, LevelKind};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let level: Level = serde_json::from_str(r#"{"kind": "officers", "words": "at Lieutenant level"}"#)?;
/// assert_eq!(level.kind, LevelKind::Officers);
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "a level of representation: a JSON object"
)]
#[non_exhaustive]
pub struct Level {
    /// The level, from the small set.
    pub kind: LevelKind,
    /// The source's words for it ("at Lieutenant level").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub words: Option<Text>,
}

impl Level {
    /// A level without the source's words.
    #[must_use]
    pub fn new(kind: LevelKind) -> Self {
        Self { kind, words: None }
    }
}

/// A delegation to a conference.
///
/// See the [module documentation](self).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "DelegationRepr", into = "DelegationRepr")]
#[non_exhaustive]
pub struct Delegation {
    pub(crate) party: Party,
    /// The standing in which it attends, where the source says (optional since 1.2).
    pub status: Option<ParticipationStatus>,
    /// Whether it came, where the source says (since 1.2).
    pub participation: Option<Participation>,
    /// The head of the delegation.
    pub head: Option<PersonId>,
    /// The other members.
    pub members: Vec<Delegate>,
    /// How many people it had, where the source says so without naming them all.
    pub size: Option<Count>,
    /// Its handling marking; without one it takes the conference's.
    pub marking: Option<Marking>,
    /// The marking of who was in it (`head` and `members`); without one they take the
    /// delegation's. A delegation may be public while its list of officers is not.
    pub members_marking: Option<Marking>,
    /// Its sources, their wording and extensions, if it has any (since 1.2).
    pub provenance: Option<Box<Provenance>>,
    /// The days it attended, where the source gives them apart from the session's (since
    /// 1.2); a warning when they fall outside the session's dates.
    pub days: Option<ConferenceDates>,
    /// Members the source does not name, of a stated rank (since 1.2).
    pub unnamed_members: Vec<UnnamedMembers>,
    /// The level at which it represented its party (since 1.2).
    pub level: Option<Level>,
    /// The country whose delegation at the same session this one goes with: a member
    /// country's police force sending further officers as observers beside the country's
    /// own delegation (since 1.2). That country must have a delegation at the session.
    pub linked_to: Option<CountryCode>,
}

/// A delegation to a conference: exactly one of `country` and `organization`.
#[derive(Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename = "Delegation",
    expecting = "a delegation: a JSON object"
)]
struct DelegationRepr {
    /// The country the delegation represents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    country: Option<CountryCode>,
    /// The organisation the delegation represents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    organization: Option<OrganizationId>,
    /// The standing in which it attends, where the source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    status: Option<ParticipationStatus>,
    /// Whether it came: expected, confirmed, attended, declined or withdrew.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    participation: Option<Participation>,
    /// The head of the delegation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    head: Option<PersonId>,
    /// The other members, with their roles.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::util::shrunk"
    )]
    members: Vec<Delegate>,
    /// How many people it had, where the source says so without naming them all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    size: Option<Count>,
    /// Its handling marking; without one it takes the conference's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    marking: Option<Marking>,
    /// The marking of who was in it (`head` and `members`); without one they take the
    /// delegation's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    members_marking: Option<Marking>,
    /// The sources that report it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    sources: Vec<SourceId>,
    /// The source's own words, where the record paraphrases them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    wording: Option<Text>,
    /// Data that does not fit the vocabulary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    extensions: Option<Extensions>,
    /// The days it attended, where the source gives them apart from the session's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    days: Option<ConferenceDates>,
    /// Members the source does not name, of a stated rank, with their number where given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    unnamed_members: Vec<UnnamedMembers>,
    /// The level at which it represented its party.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    level: Option<Level>,
    /// The country whose delegation at the same session this one goes with (a member
    /// country's police force sending further officers as observers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    linked_to: Option<CountryCode>,
}

/// The error returned when a delegation names both a country and an organisation, or neither.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DelegationError {
    /// Both a country and an organisation were given.
    #[error("a delegation represents a country or an organization, not both")]
    Both,
    /// Neither was given.
    #[error("a delegation represents a country or an organization; give one")]
    Neither,
}

impl TryFrom<DelegationRepr> for Delegation {
    type Error = DelegationError;
    fn try_from(r: DelegationRepr) -> Result<Self, Self::Error> {
        let party = match (r.country, r.organization) {
            (Some(c), None) => Party::Country(c),
            (None, Some(o)) => Party::Organization(o),
            (Some(_), Some(_)) => return Err(DelegationError::Both),
            (None, None) => return Err(DelegationError::Neither),
        };
        Ok(Self {
            party,
            status: r.status,
            participation: r.participation,
            head: r.head,
            members: r.members,
            size: r.size,
            marking: r.marking,
            members_marking: r.members_marking,
            provenance: Provenance::boxed(r.sources, r.wording, r.extensions),
            days: r.days,
            unnamed_members: r.unnamed_members,
            level: r.level,
            linked_to: r.linked_to,
        })
    }
}

impl From<Delegation> for DelegationRepr {
    fn from(d: Delegation) -> Self {
        let (country, organization) = match d.party {
            Party::Country(c) => (Some(c), None),
            Party::Organization(o) => (None, Some(o)),
        };
        let Provenance {
            sources,
            wording,
            extensions,
        } = d.provenance.map(|p| *p).unwrap_or_default();
        Self {
            country,
            organization,
            status: d.status,
            participation: d.participation,
            head: d.head,
            members: d.members,
            size: d.size,
            marking: d.marking,
            members_marking: d.members_marking,
            sources,
            wording,
            extensions,
            days: d.days,
            unnamed_members: d.unnamed_members,
            level: d.level,
            linked_to: d.linked_to,
        }
    }
}

impl Delegation {
    /// A delegation representing `party`, with no members recorded.
    #[must_use]
    pub fn new(party: Party, status: ParticipationStatus) -> Self {
        Self {
            party,
            status: Some(status),
            participation: None,
            head: None,
            members: Vec::new(),
            size: None,
            marking: None,
            members_marking: None,
            provenance: None,
            days: None,
            unnamed_members: Vec::new(),
            level: None,
            linked_to: None,
        }
    }

    /// A delegation representing a country.
    #[must_use]
    pub fn for_country(country: CountryCode, status: ParticipationStatus) -> Self {
        Self::new(Party::Country(country), status)
    }

    /// A delegation representing an organisation.
    #[must_use]
    pub fn for_organization(organization: OrganizationId, status: ParticipationStatus) -> Self {
        Self::new(Party::Organization(organization), status)
    }

    /// Whom the delegation represents.
    #[must_use]
    pub fn party(&self) -> &Party {
        &self.party
    }

    /// The country it represents, if it represents one.
    #[must_use]
    pub fn country(&self) -> Option<CountryCode> {
        match &self.party {
            Party::Country(c) => Some(*c),
            Party::Organization(_) => None,
        }
    }

    /// The organisation it represents, if it represents one.
    #[must_use]
    pub fn organization(&self) -> Option<&OrganizationId> {
        match &self.party {
            Party::Organization(o) => Some(o),
            Party::Country(_) => None,
        }
    }
}

impl schemars::JsonSchema for Party {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Party")
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let country = generator.subschema_for::<CountryCode>();
        let organization = generator.subschema_for::<OrganizationId>();
        schemars::json_schema!({
            "description": "A party: a country or an organisation, as an object with one key.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"country": {"description": "The country.", "$ref": country.get("$ref")}},
                    "required": ["country"],
                    "additionalProperties": false,
                },
                {
                    "type": "object",
                    "properties": {"organization": {"description": "The organisation.", "$ref": organization.get("$ref")}},
                    "required": ["organization"],
                    "additionalProperties": false,
                },
            ],
        })
    }
}

impl schemars::JsonSchema for Delegation {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Delegation")
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let country = generator.subschema_for::<CountryCode>();
        let organization = generator.subschema_for::<OrganizationId>();
        let mut schema = DelegationRepr::json_schema(generator);
        // Exactly one of the two: both branches match when both are given.
        schema.insert(
            "oneOf".to_owned(),
            serde_json::json!([
                {
                    "type": "object",
                    "properties": {"country": {"description": "The country the delegation represents.", "$ref": country.get("$ref")}},
                    "required": ["country"],
                },
                {
                    "type": "object",
                    "properties": {"organization": {"description": "The organisation the delegation represents.", "$ref": organization.get("$ref")}},
                    "required": ["organization"],
                },
            ]),
        );
        schema
    }
}
