//! Extraction scored on the development gold (`../shared/gold/aeb-dev.toml`,
//! 24 real pages of `../shared/corpora/aeb-dev`), next to the same figures on
//! the seed articles. The development articles are built from their clean
//! gold bodies (Markdown with the gold title, date and outlet), so the score
//! measures extraction alone, not ingestion. Run with `--nocapture` to see the
//! `SCORE` lines and every miss; the floors sit just under the measured
//! figures so that a regression fails.

mod common;

use common::dev_gold::{dev_file, dev_folder, score, Scores};

/// Floors just under the figures measured on the development gold.
// Actors 0.824 / 0.886 before the second pass of issue 15 (bare groups that
// act, titles towards a country, "the <noun> who"), 0.866 / 0.889 after;
// 0.880 / 0.888 after its third pass (a surname alone before "asked", "He
// <pinyin>", "governments in X", state governments, armed forces that act).
const DEV_ACTOR_RECALL: f64 = 0.875;
const DEV_ACTOR_PRECISION: f64 = 0.88;
// Dates count only at the gold's precision (0.674 before that check, 0.629
// with it, 0.837 after the date rules of issue 15, 0.831 before its second
// pass, 0.854 after: clock times, "hours earlier", "the same week").
const DEV_DATES: f64 = 0.85;
const DEV_MERGED: usize = 1;
// Quotes 0.621 and speakers 0.491 before the quote rules of issue 15; 0.905
// and 0.822 after its second pass.
const DEV_QUOTES: f64 = 0.90;
const DEV_SPEAKERS: f64 = 0.82;

/// What kinds of actor the misses and false finds are, by the gold kind of
/// the missed actor and the extracted kind of the spurious one.
fn tally(gold: &toml::Table, s: &Scores, corpus: &dossier_corpus::Corpus) {
    let kind_of = |name: &str| {
        gold["actor"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|a| a["name"].as_str() == Some(name))
            .and_then(|a| a.get("kind").and_then(|k| k.as_str()))
            .unwrap_or("?")
            .to_string()
    };
    let mut missed = std::collections::BTreeMap::<String, usize>::new();
    for (_, name) in &s.missed_actors {
        *missed.entry(kind_of(name)).or_default() += 1;
    }
    let mut spurious = std::collections::BTreeMap::<String, usize>::new();
    for (_, name) in &s.spurious_actors {
        let kind = corpus.actors.iter().find(|a| &a.name == name).map_or("?", |a| a.kind.as_str());
        *spurious.entry(kind.to_string()).or_default() += 1;
    }
    println!("dev actors missed by gold kind: {missed:?}; spurious by extracted kind: {spurious:?}");
}

#[test]
fn dev_gold_extraction_scores() {
    let seeds = common::gold().map(|gold| {
        let build = common::seeds();
        score(&gold, &build.corpus, &|f| f.to_string(), false)
    });
    let Some(gold) = common::gold_file("aeb-dev.toml") else { return };
    let Some(dir) = dev_folder(&gold) else { return };
    let build = dossier_corpus::build(&dir).expect("the temporary folder is readable");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(build.corpus.articles.len(), 24, "every development article is built: {:?}", build.report);
    let dev = score(&gold, &build.corpus, &dev_file, true);
    tally(&gold, &dev, &build.corpus);

    if let Some(seeds) = &seeds {
        seeds.print("seeds");
    }
    dev.print("dev");

    assert!(dev.actor_recall >= DEV_ACTOR_RECALL, "dev actor recall {:.3} < {DEV_ACTOR_RECALL}", dev.actor_recall);
    assert!(
        dev.actor_precision >= DEV_ACTOR_PRECISION,
        "dev actor precision {:.3} < {DEV_ACTOR_PRECISION}",
        dev.actor_precision
    );
    assert!(dev.dates() >= DEV_DATES, "dev date accuracy {:.3} < {DEV_DATES}", dev.dates());
    assert!(dev.merged >= DEV_MERGED, "dev merges {}/{} < {DEV_MERGED}", dev.merged, dev.multi);
    assert!(dev.quote_recall() >= DEV_QUOTES, "dev quote recall {:.3} < {DEV_QUOTES}", dev.quote_recall());
    assert!(
        dev.speaker_accuracy() >= DEV_SPEAKERS,
        "dev speaker accuracy {:.3} < {DEV_SPEAKERS}",
        dev.speaker_accuracy()
    );
}
