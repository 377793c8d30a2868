//! Merging: candidates from one or several articles that report the same
//! real-world event become one [`Event`] with several sources. Two mentions
//! merge only when their date ranges overlap and enough evidence is shared:
//! event classes ("truce" ~ "ceasefire"), actors, and distinctive words.

use super::mentions::Candidate;
use super::resolve::Resolved;
use dossier_model::{Day, Event, EventMention, Precision};
use std::collections::{HashMap, HashSet};

/// Evidence needed to merge: e.g. a shared event class plus one shared word,
/// or two shared actors. One shared country alone is not enough.
const THRESHOLD: f32 = 2.0;

/// A growing event: the most precise date met so far and the union of evidence.
struct Cluster {
    when: Resolved,
    members: Vec<usize>,
    actors: Vec<u32>,
    classes: Vec<&'static str>,
    words: Vec<(String, bool)>,
}

impl Cluster {
    fn score(&self, c: &Candidate) -> f32 {
        let classes = c.classes.iter().filter(|x| self.classes.contains(x)).count() as f32;
        // A ceasefire is not a battle: named kinds of event must agree.
        if classes == 0.0 && !c.classes.is_empty() && !self.classes.is_empty() {
            return 0.0;
        }
        let actors = c.actors.iter().filter(|x| self.actors.contains(x)).count() as f32;
        let words: f32 = c
            .words
            .iter()
            .filter(|(w, _)| self.words.iter().any(|(x, _)| x == w))
            .map(|(_, proper)| if *proper { 1.0 } else { 0.5 })
            .sum();
        1.5 * classes + actors + words
    }

    fn absorb(&mut self, ix: usize, c: &Candidate) {
        self.members.push(ix);
        for a in &c.actors {
            if !self.actors.contains(a) {
                self.actors.push(*a);
            }
        }
        for k in &c.classes {
            if !self.classes.contains(k) {
                self.classes.push(k);
            }
        }
        for w in &c.words {
            if !self.words.iter().any(|(x, _)| *x == w.0) {
                self.words.push(w.clone());
            }
        }
    }
}

/// Groups candidates into events, most precise first so that a vague
/// mention ("at the end of last year") joins a precise one and never bridges
/// two precise events. Events come out sorted by date, with stable ids.
pub fn merge(cands: Vec<Candidate>) -> Vec<Event> {
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| {
        let c = &cands[i];
        (c.when.precision, c.when.width(), c.article, c.phrase.start)
    });
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut index = Index::default();
    let mut seen = HashSet::new();
    for &i in &order {
        let c = &cands[i];
        seen.clear();
        let best = index
            .near(c)
            .filter(|&n| seen.insert(n))
            .filter(|&n| clusters[n].when.overlaps(&c.when))
            .map(|n| (n, clusters[n].score(c)))
            .filter(|&(_, s)| s >= THRESHOLD)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        let n = match best {
            Some((n, _)) => n,
            None => {
                clusters.push(Cluster {
                    when: c.when,
                    members: Vec::new(),
                    actors: Vec::new(),
                    classes: Vec::new(),
                    words: Vec::new(),
                });
                clusters.len() - 1
            }
        };
        clusters[n].absorb(i, c);
        index.add(n, clusters[n].when, c);
    }
    let mut events: Vec<Event> = clusters.into_iter().map(|k| to_event(k, &cands)).collect();
    events.sort_by(|a, b| (a.date, a.range.1, &a.summary).cmp(&(b.date, b.range.1, &b.summary)));
    assign_ids(&mut events);
    events
}

/// One piece of shared evidence.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Key {
    Class(&'static str),
    Actor(u32),
    Word(String),
}

fn keys(c: &Candidate) -> impl Iterator<Item = Key> + '_ {
    c.classes
        .iter()
        .map(|k| Key::Class(k))
        .chain(c.actors.iter().map(|a| Key::Actor(*a)))
        .chain(c.words.iter().map(|(w, _)| Key::Word(w.clone())))
}

/// Ranges longer than this many months are indexed by key alone.
const WIDE_MONTHS: i32 = 36;

/// Clusters by (evidence key, month), so a candidate is only compared with
/// clusters that share a key and a month with it: merging stays near-linear.
#[derive(Default)]
struct Index {
    by_month: HashMap<(Key, i32), Vec<usize>>,
    by_key: HashMap<Key, Vec<usize>>,
    wide: Vec<usize>,
}

fn months(when: Resolved) -> Option<std::ops::RangeInclusive<i32>> {
    let m = |d: Day| {
        let (y, m, _) = d.ymd();
        y * 12 + m as i32
    };
    let (a, b) = (m(when.range.0), m(when.range.1));
    (b - a <= WIDE_MONTHS).then_some(a..=b)
}

impl Index {
    fn add(&mut self, n: usize, when: Resolved, c: &Candidate) {
        let span = months(when);
        if span.is_none() && self.wide.last() != Some(&n) && !self.wide.contains(&n) {
            self.wide.push(n);
        }
        for k in keys(c) {
            if let Some(span) = span.clone() {
                for m in span {
                    self.by_month.entry((k.clone(), m)).or_default().push(n);
                }
            }
            self.by_key.entry(k).or_default().push(n);
        }
    }

    /// Clusters worth scoring against `c` (may repeat).
    fn near<'s>(&'s self, c: &'s Candidate) -> Box<dyn Iterator<Item = usize> + 's> {
        match months(c.when) {
            Some(span) => Box::new(
                keys(c)
                    .flat_map(move |k| {
                        span.clone().flat_map(move |m| self.by_month.get(&(k.clone(), m)).into_iter().flatten())
                    })
                    .chain(self.wide.iter())
                    .copied(),
            ),
            None => Box::new(keys(c).flat_map(|k| self.by_key.get(&k).into_iter().flatten()).copied()),
        }
    }
}

fn to_event(k: Cluster, cands: &[Candidate]) -> Event {
    // The first member is the most precise; its clause gives the summary.
    let lead = &cands[k.members[0]];
    let mut mentions: Vec<EventMention> = k
        .members
        .iter()
        .map(|&m| {
            let c = &cands[m];
            EventMention { article: c.article, phrase: c.phrase, sentence: c.sentence, inferred: c.inferred }
        })
        .collect();
    mentions.sort_by_key(|m| (m.article, m.phrase.start));
    mentions.dedup_by_key(|m| (m.article, m.phrase));
    Event {
        id: String::new(),
        date: k.when.date(),
        precision: k.when.precision,
        range: k.when.range,
        summary: lead.summary.clone(),
        actors: k.actors,
        mentions,
    }
}

/// ISO date cut to what is known: "2016-12-30", "2016-12", "2016".
pub fn iso_at(date: Day, precision: Precision) -> String {
    let iso = date.iso();
    match precision {
        Precision::Day | Precision::Week => iso,
        Precision::Month => iso[..7].to_string(),
        Precision::Season | Precision::Year | Precision::Decade => iso[..4].to_string(),
    }
}

/// Slugs from the date and the summary's first key words; a numeric suffix
/// keeps them unique.
fn assign_ids(events: &mut [Event]) {
    let mut seen = HashSet::new();
    for e in events.iter_mut() {
        let mut slug = iso_at(e.date, e.precision);
        let words = e
            .summary
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 1 && !super::lexicon::is_stopword(&w.to_lowercase()))
            .take(4);
        for w in words {
            slug.push('-');
            slug.extend(w.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()));
        }
        let slug = slug.trim_end_matches('-').to_string();
        let mut id = slug.clone();
        let mut n = 2;
        while !seen.insert(id.clone()) {
            id = format!("{slug}-{n}");
            n += 1;
        }
        e.id = id;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::Span;

    fn cand(
        article: u32,
        first: &str,
        last: &str,
        p: Precision,
        classes: &[&'static str],
        words: &[&str],
    ) -> Candidate {
        Candidate {
            article,
            phrase: Span::new(0, 1),
            sentence: Span::new(0, 10),
            inferred: false,
            when: Resolved { precision: p, range: (Day::parse_iso(first).unwrap(), Day::parse_iso(last).unwrap()) },
            summary: format!("{} {}", classes.join(" "), words.join(" ")),
            actors: vec![],
            classes: classes.to_vec(),
            words: words.iter().map(|w| (w.to_string(), w.chars().next().unwrap().is_uppercase())).collect(),
        }
    }

    #[test]
    fn same_event_in_two_articles_merges_keeping_the_precise_date() {
        let a = cand(0, "2019-11-01", "2019-12-31", Precision::Season, &["ceasefire"], &["broker"]);
        let b = cand(1, "2019-12-30", "2019-12-30", Precision::Day, &["ceasefire"], &["broker", "Lima"]);
        let ev = merge(vec![a, b]);
        assert_eq!(ev.len(), 1);
        assert_eq!(ev[0].date.iso(), "2019-12-30");
        assert_eq!(ev[0].precision, Precision::Day);
        assert_eq!(ev[0].mentions.len(), 2);
        assert!(ev[0].id.starts_with("2019-12-30-"));
    }

    #[test]
    fn never_merges_disjoint_ranges_or_thin_evidence() {
        let a = cand(0, "2019-01-01", "2019-01-31", Precision::Month, &["ceasefire"], &["broker"]);
        let b = cand(1, "2019-03-02", "2019-03-02", Precision::Day, &["ceasefire"], &["broker"]);
        assert_eq!(merge(vec![a, b]).len(), 2);
        let a = cand(0, "2019-03-02", "2019-03-02", Precision::Day, &["talks"], &["Oslo"]);
        let b = cand(1, "2019-03-02", "2019-03-02", Precision::Day, &["meeting"], &["minister"]);
        assert_eq!(merge(vec![a, b]).len(), 2);
    }

    #[test]
    fn different_kinds_of_event_do_not_merge() {
        let a = cand(0, "2019-03-02", "2019-03-02", Precision::Day, &["ceasefire"], &["Lima", "Quito", "broker"]);
        let b = cand(1, "2019-03-01", "2019-03-31", Precision::Month, &["battle"], &["Lima", "Quito", "broker"]);
        assert_eq!(merge(vec![a, b]).len(), 2);
    }

    #[test]
    fn ids_are_unique() {
        let a = cand(0, "2019-03-02", "2019-03-02", Precision::Day, &["talks"], &["Oslo"]);
        let b = cand(1, "2019-05-02", "2019-05-02", Precision::Day, &["talks"], &["Oslo"]);
        let mut ev = merge(vec![a.clone(), b]);
        ev[1].date = ev[0].date;
        ev[1].summary = ev[0].summary.clone();
        assign_ids(&mut ev);
        assert_ne!(ev[0].id, ev[1].id);
        assert_eq!(iso_at(Day::parse_iso("2016-07-04").unwrap(), Precision::Month), "2016-07");
    }
}
