//! The checks of a session's delegations: one per party, members of the region attending as
//! members, and — the hot path of validation — the people they name, looked up in a batch.

use foldhash::{HashSet, HashSetExt};

use crate::conference::{Conference, ConferenceDates};
use crate::country::CountryCode;
use crate::delegation::{Participation, ParticipationStatus, Party};
use crate::id::IdBytes;
use crate::model::refs::map::{
    DELEGATE_PERSON, DELEGATES, DELEGATION_ORGANIZATION, DELEGATIONS, HEAD, SOURCES,
};
use crate::read::pointer::Seg;
use crate::rule::Rule;
use crate::rules::index::CountrySet;
use crate::rules::walk::{Span, Walker};

impl<'a> Walker<'a> {
    /// The first pass over the delegations of `c`, before anything is reported: whether each
    /// person they name is in the dataset, looked up in a loop of lookups alone (so that their
    /// cache misses overlap) and kept in `self.delegates` for [`Walker::delegations`]; returns
    /// how many countries the delegations that came represent. These references are the map's `HEAD` and
    /// `DELEGATE_PERSON`, which its visit in `references` leaves to this batch.
    pub(super) fn delegates_batch(&mut self, c: &'a Conference) -> usize {
        let mut delegates = std::mem::take(&mut self.delegates);
        delegates.clear();
        let marked = std::cell::Cell::new(false);
        let mut represented = CountrySet::default();
        let people = c.delegations.iter().flat_map(|d| {
            if let Some(code) = d.country()
                && Participation::came(d.participation)
            {
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
        self.marked |= marked.get();
        self.delegates = delegates;
        represented.len()
    }

    /// Checks the delegations of `c`, after [`Walker::delegates_batch`]: each one's
    /// organisation (the map's `DELEGATION_ORGANIZATION`), the people it names and its sources
    /// exist, one
    /// delegation per party, members of the region attending as members.
    pub(super) fn delegations(&mut self, c: &'a Conference, span: Span) {
        let delegates = std::mem::take(&mut self.delegates);
        let region = self.region_members(c.region.as_ref());

        let mut delegate = 0;
        self.enter(Seg::Key(DELEGATIONS.field.unwrap_or_default()));
        let mut countries = CountrySet::default();
        let mut organizations: HashSet<&str> = HashSet::new();
        let mut linked = Vec::new();
        for (i, d) in c.delegations.iter().enumerate() {
            self.enter(Seg::Index(i));
            if let Some(days) = d.days {
                self.delegation_days(c, days, span);
            }
            if let Some(code) = d.linked_to {
                linked.push((i, code));
            }
            let (first, field) = match d.party() {
                Party::Country(code) => {
                    self.country_at(*code, span, &[Seg::Key("country")], "the delegation");
                    if let Some((region, members)) = region
                        && d.status == Some(ParticipationStatus::Member)
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
                    (countries.insert(*code), "country")
                }
                Party::Organization(o) => {
                    let key = o.id_key();
                    let known = self.exists(DELEGATION_ORGANIZATION.target, key);
                    self.known(
                        DELEGATION_ORGANIZATION.target,
                        key,
                        known,
                        &[Seg::Key(DELEGATION_ORGANIZATION.field)],
                    );
                    (organizations.insert(o.as_str()), "organization")
                }
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
                self.known(HEAD.target, head.id_key(), known, &[Seg::Key(HEAD.field)]);
            }
            for (j, m) in d.members.iter().enumerate() {
                let known = delegates.get(delegate).copied();
                delegate += 1;
                self.known(
                    DELEGATE_PERSON.target,
                    m.person.id_key(),
                    known,
                    &[
                        Seg::Key(DELEGATES.field.unwrap_or_default()),
                        Seg::Index(j),
                        Seg::Key(DELEGATE_PERSON.field),
                    ],
                );
            }
            if let Some(provenance) = &d.provenance {
                for (j, source) in provenance.sources.iter().enumerate() {
                    let key = source.id_key();
                    let known = self.exists(SOURCES.target, key);
                    self.known(
                        SOURCES.target,
                        key,
                        known,
                        &[Seg::Key(SOURCES.field), Seg::Index(j)],
                    );
                }
            }
            self.leave();
        }
        // Linked delegations are checked once every country's delegation is known.
        self.linked_delegations(c, &linked, &countries);
        self.leave();
        self.delegates = delegates;
    }

    /// Each delegation linked to a country's (`linked`: its index and the country) has that
    /// country's delegation beside it (`countries`: those the session lists).
    fn linked_delegations(
        &mut self,
        c: &Conference,
        linked: &[(usize, CountryCode)],
        countries: &CountrySet,
    ) {
        for &(i, code) in linked {
            if !countries.contains(code) {
                self.report(
                    Rule::DelegationLinkedMissing,
                    &[Seg::Index(i), Seg::Key("linked_to")],
                    format!(
                        "the delegation is linked to the delegation of {code} ({}), but {code} has no delegation at {:?}",
                        code.name(),
                        c.id.as_str()
                    ),
                );
            }
        }
    }

    /// A delegation's own days fall within its session's: with exact days on both sides,
    /// every day; otherwise, they can share a day at least.
    fn delegation_days(&mut self, c: &Conference, days: ConferenceDates, session: Span) {
        let outside = match (days.exact(), c.dates.exact()) {
            (Some(own), Some(dates)) => own.start() < dates.start() || own.end() > dates.end(),
            _ => Span::of_dates(days).misses(session),
        };
        if outside {
            self.report(
                Rule::DelegationDaysOutside,
                &[Seg::Key("days")],
                format!(
                    "the delegation attended {days}, outside the session ({})",
                    c.dates
                ),
            );
        }
    }
}
