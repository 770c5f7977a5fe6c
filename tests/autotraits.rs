//! Every public type can cross threads and be moved freely: `Send + Sync + Unpin`. Every error
//! type also boxes into `Box<dyn Error + Send + Sync>`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use regional_conference::{
    capability, conference, count, country, dataset, date, decision, decode, delegation, document,
    extensions, id, locate, marking, ordinal, organization, person, personal, recommendation,
    region, release, rule, series, source, statement, strategy, text, topic, validate, view,
};

fn assert_auto<T: Send + Sync + Unpin>() {}

fn assert_error<E: std::error::Error + Send + Sync + Unpin + 'static>() {}

#[test]
#[allow(clippy::too_many_lines)] // one list of every public type, by design
fn public_types_are_send_sync_and_unpin() {
    // Ids.
    assert_auto::<id::OrganizationId>();
    assert_auto::<id::RegionId>();
    assert_auto::<id::PersonId>();
    assert_auto::<id::ConferenceId>();
    assert_auto::<id::SeriesId>();
    assert_auto::<id::CapabilityId>();
    assert_auto::<id::StrategyId>();
    assert_auto::<id::RecommendationId>();
    assert_auto::<id::StatementId>();
    assert_auto::<id::MediaReleaseId>();
    assert_auto::<id::SourceId>();
    assert_auto::<id::IdError>();

    // Country codes.
    assert_auto::<country::CountryCode>();
    assert_auto::<country::CountryStatus>();
    assert_auto::<country::CountryInfo>();
    assert_auto::<&'static country::CountryInfo>();
    assert_auto::<country::CountryCodeError>();

    // Text.
    assert_auto::<text::Text>();
    assert_auto::<text::Paragraph>();
    assert_auto::<text::LanguageTag>();
    assert_auto::<text::Translations>();
    assert_auto::<text::TextError>();
    assert_auto::<text::LanguageTagError>();

    // Dates.
    assert_auto::<date::Date>();
    assert_auto::<date::PartialDate>();
    assert_auto::<date::Precision>();
    assert_auto::<date::DateRange>();
    assert_auto::<date::YearRange>();
    assert_auto::<date::DateError>();
    assert_auto::<date::RangeError>();

    // Counts, ordinals, topics.
    assert_auto::<count::Count>();
    assert_auto::<count::Qualifier>();
    assert_auto::<count::CountError>();
    assert_auto::<ordinal::Ordinal>();
    assert_auto::<ordinal::OrdinalError>();
    assert_auto::<topic::Topic>();
    assert_auto::<topic::KnownTopic>();
    assert_auto::<topic::CustomTopic>();
    assert_auto::<topic::TopicError>();

    // Sources and extensions.
    assert_auto::<source::Url>();
    assert_auto::<source::UrlError>();
    assert_auto::<source::Source>();
    assert_auto::<extensions::Extensions>();
    assert_auto::<extensions::ExtensionsError>();

    // Markings, personal data and views.
    assert_auto::<marking::Marking>();
    assert_auto::<marking::MarkingError>();
    assert_auto::<marking::Audience>();
    assert_auto::<marking::AudienceError>();
    assert_auto::<marking::MarkedParagraph>();
    assert_auto::<personal::PersonalData>();
    assert_auto::<personal::Email>();
    assert_auto::<personal::EmailError>();
    assert_auto::<personal::Phone>();
    assert_auto::<personal::PhoneError>();
    assert_auto::<view::View>();
    assert_auto::<view::Withheld>();

    // Parties and regions.
    assert_auto::<organization::OrganizationKind>();
    assert_auto::<organization::Founding>();
    assert_auto::<organization::Organization>();
    assert_auto::<person::Position>();
    assert_auto::<person::Person>();
    assert_auto::<region::Region>();
    assert_auto::<organization::Membership>();
    assert_auto::<organization::Admission>();
    assert_auto::<organization::Composition>();
    assert_auto::<document::AgendaDocument>();
    assert_auto::<document::DocumentStep>();
    assert_auto::<document::DocumentStage>();

    // Things referred to.
    assert_auto::<series::Cadence>();
    assert_auto::<series::Series>();
    assert_auto::<capability::CapabilityKind>();
    assert_auto::<capability::Capability>();

    // Conferences and what happens at them.
    assert_auto::<conference::ConferenceKind>();
    assert_auto::<conference::ConferenceDates>();
    assert_auto::<conference::Venue>();
    assert_auto::<conference::Measure>();
    assert_auto::<conference::AttendanceCount>();
    assert_auto::<conference::AgendaStage>();
    assert_auto::<conference::AgendaItem>();
    assert_auto::<conference::EventRelation>();
    assert_auto::<conference::RelatedEvent>();
    assert_auto::<conference::Conference>();
    assert_auto::<delegation::ParticipationStatus>();
    assert_auto::<delegation::Party>();
    assert_auto::<delegation::Delegate>();
    assert_auto::<delegation::Delegation>();
    assert_auto::<delegation::DelegationError>();
    assert_auto::<statement::StatementKind>();
    assert_auto::<statement::Capacity>();
    assert_auto::<statement::Statement>();
    assert_auto::<decision::HostDesignation>();
    assert_auto::<decision::Decision>();
    assert_auto::<strategy::Priority>();
    assert_auto::<strategy::Strategy>();
    assert_auto::<recommendation::Addressee>();
    assert_auto::<recommendation::Recommendation>();
    assert_auto::<release::ReleaseKind>();
    assert_auto::<release::Dateline>();
    assert_auto::<release::MediaRelease>();

    // The root document and reading it.
    assert_auto::<dataset::SchemaVersion>();
    assert_auto::<dataset::SchemaVersionError>();
    assert_auto::<dataset::Dataset>();
    assert_auto::<decode::DecodeError>();
    assert_auto::<decode::DecodeErrorKind>();
    assert_auto::<locate::Position>();

    // Validation.
    assert_auto::<rule::Rule>();
    assert_auto::<rule::Severity>();
    assert_auto::<rule::RuleInfo>();
    assert_auto::<validate::Violation>();
    assert_auto::<validate::Report>();
    assert_auto::<validate::Valid<dataset::Dataset>>();
    assert_auto::<regional_conference::Error>();

    // Schema export and the property-testing kit.
    assert_auto::<regional_conference::schema::Document>();
    #[cfg(feature = "proptest")]
    {
        assert_auto::<regional_conference::testkit::DatasetSize>();
        assert_auto::<regional_conference::testkit::Mutation>();
    }

    // The root re-exports are the same types.
    assert_auto::<regional_conference::Conference>();
    assert_auto::<regional_conference::Count>();
    assert_auto::<regional_conference::CountryCode>();
    assert_auto::<regional_conference::Dataset>();
    assert_auto::<regional_conference::Date>();
    assert_auto::<regional_conference::DateRange>();
    assert_auto::<regional_conference::PartialDate>();
    assert_auto::<regional_conference::YearRange>();
    assert_auto::<regional_conference::Decision>();
    assert_auto::<regional_conference::DecodeError>();
    assert_auto::<regional_conference::Delegation>();
    assert_auto::<regional_conference::Extensions>();
    assert_auto::<regional_conference::Ordinal>();
    assert_auto::<regional_conference::Organization>();
    assert_auto::<regional_conference::Person>();
    assert_auto::<regional_conference::Recommendation>();
    assert_auto::<regional_conference::Region>();
    assert_auto::<regional_conference::Series>();
    assert_auto::<regional_conference::Capability>();
    assert_auto::<regional_conference::MediaRelease>();
    assert_auto::<regional_conference::Source>();
    assert_auto::<regional_conference::Statement>();
    assert_auto::<regional_conference::Strategy>();
    assert_auto::<regional_conference::LanguageTag>();
    assert_auto::<regional_conference::Paragraph>();
    assert_auto::<regional_conference::Text>();
    assert_auto::<regional_conference::Topic>();
    assert_auto::<regional_conference::Report>();
    assert_auto::<regional_conference::Valid<regional_conference::Dataset>>();
    assert_auto::<regional_conference::Violation>();

    // Every error type is a thread-safe `std::error::Error`.
    assert_error::<id::IdError>();
    assert_error::<country::CountryCodeError>();
    assert_error::<text::TextError>();
    assert_error::<text::LanguageTagError>();
    assert_error::<date::DateError>();
    assert_error::<date::RangeError>();
    assert_error::<count::CountError>();
    assert_error::<ordinal::OrdinalError>();
    assert_error::<topic::TopicError>();
    assert_error::<source::UrlError>();
    assert_error::<extensions::ExtensionsError>();
    assert_error::<delegation::DelegationError>();
    assert_error::<dataset::SchemaVersionError>();
    assert_error::<decode::DecodeError>();
    assert_error::<marking::MarkingError>();
    assert_error::<marking::AudienceError>();
    assert_error::<personal::EmailError>();
    assert_error::<personal::PhoneError>();
    assert_error::<regional_conference::Error>();
}
