//! Valid datasets with exactly one injected violation.

use proptest::prelude::*;

use super::{DatasetSize, valid_dataset};
use crate::claim::{Claim, Claimed, Rank};
use crate::conference::{CountPart, Measure};
use crate::count::{Count, Qualifier};
use crate::dataset::Dataset;
use crate::date::{Date, PartialDate, YearRange};
use crate::decision::{Decision, DecisionStatus, DocumentForm, HostDesignation, Particulars};
use crate::event::{EventKind, EventRelation, RelatedEvent};
use crate::id::PositionId;
use crate::marking::Marking;
use crate::model::refs::{self, Spec, map};
use crate::organization::Founding;
use crate::person::Position;
use crate::recommendation::{RecommendationStatus, StatusEvent};
use crate::rule::Rule;
use crate::statement::CapacityRef;
use crate::text::Text;
use proptest::sample::select;

/// A valid dataset with exactly one injected violation, and the violation it must produce.
#[derive(Debug, Clone)]
pub struct Mutation {
    /// What was injected.
    pub injection: Injection,
    /// The dataset, valid but for the injected violation.
    pub dataset: Dataset,
    /// The rule the injected violation breaks.
    pub rule: Rule,
    /// The JSON Pointer it must be reported at.
    pub pointer: String,
}

/// The kinds of violation [`invalid_dataset`] injects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Injection {
    /// Any one reference of the dataset, chosen through the crate's map of references, names nothing.
    UnresolvedReference,
    /// A person's id is used a second time.
    DuplicateId,
    /// A position ends before it starts.
    PositionDatesOrder,
    /// A region lists a member twice.
    RegionMemberDuplicate,
    /// A second count of delegates disagrees with the first.
    AttendanceDisagreement,
    /// A party sends a second delegation.
    DelegationDuplicate,
    /// A release is published the day before its session begins.
    ReleaseBeforeConference,
    /// A statement has a translation into its own language.
    TranslationSameLanguage,
    /// A session keeps a version of its ordinal, of normal rank, that is not its own.
    ClaimDisagreement,
    /// A version of a session's title ranked preferred is not its title.
    ClaimPreferredDiffers,
    /// A statement names a capacity by a position its speaker does not have.
    CapacityPositionUnknown,
    /// A named category of delegates needs more than the total.
    AttendancePartsExceedTotal,
    /// A host designation names no country, city or host organisation.
    HostDesignationEmpty,
    /// An adoption lists more recommendations than its stated total.
    DecisionAdoptedExceedsTotal,
    /// A source is retrieved before it was published.
    SourceRetrievedBeforePublished,
    /// A public release quotes a statement marked `TLP:RED`.
    MarkingQuoteStricter,
    /// A strategy's period spans more than ten years.
    StrategyPeriodLong,
    /// A session's opening ceremony is dated the day before the session.
    EventDateOutside,
    /// A decision is dated the day after its session.
    DecisionDateOutside,
    /// A matter is deferred to the year before the session.
    DecisionDeferNotLater,
    /// A session convenes itself.
    DecisionConveneNotLater,
    /// The session that ends first endorses an act of the session that begins last.
    DecisionEndorseLater,
    /// A recommendation is endorsed the year before it was adopted.
    RecommendationHistoryBeforeAdoption,
    /// An election fills a position the person does not have.
    DecisionPositionUnknown,
    /// A region lists itself among its subregions.
    RegionSubregionSelf,
    /// A body lists one of its parents a second time.
    OrganizationParentRepeated,
    /// A body opened the year before its founding.
    OrganizationOpenedBeforeFounding,
    /// A decision names itself as the decision it is a version of.
    DecisionVersionUnresolved,
    /// A second source's version of a decision says it was rejected.
    DecisionVersionDisagreement,
    /// A tenure of an office ends before it starts.
    OfficeTenureDatesOrder,
    /// A tenure of an office is repeated: two holders at once, neither acting nor suspended.
    OfficeTenureOverlap,
    /// A position names an office of another organisation than its own.
    PositionOfficeOrganization,
    /// A delegation's own days begin the day before its session.
    DelegationDaysOutside,
    /// A delegation is linked to the delegation of a country that sent none.
    DelegationLinkedMissing,
}

impl Injection {
    /// Every kind of injection, in the order [`invalid_dataset`] draws them.
    pub const ALL: [Injection; 34] = [
        Injection::UnresolvedReference,
        Injection::DuplicateId,
        Injection::PositionDatesOrder,
        Injection::RegionMemberDuplicate,
        Injection::AttendanceDisagreement,
        Injection::DelegationDuplicate,
        Injection::ReleaseBeforeConference,
        Injection::TranslationSameLanguage,
        Injection::ClaimDisagreement,
        Injection::ClaimPreferredDiffers,
        Injection::CapacityPositionUnknown,
        Injection::AttendancePartsExceedTotal,
        Injection::HostDesignationEmpty,
        Injection::DecisionAdoptedExceedsTotal,
        Injection::SourceRetrievedBeforePublished,
        Injection::MarkingQuoteStricter,
        Injection::StrategyPeriodLong,
        Injection::EventDateOutside,
        Injection::DecisionDateOutside,
        Injection::DecisionDeferNotLater,
        Injection::DecisionConveneNotLater,
        Injection::DecisionEndorseLater,
        Injection::RecommendationHistoryBeforeAdoption,
        Injection::DecisionPositionUnknown,
        Injection::RegionSubregionSelf,
        Injection::OrganizationParentRepeated,
        Injection::OrganizationOpenedBeforeFounding,
        Injection::DecisionVersionUnresolved,
        Injection::DecisionVersionDisagreement,
        Injection::OfficeTenureDatesOrder,
        Injection::OfficeTenureOverlap,
        Injection::PositionOfficeOrganization,
        Injection::DelegationDaysOutside,
        Injection::DelegationLinkedMissing,
    ];

    /// Injects the violation into `d` (at the session `ci` where it concerns one), returning
    /// the rule and pointer validation must report; `None` when `d` has nothing to inject it
    /// into.
    fn apply(
        self,
        d: &mut Dataset,
        ci: usize,
        pick: prop::sample::Index,
    ) -> Option<(Rule, String)> {
        match self {
            Injection::UnresolvedReference => unresolved_reference(d, pick),
            Injection::DuplicateId => duplicate_id(d, ci),
            Injection::PositionDatesOrder => position_dates_order(d, ci),
            Injection::RegionMemberDuplicate => region_member_duplicate(d, ci),
            Injection::AttendanceDisagreement => attendance_disagreement(d, ci),
            Injection::DelegationDuplicate => delegation_duplicate(d, ci),
            Injection::ReleaseBeforeConference => release_before_conference(d, ci),
            Injection::TranslationSameLanguage => translation_same_language(d, ci),
            Injection::ClaimDisagreement => claim_disagreement(d, ci),
            Injection::ClaimPreferredDiffers => claim_preferred_differs(d, ci),
            Injection::CapacityPositionUnknown => capacity_position_unknown(d, ci),
            Injection::AttendancePartsExceedTotal => attendance_parts_exceed_total(d, ci),
            Injection::HostDesignationEmpty => host_designation_empty(d, ci),
            Injection::DecisionAdoptedExceedsTotal => decision_adopted_exceeds_total(d, ci),
            Injection::SourceRetrievedBeforePublished => source_retrieved_before_published(d, ci),
            Injection::MarkingQuoteStricter => marking_quote_stricter(d, ci),
            Injection::StrategyPeriodLong => strategy_period_long(d, ci),
            Injection::EventDateOutside => event_date_outside(d, ci),
            Injection::DecisionDateOutside => decision_date_outside(d, ci),
            Injection::DecisionDeferNotLater => decision_defer_not_later(d, ci),
            Injection::DecisionConveneNotLater => decision_convene_not_later(d, ci),
            Injection::DecisionEndorseLater => decision_endorse_later(d),
            Injection::RecommendationHistoryBeforeAdoption => history_before_adoption(d, ci),
            Injection::DecisionPositionUnknown => decision_position_unknown(d, ci),
            Injection::RegionSubregionSelf => region_subregion_self(d, ci),
            Injection::OrganizationParentRepeated => organization_parent_repeated(d, ci),
            Injection::OrganizationOpenedBeforeFounding => opened_before_founding(d, ci),
            Injection::DecisionVersionUnresolved => decision_version_unresolved(d, ci),
            Injection::DecisionVersionDisagreement => decision_version_disagreement(d, ci),
            Injection::OfficeTenureDatesOrder => office_tenure_dates_order(d, ci),
            Injection::OfficeTenureOverlap => office_tenure_overlap(d, ci),
            Injection::PositionOfficeOrganization => position_office_organization(d, ci),
            Injection::DelegationDaysOutside => delegation_days_outside(d, ci),
            Injection::DelegationLinkedMissing => delegation_linked_missing(d, ci),
        }
    }
}

/// A valid dataset (see [`valid_dataset`]) with exactly one injected violation, yielded with the
/// rule and pointer validation must report — and nothing else.
pub fn invalid_dataset(size: DatasetSize) -> impl Strategy<Value = Mutation> {
    (
        valid_dataset(size),
        select(Injection::ALL.as_slice()),
        any::<prop::sample::Index>(),
    )
        .prop_filter_map("mutation not applicable", |(mut d, injection, pick)| {
            let ci = pick.index(d.conferences.len().max(1));
            let (rule, pointer) = injection.apply(&mut d, ci, pick)?;
            Some(Mutation {
                injection,
                dataset: d,
                rule,
                pointer,
            })
        })
}

/// The references that another rule compares with a second reference to the same entity (a
/// recommendation's session with the decision that adopts it, a capacity's organisation with
/// the position's): breaking one would break that comparison too, so they are left alone.
const COMPARED: [Spec; 9] = [
    map::ADOPTED_AT,
    map::ENDORSED_BY,
    map::ABOUT,
    map::OCCASION,
    map::CONFERENCE_REGION,
    map::ADDRESSEE_REGION,
    map::POSITION_ORGANIZATION,
    map::CAPACITY_ORGANIZATION,
    map::OFFICE_ORGANIZATION,
];

/// Breaks one reference of `d`, found through the crate's map of references: whatever field
/// the map lists, it is covered here without a line of its own.
fn unresolved_reference(d: &mut Dataset, pick: prop::sample::Index) -> Option<(Rule, String)> {
    let candidates = breakable(d);
    if candidates.is_empty() {
        return None;
    }
    let chosen = candidates.get(pick.index(candidates.len()))?;
    break_reference(d, chosen)
}

/// The references of `d` that [`unresolved_reference`] may break.
fn breakable(d: &Dataset) -> Vec<refs::Found> {
    refs::all(d)
        .into_iter()
        .filter(|f| {
            !COMPARED
                .iter()
                .any(|c| (c.field, c.target) == (f.spec.field, f.spec.target))
        })
        .collect()
}

/// Makes `chosen`, a reference of `d`, name nothing.
fn break_reference(d: &mut Dataset, chosen: &refs::Found) -> Option<(Rule, String)> {
    let mut json = serde_json::to_value(&*d).ok()?;
    *json.pointer_mut(&chosen.pointer)? =
        serde_json::Value::String(format!("no-such-{}", chosen.spec.target.name()));
    *d = serde_json::from_value(json).ok()?;
    Some((Rule::ReferenceUnresolved, chosen.pointer.clone()))
}

/// A person's id is used a second time.
fn duplicate_id(d: &mut Dataset, _: usize) -> Option<(Rule, String)> {
    let copy = d.people.first()?.clone();
    d.people.push(copy);
    Some((
        Rule::IdDuplicate,
        format!("/people/{}/id", d.people.len() - 1),
    ))
}

/// A position ends before it starts.
fn position_dates_order(d: &mut Dataset, _: usize) -> Option<(Rule, String)> {
    let person = d.people.first_mut()?;
    let mut pos = Position::new(Text::new("Director").ok()?);
    pos.from = PartialDate::year_only(2010).ok();
    pos.to = PartialDate::year_only(2005).ok();
    person.positions.push(pos);
    Some((
        Rule::PositionDatesOrder,
        format!("/people/0/positions/{}/to", person.positions.len() - 1),
    ))
}

/// A region lists a member twice.
fn region_member_duplicate(d: &mut Dataset, _: usize) -> Option<(Rule, String)> {
    let region = d.regions.first_mut()?;
    let first = *region.members.first()?;
    region.members.push(first);
    Some((
        Rule::RegionMemberDuplicate,
        format!("/regions/0/members/{}", region.members.len() - 1),
    ))
}

/// A later figure of the first stated delegate count's class lies outside its range.
fn attendance_disagreement(d: &mut Dataset, ci: usize) -> Option<(Rule, String)> {
    let c = d.conferences.get_mut(ci)?;
    let first = c.attendance.iter().find(|a| {
        a.measure == Measure::Delegates && a.count.is_some() && a.rank != Rank::Deprecated
    })?;
    let (low, high) = first.count?.range();
    let outside = match high {
        Some(high) => Count::exact(high.checked_add(1)?),
        None if low > 0 => Count::new(Qualifier::FewerThan, low).ok()?,
        None => return None,
    };
    let mut later = first.clone();
    later.count = Some(outside);
    later.rank = Rank::Normal;
    c.attendance.push(later);
    Some((
        Rule::AttendanceDisagreement,
        format!(
            "/conferences/{ci}/attendance/{}/count",
            c.attendance.len() - 1
        ),
    ))
}

/// A version of the ordinal one past the session's own, of normal rank.
fn claim_disagreement(d: &mut Dataset, ci: usize) -> Option<(Rule, String)> {
    let c = d.conferences.get_mut(ci)?;
    let other = c.ordinal?.next();
    c.claims.push(Claim::new(Claimed::Ordinal(other)));
    Some((
        Rule::ClaimDisagreement,
        format!("/conferences/{ci}/claims/{}/value", c.claims.len() - 1),
    ))
}

/// A version of the title, ranked preferred, that is not the title.
fn claim_preferred_differs(d: &mut Dataset, ci: usize) -> Option<(Rule, String)> {
    let c = d.conferences.get_mut(ci)?;
    let other = Text::new(&format!("{} (draft)", c.title.as_str())).ok()?;
    let mut claim = Claim::new(Claimed::Title(other));
    claim.rank = Rank::Preferred;
    c.claims.push(claim);
    Some((
        Rule::ClaimPreferredDiffers,
        format!("/conferences/{ci}/claims/{}/value", c.claims.len() - 1),
    ))
}

/// A statement's capacity names a position no one has.
fn capacity_position_unknown(d: &mut Dataset, ci: usize) -> Option<(Rule, String)> {
    let c = d.conferences.get_mut(ci)?;
    let s = c.statements.first_mut()?;
    s.capacities.push(CapacityRef::position(
        PositionId::new("no-such-position").ok()?,
    ));
    Some((
        Rule::CapacityPositionUnknown,
        format!(
            "/conferences/{ci}/statements/0/capacities/{}/position",
            s.capacities.len() - 1
        ),
    ))
}

/// A category of delegates one more than the first total of delegates can hold.
fn attendance_parts_exceed_total(d: &mut Dataset, ci: usize) -> Option<(Rule, String)> {
    let c = d.conferences.get_mut(ci)?;
    let (ti, total) = c.attendance.iter().enumerate().find(|(_, a)| {
        a.measure == Measure::Delegates
            && a.part.is_none()
            && a.count.is_some()
            && a.rank != Rank::Deprecated
    })?;
    let (_, Some(high)) = total.count?.range() else {
        return None;
    };
    let mut part = total.clone();
    part.count = Some(Count::exact(high.checked_add(1)?));
    part.part = Some(CountPart::Category(Text::new("police chiefs").ok()?));
    part.rank = Rank::Normal;
    c.attendance.push(part);
    Some((
        Rule::AttendancePartsExceedTotal,
        format!("/conferences/{ci}/attendance/{ti}/count"),
    ))
}

/// A designation of the next session of the series that says nothing of where.
fn host_designation_empty(d: &mut Dataset, ci: usize) -> Option<(Rule, String)> {
    let c = d.conferences.get_mut(ci)?;
    let series = c.series.clone()?;
    c.decisions
        .push(Decision::DesignateHost(HostDesignation::next(series)));
    Some((
        Rule::HostDesignationEmpty,
        format!("/conferences/{ci}/decisions/{}", c.decisions.len() - 1),
    ))
}

/// An adoption's stated total one less than it lists.
fn decision_adopted_exceeds_total(d: &mut Dataset, ci: usize) -> Option<(Rule, String)> {
    let c = d.conferences.get_mut(ci)?;
    let di = c.decisions.iter().position(|x| {
        matches!(x, Decision::AdoptRecommendations { recommendations, .. } if !recommendations.is_empty())
    })?;
    if let Some(Decision::AdoptRecommendations {
        recommendations,
        total,
        ..
    }) = c.decisions.get_mut(di)
    {
        *total = Some(Count::exact(u32::try_from(recommendations.len() - 1).ok()?));
    }
    Some((
        Rule::DecisionAdoptedExceedsTotal,
        format!("/conferences/{ci}/decisions/{di}/total"),
    ))
}

/// The session's first decision with an id names itself by `version_of`.
fn decision_version_unresolved(d: &mut Dataset, ci: usize) -> Option<(Rule, String)> {
    let c = d.conferences.get_mut(ci)?;
    let di = c.decisions.iter().position(|x| x.id().is_some())?;
    let decision = c.decisions.get_mut(di)?;
    let mut about = decision.particulars().cloned().unwrap_or_default();
    about.version_of.clone_from(&about.id);
    *decision = decision.clone().with_particulars(about);
    Some((
        Rule::DecisionVersionUnresolved,
        format!("/conferences/{ci}/decisions/{di}/version_of"),
    ))
}

/// A version of the session's first decision with an id, of normal rank, that says it was
/// rejected.
fn decision_version_disagreement(d: &mut Dataset, ci: usize) -> Option<(Rule, String)> {
    let c = d.conferences.get_mut(ci)?;
    let original = c.decisions.iter().find(|x| x.id().is_some())?;
    let about = Particulars {
        version_of: original.id().cloned(),
        ..Particulars::default()
    };
    let mut version = original.clone().with_particulars(about);
    *version.status_mut() = Some(DecisionStatus::Rejected);
    c.decisions.push(version);
    Some((
        Rule::DecisionVersionDisagreement,
        format!("/conferences/{ci}/decisions/{}", c.decisions.len() - 1),
    ))
}

/// A party sends a second delegation.
fn delegation_duplicate(d: &mut Dataset, ci: usize) -> Option<(Rule, String)> {
    let c = d.conferences.get_mut(ci)?;
    let first = c.delegations.first()?.clone();
    let field = if first.country().is_some() {
        "country"
    } else {
        "organization"
    };
    c.delegations.push(first);
    Some((
        Rule::DelegationDuplicate,
        format!(
            "/conferences/{ci}/delegations/{}/{field}",
            c.delegations.len() - 1
        ),
    ))
}

/// A release is published the day before its session begins.
fn release_before_conference(d: &mut Dataset, ci: usize) -> Option<(Rule, String)> {
    let start = d.conferences.get(ci)?.dates.earliest();
    let (ri, release) = d
        .media_releases
        .iter_mut()
        .enumerate()
        .find(|(_, m)| m.about.first() == d.conferences.get(ci).map(|c| &c.id))?;
    release.published = Date::try_from(start.to_time().checked_sub(time::Duration::days(1))?)
        .ok()?
        .into();
    // Published before the session, it can quote nothing said there.
    release.quotes.clear();
    Some((
        Rule::ReleaseBeforeConference,
        format!("/media_releases/{ri}/published"),
    ))
}

/// A statement has a translation into its own language.
fn translation_same_language(d: &mut Dataset, ci: usize) -> Option<(Rule, String)> {
    let c = d.conferences.get_mut(ci)?;
    let (si, s) = c.statements.iter_mut().enumerate().next()?;
    if s.translations.get(&s.language).is_some() {
        return None;
    }
    s.translations.insert(s.language.clone(), s.text.clone());
    let tag = s.language.as_str().replace('~', "~0").replace('/', "~1");
    Some((
        Rule::TranslationSameLanguage,
        format!("/conferences/{ci}/statements/{si}/translations/{tag}"),
    ))
}

/// A source is retrieved before it was published.
fn source_retrieved_before_published(d: &mut Dataset, _: usize) -> Option<(Rule, String)> {
    let source = d.sources.first_mut()?;
    source.published = PartialDate::year_only(2020).ok();
    source.retrieved = Date::new(2019, 12, 31).ok();
    Some((
        Rule::SourceRetrievedBeforePublished,
        "/sources/0/retrieved".to_owned(),
    ))
}

/// A public release quotes a statement marked `TLP:RED`.
fn marking_quote_stricter(d: &mut Dataset, _: usize) -> Option<(Rule, String)> {
    let (ri, release) = d
        .media_releases
        .iter_mut()
        .enumerate()
        .find(|(_, m)| !m.quotes.is_empty())?;
    // Everything public but one quoted statement; the release quotes that one only.
    release.quotes.truncate(1);
    let quoted = release.quotes.first()?.clone();
    let statement = d
        .conferences
        .iter_mut()
        .flat_map(|c| c.statements.iter_mut())
        .find(|s| s.id == quoted)?;
    statement.marking = Some(Marking::Red);
    d.marking = Some(Marking::Clear);
    Some((
        Rule::MarkingQuoteStricter,
        format!("/media_releases/{ri}/quotes/0"),
    ))
}

/// A strategy's period spans more than ten years.
fn strategy_period_long(d: &mut Dataset, _: usize) -> Option<(Rule, String)> {
    let s = d.strategies.first_mut()?;
    let start = s.period.start();
    s.period = YearRange::new(start, start.checked_add(11)?).ok()?;
    s.stated_years = None;
    (Rule::StrategyPeriodLong, "/strategies/0/period".to_owned()).into()
}

/// The day before (`-1`) or after (`1`) the session `c`.
fn beside(c: &crate::Conference, days: i64) -> Option<PartialDate> {
    let from = if days < 0 {
        c.dates.earliest()
    } else {
        c.dates.latest()
    };
    let day = from.to_time().checked_add(time::Duration::days(days))?;
    Some(Date::try_from(day).ok()?.into())
}

/// A part of the session, its opening ceremony, held the day before it.
fn event_date_outside(d: &mut Dataset, ci: usize) -> Option<(Rule, String)> {
    let c = d.conferences.get_mut(ci)?;
    let eve = beside(c, -1)?;
    let mut ceremony =
        RelatedEvent::new(EventRelation::HasPart, Text::new("Opening ceremony").ok()?);
    ceremony.kind = Some(EventKind::OpeningCeremony);
    ceremony.dates = Some(eve.into());
    c.related_events.push(ceremony);
    Some((
        Rule::EventDateOutside,
        format!(
            "/conferences/{ci}/related_events/{}/dates",
            c.related_events.len() - 1
        ),
    ))
}

/// A declaration adopted the day after the session ended.
fn decision_date_outside(d: &mut Dataset, ci: usize) -> Option<(Rule, String)> {
    let c = d.conferences.get_mut(ci)?;
    let after = beside(c, 1)?;
    let mut declaration = Decision::adopt_document(DocumentForm::Declaration);
    if let Decision::AdoptDocument { decided_on, .. } = &mut declaration {
        *decided_on = Some(after);
    }
    c.decisions.push(declaration);
    Some((
        Rule::DecisionDateOutside,
        format!(
            "/conferences/{ci}/decisions/{}/decided_on",
            c.decisions.len() - 1
        ),
    ))
}

/// A matter deferred to the year before the session.
fn decision_defer_not_later(d: &mut Dataset, ci: usize) -> Option<(Rule, String)> {
    let c = d.conferences.get_mut(ci)?;
    let year = c.dates.earliest().year().checked_sub(1)?;
    let mut deferral = Decision::defer(Text::new("The budget").ok()?);
    if let Decision::Defer { date, .. } = &mut deferral {
        *date = PartialDate::year_only(year).ok();
    }
    c.decisions.push(deferral);
    Some((
        Rule::DecisionDeferNotLater,
        format!("/conferences/{ci}/decisions/{}/date", c.decisions.len() - 1),
    ))
}

/// A session that convenes itself.
fn decision_convene_not_later(d: &mut Dataset, ci: usize) -> Option<(Rule, String)> {
    let c = d.conferences.get_mut(ci)?;
    c.decisions.push(Decision::convene(c.id.clone()));
    Some((
        Rule::DecisionConveneNotLater,
        format!(
            "/conferences/{ci}/decisions/{}/conference",
            c.decisions.len() - 1
        ),
    ))
}

/// The session that ends first endorses an act (a decision with an id) of the session that
/// begins last, when that one begins after the other ends.
fn decision_endorse_later(d: &mut Dataset) -> Option<(Rule, String)> {
    let (later, act) = d
        .conferences
        .iter()
        .filter_map(|c| Some((c, c.decisions.iter().find_map(Decision::id)?)))
        .max_by_key(|(c, _)| c.dates.earliest())?;
    let (start, act) = (later.dates.earliest(), act.clone());
    let (ei, endorser) = d
        .conferences
        .iter_mut()
        .enumerate()
        .min_by_key(|(_, c)| c.dates.latest())?;
    if endorser.dates.latest() >= start {
        return None;
    }
    endorser.decisions.push(Decision::endorse_decision(act));
    Some((
        Rule::DecisionEndorseLater,
        format!(
            "/conferences/{ei}/decisions/{}/decision",
            endorser.decisions.len() - 1
        ),
    ))
}

/// A recommendation of the session endorsed the year before the session adopted it.
fn history_before_adoption(d: &mut Dataset, ci: usize) -> Option<(Rule, String)> {
    let c = d.conferences.get(ci)?;
    let year = c.dates.earliest().year().checked_sub(1)?;
    let id = c.id.clone();
    let (ri, r) = d
        .recommendations
        .iter_mut()
        .enumerate()
        .find(|(_, r)| r.adopted_at == id)?;
    let mut endorsed = StatusEvent::new(RecommendationStatus::Endorsed);
    endorsed.date = PartialDate::year_only(year).ok();
    r.history.push(endorsed);
    Some((
        Rule::RecommendationHistoryBeforeAdoption,
        format!("/recommendations/{ri}/history/{}/date", r.history.len() - 1),
    ))
}

/// A person elected to fill a position id they do not have.
fn decision_position_unknown(d: &mut Dataset, ci: usize) -> Option<(Rule, String)> {
    let person = d.people.first()?;
    let missing: PositionId = "no-such-position".parse().ok()?;
    if person
        .positions
        .iter()
        .any(|p| p.id.as_ref() == Some(&missing))
    {
        return None;
    }
    let mut elect = Decision::elect(
        person.id.clone(),
        crate::statement::Capacity::new(Text::new("President").ok()?, None),
    );
    if let Decision::Elect { fills, .. } = &mut elect {
        *fills = Some(missing);
    }
    let c = d.conferences.get_mut(ci)?;
    c.decisions.push(elect);
    Some((
        Rule::DecisionPositionUnknown,
        format!(
            "/conferences/{ci}/decisions/{}/fills",
            c.decisions.len() - 1
        ),
    ))
}

/// The first region lists itself among its subregions.
fn region_subregion_self(d: &mut Dataset, _: usize) -> Option<(Rule, String)> {
    let region = d.regions.first_mut()?;
    region.subregions.push(region.id.clone());
    Some((
        Rule::RegionSubregionSelf,
        format!("/regions/0/subregions/{}", region.subregions.len() - 1),
    ))
}

/// A joint body lists its first parent again.
fn organization_parent_repeated(d: &mut Dataset, _: usize) -> Option<(Rule, String)> {
    let (i, body) = d
        .organizations
        .iter_mut()
        .enumerate()
        .find(|(_, o)| !o.parents.is_empty())?;
    let again = body.parents.first()?.clone();
    body.parents.push(again);
    Some((
        Rule::OrganizationParentRepeated,
        format!("/organizations/{i}/parents/{}", body.parents.len() - 1),
    ))
}

/// A body that opened is founded the year after.
fn opened_before_founding(d: &mut Dataset, _: usize) -> Option<(Rule, String)> {
    let (i, body) = d
        .organizations
        .iter_mut()
        .enumerate()
        .find(|(_, o)| o.opened.is_some())?;
    let year = body.opened?.year().checked_add(1)?;
    body.founding.get_or_insert_with(Founding::new).date = PartialDate::year_only(year).ok();
    Some((
        Rule::OrganizationOpenedBeforeFounding,
        format!("/organizations/{i}/opened"),
    ))
}

/// The first tenure of an office with both dates ends in 1990, before it starts.
fn office_tenure_dates_order(d: &mut Dataset, _: usize) -> Option<(Rule, String)> {
    let (i, office) = d
        .offices
        .iter_mut()
        .enumerate()
        .find(|(_, o)| o.holders.iter().any(|t| t.from.is_some() && t.to.is_some()))?;
    let (j, tenure) = office
        .holders
        .iter_mut()
        .enumerate()
        .find(|(_, t)| t.from.is_some() && t.to.is_some())?;
    tenure.to = PartialDate::year_only(1990).ok();
    Some((
        Rule::OfficeTenureDatesOrder,
        format!("/offices/{i}/holders/{j}/to"),
    ))
}

/// A tenure that is neither acting nor suspended is listed twice: two holders at once.
fn office_tenure_overlap(d: &mut Dataset, _: usize) -> Option<(Rule, String)> {
    let plain = |t: &crate::office::Tenure| {
        t.from.is_some() && t.to.is_some() && !t.acting && t.suspended.is_none()
    };
    let (i, office) = d
        .offices
        .iter_mut()
        .enumerate()
        .find(|(_, o)| o.holders.iter().any(plain))?;
    let again = office.holders.iter().find(|t| plain(t))?.clone();
    office.holders.push(again);
    Some((
        Rule::OfficeTenureOverlap,
        format!("/offices/{i}/holders/{}/from", office.holders.len() - 1),
    ))
}

/// The first person gains a position of the second organisation that names an office of
/// another one.
fn position_office_organization(d: &mut Dataset, _: usize) -> Option<(Rule, String)> {
    let office = d.offices.iter().find(|o| o.organization.is_some())?;
    let (id, theirs) = (office.id.clone(), office.organization.clone()?);
    let own = d
        .organizations
        .iter()
        .find(|o| o.id != theirs)
        .map(|o| o.id.clone())?;
    let person = d.people.first_mut()?;
    let mut pos = Position::new(Text::new("Chair").ok()?);
    pos.organization = Some(own);
    pos.office = Some(id);
    person.positions.push(pos);
    Some((
        Rule::PositionOfficeOrganization,
        format!("/people/0/positions/{}/office", person.positions.len() - 1),
    ))
}

/// The first delegation attended from the day before its session to its first day.
fn delegation_days_outside(d: &mut Dataset, ci: usize) -> Option<(Rule, String)> {
    let c = d.conferences.get_mut(ci)?;
    let eve = beside(c, -1)?.to_date()?;
    let first = c.dates.exact()?.start();
    let days = crate::date::DateRange::new(eve, first).ok()?;
    c.delegations.first_mut()?.days = Some(days.into());
    Some((
        Rule::DelegationDaysOutside,
        format!("/conferences/{ci}/delegations/0/days"),
    ))
}

/// The first delegation is linked to the delegation of a country that sent none.
fn delegation_linked_missing(d: &mut Dataset, ci: usize) -> Option<(Rule, String)> {
    let c = d.conferences.get_mut(ci)?;
    let sent: std::collections::HashSet<_> = c
        .delegations
        .iter()
        .filter_map(crate::Delegation::country)
        .collect();
    let absent = crate::country::CountryCode::all()
        .find(|code| !code.is_historical() && !sent.contains(code))?;
    c.delegations.first_mut()?.linked_to = Some(absent);
    Some((
        Rule::DelegationLinkedMissing,
        format!("/conferences/{ci}/delegations/0/linked_to"),
    ))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use std::collections::BTreeSet;

    use proptest::prelude::*;

    use super::{break_reference, breakable};
    use crate::testkit::{DatasetSize, valid_dataset};
    use crate::validate::Validate;

    /// The fields outside series and capabilities that name things of vocabulary 1.2, part
    /// 3: the mutation must reach them without a line of its own.
    const THINGS: [&str; 4] = ["capabilities", "parents", "created_at", "subregions"];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        /// The mutation breaks the references to and from series and capabilities, a joint
        /// body's parents and creating session and a region's subregions, and each broken one
        /// is reported exactly where it is.
        #[test]
        fn the_reference_mutation_breaks_the_things_referred_to(
            d in valid_dataset(DatasetSize::small())
        ) {
            let mut reached = BTreeSet::new();
            for f in breakable(&d) {
                let entity = ["/series/", "/capabilities/"]
                    .into_iter()
                    .find(|root| f.pointer.starts_with(root));
                if entity.is_none() && !THINGS.contains(&f.spec.field) {
                    continue;
                }
                let mut broken = d.clone();
                let (rule, pointer) = break_reference(&mut broken, &f).unwrap();
                let report = broken.validate();
                let found: Vec<_> = report.iter().map(|v| (v.rule(), v.pointer().to_owned())).collect();
                prop_assert_eq!(found, vec![(rule, pointer)]);
                reached.insert(if entity == Some("/series/") { "series" } else { f.spec.field });
            }
            // Every dataset has a capability that a recommendation names, and a subregion.
            for field in ["capabilities", "operator", "subregions"] {
                prop_assert!(reached.contains(field), "{field} not reached: {reached:?}");
            }
            if !d.series.is_empty() {
                prop_assert!(reached.contains("series"));
            }
            if d.organizations.len() >= 3 {
                prop_assert!(reached.contains("parents") && reached.contains("created_at"));
            }
        }
    }
}
