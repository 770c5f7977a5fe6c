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
use crate::id::{ConferenceId, OrganizationId, PersonId, PositionId, SourceId, StatementId};
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

/// A capacity by reference: a position of the person it belongs to, whom they acted for, or
/// both ("on behalf of the African Union"; since 1.2). At least one of the two.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "CapacityRefRepr", into = "CapacityRefRepr")]
#[non_exhaustive]
pub struct CapacityRef {
    /// The position, by its id among the person's positions.
    pub position: Option<PositionId>,
    /// The organisation or government they acted for.
    pub on_behalf_of: Option<OrganizationId>,
    /// The sources that state it.
    pub sources: Vec<SourceId>,
    /// The source's own words ("in his capacity as Chairperson").
    pub wording: Option<Text>,
}

impl CapacityRef {
    /// The capacity of the position `position`.
    #[must_use]
    pub fn position(position: PositionId) -> Self {
        Self {
            position: Some(position),
            on_behalf_of: None,
            sources: Vec::new(),
            wording: None,
        }
    }

    /// Acting for `organization`, in no recorded position.
    #[must_use]
    pub fn on_behalf_of(organization: OrganizationId) -> Self {
        Self {
            position: None,
            on_behalf_of: Some(organization),
            sources: Vec::new(),
            wording: None,
        }
    }
}

/// A capacity by reference: `position` (the id of one of the person's positions),
/// `on_behalf_of` (an organisation), or both.
#[derive(Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename = "CapacityRef",
    expecting = "a capacity: an object with its \"position\" or \"on_behalf_of\""
)]
struct CapacityRefRepr {
    /// The position, by its id among the person's positions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    position: Option<PositionId>,
    /// The organisation or government they acted for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    on_behalf_of: Option<OrganizationId>,
    /// The sources that state it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    sources: Vec<SourceId>,
    /// The source's own words ("in his capacity as Chairperson").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    wording: Option<Text>,
}

/// The error of a capacity that names neither a position nor whom it acts for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a capacity names a position, whom it acts for (on_behalf_of), or both")]
pub struct CapacityRefError;

impl TryFrom<CapacityRefRepr> for CapacityRef {
    type Error = CapacityRefError;
    fn try_from(r: CapacityRefRepr) -> Result<Self, CapacityRefError> {
        if r.position.is_none() && r.on_behalf_of.is_none() {
            return Err(CapacityRefError);
        }
        Ok(Self {
            position: r.position,
            on_behalf_of: r.on_behalf_of,
            sources: r.sources,
            wording: r.wording,
        })
    }
}

impl From<CapacityRef> for CapacityRefRepr {
    fn from(c: CapacityRef) -> Self {
        Self {
            position: c.position,
            on_behalf_of: c.on_behalf_of,
            sources: c.sources,
            wording: c.wording,
        }
    }
}

impl schemars::JsonSchema for CapacityRef {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("CapacityRef")
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let position = generator.subschema_for::<PositionId>();
        let organization = generator.subschema_for::<OrganizationId>();
        let mut schema = CapacityRefRepr::json_schema(generator);
        schema.insert(
            "anyOf".to_owned(),
            serde_json::json!([
                {
                    "type": "object",
                    "properties": {"position": {"description": "The position, by its id among the person's positions.", "$ref": position.get("$ref")}},
                    "required": ["position"],
                },
                {
                    "type": "object",
                    "properties": {"on_behalf_of": {"description": "The organisation or government they acted for.", "$ref": organization.get("$ref")}},
                    "required": ["on_behalf_of"],
                },
            ]),
        );
        schema
    }
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
#[serde(deny_unknown_fields, expecting = "a statement: a JSON object")]
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
    /// The capacity they spoke in, copied as a title (1.0 and 1.1; still read). A title is
    /// matched against the speaker's positions and their other titles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<Capacity>,
    /// The capacities they spoke in, by reference: one or more of the speaker's positions
    /// ("Vice-President for the region and Chair of the conference"), and whom they spoke for
    /// (since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub capacities: Vec<CapacityRef>,
    /// Quote or paraphrase.
    pub kind: StatementKind,
    /// What was said, exactly as the source gives it.
    pub text: Paragraph,
    /// The language of `text`.
    pub language: LanguageTag,
    /// The language the words were said in, where `text` is a translation of them (a quote
    /// known only in translation; since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_language: Option<LanguageTag>,
    /// The speaker's own words that a paraphrase embeds, each exactly as it stands in `text`
    /// (rule `statement.verbatim.not_in_text`; since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub verbatim: Vec<Text>,
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
            capacities: Vec::new(),
            kind,
            text,
            language,
            original_language: None,
            verbatim: Vec::new(),
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
