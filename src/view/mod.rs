//! Views of a dataset for an audience: everything the audience may receive, nothing else.
//!
//! [`Dataset::view_for`] removes every entity, delegation, member list, statement and paragraph
//! whose marking is above the audience's clearance, and personal data unless the audience may
//! hold it. What is kept refers only to what is kept:
//!
//! - an optional reference or a list entry that names a withheld entity is dropped;
//! - an entity whose required reference names a withheld entity is withheld too (a
//!   conference whose organiser is withheld, a statement whose speaker or session is withheld,
//!   a recommendation whose session is withheld, a regional conference whose region is
//!   withheld, a series whose organiser is withheld), and so is a decision about a withheld
//!   entity (an endorsement of a withheld decision among them) and a related event or host
//!   designation naming a withheld session (they repeat its title, dates or place).
//!
//! The view of a dataset that validates without errors validates without errors. It says what
//! it left out as counts per kind ([`Withheld`]), never the content. Items inside a withheld
//! entity are not counted separately: the counts say what is missing from what the view
//! shows.
//!
//! # Examples
//!
//! ```
//! use regional_conference::{Audience, Dataset, Marking, Organization, Text};
//! use regional_conference::organization::OrganizationKind;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut dataset = Dataset::new();
//! dataset.marking = Some(Marking::Green);
//! dataset.organizations.push(Organization::new(
//!     "interpol".parse()?,
//!     Text::new("INTERPOL")?,
//!     OrganizationKind::IntergovernmentalOrganization,
//! ));
//! let mut police = Organization::new(
//!     "hungarian-national-police".parse()?,
//!     Text::new("Hungarian National Police")?,
//!     OrganizationKind::NationalAgency,
//! );
//! police.marking = Some(Marking::Clear);
//! dataset.organizations.push(police);
//!
//! let public = dataset.view_for(Audience::PUBLIC);
//! assert_eq!(public.dataset.organizations.len(), 1);
//! assert_eq!(public.dataset.organizations[0].id.as_str(), "hungarian-national-police");
//! assert_eq!(public.withheld.organizations, 1);
//! assert_eq!(public.dataset.marking, Some(Marking::Clear));
//! # Ok(())
//! # }
//! ```

mod prune;

#[cfg(test)]
pub(crate) use prune::ORDER;

use serde::Serialize;

use crate::dataset::Dataset;
use crate::marking::{Audience, Marking};

/// What a view left out: how many of each kind, never which or what.
///
/// Items inside a withheld entity (the statements of a withheld conference) are not counted,
/// and a member list withheld as a whole counts once ([`Withheld::member_lists`]), whatever
/// its length.
///
/// # Who may see it
///
/// `Withheld` is for whoever makes the view — the producer, a secretariat tool — not for the
/// audience: it still says how many items of each kind exist above the audience's clearance (a
/// dataset with three withheld people says that those three exist). Give the audience the
/// view's `dataset`; pass the counts on only to someone cleared for the whole dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[non_exhaustive]
pub struct Withheld {
    /// Organisations.
    pub organizations: usize,
    /// Regions.
    pub regions: usize,
    /// Series of sessions ([`series`](crate::series)).
    pub series: usize,
    /// Capabilities ([`capability`](crate::capability)).
    pub capabilities: usize,
    /// People.
    pub people: usize,
    /// Offices held over time ([`office`](crate::office)).
    pub offices: usize,
    /// Conferences.
    pub conferences: usize,
    /// Strategies.
    pub strategies: usize,
    /// Recommendations.
    pub recommendations: usize,
    /// Media releases.
    pub media_releases: usize,
    /// Sources.
    pub sources: usize,
    /// Delegations of kept conferences.
    pub delegations: usize,
    /// Heads and members of kept delegations whose list the audience may receive, withheld as
    /// people (a person withheld, or a delegate's person).
    pub delegates: usize,
    /// Member lists (head, members and size) of kept delegations withheld as a whole, for
    /// their marking: one each, whatever their length.
    pub member_lists: usize,
    /// Statements of kept conferences.
    pub statements: usize,
    /// Decisions of kept conferences (about a withheld entity).
    pub decisions: usize,
    /// Attendance figures of kept conferences, for their own marking.
    pub attendance: usize,
    /// Versions of disputed facts of kept conferences ([`claim`](crate::claim)), for their
    /// own marking.
    pub claims: usize,
    /// Roles at kept sessions ([`role`](crate::role)): for their own marking, or with whoever
    /// held them.
    pub roles: usize,
    /// Tenures of kept offices: for their own marking, or with whoever held them.
    pub tenures: usize,
    /// Paragraphs of kept releases and agenda items.
    pub paragraphs: usize,
    /// People kept without their personal data.
    pub personal_data: usize,
    /// References in kept items to withheld entities, dropped.
    pub references: usize,
    /// The dataset's own extensions (0 or 1).
    pub extensions: usize,
}

impl Withheld {
    /// The number of items withheld, of every kind.
    #[must_use]
    pub fn total(&self) -> usize {
        [
            self.organizations,
            self.regions,
            self.series,
            self.capabilities,
            self.people,
            self.offices,
            self.conferences,
            self.strategies,
            self.recommendations,
            self.media_releases,
            self.sources,
            self.delegations,
            self.delegates,
            self.member_lists,
            self.statements,
            self.decisions,
            self.attendance,
            self.claims,
            self.roles,
            self.tenures,
            self.paragraphs,
            self.personal_data,
            self.references,
            self.extensions,
        ]
        .iter()
        .sum()
    }
}

impl std::fmt::Display for Withheld {
    /// The kinds with something withheld, as `kind N` separated by commas, in the order of the
    /// fields; `nothing` when nothing was withheld.
    ///
    /// ```
    /// use regional_conference::Withheld;
    ///
    /// let mut withheld = Withheld::default();
    /// assert_eq!(withheld.to_string(), "nothing");
    /// withheld.people = 2;
    /// withheld.references = 1;
    /// assert_eq!(withheld.to_string(), "people 2, references 1");
    /// ```
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let counts = [
            ("organizations", self.organizations),
            ("regions", self.regions),
            ("series", self.series),
            ("capabilities", self.capabilities),
            ("people", self.people),
            ("offices", self.offices),
            ("conferences", self.conferences),
            ("strategies", self.strategies),
            ("recommendations", self.recommendations),
            ("media_releases", self.media_releases),
            ("sources", self.sources),
            ("delegations", self.delegations),
            ("delegates", self.delegates),
            ("member_lists", self.member_lists),
            ("statements", self.statements),
            ("decisions", self.decisions),
            ("attendance", self.attendance),
            ("claims", self.claims),
            ("roles", self.roles),
            ("tenures", self.tenures),
            ("paragraphs", self.paragraphs),
            ("personal_data", self.personal_data),
            ("references", self.references),
            ("extensions", self.extensions),
        ];
        let mut first = true;
        for (kind, n) in counts.into_iter().filter(|(_, n)| *n > 0) {
            if !first {
                f.write_str(", ")?;
            }
            first = false;
            write!(f, "{kind} {n}")?;
        }
        if first {
            f.write_str("nothing")?;
        }
        Ok(())
    }
}

/// A view of a dataset for one audience, made by [`Dataset::view_for`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct View {
    /// Whom the view is for.
    pub audience: Audience,
    /// What the audience may receive.
    pub dataset: Dataset,
    /// What was left out, as counts.
    pub withheld: Withheld,
}

impl Dataset {
    /// The marking of every entity that carries none of its own: the dataset's `marking`, or
    /// `TLP:RED` when it has none.
    #[must_use]
    pub fn default_marking(&self) -> Marking {
        self.marking.unwrap_or(Marking::Red)
    }

    /// The view of this dataset for `audience`: see the [module documentation](crate::view).
    #[must_use]
    pub fn view_for(&self, audience: Audience) -> View {
        let (dataset, withheld) = prune::view(self, audience);
        View {
            audience,
            dataset,
            withheld,
        }
    }
}
