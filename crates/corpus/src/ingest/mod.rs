//! Turning one decoded file into an [`Article`]: header detection, furniture
//! removal, sections. First version: plain text with a title line.

use crate::config::Config;
use crate::load::SourceFile;
use crate::report::{Diagnostic, FileOutcome, Report};
use dossier_model::{Article, Corpus, Section};

/// Ingests every decoded file into `corpus.articles`, recording each file's
/// outcome in the report.
pub fn ingest_all(files: Vec<SourceFile>, config: &Config, corpus: &mut Corpus, report: &mut Report) {
    let _ = config;
    for file in files {
        match ingest(&file) {
            Ok(outcome) => {
                let index = corpus.articles.len();
                report.push_file(&file.name, FileOutcome::Article { index }, outcome.diagnostics);
                corpus.articles.push(outcome.article);
            }
            Err(diag) => {
                report.push_file(&file.name, FileOutcome::Skipped { reason: diag.message.clone() }, vec![diag])
            }
        }
    }
}

pub struct Ingested {
    pub article: Article,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses one file. `Err` means the file holds no article (empty, whitespace).
pub fn ingest(file: &SourceFile) -> Result<Ingested, Diagnostic> {
    let lines: Vec<&str> = file.text.lines().map(str::trim).collect();
    let mut nonempty = lines.iter().copied().filter(|l| !l.is_empty());
    let Some(first) = nonempty.next() else {
        return Err(Diagnostic::error(None, "empty file: no text to read"));
    };
    let paragraphs: Vec<String> = nonempty.filter(|l| *l != first).map(String::from).collect();
    let mut article = Article {
        id: slug(&file.name),
        file: file.name.clone(),
        title: first.to_string(),
        sections: vec![Section { heading: None, author: None, paragraphs }],
        ..Default::default()
    };
    article.sentences = crate::text::sentences(&article.text());
    Ok(Ingested { article, diagnostics: vec![] })
}

/// A URL-safe id from a file name: lowercase ASCII letters, digits and dashes.
pub fn slug(name: &str) -> String {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let mut out = String::new();
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}
