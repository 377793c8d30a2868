//! A saved web page to article text. The HTML is parsed once by html5ever
//! (through `dom_query`) for the publisher's metadata ([`page_meta`]); the
//! main content is found by `rs-trafilatura`, the best-scoring extractor on
//! the development pages (see `docs/ingest-html.md`). Its output is re-read
//! into blocks (headings, paragraphs, list items, quotes) and rendered as
//! Markdown, so that the same layout and furniture rules as for text files
//! then find the byline, the dateline and the clutter the extractor kept.

use super::page_meta::{self, PageMeta};
use dom_query::{Document, NodeRef};

/// What a page gives the text pipeline.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub meta: PageMeta,
    /// The visible `<h1>` that matches the declared title, if any.
    pub headline: Option<String>,
    /// The main content as Markdown: `## ` headings, `- ` items, `> ` quotes.
    pub markdown: String,
    /// The declared description is shown on the page (a standfirst), not
    /// only written for search engines.
    pub visible_description: bool,
    /// Short texts where the page shows its date, to check a timestamp against.
    pub visible_dates: Vec<String>,
}

/// A block of the main content, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading(String),
    Paragraph(String),
    Item(String),
    Quote(String),
}

/// Reads a page. `Err` says why no article body was found (an index page, a
/// login wall, a page made only of scripts).
pub fn read(html: &str) -> Result<Page, String> {
    let doc = Document::from(html);
    let meta = page_meta::read(&doc);
    let headline = visible_headline(&doc, &meta);
    // Every input is meant as an article: skipping the extractor's page-type
    // classifier changes no score on the development pages and saves 40% of
    // its time (7 to 11 MB/s on one core).
    let options =
        rs_trafilatura::Options { page_type: Some(rs_trafilatura::page_type::PageType::Article), ..Default::default() };
    let extracted =
        rs_trafilatura::extract_with_options(html, &options).map_err(|e| format!("no article body found ({e})"))?;
    // Some of the extractor's fallbacks (merging candidates, a description)
    // give only text, without paragraph breaks. The main pass alone keeps the
    // page's structure; take it when it found a body.
    // The extractor prefers a JSON-LD `articleBody` longer than what it found
    // in the page. That body is flat text, and some publishers repeat whole
    // passages in it; a repeat there is an artifact, not the story.
    let from_json_ld = extracted.warnings.iter().any(|w| w.contains("JSON-LD content"));
    let blocks = match extracted.content_html {
        Some(html) if from_json_ld => blocks(&html).into_iter().map(drop_repeated_runs).collect(),
        Some(html) => blocks(&html),
        None => {
            let strict = rs_trafilatura::Options { use_fallback_extraction: false, ..options };
            let main = rs_trafilatura::extract_with_options(html, &strict).ok().and_then(|e| e.content_html);
            match main.map(|h| blocks(&h)).filter(|b| b.iter().map(|b| text_of(b).len()).sum::<usize>() > 500) {
                Some(b) => b,
                None => extracted
                    .content_text
                    .lines()
                    .map(collapse)
                    .filter(|l| !l.is_empty())
                    .map(Block::Paragraph)
                    .collect(),
            }
        }
    };
    // An article is running text: a sentence of 10 words or more, or
    // paragraphs that outweigh the headings and list items around them.
    // Index pages (headline lists, teaser cards) and login walls are not.
    let (mut prose, mut other, mut longest) = (0, 0, 0);
    for b in &blocks {
        let n = text_of(b).split_whitespace().count();
        if matches!(b, Block::Paragraph(_) | Block::Quote(_)) {
            prose += n;
            longest = longest.max(n);
        } else {
            other += n;
        }
    }
    if prose < 8 || (longest < 10 && prose < other) {
        return Err(format!(
            "no article body found ({prose} words of paragraphs, the longest {longest}: an index page, a login \
             wall or a script-only page?)"
        ));
    }
    let visible_description = meta.description.as_ref().is_some_and(|d| {
        let body = collapse(&doc.select("body").text());
        body.contains(&collapse(&d.value))
    });
    let visible_dates = page_meta::visible_date_texts(&doc);
    Ok(Page { meta, headline, markdown: render(&blocks), visible_description, visible_dates })
}

fn text_of(b: &Block) -> &str {
    match b {
        Block::Heading(t) | Block::Paragraph(t) | Block::Item(t) | Block::Quote(t) => t,
    }
}

/// The `<h1>` a reader sees, when it is the declared title or close to it.
/// Publishers often declare a shorter or older headline in `og:title`.
fn visible_headline(doc: &Document, meta: &PageMeta) -> Option<String> {
    let h1s: Vec<String> =
        doc.select("h1").iter().map(|h| collapse(&h.text())).filter(|h| !h.is_empty() && h.len() < 300).collect();
    // The page's only <h1>, when it reads as a headline and is not the site's name.
    let outlet = meta.outlet.as_ref().map(|o| o.value.to_lowercase()).unwrap_or_default();
    if let [only] = h1s.as_slice() {
        if only.split_whitespace().count() >= 4 && only.to_lowercase() != outlet {
            return Some(only.clone());
        }
    }
    let declared = meta.title.as_ref()?.value.clone();
    let want = word_set(&declared);
    h1s.into_iter().find(|h| {
        let have = word_set(h);
        let shared = want.intersection(&have).count();
        shared * 2 >= want.len().max(have.len()) && shared >= 2.min(want.len())
    })
}

fn word_set(s: &str) -> std::collections::HashSet<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Block elements of the extractor's output, in order. Inline markup is
/// flattened to its text; `<br>` splits a paragraph.
pub fn blocks(content_html: &str) -> Vec<Block> {
    let doc = Document::fragment(content_html);
    let mut out = Vec::new();
    let root = doc.root();
    let mut current = String::new();
    walk(&root, &mut out, &mut current, Kind::Paragraph);
    flush(&mut out, &mut current, Kind::Paragraph);
    out
}

#[derive(Clone, Copy)]
enum Kind {
    Heading,
    Paragraph,
    Item,
    Quote,
}

fn flush(out: &mut Vec<Block>, text: &mut String, kind: Kind) {
    let t = collapse(text);
    text.clear();
    if t.is_empty() {
        return;
    }
    out.push(match kind {
        Kind::Heading => Block::Heading(t),
        Kind::Paragraph => Block::Paragraph(t),
        Kind::Item => Block::Item(t),
        Kind::Quote => Block::Quote(t),
    });
}

fn walk(node: &NodeRef, out: &mut Vec<Block>, current: &mut String, kind: Kind) {
    for child in node.children_it(false) {
        if child.is_text() {
            current.push_str(&child.text());
            continue;
        }
        if !child.is_element() {
            continue;
        }
        let name = child.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
        let inner = match name.as_str() {
            "script" | "style" | "noscript" | "template" | "button" | "svg" | "figure" | "figcaption" => continue,
            "br" => {
                flush(out, current, kind);
                continue;
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Some(Kind::Heading),
            "li" | "dt" | "dd" => Some(Kind::Item),
            "blockquote" => Some(Kind::Quote),
            "p" | "div" | "section" | "article" | "main" | "header" | "footer" | "aside" | "ul" | "ol" | "dl"
            | "table" | "tr" | "pre" | "hr" | "address" | "details" | "summary" => Some(kind),
            "td" | "th" => {
                // Table cells read as one line per row.
                walk(&child, out, current, kind);
                current.push_str(" \u{b7} ");
                continue;
            }
            _ => None,
        };
        match inner {
            Some(k) => {
                flush(out, current, kind);
                // A paragraph inside a quote or item stays a quote or item.
                let k = match (kind, k) {
                    (Kind::Quote, Kind::Paragraph) => Kind::Quote,
                    (Kind::Item, Kind::Paragraph) => Kind::Item,
                    _ => k,
                };
                walk(&child, out, current, k);
                flush(out, current, k);
            }
            None => {
                // Inline: keep words apart where the page relied on layout.
                walk(&child, out, current, kind);
            }
        }
    }
    if current.ends_with(" \u{b7} ") {
        current.truncate(current.len() - " \u{b7} ".len());
    }
}

/// Drops each run of three or more sentences that already appeared, in
/// order, earlier in the block.
fn drop_repeated_runs(block: Block) -> Block {
    let Block::Paragraph(text) = block else { return block };
    let spans = crate::text::sentences(&text);
    let sentences: Vec<&str> = spans.iter().filter_map(|s| text.get(s.range())).collect();
    let mut seen = std::collections::HashSet::new();
    let mut keep = vec![true; sentences.len()];
    let mut i = 0;
    while i < sentences.len() {
        let run = sentences[i..].iter().take_while(|s| seen.contains(*s)).count();
        if run >= 3 {
            keep[i..i + run].iter_mut().for_each(|k| *k = false);
            i += run;
        } else {
            seen.insert(sentences[i]);
            i += 1;
        }
    }
    let kept: Vec<&str> = sentences.iter().zip(&keep).filter(|(_, k)| **k).map(|(s, _)| *s).collect();
    Block::Paragraph(kept.join(" "))
}

/// Markdown for the layout step (which reads `#` headings, `- ` items and
/// `> ` quotes, and drops emphasis markers).
fn render(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        match b {
            Block::Heading(t) => {
                out.push_str("## ");
                out.push_str(t);
            }
            Block::Paragraph(t) => out.push_str(t),
            Block::Item(t) => {
                out.push_str("- ");
                out.push_str(t);
            }
            Block::Quote(t) => {
                out.push_str("> ");
                out.push_str(t);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_keep_order_kind_and_line_breaks() {
        let b = blocks(
            "<h2>Why now</h2><p>First <em>line</em><br>second line</p><ul><li>one</li><li><p>two</p></li></ul>\
             <blockquote><p>Said so.</p></blockquote><table><tr><td>a</td><td>b</td></tr></table>",
        );
        assert_eq!(
            b,
            vec![
                Block::Heading("Why now".into()),
                Block::Paragraph("First line".into()),
                Block::Paragraph("second line".into()),
                Block::Item("one".into()),
                Block::Item("two".into()),
                Block::Quote("Said so.".into()),
                Block::Paragraph("a \u{b7} b".into()),
            ]
        );
    }

    #[test]
    fn repeated_runs_of_sentences_are_dropped_but_single_repeats_kept() {
        let text = "One fell. Two rose. Three held. Four ran. One fell. Two rose. Three held. Five came. Four ran.";
        assert_eq!(
            drop_repeated_runs(Block::Paragraph(text.into())),
            Block::Paragraph("One fell. Two rose. Three held. Four ran. Five came. Four ran.".into())
        );
    }

    #[test]
    fn entities_are_decoded() {
        let b = blocks("<p>Storm &amp; floods&nbsp;hit &lt;here&gt;</p>");
        assert_eq!(b, vec![Block::Paragraph("Storm & floods hit <here>".into())]);
    }

    #[test]
    fn the_visible_headline_wins_when_it_matches_the_declared_title() {
        let html = r#"<html><head><meta property="og:title" content="Harbour reopens after storm">
            </head><body><h1>Menu</h1><h1>The harbour reopens after the storm, mayor says</h1></body></html>"#;
        let doc = Document::from(html);
        let meta = page_meta::read(&doc);
        assert_eq!(visible_headline(&doc, &meta).as_deref(), Some("The harbour reopens after the storm, mayor says"));
    }
}
