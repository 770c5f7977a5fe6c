//! The checks of an office: the dates of each tenure, and tenures that overlap.

use crate::date::Date;
use crate::office::{Office, Tenure};
use crate::read::pointer::Seg;
use crate::role::RoleHolder;
use crate::rule::Rule;
use crate::rules::walk::Walker;

/// The holder as messages name it: its id, country code or title.
fn holder(t: &Tenure) -> String {
    match &t.holder {
        RoleHolder::Person(p) => format!("{:?}", p.as_str()),
        RoleHolder::Organization(o) => format!("{:?}", o.as_str()),
        RoleHolder::Country(c) => c.as_str().to_owned(),
        RoleHolder::Unnamed => t.title.as_ref().map_or_else(
            || "an unnamed holder".to_owned(),
            |t| format!("{:?}", t.as_str()),
        ),
    }
}

/// The kind of holder whose tenures may not overlap: people (named or not), organisations,
/// countries.
fn kind(holder: &RoleHolder) -> u8 {
    match holder {
        RoleHolder::Person(_) | RoleHolder::Unnamed => 0,
        RoleHolder::Organization(_) => 1,
        RoleHolder::Country(_) => 2,
    }
}

impl<'a> Walker<'a> {
    pub(crate) fn office(&mut self, o: &'a Office) {
        self.note(o.marking);
        self.references(o);
        // The tenures that certainly span some days: both ends known, in order. Each is
        // (kind of holder, latest first day, earliest last day, index).
        let mut spans: Vec<(u8, Date, Date, usize)> = Vec::new();
        for (i, t) in o.holders.iter().enumerate() {
            self.note(t.marking);
            let (Some(from), Some(to)) = (t.from, t.to) else {
                continue;
            };
            if from.earliest() > to.latest() {
                self.report(
                    Rule::OfficeTenureDatesOrder,
                    &[Seg::Key("holders"), Seg::Index(i), Seg::Key("to")],
                    format!(
                        "the tenure of {} in office {:?} ends ({to}) before it starts ({from})",
                        holder(t),
                        o.id.as_str()
                    ),
                );
            } else if !t.acting && t.suspended.is_none() {
                spans.push((kind(&t.holder), from.latest(), to.earliest(), i));
            }
        }
        self.overlaps(o, &mut spans);
    }

    /// Reports each tenure that starts, for certain, before an earlier-starting one of the
    /// same kind of holder has ended: sorted by kind and start, each is compared with the
    /// earlier tenure that ends last (n log n). A country's term and the people who held the
    /// office within it are not two holders at once.
    fn overlaps(&mut self, o: &'a Office, spans: &mut [(u8, Date, Date, usize)]) {
        spans.sort_unstable();
        let mut longest: Option<(u8, Date, usize)> = None;
        for &(group, start, end, i) in spans.iter() {
            if longest.is_some_and(|(g, _, _)| g != group) {
                longest = None;
            }
            if let Some((_, until, j)) = longest
                && start < until
                && start < end
                && let (Some(a), Some(b)) = (o.holders.get(j), o.holders.get(i))
            {
                self.report(
                    Rule::OfficeTenureOverlap,
                    &[Seg::Key("holders"), Seg::Index(i), Seg::Key("from")],
                    format!(
                        "the tenure of {} in office {:?} starts ({}) before that of {} ends ({})",
                        holder(b),
                        o.id.as_str(),
                        b.from.map(|d| d.to_string()).unwrap_or_default(),
                        holder(a),
                        a.to.map(|d| d.to_string()).unwrap_or_default(),
                    ),
                );
            }
            if longest.is_none_or(|(_, until, _)| end > until) {
                longest = Some((group, end, i));
            }
        }
    }
}
