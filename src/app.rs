//! The root component and page layout: the corpus is loaded as a resource
//! (with a loading and an error state), then the explorer shows the header,
//! the timeline strip, the actor legend beside the cards, and the reader.
//! Regions are components in `components/`.

use crate::components::header::Header;
use crate::components::legend::Legend;
use crate::components::reader::Reader;
use crate::components::{cards::cards, timeline::timeline};
use crate::state::State;
use dossier_explore::query::Theme;
use dossier_explore::Index;
use dossier_model::Corpus;
use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Loads the corpus, then shows the explorer, or says why it cannot.
#[component]
pub fn App() -> impl IntoView {
    // The corpus lives as long as the page, so it is leaked once and every
    // component borrows it as `&'static` (cheap to copy into closures).
    let data = LocalResource::new(|| async {
        crate::data::load().await.map(|c| -> &'static Corpus { Box::leak(Box::new(c)) })
    });
    view! {
        <Suspense fallback=|| view! { <p class="loading" role="status">"Loading the dossier…"</p> }>
            {move || {
                data.get()
                    .map(|loaded| match loaded {
                        Ok(corpus) => Either::Left(view! { <Explorer corpus /> }),
                        Err(message) => Either::Right(view! { <LoadError message /> }),
                    })
            }}
        </Suspense>
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
    let state = State::new(corpus, index, crate::history::initial(corpus, index));
    provide_context(state);
    crate::history::install(state);
    follow_theme(state);
    follow_hot_actor(state);
    view! {
        <Header />
        <Imperative region=timeline />
        <div class="layout">
            <Legend />
            <Imperative region=cards />
        </div>
        <Reader />
    }
}

/// A region still built with `crate::dom` (being moved to `view!`): built
/// once this component is in the page, so that its own effects first run
/// with its elements in the document, and put in place of it.
#[component]
fn Imperative(region: fn() -> web_sys::HtmlElement) -> impl IntoView {
    let slot = NodeRef::<leptos::html::Template>::new();
    Effect::new(move || {
        if let Some(marker) = slot.get() {
            let element = untrack(region);
            let _ = marker.replace_with_with_node_1(&element);
        }
    });
    view! { <template node_ref=slot></template> }
}

/// `?theme=` overrides `prefers-color-scheme` through `data-theme` on `<html>`.
fn follow_theme(state: State) {
    crate::local::effect(move || {
        let theme = state.query.with(|q| q.theme);
        let Some(root) = document().document_element() else { return };
        let _ = match theme {
            Theme::Auto => root.remove_attribute("data-theme"),
            Theme::Light => root.set_attribute("data-theme", "light"),
            Theme::Dark => root.set_attribute("data-theme", "dark"),
        };
    });
}

/// Lights up every element of the hovered legend actor (`data-actor`): chips,
/// reader mentions and the legend entry. One effect instead of one per chip;
/// it visits only the elements of the actors that lost or gained the light.
fn follow_hot_actor(state: State) {
    let prev = crate::local::Local::new(None::<u32>);
    crate::local::effect(move || {
        let hot = state.hot_actor.get();
        let light = |a: Option<u32>, on: bool| {
            let Some(a) = a else { return };
            let Ok(list) = document().query_selector_all(&format!("[data-actor=\"{a}\"]")) else { return };
            for i in 0..list.length() {
                if let Some(e) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                    let _ = e.class_list().toggle_with_force("hot", on);
                }
            }
        };
        let old = prev.get_value();
        if old != hot {
            light(old, false);
        }
        light(hot, true);
        prev.set_value(hot);
    });
}
