//! Date headers as news sites print them: "21 December, 2017", "Posted: 23
//! January 2017", "Thu Oct 19, 2017 11:35:30", "04.05.2017 18:24" (day
//! first), "2017-05-16", "Jan. 24" (year from context), and wire datelines
//! such as "TEHRAN, Jan. 24 (MNA) -". A line counts as a date header only
//! when every token in it is part of the date, so body sentences that merely
//! mention a date are never taken for one.

use dossier_model::{Day, Precision};

/// A calendar date as written; the year may be missing ("Jan. 24").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateParts {
    pub year: Option<i32>,
    pub month: u32,
    /// `None` for "May 2017" (month precision).
    pub day: Option<u32>,
}

impl DateParts {
    /// The day and its precision, with `year` used when the text gave none.
    pub fn resolve(self, year: Option<i32>) -> Option<(Day, Precision)> {
        let y = self.year.or(year)?;
        match self.day {
            Some(d) => Day::from_ymd(y, self.month, d).map(|day| (day, Precision::Day)),
            None => Day::from_ymd(y, self.month, 1).map(|day| (day, Precision::Month)),
        }
    }
}

/// What a labelled header line says about its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateLabel {
    /// No label, or "Posted", "Published", "Date".
    Published,
    /// "Updated", "Last updated", "Modified".
    Updated,
}

const LABELS: &[(&str, DateLabel)] = &[
    ("published time", DateLabel::Published),
    ("publication date", DateLabel::Published),
    ("release date", DateLabel::Published),
    ("first published on", DateLabel::Published),
    ("first published", DateLabel::Published),
    ("published on", DateLabel::Published),
    ("published", DateLabel::Published),
    ("posted on", DateLabel::Published),
    ("posted", DateLabel::Published),
    ("last updated on", DateLabel::Updated),
    ("last updated", DateLabel::Updated),
    ("last modified", DateLabel::Updated),
    ("updated on", DateLabel::Updated),
    ("updated", DateLabel::Updated),
    ("modified", DateLabel::Updated),
    ("edited time", DateLabel::Updated),
    ("edited", DateLabel::Updated),
    ("date", DateLabel::Published),
    ("dated", DateLabel::Published),
];

/// A cheap test before [`parse_date_line`]: does the line open with a digit,
/// a month, a weekday or a date label?
pub fn could_start_date(line: &str) -> bool {
    let line = line.trim_start();
    if line.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let len = line.bytes().take_while(u8::is_ascii_alphabetic).count();
    if !(3..=12).contains(&len) {
        return false;
    }
    // Lower-case the first word on the stack: this runs on every short line.
    let mut buf = [0u8; 12];
    for (b, c) in buf.iter_mut().zip(line.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    let word = std::str::from_utf8(&buf[..len]).unwrap_or("");
    month(word).is_some() || is_weekday(word) || LABELS.iter().any(|(label, _)| label.split(' ').next() == Some(word))
}

/// A whole line that is a date header, with its label.
pub fn parse_date_line(line: &str) -> Option<(DateLabel, DateParts)> {
    let line = line.trim();
    let (label, rest) = strip_label(line);
    parse_date(cut_tail(rest)).map(|d| (label, d))
}

/// Drops what follows the date on a header line: "(updated 18:30 ...)",
/// "Edited time: ...", "by admin".
fn cut_tail(s: &str) -> &str {
    let lower = s.to_ascii_lowercase();
    let cut = ["(updated", " updated", " edited", " last modified", " modified", " by "]
        .iter()
        .filter_map(|m| lower.find(m))
        .filter(|&at| at > 0)
        .min();
    match cut {
        Some(at) => s.get(..at).unwrap_or(s).trim_end_matches([' ', '|', '-', ',']),
        None => s,
    }
}

fn strip_label(line: &str) -> (DateLabel, &str) {
    for (label, kind) in LABELS {
        if let Some(head) = line.get(..label.len()) {
            if head.eq_ignore_ascii_case(label) {
                let rest = &line[label.len()..];
                if rest.starts_with(':') || rest.starts_with(' ') || rest.starts_with('\u{a0}') {
                    let rest = rest.trim_start_matches([':', ' ', '\u{a0}', '-']);
                    return (*kind, rest);
                }
            }
        }
    }
    (DateLabel::Published, line)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Month(u32),
    Num(u32, usize),
    Numeric(DateParts),
    Ignorable,
}

/// Parses a string that is nothing but a date (weekday, time, time zone and
/// separators allowed). `None` when any other word is present.
pub fn parse_date(s: &str) -> Option<DateParts> {
    let mut toks = Vec::new();
    for raw in s.split(|c: char| c.is_whitespace() || c == ',') {
        if toks.len() > 12 {
            return None;
        }
        toks.push(token(raw)?);
    }
    let sig: Vec<Tok> = toks.into_iter().filter(|t| *t != Tok::Ignorable).collect();
    let year = |n: u32, len: usize| (len == 4 && (1800..=2200).contains(&n)).then_some(n as i32);
    let dom = |n: u32, len: usize| (len <= 2 && (1..=31).contains(&n)).then_some(n);
    let parts = match sig.as_slice() {
        [Tok::Numeric(p)] => *p,
        [Tok::Num(d, dl), Tok::Month(m), Tok::Num(y, yl)] | [Tok::Month(m), Tok::Num(d, dl), Tok::Num(y, yl)]
            if *yl == 4 =>
        {
            DateParts { year: Some(year(*y, *yl)?), month: *m, day: Some(dom(*d, *dl)?) }
        }
        [Tok::Num(y, yl), Tok::Month(m), Tok::Num(d, dl)] => {
            DateParts { year: Some(year(*y, *yl)?), month: *m, day: Some(dom(*d, *dl)?) }
        }
        [Tok::Month(m), Tok::Num(y, 4)] => DateParts { year: Some(year(*y, 4)?), month: *m, day: None },
        [Tok::Num(d, dl), Tok::Month(m)] | [Tok::Month(m), Tok::Num(d, dl)] => {
            DateParts { year: None, month: *m, day: Some(dom(*d, *dl)?) }
        }
        _ => return None,
    };
    valid(parts).then_some(parts)
}

fn valid(p: DateParts) -> bool {
    match (p.year, p.day) {
        (Some(y), Some(d)) => Day::from_ymd(y, p.month, d).is_some(),
        // Without a year, 29 February is still possible.
        (None, Some(d)) => Day::from_ymd(2000, p.month, d).is_some(),
        _ => (1..=12).contains(&p.month),
    }
}

const NOISE: &[&str] = &[
    "at", "on", "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "et", "pt", "pst", "pdt",
    "msk", "local", "time", "the", "of", "-", "–", "—", "|", "/", "·", "•", "@",
];

const WEEKDAYS: &[&str] = &["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"];

/// One token of a date string, `None` for a word that is not part of a date.
fn token(raw: &str) -> Option<Tok> {
    let t = raw.trim_matches(|c: char| matches!(c, '.' | '(' | ')' | '[' | ']' | ';'));
    if t.is_empty() {
        return Some(Tok::Ignorable);
    }
    let lower = t.to_ascii_lowercase();
    if NOISE.contains(&lower.as_str()) || is_time(&lower) || is_zone_offset(t) {
        return Some(Tok::Ignorable);
    }
    if let Some(m) = month(&lower) {
        return Some(Tok::Month(m));
    }
    if is_weekday(&lower) {
        return Some(Tok::Ignorable);
    }
    let ordinal = ["st", "nd", "rd", "th"].iter().find_map(|s| lower.strip_suffix(s)).unwrap_or(&lower);
    if !ordinal.is_empty() && ordinal.len() <= 4 && ordinal.bytes().all(|b| b.is_ascii_digit()) {
        return Some(Tok::Num(ordinal.parse().ok()?, ordinal.len()));
    }
    // ISO date-times: keep the date part.
    let date_part = t.split_once('T').map_or(t, |(d, _)| d);
    numeric_date(date_part).map(Tok::Numeric)
}

/// Month number for "Jan", "Jan.", "January", "Sept".
pub fn month(lower: &str) -> Option<u32> {
    let w = lower.trim_end_matches('.');
    if w.len() < 3 {
        return None;
    }
    if w == "sept" {
        return Some(9);
    }
    dossier_model::date::MONTH_NAMES
        .iter()
        .position(|n| *n == w || (w.len() == 3 && n.starts_with(w)))
        .map(|i| i as u32 + 1)
}

fn is_weekday(lower: &str) -> bool {
    dossier_model::date::WEEKDAY_NAMES.contains(&lower) || WEEKDAYS.contains(&lower)
}

/// "18:24", "11:35:30", "4:02pm", "16.02" is not accepted (ambiguous).
fn is_time(lower: &str) -> bool {
    let core = lower.trim_end_matches("am").trim_end_matches("pm").trim_end_matches('h');
    // "12.00" as in "Mon 23 Jan 2017 12.00 GMT".
    if let Some((h, m)) = core.split_once('.') {
        let num = |p: &str, max: u32| p.len() == 2 && p.parse::<u32>().is_ok_and(|n| n <= max);
        if (1..=2).contains(&h.len()) && h.parse::<u32>().is_ok_and(|n| n <= 23) && num(m, 59) {
            return true;
        }
    }
    let parts: Vec<&str> = core.split(':').collect();
    (2..=3).contains(&parts.len())
        && parts.iter().all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

fn is_zone_offset(t: &str) -> bool {
    let Some(rest) = t.strip_prefix('+').or_else(|| t.strip_prefix("GMT+")).or_else(|| t.strip_prefix("UTC+")) else {
        return false;
    };
    !rest.is_empty() && rest.len() <= 5 && rest.bytes().all(|b| b.is_ascii_digit() || b == b':')
}

/// "2017-05-16", "2017/05/16", "04.05.2017" and "04/05/2017" (day first, the
/// international order; month first only when the day cannot be a month).
fn numeric_date(t: &str) -> Option<DateParts> {
    let sep = t.chars().find(|c| matches!(c, '-' | '.' | '/'))?;
    let parts: Vec<&str> = t.split(sep).collect();
    if parts.len() != 3 || parts.iter().any(|p| p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let n: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    let (y, m, d) = if parts[0].len() == 4 {
        (n[0] as i32, n[1], n[2])
    } else if parts[2].len() == 4 {
        if n[1] > 12 && n[0] <= 12 {
            (n[2] as i32, n[0], n[1])
        } else {
            (n[2] as i32, n[1], n[0])
        }
    } else {
        return None;
    };
    let p = DateParts { year: Some(y), month: m, day: Some(d) };
    (Day::from_ymd(y, m, d).is_some()).then_some(p)
}

/// A date glued to the end of a title ("Talks resume in Astana23 January
/// 2017"): the title without it, and the date. Needs a year, and the date
/// must either touch the title or follow a separator, so a headline that
/// merely ends with a date in its wording is left alone.
pub fn split_glued_date(title: &str) -> Option<(&str, DateParts)> {
    if title.len() > 400 {
        return None;
    }
    for (i, c) in title.char_indices() {
        if i == 0 || !(c.is_ascii_digit() || c.is_ascii_uppercase()) {
            continue;
        }
        let before = title[..i].chars().next_back().unwrap_or(' ');
        let head = title[..i].trim_end();
        let separated = head.ends_with(['|', '-', '–', '—', '·']);
        let glued = !before.is_whitespace();
        if !(glued || separated) {
            continue;
        }
        // A digit glued to a digit is part of a number, not a new date.
        if glued && before.is_ascii_digit() && c.is_ascii_digit() {
            continue;
        }
        if let Some(d) = parse_date(&title[i..]) {
            if d.year.is_some() && d.day.is_some() {
                let head = head.trim_end_matches(['|', '-', '–', '—', '·', ' ']).trim_end();
                if !head.is_empty() {
                    return Some((head, d));
                }
            }
        }
    }
    None
}

/// A wire-copy dateline opening the first paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// "TEHRAN", as printed.
    pub city: String,
    pub date: Option<DateParts>,
    /// "MNA", "TASS", "Reuters".
    pub agency: Option<String>,
    /// Byte offset where the story text starts after the dateline.
    pub body_start: usize,
}

/// Parses "TEHRAN, Jan. 24 (MNA) - ...", "GENEVA, November 14. /TASS/. ...",
/// "LONDON (Reuters) - ...", "BEIRUT, Lebanon (AP) — ...". Requires an upper
/// case city and an agency or a date, so "NATO, the alliance..." is not one.
pub fn parse_dateline(para: &str) -> Option<Dateline> {
    let head_end = para.find([',', '(', '/', '—', '–'])?;
    let city = para[..head_end].trim();
    let letters = city.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 3 || city.len() > 40 || city.split_whitespace().count() > 4 {
        return None;
    }
    if !city.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '.' | '\'')) {
        return mixed_case_dateline(para, city, head_end);
    }
    let mut rest = &para[head_end..];
    let mut date = None;
    if let Some(r) = rest.strip_prefix(',') {
        // Date or region up to the agency marker or a dash.
        let stop = r.find(['(', '/', '—', '–']).or_else(|| r.find(" - ")).or_else(|| r.find(" -- "))?;
        let mid = r[..stop].trim().trim_end_matches(['.', ',']);
        if stop > 40 {
            return None;
        }
        date = parse_date(mid);
        if date.is_none() && !is_region(mid) {
            return None;
        }
        rest = &r[stop..];
    }
    let mut agency = None;
    let trimmed = rest.trim_start();
    if let Some(r) = trimmed.strip_prefix('(') {
        let close = r.find(')')?;
        agency = Some(r[..close].trim().to_string());
        rest = &r[close + 1..];
    } else if let Some(r) = trimmed.strip_prefix('/') {
        let close = r.find('/')?;
        agency = Some(r[..close].trim().to_string());
        rest = &r[close + 1..];
    }
    if let Some(a) = &agency {
        if a.chars().any(|c| c.is_ascii_digit()) && a.contains(':') && a.len() <= 12 {
            agency = None; // "(7:45 P.M.)": a time, not an agency
        } else if a.is_empty() || a.len() > 40 || a.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
    }
    // "ASTANA, Kazakhstan — ..." or "ASTANA — ...": a dash must then follow.
    if agency.is_none() && date.is_none() && !rest.trim_start().starts_with(['—', '–']) {
        return None;
    }
    let after = rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ':'));
    let after = after
        .strip_prefix("--")
        .or_else(|| after.strip_prefix(['-', '–', '—']))
        .map_or(after, |a| a.trim_start_matches(|c: char| c.is_whitespace()));
    if after.is_empty() {
        return None;
    }
    let body_start = para.len() - after.len();
    Some(Dateline { city: city.to_string(), date, agency, body_start })
}

/// "Damascus, SANA – ..." and "Astana (AFP) - ...": a capitalised city
/// needs an agency and a dash after it, so ordinary sentences never match.
fn mixed_case_dateline(para: &str, city: &str, head_end: usize) -> Option<Dateline> {
    let capitalised = city.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && city.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '.' | '\''));
    if !capitalised || city.split_whitespace().count() > 3 {
        return None;
    }
    let rest = &para[head_end..];
    let (agency, after) = if let Some(r) = rest.strip_prefix(',') {
        let r = r.trim_start();
        let end = r.find(|c: char| !c.is_ascii_uppercase()).unwrap_or(r.len());
        (&r[..end], &r[end..])
    } else if let Some(r) = rest.strip_prefix('(') {
        let close = r.find(')')?;
        (r[..close].trim(), &r[close + 1..])
    } else {
        return None;
    };
    let agency_ok = (2..=20).contains(&agency.len())
        && agency.chars().next().is_some_and(char::is_uppercase)
        && !agency.chars().any(|c| c.is_ascii_digit());
    if !agency_ok {
        return None;
    }
    let after = after.trim_start();
    let after = after.strip_prefix("--").or_else(|| after.strip_prefix(['-', '–', '—']))?.trim_start();
    if after.is_empty() {
        return None;
    }
    Some(Dateline {
        city: city.to_string(),
        date: None,
        agency: Some(agency.to_string()),
        body_start: para.len() - after.len(),
    })
}

/// "Lebanon", "Syria", "D.C.": one to three capitalised words.
fn is_region(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty() && words.len() <= 3 && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// The year of a header date given without one ("Jan. 24"), from dates in
/// the text. News reports the past, so the publication date is taken as the
/// first (month, day) on or after the latest month-and-year date mentioned
/// ("30 December 2016" makes "Jan. 24" 2017), unless a date in the same
/// month gives the year. Without such dates, the latest bare four-digit year.
pub fn infer_year(text: &str, month: u32, day: Option<u32>) -> Option<i32> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let mut latest: Option<(i32, u32, u32)> = None;
    let mut same_month: Option<i32> = None;
    let mut bare: Option<i32> = None;
    for (i, w) in words.iter().enumerate() {
        let Some(y) = plausible_year(w) else { continue };
        bare = bare.max(Some(y));
        let before = &words[i.saturating_sub(2)..i];
        let Some(at) = before.iter().rposition(|p| self::month(&p.to_ascii_lowercase()).is_some()) else { continue };
        let m = self::month(&before[at].to_ascii_lowercase()).unwrap_or(1);
        // "30 December 2016" or "December 30, 2016".
        let d = [at.checked_sub(1).map(|j| before[j]), before.get(at + 1).copied()]
            .into_iter()
            .flatten()
            .find_map(|p| p.parse::<u32>().ok().filter(|d| (1..=31).contains(d)))
            .unwrap_or(1);
        latest = latest.max(Some((y, m, d)));
        if m == month {
            same_month = same_month.max(Some(y));
        }
    }
    // A date in the same month ("talks open on November 28, 2017") is the
    // strongest hint; it may lie ahead of the publication date.
    if same_month.is_some() {
        return same_month;
    }
    match latest {
        Some((y, m, d)) if (month, day.unwrap_or(31)) < (m, d) => Some(y + 1),
        Some((y, _, _)) => Some(y),
        None => bare,
    }
}

fn plausible_year(w: &str) -> Option<i32> {
    if w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = w.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

/// A date in a short header line, after at most three words ("Reuters
/// November 18, 2019 11:03 PM", "Published Wed, Nov 20 20194:29 AM EST":
/// select-all glues a year to the time after it).
pub fn header_date(s: &str) -> Option<DateParts> {
    if s.len() > 100 {
        return None;
    }
    let unglued = unglue_year(s);
    let words: Vec<&str> = unglued.split_whitespace().collect();
    for skip in 0..words.len().min(4) {
        // The whole rest, or its first three or four words ("Mar 9 2021,
        // 11:06am ist" has a time the date parser does not take).
        for take in [words.len() - skip, 4, 3] {
            let rest = words[skip..(skip + take).min(words.len())].join(" ");
            let rest = rest.trim_end_matches([',', ' ']);
            if !could_start_date(rest) {
                continue;
            }
            if let Some((_, d)) = parse_date_line(rest) {
                if d.year.is_some() && d.day.is_some() {
                    return Some(d);
                }
            }
        }
    }
    words.iter().find_map(|w| slash_date(w, &unglued))
}

/// "11/19/19" or "19/11/2019" in a header line: the day is the number
/// over 12; when both could be, a 12-hour clock ("06:56 AM") reads it
/// month first, as the sites that use one do, and else nothing is taken.
fn slash_date(word: &str, line: &str) -> Option<DateParts> {
    let parts: Vec<&str> = word.trim_matches(|c: char| !c.is_ascii_digit()).split('/').collect();
    let [a, b, y] = parts[..] else { return None };
    let num = |s: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit())).then(|| s.parse::<u32>().ok()).flatten()
    };
    let (a, b, y) = (num(a, 1..=2)?, num(b, 1..=2)?, num(y, 2..=4)?);
    let year = match y {
        0..=99 => 2000 + y as i32,
        1900..=2099 => y as i32,
        _ => return None,
    };
    let upper = line.to_uppercase();
    let clock12 = upper.split_whitespace().any(|w| ["AM", "PM", "A.M.", "P.M."].contains(&w));
    let (month, day) = match (a, b) {
        (1..=12, 13..=31) => (a, b),
        (13..=31, 1..=12) => (b, a),
        (1..=12, 1..=12) if clock12 => (a, b),
        _ => return None,
    };
    Some(DateParts { year: Some(year), month, day: Some(day) })
}

/// "Nov 20 20194:29 AM" → "Nov 20 2019 4:29 AM": a year glued to a time.
fn unglue_year(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len() + 2);
    let mut i = 0;
    while i < s.len() {
        let start = i == 0 || !b[i - 1].is_ascii_digit();
        let year = b.len() >= i + 6
            && start
            && (b[i..i + 2] == *b"19" || b[i..i + 2] == *b"20")
            && b[i + 2..i + 4].iter().all(u8::is_ascii_digit)
            && b[i + 4].is_ascii_digit()
            && (b[i + 5] == b':' || b.get(i + 6) == Some(&b':'));
        if year {
            out.push_str(&s[i..i + 4]);
            out.push(' ');
            i += 4;
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(s: &str) -> Option<(Option<i32>, u32, Option<u32>)> {
        parse_date_line(s).map(|(_, d)| (d.year, d.month, d.day))
    }

    #[test]
    fn day_comma_year() {
        assert_eq!(ymd("21 December, 2017"), Some((Some(2017), 12, Some(21))));
    }

    #[test]
    fn day_month_year() {
        assert_eq!(ymd("23 January 2017"), Some((Some(2017), 1, Some(23))));
    }

    #[test]
    fn posted_label() {
        assert_eq!(parse_date_line("Posted: 23 January 2017").map(|d| d.0), Some(DateLabel::Published));
        assert_eq!(ymd("Posted: 23 January 2017"), Some((Some(2017), 1, Some(23))));
        assert_eq!(parse_date_line("Last updated: 2 May 2017").map(|d| d.0), Some(DateLabel::Updated));
    }

    #[test]
    fn month_day_without_year() {
        assert_eq!(ymd("Jan. 24"), Some((None, 1, Some(24))));
        assert_eq!(ymd("January 24"), Some((None, 1, Some(24))));
    }

    #[test]
    fn day_first_numeric_with_time() {
        assert_eq!(ymd("04.05.2017 18:24"), Some((Some(2017), 5, Some(4))));
        assert_eq!(ymd("12/25/2017"), Some((Some(2017), 12, Some(25))));
    }

    #[test]
    fn iso() {
        assert_eq!(ymd("2017-05-16"), Some((Some(2017), 5, Some(16))));
        assert_eq!(ymd("2017-05-16T10:20:00Z"), Some((Some(2017), 5, Some(16))));
    }

    #[test]
    fn weekday_month_day_year_time() {
        assert_eq!(ymd("Thu Oct 19, 2017 11:35:30"), Some((Some(2017), 10, Some(19))));
    }

    #[test]
    fn weekday_dash_time() {
        assert_eq!(ymd("Saturday 23 December 2017 - 16:02"), Some((Some(2017), 12, Some(23))));
    }

    #[test]
    fn published_weekday() {
        assert_eq!(ymd("Published: Sat, May 06, 2017"), Some((Some(2017), 5, Some(6))));
    }

    #[test]
    fn tails_and_dotted_times() {
        assert_eq!(ymd("First published on Mon 23 Jan 2017 12.00 GMT"), Some((Some(2017), 1, Some(23))));
        assert_eq!(ymd("18:24 04.05.2017 (updated 18:30 04.05.2017)"), Some((Some(2017), 5, Some(4))));
        assert_eq!(
            ymd("Published time: 23 Jan, 2017 10:25 Edited time: 23 Jan, 2017 12:39"),
            Some((Some(2017), 1, Some(23)))
        );
        assert_eq!(ymd("Posted on January 23, 2017 by admin"), Some((Some(2017), 1, Some(23))));
        assert_eq!(ymd("November 14, 18:24 UTC+3"), Some((None, 11, Some(14))));
        assert_eq!(ymd("Published: Sat, May 06, 2017 | 10:00 AM"), Some((Some(2017), 5, Some(6))));
    }

    #[test]
    fn cheap_prefilter_agrees() {
        for s in [
            "21 December, 2017",
            "Posted: 23 January 2017",
            "Jan. 24",
            "Thu Oct 19, 2017 11:35:30",
            "Last updated: 2 May 2017",
        ] {
            assert!(could_start_date(s), "{s}");
        }
        assert!(!could_start_date("The talks began"));
    }

    #[test]
    fn month_year_and_rejections() {
        assert_eq!(ymd("May 2017"), Some((Some(2017), 5, None)));
        assert_eq!(ymd("The talks began on 23 January 2017"), None);
        assert_eq!(ymd("30 February 2017"), None);
        assert_eq!(ymd("Monday"), None);
        assert_eq!(ymd("3 min read"), None);
        assert_eq!(ymd(""), None);
    }

    #[test]
    fn glued_title_date() {
        let (t, d) = split_glued_date("Peace talks resume in Geneva23 January 2017").unwrap();
        assert_eq!(t, "Peace talks resume in Geneva");
        assert_eq!(d, DateParts { year: Some(2017), month: 1, day: Some(23) });
        let (t, _) = split_glued_date("Talks stall | 2017-05-16").unwrap();
        assert_eq!(t, "Talks stall");
        assert_eq!(split_glued_date("Talks to resume on 23 January 2017"), None);
        assert_eq!(split_glued_date("G20 leaders meet"), None);
    }

    #[test]
    fn wire_dateline_mna() {
        let p = "TEHRAN, Jan. 24 (MNA) - Iran's foreign minister said talks went well.";
        let d = parse_dateline(p).unwrap();
        assert_eq!(d.city, "TEHRAN");
        assert_eq!(d.agency.as_deref(), Some("MNA"));
        assert_eq!(d.date, Some(DateParts { year: None, month: 1, day: Some(24) }));
        assert_eq!(&p[d.body_start..], "Iran's foreign minister said talks went well.");
    }

    #[test]
    fn wire_dateline_tass() {
        let p = "GENEVA, November 14. /TASS/. The UN envoy arrived.";
        let d = parse_dateline(p).unwrap();
        assert_eq!(d.city, "GENEVA");
        assert_eq!(d.agency.as_deref(), Some("TASS"));
        assert_eq!(d.date.map(|d| (d.month, d.day)), Some((11, Some(14))));
        assert_eq!(&p[d.body_start..], "The UN envoy arrived.");
    }

    #[test]
    fn wire_dateline_without_date_and_rejections() {
        let d = parse_dateline("LONDON (Reuters) - Britain said...").unwrap();
        assert_eq!((d.city.as_str(), d.agency.as_deref(), d.date), ("LONDON", Some("Reuters"), None));
        let d = parse_dateline("BEIRUT, Lebanon (AP) — Rebels said...").unwrap();
        assert_eq!(d.agency.as_deref(), Some("AP"));
        assert_eq!(parse_dateline("NATO, the alliance, said - no"), None);
        let d = parse_dateline("ASTANA, Kazakhstan — Talks opened.").unwrap();
        assert_eq!((d.city.as_str(), d.agency, d.date), ("ASTANA", None, None));
        assert_eq!(parse_dateline("ASTANA — Talks opened.").map(|d| d.city).as_deref(), Some("ASTANA"));
        let d = parse_dateline("Damascus, SANA\u{2013} The president received the envoy.").unwrap();
        assert_eq!((d.city.as_str(), d.agency.as_deref()), ("Damascus", Some("SANA")));
        let p = "Astana (AFP) - Talks opened.";
        let d = parse_dateline(p).unwrap();
        assert_eq!(
            (d.city.as_str(), d.agency.as_deref(), &p[d.body_start..]),
            ("Astana", Some("AFP"), "Talks opened.")
        );
        let d = parse_dateline("BEIRUT, LEBANON (7:45 P.M.) \u{2013} Rebels advanced.").unwrap();
        assert_eq!((d.city.as_str(), d.agency), ("BEIRUT", None));
        assert_eq!(parse_dateline("Russia, Iran and Turkey - met"), None);
        assert_eq!(parse_dateline("Moscow, however, said - no"), None);
        assert_eq!(parse_dateline("Russia, Iran and Turkey (the guarantors) - met"), None);
    }

    #[test]
    fn year_inference() {
        assert_eq!(
            infer_year("The ceasefire of 30 December 2016 held; talks in January 2017.", 1, Some(24)),
            Some(2017)
        );
        assert_eq!(infer_year("The ceasefire of 30 December 2016 held.", 1, Some(24)), Some(2017));
        assert_eq!(infer_year("Talks on November 2, 2017 stalled.", 11, Some(14)), Some(2017));
        assert_eq!(infer_year("Since the war began in 2011.", 1, None), Some(2011));
        assert_eq!(infer_year("No years here.", 1, None), None);
    }
}
