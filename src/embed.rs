//! Embed mode in the browser (`?embed=1`): marks the page for compact styles,
//! posts `{type: "dossier:height", height}` to the host whenever the layout
//! changes, shows an "Open full explorer" / fullscreen bar, and, only when
//! `?parent=<origin>` opts in, accepts `{type: "dossier:state", query}`
//! commands from exactly that origin. It posts nothing else about the user.

use dossier_explore::embed::{self, EmbedOptions};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Sets up embed mode when the URL asks for it; a no-op otherwise.
pub fn start() {
    let Some(window) = web_sys::window() else { return };
    let opts = EmbedOptions::from_query(&window.location().search().unwrap_or_default());
    if !opts.embed {
        return;
    }
    let Some(doc) = window.document() else { return };
    let Some(root) = doc.document_element() else { return };
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
    embed_bar(&doc);
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
    crate::dom::listen(window, "message", move |ev| {
        let ev: &web_sys::MessageEvent = ev.unchecked_ref();
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
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| js_sys::Reflect::get(&d, &"fullscreenEnabled".into()).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

fn toggle_fullscreen() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else if let Some(root) = doc.document_element() {
        let _ = root.request_fullscreen();
    }
}

/// "Open full explorer" carries the current state; the link's href is
/// refreshed whenever it is about to be used, so it is never stale.
fn embed_bar(doc: &web_sys::Document) {
    let bar = crate::dom::el_attrs("div", "embed-bar", &[("role", "group"), ("aria-label", "Embedded view")]);
    let open = crate::dom::el_attrs(
        "a",
        "embed-open",
        &[("href", &full_explorer_url()), ("target", "_blank"), ("rel", "noopener")],
    );
    crate::dom::text(&open, "Open full explorer");
    for event in ["click", "focus", "mouseenter"] {
        crate::dom::listen(&open, event, |ev| {
            if let Some(a) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
                a.set_href(&full_explorer_url());
            }
        });
    }
    crate::dom::append(&bar, &open);
    if fullscreen_enabled() {
        let b = crate::dom::el_attrs("button", "embed-fullscreen", &[("type", "button"), ("aria-pressed", "false")]);
        crate::dom::text(&b, "Fullscreen");
        crate::dom::listen(&b, "click", |_| toggle_fullscreen());
        let pressed = b.clone();
        crate::dom::listen(doc, "fullscreenchange", move |_| {
            let full = web_sys::window().and_then(|w| w.document()).and_then(|d| d.fullscreen_element()).is_some();
            crate::dom::attr(&pressed, "aria-pressed", if full { "true" } else { "false" });
        });
        crate::dom::append(&bar, &b);
    }
    if let Some(body) = doc.body() {
        crate::dom::append(&body, &bar);
    }
}
