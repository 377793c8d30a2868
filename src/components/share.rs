//! "Share / Embed": a dialog with the link to the current view and the
//! copy-paste embed code (iframe with `title` and `loading="lazy"`, plus the
//! auto-height script). Plain DOM like the masthead; built on first use.
//! The texts come from `dossier_explore::embed::share_texts`.

use crate::dom;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const DIALOG: &str = "share-dialog";

/// The masthead button that opens the dialog.
pub fn button(tools: &web_sys::Element) {
    let b = dom::el("button", "share");
    dom::attr(&b, "type", "button");
    dom::attr(&b, "id", "share");
    dom::attr(&b, "aria-haspopup", "dialog");
    dom::text(&b, "Share / Embed");
    dom::append(tools, &b);
}

/// Fills the dialog for the current URL and shows it.
pub fn open(title: &str) {
    let Some(window) = web_sys::window() else { return };
    let loc = window.location();
    let page = format!("{}{}", loc.origin().unwrap_or_default(), loc.pathname().unwrap_or_default());
    let (link, snippet) = dossier_explore::embed::share_texts(&page, &loc.search().unwrap_or_default(), title);
    let dialog = dom::by_id(DIALOG).unwrap_or_else(build);
    set_area("share-link", &link);
    set_area("share-embed", &snippet);
    dom::set_text("share-status", "");
    if let Ok(d) = dialog.dyn_into::<web_sys::HtmlDialogElement>() {
        let _ = d.show_modal();
    }
}

fn build() -> web_sys::Element {
    let d = dom::el("dialog", "share-dialog");
    dom::attr(&d, "id", DIALOG);
    dom::attr(&d, "aria-labelledby", "share-title");
    let head = dom::el("div", "share-head");
    let h = dom::el("h2", "");
    dom::attr(&h, "id", "share-title");
    dom::text(&h, "Share or embed this view");
    dom::append(&head, &h);
    let close = dom::el("button", "close");
    dom::attr(&close, "type", "button");
    dom::attr(&close, "aria-label", "Close");
    dom::text(&close, "×");
    dom::append(&head, &close);
    dom::append(&d, &head);
    field(&d, "share-link", "Link to this view", 2, "Copy link");
    field(&d, "share-embed", "Embed code for your page", 5, "Copy embed code");
    let hint = dom::el("p", "hint");
    dom::text(
        &hint,
        "The frame keeps this view's filters. The script sizes it to its content; without it the frame is 600 px tall.",
    );
    dom::append(&d, &hint);
    let status = dom::el("p", "share-status");
    dom::attr(&status, "id", "share-status");
    dom::attr(&status, "role", "status");
    dom::append(&d, &status);
    dom::listen(&d, "click", |ev| {
        if let Some(b) = dom::closest(ev.target(), "button[data-copy]") {
            copy(&b.get_attribute("data-copy").unwrap_or_default());
        } else if dom::closest(ev.target(), "button.close").is_some() {
            if let Some(d) = dom::by_id(DIALOG).and_then(|d| d.dyn_into::<web_sys::HtmlDialogElement>().ok()) {
                d.close();
            }
        }
    });
    if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|doc| doc.body()) {
        dom::append(&body, &d);
    }
    d.into()
}

fn set_area(id: &str, value: &str) {
    if let Some(t) = dom::by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
        t.set_value(value);
    }
}

/// A labelled read-only text box with its copy button.
fn field(d: &web_sys::Element, id: &str, label: &str, rows: u32, copy_label: &str) {
    let l = dom::el("label", "");
    dom::attr(&l, "for", id);
    dom::text(&l, label);
    dom::append(d, &l);
    let t = dom::el("textarea", "");
    for (k, v) in [("id", id), ("readonly", ""), ("rows", &rows.to_string()), ("spellcheck", "false")] {
        dom::attr(&t, k, v);
    }
    dom::append(d, &t);
    let b = dom::el("button", "copy");
    dom::attr(&b, "type", "button");
    dom::attr(&b, "data-copy", id);
    dom::text(&b, copy_label);
    dom::append(d, &b);
}

/// Selects the text (so Ctrl+C always works) and writes it to the clipboard
/// where the browser allows; the status line says which happened.
fn copy(id: &str) {
    let Some(area) = dom::by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) else { return };
    area.select();
    let text = area.value();
    let clipboard = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined());
    let write = clipboard.as_ref().and_then(|c| js_sys::Reflect::get(c, &"writeText".into()).ok());
    let promise = match (clipboard, write.and_then(|f| f.dyn_into::<js_sys::Function>().ok())) {
        (Some(c), Some(f)) => f.call1(&c, &text.into()).ok().and_then(|p| p.dyn_into::<js_sys::Promise>().ok()),
        _ => None,
    };
    let Some(promise) = promise else {
        dom::set_text("share-status", "Selected: press Ctrl+C to copy.");
        return;
    };
    let done = Closure::new(|_: JsValue| dom::set_text("share-status", "Copied to the clipboard."));
    let failed = Closure::new(|_: JsValue| dom::set_text("share-status", "Selected: press Ctrl+C to copy."));
    let _ = promise.then2(&done, &failed);
    // Called at most once each; a copy is a rare user action.
    done.forget();
    failed.forget();
}
