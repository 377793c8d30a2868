//! A small hand-made corpus for unit tests: three articles, five actors,
//! five events from 1963 to 2017 (dense at the end), one quote.

use dossier_model::*;

fn article(id: &str, title: &str, outlet: Option<&str>, date: Option<&str>, paras: &[&str]) -> Article {
    Article {
        id: id.into(),
        title: title.into(),
        outlet: outlet.map(Into::into),
        published: date.and_then(Day::parse_iso),
        sections: vec![Section {
            heading: None,
            author: None,
            paragraphs: paras.iter().map(|p| p.to_string()).collect(),
        }],
        ..Default::default()
    }
}

/// Every occurrence of `word` in each listed article.
fn mentions(c: &Corpus, word: &str, arts: &[u32]) -> Vec<Mention> {
    let mut out = Vec::new();
    for &a in arts {
        let t = c.articles[a as usize].text();
        for (i, _) in t.match_indices(word) {
            out.push(Mention { article: a, span: Span::new(i, i + word.len()) });
        }
    }
    out
}

fn find(c: &Corpus, a: u32, s: &str) -> Span {
    let i = c.articles[a as usize].text().find(s).expect("fixture phrase");
    Span::new(i, i + s.len())
}

pub fn corpus() -> Corpus {
    let mut c = Corpus {
        title: "Syria talks".into(),
        articles: vec![
            article(
                "a",
                "Astana talks open",
                Some("The New Arab"),
                Some("2017-12-21"),
                &[
                    "Russia, Iran and Turkey met in Astana on Thursday.",
                    "\"We want peace,\" said Lavrov. Erdoğan spoke last week.",
                ],
            ),
            article(
                "b",
                "Fresh peace talks",
                Some("BBC"),
                Some("2017-01-23"),
                &[
                    "Talks brokered by Russia and Iran begin. Turkey backs rebels.",
                    "The defeat in Aleppo in December changed everything.",
                ],
            ),
            article(
                "c",
                "Baath rule",
                None,
                None,
                &["The Baath regime has held power since 1963. The war began in 2011."],
            ),
        ],
        ..Default::default()
    };
    let actor = |c: &Corpus, id: &str, name: &str, kind, color, arts: &[u32]| Actor {
        id: id.into(),
        name: name.into(),
        kind,
        role: None,
        affiliation: None,
        group: None,
        color,
        shape: 0,
        aliases: vec![],
        mentions: mentions(c, name, arts),
    };
    c.actors = vec![
        actor(&c, "russia", "Russia", ActorKind::Country, 0xcc0000, &[0, 1]),
        actor(&c, "turkey", "Turkey", ActorKind::Country, 0x0044aa, &[0, 1]),
        actor(&c, "iran", "Iran", ActorKind::Country, 0x008800, &[0, 1]),
        actor(&c, "sergei-lavrov", "Lavrov", ActorKind::Person, 0x884400, &[0]),
        actor(&c, "erdogan", "Erdoğan", ActorKind::Person, 0xeeeeee, &[0]),
    ];
    let day = |s: &str| Day::parse_iso(s).unwrap();
    let ev =
        |c: &Corpus, id: &str, from: &str, to: &str, p, summary: &str, actors: Vec<u32>, srcs: &[(u32, &str)]| Event {
            id: id.into(),
            date: day(from),
            precision: p,
            range: (day(from), day(to)),
            summary: summary.into(),
            // The fixture's summaries are already headline-short.
            label: summary.into(),
            actors,
            mentions: srcs
                .iter()
                .map(|&(a, phrase)| EventMention {
                    article: a,
                    phrase: find(c, a, phrase),
                    sentence: find(c, a, phrase),
                    inferred: false,
                })
                .collect(),
        };
    c.events = vec![
        ev(
            &c,
            "baath-1963",
            "1963-01-01",
            "1963-12-31",
            Precision::Year,
            "Baath regime takes power",
            vec![],
            &[(2, "since 1963")],
        ),
        ev(
            &c,
            "astana-talks-2017-01-23",
            "2017-01-23",
            "2017-01-23",
            Precision::Day,
            "Astana talks begin",
            vec![0, 2, 1],
            &[(1, "begin")],
        ),
        ev(
            &c,
            "aleppo-2016-12",
            "2016-12-01",
            "2016-12-31",
            Precision::Month,
            "Rebels defeated in Aleppo",
            vec![],
            &[(1, "in December")],
        ),
        ev(
            &c,
            "astana-2017-12-21",
            "2017-12-21",
            "2017-12-21",
            Precision::Day,
            "Eighth round in Astana",
            vec![0, 1, 2],
            &[(0, "on Thursday")],
        ),
        ev(&c, "war-2011", "2011-01-01", "2011-12-31", Precision::Year, "War begins", vec![], &[(2, "in 2011")]),
    ];
    let q = find(&c, 0, "We want peace,");
    c.quotes = vec![Quote {
        article: 0,
        span: Span::new(q.start as usize, q.end as usize - 1),
        speaker: Some("Lavrov".into()),
        speaker_actor: Some(3),
    }];
    c.lexicon = dossier_model::Lexicon::build(&c);
    c
}
