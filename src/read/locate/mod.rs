//! Finding the line and column of the value at a JSON Pointer in JSON text.
//!
//! Used only after a failure, to say where in the input the offending value is: a small scanner
//! that walks the text along the pointer and skips everything else without building values.
//! [`locate`] finds one pointer; [`locate_all`] finds many in one pass over the text, which is
//! what a report of thousands of violations needs.

use std::borrow::Cow;
use std::collections::HashMap;

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

/// The positions of the values at many `pointers` (RFC 6901) in `json`, in the order of
/// `pointers`: for well-formed JSON text, element `i` is what [`locate`] gives for `pointers[i]`.
///
/// The text is scanned once for all pointers: their reference tokens are put in a trie, and the
/// scan descends only into the containers some pointer leads through, skipping everything
/// else. The cost is linear in the length of the text plus the total length of the pointers,
/// however many there are, where calling [`locate`] for each would scan the text once per
/// pointer. Duplicate pointers get the same position; a pointer that leads nowhere gets `None`.
///
/// # Examples
///
/// ```
/// use regional_conference::locate::{locate_all, Position};
///
/// let json = b"{\n  \"a\": [1,\n    {\"b/c\": true}]\n}";
/// assert_eq!(
///     locate_all(json, &["/a/1/b~1c", "", "/a/5", "/a/0"]),
///     vec![
///         Some(Position { line: 3, column: 13 }),
///         Some(Position { line: 1, column: 1 }),
///         None,
///         Some(Position { line: 2, column: 9 }),
///     ]
/// );
/// ```
#[must_use]
pub fn locate_all(json: &[u8], pointers: &[&str]) -> Vec<Option<Position>> {
    let mut trie = Trie::default();
    let mut wanted = 0;
    for (i, pointer) in pointers.iter().enumerate() {
        if trie.insert(pointer, i) {
            wanted += 1;
        }
    }
    let mut offsets = vec![None; pointers.len()];
    if wanted > 0 {
        let mut walk = Walk {
            scanner: Scanner { bytes: json, at: 0 },
            trie: &trie,
            offsets: &mut offsets,
            remaining: wanted,
            stamps: vec![0; trie.nodes.len()],
            objects: 0,
        };
        walk.scanner.skip_ws();
        // Stopping early (every pointer found, or the text is malformed past this point) keeps
        // what was found so far.
        let _ = walk.value(&[ROOT]);
    }
    positions(json, &offsets)
}

/// Turns byte offsets into positions with one sweep over the text, in the order of the offsets.
fn positions(json: &[u8], offsets: &[Option<usize>]) -> Vec<Option<Position>> {
    let mut order: Vec<(usize, usize)> = offsets
        .iter()
        .enumerate()
        .filter_map(|(i, at)| at.map(|at| (at, i)))
        .collect();
    order.sort_unstable();
    let mut out = vec![None; offsets.len()];
    let (mut line, mut line_start, mut swept) = (1, 0, 0);
    for (at, i) in order {
        let Some(between) = json.get(swept..at) else {
            continue;
        };
        for (k, _) in between.iter().enumerate().filter(|&(_, &b)| b == b'\n') {
            line += 1;
            line_start = swept + k + 1;
        }
        swept = at;
        if let Some(slot) = out.get_mut(i) {
            *slot = Some(Position {
                line,
                column: at - line_start + 1,
            });
        }
    }
    out
}

/// The root of a [`Trie`]: the empty pointer.
const ROOT: usize = 0;

/// The pointers of a [`locate_all`] call, as a tree of their reference tokens.
struct Trie {
    nodes: Vec<Node>,
}

#[derive(Default)]
struct Node {
    /// The pointers (their indices in the caller's slice) that end here.
    ends: Vec<usize>,
    /// The children, by their decoded reference token.
    members: HashMap<Vec<u8>, usize>,
    /// The children whose token is also an array index, as [`locate`] reads one: (index, child).
    elements: Vec<(usize, usize)>,
}

impl Default for Trie {
    fn default() -> Self {
        Self {
            nodes: vec![Node::default()],
        }
    }
}

impl Trie {
    /// Adds pointer number `i`; false if it cannot lead anywhere (it does not start with `/`).
    fn insert(&mut self, pointer: &str, i: usize) -> bool {
        let mut node = ROOT;
        if !pointer.is_empty() {
            let Some(rest) = pointer.strip_prefix('/') else {
                return false;
            };
            for raw in rest.split('/') {
                let token = raw.replace("~1", "/").replace("~0", "~");
                node = self.child(node, token);
            }
        }
        match self.nodes.get_mut(node) {
            Some(n) => {
                n.ends.push(i);
                true
            }
            None => false,
        }
    }

    fn child(&mut self, parent: usize, token: String) -> usize {
        let next = self.nodes.len();
        let Some(node) = self.nodes.get_mut(parent) else {
            return parent;
        };
        if let Some(&child) = node.members.get(token.as_bytes()) {
            return child;
        }
        if let Some(index) = array_index(&token) {
            node.elements.push((index, next));
        }
        node.members.insert(token.into_bytes(), next);
        self.nodes.push(Node::default());
        next
    }
}

/// A reference token read as an array index, exactly as [`locate`] reads one.
fn array_index(token: &str) -> Option<usize> {
    if token == "0" || !token.starts_with('0') {
        token.parse().ok()
    } else {
        None
    }
}

/// Why a [`Walk`] stopped before the end of the text.
struct Stop;

/// One pass of [`locate_all`] over the text.
struct Walk<'a, 't> {
    scanner: Scanner<'a>,
    trie: &'t Trie,
    offsets: &'t mut [Option<usize>],
    /// Pointers not found yet; the walk stops when none is left.
    remaining: usize,
    /// For each trie node, the object visit in which it was last entered: a key that occurs
    /// twice is followed at its first occurrence only, as [`locate`] does.
    stamps: Vec<usize>,
    /// Objects entered so far.
    objects: usize,
}

impl Walk<'_, '_> {
    /// Consumes the value at the cursor, which every node in `active` leads to.
    fn value(&mut self, active: &[usize]) -> Result<(), Stop> {
        let trie = self.trie;
        let at = self.scanner.at;
        let mut descend = false;
        for node in active.iter().filter_map(|&n| trie.nodes.get(n)) {
            for &p in &node.ends {
                if let Some(slot @ None) = self.offsets.get_mut(p) {
                    *slot = Some(at);
                    self.remaining -= 1;
                }
            }
            descend |= !node.members.is_empty();
        }
        if self.remaining == 0 {
            return Err(Stop);
        }
        match self.scanner.peek() {
            Some(b'{') if descend => self.object(active),
            Some(b'[') if descend => self.array(active),
            _ => self.scanner.skip_value().ok_or(Stop),
        }
    }

    fn object(&mut self, active: &[usize]) -> Result<(), Stop> {
        let trie = self.trie;
        self.objects += 1;
        let visit = self.objects;
        self.scanner.at += 1;
        self.scanner.skip_ws();
        if self.scanner.peek() == Some(b'}') {
            self.scanner.at += 1;
            return Ok(());
        }
        loop {
            self.scanner.skip_ws();
            let name = self.scanner.key().ok_or(Stop)?;
            self.scanner.expect(b':').ok_or(Stop)?;
            self.scanner.skip_ws();
            let mut next = Vec::new();
            for node in active.iter().filter_map(|&n| trie.nodes.get(n)) {
                if let Some(&child) = node.members.get(name.as_ref())
                    && let Some(stamp) = self.stamps.get_mut(child)
                    && *stamp != visit
                {
                    *stamp = visit;
                    next.push(child);
                }
            }
            if next.is_empty() {
                self.scanner.skip_value().ok_or(Stop)?;
            } else {
                self.value(&next)?;
            }
            self.scanner.skip_ws();
            match self.scanner.peek() {
                Some(b',') => self.scanner.at += 1,
                Some(b'}') => {
                    self.scanner.at += 1;
                    return Ok(());
                }
                _ => return Err(Stop),
            }
        }
    }

    fn array(&mut self, active: &[usize]) -> Result<(), Stop> {
        let mut by_index: HashMap<usize, Vec<usize>> = HashMap::new();
        for node in active.iter().filter_map(|&n| self.trie.nodes.get(n)) {
            for &(index, child) in &node.elements {
                by_index.entry(index).or_default().push(child);
            }
        }
        self.scanner.at += 1;
        self.scanner.skip_ws();
        if self.scanner.peek() == Some(b']') {
            self.scanner.at += 1;
            return Ok(());
        }
        let mut index = 0;
        loop {
            self.scanner.skip_ws();
            match by_index.get(&index) {
                Some(next) => self.value(next)?,
                None => self.scanner.skip_value().ok_or(Stop)?,
            }
            self.scanner.skip_ws();
            match self.scanner.peek() {
                Some(b',') => self.scanner.at += 1,
                Some(b']') => {
                    self.scanner.at += 1;
                    return Ok(());
                }
                _ => return Err(Stop),
            }
            index += 1;
        }
    }
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

impl<'a> Scanner<'a> {
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

    /// Skips a string at the cursor without decoding it (escapes are stepped over, not read).
    fn skip_string(&mut self) -> Option<()> {
        self.expect(b'"')?;
        loop {
            let rest = self.bytes.get(self.at..)?;
            let len = rest.iter().position(|&b| b == b'"' || b == b'\\')?;
            self.at += len + 1;
            if rest.get(len) == Some(&b'"') {
                return Some(());
            }
            // A backslash: the escaped byte cannot end the string.
            self.at += 1;
        }
    }

    /// Reads a member name at the cursor: borrowed from the text when it has no escapes.
    fn key(&mut self) -> Option<Cow<'a, [u8]>> {
        let start = self.at;
        self.expect(b'"')?;
        let body = self.at;
        let rest = self.bytes.get(body..)?;
        match rest.iter().position(|&b| b == b'"' || b == b'\\') {
            Some(len) if rest.get(len) == Some(&b'"') => {
                self.at = body + len + 1;
                Some(Cow::Borrowed(rest.get(..len)?))
            }
            Some(_) => {
                self.at = start;
                self.string().map(|s| Cow::Owned(s.into_bytes()))
            }
            None => None,
        }
    }

    /// Skips the value at the cursor, nested or not.
    fn skip_value(&mut self) -> Option<()> {
        self.skip_ws();
        let mut depth = 0usize;
        loop {
            self.skip_ws();
            match self.peek()? {
                b'"' => self.skip_string()?,
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
mod tests;
