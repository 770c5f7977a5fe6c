//! Offices held over time (vocabulary 1.2): an office with its tenures, term lengths on
//! offices and on elections, positions naming their office, and the rules and views that see
//! them.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use regional_conference::count::Qualifier;
use regional_conference::decision::Decision;
use regional_conference::office::{EndCause, TermUnit};
use regional_conference::role::RoleHolder;
use regional_conference::validate::Validate;
use regional_conference::{Audience, Dataset, Marking, decode};

mod common;

use common::{manifest_dir, messages as report, read, triples as expect, violations};

fn fixture() -> String {
    read(
        &manifest_dir()
            .join("tests/fixtures/valid")
            .join("offices-held.json"),
    )
}

/// A dataset of one organisation `o`, one person `p`, one session `c`, and `extra` at the root.
fn dataset(extra: &str) -> String {
    format!(
        r#"{{"schema_version": "1.2",
        "organizations": [{{"id": "o", "name": "O", "kind": "intergovernmental_organization"}},
                          {{"id": "n", "name": "N", "kind": "national_agency", "country": "FJ"}}],
        "people": [{{"id": "p", "name": "P"}}],
        "conferences": [{{"id": "c", "organizer": "o", "kind": "other", "title": "T",
          "dates": {{"start": "2019-05-15", "end": "2019-05-17"}}}}]{extra}}}"#
    )
}

#[test]
fn the_fixture_reads_back_as_it_was_written() {
    let d: Dataset = decode::from_str(&fixture()).unwrap();
    assert!(d.validate().is_empty(), "{}", d.validate());
    let chair = d.office(&"eapcco-chair".parse().unwrap()).unwrap();
    assert_eq!(chair.other_titles[0].title.as_str(), "President");
    let term = chair.term.as_ref().unwrap();
    assert_eq!((term.count.value(), term.unit), (1, TermUnit::Years));
    assert_eq!(
        chair.holders[0].holder,
        RoleHolder::Country("BI".parse().unwrap())
    );
    assert_eq!(
        chair.holders[0].ended.as_ref().map(|e| e.cause),
        Some(EndCause::TermCompleted)
    );
    assert_eq!(
        chair.holders[3]
            .length
            .as_ref()
            .map(|t| t.count.qualifier()),
        Some(Qualifier::AtLeast)
    );
    // Two people's positions under two titles are one office.
    let offices: Vec<_> = d.people[..2]
        .iter()
        .map(|p| p.positions[0].office.as_ref().unwrap().as_str())
        .collect();
    assert_eq!(offices, ["eapcco-chair", "eapcco-chair"]);
    let fiji = &d.offices[1];
    assert!(fiji.holders[0].suspended.is_some());
    assert_eq!(
        fiji.holders[1]
            .appointed_by
            .as_ref()
            .and_then(|a| a.person.as_ref())
            .map(regional_conference::id::PersonId::as_str),
        Some("wiliame-katonivere")
    );
    assert_eq!(fiji.holders[2].holder, RoleHolder::Unnamed);
    assert_eq!(
        d.offices[2]
            .rotation
            .as_ref()
            .and_then(|r| r.follows.as_ref())
            .map(regional_conference::id::OfficeId::as_str),
        Some("eu-council-presidency")
    );
    let Decision::ElectMembers { term, .. } = &d.conferences[0].decisions[0] else {
        panic!("not an election of members");
    };
    assert_eq!(term.as_ref().map(|t| t.count.value()), Some(1));
    let Decision::Appoint { term, .. } = &d.conferences[0].decisions[1] else {
        panic!("not an appointment");
    };
    assert_eq!(term.as_ref().map(|t| t.count.value()), Some(2));
    let json = serde_json::to_string(&d).unwrap();
    let again: Dataset = decode::from_str(&json).unwrap();
    assert_eq!(again, d);
}

#[test]
fn every_reference_of_an_office_must_resolve() {
    let json = dataset(
        r#", "offices": [{"id": "chair", "title": "Chair", "organization": "q",
            "rotation": {"rule": "R", "follows": "presidency"},
            "holders": [
              {"person": "x", "elected_at": "d", "appointed_by": {"person": "y", "organization": "z"},
               "sources": ["s"]},
              {"organization": "w", "ended": {"cause": "resigned", "sources": ["t"]}}]}]"#,
    )
    .replace(
        r#"{"id": "p", "name": "P"}"#,
        r#"{"id": "p", "name": "P", "positions": [{"title": "Chair", "office": "chairs"}]}"#,
    );
    assert_eq!(
        report(&json),
        expect(&[
            (
                "reference.unresolved",
                "/people/0/positions/0/office",
                r#"no office has the id "chairs""#
            ),
            (
                "reference.unresolved",
                "/offices/0/organization",
                r#"no organization has the id "q""#
            ),
            (
                "reference.unresolved",
                "/offices/0/rotation/follows",
                r#"no office has the id "presidency""#
            ),
            (
                "reference.unresolved",
                "/offices/0/holders/0/person",
                r#"no person has the id "x""#
            ),
            (
                "reference.unresolved",
                "/offices/0/holders/0/elected_at",
                r#"no conference has the id "d""#
            ),
            (
                "reference.unresolved",
                "/offices/0/holders/0/appointed_by/person",
                r#"no person has the id "y""#
            ),
            (
                "reference.unresolved",
                "/offices/0/holders/0/appointed_by/organization",
                r#"no organization has the id "z""#
            ),
            (
                "reference.unresolved",
                "/offices/0/holders/0/sources/0",
                r#"no source has the id "s""#
            ),
            (
                "reference.unresolved",
                "/offices/0/holders/1/organization",
                r#"no organization has the id "w""#
            ),
            (
                "reference.unresolved",
                "/offices/0/holders/1/ended/sources/0",
                r#"no source has the id "t""#
            ),
        ])
    );
}

#[test]
fn an_office_id_used_twice_is_a_duplicate_id() {
    let json = dataset(
        r#", "offices": [{"id": "chair", "title": "Chair"}, {"id": "chair", "title": "Chair"}]"#,
    );
    assert_eq!(
        report(&json),
        expect(&[(
            "id.duplicate",
            "/offices/1/id",
            r#"the office id "chair" is already used by another office"#
        )])
    );
}

#[test]
fn a_tenure_that_ends_before_it_starts_is_an_error() {
    let json = dataset(
        r#", "offices": [{"id": "chair", "title": "Chair", "holders": [
            {"country": "FJ", "from": "2019-05", "to": "2018"}]}]"#,
    );
    assert_eq!(
        report(&json),
        expect(&[(
            "office.tenure.dates.order",
            "/offices/0/holders/0/to",
            r#"the tenure of FJ in office "chair" ends (2018) before it starts (2019-05)"#
        )])
    );
}

#[test]
fn overlapping_tenures_warn_unless_acting_or_suspended() {
    let tenures = r#"{"person": "p", "from": "2019", "to": "2021"},
            {"title": "the new chair", "from": "2020-06", "to": "2022"}"#;
    let json = dataset(&format!(
        r#", "offices": [{{"id": "chair", "title": "Chair", "holders": [{tenures}]}}]"#
    ));
    assert_eq!(
        report(&json),
        expect(&[(
            "office.tenure.overlap",
            "/offices/0/holders/1/from",
            r#"the tenure of "the new chair" in office "chair" starts (2020-06) before that of "p" ends (2021)"#
        )])
    );
    // An acting holder, or a holder suspended meanwhile, explains two holders at once.
    let acting = json.replace(
        r#""title": "the new chair","#,
        r#""title": "the new chair", "acting": true,"#,
    );
    assert_eq!(report(&acting), expect(&[]));
    let suspended = json.replace(
        r#""to": "2021"}"#,
        r#""to": "2021", "suspended": {"from": "2020-06"}}"#,
    );
    assert_eq!(report(&suspended), expect(&[]));
    // A handover on one day, or in one month, is not an overlap; nor a country's term and the
    // people who held the office within it.
    let handover = json.replace(r#""from": "2020-06""#, r#""from": "2021""#);
    assert_eq!(report(&handover), expect(&[]));
    let country = json.replace(r#""title": "the new chair""#, r#""country": "FJ""#);
    assert_eq!(report(&country), expect(&[]));
}

#[test]
fn a_position_naming_an_office_of_another_organisation_is_a_warning() {
    let json = dataset(r#", "offices": [{"id": "chair", "title": "Chair", "organization": "o"}]"#)
        .replace(
            r#"{"id": "p", "name": "P"}"#,
            r#"{"id": "p", "name": "P", "positions": [
                {"title": "Chair", "organization": "n", "office": "chair"},
                {"title": "Chair", "organization": "o", "office": "chair"},
                {"title": "Chair", "office": "chair"}]}"#,
        );
    assert_eq!(
        report(&json),
        expect(&[(
            "position.office.organization",
            "/people/0/positions/0/office",
            r#"position "Chair" of "n" is a tenure of office "chair", which is an office of "o""#
        )])
    );
}

#[test]
fn a_tenure_has_one_holder_or_a_title() {
    for (holders, message) in [
        (
            r#"{"person": "p", "country": "FJ"}"#,
            "a tenure is held by one of a person, an organization and a country, not two",
        ),
        (
            r#"{"from": "2019"}"#,
            "a tenure is held by a person, an organization or a country; give one, or the `title` of a holder the source does not name",
        ),
    ] {
        let json = dataset(&format!(
            r#", "offices": [{{"id": "chair", "title": "Chair", "holders": [{holders}]}}]"#
        ));
        let err = decode::from_str::<Dataset>(&json).unwrap_err();
        assert!(err.message().starts_with(message), "{}", err.message());
        assert_eq!(err.pointer(), "/offices/0/holders/0");
    }
    let json = dataset(
        r#", "offices": [{"id": "chair", "title": "Chair", "term": {"count": {"qualifier": "exact", "value": 1}, "unit": "decades"}}]"#,
    );
    let err = decode::from_str::<Dataset>(&json).unwrap_err();
    assert!(
        err.message()
            .starts_with("unknown variant `decades`, expected `years` or `months`"),
        "{}",
        err.message()
    );
}

#[test]
fn a_term_is_a_field_of_elections_and_appointments_only() {
    let json = dataset("").replace(
        r#""title": "T","#,
        r#""title": "T", "decisions": [{"kind": "establish_body", "organization": "n",
            "term": {"count": {"qualifier": "exact", "value": 2}, "unit": "years"}}],"#,
    );
    let err = decode::from_str::<Dataset>(&json).unwrap_err();
    assert!(
        err.message()
            .starts_with("a decision of kind `establish_body` has no field `term`"),
        "{}",
        err.message()
    );
}

#[test]
fn a_view_withholds_a_tenure_with_its_holder_and_a_restricted_office_whole() {
    let mut d: Dataset = decode::from_str(&fixture()).unwrap();
    d.marking = Some(Marking::Clear);
    d.people[0].marking = Some(Marking::Red);
    d.offices[3].marking = Some(Marking::Amber);
    let public = d.view_for(Audience::PUBLIC);
    let json = serde_json::to_string(&public.dataset).unwrap();
    // Budomo's tenure goes with him; the rest of the chair's tenures stay.
    assert_eq!(public.dataset.offices[0].holders.len(), 3);
    assert!(!json.contains("frederic-budomo"), "{json}");
    assert_eq!(public.withheld.tenures, 1);
    // The presidency is withheld, and the rotation that follows it drops the reference.
    assert_eq!(public.dataset.offices.len(), 3);
    assert_eq!(public.withheld.offices, 1);
    assert!(
        public.dataset.offices[2]
            .rotation
            .as_ref()
            .is_some_and(|r| r.follows.is_none())
    );
    assert!(
        public.dataset.validate().is_valid(),
        "{}",
        public.dataset.validate()
    );
}

#[test]
fn an_office_title_naming_a_stricter_person_or_office_is_a_warning() {
    let mut d: Dataset = decode::from_str(&fixture()).unwrap();
    d.marking = Some(Marking::Clear);
    // Fong Chew's record is AMBER, but the public tenure after his says who he is.
    d.people[3].marking = Some(Marking::Amber);
    d.offices[1].holders[2].title =
        Some(regional_conference::Text::new("the new Commissioner, after Juki Fong Chew").unwrap());
    // The presidency is RED, and the public chair's title names it by its id.
    d.offices[3].marking = Some(Marking::Red);
    d.offices[2].title = regional_conference::Text::new("Chair (eu-council-presidency)").unwrap();
    let found: Vec<_> = violations(&d)
        .into_iter()
        .filter(|(code, _, _)| code == "marking.text.names_stricter")
        .collect();
    assert_eq!(
        found,
        expect(&[
            (
                "marking.text.names_stricter",
                "/offices/1/holders/2/title",
                r#"the tenure's title is marked TLP:CLEAR but names the person "Juki Fong Chew", marked TLP:AMBER: every view that shows the tenure's title shows the name"#
            ),
            (
                "marking.text.names_stricter",
                "/offices/2/title",
                r#"the office's title is marked TLP:CLEAR but names the office "eu-council-presidency", marked TLP:RED: every view that shows the office's title shows the name"#
            ),
        ])
    );
}
