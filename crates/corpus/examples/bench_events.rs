//! Time and event extraction benchmark (not a test): generates the synthetic
//! corpus into a temporary folder, ingests it and extracts actors, then times
//! `events::extract` alone (temporal scanning, event mentions, merging and
//! quotes) on one core and prints articles/s and MB/s of article text. Run with
//! `cargo run --release -p dossier-corpus --example bench_events [-- N SEED]`.

use dossier_corpus::actors::{self, overrides::ActorOverrides};
use dossier_corpus::{events, text};
use std::time::Instant;

mod common;

fn main() -> std::io::Result<()> {
    common::one_core();
    let (n, seed) = common::size_and_seed();
    let (mut corpus, mut report) = common::ingested("events", n, seed)?;
    actors::extract(&mut corpus, &ActorOverrides::default(), &mut report);
    let bytes: usize = corpus.articles.iter().map(|a| a.text().len()).sum();
    let mb = bytes as f64 / 1e6;

    // Temporal expressions alone: fold each text and scan every sentence.
    let t = Instant::now();
    let (mut toks, mut found) = (Vec::new(), Vec::new());
    for a in &corpus.articles {
        let folded = text::fold_for_matching(&a.text());
        for s in &a.sentences {
            events::temporal::scan(&folded, s.start as usize, s.end as usize, &mut toks, &mut found);
        }
    }
    let secs = t.elapsed().as_secs_f64().max(1e-9);
    println!(
        "temporal: {} phrases in {:.2}s: {:.0} articles/s, {:.1} MB/s",
        found.len(),
        secs,
        corpus.articles.len() as f64 / secs,
        mb / secs
    );

    // The whole step: temporal, event mentions, merging and quotes.
    let t = Instant::now();
    events::extract(&mut corpus, &mut report);
    let took = t.elapsed();
    let mentions: usize = corpus.events.iter().map(|e| e.mentions.len()).sum();
    let multi = corpus.events.iter().filter(|e| e.mentions.len() > 1).count();
    common::print_throughput("events (temporal, mentions, merging, quotes)", corpus.articles.len(), mb, took);
    println!(
        "found {} events from {mentions} mentions ({multi} with several sources) and {} quotes",
        corpus.events.len(),
        corpus.quotes.len()
    );
    for e in corpus.events.iter().filter(|e| e.mentions.len() > 1).take(8) {
        println!("  {:<12} {:<7} {:>4} sources  {}", e.date.iso(), e.precision.as_str(), e.mentions.len(), e.summary);
    }
    Ok(())
}
