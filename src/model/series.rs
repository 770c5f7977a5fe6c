//! Series of sessions described as entities of their own (since 1.2): who organises them, for
//! which region, and how often they meet.
//!
//! Sessions and host designations name their series by a plain key
//! ([`SeriesId`]), as they did before 1.2; a [`Series`] with that id says more about it where
//! the dataset knows more. A dataset that describes no series is as valid as ever.
//!
//! # Examples
//!
//! ```
//! use regional_conference::Text;
//! use regional_conference::series::{Cadence, Series};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut erc = Series::new(
//!     "interpol-european-regional-conference".parse()?,
//!     Text::new("INTERPOL European Regional Conference")?,
//!     "interpol".parse()?,
//! );
//! erc.cadence = Some(Cadence::Annual);
//! erc.region = Some("interpol-europe".parse()?);
//! assert_eq!(
//!     serde_json::to_string(&erc)?,
//!     r#"{"id":"interpol-european-regional-conference","title":"INTERPOL European Regional Conference","organizer":"interpol","region":"interpol-europe","cadence":"annual"}"#
//! );
//! # Ok(())
//! # }
//! ```

use serde::{Deserialize, Serialize};

use crate::extensions::Extensions;
use crate::id::{OrganizationId, RegionId, SeriesId, SourceId};
use crate::marking::Marking;
use crate::text::Text;

/// How often the sessions of a series meet, as the source states it.
///
/// # Examples
///
/// ```
/// use regional_conference::series::Cadence;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let cadence: Cadence = serde_json::from_str("\"biennial\"")?;
/// assert_eq!(cadence, Cadence::Biennial);
/// assert_eq!(cadence.to_string(), "biennial");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Cadence {
    /// Every year.
    Annual,
    /// Every two years.
    Biennial,
    /// Every three years.
    Triennial,
    /// When convened, with no fixed interval.
    Irregular,
    /// Another interval.
    Other,
}

crate::util::wire_names!(Cadence, "regional_conference::series::Cadence", {
        Annual => "annual",
        Biennial => "biennial",
        Triennial => "triennial",
        Irregular => "irregular",
        Other => "other",
});

/// A series of sessions: an organisation's regional conference, a general assembly.
///
/// Its `id` is the key sessions and host designations name it by (`series`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a series: a JSON object")]
#[non_exhaustive]
pub struct Series {
    /// The series' id: the key its sessions name it by.
    pub id: SeriesId,
    /// Its handling marking; without one it takes the dataset's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<Marking>,
    /// Its title, such as "INTERPOL European Regional Conference".
    pub title: Text,
    /// The organisation that convenes it.
    pub organizer: OrganizationId,
    /// The region whose sessions it holds, for a regional series.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<RegionId>,
    /// How often it meets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cadence: Option<Cadence>,
    /// Other names it goes by.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_names: Vec<Text>,
    /// The sources that state these facts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// Data outside the vocabulary, kept exactly as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

impl Series {
    /// A series with its id, title and organiser; the other fields are empty.
    #[must_use]
    pub fn new(id: SeriesId, title: Text, organizer: OrganizationId) -> Self {
        Self {
            id,
            marking: None,
            title,
            organizer,
            region: None,
            cadence: None,
            other_names: Vec::new(),
            sources: Vec::new(),
            extensions: None,
        }
    }
}
