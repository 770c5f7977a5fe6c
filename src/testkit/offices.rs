//! Offices held over time in a consistent dataset (vocabulary 1.2): the organiser's chair,
//! with a term length and a rotation rule, held in turn by people of the dataset whose
//! positions name it, by a country elected at the first session for a term, and by an acting
//! holder while the first holder is suspended. Nothing here breaks a rule.

use crate::count::Count;
use crate::dataset::Dataset;
use crate::date::PartialDate;
use crate::decision::Decision;
use crate::event::Actor;
use crate::id::OfficeId;
use crate::office::{
    EndCause, Office, Rotation, Suspension, Tenure, TenureEnd, Term, TermExtension, TermUnit,
};
use crate::text::Text;

/// Adds to `d`, whose ids start with `prefix`, the organiser's chair as an office held over
/// time; `variant` picks the term's unit and which tenures are extended or suspended.
pub(super) fn hold_offices(d: &mut Dataset, prefix: &str, variant: usize) {
    let (Some(organizer), Ok(id), Ok(title)) = (
        d.organizations.first().map(|o| o.id.clone()),
        format!("{prefix}-office-0").parse::<OfficeId>(),
        Text::new("Chair"),
    ) else {
        return;
    };
    let sources: Vec<_> = d.sources.iter().map(|s| s.id.clone()).take(1).collect();
    let mut office = Office::new(id.clone(), title);
    office.organization = Some(organizer.clone());
    let unit = [TermUnit::Years, TermUnit::Months];
    let unit = unit
        .get(variant % unit.len())
        .copied()
        .unwrap_or(TermUnit::Years);
    let term = Term::new(Count::exact(1), unit);
    office.term = Some(term.clone());
    office.rotation = Text::new("The chair rotates among the members each year")
        .ok()
        .map(Rotation::new);
    office.sources.clone_from(&sources);
    // The first people in turn, one year each from 2001, each position naming the office
    // where it is of the organiser or of no organisation.
    let mut year = 2001;
    for p in d.people.iter_mut().take(3) {
        let (Ok(from), Ok(to)) = (
            PartialDate::year_only(year),
            PartialDate::year_only(year + 1),
        ) else {
            continue;
        };
        let mut tenure = Tenure::person(p.id.clone());
        tenure.from = Some(from);
        tenure.to = Some(to);
        tenure.ended = Some(TenureEnd::new(EndCause::TermCompleted));
        if variant.is_multiple_of(2) {
            tenure.appointed_by = Some(Actor {
                organization: Some(organizer.clone()),
                ..Actor::default()
            });
        }
        if let Some(pos) = p
            .positions
            .iter_mut()
            .find(|pos| pos.organization.is_none() || pos.organization.as_ref() == Some(&organizer))
        {
            pos.office = Some(id.clone());
            tenure.title = (pos.title != office.title).then(|| pos.title.clone());
        }
        tenure.sources.clone_from(&sources);
        office.holders.push(tenure);
        year += 2;
    }
    // A country elected at the first session for the office's term, extended, and meanwhile
    // suspended with an acting holder: two holders at once, which the rules allow.
    let country = d.conferences.first().and_then(|c| {
        c.delegations
            .iter()
            .find_map(crate::delegation::Delegation::country)
    });
    if let (Some(country), Some(session)) = (country, d.conferences.first_mut()) {
        let mut tenure = Tenure::country(country);
        tenure.elected_at = Some(session.id.clone());
        tenure.from = PartialDate::year_only(2010).ok();
        tenure.to = PartialDate::year_only(2012).ok();
        tenure.extended = Some(TermExtension {
            to: tenure.to,
            reason: Text::new("The pandemic").ok(),
            sources: sources.clone(),
            wording: None,
        });
        if variant.is_multiple_of(3) {
            tenure.suspended = Some(Suspension {
                from: PartialDate::year_only(2011).ok(),
                to: None,
                attested: None,
                sources: sources.clone(),
                wording: None,
            });
            if let Some(p) = d.people.first() {
                let mut acting = Tenure::person(p.id.clone());
                acting.acting = true;
                acting.from = PartialDate::year_only(2011).ok();
                acting.to = PartialDate::year_only(2012).ok();
                office.holders.push(acting);
            }
        }
        office.holders.push(tenure);
        let mut elected = Decision::elect_countries(vec![country]);
        if let Decision::ElectMembers { term: slot, .. } = &mut elected {
            *slot = Some(term);
        }
        session.decisions.push(elected);
    }
    d.offices.push(office);
}
