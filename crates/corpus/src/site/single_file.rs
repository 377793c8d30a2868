//! `dossier build --single-file`: the whole site as one HTML file that opens
//! from disk (`file://`) and can be sent by email. Browsers refuse `fetch()`
//! and module imports from `file://`, so nothing may be a separate file: the
//! CSS goes into `<style>`, the JS glue and the Wasm into one inline module
//! script, and the corpus into the `href` of the corpus link as a `data:` URL
//! (which `fetch()` accepts from any page, so `src/data.rs` is unchanged).
//!
//! The price: inline script and style cannot run under the strict CSP, so the
//! file carries none (the README says so).

use base64::Engine as _;
use dom_query::Document;
use std::path::Path;

/// The single HTML file for `corpus_bytes` (an encoded bundle), from the
/// prebuilt app in `app`.
pub fn render(app: &Path, corpus_bytes: &[u8]) -> Result<String, String> {
    let read = |rel: &str| -> Result<Vec<u8>, String> {
        let path = app.join(rel.trim_start_matches("./"));
        std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let index = String::from_utf8_lossy(&read("index.html")?).into_owned();
    let doc = Document::from(index.as_str());
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);

    let boot = doc.select("script[data-dossier-js]");
    let (Some(js), Some(wasm)) = (boot.attr("data-dossier-js"), boot.attr("data-dossier-wasm")) else {
        return Err(format!("{}: no Dossier boot script (is this a Dossier app?)", app.join("index.html").display()));
    };
    let glue = String::from_utf8_lossy(&read(&js)?).into_owned();
    let init = default_export(&glue).ok_or_else(|| format!("{js}: no default export in the JS glue"))?;
    let glue = glue.replace(&format!("{init} as default"), init);
    let script = format!(
        "<script type=\"module\">{}\nconst bytes = Uint8Array.from(atob(\"{}\"), (c) => c.charCodeAt(0));\nawait {init}({{ module_or_path: bytes }});\n</script>",
        raw_text(&glue, "script"),
        b64(&read(&wasm)?),
    );
    boot.replace_with_html(script);

    for link in doc.select("link[rel=stylesheet]").iter() {
        let href = link.attr("href").unwrap_or_default();
        let css = String::from_utf8_lossy(&read(&href)?).into_owned();
        link.replace_with_html(format!("<style>{}</style>", raw_text(&css, "style")));
    }
    for link in doc.select("link[rel=icon]").iter() {
        let href = link.attr("href").unwrap_or_default();
        let mime = if href.ends_with(".svg") { "image/svg+xml" } else { "image/png" };
        link.set_attr("href", &format!("data:{mime};base64,{}", b64(&read(&href)?)));
        link.remove_attr("integrity");
    }
    // Preloads of files that are now inline, and any old corpus link.
    doc.select("link[rel=modulepreload], link[rel=preload], link[data-dossier-corpus]").remove();
    doc.select("head").append_html(format!(
        "<link data-dossier-corpus href=\"data:application/octet-stream;base64,{}\">",
        b64(corpus_bytes)
    ));
    Ok(doc.html().to_string())
}

/// The local name the wasm-bindgen glue exports as `default` (its init).
fn default_export(glue: &str) -> Option<&str> {
    let at = glue.rfind(" as default")?;
    let start = glue[..at].rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))? + 1;
    Some(&glue[start..at]).filter(|name| !name.is_empty())
}

/// Text safe inside `<script>` or `<style>`: the only sequence that could end
/// the element early is `</tag`, written here with an escaped slash, which
/// means the same in JS strings and regexes and cannot occur in valid CSS.
fn raw_text(text: &str, tag: &str) -> String {
    text.replace(&format!("</{tag}"), &format!("<\\/{tag}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_default_export() {
        assert_eq!(default_export("export { initSync, __wbg_init as default };"), Some("__wbg_init"));
        assert_eq!(default_export("export default function() {}"), None);
    }

    #[test]
    fn inlines_everything() {
        let root = std::env::temp_dir().join(format!("dossier-single-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).unwrap();
        std::fs::write(
            root.join("index.html"),
            "<!doctype html><html lang=en><head><title>D</title>\
             <script data-dossier-js=./app.js data-dossier-wasm=./app_bg.wasm src=./boot.js type=module></script>\
             <link href=./i.svg integrity=x rel=icon><link href=./m.css rel=stylesheet>\
             <link href=./app.js rel=modulepreload><link rel=preload href=data/c.bin data-dossier-corpus>\
             </head><body></body></html>",
        )
        .unwrap();
        std::fs::write(root.join("app.js"), "let s = '</script>';\nexport { initSync, start as default };").unwrap();
        std::fs::write(root.join("app_bg.wasm"), b"\0asm").unwrap();
        std::fs::write(root.join("m.css"), "body{color:red}").unwrap();
        std::fs::write(root.join("i.svg"), "<svg/>").unwrap();
        let html = render(&root, b"corpus").unwrap();
        let _ = std::fs::remove_dir_all(&root);
        assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
        assert!(html.contains("<style>body{color:red}</style>"));
        assert!(html.contains("let s = '<\\/script>';"));
        assert!(html.contains("export { initSync, start };"));
        assert!(html.contains("await start({ module_or_path: bytes });"));
        assert!(html.contains("AGFzbQ==")); // "\0asm"
        assert!(html.contains("href=\"data:application/octet-stream;base64,Y29ycHVz\""));
        assert!(html.contains("data:image/svg+xml;base64,PHN2Zy8+"));
        for gone in ["boot.js", "m.css", "modulepreload", "data/c.bin", "integrity"] {
            assert!(!html.contains(gone), "{gone} in {html}");
        }
        assert_eq!(html.matches("data-dossier-corpus").count(), 1);
    }
}
