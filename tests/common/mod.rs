//! Helpers shared by the integration tests: the fixture corpus and expected-violation files.
//! Each test crate uses some of them.
#![allow(dead_code, unreachable_pub, clippy::panic, clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};

use regional_conference::validate::Report;

/// One violation as the expected files list it: (code, pointer, severity).
pub type Entry = (String, String, String);

pub fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[track_caller]
pub fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

#[track_caller]
pub fn parse(path: &Path) -> serde_json::Value {
    serde_json::from_str(&read(path))
        .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

pub fn file_name(path: &Path) -> &str {
    path.file_name().and_then(|n| n.to_str()).unwrap()
}

/// `foo.json` → `foo`.
pub fn stem(path: &Path) -> &str {
    file_name(path).strip_suffix(".json").unwrap()
}

/// `dir/foo.json` → `dir/foo.expected.json`.
pub fn expected_path(fixture: &Path) -> PathBuf {
    fixture.with_file_name(format!("{}.expected.json", stem(fixture)))
}

/// Every `*.json` in `tests/fixtures/<kind>/` that is not an `*.expected.json`, sorted by name.
#[track_caller]
pub fn fixtures(kind: &str) -> Vec<PathBuf> {
    let dir = manifest_dir().join("tests").join("fixtures").join(kind);
    let mut out: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json") && !file_name(p).ends_with(".expected.json")
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no fixtures in {}", dir.display());
    out
}

/// The sorted (code, pointer, severity) of every violation in a report.
pub fn entries(report: &Report) -> Vec<Entry> {
    let mut out: Vec<Entry> = report
        .iter()
        .map(|v| {
            (
                v.code().to_owned(),
                v.pointer().to_owned(),
                v.severity().as_str().to_owned(),
            )
        })
        .collect();
    out.sort();
    out
}

/// The sorted entries of an expected-violations file: a JSON array of
/// `{"code", "pointer", "severity"}`, severity `"error"` or `"warning"`.
#[track_caller]
pub fn expected_entries(path: &Path) -> Vec<Entry> {
    let value = parse(path);
    let items = value
        .as_array()
        .unwrap_or_else(|| panic!("{} is not a JSON array", path.display()));
    let mut out: Vec<Entry> = items
        .iter()
        .map(|item| {
            let field = |key: &str| {
                item.get(key)
                    .and_then(serde_json::Value::as_str)
                    .unwrap_or_else(|| panic!("{}: an entry has no string {key:?}", path.display()))
                    .to_owned()
            };
            let entry = (field("code"), field("pointer"), field("severity"));
            assert!(
                matches!(entry.2.as_str(), "error" | "warning"),
                "{}: severity {:?} is neither \"error\" nor \"warning\"",
                path.display(),
                entry.2
            );
            entry
        })
        .collect();
    out.sort();
    out
}

/// Parses `s`, which the test knows is valid.
#[track_caller]
pub fn id<T: std::str::FromStr>(s: &str) -> T
where
    T::Err: std::fmt::Debug,
{
    s.parse().unwrap()
}

/// The violations validating `json` reports, as (code, pointer, message).
pub fn messages(json: &str) -> Vec<(String, String, String)> {
    let dataset: regional_conference::Dataset =
        regional_conference::decode::from_str(json).unwrap();
    violations(&dataset)
}

/// The violations validating `dataset` reports, as (code, pointer, message).
pub fn violations(dataset: &regional_conference::Dataset) -> Vec<(String, String, String)> {
    use regional_conference::validate::Validate;
    dataset
        .validate()
        .iter()
        .map(|v| {
            (
                v.code().to_owned(),
                v.pointer().to_owned(),
                v.message().to_owned(),
            )
        })
        .collect()
}

/// (code, pointer, message) triples as [`messages`] returns them.
pub fn triples(list: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    list.iter()
        .map(|(a, b, c)| ((*a).to_owned(), (*b).to_owned(), (*c).to_owned()))
        .collect()
}
