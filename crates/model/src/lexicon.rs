//! The search index, built once at build time so the explorer never folds or
//! scans article bodies: every distinct folded word of the corpus, sorted,
//! with the articles it occurs in and how often in the title and the body.
//! A search term is looked up in the word list (a few hundred kilobytes
//! even for a large corpus) instead of in the text (megabytes).

use crate::fold::{fold, words};
use crate::Article;
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;
use serde::{Deserialize, Serialize};

/// Occurrence counts are kept up to this (four bits each).
pub const MAX_HITS: u8 = 15;

#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Lexicon {
    /// Distinct folded words ([`crate::fold::words`] of the folded title and
    /// text of every article), sorted.
    pub words: Vec<String>,
    /// Where each word's postings start in `postings` (they end where the
    /// next word's start).
    pub starts: Vec<u32>,
    /// Every word's postings, in ascending article order, each a LEB128
    /// varint of `(article gap << 8) | (title hits << 4) | body hits`. One
    /// byte string decodes with a single copy, however large the corpus.
    #[serde(with = "serde_bytes")]
    pub postings: Vec<u8>,
}

/// One article's occurrences of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Posting {
    pub article: u32,
    pub title: u8,
    pub body: u8,
}

impl Lexicon {
    pub fn build(articles: &[Article]) -> Lexicon {
        let mut all: BTreeMap<String, Vec<Posting>> = BTreeMap::new();
        for (ix, a) in articles.iter().enumerate() {
            let mut counts: BTreeMap<String, (u8, u8)> = BTreeMap::new();
            let bump = |n: &mut u8| *n = (*n + 1).min(MAX_HITS);
            for w in words(&fold(&a.title)) {
                bump(&mut counts.entry(String::from(w)).or_default().0);
            }
            for w in words(&fold(&a.text())) {
                bump(&mut counts.entry(String::from(w)).or_default().1);
            }
            for (w, (title, body)) in counts {
                all.entry(w).or_default().push(Posting { article: ix as u32, title, body });
            }
        }
        let mut lex = Lexicon::default();
        for (w, list) in all {
            lex.words.push(w);
            lex.starts.push(lex.postings.len() as u32);
            let mut prev = 0;
            for p in list {
                let mut v = ((p.article - prev) << 8) | (u32::from(p.title) << 4) | u32::from(p.body);
                prev = p.article;
                while v >= 0x80 {
                    lex.postings.push((v as u8) | 0x80);
                    v >>= 7;
                }
                lex.postings.push(v as u8);
            }
        }
        lex
    }

    /// The postings of word `w` (an index into [`Lexicon::words`]); none for
    /// an unknown word, and a malformed tail ends the list.
    pub fn postings(&self, w: usize) -> impl Iterator<Item = Posting> + '_ {
        let at = |i: usize| self.starts.get(i).map(|&s| s as usize);
        let from = at(w).unwrap_or(usize::MAX);
        let to = w.checked_add(1).and_then(at).unwrap_or(self.postings.len());
        let mut bytes = self.postings.get(from..to).unwrap_or(&[]).iter();
        let mut article = 0u32;
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
            article = article.wrapping_add(v >> 8);
            Some(Posting { article, title: ((v >> 4) & 0xf) as u8, body: (v & 0xf) as u8 })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    fn article(title: &str, body: &str) -> Article {
        let sections = vec![crate::Section { heading: None, author: None, paragraphs: vec![body.into()] }];
        Article { title: title.into(), sections, ..Default::default() }
    }

    #[test]
    fn words_map_to_counted_postings() {
        let lex = Lexicon::build(&[article("Talks in Astana", "The talks began."), article("Other", "Talks, talks.")]);
        let talks = lex.words.iter().position(|w| w == "talks").unwrap();
        let got: Vec<Posting> = lex.postings(talks).collect();
        assert_eq!(got, vec![Posting { article: 0, title: 1, body: 1 }, Posting { article: 1, title: 0, body: 2 }]);
        assert!(lex.words.windows(2).all(|w| w[0] < w[1]), "sorted and distinct");
        assert_eq!(lex.postings(usize::MAX).count(), 0);
    }

    #[test]
    fn large_gaps_round_trip() {
        let many: Vec<Article> =
            (0..300).map(|i| article("", if i % 150 == 0 { "rare word" } else { "word" })).collect();
        let lex = Lexicon::build(&many);
        let rare = lex.words.iter().position(|w| w == "rare").unwrap();
        let got: Vec<u32> = lex.postings(rare).map(|p| p.article).collect();
        assert_eq!(got, vec![0, 150]);
        let word = lex.words.iter().position(|w| w == "word").unwrap();
        assert_eq!(lex.postings(word).count(), 300);
    }

    #[test]
    fn garbage_postings_do_not_panic() {
        let lex = Lexicon { words: vec!["a".into(), "b".into()], starts: vec![5, 1], postings: vec![0xff; 9] };
        assert_eq!(lex.postings(0).count(), 0);
        let _ = lex.postings(1).count();
    }

    #[test]
    fn counts_saturate() {
        let body = "war ".repeat(40);
        let lex = Lexicon::build(&[article("", &body)]);
        assert_eq!(lex.postings(0).next(), Some(Posting { article: 0, title: 0, body: MAX_HITS }));
    }
}
