//! Organisations: international and national bodies, their programmes and internal bodies.
//!
//! # Examples
//!
//! ```
//! use regional_conference::Organization;
//! use regional_conference::organization::OrganizationKind;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let police = Organization::new(
//!     "hungarian-national-police".parse()?,
//!     "Hungarian National Police".parse()?,
//!     OrganizationKind::NationalAgency,
//! );
//! assert_eq!(police.id.as_str(), "hungarian-national-police");
//! # Ok(())
//! # }
//! ```

use serde::{Deserialize, Serialize};

use crate::conference::Venue;
use crate::count::Count;
use crate::country::CountryCode;
use crate::date::PartialDate;
use crate::extensions::Extensions;
use crate::id::{ConferenceId, OrganizationId, SourceId};
use crate::marking::Marking;
use crate::text::{LanguageTag, Paragraph, Text};

/// What kind of body an organisation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OrganizationKind {
    /// An intergovernmental organisation, such as an international police organisation.
    IntergovernmentalOrganization,
    /// A national police force, ministry or other national agency.
    NationalAgency,
    /// A member country's national central bureau of an international police organisation.
    NationalCentralBureau,
    /// A regional body, such as a regional police-cooperation agency.
    RegionalBody,
    /// A body, secretariat or office within a larger organisation.
    InternalBody,
    /// A group of experts, such as a group of major event security experts.
    ExpertGroup,
    /// A programme run by an organisation, such as a firearms programme.
    Programme,
    /// The organiser of an event, such as a sports tournament's organising committee.
    EventOrganizer,
    /// A news organisation or other publisher.
    Publisher,
    /// A committee, such as one a session sets up (since 1.2).
    Committee,
    /// A working group (since 1.2).
    WorkingGroup,
    /// A secretariat (since 1.2).
    Secretariat,
    /// Any other kind of body.
    Other,
}

crate::util::wire_names!(OrganizationKind, "regional_conference::organization::OrganizationKind", {
        IntergovernmentalOrganization => "intergovernmental_organization",
        NationalAgency => "national_agency",
        NationalCentralBureau => "national_central_bureau",
        RegionalBody => "regional_body",
        InternalBody => "internal_body",
        ExpertGroup => "expert_group",
        Programme => "programme",
        EventOrganizer => "event_organizer",
        Publisher => "publisher",
        Committee => "committee",
        WorkingGroup => "working_group",
        Secretariat => "secretariat",
        Other => "other",
});

/// What a membership total counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MemberMeasure {
    /// Members of any kind.
    Members,
    /// Member countries.
    Countries,
    /// Member organisations (police forces, agencies).
    Organizations,
    /// Observers.
    Observers,
}

crate::util::wire_names!(MemberMeasure, "regional_conference::organization::MemberMeasure", {
        Members => "members",
        Countries => "countries",
        Organizations => "organizations",
        Observers => "observers",
});

/// How a body came to be: the instrument that created it, when, and by whom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a founding: a JSON object")]
#[non_exhaustive]
pub struct Founding {
    /// The instrument, as the source names it ("initiative", "agreement", "resolution").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instrument: Option<Text>,
    /// When the instrument was signed or adopted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// The organisations that signed or adopted it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<OrganizationId>,
    /// What the source says about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Paragraph>,
    /// Where the instrument was signed or adopted (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Text>,
}

impl Founding {
    /// A founding about which nothing is recorded yet.
    #[must_use]
    pub fn new() -> Self {
        Self {
            instrument: None,
            date: None,
            parties: Vec::new(),
            description: None,
            place: None,
        }
    }
}

impl Default for Founding {
    fn default() -> Self {
        Self::new()
    }
}

/// How many members a body has, as a source states it: "22 members", "its 54 member states as
/// of 2017" (since 1.2).
///
/// # Examples
///
/// ```
/// use regional_conference::Count;
/// use regional_conference::organization::Membership;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mut members = Membership::new(Count::exact(54));
/// members.as_of = Some("2017".parse()?);
/// assert_eq!(
///     serde_json::to_string(&members)?,
///     r#"{"count":{"qualifier":"exact","value":54},"as_of":"2017"}"#
/// );
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a membership total: a JSON object")]
#[non_exhaustive]
pub struct Membership {
    /// How many members, with the qualifier the source gives.
    pub count: Count,
    /// What is counted: members of any kind (the default), member countries, member
    /// organisations, or observers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<MemberMeasure>,
    /// When the total held, where the source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<PartialDate>,
    /// The sources that state it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// The source's own words ("its 54 member states").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Text>,
}

impl Membership {
    /// A membership total with its count.
    #[must_use]
    pub fn new(count: Count) -> Self {
        Self {
            count,
            measure: None,
            as_of: None,
            sources: Vec::new(),
            wording: None,
        }
    }
}

/// Who may join a body, or be admitted as its observer, as its rules say: "membership is open
/// to any State that is a member of ESCAP", "other UN Member States may be invited as
/// observers at their request" (since 1.2).
///
/// The rule is kept in its words (`text`); `members_of` says the common case as data: open
/// to the members of these organisations.
///
/// # Examples
///
/// ```
/// use regional_conference::id::OrganizationId;
/// use regional_conference::organization::Admission;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mut rule = Admission::new("Membership is open to any member of ESCAP.".parse()?);
/// rule.members_of.push(OrganizationId::from_static("escap"));
/// assert_eq!(
///     serde_json::to_string(&rule)?,
///     r#"{"text":"Membership is open to any member of ESCAP.","members_of":["escap"]}"#
/// );
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an admission rule: a JSON object")]
#[non_exhaustive]
pub struct Admission {
    /// The rule, in the source's words.
    pub text: Paragraph,
    /// It is open to the members of these organisations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members_of: Vec<OrganizationId>,
    /// Whether the associate members of those organisations qualify too, where the rule says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub associate_members: Option<bool>,
    /// Whether admission is by invitation, where the rule says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by_invitation: Option<bool>,
    /// Whether admission is at the candidate's own request, where the rule says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_request: Option<bool>,
    /// The sources that state it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl Admission {
    /// A rule in words, with nothing else recorded.
    #[must_use]
    pub fn new(text: Paragraph) -> Self {
        Self {
            text,
            members_of: Vec::new(),
            associate_members: None,
            by_invitation: None,
            on_request: None,
            sources: Vec::new(),
        }
    }
}

/// One entry of who sits on a body, by office: "the Permanent Coordinating Sub-sub Committee
/// (Directors of Criminal Investigations)" (since 1.2).
///
/// # Examples
///
/// ```
/// use regional_conference::organization::Composition;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let entry = Composition::new("Directors of Criminal Investigations".parse()?);
/// assert_eq!(
///     serde_json::to_string(&entry)?,
///     r#"{"office":"Directors of Criminal Investigations"}"#
/// );
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a composition entry: a JSON object")]
#[non_exhaustive]
pub struct Composition {
    /// The office or title of those who sit on it, as the source writes it.
    pub office: Text,
    /// The organisation whose members send them (the member countries of a parent body), where
    /// the source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members_of: Option<OrganizationId>,
    /// The sources that state it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// The source's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Text>,
}

impl Composition {
    /// An entry naming the office, with nothing else recorded.
    #[must_use]
    pub fn new(office: Text) -> Self {
        Self {
            office,
            members_of: None,
            sources: Vec::new(),
            wording: None,
        }
    }
}

/// An organisation: an international body, a national police, a programme, an expert group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "an organization: a JSON object")]
#[non_exhaustive]
pub struct Organization {
    /// The organisation's id.
    pub id: OrganizationId,
    /// Its handling marking; without one it takes the marking of what holds it (the
    /// dataset's default for an entity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<Marking>,
    /// Its name, as the source writes it.
    pub name: Text,
    /// The language of the name, where it is not the document's (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_language: Option<LanguageTag>,
    /// Its acronym, such as "IGMESE".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<Text>,
    /// What kind of body it is.
    pub kind: OrganizationKind,
    /// The country of a national body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
    /// The ISO 3166-1 territory it sits in, where that has a code of its own apart from the
    /// member `country` it belongs to (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub territory: Option<CountryCode>,
    /// The organisation it is part of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<OrganizationId>,
    /// The organisations it is part of, for a joint body with more than one parent (since
    /// 1.2). `parent`, where given, is not repeated here.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parents: Vec<OrganizationId>,
    /// What it is to do: its competence, or a created body's mandate (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mandate: Option<Paragraph>,
    /// What the sources say it is, in their words (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Paragraph>,
    /// The bodies it reports to (a commission, a council; since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reports_to: Vec<OrganizationId>,
    /// The session that created it (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ConferenceId>,
    /// How many members it has, as sources state it, possibly at several dates (since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub membership: Vec<Membership>,
    /// Other names and spellings it goes by.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_names: Vec<Text>,
    /// How it was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub founding: Option<Founding>,
    /// When it opened or was inaugurated, where that is not its founding: a centre approved in
    /// one year and opened in the next (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened: Option<PartialDate>,
    /// Where it has its seat or headquarters (a place, like a session's venue; since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seat: Option<Venue>,
    /// Who may become a member (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub membership_rule: Option<Admission>,
    /// Who may be admitted as an observer (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observer_rule: Option<Admission>,
    /// Who sits on it, by office (since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub composition: Vec<Composition>,
    /// The sources that state these facts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// Data outside the vocabulary, kept exactly as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

impl Organization {
    /// An organisation with its id, name and kind; the other fields are empty.
    #[must_use]
    pub fn new(id: OrganizationId, name: Text, kind: OrganizationKind) -> Self {
        Self {
            id,
            marking: None,
            name,
            name_language: None,
            acronym: None,
            kind,
            country: None,
            territory: None,
            parent: None,
            parents: Vec::new(),
            mandate: None,
            description: None,
            reports_to: Vec::new(),
            created_at: None,
            membership: Vec::new(),
            other_names: Vec::new(),
            founding: None,
            opened: None,
            seat: None,
            membership_rule: None,
            observer_rule: None,
            composition: Vec::new(),
            sources: Vec::new(),
            extensions: None,
        }
    }
}
