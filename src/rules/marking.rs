//! The marking rules of a dataset: `marking.*` in the rule catalogue.
//!
//! A pass of its own after the other checks. Markings are looked up by id only for the kinds
//! where some entity carries a marking of its own; everything else has the dataset's default,
//! so a dataset without markings costs one read of each marking field.

use std::collections::HashMap;

use foldhash::fast::RandomState;

use crate::conference::{Conference, ConferenceKind};
use crate::dataset::Dataset;
use crate::decision::Decision;
use crate::marking::Marking;
use crate::person::Person;
use crate::release::MediaRelease;
use crate::rule::Rule;
use crate::validate::Violation;

/// The effective markings of one kind of entity, by id; `None` when none carries its own.
struct Markings<'a> {
    own: Option<HashMap<&'a str, Marking, RandomState>>,
    default: Marking,
}

impl<'a> Markings<'a> {
    fn of<T: 'a>(
        list: impl Iterator<Item = &'a T> + Clone,
        default: Marking,
        id: impl Fn(&'a T) -> &'a str,
        marking: impl Fn(&'a T) -> Option<Marking>,
    ) -> Self {
        let own = list
            .clone()
            .any(|e| marking(e).is_some_and(|m| m != default))
            .then(|| {
                list.map(|e| (id(e), marking(e).unwrap_or(default)))
                    .collect::<HashMap<_, _, _>>()
            });
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

struct Checker<'a, 'o> {
    default: Marking,
    organizations: Markings<'a>,
    people: Markings<'a>,
    regions: Markings<'a>,
    conferences: Markings<'a>,
    strategies: Markings<'a>,
    recommendations: Markings<'a>,
    /// A statement's own marking or its session's, whichever is stricter: a view shares a
    /// statement only with its session.
    statements: Markings<'a>,
    out: &'o mut Vec<Violation>,
}

impl Checker<'_, '_> {
    /// Reports `what` (marked `own`) needing `needed` (marked `theirs`) at `pointer`.
    fn needs(
        &mut self,
        pointer: impl FnOnce() -> String,
        what: &str,
        own: Marking,
        role: &str,
        id: &str,
        theirs: Marking,
    ) {
        if theirs > own {
            self.out.push(Violation::new(
                Rule::MarkingReferenceStricter,
                pointer(),
                format!(
                    "the {what} is marked {own} but its {role} {id:?} is marked {theirs}: views below {theirs} withhold the {what} or drop the reference"
                ),
            ));
        }
    }
}

/// Checks the marking rules of `d`, appending violations to `out`.
pub(crate) fn check(d: &Dataset, out: &mut Vec<Violation>) {
    let default = d.default_marking();
    let mut statements = Markings { own: None, default };
    if d.conferences.iter().any(|c| {
        c.marking.is_some_and(|m| m != default) || c.statements.iter().any(|s| s.marking.is_some())
    }) {
        statements.own = Some(
            d.conferences
                .iter()
                .flat_map(|c| {
                    let inherited = c.marking.unwrap_or(default);
                    c.statements
                        .iter()
                        .map(move |s| (s.id.as_str(), Marking::within(s.marking, inherited)))
                })
                .collect(),
        );
    }
    let mut ck = Checker {
        default,
        organizations: Markings::of(
            d.organizations.iter(),
            default,
            |o| o.id.as_str(),
            |o| o.marking,
        ),
        people: Markings::of(d.people.iter(), default, |p| p.id.as_str(), |p| p.marking),
        regions: Markings::of(d.regions.iter(), default, |r| r.id.as_str(), |r| r.marking),
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
        out,
    };
    ck.entities(d);
    for (i, c) in d.conferences.iter().enumerate() {
        ck.conference(i, c);
    }
    for (i, m) in d.media_releases.iter().enumerate() {
        ck.media_release(i, m);
    }
    ck.personal_data(&d.people);
}

impl Checker<'_, '_> {
    /// The required references of regions, strategies and recommendations.
    fn entities(&mut self, d: &Dataset) {
        let default = self.default;
        for (i, r) in d.regions.iter().enumerate() {
            let own = r.marking.unwrap_or(default);
            let org = r.organizer.as_str();
            self.needs(
                || format!("/regions/{i}/organizer"),
                "region",
                own,
                "organiser",
                org,
                self.organizations.get(org),
            );
        }
        for (i, s) in d.strategies.iter().enumerate() {
            let org = s.organizer.as_str();
            self.needs(
                || format!("/strategies/{i}/organizer"),
                "strategy",
                s.marking.unwrap_or(default),
                "organiser",
                org,
                self.organizations.get(org),
            );
        }
        for (i, r) in d.recommendations.iter().enumerate() {
            let at = r.adopted_at.as_str();
            self.needs(
                || format!("/recommendations/{i}/adopted_at"),
                "recommendation",
                r.marking.unwrap_or(default),
                "session",
                at,
                self.conferences.get(at),
            );
        }
    }

    /// The required references of a conference, its delegations and its statements.
    fn conference(&mut self, i: usize, c: &Conference) {
        let default = self.default;
        let own = c.marking.unwrap_or(default);
        let org = c.organizer.as_str();
        self.needs(
            || format!("/conferences/{i}/organizer"),
            "conference",
            own,
            "organiser",
            org,
            self.organizations.get(org),
        );
        if c.kind == ConferenceKind::RegionalConference
            && let Some(r) = &c.region
        {
            self.needs(
                || format!("/conferences/{i}/region"),
                "regional conference",
                own,
                "region",
                r.as_str(),
                self.regions.get(r.as_str()),
            );
        }
        for (j, dl) in c.delegations.iter().enumerate() {
            let delegation = dl.marking.unwrap_or(own);
            if let Some(o) = dl.organization() {
                self.needs(
                    || format!("/conferences/{i}/delegations/{j}/organization"),
                    "delegation",
                    delegation,
                    "organisation",
                    o.as_str(),
                    self.organizations.get(o.as_str()),
                );
            }
            let members = dl.members_marking.unwrap_or(delegation);
            if self.people.own.is_none() && members >= default {
                // Every person has the default marking: none is stricter than the members.
                continue;
            }
            if let Some(h) = &dl.head {
                self.needs(
                    || format!("/conferences/{i}/delegations/{j}/head"),
                    "delegation's head",
                    members,
                    "person",
                    h.as_str(),
                    self.people.get(h.as_str()),
                );
            }
            for (k, m) in dl.members.iter().enumerate() {
                let p = m.person.as_str();
                self.needs(
                    || format!("/conferences/{i}/delegations/{j}/members/{k}/person"),
                    "delegate",
                    members,
                    "person",
                    p,
                    self.people.get(p),
                );
            }
        }
        for (j, s) in c.statements.iter().enumerate() {
            let p = s.speaker.as_str();
            let statement = s.marking.unwrap_or(own);
            self.needs(
                || format!("/conferences/{i}/statements/{j}/speaker"),
                "statement",
                statement,
                "speaker",
                p,
                self.people.get(p),
            );
            if let Some(o) = &s.occasion {
                self.needs(
                    || format!("/conferences/{i}/statements/{j}/occasion"),
                    "statement",
                    statement,
                    "session",
                    o.as_str(),
                    self.conferences.get(o.as_str()),
                );
            }
        }
        for (j, d) in c.decisions.iter().enumerate() {
            self.decision((i, j), own, d);
        }
        for (j, e) in c.related_events.iter().enumerate() {
            if let Some(x) = &e.conference {
                self.needs(
                    || format!("/conferences/{i}/related_events/{j}/conference"),
                    "related event",
                    own,
                    "session",
                    x.as_str(),
                    self.conferences.get(x.as_str()),
                );
            }
        }
    }

    /// What a decision is about, against the marking of its session (`own`).
    fn decision(&mut self, (session, at): (usize, usize), own: Marking, decision: &Decision) {
        let (field, role, id, theirs) = match decision {
            Decision::EndorseStrategy { strategy, .. } => (
                "strategy",
                "strategy",
                strategy.as_str(),
                self.strategies.get(strategy.as_str()),
            ),
            Decision::AdoptRecommendations {
                recommendations, ..
            } => {
                for (k, r) in recommendations.iter().enumerate() {
                    self.needs(
                        || format!("/conferences/{session}/decisions/{at}/recommendations/{k}"),
                        "decision",
                        own,
                        "recommendation",
                        r.as_str(),
                        self.recommendations.get(r.as_str()),
                    );
                }
                return;
            }
            Decision::DesignateHost(h) => match &h.conference {
                Some(c) => (
                    "conference",
                    "session",
                    c.as_str(),
                    self.conferences.get(c.as_str()),
                ),
                None => return,
            },
            Decision::EstablishBody { organization, .. }
            | Decision::AdmitMember {
                organization: Some(organization),
                ..
            } => (
                "organization",
                "organisation",
                organization.as_str(),
                self.organizations.get(organization.as_str()),
            ),
            Decision::Elect { person, .. } | Decision::Appoint { person, .. } => (
                "person",
                "person",
                person.as_str(),
                self.people.get(person.as_str()),
            ),
            Decision::AdmitMember { .. } | Decision::Other { .. } => return,
        };
        self.needs(
            || format!("/conferences/{session}/decisions/{at}/{field}"),
            "decision",
            own,
            role,
            id,
            theirs,
        );
    }

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
        for (j, a) in m.about.iter().enumerate() {
            self.needs(
                || format!("/media_releases/{i}/about/{j}"),
                "release",
                own,
                "session",
                a.as_str(),
                self.conferences.get(a.as_str()),
            );
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
