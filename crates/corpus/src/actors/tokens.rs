//! Word tokens over the folded article text, with the few facts every later
//! step asks about: capitalisation, possessive `'s`, sentence position.
//! Spans are byte offsets valid in both the folded and the original text.

use dossier_model::Span;

/// First char is uppercase.
pub const CAP: u8 = 1;
/// First char is lowercase.
pub const LOWER: u8 = 2;
/// Followed by a possessive `'s` (kept out of `end`, inside `full_end`).
pub const POSS: u8 = 4;
/// First word of its sentence.
pub const SENT_START: u8 = 8;
/// Two or more letters, all uppercase ("UN", "NATO").
pub const ALLCAPS: u8 = 16;
/// Contains a hyphen ("UN-backed", "al-Hakim").
pub const HYPHEN: u8 = 32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    pub start: u32,
    /// End of the word itself, without a possessive `'s`.
    pub end: u32,
    /// Index of the sentence holding the word.
    pub sent: u32,
    /// Length of the possessive after `end`: a length, not an end, keeps a
    /// token in 16 bytes (every article's tokens are held at once).
    pub poss_len: u16,
    pub flags: u8,
}

impl Tok {
    /// End including the possessive, when there is one.
    #[inline]
    pub fn full_end(&self) -> u32 {
        self.end + u32::from(self.poss_len)
    }

    #[inline]
    pub fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }
    pub fn span(&self) -> Span {
        Span { start: self.start, end: self.end }
    }
}

/// Tokenises `folded` (see [`crate::text::fold_for_matching`]). Words are
/// runs of alphanumerics joined by inner hyphens or apostrophes; the padding
/// byte `\u{1}` left by folding is skipped as if absent.
pub fn tokenize(folded: &str, sentences: &[Span]) -> Vec<Tok> {
    let bytes = folded.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut sent = 0usize;
    let mut last_sent = usize::MAX;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if !b.is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
        } else {
            let Some(c) = folded[i..].chars().next() else { break };
            if !c.is_alphanumeric() {
                i += c.len_utf8();
                continue;
            }
        }
        let start = i;
        let mut end = i;
        let mut poss_at = None;
        let mut hyphen = false;
        loop {
            // Consume an alphanumeric run.
            while end < bytes.len() {
                if bytes[end] < 0x80 {
                    if bytes[end].is_ascii_alphanumeric() {
                        end += 1;
                        continue;
                    }
                    break;
                }
                let Some(ch) = folded[end..].chars().next() else { break };
                if ch.is_alphanumeric() {
                    end += ch.len_utf8();
                } else {
                    break;
                }
            }
            // A joiner continues the word when an alphanumeric follows it.
            let Some(j) = bytes.get(end).copied() else { break };
            if j != b'-' && j != b'\'' {
                break;
            }
            let mut next = end + 1;
            while bytes.get(next) == Some(&1) {
                next += 1;
            }
            match folded.get(next..).and_then(|r| r.chars().next()) {
                Some(ch) if ch.is_alphanumeric() => {
                    if j == b'\'' {
                        let tail_end = next + ch.len_utf8();
                        let ends_word = folded[tail_end..].chars().next().is_none_or(|n| !n.is_alphanumeric());
                        if (ch == 's' || ch == 'S') && ends_word {
                            // Padding past a `u16` (only ever in garbage) ends the word instead.
                            if tail_end - end <= usize::from(u16::MAX) {
                                poss_at = Some((end, tail_end));
                            }
                            break;
                        }
                    } else {
                        hyphen = true;
                    }
                    end = next;
                }
                _ => break,
            }
        }
        let (word_end, full_end) = match poss_at {
            Some((apos, tail)) => (apos, tail),
            None => (end, end),
        };
        while sent + 1 < sentences.len() && sentences[sent].end as usize <= start {
            sent += 1;
        }
        let word = &folded[start..word_end];
        let mut flags = 0u8;
        let first = word.chars().next().unwrap_or(' ');
        if first.is_uppercase() {
            flags |= CAP;
        } else if first.is_lowercase() {
            flags |= LOWER;
        }
        if poss_at.is_some() {
            flags |= POSS;
        }
        if hyphen {
            flags |= HYPHEN;
        }
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 2 && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()) {
            flags |= ALLCAPS;
        }
        if sent != last_sent {
            flags |= SENT_START;
            last_sent = sent;
        }
        out.push(Tok {
            start: start as u32,
            end: word_end as u32,
            sent: sent as u32,
            poss_len: (full_end - word_end) as u16,
            flags,
        });
        i = full_end.max(start + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessive_hyphen_and_padding() {
        let text = "Russia\u{2019}s UN-backed talks, al-Hakim's rule.";
        let folded = crate::text::fold_for_matching(text);
        let toks = tokenize(&folded, &crate::text::sentences(text));
        let words: Vec<&str> = toks.iter().map(|t| &text[t.start as usize..t.end as usize]).collect();
        assert_eq!(words, ["Russia", "UN-backed", "talks", "al-Hakim", "rule"]);
        assert!(toks[0].has(POSS) && toks[0].has(SENT_START) && toks[0].has(CAP));
        assert_eq!(&text[toks[0].start as usize..toks[0].full_end() as usize], "Russia\u{2019}s");
        assert!(toks[1].has(HYPHEN) && toks[3].has(POSS) && toks[3].has(LOWER));
    }
}
