//! The checks of the versions a session's record keeps of its disputed facts
//! ([`crate::claim`]): each version of normal rank that cannot be true together with the
//! record's value is a warning, and a version ranked preferred that is not the record's value
//! is an error.

use crate::claim::{Claim, Claimed, Rank};
use crate::conference::Conference;
use crate::read::pointer::Seg;
use crate::rule::Rule;
use crate::rules::check::conference::cited;
use crate::rules::walk::Walker;

impl<'a> Walker<'a> {
    pub(super) fn claims(&mut self, c: &'a Conference) {
        if c.claims.is_empty() {
            return;
        }
        // The record has no duration of its own: without exact dates, the preferred version
        // of the duration stands for it. And the sources of each field's preferred version,
        // for messages.
        let preferred = |field: &str| {
            c.claims
                .iter()
                .find(|claim| claim.rank == Rank::Preferred && claim.value.field() == field)
        };
        let preferred: [Option<&Claim>; 4] = [
            preferred("dates"),
            preferred("duration"),
            preferred("ordinal"),
            preferred("title"),
        ];
        self.enter(Seg::Key("claims"));
        for (i, claim) in c.claims.iter().enumerate() {
            let slot = match claim.value {
                Claimed::Dates(_) => 0,
                Claimed::Duration(_) => 1,
                Claimed::Ordinal(_) => 2,
                Claimed::Title(_) => 3,
            };
            let Some(record) = record_value(c, &claim.value, preferred[1]) else {
                continue;
            };
            let agrees = claim.value.agrees_with(&record).unwrap_or(true);
            let field = claim.value.field();
            match claim.rank {
                Rank::Preferred if claim.value != record && !same_duration(claim, &record) => {
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
                Rank::Normal if !agrees => {
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
                _ => {}
            }
        }
        self.leave();
    }
}

/// The record's value of the field a version is about: for the duration, the length of its
/// exact dates, or else its preferred version's.
fn record_value(c: &Conference, value: &Claimed, duration: Option<&Claim>) -> Option<Claimed> {
    Some(match value {
        Claimed::Dates(_) => Claimed::Dates(c.dates),
        Claimed::Ordinal(_) => Claimed::Ordinal(c.ordinal?),
        Claimed::Title(_) => Claimed::Title(c.title.clone()),
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
/// three calendar days.
fn same_duration(claim: &Claim, record: &Claimed) -> bool {
    matches!(claim.value, Claimed::Duration(_)) && claim.value.agrees_with(record) == Some(true)
}

/// A version as the document states it: its value, and the source's words when given.
fn stated(claim: &Claim) -> String {
    match &claim.wording {
        Some(w) => format!("{} ({:?})", claim.value, w.as_str()),
        None => claim.value.to_string(),
    }
}
