//! The `articles` part of the JSON export.

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
    pub published: Option<String>,
    pub published_precision: Option<&'static str>,
    pub sections: Vec<SectionOut<'a>>,
    pub removed: &'a [Removed],
    pub warnings: &'a [String],
}

#[derive(Serialize)]
pub struct SectionOut<'a> {
    pub heading: Option<&'a str>,
    pub author: Option<&'a str>,
    pub paragraphs: &'a [String],
}

pub fn all(corpus: &Corpus) -> Vec<ArticleOut<'_>> {
    corpus.articles.iter().map(article).collect()
}

fn article(a: &Article) -> ArticleOut<'_> {
    ArticleOut {
        id: &a.id,
        file: &a.file,
        title: &a.title,
        title_derived: a.title_derived,
        standfirst: a.standfirst.as_deref(),
        outlet: a.outlet.as_deref(),
        author: a.author.as_deref(),
        published: a.published.map(|d| d.iso()),
        published_precision: a.published_precision.map(|p| p.as_str()),
        sections: a
            .sections
            .iter()
            .map(|s| SectionOut {
                heading: s.heading.as_deref(),
                author: s.author.as_deref(),
                paragraphs: &s.paragraphs,
            })
            .collect(),
        removed: &a.removed,
        warnings: &a.warnings,
    }
}
