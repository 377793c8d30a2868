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
