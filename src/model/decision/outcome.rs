//! What any decision may also say (since vocabulary 1.2): how it was voted, when and where it
//! takes effect, and the form of a text a session adopts.

use serde::{Deserialize, Serialize};

use crate::count::Count;
use crate::country::CountryCode;
use crate::date::PartialDate;
use crate::text::Text;

/// How a vote was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum VoteMethod {
    /// By consensus, without a vote.
    Consensus,
    /// By acclamation.
    Acclamation,
    /// By a show of hands.
    ShowOfHands,
    /// By secret ballot.
    SecretBallot,
    /// By roll call.
    RollCall,
    /// Another method, in the source's words (`wording`).
    Other,
}

crate::util::wire_names!(VoteMethod, "regional_conference::decision::VoteMethod", {
        Consensus => "consensus",
        Acclamation => "acclamation",
        ShowOfHands => "show_of_hands",
        SecretBallot => "secret_ballot",
        RollCall => "roll_call",
        Other => "other",
});

/// How a decision was voted, as the source states it: every part is optional, and counts keep
/// their qualifiers ("by more than two thirds").
///
/// # Examples
///
/// ```
/// use regional_conference::count::Count;
/// use regional_conference::decision::{Vote, VoteMethod};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mut vote = Vote::by(VoteMethod::SecretBallot);
/// vote.in_favour = Some(Count::exact(31));
/// vote.against = Some(Count::exact(12));
/// assert_eq!(
///     serde_json::to_string(&vote)?,
///     r#"{"method":"secret_ballot","in_favour":{"qualifier":"exact","value":31},"against":{"qualifier":"exact","value":12}}"#
/// );
/// # Ok(())
/// # }
/// ```
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(deny_unknown_fields, expecting = "a vote: a JSON object")]
#[non_exhaustive]
pub struct Vote {
    /// How it was taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<VoteMethod>,
    /// Whether the source says it was unanimous.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unanimous: Option<bool>,
    /// Votes for, as stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_favour: Option<Count>,
    /// Votes against, as stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub against: Option<Count>,
    /// Abstentions, as stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abstentions: Option<Count>,
    /// The source's own words about the vote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Text>,
}

impl Vote {
    /// A vote taken by `method`, with nothing else known.
    #[must_use]
    pub fn by(method: VoteMethod) -> Self {
        Self {
            method: Some(method),
            ..Self::default()
        }
    }
}

/// When and where a decision takes effect: "the secretariat will start operating in Algiers on
/// 1 January 2018".
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(
    deny_unknown_fields,
    expecting = "an effective date and place: a JSON object"
)]
#[non_exhaustive]
pub struct Effective {
    /// From when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// In which city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<Text>,
    /// In which country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
}

/// Whether a decision was taken, as far as the sources know: a text written before the
/// session says what it is expected to decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DecisionStatus {
    /// Expected, announced before the session ("will adopt").
    Expected,
    /// Taken (what a decision without a status means).
    Taken,
    /// Put to the session and rejected.
    Rejected,
    /// Withdrawn before it was put.
    Withdrawn,
}

crate::util::wire_names!(DecisionStatus, "regional_conference::decision::DecisionStatus", {
        Expected => "expected",
        Taken => "taken",
        Rejected => "rejected",
        Withdrawn => "withdrawn",
});

/// The form of a text a session adopts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DocumentForm {
    /// A resolution.
    Resolution,
    /// A declaration.
    Declaration,
    /// A communiqué.
    Communique,
    /// A statement of the session as a whole.
    Statement,
    /// A plan of action or a roadmap.
    ActionPlan,
    /// A report.
    Report,
    /// A charter, statute or rules of procedure.
    Statute,
    /// An agreement or memorandum of understanding.
    Agreement,
    /// A budget.
    Budget,
    /// Decisions of the session, as a source names them ("26 decisions"; since 1.2).
    Decision,
    /// Any other form.
    Other,
}

crate::util::wire_names!(DocumentForm, "regional_conference::decision::DocumentForm", {
        Resolution => "resolution",
        Declaration => "declaration",
        Communique => "communique",
        Statement => "statement",
        ActionPlan => "action_plan",
        Report => "report",
        Statute => "statute",
        Agreement => "agreement",
        Budget => "budget",
        Decision => "decision",
        Other => "other",
});
