//! The marking rules of a dataset: `marking.*` in the rule catalogue.
//!
//! A pass of its own after the other checks, run only when something carries a marking or
//! personal data. A holder is compared with each entity it needs or names through the
//! [reference map](crate::model::refs) (`Bond::Needs` and `Bond::Names`); quotes and personal
//! data have rules of their own. Markings are looked up by id only for the kinds where some
//! entity carries a marking of its own; everything else has the dataset's default.

use std::collections::HashMap;

use foldhash::fast::RandomState;

use crate::dataset::Dataset;
use crate::marking::Marking;
use crate::model::refs::{Holder, Id, MapPath, Refs, Spec, Target, Visit};
use crate::person::Person;
use crate::read::pointer::pointer_string;
use crate::release::MediaRelease;
use crate::rule::Rule;
use crate::rules::report::{Collector, Violation};

/// The effective markings of one kind of entity, by id; `None` when none carries its own.
struct Markings<'a> {
    own: Option<HashMap<&'a str, Marking, RandomState>>,
    default: Marking,
}

impl<'a> Markings<'a> {
    fn of<T: 'a>(
        list: impl Iterator<Item = &'a T> + Clone,
        default: Marking,
        id: impl Fn(&'a T) -> &'a str + Clone,
        marking: impl Fn(&'a T) -> Option<Marking> + Clone,
    ) -> Self {
        Self::effective(
            list.map(move |e| (id(e), marking(e).unwrap_or(default))),
            default,
        )
    }

    /// From each entity's id and effective marking; kept by id only when some marking is not
    /// the default.
    fn effective(
        entities: impl Iterator<Item = (&'a str, Marking)> + Clone,
        default: Marking,
    ) -> Self {
        let own = entities
            .clone()
            .any(|(_, m)| m != default)
            .then(|| entities.collect::<HashMap<_, _, _>>());
        Self { own, default }
    }

    /// The marking of the entity `id`; the default for an id that names none (an unresolved
    /// reference, reported by its own rule).
    fn get(&self, id: &str) -> Marking {
        self.own
            .as_ref()
            .and_then(|m| m.get(id).copied())
            .unwrap_or(self.default)
    }
}

/// The marking pass: a visit of the reference map that compares each holder with what it
/// needs or names, then the rules of releases and personal data.
struct MarkingPass<'a, 'o> {
    default: Marking,
    organizations: Markings<'a>,
    people: Markings<'a>,
    regions: Markings<'a>,
    series: Markings<'a>,
    capabilities: Markings<'a>,
    offices: Markings<'a>,
    conferences: Markings<'a>,
    strategies: Markings<'a>,
    recommendations: Markings<'a>,
    /// A statement's own marking or its session's, whichever is stricter: a view shares a
    /// statement only with its session.
    statements: Markings<'a>,
    sources: Markings<'a>,
    /// A decision's session's marking: decisions carry none of their own.
    decisions: Markings<'a>,
    /// The path to the holder being visited.
    path: MapPath,
    /// The holders entered: each one's name and marking.
    holders: Vec<(&'static str, Marking)>,
    out: &'o mut Collector,
}

impl MarkingPass<'_, '_> {
    fn marking_of(&self, target: Target, id: &str) -> Marking {
        match target {
            Target::Organization => self.organizations.get(id),
            Target::Region => self.regions.get(id),
            Target::Series => self.series.get(id),
            Target::Capability => self.capabilities.get(id),
            Target::Person => self.people.get(id),
            Target::Office => self.offices.get(id),
            Target::Conference => self.conferences.get(id),
            Target::Strategy => self.strategies.get(id),
            Target::Recommendation => self.recommendations.get(id),
            Target::Statement => self.statements.get(id),
            Target::Source => self.sources.get(id),
            Target::Decision => self.decisions.get(id),
        }
    }
}

impl<'a> Visit<'a> for MarkingPass<'a, '_> {
    fn reference<I: Id>(&mut self, spec: Spec, index: Option<usize>, id: &'a I) {
        if !spec.bond.compares_markings() {
            return;
        }
        let Some(&(name, own)) = self.holders.last() else {
            return;
        };
        let id = id.as_ref();
        let theirs = self.marking_of(spec.target, id);
        if theirs > own {
            let what = spec.holder.unwrap_or(name);
            self.out.push(Violation::new(
                Rule::MarkingReferenceStricter,
                pointer_string(&self.path.to(spec, index), &[]),
                format!(
                    "the {what} is marked {own} but its {role} {id:?} is marked {theirs}: views below {theirs} withhold the {what} or drop the reference",
                    role = spec.role
                ),
            ));
        }
    }

    fn enter(&mut self, holder: Holder, index: Option<usize>, marking: Option<Marking>) {
        self.path.enter(holder, index);
        let inherited = self.holders.last().map_or(self.default, |h| h.1);
        self.holders
            .push((holder.name, marking.unwrap_or(inherited)));
    }

    fn leave(&mut self) {
        self.path.leave();
        self.holders.pop();
    }
}

/// Checks the marking rules of `d`, appending violations to `out`.
pub(crate) fn check(d: &Dataset, out: &mut Collector) {
    let default = d.default_marking();
    // A statement's own marking or its session's, whichever is stricter; a decision's is its
    // session's.
    let statements = Markings::effective(
        d.conferences.iter().flat_map(|c| {
            let inherited = c.marking.unwrap_or(default);
            c.statements
                .iter()
                .map(move |s| (s.id.as_str(), Marking::within(s.marking, inherited)))
        }),
        default,
    );
    let decisions = Markings::effective(
        d.conferences.iter().flat_map(|c| {
            let marking = c.marking.unwrap_or(default);
            c.decisions
                .iter()
                .filter_map(move |dc| Some((dc.id()?.as_str(), marking)))
        }),
        default,
    );
    let mut pass = MarkingPass {
        default,
        organizations: Markings::of(
            d.organizations.iter(),
            default,
            |o| o.id.as_str(),
            |o| o.marking,
        ),
        people: Markings::of(d.people.iter(), default, |p| p.id.as_str(), |p| p.marking),
        regions: Markings::of(d.regions.iter(), default, |r| r.id.as_str(), |r| r.marking),
        series: Markings::of(d.series.iter(), default, |s| s.id.as_str(), |s| s.marking),
        capabilities: Markings::of(
            d.capabilities.iter(),
            default,
            |c| c.id.as_str(),
            |c| c.marking,
        ),
        offices: Markings::of(d.offices.iter(), default, |o| o.id.as_str(), |o| o.marking),
        conferences: Markings::of(
            d.conferences.iter(),
            default,
            |c| c.id.as_str(),
            |c| c.marking,
        ),
        strategies: Markings::of(
            d.strategies.iter(),
            default,
            |s| s.id.as_str(),
            |s| s.marking,
        ),
        recommendations: Markings::of(
            d.recommendations.iter(),
            default,
            |r| r.id.as_str(),
            |r| r.marking,
        ),
        statements,
        sources: Markings::of(d.sources.iter(), default, |s| s.id.as_str(), |s| s.marking),
        decisions,
        path: MapPath::default(),
        holders: Vec::with_capacity(8),
        out,
    };
    d.refs(&mut pass);
    for (i, m) in d.media_releases.iter().enumerate() {
        pass.media_release(i, m);
    }
    pass.personal_data(&d.people);
}

impl MarkingPass<'_, '_> {
    /// A release's quotes, and its marking against the facts it publishes.
    fn media_release(&mut self, i: usize, m: &MediaRelease) {
        let default = self.default;
        let own = m.marking.unwrap_or(default);
        for (j, q) in m.quotes.iter().enumerate() {
            let theirs = self.statements.get(q.as_str());
            if theirs > own {
                self.out.push(Violation::new(
                    Rule::MarkingQuoteStricter,
                    format!("/media_releases/{i}/quotes/{j}"),
                    format!(
                        "the release is marked {own} but quotes the statement {:?}, which only audiences cleared for {theirs} receive",
                        q.as_str()
                    ),
                ));
            }
        }
        let facts = m
            .quotes
            .iter()
            .map(|q| self.statements.get(q.as_str()))
            .chain(m.about.iter().map(|a| self.conferences.get(a.as_str())));
        if let Some(strictest) = facts.max()
            && own > strictest
        {
            let pointer = if m.marking.is_some() {
                format!("/media_releases/{i}/marking")
            } else {
                format!("/media_releases/{i}")
            };
            self.out.push(Violation::new(
                Rule::MarkingReleaseStricter,
                pointer,
                format!(
                    "the release is marked {own}, more restrictively than every session it is about and statement it quotes (the most restrictive is {strictest})"
                ),
            ));
        }
    }

    /// Personal data marked for the public.
    fn personal_data(&mut self, people: &[Person]) {
        let default = self.default;
        for (i, p) in people.iter().enumerate() {
            let Some(personal) = &p.personal else {
                continue;
            };
            if personal.marking.unwrap_or(p.marking.unwrap_or(default)) == Marking::Clear {
                let (pointer, how) = if personal.marking.is_some() {
                    (format!("/people/{i}/personal/marking"), "is marked")
                } else {
                    (format!("/people/{i}/personal"), "takes the marking")
                };
                self.out.push(Violation::new(
                Rule::MarkingPersonalDataClear,
                pointer,
                format!(
                    "the personal data of {:?} {how} TLP:CLEAR; personal data is never public, so mark it for the audience that may hold it",
                    p.id.as_str()
                ),
            ));
            }
        }
    }
}
