//! Which positions people held when: the index that checking a statement's capacity needs.

use foldhash::{HashMap, HashMapExt, HashSet};

use crate::date::Date;
use crate::person::Person;

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
}

/// Whose terms, of which title and organisation (`None`: any organisation).
type TermsOf<'a> = (&'a str, &'a str, Option<&'a str>);

/// Terms as day numbers, sorted by start, with the latest end reached by each prefix.
/// Up to this many positions, a person's are scanned rather than indexed.
const SCAN: usize = 16;

#[derive(Default)]
struct Terms {
    starts: Vec<i32>,
    reach: Vec<i32>,
}

impl<'a> Held<'a> {
    /// Whether `person` held a position titled `title` (of `organization`, if given) at some
    /// day from `start` to `end`.
    pub(crate) fn held(
        &mut self,
        person: &'a Person,
        title: &str,
        organization: Option<&str>,
        (start, end): (Date, Date),
    ) -> bool {
        // Most people hold a few positions: a scan of them is cheaper than an index, and
        // bounded. The index is for those with many.
        if person.positions.len() <= SCAN {
            return person.positions.iter().any(|p| {
                p.title.as_str() == title
                    && organization
                        .is_none_or(|o| p.organization.as_ref().is_some_and(|x| x.as_str() == o))
                    && p.from.is_none_or(|f| f.earliest() <= end)
                    && p.to.is_none_or(|t| t.latest() >= start)
            });
        }
        if self.indexed.insert(person.id.as_str()) {
            self.index(person);
        }
        let Some(terms) = self.terms.get(&(person.id.as_str(), title, organization)) else {
            return false;
        };
        // The terms that start by `end`; held if one of them lasts to `start`.
        let end = day(end);
        let n = terms.starts.partition_point(|s| *s <= end);
        n.checked_sub(1)
            .and_then(|last| terms.reach.get(last))
            .is_some_and(|reach| *reach >= day(start))
    }

    fn index(&mut self, person: &'a Person) {
        let mut groups: HashMap<TermsOf<'a>, Vec<(i32, i32)>> =
            HashMap::with_capacity(person.positions.len());
        for p in &person.positions {
            let term = (
                p.from.map_or(i32::MIN, |f| day(f.earliest())),
                p.to.map_or(i32::MAX, |t| day(t.latest())),
            );
            let id = person.id.as_str();
            let title = p.title.as_str();
            groups.entry((id, title, None)).or_default().push(term);
            if let Some(o) = &p.organization {
                groups
                    .entry((id, title, Some(o.as_str())))
                    .or_default()
                    .push(term);
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

/// A date as a day number.
fn day(date: Date) -> i32 {
    date.to_time().to_julian_day()
}
