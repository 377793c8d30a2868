//! Counts shown next to facet values. Actor counts are mentions within the
//! current article selection (the legend answers "who is talked about here").
//! Kind and outlet counts are disjunctive: each ignores its own facet, so a
//! value not yet selected still shows what adding it would bring.

use crate::filter::{Matcher, Skip, TextScores};
use crate::index::Index;
use crate::query::Query;
use dossier_model::{ActorKind, Corpus};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    /// Mentions per actor in the matching articles.
    pub actors: Vec<u32>,
    /// Matching articles per kind (Country, Organization, Person order).
    pub kinds: [u32; 3],
    /// Matching articles per outlet index.
    pub outlets: Vec<u32>,
}

impl Facets {
    /// Actors with at least one mention in the selection.
    pub fn active_actors(&self) -> usize {
        self.actors.iter().filter(|&&n| n > 0).count()
    }
}

fn kind_slot(k: ActorKind) -> usize {
    match k {
        ActorKind::Country => 0,
        ActorKind::Organization => 1,
        ActorKind::Person => 2,
    }
}

/// `selected` is the article selection from [`crate::filter::run`].
pub fn compute(c: &Corpus, ix: &Index, q: &Query, text: Option<&TextScores>, selected: &[u32]) -> Facets {
    let mut f = Facets { actors: vec![0; c.actors.len()], kinds: [0; 3], outlets: vec![0; ix.outlets.len()] };
    for &a in selected {
        for &(x, n) in &ix.article_actors[a as usize] {
            f.actors[x as usize] += n;
        }
    }
    let m = Matcher::new(c, ix, q, text);
    let no_kinds = Skip { kinds: true, ..Skip::NONE };
    let no_outlets = Skip { outlets: true, ..Skip::NONE };
    for a in 0..c.articles.len() as u32 {
        if m.article(a, no_kinds) {
            let mut seen = [false; 3];
            for &(x, _) in &ix.article_actors[a as usize] {
                seen[kind_slot(c.actors[x as usize].kind)] = true;
            }
            for (slot, s) in seen.iter().enumerate() {
                f.kinds[slot] += u32::from(*s);
            }
        }
        if let Some(o) = ix.article_outlet[a as usize] {
            if m.article(a, no_outlets) {
                f.outlets[o as usize] += 1;
            }
        }
    }
    f
}

pub fn kind_count(f: &Facets, k: ActorKind) -> u32 {
    f.kinds[kind_slot(k)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::run;
    use crate::fixture::corpus;

    fn facets(q: &Query) -> Facets {
        let c = corpus();
        let ix = Index::whole(&c);
        let r = run(&c, &ix, q, None);
        compute(&c, &ix, q, None, &r.articles)
    }

    #[test]
    fn actor_counts_are_mentions_in_the_selection() {
        let f = facets(&Query::default());
        assert_eq!(f.actors, vec![2, 2, 2, 1, 1]);
        assert_eq!(f.active_actors(), 5);
        let f = facets(&Query { actors: vec![3], ..Default::default() });
        assert_eq!(f.actors, vec![1, 1, 1, 1, 1]);
        let c = corpus();
        let bbc = Index::whole(&c).outlet_ix("BBC").unwrap();
        let f = facets(&Query { outlets: vec![bbc], ..Default::default() });
        assert_eq!(f.actors, vec![1, 1, 1, 0, 0]);
        assert_eq!(f.active_actors(), 3);
    }

    #[test]
    fn kind_and_outlet_counts_ignore_their_own_facet() {
        let c = corpus();
        let ix = Index::whole(&c);
        let bbc = ix.outlet_ix("BBC").unwrap();
        let arab = ix.outlet_ix("The New Arab").unwrap();
        let f = facets(&Query { outlets: vec![bbc], ..Default::default() });
        assert_eq!(f.outlets[bbc as usize], 1);
        assert_eq!(f.outlets[arab as usize], 1);
        assert_eq!(kind_count(&f, ActorKind::Person), 0);
        assert_eq!(kind_count(&f, ActorKind::Country), 1);
        let f = facets(&Query { kinds: vec![ActorKind::Person], ..Default::default() });
        assert_eq!(kind_count(&f, ActorKind::Country), 2);
        assert_eq!(f.outlets[bbc as usize], 0);
    }
}
