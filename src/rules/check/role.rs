//! The checks of the roles at a session and at its related events: the positions their
//! capacities name, and their dates; and of the related events themselves (`events`).

use std::fmt::Display;

use crate::conference::{Conference, ConferenceDates, EventRelation};
use crate::date::PartialDate;
use crate::read::pointer::Seg;
use crate::role::{RoleHolder, SessionRole};
use crate::rule::Rule;
use crate::rules::walk::{Span, Walker};

impl<'a> Walker<'a> {
    /// The session's parts fall within it, and the roles at each related event within the
    /// event's dates, where it has them.
    pub(super) fn events(&mut self, c: &'a Conference, session: Span) {
        if c.related_events.is_empty() {
            return;
        }
        self.enter(Seg::Key("related_events"));
        for (i, e) in c.related_events.iter().enumerate() {
            self.enter(Seg::Index(i));
            let own = e.dates.map(Span::of_dates);
            if let (Some(dates), Some(own)) = (e.dates, own)
                && e.relation == EventRelation::HasPart
                && own.misses(session)
            {
                self.report(
                    Rule::EventDateOutside,
                    &[Seg::Key("dates")],
                    format!(
                        "{:?} is part of the session but dated {dates}, outside the session ({})",
                        e.title.as_str(),
                        c.dates
                    ),
                );
            }
            self.relative_days(
                &e.relative,
                e.dates.map(super::relative::ends).unwrap_or_default(),
            );
            self.attendance(&e.attendance, 0);
            let at = Dated::Event(e.title.as_str(), e.dates);
            self.roles(&e.roles, own, at);
            self.leave();
        }
        self.leave();
    }

    /// The roles at a session (or at one of its related events, `at`), whose dates, where
    /// known, are `span`.
    pub(super) fn roles(&mut self, roles: &'a [SessionRole], span: Option<Span>, at: Dated<'_>) {
        if roles.is_empty() {
            return;
        }
        self.enter(Seg::Key("roles"));
        for (i, role) in roles.iter().enumerate() {
            self.enter(Seg::Index(i));
            let day = role.date.and_then(PartialDate::to_date);
            self.relative_days(&role.relative, (day, day));
            if let (Some(date), Some(span)) = (role.date, span)
                && Span::of_partial(date).misses(span)
            {
                self.report(
                    Rule::RoleDateOutside,
                    &[Seg::Key("date")],
                    format!(
                        "the role {:?} is dated {date}, outside {at}",
                        role.role.as_str(),
                    ),
                );
            }
            self.enter(Seg::Key("capacities"));
            for (k, capacity) in role.capacities.iter().enumerate() {
                self.enter(Seg::Index(k));
                match &role.holder {
                    RoleHolder::Person(id) => {
                        let person = self.lookup(id, |i| &i.people);
                        self.capacity_position(id, person, capacity);
                    }
                    holder => {
                        let who = match holder {
                            RoleHolder::Organization(o) => {
                                format!("the organization {:?}", o.as_str())
                            }
                            RoleHolder::Country(c) => format!("the country {c}"),
                            _ => "someone the source does not name".to_owned(),
                        };
                        if let Some(position) = &capacity.position {
                            self.report(
                                Rule::CapacityPositionUnknown,
                                &[Seg::Key("position")],
                                format!(
                                    "the role is held by {who}, which has no positions; {:?} names none",
                                    position.as_str()
                                ),
                            );
                        }
                    }
                }
                self.leave();
            }
            self.leave();
            self.leave();
        }
        self.leave();
    }
}

/// Where a list of roles was held, for messages.
#[derive(Clone, Copy)]
pub(super) enum Dated<'a> {
    /// The session itself, on its dates.
    Session(ConferenceDates),
    /// A related event, with its title and dates (where known).
    Event(&'a str, Option<ConferenceDates>),
}

impl Display for Dated<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Dated::Session(dates) => write!(f, "the session ({dates})"),
            Dated::Event(title, Some(dates)) => write!(f, "{title:?} ({dates})"),
            Dated::Event(title, None) => write!(f, "{title:?}"),
        }
    }
}
