//! The fixture corpus: every rule of the catalogue broken by at least one small, realistic
//! dataset under `tests/fixtures/invalid/`, each beside a `.expected.json` that lists the exact
//! violations (code, JSON Pointer, severity) the checker must report; and the valid fixtures
//! under `tests/fixtures/valid/`, which must report nothing but their listed warnings.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use regional_conference::rule::{Rule, Severity};
use regional_conference::validate::Validate;
use regional_conference::{Dataset, Error, decode, from_json};

mod common;

use common::{Entry, entries, expected_entries, expected_path, file_name, fixtures, read, stem};

fn fixtures_dir(kind: &str) -> PathBuf {
    common::manifest_dir()
        .join("tests")
        .join("fixtures")
        .join(kind)
}

/// The sorted expected violations of a fixture; `None` if it has no expected file.
fn expected(fixture: &Path) -> Option<Vec<Entry>> {
    let path = expected_path(fixture);
    path.exists().then(|| expected_entries(&path))
}

fn decode_fixture(path: &Path) -> Dataset {
    decode::from_str::<Dataset>(&read(path))
        .unwrap_or_else(|e| panic!("{} does not decode: {e}", file_name(path)))
}

fn show(entries: &[Entry]) -> String {
    if entries.is_empty() {
        return "    (none)\n".to_owned();
    }
    let mut out = String::new();
    for (code, pointer, severity) in entries {
        let _ = writeln!(out, "    {severity}[{code}] {pointer}");
    }
    out
}

/// A multiset difference: what is in `a` and not matched in `b`.
fn minus(a: &[Entry], b: &[Entry]) -> Vec<Entry> {
    let mut rest = b.to_vec();
    a.iter()
        .filter(|e| {
            if let Some(i) = rest.iter().position(|r| r == *e) {
                rest.remove(i);
                false
            } else {
                true
            }
        })
        .cloned()
        .collect()
}

fn mismatch(name: &str, expected: &[Entry], observed: &[Entry]) -> String {
    format!(
        "{name}:\n  expected:\n{}  observed:\n{}  missing (expected, not reported):\n{}  unexpected (reported, not expected):\n{}",
        show(expected),
        show(observed),
        show(&minus(expected, observed)),
        show(&minus(observed, expected)),
    )
}

/// The rule a fixture is named after: the longest rule code (dots as hyphens) that is the
/// file's stem or a prefix of it followed by `-`.
fn rule_of(stem: &str) -> Option<Rule> {
    Rule::ALL
        .iter()
        .copied()
        .filter(|r| {
            let name = r.code().replace('.', "-");
            stem == name || stem.starts_with(&format!("{name}-"))
        })
        .max_by_key(|r| r.code().len())
}

#[test]
fn every_invalid_fixture_reports_exactly_its_expected_violations() {
    let all = fixtures("invalid");
    assert!(!all.is_empty(), "no invalid fixtures found");
    let mut failures = Vec::new();
    for path in &all {
        let name = file_name(path);
        let Some(expected) = expected(path) else {
            failures.push(format!(
                "{name}: no {} beside it",
                file_name(&expected_path(path))
            ));
            continue;
        };
        if expected.is_empty() {
            failures.push(format!(
                "{name}: the expected file lists no violation; an invalid fixture must break a rule"
            ));
        }
        let dataset = match decode::from_str::<Dataset>(&read(path)) {
            Ok(d) => d,
            Err(e) => {
                failures.push(format!("{name}: does not decode: {e}"));
                continue;
            }
        };
        let observed = entries(&dataset.validate());
        if observed != expected {
            failures.push(mismatch(name, &expected, &observed));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} invalid fixtures do not report what they should:\n\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}

#[test]
fn every_invalid_fixture_is_named_after_a_rule_it_breaks() {
    let mut failures = Vec::new();
    for path in fixtures("invalid") {
        let stem = stem(&path);
        if stem == "many-violations" {
            continue;
        }
        let Some(rule) = rule_of(stem) else {
            failures.push(format!("{stem}.json: named after no rule of the catalogue"));
            continue;
        };
        let expected = expected(&path).unwrap_or_default();
        if !expected.iter().any(|(code, _, _)| code == rule.code()) {
            failures.push(format!(
                "{stem}.json: named after {rule}, which its expected file does not list"
            ));
        }
        for (code, pointer, severity) in &expected {
            let Some(listed) = Rule::from_code(code) else {
                failures.push(format!(
                    "{stem}.json: unknown rule code {code:?} at {pointer}"
                ));
                continue;
            };
            if listed.severity().as_str() != severity {
                failures.push(format!(
                    "{stem}.json: {code} at {pointer} is listed as {severity}, but the rule's severity is {}",
                    listed.severity()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn many_violations_are_all_reported_in_one_pass() {
    let path = fixtures_dir("invalid").join("many-violations.json");
    let expected = expected(&path).unwrap();
    let codes: BTreeSet<&str> = expected.iter().map(|(c, _, _)| c.as_str()).collect();
    assert!(
        codes.len() >= 5,
        "many-violations.json should break several rules, lists {codes:?}"
    );
    let report = decode_fixture(&path).validate();
    let observed = entries(&report);
    assert!(
        observed == expected,
        "{}",
        mismatch("many-violations.json", &expected, &observed)
    );
    assert_eq!(report.len(), expected.len());
    assert!(!report.is_valid());
}

#[test]
fn every_valid_fixture_validates_with_exactly_its_expected_warnings() {
    let all = fixtures("valid");
    assert!(!all.is_empty(), "no valid fixtures found");
    let mut failures = Vec::new();
    for path in &all {
        let name = file_name(path);
        let expected = expected(path).unwrap_or_default();
        if let Some((code, pointer, _)) = expected.iter().find(|(_, _, s)| s != "warning") {
            failures.push(format!(
                "{name}: a valid fixture may only expect warnings, lists {code} at {pointer}"
            ));
        }
        let json = read(path);
        let report = decode_fixture(path).validate();
        let observed = entries(&report);
        if observed != expected {
            failures.push(mismatch(name, &expected, &observed));
        }
        if !report.is_valid() {
            failures.push(format!("{name}: is_valid() is false:\n{report}"));
        }
        match from_json(&json) {
            Ok(valid) => {
                let mut warnings: Vec<Entry> = valid
                    .warnings()
                    .map(|v| {
                        (
                            v.code().to_owned(),
                            v.pointer().to_owned(),
                            v.severity().as_str().to_owned(),
                        )
                    })
                    .collect();
                warnings.sort();
                if warnings != expected {
                    failures.push(mismatch(
                        &format!("{name} (Valid::warnings)"),
                        &expected,
                        &warnings,
                    ));
                }
            }
            Err(e) => failures.push(format!("{name}: from_json failed: {e}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_rule_is_covered_by_an_invalid_fixture() {
    let mut covered = BTreeSet::new();
    for path in fixtures("invalid") {
        for (code, _, _) in expected(&path).unwrap_or_default() {
            covered.insert(code);
        }
    }
    let uncovered: Vec<&str> = Rule::ALL
        .iter()
        .map(|r| r.code())
        .filter(|code| !covered.contains(*code))
        .collect();
    assert!(
        uncovered.is_empty(),
        "{} of {} rules have no invalid fixture listing them: {}",
        uncovered.len(),
        Rule::ALL.len(),
        uncovered.join(", ")
    );
}

#[test]
fn an_error_makes_from_json_return_the_report_one_line_per_violation() {
    let path = fixtures_dir("invalid").join("reference-unresolved.json");
    let json = read(&path);
    let Err(err) = from_json(&json) else {
        panic!("reference-unresolved.json was accepted");
    };
    let Error::Invalid(report) = &err else {
        panic!("expected Error::Invalid, got {err:?}");
    };
    assert!(!report.is_valid());
    assert_eq!(
        entries(report),
        expected(&path).unwrap(),
        "the report of from_json differs from validate()'s expected violations"
    );

    // The report: one line per violation, `severity[code] pointer: message`.
    let text = report.to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), report.len(), "{text}");
    for (line, v) in lines.iter().zip(report.iter()) {
        assert_eq!(
            *line,
            format!(
                "{}[{}] {}: {}",
                v.severity(),
                v.code(),
                v.pointer(),
                v.message()
            )
        );
        assert!(
            line.starts_with(&format!("{}[{}] {}: ", v.severity(), v.code(), v.pointer())),
            "{line}"
        );
    }
    assert!(
        lines.contains(
            &"error[reference.unresolved] /conferences/0/delegations/1/head: no person has the id \"milan-kovac\""
        ),
        "{text}"
    );

    // The error: a summary line, then the report's lines verbatim.
    let shown = err.to_string();
    let mut shown_lines = shown.lines();
    assert_eq!(
        shown_lines.next(),
        Some("the document is invalid: 1 error, 0 warnings")
    );
    assert_eq!(shown_lines.collect::<Vec<_>>(), lines);
    assert!(err.report().is_some());
    assert!(err.decode_error().is_none());
}

#[test]
fn an_unresolved_quote_names_the_statement_in_the_error_line() {
    let path = fixtures_dir("invalid").join("reference-unresolved-statement-quote.json");
    let Err(Error::Invalid(report)) = from_json(&read(&path)) else {
        panic!("reference-unresolved-statement-quote.json was not rejected with a report");
    };
    assert_eq!(
        report.to_string(),
        "error[reference.unresolved] /media_releases/0/quotes/1: no statement has the id \"seerc-7-hadzic-closing-remarks\"\n"
    );
}

#[test]
fn warnings_alone_never_make_a_document_invalid() {
    let path = fixtures_dir("invalid").join("attendance-sources_disagree.json");
    let expected = expected(&path).unwrap();
    assert!(
        !expected.is_empty() && expected.iter().all(|(_, _, s)| s == "warning"),
        "attendance-sources_disagree.json should expect warnings only: {expected:?}"
    );

    let report = decode_fixture(&path).validate();
    assert!(report.is_valid(), "{report}");
    assert_eq!(report.errors().count(), 0);
    assert_eq!(report.warnings().count(), expected.len());

    let valid = from_json(&read(&path))
        .unwrap_or_else(|e| panic!("a warning-only document was rejected: {e}"));
    let mut warnings: Vec<Entry> = valid
        .warnings()
        .map(|v| {
            assert_eq!(v.severity(), Severity::Warning);
            (
                v.code().to_owned(),
                v.pointer().to_owned(),
                v.severity().as_str().to_owned(),
            )
        })
        .collect();
    warnings.sort();
    assert_eq!(warnings, expected);
    assert_eq!(valid.report().len(), expected.len());
    assert!(valid.report().is_valid());
}

#[test]
fn every_warning_only_invalid_fixture_is_still_accepted_by_from_json() {
    let mut failures = Vec::new();
    for path in fixtures("invalid") {
        let expected = expected(&path).unwrap_or_default();
        if expected.is_empty() || expected.iter().any(|(_, _, s)| s == "error") {
            continue;
        }
        match from_json(&read(&path)) {
            Ok(valid) => {
                if valid.warnings().count() == 0 {
                    failures.push(format!("{}: accepted, but with no warnings", stem(&path)));
                }
            }
            Err(e) => failures.push(format!("{}: rejected: {e}", stem(&path))),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_fixture_with_an_expected_error_is_rejected_by_from_json() {
    let mut failures = Vec::new();
    for path in fixtures("invalid") {
        let expected = expected(&path).unwrap_or_default();
        let errors = expected.iter().filter(|(_, _, s)| s == "error").count();
        if errors == 0 {
            continue;
        }
        match from_json(&read(&path)) {
            Ok(_) => failures.push(format!("{}: accepted", stem(&path))),
            Err(Error::Invalid(report)) => {
                if report.errors().count() == 0 {
                    failures.push(format!("{}: rejected with no errors", stem(&path)));
                }
            }
            Err(e) => failures.push(format!("{}: {e}", stem(&path))),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
