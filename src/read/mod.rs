//! Reading JSON: typed decoding with errors that say where, and finding values in JSON text.

pub mod decode;
pub mod locate;
pub(crate) mod objects;
pub(crate) mod pointer;
