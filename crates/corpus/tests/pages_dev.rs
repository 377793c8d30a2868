//! Saved web pages and whole-page text on the development pages of
//! `../shared/corpora/aeb-dev` (88 real pages, read in tests only): the
//! benchmark's article-body score for `.html` input and for the same pages
//! copied as whole-page text. Prints the figures; asserts a floor under them
//! so that a regression fails.

mod common;

use common::pages::{body_score, dev_pages, select_all_text};
use dossier_corpus::ingest;
use dossier_corpus::load::{decode, decode_html, SourceFile};

/// The body as the benchmark sees it: section headings and paragraphs.
fn body_of(a: &dossier_model::Article) -> String {
    let mut out = Vec::new();
    for s in &a.sections {
        out.extend(s.heading.clone());
        out.extend(s.paragraphs.iter().cloned());
    }
    out.join("\n")
}

struct Score {
    p: f64,
    r: f64,
    n: usize,
}

impl Score {
    fn f1(&self) -> f64 {
        let (p, r) = (self.p / self.n as f64, self.r / self.n as f64);
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn print(&self, what: &str) {
        let (p, r) = (self.p / self.n as f64, self.r / self.n as f64);
        println!("SCORE {what}: body F1 {:.3} (precision {p:.3}, recall {r:.3}) on {} pages", self.f1(), self.n);
    }
}

fn score(pages: &[common::pages::DevPage], as_text: bool) -> Score {
    let mut s = Score { p: 0.0, r: 0.0, n: 0 };
    let mut worst = Vec::new();
    for page in pages {
        let (name, decoded) = if as_text {
            let html = decode_html(&page.html).expect("a page").text;
            (format!("{}.txt", page.id), decode(select_all_text(&html).as_bytes()).expect("text"))
        } else {
            (format!("{}.html", page.id), decode_html(&page.html).expect("a page"))
        };
        let file = SourceFile { name, text: decoded.text, warnings: decoded.warnings };
        let got = ingest::ingest(&file).map(|i| body_of(&i.article)).unwrap_or_default();
        let (p, r) = body_score(&got, &page.body);
        worst.push((p.min(r), page.id.clone(), p, r));
        s.p += p;
        s.r += r;
        s.n += 1;
    }
    worst.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (_, id, p, r) in worst.iter().take(8) {
        println!("  low: {id} precision {p:.2} recall {r:.2}");
    }
    s
}

#[test]
fn html_pages_body_f1() {
    let pages = dev_pages();
    if pages.is_empty() {
        return;
    }
    let s = score(&pages, false);
    s.print("aeb-dev .html");
    assert!(s.f1() >= 0.967, "HTML body F1 fell to {:.3}", s.f1());
}

#[test]
fn whole_page_text_body_f1() {
    let pages = dev_pages();
    if pages.is_empty() {
        return;
    }
    let s = score(&pages, true);
    s.print("aeb-dev whole-page text");
    assert!(s.f1() >= 0.88, "whole-page text body F1 fell to {:.3}", s.f1());
}

/// Title, publication date, outlet and author against the gold of
/// `../shared/gold/aeb-dev.toml` (24 pages), for `.html` and for whole-page
/// text. Returns the share of fields right.
fn metadata_score(as_text: bool) -> Option<f64> {
    let gold = common::gold_file("aeb-dev.toml")?;
    let pages = dev_pages();
    let articles = gold.get("article").and_then(|v| v.as_array()).expect("gold has [[article]] entries");
    let fields = ["title", "published", "outlet", "author"];
    let mut right = [0usize; 4];
    for g in articles {
        let g = g.as_table().expect("an article table");
        let file = g["file"].as_str().expect("file");
        let id = file.trim_end_matches(".html");
        let page = pages.iter().find(|p| p.id == id).expect("gold names a development page");
        let html = decode_html(&page.html).expect("a page");
        let file = if as_text {
            let d = decode(select_all_text(&html.text).as_bytes()).expect("text");
            SourceFile { name: format!("{id}.txt"), text: d.text, warnings: d.warnings }
        } else {
            SourceFile { name: file.to_string(), text: html.text, warnings: html.warnings }
        };
        let a = ingest::ingest(&file).map(|i| i.article).unwrap_or_default();
        let got = [
            a.title.clone(),
            a.published.map(|d| d.iso()).unwrap_or_default(),
            a.outlet.clone().unwrap_or_default(),
            a.author.clone().unwrap_or_default(),
        ];
        for (i, field) in fields.iter().enumerate() {
            let want = g.get(*field).and_then(|v| v.as_str()).unwrap_or("");
            if fold(&got[i]) == fold(want) {
                right[i] += 1;
            } else {
                println!("  MISS {id:.8} {field}: got {:?}, gold {want:?}", got[i]);
            }
        }
    }
    let what = if as_text { "whole-page text" } else { ".html" };
    for (i, field) in fields.iter().enumerate() {
        println!("SCORE aeb-dev {what} {field}: {}/{}", right[i], articles.len());
    }
    Some(right.iter().sum::<usize>() as f64 / (4 * articles.len()) as f64)
}

/// Case, quote style and spacing do not make a field wrong.
fn fold(s: &str) -> String {
    s.replace(['\u{2019}', '\u{2018}'], "'")
        .replace(['\u{201c}', '\u{201d}'], "\"")
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn html_pages_metadata() {
    if let Some(share) = metadata_score(false) {
        println!("SCORE aeb-dev .html metadata: {:.1}% of fields", share * 100.0);
        assert!(share >= 0.94, "metadata from saved pages fell to {share:.3}");
    }
}

#[test]
fn whole_page_text_metadata() {
    if let Some(share) = metadata_score(true) {
        println!("SCORE aeb-dev whole-page text metadata: {:.1}% of fields", share * 100.0);
        assert!(share >= 0.88, "metadata from whole-page text fell to {share:.3}");
    }
}
