//! The `actors` and `places` parts of the JSON export.

use dossier_model::Corpus;
use serde::Serialize;

#[derive(Serialize)]
pub struct ActorOut<'a> {
    pub id: &'a str,
    pub name: &'a str,
}

#[derive(Serialize)]
pub struct PlaceOut<'a> {
    pub id: &'a str,
    pub name: &'a str,
}

pub fn all(corpus: &Corpus) -> Vec<ActorOut<'_>> {
    corpus.actors.iter().map(|a| ActorOut { id: &a.id, name: &a.name }).collect()
}

pub fn places(corpus: &Corpus) -> Vec<PlaceOut<'_>> {
    corpus.places.iter().map(|p| PlaceOut { id: &p.id, name: &p.name }).collect()
}
