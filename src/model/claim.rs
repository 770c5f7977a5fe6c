//! Versions of a fact that sources disagree on, each with its sources, wording and rank.
//!
//! A session's record holds one value per fact: its dates, its ordinal, its title. Where
//! sources disagree — "the three-day conference" in one, "over the past two and a half days"
//! in another; the 42nd session in a release, the 41st in a newspaper — the record keeps
//! that value and lists every version as a [`Claim`] in
//! [`Conference::claims`](crate::conference::Conference::claims): the value a source gives,
//! the sources that give it, their own words, and a [`Rank`]. The version ranked
//! [`Rank::Preferred`] is the one the record holds, and its sources are the ones that fix
//! that field. A [`Rank::Deprecated`] version is known to be wrong (a typo a later release
//! corrected) and is kept only so that nothing a source said is lost.
//!
//! The rule `claim.disagreement` warns once for each version of normal rank that cannot be
//! true together with the record's value, quoting both values and both sources;
//! `claim.preferred_differs` is an error: a version ranked preferred that is not what the
//! record holds.
//!
//! # Examples
//!
//! ```
//! use regional_conference::claim::{Claim, Claimed, Days, Rank};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut three = Claim::new(Claimed::Duration(Days::whole(3)?));
//! three.rank = Rank::Preferred;
//! three.sources.push("release".parse()?);
//! let two_and_a_half = Claim::new(Claimed::Duration("2.5".parse()?));
//! assert_eq!(three.value.field(), "duration");
//! assert_eq!(two_and_a_half.value.to_string(), "2.5 days");
//! // Both fit a session over three calendar days.
//! assert_eq!(three.value.agrees_with(&two_and_a_half.value), Some(true));
//! # Ok(())
//! # }
//! ```

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::conference::{ConferenceDates, SessionStatus};
use crate::date::Date;
use crate::date::RelativeDay;
use crate::extensions::Extensions;
use crate::id::{OrganizationId, SourceId};
use crate::marking::Marking;
use crate::ordinal::Ordinal;
use crate::text::Text;
use crate::util::echo;

/// How a version of a fact stands beside the others (after Wikidata's statement ranks).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Rank {
    /// The version the record holds; its sources fix the field.
    Preferred,
    /// A version a source gives, neither preferred nor known to be wrong.
    #[default]
    Normal,
    /// A version known to be wrong, kept because a source said it.
    Deprecated,
}

crate::util::wire_names!(Rank, "regional_conference::claim::Rank", {
    Preferred => "preferred",
    Normal => "normal",
    Deprecated => "deprecated",
});

impl Rank {
    /// Whether this is the default rank, [`Rank::Normal`] (left out on the wire).
    #[must_use]
    pub fn is_normal(&self) -> bool {
        *self == Rank::Normal
    }
}

/// The error returned when a number of days is not a positive multiple of a half day.
///
/// ```
/// use regional_conference::claim::Days;
///
/// assert_eq!(
///     "2.25".parse::<Days>().unwrap_err().to_string(),
///     "invalid number of days \"2.25\": expected a positive number of whole or half days, at most 366"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid number of days {0:?}: expected a positive number of whole or half days, at most 366"
)]
pub struct DaysError(String);

/// How long a session lasted as a source says it, in whole or half days ("the three-day
/// conference", "two and a half days of talks"): on the wire a number, `3` or `2.5`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Days {
    halves: u16,
}

impl Days {
    const MAX_HALVES: u16 = 366 * 2;

    /// A whole number of days.
    ///
    /// # Errors
    ///
    /// Returns [`DaysError`] for 0 or more than 366.
    pub fn whole(days: u16) -> Result<Self, DaysError> {
        Self::from_halves(u32::from(days) * 2).ok_or_else(|| DaysError(days.to_string()))
    }

    fn from_halves(halves: u32) -> Option<Self> {
        let halves = u16::try_from(halves).ok()?;
        (halves > 0 && halves <= Self::MAX_HALVES).then_some(Self { halves })
    }

    /// The number of half days.
    #[must_use]
    pub fn halves(self) -> u16 {
        self.halves
    }

    /// The calendar days a session of this length needs at least: 2.5 days need 3.
    #[must_use]
    pub fn calendar_days(self) -> u16 {
        self.halves.div_ceil(2)
    }
}

impl fmt::Display for Days {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = self.halves / 2;
        match (whole, self.halves % 2) {
            (1, 0) => f.write_str("1 day"),
            (w, 0) => write!(f, "{w} days"),
            (w, _) => write!(f, "{w}.5 days"),
        }
    }
}

impl std::str::FromStr for Days {
    type Err = DaysError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let fail = || DaysError(echo(s));
        let (whole, half) = match s.split_once('.') {
            None => (s, false),
            Some((w, "5")) => (w, true),
            Some((w, "0")) => (w, false),
            Some(_) => return Err(fail()),
        };
        if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || whole.len() > 3 {
            return Err(fail());
        }
        let whole: u32 = whole.parse().map_err(|_| fail())?;
        Self::from_halves(whole * 2 + u32::from(half)).ok_or_else(fail)
    }
}

impl Serialize for Days {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.halves.is_multiple_of(2) {
            serializer.serialize_u16(self.halves / 2)
        } else {
            serializer.serialize_f64(f64::from(self.halves) / 2.0)
        }
    }
}

impl<'de> Deserialize<'de> for Days {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DaysVisitor;
        impl serde::de::Visitor<'_> for DaysVisitor {
            type Value = Days;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a positive number of whole or half days, such as 3 or 2.5")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Days, E> {
                u32::try_from(v)
                    .ok()
                    .and_then(|v| v.checked_mul(2))
                    .and_then(Days::from_halves)
                    .ok_or_else(|| E::custom(DaysError(v.to_string())))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Days, E> {
                Err(E::custom(DaysError(v.to_string())))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Days, E> {
                let halves = v * 2.0;
                let fits =
                    halves.fract() == 0.0 && halves > 0.0 && halves <= f64::from(Days::MAX_HALVES);
                if fits {
                    // In range and whole: the cast is exact.
                    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                    let halves = halves as u32;
                    if let Some(days) = Days::from_halves(halves) {
                        return Ok(days);
                    }
                }
                Err(E::custom(DaysError(v.to_string())))
            }
        }
        deserializer.deserialize_any(DaysVisitor)
    }
}

impl schemars::JsonSchema for Days {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Days")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A length in whole or half days, such as 3 or 2.5.",
            "type": "number",
            "multipleOf": 0.5,
            "exclusiveMinimum": 0,
            "maximum": 366,
        })
    }
}

/// The field a claim is about, with the value a source gives it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Claimed {
    /// The session's dates (the record's `dates`).
    Dates(ConferenceDates),
    /// How long the session lasted; the record has no field of its own for it, and compares
    /// it with its exact dates.
    Duration(Days),
    /// The session's ordinal (the record's `ordinal`).
    Ordinal(Ordinal),
    /// The session's title (the record's `title`).
    Title(Text),
    /// Whether the session took place (the record's `status`; since 1.2): "se tiendra" in an
    /// announcement, "s'est tenue" in a later report.
    Status(SessionStatus),
    /// The organisations a source says organised the session (the record's `organizer` with
    /// its `co_organizers`; since 1.2); on the wire a list of organisation ids, at least one.
    Organizer(Vec<OrganizationId>),
}

impl Claimed {
    /// The wire name of the field: `dates`, `duration`, `ordinal`, `title`, `status` or
    /// `organizer`.
    #[must_use]
    pub fn field(&self) -> &'static str {
        match self {
            Claimed::Dates(_) => "dates",
            Claimed::Duration(_) => "duration",
            Claimed::Ordinal(_) => "ordinal",
            Claimed::Title(_) => "title",
            Claimed::Status(_) => "status",
            Claimed::Organizer(_) => "organizer",
        }
    }

    /// Whether two values of one field can both be true; `None` for values of two fields.
    ///
    /// Dates agree when they can be the same days (a month agrees with the days inside it);
    /// durations when they need the same number of calendar days (three days and two and a
    /// half); ordinals and titles when they are equal. A status agrees with what it can
    /// become: `announced` with any (a plan a later report overtakes), `postponed` with `held`
    /// and `cancelled`; only `held` and `cancelled` cannot both be true. Organisers agree
    /// when the sources name the same organisations, in any order.
    ///
    /// ```
    /// use regional_conference::claim::Claimed;
    /// use regional_conference::conference::SessionStatus;
    ///
    /// let announced = Claimed::Status(SessionStatus::Announced);
    /// let held = Claimed::Status(SessionStatus::Held);
    /// let cancelled = Claimed::Status(SessionStatus::Cancelled);
    /// assert_eq!(announced.agrees_with(&held), Some(true));
    /// assert_eq!(held.agrees_with(&cancelled), Some(false));
    /// ```
    #[must_use]
    pub fn agrees_with(&self, other: &Claimed) -> Option<bool> {
        Some(match (self, other) {
            (Claimed::Dates(a), Claimed::Dates(b)) => dates_meet(*a, *b),
            (Claimed::Duration(a), Claimed::Duration(b)) => a.calendar_days() == b.calendar_days(),
            (Claimed::Ordinal(a), Claimed::Ordinal(b)) => a == b,
            (Claimed::Title(a), Claimed::Title(b)) => a == b,
            (Claimed::Status(a), Claimed::Status(b)) => statuses_meet(*a, *b),
            (Claimed::Organizer(a), Claimed::Organizer(b)) => {
                a.iter().all(|x| b.contains(x)) && b.iter().all(|x| a.contains(x))
            }
            _ => return None,
        })
    }
}

/// Whether two statuses can both be said of one session, the one before the other.
fn statuses_meet(a: SessionStatus, b: SessionStatus) -> bool {
    use SessionStatus::{Announced, Cancelled, Held, Postponed};
    match (a, b) {
        (Announced, _)
        | (_, Announced)
        | (Postponed, Held | Cancelled | Postponed)
        | (Held | Cancelled, Postponed) => true,
        (a, b) => a == b,
    }
}

/// Whether two statements of a session's dates can describe the same days: the days each
/// allows for the first day meet, and so do the days each allows for the last.
fn dates_meet(a: ConferenceDates, b: ConferenceDates) -> bool {
    let meet = |(a0, a1): (Date, Date), (b0, b1): (Date, Date)| a0 <= b1 && b0 <= a1;
    meet(first_day(a), first_day(b)) && meet(last_day(a), last_day(b))
}

/// The earliest and latest days the session's first day may be.
pub(crate) fn first_day(d: ConferenceDates) -> (Date, Date) {
    match d {
        ConferenceDates::Exact(r) => (r.start(), r.start()),
        ConferenceDates::Approximate(p) => (p.earliest(), p.latest()),
        ConferenceDates::Partial(r) => match r.start() {
            Some(s) => (s.earliest(), s.latest()),
            None => (Date::FIRST, r.latest()),
        },
    }
}

/// The earliest and latest days the session's last day may be.
pub(crate) fn last_day(d: ConferenceDates) -> (Date, Date) {
    match d {
        ConferenceDates::Exact(r) => (r.end(), r.end()),
        ConferenceDates::Approximate(p) => (p.earliest(), p.latest()),
        ConferenceDates::Partial(r) => match r.end() {
            Some(e) => (e.earliest(), e.latest()),
            None => (r.earliest(), Date::LAST),
        },
    }
}

impl fmt::Display for Claimed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Claimed::Dates(d) => d.fmt(f),
            Claimed::Duration(d) => d.fmt(f),
            Claimed::Ordinal(o) => o.fmt(f),
            Claimed::Title(t) => write!(f, "{:?}", t.as_str()),
            Claimed::Status(s) => f.write_str(s.as_str()),
            Claimed::Organizer(orgs) => {
                for (i, o) in orgs.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{:?}", o.as_str())?;
                }
                Ok(())
            }
        }
    }
}

/// One version of a fact, as one or more sources give it.
///
/// On the wire an object tagged by `"field"`, with the version in `"value"`:
/// `{"field": "ordinal", "value": 41, "sources": ["daily-news"], "wording": "the 41st session"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "ClaimRepr")]
#[non_exhaustive]
pub struct Claim {
    /// The field and the value the sources give it.
    pub value: Claimed,
    /// How this version stands beside the others.
    pub rank: Rank,
    /// The sources that give this version.
    pub sources: Vec<SourceId>,
    /// The sources' own words, where the value paraphrases them ("over the past two and a half
    /// days").
    pub wording: Option<Text>,
    /// Its handling marking; without one it takes the conference's.
    pub marking: Option<Marking>,
    /// How sources gave the first day of a version of the dates relative to their own
    /// publication ("started on Monday"), so that the day can be checked.
    pub relative: Vec<RelativeDay>,
    /// Data that does not fit the vocabulary.
    pub extensions: Option<Extensions>,
}

impl Claim {
    /// A version of normal rank with no sources yet.
    #[must_use]
    pub fn new(value: Claimed) -> Self {
        Self {
            value,
            rank: Rank::Normal,
            sources: Vec::new(),
            wording: None,
            marking: None,
            relative: Vec::new(),
            extensions: None,
        }
    }
}

/// Declares the wire form of a claim: one variant per field, each with the same companions.
macro_rules! claim_repr {
    ($($variant:ident($ty:ty) => $doc:literal,)*) => {
        /// One version of a fact, as one or more sources give it, tagged by the field it is
        /// about.
        #[derive(Serialize, schemars::JsonSchema)]
        #[serde(tag = "field", rename_all = "snake_case", deny_unknown_fields, rename = "Claim")]
        enum ClaimRepr {
            $(
                #[doc = $doc]
                $variant {
                    /// The value the sources give.
                    value: $ty,
                    /// How this version stands beside the others: `preferred` (the version the
                    /// record holds), `normal` (the default) or `deprecated` (known to be wrong).
                    #[serde(default, skip_serializing_if = "Rank::is_normal")]
                    rank: Rank,
                    /// The sources that give this version.
                    #[serde(default, skip_serializing_if = "Vec::is_empty")]
                    sources: Vec<SourceId>,
                    /// The sources' own words, where the value paraphrases them.
                    #[serde(default, skip_serializing_if = "Option::is_none")]
                    wording: Option<Text>,
                    /// Its handling marking; without one it takes the conference's.
                    #[serde(default, skip_serializing_if = "Option::is_none")]
                    marking: Option<Marking>,
                    /// How sources gave the first day relative to their own publication.
                    #[serde(default, skip_serializing_if = "Vec::is_empty")]
                    relative: Vec<RelativeDay>,
                    /// Data that does not fit the vocabulary.
                    #[serde(default, skip_serializing_if = "Option::is_none")]
                    extensions: Option<Extensions>,
                },
            )*
        }

        impl From<Claim> for ClaimRepr {
            fn from(c: Claim) -> Self {
                let Claim { value, rank, sources, wording, marking, relative, extensions } = c;
                match value {
                    $(
                        Claimed::$variant(value) => ClaimRepr::$variant {
                            value,
                            rank,
                            sources,
                            wording,
                            marking,
                            relative,
                            extensions,
                        },
                    )*
                }
            }
        }
    };
}

claim_repr! {
    Dates(ConferenceDates) => "The session's dates.",
    Duration(Days) => "How long the session lasted, in whole or half days.",
    Ordinal(Ordinal) => "The session's ordinal.",
    Title(Text) => "The session's title.",
    Status(SessionStatus) => "Whether the session took place (since 1.2).",
    Organizer(Vec<OrganizationId>) => "The organisations a source says organised the session, at least one (since 1.2).",
}

/// The fields a claim may be about, as the wire names them.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Field {
    Dates,
    Duration,
    Ordinal,
    Title,
    Status,
    Organizer,
}

/// A claim as read: its value kept as text until the field it is about is known, so that the
/// object is read in one pass whatever the order of its members (an internally tagged enum
/// would buffer it, and lose the text of its extensions).
#[derive(Deserialize)]
#[serde(
    deny_unknown_fields,
    rename = "Claim",
    expecting = "a claim: an object with its \"field\" and \"value\""
)]
struct ClaimIn {
    field: Field,
    value: Box<serde_json::value::RawValue>,
    #[serde(default)]
    rank: Rank,
    #[serde(default)]
    sources: Vec<SourceId>,
    #[serde(default)]
    wording: Option<Text>,
    #[serde(default)]
    marking: Option<Marking>,
    #[serde(default)]
    relative: Vec<RelativeDay>,
    #[serde(default)]
    extensions: Option<Extensions>,
}

/// The error for a claim's value that does not decode as its field's type: what the claim is
/// about and serde's message, without the line and column of the value's own text (the
/// decoder places the error in the document).
fn invalid_value<E: serde::de::Error>(about: &str, e: &serde_json::Error) -> E {
    let full = e.to_string();
    let at = format!(" at line {} column {}", e.line(), e.column());
    E::custom(format!(
        "invalid value of a claim about {about}: {}",
        full.strip_suffix(&at).unwrap_or(&full)
    ))
}

impl<'de> Deserialize<'de> for Claim {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let c = ClaimIn::deserialize(deserializer)?;
        let text = c.value.get();
        let read = |field: &str, e: serde_json::Error| invalid_value(&format!("the {field}"), &e);
        let value = match c.field {
            Field::Dates => {
                Claimed::Dates(serde_json::from_str(text).map_err(|e| read("dates", e))?)
            }
            Field::Duration => {
                Claimed::Duration(serde_json::from_str(text).map_err(|e| read("duration", e))?)
            }
            Field::Ordinal => {
                Claimed::Ordinal(serde_json::from_str(text).map_err(|e| read("ordinal", e))?)
            }
            Field::Title => {
                Claimed::Title(serde_json::from_str(text).map_err(|e| read("title", e))?)
            }
            Field::Status => {
                Claimed::Status(serde_json::from_str(text).map_err(|e| read("status", e))?)
            }
            Field::Organizer => {
                let organizers: Vec<OrganizationId> =
                    serde_json::from_str(text).map_err(|e| read("organizer", e))?;
                if organizers.is_empty() {
                    return Err(serde::de::Error::custom(
                        "invalid value of a claim about the organizer: expected a list of at least one organisation id",
                    ));
                }
                Claimed::Organizer(organizers)
            }
        };
        Ok(Self {
            value,
            rank: c.rank,
            sources: c.sources,
            wording: c.wording,
            marking: c.marking,
            relative: c.relative,
            extensions: c.extensions,
        })
    }
}

impl schemars::JsonSchema for Claim {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Claim")
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        ClaimRepr::json_schema(generator)
    }
}

/// The field of a position a claim is about, with the value a source gives it (since 1.2).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PositionClaimed {
    /// Whether the position is held on an acting basis (the position's `acting`): "chargé des
    /// fonctions" in one source, plain "minister" in another.
    Acting(bool),
    /// The position's title (the position's `title`).
    Title(Text),
}

impl PositionClaimed {
    /// The wire name of the field: `acting` or `title`.
    #[must_use]
    pub fn field(&self) -> &'static str {
        match self {
            PositionClaimed::Acting(_) => "acting",
            PositionClaimed::Title(_) => "title",
        }
    }
}

impl fmt::Display for PositionClaimed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PositionClaimed::Acting(true) => f.write_str("acting"),
            PositionClaimed::Acting(false) => f.write_str("not acting"),
            PositionClaimed::Title(t) => write!(f, "{:?}", t.as_str()),
        }
    }
}

/// One version of a fact about a person's position — whether it is held on an acting basis,
/// its title — as one or more sources give it (since 1.2). The same shape as a session's
/// [`Claim`], checked by the same rules: `claim.disagreement` warns for a version of normal
/// rank that differs from the position's value, `claim.preferred_differs` is an error for a
/// version ranked preferred that differs.
///
/// ```
/// use regional_conference::claim::{PositionClaim, PositionClaimed};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let plain: PositionClaim = serde_json::from_str(
///     r#"{"field": "acting", "value": false, "sources": ["ansa"], "wording": "del Sudan"}"#,
/// )?;
/// assert_eq!(plain.value, PositionClaimed::Acting(false));
/// assert_eq!(
///     serde_json::from_str::<PositionClaim>(r#"{"field": "ordinal", "value": 2}"#)
///         .unwrap_err()
///         .to_string(),
///     "unknown variant `ordinal`, expected `acting` or `title` at line 1 column 19"
/// );
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "PositionClaimRepr")]
#[non_exhaustive]
pub struct PositionClaim {
    /// The field and the value the sources give it.
    pub value: PositionClaimed,
    /// How this version stands beside the others.
    pub rank: Rank,
    /// The sources that give this version.
    pub sources: Vec<SourceId>,
    /// The sources' own words.
    pub wording: Option<Text>,
}

impl PositionClaim {
    /// A version of normal rank with no sources yet.
    #[must_use]
    pub fn new(value: PositionClaimed) -> Self {
        Self {
            value,
            rank: Rank::Normal,
            sources: Vec::new(),
            wording: None,
        }
    }
}

/// One version of a fact about a position, tagged by the field it is about.
#[derive(Serialize, schemars::JsonSchema)]
#[serde(
    tag = "field",
    rename_all = "snake_case",
    deny_unknown_fields,
    rename = "PositionClaim"
)]
enum PositionClaimRepr {
    /// Whether the position is held on an acting basis.
    Acting {
        /// The value the sources give.
        value: bool,
        /// How this version stands beside the others: `preferred`, `normal` (the default) or
        /// `deprecated`.
        #[serde(default, skip_serializing_if = "Rank::is_normal")]
        rank: Rank,
        /// The sources that give this version.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sources: Vec<SourceId>,
        /// The sources' own words.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        wording: Option<Text>,
    },
    /// The position's title.
    Title {
        /// The value the sources give.
        value: Text,
        /// How this version stands beside the others: `preferred`, `normal` (the default) or
        /// `deprecated`.
        #[serde(default, skip_serializing_if = "Rank::is_normal")]
        rank: Rank,
        /// The sources that give this version.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sources: Vec<SourceId>,
        /// The sources' own words.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        wording: Option<Text>,
    },
}

impl From<PositionClaim> for PositionClaimRepr {
    fn from(c: PositionClaim) -> Self {
        let PositionClaim {
            value,
            rank,
            sources,
            wording,
        } = c;
        match value {
            PositionClaimed::Acting(value) => PositionClaimRepr::Acting {
                value,
                rank,
                sources,
                wording,
            },
            PositionClaimed::Title(value) => PositionClaimRepr::Title {
                value,
                rank,
                sources,
                wording,
            },
        }
    }
}

/// The fields of a position a claim may be about, as the wire names them.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum PositionField {
    Acting,
    Title,
}

/// A position's claim as read, its value kept as text until its field is known.
#[derive(Deserialize)]
#[serde(
    deny_unknown_fields,
    rename = "PositionClaim",
    expecting = "a claim on a position: an object with its \"field\" and \"value\""
)]
struct PositionClaimIn {
    field: PositionField,
    value: Box<serde_json::value::RawValue>,
    #[serde(default)]
    rank: Rank,
    #[serde(default)]
    sources: Vec<SourceId>,
    #[serde(default)]
    wording: Option<Text>,
}

impl<'de> Deserialize<'de> for PositionClaim {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let c = PositionClaimIn::deserialize(deserializer)?;
        let text = c.value.get();
        let read = |field: &str, e: serde_json::Error| {
            invalid_value(&format!("the position's {field}"), &e)
        };
        let value = match c.field {
            PositionField::Acting => {
                PositionClaimed::Acting(serde_json::from_str(text).map_err(|e| read("acting", e))?)
            }
            PositionField::Title => {
                PositionClaimed::Title(serde_json::from_str(text).map_err(|e| read("title", e))?)
            }
        };
        Ok(Self {
            value,
            rank: c.rank,
            sources: c.sources,
            wording: c.wording,
        })
    }
}

impl schemars::JsonSchema for PositionClaim {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("PositionClaim")
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        PositionClaimRepr::json_schema(generator)
    }
}
