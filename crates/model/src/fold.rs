//! Search folding and word splitting, shared by the build (which indexes
//! words into the [`crate::Lexicon`]) and the explorer (which folds what the
//! reader types): both sides must cut and fold text the same way.

use alloc::string::String;

/// Base letters for U+00C0..=U+017F. Digits stand for two-letter folds (see
/// [`expand`]); `.` means the character is kept as it is.
const LATIN: &[u8; 192] = b"aaaaaa1ceeeeiiiidnooooo.ouuuuy43aaaaaa1ceeeeiiiidnooooo.ouuuuy4y\
aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii55jjkkkllllllllllnnnnnnnnnoooooo22rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

fn expand(code: u8) -> &'static str {
    match code {
        b'1' => "ae",
        b'2' => "oe",
        b'3' => "ss",
        b'4' => "th",
        _ => "ij",
    }
}

/// Appends the folded form of `c` to `out`.
pub fn fold_char(c: char, out: &mut String) {
    let n = c as u32;
    match n {
        0x41..=0x5a => out.push((n as u8 + 32) as char),
        0..=0x7f => out.push(c),
        0xc0..=0x17f => match LATIN[(n - 0xc0) as usize] {
            b'.' => out.push(c),
            b @ b'a'..=b'z' => out.push(b as char),
            b => out.push_str(expand(b)),
        },
        // Combining diacritics vanish, so decomposed text folds like composed.
        0x300..=0x36f => {}
        0x2018 | 0x2019 | 0x201b | 0x2032 => out.push('\''),
        0x201c | 0x201d | 0x201e | 0xab | 0xbb | 0x2033 => out.push('"'),
        0x2010..=0x2015 | 0x2212 => out.push('-'),
        0xa0 | 0x2000..=0x200a | 0x202f => out.push(' '),
        0x391..=0x3a9 => out.push(char::from_u32(n + 32).unwrap_or(c)),
        0x400..=0x40f => out.push(char::from_u32(n + 80).unwrap_or(c)),
        0x410..=0x42f => out.push(char::from_u32(n + 32).unwrap_or(c)),
        _ => out.push(c),
    }
}

/// The folded (lowercase, accent-free) form of `s`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// The words of folded text: maximal runs of alphanumeric characters.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Erdoğan ÉLYSÉE Straße Œuvre"), "erdogan elysee strasse oeuvre");
        assert_eq!(fold("Russia’s “talks” – Ålesund"), "russia's \"talks\" - alesund");
        assert_eq!(fold("Cafe\u{301}"), "cafe");
        assert_eq!(fold("МОСКВА"), "москва");
    }

    #[test]
    fn words_are_alphanumeric_runs() {
        let w: Vec<&str> = words("al-assad's 2017 talks, \"de-escalation\"").collect();
        assert_eq!(w, ["al", "assad", "s", "2017", "talks", "de", "escalation"]);
        assert_eq!(words(" -- ").count(), 0);
    }

    #[test]
    fn letters_that_fold_to_two() {
        assert_eq!(fold("Æsir æther"), "aesir aether");
        assert_eq!(fold("Œ œ"), "oe oe");
        assert_eq!(fold("ß"), "ss");
        assert_eq!(fold("Þingvellir þorn"), "thingvellir thorn");
        assert_eq!(fold("Ĳssel ĳs"), "ijssel ijs");
    }

    #[test]
    fn ascii_folds_to_lowercase_only() {
        let ascii: String = (0u8..0x80).map(char::from).collect();
        let lower: String = ascii.chars().map(|c| c.to_ascii_lowercase()).collect();
        assert_eq!(fold(&ascii), lower);
    }

    #[test]
    fn unusual_spaces_become_plain_spaces() {
        // no-break, en quad, thin, hair and narrow no-break space
        assert_eq!(fold("10\u{a0}km"), "10 km");
        assert_eq!(fold("a\u{2000}b\u{2009}c\u{200a}d\u{202f}e"), "a b c d e");
        assert_eq!(fold("\u{2007}"), " ", "figure space");
        assert_eq!(fold("a\u{200b}b"), "a\u{200b}b", "a zero-width space is not a space");
    }

    #[test]
    fn greek_and_cyrillic_capitals_fold_to_small() {
        assert_eq!(fold("ΑΘΗΝΑ"), "αθηνα");
        assert_eq!(fold("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"), "αβγδεζηθικλμνξοπρστυφχψω");
        assert_eq!(fold("ΩΜΕΓΑ ωμεγα"), "ωμεγα ωμεγα");
        // U+0400..=U+040F map to U+0450..=U+045F.
        assert_eq!(fold("ЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏ"), "ѐёђѓєѕіїјљњћќѝўџ");
        assert_eq!(fold("КИЇВ"), "київ");
        assert_eq!(fold("ЁЛКА"), "ёлка");
        assert_eq!(fold("ЂОРЂЕ"), "ђорђе");
    }
}
