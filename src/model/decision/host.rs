//! The designation of the host of a future session.

use serde::{Deserialize, Serialize};

use super::{DecisionStatus, Effective, Vote};
use crate::country::CountryCode;
use crate::date::{PartialDate, RelativeDay};
use crate::extensions::Extensions;
use crate::id::{ConferenceId, OrganizationId, SeriesId, SourceId};
use crate::ordinal::Ordinal;
use crate::text::{Paragraph, Text};

/// The designation of the host of a future session of a series.
///
/// The host may be designated years ahead, before a city is named, and a source may name only
/// the city of "the next conference", with no ordinal or date: only the series is required.
/// A designation names at least one of the country, the city and the host organisation
/// (rule `host.designation.empty`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a host designation: a JSON object")]
#[non_exhaustive]
pub struct HostDesignation {
    /// The series of the designated session.
    pub series: SeriesId,
    /// Its ordinal in the series; left out for "the next session" without a number (optional
    /// since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordinal: Option<Ordinal>,
    /// The host country, where the source names it (optional since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
    /// The host city, if named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<Text>,
    /// When the session is to take place: a year, a month or a day, where the source says
    /// (optional since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// The organisation that will host it, where it differs from the country's authorities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_organization: Option<OrganizationId>,
    /// The designated session, if the dataset holds it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conference: Option<ConferenceId>,
    /// The decision's wording, as the source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Paragraph>,
    /// The sources that report it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// How it was voted (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vote: Option<Box<Vote>>,
    /// When and where it takes effect (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective: Option<Effective>,
    /// The day it was taken, where the source says (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_on: Option<PartialDate>,
    /// How sources gave that day relative to their own publication ("lundi").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relative: Vec<RelativeDay>,
    /// Whether it was taken, as far as the sources know (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DecisionStatus>,
    /// What it also says about itself: id, version, topics, purpose, addressees, binding
    /// force, drafters (since 1.2; fields of the designation itself on the wire).
    #[serde(flatten)]
    pub particulars: Option<Box<super::Particulars>>,
    /// Data that does not fit the vocabulary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

impl HostDesignation {
    /// A designation with its required fields; the others are empty.
    #[must_use]
    pub fn new(
        series: SeriesId,
        ordinal: Ordinal,
        country: CountryCode,
        date: PartialDate,
    ) -> Self {
        Self {
            ordinal: Some(ordinal),
            country: Some(country),
            date: Some(date),
            ..Self::next(series)
        }
    }

    /// "The next session" of a series, with nothing more known yet: set the city, the country
    /// or the host organisation the source names.
    #[must_use]
    pub fn next(series: SeriesId) -> Self {
        Self {
            series,
            ordinal: None,
            country: None,
            city: None,
            date: None,
            host_organization: None,
            conference: None,
            text: None,
            sources: Vec::new(),
            vote: None,
            effective: None,
            decided_on: None,
            relative: Vec::new(),
            status: None,
            particulars: None,
            extensions: None,
        }
    }
}
