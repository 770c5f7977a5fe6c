//! Tests of the reference map and of the passes that walk it.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::PathBuf;

use super::{Bond, Holder, Id, Refs, Spec, Target, Visit, all, needs_met};
use crate::dataset::Dataset;
use crate::marking::Marking;
use crate::rule::Rule;
use crate::validate::Validate;
use crate::view::ORDER;

fn fixture(path: &str) -> Dataset {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path);
    let text = std::fs::read_to_string(&file).unwrap();
    crate::decode::from_str(&text).unwrap()
}

/// Every fixture that decodes, valid or not.
fn fixtures() -> Vec<(String, Dataset)> {
    let mut out = Vec::new();
    for kind in ["valid", "invalid", "views"] {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(kind);
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.extension().is_none_or(|e| e != "json") || name.ends_with(".expected.json") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            if let Ok(d) = crate::decode::from_str::<Dataset>(&text) {
                out.push((name, d));
            }
        }
    }
    assert!(out.len() > 40, "only {} fixtures decode", out.len());
    out
}

#[test]
fn the_walk_names_each_reference_with_its_pointer_spec_and_id() {
    let seed = fixture("valid/budapest-2013.json");
    let parent = all(&seed)
        .into_iter()
        .find(|f| f.spec.field == "parent")
        .expect("an organisation names its parent");
    assert_eq!(
        (parent.pointer.as_str(), parent.id.as_str()),
        ("/organizations/2/parent", "interpol")
    );
    let d = fixture("valid/breadth.json");
    let found = all(&d);
    let parent = found
        .iter()
        .find(|f| f.spec.field == "parent")
        .expect("an organisation names its parent");
    assert_eq!(
        (parent.spec.target, parent.spec.bond),
        (Target::Organization, Bond::Cites)
    );
    let speaker = found
        .iter()
        .find(|f| f.spec.field == "speaker")
        .expect("a statement names its speaker");
    assert_eq!(speaker.pointer, "/conferences/0/statements/0/speaker");
    assert_eq!(speaker.spec.target, Target::Person);
    assert_eq!(speaker.spec.bond, Bond::Needs);
    let member = found
        .iter()
        .find(|f| f.pointer.ends_with("/members/0/person"))
        .expect("a delegate names a person");
    assert_eq!(
        (
            member.pointer.as_str(),
            member.spec.target,
            member.spec.bond
        ),
        (
            "/conferences/0/delegations/0/members/0/person",
            Target::Person,
            Bond::Needs
        )
    );
    // Every pointer leads to the id in the serialised document.
    let json = serde_json::to_value(&d).unwrap();
    for f in &found {
        assert_eq!(
            json.pointer(&f.pointer).and_then(|v| v.as_str()),
            Some(f.id.as_str()),
            "{}",
            f.pointer
        );
    }
}

#[test]
fn pruning_offers_every_droppable_reference_and_every_item_that_reading_finds() {
    // A pruning visit that keeps everything changes nothing, and is offered (`keep`) each
    // reference a view may drop — those the holder can do without, and the entries of a list
    // the holder needs one of — and (`keep_item`) each item a view may withhold.
    #[derive(Default)]
    struct Offered {
        references: usize,
        items: usize,
    }
    impl super::VisitMut for Offered {
        fn keep<I: Id>(&mut self, _: Spec, _: &I) -> bool {
            self.references += 1;
            true
        }
        fn keep_item<T: Refs>(&mut self, _: Holder, _: &T) -> bool {
            self.items += 1;
            true
        }
    }
    #[derive(Default)]
    struct Found {
        references: usize,
        items: usize,
    }
    impl<'a> Visit<'a> for Found {
        fn reference<I: Id>(&mut self, spec: Spec, index: Option<usize>, _: &'a I) {
            if !spec.bond.withholds_holder() || index.is_some() && spec.bond == Bond::Needs {
                self.references += 1;
            }
        }
        fn enter(&mut self, holder: Holder, _: Option<usize>, _: Option<Marking>) {
            self.items += usize::from(holder.unit.is_some());
        }
    }
    let mut total = 0;
    for (name, mut d) in fixtures() {
        let before = d.clone();
        let mut found = Found::default();
        before.refs(&mut found);
        let mut offered = Offered::default();
        d.refs_mut(&mut offered);
        assert_eq!(d, before, "{name}: keeping everything changed the dataset");
        assert_eq!(
            (offered.references, offered.items),
            (found.references, found.items),
            "{name}"
        );
        total += found.references;
    }
    assert!(
        total > 100,
        "only {total} droppable references in the fixtures"
    );
}

/// The holder kind of each top-level list, in the view's [`ORDER`].
fn rank(target: Target) -> usize {
    ORDER.iter().position(|t| *t == target).unwrap()
}

#[test]
fn the_view_decides_every_kind_after_the_kinds_it_needs() {
    // For each entity (and statement), the kinds of what it needs must be decided before it.
    struct Needs {
        holder: Vec<Option<Target>>,
        bad: Vec<String>,
    }
    impl<'a> Visit<'a> for Needs {
        fn reference<I: Id>(&mut self, spec: Spec, _: Option<usize>, id: &'a I) {
            // A decision may need another decision: the view follows endorsements along
            // their chain (`decisions` in `view/prune.rs`).
            if let Some(Some(holder)) = self.holder.last()
                && spec.bond.withholds_holder()
                && rank(spec.target) >= rank(*holder)
                && (spec.target, *holder) != (Target::Decision, Target::Decision)
            {
                self.bad.push(format!(
                    "a {holder:?} needs the {:?} {:?}",
                    spec.target,
                    id.as_ref()
                ));
            }
        }
        fn enter(&mut self, holder: Holder, _: Option<usize>, _: Option<Marking>) {
            let kind = match holder.name {
                "organization" => Some(Target::Organization),
                "region" => Some(Target::Region),
                "series" => Some(Target::Series),
                "capability" => Some(Target::Capability),
                "person" => Some(Target::Person),
                "office" => Some(Target::Office),
                "conference" => Some(Target::Conference),
                "strategy" => Some(Target::Strategy),
                "recommendation" => Some(Target::Recommendation),
                "statement" => Some(Target::Statement),
                "decision" => Some(Target::Decision),
                "source" => Some(Target::Source),
                // Parts and items inside an entity are decided with it.
                _ if holder.unit.is_none() => self.holder.last().copied().flatten(),
                _ => None,
            };
            self.holder.push(kind);
        }
        fn leave(&mut self) {
            self.holder.pop();
        }
    }
    let mut seen = 0;
    for (name, d) in fixtures() {
        let mut v = Needs {
            holder: Vec::new(),
            bad: Vec::new(),
        };
        d.refs(&mut v);
        assert!(v.bad.is_empty(), "{name}: {:?}", v.bad);
        seen += all(&d)
            .iter()
            .filter(|f| f.spec.bond == Bond::Needs)
            .count();
    }
    assert!(seen > 100, "only {seen} needed references in the fixtures");
}

#[test]
fn needs_are_met_per_item_and_a_needed_list_by_any_of_its_entries() {
    let d = fixture("valid/breadth.json");
    let c = &d.conferences[0];
    // A statement needs its speaker.
    let s = &c.statements[0];
    assert!(needs_met(s, |_, _| true));
    assert!(!needs_met(s, |t, id| !(t == Target::Person
        && id == s.speaker.as_str())));
    // Not the people inside its delegations: those are the delegates' own needs.
    assert!(needs_met(c, |t, _| t != Target::Person));
    // A decision adopting recommendations needs one of them, not all.
    let seed = fixture("valid/budapest-2013.json");
    let adopt = seed.conferences[0]
        .decisions
        .iter()
        .find(|d| matches!(d, crate::Decision::AdoptRecommendations { .. }))
        .expect("the session adopts recommendations");
    let crate::Decision::AdoptRecommendations {
        recommendations, ..
    } = adopt
    else {
        unreachable!()
    };
    assert!(recommendations.len() > 1);
    let first = recommendations[0].as_str();
    assert!(needs_met(adopt, |_, id| id == first));
    assert!(!needs_met(adopt, |_, _| false));
}

#[test]
fn the_batched_delegate_lookup_agrees_with_the_map() {
    // Break every head and member reference of the seed's session, and some others: the
    // validator (which looks delegates up in a batch of its own) reports exactly the
    // references the map finds unresolved.
    let mut d = fixture("valid/breadth.json");
    let c = &mut d.conferences[0];
    let mut broken = 0;
    for (i, dl) in c.delegations.iter_mut().enumerate() {
        if i % 2 == 0 {
            dl.head = Some(crate::id::PersonId::from_static("no-such-head"));
            broken += 1;
        }
        let known = dl.members.first().map(|m| m.person.clone());
        dl.members
            .extend(known.map(crate::delegation::Delegate::new));
        dl.members.push(crate::delegation::Delegate::new(
            crate::id::PersonId::from_static("no-such-member"),
        ));
        broken += 1;
    }
    c.statements[0].speaker = crate::id::PersonId::from_static("no-such-speaker");
    // And an organisation's delegation: checked in the batch too.
    let org = c
        .delegations
        .iter_mut()
        .find(|dl| dl.organization().is_some())
        .expect("an organisation sends a delegation");
    org.party = crate::delegation::Party::Organization(crate::id::OrganizationId::from_static(
        "no-such-organization",
    ));
    assert!(broken > 2);
    let people: std::collections::HashSet<&str> = d.people.iter().map(|p| p.id.as_str()).collect();
    let organizations: std::collections::HashSet<&str> =
        d.organizations.iter().map(|o| o.id.as_str()).collect();
    let expected: Vec<String> = all(&d)
        .into_iter()
        .filter(|f| match f.spec.target {
            Target::Person => !people.contains(f.id.as_str()),
            Target::Organization => !organizations.contains(f.id.as_str()),
            _ => false,
        })
        .map(|f| f.pointer)
        .collect();
    let report = d.validate();
    let reported: Vec<String> = report
        .iter()
        .filter(|v| v.rule() == Rule::ReferenceUnresolved)
        .map(|v| v.pointer().to_owned())
        .collect();
    let mut sorted = reported.clone();
    sorted.sort();
    let mut wanted = expected.clone();
    wanted.sort();
    assert_eq!(sorted, wanted);
    assert_eq!(expected.len(), broken + 2);
}

#[cfg(feature = "proptest")]
mod properties {
    use proptest::prelude::*;

    use super::all;
    use crate::Audience;
    use crate::model::refs::Target;
    use crate::testkit::{DatasetSize, marked_dataset};

    /// The ids of each kind in a dataset.
    fn ids(d: &crate::Dataset, target: Target) -> Vec<String> {
        let s = |v: &str| v.to_owned();
        match target {
            Target::Organization => d.organizations.iter().map(|e| s(e.id.as_str())).collect(),
            Target::Region => d.regions.iter().map(|e| s(e.id.as_str())).collect(),
            Target::Series => d.series.iter().map(|e| s(e.id.as_str())).collect(),
            Target::Capability => d.capabilities.iter().map(|e| s(e.id.as_str())).collect(),
            Target::Person => d.people.iter().map(|e| s(e.id.as_str())).collect(),
            Target::Office => d.offices.iter().map(|e| s(e.id.as_str())).collect(),
            Target::Conference => d.conferences.iter().map(|e| s(e.id.as_str())).collect(),
            Target::Strategy => d.strategies.iter().map(|e| s(e.id.as_str())).collect(),
            Target::Recommendation => d.recommendations.iter().map(|e| s(e.id.as_str())).collect(),
            Target::Statement => d
                .conferences
                .iter()
                .flat_map(|c| &c.statements)
                .map(|e| s(e.id.as_str()))
                .collect(),
            Target::Source => d.sources.iter().map(|e| s(e.id.as_str())).collect(),
            Target::Decision => d
                .conferences
                .iter()
                .flat_map(|c| &c.decisions)
                .filter_map(|e| e.id().map(|id| s(id.as_str())))
                .collect(),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Every reference a view keeps — found by walking the map, nothing listed by hand —
        /// names an entity the view keeps.
        #[test]
        fn every_reference_a_view_keeps_resolves_in_the_view(d in marked_dataset(DatasetSize::small())) {
            for audience in Audience::all() {
                let view = d.view_for(audience).dataset;
                for f in all(&view) {
                    prop_assert!(
                        ids(&view, f.spec.target).contains(&f.id),
                        "{audience}: {} names the withheld {} {:?}", f.pointer, f.spec.target.name(), f.id
                    );
                }
            }
        }
    }
}
