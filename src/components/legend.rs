//! The actor legend: actors grouped by `group` (from dossier.toml) or kind,
//! each a toggle with swatch, name, role (title) and its mention count in the
//! current selection; kind and outlet toggles; any/all. Past 15 actors it
//! gets a filter box and "show more". On phones it folds behind a button.

use crate::state::use_state;
use dossier_explore::color::hex;
use dossier_explore::facets::kind_count;
use dossier_explore::order::sort_by;
use dossier_explore::query::{kind_label, Mode};
use dossier_explore::search::fold;
use dossier_model::ActorKind;
use leptos::prelude::*;

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

    let actor_button = move |a: u32| {
        let actor = &s.corpus.actors[a as usize];
        let count = move || s.facets.with(|f| f.actors.get(a as usize).copied().unwrap_or(0));
        let pressed = move || s.query.with(|q| q.actors.contains(&a));
        view! {
            <li>
                <button
                    type="button"
                    class="actor"
                    class:zero=move || count() == 0
                    class:hot=move || s.hot_actor.get() == Some(a)
                    aria-pressed=move || pressed().to_string()
                    title=actor.role.clone()
                    style:--actor=hex(actor.color)
                    on:click=move |_| s.update(|q| q.toggle_actor(a))
                    on:mouseenter=move |_| s.hot_actor.set(Some(a))
                    on:mouseleave=move |_| s.hot_actor.set(None)
                    on:focus=move |_| s.hot_actor.set(Some(a))
                    on:blur=move |_| s.hot_actor.set(None)
                >
                    <span class="swatch" aria-hidden="true"></span>
                    <span class="name">{actor.name.clone()}</span>
                    <span class="count"><span class="visually-hidden">", mentions: "</span>{count}</span>
                </button>
            </li>
        }
    };

    let lists = move || {
        let v = shown();
        groups
            .iter()
            .filter_map(|g| {
                let members: Vec<u32> = v.iter().copied().filter(|&a| group_of(a) == *g).collect();
                (!members.is_empty()).then(|| {
                    view! {
                        <h3>{g.clone()}</h3>
                        <ul class="actors">{members.into_iter().map(actor_button).collect_view()}</ul>
                    }
                })
            })
            .collect_view()
    };

    let mode_button = move |m: Mode, label: &'static str| {
        view! {
            <button type="button" aria-pressed=move || (s.query.with(|q| q.mode) == m).to_string()
                on:click=move |_| s.update(|q| q.mode = m)>{label}</button>
        }
    };
    let kinds = ActorKind::ALL
        .into_iter()
        .filter(|&k| actors.iter().any(|a| a.kind == k))
        .map(|k| {
            view! {
                <button type="button" aria-pressed=move || s.query.with(|q| q.kinds.contains(&k)).to_string()
                    on:click=move |_| s.update(|q| q.toggle_kind(k))>
                    {kind_label(k)}
                    " "
                    <span class="n">{move || s.facets.with(|f| kind_count(f, k))}</span>
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
            let o = o as u32;
            let count = move || s.facets.with(|f| f.outlets.get(o as usize).copied().unwrap_or(0));
            view! {
                <li>
                    <button type="button" class="outlet" class:zero=move || count() == 0
                        aria-pressed=move || s.query.with(|q| q.outlets.contains(&o)).to_string()
                        on:click=move |_| s.update(|q| q.toggle_outlet(o))>
                        <span class="name">{name.clone()}</span>
                        <span class="count">{count}</span>
                    </button>
                </li>
            }
        })
        .collect_view();

    view! {
        <nav class="legend" aria-label="Actors" class:open=move || open.get()>
            <h2>
                <button type="button" class="legend-toggle" aria-expanded=move || open.get().to_string()
                    aria-controls="legend-body" on:click=move |_| open.update(|o| *o = !*o)>
                    "Actors "
                    <span class="n">{move || s.facets.with(|f| f.active_actors())}</span>
                </button>
                <span class="legend-title">"Actors"</span>
            </h2>
            <div class="legend-body" id="legend-body">
                {(!actors.is_empty()).then(|| view! {
                    <div class="segmented" role="group" aria-label="Match actors">
                        {mode_button(Mode::Any, "Any")}
                        {mode_button(Mode::All, "All")}
                    </div>
                    <div class="kinds" role="group" aria-label="Actor kinds">{kinds}</div>
                })}
                {long.then(|| view! {
                    <label class="visually-hidden" for="actor-filter">"Filter actors"</label>
                    <input id="actor-filter" type="search" placeholder="Filter actors…" autocomplete="off"
                        prop:value=move || filter.get() on:input=move |ev| filter.set(event_target_value(&ev))/>
                })}
                {actors.is_empty().then(|| view! { <p class="muted">"No actors extracted yet."</p> })}
                {lists}
                {long.then(|| view! {
                    <button type="button" class="more" on:click=move |_| all.update(|a| *a = !*a)>
                        {move || if all.get() { "Show fewer".to_string() } else { format!("Show all {}", s.corpus.actors.len()) }}
                    </button>
                })}
                {(!s.index.outlets.is_empty()).then(|| view! {
                    <h3>"Outlets"</h3>
                    <ul class="outlets">{outlets}</ul>
                })}
            </div>
        </nav>
    }
}
