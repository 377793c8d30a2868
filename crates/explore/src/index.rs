//! Lookups computed once per corpus, so filtering on a keystroke is a pass
//! over small per-article vectors rather than over every mention list.

use dossier_model::bundle::Speakers;
use dossier_model::{ActorIx, ArticleIx, Corpus, Day, Digest, Span};

#[derive(Debug, Default, Clone, PartialEq)]
pub struct Index {
    /// Distinct outlets, sorted.
    pub outlets: Vec<String>,
    pub article_outlet: Vec<Option<u32>>,
    /// Per article: (actor, mention count), most mentioned first.
    pub article_actors: Vec<Vec<(ActorIx, u32)>>,
    /// Per article: the events it reports, chronological.
    pub article_events: Vec<Vec<u32>>,
    /// Per event: the distinct articles reporting it (the digest's).
    pub event_sources: Vec<Vec<ArticleIx>>,
    /// Per quote: the speaker and the actors named inside the quote.
    pub quote_actors: Vec<Vec<ActorIx>>,
    /// Per article, its card's lead; per quote, its words (from the build's
    /// [`Digest`], as the bodies may not be loaded).
    pub leads: Vec<String>,
    pub quote_words: Vec<String>,
    /// Quote speakers as written (see [`Digest::speakers`]).
    pub speakers: Speakers,
    /// Per actor: the articles mentioning it, the events it takes part in,
    /// and the quotes it speaks or is named in (each ascending), so an actor
    /// filter visits only its own items.
    pub actor_articles: Vec<Vec<u32>>,
    pub actor_events: Vec<Vec<u32>>,
    pub actor_quotes: Vec<Vec<u32>>,
    /// Total mentions per actor over the corpus.
    pub actor_total: Vec<u32>,
    /// Event indices by date, then position (the build orders events of a
    /// day by their end and summary).
    pub events_by_date: Vec<u32>,
    /// Article indices newest first, then by title: the default card order,
    /// sorted once so a filter pass only keeps or drops.
    pub articles_by_date: Vec<u32>,
    /// Quote indices in the order of their articles' cards, then position.
    pub quotes_by_date: Vec<u32>,
}

impl Index {
    /// The index of a head's corpus, with the build's digest of its bodies.
    pub fn new(c: &Corpus, digest: Digest) -> Index {
        let n = c.articles.len();
        let mut outlets: Vec<String> = c.articles.iter().filter_map(|a| a.outlet.clone()).collect();
        outlets.sort_unstable();
        outlets.dedup();
        let article_outlet =
            c.articles.iter().map(|a| a.outlet.as_ref().and_then(|o| outlets.binary_search(o).ok()).map(|i| i as u32));

        let Digest { leads, mut article_actors, quote_words, quote_actors, speakers, mut event_sources } = digest;
        // A digest of this corpus has a list per event.
        if event_sources.len() != c.events.len() {
            event_sources = vec![Vec::new(); c.events.len()];
        }
        article_actors.resize(n, Vec::new());
        let mut actor_total = vec![0u32; c.actors.len()];
        for list in &article_actors {
            for &(x, k) in list {
                if let Some(t) = actor_total.get_mut(x as usize) {
                    *t += k;
                }
            }
        }

        let mut events_by_date: Vec<u32> = (0..c.events.len() as u32).collect();
        events_by_date.sort_by_key(|&e| c.events[e as usize].date);
        // Keys copied out first: comparing two small arrays is far cheaper
        // than reaching into two large articles.
        let published: Vec<Option<Day>> = c.articles.iter().map(|a| a.published).collect();
        let mut articles_by_date: Vec<u32> = (0..n as u32).collect();
        articles_by_date.sort_by(|&a, &b| {
            let (x, y) = (a as usize, b as usize);
            published[y].cmp(&published[x]).then_with(|| c.articles[x].title.cmp(&c.articles[y].title))
        });
        // Quotes follow their article's card, then their place in it.
        let mut by_article = vec![Vec::new(); n];
        for (i, q) in c.quotes.iter().enumerate() {
            if let Some(l) = by_article.get_mut(q.article as usize) {
                l.push(i as u32);
            }
        }
        let mut quotes_by_date = Vec::with_capacity(c.quotes.len());
        for &a in &articles_by_date {
            let l = &mut by_article[a as usize];
            l.sort_by_key(|&x| c.quotes[x as usize].span);
            quotes_by_date.extend_from_slice(l);
        }
        // The digest's sources are distinct, so each event is listed once per
        // article, chronologically.
        let mut article_events = vec![Vec::new(); n];
        for &e in &events_by_date {
            for &a in &event_sources[e as usize] {
                if let Some(l) = article_events.get_mut(a as usize) {
                    l.push(e);
                }
            }
        }

        let mut actor_articles = vec![Vec::new(); c.actors.len()];
        for (a, list) in article_actors.iter().enumerate() {
            for &(x, _) in list {
                if let Some(l) = actor_articles.get_mut(x as usize) {
                    l.push(a as u32);
                }
            }
        }
        let mut actor_events = vec![Vec::new(); c.actors.len()];
        for (e, ev) in c.events.iter().enumerate() {
            for &x in &ev.actors {
                if let Some(l) =
                    actor_events.get_mut(x as usize).filter(|l: &&mut Vec<u32>| l.last() != Some(&(e as u32)))
                {
                    l.push(e as u32);
                }
            }
        }
        let mut actor_quotes = vec![Vec::new(); c.actors.len()];
        for (i, list) in quote_actors.iter().enumerate() {
            for &x in list {
                if let Some(l) = actor_quotes.get_mut(x as usize) {
                    l.push(i as u32);
                }
            }
        }

        Index {
            actor_articles,
            actor_events,
            actor_quotes,
            article_outlet: article_outlet.collect(),
            outlets,
            article_actors,
            article_events,
            event_sources,
            quote_actors,
            leads,
            quote_words,
            speakers,
            actor_total,
            events_by_date,
            articles_by_date,
            quotes_by_date,
        }
    }

    /// The index of a whole corpus (bodies and mentions in it), as tests and
    /// tools have it.
    pub fn whole(c: &Corpus) -> Index {
        Index::new(c, Digest::of(c))
    }

    /// Mentions of `actor` in `article`.
    pub fn mentions(&self, article: ArticleIx, actor: ActorIx) -> u32 {
        self.article_actors
            .get(article as usize)
            .and_then(|l| l.iter().find(|(a, _)| *a == actor))
            .map_or(0, |&(_, n)| n)
    }

    /// Quote `q`'s speaker as written ([`dossier_model::Quote::speaker`],
    /// which a head leaves empty).
    pub fn speaker(&self, q: u32) -> Option<&str> {
        self.speakers.get(q)
    }

    pub fn outlet_ix(&self, name: &str) -> Option<u32> {
        self.outlets.binary_search_by(|o| o.as_str().cmp(name)).ok().map(|i| i as u32)
    }
}

/// Whether day ranges `a` and `b` (inclusive) overlap.
pub fn overlaps(a: (Day, Day), b: (Day, Day)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

/// The span when it is non-empty, inside `text` and on char boundaries.
pub fn clean_span(text: &str, s: Span) -> Option<Span> {
    let (a, b) = (s.start as usize, s.end as usize);
    (a < b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b)).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::EventMention;

    #[test]
    fn an_article_reporting_an_event_twice_is_one_source() {
        let mut c = crate::fixture::corpus();
        let mention =
            |article| EventMention { article, phrase: Span::default(), sentence: Span::default(), inferred: false };
        c.events[0].mentions = vec![mention(1), mention(0), mention(1), mention(99), mention(99)];
        let ix = Index::whole(&c);
        assert_eq!(ix.event_sources[0], vec![1, 0, 99], "first-seen order, once each, unknown articles too");
        assert_eq!(ix.article_events[1].iter().filter(|&&e| e == 0).count(), 1);
        assert!(ix.article_events[0].contains(&0));
    }

    #[test]
    fn speakers_read_as_written() {
        let c = crate::fixture::corpus();
        let (head, _) = dossier_model::Head::split(c.clone(), 1);
        let ix = Index::new(&head.corpus, head.digest);
        assert_eq!(head.corpus.quotes[0].speaker, None, "not in the head's quotes");
        assert_eq!(ix.speaker(0), c.quotes[0].speaker.as_deref());
        assert_eq!(ix.speaker(0), Some("Lavrov"));
        assert_eq!(ix.speaker(1), None, "no such quote");
    }
}
