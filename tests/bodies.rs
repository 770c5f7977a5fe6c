//! Vocabulary 1.2, bodies, documents and agendas: an organisation's seat, admission rules,
//! composition and opening; agenda items with their order, stage, announcer, reviewed
//! strategies and documents; a part of a session with its own agenda; a session held in line
//! with a plan; a decision that establishes a series.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use regional_conference::conference::AgendaStage;
use regional_conference::decision::Decision;
use regional_conference::document::DocumentStage;
use regional_conference::ordinal::Ordinal;
use regional_conference::validate::Validate;
use regional_conference::{Audience, Dataset, Marking, decode};

mod common;

use common::{manifest_dir, messages as report, read, triples as expect};

fn fixture() -> String {
    read(
        &manifest_dir()
            .join("tests/fixtures/valid")
            .join("bodies-and-agendas.json"),
    )
}

#[test]
fn the_fixture_says_each_new_fact_in_its_field() {
    let d: Dataset = decode::from_str(&fixture()).unwrap();
    assert!(d.validate().is_empty(), "{}", d.validate());
    let afripol = &d.organizations[0];
    let seat = afripol.seat.as_ref().unwrap();
    assert_eq!(seat.city.as_ref().unwrap().as_str(), "Algiers");
    let members = afripol.membership_rule.as_ref().unwrap();
    assert_eq!(members.members_of[0].as_str(), "african-union");
    let observers = afripol.observer_rule.as_ref().unwrap();
    assert_eq!(
        (observers.by_invitation, observers.on_request),
        (Some(true), Some(true))
    );
    let centre = &d.organizations[4];
    assert_eq!(centre.opened.unwrap().to_string(), "2019-03");
    assert_eq!(
        centre.composition[0].office.as_str(),
        "Heads of cybercrime units"
    );
    let c = &d.conferences[0];
    assert_eq!(
        c.in_line_with[0].as_str(),
        "au-continental-strategy-2019-2023"
    );
    assert_eq!(c.agenda[0].order.map(Ordinal::get), Some(1));
    assert_eq!(c.agenda[1].stage, Some(AgendaStage::Announced));
    assert_eq!(
        c.agenda[1].announced_by.as_ref().unwrap().as_str(),
        "afripol-secretariat"
    );
    assert_eq!(
        c.agenda[1].reviews[0].as_str(),
        "au-continental-strategy-2019-2023"
    );
    assert_eq!(
        c.related_events[0].agenda[0].stage,
        Some(AgendaStage::Discussed)
    );
    let stage = &c.agenda[2].documents[0].stages[0];
    assert_eq!(stage.stage, DocumentStage::Discussed);
    assert_eq!(stage.reading.map(Ordinal::get), Some(1));
    let approval = &c.agenda[2].documents[1].stages[0];
    assert_eq!(
        (approval.stage, approval.finally),
        (DocumentStage::Approved, Some(true))
    );
    assert_eq!(
        approval.during.as_ref().unwrap().as_str(),
        "under the Egyptian Presidency"
    );
    assert!(matches!(
        &c.decisions[0],
        Decision::EstablishSeries { series, .. } if series.as_str() == "afripol-monthly-coordination-call"
    ));
    assert_eq!(c.decisions[0].kind(), "establish_series");
}

/// Every new reference that names nothing is `reference.unresolved` at its own pointer.
#[test]
fn every_new_reference_must_resolve() {
    let broken = [
        (
            r#""members_of": ["african-union"]"#,
            r#""members_of": ["nobody"]"#,
            "/organizations/0/membership_rule/members_of/0",
            "organization",
        ),
        (
            r#""members_of": ["united-nations"]"#,
            r#""members_of": ["nobody"]"#,
            "/organizations/0/observer_rule/members_of/0",
            "organization",
        ),
        (
            r#""members_of": "african-union""#,
            r#""members_of": "nobody""#,
            "/organizations/4/composition/0/members_of",
            "organization",
        ),
        (
            r#""in_line_with": ["au-continental-strategy-2019-2023"]"#,
            r#""in_line_with": ["nobody"]"#,
            "/conferences/0/in_line_with/0",
            "strategy",
        ),
        (
            r#""reviews": ["au-continental-strategy-2019-2023"]"#,
            r#""reviews": ["nobody"]"#,
            "/conferences/0/agenda/1/reviews/0",
            "strategy",
        ),
        (
            r#""announced_by": "afripol-secretariat""#,
            r#""announced_by": "nobody""#,
            "/conferences/0/agenda/1/announced_by",
            "organization",
        ),
        (
            r#""author": "afripol-secretariat""#,
            r#""author": "nobody""#,
            "/conferences/0/agenda/2/documents/0/author",
            "organization",
        ),
        (
            r#""conference": "afripol-ga-3""#,
            r#""conference": "nobody""#,
            "/conferences/0/agenda/2/documents/0/stages/0/conference",
            "conference",
        ),
        (
            r#""by": "afripol-executive-committee""#,
            r#""by": "nobody""#,
            "/conferences/0/agenda/2/documents/1/stages/0/by",
            "organization",
        ),
        (
            r#""organizations": ["afripol-cybercrime-centre"]"#,
            r#""organizations": ["nobody"]"#,
            "/conferences/0/related_events/0/agenda/0/organizations/0",
            "organization",
        ),
        (
            r#""series": "afripol-monthly-coordination-call""#,
            r#""series": "nobody""#,
            "/conferences/0/decisions/0/series",
            "series",
        ),
        (
            r#""host": "dgsn""#,
            r#""host": "nobody""#,
            "/organizations/0/seat/host",
            "organization",
        ),
    ];
    let text = fixture();
    for (good, bad, pointer, kind) in broken {
        assert_eq!(text.matches(good).count(), 1, "{good}");
        assert_eq!(
            report(&text.replace(good, bad)),
            expect(&[(
                "reference.unresolved",
                pointer,
                &format!(r#"no {kind} has the id "nobody""#)
            )]),
            "{pointer}"
        );
    }
}

/// A document proposed at one session for another: the stage `proposed` and the session it
/// was `prepared_for`, which must name a session of the dataset.
#[test]
fn a_document_proposed_for_another_session_names_that_session() {
    let text = |prepared_for: &str| {
        format!(
            r#"{{"schema_version": "1.2", "conferences": [
            {{"id": "council-20", "organizer": "council", "kind": "other",
              "title": "20th Meeting",
              "dates": {{"start": "2019-04-12", "end": "2019-04-12"}},
              "agenda": [{{"title": "A later meeting", "documents": [
                {{"title": "elements of the draft agenda", "prepared_for": "{prepared_for}",
                  "stages": [{{"stage": "proposed", "conference": "council-20"}}]}}]}}]}},
            {{"id": "special-19", "organizer": "council", "kind": "extraordinary_session",
              "status": "announced", "title": "19th Special Meeting",
              "dates": {{"start": "2019-05-03", "end": "2019-05-03"}}}}],
            "organizations": [{{"id": "council", "name": "Council", "kind": "internal_body"}}]}}"#
        )
    };
    let d: Dataset = decode::from_str(&text("special-19")).unwrap();
    assert!(d.validate().is_empty(), "{}", d.validate());
    let draft = &d.conferences[0].agenda[0].documents[0];
    assert_eq!(draft.prepared_for.as_ref().unwrap().as_str(), "special-19");
    assert_eq!(draft.stages[0].stage, DocumentStage::Proposed);
    assert_eq!(
        serde_json::to_value(draft).unwrap()["stages"][0]["stage"],
        "proposed"
    );
    assert_eq!(
        report(&text("special-20")),
        expect(&[(
            "reference.unresolved",
            "/conferences/0/agenda/0/documents/0/prepared_for",
            r#"no conference has the id "special-20""#
        )])
    );
}

#[test]
fn an_opening_before_the_founding_is_a_warning_at_the_opening() {
    let centre = |founded: &str, opened: &str| {
        format!(
            r#"{{"schema_version": "1.2", "organizations": [
            {{"id": "c", "name": "C", "kind": "internal_body",
              "founding": {{"date": "{founded}"}}, "opened": "{opened}"}}]}}"#
        )
    };
    assert_eq!(
        report(&centre("2022-06", "2021")),
        expect(&[(
            "organization.opened.before_founding",
            "/organizations/0/opened",
            r#"organization "c" opened in 2021, before its founding in 2022-06"#
        )])
    );
    // The same year, or a month within the founding's year: it may be after, so no alarm.
    assert!(report(&centre("2022-06", "2022")).is_empty());
    assert!(report(&centre("2022", "2022-01-01")).is_empty());
    assert!(report(&centre("2021", "2022-03")).is_empty());
}

#[test]
fn bad_input_says_where_and_what_was_expected() {
    let decoded = |from: &str, to: &str| {
        decode::from_str::<Dataset>(&fixture().replace(from, to))
            .unwrap_err()
            .to_string()
    };
    let stage = decoded(r#""stage": "announced""#, r#""stage": "tabled""#);
    assert!(
        stage.contains("at /conferences/0/agenda/1/stage: unknown variant `tabled`, expected one of `announced`, `adopted`, `discussed`"),
        "{stage}"
    );
    let order = decoded(r#""order": 2"#, r#""order": 0"#);
    assert!(
        order.contains(
            r#"at /conferences/0/agenda/1/order: invalid ordinal "0": ordinals start at 1"#
        ),
        "{order}"
    );
    let rule = decoded(
        r#""by_invitation": true"#,
        r#""by_invitation": true, "quota": 3"#,
    );
    assert!(
        rule.contains("at /organizations/0/observer_rule/quota: unknown field `quota`"),
        "{rule}"
    );
    let series = decoded(
        r#""series": "afripol-monthly-coordination-call""#,
        r#""organization": "afripol""#,
    );
    assert!(
        series.contains("at /conferences/0/decisions/0: a decision of kind `establish_series` has no field `organization`"),
        "{series}"
    );
    let missing = decoded(r#""series": "afripol-monthly-coordination-call","#, "");
    assert!(
        missing.contains("at /conferences/0/decisions/0: missing field `series`"),
        "{missing}"
    );
    let composition = decoded(r#""office": "Heads of cybercrime units","#, "");
    assert!(
        composition.contains("at /organizations/4/composition/0: missing field `office`"),
        "{composition}"
    );
    for message in [stage, order, rule, series, missing, composition] {
        assert!(!message.contains("regional_conference::"), "{message}");
        assert!(!message.contains("Option<"), "{message}");
    }
}

#[test]
fn a_view_drops_what_refers_to_a_withheld_strategy_series_or_body() {
    let mut d: Dataset = decode::from_str(&fixture()).unwrap();
    d.marking = Some(Marking::Clear);
    d.strategies[0].marking = Some(Marking::Red);
    d.series[0].marking = Some(Marking::Red);
    d.organizations[3].marking = Some(Marking::Red);
    let public = d.view_for(Audience::PUBLIC);
    let c = &public.dataset.conferences[0];
    assert!(public.dataset.strategies.is_empty());
    assert!(public.dataset.series.is_empty());
    // The session and its item are kept; their references to the strategy are dropped.
    assert!(c.in_line_with.is_empty());
    assert!(c.agenda[1].reviews.is_empty());
    // Who announced an item, who wrote a document: plain facts, dropped with the body.
    assert!(c.agenda[1].announced_by.is_none());
    assert!(c.agenda[2].documents[0].author.is_none());
    // A decision that establishes a withheld series says nothing: withheld with it.
    assert!(c.decisions.is_empty());
    assert!(
        public.dataset.validate().is_empty(),
        "{}",
        public.dataset.validate()
    );
}
