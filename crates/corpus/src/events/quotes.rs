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
/// An `unclosed` quotation runs to the end of its paragraph, as a quote
/// that goes on in the next paragraph is printed.
#[derive(Clone, Copy, Debug)]
struct Marks {
    open: usize,
    close_end: usize,
    inner: Span,
    unclosed: bool,
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
            let mut sentence_end =
                a.sentences[si..].iter().position(|x| (x.end as usize) >= m.close_end).map_or(se, |k| {
                    // "“Where are they?” she asked.": the attribution after a
                    // question or exclamation is cut off as a sentence of its own.
                    let asks = a.text.get(m.inner.range()).is_some_and(|q| q.ends_with(['?', '!']));
                    let end = a.sentences[si + k].end as usize;
                    match a.sentences.get(si + k + 1) {
                        Some(n) if asks && end <= m.close_end + 1 && !a.text[end..n.start as usize].contains('\n') => {
                            n.end as usize
                        }
                        _ => end,
                    }
                });
            if m.unclosed {
                sentence_end = sentence_end.min(m.close_end);
            }
            let found = after(a, m, sentence_end, toks)
                .or_else(|| before(a, ss, m, toks))
                .or_else(|| later_in_sentence(a, m, sentence_end, &marks, toks))
                .or_else(|| continuation(a, (si, ss), m, sentence_end, &st))
                .or_else(|| reported(a, ss, m, &marks, toks))
                .or_else(|| lead_in(a, si, m, toks));
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
            let last = a.sentences[si..].iter().position(|x| (x.end as usize) >= sentence_end).map_or(si, |k| si + k);
            st.last_quote =
                Some(LastQuote { end: m.close_end, speaker: sp.clone(), unclosed: m.unclosed, sentence: last });
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
    /// The last attributed quote, for continuations.
    last_quote: Option<LastQuote>,
}

/// Where the last attributed quote ended, who spoke it, whether it was left
/// open at the end of its paragraph, and the sentence it ended in.
struct LastQuote {
    end: usize,
    speaker: Speaker,
    unclosed: bool,
    sentence: usize,
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
        let Some(v) = verb else {
            // "Morrison was the third witness … Zelensky. He said …": a person
            // opening the sentence is its subject, the likeliest "he" next.
            let opening = a.actors[from..].iter().take_while(|(m, _)| m.start < s.end).find(|(m, ix)| {
                a.kinds.get(*ix as usize) == Some(&ActorKind::Person)
                    && a.text.get(s.start as usize..m.start as usize).is_some_and(|h| h.split_whitespace().count() <= 2)
            });
            if let Some(&(span, ix)) = opening {
                let text = a.text.get(span.range()).unwrap_or("").to_string();
                let (ss, se) = (s.start as usize, s.end as usize);
                let gender = gender_at(a.folded, span.start as usize, span.end as usize, ss, se);
                self.note(Speaker { text, actor: Some(ix), person: true, gender });
            }
            return;
        };
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

/// A reporting verb; a capitalised one is a name ("United States", "Notes").
fn is_verb(t: &Toks, i: usize) -> bool {
    let mut buf = [0u8; 24];
    t.kind(i) == Some(TokKind::Word) && !t.is_capitalized(i) && t.lower(i, &mut buf).is_some_and(is_reporting_verb)
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
                            unclosed: false,
                        });
                    }
                    open = None;
                }
                (Some(_), '"') if single_open => open = Some((i, c)),
                _ => {}
            }
            prev = Some(c);
        }
        if let Some(m) = open.and_then(|(o, oc)| unclosed(para, o, oc, base)) {
            out.push(m);
        }
        base += para.len() + PARAGRAPH_SEPARATOR.len();
    }
    out
}

/// A double quotation mark still open at the end of its paragraph: the
/// quotation goes on in the next paragraph (which opens with a mark of its
/// own), so this one ends with the paragraph. Only a mark that opens a word
/// group after a space, a colon or the paragraph start, with a few words
/// after it (not an inch mark or a stray quote).
fn unclosed(para: &str, o: usize, oc: char, base: usize) -> Option<Marks> {
    if !matches!(oc, '«' | '“' | '"') {
        return None;
    }
    let after_gap = para[..o].chars().next_back().is_none_or(|p| p.is_whitespace() || matches!(p, ':' | '(' | '—'));
    let start = o + oc.len_utf8();
    let inner = para.get(start..)?;
    let trimmed = inner.trim();
    if !after_gap || trimmed.split_whitespace().count() < 4 {
        return None;
    }
    let a = base + start + (inner.len() - inner.trim_start().len());
    Some(Marks { open: base + o, close_end: base + para.len(), inner: Span::new(a, a + trimmed.len()), unclosed: true })
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
    attribution_at(a, &t, i)
}

/// "says X", "X said", "according to X", "X, the city engineer, said"
/// starting at token `i`.
fn attribution_at(a: &ArticleView, t: &Toks, i: usize) -> Option<Speaker> {
    let t = *t;
    // "…, telling Cook": the one told is not the speaker.
    if is_verb(&t, i) && t.str(i).ends_with("ing") {
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
        let k = (y + 1..(y + 20).min(t.len())).find(|&k| t.is(k, ","))?;
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

/// A quote opening a sentence right after an attributed quote continues it;
/// so does a paragraph that opens with a quotation after a paragraph that
/// ended with one: the next paragraph of a quote left open, or a quoted
/// sentence (nothing after it but its full stop) following the attributed
/// quote of the paragraph before.
fn continuation(
    a: &ArticleView,
    (si, ss): (usize, usize),
    m: Marks,
    sentence_end: usize,
    st: &State,
) -> Option<Speaker> {
    let last = st.last_quote.as_ref()?;
    let gap = a.text.get(last.end..m.open)?;
    let opens_sentence = a.text.get(ss..m.open).is_some_and(|p| p.trim().is_empty());
    // At most the rest of the last quote's sentence in between.
    let short_gap = gap.len() < 300 && si <= last.sentence + 1;
    match gap.matches(PARAGRAPH_SEPARATOR).count() {
        0 => (opens_sentence && short_gap).then(|| last.speaker.clone()),
        1 if opens_paragraph(a.text, m.open) => {
            let rest = a.text.get(m.close_end..sentence_end.max(m.close_end));
            let whole = m.unclosed || rest.is_some_and(|r| !r.contains(char::is_alphanumeric));
            ((last.unclosed && gap.trim().is_empty()) || (short_gap && whole)).then(|| last.speaker.clone())
        }
        _ => None,
    }
}

/// Nothing but spaces between the paragraph start and `at`.
fn opens_paragraph(text: &str, at: usize) -> bool {
    let head = text.get(..at).unwrap_or("");
    let line = head.rsplit(PARAGRAPH_SEPARATOR).next().unwrap_or(head);
    line.trim().is_empty()
}

/// "…, said X, the minister" after more words: "“…” impeachment, Trump
/// said at a rally". The first comma after the quote, within the
/// sentence and before any other quotation, that opens an attribution.
fn later_in_sentence(a: &ArticleView, m: Marks, end: usize, marks: &[Marks], toks: &mut Vec<Tok>) -> Option<Speaker> {
    let stop = marks.iter().find(|n| n.open >= m.close_end).map_or(end, |n| n.open.min(end));
    toks.clear();
    tokenize(a.folded, m.close_end, stop, toks);
    let t = Toks { text: a.folded, toks };
    // The quote is the sentence's subject or object, not a clause of its own.
    if t.len() < 3 || t.is(0, ",") || t.kind(0) != Some(TokKind::Word) {
        return None;
    }
    let k = (1..t.len().min(20)).find(|&k| t.is(k, ","))?;
    attribution_at(a, &t, k + 1)
}

/// A paragraph that opens with a quotation after a paragraph ending in a
/// colon ("In a statement, the ministry said:"): that sentence names the speaker.
fn lead_in(a: &ArticleView, si: usize, m: Marks, toks: &mut Vec<Tok>) -> Option<Speaker> {
    let prev = a.sentences.get(si.checked_sub(1)?)?;
    let gap = a.text.get(prev.end as usize..m.open)?;
    let lead = a.text.get(prev.range())?;
    if gap.trim().is_empty() && gap.contains(PARAGRAPH_SEPARATOR) && lead.trim_end().ends_with(':') {
        let colon = prev.start as usize + lead.trim_end().len();
        return before(a, prev.start as usize, Marks { open: colon, ..m }, toks);
    }
    None
}

/// A quote inside a reported sentence ("the committee says it considers
/// the talks a «first step»", "the president said on Tuesday that China
/// «is going to …»") belongs to the subject of the reporting verb before
/// it: the last one outside quotes that is not a participle ("…, saying")
/// when there is such a verb. A short quote after a labelling verb
/// ("X called the vote «a betrayal»") is that verb's subject's.
fn reported(a: &ArticleView, ss: usize, m: Marks, marks: &[Marks], toks: &mut Vec<Tok>) -> Option<Speaker> {
    if a.text.get(ss..m.open).is_some_and(|p| p.trim().is_empty()) {
        return None;
    }
    let short = a.text.get(m.inner.range()).is_some_and(|q| q.split_whitespace().count() <= 12);
    toks.clear();
    tokenize(a.folded, ss, m.open, toks);
    let t = Toks { text: a.folded, toks };
    let quoted = |i: usize| {
        let tok = t.toks[i];
        marks.iter().any(|q| q.open <= tok.start && tok.end <= q.close_end)
    };
    let verbs = || (0..t.len()).filter(|&i| !quoted(i) && is_verb(&t, i));
    let finite = verbs().rfind(|&i| !t.str(i).ends_with("ing"));
    let verb = finite.or_else(|| verbs().next());
    let label = || (verb.map_or(0, |v| v + 1)..t.len()).find(|&i| !quoted(i) && is_labelling_verb(&t, i));
    let v = match verb {
        Some(v) => (short.then(label).flatten()).unwrap_or(v),
        None if short => label()?,
        None => return None,
    };
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
            // "U.S. Attorney", "Mr. Trump": the full stop of a short
            // capitalised abbreviation, before another word.
            Some(TokKind::Punct)
                if t.is(j, ".")
                    && j > i
                    && t.glued(j - 1)
                    && t.is_capitalized(j - 1)
                    && t.str(j - 1).len() <= 3
                    && t.kind(j + 1) == Some(TokKind::Word) => {}
            // "the 14th-ranked Schwartzman".
            Some(TokKind::Num) if j > i && t.glued(j) => words += 1,
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
            | "when"
            | "while"
            | "via"
            | "because"
            | "but"
    )
}

/// The subject of the reporting verb at `v`: among the comma-separated
/// parts before it, the last proper name ("Russia's envoy, Ana Lima, said"),
/// else the last part that is not a relative clause or a time phrase.
fn subject_before(a: &ArticleView, t: &Toks, from: usize, v: usize) -> Option<Speaker> {
    // "X accused … and warned that": the subject of the verb before.
    if v > from && t.is_any(v - 1, &["and", "but", "then"]) {
        if let Some(earlier) = (from..v - 1).rev().find(|&i| is_verb(t, i)) {
            return subject_before(a, t, from, earlier);
        }
    }
    let start = (from..v).rev().find(|&i| matches!(t.str(i), ";" | ":" | "\"")).map_or(from, |i| i + 1);
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut start_next = start;
    for i in start..=v {
        let s = start_next;
        if i == v || t.is(i, ",") {
            // "…, but General Ana Lima, …": the conjunction is not the name's.
            let s = if i > s + 1 && t.is_any(s, &["and", "but"]) { s + 1 } else { s };
            if i > s {
                parts.push((s, i));
            }
            start_next = i + 1;
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
    // "… and added": the subject is that of the reporting verb before.
    if name.is_none() && t.is_any(x, &["and", "but", "then"]) {
        let earlier = (from..x).rev().find(|&i| is_verb(t, i))?;
        return subject_before(a, t, from, earlier);
    }
    // "Liu said that the army could be deployed, warning:": the part holds
    // a reporting verb of its own, whose subject speaks.
    if name.is_none() {
        if let Some(p) = (x + 1..y).find(|&p| is_verb(t, p)) {
            return subject_before(a, t, from, p);
        }
    }
    // "Volker later said", "Mr. Trump has since said", "Benioff weighed in":
    // a name followed by adverbs or a verb of its own.
    let mut y = y;
    let named = |y: usize| (x..y).any(|i| t.is_capitalized(i) && !t.is(i, "the"));
    while y > x + 1 && !t.is_capitalized(y - 1) && named(y - 1) && t.lower(y - 1, &mut [0u8; 24]).is_some_and(verbish) {
        y -= 1;
    }
    let y = if name.is_none() { name_prefix(t, x, y).unwrap_or(y) } else { y };
    let x = if name.is_some() && t.is(x, "the") && y > x + 1 { x + 1 } else { x };
    Some(speaker(a, t, x, y))
}

/// The end of a name at the start of `[x, y)` when the words after it are
/// adverbs, auxiliaries or verbs ("Lamrani further", "Benioff weighed in").
fn name_prefix(t: &Toks, x: usize, y: usize) -> Option<usize> {
    let k = (x + 1..y).find(|&k| t.kind(k) == Some(TokKind::Word) && !t.is_capitalized(k) && !is_particle(t, k))?;
    let mut buf = [0u8; 24];
    let w = t.lower(k, &mut buf)?;
    let named = (x..k).any(|i| t.is_capitalized(i) && !t.is(i, "the"));
    (verbish(w) && named && is_name(t, x, k)).then_some(k)
}

/// Adverbs, auxiliaries and past forms that follow a subject before its
/// reporting verb.
fn verbish(w: &str) -> bool {
    let noun_in_ly = matches!(
        w,
        "family"
            | "rally"
            | "ally"
            | "assembly"
            | "supply"
            | "monopoly"
            | "daily"
            | "weekly"
            | "monthly"
            | "quarterly"
            | "anomaly"
            | "bully"
            | "belly"
    );
    (w.ends_with("ly") && !noun_in_ly)
        || (w.len() >= 5 && w.ends_with("ed"))
        || matches!(
            w,
            "further"
                | "later"
                | "also"
                | "then"
                | "again"
                | "since"
                | "once"
                | "has"
                | "have"
                | "had"
                | "was"
                | "were"
                | "is"
                | "are"
                | "would"
                | "will"
                | "could"
                | "did"
                | "does"
                | "previously"
                | "earlier"
                | "never"
                | "still"
                | "even"
                | "first"
        )
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
            names: &[],
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
    fn quotes_left_open_run_to_the_paragraph_end_and_go_on() {
        let text = "Ana Lima, the port chief, said: \u{201c}These boats are old. They have to be replaced.\n\n\u{201c}Nobody else will pay for them.\u{201d}";
        let q = quotes(text);
        assert_eq!(q[0], ("These boats are old. They have to be replaced.".into(), "Ana Lima".into()));
        assert_eq!(q[1], ("Nobody else will pay for them.".into(), "Ana Lima".into()));
        // An inch mark or a stray quote is not a quotation.
        assert!(quotes("The 12\" screen sold out, the shop said.").is_empty());
    }

    #[test]
    fn a_quoted_paragraph_after_an_attributed_one_continues_it() {
        let text = "\"We will rebuild the pier,\" said Ana Lima, the port chief.\n\n\"It will take two years and a lot of money.\"";
        assert_eq!(quotes(text)[1], ("It will take two years and a lot of money.".into(), "Ana Lima".into()));
        // A paragraph that only mentions a quoted title does not.
        let text = "\"We will rebuild,\" said Ana Lima.\n\n\"Harbour Days\" is a film about the port.";
        assert_eq!(quotes(text).len(), 1);
    }

    #[test]
    fn a_paragraph_ending_in_a_colon_introduces_the_next() {
        let text = "In a statement, the harbour board said:\n\n\"The pier is closed until further notice.\"";
        assert_eq!(quotes(text)[0].1, "the harbour board");
    }

    #[test]
    fn attribution_after_more_words_and_after_questions() {
        let q = quotes("\"The people aren't buying\" the plan, Ana Lima said at a rally.");
        assert_eq!(q[0], ("The people aren't buying".into(), "Ana Lima".into()));
        let q = quotes("\"Is the bridge safe?\" Ana Lima asked. \"Nobody knows.\"");
        assert_eq!(q[0], ("Is the bridge safe?".into(), "Ana Lima".into()));
        assert_eq!(q[1].1, "Ana Lima");
        let q = quotes("\"We will win,\" Mr. Okafor said on Nov. 8. \"They want a deal more than we do.\"");
        assert_eq!(q[0].1, "Mr. Okafor");
        assert_eq!(q[1].1, "Mr. Okafor");
        let q = quotes("\"We are thankful,\" said U.S. Attorney Ana Lima.");
        assert_eq!(q[0].1, "U.S. Attorney Ana Lima");
        let q = quotes("\"I played well,\" the 14th-ranked Ana Lima said.");
        assert_eq!(q[0].1, "the 14th-ranked Ana Lima");
        let q = quotes("\"We got it,\" said a port spokesperson when contacted by reporters.");
        assert_eq!(q[0].1, "a port spokesperson");
        // "telling X": X is the one told.
        let q = quotes("\"We miss him,\" she wrote, telling Ana Lima, \"and so do they.\"");
        assert!(q.iter().all(|(_, s)| s != "Ana Lima"), "{q:?}");
    }

    #[test]
    fn long_quotes_after_a_reporting_verb_in_the_sentence() {
        let q = quotes("The mayor said on Tuesday that the city \"is going to have to make a deal that we like, or there will be no deal at all.\"");
        assert_eq!(q[0].1, "The mayor");
        let q = quotes("Ana Lima later tweeted that the flood \"needs to be a dinner table conversation,\" adding \"we need everyone on it.\"");
        assert_eq!(q[0].1, "Ana Lima");
        assert_eq!(q[1].1, "Ana Lima");
        let q = quotes("Boris Ivanov said his deputy, Ana Lima, had dubbed the plan \"the pier problem.\"");
        assert_eq!(q[0].1, "Ana Lima");
    }

    #[test]
    fn subjects_lose_adverbs_conjunctions_and_second_verbs() {
        let q = quotes("Ana Lima further described the plan as \"certainly absurd.\"");
        assert_eq!(q[0].1, "Ana Lima");
        let q =
            quotes("Ana Lima has since said that the pier would open in \"farm country,\" but others were reluctant.");
        assert_eq!(q[0].1, "Ana Lima");
        let q = quotes("Ana Lima said he never used the term \"three amigos\" and added, \"I cringe when I hear it.\"");
        assert_eq!(q[1], ("I cringe when I hear it.".into(), "Ana Lima".into()));
        let q = quotes(
            "Ana Lima said that the army could be deployed, warning: \"They are already there in the garrison.\"",
        );
        assert_eq!(q[0].1, "Ana Lima");
        let q = quotes("The mayor was eager to leave, but General Ana Lima, the army chief, told reporters the troops would stay \"for several more years\".");
        assert_eq!(q[0].1, "General Ana Lima");
    }

    #[test]
    fn capitalised_verb_forms_are_names() {
        let q = quotes("Ana Lima said the deal would be signed in the United States \u{201c}farm country,\u{201d} but others disagreed.");
        assert_eq!(q[0].1, "Ana Lima");
        assert!(quotes("The United States and China reached a \u{201c}historic\u{201d} deal.").is_empty());
    }

    #[test]
    fn bracketed_insertions_stay_inside_the_quote() {
        let q = quotes("\"The [executive protection team] was told to leave,\" Ana Lima said. \"[We] had no choice.\"");
        assert_eq!(q[0], ("The [executive protection team] was told to leave,".into(), "Ana Lima".into()));
        assert_eq!(q[1], ("[We] had no choice.".into(), "Ana Lima".into()));
    }

    #[test]
    fn hyphenated_given_names_are_names() {
        let q = quotes("Kim Jae-sun, the leader of the opposition, said the plan had \"failed everyone\".");
        assert_eq!(q[0], ("failed everyone".into(), "Kim Jae-sun".into()));
    }
}
