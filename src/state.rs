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

/// The parsed search and its scores, which change only with the text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Search {
    pub terms: Terms,
    pub scores: Option<TextScores>,
}

/// What matches the query, with facet counts (they always change together).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    pub results: Results,
    pub facets: Facets,
}

#[derive(Clone, Copy)]
pub struct State {
    pub corpus: &'static Corpus,
    pub index: &'static Index,
    pub query: RwSignal<Query>,
    pub search: Memo<Search>,
    pub selection: Memo<Selection>,
    /// Actor under the pointer or focus in the legend, for cross-highlighting.
    pub hot_actor: RwSignal<Option<u32>>,
}

impl State {
    pub fn new(corpus: &'static Corpus, index: &'static Index, initial: Query) -> State {
        let query = RwSignal::new(initial);
        let search = Memo::new(move |prev: Option<&Search>| {
            let terms = query.with(|q| Terms::parse(&q.text));
            if let Some(p) = prev.filter(|p| p.terms == terms) {
                return p.clone();
            }
            let before = prev.and_then(|p| p.scores.as_ref().map(|s| (&p.terms, s)));
            let scores = TextScores::refine(corpus, &terms, before);
            Search { terms, scores }
        });
        let selection = Memo::new(move |_| {
            search.with(|x| {
                query.with(|q| {
                    let results = filter::run(corpus, index, q, x.scores.as_ref());
                    let facets = facets::compute(corpus, index, q, x.scores.as_ref(), &results.articles);
                    Selection { results, facets }
                })
            })
        });
        State { corpus, index, query, search, selection, hot_actor: RwSignal::new(None) }
    }

    pub fn terms<R>(self, f: impl FnOnce(&Terms) -> R) -> R {
        self.search.with(|x| f(&x.terms))
    }
    pub fn terms_untracked<R>(self, f: impl FnOnce(&Terms) -> R) -> R {
        self.search.with_untracked(|x| f(&x.terms))
    }
    pub fn scores_untracked<R>(self, f: impl FnOnce(&Option<TextScores>) -> R) -> R {
        self.search.with_untracked(|x| f(&x.scores))
    }
    pub fn results<R>(self, f: impl FnOnce(&Results) -> R) -> R {
        self.selection.with(|x| f(&x.results))
    }
    pub fn facets<R>(self, f: impl FnOnce(&Facets) -> R) -> R {
        self.selection.with(|x| f(&x.facets))
    }

    /// Whether actor `a` is the one lit up from the legend (its chips,
    /// mentions and legend entry follow).
    pub fn is_hot(self, a: u32) -> bool {
        self.hot_actor.get() == Some(a)
    }

    /// Applies a change to the query (the URL follows).
    pub fn update(self, f: impl FnOnce(&mut Query)) {
        self.query.update(f);
    }
}

pub fn use_state() -> State {
    expect_context::<State>()
}
