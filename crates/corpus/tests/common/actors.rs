//! One article through the actor step, and what it found: the shared set-up
//! of the rule tests written on invented sentences.

use dossier_corpus::actors::{self, overrides::ActorOverrides};
use dossier_corpus::{Corpus, Report};
use dossier_model::ActorKind;

/// The corpus of one article with these paragraphs, after actor extraction.
pub fn run(paragraphs: &[&str]) -> Corpus {
    let mut c = Corpus { articles: vec![super::article("a0", None, paragraphs)], ..Default::default() };
    let mut report = Report::default();
    actors::extract(&mut c, &ActorOverrides::default(), &mut report);
    c
}

/// The kind of the actor named `name`, if one was found.
pub fn kind(c: &Corpus, name: &str) -> Option<ActorKind> {
    c.actors.iter().find(|a| a.name == name).map(|a| a.kind)
}

/// Every actor's name, for assertion messages.
pub fn names(c: &Corpus) -> Vec<&str> {
    c.actors.iter().map(|a| a.name.as_str()).collect()
}
