//! Prints, for each file named on the command line, one JSON line with what Rust reports for
//! it: `{"file": ..., "validate": <outcome>, "view": <view outcome for TLP:CLEAR>}`, the shapes
//! of [`regional_conference_bindings::Outcome`] and [`regional_conference_bindings::ViewOutcome`].
//!
//! ```sh
//! cargo run -p regional-conference-bindings --bin outcomes -- tests/fixtures/valid/*.json
//! ```
//!
//! The agreement test (`bindings/agreement.py`) compares these lines with what the Python and
//! JavaScript packages report for the same files. Exit status 2 if a file cannot be read.

use std::io::Write;
use std::process::ExitCode;

use regional_conference_bindings::{check, view};
use serde_json::json;

fn main() -> ExitCode {
    let mut out = std::io::stdout().lock();
    let mut status = ExitCode::SUCCESS;
    for file in std::env::args().skip(1) {
        let bytes = match std::fs::read(&file) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("outcomes: cannot read {file}: {e}");
                status = ExitCode::from(2);
                continue;
            }
        };
        let line = json!({
            "file": file,
            "validate": check(&bytes, true),
            "view": view(&bytes, "TLP:CLEAR", false, true),
        });
        if writeln!(out, "{line}").is_err() {
            return ExitCode::from(2);
        }
    }
    status
}
