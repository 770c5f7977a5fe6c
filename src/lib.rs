#![doc = include_str!("../README.md")]
//!
//! # Modules
//!
//! Each module holds one concept of the vocabulary and the error of its leaf values:
//!
//! - leaf values, valid by construction: [`id`], [`country`], [`text`], [`date`], [`count`],
//!   [`ordinal`], [`topic`], [`extensions`];
//! - entities: [`party`] (organisations, people, positions), [`region`], [`conference`],
//!   [`delegation`], [`statement`], [`decision`], [`strategy`], [`recommendation`],
//!   [`release`], [`source`], and the root [`dataset`];
//! - reading JSON with errors that say where: [`decode`], [`locate`].
//!
//! Every leaf type checks its value in its constructor, and deserialization goes through the
//! same constructor: an invalid id, country code, date or text cannot exist in memory. Entity
//! structs have public fields of those types, are `#[non_exhaustive]`, and have a `new`
//! constructor taking their required fields.

pub mod conference;
pub mod count;
pub mod country;
pub mod dataset;
pub mod date;
pub mod decision;
pub mod decode;
pub mod delegation;
pub mod extensions;
pub mod id;
pub mod locate;
pub mod ordinal;
pub mod party;
pub mod recommendation;
pub mod region;
pub mod release;
pub mod source;
pub mod statement;
pub mod strategy;
pub mod text;
pub mod topic;
mod util;

pub use conference::Conference;
pub use count::Count;
pub use country::CountryCode;
pub use dataset::Dataset;
pub use date::{Date, DateRange, PartialDate, YearRange};
pub use decision::Decision;
pub use decode::DecodeError;
pub use delegation::Delegation;
pub use extensions::Extensions;
pub use ordinal::Ordinal;
pub use party::{Organization, Person};
pub use recommendation::Recommendation;
pub use region::Region;
pub use release::MediaRelease;
pub use source::Source;
pub use statement::Statement;
pub use strategy::Strategy;
pub use text::{LanguageTag, Paragraph, Text};
pub use topic::Topic;
