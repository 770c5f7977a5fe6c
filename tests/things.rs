//! Vocabulary 1.2, part 3: the things proceedings refer to — series of sessions, capabilities
//! (databases, systems, platforms, tools), bodies with several parents, a mandate and a
//! membership, regions with a description and subregions.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use regional_conference::capability::CapabilityKind;
use regional_conference::series::Cadence;
use regional_conference::validate::Validate;
use regional_conference::{Audience, Count, Dataset, Marking, decode};

mod common;

use common::{manifest_dir, messages as report, read, triples as expect, violations};

fn fixture() -> String {
    read(
        &manifest_dir()
            .join("tests/fixtures/valid")
            .join("things-referred-to.json"),
    )
}

/// A dataset of one organisation `o`, one region `r`, one session `c` of it, and `extra` at
/// the root.
fn dataset(extra: &str) -> String {
    format!(
        r#"{{"schema_version": "1.2",
        "organizations": [{{"id": "o", "name": "O", "kind": "intergovernmental_organization"}}],
        "regions": [{{"id": "r", "name": "R", "organizer": "o"}}],
        "conferences": [{{"id": "c", "organizer": "o", "kind": "other", "title": "T",
          "dates": {{"start": "2019-05-15", "end": "2019-05-17"}}}}]{extra}}}"#
    )
}

#[test]
fn the_fixture_reads_back_as_it_was_written() {
    let d: Dataset = decode::from_str(&fixture()).unwrap();
    assert!(d.validate().is_empty(), "{}", d.validate());
    let series = &d.series[0];
    assert_eq!(series.cadence, Some(Cadence::Annual));
    assert_eq!(
        d.series(&series.id).map(|s| s.title.as_str()),
        Some("INTERPOL European Regional Conference")
    );
    let sltd = d.capability(&"sltd".parse().unwrap()).unwrap();
    assert_eq!(sltd.kind, CapabilityKind::Database);
    let committee = &d.organizations[2];
    assert_eq!(committee.kind.as_str(), "committee");
    assert_eq!(committee.parents.len(), 2);
    assert_eq!(
        committee
            .created_at
            .as_ref()
            .map(regional_conference::id::ConferenceId::as_str),
        Some("interpol-erc-48")
    );
    assert_eq!(committee.membership[0].count, Count::exact(22));
    assert_eq!(
        committee.membership[0].as_of.map(|d| d.to_string()),
        Some("2019-05".to_owned())
    );
    assert_eq!(
        d.regions[0].subregions[0].as_str(),
        "interpol-south-east-europe"
    );
    let json = serde_json::to_string(&d).unwrap();
    let again: Dataset = decode::from_str(&json).unwrap();
    assert_eq!(again, d);
}

#[test]
fn a_broken_capability_reference_is_unresolved_where_it_is() {
    let json = dataset(
        r#", "capabilities": [{"id": "sltd", "name": "SLTD", "kind": "database", "operator": "nobody"}],
        "recommendations": [{"id": "rec", "adopted_at": "c", "action": "Use it.",
          "capabilities": ["sltd", "stld"]}]"#,
    )
    .replace(
        r#""title": "T","#,
        r#""title": "T", "agenda": [{"title": "A", "capabilities": ["i-24-7"]}],"#,
    );
    assert_eq!(
        report(&json),
        expect(&[
            (
                "reference.unresolved",
                "/capabilities/0/operator",
                r#"no organization has the id "nobody""#
            ),
            (
                "reference.unresolved",
                "/conferences/0/agenda/0/capabilities/0",
                r#"no capability has the id "i-24-7""#
            ),
            (
                "reference.unresolved",
                "/recommendations/0/capabilities/1",
                r#"no capability has the id "stld""#
            ),
        ])
    );
}

#[test]
fn a_series_needs_its_organiser_and_cites_its_region() {
    let json = dataset(
        r#", "series": [{"id": "s", "title": "S", "organizer": "p", "region": "q", "cadence": "biennial"}]"#,
    );
    assert_eq!(
        report(&json),
        expect(&[
            (
                "reference.unresolved",
                "/series/0/organizer",
                r#"no organization has the id "p""#
            ),
            (
                "reference.unresolved",
                "/series/0/region",
                r#"no region has the id "q""#
            ),
        ])
    );
}

#[test]
fn a_series_id_used_twice_is_a_duplicate_id() {
    let json = dataset(
        r#", "series": [{"id": "s", "title": "S", "organizer": "o"}, {"id": "s", "title": "S again", "organizer": "o"}],
        "capabilities": [{"id": "k", "name": "K", "kind": "tool"}, {"id": "k", "name": "K", "kind": "other"}]"#,
    );
    assert_eq!(
        report(&json),
        expect(&[
            (
                "id.duplicate",
                "/series/1/id",
                r#"the series id "s" is already used by another series"#
            ),
            (
                "id.duplicate",
                "/capabilities/1/id",
                r#"the capability id "k" is already used by another capability"#
            ),
        ])
    );
}

#[test]
fn a_session_names_a_series_that_no_entity_describes() {
    let json = dataset("").replace(r#""kind": "other","#, r#""kind": "other", "series": "s","#);
    assert_eq!(report(&json), expect(&[]));
}

#[test]
fn a_parent_named_again_is_a_warning_at_the_repeat() {
    let json = r#"{"schema_version": "1.2", "organizations": [
        {"id": "a", "name": "A", "kind": "intergovernmental_organization"},
        {"id": "b", "name": "B", "kind": "regional_body"},
        {"id": "w", "name": "W", "kind": "working_group", "parent": "a", "parents": ["b", "a", "b"],
         "created_at": "nowhere"}]}"#;
    assert_eq!(
        report(json),
        expect(&[
            (
                "reference.unresolved",
                "/organizations/2/created_at",
                r#"no conference has the id "nowhere""#
            ),
            (
                "organization.parent.repeated",
                "/organizations/2/parents/1",
                r#""a" is the parent of organization "w" and is listed again in its parents"#
            ),
            (
                "organization.parent.repeated",
                "/organizations/2/parents/2",
                r#""b" is listed twice in the parents of organization "w""#
            ),
        ])
    );
    // A warning: without the broken reference, the dataset is valid.
    let d: Dataset =
        decode::from_str(&json.replace(r#""created_at": "nowhere""#, r#""acronym": "W""#)).unwrap();
    assert!(d.organizations[2].created_at.is_none());
    assert!(d.validate().is_valid());
    assert_eq!(d.validate().len(), 2);
}

#[test]
fn a_region_listing_itself_as_a_subregion_is_an_error() {
    let json = r#"{"schema_version": "1.2",
        "organizations": [{"id": "o", "name": "O", "kind": "intergovernmental_organization"}],
        "regions": [{"id": "r", "name": "R", "organizer": "o", "subregions": ["s", "r", "t"]},
                    {"id": "s", "name": "S", "organizer": "o"}]}"#;
    assert_eq!(
        report(json),
        expect(&[
            (
                "reference.unresolved",
                "/regions/0/subregions/2",
                r#"no region has the id "t""#
            ),
            (
                "region.subregion.self",
                "/regions/0/subregions/1",
                r#"region "r" lists itself as a subregion"#
            ),
        ])
    );
}

#[test]
fn a_membership_total_needs_its_count() {
    let json = dataset("").replace(
        r#""kind": "intergovernmental_organization"}"#,
        r#""kind": "intergovernmental_organization", "membership": [{"as_of": "2017"}]}"#,
    );
    let err = decode::from_str::<Dataset>(&json).unwrap_err();
    assert_eq!(err.pointer(), "/organizations/0/membership/0");
    assert!(
        err.message().starts_with("missing field `count`"),
        "{}",
        err.message()
    );
}

#[test]
fn a_restricted_capability_or_series_never_reaches_a_public_view() {
    let mut d: Dataset = decode::from_str(&fixture()).unwrap();
    d.marking = Some(Marking::Clear);
    d.capabilities[0].marking = Some(Marking::Amber);
    d.series[0].marking = Some(Marking::Red);
    let public = d.view_for(Audience::PUBLIC);
    let json = serde_json::to_string(&public.dataset).unwrap();
    assert!(public.dataset.series.is_empty());
    assert_eq!(public.dataset.capabilities.len(), 1);
    assert_eq!(public.dataset.capabilities[0].id.as_str(), "i-24-7");
    assert!(!json.contains("\"sltd\""), "{json}");
    assert_eq!(public.withheld.series, 1);
    assert_eq!(public.withheld.capabilities, 1);
    // The recommendation's and the agenda item's references to the capability are dropped.
    assert_eq!(public.withheld.references, 2);
    assert_eq!(public.withheld.total(), 4);
    assert_eq!(
        public.withheld.to_string(),
        "series 1, capabilities 1, references 2"
    );
    assert!(
        public.dataset.validate().is_empty(),
        "{}",
        public.dataset.validate()
    );
    // An audience cleared for amber receives the capability, not the series.
    let amber = d.view_for(Audience::cleared_for(Marking::Amber));
    assert_eq!(amber.dataset.capabilities.len(), 2);
    assert!(amber.dataset.series.is_empty());
}

#[test]
fn a_series_is_withheld_with_its_organiser() {
    let mut d: Dataset = decode::from_str(&fixture()).unwrap();
    d.marking = Some(Marking::Clear);
    d.organizations[0].marking = Some(Marking::Red);
    let public = d.view_for(Audience::PUBLIC);
    assert!(public.dataset.series.is_empty());
    assert_eq!(public.withheld.series, 1);
    // Capabilities only cite their operator: kept without it.
    assert_eq!(public.dataset.capabilities.len(), 2);
    assert!(
        public
            .dataset
            .capabilities
            .iter()
            .all(|c| c.operator.is_none())
    );
    assert!(
        public.dataset.validate().is_empty(),
        "{}",
        public.dataset.validate()
    );
}

#[test]
fn a_public_text_naming_a_restricted_capability_is_a_warning() {
    let mut d: Dataset = decode::from_str(&fixture()).unwrap();
    d.marking = Some(Marking::Clear);
    d.capabilities[0].marking = Some(Marking::Amber);
    d.series[0].marking = Some(Marking::Red);
    assert_eq!(
        violations(&d),
        expect(&[(
            "marking.text.names_stricter",
            "/recommendations/0/action",
            r#"the recommendation is marked TLP:CLEAR but names the capability "SLTD", marked TLP:AMBER: every view that shows the recommendation shows the name"#
        )])
    );
}
