//! Duplicate articles: the same body under two names, or the same story with
//! different page furniture (which ingestion has already removed). Keys are
//! hashed normalised text, so the check is linear in the corpus size.

use dossier_model::Article;
use std::collections::HashMap;

/// Articles seen so far, by body key and by headline + lead + date key.
#[derive(Default)]
pub struct Seen {
    by_key: HashMap<u64, usize>,
}

/// 64-bit FNV-1a over the lower-case words of `parts` (letters and digits,
/// one separator between words), without building the normalised string.
/// The word count goes into the key too, which makes a false merge of two
/// different articles vanishingly unlikely.
fn norm_hash<'a>(parts: impl IntoIterator<Item = &'a str>) -> (u64, usize) {
    const PRIME: u64 = 0x0100_0000_01B3;
    let mut h: u64 = 0xCBF2_9CE4_8422_2325;
    let mut feed = |b: u8| h = (h ^ u64::from(b)).wrapping_mul(PRIME);
    let mut words = 0;
    for part in parts {
        let mut in_word = false;
        for c in part.chars() {
            if c.is_alphanumeric() {
                if !in_word {
                    words += 1;
                    feed(b' ');
                }
                in_word = true;
                if c.is_ascii() {
                    feed(c.to_ascii_lowercase() as u8);
                } else {
                    let mut buf = [0u8; 4];
                    for l in c.to_lowercase() {
                        l.encode_utf8(&mut buf).bytes().for_each(&mut feed);
                    }
                }
            } else {
                in_word = false;
            }
        }
    }
    (h ^ (words as u64).rotate_left(32), words)
}

/// The body key, and a headline-lead-date key for versions of one story
/// whose later paragraphs differ.
pub fn keys(a: &Article) -> Vec<u64> {
    let (body, words) = norm_hash(a.paragraphs());
    if words == 0 {
        return Vec::new();
    }
    let mut keys = vec![body];
    if !a.title_derived {
        // Same headline, lead and date: one story saved twice, perhaps with
        // an extra paragraph or a different ending.
        let lead = a.paragraphs().next().unwrap_or("");
        let date = a.published.map(|d| d.0.to_string()).unwrap_or_default();
        let (key, words) = norm_hash([a.title.as_str(), "\u{1}", lead, "\u{1}", date.as_str()]);
        if words >= 12 {
            keys.push(key);
        }
    }
    keys
}

impl Seen {
    /// The index of an earlier article with one of these [`keys`].
    pub fn find(&self, keys: &[u64]) -> Option<usize> {
        keys.iter().find_map(|k| self.by_key.get(k).copied())
    }

    pub fn insert(&mut self, keys: &[u64], index: usize) {
        for &k in keys {
            self.by_key.entry(k).or_insert(index);
        }
    }
}

/// Fills what the kept copy lacks from the duplicate, and notes the merge.
pub fn merge(kept: &mut Article, dup: &Article) {
    macro_rules! fill {
        ($($f:ident),*) => { $( if kept.$f.is_none() { kept.$f = dup.$f.clone(); } )* };
    }
    fill!(standfirst, outlet, author, dateline, url, published, published_precision, reading_minutes);
    if kept.title_derived && !dup.title_derived {
        kept.title = dup.title.clone();
        kept.title_derived = false;
    }
    for t in &dup.tags {
        if !kept.tags.contains(t) {
            kept.tags.push(t.clone());
        }
    }
    kept.warnings.push(format!("duplicate {} merged into this article", dup.file));
}
