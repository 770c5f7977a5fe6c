//! The checks of a strategy: its period, and when it was endorsed.

use foldhash::{HashSet, HashSetExt};

use crate::date::{Date, PartialDate};
use crate::read::pointer::Seg;
use crate::rule::Rule;
use crate::rules::walk::Walker;
use crate::strategy::Strategy;

impl<'a> Walker<'a> {
    pub(crate) fn strategy(&mut self, s: &'a Strategy) {
        self.note(s.marking);
        self.references(s);
        let years = s.period.years();
        // A decade plan is written from its first year to its tenth anniversary (2020–2030):
        // eleven calendar years, which the rule lets pass.
        if s.period.end() - s.period.start() > 10 {
            self.report(
                Rule::StrategyPeriodLong,
                &[Seg::Key("period")],
                format!("the period {} spans {years} years", s.period),
            );
        }
        if let Some(stated) = s.stated_years
            && u16::from(stated.get()) != years
        {
            self.report(
                Rule::StrategyStatedYears,
                &[Seg::Key("stated_years")],
                format!(
                    "a {stated}-year strategy has the {years}-year period {}",
                    s.period
                ),
            );
        }
        if let Some(endorser) = &s.endorsed_by
            && let Some(c) = self.lookup(endorser, |i| &i.conferences)
        {
            let start = c.dates.earliest();
            if start.year() > s.period.end() {
                self.report(
                    Rule::StrategyEndorsedAfterEnd,
                    &[Seg::Key("endorsed_by")],
                    format!(
                        "{:?} ({}) took place after the period {} ended",
                        endorser.as_str(),
                        c.dates,
                        s.period
                    ),
                );
            } else if period_start(s).is_some_and(|begins| start > begins) {
                self.report(
                    Rule::StrategyEndorsedLate,
                    &[Seg::Key("endorsed_by")],
                    format!(
                        "{:?} ({}) took place after the period {} began",
                        endorser.as_str(),
                        c.dates,
                        s.period
                    ),
                );
            }
        }
        let mut titles = HashSet::with_capacity(s.priorities.len());
        for (i, p) in s.priorities.iter().enumerate() {
            if !titles.insert(p.title.as_str()) {
                self.report(
                    Rule::StrategyPriorityDuplicate,
                    &[Seg::Key("priorities"), Seg::Index(i), Seg::Key("title")],
                    format!("the priority {:?} is listed twice", p.title.as_str()),
                );
            }
        }
    }
}

/// 1 January of the first year of a strategy's period.
fn period_start(s: &Strategy) -> Option<Date> {
    PartialDate::year_only(s.period.start())
        .ok()
        .map(PartialDate::earliest)
}
