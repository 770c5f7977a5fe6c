//! `rconf`: validate regional-conference datasets, make views of them for an audience, count
//! what they hold, export the JSON Schemas and look up the rules, from the command line.
//!
//! Run `rconf --help` and `rconf COMMAND --help` for the commands, their options and examples.

mod catalogue;
mod check;
mod escape;
mod input;
mod lean;
mod report;
mod run;
mod stats;
mod view;

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use regional_conference::Marking;
use regional_conference::schema::{SchemaBase, files};
use regional_conference::validate::Limits;

use crate::check::{Options, Status};
use crate::input::Input;
use crate::report::{Format, Reporter};
use crate::run::Runner;

const EXAMPLES: &str = "\
Examples:
  rconf validate conference.json                 one line per violation, or FILE: valid
  rconf validate - < conference.json             read standard input
  rconf validate --format sarif *.json > out.sarif
  rconf stats datasets.ndjson                    entities per kind, violations per code
  rconf view --public conference.json            what a TLP:CLEAR audience may receive
  rconf explain reference.unresolved             what a rule checks

Exit status: 0 valid (warnings allowed), 1 invalid, 2 unreadable or malformed input, or a usage error.";

const VALIDATE_HELP: &str = "\
Input: each FILE (or `-`, standard input; none given means `-`) holds one dataset, or a stream of
datasets one per line (NDJSON, JSON Lines). A stream is recognised by its content, whatever the
file is called: two or more non-blank lines, the first or second of which is a JSON object on its
own. Each dataset of a stream is checked on its own and reported with its line; streams are
checked on every core (see --jobs) and reported in input order.

Verdicts: a dataset is valid when it breaks no rule of severity error (warnings are reported but
allowed); invalid when it does. Input that is not a dataset at all is malformed: unreadable, not
well-formed JSON, or JSON that is not of the vocabulary's shape, such as a bad id or date, a
missing field or an UNKNOWN FIELD (the vocabulary is closed; data of your own goes under
`extensions`). Malformed input is reported with the first problem only (code decode.*).

Exit status: 0 when every dataset is valid, 1 when any is invalid, 2 when any input is unreadable
or malformed.

Examples:
  rconf validate conference.json
  rconf validate --format=json - < datasets.ndjson
  rconf validate --format sarif a.json b.json > results.sarif
  rconf validate --quiet conference.json && echo valid";

/// Validate, view, describe and export regional-conference datasets.
#[derive(Debug, Parser)]
#[command(name = "rconf", version, about, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check datasets against the vocabulary and every rule; report each violation with its
    /// line, column and JSON Pointer.
    #[command(after_help = VALIDATE_HELP)]
    Validate(ValidateArgs),
    /// Export the JSON Schemas and the rule catalogue.
    #[command(after_help = "\
Without --out, prints the dataset schema on standard output. With --out DIR, writes every schema
and rules.json into DIR (creating it) and names each file written on standard error.

Examples:
  rconf schema > dataset.schema.json
  rconf schema --out schemas --base https://schemas.example.org/regional-conference/")]
    Schema(SchemaArgs),
    /// Print the view of a valid dataset for an audience: what it may receive, as JSON.
    #[command(after_help = "\
The view is printed on standard output; what was withheld (counts only) on standard error. A
dataset that does not validate gets its report on standard error and no view (exit status 1, or
2 when malformed).

Examples:
  rconf view --public conference.json > public.json
  rconf view --audience TLP:AMBER --personal-data conference.json")]
    View(ViewArgs),
    /// Count the entities per kind and the violations per code of a dataset or a stream.
    #[command(after_help = "\
Exit status as for validate.

Examples:
  rconf stats conference.json
  rconf stats --format json - < datasets.ndjson")]
    Stats(StatsArgs),
    /// List the rule catalogue: code, severity, description (and the decode.* codes).
    #[command(after_help = "Examples:\n  rconf rules\n  rconf rules --format json")]
    Rules(FormatArg),
    /// Describe one rule (or decode.* code).
    #[command(after_help = "\
An unknown code exits with status 2 and names the codes close to it.

Examples:
  rconf explain reference.unresolved")]
    Explain(ExplainArgs),
}

#[derive(Debug, Args)]
struct ValidateArgs {
    /// Files to check; `-` is standard input.
    #[arg(value_name = "FILE")]
    files: Vec<OsString>,
    /// Report format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Print nothing; only the exit status tells (inputs that cannot be read are still named on
    /// standard error).
    #[arg(long, short)]
    quiet: bool,
    /// Worker threads for streams (default: one per core).
    #[arg(long, short, value_name = "N", default_value_t = 0)]
    jobs: usize,
    /// The most violations reported per dataset; past it they are counted, and one line says
    /// how many more were found.
    #[arg(long, value_name = "N", default_value_t = Limits::DEFAULT_MAX_VIOLATIONS)]
    max_violations: usize,
}

#[derive(Debug, Args)]
struct SchemaArgs {
    /// Write every schema and rules.json into this directory.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// The base URI of the schemas' `$id`s: absolute, ending with `/` (default: the
    /// placeholder `https://regional-conference.example/schemas/`).
    #[arg(long, value_name = "URI")]
    base: Option<String>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("who").required(true).args(["public", "audience"])))]
struct ViewArgs {
    /// The public: the audience cleared for TLP:CLEAR.
    #[arg(long)]
    public: bool,
    /// The audience cleared for this marking: TLP:CLEAR, TLP:GREEN, TLP:AMBER,
    /// TLP:AMBER+STRICT or TLP:RED.
    #[arg(long, value_name = "MARKING")]
    audience: Option<Marking>,
    /// Let the audience receive personal data marked within its clearance.
    #[arg(long)]
    personal_data: bool,
    /// The dataset; `-` is standard input.
    #[arg(value_name = "FILE")]
    file: OsString,
}

#[derive(Debug, Args)]
struct StatsArgs {
    /// The dataset or stream; `-` is standard input.
    #[arg(value_name = "FILE")]
    file: OsString,
    /// Output format.
    #[arg(long, value_enum, default_value_t = PlainFormat::Text)]
    format: PlainFormat,
    /// Worker threads for streams (default: one per core).
    #[arg(long, short, value_name = "N", default_value_t = 0)]
    jobs: usize,
    /// The most violations counted by code per dataset; past it they are counted in a total.
    #[arg(long, value_name = "N", default_value_t = Limits::DEFAULT_MAX_VIOLATIONS)]
    max_violations: usize,
}

#[derive(Debug, Args)]
struct FormatArg {
    /// Output format.
    #[arg(long, value_enum, default_value_t = PlainFormat::Text)]
    format: PlainFormat,
}

#[derive(Debug, Args)]
struct ExplainArgs {
    /// The code, such as `reference.unresolved`.
    code: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = PlainFormat::Text)]
    format: PlainFormat,
}

/// Text or JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum PlainFormat {
    /// Lines for people.
    Text,
    /// JSON for programs.
    Json,
}

/// Why a command stopped: a message for standard error, and the exit status.
struct Failure {
    status: u8,
    message: String,
}

impl Failure {
    fn usage(message: impl Into<String>) -> Self {
        Self {
            status: 2,
            message: message.into(),
        }
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        if e.kind() == io::ErrorKind::BrokenPipe {
            // Output going to a closed pipe (`rconf rules | head`): stop, saying nothing.
            return Self {
                status: 0,
                message: String::new(),
            };
        }
        Self {
            status: 2,
            message: format!("cannot write the output: {e}"),
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = io::stdout().lock();
    let result = match cli.command {
        Command::Validate(args) => validate(&args, stdout),
        Command::Schema(args) => schema(&args, stdout),
        Command::View(args) => view::view(
            &Input::from_arg(&args.file),
            args.audience.unwrap_or(Marking::Clear),
            args.personal_data,
            stdout,
        ),
        Command::Stats(args) => stats(&args, stdout),
        Command::Rules(args) => rules(args.format, stdout),
        Command::Explain(args) => explain(&args, stdout),
    };
    match result {
        Ok(status) => ExitCode::from(status as u8),
        Err(Failure { status, message }) if message.is_empty() => ExitCode::from(status),
        Err(Failure { status, message }) => {
            let _ = writeln!(io::stderr(), "rconf: {message}");
            ExitCode::from(status)
        }
    }
}

fn inputs(files: &[OsString]) -> Result<Vec<Input>, Failure> {
    if files.is_empty() {
        if std::io::IsTerminal::is_terminal(&io::stdin()) {
            return Err(Failure::usage(
                "no input: give FILE..., or - to read standard input (see rconf validate --help)",
            ));
        }
        return Ok(vec![Input::Stdin]);
    }
    Ok(files.iter().map(|f| Input::from_arg(f)).collect())
}

fn validate(args: &ValidateArgs, out: impl Write) -> Result<Status, Failure> {
    let options = Options {
        char_columns: args.format == Format::Sarif,
        entities: false,
        max_violations: args.max_violations,
    };
    let runner = Runner::new(args.jobs, options, !args.quiet);
    let mut reporter = Reporter::new(io::BufWriter::new(out), args.format, args.quiet);
    let mut worst = Status::Valid;
    for input in inputs(&args.files)? {
        runner.run(&input, |checked| {
            worst = worst.max(checked.status);
            reporter.report(&input, checked)
        })?;
    }
    reporter.finish()?;
    Ok(worst)
}

fn stats(args: &StatsArgs, mut out: impl Write) -> Result<Status, Failure> {
    let options = Options {
        char_columns: false,
        entities: true,
        max_violations: args.max_violations,
    };
    let runner = Runner::new(args.jobs, options, true);
    let input = Input::from_arg(&args.file);
    let mut totals = stats::Stats::default();
    runner.run(&input, |checked| {
        totals.add(checked);
        Ok::<(), Failure>(())
    })?;
    totals.write(&mut out, &input.name(), args.format == PlainFormat::Json)?;
    Ok(totals.status())
}

fn schema(args: &SchemaArgs, mut out: impl Write) -> Result<Status, Failure> {
    let base = match &args.base {
        None => SchemaBase::DEFAULT,
        // The library refuses a base without a trailing slash (and one that is not an absolute
        // URI), with a message that names it.
        Some(base) => {
            SchemaBase::new(base).map_err(|e| Failure::usage(escape::clean(&e.to_string())))?
        }
    };
    let all = files(&base);
    let Some(dir) = &args.out else {
        let dataset = all
            .iter()
            .find(|(name, _)| *name == "dataset.schema.json")
            .map_or("", |(_, text)| text.as_str());
        out.write_all(dataset.as_bytes())?;
        return Ok(Status::Valid);
    };
    let shown = escape::clean(&dir.to_string_lossy()).into_owned();
    std::fs::create_dir_all(dir)
        .map_err(|e| Failure::usage(format!("cannot create {shown}: {e}")))?;
    for (name, text) in all {
        let path = dir.join(name);
        std::fs::write(&path, text)
            .map_err(|e| Failure::usage(format!("cannot write {shown}/{name}: {e}")))?;
        let _ = writeln!(io::stderr(), "wrote {shown}/{name}");
    }
    Ok(Status::Valid)
}

fn rules(format: PlainFormat, mut out: impl Write) -> Result<Status, Failure> {
    catalogue::rules(&mut out, format == PlainFormat::Json)?;
    Ok(Status::Valid)
}

fn explain(args: &ExplainArgs, mut out: impl Write) -> Result<Status, Failure> {
    catalogue::explain(&mut out, &args.code, args.format == PlainFormat::Json)?
        .map_err(Failure::usage)?;
    Ok(Status::Valid)
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory as _;

    #[test]
    fn the_command_line_is_well_defined() {
        super::Cli::command().debug_assert();
    }
}
