//! Properties of views over generated marked datasets (feature `proptest`): for every audience,
//! the view validates, holds nothing marked above the audience, and keeps everything at or below
//! it except what needs something withheld.
//!
//! Case counts default to proptest's 256 per property; set `PROPTEST_CASES` to change them.
#![cfg(feature = "proptest")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::{BTreeSet, HashMap};

use proptest::prelude::*;
use regional_conference::conference::ConferenceKind;
use regional_conference::marking::MarkedParagraph;
use regional_conference::testkit::{DatasetSize, marked_dataset};
use regional_conference::validate::Validate;
use regional_conference::{Audience, Dataset, Marking, decode};

/// The ids of a list, as strings.
fn ids<T>(list: &[T], id: impl Fn(&T) -> &str) -> BTreeSet<String> {
    list.iter().map(|e| id(e).to_owned()).collect()
}

/// The paragraphs of `list` an audience may receive, each taking `inherited` when unmarked.
fn receivable(list: &[MarkedParagraph], inherited: Marking, a: Audience) -> Vec<MarkedParagraph> {
    list.iter()
        .filter(|p| a.may_receive(p.marking.unwrap_or(inherited)))
        .cloned()
        .collect()
}

/// Checks the view of `d` for `a` against `d` itself; panics with what is wrong.
#[allow(clippy::too_many_lines)] // one entity kind after another
fn check_view(d: &Dataset, a: Audience) -> Result<(), TestCaseError> {
    let view = d.view_for(a);
    let v = &view.dataset;
    let default = d.default_marking();
    let may = |own: Option<Marking>| a.may_receive(own.unwrap_or(default));

    // The view validates (no errors), and reads back as it was written.
    let report = v.validate();
    prop_assert!(report.is_valid(), "{a}: {report}");
    let json = serde_json::to_string(v).unwrap();
    prop_assert_eq!(&decode::from_str::<Dataset>(&json).unwrap(), v);

    // Top-level entities: kept exactly when marked within the clearance and every entity they
    // need is kept.
    let orgs = ids(&v.organizations, |o| o.id.as_str());
    let people = ids(&v.people, |p| p.id.as_str());
    let regions = ids(&v.regions, |r| r.id.as_str());
    let conferences = ids(&v.conferences, |c| c.id.as_str());
    prop_assert_eq!(
        &orgs,
        &(d.organizations
            .iter()
            .filter(|o| may(o.marking))
            .map(|o| o.id.to_string())
            .collect())
    );
    prop_assert_eq!(
        &people,
        &(d.people
            .iter()
            .filter(|p| may(p.marking))
            .map(|p| p.id.to_string())
            .collect())
    );
    prop_assert_eq!(
        ids(&v.sources, |s| s.id.as_str()),
        d.sources
            .iter()
            .filter(|s| may(s.marking))
            .map(|s| s.id.to_string())
            .collect()
    );
    prop_assert_eq!(
        &regions,
        &d.regions
            .iter()
            .filter(|r| may(r.marking) && orgs.contains(r.organizer.as_str()))
            .map(|r| r.id.to_string())
            .collect()
    );
    prop_assert_eq!(
        &conferences,
        &d.conferences
            .iter()
            .filter(|c| {
                may(c.marking)
                    && orgs.contains(c.organizer.as_str())
                    && (c.kind != ConferenceKind::RegionalConference
                        || c.region
                            .as_ref()
                            .is_none_or(|r| regions.contains(r.as_str())))
            })
            .map(|c| c.id.to_string())
            .collect()
    );
    prop_assert_eq!(
        ids(&v.strategies, |s| s.id.as_str()),
        d.strategies
            .iter()
            .filter(|s| may(s.marking) && orgs.contains(s.organizer.as_str()))
            .map(|s| s.id.to_string())
            .collect()
    );
    prop_assert_eq!(
        ids(&v.recommendations, |r| r.id.as_str()),
        d.recommendations
            .iter()
            .filter(|r| may(r.marking) && conferences.contains(r.adopted_at.as_str()))
            .map(|r| r.id.to_string())
            .collect()
    );
    prop_assert_eq!(
        ids(&v.media_releases, |m| m.id.as_str()),
        d.media_releases
            .iter()
            .filter(|m| may(m.marking))
            .map(|m| m.id.to_string())
            .collect()
    );

    // Inside what is kept: delegations, delegates, statements, paragraphs, personal data.
    let originals: HashMap<&str, _> = d.conferences.iter().map(|c| (c.id.as_str(), c)).collect();
    for c in &v.conferences {
        let o = originals[c.id.as_str()];
        let inherited = o.marking.unwrap_or(default);
        let delegations = |list: &[regional_conference::Delegation], filter: bool| {
            list.iter()
                .filter(|dl| {
                    !filter
                        || (a.may_receive(dl.marking.unwrap_or(inherited))
                            && dl.organization().is_none_or(|x| orgs.contains(x.as_str())))
                })
                .map(|dl| {
                    let own = dl
                        .members_marking
                        .unwrap_or(dl.marking.unwrap_or(inherited));
                    let listed = !filter || a.may_receive(own);
                    let members: Vec<String> = dl
                        .members
                        .iter()
                        .filter(|m| listed && (!filter || people.contains(m.person.as_str())))
                        .map(|m| m.person.to_string())
                        .collect();
                    let head = dl
                        .head
                        .as_ref()
                        .filter(|h| listed && (!filter || people.contains(h.as_str())))
                        .map(ToString::to_string);
                    // A withheld list takes its size with it.
                    let size = dl.size.filter(|_| listed);
                    (format!("{:?}", dl.party()), head, members, size)
                })
                .collect::<Vec<_>>()
        };
        prop_assert_eq!(
            delegations(&c.delegations, false),
            delegations(&o.delegations, true)
        );
        prop_assert_eq!(
            ids(&c.statements, |s| s.id.as_str()),
            o.statements
                .iter()
                .filter(|s| a.may_receive(s.marking.unwrap_or(inherited))
                    && people.contains(s.speaker.as_str())
                    && s.occasion
                        .as_ref()
                        .is_none_or(|x| conferences.contains(x.as_str())))
                .map(|s| s.id.to_string())
                .collect()
        );
        for (item, original) in c.agenda.iter().zip(&o.agenda) {
            prop_assert_eq!(&item.points, &receivable(&original.points, inherited, a));
        }
    }
    let releases: HashMap<&str, _> = d
        .media_releases
        .iter()
        .map(|m| (m.id.as_str(), m))
        .collect();
    for m in &v.media_releases {
        let o = releases[m.id.as_str()];
        let inherited = o.marking.unwrap_or(default);
        prop_assert_eq!(&m.paragraphs, &receivable(&o.paragraphs, inherited, a));
    }
    let persons: HashMap<&str, _> = d.people.iter().map(|p| (p.id.as_str(), p)).collect();
    for p in &v.people {
        let o = persons[p.id.as_str()];
        let inherited = o.marking.unwrap_or(default);
        let expected = o.personal.as_ref().filter(|pd| {
            a.personal_data()
                && a.clearance() > Marking::Clear
                && a.may_receive(pd.marking.unwrap_or(inherited))
        });
        prop_assert_eq!(p.personal.as_ref(), expected);
    }

    // Withheld counts agree with what is missing at the top level.
    let w = view.withheld;
    prop_assert_eq!(
        w.organizations,
        d.organizations.len() - v.organizations.len()
    );
    prop_assert_eq!(w.people, d.people.len() - v.people.len());
    prop_assert_eq!(w.regions, d.regions.len() - v.regions.len());
    prop_assert_eq!(w.conferences, d.conferences.len() - v.conferences.len());
    prop_assert_eq!(w.strategies, d.strategies.len() - v.strategies.len());
    prop_assert_eq!(
        w.recommendations,
        d.recommendations.len() - v.recommendations.len()
    );
    prop_assert_eq!(
        w.media_releases,
        d.media_releases.len() - v.media_releases.len()
    );
    prop_assert_eq!(w.sources, d.sources.len() - v.sources.len());

    // What the view leaves unmarked inherits a default the audience may receive.
    prop_assert!(a.may_receive(v.default_marking()));
    Ok(())
}

proptest! {
    #[test]
    fn every_view_of_a_marked_dataset_validates_and_holds_only_what_its_audience_may_receive(
        dataset in marked_dataset(DatasetSize::small())
    ) {
        let report = dataset.validate();
        prop_assert!(report.is_valid(), "{}", report);
        for audience in Audience::all() {
            check_view(&dataset, audience)?;
        }
    }

    #[test]
    fn the_view_for_red_with_personal_data_is_the_whole_dataset(
        dataset in marked_dataset(DatasetSize::small())
    ) {
        let all = dataset.view_for(Audience::cleared_for(Marking::Red).with_personal_data().unwrap());
        prop_assert_eq!(&all.dataset, &dataset);
        prop_assert_eq!(all.withheld.total(), 0);
    }

    #[test]
    fn the_public_view_holds_no_personal_data(dataset in marked_dataset(DatasetSize::small())) {
        let public = dataset.view_for(Audience::PUBLIC);
        prop_assert!(public.dataset.people.iter().all(|p| p.personal.is_none()));
        let held = dataset.people.iter().filter(|p| p.personal.is_some()).count();
        let kept = public.dataset.people.len();
        prop_assert!(public.withheld.personal_data <= held);
        prop_assert!(public.withheld.personal_data <= kept);
    }
}
