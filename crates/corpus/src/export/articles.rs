//! The `articles` part of the JSON export (documented in `docs/schema-articles.md`).

use dossier_model::{Article, Corpus, Removed};
use serde::Serialize;

#[derive(Serialize)]
pub struct ArticleOut<'a> {
    pub id: &'a str,
    pub file: &'a str,
    pub title: &'a str,
    pub title_derived: bool,
    pub standfirst: Option<&'a str>,
    pub outlet: Option<&'a str>,
    pub author: Option<&'a str>,
    /// Wire dateline city ("TEHRAN"), as printed.
    pub dateline: Option<&'a str>,
    pub url: Option<&'a str>,
    pub tags: &'a [String],
    /// ISO `YYYY-MM-DD`; the first day of the month for month precision.
    pub published: Option<String>,
    pub published_precision: Option<&'static str>,
    /// Reading time as stated by the page ("3 min read").
    pub reading_minutes: Option<u32>,
    pub sections: Vec<SectionOut<'a>>,
    /// Actors mentioned in this article, most mentioned first.
    pub actors: Vec<ActorCount>,
    pub removed: &'a [Removed],
    pub warnings: &'a [String],
}

#[derive(Serialize)]
pub struct ActorCount {
    pub id: String,
    pub count: usize,
}

#[derive(Serialize)]
pub struct SectionOut<'a> {
    pub heading: Option<&'a str>,
    pub author: Option<&'a str>,
    pub paragraphs: &'a [String],
}

pub fn all(corpus: &Corpus) -> Vec<ArticleOut<'_>> {
    let counts = super::actors::actor_counts_by_article(corpus);
    corpus.articles.iter().zip(counts).map(|(a, c)| article(a, c)).collect()
}

fn article(a: &Article, actors: Vec<(String, usize)>) -> ArticleOut<'_> {
    ArticleOut {
        id: &a.id,
        file: &a.file,
        title: &a.title,
        title_derived: a.title_derived,
        standfirst: a.standfirst.as_deref(),
        outlet: a.outlet.as_deref(),
        author: a.author.as_deref(),
        dateline: a.dateline.as_deref(),
        url: a.url.as_deref(),
        tags: &a.tags,
        published: a.published.map(|d| d.iso()),
        published_precision: a.published_precision.map(|p| p.as_str()),
        reading_minutes: a.reading_minutes,
        sections: a
            .sections
            .iter()
            .map(|s| SectionOut {
                heading: s.heading.as_deref(),
                author: s.author.as_deref(),
                paragraphs: &s.paragraphs,
            })
            .collect(),
        actors: actors.into_iter().map(|(id, count)| ActorCount { id, count }).collect(),
        removed: &a.removed,
        warnings: &a.warnings,
    }
}
