//! Media releases that report on conferences.
//!
//! # Examples
//!
//! ```
//! use regional_conference::{CountryCode, MediaRelease, Text};
//! use regional_conference::release::{Dateline, ReleaseKind};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut release = MediaRelease::new(
//!     "release-2013-05-16".parse()?,
//!     ReleaseKind::MediaRelease,
//!     "2013-05-16".parse()?,
//!     Text::new("Meeting strengthens collaboration")?,
//!     "en".parse()?,
//! );
//! release.dateline = Some(Dateline::new(Text::new("BUDAPEST")?, CountryCode::from_static("HU")));
//! assert_eq!(release.dateline.as_ref().map(ToString::to_string).as_deref(), Some("BUDAPEST, Hungary"));
//! # Ok(())
//! # }
//! ```

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::country::CountryCode;
use crate::date::PartialDate;
use crate::extensions::Extensions;
use crate::id::{ConferenceId, MediaReleaseId, OrganizationId, SourceId, StatementId};
use crate::marking::{MarkedParagraph, Marking};
use crate::text::{LanguageTag, Text};

/// What kind of publication a release is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReleaseKind {
    /// A media (press) release.
    MediaRelease,
    /// A news item or story on the organisation's site.
    News,
    /// A formal statement.
    Statement,
    /// An announcement or invitation, published before the session it announces (since 1.2).
    Announcement,
    /// Any other kind.
    Other,
}

crate::util::wire_names!(ReleaseKind, "regional_conference::release::ReleaseKind", {
        MediaRelease => "media_release",
        News => "news",
        Statement => "statement",
        Announcement => "announcement",
        Other => "other",
});

/// The place line that opens a release: "BUDAPEST, Hungary".
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a dateline: a JSON object")]
#[non_exhaustive]
pub struct Dateline {
    /// The place, as written in the release ("BUDAPEST").
    pub place: Text,
    /// Its country.
    pub country: CountryCode,
}

impl Dateline {
    /// A dateline.
    #[must_use]
    pub fn new(place: Text, country: CountryCode) -> Self {
        Self { place, country }
    }
}

impl fmt::Display for Dateline {
    /// The place, a comma and the country's short name: "BUDAPEST, Hungary".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, {}", self.place, self.country.name())
    }
}

/// A media release, with its text and what it reports on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a media release: a JSON object")]
#[non_exhaustive]
pub struct MediaRelease {
    /// The release's id.
    pub id: MediaReleaseId,
    /// Its handling marking; without one it takes the marking of what holds it (the
    /// dataset's default for an entity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<Marking>,
    /// What kind of publication it is.
    pub kind: ReleaseKind,
    /// The organisation that issued it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<OrganizationId>,
    /// When it was published: the day, or the month or year where that is all that is known
    /// (a release known by the year in its address; a partial date since 1.2).
    pub published: PartialDate,
    /// Its headline.
    pub headline: Text,
    /// Its dateline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<Dateline>,
    /// Its text, paragraph by paragraph, exactly as published.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paragraphs: Vec<MarkedParagraph>,
    /// The language it is written in.
    pub language: LanguageTag,
    /// The sessions it reports on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub about: Vec<ConferenceId>,
    /// The statements it quotes or paraphrases.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<StatementId>,
    /// The citation of the release itself (its URL, when it was retrieved).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceId>,
    /// Data outside the vocabulary, kept exactly as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

impl MediaRelease {
    /// A release with its required fields; the others are empty.
    #[must_use]
    pub fn new(
        id: MediaReleaseId,
        kind: ReleaseKind,
        published: PartialDate,
        headline: Text,
        language: LanguageTag,
    ) -> Self {
        Self {
            id,
            marking: None,
            kind,
            publisher: None,
            published,
            headline,
            dateline: None,
            paragraphs: Vec::new(),
            language,
            about: Vec::new(),
            quotes: Vec::new(),
            source: None,
            extensions: None,
        }
    }
}
