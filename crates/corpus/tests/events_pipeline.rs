//! The event step end to end on hand-built articles (not the seeds): dates
//! resolved per article, one event from two sources, actors from the actor
//! stage's mentions, quotes linked to actors, and no panic on any input.

use dossier_corpus::{events, Report};
use dossier_model::{Actor, ActorKind, Corpus, Day, Mention, Precision, Span};
use proptest::prelude::*;

mod common;
use common::article;

/// An actor with a mention at every occurrence of each alias.
fn actor(corpus: &Corpus, name: &str, kind: ActorKind, aliases: &[&str]) -> Actor {
    let mut mentions = Vec::new();
    for (ix, a) in corpus.articles.iter().enumerate() {
        let text = a.text();
        for alias in aliases {
            for (at, _) in text.match_indices(alias) {
                mentions.push(Mention { article: ix as u32, span: Span::new(at, at + alias.len()) });
            }
        }
    }
    Actor {
        id: name.to_lowercase().replace(' ', "-"),
        name: name.into(),
        kind,
        role: None,
        affiliation: None,
        group: None,
        color: 0,
        shape: 0,
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        mentions,
    }
}

fn corpus() -> Corpus {
    let mut c = Corpus {
        articles: vec![
            article(
                "wire",
                Some("2021-01-14"),
                &[
                    "Chile and Peru signed a fisheries truce on 28 December, ending months of clashes at sea.",
                    "Talks on the border will resume on Friday in Lima.",
                    "Peru's chief negotiator, Rosa Quispe, said on Monday the truce was holding. \"Our boats are safe again,\" she added.",
                ],
            ),
            article(
                "weekly",
                Some("2021-01-20"),
                &[
                    "A fisheries truce agreed at the end of last year by Santiago and Lima has calmed the coast.",
                    "21 January, 2021",
                ],
            ),
        ],
        ..Default::default()
    };
    let chile = actor(&c, "Chile", ActorKind::Country, &["Chile", "Santiago"]);
    let peru = actor(&c, "Peru", ActorKind::Country, &["Peru", "Lima"]);
    let quispe = actor(&c, "Rosa Quispe", ActorKind::Person, &["Rosa Quispe"]);
    c.actors = vec![chile, peru, quispe];
    c
}

#[test]
fn one_truce_from_two_sources_with_the_precise_date() {
    let mut c = corpus();
    events::extract(&mut c, &mut Report::default());
    let truces: Vec<_> = c.events.iter().filter(|e| e.summary.to_lowercase().contains("truce")).collect();
    let signed = truces.iter().find(|e| e.mentions.len() == 2).expect("the truce merges across articles");
    assert_eq!(signed.date.iso(), "2020-12-28");
    assert_eq!(signed.precision, Precision::Day);
    assert!(signed.actors.contains(&0) && signed.actors.contains(&1));
    let phrases: Vec<String> =
        signed.mentions.iter().map(|m| c.articles[m.article as usize].text()[m.phrase.range()].to_string()).collect();
    assert_eq!(phrases, ["on 28 December", "at the end of last year"]);
}

#[test]
fn future_weekday_and_furniture() {
    let mut c = corpus();
    events::extract(&mut c, &mut Report::default());
    // 2021-01-14 is a Thursday: "will resume on Friday" is the next day.
    let talks = c.events.iter().find(|e| e.summary.starts_with("Talks on the border")).unwrap();
    assert_eq!(talks.date.iso(), "2021-01-15");
    // The bare date line is furniture, not an event.
    assert!(c.events.iter().all(|e| !e.summary.is_empty() && e.date.iso() != "2021-01-21"));
}

#[test]
fn quotes_resolve_pronouns_to_actors() {
    let mut c = corpus();
    events::extract(&mut c, &mut Report::default());
    let q = &c.quotes[0];
    assert_eq!(&c.articles[0].text()[q.span.range()], "Our boats are safe again,");
    assert_eq!(q.speaker.as_deref(), Some("Rosa Quispe"));
    assert_eq!(q.speaker_actor, Some(2));
}

#[test]
fn undated_article_is_inferred_and_reported() {
    let mut c = Corpus {
        articles: vec![article(
            "undated",
            None,
            &["Filed 4 May 2021.", "The council voted on Sunday to close the mine."],
        )],
        ..Default::default()
    };
    let mut report = Report::default();
    report.push_file("undated.txt", dossier_corpus::FileOutcome::Article { index: 0 }, vec![]);
    events::extract(&mut c, &mut report);
    assert_eq!(c.events.len(), 1);
    assert!(c.events[0].mentions[0].inferred);
    assert_eq!(c.events[0].date.iso(), "2021-05-02");
    assert!(report.files[0].diagnostics[0].message.contains("2021-05-04"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    /// Any text, any date: no panic, and every offset is a char boundary.
    #[test]
    fn never_panics(paras in prop::collection::vec("[a-zA-Z0-9 ,.;:'\"«»“”\\-–é]{0,80}", 1..4), day in -30000i32..30000) {
        let refs: Vec<&str> = paras.iter().map(String::as_str).collect();
        let mut a = article("x", None, &refs);
        a.published = Some(Day(day));
        let mut c = Corpus { articles: vec![a], ..Default::default() };
        events::extract(&mut c, &mut Report::default());
        let text = c.articles[0].text();
        for e in &c.events {
            for m in &e.mentions {
                prop_assert!(text.get(m.phrase.range()).is_some());
            }
        }
        for q in &c.quotes {
            prop_assert!(text.get(q.span.range()).is_some());
        }
    }

    /// Date-heavy word salad: the scanner's edge cases (numbers, months,
    /// weekdays, quotes) in every order.
    #[test]
    fn never_panics_on_date_words(words in prop::collection::vec(prop::sample::select(vec![
        "on", "in", "the", "of", "last", "next", "early", "mid", "-", "end", "start", "year", "years", "week", "month",
        "ago", "Monday", "May", "December", "29", "30", "31", "2011", "1990s", "0", "9999", ",", ".", "«", "»", "\"",
        "said", "he", "will", "since", "a", "six", "from", "recent", "coming", "days", "summer", "Spring", "29th",
        "weekend", "overnight", "night", "over", "past", "this", "before", "after", "at", "she", "according", "to",
        "\u{2018}", "\u{2019}", "'", "Ms", "spokeswoman",
    ]), 0..40), day in -3000i32..30000) {
        let text = words.join(" ");
        let mut a = article("x", Some("2020-01-01"), &[&text]);
        a.published = Some(Day(day));
        let mut c = Corpus { articles: vec![a], ..Default::default() };
        events::extract(&mut c, &mut Report::default());
        let text = c.articles[0].text();
        for e in &c.events {
            prop_assert!(e.range.0 <= e.range.1);
            for m in &e.mentions {
                prop_assert!(text.get(m.phrase.range()).is_some());
            }
        }
    }
}
