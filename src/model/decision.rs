//! Decisions a session takes, tagged by `kind`.
//!
//! [`Decision`] and its variants are `#[non_exhaustive]`, so a crate that uses this one cannot
//! write a variant's fields out (`Decision::EndorseStrategy { strategy, text, sources }` is
//! error E0639 there). Build a decision with the constructor of its kind, which takes the
//! required fields, then chain the setters of the optional ones that every kind shares:
//! [`Decision::with_text`], [`Decision::with_source`] and [`Decision::with_sources`] (and
//! [`Decision::with_term`] for an election or an appointment). Read them back without a
//! `match` with [`Decision::text`] and [`Decision::sources`].
//!
//! # Examples
//!
//! ```
//! use regional_conference::{CountryCode, Decision, Paragraph};
//! use regional_conference::decision::HostDesignation;
//! use regional_conference::id::{SeriesId, SourceId, StrategyId};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let release = SourceId::from_static("interpol-release-2013-05-16");
//!
//! let endorse = Decision::endorse_strategy(StrategyId::from_static("interpol-europe-strategy-2014-2016"))
//!     .with_source(release.clone());
//! assert_eq!(
//!     serde_json::to_string(&endorse)?,
//!     r#"{"kind":"endorse_strategy","strategy":"interpol-europe-strategy-2014-2016","sources":["interpol-release-2013-05-16"]}"#
//! );
//!
//! let next = Decision::designate_host(HostDesignation::new(
//!     SeriesId::from_static("interpol-european-regional-conference"),
//!     43.try_into()?,
//!     CountryCode::from_static("RO"),
//!     "2014".parse()?,
//! ))
//! .with_text(Paragraph::from_static("The conference designated Romania as host country."))
//! .with_source(release);
//! let json = serde_json::to_string(&next)?;
//! assert_eq!(
//!     json,
//!     r#"{"kind":"designate_host","series":"interpol-european-regional-conference","ordinal":43,"country":"RO","date":"2014","text":"The conference designated Romania as host country.","sources":["interpol-release-2013-05-16"]}"#
//! );
//! assert_eq!(serde_json::from_str::<Decision>(&json)?, next);
//! assert_eq!(next.kind(), "designate_host");
//! assert_eq!(next.sources().len(), 1);
//! # Ok(())
//! # }
//! ```
//!
//! Writing a variant out is refused outside this crate:
//!
//! ```compile_fail,E0639
//! use regional_conference::Decision;
//! use regional_conference::id::StrategyId;
//!
//! let endorse = Decision::EndorseStrategy {
//!     strategy: StrategyId::from_static("interpol-europe-strategy-2014-2016"),
//!     text: None,
//!     sources: Vec::new(),
//! };
//! ```

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::count::Count;
use crate::country::CountryCode;
use crate::date::PartialDate;
use crate::extensions::Extensions;
use crate::id::{
    ConferenceId, OrganizationId, PersonId, RecommendationId, SeriesId, SourceId, StrategyId,
};
use crate::ordinal::Ordinal;
use crate::statement::Capacity;
use crate::text::{Paragraph, Text};

/// The designation of the host of a future session of a series.
///
/// The host may be designated years ahead, before a city is named, and a source may name only
/// the city of "the next conference", with no ordinal or date: only the series is required.
/// A designation names at least one of the country, the city and the host organisation
/// (rule `host.designation.empty`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a host designation: a JSON object")]
#[non_exhaustive]
pub struct HostDesignation {
    /// The series of the designated session.
    pub series: SeriesId,
    /// Its ordinal in the series; left out for "the next session" without a number (optional
    /// since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordinal: Option<Ordinal>,
    /// The host country, where the source names it (optional since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
    /// The host city, if named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<Text>,
    /// When the session is to take place: a year, a month or a day, where the source says
    /// (optional since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
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
    /// Data that does not fit the vocabulary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
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
            ordinal: Some(ordinal),
            country: Some(country),
            date: Some(date),
            ..Self::next(series)
        }
    }

    /// "The next session" of a series, with nothing more known yet: set the city, the country
    /// or the host organisation the source names.
    #[must_use]
    pub fn next(series: SeriesId) -> Self {
        Self {
            series,
            ordinal: None,
            country: None,
            city: None,
            date: None,
            host_organization: None,
            conference: None,
            text: None,
            sources: Vec::new(),
            extensions: None,
        }
    }
}

/// A decision taken by a session.
///
/// On the wire an object tagged by `"kind"`; each kind may also carry the decision's wording
/// (`text`) and its `sources`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(
    tag = "kind",
    rename_all = "snake_case",
    deny_unknown_fields,
    expecting = "a decision: an object with its \"kind\""
)]
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
        /// Data that does not fit the vocabulary.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        extensions: Option<Extensions>,
    },
    /// The session adopted recommendations.
    #[non_exhaustive]
    AdoptRecommendations {
        /// The recommendations, as many as the source names.
        recommendations: Vec<RecommendationId>,
        /// How many the source says were adopted, where it names only some ("eleven
        /// recommendations were adopted, among them…"; since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        total: Option<Count>,
        /// The decision's wording.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<Paragraph>,
        /// The sources that report it.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sources: Vec<SourceId>,
        /// Data that does not fit the vocabulary.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        extensions: Option<Extensions>,
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
        /// Data that does not fit the vocabulary.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        extensions: Option<Extensions>,
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
        /// Data that does not fit the vocabulary.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        extensions: Option<Extensions>,
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
        /// Data that does not fit the vocabulary.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        extensions: Option<Extensions>,
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
        /// Data that does not fit the vocabulary.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        extensions: Option<Extensions>,
    },
    /// Any other decision, in words.
    #[non_exhaustive]
    Other {
        /// The decision's wording.
        text: Paragraph,
        /// The sources that report it.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sources: Vec<SourceId>,
        /// Data that does not fit the vocabulary.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        extensions: Option<Extensions>,
    },
}

/// The kinds of decision, as the wire tags them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    EndorseStrategy,
    AdoptRecommendations,
    DesignateHost,
    EstablishBody,
    Elect,
    Appoint,
    AdmitMember,
    Other,
}

/// A decision as read: every field any kind has, each kind then taking its own. Read in one
/// pass, without buffering the object as an internally tagged enum would: an unknown field is
/// reported where it is, extensions keep their text, and a field of another kind is named.
#[derive(Deserialize)]
#[serde(
    deny_unknown_fields,
    rename = "Decision",
    expecting = "a decision: an object with its \"kind\""
)]
struct DecisionRepr {
    kind: Kind,
    #[serde(default)]
    strategy: Option<StrategyId>,
    #[serde(default)]
    recommendations: Option<Vec<RecommendationId>>,
    #[serde(default)]
    total: Option<Count>,
    #[serde(default)]
    series: Option<SeriesId>,
    #[serde(default)]
    ordinal: Option<Ordinal>,
    #[serde(default)]
    country: Option<CountryCode>,
    #[serde(default)]
    city: Option<Text>,
    #[serde(default)]
    date: Option<PartialDate>,
    #[serde(default)]
    host_organization: Option<OrganizationId>,
    #[serde(default)]
    conference: Option<ConferenceId>,
    #[serde(default)]
    organization: Option<OrganizationId>,
    #[serde(default)]
    person: Option<PersonId>,
    #[serde(default)]
    position: Option<Capacity>,
    #[serde(default)]
    from: Option<PartialDate>,
    #[serde(default)]
    to: Option<PartialDate>,
    #[serde(default)]
    text: Option<Paragraph>,
    #[serde(default)]
    sources: Vec<SourceId>,
    #[serde(default)]
    extensions: Option<Extensions>,
}

/// The error of a decision that has a field of another kind, or lacks one of its own.
#[derive(Debug)]
enum ShapeError {
    Foreign(&'static str, &'static str),
    Missing(&'static str),
}

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShapeError::Foreign(field, kind) => {
                write!(f, "a decision of kind `{kind}` has no field `{field}`")
            }
            ShapeError::Missing(field) => write!(f, "missing field `{field}`"),
        }
    }
}

impl DecisionRepr {
    /// The fields given, by name, other than those every kind has.
    fn given(&self) -> [(&'static str, bool); 16] {
        [
            ("strategy", self.strategy.is_some()),
            ("recommendations", self.recommendations.is_some()),
            ("total", self.total.is_some()),
            ("series", self.series.is_some()),
            ("ordinal", self.ordinal.is_some()),
            ("country", self.country.is_some()),
            ("city", self.city.is_some()),
            ("date", self.date.is_some()),
            ("host_organization", self.host_organization.is_some()),
            ("conference", self.conference.is_some()),
            ("organization", self.organization.is_some()),
            ("person", self.person.is_some()),
            ("position", self.position.is_some()),
            ("from", self.from.is_some()),
            ("to", self.to.is_some()),
            ("text", self.text.is_some()),
        ]
    }
}

fn required<T>(value: Option<T>, field: &'static str) -> Result<T, ShapeError> {
    value.ok_or(ShapeError::Missing(field))
}

impl TryFrom<DecisionRepr> for Decision {
    type Error = ShapeError;
    fn try_from(r: DecisionRepr) -> Result<Self, ShapeError> {
        let (name, own): (&'static str, &[&str]) = match r.kind {
            Kind::EndorseStrategy => ("endorse_strategy", &["strategy", "text"]),
            Kind::AdoptRecommendations => (
                "adopt_recommendations",
                &["recommendations", "total", "text"],
            ),
            Kind::DesignateHost => (
                "designate_host",
                &[
                    "series",
                    "ordinal",
                    "country",
                    "city",
                    "date",
                    "host_organization",
                    "conference",
                    "text",
                ],
            ),
            Kind::EstablishBody => ("establish_body", &["organization", "text"]),
            Kind::Elect => ("elect", &["person", "position", "from", "to", "text"]),
            Kind::Appoint => ("appoint", &["person", "position", "from", "to", "text"]),
            Kind::AdmitMember => ("admit_member", &["country", "organization", "text"]),
            Kind::Other => ("other", &["text"]),
        };
        if let Some((field, _)) = r
            .given()
            .into_iter()
            .find(|(field, given)| *given && !own.contains(field))
        {
            return Err(ShapeError::Foreign(field, name));
        }
        let (text, sources, extensions) = (r.text, r.sources, r.extensions);
        Ok(match r.kind {
            Kind::EndorseStrategy => Self::EndorseStrategy {
                strategy: required(r.strategy, "strategy")?,
                text,
                sources,
                extensions,
            },
            Kind::AdoptRecommendations => Self::AdoptRecommendations {
                recommendations: required(r.recommendations, "recommendations")?,
                total: r.total,
                text,
                sources,
                extensions,
            },
            Kind::DesignateHost => Self::DesignateHost(HostDesignation {
                series: required(r.series, "series")?,
                ordinal: r.ordinal,
                country: r.country,
                city: r.city,
                date: r.date,
                host_organization: r.host_organization,
                conference: r.conference,
                text,
                sources,
                extensions,
            }),
            Kind::EstablishBody => Self::EstablishBody {
                organization: required(r.organization, "organization")?,
                text,
                sources,
                extensions,
            },
            Kind::Elect => Self::Elect {
                person: required(r.person, "person")?,
                position: required(r.position, "position")?,
                from: r.from,
                to: r.to,
                text,
                sources,
                extensions,
            },
            Kind::Appoint => Self::Appoint {
                person: required(r.person, "person")?,
                position: required(r.position, "position")?,
                from: r.from,
                to: r.to,
                text,
                sources,
                extensions,
            },
            Kind::AdmitMember => Self::AdmitMember {
                country: r.country,
                organization: r.organization,
                text,
                sources,
                extensions,
            },
            Kind::Other => Self::Other {
                text: required(text, "text")?,
                sources,
                extensions,
            },
        })
    }
}

impl<'de> Deserialize<'de> for Decision {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        DecisionRepr::deserialize(deserializer)?
            .try_into()
            .map_err(serde::de::Error::custom)
    }
}

impl Decision {
    /// The session endorsed `strategy`.
    #[must_use]
    pub fn endorse_strategy(strategy: StrategyId) -> Self {
        Self::EndorseStrategy {
            strategy,
            text: None,
            sources: Vec::new(),
            extensions: None,
        }
    }

    /// The session adopted `recommendations`.
    #[must_use]
    pub fn adopt_recommendations(recommendations: Vec<RecommendationId>) -> Self {
        Self::AdoptRecommendations {
            recommendations,
            total: None,
            text: None,
            sources: Vec::new(),
            extensions: None,
        }
    }

    /// The session established `organization`.
    #[must_use]
    pub fn establish_body(organization: OrganizationId) -> Self {
        Self::EstablishBody {
            organization,
            text: None,
            sources: Vec::new(),
            extensions: None,
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
            extensions: None,
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
            extensions: None,
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
            extensions: None,
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
            extensions: None,
        }
    }

    /// Any other decision, in words.
    #[must_use]
    pub fn other(text: Paragraph) -> Self {
        Self::Other {
            text,
            sources: Vec::new(),
            extensions: None,
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

    /// The session designated the host of a future session (see [`HostDesignation::new`]).
    #[must_use]
    pub fn designate_host(designation: HostDesignation) -> Self {
        Self::DesignateHost(designation)
    }

    /// The decision with its wording set to `text` (for [`Decision::Other`], replacing it).
    ///
    /// # Examples
    ///
    /// ```
    /// use regional_conference::{Decision, Paragraph};
    /// use regional_conference::id::OrganizationId;
    ///
    /// let wording = Paragraph::from_static("The conference established an expert group.");
    /// let decision = Decision::establish_body(OrganizationId::from_static("igmese"))
    ///     .with_text(wording.clone());
    /// assert_eq!(decision.text(), Some(&wording));
    /// ```
    #[must_use]
    pub fn with_text(mut self, text: Paragraph) -> Self {
        match &mut self {
            Self::EndorseStrategy { text: slot, .. }
            | Self::AdoptRecommendations { text: slot, .. }
            | Self::DesignateHost(HostDesignation { text: slot, .. })
            | Self::EstablishBody { text: slot, .. }
            | Self::Elect { text: slot, .. }
            | Self::Appoint { text: slot, .. }
            | Self::AdmitMember { text: slot, .. } => *slot = Some(text),
            Self::Other { text: slot, .. } => *slot = text,
        }
        self
    }

    /// The decision with `source` added to its sources.
    ///
    /// # Examples
    ///
    /// ```
    /// use regional_conference::Decision;
    /// use regional_conference::id::{RecommendationId, SourceId};
    ///
    /// let adopt = Decision::adopt_recommendations(vec![RecommendationId::from_static("erc-42-rec-1")])
    ///     .with_source(SourceId::from_static("interpol-release-2013-05-16"));
    /// assert_eq!(adopt.sources()[0].as_str(), "interpol-release-2013-05-16");
    /// ```
    #[must_use]
    pub fn with_source(mut self, source: SourceId) -> Self {
        self.sources_mut().push(source);
        self
    }

    /// The decision with `sources` added to its sources, in order.
    ///
    /// # Examples
    ///
    /// ```
    /// use regional_conference::Decision;
    /// use regional_conference::id::{SourceId, StrategyId};
    ///
    /// let cite = [
    ///     SourceId::from_static("interpol-release-2013-05-16"),
    ///     SourceId::from_static("interpol-annual-report-2013"),
    /// ];
    /// let endorse = Decision::endorse_strategy(StrategyId::from_static("europe-2014-2016"))
    ///     .with_sources(cite.clone());
    /// assert_eq!(endorse.sources(), &cite);
    /// ```
    #[must_use]
    pub fn with_sources(mut self, sources: impl IntoIterator<Item = SourceId>) -> Self {
        self.sources_mut().extend(sources);
        self
    }

    /// The election or appointment with the term `from` … `to` (either may be unknown).
    ///
    /// # Panics
    ///
    /// Panics if the decision is neither [`Decision::Elect`] nor [`Decision::Appoint`]: other
    /// kinds have no term, and a term given to them would be lost.
    ///
    /// # Examples
    ///
    /// ```
    /// use regional_conference::{Decision, Text};
    /// use regional_conference::id::PersonId;
    /// use regional_conference::statement::Capacity;
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let president = Capacity::new(Text::from_static("President"), None);
    /// let elect = Decision::elect(PersonId::from_static("mireille-ballestrazzi"), president)
    ///     .with_term(Some("2012-11".parse()?), Some("2016-11".parse()?));
    /// assert_eq!(
    ///     serde_json::to_string(&elect)?,
    ///     r#"{"kind":"elect","person":"mireille-ballestrazzi","position":{"title":"President"},"from":"2012-11","to":"2016-11"}"#
    /// );
    /// # Ok(())
    /// # }
    /// ```
    #[must_use]
    #[track_caller]
    #[expect(
        clippy::panic,
        reason = "a term on a decision without one is a bug in the caller"
    )]
    pub fn with_term(mut self, from: Option<PartialDate>, to: Option<PartialDate>) -> Self {
        match &mut self {
            Self::Elect {
                from: start,
                to: end,
                ..
            }
            | Self::Appoint {
                from: start,
                to: end,
                ..
            } => {
                *start = from;
                *end = to;
            }
            other => panic!(
                "Decision::with_term: a {} decision has no term",
                other.kind()
            ),
        }
        self
    }

    /// The decision's wording, if the source gives it.
    #[must_use]
    pub fn text(&self) -> Option<&Paragraph> {
        match self {
            Self::EndorseStrategy { text, .. }
            | Self::AdoptRecommendations { text, .. }
            | Self::DesignateHost(HostDesignation { text, .. })
            | Self::EstablishBody { text, .. }
            | Self::Elect { text, .. }
            | Self::Appoint { text, .. }
            | Self::AdmitMember { text, .. } => text.as_ref(),
            Self::Other { text, .. } => Some(text),
        }
    }

    /// The sources that report the decision.
    #[must_use]
    pub fn sources(&self) -> &[SourceId] {
        match self {
            Self::EndorseStrategy { sources, .. }
            | Self::AdoptRecommendations { sources, .. }
            | Self::DesignateHost(HostDesignation { sources, .. })
            | Self::EstablishBody { sources, .. }
            | Self::Elect { sources, .. }
            | Self::Appoint { sources, .. }
            | Self::AdmitMember { sources, .. }
            | Self::Other { sources, .. } => sources,
        }
    }

    /// The sources that report the decision, to change in place.
    pub fn sources_mut(&mut self) -> &mut Vec<SourceId> {
        match self {
            Self::EndorseStrategy { sources, .. }
            | Self::AdoptRecommendations { sources, .. }
            | Self::DesignateHost(HostDesignation { sources, .. })
            | Self::EstablishBody { sources, .. }
            | Self::Elect { sources, .. }
            | Self::Appoint { sources, .. }
            | Self::AdmitMember { sources, .. }
            | Self::Other { sources, .. } => sources,
        }
    }
}
