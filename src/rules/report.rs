//! Validation: the rules that need context, checked in one pass, every violation reported at
//! once with the JSON Pointer of the offending value in the serialised document.
//!
//! [`Validate::validate`] works on the dataset and on each entity on its own (where rules that
//! need other entities are skipped). [`crate::from_json`] and its siblings decode and validate in
//! one call.
//!
//! # Examples
//!
//! ```
//! use regional_conference::rule::{Rule, Severity};
//! use regional_conference::validate::Validate;
//! use regional_conference::{Dataset, decode};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let json = r#"{
//!   "schema_version": "1.0",
//!   "strategies": [{
//!     "id": "europe-2014-2016", "title": "Strategy", "organizer": "interpol",
//!     "period": {"start": 2014, "end": 2016}
//!   }]
//! }"#;
//! let dataset: Dataset = decode::from_str(json)?;
//! let report = dataset.validate();
//! assert!(!report.is_valid());
//! let v = &report.violations()[0];
//! assert_eq!(v.rule(), Rule::ReferenceUnresolved);
//! assert_eq!(v.severity(), Severity::Error);
//! assert_eq!(v.pointer(), "/strategies/0/organizer");
//! assert_eq!(
//!     report.to_string(),
//!     "error[reference.unresolved] /strategies/0/organizer: no organization has the id \"interpol\"\n"
//! );
//! # Ok(())
//! # }
//! ```

use std::fmt;

use serde::Serialize;

use crate::rule::{Rule, Severity};

/// One broken rule: which, how serious, where, and a message that names the values involved.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Violation {
    rule: Rule,
    severity: Severity,
    pointer: String,
    message: String,
}

impl Violation {
    /// A violation of `rule` at `pointer`.
    pub(crate) fn new(rule: Rule, pointer: String, message: String) -> Self {
        Self {
            rule,
            severity: rule.severity(),
            pointer,
            message,
        }
    }

    /// The rule broken.
    #[must_use]
    pub fn rule(&self) -> Rule {
        self.rule
    }

    /// The rule's stable code.
    #[must_use]
    pub fn code(&self) -> &'static str {
        self.rule.code()
    }

    /// Error or warning.
    #[must_use]
    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// The [RFC 6901](https://www.rfc-editor.org/rfc/rfc6901) JSON Pointer of the offending value
    /// in the serialised document, such as `/conferences/0/delegations/3/country`.
    #[must_use]
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// What is wrong, naming the values involved.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Violation {
    /// `error[reference.unresolved] /strategies/0/organizer: no organization has the id "x"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}[{}] {}: {}",
            self.severity, self.rule, self.pointer, self.message
        )
    }
}

/// Every violation found in a document: duplicate ids and duplicate session ordinals first, then
/// entity by entity in document order, then the marking rules (`marking.*`) in document order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    violations: Vec<Violation>,
}

impl Report {
    /// A report of `violations`, in the order found.
    pub(crate) fn from_violations(violations: Vec<Violation>) -> Self {
        Self { violations }
    }

    /// Whether the document is valid: no errors (warnings allowed).
    #[must_use]
    pub fn is_valid(&self) -> bool {
        !self
            .violations
            .iter()
            .any(|v| v.severity == Severity::Error)
    }

    /// Every violation, errors and warnings, in the order found.
    #[must_use]
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    /// The errors.
    pub fn errors(&self) -> impl Iterator<Item = &Violation> {
        self.violations
            .iter()
            .filter(|v| v.severity == Severity::Error)
    }

    /// The warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Violation> {
        self.violations
            .iter()
            .filter(|v| v.severity == Severity::Warning)
    }

    /// Whether there are no violations at all.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.violations.is_empty()
    }

    /// How many violations there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.violations.len()
    }

    /// The violations, in the order found.
    pub fn iter(&self) -> std::slice::Iter<'_, Violation> {
        self.violations.iter()
    }
}

impl fmt::Display for Report {
    /// One violation per line, each ending in a newline.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for v in &self.violations {
            writeln!(f, "{v}")?;
        }
        Ok(())
    }
}

/// A report is an error: what [`Validate::into_valid`] returns when a value breaks a rule, so
/// `?` carries it into `Box<dyn Error>` and error-reporting crates.
impl std::error::Error for Report {}

impl<'a> IntoIterator for &'a Report {
    type Item = &'a Violation;
    type IntoIter = std::slice::Iter<'a, Violation>;
    fn into_iter(self) -> Self::IntoIter {
        self.violations.iter()
    }
}

/// A value that has been validated and has no errors; its warnings stay readable.
///
/// Only this crate makes a `Valid`: holding one proves validation ran.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let valid = regional_conference::from_json(r#"{"schema_version": "1.0"}"#)?;
/// assert_eq!(valid.warnings().count(), 0);
/// assert!(valid.conferences.is_empty());
/// let dataset = valid.into_inner();
/// # let _ = dataset;
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Valid<T> {
    value: T,
    report: Report,
}

impl<T> Valid<T> {
    /// The warnings found when validating.
    pub fn warnings(&self) -> impl Iterator<Item = &Violation> {
        self.report.warnings()
    }

    /// The full report (warnings only, by construction).
    #[must_use]
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// The validated value.
    #[must_use]
    pub fn get(&self) -> &T {
        &self.value
    }

    /// The validated value, giving up the proof.
    #[must_use]
    pub fn into_inner(self) -> T {
        self.value
    }
}

/// A validated value serialises as the value itself: the proof is not part of the wire format.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let valid = regional_conference::from_json(r#"{"schema_version": "1.1"}"#)?;
/// assert_eq!(serde_json::to_string(&valid)?, r#"{"schema_version":"1.1"}"#);
/// # Ok(())
/// # }
/// ```
impl<T: Serialize> Serialize for Valid<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(serializer)
    }
}

impl<T> std::ops::Deref for Valid<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> AsRef<T> for Valid<T> {
    fn as_ref(&self) -> &T {
        &self.value
    }
}

pub(crate) mod sealed {
    /// Only this crate's types implement [`Validate`](super::Validate).
    pub trait Sealed {}
}

/// Checking the rules of the [catalogue](crate::rule) that need context.
///
/// Implemented by [`Dataset`] and by each entity. On an entity alone, rules that need other
/// entities (references, regions, endorsements) are skipped, and pointers are relative to the
/// entity.
///
/// This trait is sealed: only this crate's types implement it.
pub trait Validate: sealed::Sealed {
    /// Checks every rule and returns every violation.
    fn validate(&self) -> Report;

    /// Checks every rule and returns the value as [`Valid`] if there are no errors.
    ///
    /// # Errors
    ///
    /// Returns the [`Report`] if there is at least one error.
    fn into_valid(self) -> Result<Valid<Self>, Report>
    where
        Self: Sized,
    {
        let report = self.validate();
        if report.is_valid() {
            Ok(Valid {
                value: self,
                report,
            })
        } else {
            Err(report)
        }
    }
}
