//! The development pages of `../shared/corpora/aeb-dev` (read in tests only),
//! the benchmark's body score, and the whole-page text a browser's
//! select-all copy gives of a page.

use std::collections::HashMap;
use std::io::Read;
use std::path::PathBuf;

/// One development page: its id, raw bytes and the gold article body.
pub struct DevPage {
    pub id: String,
    pub html: Vec<u8>,
    pub body: String,
}

/// The folder of development pages; a missing folder fails unless
/// `DOSSIER_NO_GOLD` is set.
pub fn dev_dir() -> Option<PathBuf> {
    let dir = super::workspace().join("../shared/corpora/aeb-dev");
    if dir.join("ground-truth.json").exists() {
        return Some(dir);
    }
    super::missing(&dir, "no ground-truth.json")
}

/// Every development page with its gold body, sorted by id.
pub fn dev_pages() -> Vec<DevPage> {
    let Some(dir) = dev_dir() else { return Vec::new() };
    let truth: HashMap<String, serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("ground-truth.json")).expect("ground truth readable"))
            .expect("ground truth is JSON");
    let mut pages: Vec<DevPage> = truth
        .into_iter()
        .map(|(id, v)| {
            let mut html = Vec::new();
            let file = std::fs::File::open(dir.join(format!("html/{id}.html.gz"))).expect("page exists");
            flate2::read::GzDecoder::new(file).read_to_end(&mut html).expect("page gunzips");
            let body = v["articleBody"].as_str().unwrap_or("").to_string();
            DevPage { id, html, body }
        })
        .collect();
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    pages
}

/// Unicode word tokens, as Python's `\w+` cuts them (near enough: Rust's
/// `is_alphanumeric` also takes a few vowel signs Python leaves out).
fn tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() || c == '_' {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// 4-token shingles with counts; texts of 1–3 tokens are one shingle.
fn shingles(s: &str) -> HashMap<Vec<String>, usize> {
    let t = tokens(s);
    let mut out = HashMap::new();
    if t.is_empty() {
        return out;
    }
    if t.len() < 4 {
        *out.entry(t).or_insert(0) += 1;
        return out;
    }
    for w in t.windows(4) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

/// (precision, recall) of one page's extracted body against its gold body.
pub fn body_score(got: &str, gold: &str) -> (f64, f64) {
    let (g, p) = (shingles(gold), shingles(got));
    let tp: usize = p.iter().map(|(k, n)| (*n).min(*g.get(k).unwrap_or(&0))).sum();
    let (np, ng): (usize, usize) = (p.values().sum(), g.values().sum());
    match (np, ng) {
        (0, 0) => (1.0, 1.0),
        (0, _) | (_, 0) => (0.0, 0.0),
        _ => (tp as f64 / np as f64, tp as f64 / ng as f64),
    }
}

/// The text a reader gets from select-all and copy in a browser: scripts,
/// styles and hidden elements dropped, each block element on its own line.
pub fn select_all_text(html: &str) -> String {
    let doc = dom_query::Document::from(html);
    doc.select("script, style, noscript, template, head, [hidden], [aria-hidden=true], [style*='display:none'], [style*='display: none']")
        .remove();
    let mut out = String::new();
    if let Some(body) = doc.body() {
        walk(&body, &mut out);
    }
    let lines: Vec<String> =
        out.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|l| !l.is_empty()).collect();
    lines.join("\n")
}

const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "blockquote",
    "figure",
    "figcaption",
    "pre",
    "form",
    "address",
    "hr",
    "br",
    "title",
    "details",
    "summary",
    "menu",
];

fn walk(node: &dom_query::NodeRef, out: &mut String) {
    for child in node.children_it(false) {
        if child.is_text() {
            out.push_str(&child.text());
        } else if child.is_element() {
            let name = child.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
            let block = BLOCKS.contains(&name.as_str());
            if block {
                out.push('\n');
            } else if name == "td" || name == "th" {
                out.push('\t');
            }
            walk(&child, out);
            if block {
                out.push('\n');
            }
        }
    }
}
