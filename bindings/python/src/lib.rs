//! The native module of the `regional_conference` Python package: each function takes the
//! document as `bytes` or `str` and returns JSON text made by `regional-conference-bindings`,
//! which the package (`python/regional_conference/__init__.py`) turns into Python objects.
//!
//! The Python thread state is detached while a document is decoded and validated, so other
//! Python threads run meanwhile.

use pyo3::prelude::*;
use regional_conference_bindings as shared;

/// The outcome of validating the dataset in `data` (UTF-8 JSON), as JSON text.
#[pyfunction]
fn check_bytes(py: Python<'_>, data: &[u8], located: bool) -> String {
    py.detach(|| shared::check_json(data, located))
}

/// The outcome of validating the dataset in `data`, as JSON text.
#[pyfunction]
fn check_str(py: Python<'_>, data: &str, located: bool) -> String {
    py.detach(|| shared::check_json(data.as_bytes(), located))
}

/// The view of the dataset in `data` (UTF-8 JSON) for an audience, as JSON text.
#[pyfunction]
fn view_bytes(
    py: Python<'_>,
    data: &[u8],
    audience: &str,
    personal_data: bool,
    located: bool,
) -> String {
    py.detach(|| shared::view_json(data, audience, personal_data, located))
}

/// The view of the dataset in `data` for an audience, as JSON text.
#[pyfunction]
fn view_str(
    py: Python<'_>,
    data: &str,
    audience: &str,
    personal_data: bool,
    located: bool,
) -> String {
    py.detach(|| shared::view_json(data.as_bytes(), audience, personal_data, located))
}

/// The published JSON Schemas, as a JSON object from file name to schema.
#[pyfunction]
fn schemas() -> String {
    shared::schemas_json()
}

/// The rule catalogue, as a JSON array.
#[pyfunction]
fn rules() -> String {
    shared::rules_json()
}

/// The native module, `regional_conference._native`.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(check_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(check_str, m)?)?;
    m.add_function(wrap_pyfunction!(view_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(view_str, m)?)?;
    m.add_function(wrap_pyfunction!(schemas, m)?)?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    Ok(())
}
