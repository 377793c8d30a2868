//! Finds knowledge-base names in folded text with Aho–Corasick: names match
//! ASCII-case-insensitively but every capitalised word of a name must be
//! capitalised in the text ("Turkey", not "turkey"); acronyms match exactly
//! ("US", not "us"). Matches must sit on word boundaries; among overlapping
//! matches the longest wins ("South Sudan" over "Sudan").

use super::kb::{self, Entry};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Input, MatchKind};
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub entry: Entry,
}

struct Automata {
    folded: AhoCorasick,
    folded_ids: Vec<usize>,
    exact: AhoCorasick,
    exact_ids: Vec<usize>,
}

fn automata() -> &'static Automata {
    static AC: OnceLock<Automata> = OnceLock::new();
    AC.get_or_init(|| {
        let kb = kb::get();
        let (mut folded_pats, mut folded_ids, mut exact_pats, mut exact_ids) = (vec![], vec![], vec![], vec![]);
        for (i, p) in kb.patterns.iter().enumerate() {
            if p.exact {
                exact_pats.push(p.text.as_str());
                exact_ids.push(i);
            } else {
                folded_pats.push(p.text.as_str());
                folded_ids.push(i);
            }
        }
        let build = |pats: &[&str], ci: bool| {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(ci)
                .match_kind(MatchKind::LeftmostLongest)
                // A few thousand patterns: a full DFA is small and fastest.
                .kind(Some(AhoCorasickKind::DFA))
                .build(pats)
                .expect("knowledge-base patterns are plain strings")
        };
        Automata { folded: build(&folded_pats, true), folded_ids, exact: build(&exact_pats, false), exact_ids }
    })
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn on_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back().is_none_or(|c| !is_word_char(c));
    // A name ending in '.' ("U.S.") closes itself.
    let closed = text[..end].ends_with('.');
    let after = closed || text[end..].chars().next().is_none_or(|c| !is_word_char(c));
    before && after
}

/// Every capitalised word start in the pattern is capitalised in the text.
fn case_fits(pattern: &str, found: &str) -> bool {
    let (p, f) = (pattern.as_bytes(), found.as_bytes());
    if p.len() != f.len() {
        return false;
    }
    (0..p.len()).all(|i| {
        let word_start = i == 0 || matches!(p[i - 1], b' ' | b'-' | b'\'');
        !(word_start && p[i].is_ascii_uppercase()) || f[i].is_ascii_uppercase()
    })
}

/// All knowledge-base matches in `folded`, non-overlapping, in text order.
pub fn find(folded: &str) -> Vec<Hit> {
    let ac = automata();
    let kb = kb::get();
    let mut cands: Vec<Hit> = Vec::new();
    for (auto, ids) in [(&ac.folded, &ac.folded_ids), (&ac.exact, &ac.exact_ids)] {
        // Leftmost-longest, restarting one char further after a rejected match
        // ("oman" in "woman") so that it never hides a valid one.
        let mut pos = 0;
        while pos < folded.len() {
            let Some(m) = auto.find(Input::new(folded).span(pos..folded.len())) else { break };
            let (s, e) = (m.start(), m.end());
            let pat = &kb.patterns[ids[m.pattern().as_usize()]];
            let ok = folded.is_char_boundary(s)
                && folded.is_char_boundary(e)
                && on_boundaries(folded, s, e)
                && case_fits(&pat.text, &folded[s..e]);
            if ok {
                cands.push(Hit { start: s, end: e, entry: pat.entry });
                pos = e;
            } else {
                pos = s + 1;
                while pos < folded.len() && !folded.is_char_boundary(pos) {
                    pos += 1;
                }
            }
        }
    }
    cands.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
    let mut out: Vec<Hit> = Vec::new();
    for h in cands {
        if out.last().is_some_and(|l| h.start < l.end) {
            continue;
        }
        out.push(h);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        find(text).into_iter().map(|h| &text[h.start..h.end]).collect()
    }

    #[test]
    fn case_boundaries_and_longest() {
        assert_eq!(names("Let us eat turkey in Turkey with the US and South Sudan."), ["Turkey", "US", "South Sudan"]);
        assert_eq!(names("A woman from Oman met UN-backed NATO and Nato staff."), ["Oman", "UN", "NATO", "Nato"]);
        assert_eq!(names("the Kremlin said"), ["the Kremlin"]);
    }
}
