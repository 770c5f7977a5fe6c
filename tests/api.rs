//! The API a downstream crate uses to build a record from scratch: decision constructors and
//! setters, wire names through `Display`, `from_static` for literals, and the schema base URI.
//!
//! This file is a crate of its own, so `#[non_exhaustive]` holds here as it does for users.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use std::collections::BTreeSet;
use std::fmt::Display;

use regional_conference::conference::{ConferenceKind, EventRelation, Measure};
use regional_conference::count::Qualifier;
use regional_conference::date::{Date, PartialDate};
use regional_conference::decision::HostDesignation;
use regional_conference::delegation::ParticipationStatus;
use regional_conference::id::{
    ConferenceId, MediaReleaseId, OrganizationId, PersonId, RecommendationId, RegionId, SeriesId,
    SourceId, StatementId, StrategyId,
};
use regional_conference::organization::OrganizationKind;
use regional_conference::release::ReleaseKind;
use regional_conference::schema::{self, DEFAULT_BASE_URI, Document, SchemaBase};
use regional_conference::source::Url;
use regional_conference::statement::{Capacity, StatementKind};
use regional_conference::topic::{KnownTopic, Topic};
use regional_conference::{CountryCode, Decision, LanguageTag, Marking, Ordinal, Paragraph, Text};
use serde::Serialize;
use serde_json::{Value, json};

const FIXTURE: &str = include_str!("fixtures/valid/budapest-2013.json");

fn release() -> SourceId {
    SourceId::from_static("interpol-release-2013-05-16")
}

// ===== Decisions =====

#[test]
fn decision_constructors_serialize_as_the_fixture_does() {
    let fixture: Value = serde_json::from_str(FIXTURE).unwrap();
    let built = vec![
        Decision::endorse_strategy(StrategyId::from_static("interpol-europe-strategy-2014-2016"))
            .with_source(release()),
        Decision::adopt_recommendations(
            (1..=4)
                .map(|n| RecommendationId::new(&format!("erc-42-rec-{n}")).unwrap())
                .collect(),
        )
        .with_sources([release()]),
        Decision::designate_host(HostDesignation::new(
            SeriesId::from_static("interpol-european-regional-conference"),
            Ordinal::new(43).unwrap(),
            CountryCode::from_static("RO"),
            PartialDate::from_static("2014"),
        ))
        .with_text(Paragraph::from_static(
            "The conference closed with delegates designating Romania as host country for the 43rd INTERPOL European Regional Conference in 2014.",
        ))
        .with_source(release()),
    ];
    assert_eq!(
        serde_json::to_value(&built).unwrap(),
        fixture["conferences"][0]["decisions"]
    );
}

#[track_caller]
fn assert_wire(decision: &Decision, expected: &Value) {
    assert_eq!(&serde_json::to_value(decision).unwrap(), expected);
    let back: Decision = serde_json::from_value(expected.clone()).unwrap();
    assert_eq!(&back, decision);
}

#[test]
fn every_decision_kind_is_built_without_naming_its_fields() {
    let wording = Paragraph::from_static("Adopted unanimously.");
    let igmese = OrganizationId::from_static("igmese");
    let noble = PersonId::from_static("ronald-k-noble");
    let secretary_general = || Capacity::new(Text::from_static("Secretary General"), None);

    assert_wire(
        &Decision::establish_body(igmese.clone()).with_text(wording.clone()),
        &json!({"kind": "establish_body", "organization": "igmese", "text": "Adopted unanimously."}),
    );
    assert_wire(
        &Decision::elect(noble.clone(), secretary_general())
            .with_term(Some(PartialDate::from_static("2000-11")), None)
            .with_source(release()),
        &json!({"kind": "elect", "person": "ronald-k-noble",
                "position": {"title": "Secretary General"}, "from": "2000-11",
                "sources": ["interpol-release-2013-05-16"]}),
    );
    assert_wire(
        &Decision::appoint(noble, secretary_general()).with_term(
            Some(PartialDate::from_static("2000-11-03")),
            Some(PartialDate::from_static("2014-11")),
        ),
        &json!({"kind": "appoint", "person": "ronald-k-noble",
                "position": {"title": "Secretary General"}, "from": "2000-11-03", "to": "2014-11"}),
    );
    assert_wire(
        &Decision::admit_country(CountryCode::from_static("XK")).with_text(wording.clone()),
        &json!({"kind": "admit_member", "country": "XK", "text": "Adopted unanimously."}),
    );
    assert_wire(
        &Decision::admit_organization(igmese),
        &json!({"kind": "admit_member", "organization": "igmese"}),
    );
    assert_wire(
        &Decision::other(Paragraph::from_static("The conference thanked its host."))
            .with_text(wording)
            .with_sources([release(), SourceId::from_static("annual-report-2013")]),
        &json!({"kind": "other", "text": "Adopted unanimously.",
                "sources": ["interpol-release-2013-05-16", "annual-report-2013"]}),
    );
}

#[test]
fn decision_text_and_sources_read_back_for_every_kind() {
    let decision = Decision::endorse_strategy(StrategyId::from_static("s"));
    assert_eq!(decision.text(), None);
    assert!(decision.sources().is_empty());

    let other = Decision::other(Paragraph::from_static("In words."));
    assert_eq!(other.text().map(Paragraph::as_str), Some("In words."));

    let mut decision = decision.with_source(release()).with_source(release());
    assert_eq!(decision.sources(), &[release(), release()]);
    decision.sources_mut().clear();
    assert!(decision.sources().is_empty());
}

#[test]
#[should_panic(expected = "Decision::with_term: a endorse_strategy decision has no term")]
fn a_term_on_a_decision_without_one_panics() {
    let _ = Decision::endorse_strategy(StrategyId::from_static("s"))
        .with_term(Some(PartialDate::from_static("2014")), None);
}

// ===== Wire names =====

/// Every string a schema lists as a value (`enum` members and `const`s).
fn schema_values(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(s)) = map.get("const") {
                out.insert(s.clone());
            }
            if let Some(Value::Array(items)) = map.get("enum") {
                out.extend(items.iter().filter_map(Value::as_str).map(str::to_owned));
            }
            map.values().for_each(|v| schema_values(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| schema_values(v, out)),
        _ => {}
    }
}

/// Asserts that each value displays as it serializes, and that `all` holds every value the
/// type's schema lists, so that a variant cannot be missing from the list.
#[track_caller]
fn assert_display_is_wire<T: Display + Serialize + schemars::JsonSchema>(all: &[T]) {
    let mut displayed = BTreeSet::new();
    for value in all {
        assert_eq!(
            serde_json::to_value(value).unwrap(),
            Value::String(value.to_string()),
            "{} displays as it serializes",
            std::any::type_name::<T>()
        );
        displayed.insert(value.to_string());
    }
    let mut listed = BTreeSet::new();
    schema_values(&schemars::schema_for!(T).to_value(), &mut listed);
    assert_eq!(displayed, listed, "{}", std::any::type_name::<T>());
}

#[test]
fn kinds_and_statuses_display_as_their_wire_names() {
    assert_display_is_wire(ConferenceKind::ALL);
    assert_display_is_wire(Measure::ALL);
    assert_display_is_wire(EventRelation::ALL);
    assert_display_is_wire(ParticipationStatus::ALL);
    assert_display_is_wire(StatementKind::ALL);
    assert_display_is_wire(ReleaseKind::ALL);
    assert_display_is_wire(OrganizationKind::ALL);
    assert_display_is_wire(&Marking::ALL);
    // A topic's schema also lists the known codes after `custom:`, as refused: check the
    // codes one by one.
    for &known in KnownTopic::ALL {
        assert_eq!(
            serde_json::to_value(Topic::from(known)).unwrap(),
            Value::String(known.to_string())
        );
    }
    assert_display_is_wire(&[
        Qualifier::Exact,
        Qualifier::About,
        Qualifier::AtLeast,
        Qualifier::MoreThan,
        Qualifier::Nearly,
        Qualifier::FewerThan,
        Qualifier::AtMost,
        Qualifier::Between,
    ]);
}

#[test]
fn as_str_is_the_wire_name_spelled_out() {
    const KIND: &str = OrganizationKind::NationalCentralBureau.as_str();
    assert_eq!(KIND, "national_central_bureau");
    assert_eq!(
        ConferenceKind::RegionalConference.as_str(),
        "regional_conference"
    );
    assert_eq!(
        ConferenceKind::ExtraordinarySession.to_string(),
        "extraordinary_session"
    );
    assert_eq!(Measure::Countries.as_str(), "countries");
    assert_eq!(EventRelation::CoLocated.as_str(), "co_located");
    assert_eq!(ParticipationStatus::Observer.as_str(), "observer");
    assert_eq!(StatementKind::Paraphrase.as_str(), "paraphrase");
    assert_eq!(ReleaseKind::MediaRelease.to_string(), "media_release");
    assert_eq!(
        OrganizationKind::IntergovernmentalOrganization.as_str(),
        "intergovernmental_organization"
    );
    assert_eq!(format!("{:>8}|", Measure::Officials), "officials|");
}

// ===== from_static =====

#[test]
fn from_static_gives_the_same_values_as_parse() {
    assert_eq!(
        PersonId::from_static("karoly-papp"),
        "karoly-papp".parse().unwrap()
    );
    assert_eq!(
        Text::from_static("Károly Papp"),
        "Károly Papp".parse().unwrap()
    );
    assert_eq!(
        Paragraph::from_static("• one;\n• two."),
        "• one;\n• two.".parse().unwrap()
    );
    assert_eq!(LanguageTag::from_static("pt-BR"), "pt-BR".parse().unwrap());
    assert_eq!(
        Url::from_static("https://example.org/a"),
        "https://example.org/a".parse().unwrap()
    );
    assert_eq!(
        Date::from_static("2013-05-16"),
        "2013-05-16".parse().unwrap()
    );
    assert_eq!(
        PartialDate::from_static("2012-11"),
        "2012-11".parse().unwrap()
    );
    assert_eq!(
        SchemaBase::from_static("https://regional-conference.example/schemas/"),
        SchemaBase::DEFAULT
    );
}

#[test]
fn from_static_exists_for_every_id_kind() {
    assert_eq!(OrganizationId::from_static("interpol").as_str(), "interpol");
    assert_eq!(RegionId::from_static("europe").as_str(), "europe");
    assert_eq!(ConferenceId::from_static("erc-42").as_str(), "erc-42");
    assert_eq!(SeriesId::from_static("erc").as_str(), "erc");
    assert_eq!(StrategyId::from_static("s-2014").as_str(), "s-2014");
    assert_eq!(RecommendationId::from_static("rec-1").as_str(), "rec-1");
    assert_eq!(StatementId::from_static("q-1").as_str(), "q-1");
    assert_eq!(MediaReleaseId::from_static("r-1").as_str(), "r-1");
    assert_eq!(SourceId::from_static("src-1").as_str(), "src-1");
}

#[test]
#[should_panic(
    expected = "PersonId::from_static: invalid person id \"Karoly-Papp\": character 'K' at byte 0 is not allowed (ids use lowercase a-z, digits and single hyphens)"
)]
fn person_id_from_static_panics_naming_the_input() {
    let _ = PersonId::from_static("Karoly-Papp");
}

#[test]
#[should_panic(
    expected = "SourceId::from_static: invalid source id \"release--2013\": two hyphens in a row at byte 7"
)]
fn source_id_from_static_panics_naming_the_input() {
    let _ = SourceId::from_static("release--2013");
}

#[test]
#[should_panic(
    expected = "Text::from_static: invalid text \"Budapest\\n\": leading or trailing whitespace"
)]
fn text_from_static_panics_naming_the_input() {
    let _ = Text::from_static("Budapest\n");
}

#[test]
#[should_panic(expected = "Paragraph::from_static: invalid text \"\": empty")]
fn paragraph_from_static_panics_naming_the_input() {
    let _ = Paragraph::from_static("");
}

#[test]
#[should_panic(
    expected = "LanguageTag::from_static: invalid language tag \"EN\": not in canonical case, write \"en\""
)]
fn language_tag_from_static_panics_naming_the_input() {
    let _ = LanguageTag::from_static("EN");
}

#[test]
#[should_panic(
    expected = "Url::from_static: invalid URL \"ftp://example.org/\": expected an absolute http or https URL"
)]
fn url_from_static_panics_naming_the_input() {
    let _ = Url::from_static("ftp://example.org/");
}

#[test]
#[should_panic(
    expected = "Date::from_static: invalid date \"2013-02-30\": February 2013 has no day 30"
)]
fn date_from_static_panics_naming_the_input() {
    let _ = Date::from_static("2013-02-30");
}

#[test]
#[should_panic(
    expected = "PartialDate::from_static: invalid date \"2012-13\": month 13 is outside 1–12"
)]
fn partial_date_from_static_panics_naming_the_input() {
    let _ = PartialDate::from_static("2012-13");
}

#[test]
#[should_panic(
    expected = "SchemaBase::from_static: not an absolute URI ending in \"/\" without a query or fragment"
)]
fn schema_base_from_static_panics() {
    let _ = SchemaBase::from_static("https://example.org");
}

// ===== Schema base URI =====

#[track_caller]
fn refused(base: &str) -> String {
    let from_str = base.parse::<SchemaBase>().unwrap_err();
    assert_eq!(SchemaBase::try_from(base).unwrap_err(), from_str);
    assert_eq!(SchemaBase::try_from(base.to_owned()).unwrap_err(), from_str);
    from_str.to_string()
}

#[test]
fn a_base_without_a_trailing_slash_is_refused_naming_it() {
    assert_eq!(
        refused("https://example.org"),
        "invalid schema base URI \"https://example.org\": does not end with \"/\" \
         (the version and file name are appended to it)"
    );
    assert_eq!(
        SchemaBase::new("https://example.org").unwrap_err().input(),
        "https://example.org"
    );
}

#[test]
fn other_unusable_bases_are_refused_saying_why() {
    assert_eq!(refused(""), "invalid schema base URI \"\": empty");
    assert_eq!(
        refused("schemas/"),
        "invalid schema base URI \"schemas/\": not an absolute URI (it has no scheme such as \"https:\")"
    );
    assert_eq!(
        refused("://example.org/"),
        "invalid schema base URI \"://example.org/\": not an absolute URI (it has no scheme such as \"https:\")"
    );
    assert_eq!(
        refused("https://example.org/my schemas/"),
        "invalid schema base URI \"https://example.org/my schemas/\": whitespace or control character at byte 22"
    );
    assert_eq!(
        refused("https://example.org/?v=/"),
        "invalid schema base URI \"https://example.org/?v=/\": a query or fragment at byte 20 \
         (the version and file name are appended to the base)"
    );
    assert_eq!(
        refused("https://example.org/#/"),
        "invalid schema base URI \"https://example.org/#/\": a query or fragment at byte 20 \
         (the version and file name are appended to the base)"
    );
}

#[test]
fn the_default_base_needs_no_ceremony_and_a_custom_one_is_used_as_given() {
    assert_eq!(DEFAULT_BASE_URI, &SchemaBase::default());
    assert_eq!(
        Document::Dataset.id(DEFAULT_BASE_URI),
        "https://regional-conference.example/schemas/1.2/dataset.schema.json"
    );
    let base: SchemaBase = "urn:example:rc/".parse().unwrap();
    assert_eq!(base.to_string(), "urn:example:rc/");
    assert_eq!(
        Document::MediaRelease.schema(&base)["$id"],
        "urn:example:rc/1.2/media-release.schema.json"
    );
    let files = schema::files(&base);
    let rules = files
        .iter()
        .find(|(name, _)| *name == "rules.json")
        .unwrap();
    assert!(
        rules
            .1
            .contains("\"$id\": \"urn:example:rc/1.2/rules.json\"")
    );
}

// ===== Auto traits =====

#[test]
fn new_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<SchemaBase>();
    check::<schema::SchemaBaseError>();
}
