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
            message: crate::util::bounded_owned(message),
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
    /// Violations found past the limit, not collected.
    #[serde(skip_serializing_if = "is_zero")]
    omitted: usize,
    /// How many of those are errors.
    #[serde(skip)]
    omitted_errors: usize,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's `skip_serializing_if` passes a reference
fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// How much a validation collects.
///
/// ```
/// use regional_conference::validate::{Limits, Validate};
/// use regional_conference::Region;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mut region = Region::new("europe".parse()?, "Europe".parse()?, "interpol".parse()?);
/// region.members = vec!["HU".parse()?; 5];
/// let report = region.validate_with(Limits::default().max_violations(2));
/// assert_eq!((report.len(), report.omitted()), (2, 2));
/// assert!(report.to_string().ends_with("… 2 more violations found, not collected (limit 2)\n"));
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Limits {
    /// The most violations a report holds; past it violations are counted, not kept.
    pub max_violations: usize,
}

impl Limits {
    /// The default limit on violations: enough for any report a person reads, and a bound on
    /// the memory a hostile input can make a validation take.
    pub const DEFAULT_MAX_VIOLATIONS: usize = 10_000;

    /// These limits with at most `n` violations collected.
    #[must_use]
    pub fn max_violations(mut self, n: usize) -> Self {
        self.max_violations = n;
        self
    }
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_violations: Self::DEFAULT_MAX_VIOLATIONS,
        }
    }
}

/// Violations as a validation finds them, kept up to the limit and counted past it.
pub(crate) struct Collector {
    violations: Vec<Violation>,
    limit: usize,
    omitted: usize,
    omitted_errors: usize,
}

impl Collector {
    pub(crate) fn new(limits: Limits) -> Self {
        Self {
            violations: Vec::new(),
            limit: limits.max_violations,
            omitted: 0,
            omitted_errors: 0,
        }
    }

    /// Whether the limit is reached: what is found now is only counted.
    pub(crate) fn is_full(&self) -> bool {
        self.violations.len() >= self.limit
    }

    /// Counts a violation of `rule` past the limit.
    pub(crate) fn omit(&mut self, rule: Rule) {
        self.omitted += 1;
        self.omitted_errors += usize::from(rule.severity() == Severity::Error);
    }

    pub(crate) fn push(&mut self, violation: Violation) {
        if self.is_full() {
            self.omit(violation.rule);
        } else {
            self.violations.push(violation);
        }
    }

    pub(crate) fn into_report(self) -> Report {
        Report {
            violations: self.violations,
            omitted: self.omitted,
            omitted_errors: self.omitted_errors,
        }
    }
}

impl Report {
    /// Whether the document is valid: no errors (warnings allowed), counting the errors found
    /// past the [limit](Limits) too.
    #[must_use]
    pub fn is_valid(&self) -> bool {
        self.omitted_errors == 0
            && !self
                .violations
                .iter()
                .any(|v| v.severity == Severity::Error)
    }

    /// How many violations were found past the [limit](Limits) and not collected.
    #[must_use]
    pub fn omitted(&self) -> usize {
        self.omitted
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
        self.violations.is_empty() && self.omitted == 0
    }

    /// How many violations the report holds (see [`Report::omitted`] for those past the limit).
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
    /// One violation per line, each ending in a newline; then, if the limit was reached, how
    /// many more were found.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for v in &self.violations {
            writeln!(f, "{v}")?;
        }
        if self.omitted > 0 {
            writeln!(
                f,
                "… {} more violations found, not collected (limit {})",
                self.omitted,
                self.violations.len()
            )?;
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
/// Implemented by [`Dataset`](crate::Dataset) and by each entity. On an entity alone, rules that need other
/// entities (references, regions, endorsements) are skipped, and pointers are relative to the
/// entity.
///
/// This trait is sealed: only this crate's types implement it.
pub trait Validate: sealed::Sealed {
    /// Checks every rule and returns every violation, up to the default [`Limits`].
    fn validate(&self) -> Report {
        self.validate_with(Limits::default())
    }

    /// Checks every rule and returns the violations, up to `limits`.
    fn validate_with(&self, limits: Limits) -> Report;

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
