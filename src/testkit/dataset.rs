//! Consistent datasets: a plan of how many of each entity, tied together so that no rule is
//! broken.

use std::collections::BTreeSet;
use std::ops::RangeInclusive;

use proptest::prelude::*;
use proptest::sample::select;

use super::{language_tag, official_country_code, organization, paragraph, person, text, topic};
use crate::Conference;
use crate::claim::{Claim, Claimed, Days, Rank};
use crate::conference::{
    AgendaItem, AttendanceCount, ConferenceDates, ConferenceKind, CountPart, CountStage, Measure,
    SessionStatus, Venue,
};
use crate::count::Count;
use crate::country::CountryCode;
use crate::dataset::Dataset;
use crate::date::{Date, DateRange, PartialDate, PartialRange, YearRange};
use crate::decision::{Decision, HostDesignation};
use crate::delegation::{
    Delegate, Delegation, Level, LevelKind, Participation, ParticipationStatus, Party, Provenance,
    UnnamedMembers,
};
use crate::id::{
    ConferenceId, MediaReleaseId, OrganizationId, PersonId, RecommendationId, RegionId, SeriesId,
    SourceId, StatementId, StrategyId,
};
use crate::ordinal::Ordinal;
use crate::organization::Organization;
use crate::person::Person;
use crate::recommendation::{Addressee, Recommendation};
use crate::region::Region;
use crate::release::{Dateline, MediaRelease, ReleaseKind};
use crate::role::{RoleKind, SessionRole};
use crate::source::Source;
use crate::statement::{Capacity, CapacityRef, Statement, StatementKind};
use crate::strategy::{Priority, Strategy as StrategyEntity};
use crate::text::{LanguageTag, Paragraph, Text};
use crate::topic::{KnownTopic, Topic};

/// How many of each entity [`valid_dataset`] makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetSize {
    /// Organisations (at least 1).
    pub organizations: RangeInclusive<usize>,
    /// People (at least 1).
    pub people: RangeInclusive<usize>,
    /// Conferences (at least 1).
    pub conferences: RangeInclusive<usize>,
    /// Delegations per conference.
    pub delegations: RangeInclusive<usize>,
    /// Statements per conference.
    pub statements: RangeInclusive<usize>,
    /// Recommendations per conference.
    pub recommendations: RangeInclusive<usize>,
}

impl DatasetSize {
    /// A few of everything, at least one of each entity kind: quick to generate and check.
    #[must_use]
    pub fn small() -> Self {
        Self {
            organizations: 1..=4,
            people: 1..=4,
            conferences: 1..=2,
            delegations: 1..=4,
            statements: 1..=3,
            recommendations: 1..=2,
        }
    }

    /// Up to a few dozen of each.
    #[must_use]
    pub fn medium() -> Self {
        Self {
            organizations: 1..=20,
            people: 1..=40,
            conferences: 1..=6,
            delegations: 1..=20,
            statements: 1..=8,
            recommendations: 1..=6,
        }
    }
}

impl Default for DatasetSize {
    fn default() -> Self {
        Self::small()
    }
}

fn lower(r: &RangeInclusive<usize>) -> RangeInclusive<usize> {
    (*r.start()).max(1)..=(*r.end()).max(1)
}

/// The skeleton of a dataset: how many of each, and the random choices that tie them together.
#[derive(Debug, Clone)]
struct Plan {
    prefix: String,
    organizations: Vec<Organization>,
    people: Vec<Person>,
    region_members: Vec<CountryCode>,
    conferences: Vec<ConferencePlan>,
    language: LanguageTag,
    translation: LanguageTag,
    headline: Text,
    paragraph: Paragraph,
}

#[derive(Debug, Clone)]
struct ConferencePlan {
    title: Text,
    start_year: u16,
    dates: DateRange,
    regional: bool,
    delegation_countries: usize,
    delegation_organizations: usize,
    statements: Vec<(usize, Paragraph, StatementKind)>,
    recommendations: Vec<(Paragraph, Vec<Topic>)>,
    topics: Vec<Topic>,
    agenda: Vec<Text>,
    delegates_count: u32,
    host: usize,
    strategy: Option<(Text, u16, u16)>,
    release_delay: i64,
}

fn id<T: std::str::FromStr>(prefix: &str, kind: &str, i: usize) -> Option<T> {
    format!("{prefix}-{kind}-{i}").parse().ok()
}

fn conference_plan(
    size: &DatasetSize,
    people: usize,
) -> impl Strategy<Value = ConferencePlan> + use<> {
    (
        (
            text(),
            1950u16..=2150,
            any::<bool>(),
            size.delegations.clone(),
            0usize..3,
            prop::collection::vec(
                (
                    0..people.max(1),
                    paragraph(),
                    select(vec![StatementKind::Quote, StatementKind::Paraphrase]),
                ),
                size.statements.clone(),
            ),
        ),
        (
            prop::collection::vec(
                (paragraph(), prop::collection::vec(topic(), 0..3)),
                size.recommendations.clone(),
            ),
            prop::collection::btree_set(select(KnownTopic::ALL.to_vec()), 0..5),
            prop::collection::vec(text(), 0..3),
            1u32..500,
            any::<usize>(),
            proptest::option::of((text(), 1u16..4, 0u16..10)),
            0i64..30,
            (1u8..=12, 1u8..=28, 0i64..5),
        ),
    )
        .prop_filter_map(
            "no dates",
            |(
                (title, start_year, regional, delegations, orgs, statements),
                (
                    recommendations,
                    topics,
                    agenda,
                    delegates_count,
                    host,
                    strategy,
                    release_delay,
                    (month, day, extra),
                ),
            )| {
                let start = Date::new(start_year, month, day).ok()?;
                let end = Date::try_from(start.to_time().checked_add(time::Duration::days(extra))?)
                    .ok()?;
                Some(ConferencePlan {
                    title,
                    start_year,
                    dates: DateRange::new(start, end).ok()?,
                    regional,
                    delegation_countries: delegations,
                    delegation_organizations: orgs,
                    statements,
                    recommendations,
                    topics: topics.into_iter().map(Topic::Known).collect(),
                    agenda,
                    delegates_count,
                    host,
                    strategy,
                    release_delay,
                })
            },
        )
}

/// A consistent dataset: unique ids, every reference resolving, coherent dates, and no rule of
/// the [catalogue](crate::rule) broken (no warning either). At least one of each entity kind.
pub fn valid_dataset(size: DatasetSize) -> impl Strategy<Value = Dataset> {
    let orgs = lower(&size.organizations);
    let people = lower(&size.people);
    let confs = lower(&size.conferences);
    (orgs, people, confs, "[a-z]{1,6}")
        .prop_flat_map(move |(n_orgs, n_people, n_confs, prefix)| {
            let org_ids: Vec<OrganizationId> =
                (0..n_orgs).filter_map(|i| id(&prefix, "org", i)).collect();
            let organizations: Vec<_> = org_ids
                .iter()
                .enumerate()
                .map(|(i, oid)| {
                    organization(
                        oid.clone(),
                        org_ids.get(..i).map(<[_]>::to_vec).unwrap_or_default(),
                    )
                })
                .collect();
            let persons: Vec<_> = (0..n_people)
                .filter_map(|i| id::<PersonId>(&prefix, "person", i))
                .map(|pid| person(pid, org_ids.clone()))
                .collect();
            let members = prop::collection::btree_set(official_country_code(), 4..12);
            (
                Just(prefix),
                organizations,
                persons,
                members,
                prop::collection::vec(conference_plan(&size, n_people), n_confs),
                language_tag(),
                language_tag(),
                text(),
                paragraph(),
            )
        })
        .prop_map(
            |(
                prefix,
                organizations,
                people,
                members,
                conferences,
                language,
                translation,
                headline,
                paragraph,
            )| {
                build(Plan {
                    prefix,
                    organizations,
                    people,
                    region_members: members
                        .into_iter()
                        .collect::<BTreeSet<_>>()
                        .into_iter()
                        .collect(),
                    conferences,
                    language,
                    translation,
                    headline,
                    paragraph,
                })
            },
        )
}

/// Ties a plan together into a dataset that breaks no rule.
fn build(plan: Plan) -> Dataset {
    let p = plan.prefix.as_str();
    let mut d = Dataset::new();
    d.language = Some(plan.language.clone());
    let org_ids: Vec<OrganizationId> = plan.organizations.iter().map(|o| o.id.clone()).collect();
    let organizer = org_ids.first().cloned();
    d.organizations = plan.organizations;
    d.people = plan.people;
    let source: Option<SourceId> = id(p, "source", 0);
    if let (Some(sid), Ok(title)) = (&source, Text::new("Proceedings")) {
        let mut s = Source::new(sid.clone(), title);
        s.publisher.clone_from(&organizer);
        s.published = PartialDate::year_only(2000).ok();
        s.retrieved = Date::new(2001, 1, 1).ok();
        d.sources.push(s);
    }
    let region_id: Option<RegionId> = id(p, "region", 0);
    if let (Some(rid), Some(org), Ok(name)) = (&region_id, &organizer, Text::new("Region")) {
        let mut r = Region::new(rid.clone(), name, org.clone());
        r.members.clone_from(&plan.region_members);
        d.regions.push(r);
    }
    let Some(organizer) = organizer else { return d };
    let language = plan.language;
    let ctx = Context {
        prefix: p,
        organizer,
        translation: (plan.translation != language).then_some(plan.translation),
        language,
        org_ids,
        region_id,
        region_members: plan.region_members,
        source,
        headline: plan.headline,
        paragraph: plan.paragraph,
    };
    let variant = plan.conferences.len() + ctx.org_ids.len() + p.len();
    for (ci, cp) in plan.conferences.into_iter().enumerate() {
        if let Some(c) = ctx.conference(&mut d, ci, cp) {
            d.conferences.push(c);
        }
    }
    super::things::refer_to_things(&mut d, p, variant, &ctx.paragraph);
    super::offices::hold_offices(&mut d, p, variant);
    d
}

/// What every session of a planned dataset shares.
struct Context<'p> {
    prefix: &'p str,
    organizer: OrganizationId,
    language: LanguageTag,
    translation: Option<LanguageTag>,
    org_ids: Vec<OrganizationId>,
    region_id: Option<RegionId>,
    region_members: Vec<CountryCode>,
    source: Option<SourceId>,
    headline: Text,
    paragraph: Paragraph,
}

impl Context<'_> {
    /// The session `ci` of the plan, with what it adopts, endorses and publishes added to `d`.
    fn conference(&self, d: &mut Dataset, ci: usize, cp: ConferencePlan) -> Option<Conference> {
        let p = self.prefix;
        let cid = id::<ConferenceId>(p, "conference", ci)?;
        let series = id::<SeriesId>(p, "series", ci)?;
        let kind = if cp.regional {
            ConferenceKind::RegionalConference
        } else {
            ConferenceKind::GeneralAssembly
        };
        let mut c = Conference::new(
            cid.clone(),
            self.organizer.clone(),
            kind,
            cp.title,
            ConferenceDates::Exact(cp.dates),
        );
        c.series = Some(series.clone());
        c.ordinal = Ordinal::new(1).ok();
        if cp.regional {
            c.region.clone_from(&self.region_id);
        }
        if let Some(country) = self.region_members.first() {
            c.venue = Some(Venue::in_country(*country));
        }
        c.attendance.push(AttendanceCount::new(
            Measure::Delegates,
            Count::exact(cp.delegates_count),
        ));
        // What 1.2 can say besides, drawn from the plan's own numbers so that every dataset
        // tries some of it: figures of other stages and parts, versions with their ranks.
        let variant = cp.delegates_count as usize + ci;
        self.knowledge(&mut c, variant, cp.delegates_count);
        self.delegations(
            &mut c,
            d,
            cp.delegation_countries,
            cp.delegation_organizations,
        );
        c.topics = cp.topics;
        c.agenda = cp.agenda.into_iter().map(AgendaItem::new).collect();
        self.statements(&mut c, d, ci, cp.statements);
        self.roles(&mut c, d);
        let first_adopted = d.recommendations.len();
        self.recommendations(&mut c, d, ci, cp.recommendations);
        super::outcomes::session(
            &mut c,
            &d.people,
            &self.organizer,
            self.source.as_ref(),
            cp.dates,
            variant,
        );
        for (k, r) in d.recommendations.iter_mut().skip(first_adopted).enumerate() {
            super::outcomes::recommendation(r, &self.organizer, cp.dates, variant + k);
        }
        // The next session, in the region, the following year.
        let host = self
            .region_members
            .get(cp.host % self.region_members.len().max(1))
            .copied();
        if variant % 5 == 4 {
            // "The next conference will be held in …": a city, no ordinal or date.
            let mut next = HostDesignation::next(series);
            next.city = Text::new("Capital").ok();
            c.decisions.push(Decision::DesignateHost(next));
        } else if let (Some(country), Some(next), Ok(year)) = (
            host,
            Ordinal::new(2).ok(),
            PartialDate::year_only(cp.start_year + 1),
        ) {
            c.decisions
                .push(Decision::DesignateHost(HostDesignation::new(
                    series, next, country, year,
                )));
        }
        if let Some(strategy) = cp.strategy {
            self.strategy(&mut c, d, ci, cp.start_year, strategy);
        }
        self.release(&c, d, ci, cp.dates, cp.release_delay);
        c.sources = self.source.iter().cloned().collect();
        Some(c)
    }

    /// Figures of other stages and parts, a figure with no number, and versions of the
    /// session's ordinal, duration and dates that agree with the record, by `variant`.
    fn knowledge(&self, c: &mut Conference, variant: usize, delegates: u32) {
        if variant.is_multiple_of(2) {
            let mut announced =
                AttendanceCount::new(Measure::Delegates, Count::about(delegates + 7));
            announced.stage = Some(CountStage::Announced);
            announced.as_of = Some(PartialDate::from(c.dates.earliest()));
            announced.sources = self.source.iter().cloned().collect();
            c.attendance.push(announced);
        }
        if variant.is_multiple_of(3) {
            let inside = delegates / 2;
            for (part, n) in [
                (CountPart::InRegion, inside),
                (CountPart::OutsideRegion, delegates - inside),
            ] {
                let mut figure = AttendanceCount::new(Measure::Delegates, Count::exact(n));
                figure.part = Some(part);
                c.attendance.push(figure);
            }
            let mut unstated = AttendanceCount::unstated(Measure::Observers);
            unstated.wording = Text::new("observers also attended").ok();
            c.attendance.push(unstated);
        }
        if variant % 4 == 1 {
            if let Some(value) = c.ordinal {
                let mut ordinal = Claim::new(Claimed::Ordinal(value));
                ordinal.rank = Rank::Preferred;
                ordinal.sources = self.source.iter().cloned().collect();
                c.claims.push(ordinal);
            }
            if let Some(days) = c
                .dates
                .exact()
                .and_then(|r| u16::try_from(r.days()).ok())
                .and_then(|d| Days::whole(d).ok())
            {
                let mut duration = Claim::new(Claimed::Duration(days));
                duration.wording = Text::new("the conference").ok();
                c.claims.push(duration);
            }
            // "Opened in 2000": a start known to the year, an end not at all.
            if let Some(opened) = PartialDate::year_only(c.dates.year())
                .ok()
                .and_then(|y| PartialRange::new(Some(y), None).ok())
            {
                c.claims
                    .push(Claim::new(Claimed::Dates(ConferenceDates::Partial(opened))));
            }
            let mut wrong = Claim::new(Claimed::Title(c.title.clone()));
            wrong.rank = Rank::Deprecated;
            c.claims.push(wrong);
            // Announced before, held after: two statuses that follow each other; and a
            // co-organiser, with a version known wrong that names it alone (deprecated, so
            // never compared: breaking a reference breaks no comparison).
            let mut announced = Claim::new(Claimed::Status(SessionStatus::Announced));
            announced.wording = Text::new("will be held").ok();
            c.claims.push(announced);
            c.status = Some(SessionStatus::Held);
            if let Some(co) = self.org_ids.iter().find(|o| **o != self.organizer) {
                c.co_organizers.push(co.clone());
                let mut alone = Claim::new(Claimed::Organizer(vec![co.clone()]));
                alone.rank = Rank::Deprecated;
                alone.sources = self.source.iter().cloned().collect();
                c.claims.push(alone);
            }
        }
        if let Some(venue) = &mut c.venue {
            venue.sources = self.source.iter().cloned().collect();
        }
    }

    /// Delegations: distinct member countries of the region, then distinct organisations; and
    /// the count of countries they make.
    fn delegations(&self, c: &mut Conference, d: &Dataset, countries: usize, organizations: usize) {
        for country in self.region_members.iter().take(countries) {
            let mut del = Delegation::for_country(*country, ParticipationStatus::Member);
            del.members = d
                .people
                .iter()
                .take(countries.min(2))
                .map(|person| Delegate::new(person.id.clone()))
                .collect();
            c.delegations.push(del);
        }
        // 1.2: the first delegation's own days (the session's), its level and officers it does
        // not name.
        if let Some(first) = c.delegations.first_mut() {
            first.days = Some(c.dates);
            first.level = Some(Level::new(if countries.is_multiple_of(2) {
                LevelKind::HeadOfPolice
            } else {
                LevelKind::SeniorOfficials
            }));
            if let Ok(rank) = Text::new("senior officers") {
                let mut officers = UnnamedMembers::new(rank);
                officers.count = (countries % 3 == 1).then(|| Count::exact(2));
                first.unnamed_members.push(officers);
            }
        }
        // A member that declined: listed, and not counted among those present.
        if let Some(country) = self.region_members.get(countries)
            && countries % 2 == 1
        {
            let mut declined = Delegation::for_country(*country, ParticipationStatus::Member);
            declined.participation = Some(Participation::Declined);
            declined.provenance = Some(Box::new(Provenance {
                sources: self.source.iter().cloned().collect(),
                ..Provenance::default()
            }));
            c.delegations.push(declined);
        }
        // The first organisation's observers go with the first member country's delegation.
        let linked = self
            .region_members
            .first()
            .filter(|_| countries > 0)
            .copied();
        for (k, org) in self.org_ids.iter().take(organizations).enumerate() {
            let mut observers =
                Delegation::for_organization(org.clone(), ParticipationStatus::Observer);
            if k == 0 {
                observers.linked_to = linked;
            }
            c.delegations.push(observers);
        }
        let represented = c
            .delegations
            .iter()
            .filter(|x| x.country().is_some() && Participation::came(x.participation))
            .count();
        c.attendance.push(AttendanceCount::new(
            Measure::Countries,
            Count::exact(u32::try_from(represented).unwrap_or(0).max(1)),
        ));
        // The others beside the first country ("joined delegates from 12 member states").
        if let Some(first) = self.region_members.first().filter(|_| represented > 1) {
            let mut others = AttendanceCount::new(
                Measure::Countries,
                Count::exact(u32::try_from(represented - 1).unwrap_or(0)),
            );
            others.besides = Some(Party::Country(*first));
            c.attendance.push(others);
        }
    }

    /// Statements, each by a person in a position they hold undated.
    fn statements(
        &self,
        c: &mut Conference,
        d: &Dataset,
        ci: usize,
        planned: Vec<(usize, Paragraph, StatementKind)>,
    ) {
        for (si, (speaker, words, kind)) in planned.into_iter().enumerate() {
            let Some(sid) = id::<StatementId>(self.prefix, &format!("c{ci}-statement"), si) else {
                continue;
            };
            let Some(person) = d.people.get(speaker % d.people.len().max(1)) else {
                continue;
            };
            let mut s = Statement::new(
                sid,
                person.id.clone(),
                kind,
                words.clone(),
                self.language.clone(),
            );
            if let Some(pos) = person
                .positions
                .iter()
                .find(|x| x.from.is_none() && x.to.is_none())
            {
                let mut capacity = Capacity::new(pos.title.clone(), pos.organization.clone());
                capacity.sources = self.source.iter().cloned().collect();
                s.capacity = Some(capacity);
                // The same capacity by reference (1.2).
                if let Some(id) = &pos.id {
                    s.capacities.push(CapacityRef::position(id.clone()));
                }
            }
            if let Some(t) = &self.translation {
                s.translations.insert(t.clone(), words);
            }
            c.statements.push(s);
        }
    }

    /// Roles at the session: its chair, in a position of theirs, and the organiser holding it.
    fn roles(&self, c: &mut Conference, d: &Dataset) {
        if let Some(person) = d.people.first() {
            let mut chair = SessionRole::person(RoleKind::Chair, person.id.clone());
            if let Some(id) = person.positions.iter().find_map(|p| p.id.clone()) {
                chair.capacities.push(CapacityRef::position(id));
            }
            chair.sources = self.source.iter().cloned().collect();
            c.roles.push(chair);
        }
        c.roles.push(SessionRole::organization(
            RoleKind::HeldOnBehalf,
            self.organizer.clone(),
        ));
    }

    /// Recommendations adopted at `c`, addressed to the region's members, and the decision
    /// that adopts them.
    fn recommendations(
        &self,
        c: &mut Conference,
        d: &mut Dataset,
        ci: usize,
        planned: Vec<(Paragraph, Vec<Topic>)>,
    ) {
        let mut adopted = Vec::new();
        for (ri, (action, topics)) in planned.into_iter().enumerate() {
            let Some(rid) = id::<RecommendationId>(self.prefix, &format!("c{ci}-rec"), ri) else {
                continue;
            };
            let mut r = Recommendation::new(rid.clone(), c.id.clone(), action);
            r.addressees = match (&c.region, &self.region_id) {
                (Some(_), Some(region)) => vec![Addressee::RegionMembers {
                    region: region.clone(),
                }],
                _ => vec![Addressee::Countries {
                    countries: self.region_members.iter().take(2).copied().collect(),
                }],
            };
            r.topics = topics;
            r.programmes = self.org_ids.iter().take(1).cloned().collect();
            r.sources = self.source.iter().cloned().collect();
            adopted.push(rid);
            d.recommendations.push(r);
        }
        if !adopted.is_empty() {
            let total = Count::exact(u32::try_from(adopted.len()).unwrap_or(u32::MAX));
            let mut decision = Decision::adopt_recommendations(adopted);
            if let Decision::AdoptRecommendations { total: slot, .. } = &mut decision {
                *slot = Some(total);
            }
            c.decisions.push(decision);
        }
    }

    /// A strategy endorsed at `c`, for a period that begins after the session.
    fn strategy(
        &self,
        c: &mut Conference,
        d: &mut Dataset,
        ci: usize,
        start_year: u16,
        (title, offset, length): (Text, u16, u16),
    ) {
        if let (Some(sid), Ok(period)) = (
            id::<StrategyId>(self.prefix, "strategy", ci),
            YearRange::new(start_year + offset, start_year + offset + length),
        ) {
            let mut s =
                StrategyEntity::new(sid.clone(), title.clone(), self.organizer.clone(), period);
            s.region.clone_from(&c.region);
            s.stated_years = u8::try_from(period.years())
                .ok()
                .and_then(std::num::NonZeroU8::new);
            s.endorsed_by = Some(c.id.clone());
            s.priorities = vec![Priority::new(title)];
            d.strategies.push(s);
            c.decisions.push(Decision::endorse_strategy(sid));
        }
    }

    /// A release after the session, quoting its statements.
    fn release(&self, c: &Conference, d: &mut Dataset, ci: usize, dates: DateRange, delay: i64) {
        if let Some(rid) = id::<MediaReleaseId>(self.prefix, "release", ci)
            && let Some(published) = dates
                .end()
                .to_time()
                .checked_add(time::Duration::days(delay))
            && let Ok(published) = Date::try_from(published)
        {
            let mut m = MediaRelease::new(
                rid,
                ReleaseKind::MediaRelease,
                published.into(),
                self.headline.clone(),
                self.language.clone(),
            );
            m.publisher = Some(self.organizer.clone());
            m.paragraphs = vec![self.paragraph.clone().into()];
            m.about = vec![c.id.clone()];
            m.quotes = c.statements.iter().map(|s| s.id.clone()).collect();
            m.source.clone_from(&self.source);
            if let Some(country) = self.region_members.first() {
                m.dateline = Text::new("CAPITAL")
                    .ok()
                    .map(|place| Dateline::new(place, *country));
            }
            d.media_releases.push(m);
        }
    }
}
