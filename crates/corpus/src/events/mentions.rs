//! Event mentions: a clause that carries a resolved date and an actor or an
//! event word becomes a candidate event, with a short summary cut from the
//! clause, its actors, and the key words the merging step compares.

use super::label;
use super::lexicon::{self, event_class, is_connective, is_event_verb, is_reporting_verb, is_stopword, opens_clause};
use super::resolve::{absolute_end, resolve, Resolved};
use super::temporal::{scan_tokens, Expr, Kind, Part, Unit};
use super::tokens::{tokenize, Tok, TokKind, Toks};
use crate::text::capitalize;
use dossier_model::{ActorIx, ActorKind, ArticleIx, Day, Precision, Span};

/// One dated clause in one article, before merging.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub article: ArticleIx,
    pub phrase: Span,
    pub sentence: Span,
    pub inferred: bool,
    pub when: Resolved,
    pub summary: String,
    /// At most 40 characters: who did what (see [`super::label`]).
    pub label: String,
    pub actors: Vec<ActorIx>,
    /// Event classes named in the clause ("ceasefire", "talks").
    pub classes: Vec<&'static str>,
    /// Other content words (lowercase lemmas), with whether they were capitalised mid-sentence.
    pub words: Words,
}

/// A clause's content words, each with whether it was capitalised
/// mid-sentence, kept in one string: a large corpus has millions of them,
/// and a string each was most of the event step's memory.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Words(String);

impl Words {
    /// Proper words are stored behind `P`, others behind `c`; each ends in a
    /// NUL byte, which no word token holds.
    pub fn push(&mut self, word: &str, proper: bool) {
        self.0.push(if proper { 'P' } else { 'c' });
        self.0.push_str(word);
        self.0.push('\0');
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, bool)> {
        self.0.split_terminator('\0').map(|e| (e.get(1..).unwrap_or(""), e.starts_with('P')))
    }

    pub fn len(&self) -> usize {
        self.0.bytes().filter(|&b| b == 0).count()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, word: &str) -> bool {
        self.iter().any(|(w, _)| w == word)
    }
}

impl<'a> FromIterator<(&'a str, bool)> for Words {
    fn from_iter<I: IntoIterator<Item = (&'a str, bool)>>(iter: I) -> Self {
        let mut out = Words::default();
        for (w, proper) in iter {
            out.push(w, proper);
        }
        out
    }
}

/// What one article offers the event step: its text, matching form,
/// sentences, publication day and actor mentions (sorted by start).
pub struct ArticleView<'a> {
    pub ix: ArticleIx,
    pub text: &'a str,
    pub folded: &'a str,
    pub sentences: &'a [Span],
    pub published: Option<Day>,
    /// The publication date is known to the day (not only its month or year).
    pub published_exact: bool,
    pub actors: &'a [(Span, ActorIx)],
    /// Kind of every actor in the corpus, by index.
    pub kinds: &'a [ActorKind],
    /// Canonical name of every actor in the corpus, by index (for labels).
    pub names: &'a [&'a str],
}

/// Longest summary, in bytes, before it is cut at a word boundary.
const SUMMARY_MAX: usize = 100;

/// The reference day for relative phrases: the publication day, else the
/// latest absolute date in the text (then results are marked inferred).
pub fn reference(published: Option<Day>, exact: bool, exprs: &[Expr]) -> Option<(Day, bool)> {
    reference_with_precision(published, exact, exprs).map(|(d, inferred, _)| (d, inferred))
}

/// [`reference`], with the precision of the date it comes from: `Day` for
/// a publication date, else that of the absolute date in the text.
fn reference_with_precision(published: Option<Day>, exact: bool, exprs: &[Expr]) -> Option<(Day, bool, Precision)> {
    if let Some(p) = published {
        // A publication month or year still anchors "last year", approximately.
        return Some((p, !exact, Precision::Day));
    }
    // Prefer the most precise kind of absolute date, then the latest.
    exprs
        .iter()
        .filter_map(|e| absolute_end(&e.kind))
        .max_by_key(|&(d, p)| (std::cmp::Reverse(p), d))
        .map(|(d, p)| (d, true, p))
}

/// Scans every sentence of an article and appends its event candidates.
/// Returns the inferred reference day when the article had no publication date.
pub fn collect(a: &ArticleView, toks: &mut Vec<Tok>, out: &mut Vec<Candidate>) -> Option<Day> {
    // Tokenize each sentence once: the scanner and the clause logic share them.
    toks.clear();
    let mut bounds = Vec::with_capacity(a.sentences.len());
    // Phrases of sentence `si` are `exprs[starts[si]..starts[si + 1]]`.
    let mut exprs: Vec<Expr> = Vec::new();
    let mut starts = Vec::with_capacity(a.sentences.len() + 1);
    for s in a.sentences {
        let first = toks.len();
        tokenize(a.folded, s.start as usize, s.end as usize, toks);
        bounds.push((first, toks.len()));
        starts.push(exprs.len());
        scan_tokens(&Toks { text: a.folded, toks: &toks[first..] }, &mut exprs);
    }
    starts.push(exprs.len());
    let with_precision = reference_with_precision(a.published, a.published_exact, &exprs);
    let reference = with_precision.map(|(d, inferred, _)| (d, inferred));
    // An undated article whose latest absolute date is only a month or a
    // year gives no safe day to count from: only absolute dates resolve
    // ("October 29" against the end of "2015" would guess the year).
    let safe = |kind: &Kind| kind.is_absolute() || with_precision.is_none_or(|(_, _, p)| p == Precision::Day);
    // The date mentioned last: "two days later" counts from it.
    let mut anchor: Option<(Resolved, bool)> = None;
    // The last day named within a week of the reference: the news day that
    // "earlier in the day" means, rather than a date of the background.
    let mut news_day: Option<(Resolved, bool)> = None;
    for (si, s) in a.sentences.iter().enumerate() {
        let (x, y) = bounds[si];
        let t = Toks { text: a.folded, toks: &toks[x..y] };
        let sentence = Sentence { view: a, span: *s, t };
        let here = &exprs[starts[si]..starts[si + 1]];
        if here.is_empty() {
            if let (Some((r, inferred)), Some(c)) = (reference, implied_start(&t)) {
                out.extend(sentence.candidate(c, &[], Resolved::day(r), inferred, None));
            }
            continue;
        }
        if sentence.is_furniture(here) {
            continue;
        }
        for e in here {
            if !safe(&e.kind) {
                continue;
            }
            // "earlier in the day" with no day named before: the reference day.
            let same_day = matches!(e.kind, Kind::Anchored { unit: Unit::Day, n: 0 });
            // "that evening", "at 4:30 a.m." after a month or a year only
            // (no day named yet): the reference day, as with no anchor.
            let day_anchor = anchor.filter(|(prev, _)| prev.precision == Precision::Day);
            let anchored = matches!(e.kind, Kind::Anchored { .. }) && !(same_day && day_anchor.is_none());
            let (r, inferred) = match (reference, anchor) {
                // Only a day-precise anchor gives "the next day" a meaning;
                // "two years later" only needs the year, so a month does.
                (_, Some((prev, inferred))) if anchored && prev.precision <= anchor_precision(&e.kind) => {
                    (prev.date(), inferred)
                }
                _ if anchored => continue,
                (Some((r, inferred)), _) if same_day => (r, inferred),
                (Some((r, inferred)), _) => (r, inferred && !e.kind.is_absolute()),
                (None, _) if e.kind.is_absolute() => (Day(0), false),
                (None, _) => continue,
            };
            let kind =
                if same_day && !anchored { Kind::Offset { unit: Unit::Day, n: 0, part: Part::Whole } } else { e.kind };
            let in_the_day = matches!(kind, Kind::Offset { unit: Unit::Day, n: 0, part: Part::Earlier | Part::Later });
            let found = match news_day {
                Some(day) if in_the_day => Some(day),
                _ => resolve(&kind, e.dir, r).map(|w| (w, inferred)),
            };
            let Some((when, inferred)) = found else { continue };
            anchor = Some((when, inferred));
            if when.precision == Precision::Day && reference.is_some_and(|(d, _)| (when.date().0 - d.0).abs() <= 7) {
                news_day = Some((when, inferred));
            }
            let Some(first) = t.toks.iter().position(|k| k.start >= e.start) else { continue };
            let end = t.toks.iter().position(|k| k.start >= e.end).unwrap_or(t.len());
            out.extend(sentence.candidate((first, end), here, when, inferred, Some(e.kind)));
        }
    }
    reference.filter(|r| r.1).map(|r| r.0)
}

/// The coarsest anchor an anchored phrase can count from: days and weeks
/// need a day ("the next day"), "two months later" a month, "two years
/// later" a year.
fn anchor_precision(kind: &Kind) -> Precision {
    match kind {
        Kind::Anchored { unit: Unit::Month, .. } => Precision::Month,
        Kind::Anchored { unit: Unit::Year | Unit::Decade, .. } => Precision::Year,
        _ => Precision::Day,
    }
}

/// "Talks are due to begin in Astana" with no date in the sentence: the
/// event is on the publication day. Returns the tokens of the cue.
fn implied_start(t: &Toks) -> Option<(usize, usize)> {
    for i in 0..t.len() {
        if !t.is_any(i, &["due", "set", "scheduled", "poised"]) || !t.is(i + 1, "to") {
            continue;
        }
        if t.is_any(i + 2, &["begin", "start", "open", "resume", "convene"]) {
            let first = if i > 0 && t.is_any(i - 1, &["is", "are"]) { i - 1 } else { i };
            return Some((first, i + 3));
        }
    }
    None
}

struct Sentence<'a> {
    view: &'a ArticleView<'a>,
    span: Span,
    t: Toks<'a>,
}

impl Sentence<'_> {
    /// Dateline lines and bylines ("Posted: 23 January 2017", "21 December,
    /// 2017"): no lowercase word outside the dates.
    fn is_furniture(&self, exprs: &[Expr]) -> bool {
        let t = &self.t;
        // "— Ana Lima (@analima) October 9, 2018": the date of an embedded post.
        if (0..t.len()).any(|i| t.is(i, "@") && t.glued(i)) {
            return false;
        }
        !(0..t.len()).any(|i| {
            let tok = t.toks[i];
            tok.kind == TokKind::Word
                && !exprs.iter().any(|e| e.start <= tok.start && tok.end <= e.end)
                && t.str(i).chars().next().is_some_and(char::is_lowercase)
                && !t.is_any(i, &["min", "read", "am", "pm", "updated", "posted", "published"])
        })
    }

    /// Builds the candidate for the dating phrase at tokens `[a, b)`.
    fn candidate(
        &self,
        (a, b): (usize, usize),
        exprs: &[Expr],
        when: Resolved,
        inferred: bool,
        kind: Option<Kind>,
    ) -> Option<Candidate> {
        let t = &self.t;
        let (mut cs, ce) = self.clause(a, b);
        // A relative clause: "X, which began in May" reads as "X began in May";
        // "X, who heads Y, said … in May" as "X said … in May".
        // "talks come after Putin ordered a withdrawal last week": the phrase
        // dates the subordinate clause, which starts after its conjunction.
        if let Some(k) =
            (cs..a).rev().find(|&k| k > cs && t.is_any(k, &["after", "before", "when", "because", "while", "until"]))
        {
            if (k + 1..a).any(|i| is_finite_verb(t, i)) {
                cs = k + 1;
            }
        }
        let mut antecedent = None;
        // "a year after the deal was signed": the event is what follows.
        if matches!(kind, Some(Kind::YearsOn { .. })) && b < ce {
            cs = cs.max(b);
        }
        if !t.is_any(cs, &["which", "who"]) && cs > 0 && opens_clause_at(t, cs) {
            // "…, after a long pause, the union said on Monday": the phrase is
            // in the main clause after the subordinate one.
            if let Some(k) = (cs..a).rev().find(|&i| t.is(i, ",")) {
                cs = k + 1;
            }
        } else if t.is_any(cs, &["which", "who"]) {
            match (cs..a).find(|&i| t.is(i, ",")) {
                Some(k) => {
                    antecedent = self.subject(cs);
                    cs = k + 1;
                }
                None => {
                    antecedent = self.antecedent(cs);
                    cs += 1;
                }
            }
        }
        let in_expr = |i: usize| exprs.iter().any(|e| e.start <= t.toks[i].start && t.toks[i].end <= e.end);
        let mut classes = Vec::new();
        let mut words = Words::default();
        let mut eventful = false;
        let mut take = |i: usize, classes: &mut Vec<&'static str>| {
            if t.kind(i) != Some(TokKind::Word) {
                return;
            }
            let mut buf = [0u8; 24];
            let owned;
            let w = match t.lower(i, &mut buf) {
                Some(w) => w,
                None => {
                    owned = t.str(i).to_lowercase();
                    owned.as_str()
                }
            };
            // Function words are most tokens and name no event: skip them first.
            if w.len() < 2 || is_stopword(w) {
                return;
            }
            if let Some(c) = event_class(w) {
                eventful = true;
                if !classes.contains(&c) {
                    classes.push(c);
                }
                return;
            }
            if is_reporting_verb(w) {
                eventful = true;
                return;
            }
            eventful |= is_event_verb(w);
            // Words of an actor's name count once, as the actor.
            if self.in_actor(t.toks[i]) {
                return;
            }
            let proper = t.is_capitalized(i) && i > 0;
            let w = lexicon::lemma(w);
            if !words.contains(w) {
                words.push(w, proper);
            }
        };
        let ante = antecedent.unwrap_or((0, 0));
        for i in (ante.0..ante.1).chain(cs..ce) {
            if !in_expr(i) {
                take(i, &mut classes);
            }
        }
        // "six years of conflict": the event word is inside the phrase.
        if matches!(kind, Some(Kind::StartOf { .. })) {
            (a..b).for_each(|i| take(i, &mut classes));
            words.push("start", false);
        }
        // Every dated clause is a mention: an actor or an event word makes
        // it likelier to be news, but their absence is no reason to drop a
        // date ("The company shelved its listing on September 30").
        let _ = eventful;
        // The event's actors are those of its clause (and antecedent), so an
        // intro naming the event does not collect the main clause's actors.
        let mut actors = Vec::new();
        let bytes = |x: usize, y: usize| Span::new(t.toks[x].start, t.toks[y.max(x + 1) - 1].end);
        if let Some((x, y)) = antecedent.filter(|(x, y)| y > x) {
            self.actors(bytes(x, y), &mut actors);
        }
        if ce > cs {
            self.actors(bytes(cs, ce), &mut actors);
        }
        // An implied date ("are due to begin") keeps its cue: it is the verb.
        let phrase = if kind.is_none() { (b, b) } else { (a, b) };
        let mut summary = match kind {
            Some(Kind::StartOf { .. }) => start_summary(t, a, b),
            _ => self.summary(antecedent, (cs, ce), phrase),
        };
        let mut labelled = (antecedent, (cs, ce));
        // "But in May, when …": an adverbial alone; the sentence says what happened.
        if summary.is_empty() && kind.is_some() {
            summary = self.summary(None, (0, t.len()), (a, b));
            labelled = (None, (0, t.len()));
        }
        if summary.is_empty() {
            return None;
        }
        let names = label::Names {
            text: self.view.text,
            actors: self.view.actors,
            kinds: self.view.kinds,
            names: self.view.names,
        };
        let mut short = match kind {
            Some(Kind::StartOf { .. }) => String::new(),
            _ => label::build(&names, t, labelled.1, phrase, labelled.0),
        };
        if short.is_empty() {
            short = label::from_text(&summary);
        }
        // "He will meet …": name the person the pronoun stands for.
        if let Some(rest) = summary.strip_prefix("He ").or_else(|| summary.strip_prefix("She ")) {
            if let Some((name, ix)) = self.last_person() {
                summary = tidy(&format!("{name} {rest}"));
                if !actors.contains(&ix) {
                    actors.insert(0, ix);
                }
            }
        }
        Some(Candidate {
            article: self.view.ix,
            phrase: Span::new(t.toks[a].start, t.toks[b - 1].end),
            sentence: self.span,
            inferred,
            when,
            summary,
            label: short,
            actors,
            classes,
            words,
        })
    }

    fn in_actor(&self, tok: Tok) -> bool {
        let from = self.view.actors.partition_point(|(s, _)| (s.end as usize) <= tok.start);
        self.view.actors[from..].iter().take(4).any(|(s, _)| s.start as usize <= tok.start && tok.end <= s.end as usize)
    }

    /// The last person actor named before this sentence, as written.
    fn last_person(&self) -> Option<(&str, ActorIx)> {
        let before = self.view.actors.partition_point(|(s, _)| s.end <= self.span.start);
        self.view.actors[..before]
            .iter()
            .rev()
            .find(|(_, ix)| self.view.kinds.get(*ix as usize) == Some(&ActorKind::Person))
            .and_then(|&(s, ix)| Some((self.view.text.get(s.range())?, ix)))
    }

    /// Appends the actors mentioned inside `span`, in order of first mention.
    fn actors<'o>(&self, span: Span, out: &'o mut Vec<ActorIx>) -> &'o mut Vec<ActorIx> {
        let from = self.view.actors.partition_point(|(s, _)| s.start < span.start);
        for &(s, ix) in &self.view.actors[from..] {
            if s.start >= span.end {
                break;
            }
            if span.contains(s) && !out.contains(&ix) {
                out.push(ix);
            }
        }
        out
    }

    /// The clause around tokens `[a, b)`: bounded by semicolons, colons,
    /// spaced dashes and commas that open a subordinate clause. A
    /// leading adverbial ("On Thursday, …") gives way to the main clause,
    /// unless it names the event itself ("A year on from the siege, …").
    fn clause(&self, a: usize, b: usize) -> (usize, usize) {
        let t = &self.t;
        let breaks = |i: usize| {
            let s = t.str(i);
            matches!(s, ";" | ":")
                || (s == "-" && !t.glued(i) && i > 0 && !t.glued(i - 1))
                || (s == "," && opens_clause_at(t, i + 1))
        };
        let mut cs = (0..a).rev().find(|&i| breaks(i)).map_or(0, |i| i + 1);
        let mut ce = (b..t.len()).find(|&i| breaks(i)).unwrap_or(t.len());
        if t.is(cs, ",") {
            cs += 1;
        }
        let comma = (b..ce).find(|&i| t.is(i, ","));
        let adverbial = a == 0 || t.lower(0, &mut [0u8; 24]).is_some_and(opens_adverbial);
        if cs == 0 && adverbial && !(cs..a).any(|i| t.is(i, ",")) {
            if let Some(c) = comma {
                let content = (cs..c).filter(|&i| (i < a || i >= b) && content_word(t, i)).count();
                if content >= 2 {
                    ce = c;
                } else {
                    cs = c + 1;
                }
            }
        }
        (cs, ce.max(cs))
    }

    /// For a clause opening with "which"/"who": the noun group it refers to,
    /// from the last determiner before the comma.
    fn antecedent(&self, cs: usize) -> Option<(usize, usize)> {
        let t = &self.t;
        let comma = cs.checked_sub(1).filter(|&c| t.is(c, ","))?;
        // "goes to Ruto, who is expected to sign": "who" refers to the name
        // just before the comma, not to the sentence's first noun group.
        if t.is(cs, "who") && comma > 0 && t.is_capitalized(comma - 1) {
            let mut start = comma - 1;
            while start > 0 && comma - start < 5 {
                let glued = t.glued(start - 1) && !t.is(start - 1, ",");
                if t.is_capitalized(start - 1) || glued {
                    start -= 1;
                } else {
                    break;
                }
            }
            return Some((start, comma));
        }
        let start =
            (comma.saturating_sub(8)..comma).rev().find(|&i| t.is_any(i, &["the", "a", "an", "its", "their"]))?;
        Some((start, comma))
    }

    /// For "X, who …, said": the words before the relative clause, up to
    /// eight tokens after the previous break.
    fn subject(&self, cs: usize) -> Option<(usize, usize)> {
        let t = &self.t;
        let comma = cs.checked_sub(1).filter(|&c| t.is(c, ","))?;
        let start = (0..comma).rev().find(|&i| matches!(t.str(i), ";" | ":" | ",")).map_or(0, |i| i + 1);
        (comma > start).then_some((start.max(comma.saturating_sub(8)), comma))
    }

    /// The clause's text with the dating phrase taken out, tidied and cut.
    fn summary(&self, antecedent: Option<(usize, usize)>, (cs, ce): (usize, usize), (a, b): (usize, usize)) -> String {
        let t = &self.t;
        let text = self.view.text;
        let bytes = |x: usize, y: usize| -> &str {
            if x >= y {
                return "";
            }
            text.get(t.toks[x].start..t.toks[y - 1].end).unwrap_or("")
        };
        let mut raw = String::new();
        if let Some((x, y)) = antecedent {
            raw.push_str(bytes(x, y));
            raw.push(' ');
        }
        // "on Tuesday's flight": a possessive phrase stays, the sentence needs it.
        let (a, b) = if t.is(b, "'") && t.glued(b) && t.is(b + 1, "s") { (b, b) } else { (a, b) };
        // A preposition left hanging before the phrase goes with it ("scheduled for 29 May").
        let a =
            if a > cs && t.is_any(a - 1, &["for", "of", "to", "until", "before", "after", "from"]) { a - 1 } else { a };
        if a >= b {
            raw.push_str(bytes(cs, ce));
        } else {
            raw.push_str(bytes(cs, a.max(cs)));
            raw.push(' ');
            raw.push_str(bytes(b.min(ce).max(cs), ce));
        }
        tidy(&without_quotes(&raw))
    }
}

/// The words outside quotation marks, when there are enough of them: a
/// summary says who said something, not the whole quote.
fn without_quotes(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut inside: Option<char> = None;
    for c in raw.chars() {
        match (inside, c) {
            (None, '«' | '“' | '"') => inside = Some(c),
            (Some(o), '»' | '”' | '"') if o != '«' || c == '»' => {
                inside = None;
                out.push(' ');
            }
            (None, _) => out.push(c),
            _ => {}
        }
    }
    if inside.is_none() && out.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count() >= 3 {
        out
    } else {
        raw.to_string()
    }
}

/// "Start of the conflict" for "almost six years of conflict".
fn start_summary(t: &Toks, a: usize, b: usize) -> String {
    let of = (a..b).find(|&i| t.is(i, "of")).map_or(b, |i| i + 1);
    let noun: Vec<&str> = (of..b).map(|i| t.str(i)).collect();
    if noun.is_empty() {
        return String::new();
    }
    format!("Start of the {}", noun.join(" "))
}

/// A past-tense or reporting verb: what makes "after Putin ordered" a clause
/// rather than a phrase ("after talks").
fn is_finite_verb(t: &Toks, i: usize) -> bool {
    let mut buf = [0u8; 24];
    t.kind(i) == Some(TokKind::Word)
        && t.lower(i, &mut buf).is_some_and(|w| {
            lexicon::is_irregular_past(w) || lexicon::is_reporting_verb(w) || (w.len() >= 5 && w.ends_with("ed"))
        })
}

/// Words that open a sentence-initial adverbial ("Since the war began, …").
fn opens_adverbial(w: &str) -> bool {
    matches!(
        w,
        "since"
            | "after"
            | "before"
            | "in"
            | "on"
            | "at"
            | "during"
            | "following"
            | "when"
            | "while"
            | "as"
            | "until"
            | "by"
            | "from"
            | "amid"
            | "despite"
            | "over"
            | "within"
            | "throughout"
            | "last"
            | "earlier"
            | "later"
    )
}

fn opens_clause_at(t: &Toks, i: usize) -> bool {
    let mut buf = [0u8; 24];
    t.lower(i, &mut buf).is_some_and(opens_clause)
}

fn content_word(t: &Toks, i: usize) -> bool {
    let mut buf = [0u8; 24];
    t.kind(i) == Some(TokKind::Word) && t.lower(i, &mut buf).is_none_or(|w| !is_stopword(w) && !is_connective(w))
}

/// Collapses spaces, drops leading connectives and dangling prepositions,
/// capitalises, and cuts at a word boundary under [`SUMMARY_MAX`] bytes.
pub fn tidy(raw: &str) -> String {
    let mut words: Vec<&str> = raw.split_whitespace().collect();
    let mut out: Vec<String> = Vec::new();
    for w in words.drain(..) {
        if matches!(w, "," | ";" | ":" | ".") {
            if let Some(last) = out.last_mut() {
                if !last.ends_with(|c: char| c.is_ascii_punctuation()) {
                    last.push_str(w);
                }
            }
            continue;
        }
        if w.starts_with(',') && out.last().is_some_and(|l| l.ends_with(',')) {
            out.push(w.trim_start_matches(',').to_string());
            continue;
        }
        out.push(w.to_string());
    }
    let plain = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    while out.first().is_some_and(|w| is_connective(&plain(w)) || plain(w).is_empty()) {
        out.remove(0);
    }
    while out.last().is_some_and(|w| {
        let p = plain(w);
        p.is_empty() || is_connective(&p) || matches!(p.as_str(), "the" | "a" | "an" | "of" | "to" | "for" | "with")
    }) {
        out.pop();
    }
    let mut s = String::new();
    for w in &out {
        if s.len() + w.len() + 1 > SUMMARY_MAX {
            s = s.trim_end_matches(|c: char| c.is_ascii_punctuation() && c != ')' && c != '"').to_string();
            s.push('…');
            return capitalize(&s);
        }
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(w);
    }
    let s = s.trim_end_matches([',', ';', ':', '.', ' ']).to_string();
    capitalize(&s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{fold_for_matching, sentences};
    use dossier_model::Precision;

    fn run(text: &str, published: &str, actors: &[(&str, ActorIx)]) -> Vec<Candidate> {
        let folded = fold_for_matching(text);
        let spans = sentences(text);
        let mut acts: Vec<(Span, ActorIx)> = actors
            .iter()
            .flat_map(|&(name, ix)| text.match_indices(name).map(move |(at, _)| (Span::new(at, at + name.len()), ix)))
            .collect();
        acts.sort();
        let view = ArticleView {
            ix: 0,
            text,
            folded: &folded,
            sentences: &spans,
            published: Day::parse_iso(published),
            published_exact: true,
            actors: &acts,
            kinds: &[ActorKind::Person; 8],
            names: &[""; 8],
        };
        let mut out = Vec::new();
        collect(&view, &mut Vec::new(), &mut out);
        out
    }

    #[test]
    fn clause_summary_drops_the_date_and_the_intro() {
        let text = "On Monday, the mayor of Lyon will meet union leaders in Paris.";
        let c = run(text, "2020-06-03", &[]);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].summary, "The mayor of Lyon will meet union leaders in Paris");
        assert_eq!(&text[c[0].phrase.range()], "On Monday");
        assert_eq!(c[0].when.date().iso(), "2020-06-08");
    }

    #[test]
    fn relative_clause_takes_its_antecedent() {
        let text = "A strike hit the docks, after the talks in Lagos, which collapsed in March and never resumed.";
        let c = run(text, "2020-06-03", &[]);
        let march = c.iter().find(|c| c.when.precision == Precision::Month).unwrap();
        assert!(march.summary.starts_with("The talks in Lagos collapsed"), "{}", march.summary);
        assert!(march.classes.contains(&"talks"));
    }

    #[test]
    fn who_refers_to_the_name_before_it() {
        let text = "The bill now goes to Tomas Okello, who is expected to sign it next week.";
        let c = run(text, "2020-06-03", &[("Tomas Okello", 2)]);
        assert_eq!(c[0].summary, "Tomas Okello is expected to sign it");
        assert_eq!(c[0].actors, vec![2]);
    }

    #[test]
    fn relative_clause_closed_before_the_date_keeps_the_subject() {
        let text = "Ana Lima, who leads the union, said the strike had been planned since last month.";
        let c = run(text, "2020-06-03", &[]);
        assert!(c[0].summary.starts_with("Ana Lima said the strike"), "{}", c[0].summary);
    }

    #[test]
    fn summary_leaves_out_quoted_words_and_keeps_acronyms() {
        let text = "\u{201c}We will never sign,\u{201d} Ana Lima told reporters on Monday.";
        assert_eq!(run(text, "2020-06-03", &[])[0].summary, "Ana Lima told reporters");
        let text = "The Andean Fishing Board (AFB) rejected the plan on Monday.";
        assert_eq!(run(text, "2020-06-03", &[])[0].summary, "The Andean Fishing Board (AFB) rejected the plan");
    }

    #[test]
    fn main_clause_after_a_subordinate_one() {
        let text = "Talks will resume on 3 June, after a long pause, the union said on Monday.";
        let c = run(text, "2020-05-27", &[]);
        let monday = c.iter().find(|c| c.when.date().iso() == "2020-05-25").unwrap();
        assert_eq!(monday.summary, "The union said");
        let c = run("The envoy spoke on Tuesday's flight to Oslo.", "2020-05-27", &[("Oslo", 1)]);
        assert_eq!(c[0].summary, "The envoy spoke on Tuesday's flight to Oslo");
    }

    #[test]
    fn subordinate_clause_and_pronoun_subjects() {
        let text = "The vote comes after the president dissolved parliament last week.";
        assert_eq!(run(text, "2020-05-27", &[])[0].summary, "The president dissolved parliament");
        let text = "Ana Lima leads the union.\n\nOn Monday, she will meet the minister.";
        let c = run(text, "2020-05-27", &[("Ana Lima", 0)]);
        assert_eq!(c[0].summary, "Ana Lima will meet the minister");
        assert_eq!(c[0].actors, vec![0]);
    }

    #[test]
    fn later_counts_from_the_last_date() {
        let text = "The talks opened on 3 March. Two days later, the delegations signed a deal.";
        let c = run(text, "2020-05-27", &[]);
        assert_eq!(c[1].when.date().iso(), "2020-03-05");
        assert_eq!(c[1].summary, "The delegations signed a deal");
        assert!(run("Two days later, the delegations signed a deal.", "2020-05-27", &[]).is_empty());
    }

    #[test]
    fn intro_naming_the_event_is_the_event() {
        let text = "Two years on from the deadly floods in Dhaka, the city has rebuilt its levees.";
        let c = run(text, "2020-06-03", &[]);
        assert_eq!(c[0].summary, "The deadly floods in Dhaka");
        assert_eq!(c[0].when.date().iso(), "2018-06-01");
    }

    #[test]
    fn every_dated_clause_is_a_mention_but_datelines_are_not() {
        assert!(run("Posted: 3 June 2020", "2020-06-03", &[]).is_empty());
        assert_eq!(run("The weather was mild on Monday.", "2020-06-03", &[]).len(), 1);
        let c = run("The company shelved its listing on September 30.", "2019-11-18", &[]);
        assert_eq!(c[0].when.date().iso(), "2019-09-30");
        assert_eq!(run("Norway was mild on Monday.", "2020-06-03", &[("Norway", 4)])[0].actors, vec![4]);
        // The date line of an embedded post is a date.
        let c = run("\u{2014} The Senate (@NGRSenate) October 9, 2018", "2018-10-09", &[]);
        assert_eq!(c.len(), 1);
        // An adverbial alone keeps the sentence as its summary.
        let c = run("But in May, when the agency tapped three companies, only two committed.", "2019-11-19", &[]);
        assert_eq!(c[0].when.date().iso(), "2019-05-01");
        assert!(!c[0].summary.is_empty());
    }

    #[test]
    fn bare_years_and_months_as_attributes() {
        let c = run("Donors gave $5 million to Holcomb's 2016 election campaign.", "2019-11-19", &[]);
        assert_eq!((c[0].when.date().iso(), c[0].when.precision), ("2016-01-01".into(), Precision::Year));
        let c = run("Norway's October oil output beat forecasts.", "2019-11-19", &[]);
        assert_eq!((c[0].when.date().iso(), c[0].when.precision), ("2019-10-01".into(), Precision::Month));
        // A number of things is not a year.
        assert!(run("The 1500 troops left.", "2019-11-19", &[]).is_empty());
    }

    #[test]
    fn earlier_in_the_day_and_that_evening() {
        // "earlier in the day" is the news day named last, not a background date.
        let text = "Vindman testified on Tuesday. He cited the July 25 call. Vindman denied it earlier in the day.";
        let c = run(text, "2019-11-20", &[]);
        let d = c.iter().find(|c| &text[c.phrase.range()] == "earlier in the day").unwrap();
        assert_eq!(d.when.date().iso(), "2019-11-19");
        let c = run("Stocks hit highs earlier in the day.", "2019-11-19", &[]);
        assert_eq!(c[0].when.date().iso(), "2019-11-19");
        let text = "He took the girl on Saturday, May 18. Later that evening, he drove to a hotel.";
        let c = run(text, "2019-11-19", &[]);
        assert_eq!(c[1].when.date().iso(), "2019-05-18");
    }

    #[test]
    fn two_phrases_of_one_sentence_stay_two_events() {
        let text = "The company, which will cut jobs beginning this week, confirmed on Monday that it was contacted.";
        let c = run(text, "2019-11-18", &[]);
        let events = crate::events::merge::merge(c);
        assert_eq!(events.len(), 2);
        assert!(events.iter().any(|e| e.precision == Precision::Week));
    }

    #[test]
    fn undated_articles_resolve_only_what_is_safe() {
        // The latest absolute date is only a year: "October 29" has no safe year.
        let c = run("The plant opened in 2015.\n\nWorkers struck on October 29.", "", &[]);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].when.precision, Precision::Year);
    }

    #[test]
    fn years_later_counts_from_a_month_and_acts_are_events() {
        let text = "The mine flooded in May 2015.\n\nThree years later, regulators fined the operator.\n\n\
                    Inspectors froze its permits in the autumn of 2019.";
        let c = run(text, "2022-02-01", &[]);
        let dates: Vec<(String, Precision)> = c.iter().map(|c| (c.when.date().iso(), c.when.precision)).collect();
        assert!(dates.contains(&("2018-01-01".into(), Precision::Year)), "{dates:?}");
        assert!(dates.contains(&("2019-09-01".into(), Precision::Season)), "{dates:?}");
        // A day later needs a day to count from.
        let c =
            run("The mine flooded in May 2015.\n\nTwo days later, regulators fined the operator.", "2022-02-01", &[]);
        assert!(c.iter().all(|c| c.when.precision != Precision::Day), "{:?}", c.len());
    }

    #[test]
    fn that_year_is_the_year_named_last() {
        let text = "The refinery was sold in March 2016.\n\nLater that year, regulators fined the new owner.\n\n\
                    The same year, the union signed a new contract.";
        let c = run(text, "2022-02-01", &[]);
        let years: Vec<(String, Precision)> = c.iter().map(|c| (c.when.date().iso(), c.when.precision)).collect();
        assert_eq!(years.iter().filter(|y| **y == ("2016-01-01".into(), Precision::Year)).count(), 2, "{years:?}");
        // With nothing named before, "that year" dates nothing.
        assert!(run("That year, regulators fined the owner.", "2022-02-01", &[]).is_empty());
    }

    #[test]
    fn due_to_begin_is_the_publication_day() {
        let c = run("New trade talks are due to begin in Nairobi.", "2020-06-03", &[]);
        assert_eq!(c[0].when.date().iso(), "2020-06-03");
        assert_eq!(c[0].when.precision, Precision::Day);
    }

    #[test]
    fn undated_article_infers_reference_from_text() {
        let text = "Filed 4 May 2021.\n\nThe council voted on Sunday to close the mine.";
        let c = run(text, "", &[]);
        assert_eq!(c.len(), 1);
        assert!(c[0].inferred);
        assert_eq!(c[0].when.date().iso(), "2021-05-02");
    }

    #[test]
    fn summaries_are_short() {
        let long = "In July the committee approved a plan that ".to_string() + &"goes on and on ".repeat(20);
        let c = run(&long, "2020-06-03", &[]);
        assert!(c[0].summary.len() <= SUMMARY_MAX + 3, "{}", c[0].summary);
        assert!(c[0].summary.ends_with('…'));
    }
}
