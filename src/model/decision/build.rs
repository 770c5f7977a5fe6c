//! Building decisions and reading what every kind shares, without a `match` in the caller.

use super::{
    Decision, DecisionStatus, DocumentForm, Effective, HostDesignation, Particulars, Vote,
};
use crate::count::Count;
use crate::country::CountryCode;
use crate::date::{PartialDate, RelativeDay};
use crate::id::{
    ConferenceId, DecisionId, OrganizationId, PersonId, RecommendationId, SeriesId, SourceId,
    StrategyId,
};
use crate::statement::Capacity;
use crate::text::{Paragraph, Text};

/// A `match` over every kind of decision that binds the field `$field`, which every kind
/// has, and evaluates `$body` with it.
macro_rules! every_kind {
    ($value:expr, $field:ident => $body:expr) => {
        match $value {
            Decision::EndorseStrategy { $field, .. }
            | Decision::EndorseDecision { $field, .. }
            | Decision::AdoptRecommendations { $field, .. }
            | Decision::DesignateHost(HostDesignation { $field, .. })
            | Decision::EstablishBody { $field, .. }
            | Decision::EstablishSeries { $field, .. }
            | Decision::Elect { $field, .. }
            | Decision::Appoint { $field, .. }
            | Decision::AdmitMember { $field, .. }
            | Decision::AdoptDocument { $field, .. }
            | Decision::ElectMembers { $field, .. }
            | Decision::Defer { $field, .. }
            | Decision::Convene { $field, .. }
            | Decision::Other { $field, .. } => $body,
        }
    };
}

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
            relative: Vec::new(),
            status: None,
            particulars: None,
            extensions: None,
        }
    }

    /// The session endorsed `decision`, a decision another session took (since 1.2).
    ///
    /// # Examples
    ///
    /// ```
    /// use regional_conference::Decision;
    /// use regional_conference::id::DecisionId;
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let endorse = Decision::endorse_decision(DecisionId::from_static("algiers-declaration"));
    /// assert_eq!(
    ///     serde_json::to_string(&endorse)?,
    ///     r#"{"kind":"endorse_decision","decision":"algiers-declaration"}"#
    /// );
    /// # Ok(())
    /// # }
    /// ```
    #[must_use]
    pub fn endorse_decision(decision: DecisionId) -> Self {
        Self::EndorseDecision {
            decision,
            text: None,
            sources: Vec::new(),
            vote: None,
            effective: None,
            decided_on: None,
            relative: Vec::new(),
            status: None,
            particulars: None,
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
            relative: Vec::new(),
            status: None,
            particulars: None,
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
            relative: Vec::new(),
            status: None,
            particulars: None,
            extensions: None,
        }
    }

    /// The session established the series of meetings `series` (since 1.2).
    ///
    /// # Examples
    ///
    /// ```
    /// use regional_conference::Decision;
    /// use regional_conference::id::SeriesId;
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let decision = Decision::establish_series(SeriesId::from_static("picp-monthly-virtual-meeting"));
    /// assert_eq!(
    ///     serde_json::to_string(&decision)?,
    ///     r#"{"kind":"establish_series","series":"picp-monthly-virtual-meeting"}"#
    /// );
    /// # Ok(())
    /// # }
    /// ```
    #[must_use]
    pub fn establish_series(series: SeriesId) -> Self {
        Self::EstablishSeries {
            series,
            text: None,
            sources: Vec::new(),
            vote: None,
            effective: None,
            decided_on: None,
            relative: Vec::new(),
            status: None,
            particulars: None,
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
            term: None,
            text: None,
            sources: Vec::new(),
            vote: None,
            effective: None,
            decided_on: None,
            relative: Vec::new(),
            status: None,
            particulars: None,
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
            term: None,
            text: None,
            sources: Vec::new(),
            vote: None,
            effective: None,
            decided_on: None,
            relative: Vec::new(),
            status: None,
            particulars: None,
            extensions: None,
        }
    }

    /// The session admitted the country `country` as a member.
    #[must_use]
    pub fn admit_country(country: CountryCode) -> Self {
        Self::AdmitMember {
            country: Some(country),
            organization: None,
            admitted_as: Vec::new(),
            others: None,
            text: None,
            sources: Vec::new(),
            vote: None,
            effective: None,
            decided_on: None,
            relative: Vec::new(),
            status: None,
            particulars: None,
            extensions: None,
        }
    }

    /// The session admitted the organisation `organization` as a member.
    #[must_use]
    pub fn admit_organization(organization: OrganizationId) -> Self {
        Self::AdmitMember {
            country: None,
            organization: Some(organization),
            admitted_as: Vec::new(),
            others: None,
            text: None,
            sources: Vec::new(),
            vote: None,
            effective: None,
            decided_on: None,
            relative: Vec::new(),
            status: None,
            particulars: None,
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
            count: None,
            text: None,
            sources: Vec::new(),
            vote: None,
            effective: None,
            decided_on: None,
            relative: Vec::new(),
            status: None,
            particulars: None,
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
            elects: None,
            candidates: None,
            from: None,
            to: None,
            term: None,
            text: None,
            sources: Vec::new(),
            vote: None,
            effective: None,
            decided_on: None,
            relative: Vec::new(),
            status: None,
            particulars: None,
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
            relative: Vec::new(),
            status: None,
            particulars: None,
            extensions: None,
        }
    }

    /// The session convened `conference`, a session the dataset holds (since 1.2).
    ///
    /// # Examples
    ///
    /// ```
    /// use regional_conference::Decision;
    /// use regional_conference::id::ConferenceId;
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let convene = Decision::convene(ConferenceId::from_static("consle-special-2"));
    /// assert_eq!(
    ///     serde_json::to_string(&convene)?,
    ///     r#"{"kind":"convene","conference":"consle-special-2"}"#
    /// );
    /// # Ok(())
    /// # }
    /// ```
    #[must_use]
    pub fn convene(conference: ConferenceId) -> Self {
        Self::convening(Some(conference), None)
    }

    /// The session agreed that a session the dataset does not hold be held, named `title` as
    /// the source names it (since 1.2; set its `date` and `city` where the source gives them).
    ///
    /// # Examples
    ///
    /// ```
    /// use regional_conference::{Decision, Text};
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let convene = Decision::convene_titled(Text::from_static("Special Meeting on Crime and Security"));
    /// assert_eq!(
    ///     serde_json::to_string(&convene)?,
    ///     r#"{"kind":"convene","title":"Special Meeting on Crime and Security"}"#
    /// );
    /// # Ok(())
    /// # }
    /// ```
    #[must_use]
    pub fn convene_titled(title: Text) -> Self {
        Self::convening(None, Some(title))
    }

    fn convening(conference: Option<ConferenceId>, title: Option<Text>) -> Self {
        Self::Convene {
            conference,
            title,
            date: None,
            city: None,
            text: None,
            sources: Vec::new(),
            vote: None,
            effective: None,
            decided_on: None,
            relative: Vec::new(),
            status: None,
            particulars: None,
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
            relative: Vec::new(),
            status: None,
            particulars: None,
            extensions: None,
        }
    }

    /// The wire name of the decision's kind, such as `"designate_host"`.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Self::EndorseStrategy { .. } => "endorse_strategy",
            Self::EndorseDecision { .. } => "endorse_decision",
            Self::AdoptRecommendations { .. } => "adopt_recommendations",
            Self::DesignateHost(_) => "designate_host",
            Self::EstablishBody { .. } => "establish_body",
            Self::EstablishSeries { .. } => "establish_series",
            Self::Elect { .. } => "elect",
            Self::Appoint { .. } => "appoint",
            Self::AdmitMember { .. } => "admit_member",
            Self::AdoptDocument { .. } => "adopt_document",
            Self::ElectMembers { .. } => "elect_members",
            Self::Defer { .. } => "defer",
            Self::Convene { .. } => "convene",
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
            | Self::EndorseDecision { text: slot, .. }
            | Self::AdoptRecommendations { text: slot, .. }
            | Self::DesignateHost(HostDesignation { text: slot, .. })
            | Self::EstablishBody { text: slot, .. }
            | Self::EstablishSeries { text: slot, .. }
            | Self::Elect { text: slot, .. }
            | Self::Appoint { text: slot, .. }
            | Self::AdmitMember { text: slot, .. }
            | Self::AdoptDocument { text: slot, .. }
            | Self::ElectMembers { text: slot, .. }
            | Self::Defer { text: slot, .. }
            | Self::Convene { text: slot, .. } => *slot = Some(text),
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
            | Self::EndorseDecision { text, .. }
            | Self::AdoptRecommendations { text, .. }
            | Self::DesignateHost(HostDesignation { text, .. })
            | Self::EstablishBody { text, .. }
            | Self::EstablishSeries { text, .. }
            | Self::Elect { text, .. }
            | Self::Appoint { text, .. }
            | Self::AdmitMember { text, .. }
            | Self::AdoptDocument { text, .. }
            | Self::ElectMembers { text, .. }
            | Self::Defer { text, .. }
            | Self::Convene { text, .. } => text.as_ref(),
            Self::Other { text, .. } => Some(text),
        }
    }

    /// The day the decision was taken, where the source says (since 1.2).
    #[must_use]
    pub fn decided_on(&self) -> Option<PartialDate> {
        every_kind!(self, decided_on => *decided_on)
    }

    /// How sources gave the day the decision was taken relative to their own publication
    /// (since 1.2).
    #[must_use]
    pub fn relative(&self) -> &[RelativeDay] {
        every_kind!(self, relative => relative)
    }

    /// Whether the decision was taken, as far as the sources know (since 1.2).
    #[must_use]
    pub fn status(&self) -> Option<DecisionStatus> {
        every_kind!(self, status => *status)
    }

    /// Whether the decision was taken, to change in place (since 1.2).
    pub fn status_mut(&mut self) -> &mut Option<DecisionStatus> {
        every_kind!(self, status => status)
    }

    /// How the decision was voted, where the source says (since 1.2).
    #[must_use]
    pub fn vote(&self) -> Option<&Vote> {
        every_kind!(self, vote => vote.as_deref())
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
        every_kind!(&mut self, vote => *vote = Some(Box::new(new)));
        self
    }

    /// When and where the decision takes effect, where the source says (since 1.2).
    #[must_use]
    pub fn effective(&self) -> Option<&Effective> {
        every_kind!(self, effective => effective.as_ref())
    }

    /// What the decision also says about itself, if anything: id, version, topics, purpose,
    /// addressees, binding force, drafters (since 1.2).
    #[must_use]
    pub fn particulars(&self) -> Option<&Particulars> {
        every_kind!(self, particulars => particulars.as_deref())
    }

    /// The decision with its particulars set (none when they say nothing; since 1.2). See
    /// [`Particulars`] for an example.
    #[must_use]
    pub fn with_particulars(mut self, new: Particulars) -> Self {
        every_kind!(&mut self, particulars => *particulars = new.boxed());
        self
    }

    /// The slot of the decision's particulars, to change in place.
    pub(crate) fn particulars_slot(&mut self) -> &mut Option<Box<Particulars>> {
        every_kind!(self, particulars => particulars)
    }

    /// The decision's id, if it has one (since 1.2).
    #[must_use]
    pub fn id(&self) -> Option<&DecisionId> {
        self.particulars().and_then(|p| p.id.as_ref())
    }

    /// The decision this one is a version of, if any (since 1.2).
    #[must_use]
    pub fn version_of(&self) -> Option<&DecisionId> {
        self.particulars().and_then(|p| p.version_of.as_ref())
    }

    /// The adoption of a batch of texts with its count ("26 decisions"; since 1.2).
    ///
    /// # Panics
    ///
    /// Panics if the decision is not [`Decision::AdoptDocument`]: other kinds have no count,
    /// and a count given to them would be lost.
    #[must_use]
    #[track_caller]
    #[expect(
        clippy::panic,
        reason = "a count on a decision without one is a bug in the caller"
    )]
    pub fn with_count(mut self, new: Count) -> Self {
        match &mut self {
            Self::AdoptDocument { count, .. } => *count = Some(new),
            other => panic!(
                "Decision::with_count: a {} decision has no count",
                other.kind()
            ),
        }
        self
    }

    /// The sources that report the decision.
    #[must_use]
    pub fn sources(&self) -> &[SourceId] {
        every_kind!(self, sources => sources)
    }

    /// The sources that report the decision, to change in place.
    pub fn sources_mut(&mut self) -> &mut Vec<SourceId> {
        every_kind!(self, sources => sources)
    }
}
