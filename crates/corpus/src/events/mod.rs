//! Time: temporal expressions resolved against publication dates, event
//! mentions, cross-article merging, and quotes with their speakers.
//!
//! Per article: [`temporal`] finds dating phrases, [`resolve`] turns them into
//! day ranges, [`mentions`] keeps the dated clauses that report an event,
//! each with a short [`label`], and [`quotes`] finds quotations; then
//! [`merge`] groups mentions across articles.

pub mod label;
pub mod lexicon;
pub mod mentions;
pub mod merge;
pub mod quotes;
pub mod resolve;
pub mod temporal;
pub mod tokens;

use crate::report::{Diagnostic, Report};
use crate::text::{fold_for_matching, sentences};
use dossier_model::{ActorIx, ActorKind, Corpus, Precision, Span};

/// Fills `corpus.events` and `corpus.quotes`. Needs actors already extracted:
/// their mentions give events and quotes their actors.
pub fn extract(corpus: &mut Corpus, report: &mut Report) {
    let by_article = actor_mentions(corpus);
    let kinds: Vec<ActorKind> = corpus.actors.iter().map(|a| a.kind).collect();
    let names: Vec<&str> = corpus.actors.iter().map(|a| a.name.as_str()).collect();
    // Each article's dates and quotes are found on their own, in parallel;
    // the results are joined in article order, so the output is the same.
    use rayon::prelude::*;
    let found: Vec<_> = corpus
        .articles
        .par_iter()
        .enumerate()
        .map_init(Vec::new, |toks, (ix, article)| {
            let text = article.text();
            let folded = fold_for_matching(&text);
            let own;
            let spans = if article.sentences.is_empty() {
                own = sentences(&text);
                &own
            } else {
                &article.sentences
            };
            let view = mentions::ArticleView {
                ix: ix as u32,
                text: &text,
                folded: &folded,
                sentences: spans,
                published: article.published,
                published_exact: article.published_precision.is_none_or(|p| p == Precision::Day),
                actors: &by_article[ix],
                kinds: &kinds,
                names: &names,
            };
            let mut candidates = Vec::new();
            let mut quotes = Vec::new();
            let guessed = mentions::collect(&view, toks, &mut candidates);
            quotes::collect(&view, toks, &mut quotes);
            // Every article's results are held until merging: no spare capacity.
            candidates.shrink_to_fit();
            quotes.shrink_to_fit();
            (candidates, quotes, guessed)
        })
        .collect();
    let mut candidates = Vec::with_capacity(found.iter().map(|f| f.0.len()).sum());
    let mut quotes = Vec::with_capacity(found.iter().map(|f| f.1.len()).sum());
    let mut notes = std::collections::HashMap::new();
    for (article, (c, q, guessed)) in corpus.articles.iter().zip(found) {
        candidates.extend(c);
        quotes.extend(q);
        if let Some(day) = guessed {
            let note = format!(
                "no publication date: relative dates resolved against {}, the latest date in the text",
                day.iso()
            );
            notes.insert(article.file.as_str(), note);
        }
    }
    if !notes.is_empty() {
        for f in &mut report.files {
            if let Some(note) = notes.remove(f.file.as_str()) {
                f.diagnostics.push(Diagnostic::warning(None, note));
            }
        }
    }
    corpus.events = merge::merge(candidates);
    corpus.quotes = quotes;
}

/// Actor mentions grouped by article, sorted by position.
fn actor_mentions(corpus: &Corpus) -> Vec<Vec<(Span, ActorIx)>> {
    let mut out = vec![Vec::new(); corpus.articles.len()];
    for (ix, actor) in corpus.actors.iter().enumerate() {
        for m in &actor.mentions {
            if let Some(v) = out.get_mut(m.article as usize) {
                v.push((m.span, ix as ActorIx));
            }
        }
    }
    for v in &mut out {
        v.sort();
    }
    out
}
