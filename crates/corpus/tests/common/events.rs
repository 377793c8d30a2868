//! Matching gold events against extracted ones, shared by the seed and the
//! development gold tests.

use dossier_corpus::Corpus;
use dossier_model::{Day, Event, Precision};

/// Where a gold phrase sits in an article's text: the literal phrase, minus
/// any parenthesised note, case-sensitive first.
pub fn locate(text: &str, phrase: &str) -> Option<(usize, usize)> {
    let phrase = phrase.split(" (").next().unwrap_or(phrase).trim();
    if phrase.is_empty() {
        return None;
    }
    if let Some(at) = text.find(phrase) {
        return Some((at, at + phrase.len()));
    }
    let lower = text.to_lowercase();
    lower.find(&phrase.to_lowercase()).map(|at| (at, at + phrase.len()))
}

/// The event holding the mention that matches a gold mention: one whose
/// phrase overlaps the gold phrase, else one in the sentence containing it.
pub fn find<'c>(corpus: &'c Corpus, ix: u32, phrase: &str) -> Option<&'c Event> {
    let text = corpus.articles[ix as usize].text();
    let (s, e) = locate(&text, phrase)?;
    let mentions = || {
        corpus.events.iter().flat_map(|ev| ev.mentions.iter().map(move |m| (ev, m))).filter(|(_, m)| m.article == ix)
    };
    mentions()
        .find(|(_, m)| (m.phrase.start as usize) < e && s < m.phrase.end as usize)
        .or_else(|| mentions().find(|(_, m)| m.sentence.start as usize <= s && e <= m.sentence.end as usize))
        .map(|(ev, _)| ev)
}

pub fn gold_day(s: &str) -> Option<Day> {
    match s.len() {
        4 => Day::from_ymd(s.parse().ok()?, 1, 1),
        7 => Day::parse_iso(&format!("{s}-01")),
        _ => Day::parse_iso(s),
    }
}

/// Is the event's date right at the gold precision?
pub fn date_right(ev: &Event, gold: &toml::Table) -> bool {
    let (Some(precision), Some(date)) = (
        gold.get("precision").and_then(|v| v.as_str()).and_then(Precision::parse),
        gold.get("date").and_then(|v| v.as_str()).and_then(gold_day),
    ) else {
        return false;
    };
    let range = gold.get("range").and_then(|r| r.as_array()).and_then(|r| {
        let d = |i: usize| r.get(i).and_then(|v| v.as_str()).and_then(Day::parse_iso);
        Some((d(0)?, d(1)?))
    });
    let (ey, em, _) = ev.date.ymd();
    let (gy, gm, _) = date.ymd();
    // The extracted precision must be the gold's: "in January" is not right
    // as a day in January, nor "in 2016" as some month of it.
    ev.precision == precision
        && match precision {
            Precision::Day => ev.date == date,
            Precision::Week => ev.date.week_start() == range.map_or(date, |r| r.0).week_start(),
            Precision::Month => (ey, em) == (gy, gm),
            Precision::Season => range.is_none_or(|r| ev.range == r) && ey == gy,
            Precision::Year => ey == gy,
            Precision::Decade => ey / 10 == gy / 10,
        }
}
