//! Strategies: multi-year plans a conference endorses, with their priorities.
//!
//! # Examples
//!
//! ```
//! use regional_conference::{Strategy, Text};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut strategy = Strategy::new(
//!     "europe-2014-2016".parse()?,
//!     Text::new("Strategy for the European region 2014–2016")?,
//!     "interpol".parse()?,
//!     "2014-16".parse()?,
//! );
//! strategy.stated_years = std::num::NonZeroU8::new(3);
//! assert_eq!(strategy.period.years(), 3);
//! # Ok(())
//! # }
//! ```

use serde::{Deserialize, Serialize};

use crate::marking::Marking;

use crate::date::YearRange;
use crate::extensions::Extensions;
use crate::id::{ConferenceId, OrganizationId, RegionId, SourceId, StrategyId};
use crate::text::{Paragraph, Text};
use crate::topic::Topic;

/// A priority of a strategy.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a priority: a JSON object")]
#[non_exhaustive]
pub struct Priority {
    /// Its title.
    pub title: Text,
    /// The topics it covers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Topic>,
    /// What the strategy says of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Paragraph>,
}

impl Priority {
    /// A priority with its title.
    #[must_use]
    pub fn new(title: Text) -> Self {
        Self {
            title,
            topics: Vec::new(),
            description: None,
        }
    }
}

/// A strategy for a period of years, usually for a region.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a strategy: a JSON object")]
#[non_exhaustive]
pub struct Strategy {
    /// The strategy's id.
    pub id: StrategyId,
    /// Its handling marking; without one it takes the marking of what holds it (the
    /// dataset's default for an entity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<Marking>,
    /// Its title.
    pub title: Text,
    /// The organisation whose strategy it is.
    pub organizer: OrganizationId,
    /// The region it is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<RegionId>,
    /// The years it covers.
    pub period: YearRange,
    /// Its length as the source describes it ("three-year strategy" is 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_years: Option<std::num::NonZeroU8>,
    /// Its priorities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub priorities: Vec<Priority>,
    /// The session that endorsed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endorsed_by: Option<ConferenceId>,
    /// A summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Paragraph>,
    /// The sources that state these facts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// Data outside the vocabulary, kept exactly as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

impl Strategy {
    /// A strategy with its required fields; the others are empty.
    #[must_use]
    pub fn new(id: StrategyId, title: Text, organizer: OrganizationId, period: YearRange) -> Self {
        Self {
            id,
            marking: None,
            title,
            organizer,
            region: None,
            period,
            stated_years: None,
            priorities: Vec::new(),
            endorsed_by: None,
            summary: None,
            sources: Vec::new(),
            extensions: None,
        }
    }
}
