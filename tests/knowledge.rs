//! Vocabulary 1.2: knowledge that is partial, planned or disputed — counts compared by the
//! ranges their qualifiers denote and like with like, parts of totals, versions of disputed
//! facts with their sources and ranks, and the facts a source may leave out.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use regional_conference::claim::{Claim, Claimed, Days, Rank};
use regional_conference::conference::{AttendanceCount, ConferenceDates, CountPart, Measure};
use regional_conference::count::Count;
use regional_conference::validate::Validate;
use regional_conference::{Dataset, decode};

mod common;

use common::{messages as report, triples as expect};

/// A dataset of one session of the organisation "o", with `extra` fields on the session.
fn session(extra: &str) -> String {
    format!(
        r#"{{"schema_version": "1.2",
        "organizations": [{{"id": "o", "name": "O", "kind": "intergovernmental_organization"}}],
        "conferences": [{{"id": "c", "organizer": "o", "kind": "other", "series": "s", "ordinal": 7,
          "title": "7th Conference", "dates": {{"start": "2011-04-12", "end": "2011-04-14"}}{extra}}}],
        "sources": [{{"id": "release", "title": "Release"}}, {{"id": "paper"}}]}}"#
    )
}

fn attendance(figures: &str) -> String {
    session(&format!(r#", "attendance": [{figures}]"#))
}

#[test]
fn counts_whose_qualified_ranges_meet_agree() {
    let figures = [
        // "about 80" and "nearly 80"
        r#"{"measure": "countries", "count": {"qualifier": "about", "value": 80}},
           {"measure": "countries", "count": {"qualifier": "nearly", "value": 80}}"#,
        // "some 200" and an exact 195
        r#"{"measure": "participants", "count": {"qualifier": "about", "value": 200}},
           {"measure": "participants", "count": {"qualifier": "exact", "value": 195}}"#,
        // "more than 160" and "about 170"
        r#"{"measure": "officials", "count": {"qualifier": "more_than", "value": 160}},
           {"measure": "officials", "count": {"qualifier": "about", "value": 170}}"#,
    ];
    for f in figures {
        assert_eq!(report(&attendance(f)), expect(&[]), "{f}");
    }
}

#[test]
fn counts_that_cannot_both_be_true_disagree_in_the_documents_words() {
    let json = attendance(
        r#"{"measure": "officials", "count": {"qualifier": "more_than", "value": 160},
            "sources": ["release"], "wording": "more than 160 senior officials"},
           {"measure": "officials", "count": {"qualifier": "exact", "value": 150}, "sources": ["paper"]},
           {"measure": "countries", "count": {"qualifier": "about", "value": 80}, "sources": ["release"]},
           {"measure": "countries", "count": {"qualifier": "at_least", "value": 90}, "sources": ["paper"]}"#,
    );
    assert_eq!(
        report(&json),
        expect(&[
            (
                "attendance.sources_disagree",
                "/conferences/0/attendance/1/count",
                r#"150 officials here (source "paper"), "more than 160 senior officials" in an earlier figure (source "release"); both are kept"#
            ),
            (
                "attendance.sources_disagree",
                "/conferences/0/attendance/3/count",
                r#"at least 90 countries here (source "paper"), about 80 in an earlier figure (source "release"); both are kept"#
            ),
        ])
    );
}

#[test]
fn figures_are_compared_like_with_like() {
    // Announced and present are different facts; a deprecated figure is kept, not compared;
    // a figure with no number says only that some came.
    let json = attendance(
        r#"{"measure": "countries", "count": {"qualifier": "exact", "value": 16}, "stage": "announced", "as_of": "2025-06-02"},
           {"measure": "countries", "count": {"qualifier": "exact", "value": 12}, "stage": "present"},
           {"measure": "countries", "count": {"qualifier": "exact", "value": 21}, "stage": "present", "rank": "deprecated"},
           {"measure": "organizations", "wording": "representatives of partner agencies also attended"}"#,
    );
    assert_eq!(report(&json), expect(&[]));
    // The same stage twice does disagree.
    let json = attendance(
        r#"{"measure": "countries", "count": {"qualifier": "exact", "value": 16}, "stage": "present"},
           {"measure": "countries", "count": {"qualifier": "exact", "value": 12}, "stage": "present"}"#,
    );
    assert_eq!(
        report(&json),
        expect(&[(
            "attendance.sources_disagree",
            "/conferences/0/attendance/1/count",
            "12 countries here (no source), 16 in an earlier figure (no source); both are kept"
        )])
    );
}

#[test]
fn parts_are_never_read_as_disagreeing_with_their_total() {
    // "210 participants, among them 170 from the region and 40 from outside"
    let json = attendance(
        r#"{"measure": "participants", "count": {"qualifier": "exact", "value": 210}},
           {"measure": "participants", "count": {"qualifier": "exact", "value": 170}, "part": "in_region"},
           {"measure": "participants", "count": {"qualifier": "exact", "value": 40}, "part": "outside_region"},
           {"measure": "participants", "count": {"qualifier": "about", "value": 12}, "part": {"category": "ministers"}}"#,
    );
    assert_eq!(report(&json), expect(&[]));
    // Parts that need more than the total has: together, or one category alone.
    let json = attendance(
        r#"{"measure": "participants", "count": {"qualifier": "about", "value": 200}, "sources": ["release"]},
           {"measure": "participants", "count": {"qualifier": "exact", "value": 170}, "part": "in_region"},
           {"measure": "participants", "count": {"qualifier": "more_than", "value": 60}, "part": "outside_region"}"#,
    );
    assert_eq!(
        report(&json),
        expect(&[(
            "attendance.parts_exceed_total",
            "/conferences/0/attendance/0/count",
            r#"its parts need at least 231 participants, more than the total about 200 (source "release") allows"#
        )])
    );
    let json = attendance(
        r#"{"measure": "delegates", "count": {"qualifier": "exact", "value": 140}},
           {"measure": "delegates", "count": {"qualifier": "exact", "value": 150}, "part": {"category": "police chiefs"}}"#,
    );
    assert_eq!(
        report(&json),
        expect(&[(
            "attendance.parts_exceed_total",
            "/conferences/0/attendance/0/count",
            "its parts need at least 150 delegates, more than the total 140 (no source) allows"
        )])
    );
}

#[test]
fn only_delegations_that_came_count_against_an_exact_count_of_countries() {
    let delegations = r#", "delegations": [
        {"country": "BA", "participation": "attended"},
        {"country": "HR"},
        {"country": "RS", "participation": "declined"},
        {"country": "ME", "participation": "expected"}]"#;
    let json = session(&format!(
        r#"{delegations}, "attendance": [{{"measure": "countries", "count": {{"qualifier": "exact", "value": 2}}}}]"#
    ));
    assert_eq!(report(&json), expect(&[]));
    let json = session(&format!(
        r#"{delegations}, "attendance": [{{"measure": "countries", "count": {{"qualifier": "exact", "value": 1}}}}]"#
    ));
    assert_eq!(
        report(&json),
        expect(&[(
            "attendance.delegations_exceed_count",
            "/conferences/0/attendance/0/count",
            "2 country delegations are listed as present, but the count of countries is exactly 1"
        )])
    );
}

#[test]
fn versions_of_a_disputed_fact_keep_their_sources_and_say_which_one_the_record_holds() {
    let json = session(
        r#", "claims": [
            {"field": "ordinal", "value": 7, "rank": "preferred", "sources": ["release"]},
            {"field": "ordinal", "value": 6, "sources": ["paper"], "wording": "the sixth such meeting"},
            {"field": "ordinal", "value": 5, "rank": "deprecated", "sources": ["paper"]},
            {"field": "duration", "value": 3, "sources": ["release"], "wording": "the three-day conference"},
            {"field": "duration", "value": 2.5, "sources": ["paper"], "wording": "over the past two and a half days"},
            {"field": "dates", "value": "2011-04", "sources": ["paper"]},
            {"field": "dates", "value": {"start": "2011-04-12"}, "sources": ["paper"]},
            {"field": "dates", "value": {"start": "2011-04-13"}, "sources": ["paper"], "wording": "opened on Wednesday"},
            {"field": "title", "value": "Seventh Conference", "sources": ["paper"]}]"#,
    );
    assert_eq!(
        report(&json),
        expect(&[
            (
                "claim.disagreement",
                "/conferences/0/claims/1/value",
                r#"ordinal: 6th ("the sixth such meeting") here (source "paper"), but 7th in the record (source "release"); both are kept"#
            ),
            (
                "claim.disagreement",
                "/conferences/0/claims/7/value",
                r#"dates: from 2011-04-13 ("opened on Wednesday") here (source "paper"), but 12–14 April 2011 in the record (no source); both are kept"#
            ),
            (
                "claim.disagreement",
                "/conferences/0/claims/8/value",
                r#"title: "Seventh Conference" here (source "paper"), but "7th Conference" in the record (no source); both are kept"#
            ),
        ])
    );
}

#[test]
fn a_preferred_version_is_the_records_value() {
    let json = session(
        r#", "claims": [
            {"field": "dates", "value": {"start": "2011-04-13", "end": "2011-04-14"}, "rank": "preferred", "sources": ["paper"]},
            {"field": "duration", "value": 2.5, "rank": "preferred", "sources": ["release"]},
            {"field": "duration", "value": 2, "sources": ["paper"]}]"#,
    );
    assert_eq!(
        report(&json),
        expect(&[
            (
                "claim.preferred_differs",
                "/conferences/0/claims/0/value",
                r#"dates: 13–14 April 2011 (source "paper") is ranked preferred, but the record holds 12–14 April 2011"#
            ),
            (
                "claim.disagreement",
                "/conferences/0/claims/2/value",
                r#"duration: 2 days here (source "paper"), but 3 days in the record (source "release"); both are kept"#
            ),
        ])
    );
}

#[test]
fn a_designation_may_name_only_a_city_but_must_name_somewhere() {
    let city = session(
        r#", "decisions": [{"kind": "designate_host", "series": "s", "city": "Freetown",
            "text": "The next conference will be held in Freetown."}]"#,
    );
    assert_eq!(report(&city), expect(&[]));
    let nowhere = session(r#", "decisions": [{"kind": "designate_host", "series": "s"}]"#);
    assert_eq!(
        report(&nowhere),
        expect(&[(
            "host.designation.empty",
            "/conferences/0/decisions/0",
            "the designation names no country, city or host organization"
        )])
    );
}

#[test]
fn facts_a_source_leaves_out_stay_out() {
    let json = r#"{"schema_version": "1.2", "language": "en",
        "organizations": [{"id": "o", "name": "O", "kind": "intergovernmental_organization"}],
        "conferences": [{"id": "c", "organizer": "o", "kind": "other", "status": "held",
          "title": "Annual General Meeting", "dates": {"start": "2025-06"},
          "venue": {"city": "Dar es Salaam", "sources": ["bulletin"], "wording": "in Dar es Salaam"},
          "delegations": [{"country": "TZ", "sources": ["bulletin"], "extensions": {"note": "host"}}]}],
        "media_releases": [{"id": "r", "kind": "news", "published": "2025", "headline": "Police chiefs meet",
          "language": "en", "about": ["c"], "source": "bulletin"}],
        "sources": [{"id": "bulletin", "url": "https://example.org/bulletin"}]}"#;
    assert_eq!(report(json), expect(&[]));
    let dataset: Dataset = decode::from_str(json).unwrap();
    let c = &dataset.conferences[0];
    assert_eq!(c.dates.to_string(), "from 2025-06");
    assert_eq!(c.dates.year(), 2025);
    assert_eq!(c.venue.as_ref().unwrap().country, None);
    assert_eq!(c.delegations[0].status, None);
    let provenance = c.delegations[0].provenance.as_ref().unwrap();
    assert_eq!(provenance.sources[0].as_str(), "bulletin");
    assert_eq!(dataset.sources[0].title, None);
    assert_eq!(dataset.media_releases[0].published.to_string(), "2025");
    // Nothing is lost on the way back.
    let back: serde_json::Value = serde_json::to_value(&dataset).unwrap();
    let read: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(back, read);
}

#[test]
fn partial_spans_read_as_exact_days_when_both_ends_are_days() {
    let exact: ConferenceDates =
        serde_json::from_str(r#"{"start": "2011-04-12", "end": "2011-04-14"}"#).unwrap();
    assert_eq!(exact.exact().unwrap().days(), 3);
    let open: ConferenceDates = serde_json::from_str(r#"{"end": "2011-04-14"}"#).unwrap();
    assert_eq!(
        (open.to_string(), open.year(), open.latest().to_string()),
        ("until 2011-04-14".to_owned(), 2011, "2011-04-14".to_owned())
    );
    let err = serde_json::from_str::<ConferenceDates>("{}").unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid partial date range \"/\": give at least one end at line 1 column 2"
    );
}

#[test]
fn claims_and_counts_build_in_rust_and_read_back() {
    let mut claim = Claim::new(Claimed::Duration(Days::whole(3).unwrap()));
    claim.rank = Rank::Preferred;
    assert_eq!(
        serde_json::to_string(&claim).unwrap(),
        r#"{"field":"duration","value":3,"rank":"preferred"}"#
    );
    let half: Claim = serde_json::from_str(r#"{"field":"duration","value":2.5}"#).unwrap();
    assert_eq!(half.value, Claimed::Duration("2.5".parse().unwrap()));
    assert_eq!(
        Days::whole(0).unwrap_err().to_string().as_str(),
        "invalid number of days \"0\": expected a positive number of whole or half days, at most 366"
    );
    let mut part = AttendanceCount::new(Measure::Participants, Count::exact(40));
    part.part = Some(CountPart::OutsideRegion);
    assert_eq!(
        serde_json::to_string(&part).unwrap(),
        r#"{"measure":"participants","count":{"qualifier":"exact","value":40},"part":"outside_region"}"#
    );
    let unstated = AttendanceCount::unstated(Measure::Organizations);
    assert_eq!(
        serde_json::to_string(&unstated).unwrap(),
        r#"{"measure":"organizations"}"#
    );
}

#[test]
fn a_restricted_version_or_figure_never_reaches_a_public_view() {
    use regional_conference::{Audience, Marking};
    let json = r#"{"schema_version": "1.2", "marking": "TLP:CLEAR",
        "organizations": [{"id": "o", "name": "O", "kind": "intergovernmental_organization"}],
        "conferences": [{"id": "c", "organizer": "o", "kind": "other", "ordinal": 7,
          "title": "7th Conference", "dates": "2011",
          "attendance": [
            {"measure": "delegates", "count": {"qualifier": "exact", "value": 85}},
            {"measure": "delegates", "count": {"qualifier": "exact", "value": 92}, "marking": "TLP:AMBER"}],
          "claims": [
            {"field": "ordinal", "value": 7, "rank": "preferred"},
            {"field": "ordinal", "value": 6, "marking": "TLP:RED", "sources": ["internal"]}]}],
        "sources": [{"id": "internal", "marking": "TLP:RED", "title": "Internal note"}]}"#;
    let dataset: Dataset = decode::from_str(json).unwrap();
    let public = dataset.view_for(Audience::PUBLIC);
    let c = &public.dataset.conferences[0];
    assert_eq!(c.attendance.len(), 1);
    assert_eq!(c.attendance[0].count, Some(Count::exact(85)));
    assert_eq!(c.claims.len(), 1);
    assert_eq!(c.claims[0].value, Claimed::Ordinal(7.try_into().unwrap()));
    assert_eq!(
        (
            public.withheld.attendance,
            public.withheld.claims,
            public.withheld.sources
        ),
        (1, 1, 1)
    );
    assert!(public.dataset.validate().is_valid());
    // Cleared for AMBER: the figure, not the version marked RED.
    let amber = dataset.view_for(Audience::cleared_for(Marking::Amber));
    assert_eq!(amber.dataset.conferences[0].attendance.len(), 2);
    assert_eq!(amber.dataset.conferences[0].claims.len(), 1);
}

#[test]
fn versions_that_fit_a_partial_record_are_compared_with_each_other() {
    // The record knows only the month; two sources give days that cannot both be true.
    let json = r#"{"schema_version": "1.2",
        "organizations": [{"id": "o", "name": "O", "kind": "intergovernmental_organization"}],
        "conferences": [{"id": "c", "organizer": "o", "kind": "other", "title": "Summit", "dates": "2025-12",
          "claims": [
            {"field": "dates", "value": {"start": "2025-12-09", "end": "2025-12-10"}, "sources": ["a"]},
            {"field": "dates", "value": "2025-12", "sources": ["b"]},
            {"field": "dates", "value": {"start": "2025-12-09", "end": "2025-12-11"}, "sources": ["b"]},
            {"field": "ordinal", "value": 15, "sources": ["a"]},
            {"field": "ordinal", "value": 15, "sources": ["b"]},
            {"field": "ordinal", "value": 16, "sources": ["b"]}]}],
        "sources": [{"id": "a"}, {"id": "b"}]}"#;
    assert_eq!(
        report(json),
        expect(&[
            (
                "claim.disagreement",
                "/conferences/0/claims/2/value",
                r#"dates: 9–11 December 2025 here (source "b"), but 9–10 December 2025 in an earlier version (source "a"); both are kept"#
            ),
            (
                "claim.disagreement",
                "/conferences/0/claims/5/value",
                r#"ordinal: 16th here (source "b"), but 15th in an earlier version (source "a"); both are kept"#
            ),
        ])
    );
}

#[test]
fn decisions_and_claims_keep_their_extensions_and_say_where_they_go_wrong() {
    let json = session(
        r#", "decisions": [{"kind": "other", "text": "Thanks.", "extensions": {"n": 123456789012345678901234567890, "b": 1, "a": 2}}],
            "claims": [{"extensions": {"z": [1, 2]}, "value": 6, "field": "ordinal"}]"#,
    );
    let dataset: Dataset = decode::from_str(&json).unwrap();
    let text = serde_json::to_string(&dataset).unwrap();
    assert!(
        text.contains(r#""extensions":{"n": 123456789012345678901234567890, "b": 1, "a": 2}"#),
        "{text}"
    );
    assert!(
        text.contains(r#"{"field":"ordinal","value":6,"extensions":{"z": [1, 2]}}"#),
        "{text}"
    );
    // A field of another kind is named, at the decision.
    let err = decode::from_str::<Dataset>(&session(
        r#", "decisions": [{"kind": "elect", "strategy": "s", "person": "p", "position": {"title": "Chair"}}]"#,
    ))
    .unwrap_err();
    assert_eq!(
        (err.pointer(), err.message()),
        (
            "/conferences/0/decisions/0",
            "a decision of kind `elect` has no field `strategy`"
        )
    );
    // An unknown field is reported where it is, and `kind` is among the expected.
    let err = decode::from_str::<Dataset>(&session(
        r#", "decisions": [{"kind": "other", "text": "Thanks.", "colour": "blue"}]"#,
    ))
    .unwrap_err();
    assert_eq!(err.pointer(), "/conferences/0/decisions/0/colour");
    assert!(
        err.message()
            .starts_with("unknown field `colour`, expected one of `kind`, "),
        "{}",
        err.message()
    );
    // A claim's value that does not fit its field.
    let err = decode::from_str::<Dataset>(&session(
        r#", "claims": [{"field": "duration", "value": 2.25}]"#,
    ))
    .unwrap_err();
    assert_eq!(
        (err.pointer(), err.message()),
        (
            "/conferences/0/claims/0",
            "invalid value of a claim about the duration: invalid number of days \"2.25\": expected a positive number of whole or half days, at most 366"
        )
    );
}

#[test]
fn a_capacity_takes_its_sources_wording_and_extensions_in_a_statement_and_a_decision() {
    let capacity = r#"{"title": "Acting Chair", "sources": ["release"], "wording": "as Acting Chair", "extensions": {"k": 1}}"#;
    let json = session(&format!(
        r#", "statements": [{{"id": "s", "speaker": "p", "capacity": {capacity}, "kind": "quote", "text": "Words.", "language": "en"}}],
            "decisions": [{{"kind": "elect", "person": "p", "position": {capacity}}}]"#
    ))
    .replace(
        r#""conferences""#,
        r#""people": [{"id": "p", "name": "P", "positions": [{"title": "Acting Chair", "acting": true}]}], "conferences""#,
    );
    let dataset: Dataset = decode::from_str(&json).unwrap();
    let c = &dataset.conferences[0];
    let said = c.statements[0].capacity.as_ref().unwrap();
    assert_eq!(
        (
            said.sources[0].as_str(),
            said.wording.as_ref().unwrap().as_str()
        ),
        ("release", "as Acting Chair")
    );
    assert_eq!(report(&json), expect(&[]));
    let back = serde_json::to_value(&dataset).unwrap();
    assert_eq!(
        back,
        serde_json::from_str::<serde_json::Value>(&json).unwrap()
    );
}

#[test]
fn an_announcement_comes_before_its_session_and_a_release_quotes_only_what_was_said() {
    let releases = |kind: &str, published: &str| {
        session(&format!(
            r#", "statements": [{{"id": "s", "speaker": "p", "kind": "quote", "text": "Words.", "language": "en", "date": "2011-04-14"}}]}}],
            "people": [{{"id": "p", "name": "P"}}],
            "media_releases": [{{"id": "r", "kind": "{kind}", "published": "{published}", "headline": "H", "language": "en",
              "about": ["c"], "quotes": ["s"]"#
        ))
    };
    // An announcement a week ahead quotes what is not yet said: the quote is the error, the
    // date is not.
    assert_eq!(
        report(&releases("announcement", "2011-04-05")),
        expect(&[(
            "release.quote.after_published",
            "/media_releases/0/quotes/0",
            r#"the release, published 2011-04-05, quotes statement "s", made no earlier than 2011-04-14"#
        )])
    );
    assert_eq!(
        report(&releases("news", "2011-04-05")),
        expect(&[
            (
                "release.before_conference",
                "/media_releases/0/published",
                r#"published 2011-04-05, before "c" began (12–14 April 2011)"#
            ),
            (
                "release.quote.after_published",
                "/media_releases/0/quotes/0",
                r#"the release, published 2011-04-05, quotes statement "s", made no earlier than 2011-04-14"#
            ),
        ])
    );
    assert_eq!(report(&releases("media_release", "2011-04")), expect(&[]));
}
