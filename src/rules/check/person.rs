//! The checks of a person: the dates of each position.

use crate::claim::{PositionClaim, PositionClaimed, Rank};
use crate::id::IdBytes;
use crate::person::{Person, Position};
use crate::read::pointer::Seg;
use crate::rule::Rule;
use crate::rules::check::conference::cited;
use crate::rules::walk::Walker;

impl<'a> Walker<'a> {
    pub(crate) fn person(&mut self, p: &'a Person) {
        self.marked |= p.marking.is_some() || p.personal.is_some();
        self.references(p);
        let mut ids = foldhash::HashSet::default();
        for (i, pos) in p.positions.iter().enumerate() {
            if let Some(id) = &pos.id
                && !ids.insert(id.as_str())
            {
                self.report(
                    Rule::PositionIdDuplicate,
                    &[Seg::Key("positions"), Seg::Index(i), Seg::Key("id")],
                    format!(
                        "{:?} has two positions with the id {:?}",
                        p.id.as_str(),
                        id.as_str()
                    ),
                );
            }
            if !pos.claims.is_empty() {
                self.enter(Seg::Key("positions"));
                self.enter(Seg::Index(i));
                self.position_claims(pos);
                self.leave();
                self.leave();
            }
            if let Some(message) = self.office_elsewhere(pos) {
                self.report(
                    Rule::PositionOfficeOrganization,
                    &[Seg::Key("positions"), Seg::Index(i), Seg::Key("office")],
                    message,
                );
            }
            if let (Some(from), Some(to)) = (pos.from, pos.to)
                && from.earliest() > to.latest()
            {
                self.report(
                    Rule::PositionDatesOrder,
                    &[Seg::Key("positions"), Seg::Index(i), Seg::Key("to")],
                    format!(
                        "position {:?} of {:?} ends ({to}) before it starts ({from})",
                        pos.title.as_str(),
                        p.id.as_str()
                    ),
                );
            }
        }
    }

    /// Where `pos` names an office of another organisation than its own, the message.
    fn office_elsewhere(&self, pos: &Position) -> Option<String> {
        let (office, own) = (pos.office.as_ref()?, pos.organization.as_ref()?);
        let theirs = self
            .index
            .as_ref()?
            .offices
            .get(office.id_key())?
            .organization
            .as_ref()?;
        (theirs != own).then(|| {
            format!(
                "position {:?} of {:?} is a tenure of office {:?}, which is an office of {:?}",
                pos.title.as_str(),
                own.as_str(),
                office.as_str(),
                theirs.as_str()
            )
        })
    }
}

impl Walker<'_> {
    /// The versions of a position's `acting` and `title`: a version of normal rank that
    /// differs from the position's value is a warning, one ranked preferred an error.
    fn position_claims(&mut self, pos: &Position) {
        let preferred = |field: &str| {
            pos.claims
                .iter()
                .find(|c| c.rank == Rank::Preferred && c.value.field() == field)
        };
        self.enter(Seg::Key("claims"));
        for (i, claim) in pos.claims.iter().enumerate() {
            let record = match claim.value {
                PositionClaimed::Acting(_) => PositionClaimed::Acting(pos.acting),
                PositionClaimed::Title(_) => PositionClaimed::Title(pos.title.clone()),
            };
            if claim.value == record {
                continue;
            }
            let field = claim.value.field();
            match claim.rank {
                Rank::Preferred => self.report(
                    Rule::ClaimPreferredDiffers,
                    &[Seg::Index(i), Seg::Key("value")],
                    format!(
                        "position's {field}: {} ({}) is ranked preferred, but the position holds {record}",
                        stated(claim),
                        cited(&claim.sources)
                    ),
                ),
                Rank::Normal => {
                    let fixed_by =
                        preferred(field).map_or_else(|| cited(&pos.sources), |p| cited(&p.sources));
                    self.report(
                        Rule::ClaimDisagreement,
                        &[Seg::Index(i), Seg::Key("value")],
                        format!(
                            "position's {field}: {} here ({}), but {record} in the position ({fixed_by}); both are kept",
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

/// A version as the document states it: its value, and the source's words when given.
fn stated(claim: &PositionClaim) -> String {
    match &claim.wording {
        Some(w) => format!("{} ({:?})", claim.value, w.as_str()),
        None => claim.value.to_string(),
    }
}
