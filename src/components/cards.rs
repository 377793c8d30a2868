//! The main area: view switch, sort, active filter chips, the live result
//! count, the selected event, and the cards (paged, so a 10,000-article
//! corpus keeps a small DOM), or an empty state that names what to loosen.

use super::{card_dom, header::plural};
use crate::dom;
use crate::local::{Local, Shared};
use crate::state::use_state;
use dossier_explore::filter::loosen;
use dossier_explore::query::{Filter, Sort, View};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Cards built at a time: a screenful and a half. More are added as "Show
/// more" nears the viewport (or on its click), so a keystroke builds, lays
/// out and paints a dozen cards, whatever the corpus size.
const PAGE: usize = 12;
/// How far below the viewport "Show more" starts loading the next page.
const AHEAD_PX: f64 = 800.0;

/// The cards on screen, sorted by key, and what they were built for.
#[derive(Default)]
struct Shown {
    /// Keys in display order.
    list: Vec<u64>,
    /// The same keys sorted, with their cards.
    keys: Vec<u64>,
    cards: Vec<web_sys::Element>,
    terms: dossier_explore::search::Terms,
    selected: Option<u32>,
}

fn nouns(v: View) -> (&'static str, &'static str) {
    match v {
        View::Articles => ("article", "articles"),
        View::Events => ("event", "events"),
        View::Quotes => ("quote", "quotes"),
    }
}

pub fn cards() -> web_sys::HtmlElement {
    let s = use_state();
    let view_kind = move || s.query.with(|q| q.view);
    let limit = Shared::new(PAGE);
    crate::local::effect(move || {
        s.selection.track();
        if limit.get_untracked() != PAGE {
            limit.set(PAGE);
        }
    });
    // Scrolling near the end loads the next page; so does a page too short
    // to scroll (checked after each render).
    let near_end = move || {
        let Some(more) = dom::by_id("more") else { return };
        let h = window().inner_height().ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
        if !more.class_list().contains("hidden") && more.get_bounding_client_rect().top() < h + AHEAD_PX {
            limit.update(|l| *l += PAGE);
        }
    };
    dom::listen(&window(), "scroll", move |_| near_end());
    let count = move |v: View| {
        s.results(|r| match v {
            View::Articles => r.articles.len(),
            View::Events => r.events.len(),
            View::Quotes => r.quotes.len(),
        })
    };
    let total = move |v: View| match v {
        View::Articles => s.corpus.articles.len(),
        View::Events => s.corpus.events.len(),
        View::Quotes => s.corpus.quotes.len(),
    };
    let items = move || {
        let v = view_kind();
        let n = limit.get();
        s.results(|r| {
            let list = match v {
                View::Articles => &r.articles,
                View::Events => &r.events,
                View::Quotes => &r.quotes,
            };
            list.iter().take(n).map(|&i| ((v as u64) << 32) | u64::from(i)).collect::<Vec<u64>>()
        })
    };
    let main = dom::el("main", "cards");
    dom::attr(&main, "id", "main");
    skeleton(&main);
    let ensure = || dom::by_id("card-list");
    // Cards are plain DOM. A card depends on its item, the search terms and
    // the selected event; while those two hold, cards already on screen are
    // kept and only new ones are built, so narrowing a filter mostly moves
    // nodes. Focus is carried over by `data-focus`.
    let shown: Local<Shown> = Local::new(Shown::default());
    crate::local::effect(move || {
        let Some(h) = ensure() else { return };
        let keys = items();
        let selected = s.query.with(|q| q.event);
        let terms = s.terms(Clone::clone);
        let reuse = shown.with_value(|p| p.terms == terms && p.selected == selected);
        if reuse && shown.with_value(|p| p.list == keys) {
            return;
        }
        let focus =
            document().active_element().filter(|a| h.contains(Some(a))).and_then(|a| a.get_attribute("data-focus"));
        let old = shown.update_value(std::mem::take);
        let kept = |key: u64| reuse.then(|| old.keys.binary_search(&key).ok()).flatten().map(|i| old.cards[i].clone());
        h.set_text_content(None);
        let mut cards = Vec::with_capacity(keys.len());
        for &key in &keys {
            let i = key as u32;
            let card = kept(key).unwrap_or_else(|| match key >> 32 {
                0 => card_dom::article_card(s, i, key, &terms),
                1 => card_dom::event_card(s, i, key, &terms, selected == Some(i)),
                _ => card_dom::quote_card(s, i, key, &terms),
            });
            dom::append(&h, &card);
            cards.push(card);
        }
        if let Some(f) = focus {
            if let Ok(Some(e)) = h.query_selector(&format!("[data-focus=\"{f}\"]")) {
                if let Ok(e) = e.dyn_into::<web_sys::HtmlElement>() {
                    let _ = e.focus();
                }
            }
        }
        // Kept sorted by key for the lookup above.
        let mut order: Vec<u32> = (0..keys.len() as u32).collect();
        dossier_explore::order::sort_by(&mut order, &|&a, &b| keys[a as usize].cmp(&keys[b as usize]));
        let (sorted, cards) = order.iter().map(|&j| (keys[j as usize], cards[j as usize].clone())).unzip();
        shown.set_value(Shown { list: keys, keys: sorted, cards, terms, selected });
    });
    dom::listen(&main, "click", move |ev| {
        let ev: &web_sys::MouseEvent = ev.unchecked_ref();
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return;
        }
        let t = ev.target();
        if let Some(b) = dom::closest(t.clone(), "button[data-view]") {
            let v = b.get_attribute("data-view");
            if let Some(v) = View::ALL.into_iter().find(|x| Some(x.as_str()) == v.as_deref()) {
                s.update(|q| q.view = v);
            }
            return;
        }
        if dom::closest(t.clone(), "#more").is_some() {
            limit.update(|l| *l += PAGE);
            return;
        }
        if let Some(b) = dom::closest(t.clone(), "button[data-remove], button.clear, button[data-deselect]") {
            if let Some(i) = dom::data_u32(&b, "data-remove") {
                s.update(|q| {
                    if let Some(f) = q.filters().get(i as usize).cloned() {
                        q.remove(&f);
                    }
                });
            } else if b.has_attribute("data-deselect") {
                s.update(|q| q.event = None);
            } else {
                s.update(|q| q.clear_filters());
            }
            return;
        }
        let Some(a) = dom::closest(t, "a") else { return };
        if let Some(ix) = dom::data_u32(&a, "data-open") {
            ev.prevent_default();
            s.update(|q| q.article = Some(ix));
        } else if let Some(ix) = dom::data_u32(&a, "data-select") {
            ev.prevent_default();
            s.update(|q| q.event = Some(ix));
        }
    });
    // View switch, sort, status and "Show more" are static markup kept up to
    // date by this effect.
    crate::local::effect(move || {
        if ensure().is_none() {
            return;
        }
        let v = view_kind();
        let (one, many) = nouns(v);
        let (n, t) = (count(v), total(v));
        let status = if n == t {
            format!("Showing all {}", plural(n, one, many))
        } else {
            format!("Showing {n} of {}", plural(t, one, many))
        };
        dom::set_text("status", &status);
        for w in View::ALL {
            dom::pressed(&format!("view-{}", w.as_str()), w == v);
            dom::set_text(&format!("view-{}-n", w.as_str()), &count(w).to_string());
        }
        let searching = s.terms(|t| !t.is_empty());
        let rel = s.query.with(|q| q.by_relevance());
        if let Some(sel) = dom::by_id("sort").and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
            sel.set_value(if rel { "relevance" } else { "date" });
        }
        if searching {
            dom::by_id("sort-relevance").map(|e| e.remove_attribute("disabled"));
        } else {
            dom::set_attr("sort-relevance", "disabled", "");
        }
        dom::toggle_class("more", "hidden", n <= limit.get());
        if n > limit.get_untracked() {
            // After this frame is painted, so the first screen is not delayed.
            request_animation_frame(move || set_timeout(near_end, std::time::Duration::ZERO));
        }
        if let Some(h) = dom::by_id("empty") {
            h.set_text_content(None);
            if n == 0 {
                empty(&h, s, many, t == 0);
            }
        }
    });
    // Active filter chips and the selected event, as plain DOM.
    crate::local::effect(move || {
        if ensure().is_none() {
            return;
        }
        let (filters, event) = s.query.with(|q| (q.filters(), q.event));
        if let Some(h) = dom::by_id("filter-chips") {
            h.set_text_content(None);
            if !filters.is_empty() {
                s.query.with_untracked(|q| card_dom::filter_chips(&h, q, s, &filters));
            }
        }
        if let Some(h) = dom::by_id("event-detail") {
            h.set_text_content(None);
            if let Some(e) = event.filter(|&e| (e as usize) < s.corpus.events.len()) {
                card_dom::event_detail(&h, s, e);
            }
        }
    });
    dom::listen(&main, "change", move |ev| {
        if dom::closest(ev.target(), "#sort").is_some() {
            let v = dom::target_value(&ev);
            s.update(|q| q.sort = if v == "relevance" { Sort::Relevance } else { Sort::Date });
        }
    });
    main
}

/// The main area's fixed parts; effects fill the ids.
fn skeleton(main: &web_sys::HtmlElement) {
    let child = |parent: &web_sys::Element, tag: &str, class: &str, id: &str| {
        let e = dom::el(tag, class);
        if !id.is_empty() {
            dom::attr(&e, "id", id);
        }
        dom::append(parent, &e);
        e
    };
    dom::text(&child(main, "h2", "visually-hidden", ""), "Results");
    let bar = child(main, "div", "toolbar", "");
    let switch = child(&bar, "div", "switch", "");
    dom::attr(&switch, "role", "group");
    dom::attr(&switch, "aria-label", "View");
    for v in View::ALL {
        let b = child(&switch, "button", "", &format!("view-{}", v.as_str()));
        dom::attr(&b, "type", "button");
        dom::attr(&b, "data-view", v.as_str());
        dom::text(&b, &format!("{} ", v.label()));
        // The count is shown, not part of the name: the status line says it.
        let n = child(&b, "span", "n", &format!("view-{}-n", v.as_str()));
        dom::attr(&n, "aria-hidden", "true");
    }
    let label = child(&bar, "label", "sort", "");
    dom::text(&label, "Sort ");
    let select = child(&label, "select", "", "sort");
    let date = child(&select, "option", "", "");
    dom::attr(&date, "value", "date");
    dom::text(&date, "Date");
    let rel = child(&select, "option", "", "sort-relevance");
    dom::attr(&rel, "value", "relevance");
    dom::text(&rel, "Relevance");
    child(main, "div", "", "filter-chips");
    let status = child(main, "p", "status", "status");
    dom::attr(&status, "role", "status");
    child(main, "div", "", "event-detail");
    child(main, "div", "card-list", "card-list");
    let more = child(main, "button", "more hidden", "more");
    dom::attr(&more, "type", "button");
    dom::text(&more, "Show more");
    child(main, "div", "", "empty");
}

/// Says why nothing matches, and offers the one change that helps most: a
/// button with `data-remove` (the filter's position) or "Clear all".
/// `none_at_all`: the corpus has no items of this kind, so no filter can help.
fn empty(host: &web_sys::Element, s: crate::state::State, many: &str, none_at_all: bool) {
    let hint = s.scores_untracked(|t| s.query.with_untracked(|q| loosen(s.corpus, s.index, q, t.as_ref())));
    let filters = if none_at_all { Vec::new() } else { s.query.with_untracked(|q| q.filters()) };
    let box_ = dom::el("div", "empty");
    let p = dom::el("p", "");
    let button = dom::el("button", "");
    dom::attr(&button, "type", "button");
    match hint {
        Some((f, n)) => {
            let label = s.query.with_untracked(|q| q.label(&f, s.corpus, &s.index.outlets));
            let what = match f {
                Filter::Actor(_) => "the actor",
                Filter::Kind(_) => "the kind",
                Filter::Outlet(_) => "the outlet",
                Filter::Dates => "the date range",
                Filter::Text => "the search",
            };
            dom::text(&p, &format!("No {many} match all these filters. Loosen {what} {label} to see {n}."));
            let i = filters.iter().position(|x| *x == f).unwrap_or(0);
            dom::attr(&button, "data-remove", &i.to_string());
            dom::text(&button, &format!("Remove {label}"));
        }
        None if !filters.is_empty() => {
            dom::text(&p, &format!("No {many} match these filters together."));
            button.set_class_name("clear");
            dom::text(&button, "Clear all filters");
        }
        None => dom::text(&p, &format!("This corpus has no {many} yet.")),
    }
    dom::append(&box_, &p);
    if button.text_content().is_some_and(|t| !t.is_empty()) {
        dom::append(&box_, &button);
    }
    dom::append(host, &box_);
}
