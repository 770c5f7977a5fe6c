//! Finding the line and column of the value at a JSON Pointer in JSON text.
//!
//! Used only after a failure, to say where in the input the offending value is: a small scanner
//! that walks the text along the pointer and skips everything else without building values.

/// A position in JSON text: 1-based line and column (the column counts bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Position {
    /// The line, from 1.
    pub line: usize,
    /// The column in bytes, from 1.
    pub column: usize,
}

/// The position of the first byte of the value at `pointer` (RFC 6901) in `json`, if the text
/// up to that value is well-formed and the pointer leads to a value.
///
/// # Examples
///
/// ```
/// use regional_conference::locate::{locate, Position};
///
/// let json = b"{\n  \"a\": [1,\n    {\"b/c\": true}]\n}";
/// assert_eq!(locate(json, "/a/1/b~1c"), Some(Position { line: 3, column: 13 }));
/// assert_eq!(locate(json, ""), Some(Position { line: 1, column: 1 }));
/// assert_eq!(locate(json, "/a/5"), None);
/// ```
#[must_use]
pub fn locate(json: &[u8], pointer: &str) -> Option<Position> {
    let mut scanner = Scanner::at_pointer(json, pointer)?;
    scanner.skip_ws();
    scanner.position()
}

/// The positions of the first and the last byte of the value at `pointer` in `json`.
///
/// # Examples
///
/// ```
/// use regional_conference::locate::{locate_span, Position};
///
/// let json = b"{\"a\": [10, {\"b\": 2}]}";
/// assert_eq!(
///     locate_span(json, "/a/1"),
///     Some((Position { line: 1, column: 12 }, Position { line: 1, column: 19 }))
/// );
/// ```
#[must_use]
pub fn locate_span(json: &[u8], pointer: &str) -> Option<(Position, Position)> {
    let mut scanner = Scanner::at_pointer(json, pointer)?;
    scanner.skip_ws();
    let start = scanner.position()?;
    scanner.skip_value()?;
    scanner.at = scanner.at.checked_sub(1)?;
    Some((start, scanner.position()?))
}

impl<'a> Scanner<'a> {
    /// A scanner whose cursor is on the value at `pointer`.
    fn at_pointer(json: &'a [u8], pointer: &str) -> Option<Self> {
        let mut scanner = Scanner { bytes: json, at: 0 };
        scanner.skip_ws();
        if !pointer.is_empty() {
            let rest = pointer.strip_prefix('/')?;
            for raw in rest.split('/') {
                let token = raw.replace("~1", "/").replace("~0", "~");
                match scanner.peek()? {
                    b'{' => scanner.enter_member(&token)?,
                    b'[' => {
                        let index: usize = if token == "0" || !token.starts_with('0') {
                            token.parse().ok()?
                        } else {
                            return None;
                        };
                        scanner.enter_element(index)?;
                    }
                    _ => return None,
                }
            }
        }
        Some(scanner)
    }
}

struct Scanner<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        self.skip_ws();
        (self.peek()? == byte).then(|| self.at += 1)
    }

    fn position(&self) -> Option<Position> {
        let before = self.bytes.get(..self.at)?;
        #[allow(clippy::naive_bytecount)] // runs once, after a failure; not worth a dependency
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        Some(Position {
            line,
            column: self.at - line_start + 1,
        })
    }

    /// Reads a string at the cursor and returns its decoded value.
    fn string(&mut self) -> Option<String> {
        self.expect(b'"')?;
        let mut out = Vec::new();
        loop {
            let b = self.peek()?;
            self.at += 1;
            match b {
                b'"' => return String::from_utf8(out).ok(),
                b'\\' => {
                    let e = self.peek()?;
                    self.at += 1;
                    match e {
                        b'"' | b'\\' | b'/' => out.push(e),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'u' => {
                            let hex = self.bytes.get(self.at..self.at + 4)?;
                            self.at += 4;
                            let code =
                                u32::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?;
                            let c = if (0xD800..0xDC00).contains(&code) {
                                // A surrogate pair: \uD83D\uDE00.
                                let low_hex = self.bytes.get(self.at + 2..self.at + 6)?;
                                if self.bytes.get(self.at..self.at + 2)? != b"\\u" {
                                    return None;
                                }
                                self.at += 6;
                                let low =
                                    u32::from_str_radix(std::str::from_utf8(low_hex).ok()?, 16)
                                        .ok()?;
                                char::from_u32(
                                    0x10000
                                        + ((code - 0xD800) << 10)
                                        + (low.checked_sub(0xDC00)?),
                                )?
                            } else {
                                char::from_u32(code)?
                            };
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                        }
                        _ => return None,
                    }
                }
                _ => out.push(b),
            }
        }
    }

    /// Skips the value at the cursor, nested or not.
    fn skip_value(&mut self) -> Option<()> {
        self.skip_ws();
        let mut depth = 0usize;
        loop {
            self.skip_ws();
            match self.peek()? {
                b'"' => {
                    self.string()?;
                }
                b'{' | b'[' => {
                    depth += 1;
                    self.at += 1;
                    continue;
                }
                b'}' | b']' => {
                    depth = depth.checked_sub(1)?;
                    self.at += 1;
                }
                b',' | b':' if depth > 0 => {
                    self.at += 1;
                    continue;
                }
                _ => {
                    // A number or a literal: runs to the next delimiter.
                    let start = self.at;
                    while let Some(b) = self.peek() {
                        if matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r' | b':') {
                            break;
                        }
                        self.at += 1;
                    }
                    if self.at == start {
                        return None;
                    }
                }
            }
            if depth == 0 {
                return Some(());
            }
        }
    }

    /// With the cursor on `{`, moves it to the value of member `key`.
    fn enter_member(&mut self, key: &str) -> Option<()> {
        self.expect(b'{')?;
        self.skip_ws();
        if self.peek()? == b'}' {
            return None;
        }
        let mut found = None;
        loop {
            self.skip_ws();
            let name = self.string()?;
            self.expect(b':')?;
            self.skip_ws();
            if name == key {
                // The first match: the decoders reject duplicate keys, and the first occurrence
                // is where they stop.
                found = Some(self.at);
                break;
            }
            self.skip_value()?;
            self.skip_ws();
            match self.peek()? {
                b',' => self.at += 1,
                _ => break,
            }
        }
        self.at = found?;
        Some(())
    }

    /// With the cursor on `[`, moves it to element `index`.
    fn enter_element(&mut self, index: usize) -> Option<()> {
        self.expect(b'[')?;
        self.skip_ws();
        if self.peek()? == b']' {
            return None;
        }
        for _ in 0..index {
            self.skip_value()?;
            self.skip_ws();
            if self.peek()? != b',' {
                return None;
            }
            self.at += 1;
        }
        self.skip_ws();
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::{Position, locate};

    #[test]
    fn follows_escaped_keys_and_skips_nested_values() {
        let json = br#"{"x": {"deep": [[1, {"a": "]}"}], "s\"q"]}, "k\u00e9y": [null, true, -1.5e3, "v"]}"#;
        assert_eq!(
            locate(json, "/k\u{e9}y/3"),
            Some(Position {
                line: 1,
                column: 78
            })
        );
        assert_eq!(
            locate(json, "/x/deep/0/1/a"),
            Some(Position {
                line: 1,
                column: 27
            })
        );
        assert_eq!(locate(json, "/missing"), None);
        assert_eq!(locate(b"[1, 2", "/3"), None);
    }
}
