//! Regions as an organisation defines them: its "European region", its "Americas".
//!
//! # Examples
//!
//! ```
//! use regional_conference::{CountryCode, Region, Text};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut europe = Region::new(
//!     "interpol-europe".parse()?,
//!     Text::new("European region")?,
//!     "interpol".parse()?,
//! );
//! europe.members.push(CountryCode::from_static("HU"));
//! assert!(europe.members.contains(&CountryCode::from_static("HU")));
//! # Ok(())
//! # }
//! ```

use serde::{Deserialize, Serialize};

use crate::marking::Marking;

use crate::country::CountryCode;
use crate::extensions::Extensions;
use crate::id::{OrganizationId, RegionId, SourceId};
use crate::text::{Paragraph, Text};

/// A region as an organisation defines it, with its member countries where they are listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a region: a JSON object")]
#[non_exhaustive]
pub struct Region {
    /// The region's id.
    pub id: RegionId,
    /// Its handling marking; without one it takes the marking of what holds it (the
    /// dataset's default for an entity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<Marking>,
    /// Its name, such as "European region".
    pub name: Text,
    /// The organisation that defines it.
    pub organizer: OrganizationId,
    /// Its member countries. Empty when the source does not list them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<CountryCode>,
    /// Other names it goes by.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_names: Vec<Text>,
    /// How the source describes the region ("the countries of South-East Europe"), in its
    /// words (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Paragraph>,
    /// The regions it is divided into, such as a continent's subregions (since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subregions: Vec<RegionId>,
    /// The sources that state these facts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// Data outside the vocabulary, kept exactly as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

impl Region {
    /// A region with its id, name and organiser; no members listed.
    #[must_use]
    pub fn new(id: RegionId, name: Text, organizer: OrganizationId) -> Self {
        Self {
            id,
            marking: None,
            name,
            organizer,
            members: Vec::new(),
            other_names: Vec::new(),
            description: None,
            subregions: Vec::new(),
            sources: Vec::new(),
            extensions: None,
        }
    }
}
