//! Decoding and validation throughput against two baselines in the same run: plain typed
//! decoding (the floor) and validating with the exported JSON Schema through the `jsonschema`
//! crate (what a user without this crate would do).
//!
//! ```sh
//! cargo bench --bench parse                 # every size
//! cargo bench --bench parse -- parse/100000  # one size
//! ```

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[allow(dead_code)]
#[path = "support/generator.rs"]
mod generator;

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use regional_conference::Dataset;
use regional_conference::schema::{DEFAULT_BASE_URI, Document};
use regional_conference::validate::Validate;

/// Delegate counts of the generated datasets.
const SIZES: [usize; 4] = [1_000, 10_000, 100_000, 1_000_000];

fn parse(c: &mut Criterion) {
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&Document::Dataset.schema(DEFAULT_BASE_URI))
        .unwrap();
    for size in SIZES {
        let dataset = generator::generate(size, 42);
        let bytes = serde_json::to_vec(&dataset).unwrap();
        assert!(regional_conference::from_slice(&bytes).is_ok());
        let mut group = c.benchmark_group(format!("parse/{size}"));
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        if size >= 100_000 {
            group.sample_size(10);
            group.measurement_time(Duration::from_secs(if size >= 1_000_000 { 20 } else { 8 }));
        }
        group.bench_function("typed_decode", |b| {
            b.iter(|| serde_json::from_slice::<Dataset>(black_box(&bytes)).unwrap());
        });
        group.bench_function("from_slice", |b| {
            b.iter(|| regional_conference::from_slice(black_box(&bytes)).unwrap());
        });
        group.bench_function("validate", |b| {
            b.iter(|| black_box(&dataset).validate());
        });
        // What `from_slice` pays for validation: a dataset just decoded (as `from_slice`
        // validates it), not one decoded long before, whose memory has left the caches.
        group.bench_function("validate_fresh", |b| {
            b.iter_batched_ref(
                || serde_json::from_slice::<Dataset>(&bytes).unwrap(),
                |fresh| fresh.validate(),
                BatchSize::PerIteration,
            );
        });
        group.bench_function("serialize", |b| {
            b.iter(|| serde_json::to_vec(black_box(&dataset)).unwrap());
        });
        group.bench_function("jsonschema", |b| {
            b.iter(|| {
                let value: serde_json::Value = serde_json::from_slice(black_box(&bytes)).unwrap();
                assert!(validator.is_valid(&value));
                serde_json::from_value::<Dataset>(value).unwrap()
            });
        });
        group.finish();
    }
}

criterion_group!(benches, parse);
criterion_main!(benches);
