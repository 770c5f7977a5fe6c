//! Hostile and broken input through the parse-and-validate entry points: each gets a clear
//! error that says where — never a panic, a stack overflow or a silent acceptance — and a
//! document with a million delegates validates.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::fmt::Write as _;

use regional_conference::decode::DecodeErrorKind;
use regional_conference::{Error, from_json, from_reader, from_slice};

/// The decoding error of `input`, which must not decode.
#[track_caller]
fn decode_error(input: &[u8]) -> regional_conference::DecodeError {
    match from_slice(input) {
        Err(Error::Decode(e)) => e,
        other => panic!("expected a decoding error, got {other:?}"),
    }
}

#[test]
fn not_json() {
    let e = decode_error(b"schema_version: 1.0");
    assert_eq!(e.kind(), DecodeErrorKind::Syntax);
    assert_eq!((e.line(), e.column(), e.pointer()), (1, 1, ""));
    assert_eq!(e.message(), "expected value");
    assert_eq!(
        e.to_string(),
        "line 1, column 1, at the document root: expected value"
    );
}

#[test]
fn empty_input() {
    let e = decode_error(b"");
    assert_eq!(e.kind(), DecodeErrorKind::Eof);
    assert_eq!(e.message(), "EOF while parsing a value");
    assert_eq!((e.line(), e.column()), (1, 0));
    let e = decode_error(b"   \n  ");
    assert_eq!(e.kind(), DecodeErrorKind::Eof);
    assert_eq!((e.line(), e.column()), (2, 2));
}

#[test]
fn byte_order_mark() {
    let e = decode_error(b"\xEF\xBB\xBF{\"schema_version\": \"1.0\"}");
    assert_eq!(e.kind(), DecodeErrorKind::Syntax);
    assert_eq!((e.line(), e.column(), e.pointer()), (1, 1, ""));
    assert_eq!(
        e.message(),
        "the input starts with a byte-order mark (U+FEFF); JSON text must not begin with one (RFC 8259, section 8.1)"
    );
    assert!(matches!(
        from_json("\u{FEFF}{\"schema_version\": \"1.0\"}"),
        Err(Error::Decode(_))
    ));
}

#[test]
fn invalid_utf8() {
    let mut doc =
        b"{\"schema_version\": \"1.0\", \"people\": [{\"id\": \"p\", \"name\": \"K\xE1roly\"}]}"
            .to_vec();
    let e = decode_error(&doc);
    assert_eq!(e.kind(), DecodeErrorKind::Syntax);
    assert_eq!(e.pointer(), "/people/0/name");
    assert_eq!((e.line(), e.column()), (1, 60));
    assert_eq!(e.message(), "invalid unicode code point");
    // The same name in UTF-8 is accepted, every character kept.
    let at = doc.iter().position(|&b| b == 0xE1).unwrap();
    doc.splice(at..=at, "á".bytes());
    let valid = from_slice(&doc).unwrap();
    assert_eq!(valid.people[0].name.as_str(), "Károly");
}

#[test]
fn an_array_where_an_object_belongs() {
    let e = decode_error(b"[]");
    assert_eq!(e.kind(), DecodeErrorKind::Data);
    assert_eq!(
        e.message(),
        "invalid type: sequence, expected a dataset: a JSON object"
    );
    let e = decode_error(
        b"{\"schema_version\": \"1.0\",\n \"conferences\": [[\"not\", \"a\", \"conference\"]]}",
    );
    assert_eq!(e.pointer(), "/conferences/0");
    assert_eq!((e.line(), e.column()), (2, 17));
    assert_eq!(
        e.message(),
        "invalid type: sequence, expected a conference: a JSON object"
    );
}

#[test]
fn positional_arrays_are_not_objects_at_any_depth() {
    for (doc, pointer, message) in [
        (
            r#"{"schema_version": "1.0", "regions": [["europe", "Europe", "interpol"]]}"#,
            "/regions/0",
            "invalid type: sequence, expected a region: a JSON object",
        ),
        (
            r#"{"schema_version": "1.0", "conferences": [{"id": "c", "organizer": "o", "kind": "other", "title": "T", "dates": "2013", "decisions": [["other", "Thanks."]]}]}"#,
            "/conferences/0/decisions/0",
            "invalid type: sequence, expected a decision: an object with its \"kind\"",
        ),
        (
            r#"{"schema_version": "1.0", "conferences": [{"id": "c", "organizer": "o", "kind": "other", "title": "T", "dates": "2013", "attendance": [{"measure": "delegates", "count": ["exact", 140]}]}]}"#,
            "/conferences/0/attendance/0/count",
            "invalid type: sequence, expected a count: an object with its \"qualifier\"",
        ),
        (
            r#"{"schema_version": "1.0", "conferences": [{"id": "c", "organizer": "o", "kind": "other", "title": "T", "dates": "2013", "decisions": [{"kind": "elect", "person": "p", "position": ["Chair", "o"]}]}]}"#,
            "/conferences/0/decisions/0/position",
            "invalid type: sequence, expected a capacity: an object with its \"title\"",
        ),
        (
            r#"{"schema_version": "1.0", "conferences": [{"id": "c", "organizer": "o", "kind": "other", "title": "T", "dates": ["2013-05-14", "2013-05-16"]}]}"#,
            "/conferences/0/dates",
            "invalid type: sequence, expected an object {\"start\": YYYY-MM-DD, \"end\": YYYY-MM-DD} (either end may be YYYY or YYYY-MM, or missing) or a date string YYYY, YYYY-MM or YYYY-MM-DD",
        ),
    ] {
        let e = decode_error(doc.as_bytes());
        assert_eq!(e.kind(), DecodeErrorKind::Data, "{doc}");
        assert_eq!(e.pointer(), pointer, "{doc}");
        assert_eq!(e.message(), message, "{doc}");
    }
}

#[test]
fn nesting_100000_levels_deep_is_an_error_not_a_stack_overflow() {
    let depth = 100_000;
    let deep = format!(
        "{{\"schema_version\": \"1.0\", \"conferences\": {}{}}}",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let e = decode_error(deep.as_bytes());
    assert_eq!(e.pointer(), "/conferences/0");
    assert_eq!(
        e.message(),
        "invalid type: sequence, expected a conference: a JSON object"
    );

    // Inside extensions, where any JSON is allowed, depth is still bounded.
    let deep = format!(
        "{{\"schema_version\": \"1.0\", \"extensions\": {{\"x\": {}{}}}}}",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let e = decode_error(deep.as_bytes());
    assert_eq!(e.pointer(), "/extensions");
    assert_eq!(
        e.message(),
        "invalid extensions: nested deeper than 127 levels"
    );
    let e = decode_error(format!("[{}", "{\"a\":".repeat(depth)).as_bytes());
    assert_eq!(e.kind(), DecodeErrorKind::Data);
}

#[test]
fn numbers_beyond_any_range() {
    let doc = |ordinal: &str| {
        format!(
            "{{\"schema_version\": \"1.0\", \"conferences\": [{{\"id\": \"c\", \"organizer\": \"o\", \"kind\": \"other\", \"title\": \"T\", \"dates\": \"2013\", \"ordinal\": {ordinal}}}]}}"
        )
    };
    for (ordinal, message) in [
        (
            "4294967296",
            "invalid value: integer `4294967296`, expected u32",
        ),
        ("1e400", "number out of range"),
        (
            "123456789012345678901234567890",
            "invalid type: floating point `1.2345678901234568e+29`, expected u32",
        ),
        ("-1", "invalid value: integer `-1`, expected u32"),
        ("0", "invalid ordinal \"0\": ordinals start at 1"),
        ("4.5", "invalid type: floating point `4.5`, expected u32"),
    ] {
        let e = decode_error(doc(ordinal).as_bytes());
        assert_eq!(e.pointer(), "/conferences/0/ordinal", "{ordinal}");
        assert_eq!(e.message(), message, "{ordinal}");
        assert_eq!(e.line(), 1, "{ordinal}");
    }
}

#[test]
fn duplicate_keys() {
    let e = decode_error(b"{\"schema_version\": \"1.0\", \"schema_version\": \"1.0\"}");
    assert_eq!(e.message(), "duplicate field `schema_version`");
    assert_eq!(e.pointer(), "");
    let e = decode_error(
        b"{\"schema_version\": \"1.0\", \"organizations\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"other\", \"name\": \"B\"}]}",
    );
    assert_eq!(e.message(), "duplicate field `name`");
    assert_eq!(e.pointer(), "/organizations/0");
}

#[test]
fn a_failing_reader_is_an_io_error() {
    struct Broken;
    impl std::io::Read for Broken {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk on fire"))
        }
    }
    let Err(Error::Decode(e)) = from_reader(Broken) else {
        panic!("expected an error")
    };
    assert_eq!(e.kind(), DecodeErrorKind::Io);
    assert_eq!(e.message(), "reading the input failed: disk on fire");
}

/// A dataset with `organizations` delegations of `per` members each.
fn big_dataset(organizations: usize, per: usize) -> String {
    let mut s = String::with_capacity(organizations * per * 80);
    s.push_str("{\"schema_version\":\"1.0\",\"organizations\":[");
    for o in 0..organizations {
        if o > 0 {
            s.push(',');
        }
        write!(
            s,
            "{{\"id\":\"police-{o}\",\"name\":\"Police {o}\",\"kind\":\"national_agency\"}}"
        )
        .unwrap();
    }
    s.push_str("],\"people\":[");
    for p in 0..organizations * per {
        if p > 0 {
            s.push(',');
        }
        write!(s, "{{\"id\":\"p-{p}\",\"name\":\"Delegate {p}\"}}").unwrap();
    }
    s.push_str("],\"conferences\":[{\"id\":\"ga-1\",\"organizer\":\"police-0\",\"kind\":\"general_assembly\",\"title\":\"General Assembly\",\"dates\":{\"start\":\"2013-05-14\",\"end\":\"2013-05-16\"},\"delegations\":[");
    for o in 0..organizations {
        if o > 0 {
            s.push(',');
        }
        write!(s, "{{\"organization\":\"police-{o}\",\"status\":\"member\",\"head\":\"p-{}\",\"members\":[", o * per).unwrap();
        for m in 1..per {
            if m > 1 {
                s.push(',');
            }
            write!(s, "{{\"person\":\"p-{}\"}}", o * per + m).unwrap();
        }
        s.push_str("]}");
    }
    s.push_str("]}]}");
    s
}

#[test]
fn a_million_delegates_validate() {
    let doc = big_dataset(10_000, 100);
    let valid = from_slice(doc.as_bytes()).unwrap();
    let delegates: usize = valid.conferences[0]
        .delegations
        .iter()
        .map(|d| d.members.len() + usize::from(d.head.is_some()))
        .sum();
    assert_eq!(delegates, 1_000_000);
    assert_eq!(valid.warnings().count(), 0);
}

#[test]
fn a_million_delegates_with_one_broken_reference_reports_exactly_it() {
    let doc = big_dataset(10_000, 100).replacen(
        "{\"person\":\"p-999999\"}",
        "{\"person\":\"p-1000000\"}",
        1,
    );
    let Err(Error::Invalid(report)) = from_slice(doc.as_bytes()) else {
        panic!("expected a report")
    };
    assert_eq!(
        report.to_string(),
        "error[reference.unresolved] /conferences/0/delegations/9999/members/98/person: no person has the id \"p-1000000\"\n"
    );
}
