//! Offices held over time (since 1.2): a body's chair, presidency or secretariat as one thing,
//! with the tenures of the people, countries and institutions that held it.
//!
//! A [`Position`](crate::person::Position) is what one person held; an [`Office`] is what many
//! held in turn, after Popolo's Post and Membership and Wikidata's "position held" with its
//! qualifiers (start, end, end cause). A tenure is held by a person, an organisation, a country
//! (a rotating presidency) or someone the source names only by `title`; it may say under which
//! title it was held, for how long, that it was extended or suspended, who appointed the holder
//! and why it ended. Two people's positions under two titles are one office when both name it
//! (`Position::office`).
//!
//! A [`Term`] is a length of office as sources state it ("one-year term", "pour une durée de
//! deux ans", "mais de sete anos"): on an office (the length each tenure runs), a tenure (how
//! long it did run), and on `elect`, `elect_members` and `appoint` decisions.
//!
//! # Examples
//!
//! ```
//! use regional_conference::Text;
//! use regional_conference::office::{Office, Tenure, Term, TermUnit};
//! use regional_conference::count::Count;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut chair = Office::new("sarpcco-chair".parse()?, Text::new("Chairperson")?);
//! chair.organization = Some("sarpcco".parse()?);
//! chair.term = Some(Term::new(Count::exact(1), TermUnit::Years));
//! let mut tenure = Tenure::country("TZ".parse()?);
//! tenure.from = Some("2024-08".parse()?);
//! chair.holders.push(tenure);
//! assert_eq!(
//!     serde_json::to_string(&chair)?,
//!     r#"{"id":"sarpcco-chair","title":"Chairperson","organization":"sarpcco","term":{"count":{"qualifier":"exact","value":1},"unit":"years"},"holders":[{"country":"TZ","from":"2024-08"}]}"#
//! );
//! let none = r#"{"from": "2024"}"#;
//! assert_eq!(
//!     serde_json::from_str::<Tenure>(none).unwrap_err().to_string(),
//!     "a tenure is held by a person, an organization or a country; give one, or the `title` of a holder the source does not name"
//! );
//! # Ok(())
//! # }
//! ```

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::count::Count;
use crate::country::CountryCode;
use crate::date::PartialDate;
use crate::event::Actor;
use crate::extensions::Extensions;
use crate::id::{ConferenceId, OfficeId, OrganizationId, PersonId, SourceId};
use crate::marking::Marking;
use crate::person::OtherTitle;
use crate::role::RoleHolder;
use crate::text::Text;

/// The unit of a [`Term`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TermUnit {
    /// Years ("a two-year term").
    Years,
    /// Months ("a six-month presidency").
    Months,
}

crate::util::wire_names!(TermUnit, "regional_conference::office::TermUnit", {
        Years => "years",
        Months => "months",
});

/// A length of office as a source states it: a count (exact, "more than seven") of years or
/// months, with the source's words.
///
/// ```
/// use regional_conference::office::{Term, TermUnit};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let term: Term = serde_json::from_str(
///     r#"{"count": {"qualifier": "more_than", "value": 7}, "unit": "years", "wording": "mais de sete anos"}"#,
/// )?;
/// assert_eq!(term.unit, TermUnit::Years);
/// assert_eq!(term.count.to_string(), "more than 7");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "a term: an object with its \"count\" and \"unit\""
)]
#[non_exhaustive]
pub struct Term {
    /// How many units, as the source qualifies the number.
    pub count: Count,
    /// Years or months.
    pub unit: TermUnit,
    /// The source's own words ("upon completion of his one-year term").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Text>,
}

impl Term {
    /// A term of `count` units, without the source's words.
    #[must_use]
    pub fn new(count: Count, unit: TermUnit) -> Self {
        Self {
            count,
            unit,
            wording: None,
        }
    }
}

/// How an office passes from holder to holder, in words and, where it follows another office,
/// by reference: "chaired by a representative of the Member State holding the EU Council
/// Presidency".
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "a rotation rule: an object with its \"rule\""
)]
#[non_exhaustive]
pub struct Rotation {
    /// The rule in the source's words.
    pub rule: Text,
    /// The office whose holder decides this one's: the office goes to a representative of
    /// the country (or body) that holds the office named here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follows: Option<OfficeId>,
    /// The sources that state the rule.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl Rotation {
    /// A rule in words, following no other office.
    #[must_use]
    pub fn new(rule: Text) -> Self {
        Self {
            rule,
            follows: None,
            sources: Vec::new(),
        }
    }
}

/// An office of an organisation, held over time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "an office: an object with its \"id\" and \"title\""
)]
#[non_exhaustive]
pub struct Office {
    /// The office's id.
    pub id: OfficeId,
    /// Its handling marking; without one it takes the dataset's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<Marking>,
    /// Its title ("Chairperson", "Presidency").
    pub title: Text,
    /// Its title as other sources write it ("President", "presidencia anual").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_titles: Vec<OtherTitle>,
    /// The organisation whose office it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<OrganizationId>,
    /// The length of one tenure, as the rules or the sources state it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term: Option<Term>,
    /// How it passes from holder to holder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation: Option<Rotation>,
    /// Its holders over time, earliest first where known.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub holders: Vec<Tenure>,
    /// The sources that state these facts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// The source's own words, where the record paraphrases them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Text>,
    /// Data outside the vocabulary, kept exactly as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

impl Office {
    /// An office with its id and title; the other fields are empty.
    #[must_use]
    pub fn new(id: OfficeId, title: Text) -> Self {
        Self {
            id,
            marking: None,
            title,
            other_titles: Vec::new(),
            organization: None,
            term: None,
            rotation: None,
            holders: Vec::new(),
            sources: Vec::new(),
            wording: None,
            extensions: None,
        }
    }
}

/// A term prolonged beyond its length: "la irrupción de la covid-19 alargó su mandato".
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "an extension of a term: a JSON object"
)]
#[non_exhaustive]
pub struct TermExtension {
    /// Until when, where the source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<PartialDate>,
    /// Why, in the record's words ("Covid-19").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<Text>,
    /// The sources that state it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// The source's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Text>,
}

/// A tenure interrupted, not ended: the holder suspended, the office held meanwhile by an
/// acting holder.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a suspension: a JSON object")]
#[non_exhaustive]
pub struct Suspension {
    /// Its first day, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<PartialDate>,
    /// Its last day, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<PartialDate>,
    /// A day on which a source attests the holder was suspended, where neither end is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attested: Option<PartialDate>,
    /// The sources that state it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// The source's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Text>,
}

/// Why a tenure ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EndCause {
    /// The term ran its length ("upon completion of his one-year term").
    TermCompleted,
    /// The holder resigned.
    Resigned,
    /// The holder was removed or dismissed.
    Removed,
    /// The holder died.
    Died,
    /// The holder left the post it came with (retired, was transferred).
    LeftPost,
    /// Another cause, in the `wording`.
    Other,
}

crate::util::wire_names!(EndCause, "regional_conference::office::EndCause", {
        TermCompleted => "term_completed",
        Resigned => "resigned",
        Removed => "removed",
        Died => "died",
        LeftPost => "left_post",
        Other => "other",
});

/// How a tenure ended: its cause, with the source's words.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "the end of a tenure: an object with its \"cause\""
)]
#[non_exhaustive]
pub struct TenureEnd {
    /// Why it ended.
    pub cause: EndCause,
    /// The sources that state it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// The source's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Text>,
}

impl TenureEnd {
    /// An end with its cause only.
    #[must_use]
    pub fn new(cause: EndCause) -> Self {
        Self {
            cause,
            sources: Vec::new(),
            wording: None,
        }
    }
}

/// One holder's time in an office. On the wire `person`, `organization` or `country`, exactly
/// one, or none and a `title` for a holder the source names only by office.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "TenureRepr", into = "TenureRepr")]
#[non_exhaustive]
pub struct Tenure {
    /// Who held it.
    pub holder: RoleHolder,
    /// The title it was held under, where it is not the office's ("chairperson").
    pub title: Option<Text>,
    /// When it began.
    pub from: Option<PartialDate>,
    /// When it ended.
    pub to: Option<PartialDate>,
    /// How long it ran, where the source says so rather than giving dates ("more than seven
    /// years").
    pub length: Option<Term>,
    /// Whether it was held on an acting (interim) basis.
    pub acting: bool,
    /// The session that elected the holder.
    pub elected_at: Option<ConferenceId>,
    /// Who appointed the holder: a person (a head of state) or an organisation.
    pub appointed_by: Option<Actor>,
    /// Its term prolonged beyond its length.
    pub extended: Option<TermExtension>,
    /// Its holder suspended: interrupted, not ended.
    pub suspended: Option<Suspension>,
    /// Why it ended.
    pub ended: Option<TenureEnd>,
    /// The sources that state it.
    pub sources: Vec<SourceId>,
    /// The source's own words.
    pub wording: Option<Text>,
    /// Its handling marking; without one it takes the office's.
    pub marking: Option<Marking>,
    /// Data that does not fit the vocabulary.
    pub extensions: Option<Extensions>,
}

impl Tenure {
    /// A tenure held by a person, with nothing more recorded.
    #[must_use]
    pub fn person(person: PersonId) -> Self {
        Self::new(RoleHolder::Person(person))
    }

    /// A tenure held by an organisation, with nothing more recorded.
    #[must_use]
    pub fn organization(organization: OrganizationId) -> Self {
        Self::new(RoleHolder::Organization(organization))
    }

    /// A tenure held by a country, with nothing more recorded.
    #[must_use]
    pub fn country(country: CountryCode) -> Self {
        Self::new(RoleHolder::Country(country))
    }

    fn new(holder: RoleHolder) -> Self {
        Self {
            holder,
            title: None,
            from: None,
            to: None,
            length: None,
            acting: false,
            elected_at: None,
            appointed_by: None,
            extended: None,
            suspended: None,
            ended: None,
            sources: Vec::new(),
            wording: None,
            marking: None,
            extensions: None,
        }
    }
}

/// One holder's time in an office, held by a person, an organisation or a country (exactly one
/// of the three), or by a holder the source names only by `title`.
#[derive(Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename = "Tenure",
    expecting = "a tenure: an object with its \"person\", \"organization\" or \"country\""
)]
struct TenureRepr {
    /// The person who held it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    person: Option<PersonId>,
    /// The organisation that held it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    organization: Option<OrganizationId>,
    /// The country that held it (a rotating presidency).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    country: Option<CountryCode>,
    /// The title it was held under, where it is not the office's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<Text>,
    /// When it began.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    from: Option<PartialDate>,
    /// When it ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    to: Option<PartialDate>,
    /// How long it ran, where the source says so rather than giving dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    length: Option<Term>,
    /// Whether it was held on an acting (interim) basis.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    acting: bool,
    /// The session that elected the holder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    elected_at: Option<ConferenceId>,
    /// Who appointed the holder: a person or an organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    appointed_by: Option<Actor>,
    /// Its term prolonged beyond its length.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    extended: Option<TermExtension>,
    /// Its holder suspended: interrupted, not ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    suspended: Option<Suspension>,
    /// Why it ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ended: Option<TenureEnd>,
    /// The sources that state it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    sources: Vec<SourceId>,
    /// The source's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    wording: Option<Text>,
    /// Its handling marking; without one it takes the office's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    marking: Option<Marking>,
    /// Data that does not fit the vocabulary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    extensions: Option<Extensions>,
}

/// The error of a tenure held by more than one holder, or by none and with no title.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TenureError {
    /// More than one holder was given.
    #[error("a tenure is held by one of a person, an organization and a country, not two")]
    Both,
    /// No holder was given, and no title of an unnamed holder.
    #[error(
        "a tenure is held by a person, an organization or a country; give one, or the `title` of a holder the source does not name"
    )]
    Neither,
}

impl TryFrom<TenureRepr> for Tenure {
    type Error = TenureError;
    fn try_from(r: TenureRepr) -> Result<Self, TenureError> {
        let holder = match (r.person, r.organization, r.country) {
            (Some(p), None, None) => RoleHolder::Person(p),
            (None, Some(o), None) => RoleHolder::Organization(o),
            (None, None, Some(c)) => RoleHolder::Country(c),
            (None, None, None) if r.title.is_some() => RoleHolder::Unnamed,
            (None, None, None) => return Err(TenureError::Neither),
            _ => return Err(TenureError::Both),
        };
        Ok(Self {
            holder,
            title: r.title,
            from: r.from,
            to: r.to,
            length: r.length,
            acting: r.acting,
            elected_at: r.elected_at,
            appointed_by: r.appointed_by,
            extended: r.extended,
            suspended: r.suspended,
            ended: r.ended,
            sources: r.sources,
            wording: r.wording,
            marking: r.marking,
            extensions: r.extensions,
        })
    }
}

impl From<Tenure> for TenureRepr {
    fn from(r: Tenure) -> Self {
        let (person, organization, country) = match r.holder {
            RoleHolder::Person(p) => (Some(p), None, None),
            RoleHolder::Organization(o) => (None, Some(o), None),
            RoleHolder::Country(c) => (None, None, Some(c)),
            RoleHolder::Unnamed => (None, None, None),
        };
        Self {
            person,
            organization,
            country,
            title: r.title,
            from: r.from,
            to: r.to,
            length: r.length,
            acting: r.acting,
            elected_at: r.elected_at,
            appointed_by: r.appointed_by,
            extended: r.extended,
            suspended: r.suspended,
            ended: r.ended,
            sources: r.sources,
            wording: r.wording,
            marking: r.marking,
            extensions: r.extensions,
        }
    }
}

impl schemars::JsonSchema for Tenure {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Tenure")
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = TenureRepr::json_schema(generator);
        schema.insert("oneOf".to_owned(), crate::role::holder_one_of(generator));
        schema
    }
}
