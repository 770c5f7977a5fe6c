//! `date.relative.mismatch`: a day a source gave relative to its own publication ("hier", "on
//! Monday") is the day the record resolved it to.

use crate::conference::ConferenceDates;
use crate::date::{AnchorBasis, Date, DayEnd, PartialDate, RelativeDay, Weekday};
use crate::read::pointer::Seg;
use crate::rule::Rule;
use crate::rules::walk::Walker;

/// The first and the last day of `dates`, each where it is known to the day.
pub(super) fn ends(dates: ConferenceDates) -> (Option<Date>, Option<Date>) {
    match dates {
        ConferenceDates::Exact(range) => (Some(range.start()), Some(range.end())),
        ConferenceDates::Approximate(day) => (day.to_date(), day.to_date()),
        ConferenceDates::Partial(span) => (
            span.start().and_then(PartialDate::to_date),
            span.end().and_then(PartialDate::to_date),
        ),
    }
}

impl<'a> Walker<'a> {
    /// Checks each of `relative` against the day the record holds for the end it gives (the
    /// first or the last of `days`): against its anchor where it has one, else against the
    /// source's publication day where that is known to the day, else only the weekday it
    /// names; nothing is checked without a day.
    pub(super) fn relative_days(
        &mut self,
        relative: &'a [RelativeDay],
        days: (Option<Date>, Option<Date>),
    ) {
        for (i, said) in relative.iter().enumerate() {
            // An anchor said to come from the dateline must fall on the day the dateline gives.
            if let Some(anchor) = said.anchor
                && anchor.from == AnchorBasis::Dateline
                && let Some(printed) = self
                    .lookup(&said.source, |x| &x.sources)
                    .and_then(|s| s.dateline.as_ref())
                    .and_then(|d| d.day)
                && !printed.is_of(anchor.day)
            {
                self.report(
                    Rule::DateRelativeMismatch,
                    &[Seg::Key("relative"), Seg::Index(i), Seg::Key("anchor"), Seg::Key("day")],
                    format!(
                        "{said} in source {:?} is counted from its dateline, {}, but the dateline gives {printed}",
                        said.source.as_str(),
                        anchor.day,
                    ),
                );
            }
            let (day, which) = match said.gives {
                DayEnd::Last => (days.1, " (the last day)"),
                _ => (days.0, ""),
            };
            let Some(day) = day else { continue };
            let counted_from = match said.anchor {
                Some(anchor) => Some((
                    anchor.day,
                    format!("counted from {}, its {}", anchor.day, basis(anchor.from)),
                )),
                None => self
                    .lookup(&said.source, |x| &x.sources)
                    .and_then(|s| s.published)
                    .and_then(PartialDate::to_date)
                    .map(|published| (published, format!("published {published}"))),
            };
            let Some((from, how)) = counted_from else {
                // Without the day the words count from, a named weekday can still be checked.
                if let Some(named) = said.weekday
                    && Weekday::of(day) != named
                {
                    self.report(
                        Rule::DateRelativeMismatch,
                        &[Seg::Key("relative"), Seg::Index(i)],
                        format!(
                            "{said} in source {:?} names a {}, but {day}{which} is a {}",
                            said.source.as_str(),
                            named.as_str(),
                            Weekday::of(day).as_str(),
                        ),
                    );
                }
                continue;
            };
            if said.resolves(day, from) {
                continue;
            }
            let distance = (day.to_time() - from.to_time()).whole_days();
            let relation = match distance {
                0 => "the day".to_owned(),
                1 => "the day after".to_owned(),
                -1 => "the day before".to_owned(),
                n if n > 0 => format!("{n} days after"),
                n => format!("{} days before", -n),
            };
            let since = if said.anchor.is_some() {
                from.to_string()
            } else {
                "it was published".to_owned()
            };
            self.report(
                Rule::DateRelativeMismatch,
                &[Seg::Key("relative"), Seg::Index(i)],
                format!(
                    "{said} in source {:?} ({how}) does not give {day}{which}, a {} {relation} {since}",
                    said.source.as_str(),
                    Weekday::of(day).as_str(),
                ),
            );
        }
    }
}

/// How an anchor is known, as messages say it.
fn basis(from: AnchorBasis) -> &'static str {
    match from {
        AnchorBasis::Dateline => "dateline",
        _ => "address's date stamp",
    }
}
