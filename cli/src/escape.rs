//! Making text from the input safe to print on a terminal.
//!
//! Pointers, messages and file names can hold anything the input held: a key with `\r\n` could
//! forge a `file.json: valid` line, an ESC sequence could recolour or rewrite the terminal, and
//! bidirectional overrides could make a line read differently from what it says. Text output
//! shows each of those as an escape instead (`\r`, `\n`, `\t`, `\u{1b}`, `\u{202e}`). JSON and
//! SARIF output escape as JSON does.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` must not reach a terminal as it is: control characters (C0, DEL, C1), line and
/// paragraph separators, and the bidirectional embeddings, overrides, isolates and marks.
fn unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{061c}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// `s` with every character that is unsafe on a terminal written as an escape.
pub(crate) fn clean(s: &str) -> Cow<'_, str> {
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if unsafe_char(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn control_line_and_bidi_characters_are_escaped() {
        assert_eq!(clean("plain /a/b é"), "plain /a/b é");
        assert_eq!(
            clean("a\r\nf.json: valid\u{1b}[31m\t\u{7f}\u{9b}"),
            "a\\r\\nf.json: valid\\u{1b}[31m\\t\\u{7f}\\u{9b}"
        );
        assert_eq!(
            clean("\u{202a}\u{202e}\u{2066}\u{2069}\u{200f}\u{2028}"),
            "\\u{202a}\\u{202e}\\u{2066}\\u{2069}\\u{200f}\\u{2028}"
        );
    }
}
