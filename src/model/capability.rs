//! Capabilities that proceedings refer to (since 1.2): databases, communication systems,
//! platforms, programmes, training and tools, such as INTERPOL's I-24/7 network or its
//! Stolen and Lost Travel Documents database.
//!
//! Recommendations and agenda items name them by id (`capabilities`).
//!
//! # Examples
//!
//! ```
//! use regional_conference::Text;
//! use regional_conference::capability::{Capability, CapabilityKind};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut sltd = Capability::new(
//!     "sltd".parse()?,
//!     Text::new("Stolen and Lost Travel Documents database")?,
//!     CapabilityKind::Database,
//! );
//! sltd.acronym = Some(Text::new("SLTD")?);
//! sltd.operator = Some("interpol".parse()?);
//! assert_eq!(
//!     serde_json::to_string(&sltd)?,
//!     r#"{"id":"sltd","name":"Stolen and Lost Travel Documents database","acronym":"SLTD","kind":"database","operator":"interpol"}"#
//! );
//! # Ok(())
//! # }
//! ```

use serde::{Deserialize, Serialize};

use crate::extensions::Extensions;
use crate::id::{CapabilityId, OrganizationId, SourceId};
use crate::marking::Marking;
use crate::text::{Paragraph, Text};

/// What kind of capability it is.
///
/// # Examples
///
/// ```
/// use regional_conference::capability::CapabilityKind;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let kind: CapabilityKind = serde_json::from_str("\"communication_system\"")?;
/// assert_eq!(kind, CapabilityKind::CommunicationSystem);
/// assert_eq!(kind.as_str(), "communication_system");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CapabilityKind {
    /// A database, such as a database of stolen travel documents.
    Database,
    /// A communication system, such as a secure police network.
    CommunicationSystem,
    /// A platform for exchanging information or working together.
    Platform,
    /// A programme of work run by an organisation.
    Programme,
    /// A training course or curriculum.
    Training,
    /// A tool, such as a forensic or analysis tool.
    Tool,
    /// Any other kind of capability.
    Other,
}

crate::util::wire_names!(CapabilityKind, "regional_conference::capability::CapabilityKind", {
        Database => "database",
        CommunicationSystem => "communication_system",
        Platform => "platform",
        Programme => "programme",
        Training => "training",
        Tool => "tool",
        Other => "other",
});

/// A capability: a database, a communication system, a platform, a programme, a training or a
/// tool that proceedings refer to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a capability: a JSON object")]
#[non_exhaustive]
pub struct Capability {
    /// The capability's id.
    pub id: CapabilityId,
    /// Its handling marking; without one it takes the dataset's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<Marking>,
    /// Its name, as the source writes it.
    pub name: Text,
    /// Its acronym, such as "SLTD".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<Text>,
    /// What kind of capability it is.
    pub kind: CapabilityKind,
    /// The organisation that runs it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<OrganizationId>,
    /// What the source says it is or does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Paragraph>,
    /// Other names and spellings it goes by.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_names: Vec<Text>,
    /// The sources that state these facts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// Data outside the vocabulary, kept exactly as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

impl Capability {
    /// A capability with its id, name and kind; the other fields are empty.
    #[must_use]
    pub fn new(id: CapabilityId, name: Text, kind: CapabilityKind) -> Self {
        Self {
            id,
            marking: None,
            name,
            acronym: None,
            kind,
            operator: None,
            description: None,
            other_names: Vec::new(),
            sources: Vec::new(),
            extensions: None,
        }
    }
}
