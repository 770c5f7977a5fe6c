//! Integration tests of the leaf value types: each accepts what it documents, rejects everything
//! else with an exact message, and round-trips through `Display`/`FromStr` and JSON.
//!
//! Country codes are covered by `tests/country.rs`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::fmt::{Debug, Display};

use regional_conference::count::{Count, Qualifier};
use regional_conference::dataset::{SchemaVersion, SchemaVersionError};
use regional_conference::date::{Date, DateRange, PartialDate, Precision, YearRange};
use regional_conference::extensions::{Extensions, MAX_DEPTH};
use regional_conference::id::{
    ConferenceId, MAX_ID_LEN, MediaReleaseId, OrganizationId, PersonId, RecommendationId, RegionId,
    SeriesId, SourceId, StatementId, StrategyId,
};
use regional_conference::ordinal::Ordinal;
use regional_conference::organization::Organization;
use regional_conference::source::{MAX_URL_LEN, Url};
use regional_conference::text::{
    LanguageTag, MAX_PARAGRAPH_CHARS, MAX_TEXT_CHARS, Paragraph, Text, Translations,
};
use regional_conference::topic::{KnownTopic, Topic};
use serde::de::DeserializeOwned;

/// The message of the error `result` must hold.
#[track_caller]
fn err<T: Debug, E: Display>(result: Result<T, E>) -> String {
    match result {
        Ok(value) => panic!("expected an error, got {value:?}"),
        Err(e) => e.to_string(),
    }
}

/// The message of the error `serde_json` gives when reading `json` as a `T`.
#[track_caller]
fn json_err<T: DeserializeOwned + Debug>(json: &str) -> String {
    err(serde_json::from_str::<T>(json))
}

/// `value` as compact JSON.
#[track_caller]
fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap()
}

// ---------------------------------------------------------------------------------------------
// Ids
// ---------------------------------------------------------------------------------------------

const ID_CHARS: &str = "(ids use lowercase a-z, digits and single hyphens)";

#[test]
fn id_accepts_lowercase_slugs_up_to_64_bytes() {
    for ok in [
        "interpol",
        "erc-42",
        "a",
        "0",
        "42",
        "a-b-c",
        "interpol-erc-42",
    ] {
        assert_eq!(PersonId::new(ok).unwrap().as_str(), ok);
    }
    let longest = "a".repeat(MAX_ID_LEN);
    assert_eq!(MAX_ID_LEN, 64);
    assert_eq!(longest.len(), 64);
    assert_eq!(ConferenceId::new(&longest).unwrap().as_str(), longest);
}

#[test]
fn id_rejects_empty_and_too_long() {
    assert_eq!(err(PersonId::new("")), "invalid person id \"\": empty");
    let long = "a".repeat(65);
    assert_eq!(
        err(PersonId::new(&long)),
        format!(
            "invalid person id \"{}…\": longer than 64 bytes (65)",
            "a".repeat(64)
        )
    );
}

#[test]
fn id_rejects_characters_outside_the_slug_alphabet() {
    assert_eq!(
        err(PersonId::new("Karoly-Papp")),
        format!(
            "invalid person id \"Karoly-Papp\": character 'K' at byte 0 is not allowed {ID_CHARS}"
        )
    );
    assert_eq!(
        err(PersonId::new("karoly_papp")),
        format!(
            "invalid person id \"karoly_papp\": character '_' at byte 6 is not allowed {ID_CHARS}"
        )
    );
    assert_eq!(
        err(PersonId::new("karoly papp")),
        format!(
            "invalid person id \"karoly papp\": character ' ' at byte 6 is not allowed {ID_CHARS}"
        )
    );
    assert_eq!(
        err(PersonId::new("caf\u{e9}")),
        format!("invalid person id \"café\": character 'é' at byte 3 is not allowed {ID_CHARS}")
    );
    assert_eq!(
        err(MediaReleaseId::new("Release")),
        format!(
            "invalid media release id \"Release\": character 'R' at byte 0 is not allowed {ID_CHARS}"
        )
    );
}

#[test]
fn id_rejects_misplaced_hyphens() {
    assert_eq!(
        err(SourceId::new("-release")),
        "invalid source id \"-release\": starts with a hyphen"
    );
    assert_eq!(
        err(SourceId::new("release-")),
        "invalid source id \"release-\": ends with a hyphen"
    );
    assert_eq!(
        err(SourceId::new("release--2013")),
        "invalid source id \"release--2013\": two hyphens in a row at byte 7"
    );
    assert_eq!(
        err(SourceId::new("-")),
        "invalid source id \"-\": starts with a hyphen"
    );
}

#[test]
fn id_conversions_and_serde_round_trip() {
    let id: ConferenceId = "erc-42".parse().unwrap();
    assert_eq!(id.to_string(), "erc-42");
    assert_eq!(format!("{id:?}"), "ConferenceId(\"erc-42\")");
    assert_eq!(AsRef::<str>::as_ref(&id), "erc-42");
    assert_eq!(ConferenceId::try_from("erc-42").unwrap(), id);
    assert_eq!(ConferenceId::try_from(String::from("erc-42")).unwrap(), id);
    assert_eq!(
        err(ConferenceId::try_from(String::from("ERC"))),
        format!("invalid conference id \"ERC\": character 'E' at byte 0 is not allowed {ID_CHARS}")
    );
    assert_eq!(to_json(&id), "\"erc-42\"");
    assert_eq!(
        serde_json::from_str::<ConferenceId>("\"erc-42\"").unwrap(),
        id
    );
}

#[test]
fn id_deserialization_goes_through_the_constructor() {
    assert_eq!(
        json_err::<PersonId>("\"Bad\""),
        format!(
            "invalid person id \"Bad\": character 'B' at byte 0 is not allowed {ID_CHARS} at line 1 column 5"
        )
    );
    assert_eq!(
        json_err::<PersonId>("5"),
        "invalid type: integer `5`, expected a person id (a lowercase slug) at line 1 column 1"
    );
}

#[test]
fn id_kinds() {
    assert_eq!(OrganizationId::KIND, "organization");
    assert_eq!(RegionId::KIND, "region");
    assert_eq!(PersonId::KIND, "person");
    assert_eq!(ConferenceId::KIND, "conference");
    assert_eq!(SeriesId::KIND, "series");
    assert_eq!(StrategyId::KIND, "strategy");
    assert_eq!(RecommendationId::KIND, "recommendation");
    assert_eq!(StatementId::KIND, "statement");
    assert_eq!(MediaReleaseId::KIND, "media release");
    assert_eq!(SourceId::KIND, "source");
    assert_eq!(StrategyId::new("X").unwrap_err().kind(), "strategy");
}

// ---------------------------------------------------------------------------------------------
// Text and Paragraph
// ---------------------------------------------------------------------------------------------

#[test]
fn text_keeps_every_character() {
    let name = Text::new("Károly Papp").unwrap();
    assert_eq!(name.as_str().as_bytes(), "Károly Papp".as_bytes());
    assert_eq!(name.to_string(), "Károly Papp");
    assert_eq!(format!("{name:?}"), "\"Károly Papp\"");
    assert_eq!(to_json(&name), "\"Károly Papp\"");
    assert_eq!(
        serde_json::from_str::<Text>("\"Károly Papp\"").unwrap(),
        name
    );
    // Not normalised: a decomposed accent stays decomposed.
    let decomposed = Text::new("Ka\u{301}roly Papp").unwrap();
    assert_eq!(decomposed.as_str(), "Ka\u{301}roly Papp");
    assert_ne!(decomposed, name);
}

#[test]
fn text_rejects_empty_and_untrimmed() {
    assert_eq!(err(Text::new("")), "invalid text \"\": empty");
    for (input, echoed) in [
        (" Papp", " Papp"),
        ("Papp ", "Papp "),
        ("\tPapp", "\\tPapp"),
        ("Papp\t", "Papp\\t"),
        ("\u{a0}Papp", "\\u{a0}Papp"),
        ("Papp\u{a0}", "Papp\\u{a0}"),
        ("Papp\n", "Papp\\n"),
    ] {
        let expected = format!("invalid text \"{echoed}\": leading or trailing whitespace");
        assert_eq!(err(Text::new(input)), expected, "{input:?}");
        assert_eq!(err(Paragraph::new(input)), expected, "{input:?}");
    }
}

#[test]
fn text_rejects_line_breaks_and_control_characters() {
    assert_eq!(
        err(Text::new("one\ntwo")),
        "invalid text \"one\\ntwo\": line break at byte 3 (a single line is expected here)"
    );
    assert_eq!(
        err(Text::new("bell\u{7}")),
        "invalid text \"bell\\u{7}\": control character U+0007 at byte 4"
    );
    assert_eq!(
        err(Text::new("a\u{7f}b")),
        "invalid text \"a\\u{7f}b\": control character U+007F at byte 1"
    );
    assert_eq!(
        err(Text::new("a\u{85}b")),
        "invalid text \"a\\u{85}b\": control character U+0085 at byte 1"
    );
    assert_eq!(
        json_err::<Text>(r#""a\u0000b""#),
        "invalid text \"a\\0b\": control character U+0000 at byte 1 at line 1 column 10"
    );
}

#[test]
fn text_length_counts_characters_not_bytes() {
    assert_eq!(MAX_TEXT_CHARS, 1_000);
    let longest = "é".repeat(1_000);
    assert_eq!(longest.len(), 2_000);
    assert_eq!(Text::new(&longest).unwrap().as_str(), longest);
    assert_eq!(
        err(Text::new(&"é".repeat(1_001))),
        format!(
            "invalid text \"{}…\": longer than 1000 characters (1001)",
            "é".repeat(64)
        )
    );
}

#[test]
fn paragraph_allows_line_feeds_only() {
    let list = Paragraph::new("• first item;\n• second item.").unwrap();
    assert_eq!(list.as_str(), "• first item;\n• second item.");
    assert_eq!(
        err(Paragraph::new("one\rtwo")),
        "invalid text \"one\\rtwo\": control character U+000D at byte 3"
    );
    assert_eq!(
        err(Paragraph::new("one\r\ntwo")),
        "invalid text \"one\\r\\ntwo\": control character U+000D at byte 3"
    );
    assert_eq!(
        err(Paragraph::new("one\ttwo")),
        "invalid text \"one\\ttwo\": control character U+0009 at byte 3"
    );
    assert_eq!(err(Paragraph::new("")), "invalid text \"\": empty");
}

#[test]
fn paragraph_length_limit() {
    assert_eq!(MAX_PARAGRAPH_CHARS, 100_000);
    let longest = "é".repeat(100_000);
    assert_eq!(Paragraph::new(&longest).unwrap().as_str().len(), 200_000);
    assert_eq!(
        err(Paragraph::new(&"é".repeat(100_001))),
        format!(
            "invalid text \"{}…\": longer than 100000 characters (100001)",
            "é".repeat(64)
        )
    );
}

#[test]
fn paragraph_from_text_and_serde() {
    let text = Text::new("Police cooperation knows no borders.").unwrap();
    let paragraph = Paragraph::from(text.clone());
    assert_eq!(paragraph.as_str(), text.as_str());
    assert_eq!(
        paragraph.to_string(),
        "Police cooperation knows no borders."
    );
    assert_eq!(to_json(&Paragraph::new("a\nb").unwrap()), "\"a\\nb\"");
    assert_eq!(
        serde_json::from_str::<Paragraph>("\"a\\nb\"")
            .unwrap()
            .as_str(),
        "a\nb"
    );
    assert_eq!(
        json_err::<Text>("\"a\\nb\""),
        "invalid text \"a\\nb\": line break at byte 1 (a single line is expected here) at line 1 column 6"
    );
}

// ---------------------------------------------------------------------------------------------
// Language tags and translations
// ---------------------------------------------------------------------------------------------

#[test]
fn language_tag_accepts_well_formed_canonical_tags() {
    for (tag, language) in [
        ("en", "en"),
        ("fr", "fr"),
        ("pt-BR", "pt"),
        ("zh-Hant-TW", "zh"),
        ("es-419", "es"),
        ("sr-Latn-RS", "sr"),
        ("de-CH-1996", "de"),
        ("x-private", "x"),
    ] {
        let parsed: LanguageTag = tag.parse().unwrap();
        assert_eq!(parsed.as_str(), tag);
        assert_eq!(parsed.to_string(), tag);
        assert_eq!(parsed.language(), language, "{tag}");
        assert_eq!(to_json(&parsed), format!("\"{tag}\""));
    }
    assert_eq!(
        format!("{:?}", LanguageTag::new("pt-BR").unwrap()),
        "LanguageTag(\"pt-BR\")"
    );
}

#[test]
fn language_tag_rejections() {
    for (input, reason) in [
        ("", "empty"),
        ("EN", "not in canonical case, write \"en\""),
        ("fr-ch", "not in canonical case, write \"fr-CH\""),
        ("zh-hant-tw", "not in canonical case, write \"zh-Hant-TW\""),
        (
            "e",
            "\"e\" is not a primary language subtag (2 to 3 or 5 to 8 letters)",
        ),
        (
            "123",
            "\"123\" is not a primary language subtag (2 to 3 or 5 to 8 letters)",
        ),
        // "language" is 8 letters, a well-formed variant; the bare "x" is what is wrong.
        ("english-language-x", "extension \"x\" has no subtags"),
        (
            "en-internationally",
            "subtag \"internationally\" is not 1 to 8 ASCII letters or digits",
        ),
        (
            "en--US",
            "subtag \"\" is not 1 to 8 ASCII letters or digits",
        ),
        ("en-", "subtag \"\" is not 1 to 8 ASCII letters or digits"),
        ("de-1996-CH", "subtag \"CH\" is out of place"),
        ("en-a", "extension \"a\" has no subtags"),
    ] {
        assert_eq!(
            err(LanguageTag::new(input)),
            format!("invalid language tag \"{input}\": {reason}"),
            "{input:?}"
        );
    }
    assert_eq!(
        json_err::<LanguageTag>("\"fr-ch\""),
        "invalid language tag \"fr-ch\": not in canonical case, write \"fr-CH\" at line 1 column 7"
    );
}

#[test]
fn translations_reject_duplicate_keys() {
    assert_eq!(
        json_err::<Translations>(r#"{"fr": "Un.", "fr": "Deux."}"#),
        "duplicate translation \"fr\" at line 1 column 18"
    );
    assert_eq!(
        json_err::<Translations>(r#"{"FR": "Un."}"#),
        "invalid language tag \"FR\": not in canonical case, write \"fr\" at line 1 column 5"
    );
}

#[test]
fn translations_round_trip_in_tag_order() {
    let json = r#"{"pt-BR": "Um.", "fr": "Un.", "en": "One.", "pt": "Um"}"#;
    let translations: Translations = serde_json::from_str(json).unwrap();
    assert_eq!(translations.len(), 4);
    assert!(!translations.is_empty());
    let order: Vec<&str> = translations.iter().map(|(tag, _)| tag.as_str()).collect();
    assert_eq!(order, ["en", "fr", "pt", "pt-BR"]);
    let written = to_json(&translations);
    assert_eq!(
        written,
        r#"{"en":"One.","fr":"Un.","pt":"Um","pt-BR":"Um."}"#
    );
    assert_eq!(
        serde_json::from_str::<Translations>(&written).unwrap(),
        translations
    );
    let fr: LanguageTag = "fr".parse().unwrap();
    assert_eq!(translations.get(&fr).map(Paragraph::as_str), Some("Un."));
}

#[test]
fn translations_insert_and_collect() {
    let mut translations = Translations::new();
    assert!(translations.is_empty());
    let fr: LanguageTag = "fr".parse().unwrap();
    assert_eq!(
        translations.insert(fr.clone(), Paragraph::new("Un.").unwrap()),
        None
    );
    assert_eq!(
        translations.insert(fr.clone(), Paragraph::new("Deux.").unwrap()),
        Some(Paragraph::new("Un.").unwrap())
    );
    assert_eq!(to_json(&translations), r#"{"fr":"Deux."}"#);
    let collected: Translations = [(fr, Paragraph::new("Deux.").unwrap())]
        .into_iter()
        .collect();
    assert_eq!(collected, translations);
}

// ---------------------------------------------------------------------------------------------
// Date
// ---------------------------------------------------------------------------------------------

#[test]
fn date_accepts_days_from_1900_to_2200() {
    for (input, (y, m, d)) in [
        ("2013-05-14", (2013, 5, 14)),
        ("1900-01-01", (1900, 1, 1)),
        ("2200-12-31", (2200, 12, 31)),
        ("2016-02-29", (2016, 2, 29)),
    ] {
        let date: Date = input.parse().unwrap();
        assert_eq!((date.year(), date.month(), date.day()), (y, m, d));
        assert_eq!(date.to_string(), input);
        assert_eq!(Date::new(y, m, d).unwrap(), date);
        assert_eq!(Date::try_from(input).unwrap(), date);
        assert_eq!(to_json(&date), format!("\"{input}\""));
        assert_eq!(
            serde_json::from_str::<Date>(&format!("\"{input}\"")).unwrap(),
            date
        );
    }
    let date = Date::new(2013, 5, 14).unwrap();
    assert_eq!(format!("{date:?}"), "Date(2013-05-14)");
    assert_eq!(date.month_name(), "May");
    assert_eq!(date.to_time(), time::macros::date!(2013 - 05 - 14));
    assert_eq!(time::Date::from(date), time::macros::date!(2013 - 05 - 14));
}

#[test]
fn date_rejections() {
    for (input, reason) in [
        ("2013-02-30", "February 2013 has no day 30"),
        ("2015-02-29", "February 2015 has no day 29"),
        ("2013-05-00", "May 2013 has no day 0"),
        ("1899-12-31", "year 1899 is outside 1900–2200"),
        ("2201-01-01", "year 2201 is outside 1900–2200"),
        ("2013-13-01", "month 13 is outside 1–12"),
        ("2013-00-10", "month 0 is outside 1–12"),
        ("2013-5-14", "expected YYYY-MM-DD"),
        ("2013-05-14T00:00", "expected YYYY-MM-DD"),
        ("20130514", "expected YYYY-MM-DD"),
        ("", "expected YYYY-MM-DD"),
        ("2013", "expected YYYY-MM-DD"),
        ("2013-05", "expected YYYY-MM-DD"),
    ] {
        assert_eq!(
            err(Date::parse(input)),
            format!("invalid date \"{input}\": {reason}"),
            "{input:?}"
        );
    }
    assert_eq!(
        json_err::<Date>("\"2013-02-30\""),
        "invalid date \"2013-02-30\": February 2013 has no day 30 at line 1 column 12"
    );
}

#[test]
fn date_new_checks_the_day() {
    assert_eq!(
        err(Date::new(2013, 2, 30)),
        "invalid date \"2013-02-30\": February 2013 has no day 30"
    );
    assert_eq!(
        err(Date::new(2013, 13, 1)),
        "invalid date \"2013-13-01\": month 13 is outside 1–12"
    );
    assert_eq!(
        err(Date::new(1899, 12, 31)),
        "invalid date \"1899-12-31\": year 1899 is outside 1900–2200"
    );
}

#[test]
fn date_from_time_date() {
    assert_eq!(
        Date::try_from(time::macros::date!(2013 - 05 - 14)).unwrap(),
        Date::new(2013, 5, 14).unwrap()
    );
    assert_eq!(
        err(Date::try_from(time::macros::date!(1899 - 12 - 31))),
        "invalid date \"1899-12-31\": year 1899 is outside 1900–2200"
    );
    assert_eq!(
        err(Date::try_from(time::macros::date!(2201 - 01 - 01))),
        "invalid date \"2201-01-01\": year 2201 is outside 1900–2200"
    );
}

#[test]
fn date_from_time_date_with_a_negative_year_names_that_year() {
    assert_eq!(
        err(Date::try_from(time::macros::date!(-0005 - 01 - 01))),
        "invalid date \"-0005-01-01\": year -5 is outside 1900–2200"
    );
}

// ---------------------------------------------------------------------------------------------
// PartialDate
// ---------------------------------------------------------------------------------------------

#[test]
fn partial_date_precisions() {
    let year: PartialDate = "2014".parse().unwrap();
    assert_eq!(year.precision(), Precision::Year);
    assert_eq!((year.year(), year.month(), year.day()), (2014, None, None));
    assert_eq!(year.earliest().to_string(), "2014-01-01");
    assert_eq!(year.latest().to_string(), "2014-12-31");
    assert_eq!(year.to_date(), None);
    assert_eq!(year.to_string(), "2014");

    let month: PartialDate = "2014-05".parse().unwrap();
    assert_eq!(month.precision(), Precision::Month);
    assert_eq!(
        (month.year(), month.month(), month.day()),
        (2014, Some(5), None)
    );
    assert_eq!(month.earliest().to_string(), "2014-05-01");
    assert_eq!(month.latest().to_string(), "2014-05-31");
    assert_eq!(month.to_string(), "2014-05");

    let day: PartialDate = "2014-05-14".parse().unwrap();
    assert_eq!(day.precision(), Precision::Day);
    assert_eq!(
        (day.year(), day.month(), day.day()),
        (2014, Some(5), Some(14))
    );
    assert_eq!(day.earliest(), Date::new(2014, 5, 14).unwrap());
    assert_eq!(day.latest(), Date::new(2014, 5, 14).unwrap());
    assert_eq!(day.to_date(), Some(Date::new(2014, 5, 14).unwrap()));
    assert_eq!(PartialDate::from(Date::new(2014, 5, 14).unwrap()), day);
    assert_eq!(format!("{day:?}"), "PartialDate(2014-05-14)");
}

#[test]
fn partial_date_latest_day_of_february() {
    let leap: PartialDate = "2016-02".parse().unwrap();
    assert_eq!(leap.latest().to_string(), "2016-02-29");
    let common: PartialDate = "2015-02".parse().unwrap();
    assert_eq!(common.latest().to_string(), "2015-02-28");
    assert_eq!(
        PartialDate::year_month(1900, 2)
            .unwrap()
            .latest()
            .to_string(),
        "1900-02-28"
    );
}

#[test]
fn partial_date_ordering() {
    let parse = |s: &str| s.parse::<PartialDate>().unwrap();
    let mut dates = [
        parse("2014-02"),
        parse("2014-01-01"),
        parse("2014-01"),
        parse("2014"),
    ];
    dates.sort();
    let written: Vec<String> = dates.iter().map(ToString::to_string).collect();
    assert_eq!(written, ["2014", "2014-01", "2014-01-01", "2014-02"]);
    assert!(parse("2014") < parse("2014-01"));
    assert!(parse("2014-01") < parse("2014-01-01"));
    assert!(parse("2014-01-01") < parse("2014-02"));
    assert!(parse("2013-12-31") < parse("2014"));
}

#[test]
fn partial_date_rejections() {
    for (input, reason) in [
        ("14", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2014-5", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2014-05-14-01", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2014-13", "month 13 is outside 1–12"),
        ("2014-02-30", "February 2014 has no day 30"),
        ("1850", "year 1850 is outside 1900–2200"),
    ] {
        assert_eq!(
            err(PartialDate::parse(input)),
            format!("invalid date \"{input}\": {reason}"),
            "{input:?}"
        );
    }
    assert_eq!(
        err(PartialDate::year_only(1850)),
        "invalid date \"1850\": year 1850 is outside 1900–2200"
    );
    assert_eq!(
        err(PartialDate::year_month(2014, 13)),
        "invalid date \"2014-13\": month 13 is outside 1–12"
    );
}

#[test]
fn partial_date_serde() {
    let month = PartialDate::year_month(2012, 11).unwrap();
    assert_eq!(to_json(&month), "\"2012-11\"");
    assert_eq!(
        serde_json::from_str::<PartialDate>("\"2012-11\"").unwrap(),
        month
    );
    assert_eq!(to_json(&PartialDate::year_only(2014).unwrap()), "\"2014\"");
    assert_eq!(
        json_err::<PartialDate>("\"2012-1\""),
        "invalid date \"2012-1\": expected YYYY, YYYY-MM or YYYY-MM-DD at line 1 column 8"
    );
}

// ---------------------------------------------------------------------------------------------
// DateRange
// ---------------------------------------------------------------------------------------------

fn range(start: &str, end: &str) -> DateRange {
    DateRange::new(start.parse().unwrap(), end.parse().unwrap()).unwrap()
}

#[test]
fn date_range_days_and_contains() {
    let budapest = range("2013-05-14", "2013-05-16");
    assert_eq!(budapest.days(), 3);
    assert_eq!(budapest.start().to_string(), "2013-05-14");
    assert_eq!(budapest.end().to_string(), "2013-05-16");
    assert!(budapest.contains("2013-05-15".parse().unwrap()));
    assert!(!budapest.contains("2013-05-17".parse().unwrap()));
    let single = DateRange::single("2013-05-14".parse().unwrap());
    assert_eq!(single.days(), 1);
    assert_eq!(single, range("2013-05-14", "2013-05-14"));
}

#[test]
fn date_range_display() {
    assert_eq!(
        range("2013-05-14", "2013-05-16").to_string(),
        "14–16 May 2013"
    );
    assert_eq!(
        range("2015-04-30", "2015-05-02").to_string(),
        "30 April – 2 May 2015"
    );
    assert_eq!(
        range("2014-12-28", "2015-01-02").to_string(),
        "28 December 2014 – 2 January 2015"
    );
    assert_eq!(range("2013-05-14", "2013-05-14").to_string(), "14 May 2013");
}

#[test]
fn date_range_json() {
    let budapest = range("2013-05-14", "2013-05-16");
    let json = r#"{"start":"2013-05-14","end":"2013-05-16"}"#;
    assert_eq!(to_json(&budapest), json);
    assert_eq!(serde_json::from_str::<DateRange>(json).unwrap(), budapest);
    assert_eq!(
        json_err::<DateRange>(r#"{"start":"2013-05-16","end":"2013-05-14"}"#),
        "invalid date range \"2013-05-16/2013-05-14\": end 2013-05-14 is before start 2013-05-16"
    );
    assert_eq!(
        json_err::<DateRange>(r#"{"start":"2013-05-14","end":"2013-05-16","x":1}"#),
        "unknown field `x`, expected `start` or `end` at line 1 column 44"
    );
    assert_eq!(
        json_err::<DateRange>(r#"{"start":"2013-05-14"}"#),
        "missing field `end` at line 1 column 22"
    );
}

#[test]
fn date_range_from_str() {
    assert_eq!(
        "2013-05-14/2013-05-16".parse::<DateRange>().unwrap(),
        range("2013-05-14", "2013-05-16")
    );
    assert_eq!(
        err("2013-05-16/2013-05-14".parse::<DateRange>()),
        "invalid date range \"2013-05-16/2013-05-14\": end 2013-05-14 is before start 2013-05-16"
    );
    assert_eq!(
        err("2013-05-14".parse::<DateRange>()),
        "invalid date range \"2013-05-14\": expected START/END, each YYYY-MM-DD"
    );
    assert_eq!(
        err("2013-05-14/2013-02-30".parse::<DateRange>()),
        "invalid date range \"2013-05-14/2013-02-30\": invalid date \"2013-02-30\": February 2013 has no day 30"
    );
    assert_eq!(
        err(DateRange::new(
            Date::new(2013, 5, 16).unwrap(),
            Date::new(2013, 5, 14).unwrap()
        )),
        "invalid date range \"2013-05-16/2013-05-14\": end 2013-05-14 is before start 2013-05-16"
    );
}

// ---------------------------------------------------------------------------------------------
// YearRange
// ---------------------------------------------------------------------------------------------

#[test]
fn year_range_parses_the_ways_sources_write_it() {
    let expected = YearRange::new(2014, 2016).unwrap();
    for input in ["2014-16", "2014–16", "2014–2016", "2014-2016"] {
        assert_eq!(input.parse::<YearRange>().unwrap(), expected, "{input}");
    }
    assert_eq!(expected.to_string(), "2014–16");
    assert_eq!(
        (expected.start(), expected.end(), expected.years()),
        (2014, 2016, 3)
    );
    assert!(expected.contains(2015));
    assert!(!expected.contains(2017));

    let one: YearRange = "2014".parse().unwrap();
    assert_eq!((one.start(), one.end(), one.years()), (2014, 2014, 1));
    assert_eq!(one.to_string(), "2014");
}

#[test]
fn year_range_two_digit_end_across_a_century() {
    let range: YearRange = "1998-01".parse().unwrap();
    assert_eq!((range.start(), range.end(), range.years()), (1998, 2001, 4));
    assert_eq!(range.to_string(), "1998–2001");
}

#[test]
fn year_range_rejections() {
    const SYNTAX: &str = "expected YYYY, YYYY-YY or YYYY-YYYY (with a hyphen or an en dash)";
    for (input, reason) in [
        ("14-16", SYNTAX),
        ("2014-216", SYNTAX),
        ("abc", SYNTAX),
        ("2014-", SYNTAX),
        ("2014—16", SYNTAX),
        ("1850-1860", "year 1850 is outside 1900–2200"),
        ("2199-01", "year 2201 is outside 1900–2200"),
        ("2016-2014", "end 2014 is before start 2016"),
    ] {
        assert_eq!(
            err(input.parse::<YearRange>()),
            format!("invalid year range \"{input}\": {reason}"),
            "{input:?}"
        );
    }
    assert_eq!(
        err(YearRange::new(2016, 2014)),
        "invalid year range \"2016–2014\": end 2014 is before start 2016"
    );
}

#[test]
fn year_range_rejects_a_backwards_two_digit_end() {
    assert_eq!(
        err("2016-14".parse::<YearRange>()),
        "invalid year range \"2016-14\": end 2014 is before start 2016"
    );
}

#[test]
fn year_range_json() {
    let json = r#"{"start":2014,"end":2016}"#;
    let range: YearRange = serde_json::from_str(json).unwrap();
    assert_eq!(range, YearRange::new(2014, 2016).unwrap());
    assert_eq!(to_json(&range), json);
    assert_eq!(
        json_err::<YearRange>(r#"{"start":2016,"end":2014}"#),
        "invalid year range \"2016–2014\": end 2014 is before start 2016"
    );
    assert_eq!(
        json_err::<YearRange>(r#"{"start":1850,"end":2014}"#),
        "invalid year range \"1850–2014\": year 1850 is outside 1900–2200"
    );
}

// ---------------------------------------------------------------------------------------------
// Count
// ---------------------------------------------------------------------------------------------

#[test]
fn count_display_for_each_qualifier() {
    let count = |q, v| Count::new(q, v).unwrap().to_string();
    assert_eq!(Count::exact(140).to_string(), "140");
    assert_eq!(count(Qualifier::Exact, 140), "140");
    assert_eq!(count(Qualifier::About, 50), "some 50");
    assert_eq!(Count::about(50).to_string(), "some 50");
    assert_eq!(count(Qualifier::AtLeast, 50), "at least 50");
    assert_eq!(count(Qualifier::MoreThan, 160), "more than 160");
    assert_eq!(count(Qualifier::Nearly, 300), "nearly 300");
    assert_eq!(count(Qualifier::FewerThan, 300), "fewer than 300");
    assert_eq!(count(Qualifier::AtMost, 300), "at most 300");
    assert_eq!(Count::between(40, 50).unwrap().to_string(), "40–50");
}

#[test]
fn count_from_str_word_forms() {
    let between = Count::between(40, 50).unwrap();
    for (input, expected) in [
        ("140", Count::exact(140)),
        ("1,200", Count::exact(1_200)),
        ("1,200,000", Count::exact(1_200_000)),
        ("some 50", Count::about(50)),
        ("Some 50", Count::about(50)),
        ("around 50", Count::about(50)),
        ("about 50", Count::about(50)),
        ("approximately 50", Count::about(50)),
        ("roughly 50", Count::about(50)),
        ("circa 50", Count::about(50)),
        ("at least 50", Count::new(Qualifier::AtLeast, 50).unwrap()),
        (
            "more than 160",
            Count::new(Qualifier::MoreThan, 160).unwrap(),
        ),
        ("over 160", Count::new(Qualifier::MoreThan, 160).unwrap()),
        ("nearly 300", Count::new(Qualifier::Nearly, 300).unwrap()),
        ("almost 300", Count::new(Qualifier::Nearly, 300).unwrap()),
        (
            "fewer than 300",
            Count::new(Qualifier::FewerThan, 300).unwrap(),
        ),
        (
            "less than 300",
            Count::new(Qualifier::FewerThan, 300).unwrap(),
        ),
        ("under 300", Count::new(Qualifier::FewerThan, 300).unwrap()),
        ("at most 300", Count::new(Qualifier::AtMost, 300).unwrap()),
        ("up to 300", Count::new(Qualifier::AtMost, 300).unwrap()),
        (
            "no more than 300",
            Count::new(Qualifier::AtMost, 300).unwrap(),
        ),
        ("40-50", between),
        ("40–50", between),
        ("40 - 50", between),
        ("between 40 and 50", between),
    ] {
        assert_eq!(input.parse::<Count>().unwrap(), expected, "{input:?}");
        assert_eq!(Count::try_from(input).unwrap(), expected, "{input:?}");
    }
}

#[test]
fn count_from_str_rejections() {
    const SYNTAX: &str = "expected a number, optionally after a qualifier such as \"some\", \
        \"at least\", \"more than\", \"nearly\", \"fewer than\" or \"at most\", or a range such as \
        \"40-50\"";
    for (input, reason) in [
        ("dozens", SYNTAX),
        ("1,20", SYNTAX),
        (",200", SYNTAX),
        ("", SYNTAX),
        ("about", SYNTAX),
        ("between 40-50", SYNTAX),
        (
            "50-40",
            "the range's maximum 40 is not above its minimum 50",
        ),
        (
            "40-40",
            "the range's maximum 40 is not above its minimum 40",
        ),
        ("fewer than 0", "\"fewer than 0\" is not a count"),
        ("4294967296", "the number is larger than 4294967295"),
    ] {
        assert_eq!(
            err(input.parse::<Count>()),
            format!("invalid count \"{input}\": {reason}"),
            "{input:?}"
        );
    }
}

#[test]
fn count_constructor_rejections() {
    assert_eq!(
        err(Count::new(Qualifier::Between, 3)),
        "invalid count \"between 3\": a range needs two bounds, use Count::between"
    );
    assert_eq!(
        err(Count::new(Qualifier::FewerThan, 0)),
        "invalid count \"fewer_than 0\": \"fewer than 0\" is not a count"
    );
    assert_eq!(
        err(Count::between(50, 40)),
        "invalid count \"50–40\": the range's maximum 40 is not above its minimum 50"
    );
}

#[test]
fn count_accessors_and_bounds() {
    let bounds = |s: &str| s.parse::<Count>().unwrap().bounds();
    assert_eq!(bounds("140"), (140, Some(140)));
    assert_eq!(bounds("some 50"), (0, None));
    assert_eq!(bounds("at least 50"), (50, None));
    assert_eq!(bounds("more than 160"), (161, None));
    assert_eq!(bounds("nearly 300"), (0, Some(300)));
    assert_eq!(bounds("fewer than 300"), (0, Some(299)));
    assert_eq!(bounds("at most 300"), (0, Some(300)));
    assert_eq!(bounds("40-50"), (40, Some(50)));

    let between = Count::between(40, 50).unwrap();
    assert_eq!(
        (between.qualifier(), between.value(), between.max()),
        (Qualifier::Between, 40, Some(50))
    );
    assert!(!between.is_exact());
    let exact = Count::exact(140);
    assert_eq!(
        (exact.qualifier(), exact.value(), exact.max()),
        (Qualifier::Exact, 140, None)
    );
    assert!(exact.is_exact());
    assert_eq!(Qualifier::AtLeast.as_str(), "at_least");
    assert_eq!(Qualifier::FewerThan.to_string(), "fewer_than");
}

#[test]
fn count_wire_json_for_each_qualifier() {
    for (count, json) in [
        (Count::exact(140), r#"{"qualifier":"exact","value":140}"#),
        (Count::about(50), r#"{"qualifier":"about","value":50}"#),
        (
            Count::new(Qualifier::AtLeast, 50).unwrap(),
            r#"{"qualifier":"at_least","value":50}"#,
        ),
        (
            Count::new(Qualifier::MoreThan, 160).unwrap(),
            r#"{"qualifier":"more_than","value":160}"#,
        ),
        (
            Count::new(Qualifier::Nearly, 300).unwrap(),
            r#"{"qualifier":"nearly","value":300}"#,
        ),
        (
            Count::new(Qualifier::FewerThan, 300).unwrap(),
            r#"{"qualifier":"fewer_than","value":300}"#,
        ),
        (
            Count::new(Qualifier::AtMost, 300).unwrap(),
            r#"{"qualifier":"at_most","value":300}"#,
        ),
        (
            Count::between(40, 50).unwrap(),
            r#"{"qualifier":"between","min":40,"max":50}"#,
        ),
    ] {
        assert_eq!(to_json(&count), json);
        assert_eq!(
            serde_json::from_str::<Count>(json).unwrap(),
            count,
            "{json}"
        );
    }
}

#[test]
fn count_wire_json_rejections() {
    assert_eq!(
        json_err::<Count>(r#"{"qualifier":"between","min":50,"max":40}"#),
        "invalid count \"50–40\": the range's maximum 40 is not above its minimum 50"
    );
    assert_eq!(
        json_err::<Count>(r#"{"qualifier":"dozens","value":1}"#),
        "unknown variant `dozens`, expected one of `exact`, `about`, `at_least`, `more_than`, \
         `nearly`, `fewer_than`, `at_most`, `between` at line 1 column 21"
    );
    assert_eq!(
        json_err::<Count>(r#"{"qualifier":"exact","value":-1}"#),
        "invalid value: integer `-1`, expected u32 at line 1 column 31"
    );
    assert_eq!(
        json_err::<Count>(r#"{"qualifier":"exact","value":1,"extra":2}"#),
        "unknown field `extra`, expected one of `qualifier`, `value`, `min`, `max` at line 1 column 38"
    );
    assert_eq!(
        json_err::<Count>(r#"{"qualifier":"between","value":1}"#),
        "a count \"between\" has a \"min\" and a \"max\", not a \"value\""
    );
    assert_eq!(
        json_err::<Count>(r#"{"qualifier":"about","value":1,"max":3}"#),
        "a count \"about\" has a \"value\", not a \"min\" or \"max\""
    );
    assert_eq!(
        json_err::<Count>(r#"{"qualifier":"between","min":1}"#),
        "missing field `max`"
    );
    assert_eq!(
        json_err::<Count>(r#"{"qualifier":"about"}"#),
        "missing field `value`"
    );
    assert_eq!(
        json_err::<Count>(r#"{"qualifier":"fewer_than","value":0}"#),
        "invalid count \"fewer_than 0\": \"fewer than 0\" is not a count"
    );
    assert_eq!(
        json_err::<Count>(r#"{"value":1}"#),
        "missing field `qualifier` at line 1 column 11"
    );
}

// ---------------------------------------------------------------------------------------------
// Ordinal
// ---------------------------------------------------------------------------------------------

#[test]
fn ordinal_display_suffixes() {
    let written: Vec<String> = [
        1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 42, 43, 101, 111, 112, 113,
    ]
    .into_iter()
    .map(|n| Ordinal::new(n).unwrap().to_string())
    .collect();
    assert_eq!(
        written,
        [
            "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "42nd",
            "43rd", "101st", "111th", "112th", "113th"
        ]
    );
    let ordinal = Ordinal::new(42).unwrap();
    assert_eq!((ordinal.get(), ordinal.suffix()), (42, "nd"));
    assert_eq!(u32::from(ordinal), 42);
    assert_eq!(Ordinal::try_from(42).unwrap(), ordinal);
    assert_eq!(ordinal.next().to_string(), "43rd");
    assert_eq!(Ordinal::new(u32::MAX).unwrap().next().get(), u32::MAX);
}

#[test]
fn ordinal_rejects_zero() {
    assert_eq!(
        err(Ordinal::new(0)),
        "invalid ordinal \"0\": ordinals start at 1"
    );
    assert_eq!(
        err(Ordinal::try_from(0)),
        "invalid ordinal \"0\": ordinals start at 1"
    );
    assert_eq!(
        json_err::<Ordinal>("0"),
        "invalid ordinal \"0\": ordinals start at 1"
    );
}

#[test]
fn ordinal_from_str() {
    assert_eq!("42".parse::<Ordinal>().unwrap().get(), 42);
    assert_eq!("42nd".parse::<Ordinal>().unwrap().get(), 42);
    assert_eq!("111th".parse::<Ordinal>().unwrap().get(), 111);
    for (input, reason) in [
        ("42th", "the suffix of 42 is \"nd\""),
        ("11st", "the suffix of 11 is \"th\""),
        ("nd", "expected a number such as 42 or 42nd"),
        ("-1", "expected a number such as 42 or 42nd"),
        ("42ND", "expected a number such as 42 or 42nd"),
        ("", "expected a number such as 42 or 42nd"),
        ("4294967296", "expected a number such as 42 or 42nd"),
        ("0", "ordinals start at 1"),
        ("0th", "ordinals start at 1"),
    ] {
        assert_eq!(
            err(input.parse::<Ordinal>()),
            format!("invalid ordinal \"{input}\": {reason}"),
            "{input:?}"
        );
    }
}

#[test]
fn ordinal_json() {
    let ordinal = Ordinal::new(42).unwrap();
    assert_eq!(to_json(&ordinal), "42");
    assert_eq!(serde_json::from_str::<Ordinal>("42").unwrap(), ordinal);
    assert_eq!(
        json_err::<Ordinal>("4294967296"),
        "invalid value: integer `4294967296`, expected u32 at line 1 column 10"
    );
    assert_eq!(
        json_err::<Ordinal>("\"42\""),
        "invalid type: string \"42\", expected u32 at line 1 column 4"
    );
}

// ---------------------------------------------------------------------------------------------
// Topic
// ---------------------------------------------------------------------------------------------

#[test]
fn every_known_topic_round_trips() {
    assert_eq!(KnownTopic::ALL.len(), 23);
    for &known in KnownTopic::ALL {
        let code = known.code();
        let topic: Topic = code.parse().unwrap();
        assert_eq!(topic, Topic::Known(known));
        assert_eq!(topic, Topic::from(known));
        assert_eq!(topic.as_str(), code);
        assert_eq!(topic.to_string(), code);
        assert_eq!(known.to_string(), code);
        assert_eq!(KnownTopic::from_code(code), Some(known));
        assert_eq!(topic.label(), known.label());
        let json = to_json(&topic);
        assert_eq!(json, format!("\"{code}\""));
        assert_eq!(serde_json::from_str::<Topic>(&json).unwrap(), topic);
    }
}

#[test]
fn topic_labels() {
    let topic: Topic = "major_event_security".parse().unwrap();
    assert_eq!(topic.label(), "major event and sports security");
    let topic: Topic = "illegal_asset_recovery".parse().unwrap();
    assert_eq!(topic.label(), "recovery of illegal assets");
}

#[test]
fn custom_topic_round_trips() {
    let topic: Topic = "custom:wildlife_trafficking".parse().unwrap();
    let Topic::Custom(custom) = &topic else {
        panic!("expected a custom topic, got {topic:?}");
    };
    assert_eq!(custom.code(), "wildlife_trafficking");
    assert_eq!(custom.as_str(), "custom:wildlife_trafficking");
    assert_eq!(topic.as_str(), "custom:wildlife_trafficking");
    assert_eq!(topic.to_string(), "custom:wildlife_trafficking");
    assert_eq!(topic.label(), "wildlife trafficking");
    let json = to_json(&topic);
    assert_eq!(json, "\"custom:wildlife_trafficking\"");
    assert_eq!(serde_json::from_str::<Topic>(&json).unwrap(), topic);
}

#[test]
fn topic_rejections() {
    const BAD_CUSTOM: &str = "a custom code is 1 to 64 bytes of lowercase a-z and digits in \
        words joined by single underscores";
    for (input, reason) in [
        (
            "cybercrme",
            "not a known topic code; write a topic the list lacks as \"custom:<snake_case_code>\"",
        ),
        ("custom:", BAD_CUSTOM),
        ("custom:Bad Code", BAD_CUSTOM),
        ("custom:a__b", BAD_CUSTOM),
        (
            "custom:cybercrime",
            "\"cybercrime\" is a known topic code; write it without \"custom:\"",
        ),
    ] {
        assert_eq!(
            err(input.parse::<Topic>()),
            format!("invalid topic \"{input}\": {reason}"),
            "{input:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Url
// ---------------------------------------------------------------------------------------------

#[test]
fn url_accepts_absolute_http_urls_unchanged() {
    for ok in [
        "https://example.org/news/2013/05/16",
        "http://example.org",
        "HTTPS://EXAMPLE.ORG/Path?q=1#frag",
    ] {
        let url = Url::new(ok).unwrap();
        assert_eq!(url.as_str(), ok);
        assert_eq!(url.to_string(), ok);
        assert_eq!(to_json(&url), format!("\"{ok}\""));
    }
    assert_eq!(
        format!("{:?}", Url::new("http://example.org").unwrap()),
        "Url(\"http://example.org\")"
    );
    let longest = format!("https://example.org/{}", "a".repeat(MAX_URL_LEN - 20));
    assert_eq!(longest.len(), 2_048);
    assert_eq!(Url::new(&longest).unwrap().as_str(), longest);
}

#[test]
fn url_rejections() {
    for (input, reason) in [
        ("example.org", "expected an absolute http or https URL"),
        ("ftp://x", "expected an absolute http or https URL"),
        ("https:/x", "expected an absolute http or https URL"),
        ("https://", "no host"),
        ("https://?q=1", "no host"),
        (
            "https://exa mple.org",
            "whitespace or control character at byte 11",
        ),
    ] {
        assert_eq!(
            err(Url::new(input)),
            format!("invalid URL \"{input}\": {reason}"),
            "{input:?}"
        );
    }
    let long = format!("https://example.org/{}", "a".repeat(2_029));
    assert_eq!(long.len(), 2_049);
    assert_eq!(
        err(Url::new(&long)),
        format!(
            "invalid URL \"https://example.org/{}…\": longer than 2048 bytes",
            "a".repeat(44)
        )
    );
    assert_eq!(
        json_err::<Url>("\"example.org\""),
        "invalid URL \"example.org\": expected an absolute http or https URL at line 1 column 13"
    );
}

// ---------------------------------------------------------------------------------------------
// SchemaVersion
// ---------------------------------------------------------------------------------------------

#[test]
fn schema_version_reads_1_0_to_1_2() {
    let current: SchemaVersion = "1.2".parse().unwrap();
    assert_eq!(current, SchemaVersion::CURRENT);
    assert_eq!(current, SchemaVersion::default());
    assert_eq!((current.major(), current.minor()), (1, 2));
    assert_eq!(current.to_string(), "1.2");
    let first: SchemaVersion = "1.0".parse().unwrap();
    let second: SchemaVersion = "1.1".parse().unwrap();
    assert!(first < second && second < current);
    assert_eq!(to_json(&second), "\"1.1\"");
    assert_eq!(
        serde_json::from_str::<SchemaVersion>("\"1.1\"").unwrap(),
        second
    );
}

#[test]
fn schema_version_rejections() {
    assert_eq!(
        "2.0".parse::<SchemaVersion>().unwrap_err(),
        SchemaVersionError::Unsupported("2.0".to_owned())
    );
    assert_eq!(
        err("2.0".parse::<SchemaVersion>()),
        "unsupported schema_version \"2.0\": this crate reads 1.0 to 1.2"
    );
    assert_eq!(
        err("0.9".parse::<SchemaVersion>()),
        "unsupported schema_version \"0.9\": this crate reads 1.0 to 1.2"
    );
    assert_eq!(
        "1.3".parse::<SchemaVersion>().unwrap_err(),
        SchemaVersionError::Newer("1.3".to_owned())
    );
    assert_eq!(
        err("1.7".parse::<SchemaVersion>()),
        "unsupported schema_version \"1.7\": this crate reads 1.0 to 1.2; \
         a newer regional-conference reads this document"
    );
    assert_eq!(
        "1".parse::<SchemaVersion>().unwrap_err(),
        SchemaVersionError::Syntax("1".to_owned())
    );
    for input in ["1", "1.01", "v1.0", "01.0", "1.0.0", "", "1.", ".1"] {
        assert_eq!(
            err(input.parse::<SchemaVersion>()),
            format!("invalid schema_version \"{input}\": expected MAJOR.MINOR, such as \"1.0\""),
            "{input:?}"
        );
    }
    assert_eq!(
        json_err::<SchemaVersion>("\"2.0\""),
        "unsupported schema_version \"2.0\": this crate reads 1.0 to 1.2 \
         at line 1 column 5"
    );
}

// ---------------------------------------------------------------------------------------------
// Extensions
// ---------------------------------------------------------------------------------------------

#[test]
fn extensions_survive_a_round_trip_byte_for_byte() {
    let json = r#"{"id":"interpol","name":"INTERPOL","kind":"intergovernmental_organization","extensions":{"n": 123456789012345678901234567890, "z": 1, "a": 2}}"#;
    let organization: Organization = serde_json::from_str(json).unwrap();
    let extensions = organization.extensions.as_ref().unwrap();
    assert_eq!(
        extensions.as_json(),
        r#"{"n": 123456789012345678901234567890, "z": 1, "a": 2}"#
    );
    assert_eq!(to_json(&organization), json);
}

#[test]
fn extensions_from_json() {
    let ext = Extensions::from_json(r#"{"registry_ref": 1}"#).unwrap();
    assert_eq!(ext.as_json(), r#"{"registry_ref": 1}"#);
    assert_eq!(ext.to_string(), r#"{"registry_ref": 1}"#);
    assert_eq!(format!("{ext:?}"), r#"Extensions({"registry_ref": 1})"#);
    assert!(!ext.is_empty());
    assert!(Extensions::from_json("{}").unwrap().is_empty());
    assert!(Extensions::from_json("{ \n }").unwrap().is_empty());
    assert_eq!(Extensions::from_json(" { } ").unwrap().as_json(), "{ }");
}

#[test]
fn extensions_reject_anything_but_an_object() {
    assert_eq!(
        err(Extensions::from_json("[1]")),
        "invalid extensions: expected a JSON object, found `[1]`"
    );
    assert_eq!(
        err(Extensions::from_json("\"x\"")),
        "invalid extensions: expected a JSON object, found `\"x\"`"
    );
    assert_eq!(
        err(Extensions::from_json("nope")),
        "invalid extensions: expected ident at line 1 column 2"
    );
    assert_eq!(
        json_err::<Extensions>("[1]"),
        "invalid extensions: expected a JSON object, found `[1]`"
    );
    assert_eq!(
        json_err::<Organization>(
            r#"{"id":"interpol","name":"INTERPOL","kind":"other","extensions":"x"}"#
        ),
        "invalid extensions: expected a JSON object, found `\"x\"` at line 1 column 67"
    );
}

/// An extensions object whose members nest `depth` levels deep, the object itself included.
fn nested_extensions(depth: usize) -> String {
    format!("{}1{}", r#"{"a":"#.repeat(depth), "}".repeat(depth))
}

#[test]
fn extensions_nesting_is_bounded() {
    assert_eq!(MAX_DEPTH, 127);
    let deep = Extensions::from_json(&nested_extensions(127)).unwrap();
    assert_eq!(deep.to_map().unwrap().len(), 1);
    assert_eq!(
        err(Extensions::from_json(&nested_extensions(128))),
        "invalid extensions: nested deeper than 127 levels"
    );
    assert_eq!(
        err(Extensions::from_json(&nested_extensions(100_000))),
        "invalid extensions: nested deeper than 127 levels"
    );
    // Brackets inside strings are text, not nesting.
    let text = format!(r#"{{"a\"": "x\\", "b": "{}"}}"#, "[".repeat(500));
    assert_eq!(Extensions::from_json(&text).unwrap().as_json(), text);
}

#[test]
fn extensions_that_are_accepted_can_always_be_read_as_a_map() {
    for depth in 1..=MAX_DEPTH + 1 {
        let text = nested_extensions(depth);
        match Extensions::from_json(&text) {
            Ok(ext) => assert_eq!(
                ext.to_map().map(|map| map.len()).map_err(|e| e.to_string()),
                Ok(1),
                "depth {depth}"
            ),
            Err(e) => assert_eq!(
                (depth > MAX_DEPTH, e.to_string()),
                (
                    true,
                    format!("invalid extensions: nested deeper than {MAX_DEPTH} levels")
                ),
                "depth {depth}"
            ),
        }
    }
}

#[test]
fn extensions_to_map_and_back() {
    let ext =
        Extensions::from_json(r#"{"n": 123456789012345678901234567890, "z": 1, "a": 2}"#).unwrap();
    let map = ext.to_map().unwrap();
    let keys: Vec<&str> = map.keys().map(String::as_str).collect();
    assert_eq!(keys, ["a", "n", "z"]);
    assert_eq!(map["z"], serde_json::json!(1));
    assert_eq!(map["a"], serde_json::json!(2));
    // Beyond u64: the map holds an f64, the kept text stays exact.
    assert_eq!(map["n"].to_string(), "1.2345678901234568e+29");
    assert_eq!(
        Extensions::from_map(&map).unwrap().as_json(),
        r#"{"a":2,"n":1.2345678901234568e+29,"z":1}"#
    );
    assert_eq!(
        err(Extensions::from_json(r#"{"a":1e400}"#).unwrap().to_map()),
        "invalid extensions: number out of range at line 1 column 10"
    );
}
