//! Actor swatches: a colour from a fixed colour-blind-safe categorical
//! palette, and a shape (disc, square, diamond, ...) as a second channel, so
//! identity never rests on hue alone and ten hues serve eighty actors. Each
//! actor prefers the colour a hash of its id picks, so colours are stable as
//! a corpus grows; but a legend is read by its swatches, so the most
//! mentioned actors come first and an actor whose preferred colour is taken
//! gets the next free one in the same shape, then the next shape
//! ([`Palette::pick`]). Only once every colour and shape pair is used do less
//! prominent actors share.
//!
//! The palette keeps Okabe–Ito and Paul Tol hues but sets every colour's
//! relative luminance between 0.12 and 0.30. That band gives at least 3:1
//! contrast (WCAG 1.4.11, non-text UI) against both a white page and a
//! near-black (#121212) page, and a chip label in black or white (whichever
//! [`label_color`] picks) at least 4.5:1 (WCAG AA text). A unit test checks it.

/// Okabe–Ito / Tol hues, luminance-adjusted (see the module doc), with two
/// replacements so no two entries read as the same colour side by side.
pub const PALETTE: [u32; 10] = [
    0xD55E00, // vermillion
    0x0072B2, // blue
    0x009E73, // bluish green
    0xCC79A7, // reddish purple
    0xB26B00, // dark orange
    0x6A5ACD, // slate blue (a sky blue sat too close to blue)
    0xAA4499, // purple (Tol)
    0x228833, // green (Tol)
    0x8C6D5A, // grey-brown (Tol's rose sat too close to reddish purple)
    0x8A8A2E, // olive, darkened
];

/// FNV-1a: tiny, stable across platforms and releases (unlike `DefaultHasher`).
fn fnv1a(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The colour the actor with this id prefers.
pub fn for_id(id: &str) -> u32 {
    PALETTE[(fnv1a(id) % PALETTE.len() as u64) as usize]
}

/// Shapes of a swatch (the explorer's stylesheet draws `shape-0` .. `shape-7`:
/// disc, square, diamond, triangle, ring, inverted triangle, hexagon, cross).
pub const SHAPES: u8 = 8;

/// Hands out swatches (colour and shape), most prominent actor first.
pub struct Palette {
    /// Used colours, one row per shape.
    used: [[bool; PALETTE.len()]; SHAPES as usize],
}

impl Default for Palette {
    fn default() -> Self {
        Palette { used: [[false; PALETTE.len()]; SHAPES as usize] }
    }
}

impl Palette {
    /// The swatch for the next actor: its preferred colour as a disc when
    /// free, else the next free colour as a disc, else the same in the next
    /// shape; once all are taken, its preferred colour as a disc.
    pub fn pick(&mut self, id: &str) -> (u32, u8) {
        let first = (fnv1a(id) % PALETTE.len() as u64) as usize;
        let free = (0..SHAPES).find_map(|shape| {
            let row = &self.used[shape as usize];
            (0..PALETTE.len()).map(|k| (first + k) % PALETTE.len()).find(|&i| !row[i]).map(|i| (i, shape))
        });
        let (slot, shape) = free.unwrap_or((first, 0));
        self.used[shape as usize][slot] = true;
        (PALETTE[slot], shape)
    }

    /// An explicit colour (from `dossier.toml`) takes its palette slot as a
    /// disc, if it is a palette colour.
    pub fn take(&mut self, rgb: u32) {
        if let Some(i) = PALETTE.iter().position(|&c| c == rgb) {
            self.used[0][i] = true;
        }
    }
}

/// WCAG relative luminance of 0xRRGGBB.
pub fn luminance(rgb: u32) -> f64 {
    let chan = |shift: u32| {
        let c = f64::from((rgb >> shift) & 0xff) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * chan(16) + 0.7152 * chan(8) + 0.0722 * chan(0)
}

/// WCAG contrast ratio between two colours.
pub fn contrast(a: u32, b: u32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Black or white, whichever reads better on `rgb`.
pub fn label_color(rgb: u32) -> u32 {
    if contrast(rgb, 0x000000) >= contrast(rgb, 0xFFFFFF) {
        0x000000
    } else {
        0xFFFFFF
    }
}

/// "#rrggbb".
pub fn hex(rgb: u32) -> String {
    format!("#{:06x}", rgb & 0xFF_FFFF)
}

/// Parses "#rrggbb" or "rrggbb".
pub fn parse_hex(s: &str) -> Option<u32> {
    let h = s.trim().trim_start_matches('#');
    (h.len() == 6 && h.chars().all(|c| c.is_ascii_hexdigit())).then(|| u32::from_str_radix(h, 16).ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn palette_contrast_on_light_and_dark() {
        for c in PALETTE {
            assert!(contrast(c, 0xFFFFFF) >= 3.0, "{} on white: {:.2}", hex(c), contrast(c, 0xFFFFFF));
            assert!(contrast(c, 0x121212) >= 3.0, "{} on dark: {:.2}", hex(c), contrast(c, 0x121212));
            assert!(contrast(c, label_color(c)) >= 4.5, "{} label", hex(c));
        }
    }

    #[test]
    fn ids_hash_onto_the_palette_and_hex_round_trips() {
        // Every id lands on a palette colour, and different ids spread out.
        let picked: std::collections::HashSet<u32> = (0..200).map(|i| for_id(&format!("actor-{i}"))).collect();
        assert!(picked.iter().all(|c| PALETTE.contains(c)));
        assert_eq!(picked.len(), PALETTE.len(), "200 ids reach every palette colour");
        for c in PALETTE {
            assert_eq!(parse_hex(&hex(c)), Some(c));
        }
        assert_eq!(parse_hex(" #0a1B2c "), Some(0x0a1b2c));
        assert_eq!(parse_hex("#12345"), None);
        assert_eq!(parse_hex("#12345g"), None);
    }

    #[test]
    fn prominent_actors_get_distinct_colours_first() {
        let ids: Vec<String> = (0..25).map(|i| format!("actor-{i}")).collect();
        let mut p = Palette::default();
        p.take(PALETTE[3]);
        let got: Vec<u32> = ids.iter().map(|id| p.pick(id)).filter(|&(_, shape)| shape == 0).map(|(c, _)| c).collect();
        let mut first: Vec<u32> = got[..PALETTE.len() - 1].to_vec();
        first.sort();
        first.dedup();
        assert_eq!(first.len(), PALETTE.len() - 1, "the first nine are distinct");
        assert!(!got[..PALETTE.len() - 1].contains(&PALETTE[3]), "an explicit colour is not handed out again");
        let mut q = Palette::default();
        assert_eq!(q.pick("russia"), (for_id("russia"), 0), "a free preferred colour is kept, as a disc");
        assert_eq!(parse_hex("#0072b2"), Some(0x0072B2));
        assert_eq!(parse_hex("blue"), None);
        assert_eq!(hex(0x0072B2), "#0072b2");
    }

    #[test]
    fn eighty_actors_get_eighty_distinct_swatches_then_share() {
        let mut p = Palette::default();
        let n = PALETTE.len() * SHAPES as usize;
        let got: Vec<(u32, u8)> = (0..n + 5).map(|i| p.pick(&format!("actor-{i}"))).collect();
        let distinct: std::collections::HashSet<_> = got[..n].iter().collect();
        assert_eq!(distinct.len(), n, "every colour and shape pair once");
        assert!(got[..PALETTE.len()].iter().all(|&(_, s)| s == 0), "the ten most prominent are discs");
        assert!(got[n..].iter().all(|&(c, s)| s == 0 && PALETTE.contains(&c)), "then shared discs");
        assert_eq!(got[n], (for_id(&format!("actor-{n}")), 0), "a shared swatch is the preferred colour");
    }
}
