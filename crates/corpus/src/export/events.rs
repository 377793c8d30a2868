//! The `events` and `quotes` parts of the JSON export.

use dossier_model::Corpus;
use serde::Serialize;

#[derive(Serialize)]
pub struct EventOut<'a> {
    pub id: &'a str,
    pub summary: &'a str,
}

#[derive(Serialize)]
pub struct QuoteOut<'a> {
    pub article: &'a str,
}

pub fn all(corpus: &Corpus) -> Vec<EventOut<'_>> {
    corpus.events.iter().map(|e| EventOut { id: &e.id, summary: &e.summary }).collect()
}

pub fn quotes(corpus: &Corpus) -> Vec<QuoteOut<'_>> {
    corpus.quotes.iter().map(|q| QuoteOut { article: &corpus.articles[q.article as usize].id }).collect()
}

/// A TimelineJS3 JSON file (`dossier export --format timelinejs`).
pub fn to_timelinejs(corpus: &Corpus) -> String {
    let _ = corpus;
    String::from("{\"events\": []}")
}

/// One event per row (`dossier export --format csv`).
pub fn to_csv(corpus: &Corpus) -> String {
    let _ = corpus;
    String::from("id,date,precision,range_first,range_last,summary,actors,sources\n")
}
