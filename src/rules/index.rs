//! The indexes a dataset's checks look entities up in, built in one pass that also finds
//! duplicate ids; and sets of country codes.

use crate::conference::Conference;
use crate::country::CountryCode;
use crate::dataset::Dataset;
use crate::id::IdBytes;
use crate::idindex::{Key, Lookup};
use crate::model::refs::Target;
use crate::office::Office;
use crate::organization::Organization;
use crate::person::Person;
use crate::read::pointer::{Seg, pointer_string};
use crate::recommendation::Recommendation;
use crate::region::Region;
use crate::rule::Rule;
use crate::rules::report::{Collector, Violation};
use crate::series::Series;
use crate::source::Source;
use crate::strategy::Strategy;

/// A set of country codes: one bit for each of the 26 × 26 two-letter codes.
#[derive(Clone, Copy, Default)]
pub(crate) struct CountrySet([u64; 11]);

impl CountrySet {
    pub(crate) fn of(codes: &[CountryCode]) -> Self {
        let mut set = Self::default();
        for c in codes {
            set.insert(*c);
        }
        set
    }

    fn slot(code: CountryCode) -> (usize, u64) {
        let [a, b] = code.bytes().map(|c| c.wrapping_sub(b'A') % 26);
        let n = usize::from(a) * 26 + usize::from(b);
        (n / 64, 1 << (n % 64))
    }

    /// Adds `code`; returns whether it was new.
    pub(crate) fn insert(&mut self, code: CountryCode) -> bool {
        let (word, bit) = Self::slot(code);
        match self.0.get_mut(word) {
            Some(w) => {
                let new = *w & bit == 0;
                *w |= bit;
                new
            }
            None => false,
        }
    }

    pub(crate) fn contains(&self, code: CountryCode) -> bool {
        let (word, bit) = Self::slot(code);
        self.0.get(word).is_some_and(|w| w & bit != 0)
    }

    pub(crate) fn len(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }
}

/// Where a statement was made: its occasion if it names one, else the session that lists it.
#[derive(Clone, Copy)]
pub(crate) struct StatementAt<'a> {
    pub(crate) said_at: &'a crate::id::ConferenceId,
    /// The statement's own date, where it has one.
    pub(crate) date: Option<crate::date::PartialDate>,
}

/// Hash indexes of every entity by id, built in one pass.
pub(crate) struct Index<'a> {
    pub(crate) organizations: Lookup<&'a Organization>,
    /// Each region, with its listed members as a set.
    pub(crate) regions: Lookup<(&'a Region, CountrySet)>,
    pub(crate) series: Lookup<&'a Series>,
    pub(crate) capabilities: Lookup<()>,
    pub(crate) people: Lookup<&'a Person>,
    pub(crate) offices: Lookup<&'a Office>,
    pub(crate) conferences: Lookup<&'a Conference>,
    pub(crate) strategies: Lookup<&'a Strategy>,
    pub(crate) recommendations: Lookup<&'a Recommendation>,
    pub(crate) statements: Lookup<StatementAt<'a>>,
    /// Each decision with an id, with the session that took it (since 1.2).
    pub(crate) decisions: Lookup<(&'a crate::id::ConferenceId, &'a crate::decision::Decision)>,
    pub(crate) sources: Lookup<&'a Source>,
}

fn duplicate(kind: &str, id: &str, segs: &[Seg<'_>]) -> Violation {
    Violation::new(
        Rule::IdDuplicate,
        pointer_string(segs, &[]),
        format!("the {kind} id {id:?} is already used by another {kind}"),
    )
}

/// Indexes a list of entities by id, each with the value `$value` makes of it (the entity
/// itself by default), and reports every id used a second time.
macro_rules! index_of {
    ($dups:ident, $list:expr, $field:literal, $kind:literal) => {
        index_of!($dups, $list, $field, $kind, |e| e)
    };
    ($dups:ident, $list:expr, $field:literal, $kind:literal, $value:expr) => {{
        let value = $value;
        let mut map = Lookup::with_capacity($list.len());
        for (i, e) in $list.iter().enumerate() {
            if !map.insert(e.id.id_key(), value(e)) {
                $dups.push(duplicate(
                    $kind,
                    e.id.as_str(),
                    &[Seg::Key($field), Seg::Index(i), Seg::Key("id")],
                ));
            }
        }
        map
    }};
}

impl<'a> Index<'a> {
    /// Whether `id` names an entity of `kind`.
    #[inline]
    pub(crate) fn contains(&self, kind: Target, id: Key<'_>) -> bool {
        match kind {
            Target::Organization => self.organizations.contains_key(id),
            Target::Region => self.regions.contains_key(id),
            Target::Series => self.series.contains_key(id),
            Target::Capability => self.capabilities.contains_key(id),
            Target::Person => self.people.contains_key(id),
            Target::Office => self.offices.contains_key(id),
            Target::Conference => self.conferences.contains_key(id),
            Target::Strategy => self.strategies.contains_key(id),
            Target::Recommendation => self.recommendations.contains_key(id),
            Target::Statement => self.statements.contains_key(id),
            Target::Source => self.sources.contains_key(id),
            Target::Decision => self.decisions.contains_key(id),
        }
    }

    pub(crate) fn build(d: &'a Dataset, dups: &mut Collector) -> Self {
        let organizations = index_of!(dups, d.organizations, "organizations", "organization");
        let regions = index_of!(dups, d.regions, "regions", "region", |r: &'a Region| {
            (r, CountrySet::of(&r.members))
        });
        let series = index_of!(dups, d.series, "series", "series");
        let capabilities = index_of!(dups, d.capabilities, "capabilities", "capability", |_| ());
        let people = index_of!(dups, d.people, "people", "person");
        let offices = index_of!(dups, d.offices, "offices", "office");
        let conferences = index_of!(dups, d.conferences, "conferences", "conference");
        let strategies = index_of!(dups, d.strategies, "strategies", "strategy");
        let recommendations =
            index_of!(dups, d.recommendations, "recommendations", "recommendation");
        let mut statements =
            Lookup::with_capacity(d.conferences.iter().map(|c| c.statements.len()).sum());
        for (ci, c) in d.conferences.iter().enumerate() {
            for (si, s) in c.statements.iter().enumerate() {
                if !statements.insert(
                    s.id.id_key(),
                    StatementAt {
                        said_at: s.occasion.as_ref().unwrap_or(&c.id),
                        date: s.date,
                    },
                ) {
                    dups.push(duplicate(
                        "statement",
                        s.id.as_str(),
                        &[
                            Seg::Key("conferences"),
                            Seg::Index(ci),
                            Seg::Key("statements"),
                            Seg::Index(si),
                            Seg::Key("id"),
                        ],
                    ));
                }
            }
        }
        let mut decisions =
            Lookup::with_capacity(d.conferences.iter().map(|c| c.decisions.len()).sum());
        for (ci, c) in d.conferences.iter().enumerate() {
            for (di, decision) in c.decisions.iter().enumerate() {
                if let Some(id) = decision.id()
                    && !decisions.insert(id.id_key(), (&c.id, decision))
                {
                    dups.push(duplicate(
                        "decision",
                        id.as_str(),
                        &[
                            Seg::Key("conferences"),
                            Seg::Index(ci),
                            Seg::Key("decisions"),
                            Seg::Index(di),
                            Seg::Key("id"),
                        ],
                    ));
                }
            }
        }
        let sources = index_of!(dups, d.sources, "sources", "source");
        // Releases are never referred to: indexed only to find duplicate ids.
        index_of!(
            dups,
            d.media_releases,
            "media_releases",
            "media release",
            |_| ()
        );
        Self {
            organizations,
            regions,
            series,
            capabilities,
            people,
            offices,
            conferences,
            strategies,
            recommendations,
            statements,
            decisions,
            sources,
        }
    }
}
