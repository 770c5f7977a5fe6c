//! Which positions people held when: the index that checking a capacity needs.
//!
//! A capacity given as a title matches a position by any of its titles — its own, its other
//! titles (spellings, wordings, languages, abbreviations), and for an acting position "Acting"
//! before its title — compared without case, spaces or punctuation, so that "Vice-President"
//! and "Vice President" are one title. A capacity by reference names the position by its id.

use foldhash::{HashMap, HashMapExt, HashSet};

use crate::date::Date;
use crate::id::PositionId;
use crate::person::{Person, Position};

/// The positions of the people who speak in a capacity, grouped by title (and by title and
/// organisation) with their terms sorted by start, so that whether one was held on a day is a
/// binary search rather than a scan of every position: a speaker with thousands of positions
/// and thousands of statements costs n log n, not n².
#[derive(Default)]
pub(crate) struct Held<'a> {
    /// The people whose positions are indexed.
    indexed: HashSet<&'a str>,
    /// Terms by (person, title, organisation); `None` for "any organisation".
    terms: HashMap<TermsOf<'a>, Terms>,
    /// Positions by (person, position id), for people with many positions.
    by_id: HashMap<(&'a str, &'a str), &'a Position>,
}

/// Whose terms, of which title (compared form) and organisation (`None`: any organisation).
type TermsOf<'a> = (&'a str, String, Option<&'a str>);

/// Up to this many positions, a person's are scanned rather than indexed.
const SCAN: usize = 16;

/// Up to this many positions are read for the nearest to a title that matched none.
const NEAREST: usize = 64;

/// Terms as day numbers, sorted by start, with the latest end reached by each prefix.
#[derive(Default)]
struct Terms {
    starts: Vec<i32>,
    reach: Vec<i32>,
}

/// A title as titles are compared: its letters and digits, lowercase.
pub(crate) fn compared(title: &str) -> String {
    compared_chars(title).collect()
}

/// The characters of [`compared`], one by one, without building a string.
fn compared_chars(title: &str) -> impl Iterator<Item = char> + '_ {
    title
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}

/// Whether `p` answers to `title`: whether one of its [`forms`] is `compared(title)`, compared
/// character by character, so that scanning a speaker's few positions allocates nothing.
fn answers_to(p: &Position, title: &str) -> bool {
    let own = p.title.as_str();
    same_title(own, title)
        || (p.acting
            && "acting"
                .chars()
                .chain(compared_chars(own))
                .eq(compared_chars(title)))
        || p.other_titles
            .iter()
            .any(|t| same_title(t.title.as_str(), title))
}

/// Whether `compared(a) == compared(b)`: equal strings are, and ASCII strings are compared by
/// bytes (for ASCII, `is_alphanumeric` and `to_lowercase` are their ASCII forms).
fn same_title(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if a.is_ascii() && b.is_ascii() {
        return ascii_compared(a).eq(ascii_compared(b));
    }
    compared_chars(a).eq(compared_chars(b))
}

/// The bytes of [`compared`] for an ASCII title.
fn ascii_compared(title: &str) -> impl Iterator<Item = u8> + '_ {
    title
        .bytes()
        .filter(u8::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
}

/// Every compared form a position answers to.
fn forms(p: &Position) -> impl Iterator<Item = String> + '_ {
    let own = compared(p.title.as_str());
    let acting = p.acting.then(|| format!("acting{own}"));
    std::iter::once(own)
        .chain(acting)
        .chain(p.other_titles.iter().map(|t| compared(t.title.as_str())))
}

/// Whether a position's term meets the days `start` to `end`.
pub(crate) fn during(p: &Position, start: Date, end: Date) -> bool {
    p.from.is_none_or(|f| f.earliest() <= end) && p.to.is_none_or(|t| t.latest() >= start)
}

impl<'a> Held<'a> {
    /// Whether `person` held a position titled `title` (in `organization`, if given) at some
    /// time from `start` to `end`.
    pub(crate) fn held(
        &mut self,
        person: &'a Person,
        title: &str,
        organization: Option<&str>,
        (start, end): (Date, Date),
    ) -> bool {
        if person.positions.len() <= SCAN {
            return person.positions.iter().any(|p| {
                organization
                    .is_none_or(|o| p.organization.as_ref().is_some_and(|x| x.as_str() == o))
                    && during(p, start, end)
                    && answers_to(p, title)
            });
        }
        let title = compared(title);
        self.index(person);
        let Some(terms) = self.terms.get(&(person.id.as_str(), title, organization)) else {
            return false;
        };
        let end = day(end);
        let n = terms.starts.partition_point(|s| *s <= end);
        n.checked_sub(1)
            .and_then(|last| terms.reach.get(last))
            .is_some_and(|reach| *reach >= day(start))
    }

    /// The position of `person` with the id `id`.
    pub(crate) fn position(&mut self, person: &'a Person, id: &PositionId) -> Option<&'a Position> {
        if person.positions.len() <= SCAN {
            return person.positions.iter().find(|p| p.id.as_ref() == Some(id));
        }
        self.index(person);
        self.by_id.get(&(person.id.as_str(), id.as_str())).copied()
    }

    /// The recorded position whose titles share the most words with `title`, for a message.
    pub(crate) fn nearest(person: &'a Person, title: &str) -> Option<&'a Position> {
        let words = |t: &str| -> Vec<String> {
            t.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let wanted = words(title);
        person
            .positions
            .iter()
            .take(NEAREST)
            .map(|p| {
                let titles =
                    std::iter::once(&p.title).chain(p.other_titles.iter().map(|t| &t.title));
                let shared = titles
                    .map(|t| {
                        words(t.as_str())
                            .iter()
                            .filter(|w| wanted.contains(w))
                            .count()
                    })
                    .max()
                    .unwrap_or(0);
                (shared, p)
            })
            .filter(|(shared, _)| *shared > 0)
            .fold(
                None,
                |best: Option<(usize, &Position)>, (shared, p)| match best {
                    Some((b, _)) if b >= shared => best,
                    _ => Some((shared, p)),
                },
            )
            .map(|(_, p)| p)
    }

    fn index(&mut self, person: &'a Person) {
        if !self.indexed.insert(person.id.as_str()) {
            return;
        }
        let mut groups: HashMap<TermsOf<'a>, Vec<(i32, i32)>> =
            HashMap::with_capacity(person.positions.len());
        let id = person.id.as_str();
        for p in &person.positions {
            if let Some(key) = &p.id {
                self.by_id.entry((id, key.as_str())).or_insert(p);
            }
            let term = (
                p.from.map_or(i32::MIN, |f| day(f.earliest())),
                p.to.map_or(i32::MAX, |t| day(t.latest())),
            );
            for form in forms(p) {
                if let Some(o) = &p.organization {
                    groups
                        .entry((id, form.clone(), Some(o.as_str())))
                        .or_default()
                        .push(term);
                }
                groups.entry((id, form, None)).or_default().push(term);
            }
        }
        for (key, mut list) in groups {
            list.sort_unstable();
            let mut reach = i32::MIN;
            let terms = Terms {
                starts: list.iter().map(|t| t.0).collect(),
                reach: list
                    .iter()
                    .map(|t| {
                        reach = reach.max(t.1);
                        reach
                    })
                    .collect(),
            };
            self.terms.insert(key, terms);
        }
    }
}

/// The Julian day number of `date`.
fn day(date: Date) -> i32 {
    date.to_time().to_julian_day()
}

#[cfg(test)]
mod tests {
    use super::{compared, same_title};

    #[test]
    fn titles_compare_as_their_compared_forms() {
        let titles = [
            "Vice-President",
            "Vice President",
            "vice president",
            "VICE PRESIDENT",
            "Vicepresident ",
            "Vice-Président",
            "VICE-PRÉSIDENT",
            "Straße",
            "STRASSE",
            "İnspector",
            "i̇nspector",
            "Chef d'état-major",
            "",
            " - ",
        ];
        for a in titles {
            for b in titles {
                assert_eq!(
                    same_title(a, b),
                    compared(a) == compared(b),
                    "{a:?} against {b:?}"
                );
            }
        }
    }
}
