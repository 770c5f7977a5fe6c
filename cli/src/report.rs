//! Writing what the checks found: text lines, JSON lines, or one SARIF 2.1.0 log.

use std::fmt::Write as _;
use std::io::{self, Write};

use clap::ValueEnum;
use regional_conference::rule::Rule;
use serde_json::{Value, json};

use crate::check::{Checked, Status};
use crate::escape::clean;
use crate::input::Input;
use regional_conference::decode::DecodeErrorKind;

/// The format of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// One line per problem, `FILE:LINE:COL: error[CODE] /pointer: message`, and
    /// `FILE: valid (N warnings)` for a valid dataset.
    Text,
    /// One JSON object per dataset, one per line.
    Json,
    /// One SARIF 2.1.0 log for the whole run, for code-scanning tools.
    Sarif,
}

/// Writes the results of one run in one format.
pub(crate) struct Reporter<W: Write> {
    out: W,
    format: Format,
    quiet: bool,
    sarif: Vec<Value>,
    omitted: usize,
}

impl<W: Write> Reporter<W> {
    /// A reporter writing to `out`; a quiet one writes nothing but what could not be read (on
    /// standard error).
    pub(crate) fn new(out: W, format: Format, quiet: bool) -> Self {
        Self {
            out,
            format,
            quiet,
            sarif: Vec::new(),
            omitted: 0,
        }
    }

    /// Reports one checked dataset of `input`.
    pub(crate) fn report(&mut self, input: &Input, c: &Checked) -> io::Result<()> {
        if self.quiet {
            if c.problems.iter().any(|p| p.code == "decode.io") {
                write_text(&mut io::stderr().lock(), &clean(&input.name()), c)?;
            }
            return Ok(());
        }
        match self.format {
            Format::Text => write_text(&mut self.out, &clean(&input.name()), c),
            Format::Json => write_json(&mut self.out, &input.name(), c),
            Format::Sarif => {
                self.omitted += c.omitted;
                self.sarif.extend(sarif_results(input, c));
                Ok(())
            }
        }
    }

    /// Writes what is left (the SARIF log) and flushes.
    pub(crate) fn finish(mut self) -> io::Result<()> {
        if self.format == Format::Sarif && !self.quiet {
            let results = std::mem::take(&mut self.sarif);
            serde_json::to_writer_pretty(&mut self.out, &sarif_log(&results, self.omitted))?;
            writeln!(self.out)?;
        }
        self.out.flush()
    }
}

/// Writes `c` as text lines; `file` is already escaped.
pub(crate) fn write_text(out: &mut dyn Write, file: &str, c: &Checked) -> io::Result<()> {
    for p in &c.problems {
        if p.line > 0 {
            write!(out, "{file}:{}:{}: ", p.line, p.column)?;
        } else if let Some(record) = c.record {
            write!(out, "{file}:{record}: ")?;
        } else {
            write!(out, "{file}: ")?;
        }
        let pointer = if p.pointer.is_empty() {
            "/"
        } else {
            &p.pointer
        };
        writeln!(
            out,
            "{}[{}] {}: {}",
            p.severity,
            p.code,
            clean(pointer),
            clean(&p.message)
        )?;
    }
    if c.omitted > 0 {
        let place = c
            .record
            .map_or_else(|| file.to_owned(), |r| format!("{file}:{r}"));
        writeln!(
            out,
            "{place}: … {} more violations found, not reported (limit {}; see --max-violations)",
            c.omitted,
            c.problems.len()
        )?;
    }
    if c.status == Status::Valid {
        let warnings = c.problems.len() + c.omitted;
        let s = if warnings == 1 { "" } else { "s" };
        match c.record {
            Some(record) => writeln!(out, "{file}:{record}: valid ({warnings} warning{s})")?,
            None => writeln!(out, "{file}: valid ({warnings} warning{s})")?,
        }
    }
    Ok(())
}

fn write_json(out: &mut dyn Write, file: &str, c: &Checked) -> io::Result<()> {
    let violations: Vec<Value> = c
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
        "file": file,
        "valid": c.status == Status::Valid,
        "well_formed": c.status != Status::Malformed,
        "violations": violations,
    });
    if let Some(map) = report.as_object_mut() {
        if let Some(r) = c.record {
            map.insert("record_line".to_owned(), json!(r));
        }
        if c.omitted > 0 {
            map.insert("omitted".to_owned(), json!(c.omitted));
        }
    }
    serde_json::to_writer(&mut *out, &report)?;
    writeln!(out)
}

/// The SARIF rule index of `code`: the catalogue's rules, then the decoding codes.
fn rule_index(code: &str) -> Option<usize> {
    Rule::ALL
        .iter()
        .map(|r| r.code())
        .chain(DecodeErrorKind::ALL.iter().map(|k| k.code()))
        .position(|c| c == code)
}

/// A file name as a URI reference (RFC 3986): percent-encoded, `file://` for an absolute path.
pub(crate) fn uri(path: &std::path::Path) -> String {
    let text = path.to_string_lossy();
    let mut out = String::with_capacity(text.len() + 8);
    if path.is_absolute() {
        out.push_str("file://");
    }
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

fn sarif_results(input: &Input, c: &Checked) -> Vec<Value> {
    let artifact = match input {
        Input::File(path) => json!({ "uri": uri(path) }),
        Input::Stdin => json!({ "description": { "text": "standard input" } }),
    };
    c.problems
        .iter()
        .map(|p| {
            let mut physical = json!({ "artifactLocation": artifact });
            if p.line > 0
                && let Some(map) = physical.as_object_mut()
            {
                let mut region = json!({ "startLine": p.line });
                if p.char_column > 0
                    && let Some(r) = region.as_object_mut()
                {
                    r.insert("startColumn".to_owned(), json!(p.char_column));
                }
                map.insert("region".to_owned(), region);
            }
            let mut location = json!({ "physicalLocation": physical });
            if !p.pointer.is_empty()
                && let Some(map) = location.as_object_mut()
            {
                map.insert(
                    "logicalLocations".to_owned(),
                    json!([{ "fullyQualifiedName": p.pointer, "kind": "value" }]),
                );
            }
            let mut result = json!({
                "ruleId": p.code,
                "level": p.severity,
                "message": { "text": p.message },
                "locations": [location],
            });
            if let (Some(i), Some(map)) = (rule_index(p.code), result.as_object_mut()) {
                map.insert("ruleIndex".to_owned(), json!(i));
            }
            result
        })
        .collect()
}

fn sarif_rule(code: &str, level: &str, description: &str) -> Value {
    json!({
        "id": code,
        "shortDescription": { "text": description },
        "defaultConfiguration": { "level": level },
    })
}

/// The SARIF log of `results`; `omitted` violations past the limit are counted in the run's
/// properties (`omittedViolations`), as SARIF has no place of its own for them.
fn sarif_log(results: &[Value], omitted: usize) -> Value {
    let rules: Vec<Value> = Rule::ALL
        .iter()
        .map(|r| sarif_rule(r.code(), r.severity().as_str(), r.description()))
        .chain(
            DecodeErrorKind::ALL
                .iter()
                .map(|k| sarif_rule(k.code(), "error", k.description())),
        )
        .collect();
    let mut log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "rconf",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    if omitted > 0
        && let Some(run) = log.pointer_mut("/runs/0").and_then(Value::as_object_mut)
    {
        run.insert(
            "properties".to_owned(),
            json!({ "omittedViolations": omitted }),
        );
    }
    log
}
