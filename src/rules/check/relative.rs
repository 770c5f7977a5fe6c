//! `date.relative.mismatch`: a day a source gave relative to its own publication ("hier", "on
//! Monday") is the day the record resolved it to.

use crate::conference::ConferenceDates;
use crate::date::{Date, PartialDate, RelativeDay, Weekday};
use crate::read::pointer::Seg;
use crate::rule::Rule;
use crate::rules::walk::Walker;

/// The first day of `dates`, where it is known to the day.
pub(super) fn first_day(dates: ConferenceDates) -> Option<Date> {
    match dates {
        ConferenceDates::Exact(range) => Some(range.start()),
        ConferenceDates::Approximate(day) => day.to_date(),
        ConferenceDates::Partial(span) => span.start().and_then(PartialDate::to_date),
    }
}

impl<'a> Walker<'a> {
    /// Checks each of `relative` against `day`, the day the record holds: against the source's
    /// publication day where it is known to the day, else only the weekday it names; nothing
    /// is checked without a day.
    pub(super) fn relative_days(&mut self, relative: &'a [RelativeDay], day: Option<Date>) {
        let Some(day) = day else { return };
        for (i, said) in relative.iter().enumerate() {
            let Some(published) = self
                .lookup(&said.source, |x| &x.sources)
                .and_then(|s| s.published)
                .and_then(PartialDate::to_date)
            else {
                // Without the publication day, a named weekday can still be checked.
                if let Some(named) = said.weekday
                    && Weekday::of(day) != named
                {
                    self.report(
                        Rule::DateRelativeMismatch,
                        &[Seg::Key("relative"), Seg::Index(i)],
                        format!(
                            "{said} in source {:?} names a {}, but {day} is a {}",
                            said.source.as_str(),
                            named.as_str(),
                            Weekday::of(day).as_str(),
                        ),
                    );
                }
                continue;
            };
            if said.resolves(day, published) {
                continue;
            }
            let distance = (day.to_time() - published.to_time()).whole_days();
            let relation = match distance {
                0 => "the day".to_owned(),
                1 => "the day after".to_owned(),
                -1 => "the day before".to_owned(),
                n if n > 0 => format!("{n} days after"),
                n => format!("{} days before", -n),
            };
            self.report(
                Rule::DateRelativeMismatch,
                &[Seg::Key("relative"), Seg::Index(i)],
                format!(
                    "{said} in source {:?} (published {published}) does not give {day}, a {} {relation} it was published",
                    said.source.as_str(),
                    Weekday::of(day).as_str(),
                ),
            );
        }
    }
}
