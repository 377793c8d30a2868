//! Office titles kept whole, on sentences written for these tests.

use dossier_corpus::actors::{self, overrides::ActorOverrides};
use dossier_corpus::{Corpus, Report};

mod common;

fn run(paragraphs: &[&str]) -> Corpus {
    let mut c = Corpus { articles: vec![common::article("a", None, paragraphs)], ..Default::default() };
    actors::extract(&mut c, &ActorOverrides::default(), &mut Report::default());
    c
}

/// The role of the actor called `name`, failing with every actor's name and role.
fn role(c: &Corpus, name: &str) -> Option<String> {
    let all: Vec<_> = c.actors.iter().map(|a| (a.name.as_str(), a.role.as_deref())).collect();
    let a = c.actors.iter().find(|a| a.name == name).unwrap_or_else(|| panic!("{name} not in {all:?}"));
    a.role.clone()
}

#[test]
fn portfolio_before_minister_is_part_of_the_title() {
    let c = run(&["Infrastructure Minister Jane Okoro opened the new rail line on Friday."]);
    assert_eq!(role(&c, "Jane Okoro").as_deref(), Some("Infrastructure Minister"));
    let c = run(&[
        "The plan was backed by Deputy Agriculture Minister Tariq Hamdan and Transport Secretary Elin Sorensen.",
    ]);
    assert_eq!(role(&c, "Tariq Hamdan").as_deref(), Some("Deputy Agriculture Minister"));
    assert_eq!(role(&c, "Elin Sorensen").as_deref(), Some("Transport Secretary"));
}

#[test]
fn known_multi_word_titles() {
    let c = run(&["Deputy Foreign Minister Ravi Menon met Chief of Staff Laura Quist in the capital."]);
    assert_eq!(role(&c, "Ravi Menon").as_deref(), Some("Deputy Foreign Minister"));
    assert_eq!(role(&c, "Laura Quist").as_deref(), Some("Chief of Staff"));
    let c = run(&["Secretary-General Omar Diallo called for calm."]);
    assert_eq!(role(&c, "Omar Diallo").as_deref(), Some("Secretary-General"));
}

#[test]
fn role_with_a_complement_after_the_name() {
    let c = run(&["Mira Patel, spokeswoman for the ministry, said the figures were wrong."]);
    assert_eq!(role(&c, "Mira Patel").as_deref(), Some("spokeswoman for the ministry"));
    let c = run(&["A spokeswoman for the ministry, Mira Patel, said the figures were wrong."]);
    assert_eq!(role(&c, "Mira Patel").as_deref(), Some("spokeswoman for the ministry"));
}

#[test]
fn a_day_or_a_name_before_a_title_is_not_a_portfolio() {
    let c = run(&["On Monday Minister Jane Okoro opened the line."]);
    assert_eq!(role(&c, "Jane Okoro").as_deref(), Some("Minister"));
}

#[test]
fn apposition_role_is_the_title_that_ends_it() {
    let c = run(&["Trade Minister Ana Lima and her Chilean counterpart, Pedro Rojas, signed the accord on Monday."]);
    assert_eq!(role(&c, "Pedro Rojas").as_deref(), Some("Chilean counterpart"));
    let rojas = c.actors.iter().find(|a| a.name == "Pedro Rojas").unwrap();
    let chile = c.actors.iter().position(|a| a.name == "Chile").map(|i| i as u32);
    assert!(chile.is_some(), "Chile is an actor");
    assert_eq!(rojas.affiliation, chile, "the demonym, not the other minister");
}

#[test]
fn unqualified_head_of_state_belongs_to_the_country_the_article_is_about() {
    let c = run(&[
        "Peru's congress passed the mining law on Thursday.",
        "The law, backed by President Ana Quispe, raises royalties. Peru expects more revenue, and Lima will audit the mines.",
    ]);
    let quispe = c.actors.iter().find(|a| a.name == "Ana Quispe").expect("Ana Quispe");
    let peru = c.actors.iter().position(|a| a.name == "Peru").map(|i| i as u32);
    assert!(peru.is_some(), "Peru is an actor");
    assert_eq!(quispe.affiliation, peru);
    // Two countries equally present: no guess.
    let c = run(&["President Ana Quispe met Chile's and Peru's envoys; Chile and Peru signed."]);
    assert_eq!(c.actors.iter().find(|a| a.name == "Ana Quispe").and_then(|a| a.affiliation), None);
}
