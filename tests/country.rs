//! Integration tests of `regional_conference::country`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::HashSet;

use regional_conference::country::{CountryCode, CountryCodeError, CountryInfo, CountryStatus};

const HUNGARY: CountryCode = CountryCode::from_static("HU");
const ROMANIA: CountryCode = CountryCode::from_static("RO");

fn message(result: Result<CountryCode, CountryCodeError>) -> String {
    result.unwrap_err().to_string()
}

#[test]
fn accepts_official_codes_with_their_table_data() {
    let hu = CountryCode::new("HU").unwrap();
    assert_eq!(hu.as_str(), "HU");
    assert_eq!(hu.alpha3(), "HUN");
    assert_eq!(hu.numeric(), Some(348));
    assert_eq!(hu.name(), "Hungary");
    assert_eq!(hu.status(), CountryStatus::Official);
    assert!(!hu.is_historical());
    assert!(!hu.is_user_assigned());
    assert_eq!(hu.info().withdrawn(), None);
    assert_eq!(hu.info().withdrawal_year(), None);
    assert_eq!(hu.info().code(), hu);

    let ro = CountryCode::new("RO").unwrap();
    assert_eq!(ro.alpha3(), "ROU");
    assert_eq!(ro.numeric(), Some(642));
    assert_eq!(ro.name(), "Romania");
    assert_eq!(ro.status(), CountryStatus::Official);
}

#[test]
fn accepts_kosovo_as_user_assigned() {
    let xk = CountryCode::new("XK").unwrap();
    assert_eq!(xk.name(), "Kosovo");
    assert_eq!(xk.alpha3(), "XKX");
    assert_eq!(xk.numeric(), None);
    assert_eq!(xk.status(), CountryStatus::UserAssigned);
    assert!(xk.is_user_assigned());
    assert!(!xk.is_historical());
    assert_eq!(xk.info().withdrawn(), None);
}

#[test]
fn cs_is_serbia_and_montenegro_not_czechoslovakia() {
    let cs = CountryCode::new("CS").unwrap();
    assert_eq!(cs.name(), "Serbia and Montenegro");
    assert_eq!(cs.alpha3(), "SCG");
    assert_eq!(cs.numeric(), Some(891));
    assert_eq!(cs.status(), CountryStatus::Historical);
    assert!(cs.is_historical());
    assert_eq!(cs.info().withdrawn(), Some("2006-09-26"));
    assert_eq!(cs.info().withdrawal_year(), Some(2006));
    // Czechoslovakia's alpha-3 code is not in the table.
    assert_eq!(
        message(CountryCode::from_alpha3("CSK")),
        r#"invalid country code "CSK": not an ISO 3166-1 alpha-3 code"#
    );
}

#[test]
fn accepts_historical_codes_with_withdrawal_dates() {
    let su = CountryCode::new("SU").unwrap();
    assert_eq!(su.name(), "USSR, Union of Soviet Socialist Republics");
    assert_eq!(su.alpha3(), "SUN");
    assert_eq!(su.numeric(), Some(810));
    assert!(su.is_historical());
    assert_eq!(su.info().withdrawn(), Some("1992-08-30"));

    // A year-only withdrawal date and a missing numeric code.
    let vd = CountryCode::new("VD").unwrap();
    assert_eq!(vd.numeric(), None);
    assert_eq!(vd.info().withdrawn(), Some("1977"));
    assert_eq!(vd.info().withdrawal_year(), Some(1977));

    for code in [
        "AN", "BU", "CS", "CT", "DD", "DY", "FQ", "FX", "HV", "JT", "MI", "NH", "NQ",
    ]
    .into_iter()
    .chain([
        "NT", "PC", "PU", "PZ", "RH", "SU", "TP", "VD", "WK", "YD", "YU", "ZR",
    ]) {
        let country = CountryCode::new(code).unwrap();
        assert_eq!(country.status(), CountryStatus::Historical, "{code}");
        assert!(country.info().withdrawn().is_some(), "{code}");
        assert!(country.info().withdrawal_year().is_some(), "{code}");
    }
}

#[test]
fn reassigned_former_codes_mean_the_current_country() {
    for (code, name) in [
        ("AI", "Anguilla"),
        ("BQ", "Bonaire, Sint Eustatius and Saba"),
        ("BY", "Belarus"),
        ("GE", "Georgia"),
        ("SK", "Slovakia"),
    ] {
        let country = CountryCode::new(code).unwrap();
        assert_eq!(country.name(), name);
        assert_eq!(country.status(), CountryStatus::Official);
    }
}

#[test]
fn rejects_empty_input() {
    assert_eq!(
        message(CountryCode::new("")),
        r#"invalid country code "": empty"#
    );
}

#[test]
fn rejects_unknown_codes() {
    assert_eq!(
        message(CountryCode::new("XX")),
        r#"invalid country code "XX": not an ISO 3166-1 alpha-2 code"#
    );
    assert_eq!(
        message(CountryCode::new("ÀB")),
        r#"invalid country code "ÀB": not an ISO 3166-1 alpha-2 code"#
    );
    // Lower case with no upper-case counterpart in the table gets no suggestion.
    assert_eq!(
        message(CountryCode::new("xx")),
        r#"invalid country code "xx": not an ISO 3166-1 alpha-2 code"#
    );
    assert_eq!(
        message(CountryCode::new("H1")),
        r#"invalid country code "H1": not an ISO 3166-1 alpha-2 code"#
    );
}

#[test]
fn rejects_lower_case_with_a_suggestion() {
    assert_eq!(
        message(CountryCode::new("hu")),
        r#"invalid country code "hu": ISO 3166-1 alpha-2 codes are upper case, did you mean "HU"?"#
    );
    assert_eq!(
        message(CountryCode::new("Ro")),
        r#"invalid country code "Ro": ISO 3166-1 alpha-2 codes are upper case, did you mean "RO"?"#
    );
    assert_eq!(
        message(CountryCode::new("su")),
        r#"invalid country code "su": ISO 3166-1 alpha-2 codes are upper case, did you mean "SU"?"#
    );
}

#[test]
fn rejects_wrong_lengths_counting_characters() {
    assert_eq!(
        message(CountryCode::new("HUN")),
        r#"invalid country code "HUN": expected two letters, found 3 characters"#
    );
    assert_eq!(
        message(CountryCode::new("H")),
        r#"invalid country code "H": expected two letters, found 1 character"#
    );
    // "é" is two bytes but one character.
    assert_eq!(
        message(CountryCode::new("é")),
        r#"invalid country code "é": expected two letters, found 1 character"#
    );
    assert_eq!(
        message(CountryCode::new("ÁÉÍ")),
        r#"invalid country code "ÁÉÍ": expected two letters, found 3 characters"#
    );
    assert_eq!(
        message(CountryCode::new(" HU")),
        r#"invalid country code " HU": expected two letters, found 3 characters"#
    );
}

#[test]
fn error_messages_shorten_long_input() {
    let long = "H".repeat(10_000);
    let text = message(CountryCode::new(&long));
    let expected = format!(
        "invalid country code \"{}…\": expected two letters, found 10000 characters",
        "H".repeat(64)
    );
    assert_eq!(text, expected);
}

#[test]
fn error_messages_escape_control_characters() {
    assert_eq!(
        message(CountryCode::new("H\n")),
        r#"invalid country code "H\n": not an ISO 3166-1 alpha-2 code"#
    );
}

#[test]
fn from_alpha3_finds_the_alpha2_code() {
    assert_eq!(CountryCode::from_alpha3("HUN").unwrap(), HUNGARY);
    assert_eq!(CountryCode::from_alpha3("ROU").unwrap(), ROMANIA);
    assert_eq!(CountryCode::from_alpha3("XKX").unwrap().as_str(), "XK");
    assert_eq!(CountryCode::from_alpha3("SUN").unwrap().as_str(), "SU");
    assert_eq!(CountryCode::from_alpha3("SCG").unwrap().as_str(), "CS");
    // ATF is both the official TF and the historical FQ: the official row wins.
    assert_eq!(CountryCode::from_alpha3("ATF").unwrap().as_str(), "TF");
}

#[test]
fn from_alpha3_round_trips_every_row_but_the_shared_atf() {
    for info in CountryInfo::all() {
        if info.code().as_str() == "FQ" {
            continue;
        }
        assert_eq!(
            CountryCode::from_alpha3(info.alpha3()).unwrap(),
            info.code()
        );
    }
}

#[test]
fn from_alpha3_errors() {
    assert_eq!(
        message(CountryCode::from_alpha3("XYZ")),
        r#"invalid country code "XYZ": not an ISO 3166-1 alpha-3 code"#
    );
    assert_eq!(
        message(CountryCode::from_alpha3("")),
        r#"invalid country code "": empty"#
    );
    assert_eq!(
        message(CountryCode::from_alpha3("HU")),
        r#"invalid country code "HU": expected three letters, found 2 characters"#
    );
    assert_eq!(
        message(CountryCode::from_alpha3("hun")),
        r#"invalid country code "hun": ISO 3166-1 alpha-3 codes are upper case, did you mean "HUN"?"#
    );
}

#[test]
fn from_static_works_in_const_context() {
    const CODES: [CountryCode; 3] = [
        CountryCode::from_static("HU"),
        CountryCode::from_static("SU"),
        CountryCode::from_static("XK"),
    ];
    assert_eq!(CODES[0], CountryCode::new("HU").unwrap());
    assert_eq!(CODES[1].name(), "USSR, Union of Soviet Socialist Republics");
    assert!(CODES[2].is_user_assigned());
    assert_eq!(HUNGARY.name(), "Hungary");
    // Every code of the table is accepted by `from_static` too (at run time here).
    for code in CountryCode::all() {
        let text: &'static str = code.to_string().leak();
        assert_eq!(CountryCode::from_static(text), code);
    }
}

#[test]
#[should_panic(expected = "not an upper-case ISO 3166-1 alpha-2 code")]
fn from_static_panics_on_an_unknown_code() {
    let _ = CountryCode::from_static("XX");
}

#[test]
#[should_panic(expected = "not an upper-case ISO 3166-1 alpha-2 code")]
fn from_static_panics_on_lower_case() {
    let _ = CountryCode::from_static("hu");
}

#[test]
fn all_holds_275_sorted_unique_codes() {
    let codes: Vec<CountryCode> = CountryCode::all().collect();
    assert_eq!(codes.len(), 249 + 25 + 1);
    assert_eq!(codes.len(), 275);
    assert!(codes.windows(2).all(|pair| pair[0] < pair[1]));
    assert!(
        codes
            .windows(2)
            .all(|pair| pair[0].as_str() < pair[1].as_str())
    );

    let count = |status| codes.iter().filter(|c| c.status() == status).count();
    assert_eq!(count(CountryStatus::Official), 249);
    assert_eq!(count(CountryStatus::Historical), 25);
    assert_eq!(count(CountryStatus::UserAssigned), 1);

    let table = CountryInfo::all();
    assert_eq!(table.len(), 275);
    assert!(
        table
            .iter()
            .map(CountryInfo::code)
            .eq(codes.iter().copied())
    );
    for info in table {
        assert_eq!(info.code().info(), info);
        assert_eq!(
            info.withdrawn().is_some(),
            info.status() == CountryStatus::Historical
        );
    }
}

#[test]
fn official_alpha3_and_numeric_codes_are_unique() {
    let official: Vec<&CountryInfo> = CountryInfo::all()
        .iter()
        .filter(|info| info.status() == CountryStatus::Official)
        .collect();
    let alpha3: HashSet<&str> = official.iter().map(|info| info.alpha3()).collect();
    let numeric: HashSet<u16> = official.iter().filter_map(|info| info.numeric()).collect();
    assert_eq!(alpha3.len(), 249);
    assert_eq!(numeric.len(), 249);
}

#[test]
fn display_and_from_str_round_trip_every_code() {
    for code in CountryCode::all() {
        let text = code.to_string();
        assert_eq!(text, code.as_str());
        assert_eq!(text.len(), 2);
        assert_eq!(text.parse::<CountryCode>().unwrap(), code);
        assert_eq!(CountryCode::try_from(text.as_str()).unwrap(), code);
        assert_eq!(CountryCode::try_from(text.clone()).unwrap(), code);
        let as_ref: &str = code.as_ref();
        assert_eq!(as_ref, text);
    }
}

#[test]
fn debug_shows_the_code() {
    assert_eq!(format!("{HUNGARY:?}"), r#"CountryCode("HU")"#);
    let debug = format!("{:?}", CountryCode::new("x").unwrap_err());
    assert!(debug.starts_with("CountryCodeError"), "{debug}");
    assert!(debug.contains(r#""x""#), "{debug}");
}

#[test]
fn from_str_and_try_from_report_the_same_errors() {
    let expected =
        r#"invalid country code "hu": ISO 3166-1 alpha-2 codes are upper case, did you mean "HU"?"#;
    assert_eq!(
        "hu".parse::<CountryCode>().unwrap_err().to_string(),
        expected
    );
    assert_eq!(
        CountryCode::try_from("hu").unwrap_err().to_string(),
        expected
    );
    assert_eq!(
        CountryCode::try_from(String::from("hu"))
            .unwrap_err()
            .to_string(),
        expected
    );
}

#[test]
fn serde_round_trip() {
    assert_eq!(serde_json::to_string(&HUNGARY).unwrap(), r#""HU""#);
    let back: CountryCode = serde_json::from_str(r#""HU""#).unwrap();
    assert_eq!(back, HUNGARY);

    let list: Vec<CountryCode> = serde_json::from_str(r#"["HU","RO","XK","SU"]"#).unwrap();
    assert_eq!(
        serde_json::to_string(&list).unwrap(),
        r#"["HU","RO","XK","SU"]"#
    );
    // From an owned string too (serde_json::Value holds owned strings).
    let value = serde_json::json!("RO");
    assert_eq!(
        serde_json::from_value::<CountryCode>(value).unwrap(),
        ROMANIA
    );
}

#[test]
fn serde_rejects_invalid_codes_with_the_country_message() {
    let err = serde_json::from_str::<CountryCode>(r#""hu""#).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"invalid country code "hu": ISO 3166-1 alpha-2 codes are upper case, did you mean "HU"? at line 1 column 4"#
    );
    let err = serde_json::from_str::<CountryCode>(r#""XX""#).unwrap_err();
    assert!(
        err.to_string()
            .contains(r#"invalid country code "XX": not an ISO 3166-1 alpha-2 code"#),
        "{err}"
    );
    let err = serde_json::from_str::<CountryCode>("348").unwrap_err();
    assert!(
        err.to_string()
            .contains("expected an ISO 3166-1 alpha-2 country code"),
        "{err}"
    );
}

#[test]
fn json_schema_lists_every_code() {
    let schema = schemars::schema_for!(CountryCode);
    let value = schema.as_value();
    assert_eq!(value["type"], "string");
    assert_eq!(value["title"], "CountryCode");
    assert!(
        value["description"]
            .as_str()
            .unwrap()
            .contains("ISO 3166-1")
    );
    let listed: Vec<&str> = value["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|code| code.as_str().unwrap())
        .collect();
    let expected: Vec<String> = CountryCode::all().map(|code| code.to_string()).collect();
    assert_eq!(listed, expected);
    assert_eq!(listed.len(), 275);
}

#[test]
fn errors_are_std_errors_and_send_sync() {
    fn assert_traits<T: std::error::Error + Send + Sync + Clone + 'static>() {}
    fn assert_send_sync<T: Send + Sync>() {}
    assert_traits::<CountryCodeError>();
    assert_send_sync::<CountryCode>();
    assert_send_sync::<&'static CountryInfo>();
    assert_send_sync::<CountryStatus>();
    assert_eq!(
        CountryCode::new("XX").unwrap_err(),
        CountryCode::new("XX").unwrap_err()
    );
}
