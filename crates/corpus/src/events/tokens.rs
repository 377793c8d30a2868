//! A small tokenizer over the matching form of the text (see
//! [`crate::text::fold_for_matching`]): words, numbers and single punctuation
//! marks with their byte offsets, so every step can match words without
//! allocating and report spans in the original text.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Num,
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
}

/// Appends the tokens of `text[from..to]` to `out`. Padding bytes from
/// folding and whitespace separate tokens; `300,000` and `1.5` stay one number.
pub fn tokenize(text: &str, from: usize, to: usize, out: &mut Vec<Tok>) {
    let Some(slice) = text.get(from..to) else { return };
    let bytes = slice.as_bytes();
    let mut it = slice.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() || c == '\u{1}' {
            continue;
        }
        let (kind, mut end) = if c.is_ascii_digit() {
            (TokKind::Num, i + 1)
        } else if c.is_alphabetic() {
            (TokKind::Word, i + c.len_utf8())
        } else {
            out.push(Tok { start: from + i, end: from + i + c.len_utf8(), kind: TokKind::Punct });
            continue;
        };
        while let Some(&(j, d)) = it.peek() {
            let keep = match kind {
                TokKind::Num => {
                    d.is_ascii_digit()
                        || (matches!(d, ',' | '.')
                            && bytes.get(j + 1).is_some_and(u8::is_ascii_digit)
                            && j > i
                            && bytes[j - 1].is_ascii_digit())
                }
                _ => d.is_alphabetic(),
            };
            if !keep {
                break;
            }
            end = j + d.len_utf8();
            it.next();
        }
        out.push(Tok { start: from + i, end: from + end, kind });
    }
}

/// Read-only helpers over a token slice and the text it indexes.
#[derive(Clone, Copy)]
pub struct Toks<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
}

impl<'a> Toks<'a> {
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    pub fn str(&self, i: usize) -> &'a str {
        self.toks.get(i).and_then(|t| self.text.get(t.start..t.end)).unwrap_or("")
    }

    pub fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Case-insensitive comparison of token `i` with an ASCII word or mark.
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.str(i).eq_ignore_ascii_case(w)
    }

    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        ws.iter().any(|w| self.is(i, w))
    }

    /// Token `i` lowercased into `buf` (ASCII words only).
    pub fn lower<'b>(&self, i: usize, buf: &'b mut [u8; 24]) -> Option<&'b str> {
        super::lexicon::lower(self.str(i), buf)
    }

    /// The value of a plain number token (no separators), if it is one.
    pub fn num(&self, i: usize) -> Option<u32> {
        if self.kind(i) != Some(TokKind::Num) {
            return None;
        }
        let s = self.str(i);
        if s.len() > 6 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    }

    /// No space between tokens `i` and `i + 1` ("1990s", "mid-2016").
    pub fn glued(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    pub fn is_capitalized(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word) && self.str(i).chars().next().is_some_and(char::is_uppercase)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_numbers_and_marks() {
        let t = "On 29-30 January, 300,000 fled; 1990s.";
        let mut v = Vec::new();
        tokenize(t, 0, t.len(), &mut v);
        let s: Vec<&str> = v.iter().map(|k| &t[k.start..k.end]).collect();
        assert_eq!(s, ["On", "29", "-", "30", "January", ",", "300,000", "fled", ";", "1990", "s", "."]);
    }

    #[test]
    fn out_of_range_is_empty() {
        let mut v = Vec::new();
        tokenize("abc", 2, 10, &mut v);
        assert!(v.is_empty());
    }
}
