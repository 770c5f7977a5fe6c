//! Properties of the vocabulary over generated data (feature `proptest`).
//!
//! Case counts default to proptest's 256 per property; set `PROPTEST_CASES` to change them.
#![cfg(feature = "proptest")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::sync::OnceLock;

use proptest::prelude::*;
use regional_conference::schema::{DEFAULT_BASE_URI, Document};
use regional_conference::testkit::{self, DatasetSize, invalid_dataset, valid_dataset};
use regional_conference::validate::Validate;
use regional_conference::{Dataset, decode, from_json, from_slice};

fn schema_validator() -> &'static jsonschema::Validator {
    static VALIDATOR: OnceLock<jsonschema::Validator> = OnceLock::new();
    VALIDATOR.get_or_init(|| {
        jsonschema::options()
            .should_validate_formats(true)
            .build(&Document::Dataset.schema(DEFAULT_BASE_URI))
            .unwrap()
    })
}

proptest! {
    #[test]
    fn round_trip_gives_an_equal_value_and_identical_json(dataset in valid_dataset(DatasetSize::small())) {
        let json = serde_json::to_string_pretty(&dataset).unwrap();
        let back: Dataset = decode::from_str(&json).unwrap();
        prop_assert_eq!(&back, &dataset);
        prop_assert_eq!(serde_json::to_string_pretty(&back).unwrap(), json);
    }

    #[test]
    fn every_generated_valid_dataset_breaks_no_rule(dataset in valid_dataset(DatasetSize::small())) {
        let report = dataset.validate();
        prop_assert!(report.is_empty(), "{}", report);
    }

    #[test]
    fn every_mutation_yields_exactly_its_rule_at_its_pointer(m in invalid_dataset(DatasetSize::small())) {
        let report = m.dataset.validate();
        let found: Vec<(&str, &str)> = report.iter().map(|v| (v.code(), v.pointer())).collect();
        prop_assert_eq!(found, vec![(m.rule.code(), m.pointer.as_str())]);
    }

    #[test]
    fn every_generated_valid_dataset_is_accepted_by_the_exported_schema(dataset in valid_dataset(DatasetSize::small())) {
        let value = serde_json::to_value(&dataset).unwrap();
        let errors: Vec<String> = schema_validator()
            .iter_errors(&value)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        prop_assert!(errors.is_empty(), "{:?}", errors);
    }

    #[test]
    fn medium_datasets_validate_and_round_trip(dataset in valid_dataset(DatasetSize::medium())) {
        let json = serde_json::to_vec(&dataset).unwrap();
        let valid = from_slice(&json).unwrap();
        prop_assert_eq!(valid.get(), &dataset);
    }
}

/// Pins the type of `value` to the type of `_like`.
fn same_type<T>(_like: &T, value: T) -> T {
    value
}

macro_rules! leaf_round_trips {
    ($($name:ident: $strategy:expr;)*) => {
        proptest! {
            $(
                #[test]
                fn $name(value in $strategy) {
                    let text = value.to_string();
                    let parsed = same_type(&value, text.parse().unwrap());
                    prop_assert_eq!(&value, &parsed, "{}", text);
                    let json = serde_json::to_string(&value).unwrap();
                    let decoded = same_type(&value, decode::from_str(&json).unwrap());
                    prop_assert_eq!(decoded, value);
                }
            )*
        }
    };
}

leaf_round_trips! {
    organization_id_round_trips: testkit::organization_id();
    person_id_round_trips: testkit::person_id();
    source_id_round_trips: testkit::source_id();
    country_code_round_trips: testkit::country_code();
    text_round_trips: testkit::text();
    paragraph_round_trips: testkit::paragraph();
    language_tag_round_trips: testkit::language_tag();
    date_round_trips: testkit::date();
    partial_date_round_trips: testkit::partial_date();
    year_range_round_trips: testkit::year_range(12);
    count_round_trips: testkit::count();
    ordinal_round_trips: testkit::ordinal();
    topic_round_trips: testkit::topic();
    url_round_trips: testkit::url();
}

proptest! {
    #[test]
    fn date_ranges_round_trip_through_json(range in testkit::date_range()) {
        let json = serde_json::to_string(&range).unwrap();
        prop_assert_eq!(decode::from_str::<regional_conference::DateRange>(&json).unwrap(), range);
        let iso = format!("{}/{}", range.start(), range.end());
        prop_assert_eq!(iso.parse::<regional_conference::DateRange>().unwrap(), range);
    }

    #[test]
    fn parsing_any_string_succeeds_or_returns_the_types_error(s in any::<String>()) {
        // Each parse returns; a panic fails the property.
        let _ = s.parse::<regional_conference::id::PersonId>();
        let _ = s.parse::<regional_conference::CountryCode>();
        let _ = s.parse::<regional_conference::Text>();
        let _ = s.parse::<regional_conference::Paragraph>();
        let _ = s.parse::<regional_conference::LanguageTag>();
        let _ = s.parse::<regional_conference::Date>();
        let _ = s.parse::<regional_conference::PartialDate>();
        let _ = s.parse::<regional_conference::DateRange>();
        let _ = s.parse::<regional_conference::YearRange>();
        let _ = s.parse::<regional_conference::Count>();
        let _ = s.parse::<regional_conference::Ordinal>();
        let _ = s.parse::<regional_conference::Topic>();
        let _ = s.parse::<regional_conference::source::Url>();
        let _ = s.parse::<regional_conference::dataset::SchemaVersion>();
        let _ = regional_conference::Extensions::from_json(&s);
        // Whatever parses, prints back to something that parses to the same value.
        if let Ok(c) = s.parse::<regional_conference::Count>() {
            prop_assert_eq!(c.to_string().parse::<regional_conference::Count>().unwrap(), c);
        }
        if let Ok(y) = s.parse::<regional_conference::YearRange>() {
            prop_assert_eq!(y.to_string().parse::<regional_conference::YearRange>().unwrap(), y);
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic_the_entry_points(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = from_slice(&bytes);
        let _ = regional_conference::from_reader(bytes.as_slice());
        let _ = regional_conference::locate::locate(&bytes, "/conferences/0/dates");
    }

    #[test]
    fn arbitrary_json_never_panics_the_entry_points(value in json_value()) {
        let text = value.to_string();
        let _ = from_json(&text);
        let wrapped = serde_json::json!({"schema_version": "1.0", "conferences": [value]}).to_string();
        let _ = from_json(&wrapped);
    }

    #[test]
    fn damaged_valid_documents_never_panic(
        dataset in valid_dataset(DatasetSize::small()),
        cuts in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
    ) {
        let mut bytes = serde_json::to_vec(&dataset).unwrap();
        for (at, byte) in cuts {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        if let Err(regional_conference::Error::Decode(e)) = from_slice(&bytes) {
            // A decoding error always says where.
            prop_assert!(e.line() >= 1, "{}", e);
        }
    }
}

/// Arbitrary JSON values, with keys from the vocabulary so that some reach deep into it.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f)
            .map(serde_json::Value::Number)),
        "[a-z0-9 -]{0,12}".prop_map(serde_json::Value::from),
        Just(serde_json::Value::from("2013-05-14")),
        Just(serde_json::Value::from("HU")),
    ];
    let keys = prop::sample::select(vec![
        "id",
        "organizer",
        "kind",
        "title",
        "dates",
        "start",
        "end",
        "delegations",
        "country",
        "organization",
        "status",
        "decisions",
        "qualifier",
        "value",
        "min",
        "max",
        "attendance",
        "measure",
        "count",
        "statements",
        "speaker",
        "text",
        "language",
        "extensions",
        "x",
    ]);
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(keys.clone(), inner, 0..6).prop_map(|m| {
                serde_json::Value::Object(m.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
            }),
        ]
    })
}
