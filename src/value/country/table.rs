//! The bundled ISO 3166 table and its `const` lookups.

use core::cmp::Ordering;

use super::{CountryCode, CountryInfo, CountryStatus};

/// Compares two alpha-2 codes alphabetically, in a `const fn`.
const fn compare(left: [u8; 2], right: [u8; 2]) -> Ordering {
    let [l0, l1] = left;
    let [r0, r1] = right;
    if l0 < r0 || (l0 == r0 && l1 < r1) {
        Ordering::Less
    } else if l0 == r0 && l1 == r1 {
        Ordering::Equal
    } else {
        Ordering::Greater
    }
}

/// Returns row `index` of the table, in a `const fn` (where `slice::get` is not available).
const fn row_at(index: usize) -> Option<&'static CountryInfo> {
    match COUNTRIES.as_slice().split_at_checked(index) {
        Some((_, [row, ..])) => Some(row),
        _ => None,
    }
}

/// Binary search of the table (sorted, checked at compile time) for an alpha-2 code.
pub(super) const fn find(code: [u8; 2]) -> Option<&'static CountryInfo> {
    let mut low = 0;
    let mut high = COUNTRIES.len();
    while low < high {
        let middle = low + (high - low) / 2;
        let Some(row) = row_at(middle) else {
            return None;
        };
        match compare(row.alpha2.0, code) {
            Ordering::Less => low = middle + 1,
            Ordering::Greater => high = middle,
            Ordering::Equal => return Some(row),
        }
    }
    None
}

/// Linear search of the table for an alpha-3 code, preferring an official row.
pub(super) fn find_alpha3(code: &str) -> Option<&'static CountryInfo> {
    COUNTRIES
        .iter()
        .filter(|row| row.alpha3 == code)
        .min_by_key(|row| row.status != CountryStatus::Official)
}

/// Checks at compile time what the lookups rely on: rows sorted by alpha-2 code without
/// duplicates, codes of upper-case ASCII letters, and a withdrawal date exactly on historical rows.
const fn table_is_well_formed(rows: &[CountryInfo]) -> bool {
    let mut rest = rows;
    let mut previous: Option<[u8; 2]> = None;
    while let [row, tail @ ..] = rest {
        if !all_upper_case(&row.alpha2.0) {
            return false;
        }
        if let Some(previous) = previous
            && !matches!(compare(previous, row.alpha2.0), Ordering::Less)
        {
            return false;
        }
        if row.alpha3.len() != 3 || !all_upper_case(row.alpha3.as_bytes()) {
            return false;
        }
        let historical = matches!(row.status, CountryStatus::Historical);
        if historical != row.withdrawn.is_some() {
            return false;
        }
        previous = Some(row.alpha2.0);
        rest = tail;
    }
    true
}

/// Whether every byte is an ASCII upper-case letter, in a `const fn`.
const fn all_upper_case(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    while let [first, tail @ ..] = rest {
        if !first.is_ascii_uppercase() {
            return false;
        }
        rest = tail;
    }
    true
}

const _: () = assert!(
    table_is_well_formed(&COUNTRIES),
    "the country table must be sorted, upper case, and dated exactly on historical rows"
);

/// One row of the table.
const fn row(
    alpha2: [u8; 2],
    alpha3: &'static str,
    numeric: Option<u16>,
    name: &'static str,
    status: CountryStatus,
    withdrawn: Option<&'static str>,
) -> CountryInfo {
    CountryInfo {
        alpha2: CountryCode(alpha2),
        alpha3,
        numeric,
        name,
        status,
        withdrawn,
    }
}

use CountryStatus::{Historical, Official, UserAssigned};

/// The bundled table, sorted by alpha-2 code.
///
/// Generated from the Debian `iso-codes` data (`iso_3166-1.json`, `iso_3166-3.json`) as packaged
/// by the Python library pycountry 26.2.16 (`pycountry.countries` and
/// `pycountry.historic_countries`: `alpha_2`, `alpha_3`, `numeric`, `name`, `withdrawal_date`),
/// plus `XK`. `tests/country_crosscheck.rs` compares every row with pycountry again (CI runs it
/// with `REGIONAL_CONFERENCE_REQUIRE_PYCOUNTRY` set, so it cannot be skipped there). To update,
/// regenerate the rows from a newer pycountry and bump the version in that test and here.
#[rustfmt::skip]
pub(super) static COUNTRIES: [CountryInfo; 275] = [
    row(*b"AD", "AND", Some(20), "Andorra", Official, None),
    row(*b"AE", "ARE", Some(784), "United Arab Emirates", Official, None),
    row(*b"AF", "AFG", Some(4), "Afghanistan", Official, None),
    row(*b"AG", "ATG", Some(28), "Antigua and Barbuda", Official, None),
    row(*b"AI", "AIA", Some(660), "Anguilla", Official, None),
    row(*b"AL", "ALB", Some(8), "Albania", Official, None),
    row(*b"AM", "ARM", Some(51), "Armenia", Official, None),
    row(*b"AN", "ANT", Some(530), "Netherlands Antilles", Historical, Some("2010-12-15")),
    row(*b"AO", "AGO", Some(24), "Angola", Official, None),
    row(*b"AQ", "ATA", Some(10), "Antarctica", Official, None),
    row(*b"AR", "ARG", Some(32), "Argentina", Official, None),
    row(*b"AS", "ASM", Some(16), "American Samoa", Official, None),
    row(*b"AT", "AUT", Some(40), "Austria", Official, None),
    row(*b"AU", "AUS", Some(36), "Australia", Official, None),
    row(*b"AW", "ABW", Some(533), "Aruba", Official, None),
    row(*b"AX", "ALA", Some(248), "Åland Islands", Official, None),
    row(*b"AZ", "AZE", Some(31), "Azerbaijan", Official, None),
    row(*b"BA", "BIH", Some(70), "Bosnia and Herzegovina", Official, None),
    row(*b"BB", "BRB", Some(52), "Barbados", Official, None),
    row(*b"BD", "BGD", Some(50), "Bangladesh", Official, None),
    row(*b"BE", "BEL", Some(56), "Belgium", Official, None),
    row(*b"BF", "BFA", Some(854), "Burkina Faso", Official, None),
    row(*b"BG", "BGR", Some(100), "Bulgaria", Official, None),
    row(*b"BH", "BHR", Some(48), "Bahrain", Official, None),
    row(*b"BI", "BDI", Some(108), "Burundi", Official, None),
    row(*b"BJ", "BEN", Some(204), "Benin", Official, None),
    row(*b"BL", "BLM", Some(652), "Saint Barthélemy", Official, None),
    row(*b"BM", "BMU", Some(60), "Bermuda", Official, None),
    row(*b"BN", "BRN", Some(96), "Brunei Darussalam", Official, None),
    row(*b"BO", "BOL", Some(68), "Bolivia, Plurinational State of", Official, None),
    row(*b"BQ", "BES", Some(535), "Bonaire, Sint Eustatius and Saba", Official, None),
    row(*b"BR", "BRA", Some(76), "Brazil", Official, None),
    row(*b"BS", "BHS", Some(44), "Bahamas", Official, None),
    row(*b"BT", "BTN", Some(64), "Bhutan", Official, None),
    row(*b"BU", "BUR", Some(104), "Burma, Socialist Republic of the Union of", Historical, Some("1989-12-05")),
    row(*b"BV", "BVT", Some(74), "Bouvet Island", Official, None),
    row(*b"BW", "BWA", Some(72), "Botswana", Official, None),
    row(*b"BY", "BLR", Some(112), "Belarus", Official, None),
    row(*b"BZ", "BLZ", Some(84), "Belize", Official, None),
    row(*b"CA", "CAN", Some(124), "Canada", Official, None),
    row(*b"CC", "CCK", Some(166), "Cocos (Keeling) Islands", Official, None),
    row(*b"CD", "COD", Some(180), "Congo, The Democratic Republic of the", Official, None),
    row(*b"CF", "CAF", Some(140), "Central African Republic", Official, None),
    row(*b"CG", "COG", Some(178), "Congo", Official, None),
    row(*b"CH", "CHE", Some(756), "Switzerland", Official, None),
    row(*b"CI", "CIV", Some(384), "Côte d'Ivoire", Official, None),
    row(*b"CK", "COK", Some(184), "Cook Islands", Official, None),
    row(*b"CL", "CHL", Some(152), "Chile", Official, None),
    row(*b"CM", "CMR", Some(120), "Cameroon", Official, None),
    row(*b"CN", "CHN", Some(156), "China", Official, None),
    row(*b"CO", "COL", Some(170), "Colombia", Official, None),
    row(*b"CR", "CRI", Some(188), "Costa Rica", Official, None),
    row(*b"CS", "SCG", Some(891), "Serbia and Montenegro", Historical, Some("2006-09-26")),
    row(*b"CT", "CTE", Some(128), "Canton and Enderbury Islands", Historical, Some("1984")),
    row(*b"CU", "CUB", Some(192), "Cuba", Official, None),
    row(*b"CV", "CPV", Some(132), "Cabo Verde", Official, None),
    row(*b"CW", "CUW", Some(531), "Curaçao", Official, None),
    row(*b"CX", "CXR", Some(162), "Christmas Island", Official, None),
    row(*b"CY", "CYP", Some(196), "Cyprus", Official, None),
    row(*b"CZ", "CZE", Some(203), "Czechia", Official, None),
    row(*b"DD", "DDR", Some(278), "German Democratic Republic", Historical, Some("1990-10-30")),
    row(*b"DE", "DEU", Some(276), "Germany", Official, None),
    row(*b"DJ", "DJI", Some(262), "Djibouti", Official, None),
    row(*b"DK", "DNK", Some(208), "Denmark", Official, None),
    row(*b"DM", "DMA", Some(212), "Dominica", Official, None),
    row(*b"DO", "DOM", Some(214), "Dominican Republic", Official, None),
    row(*b"DY", "DHY", Some(204), "Dahomey", Historical, Some("1977")),
    row(*b"DZ", "DZA", Some(12), "Algeria", Official, None),
    row(*b"EC", "ECU", Some(218), "Ecuador", Official, None),
    row(*b"EE", "EST", Some(233), "Estonia", Official, None),
    row(*b"EG", "EGY", Some(818), "Egypt", Official, None),
    row(*b"EH", "ESH", Some(732), "Western Sahara", Official, None),
    row(*b"ER", "ERI", Some(232), "Eritrea", Official, None),
    row(*b"ES", "ESP", Some(724), "Spain", Official, None),
    row(*b"ET", "ETH", Some(231), "Ethiopia", Official, None),
    row(*b"FI", "FIN", Some(246), "Finland", Official, None),
    row(*b"FJ", "FJI", Some(242), "Fiji", Official, None),
    row(*b"FK", "FLK", Some(238), "Falkland Islands (Malvinas)", Official, None),
    row(*b"FM", "FSM", Some(583), "Micronesia, Federated States of", Official, None),
    row(*b"FO", "FRO", Some(234), "Faroe Islands", Official, None),
    row(*b"FQ", "ATF", None, "French Southern and Antarctic Territories", Historical, Some("1979")),
    row(*b"FR", "FRA", Some(250), "France", Official, None),
    row(*b"FX", "FXX", Some(249), "France, Metropolitan", Historical, Some("1997-07-14")),
    row(*b"GA", "GAB", Some(266), "Gabon", Official, None),
    row(*b"GB", "GBR", Some(826), "United Kingdom", Official, None),
    row(*b"GD", "GRD", Some(308), "Grenada", Official, None),
    row(*b"GE", "GEO", Some(268), "Georgia", Official, None),
    row(*b"GF", "GUF", Some(254), "French Guiana", Official, None),
    row(*b"GG", "GGY", Some(831), "Guernsey", Official, None),
    row(*b"GH", "GHA", Some(288), "Ghana", Official, None),
    row(*b"GI", "GIB", Some(292), "Gibraltar", Official, None),
    row(*b"GL", "GRL", Some(304), "Greenland", Official, None),
    row(*b"GM", "GMB", Some(270), "Gambia", Official, None),
    row(*b"GN", "GIN", Some(324), "Guinea", Official, None),
    row(*b"GP", "GLP", Some(312), "Guadeloupe", Official, None),
    row(*b"GQ", "GNQ", Some(226), "Equatorial Guinea", Official, None),
    row(*b"GR", "GRC", Some(300), "Greece", Official, None),
    row(*b"GS", "SGS", Some(239), "South Georgia and the South Sandwich Islands", Official, None),
    row(*b"GT", "GTM", Some(320), "Guatemala", Official, None),
    row(*b"GU", "GUM", Some(316), "Guam", Official, None),
    row(*b"GW", "GNB", Some(624), "Guinea-Bissau", Official, None),
    row(*b"GY", "GUY", Some(328), "Guyana", Official, None),
    row(*b"HK", "HKG", Some(344), "Hong Kong", Official, None),
    row(*b"HM", "HMD", Some(334), "Heard Island and McDonald Islands", Official, None),
    row(*b"HN", "HND", Some(340), "Honduras", Official, None),
    row(*b"HR", "HRV", Some(191), "Croatia", Official, None),
    row(*b"HT", "HTI", Some(332), "Haiti", Official, None),
    row(*b"HU", "HUN", Some(348), "Hungary", Official, None),
    row(*b"HV", "HVO", Some(854), "Upper Volta, Republic of", Historical, Some("1984")),
    row(*b"ID", "IDN", Some(360), "Indonesia", Official, None),
    row(*b"IE", "IRL", Some(372), "Ireland", Official, None),
    row(*b"IL", "ISR", Some(376), "Israel", Official, None),
    row(*b"IM", "IMN", Some(833), "Isle of Man", Official, None),
    row(*b"IN", "IND", Some(356), "India", Official, None),
    row(*b"IO", "IOT", Some(86), "British Indian Ocean Territory", Official, None),
    row(*b"IQ", "IRQ", Some(368), "Iraq", Official, None),
    row(*b"IR", "IRN", Some(364), "Iran, Islamic Republic of", Official, None),
    row(*b"IS", "ISL", Some(352), "Iceland", Official, None),
    row(*b"IT", "ITA", Some(380), "Italy", Official, None),
    row(*b"JE", "JEY", Some(832), "Jersey", Official, None),
    row(*b"JM", "JAM", Some(388), "Jamaica", Official, None),
    row(*b"JO", "JOR", Some(400), "Jordan", Official, None),
    row(*b"JP", "JPN", Some(392), "Japan", Official, None),
    row(*b"JT", "JTN", Some(396), "Johnston Island", Historical, Some("1986")),
    row(*b"KE", "KEN", Some(404), "Kenya", Official, None),
    row(*b"KG", "KGZ", Some(417), "Kyrgyzstan", Official, None),
    row(*b"KH", "KHM", Some(116), "Cambodia", Official, None),
    row(*b"KI", "KIR", Some(296), "Kiribati", Official, None),
    row(*b"KM", "COM", Some(174), "Comoros", Official, None),
    row(*b"KN", "KNA", Some(659), "Saint Kitts and Nevis", Official, None),
    row(*b"KP", "PRK", Some(408), "Korea, Democratic People's Republic of", Official, None),
    row(*b"KR", "KOR", Some(410), "Korea, Republic of", Official, None),
    row(*b"KW", "KWT", Some(414), "Kuwait", Official, None),
    row(*b"KY", "CYM", Some(136), "Cayman Islands", Official, None),
    row(*b"KZ", "KAZ", Some(398), "Kazakhstan", Official, None),
    row(*b"LA", "LAO", Some(418), "Lao People's Democratic Republic", Official, None),
    row(*b"LB", "LBN", Some(422), "Lebanon", Official, None),
    row(*b"LC", "LCA", Some(662), "Saint Lucia", Official, None),
    row(*b"LI", "LIE", Some(438), "Liechtenstein", Official, None),
    row(*b"LK", "LKA", Some(144), "Sri Lanka", Official, None),
    row(*b"LR", "LBR", Some(430), "Liberia", Official, None),
    row(*b"LS", "LSO", Some(426), "Lesotho", Official, None),
    row(*b"LT", "LTU", Some(440), "Lithuania", Official, None),
    row(*b"LU", "LUX", Some(442), "Luxembourg", Official, None),
    row(*b"LV", "LVA", Some(428), "Latvia", Official, None),
    row(*b"LY", "LBY", Some(434), "Libya", Official, None),
    row(*b"MA", "MAR", Some(504), "Morocco", Official, None),
    row(*b"MC", "MCO", Some(492), "Monaco", Official, None),
    row(*b"MD", "MDA", Some(498), "Moldova, Republic of", Official, None),
    row(*b"ME", "MNE", Some(499), "Montenegro", Official, None),
    row(*b"MF", "MAF", Some(663), "Saint Martin (French part)", Official, None),
    row(*b"MG", "MDG", Some(450), "Madagascar", Official, None),
    row(*b"MH", "MHL", Some(584), "Marshall Islands", Official, None),
    row(*b"MI", "MID", Some(488), "Midway Islands", Historical, Some("1986")),
    row(*b"MK", "MKD", Some(807), "North Macedonia", Official, None),
    row(*b"ML", "MLI", Some(466), "Mali", Official, None),
    row(*b"MM", "MMR", Some(104), "Myanmar", Official, None),
    row(*b"MN", "MNG", Some(496), "Mongolia", Official, None),
    row(*b"MO", "MAC", Some(446), "Macao", Official, None),
    row(*b"MP", "MNP", Some(580), "Northern Mariana Islands", Official, None),
    row(*b"MQ", "MTQ", Some(474), "Martinique", Official, None),
    row(*b"MR", "MRT", Some(478), "Mauritania", Official, None),
    row(*b"MS", "MSR", Some(500), "Montserrat", Official, None),
    row(*b"MT", "MLT", Some(470), "Malta", Official, None),
    row(*b"MU", "MUS", Some(480), "Mauritius", Official, None),
    row(*b"MV", "MDV", Some(462), "Maldives", Official, None),
    row(*b"MW", "MWI", Some(454), "Malawi", Official, None),
    row(*b"MX", "MEX", Some(484), "Mexico", Official, None),
    row(*b"MY", "MYS", Some(458), "Malaysia", Official, None),
    row(*b"MZ", "MOZ", Some(508), "Mozambique", Official, None),
    row(*b"NA", "NAM", Some(516), "Namibia", Official, None),
    row(*b"NC", "NCL", Some(540), "New Caledonia", Official, None),
    row(*b"NE", "NER", Some(562), "Niger", Official, None),
    row(*b"NF", "NFK", Some(574), "Norfolk Island", Official, None),
    row(*b"NG", "NGA", Some(566), "Nigeria", Official, None),
    row(*b"NH", "NHB", Some(548), "New Hebrides", Historical, Some("1980")),
    row(*b"NI", "NIC", Some(558), "Nicaragua", Official, None),
    row(*b"NL", "NLD", Some(528), "Netherlands", Official, None),
    row(*b"NO", "NOR", Some(578), "Norway", Official, None),
    row(*b"NP", "NPL", Some(524), "Nepal", Official, None),
    row(*b"NQ", "ATN", Some(216), "Dronning Maud Land", Historical, Some("1983")),
    row(*b"NR", "NRU", Some(520), "Nauru", Official, None),
    row(*b"NT", "NTZ", Some(536), "Neutral Zone", Historical, Some("1993-07-12")),
    row(*b"NU", "NIU", Some(570), "Niue", Official, None),
    row(*b"NZ", "NZL", Some(554), "New Zealand", Official, None),
    row(*b"OM", "OMN", Some(512), "Oman", Official, None),
    row(*b"PA", "PAN", Some(591), "Panama", Official, None),
    row(*b"PC", "PCI", Some(582), "Pacific Islands (trust territory)", Historical, Some("1986")),
    row(*b"PE", "PER", Some(604), "Peru", Official, None),
    row(*b"PF", "PYF", Some(258), "French Polynesia", Official, None),
    row(*b"PG", "PNG", Some(598), "Papua New Guinea", Official, None),
    row(*b"PH", "PHL", Some(608), "Philippines", Official, None),
    row(*b"PK", "PAK", Some(586), "Pakistan", Official, None),
    row(*b"PL", "POL", Some(616), "Poland", Official, None),
    row(*b"PM", "SPM", Some(666), "Saint Pierre and Miquelon", Official, None),
    row(*b"PN", "PCN", Some(612), "Pitcairn", Official, None),
    row(*b"PR", "PRI", Some(630), "Puerto Rico", Official, None),
    row(*b"PS", "PSE", Some(275), "Palestine, State of", Official, None),
    row(*b"PT", "PRT", Some(620), "Portugal", Official, None),
    row(*b"PU", "PUS", Some(849), "US Miscellaneous Pacific Islands", Historical, Some("1986")),
    row(*b"PW", "PLW", Some(585), "Palau", Official, None),
    row(*b"PY", "PRY", Some(600), "Paraguay", Official, None),
    row(*b"PZ", "PCZ", None, "Panama Canal Zone", Historical, Some("1980")),
    row(*b"QA", "QAT", Some(634), "Qatar", Official, None),
    row(*b"RE", "REU", Some(638), "Réunion", Official, None),
    row(*b"RH", "RHO", Some(716), "Southern Rhodesia", Historical, Some("1980")),
    row(*b"RO", "ROU", Some(642), "Romania", Official, None),
    row(*b"RS", "SRB", Some(688), "Serbia", Official, None),
    row(*b"RU", "RUS", Some(643), "Russian Federation", Official, None),
    row(*b"RW", "RWA", Some(646), "Rwanda", Official, None),
    row(*b"SA", "SAU", Some(682), "Saudi Arabia", Official, None),
    row(*b"SB", "SLB", Some(90), "Solomon Islands", Official, None),
    row(*b"SC", "SYC", Some(690), "Seychelles", Official, None),
    row(*b"SD", "SDN", Some(729), "Sudan", Official, None),
    row(*b"SE", "SWE", Some(752), "Sweden", Official, None),
    row(*b"SG", "SGP", Some(702), "Singapore", Official, None),
    row(*b"SH", "SHN", Some(654), "Saint Helena, Ascension and Tristan da Cunha", Official, None),
    row(*b"SI", "SVN", Some(705), "Slovenia", Official, None),
    row(*b"SJ", "SJM", Some(744), "Svalbard and Jan Mayen", Official, None),
    row(*b"SK", "SVK", Some(703), "Slovakia", Official, None),
    row(*b"SL", "SLE", Some(694), "Sierra Leone", Official, None),
    row(*b"SM", "SMR", Some(674), "San Marino", Official, None),
    row(*b"SN", "SEN", Some(686), "Senegal", Official, None),
    row(*b"SO", "SOM", Some(706), "Somalia", Official, None),
    row(*b"SR", "SUR", Some(740), "Suriname", Official, None),
    row(*b"SS", "SSD", Some(728), "South Sudan", Official, None),
    row(*b"ST", "STP", Some(678), "Sao Tome and Principe", Official, None),
    row(*b"SU", "SUN", Some(810), "USSR, Union of Soviet Socialist Republics", Historical, Some("1992-08-30")),
    row(*b"SV", "SLV", Some(222), "El Salvador", Official, None),
    row(*b"SX", "SXM", Some(534), "Sint Maarten (Dutch part)", Official, None),
    row(*b"SY", "SYR", Some(760), "Syrian Arab Republic", Official, None),
    row(*b"SZ", "SWZ", Some(748), "Eswatini", Official, None),
    row(*b"TC", "TCA", Some(796), "Turks and Caicos Islands", Official, None),
    row(*b"TD", "TCD", Some(148), "Chad", Official, None),
    row(*b"TF", "ATF", Some(260), "French Southern Territories", Official, None),
    row(*b"TG", "TGO", Some(768), "Togo", Official, None),
    row(*b"TH", "THA", Some(764), "Thailand", Official, None),
    row(*b"TJ", "TJK", Some(762), "Tajikistan", Official, None),
    row(*b"TK", "TKL", Some(772), "Tokelau", Official, None),
    row(*b"TL", "TLS", Some(626), "Timor-Leste", Official, None),
    row(*b"TM", "TKM", Some(795), "Turkmenistan", Official, None),
    row(*b"TN", "TUN", Some(788), "Tunisia", Official, None),
    row(*b"TO", "TON", Some(776), "Tonga", Official, None),
    row(*b"TP", "TMP", Some(626), "East Timor", Historical, Some("2002-05-20")),
    row(*b"TR", "TUR", Some(792), "Türkiye", Official, None),
    row(*b"TT", "TTO", Some(780), "Trinidad and Tobago", Official, None),
    row(*b"TV", "TUV", Some(798), "Tuvalu", Official, None),
    row(*b"TW", "TWN", Some(158), "Taiwan, Province of China", Official, None),
    row(*b"TZ", "TZA", Some(834), "Tanzania, United Republic of", Official, None),
    row(*b"UA", "UKR", Some(804), "Ukraine", Official, None),
    row(*b"UG", "UGA", Some(800), "Uganda", Official, None),
    row(*b"UM", "UMI", Some(581), "United States Minor Outlying Islands", Official, None),
    row(*b"US", "USA", Some(840), "United States", Official, None),
    row(*b"UY", "URY", Some(858), "Uruguay", Official, None),
    row(*b"UZ", "UZB", Some(860), "Uzbekistan", Official, None),
    row(*b"VA", "VAT", Some(336), "Holy See (Vatican City State)", Official, None),
    row(*b"VC", "VCT", Some(670), "Saint Vincent and the Grenadines", Official, None),
    row(*b"VD", "VDR", None, "Viet-Nam, Democratic Republic of", Historical, Some("1977")),
    row(*b"VE", "VEN", Some(862), "Venezuela, Bolivarian Republic of", Official, None),
    row(*b"VG", "VGB", Some(92), "Virgin Islands, British", Official, None),
    row(*b"VI", "VIR", Some(850), "Virgin Islands, U.S.", Official, None),
    row(*b"VN", "VNM", Some(704), "Viet Nam", Official, None),
    row(*b"VU", "VUT", Some(548), "Vanuatu", Official, None),
    row(*b"WF", "WLF", Some(876), "Wallis and Futuna", Official, None),
    row(*b"WK", "WAK", Some(872), "Wake Island", Historical, Some("1986")),
    row(*b"WS", "WSM", Some(882), "Samoa", Official, None),
    row(*b"XK", "XKX", None, "Kosovo", UserAssigned, None),
    row(*b"YD", "YMD", Some(720), "Yemen, Democratic, People's Democratic Republic of", Historical, Some("1990-08-14")),
    row(*b"YE", "YEM", Some(887), "Yemen", Official, None),
    row(*b"YT", "MYT", Some(175), "Mayotte", Official, None),
    row(*b"YU", "YUG", Some(891), "Yugoslavia, (Socialist) Federal Republic of", Historical, Some("2003-07-23")),
    row(*b"ZA", "ZAF", Some(710), "South Africa", Official, None),
    row(*b"ZM", "ZMB", Some(894), "Zambia", Official, None),
    row(*b"ZR", "ZAR", Some(180), "Zaire, Republic of", Historical, Some("1997-07-14")),
    row(*b"ZW", "ZWE", Some(716), "Zimbabwe", Official, None),
];
