//! Validation: the rules that need context, checked in one pass, every violation reported at
//! once with the JSON Pointer of the offending value in the serialised document.
//!
//! [`Validate::validate`] works on the dataset and on each entity on its own (where rules that
//! need other entities are skipped). [`crate::from_json`] and its siblings decode and validate in
//! one call.
//!
//! # Examples
//!
//! ```
//! use regional_conference::rule::{Rule, Severity};
//! use regional_conference::validate::Validate;
//! use regional_conference::{Dataset, decode};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let json = r#"{
//!   "schema_version": "1.0",
//!   "strategies": [{
//!     "id": "europe-2014-2016", "title": "Strategy", "organizer": "interpol",
//!     "period": {"start": 2014, "end": 2016}
//!   }]
//! }"#;
//! let dataset: Dataset = decode::from_str(json)?;
//! let report = dataset.validate();
//! assert!(!report.is_valid());
//! let v = &report.violations()[0];
//! assert_eq!(v.rule(), Rule::ReferenceUnresolved);
//! assert_eq!(v.severity(), Severity::Error);
//! assert_eq!(v.pointer(), "/strategies/0/organizer");
//! assert_eq!(
//!     report.to_string(),
//!     "error[reference.unresolved] /strategies/0/organizer: no organization has the id \"interpol\"\n"
//! );
//! # Ok(())
//! # }
//! ```

// Hash maps with foldhash: several times faster than std's SipHash on short ids, and randomly
// seeded per map, so ids from untrusted input cannot be chosen to collide.
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use crate::id::IdBytes;
use crate::idindex::Key;
use crate::idindex::Lookup;
use std::fmt::{self, Write as _};

use serde::Serialize;

use crate::conference::{Conference, ConferenceDates, ConferenceKind};
use crate::country::CountryCode;
use crate::dataset::Dataset;
use crate::date::{Date, PartialDate};
use crate::decision::{Decision, HostDesignation};
use crate::delegation::{ParticipationStatus, Party};
use crate::organization::Organization;
use crate::person::Person;
use crate::recommendation::{Addressee, Recommendation};
use crate::region::Region;
use crate::release::MediaRelease;
use crate::rule::{Rule, Severity};
use crate::source::Source;
use crate::statement::Statement;
use crate::strategy::Strategy;
use crate::text::{LanguageTag, Translations};

/// One broken rule: which, how serious, where, and a message that names the values involved.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Violation {
    rule: Rule,
    severity: Severity,
    pointer: String,
    message: String,
}

impl Violation {
    /// A violation of `rule` at `pointer`.
    pub(crate) fn new(rule: Rule, pointer: String, message: String) -> Self {
        Self {
            rule,
            severity: rule.severity(),
            pointer,
            message,
        }
    }

    /// The rule broken.
    #[must_use]
    pub fn rule(&self) -> Rule {
        self.rule
    }

    /// The rule's stable code.
    #[must_use]
    pub fn code(&self) -> &'static str {
        self.rule.code()
    }

    /// Error or warning.
    #[must_use]
    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// The [RFC 6901](https://www.rfc-editor.org/rfc/rfc6901) JSON Pointer of the offending value
    /// in the serialised document, such as `/conferences/0/delegations/3/country`.
    #[must_use]
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// What is wrong, naming the values involved.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Violation {
    /// `error[reference.unresolved] /strategies/0/organizer: no organization has the id "x"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}[{}] {}: {}",
            self.severity, self.rule, self.pointer, self.message
        )
    }
}

/// Every violation found in a document: duplicate ids and duplicate session ordinals first, then
/// entity by entity in document order, then the marking rules (`marking.*`) in document order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    violations: Vec<Violation>,
}

impl Report {
    /// Whether the document is valid: no errors (warnings allowed).
    #[must_use]
    pub fn is_valid(&self) -> bool {
        !self
            .violations
            .iter()
            .any(|v| v.severity == Severity::Error)
    }

    /// Every violation, errors and warnings, in the order found.
    #[must_use]
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    /// The errors.
    pub fn errors(&self) -> impl Iterator<Item = &Violation> {
        self.violations
            .iter()
            .filter(|v| v.severity == Severity::Error)
    }

    /// The warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Violation> {
        self.violations
            .iter()
            .filter(|v| v.severity == Severity::Warning)
    }

    /// Whether there are no violations at all.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.violations.is_empty()
    }

    /// How many violations there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.violations.len()
    }

    /// The violations, in the order found.
    pub fn iter(&self) -> std::slice::Iter<'_, Violation> {
        self.violations.iter()
    }
}

impl fmt::Display for Report {
    /// One violation per line, each ending in a newline.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for v in &self.violations {
            writeln!(f, "{v}")?;
        }
        Ok(())
    }
}

impl<'a> IntoIterator for &'a Report {
    type Item = &'a Violation;
    type IntoIter = std::slice::Iter<'a, Violation>;
    fn into_iter(self) -> Self::IntoIter {
        self.violations.iter()
    }
}

/// A value that has been validated and has no errors; its warnings stay readable.
///
/// Only this crate makes a `Valid`: holding one proves validation ran.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let valid = regional_conference::from_json(r#"{"schema_version": "1.0"}"#)?;
/// assert_eq!(valid.warnings().count(), 0);
/// assert!(valid.conferences.is_empty());
/// let dataset = valid.into_inner();
/// # let _ = dataset;
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Valid<T> {
    value: T,
    report: Report,
}

impl<T> Valid<T> {
    /// The warnings found when validating.
    pub fn warnings(&self) -> impl Iterator<Item = &Violation> {
        self.report.warnings()
    }

    /// The full report (warnings only, by construction).
    #[must_use]
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// The validated value.
    #[must_use]
    pub fn get(&self) -> &T {
        &self.value
    }

    /// The validated value, giving up the proof.
    #[must_use]
    pub fn into_inner(self) -> T {
        self.value
    }
}

impl<T> std::ops::Deref for Valid<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> AsRef<T> for Valid<T> {
    fn as_ref(&self) -> &T {
        &self.value
    }
}

mod sealed {
    pub trait Sealed {}
}

/// Checking the rules of the [catalogue](crate::rule) that need context.
///
/// Implemented by [`Dataset`] and by each entity. On an entity alone, rules that need other
/// entities (references, regions, endorsements) are skipped, and pointers are relative to the
/// entity.
///
/// This trait is sealed: only this crate's types implement it.
pub trait Validate: sealed::Sealed {
    /// Checks every rule and returns every violation.
    fn validate(&self) -> Report;

    /// Checks every rule and returns the value as [`Valid`] if there are no errors.
    ///
    /// # Errors
    ///
    /// Returns the [`Report`] if there is at least one error.
    fn into_valid(self) -> Result<Valid<Self>, Report>
    where
        Self: Sized,
    {
        let report = self.validate();
        if report.is_valid() {
            Ok(Valid {
                value: self,
                report,
            })
        } else {
            Err(report)
        }
    }
}

macro_rules! validate_entity {
    ($ty:ty, $method:ident) => {
        impl sealed::Sealed for $ty {}
        impl Validate for $ty {
            fn validate(&self) -> Report {
                let mut checker = Checker::new(None);
                checker.$method(self);
                checker.finish()
            }
        }
    };
}

validate_entity!(Organization, organization);
validate_entity!(Region, region);
validate_entity!(Person, person);
validate_entity!(Conference, conference);
validate_entity!(Strategy, strategy);
validate_entity!(Recommendation, recommendation);
validate_entity!(MediaRelease, media_release);
validate_entity!(Source, source);

impl sealed::Sealed for Dataset {}
impl Validate for Dataset {
    fn validate(&self) -> Report {
        let mut dups = Vec::new();
        let index = Index::build(self, &mut dups);
        let mut checker = Checker::new(Some(index));
        checker.violations = dups;
        checker.default_language = self.language.as_ref();
        checker.dataset(self);
        if checker.marked {
            crate::rules::marking::check(self, &mut checker.violations);
        }
        checker.finish()
    }
}

/// A segment of a JSON Pointer, kept cheap until a violation needs the string.
#[derive(Clone, Copy)]
enum Seg<'s> {
    Key(&'s str),
    Index(usize),
}

fn pointer_string(path: &[Seg<'_>], tail: &[Seg<'_>]) -> String {
    let mut out = String::new();
    for s in path.iter().chain(tail) {
        match s {
            Seg::Key(k) => crate::decode::push_token(&mut out, k),
            Seg::Index(i) => {
                let _ = write!(out, "/{i}");
            }
        }
    }
    out
}

/// A set of country codes: one bit for each of the 26 × 26 two-letter codes.
#[derive(Clone, Copy, Default)]
struct CountrySet([u64; 11]);

impl CountrySet {
    fn of(codes: &[CountryCode]) -> Self {
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
    fn insert(&mut self, code: CountryCode) -> bool {
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

    fn contains(&self, code: CountryCode) -> bool {
        let (word, bit) = Self::slot(code);
        self.0.get(word).is_some_and(|w| w & bit != 0)
    }

    fn len(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }
}

/// Where a statement was made: its occasion if it names one, else the session that lists it.
#[derive(Clone, Copy)]
struct StatementAt<'a> {
    said_at: &'a crate::id::ConferenceId,
}

/// Hash indexes of every entity by id, built in one pass.
struct Index<'a> {
    organizations: Lookup<&'a Organization>,
    /// Each region, with its listed members as a set.
    regions: Lookup<(&'a Region, CountrySet)>,
    people: Lookup<&'a Person>,
    conferences: Lookup<&'a Conference>,
    strategies: Lookup<&'a Strategy>,
    recommendations: Lookup<&'a Recommendation>,
    statements: Lookup<StatementAt<'a>>,
    sources: Lookup<()>,
}

fn duplicate(kind: &str, id: &str, segs: &[Seg<'_>]) -> Violation {
    Violation {
        rule: Rule::IdDuplicate,
        severity: Rule::IdDuplicate.severity(),
        pointer: pointer_string(segs, &[]),
        message: format!("the {kind} id {id:?} is already used by another {kind}"),
    }
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
    fn build(d: &'a Dataset, dups: &mut Vec<Violation>) -> Self {
        let organizations = index_of!(dups, d.organizations, "organizations", "organization");
        let regions = index_of!(dups, d.regions, "regions", "region", |r: &'a Region| {
            (r, CountrySet::of(&r.members))
        });
        let people = index_of!(dups, d.people, "people", "person");
        let conferences = index_of!(dups, d.conferences, "conferences", "conference");
        let strategies = index_of!(dups, d.strategies, "strategies", "strategy");
        let recommendations =
            index_of!(dups, d.recommendations, "recommendations", "recommendation");
        let mut statements = Lookup::with_capacity(d.conferences.len() * 4);
        for (ci, c) in d.conferences.iter().enumerate() {
            for (si, s) in c.statements.iter().enumerate() {
                if !statements.insert(
                    s.id.id_key(),
                    StatementAt {
                        said_at: s.occasion.as_ref().unwrap_or(&c.id),
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
        let sources = index_of!(dups, d.sources, "sources", "source", |_| ());
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
            people,
            conferences,
            strategies,
            recommendations,
            statements,
            sources,
        }
    }
}

/// The kinds of entity a reference can name.
#[derive(Clone, Copy)]
enum Kind {
    Organization,
    Region,
    Person,
    Conference,
    Strategy,
    Recommendation,
    Statement,
    Source,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Organization => "organization",
            Kind::Region => "region",
            Kind::Person => "person",
            Kind::Conference => "conference",
            Kind::Strategy => "strategy",
            Kind::Recommendation => "recommendation",
            Kind::Statement => "statement",
            Kind::Source => "source",
        }
    }
}

/// Walks a document once, keeping the path as segments and building a pointer string only
/// for a violation.
struct Checker<'a> {
    index: Option<Index<'a>>,
    /// The dataset's language, for text that does not name its own.
    default_language: Option<&'a LanguageTag>,
    /// The historical (withdrawn) codes, so that most codes skip the table lookup.
    historical: CountrySet,
    path: Vec<Seg<'static>>,
    violations: Vec<Violation>,
    /// Scratch: whether each person the delegations of a session name is in the dataset.
    delegates: Vec<bool>,
    /// Scratch for [`Lookup::contains_each`].
    pending: Vec<(u128, usize, usize)>,
    /// Whether some item the marking rules look at carries a marking of its own, or some
    /// person personal data: noted while each item is at hand, so that a dataset without
    /// either skips the marking pass.
    marked: bool,
}

/// The span of days a statement or session may cover, for "held at the time" checks.
#[derive(Clone, Copy)]
struct Span {
    start: Date,
    end: Date,
}

impl Span {
    fn of_dates(d: ConferenceDates) -> Self {
        Self {
            start: d.earliest(),
            end: d.latest(),
        }
    }

    fn of_partial(p: PartialDate) -> Self {
        Self {
            start: p.earliest(),
            end: p.latest(),
        }
    }
}

/// The withdrawal date of a historical code, as the earliest day it may denote.
fn withdrawn(code: CountryCode) -> Option<PartialDate> {
    code.info()
        .withdrawn()
        .and_then(|w| PartialDate::parse(w).ok())
}

impl<'a> Checker<'a> {
    fn new(index: Option<Index<'a>>) -> Self {
        Self {
            index,
            default_language: None,
            historical: CountrySet::of(
                &CountryCode::all()
                    .filter(|c| c.is_historical())
                    .collect::<Vec<_>>(),
            ),
            path: Vec::with_capacity(8),
            violations: Vec::new(),
            delegates: Vec::new(),
            pending: Vec::new(),
            marked: false,
        }
    }

    fn finish(self) -> Report {
        Report {
            violations: self.violations,
        }
    }

    /// Records a violation at the current path plus `tail`.
    fn report(&mut self, rule: Rule, tail: &[Seg<'_>], message: String) {
        self.violations.push(Violation {
            rule,
            severity: rule.severity(),
            pointer: pointer_string(&self.path, tail),
            message,
        });
    }

    fn enter(&mut self, seg: Seg<'static>) {
        self.path.push(seg);
    }

    fn leave(&mut self) {
        self.path.pop();
    }

    /// Whether `id` names an entity of `kind`; `None` when there is no dataset to look in.
    fn exists(&self, kind: Kind, id: Key<'_>) -> Option<bool> {
        let index = self.index.as_ref()?;
        Some(match kind {
            Kind::Organization => index.organizations.contains_key(id),
            Kind::Region => index.regions.contains_key(id),
            Kind::Person => index.people.contains_key(id),
            Kind::Conference => index.conferences.contains_key(id),
            Kind::Strategy => index.strategies.contains_key(id),
            Kind::Recommendation => index.recommendations.contains_key(id),
            Kind::Statement => index.statements.contains_key(id),
            Kind::Source => index.sources.contains_key(id),
        })
    }

    /// Checks that a reference resolves.
    fn reference(&mut self, kind: Kind, id: Key<'_>, tail: &[Seg<'_>]) {
        let known = self.exists(kind, id);
        self.known(kind, id, known, tail);
    }

    /// Reports a reference as [`Self::reference`] does, given whether it resolves (`None`: there
    /// is no dataset to look in).
    fn known(&mut self, kind: Kind, id: Key<'_>, known: Option<bool>, tail: &[Seg<'_>]) {
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

    /// Checks that a reference resolves, as [`Self::reference`] does, and gives what it names:
    /// `None` if it does not resolve or there is no dataset to look in.
    fn resolve<T: Copy>(
        &mut self,
        kind: Kind,
        id: Key<'_>,
        tail: &[Seg<'_>],
        lookup: impl for<'i> Fn(&'i Index<'a>) -> &'i Lookup<T>,
    ) -> Option<T> {
        let found = lookup(self.index.as_ref()?).get(id).copied();
        if found.is_none() {
            self.reference(kind, id, tail);
        }
        found
    }

    fn references<T: IdBytes>(&mut self, kind: Kind, ids: &[T], field: &'static str) {
        if self.index.is_none() {
            return;
        }
        for (i, id) in ids.iter().enumerate() {
            self.reference(kind, id.id_key(), &[Seg::Key(field), Seg::Index(i)]);
        }
    }

    fn sources(&mut self, ids: &[crate::id::SourceId]) {
        self.references(Kind::Source, ids, "sources");
    }

    /// A country code used for a time: an error if the code had been withdrawn by then.
    #[inline]
    fn country_at(&mut self, code: CountryCode, when: Span, tail: &[Seg<'_>], what: &str) {
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

    fn translations(&mut self, original: Option<&LanguageTag>, translations: &Translations) {
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

    fn dataset(&mut self, d: &'a Dataset) {
        self.each("organizations", &d.organizations, Self::organization);
        self.each("regions", &d.regions, Self::region);
        self.each("people", &d.people, Self::person);
        self.ordinals(&d.conferences);
        self.each("conferences", &d.conferences, Self::conference);
        self.each("strategies", &d.strategies, Self::strategy);
        self.each("recommendations", &d.recommendations, Self::recommendation);
        self.each("media_releases", &d.media_releases, Self::media_release);
        self.each("sources", &d.sources, Self::source);
    }

    fn each<T>(&mut self, field: &'static str, list: &'a [T], mut f: impl FnMut(&mut Self, &'a T)) {
        self.enter(Seg::Key(field));
        for (i, item) in list.iter().enumerate() {
            self.enter(Seg::Index(i));
            f(self, item);
            self.leave();
        }
        self.leave();
    }

    fn organization(&mut self, o: &'a Organization) {
        self.marked |= o.marking.is_some();
        if let Some(parent) = &o.parent {
            self.reference(Kind::Organization, parent.id_key(), &[Seg::Key("parent")]);
        }
        if let Some(f) = &o.founding {
            self.enter(Seg::Key("founding"));
            self.references(Kind::Organization, &f.parties, "parties");
            self.leave();
        }
        self.sources(&o.sources);
    }

    fn region(&mut self, r: &'a Region) {
        self.marked |= r.marking.is_some();
        self.reference(
            Kind::Organization,
            r.organizer.id_key(),
            &[Seg::Key("organizer")],
        );
        let mut seen = HashSet::with_capacity(r.members.len());
        for (i, m) in r.members.iter().enumerate() {
            if !seen.insert(*m) {
                self.report(
                    Rule::RegionMemberDuplicate,
                    &[Seg::Key("members"), Seg::Index(i)],
                    format!(
                        "{m} is listed twice as a member of region {:?}",
                        r.id.as_str()
                    ),
                );
            }
        }
        self.sources(&r.sources);
    }

    fn person(&mut self, p: &'a Person) {
        self.marked |= p.marking.is_some() || p.personal.is_some();
        self.enter(Seg::Key("positions"));
        for (i, pos) in p.positions.iter().enumerate() {
            self.enter(Seg::Index(i));
            if let Some(org) = &pos.organization {
                self.reference(
                    Kind::Organization,
                    org.id_key(),
                    &[Seg::Key("organization")],
                );
            }
            if let (Some(from), Some(to)) = (pos.from, pos.to)
                && from.earliest() > to.latest()
            {
                self.report(
                    Rule::PositionDatesOrder,
                    &[Seg::Key("to")],
                    format!(
                        "position {:?} of {:?} ends ({to}) before it starts ({from})",
                        pos.title.as_str(),
                        p.id.as_str()
                    ),
                );
            }
            self.sources(&pos.sources);
            self.leave();
        }
        self.leave();
        self.sources(&p.sources);
    }

    /// Two sessions of one series with the same ordinal.
    fn ordinals(&mut self, conferences: &'a [Conference]) {
        let mut seen: HashMap<(&str, u32), &str> = HashMap::new();
        for (i, c) in conferences.iter().enumerate() {
            if let (Some(series), Some(ordinal)) = (&c.series, c.ordinal)
                && let Some(first) = seen.insert((series.as_str(), ordinal.get()), c.id.as_str())
            {
                self.report(
                    Rule::ConferenceOrdinalDuplicate,
                    &[Seg::Key("conferences"), Seg::Index(i), Seg::Key("ordinal")],
                    format!(
                        "{:?} and {first:?} are both the {ordinal} session of series {:?}",
                        c.id.as_str(),
                        series.as_str()
                    ),
                );
            }
        }
    }

    /// The region, with its members as a set, when the dataset lists its members.
    fn region_members(
        &self,
        region: Option<&crate::id::RegionId>,
    ) -> Option<(&'a Region, CountrySet)> {
        let index = self.index.as_ref()?;
        let id = region?;
        let (region, members) = *index.regions.get(id.id_key())?;
        (!region.members.is_empty()).then_some((region, members))
    }

    #[allow(clippy::too_many_lines)] // one rule group per part of a session, in document order
    fn conference(&mut self, c: &'a Conference) {
        self.marked |= c.marking.is_some();
        let span = Span::of_dates(c.dates);
        self.reference(
            Kind::Organization,
            c.organizer.id_key(),
            &[Seg::Key("organizer")],
        );
        match &c.region {
            Some(r) => self.reference(Kind::Region, r.id_key(), &[Seg::Key("region")]),
            None if c.kind == ConferenceKind::RegionalConference => self.report(
                Rule::ConferenceRegionMissing,
                &[Seg::Key("kind")],
                format!("regional conference {:?} names no region", c.id.as_str()),
            ),
            None => {}
        }
        let region = self.region_members(c.region.as_ref());
        if let Some(v) = &c.venue {
            self.enter(Seg::Key("venue"));
            if let Some(host) = &v.host {
                self.reference(Kind::Organization, host.id_key(), &[Seg::Key("host")]);
            }
            self.country_at(v.country, span, &[Seg::Key("country")], "the venue");
            self.leave();
        }

        // One pass over the delegations before anything is reported: the countries they
        // represent, and whether each person they name is in the dataset, looked up in a loop
        // of lookups alone (so that their cache misses overlap) and reported in order below.
        let mut represented = CountrySet::default();
        let mut delegates = std::mem::take(&mut self.delegates);
        delegates.clear();
        let marked = std::cell::Cell::new(false);
        let people = c.delegations.iter().flat_map(|d| {
            if let Some(code) = d.country() {
                represented.insert(code);
            }
            let members = d.members.iter().map(|m| &m.person);
            marked.set(marked.get() | d.marking.is_some() | d.members_marking.is_some());
            d.head.iter().chain(members).map(IdBytes::id_key)
        });
        match &self.index {
            Some(index) => index
                .people
                .contains_each(people, &mut self.pending, &mut delegates),
            None => people.for_each(drop),
        }

        // Attendance: disagreements and the delegations an exact count allows.
        self.enter(Seg::Key("attendance"));
        for (i, a) in c.attendance.iter().enumerate() {
            self.enter(Seg::Index(i));
            self.sources(&a.sources);
            self.leave();
            if let Some(earlier) = c.attendance.get(..i).and_then(|before| {
                before
                    .iter()
                    .find(|b| b.measure == a.measure && b.count != a.count)
            }) {
                self.report(
                    Rule::AttendanceDisagreement,
                    &[Seg::Index(i), Seg::Key("count")],
                    format!(
                        "{} {} here, {} in an earlier figure; both are kept",
                        a.count,
                        measure_name(a.measure),
                        earlier.count
                    ),
                );
            }
        }
        let country_delegations = represented.len();
        for (i, a) in c.attendance.iter().enumerate() {
            if a.measure == crate::conference::Measure::Countries
                && a.count.is_exact()
                && country_delegations > a.count.value() as usize
            {
                self.report(
                    Rule::AttendanceExceeded,
                    &[Seg::Index(i), Seg::Key("count")],
                    format!(
                        "{country_delegations} country delegations are listed, but the count of countries is exactly {}",
                        a.count.value()
                    ),
                );
            }
        }
        self.leave();

        let mut delegate = 0;
        self.enter(Seg::Key("delegations"));
        let mut countries = CountrySet::default();
        let mut organizations: HashSet<&str> = HashSet::new();
        for (i, d) in c.delegations.iter().enumerate() {
            self.enter(Seg::Index(i));
            let field = match d.party() {
                Party::Country(code) => {
                    self.country_at(*code, span, &[Seg::Key("country")], "the delegation");
                    if let Some((region, members)) = region
                        && d.status == ParticipationStatus::Member
                        && !members.contains(*code)
                    {
                        self.report(
                            Rule::DelegationOutsideRegion,
                            &[Seg::Key("status")],
                            format!(
                                "{code} ({}) is not a listed member of region {:?} but attends as a member",
                                code.name(),
                                region.id.as_str()
                            ),
                        );
                    }
                    "country"
                }
                Party::Organization(o) => {
                    self.reference(Kind::Organization, o.id_key(), &[Seg::Key("organization")]);
                    "organization"
                }
            };
            let first = match d.party() {
                Party::Country(code) => countries.insert(*code),
                Party::Organization(o) => organizations.insert(o.as_str()),
            };
            if !first {
                let who = match d.party() {
                    Party::Country(code) => code.to_string(),
                    Party::Organization(o) => format!("{:?}", o.as_str()),
                };
                self.report(
                    Rule::DelegationDuplicate,
                    &[Seg::Key(field)],
                    format!("{who} has more than one delegation at {:?}", c.id.as_str()),
                );
            }
            if let Some(head) = &d.head {
                let known = delegates.get(delegate).copied();
                delegate += 1;
                self.known(Kind::Person, head.id_key(), known, &[Seg::Key("head")]);
            }
            for (j, m) in d.members.iter().enumerate() {
                let known = delegates.get(delegate).copied();
                delegate += 1;
                self.known(
                    Kind::Person,
                    m.person.id_key(),
                    known,
                    &[Seg::Key("members"), Seg::Index(j), Seg::Key("person")],
                );
            }
            self.leave();
        }
        self.leave();
        self.delegates = delegates;
        self.marked |= marked.get();

        // Agenda.
        self.enter(Seg::Key("agenda"));
        for (i, item) in c.agenda.iter().enumerate() {
            self.enter(Seg::Index(i));
            self.references(Kind::Organization, &item.organizations, "organizations");
            self.sources(&item.sources);
            self.leave();
        }
        self.leave();

        // Statements.
        self.enter(Seg::Key("statements"));
        for (i, s) in c.statements.iter().enumerate() {
            self.enter(Seg::Index(i));
            self.statement(s, span);
            self.leave();
        }
        self.leave();

        // Decisions.
        self.enter(Seg::Key("decisions"));
        for (i, d) in c.decisions.iter().enumerate() {
            self.enter(Seg::Index(i));
            self.decision(c, d, span);
            self.leave();
        }
        self.leave();

        self.enter(Seg::Key("related_events"));
        for (i, e) in c.related_events.iter().enumerate() {
            if let Some(other) = &e.conference {
                self.reference(
                    Kind::Conference,
                    other.id_key(),
                    &[Seg::Index(i), Seg::Key("conference")],
                );
            }
        }
        self.leave();
        self.sources(&c.sources);
    }

    fn statement(&mut self, s: &'a Statement, session: Span) {
        self.marked |= s.marking.is_some();
        let speaker = self.resolve(
            Kind::Person,
            s.speaker.id_key(),
            &[Seg::Key("speaker")],
            |i| &i.people,
        );
        // When: the statement's own date, else the dates of the session it was said at.
        let occasion = s.occasion.as_ref().and_then(|o| {
            self.resolve(Kind::Conference, o.id_key(), &[Seg::Key("occasion")], |i| {
                &i.conferences
            })
            .map(|c| Span::of_dates(c.dates))
        });
        let when = s.date.map_or(occasion.unwrap_or(session), Span::of_partial);
        if let Some(capacity) = &s.capacity {
            if let Some(org) = &capacity.organization {
                self.reference(
                    Kind::Organization,
                    org.id_key(),
                    &[Seg::Key("capacity"), Seg::Key("organization")],
                );
            }
            if let Some(person) = speaker {
                let held = person.positions.iter().any(|p| {
                    p.title == capacity.title
                        && (capacity.organization.is_none()
                            || p.organization == capacity.organization)
                        && p.from.is_none_or(|f| f.earliest() <= when.end)
                        && p.to.is_none_or(|t| t.latest() >= when.start)
                });
                if !held {
                    self.report(
                        Rule::StatementCapacityNotHeld,
                        &[Seg::Key("capacity")],
                        format!(
                            "{:?} spoke as {:?}{}, a position they are not recorded as holding on {}",
                            s.speaker.as_str(),
                            capacity.title.as_str(),
                            capacity
                                .organization
                                .as_ref()
                                .map(|o| format!(" of {:?}", o.as_str()))
                                .unwrap_or_default(),
                            when.start
                        ),
                    );
                }
            }
        }
        self.translations(Some(&s.language), &s.translations);
        self.sources(&s.sources);
    }

    #[allow(clippy::too_many_lines)] // one arm per kind of decision
    fn decision(&mut self, c: &'a Conference, d: &'a Decision, span: Span) {
        match d {
            Decision::EndorseStrategy {
                strategy, sources, ..
            } => {
                let endorser = self
                    .resolve(
                        Kind::Strategy,
                        strategy.id_key(),
                        &[Seg::Key("strategy")],
                        |i| &i.strategies,
                    )
                    .and_then(|s| s.endorsed_by.as_ref());
                if let Some(endorser) = endorser
                    && *endorser != c.id
                {
                    self.report(
                        Rule::StrategyEndorsementMismatch,
                        &[Seg::Key("strategy")],
                        format!(
                            "{:?} endorses strategy {:?}, which names {:?} as its endorser",
                            c.id.as_str(),
                            strategy.as_str(),
                            endorser.as_str()
                        ),
                    );
                }
                self.sources(sources);
            }
            Decision::AdoptRecommendations {
                recommendations,
                sources,
                ..
            } => {
                for (i, r) in recommendations.iter().enumerate() {
                    let tail = [Seg::Key("recommendations"), Seg::Index(i)];
                    let adopted_at = self
                        .resolve(Kind::Recommendation, r.id_key(), &tail, |i| {
                            &i.recommendations
                        })
                        .map(|rec| &rec.adopted_at);
                    if let Some(at) = adopted_at
                        && *at != c.id
                    {
                        self.report(
                            Rule::RecommendationAdoptionMismatch,
                            &tail,
                            format!(
                                "{:?} adopts recommendation {:?}, which names {:?} as where it was adopted",
                                c.id.as_str(),
                                r.as_str(),
                                at.as_str()
                            ),
                        );
                    }
                }
                self.sources(sources);
            }
            Decision::DesignateHost(h) => self.host(c, h, span),
            Decision::EstablishBody {
                organization,
                sources,
                ..
            } => {
                self.reference(
                    Kind::Organization,
                    organization.id_key(),
                    &[Seg::Key("organization")],
                );
                self.sources(sources);
            }
            Decision::Elect {
                person,
                position,
                from,
                to,
                sources,
                ..
            }
            | Decision::Appoint {
                person,
                position,
                from,
                to,
                sources,
                ..
            } => {
                self.reference(Kind::Person, person.id_key(), &[Seg::Key("person")]);
                if let (Some(from), Some(to)) = (from, to)
                    && from.earliest() > to.latest()
                {
                    self.report(
                        Rule::PositionDatesOrder,
                        &[Seg::Key("to")],
                        format!(
                            "the term of {:?} as {:?} ends ({to}) before it starts ({from})",
                            person.as_str(),
                            position.title.as_str()
                        ),
                    );
                }
                if let Some(org) = &position.organization {
                    self.reference(
                        Kind::Organization,
                        org.id_key(),
                        &[Seg::Key("position"), Seg::Key("organization")],
                    );
                }
                self.sources(sources);
            }
            Decision::AdmitMember {
                country,
                organization,
                sources,
                ..
            } => {
                match (country, organization) {
                    (Some(code), None) => {
                        self.country_at(*code, span, &[Seg::Key("country")], "the admission");
                    }
                    (None, Some(o)) => {
                        self.reference(Kind::Organization, o.id_key(), &[Seg::Key("organization")]);
                    }
                    (Some(_), Some(_)) => self.report(
                        Rule::DecisionAdmitMemberParty,
                        &[Seg::Key("organization")],
                        "the admission names both a country and an organization".to_owned(),
                    ),
                    (None, None) => self.report(
                        Rule::DecisionAdmitMemberParty,
                        &[],
                        "the admission names neither a country nor an organization".to_owned(),
                    ),
                }
                self.sources(sources);
            }
            Decision::Other { sources, .. } => self.sources(sources),
        }
    }

    fn host(&mut self, c: &'a Conference, h: &'a HostDesignation, span: Span) {
        if let Some(series) = &c.series
            && *series != h.series
        {
            self.report(
                Rule::HostSeries,
                &[Seg::Key("series")],
                format!(
                    "the designation is for series {:?}, but {:?} belongs to {:?}",
                    h.series.as_str(),
                    c.id.as_str(),
                    series.as_str()
                ),
            );
        } else if let (Some(_), Some(ordinal)) = (&c.series, c.ordinal) {
            if h.ordinal <= ordinal {
                self.report(
                    Rule::HostOrdinalOrder,
                    &[Seg::Key("ordinal")],
                    format!(
                        "the {} session designates a host for the {}, which is not after it",
                        ordinal, h.ordinal
                    ),
                );
            } else if h.ordinal != ordinal.next() {
                self.report(
                    Rule::HostOrdinalSkipped,
                    &[Seg::Key("ordinal")],
                    format!(
                        "the {} session designates a host for the {}, skipping the {}",
                        ordinal,
                        h.ordinal,
                        ordinal.next()
                    ),
                );
            }
        }
        if h.date.latest() < span.start {
            self.report(
                Rule::HostDateOrder,
                &[Seg::Key("date")],
                format!(
                    "the designated session is dated {}, before the designating session ({})",
                    h.date, c.dates
                ),
            );
        }
        self.country_at(
            h.country,
            Span::of_partial(h.date),
            &[Seg::Key("country")],
            "the designation",
        );
        if c.series.is_some()
            && let Some((region, members)) = self.region_members(c.region.as_ref())
            && !members.contains(h.country)
        {
            self.report(
                Rule::HostOutsideRegion,
                &[Seg::Key("country")],
                format!(
                    "{} ({}) is not a listed member of region {:?}",
                    h.country,
                    h.country.name(),
                    region.id.as_str()
                ),
            );
        }
        if let Some(org) = &h.host_organization {
            self.reference(
                Kind::Organization,
                org.id_key(),
                &[Seg::Key("host_organization")],
            );
        }
        self.host_target(h);
        self.sources(&h.sources);
    }

    /// The designated session, where the dataset holds it, agrees with the designation.
    fn host_target(&mut self, h: &'a HostDesignation) {
        let Some(target) = &h.conference else {
            return;
        };
        let designated = self.resolve(
            Kind::Conference,
            target.id_key(),
            &[Seg::Key("conference")],
            |i| &i.conferences,
        );
        if let Some(t) = designated {
            let mut differences = Vec::new();
            if t.series.as_ref() != Some(&h.series) {
                differences.push("series");
            }
            if t.ordinal != Some(h.ordinal) {
                differences.push("ordinal");
            }
            if t.venue.as_ref().is_some_and(|v| v.country != h.country) {
                differences.push("country");
            }
            if !differences.is_empty() {
                self.report(
                    Rule::HostConferenceMismatch,
                    &[Seg::Key("conference")],
                    format!(
                        "{:?} differs from the designation in its {}",
                        target.as_str(),
                        differences.join(", ")
                    ),
                );
            }
        }
    }

    fn strategy(&mut self, s: &'a Strategy) {
        self.marked |= s.marking.is_some();
        self.reference(
            Kind::Organization,
            s.organizer.id_key(),
            &[Seg::Key("organizer")],
        );
        if let Some(r) = &s.region {
            self.reference(Kind::Region, r.id_key(), &[Seg::Key("region")]);
        }
        let years = s.period.years();
        if years > 10 {
            self.report(
                Rule::StrategyPeriodLong,
                &[Seg::Key("period")],
                format!("the period {} spans {years} years", s.period),
            );
        }
        if let Some(stated) = s.stated_years
            && u16::from(stated.get()) != years
        {
            self.report(
                Rule::StrategyStatedYears,
                &[Seg::Key("stated_years")],
                format!(
                    "a {stated}-year strategy has the {years}-year period {}",
                    s.period
                ),
            );
        }
        if let Some(endorser) = &s.endorsed_by {
            let conference = self.resolve(
                Kind::Conference,
                endorser.id_key(),
                &[Seg::Key("endorsed_by")],
                |i| &i.conferences,
            );
            if let Some(c) = conference {
                let start = c.dates.earliest();
                if start.year() > s.period.end() {
                    self.report(
                        Rule::StrategyEndorsedAfterEnd,
                        &[Seg::Key("endorsed_by")],
                        format!(
                            "{:?} ({}) took place after the period {} ended",
                            endorser.as_str(),
                            c.dates,
                            s.period
                        ),
                    );
                } else if period_start(s).is_some_and(|begins| start > begins) {
                    self.report(
                        Rule::StrategyEndorsedLate,
                        &[Seg::Key("endorsed_by")],
                        format!(
                            "{:?} ({}) took place after the period {} began",
                            endorser.as_str(),
                            c.dates,
                            s.period
                        ),
                    );
                }
            }
        }
        let mut titles = HashSet::with_capacity(s.priorities.len());
        for (i, p) in s.priorities.iter().enumerate() {
            if !titles.insert(p.title.as_str()) {
                self.report(
                    Rule::StrategyPriorityDuplicate,
                    &[Seg::Key("priorities"), Seg::Index(i), Seg::Key("title")],
                    format!("the priority {:?} is listed twice", p.title.as_str()),
                );
            }
        }
        self.sources(&s.sources);
    }

    fn recommendation(&mut self, r: &'a Recommendation) {
        self.marked |= r.marking.is_some();
        let adopted_at = self.resolve(
            Kind::Conference,
            r.adopted_at.id_key(),
            &[Seg::Key("adopted_at")],
            |i| &i.conferences,
        );
        let conference_region = adopted_at.and_then(|c| c.region.as_ref());
        self.enter(Seg::Key("addressees"));
        for (i, a) in r.addressees.iter().enumerate() {
            match a {
                Addressee::RegionMembers { region } => {
                    self.reference(
                        Kind::Region,
                        region.id_key(),
                        &[Seg::Index(i), Seg::Key("region")],
                    );
                    if let Some(expected) = conference_region
                        && expected != region
                    {
                        self.report(
                            Rule::RecommendationRegionMismatch,
                            &[Seg::Index(i), Seg::Key("region")],
                            format!(
                                "addressed to the members of {:?}, but {:?} is a session of {:?}",
                                region.as_str(),
                                r.adopted_at.as_str(),
                                expected.as_str()
                            ),
                        );
                    }
                }
                Addressee::Organization { organization } => {
                    self.reference(
                        Kind::Organization,
                        organization.id_key(),
                        &[Seg::Index(i), Seg::Key("organization")],
                    );
                }
                Addressee::Countries { countries } => {
                    if let Some(c) = adopted_at {
                        let when = Span::of_dates(c.dates);
                        for (j, code) in countries.iter().enumerate() {
                            self.country_at(
                                *code,
                                when,
                                &[Seg::Index(i), Seg::Key("countries"), Seg::Index(j)],
                                "the addressee",
                            );
                        }
                    }
                }
            }
        }
        self.leave();
        self.references(Kind::Organization, &r.programmes, "programmes");
        self.references(Kind::Organization, &r.partners, "partners");
        self.translations(
            r.language.as_ref().or(self.default_language),
            &r.translations,
        );
        self.sources(&r.sources);
    }

    fn media_release(&mut self, m: &'a MediaRelease) {
        self.marked |= m.marking.is_some();
        if let Some(p) = &m.publisher {
            self.reference(Kind::Organization, p.id_key(), &[Seg::Key("publisher")]);
        }
        if let Some(d) = &m.dateline {
            self.country_at(
                d.country,
                Span::of_partial(m.published.into()),
                &[Seg::Key("dateline"), Seg::Key("country")],
                "the dateline",
            );
        }
        for (i, about) in m.about.iter().enumerate() {
            let tail = [Seg::Key("about"), Seg::Index(i)];
            let conference =
                self.resolve(Kind::Conference, about.id_key(), &tail, |i| &i.conferences);
            if let Some(c) = conference
                && m.published < c.dates.earliest()
            {
                self.report(
                    Rule::ReleaseBeforeConference,
                    &[Seg::Key("published")],
                    format!(
                        "published {}, before {:?} began ({})",
                        m.published,
                        about.as_str(),
                        c.dates
                    ),
                );
            }
        }
        for (i, q) in m.quotes.iter().enumerate() {
            let tail = [Seg::Key("quotes"), Seg::Index(i)];
            let at = self
                .resolve(Kind::Statement, q.id_key(), &tail, |i| &i.statements)
                .map(|s| s.said_at);
            if let Some(conference) = at
                && !m.about.contains(conference)
            {
                self.report(
                    Rule::ReleaseQuoteNotAbout,
                    &tail,
                    format!(
                        "statement {:?} was made at {:?}, which the release does not say it is about",
                        q.as_str(),
                        conference.as_str()
                    ),
                );
            }
        }
        if let Some(s) = &m.source {
            self.reference(Kind::Source, s.id_key(), &[Seg::Key("source")]);
        }
    }

    fn source(&mut self, s: &'a Source) {
        if let Some(p) = &s.publisher {
            self.reference(Kind::Organization, p.id_key(), &[Seg::Key("publisher")]);
        }
        if let (Some(published), Some(retrieved)) = (s.published, s.retrieved)
            && retrieved < published.earliest()
        {
            self.report(
                Rule::SourceRetrievedBeforePublished,
                &[Seg::Key("retrieved")],
                format!("retrieved {retrieved}, before it was published ({published})"),
            );
        }
    }
}

/// 1 January of the first year of a strategy's period.
fn period_start(s: &Strategy) -> Option<Date> {
    PartialDate::year_only(s.period.start())
        .ok()
        .map(PartialDate::earliest)
}

fn measure_name(m: crate::conference::Measure) -> &'static str {
    use crate::conference::Measure;
    match m {
        Measure::Delegates => "delegates",
        Measure::Participants => "participants",
        Measure::Officials => "officials",
        Measure::Countries => "countries",
        Measure::Organizations => "organizations",
        Measure::Observers => "observers",
    }
}
