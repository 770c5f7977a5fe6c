//! Vocabulary 1.2, attendance detail: a delegation's own days, its unnamed members and level,
//! delegations linked to a country's, figures beside a party and on a related event, a time of
//! day and openness to the press.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use regional_conference::conference::{OpenTo, TimeOfDay};
use regional_conference::delegation::{LevelKind, Party};
use regional_conference::validate::Validate;
use regional_conference::{Audience, CountryCode, Dataset, decode};

mod common;

use common::{messages as report, triples as expect};

/// One session, "c", on 9–10 December 2025, with `extra` on it; one organisation "o" (public)
/// and one "secret" marked `TLP:AMBER`.
fn session(extra: &str) -> String {
    format!(
        r#"{{"schema_version": "1.2", "marking": "TLP:CLEAR",
        "organizations": [{{"id": "o", "name": "O", "kind": "intergovernmental_organization"}},
          {{"id": "police", "name": "Police", "kind": "other"}},
          {{"id": "secret", "name": "S", "kind": "other", "marking": "TLP:AMBER"}}],
        "conferences": [
          {{"id": "c", "organizer": "o", "kind": "other", "title": "T",
            "dates": {{"start": "2025-12-09", "end": "2025-12-10"}}{extra}}}]}}"#
    )
}

#[test]
fn a_delegation_attends_on_days_of_its_session() {
    let json = session(
        r#", "delegations": [
            {"country": "BR", "days": {"start": "2025-12-09", "end": "2025-12-10"}},
            {"country": "AR", "days": {"start": "2025-12-08", "end": "2025-12-09"}},
            {"country": "CL", "days": "2025-12"},
            {"country": "PE", "days": "2025-11"}]"#,
    );
    assert_eq!(
        report(&json),
        expect(&[
            (
                "delegation.days.outside",
                "/conferences/0/delegations/1/days",
                "the delegation attended 8–9 December 2025, outside the session (9–10 December 2025)"
            ),
            (
                "delegation.days.outside",
                "/conferences/0/delegations/3/days",
                "the delegation attended 2025-11, outside the session (9–10 December 2025)"
            ),
        ])
    );
}

#[test]
fn a_linked_delegation_needs_its_countrys_delegation_at_the_session() {
    let json = session(
        r#", "delegations": [
            {"organization": "police", "status": "observer", "linked_to": "FJ"},
            {"country": "FJ", "status": "member"},
            {"organization": "o", "status": "observer", "linked_to": "AU"}]"#,
    );
    assert_eq!(
        report(&json),
        expect(&[(
            "delegation.linked.missing",
            "/conferences/0/delegations/2/linked_to",
            r#"the delegation is linked to the delegation of AU (Australia), but AU has no delegation at "c""#
        )])
    );
}

#[test]
fn unnamed_members_and_a_level_read_back() {
    let json = session(
        r#", "delegations": [{"country": "GU", "level": {"kind": "officers", "words": "at Lieutenant level"},
            "unnamed_members": [{"rank": "Lieutenant"}, {"rank": "senior officers", "count": {"qualifier": "exact", "value": 3}}]}]"#,
    );
    let dataset: Dataset = decode::from_str(&json).unwrap();
    let d = &dataset.conferences[0].delegations[0];
    assert_eq!(d.level.as_ref().unwrap().kind, LevelKind::Officers);
    assert_eq!(d.unnamed_members[1].rank.as_str(), "senior officers");
    assert_eq!(d.unnamed_members[1].count.unwrap().value(), 3);
    assert_eq!(d.unnamed_members[0].count, None);
    assert!(dataset.validate().is_empty());
    let again: Dataset = decode::from_str(&serde_json::to_string(&dataset).unwrap()).unwrap();
    assert_eq!(again, dataset);
}

#[test]
fn a_count_beside_a_party_is_not_read_as_the_total() {
    // Twelve others beside Namibia, and thirteen country delegations: no alarm; a total of 13
    // does not disagree with 12 beside Namibia.
    let thirteen = [
        "NA", "ZA", "BW", "ZW", "ZM", "MZ", "MW", "AO", "LS", "SZ", "TZ", "MG", "MU",
    ]
    .map(|c| format!(r#"{{"country": "{c}"}}"#))
    .join(", ");
    let figures = r#", "attendance": [
            {"measure": "countries", "count": {"qualifier": "exact", "value": 12}, "besides": {"country": "NA"}},
            {"measure": "countries", "count": {"qualifier": "exact", "value": 13}}]"#;
    let json = session(&format!(r#"{figures}, "delegations": [{thirteen}]"#));
    assert_eq!(report(&json), expect(&[]));
    // A fourteenth delegation is one too many even beside Namibia.
    let json = session(&format!(
        r#"{figures}, "delegations": [{thirteen}, {{"country": "CD"}}]"#
    ));
    assert_eq!(
        report(&json),
        expect(&[
            (
                "attendance.delegations_exceed_count",
                "/conferences/0/attendance/0/count",
                "14 country delegations are listed as present, but the count of countries is exactly 12 beside NA"
            ),
            (
                "attendance.delegations_exceed_count",
                "/conferences/0/attendance/1/count",
                "14 country delegations are listed as present, but the count of countries is exactly 13"
            ),
        ])
    );
    // Two figures beside the same party are compared with each other.
    let json = session(
        r#", "attendance": [
            {"measure": "countries", "count": {"qualifier": "exact", "value": 12}, "besides": {"country": "NA"}},
            {"measure": "countries", "count": {"qualifier": "exact", "value": 11}, "besides": {"country": "NA"}}]"#,
    );
    assert_eq!(
        report(&json)
            .into_iter()
            .map(|(code, pointer, _)| (code, pointer))
            .collect::<Vec<_>>(),
        [(
            "attendance.sources_disagree".to_owned(),
            "/conferences/0/attendance/1/count".to_owned()
        )]
    );
}

#[test]
fn an_organisation_a_figure_is_beside_must_exist_and_goes_with_it_in_a_view() {
    let json = session(
        r#", "attendance": [
            {"measure": "delegates", "count": {"qualifier": "exact", "value": 40}, "besides": {"organization": "nobody"}},
            {"measure": "delegates", "count": {"qualifier": "exact", "value": 30}, "besides": {"organization": "secret"}}]"#,
    );
    assert_eq!(
        report(&json),
        expect(&[
            (
                "reference.unresolved",
                "/conferences/0/attendance/0/besides/organization",
                r#"no organization has the id "nobody""#
            ),
            (
                "marking.reference.stricter",
                "/conferences/0/attendance/1/besides/organization",
                r#"the party counted beside is marked TLP:CLEAR but its organisation "secret" is marked TLP:AMBER: views below TLP:AMBER withhold the party counted beside or drop the reference"#
            ),
        ])
    );
    let json = json.replace(r#""nobody""#, r#""o""#);
    let dataset: Dataset = decode::from_str(&json).unwrap();
    assert_eq!(dataset.validate().len(), 1);
    let public = dataset.view_for(Audience::PUBLIC);
    // Without its party the second figure would read as a total: it goes with the party.
    let figures = &public.dataset.conferences[0].attendance;
    assert_eq!(figures.len(), 1);
    assert_eq!(
        figures[0].besides,
        Some(Party::Organization("o".parse().unwrap()))
    );
    assert_eq!(public.withheld.attendance, 1);
    assert!(public.dataset.validate().is_empty());
}

#[test]
fn figures_on_a_related_event_are_compared_with_each_other_only() {
    let json = session(
        r#", "attendance": [{"measure": "delegates", "count": {"qualifier": "exact", "value": 200}}],
        "related_events": [{"relation": "preceded_by", "kind": "ceremony", "title": "Welcome",
          "time": {"start": "18:30", "end": "20:00", "words": "at half past six"}, "open_to": "press",
          "attendance": [
            {"measure": "officials", "stage": "present", "part": {"category": "ambassadeurs"}},
            {"measure": "delegates", "count": {"qualifier": "about", "value": 40}},
            {"measure": "delegates", "count": {"qualifier": "exact", "value": 12}}]}]"#,
    );
    assert_eq!(
        report(&json),
        expect(&[(
            "attendance.sources_disagree",
            "/conferences/0/related_events/0/attendance/2/count",
            "12 delegates here (no source), about 40 in an earlier figure (no source); both are kept"
        )])
    );
    let dataset: Dataset = decode::from_str(&json).unwrap();
    let welcome = &dataset.conferences[0].related_events[0];
    let time = welcome.time.as_ref().unwrap();
    assert_eq!(
        (time.start, time.end),
        (TimeOfDay::new(18, 30).unwrap(), TimeOfDay::new(20, 0))
    );
    assert_eq!(welcome.open_to, Some(OpenTo::Press));
    let again: Dataset = decode::from_str(&serde_json::to_string(&dataset).unwrap()).unwrap();
    assert_eq!(again, dataset);
}

#[test]
fn a_time_of_day_and_openness_say_what_was_expected() {
    let bad = |extra: &str| {
        decode::from_str::<Dataset>(&session(extra))
            .unwrap_err()
            .to_string()
    };
    assert!(
        bad(r#", "time": {"start": "1 p.m."}"#).ends_with(
            r#"at /conferences/0/time/start: "1 p.m." is not a time of day: give "HH:MM" on the 24-hour clock, such as "13:00""#
        ),
        "{}",
        bad(r#", "time": {"start": "1 p.m."}"#)
    );
    assert!(bad(r#", "time": {"start": "24:00"}"#).contains(r#""24:00" is not a time of day"#));
    assert!(
        bad(r#", "open_to": "journalists""#).contains(
            "unknown variant `journalists`, expected one of `public`, `press`, `invited`, `members_only`"
        ),
        "{}",
        bad(r#", "open_to": "journalists""#)
    );
    let dataset: Dataset = decode::from_str(&session(
        r#", "time": {"start": "09:00"}, "open_to": "members_only""#,
    ))
    .unwrap();
    assert_eq!(dataset.conferences[0].open_to, Some(OpenTo::MembersOnly));
    assert_eq!(
        dataset.conferences[0]
            .time
            .as_ref()
            .unwrap()
            .start
            .to_string(),
        "09:00"
    );
    assert_eq!("7:30".parse::<TimeOfDay>().ok(), None);
    assert_eq!(CountryCode::from_static("NA").to_string(), "NA");
}

#[test]
fn the_new_sets_display_their_wire_names() {
    for level in LevelKind::ALL {
        assert_eq!(
            serde_json::to_string(level).unwrap(),
            format!("\"{level}\"")
        );
    }
    for open in OpenTo::ALL {
        assert_eq!(serde_json::to_string(open).unwrap(), format!("\"{open}\""));
    }
    assert_eq!(LevelKind::ALL.len(), 8);
    assert_eq!(OpenTo::ALL.len(), 4);
}
