//! The entries of offices held over time (vocabulary 1.2): an office, its rotation rule, its
//! tenures with who appointed the holder, extensions, suspensions and ends; and the specs of
//! the references to offices that `map.rs` uses.

use super::SOURCES;
use crate::marking::Marking;
use crate::model::refs::{Holder, Refs, Spec, Target, Unit, Visit, VisitMut};
use crate::office::{Office, Rotation, Suspension, Tenure, TenureEnd, TermExtension};
use crate::role::RoleHolder;

pub(super) const OFFICES: Holder = Holder::item("offices", "office", Unit::Offices);
/// The office a person's position is a tenure of: a fact about the position, dropped with a
/// withheld office, and compared for markings (a public position naming a restricted office
/// would tell of it).
pub(super) const POSITION_OFFICE: Spec = Spec::names("office", Target::Office, "office");
/// An office's organisation, which `position.office.organization` compares with a position's.
pub(crate) const OFFICE_ORGANIZATION: Spec =
    Spec::names("organization", Target::Organization, "organisation");
const ROTATION: Holder = Holder::part("rotation", "rotation rule");
/// The office whose holder decides this one's: a plain fact, dropped with a withheld office.
const FOLLOWS: Spec = Spec::cites("follows", Target::Office);
const HOLDERS: Holder = Holder::item("holders", "tenure", Unit::Tenures);
/// A tenure's holder: a view withholds the tenure with the person or organisation it withholds.
const TENURE_PERSON: Spec = Spec::needs("person", Target::Person, "holder");
const TENURE_ORGANIZATION: Spec = Spec::needs("organization", Target::Organization, "holder");
const TENURE_ELECTED_AT: Spec = Spec::cites("elected_at", Target::Conference);
const APPOINTED_BY: Holder = Holder::part("appointed_by", "appointer");
const EXTENDED: Holder = Holder::part("extended", "extension of a term");
const SUSPENDED: Holder = Holder::part("suspended", "suspension");
const ENDED: Holder = Holder::part("ended", "end of a tenure");

map!(Office, marked by marking; |this, v| {
    let Office {
        id: _,
        marking: _,
        title: _,
        other_titles: _,
        organization,
        term: _,
        rotation,
        holders,
        sources,
        wording: _,
        extensions: _,
    } = this;
    opt(v, OFFICE_ORGANIZATION, organization);
    part(v, ROTATION, rotation);
    items(v, HOLDERS, holders);
    list(v, SOURCES, sources);
});

map!(Rotation; |this, v| {
    let Rotation {
        rule: _,
        follows,
        sources,
    } = this;
    opt(v, FOLLOWS, follows);
    list(v, SOURCES, sources);
});

map!(Tenure, marked by marking; |this, v| {
    let Tenure {
        holder,
        title: _,
        from: _,
        to: _,
        length: _,
        acting: _,
        elected_at,
        appointed_by,
        extended,
        suspended,
        ended,
        sources,
        wording: _,
        marking: _,
        extensions: _,
    } = this;
    match holder {
        RoleHolder::Person(person) => one(v, TENURE_PERSON, person),
        RoleHolder::Organization(organization) => one(v, TENURE_ORGANIZATION, organization),
        RoleHolder::Country(_) | RoleHolder::Unnamed => {}
    }
    opt(v, TENURE_ELECTED_AT, elected_at);
    part(v, APPOINTED_BY, appointed_by);
    part(v, EXTENDED, extended);
    part(v, SUSPENDED, suspended);
    part(v, ENDED, ended);
    list(v, SOURCES, sources);
});

map!(TermExtension; |this, v| {
    let TermExtension {
        to: _,
        reason: _,
        sources,
        wording: _,
    } = this;
    list(v, SOURCES, sources);
});

map!(Suspension; |this, v| {
    let Suspension {
        from: _,
        to: _,
        attested: _,
        sources,
        wording: _,
    } = this;
    list(v, SOURCES, sources);
});

map!(TenureEnd; |this, v| {
    let TenureEnd {
        cause: _,
        sources,
        wording: _,
    } = this;
    list(v, SOURCES, sources);
});
