//! Writes the JSON Schemas and the rule catalogue into a directory.
//!
//! ```sh
//! cargo run --example export_schemas -- schemas
//! cargo run --example export_schemas -- out/ https://schemas.example.org/regional-conference/
//! ```
//!
//! The second argument, if given, is the base URI of the schemas' `$id`s (default:
//! `regional_conference::schema::DEFAULT_BASE_URI`). A base that is not an absolute URI ending
//! in `/` is refused, with exit status 2, before anything is written.

use std::path::PathBuf;
use std::process::ExitCode;

use regional_conference::schema::{SchemaBase, files};

const USAGE: &str = "usage: export_schemas DIR [BASE_URI]";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(dir), base, None) = (args.next(), args.next(), args.next()) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let base = match base.map(SchemaBase::try_from).transpose() {
        Ok(base) => base.unwrap_or_default(),
        Err(e) => {
            eprintln!("export_schemas: {e}");
            return ExitCode::from(2);
        }
    };
    let dir = PathBuf::from(dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("export_schemas: cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    for (name, text) in files(&base) {
        let path = dir.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("export_schemas: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}
