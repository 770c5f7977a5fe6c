//! Recommendations a session adopts, and whom they are addressed to.
//!
//! # Examples
//!
//! ```
//! use regional_conference::{Paragraph, Recommendation};
//! use regional_conference::recommendation::Addressee;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut rec = Recommendation::new(
//!     "erc-42-rec-3".parse()?,
//!     "interpol-erc-42".parse()?,
//!     Paragraph::new("enhance INTERPOL’s cooperation with Europol to fight cybercrime")?,
//! );
//! rec.addressees.push(Addressee::RegionMembers { region: "interpol-europe".parse()? });
//! rec.partners.push("europol".parse()?);
//! assert_eq!(
//!     serde_json::to_string(&rec.addressees)?,
//!     r#"[{"kind":"region_members","region":"interpol-europe"}]"#
//! );
//! # Ok(())
//! # }
//! ```

use serde::{Deserialize, Serialize};

use crate::marking::Marking;

use crate::country::CountryCode;
use crate::extensions::Extensions;
use crate::id::{CapabilityId, ConferenceId, OrganizationId, RecommendationId, RegionId, SourceId};
use crate::text::{LanguageTag, Paragraph, Text, Translations};
use crate::topic::Topic;

/// Whom a recommendation is addressed to, tagged by `"kind"` on the wire.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Addressee {
    /// The member countries of a region ("European member countries").
    RegionMembers {
        /// The region.
        region: RegionId,
    },
    /// Named countries.
    Countries {
        /// The countries.
        countries: Vec<CountryCode>,
    },
    /// An organisation, or one of its bodies (its general secretariat).
    Organization {
        /// The organisation or body.
        organization: OrganizationId,
    },
}

/// A recommendation adopted by a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a recommendation: a JSON object")]
#[non_exhaustive]
pub struct Recommendation {
    /// The recommendation's id.
    pub id: RecommendationId,
    /// Its handling marking; without one it takes the marking of what holds it (the
    /// dataset's default for an entity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<Marking>,
    /// Its official number or reference, where it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<Text>,
    /// The session that adopted it.
    pub adopted_at: ConferenceId,
    /// Whom it is addressed to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addressees: Vec<Addressee>,
    /// The action it asks for, as adopted.
    pub action: Paragraph,
    /// The language of `action`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<LanguageTag>,
    /// Translations of `action`.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations,
    /// What it is about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Topic>,
    /// Programmes it refers to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub programmes: Vec<OrganizationId>,
    /// Partner organisations it refers to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<OrganizationId>,
    /// Capabilities (databases, systems, platforms, tools) it refers to (since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub capabilities: Vec<CapabilityId>,
    /// The sources that state it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// Data outside the vocabulary, kept exactly as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

impl Recommendation {
    /// A recommendation with its id, the session that adopted it and its action.
    #[must_use]
    pub fn new(id: RecommendationId, adopted_at: ConferenceId, action: Paragraph) -> Self {
        Self {
            id,
            marking: None,
            number: None,
            adopted_at,
            addressees: Vec::new(),
            action,
            language: None,
            translations: Translations::new(),
            topics: Vec::new(),
            programmes: Vec::new(),
            partners: Vec::new(),
            capabilities: Vec::new(),
            sources: Vec::new(),
            extensions: None,
        }
    }
}
