//! Keeps the URL query and the [`Query`] signal in step. Meaningful changes
//! push a history entry; edits to a search under way replace it, debounced,
//! so typing neither floods Back nor trips the browser's history rate limit.
//! `popstate` (Back/Forward, or an embedding host) restores the state.

use crate::state::State;
use dossier_explore::url;
use gloo_timers::callback::Timeout;
use leptos::{ev, prelude::*};
use std::time::Duration;
use wasm_bindgen::JsValue;

fn location_search() -> String {
    window().location().search().unwrap_or_default()
}

/// The state in the current URL.
pub fn initial(state_corpus: &dossier_model::Corpus, index: &dossier_explore::Index) -> dossier_explore::Query {
    url::parse(&location_search(), state_corpus, index)
}

fn write(qs: &str, push: bool) {
    let Ok(h) = window().history() else { return };
    let target = if qs.is_empty() { window().location().pathname().unwrap_or_default() } else { qs.to_string() };
    let _ = if push {
        h.push_state_with_url(&JsValue::NULL, "", Some(&target))
    } else {
        h.replace_state_with_url(&JsValue::NULL, "", Some(&target))
    };
}

/// Runs `f` in a task of its own, after the one handling the input, so the
/// browser may paint first. (Not tied to a frame: hidden pages get no frames.)
fn soon(f: impl FnOnce() + 'static) {
    set_timeout(f, Duration::ZERO);
}

pub fn install(s: State) {
    let last = StoredValue::new(s.query.get_untracked());
    // The debounced replace of a search under way (dropping it cancels it).
    let pending = StoredValue::new_local(None::<Timeout>);
    // Cancels a pending replace (a dropped `Timeout` never fires); true
    // when there was one.
    let cancel = move || pending.try_update_value(Option::take).flatten().is_some();
    // Drop garbage from a shared link without adding an entry.
    let canonical = url::carry(&url::to_query_string(&s.query.get_untracked(), s.corpus, s.index), &location_search());
    if canonical != location_search() {
        write(&canonical, false);
    }
    // The URL last written or queued, so a change is compared with what the
    // URL is about to be rather than with a location not yet updated.
    let intended = StoredValue::new(location_search());
    Effect::new(move || {
        let q = s.query.get();
        let prev = last.get_value();
        last.set_value(q.clone());
        let qs = url::carry(&url::to_query_string(&q, s.corpus, s.index), &location_search());
        if intended.with_value(|i| *i == qs) {
            return;
        }
        intended.set_value(qs.clone());
        let was_typing = cancel();
        if url::pushes(&prev, &q) {
            let settle =
                was_typing.then(|| url::carry(&url::to_query_string(&prev, s.corpus, s.index), &location_search()));
            // A history push costs a few milliseconds that the click's paint
            // need not wait for. Queued writes keep their order.
            soon(move || {
                if let Some(p) = &settle {
                    // Settle the search entry before leaving it.
                    write(p, false);
                }
                write(&qs, true);
            });
        } else {
            pending.set_value(Some(Timeout::new(350, move || write(&qs, false))));
        }
    });
    let _ = window_event_listener(ev::popstate, move |_| {
        cancel();
        intended.set_value(location_search());
        let q = url::parse(&location_search(), s.corpus, s.index);
        last.set_value(q.clone());
        s.query.set(q);
    });
}
