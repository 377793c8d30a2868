//! The explorer's whole state as one value: filters, view, selection, reader,
//! theme. The URL is a rendering of it (see `url`), so a link is a screen.

use dossier_model::{format_at, ActorIx, ActorKind, Corpus, Day, Precision};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Articles,
    Events,
    Quotes,
}

impl View {
    pub const ALL: [View; 3] = [View::Articles, View::Events, View::Quotes];
    pub fn as_str(self) -> &'static str {
        match self {
            View::Articles => "articles",
            View::Events => "events",
            View::Quotes => "quotes",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            View::Articles => "Articles",
            View::Events => "Events",
            View::Quotes => "Quotes",
        }
    }
}

/// How several selected actors combine: OR (`Any`) or AND (`All`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Any,
    All,
}

/// `Auto` sorts by relevance while searching and by date otherwise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Auto,
    Date,
    Relevance,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// Selected actors, sorted and distinct.
    pub actors: Vec<ActorIx>,
    pub mode: Mode,
    pub kinds: Vec<ActorKind>,
    /// Outlet indices into `Index::outlets`, sorted and distinct.
    pub outlets: Vec<u32>,
    pub from: Option<Day>,
    pub to: Option<Day>,
    pub text: String,
    pub view: View,
    pub sort: Sort,
    pub event: Option<u32>,
    pub article: Option<u32>,
    pub theme: Theme,
}

/// One active filter, as a removable chip.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Filter {
    Actor(ActorIx),
    Kind(ActorKind),
    Outlet(u32),
    Dates,
    Text,
}

fn toggle<T: Ord + Copy>(v: &mut Vec<T>, x: T) {
    match v.binary_search(&x) {
        Ok(i) => {
            v.remove(i);
        }
        Err(i) => v.insert(i, x),
    }
}

impl Query {
    pub fn toggle_actor(&mut self, a: ActorIx) {
        toggle(&mut self.actors, a);
    }
    pub fn toggle_kind(&mut self, k: ActorKind) {
        toggle(&mut self.kinds, k);
    }
    pub fn toggle_outlet(&mut self, o: u32) {
        toggle(&mut self.outlets, o);
    }

    /// The effective sort: relevance only makes sense with search terms.
    pub fn by_relevance(&self) -> bool {
        match self.sort {
            Sort::Auto => !self.text.trim().is_empty(),
            Sort::Date => false,
            Sort::Relevance => !self.text.trim().is_empty(),
        }
    }

    /// The inclusive date range, when one is set; a reversed range is swapped.
    pub fn range(&self) -> Option<(Day, Day)> {
        match (self.from, self.to) {
            (None, None) => None,
            (f, t) => {
                let (a, b) = (f.unwrap_or(Day(i32::MIN / 2)), t.unwrap_or(Day(i32::MAX / 2)));
                Some((a.min(b), a.max(b)))
            }
        }
    }

    /// Active filters in display order.
    pub fn filters(&self) -> Vec<Filter> {
        let mut out: Vec<Filter> = self.actors.iter().map(|&a| Filter::Actor(a)).collect();
        out.extend(self.kinds.iter().map(|&k| Filter::Kind(k)));
        out.extend(self.outlets.iter().map(|&o| Filter::Outlet(o)));
        if self.range().is_some() {
            out.push(Filter::Dates);
        }
        if !self.text.trim().is_empty() {
            out.push(Filter::Text);
        }
        out
    }

    pub fn remove(&mut self, f: &Filter) {
        match f {
            Filter::Actor(a) => self.actors.retain(|x| x != a),
            Filter::Kind(k) => self.kinds.retain(|x| x != k),
            Filter::Outlet(o) => self.outlets.retain(|x| x != o),
            Filter::Dates => (self.from, self.to) = (None, None),
            Filter::Text => self.text.clear(),
        }
    }

    /// Drops every filter; keeps the view, theme and what is open.
    pub fn clear_filters(&mut self) {
        *self =
            Query { view: self.view, theme: self.theme, event: self.event, article: self.article, ..Query::default() };
    }

    /// A readable label for a filter chip.
    pub fn label(&self, f: &Filter, c: &Corpus, outlets: &[String]) -> String {
        match f {
            Filter::Actor(a) => c.actors.get(*a as usize).map_or_else(String::new, |a| a.name.clone()),
            Filter::Kind(k) => kind_label(*k).to_string(),
            Filter::Outlet(o) => outlets.get(*o as usize).cloned().unwrap_or_default(),
            Filter::Dates => {
                let f = |d: Option<Day>| d.map_or_else(|| "…".to_string(), |d| format_at(d, (d, d), Precision::Day));
                format!("{} – {}", f(self.from), f(self.to))
            }
            Filter::Text => format!("“{}”", self.text.trim()),
        }
    }
}

pub fn kind_label(k: ActorKind) -> &'static str {
    match k {
        ActorKind::Country => "Countries",
        ActorKind::Organization => "Organizations",
        ActorKind::Person => "People",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggles_keep_sorted_sets() {
        let mut q = Query::default();
        q.toggle_actor(3);
        q.toggle_actor(1);
        q.toggle_actor(2);
        q.toggle_actor(3);
        assert_eq!(q.actors, vec![1, 2]);
        q.toggle_kind(ActorKind::Person);
        q.toggle_kind(ActorKind::Country);
        assert_eq!(q.kinds, vec![ActorKind::Country, ActorKind::Person]);
    }

    #[test]
    fn filters_list_and_remove() {
        let mut q = Query {
            actors: vec![4],
            text: " iran ".into(),
            to: Some(Day(5)),
            view: View::Events,
            ..Default::default()
        };
        assert_eq!(q.filters(), vec![Filter::Actor(4), Filter::Dates, Filter::Text]);
        assert!(q.by_relevance());
        q.remove(&Filter::Dates);
        assert_eq!(q.range(), None);
        q.clear_filters();
        assert!(q.filters().is_empty());
        assert_eq!(q.view, View::Events);
    }

    #[test]
    fn reversed_range_is_swapped() {
        let q = Query { from: Some(Day(9)), to: Some(Day(2)), ..Default::default() };
        assert_eq!(q.range(), Some((Day(2), Day(9))));
    }
}
