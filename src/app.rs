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
use dossier_explore::query::Theme;
use dossier_explore::Index;
use dossier_model::Corpus;
use leptos::prelude::*;

/// Loads the corpus, then shows the explorer, or says why it cannot.
#[component]
pub fn App() -> impl IntoView {
    let embedded = crate::embed::start();
    // The corpus lives as long as the page, so it is leaked once and every
    // component borrows it as `&'static` (cheap to copy into closures).
    // A task that fills a signal, not a `LocalResource`: the data loads once
    // and never refetches, and the resource machinery measured 9.1 KB of
    // gzipped Wasm (179.3 KB against 188.4 KB), which the 200 KB budget for
    // app and data cannot spare.
    let data = RwSignal::new(None::<Result<&'static Corpus, String>>);
    leptos::task::spawn_local(async move {
        let loaded = crate::data::load().await.map(|c| -> &'static Corpus { Box::leak(Box::new(c)) });
        data.set(Some(loaded));
    });
    let page = move || match data.get() {
        None => view! { <p class="loading" role="status">"Loading the dossier…"</p> }.into_any(),
        Some(Ok(corpus)) => view! { <Explorer corpus /> }.into_any(),
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
fn Explorer(corpus: &'static Corpus) -> impl IntoView {
    let index: &'static Index = Box::leak(Box::new(Index::new(corpus)));
    crate::data::mark("dossier:index-built");
    let state = State::new(corpus, index, crate::history::initial(corpus, index));
    provide_context(state);
    crate::history::install(state);
    follow_theme(state);
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
