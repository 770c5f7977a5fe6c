//! What a consistent dataset refers to besides sessions (vocabulary 1.2, part 3): series
//! described as entities, a capability that recommendations and agenda items name, a joint
//! body created at a session, and a region divided into a subregion.

use crate::capability::{Capability, CapabilityKind};
use crate::count::Count;
use crate::dataset::Dataset;
use crate::date::PartialDate;
use crate::id::{CapabilityId, RegionId};
use crate::organization::{Membership, OrganizationKind};
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
