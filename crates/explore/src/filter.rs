//! Which articles, events and quotes match a query. Filters combine with AND;
//! within the actor facet the query's mode picks OR or AND. Search scores are
//! computed separately ([`TextScores`]) so toggling an actor never re-runs a
//! text scan.

use crate::index::{overlaps, Index};
use crate::query::{Filter, Mode, Query, View};
use crate::search::{fold, narrows, scores, Terms};
use dossier_model::lexicon::{searchable, Kind, Lexicon};
use dossier_model::{ActorIx, Article, Corpus, Day};

/// Search relevance per article, event and quote (0 = no match); `None`
/// when there is no search.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextScores {
    pub articles: Vec<u32>,
    pub events: Vec<u32>,
    pub quotes: Vec<u32>,
}

/// What a search reads: the build-time lexicon, and the items' text for the
/// phrase checks the lexicon cannot answer.
pub struct Searchable<'a> {
    pub corpus: &'a Corpus,
    pub index: &'a Index,
    /// The lexicon shards holding the words of the search's terms (or all).
    pub lexicon: Vec<&'a Lexicon>,
    /// The whole articles, when their bodies are at hand (a one-file
    /// corpus). In a sharded one they are fetched only to be read, so a
    /// phrase matches an article holding all its words, weighed as its
    /// rarest word.
    pub articles: Option<&'a [Article]>,
}

impl<'a> Searchable<'a> {
    /// A whole corpus, with its bodies and lexicon.
    pub fn whole(corpus: &'a Corpus, index: &'a Index) -> Self {
        Searchable { corpus, index, lexicon: vec![&corpus.lexicon], articles: Some(&corpus.articles) }
    }

    /// Item `i`'s text as the lexicon was built from it
    /// ([`dossier_model::lexicon::searchable`]), folded; `None` for an
    /// article whose body is not at hand.
    fn text(&self, kind: Kind, i: usize) -> Option<(String, String)> {
        let c = self.corpus;
        let (title, body) = match kind {
            Kind::Article => {
                let a = self.articles?.get(i)?;
                (a.title.clone(), a.text())
            }
            // In a sharded corpus summaries and quote words are parts of
            // their own, fetched for the cards on screen: not at hand.
            Kind::Quote => {
                let said = self.index.quote_words.get(i)?;
                (String::new(), format!("{said} {}", self.index.speaker(i as u32).unwrap_or("")))
            }
            Kind::Event if c.events.get(i)?.summary.is_empty() => return None,
            Kind::Event => searchable(c, kind, i),
        };
        Some((fold(&title), fold(&body)))
    }
}

impl TextScores {
    pub fn compute(s: &Searchable, terms: &Terms) -> Option<TextScores> {
        TextScores::refine(s, terms, None)
    }

    /// Like [`TextScores::compute`], reusing the previous search when the new
    /// one can only match fewer items (every old term is inside a new term,
    /// as when typing on): only previous matches are scored again.
    pub fn refine(s: &Searchable, terms: &Terms, prev: Option<(&Terms, &TextScores)>) -> Option<TextScores> {
        if terms.is_empty() {
            return None;
        }
        let c = s.corpus;
        let narrower = prev.filter(|(old, _)| old.0.iter().all(|o| terms.0.iter().any(|n| narrows(n, o))));
        let was = |v: fn(&TextScores) -> &Vec<u32>, n: usize| -> Vec<bool> {
            (0..n).map(|i| narrower.is_none_or(|(_, p)| v(p).get(i).is_some_and(|&s| s > 0))).collect()
        };
        let score = |kind: Kind, alive: Vec<bool>| {
            let text = |i: usize| s.text(kind, i);
            scores(&s.lexicon, kind, &text, terms, alive)
        };
        Some(TextScores {
            articles: score(Kind::Article, was(|p| &p.articles, c.articles.len())),
            events: score(Kind::Event, was(|p| &p.events, c.events.len())),
            quotes: score(Kind::Quote, was(|p| &p.quotes, c.quotes.len())),
        })
    }
}

/// Facets a check may skip, for disjunctive counts and loosening hints.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Skip {
    pub actors: bool,
    pub kinds: bool,
    pub outlets: bool,
    pub dates: bool,
    pub text: bool,
}

impl Skip {
    pub const NONE: Skip = Skip { actors: false, kinds: false, outlets: false, dates: false, text: false };
}

/// Which articles, events and quotes pass one facet, built from the index's
/// per-actor postings: cost in proportion to the selected actors' items,
/// not to the corpus.
struct Mask {
    articles: Vec<bool>,
    events: Vec<bool>,
    quotes: Vec<bool>,
}

impl Mask {
    /// Items with any of `actors` (`need` = 1), or with all of them (`need`
    /// = their number; `actors` must be distinct).
    fn of(ix: &Index, actors: &[ActorIx], need: usize) -> Mask {
        let pass = |lists: &[Vec<u32>], n: usize| {
            let mut hits = vec![0u16; n];
            for &a in actors {
                for &i in lists.get(a as usize).map_or(&[][..], |l| &l[..]) {
                    hits[i as usize] = hits[i as usize].saturating_add(1);
                }
            }
            hits.into_iter().map(|h| usize::from(h) >= need).collect()
        };
        Mask {
            articles: pass(&ix.actor_articles, ix.article_actors.len()),
            events: pass(&ix.actor_events, ix.event_sources.len()),
            quotes: pass(&ix.actor_quotes, ix.quote_actors.len()),
        }
    }
}

/// A query bound to a corpus, ready to test items.
pub struct Matcher<'a> {
    pub c: &'a Corpus,
    pub ix: &'a Index,
    pub q: &'a Query,
    pub text: Option<&'a TextScores>,
    range: Option<(Day, Day)>,
    actors: Option<Mask>,
    kinds: Option<Mask>,
}

impl<'a> Matcher<'a> {
    pub fn new(c: &'a Corpus, ix: &'a Index, q: &'a Query, text: Option<&'a TextScores>) -> Self {
        let actors = (!q.actors.is_empty()).then(|| {
            let mut distinct = q.actors.clone();
            distinct.sort_unstable();
            distinct.dedup();
            let need = if q.mode == Mode::All { distinct.len() } else { 1 };
            Mask::of(ix, &distinct, need)
        });
        let kinds = (!q.kinds.is_empty()).then(|| {
            let of_kind: Vec<ActorIx> =
                (0..c.actors.len() as u32).filter(|&a| q.kinds.contains(&c.actors[a as usize].kind)).collect();
            Mask::of(ix, &of_kind, 1)
        });
        Matcher { c, ix, q, text, range: q.range(), actors, kinds }
    }

    fn pass(mask: &Option<Mask>, list: fn(&Mask) -> &Vec<bool>, i: u32) -> bool {
        mask.as_ref().is_none_or(|m| list(m).get(i as usize).copied().unwrap_or(false))
    }

    fn outlet_ok(&self, article: u32) -> bool {
        self.q.outlets.is_empty()
            || self
                .ix
                .article_outlet
                .get(article as usize)
                .copied()
                .flatten()
                .is_some_and(|o| self.q.outlets.contains(&o))
    }

    /// An article matches a date range when it was published in it or reports
    /// an event that overlaps it.
    pub fn article(&self, a: u32, skip: Skip) -> bool {
        let ai = a as usize;
        (skip.actors || Self::pass(&self.actors, |m| &m.articles, a))
            && (skip.kinds || Self::pass(&self.kinds, |m| &m.articles, a))
            && (skip.outlets || self.outlet_ok(a))
            && (skip.dates
                || self.range.is_none_or(|r| {
                    self.c.articles[ai].published.is_some_and(|d| overlaps((d, d), r))
                        || self.ix.article_events[ai].iter().any(|&e| overlaps(self.c.events[e as usize].range, r))
                }))
            && (skip.text || self.text.is_none_or(|t| t.articles[ai] > 0))
    }

    pub fn event(&self, e: u32) -> bool {
        let ev = &self.c.events[e as usize];
        Self::pass(&self.actors, |m| &m.events, e)
            && Self::pass(&self.kinds, |m| &m.events, e)
            && (self.q.outlets.is_empty() || self.ix.event_sources[e as usize].iter().any(|&a| self.outlet_ok(a)))
            && self.range.is_none_or(|r| overlaps(ev.range, r))
            && self.text.is_none_or(|t| t.events[e as usize] > 0)
    }

    pub fn quote(&self, i: u32) -> bool {
        let q = &self.c.quotes[i as usize];
        Self::pass(&self.actors, |m| &m.quotes, i)
            && Self::pass(&self.kinds, |m| &m.quotes, i)
            && self.outlet_ok(q.article)
            && self.range.is_none_or(|r| {
                self.c.articles.get(q.article as usize).and_then(|a| a.published).is_some_and(|d| overlaps((d, d), r))
            })
            && self.text.is_none_or(|t| t.quotes[i as usize] > 0)
    }
}

/// Matching items, each list in display order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    pub articles: Vec<u32>,
    pub events: Vec<u32>,
    pub quotes: Vec<u32>,
}

pub fn run(c: &Corpus, ix: &Index, q: &Query, text: Option<&TextScores>) -> Results {
    let m = Matcher::new(c, ix, q, text);
    // Lists start in the index's date order. Relevance re-sorts, stably (so
    // equal scores keep date order), only the list on screen: the others
    // give counts, and switching view runs this again.
    let by_score = |list: &mut Vec<u32>, v: fn(&TextScores) -> &Vec<u32>, shown: View| {
        if let Some(t) = text.filter(|_| q.by_relevance() && q.view == shown) {
            let s = v(t);
            list.sort_by(|&a, &b| s[b as usize].cmp(&s[a as usize]));
        }
    };
    let mut articles: Vec<u32> = ix.articles_by_date.iter().copied().filter(|&a| m.article(a, Skip::NONE)).collect();
    by_score(&mut articles, |t| &t.articles, View::Articles);
    let mut events: Vec<u32> = ix.events_by_date.iter().copied().filter(|&e| m.event(e)).collect();
    by_score(&mut events, |t| &t.events, View::Events);
    let mut quotes: Vec<u32> = ix.quotes_by_date.iter().copied().filter(|&i| m.quote(i)).collect();
    by_score(&mut quotes, |t| &t.quotes, View::Quotes);
    Results { articles, events, quotes }
}

/// When nothing matches: the active filter whose removal brings back the
/// most articles, with that count.
pub fn loosen(c: &Corpus, ix: &Index, q: &Query, text: Option<&TextScores>) -> Option<(Filter, usize)> {
    q.filters()
        .into_iter()
        .map(|f| {
            let mut looser = q.clone();
            looser.remove(&f);
            let r = run(c, ix, &looser, if f == Filter::Text { None } else { text });
            let n = match q.view {
                crate::query::View::Articles => r.articles.len(),
                crate::query::View::Events => r.events.len(),
                crate::query::View::Quotes => r.quotes.len(),
            };
            (f, n)
        })
        .fold(None, |best: Option<(Filter, usize)>, (f, n)| match best {
            Some(b) if b.1 >= n => Some(b),
            _ if n > 0 => Some((f, n)),
            b => b,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::corpus;
    use crate::query::{Sort, View};
    use dossier_model::ActorKind;

    fn results(q: &Query) -> Results {
        let c = corpus();
        let ix = Index::whole(&c);
        let t = TextScores::compute(&Searchable::whole(&c, &ix), &Terms::parse(&q.text));
        run(&c, &ix, q, t.as_ref())
    }

    #[test]
    fn no_filters_everything_newest_first_events_chronological() {
        let r = results(&Query::default());
        assert_eq!(r.articles, vec![0, 1, 2]);
        assert_eq!(r.events, vec![0, 4, 2, 1, 3]);
        assert_eq!(r.quotes, vec![0]);
    }

    #[test]
    fn actors_any_and_all() {
        let q = Query { actors: vec![3], ..Default::default() };
        assert_eq!(results(&q).articles, vec![0]);
        assert_eq!(results(&q).quotes, vec![0]);
        assert_eq!(results(&q).events, Vec::<u32>::new());
        let q = Query { actors: vec![0, 3], ..Default::default() };
        assert_eq!(results(&q).articles, vec![0, 1]);
        let q = Query { actors: vec![0, 3], mode: Mode::All, ..Default::default() };
        assert_eq!(results(&q).articles, vec![0]);
        let q = Query { actors: vec![0, 1], mode: Mode::All, ..Default::default() };
        assert_eq!(results(&q).events, vec![1, 3]);
    }

    #[test]
    fn a_repeated_actor_counts_once_in_all_mode() {
        let once = Query { actors: vec![0], mode: Mode::All, ..Default::default() };
        let twice = Query { actors: vec![0, 0], mode: Mode::All, ..Default::default() };
        assert_eq!(results(&once), results(&twice));
        assert!(!results(&once).articles.is_empty());
        let unknown = Query { actors: vec![0, 999], ..Default::default() };
        assert_eq!(results(&unknown).articles, results(&once).articles);
    }

    #[test]
    fn kinds_outlets_dates_text_combine() {
        let c = corpus();
        let ix = Index::whole(&c);
        let q = Query { kinds: vec![ActorKind::Person], ..Default::default() };
        assert_eq!(results(&q).articles, vec![0]);
        let q = Query { outlets: vec![ix.outlet_ix("BBC").unwrap()], ..Default::default() };
        assert_eq!(results(&q).articles, vec![1]);
        assert_eq!(results(&q).events, vec![2, 1]);
        // December 2016 holds no publication, but article b reports Aleppo.
        let q = Query { from: Day::parse_iso("2016-12-10"), to: Day::parse_iso("2016-12-20"), ..Default::default() };
        assert_eq!(results(&q).articles, vec![1]);
        assert_eq!(results(&q).events, vec![2]);
        assert_eq!(results(&q).quotes, Vec::<u32>::new());
        let q = Query { text: "talks".into(), actors: vec![3], ..Default::default() };
        assert_eq!(results(&q).articles, vec![0]);
        let q = Query { text: "ERDOGAN".into(), ..Default::default() };
        assert_eq!(results(&q).articles, vec![0]);
        let q = Query { to: Day::parse_iso("1970-01-01"), ..Default::default() };
        assert_eq!(results(&q).events, vec![0]);
        assert_eq!(results(&q).articles, vec![2]);
    }

    #[test]
    fn a_split_corpus_scores_as_the_whole_one() {
        use dossier_model::{Head, Part};
        let c = corpus();
        let ix = Index::whole(&c);
        let (head, _) = Head::split(c.clone(), 0);
        let ([Part::Inline(lexicon)], [Part::Inline(bodies)]) = (head.lexicon.as_slice(), head.bodies.as_slice())
        else {
            panic!("one file")
        };
        let articles: Vec<Article> =
            bodies.iter().zip(&head.corpus.articles).map(|(b, a)| b.clone().into_article(a)).collect();
        let split_ix = Index::new(&head.corpus, head.digest.clone());
        assert_eq!(split_ix, ix, "the digest stands in for the bodies");
        let one_file =
            Searchable { corpus: &head.corpus, index: &split_ix, lexicon: vec![lexicon], articles: Some(&articles) };
        // Sharded: no bodies, summaries or quote words at hand.
        let (sharded_head, parts) = Head::split(c.clone(), 1);
        let sharded_ix = Index::new(&sharded_head.corpus, sharded_head.digest.clone());
        let sharded = Searchable {
            corpus: &sharded_head.corpus,
            index: &sharded_ix,
            lexicon: parts.lexicon.iter().collect(),
            articles: None,
        };
        for q in ["talks", "erdogan", "\"peace talks\"", "want", "a", "\"said on\""] {
            let terms = Terms::parse(q);
            let whole = TextScores::compute(&Searchable::whole(&c, &ix), &terms);
            assert_eq!(TextScores::compute(&one_file, &terms), whole, "{q}");
            let without = TextScores::compute(&sharded, &terms).unwrap();
            let whole = whole.unwrap();
            if !q.contains(' ') {
                assert_eq!(without, whole, "one word needs no text: {q}");
            }
            // A phrase matches on its words: never fewer items.
            for (w, x) in [
                (&without.articles, &whole.articles),
                (&without.events, &whole.events),
                (&without.quotes, &whole.quotes),
            ] {
                assert!(w.iter().zip(x).all(|(a, b)| *b == 0 || *a > 0), "{q}");
            }
        }
    }

    #[test]
    fn refining_a_search_matches_a_fresh_one() {
        let c = corpus();
        let ix = Index::whole(&c);
        let mut prev: Option<(Terms, TextScores)> = None;
        // "ace" then "peace": a term inside a word narrows nothing.
        for text in ["t", "ta", "tal", "talk", "talks", "talks a", "talks as", "peace", "pea", "ace", "peace"] {
            let terms = Terms::parse(text);
            let fresh = TextScores::compute(&Searchable::whole(&c, &ix), &terms);
            let refined = TextScores::refine(&Searchable::whole(&c, &ix), &terms, prev.as_ref().map(|(t, s)| (t, s)));
            assert_eq!(refined, fresh, "{text}");
            prev = fresh.map(|s| (terms, s));
        }
    }

    #[test]
    fn refining_scores_only_the_previous_matches() {
        // Refining trusts the previous search: an item it did not match is
        // not scored again, even when (as here, by construction) it would be.
        let c = corpus();
        let ix = Index::whole(&c);
        let old = Terms::parse("talk");
        let new = Terms::parse("talks");
        let mut none = TextScores::compute(&Searchable::whole(&c, &ix), &old).unwrap();
        none.articles.iter_mut().for_each(|s| *s = 0);
        let refined = TextScores::refine(&Searchable::whole(&c, &ix), &new, Some((&old, &none))).unwrap();
        assert!(refined.articles.iter().all(|&s| s == 0));
        assert!(TextScores::compute(&Searchable::whole(&c, &ix), &new).unwrap().articles.iter().any(|&s| s > 0));
    }

    #[test]
    fn a_search_keeps_only_the_events_it_matches() {
        let q = Query { text: "Aleppo".into(), ..Default::default() };
        assert_eq!(results(&q).events, vec![2]);
        let q = Query { text: "regime".into(), ..Default::default() };
        assert_eq!(results(&q).events, vec![0]);
    }

    #[test]
    fn a_search_keeps_only_the_quotes_it_matches() {
        // The one quote is Lavrov's "We want peace".
        let q = Query { text: "peace".into(), ..Default::default() };
        assert_eq!(results(&q).quotes, vec![0]);
        let q = Query { text: "talks".into(), ..Default::default() };
        assert_eq!(results(&q).quotes, Vec::<u32>::new());
    }

    #[test]
    fn relevance_sort_only_when_searching() {
        // "peace" is in b's title (weight 8) and in a's body once.
        let q = Query { text: "peace".into(), ..Default::default() };
        assert_eq!(results(&q).articles, vec![1, 0]);
        let q = Query { sort: Sort::Date, ..q };
        assert_eq!(results(&q).articles, vec![0, 1]);
    }

    #[test]
    fn loosen_names_the_filter_that_helps_most() {
        let c = corpus();
        let ix = Index::whole(&c);
        let q = Query {
            actors: vec![3],
            outlets: vec![ix.outlet_ix("BBC").unwrap()],
            view: View::Articles,
            ..Default::default()
        };
        assert!(results(&q).articles.is_empty());
        assert_eq!(loosen(&c, &ix, &q, None), Some((Filter::Actor(3), 1)));
    }

    #[test]
    fn loosen_prefers_a_later_filter_that_brings_back_more() {
        // Russia (articles a, b) and "regime" (only c): nothing. Without
        // Russia the search still applies (c alone); without the search,
        // Russia's two come back.
        let c = corpus();
        let ix = Index::whole(&c);
        let q = Query { actors: vec![0], text: "regime".into(), ..Default::default() };
        let t = TextScores::compute(&Searchable::whole(&c, &ix), &Terms::parse(&q.text));
        assert!(run(&c, &ix, &q, t.as_ref()).articles.is_empty());
        assert_eq!(loosen(&c, &ix, &q, t.as_ref()), Some((Filter::Text, 2)));
    }

    #[test]
    fn loosen_names_nothing_when_no_single_filter_helps() {
        // Lavrov (a), BBC (b) and before 1970 (c) exclude each other pairwise,
        // so dropping any one of them still leaves no article.
        let c = corpus();
        let ix = Index::whole(&c);
        let q = Query {
            actors: vec![3],
            outlets: vec![ix.outlet_ix("BBC").unwrap()],
            to: Day::parse_iso("1970-01-01"),
            ..Default::default()
        };
        assert_eq!(q.filters().len(), 3);
        assert_eq!(loosen(&c, &ix, &q, None), None);
    }
}
