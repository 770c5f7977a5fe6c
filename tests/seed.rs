//! The founding media release, end to end: every fact it states is in the fixture and readable
//! through the public API; the fixture is exactly what `examples/budapest_2013.rs` builds; and
//! it survives a round trip unchanged.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "../examples/budapest_2013.rs"]
mod example;

mod common;

use common::id;
use regional_conference::conference::{ConferenceKind, Measure};
use regional_conference::count::Qualifier;
use regional_conference::date::Precision;
use regional_conference::decision::HostDesignation;
use regional_conference::organization::OrganizationKind;
use regional_conference::recommendation::Addressee;
use regional_conference::release::ReleaseKind;
use regional_conference::statement::StatementKind;
use regional_conference::topic::KnownTopic;
use regional_conference::{CountryCode, Dataset, Decision, Topic, decode};

const FIXTURE: &str = include_str!("fixtures/valid/budapest-2013.json");
const SEED: &str = include_str!("fixtures/seed/erc-42-budapest-2013-media-release.txt");

fn dataset() -> Dataset {
    decode::from_str(FIXTURE).unwrap()
}

#[test]
fn the_fixture_is_what_the_example_builds() {
    let built = example::budapest_2013().unwrap();
    assert_eq!(built, dataset());
    assert_eq!(
        serde_json::to_string_pretty(&built).unwrap() + "\n",
        FIXTURE
    );
}

#[test]
fn round_trip_gives_equal_values_and_identical_json() {
    let first = dataset();
    let json = serde_json::to_string_pretty(&first).unwrap();
    let second: Dataset = decode::from_str(&json).unwrap();
    assert_eq!(first, second);
    assert_eq!(serde_json::to_string_pretty(&second).unwrap(), json);
    assert_eq!(json + "\n", FIXTURE);
}

#[test]
fn the_42nd_european_regional_conference_in_budapest() {
    let d = dataset();
    assert_eq!(d.conferences.len(), 1);
    let erc = &d.conferences[0];
    assert_eq!(erc.kind, ConferenceKind::RegionalConference);
    assert_eq!(erc.ordinal.unwrap().to_string(), "42nd");
    assert_eq!(erc.title.as_str(), "42nd European Regional Conference");
    assert_eq!(
        erc.series.as_ref().unwrap().as_str(),
        "interpol-european-regional-conference"
    );
    let organizer = d.organization(&erc.organizer).unwrap();
    assert_eq!(organizer.name.as_str(), "INTERPOL");
    assert_eq!(
        organizer.kind,
        OrganizationKind::IntergovernmentalOrganization
    );
    let region = d.region(erc.region.as_ref().unwrap()).unwrap();
    assert_eq!(region.name.as_str(), "European region");
    assert_eq!(region.organizer, erc.organizer);

    let venue = erc.venue.as_ref().unwrap();
    assert_eq!(venue.city.as_ref().unwrap().as_str(), "Budapest");
    assert_eq!(venue.country, Some(CountryCode::from_static("HU")));
    assert_eq!(venue.country.unwrap().name(), "Hungary");

    let days = erc.dates.exact().unwrap();
    assert_eq!(days.start().to_string(), "2013-05-14");
    assert_eq!(days.end().to_string(), "2013-05-16");
    assert_eq!(days.days(), 3);
    assert_eq!(days.to_string(), "14–16 May 2013");
}

#[test]
fn attendance_140_delegates_exact_and_some_50_countries() {
    let d = dataset();
    let erc = &d.conferences[0];
    let delegates: Vec<_> = erc.attendance_of(Measure::Delegates).collect();
    assert_eq!(delegates.len(), 1);
    assert_eq!(delegates[0].count.unwrap().qualifier(), Qualifier::Exact);
    assert_eq!(delegates[0].count.unwrap().value(), 140);
    assert_eq!(delegates[0].count.unwrap().to_string(), "140");
    let countries: Vec<_> = erc.attendance_of(Measure::Countries).collect();
    assert_eq!(countries.len(), 1);
    assert_eq!(countries[0].count.unwrap().qualifier(), Qualifier::About);
    assert_eq!(countries[0].count.unwrap().value(), 50);
    assert_eq!(countries[0].count.unwrap().to_string(), "some 50");
    assert_eq!(
        countries[0].sources,
        vec![id::<regional_conference::id::SourceId>(
            "interpol-release-2013-05-16"
        )]
    );
}

#[test]
fn the_eight_themes_on_the_agenda() {
    let d = dataset();
    let expected: Vec<Topic> = [
        KnownTopic::Terrorism,
        KnownTopic::HumanTrafficking,
        KnownTopic::DrugTrafficking,
        KnownTopic::Cybercrime,
        KnownTopic::FugitiveInvestigations,
        KnownTopic::MajorEventSecurity,
        KnownTopic::FinancialCrime,
        KnownTopic::CapacityBuilding,
    ]
    .into_iter()
    .map(Topic::from)
    .collect();
    assert_eq!(d.conferences[0].topics, expected);
    let labels: Vec<_> = expected.iter().map(|t| t.label().into_owned()).collect();
    assert_eq!(
        labels,
        [
            "terrorism",
            "human trafficking",
            "drug trafficking",
            "cybercrime",
            "fugitive investigations",
            "major event and sports security",
            "financial crime",
            "capacity building and training"
        ]
    );
}

#[test]
fn the_three_year_strategy_2014_16_endorsed_by_this_conference() {
    let d = dataset();
    assert_eq!(d.strategies.len(), 1);
    let s = &d.strategies[0];
    assert_eq!(s.period.to_string(), "2014–16");
    assert_eq!((s.period.start(), s.period.end()), (2014, 2016));
    assert_eq!(s.period.years(), 3);
    assert_eq!(s.stated_years.map(std::num::NonZeroU8::get), Some(3));
    assert_eq!(s.region.as_ref().unwrap().as_str(), "interpol-europe");
    assert_eq!(s.endorsed_by.as_ref(), Some(&d.conferences[0].id));
    assert!(d.conferences[0].decisions.iter().any(|dec| matches!(
        dec,
        Decision::EndorseStrategy { strategy, .. } if *strategy == s.id
    )));
}

#[test]
fn four_recommendations_to_the_european_member_countries() {
    let d = dataset();
    let erc = &d.conferences[0];
    let actions: Vec<&str> = d
        .recommendations
        .iter()
        .map(|r| r.action.as_str())
        .collect();
    assert_eq!(
        actions,
        [
            "optimize the use of the tools developed under the INTERPOL Firearms Programme",
            "promote international action in the recovery of illegal assets",
            "enhance INTERPOL’s cooperation with Europol to fight cybercrime",
            "facilitate international police cooperation by developing interoperability between police information systems",
        ]
    );
    for r in &d.recommendations {
        assert_eq!(r.adopted_at, erc.id);
        assert_eq!(
            r.addressees,
            vec![Addressee::RegionMembers {
                region: id("interpol-europe")
            }]
        );
    }
    let firearms = d.organization(&d.recommendations[0].programmes[0]).unwrap();
    assert_eq!(firearms.name.as_str(), "INTERPOL Firearms Programme");
    assert_eq!(firearms.kind, OrganizationKind::Programme);
    assert_eq!(firearms.parent.as_ref(), Some(&erc.organizer));
    assert_eq!(
        d.recommendations[1].topics,
        vec![Topic::from(KnownTopic::IllegalAssetRecovery)]
    );
    let europol = d.organization(&d.recommendations[2].partners[0]).unwrap();
    assert_eq!(europol.name.as_str(), "Europol");
    assert_eq!(
        d.recommendations[2].topics,
        vec![Topic::from(KnownTopic::Cybercrime)]
    );
    assert!(
        d.recommendations[3]
            .topics
            .contains(&Topic::from(KnownTopic::InformationSystemInteroperability))
    );
    let adopted: Vec<_> = erc
        .decisions
        .iter()
        .find_map(|dec| match dec {
            Decision::AdoptRecommendations {
                recommendations, ..
            } => Some(recommendations.clone()),
            _ => None,
        })
        .unwrap();
    let all: Vec<_> = d.recommendations.iter().map(|r| r.id.clone()).collect();
    assert_eq!(adopted, all);
}

#[test]
fn three_officials_with_their_positions_and_quotes_verbatim() {
    let d = dataset();
    let names: Vec<&str> = d.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        ["Károly Papp", "Mireille Ballestrazzi", "Ronald K. Noble"]
    );
    let position = |person: &str| {
        let p = d.person(&id(person)).unwrap();
        assert_eq!(p.positions.len(), 1);
        let pos = &p.positions[0];
        let org = d.organization(pos.organization.as_ref().unwrap()).unwrap();
        (pos.title.as_str().to_owned(), org.name.as_str().to_owned())
    };
    assert_eq!(
        position("karoly-papp"),
        (
            "High Commissioner".to_owned(),
            "Hungarian National Police".to_owned()
        )
    );
    assert_eq!(
        position("mireille-ballestrazzi"),
        ("President".to_owned(), "INTERPOL".to_owned())
    );
    assert_eq!(
        position("ronald-k-noble"),
        ("Secretary General".to_owned(), "INTERPOL".to_owned())
    );
    let police = d.organization(&id("hungarian-national-police")).unwrap();
    assert_eq!(police.country, Some(CountryCode::from_static("HU")));

    let statements = &d.conferences[0].statements;
    let said: Vec<(&str, StatementKind, &str)> = statements
        .iter()
        .map(|s| (s.speaker.as_str(), s.kind, s.text.as_str()))
        .collect();
    assert_eq!(
        said,
        [
            (
                "karoly-papp",
                StatementKind::Quote,
                "INTERPOL for decades has strengthened the connections between law enforcement entities worldwide"
            ),
            (
                "karoly-papp",
                StatementKind::Paraphrase,
                "the strategic measures approved by the conference would provide significant guidelines for law enforcement both in Europe and beyond its borders"
            ),
            (
                "mireille-ballestrazzi",
                StatementKind::Quote,
                "The geopolitical and technological developments of the last 10 years have considerably altered the challenges faced by the global law enforcement community. To help meet these evolving challenges INTERPOL has created global tools and services, developed modern solutions and created partnerships to help its member countries address 21st century crime"
            ),
            (
                "ronald-k-noble",
                StatementKind::Quote,
                "As we saw with the tragic events in Boston, terrorists and criminals will exploit all opportunities to strike at innocent citizens"
            ),
            (
                "ronald-k-noble",
                StatementKind::Quote,
                "INTERPOL must continue to provide and promote innovative, collaborative and cutting-edge solutions to global security challenges. Our vision is that of a world where each law enforcement professional will be able, through INTERPOL, to securely communicate, share and access vital police information whenever and wherever needed, to ensure the safety of citizens"
            ),
        ]
    );
    // Every statement's words appear in the release exactly as published.
    for s in statements {
        assert!(SEED.contains(s.text.as_str()), "{}", s.text.as_str());
        assert_eq!(s.language.as_str(), "en");
        let capacity = s.capacity.as_ref().unwrap();
        let speaker = d.person(&s.speaker).unwrap();
        assert_eq!(capacity.title, speaker.positions[0].title);
        assert_eq!(capacity.organization, speaker.positions[0].organization);
    }
    assert_eq!(
        statements[0].context.as_ref().unwrap().as_str(),
        "Closing the conference"
    );
    assert_eq!(
        statements[0].topics,
        vec![
            Topic::from(KnownTopic::OrganizedCrime),
            Topic::from(KnownTopic::IllegalImmigration)
        ]
    );
    assert_eq!(
        statements[3].context.as_ref().unwrap().as_str(),
        "in talks during the conference"
    );
}

#[test]
fn igmese_created_by_an_initiative_signed_with_the_qatar_2022_supreme_committee_in_november_2012() {
    let d = dataset();
    let igmese = d.organization(&id("igmese")).unwrap();
    assert_eq!(
        igmese.name.as_str(),
        "INTERPOL Group of Major Event Security Experts"
    );
    assert_eq!(igmese.acronym.as_ref().unwrap().as_str(), "IGMESE");
    assert_eq!(igmese.kind, OrganizationKind::ExpertGroup);
    let founding = igmese.founding.as_ref().unwrap();
    assert_eq!(founding.instrument.as_ref().unwrap().as_str(), "initiative");
    let signed = founding.date.unwrap();
    assert_eq!(signed.precision(), Precision::Month);
    assert_eq!(
        (signed.year(), signed.month(), signed.day()),
        (2012, Some(11), None)
    );
    assert_eq!(signed.to_string(), "2012-11");
    let parties: Vec<&str> = founding
        .parties
        .iter()
        .map(|p| d.organization(p).unwrap().name.as_str())
        .collect();
    assert_eq!(parties, ["INTERPOL", "Qatar 2022 Supreme Committee"]);
}

#[test]
fn boston_raised_under_major_event_security() {
    let d = dataset();
    let agenda = &d.conferences[0].agenda;
    assert_eq!(agenda.len(), 1);
    let item = &agenda[0];
    assert_eq!(
        item.title.as_str(),
        "INTERPOL’s role in supporting the security and safety of major international sports events"
    );
    assert!(
        item.topics
            .contains(&Topic::from(KnownTopic::MajorEventSecurity))
    );
    assert_eq!(
        item.points[0].as_str(),
        "The recent terror attacks in Boston underscored the role of international cooperation to secure major public events."
    );
    assert_eq!(item.organizations, vec![id("igmese")]);
}

#[test]
fn the_release_of_16_may_2013() {
    let d = dataset();
    assert_eq!(d.media_releases.len(), 1);
    let r = &d.media_releases[0];
    assert_eq!(r.kind, ReleaseKind::MediaRelease);
    assert_eq!(r.published.to_string(), "2013-05-16");
    assert_eq!(
        r.headline.as_str(),
        "INTERPOL meeting strengthens collaboration among European members against international crime"
    );
    let dateline = r.dateline.as_ref().unwrap();
    assert_eq!(dateline.place.as_str(), "BUDAPEST");
    assert_eq!(dateline.country, CountryCode::from_static("HU"));
    assert_eq!(dateline.to_string(), "BUDAPEST, Hungary");
    assert_eq!(r.about, vec![d.conferences[0].id.clone()]);
    let quoted: Vec<_> = d.conferences[0]
        .statements
        .iter()
        .map(|s| s.id.clone())
        .collect();
    assert_eq!(r.quotes, quoted);
    assert_eq!(r.paragraphs.len(), 12);
    // Every paragraph is the release's text, character for character.
    for p in &r.paragraphs {
        for line in p.as_str().lines() {
            assert!(SEED.contains(line), "{line}");
        }
    }
    assert!(
        r.paragraphs[0]
            .as_str()
            .starts_with("BUDAPEST, Hungary – INTERPOL’s 42nd")
    );
    let source = d.source(r.source.as_ref().unwrap()).unwrap();
    assert_eq!(source.title.as_ref(), Some(&r.headline));
    assert_eq!(source.published.unwrap().to_string(), "2013-05-16");
}

#[test]
fn romania_designated_host_of_the_43rd_conference_in_2014() {
    let d = dataset();
    let erc = &d.conferences[0];
    let designation: &HostDesignation = erc
        .decisions
        .iter()
        .find_map(|dec| match dec {
            Decision::DesignateHost(h) => Some(h),
            _ => None,
        })
        .unwrap();
    assert_eq!(designation.country, Some(CountryCode::from_static("RO")));
    assert_eq!(designation.country.unwrap().name(), "Romania");
    assert_eq!(designation.ordinal.unwrap().to_string(), "43rd");
    assert_eq!(
        designation.ordinal,
        erc.ordinal.map(regional_conference::Ordinal::next)
    );
    assert_eq!(Some(&designation.series), erc.series.as_ref());
    assert_eq!(designation.date.unwrap().to_string(), "2014");
    assert_eq!(designation.date.unwrap().precision(), Precision::Year);
    assert_eq!(designation.city, None);
    assert_eq!(
        designation.text.as_ref().unwrap().as_str(),
        "The conference closed with delegates designating Romania as host country for the 43rd INTERPOL European Regional Conference in 2014."
    );
}
