//! Vocabulary 1.2, claims on more fields: a session's status and organisers (with
//! co-organisers), versions of a position's `acting` and `title`, and relative days that name
//! the end they give and the day they count from (an anchor, a source's dateline).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use regional_conference::claim::{Claimed, PositionClaimed};
use regional_conference::conference::SessionStatus;
use regional_conference::date::{AnchorBasis, DayEnd};
use regional_conference::validate::Validate;
use regional_conference::{Audience, Dataset, decode};

mod common;

use common::{messages as report, triples as expect};

/// One session "c" of organiser "o" on Monday 10 and Tuesday 11 June 2024, with `extra` on
/// it; organisations "o", "p" and "q"; one person with one position, with `position` on it;
/// and `sources`.
fn dataset(extra: &str, position: &str, sources: &str) -> String {
    format!(
        r#"{{"schema_version": "1.2",
        "organizations": [{{"id": "o", "name": "O", "kind": "intergovernmental_organization"}},
          {{"id": "p", "name": "P", "kind": "intergovernmental_organization"}},
          {{"id": "q", "name": "Q", "kind": "intergovernmental_organization", "marking": "TLP:AMBER"}}],
        "people": [{{"id": "ana", "name": "Ana", "positions": [{{"title": "Minister", "acting": true{position}}}]}}],
        "conferences": [{{"id": "c", "organizer": "o", "kind": "other", "title": "T",
          "dates": {{"start": "2024-06-10", "end": "2024-06-11"}}{extra}}}],
        "sources": [{sources}]}}"#
    )
}

const SOURCES: &str = r#"{"id": "before"}, {"id": "after"}"#;

#[test]
fn status_and_organiser_versions_are_compared_with_the_record() {
    let json = dataset(
        r#", "status": "held", "co_organizers": ["p"], "claims": [
            {"field": "status", "value": "announced", "sources": ["before"], "wording": "will be held"},
            {"field": "status", "value": "postponed", "sources": ["before"]},
            {"field": "status", "value": "cancelled", "sources": ["after"], "wording": "was called off"},
            {"field": "organizer", "value": ["p", "o"], "rank": "preferred", "sources": ["after"]},
            {"field": "organizer", "value": ["q"], "sources": ["before"], "wording": "organised by Q"},
            {"field": "status", "value": "announced", "rank": "preferred"}]"#,
        "",
        SOURCES,
    );
    assert_eq!(
        report(&json),
        expect(&[
            (
                "claim.disagreement",
                "/conferences/0/claims/2/value",
                r#"status: cancelled ("was called off") here (source "after"), but held in the record (no source); both are kept"#
            ),
            (
                "claim.disagreement",
                "/conferences/0/claims/4/value",
                r#"organizer: "q" ("organised by Q") here (source "before"), but "o", "p" in the record (source "after"); both are kept"#
            ),
            (
                "claim.preferred_differs",
                "/conferences/0/claims/5/value",
                "status: announced (no source) is ranked preferred, but the record holds held"
            ),
        ])
    );
    let dataset: Dataset = decode::from_str(&json).unwrap();
    let claims = &dataset.conferences[0].claims;
    assert_eq!(claims[0].value, Claimed::Status(SessionStatus::Announced));
    assert_eq!(claims[4].value.field(), "organizer");
    let back: Dataset = decode::from_str(&serde_json::to_string(&dataset).unwrap()).unwrap();
    assert_eq!(back, dataset);
}

#[test]
fn co_organisers_and_the_organisers_a_version_names_must_resolve() {
    let json = dataset(
        r#", "co_organizers": ["p", "nobody"], "claims": [
            {"field": "organizer", "value": ["o", "ghost"]}]"#,
        "",
        SOURCES,
    );
    let found = report(&json);
    let unresolved: Vec<_> = found
        .iter()
        .filter(|(code, _, _)| code == "reference.unresolved")
        .cloned()
        .collect();
    assert_eq!(
        unresolved,
        expect(&[
            (
                "reference.unresolved",
                "/conferences/0/co_organizers/1",
                r#"no organization has the id "nobody""#
            ),
            (
                "reference.unresolved",
                "/conferences/0/claims/0/value/1",
                r#"no organization has the id "ghost""#
            ),
        ])
    );
}

#[test]
fn a_view_drops_a_withheld_co_organiser_and_a_version_naming_only_it() {
    let json = dataset(
        r#", "marking": "TLP:CLEAR", "co_organizers": ["q", "p"], "claims": [
            {"field": "organizer", "value": ["q"], "sources": ["before"]},
            {"field": "organizer", "value": ["o", "q"], "sources": ["after"]}]"#,
        "",
        SOURCES,
    )
    .replace(
        r#""schema_version": "1.2","#,
        r#""schema_version": "1.2", "marking": "TLP:CLEAR","#,
    );
    let dataset: Dataset = decode::from_str(&json).unwrap();
    let public = dataset.view_for(Audience::PUBLIC);
    let c = &public.dataset.conferences[0];
    assert_eq!(serde_json::to_string(&c.co_organizers).unwrap(), r#"["p"]"#);
    assert_eq!(
        serde_json::to_string(&c.claims).unwrap(),
        r#"[{"field":"organizer","value":["o"],"sources":["after"]}]"#
    );
    assert_eq!(public.withheld.organizations, 1);
}

#[test]
fn versions_of_a_position_are_compared_with_it() {
    let json = dataset(
        "",
        r#", "sources": ["before"], "other_titles": [{"title": "Home Minister", "sources": ["after"]}],
          "claims": [
            {"field": "acting", "value": false, "sources": ["after"], "wording": "Minister Ana"},
            {"field": "title", "value": "Minister", "rank": "preferred", "sources": ["before"]},
            {"field": "title", "value": "Home Minister", "sources": ["after"]},
            {"field": "acting", "value": false, "rank": "preferred"},
            {"field": "title", "value": "Minster", "rank": "deprecated"}]"#,
        SOURCES,
    );
    assert_eq!(
        report(&json),
        expect(&[
            (
                "claim.disagreement",
                "/people/0/positions/0/claims/0/value",
                r#"position's acting: not acting ("Minister Ana") here (source "after"), but acting in the position (no source); both are kept"#
            ),
            (
                "claim.disagreement",
                "/people/0/positions/0/claims/2/value",
                r#"position's title: "Home Minister" here (source "after"), but "Minister" in the position (source "before"); both are kept"#
            ),
            (
                "claim.preferred_differs",
                "/people/0/positions/0/claims/3/value",
                "position's acting: not acting (no source) is ranked preferred, but the position holds acting"
            ),
        ])
    );
    let dataset: Dataset = decode::from_str(&json).unwrap();
    let position = &dataset.people[0].positions[0];
    assert_eq!(position.claims[0].value, PositionClaimed::Acting(false));
    assert_eq!(position.other_titles[0].sources[0].as_str(), "after");
    let unresolved = dataset_with_unknown_source();
    assert_eq!(
        report(&unresolved),
        expect(&[
            (
                "reference.unresolved",
                "/people/0/positions/0/other_titles/0/sources/0",
                r#"no source has the id "elsewhere""#
            ),
            (
                "reference.unresolved",
                "/people/0/positions/0/claims/0/sources/0",
                r#"no source has the id "nowhere""#
            ),
        ])
    );
}

fn dataset_with_unknown_source() -> String {
    dataset(
        "",
        r#", "other_titles": [{"title": "Home Minister", "sources": ["elsewhere"]}],
          "claims": [{"field": "acting", "value": true, "sources": ["nowhere"]}]"#,
        SOURCES,
    )
}

#[test]
fn a_relative_day_counts_from_its_anchor_and_gives_the_end_it_names() {
    let json = dataset(
        r#", "relative": [
            {"words": "este lunes", "weekday": "monday", "source": "wire", "anchor": {"day": "2024-06-10", "from": "dateline"}},
            {"words": "este martes", "weekday": "tuesday", "gives": "last", "source": "wire", "anchor": {"day": "2024-06-10", "from": "dateline"}},
            {"words": "concluded today", "offset": 0, "gives": "last", "source": "page", "anchor": {"day": "2024-06-12", "from": "url"}},
            {"words": "yesterday", "offset": -1, "source": "page", "anchor": {"day": "2024-06-11", "from": "url"}},
            {"words": "hoy", "offset": 0, "source": "wire", "anchor": {"day": "2024-06-11", "from": "dateline"}}]"#,
        "",
        r#"{"id": "wire", "dateline": {"words": "Lima, 10 jun (EFE).-", "place": "Lima", "day": "--06-10"}},
           {"id": "page", "published": "2024-06-30"}"#,
    );
    assert_eq!(
        report(&json),
        expect(&[
            (
                "date.relative.mismatch",
                "/conferences/0/relative/2",
                r#""concluded today" in source "page" (counted from 2024-06-12, its address's date stamp) does not give 2024-06-11 (the last day), a tuesday the day before 2024-06-12"#
            ),
            (
                "date.relative.mismatch",
                "/conferences/0/relative/4/anchor/day",
                r#""hoy" in source "wire" is counted from its dateline, 2024-06-11, but the dateline gives --06-10"#
            ),
            (
                "date.relative.mismatch",
                "/conferences/0/relative/4",
                r#""hoy" in source "wire" (counted from 2024-06-11, its dateline) does not give 2024-06-10, a monday the day before 2024-06-11"#
            ),
        ])
    );
    let dataset: Dataset = decode::from_str(&json).unwrap();
    let relative = &dataset.conferences[0].relative;
    assert_eq!(relative[1].gives, DayEnd::Last);
    assert_eq!(relative[2].anchor.map(|a| a.from), Some(AnchorBasis::Url));
    assert_eq!(
        dataset.sources[0]
            .dateline
            .as_ref()
            .and_then(|d| d.day)
            .map(|d| d.to_string()),
        Some("--06-10".to_owned())
    );
    let back: Dataset = decode::from_str(&serde_json::to_string(&dataset).unwrap()).unwrap();
    assert_eq!(back, dataset);
    assert!(
        back.validate()
            .iter()
            .all(|v| v.code() == "date.relative.mismatch")
    );
}

#[test]
fn a_last_day_without_an_anchor_is_checked_against_the_publication() {
    let json = dataset(
        r#", "relative": [{"words": "concluded today", "offset": 0, "gives": "last", "source": "page"}]"#,
        "",
        r#"{"id": "page", "published": "2024-06-10"}"#,
    );
    assert_eq!(
        report(&json),
        expect(&[(
            "date.relative.mismatch",
            "/conferences/0/relative/0",
            r#""concluded today" in source "page" (published 2024-06-10) does not give 2024-06-11 (the last day), a tuesday the day after it was published"#
        )])
    );
}

#[test]
fn bad_new_values_are_read_as_clear_errors() {
    let bad = |extra: &str, position: &str, sources: &str| {
        decode::from_str::<Dataset>(&dataset(extra, position, sources))
            .unwrap_err()
            .to_string()
    };
    let empty = bad(
        r#", "claims": [{"field": "organizer", "value": []}]"#,
        "",
        SOURCES,
    );
    assert!(
        empty.ends_with(
            "at /conferences/0/claims/0: invalid value of a claim about the organizer: expected a list of at least one organisation id"
        ),
        "{empty}"
    );
    let status = bad(
        r#", "claims": [{"field": "status", "value": "over"}]"#,
        "",
        SOURCES,
    );
    assert!(
        status.contains("invalid value of a claim about the status: unknown variant `over`"),
        "{status}"
    );
    let month = bad(
        "",
        "",
        r#"{"id": "wire", "dateline": {"words": "Lima, 30 feb", "day": "--02-30"}}"#,
    );
    assert!(
        month.ends_with(r#"invalid day of a month "--02-30": February has no day 30"#),
        "{month}"
    );
    let basis = bad(
        r#", "relative": [{"words": "hoy", "offset": 0, "source": "before", "anchor": {"day": "2024-06-10", "from": "memory"}}]"#,
        "",
        SOURCES,
    );
    assert!(
        basis.contains("unknown variant `memory`, expected `dateline` or `url`"),
        "{basis}"
    );
    let field = bad(
        "",
        r#", "claims": [{"field": "ordinal", "value": 2}]"#,
        SOURCES,
    );
    assert!(
        field.contains("unknown variant `ordinal`, expected `acting` or `title`"),
        "{field}"
    );
    let acting = bad(
        "",
        r#", "claims": [{"field": "acting", "value": "yes"}]"#,
        SOURCES,
    );
    assert!(
        acting.contains("invalid value of a claim about the position's acting: invalid type: string \"yes\", expected a boolean"),
        "{acting}"
    );
}
