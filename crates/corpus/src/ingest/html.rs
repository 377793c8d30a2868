//! HTML saved under a text name: detect it and keep only the readable text,
//! with block elements turned into paragraph breaks. Linear in the input.

/// Does the text look like an HTML page rather than prose?
pub fn looks_like_html(text: &str) -> bool {
    let end = text.char_indices().nth(4096).map_or(text.len(), |(i, _)| i);
    if !text[..end].contains('<') {
        return false;
    }
    let head = text[..end].to_ascii_lowercase();
    if head.trim_start().starts_with("<!doctype html") || head.contains("<html") || head.contains("<body") {
        return true;
    }
    let tags = ["<p>", "<p ", "</p>", "<div", "</div>", "<br", "<span", "</a>", "<h1", "<h2", "<li>"];
    tags.iter().map(|t| head.matches(t).count()).sum::<usize>() >= 3
}

/// Is the text a whole HTML document (a saved page), not a fragment? Those
/// go through the page extractor; fragments are only stripped of tags.
pub fn looks_like_full_page(text: &str) -> bool {
    let end = text.char_indices().nth(4096).map_or(text.len(), |(i, _)| i);
    let head = text[..end].trim_start().to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || (head.starts_with("<?xml") && head.contains("<html"))
}

/// Elements whose content is never article text.
const SKIP: &[&str] = &["script", "style", "head", "nav", "footer", "noscript", "svg", "form", "iframe", "button"];
/// Elements that end a paragraph.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "blockquote",
    "figure",
    "figcaption",
    "hr",
    "title",
    "main",
    "aside",
];

/// Strips tags and decodes common entities; block elements become blank lines.
pub fn strip(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut skipping: Option<String> = None;
    while let Some(lt) = rest.find('<') {
        if skipping.is_none() {
            push_text(&mut out, &rest[..lt]);
        }
        let after = &rest[lt + 1..];
        if after.starts_with("!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        let Some(gt) = after.find('>') else {
            if skipping.is_none() {
                push_text(&mut out, &rest[lt..]);
            }
            rest = "";
            break;
        };
        let tag = &after[..gt];
        rest = &after[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if let Some(open) = &skipping {
            if closing && *open == name {
                skipping = None;
            }
            continue;
        }
        if !closing && SKIP.contains(&name.as_str()) && !tag.ends_with('/') {
            skipping = Some(name);
            continue;
        }
        if BLOCK.contains(&name.as_str()) {
            out.push_str("\n\n");
        }
    }
    if skipping.is_none() {
        push_text(&mut out, rest);
    }
    // Collapse runs of blank lines and trim each line.
    let mut clean = String::with_capacity(out.len());
    let mut blank = 0;
    for line in out.split('\n') {
        let l = line.trim();
        if l.is_empty() {
            blank += 1;
            continue;
        }
        if !clean.is_empty() {
            clean.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        clean.push_str(l);
        blank = 0;
    }
    clean
}

fn push_text(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        push_spaced(out, &rest[..amp]);
        let tail = &rest[amp..];
        // Entities are short; look for the ';' nearby only.
        let end = tail.as_bytes().iter().take(12).position(|&b| b == b';');
        match end.and_then(|e| entity(&tail[1..e]).map(|c| (c, e))) {
            Some((c, e)) => {
                out.push(c);
                rest = &tail[e + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    push_spaced(out, rest);
}

/// Source newlines inside HTML are just spaces.
fn push_spaced(out: &mut String, s: &str) {
    for c in s.chars() {
        out.push(if c == '\n' || c == '\t' { ' ' } else { c });
    }
}

fn entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" | "#39" => '\'',
        "nbsp" => '\u{a0}',
        "rsquo" => '\u{2019}',
        "lsquo" => '\u{2018}',
        "rdquo" => '\u{201d}',
        "ldquo" => '\u{201c}',
        "mdash" => '\u{2014}',
        "ndash" => '\u{2013}',
        "hellip" => '\u{2026}',
        "laquo" => '\u{ab}',
        "raquo" => '\u{bb}',
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)?
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_keeps_paragraphs() {
        let html = "<html><head><title>x</title><style>p{}</style></head><body><h1>Talks open</h1>\
                    <p>Delegates met &amp; talked.</p><script>var a = '<p>';</script><p>More&nbsp;text</p></body></html>";
        assert!(looks_like_html(html));
        assert_eq!(strip(html), "Talks open\n\nDelegates met & talked.\n\nMore\u{a0}text");
        assert!(!looks_like_html("Plain text with a <note> in it."));
    }
}
