//! Leaf values, valid by construction: each checks its value in its constructor, and
//! deserialization goes through the same constructor.

pub mod count;
pub mod country;
pub mod date;
pub mod extensions;
pub mod id;
pub mod marking;
pub mod ordinal;
pub mod personal;
pub mod text;
pub mod topic;
pub(crate) mod util;
