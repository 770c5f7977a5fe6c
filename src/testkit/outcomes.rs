//! What part 3 of vocabulary 1.2 can say about a generated session, drawn from the plan's own
//! numbers so that every dataset tries some of it: its opening ceremony with who opened it, a
//! preparatory meeting before it, a theme, context, a declaration adopted by vote, a deferral,
//! and recommendations' beneficiaries and later endorsement. Nothing here breaks a rule.

use crate::Conference;
use crate::conference::{AttendanceCount, CountPart, CountStage, Measure};
use crate::count::Count;
use crate::date::{DateRange, PartialDate, RelativeDay};
use crate::decision::{Decision, DocumentForm, Effective, Vote, VoteMethod};
use crate::event::{
    Actor, ContextEvent, ContextKind, EventKind, EventRelation, FirstIn, OpenTo, RelatedEvent,
    Theme, ThemeVariant, TimeOfDay, Timing,
};
use crate::id::{OrganizationId, SourceId};
use crate::person::Person;
use crate::recommendation::{Addressee, Recommendation, RecommendationStatus, StatusEvent};
use crate::role::{RoleKind, SessionRole};
use crate::text::{Paragraph, Text};

/// Adds the session's parts, theme, context and outcomes to `c`, by `variant`.
pub(super) fn session(
    c: &mut Conference,
    people: &[Person],
    organizer: &OrganizationId,
    source: Option<&SourceId>,
    dates: DateRange,
    variant: usize,
) {
    let first_day = PartialDate::from(dates.start());
    let last_day = PartialDate::from(dates.end());
    if let Ok(title) = Text::new("Opening ceremony") {
        let mut opening = RelatedEvent::new(EventRelation::HasPart, title);
        opening.kind = Some(EventKind::OpeningCeremony);
        opening.dates = Some(first_day.into());
        // "Opened today", as the proceedings say (published only to the year: not checked).
        if let (Some(source), Ok(words)) = (source, Text::new("today")) {
            opening
                .relative
                .push(RelativeDay::days(words, source.clone(), 0));
        }
        if let Some(person) = people.get(variant % people.len().max(1)) {
            let mut opened = SessionRole::person(RoleKind::Opened, person.id.clone());
            opened.date = Some(first_day);
            opening.roles.push(opened);
        }
        opening
            .roles
            .push(SessionRole::organization(RoleKind::Host, organizer.clone()));
        opening_detail(&mut opening, variant);
        c.related_events.push(opening);
    }
    if variant.is_multiple_of(3)
        && let Ok(title) = Text::new("Preparatory meeting of senior officials")
    {
        let mut preparatory = RelatedEvent::new(EventRelation::PrecededBy, title);
        preparatory.kind = Some(EventKind::PreparatoryMeeting);
        c.related_events.push(preparatory);
    }
    if let Ok(text) = Text::new("Together against transnational crime") {
        let mut theme = Theme::new(text);
        if variant.is_multiple_of(2)
            && let (Ok(other), Ok(language)) = (
                Text::new("Ensemble contre la criminalité transnationale"),
                "fr".parse(),
            )
        {
            let mut translated = ThemeVariant::new(other);
            translated.language = Some(language);
            theme.variants.push(translated);
        }
        c.theme = Some(theme);
    }
    c.statutory = Some(variant % 4 != 1);
    if variant % 4 == 2 {
        c.first_in = Some(FirstIn::City);
    }
    if variant % 3 == 1
        && let Ok(description) = Paragraph::new("The council asked the session for a plan.")
    {
        let mut request = ContextEvent::new(ContextKind::Request, description);
        request.actor = Some(Actor {
            organization: Some(organizer.clone()),
            ..Actor::default()
        });
        c.context.push(request);
    }
    let mut vote = Vote::by(if variant.is_multiple_of(2) {
        VoteMethod::Consensus
    } else {
        VoteMethod::ShowOfHands
    });
    if variant % 2 == 1 {
        vote.in_favour = Some(Count::exact(u32::try_from(variant % 40).unwrap_or(0) + 1));
        vote.against = Some(Count::exact(0));
    }
    let mut declaration = Decision::adopt_document(DocumentForm::Declaration).with_vote(vote);
    if let Decision::AdoptDocument {
        title,
        decided_on,
        effective,
        ..
    } = &mut declaration
    {
        *title = Text::new("Final declaration").ok();
        *decided_on = Some(last_day);
        if variant.is_multiple_of(5) {
            *effective = Some(Effective {
                date: PartialDate::year_only(dates.end().year().saturating_add(1)).ok(),
                ..Effective::default()
            });
        }
    }
    c.decisions.push(declaration);
    if variant % 4 == 3
        && let Ok(matter) = Text::new("The revision of the rules of procedure")
    {
        let mut deferral = Decision::defer(matter);
        if let Decision::Defer { date, .. } = &mut deferral {
            *date = PartialDate::year_only(dates.end().year().saturating_add(1)).ok();
        }
        c.decisions.push(deferral);
    }
}

/// The opening's time, whom it is open to, and those present without a number (1.2), by
/// `variant`.
fn opening_detail(opening: &mut RelatedEvent, variant: usize) {
    if let Some(nine) = TimeOfDay::new(9, 0) {
        let mut time = Timing::starting(nine);
        time.end = TimeOfDay::new(10, 30).filter(|_| variant % 2 == 1);
        opening.time = Some(time);
    }
    opening.open_to = Some(if variant.is_multiple_of(2) {
        OpenTo::Press
    } else {
        OpenTo::MembersOnly
    });
    let mut guests = AttendanceCount::unstated(Measure::Officials);
    guests.stage = Some(CountStage::Present);
    guests.part = Text::new("ambassadors").ok().map(CountPart::Category);
    opening.attendance.push(guests);
}

/// Beneficiaries and a later endorsement for a recommendation adopted at `c`, by `variant`.
pub(super) fn recommendation(
    r: &mut Recommendation,
    organizer: &OrganizationId,
    dates: DateRange,
    variant: usize,
) {
    if variant.is_multiple_of(2) {
        r.beneficiaries.push(Addressee::MemberCountries {
            organization: organizer.clone(),
        });
    }
    if variant % 3 != 2 {
        let mut endorsed = StatusEvent::new(RecommendationStatus::Endorsed);
        endorsed.date = PartialDate::year_only(dates.end().year().saturating_add(1)).ok();
        r.history.push(endorsed);
    }
}
