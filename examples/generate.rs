//! Writes a deterministic, realistic dataset of about N delegates as JSON to standard output.
//!
//! ```sh
//! cargo run --release --example generate -- --delegates 1000000 > big.json
//! cargo run --release --example generate -- --delegates 10000 --seed 7 > small.json
//! ```

#[allow(dead_code)]
#[path = "../benches/support/generator.rs"]
mod generator;

use std::error::Error;
use std::io::Write;

const USAGE: &str = "usage: generate --delegates N [--seed S]";

fn main() -> Result<(), Box<dyn Error>> {
    let mut delegates = 1000usize;
    let mut seed = 42u64;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let value = args.next().ok_or(USAGE)?;
        match a.as_str() {
            "--delegates" => delegates = value.parse()?,
            "--seed" => seed = value.parse()?,
            other => return Err(format!("unknown argument {other:?}; {USAGE}").into()),
        }
    }
    let dataset = generator::generate(delegates, seed);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    serde_json::to_writer(&mut out, &dataset)?;
    out.write_all(b"\n")?;
    Ok(())
}
