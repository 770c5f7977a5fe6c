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
