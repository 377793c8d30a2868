//! The masthead: corpus title and description, live counts for the current
//! selection, the search box and the theme switch. Static markup; one effect
//! writes the changing bits (cheaper in Wasm than a reactive node each).

use crate::dom;
use crate::state::use_state;
use dossier_explore::query::Theme;
use leptos::prelude::*;

/// "1 article", "2 articles".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub fn header() -> web_sys::HtmlElement {
    let s = use_state();
    let h = dom::el("header", "masthead");
    skeleton(&h, s);
    crate::local::effect(move || {
        let (a, e) = s.results(|r| (r.articles.len(), r.events.len()));
        let actors = s.facets(|f| f.active_actors());
        dom::set_text(
            "counts",
            &format!(
                "{} · {} · {}",
                plural(a, "article", "articles"),
                plural(actors, "actor", "actors"),
                plural(e, "event", "events")
            ),
        );
        let (theme, text) = s.query.with(|q| (q.theme, q.text.clone()));
        dom::set_text(
            "theme",
            match theme {
                Theme::Auto => "Theme: auto",
                Theme::Dark => "Theme: dark",
                Theme::Light => "Theme: light",
            },
        );
        dom::set_value("search", &text);
    });
    dom::listen(&h, "click", move |ev| {
        if dom::closest(ev.target(), "#share").is_some() {
            super::share::open(&s.corpus.title);
        } else if dom::closest(ev.target(), "#theme").is_some() {
            s.update(|q| {
                q.theme = match q.theme {
                    Theme::Auto => Theme::Dark,
                    Theme::Dark => Theme::Light,
                    Theme::Light => Theme::Auto,
                }
            })
        }
    });
    dom::listen(&h, "input", move |ev| {
        if dom::closest(ev.target(), "#search").is_some() {
            let v = dom::target_value(&ev);
            s.update(|q| q.text = v);
        }
    });
    h
}

/// Title, description, the counts line, the search box and the theme button.
fn skeleton(h: &web_sys::HtmlElement, s: crate::state::State) {
    let text = dom::el("div", "masthead-text");
    let h1 = dom::el("h1", "");
    dom::text(&h1, &s.corpus.title);
    dom::append(&text, &h1);
    if !s.corpus.description.is_empty() {
        let p = dom::el("p", "description");
        dom::text(&p, &s.corpus.description);
        dom::append(&text, &p);
    }
    let counts = dom::el("p", "counts");
    dom::attr(&counts, "id", "counts");
    dom::append(&text, &counts);
    dom::append(h, &text);
    let tools = dom::el("div", "masthead-tools");
    let label = dom::el("label", "visually-hidden");
    dom::attr(&label, "for", "search");
    dom::text(&label, "Search articles");
    dom::append(&tools, &label);
    let input = dom::el("input", "");
    for (k, v) in [("id", "search"), ("type", "search"), ("placeholder", "Search articles…"), ("autocomplete", "off")]
    {
        dom::attr(&input, k, v);
    }
    dom::append(&tools, &input);
    super::share::button(&tools);
    let theme = dom::el("button", "theme");
    dom::attr(&theme, "type", "button");
    dom::attr(&theme, "id", "theme");
    dom::append(&tools, &theme);
    dom::append(h, &tools);
}
