//! The checks of a statement: the speaker held the capacity they spoke in, when they spoke.

use crate::read::pointer::Seg;
use crate::rule::Rule;
use crate::rules::walk::{Span, Walker};
use crate::statement::Statement;

impl<'a> Walker<'a> {
    pub(crate) fn statement(&mut self, s: &'a Statement, session: Span) {
        let speaker = self.lookup(&s.speaker, |i| &i.people);
        // When: the statement's own date, else the dates of the session it was said at.
        let occasion = s
            .occasion
            .as_ref()
            .and_then(|o| self.lookup(o, |i| &i.conferences))
            .map(|c| Span::of_dates(c.dates));
        let when = s.date.map_or(occasion.unwrap_or(session), Span::of_partial);
        if let Some(capacity) = &s.capacity
            && let Some(person) = speaker
        {
            let organization = capacity
                .organization
                .as_ref()
                .map(crate::id::OrganizationId::as_str);
            if !self.held.held(
                person,
                capacity.title.as_str(),
                organization,
                (when.start, when.end),
            ) {
                self.report(
                    Rule::StatementCapacityNotHeld,
                    &[Seg::Key("capacity")],
                    format!(
                        "{:?} spoke as {:?}{}, a position they are not recorded as holding on {}",
                        s.speaker.as_str(),
                        capacity.title.as_str(),
                        organization
                            .map(|o| format!(" of {o:?}"))
                            .unwrap_or_default(),
                        when.start
                    ),
                );
            }
        }
        self.translations(Some(&s.language), &s.translations);
    }
}
