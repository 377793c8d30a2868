//! The shape of one article: which lines are the header (title, standfirst,
//! byline, date), which are body paragraphs and section headings, and which
//! are furniture. Works on classified lines; knows nothing about files.

use super::dates::{self, DateLabel, DateParts};
use super::furniture::{self, Class, Meta};
use dossier_model::{Removed, Section};

/// One non-empty source line after preprocessing.
#[derive(Debug, Clone)]
pub struct Line<'a> {
    /// 1-based line in the source file.
    pub no: u32,
    /// Borrowed from the source unless Markdown rewrote it.
    pub text: std::borrow::Cow<'a, str>,
    pub class: Class,
    /// Markdown heading level, when the source marked one.
    pub heading: Option<u8>,
    /// A blank line precedes this one.
    pub gap_before: bool,
}

/// Where a publication date came from; lower ranks win.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DateRank {
    Labelled,
    Header,
    Title,
    Dateline,
    Body,
    Updated,
}

/// Everything the layout found, before dates are resolved.
#[derive(Debug, Default)]
pub struct Draft {
    pub title: Option<String>,
    /// Source line of the headline, for the audit when metadata replaces it.
    pub title_line: u32,
    pub standfirst: Option<String>,
    pub author: Option<String>,
    pub outlet: Option<String>,
    pub dateline: Option<String>,
    pub dates: Vec<(DateRank, DateParts, u32, String)>,
    pub reading_minutes: Option<u32>,
    pub sections: Vec<Section>,
    pub removed: Vec<Removed>,
}

/// Do two lines read the same, ignoring case, spacing and punctuation?
/// Compares lengths first so the common case (different lines) is cheap.
pub fn same_line(a: &str, b: &str) -> bool {
    a.len().abs_diff(b.len()) <= a.len().min(b.len()) / 4 + 4 && norm(a) == norm(b)
}

/// Normalised form for comparing lines: lower-case words of letters and digits.
pub fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end().ends_with(['.', '!', '?', '"', '\u{201d}', '\u{bb}', '\u{2019}', '\'', ')', '\u{2026}', ':', ';'])
}

/// A headline: short, no closing full stop, starts with a capital or digit.
fn headline_like(s: &str) -> bool {
    let w = words(s);
    (1..=25).contains(&w)
        && s.len() <= 220
        && !s.trim_end().ends_with(['.', ',', ';', ':'])
        && s.chars().next().is_some_and(|c| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\u{201c}' | '\u{2018}' | '\'')
        })
}

/// Site sections printed above headlines.
const SECTIONS: &[&str] = &[
    "world",
    "news",
    "middle east",
    "politics",
    "europe",
    "asia",
    "africa",
    "americas",
    "international",
    "business",
    "opinion",
    "analysis",
    "features",
    "breaking news",
    "latest",
    "top stories",
    "world news",
    "diplomacy",
    "conflict",
    "war",
    "security",
    "region",
    "local",
    "national",
    "uk",
    "us",
    "middle east and north africa",
];

/// "Middle East", "WORLD", an outlet name: a label above the headline.
fn is_section_label(s: &str) -> bool {
    let t = s.trim();
    words(t) <= 4
        && (SECTIONS.contains(&t.to_lowercase().as_str())
            || furniture::is_outlet(t)
            || (t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase)))
}

/// A short header line that is neither title nor standfirst: a section
/// label ("World"), an outlet name, a kicker.
fn is_label(s: &str) -> bool {
    words(s) <= 4 && !ends_sentence(s)
}

/// A body line standing alone that reads as a section heading: up to ten
/// words (more with a byline inside), no closing punctuation. Longer such
/// lines are more often photo captions.
fn heading_like(s: &str) -> bool {
    let limit = if furniture::heading_author(s).is_some() { 18 } else { 10 };
    title_case_line(s, limit)
}

/// A caption-like line: a headline shape of up to 30 words.
fn caption_like(s: &str) -> bool {
    title_case_line(s, 30)
}

/// Starts with a capital or digit, ends without sentence punctuation, has
/// at most `limit` words.
fn title_case_line(s: &str, limit: usize) -> bool {
    let t = s.trim_end();
    if t.len() > 240 || t.ends_with(['.', ',', ';', ':', '!', '\u{2026}', '"', '\u{201d}', '\u{bb}', '\'', '\u{2019}'])
    {
        return false;
    }
    let w = words(t);
    (1..=limit).contains(&w)
        && !(t.ends_with('?') && w > 10)
        && t.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// "Related articles", "Most read", "You may also like": debris that is
/// followed by a list of other headlines.
fn heads_link_list(s: &str) -> bool {
    let lower = s.to_lowercase();
    ["related", "more", "read", "also", "recommended", "popular", "trending", "latest"]
        .iter()
        .any(|w| lower.contains(w))
}

/// Scraped text wrapped at a fixed width: most lines of similar length, many
/// ending mid-sentence.
fn hard_wrapped(lines: &[Line<'_>]) -> bool {
    let text: Vec<&Line<'_>> = lines.iter().filter(|l| l.class == Class::Text && l.heading.is_none()).collect();
    if text.len() < 8 {
        return false;
    }
    let max = text.iter().map(|l| l.text.chars().count()).max().unwrap_or(0);
    let in_band = text.iter().filter(|l| (40..=100).contains(&l.text.chars().count())).count();
    let open = text.iter().filter(|l| !ends_sentence(&l.text)).count();
    max <= 110 && in_band * 10 >= text.len() * 7 && open * 10 >= text.len() * 3
}

fn remove(draft: &mut Draft, line: &Line<'_>, reason: &str) {
    draft.removed.push(Removed { line: line.no, text: line.text.to_string(), reason: reason.to_string() });
}

fn apply_meta(draft: &mut Draft, line: &Line<'_>, meta: &Meta, in_body: bool) {
    match meta {
        Meta::Date(label, d) => {
            let rank = match (label, in_body) {
                (DateLabel::Updated, _) => DateRank::Updated,
                (_, true) => DateRank::Body,
                _ if line.text.contains(':') && !line.text.trim_start().starts_with(char::is_numeric) => {
                    DateRank::Labelled
                }
                _ => DateRank::Header,
            };
            draft.dates.push((rank, *d, line.no, line.text.to_string()));
        }
        Meta::ReadingMinutes(n) => {
            draft.reading_minutes.get_or_insert(*n);
        }
        Meta::Byline { author, outlet } => {
            if draft.author.is_none() {
                draft.author.clone_from(author);
            }
            if draft.outlet.is_none() {
                draft.outlet.clone_from(outlet);
            }
        }
    }
}

/// Lays out classified lines as an article. `markdown` trusts explicit
/// headings instead of guessing them.
pub fn layout(lines: &[Line<'_>], markdown: bool) -> Draft {
    let mut draft = Draft::default();
    // 1. Header: everything up to the last metadata line near the top, as
    //    long as only a few text lines (title, standfirst) precede it.
    let mut header_end = 0;
    let mut texts: Vec<usize> = Vec::new();
    let mut labels_above: Vec<usize> = Vec::new();
    for (i, l) in lines.iter().enumerate().take(14) {
        match &l.class {
            Class::Meta(_) => header_end = i + 1,
            Class::Furniture(_) => {}
            Class::Text => {
                let repeat = texts.first().is_some_and(|&f| same_line(&lines[f].text, &l.text));
                if repeat {
                    continue;
                }
                // Prose after a metadata line is the body; a credit line at
                // the end of a short article must not pull it into the header.
                // A standfirst between a byline and a date line stays in the header.
                let prose = words(&l.text) >= 8 || ends_sentence(&l.text);
                let meta_next = lines.get(i + 1).is_some_and(|n| matches!(n.class, Class::Meta(_)));
                if (header_end > 0 && prose && !meta_next)
                    || texts.len() == 3
                    || (!texts.is_empty() && l.text.len() > 400)
                    || (l.heading.is_some() && !texts.is_empty())
                {
                    break;
                }
                texts.push(i);
            }
        }
    }
    // Short lines kept after a metadata line ("23 January 2017" above the
    // headline) belong to the header too.
    if header_end > 0 {
        header_end = header_end.max(texts.last().map_or(0, |&i| i + 1));
    }
    // A section label or outlet name above the headline ("Middle East").
    if let [first, second, ..] = texts[..] {
        if is_section_label(&lines[first].text) && words(&lines[second].text) >= 4 && headline_like(&lines[second].text)
        {
            texts.remove(0);
            header_end = header_end.max(first + 1);
            labels_above.push(first);
        }
    }
    let text_lines = lines.iter().filter(|l| l.class == Class::Text).count();
    let header_texts: Vec<usize> = texts.iter().copied().filter(|&i| i < header_end).collect();
    let mut moved_to_body: Vec<usize> = Vec::new();
    let first_text = texts.first().copied();
    let has_title = match first_text {
        Some(f) => {
            let l = &lines[f];
            text_lines > 1 && (l.heading == Some(1) || (headline_like(&l.text) && (f < header_end || header_end == 0)))
        }
        None => false,
    };
    let mut labels = labels_above;
    if has_title {
        let f = first_text.unwrap_or(0);
        draft.title = Some(lines[f].text.to_string());
        draft.title_line = lines[f].no;
        if header_end == 0 {
            header_end = f + 1;
        }
        for &i in header_texts.iter().skip(1) {
            let l = &lines[i];
            if draft.standfirst.is_none() && words(&l.text) >= 6 && l.heading.is_none() {
                draft.standfirst = Some(l.text.to_string());
            } else if is_label(&l.text) {
                labels.push(i);
            } else {
                moved_to_body.push(i);
            }
        }
    } else {
        for &i in &header_texts {
            if is_label(&lines[i].text) {
                labels.push(i);
            } else {
                moved_to_body.push(i);
            }
        }
    }
    let title = draft.title.clone();
    let is_title = |s: &str| title.as_deref().is_some_and(|t| same_line(t, s));
    for l in &lines[..header_end.min(lines.len())] {
        match &l.class {
            Class::Meta(m) => {
                apply_meta(&mut draft, l, m, false);
                remove(&mut draft, l, m.reason());
            }
            Class::Furniture(r) => remove(&mut draft, l, r),
            Class::Text => {
                let is_title_line = Some(l.no) == first_text.map(|f| lines[f].no) && has_title;
                if !is_title_line && is_title(&l.text) {
                    remove(&mut draft, l, "repeated title");
                } else if labels.iter().any(|&i| lines[i].no == l.no && lines[i].text == l.text) {
                    if furniture::is_outlet(&l.text) && draft.outlet.is_none() {
                        draft.outlet = Some(furniture::normalise_outlet(&l.text));
                        remove(&mut draft, l, "outlet name in the header (kept as outlet)");
                    } else {
                        remove(&mut draft, l, "category or navigation label in the header");
                    }
                }
            }
        }
    }
    // 2. Body.
    let body: Vec<&Line<'_>> = moved_to_body.iter().map(|&i| &lines[i]).chain(lines.iter().skip(header_end)).collect();
    let wrapped = !markdown && hard_wrapped(lines);
    let mut sections: Vec<Section> = Vec::new();
    let mut section = Section::default();
    let mut started = false; // a paragraph has been kept
    let mut last_text: Option<&Line<'_>> = None;
    let mut first_body = true;
    let mut link_list = false;
    for (k, l) in body.iter().enumerate() {
        match &l.class {
            Class::Meta(m) => {
                apply_meta(&mut draft, l, m, true);
                remove(&mut draft, l, m.reason());
                continue;
            }
            Class::Furniture(r) => {
                remove(&mut draft, l, r);
                // "Read more" / "More on X" heads a list of linked headlines.
                link_list = words(&l.text) <= 5 && (*r == "link to another article" || heads_link_list(&l.text));
                continue;
            }
            Class::Text if link_list && heading_like(&l.text) => {
                remove(&mut draft, l, "headline of a linked article");
                continue;
            }
            Class::Text => link_list = false,
        }
        if first_body && is_title(&l.text) {
            remove(&mut draft, l, "repeated title");
            continue;
        }
        first_body = false;
        let next_text = body[k + 1..].iter().find(|n| n.class == Class::Text);
        if !started
            && !markdown
            && l.heading.is_none()
            && draft.title.is_some()
            && caption_like(&l.text)
            && dates::parse_dateline(&l.text).is_none()
            && next_text.is_some_and(|n| words(&n.text) > 12)
        {
            // Straight under the headline it is a subheading; after header
            // lines it is a caption without a credit.
            let under_title = draft.removed.is_empty() && draft.standfirst.is_none() && words(&l.text) >= 6;
            if under_title {
                draft.standfirst = Some(l.text.to_string());
            } else {
                remove(&mut draft, l, "probable photo caption before the lead (no credit, no full stop)");
            }
            continue;
        }
        let is_heading = match l.heading {
            Some(_) => true,
            None if markdown => false,
            None => {
                let stands_alone = !wrapped || l.gap_before || last_text.is_none();
                let prev_closed = last_text.is_none_or(|p| l.gap_before || ends_sentence(&p.text));
                started
                    && stands_alone
                    && prev_closed
                    && heading_like(&l.text)
                    && next_text.is_some_and(|n| n.heading.is_none() && !heading_like(&n.text))
            }
        };
        if is_heading {
            let next = Section {
                heading: Some(l.text.to_string()),
                author: furniture::heading_author(&l.text),
                paragraphs: Vec::new(),
            };
            let done = std::mem::replace(&mut section, next);
            if !done.paragraphs.is_empty() || done.heading.is_some() {
                sections.push(done);
            }
            last_text = None;
            continue;
        }
        let joins = match (last_text, section.paragraphs.last()) {
            (Some(_), Some(prev)) if !l.gap_before => {
                wrapped || (!ends_sentence(prev) && l.text.chars().next().is_some_and(|c| c.is_lowercase()))
            }
            _ => false,
        };
        match section.paragraphs.last_mut() {
            Some(prev) if joins => {
                prev.push(' ');
                prev.push_str(&l.text);
            }
            _ => section.paragraphs.push(l.text.to_string()),
        }
        started = true;
        last_text = Some(l);
    }
    if !section.paragraphs.is_empty() || section.heading.is_some() {
        sections.push(section);
    }
    // 3. Wire dateline opening the first paragraph.
    if let Some(first) = sections.iter_mut().find_map(|s| s.paragraphs.first_mut()) {
        if let Some(d) = dates::parse_dateline(first) {
            let prefix = first[..d.body_start].trim_end().to_string();
            let no = body.iter().find(|l| l.class == Class::Text).map_or(1, |l| l.no);
            draft.removed.push(Removed {
                line: no,
                text: prefix.clone(),
                reason: "wire dateline (kept as dateline, date and outlet)".into(),
            });
            *first = first[d.body_start..].to_string();
            draft.dateline = Some(d.city);
            if let Some(p) = d.date {
                draft.dates.push((DateRank::Dateline, p, no, prefix));
            }
            if draft.outlet.is_none() {
                draft.outlet = d.agency.map(|a| furniture::normalise_outlet(&a));
            }
        }
    }
    // Wire copy names its reporters only in the closing credit
    // ("(Reporting by Jane Smith in Kyiv; Editing by ...)"): the first
    // reporter is the author when no byline named one.
    if draft.author.is_none() {
        draft.author = draft
            .removed
            .iter()
            .filter(|r| r.reason == "reporting credits")
            .find_map(|r| furniture::credit_author(&r.text));
    }
    if let Some(author) = &draft.author {
        if let Some(last) = sections.last_mut() {
            if last.paragraphs.last().is_some_and(|p| author_bio(p, author)) {
                let text = last.paragraphs.pop().unwrap_or_default();
                let no = body.iter().rev().find(|l| l.class == Class::Text).map_or(1, |l| l.no);
                draft.removed.push(Removed { line: no, text, reason: "author biography".into() });
                if last.paragraphs.is_empty() && last.heading.is_none() {
                    sections.pop();
                }
            }
        }
    }
    draft.sections = sections;
    draft
}

/// Columns close with a note on their writer ("Jane Roe is a senior fellow
/// at ..."): page furniture, not part of the argument, and the
/// institutions it names are not actors of the story. Only a short last
/// paragraph that opens with the byline's name and a copula counts.
fn author_bio(paragraph: &str, author: &str) -> bool {
    let p = paragraph.trim_start_matches(['*', '_', '—', '–', '-', ' ']);
    if p.len() > 400 || author.split_whitespace().count() < 2 {
        return false;
    }
    let Some(rest) = p.strip_prefix(author) else {
        return false;
    };
    [" is ", " was ", " has been ", " writes ", " teaches ", " works "].iter().any(|v| rest.starts_with(v))
}
