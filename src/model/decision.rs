//! Decisions a session takes, tagged by `kind`.
//!
//! # Examples
//!
//! ```
//! use regional_conference::{CountryCode, Decision};
//! use regional_conference::decision::HostDesignation;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let next = Decision::DesignateHost(HostDesignation::new(
//!     "interpol-european-regional-conference".parse()?,
//!     "43".parse()?,
//!     CountryCode::from_static("RO"),
//!     "2014".parse()?,
//! ));
//! let json = serde_json::to_string(&next)?;
//! assert_eq!(
//!     json,
//!     r#"{"kind":"designate_host","series":"interpol-european-regional-conference","ordinal":43,"country":"RO","date":"2014"}"#
//! );
//! assert_eq!(serde_json::from_str::<Decision>(&json)?, next);
//! # Ok(())
//! # }
//! ```

use serde::{Deserialize, Serialize};

use crate::country::CountryCode;
use crate::date::PartialDate;
use crate::id::{
    ConferenceId, OrganizationId, PersonId, RecommendationId, SeriesId, SourceId, StrategyId,
};
use crate::ordinal::Ordinal;
use crate::statement::Capacity;
use crate::text::{Paragraph, Text};

/// The designation of the host of a future session of a series.
///
/// The host may be designated years ahead, before a city is named: only the series, the
/// ordinal, the country and the year (or a more precise date) are required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct HostDesignation {
    /// The series of the designated session.
    pub series: SeriesId,
    /// Its ordinal in the series.
    pub ordinal: Ordinal,
    /// The host country.
    pub country: CountryCode,
    /// The host city, if named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<Text>,
    /// When the session is to take place: a year, a month or a day.
    pub date: PartialDate,
    /// The organisation that will host it, where it differs from the country's authorities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_organization: Option<OrganizationId>,
    /// The designated session, if the dataset holds it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conference: Option<ConferenceId>,
    /// The decision's wording, as the source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Paragraph>,
    /// The sources that report it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl HostDesignation {
    /// A designation with its required fields; the others are empty.
    #[must_use]
    pub fn new(
        series: SeriesId,
        ordinal: Ordinal,
        country: CountryCode,
        date: PartialDate,
    ) -> Self {
        Self {
            series,
            ordinal,
            country,
            city: None,
            date,
            host_organization: None,
            conference: None,
            text: None,
            sources: Vec::new(),
        }
    }
}

/// A decision taken by a session.
///
/// On the wire an object tagged by `"kind"`; each kind may also carry the decision's wording
/// (`text`) and its `sources`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Decision {
    /// The session endorsed a strategy.
    #[non_exhaustive]
    EndorseStrategy {
        /// The strategy.
        strategy: StrategyId,
        /// The decision's wording.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<Paragraph>,
        /// The sources that report it.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sources: Vec<SourceId>,
    },
    /// The session adopted recommendations.
    #[non_exhaustive]
    AdoptRecommendations {
        /// The recommendations.
        recommendations: Vec<RecommendationId>,
        /// The decision's wording.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<Paragraph>,
        /// The sources that report it.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sources: Vec<SourceId>,
    },
    /// The session designated the host of a future session.
    DesignateHost(HostDesignation),
    /// The session established a body (a working group, an expert group).
    #[non_exhaustive]
    EstablishBody {
        /// The body.
        organization: OrganizationId,
        /// The decision's wording.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<Paragraph>,
        /// The sources that report it.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sources: Vec<SourceId>,
    },
    /// The session elected someone to a position.
    #[non_exhaustive]
    Elect {
        /// Who was elected.
        person: PersonId,
        /// To what.
        position: Capacity,
        /// The start of the term.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from: Option<PartialDate>,
        /// The end of the term.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        to: Option<PartialDate>,
        /// The decision's wording.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<Paragraph>,
        /// The sources that report it.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sources: Vec<SourceId>,
    },
    /// The session appointed someone to a position.
    #[non_exhaustive]
    Appoint {
        /// Who was appointed.
        person: PersonId,
        /// To what.
        position: Capacity,
        /// The start of the term.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from: Option<PartialDate>,
        /// The end of the term.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        to: Option<PartialDate>,
        /// The decision's wording.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<Paragraph>,
        /// The sources that report it.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sources: Vec<SourceId>,
    },
    /// The session admitted a member: a country or an organisation.
    #[non_exhaustive]
    AdmitMember {
        /// The country admitted.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        country: Option<CountryCode>,
        /// The organisation admitted.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        organization: Option<OrganizationId>,
        /// The decision's wording.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<Paragraph>,
        /// The sources that report it.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sources: Vec<SourceId>,
    },
    /// Any other decision, in words.
    #[non_exhaustive]
    Other {
        /// The decision's wording.
        text: Paragraph,
        /// The sources that report it.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sources: Vec<SourceId>,
    },
}

impl Decision {
    /// The session endorsed `strategy`.
    #[must_use]
    pub fn endorse_strategy(strategy: StrategyId) -> Self {
        Self::EndorseStrategy {
            strategy,
            text: None,
            sources: Vec::new(),
        }
    }

    /// The session adopted `recommendations`.
    #[must_use]
    pub fn adopt_recommendations(recommendations: Vec<RecommendationId>) -> Self {
        Self::AdoptRecommendations {
            recommendations,
            text: None,
            sources: Vec::new(),
        }
    }

    /// The session established `organization`.
    #[must_use]
    pub fn establish_body(organization: OrganizationId) -> Self {
        Self::EstablishBody {
            organization,
            text: None,
            sources: Vec::new(),
        }
    }

    /// The session elected `person` to `position`.
    #[must_use]
    pub fn elect(person: PersonId, position: Capacity) -> Self {
        Self::Elect {
            person,
            position,
            from: None,
            to: None,
            text: None,
            sources: Vec::new(),
        }
    }

    /// The session appointed `person` to `position`.
    #[must_use]
    pub fn appoint(person: PersonId, position: Capacity) -> Self {
        Self::Appoint {
            person,
            position,
            from: None,
            to: None,
            text: None,
            sources: Vec::new(),
        }
    }

    /// The session admitted the country `country` as a member.
    #[must_use]
    pub fn admit_country(country: CountryCode) -> Self {
        Self::AdmitMember {
            country: Some(country),
            organization: None,
            text: None,
            sources: Vec::new(),
        }
    }

    /// The session admitted the organisation `organization` as a member.
    #[must_use]
    pub fn admit_organization(organization: OrganizationId) -> Self {
        Self::AdmitMember {
            country: None,
            organization: Some(organization),
            text: None,
            sources: Vec::new(),
        }
    }

    /// Any other decision, in words.
    #[must_use]
    pub fn other(text: Paragraph) -> Self {
        Self::Other {
            text,
            sources: Vec::new(),
        }
    }

    /// The wire name of the decision's kind, such as `"designate_host"`.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Self::EndorseStrategy { .. } => "endorse_strategy",
            Self::AdoptRecommendations { .. } => "adopt_recommendations",
            Self::DesignateHost(_) => "designate_host",
            Self::EstablishBody { .. } => "establish_body",
            Self::Elect { .. } => "elect",
            Self::Appoint { .. } => "appoint",
            Self::AdmitMember { .. } => "admit_member",
            Self::Other { .. } => "other",
        }
    }
}
