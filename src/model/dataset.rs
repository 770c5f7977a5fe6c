//! The dataset: the root document that holds every entity, and within which every reference
//! resolves.
//!
//! # Examples
//!
//! ```
//! use regional_conference::{Dataset, Organization, Text};
//! use regional_conference::organization::OrganizationKind;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut dataset = Dataset::new();
//! dataset.organizations.push(Organization::new(
//!     "interpol".parse()?,
//!     Text::new("INTERPOL")?,
//!     OrganizationKind::IntergovernmentalOrganization,
//! ));
//! let json = serde_json::to_string(&dataset)?;
//! assert_eq!(
//!     json,
//!     r#"{"schema_version":"1.2","organizations":[{"id":"interpol","name":"INTERPOL","kind":"intergovernmental_organization"}]}"#
//! );
//! let back = regional_conference::decode::from_str::<Dataset>(&json)?;
//! assert_eq!(back, dataset);
//! # Ok(())
//! # }
//! ```

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::capability::Capability;
use crate::conference::Conference;
use crate::extensions::Extensions;
use crate::id::{
    CapabilityId, ConferenceId, MediaReleaseId, OfficeId, OrganizationId, PersonId,
    RecommendationId, RegionId, SeriesId, SourceId, StrategyId,
};
use crate::marking::Marking;
use crate::office::Office;
use crate::organization::Organization;
use crate::person::Person;
use crate::recommendation::Recommendation;
use crate::region::Region;
use crate::release::MediaRelease;
use crate::series::Series;
use crate::source::Source;
use crate::strategy::Strategy;
use crate::text::LanguageTag;
use crate::util::echo;

/// The error returned when a string is not a schema version this crate reads.
///
/// ```
/// use regional_conference::dataset::SchemaVersion;
///
/// assert_eq!(
///     "2.0".parse::<SchemaVersion>().unwrap_err().to_string(),
///     "unsupported schema_version \"2.0\": this crate reads 1.0 to 1.2"
/// );
/// assert_eq!(
///     "1.3".parse::<SchemaVersion>().unwrap_err().to_string(),
///     "unsupported schema_version \"1.3\": this crate reads 1.0 to 1.2; \
///      a newer regional-conference reads this document"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SchemaVersionError {
    /// Not of the form `MAJOR.MINOR`.
    #[error("invalid schema_version {0:?}: expected MAJOR.MINOR, such as \"1.0\"")]
    Syntax(String),
    /// A major version this crate does not read.
    #[error(
        "unsupported schema_version {0:?}: this crate reads {major}.0 to {current}",
        major = SchemaVersion::CURRENT.major,
        current = SchemaVersion::CURRENT
    )]
    Unsupported(String),
    /// A later minor version of the vocabulary than this crate knows: the document may use
    /// fields this crate cannot read, so it is refused as a whole rather than field by field.
    #[error(
        "unsupported schema_version {0:?}: this crate reads {major}.0 to {current}; \
         a newer regional-conference reads this document",
        major = SchemaVersion::CURRENT.major,
        current = SchemaVersion::CURRENT
    )]
    Newer(String),
}

/// The version of the vocabulary a document is written in: `MAJOR.MINOR`.
///
/// An addition to the vocabulary raises the minor version; a change or removal raises the
/// major version. This crate reads `1.0` to `1.2` and refuses any other version with an error
/// that names both the document's version and the versions it reads — also when the document
/// has fields of the newer version that this crate does not know (see
/// [`decode`](crate::decode)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SchemaVersion {
    major: u16,
    minor: u16,
}

impl SchemaVersion {
    /// The version this crate writes.
    pub const CURRENT: SchemaVersion = SchemaVersion { major: 1, minor: 2 };

    /// The major version.
    #[must_use]
    pub fn major(self) -> u16 {
        self.major
    }

    /// The minor version.
    #[must_use]
    pub fn minor(self) -> u16 {
        self.minor
    }

    /// Parses `MAJOR.MINOR` and checks that this crate reads it.
    ///
    /// # Errors
    ///
    /// Returns [`SchemaVersionError`] if `s` is not `MAJOR.MINOR` or names a version this crate
    /// does not read: another major version, or a later minor one.
    pub fn parse(s: &str) -> Result<Self, SchemaVersionError> {
        let syntax = || SchemaVersionError::Syntax(echo(s));
        let (a, b) = s.split_once('.').ok_or_else(syntax)?;
        let number = |p: &str| -> Result<u16, SchemaVersionError> {
            let canonical = p == "0" || (!p.starts_with('0') && !p.is_empty());
            if !canonical || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(syntax());
            }
            p.parse().map_err(|_| syntax())
        };
        let version = Self {
            major: number(a)?,
            minor: number(b)?,
        };
        if version.major != Self::CURRENT.major {
            return Err(SchemaVersionError::Unsupported(echo(s)));
        }
        if version.minor > Self::CURRENT.minor {
            return Err(SchemaVersionError::Newer(echo(s)));
        }
        Ok(version)
    }
}

impl Default for SchemaVersion {
    fn default() -> Self {
        Self::CURRENT
    }
}

impl fmt::Display for SchemaVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

impl std::str::FromStr for SchemaVersion {
    type Err = SchemaVersionError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl Serialize for SchemaVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SchemaVersion {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct VersionVisitor;
        impl serde::de::Visitor<'_> for VersionVisitor {
            type Value = SchemaVersion;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a schema version such as \"1.0\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<SchemaVersion, E> {
                SchemaVersion::parse(v).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(VersionVisitor)
    }
}

impl schemars::JsonSchema for SchemaVersion {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("SchemaVersion")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "The vocabulary version the document is written in, MAJOR.MINOR. This schema reads 1.0 to 1.2.",
            "pattern": format!("^{}\\.[0-{}]$", SchemaVersion::CURRENT.major, SchemaVersion::CURRENT.minor),
        })
    }
}

/// The root document: every organisation, region, series, capability, person, conference,
/// strategy, recommendation, media release and source of a collection, referring to each other
/// by id.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a dataset: a JSON object")]
#[non_exhaustive]
pub struct Dataset {
    /// The vocabulary version the document is written in.
    pub schema_version: SchemaVersion,
    /// The handling marking of every entity that carries none of its own. Without one, views
    /// treat unmarked entities as `TLP:RED`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<Marking>,
    /// The language of the dataset's text where an entity does not say otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<LanguageTag>,
    /// Organisations: international bodies, national police, programmes, expert groups.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organizations: Vec<Organization>,
    /// Regions as organisations define them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<Region>,
    /// Series of sessions described as entities (since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub series: Vec<Series>,
    /// Databases, systems, platforms, programmes and tools that proceedings refer to (since
    /// 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub capabilities: Vec<Capability>,
    /// People: officials, delegates, speakers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
    /// Offices held over time: a body's chair, presidency or secretariat, with its holders
    /// (since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offices: Vec<Office>,
    /// Sessions: regional conferences, general assemblies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conferences: Vec<Conference>,
    /// Strategies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strategies: Vec<Strategy>,
    /// Recommendations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recommendations: Vec<Recommendation>,
    /// Media releases.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub media_releases: Vec<MediaRelease>,
    /// Sources cited by the entities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Data outside the vocabulary, kept exactly as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

macro_rules! finder {
    ($(#[$doc:meta])* $fn:ident, $field:ident, $id:ty, $ty:ty) => {
        $(#[$doc])*
        #[must_use]
        pub fn $fn(&self, id: &$id) -> Option<&$ty> {
            self.$field.iter().find(|e| &e.id == id)
        }
    };
}

impl Dataset {
    /// An empty dataset of the current schema version.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    finder!(
        /// The organisation with this id.
        organization, organizations, OrganizationId, Organization
    );
    finder!(
        /// The region with this id.
        region, regions, RegionId, Region
    );
    finder!(
        /// The series with this id.
        series, series, SeriesId, Series
    );
    finder!(
        /// The capability with this id.
        capability, capabilities, CapabilityId, Capability
    );
    finder!(
        /// The person with this id.
        person, people, PersonId, Person
    );
    finder!(
        /// The office with this id.
        office, offices, OfficeId, Office
    );
    finder!(
        /// The conference with this id.
        conference, conferences, ConferenceId, Conference
    );
    finder!(
        /// The strategy with this id.
        strategy, strategies, StrategyId, Strategy
    );
    finder!(
        /// The recommendation with this id.
        recommendation, recommendations, RecommendationId, Recommendation
    );
    finder!(
        /// The media release with this id.
        media_release, media_releases, MediaReleaseId, MediaRelease
    );
    finder!(
        /// The source with this id.
        source, sources, SourceId, Source
    );
}
