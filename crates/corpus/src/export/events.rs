//! The `events` and `quotes` parts of the JSON export, plus the TimelineJS3
//! file and the one-event-per-row CSV. Dates are ISO 8601 cut to the known
//! precision ("2016-12-30", "2016-12", "2016"); offsets are UTF-8 byte
//! offsets into the article text. Schema: `docs/schema-events.md`.

use crate::events::merge::iso_at;
use dossier_model::{format_at, Corpus, Day, Event, Precision};
use serde::Serialize;
use serde_json::{json, Value};

#[derive(Serialize)]
pub struct EventOut<'a> {
    pub id: &'a str,
    /// ISO date cut to `precision`.
    pub date: String,
    /// day | week | month | season | year | decade
    pub precision: &'static str,
    /// First and last day the dating phrases can mean (inclusive, ISO).
    pub range: [String; 2],
    pub summary: &'a str,
    /// At most 40 characters: the acting actors, the main verb and its object.
    pub label: &'a str,
    /// Actor ids.
    pub actors: Vec<&'a str>,
    pub mentions: Vec<EventMentionOut<'a>>,
}

#[derive(Serialize)]
pub struct EventMentionOut<'a> {
    /// Article id.
    pub article: &'a str,
    /// The dating phrase as written ("last week").
    pub phrase: String,
    /// The sentence that reports the event.
    pub sentence: String,
    /// Byte offsets of the phrase in the article text.
    pub start: u32,
    pub end: u32,
    /// Resolved without a publication date, from dates in the text.
    pub inferred: bool,
}

#[derive(Serialize)]
pub struct QuoteOut<'a> {
    /// Article id.
    pub article: &'a str,
    /// The quoted words, without quotation marks.
    pub text: String,
    /// The speaker as written, or the person a pronoun refers to.
    pub speaker: Option<&'a str>,
    /// Actor id of the speaker, when it resolves to one.
    pub speaker_actor: Option<&'a str>,
    pub start: u32,
    pub end: u32,
}

fn slice(texts: &[String], article: u32, range: std::ops::Range<usize>) -> String {
    texts.get(article as usize).and_then(|t| t.get(range)).unwrap_or("").to_string()
}

fn actor_id(corpus: &Corpus, ix: u32) -> Option<&str> {
    corpus.actors.get(ix as usize).map(|a| a.id.as_str())
}

fn article_id(corpus: &Corpus, ix: u32) -> &str {
    corpus.articles.get(ix as usize).map_or("", |a| a.id.as_str())
}

/// `texts` holds each article's text, built once per export.
pub fn all<'a>(corpus: &'a Corpus, texts: &[String]) -> Vec<EventOut<'a>> {
    corpus
        .events
        .iter()
        .map(|e| EventOut {
            id: &e.id,
            date: iso_at(e.date, e.precision),
            precision: e.precision.as_str(),
            range: [e.range.0.iso(), e.range.1.iso()],
            summary: &e.summary,
            label: &e.label,
            actors: e.actors.iter().filter_map(|&a| actor_id(corpus, a)).collect(),
            mentions: e
                .mentions
                .iter()
                .map(|m| EventMentionOut {
                    article: article_id(corpus, m.article),
                    phrase: slice(texts, m.article, m.phrase.range()),
                    sentence: slice(texts, m.article, m.sentence.range()),
                    start: m.phrase.start,
                    end: m.phrase.end,
                    inferred: m.inferred,
                })
                .collect(),
        })
        .collect()
}

pub fn quotes<'a>(corpus: &'a Corpus, texts: &[String]) -> Vec<QuoteOut<'a>> {
    corpus
        .quotes
        .iter()
        .map(|q| QuoteOut {
            article: article_id(corpus, q.article),
            text: slice(texts, q.article, q.span.range()),
            speaker: q.speaker.as_deref(),
            speaker_actor: q.speaker_actor.and_then(|a| actor_id(corpus, a)),
            start: q.span.start,
            end: q.span.end,
        })
        .collect()
}

/// A TimelineJS3 date object at the event's precision.
fn tl_date(d: Day, precision: Precision) -> Value {
    let (y, m, day) = d.ymd();
    match precision {
        Precision::Day | Precision::Week => json!({ "year": y, "month": m, "day": day }),
        Precision::Month => json!({ "year": y, "month": m }),
        Precision::Season | Precision::Year | Precision::Decade => json!({ "year": y }),
    }
}

/// Minimal HTML escaping for TimelineJS text fields, which are rendered as HTML.
fn html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A TimelineJS3 JSON file (`dossier export --format timelinejs`): one slide
/// per event, headline from the summary, sources credited by article.
pub fn to_timelinejs(corpus: &Corpus) -> String {
    let texts = super::texts(corpus);
    let events: Vec<Value> = corpus
        .events
        .iter()
        .map(|e| {
            let mut slide = json!({
                "start_date": tl_date(e.date, e.precision),
                "text": { "headline": html(&e.summary), "text": timeline_text(corpus, &texts, e) },
                "unique_id": e.id,
                "display_date": format_at(e.date, e.range, e.precision),
            });
            // Vague spans (a week, part of a year, a decade) show as a bar.
            let spans = matches!(e.precision, Precision::Week | Precision::Season | Precision::Decade);
            if spans && e.range.1 != e.range.0 {
                slide["end_date"] = tl_date(e.range.1, Precision::Day);
            }
            if let Some(first) = e.actors.first().and_then(|&a| corpus.actors.get(a as usize)) {
                slide["group"] = Value::from(first.name.as_str());
            }
            slide
        })
        .collect();
    let doc = json!({
        "title": { "text": { "headline": html(&corpus.title), "text": html(&corpus.description) } },
        "events": events,
    });
    serde_json::to_string_pretty(&doc).expect("serialising plain data to JSON cannot fail")
}

/// Slide body: actors, then each source article with its dating phrase.
fn timeline_text(corpus: &Corpus, texts: &[String], e: &Event) -> String {
    let mut out = String::new();
    let names: Vec<&str> =
        e.actors.iter().filter_map(|&a| corpus.actors.get(a as usize)).map(|a| a.name.as_str()).collect();
    if !names.is_empty() {
        out.push_str(&format!("<p>{}</p>", html(&names.join(", "))));
    }
    out.push_str("<p>Sources:</p><ul>");
    for m in &e.mentions {
        let Some(a) = corpus.articles.get(m.article as usize) else { continue };
        let mut credit = html(if a.title.is_empty() { &a.id } else { &a.title });
        if let Some(outlet) = &a.outlet {
            credit.push_str(&format!(" ({})", html(outlet)));
        }
        let phrase = slice(texts, m.article, m.phrase.range());
        out.push_str(&format!("<li>{credit}: \u{201c}{}\u{201d}</li>", html(&phrase)));
    }
    out.push_str("</ul>");
    out
}

/// RFC 4180 field: quoted when it holds a comma, quote or line break.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One event per row (`dossier export --format csv`). Actors are ids joined
/// by `;`; sources are `article: phrase` joined by ` | `.
pub fn to_csv(corpus: &Corpus) -> String {
    let texts = super::texts(corpus);
    let mut out = String::from("id,date,precision,range_first,range_last,summary,actors,sources\n");
    for e in &corpus.events {
        let actors: Vec<&str> = e.actors.iter().filter_map(|&a| actor_id(corpus, a)).collect();
        let sources: Vec<String> = e
            .mentions
            .iter()
            .map(|m| format!("{}: {}", article_id(corpus, m.article), slice(&texts, m.article, m.phrase.range())))
            .collect();
        let row = [
            e.id.clone(),
            iso_at(e.date, e.precision),
            e.precision.as_str().to_string(),
            e.range.0.iso(),
            e.range.1.iso(),
            e.summary.clone(),
            actors.join(";"),
            sources.join(" | "),
        ];
        let row: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::{Article, EventMention, Section, Span};

    fn corpus() -> Corpus {
        let d = Day::parse_iso("2019-03-14").unwrap();
        Corpus {
            title: "T".into(),
            articles: vec![Article {
                id: "a1".into(),
                title: "Port \"reopens\"".into(),
                sections: vec![Section {
                    heading: None,
                    author: None,
                    paragraphs: vec!["It reopened on Thursday, ok.".into()],
                }],
                ..Default::default()
            }],
            events: vec![Event {
                id: "2019-03-14-port".into(),
                date: d,
                precision: Precision::Month,
                range: (d, d),
                summary: "Port reopens, \"finally\"".into(),
                label: "Port reopens".into(),
                actors: vec![],
                mentions: vec![EventMention {
                    article: 0,
                    phrase: Span::new(12, 23),
                    sentence: Span::new(0, 28),
                    inferred: false,
                }],
            }],
            ..Default::default()
        }
    }

    #[test]
    fn csv_quotes_fields() {
        let csv = to_csv(&corpus());
        let row = csv.lines().nth(1).unwrap();
        assert_eq!(
            row,
            "2019-03-14-port,2019-03,month,2019-03-14,2019-03-14,\"Port reopens, \"\"finally\"\"\",,a1: on Thursday"
        );
    }

    #[test]
    fn timelinejs_has_dates_text_and_ids() {
        let v: Value = serde_json::from_str(&to_timelinejs(&corpus())).unwrap();
        let e = &v["events"][0];
        assert_eq!(e["start_date"], json!({ "year": 2019, "month": 3 }));
        assert_eq!(e["unique_id"], "2019-03-14-port");
        assert!(e["text"]["text"].as_str().unwrap().contains("Port &quot;reopens&quot;"));
        assert!(v["title"]["text"]["headline"].is_string());
    }

    #[test]
    fn json_parts_carry_phrases() {
        let c = corpus();
        let ev = all(&c, &super::super::texts(&c));
        assert_eq!(ev[0].date, "2019-03");
        assert_eq!(ev[0].label, "Port reopens");
        assert_eq!(ev[0].mentions[0].phrase, "on Thursday");
        assert_eq!(ev[0].mentions[0].article, "a1");
    }
}
