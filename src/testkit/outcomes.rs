//! What part 3 of vocabulary 1.2 can say about a generated session, drawn from the plan's own
//! numbers so that every dataset tries some of it: its opening ceremony with who opened it, a
//! preparatory meeting before it, a theme, context, a declaration adopted by vote, a deferral,
//! and recommendations' beneficiaries and later endorsement. Nothing here breaks a rule.

use crate::Conference;
use crate::claim::Rank;
use crate::conference::{AttendanceCount, CountPart, CountStage, Measure};
use crate::count::Count;
use crate::date::{Anchor, AnchorBasis, Date, DateRange, DayEnd, PartialDate, RelativeDay};
use crate::decision::{Decision, DocumentForm, Effective, Particulars, Vote, VoteMethod};
use crate::event::{
    Actor, Conclusion, ContextEvent, ContextKind, EventKind, EventRelation, FirstIn, OpenTo,
    RelatedEvent, Stance, Theme, ThemeVariant, TimeOfDay, Timing,
};
use crate::id::{DecisionId, OrganizationId, SourceId};
use crate::person::Person;
use crate::recommendation::{Addressee, Recommendation, RecommendationStatus, StatusEvent};
use crate::role::{RoleKind, SessionRole};
use crate::text::{Paragraph, Text};
use crate::topic::{KnownTopic, Topic};

/// "Closed yesterday", of the session's last day, counted from the day after it (a date
/// stamp in the proceedings' address).
fn closed_yesterday(c: &mut Conference, source: Option<&SourceId>, dates: DateRange) {
    if let (Some(source), Ok(words), Some(after)) = (
        source,
        Text::new("closed yesterday"),
        dates
            .end()
            .to_time()
            .next_day()
            .and_then(|d| Date::try_from(d).ok()),
    ) {
        let mut closed = RelativeDay::days(words, source.clone(), -1);
        closed.gives = DayEnd::Last;
        closed.anchor = Some(Anchor::new(after, AnchorBasis::Url));
        c.relative.push(closed);
    }
}

/// One conclusion per session, its stance varying with `variant`, citing the session's sources.
fn conclude(c: &mut Conference, variant: usize) {
    if let Ok(text) = Paragraph::new("The ministers welcomed the progress made.") {
        let stance = Stance::ALL
            .get(variant % Stance::ALL.len())
            .copied()
            .unwrap_or(Stance::Other);
        let mut conclusion = Conclusion::new(stance, text);
        conclusion.sources.clone_from(&c.sources);
        c.conclusions.push(conclusion);
    }
}

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
        // "Opened today", as the proceedings say (published only to the year: not checked,
        // except on odd variants, counted from the date stamp in the proceedings' address).
        if let (Some(source), Ok(words)) = (source, Text::new("today")) {
            let mut today = RelativeDay::days(words, source.clone(), 0);
            if variant % 2 == 1 {
                today.anchor = Some(Anchor::new(dates.start(), AnchorBasis::Url));
            }
            opening.relative.push(today);
        }
        closed_yesterday(c, source, dates);
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
    conclude(c, variant);
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
    decisions(c, organizer, source, declaration, variant);
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

/// The declaration with what it says about itself (an id from the session's, topics, the
/// organiser's member countries as addressees, drafted by the organiser), and by `variant` a
/// second source's version of it that agrees, and a batch of decisions with its count.
fn decisions(
    c: &mut Conference,
    organizer: &OrganizationId,
    source: Option<&SourceId>,
    declaration: Decision,
    variant: usize,
) {
    let id = DecisionId::new(&format!("{}-declaration", c.id.as_str())).ok();
    let mut about = Particulars::default();
    about.id.clone_from(&id);
    about.topics = vec![Topic::Known(KnownTopic::OrganizedCrime)];
    about.addressees = vec![Addressee::MemberCountries {
        organization: organizer.clone(),
    }];
    about.binding = Some(variant.is_multiple_of(2));
    about.drafted_by = vec![organizer.clone()];
    if let Ok(purpose) = Paragraph::new("to strengthen cooperation against transnational crime") {
        about.purpose = Some(purpose);
    }
    let version = declaration.clone();
    c.decisions.push(declaration.with_particulars(about));
    if variant % 3 == 1 {
        let other = Particulars {
            version_of: id,
            rank: Some(Rank::Normal),
            ..Particulars::default()
        };
        c.decisions.push(
            version
                .with_sources(source.cloned())
                .with_particulars(other),
        );
    }
    if variant % 6 == 5 {
        let count = Count::exact(u32::try_from(variant % 30).unwrap_or(0) + 1);
        c.decisions
            .push(Decision::adopt_document(DocumentForm::Decision).with_count(count));
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
