//! Actor rules of issue 15's third pass, on sentences written for these
//! tests: a surname alone before a reporting verb, family-first names whose
//! family name is an English word, the rulers of a country after
//! "governments in", state governments, and a country's armed forces.

use dossier_model::ActorKind;

mod common;

use common::actors::{kind, names, run};

#[test]
fn a_known_surname_alone_before_a_reporting_verb_is_a_person() {
    let c = run(&["\"So the envoy never called you back?\" Mercer asked.", "\"That is right,\" the witness replied."]);
    assert_eq!(kind(&c, "Mercer"), Some(ActorKind::Person), "{:?}", names(&c));
}

#[test]
fn a_plural_noun_or_a_full_name_tail_before_said_is_no_lone_person() {
    let c = run(&[
        "\"It will not last,\" Observers said after the vote.",
        "Ruth Mercer chaired the hearing. \"We are done,\" Mercer said.",
    ]);
    assert_eq!(kind(&c, "Observers"), None, "{:?}", names(&c));
    assert_eq!(kind(&c, "Mercer"), None, "the surname is Ruth Mercer's: {:?}", names(&c));
    assert_eq!(kind(&c, "Ruth Mercer"), Some(ActorKind::Person), "{:?}", names(&c));
}

#[test]
fn a_family_first_name_that_is_an_english_word() {
    let c = run(&["He Jianxiong, a former director at the bank, said at a forum that growth would slow."]);
    assert_eq!(kind(&c, "He Jianxiong"), Some(ActorKind::Person), "{:?}", names(&c));
    // The pronoun before an English word or a known place is no name.
    let c = run(&["He Visited the plant on Monday.", "He Paris was never a question."]);
    assert!(c.actors.iter().all(|a| !a.name.starts_with("He ")), "{:?}", names(&c));
}

#[test]
fn pinyin_words() {
    use dossier_corpus::actors::discover::pinyin_word;
    for w in ["Jianxiong", "Xiaoming", "Yi", "Jinping", "Zhuang", "Qiang"] {
        assert!(pinyin_word(w), "{w}");
    }
    for w in ["Visited", "Smith", "Paris", "Jane", "Qa", "jianxiong", "Zhuangzhuangzhuangzhuang"] {
        assert!(!pinyin_word(w), "{w}");
    }
}

#[test]
fn countries_after_governments_in_are_their_rulers() {
    let c = run(&["The inquiry could reach his deals with authoritarian governments in Turkey and Saudi Arabia."]);
    assert_eq!(kind(&c, "Turkey"), Some(ActorKind::Country), "{:?}", names(&c));
    assert_eq!(kind(&c, "Saudi Arabia"), Some(ActorKind::Country), "{:?}", names(&c));
    let c = run(&["The delegation spent the week in Turkey before flying home."]);
    assert_eq!(kind(&c, "Turkey"), None, "a place: {:?}", names(&c));
}

#[test]
fn the_state_government_is_the_government_of_the_state_the_article_names() {
    let c = run(&[
        "Thousands of nurses rallied outside the Ohio Statehouse to ask the state government for better pay.",
        "Ohio lawmakers said the state government would answer next week.",
    ]);
    let gov = c.actors.iter().find(|a| a.name == "Ohio state government").expect("the state's government");
    assert_eq!(gov.kind, ActorKind::Organization);
    assert_eq!(gov.mentions.len(), 2, "{:?}", names(&c));
    // No state named: no guess.
    let c = run(&["Teachers asked the state government for better pay."]);
    assert!(c.actors.iter().all(|a| !a.name.ends_with("state government")), "{:?}", names(&c));
}

#[test]
fn a_military_that_acts_is_the_armed_forces() {
    let c = run(&["Two soldiers died in a crash in Kenya, the US military said on Friday."]);
    assert_eq!(kind(&c, "United States Armed Forces"), Some(ActorKind::Organization), "{:?}", names(&c));
    // Troops, forces and a military that only qualifies stay the state.
    let c = run(&[
        "Roughly 900 US troops remain in the country.",
        "US military officials declined to comment. Russian forces shelled the town.",
    ]);
    assert!(c.actors.iter().all(|a| !a.name.ends_with("Armed Forces")), "{:?}", names(&c));
    assert_eq!(kind(&c, "United States"), Some(ActorKind::Country), "{:?}", names(&c));
    assert_eq!(kind(&c, "Russia"), Some(ActorKind::Country), "{:?}", names(&c));
}
