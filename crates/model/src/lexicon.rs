//! The search index, built once at build time so the explorer never folds or
//! scans text on a keystroke: every distinct folded word of the corpus,
//! sorted, with the articles, events and quotes it occurs in and how often.
//! A search term is looked up in the word list (a few hundred kilobytes even
//! for a large corpus) instead of in the text (megabytes).

use crate::fold::{fold, words};
use crate::Corpus;
use alloc::string::String;
use alloc::vec::Vec;
use serde::{Deserialize, Serialize};

/// Occurrence counts are kept up to this (four bits each).
pub const MAX_HITS: u8 = 15;

/// A searchable item's text in two weighted parts.
pub struct Doc<'a> {
    /// Counted as title hits (an article's title, an event's summary).
    pub title: &'a str,
    /// Counted as body hits (an article's text, a quote and its speaker).
    pub body: &'a str,
}

#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Lexicon {
    /// Distinct folded words ([`crate::fold::words`]) of all searchable
    /// text, sorted.
    pub words: Vec<String>,
    pub articles: Postings,
    pub events: Postings,
    pub quotes: Postings,
}

impl Lexicon {
    /// The postings of one kind of item.
    pub fn of(&self, kind: Kind) -> &Postings {
        match kind {
            Kind::Article => &self.articles,
            Kind::Event => &self.events,
            Kind::Quote => &self.quotes,
        }
    }
}

/// Per word of [`Lexicon::words`], the items holding it.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Postings {
    /// Where each word's postings start in `bytes` (they end where the next
    /// word's start).
    pub starts: Vec<u32>,
    /// Every word's postings, in ascending item order, each a LEB128 varint
    /// of `(item gap << 8) | (title hits << 4) | body hits`. One byte string
    /// decodes with a single copy, however large the corpus.
    #[serde(with = "serde_bytes")]
    pub bytes: Vec<u8>,
}

/// One item's occurrences of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Posting {
    pub item: u32,
    pub title: u8,
    pub body: u8,
}

/// The three kinds of searchable item, each with its own postings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Article,
    Event,
    Quote,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Article, Kind::Event, Kind::Quote];

    /// How many items of this kind the corpus has.
    pub fn count(self, c: &Corpus) -> usize {
        match self {
            Kind::Article => c.articles.len(),
            Kind::Event => c.events.len(),
            Kind::Quote => c.quotes.len(),
        }
    }
}

/// The searchable text of item `i`, unfolded, in its two weighted parts:
/// (counted as title hits, counted as body hits). An article is its title
/// and text; an event its summary (weighed as a title); a quote its words
/// and speaker. The lexicon is built from this and the explorer checks
/// phrases against it, so both read the same text.
pub fn searchable(c: &Corpus, kind: Kind, i: usize) -> (String, String) {
    match kind {
        Kind::Article => c.articles.get(i).map(|a| (a.title.clone(), a.text())).unwrap_or_default(),
        Kind::Event => (c.events.get(i).map(|e| e.summary.clone()).unwrap_or_default(), String::new()),
        Kind::Quote => {
            let Some(q) = c.quotes.get(i) else { return Default::default() };
            let text = c.articles.get(q.article as usize).map(|a| a.text()).unwrap_or_default();
            let said = text.get(q.span.range()).unwrap_or("");
            (String::new(), alloc::format!("{said} {}", q.speaker.as_deref().unwrap_or("")))
        }
    }
}

impl Lexicon {
    pub fn build(c: &Corpus) -> Lexicon {
        // Every distinct word gets an id on first sight (a hash table, not
        // a sorted map: most lookups find a word already there); its
        // postings are encoded as they come, since items come in order.
        // The words are sorted once at the end.
        let mut table = Words::default();
        let mut lists: Vec<[Encoded; 3]> = Vec::new();
        // Per word id: the item that last counted it, and its counts there.
        let mut seen: Vec<u32> = Vec::new();
        let mut counts: Vec<(u8, u8)> = Vec::new();
        let mut touched: Vec<u32> = Vec::new();
        let mut stamp = 0u32;
        // Quotes come grouped by article: one article's text at a time.
        let mut text = (usize::MAX, String::new());
        for (k, kind) in Kind::ALL.into_iter().enumerate() {
            for ix in 0..kind.count(c) {
                let (title, body) = match kind {
                    Kind::Quote => {
                        let q = &c.quotes[ix];
                        if text.0 != q.article as usize {
                            let t = c.articles.get(q.article as usize).map(|a| a.text()).unwrap_or_default();
                            text = (q.article as usize, t);
                        }
                        let said = text.1.get(q.span.range()).unwrap_or("");
                        (String::new(), alloc::format!("{said} {}", q.speaker.as_deref().unwrap_or("")))
                    }
                    _ => searchable(c, kind, ix),
                };
                let (title, body) = (fold(&title), fold(&body));
                stamp += 1;
                touched.clear();
                let bump = |n: &mut u8| *n = (*n + 1).min(MAX_HITS);
                for (part, folded) in [(0, &title), (1, &body)] {
                    for w in words(folded) {
                        let id = table.id(w) as usize;
                        if id == seen.len() {
                            seen.push(0);
                            counts.push((0, 0));
                            lists.push(Default::default());
                        }
                        if seen[id] != stamp {
                            seen[id] = stamp;
                            counts[id] = (0, 0);
                            touched.push(id as u32);
                        }
                        bump(if part == 0 { &mut counts[id].0 } else { &mut counts[id].1 });
                    }
                }
                for &id in &touched {
                    let (title, body) = counts[id as usize];
                    lists[id as usize][k].push(Posting { item: ix as u32, title, body });
                }
            }
        }
        let mut order: Vec<u32> = (0..table.words.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| table.words[a as usize].cmp(&table.words[b as usize]));
        let mut lex = Lexicon::default();
        for p in [&mut lex.articles, &mut lex.events, &mut lex.quotes] {
            p.starts.reserve_exact(order.len());
        }
        for (k, p) in [&mut lex.articles, &mut lex.events, &mut lex.quotes].into_iter().enumerate() {
            p.bytes.reserve_exact(lists.iter().map(|l| l[k].bytes.len()).sum());
        }
        for id in order {
            lex.words.push(core::mem::take(&mut table.words[id as usize]));
            let lists = core::mem::take(&mut lists[id as usize]);
            for (p, list) in [&mut lex.articles, &mut lex.events, &mut lex.quotes].into_iter().zip(lists) {
                p.starts.push(p.bytes.len() as u32);
                p.bytes.extend_from_slice(&list.bytes);
            }
        }
        lex
    }
}

impl Lexicon {
    /// Cuts the lexicon into shards of consecutive words, each a lexicon of
    /// its own of about `target` bytes of postings (a word with more stays
    /// whole in one shard). A search term needs only the shards whose word
    /// range holds words starting with it ([`shards_for`]), so a large
    /// corpus's first keystroke fetches a few of them, not all.
    pub fn split(self, target: usize) -> Vec<Lexicon> {
        let Lexicon { words, articles, events, quotes } = self;
        let kinds = [&articles, &events, &quotes];
        let end = |p: &Postings, w: usize| p.starts.get(w + 1).map_or(p.bytes.len(), |&s| s as usize);
        let start = |p: &Postings, w: usize| p.starts.get(w).map_or(p.bytes.len(), |&s| s as usize);
        let mut out: Vec<Lexicon> = Vec::new();
        let mut size = usize::MAX;
        for (w, word) in words.into_iter().enumerate() {
            let bytes: usize = kinds.iter().map(|p| end(p, w).saturating_sub(start(p, w))).sum::<usize>() + word.len();
            if size >= target {
                out.push(Lexicon::default());
                size = 0;
            }
            size += bytes;
            let shard = out.last_mut().expect("pushed above");
            shard.words.push(word);
            for (p, all) in [&mut shard.articles, &mut shard.events, &mut shard.quotes].into_iter().zip(kinds) {
                p.starts.push(p.bytes.len() as u32);
                p.bytes.extend_from_slice(all.bytes.get(start(all, w)..end(all, w)).unwrap_or(&[]));
            }
        }
        out
    }

    /// The ids of the words that start with `prefix`: a range, as the words
    /// are sorted.
    pub fn prefixed(&self, prefix: &str) -> core::ops::Range<usize> {
        let from = self.words.partition_point(|w| w.as_str() < prefix);
        let to = from + self.words[from..].partition_point(|w| w.starts_with(prefix));
        from..to
    }
}

/// Which of the shards [`Lexicon::split`] made can hold words starting with
/// `prefix`, given each shard's first word (sorted): a range, since the
/// words are.
pub fn shards_for(firsts: &[String], prefix: &str) -> core::ops::Range<usize> {
    // Shards before the last one starting at or below `prefix` hold only
    // smaller words; those starting above every word with the prefix, only
    // larger ones.
    let from = firsts.partition_point(|f| f.as_str() <= prefix).saturating_sub(1);
    let to = firsts.partition_point(|f| f.as_str() < prefix || f.starts_with(prefix));
    from..to.max(from)
}

/// One word's postings of one kind, encoded as [`Postings::push`] does.
#[derive(Default)]
struct Encoded {
    bytes: Vec<u8>,
    prev: u32,
}

impl Encoded {
    fn push(&mut self, p: Posting) {
        let mut v = ((p.item - self.prev) << 8) | (u32::from(p.title) << 4) | u32::from(p.body);
        self.prev = p.item;
        while v >= 0x80 {
            self.bytes.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.bytes.push(v as u8);
    }
}

/// Distinct words, numbered in order of first sight: an open-addressing
/// hash table (FNV-1a) over their ids (no `std` here for a `HashMap`).
#[derive(Default)]
struct Words {
    words: Vec<String>,
    /// `id + 1` of the word in each slot, 0 when empty; a power of two long.
    slots: Vec<u32>,
}

impl Words {
    fn hash(w: &str) -> u64 {
        let mut h = 0xcbf2_9ce4_8422_2325u64;
        for &b in w.as_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        h
    }

    /// The id of `w`, a new one if it is new.
    fn id(&mut self, w: &str) -> u32 {
        if self.words.len() * 2 >= self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = Self::hash(w) as usize & mask;
        loop {
            match self.slots[i] {
                0 => {
                    self.words.push(String::from(w));
                    self.slots[i] = self.words.len() as u32;
                    return self.words.len() as u32 - 1;
                }
                n if self.words[n as usize - 1] == w => return n - 1,
                _ => i = (i + 1) & mask,
            }
        }
    }

    fn grow(&mut self) {
        let len = (self.slots.len() * 2).max(1024);
        self.slots = alloc::vec![0; len];
        let mask = len - 1;
        for (id, w) in self.words.iter().enumerate() {
            let mut i = Self::hash(w) as usize & mask;
            while self.slots[i] != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = id as u32 + 1;
        }
    }
}

impl Postings {
    /// Appends the next word's postings.
    #[cfg(test)]
    fn push(&mut self, list: &[Posting]) {
        self.starts.push(self.bytes.len() as u32);
        let mut e = Encoded::default();
        list.iter().for_each(|&p| e.push(p));
        self.bytes.extend_from_slice(&e.bytes);
    }

    /// The postings of word `w` (an index into [`Lexicon::words`]); none for
    /// an unknown word, and a malformed tail ends the list.
    pub fn of(&self, w: usize) -> impl Iterator<Item = Posting> + '_ {
        let at = |i: usize| self.starts.get(i).map(|&s| s as usize);
        let from = at(w).unwrap_or(usize::MAX);
        let to = w.checked_add(1).and_then(at).unwrap_or(self.bytes.len());
        let mut bytes = self.bytes.get(from..to).unwrap_or(&[]).iter();
        let mut item = 0u32;
        core::iter::from_fn(move || {
            let (mut v, mut shift) = (0u32, 0);
            loop {
                let b = *bytes.next()?;
                v |= u32::from(b & 0x7f).checked_shl(shift)?;
                if b < 0x80 {
                    break;
                }
                shift += 7;
            }
            item = item.wrapping_add(v >> 8);
            Some(Posting { item, title: ((v >> 4) & 0xf) as u8, body: (v & 0xf) as u8 })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Article, Event, Quote, Section, Span};
    use alloc::vec;

    fn article(title: &str, body: &str) -> Article {
        let sections = vec![Section { heading: None, author: None, paragraphs: vec![body.into()] }];
        Article { title: title.into(), sections, ..Default::default() }
    }

    fn corpus(articles: Vec<Article>) -> Corpus {
        Corpus { articles, ..Default::default() }
    }

    fn find(lex: &Lexicon, w: &str) -> usize {
        lex.words.iter().position(|x| x == w).unwrap()
    }

    #[test]
    fn words_map_to_counted_postings() {
        let lex = Lexicon::build(&corpus(vec![
            article("Talks in Astana", "The talks began."),
            article("Other", "Talks, talks."),
        ]));
        let got: Vec<Posting> = lex.articles.of(find(&lex, "talks")).collect();
        assert_eq!(got, vec![Posting { item: 0, title: 1, body: 1 }, Posting { item: 1, title: 0, body: 2 }]);
        assert!(lex.words.windows(2).all(|w| w[0] < w[1]), "sorted and distinct");
        assert_eq!(lex.articles.of(usize::MAX).count(), 0);
        assert_eq!(lex.events.of(0).count(), 0, "no events, no postings");
    }

    #[test]
    fn events_and_quotes_share_the_word_list() {
        let mut c = corpus(vec![article("", "He said we want peace now.")]);
        c.events = vec![Event {
            id: "e".into(),
            date: crate::Day(0),
            precision: crate::Precision::Day,
            range: (crate::Day(0), crate::Day(0)),
            summary: "Peace talks".into(),
            label: "Peace talks".into(),
            actors: vec![],
            mentions: vec![],
        }];
        c.quotes =
            vec![Quote { article: 0, span: Span::new(8, 21), speaker: Some("Envoy".into()), speaker_actor: None }];
        let lex = Lexicon::build(&c);
        let peace = find(&lex, "peace");
        assert_eq!(lex.events.of(peace).collect::<Vec<_>>(), vec![Posting { item: 0, title: 1, body: 0 }]);
        assert_eq!(lex.quotes.of(peace).collect::<Vec<_>>(), vec![Posting { item: 0, title: 0, body: 1 }]);
        assert_eq!(lex.quotes.of(find(&lex, "envoy")).count(), 1, "the speaker is searchable");
        assert_eq!(lex.quotes.of(find(&lex, "now")).count(), 0, "outside the quote");
    }

    #[test]
    fn counts_saturate_and_large_gaps_round_trip() {
        let lex = Lexicon::build(&corpus(vec![article("", &"war ".repeat(40))]));
        assert_eq!(lex.articles.of(0).next(), Some(Posting { item: 0, title: 0, body: MAX_HITS }));
        let many = (0..300).map(|i| article("", if i % 150 == 0 { "rare word" } else { "word" })).collect();
        let lex = Lexicon::build(&corpus(many));
        let got: Vec<u32> = lex.articles.of(find(&lex, "rare")).map(|p| p.item).collect();
        assert_eq!(got, vec![0, 150]);
        assert_eq!(lex.articles.of(find(&lex, "word")).count(), 300);
    }

    #[test]
    fn gaps_are_relative_to_the_previous_item() {
        let docs = ["peace", "peace", "war", "peace", "war", "war", "peace"];
        let lex = Lexicon::build(&corpus(docs.iter().map(|b| article("", b)).collect()));
        let items = |w| lex.articles.of(find(&lex, w)).map(|p| p.item).collect::<Vec<_>>();
        assert_eq!(items("peace"), vec![0, 1, 3, 6]);
        assert_eq!(items("war"), vec![2, 4, 5]);
    }

    #[test]
    fn eight_title_hits_survive_the_varint() {
        // 8 title hits, no body hits: the packed value is exactly 0x80, the
        // smallest that takes two bytes.
        let lex = Lexicon::build(&corpus(vec![article(&"war ".repeat(8), "peace")]));
        assert_eq!(
            lex.articles.of(find(&lex, "war")).collect::<Vec<_>>(),
            vec![Posting { item: 0, title: 8, body: 0 }]
        );
    }

    #[test]
    fn postings_pack_as_documented() {
        let mut p = Postings::default();
        let a = [Posting { item: 0, title: 8, body: 0 }];
        let b = [Posting { item: 1, title: 1, body: 2 }, Posting { item: 3, title: 0, body: 15 }];
        p.push(&a);
        p.push(&b);
        p.push(&[]);
        // (gap << 8) | (title << 4) | body as LEB128: 0x080 -> 80 01,
        // 0x112 -> 92 02, gap 2 body 15 = 0x20f -> 8f 04.
        assert_eq!(p.bytes, vec![0x80, 0x01, 0x92, 0x02, 0x8f, 0x04]);
        assert_eq!(p.starts, vec![0, 2, 6]);
        assert_eq!(p.of(0).collect::<Vec<_>>(), a);
        assert_eq!(p.of(1).collect::<Vec<_>>(), b);
        assert_eq!(p.of(2).count(), 0);
    }

    #[test]
    fn postings_round_trip_at_the_bit_boundaries() {
        let mut list = Vec::new();
        let mut item = 0u32;
        // Gaps at the edges of each 7-bit group once shifted past the 8 count bits;
        // the largest gap the 24 bits above the counts can hold is 2^24 - 1.
        for (gap, title, body) in [
            (0, 0, 1),
            (0, 15, 15),
            (1, 8, 0),
            (1, 7, 15),
            ((1 << 6) - 1, 8, 8),
            (1 << 6, 0, 1),
            ((1 << 13) - 1, 15, 0),
            (1 << 13, 1, 0),
            ((1 << 20) - 1, 8, 0),
            (1 << 20, 0, 8),
            ((1 << 24) - 1, 15, 15),
        ] {
            item += gap;
            list.push(Posting { item, title, body });
        }
        let mut p = Postings::default();
        p.push(&list[..1]);
        p.push(&list[1..]);
        assert_eq!(p.of(0).collect::<Vec<_>>(), list[..1]);
        assert_eq!(p.of(1).collect::<Vec<_>>(), list[1..]);
        assert_eq!(*p.bytes.last().unwrap(), 0x0f, "2^24 - 1 << 8 | 0xff ends with the top bits 0x0f");
    }

    #[test]
    fn shards_keep_every_word_and_its_postings() {
        let docs = ["alpha beta", "beta gamma delta", "alpha alphabet", "epsilon", "gamma gamma"];
        let lex = Lexicon::build(&corpus(docs.iter().map(|b| article("", b)).collect()));
        let shards = lex.clone().split(2);
        assert!(shards.len() > 1, "a small target makes several shards");
        let words: Vec<&String> = shards.iter().flat_map(|s| &s.words).collect();
        assert_eq!(words, lex.words.iter().collect::<Vec<_>>(), "every word once, in order");
        for s in &shards {
            for (i, w) in s.words.iter().enumerate() {
                let whole = find(&lex, w);
                assert_eq!(s.articles.of(i).collect::<Vec<_>>(), lex.articles.of(whole).collect::<Vec<_>>(), "{w}");
            }
        }
        assert_eq!(lex.clone().split(usize::MAX), vec![lex.clone()], "a large target keeps one shard");
        assert!(Lexicon::default().split(10).is_empty());
    }

    #[test]
    fn a_prefix_finds_its_words_and_shards() {
        let docs = ["alpha beta", "beta gamma delta", "alpha alphabet", "epsilon", "gamma gamma"];
        let lex = Lexicon::build(&corpus(docs.iter().map(|b| article("", b)).collect()));
        let got = |p: &str| lex.words[lex.prefixed(p)].to_vec();
        assert_eq!(got("alph"), ["alpha", "alphabet"]);
        assert_eq!(got("gamma"), ["gamma"]);
        assert!(got("zeta").is_empty() && got("b").len() == 1);
        let shards = lex.clone().split(1);
        let firsts: Vec<String> = shards.iter().map(|s| s.words[0].clone()).collect();
        for p in ["", "a", "alpha", "alphab", "b", "c", "delta", "e", "gam", "z", "aa"] {
            let holding: Vec<usize> = (0..shards.len()).filter(|&i| !shards[i].prefixed(p).is_empty()).collect();
            let range = shards_for(&firsts, p);
            assert!(holding.iter().all(|i| range.contains(i)), "{p}: {holding:?} in {range:?}");
            assert!(range.len() <= holding.len() + 1, "{p}: at most one shard to spare");
        }
        assert_eq!(shards_for(&[], "a"), 0..0);
    }

    #[test]
    fn garbage_postings_do_not_panic() {
        let p = Postings { starts: vec![5, 1], bytes: vec![0xff; 9] };
        assert_eq!(p.of(0).count(), 0);
        let _ = p.of(1).count();
    }
}
