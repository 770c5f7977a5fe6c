//! The `stats` command: entities per kind and violations per code, for a file or a stream.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde_json::json;

use crate::check::{Checked, Entities, Status};

/// Totals over the datasets of one input.
#[derive(Debug, Default)]
pub(crate) struct Stats {
    valid: usize,
    invalid: usize,
    malformed: usize,
    entities: Entities,
    violations: BTreeMap<&'static str, usize>,
    /// Violations past the limit, counted but not collected (so not by code).
    omitted: usize,
}

impl Stats {
    /// Adds one checked dataset.
    pub(crate) fn add(&mut self, c: &Checked) {
        match c.status {
            Status::Valid => self.valid += 1,
            Status::Invalid => self.invalid += 1,
            Status::Malformed => self.malformed += 1,
        }
        for (kind, n) in c.entities.iter().flatten() {
            *self.entities.entry(kind).or_default() += n;
        }
        for p in &c.problems {
            *self.violations.entry(p.code).or_default() += 1;
        }
        self.omitted += c.omitted;
    }

    /// The worst verdict seen.
    pub(crate) fn status(&self) -> Status {
        if self.malformed > 0 {
            Status::Malformed
        } else if self.invalid > 0 {
            Status::Invalid
        } else {
            Status::Valid
        }
    }

    /// Writes the totals as text or JSON; `file` is the input's name, not yet escaped.
    pub(crate) fn write(&self, out: &mut dyn Write, file: &str, json: bool) -> io::Result<()> {
        let datasets = self.valid + self.invalid + self.malformed;
        if json {
            let report = json!({
                "file": file,
                "datasets": datasets,
                "valid": self.valid,
                "invalid": self.invalid,
                "malformed": self.malformed,
                "entities": self.entities,
                "violations": self.violations,
                "omitted": self.omitted,
            });
            serde_json::to_writer_pretty(&mut *out, &report)?;
            return writeln!(out);
        }
        writeln!(
            out,
            "{}: {datasets} dataset{} ({} valid, {} invalid, {} malformed)",
            crate::escape::clean(file),
            if datasets == 1 { "" } else { "s" },
            self.valid,
            self.invalid,
            self.malformed
        )?;
        let width = self
            .entities
            .keys()
            .chain(self.violations.keys())
            .map(|k| k.len())
            .max()
            .unwrap_or(0);
        writeln!(out, "entities:")?;
        for (kind, n) in &self.entities {
            writeln!(out, "  {kind:<width$}  {n}")?;
        }
        if self.violations.is_empty() {
            writeln!(out, "violations: none")?;
        } else {
            writeln!(out, "violations:")?;
            for (code, n) in &self.violations {
                writeln!(out, "  {code:<width$}  {n}")?;
            }
        }
        if self.omitted > 0 {
            writeln!(
                out,
                "and {} more past the limit, not counted by code (see --max-violations)",
                self.omitted
            )?;
        }
        Ok(())
    }
}
