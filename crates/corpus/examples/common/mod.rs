//! Set-up shared by the benchmarks: command-line size and seed, and a
//! generated corpus written to a temporary folder (and ingested, for the
//! stages that come after ingestion).

#![allow(dead_code)]

use dossier_corpus::config::Config;
use dossier_corpus::{ingest, load, Corpus, Report};
use std::path::PathBuf;
use std::time::Duration;

/// Pins rayon to one thread: the pipeline runs on every core, and these
/// benchmarks print per-core figures.
pub fn one_core() {
    rayon::ThreadPoolBuilder::new().num_threads(1).build_global().expect("the first pool");
}

/// `[N [SEED]]` from the command line; 10,000 articles, seed 1 by default.
pub fn size_and_seed() -> (usize, u64) {
    let mut args = std::env::args().skip(1);
    let n = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let seed = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    (n, seed)
}

/// Writes `n` generated articles into a fresh temporary folder named for `bench`.
pub fn generated_dir(bench: &str, n: usize, seed: u64) -> std::io::Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("dossier-bench-{bench}-{n}-{seed}-{}", std::process::id()));
    dossier_corpus::generate::write(&dir, n, seed)?;
    Ok(dir)
}

/// A generated corpus, ingested (no actors or events yet); the folder is removed.
pub fn ingested(bench: &str, n: usize, seed: u64) -> std::io::Result<(Corpus, Report)> {
    let dir = generated_dir(bench, n, seed)?;
    let mut report = Report::default();
    let files = load::read_dir(&dir, &mut report)?;
    let mut corpus = Corpus::default();
    ingest::ingest_all(files, &Config::default(), &mut corpus, &mut report);
    std::fs::remove_dir_all(&dir)?;
    Ok((corpus, report))
}

/// Prints one throughput line: `label: N articles, X MB in T: A articles/s, B MB/s`.
pub fn print_throughput(label: &str, articles: usize, mb: f64, took: Duration) {
    let secs = took.as_secs_f64().max(1e-9);
    println!(
        "{label}: {articles} articles, {mb:.1} MB of text in {took:.2?}: {:.0} articles/s, {:.1} MB/s",
        articles as f64 / secs,
        mb / secs
    );
}
