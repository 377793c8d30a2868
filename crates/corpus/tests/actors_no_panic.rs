//! Actor extraction never panics, whatever the text, and every mention it
//! reports is a valid span of the article text on character boundaries.

use dossier_corpus::actors::{self, overrides::ActorOverrides};
use dossier_corpus::{Corpus, Report};
use dossier_model::{Article, Section};
use proptest::prelude::*;

fn check(paragraphs: Vec<String>) {
    let mut a = Article {
        id: "p".into(),
        sections: vec![Section { heading: None, author: None, paragraphs }],
        ..Default::default()
    };
    let text = a.text();
    a.sentences = dossier_corpus::text::sentences(&text);
    let mut c = Corpus { articles: vec![a], ..Default::default() };
    actors::extract(&mut c, &ActorOverrides::default(), &mut Report::default());
    let spans = c.actors.iter().flat_map(|a| &a.mentions).chain(c.places.iter().flat_map(|p| &p.mentions));
    for m in spans {
        assert!(text.get(m.span.range()).is_some_and(|s| !s.is_empty()), "bad span {:?} in {text:?}", m.span);
    }
}

/// Words that exercise every rule: titles, particles, cues, acronyms, metonyms.
const WORDS: &[&str] = &[
    "Infrastructure",
    "Secretary",
    "spokeswoman",
    "for",
    ",",
    "President",
    "Foreign",
    "Minister",
    "al-",
    "al-Assad",
    "de",
    "van",
    "der",
    "bin",
    "Committee",
    "Front",
    "group",
    "the",
    "rebel",
    "regime",
    "opposition",
    "said",
    "told",
    "who",
    "heads",
    "known",
    "as",
    "(",
    ")",
    "(IS)",
    "IS",
    "UN",
    "US",
    "DRC",
    "Moscow",
    "Damascus",
    "the Kremlin",
    "Russia",
    "Russian",
    "Syrian",
    "Syria's",
    "in",
    "by",
    "has",
    ",",
    ".",
    "’s",
    "'s",
    "«",
    "»",
    "\u{a0}",
    "—",
    "Zoë",
    "Łódź",
    "ÉTAT",
    "Ab",
    "Cd",
    "Ef",
    "envoy",
    "leader",
    "correspondent",
    "Sea",
    "resort",
    "of",
    "Thursday",
    "Mr.",
    "“",
    "”",
    "-",
    "–",
    "\u{1}",
    "ﬁ",
    "İstanbul",
    "ß",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_unicode_never_panics(paras in prop::collection::vec(".{0,120}", 0..4)) {
        check(paras);
    }

    #[test]
    fn rule_words_in_any_order_never_panic(
        words in prop::collection::vec(prop::sample::select(WORDS), 0..60),
        breaks in prop::collection::vec(0usize..60, 0..3),
    ) {
        let mut paras = vec![String::new()];
        for (i, w) in words.iter().enumerate() {
            if breaks.contains(&i) {
                paras.push(String::new());
            }
            let p = paras.last_mut().unwrap();
            if !p.is_empty() && i % 5 != 0 {
                p.push(' ');
            }
            p.push_str(w);
        }
        check(paras);
    }
}
