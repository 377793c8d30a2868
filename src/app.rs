//! The root component and page layout: header, timeline strip, actor legend
//! beside the cards, and the reader. Regions are components in `components/`.

use crate::components::{cards::cards, header::header, legend::legend, reader::reader, timeline::timeline};
use crate::dom;
use crate::state::State;
use dossier_explore::query::Theme;
use dossier_explore::Index;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Fetches the corpus, then builds the page. Runs under the root reactive
/// owner of `mount_to_body` (which also starts the executor that runs
/// effects); the page is built under that owner once the data is in.
pub fn start() {
    let owner = Owner::current().expect("mount_to_body provides an owner");
    leptos::task::spawn_local(async move {
        match crate::data::load().await {
            Ok(corpus) => owner.with(|| show(corpus)),
            Err(message) => fatal(&message),
        }
    });
}

/// Builds the page as plain DOM appended to `<body>`; each region's effects
/// first run once it is mounted.
fn show(corpus: dossier_model::Corpus) {
    let corpus: &'static _ = Box::leak(Box::new(corpus));
    let index: &'static Index = Box::leak(Box::new(Index::new(corpus)));
    let state = State::new(corpus, index, crate::history::initial(corpus, index));
    provide_context(state);
    crate::history::install(state);
    follow_theme(state);
    follow_hot_actor(state);
    let Some(body) = document().body() else { return };
    dom::append(&body, &header());
    dom::append(&body, &timeline());
    let layout = dom::el("div", "layout");
    dom::append(&layout, &legend());
    dom::append(&layout, &cards());
    dom::append(&body, &layout);
    dom::append(&body, &reader());
}

/// Missing, unreachable or corrupt data: say so instead of a blank page.
fn fatal(message: &str) {
    let main = crate::dom::el("main", "fatal");
    let h1 = crate::dom::el("h1", "");
    crate::dom::text(&h1, "Dossier could not load its data");
    crate::dom::append(&main, &h1);
    let p = crate::dom::el("p", "");
    crate::dom::text(&p, message);
    crate::dom::append(&main, &p);
    if let Some(body) = document().body() {
        crate::dom::append(&body, &main);
    }
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
