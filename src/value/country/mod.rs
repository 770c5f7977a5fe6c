//! Countries as [ISO 3166-1] alpha-2 codes, with a bundled table of their alpha-3 codes,
//! numeric codes and English short names.
//!
//! A [`CountryCode`] is valid by construction: it can only be made from a code in the bundled
//! table, whether through [`CountryCode::new`], [`str::parse`], `TryFrom`, serde deserialization
//! or the `const` [`CountryCode::from_static`]. On the wire it is the two-letter string (`"HU"`).
//!
//! The table ([`CountryInfo::all`]) holds:
//!
//! - every officially assigned [ISO 3166-1] code (249 of them), [`CountryStatus::Official`];
//! - the formerly used codes of [ISO 3166-3] that have not been reassigned to a current country
//!   (`SU`, `YU`, `DD`, `CS`, …), [`CountryStatus::Historical`], with the date on which ISO
//!   withdrew them ([`CountryInfo::withdrawn`]). `CS` was used twice, for Czechoslovakia until
//!   1993 and then for Serbia and Montenegro until 2006; here it means **Serbia and Montenegro**
//!   (`SCG`, 891, withdrawn 2006-09-26). Formerly used codes that now belong to a current country
//!   (`AI`, `BQ`, `BY`, `GE`, `SK`) mean the current country;
//! - `XK`, Kosovo, [`CountryStatus::UserAssigned`]: a code from the user-assigned range of
//!   ISO 3166-1 that is widely used (by the European Commission, among others) but is **not**
//!   assigned by ISO. It has the alpha-3 code `XKX` and no numeric code.
//!
//! Codes are exact: `"hu"` is rejected (with a hint to write `"HU"`), and so is any code outside
//! the table, such as `"XX"` or the alpha-3 code `"HUN"` (use [`CountryCode::from_alpha3`]).
//!
//! [ISO 3166-1]: https://en.wikipedia.org/wiki/ISO_3166-1
//! [ISO 3166-3]: https://en.wikipedia.org/wiki/ISO_3166-3
//!
//! # Examples
//!
//! ```
//! use regional_conference::country::{CountryCode, CountryStatus};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let hungary: CountryCode = "HU".parse()?;
//! assert_eq!(hungary.as_str(), "HU");
//! assert_eq!(hungary.alpha3(), "HUN");
//! assert_eq!(hungary.numeric(), Some(348));
//! assert_eq!(hungary.name(), "Hungary");
//! assert_eq!(hungary.status(), CountryStatus::Official);
//!
//! // Historical codes are representable, and flagged for what they are.
//! let ussr = CountryCode::new("SU")?;
//! assert!(ussr.is_historical());
//! assert_eq!(ussr.info().withdrawn(), Some("1992-08-30"));
//!
//! // So is the user-assigned code for Kosovo.
//! assert!(CountryCode::new("XK")?.is_user_assigned());
//!
//! // Reverse lookup from the alpha-3 code.
//! assert_eq!(CountryCode::from_alpha3("ROU")?, CountryCode::from_static("RO"));
//!
//! // Errors name the input and say what is wrong with it.
//! let err = CountryCode::new("hu").unwrap_err();
//! assert_eq!(
//!     err.to_string(),
//!     r#"invalid country code "hu": ISO 3166-1 alpha-2 codes are upper case, did you mean "HU"?"#,
//! );
//!
//! // Serialized as the bare code.
//! assert_eq!(serde_json::to_string(&hungary)?, r#""HU""#);
//! let back: CountryCode = serde_json::from_str(r#""HU""#)?;
//! assert_eq!(back, hungary);
//! # Ok(())
//! # }
//! ```

use core::fmt;
use std::borrow::Cow;

use crate::util::echo;

/// A country, as an [ISO 3166-1 alpha-2] code from the bundled table.
///
/// Valid by construction: every `CountryCode` is one of the codes of [`CountryInfo::all`]
/// (official, historical or user-assigned; see the [module documentation](self)). It is `Copy`,
/// two bytes large, ordered alphabetically, and serialized as the bare code (`"HU"`).
///
/// [ISO 3166-1 alpha-2]: https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2
///
/// # Examples
///
/// ```
/// use regional_conference::country::CountryCode;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// const ROMANIA: CountryCode = CountryCode::from_static("RO");
///
/// let host: CountryCode = "RO".parse()?;
/// assert_eq!(host, ROMANIA);
/// assert_eq!(host.to_string(), "RO");
/// assert_eq!(host.name(), "Romania");
/// assert_eq!(format!("{host:?}"), r#"CountryCode("RO")"#);
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountryCode([u8; 2]);

/// Where a code of the table comes from.
///
/// A closed set: every code is exactly one of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CountryStatus {
    /// Officially assigned in [ISO 3166-1](https://en.wikipedia.org/wiki/ISO_3166-1).
    Official,
    /// Formerly used, withdrawn from ISO 3166-1 and listed in
    /// [ISO 3166-3](https://en.wikipedia.org/wiki/ISO_3166-3) (for example `SU`, the USSR).
    Historical,
    /// Taken from the user-assigned range of ISO 3166-1 and not assigned by ISO: only `XK`,
    /// Kosovo.
    UserAssigned,
}

/// One row of the bundled country table: a code with its alpha-3 code, numeric code, English
/// short name and status.
///
/// Obtained from [`CountryCode::info`] or [`CountryInfo::all`].
///
/// # Examples
///
/// ```
/// use regional_conference::country::{CountryCode, CountryStatus};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let info = CountryCode::new("DD")?.info();
/// assert_eq!(info.name(), "German Democratic Republic");
/// assert_eq!(info.alpha3(), "DDR");
/// assert_eq!(info.numeric(), Some(278));
/// assert_eq!(info.status(), CountryStatus::Historical);
/// assert_eq!(info.withdrawn(), Some("1990-10-30"));
/// assert_eq!(info.withdrawal_year(), Some(1990));
/// # Ok(())
/// # }
/// ```
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct CountryInfo {
    alpha2: CountryCode,
    alpha3: &'static str,
    numeric: Option<u16>,
    name: &'static str,
    status: CountryStatus,
    withdrawn: Option<&'static str>,
}

/// The error returned when a string is not a country code of the bundled table.
///
/// Its message names the (possibly shortened) input and says what is wrong, for example
/// `invalid country code "XX": not an ISO 3166-1 alpha-2 code`.
///
/// # Examples
///
/// ```
/// use regional_conference::country::CountryCode;
///
/// let err = CountryCode::new("HUN").unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     r#"invalid country code "HUN": expected two letters, found 3 characters"#,
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid country code {input:?}: {reason}")]
#[non_exhaustive]
pub struct CountryCodeError {
    /// The rejected input, shortened by [`echo`].
    input: String,
    reason: Reason,
}

/// Why a string is not a country code.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Reason {
    Empty,
    Length {
        expected: Kind,
        found: usize,
    },
    LowerCase {
        kind: Kind,
        suggestion: &'static str,
    },
    Unknown(Kind),
}

/// Which kind of code was expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Alpha2,
    Alpha3,
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("empty"),
            Self::Length { expected, found } => {
                let letters = match expected {
                    Kind::Alpha2 => "two",
                    Kind::Alpha3 => "three",
                };
                let unit = if *found == 1 {
                    "character"
                } else {
                    "characters"
                };
                write!(f, "expected {letters} letters, found {found} {unit}")
            }
            Self::LowerCase { kind, suggestion } => write!(
                f,
                "ISO 3166-1 {} codes are upper case, did you mean \"{suggestion}\"?",
                kind.label()
            ),
            Self::Unknown(kind) => write!(f, "not an ISO 3166-1 {} code", kind.label()),
        }
    }
}

impl Kind {
    const fn label(self) -> &'static str {
        match self {
            Self::Alpha2 => "alpha-2",
            Self::Alpha3 => "alpha-3",
        }
    }
}

impl CountryCodeError {
    fn new(input: &str, reason: Reason) -> Self {
        Self {
            input: echo(input),
            reason,
        }
    }
}

impl CountryCode {
    /// Parses an ISO 3166-1 alpha-2 code of the bundled table: exactly two upper-case letters.
    ///
    /// # Errors
    ///
    /// Returns a [`CountryCodeError`] if `code` is empty, is not two characters long, is in
    /// lower case (the message suggests the upper-case code when that is in the table), or is
    /// not in the table.
    ///
    /// # Examples
    ///
    /// ```
    /// use regional_conference::country::CountryCode;
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// assert_eq!(CountryCode::new("HU")?.name(), "Hungary");
    /// assert_eq!(
    ///     CountryCode::new("XX").unwrap_err().to_string(),
    ///     r#"invalid country code "XX": not an ISO 3166-1 alpha-2 code"#,
    /// );
    /// # Ok(())
    /// # }
    /// ```
    pub fn new(code: &str) -> Result<Self, CountryCodeError> {
        let reason = match code.chars().count() {
            0 => Reason::Empty,
            2 => match *code.as_bytes() {
                [a, b] => {
                    if let Some(info) = find([a, b]) {
                        return Ok(info.alpha2);
                    }
                    match find([a, b].map(|c| c.to_ascii_uppercase())) {
                        Some(info) => Reason::LowerCase {
                            kind: Kind::Alpha2,
                            suggestion: info.alpha2.as_str(),
                        },
                        None => Reason::Unknown(Kind::Alpha2),
                    }
                }
                // Two characters, not both ASCII.
                _ => Reason::Unknown(Kind::Alpha2),
            },
            found => Reason::Length {
                expected: Kind::Alpha2,
                found,
            },
        };
        Err(CountryCodeError::new(code, reason))
    }

    /// Returns the country code for `code`, checked at compile time when used in a `const`.
    ///
    /// # Panics
    ///
    /// Panics (at compile time in a `const` context) if `code` is not an upper-case alpha-2
    /// code of the bundled table.
    ///
    /// # Examples
    ///
    /// ```
    /// use regional_conference::country::CountryCode;
    ///
    /// const HUNGARY: CountryCode = CountryCode::from_static("HU");
    /// assert_eq!(HUNGARY.alpha3(), "HUN");
    /// ```
    ///
    /// A code outside the table panics:
    ///
    /// ```should_panic
    /// use regional_conference::country::CountryCode;
    ///
    /// let _ = CountryCode::from_static("XX");
    /// ```
    ///
    /// and in a `const` that is a compile-time error:
    ///
    /// ```compile_fail
    /// use regional_conference::country::CountryCode;
    ///
    /// const HUNGARY: CountryCode = CountryCode::from_static("hu");
    /// ```
    #[must_use]
    pub const fn from_static(code: &'static str) -> Self {
        let bytes = match code.as_bytes() {
            &[a, b] => [a, b],
            _ => [0, 0],
        };
        assert!(
            find(bytes).is_some(),
            "CountryCode::from_static: not an upper-case ISO 3166-1 alpha-2 code of the bundled table"
        );
        Self(bytes)
    }

    /// Looks a country up by its ISO 3166-1 alpha-3 code (`"HUN"` gives `HU`).
    ///
    /// Historical codes are found too (`"SUN"` gives `SU`). One alpha-3 code, `ATF`, belongs to
    /// two rows of the table (the official French Southern Territories, `TF`, and the historical
    /// French Southern and Antarctic Territories, `FQ`); the official country wins.
    ///
    /// # Errors
    ///
    /// Returns a [`CountryCodeError`] if `code` is empty, is not three characters long, is in
    /// lower case, or is not the alpha-3 code of any row of the table.
    ///
    /// # Examples
    ///
    /// ```
    /// use regional_conference::country::CountryCode;
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// assert_eq!(CountryCode::from_alpha3("HUN")?.as_str(), "HU");
    /// assert_eq!(CountryCode::from_alpha3("ATF")?.as_str(), "TF");
    /// assert_eq!(
    ///     CountryCode::from_alpha3("XYZ").unwrap_err().to_string(),
    ///     r#"invalid country code "XYZ": not an ISO 3166-1 alpha-3 code"#,
    /// );
    /// # Ok(())
    /// # }
    /// ```
    pub fn from_alpha3(code: &str) -> Result<Self, CountryCodeError> {
        let reason = if code.is_empty() {
            Reason::Empty
        } else if let Some(info) = find_alpha3(code) {
            return Ok(info.alpha2);
        } else {
            match code.chars().count() {
                3 => match find_alpha3(&code.to_ascii_uppercase()) {
                    Some(info) => Reason::LowerCase {
                        kind: Kind::Alpha3,
                        suggestion: info.alpha3,
                    },
                    None => Reason::Unknown(Kind::Alpha3),
                },
                found => Reason::Length {
                    expected: Kind::Alpha3,
                    found,
                },
            }
        };
        Err(CountryCodeError::new(code, reason))
    }

    /// The code's two ASCII upper-case letters, without the UTF-8 check `as_str` makes.
    pub(crate) fn bytes(self) -> [u8; 2] {
        self.0
    }

    /// Returns the code as a string, such as `"HU"`.
    #[must_use]
    pub fn as_str(&self) -> &str {
        // The bytes are two ASCII upper-case letters from the table, hence always UTF-8.
        core::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// Returns the row of the bundled table for this code.
    #[must_use]
    pub fn info(self) -> &'static CountryInfo {
        match find(self.0) {
            Some(info) => info,
            // A `CountryCode` can only be made from a code that `find` found.
            None => unreachable!("a CountryCode is always in the table"),
        }
    }

    /// Returns the ISO 3166-1 alpha-3 code, such as `"HUN"` (`"XKX"` for Kosovo).
    #[must_use]
    pub fn alpha3(self) -> &'static str {
        self.info().alpha3
    }

    /// Returns the ISO 3166-1 numeric code, such as `Some(348)`; `None` where the code has none
    /// (Kosovo, and a few historical codes).
    #[must_use]
    pub fn numeric(self) -> Option<u16> {
        self.info().numeric
    }

    /// Returns the English short name as ISO 3166 gives it, such as `"Hungary"`,
    /// `"Korea, Republic of"` or `"Serbia and Montenegro"`.
    #[must_use]
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// Returns whether the code is official, historical or user-assigned.
    #[must_use]
    pub fn status(self) -> CountryStatus {
        self.info().status
    }

    /// Returns `true` for a formerly used code, withdrawn from ISO 3166-1 (see
    /// [`CountryStatus::Historical`]).
    #[must_use]
    pub fn is_historical(self) -> bool {
        self.status() == CountryStatus::Historical
    }

    /// Returns `true` for a user-assigned code not assigned by ISO (only `XK`, Kosovo).
    #[must_use]
    pub fn is_user_assigned(self) -> bool {
        self.status() == CountryStatus::UserAssigned
    }

    /// Returns every code of the bundled table, in alphabetical order.
    ///
    /// # Examples
    ///
    /// ```
    /// use regional_conference::country::CountryCode;
    ///
    /// let official = CountryCode::all().filter(|c| !c.is_historical() && !c.is_user_assigned());
    /// assert_eq!(official.count(), 249);
    /// ```
    pub fn all() -> impl Iterator<Item = CountryCode> {
        COUNTRIES.iter().map(CountryInfo::code)
    }
}

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("CountryCode").field(&self.as_str()).finish()
    }
}

crate::util::string_leaf!(
    CountryCode,
    CountryCodeError,
    "an ISO 3166-1 alpha-2 country code"
);

impl schemars::JsonSchema for CountryCode {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("CountryCode")
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Borrowed(concat!(module_path!(), "::CountryCode"))
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&'static str> = COUNTRIES.iter().map(|info| info.alpha2.as_str()).collect();
        schemars::json_schema!({
            "type": "string",
            "description": "An ISO 3166-1 alpha-2 country code: an officially assigned code, a formerly used code from ISO 3166-3 that has not been reassigned, or the user-assigned code XK (Kosovo).",
            "enum": codes,
        })
    }
}

impl CountryInfo {
    /// Returns the alpha-2 code of this row.
    #[must_use]
    pub fn code(&self) -> CountryCode {
        self.alpha2
    }

    /// Returns the ISO 3166-1 alpha-3 code, such as `"HUN"`.
    #[must_use]
    pub fn alpha3(&self) -> &'static str {
        self.alpha3
    }

    /// Returns the ISO 3166-1 numeric code, such as `Some(348)`, or `None` where there is none.
    #[must_use]
    pub fn numeric(&self) -> Option<u16> {
        self.numeric
    }

    /// Returns the English short name as ISO 3166 gives it, such as `"Hungary"`.
    #[must_use]
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// Returns whether the code is official, historical or user-assigned.
    #[must_use]
    pub fn status(&self) -> CountryStatus {
        self.status
    }

    /// Returns the date on which ISO withdrew a historical code, as ISO 8601 text: a full date
    /// (`"2006-09-26"`) or, where only the year is known, the year (`"1977"`).
    ///
    /// `None` for official and user-assigned codes.
    #[must_use]
    pub fn withdrawn(&self) -> Option<&'static str> {
        self.withdrawn
    }

    /// Returns the year in which ISO withdrew a historical code, such as `Some(1992)` for `SU`.
    ///
    /// `None` for official and user-assigned codes.
    #[must_use]
    pub fn withdrawal_year(&self) -> Option<u16> {
        self.withdrawn?.get(..4)?.parse().ok()
    }

    /// Returns the whole bundled table, sorted by alpha-2 code.
    ///
    /// # Examples
    ///
    /// ```
    /// use regional_conference::country::CountryInfo;
    ///
    /// let table = CountryInfo::all();
    /// assert_eq!(table.len(), 275);
    /// assert!(table.windows(2).all(|pair| pair[0].code() < pair[1].code()));
    /// ```
    #[must_use]
    pub fn all() -> &'static [CountryInfo] {
        &COUNTRIES
    }
}

mod table;

use table::{COUNTRIES, find, find_alpha3};
