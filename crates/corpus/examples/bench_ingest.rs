//! Ingestion benchmark (not a test): generates a synthetic corpus into a
//! temporary folder, then times reading + decoding, and parsing alone, on
//! one core; then the whole pipeline on the same files, files to bundle
//! (`build` + `encode_bundle`: load, ingest, actors, events, lexicon and
//! encoding), also on one core. Run with
//! `cargo run --release -p dossier-corpus --example bench_ingest [-- N SEED]`.

use dossier_corpus::config::Config;
use dossier_corpus::{ingest, load, Corpus, Report};
use std::time::Instant;

mod common;

fn main() -> std::io::Result<()> {
    common::one_core();
    let (n, seed) = common::size_and_seed();
    let t = Instant::now();
    let dir = common::generated_dir("ingest", n, seed)?;
    println!("generated {n} articles in {:.2?} into {}", t.elapsed(), dir.display());

    let t = Instant::now();
    let mut report = Report::default();
    let files = load::read_dir(&dir, &mut report)?;
    let read = t.elapsed();
    let bytes: usize = files.iter().map(|f| f.text.len()).sum();

    let t = Instant::now();
    let mut corpus = Corpus::default();
    ingest::ingest_all(files, &Config::default(), &mut corpus, &mut report);
    let parse = t.elapsed();

    let mb = bytes as f64 / 1e6;
    println!("read + decode: {:.2?} ({:.1} MB/s)", read, mb / read.as_secs_f64().max(1e-9));
    common::print_throughput("parse", corpus.articles.len(), mb, parse);
    let total = (read + parse).as_secs_f64().max(1e-9);
    println!("read + parse: {:.0} articles/s, {:.1} MB/s", n as f64 / total, mb / total);
    if report.has_errors() {
        eprintln!("{report}");
    }

    // The whole pipeline, files to bundle, on the same files and one core.
    let t = Instant::now();
    let build = dossier_corpus::build(&dir)?;
    let counts =
        (build.corpus.articles.len(), build.corpus.actors.len(), build.corpus.events.len(), build.corpus.quotes.len());
    let bundle = dossier_corpus::encode_bundle(build.corpus);
    let whole = t.elapsed();
    common::print_throughput("whole pipeline (build + encode_bundle)", counts.0, mb, whole);
    for (stage, took) in &build.timings {
        println!("  {stage}: {took:.2?}");
    }
    println!(
        "  {} actors, {} events, {} quotes; bundle {:.1} MB",
        counts.1,
        counts.2,
        counts.3,
        bundle.len() as f64 / 1e6
    );
    std::fs::remove_dir_all(&dir)
}
