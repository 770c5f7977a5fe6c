//! `marking.text.names_stricter`: free text shared more widely than an entity it names.
//!
//! A view withholds an entity and every reference to it, but it cannot know what a title, a
//! decision's text, a release's paragraph or an `extensions` object says: a public headline that
//! names a person marked `TLP:AMBER` tells the public what the view withheld. This rule finds
//! such text before it is published: every name (a person's names, an organisation's name and
//! acronym, a region's name, a series' title, a capability's name and acronym) and every id of
//! an entity (an office's included), looked for as whole words in every text marked less
//! restrictively than that entity.
//!
//! Linear in the size of the text: names are keyed by their words, and each word of a text is
//! the start of a probe for each distinct name length (names of more than [`MAX_WORDS`] words
//! are not looked for).

use std::collections::HashMap;

use foldhash::fast::RandomState;

use crate::conference::Conference;
use crate::dataset::Dataset;
use crate::marking::Marking;
use crate::read::pointer::{Seg, pointer_string};
use crate::rule::Rule;
use crate::rules::report::{Collector, Violation};

/// The longest name looked for, in words.
const MAX_WORDS: usize = 8;

/// What a name belongs to, and how it is marked: the least restrictive of the entities that
/// bear it (a name two entities share reveals nothing while one of them may be shown).
#[derive(Clone, Copy)]
struct Bearer<'a> {
    kind: &'static str,
    marking: Marking,
    name: &'a str,
}

/// The names and ids of a dataset's entities, keyed by their words.
struct Names<'a> {
    by_words: HashMap<Vec<&'a str>, Bearer<'a>, RandomState>,
    /// The distinct lengths, in words, of the names.
    lengths: Vec<usize>,
}

/// The words of `text`: runs of letters, digits, hyphens and apostrophes, trimmed of hyphens and
/// apostrophes at their ends.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')))
        .map(|w| w.trim_matches(|c| matches!(c, '-' | '\'' | '’')))
        .filter(|w| !w.is_empty())
}

impl<'a> Names<'a> {
    fn of(d: &'a Dataset) -> Self {
        let default = d.default_marking();
        let mut names = Names {
            by_words: HashMap::default(),
            lengths: Vec::new(),
        };
        for p in &d.people {
            let marking = p.marking.unwrap_or(default);
            names.add("person", p.id.as_str(), marking);
            names.add("person", p.name.as_str(), marking);
            for other in &p.other_names {
                names.add("person", other.name().as_str(), marking);
            }
        }
        for o in &d.organizations {
            let marking = o.marking.unwrap_or(default);
            names.add("organization", o.id.as_str(), marking);
            names.add("organization", o.name.as_str(), marking);
            if let Some(acronym) = &o.acronym {
                names.add("organization", acronym.as_str(), marking);
            }
        }
        for r in &d.regions {
            let marking = r.marking.unwrap_or(default);
            names.add("region", r.id.as_str(), marking);
            names.add("region", r.name.as_str(), marking);
        }
        for s in &d.series {
            let marking = s.marking.unwrap_or(default);
            names.add("series", s.id.as_str(), marking);
            names.add("series", s.title.as_str(), marking);
        }
        for c in &d.capabilities {
            let marking = c.marking.unwrap_or(default);
            names.add("capability", c.id.as_str(), marking);
            names.add("capability", c.name.as_str(), marking);
            if let Some(acronym) = &c.acronym {
                names.add("capability", acronym.as_str(), marking);
            }
        }
        for o in &d.offices {
            names.add("office", o.id.as_str(), o.marking.unwrap_or(default));
        }
        for c in &d.conferences {
            names.add("conference", c.id.as_str(), c.marking.unwrap_or(default));
        }
        for s in &d.strategies {
            names.add("strategy", s.id.as_str(), s.marking.unwrap_or(default));
        }
        for r in &d.recommendations {
            names.add(
                "recommendation",
                r.id.as_str(),
                r.marking.unwrap_or(default),
            );
        }
        names
    }

    fn add(&mut self, kind: &'static str, name: &'a str, marking: Marking) {
        let key: Vec<&str> = words(name).collect();
        if key.is_empty() || key.len() > MAX_WORDS {
            return;
        }
        if !self.lengths.contains(&key.len()) {
            self.lengths.push(key.len());
        }
        self.by_words
            .entry(key)
            .and_modify(|b| {
                if marking < b.marking {
                    *b = Bearer {
                        kind,
                        marking,
                        name,
                    };
                }
            })
            .or_insert(Bearer {
                kind,
                marking,
                name,
            });
    }

    /// The first name in `text` whose bearer is marked more restrictively than `marking`.
    fn leak(&self, text: &str, marking: Marking) -> Option<Bearer<'a>> {
        let all: Vec<&str> = words(text).collect();
        for start in 0..all.len() {
            for &n in &self.lengths {
                let Some(window) = all.get(start..start + n) else {
                    continue;
                };
                if let Some(bearer) = self.by_words.get(window)
                    && bearer.marking > marking
                {
                    return Some(*bearer);
                }
            }
        }
        None
    }
}

/// The texts of a dataset and the marking each is shared with, in document order.
struct Texts<'a, 'o> {
    names: Names<'a>,
    /// The strictest marking of any name: a text marked at least this strictly leaks nothing.
    ceiling: Marking,
    path: Vec<Seg<'static>>,
    out: &'o mut Collector,
}

impl Texts<'_, '_> {
    /// Checks one text, marked `marking`, at the current path plus `tail`.
    fn text(&mut self, tail: &[Seg<'_>], what: &str, text: &str, marking: Marking) {
        if marking >= self.ceiling {
            return;
        }
        if let Some(bearer) = self.names.leak(text, marking) {
            self.out.push(Violation::new(
                Rule::MarkingTextNamesStricter,
                pointer_string(&self.path, tail),
                format!(
                    "the {what} is marked {marking} but names the {} {:?}, marked {}: every view that shows the {what} shows the name",
                    bearer.kind, bearer.name, bearer.marking
                ),
            ));
        }
    }

    fn enter(&mut self, field: &'static str, index: usize) {
        self.path.push(Seg::Key(field));
        self.path.push(Seg::Index(index));
    }

    fn leave(&mut self) {
        self.path.pop();
        self.path.pop();
    }

    /// The texts of the session `i` and of its parts.
    fn conference(&mut self, i: usize, c: &Conference, default: Marking) {
        self.enter("conferences", i);
        let own = c.marking.unwrap_or(default);
        self.text(
            &[Seg::Key("title")],
            "conference's title",
            c.title.as_str(),
            own,
        );
        for (j, item) in c.agenda.iter().enumerate() {
            self.enter("agenda", j);
            self.text(
                &[Seg::Key("title")],
                "agenda item",
                item.title.as_str(),
                own,
            );
            for (k, p) in item.points.iter().enumerate() {
                let marking = p.marking.unwrap_or(own);
                self.text(
                    &[Seg::Key("points"), Seg::Index(k)],
                    "agenda point",
                    p.as_str(),
                    marking,
                );
            }
            self.leave();
        }
        for (j, s) in c.statements.iter().enumerate() {
            self.enter("statements", j);
            let marking = s.marking.unwrap_or(own);
            self.text(&[Seg::Key("text")], "statement", s.text.as_str(), marking);
            self.leave();
        }
        for (j, decision) in c.decisions.iter().enumerate() {
            if let Some(text) = decision.text() {
                self.enter("decisions", j);
                self.text(&[Seg::Key("text")], "decision's text", text.as_str(), own);
                self.leave();
            }
        }
        for (j, e) in c.related_events.iter().enumerate() {
            self.enter("related_events", j);
            self.text(
                &[Seg::Key("title")],
                "related event's title",
                e.title.as_str(),
                own,
            );
            self.leave();
        }
        for (j, e) in c.context.iter().enumerate() {
            self.enter("context", j);
            self.text(
                &[Seg::Key("description")],
                "context event's description",
                e.description.as_str(),
                own,
            );
            self.leave();
        }
        for (j, e) in c.conclusions.iter().enumerate() {
            self.enter("conclusions", j);
            self.text(&[Seg::Key("text")], "conclusion", e.text.as_str(), own);
            self.leave();
        }
        if let Some(x) = &c.extensions {
            self.text(
                &[Seg::Key("extensions")],
                "conference's extensions",
                x.as_json(),
                own,
            );
        }
        self.leave();
    }
}

/// Checks the texts of `d` for names of entities marked more restrictively than the text,
/// appending violations to `out`.
pub(crate) fn check(d: &Dataset, out: &mut Collector) {
    let names = Names::of(d);
    let ceiling = names
        .by_words
        .values()
        .map(|b| b.marking)
        .max()
        .unwrap_or(Marking::Clear);
    let mut t = Texts {
        names,
        ceiling,
        path: Vec::with_capacity(6),
        out,
    };
    let default = d.default_marking();
    for (i, c) in d.conferences.iter().enumerate() {
        t.conference(i, c, default);
    }
    for (i, r) in d.recommendations.iter().enumerate() {
        t.enter("recommendations", i);
        let own = r.marking.unwrap_or(default);
        t.text(
            &[Seg::Key("action")],
            "recommendation",
            r.action.as_str(),
            own,
        );
        t.leave();
    }
    for (i, o) in d.offices.iter().enumerate() {
        t.enter("offices", i);
        let own = o.marking.unwrap_or(default);
        t.text(
            &[Seg::Key("title")],
            "office's title",
            o.title.as_str(),
            own,
        );
        for (j, tenure) in o.holders.iter().enumerate() {
            if let Some(title) = &tenure.title {
                t.text(
                    &[Seg::Key("holders"), Seg::Index(j), Seg::Key("title")],
                    "tenure's title",
                    title.as_str(),
                    tenure.marking.unwrap_or(own),
                );
            }
        }
        t.leave();
    }
    for (i, s) in d.strategies.iter().enumerate() {
        t.enter("strategies", i);
        let own = s.marking.unwrap_or(default);
        t.text(
            &[Seg::Key("title")],
            "strategy's title",
            s.title.as_str(),
            own,
        );
        if let Some(summary) = &s.summary {
            t.text(
                &[Seg::Key("summary")],
                "strategy's summary",
                summary.as_str(),
                own,
            );
        }
        t.leave();
    }
    for (i, m) in d.media_releases.iter().enumerate() {
        t.enter("media_releases", i);
        let own = m.marking.unwrap_or(default);
        t.text(
            &[Seg::Key("headline")],
            "release's headline",
            m.headline.as_str(),
            own,
        );
        for (j, p) in m.paragraphs.iter().enumerate() {
            let marking = p.marking.unwrap_or(own);
            t.text(
                &[Seg::Key("paragraphs"), Seg::Index(j)],
                "release's paragraph",
                p.as_str(),
                marking,
            );
        }
        t.leave();
    }
    if let Some(x) = &d.extensions {
        t.text(
            &[Seg::Key("extensions")],
            "dataset's extensions",
            x.as_json(),
            default,
        );
    }
}
