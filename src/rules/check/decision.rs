//! The checks of a session's decisions, host designations among them.

use crate::claim::Rank;
use crate::conference::{Conference, Venue};
use crate::count::Count;
use crate::date::PartialDate;
use crate::decision::{Decision, DecisionStatus, HostDesignation};
use crate::id::{ConferenceId, DecisionId, RecommendationId};
use crate::ordinal::Ordinal;
use crate::read::pointer::Seg;
use crate::rule::Rule;
use crate::rules::held::compared;
use crate::rules::walk::{Span, Walker};

/// What a decision that looks ahead to a later session says, for [`Walker::later_session`].
struct Later {
    rule: Rule,
    /// The words before the session it names.
    to_session: &'static str,
    /// The words before the date it gives.
    to_date: &'static str,
}

const DEFERRAL: Later = Later {
    rule: Rule::DecisionDeferNotLater,
    to_session: "the matter is deferred to",
    to_date: "the matter is deferred to",
};

const CONVENING: Later = Later {
    rule: Rule::DecisionConveneNotLater,
    to_session: "the decision convenes",
    to_date: "the decision convenes a session for",
};

impl<'a> Walker<'a> {
    pub(super) fn decision(&mut self, c: &'a Conference, d: &'a Decision, span: Span) {
        let day = d.decided_on().and_then(PartialDate::to_date);
        self.relative_days(d.relative(), (day, day));
        if let Some(day) = d.decided_on()
            && Span::of_partial(day).misses(span)
        {
            self.report(
                Rule::DecisionDateOutside,
                &[Seg::Key("decided_on")],
                format!(
                    "the {} decision is dated {day}, outside the session ({})",
                    d.kind(),
                    c.dates
                ),
            );
        }
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
            Decision::EndorseDecision { decision, .. } => self.endorsement(c, decision),
            Decision::AdoptRecommendations {
                recommendations,
                total,
                ..
            } => self.adoption(c, recommendations, *total),
            Decision::DesignateHost(h) => self.host(c, h, span),
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
            Decision::ElectMembers { countries, .. } => {
                for (i, code) in countries.iter().enumerate() {
                    self.country_at(
                        *code,
                        span,
                        &[Seg::Key("countries"), Seg::Index(i)],
                        "the election",
                    );
                }
            }
            Decision::Defer {
                conference, date, ..
            } => self.later_session(c, conference.as_ref(), *date, &DEFERRAL),
            Decision::Convene {
                conference, date, ..
            } => self.later_session(c, conference.as_ref(), *date, &CONVENING),
            Decision::EstablishBody { .. }
            | Decision::EstablishSeries { .. }
            | Decision::Elect { .. }
            | Decision::Appoint { .. }
            | Decision::AdoptDocument { .. }
            | Decision::Other { .. } => {}
        }
        self.election(d);
        self.version(c, d);
    }

    /// A version names another decision of the same session, and says what it says.
    fn version(&mut self, c: &'a Conference, d: &'a Decision) {
        let Some(of) = d.version_of() else { return };
        if self.index.is_none() {
            return;
        }
        let unresolved = |this: &mut Self, why: String| {
            this.report(
                Rule::DecisionVersionUnresolved,
                &[Seg::Key("version_of")],
                format!("version_of {:?} {why}", of.as_str()),
            );
        };
        if d.id() == Some(of) {
            return unresolved(self, "names the decision itself".to_owned());
        }
        let Some((at, target)) = self.lookup(of, |i| &i.decisions) else {
            return unresolved(self, "names no decision in the dataset".to_owned());
        };
        if *at != c.id {
            return unresolved(
                self,
                format!(
                    "names a decision of {:?}, not of {:?}: the versions of one act are decisions of one session",
                    at.as_str(),
                    c.id.as_str()
                ),
            );
        }
        let normal = d
            .particulars()
            .and_then(|p| p.rank)
            .is_none_or(|r| r == Rank::Normal);
        if !normal {
            return;
        }
        let (mine, theirs) = (account(d), account(target));
        if mine != theirs {
            self.report(
                Rule::DecisionVersionDisagreement,
                &[],
                format!(
                    "this version says {mine} ({}), but decision {:?} says {theirs} ({})",
                    cited(d),
                    of.as_str(),
                    cited(target)
                ),
            );
        }
    }

    /// An election's or appointment's term runs forward, and the position it fills is the
    /// person's.
    fn election(&mut self, d: &'a Decision) {
        let (Decision::Elect {
            person,
            position,
            fills,
            from,
            to,
            ..
        }
        | Decision::Appoint {
            person,
            position,
            fills,
            from,
            to,
            ..
        }) = d
        else {
            return;
        };
        if let (Some(from), Some(to)) = (from, to)
            && from.earliest() > to.latest()
        {
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
        if let Some(fills) = fills
            && let Some(holder) = self.lookup(person, |i| &i.people)
            && self.held.position(holder, fills).is_none()
        {
            self.report(
                Rule::DecisionPositionUnknown,
                &[Seg::Key("fills")],
                format!(
                    "the decision fills position {:?}, which {:?} does not have",
                    fills.as_str(),
                    person.as_str()
                ),
            );
        }
    }

    /// An endorsement names a decision of a session that has begun by the time this one ends.
    fn endorsement(&mut self, c: &'a Conference, decision: &'a DecisionId) {
        let Some((at, _)) = self.lookup(decision, |i| &i.decisions) else {
            return;
        };
        if let Some(session) = self.lookup(at, |i| &i.conferences)
            && session.dates.earliest() > c.dates.latest()
        {
            self.report(
                Rule::DecisionEndorseLater,
                &[Seg::Key("decision")],
                format!(
                    "the decision endorses {:?}, taken at {:?} ({}), which begins after {:?} ({}) ends",
                    decision.as_str(),
                    session.id.as_str(),
                    session.dates,
                    c.id.as_str(),
                    c.dates
                ),
            );
        }
    }

    /// A deferral or a convening names a later session, or a later date: one that may end
    /// after the first day this session may have ended on (a session of "July 2011" may
    /// convene one on 25 July 2011).
    fn later_session(
        &mut self,
        c: &'a Conference,
        target: Option<&'a ConferenceId>,
        date: Option<PartialDate>,
        later: &Later,
    ) {
        let ended = c.dates.earliest_end();
        if let Some(target) = target
            && let Some(session) = self.lookup(target, |i| &i.conferences)
            && (session.id == c.id || session.dates.latest() <= ended)
        {
            self.report(
                later.rule,
                &[Seg::Key("conference")],
                format!(
                    "{} {:?} ({}), which does not come after {:?} ({})",
                    later.to_session,
                    session.id.as_str(),
                    session.dates,
                    c.id.as_str(),
                    c.dates
                ),
            );
        }
        if let Some(date) = date
            && date.latest() <= ended
        {
            self.report(
                later.rule,
                &[Seg::Key("date")],
                format!(
                    "{} {date}, which does not come after {:?} ({})",
                    later.to_date,
                    c.id.as_str(),
                    c.dates
                ),
            );
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
            } else {
                // The series may choose its hosts more than one session ahead.
                let ahead = self
                    .lookup(&h.series, |i| &i.series)
                    .and_then(|s| s.hosts_chosen_ahead)
                    .map_or(1, |n| u32::from(n.get()));
                if designated.get() > ordinal.get().saturating_add(ahead) {
                    let skipped =
                        Ordinal::new(ordinal.get().saturating_add(ahead)).unwrap_or(ordinal.next());
                    self.report(
                        Rule::HostOrdinalSkipped,
                        &[Seg::Key("ordinal")],
                        format!(
                            "the {ordinal} session designates a host for the {designated}, skipping the {skipped}",
                        ),
                    );
                }
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

    /// The designated session, where the dataset holds it, agrees with the designation: each
    /// difference is named with both values.
    fn host_target(&mut self, h: &'a HostDesignation) {
        let Some(target) = &h.conference else {
            return;
        };
        let Some(t) = self.lookup(target, |i| &i.conferences) else {
            return;
        };
        let mut differences = Vec::new();
        if t.series.as_ref() != Some(&h.series) {
            differences.push(format!(
                "its series is {}, the designation's {:?}",
                t.series
                    .as_ref()
                    .map_or("not given".to_owned(), |s| format!("{:?}", s.as_str())),
                h.series.as_str()
            ));
        }
        if let Some(ours) = h.ordinal
            && t.ordinal != Some(ours)
        {
            differences.push(format!(
                "its ordinal is {}, the designation's {ours}",
                t.ordinal.map_or("not given".to_owned(), |o| o.to_string())
            ));
        }
        let venue = t.venue.as_ref();
        if let (Some(theirs), Some(ours)) = (venue.and_then(|v| v.country), h.country)
            && theirs != ours
        {
            differences.push(format!("its country is {theirs}, the designation's {ours}"));
        }
        if let (Some(v), Some(ours)) = (venue, &h.city)
            && let Some(theirs) = &v.city
            && !same_city(v, ours.as_str())
        {
            differences.push(format!(
                "its city is {:?}, the designation's {:?}",
                theirs.as_str(),
                ours.as_str()
            ));
        }
        if let Some(ours) = h.date
            && Span::of_dates(t.dates).misses(Span::of_partial(ours))
        {
            differences.push(format!("it is dated {}, the designation {ours}", t.dates));
        }
        if !differences.is_empty() {
            self.report(
                Rule::HostConferenceMismatch,
                &[Seg::Key("conference")],
                format!(
                    "{:?} differs from the designation: {}",
                    target.as_str(),
                    differences.join("; ")
                ),
            );
        }
    }
}

/// Whether a venue's city, or one of its other names, is `city`, compared by letters and
/// digits, lowercased ("Bogotá" and "bogota" are not the same; "Dar es Salaam" and
/// "Dar-es-Salaam" are).
fn same_city(venue: &Venue, city: &str) -> bool {
    let wanted = compared(city);
    venue
        .city
        .iter()
        .chain(&venue.city_other_names)
        .any(|name| compared(name.as_str()) == wanted)
}

/// What a decision says, for comparing the versions of one act: its kind, whom it elects,
/// appoints or admits and to what, and its status (none is `taken`).
fn account(d: &Decision) -> String {
    let ids = |list: &[crate::id::OrganizationId]| {
        list.iter()
            .map(|o| format!("{:?}", o.as_str()))
            .collect::<Vec<_>>()
    };
    let what = match d {
        Decision::Elect {
            person, position, ..
        }
        | Decision::Appoint {
            person, position, ..
        } => format!(
            "{} of {:?} as {:?}",
            d.kind(),
            person.as_str(),
            position.title.as_str()
        ),
        Decision::ElectMembers {
            countries,
            organizations,
            seat,
            ..
        } => {
            let mut named: Vec<String> = countries
                .iter()
                .map(|c| format!("{:?}", c.as_str()))
                .collect();
            named.extend(ids(organizations));
            let seat = seat
                .as_ref()
                .map(|s| format!(" to {:?}", s.as_str()))
                .unwrap_or_default();
            format!("elect_members of [{}]{seat}", named.join(", "))
        }
        Decision::AdmitMember {
            country,
            organization,
            ..
        } => {
            let party = country
                .map(|c| format!("{:?}", c.as_str()))
                .or_else(|| organization.as_ref().map(|o| format!("{:?}", o.as_str())))
                .unwrap_or_default();
            format!("admit_member of {party}")
        }
        other => other.kind().to_owned(),
    };
    let status = d.status().unwrap_or(DecisionStatus::Taken);
    format!("{what}, {status}")
}

/// A decision's sources, as a message quotes them.
fn cited(d: &Decision) -> String {
    if d.sources().is_empty() {
        return "no source".to_owned();
    }
    let names: Vec<&str> = d
        .sources()
        .iter()
        .map(crate::id::SourceId::as_str)
        .collect();
    format!("sources {}", names.join(", "))
}
