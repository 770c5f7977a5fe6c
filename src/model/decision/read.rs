//! Reading a decision in one pass: one flat object of every kind's fields, each kind taking its
//! own. An internally tagged enum would make serde buffer the object, which cannot keep
//! extensions' text and reports an unknown field at the closing bracket.

use std::fmt;

use serde::Deserialize;

use super::{
    Admission, Candidates, Decision, DecisionStatus, DocumentForm, Effective, Electee,
    HostDesignation, Particulars, Vote,
};
use crate::claim::Rank;
use crate::count::Count;
use crate::country::CountryCode;
use crate::date::{PartialDate, RelativeDay};
use crate::extensions::Extensions;
use crate::id::{
    ConferenceId, DecisionId, OrganizationId, PersonId, PositionId, RecommendationId, SeriesId,
    SourceId, StrategyId,
};
use crate::office::Term;
use crate::ordinal::Ordinal;
use crate::recommendation::Addressee;
use crate::statement::Capacity;
use crate::text::{Paragraph, Text};
use crate::topic::Topic;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    EndorseStrategy,
    EndorseDecision,
    AdoptRecommendations,
    DesignateHost,
    EstablishBody,
    EstablishSeries,
    Elect,
    Appoint,
    AdmitMember,
    AdoptDocument,
    ElectMembers,
    Defer,
    Convene,
    Other,
}

#[derive(Deserialize)]
#[serde(
    deny_unknown_fields,
    rename = "Decision",
    expecting = "a decision: an object with its \"kind\""
)]
struct DecisionRepr {
    kind: Kind,
    #[serde(default)]
    strategy: Option<StrategyId>,
    #[serde(default)]
    decision: Option<DecisionId>,
    #[serde(default)]
    recommendations: Option<Vec<RecommendationId>>,
    #[serde(default)]
    total: Option<Count>,
    #[serde(default)]
    series: Option<SeriesId>,
    #[serde(default)]
    ordinal: Option<Ordinal>,
    #[serde(default)]
    country: Option<CountryCode>,
    #[serde(default)]
    countries: Option<Vec<CountryCode>>,
    #[serde(default)]
    city: Option<Text>,
    #[serde(default)]
    date: Option<PartialDate>,
    #[serde(default)]
    host_organization: Option<OrganizationId>,
    #[serde(default)]
    conference: Option<ConferenceId>,
    #[serde(default)]
    organization: Option<OrganizationId>,
    #[serde(default)]
    organizations: Option<Vec<OrganizationId>>,
    #[serde(default)]
    body: Option<OrganizationId>,
    #[serde(default)]
    seat: Option<Text>,
    #[serde(default)]
    person: Option<PersonId>,
    #[serde(default)]
    position: Option<Capacity>,
    #[serde(default)]
    fills: Option<PositionId>,
    #[serde(default)]
    from: Option<PartialDate>,
    #[serde(default)]
    to: Option<PartialDate>,
    #[serde(default)]
    term: Option<Term>,
    #[serde(default)]
    form: Option<DocumentForm>,
    #[serde(default)]
    title: Option<Text>,
    #[serde(default)]
    number: Option<Text>,
    #[serde(default)]
    matter: Option<Text>,
    #[serde(default)]
    count: Option<Count>,
    #[serde(default)]
    admitted_as: Option<Vec<Admission>>,
    #[serde(default)]
    others: Option<Text>,
    #[serde(default)]
    elects: Option<Electee>,
    #[serde(default)]
    candidates: Option<Candidates>,
    #[serde(default)]
    text: Option<Paragraph>,
    #[serde(default)]
    sources: Vec<SourceId>,
    #[serde(default)]
    vote: Option<Box<Vote>>,
    #[serde(default)]
    effective: Option<Effective>,
    #[serde(default)]
    decided_on: Option<PartialDate>,
    #[serde(default)]
    relative: Vec<RelativeDay>,
    #[serde(default)]
    status: Option<DecisionStatus>,
    #[serde(default)]
    id: Option<DecisionId>,
    #[serde(default)]
    version_of: Option<DecisionId>,
    #[serde(default)]
    rank: Option<Rank>,
    #[serde(default)]
    topics: Vec<Topic>,
    #[serde(default)]
    purpose: Option<Paragraph>,
    #[serde(default)]
    addressees: Vec<Addressee>,
    #[serde(default)]
    binding: Option<bool>,
    #[serde(default)]
    drafted_by: Vec<OrganizationId>,
    #[serde(default)]
    extensions: Option<Extensions>,
}

#[derive(Debug)]
pub(super) enum ShapeError {
    Foreign(&'static str, &'static str),
    Missing(&'static str),
    NoMembers,
    NoSession,
}

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShapeError::Foreign(field, kind) => {
                write!(f, "a decision of kind `{kind}` has no field `{field}`")
            }
            ShapeError::Missing(field) => write!(f, "missing field `{field}`"),
            ShapeError::NoSession => f.write_str(
                "a decision of kind `convene` names the `conference` it convenes or gives its `title`",
            ),
            ShapeError::NoMembers => f.write_str(
                "a decision of kind `elect_members` names the `countries` or `organizations` elected; only one with `status` `expected` may leave them out",
            ),
        }
    }
}

impl DecisionRepr {
    /// The kind-specific fields given, in wire order; the fields every kind shares (`text`
    /// aside, which `other` requires) are not listed.
    fn given(&self) -> [(&'static str, bool); 31] {
        [
            ("strategy", self.strategy.is_some()),
            ("decision", self.decision.is_some()),
            ("recommendations", self.recommendations.is_some()),
            ("total", self.total.is_some()),
            ("series", self.series.is_some()),
            ("ordinal", self.ordinal.is_some()),
            ("country", self.country.is_some()),
            ("countries", self.countries.is_some()),
            ("city", self.city.is_some()),
            ("date", self.date.is_some()),
            ("host_organization", self.host_organization.is_some()),
            ("conference", self.conference.is_some()),
            ("organization", self.organization.is_some()),
            ("organizations", self.organizations.is_some()),
            ("body", self.body.is_some()),
            ("seat", self.seat.is_some()),
            ("person", self.person.is_some()),
            ("position", self.position.is_some()),
            ("fills", self.fills.is_some()),
            ("from", self.from.is_some()),
            ("to", self.to.is_some()),
            ("term", self.term.is_some()),
            ("form", self.form.is_some()),
            ("title", self.title.is_some()),
            ("number", self.number.is_some()),
            ("matter", self.matter.is_some()),
            ("count", self.count.is_some()),
            ("admitted_as", self.admitted_as.is_some()),
            ("others", self.others.is_some()),
            ("elects", self.elects.is_some()),
            ("candidates", self.candidates.is_some()),
        ]
    }
}

fn required<T>(value: Option<T>, field: &'static str) -> Result<T, ShapeError> {
    value.ok_or(ShapeError::Missing(field))
}

/// The wire name of a kind and the kind-specific fields it takes.
fn own_fields(kind: Kind) -> (&'static str, &'static [&'static str]) {
    match kind {
        Kind::EndorseStrategy => ("endorse_strategy", &["strategy"]),
        Kind::EndorseDecision => ("endorse_decision", &["decision"]),
        Kind::AdoptRecommendations => ("adopt_recommendations", &["recommendations", "total"]),
        Kind::DesignateHost => (
            "designate_host",
            &[
                "series",
                "ordinal",
                "country",
                "city",
                "date",
                "host_organization",
                "conference",
            ],
        ),
        Kind::EstablishBody => ("establish_body", &["organization"]),
        Kind::EstablishSeries => ("establish_series", &["series"]),
        Kind::Elect => (
            "elect",
            &["person", "position", "fills", "from", "to", "term"],
        ),
        Kind::Appoint => (
            "appoint",
            &["person", "position", "fills", "from", "to", "term"],
        ),
        Kind::AdmitMember => (
            "admit_member",
            &["country", "organization", "admitted_as", "others"],
        ),
        Kind::AdoptDocument => ("adopt_document", &["form", "title", "number", "count"]),
        Kind::ElectMembers => (
            "elect_members",
            &[
                "countries",
                "organizations",
                "body",
                "seat",
                "elects",
                "candidates",
                "from",
                "to",
                "term",
            ],
        ),
        Kind::Defer => (
            "defer",
            &["matter", "recommendations", "conference", "date"],
        ),
        Kind::Convene => ("convene", &["conference", "title", "date", "city"]),
        Kind::Other => ("other", &[]),
    }
}

/// The fields every kind shares, moved into the kind's variant by [`shared!`].
struct Shared {
    text: Option<Paragraph>,
    sources: Vec<SourceId>,
    vote: Option<Box<Vote>>,
    effective: Option<Effective>,
    decided_on: Option<PartialDate>,
    relative: Vec<RelativeDay>,
    status: Option<DecisionStatus>,
    particulars: Option<Box<Particulars>>,
    extensions: Option<Extensions>,
}

/// A variant (or the host designation) built from its own fields and the shared ones.
macro_rules! shared {
    ($s:ident, $($kind:ident)::+ { $($field:ident: $value:expr),* $(,)? }) => {
        $($kind)::+ {
            $($field: $value,)*
            text: $s.text,
            sources: $s.sources,
            vote: $s.vote,
            effective: $s.effective,
            decided_on: $s.decided_on,
            relative: $s.relative,
            status: $s.status,
            particulars: $s.particulars,
            extensions: $s.extensions,
        }
    };
}

impl TryFrom<DecisionRepr> for Decision {
    type Error = ShapeError;
    fn try_from(r: DecisionRepr) -> Result<Self, ShapeError> {
        let (name, own) = own_fields(r.kind);
        if let Some((field, _)) = r
            .given()
            .into_iter()
            .find(|(field, given)| *given && !own.contains(field))
        {
            return Err(ShapeError::Foreign(field, name));
        }
        build(r)
    }
}

/// The fields every kind shares, taken out of the repr.
fn shared(r: &mut DecisionRepr) -> Shared {
    Shared {
        text: r.text.take(),
        sources: std::mem::take(&mut r.sources),
        vote: r.vote.take(),
        effective: r.effective.take(),
        decided_on: r.decided_on.take(),
        relative: std::mem::take(&mut r.relative),
        status: r.status.take(),
        particulars: Particulars {
            id: r.id.take(),
            version_of: r.version_of.take(),
            rank: r.rank.take(),
            topics: std::mem::take(&mut r.topics),
            purpose: r.purpose.take(),
            addressees: std::mem::take(&mut r.addressees),
            binding: r.binding.take(),
            drafted_by: std::mem::take(&mut r.drafted_by),
        }
        .boxed(),
        extensions: r.extensions.take(),
    }
}

/// The decision of the repr's kind, from a repr that gives no field foreign to its kind.
fn build(mut r: DecisionRepr) -> Result<Decision, ShapeError> {
    let s = shared(&mut r);
    Ok(match r.kind {
        Kind::EndorseStrategy => shared!(
            s,
            Decision::EndorseStrategy {
                strategy: required(r.strategy, "strategy")?,
            }
        ),
        Kind::EndorseDecision => shared!(
            s,
            Decision::EndorseDecision {
                decision: required(r.decision, "decision")?,
            }
        ),
        Kind::AdoptRecommendations => shared!(
            s,
            Decision::AdoptRecommendations {
                recommendations: required(r.recommendations, "recommendations")?,
                total: r.total,
            }
        ),
        Kind::DesignateHost => Decision::DesignateHost(shared!(
            s,
            HostDesignation {
                series: required(r.series, "series")?,
                ordinal: r.ordinal,
                country: r.country,
                city: r.city,
                date: r.date,
                host_organization: r.host_organization,
                conference: r.conference,
            }
        )),
        Kind::EstablishBody => shared!(
            s,
            Decision::EstablishBody {
                organization: required(r.organization, "organization")?,
            }
        ),
        Kind::EstablishSeries => shared!(
            s,
            Decision::EstablishSeries {
                series: required(r.series, "series")?,
            }
        ),
        Kind::Elect | Kind::Appoint => office(r, s)?,
        Kind::AdmitMember => shared!(
            s,
            Decision::AdmitMember {
                country: r.country,
                organization: r.organization,
                admitted_as: r.admitted_as.unwrap_or_default(),
                others: r.others,
            }
        ),
        Kind::AdoptDocument => shared!(
            s,
            Decision::AdoptDocument {
                form: required(r.form, "form")?,
                title: r.title,
                number: r.number,
                count: r.count,
            }
        ),
        Kind::ElectMembers
            if r.countries.is_none()
                && r.organizations.is_none()
                && s.status != Some(DecisionStatus::Expected) =>
        {
            return Err(ShapeError::NoMembers);
        }
        Kind::ElectMembers => shared!(
            s,
            Decision::ElectMembers {
                countries: r.countries.unwrap_or_default(),
                organizations: r.organizations.unwrap_or_default(),
                body: r.body,
                seat: r.seat,
                elects: r.elects,
                candidates: r.candidates,
                from: r.from,
                to: r.to,
                term: r.term,
            }
        ),
        Kind::Defer => deferral(r, s)?,
        Kind::Convene => convening(r, s)?,
        Kind::Other => Decision::Other {
            text: required(s.text, "text")?,
            sources: s.sources,
            vote: s.vote,
            effective: s.effective,
            decided_on: s.decided_on,
            relative: s.relative,
            status: s.status,
            particulars: s.particulars,
            extensions: s.extensions,
        },
    })
}

/// A deferral of a matter.
fn deferral(r: DecisionRepr, s: Shared) -> Result<Decision, ShapeError> {
    Ok(shared!(
        s,
        Decision::Defer {
            matter: required(r.matter, "matter")?,
            recommendations: r.recommendations.unwrap_or_default(),
            conference: r.conference,
            date: r.date,
        }
    ))
}

/// A convening: of a session the dataset holds, or of one the source names.
fn convening(r: DecisionRepr, s: Shared) -> Result<Decision, ShapeError> {
    if r.conference.is_none() && r.title.is_none() {
        return Err(ShapeError::NoSession);
    }
    Ok(shared!(
        s,
        Decision::Convene {
            conference: r.conference,
            title: r.title,
            date: r.date,
            city: r.city,
        }
    ))
}

/// An election or an appointment.
fn office(r: DecisionRepr, s: Shared) -> Result<Decision, ShapeError> {
    let person = required(r.person, "person")?;
    let position = required(r.position, "position")?;
    let (fills, from, to, term) = (r.fills, r.from, r.to, r.term);
    Ok(if r.kind == Kind::Elect {
        shared!(
            s,
            Decision::Elect {
                person: person,
                position: position,
                fills: fills,
                from: from,
                to: to,
                term: term
            }
        )
    } else {
        shared!(
            s,
            Decision::Appoint {
                person: person,
                position: position,
                fills: fills,
                from: from,
                to: to,
                term: term
            }
        )
    })
}

impl<'de> Deserialize<'de> for Decision {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        DecisionRepr::deserialize(deserializer)?
            .try_into()
            .map_err(serde::de::Error::custom)
    }
}
