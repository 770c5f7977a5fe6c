//! The checks of a media release: published after its sessions began, quoting only what was
//! said at them.

use foldhash::{HashSet, HashSetExt};

use crate::read::pointer::Seg;
use crate::release::{MediaRelease, ReleaseKind};
use crate::rule::Rule;
use crate::rules::walk::{Span, Walker};

impl<'a> Walker<'a> {
    pub(crate) fn media_release(&mut self, m: &'a MediaRelease) {
        self.note(m.marking);
        self.references(m);
        if let Some(d) = &m.dateline {
            self.country_at(
                d.country,
                Span::of_partial(m.published),
                &[Seg::Key("dateline"), Seg::Key("country")],
                "the dateline",
            );
        }
        // An announcement is published before the session it announces, as it should be.
        let reports = m.kind != ReleaseKind::Announcement;
        for about in &m.about {
            if reports
                && let Some(c) = self.lookup(about, |i| &i.conferences)
                && m.published.latest() < c.dates.earliest()
            {
                self.report(
                    Rule::ReleaseBeforeConference,
                    &[Seg::Key("published")],
                    format!(
                        "published {}, before {:?} began ({})",
                        m.published,
                        about.as_str(),
                        c.dates
                    ),
                );
            }
        }
        if m.quotes.is_empty() {
            return;
        }
        // The sessions the release is about, as a set when there are more than a few: each
        // quote is then one probe.
        let about: Option<HashSet<&str>> = (m.about.len() > 8).then(|| {
            let mut set = HashSet::with_capacity(m.about.len());
            set.extend(m.about.iter().map(crate::id::ConferenceId::as_str));
            set
        });
        let is_about = |at: &crate::id::ConferenceId| match &about {
            Some(set) => set.contains(at.as_str()),
            None => m.about.contains(at),
        };
        for (i, q) in m.quotes.iter().enumerate() {
            let Some(at) = self.lookup(q, |i| &i.statements) else {
                continue;
            };
            // Said at the earliest on its own date, or else when its session began.
            let said = at.date.map(crate::date::PartialDate::earliest).or_else(|| {
                self.lookup(at.said_at, |i| &i.conferences)
                    .map(|c| c.dates.earliest())
            });
            if let Some(said) = said
                && said > m.published.latest()
            {
                self.report(
                    Rule::ReleaseQuoteAfterPublished,
                    &[Seg::Key("quotes"), Seg::Index(i)],
                    format!(
                        "the release, published {}, quotes statement {:?}, made no earlier than {said}",
                        m.published,
                        q.as_str()
                    ),
                );
            }
            if !is_about(at.said_at) {
                self.report(
                    Rule::ReleaseQuoteNotAbout,
                    &[Seg::Key("quotes"), Seg::Index(i)],
                    format!(
                        "statement {:?} was made at {:?}, which the release does not say it is about",
                        q.as_str(),
                        at.said_at.as_str()
                    ),
                );
            }
        }
    }
}
