//! Loads the corpus head from the data file that `dossier build` writes beside
//! the app. The app itself holds no articles, so one build serves every
//! corpus: `index.html` names the (content-hashed) head in a preload `<link>`,
//! which the browser starts fetching in parallel with the Wasm. The head
//! names the other data files, fetched later by [`crate::store`].

use dossier_model::bundle::decode_part;
use dossier_model::Head;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The `<link>` that `dossier_corpus::site` writes into `index.html`.
const LINK: &str = "link[data-dossier-corpus]";

/// A decoded head, and the folder its part files are in.
pub struct Loaded {
    pub head: Head,
    /// The head's URL up to its last `/`: part names are relative to it.
    pub base: String,
}

/// Fetches and decodes the head. The error says what a site owner should
/// do, since it is shown in the page instead of a blank screen.
pub async fn load() -> Result<Loaded, String> {
    let document = leptos::prelude::document();
    let href = document
        .query_selector(LINK)
        .ok()
        .flatten()
        .and_then(|link| link.get_attribute("href"))
        .ok_or("This page names no corpus data file. Build the site with `dossier build`.")?;
    let bytes = fetch(&href).await.map_err(|why| format!("Could not fetch the corpus data ({href}): {why}."))?;
    mark("dossier:data-fetched");
    let head = decode_part(&bytes).map_err(|e| format!("The corpus data ({href}) cannot be read: {e}."))?;
    mark("dossier:data-decoded");
    // A `data:` URL (the single-file site) has every part inline.
    let base = if href.starts_with("data:") {
        String::new()
    } else {
        href[..href.rfind('/').map_or(0, |i| i + 1)].to_string()
    };
    Ok(Loaded { head, base })
}

/// A `performance.mark`, so the benchmark can time each start-up stage.
pub fn mark(name: &str) {
    if let Some(p) = leptos::prelude::window().performance() {
        let _ = p.mark(name);
    }
}

/// GETs `href` (relative to the page, so the site works under any sub-path
/// and in an iframe) with the same mode as the preload, and returns its body.
pub async fn fetch(href: &str) -> Result<Vec<u8>, String> {
    let init = web_sys::RequestInit::new();
    init.set_mode(web_sys::RequestMode::Cors);
    let promise = leptos::prelude::window().fetch_with_str_and_init(href, &init);
    let response: web_sys::Response = JsFuture::from(promise)
        .await
        .map_err(|_| "the network request failed".to_string())?
        .dyn_into()
        .map_err(|_| "no response".to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let buffer = response.array_buffer().map_err(|_| "the response has no body".to_string())?;
    let buffer = JsFuture::from(buffer).await.map_err(|_| "the download broke off".to_string())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
