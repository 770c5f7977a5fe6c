//! The checks of a conference: its region, venue and attendance, then its delegations
//! (`delegation.rs`), statements (`statement.rs`) and decisions (`decision.rs`).

use foldhash::{HashMap, HashMapExt};

use crate::conference::{AttendanceCount, Conference, ConferenceKind, Measure};
use crate::count::Count;
use crate::id::RegionId;
use crate::read::pointer::Seg;
use crate::region::Region;
use crate::rule::Rule;
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
        if let Some(v) = &c.venue {
            self.country_at(
                v.country,
                span,
                &[Seg::Key("venue"), Seg::Key("country")],
                "the venue",
            );
        }
        // The figures come before the delegations, in document order, but need the count of
        // countries the delegations represent: the batch pass over them counts it.
        let represented = self.delegates_batch(c);
        self.attendance(&c.attendance, represented);
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
    }

    /// Figures that disagree, and more country delegations than an exact count of countries
    /// allows (`represented`: the countries the delegations represent).
    fn attendance(&mut self, attendance: &'a [AttendanceCount], represented: usize) {
        self.enter(Seg::Key("attendance"));
        // For each measure, its first figure and the first figure that differs from it: an
        // entry disagrees with the first earlier figure of its measure that differs from it,
        // which is one of those two, so each entry is one look-up.
        let mut firsts: Vec<(Measure, &Count, Option<&Count>)> = Vec::new();
        for (i, a) in attendance.iter().enumerate() {
            let earlier = match firsts.iter_mut().find(|(m, ..)| *m == a.measure) {
                None => {
                    firsts.push((a.measure, &a.count, None));
                    None
                }
                Some((_, first, other)) => {
                    if a.count == **first {
                        *other
                    } else {
                        other.get_or_insert(&a.count);
                        Some(*first)
                    }
                }
            };
            if let Some(earlier) = earlier {
                self.report(
                    Rule::AttendanceDisagreement,
                    &[Seg::Index(i), Seg::Key("count")],
                    format!(
                        "{} {} here, {} in an earlier figure; both are kept",
                        a.count,
                        measure_name(a.measure),
                        earlier
                    ),
                );
            }
        }
        for (i, a) in attendance.iter().enumerate() {
            if a.measure == Measure::Countries
                && a.count.is_exact()
                && represented > a.count.value() as usize
            {
                self.report(
                    Rule::AttendanceExceeded,
                    &[Seg::Index(i), Seg::Key("count")],
                    format!(
                        "{represented} country delegations are listed, but the count of countries is exactly {}",
                        a.count.value()
                    ),
                );
            }
        }
        self.leave();
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
