//! The parts of the corpus that come after the head (`dossier_model::bundle`):
//! article bodies and the search lexicon, both in shards, and (in a sharded corpus)
//! event summaries and quote words. Each is fetched once, the first time
//! something reads it, and kept for the page's life. Reading a part that has
//! not arrived tracks a trigger, so what read it (the reader, an excerpt, the
//! search, a card) runs again when it does.

use crate::data::fetch;
use dossier_explore::search::Terms;
use dossier_explore::Index;
use dossier_model::bundle::{decode_part, Part};
use dossier_model::fold::words;
use dossier_model::lexicon::shards_for;
use dossier_model::{Article, Body, Corpus, Head, Lexicon};
use leptos::prelude::*;

/// A part: a file not asked for yet, on its way, here, or failed.
enum Slot<T: 'static> {
    Remote(String),
    Fetching,
    Ready(&'static T),
    Failed(String),
}

/// What reading a part gives.
#[derive(Clone, Debug)]
pub enum Loading<T> {
    Ready(T),
    Waiting,
    Failed(String),
}

/// One shard's articles, whole again, and each one's marks: its [`Body`]'s
/// actor mentions and dated phrases (its text moved into the article).
pub struct Shard {
    pub articles: Vec<Article>,
    pub marks: Vec<Body>,
}

impl Shard {
    fn new(corpus: &Corpus, first: usize, bodies: Vec<Body>) -> Shard {
        let mut s = Shard { articles: Vec::with_capacity(bodies.len()), marks: Vec::with_capacity(bodies.len()) };
        for (meta, mut b) in corpus.articles.iter().skip(first).zip(bodies) {
            let marks = Body {
                mentions: std::mem::take(&mut b.mentions),
                events: std::mem::take(&mut b.events),
                ..Body::default()
            };
            s.marks.push(marks);
            s.articles.push(b.into_article(meta));
        }
        s
    }
}

/// Fetches `href` in a task and hands the bytes (or why not) to `done`;
/// not generic, so its future is compiled once for every kind of part.
fn fetch_then(href: String, done: Box<dyn FnOnce(Result<Vec<u8>, String>)>) {
    leptos::task::spawn_local(async move { done(fetch(&href).await) });
}

/// What a head says of its parts (see [`Head`]): inline, or files to fetch.
pub struct Named {
    pub shard_size: u32,
    pub bodies: Vec<Part<Vec<Body>>>,
    pub lexicon: Vec<Part<Lexicon>>,
    pub lexicon_firsts: Vec<String>,
    pub summaries: Vec<Part<Vec<String>>>,
    pub quotes: Vec<Part<Vec<String>>>,
}

/// The corpus's remaining parts, for the page's components.
#[derive(Clone, Copy)]
pub struct Store {
    corpus: &'static Corpus,
    index: &'static Index,
    /// The head's folder, which part names are relative to.
    base: &'static str,
    shard_size: u32,
    shards: StoredValue<Vec<Slot<Shard>>>,
    lexicon: StoredValue<Vec<Slot<Lexicon>>>,
    /// Each lexicon shard's first word.
    lexicon_firsts: &'static [String],
    /// Empty when the texts are in place (a one-file corpus).
    summaries: StoredValue<Vec<Slot<Vec<String>>>>,
    quotes: StoredValue<Vec<Slot<Vec<String>>>>,
    shard_arrived: Trigger,
    lexicon_arrived: Trigger,
    text_arrived: Trigger,
}

/// An inline part is ready at once (made into what the store keeps); a file
/// waits to be asked for.
fn slot<T, U>(part: Part<T>, make: impl FnOnce(T) -> U) -> Slot<U> {
    match part {
        Part::Inline(t) => Slot::Ready(Box::leak(Box::new(make(t)))),
        Part::File(name) => Slot::Remote(name),
    }
}

impl Store {
    /// The store for a head's parts; `corpus` and `index` are the head's.
    pub fn new(corpus: &'static Corpus, index: &'static Index, base: String, parts: Named) -> Store {
        let Named { shard_size, bodies, lexicon, lexicon_firsts, summaries, quotes } = parts;
        let size = shard_size.max(1) as usize;
        let shards =
            bodies.into_iter().enumerate().map(|(i, part)| slot(part, |b| Shard::new(corpus, i * size, b))).collect();
        let texts = |parts: Vec<Part<Vec<String>>>| parts.into_iter().map(|p| slot(p, |t| t)).collect::<Vec<_>>();
        Store {
            corpus,
            index,
            base: Box::leak(base.into_boxed_str()),
            shard_size,
            shards: StoredValue::new(shards),
            lexicon: StoredValue::new(lexicon.into_iter().map(|p| slot(p, |l| l)).collect()),
            lexicon_firsts: lexicon_firsts.leak(),
            summaries: StoredValue::new(texts(summaries)),
            quotes: StoredValue::new(texts(quotes)),
            shard_arrived: Trigger::new(),
            lexicon_arrived: Trigger::new(),
            text_arrived: Trigger::new(),
        }
    }

    /// Event `e`'s summary: in place, or from its part.
    pub fn summary(self, e: u32) -> Loading<&'static str> {
        let here = self.corpus.events.get(e as usize).map_or("", |ev| ev.summary.as_str());
        self.text(self.summaries, e, here)
    }

    /// Quote `q`'s words: in place, or from their part.
    pub fn quote(self, q: u32) -> Loading<&'static str> {
        let here = self.index.quote_words.get(q as usize).map_or("", String::as_str);
        self.text(self.quotes, q, here)
    }

    /// Item `i` of a kind of text whose parts are `parts` (none: `here`).
    fn text(self, parts: StoredValue<Vec<Slot<Vec<String>>>>, i: u32, here: &'static str) -> Loading<&'static str> {
        if parts.with_value(Vec::is_empty) {
            return Loading::Ready(here);
        }
        let (part, at) = Head::text_at(i);
        match self.read(parts, part, self.text_arrived, decode_part::<Vec<String>>) {
            Loading::Ready(texts) => Loading::Ready(texts.get(at).map_or("", String::as_str)),
            Loading::Waiting => Loading::Waiting,
            Loading::Failed(e) => Loading::Failed(e),
        }
    }

    /// Article `a` with its body, and its marks (actor mentions, dated phrases).
    pub fn article(self, a: u32) -> Loading<(&'static Article, &'static Body)> {
        let size = self.shard_size.max(1);
        let corpus = self.corpus;
        let first = (a / size * size) as usize;
        let make = move |bytes: &[u8]| decode_part(bytes).map(|b| Shard::new(corpus, first, b));
        match self.read(self.shards, (a / size) as usize, self.shard_arrived, make) {
            Loading::Ready(s) => {
                let i = (a % size) as usize;
                match (s.articles.get(i), s.marks.get(i)) {
                    (Some(article), Some(marks)) => Loading::Ready((article, marks)),
                    _ => Loading::Failed(format!("The data has no article {a}: rebuild the site.")),
                }
            }
            Loading::Waiting => Loading::Waiting,
            Loading::Failed(e) => Loading::Failed(e),
        }
    }

    /// The lexicon shards that hold the words starting with `terms`' words,
    /// each fetched once; all that are missing are asked for at once.
    pub fn lexicon(self, terms: &Terms) -> Loading<Vec<&'static Lexicon>> {
        let mut needed: Vec<usize> = Vec::new();
        for t in &terms.0 {
            for w in words(t) {
                for i in shards_for(self.lexicon_firsts, w) {
                    if !needed.contains(&i) {
                        needed.push(i);
                    }
                }
            }
        }
        let mut ready = Vec::with_capacity(needed.len());
        let mut waiting = false;
        for i in needed {
            match self.read(self.lexicon, i, self.lexicon_arrived, decode_part) {
                Loading::Ready(l) => ready.push(l),
                Loading::Waiting => waiting = true,
                Loading::Failed(why) => return Loading::Failed(why),
            }
        }
        if waiting {
            Loading::Waiting
        } else {
            Loading::Ready(ready)
        }
    }

    /// Every article whole, when the corpus came as one file (its bodies
    /// are at hand, so search checks phrases in them).
    pub fn whole(self) -> Option<&'static [Article]> {
        self.shards.with_value(|s| match s.as_slice() {
            [] => Some(&[][..]),
            [Slot::Ready(shard)] => Some(shard.articles.as_slice()),
            _ => None,
        })
    }

    /// Part `i` of `slots`, fetching it (once) when it is not here yet.
    fn read<T: Send + Sync + 'static, E: std::fmt::Display>(
        self,
        slots: StoredValue<Vec<Slot<T>>>,
        i: usize,
        arrived: Trigger,
        make: impl FnOnce(&[u8]) -> Result<T, E> + 'static,
    ) -> Loading<&'static T> {
        arrived.track();
        let name = slots.with_value(|s| match s.get(i) {
            Some(Slot::Ready(t)) => Err(Loading::Ready(*t)),
            Some(Slot::Fetching) => Err(Loading::Waiting),
            Some(Slot::Failed(why)) => Err(Loading::Failed(why.clone())),
            Some(Slot::Remote(name)) => Ok(name.clone()),
            None => Err(Loading::Failed("The data names no such part: rebuild the site.".into())),
        });
        let name = match name {
            Ok(name) => name,
            Err(now) => return now,
        };
        slots.update_value(|s| s[i] = Slot::Fetching);
        let href = format!("{}{name}", self.base);
        fetch_then(
            href.clone(),
            Box::new(move |bytes| {
                let done = match bytes.map(|b| make(&b).map_err(|e| e.to_string())) {
                    Ok(Ok(t)) => Slot::Ready(&*Box::leak(Box::new(t))),
                    Ok(Err(e)) => Slot::Failed(format!("The data file {href} cannot be read: {e}.")),
                    Err(why) => Slot::Failed(format!("Could not fetch the data file {href}: {why}.")),
                };
                slots.update_value(|s| s[i] = done);
                arrived.notify();
            }),
        );
        Loading::Waiting
    }
}
