#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]
//!
//! # Modules
//!
//! Each module holds one concept of the vocabulary and the error of its leaf values:
//!
//! - leaf values, valid by construction: [`id`], [`country`], [`text`], [`date`], [`count`],
//!   [`ordinal`], [`topic`], [`extensions`];
//! - entities: [`party`] (organisations, people, positions), [`region`], [`series`],
//!   [`capability`], [`conference`], [`delegation`], [`statement`], [`decision`], [`strategy`],
//!   [`recommendation`], [`release`], [`source`], and the root [`dataset`];
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

// The layers, one folder each: leaf values, entities, reading JSON, rules, views. Each public
// module keeps its path at the crate root (`regional_conference::country`, `::rule`, …).
mod model;
mod read;
mod rules;
mod value;
pub mod view;

pub use model::{
    capability, claim, conference, dataset, decision, delegation, document, event, office,
    organization, person, recommendation, region, release, role, series, source, statement,
    strategy,
};
pub use read::{decode, locate};
pub use rules::{catalogue as rule, report as validate};
pub use value::{count, country, date, extensions, id, marking, ordinal, personal, text, topic};

mod error;
pub mod schema;
#[cfg(feature = "proptest")]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
pub mod testkit;

use read::objects;
use rules::idindex;
use value::util;

/// The former home of [`Organization`] and [`Person`]: their modules are now
/// [`organization`] and [`person`].
#[doc(hidden)]
pub mod party {
    pub use crate::organization::{Founding, Organization, OrganizationKind};
    pub use crate::person::{Person, Position};
}

pub use capability::Capability;
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
pub use office::Office;
pub use ordinal::Ordinal;
pub use organization::Organization;
pub use person::Person;
pub use recommendation::Recommendation;
pub use region::Region;
pub use release::MediaRelease;
pub use series::Series;
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
