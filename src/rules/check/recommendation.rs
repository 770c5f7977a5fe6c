//! The checks of a recommendation: its addressees and beneficiaries against the session that
//! adopted it, and its history against its adoption.

use crate::conference::Conference;
use crate::read::pointer::Seg;
use crate::recommendation::{Addressee, Recommendation, RecommendationStatus};
use crate::rule::Rule;
use crate::rules::walk::{Span, Walker};

impl<'a> Walker<'a> {
    pub(crate) fn recommendation(&mut self, r: &'a Recommendation) {
        self.note(r.marking);
        self.references(r);
        let adopted_at = self.lookup(&r.adopted_at, |i| &i.conferences);
        self.addressees(r, adopted_at, "addressees", &r.addressees);
        self.addressees(r, adopted_at, "beneficiaries", &r.beneficiaries);
        if let Some(adopted_at) = adopted_at {
            self.history(r, adopted_at);
        }
        self.translations(
            r.language.as_ref().or(self.default_language),
            &r.translations,
        );
    }

    /// Countries are checked as of the adopting session; a region's members are the adopting
    /// session's region's (for addressees: a beneficiary may be elsewhere).
    fn addressees(
        &mut self,
        r: &'a Recommendation,
        adopted_at: Option<&'a Conference>,
        key: &'static str,
        list: &'a [Addressee],
    ) {
        if list.is_empty() {
            return;
        }
        let conference_region = adopted_at.and_then(|c| c.region.as_ref());
        self.enter(Seg::Key(key));
        for (i, a) in list.iter().enumerate() {
            match a {
                Addressee::RegionMembers { region } if key == "addressees" => {
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
                Addressee::Countries { countries } | Addressee::Group { countries, .. } => {
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
                _ => {}
            }
        }
        self.leave();
    }

    /// What follows adoption (an endorsement, implementation) is not dated before it.
    fn history(&mut self, r: &'a Recommendation, adopted_at: &'a Conference) {
        if r.history.is_empty() {
            return;
        }
        let adoption = Span::of_dates(adopted_at.dates);
        self.enter(Seg::Key("history"));
        for (i, step) in r.history.iter().enumerate() {
            if !matches!(
                step.status,
                RecommendationStatus::Endorsed
                    | RecommendationStatus::InProgress
                    | RecommendationStatus::Implemented
            ) {
                continue;
            }
            let at = step
                .conference
                .as_ref()
                .and_then(|id| self.lookup(id, |i| &i.conferences));
            let (latest, when, key) = match (at, step.date) {
                (_, Some(date)) => (date.latest(), date.to_string(), "date"),
                (Some(c), None) => (
                    c.dates.latest(),
                    format!("{:?} ({})", c.id.as_str(), c.dates),
                    "conference",
                ),
                (None, None) => continue,
            };
            if latest < adoption.start {
                self.report(
                    Rule::RecommendationHistoryBeforeAdoption,
                    &[Seg::Index(i), Seg::Key(key)],
                    format!(
                        "{:?} is {} at {when}, before it was adopted at {:?} ({})",
                        r.id.as_str(),
                        step.status.as_str(),
                        adopted_at.id.as_str(),
                        adopted_at.dates
                    ),
                );
            }
        }
        self.leave();
    }
}
