//! Discovery of names the knowledge base does not hold: runs of capitalised
//! words (with name particles such as al-, bin, de, van), split around known
//! names and office titles, each with the evidence its context gives: a
//! title before it (a person, with role and affiliation), "said" after it,
//! an apposition ("Russia's negotiator, X Y,"), an organisation cue word
//! ("Committee", "the rebel group X"), a place cue ("in X", "the resort of
//! X"), a parenthesised acronym or a "known as" alias. The verdict on each
//! name is taken over the whole corpus in [`super::resolve`].

use super::gazetteer::{self, Hit};
use super::kb::{self, Entry, Title};
use super::resolve;
use super::roles::{
    apposition_role, clean, qual_span, qualifier_before, role_after, strip_determiner, title_at, title_before,
    who_heads,
};
use super::tokens::{self, Tok, ALLCAPS, CAP, HYPHEN, LOWER, POSS, SENT_START};
use dossier_model::{Article, Span};
use std::collections::HashSet;

/// Last words that make a capitalised run an organisation.
pub const ORG_CUES: &[&str] = &[
    "committee",
    "council",
    "army",
    "front",
    "party",
    "movement",
    "brigade",
    "brigades",
    "forces",
    "force",
    "union",
    "organisation",
    "organization",
    "association",
    "agency",
    "commission",
    "coalition",
    "alliance",
    "league",
    "group",
    "corps",
    "guard",
    "guards",
    "authority",
    "assembly",
    "parliament",
    "institute",
    "foundation",
    "battalion",
    "division",
    "legion",
    "militia",
    "units",
    "network",
    "federation",
    "bank",
    "fund",
    "court",
    "tribunal",
    "ministry",
    "department",
    "office",
    "service",
    "services",
    "board",
    "observatory",
    "mission",
    "company",
    "corporation",
    "congress",
    "senate",
    "police",
    "navy",
    "cabinet",
    "consortium",
    "bloc",
    "society",
    "platform",
    "administration",
    "command",
    "directorate",
    "commissariat",
    "secretariat",
    "bureau",
    "staff",
    "university",
    "airlines",
    "airways",
    "holdings",
    "limited",
    "partners",
    "exchange",
    "entertainment",
    "studios",
    "pictures",
    "records",
    "technologies",
    "industries",
    "enterprises",
    "pharmaceuticals",
    "motors",
    "labs",
    "laboratory",
    "laboratories",
    "academy",
    "securities",
    "equities",
    "center",
    "centre",
];

/// Words that with an organisation cue name a state body ("Foreign Ministry").
pub(super) const STATE_WORDS: &[&str] = &[
    "foreign",
    "defence",
    "defense",
    "interior",
    "armed",
    "air",
    "security",
    "health",
    "finance",
    "economy",
    "justice",
    "education",
    "information",
    "energy",
    "trade",
    "oil",
    "agriculture",
    "culture",
    "transport",
    "labour",
    "labor",
    "environment",
    "state",
    "national",
    "home",
];

/// Plural nouns for people who act together ("Indiana protesters chanted").
const GROUP_NOUNS: &[&str] =
    &["protesters", "protestors", "demonstrators", "strikers", "supporters", "teachers", "workers", "students"];

/// Head nouns that on their own name a legislature ("the Senate", "Congress").
const LEGISLATURES: &[&str] = &["senate", "congress", "parliament", "legislature", "knesset", "duma"];

/// Lowercase nouns that, just before a capitalised run, make it an organisation.
const ORG_NOUNS_BEFORE: &[&str] = &[
    "group",
    "faction",
    "militia",
    "movement",
    "organisation",
    "organization",
    "outfit",
    "coalition",
    "alliance",
    "party",
    "network",
    "brigade",
    "umbrella",
    "army",
    "bloc",
];
/// Lowercase nouns that, just after a capitalised run, make it an organisation.
const ORG_NOUNS_AFTER: &[&str] = &[
    "group",
    "militia",
    "militants",
    "fighters",
    "faction",
    "movement",
    "jihadists",
    "insurgents",
    "loyalists",
    "terrorists",
];
/// Nouns that, before a name with one descriptive word between, make it an
/// organisation: "the mining company SQM", "the disaster agency AFAD".
pub(super) const ORG_NOUNS_DESCRIBED: &[&str] = &[
    "agency",
    "company",
    "firm",
    "group",
    "operator",
    "broadcaster",
    "watchdog",
    "regulator",
    "charity",
    "carrier",
    "airline",
    "giant",
    "lender",
    "conglomerate",
    "organisation",
    "organization",
    "carmaker",
    "automaker",
    "chipmaker",
    "drugmaker",
    "manufacturer",
    "maker",
    "retailer",
    "insurer",
    "bank",
    "miner",
    "startup",
    "supplier",
    "producer",
    "brewer",
];
/// Titles of address that give no office: a role after the name beats them.
const HONORIFICS: &[&str] = &[
    "sheikh",
    "shaikh",
    "imam",
    "ayatollah",
    "grand ayatollah",
    "prince",
    "princess",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "professor",
    "hon",
    "honourable",
    "honorable",
];
/// Is token `i` a legal-form suffix closing a company's name ("Siemens AG",
/// "Acme Ltd")? The forms come from `data/legal-forms.txt`.
fn legal_form(doc: &Doc, i: usize) -> bool {
    doc.toks.get(i).is_some_and(|t| !t.has(LOWER)) && with_lower(doc.word(i), |w| kb::get().legal_forms.contains(w))
}
/// Nouns before "in X" that make X a company, not a place: "shares in X".
const HOLDING_NOUNS: &[&str] = &["shares", "stake", "stakes", "stock", "investment", "investments", "holding"];

/// Does a company officer's title start at token `i` ("chief executive",
/// "CEO", "founder")? The run just before it names the company.
fn corporate_title_at(doc: &Doc, i: usize) -> bool {
    doc.is(i, &["ceo", "cfo", "coo", "founder", "co-founder", "boss"])
        || (doc.is(i, &["chief"])
            && doc.joined(i)
            && doc.is(i + 1, &["executive", "financial", "operating", "technology"]))
}
/// Nouns that, after a name and one descriptive word, make it an
/// organisation: "the X rescue group", "the Y rights organisation".
const ORG_NOUNS_AFTER_DESCRIBED: &[&str] =
    &["group", "organisation", "organization", "agency", "charity", "movement", "militia", "network", "coalition"];
/// Arabic common nouns that open organisation names the way "Front" or
/// "Movement" close English ones (front, movement, brigade, party, ...).
const ARABIC_ORG_HEADS: &[&str] = &[
    "jabhat", "harakat", "harakat", "liwa", "hizb", "kataib", "kata'ib", "saraya", "majlis", "tanzim", "hay'at",
    "hayat", "ansar", "jamaat", "jama'at", "faylaq", "tajamu", "ittihad",
];

/// Last words that make a capitalised run a place.
pub(super) const GEO_CUES: &[&str] = &[
    "sea",
    "ocean",
    "river",
    "gulf",
    "mountains",
    "mountain",
    "valley",
    "desert",
    "province",
    "governorate",
    "region",
    "peninsula",
    "strait",
    "island",
    "islands",
    "lake",
    "canal",
    "heights",
    "plain",
    "coast",
    "bay",
    "square",
    "airport",
    "crossing",
    "bridge",
    "dam",
    "district",
    "county",
    "city",
    "state",
    "statehouse",
    "capitol",
    "school",
    "stadium",
    "hospital",
];
/// Prepositions after which an unknown capitalised run is a location.
pub const LOCATIVE: &[&str] =
    &["in", "to", "from", "near", "at", "outside", "inside", "towards", "toward", "around", "across", "into", "via"];
/// "the resort of X", "the city of X".
const PLACE_NOUNS_OF: &[&str] = &[
    "city",
    "town",
    "village",
    "resort",
    "province",
    "region",
    "capital",
    "port",
    "district",
    "suburb",
    "enclave",
    "governorate",
    "island",
    "area",
    "outskirts",
];
/// Verbs that make the name before them a speaker.
pub const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "announced",
    "insisted",
    "insists",
    "warned",
    "warns",
    "explained",
    "noted",
    "wrote",
    "tweeted",
    "asked",
    "replied",
    "argued",
    "claimed",
    "confirmed",
    "denied",
    "urged",
    "urges",
    "declared",
    "stressed",
    "acknowledged",
    "admitted",
    "suggested",
];
/// Name particles written in lower case inside a name ("Staffan de X", "X bin Y").
const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "abu", "ben", "de", "del", "della", "der", "den", "van", "von", "da", "di", "du",
    "la", "le", "dos", "das", "ter",
];
pub const PERSON: u8 = 1;
pub const ORG: u8 = 2;
pub const PLACE: u8 = 4;
pub const JOURNALIST: u8 = 8;
/// Has a parenthesised acronym after it.
pub const ACRONYM: u8 = 16;
/// Ends with an organisation cue word: an organisation whatever else is said.
pub const ORG_NAME: u8 = 32;
/// One word before "said": a person only if a longer name ends with it.
pub const SAID: u8 = 64;
/// One word that acts (subject of a verb, agent, owner): an organisation
/// unless a person's name ends with it.
pub const ACTS: u8 = 128;

/// Where an affiliation is to be read once mentions are resolved.
#[derive(Clone, Debug, PartialEq)]
pub enum AffRef {
    /// The first actor mention starting in this byte range.
    At(usize, usize),
    /// The government of the country the article is about.
    FocusGov,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    pub text: String,
    pub affiliation: Option<AffRef>,
}

/// A capitalised run not in the knowledge base.
#[derive(Clone, Debug)]
pub struct NameCand {
    /// Token range.
    pub lo: usize,
    pub hi: usize,
    /// Byte span, possessive included.
    pub span: Span,
    /// The name as written, without a possessive.
    pub name: String,
    pub evidence: u8,
    /// Boxed: most names have no role, and every article's names are held at once.
    pub role: Option<Box<Role>>,
    /// Start of a capitalised title written just before the name ("President X").
    pub title_start: Option<u32>,
}

/// One article, tokenised, with knowledge-base hits and discovered names.
pub struct Doc {
    /// The article's text, only while its names are read or resolved (see
    /// [`Doc::with_text`]); empty otherwise, since every article's document
    /// is held at once and `folded` already has the same offsets.
    pub text: String,
    pub folded: String,
    pub sentences: Vec<Span>,
    pub toks: Vec<Tok>,
    pub hits: Vec<Hit>,
    /// Token index → its hit in `hits`.
    pub tok_hit: Vec<Option<HitRef>>,
    /// Hits swallowed by a longer discovered name ("Syrian" in "Free Syrian X Army").
    pub suppressed: Vec<bool>,
    pub names: Vec<NameCand>,
    /// (alias, name it stands for): parenthesised acronyms and "known as".
    pub aliases: Vec<(String, AliasTarget)>,
    /// Hashes ([`word_hash`]) of the capitalised words of the article and of
    /// the capitalised plurals it writes after "the" ("the Steelers"), built
    /// on first use.
    pub cap_words: std::sync::OnceLock<CapWords>,
    /// Written in English: common English function words make up a fair
    /// share of its words. Rules that read English capitalisation
    /// ("Pittsburgh center X Y") are not applied to other languages, where
    /// every noun may be capitalised.
    pub english: bool,
}

/// A token's knowledge-base hit, as its index in [`Doc::hits`] plus one, so
/// that `Option<HitRef>` takes four bytes a token: every article's tokens are
/// held at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HitRef(std::num::NonZeroU32);

impl HitRef {
    fn new(ix: usize) -> Option<HitRef> {
        u32::try_from(ix + 1).ok().and_then(std::num::NonZeroU32::new).map(HitRef)
    }
    pub fn ix(self) -> usize {
        self.0.get() as usize - 1
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum AliasTarget {
    Name(usize),
    Hit(usize),
}

impl Doc {
    #[inline]
    pub fn word(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.folded[t.start as usize..t.end as usize])
    }
    pub fn lower(&self, i: usize) -> String {
        self.word(i).to_lowercase()
    }
    /// Is word `i` a stop word? Avoids allocating for short ASCII words.
    pub fn is_stop(&self, i: usize) -> bool {
        with_lower(self.word(i), |w| kb::get().stopwords.contains(w))
    }
    #[inline]
    pub fn is(&self, i: usize, words: &[&str]) -> bool {
        let w = self.word(i);
        !w.is_empty() && words.iter().any(|x| x.len() == w.len() && x.eq_ignore_ascii_case(w))
    }
    /// Text between token `i` (after its possessive) and token `i + 1`.
    pub fn gap_after(&self, i: usize) -> &str {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => &self.folded[a.full_end() as usize..b.start as usize],
            (Some(a), None) => &self.folded[a.full_end() as usize..],
            _ => "",
        }
    }
    /// Token `i + 1` follows token `i` in the same sentence with only spaces
    /// between, or after the full stop that closes an initialism ("U.S.
    /// Securities", "U.N. envoy").
    pub fn joined(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => {
                let gap = self.gap_after(i);
                a.sent == b.sent
                    && !a.has(POSS)
                    && (gap.bytes().all(|c| c == b' ' || c == 1)
                        || (gap.starts_with('.') && gap[1..].bytes().all(|c| c == b' ') && self.initialism_end(i)))
            }
            _ => false,
        }
    }
    /// Is token `i` the last letter of a dotted initialism ("S" of "U.S.")?
    fn initialism_end(&self, i: usize) -> bool {
        let letter = |k: usize| {
            let w = self.word(k);
            w.len() == 1 && w.bytes().all(|c| c.is_ascii_uppercase())
        };
        i >= 1 && letter(i) && letter(i - 1) && self.gap_after(i - 1) == "."
    }
    pub fn same_sentence(&self, i: usize, j: usize) -> bool {
        matches!((self.toks.get(i), self.toks.get(j)), (Some(a), Some(b)) if a.sent == b.sent)
    }
    pub fn sentence_end(&self, i: usize) -> usize {
        let s = self.toks.get(i).map_or(0, |t| t.sent as usize);
        self.sentences.get(s).map_or(self.folded.len(), |s| s.end as usize)
    }
    /// Runs `f` with [`Doc::text`] filled from `article`, then empties it again.
    pub fn with_text<R>(&mut self, article: &Article, f: impl FnOnce(&mut Doc) -> R) -> R {
        self.text = article.text();
        let out = f(self);
        self.text = String::new();
        out
    }
    pub fn hit_at(&self, i: usize) -> Option<&Hit> {
        self.tok_hit.get(i).copied().flatten().map(|h| &self.hits[h.ix()])
    }
}

/// Calls `f` with the lowercase form of `w`, on the stack for short ASCII words.
pub fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if w.len() <= buf.len() && w.is_ascii() {
        for (b, c) in buf.iter_mut().zip(w.bytes()) {
            *b = c.to_ascii_lowercase();
        }
        f(std::str::from_utf8(&buf[..w.len()]).unwrap_or(""))
    } else {
        f(&w.to_lowercase())
    }
}

/// Tokenises an article and finds knowledge-base hits.
pub fn prepare(article: &Article) -> Doc {
    let text = article.text();
    let folded = crate::text::fold_for_matching(&text);
    let sentences =
        if article.sentences.is_empty() { crate::text::sentences(&text) } else { article.sentences.clone() };
    let mut toks = tokens::tokenize(&folded, &sentences);
    // Every article's document is held until resolution: no spare capacity.
    toks.shrink_to_fit();
    let mut hits = gazetteer::find(&folded);
    hits.shrink_to_fit();
    let mut tok_hit: Vec<Option<HitRef>> = vec![None; toks.len()];
    let mut t = 0;
    for (h, hit) in hits.iter().enumerate() {
        while t < toks.len() && (toks[t].full_end() as usize) <= hit.start {
            t += 1;
        }
        let mut k = t;
        while k < toks.len() && (toks[k].start as usize) < hit.end {
            tok_hit[k] = HitRef::new(h);
            k += 1;
        }
    }
    let suppressed = vec![false; hits.len()];
    let function_words = toks
        .iter()
        .filter(|t| {
            let w = &folded[t.start as usize..t.end as usize];
            w.len() <= 4 && ENGLISH_FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w))
        })
        .count();
    // English prose runs at 15-25 %; a short text with none is no evidence either way.
    let english = toks.len() < 40 || function_words * 100 >= toks.len() * 6;
    Doc {
        text: String::new(),
        folded,
        sentences,
        toks,
        hits,
        tok_hit,
        suppressed,
        names: Vec::new(),
        aliases: Vec::new(),
        cap_words: std::sync::OnceLock::new(),
        english,
    }
}

/// The commonest English function words, to tell English prose.
const ENGLISH_FUNCTION_WORDS: &[&str] = &["the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on"];

/// "People's" in "X People's Liberation Front": a possessive inside an organisation's name.
fn possessive_in_name(doc: &Doc, i: usize) -> bool {
    const WORDS: &[&str] = &["people", "peoples", "workers", "women", "children", "martyrs", "farmers", "nations"];
    let Some(t) = doc.toks.get(i) else { return false };
    if !(t.has(POSS) && t.has(CAP) && doc.is(i, WORDS) && doc.same_sentence(i, i + 1)) {
        return false;
    }
    let gap_ok = doc.gap_after(i).bytes().all(|c| c == b' ' || c == 1);
    // Only when the run goes on to an organisation cue word.
    gap_ok && (i + 1..(i + 6).min(doc.toks.len())).any(|k| doc.is(k, ORG_CUES) && doc.toks[k].has(CAP))
}

/// "George W. Bush": a one-letter initial with its full stop stays inside a name.
fn initial(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    w.len() == 1
        && w.chars().all(|c| c.is_ascii_uppercase())
        && doc.same_sentence(i, i + 1)
        && doc.gap_after(i).trim_end_matches(' ') == "."
        && i > 0
        // "Hon. B. U. Nzeribe": initials may open a name after a title.
        && (doc.joined(i - 1)
            || (doc.gap_after(i - 1).trim() == "."
                && (title_at(doc, i - 1).is_some() || doc.word(i - 1).bytes().all(|c| c.is_ascii_uppercase()))
                && doc.word(i - 1).len() <= 3))
}

/// Is word `i` a name particle ("de", "van", "al")?
pub fn is_name_particle(doc: &Doc, i: usize) -> bool {
    doc.is(i, PARTICLES) && doc.toks.get(i).is_some_and(|t| t.has(LOWER))
}

fn is_particle(doc: &Doc, i: usize) -> bool {
    // "van der Berg": particles may chain before the capitalised word.
    (i..i + 3).take_while(|&k| doc.is(k, PARTICLES) && doc.joined(k)).any(|k| starts_name(doc, k + 1))
}

/// "He Jianxiong", "Du Wei": a family name of a tradition that writes it
/// first, which is also an English word, before one given name written in
/// pinyin that the corpus never writes in lower case. The pair is a name,
/// not a pronoun opening a sentence.
pub(super) fn family_first_pair(doc: &Doc, a: usize, b: usize, lower_vocab: &HashSet<String>) -> bool {
    b == a + 2
        && doc.toks[a].has(CAP)
        && kb::get().name_flags(doc.word(a)) & kb::FAMILY_FIRST != 0
        && doc.hit_at(a + 1).is_none()
        && doc.joined(a)
        && pinyin_word(doc.word(a + 1))
        && !with_lower(doc.word(a + 1), |w| lower_vocab.contains(w))
}

/// A capitalised word of one to three Hanyu Pinyin syllables written
/// without tone marks ("Jianxiong", "Yi", "Xiaoming"): linguistic
/// knowledge of the syllable inventory, not a list of names.
pub fn pinyin_word(w: &str) -> bool {
    const INITIALS: &[&str] = &[
        "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s",
        "y", "w", "",
    ];
    const FINALS: &[&str] = &[
        "iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan", "ai", "ei", "ui", "ao",
        "ou", "iu", "ie", "ue", "er", "an", "en", "in", "un", "ia", "ua", "uo", "a", "o", "e", "i", "u",
    ];
    let mut cs = w.chars();
    if !cs.next().is_some_and(|c| c.is_ascii_uppercase()) || !cs.all(|c| c.is_ascii_lowercase()) || w.len() < 2 {
        return false;
    }
    let lower = w.to_ascii_lowercase();
    let bytes = lower.as_str();
    // Syllables that can end at each byte: at most three in all.
    fn fits(rest: &str, left: usize) -> bool {
        if rest.is_empty() {
            return true;
        }
        if left == 0 {
            return false;
        }
        INITIALS.iter().filter(|i| rest.starts_with(*i)).any(|i| {
            let after = &rest[i.len()..];
            FINALS.iter().filter(|f| after.starts_with(*f)).any(|f| {
                // "j", "q", "x" take only finals in i or u; "zh", "ch", "sh", "z", "c", "s", "r" none in i + vowel.
                let ok = match *i {
                    "j" | "q" | "x" => f.starts_with('i') || f.starts_with('u'),
                    "zh" | "ch" | "sh" | "z" | "c" | "s" | "r" => !(f.starts_with('i') && f.len() > 1),
                    "" => !f.starts_with('i') && !f.starts_with('u'),
                    _ => true,
                };
                ok && fits(&after[f.len()..], left - 1)
            })
        })
    }
    fits(bytes, 3)
}

/// "known as (the) X": the token index of "known" when it sits before `lo`.
fn known_as_before(doc: &Doc, lo: usize) -> Option<usize> {
    let mut k = lo.checked_sub(1)?;
    if doc.is(k, &["the"]) && doc.joined(k) {
        k = k.checked_sub(1)?;
    }
    (k >= 1 && doc.is(k, &["as"]) && doc.is(k - 1, &["known"]) && doc.joined(k) && doc.joined(k - 1)).then(|| k - 1)
}

/// "al-Hakim", "bin-Salman": an Arabic article glued to a capitalised name.
fn arabic_article_name(w: &str) -> bool {
    let Some(dash) = w.bytes().take(4).position(|b| b == b'-') else { return false };
    let prefix = &w[..dash];
    const ARTICLES: &[&str] =
        &["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul", "ed", "er", "es", "esh", "et", "ez", "en"];
    ARTICLES.iter().any(|p| p.eq_ignore_ascii_case(prefix))
        && w[dash + 1..].chars().next().is_some_and(char::is_uppercase)
}

fn starts_name(doc: &Doc, i: usize) -> bool {
    doc.toks.get(i).is_some_and(|t| t.has(CAP) || (t.has(LOWER) && t.has(HYPHEN) && arabic_article_name(doc.word(i))))
}

/// Finds names in `doc`. `lower_vocab` holds every word the corpus writes in
/// lower case, so that "Organisers" opening a sentence is not a name.
pub fn discover(doc: &mut Doc, lower_vocab: &HashSet<String>) {
    let n = doc.toks.len();
    let mut i = 0;
    let mut last_qualifier: Option<(u32, usize, usize)> = None; // (sentence, start byte, end byte)
    while i < n {
        if !(starts_name(doc, i) || is_particle(doc, i)) || handle(doc, i) {
            i += 1;
            continue;
        }
        // A maximal run of name words.
        let mut b = i + 1;
        while b < n
            && (doc.joined(b - 1) || possessive_in_name(doc, b - 1) || initial(doc, b - 1))
            && (starts_name(doc, b) || is_particle(doc, b))
        {
            b += 1;
        }
        // "Organisation for the Prohibition of ...", "Institute on Drug
        // Abuse": of/for/on joins after a cue word.
        let mut of_joined = false;
        while b + 1 < n
            && (doc.is(b - 1, ORG_CUES) || doc.is(b - 1, &["house"]) && doc.is(b, &["of"]))
            && doc.joined(b - 1)
            && doc.is(b, &["of", "for", "on"])
            && doc.toks[b].has(LOWER)
            && doc.joined(b)
        {
            let mut c = b + 1;
            if doc.is(c, &["the"]) && doc.joined(c) {
                c += 1;
            }
            // "the Committee on Monday": a calendar or function word is no name.
            if !starts_name(doc, c) || (doc.is_stop(c) && doc.tok_hit[c].is_none()) {
                break;
            }
            let mut e = c + 1;
            // "House of Representatives": one word names the chamber.
            let chamber = doc.is(b - 1, &["house"]);
            while !chamber && e < n && doc.joined(e - 1) && (starts_name(doc, e) || is_particle(doc, e)) {
                e += 1;
            }
            b = e;
            of_joined = true;
        }
        // "Securities and Exchange Commission", "Food and Drug Administration":
        // one common noun, "and", then a name closed by a cue word.
        if b + 2 < n
            && doc.is(b, &["and"])
            && doc.toks[b].has(LOWER)
            && doc.joined(b - 1)
            && doc.joined(b)
            && (i..b).filter(|&k| doc.tok_hit[k].is_none()).count() == 1
            && doc.tok_hit[b - 1].is_none()
            && (doc.is(b - 1, ORG_CUES) || with_lower(doc.word(b - 1), |w| lower_vocab.contains(w)))
        {
            let mut e = b + 1;
            while e < n && doc.tok_hit[e].is_none() && starts_name(doc, e) && (e == b + 1 || doc.joined(e - 1)) {
                e += 1;
            }
            if e - b >= 3 && doc.is(e - 1, ORG_CUES) && doc.toks[e - 1].has(CAP) {
                b = e;
                of_joined = true;
            }
        }
        let run_end = b;
        let org_run = b - i >= 2 && (of_joined || doc.is(b - 1, ORG_CUES) && !doc.toks[b - 1].has(LOWER));
        let mut a = i;
        while a < b {
            let t = doc.toks[a];
            // "Defence Minister X" opens a sentence: a title is never an ordinary opener.
            let ordinary = t.has(SENT_START)
                && (with_lower(doc.word(a), |w| lower_vocab.contains(w)) || opening_verb_form(doc, a, lower_vocab))
                && title_at(doc, a).is_none_or(|(len, _)| a + len >= b);
            // "The Independent Reform Council": only determiners go before an organisation's name.
            let w = doc.word(a);
            let modifier = t.has(HYPHEN)
                && ["-led", "-backed", "-based", "-aligned", "-allied", "-linked", "-affiliated", "-funded", "-held"]
                    .iter()
                    .any(|suf| {
                        w.len() > suf.len() && w.get(w.len() - suf.len()..).is_some_and(|x| x.eq_ignore_ascii_case(suf))
                    });
            let strip = if org_run {
                doc.is(a, &["the", "a", "an", "this", "that"]) || modifier || (ordinary && doc.hit_at(a).is_none())
            } else {
                doc.hit_at(a).is_none() && (doc.is_stop(a) || ordinary) && !family_first_pair(doc, a, b, lower_vocab)
            };
            if !strip {
                break;
            }
            a += 1;
        }
        if org_run
            && a > i
            && doc.hit_at(a - 1).is_some()
            && doc.tok_hit[a - 1] == doc.tok_hit.get(a).copied().flatten()
        {
            // The stripped determiner began a known name ("The Independent"): that name is not meant.
            if let Some(h) = doc.tok_hit[a - 1] {
                doc.suppressed[h.ix()] = true;
                for k in a - 1..b {
                    if doc.tok_hit[k] == Some(h) {
                        doc.tok_hit[k] = None;
                    }
                }
            }
        }
        // "Sofia Korvel", "Jordan Peterson": a known place name that starts a longer name is a first name.
        for k in a..b.saturating_sub(1) {
            let Some(h) = doc.tok_hit[k] else { continue };
            let single = (k == 0 || doc.tok_hit[k - 1] != Some(h)) && doc.tok_hit[k + 1] != Some(h);
            let placey = matches!(doc.hits[h.ix()].entry, Entry::Country(_) | Entry::Capital(_) | Entry::Place(_));
            let prev_known = k > a && doc.tok_hit[k - 1].is_some();
            let next = k + 1;
            let next_name = doc.tok_hit[next].is_none()
                && doc.toks[next].has(CAP)
                && !doc.is_stop(next)
                && title_at(doc, next).is_none()
                && !doc.is(next, ORG_CUES)
                && !GEO_CUES.iter().any(|g| doc.is(next, &[g]));
            // "ambassador to Britain Liu X": the place is where the office
            // looks, and the name after it is the office holder's.
            let towards = k == a
                && k >= 1
                && doc.is(k - 1, TOWARDS)
                && doc.joined(k - 1)
                && title_before(doc, k - 1).is_some_and(|(_, t)| !t.journalist);
            if single && placey && !prev_known && next_name && !towards {
                doc.suppressed[h.ix()] = true;
                doc.tok_hit[k] = None;
            }
        }
        let mut next = run_end;
        if a < b {
            next = next.max(run(doc, a, b, of_joined, lower_vocab, &mut last_qualifier));
        }
        i = next;
    }
    // Held until the whole corpus is resolved: no spare capacity.
    doc.names.shrink_to_fit();
    doc.aliases.shrink_to_fit();
}

/// "Questioning Vindman, ...", "Hosting Cook": a sentence's first word that
/// is a verb form in "-ing" whose verb the corpus writes in lower case
/// ("question", "hosted"), and no known given name ("Sterling"), opens the
/// sentence; it is not part of the name after it ("Boeing" has no verb).
fn opening_verb_form(doc: &Doc, i: usize, lower_vocab: &HashSet<String>) -> bool {
    if !doc.word(i).ends_with("ing") {
        return false;
    }
    let w = doc.word(i).to_lowercase();
    let Some(stem) = w.strip_suffix("ing").filter(|s| s.len() >= 3 && s.bytes().all(|c| c.is_ascii_alphabetic()))
    else {
        return false;
    };
    // "running" → "run": a doubled last consonant.
    let undoubled = stem.len() >= 4 && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2];
    let forms = [
        stem.to_string(),
        format!("{stem}e"),
        format!("{stem}ed"),
        format!("{stem}s"),
        format!("{stem}es"),
        if undoubled { stem[..stem.len() - 1].to_string() } else { String::new() },
    ];
    forms.iter().any(|f| !f.is_empty() && lower_vocab.contains(f)) && kb::get().name_flags(doc.word(i)) & kb::GIVEN == 0
}

/// Last words that name a newspaper, a broadcaster or a news desk.
pub(super) const MEDIA_HEADS: &[&str] = &[
    "chronicle",
    "times",
    "post",
    "herald",
    "journal",
    "tribune",
    "gazette",
    "telegraph",
    "daily",
    "observer",
    "inquirer",
    "courier",
    "examiner",
    "dispatch",
    "bulletin",
    "magazine",
    "newspaper",
    "news",
    "sports",
    "radio",
    "television",
    "tv",
];

/// Prepositions between an office and the country it looks to.
const TOWARDS: &[&str] = &["to", "for"];

/// "China's ambassador to Britain Liu X", "the envoy for Syria Ana Y": an
/// office held towards a country or place, written between the title and
/// the name. Returns the title's first token and the title, as
/// [`title_before`] does.
fn title_to_place(doc: &Doc, lo: usize) -> Option<(usize, Title)> {
    let p = lo.checked_sub(1)?;
    let h = doc.tok_hit.get(p).copied().flatten()?;
    let hit = &doc.hits[h.ix()];
    if !matches!(hit.entry, Entry::Country(_) | Entry::Place(_) | Entry::Capital(_)) || !doc.joined(p) {
        return None;
    }
    let first = doc.toks.partition_point(|t| (t.full_end() as usize) <= hit.start);
    let prep = first.checked_sub(1).filter(|&k| doc.is(k, TOWARDS) && doc.joined(k))?;
    title_before(doc, prep).filter(|(_, t)| !t.journalist)
}

/// Party affiliations written before a name ("Republican Phil Bryant").
const AFFILIATIONS: &[&str] =
    &["republican", "democrat", "democratic", "conservative", "liberal", "labour", "tory", "socialist", "communist"];

/// Is token `j` no word of a person's name: an acronym ("DL"), a known name
/// of the knowledge base, a word the corpus writes in lower case, a party
/// affiliation, a medium, or a plural ("Browns") that is no family name.
fn no_name_word(doc: &Doc, j: usize, lower_vocab: &HashSet<String>) -> bool {
    let t = doc.toks[j];
    let w = doc.word(j);
    t.has(ALLCAPS)
        || doc.tok_hit[j].is_some()
        || with_lower(w, |l| lower_vocab.contains(l))
        || doc.is(j, AFFILIATIONS)
        || doc.is(j, MEDIA_HEADS)
        || doc.is(j, EMPLOYEES)
        || doc.is(j, JOBS)
        || (w.ends_with('s') && !w.ends_with("ss") && kb::get().name_flags(w) & (kb::FAMILY | kb::GIVEN) == 0)
}

/// Capitalised words of an article, as [`word_hash`] hashes.
#[derive(Default)]
pub struct CapWords {
    /// Every capitalised word.
    pub all: HashSet<u64>,
    /// Capitalised plurals written after "the" ("the Steelers").
    pub after_the: HashSet<u64>,
}

impl Doc {
    /// The article's capitalised words, gathered on first use.
    pub fn cap_words(&self) -> &CapWords {
        self.cap_words.get_or_init(|| {
            let mut c = CapWords::default();
            for i in (0..self.toks.len()).filter(|&i| self.toks[i].has(CAP)) {
                let w = self.word(i);
                c.all.insert(word_hash(w, ""));
                if i > 0 && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && self.is(i - 1, &["the"]) {
                    c.after_the.insert(word_hash(w, ""));
                }
            }
            c
        })
    }
}

/// FNV-1a hash of `word` followed by `suffix`, lower-cased, without allocating.
pub fn word_hash(word: &str, suffix: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    if word.is_ascii() && suffix.is_ascii() {
        for b in word.bytes().chain(suffix.bytes()) {
            h ^= u64::from(b.to_ascii_lowercase());
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        return h;
    }
    let mut buf = [0u8; 4];
    for c in word.chars().chain(suffix.chars()).flat_map(char::to_lowercase) {
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Is the word at token `k` the plural of a group's noun rather than a
/// family name: a plural that is no known family name, which the article
/// also writes after "the" ("the Steelers") or whose singular it writes
/// capitalised ("Republicans" beside "Republican", "Democrats" beside
/// "Democratic")?
pub(super) fn group_plural(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    let Some(stem) = w.strip_suffix('s').filter(|s| s.len() >= 3 && !s.ends_with(['s', 'u', 'i', 'o'])) else {
        return false;
    };
    if kb::get().name_flags(w) & kb::FAMILY != 0 {
        return false;
    }
    let caps = doc.cap_words();
    caps.after_the.contains(&word_hash(w, ""))
        || caps.all.contains(&word_hash(stem, ""))
        || caps.all.contains(&word_hash(stem, "ic"))
}

/// "@MattBevin", "#RedForEd": a social-media handle or hashtag, not a name.
fn handle(doc: &Doc, i: usize) -> bool {
    let start = doc.toks[i].start as usize;
    doc.folded[..start].ends_with(['@', '#'])
}

/// Is the name at `lo..hi` (two or three plain capitalised words) written
/// after one or two lower-case words naming a role, themselves after a
/// capitalised name ("Pittsburgh center Maurkice Pouncey", "Browns pass
/// rusher Myles Garrett")? The role is singular and no verb, adverb or
/// function word ("US troops Tuesday", "Russia said Monday" are not).
fn described_by_role(doc: &Doc, lo: usize, hi: usize) -> bool {
    if !doc.english || !(2..=3).contains(&(hi - lo)) || lo < 2 {
        return false;
    }
    let plain = |k: usize| {
        let t = doc.toks[k];
        t.has(CAP) && !t.has(ALLCAPS) && !t.has(POSS) && doc.tok_hit[k].is_none() && !doc.is_stop(k)
    };
    let role_word = |k: usize| {
        let w = doc.word(k);
        doc.toks[k].has(LOWER)
            && !doc.toks[k].has(HYPHEN)
            && doc.joined(k)
            && !doc.is_stop(k)
            && !doc.is(k, REPORTING)
            && !doc.is(k, super::context::VERBS)
            && !["ed", "ing", "ly"].iter().any(|e| w.ends_with(e))
            && w.len() >= 3
    };
    if !(lo..hi).all(plain) || !(lo..hi - 1).all(|k| doc.joined(k)) {
        return false;
    }
    let last_role = lo - 1;
    if !role_word(last_role) || doc.word(last_role).ends_with('s') {
        return false;
    }
    let first_role = if role_word(last_role - 1) { last_role - 1 } else { last_role };
    let Some(owner) = first_role.checked_sub(1) else { return false };
    doc.same_sentence(owner, lo)
        && doc.toks[owner].has(CAP)
        && (doc.joined(owner) || doc.toks[owner].has(POSS))
        && !doc.toks[owner].has(SENT_START)
}

/// Is token `i` a known given name ("Phil", "Sheldon")?
fn given_name(doc: &Doc, i: usize) -> bool {
    kb::get().name_flags(doc.word(i)) & kb::GIVEN != 0
}

/// Splits one capitalised run into names. Returns the token after the last
/// one it consumed (a title may run past the run: "Secretary of State").
fn run(
    doc: &mut Doc,
    a: usize,
    b: usize,
    of_joined: bool,
    lower_vocab: &HashSet<String>,
    last_q: &mut Option<(u32, usize, usize)>,
) -> usize {
    // "X, known as Y until ...": Y is another name of X.
    if let Some(known) = known_as_before(doc, a) {
        if let Some(target) = entity_before_comma(doc, known) {
            push_name(doc, a, b, 0, None);
            let name = doc.names[doc.names.len() - 1].name.clone();
            doc.aliases.push((name, target));
            return b;
        }
    }
    // An organisation named by its last word swallows known names inside it.
    // (A run that is exactly a known name, "West Bank", "World Bank", is the knowledge base's.)
    let cue_last = doc.is(b - 1, ORG_CUES) && !doc.toks[b - 1].has(LOWER);
    let known_whole = doc.tok_hit[b - 1].is_some_and(|h| (a..b).all(|k| doc.tok_hit[k] == Some(h)));
    // "Air Astana", "Air France", "Air New Zealand": an airline named after a
    // country or city ("Air Force" is a service, "Air Quality" a topic).
    if doc.is(a, &["air"]) && doc.toks[a].has(CAP) && !doc.toks[a].has(ALLCAPS) && b - a >= 2 {
        let h = doc.tok_hit[a + 1];
        let place = doc.hit_at(a + 1).is_some_and(|x| {
            matches!(x.entry, Entry::Country(_) | Entry::Capital(_) | Entry::Place(_) | Entry::Demonym(_))
        });
        if place && (a + 1..b).all(|k| doc.tok_hit[k] == h) {
            if let Some(h) = h {
                doc.suppressed[h.ix()] = true;
            }
            push_name(doc, a, b, ORG | ORG_NAME, None);
            return b;
        }
    }
    // "a meeting in the Oval Office": an office one is in is a room.
    let room = doc.is(b - 1, &["office"])
        && a >= 2
        && doc.is(a - 1, &["the"])
        && doc.is(a - 2, &["in", "into", "inside", "outside"])
        && doc.joined(a - 2)
        && doc.joined(a - 1);
    // "San Francisco's Moscone Center, where ...": a centre one is at is a venue.
    let venue = doc.is(b - 1, &["center", "centre"])
        && b < doc.toks.len()
        && doc.same_sentence(b - 1, b)
        && doc.gap_after(b - 1).trim() == ","
        && doc.is(b, &["where"]);
    if b - a >= 2 && cue_last && (room || venue) {
        push_name(doc, a, b, PLACE, None);
        return b;
    }
    if b - a >= 2 && (cue_last || of_joined) && !known_whole {
        let inner_hits: Vec<HitRef> = (a..b - 1).filter_map(|k| doc.tok_hit[k]).collect();
        // "Russian Defense Ministry", "Austrian Interior Ministry": a country's
        // body named in capitals, portfolio and all, is an organisation of its
        // own ("Syrian Army", "the Kazakh foreign ministry" stay the state).
        let named_body = b - a >= 3
            && doc.hit_at(a).is_some_and(|h| matches!(h.entry, Entry::Country(_) | Entry::Demonym(_)))
            && doc.tok_hit[a + 1] != doc.tok_hit[a]
            && (a + 1..b).all(|k| doc.toks[k].has(CAP) && doc.tok_hit[k].is_none() && title_at(doc, k).is_none());
        if !institution(doc, a, b) || named_body {
            for h in inner_hits {
                doc.suppressed[h.ix()] = true;
            }
            push_name(doc, a, b, ORG | ORG_NAME, None);
            after_name(doc, doc.names.len() - 1);
        }
        return b;
    }
    // Split around known names and titles.
    let mut k = a;
    let mut piece_start = a;
    let mut pending_title: Option<(usize, usize, Title)> = None;
    while k <= b {
        let title_here = if k < b { title_at(doc, k) } else { None };
        let boundary = k == b || doc.tok_hit[k].is_some() || title_here.is_some();
        // "Infrastructure Minister", "Deputy Transport Secretary": capitalised
        // words right before an office head name its portfolio, not a person.
        let portfolio = title_here.and_then(|(len, _)| portfolio_start(doc, piece_start, k, k + len));
        if let (Some(p), Some((len, t))) = (portfolio, title_here) {
            if piece_start < p {
                piece(doc, piece_start, p, pending_title.take(), lower_vocab, last_q);
            }
            let from = pending_title.filter(|&(_, e, _)| e == p && p == piece_start).map_or(p, |(s, _, _)| s);
            pending_title = Some((from, k + len, t));
            k += len;
            piece_start = k;
            continue;
        }
        if boundary {
            if piece_start < k {
                piece(doc, piece_start, k, pending_title.take(), lower_vocab, last_q);
            }
            if k == b {
                break;
            }
            if doc.tok_hit[k].is_some() {
                let h = doc.tok_hit[k];
                while k < b && doc.tok_hit[k] == h {
                    k += 1;
                }
                pending_title = None;
            } else if let Some((len, t)) = title_at(doc, k) {
                pending_title = Some((k, k + len, t));
                k += len;
            }
            piece_start = k;
            continue;
        }
        k += 1;
    }
    k.max(b)
}

/// "Foreign Ministry", "Syrian Army", "Russian Foreign Ministry": a
/// country's own body named by a state word, a country or demonym, or a
/// title before its head noun, read with its country, not a new organisation.
fn institution(doc: &Doc, a: usize, b: usize) -> bool {
    const STATE_BODIES: &[&str] = &[
        "ministry",
        "army",
        "forces",
        "force",
        "navy",
        "police",
        "department",
        "office",
        "service",
        "services",
        "guard",
        "guards",
        "command",
        "staff",
        "administration",
        "cabinet",
        "agency",
        "directorate",
    ];
    let state = |k: usize| {
        doc.hit_at(k).is_some_and(|h| matches!(h.entry, Entry::Country(_) | Entry::Demonym(_)))
            || title_at(doc, k).is_some()
            || doc.is(k, STATE_WORDS)
    };
    doc.is(b - 1, STATE_BODIES) && (a..b - 1).all(state)
}

/// Office heads a capitalised portfolio can precede ("Housing Minister").
const PORTFOLIO_HEADS: &[&str] = &[
    "minister",
    "secretary",
    "commissioner",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "adviser",
    "advisor",
    "envoy",
    "chief",
    "coordinator",
    "czar",
    "tsar",
];

/// Where the portfolio before the title at `[ts, te)` starts: the longest
/// run (at most two words) of capitalised, unknown, non-stop words ending at
/// `ts`, inside the piece that begins at `from`. `None` when there is none.
fn portfolio_start(doc: &Doc, from: usize, ts: usize, te: usize) -> Option<usize> {
    if ts == 0 || !doc.is(te - 1, PORTFOLIO_HEADS) || !doc.toks[ts].has(CAP) {
        return None;
    }
    let mut p = ts;
    while p > from && ts - p < 2 {
        let k = p - 1;
        let t = doc.toks[k];
        let plain = t.has(CAP) && !t.has(POSS) && !t.has(ALLCAPS) && doc.joined(k) && doc.tok_hit[k].is_none();
        if !plain || doc.is_stop(k) || title_at(doc, k).is_some_and(|(len, _)| k + len > ts) {
            break;
        }
        p = k;
    }
    (p < ts).then_some(p)
}

fn push_name(doc: &mut Doc, lo: usize, hi: usize, evidence: u8, role: Option<Role>) {
    let (s, e, fe) = (doc.toks[lo].start as usize, doc.toks[hi - 1].end as usize, doc.toks[hi - 1].full_end() as usize);
    let name = clean(&doc.text[s..e]);
    doc.names.push(NameCand {
        lo,
        hi,
        span: Span::new(s, fe),
        name,
        evidence,
        role: role.map(Box::new),
        title_start: None,
    });
}

/// One candidate name between `lo` and `hi`; `title` is the title just before
/// it inside the same capitalised run.
fn piece(
    doc: &mut Doc,
    lo: usize,
    hi: usize,
    title: Option<(usize, usize, Title)>,
    lower_vocab: &HashSet<String>,
    last_q: &mut Option<(u32, usize, usize)>,
) {
    // A lone letter ("B.") names no one.
    if (lo..hi).all(|k| doc.is_stop(k)) || (hi - lo == 1 && doc.word(lo).chars().count() == 1) {
        return;
    }
    // "Indiana State Teachers Association President X": a piece of a longer
    // run that ends with an organisation cue word names the organisation.
    if hi - lo >= 2 && doc.is(hi - 1, ORG_CUES) && doc.toks[hi - 1].has(CAP) && !institution(doc, lo, hi) {
        push_name(doc, lo, hi, ORG | ORG_NAME, None);
        after_name(doc, doc.names.len() - 1);
        return;
    }
    // "Republican Phil Bryant", "Browns DL Sheldon Richardson": words before
    // a full name shaped like a person's, that are no name themselves, are a
    // piece of their own. After a medium ("CBS Sports NFL Insider X Y") the
    // person is its reporter.
    if hi - lo >= 3 {
        let split = (lo + 1..hi - 1).find(|&k| {
            given_name(doc, k)
                && resolve::person_shape(doc, k, hi, lower_vocab)
                && ((lo..k).all(|j| no_name_word(doc, j, lower_vocab)) || doc.toks[k - 1].has(ALLCAPS))
        });
        if let Some(k) = split {
            let media = (lo..k).any(|j| doc.is(j, MEDIA_HEADS))
                || (lo > 0 && doc.joined(lo - 1) && doc.hit_at(lo - 1).is_some_and(|h| h.entry == Entry::Outlet));
            piece(doc, lo, k, title, lower_vocab, last_q);
            let before = doc.names.len();
            piece(doc, k, hi, None, lower_vocab, last_q);
            if media {
                for n in doc.names[before..].iter_mut() {
                    n.evidence = JOURNALIST;
                }
            }
            return;
        }
    }
    // "Kentucky GOP Gov. X": an acronym that qualifies the office after it is
    // a name of its own.
    if hi - lo >= 2 && hi < doc.toks.len() && doc.joined(hi - 1) && title_at(doc, hi).is_some() {
        let (t, w) = (doc.toks[hi - 1], doc.word(hi - 1));
        if t.has(ALLCAPS)
            && w.len() >= 3
            && w.bytes().all(|c| c.is_ascii_uppercase())
            && doc.tok_hit[hi - 1].is_none()
            && !with_lower(w, |l| lower_vocab.contains(l))
        {
            piece(doc, lo, hi - 1, title, lower_vocab, last_q);
            piece(doc, hi - 1, hi, None, lower_vocab, last_q);
            return;
        }
    }
    // "San Francisco Chronicle", "CBS Sports": a medium, never an actor.
    if hi - lo >= 2 && doc.is(hi - 1, MEDIA_HEADS) && doc.toks[hi - 1].has(CAP) {
        push_name(doc, lo, hi, JOURNALIST, None);
        return;
    }
    let mut evidence = 0u8;
    let mut role = None;
    let title = title.map(|(s, _, t)| (s, t)).or_else(|| title_before(doc, lo)).or_else(|| title_to_place(doc, lo));
    // "General Staff": one ordinary word after a title is no name.
    if title.is_some() && hi - lo == 1 && with_lower(doc.word(lo), |w| lower_vocab.contains(w)) {
        return;
    }
    if let Some((ts, t)) = title {
        evidence |= if t.journalist { JOURNALIST } else { PERSON };
        let title_end = doc.toks[lo - 1].end as usize;
        let sent = doc.toks[ts].sent;
        let (role_start, aff) = match qualifier_before(doc, ts) {
            Some(q) => {
                let (qs, qe) = qual_span(doc, q);
                *last_q = Some((sent, qs, qe));
                (qs, Some(AffRef::At(qs, qe)))
            }
            None => {
                let and_before = ts > 0 && doc.is(ts - 1, &["and"]) && doc.same_sentence(ts - 1, ts);
                match *last_q {
                    Some((s, qs, qe)) if s == sent && and_before => {
                        let q = clean(&doc.text[qs..qe]);
                        let t = clean(&doc.text[doc.toks[ts].start as usize..title_end]);
                        role = Some(Role { text: format!("{q} {t}"), affiliation: Some(AffRef::At(qs, qe)) });
                        (doc.toks[ts].start as usize, None)
                    }
                    // "Renault chief executive X", "Apple's CEO X": the
                    // company named just before the title employs X.
                    _ if corporate_title_at(doc, ts) && company_before(doc, ts).is_some() => {
                        let rs = company_before(doc, ts).unwrap_or(ts);
                        let (s, e) = (doc.toks[rs].start as usize, doc.toks[ts - 1].end as usize);
                        (s, Some(AffRef::At(s, e)))
                    }
                    _ => (doc.toks[ts].start as usize, t.head.then_some(AffRef::FocusGov)),
                }
            }
        };
        if role.is_none() {
            role = Some(Role { text: clean(strip_determiner(&doc.text[role_start..title_end])), affiliation: aff });
        }
    }
    let before = lo.checked_sub(1);
    if let Some(p) = before {
        if doc.joined(p) && doc.is(p, ORG_NOUNS_BEFORE) && doc.toks[p].has(LOWER) {
            evidence |= ORG;
        }
        // "the state oil company Petrobras", "the disaster agency AFAD": a
        // described organisation noun after "the" names what follows.
        if doc.joined(p)
            && doc.is(p, ORG_NOUNS_DESCRIBED)
            && doc.toks[p].has(LOWER)
            && ((p.saturating_sub(3)..p).any(|k| doc.is(k, &["the"]) && (k..p).all(|j| doc.joined(j)))
                // "Ukrainian energy company Burisma", "Turkish-based carrier X": a described noun without "the".
                || (p >= 1
                    && doc.joined(p - 1)
                    && !doc.is(p - 1, &["a", "an", "another", "one", "any", "every", "no"])
                    && (doc.hit_at(p - 1).is_some() || doc.toks[p - 1].has(LOWER))))
        {
            evidence |= ORG;
        }
        let holding = p >= 1 && doc.is(p, &["in"]) && doc.is(p - 1, HOLDING_NOUNS) && doc.joined(p - 1);
        // "chief economist at Flexport", "a trade professor at Cornell": where someone works.
        let employer = p >= 1
            && doc.is(p, &["at"])
            && doc.joined(p - 1)
            && doc.joined(p)
            && (doc.is(p - 1, EMPLOYEES) || doc.is(p - 1, JOBS) || title_at(doc, p - 1).is_some_and(|(n, _)| n == 1));
        if holding || employer && !GEO_CUES.iter().any(|g| doc.is(hi - 1, &[g])) {
            evidence |= ORG;
        } else if doc.joined(p) && doc.is(p, LOCATIVE) && doc.toks[p].has(LOWER) && !doc.is(hi - 1, ORG_CUES) {
            evidence |= PLACE;
        }
        // "in Greenbelt, Maryland, ...": the region after a place and a comma.
        let after_place = doc.gap_after(p).trim_matches(|c| c == ' ' || c == '\u{1}') == ","
            && doc.same_sentence(p, lo)
            && (doc
                .hit_at(p)
                .is_some_and(|h| matches!(h.entry, Entry::Place(_) | Entry::Capital(_) | Entry::Country(_)))
                || doc.names.last().is_some_and(|m| m.hi == p + 1 && m.evidence & PLACE != 0));
        let closed = hi >= doc.toks.len()
            || !doc.same_sentence(hi - 1, hi)
            || doc.gap_after(hi - 1).trim_start_matches([' ', '\u{1}']).starts_with([',', '.', ';']);
        if after_place && closed && hi - lo <= 2 && !doc.toks[hi - 1].has(POSS) {
            evidence |= PLACE;
        }
        if doc.joined(p) && doc.is(p, &["capital"]) {
            evidence |= PLACE;
        }
        if p >= 1 && doc.is(p, &["of"]) && doc.joined(p) && doc.is(p - 1, PLACE_NOUNS_OF) && doc.joined(p - 1) {
            evidence |= PLACE;
        }
        // "Pittsburgh center X Y", "Browns pass rusher X Y": a full name after
        // a singular role noun that follows a capitalised name.
        if role.is_none() && described_by_role(doc, lo, hi) {
            evidence |= PERSON;
        }
        // "led by X Y", "headed by X Y": a person at the head of something.
        if p >= 1 && hi - lo >= 2 && doc.is(p, &["by"]) && doc.is(p - 1, &["led", "headed", "chaired", "commanded"]) {
            evidence |= PERSON;
        }
        // Inverted attribution, '"...," said X Y': a full name right after
        // the reporting verb is the person speaking ("told X Y" is not: the
        // one told may be an outlet).
        if hi - lo >= 2
            && doc.joined(p)
            && doc.same_sentence(p, lo)
            && doc.toks[p].has(LOWER)
            && doc.is(
                p,
                &["said", "says", "added", "adds", "asked", "wrote", "writes", "explained", "warned", "insisted"],
            )
        {
            evidence |= PERSON;
        }
        // "known as X": an alias of the name before the comma.
        if let Some(known) = known_as_before(doc, lo) {
            if let Some(target) = entity_before_comma(doc, known) {
                push_name(doc, lo, hi, 0, None);
                doc.aliases.push((doc_name(doc, lo, hi), target));
                return;
            }
        }
        // Apposition: "<role with a title>, X Y".
        if role.is_none() && doc.gap_after(p).trim() == "," && doc.same_sentence(p, lo) {
            if let Some(r) = apposition_role(doc, p) {
                evidence |= PERSON;
                role = Some(r);
            }
        }
    }
    if hi - lo >= 2 && legal_form(doc, hi - 1) {
        evidence |= ORG | ORG_NAME;
    }
    if hi < doc.toks.len() && tight(doc, hi - 1) && corporate_title_at(doc, hi) {
        evidence |= ORG;
    }
    if hi - lo >= 2 && doc.is(lo, ARABIC_ORG_HEADS) {
        evidence |= ORG | ORG_NAME;
    }
    let geo = GEO_CUES.iter().any(|g| doc.is(hi - 1, &[g]));
    if geo && hi - lo >= 2 {
        evidence |= PLACE;
    }
    // "Russia's Vladimir Putin": a full name owned by a country or organisation.
    if let Some(p) = before {
        let owner = doc.toks[p].has(POSS) && doc.same_sentence(p, lo) && doc.gap_after(p).trim_matches(' ').is_empty();
        let owner_hit = doc.hit_at(p).filter(|h| matches!(h.entry, Entry::Country(_) | Entry::Org(_) | Entry::Seat(_)));
        if owner && role.is_none() && !geo && hi - lo >= 2 && evidence & (ORG | PLACE) == 0 {
            if let Some(h) = owner_hit {
                evidence |= PERSON;
                role = Some(Role { text: String::new(), affiliation: Some(AffRef::At(h.start, h.end)) });
            }
        }
    }
    if hi < doc.toks.len() && doc.same_sentence(hi - 1, hi) {
        let gap = doc.gap_after(hi - 1).trim_matches(|c| c == ' ' || c == '\u{1}');
        if gap.is_empty() && doc.is(hi, ORG_NOUNS_AFTER) && !doc.toks[hi - 1].has(POSS) {
            evidence |= ORG;
        }
        // "Kowloon West district", "Idlib province": a place named with its kind.
        if gap.is_empty() && doc.toks[hi].has(LOWER) && GEO_CUES.iter().any(|g| doc.is(hi, &[g])) {
            evidence |= PLACE;
        }
        // "the White Helmets rescue group": one lower-case word describes the group.
        if gap.is_empty()
            && lo > 0
            && doc.is(lo - 1, &["the"])
            && doc.joined(lo - 1)
            && !doc.toks[hi - 1].has(POSS)
            && doc.toks[hi].has(LOWER)
            && hi + 1 < doc.toks.len()
            && doc.joined(hi)
            && doc.same_sentence(hi, hi + 1)
            && doc.is(hi + 1, ORG_NOUNS_AFTER_DESCRIBED)
        {
            evidence |= ORG;
        }
        // One capitalised word before "said" is as often "Observers" as a surname.
        if (gap.is_empty() || gap == ",") && doc.is(hi, REPORTING) && doc.toks[hi].has(LOWER) {
            evidence |= if hi - lo >= 2 { PERSON } else { SAID };
        }
        // "Kosmos, a group co-founded by ...", "X, the Texas-based intelligence firm,": described as an organisation.
        if gap == "," && doc.is(hi, &["a", "an", "the"]) && evidence & PERSON == 0 {
            let mut k = hi + 1;
            while k < doc.toks.len()
                && k - hi <= 4
                && (doc.toks[k].has(LOWER) || doc.toks[k].has(HYPHEN))
                && doc.same_sentence(hi, k)
            {
                if doc.is(k, ORG_NOUNS_DESCRIBED) {
                    evidence |= ORG;
                    break;
                }
                if !doc.joined(k) {
                    break;
                }
                k += 1;
            }
        }
        // "X Y, the singer who ...": an apposition whose noun takes "who"
        // describes a person (an organisation takes "which" or "that").
        if gap == "," && doc.is(hi, &["the", "a", "an"]) && hi - lo >= 2 && evidence & ORG == 0 {
            let mut k = hi + 1;
            while k < doc.toks.len()
                && k - hi <= 4
                && doc.toks[k].has(LOWER)
                && doc.joined(k - 1)
                && !doc.is(k, &["who"])
            {
                k += 1;
            }
            let noun = k - 1;
            if k > hi + 1
                && doc.is(k, &["who"])
                && doc.joined(noun)
                && !doc.is(noun, ORG_NOUNS_DESCRIBED)
                && !doc.is(noun, GROUP_NOUNS)
            {
                evidence |= PERSON;
            }
        }
        if gap == "," && doc.is(hi, &["who"]) && hi - lo >= 2 {
            evidence |= PERSON;
            if role.is_none() {
                role = who_heads(doc, hi);
            }
        }
        // "X Y, the Canadian envoy, said": the role follows the name.
        // An honorific before the name ("Sheikh X, Qatar's prime minister,")
        // is no office: the role after the name says more.
        let honorific = role.as_ref().is_some_and(|r| {
            HONORIFICS.iter().any(|h| h.eq_ignore_ascii_case(r.text.trim_end_matches('.'))) && r.affiliation.is_none()
        });
        if gap == "," && hi - lo >= 2 && (role.is_none() || honorific) {
            if let Some(r) = role_after(doc, hi) {
                evidence |= PERSON;
                role = Some(r);
            }
        }
        // "Kristi Noem (R)": one letter is a party, not an acronym.
        if gap == "(" && doc.toks[hi].has(ALLCAPS) && doc.word(hi).len() >= 2 && doc.gap_after(hi).starts_with(')') {
            evidence |= ACRONYM;
        }
    }
    if hi - lo == 1 && doc.hit_at(lo).is_none() {
        // "NASA said", "BART's board voted": an acronym that acts is an organisation.
        let t = doc.toks[lo];
        let w = doc.word(lo);
        let acronym = t.has(ALLCAPS)
            && !t.has(HYPHEN)
            && w.len() >= 3
            && w.bytes().all(|c| c.is_ascii_uppercase())
            && title_at(doc, lo).is_none()
            && !doc.is_stop(lo);
        // "GOP Gov. X", "NFL Commissioner Y": an acronym qualifying an office
        // (not a shouted word: "your GREAT Governor").
        let qualifies = hi < doc.toks.len()
            && doc.joined(lo)
            && title_at(doc, hi).is_some()
            && !with_lower(w, |l| lower_vocab.contains(l));
        if acronym && (acronym_acts(doc, lo) || qualifies) {
            evidence |= ORG;
        }
        // "the Senate voted", "Congress must act": a legislature named by its head noun.
        let house = doc.is(lo, &["house"])
            && lo > 0
            && doc.is(lo - 1, &["the"])
            && doc.joined(lo - 1)
            && !(hi < doc.toks.len() && doc.joined(lo) && (doc.toks[hi].has(CAP) || doc.is(hi, &["of"])));
        if t.has(CAP) && !t.has(ALLCAPS) && (doc.is(lo, LEGISLATURES) || house) {
            evidence |= ORG | ORG_NAME;
        }
    }
    // "the Communist party", "the Democratic Progressive party", "a Forest
    // Hill police sergeant": a party or a local police named with its head
    // noun in lower case.
    if hi < doc.toks.len()
        && evidence & (PERSON | JOURNALIST) == 0
        && doc.joined(hi - 1)
        && !doc.toks[hi - 1].has(POSS)
        && doc.toks[hi].has(LOWER)
        && doc.is(hi, &["party", "police"])
        && doc.toks[lo..hi].iter().all(|t| !t.has(ALLCAPS))
    {
        push_name(doc, lo, hi + 1, ORG | ORG_NAME, None);
        return;
    }
    // "Indiana protesters chanted": a group named after a place that acts is an organisation.
    if hi < doc.toks.len()
        && evidence & (PERSON | ORG | JOURNALIST) == 0
        && doc.joined(hi - 1)
        && !doc.toks[hi - 1].has(POSS)
        && doc.toks[hi].has(LOWER)
        && doc.is(hi, GROUP_NOUNS)
        && super::context::acting(doc, lo, hi + 1)
    {
        push_name(doc, lo, hi + 1, ORG | ORG_NAME, None);
        return;
    }
    if hi - lo == 1 && doc.hit_at(lo).is_none() && (subject_of_verb(doc, lo, lower_vocab) || employs(doc, lo)) {
        evidence |= ACTS;
    }
    // "a teacher at Richmond High School, said": a place named by its cue word does not speak.
    if geo && hi - lo >= 2 && title.is_none() {
        evidence &= !PERSON;
        role = None;
    }
    // A lone sentence opener seen in lower case elsewhere is an ordinary word.
    if hi - lo == 1
        && doc.toks[lo].has(SENT_START)
        && with_lower(doc.word(lo), |w| lower_vocab.contains(w))
        && evidence == 0
    {
        return;
    }
    push_name(doc, lo, hi, evidence, role);
    // "Siemens AG" then "Siemens": the short form is the same company.
    if hi - lo >= 2 && legal_form(doc, hi - 1) && evidence & ORG_NAME != 0 {
        let ix = doc.names.len() - 1;
        doc.aliases.push((doc_name(doc, lo, hi - 1), AliasTarget::Name(ix)));
    }
    if let Some((ts, _)) = title.filter(|(ts, _)| doc.toks[*ts].has(CAP) && (*ts..lo).all(|k| doc.joined(k))) {
        let last = doc.names.len() - 1;
        doc.names[last].title_start = Some(doc.toks[ts].start);
    }
    after_name(doc, doc.names.len() - 1);
}

/// Is the single capitalised word at token `i` the subject of a verb
/// ("..., and Netflix has been", "Boeing also managed")? Not an acronym, no
/// possessive, no digits; a sentence opener only when the corpus never
/// writes it in lower case.
fn subject_of_verb(doc: &Doc, i: usize, lower_vocab: &HashSet<String>) -> bool {
    let t = doc.toks[i];
    let next = i + 1;
    if t.has(ALLCAPS) || t.has(POSS) || t.has(HYPHEN) || next >= doc.toks.len() {
        return false;
    }
    // "Netflix has been a game changer": a sentence may open with it, when
    // the corpus never writes the word in lower case ("Officials have").
    // The copula says too little there: "Medicaid was a key issue".
    if t.has(SENT_START)
        && (with_lower(doc.word(i), |w| lower_vocab.contains(w)) || doc.is(next, &["is", "was", "are", "were"]))
    {
        return false;
    }
    if doc.word(i).bytes().any(|c| c.is_ascii_digit()) || !doc.same_sentence(i, next) {
        return false;
    }
    let gap = doc.gap_after(i).trim_matches(|c| c == ' ' || c == '\u{1}');
    gap.is_empty()
        && doc.toks[next].has(LOWER)
        && (doc.is(next, REPORTING) || doc.is(next, super::context::VERBS))
        && !doc.is(next, &["now", "then", "still", "already", "recently"])
}

/// Staff that a company or team has, after its name ("Commerzbank analyst",
/// "an Alibaba spokesperson", "Steelers defensive captain").
const EMPLOYEES: &[&str] = &[
    "analyst",
    "analysts",
    "economist",
    "economists",
    "strategist",
    "strategists",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "executive",
    "executives",
    "employee",
    "employees",
    "engineers",
    "shareholders",
    "captain",
    "coach",
    "quarterback",
    "teammate",
    "teammates",
    "chairman",
];

/// Occupations whose place of work follows "at" ("a professor at X").
const JOBS: &[&str] = &[
    "professor",
    "lecturer",
    "researcher",
    "scientist",
    "fellow",
    "scholar",
    "economist",
    "director",
    "partner",
    "manager",
    "official",
    "officials",
    "engineer",
    "worker",
    "workers",
    "staff",
    "expert",
    "researchers",
];

/// Is the single word at token `i` followed by one of its staff, with at
/// most one lower-case word between ("Steelers defensive captain")? Then it
/// is an organisation unless a person's name ends with it.
fn employs(doc: &Doc, i: usize) -> bool {
    let t = doc.toks[i];
    if t.has(ALLCAPS) || t.has(POSS) || !tight(doc, i) {
        return false;
    }
    let staff = |k: usize| doc.toks.get(k).is_some_and(|t| t.has(LOWER)) && doc.is(k, EMPLOYEES);
    staff(i + 1) || (doc.toks[i + 1].has(LOWER) && doc.joined(i + 1) && !doc.is_stop(i + 1) && staff(i + 2))
}

/// Does the acronym at token `i` act? The subject of a verb ("NASA said",
/// "the NFL will fine"), the agent after "by", or the owner of a named body
/// ("NASA's Science Mission Directorate"). A ticker ("(.IXIC)") never does.
fn acronym_acts(doc: &Doc, i: usize) -> bool {
    let start = doc.toks[i].start as usize;
    if doc.folded[..start].ends_with('.') {
        return false;
    }
    if i > 0 && doc.same_sentence(i - 1, i) && doc.is(i - 1, &["by"]) && doc.joined(i - 1) {
        return true;
    }
    let next = i + 1;
    if next >= doc.toks.len() || !doc.same_sentence(i, next) {
        return false;
    }
    if doc.toks[i].has(POSS) {
        return doc.toks[next].has(CAP) && !doc.is_stop(next);
    }
    let gap = doc.gap_after(i).trim_matches(|c| c == ' ' || c == '\u{1}');
    gap.is_empty()
        && doc.toks[next].has(LOWER)
        && (doc.is(next, REPORTING) || doc.is(next, super::context::VERBS))
        && !doc.is(next, &["now", "then", "still", "already"])
}

/// First token of a capitalised run ending just before token `ts` in the
/// same sentence (the company in "Renault chief executive"), if any.
fn company_before(doc: &Doc, ts: usize) -> Option<usize> {
    let mut k = ts;
    while k > 0
        && ts - k < 4
        && doc.same_sentence(k - 1, ts)
        && tight(doc, k - 1)
        && doc.toks[k - 1].has(CAP)
        && !doc.is_stop(k - 1)
        && !doc.is(k - 1, &["former", "then", "new", "acting", "interim", "outgoing", "its", "their"])
    {
        k -= 1;
    }
    (k < ts).then_some(k)
}

/// Is token `i` followed by token `i + 1` of its sentence with only spaces
/// between? Unlike [`Doc::joined`], a possessive counts ("Apple's CEO").
fn tight(doc: &Doc, i: usize) -> bool {
    i + 1 < doc.toks.len() && doc.same_sentence(i, i + 1) && doc.gap_after(i).bytes().all(|c| c == b' ')
}

/// Registers a parenthesised acronym after name `ix` as its alias.
fn after_name(doc: &mut Doc, ix: usize) {
    let hi = doc.names[ix].hi;
    if hi < doc.toks.len()
        && doc.gap_after(hi - 1).trim_matches(|c| c == ' ' || c == '\u{1}') == "("
        && doc.toks[hi].has(ALLCAPS)
        && !doc.toks[hi].has(HYPHEN)
        && doc.word(hi).len() >= 2
        && doc.gap_after(hi).starts_with(')')
    {
        doc.names[ix].evidence |= ACRONYM;
        let acr = doc.word(hi).to_string();
        doc.aliases.push((acr, AliasTarget::Name(ix)));
    }
}

fn doc_name(doc: &Doc, lo: usize, hi: usize) -> String {
    clean(&doc.text[doc.toks[lo].start as usize..doc.toks[hi - 1].end as usize])
}

/// The known or discovered name ending just before the comma before token `known`.
fn entity_before_comma(doc: &Doc, known: usize) -> Option<AliasTarget> {
    let mut k = known;
    if k >= 1 && doc.is(k - 1, &["also", "formerly", "previously", "once", "originally"]) {
        k -= 1;
    }
    let prev = k.checked_sub(1)?;
    if doc.gap_after(prev).trim() != "," || !doc.same_sentence(prev, known) {
        return None;
    }
    if let Some(ix) = doc.names.iter().rposition(|nm| nm.hi == prev + 1) {
        return Some(AliasTarget::Name(ix));
    }
    doc.tok_hit[prev].map(|h| AliasTarget::Hit(h.ix()))
}
