//! Cross-checks every row of the bundled country table against pycountry.
//!
//! The table in `src/country.rs` was generated from the Debian `iso-codes` data as packaged by
//! the Python library pycountry 26.2.16. This test runs `python3` with a small embedded script
//! that prints pycountry's data as JSON, and compares it with the table row by row, both ways.
//!
//! When `python3` or pycountry is missing the test prints a skip notice and passes, unless the
//! environment variable `REGIONAL_CONFERENCE_REQUIRE_PYCOUNTRY` is set (as it is in CI): then it
//! fails and says how to install pycountry.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write as _;
use std::process::Command;

use regional_conference::country::{CountryCode, CountryInfo, CountryStatus};
use serde::Deserialize;

/// The pycountry release the table was generated from.
const PYCOUNTRY_VERSION: &str = "26.2.16";

/// The environment variable that turns a missing pycountry into a failure.
const REQUIRE_VAR: &str = "REGIONAL_CONFERENCE_REQUIRE_PYCOUNTRY";

/// Exit status of the script when `import pycountry` fails.
const NO_PYCOUNTRY: i32 = 3;

/// Prints pycountry's official and historic countries as JSON, numeric codes as integers.
const SCRIPT: &str = r#"
import json, sys
try:
    import pycountry
except ImportError:
    sys.exit(3)
try:
    from importlib.metadata import version
    v = version("pycountry")
except Exception:
    v = getattr(pycountry, "__version__", "unknown")
def row(c):
    numeric = getattr(c, "numeric", None)
    return {
        "alpha_2": c.alpha_2,
        "alpha_3": c.alpha_3,
        "alpha_4": getattr(c, "alpha_4", None),
        "numeric": int(numeric) if numeric else None,
        "name": c.name,
        "withdrawal_date": getattr(c, "withdrawal_date", None),
    }
json.dump({
    "version": v,
    "countries": [row(c) for c in pycountry.countries],
    "historic_countries": [row(c) for c in pycountry.historic_countries],
}, sys.stdout, ensure_ascii=False)
"#;

#[derive(Debug, Deserialize)]
struct Pycountry {
    version: String,
    countries: Vec<Row>,
    historic_countries: Vec<Row>,
}

#[derive(Debug, Clone, Deserialize)]
struct Row {
    alpha_2: String,
    alpha_3: String,
    alpha_4: Option<String>,
    numeric: Option<u16>,
    name: String,
    withdrawal_date: Option<String>,
}

/// Runs the script; `None` when python3 or pycountry is not installed.
fn pycountry() -> Option<Pycountry> {
    let output = match Command::new("python3").arg("-c").arg(SCRIPT).output() {
        Ok(output) => output,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return None,
        Err(err) => panic!("could not run python3: {err}"),
    };
    if output.status.code() == Some(NO_PYCOUNTRY) {
        return None;
    }
    assert!(
        output.status.success(),
        "the pycountry script failed ({}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    Some(serde_json::from_slice(&output.stdout).expect("the pycountry script prints JSON"))
}

/// The table row of a code, as the pycountry script would print it.
fn as_row(info: &CountryInfo) -> Row {
    Row {
        alpha_2: info.code().to_string(),
        alpha_3: info.alpha3().to_owned(),
        alpha_4: None,
        numeric: info.numeric(),
        name: info.name().to_owned(),
        withdrawal_date: info.withdrawn().map(str::to_owned),
    }
}

/// Compares the fields the table holds (pycountry's `alpha_4` is not in the table).
fn differences(code: &str, table: &Row, pycountry: &Row) -> Vec<String> {
    let mut found = Vec::new();
    let mut check = |field: &str, ours: String, theirs: String| {
        if ours != theirs {
            found.push(format!(
                "{code}: {field} is {ours} in the table, {theirs} in pycountry"
            ));
        }
    };
    check(
        "alpha-3",
        format!("{:?}", table.alpha_3),
        format!("{:?}", pycountry.alpha_3),
    );
    check(
        "numeric",
        format!("{:?}", table.numeric),
        format!("{:?}", pycountry.numeric),
    );
    check(
        "name",
        format!("{:?}", table.name),
        format!("{:?}", pycountry.name),
    );
    check(
        "withdrawal date",
        format!("{:?}", table.withdrawal_date),
        format!("{:?}", pycountry.withdrawal_date),
    );
    found
}

/// The table, by alpha-2 code.
type Table = BTreeMap<String, &'static CountryInfo>;

#[test]
fn every_table_row_matches_pycountry() {
    let Some(py) = pycountry() else {
        assert!(
            std::env::var_os(REQUIRE_VAR).is_none(),
            "{REQUIRE_VAR} is set but python3 with pycountry is not available: \
             run `pip install pycountry=={PYCOUNTRY_VERSION}`"
        );
        // Written to stderr directly, not through `eprintln!`, so that the test harness does
        // not capture (and hide) the notice.
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED every_table_row_matches_pycountry: python3 with pycountry is not available \
             (run `pip install pycountry=={PYCOUNTRY_VERSION}`, or set {REQUIRE_VAR} to make \
             this a failure)"
        );
        return;
    };

    let table: Table = CountryInfo::all()
        .iter()
        .map(|info| (info.code().to_string(), info))
        .collect();
    assert_eq!(
        table.len(),
        CountryInfo::all().len(),
        "duplicate codes in the table"
    );

    let mut problems = check_official(&table, &py);
    let historical = check_historical(&table, &py, &mut problems);
    check_user_assigned(&table, &py);
    assert_eq!(
        table.len(),
        py.countries.len() + historical + 1,
        "every row is official, historical or XK"
    );

    assert!(
        problems.is_empty(),
        "the country table disagrees with pycountry {} (generated from {PYCOUNTRY_VERSION}):\n  {}",
        py.version,
        problems.join("\n  ")
    );
}

/// `pycountry.countries` and the Official rows are the same set, field by field.
fn check_official(table: &Table, py: &Pycountry) -> Vec<String> {
    let mut problems = Vec::new();
    let official: BTreeSet<&str> = py
        .countries
        .iter()
        .map(|row| row.alpha_2.as_str())
        .collect();
    assert_eq!(
        official.len(),
        py.countries.len(),
        "duplicate codes in pycountry"
    );
    for theirs in &py.countries {
        let code = theirs.alpha_2.as_str();
        let Some(info) = table.get(code) else {
            problems.push(format!(
                "{code} ({}) is missing from the table",
                theirs.name
            ));
            continue;
        };
        if info.status() != CountryStatus::Official {
            problems.push(format!("{code}: status {:?}, not Official", info.status()));
        }
        let theirs = Row {
            alpha_4: None,
            withdrawal_date: None,
            ..theirs.clone()
        };
        problems.extend(differences(code, &as_row(info), &theirs));
    }
    for (code, info) in table {
        if info.status() == CountryStatus::Official && !official.contains(code.as_str()) {
            problems.push(format!(
                "{code} is Official in the table but not in pycountry.countries"
            ));
        }
    }
    problems
}

/// The Historical rows are exactly the ISO 3166-3 codes not reassigned to a current country,
/// each matching its `pycountry.historic_countries` row (for CS, Serbia and Montenegro, `CSXX`).
/// Returns how many there are.
fn check_historical(table: &Table, py: &Pycountry, problems: &mut Vec<String>) -> usize {
    let current: BTreeSet<&str> = py
        .countries
        .iter()
        .map(|row| row.alpha_2.as_str())
        .collect();
    let expected: BTreeSet<&str> = py
        .historic_countries
        .iter()
        .map(|row| row.alpha_2.as_str())
        .filter(|code| !current.contains(code))
        .collect();
    let historical: BTreeSet<&str> = table
        .iter()
        .filter(|(_, info)| info.status() == CountryStatus::Historical)
        .map(|(code, _)| code.as_str())
        .collect();
    if historical != expected {
        problems.push(format!(
            "historical codes differ: table {historical:?}, pycountry {expected:?}"
        ));
    }
    for code in &historical {
        let candidates: Vec<&Row> = py
            .historic_countries
            .iter()
            .filter(|row| row.alpha_2 == *code)
            .filter(|row| *code != "CS" || row.alpha_4.as_deref() == Some("CSXX"))
            .collect();
        match candidates.as_slice() {
            [theirs] => {
                let theirs = Row {
                    alpha_4: None,
                    ..(*theirs).clone()
                };
                problems.extend(differences(code, &as_row(table[*code]), &theirs));
            }
            other => problems.push(format!(
                "{code}: {} matching rows in pycountry.historic_countries",
                other.len()
            )),
        }
    }
    expected.len()
}

/// XK is the one user-assigned code, in neither pycountry list.
fn check_user_assigned(table: &Table, py: &Pycountry) {
    let xk = CountryCode::new("XK").unwrap();
    assert_eq!(xk.status(), CountryStatus::UserAssigned);
    assert_eq!(
        (xk.alpha3(), xk.numeric(), xk.name()),
        ("XKX", None, "Kosovo")
    );
    assert_eq!(xk.info().withdrawn(), None);
    assert!(py.countries.iter().all(|row| row.alpha_2 != "XK"));
    assert!(py.historic_countries.iter().all(|row| row.alpha_2 != "XK"));
    let user_assigned: Vec<&String> = table
        .iter()
        .filter(|(_, info)| info.status() == CountryStatus::UserAssigned)
        .map(|(code, _)| code)
        .collect();
    assert_eq!(user_assigned, ["XK"]);
}
