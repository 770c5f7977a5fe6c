//! The `rules` and `explain` commands: the rule catalogue, and the codes of decoding problems.

use std::io::{self, Write};

use regional_conference::decode::DecodeErrorKind;
use regional_conference::rule::Rule;
use serde_json::{Value, json};

/// One entry of the catalogue, a rule or a decoding code.
struct Entry {
    code: &'static str,
    severity: &'static str,
    description: &'static str,
}

fn entries() -> impl Iterator<Item = Entry> {
    Rule::ALL
        .iter()
        .map(|r| Entry {
            code: r.code(),
            severity: r.severity().as_str(),
            description: r.description(),
        })
        .chain(DecodeErrorKind::ALL.iter().map(|kind| Entry {
            code: kind.code(),
            description: kind.description(),
            severity: "error",
        }))
}

fn entry_json(e: &Entry) -> Value {
    json!({ "code": e.code, "severity": e.severity, "description": e.description })
}

/// Writes the catalogue: the rules, then the decoding codes.
pub(crate) fn rules(out: &mut dyn Write, json: bool) -> io::Result<()> {
    if json {
        let all: Vec<Value> = entries().map(|e| entry_json(&e)).collect();
        serde_json::to_writer_pretty(&mut *out, &all)?;
        return writeln!(out);
    }
    let width = entries().map(|e| e.code.len()).max().unwrap_or(0);
    for e in entries() {
        writeln!(
            out,
            "{:<width$}  {:<7}  {}",
            e.code, e.severity, e.description
        )?;
    }
    Ok(())
}

/// Writes one entry of the catalogue; for an unknown code, the message to give instead.
pub(crate) fn explain(
    out: &mut dyn Write,
    code: &str,
    json: bool,
) -> io::Result<Result<(), String>> {
    let Some(e) = entries().find(|e| e.code == code) else {
        return Ok(Err(unknown(code)));
    };
    if json {
        serde_json::to_writer_pretty(&mut *out, &entry_json(&e))?;
        writeln!(out)?;
    } else {
        writeln!(out, "{} ({})\n{}", e.code, e.severity, e.description)?;
    }
    Ok(Ok(()))
}

/// What to say about an unknown code: the codes close to it, if any.
fn unknown(code: &str) -> String {
    let mut close: Vec<(usize, &str)> = entries()
        .map(|e| (distance(code, e.code), e.code))
        .filter(|&(d, c)| d <= 3.max(c.len() / 4) || c.contains(code) && code.len() >= 3)
        .collect();
    close.sort_unstable();
    let shown = crate::escape::clean(code);
    let names: Vec<&str> = close.iter().take(3).map(|&(_, c)| c).collect();
    if names.is_empty() {
        format!("unknown rule code \"{shown}\"; `rconf rules` lists them all")
    } else {
        format!(
            "unknown rule code \"{shown}\"; did you mean {}?",
            names.join(", ")
        )
    }
}

/// The edit distance between `a` and `b` (insertions, deletions, substitutions of characters).
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = i;
        let mut left = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let up = row.get(j + 1).copied().unwrap_or(usize::MAX);
            let next = (diagonal + usize::from(ca != cb))
                .min(up.saturating_add(1))
                .min(left + 1);
            diagonal = up;
            if let Some(slot) = row.get_mut(j + 1) {
                *slot = next;
            }
            left = next;
        }
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
    }
    row.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::{distance, unknown};

    #[test]
    fn distances_count_edits() {
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("id.duplicate", "id.duplicate"), 0);
    }

    #[test]
    fn an_unknown_code_names_the_close_ones() {
        assert_eq!(
            unknown("reference.unresolve"),
            "unknown rule code \"reference.unresolve\"; did you mean reference.unresolved?"
        );
        assert_eq!(
            unknown("zzz"),
            "unknown rule code \"zzz\"; `rconf rules` lists them all"
        );
    }
}
