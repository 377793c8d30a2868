//! The app's shared state: the corpus and its index (leaked once, they live
//! as long as the page), the [`Query`] signal that the URL mirrors, and memos
//! derived from it. Search scores depend on the text only, so toggling a
//! filter never re-scans article bodies.

use dossier_explore::facets::{self, Facets};
use dossier_explore::filter::{self, Results, TextScores};
use dossier_explore::search::Terms;
use dossier_explore::{Index, Query};
use dossier_model::Corpus;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct State {
    pub corpus: &'static Corpus,
    pub index: &'static Index,
    pub query: RwSignal<Query>,
    pub terms: Memo<Terms>,
    pub scores: Memo<Option<TextScores>>,
    pub results: Memo<Results>,
    pub facets: Memo<Facets>,
    /// Actor under the pointer or focus in the legend, for cross-highlighting.
    pub hot_actor: RwSignal<Option<u32>>,
}

impl State {
    pub fn new(corpus: &'static Corpus, index: &'static Index, initial: Query) -> State {
        let query = RwSignal::new(initial);
        let text = Memo::new(move |_| query.with(|q| q.text.clone()));
        let terms = Memo::new(move |_| Terms::parse(&text.get()));
        let scores = Memo::new(move |_| terms.with(|t| TextScores::compute(index, t)));
        let results = Memo::new(move |_| scores.with(|s| query.with(|q| filter::run(corpus, index, q, s.as_ref()))));
        let facets = Memo::new(move |_| {
            scores
                .with(|s| query.with(|q| results.with(|r| facets::compute(corpus, index, q, s.as_ref(), &r.articles))))
        });
        State { corpus, index, query, terms, scores, results, facets, hot_actor: RwSignal::new(None) }
    }

    /// Applies a change to the query (the URL follows).
    pub fn update(self, f: impl FnOnce(&mut Query)) {
        self.query.update(f);
    }
}

pub fn use_state() -> State {
    expect_context::<State>()
}
