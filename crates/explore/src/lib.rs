//! The explorer's behaviour, independent of the DOM, so it is unit tested
//! natively and the Leptos components only wire signals to it.

pub mod embed;

use dossier_model::Corpus;

/// Article indices in display order: newest first, undated last, then by title.
pub fn articles_by_date(corpus: &Corpus) -> Vec<usize> {
    let mut order: Vec<usize> = (0..corpus.articles.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&corpus.articles[a], &corpus.articles[b]);
        b.published.cmp(&a.published).then_with(|| a.title.cmp(&b.title))
    });
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::{Article, Day};

    #[test]
    fn newest_first_undated_last() {
        let mk = |t: &str, d: Option<Day>| Article { title: t.into(), published: d, ..Default::default() };
        let corpus = Corpus {
            articles: vec![mk("old", Some(Day(10))), mk("none", None), mk("new", Some(Day(20)))],
            ..Default::default()
        };
        assert_eq!(articles_by_date(&corpus), vec![2, 0, 1]);
    }
}
