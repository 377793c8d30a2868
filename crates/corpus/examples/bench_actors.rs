//! Actor extraction benchmark (not a test): generates the synthetic corpus
//! into a temporary folder, ingests it, then times `actors::extract` alone on
//! one core and prints MB/s of article text. Run with
//! `cargo run --release -p dossier-corpus --example bench_actors [-- N SEED]`.
//! The workspace release profile optimises for size (`opt-level = "z"`, for
//! the Wasm app); add `CARGO_PROFILE_RELEASE_OPT_LEVEL=3` to measure the
//! native CLI as it would be built for speed.

use dossier_corpus::actors::{self, overrides::ActorOverrides};
use std::time::Instant;

mod common;

fn main() -> std::io::Result<()> {
    common::one_core();
    let (n, seed) = common::size_and_seed();
    let (mut corpus, mut report) = common::ingested("actors", n, seed)?;
    let bytes: usize = corpus.articles.iter().map(|a| a.text().len()).sum();
    let mb = bytes as f64 / 1e6;

    // Warm the knowledge base (parsed and compiled once per process).
    let t = Instant::now();
    let _ = actors::gazetteer::find("Russia");
    let warm = t.elapsed();

    // Best of three runs: the figure least disturbed by other work on the machine.
    let mut runs = Vec::new();
    for _ in 0..3 {
        let t = Instant::now();
        actors::extract(&mut corpus, &ActorOverrides::default(), &mut report);
        runs.push(t.elapsed());
    }
    println!(
        "runs: {:?}",
        runs.iter().map(|d| format!("{:.1} MB/s", mb / d.as_secs_f64().max(1e-9))).collect::<Vec<_>>()
    );
    let took = runs.iter().min().copied().unwrap_or_default();
    let mentions: usize = corpus.actors.iter().map(|a| a.mentions.len()).sum();
    println!("knowledge base load + automaton build: {warm:.2?}");
    common::print_throughput("actors", corpus.articles.len(), mb, took);
    println!("found {} actors ({mentions} mentions) and {} places", corpus.actors.len(), corpus.places.len());
    for a in corpus.actors.iter().take(12) {
        println!("  {:<32} {:<12} {:>6} mentions", a.name, a.kind.as_str(), a.mentions.len());
    }
    Ok(())
}
