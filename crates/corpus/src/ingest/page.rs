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
    /// Blocks and parts of blocks left out of the article, with the reason.
    pub dropped: Vec<(String, &'static str)>,
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
    let mut dropped = Vec::new();
    let pieces = match extracted.content_html {
        Some(html) if from_json_ld => blocks(&html).into_iter().map(drop_repeated_runs).map(Piece::plain).collect(),
        Some(html) => {
            let (pieces, cut) = pieces(&html);
            dropped.extend(cut.into_iter().map(|c| (c, LINK_RUN_REASON)));
            pieces
        }
        None => {
            let strict = rs_trafilatura::Options { use_fallback_extraction: false, ..options };
            let main = rs_trafilatura::extract_with_options(html, &strict).ok().and_then(|e| e.content_html);
            match main.map(|h| pieces(&h).0).filter(|b| b.iter().map(|p| text_of(&p.block).len()).sum::<usize>() > 500)
            {
                Some(b) => b,
                None => extracted
                    .content_text
                    .lines()
                    .map(collapse)
                    .filter(|l| !l.is_empty())
                    .map(|l| Piece::plain(Block::Paragraph(l)))
                    .collect(),
            }
        }
    };
    let description = meta.description.as_ref().map(|d| collapse(&d.value));
    let year = meta.published.as_ref().and_then(|d| d.value.get(..4)).filter(|y| y.bytes().all(|b| b.is_ascii_digit()));
    let blocks = sift(pieces, &Declared { description: description.as_deref(), year }, &mut dropped);
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
    Ok(Page { meta, headline, markdown: render(&blocks), visible_description, visible_dates, dropped })
}

const LINK_RUN_REASON: &str = "linked headlines inside a paragraph";
const LINK_REASON: &str = "a link to another page (teaser, tag or menu)";

/// Leaves out blocks that are no part of the story, by their markup:
///
/// - a block that is a link, or a link with a short label ("Related:",
///   "Tags", "Read next"): teasers for other stories, tag lists, menus. A
///   bare address (`www.…`, `https://…`) stays: the story cites it.
/// - a list of other stories: three or more short part-linked or cut
///   headlines ("… raise fe..") in a row, or two after a short label; a label over links; in the last
///   quarter, a short text with no full stop between links (a teaser card);
/// - a closing section: a heading in the second half that opens comments,
///   tags, related stories or "About <Company>", down to the next heading;
/// - an author box: a linked name heading, then a paragraph opening with it;
/// - a heading near the top that repeats the page's description: the
///   standfirst, which the article already has from the page's metadata;
/// - a short line at the top with the declared year and a date ("By X,
///   Tuesday, 9 March 2021"), unless the layout reads it as a byline or date.
///
/// Block quotes stay (embedded posts are often one link). When the rules
/// would leave less than a third of the words, the blocks are kept as they
/// are: the extractor's output is then not an article with clutter around it.
fn sift(pieces: Vec<Piece>, declared: &Declared, dropped: &mut Vec<(String, &'static str)>) -> Vec<Block> {
    let mut reasons: Vec<Option<&'static str>> =
        pieces.iter().enumerate().map(|(i, p)| drop_reason(i, p, declared)).collect();
    teaser_lists(&pieces, &mut reasons);
    closing_sections(&pieces, &mut reasons);
    author_boxes(&pieces, &mut reasons);
    let count = |keep: bool| -> usize {
        pieces
            .iter()
            .zip(&reasons)
            .filter(|(_, r)| !keep || r.is_none())
            .map(|(p, _)| text_of(&p.block).split_whitespace().count())
            .sum()
    };
    if count(true) * 3 < count(false) {
        return pieces.into_iter().map(|p| p.block).collect();
    }
    let mut out = Vec::new();
    for (p, r) in pieces.into_iter().zip(reasons) {
        match r {
            Some(r) => dropped.push((text_of(&p.block).to_string(), r)),
            None => out.push(p.block),
        }
    }
    out
}

/// Part-linked short blocks in a run: a list of other stories ("More
/// stories", "You may also like"), each a headline with a link in it.
const TEASER_LINKS: f32 = 0.3;
const TEASER_WORDS: usize = 25;

fn is_teaser(p: &Piece) -> bool {
    let text = text_of(&p.block);
    let words = text.split_whitespace().count();
    !matches!(p.block, Block::Quote(_))
        && words <= TEASER_WORDS
        && !is_address(text)
        && ((p.link_share >= TEASER_LINKS && !ends_sentence(text)) || (words <= 15 && cut_short(text)))
}

/// A headline cut to fit a teaser card: "Harbour board votes to raise fe..".
fn cut_short(text: &str) -> bool {
    text.ends_with("..") || text.ends_with('\u{2026}')
}

/// Ends with a full stop (a headline does not).
fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')']).ends_with('.')
}

/// A short line that names what follows ("More Great Stories", "Read
/// next"): a few words, no sentence.
fn is_label(p: &Piece) -> bool {
    let text = text_of(&p.block);
    let n = text.split_whitespace().count();
    (1..=6).contains(&n) && !text.ends_with(['.', '?', '!', '"', '\u{201d}']) && !matches!(p.block, Block::Quote(_))
}

/// Three or more teasers in a row, or two after a label, go with the label.
fn teaser_lists(pieces: &[Piece], reasons: &mut [Option<&'static str>]) {
    const REASON: &str = "a list of links to other stories";
    let mut i = 0;
    while i < pieces.len() {
        let run = pieces[i..].iter().take_while(|p| is_teaser(p)).count();
        if run == 0 {
            i += 1;
            continue;
        }
        let label = i > 0 && is_label(&pieces[i - 1]) && pieces[i - 1].link_share < TEASER_LINKS;
        if run >= 3 || (run >= 2 && label) {
            for r in &mut reasons[i..i + run] {
                r.get_or_insert(REASON);
            }
            if label {
                reasons[i - 1].get_or_insert(REASON);
            }
        }
        i += run;
    }
    // Teaser cards at the end: a short text between links to other stories.
    let words: Vec<usize> = pieces.iter().map(|p| text_of(&p.block).split_whitespace().count()).collect();
    let total: usize = words.iter().sum();
    let mut before = 0;
    for i in 0..pieces.len() {
        let tail = before * 4 >= total * 3;
        before += words[i];
        let links = |r: Option<&str>| r.is_some_and(|r| r == LINK_REASON || r == REASON);
        if tail
            && reasons[i].is_none()
            && i > 0
            && words[i] <= TEASER_WORDS * 2
            && !ends_sentence(text_of(&pieces[i].block))
            && links(reasons[i - 1])
            && reasons.get(i + 1).is_none_or(|r| links(*r))
            && !matches!(pieces[i].block, Block::Quote(_))
        {
            reasons[i] = Some(REASON);
        }
    }
    // A label over blocks that went as links ("Related news", "Read next").
    for i in 0..pieces.len().saturating_sub(2) {
        let links = |r: Option<&str>| r.is_some_and(|r| r == LINK_REASON || r == REASON);
        if reasons[i].is_none()
            && is_label(&pieces[i])
            && !matches!(pieces[i].block, Block::Item(_))
            && links(reasons[i + 1])
            && links(reasons[i + 2])
        {
            reasons[i] = Some(REASON);
        }
    }
}

/// Headings that open what a site puts under a story: comments, tags,
/// related stories, the "About <Company>" paragraph of a press release.
const CLOSING_HEADINGS: &[&str] = &[
    "about ",
    "comment",
    "related",
    "tags",
    "topics",
    "tell us",
    "leave a ",
    "join the ",
    "more in ",
    "more from ",
    "more on ",
    "more stories",
    "more news",
    "recommended",
    "popular",
    "trending",
    "most read",
    "most popular",
    "you may also",
    "you might also",
    "read next",
    "share this",
    "follow us",
];

/// A closing heading in the second half of the article: it and the blocks
/// under it, to the next heading, go.
fn closing_sections(pieces: &[Piece], reasons: &mut [Option<&'static str>]) {
    const REASON: &str = "a closing section (comments, tags, related stories, about the company)";
    let words: Vec<usize> = pieces.iter().map(|p| text_of(&p.block).split_whitespace().count()).collect();
    let total: usize = words.iter().sum();
    let mut before = 0;
    let mut open = false;
    for (i, p) in pieces.iter().enumerate() {
        if let Block::Heading(h) = &p.block {
            let lower = h.to_lowercase();
            open = before * 2 >= total
                && words[i] <= 6
                && CLOSING_HEADINGS.iter().any(|c| lower.starts_with(c) || lower == c.trim_end());
        }
        if open {
            reasons[i].get_or_insert(REASON);
        }
        before += words[i];
    }
}

/// An author box: a short linked heading (the name), then a paragraph that
/// starts with the name ("Jane is a writer who ...").
fn author_boxes(pieces: &[Piece], reasons: &mut [Option<&'static str>]) {
    const REASON: &str = "author box";
    for i in 0..pieces.len().saturating_sub(1) {
        let (Block::Heading(name), Block::Paragraph(bio)) = (&pieces[i].block, &pieces[i + 1].block) else { continue };
        if pieces[i].link_share >= 0.9 && name.split_whitespace().count() <= 4 && bio.starts_with(name.as_str()) {
            reasons[i] = Some(REASON);
            reasons[i + 1] = Some(REASON);
        }
    }
}

fn is_address(text: &str) -> bool {
    text.contains("://") || text.to_lowercase().split_whitespace().any(|w| w.starts_with("www."))
}

/// What the page declares, for the rules that compare blocks with it.
#[derive(Default)]
struct Declared<'a> {
    description: Option<&'a str>,
    /// The year of the declared publication date.
    year: Option<&'a str>,
}

/// "By Jane Roe, Tuesday, 3 March 2020 10:05 GMT", "Mar 3 2020, 9:15am":
/// a short line, no sentence, with the declared year and a month name or a
/// numeric date in it.
fn is_date_line(text: &str, year: &str) -> bool {
    if text.split_whitespace().count() > 16 || ends_sentence(text) || !text.contains(year) {
        return false;
    }
    let lower = text.to_lowercase();
    let month = lower.split(|c: char| !c.is_alphabetic()).any(|w| super::dates::month(w).is_some());
    let numeric = [format!("{year}-"), format!("{year}/"), format!("/{year}"), format!(".{year}")]
        .iter()
        .any(|p| text.contains(p.as_str()));
    month || numeric
}

fn drop_reason(i: usize, p: &Piece, declared: &Declared) -> Option<&'static str> {
    let text = text_of(&p.block);
    if matches!(p.block, Block::Quote(_)) {
        return None;
    }
    if i < 3 && matches!(p.block, Block::Heading(_)) && declared.description.is_some_and(|d| d == text) {
        return Some("standfirst repeated as a heading");
    }
    // A header the layout reads (a byline, a date) stays for it to read.
    if i < 3
        && matches!(p.block, Block::Paragraph(_))
        && declared.year.is_some_and(|y| is_date_line(text, y))
        && super::furniture::classify(text) == super::furniture::Class::Text
    {
        return Some("header line (byline or date)");
    }
    if !is_address(text) && (p.link_share >= 0.9 || (p.link_share >= 0.6 && p.plain_words <= 2)) {
        return Some(LINK_REASON);
    }
    None
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
    pieces(content_html).0.into_iter().map(|p| p.block).collect()
}

/// A block with what its markup says about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub block: Block,
    /// Share of the block's letters and digits inside links (`<a>`).
    pub link_share: f32,
    /// Words of the block outside links.
    pub plain_words: usize,
}

impl Piece {
    fn plain(block: Block) -> Piece {
        let plain_words = text_of(&block).split_whitespace().count();
        Piece { block, link_share: 0.0, plain_words }
    }
}

/// Blocks of the extractor's output with their link share, and the runs of
/// linked headlines cut from inside paragraphs.
pub fn pieces(content_html: &str) -> (Vec<Piece>, Vec<String>) {
    let doc = Document::fragment(content_html);
    let mut w = Walker::default();
    let root = doc.root();
    w.walk(&root, Kind::Paragraph);
    w.flush(Kind::Paragraph);
    (w.out, w.cut)
}

#[derive(Clone, Copy)]
enum Kind {
    Heading,
    Paragraph,
    Item,
    Quote,
}

#[derive(Default)]
struct Walker {
    out: Vec<Piece>,
    current: String,
    /// Letters and digits of `current` inside links, and its text outside them.
    linked: usize,
    unlinked: String,
    in_link: usize,
    /// Byte ranges of `current` that hold a run of adjacent links after the
    /// first, with their letters and digits.
    runs: Vec<(std::ops::Range<usize>, usize)>,
    cut: Vec<String>,
}

fn word_chars(s: &str) -> usize {
    s.chars().filter(|c| c.is_alphanumeric()).count()
}

fn words(s: &str) -> usize {
    s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// Three or more links side by side, with nothing but spaces between them.
const LINK_RUN: usize = 3;

impl Walker {
    fn push(&mut self, text: &str) {
        if self.in_link > 0 {
            self.linked += word_chars(text);
        } else {
            self.unlinked.push_str(text);
        }
        self.current.push_str(text);
    }

    fn flush(&mut self, kind: Kind) {
        let mut raw = std::mem::take(&mut self.current);
        let mut linked = std::mem::take(&mut self.linked);
        let unlinked = std::mem::take(&mut self.unlinked);
        let runs = std::mem::take(&mut self.runs);
        // A sentence with a run of linked headlines inside it (a hover card
        // or a "more on" strip after a name): the sentence stays, the run goes.
        if !runs.is_empty() && words(&unlinked) >= 5 {
            let first_cut = self.cut.len();
            for (range, chars) in runs.iter().rev() {
                let gone = collapse(&raw[range.clone()]);
                if !gone.is_empty() {
                    self.cut.push(gone);
                }
                linked -= chars;
                raw.replace_range(range.clone(), " ");
            }
            self.cut[first_cut..].reverse();
        }
        let t = collapse(&raw);
        if t.is_empty() {
            return;
        }
        let link_share = linked as f32 / word_chars(&t).max(1) as f32;
        let block = match kind {
            Kind::Heading => Block::Heading(t),
            Kind::Paragraph => Block::Paragraph(t),
            Kind::Item => Block::Item(t),
            Kind::Quote => Block::Quote(t),
        };
        self.out.push(Piece { block, link_share: link_share.min(1.0), plain_words: words(&unlinked) });
    }

    fn walk(&mut self, node: &NodeRef, kind: Kind) {
        let children: Vec<NodeRef> = node.children_it(false).collect();
        let is_link = |n: &NodeRef| n.is_element() && n.node_name().is_some_and(|x| x.eq_ignore_ascii_case("a"));
        let is_gap = |n: &NodeRef| n.is_text() && n.text().trim().is_empty();
        // The length of the run of adjacent links that starts at each child.
        let mut run_from = vec![0usize; children.len()];
        for i in (0..children.len()).rev() {
            if is_link(&children[i]) {
                let mut j = i + 1;
                while j < children.len() && is_gap(&children[j]) {
                    j += 1;
                }
                run_from[i] = 1 + if j < children.len() && is_link(&children[j]) { run_from[j] } else { 0 };
            }
        }
        let mut in_run = 0;
        for (i, child) in children.iter().enumerate() {
            let child = *child;
            if in_run == 0 && run_from[i] >= LINK_RUN && self.in_link == 0 {
                in_run = run_from[i];
                // The first link is the name the sentence needs.
                self.walk_inline(&child, kind, true);
                in_run -= 1;
                continue;
            }
            if in_run > 0 {
                let (start, before) = (self.current.len(), self.linked);
                if child.is_text() {
                    self.current.push_str(&child.text());
                } else {
                    // Side by side on the page, but separate links.
                    self.current.push(' ');
                    self.walk_inline(&child, kind, true);
                    in_run -= 1;
                }
                let (end, chars) = (self.current.len(), self.linked - before);
                match self.runs.last_mut() {
                    Some((r, n)) if r.end == start => {
                        r.end = end;
                        *n += chars;
                    }
                    _ => self.runs.push((start..end, chars)),
                }
                continue;
            }
            if child.is_text() {
                self.push(&child.text());
                continue;
            }
            if !child.is_element() {
                continue;
            }
            let name = child.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
            let inner = match name.as_str() {
                "script" | "style" | "noscript" | "template" | "button" | "svg" | "figure" | "figcaption" => continue,
                "br" => {
                    self.flush(kind);
                    continue;
                }
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Some(Kind::Heading),
                "li" | "dt" | "dd" => Some(Kind::Item),
                "blockquote" => Some(Kind::Quote),
                "p" | "div" | "section" | "article" | "main" | "header" | "footer" | "aside" | "ul" | "ol" | "dl"
                | "table" | "tr" | "pre" | "hr" | "address" | "details" | "summary" => Some(kind),
                "td" | "th" => {
                    // Table cells read as one line per row.
                    self.walk(&child, kind);
                    self.current.push_str(" \u{b7} ");
                    continue;
                }
                _ => None,
            };
            match inner {
                Some(k) => {
                    self.flush(kind);
                    // A paragraph inside a quote or item stays a quote or item.
                    let k = match (kind, k) {
                        (Kind::Quote, Kind::Paragraph) => Kind::Quote,
                        (Kind::Item, Kind::Paragraph) => Kind::Item,
                        _ => k,
                    };
                    self.walk(&child, k);
                    self.flush(k);
                }
                // Inline: keep words apart where the page relied on layout.
                None => self.walk_inline(&child, kind, name == "a"),
            }
        }
        if self.current.ends_with(" \u{b7} ") {
            self.current.truncate(self.current.len() - " \u{b7} ".len());
        }
    }

    fn walk_inline(&mut self, node: &NodeRef, kind: Kind, link: bool) {
        self.in_link += usize::from(link);
        self.walk(node, kind);
        self.in_link -= usize::from(link);
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

    /// The blocks kept from `html` and the texts left out, with reasons.
    fn sifted(html: &str, description: Option<&str>) -> (Vec<Block>, Vec<(String, &'static str)>) {
        let (pieces, cut) = pieces(html);
        let mut dropped: Vec<(String, &'static str)> = cut.into_iter().map(|c| (c, LINK_RUN_REASON)).collect();
        let kept = sift(pieces, &Declared { description, year: Some("2021") }, &mut dropped);
        (kept, dropped)
    }

    const STORY: &str = "<p>The harbour board voted on Tuesday to raise mooring fees for the first time in a decade, \
        citing repairs to the north pier.</p><p>Fishermen said the rise would cost each boat several hundred pounds a \
        year, and asked the board to phase it in.</p>";

    #[test]
    fn link_share_and_plain_words_are_measured() {
        let (p, _) = pieces("<p>See <a>the full report</a></p><p>No links here at all.</p>");
        assert!(p[0].link_share > 0.7 && p[0].plain_words == 1, "{:?}", p[0]);
        assert_eq!((p[1].link_share, p[1].plain_words), (0.0, 5));
    }

    #[test]
    fn a_run_of_linked_headlines_inside_a_sentence_is_cut_after_the_first_link() {
        let html = "<p>The plan was backed by Sen. <a>Jane Roe</a><a>Jane Roe</a><a>Roe calls for a hearing on \
            pier safety</a> <a>Mooring fees rise again</a> <a>MORE</a> (R-Maine), who spoke on Monday.</p>";
        let (kept, dropped) = sifted(html, None);
        assert_eq!(
            kept,
            vec![Block::Paragraph("The plan was backed by Sen. Jane Roe (R-Maine), who spoke on Monday.".into())]
        );
        assert_eq!(
            dropped,
            vec![(
                "Jane Roe Roe calls for a hearing on pier safety Mooring fees rise again MORE".into(),
                LINK_RUN_REASON
            )]
        );
        // Two links side by side are no run.
        let (kept, _) = sifted("<p>Talks between <a>Maine</a> <a>Quebec</a> officials resumed on Monday.</p>", None);
        assert_eq!(kept, vec![Block::Paragraph("Talks between Maine Quebec officials resumed on Monday.".into())]);
    }

    #[test]
    fn linked_blocks_go_but_addresses_and_quotes_stay() {
        let html = format!(
            "{STORY}<p><a>Storm closes the ferry terminal for a week</a></p><p>Related: <a>Pier repairs begin</a></p>\
             <p>Tags <a>Harbour</a> <a>Fishing</a> <a>Fees</a></p><p><a>https://example.org/fees.pdf</a></p>\
             <blockquote><a>Mooring fees are going up again, and nobody asked us.</a></blockquote>\
             <p>The board meets again in <a>March</a>, when it will hear <a>the fishermen's appeal</a>.</p>"
        );
        let (kept, dropped) = sifted(&html, None);
        let gone: Vec<&str> = dropped.iter().map(|d| d.0.as_str()).collect();
        assert_eq!(
            gone,
            ["Storm closes the ferry terminal for a week", "Related: Pier repairs begin", "Tags Harbour Fishing Fees"]
        );
        assert!(kept.contains(&Block::Paragraph("https://example.org/fees.pdf".into())));
        assert!(kept.contains(&Block::Quote("Mooring fees are going up again, and nobody asked us.".into())));
        assert_eq!(kept.len(), 5);
    }

    #[test]
    fn a_list_of_other_stories_goes_with_its_label() {
        let html = format!(
            "{STORY}<p>More from the coast</p><ul><li><a>Ferry crews strike</a> over rotas</li>\
             <li>Why the <a>lighthouse went dark</a></li></ul>"
        );
        let (kept, dropped) = sifted(&html, None);
        assert_eq!(kept.len(), 2);
        assert_eq!(dropped.len(), 3);
        assert_eq!(dropped[0], ("More from the coast".into(), "a list of links to other stories"));
        // A list in the story, each item a sentence, stays.
        let html = format!(
            "{STORY}<p>What changes</p><ul><li>Fees rise by <a>12%</a> in April.</li>\
             <li>Boats under <a>8 metres</a> pay half.</li></ul>"
        );
        assert_eq!(sifted(&html, None).0.len(), 5);
    }

    #[test]
    fn a_list_of_cut_headlines_goes() {
        let html = format!(
            "{STORY}<p>Elsewhere</p><ul><li>Harbour board votes to raise fe..</li><li>Ferry crews strike over \
             rot\u{2026}</li><li>Why the lighthouse went da...</li></ul>"
        );
        let (kept, dropped) = sifted(&html, None);
        assert_eq!((kept.len(), dropped.len()), (2, 4));
        // Trailing off in a sentence of the story is no teaser.
        let html = format!(
            "{STORY}<p>And then the harbourmaster, who had seen three storms like it, said only: well...</p>\
             <p>Nobody answered him...</p>"
        );
        assert!(sifted(&html, None).1.is_empty());
    }

    #[test]
    fn a_label_over_links_and_teaser_cards_at_the_end_go() {
        let html = format!(
            "{STORY}{STORY}<p>Read next</p><h4><a>Storm closes the ferry terminal</a></h4>\
             <p>Crossings resume on Friday at the earliest</p><h4><a>Pier repairs begin in spring</a></h4>\
             <p>Contractors start work on the north pier</p>"
        );
        let (kept, dropped) = sifted(&html, None);
        assert_eq!((kept.len(), dropped.len()), (4, 5), "{dropped:?}");
        assert_eq!(dropped[0], ("Read next".into(), "a list of links to other stories"));
        // A sentence between links stays: the story runs on around them.
        let html = format!(
            "{STORY}{STORY}<p><a>Storm closes the ferry terminal</a></p><p>The board will meet again in March.</p>\
             <p><a>Pier repairs begin in spring</a></p>"
        );
        assert_eq!(sifted(&html, None).0.len(), 5);
    }

    #[test]
    fn an_author_box_and_a_repeated_standfirst_go() {
        let html = format!(
            "<h2>Fees rise for the first time in ten years.</h2>{STORY}<h4><a>Sam Lee</a></h4>\
             <p>Sam Lee covers the coast for the paper and lives in Portland with two dogs.</p>"
        );
        let (kept, dropped) = sifted(&html, Some("Fees rise for the first time in ten years."));
        assert_eq!(kept.len(), 2);
        let reasons: Vec<&str> = dropped.iter().map(|d| d.1).collect();
        assert_eq!(reasons, ["standfirst repeated as a heading", "author box", "author box"]);
        // The same heading with another description stays.
        assert_eq!(sifted(&html, Some("Something else")).0.len(), 3);
    }

    #[test]
    fn a_byline_or_date_line_at_the_top_goes() {
        let lines = [
            "By Sam Lee, Tuesday, 9 March 2021 10:05 GMT",
            "By admin - 2021-03-09",
            "Portland, Harbour Desk | Updated : 9 March 2021, 09:01 AM",
        ];
        for line in lines {
            let (kept, dropped) = sifted(&format!("<p>{line}</p>{STORY}"), None);
            assert_eq!((kept.len(), dropped[0].1), (2, "header line (byline or date)"), "{line}");
        }
        // A sentence, another year, or a line further down stays.
        for html in [
            format!("<p>In March 2021 the fees went up.</p>{STORY}"),
            format!("<p>By Sam Lee, 9 March 2020</p>{STORY}"),
            format!("{STORY}<p>Pier works</p><p>By admin - 2021-03-09</p>"),
            // A date line the layout reads as the date stays for it.
            format!("<p>Mar 9 2021, 9:15am</p>{STORY}"),
        ] {
            assert!(sifted(&html, None).1.is_empty(), "{html}");
        }
    }

    #[test]
    fn a_closing_section_goes_to_the_next_heading() {
        let html = format!(
            "{STORY}<h3>About Harbour Holdings</h3><p>Harbour Holdings runs six ports on the east coast.</p>\
             <h3>Comments</h3><p>Great news for the town!</p>"
        );
        let (kept, dropped) = sifted(&html, None);
        assert_eq!((kept.len(), dropped.len()), (2, 4));
        // The same headings high up are sub-headings of the story.
        let html = format!(
            "<h3>About the fees</h3>{STORY}<h3>Related costs</h3><p>Berths will also cost more from April, \
             the board said after a long meeting on Tuesday night.</p>"
        );
        assert!(sifted(&format!("{html}{STORY}{STORY}"), None).1.is_empty());
    }

    #[test]
    fn blocks_stay_when_the_rules_would_leave_little() {
        let html = "<p><a>Ferry timetable for the winter months, all routes</a></p><p>Updated weekly.</p>";
        let (kept, dropped) = sifted(html, None);
        assert_eq!((kept.len(), dropped.len()), (2, 0));
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
