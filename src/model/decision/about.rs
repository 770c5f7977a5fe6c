//! What every kind of decision may also say about itself (since vocabulary 1.2): an id, its
//! subjects and purpose, whom it addresses and binds, who drafted it, and which decision it is
//! a version of; and the parts of admissions and elections that real reports state.

use serde::{Deserialize, Serialize};

use crate::claim::Rank;
use crate::country::CountryCode;
use crate::id::{DecisionId, OrganizationId};
use crate::recommendation::Addressee;
use crate::text::{Paragraph, Text};
use crate::topic::Topic;

/// What any decision may also say about itself (since 1.2). On the wire these are fields of
/// the decision object itself, beside its `kind`; a decision that says none of them holds
/// none (`Decision::particulars` is `None`).
///
/// Versions of one act: where sources disagree on what a session decided ("Algeria was
/// elected" and "Hamel was designated"), each source's account is a decision of its own, and
/// every account but one names that one by `version_of`, with its `rank` (after a conference's
/// claims: `preferred`, `normal`, `deprecated`). `decision.version.unresolved` reports a
/// `version_of` that names no decision of the same session, or the decision itself;
/// `decision.version.disagreement` warns when a version of normal rank says something the
/// decision it is a version of does not (another kind, electee, position or status).
///
/// # Examples
///
/// ```
/// use regional_conference::decision::{DocumentForm, Particulars};
/// use regional_conference::recommendation::Addressee;
/// use regional_conference::topic::KnownTopic;
/// use regional_conference::{Count, Decision, Topic};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mut about = Particulars::default();
/// about.id = Some("sarpcco-agm-30-decisions".parse()?);
/// about.topics = vec![Topic::Known(KnownTopic::Cybercrime)];
/// about.addressees = vec![Addressee::MemberCountries { organization: "sarpcco".parse()? }];
/// about.binding = Some(true);
/// about.drafted_by = vec!["sarpcco-technical-organs".parse()?];
/// let batch = Decision::adopt_document(DocumentForm::Decision)
///     .with_count(Count::exact(26))
///     .with_particulars(about);
/// assert_eq!(
///     serde_json::to_string(&batch)?,
///     concat!(
///         r#"{"kind":"adopt_document","form":"decision","count":{"qualifier":"exact","value":26},"#,
///         r#""id":"sarpcco-agm-30-decisions","topics":["cybercrime"],"#,
///         r#""addressees":[{"kind":"member_countries","organization":"sarpcco"}],"#,
///         r#""binding":true,"drafted_by":["sarpcco-technical-organs"]}"#
///     )
/// );
/// assert_eq!(serde_json::from_str::<Decision>(&serde_json::to_string(&batch)?)?, batch);
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(expecting = "the particulars of a decision: an object")]
#[non_exhaustive]
pub struct Particulars {
    /// The decision's id, unique in the dataset, for its versions to name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<DecisionId>,
    /// The decision this one is a version of: another source's account of the same act, in
    /// the same session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_of: Option<DecisionId>,
    /// How this version ranks against the decision it is a version of (`normal` when not
    /// given); a `deprecated` version is known wrong and never compared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank: Option<Rank>,
    /// What the decision is about (the topic codes sessions and recommendations use).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Topic>,
    /// What it is for, in the source's words ("aimed at strengthening the fight against
    /// transnational organised crime").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<Paragraph>,
    /// Whom it is addressed to or binds: countries, organisations, the member countries of an
    /// organisation, bodies of a kind (as a recommendation's addressees).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addressees: Vec<Addressee>,
    /// Whether it binds its addressees (`true`: "set for mandatory implementation by all
    /// member states"), where the source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub binding: Option<bool>,
    /// The bodies that drafted or submitted it to the session ("the draft decisions,
    /// submitted by the Technical Organs").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub drafted_by: Vec<OrganizationId>,
}

impl Particulars {
    /// Whether it says nothing: such particulars are written as none, and read back so.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// The particulars, boxed, or none when they say nothing.
    pub(super) fn boxed(self) -> Option<Box<Self>> {
        (!self.is_empty()).then(|| Box::new(self))
    }
}

/// As what a party was admitted (since 1.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Admission {
    /// As a member.
    Member,
    /// As an observer.
    Observer,
}

crate::util::wire_names!(Admission, "regional_conference::decision::Admission", {
        Member => "member",
        Observer => "observer",
});

/// What an election elects where the source does not yet know whom: "the country that will
/// hold the presidency will be elected" (since 1.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Electee {
    /// A country.
    Country,
    /// An organisation (a police force, an institution).
    Organization,
}

crate::util::wire_names!(Electee, "regional_conference::decision::Electee", {
        Country => "country",
        Organization => "organization",
});

/// The candidates for an election, as far as the source names them: "candidates will be
/// nominated" names none (since 1.2).
///
/// # Examples
///
/// ```
/// use regional_conference::decision::Candidates;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let announced: Candidates = serde_json::from_str(r#"{"wording":"se postularán candidatos"}"#)?;
/// assert!(announced.countries.is_empty() && announced.organizations.is_empty());
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    deny_unknown_fields,
    expecting = "the candidates of an election: an object with `countries`, `organizations` and `wording`, each optional"
)]
#[non_exhaustive]
pub struct Candidates {
    /// The candidate countries named.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<CountryCode>,
    /// The candidate organisations named.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organizations: Vec<OrganizationId>,
    /// The source's words about the candidacies ("se postularán candidatos").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Text>,
}
