//! The library alone on one file, as a baseline for the tool's throughput: read the file whole,
//! `regional_conference::from_slice` (decode and validate), exit 0 if valid, 1 if not.
//!
//! ```sh
//! cargo build --release -p regional-conference-cli --bin rconf --example library_baseline
//! hyperfine 'target/release/examples/library_baseline big.json' \
//!     'target/release/rconf validate --quiet big.json'
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: library_baseline FILE");
        return ExitCode::from(2);
    };
    match std::fs::read(&path) {
        Ok(bytes) => ExitCode::from(u8::from(regional_conference::from_slice(&bytes).is_err())),
        Err(e) => {
            eprintln!("{}: {e}", path.to_string_lossy());
            ExitCode::from(2)
        }
    }
}
