//! Source citations: where a fact comes from.
//!
//! Entities list the [`SourceId`]s of the sources that state their facts. Where sources
//! disagree — one says 44 countries attended, another 46 — each claim is kept with its own
//! sources rather than one being chosen silently (see
//! [`AttendanceCount`](crate::conference::AttendanceCount)).
//!
//! # Examples
//!
//! ```
//! use regional_conference::{Source, Text};
//! use regional_conference::source::Url;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut source = Source::new("release-2013-05-16".parse()?, Text::new("Media release")?);
//! source.url = Some(Url::new("https://example.org/news/2013/05/16")?);
//! source.published = Some("2013-05-16".parse()?);
//! assert_eq!(
//!     Url::new("example.org/news").unwrap_err().to_string(),
//!     "invalid URL \"example.org/news\": expected an absolute http or https URL"
//! );
//! # Ok(())
//! # }
//! ```

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::marking::Marking;

use crate::date::{Date, MonthDay, PartialDate};
use crate::extensions::Extensions;
use crate::id::{OrganizationId, SourceId};
use crate::text::{LanguageTag, Text};
use crate::util::echo;

/// The longest [`Url`], in bytes.
pub const MAX_URL_LEN: usize = 2_048;

/// The error returned when a string is not an acceptable URL.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid URL {input:?}: {reason}")]
pub struct UrlError {
    input: String,
    reason: UrlErrorReason,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum UrlErrorReason {
    #[error("expected an absolute http or https URL")]
    Scheme,
    #[error("no host")]
    NoHost,
    #[error("whitespace or control character at byte {0}")]
    BadChar(usize),
    #[error("non-ASCII character at byte {0} (percent-encode it, RFC 3986)")]
    NonAscii(usize),
    #[error("character at byte {0} is not allowed in a URL (percent-encode it, RFC 3986)")]
    NotAllowed(usize),
    #[error("'%' at byte {0} is not followed by two hexadecimal digits")]
    Percent(usize),
    #[error("more than one '#'")]
    Fragment,
    #[error("'[' or ']' outside an IP-literal host")]
    Brackets,
    #[error("the host or port is malformed")]
    Authority,
    #[error("longer than {MAX_URL_LEN} bytes")]
    TooLong,
}

/// An absolute `http` or `https` URL of at most 2,048 bytes, with a host, made of printable ASCII
/// only (RFC 3986: other characters are percent-encoded). It is kept exactly as given.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Url(Box<str>);

impl Url {
    /// Checks `url` and returns it as a `Url`.
    ///
    /// # Errors
    ///
    /// Returns [`UrlError`] if `url` is not an absolute http(s) URL with a host, holds
    /// whitespace or control characters, or is longer than 2,048 bytes.
    pub fn new(url: &str) -> Result<Self, UrlError> {
        let fail = |reason| UrlError {
            input: echo(url),
            reason,
        };
        let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
        let rest = if lower.starts_with("https://") {
            url.get(8..)
        } else if lower.starts_with("http://") {
            url.get(7..)
        } else {
            None
        }
        .ok_or_else(|| fail(UrlErrorReason::Scheme))?;
        if let Some((at, c)) = url.char_indices().find(|(_, c)| !c.is_ascii_graphic()) {
            return Err(fail(if c.is_ascii() {
                UrlErrorReason::BadChar(at)
            } else {
                UrlErrorReason::NonAscii(at)
            }));
        }
        if let Some(at) = url
            .find(|c: char| !(c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c)))
        {
            return Err(fail(UrlErrorReason::NotAllowed(at)));
        }
        let bytes = url.as_bytes();
        for (at, _) in url.match_indices('%') {
            let hex = bytes.get(at + 1..at + 3);
            if !hex.is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)) {
                return Err(fail(UrlErrorReason::Percent(at)));
            }
        }
        if url.matches('#').count() > 1 {
            return Err(fail(UrlErrorReason::Fragment));
        }
        let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let (userinfo, host_port) = authority.rsplit_once('@').unwrap_or(("", authority));
        if userinfo.contains(['[', ']']) {
            return Err(fail(UrlErrorReason::Brackets));
        }
        let (host, port) = if let Some(literal) = host_port.strip_prefix('[') {
            let (inside, after) = literal
                .split_once(']')
                .ok_or_else(|| fail(UrlErrorReason::Brackets))?;
            (
                inside,
                after
                    .strip_prefix(':')
                    .or((!after.is_empty()).then_some(after)),
            )
        } else {
            match host_port.split_once(':') {
                Some((h, p)) => (h, Some(p)),
                None => (host_port, None),
            }
        };
        if host.is_empty() {
            return Err(fail(UrlErrorReason::NoHost));
        }
        if port.is_some_and(|p| !p.bytes().all(|b| b.is_ascii_digit())) {
            return Err(fail(UrlErrorReason::Authority));
        }
        let after_authority = rest.get(authority.len()..).unwrap_or_default();
        if host.contains(['[', ']']) || after_authority.contains(['[', ']']) {
            return Err(fail(UrlErrorReason::Brackets));
        }
        if url.len() > MAX_URL_LEN {
            return Err(fail(UrlErrorReason::TooLong));
        }
        Ok(Self(url.into()))
    }

    /// The URL as a string slice.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Url {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Url({:?})", self.0)
    }
}

crate::util::string_leaf!(Url, UrlError, "an absolute http or https URL");

crate::util::from_static!(
    Url,
    "regional_conference::source::Url",
    "https://example.org/news/2013/05/16",
    "example.org/news",
    "Url::from_static: invalid URL \"example.org/news\": expected an absolute http or https URL"
);

impl schemars::JsonSchema for Url {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Url")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "uri",
            "description": "An absolute http or https URL.",
            "maxLength": MAX_URL_LEN,
            "pattern": "^(?=[!-~]+$)[hH][tT][tT][pP][sS]?://(?:[^/?#@\\[\\]]*@)?[^/?#@:]",
        })
    }
}

/// The line that opens a dispatch with its place and day, as printed ("Buenos Aires, 12 jun
/// (EFE).-"; since 1.2): the words, and the place and the day of the month where it gives
/// them. A dateline gives no year; the day it gives can anchor the source's relative days
/// ([`crate::date::Anchor`]), and `date.relative.mismatch` checks that an anchor said to come
/// from the dateline falls on that day.
///
/// ```
/// use regional_conference::source::SourceDateline;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let line: SourceDateline = serde_json::from_str(
///     r#"{"words": "Buenos Aires, 12 jun (EFE).-", "place": "Buenos Aires", "day": "--06-12"}"#,
/// )?;
/// assert_eq!(line.day.map(|d| d.to_string()).as_deref(), Some("--06-12"));
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "a dateline: an object with its \"words\""
)]
#[non_exhaustive]
pub struct SourceDateline {
    /// The dateline as printed.
    pub words: Text,
    /// The place it names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Text>,
    /// The day of the month it names, written `--MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<MonthDay>,
}

impl SourceDateline {
    /// A dateline with its words only.
    #[must_use]
    pub fn new(words: Text) -> Self {
        Self {
            words,
            place: None,
            day: None,
        }
    }
}

/// A publication that states facts: a media release, a report, an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a source: a JSON object")]
#[non_exhaustive]
pub struct Source {
    /// The source's id.
    pub id: SourceId,
    /// Its handling marking; without one it takes the marking of what holds it (the
    /// dataset's default for an entity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<Marking>,
    /// Its title or headline; left out where the source has none (a bulletin page, a speech
    /// transcript; optional since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// The organisation that published it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<OrganizationId>,
    /// Where it can be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Url>,
    /// When it was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<PartialDate>,
    /// Its dateline, where it opens with one (since 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<SourceDateline>,
    /// The language it is written in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<LanguageTag>,
    /// When it was retrieved (for sources on the web).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retrieved: Option<Date>,
    /// Data outside the vocabulary, kept exactly as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

impl Source {
    /// A source with its id and title; the other fields are empty.
    #[must_use]
    pub fn new(id: SourceId, title: Text) -> Self {
        Self {
            title: Some(title),
            ..Self::untitled(id)
        }
    }

    /// A source with no title, such as a bulletin page or a transcript.
    #[must_use]
    pub fn untitled(id: SourceId) -> Self {
        Self {
            id,
            marking: None,
            title: None,
            publisher: None,
            url: None,
            published: None,
            dateline: None,
            language: None,
            retrieved: None,
            extensions: None,
        }
    }
}
