//! The checks of a statement: the speaker held the capacities they spoke in, when they spoke.

use crate::id::PersonId;
use crate::person::Person;
use crate::read::pointer::Seg;
use crate::rule::Rule;
use crate::rules::held::{self, Held};
use crate::rules::walk::{Span, Walker};
use crate::statement::{CapacityRef, Statement};

impl<'a> Walker<'a> {
    pub(crate) fn statement(&mut self, s: &'a Statement, session: Span) {
        for (i, words) in s.verbatim.iter().enumerate() {
            if !s.text.as_str().contains(words.as_str()) {
                self.report(
                    Rule::StatementVerbatimNotInText,
                    &[Seg::Key("verbatim"), Seg::Index(i)],
                    format!(
                        "the words {:?} are given as the speaker's own, but the text does not contain them",
                        words.as_str()
                    ),
                );
            }
        }
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
                let nearest = Held::nearest(person, capacity.title.as_str())
                    .map(|p| {
                        format!(
                            "; the nearest recorded position is {:?}{}",
                            p.title.as_str(),
                            p.organization
                                .as_ref()
                                .map(|o| format!(" of {:?}", o.as_str()))
                                .unwrap_or_default()
                        )
                    })
                    .unwrap_or_default();
                self.report(
                    Rule::StatementCapacityNotHeld,
                    &[Seg::Key("capacity")],
                    format!(
                        "{:?} spoke as {:?}{}, a position they are not recorded as holding on {}{nearest}",
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
        self.enter(Seg::Key("capacities"));
        for (k, c) in s.capacities.iter().enumerate() {
            self.enter(Seg::Index(k));
            if let Some(person) = speaker
                && let Some(position) = self.capacity_position(&s.speaker, Some(person), c)
                && !held::during(position, when.start, when.end)
            {
                self.report(
                    Rule::StatementCapacityNotHeld,
                    &[Seg::Key("position")],
                    format!(
                        "{:?} spoke as {:?} (position {:?}), which they are not recorded as holding on {}",
                        s.speaker.as_str(),
                        position.title.as_str(),
                        c.position.as_ref().map_or("", |p| p.as_str()),
                        when.start
                    ),
                );
            }
            self.leave();
        }
        self.leave();
        self.translations(Some(&s.language), &s.translations);
    }

    /// The position a capacity names, looked up among the positions of `holder` (`person`,
    /// when the dataset has them); a name that is not among them is reported, at the
    /// capacity's `position`. `None` also when the capacity names no position.
    pub(super) fn capacity_position(
        &mut self,
        holder: &PersonId,
        person: Option<&'a Person>,
        c: &'a CapacityRef,
    ) -> Option<&'a crate::person::Position> {
        let id = c.position.as_ref()?;
        let person = person?;
        let found = self.held.position(person, id);
        if found.is_none() {
            self.report(
                Rule::CapacityPositionUnknown,
                &[Seg::Key("position")],
                format!(
                    "{:?} has no position with the id {:?}",
                    holder.as_str(),
                    id.as_str()
                ),
            );
        }
        found
    }
}
