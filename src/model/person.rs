//! People — officials, delegates, speakers — and the positions they hold.
//!
//! # Examples
//!
//! ```
//! use regional_conference::{Person, Text};
//! use regional_conference::person::Position;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut papp = Person::new("karoly-papp".parse()?, Text::new("Károly Papp")?);
//! let mut position = Position::new(Text::new("High Commissioner")?);
//! position.organization = Some("hungarian-national-police".parse()?);
//! papp.positions.push(position);
//! assert_eq!(papp.name.as_str(), "Károly Papp");
//! # Ok(())
//! # }
//! ```

use serde::{Deserialize, Serialize};

use crate::date::PartialDate;
use crate::extensions::Extensions;
use crate::id::{OrganizationId, PersonId, SourceId};
use crate::marking::Marking;
use crate::personal::PersonalData;
use crate::text::Text;

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
    /// A day (or month, or year) on which a source attests that the person held it, where
    /// neither start nor end is known (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attested: Option<PartialDate>,
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
            attested: None,
            sources: Vec::new(),
            wording: None,
            extensions: None,
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
