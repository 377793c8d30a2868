//! Writes a publishable site: the prebuilt explorer app plus the corpus data
//! beside it. The app is the same for every corpus; only `data/` and one
//! `<link>` in `index.html` change, so publishing new articles needs no Rust
//! toolchain and no recompilation.
//!
//! The data is a head file and, for a large corpus, body shards and a
//! lexicon beside it (see `dossier_model::bundle`), each named by a hash of
//! its content, so hosts may cache them forever. The `<link rel=preload>`
//! both tells the app which head to fetch and lets the browser fetch it in
//! parallel with the Wasm; the head names the other files.

pub mod single_file;

use dossier_model::bundle::{encode_part, Part};
use dossier_model::Corpus;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The folder, inside the site, that holds the corpus data files.
pub const DATA_DIR: &str = "data";
/// The attribute that marks the corpus `<link>` in `index.html`; the app
/// reads its `href` (see `src/data.rs`).
pub const LINK_MARK: &str = "data-dossier-corpus";

/// What [`write`] produced, for the command line to print.
#[derive(Debug)]
pub struct Written {
    /// The head file, relative to the site root (`data/corpus.<hash>.bin`).
    pub data: String,
    /// The size of all data files, in bytes.
    pub bytes: usize,
    /// How many data files, the head included.
    pub files: usize,
}

/// Copies the app from `app` into `out` (unless they are the same folder),
/// writes the corpus data and links it from `out/index.html`. Older data
/// files in `out/data/` are removed, so a rebuilt site holds one corpus.
pub fn write(corpus: Corpus, app: &Path, out: &Path) -> Result<Written, String> {
    let index = app.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| {
        format!("{}: {e} (the app folder must hold the explorer built by `trunk build`)", index.display())
    })?;
    if !same_dir(app, out) {
        copy_app(app, out)?;
    }
    let data_dir = out.join(DATA_DIR);
    let _ = std::fs::remove_dir_all(&data_dir);
    std::fs::create_dir_all(&data_dir).map_err(|e| format!("{}: {e}", data_dir.display()))?;
    let (mut head, parts) = crate::bundle(corpus, false);
    let mut total = 0;
    let mut files = 0;
    let mut save = |kind: &str, bytes: Vec<u8>| -> Result<String, String> {
        let name = format!("{kind}.{:016x}.bin", fnv1a(&bytes));
        let path = data_dir.join(&name);
        std::fs::write(&path, &bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        total += bytes.len();
        files += 1;
        Ok(name)
    };
    // Each part is dropped once written, so the head is encoded without them.
    if !parts.bodies.is_empty() {
        for shard in parts.lexicon {
            head.lexicon.push(Part::File(save("lexicon", encode_part(&shard))?));
        }
        for shard in parts.bodies {
            head.bodies.push(Part::File(save("body", encode_part(&shard))?));
        }
        for texts in parts.summaries {
            head.summaries.push(Part::File(save("text", encode_part(&texts))?));
        }
        for texts in parts.quotes {
            head.quotes.push(Part::File(save("text", encode_part(&texts))?));
        }
    }
    let data = format!("{DATA_DIR}/{}", save("corpus", encode_part(&head))?);
    let linked = link_corpus(&html, &data);
    let index_out = out.join("index.html");
    std::fs::write(&index_out, linked).map_err(|e| format!("{}: {e}", index_out.display()))?;
    Ok(Written { data, bytes: total, files })
}

/// Writes the whole site as the one HTML file `out` (see [`single_file`]);
/// returns its size in bytes.
pub fn write_single_file(corpus: Corpus, app: &Path, out: &Path) -> Result<usize, String> {
    let bytes = crate::encode_bundle(corpus);
    let html = single_file::render(app, &bytes)?;
    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(out, &html).map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(html.len())
}

/// `index.html` with exactly one corpus link, pointing at `data`: any earlier
/// one is dropped, and the new one goes just before `</head>` (or `<body`,
/// as a minifier may drop the optional `</head>`). `as=fetch`
/// with `crossorigin` matches the app's `fetch()`, so the browser reuses the
/// preloaded bytes instead of fetching twice.
pub fn link_corpus(html: &str, data: &str) -> String {
    let mut kept = String::with_capacity(html.len() + 128);
    let mut rest = html;
    while let Some(start) = rest.find("<link") {
        let end = rest[start..].find('>').map_or(rest.len(), |e| start + e + 1);
        kept.push_str(&rest[..start]);
        let tag = &rest[start..end];
        if !tag.contains(LINK_MARK) {
            kept.push_str(tag);
        }
        rest = &rest[end..];
    }
    kept.push_str(rest);
    let mut link = String::new();
    let _ = write!(link, r#"<link rel="preload" as="fetch" crossorigin href="{data}" {LINK_MARK}>"#);
    match kept.find("</head>").or_else(|| kept.find("<body")) {
        Some(at) => kept.insert_str(at, &link),
        None => kept.push_str(&link),
    }
    kept
}

/// Copies every file of the app except its data folder, creating folders.
fn copy_app(app: &Path, out: &Path) -> Result<(), String> {
    let mut stack: Vec<PathBuf> = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let from = app.join(&rel);
        let to = out.join(&rel);
        std::fs::create_dir_all(&to).map_err(|e| format!("{}: {e}", to.display()))?;
        let entries = std::fs::read_dir(&from).map_err(|e| format!("{}: {e}", from.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("{}: {e}", from.display()))?;
            let name = entry.file_name();
            let child = rel.join(&name);
            if rel.as_os_str().is_empty() && name == DATA_DIR {
                continue;
            }
            let kind = entry.file_type().map_err(|e| format!("{}: {e}", entry.path().display()))?;
            if kind.is_dir() {
                stack.push(child);
            } else {
                let target = out.join(&child);
                std::fs::copy(entry.path(), &target).map_err(|e| format!("{}: {e}", target.display()))?;
            }
        }
    }
    Ok(())
}

fn same_dir(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// FNV-1a, 64 bits: a stable content hash for cache-busting file names (not
/// for security; a collision only means a stale cache).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_link_before_head_end_replacing_an_old_one() {
        let html = r#"<html><head><link rel="icon" href="a.svg"><link rel="preload" as="fetch" crossorigin href="data/corpus.1.bin" data-dossier-corpus></head><body></body></html>"#;
        let out = link_corpus(html, "data/corpus.2.bin");
        assert_eq!(out.matches(LINK_MARK).count(), 1);
        assert!(!out.contains("corpus.1.bin"));
        assert!(out.contains(r#"<link rel="icon" href="a.svg">"#));
        let link = out.find("corpus.2.bin").unwrap();
        assert!(link < out.find("</head>").unwrap());
        assert!(out.ends_with("</head><body></body></html>"));
    }

    #[test]
    fn without_head_end_the_link_goes_before_body_and_never_before_doctype() {
        let out = link_corpus("<!doctype html><title>x</title><body>", "data/c.bin");
        assert!(out.starts_with("<!doctype html><title>x</title><link"));
        assert!(out.ends_with("data-dossier-corpus><body>"));
        let bare = link_corpus("<!doctype html>", "data/c.bin");
        assert!(bare.starts_with("<!doctype html><link"));
    }

    #[test]
    fn hash_names_change_with_content() {
        assert_ne!(fnv1a(b"a"), fnv1a(b"b"));
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
    }

    #[test]
    fn writes_a_site_from_an_app_folder() {
        let root = std::env::temp_dir().join(format!("dossier-site-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let app = root.join("app");
        std::fs::create_dir_all(app.join("data")).unwrap();
        std::fs::create_dir_all(app.join("assets")).unwrap();
        std::fs::write(app.join("index.html"), "<html><head></head><body></body></html>").unwrap();
        std::fs::write(app.join("app.wasm"), b"\0asm").unwrap();
        std::fs::write(app.join("assets/icon.svg"), "<svg/>").unwrap();
        std::fs::write(app.join("data/corpus.old.bin"), b"old").unwrap();
        let out = root.join("site");
        let written = write(Corpus::default(), &app, &out).unwrap();
        assert_eq!(std::fs::read(out.join("app.wasm")).unwrap(), b"\0asm");
        assert!(out.join("assets/icon.svg").exists());
        assert!(!out.join("data/corpus.old.bin").exists());
        let bytes = std::fs::read(out.join(&written.data)).unwrap();
        assert_eq!(bytes.len(), written.bytes);
        assert_eq!(written.files, 1);
        let head: dossier_model::Head = dossier_model::bundle::decode_part(&bytes).unwrap();
        assert_eq!(head.corpus, Corpus::default());
        let html = std::fs::read_to_string(out.join("index.html")).unwrap();
        assert!(html.contains(&written.data));
        // Writing into the app folder itself keeps the app and swaps the data.
        let again = write(Corpus::default(), &out, &out).unwrap();
        assert_eq!(again.data, written.data);
        assert_eq!(std::fs::read_dir(out.join("data")).unwrap().count(), 1);
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn a_large_corpus_is_a_head_with_shards_that_put_it_back_together() {
        use dossier_model::{bundle::decode_part, Article, Body, Head, Lexicon, Section};
        let root = std::env::temp_dir().join(format!("dossier-shard-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let app = root.join("app");
        std::fs::create_dir_all(&app).unwrap();
        std::fs::write(app.join("index.html"), "<html><head></head><body></body></html>").unwrap();
        let paragraph = "Word after word, the text of a long article. ".repeat(25);
        let articles: Vec<Article> = (0..300)
            .map(|i| Article {
                id: format!("a{i}"),
                title: format!("Article {i}"),
                sections: vec![Section { heading: None, author: None, paragraphs: vec![paragraph.clone()] }],
                sentences: vec![dossier_model::Span::new(0, 46)],
                ..Default::default()
            })
            .collect();
        let corpus = Corpus { articles, ..Default::default() };
        let out = root.join("site");
        let written = write(corpus.clone(), &app, &out).unwrap();
        let head_bytes = std::fs::read(out.join(&written.data)).unwrap();
        let head: Head = decode_part(&head_bytes).unwrap();
        assert!(head.bodies.len() > 1, "{} shards", head.bodies.len());
        assert_eq!(
            written.files,
            head.bodies.len() + head.summaries.len() + head.quotes.len() + head.lexicon.len() + 1,
            "head, lexicon, shards"
        );
        assert!(head_bytes.len() * 10 < written.bytes, "the head holds no bodies");
        let read = |name: &str| std::fs::read(out.join(DATA_DIR).join(name)).unwrap();
        assert_eq!(head.lexicon.len(), head.lexicon_firsts.len());
        let [Part::File(lex)] = head.lexicon.as_slice() else { panic!("a small lexicon is one file") };
        let lexicon: Lexicon = decode_part(&read(lex)).unwrap();
        assert!(lexicon.words.iter().any(|w| w == "article"));
        for (ix, a) in corpus.articles.iter().enumerate() {
            let Part::File(name) = &head.bodies[head.shard_of(ix as u32)] else { panic!("shards are files") };
            let shard: Vec<Body> = decode_part(&read(name)).unwrap();
            let body = shard[ix % head.shard_size as usize].clone();
            assert_eq!(&body.into_article(&head.corpus.articles[ix]), a);
        }
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn an_app_folder_without_index_is_a_clear_error() {
        let err = write(Corpus::default(), Path::new("/nonexistent/app"), Path::new("/nonexistent/out")).unwrap_err();
        assert!(err.contains("index.html"), "{err}");
        assert!(err.contains("trunk build"), "{err}");
    }
}
