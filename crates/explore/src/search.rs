//! Free-text matching: case- and diacritic-insensitive, over a folded copy of
//! each text made once at start-up, so a keystroke only runs substring scans.
//! Highlight ranges are mapped back to the original bytes on demand, for the
//! few texts actually on screen.

use dossier_model::Span;

/// Base letters for U+00C0..=U+017F. Digits stand for two-letter folds (see
/// [`expand`]); `.` means the character is kept as it is.
const LATIN: &[u8; 192] = b"aaaaaa1ceeeeiiiidnooooo.ouuuuy43aaaaaa1ceeeeiiiidnooooo.ouuuuy4y\
aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii55jjkkkllllllllllnnnnnnnnnoooooo22rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

fn expand(code: u8) -> &'static str {
    match code {
        b'1' => "ae",
        b'2' => "oe",
        b'3' => "ss",
        b'4' => "th",
        _ => "ij",
    }
}

/// Appends the folded form of `c` to `out`.
fn fold_char(c: char, out: &mut String) {
    let n = c as u32;
    match n {
        0x41..=0x5a => out.push((n as u8 + 32) as char),
        0..=0x7f => out.push(c),
        0xc0..=0x17f => match LATIN[(n - 0xc0) as usize] {
            b'.' => out.push(c),
            b @ b'a'..=b'z' => out.push(b as char),
            b => out.push_str(expand(b)),
        },
        // Combining diacritics vanish, so decomposed text folds like composed.
        0x300..=0x36f => {}
        0x2018 | 0x2019 | 0x201b | 0x2032 => out.push('\''),
        0x201c | 0x201d | 0x201e | 0xab | 0xbb | 0x2033 => out.push('"'),
        0x2010..=0x2015 | 0x2212 => out.push('-'),
        0xa0 | 0x2000..=0x200a | 0x202f => out.push(' '),
        0x391..=0x3a9 => out.push(char::from_u32(n + 32).unwrap_or(c)),
        0x400..=0x40f => out.push(char::from_u32(n + 80).unwrap_or(c)),
        0x410..=0x42f => out.push(char::from_u32(n + 32).unwrap_or(c)),
        _ => out.push(c),
    }
}

/// The folded (lowercase, accent-free) form of `s`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

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
        crate::order::sort(&mut terms);
        terms.dedup();
        Terms(terms)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

fn count(hay: &str, term: &str, cap: u32) -> u32 {
    let mut n = 0;
    let mut at = 0;
    while let Some(i) = hay[at..].find(term) {
        n += 1;
        if n >= cap {
            break;
        }
        at += i + term.len();
    }
    n
}

/// Relevance of a document (folded title and body) for `terms`: `None` when
/// any term is missing, else title hits weigh 8 and body hits 1 (capped so
/// one long article does not drown the rest). Always at least 1.
pub fn score(title: &str, body: &str, terms: &Terms) -> Option<u32> {
    let mut total = 0;
    for t in &terms.0 {
        let (ht, hb) = (count(title, t, 4), count(body, t, 16));
        if ht + hb == 0 {
            return None;
        }
        total += 8 * ht + hb;
    }
    Some(total.max(1))
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
        while let Some(i) = folded[at..].find(t.as_str()) {
            let (fs, fe) = (at + i, at + i + t.len());
            // The end maps to the start of the next source character.
            let mut end = orig(fe);
            if fe < folded.len() && orig(fe) == orig(fe - 1) {
                end = next_boundary(text, orig(fe - 1));
            }
            out.push(Span::new(orig(fs), end));
            at = fe;
        }
    }
    crate::order::sort(&mut out);
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
    text[at..].chars().next().map_or(text.len(), |c| at + c.len_utf8())
}

/// Splits `text` into (piece, highlighted) runs along `hits`.
pub fn pieces<'a>(text: &'a str, hits: &[Span]) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for h in hits {
        let (s, e) = (h.start as usize, (h.end as usize).min(text.len()));
        if s < at || s >= e || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        if s > at {
            out.push((&text[at..s], false));
        }
        out.push((&text[s..e], true));
        at = e;
    }
    if at < text.len() {
        out.push((&text[at..], false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Erdoğan ÉLYSÉE Straße Œuvre"), "erdogan elysee strasse oeuvre");
        assert_eq!(fold("Russia’s “talks” – Ålesund"), "russia's \"talks\" - alesund");
        assert_eq!(fold("Cafe\u{301}"), "cafe");
        assert_eq!(fold("МОСКВА"), "москва");
    }

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
    fn highlights_map_back_to_original_bytes() {
        let text = "President Erdoğan met ERDOGAN’s aides in Şanlıurfa.";
        let hits = highlight(text, &Terms::parse("erdogan"));
        let found: Vec<&str> = hits.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(found, vec!["Erdoğan", "ERDOGAN"]);
        let hits = highlight(text, &Terms::parse("sanliurfa"));
        assert_eq!(&text[hits[0].range()], "Şanlıurfa");
        let hits = highlight("Straße", &Terms::parse("strass"));
        assert_eq!(&"Straße"[hits[0].range()], "Straß");
        let ps = pieces(text, &highlight(text, &Terms::parse("met")));
        assert_eq!(ps[1], ("met", true));
        assert_eq!(ps.len(), 3);
    }

    #[test]
    fn overlapping_hits_merge() {
        let hits = highlight("peacetalks", &Terms::parse("peace cetal"));
        assert_eq!(hits, vec![Span::new(0, 8)]);
    }
}
