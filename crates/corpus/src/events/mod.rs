//! Time: temporal expressions resolved against publication dates, event
//! mentions, cross-article merging, and quotes with their speakers.

pub mod lexicon;
pub mod resolve;
pub mod temporal;
pub mod tokens;

use crate::report::Report;
use dossier_model::Corpus;

/// Fills `corpus.events` and `corpus.quotes`. Needs actors already extracted.
pub fn extract(corpus: &mut Corpus, report: &mut Report) {
    let _ = (corpus, report);
}
