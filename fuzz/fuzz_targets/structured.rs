//! Structure-aware fuzzing: the input seeds the testkit's generator of marked datasets, and its
//! remaining bytes scale lists of the generated dataset up to thousands of items (quotes,
//! sessions a release is about, positions, statements, attendance figures, delegates, region
//! members, priorities, paragraphs). Every input is a dataset of the vocabulary's shape, so the
//! fuzzer spends its time in the rules, the marking pass and the views rather than in the
//! JSON parser. Run with a per-input timeout (`-timeout=5`): work that grows faster than the
//! input shows as a timeout, not only as a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use regional_conference::testkit::{DatasetSize, marked_dataset};
use regional_conference::validate::Validate;
use regional_conference::{Audience, Dataset, Error, from_slice};

/// The most list items a checked document holds.
const MAX_ITEMS: usize = 40_000;

/// How many list items `d` holds, counting the lists [`scale`] grows.
fn weight(d: &Dataset) -> usize {
    let people: usize = d.people.iter().map(|p| 1 + p.positions.len()).sum();
    let sessions: usize = d
        .conferences
        .iter()
        .map(|c| {
            c.statements.len()
                + c.attendance.len()
                + c.delegations
                    .iter()
                    .map(|dl| 1 + dl.members.len())
                    .sum::<usize>()
        })
        .sum();
    let releases: usize = d
        .media_releases
        .iter()
        .map(|m| m.quotes.len() + m.about.len() + m.paragraphs.len())
        .sum();
    let regions: usize = d.regions.iter().map(|r| r.members.len()).sum();
    let strategies: usize = d.strategies.iter().map(|s| s.priorities.len()).sum();
    people + sessions + releases + regions + strategies
}

/// Repeats items of `list` until it holds `n` more (nothing for an empty list).
fn grow<T: Clone>(list: &mut Vec<T>, n: usize) {
    if let Some(first) = list.first().cloned() {
        let at = list.len();
        list.extend(std::iter::repeat_n(first, n));
        // Keep some variety: the last original item repeated too.
        if let Some(last) = list.get(at.saturating_sub(1)).cloned() {
            list.push(last);
        }
    }
}

/// Scales the lists `shape` picks, each byte one list and a size (up to about 4,000 items).
fn scale(d: &mut Dataset, shape: &[u8]) {
    for pair in shape.chunks(2).take(8) {
        if weight(d) > MAX_ITEMS {
            break;
        }
        let [which, size] = [pair[0], pair.get(1).copied().unwrap_or(1)];
        let n = usize::from(size) * 16;
        let c = d.conferences.first_mut();
        match which % 10 {
            0 => {
                if let Some(m) = d.media_releases.first_mut() {
                    grow(&mut m.quotes, n);
                }
            }
            1 => {
                if let Some(m) = d.media_releases.first_mut() {
                    grow(&mut m.about, n);
                }
            }
            2 => {
                if let Some(p) = d.people.first_mut() {
                    grow(&mut p.positions, n);
                }
            }
            3 => {
                if let Some(c) = c {
                    grow(&mut c.statements, n);
                }
            }
            4 => {
                if let Some(c) = c {
                    grow(&mut c.attendance, n);
                }
            }
            5 => {
                if let Some(dl) = c.and_then(|c| c.delegations.first_mut()) {
                    grow(&mut dl.members, n);
                }
            }
            6 => {
                if let Some(r) = d.regions.first_mut() {
                    grow(&mut r.members, n);
                }
            }
            7 => {
                if let Some(s) = d.strategies.first_mut() {
                    grow(&mut s.priorities, n);
                }
            }
            8 => {
                if let Some(m) = d.media_releases.first_mut() {
                    grow(&mut m.paragraphs, n);
                }
            }
            _ => {
                // Copies of a person with a few of its positions: copying one whose positions
                // were grown would multiply the two.
                if let Some(mut p) = d.people.first().cloned() {
                    p.positions.truncate(4);
                    d.people.extend(std::iter::repeat_n(p, n));
                }
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((seed, shape)) = data.split_first_chunk::<32>() else {
        return;
    };
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, seed);
    let mut runner = TestRunner::new_with_rng(Config::default(), rng);
    let Ok(tree) = marked_dataset(DatasetSize::small()).new_tree(&mut runner) else {
        return;
    };
    let mut d = tree.current();
    scale(&mut d, shape);
    // Growing people after growing a person's positions multiplies the two: keep documents to
    // some tens of thousands of items, so that a timeout means work that grows faster than the
    // input, not an input of hundreds of megabytes (the first two timeouts this target found
    // were such harness blow-ups: 2,912 copies of a person holding 1,633 positions, linear
    // work on 4.7 million).
    if weight(&d) > MAX_ITEMS {
        return;
    }
    let json = serde_json::to_vec(&d).expect("a dataset serialises");
    match from_slice(&json) {
        Ok(valid) => {
            for audience in Audience::all() {
                let view = valid.get().view_for(audience);
                let report = view.dataset.validate();
                assert!(
                    report.is_valid(),
                    "the view for {audience} does not validate:\n{report}"
                );
            }
        }
        Err(Error::Invalid(report)) => {
            // Bounded: never more than the limit, every message short.
            assert!(report.len() <= 10_000);
            for v in &report {
                assert!(v.message().chars().count() <= 513, "{}", v.message());
            }
        }
        Err(e) => panic!("a generated dataset does not decode: {e}"),
    }
});
