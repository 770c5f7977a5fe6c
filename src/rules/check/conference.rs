//! The checks of a conference: its region, venue and attendance, then its delegations
//! (`delegation.rs`), statements (`statement.rs`) and decisions (`decision.rs`).

use foldhash::{HashMap, HashMapExt, HashSet};

use crate::claim::Rank;
use crate::conference::{
    AttendanceCount, Conference, ConferenceKind, CountPart, CountStage, Measure,
};
use crate::count::Count;
use crate::delegation::Party;
use crate::id::{RegionId, SourceId};
use crate::read::pointer::Seg;
use crate::region::Region;
use crate::rule::Rule;
use crate::rules::earlier::Earlier;
use crate::rules::index::CountrySet;
use crate::rules::walk::{Span, Walker};

impl<'a> Walker<'a> {
    /// Two sessions of one series with the same ordinal.
    pub(crate) fn ordinals(&mut self, conferences: &'a [Conference]) {
        let mut seen: HashMap<(&str, u32), &str> = HashMap::new();
        for (i, c) in conferences.iter().enumerate() {
            if let (Some(series), Some(ordinal)) = (&c.series, c.ordinal)
                && let Some(first) = seen.insert((series.as_str(), ordinal.get()), c.id.as_str())
            {
                self.report(
                    Rule::ConferenceOrdinalDuplicate,
                    &[Seg::Key("conferences"), Seg::Index(i), Seg::Key("ordinal")],
                    format!(
                        "{:?} and {first:?} are both the {ordinal} session of series {:?}",
                        c.id.as_str(),
                        series.as_str()
                    ),
                );
            }
        }
    }

    /// The region, with its members as a set, when the dataset lists its members.
    pub(super) fn region_members(
        &self,
        region: Option<&RegionId>,
    ) -> Option<(&'a Region, CountrySet)> {
        let (region, members) = self.lookup(region?, |i| &i.regions)?;
        (!region.members.is_empty()).then_some((region, members))
    }

    pub(crate) fn conference(&mut self, c: &'a Conference) {
        self.note(c.marking);
        self.references(c);
        let span = Span::of_dates(c.dates);
        if c.region.is_none() && c.kind == ConferenceKind::RegionalConference {
            self.report(
                Rule::ConferenceRegionMissing,
                &[Seg::Key("kind")],
                format!("regional conference {:?} names no region", c.id.as_str()),
            );
        }
        if let Some(v) = &c.venue
            && let Some(country) = v.country
        {
            self.country_at(
                country,
                span,
                &[Seg::Key("venue"), Seg::Key("country")],
                "the venue",
            );
        }
        // The figures come before the delegations, in document order, but need the count of
        // countries the delegations represent: the batch pass over them counts it.
        let represented = self.delegates_batch(c);
        self.attendance(&c.attendance, represented);
        self.relative_days(&c.relative, super::relative::ends(c.dates));
        self.claims(c);
        self.roles(&c.roles, Some(span), super::role::Dated::Session(c.dates));
        self.delegations(c, span);
        self.enter(Seg::Key("statements"));
        for (i, s) in c.statements.iter().enumerate() {
            self.note(s.marking);
            self.enter(Seg::Index(i));
            self.statement(s, span);
            self.leave();
        }
        self.leave();
        self.enter(Seg::Key("decisions"));
        for (i, d) in c.decisions.iter().enumerate() {
            self.enter(Seg::Index(i));
            self.decision(c, d, span);
            self.leave();
        }
        self.leave();
        self.events(c, span);
    }

    /// Figures that disagree, parts that add up to more than their total, and more country
    /// delegations than an exact count of countries allows (`represented`: the countries the
    /// delegations that came represent).
    ///
    /// A figure beside a party (`besides`) is compared only with figures beside the same
    /// party, is no total of parts, and a count of countries beside a country allows one more
    /// country delegation. A related event's figures are checked with `represented` 0.
    pub(super) fn attendance(&mut self, attendance: &'a [AttendanceCount], represented: usize) {
        if attendance.is_empty() {
            return;
        }
        self.enter(Seg::Key("attendance"));
        // Figures are compared like with like: the same measure, stage and part. A figure
        // disagrees with an earlier one of its class when their ranges cannot meet.
        let mut classes: HashMap<Class<'a>, Earlier<u32, &'a AttendanceCount>> = HashMap::new();
        for (i, a) in attendance.iter().enumerate() {
            let Some(count) = compared(a) else { continue };
            let (low, high) = count.range();
            let class = classes
                .entry((a.measure, a.stage, a.part.as_ref(), a.besides.as_ref()))
                .or_default();
            if let Some(earlier) = class.missed_by(low, high) {
                self.report(
                    Rule::AttendanceDisagreement,
                    &[Seg::Index(i), Seg::Key("count")],
                    format!(
                        "{} {} here ({}), {} in an earlier figure ({}); both are kept",
                        figure(a),
                        measure_name(a.measure),
                        cited(&a.sources),
                        figure(earlier),
                        cited(&earlier.sources)
                    ),
                );
            }
            class.add(low, high, a);
        }
        self.parts(attendance);
        for (i, a) in attendance.iter().enumerate() {
            let exact = compared(a).filter(|c| c.is_exact());
            let whole = a.part.is_none() && matches!(a.stage, None | Some(CountStage::Present));
            // "12 member states" beside Namibia: Namibia's delegation is not among the 12.
            let beside = usize::from(matches!(a.besides, Some(Party::Country(_))));
            if a.measure == Measure::Countries
                && whole
                && let Some(count) = exact
                && represented > count.value() as usize + beside
            {
                self.report(
                    Rule::AttendanceExceeded,
                    &[Seg::Index(i), Seg::Key("count")],
                    match &a.besides {
                        Some(Party::Country(code)) => format!(
                            "{represented} country delegations are listed as present, but the count of countries is exactly {} beside {code}",
                            count.value()
                        ),
                        _ => format!(
                            "{represented} country delegations are listed as present, but the count of countries is exactly {}",
                            count.value()
                        ),
                    },
                );
            }
        }
        self.leave();
    }

    /// Parts of a total that need more than the total can be: those from the region and
    /// those from outside it ("170 from the region and 40 from outside") together, or a named
    /// category alone (categories may overlap each other and the regional parts). One warning
    /// per total, at the total.
    fn parts(&mut self, attendance: &'a [AttendanceCount]) {
        // Per measure and stage: the first total, and the least value of the first figure of
        // each distinct part.
        let mut totals: HashMap<(Measure, Option<CountStage>), Parts<'a>> = HashMap::new();
        for (i, a) in attendance.iter().enumerate() {
            let Some(count) = compared(a) else { continue };
            if a.besides.is_some() {
                continue;
            }
            let entry = totals.entry((a.measure, a.stage)).or_default();
            match &a.part {
                None => {
                    entry.total.get_or_insert((i, a, count));
                }
                Some(part) => {
                    if entry.seen.insert(part) {
                        let low = u64::from(count.range().0);
                        match part {
                            CountPart::InRegion | CountPart::OutsideRegion => entry.sum += low,
                            _ => entry.largest_category = entry.largest_category.max(low),
                        }
                    }
                }
            }
        }
        let mut found: Vec<_> = totals.into_values().collect();
        found.sort_by_key(|p| p.total.map(|(i, ..)| i));
        for p in found {
            if let Some((i, total, count)) = p.total
                && let (_, Some(high)) = count.range()
                && p.sum.max(p.largest_category) > u64::from(high)
            {
                self.report(
                    Rule::AttendancePartsExceedTotal,
                    &[Seg::Index(i), Seg::Key("count")],
                    format!(
                        "its parts need at least {} {}, more than the total {} ({}) allows",
                        p.sum.max(p.largest_category),
                        measure_name(total.measure),
                        figure(total),
                        cited(&total.sources)
                    ),
                );
            }
        }
    }
}

/// The figures of one measure, stage, part and party counted beside, which are compared with
/// each other.
type Class<'a> = (
    Measure,
    Option<CountStage>,
    Option<&'a CountPart>,
    Option<&'a Party>,
);

/// The total of a measure and stage, and its parts read so far.
#[derive(Default)]
struct Parts<'a> {
    total: Option<(usize, &'a AttendanceCount, Count)>,
    /// The distinct parts.
    seen: HashSet<&'a CountPart>,
    /// The least values of the parts from the region and from outside it, added.
    sum: u64,
    /// The least value of the largest named category.
    largest_category: u64,
}

/// The count of a figure that is compared with others: stated, and not known to be wrong.
fn compared(a: &AttendanceCount) -> Option<Count> {
    a.count.filter(|_| a.rank != Rank::Deprecated)
}

/// A figure as the document states it: the source's words when given, else the count in the
/// words of its qualifier.
fn figure(a: &AttendanceCount) -> String {
    match (&a.wording, a.count) {
        (Some(w), _) => format!("{:?}", w.as_str()),
        (None, Some(c)) => c.as_stated(),
        (None, None) => "an unstated number of".to_owned(),
    }
}

/// The sources of a fact, for a message.
pub(super) fn cited(sources: &[SourceId]) -> String {
    match sources {
        [] => "no source".to_owned(),
        [one] => format!("source {:?}", one.as_str()),
        many => {
            let ids: Vec<_> = many.iter().map(|s| format!("{:?}", s.as_str())).collect();
            format!("sources {}", ids.join(", "))
        }
    }
}

fn measure_name(m: Measure) -> &'static str {
    match m {
        Measure::Delegates => "delegates",
        Measure::Participants => "participants",
        Measure::Officials => "officials",
        Measure::Countries => "countries",
        Measure::Organizations => "organizations",
        Measure::Observers => "observers",
    }
}
