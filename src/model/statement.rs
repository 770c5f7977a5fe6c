//! Statements: what officials said, quoted verbatim or paraphrased, in the language they were
//! recorded in, with translations.
//!
//! # Examples
//!
//! ```
//! use regional_conference::{Paragraph, Statement};
//! use regional_conference::statement::StatementKind;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut quote = Statement::new(
//!     "ga-82-opening".parse()?,
//!     "jane-doe".parse()?,
//!     StatementKind::Quote,
//!     Paragraph::new("La coopération policière n'a pas de frontières.")?,
//!     "fr".parse()?,
//! );
//! quote.translations.insert("en".parse()?, Paragraph::new("Police cooperation knows no borders.")?);
//! assert_eq!(quote.language.as_str(), "fr");
//! # Ok(())
//! # }
//! ```

use serde::{Deserialize, Serialize};

use crate::marking::Marking;

use crate::date::PartialDate;
use crate::extensions::Extensions;
use crate::id::{ConferenceId, OrganizationId, PersonId, SourceId, StatementId};
use crate::text::{LanguageTag, Paragraph, Text, Translations};
use crate::topic::Topic;

/// Whether a statement gives the speaker's words or their gist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    /// The speaker's words, verbatim.
    Quote,
    /// The source's account of what the speaker said.
    Paraphrase,
}

crate::util::wire_names!(StatementKind, "regional_conference::statement::StatementKind", {
        Quote => "quote",
        Paraphrase => "paraphrase",
});

/// The capacity in which someone acts: a title, in an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "a capacity: an object with its \"title\""
)]
#[non_exhaustive]
pub struct Capacity {
    /// The title, such as "President".
    pub title: Text,
    /// The organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<OrganizationId>,
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

impl Capacity {
    /// A capacity with a title and, optionally, an organisation.
    #[must_use]
    pub fn new(title: Text, organization: Option<OrganizationId>) -> Self {
        Self {
            title,
            organization,
            sources: Vec::new(),
            wording: None,
            extensions: None,
        }
    }
}

/// Something an official said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Statement {
    /// The statement's id, so that media releases can cite it.
    pub id: StatementId,
    /// Its handling marking; without one it takes the marking of what holds it (the
    /// dataset's default for an entity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<Marking>,
    /// Who spoke.
    pub speaker: PersonId,
    /// The capacity they spoke in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<Capacity>,
    /// Quote or paraphrase.
    pub kind: StatementKind,
    /// What was said, exactly as the source gives it.
    pub text: Paragraph,
    /// The language of `text`.
    pub language: LanguageTag,
    /// Translations of `text`.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations,
    /// When it was said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// The session it was said at, when not the conference that lists it (a co-located event).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occasion: Option<ConferenceId>,
    /// The moment, as the source puts it ("closing the conference").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<Text>,
    /// What it was about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Topic>,
    /// The sources that report it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// Data outside the vocabulary, kept exactly as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

impl Statement {
    /// A statement with its required fields; the others are empty.
    #[must_use]
    pub fn new(
        id: StatementId,
        speaker: PersonId,
        kind: StatementKind,
        text: Paragraph,
        language: LanguageTag,
    ) -> Self {
        Self {
            id,
            marking: None,
            speaker,
            capacity: None,
            kind,
            text,
            language,
            translations: Translations::new(),
            date: None,
            occasion: None,
            context: None,
            topics: Vec::new(),
            sources: Vec::new(),
            extensions: None,
        }
    }
}
