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
use crate::date::PartialDate;
use crate::extensions::Extensions;
use crate::id::{CapabilityId, ConferenceId, OrganizationId, RecommendationId, RegionId, SourceId};
use crate::organization::OrganizationKind;
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
    /// All member countries of an organisation ("all AFRIPOL member states"; since 1.2).
    MemberCountries {
        /// The organisation.
        organization: OrganizationId,
    },
    /// Bodies of one kind, in a region where the source says ("the national central bureaus
    /// of the region"; since 1.2).
    Bodies {
        /// The bodies, as the source describes them.
        description: Text,
        /// Their kind, where it is one of the vocabulary's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        body_kind: Option<OrganizationKind>,
        /// The region they are in.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        region: Option<RegionId>,
    },
    /// A named group ("the countries of the Sahel"), with its countries where the source lists
    /// them (since 1.2).
    Group {
        /// The group's name.
        name: Text,
        /// Its countries.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        countries: Vec<CountryCode>,
    },
}

/// Where a recommendation stands: each step of its life is an event with its session or date
/// and sources (since 1.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RecommendationStatus {
    /// Proposed (by a committee, a working group, a member).
    Proposed,
    /// Adopted.
    Adopted,
    /// Endorsed by a later session or another body.
    Endorsed,
    /// Deferred to a later session.
    Deferred,
    /// Being carried out.
    InProgress,
    /// Carried out.
    Implemented,
    /// Rejected.
    Rejected,
    /// Withdrawn or superseded.
    Withdrawn,
}

crate::util::wire_names!(RecommendationStatus, "regional_conference::recommendation::RecommendationStatus", {
        Proposed => "proposed",
        Adopted => "adopted",
        Endorsed => "endorsed",
        Deferred => "deferred",
        InProgress => "in_progress",
        Implemented => "implemented",
        Rejected => "rejected",
        Withdrawn => "withdrawn",
});

/// One step of a recommendation's life: proposed, adopted, endorsed by a later session,
/// deferred, implemented (since 1.2).
///
/// # Examples
///
/// ```
/// use regional_conference::recommendation::{RecommendationStatus, StatusEvent};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mut endorsed = StatusEvent::new(RecommendationStatus::Endorsed);
/// endorsed.conference = Some("general-assembly-86".parse()?);
/// assert_eq!(
///     serde_json::to_string(&endorsed)?,
///     r#"{"status":"endorsed","conference":"general-assembly-86"}"#
/// );
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a status event: a JSON object")]
#[non_exhaustive]
pub struct StatusEvent {
    /// The status it reached.
    pub status: RecommendationStatus,
    /// The session at which it did, if the dataset holds it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conference: Option<ConferenceId>,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// The body that acted, where it is not a session (a council, a secretariat).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<OrganizationId>,
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

impl StatusEvent {
    /// A step with its status, nothing else known.
    #[must_use]
    pub fn new(status: RecommendationStatus) -> Self {
        Self {
            status,
            conference: None,
            date: None,
            by: None,
            sources: Vec::new(),
            wording: None,
            extensions: None,
        }
    }
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
    /// Whom it is for, where that is not whom it is addressed to ("to support the efforts of
    /// member countries in the region"; since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub beneficiaries: Vec<Addressee>,
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
    /// Its life after (and before) adoption: proposed, endorsed by a later session, deferred,
    /// implemented, in order (since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<StatusEvent>,
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
            beneficiaries: Vec::new(),
            action,
            language: None,
            translations: Translations::new(),
            topics: Vec::new(),
            programmes: Vec::new(),
            partners: Vec::new(),
            history: Vec::new(),
            capabilities: Vec::new(),
            sources: Vec::new(),
            extensions: None,
        }
    }
}
