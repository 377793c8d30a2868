//! Source text to classified lines: one [`Line`] per non-empty line, with
//! headers glued to the previous sentence split off ("...deal.Author: BBC")
//! and Markdown headings, images, links and emphasis read.

use super::furniture::{self, Class};
use super::layout::Line;
use std::borrow::Cow;

/// Labels that scraped pages glue to the end of the previous text.
const GLUED_LABELS: &[&str] = &["Author:", "Posted:", "Published:", "Updated:", "Read more:", "Source:", "Date:"];

/// Splits the text into classified lines, separating headers glued to the
/// previous sentence and reading Markdown headings, images and links.
pub fn split_lines(text: &str, first_line: u32, markdown: bool) -> Vec<Line<'_>> {
    let mut out: Vec<Line<'_>> = Vec::new();
    let mut gap = false;
    for (i, raw) in text.split('\n').enumerate() {
        let no = first_line + i as u32;
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            gap = true;
            continue;
        }
        if markdown && !trimmed.is_empty() && trimmed.chars().all(|c| c == '=' || c == '-') && trimmed.len() >= 3 {
            // Setext underline: the previous line is a heading.
            if let Some(prev) = out.last_mut().filter(|p| p.no + 1 == no && p.class == Class::Text) {
                prev.heading = Some(if trimmed.starts_with('=') { 1 } else { 2 });
                continue;
            }
        }
        for piece in split_glued(trimmed).into_iter().flat_map(split_header_strip) {
            let (text, heading, class) = if markdown {
                let (t, h, c) = markdown_line(piece);
                (Cow::Owned(t), h, c)
            } else {
                (Cow::Borrowed(piece), None, None)
            };
            if text.trim().is_empty() {
                continue;
            }
            let class =
                class.unwrap_or_else(|| if heading.is_some() { Class::Text } else { furniture::classify(&text) });
            out.push(Line { no, text, class, heading, gap_before: gap });
            gap = false;
        }
    }
    out
}

/// "By Jane Smith | 23 January 2017 | 3 min read": several header items on
/// one line are split when every part is a header item or furniture.
fn split_header_strip(line: &str) -> Vec<&str> {
    if line.len() > 200 {
        return vec![line];
    }
    for sep in [" | ", " \u{2022} ", " \u{b7} "] {
        if line.contains(sep) {
            let parts: Vec<&str> = line.split(sep).map(str::trim).filter(|p| !p.is_empty()).collect();
            if parts.len() >= 2 && parts.iter().all(|p| furniture::classify(p) != Class::Text) {
                return parts;
            }
        }
    }
    vec![line]
}

/// "…peace deal.Author: BBC news" → ["…peace deal.", "Author: BBC news"].
fn split_glued(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    // One pass over the colons: linear even on a 20 MB line.
    for (colon, _) in line.match_indices(':') {
        let head = &line[start..=colon];
        let Some(pre) = GLUED_LABELS.iter().find_map(|label| head.strip_suffix(label)) else { continue };
        let before = pre.chars().next_back().unwrap_or(' ');
        if matches!(before, '.' | '!' | '?' | '"' | '\u{201d}' | '\u{2019}' | ')' | '\u{bb}') {
            out.push(line[start..start + pre.len()].trim_end());
            start += pre.len();
        }
    }
    out.push(&line[start..]);
    out
}

/// One Markdown line as text, with its heading level or a furniture class.
fn markdown_line(line: &str) -> (String, Option<u8>, Option<Class>) {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    if (1..=6).contains(&hashes) && line[hashes..].starts_with(' ') {
        let text = line[hashes..].trim().trim_end_matches('#').trim();
        return (inline_markdown(text), Some(hashes as u8), None);
    }
    // A line that is all bold ("**The new equation**") is a subheading.
    if let Some(inner) = line.strip_prefix("**").and_then(|r| r.strip_suffix("**")) {
        let inner = inner.trim();
        if !inner.is_empty() && !inner.contains("**") && !inner.ends_with(['.', ':']) && inner.len() <= 160 {
            return (inline_markdown(inner), Some(3), None);
        }
    }
    if line.starts_with("![") && line.ends_with(')') {
        return (line.to_string(), None, Some(Class::Furniture("image")));
    }
    let mut text = line;
    for prefix in ["> ", "- ", "* ", "+ "] {
        if let Some(r) = text.strip_prefix(prefix) {
            text = r;
        }
    }
    (inline_markdown(text), None, None)
}

/// Drops emphasis markers and keeps link text: `[text](url)` → `text`.
fn inline_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    // Links are searched for in a bounded window so a line full of
    // brackets stays linear.
    const WINDOW: usize = 600;
    let find_in = |s: &str, pat: &[u8]| {
        let bytes = &s.as_bytes()[..s.len().min(WINDOW)];
        bytes.windows(pat.len()).position(|w| w == pat)
    };
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let link = find_in(after, b"](").and_then(|close| {
            let url_part = &after[close + 2..];
            find_in(url_part, b")").map(|end| (close, close + 2 + end + 1))
        });
        match link {
            Some((close, end)) if !after[..close].contains('[') => {
                out.push_str(&rest[..open]);
                out.push_str(&after[..close]);
                rest = &after[end..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.replace("**", "").replace("__", "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_lines() {
        assert_eq!(markdown_line("## Part two #").1, Some(2));
        assert_eq!(markdown_line("**The new equation**"), ("The new equation".to_string(), Some(3), None));
        assert_eq!(markdown_line("**Bold** start of a sentence.").1, None);
        assert_eq!(markdown_line("See [the report](http://x.org/a) now").0, "See the report now");
        assert!(markdown_line("![map](map.png)").2.is_some());
    }

    #[test]
    fn header_strips_are_split() {
        assert_eq!(split_header_strip("By Jane Smith | 23 January 2017 | 3 min read").len(), 3);
        assert_eq!(split_header_strip("Home | World | Middle East").len(), 1);
        assert_eq!(split_header_strip("Talks | a new hope"), vec!["Talks | a new hope"]);
    }

    #[test]
    fn glued_header_is_split() {
        assert_eq!(split_glued("a peace deal.Author:  BBC news"), vec!["a peace deal.", "Author:  BBC news"]);
        assert_eq!(split_glued("Ratio 3:1 said Author: X"), vec!["Ratio 3:1 said Author: X"]);
    }
}
