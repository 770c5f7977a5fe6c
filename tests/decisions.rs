//! Vocabulary 1.2: what decisions say about themselves — an id, topics, purpose, addressees,
//! binding force, drafters — batches with a count, admissions as member or observer,
//! expected elections whose electee is not known yet with their candidates, and the versions
//! of one act that sources give (`version_of`, `rank`).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use regional_conference::claim::Rank;
use regional_conference::decision::{Admission, Electee};
use regional_conference::validate::Validate;
use regional_conference::{Audience, Dataset, Decision, Marking, decode};

mod common;

use common::{messages as report, triples as expect};

/// One session "c" of organisation "o" (with a body "b"), one person "p" with `person`'s
/// extra fields, two sources, and the decisions `decisions`.
fn dataset(person: &str, decisions: &str) -> String {
    format!(
        r#"{{"schema_version": "1.2", "marking": "TLP:CLEAR",
        "organizations": [{{"id": "o", "name": "O", "kind": "intergovernmental_organization"}},
                          {{"id": "b", "name": "B", "kind": "committee"}}],
        "people": [{{"id": "p", "name": "P"{person}}}],
        "sources": [{{"id": "s1", "url": "https://example.org/1"}}, {{"id": "s2", "url": "https://example.org/2"}}],
        "conferences": [
          {{"id": "c", "organizer": "o", "kind": "other", "title": "T",
            "venue": {{"city": "Algiers", "country": "DZ"}},
            "dates": {{"start": "2018-09-11", "end": "2018-09-13"}},
            "decisions": [{decisions}]}},
          {{"id": "d", "organizer": "o", "kind": "other", "title": "U",
            "venue": {{"city": "Tunis", "country": "TN"}}, "dates": "2019",
            "decisions": [{{"kind": "other", "text": "Closed.", "id": "d-closed"}}]}}]}}"#
    )
}

fn decisions(list: &str) -> String {
    dataset("", list)
}

fn decode_error(list: &str) -> String {
    decode::from_str::<Dataset>(&decisions(list))
        .unwrap_err()
        .to_string()
}

#[test]
fn what_a_decision_says_about_itself_reads_and_round_trips() {
    let json = decisions(
        r#"{"kind": "adopt_document", "form": "decision", "count": {"qualifier": "exact", "value": 26},
            "id": "c-decisions", "topics": ["cybercrime", "custom:livestock_theft"],
            "purpose": "against organised crime",
            "addressees": [{"kind": "member_countries", "organization": "o"}], "binding": true,
            "drafted_by": ["b"], "sources": ["s1"]}"#,
    );
    assert_eq!(report(&json), expect(&[]));
    let d: Dataset = decode::from_str(&json).unwrap();
    let batch = &d.conferences[0].decisions[0];
    let about = batch.particulars().unwrap();
    assert_eq!(
        batch.id().map(regional_conference::id::DecisionId::as_str),
        Some("c-decisions")
    );
    assert_eq!(about.binding, Some(true));
    assert_eq!(about.drafted_by[0].as_str(), "b");
    assert_eq!(about.topics.len(), 2);
    let Decision::AdoptDocument { count, .. } = batch else {
        panic!("{batch:?}")
    };
    assert_eq!(
        count.map(regional_conference::Count::as_stated),
        Some("26".to_owned())
    );
    let again: Dataset = decode::from_str(&serde_json::to_string(&d).unwrap()).unwrap();
    assert_eq!(again, d);
}

#[test]
fn a_decision_that_says_nothing_about_itself_has_no_particulars() {
    let d: Dataset = decode::from_str(&decisions(
        r#"{"kind": "other", "text": "Closed.", "topics": [], "drafted_by": []}"#,
    ))
    .unwrap();
    let closed = &d.conferences[0].decisions[0];
    assert_eq!(closed.particulars(), None);
    assert_eq!(
        serde_json::to_string(closed).unwrap(),
        r#"{"kind":"other","text":"Closed."}"#
    );
}

#[test]
fn what_a_decision_names_must_resolve() {
    let json = decisions(
        r#"{"kind": "other", "text": "Adopted.", "drafted_by": ["nobody"],
            "addressees": [{"kind": "organization", "organization": "nowhere"}]},
           {"kind": "elect_members", "status": "expected", "seat": "chair",
            "candidates": {"organizations": ["no-force"]}}"#,
    );
    assert_eq!(
        report(&json),
        expect(&[
            (
                "reference.unresolved",
                "/conferences/0/decisions/0/addressees/0/organization",
                r#"no organization has the id "nowhere""#
            ),
            (
                "reference.unresolved",
                "/conferences/0/decisions/0/drafted_by/0",
                r#"no organization has the id "nobody""#
            ),
            (
                "reference.unresolved",
                "/conferences/0/decisions/1/candidates/organizations/0",
                r#"no organization has the id "no-force""#
            ),
        ])
    );
}

#[test]
fn only_an_expected_election_may_leave_out_whom_it_elects() {
    let json = decisions(
        r#"{"kind": "elect_members", "status": "expected", "seat": "presidency", "elects": "country",
            "candidates": {"wording": "candidates will be nominated"}}"#,
    );
    assert_eq!(report(&json), expect(&[]));
    let d: Dataset = decode::from_str(&json).unwrap();
    let Decision::ElectMembers {
        elects, candidates, ..
    } = &d.conferences[0].decisions[0]
    else {
        panic!()
    };
    assert_eq!(*elects, Some(Electee::Country));
    assert_eq!(
        candidates
            .as_ref()
            .and_then(|c| c.wording.as_ref())
            .map(regional_conference::Text::as_str),
        Some("candidates will be nominated")
    );
    let taken = decode_error(r#"{"kind": "elect_members", "seat": "presidency"}"#);
    assert!(
        taken.contains("a decision of kind `elect_members` names the `countries` or `organizations` elected; only one with `status` `expected` may leave them out"),
        "{taken}"
    );
    let foreign = decode_error(
        r#"{"kind": "adopt_recommendations", "recommendations": [], "count": {"qualifier": "exact", "value": 2}}"#,
    );
    assert!(
        foreign.contains("a decision of kind `adopt_recommendations` has no field `count`"),
        "{foreign}"
    );
    let candidates = decode_error(
        r#"{"kind": "elect_members", "status": "expected", "candidates": {"people": ["p"]}}"#,
    );
    assert!(
        candidates.contains("unknown field `people`"),
        "{candidates}"
    );
}

#[test]
fn an_admission_says_as_what_and_that_others_were_admitted_too() {
    let json = decisions(
        r#"{"kind": "admit_member", "organization": "b", "admitted_as": ["member", "observer"],
            "others": "new members and observers"}"#,
    );
    assert_eq!(report(&json), expect(&[]));
    let d: Dataset = decode::from_str(&json).unwrap();
    let Decision::AdmitMember {
        admitted_as,
        others,
        ..
    } = &d.conferences[0].decisions[0]
    else {
        panic!()
    };
    assert_eq!(admitted_as, &[Admission::Member, Admission::Observer]);
    assert_eq!(
        others.as_ref().map(regional_conference::Text::as_str),
        Some("new members and observers")
    );
    let bad =
        decode_error(r#"{"kind": "admit_member", "organization": "b", "admitted_as": ["guest"]}"#);
    assert!(bad.contains("unknown variant `guest`"), "{bad}");
}

#[test]
fn a_version_names_another_decision_of_its_session() {
    let json = decisions(
        r#"{"kind": "other", "text": "A.", "id": "a"},
           {"kind": "other", "text": "A.", "version_of": "missing"},
           {"kind": "other", "text": "A.", "id": "self", "version_of": "self"},
           {"kind": "other", "text": "A.", "version_of": "d-closed"},
           {"kind": "other", "text": "A.", "id": "a"}"#,
    );
    assert_eq!(
        report(&json),
        expect(&[
            (
                "id.duplicate",
                "/conferences/0/decisions/4/id",
                r#"the decision id "a" is already used by another decision"#
            ),
            (
                "decision.version.unresolved",
                "/conferences/0/decisions/1/version_of",
                r#"version_of "missing" names no decision in the dataset"#
            ),
            (
                "decision.version.unresolved",
                "/conferences/0/decisions/2/version_of",
                r#"version_of "self" names the decision itself"#
            ),
            (
                "decision.version.unresolved",
                "/conferences/0/decisions/3/version_of",
                r#"version_of "d-closed" names a decision of "d", not of "c": the versions of one act are decisions of one session"#
            ),
        ])
    );
}

#[test]
fn versions_that_disagree_are_quoted_with_their_sources() {
    let json = decisions(
        r#"{"kind": "elect", "person": "p", "position": {"title": "President"}, "id": "e", "sources": ["s1"]},
           {"kind": "elect_members", "countries": ["DZ"], "seat": "presidency", "version_of": "e", "sources": ["s2"]},
           {"kind": "appoint", "person": "p", "position": {"title": "President"}, "version_of": "e", "rank": "deprecated", "sources": ["s2"]},
           {"kind": "elect", "person": "p", "position": {"title": "President"}, "version_of": "e", "rank": "normal"},
           {"kind": "elect", "person": "p", "position": {"title": "President"}, "version_of": "e", "status": "expected", "sources": ["s1", "s2"]}"#,
    );
    assert_eq!(
        report(&json),
        expect(&[
            (
                "decision.version.disagreement",
                "/conferences/0/decisions/1",
                r#"this version says elect_members of ["DZ"] to "presidency", taken (sources s2), but decision "e" says elect of "p" as "President", taken (sources s1)"#
            ),
            (
                "decision.version.disagreement",
                "/conferences/0/decisions/4",
                r#"this version says elect of "p" as "President", expected (sources s1, s2), but decision "e" says elect of "p" as "President", taken (sources s1)"#
            ),
        ])
    );
    let d: Dataset = decode::from_str(&json).unwrap();
    assert_eq!(
        d.conferences[0].decisions[2]
            .particulars()
            .and_then(|p| p.rank),
        Some(Rank::Deprecated)
    );
}

#[test]
fn a_view_that_withholds_a_decision_drops_the_versions_links_to_it() {
    let json = dataset(
        r#", "marking": "TLP:RED""#,
        r#"{"kind": "elect", "person": "p", "position": {"title": "President"}, "id": "e"},
           {"kind": "elect_members", "countries": ["DZ"], "version_of": "e", "rank": "normal"},
           {"kind": "other", "text": "Also.", "version_of": "e", "topics": ["cybercrime"]}"#,
    );
    let d: Dataset = decode::from_str(&json).unwrap();
    let view = d.view_for(Audience::cleared_for(Marking::Amber)).dataset;
    let kept = &view.conferences[0].decisions;
    assert_eq!(kept.len(), 2);
    assert_eq!(kept[0].version_of(), None);
    assert_eq!(
        kept[0].particulars().and_then(|p| p.rank),
        Some(Rank::Normal)
    );
    assert_eq!(kept[1].version_of(), None);
    assert_eq!(kept[1].particulars().map(|p| p.topics.len()), Some(1));
    assert!(view.validate().is_empty(), "{:?}", view.validate());
}

/// Sessions "a" (2017), "b" (2018) and "c" (2019) of organisation "o", each with the
/// decisions given, and the marking of "a".
fn three_sessions(a_marking: &str, a: &str, b: &str, c: &str) -> String {
    format!(
        r#"{{"schema_version": "1.2", "marking": "TLP:CLEAR",
        "organizations": [{{"id": "o", "name": "O", "kind": "intergovernmental_organization"}}],
        "conferences": [
          {{"id": "a", "organizer": "o", "kind": "other", "title": "A", "dates": "2017"{a_marking},
            "decisions": [{a}]}},
          {{"id": "b", "organizer": "o", "kind": "other", "title": "B", "dates": "2018",
            "decisions": [{b}]}},
          {{"id": "c", "organizer": "o", "kind": "other", "title": "C", "dates": "2019",
            "decisions": [{c}]}}]}}"#
    )
}

#[test]
fn an_endorsement_names_an_act_of_a_session_that_has_begun() {
    let json = three_sessions(
        "",
        r#"{"kind": "endorse_decision", "decision": "c-act"},
           {"kind": "endorse_decision", "decision": "no-act"}"#,
        r#"{"kind": "adopt_document", "form": "declaration", "id": "b-act"}"#,
        r#"{"kind": "other", "text": "Closed.", "id": "c-act"},
           {"kind": "endorse_decision", "decision": "b-act"}"#,
    );
    assert_eq!(
        report(&json),
        expect(&[
            (
                "reference.unresolved",
                "/conferences/0/decisions/1/decision",
                r#"no decision has the id "no-act""#
            ),
            (
                "decision.endorse.later",
                "/conferences/0/decisions/0/decision",
                r#"the decision endorses "c-act", taken at "c" (2019), which begins after "a" (2017) ends"#
            ),
        ])
    );
    let d: Dataset = decode::from_str(&json).unwrap();
    let endorse = &d.conferences[2].decisions[1];
    assert_eq!(endorse.kind(), "endorse_decision");
    assert_eq!(
        serde_json::to_string(endorse).unwrap(),
        r#"{"kind":"endorse_decision","decision":"b-act"}"#
    );
    assert_eq!(
        decode_error(r#"{"kind": "endorse_decision", "text": "Endorsed."}"#),
        "line 10, column 27, at /conferences/0/decisions/0: missing field `decision`"
    );
}

#[test]
fn a_view_withholds_an_endorsement_with_the_act_it_endorses_along_the_chain() {
    let json = three_sessions(
        r#", "marking": "TLP:RED""#,
        r#"{"kind": "adopt_document", "form": "declaration", "id": "a-act"}"#,
        r#"{"kind": "endorse_decision", "decision": "a-act", "id": "b-endorsement"},
           {"kind": "endorse_decision", "decision": "b-circle-2", "id": "b-circle-1"},
           {"kind": "endorse_decision", "decision": "b-circle-1", "id": "b-circle-2"}"#,
        r#"{"kind": "endorse_decision", "decision": "b-endorsement"},
           {"kind": "endorse_decision", "decision": "b-circle-1"}"#,
    );
    let d: Dataset = decode::from_str(&json).unwrap();
    // The endorsement is shared more widely than the act it endorses: a true warning.
    assert_eq!(
        common::violations(&d),
        expect(&[(
            "marking.reference.stricter",
            "/conferences/1/decisions/0/decision",
            r#"the decision is marked TLP:CLEAR but its decision "a-act" is marked TLP:RED: views below TLP:RED withhold the decision or drop the reference"#
        )])
    );

    let public = d.view_for(Audience::cleared_for(Marking::Clear));
    let v = &public.dataset;
    let ids = |c: usize| -> Vec<_> {
        v.conferences[c]
            .decisions
            .iter()
            .map(|d| d.id().map(|id| id.as_str().to_owned()))
            .collect()
    };
    assert_eq!(v.conferences.len(), 2);
    assert_eq!(
        ids(0),
        [Some("b-circle-1".to_owned()), Some("b-circle-2".to_owned())]
    );
    assert_eq!(ids(1), [None]);
    assert_eq!(public.withheld.decisions, 2);
    assert!(v.validate().is_empty(), "{:?}", v.validate());

    let whole = d.view_for(Audience::cleared_for(Marking::Red)).dataset;
    assert_eq!(whole, d);
}

#[test]
fn a_session_known_only_to_the_year_may_convene_one_later_that_year() {
    let json = three_sessions(
        "",
        r#"{"kind": "convene", "conference": "b"}"#,
        r#"{"kind": "convene", "conference": "b"}"#,
        r#"{"kind": "convene", "title": "Extraordinary session", "date": "2019-12"},
           {"kind": "convene", "title": "Special session", "date": "2018"},
           {"kind": "defer", "matter": "The budget", "date": "2019-11"}"#,
    );
    assert_eq!(
        report(&json),
        expect(&[
            (
                "decision.convene.not_later",
                "/conferences/1/decisions/0/conference",
                r#"the decision convenes "b" (2018), which does not come after "b" (2018)"#
            ),
            (
                "decision.convene.not_later",
                "/conferences/2/decisions/1/date",
                r#"the decision convenes a session for 2018, which does not come after "c" (2019)"#
            ),
        ])
    );
}
