//! The parties of a conference: organisations and people, and the positions people hold.
//!
//! # Examples
//!
//! ```
//! use regional_conference::{Organization, Person, Text};
//! use regional_conference::party::{OrganizationKind, Position};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let police = Organization::new(
//!     "hungarian-national-police".parse()?,
//!     Text::new("Hungarian National Police")?,
//!     OrganizationKind::NationalAgency,
//! );
//! let mut papp = Person::new("karoly-papp".parse()?, Text::new("Károly Papp")?);
//! let mut position = Position::new(Text::new("High Commissioner")?);
//! position.organization = Some(police.id.clone());
//! papp.positions.push(position);
//! assert_eq!(papp.name.as_str(), "Károly Papp");
//! # Ok(())
//! # }
//! ```

use serde::{Deserialize, Serialize};

use crate::marking::Marking;

use crate::country::CountryCode;
use crate::date::PartialDate;
use crate::extensions::Extensions;
use crate::id::{OrganizationId, PersonId, SourceId};
use crate::personal::PersonalData;
use crate::text::{Paragraph, Text};

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
    /// Any other kind of body.
    Other,
}

/// How a body came to be: the instrument that created it, when, and by whom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
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
        }
    }
}

impl Default for Founding {
    fn default() -> Self {
        Self::new()
    }
}

/// An organisation: an international body, a national police, a programme, an expert group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
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
    /// Its acronym, such as "IGMESE".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<Text>,
    /// What kind of body it is.
    pub kind: OrganizationKind,
    /// The country of a national body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
    /// The organisation it is part of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<OrganizationId>,
    /// Other names and spellings it goes by.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_names: Vec<Text>,
    /// How it was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub founding: Option<Founding>,
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
            acronym: None,
            kind,
            country: None,
            parent: None,
            other_names: Vec::new(),
            founding: None,
            sources: Vec::new(),
            extensions: None,
        }
    }
}

/// A position a person holds or held: a title in an organisation, over a period.
///
/// A person may hold several positions at once and over time; `acting` marks one held on an
/// interim basis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Position {
    /// The title, such as "Secretary General" or "High Commissioner".
    pub title: Text,
    /// The organisation the position belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<OrganizationId>,
    /// When the person took up the position.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<PartialDate>,
    /// When the person left it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<PartialDate>,
    /// Whether the position is held on an acting (interim) basis.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub acting: bool,
    /// The sources that state it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl Position {
    /// A position with its title; the other fields are empty.
    #[must_use]
    pub fn new(title: Text) -> Self {
        Self {
            title,
            organization: None,
            from: None,
            to: None,
            acting: false,
            sources: Vec::new(),
        }
    }
}

/// A person: an official, a delegate, a speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Person {
    /// The person's id.
    pub id: PersonId,
    /// Its handling marking; without one it takes the marking of what holds it (the
    /// dataset's default for an entity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<Marking>,
    /// The name as the source writes it, every character kept ("Károly Papp").
    pub name: Text,
    /// Other spellings and transliterations of the name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_names: Vec<Text>,
    /// An honorific or rank written before the name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub honorific: Option<Text>,
    /// Personal data: contact details and the like, never part of a public view. Boxed: most
    /// people of a large dataset have none, and an empty box costs a pointer, not the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personal: Option<Box<PersonalData>>,
    /// Positions held, several at once and over time.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub positions: Vec<Position>,
    /// The sources that state these facts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// Data outside the vocabulary, kept exactly as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

impl Person {
    /// A person with an id and a name; the other fields are empty.
    #[must_use]
    pub fn new(id: PersonId, name: Text) -> Self {
        Self {
            id,
            marking: None,
            name,
            other_names: Vec::new(),
            honorific: None,
            personal: None,
            positions: Vec::new(),
            sources: Vec::new(),
            extensions: None,
        }
    }
}
