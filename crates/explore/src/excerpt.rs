//! Search excerpts: a short passage of an article around its hits, so a
//! result card shows why it matched even when the words are only in the
//! body. Only the cards on screen ask for excerpts (a dozen at a time); the
//! matching behind a keystroke still reads the lexicon, never the bodies.

use crate::search::{highlight, Terms};
use dossier_model::{Article, Span};

/// Characters kept before the first hit of a passage, and after it.
const BEFORE: usize = 60;
const AFTER: usize = 140;

/// One passage of an article, cut at word boundaries, with its hits.
#[derive(Clone, Debug, PartialEq)]
pub struct Excerpt {
    /// The heading of the section the passage is in, when it has one.
    pub section: Option<String>,
    /// Number of the paragraph in the article, from 1.
    pub paragraph: usize,
    /// The passage; "…" marks where it was cut.
    pub text: String,
    /// Byte ranges of the hits within `text`.
    pub hits: Vec<Span>,
}

/// Up to `max` excerpts of `a` around hits of `terms`, in reading order. The
/// paragraphs with the most hits win (the earlier one on a tie); hits in the
/// card's lead (the standfirst, or else the first sentence) are skipped,
/// since the card already shows them.
pub fn excerpts(a: &Article, terms: &Terms, max: usize) -> Vec<Excerpt> {
    if terms.is_empty() || max == 0 {
        return Vec::new();
    }
    let lead = if a.standfirst.is_some() { None } else { a.sentences.first().copied() };
    let mut found: Vec<(usize, Excerpt)> = Vec::new();
    let mut n = 0;
    let mut at = 0usize;
    for section in &a.sections {
        for p in &section.paragraphs {
            n += 1;
            let start = at;
            at += p.len() + dossier_model::PARAGRAPH_SEPARATOR.len();
            let in_lead = |h: &Span| {
                lead.is_some_and(|l| {
                    (l.start as usize) <= start + h.start as usize && start + h.end as usize <= l.end as usize
                })
            };
            let hits: Vec<Span> = highlight(p, terms).into_iter().filter(|h| !in_lead(h)).collect();
            if let Some(first) = hits.first() {
                let (from, to) = window(p, first.start as usize);
                let open = if from > 0 { "…" } else { "" };
                let close = if p[to..].trim().is_empty() { "" } else { "…" };
                let text = format!("{open}{}{close}", &p[from..to]);
                let shift = |x: u32| x as usize - from + open.len();
                let inside = hits
                    .iter()
                    .filter(|h| h.start as usize >= from && h.end as usize <= to)
                    .map(|h| Span::new(shift(h.start), shift(h.end)))
                    .collect();
                let excerpt = Excerpt { section: section.heading.clone(), paragraph: n, text, hits: inside };
                found.push((hits.len(), excerpt));
            }
        }
    }
    // Most hits first (stable, so earlier paragraphs win ties), then back
    // into reading order.
    found.sort_by_key(|(hits, _)| std::cmp::Reverse(*hits));
    found.truncate(max);
    found.sort_by_key(|(_, e)| e.paragraph);
    found.into_iter().map(|(_, e)| e).collect()
}

/// The byte range of `p` kept around byte `hit`: about [`BEFORE`] bytes
/// before it and [`AFTER`] after, cut at spaces so no word is split.
fn window(p: &str, hit: usize) -> (usize, usize) {
    let mut start = floor(p, hit.saturating_sub(BEFORE));
    if start > 0 {
        start = p[start..hit].find(' ').map_or(start, |i| start + i + 1);
    }
    let mut end = floor(p, (hit + AFTER).min(p.len()));
    if end < p.len() {
        end = p[hit..end].rfind(' ').map_or(end, |i| hit + i);
    }
    (start, p[..end].trim_end().len().max(start))
}

/// The largest char boundary of `s` at or below `i`.
fn floor(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::Section;

    fn article(paragraphs: &[&str]) -> Article {
        let mut a = Article {
            title: "Talks resume".into(),
            sections: vec![Section {
                heading: None,
                author: None,
                paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
            }],
            ..Article::default()
        };
        // The lead is the first sentence of the first paragraph.
        let first = paragraphs[0].find(". ").map_or(paragraphs[0].len(), |i| i + 1);
        a.sentences = vec![Span::new(0, first)];
        a
    }

    fn marked(e: &Excerpt) -> String {
        crate::search::pieces(&e.text, &e.hits)
            .into_iter()
            .map(|(p, hit)| if hit { format!("[{p}]") } else { p.to_string() })
            .collect()
    }

    #[test]
    fn a_body_only_hit_gets_an_excerpt_cut_at_words_with_the_hit_marked() {
        let long = "The delegations met for a second day. ".repeat(4)
            + "Deputy minister Lavrentyev said the ceasefire would hold, and that monitors from three countries would watch the line of contact through the winter months ahead of new talks.";
        let a = article(&["Talks resumed in the Kazakh capital. Nothing else.", &long]);
        let got = excerpts(&a, &Terms::parse("lavrentyev"), 2);
        assert_eq!(got.len(), 1);
        let e = &got[0];
        assert_eq!(e.paragraph, 2);
        assert!(e.text.starts_with('…') && e.text.ends_with('…'), "{}", e.text);
        assert!(marked(e).contains("Deputy minister [Lavrentyev] said"), "{}", marked(e));
        // Cut at spaces: the passage starts and ends on whole words.
        let inner = e.text.trim_matches('…');
        assert!(long.contains(inner), "{inner}");
        assert!(long[..long.find(inner).unwrap()].ends_with(' '));
        assert!(e.text.chars().count() <= BEFORE + AFTER + 2);
    }

    #[test]
    fn a_hit_just_past_the_cut_is_left_out_not_marked_on_the_ellipsis() {
        // The window ends on the space before the second "zq", whose first
        // bytes would land on the closing "…" if the cut were misplaced.
        let p = format!("Lead text. zq {} zqlongword and more", "w".repeat(126));
        let a = article(&["Lead.", &p]);
        let got = excerpts(&a, &Terms::parse("zq"), 1);
        assert_eq!(got.len(), 1);
        assert!(got[0].text.ends_with("w…"), "{}", got[0].text);
        assert_eq!(got[0].hits, [Span::new(11, 13)], "only the hit inside the passage");
        assert_eq!(marked(&got[0]), format!("Lead text. [zq] {}…", "w".repeat(126)));
    }

    #[test]
    fn hits_in_the_lead_are_not_repeated_and_the_best_paragraphs_come_in_order() {
        let a = article(&[
            "Astana talks open. The talks in Astana follow Aleppo.",
            "Nothing here.",
            "Astana again, and Astana once more.",
            "One Astana.",
        ]);
        let got = excerpts(&a, &Terms::parse("astana"), 2);
        let paragraphs: Vec<usize> = got.iter().map(|e| e.paragraph).collect();
        assert_eq!(paragraphs, [1, 3], "paragraph 3 has two hits; 1 (after its lead) ties with 4 and comes first");
        assert_eq!(marked(&got[0]), "Astana talks open. The talks in [Astana] follow Aleppo.");
        assert_eq!(marked(&got[1]), "[Astana] again, and [Astana] once more.");
        assert!(excerpts(&a, &Terms::parse("astana"), 0).is_empty());
        assert!(excerpts(&a, &Terms::parse(""), 2).is_empty());
        assert!(excerpts(&a, &Terms::parse("moscow"), 2).is_empty());
    }

    #[test]
    fn the_section_heading_is_named_and_multibyte_text_is_cut_on_characters() {
        let mut a = article(&["Opening line."]);
        let body = "Ж".repeat(50) + " Лавров " + &"я".repeat(200);
        a.sections.push(Section { heading: Some("Reaction".into()), author: None, paragraphs: vec![body] });
        let got = excerpts(&a, &Terms::parse("лавров"), 1);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].section.as_deref(), Some("Reaction"));
        assert_eq!(got[0].paragraph, 2);
        assert!(marked(&got[0]).contains("[Лавров]"), "{}", marked(&got[0]));
    }
}
