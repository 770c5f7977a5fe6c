//! Handling markings, personal data and views: the leaves, the wire forms, and the view of the
//! mixed-markings fixture for each audience, compared exactly.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use regional_conference::conference::{ConferenceKind, EventRelation, RelatedEvent};
use regional_conference::marking::{Audience, AudienceError, MarkedParagraph, Marking};
use regional_conference::personal::{Email, Phone};
use regional_conference::validate::Validate;
use regional_conference::{Dataset, Paragraph, Text, Withheld, decode};

fn mixed() -> Dataset {
    let path = common::manifest_dir().join("tests/fixtures/valid/mixed-markings.json");
    decode::from_str(&common::read(&path)).unwrap()
}

// ---------------------------------------------------------------------------------------------
// Marking and Audience
// ---------------------------------------------------------------------------------------------

#[test]
fn markings_read_and_write_the_tlp_2_labels_in_order_of_restriction() {
    let labels: Vec<&str> = Marking::ALL.iter().map(|m| m.as_str()).collect();
    assert_eq!(
        labels,
        [
            "TLP:CLEAR",
            "TLP:GREEN",
            "TLP:AMBER",
            "TLP:AMBER+STRICT",
            "TLP:RED"
        ]
    );
    for pair in Marking::ALL.windows(2) {
        assert!(pair[0] < pair[1], "{} < {}", pair[0], pair[1]);
    }
    for m in Marking::ALL {
        assert_eq!(m.as_str().parse::<Marking>().unwrap(), m);
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            format!("\"{}\"", m.as_str())
        );
        assert!(!m.meaning().is_empty());
    }
}

#[test]
fn unknown_markings_are_rejected_with_what_was_probably_meant() {
    let cases = [
        (
            "TLP:WHITE",
            "unknown marking \"TLP:WHITE\": TLP 2.0 renamed TLP:WHITE to TLP:CLEAR",
        ),
        (
            "tlp:white",
            "unknown marking \"tlp:white\": TLP 2.0 renamed TLP:WHITE to TLP:CLEAR",
        ),
        (
            "tlp:amber+strict",
            "unknown marking \"tlp:amber+strict\": write \"TLP:AMBER+STRICT\"",
        ),
        (
            "TLP: RED",
            "unknown marking \"TLP: RED\": write \"TLP:RED\"",
        ),
        (
            "TLP:AMBER ",
            "unknown marking \"TLP:AMBER \": write \"TLP:AMBER\"",
        ),
        (
            "SECRET",
            "unknown marking \"SECRET\": expected one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED",
        ),
        (
            "",
            "unknown marking \"\": expected one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED",
        ),
    ];
    for (input, message) in cases {
        assert_eq!(
            input.parse::<Marking>().unwrap_err().to_string(),
            message,
            "{input:?}"
        );
    }
}

#[test]
fn audiences_receive_what_is_marked_within_their_clearance() {
    let amber = Audience::cleared_for(Marking::Amber);
    let received: Vec<Marking> = Marking::ALL
        .into_iter()
        .filter(|m| amber.may_receive(*m))
        .collect();
    assert_eq!(received, [Marking::Clear, Marking::Green, Marking::Amber]);
    assert_eq!(Audience::PUBLIC.clearance(), Marking::Clear);
    assert!(!Audience::PUBLIC.personal_data());
    assert_eq!(Audience::PUBLIC.with_personal_data(), Err(AudienceError));
    assert_eq!(
        AudienceError.to_string(),
        "a TLP:CLEAR audience is the public, and the public never receives personal data"
    );
    let holder = amber.with_personal_data().unwrap();
    assert!(holder.personal_data());
    assert_eq!(holder.to_string(), "TLP:AMBER with personal data");
    let all: Vec<String> = Audience::all().map(|a| a.to_string()).collect();
    assert_eq!(
        all,
        [
            "TLP:CLEAR",
            "TLP:GREEN",
            "TLP:GREEN with personal data",
            "TLP:AMBER",
            "TLP:AMBER with personal data",
            "TLP:AMBER+STRICT",
            "TLP:AMBER+STRICT with personal data",
            "TLP:RED",
            "TLP:RED with personal data",
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Marked paragraphs and personal data on the wire
// ---------------------------------------------------------------------------------------------

#[test]
fn a_paragraph_is_a_string_or_an_object_with_text_and_marking() {
    let plain: MarkedParagraph = serde_json::from_str(r#""Opened.""#).unwrap();
    assert_eq!((plain.as_str(), plain.marking), ("Opened.", None));
    let marked: MarkedParagraph =
        serde_json::from_str(r#"{"text": "Draft.", "marking": "TLP:AMBER"}"#).unwrap();
    assert_eq!(
        (marked.as_str(), marked.marking),
        ("Draft.", Some(Marking::Amber))
    );
    assert_eq!(
        serde_json::to_string(&marked).unwrap(),
        r#"{"text":"Draft.","marking":"TLP:AMBER"}"#
    );
    assert_eq!(
        MarkedParagraph::from(Paragraph::new("Opened.").unwrap()),
        plain
    );
    let errors = [
        (r#"{"text": "Draft."}"#, "missing field `marking`"),
        (r#"{"marking": "TLP:RED"}"#, "missing field `text`"),
        (
            r#"{"text": "Draft.", "marking": "TLP:RED", "note": "x"}"#,
            "unknown field `note`, expected `text` or `marking`",
        ),
        (
            r#"" Draft.""#,
            "invalid text \" Draft.\": leading or trailing whitespace",
        ),
        (
            r#"["Draft.", "TLP:RED"]"#,
            "invalid type: sequence, expected a paragraph, or an object with its text and marking",
        ),
    ];
    for (json, message) in errors {
        let err = serde_json::from_str::<MarkedParagraph>(json).unwrap_err();
        assert!(
            err.to_string().starts_with(message),
            "{json}: {err} does not start with {message}"
        );
    }
}

#[test]
fn emails_and_phones_are_checked_with_errors_that_say_why() {
    for ok in [
        "liaison@police.example",
        "first.last+tag@mail.police.example",
        "o'brien@garda.example",
    ] {
        assert_eq!(Email::new(ok).unwrap().as_str(), ok);
    }
    let emails = [
        (
            "liaison.police.example",
            "no @ between the local part and the domain",
        ),
        ("@police.example", "the local part must be 1 to 64 bytes"),
        (
            ".liaison@police.example",
            "the local part must be letters, digits and !#$%&'*+/=?^_`{|}~- in dot-separated runs",
        ),
        (
            "liaison@localhost",
            "the domain must be two or more dot-separated labels of letters, digits and inner hyphens",
        ),
        (
            "liaison@-police.example",
            "the domain must be two or more dot-separated labels of letters, digits and inner hyphens",
        ),
        (
            "liaison@police..example",
            "the domain must be two or more dot-separated labels of letters, digits and inner hyphens",
        ),
        (
            "líaison@police.example",
            "the local part must be letters, digits and !#$%&'*+/=?^_`{|}~- in dot-separated runs",
        ),
    ];
    for (input, reason) in emails {
        assert_eq!(
            Email::new(input).unwrap_err().to_string(),
            format!("invalid email address {input:?}: {reason}")
        );
    }
    let long = format!("{}@police.example", "a".repeat(65));
    assert!(
        Email::new(&long)
            .unwrap_err()
            .to_string()
            .ends_with("the local part must be 1 to 64 bytes")
    );

    assert_eq!(Phone::new("+3614435500").unwrap().as_str(), "+3614435500");
    let base = "write it as E.164, a plus sign and 7 to 15 digits with no spaces";
    let phones = [
        ("+36 1 443 5500", format!("{base} (\"+3614435500\")")),
        ("+36-1-443-5500", format!("{base} (\"+3614435500\")")),
        ("0036 1 443 5500", base.to_owned()),
        ("+0614435500", base.to_owned()),
        ("+123456", base.to_owned()),
        ("+1234567890123456", base.to_owned()),
        ("", base.to_owned()),
    ];
    for (input, reason) in phones {
        assert_eq!(
            Phone::new(input).unwrap_err().to_string(),
            format!("invalid phone number {input:?}: {reason}")
        );
    }
}

#[test]
fn documents_of_schema_version_1_0_still_read() {
    let json = r#"{"schema_version": "1.0", "organizations": [{"id": "o", "name": "O", "kind": "other"}]}"#;
    let d: Dataset = decode::from_str(json).unwrap();
    assert_eq!(d.schema_version.to_string(), "1.0");
    assert_eq!(d.marking, None);
    assert_eq!(d.default_marking(), Marking::Red);
    assert!(
        serde_json::to_string(&d)
            .unwrap()
            .starts_with(r#"{"schema_version":"1.0","#)
    );
}

// ---------------------------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------------------------

#[test]
fn the_public_view_of_the_mixed_fixture_is_exactly_the_expected_file() {
    let view = mixed().view_for(Audience::PUBLIC);
    let expected_path =
        common::manifest_dir().join("tests/fixtures/views/mixed-markings.public.json");
    let expected: Dataset = decode::from_str(&common::read(&expected_path)).unwrap();
    assert_eq!(view.dataset, expected);
    assert_eq!(
        serde_json::to_value(&view.dataset).unwrap(),
        common::parse(&expected_path)
    );
    let mut withheld = Withheld::default();
    withheld.organizations = 2;
    withheld.people = 1;
    withheld.strategies = 1;
    withheld.recommendations = 1;
    withheld.media_releases = 1;
    withheld.sources = 1;
    withheld.delegations = 2;
    // One list of two, withheld whole: counted once, its length not revealed.
    withheld.member_lists = 1;
    withheld.statements = 1;
    withheld.decisions = 2;
    withheld.paragraphs = 2;
    withheld.personal_data = 2;
    withheld.references = 7;
    withheld.extensions = 1;
    assert_eq!(view.withheld, withheld);
    assert_eq!(view.withheld.total(), 25);
    assert!(
        view.dataset.validate().is_empty(),
        "{}",
        view.dataset.validate()
    );
}

#[test]
fn every_audience_gets_a_valid_view_with_only_what_it_may_receive() {
    let d = mixed();
    let original = d.validate();
    let mut people_with_personal_data = Vec::new();
    for audience in Audience::all() {
        let view = d.view_for(audience);
        let report = view.dataset.validate();
        assert!(report.is_valid(), "{audience}: {report}");
        // A view's warnings are among the dataset's own: dropping what is withheld adds none.
        for w in report.warnings() {
            assert!(
                original
                    .iter()
                    .any(|o| o.code() == w.code() && o.pointer() == w.pointer()),
                "{audience}: new warning {w}"
            );
        }
        let holders: Vec<&str> = view
            .dataset
            .people
            .iter()
            .filter(|p| p.personal.is_some())
            .map(|p| p.id.as_str())
            .collect();
        people_with_personal_data.push((audience.to_string(), holders.join(",")));
    }
    assert_eq!(
        people_with_personal_data,
        [
            ("TLP:CLEAR", ""),
            ("TLP:GREEN", ""),
            ("TLP:GREEN with personal data", ""),
            ("TLP:AMBER", ""),
            ("TLP:AMBER with personal data", "amra-hadzic"),
            ("TLP:AMBER+STRICT", ""),
            (
                "TLP:AMBER+STRICT with personal data",
                "jean-dupont,amra-hadzic"
            ),
            ("TLP:RED", ""),
            (
                "TLP:RED with personal data",
                "jean-dupont,amra-hadzic,marko-novak"
            ),
        ]
        .map(|(a, p)| (a.to_owned(), p.to_owned()))
    );
    let red = d.view_for(
        Audience::cleared_for(Marking::Red)
            .with_personal_data()
            .unwrap(),
    );
    assert_eq!(
        red.dataset, d,
        "the view for TLP:RED with personal data is everything"
    );
    assert_eq!(red.withheld.total(), 0);
}

#[test]
fn a_view_for_green_keeps_green_and_drops_amber() {
    let view = mixed().view_for(Audience::cleared_for(Marking::Green));
    let ids = |v: Vec<&str>| v.join(",");
    assert_eq!(
        ids(view
            .dataset
            .organizations
            .iter()
            .map(|o| o.id.as_str())
            .collect()),
        "rpcc,bih-federal-police"
    );
    assert_eq!(
        ids(view
            .dataset
            .strategies
            .iter()
            .map(|s| s.id.as_str())
            .collect()),
        "rpcc-strategy-2011-2015"
    );
    let release = &view.dataset.media_releases[0];
    assert_eq!(release.paragraphs.len(), 2);
    assert_eq!(release.paragraphs[1].marking, Some(Marking::Green));
    assert_eq!(view.dataset.marking, Some(Marking::Green));
    assert!(view.dataset.extensions.is_some());
    let conference = &view.dataset.conferences[0];
    let kinds: Vec<String> = conference
        .decisions
        .iter()
        .map(|d| {
            serde_json::to_value(d).unwrap()["kind"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(kinds, ["endorse_strategy", "adopt_recommendations"]);
}

#[test]
fn an_unmarked_dataset_shares_nothing_below_red() {
    let json = r#"{"schema_version": "1.1", "organizations": [{"id": "o", "name": "O", "kind": "other"}], "extensions": {"k": 1}}"#;
    let d: Dataset = decode::from_str(json).unwrap();
    let view = d.view_for(Audience::cleared_for(Marking::AmberStrict));
    assert!(view.dataset.organizations.is_empty());
    assert_eq!(view.dataset.extensions, None);
    assert_eq!(view.dataset.marking, Some(Marking::AmberStrict));
    assert_eq!(
        (view.withheld.organizations, view.withheld.extensions),
        (1, 1)
    );
}

#[test]
fn an_entity_needing_a_withheld_one_is_withheld_too() {
    let mut d = mixed();
    // The organiser of everything becomes TLP:GREEN: the public then gets nothing it organised.
    d.organizations[0].marking = Some(Marking::Green);
    let report = d.validate();
    let codes: Vec<(&str, &str)> = report.iter().map(|v| (v.code(), v.pointer())).collect();
    assert_eq!(
        codes,
        [
            ("marking.reference.stricter", "/regions/0/organizer"),
            ("marking.reference.stricter", "/conferences/0/organizer"),
            // The fixture's own warnings: decisions about stricter entities.
            (
                "marking.reference.stricter",
                "/conferences/0/decisions/0/strategy"
            ),
            (
                "marking.reference.stricter",
                "/conferences/0/decisions/1/recommendations/1"
            ),
            (
                "marking.reference.stricter",
                "/conferences/0/decisions/2/organization"
            ),
        ]
    );
    assert_eq!(
        report.violations()[0].message(),
        "the region is marked TLP:CLEAR but its organiser \"rpcc\" is marked TLP:GREEN: views below TLP:GREEN withhold the region or drop the reference"
    );
    let view = d.view_for(Audience::PUBLIC);
    assert!(view.dataset.organizations.is_empty());
    assert!(view.dataset.regions.is_empty());
    assert!(view.dataset.conferences.is_empty());
    assert!(view.dataset.recommendations.is_empty());
    assert_eq!(view.withheld.regions, 1);
    assert_eq!(view.withheld.conferences, 1);
    assert!(
        view.dataset.validate().is_valid(),
        "{}",
        view.dataset.validate()
    );
}

#[test]
fn a_statement_said_elsewhere_goes_with_that_session_and_related_sessions_with_theirs() {
    let mut d = mixed();
    let mut restricted = d.conferences[0].clone();
    restricted.id = "rpcc-ministerial-2010".parse().unwrap();
    restricted.marking = Some(Marking::Red);
    restricted.kind = ConferenceKind::Other;
    restricted.series = None;
    restricted.ordinal = None;
    restricted.delegations.clear();
    restricted.statements.clear();
    restricted.decisions.clear();
    restricted.agenda.clear();
    d.conferences.push(restricted);
    let session: regional_conference::id::ConferenceId = "rpcc-ministerial-2010".parse().unwrap();
    d.conferences[0].statements[0].occasion = Some(session.clone());
    d.conferences[0].related_events.push(RelatedEvent::new(
        EventRelation::CoLocated,
        Text::new("Ministerial meeting").unwrap(),
    ));
    d.conferences[0].related_events[0].conference = Some(session.clone());
    d.media_releases[0].about.push(session);
    let report = d.validate();
    assert!(report.is_valid(), "{report}");
    let found: Vec<(&str, &str)> = report
        .iter()
        .filter(|v| !v.pointer().contains("/decisions/"))
        .map(|v| (v.code(), v.pointer()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "marking.reference.stricter",
                "/conferences/0/statements/0/occasion"
            ),
            (
                "marking.reference.stricter",
                "/conferences/0/related_events/0/conference"
            ),
            ("marking.reference.stricter", "/media_releases/0/about/1"),
        ]
    );
    // The public view withholds the statement (its session is withheld), drops the related
    // event, which repeats that session's title, and the release's reference to it.
    let view = d.view_for(Audience::PUBLIC);
    let kept = &view.dataset.conferences[0];
    assert!(kept.statements.is_empty());
    assert!(kept.related_events.is_empty());
    assert_eq!(view.dataset.media_releases[0].about.len(), 1);
    assert!(view.dataset.media_releases[0].quotes.is_empty());
    assert_eq!(view.withheld.statements, 2);
    let public = view.dataset.validate();
    assert!(public.is_valid(), "{public}");
}

#[test]
fn items_sharing_an_id_are_each_kept_or_withheld_on_their_own_marking() {
    let json = r#"{"schema_version": "1.1", "marking": "TLP:CLEAR",
      "organizations": [
        {"id": "x", "name": "Public name", "kind": "other"},
        {"id": "x", "name": "Restricted name", "kind": "other", "marking": "TLP:RED"}
      ],
      "people": [{"id": "p", "name": "P"}],
      "conferences": [{"id": "c", "organizer": "x", "kind": "other", "title": "T", "dates": "2013",
        "statements": [
          {"id": "s", "speaker": "p", "kind": "quote", "text": "Public words.", "language": "en"},
          {"id": "s", "speaker": "p", "kind": "quote", "text": "Restricted words.", "language": "en",
           "marking": "TLP:RED"}
        ]}]}"#;
    let d: Dataset = decode::from_str(json).unwrap();
    assert!(!d.validate().is_valid());
    let view = d.view_for(Audience::PUBLIC);
    let text = serde_json::to_string(&view.dataset).unwrap();
    assert!(!text.contains("Restricted"), "{text}");
    assert_eq!(view.dataset.organizations.len(), 1);
    assert_eq!(view.dataset.conferences[0].statements.len(), 1);
    assert_eq!(
        (view.withheld.organizations, view.withheld.statements),
        (1, 1)
    );
}

#[test]
fn a_marking_on_a_member_list_alone_is_checked() {
    // Only the list of members carries a marking; the marking rules must still run.
    let json = r#"{"schema_version": "1.1", "marking": "TLP:GREEN",
      "organizations": [{"id": "o", "name": "O", "kind": "other"}],
      "people": [{"id": "p", "name": "P"}],
      "conferences": [{"id": "c", "organizer": "o", "kind": "other", "title": "T", "dates": "2013",
        "delegations": [{"country": "HU", "status": "member",
          "members": [{"person": "p"}], "members_marking": "TLP:CLEAR"}]}]}"#;
    let d: Dataset = decode::from_str(json).unwrap();
    let report = d.validate();
    let found: Vec<(&str, &str)> = report.iter().map(|v| (v.code(), v.pointer())).collect();
    assert_eq!(
        found,
        [(
            "marking.reference.stricter",
            "/conferences/0/delegations/0/members/0/person"
        )]
    );
}

#[test]
fn text_that_names_a_more_restricted_entity_is_reported_with_the_name_and_both_markings() {
    let path =
        common::manifest_dir().join("tests/fixtures/invalid/marking-text-names_stricter.json");
    let dataset: Dataset = decode::from_str(&common::read(&path)).unwrap();
    let report = dataset.validate();
    let messages: Vec<(&str, &str)> = report.iter().map(|v| (v.pointer(), v.message())).collect();
    assert_eq!(
        messages,
        [
            (
                "/conferences/0/decisions/0/text",
                "the decision's text is marked TLP:CLEAR but names the person \"Marko Novak\", marked TLP:AMBER: every view that shows the decision's text shows the name"
            ),
            (
                "/media_releases/0/paragraphs/0",
                "the release's paragraph is marked TLP:CLEAR but names the organization \"RPCC Joint Threat Assessment Cell\", marked TLP:AMBER: every view that shows the release's paragraph shows the name"
            ),
        ]
    );
    // The public view is what the warning is about: it keeps both texts.
    let public = dataset.view_for(Audience::PUBLIC).dataset;
    assert!(public.people.is_empty());
    assert_eq!(
        public.conferences[0].decisions[0]
            .text()
            .map(Paragraph::as_str),
        Some("The meeting thanked Marko Novak for the threat assessment.")
    );
}

#[test]
fn a_context_event_that_names_a_more_restricted_person_is_reported() {
    let json = r#"{"schema_version": "1.2", "marking": "TLP:CLEAR",
      "organizations": [{"id": "o", "name": "O", "kind": "other"}],
      "people": [{"id": "p", "name": "Marko Novak", "marking": "TLP:AMBER"}],
      "conferences": [{"id": "c", "organizer": "o", "kind": "other", "title": "T", "dates": "2013",
        "context": [{"kind": "operation", "description": "Marko Novak was arrested in Bar a week before."}]}]}"#;
    let d: Dataset = decode::from_str(json).unwrap();
    let report = d.validate();
    let messages: Vec<(&str, &str, &str)> = report
        .iter()
        .map(|v| (v.code(), v.pointer(), v.message()))
        .collect();
    assert_eq!(
        messages,
        [(
            "marking.text.names_stricter",
            "/conferences/0/context/0/description",
            "the context event's description is marked TLP:CLEAR but names the person \"Marko Novak\", marked TLP:AMBER: every view that shows the context event's description shows the name"
        )]
    );
}
