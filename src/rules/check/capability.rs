//! The checks of a capability: its references only.

use crate::capability::Capability;
use crate::rules::walk::Walker;

impl<'a> Walker<'a> {
    pub(crate) fn capability(&mut self, c: &'a Capability) {
        self.note(c.marking);
        self.references(c);
    }
}
