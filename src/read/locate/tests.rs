//! Tests of finding values by JSON Pointer, one pointer and many at once.
#![allow(clippy::unwrap_used, clippy::unnecessary_wraps)]

use super::{Position, locate, locate_all};

fn at(line: usize, column: usize) -> Option<Position> {
    Some(Position { line, column })
}

/// Every pointer to a value in `value`, parents before children.
fn all_pointers(value: &serde_json::Value, prefix: &str, out: &mut Vec<String>) {
    out.push(prefix.to_owned());
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                let mut p = prefix.to_owned();
                crate::read::pointer::push_token(&mut p, k);
                all_pointers(v, &p, out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                all_pointers(v, &format!("{prefix}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Asserts that `locate_all` gives what `locate` gives for each pointer, for every pointer
/// to a value in `json` and a few that lead nowhere.
#[track_caller]
fn agrees_with_locate(json: &[u8]) {
    let value: serde_json::Value = serde_json::from_slice(json).unwrap();
    let mut pointers = Vec::new();
    all_pointers(&value, "", &mut pointers);
    let mut extra: Vec<String> = pointers
        .iter()
        .flat_map(|p| [format!("{p}/0"), format!("{p}/missing"), format!("{p}/-")])
        .collect();
    extra.extend(["no-slash".to_owned(), "/".to_owned(), "//".to_owned()]);
    pointers.extend(extra);
    // Reversed, and each twice: order and duplicates must not matter.
    pointers.reverse();
    let doubled: Vec<&str> = pointers
        .iter()
        .chain(pointers.iter())
        .map(String::as_str)
        .collect();
    let expected: Vec<_> = doubled.iter().map(|p| locate(json, p)).collect();
    assert_eq!(locate_all(json, &doubled), expected);
}

#[test]
fn locate_all_gives_exact_positions_in_the_order_asked() {
    let json = b"{\n  \"a~b\": {\"c/d\": [10, 20,\n    {\"e\": \"x\"}]},\n  \"f\": null\n}";
    let pointers = [
        "/a~0b/c~1d/2/e",
        "/f",
        "/a~0b/c~1d/1",
        "/missing",
        "/a~0b/c~1d/3",
        "/a~0b/c~1d/01",
        "/f",
        "",
        "/a~1b",
        "f",
    ];
    assert_eq!(
        locate_all(json, &pointers),
        vec![
            at(3, 11),
            at(4, 8),
            at(2, 23),
            None,
            None,
            None,
            at(4, 8),
            at(1, 1),
            None,
            None,
        ]
    );
    assert_eq!(locate_all(json, &[]), Vec::new());
    assert_eq!(locate_all(b"", &["", "/a"]), vec![at(1, 1), None]);
}

#[test]
fn locate_all_follows_the_first_of_two_equal_keys_as_locate_does() {
    let json = br#"{"a": {"x": 1}, "a": {"x": 2, "y": 3}}"#;
    let pointers = ["/a/x", "/a/y", "/a"];
    assert_eq!(locate_all(json, &pointers), vec![at(1, 13), None, at(1, 7)]);
    assert_eq!(locate(json, "/a/y"), None);
}

#[test]
fn locate_all_reads_escaped_keys_and_index_tokens_as_locate_does() {
    let json = br#"{"k\u00e9y": [0, 1, {"q\"": [true]}], "+1": 5}"#;
    let pointers = [
        "/k\u{e9}y/+1",
        "/k\u{e9}y/1",
        "/k\u{e9}y/2/q\"/0",
        "/+1",
        "/k\u{e9}y/-",
    ];
    let expected: Vec<_> = pointers.iter().map(|p| locate(json, p)).collect();
    assert_eq!(
        expected,
        vec![at(1, 18), at(1, 18), at(1, 30), at(1, 45), None]
    );
    assert_eq!(locate_all(json, &pointers), expected);
}

#[test]
fn locate_all_keeps_what_it_found_before_malformed_text() {
    // As with `locate`, a value the text ends before is placed at the end.
    let json = b"{\"a\": 1, \"b\": [2, ";
    let pointers = ["/a", "/b/0", "/b/1", "/c"];
    assert_eq!(
        locate_all(json, &pointers),
        vec![at(1, 7), at(1, 16), at(1, 19), None]
    );
    let one_by_one: Vec<_> = pointers.iter().map(|p| locate(json, p)).collect();
    assert_eq!(locate_all(json, &pointers), one_by_one);
}

#[test]
fn locate_all_equals_locate_on_every_pointer_of_every_fixture() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut checked = 0;
    for dir in ["valid", "invalid", "views"] {
        for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                let text = std::fs::read(&path).unwrap();
                agrees_with_locate(&text);
                let value: serde_json::Value = serde_json::from_slice(&text).unwrap();
                agrees_with_locate(serde_json::to_string(&value).unwrap().as_bytes());
                checked += 1;
            }
        }
    }
    assert!(checked > 50, "only {checked} fixtures found");
}

#[cfg(feature = "proptest")]
mod properties {
    use proptest::prelude::*;

    fn json() -> impl Strategy<Value = serde_json::Value> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i32>().prop_map(serde_json::Value::from),
            "[a-c~/\"\\\\ \n\u{e9}]{0,4}".prop_map(serde_json::Value::from),
        ];
        leaf.prop_recursive(4, 40, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
                prop::collection::btree_map("[a-c~/0-2]{0,3}", inner, 0..6)
                    .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn locate_all_equals_locate_on_every_pointer(value in json(), pretty in any::<bool>()) {
            let text = if pretty {
                serde_json::to_string_pretty(&value).unwrap()
            } else {
                serde_json::to_string(&value).unwrap()
            };
            super::agrees_with_locate(text.as_bytes());
        }
    }
}

#[test]
fn follows_escaped_keys_and_skips_nested_values() {
    let json =
        br#"{"x": {"deep": [[1, {"a": "]}"}], "s\"q"]}, "k\u00e9y": [null, true, -1.5e3, "v"]}"#;
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
