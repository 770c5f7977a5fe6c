//! Documents a session takes up under an agenda item — a report read, a work programme
//! approved — with the stages they went through, at this session or another (since
//! vocabulary 1.2).
//!
//! # Examples
//!
//! "The report, which will now be discussed for the first time":
//!
//! ```
//! use regional_conference::document::{AgendaDocument, DocumentStage, DocumentStep};
//! use regional_conference::decision::DocumentForm;
//! use regional_conference::ordinal::Ordinal;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut step = DocumentStep::new(DocumentStage::Discussed);
//! step.reading = Some(Ordinal::new(1)?);
//! step.conference = Some("cepol-gb-12".parse()?);
//! let mut report = AgendaDocument::new("2007 work report of CEPOL".parse()?);
//! report.form = Some(DocumentForm::Report);
//! report.stages.push(step);
//! assert_eq!(
//!     serde_json::to_string(&report)?,
//!     r#"{"title":"2007 work report of CEPOL","form":"report","stages":[{"stage":"discussed","reading":1,"conference":"cepol-gb-12"}]}"#
//! );
//! # Ok(())
//! # }
//! ```

use serde::{Deserialize, Serialize};

use crate::date::PartialDate;
use crate::decision::DocumentForm;
use crate::id::{ConferenceId, OrganizationId, SourceId};
use crate::ordinal::Ordinal;
use crate::text::Text;

/// What was done with a document at one stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DocumentStage {
    /// Proposed or put forward for another body or a later session to take up: "proposing
    /// elements of the draft agenda for a Special Meeting".
    Proposed,
    /// Presented or read out.
    Presented,
    /// Discussed or examined, at a first or later reading (`reading`).
    Discussed,
    /// Adopted.
    Adopted,
    /// Approved.
    Approved,
    /// Endorsed or noted by a body it was submitted to.
    Endorsed,
}

crate::util::wire_names!(DocumentStage, "regional_conference::document::DocumentStage", {
        Proposed => "proposed",
        Presented => "presented",
        Discussed => "discussed",
        Adopted => "adopted",
        Approved => "approved",
        Endorsed => "endorsed",
});

/// One stage of a document: what was done with it, at which session or when, by whom.
///
/// A step names its session (`conference`) or its `date` where the source gives them; a source
/// that names only a period ("under the Finnish Presidency") keeps it in `during`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a document's stage: a JSON object")]
#[non_exhaustive]
pub struct DocumentStep {
    /// What was done with it.
    pub stage: DocumentStage,
    /// Which reading it was, 1 for the first ("discussed for the first time").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<Ordinal>,
    /// Whether the source calls it the last of its kind: "finally approved".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finally: Option<bool>,
    /// The session at which it happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conference: Option<ConferenceId>,
    /// When it happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// The period the source names instead of a date, in its words: "under the Finnish
    /// Presidency".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub during: Option<Text>,
    /// The body that did it, where it is not the session itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<OrganizationId>,
    /// The sources that state it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// The source's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Text>,
}

impl DocumentStep {
    /// A stage with nothing else recorded.
    #[must_use]
    pub fn new(stage: DocumentStage) -> Self {
        Self {
            stage,
            reading: None,
            finally: None,
            conference: None,
            date: None,
            during: None,
            by: None,
            sources: Vec::new(),
            wording: None,
        }
    }
}

/// A document an agenda item takes up: its title, form, author and stages.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a document: a JSON object")]
#[non_exhaustive]
pub struct AgendaDocument {
    /// Its title, as the source writes it.
    pub title: Text,
    /// Its form: a report, an action plan, a budget.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<DocumentForm>,
    /// The body that drew it up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<OrganizationId>,
    /// The session it was drawn up for, where that is not the session whose agenda takes it
    /// up: the draft agenda one council proposes for another body's later meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prepared_for: Option<ConferenceId>,
    /// The stages it went through, as the sources state them, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stages: Vec<DocumentStep>,
    /// The sources that name it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl AgendaDocument {
    /// A document with its title, with nothing else recorded.
    #[must_use]
    pub fn new(title: Text) -> Self {
        Self {
            title,
            form: None,
            author: None,
            prepared_for: None,
            stages: Vec::new(),
            sources: Vec::new(),
        }
    }
}
