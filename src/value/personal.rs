//! Personal data about a person: contact details, a postal address, a date of birth.
//!
//! Personal data is personal whatever its marking: a view for the public never contains it,
//! and a view for any other audience contains it only when the audience may hold personal
//! data ([`Audience::with_personal_data`](crate::marking::Audience::with_personal_data)) and
//! is cleared for its marking.
//!
//! # Examples
//!
//! ```
//! use regional_conference::personal::{Email, Phone, PersonalData};
//! use regional_conference::marking::Marking;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut contact = PersonalData::new();
//! contact.marking = Some(Marking::AmberStrict);
//! contact.emails.push(Email::new("liaison@police.example")?);
//! contact.phones.push(Phone::new("+3614435500")?);
//! assert_eq!(
//!     Phone::new("+36 1 443 5500").unwrap_err().to_string(),
//!     "invalid phone number \"+36 1 443 5500\": write it as E.164, a plus sign and 7 to 15 digits with no spaces (\"+3614435500\")"
//! );
//! # Ok(())
//! # }
//! ```

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::date::PartialDate;
use crate::marking::Marking;
use crate::text::Paragraph;
use crate::util::echo;

/// The longest email address accepted, in bytes (RFC 5321's limit on a forward path).
pub const MAX_EMAIL_LEN: usize = 254;

/// The error returned when a string is not an email address this crate accepts.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid email address {input:?}: {reason}")]
pub struct EmailError {
    input: String,
    reason: &'static str,
}

/// An email address: `local@domain`, with a dot-atom local part (RFC 5322) of at most 64
/// bytes and a domain of at least two DNS labels, at most 254 bytes in all, ASCII only.
///
/// Quoted local parts, address literals and internationalised addresses are not accepted.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Email(Box<str>);

const ATEXT_SPECIALS: &str = "!#$%&'*+/=?^_`{|}~-";

impl Email {
    /// Checks `address` and returns it as an `Email`.
    ///
    /// # Errors
    ///
    /// Returns [`EmailError`] if `address` is not of the form described on [`Email`].
    pub fn new(address: &str) -> Result<Self, EmailError> {
        let fail = |reason| EmailError {
            input: echo(address),
            reason,
        };
        if address.len() > MAX_EMAIL_LEN {
            return Err(fail("longer than 254 bytes"));
        }
        let (local, domain) = address
            .rsplit_once('@')
            .ok_or_else(|| fail("no @ between the local part and the domain"))?;
        if local.is_empty() || local.len() > 64 {
            return Err(fail("the local part must be 1 to 64 bytes"));
        }
        let atext = |c: char| c.is_ascii_alphanumeric() || ATEXT_SPECIALS.contains(c);
        if !local
            .split('.')
            .all(|atom| !atom.is_empty() && atom.chars().all(atext))
        {
            return Err(fail(
                "the local part must be letters, digits and !#$%&'*+/=?^_`{|}~- in dot-separated runs",
            ));
        }
        let labels_ok = domain.split('.').all(|label| {
            (1..=63).contains(&label.len())
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        });
        if !labels_ok || !domain.contains('.') {
            return Err(fail(
                "the domain must be two or more dot-separated labels of letters, digits and inner hyphens",
            ));
        }
        Ok(Self(address.into()))
    }

    /// The address as a string slice.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Email({:?})", self.0)
    }
}

crate::util::string_leaf!(Email, EmailError, "an email address");

impl schemars::JsonSchema for Email {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Email")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "An email address: a dot-atom local part of at most 64 bytes, @, and a domain of two or more DNS labels; ASCII only, at most 254 bytes.",
            "maxLength": MAX_EMAIL_LEN,
            "pattern": "^(?=[^@]{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$",
        })
    }
}

/// The error returned when a string is not a phone number in E.164 form.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid phone number {input:?}: write it as E.164, a plus sign and 7 to 15 digits with no spaces{hint}"
)]
pub struct PhoneError {
    input: String,
    hint: String,
}

/// A phone number in E.164 form: `+`, a country code that does not start with 0, and 7 to 15
/// digits in all, with no spaces or punctuation (`+3614435500`).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Phone(Box<str>);

impl Phone {
    /// Checks `number` and returns it as a `Phone`.
    ///
    /// # Errors
    ///
    /// Returns [`PhoneError`] if `number` is not in E.164 form; when it only has spaces,
    /// hyphens, dots or brackets too many, the message gives the E.164 form.
    pub fn new(number: &str) -> Result<Self, PhoneError> {
        let digits = number.strip_prefix('+').unwrap_or_default();
        let well_formed = (7..=15).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && !digits.starts_with('0');
        if well_formed {
            return Ok(Self(number.into()));
        }
        let squeezed: String = number
            .chars()
            .filter(|c| !(c.is_whitespace() || "-.()".contains(*c)))
            .collect();
        let hint = if squeezed != number && Self::new(&squeezed).is_ok() {
            format!(" ({squeezed:?})")
        } else {
            String::new()
        };
        Err(PhoneError {
            input: echo(number),
            hint,
        })
    }

    /// The number as a string slice.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Phone({:?})", self.0)
    }
}

crate::util::string_leaf!(Phone, PhoneError, "a phone number in E.164 form");

impl schemars::JsonSchema for Phone {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Phone")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A phone number in E.164 form: a plus sign and 7 to 15 digits, the first not 0, no spaces.",
            "pattern": "^\\+[1-9][0-9]{6,14}$",
        })
    }
}

/// A person's personal data. Never part of a public view, whatever its marking.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "personal data: a JSON object")]
#[non_exhaustive]
pub struct PersonalData {
    /// Its own marking; without one it takes the person's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<Marking>,
    /// Email addresses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<Email>,
    /// Phone numbers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    /// A postal address, one line per line of the address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_address: Option<Paragraph>,
    /// The date of birth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<PartialDate>,
}

impl PersonalData {
    /// Personal data with nothing recorded yet.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }
}
