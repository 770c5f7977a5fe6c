//! Edge cases of the context rules: duplicate region ids, statements said at another session,
//! host designations from sessions outside a series, and brackets in URLs.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use regional_conference::source::Url;
use regional_conference::validate::Validate;
use regional_conference::{Dataset, decode};

fn report(json: &str) -> Vec<(String, String)> {
    let dataset: Dataset = decode::from_str(json).unwrap();
    dataset
        .validate()
        .iter()
        .map(|v| (v.code().to_owned(), v.pointer().to_owned()))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

const ORG: &str = r#"{"id": "o", "name": "O", "kind": "intergovernmental_organization"}"#;

#[test]
fn a_duplicate_region_id_keeps_the_first_regions_members() {
    let json = format!(
        r#"{{"schema_version": "1.0", "organizations": [{ORG}],
        "regions": [
          {{"id": "europe", "name": "Europe", "organizer": "o", "members": ["FR"]}},
          {{"id": "europe", "name": "Europe again", "organizer": "o", "members": ["DE"]}}
        ],
        "conferences": [{{"id": "c", "organizer": "o", "kind": "regional_conference", "region": "europe",
          "title": "T", "dates": "2013", "delegations": [{{"country": "FR", "status": "member"}}]}}]}}"#
    );
    assert_eq!(report(&json), pairs(&[("id.duplicate", "/regions/1/id")]));
}

#[test]
fn a_statement_is_checked_against_the_dates_of_its_occasion() {
    // Listed under the 2013 session, said at the 2016 one, by someone who became President in
    // 2015: held at the time it was said.
    let json = format!(
        r#"{{"schema_version": "1.0", "organizations": [{ORG}],
        "people": [{{"id": "p", "name": "P", "positions": [{{"title": "President", "organization": "o", "from": "2015"}}]}}],
        "conferences": [
          {{"id": "c2013", "organizer": "o", "kind": "other", "title": "T", "dates": "2013",
           "statements": [{{"id": "s", "speaker": "p", "capacity": {{"title": "President", "organization": "o"}},
             "kind": "quote", "text": "Words.", "language": "en", "occasion": "c2016"}}]}},
          {{"id": "c2016", "organizer": "o", "kind": "other", "title": "U", "dates": "2016"}}
        ]}}"#
    );
    assert_eq!(report(&json), pairs(&[]));
    // Said at the 2013 session itself, the capacity was not yet held.
    let at_2013 = json.replace(r#", "occasion": "c2016""#, "");
    assert_eq!(
        report(&at_2013),
        pairs(&[(
            "statement.capacity.not_held",
            "/conferences/0/statements/0/capacity"
        )])
    );
}

#[test]
fn ordinals_are_compared_only_within_the_designating_sessions_series() {
    // A session with an ordinal but no series designates the 3rd session of some series: no
    // ordinal of its own series to compare with.
    let json = format!(
        r#"{{"schema_version": "1.0", "organizations": [{ORG}],
        "conferences": [{{"id": "c", "organizer": "o", "kind": "other", "title": "T", "dates": "2013", "ordinal": 7,
          "decisions": [{{"kind": "designate_host", "series": "s", "ordinal": 3, "country": "RO", "date": "2014"}}]}}]}}"#
    );
    assert_eq!(report(&json), pairs(&[]));
    let in_series = json.replace(r#""ordinal": 7,"#, r#""ordinal": 7, "series": "s","#);
    assert_eq!(
        report(&in_series),
        pairs(&[("host.ordinal.order", "/conferences/0/decisions/0/ordinal")])
    );
}

#[test]
fn brackets_belong_only_to_an_ip_literal_host() {
    assert!(Url::new("http://[::1]:8080/x").is_ok());
    assert_eq!(
        Url::new("http://a[b@host/").unwrap_err().to_string(),
        "invalid URL \"http://a[b@host/\": '[' or ']' outside an IP-literal host"
    );
    assert_eq!(
        Url::new("http://user@/x").unwrap_err().to_string(),
        "invalid URL \"http://user@/x\": no host"
    );
}
