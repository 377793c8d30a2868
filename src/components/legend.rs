//! The actor legend: actors grouped by `group` (from dossier.toml) or kind,
//! each a toggle with swatch, name, role (title) and its mention count in the
//! current selection; kind and outlet toggles; any/all. Past 15 actors it
//! gets a filter box and "show more". On phones it folds behind a button.

use crate::dom;
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

#[component]
pub fn Legend() -> impl IntoView {
    let s = use_state();
    let open = RwSignal::new(false);
    let all = RwSignal::new(false);
    let filter = RwSignal::new(String::new());
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
        let f = fold(filter.get().trim());
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
    let host = NodeRef::<leptos::html::Div>::new();
    let built: StoredValue<Option<Vec<u32>>> = StoredValue::new(None);
    Effect::new(move |_| {
        let Some(h) = host.get() else { return };
        let v = shown();
        if built.with_value(|b| b.as_ref() != Some(&v)) {
            h.set_text_content(None);
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
                    dom::append(&count, &dom::el("span", "n"));
                    dom::append(&b, &count);
                    let li = dom::el("li", "");
                    dom::append(&li, &b);
                    dom::append(&ul, &li);
                }
                dom::append(&h, &ul);
            }
            built.set_value(Some(v));
        }
        let selected = s.query.with(|q| q.actors.clone());
        s.facets.with(|f| {
            let Ok(list) = h.query_selector_all("button.actor") else { return };
            for i in 0..list.length() {
                let Some(b) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
                let Some(a) = dom::data_u32(&b, "data-actor") else { continue };
                let n = f.actors.get(a as usize).copied().unwrap_or(0);
                dom::attr(&b, "aria-pressed", if selected.contains(&a) { "true" } else { "false" });
                let _ = b.class_list().toggle_with_force("zero", n == 0);
                if let Ok(Some(c)) = b.query_selector(".n") {
                    c.set_text_content(Some(&n.to_string()));
                }
            }
        });
    });
    let actor_at = move |t: Option<web_sys::EventTarget>| {
        dom::closest(t, "button.actor").and_then(|b| dom::data_u32(&b, "data-actor"))
    };

    let kinds = ActorKind::ALL
        .into_iter()
        .filter(|&k| actors.iter().any(|a| a.kind == k))
        .map(|k| {
            view! {
                <button type="button" data-kind=k.as_str()>
                    {kind_label(k)}
                    " "
                    <span class="n"></span>
                </button>
            }
        })
        .collect_view();
    let outlets = s
        .index
        .outlets
        .iter()
        .enumerate()
        .map(|(o, name)| {
            view! {
                <li>
                    <button type="button" class="outlet" data-outlet=o>
                        <span class="name">{name.clone()}</span>
                        <span class="count n"></span>
                    </button>
                </li>
            }
        })
        .collect_view();
    // Pressed states and counts of the static toggles above.
    Effect::new(move |_| {
        let is_open = open.get();
        dom::toggle_class("legend", "open", is_open);
        dom::set_attr("legend-toggle", "aria-expanded", if is_open { "true" } else { "false" });
        dom::set_text(
            "legend-more",
            &if all.get() { "Show fewer".to_string() } else { format!("Show all {}", s.corpus.actors.len()) },
        );
        let (mode, kinds, outs) = s.query.with(|q| (q.mode, q.kinds.clone(), q.outlets.clone()));
        dom::pressed("mode-any", mode == Mode::Any);
        dom::pressed("mode-all", mode == Mode::All);
        s.facets.with(|f| {
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
    let on_click = move |ev: leptos::ev::MouseEvent| {
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
            } else if b.id() == "legend-more" {
                all.update(|a| *a = !*a);
            }
        }
    };

    view! {
        <nav class="legend" id="legend" aria-label="Actors">
            <h2>
                <button type="button" class="legend-toggle" id="legend-toggle" aria-expanded="false"
                    aria-controls="legend-body" on:click=move |_| open.update(|o| *o = !*o)>
                    "Actors "
                    <span class="n" id="legend-count"></span>
                </button>
                <span class="legend-title">"Actors"</span>
            </h2>
            <div
                class="legend-body"
                id="legend-body"
                on:click=on_click
                on:mouseover=move |ev| s.hot_actor.set(actor_at(ev.target()))
                on:focusin=move |ev| s.hot_actor.set(actor_at(ev.target()))
                on:mouseleave=move |_| s.hot_actor.set(None)
                on:focusout=move |_| s.hot_actor.set(None)
            >
                <div class="segmented" role="group" aria-label="Match actors" class:hidden=actors.is_empty()>
                    <button type="button" id="mode-any">"Any"</button>
                    <button type="button" id="mode-all">"All"</button>
                </div>
                <div class="kinds" role="group" aria-label="Actor kinds" class:hidden=actors.is_empty()>{kinds}</div>
                <div class:hidden=!long>
                    <label class="visually-hidden" for="actor-filter">"Filter actors"</label>
                    <input id="actor-filter" type="search" placeholder="Filter actors…" autocomplete="off"
                        on:input=move |ev| filter.set(event_target_value(&ev))/>
                </div>
                <p class="muted" class:hidden=!actors.is_empty()>"No actors extracted yet."</p>
                <div node_ref=host></div>
                <button type="button" class="more" id="legend-more" class:hidden=!long></button>
                <div class:hidden=s.index.outlets.is_empty()>
                    <h3>"Outlets"</h3>
                    <ul class="outlets">{outlets}</ul>
                </div>
            </div>
        </nav>
    }
    .into_any()
}
