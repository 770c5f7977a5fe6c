//! Free text, language tags and translations.
//!
//! - [`Text`]: a single line (a name, a title, a headline): non-empty, no leading or trailing
//!   whitespace, no control characters, at most 1,000 characters.
//! - [`Paragraph`]: running text (a quote, a paragraph of a release, the action a recommendation
//!   asks for): the same rules, but line breaks (`\n`) are allowed, and up to 100,000 characters.
//! - [`LanguageTag`]: a well-formed [BCP 47](https://www.rfc-editor.org/info/bcp47) tag in its
//!   canonical case (`en`, `fr`, `pt-BR`, `zh-Hant-TW`).
//! - [`Translations`]: paragraphs keyed by language tag.
//!
//! Text is never altered: every character, accents and all, is kept exactly as given. Input that
//! breaks a rule is rejected with a message that says why, never repaired.
//!
//! # Examples
//!
//! ```
//! use regional_conference::text::{LanguageTag, Text};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let name: Text = "Károly Papp".parse()?;
//! assert_eq!(name.as_str(), "Károly Papp");
//!
//! let err = Text::new(" Károly Papp").unwrap_err();
//! assert_eq!(
//!     err.to_string(),
//!     "invalid text \" Károly Papp\": leading or trailing whitespace"
//! );
//!
//! let tag: LanguageTag = "fr-CH".parse()?;
//! assert_eq!(tag.language(), "fr");
//! # Ok(())
//! # }
//! ```

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::util::echo;

/// The longest [`Text`], in characters (Unicode scalar values).
pub const MAX_TEXT_CHARS: usize = 1_000;

/// The longest [`Paragraph`], in characters (Unicode scalar values).
pub const MAX_PARAGRAPH_CHARS: usize = 100_000;

/// The error returned when a string is not valid [`Text`] or [`Paragraph`].
///
/// ```
/// use regional_conference::text::Paragraph;
///
/// let err = Paragraph::new("one\ttwo").unwrap_err();
/// assert_eq!(err.to_string(), "invalid text \"one\\ttwo\": control character U+0009 at byte 3");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid text {input:?}: {reason}")]
pub struct TextError {
    input: String,
    reason: TextErrorReason,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum TextErrorReason {
    #[error("empty")]
    Empty,
    #[error("leading or trailing whitespace")]
    Untrimmed,
    #[error("line break at byte {0} (a single line is expected here)")]
    LineBreak(usize),
    #[error("control character U+{0:04X} at byte {1}")]
    Control(u32, usize),
    #[error("line or paragraph separator U+{0:04X} at byte {1} (use a line feed in a paragraph)")]
    Separator(u32, usize),
    #[error("longer than {0} characters ({1})")]
    TooLong(usize, usize),
}

fn check_text(input: &str, multi_line: bool, max_chars: usize) -> Result<(), TextError> {
    let fail = |reason| TextError {
        input: echo(input),
        reason,
    };
    if input.is_empty() {
        return Err(fail(TextErrorReason::Empty));
    }
    // U+FEFF (a byte-order mark or zero-width no-break space) counts as space at the ends, as
    // in ECMAScript's `\s`, which the published schemas' patterns use.
    let spacy = |c: char| c.is_whitespace() || c == '\u{FEFF}';
    if input.starts_with(spacy) || input.ends_with(spacy) {
        return Err(fail(TextErrorReason::Untrimmed));
    }
    let mut chars = 0usize;
    for (at, c) in input.char_indices() {
        chars += 1;
        if c == '\n' {
            if !multi_line {
                return Err(fail(TextErrorReason::LineBreak(at)));
            }
        } else if c == '\u{2028}' || c == '\u{2029}' {
            return Err(fail(TextErrorReason::Separator(u32::from(c), at)));
        } else if c.is_control() {
            return Err(fail(TextErrorReason::Control(u32::from(c), at)));
        }
    }
    if chars > max_chars {
        return Err(fail(TextErrorReason::TooLong(max_chars, chars)));
    }
    Ok(())
}

/// A single line of text: a name, a title, a headline.
///
/// Non-empty, with no leading or trailing whitespace, no control characters (line breaks
/// included) and at most [`MAX_TEXT_CHARS`] characters. Every character is kept as given.
///
/// # Examples
///
/// ```
/// use regional_conference::text::Text;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let title = Text::new("42nd European Regional Conference")?;
/// assert_eq!(title.to_string(), "42nd European Regional Conference");
/// assert_eq!(
///     Text::new("").unwrap_err().to_string(),
///     "invalid text \"\": empty"
/// );
/// # Ok(())
/// # }
/// ```
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(Box<str>);

impl Text {
    /// Checks `text` and returns it as `Text`.
    ///
    /// # Errors
    ///
    /// Returns [`TextError`] if `text` is empty, has leading or trailing whitespace, holds a
    /// control character or line break, or is longer than [`MAX_TEXT_CHARS`] characters.
    pub fn new(text: &str) -> Result<Self, TextError> {
        check_text(text, false, MAX_TEXT_CHARS)?;
        Ok(Self(text.into()))
    }

    /// The text as a string slice.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

crate::util::string_leaf!(Text, TextError, "a single line of non-empty, trimmed text");

crate::util::from_static!(
    Text,
    "regional_conference::text::Text",
    "Károly Papp",
    " Károly Papp",
    "Text::from_static: invalid text \" Károly Papp\": leading or trailing whitespace"
);

impl schemars::JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Text")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A single line of text: non-empty, no leading or trailing whitespace, no control characters.",
            "minLength": 1,
            "maxLength": MAX_TEXT_CHARS,
            "pattern": "^[^\\s\\uFEFF\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\uFEFF\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?$",
        })
    }
}

/// Running text that may span several lines: a quote, a paragraph of a release.
///
/// The rules of [`Text`], except that line breaks (`\n`) are allowed inside, and the limit is
/// [`MAX_PARAGRAPH_CHARS`] characters.
///
/// # Examples
///
/// ```
/// use regional_conference::text::Paragraph;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let list = Paragraph::new("• first item;\n• second item.")?;
/// assert_eq!(list.as_str().lines().count(), 2);
/// # Ok(())
/// # }
/// ```
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Paragraph(Box<str>);

impl Paragraph {
    /// Checks `text` and returns it as a `Paragraph`.
    ///
    /// # Errors
    ///
    /// Returns [`TextError`] if `text` is empty, has leading or trailing whitespace, holds a
    /// control character other than `\n`, or is longer than [`MAX_PARAGRAPH_CHARS`] characters.
    pub fn new(text: &str) -> Result<Self, TextError> {
        check_text(text, true, MAX_PARAGRAPH_CHARS)?;
        Ok(Self(text.into()))
    }

    /// The text as a string slice.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Paragraph {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl From<Text> for Paragraph {
    fn from(text: Text) -> Self {
        Self(text.0)
    }
}

crate::util::string_leaf!(Paragraph, TextError, "non-empty, trimmed text");

crate::util::from_static!(
    Paragraph,
    "regional_conference::text::Paragraph",
    "• first item;\n• second item.",
    "",
    "Paragraph::from_static: invalid text \"\": empty"
);

impl schemars::JsonSchema for Paragraph {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Paragraph")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "Running text: non-empty, no leading or trailing whitespace, no control characters other than line feeds.",
            "minLength": 1,
            "maxLength": MAX_PARAGRAPH_CHARS,
            "pattern": "^[^\\s\\uFEFF\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u0009\\u000B-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\uFEFF\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?$",
        })
    }
}

/// The error returned when a string is not a well-formed BCP 47 language tag in canonical case.
///
/// ```
/// use regional_conference::text::LanguageTag;
///
/// let err = LanguageTag::new("EN").unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "invalid language tag \"EN\": not in canonical case, write \"en\""
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid language tag {input:?}: {reason}")]
pub struct LanguageTagError {
    input: String,
    reason: LanguageTagErrorReason,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum LanguageTagErrorReason {
    #[error("empty")]
    Empty,
    #[error("subtag {0:?} is not 1 to 8 ASCII letters or digits")]
    BadSubtag(String),
    #[error("{0:?} is not a primary language subtag (2 to 3 or 5 to 8 letters)")]
    BadLanguage(String),
    #[error("subtag {0:?} is out of place")]
    Misplaced(String),
    #[error("extension {0:?} has no subtags")]
    EmptyExtension(String),
    #[error("not in canonical case, write {0:?}")]
    Case(String),
}

/// A [BCP 47](https://www.rfc-editor.org/info/bcp47) language tag, well-formed and in canonical
/// case: language lower case, script title case, region upper case (`en`, `sr-Latn-RS`, `es-419`).
///
/// The tag is checked for well-formedness (RFC 5646 section 2.1), not against the IANA registry.
/// A tag in another case is rejected with the canonical spelling in the message, so that `fr-CH`
/// and `fr-ch` can never become two keys of the same [`Translations`].
///
/// # Examples
///
/// ```
/// use regional_conference::text::LanguageTag;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let tag = LanguageTag::new("sr-Latn-RS")?;
/// assert_eq!(tag.language(), "sr");
/// assert_eq!(
///     LanguageTag::new("fr-ch").unwrap_err().to_string(),
///     "invalid language tag \"fr-ch\": not in canonical case, write \"fr-CH\""
/// );
/// # Ok(())
/// # }
/// ```
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LanguageTag(Box<str>);

impl LanguageTag {
    /// Checks `tag` and returns it as a `LanguageTag`.
    ///
    /// # Errors
    ///
    /// Returns [`LanguageTagError`] if `tag` is not a well-formed BCP 47 tag or not in canonical
    /// case.
    pub fn new(tag: &str) -> Result<Self, LanguageTagError> {
        let canonical = canonical_tag(tag).map_err(|reason| LanguageTagError {
            input: echo(tag),
            reason,
        })?;
        if canonical != tag {
            return Err(LanguageTagError {
                input: echo(tag),
                reason: LanguageTagErrorReason::Case(canonical),
            });
        }
        Ok(Self(tag.into()))
    }

    /// The tag as a string slice.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The primary language subtag (`"pt"` for `pt-BR`), or `"x"` for a private-use tag.
    #[must_use]
    pub fn language(&self) -> &str {
        self.0.split('-').next().unwrap_or_default()
    }
}

impl fmt::Debug for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LanguageTag({:?})", self.0)
    }
}

crate::util::string_leaf!(LanguageTag, LanguageTagError, "a BCP 47 language tag");

crate::util::from_static!(
    LanguageTag,
    "regional_conference::text::LanguageTag",
    "fr-CH",
    "fr-ch",
    "LanguageTag::from_static: invalid language tag \"fr-ch\": not in canonical case, write \"fr-CH\""
);

impl schemars::JsonSchema for LanguageTag {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("LanguageTag")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A BCP 47 language tag in canonical case, such as \"en\", \"fr\" or \"pt-BR\".",
            "pattern": "^(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{5,8})(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(?:-[a-wyz0-9](?:-[a-z0-9]{2,8})+)*(?:-x(?:-[a-z0-9]{1,8})+)?$|^x(?:-[a-z0-9]{1,8})+$",
        })
    }
}

/// Parses a tag and returns its canonical spelling, or why it is not well-formed.
fn canonical_tag(tag: &str) -> Result<String, LanguageTagErrorReason> {
    if tag.is_empty() {
        return Err(LanguageTagErrorReason::Empty);
    }
    let subtags: Vec<&str> = tag.split('-').collect();
    for s in &subtags {
        if s.is_empty() || s.len() > 8 || !s.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(LanguageTagErrorReason::BadSubtag(echo(s)));
        }
    }
    let alpha = |s: &str| s.bytes().all(|b| b.is_ascii_alphabetic());
    let digit = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mut out: Vec<String> = Vec::with_capacity(subtags.len());
    let mut rest = subtags.iter().copied().peekable();
    // Private-use tag on its own: x-whatever.
    let first = rest.next().unwrap_or_default();
    if first.eq_ignore_ascii_case("x") {
        out.push("x".to_owned());
        if rest.peek().is_none() {
            return Err(LanguageTagErrorReason::EmptyExtension(first.to_owned()));
        }
        out.extend(rest.map(str::to_ascii_lowercase));
        return Ok(out.join("-"));
    }
    let len = first.len();
    if !(alpha(first) && ((2..=3).contains(&len) || (5..=8).contains(&len))) {
        return Err(LanguageTagErrorReason::BadLanguage(first.to_owned()));
    }
    out.push(first.to_ascii_lowercase());
    // Extended language subtags (up to three of 3 letters) after a 2-3 letter language.
    let mut extlangs = 0;
    while len <= 3 && extlangs < 3 {
        match rest.peek() {
            Some(s) if s.len() == 3 && alpha(s) => {
                out.push(s.to_ascii_lowercase());
                rest.next();
                extlangs += 1;
            }
            _ => break,
        }
    }
    // Script.
    if let Some(s) = rest.peek().copied()
        && s.len() == 4
        && alpha(s)
    {
        let lower = s.to_ascii_lowercase();
        let mut script = String::with_capacity(4);
        let mut chars = lower.chars();
        if let Some(c) = chars.next() {
            script.push(c.to_ascii_uppercase());
        }
        script.extend(chars);
        out.push(script);
        rest.next();
    }
    // Region.
    if let Some(s) = rest.peek().copied()
        && ((s.len() == 2 && alpha(s)) || (s.len() == 3 && digit(s)))
    {
        out.push(s.to_ascii_uppercase());
        rest.next();
    }
    // Variants.
    while let Some(s) = rest.peek().copied() {
        let starts_with_digit = s.bytes().next().is_some_and(|b| b.is_ascii_digit());
        if (5..=8).contains(&s.len()) || (s.len() == 4 && starts_with_digit) {
            out.push(s.to_ascii_lowercase());
            rest.next();
        } else {
            break;
        }
    }
    // Extensions and private use.
    while let Some(s) = rest.next() {
        if s.len() != 1 {
            return Err(LanguageTagErrorReason::Misplaced(s.to_owned()));
        }
        let singleton = s.to_ascii_lowercase();
        let private = singleton == "x";
        out.push(singleton.clone());
        let mut count = 0;
        while let Some(t) = rest.peek().copied() {
            if !private && t.len() == 1 {
                break;
            }
            if !private && t.len() < 2 {
                return Err(LanguageTagErrorReason::Misplaced(t.to_owned()));
            }
            out.push(t.to_ascii_lowercase());
            rest.next();
            count += 1;
        }
        if count == 0 {
            return Err(LanguageTagErrorReason::EmptyExtension(singleton));
        }
    }
    Ok(out.join("-"))
}

/// Translations of a text, keyed by language tag, in tag order.
///
/// On the wire an object such as `{"fr": "…", "es": "…"}`. A key that appears twice in the
/// input is rejected rather than silently overwritten.
///
/// # Examples
///
/// ```
/// use regional_conference::text::{LanguageTag, Paragraph, Translations};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mut translations = Translations::new();
/// translations.insert("fr".parse()?, Paragraph::new("Bonjour.")?);
/// let fr: LanguageTag = "fr".parse()?;
/// assert_eq!(translations.get(&fr).map(Paragraph::as_str), Some("Bonjour."));
///
/// let err = serde_json::from_str::<Translations>(r#"{"fr": "Un.", "fr": "Deux."}"#).unwrap_err();
/// assert_eq!(err.to_string(), "duplicate translation \"fr\" at line 1 column 18");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Translations(BTreeMap<LanguageTag, Paragraph>);

impl Translations {
    /// No translations.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds or replaces the translation into `language`, returning the one it replaced.
    pub fn insert(&mut self, language: LanguageTag, text: Paragraph) -> Option<Paragraph> {
        self.0.insert(language, text)
    }

    /// The translation into `language`, if there is one.
    #[must_use]
    pub fn get(&self, language: &LanguageTag) -> Option<&Paragraph> {
        self.0.get(language)
    }

    /// Whether there are no translations.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many translations there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The translations, in language-tag order.
    pub fn iter(&self) -> impl Iterator<Item = (&LanguageTag, &Paragraph)> {
        self.0.iter()
    }
}

impl FromIterator<(LanguageTag, Paragraph)> for Translations {
    fn from_iter<I: IntoIterator<Item = (LanguageTag, Paragraph)>>(iter: I) -> Self {
        Self(iter.into_iter().collect())
    }
}

impl Serialize for Translations {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Translations {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TranslationsVisitor;
        impl<'de> Visitor<'de> for TranslationsVisitor {
            type Value = Translations;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of translations keyed by language tag")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = BTreeMap::new();
                while let Some(tag) = map.next_key::<LanguageTag>()? {
                    if out.contains_key(&tag) {
                        return Err(serde::de::Error::custom(format!(
                            "duplicate translation {:?}",
                            tag.as_str()
                        )));
                    }
                    let text: Paragraph = map.next_value()?;
                    out.insert(tag, text);
                }
                Ok(Translations(out))
            }
        }
        deserializer.deserialize_map(TranslationsVisitor)
    }
}

impl schemars::JsonSchema for Translations {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Translations")
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let tag = generator.subschema_for::<LanguageTag>();
        let text = generator.subschema_for::<Paragraph>();
        schemars::json_schema!({
            "type": "object",
            "description": "Translations keyed by BCP 47 language tag.",
            "propertyNames": tag,
            "additionalProperties": text,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::canonical_tag;

    #[test]
    fn canonical_case_of_well_formed_tags() {
        for (input, canonical) in [
            ("EN", "en"),
            ("zh-hant-tw", "zh-Hant-TW"),
            ("es-419", "es-419"),
            ("de-CH-1996", "de-CH-1996"),
            ("en-US-x-TWAIN", "en-US-x-twain"),
            ("X-Private", "x-private"),
            ("zh-yue-HK", "zh-yue-HK"),
            ("en-a-bbb-x-a", "en-a-bbb-x-a"),
        ] {
            assert_eq!(canonical_tag(input).as_deref(), Ok(canonical), "{input}");
        }
    }
}
