//! The entries of the things proceedings refer to (vocabulary 1.2, part 3): series,
//! capabilities and an organisation's membership totals; and the specs of the references to
//! them, and of the bodies and regions that name each other, that the entries of `map.rs` use.

use super::{ORGANIZER, SOURCES};
use crate::capability::Capability;
use crate::marking::Marking;
use crate::model::refs::{Holder, Refs, Spec, Target, Visit, VisitMut};
use crate::organization::Membership;
use crate::series::Series;

/// A joint body's parents: plain facts, like `parent`.
pub(super) const PARENTS: Spec = Spec::cites("parents", Target::Organization);
/// The session that created a body: a fact about it, dropped with a withheld session.
pub(super) const CREATED_AT: Spec = Spec::cites("created_at", Target::Conference);
pub(super) const MEMBERSHIP: Holder = Holder::part("membership", "membership total");
/// A region's subregions: plain facts, dropped with a withheld region.
pub(super) const SUBREGIONS: Spec = Spec::cites("subregions", Target::Region);
/// The capabilities a recommendation or an agenda item refers to.
pub(super) const CAPABILITY_REFS: Spec = Spec::cites("capabilities", Target::Capability);
const SERIES_REGION: Spec = Spec::cites("region", Target::Region);
const OPERATOR: Spec = Spec::cites("operator", Target::Organization);

map!(Series, marked by marking; |this, v| {
    let Series {
        id: _,
        marking: _,
        title: _,
        organizer,
        region,
        cadence: _,
        hosts_chosen_ahead: _,
        other_names: _,
        sources,
        extensions: _,
    } = this;
    one(v, ORGANIZER, organizer);
    opt(v, SERIES_REGION, region);
    list(v, SOURCES, sources);
});

map!(Capability, marked by marking; |this, v| {
    let Capability {
        id: _,
        marking: _,
        name: _,
        acronym: _,
        kind: _,
        operator,
        description: _,
        other_names: _,
        sources,
        extensions: _,
    } = this;
    opt(v, OPERATOR, operator);
    list(v, SOURCES, sources);
});

map!(Membership; |this, v| {
    let Membership {
        count: _,
        measure: _,
        as_of: _,
        sources,
        wording: _,
    } = this;
    list(v, SOURCES, sources);
});
