//! The rules that need context: the catalogue, the report, and the walk that checks them.

pub mod catalogue;
mod check;
pub(crate) mod earlier;
pub(crate) mod held;
pub(crate) mod idindex;
pub(crate) mod index;
mod leak;
pub(crate) mod marking;
pub mod report;
pub(crate) mod walk;
