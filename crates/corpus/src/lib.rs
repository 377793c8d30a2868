//! Build-time corpus pipeline: a folder of articles in, a [`Corpus`] and a
//! [`Report`] out. Everything heavy (parsing, extraction) lives here so the
//! Wasm app only decodes.
//!
//! Stages, in order (see `build`):
//! 1. [`config`] reads the optional `dossier.toml`;
//! 2. [`load`] lists the folder and decodes each file's bytes to text;
//! 3. [`ingest`] turns each text into an [`Article`] (header, furniture, sections);
//! 4. [`actors`] finds and resolves actors and places;
//! 5. [`events`] resolves dated phrases into events and extracts quotes;
//! 6. [`bundle`] cuts the corpus into the head and parts the app fetches
//!    ([`site`] writes them);
//!    [`export`] writes the documented JSON and other formats.

pub mod actors;
pub mod config;
pub mod events;
pub mod export;
pub mod generate;
pub mod ingest;
pub mod load;
pub mod report;
pub mod site;
pub mod text;

use std::path::Path;

pub use dossier_model::bundle::Parts;
pub use dossier_model::{Article, Body, Corpus, Head, Lexicon};
pub use report::{Diagnostic, FileOutcome, Report, Severity};

/// The result of building a corpus folder: the corpus and what happened to every file.
#[derive(Debug)]
pub struct Build {
    pub corpus: Corpus,
    pub report: Report,
    /// Wall time of each stage, in order, for `dossier build` to print.
    pub timings: Vec<(&'static str, std::time::Duration)>,
}

/// Reads every file in `dir` and builds the corpus. Never panics on file
/// contents; problems land in the report. Returns `Err` only when the folder
/// itself cannot be read.
pub fn build(dir: &Path) -> std::io::Result<Build> {
    build_with(dir, false)
}

/// [`build`], with a progress bar on stderr when `progress` is set and stderr
/// is a terminal (so never in CI logs or pipes): long builds show how far
/// they are, stage by stage.
pub fn build_with(dir: &Path, progress: bool) -> std::io::Result<Build> {
    let bar = if progress {
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{msg:>9} [{bar:30}] {pos}/{len} files, {elapsed}")
                .expect("the template is valid")
                .progress_chars("=> "),
        );
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut timings = Vec::new();
    let mut clock = std::time::Instant::now();
    let mut lap = |stage: &'static str| {
        timings.push((stage, clock.elapsed()));
        clock = std::time::Instant::now();
    };
    let mut report = Report::default();
    let config = config::load(dir, &mut report);
    bar.set_message("reading");
    let files = load::read_dir(dir, &mut report)?;
    lap("read");
    bar.set_length(files.len() as u64);
    bar.set_message("articles");
    let mut corpus = Corpus {
        title: config.title.clone().unwrap_or_else(|| corpus_title(dir)),
        description: config.description.clone().unwrap_or_default(),
        ..Default::default()
    };
    ingest::ingest_all_with(files, &config, &mut corpus, &mut report, &bar);
    lap("articles");
    bar.set_message("actors");
    actors::extract(&mut corpus, &config.actors, &mut report);
    lap("actors");
    bar.set_message("events");
    events::extract(&mut corpus, &mut report);
    lap("events");
    bar.finish_and_clear();
    Ok(Build { corpus, report, timings })
}

/// A readable default title from the folder name, until `dossier.toml` sets one.
fn corpus_title(dir: &Path) -> String {
    let name = dir
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_default();
    if name.is_empty() || name == "articles" {
        "Dossier".to_string()
    } else {
        name
    }
}

/// Below this much article text a corpus stays one data file; above it the
/// bodies are cut into shards and the lexicon into shards by word.
pub const ONE_FILE_TEXT: usize = 192 * 1024;
/// About how much article text one body shard holds: one fetch when the
/// reader opens an article (about a third of it once gzipped).
pub const SHARD_TEXT: usize = 96 * 1024;

/// The corpus cut as the explorer fetches it (see `dossier_model::bundle`),
/// without audit-only fields and with the search index: the head, and (when
/// the corpus is large and `one_file` is false) the parts that go into files
/// beside it: body shards, lexicon shards, event summaries and quote words.
/// Takes the corpus, since a large one should not be held twice.
pub fn bundle(corpus: Corpus, one_file: bool) -> (Head, Parts) {
    let mut lean = corpus;
    for a in &mut lean.articles {
        a.removed.clear();
        a.warnings.clear();
    }
    lean.lexicon = dossier_model::Lexicon::build(&lean);
    let text: usize = lean.articles.iter().flat_map(|a| a.paragraphs()).map(str::len).sum();
    let shard_size = if one_file || text <= ONE_FILE_TEXT {
        0
    } else {
        (SHARD_TEXT * lean.articles.len()).div_ceil(text).max(1) as u32
    };
    Head::split(lean, shard_size)
}

/// The whole corpus as one data file (the head with every part inline), as
/// the single-file site carries it.
pub fn encode_bundle(corpus: Corpus) -> Vec<u8> {
    dossier_model::bundle::encode_part(&bundle(corpus, true).0)
}
