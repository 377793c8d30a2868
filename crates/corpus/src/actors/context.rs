//! Article context for resolution: the country an article is about (whose
//! regime, opposition and capital-as-subject become its government and
//! opposition actors), and whether a capital or country name acts or merely
//! locates ("Moscow has spearheaded" against "talks in Moscow").

use super::discover::{Doc, LOCATIVE, REPORTING};
use super::kb::Entry;
use super::tokens::{HYPHEN, LOWER, POSS};
use std::collections::HashMap;

/// Nouns after a demonym or country that name its state apparatus.
pub(super) const INSTITUTIONS: &[&str] = &[
    "foreign ministry",
    "defence ministry",
    "defense ministry",
    "interior ministry",
    "ministry",
    "government",
    "regime",
    "authorities",
    "administration",
    "army",
    "military",
    "forces",
    "troops",
    "navy",
    "air force",
    "police",
    "cabinet",
    "officials",
    "delegation",
    "security forces",
    "intelligence",
    "embassy",
    "leadership",
    "state media",
];
pub(super) const OPPOSITION: &[&str] = &["opposition", "rebels", "rebel", "insurgents"];
pub(super) const FOLLOWERS: &[&str] =
    &["delegation", "factions", "groups", "forces", "fighters", "figures", "delegates", "coalition", "troops"];
/// Verbs (and adverbs before verbs) that show a capital is acting.
pub(super) const VERBS: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "was",
    "are",
    "were",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "must",
    "should",
    "shall",
    "does",
    "did",
    "also",
    "wants",
    "hopes",
    "insists",
    "backs",
    "supports",
    "accuses",
    "denies",
    "rejects",
    "sent",
    "sends",
    "launched",
    "launches",
    "continues",
    "remains",
    "appears",
    "seems",
    "plans",
    "intends",
    "needs",
    "agreed",
    "agrees",
    "refuses",
    "refused",
    "sees",
    "saw",
    "views",
    "considers",
    "demands",
    "fears",
    "blames",
    "expects",
    "responded",
    "responds",
    "still",
    "now",
    "then",
    "already",
    "recently",
    "reportedly",
];
/// Prepositions that make a country a location ("from Russia" is usually its delegates).
pub(super) const COUNTRY_LOCATIVE: &[&str] = &[
    "in",
    "into",
    "inside",
    "outside",
    "across",
    "throughout",
    "within",
    "to",
    "near",
    "around",
    "between",
    "beyond",
    "along",
];
/// Verbs whose object is a party, not a location ("urged Ankara to ...").
pub(super) const OBJECT_VERBS: &[&str] = &[
    "accused",
    "accuses",
    "urged",
    "urges",
    "warned",
    "warns",
    "criticised",
    "criticized",
    "blamed",
    "blames",
    "condemned",
    "pressed",
    "asked",
    "told",
    "backed",
    "supported",
    "thanked",
    "praised",
    "sanctioned",
    "threatened",
    "attacked",
    "joined",
    "informed",
    "notified",
    "pressured",
    "lobbied",
    "recognised",
    "recognized",
    // Object-control verbs: "forcing Kyiv to rely on", "allowed Ankara to".
    "forcing",
    "forced",
    "forces",
    "pushing",
    "pushed",
    "allowing",
    "allowed",
    "encouraging",
    "encouraged",
    "prompting",
    "prompted",
    "persuaded",
    "convinced",
    "invited",
    "inviting",
    "urging",
    "accusing",
    "pressing",
    "pressuring",
];
/// Nouns for what a party exerts, before "from X" ("pressure from X").
const SOURCE_NOUNS: &[&str] = &[
    "pressure",
    "demands",
    "demand",
    "calls",
    "criticism",
    "support",
    "backing",
    "objections",
    "opposition",
    "warnings",
    "threats",
    "funding",
    "aid",
    "request",
    "requests",
    "pushback",
    "interference",
    "approval",
];
pub(super) const COPULAS: &[&str] = &["is", "was", "are", "were"];
pub(super) const DETERMINERS: &[&str] = &["a", "an", "the", "one", "not"];

/// Token range of hit `h`.
pub(super) fn hit_tokens(doc: &Doc, h: usize) -> (usize, usize) {
    let hit = &doc.hits[h];
    let lo = doc.toks.partition_point(|t| (t.full_end() as usize) <= hit.start);
    let hi = doc.toks.partition_point(|t| (t.start as usize) < hit.end);
    (lo, hi.max(lo + 1).min(doc.toks.len()))
}

/// Length in tokens of the longest phrase from `list` starting at token `i`.
pub(super) fn phrase_at(doc: &Doc, i: usize, list: &[&str]) -> usize {
    let mut best = 0;
    for p in list {
        let len = p.split(' ').count();
        if len > best && p.split(' ').enumerate().all(|(n, w)| doc.is(i + n, &[w]) && (n == 0 || doc.joined(i + n - 1)))
        {
            best = len;
        }
    }
    best
}

/// The country an article is about, when it speaks of a regime, an
/// opposition or rebels: the country qualifying those words, else the most
/// mentioned one.
pub fn focus_country(doc: &Doc) -> Option<u16> {
    // A regime or rebels signal a country in conflict; "the opposition" alone
    // is everyday politics and needs a country that clearly dominates.
    let (mut conflict, mut opposition) = (false, false);
    for (i, t) in doc.toks.iter().enumerate() {
        if t.has(LOWER) && !t.has(HYPHEN) {
            conflict |= doc.is(i, &["regime", "rebels", "rebel", "insurgents"]);
            opposition |= doc.is(i, &["opposition"]);
        }
        if conflict {
            break;
        }
    }
    if !(conflict || opposition) {
        return None;
    }
    let mut score: HashMap<u16, (i64, bool)> = HashMap::new();
    for h in 0..doc.hits.len() {
        let c = match doc.hits[h].entry {
            Entry::Country(c) | Entry::Demonym(c) | Entry::Capital(c) | Entry::Seat(c) => c,
            _ => continue,
        };
        let s = score.entry(c).or_default();
        s.0 += 1;
        if matches!(doc.hits[h].entry, Entry::Country(_) | Entry::Demonym(_)) {
            let (_, hi) = hit_tokens(doc, h);
            // "Syrian regime", "Libya's rebels" qualify a country; "X government" only weighs.
            // ("UK-based war monitor": a name inside a compound qualifies nothing.)
            let cue = ["regime", "opposition", "rebels", "conflict", "civil", "war", "uprising"];
            let whole = doc.toks.get(hi - 1).is_some_and(|t| t.end as usize == doc.hits[h].end);
            if whole && hi < doc.toks.len() && (doc.joined(hi - 1) || doc.toks[hi - 1].has(POSS)) {
                if doc.is(hi, &cue) {
                    s.0 += 5;
                    s.1 = true;
                } else if doc.is(hi, &["government"]) {
                    s.0 += 5;
                }
            }
        }
    }
    let mut ranked: Vec<(u16, i64, bool)> = score.into_iter().map(|(c, (s, q))| (c, s, q)).collect();
    ranked.sort_by_key(|&(c, s, q)| (std::cmp::Reverse(q), std::cmp::Reverse(s), c));
    let &(best, s, qualified) = ranked.first()?;
    // Without "Syrian regime"-like evidence, only a clearly dominant country.
    let runner_up = ranked.get(1).map_or(0, |r| r.1);
    let dominant = if conflict { s >= 3 && s > runner_up } else { s >= 3 && s >= 2 * runner_up.max(1) };
    (qualified || dominant).then_some(best)
}

/// The country an article names at least twice and at least twice as often
/// as any other: whose president an unqualified "President X" is.
pub fn dominant_country(doc: &Doc) -> Option<u16> {
    let mut count: HashMap<u16, usize> = HashMap::new();
    for hit in &doc.hits {
        if let Entry::Country(c) | Entry::Demonym(c) | Entry::Capital(c) | Entry::Seat(c) = hit.entry {
            *count.entry(c).or_default() += 1;
        }
    }
    let mut ranked: Vec<(usize, u16)> = count.into_iter().map(|(c, n)| (n, c)).collect();
    ranked.sort_by_key(|&(n, c)| (std::cmp::Reverse(n), c));
    let &(n, best) = ranked.first()?;
    let runner_up = ranked.get(1).map_or(0, |r| r.0);
    (n >= 2 && n >= 2 * runner_up).then_some(best)
}

/// Does the name at tokens `lo..hi` act (subject or agent) rather than locate?
pub(super) fn acting(doc: &Doc, lo: usize, hi: usize) -> bool {
    let prev = lo.checked_sub(1).filter(|&p| doc.same_sentence(p, lo));
    if let Some(p) = prev {
        // Agent ("by Moscow") or the party a state act is aimed at ("accused Washington").
        if doc.is(p, &["by"]) || doc.is(p, OBJECT_VERBS) {
            return true;
        }
        // "under pressure from Washington", "with backing from Ankara": the
        // capital is the one pressing, not where something comes from.
        if p > 0 && doc.is(p, &["from"]) && doc.is(p - 1, SOURCE_NOUNS) && doc.same_sentence(p - 1, p) {
            return true;
        }
        if doc.is(p, LOCATIVE) || doc.is(p, &["capital", "of", "on", "for", "about", "over", "between", "with"]) {
            return false;
        }
        // "by Moscow and rebel-aligned Ankara"
        let mut k = p;
        if doc.toks[k].has(LOWER) && doc.toks[k].has(HYPHEN) && k > 0 {
            k -= 1;
        }
        if doc.is(k, &["and"]) && (k.saturating_sub(4)..k).any(|j| doc.is(j, &["by"]) && doc.same_sentence(j, lo)) {
            return true;
        }
    }
    if doc.toks[hi - 1].has(POSS) {
        return true;
    }
    let Some(next) = Some(hi).filter(|&n| n < doc.toks.len() && doc.same_sentence(hi - 1, n)) else { return false };
    let gap = doc.gap_after(hi - 1).trim_matches(|c| c == ' ' || c == '\u{1}');
    if !(gap.is_empty() || gap == ",") {
        return false;
    }
    // "Washington, an ally of ..., urged": a sentence subject with an apposition.
    if gap == "," && prev.is_none() && doc.is(next, &["a", "an", "the", "which", "whose", "who"]) {
        return true;
    }
    verb_follows(doc, hi, prev)
}

/// Does a lower-case group noun at `lo..hi` ("protesters", "security
/// forces") act? As a name acts ([`acting`]: "police said", "besieged by
/// police"); also after a quantity ("a minority of protesters have
/// responded"), and as either side of a clash ("clashes between supporters
/// and security forces").
pub(super) fn group_acts(doc: &Doc, lo: usize, hi: usize) -> bool {
    if acting(doc, lo, hi) {
        return true;
    }
    let Some(p) = lo.checked_sub(1).filter(|&p| doc.same_sentence(p, lo)) else { return false };
    let q = if doc.is(p, &["the"]) { p.checked_sub(1) } else { Some(p) };
    let quantity = q.is_some_and(|q| doc.is(q, &["of"]) && q > 0 && doc.toks[q - 1].has(LOWER));
    let joined_verb = hi < doc.toks.len()
        && doc.same_sentence(hi - 1, hi)
        && doc.gap_after(hi - 1).trim_matches(|c| c == ' ' || c == '\u{1}').is_empty();
    if quantity && joined_verb && verb_follows(doc, hi, Some(p)) {
        return true;
    }
    // "between A and B": A is the noun right after "between" (a determiner,
    // a possessive or lower-case words between), B right after the "and".
    let clash_at = |k: usize| {
        (k.saturating_sub(6)..k).rev().take_while(|&j| doc.same_sentence(j, k)).find(|&j| doc.is(j, &["between"]))
    };
    if doc.is(p, &["and"]) && clash_at(p).is_some() {
        return true;
    }
    let first = clash_at(lo).filter(|&b| {
        (b + 1..lo).all(|j| !doc.is(j, &["and", "or"]) && doc.toks[j].has(LOWER) || doc.toks[j].has(POSS))
    });
    first.is_some() && doc.is(hi, &["and"]) && doc.same_sentence(hi - 1, hi)
}

/// Is token `hi` (right after a name or noun ending at `hi - 1`, with at
/// most a comma between) a verb that it is the subject of? `prev` is the
/// token before the name, for "that Damascus and its opponents are".
fn verb_follows(doc: &Doc, hi: usize, prev: Option<usize>) -> bool {
    let next = hi;
    let t = doc.toks[next];
    if doc.is(next, COPULAS) {
        return !doc.is(next + 1, DETERMINERS);
    }
    if doc.is(next, VERBS) || doc.is(next, REPORTING) {
        return true;
    }
    let w = doc.word(next);
    if t.has(LOWER) && !t.has(HYPHEN) && w.len() > 4 && w.ends_with("ed") {
        return true;
    }
    // "that Damascus and its opponents are": a clause subject.
    doc.is(next, &["and"]) && prev.is_none_or(|p| doc.is(p, &["that", "while", "as", "but", "because", "whereas"]))
}
