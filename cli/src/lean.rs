//! Decoding a large file without holding its text: the dataset's lists are decoded element by
//! element as the file is read, so peak memory is the dataset, not the dataset and the text.
//!
//! Reading a file whole and decoding it with `decode::from_slice` holds the text (1× the file)
//! beside the dataset being built (about 2.8× the file for the 1M-delegate file): 3.8× in all.
//! Here the file is read in chunks. A scan that knows JSON's strings and brackets, and nothing
//! else, finds the root object's members; the value of each member that is one of the
//! dataset's lists (`people`, `conferences`, …) is cut at its top-level commas, and each element
//! is decoded with `decode::from_slice` as soon as its last byte has been read, then forgotten.
//! Every other member, with `[]` in place of each list, makes a small "skeleton" document, which
//! is decoded as a `Dataset` (the root's own checks: required and unknown fields, duplicate
//! keys, the schema version) before the lists are put in.
//!
//! Decoding an element alone is decoding it in place: the derived `Deserialize` of `Dataset`
//! decodes each list element with the element type's own `Deserialize`, through the same
//! adapter. The one thing that depends on where a value is — `serde_json`'s limit of 128 nested
//! containers — is kept out of play by giving up on documents nested more than
//! [`MAX_DEPTH`] deep.
//!
//! Anything this path is not sure of makes it give up, and the caller reads the file whole as
//! before, so that errors and their positions are exactly what `decode::from_slice` says of the
//! whole text: a decoding error anywhere, content after the root value, a document whose second
//! line starts with `{` (it may be a stream, which is told by its first two lines), a read
//! error. The text is read again, after validation, only when there are violations to place.

use std::io::Read;

use regional_conference::Dataset;
use regional_conference::decode;
use serde::de::DeserializeOwned;

/// Bytes read at a time.
const CHUNK: usize = 1 << 20;

/// Documents nested deeper than this are left to the whole-text path: `serde_json` refuses
/// more than 128 levels counted from the root, so an element 100 levels deep or less decodes
/// the same alone as in its list.
const MAX_DEPTH: usize = 100;

/// Why the lean path gave up: the caller decodes the whole text instead.
#[derive(Debug)]
pub(crate) struct GiveUp;

/// The dataset in `reader`, decoded list element by list element; `Err(GiveUp)` when the
/// whole-text path must decide (see the module documentation).
pub(crate) fn decode_dataset(reader: impl Read) -> Result<Dataset, GiveUp> {
    decode_in_chunks(reader, CHUNK)
}

/// [`decode_dataset`], reading `chunk` bytes at a time.
fn decode_in_chunks(reader: impl Read, chunk: usize) -> Result<Dataset, GiveUp> {
    let mut feed = Feed::new(reader, chunk);
    let mut skeleton = Vec::new();
    let mut lists = Lists::default();
    feed.skip_ws()?;
    if feed.next()? != b'{' {
        return Err(GiveUp);
    }
    skeleton.push(b'{');
    feed.skip_ws()?;
    if feed.peek()? == b'}' {
        feed.pos += 1;
        skeleton.push(b'}');
    } else {
        loop {
            feed.skip_ws()?;
            feed.mark = feed.pos;
            if feed.next()? != b'"' {
                return Err(GiveUp);
            }
            feed.skip_string()?;
            let key = feed.marked();
            skeleton.extend_from_slice(key);
            skeleton.push(b':');
            let name = key.get(1..key.len() - 1).unwrap_or_default().to_vec();
            feed.skip_ws()?;
            if feed.next()? != b':' {
                return Err(GiveUp);
            }
            feed.skip_ws()?;
            if feed.peek()? == b'[' && lists.split(&name, &mut feed)? {
                skeleton.extend_from_slice(b"[]");
            } else {
                feed.mark = feed.pos;
                feed.skip_value(1)?;
                skeleton.extend_from_slice(feed.marked());
            }
            feed.skip_ws()?;
            match feed.next()? {
                b',' => skeleton.push(b','),
                b'}' => {
                    skeleton.push(b'}');
                    break;
                }
                _ => return Err(GiveUp),
            }
        }
    }
    feed.mark = feed.pos;
    if !feed.only_ws_left()? || feed.lines.maybe_stream {
        return Err(GiveUp);
    }
    let mut dataset: Dataset = decode::from_slice(&skeleton).map_err(|_| GiveUp)?;
    lists.put_into(&mut dataset)?;
    Ok(dataset)
}

/// The dataset's lists, decoded apart from the skeleton.
#[derive(Default)]
struct Lists {
    organizations: Option<Vec<regional_conference::Organization>>,
    regions: Option<Vec<regional_conference::Region>>,
    people: Option<Vec<regional_conference::Person>>,
    conferences: Option<Vec<regional_conference::Conference>>,
    strategies: Option<Vec<regional_conference::Strategy>>,
    recommendations: Option<Vec<regional_conference::Recommendation>>,
    media_releases: Option<Vec<regional_conference::MediaRelease>>,
    sources: Option<Vec<regional_conference::Source>>,
}

impl Lists {
    /// Decodes the array at the cursor if `name` (a key's raw text) is one of the lists and was
    /// not seen before; false (nothing read) otherwise, and the array goes to the skeleton.
    fn split<R: Read>(&mut self, name: &[u8], feed: &mut Feed<R>) -> Result<bool, GiveUp> {
        let slot = match name {
            b"organizations" => elements(&mut self.organizations, feed),
            b"regions" => elements(&mut self.regions, feed),
            b"people" => elements(&mut self.people, feed),
            b"conferences" => elements(&mut self.conferences, feed),
            b"strategies" => elements(&mut self.strategies, feed),
            b"recommendations" => elements(&mut self.recommendations, feed),
            b"media_releases" => elements(&mut self.media_releases, feed),
            b"sources" => elements(&mut self.sources, feed),
            _ => return Ok(false),
        };
        slot.map(|()| true)
    }

    /// Moves the lists into `dataset`, whose lists the skeleton left empty.
    fn put_into(self, dataset: &mut Dataset) -> Result<(), GiveUp> {
        fn put<T>(list: Option<Vec<T>>, into: &mut Vec<T>) -> Result<(), GiveUp> {
            match list {
                Some(list) if into.is_empty() => *into = list,
                Some(_) => return Err(GiveUp),
                None => {}
            }
            Ok(())
        }
        put(self.organizations, &mut dataset.organizations)?;
        put(self.regions, &mut dataset.regions)?;
        put(self.people, &mut dataset.people)?;
        put(self.conferences, &mut dataset.conferences)?;
        put(self.strategies, &mut dataset.strategies)?;
        put(self.recommendations, &mut dataset.recommendations)?;
        put(self.media_releases, &mut dataset.media_releases)?;
        put(self.sources, &mut dataset.sources)
    }
}

/// Decodes the array at the cursor into `slot`, element by element. A key given twice gives
/// up: the whole-text path reports the duplicate.
fn elements<T: DeserializeOwned, R: Read>(
    slot: &mut Option<Vec<T>>,
    feed: &mut Feed<R>,
) -> Result<(), GiveUp> {
    if slot.is_some() {
        return Err(GiveUp);
    }
    let mut list = Vec::new();
    feed.pos += 1; // the `[`
    feed.skip_ws()?;
    if feed.peek()? == b']' {
        feed.pos += 1;
    } else {
        loop {
            feed.mark = feed.pos;
            feed.skip_value(2)?;
            list.push(decode::from_slice(feed.marked()).map_err(|_| GiveUp)?);
            match feed.next()? {
                b',' => {}
                b']' => break,
                _ => return Err(GiveUp),
            }
        }
    }
    *slot = Some(list);
    Ok(())
}

/// What the first two non-blank lines say: a stream (NDJSON) is told by them (`input::is_stream`).
#[derive(Default)]
struct Lines {
    /// 0: before the first non-blank byte; 1: on the first non-blank line; 2: after it, before
    /// the second line's first non-blank byte; 3: decided.
    state: u8,
    /// The second non-blank line starts with `{`: it may be a dataset on its own line.
    maybe_stream: bool,
}

impl Lines {
    fn see(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        while !rest.is_empty() && self.state < 3 {
            if self.state == 1 {
                match memchr::memchr(b'\n', rest) {
                    Some(i) => {
                        self.state = 2;
                        rest = rest.get(i + 1..).unwrap_or_default();
                    }
                    None => return,
                }
            } else {
                match rest.iter().position(|b| !b.is_ascii_whitespace()) {
                    Some(i) => {
                        if self.state == 2 {
                            self.maybe_stream = rest.get(i) == Some(&b'{');
                            self.state = 3;
                        } else {
                            self.state = 1;
                        }
                        rest = rest.get(i..).unwrap_or_default();
                    }
                    None => return,
                }
            }
        }
    }
}

/// The file, read a chunk at a time; bytes from `mark` on are kept until the caller moves it.
struct Feed<R> {
    reader: R,
    buf: Vec<u8>,
    /// The next byte to scan.
    pos: usize,
    /// The first byte the caller still needs.
    mark: usize,
    eof: bool,
    lines: Lines,
    /// Bytes read at a time.
    chunk: usize,
}

impl<R: Read> Feed<R> {
    fn new(reader: R, chunk: usize) -> Self {
        Self {
            reader,
            buf: Vec::with_capacity(chunk),
            pos: 0,
            mark: 0,
            eof: false,
            lines: Lines::default(),
            chunk,
        }
    }

    /// Reads more, after dropping what is before `mark`; false at the end of the input.
    fn fill(&mut self) -> Result<bool, GiveUp> {
        if self.eof {
            return Ok(false);
        }
        // Drop what is no longer needed once it is at least half the buffer: each byte is moved
        // a bounded number of times, however the reads are cut.
        let keep = self.mark.min(self.pos);
        if keep > 0 && keep >= self.buf.len() / 2 {
            self.buf.drain(..keep);
            self.pos -= keep;
            self.mark -= keep;
        }
        let old = self.buf.len();
        // `read_to_end` of a `take`: reads until CHUNK bytes or the end, retrying short and
        // interrupted reads, without zeroing the buffer first.
        let read = (&mut self.reader)
            .take(self.chunk as u64)
            .read_to_end(&mut self.buf)
            .map_err(|_| GiveUp)?;
        self.lines.see(self.buf.get(old..).unwrap_or_default());
        self.eof = read == 0;
        Ok(!self.eof)
    }

    /// The bytes from `mark` to the cursor.
    fn marked(&self) -> &[u8] {
        self.buf.get(self.mark..self.pos).unwrap_or_default()
    }

    /// The byte at the cursor; gives up at the end of the input.
    fn peek(&mut self) -> Result<u8, GiveUp> {
        loop {
            if let Some(&b) = self.buf.get(self.pos) {
                return Ok(b);
            }
            if !self.fill()? {
                return Err(GiveUp);
            }
        }
    }

    /// The byte at the cursor, consumed.
    fn next(&mut self) -> Result<u8, GiveUp> {
        let b = self.peek()?;
        self.pos += 1;
        Ok(b)
    }

    fn skip_ws(&mut self) -> Result<(), GiveUp> {
        while matches!(self.peek()?, b' ' | b'\t' | b'\n' | b'\r') {
            self.pos += 1;
        }
        Ok(())
    }

    /// Whether nothing but JSON whitespace is left.
    fn only_ws_left(&mut self) -> Result<bool, GiveUp> {
        loop {
            let rest = self.buf.get(self.pos..).unwrap_or_default();
            if rest
                .iter()
                .any(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
            {
                return Ok(false);
            }
            self.pos = self.buf.len();
            self.mark = self.pos;
            if !self.fill()? {
                return Ok(true);
            }
        }
    }

    /// Moves the cursor past the rest of a string whose opening quote has been read.
    fn skip_string(&mut self) -> Result<(), GiveUp> {
        loop {
            let rest = self.buf.get(self.pos..).unwrap_or_default();
            let Some(i) = memchr::memchr2(b'"', b'\\', rest) else {
                self.pos = self.buf.len();
                if !self.fill()? {
                    return Err(GiveUp);
                }
                continue;
            };
            self.pos += i + 1;
            if rest.get(i) == Some(&b'"') {
                return Ok(());
            }
            // A backslash: the byte after it is escaped, whatever it is.
            self.peek()?;
            self.pos += 1;
        }
    }

    /// Moves the cursor to the `,`, `]` or `}` that ends the value at the cursor, which is
    /// `depth` containers deep; nothing is checked but strings and brackets.
    fn skip_value(&mut self, depth: usize) -> Result<(), GiveUp> {
        let mut open = 0usize;
        loop {
            let rest = self.buf.get(self.pos..).unwrap_or_default();
            let mut string = false;
            let mut scanned = rest.len();
            for (i, &b) in rest.iter().enumerate() {
                match b {
                    b'"' => {
                        scanned = i + 1;
                        string = true;
                        break;
                    }
                    b'{' | b'[' => {
                        open += 1;
                        if depth + open > MAX_DEPTH {
                            return Err(GiveUp);
                        }
                    }
                    b'}' | b']' if open > 0 => open -= 1,
                    b',' | b'}' | b']' if open == 0 => {
                        self.pos += i;
                        return Ok(());
                    }
                    _ => {}
                }
            }
            self.pos += scanned;
            if string {
                self.skip_string()?;
            } else if !self.fill()? {
                return Err(GiveUp);
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::{decode_dataset, decode_in_chunks};
    use regional_conference::Dataset;
    use regional_conference::decode;

    fn fixtures(dir: &str) -> Vec<(String, Vec<u8>)> {
        let dir = format!("{}/../tests/fixtures/{dir}", env!("CARGO_MANIFEST_DIR"));
        let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                let name = p.to_string_lossy();
                name.ends_with(".json") && !name.ends_with(".expected.json")
            })
            .map(|p| (p.to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
            .collect();
        out.sort();
        out
    }

    /// Every document the whole-text path decodes, the lean path decodes to the same dataset,
    /// read in chunks of 1 byte, 7 and 4 KiB; every document it refuses, the lean path gives
    /// up on.
    #[test]
    fn the_lean_path_decodes_what_from_slice_decodes_and_gives_up_on_the_rest() {
        let mut decoded = 0;
        for dir in ["valid", "invalid", "malformed"] {
            for (name, bytes) in fixtures(dir) {
                let whole = decode::from_slice::<Dataset>(&bytes);
                for step in [1, 7, 4096] {
                    let lean = decode_in_chunks(bytes.as_slice(), step);
                    match (&whole, lean) {
                        (Ok(a), Ok(b)) => assert_eq!(a, &b, "{name}"),
                        (Err(_), Ok(_)) => panic!("{name}: decoded what from_slice refuses"),
                        (Ok(_), Err(_)) => panic!("{name}: gave up on a dataset"),
                        (Err(_), Err(_)) => {}
                    }
                }
                decoded += usize::from(whole.is_ok());
            }
        }
        assert!(decoded > 10, "only {decoded} fixtures decoded");
    }

    #[test]
    fn it_gives_up_on_what_the_whole_text_path_must_judge() {
        for ok in [
            &br#"{"schema_version": "1.0", "people": [{"id": "a", "name": "A"}]}"#[..],
            // an escaped key is left to the skeleton, which decodes it as serde does
            br#"{"schema_version": "1.0", "p\u0065ople": [{"id": "a", "name": "A"}]}"#,
        ] {
            let whole = decode::from_slice::<Dataset>(ok).unwrap();
            assert_eq!(decode_dataset(ok).unwrap(), whole);
        }
        for text in [
            // trailing content, a second document, a stream's second line
            &br#"{"schema_version": "1.0"} x"#[..],
            b"{\"schema_version\": \"1.0\"}\n{\"schema_version\": \"1.0\"}\n",
            b"{\"schema_version\":\n{\"a\": 1}}",
            // a list twice, an unknown key, an escaped key, an element that is not one
            br#"{"schema_version": "1.0", "people": [], "people": []}"#,
            br#"{"schema_version": "1.0", "peoples": []}"#,
            br#"{"schema_version": "1.0", "people": [], "p\u0065ople": []}"#,
            br#"{"schema_version": "1.0", "people": [{"id": "a", "name": "A"},]}"#,
            br#"{"schema_version": "1.0", "people": [{"id": "a", "name": "A"} {"id": "b"}]}"#,
            br#"{"schema_version": "1.0", "people": [{"id": "a", "name": "A"}"#,
            br#"{"schema_version": "1.0", "people": {}}"#,
            b"\xEF\xBB\xBF{\"schema_version\": \"1.0\"}",
            b"",
            b"[]",
        ] {
            assert!(
                decode_dataset(text).is_err(),
                "{}",
                String::from_utf8_lossy(text)
            );
        }
    }

    #[test]
    fn a_pretty_printed_document_is_decoded_and_deep_ones_are_left_alone() {
        let text = b"\n{\n  \"schema_version\": \"1.0\",\n  \"people\": [\n    {\"id\": \"a\", \"name\": \"A\"}\n  ]\n}\n\n";
        let lean = decode_dataset(&text[..]).expect("decoded");
        assert_eq!(lean, decode::from_slice::<Dataset>(text).unwrap());
        let deep = format!(
            "{{\"schema_version\": \"1.0\", \"extensions\": {{\"x\": {}1{}}}}}",
            "[".repeat(100),
            "]".repeat(100)
        );
        assert!(decode_dataset(deep.as_bytes()).is_err());
    }
}
