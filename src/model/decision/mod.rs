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

use serde::Serialize;

use crate::count::Count;
use crate::country::CountryCode;
use crate::date::{PartialDate, RelativeDay};
use crate::extensions::Extensions;
use crate::id::{
    ConferenceId, DecisionId, OrganizationId, PersonId, PositionId, RecommendationId, SeriesId,
    SourceId, StrategyId,
};
use crate::office::Term;
use crate::statement::Capacity;
use crate::text::{Paragraph, Text};

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
        /// How sources gave that day relative to their own publication ("lundi").
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        relative: Vec<RelativeDay>,
        /// Whether it was taken, as far as the sources know (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<DecisionStatus>,
        /// What it also says about itself: id, version, topics, purpose, addressees, binding
        /// force, drafters (since 1.2; fields of the decision itself on the wire).
        #[serde(flatten)]
        particulars: Option<Box<Particulars>>,
        /// Data that does not fit the vocabulary.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        extensions: Option<Extensions>,
    },
    /// The session endorsed a decision another session took (since 1.2): a declaration, a
    /// communiqué or any act the dataset records as a decision with an `id`.
    #[non_exhaustive]
    EndorseDecision {
        /// The decision endorsed, by its id.
        decision: DecisionId,
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
        /// How sources gave that day relative to their own publication ("lundi").
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        relative: Vec<RelativeDay>,
        /// Whether it was taken, as far as the sources know.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<DecisionStatus>,
        /// What it also says about itself: id, version, topics, purpose, addressees, binding
        /// force, drafters (fields of the decision itself on the wire).
        #[serde(flatten)]
        particulars: Option<Box<Particulars>>,
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
        /// How sources gave that day relative to their own publication ("lundi").
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        relative: Vec<RelativeDay>,
        /// Whether it was taken, as far as the sources know (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<DecisionStatus>,
        /// What it also says about itself: id, version, topics, purpose, addressees, binding
        /// force, drafters (since 1.2; fields of the decision itself on the wire).
        #[serde(flatten)]
        particulars: Option<Box<Particulars>>,
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
        /// How sources gave that day relative to their own publication ("lundi").
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        relative: Vec<RelativeDay>,
        /// Whether it was taken, as far as the sources know (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<DecisionStatus>,
        /// What it also says about itself: id, version, topics, purpose, addressees, binding
        /// force, drafters (since 1.2; fields of the decision itself on the wire).
        #[serde(flatten)]
        particulars: Option<Box<Particulars>>,
        /// Data that does not fit the vocabulary.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        extensions: Option<Extensions>,
    },
    /// The session established a series of meetings: "ELT agreed for a monthly virtual meeting
    /// to be established" (since 1.2). The series is an entity of the dataset's `series`.
    #[non_exhaustive]
    EstablishSeries {
        /// The series: a recurring meeting, such as a monthly virtual meeting of all members.
        series: SeriesId,
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
        /// How sources gave that day relative to their own publication ("lundi").
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        relative: Vec<RelativeDay>,
        /// Whether it was taken, as far as the sources know (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<DecisionStatus>,
        /// What it also says about itself: id, version, topics, purpose, addressees, binding
        /// force, drafters (since 1.2; fields of the decision itself on the wire).
        #[serde(flatten)]
        particulars: Option<Box<Particulars>>,
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
        /// The length of the term, as the source states it ("pour une durée de deux ans";
        /// since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        term: Option<Term>,
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
        /// How sources gave that day relative to their own publication ("lundi").
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        relative: Vec<RelativeDay>,
        /// Whether it was taken, as far as the sources know (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<DecisionStatus>,
        /// What it also says about itself: id, version, topics, purpose, addressees, binding
        /// force, drafters (since 1.2; fields of the decision itself on the wire).
        #[serde(flatten)]
        particulars: Option<Box<Particulars>>,
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
        /// The length of the term, as the source states it ("pour une durée de deux ans";
        /// since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        term: Option<Term>,
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
        /// How sources gave that day relative to their own publication ("lundi").
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        relative: Vec<RelativeDay>,
        /// Whether it was taken, as far as the sources know (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<DecisionStatus>,
        /// What it also says about itself: id, version, topics, purpose, addressees, binding
        /// force, drafters (since 1.2; fields of the decision itself on the wire).
        #[serde(flatten)]
        particulars: Option<Box<Particulars>>,
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
        /// As what: a member, an observer, or both for "new members and observers" (since 1.2;
        /// not given when the source does not say).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        admitted_as: Vec<Admission>,
        /// Others admitted with it whom the source does not name, in its words ("novos membros
        /// e observadores"): the party named is one of several (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        others: Option<Text>,
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
        /// How sources gave that day relative to their own publication ("lundi").
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        relative: Vec<RelativeDay>,
        /// Whether it was taken, as far as the sources know (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<DecisionStatus>,
        /// What it also says about itself: id, version, topics, purpose, addressees, binding
        /// force, drafters (since 1.2; fields of the decision itself on the wire).
        #[serde(flatten)]
        particulars: Option<Box<Particulars>>,
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
        /// How many texts of this form the entry stands for, where the source gives a batch
        /// with its count ("26 decisions were taken and approved"; since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        count: Option<Count>,
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
        /// How sources gave that day relative to their own publication ("lundi").
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        relative: Vec<RelativeDay>,
        /// Whether it was taken, as far as the sources know (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<DecisionStatus>,
        /// What it also says about itself: id, version, topics, purpose, addressees, binding
        /// force, drafters (since 1.2; fields of the decision itself on the wire).
        #[serde(flatten)]
        particulars: Option<Box<Particulars>>,
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
        /// What is elected, where an expected election does not know whom yet ("the country
        /// that will preside"; since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        elects: Option<Electee>,
        /// The candidates, as far as the source names them (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        candidates: Option<Candidates>,
        /// The start of the term.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from: Option<PartialDate>,
        /// The end of the term.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        to: Option<PartialDate>,
        /// The length of the term, as the source states it ("pour une durée de deux ans";
        /// since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        term: Option<Term>,
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
        /// How sources gave that day relative to their own publication ("lundi").
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        relative: Vec<RelativeDay>,
        /// Whether it was taken, as far as the sources know (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<DecisionStatus>,
        /// What it also says about itself: id, version, topics, purpose, addressees, binding
        /// force, drafters (since 1.2; fields of the decision itself on the wire).
        #[serde(flatten)]
        particulars: Option<Box<Particulars>>,
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
        /// How sources gave that day relative to their own publication ("lundi").
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        relative: Vec<RelativeDay>,
        /// Whether it was taken, as far as the sources know (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<DecisionStatus>,
        /// What it also says about itself: id, version, topics, purpose, addressees, binding
        /// force, drafters (since 1.2; fields of the decision itself on the wire).
        #[serde(flatten)]
        particulars: Option<Box<Particulars>>,
        /// Data that does not fit the vocabulary.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        extensions: Option<Extensions>,
    },
    /// The session convened another session, or agreed that one be held (since 1.2): the
    /// session itself where the dataset holds it, else what the source says of it.
    #[non_exhaustive]
    // `if`/`then` rather than `anyOf`: generated TypeScript types stay closed to unknown keys.
    #[schemars(extend(
        "if" = {"not": {"required": ["conference"]}},
        "then" = {"required": ["title"]}
    ))]
    Convene {
        /// The session convened, if the dataset holds it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        conference: Option<ConferenceId>,
        /// The session as the source names it, where the dataset does not hold it ("a
        /// Special Meeting of Heads of Government on Crime and Security").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<Text>,
        /// When it is to be held, as far as the source says.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        date: Option<PartialDate>,
        /// Where it is to be held, as far as the source says.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        city: Option<Text>,
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
        /// How sources gave that day relative to their own publication ("lundi").
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        relative: Vec<RelativeDay>,
        /// Whether it was taken, as far as the sources know.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<DecisionStatus>,
        /// What it also says about itself: id, version, topics, purpose, addressees, binding
        /// force, drafters (fields of the decision itself on the wire).
        #[serde(flatten)]
        particulars: Option<Box<Particulars>>,
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
        /// How sources gave that day relative to their own publication ("lundi").
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        relative: Vec<RelativeDay>,
        /// Whether it was taken, as far as the sources know (since 1.2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<DecisionStatus>,
        /// What it also says about itself: id, version, topics, purpose, addressees, binding
        /// force, drafters (since 1.2; fields of the decision itself on the wire).
        #[serde(flatten)]
        particulars: Option<Box<Particulars>>,
        /// Data that does not fit the vocabulary.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        extensions: Option<Extensions>,
    },
}

/// The kinds of decision, as the wire tags them.
mod about;
mod build;
mod host;
mod outcome;
mod read;

pub use about::{Admission, Candidates, Electee, Particulars};
pub use host::HostDesignation;

pub use outcome::{DecisionStatus, DocumentForm, Effective, Vote, VoteMethod};
