//! Merging: candidates from one or several articles that report the same
//! real-world event become one [`Event`] with several sources. Two mentions
//! merge only when their date ranges overlap and enough evidence is shared:
//! event classes ("truce" ~ "ceasefire"), actors, and distinctive words.

use super::mentions::Candidate;
use super::resolve::Resolved;
use dossier_model::{Day, Event, EventMention, Precision};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Evidence needed to merge: e.g. a shared event class plus one shared word,
/// or two shared actors. One shared country alone is not enough.
const THRESHOLD: f32 = 2.0;

/// A growing event: the most precise date met so far and its evidence.
struct Cluster {
    when: Resolved,
    members: Vec<usize>,
    actors: Vec<u32>,
    classes: Vec<&'static str>,
    /// Interned evidence keys already indexed for this cluster.
    keys: HashSet<u32, BuildHasherDefault<Fnv>>,
    /// Some member names an actor or a proper noun.
    named: bool,
}

/// FNV-1a: the maps here hash small integers and short words by the
/// million, where SipHash's flood resistance is not needed.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// Weight of a named key (an actor or a capitalised word).
const NAMED: f32 = 1.0;

/// One piece of evidence before interning.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Key<'a> {
    Class(&'static str),
    Actor(u32),
    Word(&'a str),
}

/// Each candidate's evidence as (interned key, weight): a shared event class
/// weighs 1.5, an actor or a capitalised word 1.0, another word 0.5.
/// Candidate `i`'s keys are `keys[at[i]..at[i + 1]]`.
struct Keys {
    keys: Vec<(u32, f32)>,
    at: Vec<u32>,
}

impl Keys {
    fn of(&self, i: usize) -> &[(u32, f32)] {
        &self.keys[self.at[i] as usize..self.at[i + 1] as usize]
    }
}

fn intern(cands: &[Candidate]) -> Keys {
    let mut ids: FastMap<Key, u32> = FastMap::default();
    fn id<'a>(k: Key<'a>, ids: &mut FastMap<Key<'a>, u32>) -> u32 {
        let next = ids.len() as u32;
        *ids.entry(k).or_insert(next)
    }
    let total = cands.iter().map(|c| c.classes.len() + c.actors.len() + c.words.len()).sum();
    let mut out = Keys { keys: Vec::with_capacity(total), at: Vec::with_capacity(cands.len() + 1) };
    for c in cands {
        out.at.push(out.keys.len() as u32);
        for k in &c.classes {
            out.keys.push((id(Key::Class(k), &mut ids), 1.5));
        }
        for a in &c.actors {
            out.keys.push((id(Key::Actor(*a), &mut ids), NAMED));
        }
        for (w, proper) in c.words.iter() {
            out.keys.push((id(Key::Word(w), &mut ids), if proper { NAMED } else { 0.5 }));
        }
    }
    out.at.push(out.keys.len() as u32);
    out
}

/// Groups candidates into events, most precise first so that a vague
/// mention ("at the end of last year") joins a precise one and never bridges
/// two precise events. Events come out sorted by date, with stable ids.
pub fn merge(mut cands: Vec<Candidate>) -> Vec<Event> {
    let keys = intern(&cands);
    // The words are in `keys` now; their strings are the bulk of a large
    // corpus's candidates.
    for c in &mut cands {
        c.words = Default::default();
    }
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| {
        let c = &cands[i];
        (c.when.precision, c.when.width(), c.article, c.phrase.start)
    });
    // Two dating phrases of one sentence date two different things
    // ("expected to cut jobs beginning this week, it confirmed on Monday"):
    // the candidates of each sentence, to tell whether a cluster already
    // holds one of them.
    let mut by_sentence: Vec<u32> = (0..cands.len() as u32).collect();
    by_sentence.sort_by_key(|&i| (cands[i as usize].article, cands[i as usize].sentence.start));
    let mut peers = vec![(0u32, 0u32); cands.len()];
    for group in by_sentence.chunk_by(|&a, &b| {
        let (a, b) = (&cands[a as usize], &cands[b as usize]);
        (a.article, a.sentence.start) == (b.article, b.sentence.start)
    }) {
        let lo = group.as_ptr() as usize - by_sentence.as_ptr() as usize;
        let lo = (lo / std::mem::size_of::<u32>()) as u32;
        for &i in group {
            peers[i as usize] = (lo, lo + group.len() as u32);
        }
    }
    // The cluster each candidate joined, once it has.
    let mut joined = vec![u32::MAX; cands.len()];
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut index = Index::default();
    let mut acc = Accumulator::default();
    for &i in &order {
        let c = &cands[i];
        let named = keys.of(i).iter().any(|&(_, w)| w == NAMED);
        acc.start(clusters.len());
        index.gather(c.when, keys.of(i), &mut acc);
        let (lo, hi) = peers[i];
        let same_sentence = &by_sentence[lo as usize..hi as usize];
        let other_sentence = |n: usize| !same_sentence.iter().any(|&j| joined[j as usize] == n as u32);
        let best = acc
            .touched
            .iter()
            .map(|&n| (n as usize, acc.slots[n as usize]))
            .filter(|&(n, s)| s.score >= THRESHOLD && fits(&clusters[n], c, named, s.named) && other_sentence(n))
            .map(|(n, s)| (n, s.score))
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        let n = match best {
            Some((n, _)) => n,
            None => {
                clusters.push(Cluster {
                    when: c.when,
                    members: Vec::new(),
                    actors: Vec::new(),
                    classes: Vec::new(),
                    keys: HashSet::default(),
                    named: false,
                });
                clusters.len() - 1
            }
        };
        let k = &mut clusters[n];
        k.members.push(i);
        k.named |= named;
        joined[i] = n as u32;
        for a in &c.actors {
            if !k.actors.contains(a) {
                k.actors.push(*a);
            }
        }
        for x in &c.classes {
            if !k.classes.contains(x) {
                k.classes.push(x);
            }
        }
        for &(key, _) in keys.of(i) {
            if k.keys.insert(key) {
                index.add(n as u32, k.when, key);
            }
        }
    }
    // The clustering state is done with before the events are built.
    drop((keys, order, by_sentence, peers, joined, index, acc));
    let mut events: Vec<Event> = clusters.into_iter().map(|k| to_event(k, &mut cands)).collect();
    events.sort_by(|a, b| (a.date, a.range.1, &a.summary).cmp(&(b.date, b.range.1, &b.summary)));
    assign_ids(&mut events);
    events
}

/// Ranges must overlap; named kinds of event must agree (a ceasefire is not
/// a battle); and when both sides name actors or places, they share one
/// ("officials met in Lima" is not "officials met in Quito"). (The caller
/// also checks that the cluster holds no other phrase of the same sentence.)
/// The cheapest tests come first.
fn fits(k: &Cluster, c: &Candidate, named: bool, shared_named: bool) -> bool {
    // A span of seasons or years ("over the past two years") is a period,
    // not another mention of a day's event; a month or a week may be.
    let comparable = || c.when.precision == k.when.precision || c.when.width() <= 62;
    let names_agree = !named || !k.named || shared_named;
    let kinds_agree =
        || c.classes.is_empty() || k.classes.is_empty() || c.classes.iter().any(|x| k.classes.contains(x));
    k.when.overlaps(&c.when) && names_agree && comparable() && kinds_agree()
}

/// Sparse per-candidate scores: each shared key counts once per cluster,
/// however many buckets both span.
#[derive(Default)]
struct Accumulator {
    /// One per cluster, together so that a posting touches one cache line.
    slots: Vec<Slot>,
    touched: Vec<u32>,
    generation: u32,
    key_generation: u32,
}

#[derive(Clone, Copy, Default)]
struct Slot {
    score: f32,
    /// Generation stamps: `key_mark` dedupes a key, `seen` marks touched clusters.
    key_mark: u32,
    seen: u32,
    /// Whether a named key (actor, capitalised word) is shared.
    named: bool,
}

impl Accumulator {
    fn start(&mut self, clusters: usize) {
        self.slots.resize(clusters, Slot::default());
        for &n in &self.touched {
            let s = &mut self.slots[n as usize];
            s.score = 0.0;
            s.named = false;
        }
        self.touched.clear();
        self.generation += 1;
    }

    fn next_key(&mut self) {
        self.key_generation += 1;
    }

    fn add(&mut self, n: u32, weight: f32) {
        let s = &mut self.slots[n as usize];
        if s.key_mark == self.key_generation {
            return;
        }
        s.key_mark = self.key_generation;
        if s.seen != self.generation {
            s.seen = self.generation;
            self.touched.push(n);
        }
        s.score += weight;
        s.named |= weight == NAMED;
    }
}

/// Longest posting list worth scoring (see [`Index::gather`]).
const MAX_POSTINGS: usize = 256;

/// How a range is indexed: by month when it spans at most two months, by
/// year when it spans at most [`WIDE_YEARS`] years, else by key alone. Each
/// cluster sits in few buckets, so a year-long candidate does not meet the
/// same year-long cluster once per month.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    Months(i32, i32),
    Years(i32, i32),
    Wide,
}

const WIDE_YEARS: i32 = 3;

fn level(when: Resolved) -> Level {
    let (ya, ma, _) = when.range.0.ymd();
    let (yb, mb, _) = when.range.1.ymd();
    let (a, b) = (ya * 12 + ma as i32, yb * 12 + mb as i32);
    if b - a <= 1 {
        Level::Months(a, b)
    } else if yb - ya < WIDE_YEARS {
        Level::Years(ya, yb)
    } else {
        Level::Wide
    }
}

/// Clusters by evidence key and time bucket, so a candidate is only compared
/// with clusters that share a key and a period with it: merging stays near-linear.
#[derive(Default)]
struct Index {
    by_month: FastMap<(u32, i32), Vec<u32>>,
    by_year: FastMap<(u32, i32), Vec<u32>>,
    wide_by_key: FastMap<u32, Vec<u32>>,
    by_key: FastMap<u32, Vec<u32>>,
}

impl Index {
    fn add(&mut self, n: u32, when: Resolved, key: u32) {
        match level(when) {
            Level::Months(a, b) => (a..=b).for_each(|m| self.by_month.entry((key, m)).or_default().push(n)),
            Level::Years(a, b) => (a..=b).for_each(|y| self.by_year.entry((key, y)).or_default().push(n)),
            Level::Wide => self.wide_by_key.entry(key).or_default().push(n),
        }
        self.by_key.entry(key).or_default().push(n);
    }

    /// Scores every cluster that shares a key and a bucket with `when`.
    fn gather(&self, when: Resolved, keys: &[(u32, f32)], acc: &mut Accumulator) {
        let (ya, ma, _) = when.range.0.ymd();
        let (yb, mb, _) = when.range.1.ymd();
        let level = level(when);
        for &(key, weight) in keys {
            acc.next_key();
            // Evidence that hundreds of events share in one period says little
            // about any pair of them; skipping it keeps merging linear.
            // Common words get a shorter list than names and event kinds.
            let cap = if weight >= NAMED { MAX_POSTINGS } else { MAX_POSTINGS / 4 };
            let mut feed = |list: Option<&Vec<u32>>| {
                list.filter(|l| l.len() <= cap).into_iter().flatten().for_each(|&n| acc.add(n, weight))
            };
            if level == Level::Wide {
                feed(self.by_key.get(&key));
                continue;
            }
            (ya * 12 + ma as i32..=yb * 12 + mb as i32).for_each(|m| feed(self.by_month.get(&(key, m))));
            (ya..=yb).for_each(|y| feed(self.by_year.get(&(key, y))));
            feed(self.wide_by_key.get(&key));
        }
    }
}

/// Takes the lead member's summary and label: a candidate is in one cluster only.
fn to_event(k: Cluster, cands: &mut [Candidate]) -> Event {
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
    // The first member is the most precise; its clause gives the summary.
    let lead = &mut cands[k.members[0]];
    Event {
        id: String::new(),
        date: k.when.date(),
        precision: k.when.precision,
        range: k.when.range,
        summary: std::mem::take(&mut lead.summary),
        label: std::mem::take(&mut lead.label),
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
            // Accented letters fold to their base letter, as in actor ids.
            let folded = dossier_model::fold::fold(w);
            slug.extend(folded.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()));
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
            label: classes.join(" "),
            actors: vec![],
            classes: classes.to_vec(),
            words: words.iter().map(|w| (*w, w.chars().next().unwrap().is_uppercase())).collect(),
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
    fn different_places_do_not_merge() {
        let a = cand(0, "2019-03-02", "2019-03-02", Precision::Day, &["meeting"], &["officials", "Lima"]);
        let b = cand(1, "2019-03-01", "2019-03-31", Precision::Month, &["meeting"], &["officials", "Quito"]);
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
