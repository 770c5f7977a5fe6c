//! The map itself: one entry per type that holds references, each destructuring its type with
//! no `..`, so that a field added to the type must be classified here before the crate
//! compiles. Fields that name nothing are bound to `_`.

use super::{Bond, Holder, Refs, Spec, Target, Unit, Visit, VisitMut};
use crate::claim::Claim;
use crate::conference::{AgendaItem, AttendanceCount, Conference, Venue};
use crate::dataset::Dataset;
use crate::date::RelativeDay;
use crate::decision::{Candidates, Decision, HostDesignation, Particulars};
use crate::delegation::{Delegate, Delegation, Party, Provenance};
use crate::event::{Actor, Conclusion, ContextEvent, RelatedEvent, Theme, ThemeVariant};
use crate::marking::Marking;
use crate::organization::{Founding, Organization};
use crate::person::{DescribedName, NameForm, Person, Position};
use crate::recommendation::{Addressee, Recommendation, StatusEvent};
use crate::region::Region;
use crate::release::MediaRelease;
use crate::role::{RoleHolder, SessionRole};
use crate::source::Source;
use crate::statement::{Capacity, CapacityRef, Statement};
use crate::strategy::Strategy;

/// Implements [`Refs`] for `$ty` with one body serving both passes: `$this` is the value (by
/// shared or by exclusive reference), `$v` the visitor, and the body calls the helpers `one`,
/// `opt`, `list`, `inline`, `part`, `required_part`, `items`, `group`, `end_group` and
/// `visits_delegations`, which resolve to the reading or the pruning helpers.
macro_rules! map {
    ($ty:ty $(, marked by $marking:ident)?; |$this:ident, $v:ident| $body:block) => {
        impl Refs for $ty {
            #[allow(unused_imports, clippy::needless_borrow)]
            fn refs<'a, V: Visit<'a>>(&'a self, $v: &mut V) {
                use crate::model::refs::read::*;
                let $this = self;
                $body
            }

            #[allow(unused_imports, clippy::needless_borrow)]
            fn refs_mut<V: VisitMut>(&mut self, $v: &mut V) {
                use crate::model::refs::prune::*;
                let $this = self;
                $body
            }

            $(
                fn marking(&self) -> Option<Marking> {
                    self.$marking
                }
            )?
        }
    };
}

// The series, capabilities and membership totals of vocabulary 1.2, and the specs of the
// references to them that the entries here use.
mod things;

// The offices held over time of vocabulary 1.2: offices, their tenures, and the specs of the
// references to them.
mod offices;
#[cfg(feature = "proptest")]
pub(crate) use offices::OFFICE_ORGANIZATION;

// ===== the references shared by many entities =====

pub(crate) const SOURCES: Spec = Spec::cites("sources", Target::Source);
const ORGANIZER: Spec = Spec::needs("organizer", Target::Organization, "organiser");
/// A co-organiser is a fact the session reports of its own: a view drops it.
const CO_ORGANIZERS: Spec = Spec::names("co_organizers", Target::Organization, "co-organiser");

// ===== the root =====

pub(crate) const ORGANIZATIONS: Holder =
    Holder::item("organizations", "organization", Unit::Organizations);
pub(crate) const REGIONS: Holder = Holder::item("regions", "region", Unit::Regions);
pub(crate) const SERIES: Holder = Holder::item("series", "series", Unit::Series);
pub(crate) const CAPABILITIES: Holder =
    Holder::item("capabilities", "capability", Unit::Capabilities);
pub(crate) const PEOPLE: Holder = Holder::item("people", "person", Unit::People);
pub(crate) const CONFERENCES: Holder = Holder::item("conferences", "conference", Unit::Conferences);
pub(crate) const STRATEGIES: Holder = Holder::item("strategies", "strategy", Unit::Strategies);
pub(crate) const RECOMMENDATIONS: Holder =
    Holder::item("recommendations", "recommendation", Unit::Recommendations);
pub(crate) const MEDIA_RELEASES: Holder =
    Holder::item("media_releases", "release", Unit::MediaReleases);
pub(crate) const SOURCE_LIST: Holder = Holder::item("sources", "source", Unit::Sources);

map!(Dataset; |this, v| {
    let Dataset {
        schema_version: _,
        marking: _,
        language: _,
        organizations,
        regions,
        series,
        capabilities,
        people,
        offices,
        conferences,
        strategies,
        recommendations,
        media_releases,
        sources,
        extensions: _,
    } = this;
    items(v, ORGANIZATIONS, organizations);
    items(v, REGIONS, regions);
    items(v, SERIES, series);
    items(v, CAPABILITIES, capabilities);
    items(v, PEOPLE, people);
    items(v, offices::OFFICES, offices);
    items(v, CONFERENCES, conferences);
    items(v, STRATEGIES, strategies);
    items(v, RECOMMENDATIONS, recommendations);
    items(v, MEDIA_RELEASES, media_releases);
    items(v, SOURCE_LIST, sources);
});

// ===== organisations and people =====

const PARENT: Spec = Spec::cites("parent", Target::Organization);
const REPORTS_TO: Spec = Spec::cites("reports_to", Target::Organization);
const FOUNDING: Holder = Holder::part("founding", "founding");
const FOUNDING_PARTIES: Spec = Spec::cites("parties", Target::Organization);

map!(Organization, marked by marking; |this, v| {
    let Organization {
        id: _,
        marking: _,
        name: _,
        name_language: _,
        acronym: _,
        kind: _,
        country: _,
        territory: _,
        parent,
        parents,
        mandate: _,
        description: _,
        reports_to,
        created_at,
        membership,
        other_names: _,
        founding,
        opened: _,
        seat,
        membership_rule,
        observer_rule,
        composition,
        sources,
        extensions: _,
    } = this;
    opt(v, PARENT, parent);
    list(v, things::PARENTS, parents);
    list(v, REPORTS_TO, reports_to);
    opt(v, things::CREATED_AT, created_at);
    items(v, things::MEMBERSHIP, membership);
    part(v, FOUNDING, founding);
    part(v, things::SEAT, seat);
    part(v, things::MEMBERSHIP_RULE, membership_rule);
    part(v, things::OBSERVER_RULE, observer_rule);
    items(v, things::COMPOSITION, composition);
    list(v, SOURCES, sources);
});

map!(Founding; |this, v| {
    let Founding {
        instrument: _,
        date: _,
        parties,
        description: _,
        place: _,
    } = this;
    list(v, FOUNDING_PARTIES, parties);
});

const POSITIONS: Holder = Holder::part("positions", "position");
pub(crate) const POSITION_ORGANIZATION: Spec = Spec::cites("organization", Target::Organization);
const ELECTED_AT: Spec = Spec::cites("elected_at", Target::Conference);

map!(Person, marked by marking; |this, v| {
    let Person {
        id: _,
        marking: _,
        name: _,
        other_names,
        nationality: _,
        honorific: _,
        personal: _,
        positions,
        sources,
        extensions: _,
    } = this;
    items(v, NAMES, other_names);
    items(v, POSITIONS, positions);
    list(v, SOURCES, sources);
});

const NAMES: Holder = Holder::part("other_names", "name");

map!(NameForm; |this, v| {
    match this {
        NameForm::Plain(_) => {}
        NameForm::Described(described) => inline(v, described),
    }
});

map!(DescribedName; |this, v| {
    let DescribedName {
        name: _,
        form: _,
        language: _,
        given: _,
        family: _,
        sources,
    } = this;
    list(v, SOURCES, sources);
});

map!(Position; |this, v| {
    let Position {
        id: _,
        title: _,
        title_language: _,
        other_titles,
        organization,
        office,
        elected_at,
        from: _,
        to: _,
        acting: _,
        attested: _,
        sources,
        wording: _,
        claims,
        extensions: _,
    } = this;
    opt(v, POSITION_ORGANIZATION, organization);
    opt(v, offices::POSITION_OFFICE, office);
    opt(v, ELECTED_AT, elected_at);
    list(v, SOURCES, sources);
    items(v, OTHER_TITLES, other_titles);
    items(v, POSITION_CLAIMS, claims);
});

/// A position's other titles and its versions are parts of it: each cites its sources.
const OTHER_TITLES: Holder = Holder::part("other_titles", "other title");
const POSITION_CLAIMS: Holder = Holder::part("claims", "claim");

map!(crate::person::OtherTitle; |this, v| {
    let crate::person::OtherTitle {
        title: _,
        language: _,
        abbreviation: _,
        sources,
    } = this;
    list(v, SOURCES, sources);
});

map!(crate::claim::PositionClaim; |this, v| {
    let crate::claim::PositionClaim {
        value: _,
        rank: _,
        sources,
        wording: _,
    } = this;
    list(v, SOURCES, sources);
});

// ===== regions, strategies, recommendations, releases, sources =====

map!(Region, marked by marking; |this, v| {
    let Region {
        id: _,
        marking: _,
        name: _,
        organizer,
        members: _,
        other_names: _,
        description: _,
        subregions,
        sources,
        extensions: _,
    } = this;
    one(v, ORGANIZER, organizer);
    list(v, things::SUBREGIONS, subregions);
    list(v, SOURCES, sources);
});

const STRATEGY_REGION: Spec = Spec::cites("region", Target::Region);
pub(crate) const ENDORSED_BY: Spec = Spec::cites("endorsed_by", Target::Conference);

map!(Strategy, marked by marking; |this, v| {
    let Strategy {
        id: _,
        marking: _,
        title: _,
        organizer,
        region,
        period: _,
        stated_years: _,
        priorities: _,
        endorsed_by,
        summary: _,
        sources,
        extensions: _,
    } = this;
    one(v, ORGANIZER, organizer);
    opt(v, STRATEGY_REGION, region);
    opt(v, ENDORSED_BY, endorsed_by);
    list(v, SOURCES, sources);
});

pub(crate) const ADOPTED_AT: Spec = Spec::needs("adopted_at", Target::Conference, "session");
const ADDRESSEES: Holder = Holder::item("addressees", "addressee", Unit::References);
const PROGRAMMES: Spec = Spec::cites("programmes", Target::Organization);
const PARTNERS: Spec = Spec::cites("partners", Target::Organization);
const BENEFICIARIES: Holder = Holder::item("beneficiaries", "beneficiary", Unit::References);
const HISTORY: Holder = Holder::part("history", "status event");

map!(Recommendation, marked by marking; |this, v| {
    let Recommendation {
        id: _,
        marking: _,
        number: _,
        adopted_at,
        addressees,
        beneficiaries,
        action: _,
        language: _,
        translations: _,
        topics: _,
        programmes,
        partners,
        history,
        capabilities,
        sources,
        extensions: _,
    } = this;
    one(v, ADOPTED_AT, adopted_at);
    items(v, ADDRESSEES, addressees);
    items(v, BENEFICIARIES, beneficiaries);
    list(v, PROGRAMMES, programmes);
    list(v, PARTNERS, partners);
    items(v, HISTORY, history);
    list(v, things::CAPABILITY_REFS, capabilities);
    list(v, SOURCES, sources);
});

/// A step of a recommendation's life stands without its session or body.
const STATUS_CONFERENCE: Spec = Spec::cites("conference", Target::Conference);
const STATUS_BY: Spec = Spec::cites("by", Target::Organization);

map!(StatusEvent; |this, v| {
    let StatusEvent {
        status: _,
        conference,
        date: _,
        by,
        sources,
        wording: _,
        extensions: _,
    } = this;
    opt(v, STATUS_CONFERENCE, conference);
    opt(v, STATUS_BY, by);
    list(v, SOURCES, sources);
});

/// An addressee is no more than what it names: a view drops it with that entity.
pub(crate) const ADDRESSEE_REGION: Spec = Spec::points("region", Target::Region, "region");
const ADDRESSEE_ORGANIZATION: Spec =
    Spec::points("organization", Target::Organization, "organisation");

/// Bodies of a kind stand without their region ("the national central bureaus").
const BODIES_REGION: Spec = Spec::cites("region", Target::Region);

map!(Addressee; |this, v| {
    match this {
        Addressee::RegionMembers { region } => one(v, ADDRESSEE_REGION, region),
        Addressee::Organization { organization } => one(v, ADDRESSEE_ORGANIZATION, organization),
        Addressee::MemberCountries { organization } => {
            one(v, ADDRESSEE_ORGANIZATION, organization);
        }
        Addressee::Bodies {
            description: _,
            body_kind: _,
            region,
        } => opt(v, BODIES_REGION, region),
        Addressee::Countries { countries: _ } | Addressee::Group { name: _, countries: _ } => {}
    }
});

const PUBLISHER: Spec = Spec::cites("publisher", Target::Organization);
pub(crate) const ABOUT: Spec = Spec::names("about", Target::Conference, "session");
const QUOTES: Spec = Spec::cites("quotes", Target::Statement);
const RELEASE_SOURCE: Spec = Spec::cites("source", Target::Source);

map!(MediaRelease, marked by marking; |this, v| {
    let MediaRelease {
        id: _,
        marking: _,
        kind: _,
        publisher,
        published: _,
        headline: _,
        dateline: _,
        paragraphs: _,
        language: _,
        about,
        quotes,
        source,
        extensions: _,
    } = this;
    opt(v, PUBLISHER, publisher);
    list(v, ABOUT, about);
    list(v, QUOTES, quotes);
    opt(v, RELEASE_SOURCE, source);
});

map!(Source, marked by marking; |this, v| {
    let Source {
        id: _,
        marking: _,
        title: _,
        publisher,
        url: _,
        published: _,
        dateline: _,
        language: _,
        retrieved: _,
        extensions: _,
    } = this;
    opt(v, PUBLISHER, publisher);
});

// ===== conferences and what they hold =====

/// A session's region: needed by a regional conference, a plain fact of any other.
pub(crate) const CONFERENCE_REGION: Spec =
    Spec::needs("region", Target::Region, "region").held_as("regional conference");
const VENUE: Holder = Holder::part("venue", "venue");
const VENUE_HOST: Spec = Spec::cites("host", Target::Organization);
const ATTENDANCE: Holder = Holder::item("attendance", "attendance count", Unit::Attendance);
pub(crate) const DELEGATIONS: Holder = Holder::item("delegations", "delegation", Unit::Delegations);
const AGENDA: Holder = Holder::part("agenda", "agenda item");
const AGENDA_ORGANIZATIONS: Spec = Spec::cites("organizations", Target::Organization);
pub(crate) const STATEMENTS: Holder = Holder::item("statements", "statement", Unit::Statements);
const DECISIONS: Holder = Holder::item("decisions", "decision", Unit::Decisions);
const RELATED_EVENTS: Holder = Holder::item("related_events", "related event", Unit::References);
const CLAIMS: Holder = Holder::item("claims", "claim", Unit::Claims);
/// A day as a source said it is no more than a pointer to that source's publication: a view
/// drops it with the source.
const RELATIVE: Holder = Holder::item("relative", "relative day", Unit::References);
const RELATIVE_SOURCE: Spec = Spec::points("source", Target::Source, "source");

map!(RelativeDay; |this, v| {
    let RelativeDay {
        words: _,
        source,
        offset: _,
        weekday: _,
        gives: _,
        anchor: _,
    } = this;
    one(v, RELATIVE_SOURCE, source);
});
const THEME: Holder = Holder::part("theme", "theme");
const THEME_VARIANTS: Holder = Holder::part("variants", "theme's variant");
const CONTEXT: Holder = Holder::part("context", "context event");
const CONCLUSIONS: Holder = Holder::part("conclusions", "conclusion");
const ACTOR: Holder = Holder::part("actor", "actor");
/// Who acted in a context event: a plain fact, dropped with what a view withholds.
const ACTOR_PERSON: Spec = Spec::cites("person", Target::Person);
const ACTOR_ORGANIZATION: Spec = Spec::cites("organization", Target::Organization);

map!(Conference, marked by marking; |this, v| {
    let Conference {
        id: _,
        marking: _,
        organizer,
        co_organizers,
        kind,
        status: _,
        series: _,
        ordinal: _,
        region,
        title: _,
        venue,
        dates: _,
        relative,
        attendance,
        delegations,
        topics: _,
        agenda,
        statements,
        decisions,
        related_events,
        theme,
        purpose: _,
        in_line_with,
        mode: _,
        time: _,
        open_to: _,
        statutory: _,
        first_in: _,
        context,
        conclusions,
        roles,
        claims,
        sources,
        extensions: _,
    } = this;
    one(v, ORGANIZER, organizer);
    list(v, CO_ORGANIZERS, co_organizers);
    let regional = *kind == crate::conference::ConferenceKind::RegionalConference;
    let region_bond = if regional { Bond::Needs } else { Bond::Cites };
    opt(v, CONFERENCE_REGION.with_bond(region_bond), region);
    part(v, VENUE, venue);
    items(v, ATTENDANCE, attendance);
    if visits_delegations(v) {
        items(v, DELEGATIONS, delegations);
    }
    items(v, AGENDA, agenda);
    items(v, STATEMENTS, statements);
    items(v, DECISIONS, decisions);
    items(v, RELATED_EVENTS, related_events);
    part(v, THEME, theme);
    list(v, things::IN_LINE_WITH, in_line_with);
    items(v, CONTEXT, context);
    items(v, CONCLUSIONS, conclusions);
    items(v, ROLES, roles);
    items(v, CLAIMS, claims);
    items(v, RELATIVE, relative);
    list(v, SOURCES, sources);
});

/// A role needs who held it: a view drops it with them.
pub(crate) const ROLE_PERSON: Spec = Spec::needs("person", Target::Person, "person");
const ROLE_ORGANIZATION: Spec = Spec::needs("organization", Target::Organization, "organisation");
const ROLES: Holder = Holder::item("roles", "role", Unit::Roles);
const ROLE_CAPACITIES: Holder = Holder::part("capacities", "capacity");

map!(SessionRole, marked by marking; |this, v| {
    let SessionRole {
        role: _,
        holder,
        capacities,
        title: _,
        date: _,
        relative,
        mode: _,
        sources,
        wording: _,
        marking: _,
        extensions: _,
    } = this;
    match holder {
        RoleHolder::Person(person) => one(v, ROLE_PERSON, person),
        RoleHolder::Organization(organization) => one(v, ROLE_ORGANIZATION, organization),
        RoleHolder::Country(_) | RoleHolder::Unnamed => {}
    }
    items(v, ROLE_CAPACITIES, capacities);
    items(v, RELATIVE, relative);
    list(v, SOURCES, sources);
});

/// Whom a capacity acts for: a plain fact, dropped with a withheld organisation.
const ON_BEHALF_OF: Spec = Spec::cites("on_behalf_of", Target::Organization);

map!(CapacityRef; |this, v| {
    let CapacityRef {
        position: _,
        on_behalf_of,
        sources,
        wording: _,
    } = this;
    opt(v, ON_BEHALF_OF, on_behalf_of);
    list(v, SOURCES, sources);
});

/// The organisers a version of the organiser names: a view withholds the version when none
/// of them is left.
const CLAIM_ORGANIZERS: Spec = Spec::needs("value", Target::Organization, "organiser");

map!(Claim, marked by marking; |this, v| {
    let Claim {
        value,
        rank: _,
        sources,
        wording: _,
        marking: _,
        relative,
        extensions: _,
    } = this;
    if let crate::claim::Claimed::Organizer(organizers) = value {
        list(v, CLAIM_ORGANIZERS, organizers);
    }
    items(v, RELATIVE, relative);
    list(v, SOURCES, sources);
});

map!(Venue; |this, v| {
    let Venue {
        city: _,
        city_other_names: _,
        city_language: _,
        country: _,
        territory: _,
        name: _,
        host,
        sources,
        wording: _,
        extensions: _,
    } = this;
    opt(v, VENUE_HOST, host);
    list(v, SOURCES, sources);
});

map!(AttendanceCount, marked by marking; |this, v| {
    let AttendanceCount {
        marking: _,
        measure: _,
        count: _,
        stage: _,
        as_of: _,
        part: _,
        besides,
        rank: _,
        sources,
        wording: _,
        extensions: _,
    } = this;
    part(v, BESIDES, besides);
    list(v, SOURCES, sources);
});

/// The party a figure counts beside: without it the figure would read as a total, so a view
/// withholds the figure with an organisation it withholds.
const BESIDES: Holder = Holder::part("besides", "party counted beside");
const BESIDES_ORGANIZATION: Spec =
    Spec::needs("organization", Target::Organization, "organisation");

map!(Party; |this, v| {
    match this {
        Party::Country(_) => {}
        Party::Organization(organization) => one(v, BESIDES_ORGANIZATION, organization),
    }
});

map!(AgendaItem; |this, v| {
    let AgendaItem {
        title: _,
        topics: _,
        points: _,
        organizations,
        capabilities,
        reviews,
        documents,
        order: _,
        stage: _,
        announced_by,
        sources,
        wording: _,
        extensions: _,
    } = this;
    list(v, AGENDA_ORGANIZATIONS, organizations);
    list(v, things::CAPABILITY_REFS, capabilities);
    list(v, things::REVIEWS, reviews);
    items(v, things::DOCUMENTS, documents);
    opt(v, things::ANNOUNCED_BY, announced_by);
    list(v, SOURCES, sources);
});

const RELATED_CONFERENCE: Spec = Spec::needs("conference", Target::Conference, "session");

map!(RelatedEvent; |this, v| {
    let RelatedEvent {
        relation: _,
        kind: _,
        title: _,
        conference,
        dates: _,
        status: _,
        relative,
        venue,
        roles,
        agenda,
        sources,
        wording: _,
        extensions: _,
        attendance,
        time: _,
        open_to: _,
    } = this;
    opt(v, RELATED_CONFERENCE, conference);
    part(v, VENUE, venue);
    items(v, ATTENDANCE, attendance);
    items(v, ROLES, roles);
    items(v, AGENDA, agenda);
    items(v, RELATIVE, relative);
    list(v, SOURCES, sources);
});

map!(Theme; |this, v| {
    let Theme {
        text: _,
        language: _,
        variants,
        sources,
    } = this;
    items(v, THEME_VARIANTS, variants);
    list(v, SOURCES, sources);
});

map!(ThemeVariant; |this, v| {
    let ThemeVariant {
        text: _,
        language: _,
        sources,
    } = this;
    list(v, SOURCES, sources);
});

map!(ContextEvent; |this, v| {
    let ContextEvent {
        kind: _,
        description: _,
        actor,
        date: _,
        sources,
        wording: _,
        extensions: _,
    } = this;
    part(v, ACTOR, actor);
    list(v, SOURCES, sources);
});

map!(Conclusion; |this, v| {
    let Conclusion {
        stance: _,
        text: _,
        sources,
        wording: _,
        extensions: _,
    } = this;
    list(v, SOURCES, sources);
});

map!(Actor; |this, v| {
    let Actor {
        person,
        organization,
        country: _,
    } = this;
    opt(v, ACTOR_PERSON, person);
    opt(v, ACTOR_ORGANIZATION, organization);
});

pub(crate) const DELEGATION_ORGANIZATION: Spec =
    Spec::needs("organization", Target::Organization, "organisation");
/// A delegation's head and members share one marking, `members_marking`.
pub(crate) const MEMBERS: Holder = Holder::group("delegation's members");
pub(crate) const HEAD: Spec =
    Spec::names("head", Target::Person, "person").held_as("delegation's head");
pub(crate) const DELEGATES: Holder = Holder::item("members", "delegate", Unit::Delegates);
pub(crate) const DELEGATE_PERSON: Spec = Spec::needs("person", Target::Person, "person");

map!(Delegation, marked by marking; |this, v| {
    let Delegation {
        party,
        status: _,
        participation: _,
        head,
        members,
        size: _,
        marking: _,
        members_marking,
        provenance,
        days: _,
        unnamed_members: _,
        level: _,
        linked_to: _,
    } = this;
    match party {
        Party::Country(_) => {}
        Party::Organization(organization) => one(v, DELEGATION_ORGANIZATION, organization),
    }
    group(v, MEMBERS, *members_marking);
    opt(v, HEAD, head);
    items(v, DELEGATES, members);
    end_group(v);
    if let Some(provenance) = provenance {
        inline(v, provenance);
    }
});

map!(Provenance; |this, v| {
    let Provenance {
        sources,
        wording: _,
        extensions: _,
    } = this;
    list(v, SOURCES, sources);
});

map!(Delegate; |this, v| {
    let Delegate { person, role: _ } = this;
    one(v, DELEGATE_PERSON, person);
});

const SPEAKER: Spec = Spec::needs("speaker", Target::Person, "speaker");
const CAPACITY: Holder = Holder::part("capacity", "capacity");
const STATEMENT_CAPACITIES: Holder = Holder::part("capacities", "capacity");
pub(crate) const CAPACITY_ORGANIZATION: Spec = Spec::cites("organization", Target::Organization);
pub(crate) const OCCASION: Spec = Spec::needs("occasion", Target::Conference, "session");

map!(Statement, marked by marking; |this, v| {
    let Statement {
        id: _,
        marking: _,
        speaker,
        capacity,
        capacities,
        kind: _,
        text: _,
        language: _,
        original_language: _,
        verbatim: _,
        translations: _,
        date: _,
        occasion,
        context: _,
        topics: _,
        sources,
        extensions: _,
    } = this;
    one(v, SPEAKER, speaker);
    part(v, CAPACITY, capacity);
    items(v, STATEMENT_CAPACITIES, capacities);
    opt(v, OCCASION, occasion);
    list(v, SOURCES, sources);
});

map!(Capacity; |this, v| {
    let Capacity {
        title: _,
        organization,
        sources,
        wording: _,
        extensions: _,
    } = this;
    opt(v, CAPACITY_ORGANIZATION, organization);
    list(v, SOURCES, sources);
});

// ===== decisions =====

const ENDORSED_STRATEGY: Spec = Spec::needs("strategy", Target::Strategy, "strategy");
const ENDORSED_DECISION: Spec = Spec::needs("decision", Target::Decision, "decision");
const ADOPTED: Spec = Spec::needs("recommendations", Target::Recommendation, "recommendation");
const ESTABLISHED: Spec = Spec::needs("organization", Target::Organization, "organisation");
const ELECTED: Spec = Spec::needs("person", Target::Person, "person");
const POSITION: Holder = Holder::part("position", "position");
const ADMITTED: Spec = Spec::needs("organization", Target::Organization, "organisation");
const HOST_ORGANIZATION: Spec = Spec::cites("host_organization", Target::Organization);
const DESIGNATED: Spec = Spec::needs("conference", Target::Conference, "session");
/// Organisations elected: the election is withheld when none of them is left.
const ELECTED_MEMBERS: Spec = Spec::needs("organizations", Target::Organization, "organisation");
const ELECTED_TO: Spec = Spec::names("body", Target::Organization, "body");
/// What a deferral names is a plain fact of its matter, which stands without them.
const DEFERRED: Spec = Spec::cites("recommendations", Target::Recommendation);
const DEFERRED_TO: Spec = Spec::cites("conference", Target::Conference);
/// A convening without its session says nothing it can be read back by.
const CONVENED: Spec = Spec::needs("conference", Target::Conference, "session");

map!(Decision; |this, v| {
    /// Visits a decision's particulars, where it has any.
    macro_rules! about {
        ($v:expr, $particulars:expr) => {
            if let Some(particulars) = $particulars {
                inline($v, particulars);
            }
        };
    }
    match this {
        Decision::EndorseStrategy {
            strategy,
            text: _,
            sources,
            vote: _,
            effective: _,
            decided_on: _,
            relative,
            status: _,
            particulars,
            extensions: _,
        } => {
            one(v, ENDORSED_STRATEGY, strategy);
            items(v, RELATIVE, relative);
            list(v, SOURCES, sources);
            about!(v, particulars);
        }
        Decision::EndorseDecision {
            decision,
            text: _,
            sources,
            vote: _,
            effective: _,
            decided_on: _,
            relative,
            status: _,
            particulars,
            extensions: _,
        } => {
            one(v, ENDORSED_DECISION, decision);
            items(v, RELATIVE, relative);
            list(v, SOURCES, sources);
            about!(v, particulars);
        }
        Decision::AdoptRecommendations {
            recommendations,
            total: _,
            text: _,
            sources,
            vote: _,
            effective: _,
            decided_on: _,
            relative,
            status: _,
            particulars,
            extensions: _,
        } => {
            list(v, ADOPTED, recommendations);
            items(v, RELATIVE, relative);
            list(v, SOURCES, sources);
            about!(v, particulars);
        }
        Decision::DesignateHost(host) => inline(v, host),
        Decision::EstablishBody {
            organization,
            text: _,
            sources,
            vote: _,
            effective: _,
            decided_on: _,
            relative,
            status: _,
            particulars,
            extensions: _,
        } => {
            one(v, ESTABLISHED, organization);
            items(v, RELATIVE, relative);
            list(v, SOURCES, sources);
            about!(v, particulars);
        }
        Decision::EstablishSeries {
            series,
            text: _,
            sources,
            vote: _,
            effective: _,
            decided_on: _,
            relative,
            status: _,
            particulars,
            extensions: _,
        } => {
            one(v, things::ESTABLISHED_SERIES, series);
            items(v, RELATIVE, relative);
            list(v, SOURCES, sources);
            about!(v, particulars);
        }
        Decision::Elect {
            person,
            position,
            fills: _,
            from: _,
            to: _,
            term: _,
            text: _,
            sources,
            vote: _,
            effective: _,
            decided_on: _,
            relative,
            status: _,
            particulars,
            extensions: _,
        }
        | Decision::Appoint {
            person,
            position,
            fills: _,
            from: _,
            to: _,
            term: _,
            text: _,
            sources,
            vote: _,
            effective: _,
            decided_on: _,
            relative,
            status: _,
            particulars,
            extensions: _,
        } => {
            one(v, ELECTED, person);
            required_part(v, POSITION, position);
            items(v, RELATIVE, relative);
            list(v, SOURCES, sources);
            about!(v, particulars);
        }
        Decision::AdmitMember {
            country: _,
            organization,
            admitted_as: _,
            others: _,
            text: _,
            sources,
            vote: _,
            effective: _,
            decided_on: _,
            relative,
            status: _,
            particulars,
            extensions: _,
        } => {
            opt(v, ADMITTED, organization);
            items(v, RELATIVE, relative);
            list(v, SOURCES, sources);
            about!(v, particulars);
        }
        Decision::AdoptDocument {
            form: _,
            title: _,
            number: _,
            count: _,
            text: _,
            sources,
            vote: _,
            effective: _,
            decided_on: _,
            relative,
            status: _,
            particulars,
            extensions: _,
        }
        | Decision::Other {
            text: _,
            sources,
            vote: _,
            effective: _,
            decided_on: _,
            relative,
            status: _,
            particulars,
            extensions: _,
        } => {
            items(v, RELATIVE, relative);
            list(v, SOURCES, sources);
            about!(v, particulars);
        }
        Decision::ElectMembers {
            countries: _,
            organizations,
            body,
            seat: _,
            elects: _,
            candidates,
            from: _,
            to: _,
            term: _,
            text: _,
            sources,
            vote: _,
            effective: _,
            decided_on: _,
            relative,
            status: _,
            particulars,
            extensions: _,
        } => {
            list(v, ELECTED_MEMBERS, organizations);
            opt(v, ELECTED_TO, body);
            part(v, CANDIDATES, candidates);
            items(v, RELATIVE, relative);
            list(v, SOURCES, sources);
            about!(v, particulars);
        }
        Decision::Defer {
            matter: _,
            recommendations,
            conference,
            date: _,
            text: _,
            sources,
            vote: _,
            effective: _,
            decided_on: _,
            relative,
            status: _,
            particulars,
            extensions: _,
        } => {
            list(v, DEFERRED, recommendations);
            opt(v, DEFERRED_TO, conference);
            items(v, RELATIVE, relative);
            list(v, SOURCES, sources);
            about!(v, particulars);
        }
        Decision::Convene {
            conference,
            title: _,
            date: _,
            city: _,
            text: _,
            sources,
            vote: _,
            effective: _,
            decided_on: _,
            relative,
            status: _,
            particulars,
            extensions: _,
        } => {
            opt(v, CONVENED, conference);
            items(v, RELATIVE, relative);
            list(v, SOURCES, sources);
            about!(v, particulars);
        }
    }
});

map!(HostDesignation; |this, v| {
    let HostDesignation {
        series: _,
        ordinal: _,
        country: _,
        city: _,
        date: _,
        host_organization,
        conference,
        text: _,
        sources,
        vote: _,
        effective: _,
        decided_on: _,
        relative,
        status: _,
        particulars,
        extensions: _,
    } = this;
    opt(v, HOST_ORGANIZATION, host_organization);
    opt(v, DESIGNATED, conference);
    items(v, RELATIVE, relative);
    list(v, SOURCES, sources);
    if let Some(particulars) = particulars {
        inline(v, particulars);
    }
});

/// Who drafted a decision, and the candidates for an election, are plain facts about it: a
/// view drops a withheld organisation's id and keeps the decision.
const DRAFTED_BY: Spec = Spec::cites("drafted_by", Target::Organization);
const CANDIDATES: Holder = Holder::part("candidates", "candidates");
const CANDIDATE_ORGANIZATIONS: Spec = Spec::cites("organizations", Target::Organization);

map!(Particulars; |this, v| {
    let Particulars {
        id: _,
        version_of: _,
        rank: _,
        topics: _,
        purpose: _,
        addressees,
        binding: _,
        drafted_by,
    } = this;
    items(v, ADDRESSEES, addressees);
    list(v, DRAFTED_BY, drafted_by);
});

map!(Candidates; |this, v| {
    let Candidates {
        countries: _,
        organizations,
        wording: _,
    } = this;
    list(v, CANDIDATE_ORGANIZATIONS, organizations);
});
