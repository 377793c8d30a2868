//! The app's shared state: the corpus head and its index (leaked once, they
//! live as long as the page), the [`Store`] of parts fetched on demand, the
//! [`Query`] signal that the URL mirrors, and memos derived from it. Search
//! scores depend on the text only, so toggling a filter never re-scores.

use crate::store::{Loading, Store};
use dossier_explore::facets::{self, Facets};
use dossier_explore::filter::{self, Results, Searchable, TextScores};
use dossier_explore::search::Terms;
use dossier_explore::{Index, Query};
use dossier_model::Corpus;
use leptos::prelude::*;

/// The parsed search and its scores, which change only with the text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Search {
    pub terms: Terms,
    pub scores: Option<TextScores>,
    /// Why there are no scores yet for a search: the lexicon is on its way,
    /// or could not be fetched (nothing matches meanwhile).
    pub waiting: Option<String>,
}

/// What matches the query, with facet counts (they always change together).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    pub results: Results,
    pub facets: Facets,
}

impl Search {
    /// A search that matches nothing until the lexicon is here.
    fn waiting(terms: Terms, c: &Corpus, why: String) -> Search {
        let none = |n: usize| vec![0; n];
        let scores =
            TextScores { articles: none(c.articles.len()), events: none(c.events.len()), quotes: none(c.quotes.len()) };
        Search { terms, scores: Some(scores), waiting: Some(why) }
    }
}

#[derive(Clone, Copy)]
pub struct State {
    pub corpus: &'static Corpus,
    pub index: &'static Index,
    pub store: Store,
    pub query: RwSignal<Query>,
    pub search: Memo<Search>,
    pub selection: Memo<Selection>,
    /// Actor under the pointer or focus in the legend, for cross-highlighting.
    pub hot_actor: RwSignal<Option<u32>>,
    /// Set once the first screen (header, cards) has been painted. The
    /// timeline's marks and the legend's entries are built after it, so the
    /// first cards do not wait for them (nor for the timeline's measuring,
    /// which forces a layout).
    pub painted: RwSignal<bool>,
}

impl State {
    pub fn new(corpus: &'static Corpus, index: &'static Index, store: Store, initial: Query) -> State {
        let query = RwSignal::new(initial);
        let search = Memo::new(move |prev: Option<&Search>| {
            let terms = query.with(|q| Terms::parse(&q.text));
            if let Some(p) = prev.filter(|p| p.terms == terms && p.waiting.is_none()) {
                return p.clone();
            }
            if terms.is_empty() {
                return Search { terms, scores: None, waiting: None };
            }
            let lexicon = match store.lexicon(&terms) {
                Loading::Ready(l) => l,
                Loading::Waiting => return Search::waiting(terms, corpus, "Loading the search index…".into()),
                Loading::Failed(why) => return Search::waiting(terms, corpus, format!("Search is unavailable. {why}")),
            };
            let before = prev.filter(|p| p.waiting.is_none()).and_then(|p| p.scores.as_ref().map(|s| (&p.terms, s)));
            let source = Searchable { corpus, index, lexicon, articles: store.whole() };
            let scores = TextScores::refine(&source, &terms, before);
            Search { terms, scores, waiting: None }
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
        let painted = RwSignal::new(false);
        State { corpus, index, store, query, search, selection, hot_actor: RwSignal::new(None), painted }
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
