//! The checks of a person: the dates of each position.

use crate::id::IdBytes;
use crate::person::{Person, Position};
use crate::read::pointer::Seg;
use crate::rule::Rule;
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
