//! The founding media release — INTERPOL's 42nd European Regional Conference, Budapest,
//! 14–16 May 2013 — modelled as a dataset through the public API, and printed as JSON.
//!
//! ```sh
//! cargo run --example budapest_2013
//! ```
//!
//! `tests/fixtures/valid/budapest-2013.json` is this program's output; `tests/seed.rs` checks
//! that they agree and asserts every fact of the release against the fixture.

use std::error::Error;

use regional_conference::conference::{
    AgendaItem, AttendanceCount, ConferenceDates, ConferenceKind, Measure, Venue,
};
use regional_conference::date::PartialDate;
use regional_conference::decision::HostDesignation;
use regional_conference::id::{
    ConferenceId, MediaReleaseId, OrganizationId, PersonId, RegionId, SeriesId, SourceId,
    StatementId, StrategyId,
};
use regional_conference::marking::{MarkedParagraph, Marking};
use regional_conference::organization::{Founding, OrganizationKind};
use regional_conference::person::Position;
use regional_conference::recommendation::Addressee;
use regional_conference::release::{Dateline, ReleaseKind};
use regional_conference::statement::{Capacity, StatementKind};
use regional_conference::topic::KnownTopic;
use regional_conference::{
    Conference, Count, CountryCode, Dataset, Date, DateRange, Decision, LanguageTag, MediaRelease,
    Ordinal, Organization, Paragraph, Person, Recommendation, Region, Source, Statement, Strategy,
    Text, Topic,
};

/// The release's paragraphs, exactly as published (the list of recommendations is one
/// paragraph, one item a line).
const PARAGRAPHS: [&str; 12] = [
    "BUDAPEST, Hungary – INTERPOL’s 42nd European Regional Conference has closed with senior law enforcement officials approving a series of measures that will enhance Europe’s ability to develop responses and capacity against crime, and boost regional and international security.",
    "Recognizing Europe’s role in advancing security worldwide, 140 delegates from some 50 countries at the three-day conference (14-16 May) reviewed a range of law enforcement issues from terrorism, human and drug trafficking, cybercrime and fugitive investigations to sports security, financial crime, capacity building and training.",
    "In addition to endorsing INTERPOL’s three-year strategy (2014-16) for the European region, other key measures approved by the conference delegates included recommendations for European member countries to:",
    "• optimize the use of the tools developed under the INTERPOL Firearms Programme;\n• promote international action in the recovery of illegal assets;\n• enhance INTERPOL’s cooperation with Europol to fight cybercrime;\n• facilitate international police cooperation by developing interoperability between police information systems.",
    "Closing the conference, the High Commissioner of the Hungarian National Police, Károly Papp, underlined how ‘INTERPOL for decades has strengthened the connections between law enforcement entities worldwide’ in the fight against organized crime, including in areas such as illegal immigration.",
    "Hungary’s National Police High Commissioner added that the strategic measures approved by the conference would provide significant guidelines for law enforcement both in Europe and beyond its borders.",
    "“The geopolitical and technological developments of the last 10 years have considerably altered the challenges faced by the global law enforcement community. To help meet these evolving challenges INTERPOL has created global tools and services, developed modern solutions and created partnerships to help its member countries address 21st century crime,” said INTERPOL President Mireille Ballestrazzi.",
    "With the conference agenda including INTERPOL’s role in supporting the security and safety of major international sports events, delegates heard how the recent terror attacks in Boston underscored the role of international cooperation to secure major public events.",
    "To this end, the vital role that will be played in Europe and beyond by the INTERPOL Group of Major Event Security Experts (IGMESE) was outlined at the conference. Bringing together specialized law enforcement professionals and security experts from all regions of the world, IGMESE was created following an initiative signed between INTERPOL and the Qatar 2022 Supreme Committee in November 2012.",
    "“As we saw with the tragic events in Boston, terrorists and criminals will exploit all opportunities to strike at innocent citizens,” said INTERPOL Secretary General Ronald K. Noble in talks during the conference.",
    "“INTERPOL must continue to provide and promote innovative, collaborative and cutting-edge solutions to global security challenges. Our vision is that of a world where each law enforcement professional will be able, through INTERPOL, to securely communicate, share and access vital police information whenever and wherever needed, to ensure the safety of citizens,” added the Head of INTERPOL.",
    "The conference closed with delegates designating Romania as host country for the 43rd INTERPOL European Regional Conference in 2014.",
];

const HEADLINE: &str =
    "INTERPOL meeting strengthens collaboration among European members against international crime";

/// A line of text from a literal of this program (`Text::from_static` panics on an invalid one).
fn text(s: &'static str) -> Text {
    Text::from_static(s)
}

/// A paragraph from a literal of this program.
fn para(s: &'static str) -> Paragraph {
    Paragraph::from_static(s)
}

fn topics(list: &[KnownTopic]) -> Vec<Topic> {
    list.iter().copied().map(Topic::from).collect()
}

/// Builds the dataset of the founding media release.
///
/// # Errors
///
/// Fails only if a value built from parts below is invalid (a date range, an ordinal, a
/// recommendation id made with `format!`); a literal that is not a valid value panics, naming
/// it, through `from_static`.
#[allow(clippy::too_many_lines)] // the release, read top to bottom, fact by fact
pub(crate) fn budapest_2013() -> Result<Dataset, Box<dyn Error>> {
    let en: LanguageTag = LanguageTag::from_static("en");
    let release_source = SourceId::from_static("interpol-release-2013-05-16");
    let cite = || vec![release_source.clone()];

    // Organisations.
    let mut interpol = Organization::new(
        OrganizationId::from_static("interpol"),
        text("INTERPOL"),
        OrganizationKind::IntergovernmentalOrganization,
    );
    interpol.sources = cite();
    let mut police = Organization::new(
        OrganizationId::from_static("hungarian-national-police"),
        text("Hungarian National Police"),
        OrganizationKind::NationalAgency,
    );
    police.country = Some(CountryCode::from_static("HU"));
    police.sources = cite();
    let mut firearms = Organization::new(
        OrganizationId::from_static("interpol-firearms-programme"),
        text("INTERPOL Firearms Programme"),
        OrganizationKind::Programme,
    );
    firearms.parent = Some(interpol.id.clone());
    firearms.sources = cite();
    let mut europol = Organization::new(
        OrganizationId::from_static("europol"),
        text("Europol"),
        OrganizationKind::RegionalBody,
    );
    europol.sources = cite();
    let mut qatar = Organization::new(
        OrganizationId::from_static("qatar-2022-supreme-committee"),
        text("Qatar 2022 Supreme Committee"),
        OrganizationKind::EventOrganizer,
    );
    qatar.country = Some(CountryCode::from_static("QA"));
    qatar.sources = cite();
    let mut igmese = Organization::new(
        OrganizationId::from_static("igmese"),
        text("INTERPOL Group of Major Event Security Experts"),
        OrganizationKind::ExpertGroup,
    );
    igmese.acronym = Some(text("IGMESE"));
    igmese.parent = Some(interpol.id.clone());
    let mut founding = Founding::new();
    founding.instrument = Some(text("initiative"));
    founding.date = Some(PartialDate::from_static("2012-11"));
    founding.parties = vec![interpol.id.clone(), qatar.id.clone()];
    founding.description = Some(para(
        "Bringing together specialized law enforcement professionals and security experts from all regions of the world, IGMESE was created following an initiative signed between INTERPOL and the Qatar 2022 Supreme Committee in November 2012.",
    ));
    igmese.founding = Some(founding);
    igmese.sources = cite();

    // The region.
    let mut europe = Region::new(
        RegionId::from_static("interpol-europe"),
        text("European region"),
        interpol.id.clone(),
    );
    europe.sources = cite();

    // People and the positions the release gives them.
    let mut papp = Person::new(PersonId::from_static("karoly-papp"), text("Károly Papp"));
    let mut commissioner = Position::new(text("High Commissioner"));
    commissioner.organization = Some(police.id.clone());
    commissioner.sources = cite();
    papp.positions.push(commissioner);
    papp.sources = cite();
    let mut ballestrazzi = Person::new(
        PersonId::from_static("mireille-ballestrazzi"),
        text("Mireille Ballestrazzi"),
    );
    let mut president = Position::new(text("President"));
    president.organization = Some(interpol.id.clone());
    president.sources = cite();
    ballestrazzi.positions.push(president);
    ballestrazzi.sources = cite();
    let mut noble = Person::new(
        PersonId::from_static("ronald-k-noble"),
        text("Ronald K. Noble"),
    );
    let mut secretary_general = Position::new(text("Secretary General"));
    secretary_general.organization = Some(interpol.id.clone());
    secretary_general.sources = cite();
    noble.positions.push(secretary_general);
    noble.sources = cite();

    // The conference.
    let dates = DateRange::new(
        Date::from_static("2013-05-14"),
        Date::from_static("2013-05-16"),
    )?;
    let mut erc = Conference::new(
        ConferenceId::from_static("interpol-erc-42"),
        interpol.id.clone(),
        ConferenceKind::RegionalConference,
        text("42nd European Regional Conference"),
        ConferenceDates::Exact(dates),
    );
    let series = SeriesId::from_static("interpol-european-regional-conference");
    erc.series = Some(series.clone());
    erc.ordinal = Some(Ordinal::new(42)?);
    erc.region = Some(europe.id.clone());
    erc.venue = Some(Venue::in_city(
        text("Budapest"),
        CountryCode::from_static("HU"),
    ));
    let mut delegates = AttendanceCount::new(Measure::Delegates, Count::exact(140));
    delegates.sources = cite();
    // "some 50 countries"
    let mut countries = AttendanceCount::new(Measure::Countries, Count::about(50));
    countries.sources = cite();
    erc.attendance = vec![delegates, countries];
    erc.topics = topics(&[
        KnownTopic::Terrorism,
        KnownTopic::HumanTrafficking,
        KnownTopic::DrugTrafficking,
        KnownTopic::Cybercrime,
        KnownTopic::FugitiveInvestigations,
        KnownTopic::MajorEventSecurity,
        KnownTopic::FinancialCrime,
        KnownTopic::CapacityBuilding,
    ]);
    let mut events = AgendaItem::new(text(
        "INTERPOL’s role in supporting the security and safety of major international sports events",
    ));
    events.topics = topics(&[KnownTopic::MajorEventSecurity, KnownTopic::Terrorism]);
    events.points = vec![
        para(
            "The recent terror attacks in Boston underscored the role of international cooperation to secure major public events.",
        )
        .into(),
        para(
            "The vital role that will be played in Europe and beyond by the INTERPOL Group of Major Event Security Experts (IGMESE) was outlined at the conference.",
        )
        .into(),
    ];
    events.organizations = vec![igmese.id.clone()];
    events.sources = cite();
    erc.agenda.push(events);

    // What the officials said.
    let statement = |id: &'static str,
                     speaker: &Person,
                     kind: StatementKind,
                     words: &'static str,
                     capacity: Capacity|
     -> Result<Statement, Box<dyn Error>> {
        let mut s = Statement::new(
            StatementId::from_static(id),
            speaker.id.clone(),
            kind,
            para(words),
            en.clone(),
        );
        s.capacity = Some(capacity);
        s.sources = cite();
        Ok(s)
    };
    let as_commissioner = Capacity::new(text("High Commissioner"), Some(police.id.clone()));
    let as_president = Capacity::new(text("President"), Some(interpol.id.clone()));
    let as_secretary_general = Capacity::new(text("Secretary General"), Some(interpol.id.clone()));

    let mut papp_quote = statement(
        "erc-42-papp-closing",
        &papp,
        StatementKind::Quote,
        "INTERPOL for decades has strengthened the connections between law enforcement entities worldwide",
        as_commissioner.clone(),
    )?;
    papp_quote.context = Some(text("Closing the conference"));
    papp_quote.date = Some(PartialDate::from_static("2013-05-16"));
    papp_quote.topics = topics(&[KnownTopic::OrganizedCrime, KnownTopic::IllegalImmigration]);
    let mut papp_guidelines = statement(
        "erc-42-papp-guidelines",
        &papp,
        StatementKind::Paraphrase,
        "the strategic measures approved by the conference would provide significant guidelines for law enforcement both in Europe and beyond its borders",
        as_commissioner,
    )?;
    papp_guidelines.context = Some(text("Closing the conference"));
    papp_guidelines.date = Some(PartialDate::from_static("2013-05-16"));
    let ballestrazzi_quote = statement(
        "erc-42-ballestrazzi-challenges",
        &ballestrazzi,
        StatementKind::Quote,
        "The geopolitical and technological developments of the last 10 years have considerably altered the challenges faced by the global law enforcement community. To help meet these evolving challenges INTERPOL has created global tools and services, developed modern solutions and created partnerships to help its member countries address 21st century crime",
        as_president,
    )?;
    let mut noble_boston = statement(
        "erc-42-noble-boston",
        &noble,
        StatementKind::Quote,
        "As we saw with the tragic events in Boston, terrorists and criminals will exploit all opportunities to strike at innocent citizens",
        as_secretary_general.clone(),
    )?;
    noble_boston.context = Some(text("in talks during the conference"));
    noble_boston.topics = topics(&[KnownTopic::Terrorism, KnownTopic::MajorEventSecurity]);
    let mut noble_vision = statement(
        "erc-42-noble-vision",
        &noble,
        StatementKind::Quote,
        "INTERPOL must continue to provide and promote innovative, collaborative and cutting-edge solutions to global security challenges. Our vision is that of a world where each law enforcement professional will be able, through INTERPOL, to securely communicate, share and access vital police information whenever and wherever needed, to ensure the safety of citizens",
        as_secretary_general,
    )?;
    noble_vision.context = Some(text("in talks during the conference"));
    erc.statements = vec![
        papp_quote,
        papp_guidelines,
        ballestrazzi_quote,
        noble_boston,
        noble_vision,
    ];

    // The strategy.
    let mut strategy = Strategy::new(
        StrategyId::from_static("interpol-europe-strategy-2014-2016"),
        text("INTERPOL strategy for the European region 2014–2016"),
        interpol.id.clone(),
        "2014-16".parse()?,
    );
    strategy.region = Some(europe.id.clone());
    strategy.stated_years = std::num::NonZeroU8::new(3);
    strategy.endorsed_by = Some(erc.id.clone());
    strategy.sources = cite();

    // The four recommendations, addressed to the European member countries.
    let recommendation = |n: u8,
                          action: &'static str,
                          about: &[KnownTopic]|
     -> Result<Recommendation, Box<dyn Error>> {
        let mut r = Recommendation::new(
            format!("erc-42-rec-{n}").parse()?,
            erc.id.clone(),
            para(action),
        );
        r.addressees = vec![Addressee::RegionMembers {
            region: europe.id.clone(),
        }];
        r.language = Some(en.clone());
        r.topics = topics(about);
        r.sources = cite();
        Ok(r)
    };
    let mut rec1 = recommendation(
        1,
        "optimize the use of the tools developed under the INTERPOL Firearms Programme",
        &[KnownTopic::Firearms],
    )?;
    rec1.programmes = vec![firearms.id.clone()];
    let rec2 = recommendation(
        2,
        "promote international action in the recovery of illegal assets",
        &[KnownTopic::IllegalAssetRecovery],
    )?;
    let mut rec3 = recommendation(
        3,
        "enhance INTERPOL’s cooperation with Europol to fight cybercrime",
        &[KnownTopic::Cybercrime],
    )?;
    rec3.partners = vec![europol.id.clone()];
    let rec4 = recommendation(
        4,
        "facilitate international police cooperation by developing interoperability between police information systems",
        &[
            KnownTopic::InformationSystemInteroperability,
            KnownTopic::PoliceCooperation,
        ],
    )?;
    let recommendations = vec![rec1, rec2, rec3, rec4];

    // The decisions.
    let endorse = Decision::endorse_strategy(strategy.id.clone()).with_sources(cite());
    let adopt =
        Decision::adopt_recommendations(recommendations.iter().map(|r| r.id.clone()).collect())
            .with_sources(cite());
    let next = Decision::designate_host(HostDesignation::new(
        series,
        Ordinal::new(43)?,
        CountryCode::from_static("RO"),
        PartialDate::from_static("2014"),
    ))
    .with_text(para(PARAGRAPHS[11]))
    .with_sources(cite());
    erc.decisions = vec![endorse, adopt, next];
    erc.sources = cite();

    // The release and its citation.
    let mut release = MediaRelease::new(
        MediaReleaseId::from_static("interpol-media-release-2013-05-16"),
        ReleaseKind::MediaRelease,
        PartialDate::from_static("2013-05-16"),
        text(HEADLINE),
        en.clone(),
    );
    release.publisher = Some(interpol.id.clone());
    release.dateline = Some(Dateline::new(
        text("BUDAPEST"),
        CountryCode::from_static("HU"),
    ));
    release.paragraphs = PARAGRAPHS
        .iter()
        .map(|&p| MarkedParagraph::from(para(p)))
        .collect();
    release.about = vec![erc.id.clone()];
    release.quotes = erc.statements.iter().map(|s| s.id.clone()).collect();
    release.source = Some(release_source.clone());

    let mut source = Source::new(release_source, text(HEADLINE));
    source.publisher = Some(interpol.id.clone());
    source.published = Some(PartialDate::from_static("2013-05-16"));
    source.language = Some(en.clone());

    let mut dataset = Dataset::new();
    // Everything here comes from a published media release: anyone may receive it.
    dataset.marking = Some(Marking::Clear);
    dataset.language = Some(en);
    dataset.organizations = vec![interpol, police, firearms, europol, qatar, igmese];
    dataset.regions = vec![europe];
    dataset.people = vec![papp, ballestrazzi, noble];
    dataset.conferences = vec![erc];
    dataset.strategies = vec![strategy];
    dataset.recommendations = recommendations;
    dataset.media_releases = vec![release];
    dataset.sources = vec![source];
    Ok(dataset)
}

#[allow(dead_code)] // `tests/seed.rs` includes this file for `budapest_2013` alone.
fn main() -> Result<(), Box<dyn Error>> {
    let dataset = budapest_2013()?;
    println!("{}", serde_json::to_string_pretty(&dataset)?);
    Ok(())
}
