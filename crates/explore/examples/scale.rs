//! Scale benchmark (not a test): builds a corpus folder natively, then times
//! the explorer logic behind one keystroke of search and one actor toggle.
//! Native timings; the Wasm build runs the same code somewhat slower.
//!
//! `cargo run --release -p dossier-explore --example scale -- DIR`
//! (make DIR with `dossier generate --articles 10000 DIR`).

use dossier_explore::facets;
use dossier_explore::filter::{run, Searchable, TextScores};
use dossier_explore::search::Terms;
use dossier_explore::{Index, Query};
use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: scale DIR");
    let t = Instant::now();
    let mut corpus = dossier_corpus::build(std::path::Path::new(&dir)).expect("corpus folder").corpus;
    let t_lex = Instant::now();
    // What `dossier_corpus::bundle` adds for the explorer.
    corpus.lexicon = dossier_model::Lexicon::build(&corpus);
    println!("lexicon: {:?} for {} words", t_lex.elapsed(), corpus.lexicon.words.len());
    println!(
        "build (native pipeline): {:?} for {} articles, {} actors, {} events",
        t.elapsed(),
        corpus.articles.len(),
        corpus.actors.len(),
        corpus.events.len()
    );
    let t = Instant::now();
    let ix = Index::whole(&corpus);
    println!("index: {:?}", t.elapsed());

    let word = "negotiations";
    let mut search = Vec::new();
    let mut prev: Option<(Terms, TextScores)> = None;
    for n in 1..=word.len() {
        let q = Query { text: word[..n].to_string(), ..Query::default() };
        let t = Instant::now();
        let terms = Terms::parse(&q.text);
        let scores = TextScores::refine(Searchable::whole(&corpus, &ix), &terms, prev.as_ref().map(|(t, s)| (t, s)));
        let r = run(&corpus, &ix, &q, scores.as_ref());
        let _ = facets::compute(&corpus, &ix, &q, scores.as_ref(), &r.articles);
        search.push(t.elapsed());
        prev = scores.map(|s| (terms, s));
    }
    println!("search keystroke (score + filter + facets): median {:?}", median(search));

    let mut toggle = Vec::new();
    for a in 0..corpus.actors.len().min(20) as u32 {
        let q = Query { actors: vec![a], ..Query::default() };
        let t = Instant::now();
        let r = run(&corpus, &ix, &q, None);
        let _ = facets::compute(&corpus, &ix, &q, None, &r.articles);
        toggle.push(t.elapsed());
    }
    if !toggle.is_empty() {
        println!("actor toggle (filter + facets): median {:?}", median(toggle));
    }
}
