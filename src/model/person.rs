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

use crate::country::CountryCode;
use crate::date::PartialDate;
use crate::extensions::Extensions;
use crate::id::{ConferenceId, OfficeId, OrganizationId, PersonId, PositionId, SourceId};
use crate::marking::Marking;
use crate::personal::PersonalData;
use crate::text::{LanguageTag, Text};

/// A position a person holds or held: a title in an organisation, over a period.
///
/// A person may hold several positions at once and over time; `acting` marks one held on an
/// interim basis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a position: a JSON object")]
#[non_exhaustive]
pub struct Position {
    /// Its id among the person's positions, for the capacities that name it (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<PositionId>,
    /// The title, such as "Secretary General" or "High Commissioner".
    pub title: Text,
    /// The language of the title, where it is not the document's (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_language: Option<LanguageTag>,
    /// The title as other sources write it: other spellings ("Vice President"), wordings,
    /// languages and abbreviations ("IGP"). A capacity given as a title matches any of them
    /// (since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_titles: Vec<OtherTitle>,
    /// The organisation the position belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<OrganizationId>,
    /// The office held over time that this position is a tenure of, so that two people's
    /// positions under two titles ("President", "chairperson") are one office (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office: Option<OfficeId>,
    /// The session that elected them to it, where the source says no more of the term's
    /// start ("newly elected at the 30th session"; since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elected_at: Option<ConferenceId>,
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
    /// Every version the sources give of its `acting` or its `title` where they disagree,
    /// with their sources, wording and rank (see [`crate::claim::PositionClaim`]; since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<crate::claim::PositionClaim>,
    /// Data that does not fit the vocabulary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

impl Position {
    /// A position with its title; the other fields are empty.
    #[must_use]
    pub fn new(title: Text) -> Self {
        Self {
            id: None,
            title,
            title_language: None,
            other_titles: Vec::new(),
            organization: None,
            office: None,
            elected_at: None,
            from: None,
            to: None,
            acting: false,
            attested: None,
            sources: Vec::new(),
            wording: None,
            claims: Vec::new(),
            extensions: None,
        }
    }
}

/// A position's title as another source writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "a title: an object with its \"title\""
)]
#[non_exhaustive]
pub struct OtherTitle {
    /// The title as written.
    pub title: Text,
    /// Its language, where it is not the document's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<LanguageTag>,
    /// Whether it is an abbreviation ("IGP" for "Inspector General of Police").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub abbreviation: bool,
    /// The sources that write it so (since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl OtherTitle {
    /// A title in the document's language.
    #[must_use]
    pub fn new(title: Text) -> Self {
        Self {
            title,
            language: None,
            abbreviation: false,
            sources: Vec::new(),
        }
    }
}

/// How a form of a name relates to the person's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NameFormKind {
    /// As a source writes it.
    AsWritten,
    /// A transliteration from another script.
    Transliteration,
    /// With a part the record supplies that the source does not give ("Tan (Wei-ming)").
    Supplied,
    /// Family name first ("Tan Wei-ming").
    FamilyFirst,
}

crate::util::wire_names!(NameFormKind, "regional_conference::person::NameFormKind", {
        AsWritten => "as_written",
        Transliteration => "transliteration",
        Supplied => "supplied",
        FamilyFirst => "family_first",
});

/// Another form of a person's name: a string, or an object saying what kind of form it is,
/// its language, its parts and its sources (the object form since 1.2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    untagged,
    expecting = "a name: a string, or an object with its \"name\""
)]
#[non_exhaustive]
pub enum NameForm {
    /// Just the name, as in vocabulary 1.0 and 1.1.
    Plain(Text),
    /// The name with what is known of it.
    Described(Box<DescribedName>),
}

impl NameForm {
    /// The name as written.
    #[must_use]
    pub fn name(&self) -> &Text {
        match self {
            NameForm::Plain(t) => t,
            NameForm::Described(d) => &d.name,
        }
    }
}

/// A form of a name with what is known of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a name: an object with its \"name\"")]
#[non_exhaustive]
pub struct DescribedName {
    /// The name as written.
    pub name: Text,
    /// What kind of form it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<NameFormKind>,
    /// Its language or script, such as `ar-Latn` for a transliteration from Arabic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<LanguageTag>,
    /// The given name, where the parts are known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given: Option<Text>,
    /// The family name, where the parts are known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<Text>,
    /// The sources that write it so.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl DescribedName {
    /// A form of the name with nothing more known.
    #[must_use]
    pub fn new(name: Text) -> Self {
        Self {
            name,
            form: None,
            language: None,
            given: None,
            family: None,
            sources: Vec::new(),
        }
    }
}

/// A person: an official, a delegate, a speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a person: a JSON object")]
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
    /// Other forms of the name: spellings, transliterations, family-name-first, with parts
    /// supplied; each a string, or an object with its kind, language, parts and sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_names: Vec<NameForm>,
    /// The person's nationality, where a source states it (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nationality: Option<CountryCode>,
    /// An honorific or rank written before the name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub honorific: Option<Text>,
    /// Personal data: contact details and the like, never part of a public view. Boxed: most
    /// people of a large dataset have none, and an empty box costs a pointer, not the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personal: Option<Box<PersonalData>>,
    /// Positions held, several at once and over time.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::util::shrunk"
    )]
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
            nationality: None,
            honorific: None,
            personal: None,
            positions: Vec::new(),
            sources: Vec::new(),
            extensions: None,
        }
    }
}
