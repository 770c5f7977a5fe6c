//! Scaling: for each list-shaped part of a document, decoding and validating a document with N
//! items of it and with 4N. Work linear in the input takes about 4 times as long for 4N; the
//! README records the ratios. A part that grows faster than its input shows here first.
//!
//! ```sh
//! cargo bench --bench scaling
//! cargo bench --bench scaling -- scaling/quotes
//! ```

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use regional_conference::locate::locate_all;

/// The smaller size of each part; the larger is four times as many.
const N: usize = 4_000;

const HEAD: &str = r#""schema_version": "1.1",
  "organizations": [{"id": "interpol", "name": "INTERPOL", "kind": "intergovernmental_organization"}]"#;

/// `n` items made by `item`, joined by commas.
fn list(n: usize, item: impl Fn(usize) -> String) -> String {
    let mut out = String::new();
    for i in 0..n {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&item(i));
    }
    out
}

fn conference(id: &str, rest: &str) -> String {
    format!(
        r#"{{"id": "{id}", "organizer": "interpol", "kind": "general_assembly", "title": "Session",
            "dates": {{"start": "2013-05-14", "end": "2013-05-16"}}{rest}}}"#
    )
}

/// The document of each part with `n` items.
fn document(part: &str, n: usize) -> String {
    let body = match part {
        // Ids to index and check for duplicates.
        "ids" => format!(
            r#""people": [{}]"#,
            list(n, |i| format!(
                r#"{{"id": "person-{i}", "name": "Person {i}"}}"#
            ))
        ),
        // References to resolve.
        "references" => format!(
            r#""sources": [{}], "people": [{{"id": "p", "name": "P", "sources": [{}]}}]"#,
            list(n, |i| format!(
                r#"{{"id": "source-{i}", "title": "Source {i}"}}"#
            )),
            list(n, |i| format!(r#""source-{i}""#))
        ),
        // A release about n sessions quoting n statements.
        "quotes" => format!(
            r#""people": [{{"id": "p", "name": "P"}}],
              "conferences": [{}, {}],
              "media_releases": [{{"id": "r", "kind": "media_release", "published": "2013-05-16",
                "headline": "H", "language": "en", "about": [{}], "quotes": [{}]}}]"#,
            conference(
                "c",
                &format!(
                    r#", "statements": [{}]"#,
                    list(n, |i| format!(
                        r#"{{"id": "s-{i}", "speaker": "p", "kind": "quote", "text": "Words.", "language": "en"}}"#
                    ))
                )
            ),
            list(n, |i| conference(&format!("other-{i}"), "")),
            list(n, |i| format!(r#""other-{i}""#)) + r#", "c""#,
            list(n, |i| format!(r#""s-{i}""#))
        ),
        // One speaker with n positions, speaking n times in one of them each.
        "positions" => format!(
            r#""people": [{{"id": "p", "name": "P", "positions": [{}]}}],
              "conferences": [{}]"#,
            list(n, |i| format!(
                r#"{{"title": "Title {i}", "from": "2010"}}"#
            )),
            conference(
                "c",
                &format!(
                    r#", "statements": [{}]"#,
                    list(n, |i| format!(
                        r#"{{"id": "s-{i}", "speaker": "p", "kind": "quote", "text": "Words.", "language": "en",
                             "capacity": {{"title": "Title {i}"}}}}"#
                    ))
                )
            )
        ),
        // Figures of one session, alternating between two counts.
        "attendance" => format!(
            r#""conferences": [{}]"#,
            conference(
                "c",
                &format!(
                    r#", "attendance": [{}]"#,
                    list(n, |i| format!(
                        r#"{{"measure": "delegates", "count": {{"qualifier": "exact", "value": {}}}}}"#,
                        140 + i % 2
                    ))
                )
            )
        ),
        // One delegation with n members.
        "members" => format!(
            r#""people": [{}], "conferences": [{}]"#,
            list(n, |i| format!(
                r#"{{"id": "person-{i}", "name": "Person {i}"}}"#
            )),
            conference(
                "c",
                &format!(
                    r#", "delegations": [{{"country": "HU", "status": "member", "members": [{}]}}]"#,
                    list(n, |i| format!(r#"{{"person": "person-{i}"}}"#))
                )
            )
        ),
        // An extensions object with n members.
        "extensions" => format!(
            r#""extensions": {{{}}}"#,
            list(n, |i| format!(r#""key-{i}": [{i}, "value"]"#))
        ),
        // n restricted people, and a public release of n paragraphs to search for their names.
        "texts" => format!(
            r#""marking": "TLP:CLEAR", "people": [{}],
              "media_releases": [{{"id": "r", "kind": "media_release", "published": "2013-05-16",
                "headline": "H", "language": "en", "paragraphs": [{}]}}]"#,
            list(n, |i| format!(
                r#"{{"id": "person-{i}", "marking": "TLP:AMBER", "name": "Given{i} Family{i}"}}"#
            )),
            list(n, |i| format!(
                r#""Paragraph {i} names Given{i} Family{i} and no one else.""#
            ))
        ),
        _ => unreachable!("no part {part}"),
    };
    format!("{{{HEAD}, {body}}}")
}

/// A document with `n` violations to locate: a region listing one member `n + 1` times.
fn violations(n: usize) -> (String, Vec<String>) {
    let mut members = String::new();
    for i in 0..=n {
        let _ = write!(members, "{}\n        \"HU\"", if i > 0 { "," } else { "" });
    }
    let json = format!(
        "{{{HEAD},\n  \"regions\": [{{\"id\": \"europe\", \"name\": \"Europe\", \"organizer\": \"interpol\",\n    \"members\": [{members}]}}]}}"
    );
    let pointers = (1..=n).map(|i| format!("/regions/0/members/{i}")).collect();
    (json, pointers)
}

fn scaling(c: &mut Criterion) {
    let parts = [
        "ids",
        "references",
        "quotes",
        "positions",
        "attendance",
        "members",
        "extensions",
        "texts",
    ];
    for part in parts {
        let mut group = c.benchmark_group(format!("scaling/{part}"));
        group.sample_size(10);
        group.measurement_time(Duration::from_secs(3));
        for n in [N, 4 * N] {
            let json = document(part, n);
            // Each document is valid; the figures disagree and the texts name restricted
            // people, one warning each, as intended.
            let valid = regional_conference::from_json(&json).unwrap();
            let warnings = match part {
                "texts" => n,
                "attendance" => n - 1,
                _ => 0,
            };
            let found = valid.report().len() + valid.report().omitted();
            assert_eq!(found, warnings, "{part}");
            group.throughput(Throughput::Elements(n as u64));
            group.bench_with_input(BenchmarkId::from_parameter(n), &json, |b, json| {
                b.iter(|| regional_conference::from_json(black_box(json)));
            });
        }
        group.finish();
    }

    let mut group = c.benchmark_group("scaling/locate");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(3));
    for n in [N, 4 * N] {
        let (json, pointers) = violations(n);
        let pointers: Vec<&str> = pointers.iter().map(String::as_str).collect();
        assert!(
            locate_all(json.as_bytes(), &pointers)
                .iter()
                .all(Option::is_some)
        );
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &json, |b, json| {
            b.iter(|| locate_all(black_box(json.as_bytes()), black_box(&pointers)));
        });
    }
    group.finish();
}

criterion_group!(benches, scaling);
criterion_main!(benches);
