//! The checks of the versions a session's record keeps of its disputed facts
//! ([`crate::claim`]): each version of normal rank that cannot be true together with the
//! record's value is a warning, and a version ranked preferred that is not the record's value
//! is an error.

use crate::claim::{Claim, Claimed, Rank, first_day, last_day};
use crate::conference::{Conference, ConferenceDates};
use crate::date::Date;
use crate::read::pointer::Seg;
use crate::rule::Rule;
use crate::rules::check::conference::cited;
use crate::rules::earlier::Earlier;
use crate::rules::walk::Walker;

impl<'a> Walker<'a> {
    pub(super) fn claims(&mut self, c: &'a Conference) {
        if c.claims.is_empty() {
            return;
        }
        // The record has no duration of its own: without exact dates, the preferred version
        // of the duration stands for it. And the sources of each field's preferred version,
        // for messages.
        let mut preferred: [Option<&Claim>; SLOTS] = [None; SLOTS];
        for claim in c
            .claims
            .iter()
            .filter(|claim| claim.rank == Rank::Preferred)
        {
            if let Some(first) = preferred.get_mut(slot(&claim.value)) {
                first.get_or_insert(claim);
            }
        }
        self.enter(Seg::Key("claims"));
        // The versions read so far, for a version that agrees with the record but not with an
        // earlier version (the record's value is partial, or missing): the first version of
        // each field, and for the dates the extremes of the days each allows.
        let mut firsts: [Option<&Claim>; SLOTS] = [None; SLOTS];
        let mut days = DayExtremes::default();
        for (i, claim) in c.claims.iter().enumerate() {
            if claim.rank == Rank::Deprecated {
                continue;
            }
            let slot = slot(&claim.value);
            let field = claim.value.field();
            let record = record_value(c, &claim.value, preferred[1]);
            let against_record = record
                .as_ref()
                .is_some_and(|r| !claim.value.agrees_with(r).unwrap_or(true));
            match (&record, claim.rank) {
                (Some(record), Rank::Preferred)
                    if claim.value != *record && !same_value(claim, record) =>
                {
                    self.report(
                        Rule::ClaimPreferredDiffers,
                        &[Seg::Index(i), Seg::Key("value")],
                        format!(
                            "{field}: {} ({}) is ranked preferred, but the record holds {record}",
                            stated(claim),
                            cited(&claim.sources)
                        ),
                    );
                }
                (Some(record), Rank::Normal) if against_record => {
                    let fixed_by = preferred
                        .get(slot)
                        .copied()
                        .flatten()
                        .map_or_else(|| cited(&c.sources), |p| cited(&p.sources));
                    self.report(
                        Rule::ClaimDisagreement,
                        &[Seg::Index(i), Seg::Key("value")],
                        format!(
                            "{field}: {} here ({}), but {record} in the record ({fixed_by}); both are kept",
                            stated(claim),
                            cited(&claim.sources)
                        ),
                    );
                }
                (_, Rank::Normal) => {
                    let earlier = match &claim.value {
                        Claimed::Dates(d) => days.conflict(*d),
                        other if record.is_none() => firsts
                            .get(slot)
                            .copied()
                            .flatten()
                            .filter(|first| other.agrees_with(&first.value) == Some(false)),
                        _ => None,
                    };
                    if let Some(earlier) = earlier {
                        self.report(
                            Rule::ClaimDisagreement,
                            &[Seg::Index(i), Seg::Key("value")],
                            format!(
                                "{field}: {} here ({}), but {} in an earlier version ({}); both are kept",
                                stated(claim),
                                cited(&claim.sources),
                                stated(earlier),
                                cited(&earlier.sources)
                            ),
                        );
                    }
                }
                _ => {}
            }
            if let Some(first) = firsts.get_mut(slot) {
                first.get_or_insert(claim);
            }
            if let Claimed::Dates(d) = claim.value {
                days.add(d, claim);
            }
        }
        for (i, claim) in c.claims.iter().enumerate() {
            if let Claimed::Dates(dates) = claim.value
                && !claim.relative.is_empty()
            {
                self.enter(Seg::Index(i));
                self.relative_days(&claim.relative, super::relative::ends(dates));
                self.leave();
            }
        }
        self.leave();
    }
}

/// The number of fields a claim may be about.
const SLOTS: usize = 6;

/// The index of a field in the per-field tables.
fn slot(value: &Claimed) -> usize {
    match value {
        Claimed::Dates(_) => 0,
        Claimed::Duration(_) => 1,
        Claimed::Ordinal(_) => 2,
        Claimed::Title(_) => 3,
        Claimed::Status(_) => 4,
        Claimed::Organizer(_) => 5,
    }
}

/// Of the versions of the dates read so far, the days each allows for the first day and for
/// the last: a version conflicts with an earlier one when either day cannot meet.
#[derive(Default)]
struct DayExtremes<'a> {
    first: Earlier<Date, &'a Claim>,
    last: Earlier<Date, &'a Claim>,
}

impl<'a> DayExtremes<'a> {
    fn conflict(&self, d: ConferenceDates) -> Option<&'a Claim> {
        let ((first_low, first_high), (last_low, last_high)) = (first_day(d), last_day(d));
        self.first
            .missed_by(first_low, Some(first_high))
            .or_else(|| self.last.missed_by(last_low, Some(last_high)))
    }

    fn add(&mut self, d: ConferenceDates, claim: &'a Claim) {
        let ((first_low, first_high), (last_low, last_high)) = (first_day(d), last_day(d));
        self.first.add(first_low, Some(first_high), claim);
        self.last.add(last_low, Some(last_high), claim);
    }
}

/// The record's value of the field a version is about: for the duration, the length of its
/// exact dates, or else its preferred version's.
fn record_value(c: &Conference, value: &Claimed, duration: Option<&Claim>) -> Option<Claimed> {
    Some(match value {
        Claimed::Dates(_) => Claimed::Dates(c.dates),
        Claimed::Ordinal(_) => Claimed::Ordinal(c.ordinal?),
        Claimed::Title(_) => Claimed::Title(c.title.clone()),
        Claimed::Status(_) => Claimed::Status(c.status?),
        Claimed::Organizer(_) => Claimed::Organizer(
            std::iter::once(&c.organizer)
                .chain(&c.co_organizers)
                .cloned()
                .collect(),
        ),
        Claimed::Duration(_) => match c.dates.exact() {
            Some(range) => {
                let days = u16::try_from(range.days()).ok()?;
                Claimed::Duration(crate::claim::Days::whole(days).ok()?)
            }
            None => duration?.value.clone(),
        },
    })
}

/// A preferred duration of two and a half days is the record's when its exact dates span
/// three calendar days; preferred organisers are the record's in any order.
fn same_value(claim: &Claim, record: &Claimed) -> bool {
    matches!(claim.value, Claimed::Duration(_) | Claimed::Organizer(_))
        && claim.value.agrees_with(record) == Some(true)
}

/// A version as the document states it: its value, and the source's words when given.
fn stated(claim: &Claim) -> String {
    match &claim.wording {
        Some(w) => format!("{} ({:?})", claim.value, w.as_str()),
        None => claim.value.to_string(),
    }
}
