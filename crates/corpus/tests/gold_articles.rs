//! Gold score for ingestion: the seed articles built by the real pipeline,
//! compared field by field with `../shared/gold/seeds.toml` (read here only).

mod common;

use dossier_model::Article;

fn field<'a>(gold: &'a toml::Table, key: &str) -> &'a str {
    gold.get(key).and_then(|v| v.as_str()).unwrap_or("")
}

fn list(gold: &toml::Table, key: &str) -> Vec<String> {
    gold.get(key)
        .and_then(|v| v.as_array())
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

/// Checks one article; returns (hits, total) and prints each miss.
fn check(a: &Article, gold: &toml::Table) -> (usize, usize) {
    let mut checks: Vec<(&str, bool, String)> = Vec::new();
    let title = field(gold, "title");
    if title.is_empty() {
        // No headline in the file: a derived title, cut cleanly at a word.
        let ok = a.title_derived && !a.title.is_empty() && a.title.chars().count() <= 91;
        checks.push(("derived title", ok, a.title.clone()));
    } else {
        checks.push(("title", a.title == title && !a.title_derived, a.title.clone()));
    }
    let standfirst = field(gold, "standfirst");
    checks.push(("standfirst", a.standfirst.as_deref().unwrap_or("") == standfirst, format!("{:?}", a.standfirst)));
    checks.push(("outlet", a.outlet.as_deref().unwrap_or("") == field(gold, "outlet"), format!("{:?}", a.outlet)));
    let published = a.published.map(|d| d.iso()).unwrap_or_default();
    checks.push(("published", published == field(gold, "published"), published.clone()));
    if let Some(n) = gold.get("stated_reading_minutes").and_then(|v| v.as_integer()) {
        checks.push(("reading minutes", a.reading_minutes == Some(n as u32), format!("{:?}", a.reading_minutes)));
    }
    let text = a.text();
    let sentence = |i: usize| a.sentences.get(i).and_then(|s| text.get(s.range())).unwrap_or("").to_string();
    let first = sentence(0);
    let last = sentence(a.sentences.len().saturating_sub(1));
    checks.push(("first body sentence", first == field(gold, "first_body_sentence"), first));
    checks.push(("last body sentence", last == field(gold, "last_body_sentence"), last));
    let headings: Vec<String> = a.sections.iter().filter_map(|s| s.heading.clone()).collect();
    checks.push(("section headings", headings == list(gold, "section_headings"), format!("{headings:?}")));
    if gold.contains_key("section_authors") {
        let authors: Vec<String> =
            a.sections.iter().filter(|s| s.heading.is_some()).filter_map(|s| s.author.clone()).collect();
        checks.push(("section authors", authors == list(gold, "section_authors"), format!("{authors:?}")));
    }
    let fold = |s: &str| s.replace('\u{a0}', " ").split_whitespace().collect::<Vec<_>>().join(" ");
    let body = fold(&text);
    for line in list(gold, "not_body") {
        let leaked = body.contains(&fold(&line));
        let listed = a.removed.iter().any(|r| fold(&r.text) == fold(&line));
        checks.push(("furniture removed and listed", !leaked && listed, line));
    }
    let mut hit = 0;
    for (name, ok, got) in &checks {
        if *ok {
            hit += 1;
        } else {
            println!("MISS {}: {name}: got {got:?}", a.file);
        }
    }
    (hit, checks.len())
}

#[test]
fn gold_article_score() {
    let Some(gold) = common::gold() else { return };
    let build = common::seeds();
    let articles = gold.get("article").and_then(|v| v.as_array()).expect("gold has [[article]] entries");
    let (mut hit, mut total) = (0, 0);
    for g in articles {
        let g = g.as_table().expect("an article table");
        let file = field(g, "file");
        let Some(a) = build.corpus.articles.iter().find(|a| a.file == file) else {
            println!("MISS {file}: no article built");
            total += 1;
            continue;
        };
        let (h, t) = check(a, g);
        hit += h;
        total += t;
    }
    let ratio = common::score("ingestion (gold articles)", hit, total);
    assert!(ratio >= 1.0, "ingestion gold score below 100%");
}
