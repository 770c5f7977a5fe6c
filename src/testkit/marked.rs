//! Datasets with handling markings and personal data spread over them.

use proptest::prelude::*;

use super::{DatasetSize, marking, personal_data, valid_dataset};
use crate::count::Count;
use crate::dataset::Dataset;
use crate::id::StatementId;
use crate::marking::{MarkedParagraph, Marking};
use crate::personal::PersonalData;

/// A [`valid_dataset`] with handling markings spread over it: a default marking or none, and a
/// marking or none on each entity (series, capabilities and offices too, and each tenure), delegation, delegation's
/// members, statement, agenda point and release paragraph (each release gains a second, marked
/// paragraph), personal data on people, and a stated size on each delegation with members.
///
/// The markings are random but for one repair: a release is raised to the marking of the
/// strictest statement it quotes (a statement being as strict as its session at least), so the
/// dataset validates without errors. Marking warnings
/// remain possible, and are the point: entities marked less restrictively than what they
/// need, which views must withhold with it.
pub fn marked_dataset(size: DatasetSize) -> impl Strategy<Value = Dataset> {
    (
        valid_dataset(size),
        prop::option::of(marking()),
        prop::collection::vec(prop::option::of(marking()), 1..=24),
        prop::collection::vec(prop::option::of(personal_data()), 1..=6),
    )
        .prop_map(|(d, default, pool, personal)| mark(d, default, &pool, &personal))
}

/// Spreads `pool` over `d` in document order, and `personal` over its people.
fn mark(
    mut d: Dataset,
    default: Option<Marking>,
    pool: &[Option<Marking>],
    personal: &[Option<PersonalData>],
) -> Dataset {
    let mut cycle = pool.iter().copied().cycle();
    let mut next = || cycle.next().flatten();
    d.marking = default;
    for o in &mut d.organizations {
        o.marking = next();
    }
    for r in &mut d.regions {
        r.marking = next();
    }
    d.series.iter_mut().for_each(|s| s.marking = next());
    d.capabilities.iter_mut().for_each(|c| c.marking = next());
    for o in &mut d.offices {
        o.marking = next();
        o.holders.iter_mut().for_each(|t| t.marking = next());
    }
    let mut data = personal.iter().cycle();
    for p in &mut d.people {
        p.marking = next();
        p.personal = data.next().cloned().flatten().map(Box::new);
    }
    let point = d
        .media_releases
        .first()
        .and_then(|m| m.paragraphs.first())
        .map(|p| p.text.clone());
    for c in &mut d.conferences {
        c.marking = next();
        for dl in &mut c.delegations {
            dl.marking = next();
            dl.members_marking = next();
            // A stated size, which a view withholds with the member list.
            if !dl.members.is_empty() {
                dl.size = u32::try_from(dl.members.len()).ok().map(Count::exact);
            }
        }
        for s in &mut c.statements {
            s.marking = next();
        }
        for a in &mut c.attendance {
            a.marking = next();
        }
        for claim in &mut c.claims {
            claim.marking = next();
        }
        for role in &mut c.roles {
            role.marking = next();
        }
        for item in &mut c.agenda {
            if let Some(text) = &point {
                item.points.push(MarkedParagraph {
                    text: text.clone(),
                    marking: next(),
                });
            }
        }
    }
    for s in &mut d.strategies {
        s.marking = next();
    }
    for r in &mut d.recommendations {
        r.marking = next();
    }
    for m in &mut d.media_releases {
        m.marking = next();
        if let Some(first) = m.paragraphs.first() {
            let text = first.text.clone();
            m.paragraphs.push(MarkedParagraph {
                text,
                marking: next(),
            });
        }
    }
    for s in &mut d.sources {
        s.marking = next();
    }
    let fallback = d.default_marking();
    let statements: std::collections::HashMap<&StatementId, Marking> = d
        .conferences
        .iter()
        .flat_map(|c| {
            let inherited = c.marking.unwrap_or(fallback);
            c.statements
                .iter()
                .map(move |s| (&s.id, Marking::within(s.marking, inherited)))
        })
        .collect();
    let raised: Vec<Option<Marking>> = d
        .media_releases
        .iter()
        .map(|m| {
            let own = m.marking.unwrap_or(fallback);
            let strictest = m.quotes.iter().filter_map(|q| statements.get(q)).max()?;
            (*strictest > own).then_some(*strictest)
        })
        .collect();
    for (m, raise) in d.media_releases.iter_mut().zip(raised) {
        if raise.is_some() {
            m.marking = raise;
        }
    }
    d
}
