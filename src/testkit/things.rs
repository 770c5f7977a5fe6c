//! What a consistent dataset refers to besides sessions (vocabulary 1.2, part 3): series
//! described as entities, a capability that recommendations and agenda items name, a joint
//! body created at a session, and a region divided into a subregion; an organiser's seat and
//! admission rules, the joint body's composition and opening, agenda items with their order,
//! stage, announcer, reviewed strategy and a report discussed, a part of a session with its
//! own agenda, a session held in line with a strategy, and a monthly series a session
//! establishes.

use crate::capability::{Capability, CapabilityKind};
use crate::conference::{AgendaItem, AgendaStage, Venue};
use crate::count::Count;
use crate::dataset::Dataset;
use crate::date::PartialDate;
use crate::decision::{Decision, DocumentForm};
use crate::document::{AgendaDocument, DocumentStage, DocumentStep};
use crate::id::{CapabilityId, RegionId, SeriesId};
use crate::ordinal::Ordinal;
use crate::organization::{Admission, Composition, Membership, OrganizationKind};
use crate::region::Region;
use crate::series::{Cadence, Series};
use crate::text::{Paragraph, Text};

/// Adds to `d`, whose ids start with `prefix`, what it refers to, breaking no rule: `variant`
/// picks among the kinds and cadences, so that datasets try each.
pub(super) fn refer_to_things(d: &mut Dataset, prefix: &str, variant: usize, text: &Paragraph) {
    let Some(organizer) = d.organizations.first().map(|o| o.id.clone()) else {
        return;
    };
    let sources: Vec<_> = d.sources.iter().map(|s| s.id.clone()).take(1).collect();
    // Every other series its sessions name is described; the others stay plain keys.
    let cadences = [Cadence::Annual, Cadence::Biennial, Cadence::Irregular];
    let mut described = Vec::new();
    for (i, c) in d.conferences.iter().enumerate().filter(|(i, _)| i % 2 == 0) {
        if let (Some(id), Ok(title)) = (&c.series, Text::new("Series")) {
            let mut s = Series::new(id.clone(), title, organizer.clone());
            s.region.clone_from(&c.region);
            s.cadence = cadences.get((variant + i) % cadences.len()).copied();
            s.sources.clone_from(&sources);
            described.push(s);
        }
    }
    d.series = described;
    // One capability, named by every recommendation and every session's first agenda item.
    let kinds = CapabilityKind::ALL;
    if let (Ok(id), Ok(name), Some(kind)) = (
        format!("{prefix}-capability-0").parse::<CapabilityId>(),
        Text::new("System"),
        kinds.get(variant % kinds.len()),
    ) {
        let mut k = Capability::new(id.clone(), name, *kind);
        k.operator = Some(organizer.clone());
        k.description = Some(text.clone());
        k.sources.clone_from(&sources);
        for r in &mut d.recommendations {
            r.capabilities.push(id.clone());
        }
        for c in &mut d.conferences {
            if let Some(item) = c.agenda.first_mut() {
                item.capabilities.push(id.clone());
            }
        }
        d.capabilities.push(k);
    }
    joint_body(d, variant, text, &sources);
    subregion(d, prefix, text);
    bodies(d, variant, text, &sources);
    agendas(d, prefix, variant);
}

/// The last of three or more organisations becomes a joint body of the first two, created
/// at the first session, with a mandate and a membership total.
fn joint_body(d: &mut Dataset, variant: usize, text: &Paragraph, sources: &[crate::id::SourceId]) {
    let session = d
        .conferences
        .first()
        .map(|c| (c.id.clone(), c.dates.earliest()));
    let ids: Vec<_> = d.organizations.iter().map(|o| o.id.clone()).collect();
    let (Some((created_at, day)), [first, second, .., _]) = (session, ids.as_slice()) else {
        return;
    };
    let Some(body) = d.organizations.last_mut() else {
        return;
    };
    let kinds = [
        OrganizationKind::Committee,
        OrganizationKind::WorkingGroup,
        OrganizationKind::Secretariat,
    ];
    body.kind = kinds
        .get(variant % kinds.len())
        .copied()
        .unwrap_or(body.kind);
    body.parents = [first, second]
        .into_iter()
        .filter(|p| body.parent.as_ref() != Some(*p))
        .cloned()
        .collect();
    body.created_at = Some(created_at);
    body.mandate = Some(text.clone());
    let mut members = Membership::new(Count::exact(u32::try_from(variant % 40).unwrap_or(0) + 2));
    members.as_of = Some(PartialDate::from(day));
    members.sources = sources.to_vec();
    body.membership.push(members);
}

/// The first region, described, and divided into a subregion of its first members.
fn subregion(d: &mut Dataset, prefix: &str, text: &Paragraph) {
    let Ok(id) = format!("{prefix}-region-1").parse::<RegionId>() else {
        return;
    };
    let Some(region) = d.regions.first_mut() else {
        return;
    };
    let Ok(name) = Text::new("Subregion") else {
        return;
    };
    let mut sub = Region::new(id.clone(), name, region.organizer.clone());
    sub.members = region.members.iter().take(2).copied().collect();
    region.description = Some(text.clone());
    region.subregions.push(id);
    d.regions.push(sub);
}

/// The organiser's seat and admission rules (open to the members of the second
/// organisation, observers by invitation), and the joint body's composition and opening.
fn bodies(d: &mut Dataset, variant: usize, text: &Paragraph, sources: &[crate::id::SourceId]) {
    let second = d.organizations.get(1).map(|o| o.id.clone());
    let first = d.organizations.first().map(|o| o.id.clone());
    let opened = d.conferences.first().map(|c| c.dates.earliest());
    let count = d.organizations.len();
    if let Some(organizer) = d.organizations.first_mut() {
        if let Ok(city) = Text::new("Capital") {
            let mut seat = Venue::city_only(city);
            seat.sources = sources.to_vec();
            organizer.seat = Some(seat);
        }
        let mut members = Admission::new(text.clone());
        members.members_of.extend(second);
        members.associate_members = Some(variant.is_multiple_of(2));
        members.sources = sources.to_vec();
        organizer.membership_rule = Some(members);
        let mut observers = Admission::new(text.clone());
        observers.by_invitation = Some(true);
        observers.on_request = Some(!variant.is_multiple_of(3));
        organizer.observer_rule = Some(observers);
    }
    // The joint body of `joint_body`, when there is one.
    if count < 3 {
        return;
    }
    if let (Some(body), Ok(office)) = (d.organizations.last_mut(), Text::new("Heads of police")) {
        let mut entry = Composition::new(office);
        entry.members_of = first;
        entry.sources = sources.to_vec();
        body.composition.push(entry);
        body.opened = opened.map(PartialDate::from);
    }
}

/// Each session's first agenda item opens the proceedings, adopted or announced by the
/// organiser, with the organiser's report at its first reading and a draft agenda proposed
/// for the next session; each session convenes the session that ends next after it and
/// endorses the declaration of the one that ended last before it began; the first strategy is
/// reviewed by, and frames, the sessions after the one that endorsed it; an opening ceremony
/// has an agenda of its own; the first session establishes a monthly series of meetings.
fn agendas(d: &mut Dataset, prefix: &str, variant: usize) {
    let strategy = d
        .strategies
        .first()
        .map(|s| (s.id.clone(), s.endorsed_by.clone()));
    let organizer = d.organizations.first().map(|o| o.id.clone());
    let sessions: Vec<_> = d.conferences.iter().map(|c| c.id.clone()).collect();
    // The sessions by their last day, for convening the next one.
    let mut by_end: Vec<_> = d
        .conferences
        .iter()
        .map(|c| (c.dates.latest(), c.id.clone()))
        .collect();
    by_end.sort_unstable();
    // Each session's first decision with an id (its declaration), for endorsing it later.
    let acts: std::collections::HashMap<_, _> = d
        .conferences
        .iter()
        .filter_map(|c| {
            Some((
                c.id.clone(),
                c.decisions.iter().find_map(Decision::id)?.clone(),
            ))
        })
        .collect();
    let stages = [
        AgendaStage::Announced,
        AgendaStage::Adopted,
        AgendaStage::Discussed,
    ];
    // Sessions are in order: those after the endorsing one review the strategy.
    let mut endorsed = false;
    for (i, c) in d.conferences.iter_mut().enumerate() {
        if let Some(item) = c.agenda.first_mut() {
            item.order = Ordinal::new(1).ok();
            item.stage = stages.get((variant + i) % stages.len()).copied();
            item.announced_by.clone_from(&organizer);
            // The organiser's report, discussed at its first reading here.
            if let Ok(title) = Text::new("Activity report") {
                let mut read = DocumentStep::new(DocumentStage::Discussed);
                read.reading = Ordinal::new(1).ok();
                read.conference = Some(c.id.clone());
                let mut report = AgendaDocument::new(title);
                report.form = Some(DocumentForm::Report);
                report.author.clone_from(&organizer);
                report.stages.push(read);
                item.documents.push(report);
            }
            // A draft agenda proposed here for the next session.
            if let (Some(next), Ok(title)) = (sessions.get(i + 1), Text::new("Draft agenda")) {
                let mut proposed = DocumentStep::new(DocumentStage::Proposed);
                proposed.conference = Some(c.id.clone());
                let mut draft = AgendaDocument::new(title);
                draft.prepared_for = Some(next.clone());
                draft.stages.push(proposed);
                item.documents.push(draft);
            }
        }
        // The act of the session that ended last before this one began, endorsed here.
        let before = by_end.partition_point(|(end, _)| *end < c.dates.earliest());
        if let Some(act) = before
            .checked_sub(1)
            .and_then(|i| by_end.get(i))
            .and_then(|(_, earlier)| acts.get(earlier))
        {
            c.decisions.push(Decision::endorse_decision(act.clone()));
        }
        // The session that ends first after this one, convened here.
        let after = by_end.partition_point(|(end, _)| *end <= c.dates.latest());
        if let Some((_, next)) = by_end.get(after) {
            c.decisions.push(Decision::convene(next.clone()));
        }
        if let Some((id, _)) = &strategy
            && endorsed
        {
            c.in_line_with.push(id.clone());
            if let Some(item) = c.agenda.first_mut() {
                item.reviews.push(id.clone());
            }
        }
        if let Some((_, endorsed_by)) = &strategy {
            endorsed |= endorsed_by.as_ref() == Some(&c.id);
        }
        if let (Some(part), Ok(title)) = (c.related_events.first_mut(), Text::new("Welcome")) {
            part.agenda.push(AgendaItem::new(title));
        }
    }
    let (Some(organizer), Ok(id), Ok(title)) = (
        organizer,
        format!("{prefix}-series-monthly").parse::<SeriesId>(),
        Text::new("Monthly virtual meeting"),
    ) else {
        return;
    };
    let Some(c) = d.conferences.first_mut() else {
        return;
    };
    c.decisions.push(Decision::establish_series(id.clone()));
    let mut monthly = Series::new(id, title, organizer);
    monthly.cadence = Some(Cadence::Monthly);
    d.series.push(monthly);
}
