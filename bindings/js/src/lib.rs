//! The WebAssembly module of the `regional-conference` npm package: each function takes the
//! document as a string or bytes and returns JSON text made by `regional-conference-bindings`,
//! which the package (`index.js`) parses and turns into JavaScript objects and exceptions.
//!
//! JSON text crosses the boundary once, and `JSON.parse` in the engine builds the objects:
//! faster for large views than building them one property at a time from WebAssembly.

use regional_conference_bindings as shared;
use wasm_bindgen::prelude::wasm_bindgen;

/// The outcome of validating the dataset in `data`, as JSON text.
#[wasm_bindgen(js_name = checkText)]
#[must_use]
pub fn check_text(data: &str, located: bool) -> String {
    shared::check_json(data.as_bytes(), located)
}

/// The outcome of validating the dataset in `data` (UTF-8 JSON), as JSON text.
#[wasm_bindgen(js_name = checkBytes)]
#[must_use]
pub fn check_bytes(data: &[u8], located: bool) -> String {
    shared::check_json(data, located)
}

/// The outcome of validating the dataset in `data`, as JSON text, with a decoding error located
/// and violations not yet (`positionsText` places them when asked).
#[wasm_bindgen(js_name = checkTextDeferred)]
#[must_use]
pub fn check_text_deferred(data: &str) -> String {
    shared::check_deferred_json(data.as_bytes())
}

/// As `checkTextDeferred`, for UTF-8 JSON bytes (`positionsBytes` places the violations).
#[wasm_bindgen(js_name = checkBytesDeferred)]
#[must_use]
pub fn check_bytes_deferred(data: &[u8]) -> String {
    shared::check_deferred_json(data)
}

/// The line and column of the value at each pointer in `data`, flat: `[line, column, ...]`,
/// `0, 0` where no value is (lines and columns count from 1).
#[wasm_bindgen(js_name = positionsText)]
#[must_use]
#[allow(clippy::needless_pass_by_value)] // wasm-bindgen passes arrays by value
pub fn positions_text(data: &str, pointers: Vec<String>) -> Vec<u32> {
    flat(data.as_bytes(), &pointers)
}

/// As `positionsText`, for UTF-8 JSON bytes.
#[wasm_bindgen(js_name = positionsBytes)]
#[must_use]
#[allow(clippy::needless_pass_by_value)] // wasm-bindgen passes arrays by value
pub fn positions_bytes(data: &[u8], pointers: Vec<String>) -> Vec<u32> {
    flat(data, &pointers)
}

fn flat(json: &[u8], pointers: &[String]) -> Vec<u32> {
    let pointers: Vec<&str> = pointers.iter().map(String::as_str).collect();
    // A position past u32::MAX cannot occur: WebAssembly's memory holds at most 4 GiB.
    let n = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
    shared::positions(json, &pointers)
        .into_iter()
        .flat_map(|at| at.map_or([0, 0], |p| [n(p.line), n(p.column)]))
        .collect()
}

/// The view of the dataset in `data` for an audience, as JSON text.
#[wasm_bindgen(js_name = viewText)]
#[must_use]
pub fn view_text(data: &str, audience: &str, personal_data: bool, located: bool) -> String {
    shared::view_json(data.as_bytes(), audience, personal_data, located)
}

/// The view of the dataset in `data` (UTF-8 JSON) for an audience, as JSON text.
#[wasm_bindgen(js_name = viewBytes)]
#[must_use]
pub fn view_bytes(data: &[u8], audience: &str, personal_data: bool, located: bool) -> String {
    shared::view_json(data, audience, personal_data, located)
}

/// The published JSON Schemas, as a JSON object from file name to schema.
#[wasm_bindgen]
#[must_use]
pub fn schemas() -> String {
    shared::schemas_json()
}

/// The rule catalogue, as a JSON array.
#[wasm_bindgen]
#[must_use]
pub fn rules() -> String {
    shared::rules_json()
}
