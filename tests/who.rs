//! Vocabulary 1.2, part 2: who did what at a session, in which capacity — roles, capacities by
//! reference, titles as sources write them, name forms.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use regional_conference::person::NameForm;
use regional_conference::validate::Validate;
use regional_conference::{Audience, Dataset, decode};

mod common;

use common::{messages as report, triples as expect};

/// One session with `extra` on it, and one person holding two positions.
fn session(extra: &str) -> String {
    format!(
        r#"{{"schema_version": "1.2",
        "organizations": [{{"id": "o", "name": "O", "kind": "intergovernmental_organization"}}],
        "people": [{{"id": "p", "name": "P", "positions": [
            {{"id": "vp", "title": "Vice-President", "organization": "o", "from": "2017",
              "other_titles": [{{"title": "Vice-Président", "language": "fr"}}, {{"title": "VP", "abbreviation": true}}]}},
            {{"id": "minister", "title": "Minister of the Interior", "acting": true, "to": "2018-06"}}]}}],
        "conferences": [{{"id": "c", "organizer": "o", "kind": "other", "title": "T",
          "dates": {{"start": "2018-09-11", "end": "2018-09-13"}}{extra}}}]}}"#
    )
}

fn said_as(capacity: &str) -> String {
    session(&format!(
        r#", "statements": [{{"id": "s", "speaker": "p", "capacity": {capacity}, "kind": "quote", "text": "Words.", "language": "en"}}]"#
    ))
}

#[test]
fn a_title_matches_however_the_source_writes_it() {
    for title in [
        "Vice President",
        "vice-president",
        "Vice-Président",
        "VP",
        "VICE PRESIDENT",
    ] {
        assert_eq!(
            report(&said_as(&format!(
                r#"{{"title": "{title}", "organization": "o"}}"#
            ))),
            expect(&[]),
            "{title}"
        );
    }
}

#[test]
fn a_title_that_matches_nothing_names_the_nearest_recorded_position() {
    assert_eq!(
        report(&said_as(r#"{"title": "President", "organization": "o"}"#)),
        expect(&[(
            "statement.capacity.not_held",
            "/conferences/0/statements/0/capacity",
            r#""p" spoke as "President" of "o", a position they are not recorded as holding on 2018-09-11; the nearest recorded position is "Vice-President" of "o""#
        )])
    );
    // "Acting …" is the title of an acting position, while it is held.
    let acting = said_as(r#"{"title": "Acting Minister of the Interior"}"#);
    assert_eq!(
        report(&acting),
        expect(&[(
            "statement.capacity.not_held",
            "/conferences/0/statements/0/capacity",
            r#""p" spoke as "Acting Minister of the Interior", a position they are not recorded as holding on 2018-09-11; the nearest recorded position is "Minister of the Interior""#
        )])
    );
    let earlier = acting.replace(r#""to": "2018-06""#, r#""to": "2018-12""#);
    assert_eq!(report(&earlier), expect(&[]));
}

#[test]
fn capacities_by_reference_name_positions_the_speaker_has() {
    let two = session(
        r#", "statements": [{"id": "s", "speaker": "p", "capacities": [{"position": "vp"}, {"position": "minister"}, {"position": "chair"}, {"on_behalf_of": "o"}], "kind": "quote", "text": "Words.", "language": "en"}]"#,
    );
    assert_eq!(
        report(&two),
        expect(&[
            (
                "statement.capacity.not_held",
                "/conferences/0/statements/0/capacities/1/position",
                r#""p" spoke as "Minister of the Interior" (position "minister"), which they are not recorded as holding on 2018-09-11"#
            ),
            (
                "capacity.position.unknown",
                "/conferences/0/statements/0/capacities/2/position",
                r#""p" has no position with the id "chair""#
            ),
        ])
    );
    let err = decode::from_str::<Dataset>(&session(
        r#", "statements": [{"id": "s", "speaker": "p", "capacities": [{"wording": "as host"}], "kind": "quote", "text": "Words.", "language": "en"}]"#,
    ))
    .unwrap_err();
    assert_eq!(
        (err.pointer(), err.message()),
        (
            "/conferences/0/statements/0/capacities/0",
            "a capacity names a position, whom it acts for (on_behalf_of), or both"
        )
    );
}

#[test]
fn roles_are_held_by_people_or_organisations_within_the_session() {
    let json = session(
        r#", "roles": [
            {"role": "chair", "person": "p", "capacities": [{"position": "vp"}]},
            {"role": "opened", "person": "p", "date": "2018-09-14"},
            {"role": "held_on_behalf", "organization": "o", "capacities": [{"position": "vp"}]},
            {"role": "addressed", "person": "p", "capacities": [{"position": "secretary"}]}]"#,
    );
    assert_eq!(
        report(&json),
        expect(&[
            (
                "role.date.outside",
                "/conferences/0/roles/1/date",
                r#"the role "opened" is dated 2018-09-14, outside the session (11–13 September 2018)"#
            ),
            (
                "capacity.position.unknown",
                "/conferences/0/roles/2/capacities/0/position",
                r#"the role is held by the organization "o", which has no positions; "vp" names none"#
            ),
            (
                "capacity.position.unknown",
                "/conferences/0/roles/3/capacities/0/position",
                r#""p" has no position with the id "secretary""#
            ),
        ])
    );
}

#[test]
fn a_role_goes_with_the_person_a_view_withholds() {
    let json = r#"{"schema_version": "1.2", "marking": "TLP:CLEAR",
        "organizations": [{"id": "o", "name": "O", "kind": "intergovernmental_organization"}],
        "people": [{"id": "p", "name": "P"}, {"id": "q", "name": "Q", "marking": "TLP:AMBER"}],
        "conferences": [{"id": "c", "organizer": "o", "kind": "other", "title": "T", "dates": "2018",
          "roles": [{"role": "chair", "person": "p"}, {"role": "opened", "person": "q"},
                    {"role": "addressed", "organization": "o", "marking": "TLP:RED"}]}]}"#;
    let dataset: Dataset = decode::from_str(json).unwrap();
    let public = dataset.view_for(Audience::PUBLIC);
    let roles = &public.dataset.conferences[0].roles;
    assert_eq!(roles.len(), 1);
    assert_eq!(
        serde_json::to_string(&roles[0]).unwrap(),
        r#"{"role":"chair","person":"p"}"#
    );
    assert_eq!((public.withheld.people, public.withheld.roles), (1, 2));
    assert!(public.dataset.validate().is_valid());
}

#[test]
fn names_are_strings_or_say_what_form_they_are() {
    let json = r#"{"schema_version": "1.2", "people": [{"id": "t", "name": "Tan (Wei-ming)", "nationality": "SG",
        "other_names": ["Tan W.", {"name": "Tan Wei-ming", "form": "family_first", "given": "Wei-ming", "family": "Tan"}]}]}"#;
    let dataset: Dataset = decode::from_str(json).unwrap();
    let names = &dataset.people[0].other_names;
    assert!(matches!(&names[0], NameForm::Plain(n) if n.as_str() == "Tan W."));
    assert_eq!(names[1].name().as_str(), "Tan Wei-ming");
    let back: serde_json::Value = serde_json::to_value(&dataset).unwrap();
    assert_eq!(
        back,
        serde_json::from_str::<serde_json::Value>(json).unwrap()
    );
    let err = decode::from_str::<Dataset>(
        r#"{"schema_version": "1.2", "people": [{"id": "t", "name": "T", "other_names": [{"nom": "X"}]}]}"#,
    )
    .unwrap_err();
    assert_eq!(
        (err.pointer(), err.message()),
        (
            "/people/0/other_names/0",
            "a name: a string, or an object with its \"name\""
        )
    );
}
