//! The actor legend: actors grouped by `group` (from dossier.toml) or kind,
//! each a toggle with swatch, name, role (title) and its mention count in the
//! current selection; kind and outlet toggles; any/all. Past 15 actors it
//! gets a filter box and "show more". On phones it folds behind a button.

use crate::dom;
use crate::local::{Local, Shared};
use crate::state::use_state;
use dossier_explore::color::hex;
use dossier_explore::facets::kind_count;
use dossier_explore::order::sort_by;
use dossier_explore::query::{kind_label, Mode};
use dossier_explore::search::fold;
use dossier_model::ActorKind;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const SHORT: usize = 15;

/// An actor's legend button, its count element, and the pressed state and
/// count last written to them (so an update touches only what changed).
struct Row {
    actor: u32,
    button: web_sys::Element,
    count: web_sys::Element,
    written: Option<(bool, u32)>,
}

pub fn legend() -> web_sys::HtmlElement {
    let s = use_state();
    let open = Shared::new(false);
    let all = Shared::new(false);
    let filter = Shared::new(String::new());
    let actors = &s.corpus.actors;
    let long = actors.len() > SHORT;

    // Groups in first-seen order of (group or kind); actors by overall mentions.
    let mut order: Vec<u32> = (0..actors.len() as u32).collect();
    sort_by(&mut order, &|&a, &b| s.index.actor_total[b as usize].cmp(&s.index.actor_total[a as usize]));
    let by_group = actors.iter().any(|a| a.group.is_some());
    let group_of = move |a: u32| -> String {
        let actor = &s.corpus.actors[a as usize];
        match (&actor.group, by_group) {
            (Some(g), true) => g.clone(),
            (None, true) => "Other".into(),
            _ => kind_label(actor.kind).into(),
        }
    };
    let mut groups: Vec<String> = Vec::new();
    if !by_group {
        groups.extend(ActorKind::ALL.iter().map(|&k| kind_label(k).to_string()));
    }
    for &a in &order {
        let g = group_of(a);
        if !groups.contains(&g) {
            groups.push(g);
        }
    }
    let shown = move || {
        let f = filter.with(|f| fold(f.trim()));
        let mut v: Vec<u32> = order
            .iter()
            .copied()
            .filter(|&a| f.is_empty() || fold(&s.corpus.actors[a as usize].name).contains(&f))
            .collect();
        if long && !all.get() && f.is_empty() {
            v.truncate(SHORT);
        }
        v
    };

    // The actor lists are plain DOM: rebuilt when the visible set changes,
    // updated in place (pressed, count, zero) otherwise, so focus survives.
    let nav = dom::el("nav", "legend");
    dom::attr(&nav, "id", "legend");
    dom::attr(&nav, "aria-label", "Actors");
    skeleton(&nav, s, long, !s.index.outlets.is_empty());
    let ensure = || dom::by_id("legend-actors");
    let built: Local<Option<Vec<u32>>> = Local::new(None);
    let rows: Local<Vec<Row>> = Local::new(Vec::new());
    crate::local::effect(move || {
        let Some(h) = ensure() else { return };
        let v = shown();
        if built.with_value(|b| b.as_ref() != Some(&v)) {
            h.set_text_content(None);
            let mut made = Vec::new();
            for g in &groups {
                let members: Vec<u32> = v.iter().copied().filter(|&a| group_of(a) == *g).collect();
                if members.is_empty() {
                    continue;
                }
                let title = dom::el("h3", "");
                dom::text(&title, g);
                dom::append(&h, &title);
                let ul = dom::el("ul", "actors");
                for a in members {
                    let actor = &s.corpus.actors[a as usize];
                    let b = dom::el("button", "actor");
                    dom::attr(&b, "type", "button");
                    dom::attr(&b, "data-actor", &a.to_string());
                    if let Some(r) = &actor.role {
                        dom::attr(&b, "title", r);
                    }
                    dom::css(&b, "--actor", &hex(actor.color));
                    let sw = dom::el("span", "swatch");
                    dom::attr(&sw, "aria-hidden", "true");
                    dom::append(&b, &sw);
                    let name = dom::el("span", "name");
                    dom::text(&name, &actor.name);
                    dom::append(&b, &name);
                    let count = dom::el("span", "count");
                    let sr = dom::el("span", "visually-hidden");
                    dom::text(&sr, ", mentions: ");
                    dom::append(&count, &sr);
                    let n = dom::el("span", "n");
                    dom::append(&count, &n);
                    dom::append(&b, &count);
                    made.push(Row { actor: a, button: b.clone().into(), count: n.into(), written: None });
                    let li = dom::el("li", "");
                    dom::append(&li, &b);
                    dom::append(&ul, &li);
                }
                dom::append(&h, &ul);
            }
            built.set_value(Some(v));
            rows.set_value(made);
        }
        let selected = s.query.with(|q| q.actors.clone());
        s.facets(|f| {
            rows.update_value(|rows| {
                for r in rows.iter_mut() {
                    let n = f.actors.get(r.actor as usize).copied().unwrap_or(0);
                    let on = selected.contains(&r.actor);
                    if r.written == Some((on, n)) {
                        continue;
                    }
                    if r.written.is_none_or(|(o, _)| o != on) {
                        dom::attr(&r.button, "aria-pressed", if on { "true" } else { "false" });
                    }
                    if r.written.is_none_or(|(_, m)| m != n) {
                        let _ = r.button.class_list().toggle_with_force("zero", n == 0);
                        r.count.set_text_content(Some(&n.to_string()));
                    }
                    r.written = Some((on, n));
                }
            });
        });
    });
    let actor_at = move |t: Option<web_sys::EventTarget>| {
        dom::closest(t, "button.actor").and_then(|b| dom::data_u32(&b, "data-actor"))
    };

    // Pressed states and counts of the static toggles above.
    crate::local::effect(move || {
        if ensure().is_none() {
            return;
        }
        let is_open = open.get();
        dom::toggle_class("legend", "open", is_open);
        dom::set_attr("legend-toggle", "aria-expanded", if is_open { "true" } else { "false" });
        dom::set_text(
            "legend-more",
            &if all.get() { "Show fewer".to_string() } else { format!("Show all {}", s.corpus.actors.len()) },
        );
        let (mode, kinds, outs) = s.query.with(|q| (q.mode, q.kinds.clone(), q.outlets.clone()));
        dom::set_attr("mode-any", "aria-checked", if mode == Mode::Any { "true" } else { "false" });
        dom::set_attr("mode-all", "aria-checked", if mode == Mode::All { "true" } else { "false" });
        s.facets(|f| {
            dom::set_text("legend-count", &f.active_actors().to_string());
            let Some(body) = dom::by_id("legend-body") else { return };
            let Ok(list) = body.query_selector_all("[data-kind], [data-outlet]") else { return };
            for i in 0..list.length() {
                let Some(b) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
                let (on, n) = if let Some(k) = b.get_attribute("data-kind").and_then(|k| ActorKind::parse(&k)) {
                    (kinds.contains(&k), kind_count(f, k))
                } else {
                    let o = dom::data_u32(&b, "data-outlet").unwrap_or(u32::MAX);
                    (outs.contains(&o), f.outlets.get(o as usize).copied().unwrap_or(0))
                };
                dom::attr(&b, "aria-pressed", if on { "true" } else { "false" });
                let _ = b.class_list().toggle_with_force("zero", n == 0);
                if let Ok(Some(c)) = b.query_selector(".n") {
                    c.set_text_content(Some(&n.to_string()));
                }
            }
        });
    });
    dom::listen(&nav, "click", move |ev| {
        let t = ev.target();
        if let Some(a) = actor_at(t.clone()) {
            s.update(|q| q.toggle_actor(a));
        } else if let Some(b) = dom::closest(t, "button") {
            if let Some(k) = b.get_attribute("data-kind").and_then(|k| ActorKind::parse(&k)) {
                s.update(|q| q.toggle_kind(k));
            } else if let Some(o) = dom::data_u32(&b, "data-outlet") {
                s.update(|q| q.toggle_outlet(o));
            } else if b.id() == "mode-any" || b.id() == "mode-all" {
                let m = if b.id() == "mode-all" { Mode::All } else { Mode::Any };
                s.update(|q| q.mode = m);
            } else if b.id() == "legend-toggle" {
                open.update(|o| *o = !*o);
            } else if b.id() == "legend-more" {
                all.update(|a| *a = !*a);
            }
        }
    });
    dom::listen(&nav, "input", move |ev| {
        if dom::closest(ev.target(), "#actor-filter").is_some() {
            filter.set(dom::target_value(&ev));
        }
    });
    dom::listen(&nav, "mouseover", move |ev| s.hot_actor.set(actor_at(ev.target())));
    dom::listen(&nav, "focusin", move |ev| s.hot_actor.set(actor_at(ev.target())));
    dom::listen(&nav, "mouseleave", move |_| s.hot_actor.set(None));
    dom::listen(&nav, "focusout", move |_| s.hot_actor.set(None));
    nav
}

/// The legend's fixed parts: the phone toggle, any/all, kind toggles, the
/// filter box and "show more" for long legends, outlets; `#legend-actors`
/// receives the actor lists.
fn skeleton(nav: &web_sys::HtmlElement, s: crate::state::State, long: bool, has_outlets: bool) {
    let button = |parent: &web_sys::Element, id: &str, class: &str, label: &str| {
        let b = dom::el("button", class);
        dom::attr(&b, "type", "button");
        if !id.is_empty() {
            dom::attr(&b, "id", id);
        }
        dom::text(&b, label);
        dom::append(parent, &b);
        b
    };
    let h2 = dom::el("h2", "");
    let toggle = button(&h2, "legend-toggle", "legend-toggle", "Actors ");
    dom::attr(&toggle, "aria-expanded", "false");
    dom::attr(&toggle, "aria-controls", "legend-body");
    let n = dom::el("span", "n");
    dom::attr(&n, "id", "legend-count");
    dom::append(&toggle, &n);
    let title = dom::el("span", "legend-title");
    dom::text(&title, "Actors");
    dom::append(&h2, &title);
    dom::append(nav, &h2);
    let body = dom::el("div", "legend-body");
    dom::attr(&body, "id", "legend-body");
    let actors = &s.corpus.actors;
    if actors.is_empty() {
        let p = dom::el("p", "muted");
        dom::text(&p, "No actors extracted yet.");
        dom::append(&body, &p);
    }
    if long {
        let label = dom::el("label", "visually-hidden");
        dom::attr(&label, "for", "actor-filter");
        dom::text(&label, "Filter actors");
        dom::append(&body, &label);
        let input = dom::el("input", "");
        for (k, v) in
            [("id", "actor-filter"), ("type", "search"), ("placeholder", "Filter actors…"), ("autocomplete", "off")]
        {
            dom::attr(&input, k, v);
        }
        dom::append(&body, &input);
    }
    let list = dom::el("div", "");
    dom::attr(&list, "id", "legend-actors");
    dom::append(&body, &list);
    if long {
        button(&body, "legend-more", "more", "");
    }
    if !actors.is_empty() {
        // How selected actors combine: a two-way choice, so radios.
        let seg = dom::el("div", "segmented");
        dom::attr(&seg, "role", "radiogroup");
        dom::attr(&seg, "aria-label", "Match actors");
        for (id, label) in [("mode-any", "Any actor"), ("mode-all", "All actors")] {
            let b = button(&seg, id, "", label);
            dom::attr(&b, "role", "radio");
        }
        dom::append(&body, &seg);
        let h3 = dom::el("h3", "");
        dom::text(&h3, "Kinds");
        dom::append(&body, &h3);
        let kinds = dom::el("div", "kinds");
        dom::attr(&kinds, "role", "group");
        dom::attr(&kinds, "aria-label", "Actor kinds");
        for k in ActorKind::ALL.into_iter().filter(|&k| actors.iter().any(|a| a.kind == k)) {
            let b = button(&kinds, "", "", &format!("{} ", kind_label(k)));
            dom::attr(&b, "data-kind", k.as_str());
            dom::append(&b, &dom::el("span", "n"));
        }
        dom::append(&body, &kinds);
    }
    if has_outlets {
        let h3 = dom::el("h3", "");
        dom::text(&h3, "Outlets");
        dom::append(&body, &h3);
        let ul = dom::el("ul", "outlets");
        for (o, name) in s.index.outlets.iter().enumerate() {
            let li = dom::el("li", "");
            let b = button(&li, "", "outlet", "");
            dom::attr(&b, "data-outlet", &o.to_string());
            let nm = dom::el("span", "name");
            dom::text(&nm, name);
            dom::append(&b, &nm);
            dom::append(&b, &dom::el("span", "count n"));
            dom::append(&ul, &li);
        }
        dom::append(&body, &ul);
    }
    dom::append(nav, &body);
}
