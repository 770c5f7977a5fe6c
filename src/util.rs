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
