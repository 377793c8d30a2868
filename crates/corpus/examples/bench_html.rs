//! Saved-web-page benchmark (not a test): the 88 development pages of
//! `../shared/corpora/aeb-dev/html/*.html.gz`, timed on one core (rayon
//! limited to one thread), best of 3 runs each:
//! (a) HTML ingestion alone: `load::decode_html` + `ingest::ingest` per page;
//! (b) the whole pipeline from files to bundle: the pages written un-gzipped
//!     to a temporary folder, then `build` + `encode_bundle`.
//!
//! Throughput counts the un-gzipped HTML bytes. Run with
//! `cargo run --release -p dossier-corpus --example bench_html [-- DIR]`
//! (DIR defaults to the development pages beside the checkout).

mod common;

use dossier_corpus::{ingest, load};
use std::io::Read;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const RUNS: usize = 3;

fn main() -> std::io::Result<()> {
    common::one_core();
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/aeb-dev/html"));
    let pages = read_pages(&dir)?;
    if pages.is_empty() {
        println!("no *.html.gz pages in {}; HTML benchmark skipped", dir.display());
        return Ok(());
    }
    let n = pages.len();
    let bytes: usize = pages.iter().map(|(_, html)| html.len()).sum();
    let mb = bytes as f64 / 1e6;
    let shown = dir.canonicalize().unwrap_or(dir);
    println!("{n} pages, {mb:.1} MB of HTML (un-gzipped) from {}", shown.display());

    // (a) Decoding and ingestion of each page, nothing else.
    let mut articles = 0;
    let ingest_time = best_of(|| {
        articles = 0;
        for (name, html) in &pages {
            let Ok(d) = load::decode_html(html) else { continue };
            let file = load::SourceFile { name: name.clone(), text: d.text, warnings: d.warnings };
            if let Ok(done) = ingest::ingest(&file) {
                articles += 1;
                std::hint::black_box(done);
            }
        }
    });
    print_line("HTML ingestion (decode_html + ingest)", n, mb, ingest_time);
    println!("  {articles} of {n} pages gave an article");

    // (b) The whole pipeline, files to bundle.
    let tmp = std::env::temp_dir().join(format!("dossier-bench-html-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp)?;
    for (name, html) in &pages {
        std::fs::write(tmp.join(name), html)?;
    }
    let mut summary = (0, 0, 0, 0);
    let mut error = None;
    let pipeline_time = best_of(|| match dossier_corpus::build(&tmp) {
        Ok(b) => {
            let c = &b.corpus;
            let counts = (c.articles.len(), c.actors.len(), c.events.len());
            let bundle = dossier_corpus::encode_bundle(b.corpus);
            summary = (counts.0, counts.1, counts.2, bundle.len());
        }
        Err(e) => error = Some(e),
    });
    std::fs::remove_dir_all(&tmp)?;
    if let Some(e) = error {
        return Err(e);
    }
    print_line("whole pipeline (build + encode_bundle)", n, mb, pipeline_time);
    let (articles, actors, events, bundle) = summary;
    println!("  {articles} articles, {actors} actors, {events} events; bundle {:.1} KB", bundle as f64 / 1e3);
    Ok(())
}

/// `(file name, un-gzipped bytes)` of every `*.html.gz` in `dir`, sorted by name.
fn read_pages(dir: &std::path::Path) -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Ok(Vec::new()) };
    let mut pages = Vec::new();
    for entry in entries {
        let path = entry?.path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let Some(stem) = name.strip_suffix(".gz") else { continue };
        if !stem.ends_with(".html") {
            continue;
        }
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&path)?).read_to_end(&mut html)?;
        pages.push((stem.to_string(), html));
    }
    pages.sort();
    Ok(pages)
}

/// The shortest of [`RUNS`] timed runs of `f`.
fn best_of(mut f: impl FnMut()) -> Duration {
    (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn print_line(label: &str, pages: usize, mb: f64, took: Duration) {
    let secs = took.as_secs_f64().max(1e-9);
    println!("{label}: best of {RUNS}: {took:.2?}: {:.1} pages/s, {:.2} MB/s", pages as f64 / secs, mb / secs);
}
