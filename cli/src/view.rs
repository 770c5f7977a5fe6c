//! The `view` command: what an audience may receive of a valid dataset.

use std::io::{self, Write};

use regional_conference::decode;
use regional_conference::validate::Validate as _;
use regional_conference::{Audience, Dataset, Marking};

use crate::Failure;
use crate::check::{Options, Status, check, unreadable};
use crate::escape::clean;
use crate::input::Input;
use crate::report::write_text;

/// Prints the view of the dataset in `input` for the audience cleared for `clearance` (with
/// personal data if `personal_data`) on `out`, and what it withheld on standard error.
pub(crate) fn view(
    input: &Input,
    clearance: Marking,
    personal_data: bool,
    mut out: impl Write,
) -> Result<Status, Failure> {
    let audience = Audience::cleared_for(clearance);
    let audience = if personal_data {
        audience
            .with_personal_data()
            .map_err(|e| Failure::usage(e.to_string()))?
    } else {
        audience
    };
    let name = clean(&input.name()).into_owned();
    let mut err = io::stderr().lock();
    let bytes = match input.read() {
        Ok(bytes) => bytes,
        Err(e) => {
            write_text(&mut err, &name, &unreadable(&e))?;
            return Ok(Status::Malformed);
        }
    };
    let dataset = match decode::from_slice::<Dataset>(&bytes) {
        Ok(dataset) if dataset.validate().is_valid() => dataset,
        _ => {
            let checked = check(&bytes, None, Options::default());
            write_text(&mut err, &name, &checked)?;
            writeln!(err, "{name}: no view of a dataset that does not validate")?;
            return Ok(checked.status);
        }
    };
    let view = dataset.view_for(audience);
    serde_json::to_writer_pretty(&mut out, &view.dataset).map_err(io::Error::from)?;
    writeln!(out)?;
    out.flush()?;
    let counts = serde_json::to_value(view.withheld).unwrap_or_default();
    let withheld: Vec<String> = counts
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(_, n)| n.as_u64().is_some_and(|n| n > 0))
        .map(|(kind, n)| format!("{kind} {n}"))
        .collect();
    writeln!(
        err,
        "{name}: view for {audience}; withheld: {}",
        if withheld.is_empty() {
            "nothing".to_owned()
        } else {
            withheld.join(", ")
        }
    )?;
    Ok(Status::Valid)
}
