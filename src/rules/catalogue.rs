//! The rule catalogue: every rule that needs context, with its stable code, default severity
//! and description.
//!
//! Leaf rules (an id is a slug, a country code is in ISO 3166-1) are enforced when a value is
//! made and never reach a report. The rules here are checked by
//! [`Validate::validate`](crate::validate::Validate::validate) and reported as
//! [`Violation`](crate::validate::Violation)s. The catalogue is enumerable ([`Rule::ALL`]) so
//! that it can be published for tools that do not use Rust.
//!
//! # Examples
//!
//! ```
//! use regional_conference::rule::{Rule, Severity};
//!
//! let rule = Rule::from_code("reference.unresolved");
//! assert_eq!(rule, Some(Rule::ReferenceUnresolved));
//! assert_eq!(Rule::ReferenceUnresolved.severity(), Severity::Error);
//! assert!(Rule::ALL.iter().all(|r| Rule::from_code(r.code()) == Some(*r)));
//! ```

use std::fmt;

use serde::{Deserialize, Serialize};

/// How serious a violation is.
///
/// Errors make a document invalid; warnings flag what is suspicious but possible (conflicting
/// sources, a strategy endorsed after its period began) and never make a document invalid.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The document breaks a rule of the vocabulary.
    Error,
    /// The document is valid, but something in it deserves a look.
    Warning,
}

impl Severity {
    /// `"error"` or `"warning"`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! rules {
    ($($(#[$doc:meta])* $variant:ident = $code:literal, $severity:ident, $description:literal;)*) => {
        /// A rule that needs context: within an entity, across entities, or across the dataset.
        ///
        /// Each rule has a stable [`code`](Rule::code), a default [`severity`](Rule::severity)
        /// and a one-line [`description`](Rule::description).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Rule {
            $($(#[$doc])* $variant,)*
        }

        impl Rule {
            /// Every rule, in catalogue order.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// The stable code, such as `"reference.unresolved"`.
            #[must_use]
            pub fn code(self) -> &'static str {
                match self { $(Self::$variant => $code,)* }
            }

            /// The severity of a violation of this rule.
            #[must_use]
            pub fn severity(self) -> Severity {
                match self { $(Self::$variant => Severity::$severity,)* }
            }

            /// A one-line description.
            #[must_use]
            pub fn description(self) -> &'static str {
                match self { $(Self::$variant => $description,)* }
            }

            /// The rule with this code.
            #[must_use]
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some(Self::$variant),)* _ => None }
            }
        }
    };
}

rules! {
    /// Ids are unique per entity kind (statement ids across the whole dataset).
    IdDuplicate = "id.duplicate", Error,
        "An id is used by two entities of the same kind.";
    /// Every reference names an entity of the right kind in the dataset.
    ReferenceUnresolved = "reference.unresolved", Error,
        "A reference names an id that no entity of that kind has.";
    /// A regional conference names its region.
    ConferenceRegionMissing = "conference.region.missing", Error,
        "A regional conference names no region.";
    /// Two sessions of one series do not share an ordinal.
    ConferenceOrdinalDuplicate = "conference.ordinal.duplicate", Error,
        "Two sessions of the same series have the same ordinal.";
    /// A country or organisation has at most one delegation per session.
    DelegationDuplicate = "delegation.duplicate", Error,
        "A country or organisation has two delegations at one session.";
    /// Member delegations at a regional session come from the region.
    DelegationOutsideRegion = "delegation.outside_region", Warning,
        "A delegation from a country outside the session's region attends as a member, not as an observer, guest or partner.";
    /// A delegation attends on days of its session (since 1.2).
    DelegationDaysOutside = "delegation.days.outside", Warning,
        "A delegation's own days of attendance fall outside the session's dates.";
    /// A delegation linked to a country's delegation has that delegation beside it (since 1.2).
    DelegationLinkedMissing = "delegation.linked.missing", Error,
        "A delegation is linked to the delegation of a country that has none at the session.";
    /// Listed country delegations do not outnumber an exact count of countries.
    AttendanceExceeded = "attendance.delegations_exceed_count", Error,
        "More country delegations are listed than an exact count of countries allows.";
    /// Figures for the same measure agree.
    AttendanceDisagreement = "attendance.sources_disagree", Warning,
        "Two figures of the same measure, stage and part (and the same party counted beside, if any) at one session or event cannot both be true (their qualifiers' ranges do not meet); both are kept.";
    /// Parts of a total fit in the total.
    AttendancePartsExceedTotal = "attendance.parts_exceed_total", Warning,
        "The parts of an attendance total need more than the total allows: those from the region and from outside it together, or one named category alone.";
    /// The versions of a disputed fact agree with the record, or say they do not.
    ClaimDisagreement = "claim.disagreement", Warning,
        "A version of a disputed fact (a session's dates, duration, ordinal, title, status or organisers; a position's acting or title) that a source gives cannot be true together with the record's value; both are kept.";
    /// The version ranked preferred is the record's value.
    ClaimPreferredDiffers = "claim.preferred_differs", Error,
        "A version of a fact ranked preferred is not the value the record holds.";
    /// A list of adopted recommendations fits the total the source states.
    DecisionAdoptedExceedsTotal = "decision.adopted.exceeds_total", Warning,
        "A decision lists more adopted recommendations than the total it states allows.";
    /// A version of a decision names another decision of the same session.
    DecisionVersionUnresolved = "decision.version.unresolved", Error,
        "A decision's `version_of` names no decision in the dataset, the decision itself, or a decision of another session.";
    /// The versions of one decision agree, or say they do not.
    DecisionVersionDisagreement = "decision.version.disagreement", Warning,
        "A version of a decision, of normal rank, says another kind of act, another electee or position, or another status than the decision it is a version of; both are kept.";
    /// A release quotes only what was said by the time it was published.
    ReleaseQuoteAfterPublished = "release.quote.after_published", Error,
        "A release quotes a statement made after the release was published.";
    /// A host designation says where.
    HostDesignationEmpty = "host.designation.empty", Error,
        "A host designation names no country, city or host organisation.";
    /// A host designation is for the designating session's series.
    HostSeries = "host.series", Error,
        "A host designation names a series other than the designating session's.";
    /// The designated session comes after the designating one.
    HostOrdinalOrder = "host.ordinal.order", Error,
        "The designated session's ordinal is not after the designating session's.";
    /// The designated session is usually the next one.
    HostOrdinalSkipped = "host.ordinal.skipped", Warning,
        "The designated session is not the next in the series.";
    /// The designated session is not dated before the designating one.
    HostDateOrder = "host.date.order", Error,
        "The designated session's date is before the designating session.";
    /// The host of a regional series is in the region.
    HostOutsideRegion = "host.outside_region", Warning,
        "The designated host country is not a listed member of the series' region.";
    /// A designation and the designated session in the dataset agree.
    HostConferenceMismatch = "host.conference.mismatch", Error,
        "The designated session in the dataset disagrees with the designation: its series, ordinal, country, city or dates.";
    /// Strategy periods span a few years.
    StrategyPeriodLong = "strategy.period.long", Warning,
        "A strategy's period ends more than ten years after the year it starts (a decade plan such as 2020–2030 does not).";
    /// A strategy's stated length matches its period.
    StrategyStatedYears = "strategy.period.stated_years", Error,
        "A strategy's stated length in years disagrees with its period.";
    /// A strategy is endorsed before its period ends.
    StrategyEndorsedAfterEnd = "strategy.endorsement.after_end", Error,
        "The endorsing session took place after the strategy's period ended.";
    /// A strategy is usually endorsed before its period begins.
    StrategyEndorsedLate = "strategy.endorsement.late", Warning,
        "The endorsing session took place after the strategy's period began.";
    /// A session's endorsement and the strategy's endorser agree.
    StrategyEndorsementMismatch = "strategy.endorsement.mismatch", Error,
        "A session endorses a strategy that names another session as its endorser.";
    /// A strategy's priorities are distinct.
    StrategyPriorityDuplicate = "strategy.priority.duplicate", Error,
        "Two priorities of a strategy have the same title.";
    /// A recommendation to a region's members matches its session's region.
    RecommendationRegionMismatch = "recommendation.addressee.region", Error,
        "A recommendation addresses the members of a region other than the region of the session that adopted it.";
    /// A session's adoption and the recommendation's session agree.
    RecommendationAdoptionMismatch = "recommendation.adoption.mismatch", Error,
        "A session adopts a recommendation that names another session as where it was adopted.";
    /// Speakers speak in capacities they hold.
    StatementCapacityNotHeld = "statement.capacity.not_held", Warning,
        "No position of the speaker matches the capacity they spoke in at the time of the statement.";
    /// Translations are into other languages.
    TranslationSameLanguage = "translation.same_language", Warning,
        "A translation is keyed by the language of the original text.";
    /// Releases follow the sessions they report.
    ReleaseBeforeConference = "release.before_conference", Warning,
        "A release (other than an announcement) is dated before the session it reports began.";
    /// Releases quote statements of the sessions they are about.
    ReleaseQuoteNotAbout = "release.quote.not_about", Warning,
        "A release quotes a statement made at a session it does not say it is about.";
    /// A position starts before it ends.
    PositionDatesOrder = "position.dates.order", Error,
        "A position starts after it ends.";
    /// A person's positions have distinct ids.
    PositionIdDuplicate = "position.id.duplicate", Error,
        "Two positions of one person have the same id.";
    /// A capacity names a position its holder has.
    CapacityPositionUnknown = "capacity.position.unknown", Error,
        "A capacity (of a statement or a session role) names a position its holder does not have.";
    /// A paraphrase's verbatim words are in it.
    StatementVerbatimNotInText = "statement.verbatim.not_in_text", Error,
        "Words a statement gives as the speaker's own do not occur in its text.";
    /// A session role is dated within the session.
    RoleDateOutside = "role.date.outside", Warning,
        "A role at a session, or at one of its related events, is dated outside that event's dates.";
    /// A day a source gave relative to its publication is the day the record holds.
    DateRelativeMismatch = "date.relative.mismatch", Warning,
        "A day a source gave relative to its own publication or to an anchor (\"yesterday\", \"on Monday\") is not the day the record holds (the first, or the last where it says so), or not the weekday it names, or an anchor said to come from the source's dateline is not the dateline's day; the source's words are kept.";
    /// A part of a session falls within it.
    EventDateOutside = "event.date.outside", Warning,
        "A part of a session (a related event of relation `has_part`) is dated outside the session's dates.";
    /// A decision is taken during its session.
    DecisionDateOutside = "decision.date.outside", Warning,
        "A decision is dated outside the dates of the session that took it.";
    /// An election fills a position the person has.
    DecisionPositionUnknown = "decision.position.unknown", Error,
        "An election or appointment fills a position, by id, that the person does not have.";
    /// What follows a recommendation's adoption comes after it.
    RecommendationHistoryBeforeAdoption = "recommendation.history.before_adoption", Error,
        "A recommendation is endorsed or implemented before the session that adopted it.";
    /// A matter is deferred to a later session.
    DecisionDeferNotLater = "decision.defer.not_later", Error,
        "A matter is deferred to a session that does not come after the deferring one.";
    /// A session endorses a decision taken before it ends.
    DecisionEndorseLater = "decision.endorse.later", Error,
        "A session endorses a decision of a session that begins after it ends.";
    /// A session convenes a later session.
    DecisionConveneNotLater = "decision.convene.not_later", Error,
        "A session convenes a session, or sets a date for one, that does not come after it.";
    /// Historical country codes are used only for their time.
    CountryWithdrawn = "country.withdrawn", Warning,
        "A historical country code is used for a date after ISO 3166 withdrew it.";
    /// An admission names one member.
    DecisionAdmitMemberParty = "decision.admit_member.party", Error,
        "An admission names both a country and an organisation, or neither.";
    /// A region lists each member once.
    RegionMemberDuplicate = "region.member.duplicate", Error,
        "A country is listed twice as a member of a region.";
    /// A region is not divided into itself.
    RegionSubregionSelf = "region.subregion.self", Error,
        "A region lists itself among its subregions.";
    /// A body names each of its parents once.
    OrganizationParentRepeated = "organization.parent.repeated", Warning,
        "An organisation lists its parent again among its parents, or lists one of its parents twice.";
    /// A body opens no earlier than its founding.
    OrganizationOpenedBeforeFounding = "organization.opened.before_founding", Warning,
        "An organisation opened before the date of its founding.";
    /// A release quotes no statement its own readers may not hear.
    MarkingQuoteStricter = "marking.quote.stricter", Error,
        "A media release quotes a statement marked more restrictively than the release itself.";
    /// A release is marked no more restrictively than what it publishes.
    MarkingReleaseStricter = "marking.release.stricter", Warning,
        "A media release is marked more restrictively than every fact it publishes (the sessions it is about and the statements it quotes).";
    /// What an item needs or names is marked no more restrictively than the item.
    MarkingReferenceStricter = "marking.reference.stricter", Warning,
        "An item is marked less restrictively than an entity it needs or names (an organiser, session, region, speaker, party, person, a decision's subject, a related session, a release's session), so every view withholding that entity withholds the item or drops the reference too.";
    /// Free text names no entity marked more restrictively than the text.
    MarkingTextNamesStricter = "marking.text.names_stricter", Warning,
        "A text (a title, a decision's text, a statement, a release's headline or paragraph, an agenda point, extensions) is marked less restrictively than an entity whose name or id it contains, so every view that shows the text shows the name of an entity it withholds.";
    /// Personal data is not marked for the public.
    MarkingPersonalDataClear = "marking.personal_data.clear", Warning,
        "Personal data is marked TLP:CLEAR; it is never part of a public view whatever its marking.";
    /// A tenure of an office starts before it ends.
    OfficeTenureDatesOrder = "office.tenure.dates.order", Error,
        "A tenure of an office ends before it starts.";
    /// One office has one holder at a time.
    OfficeTenureOverlap = "office.tenure.overlap", Warning,
        "Two tenures of one office held by the same kind of holder (two people, two organisations, two countries) overlap in time, and neither is acting nor suspended, which would explain two holders at once.";
    /// A position's office belongs to the position's organisation.
    PositionOfficeOrganization = "position.office.organization", Warning,
        "A position names an office of another organisation than its own.";
    /// A source is retrieved after it is published.
    SourceRetrievedBeforePublished = "source.retrieved.before_published", Warning,
        "A source was retrieved before its publication date.";
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

/// One entry of the published catalogue: what `rules.json` holds for each rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RuleInfo {
    /// The stable code.
    pub code: &'static str,
    /// The severity of a violation.
    pub severity: Severity,
    /// A one-line description.
    pub description: &'static str,
}

impl Rule {
    /// The rule as a catalogue entry.
    #[must_use]
    pub fn info(self) -> RuleInfo {
        RuleInfo {
            code: self.code(),
            severity: self.severity(),
            description: self.description(),
        }
    }
}
