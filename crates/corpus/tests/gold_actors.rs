//! Scores actor extraction on the seed articles against the gold file:
//! per-article actor lists (precision and recall, names compared without
//! case), and the gold aliases. Run with `--nocapture` to see the figures.

mod common;

use dossier_corpus::Corpus;
use std::collections::BTreeSet;

fn norm(s: &str) -> String {
    s.replace('\u{2019}', "'").trim().to_lowercase()
}

fn article_actors(corpus: &Corpus, file: &str) -> Option<BTreeSet<String>> {
    let ix = corpus.articles.iter().position(|a| a.file == file)? as u32;
    Some(corpus.actors.iter().filter(|a| a.mentions.iter().any(|m| m.article == ix)).map(|a| norm(&a.name)).collect())
}

#[test]
fn seeds_actor_precision_and_recall() {
    let Some(gold) = common::gold() else { return };
    let build = common::seeds();
    let corpus = &build.corpus;
    for a in &corpus.actors {
        let aff = a.affiliation.and_then(|i| corpus.actors.get(i as usize)).map(|x| x.name.as_str());
        println!(
            "ACTOR {} [{}] ({}) role={:?} aff={:?} mentions={} aliases={:?}",
            a.name,
            a.id,
            a.kind.as_str(),
            a.role,
            aff,
            a.mentions.len(),
            a.aliases
        );
    }
    for p in &corpus.places {
        println!("PLACE {} mentions={}", p.name, p.mentions.len());
    }
    let (mut tp, mut found, mut expected) = (0, 0, 0);
    for art in gold["article"].as_array().expect("gold articles") {
        let file = art["file"].as_str().unwrap_or_default();
        let want: BTreeSet<String> =
            art["actors"].as_array().into_iter().flatten().filter_map(|v| v.as_str()).map(norm).collect();
        let got = article_actors(corpus, file).unwrap_or_default();
        let hit = want.intersection(&got).count();
        println!("{file}:");
        println!("  missed:   {:?}", want.difference(&got).collect::<Vec<_>>());
        println!("  spurious: {:?}", got.difference(&want).collect::<Vec<_>>());
        tp += hit;
        found += got.len();
        expected += want.len();
    }
    // Places: measured and printed, not asserted (the gold lists every named location).
    let (mut ptp, mut pfound, mut pexpected) = (0, 0, 0);
    for art in gold["article"].as_array().expect("gold articles") {
        let file = art["file"].as_str().unwrap_or_default();
        let Some(ix) = corpus.articles.iter().position(|a| a.file == file) else { continue };
        let want: BTreeSet<String> =
            art["places"].as_array().into_iter().flatten().filter_map(|v| v.as_str()).map(norm).collect();
        let got: BTreeSet<String> = corpus
            .places
            .iter()
            .filter(|p| p.mentions.iter().any(|m| m.article as usize == ix))
            .map(|p| norm(&p.name))
            .collect();
        println!(
            "{file} places missed {:?} spurious {:?}",
            want.difference(&got).collect::<Vec<_>>(),
            got.difference(&want).collect::<Vec<_>>()
        );
        ptp += want.intersection(&got).count();
        pfound += got.len();
        pexpected += want.len();
    }
    let place_precision = common::score("places per-article precision", ptp, pfound);
    let place_recall = common::score("places per-article recall", ptp, pexpected);

    let precision = common::score("actors per-article precision", tp, found);
    let recall = common::score("actors per-article recall", tp, expected);

    // Aliases: each gold surface form should be an alias of the right actor.
    let (mut alias_hit, mut alias_total) = (0, 0);
    let mut missed_aliases = Vec::new();
    for actor in gold["actor"].as_array().expect("gold actors") {
        let name = norm(actor["name"].as_str().unwrap_or_default());
        let ours = corpus.actors.iter().find(|a| norm(&a.name) == name);
        for alias in actor["aliases"].as_array().into_iter().flatten().filter_map(|v| v.as_str()) {
            alias_total += 1;
            if ours.is_some_and(|a| a.aliases.iter().any(|x| norm(x) == norm(alias))) {
                alias_hit += 1;
            } else {
                missed_aliases.push(format!("{name}: {alias}"));
            }
        }
    }
    println!("  missed aliases: {missed_aliases:?}");
    let alias_recall = common::score("actor aliases recall", alias_hit, alias_total);

    // Kinds of the actors that match.
    let (mut kind_hit, mut kind_total) = (0, 0);
    for actor in gold["actor"].as_array().expect("gold actors") {
        let name = norm(actor["name"].as_str().unwrap_or_default());
        if let Some(ours) = corpus.actors.iter().find(|a| norm(&a.name) == name) {
            kind_total += 1;
            kind_hit += usize::from(Some(ours.kind.as_str()) == actor["kind"].as_str());
        }
    }
    let kinds = common::score("actor kind accuracy", kind_hit, kind_total);

    assert!(recall >= 0.95, "per-article actor recall {recall:.3} < 0.95");
    assert!(alias_recall >= 0.95, "alias recall {alias_recall:.3} < 0.95: {missed_aliases:?}");
    assert!(kind_total > 0 && kinds == 1.0, "actor kinds {kind_hit}/{kind_total}");
    assert!(place_precision >= 0.95 && place_recall >= 0.9, "places {place_precision:.3}/{place_recall:.3}");
    assert!(precision >= 0.90, "per-article actor precision {precision:.3} < 0.90");
}
