//! The walk that checks a document: its state (the path, the indexes, the violations found)
//! and the machinery every entity's checks share. The checks of each entity are in a file of
//! their own under `check/`, each an `impl` block of [`Walker`].
//!
//! References are checked through the [reference map](crate::model::refs): one visit of an
//! entity's references reports every one that names nothing, before the entity's own rules.
//! Only delegations, whose heads and members are most of all references, are checked apart, in
//! a batch (see `check/delegation.rs`); a test proves that batch agrees with the map.

use crate::capability::Capability;
use crate::conference::Conference;
use crate::conference::ConferenceDates;
use crate::country::CountryCode;
use crate::dataset::Dataset;
use crate::date::{Date, PartialDate};
use crate::id::IdBytes;
use crate::idindex::{Key, Lookup};
use crate::marking::Marking;
use crate::model::refs::{Holder, Id, MapPath, Refs, Spec, Target, Visit};
use crate::office::Office;
use crate::organization::Organization;
use crate::person::Person;
use crate::read::pointer::{Seg, pointer_string};
use crate::recommendation::Recommendation;
use crate::region::Region;
use crate::release::MediaRelease;
use crate::rule::Rule;
use crate::rules::index::{CountrySet, Index};
use crate::rules::report::{Collector, Limits, Report, Validate, Violation, sealed};
use crate::series::Series;
use crate::source::Source;
use crate::strategy::Strategy;
use crate::text::{LanguageTag, Translations};

/// Walks a document once, keeping the path as segments and building a pointer string only
/// for a violation.
pub(crate) struct Walker<'a> {
    /// The indexes of the dataset; `None` when an entity is checked on its own.
    pub(super) index: Option<Index<'a>>,
    /// The dataset's language, for text that does not name its own.
    pub(crate) default_language: Option<&'a LanguageTag>,
    /// The historical (withdrawn) codes, so that most codes skip the table lookup.
    historical: CountrySet,
    path: Vec<Seg<'static>>,
    pub(crate) violations: Collector,
    /// Scratch: whether each person the delegations of a session name is in the dataset.
    pub(super) delegates: Vec<bool>,
    /// Scratch for [`Lookup::contains_each`].
    pub(super) pending: Vec<(u128, usize, usize)>,
    /// Scratch for the reference check: where it is inside the entity.
    inside: MapPath,
    /// The positions of speakers, indexed as statements need them.
    pub(super) held: crate::rules::held::Held<'a>,
    /// Whether some item the marking rules look at carries a marking of its own, or some
    /// person personal data: noted while each item is at hand, so that a dataset without
    /// either skips the marking pass.
    pub(crate) marked: bool,
}

/// The span of days a statement or session may cover, for "held at the time" checks.
#[derive(Clone, Copy)]
pub(crate) struct Span {
    pub(crate) start: Date,
    pub(crate) end: Date,
}

impl Span {
    pub(super) fn of_dates(d: ConferenceDates) -> Self {
        Self {
            start: d.earliest(),
            end: d.latest(),
        }
    }

    pub(super) fn of_partial(p: PartialDate) -> Self {
        Self {
            start: p.earliest(),
            end: p.latest(),
        }
    }

    /// Whether the two spans cannot share a day: one ends before the other starts.
    pub(super) fn misses(self, other: Span) -> bool {
        self.end < other.start || self.start > other.end
    }
}

/// The withdrawal date of a historical code, as the earliest day it may denote.
fn withdrawn(code: CountryCode) -> Option<PartialDate> {
    code.info()
        .withdrawn()
        .and_then(|w| PartialDate::parse(w).ok())
}

impl<'a> Walker<'a> {
    pub(crate) fn new(index: Option<Index<'a>>, limits: Limits) -> Self {
        Self {
            index,
            default_language: None,
            historical: CountrySet::of(
                &CountryCode::all()
                    .filter(|c| c.is_historical())
                    .collect::<Vec<_>>(),
            ),
            path: Vec::with_capacity(8),
            violations: Collector::new(limits),
            delegates: Vec::new(),
            pending: Vec::new(),
            inside: MapPath::default(),
            held: crate::rules::held::Held::default(),
            marked: false,
        }
    }

    pub(crate) fn finish(self) -> Report {
        self.violations.into_report()
    }

    /// Records a violation at the current path plus `tail`.
    pub(super) fn report(&mut self, rule: Rule, tail: &[Seg<'_>], message: String) {
        if self.violations.is_full() {
            self.violations.omit(rule);
            return;
        }
        self.violations.push(Violation::new(
            rule,
            pointer_string(&self.path, tail),
            message,
        ));
    }

    pub(super) fn enter(&mut self, seg: Seg<'static>) {
        self.path.push(seg);
    }

    pub(super) fn leave(&mut self) {
        self.path.pop();
    }

    /// Whether `id` names an entity of `kind`; `None` when there is no dataset to look in.
    pub(super) fn exists(&self, kind: Target, id: Key<'_>) -> Option<bool> {
        Some(self.index.as_ref()?.contains(kind, id))
    }

    /// Reports a reference to `kind` that names nothing (`known == Some(false)`).
    pub(super) fn known(
        &mut self,
        kind: Target,
        id: Key<'_>,
        known: Option<bool>,
        tail: &[Seg<'_>],
    ) {
        if known == Some(false) {
            self.report(
                Rule::ReferenceUnresolved,
                tail,
                format!(
                    "no {} has the id {:?}",
                    kind.name(),
                    String::from_utf8_lossy(id.bytes())
                ),
            );
        }
    }

    /// What `id` names, looked up with `lookup`; `None` if it names nothing (reported by the
    /// reference check) or there is no dataset to look in.
    pub(super) fn lookup<T: Copy>(
        &self,
        id: &impl IdBytes,
        lookup: impl for<'i> Fn(&'i Index<'a>) -> &'i Lookup<T>,
    ) -> Option<T> {
        lookup(self.index.as_ref()?).get(id.id_key()).copied()
    }

    /// Reports every reference of `holder` that names nothing, through the reference map.
    ///
    /// A first visit only looks each reference up, keeping no path, and stops looking at the
    /// first that names nothing; only then does a second visit, with the path, report every
    /// one that names nothing. Nearly every holder resolves, and pays for the lookups alone.
    pub(super) fn references<T: Refs>(&mut self, holder: &'a T) {
        let Some(index) = &self.index else { return };
        let mut probe = Resolves { index, all: true };
        holder.refs(&mut probe);
        if !probe.all {
            let mut inside = std::mem::take(&mut self.inside);
            inside.clear();
            let mut check = ReferenceCheck {
                walker: self,
                inside,
            };
            holder.refs(&mut check);
            self.inside = check.inside;
        }
    }

    /// A country code used for a time: an error if the code had been withdrawn by then.
    #[inline]
    pub(super) fn country_at(
        &mut self,
        code: CountryCode,
        when: Span,
        tail: &[Seg<'_>],
        what: &str,
    ) {
        // Most codes are not historical: a bit test, without a call.
        if self.historical.contains(code) {
            self.withdrawn_at(code, when, tail, what);
        }
    }

    #[cold]
    fn withdrawn_at(&mut self, code: CountryCode, when: Span, tail: &[Seg<'_>], what: &str) {
        if let Some(w) = withdrawn(code)
            && when.start > w.latest()
        {
            self.report(
                Rule::CountryWithdrawn,
                tail,
                format!(
                    "{what} uses {code} ({}), withdrawn from ISO 3166 in {w}, for {}",
                    code.name(),
                    when.start
                ),
            );
        }
    }

    pub(super) fn translations(
        &mut self,
        original: Option<&LanguageTag>,
        translations: &Translations,
    ) {
        let Some(lang) = original else { return };
        if translations.get(lang).is_some() {
            self.report(
                Rule::TranslationSameLanguage,
                &[Seg::Key("translations"), Seg::Key(lang.as_str())],
                format!(
                    "a translation into {lang:?} is keyed by the original's own language",
                    lang = lang.as_str()
                ),
            );
        }
    }

    pub(crate) fn dataset(&mut self, d: &'a Dataset) {
        self.each("organizations", &d.organizations, Self::organization);
        self.each("regions", &d.regions, Self::region);
        self.each("series", &d.series, Self::series);
        self.each("capabilities", &d.capabilities, Self::capability);
        self.each("people", &d.people, Self::person);
        self.each("offices", &d.offices, Self::office);
        self.ordinals(&d.conferences);
        self.each("conferences", &d.conferences, Self::conference);
        self.each("strategies", &d.strategies, Self::strategy);
        self.each("recommendations", &d.recommendations, Self::recommendation);
        self.each("media_releases", &d.media_releases, Self::media_release);
        self.each("sources", &d.sources, Self::source);
    }

    pub(super) fn each<T>(
        &mut self,
        field: &'static str,
        list: &'a [T],
        mut f: impl FnMut(&mut Self, &'a T),
    ) {
        self.enter(Seg::Key(field));
        for (i, item) in list.iter().enumerate() {
            self.enter(Seg::Index(i));
            f(self, item);
            self.leave();
        }
        self.leave();
    }

    /// Notes a marking, so that the marking pass runs.
    pub(super) fn note(&mut self, marking: Option<Marking>) {
        self.marked |= marking.is_some();
    }
}

/// The first visit of the reference check: whether every reference names something, with no
/// path kept and nothing reported.
struct Resolves<'w, 'a> {
    index: &'w Index<'a>,
    all: bool,
}

impl<'a> Visit<'a> for Resolves<'_, 'a> {
    #[inline]
    fn reference<I: Id>(&mut self, spec: Spec, _: Option<usize>, id: &'a I) {
        if self.all {
            self.all = self.index.contains(spec.target, id.id_key());
        }
    }

    /// Delegations, and the people they name, are checked in a batch of their own.
    fn delegations(&self) -> bool {
        false
    }
}

/// The reference check: a visit of the map that reports every reference naming nothing.
struct ReferenceCheck<'w, 'a> {
    walker: &'w mut Walker<'a>,
    /// Where it is inside the entity (the walker's path leads to the entity).
    inside: MapPath,
}

impl<'a> Visit<'a> for ReferenceCheck<'_, 'a> {
    fn reference<I: Id>(&mut self, spec: Spec, index: Option<usize>, id: &'a I) {
        let key = id.id_key();
        let known = self.walker.exists(spec.target, key);
        if known == Some(false) {
            let tail = self.inside.to(spec, index);
            self.walker.known(spec.target, key, known, &tail);
        }
    }

    fn enter(&mut self, holder: Holder, index: Option<usize>, _: Option<Marking>) {
        self.inside.enter(holder, index);
    }

    fn leave(&mut self) {
        self.inside.leave();
    }

    /// Delegations, and the people they name, are checked in a batch of their own.
    fn delegations(&self) -> bool {
        false
    }
}

// ===== the entry points: `Validate` on the dataset and on each entity =====

macro_rules! validate_entity {
    ($ty:ty, $method:ident) => {
        impl sealed::Sealed for $ty {}
        impl Validate for $ty {
            fn validate_with(&self, limits: Limits) -> Report {
                let mut walker = Walker::new(None, limits);
                walker.$method(self);
                walker.finish()
            }
        }
    };
}

validate_entity!(Organization, organization);
validate_entity!(Region, region);
validate_entity!(Series, series);
validate_entity!(Capability, capability);
validate_entity!(Person, person);
validate_entity!(Office, office);
validate_entity!(Conference, conference);
validate_entity!(Strategy, strategy);
validate_entity!(Recommendation, recommendation);
validate_entity!(MediaRelease, media_release);
validate_entity!(Source, source);

impl sealed::Sealed for Dataset {}
impl Validate for Dataset {
    fn validate_with(&self, limits: Limits) -> Report {
        let mut dups = Collector::new(limits);
        let index = Index::build(self, &mut dups);
        let mut walker = Walker::new(Some(index), limits);
        walker.violations = dups;
        walker.default_language = self.language.as_ref();
        walker.dataset(self);
        if walker.marked {
            crate::rules::marking::check(self, &mut walker.violations);
            crate::rules::leak::check(self, &mut walker.violations);
        }
        walker.finish()
    }
}
