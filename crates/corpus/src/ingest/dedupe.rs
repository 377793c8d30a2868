//! Duplicate articles: the same body under two names, or the same story with
//! different page furniture (which ingestion has already removed). Keys are
//! hashed normalised text, so the check is linear in the corpus size.

use super::layout::norm;
use dossier_model::Article;
use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

/// Articles seen so far, by body key and by headline + lead key.
#[derive(Default)]
pub struct Seen {
    by_key: HashMap<u64, usize>,
}

fn hash(s: &str) -> u64 {
    let mut h = DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

/// The body key, and a headline-plus-lead key for versions of one story
/// whose later paragraphs differ.
fn keys(a: &Article) -> Vec<u64> {
    let body = norm(&a.text());
    if body.is_empty() {
        return Vec::new();
    }
    let mut keys = vec![hash(&body)];
    if !a.title_derived {
        let lead: String = a.paragraphs().next().map(norm).unwrap_or_default();
        if lead.split(' ').count() >= 8 {
            keys.push(hash(&format!("{}\u{1}{lead}", norm(&a.title))));
        }
    }
    keys
}

impl Seen {
    /// The index of an earlier article this one duplicates.
    pub fn find(&self, a: &Article) -> Option<usize> {
        keys(a).iter().find_map(|k| self.by_key.get(k).copied())
    }

    pub fn insert(&mut self, a: &Article, index: usize) {
        for k in keys(a) {
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
