//! The checks of an organisation: its references only.

use crate::organization::Organization;
use crate::rules::walk::Walker;

impl<'a> Walker<'a> {
    pub(crate) fn organization(&mut self, o: &'a Organization) {
        self.note(o.marking);
        self.references(o);
    }
}
