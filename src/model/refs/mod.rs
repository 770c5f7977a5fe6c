//! The map of every reference: for each entity, the fields that name another entity, the kind
//! of entity they name, and what withholding that entity does to the one that names it.
//!
//! Each entity states its references once, in [`map`], by destructuring itself with no `..`:
//! a field added to an entity and not classified there is a compile error. Every pass that
//! follows references goes through the map — the validator's reference check, the marking
//! rules' comparison of a holder with what it needs, the view's pruning, and the testkit's
//! mutations — so that a reference added here is checked, compared, pruned and mutated
//! everywhere at once.
//!
//! A pass is a [`Visit`] (reading) or a [`VisitMut`] (pruning). One body per entity serves
//! both: the `map!` macro instantiates it twice, once with the reading helpers of [`read`] and
//! once with the pruning helpers of [`prune`].
//!
//! A new field that names an entity but is left unclassified does not compile. Adding
//! `pub chair: Option<PersonId>` to `Conference` without an entry here gives, at the map's entry
//! and nowhere else:
//!
//! ```text
//! error[E0027]: pattern does not mention field `chair`
//!    --> src/model/refs/map.rs
//!     |
//!     |       let Conference {
//!     |  _________^
//!     | |         id: _,
//!     | |         marking: _,
//!     | |         organizer,
//! ...   |
//!     | |         extensions: _,
//!     | |     } = this;
//!     | |_____^ missing field `chair`
//! ```

pub(crate) mod map;
#[cfg(test)]
mod tests;

use crate::id::IdBytes;
use crate::marking::Marking;
use crate::read::pointer::Seg;

/// The kinds of entity a reference can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Target {
    Organization,
    Region,
    Series,
    Capability,
    Person,
    Office,
    Conference,
    Strategy,
    Recommendation,
    Statement,
    Source,
    /// A decision with an `id`, held by its session (since 1.2).
    Decision,
}

impl Target {
    /// The kind as messages name it.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Target::Organization => "organization",
            Target::Region => "region",
            Target::Series => "series",
            Target::Capability => "capability",
            Target::Person => "person",
            Target::Office => "office",
            Target::Conference => "conference",
            Target::Strategy => "strategy",
            Target::Recommendation => "recommendation",
            Target::Statement => "statement",
            Target::Source => "source",
            Target::Decision => "decision",
        }
    }
}

/// What a reference is to what holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bond {
    /// The holder cannot be shown without the target: a view withholds the holder with it (for
    /// a list of such references, when none of them is left), and the marking rules warn when
    /// the target is marked more restrictively than the holder.
    Needs,
    /// The holder reports the target as a fact of its own (a release's session, a
    /// delegation's head): a view drops the reference, and the marking rules warn.
    Names,
    /// A citation or a link the holder can do without: a view drops the reference, and the
    /// marking rules do not compare.
    Cites,
    /// The holder is no more than a pointer to the target (an addressee): a view withholds
    /// the holder with it, and the marking rules do not compare (a recommendation may be
    /// shared more widely than a body it is addressed to).
    Points,
}

impl Bond {
    /// Whether a view withholds the holder when the target is withheld.
    pub(crate) fn withholds_holder(self) -> bool {
        matches!(self, Bond::Needs | Bond::Points)
    }

    /// Whether the marking rules compare the holder's marking with the target's.
    pub(crate) fn compares_markings(self) -> bool {
        matches!(self, Bond::Needs | Bond::Names)
    }
}

/// One reference field of the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Spec {
    /// The field's key in JSON, the last segment of the reference's pointer (before its index
    /// in a list).
    pub(crate) field: &'static str,
    /// The kind of entity it names.
    pub(crate) target: Target,
    pub(crate) bond: Bond,
    /// What the target is to the holder, in messages: "organiser", "speaker".
    pub(crate) role: &'static str,
    /// The holder as messages name it, where that is not the holder's own name ("delegation's
    /// head", "regional conference").
    pub(crate) holder: Option<&'static str>,
}

impl Spec {
    pub(crate) const fn needs(field: &'static str, target: Target, role: &'static str) -> Self {
        Self {
            field,
            target,
            bond: Bond::Needs,
            role,
            holder: None,
        }
    }

    pub(crate) const fn names(field: &'static str, target: Target, role: &'static str) -> Self {
        Self {
            field,
            target,
            bond: Bond::Names,
            role,
            holder: None,
        }
    }

    pub(crate) const fn points(field: &'static str, target: Target, role: &'static str) -> Self {
        Self {
            field,
            target,
            bond: Bond::Points,
            role,
            holder: None,
        }
    }

    pub(crate) const fn cites(field: &'static str, target: Target) -> Self {
        Self {
            field,
            target,
            bond: Bond::Cites,
            role: target.const_name(),
            holder: None,
        }
    }

    /// The same reference, with the holder named as `holder` in messages.
    pub(crate) const fn held_as(self, holder: &'static str) -> Self {
        Self {
            holder: Some(holder),
            ..self
        }
    }

    /// The same reference with another bond.
    pub(crate) const fn with_bond(self, bond: Bond) -> Self {
        Self { bond, ..self }
    }
}

impl Target {
    const fn const_name(self) -> &'static str {
        match self {
            Target::Organization => "organisation",
            Target::Region => "region",
            Target::Series => "series",
            Target::Capability => "capability",
            Target::Person => "person",
            Target::Office => "office",
            Target::Conference => "session",
            Target::Strategy => "strategy",
            Target::Recommendation => "recommendation",
            Target::Statement => "statement",
            Target::Source => "source",
            Target::Decision => "decision",
        }
    }
}

/// What a view counts an item as when it withholds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Organizations,
    Regions,
    Series,
    Capabilities,
    People,
    Offices,
    Conferences,
    Strategies,
    Recommendations,
    MediaReleases,
    Sources,
    Delegations,
    Delegates,
    Statements,
    Decisions,
    Attendance,
    Claims,
    Roles,
    Tenures,
    /// Items that are no more than a reference (an addressee, a related event): counted as
    /// references.
    References,
}

/// A part of a document that holds references: an entity, an item of a list inside one (a
/// delegation, a statement), or a part of one (a venue).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Holder {
    /// Its key in JSON; `None` for a grouping with no key of its own (a delegation's head and
    /// members, which share one marking).
    pub(crate) field: Option<&'static str>,
    /// The holder as messages name it.
    pub(crate) name: &'static str,
    /// `Some` for an item that a view withholds as a whole when what it needs is withheld (and
    /// counts as this unit); `None` for a part, whose needs are those of what holds it.
    pub(crate) unit: Option<Unit>,
}

impl Holder {
    pub(crate) const fn item(field: &'static str, name: &'static str, unit: Unit) -> Self {
        Self {
            field: Some(field),
            name,
            unit: Some(unit),
        }
    }

    pub(crate) const fn part(field: &'static str, name: &'static str) -> Self {
        Self {
            field: Some(field),
            name,
            unit: None,
        }
    }

    pub(crate) const fn group(name: &'static str) -> Self {
        Self {
            field: None,
            name,
            unit: None,
        }
    }
}

/// Where a visit of the map is inside the value it walks: each holder entered pushes its key (if
/// it has one) and its index in a list, and leaving pops them. Kept as segments; a pointer is
/// written only for what is reported.
#[derive(Debug, Default)]
pub(crate) struct MapPath {
    segs: Vec<Seg<'static>>,
    /// The length of `segs` before each holder still entered.
    marks: Vec<usize>,
}

impl MapPath {
    pub(crate) fn enter(&mut self, holder: Holder, index: Option<usize>) {
        self.marks.push(self.segs.len());
        self.segs.extend(holder.field.map(Seg::Key));
        self.segs.extend(index.map(Seg::Index));
    }

    pub(crate) fn leave(&mut self) {
        if let Some(mark) = self.marks.pop() {
            self.segs.truncate(mark);
        }
    }

    /// Empties the path, keeping its memory.
    pub(crate) fn clear(&mut self) {
        self.segs.clear();
        self.marks.clear();
    }

    /// The segments from the walked value to a reference of `spec` (at `index` in its list).
    pub(crate) fn to(&self, spec: Spec, index: Option<usize>) -> Vec<Seg<'static>> {
        let mut tail = self.segs.clone();
        tail.push(Seg::Key(spec.field));
        tail.extend(index.map(Seg::Index));
        tail
    }
}

/// An id that a reference holds.
pub(crate) trait Id: IdBytes + AsRef<str> {}
impl<T: IdBytes + AsRef<str>> Id for T {}

/// A value that holds references: an entity, or a part or item of one.
pub(crate) trait Refs {
    /// Visits every reference, in document order, with [`Visit::enter`] and [`Visit::leave`]
    /// around each holder inside.
    fn refs<'a, V: Visit<'a>>(&'a self, v: &mut V);
    /// Visits every reference for pruning: see [`VisitMut`].
    fn refs_mut<V: VisitMut>(&mut self, v: &mut V);
    /// The holder's own marking, for holders that may carry one.
    fn marking(&self) -> Option<Marking> {
        None
    }
}

/// A boxed holder holds what its content holds.
impl<T: Refs> Refs for Box<T> {
    fn refs<'a, V: Visit<'a>>(&'a self, v: &mut V) {
        (**self).refs(v);
    }

    fn refs_mut<V: VisitMut>(&mut self, v: &mut V) {
        (**self).refs_mut(v);
    }

    fn marking(&self) -> Option<Marking> {
        (**self).marking()
    }
}

/// A pass that reads references.
pub(crate) trait Visit<'a> {
    /// A reference of `spec`, at `index` in its list for a list field.
    fn reference<I: Id>(&mut self, spec: Spec, index: Option<usize>, id: &'a I);
    /// Entering `holder`, at `index` in its list, with its own marking.
    fn enter(&mut self, holder: Holder, index: Option<usize>, marking: Option<Marking>) {
        let _ = (holder, index, marking);
    }
    /// Leaving the holder entered last.
    fn leave(&mut self) {}
    /// Whether to visit the delegations of a session: the hot path of validation checks them,
    /// and the people they name, in a batch of its own (`rules/check/delegation.rs`, proved to
    /// agree with the map by a test).
    fn delegations(&self) -> bool {
        true
    }
}

/// A pass that prunes references: it decides which references and which items to keep.
/// References the holder needs are not offered to [`VisitMut::keep`]: the holder is kept or
/// withheld with them, by [`VisitMut::keep_item`].
pub(crate) trait VisitMut {
    /// Whether to keep a reference of `spec` that the holder can do without.
    fn keep<I: Id>(&mut self, spec: Spec, id: &I) -> bool;
    /// Whether to keep `item` of a list of `holder`s.
    fn keep_item<T: Refs>(&mut self, holder: Holder, item: &T) -> bool;
    /// Entering `holder` with its own marking.
    fn enter(&mut self, holder: Holder, marking: Option<Marking>) {
        let _ = (holder, marking);
    }
    /// Leaving the holder entered last.
    fn leave(&mut self) {}
}

/// The reading helpers the map's bodies call.
mod read {
    use super::{Holder, Id, Refs, Spec, Visit};

    /// A reference the holder cannot be without.
    pub(super) fn one<'a, V: Visit<'a>, I: Id>(v: &mut V, spec: Spec, id: &'a I) {
        debug_assert!(
            spec.bond.withholds_holder(),
            "a view cannot drop a required reference"
        );
        v.reference(spec, None, id);
    }

    // `&Option` because the one body of each entry serves `&mut Option` to pruning as well.
    #[allow(clippy::ref_option)]
    pub(super) fn opt<'a, V: Visit<'a>, I: Id>(v: &mut V, spec: Spec, id: &'a Option<I>) {
        if let Some(id) = id {
            v.reference(spec, None, id);
        }
    }

    pub(super) fn list<'a, V: Visit<'a>, I: Id>(v: &mut V, spec: Spec, ids: &'a [I]) {
        for (i, id) in ids.iter().enumerate() {
            v.reference(spec, Some(i), id);
        }
    }

    /// A part or an item without a key of its own: its fields sit beside the holder's.
    pub(super) fn inline<'a, V: Visit<'a>, T: Refs>(v: &mut V, value: &'a T) {
        value.refs(v);
    }

    #[allow(clippy::ref_option)]
    pub(super) fn part<'a, V: Visit<'a>, T: Refs>(v: &mut V, holder: Holder, value: &'a Option<T>) {
        if let Some(value) = value {
            v.enter(holder, None, value.marking());
            value.refs(v);
            v.leave();
        }
    }

    pub(super) fn required_part<'a, V: Visit<'a>, T: Refs>(
        v: &mut V,
        holder: Holder,
        value: &'a T,
    ) {
        v.enter(holder, None, value.marking());
        value.refs(v);
        v.leave();
    }

    /// A list of parts or items.
    pub(super) fn items<'a, V: Visit<'a>, T: Refs>(v: &mut V, holder: Holder, list: &'a [T]) {
        for (i, item) in list.iter().enumerate() {
            v.enter(holder, Some(i), item.marking());
            item.refs(v);
            v.leave();
        }
    }

    /// A grouping without a key: its marking applies to what it holds.
    pub(super) fn group<'a, V: Visit<'a>>(
        v: &mut V,
        holder: Holder,
        marking: Option<super::Marking>,
    ) {
        v.enter(holder, None, marking);
    }

    pub(super) fn end_group<'a, V: Visit<'a>>(v: &mut V) {
        v.leave();
    }

    pub(super) fn visits_delegations<'a, V: Visit<'a>>(v: &V) -> bool {
        v.delegations()
    }
}

/// The pruning helpers the map's bodies call.
mod prune {
    use super::{Holder, Id, Refs, Spec, VisitMut};

    /// A reference the holder cannot be without: kept or withheld with the holder.
    pub(super) fn one<V: VisitMut, I: Id>(_: &mut V, _: Spec, _: &mut I) {}

    pub(super) fn opt<V: VisitMut, I: Id>(v: &mut V, spec: Spec, id: &mut Option<I>) {
        if !spec.bond.withholds_holder() && id.as_ref().is_some_and(|id| !v.keep(spec, id)) {
            *id = None;
        }
    }

    /// A list of references; for a list the holder needs, the holder stays while one is left,
    /// and the others are dropped all the same.
    pub(super) fn list<V: VisitMut, I: Id>(v: &mut V, spec: Spec, ids: &mut Vec<I>) {
        ids.retain(|id| v.keep(spec, id));
    }

    pub(super) fn inline<V: VisitMut, T: Refs>(v: &mut V, value: &mut T) {
        value.refs_mut(v);
    }

    pub(super) fn part<V: VisitMut, T: Refs>(v: &mut V, holder: Holder, value: &mut Option<T>) {
        if let Some(value) = value {
            required_part(v, holder, value);
        }
    }

    pub(super) fn required_part<V: VisitMut, T: Refs>(v: &mut V, holder: Holder, value: &mut T) {
        v.enter(holder, value.marking());
        value.refs_mut(v);
        v.leave();
    }

    /// A list of parts or items: the items a view withholds go first.
    pub(super) fn items<V: VisitMut, T: Refs>(v: &mut V, holder: Holder, list: &mut Vec<T>) {
        if holder.unit.is_some() {
            list.retain(|item| v.keep_item(holder, item));
        }
        for item in list {
            required_part(v, holder, item);
        }
    }

    pub(super) fn group<V: VisitMut>(v: &mut V, holder: Holder, marking: Option<super::Marking>) {
        v.enter(holder, marking);
    }

    pub(super) fn end_group<V: VisitMut>(v: &mut V) {
        v.leave();
    }

    pub(super) fn visits_delegations<V: VisitMut>(_: &V) -> bool {
        true
    }
}

/// Whether every reference that `item` needs at its own level (not inside its items) passes
/// `kept`; a list of needed references passes when it is empty or one of them passes.
pub(crate) fn needs_met<T: Refs>(item: &T, kept: impl FnMut(Target, &str) -> bool) -> bool {
    let mut v = Needs {
        kept,
        items: Vec::new(),
        met: true,
        list: None,
    };
    item.refs(&mut v);
    v.close_list();
    v.met
}

struct Needs<F> {
    kept: F,
    /// For each holder entered, whether it is an item (whose needs are its own).
    items: Vec<bool>,
    met: bool,
    /// The list of needed references being read: its field, and whether one passed.
    list: Option<(&'static str, bool)>,
}

impl<F> Needs<F> {
    fn close_list(&mut self) {
        if let Some((_, any)) = self.list.take() {
            self.met &= any;
        }
    }
}

impl<'a, F: FnMut(Target, &str) -> bool> Visit<'a> for Needs<F> {
    fn reference<I: Id>(&mut self, spec: Spec, index: Option<usize>, id: &'a I) {
        if !spec.bond.withholds_holder() || self.items.iter().any(|item| *item) {
            return;
        }
        let passes = (self.kept)(spec.target, id.as_ref());
        match (index, &mut self.list) {
            (Some(_), Some((field, any))) if *field == spec.field => *any |= passes,
            (Some(_), _) => {
                self.close_list();
                self.list = Some((spec.field, passes));
            }
            (None, _) => {
                self.close_list();
                self.met &= passes;
            }
        }
    }

    fn enter(&mut self, holder: Holder, _: Option<usize>, _: Option<Marking>) {
        self.items.push(holder.unit.is_some());
    }

    fn leave(&mut self) {
        self.items.pop();
    }
}

/// A reference found by [`all`]: where, what kind of field, and the id it holds.
#[cfg(any(test, feature = "proptest"))]
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) pointer: String,
    pub(crate) spec: Spec,
    pub(crate) id: String,
}

/// Every reference of `holder`, in document order, with its JSON Pointer (relative to the
/// holder).
#[cfg(any(test, feature = "proptest"))]
pub(crate) fn all<T: Refs>(holder: &T) -> Vec<Found> {
    use crate::read::pointer::pointer_string;

    struct Collect {
        path: MapPath,
        found: Vec<Found>,
    }
    impl<'a> Visit<'a> for Collect {
        fn reference<I: Id>(&mut self, spec: Spec, index: Option<usize>, id: &'a I) {
            self.found.push(Found {
                pointer: pointer_string(&self.path.to(spec, index), &[]),
                spec,
                id: id.as_ref().to_owned(),
            });
        }
        fn enter(&mut self, holder: Holder, index: Option<usize>, _: Option<Marking>) {
            self.path.enter(holder, index);
        }
        fn leave(&mut self) {
            self.path.leave();
        }
    }
    let mut v = Collect {
        path: MapPath::default(),
        found: Vec::new(),
    };
    holder.refs(&mut v);
    v.found
}
