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

use serde::{Deserialize, Serialize};

use crate::count::Count;
use crate::country::CountryCode;
use crate::date::PartialDate;
use crate::extensions::Extensions;
use crate::id::{
    ConferenceId, OrganizationId, PersonId, PositionId, RecommendationId, SeriesId, SourceId,
    StrategyId,
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
    /// How it was voted (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vote: Option<Box<Vote>>,
    /// When and where it takes effect (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective: Option<Effective>,
    /// The day it was taken, where the source says (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_on: Option<PartialDate>,
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
            vote: None,
            effective: None,
            decided_on: None,
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
        /// How it was voted (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        vote: Option<Box<Vote>>,
        /// When and where it takes effect (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        effective: Option<Effective>,
        /// The day it was taken, where the source says (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        decided_on: Option<PartialDate>,
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
        /// How it was voted (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        vote: Option<Box<Vote>>,
        /// When and where it takes effect (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        effective: Option<Effective>,
        /// The day it was taken, where the source says (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        decided_on: Option<PartialDate>,
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
        /// How it was voted (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        vote: Option<Box<Vote>>,
        /// When and where it takes effect (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        effective: Option<Effective>,
        /// The day it was taken, where the source says (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        decided_on: Option<PartialDate>,
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
        /// Which of the person's positions the election fills, by its id (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fills: Option<PositionId>,
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
        /// How it was voted (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        vote: Option<Box<Vote>>,
        /// When and where it takes effect (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        effective: Option<Effective>,
        /// The day it was taken, where the source says (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        decided_on: Option<PartialDate>,
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
        /// Which of the person's positions the election fills, by its id (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fills: Option<PositionId>,
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
        /// How it was voted (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        vote: Option<Box<Vote>>,
        /// When and where it takes effect (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        effective: Option<Effective>,
        /// The day it was taken, where the source says (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        decided_on: Option<PartialDate>,
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
        /// How it was voted (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        vote: Option<Box<Vote>>,
        /// When and where it takes effect (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        effective: Option<Effective>,
        /// The day it was taken, where the source says (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        decided_on: Option<PartialDate>,
        /// Data that does not fit the vocabulary.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        extensions: Option<Extensions>,
    },
    /// The session adopted a text: a resolution, a declaration, a communiqué (since 1.2).
    #[non_exhaustive]
    AdoptDocument {
        /// Its form.
        form: DocumentForm,
        /// Its title, as the source gives it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<Text>,
        /// Its number ("Resolution AFRIPOL/GA/2017/RES/03").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        number: Option<Text>,
        /// The decision's wording.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<Paragraph>,
        /// The sources that report it.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sources: Vec<SourceId>,
        /// How it was voted.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        vote: Option<Box<Vote>>,
        /// When and where it takes effect.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        effective: Option<Effective>,
        /// The day it was taken, where the source says.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        decided_on: Option<PartialDate>,
        /// Data that does not fit the vocabulary.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        extensions: Option<Extensions>,
    },
    /// The session elected member countries or organisations to a body or seat: "Kenya and
    /// Uganda were elected to the executive committee" (since 1.2).
    #[non_exhaustive]
    ElectMembers {
        /// The countries elected.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        countries: Vec<CountryCode>,
        /// The organisations elected.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        organizations: Vec<OrganizationId>,
        /// The body they were elected to (a bureau, an executive committee).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        body: Option<OrganizationId>,
        /// The seat, as the source names it ("vice-presidency for Africa").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        seat: Option<Text>,
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
        /// How it was voted.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        vote: Option<Box<Vote>>,
        /// When and where it takes effect.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        effective: Option<Effective>,
        /// The day it was taken, where the source says.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        decided_on: Option<PartialDate>,
        /// Data that does not fit the vocabulary.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        extensions: Option<Extensions>,
    },
    /// The session deferred a matter to a later session (since 1.2).
    #[non_exhaustive]
    Defer {
        /// The matter deferred, in the record's words.
        matter: Text,
        /// The recommendations deferred, where the matter is recommendations.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        recommendations: Vec<RecommendationId>,
        /// The session it was deferred to, if the dataset holds it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        conference: Option<ConferenceId>,
        /// When the matter is to be taken up again ("the next session in 2019").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        date: Option<PartialDate>,
        /// The decision's wording.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<Paragraph>,
        /// The sources that report it.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sources: Vec<SourceId>,
        /// How it was voted.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        vote: Option<Box<Vote>>,
        /// When and where it takes effect.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        effective: Option<Effective>,
        /// The day it was taken, where the source says.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        decided_on: Option<PartialDate>,
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
        /// How it was voted (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        vote: Option<Box<Vote>>,
        /// When and where it takes effect (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        effective: Option<Effective>,
        /// The day it was taken, where the source says (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        decided_on: Option<PartialDate>,
        /// Data that does not fit the vocabulary.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        extensions: Option<Extensions>,
    },
}

/// The kinds of decision, as the wire tags them.
mod outcome;
mod read;

pub use outcome::{DocumentForm, Effective, Vote, VoteMethod};

impl Decision {
    /// The session endorsed `strategy`.
    #[must_use]
    pub fn endorse_strategy(strategy: StrategyId) -> Self {
        Self::EndorseStrategy {
            strategy,
            text: None,
            sources: Vec::new(),
            vote: None,
            effective: None,
            decided_on: None,
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
            vote: None,
            effective: None,
            decided_on: None,
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
            vote: None,
            effective: None,
            decided_on: None,
            extensions: None,
        }
    }

    /// The session elected `person` to `position`.
    #[must_use]
    pub fn elect(person: PersonId, position: Capacity) -> Self {
        Self::Elect {
            person,
            position,
            fills: None,
            from: None,
            to: None,
            text: None,
            sources: Vec::new(),
            vote: None,
            effective: None,
            decided_on: None,
            extensions: None,
        }
    }

    /// The session appointed `person` to `position`.
    #[must_use]
    pub fn appoint(person: PersonId, position: Capacity) -> Self {
        Self::Appoint {
            person,
            position,
            fills: None,
            from: None,
            to: None,
            text: None,
            sources: Vec::new(),
            vote: None,
            effective: None,
            decided_on: None,
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
            vote: None,
            effective: None,
            decided_on: None,
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
            vote: None,
            effective: None,
            decided_on: None,
            extensions: None,
        }
    }

    /// The session adopted a text of the form `form` (set its title, number and wording).
    #[must_use]
    pub fn adopt_document(form: DocumentForm) -> Self {
        Self::AdoptDocument {
            form,
            title: None,
            number: None,
            text: None,
            sources: Vec::new(),
            vote: None,
            effective: None,
            decided_on: None,
            extensions: None,
        }
    }

    /// The session elected the countries `countries` (to a body or seat: set `body` or `seat`).
    #[must_use]
    pub fn elect_countries(countries: Vec<CountryCode>) -> Self {
        Self::ElectMembers {
            countries,
            organizations: Vec::new(),
            body: None,
            seat: None,
            from: None,
            to: None,
            text: None,
            sources: Vec::new(),
            vote: None,
            effective: None,
            decided_on: None,
            extensions: None,
        }
    }

    /// The session deferred `matter` to a later session (set its `conference` or `date`).
    #[must_use]
    pub fn defer(matter: Text) -> Self {
        Self::Defer {
            matter,
            recommendations: Vec::new(),
            conference: None,
            date: None,
            text: None,
            sources: Vec::new(),
            vote: None,
            effective: None,
            decided_on: None,
            extensions: None,
        }
    }

    /// Any other decision, in words.
    #[must_use]
    pub fn other(text: Paragraph) -> Self {
        Self::Other {
            text,
            sources: Vec::new(),
            vote: None,
            effective: None,
            decided_on: None,
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
            Self::AdoptDocument { .. } => "adopt_document",
            Self::ElectMembers { .. } => "elect_members",
            Self::Defer { .. } => "defer",
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
            | Self::AdmitMember { text: slot, .. }
            | Self::AdoptDocument { text: slot, .. }
            | Self::ElectMembers { text: slot, .. }
            | Self::Defer { text: slot, .. } => *slot = Some(text),
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
            | Self::AdmitMember { text, .. }
            | Self::AdoptDocument { text, .. }
            | Self::ElectMembers { text, .. }
            | Self::Defer { text, .. } => text.as_ref(),
            Self::Other { text, .. } => Some(text),
        }
    }

    /// The day the decision was taken, where the source says (since 1.2).
    #[must_use]
    pub fn decided_on(&self) -> Option<PartialDate> {
        match self {
            Self::EndorseStrategy { decided_on, .. }
            | Self::AdoptRecommendations { decided_on, .. }
            | Self::DesignateHost(HostDesignation { decided_on, .. })
            | Self::EstablishBody { decided_on, .. }
            | Self::Elect { decided_on, .. }
            | Self::Appoint { decided_on, .. }
            | Self::AdmitMember { decided_on, .. }
            | Self::AdoptDocument { decided_on, .. }
            | Self::ElectMembers { decided_on, .. }
            | Self::Defer { decided_on, .. }
            | Self::Other { decided_on, .. } => *decided_on,
        }
    }

    /// How the decision was voted, where the source says (since 1.2).
    #[must_use]
    pub fn vote(&self) -> Option<&Vote> {
        match self {
            Self::EndorseStrategy { vote, .. }
            | Self::AdoptRecommendations { vote, .. }
            | Self::DesignateHost(HostDesignation { vote, .. })
            | Self::EstablishBody { vote, .. }
            | Self::Elect { vote, .. }
            | Self::Appoint { vote, .. }
            | Self::AdmitMember { vote, .. }
            | Self::AdoptDocument { vote, .. }
            | Self::ElectMembers { vote, .. }
            | Self::Defer { vote, .. }
            | Self::Other { vote, .. } => vote.as_deref(),
        }
    }

    /// The decision with its vote set (since 1.2).
    ///
    /// # Examples
    ///
    /// ```
    /// use regional_conference::decision::{DocumentForm, Vote, VoteMethod};
    /// use regional_conference::{Decision, Text};
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let declaration = Decision::adopt_document(DocumentForm::Declaration)
    ///     .with_vote(Vote::by(VoteMethod::Acclamation));
    /// assert_eq!(
    ///     serde_json::to_string(&declaration)?,
    ///     r#"{"kind":"adopt_document","form":"declaration","vote":{"method":"acclamation"}}"#
    /// );
    /// assert_eq!(declaration.vote().and_then(|v| v.method), Some(VoteMethod::Acclamation));
    /// # Ok(())
    /// # }
    /// ```
    #[must_use]
    pub fn with_vote(mut self, new: Vote) -> Self {
        match &mut self {
            Self::EndorseStrategy { vote, .. }
            | Self::AdoptRecommendations { vote, .. }
            | Self::DesignateHost(HostDesignation { vote, .. })
            | Self::EstablishBody { vote, .. }
            | Self::Elect { vote, .. }
            | Self::Appoint { vote, .. }
            | Self::AdmitMember { vote, .. }
            | Self::AdoptDocument { vote, .. }
            | Self::ElectMembers { vote, .. }
            | Self::Defer { vote, .. }
            | Self::Other { vote, .. } => *vote = Some(Box::new(new)),
        }
        self
    }

    /// When and where the decision takes effect, where the source says (since 1.2).
    #[must_use]
    pub fn effective(&self) -> Option<&Effective> {
        match self {
            Self::EndorseStrategy { effective, .. }
            | Self::AdoptRecommendations { effective, .. }
            | Self::DesignateHost(HostDesignation { effective, .. })
            | Self::EstablishBody { effective, .. }
            | Self::Elect { effective, .. }
            | Self::Appoint { effective, .. }
            | Self::AdmitMember { effective, .. }
            | Self::AdoptDocument { effective, .. }
            | Self::ElectMembers { effective, .. }
            | Self::Defer { effective, .. }
            | Self::Other { effective, .. } => effective.as_ref(),
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
            | Self::AdoptDocument { sources, .. }
            | Self::ElectMembers { sources, .. }
            | Self::Defer { sources, .. }
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
            | Self::AdoptDocument { sources, .. }
            | Self::ElectMembers { sources, .. }
            | Self::Defer { sources, .. }
            | Self::Other { sources, .. } => sources,
        }
    }
}
