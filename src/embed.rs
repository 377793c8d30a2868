//! Embed mode in the browser (`?embed=1`): marks the page for compact styles,
//! posts `{type: "dossier:height", height}` to the host whenever the layout
//! changes, shows an "Open full explorer" / fullscreen bar, and, only when
//! `?parent=<origin>` opts in, accepts `{type: "dossier:state", query}`
//! commands from exactly that origin. It posts nothing else about the user.

use dossier_explore::embed::{self, EmbedOptions};
use leptos::{ev, html, prelude::*};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Sets up embed mode when the URL asks for it (a no-op otherwise), and
/// says whether it did, so that the app adds the [`EmbedBar`].
pub fn start() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let opts = EmbedOptions::from_query(&window.location().search().unwrap_or_default());
    if !opts.embed {
        return false;
    }
    let Some(root) = document().document_element() else { return false };
    let _ = root.class_list().add_1("embed");
    if let Ok(Some(parent)) = window.parent() {
        // A top-level page is its own parent: nobody to tell.
        if !js_sys::Object::is(&parent, &window) {
            post_height_on_resize(&root, parent, opts.parent_origin.clone());
        }
    }
    if let Some(origin) = opts.parent_origin {
        accept_commands(&window, origin);
    }
    true
}

/// One ResizeObserver on the root element covers load, layout and state changes.
fn post_height_on_resize(root: &web_sys::Element, parent: web_sys::Window, origin: Option<String>) {
    let last = Rc::new(Cell::new(-1.0f64));
    let measured = root.clone();
    let target = origin.unwrap_or_else(|| "*".to_string());
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        if height != last.get() {
            last.set(height);
            let msg = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&msg, &"type".into(), &"dossier:height".into());
            let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.into());
            let _ = parent.post_message(&msg, &target);
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(root);
        // Both live as long as the page.
        std::mem::forget(observer);
        on_resize.forget();
    }
}

/// Applies `dossier:state` commands from `origin` only, as a history entry
/// plus a `popstate`, so the app restores state the same way as Back/Forward.
fn accept_commands(window: &web_sys::Window, origin: String) {
    let win = window.clone();
    let _ = window_event_listener(ev::message, move |ev| {
        if ev.origin() != origin {
            return;
        }
        let data = ev.data();
        let field = |name: &str| js_sys::Reflect::get(&data, &name.into()).ok().and_then(|v| v.as_string());
        if field("type").as_deref() != Some("dossier:state") {
            return;
        }
        let (Some(requested), Ok(current)) = (field("query"), win.location().search()) else { return };
        let Some(next) = embed::command_query(&requested, &current) else { return };
        let Ok(history) = win.history() else { return };
        if history.push_state_with_url(&JsValue::NULL, "", Some(&format!("?{next}"))).is_ok() {
            if let Ok(ev) = web_sys::PopStateEvent::new("popstate") {
                let _ = win.dispatch_event(&ev);
            }
        }
    });
}

/// The current state as a full-explorer URL (embed parameters dropped).
fn full_explorer_url() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return "./".into() };
    let query = embed::full_explorer_query(&location.search().unwrap_or_default());
    let base = format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default());
    if query.is_empty() {
        base
    } else {
        format!("{base}?{query}")
    }
}

fn fullscreen_enabled() -> bool {
    js_sys::Reflect::get(&document(), &"fullscreenEnabled".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false)
}

fn toggle_fullscreen() {
    let doc = document();
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else if let Some(root) = doc.document_element() {
        let _ = root.request_fullscreen();
    }
}

/// "Open full explorer" carries the current state; the link's href is
/// refreshed whenever it is about to be used, so it is never stale.
#[component]
pub fn EmbedBar() -> impl IntoView {
    let open = NodeRef::<html::A>::new();
    let refresh = move || {
        if let Some(a) = open.get_untracked() {
            a.set_href(&full_explorer_url());
        }
    };
    let full = RwSignal::new(false);
    let fullscreen = fullscreen_enabled().then(|| {
        let _ = window_event_listener_untyped("fullscreenchange", move |_| {
            full.set(document().fullscreen_element().is_some());
        });
        view! {
            <button
                type="button"
                class="embed-fullscreen"
                aria-pressed=move || if full.get() { "true" } else { "false" }
                on:click=|_| toggle_fullscreen()
            >
                "Fullscreen"
            </button>
        }
    });
    view! {
        <div class="embed-bar" role="group" aria-label="Embedded view">
            <a
                class="embed-open"
                href=full_explorer_url()
                target="_blank"
                rel="noopener"
                node_ref=open
                on:click=move |_| refresh()
                on:focus=move |_| refresh()
                on:mouseenter=move |_| refresh()
            >
                "Open full explorer"
            </a>
            {fullscreen}
        </div>
    }
}
