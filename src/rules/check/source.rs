//! The checks of a source.

use crate::read::pointer::Seg;
use crate::rule::Rule;
use crate::rules::walk::Walker;
use crate::source::Source;

impl<'a> Walker<'a> {
    pub(crate) fn source(&mut self, s: &'a Source) {
        self.references(s);
        if let (Some(published), Some(retrieved)) = (s.published, s.retrieved)
            && retrieved < published.earliest()
        {
            self.report(
                Rule::SourceRetrievedBeforePublished,
                &[Seg::Key("retrieved")],
                format!("retrieved {retrieved}, before it was published ({published})"),
            );
        }
    }
}
