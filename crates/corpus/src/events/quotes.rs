//! Quotes: direct quotations (« », “ ”, straight double quotes) with their
//! speaker. Attribution is read after the quote ("…," says X / "…," X said),
//! before it (X said: "…"), from the sentence subject for short quotes inside
//! a reported sentence, and from the previous quote for a continuation.
//! "he"/"she" resolve to the last person named as a speaker or subject whose
//! gender, when the text gives it ("Ms", "spokesman", "X said she …"), agrees.

use super::lexicon::{self, is_reporting_verb};
use super::mentions::ArticleView;
use super::tokens::{tokenize, Tok, TokKind, Toks};
use dossier_model::{ActorIx, ActorKind, Quote, Span, PARAGRAPH_SEPARATOR};

/// A speaker as written, with the actor it resolves to.
#[derive(Clone, Debug, PartialEq)]
struct Speaker {
    text: String,
    actor: Option<ActorIx>,
    person: bool,
    /// Known only from a gendered word at the name ("Mrs", "chairman").
    gender: Option<Gender>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

/// How many recent people are kept as antecedents for "he" and "she".
const ANTECEDENTS: usize = 8;

/// A quotation found in the text: marks at `open`/`close`, words in `inner`.
#[derive(Clone, Copy, Debug)]
struct Marks {
    open: usize,
    close_end: usize,
    inner: Span,
}

/// Finds the quotes of one article and their speakers.
pub fn collect(a: &ArticleView, toks: &mut Vec<Tok>, out: &mut Vec<Quote>) {
    let marks = find_marks(a.text);
    if marks.is_empty() {
        return;
    }
    let mut st = State::default();
    let mut next = 0;
    let mut spoke = None;
    for (si, s) in a.sentences.iter().enumerate() {
        let (ss, se) = (s.start as usize, s.end as usize);
        while next < marks.len() && marks[next].open < se {
            let m = marks[next];
            next += 1;
            if m.open < ss {
                continue;
            }
            let sentence_end =
                a.sentences[si..].iter().find(|x| (x.end as usize) >= m.close_end).map_or(se, |x| x.end as usize);
            let found = after(a, m, sentence_end, toks)
                .or_else(|| before(a, ss, m, toks))
                .or_else(|| continuation(a, ss, m, &st))
                .or_else(|| scare(a, ss, m, toks));
            let Some(sp) = found else { continue };
            let pronoun = pronoun_gender(&sp.text);
            let mut sp = resolve_pronoun(a, sp, &st);
            // "she said" of an antecedent tells its gender for later pronouns.
            if sp.gender.is_none() && sp.person {
                sp.gender = pronoun;
            }
            if sp.person {
                spoke = Some(sp.clone());
            }
            st.last_quote = Some((m.close_end, sp.clone()));
            out.push(Quote { article: a.ix, span: m.inner, speaker: Some(sp.text), speaker_actor: sp.actor });
        }
        st.observe(a, *s, &marks, toks);
        // A person quoted in this sentence is the likeliest "he" of the next.
        if let Some(sp) = spoke.take() {
            st.note(sp);
        }
    }
}

#[derive(Default)]
struct State {
    /// People named as speakers or subjects, latest last: the antecedents
    /// of "he" and "she".
    persons: Vec<Speaker>,
    /// The last quote's end and speaker, for continuations.
    last_quote: Option<(usize, Speaker)>,
}

impl State {
    /// Makes `sp` the latest person, keeping a gender learnt earlier.
    fn note(&mut self, mut sp: Speaker) {
        let same = |p: &Speaker| match (p.actor, sp.actor) {
            (Some(x), Some(y)) => x == y,
            _ => p.text == sp.text,
        };
        if let Some(at) = self.persons.iter().position(same) {
            let old = self.persons.remove(at);
            sp.gender = sp.gender.or(old.gender);
        }
        self.persons.push(sp);
        if self.persons.len() > ANTECEDENTS {
            self.persons.remove(0);
        }
    }

    /// The latest person a pronoun of gender `g` can refer to: the nearest,
    /// unless the text said that one is of the other gender.
    fn antecedent(&self, g: Gender) -> Option<Speaker> {
        self.persons.iter().rev().find(|p| p.gender.is_none_or(|pg| pg == g)).cloned()
    }

    /// After a sentence: its reporting subject, or else its last person
    /// actor outside quotes, becomes the antecedent for a later "he said".
    fn observe(&mut self, a: &ArticleView, s: Span, marks: &[Marks], toks: &mut Vec<Tok>) {
        let marks: Vec<&Marks> =
            marks.iter().filter(|m| m.close_end > s.start as usize && m.open < s.end as usize).collect();
        let quoted = |x: usize, y: usize| marks.iter().any(|m| m.open <= x && y <= m.close_end);
        let from = a.actors.partition_point(|(m, _)| m.start < s.start);
        for &(span, ix) in a.actors[from..].iter().take_while(|(m, _)| m.start < s.end) {
            let person = a.kinds.get(ix as usize) == Some(&ActorKind::Person);
            if person && s.contains(span) && !quoted(span.start as usize, span.end as usize) {
                let text = a.text.get(span.range()).unwrap_or("").to_string();
                let (ss, se) = (s.start as usize, s.end as usize);
                let gender = gender_at(a.folded, span.start as usize, span.end as usize, ss, se);
                self.note(Speaker { text, actor: Some(ix), person: true, gender });
            }
        }
        toks.clear();
        tokenize(a.folded, s.start as usize, s.end as usize, toks);
        let t = Toks { text: a.folded, toks };
        let verb = (0..t.len()).find(|&i| !quoted(t.toks[i].start, t.toks[i].end) && is_verb(&t, i));
        let Some(v) = verb else { return };
        if let Some(mut sp) = subject_before(a, &t, 0, v).filter(|sp| sp.person) {
            // "X said she would stay": the pronoun of the report is X's.
            let p = if t.is(v + 1, "that") { v + 2 } else { v + 1 };
            if sp.gender.is_none() {
                sp.gender = pronoun_gender(t.str(p));
            }
            self.note(sp);
        }
    }
}

fn is_verb(t: &Toks, i: usize) -> bool {
    let mut buf = [0u8; 24];
    t.kind(i) == Some(TokKind::Word) && t.lower(i, &mut buf).is_some_and(is_reporting_verb)
}

/// Pairs quotation marks within each paragraph: « » and “ ” by direction,
/// straight quotes alternately, and single quotes (‘ ’ or ') where they
/// cannot be apostrophes (see [`single_opens`] and [`single_closes`]).
fn find_marks(text: &str) -> Vec<Marks> {
    let mut out = Vec::new();
    let mut base = 0;
    for para in text.split(PARAGRAPH_SEPARATOR) {
        let mut open: Option<(usize, char)> = None;
        let mut prev = None;
        for (i, c) in para.char_indices() {
            let next = para[i + c.len_utf8()..].chars().next();
            let single_open = matches!(open, Some((_, '\u{2018}' | '\'')));
            match (open, c) {
                // A double quote wins over a single one left open ("the ‘safe zones’ in …").
                (None, '«' | '“' | '"') => open = Some((i, c)),
                (Some(_), '«' | '“') if single_open => open = Some((i, c)),
                (None, '\u{2018}' | '\'') if single_opens(prev, c, next) => open = Some((i, c)),
                (Some((o, oc)), _) if closes(oc, c) && (!single_open || single_closes(prev, next)) => {
                    let start = o + oc.len_utf8();
                    let inner = &para[start..i];
                    let lead = inner.len() - inner.trim_start().len();
                    let trimmed = inner.trim();
                    if !trimmed.is_empty() {
                        let a = base + start + lead;
                        out.push(Marks {
                            open: base + o,
                            close_end: base + i + c.len_utf8(),
                            inner: Span::new(a, a + trimmed.len()),
                        });
                    }
                    open = None;
                }
                (Some(_), '"') if single_open => open = Some((i, c)),
                _ => {}
            }
            prev = Some(c);
        }
        base += para.len() + PARAGRAPH_SEPARATOR.len();
    }
    out
}

fn closes(open: char, close: char) -> bool {
    matches!(
        (open, close),
        ('«', '»') | ('“', '”') | ('"', '"') | ('“', '"') | ('"', '”') | ('\u{2018}', '\u{2019}') | ('\'', '\'')
    )
}

/// A single quote opens a quotation at the start of a word that follows a
/// space or an opening mark; a straight one only before a capital, since
/// "'90s" and "'n'" are elisions.
fn single_opens(prev: Option<char>, c: char, next: Option<char>) -> bool {
    let after_gap = prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-'));
    let word = next.is_some_and(|n| if c == '\'' { n.is_uppercase() } else { n.is_alphanumeric() });
    after_gap && word
}

/// A single quote closes after a word or a mark and before a space, a mark
/// or the end; "rebels’ guns" (an s, a space and a word) is a plural
/// possessive, so a quotation ending that way also needs a mark before it.
fn single_closes(prev: Option<char>, next: Option<char>) -> bool {
    let Some(p) = prev.filter(|p| !p.is_whitespace()) else { return false };
    match next {
        None => true,
        Some(n) if n.is_alphanumeric() => false,
        Some(n) if n.is_whitespace() => !matches!(p, 's' | 'S'),
        Some(_) => true,
    }
}

/// Attribution after the closing mark: `, says X`, `, X said` or `, according to X`.
fn after(a: &ArticleView, m: Marks, end: usize, toks: &mut Vec<Tok>) -> Option<Speaker> {
    toks.clear();
    tokenize(a.folded, m.close_end, end, toks);
    let t = Toks { text: a.folded, toks };
    let mut i = 0;
    while t.is(i, ",") {
        i += 1;
    }
    if i >= t.len() || t.toks[i].start > m.close_end + 3 {
        return None;
    }
    if is_verb(&t, i) {
        let (x, y) = noun_group(&t, i + 1, 10)?;
        return Some(speaker(a, &t, x, y));
    }
    if t.is(i, "according") && t.is(i + 1, "to") {
        let (x, y) = noun_group(&t, i + 2, 10)?;
        return Some(speaker(a, &t, x, y));
    }
    let (x, y) = noun_group(&t, i, 6)?;
    if is_verb(&t, y) {
        return Some(speaker(a, &t, x, y));
    }
    // "…," Ana Lima, the city engineer, said: a name, an apposition, the verb.
    if t.is(y, ",") && is_name(&t, x, y) {
        let k = (y + 1..(y + 10).min(t.len())).find(|&k| t.is(k, ","))?;
        return is_verb(&t, k + 1).then(|| speaker(a, &t, x, y));
    }
    None
}

/// Attribution before the opening mark in the same sentence: `X said: "…"`.
fn before(a: &ArticleView, ss: usize, m: Marks, toks: &mut Vec<Tok>) -> Option<Speaker> {
    toks.clear();
    tokenize(a.folded, ss, m.open, toks);
    let t = Toks { text: a.folded, toks };
    let n = t.len();
    if n < 2 || !t.is_any(n - 1, &[":", ","]) {
        return None;
    }
    // "According to Ana Lima, …": the source leads the sentence.
    if let Some(k) = (0..n).find(|&k| t.is(k, "according") && t.is(k + 1, "to")) {
        if let Some((x, y)) = noun_group(&t, k + 2, 10).filter(|&(_, y)| t.is(y, ",")) {
            return Some(speaker(a, &t, x, y));
        }
    }
    // "X said in a statement on Monday:": the verb may be a few words back.
    let v = (n.saturating_sub(8)..n - 1).rev().find(|&i| is_verb(&t, i))?;
    subject_before(a, &t, 0, v)
}

/// A quote opening a sentence right after an attributed quote continues it.
fn continuation(a: &ArticleView, ss: usize, m: Marks, st: &State) -> Option<Speaker> {
    let (end, sp) = st.last_quote.as_ref()?;
    let gap = a.text.get(*end..m.open)?;
    let same_paragraph = !gap.contains(PARAGRAPH_SEPARATOR);
    let opens_sentence = a.text.get(ss..m.open).is_some_and(|p| p.trim().is_empty());
    let short_gap = gap.len() < 200 && gap.matches(['.', '!', '?']).count() <= 1;
    (same_paragraph && opens_sentence && short_gap).then(|| sp.clone())
}

/// A short quote inside a reported sentence ("the committee says it
/// considers the talks a «first step»") belongs to the reporting subject.
fn scare(a: &ArticleView, ss: usize, m: Marks, toks: &mut Vec<Tok>) -> Option<Speaker> {
    if a.text.get(ss..m.open).is_some_and(|p| p.trim().is_empty()) {
        return None;
    }
    if a.text.get(m.inner.range()).is_none_or(|q| q.split_whitespace().count() > 12) {
        return None;
    }
    toks.clear();
    tokenize(a.folded, ss, m.open, toks);
    let t = Toks { text: a.folded, toks };
    let v = (0..t.len()).find(|&i| is_verb(&t, i) || is_labelling_verb(&t, i))?;
    subject_before(a, &t, 0, v)
}

/// Verbs that put a short quotation in the subject's mouth without saying
/// "said": "X called the vote «a betrayal»", "Y described the plan as
/// «reckless»". Only for short quotes inside a sentence, where the quoted
/// words can only be the subject's.
fn is_labelling_verb(t: &Toks, i: usize) -> bool {
    let mut buf = [0u8; 24];
    t.kind(i) == Some(TokKind::Word)
        && t.lower(i, &mut buf).is_some_and(|w| {
            matches!(
                w,
                "called"
                    | "calls"
                    | "described"
                    | "describes"
                    | "dubbed"
                    | "termed"
                    | "labelled"
                    | "labeled"
                    | "branded"
                    | "hailed"
                    | "praised"
                    | "condemned"
                    | "denounced"
                    | "vowed"
                    | "promised"
                    | "pledged"
            )
        })
}

/// A noun group from token `i`: words (and glued hyphens or apostrophes,
/// "al-Assad", "O'Neill") up to a relative word, a mark or `max` words.
fn noun_group(t: &Toks, i: usize, max: usize) -> Option<(usize, usize)> {
    let mut j = i;
    let mut words = 0;
    while j < t.len() && words < max {
        match t.kind(j) {
            Some(TokKind::Word) => {
                let mut buf = [0u8; 24];
                let w = t.lower(j, &mut buf).unwrap_or("");
                if j > i && (is_reporting_verb(w) || stops_group(w)) {
                    break;
                }
                if j == i && stops_group(w) {
                    return None;
                }
                words += 1;
            }
            Some(TokKind::Punct) if matches!(t.str(j), "-" | "'" | ".") && j > i && t.glued(j - 1) && t.glued(j) => {}
            _ => break,
        }
        j += 1;
    }
    (j > i).then_some((i, j))
}

fn stops_group(w: &str) -> bool {
    matches!(
        w,
        "who"
            | "which"
            | "that"
            | "whose"
            | "quoted"
            | "in"
            | "on"
            | "at"
            | "during"
            | "after"
            | "before"
            | "and"
            | "as"
    )
}

/// The subject of the reporting verb at `v`: among the comma-separated
/// parts before it, the last proper name ("Russia's envoy, Ana Lima, said"),
/// else the last part that is not a relative clause or a time phrase.
fn subject_before(a: &ArticleView, t: &Toks, from: usize, v: usize) -> Option<Speaker> {
    let start = (from..v).rev().find(|&i| matches!(t.str(i), ";" | ":" | "\"")).map_or(from, |i| i + 1);
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut s = start;
    for i in start..=v {
        if i == v || t.is(i, ",") {
            if i > s {
                parts.push((s, i));
            }
            s = i + 1;
        }
    }
    let keep = |&&(x, y): &&(usize, usize)| {
        let mut buf = [0u8; 24];
        let first = t.lower(x, &mut buf).unwrap_or("");
        !matches!(first, "who" | "which" | "that" | "whose" | "where" | "when") && !is_time_part(t, x, y)
    };
    let kept: Vec<&(usize, usize)> = parts.iter().filter(keep).collect();
    let name = kept.iter().rev().find(|&&&(x, y)| is_name(t, x, y));
    let &(x, y) = match name {
        Some(p) => *p,
        None => *kept.last()?,
    };
    if y - x > 14 {
        return None;
    }
    let x = if name.is_some() && t.is(x, "the") && y > x + 1 { x + 1 } else { x };
    Some(speaker(a, t, x, y))
}

/// "Last week", "On Sunday": a part made only of time words.
fn is_time_part(t: &Toks, x: usize, y: usize) -> bool {
    (x..y).all(|i| {
        let mut buf = [0u8; 24];
        let w = t.lower(i, &mut buf).unwrap_or("");
        matches!(w, "last" | "next" | "this" | "on" | "in" | "earlier" | "later" | "week" | "month" | "year" | "today")
            || w.ends_with("day")
            || t.kind(i) == Some(TokKind::Num)
    })
}

/// Every word capitalised or a name particle ("Bashar al-Assad", "the
/// Workers' Party"), at most six words.
fn is_name(t: &Toks, x: usize, y: usize) -> bool {
    let mut words = 0;
    let mut caps = 0;
    for i in x..y {
        if t.kind(i) != Some(TokKind::Word) {
            continue;
        }
        words += 1;
        // "Jae-myung", "Abdel-rahman": a lower-case part glued by a hyphen
        // to a capitalised one belongs to the name.
        let hyphen_tail = i >= x + 2 && t.is(i - 1, "-") && t.glued(i - 2) && t.glued(i - 1);
        if t.is_capitalized(i) {
            caps += 1;
        } else if hyphen_tail {
            words -= 1;
        } else if (i != x || !t.is(i, "the")) && !is_particle(t, i) {
            return false;
        }
    }
    caps > 0 && words <= 6 && !(words == 1 && is_pronoun(t.str(x)))
}

fn is_particle(t: &Toks, i: usize) -> bool {
    t.is_any(
        i,
        &["al", "el", "de", "da", "di", "du", "del", "van", "von", "der", "bin", "ibn", "bint", "la", "le", "s"],
    )
}

fn is_pronoun(w: &str) -> bool {
    matches!(w.to_ascii_lowercase().as_str(), "he" | "she" | "they" | "it" | "we" | "i")
}

/// Builds a speaker from tokens `[x, y)`, linking the actor that covers most of it.
fn speaker(a: &ArticleView, t: &Toks, x: usize, y: usize) -> Speaker {
    let (s, e) = (t.toks[x].start, t.toks[y - 1].end);
    let text = a.text.get(s..e).unwrap_or("").to_string();
    // The actor covering most of the speaker, or a person named at its end
    // ("Kremlin spokesman Dmitry Peskov").
    let inside = || a.actors.iter().filter(|(m, _)| s <= m.start as usize && m.end as usize <= e);
    let actor = inside()
        .find(|(m, _)| (m.end - m.start) as usize * 10 >= (e - s) * 6)
        .or_else(|| {
            inside().find(|(m, ix)| m.end as usize == e && a.kinds.get(*ix as usize) == Some(&ActorKind::Person))
        })
        .map(|&(_, ix)| ix);
    let person = is_name(t, x, y) && y - x >= 2 && !has_org_word(t, x, y) || has_person_noun(t, x, y);
    let (ts, te) = (t.toks[0].start, t.toks[t.len() - 1].end);
    let gender = if person { gender_at(a.folded, s, e, ts, te) } else { None };
    Speaker { text, actor, person, gender }
}

fn pronoun_gender(w: &str) -> Option<Gender> {
    match w {
        "he" | "He" => Some(Gender::Male),
        "she" | "She" => Some(Gender::Female),
        _ => None,
    }
}

/// Words that give a person's gender: honorifics and gendered role nouns.
fn word_gender(w: &str) -> Option<Gender> {
    let mut buf = [0u8; 24];
    let n = w.len();
    if n == 0 || n > buf.len() {
        return None;
    }
    buf[..n].copy_from_slice(w.as_bytes());
    buf[..n].make_ascii_lowercase();
    match std::str::from_utf8(&buf[..n]).unwrap_or("") {
        "mr" | "sir" | "lord" | "king" | "prince" | "duke" | "spokesman" | "chairman" | "congressman"
        | "businessman" | "councilman" | "policeman" | "father" | "son" | "brother" | "husband" | "man" => {
            Some(Gender::Male)
        }
        "mrs" | "ms" | "miss" | "madam" | "dame" | "lady" | "queen" | "princess" | "duchess" | "spokeswoman"
        | "chairwoman" | "congresswoman" | "businesswoman" | "councilwoman" | "policewoman" | "mother" | "daughter"
        | "sister" | "wife" | "widow" | "woman" => Some(Gender::Female),
        _ => None,
    }
}

/// The gender a text gives the name at `[s, e)` inside the sentence
/// `[ss, se)`: a gendered word in the name itself ("the spokeswoman"), in
/// the three words before it ("Mrs", "company chairman"), or in an
/// apposition after it ("X, a spokesman for the port,").
fn gender_at(folded: &str, s: usize, e: usize, ss: usize, se: usize) -> Option<Gender> {
    let words = |x: &str| -> Option<Gender> {
        x.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).find_map(word_gender)
    };
    let inside = folded.get(s..e).and_then(words);
    let before = || {
        let head = folded.get(ss.max(s.saturating_sub(40))..s)?;
        let head = head.rsplit([',', ';', ':', '"', '(']).next().unwrap_or(head);
        // "the wife of X", "his son X": the word is about someone else.
        let stop =
            |w: &&str| !matches!(*w, "of" | "and" | "or" | "with" | "by" | "to" | "for" | "from" | "his" | "her");
        head.split_whitespace().rev().take(3).take_while(stop).find_map(|w| word_gender(w.trim_end_matches('.')))
    };
    let after = || {
        let tail = folded.get(e..se.min(e + 80).max(e))?.strip_prefix(", ")?;
        let first = tail.split_whitespace().next()?;
        if !matches!(first, "a" | "an" | "the") {
            return None;
        }
        let clause = tail.split([',', ';', '.', '(']).next().unwrap_or(tail);
        clause.split_whitespace().take(6).find_map(|w| word_gender(w.trim_matches(|c: char| !c.is_alphanumeric())))
    };
    inside.or_else(before).or_else(after)
}

fn has_org_word(t: &Toks, x: usize, y: usize) -> bool {
    (x..y).any(|i| {
        let mut buf = [0u8; 24];
        t.lower(i, &mut buf).is_some_and(lexicon::is_organisation_word)
    })
}

fn has_person_noun(t: &Toks, x: usize, y: usize) -> bool {
    (x..y).any(|i| {
        let mut buf = [0u8; 24];
        t.lower(i, &mut buf).is_some_and(lexicon::is_person_noun)
    })
}

/// "he said": the speaker is the last person named before (of that gender
/// when it is known).
fn resolve_pronoun(a: &ArticleView, sp: Speaker, st: &State) -> Speaker {
    let resolved = pronoun_gender(&sp.text).and_then(|g| st.antecedent(g));
    let mut out = resolved.unwrap_or(sp);
    if let Some(ix) = out.actor {
        out.person = a.kinds.get(ix as usize) == Some(&ActorKind::Person);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{fold_for_matching, sentences};

    fn quotes(text: &str) -> Vec<(String, String)> {
        let folded = fold_for_matching(text);
        let spans = sentences(text);
        let view = ArticleView {
            ix: 0,
            text,
            folded: &folded,
            sentences: &spans,
            published: None,
            published_exact: false,
            actors: &[],
            kinds: &[],
        };
        let mut out = Vec::new();
        collect(&view, &mut Vec::new(), &mut out);
        out.into_iter().map(|q| (text[q.span.range()].to_string(), q.speaker.unwrap_or_default())).collect()
    }

    #[test]
    fn says_after_the_quote() {
        let q =
            quotes("\u{ab}The river is rising,\u{bb} says a local farmer who lives nearby. \u{ab}We are afraid.\u{bb}");
        assert_eq!(q[0], ("The river is rising,".into(), "a local farmer".into()));
        assert_eq!(q[1], ("We are afraid.".into(), "a local farmer".into()));
    }

    #[test]
    fn pronoun_takes_the_last_named_subject() {
        let text = "Maria Santos, who chairs the board, said the vote would wait.\n\n\u{201c}We need more time,\u{201d} she said, quoted by local radio.";
        assert_eq!(quotes(text), vec![("We need more time,".into(), "Maria Santos".into())]);
        let text = "On Friday, a spokesman for the port, Ivan Petrov, said it would close. \"Nobody is safe. We will leave,\" he added.";
        assert_eq!(quotes(text)[0], ("Nobody is safe. We will leave,".into(), "Ivan Petrov".into()));
    }

    #[test]
    fn gender_from_honorifics_roles_and_appositions() {
        let g = |s: &str, name: &str| {
            let at = s.find(name).unwrap();
            gender_at(s, at, at + name.len(), 0, s.len())
        };
        assert_eq!(g("Mrs Ana Lima left.", "Ana Lima"), Some(Gender::Female));
        assert_eq!(g("The club chairman Tom Reed left.", "Tom Reed"), Some(Gender::Male));
        assert_eq!(g("Tom Reed, a port spokesman, left.", "Tom Reed"), Some(Gender::Male));
        assert_eq!(g("The spokeswoman left.", "The spokeswoman"), Some(Gender::Female));
        // A clause after the comma is not an apposition; a name alone says nothing.
        assert_eq!(g("Tom Reed, who met a spokeswoman, left.", "Tom Reed"), None);
        assert_eq!(g("Ana Lima left.", "Ana Lima"), None);
        assert_eq!(g("The wife of Tom Reed left.", "Tom Reed"), None);
    }

    #[test]
    fn attribution_shapes() {
        let q = quotes("\"The bridge is safe,\" Ana Lima, the city engineer, said on Monday.");
        assert_eq!(q[0].1, "Ana Lima");
        let q = quotes("According to Ana Lima, \"the bridge is safe\".");
        assert_eq!(q[0], ("the bridge is safe".into(), "Ana Lima".into()));
        let long = "The mayor said in a statement on Monday: \"The bridge is safe and it will stay open to traffic for as long as the engineers allow it.\"";
        assert_eq!(quotes(long)[0].1, "The mayor");
    }

    #[test]
    fn single_quotes_but_not_apostrophes() {
        let q = quotes("Ana Lima said: \u{2018}The bridge is safe.\u{2019}");
        assert_eq!(q[0], ("The bridge is safe.".into(), "Ana Lima".into()));
        let q = quotes("\u{2018}The rebels\u{2019} guns are silent,\u{2019} according to Ana Lima.");
        assert_eq!(q[0], ("The rebels\u{2019} guns are silent,".into(), "Ana Lima".into()));
        let q = quotes("'We will not leave,' the mayor's aide said.");
        assert_eq!(q[0], ("We will not leave,".into(), "the mayor's aide".into()));
        // Apostrophes and elisions pair with nothing; a double quote after an
        // unclosed single one still counts.
        assert!(quotes("The farmers' union said it wasn't rock 'n' roll in the '90s.").is_empty());
        let q = quotes("She saw the \u{2018}safe zones\u{2019} in the north. \u{201c}We left,\u{201d} the mayor said.");
        assert_eq!(q, [("We left,".into(), "the mayor".into())]);
    }

    #[test]
    fn according_to() {
        let q = quotes("\"The dam is safe,\" according to the city engineer, who inspected it.");
        assert_eq!(q[0].1, "the city engineer");
    }

    #[test]
    fn quoted_person_is_the_next_he() {
        let text =
            "\"We will rebuild,\" said Ana Lima, who met Boris Ivanov in May. \"It will take years,\" she added.";
        assert_eq!(quotes(text)[1], ("It will take years,".into(), "Ana Lima".into()));
    }

    #[test]
    fn before_the_quote_and_inside_a_sentence() {
        let q = quotes("The mayor told reporters: \"The bridge is safe.\"");
        assert_eq!(q[0].1, "The mayor");
        let q = quotes(
            "The largest farmers' union, the Grain Council, says the plan is a \u{ab}step backwards\u{bb} for growers.",
        );
        assert_eq!(q[0], ("step backwards".into(), "Grain Council".into()));
        // A scare quote with no reporting verb has no speaker and is skipped.
        assert!(quotes("The plan creates four \"safe zones\" in the north.").is_empty());
    }

    #[test]
    fn labelling_verbs_give_short_quotes_to_the_subject() {
        let q = quotes("Union leader Ana Lima called the vote \"a betrayal of workers\" and left.");
        assert_eq!(q[0], ("a betrayal of workers".into(), "Union leader Ana Lima".into()));
        let q = quotes("The mayor described the plan as \"reckless\".");
        assert_eq!(q[0].1, "The mayor");
    }

    #[test]
    fn hyphenated_given_names_are_names() {
        let q = quotes("Kim Jae-sun, the leader of the opposition, said the plan had \"failed everyone\".");
        assert_eq!(q[0], ("failed everyone".into(), "Kim Jae-sun".into()));
    }
}
