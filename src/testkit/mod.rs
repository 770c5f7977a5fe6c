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

use std::ops::RangeInclusive;

use proptest::prelude::*;
use proptest::sample::select;

use crate::claim::{PositionClaim, PositionClaimed, Rank};
use crate::count::{Count, Qualifier};
use crate::country::{CountryCode, CountryStatus};
use crate::date::{Date, DateRange, PartialDate, YearRange};
use crate::id::{
    ConferenceId, MediaReleaseId, OrganizationId, PersonId, PositionId, RecommendationId, RegionId,
    SeriesId, SourceId, StatementId, StrategyId,
};
use crate::marking::Marking;
use crate::ordinal::Ordinal;
use crate::organization::{Organization, OrganizationKind};
use crate::person::{DescribedName, NameForm, NameFormKind, OtherTitle, Person, Position};
use crate::personal::{Email, PersonalData, Phone};
use crate::source::Url;
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
            OrganizationKind::Committee,
            OrganizationKind::WorkingGroup,
            OrganizationKind::Secretariat,
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
            // Plain forms and forms that say what they are (1.2).
            p.other_names = other_names
                .into_iter()
                .enumerate()
                .map(|(i, name)| {
                    if i % 2 == 0 {
                        NameForm::Plain(name)
                    } else {
                        let mut described = DescribedName::new(name);
                        described.form = Some(NameFormKind::FamilyFirst);
                        NameForm::Described(Box::new(described))
                    }
                })
                .collect();
            for (i, (title, org, span, acting)) in positions.into_iter().enumerate() {
                let mut pos = Position::new(title.clone());
                // Ids for capacities to name, and the title as another source writes it.
                pos.id = PositionId::new(&format!("pos-{i}")).ok();
                if acting {
                    pos.other_titles.push(OtherTitle::new(title.clone()));
                    // The source that gives the plain title, kept beside the record's.
                    let mut plain = PositionClaim::new(PositionClaimed::Acting(true));
                    plain.rank = Rank::Preferred;
                    pos.claims.push(plain);
                    let mut titled = PositionClaim::new(PositionClaimed::Title(title));
                    titled.rank = Rank::Deprecated;
                    pos.claims.push(titled);
                }
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

mod dataset;
mod marked;
mod mutation;
mod offices;
mod outcomes;
mod things;

pub use dataset::{DatasetSize, valid_dataset};
pub use marked::marked_dataset;
pub use mutation::{Injection, Mutation, invalid_dataset};
