//! The checks of a region: members listed once, and no region its own subregion.

use foldhash::{HashSet, HashSetExt};

use crate::read::pointer::Seg;
use crate::region::Region;
use crate::rule::Rule;
use crate::rules::walk::Walker;

impl<'a> Walker<'a> {
    pub(crate) fn region(&mut self, r: &'a Region) {
        self.note(r.marking);
        self.references(r);
        let mut seen = HashSet::with_capacity(r.members.len());
        for (i, m) in r.members.iter().enumerate() {
            if !seen.insert(*m) {
                self.report(
                    Rule::RegionMemberDuplicate,
                    &[Seg::Key("members"), Seg::Index(i)],
                    format!(
                        "{m} is listed twice as a member of region {:?}",
                        r.id.as_str()
                    ),
                );
            }
        }
        for (i, sub) in r.subregions.iter().enumerate() {
            if *sub == r.id {
                self.report(
                    Rule::RegionSubregionSelf,
                    &[Seg::Key("subregions"), Seg::Index(i)],
                    format!("region {:?} lists itself as a subregion", r.id.as_str()),
                );
            }
        }
    }
}
