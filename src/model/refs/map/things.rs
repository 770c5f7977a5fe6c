//! The entries of the things proceedings refer to (vocabulary 1.2, part 3): series,
//! capabilities and an organisation's membership totals, admission rules and composition; and
//! the specs of the references to
//! them, and of the bodies and regions that name each other, that the entries of `map.rs` use.

use super::{ORGANIZER, SOURCES};
use crate::capability::Capability;
use crate::document::{AgendaDocument, DocumentStep};
use crate::marking::Marking;
use crate::model::refs::{Holder, Refs, Spec, Target, Visit, VisitMut};
use crate::organization::{Admission, Composition, Membership};
use crate::series::Series;

/// A joint body's parents: plain facts, like `parent`.
pub(super) const PARENTS: Spec = Spec::cites("parents", Target::Organization);
/// The session that created a body: a fact about it, dropped with a withheld session.
pub(super) const CREATED_AT: Spec = Spec::cites("created_at", Target::Conference);
pub(super) const MEMBERSHIP: Holder = Holder::part("membership", "membership total");
/// A body's seat: a place, whose host is a plain fact like a venue's.
pub(super) const SEAT: Holder = Holder::part("seat", "seat");
pub(super) const MEMBERSHIP_RULE: Holder = Holder::part("membership_rule", "membership rule");
pub(super) const OBSERVER_RULE: Holder = Holder::part("observer_rule", "observer rule");
pub(super) const COMPOSITION: Holder = Holder::part("composition", "composition entry");
/// The organisations whose members a rule admits, or whose members sit on a body: plain
/// facts, dropped with a withheld organisation.
/// The strategies an agenda item reviews, and those a session is held in line with: plain
/// facts, dropped with a withheld strategy.
pub(super) const REVIEWS: Spec = Spec::cites("reviews", Target::Strategy);
pub(super) const IN_LINE_WITH: Spec = Spec::cites("in_line_with", Target::Strategy);
/// The body that announced an agenda item: a fact about it, dropped with the body.
pub(super) const ANNOUNCED_BY: Spec = Spec::cites("announced_by", Target::Organization);
/// The series an `establish_series` decision establishes: without it the decision says
/// nothing, as an `establish_body` without its body.
pub(super) const ESTABLISHED_SERIES: Spec = Spec::needs("series", Target::Series, "series");
pub(super) const DOCUMENTS: Holder = Holder::part("documents", "document");
const STAGES: Holder = Holder::part("stages", "document's stage");
/// A document's author, and who took a stage: plain facts, dropped with a withheld body.
const AUTHOR: Spec = Spec::cites("author", Target::Organization);
const STAGE_BY: Spec = Spec::cites("by", Target::Organization);
/// The session a stage was taken at: a fact about the document, dropped with the session.
const STAGE_CONFERENCE: Spec = Spec::cites("conference", Target::Conference);
/// The session a document was drawn up for: a fact about it, dropped with the session.
const PREPARED_FOR: Spec = Spec::cites("prepared_for", Target::Conference);
const MEMBERS_OF: Spec = Spec::cites("members_of", Target::Organization);
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

map!(Admission; |this, v| {
    let Admission {
        text: _,
        members_of,
        associate_members: _,
        by_invitation: _,
        on_request: _,
        sources,
    } = this;
    list(v, MEMBERS_OF, members_of);
    list(v, SOURCES, sources);
});

map!(Composition; |this, v| {
    let Composition {
        office: _,
        members_of,
        sources,
        wording: _,
    } = this;
    opt(v, MEMBERS_OF, members_of);
    list(v, SOURCES, sources);
});

map!(AgendaDocument; |this, v| {
    let AgendaDocument {
        title: _,
        form: _,
        author,
        prepared_for,
        stages,
        sources,
    } = this;
    opt(v, AUTHOR, author);
    opt(v, PREPARED_FOR, prepared_for);
    items(v, STAGES, stages);
    list(v, SOURCES, sources);
});

map!(DocumentStep; |this, v| {
    let DocumentStep {
        stage: _,
        reading: _,
        finally: _,
        conference,
        date: _,
        during: _,
        by,
        sources,
        wording: _,
    } = this;
    opt(v, STAGE_CONFERENCE, conference);
    opt(v, STAGE_BY, by);
    list(v, SOURCES, sources);
});
