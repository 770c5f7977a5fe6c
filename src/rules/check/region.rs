//! The checks of a region: members listed once.

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
    }
}
