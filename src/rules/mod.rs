//! The rules that need context: the catalogue, the report, and the walk that checks them.

pub mod catalogue;
pub(crate) mod idindex;
pub(crate) mod marking;
pub mod report;
