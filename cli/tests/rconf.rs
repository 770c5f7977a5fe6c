//! The `rconf` binary as a user runs it: exact standard output, standard error and exit status.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The library's rules and the four decoding codes of the tool.
const CATALOGUE: usize = regional_conference::rule::Rule::ALL.len() + 4;

/// The repository root: fixtures are named relative to it, as a user in a clone would.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Runs `rconf args` in the repository root with `stdin` on standard input.
#[track_caller]
fn rconf(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rconf"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        // The tool may stop reading early (a usage error): a broken pipe is not a failure here.
        let _ = input.write_all(&stdin);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// A file in a directory of this test run's own, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, contents: &[u8]) -> Self {
        let dir = std::env::temp_dir().join(format!("rconf-tests-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, contents).unwrap();
        Self(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

const BUDAPEST: &str = "tests/fixtures/valid/budapest-2013.json";
const MANY: &str = "tests/fixtures/invalid/many-violations.json";

const MANY_LINES: &str = "\
tests/fixtures/invalid/many-violations.json:18:12: error[id.duplicate] /organizations/3/id: the organization id \"europol\" is already used by another organization
tests/fixtures/invalid/many-violations.json:34:74: error[position.dates.order] /people/0/positions/1/to: position \"Chair\" of \"amra-hadzic\" ends (2011-12) before it starts (2012)
tests/fixtures/invalid/many-violations.json:109:48: error[reference.unresolved] /conferences/0/decisions/2/recommendations/1: no recommendation has the id \"seerc-7-rec-2\"
tests/fixtures/invalid/many-violations.json:57:20: error[attendance.delegations_exceed_count] /conferences/0/attendance/0/count: 4 country delegations are listed as present, but the count of countries is exactly 3
tests/fixtures/invalid/many-violations.json:66:21: error[delegation.duplicate] /conferences/0/delegations/4/country: BA has more than one delegation at \"rpcc-seerc-7\"
tests/fixtures/invalid/many-violations.json:67:37: warning[delegation.outside_region] /conferences/0/delegations/5/status: MD (Moldova, Republic of) is not a listed member of region \"rpcc-south-east-europe\" but attends as a member
tests/fixtures/invalid/many-violations.json:77:34: warning[translation.same_language] /conferences/0/statements/0/translations/en: a translation into \"en\" is keyed by the original's own language
tests/fixtures/invalid/many-violations.json:102:22: warning[host.ordinal.skipped] /conferences/0/decisions/1/ordinal: the 7th session designates a host for the 9th, skipping the 8th
tests/fixtures/invalid/many-violations.json:123:23: error[strategy.period.stated_years] /strategies/0/stated_years: a 4-year strategy has the 3-year period 2012–14
tests/fixtures/invalid/many-violations.json:154:17: error[reference.unresolved] /media_releases/0/source: no source has the id \"rpcc-release-2011-04-15\"
tests/fixtures/invalid/many-violations.json:165:20: warning[source.retrieved.before_published] /sources/0/retrieved: retrieved 2011-04-13, before it was published (2011-04-14)
";

const UNKNOWN_FIELD_EXPECTED: &str = "expected one of `schema_version`, `marking`, `language`, `organizations`, `regions`, `series`, `capabilities`, `people`, `offices`, `conferences`, `strategies`, `recommendations`, `media_releases`, `sources`, `extensions`";

/// A stream record of each verdict, and the line reported for it on line `line` of `file`.
const VALID_RECORD: &str = r#"{"schema_version":"1.0"}"#;
const INVALID_RECORD: &str =
    r#"{"schema_version":"1.0","regions":[{"id":"e","name":"E","organizer":"x"}]}"#;
const MALFORMED_RECORD: &str = r#"{"schema_version":"1.0","bogus":1}"#;

fn record_line(file: &str, line: usize, kind: usize) -> String {
    match kind {
        0 => format!("{file}:{line}: valid (0 warnings)\n"),
        1 => format!(
            "{file}:{line}:69: error[reference.unresolved] /regions/0/organizer: no organization has the id \"x\"\n"
        ),
        _ => format!(
            "{file}:{line}:31: error[decode.data] /bogus: unknown field `bogus`, {UNKNOWN_FIELD_EXPECTED}\n"
        ),
    }
}

fn record(kind: usize) -> &'static str {
    [VALID_RECORD, INVALID_RECORD, MALFORMED_RECORD][kind]
}

// ===== validate =====

#[test]
fn a_valid_file_is_reported_valid_and_exits_0() {
    assert_eq!(
        rconf(&["validate", BUDAPEST], b""),
        (
            0,
            format!("{BUDAPEST}: valid (0 warnings)\n"),
            String::new()
        )
    );
}

#[test]
fn warnings_are_listed_and_leave_a_file_valid() {
    let breadth = "tests/fixtures/valid/breadth.json";
    assert_eq!(
        rconf(&["validate", breadth], b""),
        (
            0,
            format!(
                "{breadth}:90:43: warning[attendance.sources_disagree] /conferences/0/attendance/1/count: 46 countries here (source \"newspaper-2004-10-15\"), 44 in an earlier figure (source \"bulletin-2004-11\"); both are kept\n\
                 {breadth}:123:82: warning[host.ordinal.skipped] /conferences/0/decisions/0/ordinal: the 12th session designates a host for the 14th, skipping the 13th\n\
                 {breadth}: valid (2 warnings)\n"
            ),
            String::new()
        )
    );
}

#[test]
fn an_invalid_file_gets_one_line_per_violation_and_exits_1() {
    assert_eq!(
        rconf(&["validate", MANY], b""),
        (1, MANY_LINES.to_owned(), String::new())
    );
}

#[test]
fn dash_reads_standard_input_and_so_does_no_file() {
    let text = std::fs::read(root().join(BUDAPEST)).unwrap();
    let expected = (0, "<stdin>: valid (0 warnings)\n".to_owned(), String::new());
    assert_eq!(rconf(&["validate", "-"], &text), expected);
    assert_eq!(rconf(&["validate"], &text), expected);
    let many = std::fs::read(root().join(MANY)).unwrap();
    let (status, out, _) = rconf(&["validate", "-"], &many);
    assert_eq!(status, 1);
    assert_eq!(out, MANY_LINES.replace(MANY, "<stdin>"));
}

#[test]
fn malformed_and_unreadable_inputs_exit_2_and_say_where() {
    let broken = TempFile::new(
        "broken.json",
        b"{\n  \"schema_version\": \"1.0\",\n  \"people\": [{\"id\": \"Bad Id\", \"name\": \"X\"}]\n}\n",
    );
    let path = broken.path();
    let missing = format!("{path}.missing");
    assert_eq!(
        rconf(&["validate", path, &missing, BUDAPEST], b""),
        (
            2,
            format!(
                "{path}:3:28: error[decode.data] /people/0/id: invalid person id \"Bad Id\": character 'B' at byte 0 is not allowed (ids use lowercase a-z, digits and single hyphens)\n\
                 {missing}: error[decode.io] /: cannot read the input: No such file or directory (os error 2)\n\
                 {BUDAPEST}: valid (0 warnings)\n"
            ),
            String::new()
        )
    );
    assert_eq!(
        rconf(&["validate", "-"], b"{\"schema_version\": \"1.0\", "),
        (
            2,
            "<stdin>:1:26: error[decode.eof] /: EOF while parsing a value\n".to_owned(),
            String::new()
        )
    );
}

#[test]
fn an_unknown_field_is_malformed_not_invalid() {
    assert_eq!(
        rconf(&["validate", "-"], MALFORMED_RECORD.as_bytes()),
        (
            2,
            format!(
                "<stdin>:1:31: error[decode.data] /bogus: unknown field `bogus`, {UNKNOWN_FIELD_EXPECTED}\n"
            ),
            String::new()
        )
    );
}

#[test]
fn the_worst_input_decides_the_exit_status() {
    assert_eq!(rconf(&["validate", BUDAPEST, MANY], b"").0, 1);
    assert_eq!(rconf(&["validate", MANY, "-", BUDAPEST], b"[]").0, 2);
}

#[test]
fn quiet_prints_nothing_but_what_cannot_be_read() {
    assert_eq!(
        rconf(&["validate", "--quiet", MANY], b""),
        (1, String::new(), String::new())
    );
    assert_eq!(
        rconf(&["validate", "-q", BUDAPEST], b""),
        (0, String::new(), String::new())
    );
    assert_eq!(
        rconf(&["validate", "-q", "no-such-file.json"], b""),
        (
            2,
            String::new(),
            "no-such-file.json: error[decode.io] /: cannot read the input: No such file or directory (os error 2)\n"
                .to_owned()
        )
    );
}

#[test]
fn a_stream_is_recognised_by_its_content_on_standard_input() {
    let stream = format!("{VALID_RECORD}\n{INVALID_RECORD}\n\n{MALFORMED_RECORD}\r\n");
    let expected = format!(
        "{}{}{}",
        record_line("<stdin>", 1, 0),
        record_line("<stdin>", 2, 1),
        record_line("<stdin>", 4, 2)
    );
    assert_eq!(
        rconf(&["validate", "-"], stream.as_bytes()),
        (2, expected, String::new())
    );
}

#[test]
fn a_line_of_a_stream_that_is_not_json_is_reported_with_its_line() {
    let stream = format!("{VALID_RECORD}\n\nnot json\n");
    assert_eq!(
        rconf(&["validate", "-"], stream.as_bytes()),
        (
            2,
            "<stdin>:1: valid (0 warnings)\n<stdin>:3:2: error[decode.syntax] /: expected ident\n"
                .to_owned(),
            String::new()
        )
    );
}

#[test]
fn a_stream_is_recognised_by_its_content_whatever_the_file_is_called() {
    let file = TempFile::new(
        "stream.json",
        format!("{VALID_RECORD}\n{INVALID_RECORD}\n").as_bytes(),
    );
    let path = file.path();
    assert_eq!(
        rconf(&["validate", path], b""),
        (
            1,
            format!("{}{}", record_line(path, 1, 0), record_line(path, 2, 1)),
            String::new()
        )
    );
    // One compact dataset on one line is not a stream.
    let single = TempFile::new("single.ndjson", format!("{VALID_RECORD}\n").as_bytes());
    assert_eq!(
        rconf(&["validate", single.path()], b""),
        (
            0,
            format!("{}: valid (0 warnings)\n", single.path()),
            String::new()
        )
    );
}

#[test]
fn a_stream_of_a_thousand_keeps_input_order_on_any_number_of_threads() {
    let kind = |i: usize| (i * 7 + i / 5) % 3;
    let mut stream = String::new();
    let mut expected = String::new();
    for i in 0..1000 {
        stream.push_str(record(kind(i)));
        stream.push('\n');
        expected.push_str(&record_line("<stdin>", i + 1, kind(i)));
    }
    for jobs in ["1", "2", "3"] {
        let (status, out, err) = rconf(&["validate", "--jobs", jobs, "-"], stream.as_bytes());
        assert_eq!((status, err.as_str()), (2, ""), "--jobs {jobs}");
        assert!(
            out == expected,
            "--jobs {jobs}: output differs from input order"
        );
    }
    assert_eq!(expected.lines().count(), 1000);
}

#[test]
fn format_json_gives_one_object_per_dataset_with_either_spelling() {
    let stream = format!("{VALID_RECORD}\n{INVALID_RECORD}\n");
    let expected = "\
{\"file\":\"<stdin>\",\"record_line\":1,\"valid\":true,\"violations\":[],\"well_formed\":true}
{\"file\":\"<stdin>\",\"record_line\":2,\"valid\":false,\"violations\":[{\"code\":\"reference.unresolved\",\"column\":69,\"line\":2,\"message\":\"no organization has the id \\\"x\\\"\",\"pointer\":\"/regions/0/organizer\",\"severity\":\"error\"}],\"well_formed\":true}
";
    for args in [
        &["validate", "--format=json", "-"][..],
        &["validate", "--format", "json", "-"],
    ] {
        assert_eq!(
            rconf(args, stream.as_bytes()),
            (1, expected.to_owned(), String::new())
        );
    }
}

#[test]
fn sarif_is_one_log_with_rules_results_and_places() {
    let (status, out, err) = rconf(
        &["validate", "--format", "sarif", MANY, "-"],
        b"{\"schema_version\": 1}",
    );
    assert_eq!((status, err.as_str()), (2, ""));
    let log: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(
        log["$schema"],
        "https://json.schemastore.org/sarif-2.1.0.json"
    );
    let runs = log["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    assert_eq!(run["tool"]["driver"]["name"], "rconf");
    assert_eq!(run["tool"]["driver"]["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), CATALOGUE);
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 12);
    // Every result names its rule by id and by index.
    for r in results {
        let index = usize::try_from(r["ruleIndex"].as_u64().unwrap()).unwrap();
        assert_eq!(rules[index]["id"], r["ruleId"]);
    }
    assert_eq!(
        results[0],
        serde_json::json!({
            "ruleId": "id.duplicate",
            "ruleIndex": 0,
            "level": "error",
            "message": {"text": "the organization id \"europol\" is already used by another organization"},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": MANY},
                    "region": {"startLine": 18, "startColumn": 12}
                },
                "logicalLocations": [{"fullyQualifiedName": "/organizations/3/id", "kind": "value"}]
            }]
        })
    );
    assert_eq!(results[5]["level"], "warning");
    assert_eq!(
        results[11]["locations"][0]["physicalLocation"],
        serde_json::json!({
            "artifactLocation": {"description": {"text": "standard input"}},
            "region": {"startLine": 1, "startColumn": 20}
        })
    );
    assert_eq!(results[11]["ruleId"], "decode.data");
    assert_eq!(
        results[11]["locations"][0]["logicalLocations"][0]["fullyQualifiedName"],
        "/schema_version"
    );
}

#[test]
fn sarif_columns_count_code_points_and_uris_are_encoded() {
    let file = TempFile::new(
        "a b é.json",
        "{\"schema_version\": \"1.0\", \"regions\": [{\"name\": \"Réseau\", \"id\": \"é\"}]}"
            .as_bytes(),
    );
    let (status, out, _) = rconf(&["validate", "--format=sarif", file.path()], b"");
    assert_eq!(status, 2);
    let log: serde_json::Value = serde_json::from_str(&out).unwrap();
    let location = &log["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    let uri = location["artifactLocation"]["uri"].as_str().unwrap();
    assert!(uri.starts_with("file:///"), "{uri}");
    assert!(uri.ends_with("/a%20b%20%C3%A9.json"), "{uri}");
    let (_, text, _) = rconf(&["validate", file.path()], b"");
    // A decoding error points at the last byte read (the closing quote): the text format counts
    // bytes (each é is two), SARIF code points.
    assert!(
        text.contains(".json:1:68: error[decode.data] /regions/0/id: "),
        "{text}"
    );
    assert_eq!(
        location["region"],
        serde_json::json!({"startLine": 1, "startColumn": 66})
    );
}

#[test]
fn input_that_could_forge_lines_or_drive_the_terminal_is_printed_escaped() {
    let forged = b"{\"schema_version\":\"1.0\",\"x\\r\\nf.json: valid\\u001b[31m\\u202e\":1}";
    let (status, out, err) = rconf(&["validate", "-"], forged);
    assert_eq!((status, err.as_str()), (2, ""));
    let key = "x\\r\\nf.json: valid\\u{1b}[31m\\u{202e}";
    assert_eq!(
        out,
        format!(
            "<stdin>:1:60: error[decode.data] /{key}: unknown field `{key}`, {UNKNOWN_FIELD_EXPECTED}\n"
        )
    );
    assert_eq!(out.lines().count(), 1);
    assert!(!out.contains('\u{1b}') && !out.contains('\r') && !out.contains('\u{202e}'));
    // A file name is escaped too.
    let file = TempFile::new("evil\u{1b}[2J\n.json", VALID_RECORD.as_bytes());
    let (_, out, _) = rconf(&["validate", file.path()], b"");
    assert!(
        out.ends_with("evil\\u{1b}[2J\\n.json: valid (0 warnings)\n"),
        "{out}"
    );
    // JSON output escapes as JSON does; the library itself already gives a decoding error's
    // pointer and message with such characters escaped.
    let (_, out, _) = rconf(&["validate", "--format=json", "-"], forged);
    assert!(
        out.contains(r#""pointer":"/x\\r\\nf.json: valid\\u{1b}[31m\\u{202e}""#),
        "{out}"
    );
}

#[test]
fn forty_thousand_violations_are_all_located() {
    let mut text = String::from(
        "{\"schema_version\":\"1.0\",\"organizations\":[{\"id\":\"o\",\"name\":\"O\",\"kind\":\"other\"}],\n\"regions\":[{\"id\":\"r\",\"name\":\"R\",\"organizer\":\"o\",\"members\":[\n\"HU\"",
    );
    for _ in 0..40_000 {
        text.push_str(",\n\"HU\"");
    }
    text.push_str("]}]}\n");
    let file = TempFile::new("forty-thousand.json", text.as_bytes());
    let path = file.path();
    let (status, out, err) = rconf(&["validate", "--max-violations", "40000", path], b"");
    assert_eq!((status, err.as_str()), (1, ""));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 40_000);
    assert_eq!(
        lines[0],
        format!(
            "{path}:4:1: error[region.member.duplicate] /regions/0/members/1: HU is listed twice as a member of region \"r\""
        )
    );
    assert_eq!(
        lines[39_999],
        format!(
            "{path}:40003:1: error[region.member.duplicate] /regions/0/members/40000: HU is listed twice as a member of region \"r\""
        )
    );
    // By default the library's limit holds, and one line says how many more there were.
    let (status, out, _) = rconf(&["validate", path], b"");
    assert_eq!(status, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 10_001);
    assert_eq!(
        lines[10_000],
        format!(
            "{path}: … 30000 more violations found, not reported (limit 10000; see --max-violations)"
        )
    );
    let (_, out, _) = rconf(&["validate", "--format=json", path], b"");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["violations"].as_array().unwrap().len(), 10_000);
    assert_eq!(report["omitted"], 30_000);
}

/// A file larger than the tool reads at a time (1 MiB) is decoded as it is read; what it says of
/// it is what it says of the same text on standard input, which is read whole: the verdict,
/// each violation's line and column, a decoding error's place.
#[test]
fn a_large_file_is_reported_as_the_same_text_on_standard_input() {
    use std::fmt::Write as _;
    let mut people = String::from("{\"schema_version\":\"1.0\",\"people\":[\n");
    for i in 0..40_000 {
        writeln!(people, "{{\"id\":\"p{i}\",\"name\":\"Person {i}\"}},").unwrap();
    }
    let valid = format!("{people}{{\"id\":\"last\",\"name\":\"Last\"}}]}}\n");
    let invalid =
        format!("{people}{{\"id\":\"last\",\"name\":\"Last\",\"sources\":[\"nowhere\"]}}]}}\n");
    let malformed = format!("{people}{{\"id\":\"last\",\"name\":\"Last \"}}]}}\n");
    let duplicate = format!("{people}{{\"id\":\"last\",\"name\":\"Last\"}}],\"people\":[]}}\n");
    assert!(valid.len() > 1 << 20);
    for (name, text, status) in [
        ("valid", &valid, 0),
        ("invalid", &invalid, 1),
        ("malformed", &malformed, 2),
        ("duplicate", &duplicate, 2),
    ] {
        let file = TempFile::new(&format!("large-{name}.json"), text.as_bytes());
        for format in ["text", "sarif"] {
            let (from_file, out, err) = rconf(&["validate", "--format", format, file.path()], b"");
            let (from_stdin, expected, _) =
                rconf(&["validate", "--format", format], text.as_bytes());
            assert_eq!((from_file, err.as_str()), (status, ""), "{name}");
            assert_eq!(from_stdin, status, "{name}");
            if format == "sarif" {
                // The artifact's URI differs; the results, with their regions, do not.
                let results = |out: &str| {
                    let log: serde_json::Value = serde_json::from_str(out).unwrap();
                    let mut results = log["runs"][0]["results"].clone();
                    for r in results.as_array_mut().unwrap() {
                        r["locations"][0]["physicalLocation"]["artifactLocation"].take();
                    }
                    results
                };
                assert_eq!(results(&out), results(&expected), "{name}, {format}");
            } else {
                let shown = if format == "text" {
                    file.path().to_owned()
                } else {
                    serde_json::to_string(file.path())
                        .unwrap()
                        .trim_matches('"')
                        .to_owned()
                };
                assert_eq!(out.replace(&shown, "<stdin>"), expected, "{name}, {format}");
            }
        }
    }
    let file = TempFile::new("large-invalid.json", invalid.as_bytes());
    let (_, out, _) = rconf(&["validate", file.path()], b"");
    assert!(
        out.starts_with(&format!(
            "{}:40002:39: error[reference.unresolved] /people/40000/sources/0: ",
            file.path()
        )),
        "{out}"
    );
}

// ===== the other commands =====

#[test]
fn version_prints_the_version() {
    assert_eq!(
        rconf(&["--version"], b""),
        (
            0,
            format!("rconf {}\n", env!("CARGO_PKG_VERSION")),
            String::new()
        )
    );
}

#[test]
fn help_shows_examples_and_where_unknown_fields_belong() {
    let (status, out, _) = rconf(&["--help"], b"");
    assert_eq!(status, 0);
    assert!(
        out.contains("  rconf validate - < conference.json "),
        "{out}"
    );
    let (_, out, _) = rconf(&["validate", "--help"], b"");
    assert!(out.contains("missing field or an UNKNOWN FIELD"), "{out}");
    let (status, _, err) = rconf(&["validate", "--format", "xml", "-"], b"");
    assert_eq!(status, 2);
    assert!(
        err.starts_with("error: invalid value 'xml' for '--format <FORMAT>'"),
        "{err}"
    );
}

#[test]
fn schema_refuses_a_base_uri_without_a_trailing_slash() {
    assert_eq!(
        rconf(&["schema", "--base", "https://example.org/schemas"], b""),
        (
            2,
            String::new(),
            "rconf: invalid schema base URI \"https://example.org/schemas\": does not end with \"/\" (the version and file name are appended to it)\n".to_owned()
        )
    );
}

#[test]
fn schema_prints_the_dataset_schema_or_writes_them_all() {
    let (status, out, _) = rconf(&["schema"], b"");
    assert_eq!(status, 0);
    // The published schema, exported with the default base URI.
    let published = std::fs::read_to_string(root().join("schemas/dataset.schema.json")).unwrap();
    assert_eq!(out, published);
    let dir = std::env::temp_dir().join(format!("rconf-schemas-{}", std::process::id()));
    let dir_arg = dir.to_str().unwrap();
    let (status, out, err) = rconf(
        &["schema", "--out", dir_arg, "--base", "https://x.example/s/"],
        b"",
    );
    assert_eq!((status, out.as_str()), (0, ""));
    assert_eq!(err.lines().count(), 8);
    assert!(
        err.starts_with(&format!("wrote {dir_arg}/dataset.schema.json\n")),
        "{err}"
    );
    let rules = std::fs::read_to_string(dir.join("rules.json")).unwrap();
    assert!(
        rules.contains("\"$id\": \"https://x.example/s/1.2/rules.json\""),
        "{rules}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn view_public_prints_the_view_and_what_was_withheld() {
    let expected =
        std::fs::read_to_string(root().join("tests/fixtures/views/mixed-markings.public.json"))
            .unwrap();
    let file = "tests/fixtures/valid/mixed-markings.json";
    assert_eq!(
        rconf(&["view", "--public", file], b""),
        (
            0,
            expected,
            format!(
                "{file}: view for TLP:CLEAR; withheld: decisions 2, delegations 2, extensions 1, media_releases 1, member_lists 1, organizations 2, paragraphs 2, people 1, personal_data 2, recommendations 1, references 7, sources 1, statements 1, strategies 1\n"
            )
        )
    );
}

#[test]
fn view_for_the_most_cleared_audience_with_personal_data_withholds_nothing() {
    let file = "tests/fixtures/valid/mixed-markings.json";
    let (status, out, err) = rconf(
        &["view", "--audience", "TLP:RED", "--personal-data", file],
        b"",
    );
    assert_eq!(status, 0);
    let back: serde_json::Value = serde_json::from_str(&out).unwrap();
    let original: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join(file)).unwrap()).unwrap();
    assert_eq!(back, original);
    assert_eq!(
        err,
        format!("{file}: view for TLP:RED with personal data; withheld: nothing\n")
    );
}

#[test]
fn view_needs_one_audience_and_a_valid_dataset() {
    let (status, out, err) = rconf(&["view", "--public", MANY], b"");
    assert_eq!((status, out.as_str()), (1, ""));
    assert_eq!(
        err,
        format!("{MANY_LINES}{MANY}: no view of a dataset that does not validate\n")
    );
    let (status, _, err) = rconf(&["view", MANY], b"");
    assert_eq!(status, 2);
    assert!(err.starts_with("error: the following required arguments were not provided:\n  <--public|--audience <MARKING>>"), "{err}");
    assert_eq!(
        rconf(&["view", "--public", "--personal-data", BUDAPEST], b""),
        (
            2,
            String::new(),
            "rconf: a TLP:CLEAR audience is the public, and the public never receives personal data\n"
                .to_owned()
        )
    );
    let (status, _, err) = rconf(&["view", "--audience", "TLP:WHITE", BUDAPEST], b"");
    assert_eq!(status, 2);
    assert!(
        err.contains("TLP 2.0 renamed TLP:WHITE to TLP:CLEAR"),
        "{err}"
    );
}

#[test]
fn stats_counts_entities_and_violations_of_a_file_and_a_stream() {
    assert_eq!(
        rconf(&["stats", "tests/fixtures/valid/breadth.json"], b""),
        (
            0,
            "tests/fixtures/valid/breadth.json: 1 dataset (1 valid, 0 invalid, 0 malformed)
entities:
  capabilities                 0
  conferences                  3
  decisions                    5
  delegates                    2
  delegations                  3
  media_releases               1
  offices                      0
  organizations                6
  people                       2
  recommendations              1
  regions                      1
  series                       0
  sources                      2
  statements                   2
  strategies                   1
violations:
  attendance.sources_disagree  1
  host.ordinal.skipped         1
"
            .to_owned(),
            String::new()
        )
    );
    let stream =
        format!("{VALID_RECORD}\n{INVALID_RECORD}\n{INVALID_RECORD}\n{MALFORMED_RECORD}\n");
    let (status, out, err) = rconf(&["stats", "--format=json", "-"], stream.as_bytes());
    assert_eq!((status, err.as_str()), (2, ""));
    let totals: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        totals,
        serde_json::json!({
            "file": "<stdin>",
            "datasets": 4, "valid": 1, "invalid": 2, "malformed": 1,
            "entities": {
                "capabilities": 0, "conferences": 0, "decisions": 0, "delegates": 0,
                "delegations": 0, "media_releases": 0, "offices": 0, "organizations": 0, "people": 0,
                "recommendations": 0, "regions": 2, "series": 0, "sources": 0, "statements": 0,
                "strategies": 0
            },
            "violations": {"decode.data": 1, "reference.unresolved": 2},
            "omitted": 0
        })
    );
}

#[test]
fn stats_counts_offices() {
    let (status, out, err) = rconf(
        &[
            "stats",
            "--format=json",
            "tests/fixtures/valid/offices-held.json",
        ],
        b"",
    );
    assert_eq!((status, err.as_str()), (0, ""));
    let totals: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(totals["entities"]["offices"], 4);
    assert_eq!(totals["entities"]["people"], 5);
}

#[test]
fn rules_lists_the_catalogue() {
    let (status, out, err) = rconf(&["rules"], b"");
    assert_eq!((status, err.as_str()), (0, ""));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), CATALOGUE);
    assert_eq!(
        lines[0],
        "id.duplicate                            error    An id is used by two entities of the same kind."
    );
    assert_eq!(
        lines[CATALOGUE - 1],
        "decode.io                               error    The input could not be read."
    );
    let (_, out, _) = rconf(&["rules", "--format", "json"], b"");
    let rules: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(rules.as_array().unwrap().len(), CATALOGUE);
    assert_eq!(
        rules[1],
        serde_json::json!({"code": "reference.unresolved", "severity": "error", "description": "A reference names an id that no entity of that kind has."})
    );
}

#[test]
fn explain_describes_one_rule_and_names_close_codes_for_an_unknown_one() {
    assert_eq!(
        rconf(&["explain", "reference.unresolved"], b""),
        (
            0,
            "reference.unresolved (error)\nA reference names an id that no entity of that kind has.\n".to_owned(),
            String::new()
        )
    );
    assert_eq!(
        rconf(&["explain", "--format=json", "decode.data"], b""),
        (
            0,
            "{\n  \"code\": \"decode.data\",\n  \"description\": \"The input is JSON but not of the vocabulary's shape: a bad leaf value, a missing or unknown field, a value of the wrong type.\",\n  \"severity\": \"error\"\n}\n".to_owned(),
            String::new()
        )
    );
    assert_eq!(
        rconf(&["explain", "refrence.unresolved"], b""),
        (
            2,
            String::new(),
            "rconf: unknown rule code \"refrence.unresolved\"; did you mean reference.unresolved?\n".to_owned()
        )
    );
    assert_eq!(
        rconf(&["explain", "nothing-like-it"], b""),
        (
            2,
            String::new(),
            "rconf: unknown rule code \"nothing-like-it\"; `rconf rules` lists them all\n"
                .to_owned()
        )
    );
}

#[test]
fn every_invalid_fixture_reports_what_its_expected_file_lists() {
    let dir = root().join("tests/fixtures/invalid");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        let Some(stem) = name.strip_suffix(".expected.json") else {
            continue;
        };
        let expected: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let fixture = format!("tests/fixtures/invalid/{stem}.json");
        let (_, out, _) = rconf(&["validate", "--format=json", &fixture], b"");
        let report: serde_json::Value = serde_json::from_str(&out).unwrap();
        let mut got = Vec::new();
        for v in report["violations"].as_array().unwrap() {
            got.push(format!("{} {} {}", v["code"], v["severity"], v["pointer"]));
        }
        let mut want = Vec::new();
        for v in expected
            .as_array()
            .or_else(|| expected["violations"].as_array())
            .unwrap()
        {
            want.push(format!("{} {} {}", v["code"], v["severity"], v["pointer"]));
        }
        // The expected files list violations by place; the report gives them in the order found.
        got.sort();
        want.sort();
        assert_eq!(got, want, "{fixture}");
        checked += 1;
    }
    assert!(checked > 40, "only {checked} fixtures");
}
