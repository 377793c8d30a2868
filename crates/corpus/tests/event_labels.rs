//! Event labels (issue 18): every label of the seed articles and of the
//! development gold pages is non-empty, at most 40 characters and opens with
//! no pronoun. Run with `--nocapture` to read them beside their sentences.

mod common;

use dossier_corpus::events::label::{is_pronoun, LABEL_MAX};
use dossier_corpus::Corpus;

/// Prints every label with the sentence it comes from, and returns the
/// labels that break a rule.
fn check(name: &str, corpus: &Corpus) -> Vec<String> {
    let mut bad = Vec::new();
    for e in &corpus.events {
        let sentence = e.mentions.first().map_or(String::new(), |m| {
            let text = corpus.articles[m.article as usize].text();
            text.get(m.sentence.range()).unwrap_or("").to_string()
        });
        println!("LABEL {name} {:<42} <- {:?} <- {}", format!("{:?}", e.label), e.summary, sentence.replace('\n', " "));
        let first = e.label.split_whitespace().next().unwrap_or("");
        let first = first.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}');
        if e.label.trim().is_empty() || e.label.chars().count() > LABEL_MAX || is_pronoun(first) {
            bad.push(format!("{:?} ({} chars) for {:?}", e.label, e.label.chars().count(), e.summary));
        }
    }
    bad
}

#[test]
fn seed_labels_are_short_and_open_with_no_pronoun() {
    let build = common::seeds();
    assert!(!build.corpus.events.is_empty());
    let bad = check("seeds", &build.corpus);
    assert!(bad.is_empty(), "labels breaking the rules: {bad:#?}");
}

#[test]
fn dev_labels_are_short_and_open_with_no_pronoun() {
    let Some(gold) = common::gold_file("aeb-dev.toml") else { return };
    let Some(dir) = common::dev_gold::dev_folder(&gold) else { return };
    let build = dossier_corpus::build(&dir).expect("the temporary folder is readable");
    let _ = std::fs::remove_dir_all(&dir);
    let bad = check("dev", &build.corpus);
    assert!(bad.is_empty(), "labels breaking the rules: {bad:#?}");
}
