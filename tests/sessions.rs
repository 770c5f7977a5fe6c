//! Vocabulary 1.2, part 3: sessions and their parts, links between sessions, and what they
//! decide — votes, documents, elections of members, deferrals, effective dates — and the life
//! and reach of recommendations.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use regional_conference::conference::{EventKind, EventRelation};
use regional_conference::decision::VoteMethod;
use regional_conference::recommendation::{Addressee, RecommendationStatus};
use regional_conference::validate::Validate;
use regional_conference::{Audience, Dataset, Decision, decode};

mod common;

use common::{messages as report, triples as expect};

/// Two sessions of one series — "c" on 11–13 September 2018 in Algiers and "d" in 2019 — with
/// `extra` on the first, one person with one position, and one recommendation of "c" with
/// `history`.
fn sessions(extra: &str, history: &str) -> String {
    format!(
        r#"{{"schema_version": "1.2",
        "organizations": [{{"id": "o", "name": "O", "kind": "intergovernmental_organization"}}],
        "people": [{{"id": "p", "name": "P", "positions": [{{"id": "vp", "title": "Vice-President", "organization": "o", "from": "2017"}}]}}],
        "conferences": [
          {{"id": "c", "organizer": "o", "kind": "other", "series": "s", "ordinal": 1, "title": "T",
            "venue": {{"city": "Algiers", "country": "DZ"}},
            "dates": {{"start": "2018-09-11", "end": "2018-09-13"}}{extra}}},
          {{"id": "d", "organizer": "o", "kind": "other", "series": "s", "ordinal": 2, "title": "U",
            "venue": {{"city": "Dar es Salaam", "city_other_names": ["Dar-es-Salaam"], "country": "TZ"}}, "dates": "2019"}}],
        "recommendations": [{{"id": "r", "adopted_at": "c", "action": "Act.", "history": [{history}]}}]}}"#
    )
}

fn session(extra: &str) -> String {
    sessions(extra, "")
}

#[test]
fn the_fixture_of_every_pattern_reads_validates_and_round_trips() {
    let path = common::manifest_dir().join("tests/fixtures/valid/sessions-and-outcomes.json");
    let text = common::read(&path);
    let dataset: Dataset = decode::from_str(&text).unwrap();
    assert!(dataset.validate().is_empty(), "{:?}", dataset.validate());
    let regular = &dataset.conferences[0];
    let extra = &dataset.conferences[1];
    let follow_up = &regular.related_events[3];
    assert_eq!(
        (
            follow_up.relation,
            follow_up.kind,
            follow_up.conference.as_ref()
        ),
        (
            EventRelation::FollowedUpBy,
            Some(EventKind::Session),
            Some(&extra.id)
        )
    );
    assert_eq!(extra.related_events[0].relation, EventRelation::FollowsUp);
    assert_eq!(regular.related_events[0].roles.len(), 2);
    let declaration = &regular.decisions[0];
    assert_eq!(declaration.kind(), "adopt_document");
    assert_eq!(
        declaration.vote().map(|v| (v.method, v.unanimous)),
        Some((Some(VoteMethod::Acclamation), Some(true)))
    );
    assert_eq!(
        regular.decisions[1]
            .effective()
            .and_then(|e| e.date)
            .map(|d| d.to_string()),
        Some("2011-09".to_owned())
    );
    let rec = &dataset.recommendations[0];
    let statuses: Vec<RecommendationStatus> = rec.history.iter().map(|h| h.status).collect();
    assert_eq!(
        statuses,
        [
            RecommendationStatus::Proposed,
            RecommendationStatus::Adopted,
            RecommendationStatus::Endorsed,
            RecommendationStatus::Implemented
        ]
    );
    assert!(
        matches!(&rec.addressees[0], Addressee::MemberCountries { organization } if organization.as_str() == "rpcc")
    );
    assert!(
        matches!(&rec.beneficiaries[0], Addressee::Group { countries, .. } if countries.len() == 5)
    );
    let again: Dataset = decode::from_str(&serde_json::to_string(&dataset).unwrap()).unwrap();
    assert_eq!(again, dataset);
}

#[test]
fn a_part_of_a_session_falls_within_it_and_its_roles_within_the_part() {
    let json = session(
        r#", "related_events": [
            {"relation": "has_part", "kind": "opening_ceremony", "title": "Opening", "dates": "2018-09-10",
             "roles": [{"role": "opened", "person": "p", "date": "2018-09-11"}]},
            {"relation": "preceded_by", "kind": "ceremony", "title": "Welcome", "dates": "2018-09-10",
             "roles": [{"role": "host", "person": "p", "date": "2018-09-10"}]},
            {"relation": "has_part", "kind": "side_event", "title": "Workshop",
             "roles": [{"role": "moderator", "person": "p", "date": "2018-12-01", "capacities": [{"position": "chair"}]}]}]"#,
    );
    assert_eq!(
        report(&json),
        expect(&[
            (
                "event.date.outside",
                "/conferences/0/related_events/0/dates",
                r#""Opening" is part of the session but dated 2018-09-10, outside the session (11–13 September 2018)"#
            ),
            (
                "role.date.outside",
                "/conferences/0/related_events/0/roles/0/date",
                r#"the role "opened" is dated 2018-09-11, outside "Opening" (2018-09-10)"#
            ),
            (
                "capacity.position.unknown",
                "/conferences/0/related_events/2/roles/0/capacities/0/position",
                r#""p" has no position with the id "chair""#
            ),
        ])
    );
}

#[test]
fn a_decision_is_dated_within_its_session_and_fills_a_position_the_person_has() {
    let json = session(
        r#", "decisions": [
            {"kind": "adopt_document", "form": "communique", "decided_on": "2018-09-14"},
            {"kind": "elect", "person": "p", "position": {"title": "President"}, "fills": "president", "decided_on": "2018-09-13"},
            {"kind": "elect", "person": "p", "position": {"title": "Vice-President"}, "fills": "vp"}]"#,
    );
    assert_eq!(
        report(&json),
        expect(&[
            (
                "decision.date.outside",
                "/conferences/0/decisions/0/decided_on",
                "the adopt_document decision is dated 2018-09-14, outside the session (11–13 September 2018)"
            ),
            (
                "decision.position.unknown",
                "/conferences/0/decisions/1/fills",
                r#"the decision fills position "president", which "p" does not have"#
            ),
        ])
    );
}

#[test]
fn a_matter_is_deferred_to_a_later_session() {
    let later = session(
        r#", "decisions": [{"kind": "defer", "matter": "Observers", "conference": "d", "date": "2019"}]"#,
    );
    assert_eq!(report(&later), expect(&[]));
    let json = session(
        r#", "decisions": [{"kind": "defer", "matter": "Observers", "conference": "c", "date": "2018-08"}]"#,
    );
    assert_eq!(
        report(&json),
        expect(&[
            (
                "decision.defer.not_later",
                "/conferences/0/decisions/0/conference",
                r#"the matter is deferred to "c" (11–13 September 2018), which does not come after "c" (11–13 September 2018)"#
            ),
            (
                "decision.defer.not_later",
                "/conferences/0/decisions/0/date",
                r#"the matter is deferred to 2018-08, which does not come after "c" (11–13 September 2018)"#
            ),
        ])
    );
}

#[test]
fn a_designation_and_its_session_agree_on_city_and_dates_too() {
    let agree = session(
        r#", "decisions": [{"kind": "designate_host", "series": "s", "ordinal": 2, "country": "TZ",
            "city": "Dar-es-Salaam", "date": "2019-06", "conference": "d"}]"#,
    );
    assert_eq!(report(&agree), expect(&[]));
    let json = session(
        r#", "decisions": [{"kind": "designate_host", "series": "s", "ordinal": 2, "country": "TZ",
            "city": "Arusha", "date": "2020", "conference": "d"}]"#,
    );
    assert_eq!(
        report(&json),
        expect(&[(
            "host.conference.mismatch",
            "/conferences/0/decisions/0/conference",
            r#""d" differs from the designation: its city is "Dar es Salaam", the designation's "Arusha"; it is dated 2019, the designation 2020"#
        )])
    );
}

#[test]
fn what_follows_adoption_comes_after_it() {
    let json = sessions(
        "",
        r#"{"status": "proposed", "date": "2018-05"},
           {"status": "endorsed", "conference": "d"},
           {"status": "implemented", "date": "2018-08"}"#,
    );
    assert_eq!(
        report(&json),
        expect(&[(
            "recommendation.history.before_adoption",
            "/recommendations/0/history/2/date",
            r#""r" is implemented at 2018-08, before it was adopted at "c" (11–13 September 2018)"#
        )])
    );
}

#[test]
fn a_paraphrase_embeds_the_speakers_own_words_as_they_stand() {
    let json = session(
        r#", "statements": [{"id": "s1", "speaker": "p", "kind": "paraphrase", "language": "en",
            "original_language": "ar", "text": "She called for \"one voice\" in the region.",
            "verbatim": ["one voice", "a single voice"]}]"#,
    );
    assert_eq!(
        report(&json),
        expect(&[(
            "statement.verbatim.not_in_text",
            "/conferences/0/statements/0/verbatim/1",
            r#"the words "a single voice" are given as the speaker's own, but the text does not contain them"#
        )])
    );
}

#[test]
fn decisions_of_the_new_kinds_say_what_they_lack() {
    let decoded = |decision: &str| {
        decode::from_str::<Dataset>(&session(&format!(r#", "decisions": [{decision}]"#)))
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        decoded(r#"{"kind": "elect_members", "seat": "vice-presidency"}"#),
        "line 7, column 82, at /conferences/0/decisions/0: a decision of kind `elect_members` names the `countries` or `organizations` elected; only one with `status` `expected` may leave them out"
    );
    assert_eq!(
        decoded(r#"{"kind": "adopt_document", "title": "Declaration"}"#),
        "line 7, column 82, at /conferences/0/decisions/0: missing field `form`"
    );
    assert_eq!(
        decoded(r#"{"kind": "defer", "matter": "Budget", "form": "report"}"#),
        "line 7, column 82, at /conferences/0/decisions/0: a decision of kind `defer` has no field `form`"
    );
    assert_eq!(
        decoded(r#"{"kind": "other", "text": "T.", "vote": {"method": "raised_hands"}}"#),
        "line 7, column 146, at /conferences/0/decisions/0/vote/method: unknown variant `raised_hands`, expected one of `consensus`, `acclamation`, `show_of_hands`, `secret_ballot`, `roll_call`, `other`"
    );
}

#[test]
fn a_participant_goes_with_the_person_a_view_withholds() {
    let json = r#"{"schema_version": "1.2", "marking": "TLP:CLEAR",
        "organizations": [{"id": "o", "name": "O", "kind": "intergovernmental_organization"}],
        "people": [{"id": "p", "name": "P"}, {"id": "q", "name": "Q", "marking": "TLP:AMBER"}],
        "conferences": [{"id": "c", "organizer": "o", "kind": "other", "title": "T", "dates": "2018",
          "related_events": [{"relation": "has_part", "kind": "opening_ceremony", "title": "Opening",
            "roles": [{"role": "opened", "person": "p"}, {"role": "participant", "person": "q"}]}],
          "context": [{"kind": "request", "description": "Q asked.", "actor": {"person": "q", "organization": "o"}}]}]}"#;
    let dataset: Dataset = decode::from_str(json).unwrap();
    let public = dataset.view_for(Audience::PUBLIC);
    let c = &public.dataset.conferences[0];
    assert_eq!(
        serde_json::to_string(&c.related_events[0].roles).unwrap(),
        r#"[{"role":"opened","person":"p"}]"#
    );
    assert_eq!(
        serde_json::to_string(&c.context[0].actor).unwrap(),
        r#"{"organization":"o"}"#
    );
    assert_eq!((public.withheld.people, public.withheld.roles), (1, 1));
    assert!(public.dataset.validate().is_valid());
}

#[test]
fn a_decision_built_in_rust_reads_back() {
    let mut elect = Decision::elect_countries(vec!["KE".parse().unwrap(), "UG".parse().unwrap()]);
    if let Decision::ElectMembers { seat, .. } = &mut elect {
        *seat = Some("members of the Executive Committee".parse().unwrap());
    }
    let json = serde_json::to_string(&elect).unwrap();
    assert_eq!(
        json,
        r#"{"kind":"elect_members","countries":["KE","UG"],"seat":"members of the Executive Committee"}"#
    );
    assert_eq!(serde_json::from_str::<Decision>(&json).unwrap(), elect);
}

#[test]
fn a_series_that_chooses_hosts_two_sessions_ahead_skips_none() {
    let designating = |ahead: &str, designated: u32| {
        format!(
            r#"{{"schema_version": "1.2",
            "organizations": [{{"id": "o", "name": "O", "kind": "intergovernmental_organization"}}],
            "series": [{{"id": "s", "title": "Annual Conference", "organizer": "o", "cadence": "annual"{ahead}}}],
            "conferences": [{{"id": "c", "organizer": "o", "kind": "other", "series": "s", "ordinal": 49,
              "title": "49th Conference", "dates": "2022-08",
              "decisions": [{{"kind": "designate_host", "series": "s", "ordinal": {designated}, "country": "TO", "date": "2024"}}]}}]}}"#
        )
    };
    assert_eq!(
        report(&designating(r#", "hosts_chosen_ahead": 2"#, 51)),
        expect(&[])
    );
    assert_eq!(
        report(&designating("", 51)),
        expect(&[(
            "host.ordinal.skipped",
            "/conferences/0/decisions/0/ordinal",
            "the 49th session designates a host for the 51st, skipping the 50th"
        )])
    );
    assert_eq!(
        report(&designating(r#", "hosts_chosen_ahead": 2"#, 52)),
        expect(&[(
            "host.ordinal.skipped",
            "/conferences/0/decisions/0/ordinal",
            "the 49th session designates a host for the 52nd, skipping the 51st"
        )])
    );
}

#[test]
fn a_day_a_source_gave_relative_to_its_publication_is_checked() {
    let json = r#"{"schema_version": "1.2",
        "organizations": [{"id": "o", "name": "O", "kind": "intergovernmental_organization"}],
        "people": [{"id": "p", "name": "P"}],
        "conferences": [{"id": "c", "organizer": "o", "kind": "other", "title": "T",
          "dates": {"start": "2024-02-26", "end": "2024-02-26"},
          "relative": [{"words": "demain", "offset": 1, "source": "eve"}],
          "claims": [{"field": "dates", "value": {"start": "2024-02-26", "end": "2024-02-26"},
                      "relative": [{"words": "hier", "offset": -1, "source": "after"}]}],
          "related_events": [{"relation": "preceded_by", "kind": "ceremony", "title": "Welcome", "dates": "2024-02-25",
            "relative": [{"words": "dimanche", "weekday": "sunday", "source": "eve"}],
            "roles": [{"role": "welcomed", "person": "p", "date": "2024-02-25",
                       "relative": [{"words": "aujourd'hui", "offset": 0, "source": "eve"}]}]}],
          "decisions": [{"kind": "adopt_document", "form": "communique", "decided_on": "2024-02-26",
            "relative": [{"words": "dimanche", "weekday": "sunday", "source": "eve"},
                         {"words": "lundi", "weekday": "monday", "offset": 0, "source": "after"}]}]}],
        "sources": [{"id": "eve", "published": "2024-02-25"}, {"id": "after", "published": "2024-02-27"}]}"#;
    assert_eq!(
        report(json),
        expect(&[
            (
                "date.relative.mismatch",
                "/conferences/0/decisions/0/relative/0",
                r#""dimanche" in source "eve" (published 2024-02-25) does not give 2024-02-26, a monday the day after it was published"#
            ),
            (
                "date.relative.mismatch",
                "/conferences/0/decisions/0/relative/1",
                r#""lundi" in source "after" (published 2024-02-27) does not give 2024-02-26, a monday the day before it was published"#
            ),
        ])
    );
    let neither = r#"{"schema_version": "1.2", "organizations": [{"id": "o", "name": "O", "kind": "other"}],
        "conferences": [{"id": "c", "organizer": "o", "kind": "other", "title": "T", "dates": "2024",
          "relative": [{"words": "hier", "source": "s"}]}]}"#;
    assert_eq!(
        decode::from_str::<Dataset>(neither)
            .unwrap_err()
            .to_string(),
        "line 3, column 24, at /conferences/0/relative/0: a relative day names an `offset` or a `weekday`"
    );
}

#[test]
fn a_country_or_an_unnamed_office_holder_holds_a_role() {
    let json = session(
        r#", "roles": [
            {"role": "handed_over", "country": "BI", "title": "Chair of the Committee"},
            {"role": "took_over", "country": "RW", "capacities": [{"position": "chair"}]},
            {"role": "addressed", "title": "Minister of Defence", "mode": "remote"}]"#,
    );
    assert_eq!(
        report(&json),
        expect(&[(
            "capacity.position.unknown",
            "/conferences/0/roles/1/capacities/0/position",
            r#"the role is held by the country RW, which has no positions; "chair" names none"#
        )])
    );
    let dataset: Dataset = decode::from_str(&json).unwrap();
    let roles = &dataset.conferences[0].roles;
    assert_eq!(
        serde_json::to_string(&roles[2]).unwrap(),
        r#"{"role":"addressed","title":"Minister of Defence","mode":"remote"}"#
    );
    let nobody = session(r#", "roles": [{"role": "addressed"}]"#);
    assert_eq!(
        decode::from_str::<Dataset>(&nobody)
            .unwrap_err()
            .to_string(),
        "line 7, column 78, at /conferences/0/roles/0: a role is held by a person, an organization or a country; give one, or the `title` of a holder the source does not name"
    );
}

#[test]
fn a_named_weekday_is_checked_even_without_a_publication_day() {
    let json = session(
        r#", "claims": [{"field": "dates", "value": {"start": "2018-09-08", "end": "2018-09-13"},
            "relative": [{"words": "dimanche 8 septembre", "weekday": "sunday", "source": "paper"}]}]"#,
    )
    .replace(r#""recommendations""#, r#""sources": [{"id": "paper", "published": "2018-09"}], "recommendations""#);
    assert_eq!(
        report(&json),
        expect(&[
            (
                "claim.disagreement",
                "/conferences/0/claims/0/value",
                "dates: 8–13 September 2018 here (no source), but 11–13 September 2018 in the record (no source); both are kept"
            ),
            (
                "date.relative.mismatch",
                "/conferences/0/claims/0/relative/0",
                r#""dimanche 8 septembre" in source "paper" names a sunday, but 2018-09-08 is a saturday"#
            ),
        ])
    );
}

/// What a session concluded short of deciding: its stance and text, with sources that must
/// name sources of the dataset, and a text the marking rule reads like a decision's.
#[test]
fn a_conclusion_keeps_its_stance_and_is_checked_like_other_text() {
    let conclusion = |source: &str| {
        format!(
            r#", "conclusions": [{{"stance": "acknowledged",
              "text": "The ministers acknowledged that P was right.", "sources": ["{source}"]}}]"#
        )
    };
    let with_source = |source: &str| {
        session(&conclusion(source)).replacen(
            r#""recommendations""#,
            r#""sources": [{"id": "news", "title": "News", "url": "https://example.org/news"}], "recommendations""#,
            1,
        )
    };
    let d: Dataset = decode::from_str(&with_source("news")).unwrap();
    assert!(d.validate().is_empty(), "{}", d.validate());
    let c = &d.conferences[0].conclusions[0];
    assert_eq!(c.stance.as_str(), "acknowledged");
    assert_eq!(
        c.text.as_str(),
        "The ministers acknowledged that P was right."
    );
    assert_eq!(
        report(&with_source("gossip")),
        expect(&[(
            "reference.unresolved",
            "/conferences/0/conclusions/0/sources/0",
            r#"no source has the id "gossip""#
        )])
    );
    // P's record is AMBER; the conclusion, public, names P.
    let marked = with_source("news")
        .replacen(
            r#""schema_version": "1.2","#,
            r#""schema_version": "1.2", "marking": "TLP:CLEAR","#,
            1,
        )
        .replacen(
            r#"{"id": "p", "name": "P","#,
            r#"{"id": "p", "marking": "TLP:AMBER", "name": "P","#,
            1,
        );
    assert_eq!(
        report(&marked),
        expect(&[(
            "marking.text.names_stricter",
            "/conferences/0/conclusions/0/text",
            r#"the conclusion is marked TLP:CLEAR but names the person "P", marked TLP:AMBER: every view that shows the conclusion shows the name"#
        )])
    );
}
