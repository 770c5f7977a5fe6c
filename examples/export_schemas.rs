//! Writes the JSON Schemas and the rule catalogue into a directory.
//!
//! ```sh
//! cargo run --example export_schemas -- schemas
//! cargo run --example export_schemas -- out/ https://schemas.example.org/regional-conference/
//! ```
//!
//! The second argument, if given, is the base URI of the schemas' `$id`s (default:
//! `regional_conference::schema::DEFAULT_BASE_URI`).

use std::error::Error;
use std::path::PathBuf;

use regional_conference::schema::{DEFAULT_BASE_URI, files};

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        return Err("usage: export_schemas DIR [BASE_URI]".into());
    };
    let base = args.next().unwrap_or_else(|| DEFAULT_BASE_URI.to_owned());
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir)?;
    for (name, text) in files(&base) {
        let path = dir.join(name);
        std::fs::write(&path, text)?;
        println!("wrote {}", path.display());
    }
    Ok(())
}
