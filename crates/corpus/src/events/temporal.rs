//! Temporal expressions: a hand-rolled scanner that finds dating phrases in a
//! sentence ("on 30 December", "early last year", "by Tuesday", "A year on
//! from") and says which way a bare weekday or month points (past or future),
//! from the tense and cue words around it. Turning a phrase into calendar days
//! is [`super::resolve`]'s job.

use super::lexicon::{self, is_future_cue, is_irregular_past, is_reporting_verb};
use super::tokens::{tokenize, Tok, TokKind, Toks};
use dossier_model::date::{MONTH_NAMES as MONTHS, WEEKDAY_NAMES as WEEKDAYS};

/// Which part of a month, week or year a phrase means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Whole,
    Early,
    Mid,
    Late,
    Start,
    End,
    /// "earlier this month": from the start of the unit to the reference day.
    Earlier,
    /// "later this year": from the reference day to the end of the unit.
    Later,
    /// "the first half of 2020": half 1 or 2 of a year.
    Half(u32),
    /// "the third quarter of next year": quarter 1 to 4 of a year.
    Quarter(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Year,
    Decade,
}

/// How a weekday or season is anchored ("last Friday", "this summer").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rel {
    Bare,
    Last,
    This,
    Next,
}

/// Which way a bare weekday or month points from the reference day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Past,
    Future,
    /// No cue in the sentence: news defaults to the past.
    Unknown,
}

/// What a phrase says, before it meets a reference day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// "30 December", "January 29-30", "21 December, 2017": `last` > `day` for ranges.
    Date {
        year: Option<i32>,
        month: u32,
        day: u32,
        last: u32,
    },
    Month {
        year: Option<i32>,
        month: u32,
        part: Part,
    },
    /// "30 December last year": a date in the year `n` years from the reference.
    DateIn {
        month: u32,
        day: u32,
        last: u32,
        n: i32,
    },
    /// "July last year", "early March next year".
    MonthIn {
        month: u32,
        part: Part,
        n: i32,
    },
    Year {
        year: i32,
        part: Part,
    },
    Decade {
        year: i32,
    },
    /// Weekday 0 = Monday.
    Weekday {
        weekday: u32,
        rel: Rel,
    },
    /// `n` units from the reference ("yesterday", "last week", "early last year").
    Offset {
        unit: Unit,
        n: i32,
        part: Part,
    },
    /// "two weeks ago".
    Ago {
        unit: Unit,
        n: i32,
    },
    /// "A year on from X": X happened `n` units before the reference.
    YearsOn {
        unit: Unit,
        n: i32,
    },
    /// "almost six years of conflict": the conflict started `n` units before.
    StartOf {
        unit: Unit,
        n: i32,
    },
    /// "in recent months": the last `n` units up to the reference.
    Recent {
        unit: Unit,
        n: i32,
    },
    /// "two days later", "the next day", "the day before": `n` units from
    /// the date the article mentioned last, not from the publication day.
    Anchored {
        unit: Unit,
        n: i32,
    },
    /// "in the coming days": the next `n` units after the reference.
    Coming {
        unit: Unit,
        n: i32,
    },
    /// "at the weekend", "over the weekend": the nearest Saturday and Sunday,
    /// past or future by the sentence's tense; `Rel::Last` ("this past
    /// weekend") is always the latest one before the reference.
    Weekend {
        rel: Rel,
    },
    /// "overnight": the night before the reference, so the evening before
    /// and the reference day itself.
    Overnight,
    /// Season 0 = spring … 3 = winter.
    Season {
        season: u32,
        year: Option<i32>,
        rel: Rel,
    },
    /// "last February", "next March", "this May": a month named relative
    /// to the reference month.
    MonthRel {
        month: u32,
        rel: Rel,
    },
    /// A holiday on a fixed or computed day ("Thanksgiving", "Christmas
    /// Eve", "Election Day"), in `year` or the nearest one.
    Holiday {
        holiday: Holiday,
        year: Option<i32>,
    },
}

/// Holidays that news copy dates events by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holiday {
    NewYearsDay,
    NewYearsEve,
    ValentinesDay,
    GoodFriday,
    Easter,
    MemorialDay,
    IndependenceDay,
    LaborDay,
    Halloween,
    ElectionDay,
    VeteransDay,
    Thanksgiving,
    BlackFriday,
    CyberMonday,
    ChristmasEve,
    Christmas,
    BoxingDay,
}

impl Kind {
    /// True when the phrase names a calendar date on its own (no reference
    /// day needed); used to infer a reference for undated articles.
    pub fn is_absolute(&self) -> bool {
        matches!(
            self,
            Kind::Date { year: Some(_), .. }
                | Kind::Month { year: Some(_), .. }
                | Kind::Year { .. }
                | Kind::Decade { .. }
        )
    }

    fn needs_direction(&self) -> bool {
        matches!(
            self,
            Kind::Date { year: None, .. }
                | Kind::Month { year: None, .. }
                | Kind::Weekday { rel: Rel::Bare, .. }
                | Kind::Season { year: None, rel: Rel::Bare, .. }
                | Kind::Weekend { rel: Rel::Bare | Rel::This }
                | Kind::Holiday { year: None, .. }
        )
    }
}

/// A dating phrase found in the text: byte span (with its preposition),
/// what it says, and the direction cue of its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Expr {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub dir: Dir,
}

/// Finds the dating phrases in `text[from..to]` (one sentence of the folded
/// article text). `toks` is scratch space reused across calls.
pub fn scan(text: &str, from: usize, to: usize, toks: &mut Vec<Tok>, out: &mut Vec<Expr>) {
    toks.clear();
    tokenize(text, from, to, toks);
    scan_tokens(&Toks { text, toks }, out);
}

/// [`scan`] over a sentence already tokenized.
pub fn scan_tokens(t: &Toks, out: &mut Vec<Expr>) {
    let t = *t;
    let mut i = 0;
    while i < t.len() {
        if !may_start(&t, i) {
            i += 1;
            continue;
        }
        let found = match_at(&t, i).map(|(k, e)| (i, k, e)).or_else(|| {
            if is_preposition(&t, i) {
                match_at(&t, i + 1).map(|(k, e)| (i, k, e))
            } else {
                None
            }
        });
        match found {
            Some((first, kind, end)) if accept(&t, first, kind, end) => {
                let dir = if kind.needs_direction() { direction(&t, first, end) } else { Dir::Unknown };
                out.push(Expr { start: t.toks[first].start, end: t.toks[end - 1].end, kind, dir });
                i = end;
            }
            _ => i += 1,
        }
    }
}

/// Cheap filter: can a phrase start at token `i` (itself or after a
/// preposition)? Most words cannot, and skip every matcher.
fn may_start(t: &Toks, i: usize) -> bool {
    match t.kind(i) {
        Some(TokKind::Num) => true,
        Some(TokKind::Word) => {
            if t.is_capitalized(i) {
                return true;
            }
            let mut buf = [0u8; 24];
            t.lower(i, &mut buf).is_some_and(|w| {
                matches!(
                    w,
                    "on" | "in"
                        | "that"
                        | "at"
                        | "since"
                        | "by"
                        | "during"
                        | "until"
                        | "till"
                        | "from"
                        | "through"
                        | "throughout"
                        | "around"
                        | "the"
                        | "a"
                        | "an"
                        | "early"
                        | "late"
                        | "mid"
                        | "earlier"
                        | "later"
                        | "start"
                        | "beginning"
                        | "end"
                        | "middle"
                        | "outset"
                        | "yesterday"
                        | "overnight"
                        | "today"
                        | "tonight"
                        | "tomorrow"
                        | "recent"
                        | "last"
                        | "previous"
                        | "this"
                        | "next"
                        | "coming"
                        | "spring"
                        | "summer"
                        | "autumn"
                        | "fall"
                        | "winter"
                        | "almost"
                        | "nearly"
                        | "about"
                        | "some"
                        | "roughly"
                        | "over"
                        | "more"
                        | "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                        | "eleven"
                        | "twelve"
                        | "fifteen"
                        | "twenty"
                        | "thirty"
                        | "fifty"
                        | "into"
                )
            })
        }
        _ => false,
    }
}

/// Prepositions kept at the front of a phrase, as a reader quotes it ("in July").
fn is_preposition(t: &Toks, i: usize) -> bool {
    t.is_any(
        i,
        &[
            "on",
            "in",
            "at",
            "since",
            "by",
            "during",
            "until",
            "till",
            "from",
            "through",
            "throughout",
            "around",
            "into",
        ],
    ) || (t.is(i, "over") && t.is(i + 1, "the"))
}

/// Context checks for the ambiguous forms: a bare year or month needs a
/// preposition or a following mark ("2,000 people", "may" the verb).
fn accept(t: &Toks, first: usize, kind: Kind, end: usize) -> bool {
    let led = is_preposition(t, first)
        || (first > 0 && t.is_any(first - 1, &["of", "early", "late", "mid", "before", "after", "between", "to"]));
    // "Holcomb's 2016 campaign", "its planned 2024 moon shot", "Norway's
    // October output": a year or month as the attribute of a noun.
    let possessive = first > 1 && t.is(first - 1, "s") && t.is(first - 2, "'");
    const DETS: &[&str] = &["the", "its", "his", "her", "their", "our", "an", "this"];
    let determiner = first > 0 && t.is_any(first - 1, DETS);
    // "its planned 2024 moon shot", "the delayed 2020 census": a participle
    // between the determiner and the year.
    let participle = first > 1 && t.is_any(first - 2, DETS) && {
        let mut buf = [0u8; 24];
        t.lower(first - 1, &mut buf).is_some_and(|w| w.len() > 4 && w.ends_with("ed") && !t.is_capitalized(first - 1))
    };
    let counted_noun = t.is_any(end, &["people", "years", "months", "days", "troops", "soldiers", "jobs", "members"]);
    match kind {
        Kind::Year { part: Part::Whole, year } => {
            led || t.kind(end).is_none_or(|k| k == TokKind::Punct && !t.is(end, "-"))
                || ((possessive || determiner || participle)
                    && (1900..=2100).contains(&year)
                    && t.kind(end) == Some(TokKind::Word)
                    && !counted_noun)
        }
        Kind::Month { year: None, part: Part::Whole, .. } => led || possessive || (first > 0 && t.is(first - 1, "an")),
        // "for the past three years" is how long, not when.
        Kind::Recent { .. } => !(first > 0 && t.is(first - 1, "for")),
        _ => true,
    }
}

/// Month number (1-12) of a capitalised month name or abbreviation at `i`,
/// with the token after it. Abbreviations need a full stop or a number.
fn month_at(t: &Toks, i: usize) -> Option<(u32, usize)> {
    if !t.is_capitalized(i) {
        return None;
    }
    let mut buf = [0u8; 24];
    let w = t.lower(i, &mut buf)?;
    if let Some(m) = MONTHS.iter().position(|&n| n == w) {
        return Some((m as u32 + 1, i + 1));
    }
    let abbr = if w == "sept" { 9 } else { MONTHS.iter().position(|n| w.len() == 3 && n.starts_with(w))? as u32 + 1 };
    if t.is(i + 1, ".") && t.glued(i) {
        return Some((abbr, i + 2));
    }
    t.num(i + 1).map(|_| (abbr, i + 1))
}

fn weekday_at(t: &Toks, i: usize) -> Option<u32> {
    if !t.is_capitalized(i) {
        return None;
    }
    let mut buf = [0u8; 24];
    let w = t.lower(i, &mut buf)?;
    WEEKDAYS.iter().position(|&n| n == w).map(|p| p as u32)
}

/// A four-digit year between 1000 and 2199 at `i`.
fn year_at(t: &Toks, i: usize) -> Option<i32> {
    let s = t.str(i);
    if s.len() != 4 {
        return None;
    }
    t.num(i).filter(|y| (1000..2200).contains(y)).map(|y| y as i32)
}

/// A day of the month at `i`, with an optional glued ordinal ("30th").
fn day_at(t: &Toks, i: usize) -> Option<(u32, usize)> {
    let d = t.num(i).filter(|d| (1..=31).contains(d) && t.str(i).len() <= 2)?;
    if t.glued(i) && t.is_any(i + 1, &["st", "nd", "rd", "th"]) {
        Some((d, i + 2))
    } else {
        Some((d, i + 1))
    }
}

/// "-30", "to 30", "and 30" after a day: the last day of a range.
fn day_range_end(t: &Toks, i: usize) -> Option<(u32, usize)> {
    if t.is_any(i, &["-", "to"]) {
        day_at(t, i + 1)
    } else {
        None
    }
}

/// "last year", "this year", "next year" after a month or date.
fn year_offset(t: &Toks, i: usize) -> Option<(i32, usize)> {
    if !t.is(i + 1, "year") {
        return None;
    }
    let n = match rel_at(t, i)? {
        Rel::Last => -1,
        Rel::Next => 1,
        Rel::This | Rel::Bare => 0,
    };
    Some((n, i + 2))
}

/// A date without a year, or with "last year" and the like after it.
fn date_kind(t: &Toks, k: usize, month: u32, day: u32, last: u32) -> (Kind, usize) {
    if let Some((n, end)) = year_offset(t, k) {
        return (Kind::DateIn { month, day, last, n }, end);
    }
    let (year, k) = trailing_year(t, k);
    (Kind::Date { year, month, day, last }, k)
}

/// An optional year after a date: ", 2017" or " 2017".
fn trailing_year(t: &Toks, i: usize) -> (Option<i32>, usize) {
    if let Some(y) = year_at(t, i) {
        return (Some(y), i + 1);
    }
    if t.is(i, ",") {
        if let Some(y) = year_at(t, i + 1) {
            return (Some(y), i + 2);
        }
    }
    (None, i)
}

fn count_at(t: &Toks, i: usize) -> Option<i32> {
    if let Some(n) = t.num(i) {
        return (n <= 1000).then_some(n as i32);
    }
    let mut buf = [0u8; 24];
    let n = match t.lower(i, &mut buf)? {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        "fifty" => 50,
        _ => return None,
    };
    Some(n)
}

/// A time unit word, singular or plural.
fn unit_at(t: &Toks, i: usize) -> Option<Unit> {
    let mut buf = [0u8; 24];
    Some(match t.lower(i, &mut buf)? {
        "day" | "days" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "weekend" => Unit::Weekend,
        "month" | "months" => Unit::Month,
        "year" | "years" => Unit::Year,
        "decade" | "decades" => Unit::Decade,
        _ => return None,
    })
}

fn season_at(t: &Toks, i: usize) -> Option<u32> {
    let mut buf = [0u8; 24];
    Some(match t.lower(i, &mut buf)? {
        "spring" => 0,
        "summer" => 1,
        "autumn" | "fall" => 2,
        "winter" => 3,
        _ => return None,
    })
}

fn rel_at(t: &Toks, i: usize) -> Option<Rel> {
    let mut buf = [0u8; 24];
    Some(match t.lower(i, &mut buf)? {
        "last" | "previous" => Rel::Last,
        "this" => Rel::This,
        "next" | "coming" => Rel::Next,
        _ => return None,
    })
}

/// A phrase starting exactly at token `i`, with the token after it.
fn match_at(t: &Toks, i: usize) -> Option<(Kind, usize)> {
    if t.kind(i) == Some(TokKind::Punct) {
        return None;
    }
    let (kind, end) = part_phrase(t, i).or_else(|| core(t, i))?;
    // "on Monday evening", "yesterday morning": the time of day is part of the phrase.
    let day_like = matches!(kind, Kind::Weekday { .. } | Kind::Offset { unit: Unit::Day, .. } | Kind::Date { .. });
    if day_like && t.is_any(end, &["morning", "afternoon", "evening", "night"]) {
        return Some((kind, end + 1));
    }
    Some((kind, end))
}

/// "early last year", "mid-2016", "late December", "earlier this month",
/// "the end of last year", "the start of the year".
fn part_phrase(t: &Toks, i: usize) -> Option<(Kind, usize)> {
    let mut buf = [0u8; 24];
    let w = t.lower(i, &mut buf)?;
    let (part, next) = match w {
        "early" => (Part::Early, i + 1),
        "late" => (Part::Late, i + 1),
        "mid" => (Part::Mid, if t.is(i + 1, "-") { i + 2 } else { i + 1 }),
        "earlier" => (Part::Earlier, i + 1),
        "later" => (Part::Later, i + 1),
        "the" => return boundary_part(t, i + 1),
        "start" | "beginning" | "end" | "middle" | "outset" => return boundary_part(t, i),
        _ => return None,
    };
    // "earlier in the week", "later in the year": the current unit.
    if matches!(part, Part::Earlier | Part::Later) && t.is(next, "in") && t.is(next + 1, "the") {
        if let Some(unit @ (Unit::Week | Unit::Month | Unit::Year)) = unit_at(t, next + 2) {
            if !t.str(next + 2).ends_with('s') {
                return Some((Kind::Offset { unit, n: 0, part }, next + 3));
            }
        }
        // "earlier in the day": the news day (see `mentions::collect`).
        if t.is(next + 2, "day") {
            return Some((Kind::Offset { unit: Unit::Day, n: 0, part }, next + 3));
        }
    }
    let (kind, end) = core(t, next)?;
    // "later that evening", "later that year": the anchored unit itself.
    if matches!(part, Part::Earlier | Part::Later) && matches!(kind, Kind::Anchored { n: 0, .. }) {
        return Some((kind, end));
    }
    with_part(kind, part).map(|k| (k, end))
}

/// "(the) start|beginning|end|middle of" + a month, year or relative unit.
fn boundary_part(t: &Toks, i: usize) -> Option<(Kind, usize)> {
    let mut buf = [0u8; 24];
    let (part, i) = match t.lower(i, &mut buf)? {
        "start" | "beginning" | "outset" => (Part::Start, i),
        "end" => (Part::End, i),
        "middle" => (Part::Mid, i),
        // "the first half of next year", "the third quarter of 2020".
        w @ ("first" | "second" | "third" | "fourth") => {
            let n = match w {
                "first" => 1,
                "second" => 2,
                "third" => 3,
                _ => 4,
            };
            match () {
                _ if t.is(i + 1, "half") && n <= 2 => (Part::Half(n), i + 1),
                _ if t.is(i + 1, "quarter") => (Part::Quarter(n), i + 1),
                _ => return None,
            }
        }
        _ => return None,
    };
    if !t.is(i + 1, "of") {
        return None;
    }
    let j = i + 2;
    let yearly = matches!(part, Part::Half(_) | Part::Quarter(_));
    // "the year", "the month", "the week": the current one.
    if t.is(j, "the") {
        if let Some(unit @ (Unit::Week | Unit::Month | Unit::Year)) = unit_at(t, j + 1) {
            if t.str(j + 1).ends_with('s') || (yearly && unit != Unit::Year) {
                return None;
            }
            return Some((Kind::Offset { unit, n: 0, part }, j + 2));
        }
    }
    let (kind, end) = core(t, j)?;
    let year_like = matches!(kind, Kind::Year { .. } | Kind::Offset { unit: Unit::Year, .. });
    if yearly && !year_like {
        return None;
    }
    with_part(kind, part).map(|k| (k, end))
}

/// Narrows a month, year or relative unit to one of its parts.
fn with_part(kind: Kind, part: Part) -> Option<Kind> {
    match kind {
        Kind::Month { year, month, part: Part::Whole } => Some(Kind::Month { year, month, part }),
        Kind::MonthIn { month, n, part: Part::Whole } => Some(Kind::MonthIn { month, n, part }),
        Kind::Year { year, part: Part::Whole } => Some(Kind::Year { year, part }),
        Kind::Offset { unit: unit @ (Unit::Week | Unit::Month | Unit::Year), n, part: Part::Whole } => {
            // "earlier last year" reads oddly; "earlier"/"later" go with "this".
            if matches!(part, Part::Earlier | Part::Later) && n != 0 {
                return None;
            }
            Some(Kind::Offset { unit, n, part })
        }
        _ => None,
    }
}

/// Dates, months, years, weekdays and relative phrases without a part.
fn core(t: &Toks, i: usize) -> Option<(Kind, usize)> {
    match t.kind(i)? {
        TokKind::Num => numeric(t, i),
        TokKind::Word => wordy(t, i),
        TokKind::Punct => None,
    }
}

/// Phrases that start with a number: ISO dates, "30 December (2016)",
/// "29-30 January", years, decades, "two years ago", "six years of war".
fn numeric(t: &Toks, i: usize) -> Option<(Kind, usize)> {
    // ISO 2016-12-30.
    if let Some(y) = year_at(t, i) {
        if t.glued(i) && t.is(i + 1, "-") && t.glued(i + 1) && t.glued(i + 2) && t.is(i + 3, "-") && t.glued(i + 3) {
            if let (Some(m), Some(d)) = (t.num(i + 2), t.num(i + 4)) {
                if dossier_model::Day::from_ymd(y, m, d).is_some() {
                    return Some((Kind::Date { year: Some(y), month: m, day: d, last: d }, i + 5));
                }
            }
        }
        if t.glued(i) && t.is(i + 1, "s") {
            return Some((Kind::Decade { year: y - y.rem_euclid(10) }, i + 2));
        }
        if !(t.glued(i) && t.is(i + 1, "-")) {
            return Some((Kind::Year { year: y, part: Part::Whole }, i + 1));
        }
    }
    if let Some(found) = clock(t, i) {
        return Some(found);
    }
    if let Some((day, j)) = day_at(t, i) {
        let (last, j) = day_range_end(t, j).filter(|&(l, _)| l > day).unwrap_or((day, j));
        let j = if t.is(j, "of") { j + 1 } else { j };
        if let Some((month, k)) = month_at(t, j) {
            return Some(date_kind(t, k, month, day, last));
        }
    }
    counted(t, i)
}

/// "two years ago", "a year on from", "six years of conflict".
/// A clock time ("4:30 a.m.", "10 pm", "midnight", "noon") with no date of
/// its own next to it: on the day named last, or the reference day. Not
/// when a date phrase stands just before or after it ("at 6 p.m. on
/// Saturday", "Tuesday at noon"): that phrase dates the sentence.
fn clock(t: &Toks, i: usize) -> Option<(Kind, usize)> {
    let end = if t.is_any(i, &["midnight", "noon"]) {
        i + 1
    } else {
        t.num(i).filter(|h| (1..=12).contains(h))?;
        let mut j = i + 1;
        if t.is(j, ":") && t.glued(i) && t.glued(j) && t.num(j + 1).is_some_and(|m| m < 60) && t.str(j + 1).len() == 2 {
            j += 2;
        }
        meridiem(t, j)?
    };
    let dated = |k: usize| {
        weekday_at(t, k).is_some()
            || month_at(t, k).is_some()
            || t.is_any(k, &["today", "yesterday", "tomorrow", "tonight"])
    };
    let after = dated(end) || (t.is_any(end, &["on", ","]) && dated(end + 1));
    let before = (i.saturating_sub(3)..i).any(dated);
    (!after && !before).then_some((Kind::Anchored { unit: Unit::Day, n: 0 }, end))
}

/// "a.m.", "p.m.", "am", "pm" at `j`: the token after it.
fn meridiem(t: &Toks, j: usize) -> Option<usize> {
    let mut buf = [0u8; 24];
    match t.lower(j, &mut buf)? {
        "am" | "pm" => Some(j + 1),
        "a" | "p" if t.glued(j) && t.is(j + 1, ".") && t.is(j + 2, "m") && t.glued(j + 1) => {
            Some(if t.is(j + 3, ".") && t.glued(j + 2) { j + 4 } else { j + 3 })
        }
        _ => None,
    }
}

fn counted(t: &Toks, i: usize) -> Option<(Kind, usize)> {
    let n = count_at(t, i)?;
    // "two hours later", "a couple of hours earlier", "three hours ago":
    // the day named last, or the reference day.
    let mut h = i + 1;
    if t.is_any(h, &["couple", "few"]) {
        h += if t.is(h + 1, "of") { 2 } else { 1 };
    }
    if t.is_any(h, &["hour", "hours"]) {
        if t.is(h + 1, "ago") {
            return Some((Kind::Offset { unit: Unit::Day, n: 0, part: Part::Whole }, h + 2));
        }
        if t.is_any(h + 1, &["earlier", "later"]) {
            return Some((Kind::Anchored { unit: Unit::Day, n: 0 }, h + 2));
        }
        return None;
    }
    let unit = unit_at(t, i + 1)?;
    let j = i + 2;
    if t.is(j, "ago") {
        return Some((Kind::Ago { unit, n }, j + 1));
    }
    if t.is_any(j, &["later", "afterwards"]) {
        return Some((Kind::Anchored { unit, n }, j + 1));
    }
    if t.is(j, "earlier") && !t.is(j + 1, "this") {
        return Some((Kind::Anchored { unit, n: -n }, j + 1));
    }
    // "18 years after Washington invaded": counted back from now.
    let after_event = t.is(j, "after")
        && (t.is(j + 1, "the")
            || (matches!(unit, Unit::Year | Unit::Decade)
                && (t.is_capitalized(j + 1) || t.is_any(j + 1, &["a", "an", "his", "her", "its", "their"]))));
    if (t.is(j, "on") && t.is(j + 1, "from")) || after_event {
        let end = if t.is(j, "on") { j + 2 } else { j + 1 };
        return Some((Kind::YearsOn { unit, n }, end));
    }
    if t.is(j, "since") && t.kind(j + 1) == Some(TokKind::Word) && !t.is_capitalized(j + 1) {
        return Some((Kind::YearsOn { unit, n }, j + 1));
    }
    if t.is(j, "of") && n > 1 && matches!(unit, Unit::Year | Unit::Decade) {
        // The event noun may follow an adjective ("of civil war").
        let mut buf = [0u8; 24];
        for k in j + 1..(j + 3).min(t.len()) {
            if t.lower(k, &mut buf).and_then(lexicon::event_class).is_some_and(|c| c == "war" || c == "talks") {
                return Some((Kind::StartOf { unit, n }, k + 1));
            }
        }
    }
    None
}

/// Phrases that start with a word: month-first dates, weekdays, "yesterday",
/// "last week", "in recent months", seasons, "the 1990s".
fn wordy(t: &Toks, i: usize) -> Option<(Kind, usize)> {
    // "that year", "that same month": the year or month of the date named last.
    if t.is(i, "that") {
        let j = if t.is(i + 1, "same") { i + 2 } else { i + 1 };
        // "that evening", "that day": the day the article spoke of last.
        if t.is_any(j, &["day", "morning", "afternoon", "evening", "night"]) {
            return Some((Kind::Anchored { unit: Unit::Day, n: 0 }, j + 1));
        }
        return same_unit(t, j);
    }
    if let Some(found) = holiday(t, i) {
        return Some(found);
    }
    if let Some((month, j)) = month_at(t, i) {
        if let Some((day, k)) = day_at(t, j) {
            let (last, k) = day_range_end(t, k).filter(|&(l, _)| l > day).unwrap_or((day, k));
            return Some(date_kind(t, k, month, day, last));
        }
        if let Some(y) = year_at(t, j) {
            return Some((Kind::Month { year: Some(y), month, part: Part::Whole }, j + 1));
        }
        if let Some((n, end)) = year_offset(t, j) {
            return Some((Kind::MonthIn { month, part: Part::Whole, n }, end));
        }
        // "May" is a verb (or a name) far more often than a month without
        // a number, unless a preposition of time leads it ("in May").
        let timed = i > 0
            && t.is_any(
                i - 1,
                &["in", "since", "until", "till", "during", "through", "throughout", "early", "late", "mid", "of"],
            );
        if t.is(i, "may") && !timed {
            return None;
        }
        return Some((Kind::Month { year: None, month, part: Part::Whole }, j));
    }
    if let Some(weekday) = weekday_at(t, i) {
        // "Thursday, 21 December 2017" / "Thursday December 21": the date wins.
        let j = if t.is(i + 1, ",") { i + 2 } else { i + 1 };
        if let Some((kind @ Kind::Date { .. }, end)) = core(t, j) {
            return Some((kind, end));
        }
        return Some((Kind::Weekday { weekday, rel: Rel::Bare }, i + 1));
    }
    let mut buf = [0u8; 24];
    let w = t.lower(i, &mut buf)?;
    let day = |n| Some((Kind::Offset { unit: Unit::Day, n, part: Part::Whole }, i + 1));
    match w {
        "yesterday" => return day(-1),
        "today" | "tonight" => return day(0),
        "tomorrow" => return day(1),
        "overnight" => return overnight(t, i),
        "the" => return the_phrase(t, i + 1),
        "recent" => {
            let unit = unit_at(t, i + 1).filter(|_| t.str(i + 1).ends_with('s'))?;
            let n = if unit == Unit::Day { 7 } else { 3 };
            return Some((Kind::Recent { unit, n }, i + 2));
        }
        // "over the weekend" keeps its preposition, like "at the weekend".
        "over" if t.is(i + 1, "the") && t.is(i + 2, "weekend") => {
            return the_phrase(t, i + 2).filter(|(k, _)| matches!(k, Kind::Weekend { .. }))
        }
        "almost" | "nearly" | "about" | "around" | "some" | "roughly" | "over" => {
            return counted(t, i + 1).or_else(|| clock(t, i + 1))
        }
        "midnight" | "noon" => return clock(t, i),
        "more" if t.is(i + 1, "than") => return counted(t, i + 2),
        _ => {}
    }
    if let Some(rel) = rel_at(t, i) {
        if let Some(weekday) = weekday_at(t, i + 1) {
            return Some((Kind::Weekday { weekday, rel }, i + 2));
        }
        if let Some(season) = season_at(t, i + 1) {
            return Some((Kind::Season { season, year: None, rel }, i + 2));
        }
        // "last February", "next March" (not "last May 3", a date).
        if let Some((month, j)) = month_at(t, i + 1) {
            if day_at(t, j).is_none() && year_at(t, j).is_none() {
                return Some((Kind::MonthRel { month, rel }, j));
            }
        }
        if w == "this" && t.is_any(i + 1, &["morning", "afternoon", "evening"]) {
            return day(0);
        }
        // "last night": the time-of-day rule in `match_at` takes "night".
        if w == "last" && t.is(i + 1, "night") {
            return day(-1);
        }
        // "this past weekend" is the one just gone, whatever the tense.
        if w == "this" && t.is(i + 1, "past") && t.is(i + 2, "weekend") {
            return Some((Kind::Weekend { rel: Rel::Last }, i + 3));
        }
        // "this weekend": the coming one, or the one just gone in a past sentence.
        if w == "this" && t.is(i + 1, "weekend") {
            return Some((Kind::Weekend { rel: Rel::This }, i + 2));
        }
        let unit = unit_at(t, i + 1).filter(|_| !t.str(i + 1).ends_with('s'))?;
        let n = match rel {
            Rel::Last => -1,
            Rel::This | Rel::Bare => 0,
            Rel::Next => 1,
        };
        if unit == Unit::Day {
            return None;
        }
        return Some((Kind::Offset { unit, n, part: Part::Whole }, i + 2));
    }
    if let Some(season) = season_at(t, i) {
        if w == "fall" && !t.is(i + 1, "of") {
            return None;
        }
        let j = if t.is(i + 1, "of") { i + 2 } else { i + 1 };
        if let Some(y) = year_at(t, j) {
            return Some((Kind::Season { season, year: Some(y), rel: Rel::Bare }, j + 1));
        }
        // "fall" is a verb, and a capitalised season mid-sentence is a name ("Arab Spring").
        if w == "fall" || (t.is_capitalized(i) && i > 0 && t.is_capitalized(i - 1)) {
            return None;
        }
        return Some((Kind::Season { season, year: None, rel: Rel::Bare }, i + 1));
    }
    counted(t, i)
}

/// A holiday name ("Thanksgiving", "Christmas Eve", "New Year's Day",
/// "Election Day"), with an optional year after it.
fn holiday(t: &Toks, i: usize) -> Option<(Kind, usize)> {
    if !t.is_capitalized(i) {
        return None;
    }
    let mut buf = [0u8; 24];
    let w = t.lower(i, &mut buf)?;
    let next_is = |w: &str| t.is(i + 1, w) && t.is_capitalized(i + 1);
    // "Valentine's Day", "New Year's Eve": the possessive is three tokens.
    let poss = t.is(i + 1, "'") && t.is(i + 2, "s");
    let (holiday, end) = match w {
        "thanksgiving" => (Holiday::Thanksgiving, if next_is("day") { i + 2 } else { i + 1 }),
        "christmas" if next_is("eve") => (Holiday::ChristmasEve, i + 2),
        "christmas" => (Holiday::Christmas, if next_is("day") { i + 2 } else { i + 1 }),
        "halloween" => (Holiday::Halloween, i + 1),
        "easter" if next_is("sunday") || !t.is_capitalized(i + 1) => {
            (Holiday::Easter, if next_is("sunday") { i + 2 } else { i + 1 })
        }
        "new"
            if t.is(i + 1, "year")
                && t.is(i + 2, "'")
                && t.is(i + 3, "s")
                && t.is_any(i + 4, &["day", "eve"])
                && t.is_capitalized(i + 4) =>
        {
            (if t.is(i + 4, "eve") { Holiday::NewYearsEve } else { Holiday::NewYearsDay }, i + 5)
        }
        "valentine" if poss && t.is(i + 3, "day") => (Holiday::ValentinesDay, i + 4),
        "good" if next_is("friday") => (Holiday::GoodFriday, i + 2),
        "black" if next_is("friday") => (Holiday::BlackFriday, i + 2),
        "cyber" if next_is("monday") => (Holiday::CyberMonday, i + 2),
        "boxing" if next_is("day") => (Holiday::BoxingDay, i + 2),
        "memorial" if next_is("day") => (Holiday::MemorialDay, i + 2),
        "labor" | "labour" if next_is("day") => (Holiday::LaborDay, i + 2),
        "independence" if next_is("day") => (Holiday::IndependenceDay, i + 2),
        "election" if next_is("day") => (Holiday::ElectionDay, i + 2),
        "veterans" if next_is("day") => (Holiday::VeteransDay, i + 2),
        _ => return None,
    };
    // A holiday inside a longer name ("Christmas Island", "Easter Rising").
    if t.is_capitalized(end) && year_at(t, end).is_none() {
        return None;
    }
    let (year, end) = match year_at(t, end) {
        Some(y) => (Some(y), end + 1),
        None => (None, end),
    };
    Some((Kind::Holiday { holiday, year }, end))
}

/// "overnight" as an adverb ("shelled the town overnight", "Overnight, …"),
/// not as an adjective ("an overnight curfew") nor before the date it
/// qualifies ("overnight on Tuesday", which the date phrase resolves).
fn overnight(t: &Toks, i: usize) -> Option<(Kind, usize)> {
    let next = i + 1;
    let ends = match t.kind(next) {
        None => true,
        Some(TokKind::Punct) => !t.is_any(next, &["-", "'"]),
        Some(TokKind::Num) => false,
        Some(TokKind::Word) => {
            t.is_any(next, &["and", "but", "as", "when", "while", "after", "before", "near", "in", "on", "into", "to"])
                && !(t.is_any(next, &["on", "in", "into", "to"]) && match_at(t, next + 1).is_some())
        }
    };
    ends.then_some((Kind::Overnight, next))
}

/// "year", "month" or "week" (singular) at `j`, read as the unit of the
/// last date: an anchored phrase with no shift ("that week", "the same year").
fn same_unit(t: &Toks, j: usize) -> Option<(Kind, usize)> {
    match unit_at(t, j) {
        Some(unit @ (Unit::Year | Unit::Month | Unit::Week)) if !t.str(j).ends_with('s') => {
            Some((Kind::Anchored { unit, n: 0 }, j + 1))
        }
        _ => None,
    }
}

/// After "the": "the 1990s", "the summer of 2016", "the past three months",
/// "the end of last year" (handled by the part rules).
fn the_phrase(t: &Toks, i: usize) -> Option<(Kind, usize)> {
    // "the same year": as "that year".
    if t.is(i, "same") {
        if let Some(found) = same_unit(t, i + 1) {
            return Some(found);
        }
    }
    // "the next day", "the following week", "the previous month".
    if t.is_any(i, &["next", "following", "previous"]) {
        if let Some(unit) = unit_at(t, i + 1).filter(|u| *u != Unit::Decade && !t.str(i + 1).ends_with('s')) {
            let n = if t.is(i, "previous") { -1 } else { 1 };
            return Some((Kind::Anchored { unit, n }, i + 2));
        }
    }
    // "the day before", "the day after" on their own; "the day before the
    // vote" counts from the vote, which is not a date.
    let ends_here = t.kind(i + 2) != Some(TokKind::Word) || t.is_any(i + 2, &["and", "but", "when", "as"]);
    let unit = unit_at(t, i).filter(|u| *u != Unit::Decade && !t.str(i).ends_with('s'));
    if let Some(unit) = unit.filter(|_| t.is_any(i + 1, &["before", "after"]) && ends_here) {
        let n = if t.is(i + 1, "after") { 1 } else { -1 };
        return Some((Kind::Anchored { unit, n }, i + 2));
    }
    // "the weekend", but not "the weekend of 3-4 May" (the date says it)
    // nor "the weekend before the vote" (counted from an event).
    if unit == Some(Unit::Weekend) && !t.is_any(i + 1, &["of", "before", "after"]) {
        return Some((Kind::Weekend { rel: Rel::Bare }, i + 1));
    }
    if let Some(y) = year_at(t, i) {
        if t.glued(i) && t.is(i + 1, "s") {
            return Some((Kind::Decade { year: y - y.rem_euclid(10) }, i + 2));
        }
        return None;
    }
    if t.is_any(i, &["past", "last"]) {
        let (n, j) = amount(t, i + 1);
        let n = n.unwrap_or(1);
        let unit = unit_at(t, j)?;
        if unit == Unit::Weekend {
            return None;
        }
        return Some((Kind::Recent { unit, n }, j + 1));
    }
    if t.is_any(i, &["coming", "next"]) {
        let (n, j) = amount(t, i + 1);
        // "the next decade" counts like "the next ten years".
        if n.is_none() && t.is(j, "decade") {
            return Some((Kind::Coming { unit: Unit::Decade, n: 1 }, j + 1));
        }
        let unit = unit_at(t, j).filter(|_| t.str(j).ends_with('s'))?;
        let n = n.unwrap_or(if unit == Unit::Day { 7 } else { 3 });
        return Some((Kind::Coming { unit, n }, j + 1));
    }
    if season_at(t, i).is_some() {
        return wordy(t, i).filter(|(k, _)| matches!(k, Kind::Season { .. }));
    }
    None
}

/// "three", "few", "several" before a unit ("the past three months"), with
/// the token after it; `None` when no amount is given.
fn amount(t: &Toks, i: usize) -> (Option<i32>, usize) {
    match count_at(t, i) {
        Some(n) if !t.is_any(i, &["a", "an"]) => (Some(n), i + 1),
        _ if t.is_any(i, &["few", "several"]) => (Some(3), i + 1),
        _ => (None, i),
    }
}

/// Past or future for a bare weekday or month, from the nearest cue word:
/// first leftwards within the sentence, then rightwards.
fn direction(t: &Toks, first: usize, end: usize) -> Dir {
    let left = (first.saturating_sub(12)..first).rev();
    let right = end..(end + 12).min(t.len());
    for k in left.chain(right) {
        if let Some(d) = cue(t, k) {
            return d;
        }
    }
    Dir::Unknown
}

fn cue(t: &Toks, k: usize) -> Option<Dir> {
    if t.kind(k) != Some(TokKind::Word) {
        return None;
    }
    let mut buf = [0u8; 24];
    let w = t.lower(k, &mut buf)?;
    let before = |words: &[&str]| k > 0 && t.is_any(k - 1, words);
    if is_future_cue(w) {
        // "set", "going", "due", "plan" point forward only before "to".
        let needs_to =
            matches!(w, "set" | "going" | "due" | "plan" | "plans" | "planned" | "hope" | "hopes" | "aims" | "intend");
        if !needs_to || t.is(k + 1, "to") {
            return Some(Dir::Future);
        }
        return None;
    }
    // "said its negotiators would travel ... in October": "would" after a
    // reporting verb is the future seen from the past; "would have" is not.
    if w == "would" && !t.is(k + 1, "have") {
        let reported = (k.saturating_sub(8)..k).any(|j| {
            let mut b = [0u8; 24];
            t.lower(j, &mut b).is_some_and(is_reporting_verb)
        });
        return reported.then_some(Dir::Future);
    }
    if is_irregular_past(w) || w == "earlier" {
        return Some(Dir::Past);
    }
    // Scheduled events in the present tense: "the session starts in January".
    if matches!(w, "starts" | "begins" | "opens" | "resumes" | "expires" | "convenes") {
        return Some(Dir::Future);
    }
    // Regular past forms, but not passives after "be" ("to be finished")
    // nor "-ed" adjectives before a noun group are told apart: past wins.
    if w.len() >= 5 && w.ends_with("ed") && !before(&["be", "been", "being", "to"]) {
        return Some(Dir::Past);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<(String, Kind, Dir)> {
        let mut toks = Vec::new();
        let mut out = Vec::new();
        scan(s, 0, s.len(), &mut toks, &mut out);
        out.into_iter().map(|e| (s[e.start..e.end].to_string(), e.kind, e.dir)).collect()
    }

    fn phrases(s: &str) -> Vec<String> {
        kinds(s).into_iter().map(|k| k.0).collect()
    }

    #[test]
    fn absolute_and_partial_dates() {
        assert_eq!(phrases("The fair opened on 3 March 2009 and closed in April."), ["on 3 March 2009", "in April"]);
        assert_eq!(phrases("It was signed on August 14th, 1998, in Geneva."), ["on August 14th, 1998"]);
        assert_eq!(phrases("Prices fell in 1987 and again in the 1990s."), ["in 1987", "in the 1990s"]);
        assert_eq!(phrases("The summit ran on March 4-5 in Oslo."), ["on March 4-5"]);
        assert_eq!(phrases("Filed 2014-02-03."), ["2014-02-03"]);
        let k = kinds("The dam burst on 12-14 June.");
        assert_eq!(k[0].1, Kind::Date { year: None, month: 6, day: 12, last: 14 });
    }

    #[test]
    fn ambiguous_numbers_and_months_are_not_dates() {
        assert!(phrases("More than 2,000 people and 1500 troops came.").is_empty());
        assert!(phrases("Officials may decide. The march began.").is_empty());
        assert!(phrases("She said 1200 soldiers left.").is_empty());
        assert!(phrases("It grew out of the Prague Spring protests.").is_empty());
        assert!(phrases("He has lived there for the past several years.").is_empty());
        assert!(phrases("Both sides met for two days of talks.").is_empty());
    }

    #[test]
    fn relative_phrases() {
        assert_eq!(
            phrases("Two days later the rebels left, and the next day the army arrived."),
            ["Two days later", "the next day"]
        );
        assert_eq!(phrases("It takes effect on Monday evening."), ["on Monday evening"]);
        assert_eq!(phrases("Aid arrives in the next few days."), ["in the next few days"]);
        assert_eq!(phrases("A vote is expected in the coming days."), ["in the coming days"]);
        assert_eq!(
            phrases("It was signed in July last year and amended on 3 May this year."),
            ["in July last year", "on 3 May this year"]
        );
        assert_eq!(
            phrases("Yesterday the mayor resigned, and early last year the council voted."),
            ["Yesterday", "early last year"]
        );
        assert_eq!(phrases("It has grown since the start of the year."), ["since the start of the year"]);
        assert_eq!(phrases("A deal struck at the end of last year holds."), ["at the end of last year"]);
        assert_eq!(phrases("Two years on from the flood, towns rebuild."), ["Two years on from"]);
        assert_eq!(phrases("It happened three weeks ago."), ["three weeks ago"]);
        assert_eq!(
            phrases("Sales rose earlier this month and in recent weeks."),
            ["earlier this month", "in recent weeks"]
        );
        assert_eq!(phrases("Thousands died in nearly ten years of civil war."), ["in nearly ten years of civil war"]);
    }

    #[test]
    fn weekends_nights_and_anchored_units() {
        assert_eq!(phrases("Farmers blocked roads at the weekend."), ["at the weekend"]);
        assert_eq!(phrases("The ferry sank over the weekend, police said."), ["over the weekend"]);
        assert_eq!(phrases("Fans gathered this weekend and last weekend."), ["this weekend", "last weekend"]);
        assert_eq!(phrases("Crowds returned this past weekend."), ["this past weekend"]);
        assert_eq!(phrases("The clinic was looted last night."), ["last night"]);
        assert_eq!(phrases("Overnight, storms cut power to the coast."), ["Overnight"]);
        assert_eq!(phrases("Troops shelled the suburb overnight and at dawn."), ["overnight"]);
        assert_eq!(phrases("Shops reopened the week after."), ["the week after"]);
        assert_eq!(
            phrases("Prices fell earlier in the week and will rise later in the year."),
            ["earlier in the week", "later in the year"]
        );
        // The adjective, and "overnight" before the date it qualifies.
        assert!(phrases("An overnight curfew remains in force.").is_empty());
        assert_eq!(phrases("Rain fell overnight on Tuesday."), ["on Tuesday"]);
        // An event, not a date, anchors these.
        assert!(phrases("Polls closed the weekend before the vote count.").is_empty());
        assert_eq!(phrases("Races ran on the weekend of 3-4 May."), ["3-4 May"]);
        let k = kinds("The minister will visit the region at the weekend.");
        assert_eq!((k[0].1, k[0].2), (Kind::Weekend { rel: Rel::Bare }, Dir::Future));
    }

    #[test]
    fn hours_clock_times_and_the_same_week() {
        let same_day = Kind::Anchored { unit: Unit::Day, n: 0 };
        let k = kinds("The band had played a couple hours earlier for the crowd.");
        assert_eq!((k[0].0.as_str(), k[0].1), ("a couple hours earlier", same_day));
        assert_eq!(kinds("The ferry docked three hours later.")[0].1, same_day);
        let k = kinds("Firefighters arrived two hours ago.");
        assert_eq!(k[0].1, Kind::Offset { unit: Unit::Day, n: 0, part: Part::Whole });
        assert_eq!(phrases("The nurses left about 5:15 a.m. for the capital."), ["about 5:15 a.m."]);
        assert_eq!(phrases("The gates opened at 9 pm and closed around midnight."), ["at 9 pm", "around midnight"]);
        assert_eq!(kinds("The gates opened at 9 pm.")[0].1, same_day);
        // A date next to the time dates the sentence alone.
        assert_eq!(phrases("The crash happened at 6:10 p.m. on Friday, March 3."), ["on Friday, March 3"]);
        assert_eq!(phrases("Voting ends Tuesday at noon."), ["Tuesday"]);
        // No time: scores, ratios, hours as a duration.
        assert!(phrases("The visitors won 3:2 after extra time.").is_empty());
        assert!(phrases("Workers spent hours at the site.").is_empty());
        let k = kinds("All eight teams play in one arena in the same week.");
        assert_eq!((k[0].0.as_str(), k[0].1), ("in the same week", Kind::Anchored { unit: Unit::Week, n: 0 }));
    }

    #[test]
    fn a_year_after_a_determiner_and_a_participle_qualifies_a_noun() {
        assert_eq!(phrases("The agency prepared for its planned 2028 lunar landing."), ["2028"]);
        assert!(phrases("The site drew an estimated 2000 people.").is_empty());
    }

    #[test]
    fn weekday_direction_follows_cues() {
        let k = kinds("The minister said on Monday that rates would rise.");
        assert_eq!(k[0].2, Dir::Past);
        let k = kinds("The board is expected to vote on the budget on Friday.");
        assert_eq!(k[0].2, Dir::Future);
        let k = kinds("On Tuesday, she will open the new bridge.");
        assert_eq!(k[0].2, Dir::Future);
        let k = kinds("The agency says it expects the audit to be completed by Wednesday.");
        assert_eq!(k[0].2, Dir::Future);
    }

    #[test]
    fn would_after_a_reporting_verb_looks_forward() {
        let k = kinds("The ministry said its inspectors would travel to the port in October.");
        assert_eq!(k[0].2, Dir::Future);
        let k = kinds("Officials told reporters the bridge would reopen on Friday.");
        assert_eq!(k[0].2, Dir::Future);
        // A conditional past, and "would" with no one reporting, stay as they were.
        let k = kinds("Aid groups said the dam would have burst in March without repairs.");
        assert_eq!(k[0].2, Dir::Past);
        let k = kinds("The mine reopened in June, which would please investors.");
        assert_eq!(k[0].2, Dir::Past);
    }

    #[test]
    fn into_over_and_month_names() {
        assert_eq!(phrases("It may stretch well into 2020."), ["into 2020"]);
        assert_eq!(phrases("Gains came over the last five days."), ["over the last five days"]);
        assert_eq!(phrases("A letter came in May; May we go?"), ["in May"]);
        assert!(phrases("Theresa May spoke.").is_empty());
        assert_eq!(phrases("He walked out last February."), ["last February"]);
        assert_eq!(
            phrases("Fans queued on Thanksgiving Day and Christmas Eve."),
            ["on Thanksgiving Day", "Christmas Eve"]
        );
        assert!(phrases("Ships docked at Christmas Island.").is_empty());
    }
}
