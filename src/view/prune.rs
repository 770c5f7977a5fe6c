//! How a view is made: which entities it keeps, decided kind by kind in the order their
//! needed references require; then a pruning visit of the [reference map](crate::model::refs)
//! over each kept entity, which withholds the items (delegations, statements, decisions, …)
//! whose marking is above the audience or whose needed references are withheld, and drops every
//! other reference to a withheld entity. Only markings of things that are not references —
//! paragraphs, personal data, a delegation's member list — are handled here by hand.

use std::collections::{HashMap, HashSet};

use foldhash::fast::RandomState;

use super::Withheld;
use crate::dataset::Dataset;
use crate::decision::Decision;
use crate::delegation::Delegation;
use crate::marking::{Audience, MarkedParagraph, Marking};
use crate::model::refs::{Holder, Id, Refs, Spec, Target, Unit, VisitMut, needs_met};

type Set<'a> = HashSet<&'a str, RandomState>;

/// The ids of the entities a view keeps, to resolve references by.
#[derive(Default)]
pub(super) struct Kept<'a> {
    organizations: Set<'a>,
    regions: Set<'a>,
    series: Set<'a>,
    capabilities: Set<'a>,
    people: Set<'a>,
    offices: Set<'a>,
    conferences: Set<'a>,
    strategies: Set<'a>,
    recommendations: Set<'a>,
    statements: Set<'a>,
    sources: Set<'a>,
    /// The decisions with an id that the view keeps (see [`decisions`]).
    decisions: Set<'a>,
}

impl Kept<'_> {
    /// Whether the entity `id` of kind `target` is kept. A kind not yet decided keeps nothing:
    /// [`ORDER`] decides every kind after the kinds it needs.
    fn contains(&self, target: Target, id: &str) -> bool {
        let set = match target {
            Target::Organization => &self.organizations,
            Target::Region => &self.regions,
            Target::Series => &self.series,
            Target::Capability => &self.capabilities,
            Target::Person => &self.people,
            Target::Office => &self.offices,
            Target::Conference => &self.conferences,
            Target::Strategy => &self.strategies,
            Target::Recommendation => &self.recommendations,
            Target::Statement => &self.statements,
            Target::Source => &self.sources,
            Target::Decision => &self.decisions,
        };
        set.contains(id)
    }
}

/// The order in which a view decides the kinds of entity: each after every kind its entities
/// need (a test walks the map to prove it), but decisions, which may need decisions: [`decisions`]
/// follows their chains.
pub(crate) const ORDER: [Target; 12] = [
    Target::Organization,
    Target::Person,
    Target::Source,
    Target::Region,
    Target::Series,
    Target::Capability,
    Target::Office,
    Target::Conference,
    Target::Strategy,
    Target::Recommendation,
    Target::Statement,
    Target::Decision,
];

/// Which items a view keeps, by position: decided item by item, so that two items sharing an
/// id (a dataset with errors) are each kept or withheld on their own marking.
#[derive(Default)]
struct Flags {
    organizations: Vec<bool>,
    regions: Vec<bool>,
    series: Vec<bool>,
    capabilities: Vec<bool>,
    people: Vec<bool>,
    offices: Vec<bool>,
    conferences: Vec<bool>,
    strategies: Vec<bool>,
    recommendations: Vec<bool>,
    sources: Vec<bool>,
}

/// The view of `d` for `audience`, and what it withheld.
pub(super) fn view(d: &Dataset, audience: Audience) -> (Dataset, Withheld) {
    let mut pruner = Pruner {
        audience,
        kept: Kept::default(),
        withheld: Withheld::default(),
        markings: Vec::with_capacity(8),
    };
    let flags = pruner.decide(d);
    let dataset = pruner.build(d, &flags);
    (dataset, pruner.withheld)
}

/// Decides each item of `list`: kept when its marking is within the audience's clearance and
/// what it needs is kept. Returns the ids kept and the decision per position, and counts the
/// others into `withheld`.
fn decide_list<'a, T: Refs>(
    list: &'a [T],
    id: impl Fn(&'a T) -> &'a str,
    may: impl Fn(Option<Marking>) -> bool,
    kept: &Kept<'_>,
    withheld: &mut usize,
) -> (Set<'a>, Vec<bool>) {
    let mut set = Set::with_capacity_and_hasher(list.len(), RandomState::default());
    let mut flags = Vec::with_capacity(list.len());
    for item in list {
        let keep = may(item.marking()) && needs_met(item, |t, id| kept.contains(t, id));
        if keep {
            set.insert(id(item));
        } else {
            *withheld += 1;
        }
        flags.push(keep);
    }
    (set, flags)
}

/// The statements of the sessions the view keeps (`kept`, by position) that it keeps too;
/// counted when their session is pruned.
fn statements<'a>(k: &Kept<'_>, audience: Audience, d: &'a Dataset, kept: &[bool]) -> Set<'a> {
    let default = d.default_marking();
    let mut set = Set::default();
    for (c, keep) in d.conferences.iter().zip(kept) {
        if !*keep {
            continue;
        }
        let inherited = c.marking.unwrap_or(default);
        for s in &c.statements {
            if audience.may_receive(s.marking.unwrap_or(inherited))
                && needs_met(s, |t, id| k.contains(t, id))
            {
                set.insert(s.id.as_str());
            }
        }
    }
    set
}

/// The decisions with an id of the sessions the view keeps (`kept`, by position) that it keeps
/// too: those whose needs are met, an endorsement only with the decision it endorses. A chain
/// of endorsements is followed once, however long; one that runs in a circle is kept when
/// every decision on the circle is.
fn decisions<'a>(k: &Kept<'_>, d: &'a Dataset, kept: &[bool]) -> Set<'a> {
    // Each decision whose needs other than decisions are met, with the decision it endorses.
    let mut endorses: HashMap<&'a str, Option<&'a str>, RandomState> = HashMap::default();
    for (c, keep) in d.conferences.iter().zip(kept) {
        if !*keep {
            continue;
        }
        for decision in &c.decisions {
            if let Some(id) = decision.id()
                && needs_met(decision, |t, id| t == Target::Decision || k.contains(t, id))
            {
                let target = match decision {
                    Decision::EndorseDecision { decision, .. } => Some(decision.as_str()),
                    _ => None,
                };
                endorses.entry(id.as_str()).or_insert(target);
            }
        }
    }
    let mut set = Set::default();
    let mut refused = Set::default();
    let mut chain = Vec::new();
    let mut on_chain = Set::default();
    for &start in endorses.keys() {
        let mut at = start;
        let keep = loop {
            if set.contains(at) {
                break true;
            }
            if refused.contains(at) {
                break false;
            }
            // Back on this chain: a circle of decisions whose other needs are all met.
            if on_chain.contains(at) {
                break true;
            }
            match endorses.get(at) {
                None => break false,
                Some(None) => {
                    chain.push(at);
                    break true;
                }
                Some(Some(next)) => {
                    chain.push(at);
                    on_chain.insert(at);
                    at = next;
                }
            }
        };
        // Only what this chain added: clearing the whole set would cost its capacity each time.
        for id in &chain {
            on_chain.remove(id);
        }
        let into = if keep { &mut set } else { &mut refused };
        into.extend(chain.drain(..));
    }
    set
}

/// Clones the items of `list` whose flag is set.
fn kept<T: Clone>(list: &[T], flags: &[bool]) -> Vec<T> {
    list.iter()
        .zip(flags)
        .filter(|(_, keep)| **keep)
        .map(|(item, _)| item.clone())
        .collect()
}

/// Keeps the items of `list` that pass `keep`, counting the others.
fn retain_counted<T>(list: &mut Vec<T>, withheld: &mut usize, keep: impl FnMut(&T) -> bool) {
    let before = list.len();
    list.retain(keep);
    *withheld += before - list.len();
}

/// Makes a view: decides, then prunes each kept entity by a visit of the reference map.
struct Pruner<'a> {
    audience: Audience,
    kept: Kept<'a>,
    withheld: Withheld,
    /// The marking of each holder entered by the pruning visit.
    markings: Vec<Marking>,
}

impl<'a> Pruner<'a> {
    fn may(&self, marking: Marking) -> bool {
        self.audience.may_receive(marking)
    }

    /// Decides which entities the view keeps, kind by kind in [`ORDER`].
    fn decide(&mut self, d: &'a Dataset) -> Flags {
        let default = d.default_marking();
        let audience = self.audience;
        let may = |own: Option<Marking>| audience.may_receive(own.unwrap_or(default));
        let w = &mut self.withheld;
        let mut f = Flags::default();
        // One arm per top-level list: the kinds in `ORDER`, each decided on its own list.
        macro_rules! decide {
            ($target:expr, $($kind:ident => $list:ident),*) => {
                match $target {
                    $(Target::$kind => {
                        let (set, flags) =
                            decide_list(&d.$list, |e| e.id.as_str(), may, &self.kept, &mut w.$list);
                        (self.kept.$list, f.$list) = (set, flags);
                    })*
                    Target::Statement => {
                        self.kept.statements = statements(&self.kept, audience, d, &f.conferences);
                    }
                    Target::Decision => {
                        self.kept.decisions = decisions(&self.kept, d, &f.conferences);
                    }
                }
            };
        }
        for target in ORDER {
            decide!(
                target,
                Organization => organizations,
                Person => people,
                Source => sources,
                Region => regions,
                Series => series,
                Capability => capabilities,
                Office => offices,
                Conference => conferences,
                Strategy => strategies,
                Recommendation => recommendations
            );
        }
        f
    }

    fn build(&mut self, d: &Dataset, f: &Flags) -> Dataset {
        let default = d.default_marking();
        let audience = self.audience;
        // Every field named: a field added to the dataset must be decided on here.
        let Dataset {
            schema_version,
            marking,
            language,
            organizations,
            regions,
            series,
            capabilities,
            people,
            offices,
            conferences,
            strategies,
            recommendations,
            media_releases,
            sources,
            extensions,
        } = d;
        let mut out = Dataset {
            schema_version: *schema_version,
            marking: *marking,
            language: language.clone(),
            organizations: kept(organizations, &f.organizations),
            regions: kept(regions, &f.regions),
            series: kept(series, &f.series),
            capabilities: kept(capabilities, &f.capabilities),
            people: kept(people, &f.people),
            offices: kept(offices, &f.offices),
            conferences: kept(conferences, &f.conferences),
            strategies: kept(strategies, &f.strategies),
            recommendations: kept(recommendations, &f.recommendations),
            media_releases: Vec::new(),
            sources: kept(sources, &f.sources),
            extensions: extensions.clone(),
        };
        let k = &self.kept;
        out.media_releases = media_releases
            .iter()
            .filter(|m| {
                audience.may_receive(m.marking.unwrap_or(default))
                    && needs_met(*m, |t, id| k.contains(t, id))
            })
            .cloned()
            .collect();
        self.withheld.media_releases = media_releases.len() - out.media_releases.len();
        if !audience.may_receive(default) {
            out.marking = Some(audience.clearance());
            if out.extensions.take().is_some() {
                self.withheld.extensions = 1;
            }
        }

        // What is not a reference: paragraphs, personal data, member lists.
        for c in &mut out.conferences {
            let inherited = c.marking.unwrap_or(default);
            for item in &mut c.agenda {
                self.paragraphs(&mut item.points, inherited);
            }
            self.member_lists(&mut c.delegations, inherited);
        }
        for p in &mut out.people {
            let inherited = p.marking.unwrap_or(default);
            if let Some(personal) = &p.personal
                && !(audience.personal_data()
                    && audience.may_receive(personal.marking.unwrap_or(inherited)))
            {
                p.personal = None;
                self.withheld.personal_data += 1;
            }
        }
        for m in &mut out.media_releases {
            let inherited = m.marking.unwrap_or(default);
            self.paragraphs(&mut m.paragraphs, inherited);
        }

        // References, through the map. The entities of the dataset were decided by `decide`:
        // `keep_item` keeps them (the markings hold only the default at their level).
        self.markings.clear();
        self.markings.push(default);
        out.refs_mut(self);
        // A delegation's provenance left with nothing, its sources withheld, is none: as the
        // view reads back. A link to a country's delegation the view withheld is dropped: it
        // would name what the audience may not receive.
        for c in &mut out.conferences {
            let sent: HashSet<_> = c
                .delegations
                .iter()
                .filter_map(Delegation::country)
                .collect();
            for dl in &mut c.delegations {
                if dl.provenance.as_ref().is_some_and(|p| p.is_empty()) {
                    dl.provenance = None;
                }
                if dl.linked_to.is_some_and(|code| !sent.contains(&code)) {
                    dl.linked_to = None;
                }
            }
            versions_kept(&mut c.decisions);
        }
        out
    }

    fn paragraphs(&mut self, list: &mut Vec<MarkedParagraph>, inherited: Marking) {
        let audience = self.audience;
        retain_counted(list, &mut self.withheld.paragraphs, |p| {
            audience.may_receive(p.marking.unwrap_or(inherited))
        });
    }

    /// Withholds the head, members (named or not) and size of each delegation the view keeps whose member
    /// list is marked above the audience, counting each such list once: its length is as much
    /// a fact of the list as its names (the delegations it withholds are not counted inside).
    fn member_lists(&mut self, delegations: &mut [Delegation], inherited: Marking) {
        for d in delegations {
            let own = d.marking.unwrap_or(inherited);
            if !self.keeps(d, inherited) {
                continue;
            }
            let members = d.members_marking.unwrap_or(own);
            if !self.may(members) {
                self.withheld.member_lists += 1;
                d.head = None;
                d.members.clear();
                d.size = None;
                d.unnamed_members.clear();
                d.members_marking = None;
            }
        }
    }

    /// Whether the view keeps `item`, held by something marked `inherited`.
    fn keeps<T: Refs>(&self, item: &T, inherited: Marking) -> bool {
        self.may(item.marking().unwrap_or(inherited))
            && needs_met(item, |t, id| self.kept.contains(t, id))
    }

    fn count(&mut self, unit: Unit) {
        let w = &mut self.withheld;
        let counter = match unit {
            Unit::Organizations => &mut w.organizations,
            Unit::Regions => &mut w.regions,
            Unit::Series => &mut w.series,
            Unit::Capabilities => &mut w.capabilities,
            Unit::People => &mut w.people,
            Unit::Offices => &mut w.offices,
            Unit::Conferences => &mut w.conferences,
            Unit::Strategies => &mut w.strategies,
            Unit::Recommendations => &mut w.recommendations,
            Unit::MediaReleases => &mut w.media_releases,
            Unit::Sources => &mut w.sources,
            Unit::Delegations => &mut w.delegations,
            Unit::Delegates => &mut w.delegates,
            Unit::Statements => &mut w.statements,
            Unit::Decisions => &mut w.decisions,
            Unit::Attendance => &mut w.attendance,
            Unit::Claims => &mut w.claims,
            Unit::Roles => &mut w.roles,
            Unit::Tenures => &mut w.tenures,
            Unit::References => &mut w.references,
        };
        *counter += 1;
    }
}

impl VisitMut for Pruner<'_> {
    fn keep<I: Id>(&mut self, spec: Spec, id: &I) -> bool {
        let keep = self.kept.contains(spec.target, id.as_ref());
        if !keep {
            self.withheld.references += 1;
        }
        keep
    }

    fn keep_item<T: Refs>(&mut self, holder: Holder, item: &T) -> bool {
        if self.markings.len() == 1 {
            // An entity of the dataset: `decide` kept it.
            return true;
        }
        let inherited = self.markings.last().copied().unwrap_or(Marking::Red);
        let keep = self.keeps(item, inherited);
        if !keep && let Some(unit) = holder.unit {
            self.count(unit);
        }
        keep
    }

    fn enter(&mut self, _: Holder, marking: Option<Marking>) {
        let inherited = self.markings.last().copied().unwrap_or(Marking::Red);
        self.markings.push(marking.unwrap_or(inherited));
    }

    fn leave(&mut self) {
        self.markings.pop();
    }
}

/// Drops the `version_of` of each decision whose decision the view withheld (one whose
/// elected person it withholds, say), as it drops any reference to what it withholds; a
/// version left saying nothing else about itself has no particulars.
fn versions_kept(decisions: &mut [crate::decision::Decision]) {
    if decisions.iter().all(|d| d.version_of().is_none()) {
        return;
    }
    let ids: HashSet<String, RandomState> = decisions
        .iter()
        .filter_map(|d| d.id().map(|id| id.as_str().to_owned()))
        .collect();
    for d in decisions {
        let slot = d.particulars_slot();
        if let Some(p) = slot
            && p.version_of
                .as_ref()
                .is_some_and(|of| !ids.contains(of.as_str()))
        {
            p.version_of = None;
            if p.is_empty() {
                *slot = None;
            }
        }
    }
}
