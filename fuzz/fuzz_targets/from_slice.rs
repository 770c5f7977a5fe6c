//! Any bytes through the parse-and-validate entry point: never a panic, and a decoding error
//! always says where.
#![no_main]

use libfuzzer_sys::fuzz_target;
use regional_conference::{Error, from_slice};

fuzz_target!(|data: &[u8]| {
    match from_slice(data) {
        Ok(valid) => {
            // What was accepted serialises and reads back to the same dataset.
            let json = serde_json::to_vec(valid.get()).expect("a dataset serialises");
            let again = from_slice(&json).expect("what was accepted is accepted again");
            assert_eq!(again.get(), valid.get());
        }
        Err(Error::Decode(e)) => assert!(e.line() >= 1 || data.is_empty() || e.message().starts_with("reading")),
        Err(_) => {}
    }
});
