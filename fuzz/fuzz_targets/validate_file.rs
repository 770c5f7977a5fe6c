//! The validate tool's per-file path (decode, validate, locate every violation in the text, for
//! `.json` and `.ndjson` files) on any bytes: never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../examples/validate.rs"]
mod tool;

fuzz_target!(|data: &[u8]| {
    let name = if data.first().is_some_and(|b| b % 2 == 0) { "fuzz.ndjson" } else { "fuzz.json" };
    for checked in tool::check_bytes(name, data) {
        for p in &checked.problems {
            assert!(!p.message.is_empty());
        }
    }
});
