//! Handling markings: who may receive what.
//!
//! Every marking is a label of the Traffic Light Protocol 2.0 (TLP, published by FIRST), the
//! scheme police and incident-response communities already use to say how far information may
//! be shared. The five labels are ordered by restriction:
//!
//! | marking | who may receive it |
//! |---|---|
//! | `TLP:CLEAR` | anyone: there is no limit on disclosure (copyright rules still apply) |
//! | `TLP:GREEN` | the recipient's community: peers and partner organisations, never through publicly accessible channels |
//! | `TLP:AMBER` | the recipient's organisation and its clients, on a need-to-know basis |
//! | `TLP:AMBER+STRICT` | the recipient's organisation only, on a need-to-know basis |
//! | `TLP:RED` | the individual recipients only, no further disclosure |
//!
//! A [`Dataset`](crate::Dataset) has a default marking; each entity (an organisation, region,
//! person, conference, strategy, recommendation, media release or source), each delegation
//! (and its list of head and members) and statement inside a conference, each paragraph of a release or agenda item
//! ([`MarkedParagraph`]) and each person's personal data may carry its own. Whatever carries
//! no marking takes the marking of what holds it; a dataset without a default marking is
//! treated as `TLP:RED`, so nothing unmarked is shared by accident.
//!
//! An [`Audience`] is who a view is made for: the most restrictive marking it may receive,
//! and whether it may hold personal data. [`Dataset::view_for`](crate::Dataset::view_for)
//! makes the view.
//!
//! # Examples
//!
//! ```
//! use regional_conference::marking::{Audience, Marking};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let amber: Marking = "TLP:AMBER".parse()?;
//! assert!(Marking::Green < amber && amber < Marking::AmberStrict);
//! assert!(!Audience::PUBLIC.may_receive(Marking::Green));
//! assert!(Audience::cleared_for(Marking::Amber).may_receive(Marking::Green));
//! assert_eq!(
//!     "TLP:WHITE".parse::<Marking>().unwrap_err().to_string(),
//!     "unknown marking \"TLP:WHITE\": TLP 2.0 renamed TLP:WHITE to TLP:CLEAR"
//! );
//! # Ok(())
//! # }
//! ```

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::text::Paragraph;
use crate::util::echo;

/// The error returned when a string is not one of the five TLP 2.0 labels.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown marking {input:?}: {hint}")]
pub struct MarkingError {
    input: String,
    hint: Cow<'static, str>,
}

/// A Traffic Light Protocol 2.0 label, ordered from the least restrictive (`TLP:CLEAR`) to the
/// most (`TLP:RED`). See the [module documentation](self) for what each allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Marking {
    /// `TLP:CLEAR`: recipients may share it with the world; there is no limit on disclosure.
    Clear,
    /// `TLP:GREEN`: recipients may share it with peers and partner organisations within their
    /// community, but not through publicly accessible channels.
    Green,
    /// `TLP:AMBER`: recipients may share it with members of their own organisation and its
    /// clients, on a need-to-know basis.
    Amber,
    /// `TLP:AMBER+STRICT`: recipients may share it with members of their own organisation
    /// only, on a need-to-know basis.
    AmberStrict,
    /// `TLP:RED`: for the eyes and ears of the individual recipients only; no further
    /// disclosure.
    Red,
}

impl Marking {
    /// Every marking, from the least restrictive to the most.
    pub const ALL: [Marking; 5] = [
        Marking::Clear,
        Marking::Green,
        Marking::Amber,
        Marking::AmberStrict,
        Marking::Red,
    ];

    /// The label as written on the wire, such as `"TLP:AMBER+STRICT"`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Clear => "TLP:CLEAR",
            Self::Green => "TLP:GREEN",
            Self::Amber => "TLP:AMBER",
            Self::AmberStrict => "TLP:AMBER+STRICT",
            Self::Red => "TLP:RED",
        }
    }

    /// The label's published meaning, in one sentence.
    #[must_use]
    pub const fn meaning(self) -> &'static str {
        match self {
            Self::Clear => {
                "Recipients may share it with the world; there is no limit on disclosure."
            }
            Self::Green => {
                "Recipients may share it within their community, but not through publicly accessible channels."
            }
            Self::Amber => {
                "Recipients may share it within their organisation and its clients, on a need-to-know basis."
            }
            Self::AmberStrict => {
                "Recipients may share it within their organisation only, on a need-to-know basis."
            }
            Self::Red => "For the individual recipients only; no further disclosure.",
        }
    }

    /// The marking an item shares with: its own or its holder's, whichever is stricter. An item
    /// inside a withheld holder (a statement in a withheld session) is withheld with it, so a
    /// looser marking of its own does not make it reach more readers.
    pub(crate) fn within(own: Option<Marking>, holder: Marking) -> Marking {
        own.map_or(holder, |m| m.max(holder))
    }

    /// Parses a label. Only the exact TLP 2.0 spelling is accepted.
    ///
    /// # Errors
    ///
    /// Returns [`MarkingError`] for anything else; the message says what was probably meant
    /// (the canonical case, or `TLP:CLEAR` for TLP 1.0's `TLP:WHITE`).
    pub fn parse(s: &str) -> Result<Self, MarkingError> {
        if let Some(m) = Self::ALL.into_iter().find(|m| m.as_str() == s) {
            return Ok(m);
        }
        let fail = |hint: Cow<'static, str>| MarkingError {
            input: echo(s),
            hint,
        };
        if s.eq_ignore_ascii_case("TLP:WHITE") {
            return Err(fail(Cow::Borrowed(
                "TLP 2.0 renamed TLP:WHITE to TLP:CLEAR",
            )));
        }
        let squeezed: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        if let Some(m) = Self::ALL
            .into_iter()
            .find(|m| m.as_str().eq_ignore_ascii_case(&squeezed))
        {
            return Err(fail(Cow::Owned(format!("write {:?}", m.as_str()))));
        }
        Err(fail(Cow::Borrowed(
            "expected one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED",
        )))
    }
}

impl fmt::Display for Marking {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Marking {
    type Err = MarkingError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl Serialize for Marking {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Marking {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MarkingVisitor;
        impl serde::de::Visitor<'_> for MarkingVisitor {
            type Value = Marking;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a TLP 2.0 marking such as \"TLP:AMBER\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Marking, E> {
                Marking::parse(v).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(MarkingVisitor)
    }
}

impl schemars::JsonSchema for Marking {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Marking")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A Traffic Light Protocol 2.0 label, from the least restrictive to the most: TLP:CLEAR (no limit on disclosure), TLP:GREEN (the recipient's community, not publicly), TLP:AMBER (the recipient's organisation and its clients, need to know), TLP:AMBER+STRICT (the recipient's organisation only), TLP:RED (the individual recipients only).",
            "enum": ["TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"],
        })
    }
}

/// The error returned when an audience is asked to hold personal data it may never hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a TLP:CLEAR audience is the public, and the public never receives personal data")]
pub struct AudienceError;

/// Whom a view is for: the most restrictive marking the audience may receive, and whether it
/// may hold personal data (contact details and the like).
///
/// The public ([`Audience::PUBLIC`], cleared for `TLP:CLEAR`) never holds personal data.
///
/// ```
/// use regional_conference::marking::{Audience, Marking};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let secretariat = Audience::cleared_for(Marking::AmberStrict).with_personal_data()?;
/// assert!(secretariat.personal_data());
/// assert!(Audience::PUBLIC.with_personal_data().is_err());
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Audience {
    clearance: Marking,
    personal_data: bool,
}

impl Audience {
    /// The public: `TLP:CLEAR` only, and no personal data.
    pub const PUBLIC: Audience = Audience::cleared_for(Marking::Clear);

    /// An audience that may receive everything marked `clearance` or less restrictively, and
    /// no personal data.
    #[must_use]
    pub const fn cleared_for(clearance: Marking) -> Self {
        Self {
            clearance,
            personal_data: false,
        }
    }

    /// The same audience, allowed to hold personal data marked within its clearance.
    ///
    /// # Errors
    ///
    /// Returns [`AudienceError`] for a `TLP:CLEAR` audience: the public never holds personal
    /// data.
    pub const fn with_personal_data(self) -> Result<Self, AudienceError> {
        if matches!(self.clearance, Marking::Clear) {
            return Err(AudienceError);
        }
        Ok(Self {
            clearance: self.clearance,
            personal_data: true,
        })
    }

    /// The most restrictive marking the audience may receive.
    #[must_use]
    pub const fn clearance(self) -> Marking {
        self.clearance
    }

    /// Whether the audience may hold personal data.
    #[must_use]
    pub const fn personal_data(self) -> bool {
        self.personal_data
    }

    /// Whether the audience may receive what is marked `marking`.
    #[must_use]
    pub const fn may_receive(self, marking: Marking) -> bool {
        marking as u8 <= self.clearance as u8
    }

    /// Every distinct audience: each clearance without personal data, and each but
    /// `TLP:CLEAR` with it.
    pub fn all() -> impl Iterator<Item = Audience> {
        Marking::ALL.into_iter().flat_map(|m| {
            let plain = Audience::cleared_for(m);
            std::iter::once(plain).chain(plain.with_personal_data().ok())
        })
    }
}

impl fmt::Display for Audience {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.clearance.as_str())?;
        if self.personal_data {
            f.write_str(" with personal data")?;
        }
        Ok(())
    }
}

/// A paragraph that may carry its own marking: a paragraph of a media release or a point of
/// an agenda item.
///
/// On the wire an unmarked paragraph is a plain string, and a marked one an object with both
/// `text` and `marking`:
///
/// ```
/// use regional_conference::marking::{MarkedParagraph, Marking};
/// use regional_conference::Paragraph;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let plain = MarkedParagraph::from(Paragraph::new("The conference opened.")?);
/// assert_eq!(serde_json::to_string(&plain)?, r#""The conference opened.""#);
/// let marked = MarkedParagraph::marked(Paragraph::new("Draft figures follow.")?, Marking::Amber);
/// assert_eq!(
///     serde_json::to_string(&marked)?,
///     r#"{"text":"Draft figures follow.","marking":"TLP:AMBER"}"#
/// );
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct MarkedParagraph {
    /// The paragraph.
    pub text: Paragraph,
    /// Its own marking; `None` takes the marking of what holds it.
    pub marking: Option<Marking>,
}

impl MarkedParagraph {
    /// A paragraph with its own marking.
    #[must_use]
    pub fn marked(text: Paragraph, marking: Marking) -> Self {
        Self {
            text,
            marking: Some(marking),
        }
    }

    /// The text as a string slice.
    #[must_use]
    pub fn as_str(&self) -> &str {
        self.text.as_str()
    }
}

impl From<Paragraph> for MarkedParagraph {
    fn from(text: Paragraph) -> Self {
        Self {
            text,
            marking: None,
        }
    }
}

/// The object form of a [`MarkedParagraph`].
#[derive(Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a paragraph: a string, or an object with its \"text\""
)]
struct MarkedRepr<T> {
    text: T,
    marking: Marking,
}

impl Serialize for MarkedParagraph {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.marking {
            None => self.text.serialize(serializer),
            Some(marking) => MarkedRepr {
                text: &self.text,
                marking,
            }
            .serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for MarkedParagraph {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ParagraphVisitor;
        impl<'de> serde::de::Visitor<'de> for ParagraphVisitor {
            type Value = MarkedParagraph;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a paragraph, or an object with its text and marking")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<MarkedParagraph, E> {
                Paragraph::new(v)
                    .map(MarkedParagraph::from)
                    .map_err(E::custom)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<MarkedParagraph, A::Error> {
                let repr = MarkedRepr::<Paragraph>::deserialize(
                    serde::de::value::MapAccessDeserializer::new(map),
                )?;
                Ok(MarkedParagraph::marked(repr.text, repr.marking))
            }
        }
        deserializer.deserialize_any(ParagraphVisitor)
    }
}

impl schemars::JsonSchema for MarkedParagraph {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("MarkedParagraph")
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let paragraph = generator.subschema_for::<Paragraph>();
        let marking = generator.subschema_for::<Marking>();
        schemars::json_schema!({
            "description": "A paragraph: a string, which takes the marking of what holds it, or an object with the text and its own marking.",
            "oneOf": [
                paragraph,
                {
                    "type": "object",
                    "properties": {
                        "text": { "description": "The paragraph.", "$ref": paragraph.get("$ref") },
                        "marking": { "description": "Its own marking.", "$ref": marking.get("$ref") },
                    },
                    "required": ["text", "marking"],
                    "additionalProperties": false,
                }
            ],
        })
    }
}
