//! Validates dataset files and reports every violation with its place in the file.
//!
//! ```sh
//! cargo run --example validate -- FILE...
//! cargo run --example validate -- --format json FILE...
//! ```
//!
//! For each file, either `FILE: valid (N warnings)` or one line per violation:
//! `FILE:LINE:COL: error[CODE] /json/pointer: message` (warnings too, as `warning[CODE]`).
//! Files ending in `.ndjson` hold one dataset per line; each is checked on its own and reported
//! with its line. `--format json` prints one JSON report per file (per line of an `.ndjson`
//! file) instead.
//!
//! Exit status: 0 when every dataset is valid (warnings allowed), 1 when any is invalid, 2 when
//! any file cannot be read or is not well-formed JSON of the vocabulary's shape.
//!
//! ```sh
//! cargo run --example validate -- --public FILE
//! cargo run --example validate -- --audience TLP:AMBER [--personal-data] FILE
//! ```
//!
//! With `--public` (the audience `TLP:CLEAR`) or `--audience MARKING`, the one dataset in FILE
//! is validated and, if it has no errors, its view for that audience is printed as JSON, with
//! what was withheld (counts only) on standard error. `--personal-data` lets the audience hold
//! personal data marked within its clearance. A dataset with errors gets its report on standard
//! error and no view, with exit status 1.

use std::io::Write;

use regional_conference::decode::{self, DecodeErrorKind};
use regional_conference::locate::locate;
use regional_conference::validate::{Report, Validate};
use regional_conference::{Audience, Dataset, DecodeError, Marking};
use serde_json::json;

const USAGE: &str = "usage: validate [--format text|json] FILE...\n       validate (--public | --audience MARKING [--personal-data]) FILE";

/// How one dataset fared; ordered by how bad it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Status {
    /// No errors (warnings allowed).
    Valid = 0,
    /// Well-formed, but breaks rules.
    Invalid = 1,
    /// Unreadable, or not a dataset.
    Malformed = 2,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

fn decode_code(kind: DecodeErrorKind) -> &'static str {
    match kind {
        DecodeErrorKind::Syntax => "decode.syntax",
        DecodeErrorKind::Eof => "decode.eof",
        DecodeErrorKind::Io => "decode.io",
        _ => "decode.data",
    }
}

/// One dataset checked: where it came from, and what was found.
pub(crate) struct Checked {
    /// The file name.
    pub(crate) file: String,
    /// The line of an `.ndjson` record, `None` for a whole file.
    pub(crate) record: Option<usize>,
    /// The outcome.
    pub(crate) status: Status,
    /// Each problem: (severity, code, pointer, message, line, column).
    pub(crate) problems: Vec<Problem>,
}

/// One line of a report.
pub(crate) struct Problem {
    pub(crate) severity: &'static str,
    pub(crate) code: &'static str,
    pub(crate) pointer: String,
    pub(crate) message: String,
    pub(crate) line: usize,
    pub(crate) column: usize,
}

impl Checked {
    /// A dataset that could not be read or decoded.
    fn malformed(file: &str, record: Option<usize>, problem: Problem) -> Self {
        Self {
            file: file.to_owned(),
            record,
            status: Status::Malformed,
            problems: vec![problem],
        }
    }

    /// A decoded dataset, with the problems of its validation report.
    fn validated(
        file: &str,
        record: Option<usize>,
        report: &Report,
        problems: Vec<Problem>,
    ) -> Self {
        Self {
            file: file.to_owned(),
            record,
            status: if report.is_valid() {
                Status::Valid
            } else {
                Status::Invalid
            },
            problems,
        }
    }
}

/// Checks one dataset held in `bytes`. `record` is its line in an `.ndjson` file: positions are
/// then reported on that line.
pub(crate) fn check(file: &str, bytes: &[u8], record: Option<usize>) -> Checked {
    let shift = |line: usize| record.map_or(line, |r| r + line - 1);
    match decode::from_slice::<Dataset>(bytes) {
        Err(e) => Checked::malformed(file, record, decode_problem(&e, shift(e.line().max(1)))),
        Ok(dataset) => {
            let report = dataset.validate();
            let problems = report_problems(&report, bytes, shift);
            Checked::validated(file, record, &report, problems)
        }
    }
}

fn decode_problem(e: &DecodeError, line: usize) -> Problem {
    Problem {
        severity: "error",
        code: decode_code(e.kind()),
        pointer: e.pointer().to_owned(),
        message: e.message().to_owned(),
        line,
        column: e.column(),
    }
}

fn report_problems(report: &Report, bytes: &[u8], shift: impl Fn(usize) -> usize) -> Vec<Problem> {
    report
        .iter()
        .map(|v| {
            let at = locate(bytes, v.pointer());
            Problem {
                severity: v.severity().as_str(),
                code: v.code(),
                pointer: v.pointer().to_owned(),
                message: v.message().to_owned(),
                line: at.map_or(0, |p| shift(p.line)),
                column: at.map_or(0, |p| p.column),
            }
        })
        .collect()
}

fn unreadable(path: &str, e: &std::io::Error) -> Checked {
    Checked::malformed(
        path,
        None,
        Problem {
            severity: "error",
            code: "decode.io",
            pointer: String::new(),
            message: format!("cannot read the file: {e}"),
            line: 0,
            column: 0,
        },
    )
}

fn is_ndjson(path: &str) -> bool {
    std::path::Path::new(path)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ndjson"))
}

/// Reads and checks one file: one dataset, or one per line for `.ndjson`.
///
/// A `.json` file is decoded as it is read, never held whole in memory; only if validation
/// finds something is the text read again, to give each violation its line and column.
pub(crate) fn check_file(path: &str) -> Vec<Checked> {
    if is_ndjson(path) {
        return match std::fs::read(path) {
            Ok(bytes) => check_bytes(path, &bytes),
            Err(e) => vec![unreadable(path, &e)],
        };
    }
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return vec![unreadable(path, &e)],
    };
    let report = match decode::from_reader::<Dataset, _>(file) {
        Err(e) => {
            return vec![Checked::malformed(
                path,
                None,
                decode_problem(&e, e.line().max(1)),
            )];
        }
        Ok(dataset) => dataset.validate(),
    };
    let problems = if report.is_empty() {
        Vec::new()
    } else {
        match std::fs::read(path) {
            Ok(bytes) => report_problems(&report, &bytes, |line| line),
            Err(e) => return vec![unreadable(path, &e)],
        }
    };
    vec![Checked::validated(path, None, &report, problems)]
}

/// Checks the contents of one file named `path`: one dataset, or one per line for `.ndjson`.
pub(crate) fn check_bytes(path: &str, bytes: &[u8]) -> Vec<Checked> {
    if is_ndjson(path) {
        let mut out = Vec::new();
        for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
            let trimmed = line.strip_suffix(b"\r").unwrap_or(line);
            if trimmed.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            out.push(check(path, trimmed, Some(i + 1)));
        }
        out
    } else {
        vec![check(path, bytes, None)]
    }
}

fn write_text(out: &mut dyn Write, c: &Checked) -> std::io::Result<()> {
    for p in &c.problems {
        if p.line > 0 {
            write!(out, "{}:{}:{}: ", c.file, p.line, p.column)?;
        } else {
            write!(out, "{}: ", c.file)?;
        }
        let pointer = if p.pointer.is_empty() {
            "/"
        } else {
            &p.pointer
        };
        writeln!(out, "{}[{}] {}: {}", p.severity, p.code, pointer, p.message)?;
    }
    if c.status == Status::Valid {
        let warnings = c.problems.len();
        let place = c
            .record
            .map_or_else(|| c.file.clone(), |r| format!("{}:{r}", c.file));
        writeln!(
            out,
            "{place}: valid ({warnings} warning{})",
            if warnings == 1 { "" } else { "s" }
        )?;
    }
    Ok(())
}

fn write_json(out: &mut dyn Write, c: &Checked) -> std::io::Result<()> {
    let violations: Vec<_> = c
        .problems
        .iter()
        .map(|p| {
            json!({
                "pointer": p.pointer,
                "code": p.code,
                "severity": p.severity,
                "message": p.message,
                "line": p.line,
                "column": p.column,
            })
        })
        .collect();
    let mut report = json!({
        "file": c.file,
        "valid": c.status == Status::Valid,
        "well_formed": c.status != Status::Malformed,
        "violations": violations,
    });
    if let (Some(r), Some(map)) = (c.record, report.as_object_mut()) {
        map.insert("record_line".to_owned(), json!(r));
    }
    writeln!(out, "{report}")
}

/// Prints the view of the dataset in `path` for `audience` to `out`, and what it withheld to
/// `err`; returns the exit status.
fn view_file(path: &str, audience: Audience, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let dataset = match std::fs::read(path) {
        Err(e) => Err(unreadable(path, &e)),
        Ok(bytes) => match decode::from_slice::<Dataset>(&bytes) {
            Err(e) => Err(Checked::malformed(
                path,
                None,
                decode_problem(&e, e.line().max(1)),
            )),
            Ok(dataset) => {
                let report = dataset.validate();
                if report.is_valid() {
                    Ok(dataset)
                } else {
                    let problems = report_problems(&report, &bytes, |line| line);
                    Err(Checked::validated(path, None, &report, problems))
                }
            }
        },
    };
    let dataset = match dataset {
        Ok(d) => d,
        Err(checked) => {
            let _ = write_text(err, &checked);
            let _ = writeln!(err, "{path}: no view of a dataset that does not validate");
            return checked.status as i32;
        }
    };
    let view = dataset.view_for(audience);
    let written = serde_json::to_string_pretty(&view.dataset)
        .map_err(std::io::Error::from)
        .and_then(|json| writeln!(out, "{json}"));
    if let Err(e) = written {
        let _ = writeln!(err, "validate: cannot write the view: {e}");
        return 2;
    }
    let counts = serde_json::to_value(view.withheld).unwrap_or_default();
    let withheld: Vec<String> = counts
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(_, n)| n.as_u64().is_some_and(|n| n > 0))
        .map(|(kind, n)| format!("{kind} {n}"))
        .collect();
    let _ = writeln!(
        err,
        "{path}: view for {audience}; withheld: {}",
        if withheld.is_empty() {
            "nothing".to_owned()
        } else {
            withheld.join(", ")
        }
    );
    0
}

/// The audience and the one file of a view, or what is wrong with the options that ask for it.
fn view_audience(
    clearance: Marking,
    audiences: usize,
    format_given: bool,
    personal_data: bool,
    files: &[String],
) -> Result<(Audience, &str), String> {
    if audiences > 1 {
        return Err("give one audience: --public or --audience MARKING".to_owned());
    }
    if format_given {
        return Err("a view is printed as JSON; --format is for reports".to_owned());
    }
    let audience = Audience::cleared_for(clearance);
    let audience = if personal_data {
        audience.with_personal_data().map_err(|e| e.to_string())?
    } else {
        audience
    };
    match files {
        [file] => Ok((audience, file.as_str())),
        _ => Err("a view is made of one file".to_owned()),
    }
}

/// Runs the tool on `args` (without the program name), writing reports to `out` and usage
/// errors to `err`; returns the exit status.
pub(crate) fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut format = Format::Text;
    let mut files = Vec::new();
    let mut clearance: Option<Marking> = None;
    let mut audiences = 0;
    let mut format_given = false;
    let mut personal_data = false;
    let mut args = args.iter();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--public" => {
                clearance = Some(Marking::Clear);
                audiences += 1;
            }
            "--audience" => match args.next().map(|m| m.parse::<Marking>()) {
                Some(Ok(m)) => {
                    clearance = Some(m);
                    audiences += 1;
                }
                Some(Err(e)) => {
                    let _ = writeln!(err, "validate: {e}\n{USAGE}");
                    return 2;
                }
                None => {
                    let _ = writeln!(err, "validate: --audience needs a marking\n{USAGE}");
                    return 2;
                }
            },
            "--personal-data" => personal_data = true,
            "--format" => match args
                .next()
                .map(String::as_str)
                .inspect(|_| format_given = true)
            {
                Some("json") => format = Format::Json,
                Some("text") => format = Format::Text,
                other => {
                    let _ = writeln!(err, "validate: unknown format {other:?}\n{USAGE}");
                    return 2;
                }
            },
            "-h" | "--help" => {
                let _ = writeln!(out, "{USAGE}");
                return 0;
            }
            "--" => files.extend(args.by_ref().cloned()),
            s if s.starts_with("--") => {
                let _ = writeln!(err, "validate: unknown option {s:?}\n{USAGE}");
                return 2;
            }
            s => files.push(s.to_owned()),
        }
    }
    if files.is_empty() {
        let _ = writeln!(err, "validate: no files given\n{USAGE}");
        return 2;
    }
    if let Some(clearance) = clearance {
        return match view_audience(clearance, audiences, format_given, personal_data, &files) {
            Ok((audience, file)) => view_file(file, audience, out, err),
            Err(problem) => {
                let _ = writeln!(err, "validate: {problem}\n{USAGE}");
                2
            }
        };
    }
    if personal_data {
        let _ = writeln!(err, "validate: --personal-data needs --audience\n{USAGE}");
        return 2;
    }
    let mut worst = Status::Valid;
    for file in &files {
        for checked in check_file(file) {
            worst = worst.max(checked.status);
            let written = match format {
                Format::Text => write_text(out, &checked),
                Format::Json => write_json(out, &checked),
            };
            if let Err(e) = written {
                let _ = writeln!(err, "validate: cannot write the report: {e}");
                return 2;
            }
        }
    }
    worst as i32
}

#[allow(dead_code)] // tests include this file for `run` and `check` alone
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let status = run(
        &args,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    std::process::exit(status);
}
