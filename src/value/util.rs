//! Small private helpers shared by the leaf types.

/// The longest excerpt of a rejected input that an error message repeats.
const ECHO_CHARS: usize = 64;

/// Returns `input`, shortened to at most 64 characters (with a trailing `…`), for an error message.
///
/// Error messages name the rejected input; a multi-megabyte string must not be copied whole
/// into every error.
pub(crate) fn echo(input: &str) -> String {
    match input.char_indices().nth(ECHO_CHARS) {
        None => input.to_owned(),
        Some((cut, _)) => {
            let mut short = input.get(..cut).unwrap_or_default().to_owned();
            short.push('…');
            short
        }
    }
}

/// The longest message an error or a violation carries, in characters: past it the message is
/// cut with `…`, so that no input makes an error of unbounded size.
pub(crate) const MESSAGE_CHARS: usize = 512;

/// Whether `c` must be shown escaped in a message: control characters (a `\r\n` could forge a
/// line of a report, an ESC sequence drive the terminal), bidirectional overrides and isolates
/// (which reorder what a reader sees), and the other characters Rust's `{:?}` escapes. Quotes
/// and backslashes are left as they are: messages quote with them.
fn must_escape(c: char) -> bool {
    !matches!(c, '"' | '\\' | '\'') && c.escape_debug().nth(1).is_some()
}

/// Writes `s` into `out` with the characters of [`must_escape`] escaped as `{:?}` does.
fn push_escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        if must_escape(c) {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
}

/// A message that is safe to print and bounded in size: every excerpt of the input quoted in
/// backticks (as serde quotes field and variant names) or in double quotes shortened to 64
/// characters, characters that could forge output escaped, and the whole cut at
/// [`MESSAGE_CHARS`].
pub(crate) fn bounded(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(MESSAGE_CHARS * 2));
    let mut rest = message;
    // Alternate between text outside quotes and quoted excerpts.
    while let Some(open) = rest.find(['`', '"']) {
        let (before, from) = rest.split_at(open);
        push_escaped(&mut out, before);
        let quote = if from.starts_with('`') { '`' } else { '"' };
        let inner = from.get(1..).unwrap_or_default();
        out.push(quote);
        if let Some(close) = inner.find(quote) {
            push_escaped(&mut out, &echo(inner.get(..close).unwrap_or_default()));
            out.push(quote);
            rest = inner.get(close + 1..).unwrap_or_default();
        } else {
            push_escaped(&mut out, &echo(inner));
            rest = "";
        }
        if out.len() > MESSAGE_CHARS * 4 {
            break;
        }
    }
    push_escaped(&mut out, rest);
    match out.char_indices().nth(MESSAGE_CHARS) {
        None => out,
        Some((cut, _)) => {
            out.truncate(cut);
            out.push('…');
            out
        }
    }
}

/// `message` as [`bounded`] makes it, without a copy when it already is (most are).
pub(crate) fn bounded_owned(message: String) -> String {
    let mut chars = 0;
    let mut quoted: Option<(char, usize)> = None;
    for c in message.chars() {
        chars += 1;
        if must_escape(c) || chars > MESSAGE_CHARS {
            return bounded(&message);
        }
        quoted = match quoted {
            Some((q, _)) if c == q => None,
            Some((_, n)) if n >= ECHO_CHARS => return bounded(&message),
            Some((q, n)) => Some((q, n + 1)),
            None if c == '`' || c == '"' => Some((c, 0)),
            None => None,
        };
    }
    message
}

/// A JSON Pointer with each reference token longer than 64 characters shortened (with `…`) and
/// the characters of [`must_escape`] escaped: for a message, not for resolving.
pub(crate) fn bounded_pointer(pointer: &str) -> String {
    let mut out = String::with_capacity(pointer.len().min(MESSAGE_CHARS));
    for token in pointer.split('/').skip(1) {
        out.push('/');
        push_escaped(&mut out, &echo(token));
        if out.len() > MESSAGE_CHARS * 4 {
            out.push('…');
            break;
        }
    }
    out
}

use crate::idindex::Key;

/// The longest string kept inline, without an allocation of its own.
const INLINE: usize = 22;

/// Immutable text: inline when short (most ids and names are), else on the heap.
///
/// A dataset holds millions of ids (every delegate is a reference) and short names; keeping
/// the short ones inline saves an allocation and a pointer chase for each. Only whole `&str`s
/// are stored, so the inline bytes are always valid UTF-8.
#[derive(Clone)]
pub(crate) enum SmallStr {
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(Box<str>),
}

impl SmallStr {
    pub(crate) fn new(id: &str) -> Self {
        let mut bytes = [0u8; INLINE];
        match (bytes.get_mut(..id.len()), u8::try_from(id.len())) {
            (Some(slot), Ok(len)) => {
                slot.copy_from_slice(id.as_bytes());
                Self::Inline { len, bytes }
            }
            _ => Self::Heap(id.into()),
        }
    }

    /// The bytes, without the UTF-8 check `as_str` makes.
    fn bytes(&self) -> &[u8] {
        match self {
            Self::Inline { len, bytes } => bytes.get(..usize::from(*len)).unwrap_or_default(),
            Self::Heap(s) => s.as_bytes(),
        }
    }

    /// The bytes as an index key, packed without a copy when they are inline and short.
    pub(crate) fn key(&self) -> Key<'_> {
        match self {
            Self::Inline { len, bytes } => {
                let id = bytes.get(..usize::from(*len)).unwrap_or_default();
                match bytes.first_chunk() {
                    // The bytes after `len` are zero (see `new`), as a packed key's padding is.
                    Some(first) => Key::padded(id, first),
                    None => Key::new(id),
                }
            }
            Self::Heap(s) => Key::new(s.as_bytes()),
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        match self {
            Self::Inline { len, bytes } => {
                std::str::from_utf8(bytes.get(..usize::from(*len)).unwrap_or_default())
                    .unwrap_or_default()
            }
            Self::Heap(s) => s,
        }
    }
}

impl PartialEq for SmallStr {
    /// Compares the bytes: the same as comparing the strings, without their UTF-8 checks.
    fn eq(&self, other: &Self) -> bool {
        self.bytes() == other.bytes()
    }
}

impl Eq for SmallStr {}

impl PartialOrd for SmallStr {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SmallStr {
    /// Compares the bytes: strings order as their bytes do.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.bytes().cmp(other.bytes())
    }
}

impl std::hash::Hash for SmallStr {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

/// Deserializes a list and gives back the capacity it grew into: lists that hold most of a big
/// dataset (delegations, their members) would otherwise keep up to half their memory unused.
pub(crate) fn shrunk<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    let mut list = <Vec<T> as serde::Deserialize>::deserialize(deserializer)?;
    list.shrink_to_fit();
    Ok(list)
}

/// Implements the conversion and serde traits of a validated string-like leaf type.
///
/// The type must have `fn new(&str) -> Result<Self, $err>` and `fn as_str(&self) -> &str`.
/// Deserialization is routed through `new`, so an invalid value can never be deserialized.
macro_rules! string_leaf {
    ($ty:ty, $err:ty, $expecting:expr) => {
        impl ::core::str::FromStr for $ty {
            type Err = $err;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <$ty>::new(s)
            }
        }

        impl ::core::convert::TryFrom<&str> for $ty {
            type Error = $err;
            fn try_from(s: &str) -> Result<Self, Self::Error> {
                <$ty>::new(s)
            }
        }

        impl ::core::convert::TryFrom<String> for $ty {
            type Error = $err;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                <$ty>::new(&s)
            }
        }

        impl ::core::convert::AsRef<str> for $ty {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl ::core::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                struct LeafVisitor;
                impl ::serde::de::Visitor<'_> for LeafVisitor {
                    type Value = $ty;
                    fn expecting(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_str<E: ::serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                        <$ty>::new(v).map_err(E::custom)
                    }
                }
                deserializer.deserialize_str(LeafVisitor)
            }
        }
    };
}

pub(crate) use string_leaf;

/// Implements `from_static` on a validated string-like leaf type: a constructor for literals
/// that panics, naming the type and the input, where `new` would return an error.
///
/// The type must have `fn new(&str) -> Result<Self, E>` (or the constructor named last) with
/// `E: Display`, and `Display`. `$path` is the type's public path (for the doctests), `$good` a
/// valid literal, `$bad` an invalid one and `$message` the exact panic message for it.
macro_rules! from_static {
    ($ty:ident, $path:expr, $good:literal, $bad:literal, $message:expr) => {
        crate::util::from_static!($ty, $path, $good, $bad, $message, new);
    };
    ($ty:ident, $path:expr, $good:literal, $bad:literal, $message:expr, $ctor:ident) => {
        impl $ty {
            /// Returns the value of a literal, panicking if it is invalid: for values written in
            /// code, where an invalid literal is a bug, not an input error.
            ///
            #[doc = concat!("Use `", stringify!($ctor), "`, `parse` or `TryFrom` for anything read at run time.")]
            ///
            /// # Panics
            ///
            #[doc = concat!("Panics if `", stringify!($ctor), "` would return an error; the message names the type and")]
            /// repeats that error.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use ", $path, ";")]
            ///
            #[doc = concat!("let value = ", stringify!($ty), "::from_static(", stringify!($good), ");")]
            #[doc = concat!("assert_eq!(value.to_string(), ", stringify!($good), ");")]
            /// ```
            ///
            #[doc = concat!("An invalid literal panics, here with `", $message, "`:")]
            ///
            /// ```should_panic
            #[doc = concat!("use ", $path, ";")]
            ///
            #[doc = concat!("let _ = ", stringify!($ty), "::from_static(", stringify!($bad), ");")]
            /// ```
            #[must_use]
            #[track_caller]
            pub fn from_static(value: &'static str) -> Self {
                match Self::$ctor(value) {
                    Ok(value) => value,
                    Err(e) => panic!("{}::from_static: {e}", stringify!($ty)),
                }
            }
        }
    };
}

pub(crate) use from_static;

/// Gives a fieldless enum its wire names, one list for three things: `ALL` (every variant),
/// `as_str` (the name as serialized) and `Display` (the same name).
///
/// `as_str` matches every variant, so a variant missing from the list is a compile error; a
/// test checks each name against serde's serialization, so the two cannot drift.
macro_rules! wire_names {
    ($ty:ident, $path:literal, {
        $first:ident => $first_name:literal,
        $($variant:ident => $name:literal,)*
    }) => {
        impl $ty {
            /// Every variant, in declaration order.
            pub const ALL: &'static [Self] = &[Self::$first, $(Self::$variant),*];

            /// The wire name, as serialized (`snake_case`); [`Display`](std::fmt::Display)
            /// writes the same.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use ", $path, ";")]
            ///
            #[doc = concat!("let value = ", stringify!($ty), "::", stringify!($first), ";")]
            #[doc = concat!("assert_eq!(value.as_str(), ", stringify!($first_name), ");")]
            #[doc = concat!("assert_eq!(value.to_string(), ", stringify!($first_name), ");")]
            /// ```
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    Self::$first => $first_name,
                    $(Self::$variant => $name,)*
                }
            }
        }

        impl ::core::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

pub(crate) use wire_names;

#[cfg(test)]
mod bounded_tests {
    use super::{bounded, bounded_pointer};

    #[test]
    fn control_and_bidi_characters_are_escaped_and_quotes_kept() {
        assert_eq!(
            bounded("unknown field `a\r\nfile.json: valid\u{1b}[31m`, expected \"x\"\u{202e}"),
            "unknown field `a\\r\\nfile.json: valid\\u{1b}[31m`, expected \"x\"\\u{202e}"
        );
    }

    #[test]
    fn long_excerpts_are_shortened_and_the_message_cut() {
        let key = "k".repeat(1_000_000);
        let message = bounded(&format!(
            "unknown field `{key}`, expected one of `id`, `name`"
        ));
        assert_eq!(
            message,
            format!(
                "unknown field `{}…`, expected one of `id`, `name`",
                "k".repeat(64)
            )
        );
        let short = "the id \"interpol\" is already used".to_owned();
        assert_eq!(super::bounded_owned(short.clone()), short);
        assert_eq!(
            super::bounded_owned(format!("`{}`", "k".repeat(65))),
            format!("`{}…`", "k".repeat(64))
        );
        let long = bounded(&"word ".repeat(1000));
        assert_eq!(long.chars().count(), 513);
        assert!(long.ends_with('…'));
    }

    #[test]
    fn pointer_tokens_are_shortened_and_escaped() {
        let pointer = format!("/conferences/0/{}\n", "x".repeat(100));
        assert_eq!(
            bounded_pointer(&pointer),
            format!("/conferences/0/{}…", "x".repeat(64))
        );
        assert_eq!(bounded_pointer("/a/b\u{202e}c"), "/a/b\\u{202e}c");
        assert_eq!(bounded_pointer(""), "");
    }
}

#[cfg(test)]
mod tests {
    use super::echo;

    #[test]
    fn echo_keeps_short_input_and_cuts_long_input_on_a_char_boundary() {
        assert_eq!(echo("Károly"), "Károly");
        let long = "é".repeat(70);
        let short = echo(&long);
        assert_eq!(short.chars().count(), 65);
        assert!(short.ends_with('…'));
    }
}
