//! Property-testing strategies for downstream crates (feature `proptest`).
//!
//! One strategy per leaf type, one per entity, [`valid_dataset`] for consistent datasets (every
//! reference resolves, ids are unique, dates are coherent, no rule is broken — not even a
//! warning), and [`invalid_dataset`] for a valid dataset with exactly one injected violation,
//! yielded with the rule and the JSON Pointer it must produce.
//!
//! Every value is made through the crate's public, validating constructors — also while
//! shrinking — so a strategy can never yield a value the crate would reject.
//!
//! # Examples
//!
//! A downstream crate's test (with `regional-conference = { version = "…", features =
//! ["proptest"] }` in its `[dev-dependencies]`):
//!
//! ```
//! use proptest::prelude::*;
//! use regional_conference::testkit::{DatasetSize, valid_dataset};
//! use regional_conference::validate::Validate;
//!
//! /// The downstream code under test: counts the delegations of every session.
//! fn delegations(dataset: &regional_conference::Dataset) -> usize {
//!     dataset.conferences.iter().map(|c| c.delegations.len()).sum()
//! }
//!
//! proptest! {
//!     #![proptest_config(ProptestConfig::with_cases(16))]
//!     // In a test file, mark the property `#[test]`; here it is called below.
//!     fn counts_every_delegation(dataset in valid_dataset(DatasetSize::small())) {
//!         prop_assert!(dataset.validate().is_empty());
//!         let by_hand: usize = dataset.conferences.iter().flat_map(|c| &c.delegations).count();
//!         prop_assert_eq!(delegations(&dataset), by_hand);
//!     }
//! }
//! # counts_every_delegation();
//! ```

use std::collections::BTreeSet;
use std::ops::RangeInclusive;

use proptest::prelude::*;
use proptest::sample::select;

use crate::Conference;
use crate::conference::{
    AgendaItem, AttendanceCount, ConferenceDates, ConferenceKind, Measure, Venue,
};
use crate::count::{Count, Qualifier};
use crate::country::{CountryCode, CountryStatus};
use crate::dataset::Dataset;
use crate::date::{Date, DateRange, PartialDate, YearRange};
use crate::decision::{Decision, HostDesignation};
use crate::delegation::{Delegate, Delegation, ParticipationStatus};
use crate::id::{
    ConferenceId, MediaReleaseId, OrganizationId, PersonId, RecommendationId, RegionId, SeriesId,
    SourceId, StatementId, StrategyId,
};
use crate::marking::{MarkedParagraph, Marking};
use crate::ordinal::Ordinal;
use crate::organization::{Organization, OrganizationKind};
use crate::person::{Person, Position};
use crate::personal::{Email, PersonalData, Phone};
use crate::recommendation::{Addressee, Recommendation};
use crate::region::Region;
use crate::release::{Dateline, MediaRelease, ReleaseKind};
use crate::rule::Rule;
use crate::source::{Source, Url};
use crate::statement::{Capacity, Statement, StatementKind};
use crate::strategy::{Priority, Strategy as StrategyEntity};
use crate::text::{LanguageTag, Paragraph, Text};
use crate::topic::{KnownTopic, Topic};

/// Slugs shaped like real ids: words of lowercase letters and digits joined by hyphens.
const SLUG: &str = "[a-z][a-z0-9]{0,7}(-[a-z0-9]{1,8}){0,3}";

macro_rules! id_strategy {
    ($($(#[$doc:meta])* $fn:ident -> $ty:ty;)*) => {
        $(
            $(#[$doc])*
            pub fn $fn() -> impl Strategy<Value = $ty> {
                SLUG.prop_filter_map("not an id", |s| <$ty>::new(&s).ok())
            }
        )*
    };
}

id_strategy! {
    /// Any organisation id.
    organization_id -> OrganizationId;
    /// Any region id.
    region_id -> RegionId;
    /// Any person id.
    person_id -> PersonId;
    /// Any conference id.
    conference_id -> ConferenceId;
    /// Any series id.
    series_id -> SeriesId;
    /// Any strategy id.
    strategy_id -> StrategyId;
    /// Any recommendation id.
    recommendation_id -> RecommendationId;
    /// Any statement id.
    statement_id -> StatementId;
    /// Any media release id.
    media_release_id -> MediaReleaseId;
    /// Any source id.
    source_id -> SourceId;
}

/// Any code of the ISO 3166 table: official, historical or user-assigned.
pub fn country_code() -> impl Strategy<Value = CountryCode> {
    select(CountryCode::all().collect::<Vec<_>>())
}

/// An officially assigned ISO 3166-1 code (never withdrawn, so valid at any date).
pub fn official_country_code() -> impl Strategy<Value = CountryCode> {
    select(
        CountryCode::all()
            .filter(|c| c.status() == CountryStatus::Official)
            .collect::<Vec<_>>(),
    )
}

/// A single line of text, with letters from several scripts.
pub fn text() -> impl Strategy<Value = Text> {
    "[A-Za-zÀ-ÿĀ-žА-яΑ-ω0-9][A-Za-zÀ-ÿĀ-žА-яΑ-ω0-9 .,'’()-]{0,40}[A-Za-zÀ-ÿА-я0-9.)]"
        .prop_filter_map("not text", |s| Text::new(&s).ok())
}

/// Running text of one to three lines.
pub fn paragraph() -> impl Strategy<Value = Paragraph> {
    prop::collection::vec(text(), 1..=3).prop_filter_map("not a paragraph", |lines| {
        let joined: Vec<&str> = lines.iter().map(Text::as_str).collect();
        Paragraph::new(&joined.join("\n")).ok()
    })
}

/// A language tag from a list of those used in proceedings.
pub fn language_tag() -> impl Strategy<Value = LanguageTag> {
    select(vec![
        "en",
        "fr",
        "es",
        "ar",
        "ru",
        "zh",
        "de",
        "pt",
        "pt-BR",
        "uk",
        "sr-Latn",
        "zh-Hant-TW",
    ])
    .prop_filter_map("not a tag", |t| LanguageTag::new(t).ok())
}

/// A day in `years`.
pub fn date_in(years: RangeInclusive<u16>) -> impl Strategy<Value = Date> {
    (years, 1u8..=12, 1u8..=31).prop_filter_map("no such day", |(y, m, d)| Date::new(y, m, d).ok())
}

/// Any date, 1900 to 2200.
pub fn date() -> impl Strategy<Value = Date> {
    date_in(1900..=2200)
}

/// A partial date in `years`, at any precision.
pub fn partial_date_in(years: RangeInclusive<u16>) -> impl Strategy<Value = PartialDate> {
    prop_oneof![
        years
            .clone()
            .prop_filter_map("year", |y| PartialDate::year_only(y).ok()),
        (years.clone(), 1u8..=12)
            .prop_filter_map("month", |(y, m)| PartialDate::year_month(y, m).ok()),
        date_in(years).prop_map(PartialDate::from),
    ]
}

/// Any partial date.
pub fn partial_date() -> impl Strategy<Value = PartialDate> {
    partial_date_in(1900..=2200)
}

/// A span of one to seven days starting in `years`.
pub fn date_range_in(years: RangeInclusive<u16>) -> impl Strategy<Value = DateRange> {
    (date_in(years), 0i64..7).prop_filter_map("no range", |(start, extra)| {
        let end = start.to_time().checked_add(time::Duration::days(extra))?;
        DateRange::new(start, Date::try_from(end).ok()?).ok()
    })
}

/// Any date range.
pub fn date_range() -> impl Strategy<Value = DateRange> {
    date_range_in(1900..=2199)
}

/// A year range of one to `max_years` years.
pub fn year_range(max_years: u16) -> impl Strategy<Value = YearRange> {
    (1900u16..=2190, 0..max_years.max(1)).prop_filter_map("no range", |(start, extra)| {
        YearRange::new(start, start + extra).ok()
    })
}

/// Any count, with any qualifier.
pub fn count() -> impl Strategy<Value = Count> {
    prop_oneof![
        (
            select(vec![
                Qualifier::Exact,
                Qualifier::About,
                Qualifier::AtLeast,
                Qualifier::MoreThan,
                Qualifier::Nearly,
                Qualifier::FewerThan,
                Qualifier::AtMost,
            ]),
            0u32..100_000
        )
            .prop_filter_map("no count", |(q, n)| Count::new(q, n).ok()),
        (0u32..1000, 1u32..1000).prop_filter_map("no range", |(min, span)| Count::between(
            min,
            min + span
        )
        .ok()),
    ]
}

/// Any ordinal below 200.
pub fn ordinal() -> impl Strategy<Value = Ordinal> {
    (1u32..200).prop_filter_map("zero", |n| Ordinal::new(n).ok())
}

/// A known or a custom topic.
pub fn topic() -> impl Strategy<Value = Topic> {
    prop_oneof![
        4 => select(KnownTopic::ALL.to_vec()).prop_map(Topic::Known),
        1 => "[a-z]{3,10}(_[a-z]{3,10}){0,2}"
            .prop_filter_map("not custom", |c| Topic::new(&format!("custom:{c}")).ok()),
    ]
}

/// An https URL.
pub fn url() -> impl Strategy<Value = Url> {
    "[a-z]{3,10}\\.(org|int|example)(/[a-z0-9-]{1,12}){0,3}"
        .prop_filter_map("not a URL", |s| Url::new(&format!("https://{s}")).ok())
}

/// Any handling marking.
pub fn marking() -> impl Strategy<Value = Marking> {
    prop::sample::select(Marking::ALL.to_vec())
}

/// Any email address of the accepted form.
pub fn email() -> impl Strategy<Value = Email> {
    "[a-z0-9]{1,8}(\\.[a-z0-9+_-]{1,8}){0,2}@[a-z0-9]{1,8}(-[a-z0-9]{1,4})?\\.[a-z]{2,6}"
        .prop_filter_map("not an email address", |s| Email::new(&s).ok())
}

/// Any phone number in E.164 form.
pub fn phone() -> impl Strategy<Value = Phone> {
    "\\+[1-9][0-9]{6,14}".prop_filter_map("not a phone number", |s| Phone::new(&s).ok())
}

/// Personal data: a marking or none, up to two emails and phones, maybe a birth year.
pub fn personal_data() -> impl Strategy<Value = PersonalData> {
    (
        prop::option::of(marking()),
        prop::collection::vec(email(), 0..=2),
        prop::collection::vec(phone(), 0..=2),
        prop::option::of(1930u16..=2005),
    )
        .prop_map(|(marking, emails, phones, born)| {
            let mut p = PersonalData::new();
            p.marking = marking;
            p.emails = emails;
            p.phones = phones;
            p.birth_date = born.and_then(|y| PartialDate::year_only(y).ok());
            p
        })
}

/// An organisation, with ids for its references drawn from `others` (none when empty).
pub fn organization(
    id: OrganizationId,
    others: Vec<OrganizationId>,
) -> impl Strategy<Value = Organization> {
    (
        text(),
        select(vec![
            OrganizationKind::IntergovernmentalOrganization,
            OrganizationKind::NationalAgency,
            OrganizationKind::NationalCentralBureau,
            OrganizationKind::RegionalBody,
            OrganizationKind::ExpertGroup,
            OrganizationKind::Programme,
            OrganizationKind::Other,
        ]),
        proptest::option::of(official_country_code()),
        proptest::option::of(text()),
        any::<prop::sample::Index>(),
        prop::collection::vec(text(), 0..2),
    )
        .prop_map(move |(name, kind, country, acronym, parent, other_names)| {
            let mut o = Organization::new(id.clone(), name, kind);
            o.country = country;
            o.acronym = acronym;
            o.parent = (!others.is_empty()).then(|| parent.get(&others).clone());
            o.other_names = other_names;
            o
        })
}

/// A person holding up to three positions, undated or with ordered dates, in `organizations`.
pub fn person(id: PersonId, organizations: Vec<OrganizationId>) -> impl Strategy<Value = Person> {
    (
        text(),
        prop::collection::vec(text(), 0..2),
        prop::collection::vec(
            (
                text(),
                any::<prop::sample::Index>(),
                proptest::option::of((1950u16..2020, 0u16..15)),
                any::<bool>(),
            ),
            0..3,
        ),
    )
        .prop_map(move |(name, other_names, positions)| {
            let mut p = Person::new(id.clone(), name);
            p.other_names = other_names;
            for (title, org, span, acting) in positions {
                let mut pos = Position::new(title);
                pos.organization =
                    (!organizations.is_empty()).then(|| org.get(&organizations).clone());
                if let Some((from, length)) = span {
                    pos.from = PartialDate::year_only(from).ok();
                    pos.to = PartialDate::year_only(from + length).ok();
                }
                pos.acting = acting;
                p.positions.push(pos);
            }
            p
        })
}

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
#[allow(clippy::too_many_lines)] // one entity kind after another
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
    let translation = (plan.translation != language).then_some(plan.translation);

    for (ci, cp) in plan.conferences.into_iter().enumerate() {
        let Some(cid) = id::<ConferenceId>(p, "conference", ci) else {
            continue;
        };
        let Some(series) = id::<SeriesId>(p, "series", ci) else {
            continue;
        };
        let kind = if cp.regional {
            ConferenceKind::RegionalConference
        } else {
            ConferenceKind::GeneralAssembly
        };
        let mut c = Conference::new(
            cid.clone(),
            organizer.clone(),
            kind,
            cp.title,
            ConferenceDates::Exact(cp.dates),
        );
        c.series = Some(series.clone());
        c.ordinal = Ordinal::new(1).ok();
        if cp.regional {
            c.region.clone_from(&region_id);
        }
        if let Some(country) = plan.region_members.first() {
            c.venue = Some(Venue::in_country(*country));
        }
        // Delegations: distinct member countries of the region, then distinct organisations.
        for country in plan.region_members.iter().take(cp.delegation_countries) {
            let mut del = Delegation::for_country(*country, ParticipationStatus::Member);
            del.members = d
                .people
                .iter()
                .take(cp.delegation_countries.min(2))
                .map(|person| Delegate::new(person.id.clone()))
                .collect();
            c.delegations.push(del);
        }
        for org in org_ids.iter().take(cp.delegation_organizations) {
            c.delegations.push(Delegation::for_organization(
                org.clone(),
                ParticipationStatus::Observer,
            ));
        }
        let countries = u32::try_from(
            c.delegations
                .iter()
                .filter(|x| x.country().is_some())
                .count(),
        )
        .unwrap_or(0);
        c.attendance.push(AttendanceCount::new(
            Measure::Delegates,
            Count::exact(cp.delegates_count),
        ));
        c.attendance.push(AttendanceCount::new(
            Measure::Countries,
            Count::exact(countries.max(1)),
        ));
        c.topics = cp.topics;
        c.agenda = cp.agenda.into_iter().map(AgendaItem::new).collect();
        // Statements, each by a person in a position they hold undated.
        for (si, (speaker, words, kind)) in cp.statements.into_iter().enumerate() {
            let Some(sid) = id::<StatementId>(p, &format!("c{ci}-statement"), si) else {
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
                language.clone(),
            );
            if let Some(pos) = person
                .positions
                .iter()
                .find(|x| x.from.is_none() && x.to.is_none())
            {
                s.capacity = Some(Capacity::new(pos.title.clone(), pos.organization.clone()));
            }
            if let Some(t) = &translation {
                s.translations.insert(t.clone(), words);
            }
            c.statements.push(s);
        }
        // Recommendations adopted here, addressed to the region's members.
        let mut adopted = Vec::new();
        for (ri, (action, topics)) in cp.recommendations.into_iter().enumerate() {
            let Some(rid) = id::<RecommendationId>(p, &format!("c{ci}-rec"), ri) else {
                continue;
            };
            let mut r = Recommendation::new(rid.clone(), cid.clone(), action);
            r.addressees = match (&c.region, &region_id) {
                (Some(_), Some(region)) => vec![Addressee::RegionMembers {
                    region: region.clone(),
                }],
                _ => vec![Addressee::Countries {
                    countries: plan.region_members.iter().take(2).copied().collect(),
                }],
            };
            r.topics = topics;
            r.programmes = org_ids.iter().take(1).cloned().collect();
            r.sources = source.iter().cloned().collect();
            adopted.push(rid);
            d.recommendations.push(r);
        }
        if !adopted.is_empty() {
            c.decisions.push(Decision::adopt_recommendations(adopted));
        }
        // The next session, in the region, the following year.
        let host = plan
            .region_members
            .get(cp.host % plan.region_members.len().max(1))
            .copied();
        if let (Some(country), Some(next), Ok(year)) = (
            host,
            Ordinal::new(2).ok(),
            PartialDate::year_only(cp.start_year + 1),
        ) {
            c.decisions
                .push(Decision::DesignateHost(HostDesignation::new(
                    series, next, country, year,
                )));
        }
        // A strategy endorsed here, for a period that begins after the session.
        if let Some((title, offset, length)) = cp.strategy
            && let (Some(sid), Ok(period)) = (
                id::<StrategyId>(p, "strategy", ci),
                YearRange::new(cp.start_year + offset, cp.start_year + offset + length),
            )
        {
            let mut s = StrategyEntity::new(sid.clone(), title.clone(), organizer.clone(), period);
            s.region.clone_from(&c.region);
            s.stated_years = u8::try_from(period.years())
                .ok()
                .and_then(std::num::NonZeroU8::new);
            s.endorsed_by = Some(cid.clone());
            s.priorities = vec![Priority::new(title)];
            d.strategies.push(s);
            c.decisions.push(Decision::endorse_strategy(sid));
        }
        // A release after the session, quoting its statements.
        if let Some(rid) = id::<MediaReleaseId>(p, "release", ci)
            && let Some(published) = cp
                .dates
                .end()
                .to_time()
                .checked_add(time::Duration::days(cp.release_delay))
            && let Ok(published) = Date::try_from(published)
        {
            let mut m = MediaRelease::new(
                rid,
                ReleaseKind::MediaRelease,
                published,
                plan.headline.clone(),
                language.clone(),
            );
            m.publisher = Some(organizer.clone());
            m.paragraphs = vec![plan.paragraph.clone().into()];
            m.about = vec![cid.clone()];
            m.quotes = c.statements.iter().map(|s| s.id.clone()).collect();
            m.source.clone_from(&source);
            if let Some(country) = plan.region_members.first() {
                m.dateline = Text::new("CAPITAL")
                    .ok()
                    .map(|place| Dateline::new(place, *country));
            }
            d.media_releases.push(m);
        }
        c.sources = source.iter().cloned().collect();
        d.conferences.push(c);
    }
    d
}

/// A [`valid_dataset`] with handling markings spread over it: a default marking or none, and a
/// marking or none on each entity, delegation, delegation's members, statement, agenda point and release
/// paragraph (each release gains a second, marked paragraph), and personal data on people.
///
/// The markings are random but for one repair: a release is raised to the marking of the
/// strictest statement it quotes (a statement being as strict as its session at least), so the
/// dataset validates without errors. Marking warnings
/// remain possible, and are the point: entities marked less restrictively than what they
/// need, which views must withhold with it.
pub fn marked_dataset(size: DatasetSize) -> impl Strategy<Value = Dataset> {
    (
        valid_dataset(size),
        prop::option::of(marking()),
        prop::collection::vec(prop::option::of(marking()), 1..=24),
        prop::collection::vec(prop::option::of(personal_data()), 1..=6),
    )
        .prop_map(|(d, default, pool, personal)| mark(d, default, &pool, &personal))
}

/// Spreads `pool` over `d` in document order, and `personal` over its people.
fn mark(
    mut d: Dataset,
    default: Option<Marking>,
    pool: &[Option<Marking>],
    personal: &[Option<PersonalData>],
) -> Dataset {
    let mut cycle = pool.iter().copied().cycle();
    let mut next = || cycle.next().flatten();
    d.marking = default;
    for o in &mut d.organizations {
        o.marking = next();
    }
    for r in &mut d.regions {
        r.marking = next();
    }
    let mut data = personal.iter().cycle();
    for p in &mut d.people {
        p.marking = next();
        p.personal = data.next().cloned().flatten().map(Box::new);
    }
    let point = d
        .media_releases
        .first()
        .and_then(|m| m.paragraphs.first())
        .map(|p| p.text.clone());
    for c in &mut d.conferences {
        c.marking = next();
        for dl in &mut c.delegations {
            dl.marking = next();
            dl.members_marking = next();
        }
        for s in &mut c.statements {
            s.marking = next();
        }
        for item in &mut c.agenda {
            if let Some(text) = &point {
                item.points.push(MarkedParagraph {
                    text: text.clone(),
                    marking: next(),
                });
            }
        }
    }
    for s in &mut d.strategies {
        s.marking = next();
    }
    for r in &mut d.recommendations {
        r.marking = next();
    }
    for m in &mut d.media_releases {
        m.marking = next();
        if let Some(first) = m.paragraphs.first() {
            let text = first.text.clone();
            m.paragraphs.push(MarkedParagraph {
                text,
                marking: next(),
            });
        }
    }
    for s in &mut d.sources {
        s.marking = next();
    }
    let fallback = d.default_marking();
    let statements: std::collections::HashMap<&StatementId, Marking> = d
        .conferences
        .iter()
        .flat_map(|c| {
            let inherited = c.marking.unwrap_or(fallback);
            c.statements
                .iter()
                .map(move |s| (&s.id, Marking::within(s.marking, inherited)))
        })
        .collect();
    let raised: Vec<Option<Marking>> = d
        .media_releases
        .iter()
        .map(|m| {
            let own = m.marking.unwrap_or(fallback);
            let strictest = m.quotes.iter().filter_map(|q| statements.get(q)).max()?;
            (*strictest > own).then_some(*strictest)
        })
        .collect();
    for (m, raise) in d.media_releases.iter_mut().zip(raised) {
        if raise.is_some() {
            m.marking = raise;
        }
    }
    d
}

/// A valid dataset with exactly one injected violation, and the violation it must produce.
#[derive(Debug, Clone)]
pub struct Mutation {
    /// The dataset, valid but for the injected violation.
    pub dataset: Dataset,
    /// The rule the injected violation breaks.
    pub rule: Rule,
    /// The JSON Pointer it must be reported at.
    pub pointer: String,
}

/// The kinds of violation [`invalid_dataset`] injects.
const MUTATIONS: usize = 11;

/// A valid dataset (see [`valid_dataset`]) with exactly one injected violation, yielded with the
/// rule and pointer validation must report — and nothing else.
pub fn invalid_dataset(size: DatasetSize) -> impl Strategy<Value = Mutation> {
    (
        valid_dataset(size),
        0..MUTATIONS,
        any::<prop::sample::Index>(),
    )
        .prop_filter_map("mutation not applicable", |(d, which, pick)| {
            mutate(d, which, pick)
        })
}

#[allow(clippy::too_many_lines)] // one arm per kind of mutation
fn mutate(mut d: Dataset, which: usize, pick: prop::sample::Index) -> Option<Mutation> {
    let ci = pick.index(d.conferences.len().max(1));
    let (rule, pointer) = match which {
        0 => {
            let c = d.conferences.get_mut(ci)?;
            c.organizer = OrganizationId::new("no-such-organization").ok()?;
            (
                Rule::ReferenceUnresolved,
                format!("/conferences/{ci}/organizer"),
            )
        }
        1 => {
            let copy = d.people.first()?.clone();
            d.people.push(copy);
            (
                Rule::IdDuplicate,
                format!("/people/{}/id", d.people.len() - 1),
            )
        }
        2 => {
            let person = d.people.first_mut()?;
            let mut pos = Position::new(Text::new("Director").ok()?);
            pos.from = PartialDate::year_only(2010).ok();
            pos.to = PartialDate::year_only(2005).ok();
            person.positions.push(pos);
            (
                Rule::PositionDatesOrder,
                format!("/people/0/positions/{}/to", person.positions.len() - 1),
            )
        }
        3 => {
            let region = d.regions.first_mut()?;
            let first = *region.members.first()?;
            region.members.push(first);
            (
                Rule::RegionMemberDuplicate,
                format!("/regions/0/members/{}", region.members.len() - 1),
            )
        }
        4 => {
            let c = d.conferences.get_mut(ci)?;
            let extra = c
                .attendance
                .iter()
                .find(|a| a.measure == Measure::Delegates)?
                .count
                .value()
                .checked_add(1)?;
            c.attendance.push(AttendanceCount::new(
                Measure::Delegates,
                Count::exact(extra),
            ));
            (
                Rule::AttendanceDisagreement,
                format!(
                    "/conferences/{ci}/attendance/{}/count",
                    c.attendance.len() - 1
                ),
            )
        }
        5 => {
            let c = d.conferences.get_mut(ci)?;
            let first = c.delegations.first()?.clone();
            let field = if first.country().is_some() {
                "country"
            } else {
                "organization"
            };
            c.delegations.push(first);
            (
                Rule::DelegationDuplicate,
                format!(
                    "/conferences/{ci}/delegations/{}/{field}",
                    c.delegations.len() - 1
                ),
            )
        }
        6 => {
            let start = d.conferences.get(ci)?.dates.earliest();
            let (ri, release) = d
                .media_releases
                .iter_mut()
                .enumerate()
                .find(|(_, m)| m.about.first() == d.conferences.get(ci).map(|c| &c.id))?;
            release.published =
                Date::try_from(start.to_time().checked_sub(time::Duration::days(1))?).ok()?;
            (
                Rule::ReleaseBeforeConference,
                format!("/media_releases/{ri}/published"),
            )
        }
        7 => {
            let c = d.conferences.get_mut(ci)?;
            let (si, s) = c.statements.iter_mut().enumerate().next()?;
            if s.translations.get(&s.language).is_some() {
                return None;
            }
            s.translations.insert(s.language.clone(), s.text.clone());
            let tag = s.language.as_str().replace('~', "~0").replace('/', "~1");
            (
                Rule::TranslationSameLanguage,
                format!("/conferences/{ci}/statements/{si}/translations/{tag}"),
            )
        }
        8 => {
            let source = d.sources.first_mut()?;
            source.published = PartialDate::year_only(2020).ok();
            source.retrieved = Date::new(2019, 12, 31).ok();
            (
                Rule::SourceRetrievedBeforePublished,
                "/sources/0/retrieved".to_owned(),
            )
        }
        9 => {
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
            (
                Rule::MarkingQuoteStricter,
                format!("/media_releases/{ri}/quotes/0"),
            )
        }
        _ => {
            let s = d.strategies.first_mut()?;
            let start = s.period.start();
            s.period = YearRange::new(start, start.checked_add(11)?).ok()?;
            s.stated_years = None;
            (Rule::StrategyPeriodLong, "/strategies/0/period".to_owned())
        }
    };
    Some(Mutation {
        dataset: d,
        rule,
        pointer,
    })
}
