//! Office titles and the roles they give: the title before a name
//! ("Russian Foreign Minister X"), the qualifier before a title (the
//! country, demonym or organisation it belongs to), and role phrases in
//! appositions ("Russia's main negotiator, X", "X, the Canadian envoy,") or
//! relative clauses ("X, who heads the Y delegation").

use super::discover::{with_lower, AffRef, Doc, Role, STATE_WORDS};
use super::kb::{self, Entry, Title};
use super::tokens::{LOWER, POSS};

/// "who heads the X": the verb gives the role noun.
pub(super) const HEAD_VERBS: &[(&str, &str)] = &[
    ("heads", "head"),
    ("headed", "head"),
    ("leads", "leader"),
    ("led", "leader"),
    ("chairs", "chair"),
    ("commands", "commander"),
    ("runs", "head"),
    ("represents", "representative"),
    ("directs", "director"),
];

/// Longest office title starting at token `i`: (token count, title).
pub fn title_at(doc: &Doc, i: usize) -> Option<(usize, Title)> {
    let kb = kb::get();
    if i >= doc.toks.len() || !with_lower(doc.word(i), |w| kb.title_first_words.contains(w)) {
        return None;
    }
    let mut phrase = String::new();
    let mut best = None;
    for n in 0..kb.title_max_words {
        let k = i + n;
        if k >= doc.toks.len() || (n > 0 && !doc.joined(k - 1)) {
            break;
        }
        if n > 0 {
            phrase.push(' ');
        }
        phrase.push_str(&doc.lower(k));
        if let Some(t) = kb.titles.get(&phrase) {
            best = Some((n + 1, *t));
        }
    }
    best
}

/// The title ending just before token `p` (joined to it), if any.
pub(super) fn title_before(doc: &Doc, p: usize) -> Option<(usize, Title)> {
    let kb = kb::get();
    // "Gen. X", "Mr. X": an abbreviated title may end with a full stop.
    let dotted = p > 0 && doc.same_sentence(p - 1, p) && doc.gap_after(p - 1).trim_matches(' ') == ".";
    // Longest first: "Supreme Leader" rather than "Leader".
    for n in (1..=kb.title_max_words.min(p)).rev() {
        let start = p - n;
        if !(start..p).all(|k| doc.joined(k) || (k == p - 1 && dotted)) {
            continue;
        }
        if let Some((len, t)) = title_at(doc, start) {
            if len == n {
                return Some((start, t));
            }
        }
    }
    None
}

/// Byte span of the qualifier starting at token `q`: the whole known name.
pub(super) fn qual_span(doc: &Doc, q: usize) -> (usize, usize) {
    let mut last = q;
    while doc.tok_hit[q].is_some() && last + 1 < doc.toks.len() && doc.tok_hit[last + 1] == doc.tok_hit[q] {
        last += 1;
    }
    (doc.toks[q].start as usize, doc.toks[last].full_end() as usize)
}

/// Finds the qualifier before a title: the leftmost of a chain of known
/// names and lowercase modifiers ending at the title ("Russia's main
/// negotiator", "UN Syria envoy"). Returns its first token.
pub(super) fn qualifier_before(doc: &Doc, title_start: usize) -> Option<usize> {
    let mut k = title_start;
    let mut found = None;
    let mut modifiers = 0;
    while k > 0 {
        let j = k - 1;
        if !doc.same_sentence(j, title_start) {
            break;
        }
        let gap_ok = doc.gap_after(j).trim_matches(|c| c == ' ' || c == '\u{1}').is_empty();
        if !gap_ok {
            break;
        }
        if let Some(h) = doc.hit_at(j) {
            if matches!(h.entry, Entry::Outlet | Entry::Place(_)) {
                break;
            }
            // Jump to the hit's first token.
            let mut s = j;
            while s > 0 && doc.tok_hit[s - 1] == doc.tok_hit[j] {
                s -= 1;
            }
            found = Some(s);
            k = s;
            continue;
        }
        // "Iran's Supreme Leader Ayatollah X": look past a preceding title.
        if found.is_none() {
            if let Some((ts, _)) = title_before(doc, j + 1) {
                k = ts;
                continue;
            }
        }
        let t = doc.toks[j];
        // "Russian Foreign Ministry spokeswoman": the state body's words lead to its country.
        let body = doc.is(j, STATE_WORDS) || doc.is(j, &["ministry", "government", "army", "office", "department"]);
        if (body || t.has(LOWER)) && !t.has(POSS) && modifiers < 3 && found.is_none() && !doc.is_stop(j) {
            modifiers += 1;
            k = j;
            continue;
        }
        break;
    }
    found
}

pub(super) fn strip_determiner(s: &str) -> &str {
    for d in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = s.strip_prefix(d) {
            return rest;
        }
    }
    s
}

pub(super) fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").replace('\u{1}', "")
}

/// "who heads the X delegation": role "head of the X delegation", affiliation X.
pub(super) fn who_heads(doc: &Doc, who: usize) -> Option<Role> {
    let verb = who + 1;
    let noun = HEAD_VERBS.iter().find(|(v, _)| doc.is(verb, &[v]))?.1;
    let from = doc.toks.get(verb + 1)?.start as usize;
    let limit = clause_end(doc, verb + 1);
    let phrase = clean(&doc.text[from..limit]);
    Some(Role { text: format!("{noun} of {phrase}"), affiliation: Some(AffRef::At(from, limit)) })
}

/// Byte offset where the clause holding token `i` ends (comma or sentence end).
pub(super) fn clause_end(doc: &Doc, i: usize) -> usize {
    let end = doc.sentence_end(i);
    let from = doc.toks.get(i).map_or(end, |t| t.start as usize);
    doc.folded.get(from..end).and_then(|s| s.find([',', ';', '(']).map(|p| from + p)).unwrap_or(end)
}

/// A role clause starting at token `from` and closed by a comma: "the
/// Canadian envoy,", "spokeswoman for the ministry,".
pub(super) fn role_after(doc: &Doc, from: usize) -> Option<Role> {
    let bare_title = title_at(doc, from).is_some();
    if !doc.is(from, &["the", "a", "an"]) && doc.hit_at(from).is_none() && !bare_title {
        return None;
    }
    let mut k = from;
    while k < doc.toks.len() && k - from < 8 && doc.same_sentence(from, k) {
        if let Some((len, t)) = title_at(doc, k) {
            if t.journalist {
                return None;
            }
            let mut last = k + len - 1;
            let closed = |i: usize| {
                let gap = doc.gap_after(i).trim_matches(|c| c == ' ' || c == '\u{1}');
                gap == "," || gap.starts_with('.')
            };
            // "spokeswoman for the ministry,": the complement names the body.
            let mut complement = None;
            if !closed(last) {
                let c = complement_end(doc, last + 1)?;
                complement = Some((doc.toks[last + 2].start as usize, doc.toks[c].end as usize));
                last = c;
            }
            if !closed(last) {
                return None;
            }
            let start = doc.toks[from].start as usize;
            let end = doc.toks[last].end as usize;
            let q = qualifier_before(doc, k).filter(|&q| q >= from);
            let affiliation = match (q, complement) {
                (Some(q), _) => Some(AffRef::At(qual_span(doc, q).0, qual_span(doc, q).1)),
                (None, Some((cs, ce))) => Some(AffRef::At(cs, ce)),
                (None, None) if t.head => Some(AffRef::FocusGov),
                (None, None) => None,
            };
            return Some(Role { text: clean(strip_determiner(&doc.text[start..end])), affiliation });
        }
        if doc.gap_after(k).contains([',', ';', '(', ')']) {
            return None;
        }
        k += 1;
    }
    None
}

/// "for the ministry", "of the port authority" after a title at token `p`
/// (the preposition): the token that ends it, at most six words on, where a
/// comma or full stop follows.
fn complement_end(doc: &Doc, p: usize) -> Option<usize> {
    if p + 1 >= doc.toks.len() || !doc.is(p, &["for", "of", "at", "to"]) || !doc.same_sentence(p - 1, p) {
        return None;
    }
    for i in p + 1..(p + 7).min(doc.toks.len()) {
        if !doc.same_sentence(p, i) {
            return None;
        }
        let gap = doc.gap_after(i).trim_matches(|c| c == ' ' || c == '\u{1}');
        if gap == "," || gap.starts_with('.') {
            return Some(i);
        }
        if !gap.is_empty() {
            return None;
        }
    }
    None
}

/// The role phrase before an apposition comma after token `p`, when the clause
/// holds a (non-journalist) title: "Russia's main negotiator, X".
pub(super) fn apposition_role(doc: &Doc, p: usize) -> Option<Role> {
    let sent = doc.toks[p].sent;
    let mut s = p;
    while s > 0 && doc.toks[s - 1].sent == sent && !doc.gap_after(s - 1).contains([',', ';', ':', '(', '"']) {
        s -= 1;
    }
    // The title that ends the phrase wins: in "Foreign Minister A and his
    // Korean counterpart, B", B is the counterpart, not the minister.
    let title = |k: usize| title_at(doc, k).map(|(len, t)| (k, k + len, t));
    let (ts, te, t) = (s..=p).filter_map(title).find(|&(_, te, _)| te == p + 1).or_else(|| (s..=p).find_map(title))?;
    if t.journalist || te > p + 1 {
        return None;
    }
    let q = qualifier_before(doc, ts).filter(|&q| q >= s);
    let role_from = doc.toks[q.unwrap_or(ts)].start as usize;
    let end = doc.toks[p].full_end() as usize;
    let text = clean(strip_determiner(&doc.text[role_from..end]));
    let affiliation = match q {
        Some(q) => Some(AffRef::At(qual_span(doc, q).0, qual_span(doc, q).1)),
        None if te <= p => Some(AffRef::At(doc.toks[te].start as usize, end)),
        None if t.head => Some(AffRef::FocusGov),
        None => None,
    };
    Some(Role { text, affiliation })
}
