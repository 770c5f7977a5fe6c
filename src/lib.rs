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
//! - reading JSON with errors that say where: [`decode`], [`locate`];
//! - the rules that need context and their reports: [`rule`], [`validate`], and the
//!   parse-and-validate entry points [`from_json`], [`from_slice`], [`from_reader`];
//! - handling markings and personal data, and views of a dataset for an audience: [`marking`],
//!   [`personal`], [`view`];
//! - JSON Schema export for other languages: [`schema`];
//! - property-testing strategies for downstream crates: `testkit` (feature `proptest`).
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
mod error;
pub mod extensions;
pub mod id;
mod idindex;
pub mod locate;
pub mod marking;
mod marking_check;
mod objects;
pub mod ordinal;
pub mod party;
pub mod personal;
pub mod recommendation;
pub mod region;
pub mod release;
pub mod rule;
pub mod schema;
pub mod source;
pub mod statement;
pub mod strategy;
#[cfg(feature = "proptest")]
pub mod testkit;
pub mod text;
pub mod topic;
mod util;
pub mod validate;
pub mod view;

pub use conference::Conference;
pub use count::Count;
pub use country::CountryCode;
pub use dataset::Dataset;
pub use date::{Date, DateRange, PartialDate, YearRange};
pub use decision::Decision;
pub use decode::DecodeError;
pub use delegation::Delegation;
pub use error::Error;
pub use extensions::Extensions;
pub use marking::{Audience, Marking};
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
pub use validate::{Report, Valid, Validate, Violation};
pub use view::{View, Withheld};

/// Decodes a dataset from JSON text and validates it.
///
/// # Errors
///
/// [`Error::Decode`] with the line, column and JSON Pointer of the first problem if the text is
/// not a dataset; [`Error::Invalid`] with the full report if the dataset breaks a rule.
///
/// # Examples
///
/// ```
/// use regional_conference::{Error, from_json};
///
/// let json = r#"{"schema_version": "1.0",
///   "regions": [{"id": "europe", "name": "Europe", "organizer": "interpol"}]}"#;
/// let Err(Error::Invalid(report)) = from_json(json) else { panic!("expected a report") };
/// assert_eq!(report.violations()[0].pointer(), "/regions/0/organizer");
/// ```
pub fn from_json(json: &str) -> Result<Valid<Dataset>, Error> {
    Ok(decode::from_str::<Dataset>(json)?.into_valid()?)
}

/// Decodes a dataset from JSON bytes and validates it.
///
/// # Errors
///
/// As [`from_json`].
pub fn from_slice(json: &[u8]) -> Result<Valid<Dataset>, Error> {
    Ok(decode::from_slice::<Dataset>(json)?.into_valid()?)
}

/// Decodes a dataset from a reader and validates it.
///
/// # Errors
///
/// As [`from_json`]; a failure to read is a [`decode::DecodeErrorKind::Io`] decoding error.
pub fn from_reader<R: std::io::Read>(reader: R) -> Result<Valid<Dataset>, Error> {
    Ok(decode::from_reader::<Dataset, R>(reader)?.into_valid()?)
}
