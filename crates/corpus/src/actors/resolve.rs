//! Resolution: decides what each discovered name is over the whole corpus,
//! maps partial names to full ones, finds the country an article is about
//! (whose "regime", "opposition" and capital-as-subject become
//! "<Demonym> government" / "<Demonym> opposition"), tells a capital that
//! acts from a capital that is a location, and gathers mentions per actor
//! and per place.

pub use super::context::focus_country;
use super::context::{
    acting, dominant_country, group_acts, hit_tokens, phrase_at, COUNTRY_LOCATIVE, FOLLOWERS, INSTITUTIONS, OPPOSITION,
};
use super::discover::{self, AffRef, AliasTarget, Doc, GEO_CUES, LOCATIVE};
use super::kb::{self, Entry};
use super::tokens::{ALLCAPS, CAP, HYPHEN, LOWER, POSS, SENT_START};
use dossier_model::{ActorKind, Mention, Span};
use std::collections::{HashMap, HashSet};

/// What a mention refers to.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    Actor(String, ActorKind),
    Place(String),
}

/// An actor being assembled from its mentions.
#[derive(Debug, Default)]
pub struct Draft {
    pub name: String,
    pub kind: Option<ActorKind>,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub group: Option<String>,
    pub color: Option<u32>,
    pub aliases: Vec<String>,
    pub mentions: Vec<Mention>,
}

#[derive(Default)]
pub struct Registry {
    pub actors: Vec<Draft>,
    pub places: Vec<Draft>,
    actor_ix: HashMap<String, usize>,
    place_ix: HashMap<String, usize>,
}

fn clean_surface(s: &str) -> std::borrow::Cow<'_, str> {
    let tidy = !s.starts_with(' ') && !s.ends_with(' ') && !s.contains("  ") && !s.contains(['\n', '\t', '\r']);
    if tidy {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

impl Registry {
    /// Records one more surface form for an actor already registered.
    fn add_alias(&mut self, target: &Target, alias: String) {
        if let Target::Actor(name, _) = target {
            if let Some(&ix) = self.actor_ix.get(name) {
                let d = &mut self.actors[ix];
                if !alias.is_empty() && !d.aliases.contains(&alias) {
                    d.aliases.push(alias);
                }
            }
        }
    }

    /// Rebuilds the name index after overrides renamed or removed actors.
    pub fn reindex(&mut self) {
        self.actor_ix = self.actors.iter().enumerate().map(|(i, d)| (d.name.clone(), i)).collect();
    }
}

impl Registry {
    pub fn add(&mut self, target: &Target, article: u32, span: Span, surface: &str) -> usize {
        let (list, index, name, kind) = match target {
            Target::Actor(n, k) => (&mut self.actors, &mut self.actor_ix, n, Some(*k)),
            Target::Place(n) => (&mut self.places, &mut self.place_ix, n, None),
        };
        let ix = match index.get(name) {
            Some(&ix) => ix,
            None => {
                list.push(Draft { name: name.clone(), kind, ..Default::default() });
                index.insert(name.clone(), list.len() - 1);
                list.len() - 1
            }
        };
        let d = &mut list[ix];
        d.mentions.push(Mention { article, span });
        if !surface.is_empty() && !d.aliases.iter().any(|a| a == surface) {
            d.aliases.push(surface.to_string());
        }
        ix
    }
}

/// The corpus-wide verdict on a discovered name.
#[derive(Clone, Debug, PartialEq)]
enum Verdict {
    Person,
    Org,
    Place,
    /// No evidence: kept only if it is part of a known person's name.
    Unknown,
    Drop,
}

#[derive(Default)]
struct Agg {
    evidence: u8,
    person: u32,
    org: u32,
    place: u32,
}

/// Corpus-wide knowledge shared by every article's resolution.
struct Ctx {
    verdicts: HashMap<String, Verdict>,
    /// Full person names (two or more words) with their name words, most mentioned first.
    persons: Vec<(String, Vec<String>)>,
    /// Last name word → indices in `persons`.
    by_last: HashMap<String, Vec<usize>>,
    /// Acronyms and "known as" names met anywhere: alias → target.
    aliases: HashMap<String, Target>,
}

fn key(name: &str) -> String {
    name.to_lowercase()
}

/// The words of a name that identify it, lowercased, with "al-" prefixes dropped.
fn name_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| {
            let l = w.to_lowercase();
            for p in ["al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ed-", "es-", "et-", "ez-"] {
                if let Some(r) = l.strip_prefix(p) {
                    if !r.is_empty() {
                        return r.to_string();
                    }
                }
            }
            l
        })
        .collect()
}

/// Is `part` the tail of `full` ("Hakim" of "Omar al-Hakim", "de X" of "Y de X")?
fn is_tail(part: &[String], full: &[String]) -> bool {
    part.len() < full.len() && full.ends_with(part) && part.last().is_some_and(|w| w.len() > 2)
}

/// A single word that is a non-final word of exactly one person this article
/// names fully: the surname written first ("Yoon" of "Yoon Suk Yeol", "Park"
/// of "Park Jin") or a name used alone ("Lula" of "Luiz Inácio Lula da
/// Silva"). News prose never calls two people by one word, so two
/// candidates (two Sergeis) resolve to neither.
fn inner_name<'a>(words: &[String], local_persons: &'a [(String, Vec<String>)]) -> Option<&'a String> {
    let [w] = words else { return None };
    if w.chars().count() < 3 {
        return None;
    }
    let mut found = local_persons.iter().filter(|(_, full)| full.len() >= 2 && full[..full.len() - 1].contains(w));
    let (first, _) = found.next()?;
    // The same full name may be listed once per mention.
    found.all(|(p, _)| p == first).then_some(first)
}

/// Could token `k` be a word of a person's name? Capitalised, not all
/// capitals, letters only (with hyphens and apostrophes), neither a stop
/// word, a known name, an organisation cue nor an office title.
fn plain_name_word(doc: &Doc, k: usize) -> bool {
    let Some(t) = doc.toks.get(k) else { return false };
    let w = doc.word(k);
    t.has(CAP)
        && !t.has(ALLCAPS)
        && w.chars().count() >= 2
        && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        // "Bautista-Agut", not "GOP-dominated": every hyphenated part is capitalised.
        && w.split('-').all(|p| p.chars().next().is_some_and(char::is_uppercase))
        && doc.tok_hit[k].is_none()
        && !doc.is_stop(k)
        && !doc.is(k, discover::ORG_CUES)
        // "North Dakota", "West Bengal": a compass point names part of a place.
        && !doc.is(k, COMPASS)
        && super::roles::title_at(doc, k).is_none()
}

/// Compass points and their adjectives, which begin or end place names.
const COMPASS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// The items listed next to the name at tokens `lo..hi` ("A, B and C", "A
/// or B"): the last token of the item before it (`true`) and the first token
/// of the item after it (`false`), within the sentence.
fn coordinated(doc: &Doc, lo: usize, hi: usize) -> Vec<(usize, bool)> {
    let conj = |k: usize| doc.toks.get(k).is_some_and(|t| t.has(LOWER)) && doc.is(k, &["and", "or"]);
    let comma = |k: usize| doc.gap_after(k).trim_matches(|c| c == ' ' || c == '\u{1}') == ",";
    let mut out = Vec::new();
    if lo >= 1 && doc.same_sentence(lo - 1, lo) {
        if conj(lo - 1) && doc.joined(lo - 1) && lo >= 2 && doc.same_sentence(lo - 2, lo) {
            if doc.joined(lo - 2) || comma(lo - 2) {
                out.push((lo - 2, true));
            }
        } else if comma(lo - 1) {
            out.push((lo - 1, true));
        }
    }
    if hi < doc.toks.len() && doc.same_sentence(hi - 1, hi) && !doc.toks[hi - 1].has(POSS) {
        let mut k = hi;
        if comma(hi - 1) || (conj(hi) && doc.joined(hi - 1)) {
            if conj(k) && doc.joined(k) {
                k += 1;
            }
            if k < doc.toks.len() && doc.same_sentence(hi, k) && doc.toks[k].has(CAP) {
                out.push((k, false));
            }
        }
    }
    out
}

/// Last words that make a capitalised run an event, a prize or a work.
const EVENT_HEADS: &[&str] = &[
    "cup",
    "open",
    "games",
    "championship",
    "championships",
    "final",
    "finals",
    "tournament",
    "trophy",
    "prize",
    "award",
    "awards",
    "festival",
    "summit",
    "olympics",
    "marathon",
    "series",
    "show",
    "returns",
];

/// Does the name at tokens `lo..hi` have a person's shape? Two to four plain
/// name words (particles inside) whose first is a known given name ("Taylor
/// Fritz", "Jo-Wilfried Tsonga", "Alex de Minaur"); two words whose first is
/// a family name of a tradition that writes it first ("Liu Xiaoming"); or a
/// word before a given name of two syllables joined by a hyphen, the second
/// in lower case ("Cheuk Hau-yip", "Moon Jae-in"). The last word is never
/// one the corpus writes in lower case, nor is its singular ("Houston
/// Rockets"); a first word the corpus writes in lower case ("Will", "Mark")
/// needs a known family name after it ("Will Smith").
pub(super) fn person_shape(doc: &Doc, lo: usize, hi: usize, lower_vocab: &HashSet<String>) -> bool {
    let len = hi.saturating_sub(lo);
    if !(2..=4).contains(&len) || !plain_name_word(doc, lo) {
        return false;
    }
    let kb = kb::get();
    let (first, last) = (doc.word(lo), doc.word(hi - 1));
    let last_flags = kb.name_flags(last);
    // "Pittsburgh Steelers ... the Steelers", "Virginia Democrats": a team or
    // a party's members, not a person.
    if discover::with_lower(last, |l| lower_vocab.contains(l))
        || doc.is(hi - 1, GEO_CUES)
        || discover::group_plural(doc, hi - 1)
    {
        return false;
    }
    // "a Forest Hill police sergeant": a name after "a" qualifies a noun.
    if lo > 0 && doc.is(lo - 1, &["a", "an"]) && doc.joined(lo - 1) {
        return false;
    }
    // "Davis Cup Finals", "Mary Poppins Returns": an event or a work, not a person;
    // "Kowloon West": a compass point names a part of a place.
    if (lo + 1..hi).any(|k| doc.is(k, EVENT_HEADS)) || doc.is(hi - 1, discover::MEDIA_HEADS) || doc.is(hi - 1, COMPASS)
    {
        return false;
    }
    // "He Jianxiong": a family name that is also an English word, before a pinyin given name.
    let first_ordinary = discover::with_lower(first, |l| lower_vocab.contains(l))
        && !discover::family_first_pair(doc, lo, hi, lower_vocab);
    if len == 2 && !first_ordinary && first.chars().count() <= 8 && hyphenated_syllables(last) {
        return true;
    }
    let inner = (lo + 1..hi - 1).all(|k| plain_name_word(doc, k) || discover::is_name_particle(doc, k));
    if !plain_name_word(doc, hi - 1) || !inner {
        return false;
    }
    let given = |w: &str| kb.name_flags(w) & kb::GIVEN != 0;
    // "Jo-Wilfried": the first part of a hyphenated given name is one too.
    let first_given = given(first) || first.split_once('-').is_some_and(|(a, _)| given(a));
    if first_given && (!first_ordinary || last_flags & kb::FAMILY != 0) {
        return true;
    }
    // "Vasek Pospisil": an unlisted given name before a known family name
    // that is no given name itself.
    let family_last = last_flags & (kb::FAMILY | kb::GIVEN) == kb::FAMILY;
    len == 2 && !first_ordinary && (family_last || kb.name_flags(first) & kb::FAMILY_FIRST != 0)
}

/// "Hau-yip", "Jae-in", "Ing-wen": two short syllables joined by a hyphen,
/// the first capitalised, the second in lower case, and the second no word
/// that makes an English compound ("Follow-up", "Home-made").
fn hyphenated_syllables(w: &str) -> bool {
    const COMPOUND: &[&str] =
        &["up", "out", "off", "on", "led", "run", "held", "born", "made", "like", "wide", "long", "free", "old", "new"];
    let Some((a, b)) = w.split_once('-') else { return false };
    let mut ac = a.chars();
    ac.next().is_some_and(|c| c.is_ascii_uppercase())
        && (2..=5).contains(&a.len())
        && ac.all(|c| c.is_ascii_lowercase())
        && (1..=4).contains(&b.len())
        && b.chars().all(|c| c.is_ascii_lowercase())
        && !COMPOUND.contains(&b)
}

/// Builds actors and places from prepared, discovered documents (one per
/// article of `articles`, in order). `lower_vocab` holds every word the
/// corpus writes in lower case. Each document is dropped once resolved.
pub fn resolve(
    docs: Vec<Doc>,
    articles: &[dossier_model::Article],
    blocked: &HashSet<String>,
    lower_vocab: &HashSet<String>,
) -> Registry {
    let focus: Vec<Option<u16>> = docs.iter().map(focus_country).collect();
    let ctx = corpus_context(&docs, &focus, blocked, lower_vocab);
    let mut reg = Registry::default();
    for ((ai, mut doc), article) in docs.into_iter().enumerate().zip(articles) {
        doc.with_text(article, |doc| resolve_doc(doc, ai as u32, focus[ai], &ctx, &mut reg));
    }
    reg
}

fn corpus_context(
    docs: &[Doc],
    focus: &[Option<u16>],
    blocked: &HashSet<String>,
    lower_vocab: &HashSet<String>,
) -> Ctx {
    // Every name's key, once.
    let doc_keys: Vec<Vec<String>> = docs.iter().map(|d| d.names.iter().map(|n| key(&n.name)).collect()).collect();
    let mut aggs: HashMap<String, Agg> = HashMap::new();
    let mut display: HashMap<String, String> = HashMap::new();
    for (doc, keys) in docs.iter().zip(&doc_keys) {
        for (n, k) in doc.names.iter().zip(keys) {
            if !display.contains_key(k) {
                display.insert(k.clone(), n.name.clone());
            }
            let a = match aggs.get_mut(k) {
                Some(a) => a,
                None => aggs.entry(k.clone()).or_default(),
            };
            a.evidence |= n.evidence;
            a.person += u32::from(n.evidence & discover::PERSON != 0);
            a.org += u32::from(n.evidence & (discover::ORG | discover::ACRONYM) != 0);
            a.place += u32::from(n.evidence & discover::PLACE != 0);
        }
    }
    let mut verdicts = HashMap::new();
    for (k, a) in &aggs {
        let v = if a.evidence & discover::JOURNALIST != 0 || blocked.contains(k) {
            Verdict::Drop
        } else if a.evidence & discover::ORG_NAME != 0 {
            Verdict::Org
        } else if a.person > 0 && a.person >= a.org {
            Verdict::Person
        } else if a.org > 0 {
            Verdict::Org
        } else if a.place > 0 {
            Verdict::Place
        } else {
            Verdict::Unknown
        };
        verdicts.insert(k.clone(), v);
    }
    // "John Smith met ... Smith said": the surname speaks, so the full name is a person.
    for doc in docs {
        let speakers: HashSet<String> = doc
            .names
            .iter()
            .filter(|n| n.evidence & discover::SAID != 0)
            .filter_map(|n| name_words(&n.name).pop())
            .collect();
        if speakers.is_empty() {
            continue;
        }
        for n in &doc.names {
            let words = name_words(&n.name);
            if words.len() >= 2
                && words.last().is_some_and(|l| speakers.contains(l))
                && !discover::group_plural(doc, n.hi - 1)
            {
                if let Some(v) = verdicts.get_mut(&key(&n.name)) {
                    if *v == Verdict::Unknown {
                        *v = Verdict::Person;
                    }
                }
            }
        }
    }
    // "Myles Garrett ... before Garrett hit Rudolph": a full name in an
    // ordinary sentence whose last word the article later uses alone is a
    // person. The word alone must be no ordinary word the corpus writes in
    // lower case ("Blue Moon ... the Moon", "Code Media ... media").
    for doc in docs {
        let alone: HashSet<String> = doc
            .names
            .iter()
            .filter(|n| n.hi - n.lo == 1 && n.evidence & (discover::ORG | discover::PLACE | discover::ACRONYM) == 0)
            .filter(|n| plain_name_word(doc, n.lo))
            .map(|n| key(&n.name))
            .filter(|w| !lower_vocab.contains(w))
            .collect();
        if alone.is_empty() {
            continue;
        }
        for n in doc.names.iter().filter(|n| (2..=3).contains(&(n.hi - n.lo))) {
            let plain = (n.lo..n.hi).all(|k| plain_name_word(doc, k) || discover::is_name_particle(doc, k));
            let last = doc.word(n.hi - 1).to_lowercase();
            // "Less Money": a sentence opener the corpus writes in lower case is no first name.
            let opener = doc.toks[n.lo].has(SENT_START) && lower_vocab.contains(&doc.word(n.lo).to_lowercase());
            let group = discover::group_plural(doc, n.hi - 1);
            if plain && !opener && !group && plain_name_word(doc, n.lo) && alone.contains(&last) {
                if let Some(v) = verdicts.get_mut(&key(&n.name)) {
                    if *v == Verdict::Unknown {
                        *v = Verdict::Person;
                    }
                }
            }
        }
    }
    // "Taylor Fritz beat ...", "Liu Xiaoming", "Cheuk Hau-yip": a full name
    // shaped like a person's, with no other evidence, is a person.
    for (di, doc) in docs.iter().enumerate() {
        for (n, k) in doc.names.iter().zip(&doc_keys[di]).filter(|(n, _)| (2..=4).contains(&(n.hi - n.lo))) {
            if let Some(v) = verdicts.get_mut(k) {
                if *v == Verdict::Unknown && person_shape(doc, n.lo, n.hi, lower_vocab) {
                    *v = Verdict::Person;
                }
            }
        }
    }
    let mut counts: HashMap<String, usize> = HashMap::new();
    for doc in docs {
        for n in &doc.names {
            *counts.entry(key(&n.name)).or_default() += 1;
        }
    }
    let mut persons: Vec<(String, usize)> = verdicts
        .iter()
        .filter(|(k, v)| **v == Verdict::Person && k.split_whitespace().count() >= 2)
        .map(|(k, _)| (display[k].clone(), counts.get(k).copied().unwrap_or(0)))
        .collect();
    persons.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let persons: Vec<(String, Vec<String>)> = persons.into_iter().map(|(n, _)| (n.clone(), name_words(&n))).collect();
    let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, (_, w)) in persons.iter().enumerate() {
        if let Some(l) = w.last() {
            by_last.entry(l.clone()).or_default().push(i);
        }
    }
    // A "person" that is the tail of a longer person is that person.
    let keep: Vec<bool> = persons
        .iter()
        .map(|(_, w)| {
            let same_last = w.last().and_then(|l| by_last.get(l)).map_or(&[][..], Vec::as_slice);
            !same_last.iter().any(|&j| is_tail(w, &persons[j].1))
        })
        .collect();
    let persons: Vec<(String, Vec<String>)> =
        persons.into_iter().zip(keep).filter(|(_, k)| *k).map(|(p, _)| p).collect();
    let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, (_, w)) in persons.iter().enumerate() {
        if let Some(l) = w.last() {
            by_last.entry(l.clone()).or_default().push(i);
        }
    }
    // "Netflix has been", "Alibaba is set to": one word that acts, which no
    // person's name ends with and the corpus never writes in lower case, is an organisation.
    // A word that some longer name in the corpus ends with is a surname
    // ("Kristi Noem ... Noem has"), never an organisation.
    let tails: HashSet<String> = docs
        .iter()
        .flat_map(|d| d.names.iter())
        .filter(|n| n.hi - n.lo >= 2)
        .filter_map(|n| name_words(&n.name).pop())
        .collect();
    // Written capitalised in mid-sentence somewhere: a proper name, not a
    // plural noun that only opens sentences ("Organisers have played down").
    let mid_caps: HashSet<&String> = docs
        .iter()
        .zip(&doc_keys)
        .flat_map(|(d, keys)| {
            d.names.iter().zip(keys).filter(|(n, _)| n.hi - n.lo == 1 && !d.toks[n.lo].has(SENT_START)).map(|(_, k)| k)
        })
        .collect();
    let acting: Vec<&String> = aggs
        .iter()
        .filter(|(k, a)| {
            a.evidence & discover::ACTS != 0
                && mid_caps.contains(k)
                && !k.contains(' ')
                && !by_last.contains_key(*k)
                && !lower_vocab.contains(*k)
                && verdicts.get(*k) == Some(&Verdict::Unknown)
        })
        .map(|(k, _)| k)
        .collect();
    // A word that ends a longer name is a surname, unless it only ends a
    // group's name ("Virginia Democrats ... Democrats were right").
    let acting_tails: HashSet<&String> = acting.iter().copied().filter(|k| tails.contains(*k)).collect();
    let mut surnames: HashSet<String> = HashSet::new();
    if !acting_tails.is_empty() {
        for d in docs {
            for n in d.names.iter().filter(|n| n.hi - n.lo >= 2) {
                let Some(last) = name_words(&n.name).pop() else { continue };
                if acting_tails.contains(&last) && !discover::group_plural(d, n.hi - 1) {
                    surnames.insert(last);
                }
            }
        }
    }
    for k in acting {
        if !surnames.contains(k) {
            verdicts.insert(k.clone(), Verdict::Org);
        }
    }
    // '"...?" Mercer asked': one word before a reporting verb that the
    // names data knows as a family name (or a name of either kind), that is
    // no given name alone, that the corpus never writes in lower case and that
    // ends no longer name in the corpus, is a person named by the surname
    // alone. Words that acts as organisations were settled above.
    let kb = kb::get();
    for (k, a) in &aggs {
        if a.evidence & discover::SAID == 0 || k.contains(' ') || lower_vocab.contains(k) || tails.contains(k) {
            continue;
        }
        let flags = kb.name_flags(&display[k]);
        if flags & (kb::FAMILY | kb::NAME) != 0 && flags & kb::GIVEN == 0 {
            if let Some(v) = verdicts.get_mut(k) {
                if *v == Verdict::Unknown {
                    *v = Verdict::Person;
                }
            }
        }
    }
    // "Blue Origin, Sierra Nevada Corporation and SpaceX": a name listed
    // with an organisation is one, unless it is a surname or an ordinary
    // word. Twice, so that it spreads along a list.
    for _ in 0..2 {
        let mut found = Vec::new();
        for (doc, keys) in docs.iter().zip(&doc_keys) {
            // Names that may be listed: no verdict yet, or one mostly met
            // elsewhere than after a locative ("at Blue Origin" once); a place
            // is not ("in Greenbelt, Maryland, and American University").
            let open = |k: &String| match verdicts.get(k) {
                Some(Verdict::Unknown) => true,
                Some(Verdict::Place) => {
                    aggs.get(k).is_some_and(|a| a.place as usize * 2 <= counts.get(k).copied().unwrap_or(0))
                }
                _ => false,
            };
            // The name (near `i` in text order) ending before or starting at token `t`.
            let org_at = |i: usize, t: usize, left: bool| {
                doc.hit_at(t).is_some_and(|h| matches!(h.entry, Entry::Org(_)))
                    || (i.saturating_sub(4)..(i + 5).min(doc.names.len())).any(|j| {
                        let m = &doc.names[j];
                        (if left { m.hi == t + 1 } else { m.lo == t }) && verdicts.get(&keys[j]) == Some(&Verdict::Org)
                    })
            };
            for (i, (n, k)) in doc.names.iter().zip(keys).enumerate() {
                let listed = coordinated(doc, n.lo, n.hi);
                if listed.is_empty() || !open(k) {
                    continue;
                }
                let plain_word = n.hi - n.lo == 1 && (tails.contains(k) || lower_vocab.contains(k));
                if !plain_word && listed.into_iter().any(|(t, left)| org_at(i, t, left)) {
                    found.push(k.clone());
                }
            }
        }
        for k in found {
            verdicts.insert(k, Verdict::Org);
        }
    }
    let mut ctx = Ctx { verdicts, persons, by_last, aliases: HashMap::new() };
    for (doc, &focus) in docs.iter().zip(focus) {
        for (alias, target) in &doc.aliases {
            if let Some(t) = alias_target(doc, target, &ctx, focus) {
                ctx.aliases.entry(key(alias)).or_insert(t);
            }
        }
    }
    ctx
}

fn alias_target(doc: &Doc, target: &AliasTarget, ctx: &Ctx, focus: Option<u16>) -> Option<Target> {
    match target {
        AliasTarget::Name(ix) => {
            let n = doc.names.get(*ix)?;
            name_target(doc, &n.name, ctx, &[], focus, true)
        }
        AliasTarget::Hit(h) => {
            let hit = doc.hits.get(*h)?;
            let kb = kb::get();
            match hit.entry {
                Entry::Org(o) => Some(Target::Actor(kb.orgs[o as usize].clone(), ActorKind::Organization)),
                Entry::Country(c) | Entry::Demonym(c) | Entry::Capital(c) | Entry::Seat(c) => {
                    Some(country_actor(c, focus))
                }
                _ => None,
            }
        }
    }
}

fn country_actor(c: u16, focus: Option<u16>) -> Target {
    let country = &kb::get().countries[c as usize];
    if focus == Some(c) {
        Target::Actor(country.government(), ActorKind::Organization)
    } else {
        Target::Actor(country.name.clone(), ActorKind::Country)
    }
}

/// What a discovered name stands for, given persons named in this article.
fn name_target(
    doc: &Doc,
    name: &str,
    ctx: &Ctx,
    local_persons: &[(String, Vec<String>)],
    focus: Option<u16>,
    allow_alias: bool,
) -> Option<Target> {
    let k = key(name);
    if allow_alias {
        if let Some((_, t)) = doc.aliases.iter().rev().find(|(a, _)| key(a) == k) {
            if let Some(t) = alias_target(doc, t, ctx, focus) {
                return Some(t);
            }
        }
        if let Some(t) = ctx.aliases.get(&k) {
            return Some(t.clone());
        }
    }
    let verdict = ctx.verdicts.get(&k).cloned().unwrap_or(Verdict::Unknown);
    match verdict {
        Verdict::Drop => None,
        Verdict::Org => Some(Target::Actor(name.to_string(), ActorKind::Organization)),
        // "The bill now goes to Ruto": the surname of a person this article
        // names is that person, whatever the preposition before it suggests.
        Verdict::Place => match local_persons.iter().find(|(_, w)| is_tail(&name_words(name), w)) {
            Some((p, _)) => Some(Target::Actor(p.clone(), ActorKind::Person)),
            None => Some(Target::Place(name.to_string())),
        },
        Verdict::Person | Verdict::Unknown => {
            let words = name_words(name);
            let full = local_persons
                .iter()
                .find(|(_, w)| is_tail(&words, w))
                .map(|(p, _)| p)
                .or_else(|| {
                    let last = words.last()?;
                    let cands = ctx.by_last.get(last)?;
                    cands.iter().map(|&j| &ctx.persons[j]).find(|(_, w)| is_tail(&words, w)).map(|(p, _)| p)
                })
                .or_else(|| inner_name(&words, local_persons));
            match (full, verdict) {
                (Some(f), _) => Some(Target::Actor(f.clone(), ActorKind::Person)),
                (None, Verdict::Person) => Some(Target::Actor(name.to_string(), ActorKind::Person)),
                _ => None,
            }
        }
    }
}

/// "the U.S. plane-maker", "the total U.S. population": a country's name
/// after a determiner (and perhaps an adjective) that only qualifies the
/// noun after it. The country does not act there; "the United States said",
/// "the U.S.'s" and its people or offices ("the U.S. envoy", "a U.S. trade
/// delegation") are other matters. (A demonym always stands for its country.)
fn attributive(doc: &Doc, lo: usize, hi: usize) -> bool {
    let Some(p) = lo.checked_sub(1) else { return false };
    let det = |k: usize| doc.is(k, &["the", "a", "an"]) && doc.joined(k);
    let after_det = det(p) || (p >= 1 && doc.toks[p].has(LOWER) && doc.joined(p) && det(p - 1));
    let next = doc.toks.get(hi);
    after_det
        && next.is_some()
        && doc.same_sentence(hi - 1, hi)
        && !doc.toks[hi - 1].has(POSS)
        // "U.S. plane-maker": the full stop closes the abbreviation.
        && doc.gap_after(hi - 1).trim_matches(|c| c == ' ' || c == '\u{1}' || c == '.').is_empty()
        && !doc.is(hi, discover::REPORTING)
        && !doc.is(hi, super::context::VERBS)
        && !doc.is(hi, &["and", "or", "to", "of", "in", "on", "at", "for", "with", "by", "from"])
        && !(hi..(hi + 3).min(doc.toks.len())).any(|k| {
            super::roles::title_at(doc, k).is_some() || doc.is(k, FOLLOWERS) || doc.is(k, STATE_PEOPLE)
        })
}

/// Does a company noun follow within two words ("the French plane-maker",
/// "the American manufacturing giant")? A demonym there tells where a
/// company comes from; the state does not act.
fn describes_company(doc: &Doc, hi: usize) -> bool {
    (hi..(hi + 2).min(doc.toks.len())).take_while(|&k| doc.toks[k].has(LOWER)).any(|k| {
        let w = doc.word(k);
        doc.is(k, discover::ORG_NOUNS_DESCRIBED) || w.len() > 6 && w.to_ascii_lowercase().ends_with("-maker")
    })
}

/// People and bodies of a state after its name ("U.S. officials").
const STATE_PEOPLE: &[&str] = &[
    "officials",
    "official",
    "envoy",
    "envoys",
    "diplomats",
    "diplomat",
    "negotiators",
    "lawmakers",
    "military",
    "embassy",
    "soldiers",
    "authorities",
    "government",
    "administration",
];

/// How many lower-case words after the name ending before token `hi` name
/// a state's armed forces that act ("the US military said", "Kenyan armed
/// forces have"); 0 otherwise. "forces", "troops" and "soldiers" stay the
/// state ("Russian forces"), and so does a military that only qualifies or
/// locates ("US military officials", "the US military in the town").
fn armed_forces_after(doc: &Doc, hi: usize) -> usize {
    if hi >= doc.toks.len() || !doc.joined(hi - 1) || doc.toks[hi - 1].has(POSS) || !doc.toks[hi].has(LOWER) {
        return 0;
    }
    let n = if doc.is(hi, &["military"]) {
        1
    } else if doc.is(hi, &["armed"]) && doc.joined(hi) && doc.is(hi + 1, &["forces"]) {
        2
    } else {
        return 0;
    };
    let next = hi + n;
    let subject = next < doc.toks.len()
        && doc.same_sentence(hi, next)
        && doc.gap_after(next - 1).trim_matches(|c| c == ' ' || c == '\u{1}').is_empty()
        && doc.toks[next].has(LOWER)
        && (doc.is(next, discover::REPORTING) || doc.is(next, super::context::VERBS));
    if subject {
        n
    } else {
        0
    }
}

/// "government" or "police" written in lower case right after the name
/// ending before token `hi`: the body of that country or territory.
fn body_after(doc: &Doc, hi: usize) -> Option<&'static str> {
    if hi >= doc.toks.len() || !doc.joined(hi - 1) || !doc.toks[hi].has(LOWER) {
        return None;
    }
    ["government", "police"].into_iter().find(|b| doc.is(hi, &[b]))
}

/// Groups of people named by a lower-case plural alone, and the actor each
/// becomes when it acts ("police said", "protesters have responded").
const BARE_GROUPS: &[(&str, &str)] = &[
    ("protesters", "Protesters"),
    ("protestors", "Protesters"),
    ("demonstrators", "Protesters"),
    ("riot police", "Police"),
    ("police officers", "Police"),
    ("police", "Police"),
    ("security forces", "Security forces"),
];

/// The phrases of [`BARE_GROUPS`].
const BARE_GROUP_PHRASES: [&str; 7] = {
    let mut out = [""; 7];
    let mut i = 0;
    while i < 7 {
        out[i] = BARE_GROUPS[i].0;
        i += 1;
    }
    out
};

/// Groups that act, named by a bare plural ("police said", "besieged by
/// police", "clashes between supporters and security forces"): the gold
/// convention is that groups that act are organisations. When the article
/// names the group with a qualifier ("Hong Kong police", "Indiana
/// protesters"), the bare noun is that group; else it is an organisation
/// named by the noun ("Police").
fn bare_groups(doc: &Doc, used: &mut [bool], ms: &mut Vec<M>) {
    let mut i = 0;
    while i < doc.toks.len() {
        let t = doc.toks[i];
        let n = if used[i]
            || !(t.has(LOWER) || t.has(SENT_START))
            || t.has(HYPHEN)
            || !doc.is(i, &["protesters", "protestors", "demonstrators", "riot", "police", "security"])
        {
            0
        } else {
            phrase_at(doc, i, &BARE_GROUP_PHRASES)
        };
        if n == 0 || (i..i + n).any(|k| used[k] || (k > i && !doc.toks[k].has(LOWER))) || !group_acts(doc, i, i + n) {
            i += 1;
            continue;
        }
        let phrase: Vec<String> = (i..i + n).map(|k| doc.lower(k)).collect();
        let Some(&(_, name)) = BARE_GROUPS.iter().find(|g| g.0 == phrase.join(" ")) else {
            i += 1;
            continue;
        };
        let head = name.to_lowercase();
        let qualified = ms.iter().find_map(|m| match &m.target {
            Target::Actor(a, ActorKind::Organization)
                if a.len() > head.len() && a.to_lowercase().ends_with(&format!(" {head}")) =>
            {
                Some(m.target.clone())
            }
            _ => None,
        });
        let target = qualified.unwrap_or_else(|| Target::Actor(name.to_string(), ActorKind::Organization));
        for u in used.iter_mut().skip(i).take(n) {
            *u = true;
        }
        let (start, end) = (t.start as usize, doc.toks[i + n - 1].full_end() as usize);
        ms.push(M { start, end, target, role: None, extra_alias: None });
        i += n;
    }
}

/// "the Republican-dominated state government", "the state's government":
/// the government of the state the article is about, the first-level
/// subdivision of a country (from the ISO 3166-2 data) that the article
/// names most often ("Ohio" → "Ohio state government"). Nothing when the
/// article names none.
fn state_government(doc: &Doc, used: &mut [bool], ms: &mut Vec<M>) {
    let phrases: Vec<usize> = (0..doc.toks.len().saturating_sub(1))
        .filter(|&i| {
            !used[i]
                && !used[i + 1]
                && doc.toks[i].has(LOWER)
                && doc.toks[i + 1].has(LOWER)
                && doc.is(i, &["state"])
                && doc.is(i + 1, &["government"])
                && (doc.joined(i) || doc.toks[i].has(POSS))
        })
        .collect();
    if phrases.is_empty() {
        return;
    }
    let kb = kb::get();
    let mut counts: Vec<(&str, usize, usize)> = Vec::new(); // (name, count, first)
    for n in &doc.names {
        if kb.subdivisions.contains(n.name.as_str()) && doc.tok_hit[n.lo].is_none() {
            match counts.iter_mut().find(|c| c.0 == n.name) {
                Some(c) => c.1 += 1,
                None => counts.push((n.name.as_str(), 1, n.lo)),
            }
        }
    }
    let Some(&(state, _, _)) = counts.iter().max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2))) else { return };
    let target = Target::Actor(format!("{state} state government"), ActorKind::Organization);
    for i in phrases {
        // "the Republican-dominated state government": the modifier is part of the mention.
        let lo = if i > 0 && doc.toks[i - 1].has(HYPHEN) && doc.joined(i - 1) && !used[i - 1] { i - 1 } else { i };
        for u in used.iter_mut().take(i + 2).skip(lo) {
            *u = true;
        }
        let (start, end) = (doc.toks[lo].start as usize, doc.toks[i + 1].full_end() as usize);
        ms.push(M { start, end, target: target.clone(), role: None, extra_alias: None });
    }
}

struct M {
    start: usize,
    end: usize,
    target: Target,
    role: Option<discover::Role>,
    /// Another surface form met here: the bare name inside a longer
    /// mention ("Kazakh" in "Kazakh foreign ministry"), or title and name.
    extra_alias: Option<(usize, usize)>,
}

fn resolve_doc(doc: &Doc, article: u32, focus: Option<u16>, ctx: &Ctx, reg: &mut Registry) {
    let kb = kb::get();
    let gov = focus.map(|c| Target::Actor(kb.countries[c as usize].government(), ActorKind::Organization));
    let opp = focus.map(|c| Target::Actor(kb.countries[c as usize].opposition(), ActorKind::Organization));
    let mut used = vec![false; doc.toks.len()];
    let mut ms: Vec<M> = Vec::new();
    let tok_end = |i: usize| doc.toks.get(i).map_or(0, |t| t.full_end() as usize);

    // "The Democratic Renewal Coalition (DRC)": an acronym the article defines beats the knowledge base.
    let local_acronyms: HashMap<&str, Option<Target>> = doc
        .aliases
        .iter()
        .filter(|(a, t)| matches!(t, AliasTarget::Name(_)) && a.chars().all(|c| !c.is_lowercase()))
        .map(|(a, t)| (a.as_str(), alias_target(doc, t, ctx, focus)))
        .collect();
    for h in 0..doc.hits.len() {
        if doc.suppressed[h] {
            continue;
        }
        let hit = doc.hits[h];
        if let Some(t) = local_acronyms.get(&doc.folded[hit.start..hit.end]) {
            let (lo, hi) = hit_tokens(doc, h);
            let after_name = lo > 0 && doc.names.iter().any(|n| n.hi == lo && n.evidence & discover::ACRONYM != 0);
            if let (Some(t), false) = (t, after_name) {
                for u in &mut used[lo..hi] {
                    *u = true;
                }
                let end = doc.toks.get(hi - 1).map_or(hit.end, |t| t.full_end() as usize);
                ms.push(M { start: hit.start, end, target: t.clone(), role: None, extra_alias: None });
            }
            continue;
        }
        let (lo, hi) = hit_tokens(doc, h);
        if lo >= doc.toks.len() {
            continue;
        }
        // Extend to the whole word ("UN-backed", "Russia's") unless another hit shares it.
        let shares = |o: usize| {
            doc.hits.get(o).is_some_and(|x| x.start < tok_end(hi - 1) && x.end > doc.toks[lo].start as usize)
        };
        let alone = (h == 0 || !shares(h - 1)) && !shares(h + 1);
        let mut start = if alone { hit.start.min(doc.toks[lo].start as usize) } else { hit.start };
        // "the Kremlin": the determiner is not part of the name.
        for d in ["the ", "The "] {
            if doc.folded[start..].starts_with(d) && hit.end > start + d.len() {
                start += d.len();
            }
        }
        let bare = (start, hit.end);
        let mut end = if alone { hit.end.max(tok_end(hi - 1)) } else { hit.end };
        for u in &mut used[lo..hi] {
            *u = true;
        }
        let inst = if hi < doc.toks.len() && (doc.joined(hi - 1) || doc.toks[hi - 1].has(POSS)) {
            phrase_at(doc, hi, INSTITUTIONS)
        } else {
            0
        };
        let ministry = inst > 0 && doc.is(hi + inst - 1, &["ministry"]);
        let extend = |n: usize, end: &mut usize, used: &mut Vec<bool>| {
            let mut n = n;
            if doc.is(hi + n, &["delegation"]) && doc.joined(hi + n - 1) {
                n += 1;
            }
            for u in used.iter_mut().skip(hi).take(n) {
                *u = true;
            }
            *end = tok_end(hi + n - 1);
        };
        // "UK-based", "Cairo-born": a location inside a compound adjective.
        let located = doc.folded.get(hit.end..).is_some_and(|rest| {
            ["-based", "-born", "-bound", "-registered", "-headquartered"]
                .iter()
                .any(|suf| rest.get(..suf.len()).is_some_and(|r| r.eq_ignore_ascii_case(suf)))
        });
        let target = match hit.entry {
            Entry::Outlet => continue,
            Entry::Country(c) | Entry::Capital(c) | Entry::Demonym(c) if located => {
                Target::Place(kb.countries[c as usize].name.clone())
            }
            // "Hong Kong government", "Hong Kong police": a territory's own bodies act.
            Entry::Place(p) if body_after(doc, hi).is_some() => {
                let body = body_after(doc, hi).unwrap_or("government");
                extend(1, &mut end, &mut used);
                Target::Actor(format!("{} {body}", kb.places[p as usize]), ActorKind::Organization)
            }
            Entry::Place(p) => Target::Place(kb.places[p as usize].clone()),
            Entry::Org(o) => Target::Actor(kb.orgs[o as usize].clone(), ActorKind::Organization),
            // "the US military said", "US troops remain": the country's armed forces.
            Entry::Country(c) | Entry::Demonym(c) if armed_forces_after(doc, hi) > 0 => {
                extend(armed_forces_after(doc, hi), &mut end, &mut used);
                Target::Actor(format!("{} Armed Forces", kb.countries[c as usize].name), ActorKind::Organization)
            }
            Entry::Country(c) | Entry::Demonym(c) if focus == Some(c) => {
                let opp_len =
                    if hi < doc.toks.len() && doc.joined(hi - 1) { phrase_at(doc, hi, OPPOSITION) } else { 0 };
                if inst > 0 {
                    extend(inst, &mut end, &mut used);
                    gov.clone().unwrap_or_else(|| country_actor(c, None))
                } else if opp_len > 0 {
                    let n = opp_len + usize::from(doc.is(hi + 1, FOLLOWERS) && doc.joined(hi));
                    extend(n, &mut end, &mut used);
                    opp.clone().unwrap_or_else(|| country_actor(c, None))
                } else if matches!(hit.entry, Entry::Country(_)) && !doc.toks[hi - 1].has(POSS) && acting(doc, lo, hi) {
                    gov.clone().unwrap_or_else(|| country_actor(c, None))
                } else if matches!(hit.entry, Entry::Country(_)) {
                    Target::Place(kb.countries[c as usize].name.clone())
                } else {
                    continue;
                }
            }
            // "the Afghan government" in an article about another country: that government acts.
            Entry::Country(c) | Entry::Demonym(c) if body_after(doc, hi) == Some("government") => {
                extend(1, &mut end, &mut used);
                Target::Actor(kb.countries[c as usize].government(), ActorKind::Organization)
            }
            Entry::Country(c) => {
                // "in Syria", "in the Netherlands"
                let p = match lo.checked_sub(1) {
                    Some(p) if p > 0 && doc.is(p, &["the"]) => Some(p - 1),
                    p => p,
                };
                // "Michael Venus of New Zealand": a person's nationality.
                let nationality = lo >= 2
                    && doc.is(lo - 1, &["of"])
                    && doc.joined(lo - 1)
                    && doc.names.iter().any(|n| {
                        n.hi == lo - 1 && ctx.verdicts.get(&key(&n.name)) == Some(&Verdict::Person) && n.hi - n.lo >= 2
                    });
                // "authoritarian governments in Turkey and Saudi Arabia": the
                // country's rulers, not where something happens.
                let rulers_in = p.is_some_and(|p| {
                    p >= 1
                        && doc.is(p, &["in"])
                        && doc.joined(p - 1)
                        && doc.is(p - 1, &["government", "governments", "regime", "regimes", "authorities", "rulers"])
                });
                let locative = (p.is_some_and(|p| doc.is(p, COUNTRY_LOCATIVE) && doc.same_sentence(p, lo))
                    && !rulers_in)
                    || (hi < doc.toks.len() && doc.is(hi, &["capital"]))
                    || nationality;
                if ministry {
                    extend(inst, &mut end, &mut used);
                    country_actor(c, None)
                } else if locative {
                    Target::Place(kb.countries[c as usize].name.clone())
                } else if inst == 0 && attributive(doc, lo, hi) {
                    continue;
                } else {
                    country_actor(c, None)
                }
            }
            Entry::Demonym(c) => {
                if ministry {
                    extend(inst, &mut end, &mut used);
                } else if inst == 0 && attributive(doc, lo, hi) && describes_company(doc, hi) {
                    continue;
                }
                country_actor(c, None)
            }
            Entry::Capital(c) => {
                // "Moscow-backed", "Ankara-brokered": the capital is the agent.
                let agent = doc.folded.get(hit.end..).is_some_and(|rest| {
                    ["-backed", "-led", "-brokered", "-sponsored", "-supported", "-allied", "-aligned", "-funded"]
                        .iter()
                        .any(|suf| rest.get(..suf.len()).is_some_and(|r| r.eq_ignore_ascii_case(suf)))
                });
                if agent || acting(doc, lo, hi) {
                    let city = doc.text[hit.start..hit.end].to_lowercase();
                    match kb.org_seats.get(&city) {
                        Some(&o) => Target::Actor(kb.orgs[o as usize].clone(), ActorKind::Organization),
                        None => country_actor(c, focus),
                    }
                } else {
                    Target::Place(doc.text[hit.start..hit.end].to_string())
                }
            }
            Entry::Seat(c) => {
                if lo > 0 && doc.is(lo - 1, LOCATIVE) && doc.same_sentence(lo - 1, lo) {
                    Target::Place(doc.text[hit.start..hit.end].trim_start_matches("the ").to_string())
                } else {
                    country_actor(c, focus)
                }
            }
        };
        let extra_alias = (bare != (start, end)).then_some(bare);
        ms.push(M { start, end, target, role: None, extra_alias });
    }

    // Discovered names.
    let local_persons: Vec<(String, Vec<String>)> = doc
        .names
        .iter()
        .filter(|n| n.name.split_whitespace().count() >= 2 && ctx.verdicts.get(&key(&n.name)) == Some(&Verdict::Person))
        .map(|n| (n.name.clone(), name_words(&n.name)))
        .collect();
    for n in &doc.names {
        if (n.lo..n.hi).any(|k| used[k]) {
            continue;
        }
        let Some(target) = name_target(doc, &n.name, ctx, &local_persons, focus, true) else { continue };
        // "The Hill's request", "The Atlantic reported": a capitalised "The"
        // in mid-sentence opens the title of a publication or a work, never a
        // person's name.
        let titled =
            n.lo > 0 && doc.word(n.lo - 1) == "The" && !doc.toks[n.lo - 1].has(SENT_START) && doc.joined(n.lo - 1);
        if titled && matches!(target, Target::Actor(_, ActorKind::Person)) {
            continue;
        }
        for u in used.iter_mut().take(n.hi).skip(n.lo) {
            *u = true;
        }
        let extra_alias = n.title_start.map(|t| (t as usize, doc.toks[n.hi - 1].end as usize));
        ms.push(M {
            start: n.span.start as usize,
            end: n.span.end as usize,
            target,
            role: n.role.as_deref().cloned(),
            extra_alias,
        });
        // The acronym in "(IS)" right after the name.
        if n.evidence & discover::ACRONYM != 0 && n.hi < doc.toks.len() && !used[n.hi] {
            if let Some(t) = ms.last().map(|m| m.target.clone()) {
                used[n.hi] = true;
                let tk = doc.toks[n.hi];
                ms.push(M {
                    start: tk.start as usize,
                    end: tk.full_end() as usize,
                    target: t,
                    role: None,
                    extra_alias: None,
                });
            }
        }
    }

    // "the regime", "the opposition", "rebels": the article's government and opposition.
    if let (Some(gov), Some(opp)) = (&gov, &opp) {
        for i in 0..doc.toks.len() {
            let t = doc.toks[i];
            // "Rebels accuse ...": the cue words may open a sentence.
            if used[i] || !(t.has(LOWER) || t.has(SENT_START)) || t.has(HYPHEN) {
                continue;
            }
            let prev_joined = i > 0 && doc.joined(i - 1);
            let (target, mut start, mut last) = if doc.is(i, &["regime"]) {
                let named = prev_joined && doc.toks[i - 1].has(CAP) && !used[i - 1] && !doc.toks[i - 1].has(POSS);
                let s = if named { doc.toks[i - 1].start } else { t.start };
                (gov, s as usize, i)
            } else if doc.is(i, &["government"])
                && (prev_joined && doc.is(i - 1, &["the"])
                    || doc.is(i + 1, &["forces", "troops", "delegation", "officials", "side", "army", "soldiers"]))
            {
                (gov, t.start as usize, i)
            } else if doc.is(i, &["opposition", "rebels", "insurgents"])
                || doc.is(i, &["rebel"]) && doc.is(i + 1, FOLLOWERS) && doc.joined(i)
            {
                // "the rebel group X": the named group, not the opposition at large.
                if doc.is(i + 1, &["group"]) {
                    continue;
                }
                let mut s = t.start as usize;
                // "Syria's political and armed opposition"
                let mut k = i;
                while k > 0 && i - k < 4 && doc.joined(k - 1) && doc.toks[k - 1].has(LOWER) {
                    k -= 1;
                }
                if k > 0 && doc.toks[k - 1].has(POSS) && doc.same_sentence(k - 1, i) {
                    if let Some(hh) = doc.hit_at(k - 1) {
                        if matches!(hh.entry, Entry::Country(c) | Entry::Demonym(c) if Some(c) == focus) {
                            s = hh.start;
                        }
                    }
                }
                (opp, s, i)
            } else {
                continue;
            };
            if i + 1 < doc.toks.len() && doc.joined(i) && doc.is(i + 1, FOLLOWERS) {
                last = i + 1;
                used[i + 1] = true;
            }
            used[i] = true;
            start = start.min(t.start as usize);
            ms.push(M {
                start,
                end: doc.toks[last].full_end() as usize,
                target: target.clone(),
                role: None,
                extra_alias: None,
            });
        }
    }

    bare_groups(doc, &mut used, &mut ms);
    state_government(doc, &mut used, &mut ms);

    ms.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut kept: Vec<M> = Vec::new();
    for m in ms {
        if kept.last().is_some_and(|k| m.start < k.end) {
            continue;
        }
        kept.push(m);
    }
    let dominant = if gov.is_none() { dominant_country(doc) } else { None };
    for m in &kept {
        let surface: String =
            doc.text.get(m.start..m.end).unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ");
        let ix = reg.add(&m.target, article, Span::new(m.start, m.end), &surface);
        if let Some((s, e)) = m.extra_alias {
            let alias = clean_surface(doc.text.get(s..e).unwrap_or(""));
            reg.add_alias(&m.target, alias.into_owned());
        }
        if let (Target::Actor(..), Some(role)) = (&m.target, &m.role) {
            let aff = match &role.affiliation {
                // Without a regime or opposition to place it, an unqualified
                // head of state belongs to the country the article is about.
                Some(AffRef::FocusGov) => gov.clone().or_else(|| dominant.map(|c| country_actor(c, None))),
                Some(AffRef::At(s, e)) => {
                    kept.iter().find(|o| o.start >= *s && o.start < (*e).max(*s + 1)).map(|o| o.target.clone())
                }
                None => None,
            };
            let d = &mut reg.actors[ix];
            if d.role.is_none() && !role.text.is_empty() {
                d.role = Some(role.text.clone());
            }
            if d.affiliation.is_none() {
                if let Some(Target::Actor(a, _)) = aff {
                    if a != d.name {
                        d.affiliation = Some(a);
                    }
                }
            }
        }
    }
}
