//! Free-text matching: case- and diacritic-insensitive search for words
//! that start with what was typed ("talk" finds "talks" and "talking", not
//! "stalk"), as search engines do. Articles, events and quotes are matched
//! through the build-time [`Lexicon`]: words, not texts, are looked up on a
//! keystroke, and word starts are what let a large lexicon be cut into
//! shards that a term finds by its first letters. Highlight ranges are
//! mapped back to the original bytes on demand, for the few texts actually
//! on screen.

pub use dossier_model::fold::fold;
use dossier_model::fold::{fold_char, words};
use dossier_model::lexicon::{Kind, Lexicon};
use dossier_model::Span;

/// Folds `s` and records, for every folded byte, the original byte offset of
/// the character it came from.
fn fold_mapped(s: &str) -> (String, Vec<u32>) {
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        let before = out.len();
        fold_char(c, &mut out);
        map.resize(map.len() + out.len() - before, i as u32);
    }
    (out, map)
}

/// A parsed search: folded terms that must all occur (AND). `"..."` keeps a
/// phrase together.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Terms(pub Vec<String>);

impl Terms {
    pub fn parse(text: &str) -> Terms {
        let folded = fold(text);
        let mut terms = Vec::new();
        for (i, part) in folded.split('"').enumerate() {
            if i % 2 == 1 {
                let p = part.split_whitespace().collect::<Vec<_>>().join(" ");
                if !p.is_empty() {
                    terms.push(p);
                }
            } else {
                for w in part.split_whitespace() {
                    let w = w.trim_matches(|c: char| c.is_ascii_punctuation() && c != '#' && c != '@');
                    if !w.is_empty() {
                        terms.push(w.to_string());
                    }
                }
            }
        }
        terms.sort_unstable();
        terms.dedup();
        Terms(terms)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Whether a match at byte `at` of the folded `hay` begins a word: it
/// follows no letter or digit ([`words`] cuts at every other character).
fn starts_word(hay: &str, at: usize) -> bool {
    !hay.get(..at).and_then(|h| h.chars().next_back()).is_some_and(char::is_alphanumeric)
}

/// The first match of `term` at or after byte `from` of the folded `hay`
/// that begins a word.
fn next_match(hay: &str, term: &str, mut from: usize) -> Option<usize> {
    // `get` rather than indexing: a bad offset ends the search, never panics.
    while let Some(i) = hay.get(from..).and_then(|h| h.find(term)).filter(|_| !term.is_empty()) {
        let found = from + i;
        if starts_word(hay, found) {
            return Some(found);
        }
        from = found + hay.get(found..).and_then(|h| h.chars().next()).map_or(1, char::len_utf8);
    }
    None
}

fn count(hay: &str, term: &str, cap: u32) -> u32 {
    let (mut n, mut at) = (0, 0);
    while let Some(i) = next_match(hay, term, at).filter(|_| n < cap) {
        n += 1;
        at = i + term.len();
    }
    n
}

/// Whether every item matching `old` matches `new` too: `old` begins a word
/// of `new` (typing on, or adding words to a phrase).
pub fn narrows(new: &str, old: &str) -> bool {
    next_match(new, old, 0).is_some()
}

/// The weight of one term's hits: title hits count 8 and body hits 1, both
/// capped so one long article does not drown the rest; 0 when it is absent.
fn weigh(title: u32, body: u32) -> u32 {
    8 * title.min(4) + body.min(16)
}

/// Relevance of a document (folded title and body) for `terms`: `None` when
/// any term is missing, else the sum of [`weigh`]. Always at least 1.
pub fn score(title: &str, body: &str, terms: &Terms) -> Option<u32> {
    let mut total = 0;
    for t in &terms.0 {
        let w = weigh(count(title, t, 4), count(body, t, 16));
        if w == 0 {
            return None;
        }
        total += w;
    }
    Some(total.max(1))
}

/// Relevance of every item of one kind for `terms`, as [`score`] over its
/// folded text would give, but read from the corpus [`Lexicon`] shards
/// `lex` (those holding the terms' words are enough): a term made of one
/// word is looked up in the sorted word lists, so the cost follows the
/// postings of matching words, not the text. Terms that
/// span words ("peace talks", "al-assad") are checked in the text of the
/// items that hold all their words, which `text(i)` gives (folded title and
/// body); an item without text at hand matches on the words alone. Only
/// items with `alive` set are scored; the others get 0.
pub fn scores(
    lex: &[&Lexicon],
    kind: Kind,
    text: &dyn Fn(usize) -> Option<(String, String)>,
    terms: &Terms,
    mut alive: Vec<bool>,
) -> Vec<u32> {
    let n = alive.len();
    let mut total = vec![0u32; n];
    for t in &terms.0 {
        let parts: Vec<&str> = words(t).collect();
        let hits = if parts.len() == 1 && parts[0].len() == t.len() {
            word_hits(lex, kind, t, &alive)
        } else {
            let mut near = alive.clone();
            // The weight of each item's rarest word of the term, for items
            // whose text is not at hand.
            let mut rarest = vec![u32::MAX; n];
            for p in &parts {
                let has = word_hits(lex, kind, p, &near);
                for ((a, r), &h) in near.iter_mut().zip(&mut rarest).zip(&has) {
                    *a &= h > 0;
                    *r = (*r).min(h);
                }
            }
            let mut hits = vec![0u32; n];
            for (i, h) in hits.iter_mut().enumerate().filter(|&(i, _)| near[i]) {
                *h = match text(i) {
                    Some((title, body)) => weigh(count(&title, t, 4), count(&body, t, 16)),
                    None => rarest[i],
                };
            }
            hits
        };
        for i in 0..n {
            if hits[i] == 0 {
                alive[i] = false;
            }
            total[i] += hits[i];
        }
    }
    total.iter().zip(&alive).map(|(&t, &a)| if a { t.max(1) } else { 0 }).collect()
}

/// Per item, the weight of the words of `lex` that start with `term`.
fn word_hits(lex: &[&Lexicon], kind: Kind, term: &str, alive: &[bool]) -> Vec<u32> {
    let mut title = vec![0u32; alive.len()];
    let mut body = vec![0u32; alive.len()];
    for shard in lex {
        for w in shard.prefixed(term) {
            for p in shard.of(kind).of(w) {
                let i = p.item as usize;
                if alive.get(i).copied().unwrap_or(false) {
                    title[i] += u32::from(p.title);
                    body[i] += u32::from(p.body);
                }
            }
        }
    }
    title.iter().zip(&body).map(|(&t, &b)| weigh(t, b)).collect()
}

/// Byte ranges of `text` (original, unfolded) where any term occurs; sorted,
/// merged, and always on character boundaries.
pub fn highlight(text: &str, terms: &Terms) -> Vec<Span> {
    if terms.is_empty() {
        return Vec::new();
    }
    let (folded, map) = fold_mapped(text);
    let orig = |f: usize| map.get(f).map_or(text.len(), |&o| o as usize);
    let mut out: Vec<Span> = Vec::new();
    for t in &terms.0 {
        let mut at = 0;
        while let Some(fs) = next_match(&folded, t, at) {
            let fe = fs + t.len();
            at = fe;
            // The end maps to the start of the next source character.
            let mut end = orig(fe);
            if fe < folded.len() && orig(fe) == orig(fe - 1) {
                end = next_boundary(text, orig(fe - 1));
            }
            out.push(Span::new(orig(fs), end));
        }
    }
    out.sort_unstable();
    let mut merged: Vec<Span> = Vec::with_capacity(out.len());
    for s in out {
        match merged.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    merged
}

fn next_boundary(text: &str, at: usize) -> usize {
    text.get(at..).and_then(|t| t.chars().next()).map_or(text.len(), |c| at + c.len_utf8())
}

/// Splits `text` into (piece, highlighted) runs along `hits`.
pub fn pieces<'a>(text: &'a str, hits: &[Span]) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for h in hits {
        let (s, e) = (h.start as usize, (h.end as usize).min(text.len()));
        let (Some(before), Some(hit)) = (text.get(at..s), text.get(s..e)) else { continue };
        if s >= e {
            continue;
        }
        if !before.is_empty() {
            out.push((before, false));
        }
        out.push((hit, true));
        at = e;
    }
    if let Some(rest) = text.get(at..).filter(|r| !r.is_empty()) {
        out.push((rest, false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_parse_words_and_phrases() {
        assert_eq!(Terms::parse("  Ceasefire, ASTANA ").0, vec!["astana", "ceasefire"]);
        assert_eq!(Terms::parse("\"peace  talks\" Iran").0, vec!["iran", "peace talks"]);
        assert!(Terms::parse("  , ").is_empty());
    }

    #[test]
    fn score_requires_every_term_and_prefers_titles() {
        let t = Terms::parse("astana talks");
        assert_eq!(score("talks in astana", "", &t), Some(16));
        assert_eq!(score("other", "astana talks talks", &t), Some(3));
        assert_eq!(score("other", "astana only", &t), None);
    }

    #[test]
    fn terms_match_at_the_start_of_words() {
        let t = Terms::parse("talk");
        assert_eq!(score("", "talks, talking; (talk) re-talk", &t), Some(4));
        assert_eq!(score("", "stalk catwalk", &t), None, "not inside a word");
        assert_eq!(score("", "#tag x#tag", &Terms::parse("#tag")), Some(1), "not after a letter");
        assert_eq!(score("", "aaaa", &Terms::parse("aa")), Some(1), "one match a word");
        assert_eq!(score("", "peace talks", &Terms::parse("\"peace tal\"")), Some(1));
        assert_eq!(score("", "peace xtalks", &Terms::parse("\"peace tal\"")), None);
        assert!(narrows("talks", "tal") && narrows("peace talks", "talks") && narrows("al-assad", "assad"));
        assert!(!narrows("stalk", "talk") && !narrows("tal", "talk"));
    }

    #[test]
    fn highlights_map_back_to_original_bytes() {
        let text = "President Erdoğan met ERDOGAN’s aides in Şanlıurfa.";
        let hits = highlight(text, &Terms::parse("erdogan"));
        let found: Vec<&str> = hits.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(found, vec!["Erdoğan", "ERDOGAN"]);
        let hits = highlight(text, &Terms::parse("sanliurfa"));
        assert_eq!(&text[hits[0].range()], "Şanlıurfa");
        let hits = highlight("Straße", &Terms::parse("strass"));
        assert_eq!(&"Straße"[hits[0].range()], "Straß");
        assert!(highlight("Şanlıurfa", &Terms::parse("urfa")).is_empty(), "inside a word");
        let ps = pieces(text, &highlight(text, &Terms::parse("met")));
        assert_eq!(ps[1], ("met", true));
        assert_eq!(ps.len(), 3);
    }

    #[test]
    fn lexicon_scores_equal_a_scan_of_the_text() {
        use dossier_model::lexicon::{searchable, Kind};
        let c = crate::fixture::corpus();
        let whole = [&c.lexicon];
        let shards = c.lexicon.clone().split(64);
        assert!(shards.len() > 2, "the fixture's lexicon makes several shards");
        let shards: Vec<&Lexicon> = shards.iter().collect();
        for kind in Kind::ALL {
            let text = |i: usize| {
                let (t, b) = searchable(&c, kind, i);
                Some((fold(&t), fold(&b)))
            };
            let n = kind.count(&c);
            assert!(n > 0, "the fixture has items of every kind");
            for q in
                ["talks", "alk", "a", "ERDOGAN", "astana talks", "\"peace talks\"", "al-", "#", "zzz", "2017", "s t"]
            {
                let terms = Terms::parse(q);
                let scan: Vec<u32> =
                    (0..n).map(|i| text(i).and_then(|(t, b)| score(&t, &b, &terms)).unwrap_or(0)).collect();
                assert_eq!(scores(&whole, kind, &text, &terms, vec![true; n]), scan, "{q}");
                assert_eq!(scores(&shards, kind, &text, &terms, vec![true; n]), scan, "{q}, shards");
            }
        }
        let text = |i: usize| {
            let (t, b) = searchable(&c, Kind::Article, i);
            Some((fold(&t), fold(&b)))
        };
        let only_first: Vec<bool> = (0..c.articles.len()).map(|i| i == 0).collect();
        let s = scores(&whole, Kind::Article, &text, &Terms::parse("a"), only_first);
        assert!(s[1..].iter().all(|&x| x == 0), "articles not alive are not scored");
    }

    #[test]
    fn without_text_a_phrase_matches_on_its_words() {
        let c = crate::fixture::corpus();
        let lex = [&c.lexicon];
        let n = c.articles.len();
        let none = |_: usize| None;
        let words = scores(&lex, Kind::Article, &none, &Terms::parse("\"peace talks\""), vec![true; n]);
        let both = scores(&lex, Kind::Article, &none, &Terms::parse("peace talks"), vec![true; n]);
        for (w, b) in words.iter().zip(&both) {
            assert_eq!(*w > 0, *b > 0, "the same items: those with both words");
        }
        assert!(words.iter().any(|&w| w > 0));
    }

    #[test]
    fn overlapping_hits_merge() {
        let hits = highlight("peacetalks", &Terms::parse("peace peacet"));
        assert_eq!(hits, vec![Span::new(0, 6)]);
    }
}
