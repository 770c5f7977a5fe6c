//! The checks of a series of sessions: its references only.

use crate::rules::walk::Walker;
use crate::series::Series;

impl<'a> Walker<'a> {
    pub(crate) fn series(&mut self, s: &'a Series) {
        self.note(s.marking);
        self.references(s);
    }
}
