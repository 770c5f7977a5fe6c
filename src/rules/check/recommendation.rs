//! The checks of a recommendation: its addressees against the session that adopted it.

use crate::read::pointer::Seg;
use crate::recommendation::{Addressee, Recommendation};
use crate::rule::Rule;
use crate::rules::walk::{Span, Walker};

impl<'a> Walker<'a> {
    pub(crate) fn recommendation(&mut self, r: &'a Recommendation) {
        self.note(r.marking);
        self.references(r);
        let adopted_at = self.lookup(&r.adopted_at, |i| &i.conferences);
        let conference_region = adopted_at.and_then(|c| c.region.as_ref());
        self.enter(Seg::Key("addressees"));
        for (i, a) in r.addressees.iter().enumerate() {
            match a {
                Addressee::RegionMembers { region } => {
                    if let Some(expected) = conference_region
                        && expected != region
                    {
                        self.report(
                            Rule::RecommendationRegionMismatch,
                            &[Seg::Index(i), Seg::Key("region")],
                            format!(
                                "addressed to the members of {:?}, but {:?} is a session of {:?}",
                                region.as_str(),
                                r.adopted_at.as_str(),
                                expected.as_str()
                            ),
                        );
                    }
                }
                Addressee::Organization { .. } => {}
                Addressee::Countries { countries } => {
                    if let Some(c) = adopted_at {
                        let when = Span::of_dates(c.dates);
                        for (j, code) in countries.iter().enumerate() {
                            self.country_at(
                                *code,
                                when,
                                &[Seg::Index(i), Seg::Key("countries"), Seg::Index(j)],
                                "the addressee",
                            );
                        }
                    }
                }
            }
        }
        self.leave();
        self.translations(
            r.language.as_ref().or(self.default_language),
            &r.translations,
        );
    }
}
