//! Exports: the documented JSON (`dossier export`), plus TimelineJS and CSV.
//! The JSON uses string ids; the Wasm bundle uses indices instead.
//! One submodule per part of the schema.

pub mod actors;
pub mod articles;
pub mod events;

use dossier_model::Corpus;
use serde::Serialize;

#[derive(Serialize)]
struct Export<'a> {
    corpus: CorpusMeta<'a>,
    articles: Vec<articles::ArticleOut<'a>>,
    actors: Vec<actors::ActorOut<'a>>,
    places: Vec<actors::PlaceOut<'a>>,
    events: Vec<events::EventOut<'a>>,
    quotes: Vec<events::QuoteOut<'a>>,
}

#[derive(Serialize)]
struct CorpusMeta<'a> {
    title: &'a str,
    description: &'a str,
    articles: usize,
    actors: usize,
    events: usize,
}

/// The whole corpus as pretty JSON, in the schema documented in the README.
pub fn to_json(corpus: &Corpus) -> String {
    let texts = texts(corpus);
    let export = Export {
        corpus: CorpusMeta {
            title: &corpus.title,
            description: &corpus.description,
            articles: corpus.articles.len(),
            actors: corpus.actors.len(),
            events: corpus.events.len(),
        },
        articles: articles::all(corpus),
        actors: actors::all(corpus, &texts),
        places: actors::places(corpus, &texts),
        events: events::all(corpus, &texts),
        quotes: events::quotes(corpus, &texts),
    };
    serde_json::to_string_pretty(&export).expect("serialising plain data to JSON cannot fail")
}

/// Each article's body text ([`dossier_model::Article::text`]), built once per
/// export and shared by every part that slices mentions out of it.
fn texts(corpus: &Corpus) -> Vec<String> {
    corpus.articles.iter().map(|a| a.text()).collect()
}
