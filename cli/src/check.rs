//! Checking one dataset: decode, validate, and place every violation in the text.

use std::borrow::Cow;
use std::collections::BTreeMap;

use regional_conference::decode;
use regional_conference::locate::locate_all;
use regional_conference::validate::{Limits, Report, Validate as _};
use regional_conference::{Dataset, DecodeError};

/// How one dataset fared; ordered by how bad it is, and the exit status of the worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Status {
    /// No errors (warnings allowed).
    Valid = 0,
    /// Well-formed, but breaks rules.
    Invalid = 1,
    /// Unreadable, or not a dataset: not JSON, or JSON that is not of the vocabulary's shape
    /// (a bad leaf value, a missing or unknown field).
    Malformed = 2,
}

/// One problem found in a dataset.
#[derive(Debug, Clone)]
pub(crate) struct Problem {
    /// `"error"` or `"warning"`.
    pub(crate) severity: &'static str,
    /// The rule's code, or a `decode.*` code.
    pub(crate) code: &'static str,
    /// The JSON Pointer of the offending value (`""` for the root).
    pub(crate) pointer: String,
    /// What is wrong.
    pub(crate) message: String,
    /// The line in the input, from 1; 0 if unknown.
    pub(crate) line: usize,
    /// The column in bytes, from 1; 0 if unknown.
    pub(crate) column: usize,
    /// The column in Unicode code points, from 1 (for SARIF); 0 if unknown or not asked for.
    pub(crate) char_column: usize,
}

/// How many entities of each kind a dataset holds.
pub(crate) type Entities = BTreeMap<&'static str, usize>;

/// One dataset checked.
#[derive(Debug, Clone)]
pub(crate) struct Checked {
    /// The line of a record of a stream; `None` for a whole input.
    pub(crate) record: Option<usize>,
    /// The verdict.
    pub(crate) status: Status,
    /// Every problem, in report order.
    pub(crate) problems: Vec<Problem>,
    /// The entities per kind, when asked for and the dataset could be decoded.
    pub(crate) entities: Option<Entities>,
    /// Violations found past the limit (`--max-violations`), counted but not collected.
    pub(crate) omitted: usize,
}

/// What to compute besides the verdict and the problems.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Options {
    /// Columns in code points as well as bytes.
    pub(crate) char_columns: bool,
    /// Entities per kind.
    pub(crate) entities: bool,
    /// The most violations collected per dataset; past it they are only counted.
    pub(crate) max_violations: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            char_columns: false,
            entities: false,
            max_violations: Limits::DEFAULT_MAX_VIOLATIONS,
        }
    }
}

/// The problem of input that could not be read.
pub(crate) fn unreadable(e: &std::io::Error) -> Checked {
    Checked {
        record: None,
        status: Status::Malformed,
        problems: vec![Problem {
            severity: "error",
            code: "decode.io",
            pointer: String::new(),
            message: format!("cannot read the input: {e}"),
            line: 0,
            column: 0,
            char_column: 0,
        }],
        entities: None,
        omitted: 0,
    }
}

/// Checks the dataset in `text`, the record on line `record` of a stream or a whole input.
pub(crate) fn check(text: &[u8], record: Option<usize>, options: Options) -> Checked {
    match decode::from_slice::<Dataset>(text) {
        Err(e) => {
            let shift = |line: usize| record.map_or(line, |r| r + line.saturating_sub(1));
            Checked {
                record,
                status: Status::Malformed,
                problems: vec![decode_problem(&e, text, shift, options)],
                entities: None,
                omitted: 0,
            }
        }
        Ok(dataset) => verdict(dataset, record, options, || Some(Cow::Borrowed(text))),
    }
}

/// Validates a decoded dataset, the record on line `record` of a stream or a whole input.
/// The dataset is dropped before `text` is asked for the text it was decoded from, and only
/// if there are violations to place in it; without the text (`None`) they have no position.
pub(crate) fn verdict<'t>(
    dataset: Dataset,
    record: Option<usize>,
    options: Options,
    text: impl FnOnce() -> Option<Cow<'t, [u8]>>,
) -> Checked {
    let shift = |line: usize| record.map_or(line, |r| r + line.saturating_sub(1));
    let report = dataset.validate_with(Limits::default().max_violations(options.max_violations));
    let entities = options.entities.then(|| entities(&dataset));
    drop(dataset);
    let problems = if report.is_empty() {
        Vec::new()
    } else {
        report_problems(&report, text().as_deref(), shift, options)
    };
    Checked {
        record,
        status: if report.is_valid() {
            Status::Valid
        } else {
            Status::Invalid
        },
        problems,
        entities,
        omitted: report.omitted(),
    }
}

fn decode_problem(
    e: &DecodeError,
    text: &[u8],
    shift: impl Fn(usize) -> usize,
    options: Options,
) -> Problem {
    let (line, column) = (e.line().max(1), e.column());
    Problem {
        severity: "error",
        code: e.kind().code(),
        pointer: e.pointer().to_owned(),
        message: e.message().to_owned(),
        line: shift(line),
        column,
        char_column: if options.char_columns {
            LineStarts::new(text).char_column(text, line, column)
        } else {
            0
        },
    }
}

/// The report's violations, each placed in the text: one pass over the text for them all.
/// Without the text, they have no position (line and column 0).
fn report_problems(
    report: &Report,
    text: Option<&[u8]>,
    shift: impl Fn(usize) -> usize,
    options: Options,
) -> Vec<Problem> {
    let positions = match text {
        Some(text) => {
            let pointers: Vec<&str> = report
                .iter()
                .map(regional_conference::Violation::pointer)
                .collect();
            locate_all(text, &pointers)
        }
        None => vec![None; report.len()],
    };
    let text = text.unwrap_or_default();
    let starts = options.char_columns.then(|| LineStarts::new(text));
    report
        .iter()
        .zip(positions)
        .map(|(v, at)| {
            let (line, column) = at.map_or((0, 0), |p| (p.line, p.column));
            Problem {
                severity: v.severity().as_str(),
                code: v.code(),
                pointer: v.pointer().to_owned(),
                message: v.message().to_owned(),
                line: if line == 0 { 0 } else { shift(line) },
                column,
                char_column: starts
                    .as_ref()
                    .map_or(0, |s| s.char_column(text, line, column)),
            }
        })
        .collect()
}

/// Where each line of a text starts, to turn byte columns into code-point columns.
struct LineStarts(Vec<usize>);

impl LineStarts {
    fn new(text: &[u8]) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.iter()
                .enumerate()
                .filter(|&(_, &b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Self(starts)
    }

    /// The column in code points of byte column `column` on `line` (both from 1; 0 if unknown).
    fn char_column(&self, text: &[u8], line: usize, column: usize) -> usize {
        if line == 0 || column == 0 {
            return 0;
        }
        let Some(&start) = self.0.get(line - 1) else {
            return 0;
        };
        text.get(start..start + column - 1).map_or(0, |before| {
            // Count the bytes that begin a character: all but UTF-8 continuation bytes.
            before.iter().filter(|&&b| b & 0xC0 != 0x80).count() + 1
        })
    }
}

/// The entities of `dataset` per kind, nested ones (delegations, statements) included.
fn entities(dataset: &Dataset) -> Entities {
    let conferences = &dataset.conferences;
    let delegations = conferences.iter().flat_map(|c| &c.delegations);
    let delegates = delegations
        .clone()
        .map(|d| usize::from(d.head.is_some()) + d.members.len())
        .sum();
    Entities::from([
        ("organizations", dataset.organizations.len()),
        ("regions", dataset.regions.len()),
        ("series", dataset.series.len()),
        ("capabilities", dataset.capabilities.len()),
        ("people", dataset.people.len()),
        ("offices", dataset.offices.len()),
        ("conferences", conferences.len()),
        ("delegations", delegations.count()),
        ("delegates", delegates),
        (
            "statements",
            conferences.iter().map(|c| c.statements.len()).sum(),
        ),
        (
            "decisions",
            conferences.iter().map(|c| c.decisions.len()).sum(),
        ),
        ("strategies", dataset.strategies.len()),
        ("recommendations", dataset.recommendations.len()),
        ("media_releases", dataset.media_releases.len()),
        ("sources", dataset.sources.len()),
    ])
}
