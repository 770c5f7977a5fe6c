//! Topics: the crime areas and themes a conference discusses, an open codelist.
//!
//! Known topics are snake-case codes (`cybercrime`, `major_event_security`). A topic the list
//! does not know is written `custom:` followed by a snake-case code (`custom:maritime_piracy`)
//! and round-trips unchanged. A misspelt known code is rejected rather than silently becoming a
//! custom topic.
//!
//! # Examples
//!
//! ```
//! use regional_conference::topic::{KnownTopic, Topic};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let topic: Topic = "major_event_security".parse()?;
//! assert_eq!(topic, Topic::Known(KnownTopic::MajorEventSecurity));
//! assert_eq!(topic.label(), "major event and sports security");
//!
//! let custom: Topic = "custom:wildlife_trafficking".parse()?;
//! assert_eq!(custom.as_str(), "custom:wildlife_trafficking");
//!
//! assert_eq!(
//!     "cybercrme".parse::<Topic>().unwrap_err().to_string(),
//!     "invalid topic \"cybercrme\": not a known topic code; write a topic the list lacks as \
//!      \"custom:<snake_case_code>\""
//! );
//! # Ok(())
//! # }
//! ```

use std::borrow::Cow;
use std::fmt;

use crate::util::echo;

macro_rules! known_topics {
    ($($(#[$doc:meta])* $variant:ident = $code:literal, $label:literal;)*) => {
        /// A topic from the crate's codelist.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum KnownTopic {
            $($(#[$doc])* $variant,)*
        }

        impl KnownTopic {
            /// Every known topic, in codelist order.
            pub const ALL: &'static [KnownTopic] = &[$(KnownTopic::$variant,)*];

            /// The wire code, such as `"human_trafficking"`.
            #[must_use]
            pub fn code(self) -> &'static str {
                match self { $(Self::$variant => $code,)* }
            }

            /// A short English label, such as `"human trafficking"`.
            #[must_use]
            pub fn label(self) -> &'static str {
                match self { $(Self::$variant => $label,)* }
            }

            /// The known topic with this code.
            #[must_use]
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some(Self::$variant),)* _ => None }
            }
        }
    };
}

known_topics! {
    /// Terrorism and counter-terrorism.
    Terrorism = "terrorism", "terrorism";
    /// Trafficking in human beings.
    HumanTrafficking = "human_trafficking", "human trafficking";
    /// Smuggling of migrants.
    PeopleSmuggling = "people_smuggling", "people smuggling";
    /// Drug trafficking.
    DrugTrafficking = "drug_trafficking", "drug trafficking";
    /// Cybercrime.
    Cybercrime = "cybercrime", "cybercrime";
    /// Tracing and arresting fugitives.
    FugitiveInvestigations = "fugitive_investigations", "fugitive investigations";
    /// Security of major events, sports events included.
    MajorEventSecurity = "major_event_security", "major event and sports security";
    /// Financial crime, money laundering included.
    FinancialCrime = "financial_crime", "financial crime";
    /// Tracing and recovering the proceeds of crime.
    IllegalAssetRecovery = "illegal_asset_recovery", "recovery of illegal assets";
    /// Illicit firearms.
    Firearms = "firearms", "firearms";
    /// Capacity building and training of police services.
    CapacityBuilding = "capacity_building", "capacity building and training";
    /// Organised crime.
    OrganizedCrime = "organized_crime", "organised crime";
    /// Illegal immigration.
    IllegalImmigration = "illegal_immigration", "illegal immigration";
    /// Interoperability of police information systems.
    InformationSystemInteroperability = "information_system_interoperability", "interoperability of police information systems";
    /// Environmental crime.
    EnvironmentalCrime = "environmental_crime", "environmental crime";
    /// Corruption.
    Corruption = "corruption", "corruption";
    /// Crimes against children.
    CrimesAgainstChildren = "crimes_against_children", "crimes against children";
    /// Maritime piracy.
    MaritimePiracy = "maritime_piracy", "maritime piracy";
    /// Trafficking in cultural property.
    CulturalProperty = "cultural_property", "trafficking in cultural property";
    /// Counterfeit and illicit goods.
    IllicitGoods = "illicit_goods", "counterfeit and illicit goods";
    /// Vehicle crime.
    VehicleCrime = "vehicle_crime", "vehicle crime";
    /// Forensics (fingerprints, DNA, face recognition).
    Forensics = "forensics", "forensics";
    /// International police cooperation in general.
    PoliceCooperation = "police_cooperation", "international police cooperation";
}

/// The prefix that marks a custom topic on the wire.
pub const CUSTOM_PREFIX: &str = "custom:";

/// The error returned when a string is not a topic.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid topic {input:?}: {reason}")]
pub struct TopicError {
    input: String,
    reason: TopicErrorReason,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum TopicErrorReason {
    #[error("not a known topic code; write a topic the list lacks as \"custom:<snake_case_code>\"")]
    Unknown,
    #[error(
        "a custom code is 1 to 64 bytes of lowercase a-z and digits in words joined by single underscores"
    )]
    BadCustom,
    #[error("{0:?} is a known topic code; write it without \"custom:\"")]
    CustomKnown(&'static str),
}

/// A topic: a known code or a custom one.
///
/// See the [module documentation](self).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Topic {
    /// A topic from the codelist.
    Known(KnownTopic),
    /// A topic the codelist lacks; holds the whole wire form, `custom:` included.
    Custom(CustomTopic),
}

/// A custom topic, `custom:` followed by a snake-case code.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CustomTopic(Box<str>);

impl CustomTopic {
    /// The code after `custom:`.
    #[must_use]
    pub fn code(&self) -> &str {
        self.0.get(CUSTOM_PREFIX.len()..).unwrap_or_default()
    }

    /// The whole wire form, `custom:` included.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn is_snake_code(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.split('_').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

impl Topic {
    /// Parses a known code or `custom:<code>`.
    ///
    /// # Errors
    ///
    /// Returns [`TopicError`] if `s` is neither a known code nor a well-formed custom topic, or
    /// if it marks a known code as custom.
    pub fn new(s: &str) -> Result<Self, TopicError> {
        let fail = |reason| TopicError {
            input: echo(s),
            reason,
        };
        if let Some(code) = s.strip_prefix(CUSTOM_PREFIX) {
            if let Some(known) = KnownTopic::from_code(code) {
                return Err(fail(TopicErrorReason::CustomKnown(known.code())));
            }
            if !is_snake_code(code) {
                return Err(fail(TopicErrorReason::BadCustom));
            }
            return Ok(Self::Custom(CustomTopic(s.into())));
        }
        KnownTopic::from_code(s)
            .map(Self::Known)
            .ok_or_else(|| fail(TopicErrorReason::Unknown))
    }

    /// The wire form.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Known(k) => k.code(),
            Self::Custom(c) => c.as_str(),
        }
    }

    /// A short English label: the codelist's label, or a custom code with spaces for underscores.
    #[must_use]
    pub fn label(&self) -> Cow<'static, str> {
        match self {
            Self::Known(k) => Cow::Borrowed(k.label()),
            Self::Custom(c) => Cow::Owned(c.code().replace('_', " ")),
        }
    }
}

impl From<KnownTopic> for Topic {
    fn from(k: KnownTopic) -> Self {
        Self::Known(k)
    }
}

impl fmt::Display for KnownTopic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

crate::util::string_leaf!(Topic, TopicError, "a topic code");

impl schemars::JsonSchema for Topic {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Topic")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let known: Vec<&str> = KnownTopic::ALL.iter().map(|k| k.code()).collect();
        let known_as_custom: Vec<String> = known
            .iter()
            .map(|k| format!("{CUSTOM_PREFIX}{k}"))
            .collect();
        schemars::json_schema!({
            "description": "A crime area or theme: a known code, or \"custom:\" followed by a snake-case code.",
            "anyOf": [
                { "type": "string", "enum": known },
                {
                    "type": "string",
                    "pattern": "^custom:[a-z0-9]+(_[a-z0-9]+)*$",
                    "maxLength": 71,
                    "not": { "enum": known_as_custom },
                },
            ],
        })
    }
}
