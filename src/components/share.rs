//! "Share / Embed": a button in the masthead and the dialog it opens, with
//! the link to the current view and the copy-paste embed code (iframe with
//! `title` and `loading="lazy"`, plus the auto-height script). The texts come
//! from `dossier_explore::embed::share_texts`, computed when the dialog opens.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Share(title: String) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    let link = RwSignal::new(String::new());
    let embed = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let open = move |_| {
        let loc = window().location();
        let page = format!("{}{}", loc.origin().unwrap_or_default(), loc.pathname().unwrap_or_default());
        let (l, e) = dossier_explore::embed::share_texts(&page, &loc.search().unwrap_or_default(), &title);
        link.set(l);
        embed.set(e);
        status.set(String::new());
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    view! {
        <button type="button" class="share" id="share" aria-haspopup="dialog" on:click=open>
            "Share / Embed"
        </button>
        <dialog class="share-dialog" id="share-dialog" aria-labelledby="share-title" node_ref=dialog>
            <div class="share-head">
                <h2 id="share-title">"Share or embed this view"</h2>
                <button type="button" class="close" aria-label="Close" on:click=close>
                    "×"
                </button>
            </div>
            <CopyField id="share-link" label="Link to this view" rows=2 copy_label="Copy link" value=link status />
            <CopyField
                id="share-embed"
                label="Embed code for your page"
                rows=5
                copy_label="Copy embed code"
                value=embed
                status
            />
            <p class="hint">
                "The frame keeps this view's filters. The script sizes it to its content; without it the frame is 600 px tall."
            </p>
            <p class="share-status" id="share-status" role="status">{move || status.get()}</p>
        </dialog>
    }
}

/// A labelled read-only text box with its copy button.
#[component]
fn CopyField(
    id: &'static str,
    label: &'static str,
    rows: u32,
    copy_label: &'static str,
    value: RwSignal<String>,
    status: RwSignal<String>,
) -> impl IntoView {
    let area = NodeRef::<html::Textarea>::new();
    let copy = move |_| {
        if let Some(area) = area.get() {
            copy_from(&area, status);
        }
    };
    view! {
        <label for=id>{label}</label>
        <textarea id=id readonly rows=rows spellcheck="false" node_ref=area prop:value=move || value.get()></textarea>
        <button type="button" class="copy" on:click=copy>
            {copy_label}
        </button>
    }
}

/// Selects the text (so Ctrl+C always works) and writes it to the clipboard
/// where the browser allows (it is missing outside secure contexts); the
/// status line says which happened.
fn copy_from(area: &web_sys::HtmlTextAreaElement, status: RwSignal<String>) {
    const SELECTED: &str = "Selected: press Ctrl+C to copy.";
    area.select();
    let clipboard = js_sys::Reflect::get(&window().navigator(), &"clipboard".into())
        .ok()
        .filter(|c| !c.is_undefined())
        .map(|c| c.unchecked_into::<web_sys::Clipboard>());
    let Some(clipboard) = clipboard else {
        status.set(SELECTED.into());
        return;
    };
    let written = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&area.value()));
    leptos::task::spawn_local(async move {
        status.set(if written.await.is_ok() { "Copied to the clipboard.".into() } else { SELECTED.into() });
    });
}
