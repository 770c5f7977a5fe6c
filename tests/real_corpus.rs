//! The real corpus: public texts modelled as datasets (`tests/fixtures/real/<name>.json`),
//! each fact of each text listed with where the dataset says it (`<name>.facts.json`).
//!
//! For every text: the dataset reads, validates without errors, raises exactly the warnings its
//! facts file lists, names the text by its URL among its sources and reads back unchanged;
//! every fact with a pointer finds its value there; and `docs/FIDELITY.md` states the counts
//! the facts files make.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use regional_conference::validate::Validate;
use regional_conference::{Dataset, decode};
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every text of the corpus, by name, with its facts file read.
fn texts() -> Vec<(String, Value)> {
    let dir = root().join("tests/fixtures/real");
    let mut out: Vec<(String, Value)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|p| {
            let name = p
                .file_name()?
                .to_str()?
                .strip_suffix(".facts.json")?
                .to_owned();
            let facts = serde_json::from_str(&std::fs::read_to_string(&p).ok()?).ok()?;
            Some((name, facts))
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(out.len() >= 8, "only {} texts in the corpus", out.len());
    out
}

fn dataset_text(name: &str) -> String {
    std::fs::read_to_string(
        root()
            .join("tests/fixtures/real")
            .join(format!("{name}.json")),
    )
    .unwrap()
}

#[test]
fn every_text_reads_validates_and_raises_exactly_its_listed_warnings() {
    let mut failures = Vec::new();
    for (name, facts) in texts() {
        let text = dataset_text(&name);
        let dataset: Dataset = match decode::from_str(&text) {
            Ok(d) => d,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        let report = dataset.validate();
        for e in report.errors() {
            failures.push(format!("{name}: error {} at {}", e.code(), e.pointer()));
        }
        let mut observed: Vec<(String, String)> = report
            .warnings()
            .map(|w| (w.code().to_owned(), w.pointer().to_owned()))
            .collect();
        let mut listed: Vec<(String, String)> = facts["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| {
                assert!(w["true_alarm"].is_boolean(), "{name}: {w}");
                (
                    w["code"].as_str().unwrap().to_owned(),
                    w["pointer"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        observed.sort();
        listed.sort();
        if observed != listed {
            failures.push(format!("{name}: warnings {observed:?}, listed {listed:?}"));
        }
        // The text is named by its URL, and nothing is lost on the way back.
        let url = facts["text"].as_str().unwrap();
        if !dataset
            .sources
            .iter()
            .any(|s| s.url.as_ref().is_some_and(|u| u.as_str() == url))
        {
            failures.push(format!("{name}: no source has the text's URL {url}"));
        }
        let read: Value = serde_json::from_str(&text).unwrap();
        if serde_json::to_value(&dataset).unwrap() != read {
            failures.push(format!("{name}: does not read back unchanged"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_fact_is_where_its_row_says() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for (name, facts) in texts() {
        let dataset: Value = serde_json::from_str(&dataset_text(&name)).unwrap();
        for row in facts["facts"].as_array().unwrap() {
            let n = &row["row"];
            let score = row["score"].as_str().unwrap_or_default();
            if !["core", "awkward", "extension", "lost"].contains(&score) {
                failures.push(format!("{name} row {n}: score {score:?}"));
            }
            if row["quote"].as_str().is_none_or(str::is_empty) {
                failures.push(format!("{name} row {n}: no quote of the text"));
            }
            if score != "core" && row["why"].as_str().is_none_or(str::is_empty) {
                failures.push(format!("{name} row {n}: a {score} row says not why"));
            }
            let Some(pointer) = row["pointer"].as_str() else {
                if score != "lost" {
                    failures.push(format!("{name} row {n}: a {score} row has no pointer"));
                }
                continue;
            };
            if score == "lost" {
                failures.push(format!("{name} row {n}: a lost row has a pointer"));
            }
            if score == "extension" && !pointer.contains("/extensions") {
                failures.push(format!("{name} row {n}: an extension row at {pointer}"));
            }
            match dataset.pointer(pointer) {
                Some(found) if *found == row["value"] => checked += 1,
                Some(found) => failures.push(format!(
                    "{name} row {n}: {pointer} holds {found}, not {}",
                    row["value"]
                )),
                None => failures.push(format!("{name} row {n}: nothing at {pointer}")),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked > 200, "only {checked} facts checked");
}

/// The counts of one text, as the fidelity table states them.
#[derive(Debug, Default, PartialEq, Eq)]
struct Counts {
    language: String,
    rows: usize,
    core: usize,
    awkward: usize,
    extension: usize,
    lost: usize,
    fidelity: String,
    warnings: usize,
    false_alarms: usize,
}

fn table(path: &Path) -> BTreeMap<String, Counts> {
    let doc = std::fs::read_to_string(path).unwrap();
    doc.lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split('|').map(str::trim).collect();
            let n = |i: usize| cells[i].parse::<usize>().unwrap();
            (
                cells[0].trim_matches('`').to_owned(),
                Counts {
                    language: cells[1].to_owned(),
                    rows: n(2),
                    core: n(3),
                    awkward: n(4),
                    extension: n(5),
                    lost: n(6),
                    fidelity: cells[7].to_owned(),
                    warnings: n(8),
                    false_alarms: n(9),
                },
            )
        })
        .collect()
}

#[test]
fn the_fidelity_table_states_what_the_facts_files_make() {
    let stated = table(&root().join("docs/FIDELITY.md"));
    let mut made = BTreeMap::new();
    for (name, facts) in texts() {
        let dataset: Value = serde_json::from_str(&dataset_text(&name)).unwrap();
        let rows = facts["facts"].as_array().unwrap();
        let score = |s: &str| rows.iter().filter(|r| r["score"] == s).count();
        let warnings = facts["warnings"].as_array().unwrap();
        let core = score("core");
        made.insert(
            name,
            Counts {
                language: dataset["language"].as_str().unwrap_or_default().to_owned(),
                rows: rows.len(),
                core,
                awkward: score("awkward"),
                extension: score("extension"),
                lost: score("lost"),
                fidelity: format!("{} %", (core * 100 + rows.len() / 2) / rows.len()),
                warnings: warnings.len(),
                false_alarms: warnings.iter().filter(|w| w["true_alarm"] == false).count(),
            },
        );
    }
    assert_eq!(stated, made);
    let languages: std::collections::BTreeSet<&str> = made
        .values()
        .map(|c| c.language.split('-').next().unwrap())
        .collect();
    assert!(languages.len() >= 2, "{languages:?}");
}
