//! A deterministic generator of realistic datasets, for benchmarks and for
//! `cargo run --release --example generate -- --delegates N`.
//!
//! Proportions follow real proceedings: regional conferences of about 50 country delegations
//! and some 140 delegates, officials who attend many sessions (one person for every four
//! delegate seats), four recommendations, five statements and one media release per session.
//! The same seed and size always give the same dataset.
// Benchmark support: fixed literals and in-range indexes; a failure here is a bug in the
// generator, and panicking with the value is the right report.
#![allow(
    unreachable_pub,
    clippy::panic,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::cast_possible_truncation,
    clippy::cast_lossless,
    clippy::too_many_lines,
    clippy::needless_pass_by_value
)]

use regional_conference::claim::{Claim, Claimed, Rank};
use regional_conference::conference::{
    AttendanceCount, ConferenceDates, ConferenceKind, CountPart, CountStage, EventKind,
    EventRelation, Measure, RelatedEvent, Theme, Venue,
};
use regional_conference::count::Count;
use regional_conference::decision::{
    Decision, DocumentForm, HostDesignation, Particulars, Vote, VoteMethod,
};
use regional_conference::delegation::{
    Delegate, Delegation, Level, LevelKind, Participation, ParticipationStatus, UnnamedMembers,
};
use regional_conference::event::{TimeOfDay, Timing};
use regional_conference::office::{Office, Tenure, Term, TermUnit};
use regional_conference::organization::OrganizationKind;
use regional_conference::person::Position;
use regional_conference::recommendation::{Addressee, RecommendationStatus, StatusEvent};
use regional_conference::release::{Dateline, ReleaseKind};
use regional_conference::role::{RoleKind, SessionRole};
use regional_conference::statement::{Capacity, StatementKind};
use regional_conference::topic::KnownTopic;
use regional_conference::{
    Conference, CountryCode, Dataset, Date, DateRange, MediaRelease, Ordinal, Organization,
    Paragraph, PartialDate, Person, Recommendation, Region, Source, Statement, Text, Topic,
};

/// A small, fast, seeded pseudo-random generator (xorshift64*): deterministic across runs and
/// platforms, with no dependency.
pub struct Rng(u64);

impl Rng {
    #[must_use]
    pub fn new(seed: u64) -> Self {
        Self(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

const DELEGATES_PER_DELEGATION: usize = 3;
const DELEGATIONS_PER_CONFERENCE: usize = 47;

fn text(s: &str) -> Text {
    Text::new(s).unwrap_or_else(|e| panic!("generator text {s:?}: {e}"))
}

fn para(s: &str) -> Paragraph {
    Paragraph::new(s).unwrap_or_else(|e| panic!("generator paragraph {s:?}: {e}"))
}

fn id<T: std::str::FromStr>(s: String) -> T
where
    T::Err: std::fmt::Debug,
{
    s.parse()
        .unwrap_or_else(|e| panic!("generator id {s:?}: {e:?}"))
}

/// A dataset with about `delegates` delegate seats across as many sessions as that takes.
///
/// # Panics
///
/// Only on a bug in the generator (a literal that is not a valid value).
#[must_use]
pub fn generate(delegates: usize, seed: u64) -> Dataset {
    let mut rng = Rng::new(seed);
    let countries: Vec<CountryCode> = CountryCode::all()
        .filter(|c| c.status() == regional_conference::country::CountryStatus::Official)
        .collect();
    let per_conference = DELEGATES_PER_DELEGATION * DELEGATIONS_PER_CONFERENCE;
    let n_conferences = delegates.div_ceil(per_conference).max(1);
    let n_people = (delegates / 4).max(DELEGATES_PER_DELEGATION * DELEGATIONS_PER_CONFERENCE);
    let regions = 4usize;

    let mut d = Dataset::new();
    d.language = Some(id("en".to_owned()));

    // The organisation, its regions, and one national police per country.
    let mut org = Organization::new(
        id("ipco".to_owned()),
        text("International Police Cooperation Organization"),
        OrganizationKind::IntergovernmentalOrganization,
    );
    org.acronym = Some(text("IPCO"));
    d.organizations.push(org);
    for c in &countries {
        let mut police = Organization::new(
            id(format!("police-{}", c.as_str().to_ascii_lowercase())),
            text(&format!("National Police of {}", c.name())),
            OrganizationKind::NationalAgency,
        );
        police.country = Some(*c);
        police.parent = None;
        d.organizations.push(police);
    }
    let members_per_region = countries.len() / regions;
    for r in 0..regions {
        let mut region = Region::new(
            id(format!("region-{r}")),
            text(&format!("Region {r}")),
            id("ipco".to_owned()),
        );
        region.members = countries
            .iter()
            .skip(r * members_per_region)
            .take(members_per_region)
            .copied()
            .collect();
        d.regions.push(region);
    }

    // People: each holds one undated position in their national police.
    for p in 0..n_people {
        let mut person = Person::new(
            id(format!("person-{p}")),
            text(&format!("Delegate Number {p}")),
        );
        let country = countries[p % countries.len()];
        let mut position = Position::new(text("Head of International Cooperation"));
        position.organization = Some(id(format!(
            "police-{}",
            country.as_str().to_ascii_lowercase()
        )));
        person.positions.push(position);
        d.people.push(person);
    }

    d.sources.push({
        let mut s = Source::new(id("proceedings".to_owned()), text("Proceedings archive"));
        s.publisher = Some(id("ipco".to_owned()));
        s
    });

    let topics = [
        KnownTopic::Terrorism,
        KnownTopic::Cybercrime,
        KnownTopic::DrugTrafficking,
        KnownTopic::HumanTrafficking,
        KnownTopic::FinancialCrime,
        KnownTopic::MajorEventSecurity,
    ];
    let mut seats = 0usize;
    for ci in 0..n_conferences {
        let r = ci % regions;
        let region = &d.regions[r];
        let members = region.members.clone();
        let ordinal = ci / regions + 1;
        let year = 1950 + (ordinal % 240) as u16;
        let start =
            Date::new(year, 1 + (rng.below(12) as u8), 1 + rng.below(25) as u8).expect("a day");
        let end = Date::try_from(start.to_time() + time::Duration::days(2)).expect("a day");
        let series: regional_conference::id::SeriesId = id(format!("region-{r}-conference"));
        let cid: regional_conference::id::ConferenceId = id(format!("conf-{ci}"));
        let mut c = Conference::new(
            cid.clone(),
            id("ipco".to_owned()),
            ConferenceKind::RegionalConference,
            text(&format!("Regional Conference {ordinal} of region {r}")),
            ConferenceDates::Exact(DateRange::new(start, end).expect("ordered")),
        );
        c.series = Some(series.clone());
        c.ordinal = Some(Ordinal::new(ordinal as u32).expect("positive"));
        c.region = Some(region.id.clone());
        let host = members[rng.below(members.len())];
        c.venue = Some(Venue::in_city(text("Capital City"), host));
        let n_delegations = DELEGATIONS_PER_CONFERENCE.min(members.len());
        let first = rng.below(members.len());
        let mut conference_seats = 0u32;
        for k in 0..n_delegations {
            let country = members[(first + k) % members.len()];
            let mut del = Delegation::for_country(country, ParticipationStatus::Member);
            let head = rng.below(n_people);
            del.head = Some(d.people[head].id.clone());
            for _ in 1..DELEGATES_PER_DELEGATION {
                del.members
                    .push(Delegate::new(d.people[rng.below(n_people)].id.clone()));
            }
            conference_seats += DELEGATES_PER_DELEGATION as u32;
            // Vocabulary 1.2: some delegations say that they came.
            if k % 4 == 0 {
                del.participation = Some(Participation::Attended);
                del.level = Some(Level::new(LevelKind::HeadOfPolice));
            }
            // A delegation that came for the first day only, with officers it did not name.
            if k % 8 == 1 {
                del.days = Some(ConferenceDates::Exact(
                    DateRange::new(start, start).expect("one day"),
                ));
                del.unnamed_members
                    .push(UnnamedMembers::new(text("senior officers")));
            }
            c.delegations.push(del);
        }
        seats += conference_seats as usize;
        c.attendance.push(AttendanceCount::new(
            Measure::Delegates,
            Count::exact(conference_seats),
        ));
        c.attendance.push(AttendanceCount::new(
            Measure::Countries,
            Count::about(n_delegations as u32),
        ));
        // Vocabulary 1.2: an announced figure, a part of the total, a version of the ordinal.
        let mut announced =
            AttendanceCount::new(Measure::Countries, Count::exact(n_delegations as u32));
        announced.stage = Some(CountStage::Announced);
        c.attendance.push(announced);
        let mut inside = AttendanceCount::new(Measure::Delegates, Count::exact(conference_seats));
        inside.part = Some(CountPart::InRegion);
        c.attendance.push(inside);
        let mut version = Claim::new(Claimed::Ordinal(c.ordinal.expect("set above")));
        version.rank = Rank::Preferred;
        c.claims.push(version);
        c.topics = (0..3)
            .map(|k| Topic::Known(topics[(ci + k) % topics.len()]))
            .collect();
        for s in 0..5 {
            let speaker = &d.people[rng.below(n_people)];
            let mut st = Statement::new(
                id(format!("conf-{ci}-statement-{s}")),
                speaker.id.clone(),
                StatementKind::Quote,
                para(
                    "Police cooperation across borders keeps our citizens safe, and this conference has strengthened it.",
                ),
                id("en".to_owned()),
            );
            st.capacity = Some(Capacity::new(
                speaker.positions[0].title.clone(),
                speaker.positions[0].organization.clone(),
            ));
            c.statements.push(st);
        }
        let mut adopted = Vec::new();
        for k in 0..4 {
            let rid: regional_conference::id::RecommendationId = id(format!("conf-{ci}-rec-{k}"));
            let mut rec = Recommendation::new(
                rid.clone(),
                cid.clone(),
                para("enhance the exchange of police information between member countries"),
            );
            rec.addressees = vec![Addressee::RegionMembers {
                region: region.id.clone(),
            }];
            rec.topics = vec![Topic::Known(topics[k % topics.len()])];
            adopted.push(rid);
            d.recommendations.push(rec);
        }
        c.decisions.push(Decision::adopt_recommendations(adopted));
        // Vocabulary 1.2, part 3: the opening ceremony and who opened it, the theme, a
        // declaration adopted by consensus on the last day, and a later endorsement.
        let mut opening = RelatedEvent::new(EventRelation::HasPart, text("Opening ceremony"));
        opening.kind = Some(EventKind::OpeningCeremony);
        opening.dates = Some(ConferenceDates::Approximate(start.into()));
        opening.roles.push(SessionRole::person(
            RoleKind::Opened,
            d.people[rng.below(n_people)].id.clone(),
        ));
        c.related_events.push(opening);
        c.theme = Some(Theme::new(text("Police cooperation across borders")));
        c.time = Some(Timing::starting(TimeOfDay::new(9, 30).expect("a time")));
        let mut about = Particulars::default();
        about.id = Some(id(format!("conf-{ci}-declaration")));
        about.topics = vec![Topic::Known(topics[ci % topics.len()])];
        about.addressees = vec![Addressee::RegionMembers {
            region: region.id.clone(),
        }];
        about.binding = Some(false);
        let mut declaration = Decision::adopt_document(DocumentForm::Declaration)
            .with_vote(Vote::by(VoteMethod::Consensus))
            .with_particulars(about);
        if let Decision::AdoptDocument { decided_on, .. } = &mut declaration {
            *decided_on = Some(end.into());
        }
        c.decisions.push(declaration);
        // Vocabulary 1.2: the region's previous session's declaration endorsed (except where
        // the years wrap round), and an extraordinary session convened for the next year.
        if ordinal > 1 && !ordinal.is_multiple_of(240) {
            c.decisions.push(Decision::endorse_decision(id(format!(
                "conf-{}-declaration",
                ci - regions
            ))));
        }
        let mut convene = Decision::convene_titled(text("Extraordinary session"));
        if let Decision::Convene { date, .. } = &mut convene {
            *date = Some(PartialDate::year_only(year + 1).expect("a year"));
        }
        c.decisions.push(convene);
        if let Some(rec) = d.recommendations.last_mut() {
            let mut endorsed = StatusEvent::new(RecommendationStatus::Endorsed);
            endorsed.date = Some(PartialDate::year_only(year + 1).expect("a year"));
            rec.history.push(endorsed);
        }
        c.decisions
            .push(Decision::DesignateHost(HostDesignation::new(
                series,
                Ordinal::new(ordinal as u32 + 1).expect("positive"),
                members[rng.below(members.len())],
                PartialDate::year_only(year + 1).expect("a year"),
            )));
        // Vocabulary 1.2: the region's chair, held for a year from each session by a person
        // it elected. One office per region and per 240 sessions, the span of the years the
        // generator gives, so that no two tenures of one office overlap.
        let office_id: regional_conference::id::OfficeId =
            id(format!("region-{r}-chair-{}", (ordinal - 1) / 240));
        let mut tenure = Tenure::person(d.people[rng.below(n_people)].id.clone());
        tenure.from = Some(start.into());
        tenure.to = Some(PartialDate::year_only(year).expect("a year"));
        tenure.elected_at = Some(cid.clone());
        let oi = if let Some(oi) = d.offices.iter().rposition(|o| o.id == office_id) {
            oi
        } else {
            let mut office = Office::new(
                office_id,
                text(&format!("Chair of the Regional Conference of region {r}")),
            );
            office.organization = Some(id("ipco".to_owned()));
            office.term = Some(Term::new(Count::exact(1), TermUnit::Years));
            d.offices.push(office);
            d.offices.len() - 1
        };
        d.offices[oi].holders.push(tenure);
        c.sources = vec![id("proceedings".to_owned())];
        let mut release = MediaRelease::new(
            id(format!("release-{ci}")),
            ReleaseKind::MediaRelease,
            end.into(),
            text("Regional conference closes with new measures against crime"),
            id("en".to_owned()),
        );
        release.publisher = Some(id("ipco".to_owned()));
        release.dateline = Some(Dateline::new(text("CAPITAL CITY"), host));
        release.paragraphs = vec![
            para(
                "The regional conference closed today with delegates approving a series of measures."
            )
            .into();
            3
        ];
        release.about = vec![cid];
        release.quotes = c.statements.iter().map(|s| s.id.clone()).collect();
        d.media_releases.push(release);
        d.conferences.push(c);
        if seats >= delegates {
            break;
        }
    }
    d
}
