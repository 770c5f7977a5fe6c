//! The checks of the roles at a session: the positions their capacities name, and their dates.

use crate::conference::Conference;
use crate::read::pointer::Seg;
use crate::role::RoleHolder;
use crate::rule::Rule;
use crate::rules::walk::{Span, Walker};

impl<'a> Walker<'a> {
    pub(super) fn roles(&mut self, c: &'a Conference, session: Span) {
        if c.roles.is_empty() {
            return;
        }
        self.enter(Seg::Key("roles"));
        for (i, role) in c.roles.iter().enumerate() {
            self.enter(Seg::Index(i));
            if let Some(date) = role.date
                && (date.latest() < session.start || date.earliest() > session.end)
            {
                self.report(
                    Rule::RoleDateOutside,
                    &[Seg::Key("date")],
                    format!(
                        "the role {:?} is dated {date}, outside the session ({})",
                        role.role.as_str(),
                        c.dates
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
                    RoleHolder::Organization(o) => {
                        if let Some(position) = &capacity.position {
                            self.report(
                                Rule::CapacityPositionUnknown,
                                &[Seg::Key("position")],
                                format!(
                                    "the role is held by the organization {:?}, which has no positions; {:?} names none",
                                    o.as_str(),
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
