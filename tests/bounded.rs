//! Bounded, escaped output: no input makes a message of unbounded size, forges a line of a
//! report or reaches the terminal as a control sequence; a report holds at most a limit of
//! violations and says how many more it found.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use regional_conference::validate::{Limits, Validate};
use regional_conference::{Dataset, Error, decode, from_json};

#[test]
fn an_unknown_key_with_a_line_break_and_escape_sequence_is_shown_escaped() {
    let json = "{\"schema_version\": \"1.1\", \"a\\r\\nfile.json: valid\\u001b[31m\": 1}";
    let err = decode::from_str::<Dataset>(json).unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 1, column 59, at /a\\r\\nfile.json: valid\\u{1b}[31m: unknown field `a\\r\\nfile.json: valid\\u{1b}[31m`, expected one of `schema_version`, `marking`, `language`, `organizations`, `regions`, `series`, `capabilities`, `people`, `offices`, `conferences`, `strategies`, `recommendations`, `media_releases`, `sources`, `extensions`"
    );
    assert!(!err.to_string().contains(['\r', '\n', '\u{1b}']));
}

#[test]
fn a_twenty_megabyte_unknown_key_gives_a_message_of_a_few_hundred_bytes() {
    let key = "k".repeat(20 * 1024 * 1024);
    let json = format!("{{\"schema_version\": \"1.1\", \"{key}\": 1}}");
    let err = decode::from_str::<Dataset>(&json).unwrap_err();
    let message = err.message();
    assert!(message.len() < 400, "{} bytes", message.len());
    assert!(
        message.starts_with(&format!(
            "unknown field `{}…`, expected one of",
            "k".repeat(64)
        )),
        "{message}"
    );
    assert!(err.to_string().len() < 500);
}

#[test]
fn a_string_of_the_wrong_type_is_quoted_short() {
    let long = "x".repeat(10_000);
    let json = format!("{{\"schema_version\": \"1.1\", \"organizations\": \"{long}\"}}");
    let err = decode::from_str::<Dataset>(&json).unwrap_err();
    assert_eq!(
        err.message(),
        format!(
            "invalid type: string \"{}…\", expected a sequence",
            "x".repeat(64)
        )
    );
}

#[test]
fn a_bidi_override_in_a_title_is_escaped_in_the_report() {
    let json = r#"{"schema_version": "1.1",
      "organizations": [{"id": "interpol", "name": "INTERPOL", "kind": "intergovernmental_organization"}],
      "strategies": [{"id": "s", "title": "Strategy", "organizer": "interpol",
        "period": {"start": 2014, "end": 2016},
        "priorities": [{"title": "Cyber\u202ecrime"}, {"title": "Cyber\u202ecrime"}]}]}"#;
    let Err(Error::Invalid(report)) = from_json(json) else {
        panic!("expected a report")
    };
    assert_eq!(
        report.to_string(),
        "error[strategy.priority.duplicate] /strategies/0/priorities/1/title: the priority \"Cyber\\u{202e}crime\" is listed twice\n"
    );
}

#[test]
fn a_report_holds_at_most_the_limit_and_counts_the_rest() {
    let members = vec!["\"HU\""; 25_001].join(",");
    let json = format!(
        r#"{{"schema_version": "1.1",
          "organizations": [{{"id": "interpol", "name": "INTERPOL", "kind": "intergovernmental_organization"}}],
          "regions": [{{"id": "europe", "name": "Europe", "organizer": "interpol", "members": [{members}]}}]}}"#
    );
    let dataset: Dataset = decode::from_str(&json).unwrap();
    let report = dataset.validate();
    assert_eq!(
        (report.len(), report.omitted()),
        (Limits::DEFAULT_MAX_VIOLATIONS, 15_000)
    );
    assert!(
        report
            .to_string()
            .ends_with("\n… 15000 more violations found, not collected (limit 10000)\n")
    );
    let small = dataset.validate_with(Limits::default().max_violations(3));
    assert_eq!((small.len(), small.omitted()), (3, 24_997));
    assert_eq!(small.violations()[2].pointer(), "/regions/0/members/3");
    // Errors past the limit still make the document invalid.
    let none = dataset.validate_with(Limits::default().max_violations(0));
    assert_eq!((none.len(), none.omitted()), (0, 25_000));
    assert!(!none.is_empty());
}

#[test]
fn errors_past_the_limit_keep_a_document_invalid() {
    let json = r#"{"schema_version": "1.1",
      "strategies": [{"id": "s", "title": "Strategy", "organizer": "nobody",
        "period": {"start": 2014, "end": 2016}}]}"#;
    let dataset: Dataset = decode::from_str(json).unwrap();
    let none = dataset.validate_with(Limits::default().max_violations(0));
    assert_eq!((none.len(), none.omitted()), (0, 1));
    assert!(!none.is_valid());
    assert!(
        dataset.validate().violations()[0]
            .message()
            .contains("nobody")
    );
}
