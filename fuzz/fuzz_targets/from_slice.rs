//! Any bytes through the parse-and-validate entry point: never a panic, and a decoding error
//! always says where. What is accepted round-trips, and its view for every audience validates
//! too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use regional_conference::validate::Validate;
use regional_conference::{Audience, Error, from_slice};

fuzz_target!(|data: &[u8]| {
    match from_slice(data) {
        Ok(valid) => {
            // What was accepted serialises and reads back to the same dataset.
            let json = serde_json::to_vec(valid.get()).expect("a dataset serialises");
            let again = from_slice(&json).expect("what was accepted is accepted again");
            assert_eq!(again.get(), valid.get());
            for audience in Audience::all() {
                let view = valid.get().view_for(audience);
                let report = view.dataset.validate();
                assert!(
                    report.is_valid(),
                    "the view for {audience} does not validate:\n{report}"
                );
            }
        }
        Err(Error::Decode(e)) => {
            assert!(e.line() >= 1 || data.is_empty() || e.message().starts_with("reading"))
        }
        Err(_) => {}
    }
});
