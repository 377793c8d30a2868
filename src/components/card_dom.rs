//! Article, event and quote cards built as plain DOM (see `crate::dom` for
//! why). Links carry `data-open` (article to read) or `data-select` (event to
//! select); the card list handles their clicks in one delegated listener.

use crate::dom;
use crate::state::State;
use dossier_explore::color::hex;
use dossier_explore::index::quote_words;
use dossier_explore::search::{highlight, pieces, Terms};
use dossier_model::{format_at, Precision};
use web_sys::Element;

/// Appends `text` with search hits wrapped in `<mark>`.
pub fn highlighted(parent: &Element, text: &str, terms: &Terms) {
    for (p, hit) in pieces(text, &highlight(text, terms)) {
        if hit {
            let m = dom::el("mark", "");
            dom::text(&m, p);
            dom::append(parent, &m);
        } else {
            dom::text(parent, p);
        }
    }
}

fn child(parent: &Element, tag: &str, class: &str) -> Element {
    let e: Element = dom::el(tag, class).into();
    dom::append(parent, &e);
    e
}

fn chips(s: State, parent: &Element, actors: impl Iterator<Item = u32>) {
    let mut ul = None;
    for a in actors {
        let Some(actor) = s.corpus.actors.get(a as usize) else { continue };
        let list = ul.get_or_insert_with(|| {
            let u = child(parent, "ul", "chips");
            dom::attr(&u, "aria-label", "Actors");
            u
        });
        let li = dom::el("li", "chip");
        dom::attr(&li, "data-actor", &a.to_string());
        dom::css(&li, "--actor", &hex(actor.color));
        dom::text(&li, &actor.name);
        dom::append(list, &li);
    }
}

fn link(parent: &Element, href: &str, data: (&str, u32), focus: &str) -> Element {
    let a = child(parent, "a", "");
    dom::attr(&a, "href", href);
    dom::attr(&a, data.0, &data.1.to_string());
    dom::attr(&a, "data-focus", focus);
    a
}

fn plural(n: usize, one: &str, many: &str) -> String {
    super::header::plural(n, one, many)
}

fn sources(s: State, card: &Element, e: u32, key: u64) {
    let srcs = &s.index.event_sources[e as usize];
    let p = child(card, "p", "sources");
    dom::text(&p, &plural(srcs.len(), "source", "sources"));
    let ul = child(card, "ul", "source-list");
    for (n, &a) in srcs.iter().enumerate() {
        let Some(art) = s.corpus.articles.get(a as usize) else { continue };
        let li = child(&ul, "li", "");
        let l = link(&li, &format!("?article={}", art.id), ("data-open", a), &format!("{key}-s{n}"));
        dom::text(&l, &art.title);
    }
}

pub fn article_card(s: State, ix: u32, key: u64, terms: &Terms) -> Element {
    let a = &s.corpus.articles[ix as usize];
    let card: Element = dom::el("article", "card article-card").into();
    dom::attr(&card, "id", &format!("card-{ix}"));
    let h = child(&card, "h3", "");
    let l = link(&h, &format!("?article={}", a.id), ("data-open", ix), &key.to_string());
    highlighted(&l, &a.title, terms);
    let meta = child(&card, "p", "meta");
    if let Some(o) = &a.outlet {
        dom::text(&child(&meta, "span", "outlet"), o);
    }
    if let Some(d) = a.published {
        let t = child(&meta, "time", "");
        dom::attr(&t, "datetime", &d.iso());
        dom::text(&t, &format_at(d, (d, d), a.published_precision.unwrap_or(Precision::Day)));
    }
    highlighted(&child(&card, "p", "lead"), &a.lead(), terms);
    chips(s, &card, s.index.article_actors[ix as usize].iter().take(6).map(|&(x, _)| x));
    let n = s.index.article_events[ix as usize].len();
    if n > 0 {
        dom::text(&child(&card, "p", "n-events"), &plural(n, "event", "events"));
    }
    card
}

pub fn event_card(s: State, ix: u32, key: u64, terms: &Terms, selected: bool) -> Element {
    let e = &s.corpus.events[ix as usize];
    let card: Element =
        dom::el("article", if selected { "card event-card selected" } else { "card event-card" }).into();
    let meta = child(&card, "p", "meta");
    let t = child(&meta, "time", "");
    dom::attr(&t, "datetime", &e.date.iso());
    dom::text(&t, &format_at(e.date, e.range, e.precision));
    let h = child(&card, "h3", "");
    let l = link(&h, &format!("?view=events&event={}", e.id), ("data-select", ix), &key.to_string());
    highlighted(&l, &e.summary, terms);
    chips(s, &card, e.actors.iter().copied());
    sources(s, &card, ix, key);
    card
}

pub fn quote_card(s: State, ix: u32, key: u64, terms: &Terms) -> Element {
    let q = &s.corpus.quotes[ix as usize];
    let actor = q.speaker_actor.and_then(|a| s.corpus.actors.get(a as usize));
    let speaker = actor.map(|a| a.name.clone()).or_else(|| q.speaker.clone()).unwrap_or_else(|| "Unattributed".into());
    let card = dom::el("article", "card quote-card");
    dom::css(&card, "--actor", &hex(actor.map_or(0x6b7280, |a| a.color)));
    let card: Element = card.into();
    dom::text(&child(&card, "h3", ""), &speaker);
    highlighted(&child(&card, "blockquote", ""), &quote_words(s.corpus, ix as usize), terms);
    if let Some(a) = s.corpus.articles.get(q.article as usize) {
        let p = child(&card, "p", "meta");
        dom::text(&p, "In ");
        let l = link(&p, &format!("?article={}", a.id), ("data-open", q.article), &key.to_string());
        dom::text(&l, &a.title);
    }
    card
}

/// Removable chips for the active filters, then "Clear all".
pub fn filter_chips(host: &Element, q: &dossier_explore::Query, s: State, filters: &[dossier_explore::query::Filter]) {
    let wrap = child(host, "div", "active-filters");
    dom::text(&child(&wrap, "h3", "visually-hidden"), "Active filters");
    let ul = child(&wrap, "ul", "");
    for (i, f) in filters.iter().enumerate() {
        let label = q.label(f, s.corpus, &s.index.outlets);
        let b = child(&child(&ul, "li", ""), "button", "filter-chip");
        dom::attr(&b, "type", "button");
        dom::attr(&b, "data-remove", &i.to_string());
        dom::attr(&b, "aria-label", &format!("Remove filter {label}"));
        dom::text(&b, &label);
        let x = child(&b, "span", "");
        dom::attr(&x, "aria-hidden", "true");
        dom::text(&x, " ×");
    }
    let clear = child(&wrap, "button", "clear");
    dom::attr(&clear, "type", "button");
    dom::text(&clear, "Clear all");
}

/// The selected event: date, summary, actors and the articles reporting it.
pub fn event_detail(host: &Element, s: State, e: u32) {
    let ev = &s.corpus.events[e as usize];
    let sec = child(host, "section", "event-detail");
    dom::attr(&sec, "aria-labelledby", "event-detail-title");
    let t = child(&child(&sec, "p", "meta"), "time", "");
    dom::attr(&t, "datetime", &ev.date.iso());
    dom::text(&t, &format_at(ev.date, ev.range, ev.precision));
    let h = child(&sec, "h3", "");
    dom::attr(&h, "id", "event-detail-title");
    dom::text(&h, &ev.summary);
    chips(s, &sec, ev.actors.iter().copied());
    sources(s, &sec, e, u64::MAX);
    let close = child(&sec, "button", "close");
    dom::attr(&close, "type", "button");
    dom::attr(&close, "data-deselect", "");
    dom::attr(&close, "aria-label", "Deselect event");
    dom::text(&close, "×");
}
