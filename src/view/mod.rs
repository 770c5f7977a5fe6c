//! Views of a dataset for an audience: everything the audience may receive, nothing else.
//!
//! [`Dataset::view_for`] removes every entity, delegation, member list, statement and paragraph
//! whose marking is above the audience's clearance, and personal data unless the audience may
//! hold it. What is kept refers only to what is kept:
//!
//! - an optional reference or a list entry that names a withheld entity is dropped;
//! - an entity whose required reference names a withheld entity is withheld too (a
//!   conference whose organiser is withheld, a statement whose speaker or session is withheld,
//!   a recommendation whose session is withheld, a regional conference whose region is
//!   withheld), and so is a decision about a withheld entity and a related event or host
//!   designation naming a withheld session (they repeat its title, dates or place).
//!
//! The view of a dataset that validates without errors validates without errors. It says what
//! it left out as counts per kind ([`Withheld`]), never the content. Items inside a withheld
//! entity are not counted separately: the counts say what is missing from what the view
//! shows.
//!
//! # Examples
//!
//! ```
//! use regional_conference::{Audience, Dataset, Marking, Organization, Text};
//! use regional_conference::organization::OrganizationKind;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut dataset = Dataset::new();
//! dataset.marking = Some(Marking::Green);
//! dataset.organizations.push(Organization::new(
//!     "interpol".parse()?,
//!     Text::new("INTERPOL")?,
//!     OrganizationKind::IntergovernmentalOrganization,
//! ));
//! let mut police = Organization::new(
//!     "hungarian-national-police".parse()?,
//!     Text::new("Hungarian National Police")?,
//!     OrganizationKind::NationalAgency,
//! );
//! police.marking = Some(Marking::Clear);
//! dataset.organizations.push(police);
//!
//! let public = dataset.view_for(Audience::PUBLIC);
//! assert_eq!(public.dataset.organizations.len(), 1);
//! assert_eq!(public.dataset.organizations[0].id.as_str(), "hungarian-national-police");
//! assert_eq!(public.withheld.organizations, 1);
//! assert_eq!(public.dataset.marking, Some(Marking::Clear));
//! # Ok(())
//! # }
//! ```

use std::collections::HashSet;

use foldhash::fast::RandomState;
use serde::Serialize;

use crate::conference::{Conference, ConferenceKind};
use crate::dataset::Dataset;
use crate::decision::Decision;
use crate::id::SourceId;
use crate::marking::{Audience, MarkedParagraph, Marking};
use crate::organization::Organization;
use crate::person::Person;
use crate::recommendation::{Addressee, Recommendation};
use crate::region::Region;
use crate::release::MediaRelease;
use crate::source::Source;
use crate::strategy::Strategy;

/// What a view left out: how many of each kind, never which or what.
///
/// Items inside a withheld entity (the statements of a withheld conference) are not counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[non_exhaustive]
pub struct Withheld {
    /// Organisations.
    pub organizations: usize,
    /// Regions.
    pub regions: usize,
    /// People.
    pub people: usize,
    /// Conferences.
    pub conferences: usize,
    /// Strategies.
    pub strategies: usize,
    /// Recommendations.
    pub recommendations: usize,
    /// Media releases.
    pub media_releases: usize,
    /// Sources.
    pub sources: usize,
    /// Delegations of kept conferences.
    pub delegations: usize,
    /// Heads and members of kept delegations (withheld with their list, or as people).
    pub delegates: usize,
    /// Statements of kept conferences.
    pub statements: usize,
    /// Decisions of kept conferences (about a withheld entity).
    pub decisions: usize,
    /// Paragraphs of kept releases and agenda items.
    pub paragraphs: usize,
    /// People kept without their personal data.
    pub personal_data: usize,
    /// References in kept items to withheld entities, dropped.
    pub references: usize,
    /// The dataset's own extensions (0 or 1).
    pub extensions: usize,
}

impl Withheld {
    /// The number of items withheld, of every kind.
    #[must_use]
    pub fn total(&self) -> usize {
        [
            self.organizations,
            self.regions,
            self.people,
            self.conferences,
            self.strategies,
            self.recommendations,
            self.media_releases,
            self.sources,
            self.delegations,
            self.delegates,
            self.statements,
            self.decisions,
            self.paragraphs,
            self.personal_data,
            self.references,
            self.extensions,
        ]
        .iter()
        .sum()
    }
}

/// A view of a dataset for one audience, made by [`Dataset::view_for`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct View {
    /// Whom the view is for.
    pub audience: Audience,
    /// What the audience may receive.
    pub dataset: Dataset,
    /// What was left out, as counts.
    pub withheld: Withheld,
}

type Set<'a> = HashSet<&'a str, RandomState>;

/// The ids of the entities a view keeps, to resolve references by.
#[derive(Default)]
struct Kept<'a> {
    organizations: Set<'a>,
    regions: Set<'a>,
    people: Set<'a>,
    conferences: Set<'a>,
    strategies: Set<'a>,
    recommendations: Set<'a>,
    statements: Set<'a>,
    sources: Set<'a>,
}

/// Which items a view keeps, by position: decided item by item, so that two items sharing an
/// id (a dataset with errors) are each kept or withheld on their own marking.
#[derive(Default)]
struct Flags {
    organizations: Vec<bool>,
    regions: Vec<bool>,
    people: Vec<bool>,
    conferences: Vec<bool>,
    strategies: Vec<bool>,
    recommendations: Vec<bool>,
    sources: Vec<bool>,
    /// For each conference, which of its statements (empty for a withheld conference).
    statements: Vec<Vec<bool>>,
}

impl Dataset {
    /// The marking of every entity that carries none of its own: the dataset's `marking`, or
    /// `TLP:RED` when it has none.
    #[must_use]
    pub fn default_marking(&self) -> Marking {
        self.marking.unwrap_or(Marking::Red)
    }

    /// The view of this dataset for `audience`: see the [module documentation](crate::view).
    #[must_use]
    pub fn view_for(&self, audience: Audience) -> View {
        let mut view = Viewer {
            audience,
            kept: Kept::default(),
            withheld: Withheld::default(),
        };
        let flags = view.decide(self);
        let dataset = view.build(self, &flags);
        View {
            audience,
            dataset,
            withheld: view.withheld,
        }
    }
}

struct Viewer<'a> {
    audience: Audience,
    kept: Kept<'a>,
    withheld: Withheld,
}

/// Decides each item of `list` by `keep`: the ids kept, the decision per position, and the
/// others counted into `withheld`.
fn decide_list<'a, T>(
    list: &'a [T],
    id: impl Fn(&'a T) -> &'a str,
    mut keep: impl FnMut(&'a T) -> bool,
    withheld: &mut usize,
) -> (Set<'a>, Vec<bool>) {
    let mut set = Set::with_capacity_and_hasher(list.len(), RandomState::default());
    let mut flags = Vec::with_capacity(list.len());
    for item in list {
        let kept = keep(item);
        if kept {
            set.insert(id(item));
        } else {
            *withheld += 1;
        }
        flags.push(kept);
    }
    (set, flags)
}

/// Clones the items of `list` whose flag is set.
fn kept<T: Clone>(list: &[T], flags: &[bool]) -> Vec<T> {
    list.iter()
        .zip(flags)
        .filter(|(_, keep)| **keep)
        .map(|(item, _)| item.clone())
        .collect()
}

/// Drops the entries of `ids` that name no kept entity, counting them.
fn retain_refs<T: AsRef<str>>(ids: &mut Vec<T>, set: &Set<'_>, dropped: &mut usize) {
    let before = ids.len();
    ids.retain(|id| set.contains(id.as_ref()));
    *dropped += before - ids.len();
}

/// Clears `id` if it names no kept entity, counting it.
fn keep_ref<T: AsRef<str>>(id: &mut Option<T>, set: &Set<'_>, dropped: &mut usize) {
    if id.as_ref().is_some_and(|i| !set.contains(i.as_ref())) {
        *id = None;
        *dropped += 1;
    }
}

/// Keeps the items of `list` that pass `keep`, counting the others.
fn retain_counted<T>(list: &mut Vec<T>, withheld: &mut usize, keep: impl FnMut(&T) -> bool) {
    let before = list.len();
    list.retain(keep);
    *withheld += before - list.len();
}

impl<'a> Viewer<'a> {
    fn may(&self, own: Option<Marking>, inherited: Marking) -> bool {
        self.audience.may_receive(own.unwrap_or(inherited))
    }

    /// Decides which entities the view keeps, in the order their required references need.
    fn decide(&mut self, d: &'a Dataset) -> Flags {
        let default = d.default_marking();
        let w = &mut self.withheld;
        let audience = self.audience;
        let may = |own: Option<Marking>| audience.may_receive(own.unwrap_or(default));
        let k = &mut self.kept;
        let mut f = Flags::default();
        (k.organizations, f.organizations) = decide_list(
            &d.organizations,
            |o: &Organization| o.id.as_str(),
            |o| may(o.marking),
            &mut w.organizations,
        );
        (k.people, f.people) = decide_list(
            &d.people,
            |p: &Person| p.id.as_str(),
            |p| may(p.marking),
            &mut w.people,
        );
        (k.sources, f.sources) = decide_list(
            &d.sources,
            |s: &Source| s.id.as_str(),
            |s| may(s.marking),
            &mut w.sources,
        );
        let orgs = &k.organizations;
        (k.regions, f.regions) = decide_list(
            &d.regions,
            |r: &Region| r.id.as_str(),
            |r| may(r.marking) && orgs.contains(r.organizer.as_str()),
            &mut w.regions,
        );
        let regions = &k.regions;
        (k.conferences, f.conferences) = decide_list(
            &d.conferences,
            |c: &Conference| c.id.as_str(),
            |c| {
                may(c.marking)
                    && orgs.contains(c.organizer.as_str())
                    && (c.kind != ConferenceKind::RegionalConference
                        || c.region
                            .as_ref()
                            .is_none_or(|r| regions.contains(r.as_str())))
            },
            &mut w.conferences,
        );
        (k.strategies, f.strategies) = decide_list(
            &d.strategies,
            |s: &Strategy| s.id.as_str(),
            |s| may(s.marking) && orgs.contains(s.organizer.as_str()),
            &mut w.strategies,
        );
        let conferences = &k.conferences;
        (k.recommendations, f.recommendations) = decide_list(
            &d.recommendations,
            |r: &Recommendation| r.id.as_str(),
            |r| may(r.marking) && conferences.contains(r.adopted_at.as_str()),
            &mut w.recommendations,
        );
        let people = &k.people;
        for (c, keep) in d.conferences.iter().zip(&f.conferences) {
            let inherited = c.marking.unwrap_or(default);
            // A statement needs its speaker, and the session it was said at.
            let (ids, flags) = if *keep {
                decide_list(
                    &c.statements,
                    |s| s.id.as_str(),
                    |s| {
                        audience.may_receive(s.marking.unwrap_or(inherited))
                            && people.contains(s.speaker.as_str())
                            && s.occasion
                                .as_ref()
                                .is_none_or(|o| conferences.contains(o.as_str()))
                    },
                    &mut w.statements,
                )
            } else {
                (Set::default(), Vec::new())
            };
            k.statements.extend(ids);
            f.statements.push(flags);
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
            people,
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
            people: kept(people, &f.people),
            conferences: Vec::new(),
            strategies: kept(strategies, &f.strategies),
            recommendations: kept(recommendations, &f.recommendations),
            media_releases: media_releases
                .iter()
                .filter(|m| audience.may_receive(m.marking.unwrap_or(default)))
                .cloned()
                .collect(),
            sources: kept(sources, &f.sources),
            extensions: extensions.clone(),
        };
        self.withheld.media_releases = media_releases.len() - out.media_releases.len();
        if !audience.may_receive(default) {
            out.marking = Some(audience.clearance());
            if out.extensions.take().is_some() {
                self.withheld.extensions = 1;
            }
        }
        for ((c, keep), statements) in conferences.iter().zip(&f.conferences).zip(&f.statements) {
            if *keep {
                let mut c = c.clone();
                let mut keep = statements.iter();
                c.statements
                    .retain(|_| keep.next().copied().unwrap_or_default());
                self.conference(&mut c, default);
                out.conferences.push(c);
            }
        }
        for o in &mut out.organizations {
            self.organization(o);
        }
        for r in &mut out.regions {
            self.sources(&mut r.sources);
        }
        for p in &mut out.people {
            self.person(p, default);
        }
        for s in &mut out.strategies {
            self.strategy(s);
        }
        for r in &mut out.recommendations {
            self.recommendation(r);
        }
        for m in &mut out.media_releases {
            self.media_release(m, default);
        }
        for s in &mut out.sources {
            keep_ref(
                &mut s.publisher,
                &self.kept.organizations,
                &mut self.withheld.references,
            );
        }
        out
    }

    fn sources(&mut self, ids: &mut Vec<SourceId>) {
        retain_refs(ids, &self.kept.sources, &mut self.withheld.references);
    }

    fn paragraphs(&mut self, list: &mut Vec<MarkedParagraph>, inherited: Marking) {
        let audience = self.audience;
        retain_counted(list, &mut self.withheld.paragraphs, |p| {
            audience.may_receive(p.marking.unwrap_or(inherited))
        });
    }

    fn organization(&mut self, o: &mut Organization) {
        let refs = &mut self.withheld.references;
        keep_ref(&mut o.parent, &self.kept.organizations, refs);
        if let Some(f) = &mut o.founding {
            retain_refs(&mut f.parties, &self.kept.organizations, refs);
        }
        self.sources(&mut o.sources);
    }

    fn person(&mut self, p: &mut Person, default: Marking) {
        let inherited = p.marking.unwrap_or(default);
        if let Some(personal) = &p.personal
            && !(self.audience.personal_data() && self.may(personal.marking, inherited))
        {
            p.personal = None;
            self.withheld.personal_data += 1;
        }
        for pos in &mut p.positions {
            keep_ref(
                &mut pos.organization,
                &self.kept.organizations,
                &mut self.withheld.references,
            );
            self.sources(&mut pos.sources);
        }
        self.sources(&mut p.sources);
    }

    fn conference(&mut self, c: &mut Conference, default: Marking) {
        let inherited = c.marking.unwrap_or(default);
        let k = &self.kept;
        let w = &mut self.withheld;
        keep_ref(&mut c.region, &k.regions, &mut w.references);
        if let Some(v) = &mut c.venue {
            keep_ref(&mut v.host, &k.organizations, &mut w.references);
        }
        for a in &mut c.attendance {
            retain_refs(&mut a.sources, &k.sources, &mut w.references);
        }
        let audience = self.audience;
        retain_counted(&mut c.delegations, &mut w.delegations, |d| {
            audience.may_receive(d.marking.unwrap_or(inherited))
                && d.organization()
                    .is_none_or(|o| k.organizations.contains(o.as_str()))
        });
        for d in &mut c.delegations {
            let members = d.members_marking.unwrap_or(d.marking.unwrap_or(inherited));
            if audience.may_receive(members) {
                keep_ref(&mut d.head, &k.people, &mut w.references);
                retain_counted(&mut d.members, &mut w.delegates, |m| {
                    k.people.contains(m.person.as_str())
                });
            } else {
                w.delegates += d.members.len() + usize::from(d.head.is_some());
                d.head = None;
                d.members.clear();
                d.members_marking = None;
            }
        }
        for s in &mut c.statements {
            if let Some(cap) = &mut s.capacity {
                keep_ref(&mut cap.organization, &k.organizations, &mut w.references);
            }
            keep_ref(&mut s.occasion, &k.conferences, &mut w.references);
            retain_refs(&mut s.sources, &k.sources, &mut w.references);
        }
        retain_counted(&mut c.decisions, &mut w.decisions, |d| decision_kept(d, k));
        for d in &mut c.decisions {
            decision(d, k, &mut w.references);
        }
        // A related event names its session and repeats its title and dates: it goes with it.
        retain_counted(&mut c.related_events, &mut w.references, |e| {
            e.conference
                .as_ref()
                .is_none_or(|x| k.conferences.contains(x.as_str()))
        });
        retain_refs(&mut c.sources, &k.sources, &mut w.references);
        let mut agenda = std::mem::take(&mut c.agenda);
        for item in &mut agenda {
            self.paragraphs(&mut item.points, inherited);
            let refs = &mut self.withheld.references;
            retain_refs(&mut item.organizations, &self.kept.organizations, refs);
            retain_refs(&mut item.sources, &self.kept.sources, refs);
        }
        c.agenda = agenda;
    }

    fn strategy(&mut self, s: &mut Strategy) {
        let refs = &mut self.withheld.references;
        keep_ref(&mut s.region, &self.kept.regions, refs);
        keep_ref(&mut s.endorsed_by, &self.kept.conferences, refs);
        self.sources(&mut s.sources);
    }

    fn recommendation(&mut self, r: &mut Recommendation) {
        let k = &self.kept;
        let refs = &mut self.withheld.references;
        retain_counted(&mut r.addressees, refs, |a| match a {
            Addressee::RegionMembers { region } => k.regions.contains(region.as_str()),
            Addressee::Organization { organization } => {
                k.organizations.contains(organization.as_str())
            }
            Addressee::Countries { .. } => true,
        });
        retain_refs(&mut r.programmes, &k.organizations, refs);
        retain_refs(&mut r.partners, &k.organizations, refs);
        self.sources(&mut r.sources);
    }

    fn media_release(&mut self, m: &mut MediaRelease, default: Marking) {
        let inherited = m.marking.unwrap_or(default);
        self.paragraphs(&mut m.paragraphs, inherited);
        let k = &self.kept;
        let refs = &mut self.withheld.references;
        keep_ref(&mut m.publisher, &k.organizations, refs);
        retain_refs(&mut m.about, &k.conferences, refs);
        retain_refs(&mut m.quotes, &k.statements, refs);
        keep_ref(&mut m.source, &k.sources, refs);
    }
}

/// Whether a decision of a kept conference stays: not when it is about a withheld entity (a
/// host designation repeats the designated session's series, ordinal and place, so it goes
/// with that session).
fn decision_kept(d: &Decision, k: &Kept<'_>) -> bool {
    match d {
        Decision::EndorseStrategy { strategy, .. } => k.strategies.contains(strategy.as_str()),
        Decision::AdoptRecommendations {
            recommendations, ..
        } => {
            recommendations.is_empty()
                || recommendations
                    .iter()
                    .any(|r| k.recommendations.contains(r.as_str()))
        }
        Decision::EstablishBody { organization, .. } => {
            k.organizations.contains(organization.as_str())
        }
        Decision::Elect { person, .. } | Decision::Appoint { person, .. } => {
            k.people.contains(person.as_str())
        }
        Decision::AdmitMember { organization, .. } => organization
            .as_ref()
            .is_none_or(|o| k.organizations.contains(o.as_str())),
        Decision::DesignateHost(h) => h
            .conference
            .as_ref()
            .is_none_or(|c| k.conferences.contains(c.as_str())),
        Decision::Other { .. } => true,
    }
}

/// Drops the references of a kept decision that name withheld entities.
fn decision(d: &mut Decision, k: &Kept<'_>, refs: &mut usize) {
    let sources = match d {
        Decision::AdoptRecommendations {
            recommendations,
            sources,
            ..
        } => {
            retain_refs(recommendations, &k.recommendations, refs);
            sources
        }
        Decision::DesignateHost(h) => {
            keep_ref(&mut h.host_organization, &k.organizations, refs);
            &mut h.sources
        }
        Decision::Elect {
            position, sources, ..
        }
        | Decision::Appoint {
            position, sources, ..
        } => {
            keep_ref(&mut position.organization, &k.organizations, refs);
            sources
        }
        Decision::EndorseStrategy { sources, .. }
        | Decision::EstablishBody { sources, .. }
        | Decision::AdmitMember { sources, .. }
        | Decision::Other { sources, .. } => sources,
    };
    retain_refs(sources, &k.sources, refs);
}
