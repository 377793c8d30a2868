//! Text utilities shared by every extraction step: sentence spans and a
//! matching form of text (typographic quotes and no-break spaces folded)
//! that keeps byte offsets identical to the original.

use dossier_model::Span;

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Rep", "Sen", "Gov", "Pres", "St", "Jr",
    "Sr", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "vs", "etc",
    "e.g", "i.e", "U.S", "U.N", "U.K", "Inc", "Ltd", "Co", "Corp", "approx", "Hon", "Rt",
];

/// Splits `text` into sentence spans. Paragraph breaks always end a sentence;
/// `.`, `!`, `?` end one when followed by space and a capital, digit or quote.
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut para_start = 0;
    for para in text.split(dossier_model::PARAGRAPH_SEPARATOR) {
        split_paragraph(para, para_start, &mut out);
        para_start += para.len() + dossier_model::PARAGRAPH_SEPARATOR.len();
    }
    out
}

fn split_paragraph(para: &str, base: usize, out: &mut Vec<Span>) {
    let bytes = para.as_bytes();
    let mut start = skip_space(para, 0);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') {
            // Swallow closing quotes and brackets after the terminator.
            let mut end = i + 1;
            while end < para.len() {
                let c = para[end..].chars().next().unwrap_or(' ');
                if matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']') {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            if end < para.len() && is_boundary(para, i, end) {
                push(out, para, base, start, end);
                start = skip_space(para, end);
                i = start;
                continue;
            }
            i = end;
            continue;
        }
        i += 1;
    }
    if start < para.len() {
        push(out, para, base, start, para.len());
    }
}

fn push(out: &mut Vec<Span>, para: &str, base: usize, start: usize, end: usize) {
    let trimmed_end = start + para[start..end].trim_end().len();
    if trimmed_end > start {
        out.push(Span::new(base + start, base + trimmed_end));
    }
}

fn skip_space(s: &str, mut at: usize) -> usize {
    while at < s.len() {
        let c = s[at..].chars().next().unwrap_or('x');
        if c.is_whitespace() {
            at += c.len_utf8();
        } else {
            break;
        }
    }
    at
}

/// Is the terminator at `dot` (ending at `end`) a sentence boundary?
fn is_boundary(para: &str, dot: usize, end: usize) -> bool {
    let rest = &para[end..];
    let Some(first) = rest.chars().next() else { return true };
    if !first.is_whitespace() {
        return false;
    }
    let next = rest.trim_start().chars().next().unwrap_or(' ');
    if !(next.is_uppercase() || next.is_ascii_digit() || matches!(next, '"' | '“' | '«' | '‘' | '\'' | '(')) {
        return false;
    }
    if para.as_bytes()[dot] != b'.' {
        return true;
    }
    // "Jan. 24", "Mr. Smith", "U.S. officials": the word before the dot decides.
    let before = &para[..dot];
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    if ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)) {
        return false;
    }
    // A single capital initial ("J. Smith").
    !(word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()))
}

/// Folds typographic variants (curly quotes, guillemets, dashes, no-break
/// spaces) to ASCII for matching. Each folded char is padded with `\u{1}` up
/// to its original UTF-8 length, so the result has the same byte length and
/// every offset found in it is valid in the original text.
pub fn fold_for_matching(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let rep = match c {
            '\u{00A0}' | '\u{2009}' | '\u{202F}' => ' ',
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push(rep);
        // Pad to the original width so offsets carry over; \u{1} never matches a word.
        for _ in 1..c.len_utf8() {
            out.push('\u{1}');
        }
    }
    out
}

/// `s` with its first character in upper case (label and summary openings).
pub fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        sentences(t).into_iter().map(|s| &t[s.range()]).collect()
    }

    #[test]
    fn splits_on_terminators_and_paragraphs() {
        let t = "Talks began. They ended on Jan. 24 in Astana. \u{ab}Yes.\u{bb} He left.\n\nNew para";
        assert_eq!(
            texts(t),
            vec!["Talks began.", "They ended on Jan. 24 in Astana.", "\u{ab}Yes.\u{bb}", "He left.", "New para"]
        );
    }

    #[test]
    fn keeps_initials_and_lowercase_continuations() {
        let t = "Officials from the U.S. and J. Smith met. it was odd... Really? Yes!";
        assert_eq!(texts(t), vec!["Officials from the U.S. and J. Smith met. it was odd...", "Really?", "Yes!"]);
    }

    #[test]
    fn folding_keeps_length_for_every_folded_char() {
        let s = "a\u{a0}b\u{2009}c\u{202f}d\u{2019}\u{2018}\u{2bc}\u{201c}\u{201d}\u{ab}\u{bb}\u{2013}\u{2014}e";
        let f = fold_for_matching(s);
        assert_eq!(f.len(), s.len());
        assert_eq!(f.replace('\u{1}', ""), "a b c d\'\'\'\"\"\"\"--e");
    }

    #[test]
    fn folding_keeps_offsets() {
        let s = "Russia\u{2019}s \u{ab}crimes\u{bb}\u{a0}now";
        let f = fold_for_matching(s);
        assert_eq!(f.len(), s.len());
        assert!(f.starts_with("Russia'"));
        assert_eq!(&f[s.find("crimes").unwrap()..][..6], "crimes");
    }
}
