//! The validate tool (`cargo run --example validate -- FILE...`): its output, line for line, and
//! its exit statuses.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "../examples/validate.rs"]
mod tool;

use std::path::PathBuf;

/// A file in a directory of this test run's own, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, contents: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("regional-conference-tool-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, contents).unwrap();
        Self(path)
    }

    fn path(&self) -> String {
        self.0.to_str().unwrap().to_owned()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[track_caller]
fn run(args: &[&str]) -> (i32, String, String) {
    let args: Vec<String> = args.iter().map(|s| (*s).to_owned()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = tool::run(&args, &mut out, &mut err);
    (
        status,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/valid/{name}", env!("CARGO_MANIFEST_DIR"))
}

const USAGE: &str = "usage: validate [--format text|json] FILE...\n       validate (--public | --audience MARKING [--personal-data]) FILE\n";

const INVALID: &str = r#"{
  "schema_version": "1.0",
  "organizations": [
    {"id": "interpol", "name": "INTERPOL", "kind": "intergovernmental_organization"}
  ],
  "regions": [
    {"id": "europe", "name": "European region", "organizer": "interpool"}
  ],
  "strategies": [
    {"id": "s", "title": "Strategy", "organizer": "interpol",
     "period": {"start": 2010, "end": 2025}}
  ]
}
"#;

#[test]
fn a_valid_file_is_reported_valid_with_its_warning_count_and_exit_0() {
    let seed = fixture("budapest-2013.json");
    let (status, out, err) = run(&[&seed]);
    assert_eq!(status, 0);
    assert_eq!(out, format!("{seed}: valid (0 warnings)\n"));
    assert_eq!(err, "");

    let breadth = fixture("breadth.json");
    let (status, out, _) = run(&[&breadth]);
    assert_eq!(status, 0);
    assert_eq!(
        out,
        format!(
            "{breadth}:90:43: warning[attendance.sources_disagree] /conferences/0/attendance/1/count: 46 countries here, 44 in an earlier figure; both are kept\n\
             {breadth}:123:82: warning[host.ordinal.skipped] /conferences/0/decisions/0/ordinal: the 12th session designates a host for the 14th, skipping the 13th\n\
             {breadth}: valid (2 warnings)\n"
        )
    );
}

#[test]
fn an_invalid_file_gets_one_line_per_violation_with_line_and_column_and_exit_1() {
    let file = TempFile::new("invalid.json", INVALID);
    let path = file.path();
    let (status, out, _) = run(&[&path]);
    assert_eq!(status, 1);
    assert_eq!(
        out,
        format!(
            "{path}:7:62: error[reference.unresolved] /regions/0/organizer: no organization has the id \"interpool\"\n\
             {path}:11:16: warning[strategy.period.long] /strategies/0/period: the period 2010–25 spans 16 years\n"
        )
    );
}

#[test]
fn malformed_and_unreadable_files_exit_2_and_say_where() {
    let broken = TempFile::new(
        "broken.json",
        "{\n  \"schema_version\": \"1.0\",\n  \"people\": [{\"id\": \"Bad Id\", \"name\": \"X\"}]\n}\n",
    );
    let path = broken.path();
    let missing = format!("{path}.missing");
    let (status, out, _) = run(&[&path, &missing]);
    assert_eq!(status, 2);
    let mut lines = out.lines();
    assert_eq!(
        lines.next().unwrap(),
        format!(
            "{path}:3:28: error[decode.data] /people/0/id: invalid person id \"Bad Id\": character 'B' at byte 0 is not allowed (ids use lowercase a-z, digits and single hyphens)"
        )
    );
    let second = lines.next().unwrap();
    assert!(
        second.starts_with(&format!(
            "{missing}: error[decode.io] /: cannot read the file: "
        )),
        "{second}"
    );
    assert_eq!(lines.next(), None);
}

#[test]
fn the_worst_file_decides_the_exit_status() {
    let invalid = TempFile::new("worst-invalid.json", INVALID);
    let seed = fixture("budapest-2013.json");
    assert_eq!(run(&[&seed, &invalid.path()]).0, 1);
    let broken = TempFile::new("worst-broken.json", "[]");
    assert_eq!(run(&[&invalid.path(), &broken.path(), &seed]).0, 2);
}

#[test]
fn ndjson_files_hold_one_dataset_per_line_and_report_the_line() {
    let file = TempFile::new(
        "many.ndjson",
        "{\"schema_version\":\"1.0\"}\n\n{\"schema_version\":\"1.0\",\"regions\":[{\"id\":\"e\",\"name\":\"E\",\"organizer\":\"x\"}]}\nnot json\n",
    );
    let path = file.path();
    let (status, out, _) = run(&[&path]);
    assert_eq!(status, 2);
    assert_eq!(
        out,
        format!(
            "{path}:1: valid (0 warnings)\n\
             {path}:3:69: error[reference.unresolved] /regions/0/organizer: no organization has the id \"x\"\n\
             {path}:4:2: error[decode.syntax] /: expected ident\n"
        )
    );
}

#[test]
fn json_format_prints_one_machine_readable_report_per_file() {
    let file = TempFile::new("report.json", INVALID);
    let path = file.path();
    let (status, out, _) = run(&["--format", "json", &path]);
    assert_eq!(status, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1);
    let report: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(
        report,
        serde_json::json!({
            "file": path,
            "valid": false,
            "well_formed": true,
            "violations": [
                {"pointer": "/regions/0/organizer", "code": "reference.unresolved", "severity": "error",
                 "message": "no organization has the id \"interpool\"", "line": 7, "column": 62},
                {"pointer": "/strategies/0/period", "code": "strategy.period.long", "severity": "warning",
                 "message": "the period 2010–25 spans 16 years", "line": 11, "column": 16},
            ]
        })
    );
}

#[test]
fn usage_errors_exit_2_on_stderr() {
    let (status, out, err) = run(&[]);
    assert_eq!((status, out.as_str()), (2, ""));
    assert_eq!(err, format!("validate: no files given\n{USAGE}"));
    let (status, _, err) = run(&["--format", "xml", "f.json"]);
    assert_eq!(status, 2);
    assert_eq!(
        err,
        format!("validate: unknown format Some(\"xml\")\n{USAGE}")
    );
    let (status, _, err) = run(&["--strict", "f.json"]);
    assert_eq!(status, 2);
    assert_eq!(
        err,
        format!("validate: unknown option \"--strict\"\n{USAGE}")
    );
}

#[test]
fn public_prints_the_public_view_and_counts_what_it_withheld() {
    let mixed = fixture("mixed-markings.json");
    let (status, out, err) = run(&["--public", &mixed]);
    assert_eq!(status, 0, "{err}");
    let expected = std::fs::read_to_string(format!(
        "{}/tests/fixtures/views/mixed-markings.public.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    assert_eq!(out, expected);
    assert_eq!(
        err,
        format!(
            "{mixed}: view for TLP:CLEAR; withheld: decisions 2, delegations 2, extensions 1, media_releases 1, member_lists 1, organizations 2, paragraphs 2, people 1, personal_data 2, recommendations 1, references 7, sources 1, statements 1, strategies 1\n"
        )
    );

    let (status, out, err) = run(&["--audience", "TLP:RED", "--personal-data", &mixed]);
    assert_eq!(status, 0);
    let back: serde_json::Value = serde_json::from_str(&out).unwrap();
    let original: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&mixed).unwrap()).unwrap();
    assert_eq!(back, original);
    assert_eq!(
        err,
        format!("{mixed}: view for TLP:RED with personal data; withheld: nothing\n")
    );
}

#[test]
fn no_view_is_made_of_an_invalid_file_or_for_a_bad_audience() {
    let file = TempFile::new("invalid-view.json", INVALID);
    let path = file.path();
    let (status, out, err) = run(&["--public", &path]);
    assert_eq!((status, out.as_str()), (1, ""));
    assert_eq!(
        err,
        format!(
            "{path}:7:62: error[reference.unresolved] /regions/0/organizer: no organization has the id \"interpool\"\n\
             {path}:11:16: warning[strategy.period.long] /strategies/0/period: the period 2010–25 spans 16 years\n\
             {path}: no view of a dataset that does not validate\n"
        )
    );
    let mixed = fixture("mixed-markings.json");
    let cases: [(&[&str], String); 7] = [
        (
            &["--public", "--audience", "TLP:RED", &mixed],
            "validate: give one audience: --public or --audience MARKING".to_owned(),
        ),
        (
            &["--format", "json", "--public", &mixed],
            "validate: a view is printed as JSON; --format is for reports".to_owned(),
        ),
        (
            &["--public", "--personal-data", &mixed],
            "validate: a TLP:CLEAR audience is the public, and the public never receives personal data".to_owned(),
        ),
        (
            &["--audience", "TLP:WHITE", &mixed],
            "validate: unknown marking \"TLP:WHITE\": TLP 2.0 renamed TLP:WHITE to TLP:CLEAR".to_owned(),
        ),
        (&["--audience"], "validate: --audience needs a marking".to_owned()),
        (
            &["--public", &mixed, &mixed],
            "validate: a view is made of one file".to_owned(),
        ),
        (
            &["--personal-data", &mixed],
            "validate: --personal-data needs --audience".to_owned(),
        ),
    ];
    for (args, message) in cases {
        let (status, out, err) = run(args);
        assert_eq!((status, out.as_str()), (2, ""), "{args:?}");
        assert_eq!(err, format!("{message}\n{USAGE}"), "{args:?}");
    }
}
