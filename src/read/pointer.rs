//! The one JSON Pointer builder ([RFC 6901](https://www.rfc-editor.org/rfc/rfc6901)): a path
//! kept as cheap segments while a document is read or walked, and written as a string only
//! when something is reported there.

use std::fmt::Write as _;

/// A segment of a JSON Pointer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Seg<'s> {
    /// An object member's key.
    Key(&'s str),
    /// An array index.
    Index(usize),
}

/// Appends `/token` to `pointer`, with `~` and `/` escaped as RFC 6901 requires.
pub(crate) fn push_token(pointer: &mut String, token: &str) {
    pointer.push('/');
    for c in token.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            _ => pointer.push(c),
        }
    }
}

/// Appends `/index` to `pointer`.
pub(crate) fn push_index(pointer: &mut String, index: usize) {
    let _ = write!(pointer, "/{index}");
}

/// The pointer of `path` followed by `tail`.
pub(crate) fn pointer_string(path: &[Seg<'_>], tail: &[Seg<'_>]) -> String {
    let mut out = String::new();
    for s in path.iter().chain(tail) {
        match s {
            Seg::Key(k) => push_token(&mut out, k),
            Seg::Index(i) => push_index(&mut out, *i),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Seg, pointer_string};

    #[test]
    fn escapes_tilde_and_slash_and_joins_path_and_tail() {
        let path = [Seg::Key("conferences"), Seg::Index(3)];
        let tail = [Seg::Key("translations"), Seg::Key("a/b~c")];
        assert_eq!(
            pointer_string(&path, &tail),
            "/conferences/3/translations/a~1b~0c"
        );
        assert_eq!(pointer_string(&[], &[]), "");
        assert_eq!(pointer_string(&[Seg::Key("")], &[]), "/");
    }
}
