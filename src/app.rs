//! The root component and page layout: the corpus is loaded as a resource
//! (with a loading and an error state), then the explorer shows the header,
//! the timeline strip, the actor legend beside the cards, and the reader.
//! Regions are components in `components/`.

use crate::components::cards::Cards;
use crate::components::header::Header;
use crate::components::legend::Legend;
use crate::components::reader::Reader;
use crate::components::timeline::Timeline;
use crate::embed::EmbedBar;
use crate::state::State;
use crate::store::{Named, Store};
use dossier_explore::query::Theme;
use dossier_explore::Index;
use dossier_model::{Corpus, Head};
use leptos::prelude::*;

/// A loaded corpus: its head and index (leaked once: they live as long as
/// the page, and every component borrows them as `&'static`, cheap to copy
/// into closures) and the store of parts still to fetch.
#[derive(Clone, Copy)]
struct Dossier {
    corpus: &'static Corpus,
    index: &'static Index,
    store: Store,
}

impl Dossier {
    fn new(loaded: crate::data::Loaded) -> Dossier {
        let Head { corpus, digest, shard_size, bodies, lexicon, lexicon_firsts, summaries, quotes } = loaded.head;
        let corpus: &'static Corpus = Box::leak(Box::new(corpus));
        let index: &'static Index = Box::leak(Box::new(Index::new(corpus, digest)));
        crate::data::mark("dossier:index-built");
        let store = Store::new(
            corpus,
            index,
            loaded.base,
            Named { shard_size, bodies, lexicon, lexicon_firsts, summaries, quotes },
        );
        Dossier { corpus, index, store }
    }
}

/// Loads the corpus, then shows the explorer, or says why it cannot.
#[component]
pub fn App() -> impl IntoView {
    let embedded = crate::embed::start();
    // A task that fills a signal, not a `LocalResource`: the data loads once
    // and never refetches, and the resource machinery measured 9.1 KB of
    // gzipped Wasm (179.3 KB against 188.4 KB), which the 200 KB budget for
    // app and data cannot spare.
    let data = RwSignal::new(None::<Result<Dossier, String>>);
    // The store's signals belong to this component, not to the task.
    let owner = Owner::current().expect("App runs under the mount's owner");
    leptos::task::spawn_local(async move {
        let loaded = crate::data::load().await;
        data.set(Some(owner.with(|| loaded.map(Dossier::new))));
    });
    let page = move || match data.get() {
        None => view! { <p class="loading" role="status">"Loading the dossier…"</p> }.into_any(),
        Some(Ok(dossier)) => view! { <Explorer dossier /> }.into_any(),
        Some(Err(message)) => view! { <LoadError message /> }.into_any(),
    };
    view! {
        {page}
        {embedded.then(|| view! { <EmbedBar /> })}
    }
}

/// Missing, unreachable or corrupt data: say so instead of a blank page.
#[component]
fn LoadError(message: String) -> impl IntoView {
    view! {
        <main class="fatal">
            <h1>"Dossier could not load its data"</h1>
            <p>{message}</p>
        </main>
    }
}

/// The explorer over a loaded corpus: the shared state, the URL sync, and
/// the page's regions.
#[component]
fn Explorer(dossier: Dossier) -> impl IntoView {
    let Dossier { corpus, index, store } = dossier;
    let state = State::new(corpus, index, store, crate::history::initial(corpus, index));
    provide_context(state);
    crate::history::install(state);
    follow_theme(state);
    // After the frame that shows the first cards has been rendered.
    request_animation_frame(move || set_timeout(move || state.painted.set(true), std::time::Duration::ZERO));
    view! {
        <Header />
        <Timeline />
        <div class="layout">
            <Legend />
            <Cards />
        </div>
        <Reader />
    }
}

/// `?theme=` overrides `prefers-color-scheme` through `data-theme` on `<html>`.
fn follow_theme(state: State) {
    Effect::new(move || {
        let theme = state.query.with(|q| q.theme);
        let Some(root) = document().document_element() else { return };
        let _ = match theme {
            Theme::Auto => root.remove_attribute("data-theme"),
            Theme::Light => root.set_attribute("data-theme", "light"),
            Theme::Dark => root.set_attribute("data-theme", "dark"),
        };
    });
}
