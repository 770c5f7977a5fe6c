//! The umbrella error of the parse-and-validate entry points.

use std::fmt;

use crate::decode::DecodeError;
use crate::validate::Report;

/// Why [`from_json`](crate::from_json), [`from_slice`](crate::from_slice) or
/// [`from_reader`](crate::from_reader) returned no valid dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The input is not JSON, or does not fit the vocabulary's types: the line, column and JSON
    /// Pointer of the first problem.
    Decode(DecodeError),
    /// The document is well-formed but breaks rules: the full report (errors and warnings).
    Invalid(Report),
}

impl Error {
    /// The report, for a well-formed document that broke rules.
    #[must_use]
    pub fn report(&self) -> Option<&Report> {
        match self {
            Self::Invalid(r) => Some(r),
            Self::Decode(_) => None,
        }
    }

    /// The decoding error, for input that could not be read as a dataset.
    #[must_use]
    pub fn decode_error(&self) -> Option<&DecodeError> {
        match self {
            Self::Decode(e) => Some(e),
            Self::Invalid(_) => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Decode(e) => e.fmt(f),
            Self::Invalid(report) => {
                let errors = report.errors().count();
                let warnings = report.warnings().count();
                writeln!(
                    f,
                    "the document is invalid: {errors} error{}, {warnings} warning{}",
                    if errors == 1 { "" } else { "s" },
                    if warnings == 1 { "" } else { "s" }
                )?;
                report.fmt(f)
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Decode(e) => Some(e),
            Self::Invalid(_) => None,
        }
    }
}

impl From<DecodeError> for Error {
    fn from(e: DecodeError) -> Self {
        Self::Decode(e)
    }
}

impl From<Report> for Error {
    fn from(r: Report) -> Self {
        Self::Invalid(r)
    }
}
