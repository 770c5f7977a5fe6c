//! The command-line tool's per-input path (split a stream by content, decode, validate, locate
//! every violation in the text) on any bytes: never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../cli/src/check.rs"]
mod check;
#[allow(dead_code)]
#[path = "../../cli/src/input.rs"]
mod input;

fuzz_target!(|data: &[u8]| {
    let options = check::Options {
        char_columns: true,
        entities: true,
        ..check::Options::default()
    };
    for record in input::records(data) {
        let checked = check::check(record.text, record.line, options);
        for p in &checked.problems {
            assert!(!p.message.is_empty());
        }
    }
});
