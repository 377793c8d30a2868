//! Splits an article into paragraphs of runs for the reader, so highlights
//! render as nested elements around plain text nodes (never as HTML). A run
//! carries every layer that covers it: actor mention, dated phrase (linked to
//! its event), quote, and search hit.

use crate::index::clean_span;
use crate::search::{highlight, Terms};
use dossier_model::{ActorIx, ArticleIx, Body, Corpus, Span};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Run {
    /// Byte range in `Article::text()`.
    pub span: Span,
    pub actor: Option<ActorIx>,
    pub event: Option<u32>,
    pub quote: bool,
    pub hit: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Para {
    pub runs: Vec<Run>,
    /// Mostly quoted words: shown set apart as a block quote.
    pub quote: bool,
}

/// Every highlight layer of one article, as spans into its text.
#[derive(Clone, Debug, Default)]
pub struct Layers {
    pub actors: Vec<(Span, ActorIx)>,
    pub events: Vec<(Span, u32)>,
    pub quotes: Vec<Span>,
    pub hits: Vec<Span>,
}

impl Layers {
    /// Article `a`'s layers; `body` is its [`Body`], for its actor mentions
    /// and dated phrases (its text may have been moved out).
    pub fn of(c: &Corpus, a: ArticleIx, body: &Body, text: &str, terms: &Terms) -> Layers {
        let mut l = Layers {
            hits: highlight(text, terms),
            actors: body.mentions.clone(),
            events: body.events.clone(),
            ..Default::default()
        };
        l.quotes.extend(c.quotes.iter().filter(|q| q.article == a).map(|q| q.span));
        l
    }
}

/// The longest span of `spans` covering `[s, e)`.
fn cover<T: Copy>(spans: &[(Span, T)], s: u32, e: u32) -> Option<T> {
    spans.iter().filter(|(sp, _)| sp.start <= s && e <= sp.end).max_by_key(|(sp, _)| sp.end - sp.start).map(|&(_, t)| t)
}

/// Runs for each paragraph; `paragraphs` are `Article::paragraph_spans()`.
pub fn segment(text: &str, paragraphs: &[Span], layers: &Layers) -> Vec<Para> {
    let clean = |s: Span| clean_span(text, s);
    let actors: Vec<(Span, ActorIx)> = layers.actors.iter().filter_map(|&(s, a)| Some((clean(s)?, a))).collect();
    let events: Vec<(Span, u32)> = layers.events.iter().filter_map(|&(s, e)| Some((clean(s)?, e))).collect();
    let quotes: Vec<(Span, ())> = layers.quotes.iter().filter_map(|&s| Some((clean(s)?, ()))).collect();
    let hits: Vec<(Span, ())> = layers.hits.iter().filter_map(|&s| Some((clean(s)?, ()))).collect();

    paragraphs
        .iter()
        .filter_map(|&p| clean(p))
        .map(|p| {
            let mut cuts = vec![p.start, p.end];
            for s in actors
                .iter()
                .map(|x| x.0)
                .chain(events.iter().map(|x| x.0))
                .chain(quotes.iter().chain(&hits).map(|x| x.0))
            {
                for x in [s.start, s.end] {
                    if p.start < x && x < p.end {
                        cuts.push(x);
                    }
                }
            }
            cuts.sort_unstable();
            cuts.dedup();
            let mut runs: Vec<Run> = Vec::new();
            let mut quoted = 0;
            for w in cuts.windows(2) {
                let (s, e) = (w[0], w[1]);
                let run = Run {
                    span: Span { start: s, end: e },
                    actor: cover(&actors, s, e),
                    event: cover(&events, s, e),
                    quote: cover(&quotes, s, e).is_some(),
                    hit: cover(&hits, s, e).is_some(),
                };
                if run.quote {
                    quoted += e - s;
                }
                match runs.last_mut() {
                    Some(last) if Run { span: last.span, ..run } == *last => last.span.end = e,
                    _ => runs.push(run),
                }
            }
            Para { runs, quote: quoted * 10 >= (p.end - p.start) * 6 }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::corpus;

    type Shown = (String, Option<u32>, Option<u32>, bool, bool);

    #[test]
    fn runs_layer_mentions_phrases_quotes_and_hits() {
        let c = corpus();
        let a = &c.articles[0];
        let text = a.text();
        let spans: Vec<Span> = a.paragraph_spans().into_iter().map(|(s, _)| s).collect();
        // Mentions and dated phrases as the app gets them: from the article's
        // body shard.
        let (_, parts) = dossier_model::Head::split(c.clone(), 1);
        let layers = Layers::of(&c, 0, &parts.bodies[0][0], &text, &Terms::parse("want astana"));
        let paras = segment(&text, &spans, &layers);
        assert_eq!(paras.len(), 2);
        let show = |p: &Para| -> Vec<Shown> {
            p.runs.iter().map(|r| (text[r.span.range()].to_string(), r.actor, r.event, r.quote, r.hit)).collect()
        };
        let p0 = show(&paras[0]);
        assert_eq!(p0[0], ("Russia".into(), Some(0), None, false, false));
        assert!(p0.contains(&("Astana".into(), None, None, false, true)));
        assert!(p0.contains(&("on Thursday".into(), None, Some(3), false, false)));
        let joined: String = p0.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(joined, "Russia, Iran and Turkey met in Astana on Thursday.");
        let p1 = show(&paras[1]);
        assert_eq!(p1[1], ("We ".into(), None, None, true, false));
        assert_eq!(p1[2], ("want".into(), None, None, true, true));
        assert!(p1.contains(&("Erdoğan".into(), Some(4), None, false, false)));
        assert!(!paras[1].quote);
    }

    #[test]
    fn broken_spans_are_dropped_not_panicking() {
        let text = "Erdoğan said: «all»";
        let layers = Layers {
            actors: vec![(Span::new(0, 5), 0), (Span::new(3, 900), 1), (Span::new(5, 2), 2)],
            quotes: vec![Span::new(15, 20)],
            ..Default::default()
        };
        let paras = segment(text, &[Span::new(0, text.len())], &layers);
        let joined: String = paras[0].runs.iter().map(|r| &text[r.span.range()]).collect();
        assert_eq!(joined, text);
        assert!(paras[0].runs.iter().all(|r| r.actor.is_none()));
    }

    #[test]
    fn mostly_quoted_paragraph_is_set_apart() {
        let text = "«We will not leave this city,» he said.";
        let layers = Layers { quotes: vec![Span::new(2, 30)], ..Default::default() };
        assert!(segment(text, &[Span::new(0, text.len())], &layers)[0].quote);
    }
}
