//! Scale benchmark (not a test): times the explorer logic behind one
//! keystroke of search and one actor toggle. Native timings; the Wasm build
//! runs the same code somewhat slower.
//!
//! `cargo run --release -p dossier-explore --example scale -- DIR`, where DIR
//! is a corpus folder (made with `dossier generate --articles 10000 DIR`;
//! built here natively, which takes a while at 100,000) or a site that
//! `dossier build` wrote (its head and lexicon shards are read, as the
//! browser does, and decoding the head and building the index are timed).

use dossier_explore::facets;
use dossier_explore::filter::{run, Searchable, TextScores};
use dossier_explore::search::Terms;
use dossier_explore::{Index, Query};
use dossier_model::bundle::{decode_part, Part};
use dossier_model::{Corpus, Lexicon};
use std::path::Path;
use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// A corpus built natively from a folder of articles, with its index and
/// its lexicon (one shard).
fn from_articles(dir: &Path) -> (Corpus, Index, Vec<Lexicon>) {
    let t = Instant::now();
    let corpus = dossier_corpus::build(dir).expect("corpus folder").corpus;
    let t_lex = Instant::now();
    // What `dossier_corpus::bundle` adds for the explorer.
    let lexicon = Lexicon::build(&corpus);
    println!("lexicon: {:?} for {} words", t_lex.elapsed(), lexicon.words.len());
    println!("build (native pipeline): {:?}", t.elapsed());
    let t = Instant::now();
    let ix = Index::whole(&corpus);
    println!("index: {:?}", t.elapsed());
    (corpus, ix, vec![lexicon])
}

/// A site's head, as the browser decodes it, with its index and every
/// lexicon shard (search reads the shards, as in the browser).
fn from_site(site: &Path) -> (Corpus, Index, Vec<Lexicon>) {
    let data = site.join("data");
    let read = |name: &str| std::fs::read(data.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let head_name = std::fs::read_dir(&data)
        .expect("a site's data folder")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| n.starts_with("corpus."))
        .expect("a head file, data/corpus.<hash>.bin");
    let bytes = read(&head_name);
    let t = Instant::now();
    let head: dossier_model::Head = decode_part(&bytes).expect("a head this build can read");
    println!("head: {:.1} MB decoded in {:?}", bytes.len() as f64 / 1e6, t.elapsed());
    let t = Instant::now();
    let ix = Index::new(&head.corpus, head.digest.clone());
    println!("index: {:?}", t.elapsed());
    let shards = head
        .lexicon
        .into_iter()
        .map(|part| match part {
            Part::Inline(l) => l,
            Part::File(name) => decode_part(&read(&name)).expect("a lexicon shard"),
        })
        .collect();
    (head.corpus, ix, shards)
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: scale DIR");
    let dir = Path::new(&dir);
    let site = dir.join("index.html").is_file();
    let (corpus, ix, shards) = if site { from_site(dir) } else { from_articles(dir) };
    // A site's head has no bodies: phrases match on their words, as in the browser.
    let source = Searchable {
        corpus: &corpus,
        index: &ix,
        lexicon: shards.iter().collect(),
        articles: (!site).then_some(corpus.articles.as_slice()),
    };
    println!(
        "{} articles, {} actors, {} events, {} quotes, {} words",
        corpus.articles.len(),
        corpus.actors.len(),
        corpus.events.len(),
        corpus.quotes.len(),
        shards.iter().map(|l| l.words.len()).sum::<usize>()
    );

    let word = "negotiations";
    // Per keystroke: scoring, filtering, facet counts.
    let mut stages: [Vec<Duration>; 3] = Default::default();
    let mut prev: Option<(Terms, TextScores)> = None;
    for n in 1..=word.len() {
        let q = Query { text: word[..n].to_string(), ..Query::default() };
        let t = Instant::now();
        let terms = Terms::parse(&q.text);
        let scores = TextScores::refine(&source, &terms, prev.as_ref().map(|(t, s)| (t, s)));
        let scored = t.elapsed();
        let r = run(&corpus, &ix, &q, scores.as_ref());
        let filtered = t.elapsed();
        let _ = facets::compute(&corpus, &ix, &q, scores.as_ref(), &r.articles);
        let counted = t.elapsed();
        for (stage, took) in stages.iter_mut().zip([scored, filtered - scored, counted - filtered]) {
            stage.push(took);
        }
        prev = scores.map(|s| (terms, s));
    }
    let [score, filter, count] = stages.map(median);
    println!(
        "search keystroke: median {:?} (score {score:?}, filter {filter:?}, facets {count:?})",
        score + filter + count
    );

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
