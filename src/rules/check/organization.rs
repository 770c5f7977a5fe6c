//! The checks of an organisation: its references, and each parent named once.

use foldhash::{HashSet, HashSetExt};

use crate::organization::Organization;
use crate::read::pointer::Seg;
use crate::rule::Rule;
use crate::rules::walk::Walker;

impl<'a> Walker<'a> {
    pub(crate) fn organization(&mut self, o: &'a Organization) {
        self.note(o.marking);
        self.references(o);
        self.parents(o);
    }

    /// `parent` and `parents` name each parent once.
    fn parents(&mut self, o: &'a Organization) {
        let mut seen = HashSet::with_capacity(o.parents.len());
        for (i, p) in o.parents.iter().enumerate() {
            let first = seen.insert(p.as_str());
            let message = if o.parent.as_ref() == Some(p) {
                format!(
                    "{:?} is the parent of organization {:?} and is listed again in its parents",
                    p.as_str(),
                    o.id.as_str()
                )
            } else if !first {
                format!(
                    "{:?} is listed twice in the parents of organization {:?}",
                    p.as_str(),
                    o.id.as_str()
                )
            } else {
                continue;
            };
            self.report(
                Rule::OrganizationParentRepeated,
                &[Seg::Key("parents"), Seg::Index(i)],
                message,
            );
        }
    }
}
