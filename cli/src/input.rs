//! Where datasets come from: files or standard input, one dataset or a stream of them.

use std::io::Read as _;
use std::path::PathBuf;

/// One input named on the command line.
#[derive(Debug, Clone)]
pub(crate) enum Input {
    /// Standard input (`-`).
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Input {
    /// The input for a command-line argument: `-` is standard input.
    pub(crate) fn from_arg(arg: &std::ffi::OsStr) -> Self {
        if arg == "-" {
            Self::Stdin
        } else {
            Self::File(PathBuf::from(arg))
        }
    }

    /// The name used in reports (`<stdin>` for standard input), not yet escaped.
    pub(crate) fn name(&self) -> String {
        match self {
            Self::Stdin => "<stdin>".to_owned(),
            Self::File(path) => path.to_string_lossy().into_owned(),
        }
    }

    /// The whole input, read into memory: decoding from a slice is the fast path.
    pub(crate) fn read(&self) -> std::io::Result<Vec<u8>> {
        match self {
            Self::Stdin => {
                let mut bytes = Vec::new();
                std::io::stdin().lock().read_to_end(&mut bytes)?;
                Ok(bytes)
            }
            Self::File(path) => std::fs::read(path),
        }
    }
}

/// One dataset of an input: its text, and for a record of a stream the line it is on.
pub(crate) struct Record<'a> {
    /// The line of the record in a stream; `None` for a whole-input document.
    pub(crate) line: Option<usize>,
    /// The JSON text.
    pub(crate) text: &'a [u8],
}

/// The non-blank lines of `bytes`, with their line numbers, a trailing `\r` removed. Newlines
/// are found with `memchr`: a one-line document of 100 MB is scanned in milliseconds.
fn lines(bytes: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    let mut start = 0;
    let mut number = 0;
    std::iter::from_fn(move || {
        loop {
            let rest = bytes.get(start..)?;
            let len = memchr::memchr(b'\n', rest).unwrap_or(rest.len());
            let line = rest.get(..len)?;
            number += 1;
            start += len + 1;
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            if !line.iter().all(u8::is_ascii_whitespace) {
                return Some((number, line));
            }
        }
    })
}

/// Whether `bytes` is a stream of datasets, one per line (NDJSON, JSON Lines), rather than one
/// document: it has at least two non-blank lines, and the first or the second of them is a
/// complete JSON value on its own. A pretty-printed document never has that (its first line is
/// `{`, its second a member); a compact document has one line. The file name plays no part.
pub(crate) fn is_stream(bytes: &[u8]) -> bool {
    let mut first_two = lines(bytes).take(2);
    let (Some((_, first)), Some((_, second))) = (first_two.next(), first_two.next()) else {
        return false;
    };
    [first, second].iter().any(|line| {
        line.trim_ascii_start().starts_with(b"{")
            && serde_json::from_slice::<serde::de::IgnoredAny>(line).is_ok()
    })
}

/// The datasets in `bytes`: each non-blank line of a stream, or the whole input.
pub(crate) fn records(bytes: &[u8]) -> Vec<Record<'_>> {
    if is_stream(bytes) {
        lines(bytes)
            .map(|(line, text)| Record {
                line: Some(line),
                text,
            })
            .collect()
    } else {
        vec![Record {
            line: None,
            text: bytes,
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::{is_stream, lines};

    #[test]
    fn lines_are_numbered_from_1_and_blank_ones_skipped() {
        let got: Vec<(usize, &[u8])> = lines(b"a\r\n\n  \nb\nc").collect();
        assert_eq!(got, vec![(1, &b"a"[..]), (4, b"b"), (5, b"c")]);
        assert_eq!(lines(b"").count(), 0);
    }

    #[test]
    fn a_stream_is_recognised_by_its_content() {
        assert!(is_stream(b"{\"a\": 1}\n{\"b\": 2}\n"));
        assert!(is_stream(b"\r\n{\"a\": 1}\r\n\r\n{\"b\": 2}"));
        assert!(is_stream(b"not json\n{\"b\": 2}\n"));
        assert!(is_stream(b"{\"a\": 1}\nnot json\n"));
        assert!(!is_stream(b"{\"a\": 1}\n"));
        assert!(!is_stream(b"{\"a\": 1}"));
        assert!(!is_stream(b"{\n  \"a\": 1,\n  \"b\": {\"c\": 2}\n}\n"));
        assert!(!is_stream(b"{\n  \"a\": {\"c\": 2}\n}\n"));
        assert!(!is_stream(b""));
        assert!(!is_stream(b"not json\nat all\n"));
        assert!(!is_stream(b"\n\n \r\n"));
    }
}
