//! The checks of a session's decisions, host designations among them.

use crate::conference::Conference;
use crate::count::Count;
use crate::decision::{Decision, HostDesignation};
use crate::id::RecommendationId;
use crate::read::pointer::Seg;
use crate::rule::Rule;
use crate::rules::walk::{Span, Walker};

impl<'a> Walker<'a> {
    pub(super) fn decision(&mut self, c: &'a Conference, d: &'a Decision, span: Span) {
        match d {
            Decision::EndorseStrategy { strategy, .. } => {
                let endorser = self
                    .lookup(strategy, |i| &i.strategies)
                    .and_then(|s| s.endorsed_by.as_ref());
                if let Some(endorser) = endorser
                    && *endorser != c.id
                {
                    self.report(
                        Rule::StrategyEndorsementMismatch,
                        &[Seg::Key("strategy")],
                        format!(
                            "{:?} endorses strategy {:?}, which names {:?} as its endorser",
                            c.id.as_str(),
                            strategy.as_str(),
                            endorser.as_str()
                        ),
                    );
                }
            }
            Decision::AdoptRecommendations {
                recommendations,
                total,
                ..
            } => self.adoption(c, recommendations, *total),
            Decision::DesignateHost(h) => self.host(c, h, span),
            Decision::Elect {
                person,
                position,
                from: Some(from),
                to: Some(to),
                ..
            }
            | Decision::Appoint {
                person,
                position,
                from: Some(from),
                to: Some(to),
                ..
            } if from.earliest() > to.latest() => {
                self.report(
                    Rule::PositionDatesOrder,
                    &[Seg::Key("to")],
                    format!(
                        "the term of {:?} as {:?} ends ({to}) before it starts ({from})",
                        person.as_str(),
                        position.title.as_str()
                    ),
                );
            }
            Decision::AdmitMember {
                country,
                organization,
                ..
            } => match (country, organization) {
                (Some(code), None) => {
                    self.country_at(*code, span, &[Seg::Key("country")], "the admission");
                }
                (Some(_), Some(_)) => self.report(
                    Rule::DecisionAdmitMemberParty,
                    &[Seg::Key("organization")],
                    "the admission names both a country and an organization".to_owned(),
                ),
                (None, None) => self.report(
                    Rule::DecisionAdmitMemberParty,
                    &[],
                    "the admission names neither a country nor an organization".to_owned(),
                ),
                (None, Some(_)) => {}
            },
            Decision::EstablishBody { .. }
            | Decision::Elect { .. }
            | Decision::Appoint { .. }
            | Decision::Other { .. } => {}
        }
    }

    /// An adoption's list fits its stated total, and each recommendation names the session.
    fn adoption(
        &mut self,
        c: &'a Conference,
        recommendations: &'a [RecommendationId],
        total: Option<Count>,
    ) {
        if let Some(total) = total
            && let (_, Some(high)) = total.range()
            && recommendations.len() > high as usize
        {
            self.report(
                Rule::DecisionAdoptedExceedsTotal,
                &[Seg::Key("total")],
                format!(
                    "{} recommendations are listed, but the source says {} were adopted",
                    recommendations.len(),
                    total.as_stated()
                ),
            );
        }
        for (i, r) in recommendations.iter().enumerate() {
            if let Some(rec) = self.lookup(r, |i| &i.recommendations)
                && rec.adopted_at != c.id
            {
                self.report(
                    Rule::RecommendationAdoptionMismatch,
                    &[Seg::Key("recommendations"), Seg::Index(i)],
                    format!(
                        "{:?} adopts recommendation {:?}, which names {:?} as where it was adopted",
                        c.id.as_str(),
                        r.as_str(),
                        rec.adopted_at.as_str()
                    ),
                );
            }
        }
    }

    fn host(&mut self, c: &'a Conference, h: &'a HostDesignation, span: Span) {
        if let Some(series) = &c.series
            && *series != h.series
        {
            self.report(
                Rule::HostSeries,
                &[Seg::Key("series")],
                format!(
                    "the designation is for series {:?}, but {:?} belongs to {:?}",
                    h.series.as_str(),
                    c.id.as_str(),
                    series.as_str()
                ),
            );
        } else if let (Some(_), Some(ordinal), Some(designated)) = (&c.series, c.ordinal, h.ordinal)
        {
            if designated <= ordinal {
                self.report(
                    Rule::HostOrdinalOrder,
                    &[Seg::Key("ordinal")],
                    format!(
                        "the {ordinal} session designates a host for the {designated}, which is not after it",
                    ),
                );
            } else if designated != ordinal.next() {
                self.report(
                    Rule::HostOrdinalSkipped,
                    &[Seg::Key("ordinal")],
                    format!(
                        "the {ordinal} session designates a host for the {designated}, skipping the {}",
                        ordinal.next()
                    ),
                );
            }
        }
        if h.country.is_none() && h.city.is_none() && h.host_organization.is_none() {
            self.report(
                Rule::HostDesignationEmpty,
                &[],
                "the designation names no country, city or host organization".to_owned(),
            );
        }
        if let Some(date) = h.date
            && date.latest() < span.start
        {
            self.report(
                Rule::HostDateOrder,
                &[Seg::Key("date")],
                format!(
                    "the designated session is dated {date}, before the designating session ({})",
                    c.dates
                ),
            );
        }
        let Some(country) = h.country else {
            self.host_target(h);
            return;
        };
        // Without a date, the country is checked as of the designating session.
        let when = h.date.map_or(span, Span::of_partial);
        self.country_at(country, when, &[Seg::Key("country")], "the designation");
        if c.series.is_some()
            && let Some((region, members)) = self.region_members(c.region.as_ref())
            && !members.contains(country)
        {
            self.report(
                Rule::HostOutsideRegion,
                &[Seg::Key("country")],
                format!(
                    "{country} ({}) is not a listed member of region {:?}",
                    country.name(),
                    region.id.as_str()
                ),
            );
        }
        self.host_target(h);
    }

    /// The designated session, where the dataset holds it, agrees with the designation.
    fn host_target(&mut self, h: &'a HostDesignation) {
        let Some(target) = &h.conference else {
            return;
        };
        if let Some(t) = self.lookup(target, |i| &i.conferences) {
            let mut differences = Vec::new();
            if t.series.as_ref() != Some(&h.series) {
                differences.push("series");
            }
            if h.ordinal.is_some_and(|o| t.ordinal != Some(o)) {
                differences.push("ordinal");
            }
            let venue_country = t.venue.as_ref().and_then(|v| v.country);
            if let (Some(theirs), Some(ours)) = (venue_country, h.country)
                && theirs != ours
            {
                differences.push("country");
            }
            if !differences.is_empty() {
                self.report(
                    Rule::HostConferenceMismatch,
                    &[Seg::Key("conference")],
                    format!(
                        "{:?} differs from the designation in its {}",
                        target.as_str(),
                        differences.join(", ")
                    ),
                );
            }
        }
    }
}
