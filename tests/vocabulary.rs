//! The vocabulary says what real conference reports say, beyond the seed: other bodies and
//! session kinds, vague counts, partial dates, several and acting positions, names spelled
//! several ways, historical and user-assigned countries, sources that disagree, quotes that
//! survive only in French, a host organisation that is not the city, a host designated two
//! years ahead with no city named — and every valid fixture round-trips unchanged.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::fs;
use std::path::Path;

mod common;

use common::id;
use regional_conference::conference::{ConferenceKind, EventRelation, Measure};
use regional_conference::count::Qualifier;
use regional_conference::country::CountryStatus;
use regional_conference::date::Precision;
use regional_conference::delegation::{ParticipationStatus, Party};
use regional_conference::recommendation::Addressee;
use regional_conference::statement::StatementKind;
use regional_conference::{CountryCode, Dataset, Decision, Topic, decode};

const BREADTH: &str = include_str!("fixtures/valid/breadth.json");

fn breadth() -> Dataset {
    decode::from_str(BREADTH).unwrap()
}

#[test]
fn every_valid_fixture_round_trips_to_equal_values_and_identical_json() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    let mut seen = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if path.extension().is_none_or(|e| e != "json") || name.ends_with(".expected.json") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let first: Dataset =
            decode::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let json = serde_json::to_string_pretty(&first).unwrap();
        let second: Dataset = decode::from_str(&json).unwrap();
        assert_eq!(first, second, "{}", path.display());
        assert_eq!(
            serde_json::to_string_pretty(&second).unwrap(),
            json,
            "{}",
            path.display()
        );
        // Nothing the producer wrote is lost: the re-serialised document means the same JSON
        // (a number is compared by value: `140.0` is written back as `140`).
        let original = integral(serde_json::from_str(&text).unwrap());
        let rewritten = integral(serde_json::from_str(&json).unwrap());
        assert_eq!(original, rewritten, "{}", path.display());
        seen += 1;
    }
    assert!(
        seen >= 2,
        "expected at least two valid fixtures, found {seen}"
    );
}

/// `value` with every integral float written as an integer, as JSON's data model has one kind of
/// number.
fn integral(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Number(n) => match n.as_f64() {
            #[allow(clippy::cast_possible_truncation)]
            Some(f) if n.is_f64() && f.fract() == 0.0 && f.abs() < 9.0e15 => Value::from(f as i64),
            _ => Value::Number(n),
        },
        Value::Array(items) => Value::Array(items.into_iter().map(integral).collect()),
        Value::Object(map) => {
            Value::Object(map.into_iter().map(|(k, v)| (k, integral(v))).collect())
        }
        other => other,
    }
}

#[test]
fn general_assemblies_and_extraordinary_sessions_without_a_region() {
    let d = breadth();
    let kinds: Vec<_> = d.conferences.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [
            ConferenceKind::GeneralAssembly,
            ConferenceKind::ExtraordinarySession,
            ConferenceKind::RegionalConference
        ]
    );
    assert_eq!(d.conferences[0].region, None);
    assert_eq!(d.conferences[1].ordinal.unwrap().to_string(), "1st");
}

#[test]
fn dates_known_only_to_the_month_or_year() {
    let d = breadth();
    let ga = &d.conferences[0];
    assert_eq!(ga.dates.exact(), None);
    assert_eq!(ga.dates.to_string(), "2004-10");
    assert_eq!(ga.dates.earliest().to_string(), "2004-10-01");
    assert_eq!(ga.dates.latest().to_string(), "2004-10-31");
    assert_eq!(d.conferences[1].dates.to_string(), "2005");
    let erc = d.conferences[2].dates.exact().unwrap();
    assert_eq!(erc.to_string(), "30 April – 2 May 2005");
    assert_eq!(erc.days(), 3);
}

#[test]
fn vague_counts_and_sources_that_disagree_are_all_kept() {
    let d = breadth();
    let ga = &d.conferences[0];
    let countries: Vec<(u32, &str)> = ga
        .attendance_of(Measure::Countries)
        .map(|a| (a.count.unwrap().value(), a.sources[0].as_str()))
        .collect();
    assert_eq!(
        countries,
        [(44, "bulletin-2004-11"), (46, "newspaper-2004-10-15")]
    );
    let officials = ga.attendance_of(Measure::Officials).next().unwrap();
    assert_eq!(officials.count.unwrap().qualifier(), Qualifier::MoreThan);
    assert_eq!(officials.count.unwrap().to_string(), "more than 160");
    let participants = ga.attendance_of(Measure::Participants).next().unwrap();
    assert_eq!(participants.count.unwrap().to_string(), "nearly 300");
    let observers = ga.attendance_of(Measure::Observers).next().unwrap();
    assert_eq!(observers.count.unwrap().to_string(), "10–15");
    assert_eq!(ga.delegations[1].size.unwrap().to_string(), "some 6");
}

#[test]
fn several_positions_at_once_and_over_time_one_acting() {
    let d = breadth();
    let p = d.person(&id("olena-kovalenko")).unwrap();
    let titles: Vec<(&str, bool, Option<String>, Option<String>)> = p
        .positions
        .iter()
        .map(|pos| {
            (
                pos.title.as_str(),
                pos.acting,
                pos.from.map(|f| f.to_string()),
                pos.to.map(|t| t.to_string()),
            )
        })
        .collect();
    assert_eq!(
        titles,
        [
            (
                "Deputy Minister of Internal Affairs",
                false,
                Some("2001".to_owned()),
                Some("2004-02".to_owned())
            ),
            (
                "Head",
                true,
                Some("2004-03".to_owned()),
                Some("2005".to_owned())
            ),
            ("Chair", false, Some("2004-10-14".to_owned()), None),
        ]
    );
    assert_eq!(p.honorific.as_ref().unwrap().as_str(), "General");
}

#[test]
fn names_spelled_several_ways() {
    let d = breadth();
    let p = d.person(&id("olena-kovalenko")).unwrap();
    let others: Vec<&str> = p.other_names.iter().map(|n| n.name().as_str()).collect();
    assert_eq!(others, ["Олена Коваленко", "Elena Kovalenko"]);
    let venue = d.conferences[0].venue.as_ref().unwrap();
    assert_eq!(venue.city.as_ref().unwrap().as_str(), "Kiev");
    let spellings: Vec<&str> = venue
        .city_other_names
        .iter()
        .map(regional_conference::Text::as_str)
        .collect();
    assert_eq!(spellings, ["Kyiv", "Київ"]);
    assert_eq!(
        d.conferences[2]
            .venue
            .as_ref()
            .unwrap()
            .city
            .as_ref()
            .unwrap()
            .as_str(),
        "Chișinău"
    );
}

#[test]
fn historical_and_user_assigned_countries() {
    let d = breadth();
    let scg = d.organization(&id("scg-ministry-of-interior")).unwrap();
    let cs = scg.country.unwrap();
    assert_eq!(cs.status(), CountryStatus::Historical);
    assert_eq!(cs.name(), "Serbia and Montenegro");
    assert_eq!(cs.info().withdrawn(), Some("2006-09-26"));
    let kosovo = d.organization(&id("kosovo-police")).unwrap();
    assert_eq!(
        kosovo.country.unwrap().status(),
        CountryStatus::UserAssigned
    );
    assert_eq!(
        d.conferences[0].delegations[1].party(),
        &Party::Country(CountryCode::from_static("CS"))
    );
    assert_eq!(
        d.conferences[0].delegations[2].party(),
        &Party::Organization(id("kosovo-police"))
    );
    assert_eq!(
        d.conferences[0].delegations[2].status,
        Some(ParticipationStatus::Guest)
    );
}

#[test]
fn a_quote_that_survives_only_in_french_and_one_with_translations() {
    let d = breadth();
    let statements = &d.conferences[0].statements;
    let french = &statements[0];
    assert_eq!(french.kind, StatementKind::Quote);
    assert_eq!(french.language.as_str(), "fr");
    assert_eq!(
        french.text.as_str(),
        "La coopération policière ne connaît pas de frontières."
    );
    assert!(french.translations.is_empty());
    let welcome = &statements[1];
    assert_eq!(welcome.language.as_str(), "uk");
    let en = welcome.translations.get(&id("en")).unwrap();
    assert_eq!(en.as_str(), "Delegates are welcome in Kyiv.");
    assert_eq!(welcome.translations.len(), 2);
}

#[test]
fn a_host_organisation_that_is_not_the_host_city() {
    let d = breadth();
    let venue = d.conferences[0].venue.as_ref().unwrap();
    assert_eq!(
        venue.host.as_ref().unwrap().as_str(),
        "ukraine-national-police"
    );
    assert_eq!(
        venue.name.as_ref().unwrap().as_str(),
        "National Palace of Arts"
    );
    let es = d.conferences[1].venue.as_ref().unwrap();
    assert_eq!(es.city, None);
    assert_eq!(
        es.host.as_ref().unwrap().as_str(),
        "scg-ministry-of-interior"
    );
}

#[test]
fn a_host_designated_two_years_ahead_with_no_city() {
    let d = breadth();
    let ga = &d.conferences[0];
    let Decision::DesignateHost(h) = &ga.decisions[0] else {
        panic!("expected a host designation, found {:?}", ga.decisions[0]);
    };
    assert_eq!(h.ordinal.unwrap().to_string(), "14th");
    assert_eq!(h.country.unwrap().name(), "Romania");
    assert_eq!(h.city, None);
    assert_eq!(h.date.unwrap().precision(), Precision::Year);
    assert_eq!(h.date.unwrap().year() - ga.dates.year(), 2);
    let kinds: Vec<&str> = ga.decisions.iter().map(Decision::kind).collect();
    assert_eq!(
        kinds,
        [
            "designate_host",
            "elect",
            "establish_body",
            "admit_member",
            "other"
        ]
    );
}

#[test]
fn addressees_custom_topics_related_events_and_extensions() {
    let d = breadth();
    let rec = &d.recommendations[0];
    assert_eq!(
        rec.addressees,
        vec![
            Addressee::Countries {
                countries: vec![
                    CountryCode::from_static("MD"),
                    CountryCode::from_static("UA")
                ]
            },
            Addressee::Organization {
                organization: id("rpcc-general-secretariat")
            }
        ]
    );
    assert_eq!(
        d.conferences[0].topics[2],
        Topic::new("custom:wildlife_trafficking").unwrap()
    );
    assert_eq!(
        d.conferences[0].related_events[0].relation,
        EventRelation::HasPart
    );
    let ext = d.organizations[0].extensions.as_ref().unwrap();
    assert_eq!(
        ext.as_json(),
        r#"{"registry_number": 123456789012345678901234567890, "z_last": true, "a_first": [1.50, "x"]}"#
    );
    assert_eq!(
        d.extensions.as_ref().unwrap().as_json(),
        r#"{"producer": "registration-tool", "version": 3}"#
    );
}
