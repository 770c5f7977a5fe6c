//! The checks of an organisation: its references, each parent named once, and an opening no
//! earlier than its founding.

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
        self.opened(o);
    }

    /// A body opened on or after the date of its founding: only a whole opening before the
    /// founding's first possible day is reported, so partial dates make no false alarm.
    fn opened(&mut self, o: &'a Organization) {
        let founded = o.founding.as_ref().and_then(|f| f.date);
        if let (Some(opened), Some(founded)) = (o.opened, founded)
            && opened.latest() < founded.earliest()
        {
            self.report(
                Rule::OrganizationOpenedBeforeFounding,
                &[Seg::Key("opened")],
                format!(
                    "organization {:?} opened in {opened}, before its founding in {founded}",
                    o.id.as_str()
                ),
            );
        }
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
