//! The corpus as the explorer fetches it: a small [`Head`] first, then the
//! heavy parts on demand. Cards, legend, timeline and facets need only
//! titles, dates, counts and short texts; article bodies (with their mention
//! spans) are read only when the reader opens one or a search shows excerpts,
//! and the search [`Lexicon`] only when the reader types. So a large corpus
//! starts from its head, and the rest stays on the server until asked for.
//!
//! Each part is either inline (a small corpus stays one file) or a file
//! beside the head, named in it. Every file starts with [`FORMAT_VERSION`].

use crate::{encode_with_version, ActorIx, ArticleIx, Corpus, DecodeError, Lexicon, Section, Span};
use alloc::string::String;
use alloc::vec::Vec;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// A part of the bundle: in the head, or in a file next to it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub enum Part<T> {
    Inline(T),
    /// Path relative to the head file's folder.
    File(String),
}

/// What the explorer fetches at start.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Head {
    /// The corpus without what [`Body`] and the lexicon hold: articles have no
    /// sections or sentences, actors and places no mentions, and the lexicon
    /// is empty. Quotes have no speaker (see [`Digest::speakers`]) and events
    /// no mentions (see [`Digest::event_sources`], [`Body::events`]).
    pub corpus: Corpus,
    pub digest: Digest,
    /// Bodies of articles `i * shard_size .. (i + 1) * shard_size` in part `i`.
    pub shard_size: u32,
    pub bodies: Vec<Part<Vec<Body>>>,
    /// The search lexicon in shards of consecutive words
    /// ([`Lexicon::split`]), and each shard's first word, so a search term
    /// finds the shards it needs ([`crate::lexicon::shards_for`]). One
    /// inline shard in a one-file corpus.
    pub lexicon: Vec<Part<Lexicon>>,
    pub lexicon_firsts: Vec<String>,
    /// Event summaries and quote words, [`TEXT_PART`] items a part, for
    /// the event and quote cards on screen. Empty when they are in place
    /// (`Event::summary`, `Digest::quote_words`), as in a one-file corpus.
    pub summaries: Vec<Part<Vec<String>>>,
    pub quotes: Vec<Part<Vec<String>>>,
}

/// Items of text (event summaries, quote words) in one part: a screen of
/// cards needs a few parts, each a few tens of kilobytes.
pub const TEXT_PART: usize = 256;

/// Bytes of postings in one lexicon shard: the first keystroke of a search
/// fetches the shards holding the words that start with it, a few tens of
/// kilobytes each once compressed.
pub const LEXICON_PART: usize = 128 * 1024;

/// A sharded head's parts, for the site writer to save and name.
#[derive(Debug, Default, PartialEq)]
pub struct Parts {
    pub bodies: Vec<Vec<Body>>,
    pub lexicon: Vec<Lexicon>,
    pub summaries: Vec<Vec<String>>,
    pub quotes: Vec<Vec<String>>,
}

/// What cards and filters need from the bodies, computed at build time so
/// the head can leave the bodies out.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Digest {
    /// Per article, the card's lead ([`crate::Article::lead`]), cut to
    /// [`LEAD_BYTES`] (a lead that is a whole first paragraph would carry
    /// the bodies back into the head).
    pub leads: Vec<String>,
    /// Per article: (actor, mention count), most mentioned first.
    pub article_actors: Vec<Vec<(ActorIx, u32)>>,
    /// Per quote, the quoted words.
    pub quote_words: Vec<String>,
    /// Per quote: the speaker and the actors named inside the quote, sorted.
    pub quote_actors: Vec<Vec<ActorIx>>,
    /// Per quote, its [`crate::Quote::speaker`].
    pub speakers: Speakers,
    /// Per event: the articles reporting it, each once, in mention order.
    /// Filters and source counts need only these; the mentions' spans are
    /// for the reader, in [`Body::events`].
    pub event_sources: Vec<Vec<ArticleIx>>,
}

/// Quote speakers as written: a few names speak most quotes, so a head
/// carries each distinct one once, not once per quote.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Speakers {
    /// Distinct speakers, sorted.
    pub names: Vec<String>,
    /// Per quote: 1 + its speaker's place in `names`, or 0 for none.
    pub of_quote: Vec<u32>,
}

impl Speakers {
    pub fn of(quotes: &[crate::Quote]) -> Speakers {
        let mut names: Vec<String> = quotes.iter().filter_map(|q| q.speaker.clone()).collect();
        names.sort_unstable();
        names.dedup();
        let of_quote = quotes
            .iter()
            .map(|q| q.speaker.as_ref().and_then(|s| names.binary_search(s).ok()).map_or(0, |i| i as u32 + 1))
            .collect();
        Speakers { names, of_quote }
    }

    /// Quote `q`'s speaker.
    pub fn get(&self, q: u32) -> Option<&str> {
        let i = self.of_quote.get(q as usize)?.checked_sub(1)?;
        self.names.get(i as usize).map(String::as_str)
    }
}

/// A card's lead is cut at a word boundary near this many bytes.
pub const LEAD_BYTES: usize = 320;

/// `s` cut at the last space at or before [`LEAD_BYTES`], with an ellipsis.
fn cut_lead(s: String) -> String {
    if s.len() <= LEAD_BYTES {
        return s;
    }
    let mut end = LEAD_BYTES;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let end = s[..end].rfind(' ').filter(|&i| i > LEAD_BYTES / 2).unwrap_or(end);
    let mut out = String::from(s[..end].trim_end_matches([' ', ',', ';', ':']));
    out.push('…');
    out
}

/// One article's text and the spans laid over it.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Body {
    pub sections: Vec<Section>,
    pub sentences: Vec<Span>,
    /// Actor mentions in this article, in text order.
    pub mentions: Vec<(Span, ActorIx)>,
    /// Dated phrases in this article ([`crate::EventMention::phrase`]) and
    /// their event, by event.
    pub events: Vec<(Span, u32)>,
}

impl Digest {
    pub fn of(c: &Corpus) -> Digest {
        let n = c.articles.len();
        let mut article_actors = alloc::vec![Vec::<(ActorIx, u32)>::new(); n];
        let mut spans = alloc::vec![Vec::<(Span, ActorIx)>::new(); n];
        for (ax, actor) in c.actors.iter().enumerate() {
            for m in &actor.mentions {
                let (Some(list), Some(sp)) =
                    (article_actors.get_mut(m.article as usize), spans.get_mut(m.article as usize))
                else {
                    continue;
                };
                sp.push((m.span, ax as u32));
                match list.iter_mut().find(|(a, _)| *a == ax as u32) {
                    Some(e) => e.1 += 1,
                    None => list.push((ax as u32, 1)),
                }
            }
        }
        for l in &mut article_actors {
            l.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        }
        // One article's text at a time (quotes come grouped by article), not
        // a copy of the whole corpus.
        let mut text = (u32::MAX, String::new());
        let mut quote_words = Vec::with_capacity(c.quotes.len());
        for q in &c.quotes {
            if text.0 != q.article {
                text = (q.article, c.articles.get(q.article as usize).map(|a| a.text()).unwrap_or_default());
            }
            quote_words.push(text.1.get(q.span.range()).map(String::from).unwrap_or_default());
        }
        let quote_actors = c
            .quotes
            .iter()
            .map(|q| {
                let mut v: Vec<ActorIx> = q.speaker_actor.into_iter().collect();
                if let Some(l) = spans.get(q.article as usize) {
                    v.extend(l.iter().filter(|(sp, _)| q.span.contains(*sp)).map(|&(_, a)| a));
                }
                v.sort_unstable();
                v.dedup();
                v
            })
            .collect();
        // An article reporting an event twice is one source: `seen[a]` is the
        // last event (plus one) that counted it.
        let mut seen = alloc::vec![0u32; n];
        let event_sources = c
            .events
            .iter()
            .zip(1u32..)
            .map(|(ev, stamp)| {
                let mut srcs: Vec<ArticleIx> = Vec::new();
                for m in &ev.mentions {
                    match seen.get_mut(m.article as usize) {
                        Some(s) if *s == stamp => {}
                        Some(s) => {
                            *s = stamp;
                            srcs.push(m.article);
                        }
                        None if !srcs.contains(&m.article) => srcs.push(m.article),
                        None => {}
                    }
                }
                srcs
            })
            .collect();
        Digest {
            leads: c.articles.iter().map(|a| cut_lead(a.lead())).collect(),
            article_actors,
            quote_words,
            quote_actors,
            speakers: Speakers::of(&c.quotes),
            event_sources,
        }
    }
}

impl Body {
    /// Article `a`'s body and mentions, taken out of `c`.
    fn take(c: &mut Corpus, spans: &mut [Vec<(Span, ActorIx)>], events: &mut [Vec<(Span, u32)>], a: usize) -> Body {
        let art = &mut c.articles[a];
        let mut mentions = core::mem::take(&mut spans[a]);
        mentions.sort_unstable();
        Body {
            sections: core::mem::take(&mut art.sections),
            sentences: core::mem::take(&mut art.sentences),
            mentions,
            events: core::mem::take(&mut events[a]),
        }
    }

    /// Puts the text back into `meta` (an article of the head): the whole
    /// article, for the reader and excerpts.
    pub fn into_article(self, meta: &crate::Article) -> crate::Article {
        crate::Article { sections: self.sections, sentences: self.sentences, ..meta.clone() }
    }
}

impl Head {
    /// Splits a whole corpus (with its lexicon built) into a head and parts.
    /// In either case quote speakers move into the digest's table, and event
    /// mentions into the digest's sources and the bodies' dated phrases.
    /// With `shard_size` 0 everything stays in the head (the bodies and the
    /// lexicon inline, summaries and quote words in place), and the returned
    /// [`Parts`] are empty. Else the bodies are cut into shards of that many
    /// articles, event summaries and quote words into parts of
    /// [`TEXT_PART`] items, and the head names none of them yet: the caller
    /// writes the parts and fills in [`Part::File`] names.
    pub fn split(mut c: Corpus, shard_size: u32) -> (Head, Parts) {
        let mut digest = Digest::of(&c);
        let n = c.articles.len();
        let mut spans = alloc::vec![Vec::new(); n];
        for (ax, actor) in c.actors.iter_mut().enumerate() {
            for m in core::mem::take(&mut actor.mentions) {
                if let Some(l) = spans.get_mut(m.article as usize) {
                    l.push((m.span, ax as u32));
                }
            }
        }
        for p in &mut c.places {
            p.mentions.clear();
        }
        for q in &mut c.quotes {
            q.speaker = None;
        }
        let mut phrases = alloc::vec![Vec::new(); n];
        for (e, ev) in c.events.iter_mut().enumerate() {
            for m in core::mem::take(&mut ev.mentions) {
                if let Some(l) = phrases.get_mut(m.article as usize) {
                    l.push((m.phrase, e as u32));
                }
            }
        }
        let lexicon = core::mem::take(&mut c.lexicon);
        let size = if shard_size == 0 { n.max(1) } else { shard_size as usize };
        let mut bodies: Vec<Vec<Body>> = Vec::new();
        for a in 0..n {
            if a % size == 0 {
                bodies.push(Vec::new());
            }
            let body = Body::take(&mut c, &mut spans, &mut phrases, a);
            bodies.last_mut().expect("pushed above").push(body);
        }
        let mut head = Head {
            corpus: c,
            digest: Digest::default(),
            shard_size: size as u32,
            bodies: Vec::new(),
            lexicon: Vec::new(),
            lexicon_firsts: Vec::new(),
            summaries: Vec::new(),
            quotes: Vec::new(),
        };
        if shard_size == 0 {
            head.digest = digest;
            head.bodies = bodies.into_iter().map(Part::Inline).collect();
            head.lexicon = alloc::vec![Part::Inline(lexicon)];
            head.lexicon_firsts = alloc::vec![String::new()];
            return (head, Parts::default());
        }
        let summaries: Vec<String> = head.corpus.events.iter_mut().map(|e| core::mem::take(&mut e.summary)).collect();
        let quotes = core::mem::take(&mut digest.quote_words);
        head.digest = digest;
        let lexicon = lexicon.split(LEXICON_PART);
        head.lexicon_firsts = lexicon.iter().map(|l| l.words.first().cloned().unwrap_or_default()).collect();
        let parts = |all: Vec<String>| {
            let mut out: Vec<Vec<String>> = Vec::new();
            for (i, t) in all.into_iter().enumerate() {
                if i % TEXT_PART == 0 {
                    out.push(Vec::with_capacity(TEXT_PART));
                }
                out.last_mut().expect("pushed above").push(t);
            }
            out
        };
        (head, Parts { bodies, lexicon, summaries: parts(summaries), quotes: parts(quotes) })
    }

    /// Where item `i`'s text is: its part, and its place in it.
    pub fn text_at(i: u32) -> (usize, usize) {
        (i as usize / TEXT_PART, i as usize % TEXT_PART)
    }

    /// The shard holding article `a`'s body.
    pub fn shard_of(&self, a: ArticleIx) -> usize {
        (a / self.shard_size.max(1)) as usize
    }
}

/// Encodes any part of the bundle: format version, then postcard.
pub fn encode_part<T: Serialize>(part: &T) -> Vec<u8> {
    encode_with_version(part)
}

/// Decodes a file written by [`encode_part`].
pub fn decode_part<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, DecodeError> {
    crate::decode_with_version(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Actor, ActorKind, Article, Day, Event, EventMention, Mention, Precision, Quote};
    use alloc::vec;

    fn corpus() -> Corpus {
        let article = |t: &str, body: &str| Article {
            title: t.into(),
            sections: vec![Section { heading: None, author: None, paragraphs: vec![body.into()] }],
            sentences: vec![Span::new(0, body.len())],
            ..Default::default()
        };
        let mention = |article, s, e| Mention { article, span: Span::new(s, e) };
        let actor = |name: &str, mentions| Actor {
            id: name.into(),
            name: name.into(),
            kind: ActorKind::Person,
            role: None,
            affiliation: None,
            group: None,
            color: 0,
            shape: 0,
            aliases: vec![],
            mentions,
        };
        let mut c = Corpus {
            articles: vec![
                article("One", "Ann said: peace with Bob now."),
                article("Two", "Bob met Ann."),
                article("Three", "Nobody."),
            ],
            actors: vec![
                actor("Ann", vec![mention(0, 0, 3), mention(1, 8, 11)]),
                actor("Bob", vec![mention(0, 21, 24), mention(1, 0, 3)]),
            ],
            quotes: vec![
                Quote { article: 0, span: Span::new(10, 28), speaker: Some("Ann".into()), speaker_actor: Some(0) },
                Quote { article: 1, span: Span::new(0, 3), speaker: None, speaker_actor: None },
                Quote { article: 1, span: Span::new(8, 11), speaker: Some("Ann".into()), speaker_actor: None },
            ],
            events: vec![Event {
                id: "e".into(),
                date: Day::parse_iso("2017-01-23").unwrap(),
                precision: Precision::Day,
                range: (Day::parse_iso("2017-01-23").unwrap(), Day::parse_iso("2017-01-23").unwrap()),
                summary: "Ann met Bob".into(),
                label: "Ann met Bob".into(),
                actors: vec![0, 1],
                mentions: vec![
                    EventMention { article: 1, phrase: Span::new(4, 7), sentence: Span::new(0, 12), inferred: false },
                    EventMention { article: 0, phrase: Span::new(0, 3), sentence: Span::new(0, 29), inferred: true },
                    EventMention { article: 1, phrase: Span::new(8, 11), sentence: Span::new(0, 12), inferred: false },
                ],
            }],
            ..Default::default()
        };
        c.lexicon = Lexicon::build(&c);
        c
    }

    #[test]
    fn the_digest_holds_what_cards_need_from_bodies() {
        let d = Digest::of(&corpus());
        assert_eq!(d.leads, vec!["Ann said: peace with Bob now.", "Bob met Ann.", "Nobody."]);
        assert_eq!(d.article_actors[0], vec![(0, 1), (1, 1)]);
        assert_eq!(d.quote_words, vec!["peace with Bob now", "Bob", "Ann"]);
        assert_eq!(d.quote_actors[0], vec![0, 1], "the speaker and Bob, named inside");
        assert_eq!(d.speakers.names, vec!["Ann"], "each speaker once");
        assert_eq!(d.speakers.of_quote, vec![1, 0, 1]);
        assert_eq!((d.speakers.get(0), d.speakers.get(1), d.speakers.get(3)), (Some("Ann"), None, None));
        assert_eq!(d.event_sources, vec![vec![1, 0]], "each source once, in mention order");
    }

    #[test]
    fn long_leads_are_cut_at_a_word() {
        assert_eq!(cut_lead("Short.".into()), "Short.");
        let long = "word, ".repeat(100);
        let cut = cut_lead(long.clone());
        assert!(cut.len() <= LEAD_BYTES + '…'.len_utf8() && cut.ends_with("word…"), "{cut}");
        let wide = "é".repeat(400);
        assert!(cut_lead(wide).ends_with('…'), "no space, cut on a char boundary");
    }

    #[test]
    fn sharded_heads_hold_no_text_and_bodies_come_back_whole() {
        let c = corpus();
        let (head, parts) = Head::split(c.clone(), 2);
        let (shards, lexicon) = (parts.bodies, parts.lexicon);
        assert_eq!(shards.len(), 2);
        assert_eq!((shards[0].len(), shards[1].len()), (2, 1));
        assert_eq!(lexicon, c.lexicon.clone().split(LEXICON_PART));
        assert_eq!(head.lexicon_firsts, lexicon.iter().map(|l| l.words[0].clone()).collect::<Vec<_>>());
        assert!(head.corpus.articles.iter().all(|a| a.sections.is_empty() && a.sentences.is_empty()));
        assert!(head.corpus.actors.iter().all(|a| a.mentions.is_empty()));
        assert!(head.digest.quote_words.is_empty(), "quote words are a part");
        assert_eq!(parts.quotes, vec![vec![String::from("peace with Bob now"), "Bob".into(), "Ann".into()]]);
        assert!(head.corpus.quotes.iter().all(|q| q.speaker.is_none()), "speakers are in the digest");
        assert!(head.corpus.events[0].mentions.is_empty(), "sources are in the digest, phrases in the bodies");
        assert_eq!(head.digest.event_sources, vec![vec![1, 0]]);
        assert_eq!(shards[0][1].events, vec![(Span::new(4, 7), 0), (Span::new(8, 11), 0)]);
        assert_eq!(shards[0][0].events, vec![(Span::new(0, 3), 0)]);
        assert_eq!(Head::text_at(0), (0, 0));
        assert_eq!(Head::text_at(TEXT_PART as u32 + 1), (1, 1));
        assert_eq!(head.shard_of(2), 1);
        let whole = shards[1][0].clone().into_article(&head.corpus.articles[2]);
        assert_eq!(whole, c.articles[2]);
        assert_eq!(shards[0][1].mentions, vec![(Span::new(0, 3), 1), (Span::new(8, 11), 0)], "text order");
        let bytes = encode_part(&shards[0]);
        assert_eq!(decode_part::<Vec<Body>>(&bytes).unwrap(), shards[0]);
    }

    #[test]
    fn an_unsharded_head_is_one_file() {
        let (head, parts) = Head::split(corpus(), 0);
        assert_eq!(parts, Parts::default());
        assert!(head.summaries.is_empty() && head.quotes.is_empty(), "texts in place");
        assert_eq!(head.digest.quote_words.len(), 3);
        assert!(matches!(head.lexicon.as_slice(), [Part::Inline(l)] if !l.words.is_empty()));
        assert_eq!(head.lexicon_firsts, vec![String::new()], "the one shard holds every word");
        assert_eq!(head.bodies.len(), 1);
        assert_eq!(head.shard_of(2), 0);
        let bytes = encode_part(&head);
        assert_eq!(decode_part::<Head>(&bytes).unwrap(), head);
    }
}
