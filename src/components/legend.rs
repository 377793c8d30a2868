//! The actor legend: actors grouped by `group` (from dossier.toml) or kind,
//! each a toggle with swatch, name, role (title) and its mention count in the
//! current selection; kind and outlet toggles; any/all. Past 15 actors it
//! gets a filter box and "show more". On phones it folds behind a button.

use crate::state::{use_state, State};
use dossier_explore::color::hex;
use dossier_explore::facets::kind_count;
use dossier_explore::query::{kind_label, Mode};
use dossier_explore::search::fold;
use dossier_model::ActorKind;
use leptos::prelude::*;

/// Actors shown before "Show all" in a long legend.
const SHORT: usize = 15;

#[component]
pub fn Legend() -> impl IntoView {
    let s = use_state();
    let open = RwSignal::new(false);
    let all = RwSignal::new(false);
    let filter = RwSignal::new(String::new());
    let actors = &s.corpus.actors;
    let long = actors.len() > SHORT;

    // Actors by overall mentions; groups in first-seen order of that list.
    let mut order: Vec<u32> = (0..actors.len() as u32).collect();
    order.sort_by_key(|&a| std::cmp::Reverse(s.index.actor_total[a as usize]));
    let groups = StoredValue::new(groups(s, &order));
    let shown = Memo::new(move |_| {
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
    });
    let mode_radio = move |mode: Mode, id: &'static str, label: &'static str| {
        let checked = move || if s.query.with(|q| q.mode) == mode { "true" } else { "false" };
        view! {
            <button type="button" id=id role="radio" aria-checked=checked on:click=move |_| s.update(|q| q.mode = mode)>
                {label}
            </button>
        }
    };
    let kinds = StoredValue::new(
        ActorKind::ALL.into_iter().filter(|&k| actors.iter().any(|a| a.kind == k)).collect::<Vec<_>>(),
    );
    view! {
        <nav
            class="legend"
            class:open=move || open.get()
            id="legend"
            aria-label="Actors"
            on:mouseleave=move |_| s.hot_actor.set(None)
            on:focusout=move |_| s.hot_actor.set(None)
        >
            <h2>
                <button
                    type="button"
                    class="legend-toggle"
                    id="legend-toggle"
                    aria-controls="legend-body"
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    "Actors "
                    <span class="n" id="legend-count">
                        {move || s.facets(|f| f.active_actors())}
                    </span>
                </button>
                <span class="legend-title">"Actors"</span>
            </h2>
            <div class="legend-body" id="legend-body">
                // The entries come just after the first cards are painted.
                <Show when=move || s.painted.get()>
                {actors.is_empty().then(|| view! { <p class="muted">"No actors extracted yet."</p> })}
                {long
                    .then(|| {
                        view! {
                            <label class="visually-hidden" for="actor-filter">
                                "Filter actors"
                            </label>
                            <input
                                id="actor-filter"
                                type="search"
                                placeholder="Filter actors…"
                                autocomplete="off"
                                on:input=move |ev| filter.set(event_target_value(&ev))
                            />
                        }
                    })}
                <div id="legend-actors">
                    {groups
                        .get_value()
                        .into_iter()
                        .map(|(group, members)| view! { <Group s group members shown /> })
                        .collect_view()}
                </div>
                {long
                    .then(|| {
                        view! {
                            <button type="button" class="more" id="legend-more" on:click=move |_| all.update(|a| *a = !*a)>
                                {move || {
                                    if all.get() {
                                        "Show fewer".to_string()
                                    } else {
                                        format!("Show all {}", s.corpus.actors.len())
                                    }
                                }}
                            </button>
                        }
                    })}
                {(!actors.is_empty())
                    .then(|| {
                        view! {
                            // How selected actors combine: a two-way choice, so radios.
                            <div class="segmented" role="radiogroup" aria-label="Match actors">
                                {mode_radio(Mode::Any, "mode-any", "Any actor")}
                                {mode_radio(Mode::All, "mode-all", "All actors")}
                            </div>
                            <h3>"Kinds"</h3>
                            <div class="kinds" role="group" aria-label="Actor kinds">
                                {kinds.get_value().into_iter().map(|k| view! { <KindToggle s kind=k /> }).collect_view()}
                            </div>
                        }
                    })}
                <Outlets s />
                </Show>
            </div>
        </nav>
    }
}

/// Each group's heading and the actors in it, by overall mentions: a
/// configured `group` when any actor has one ("Other" for the rest), else
/// the kind, with every kind listed first in a fixed order.
fn groups(s: State, order: &[u32]) -> Vec<(String, Vec<u32>)> {
    let actors = &s.corpus.actors;
    let by_group = actors.iter().any(|a| a.group.is_some());
    let group_of = |a: u32| -> String {
        let actor = &actors[a as usize];
        match (&actor.group, by_group) {
            (Some(g), true) => g.clone(),
            (None, true) => "Other".into(),
            _ => kind_label(actor.kind).into(),
        }
    };
    let mut out: Vec<(String, Vec<u32>)> = Vec::new();
    if !by_group {
        out.extend(ActorKind::ALL.iter().map(|&k| (kind_label(k).to_string(), Vec::new())));
    }
    for &a in order {
        let g = group_of(a);
        match out.iter_mut().find(|(name, _)| *name == g) {
            Some((_, members)) => members.push(a),
            None => out.push((g, vec![a])),
        }
    }
    out.retain(|(_, members)| !members.is_empty());
    out
}

/// One group: its heading and its visible actors, keyed so that a row keeps
/// its element (and focus) while counts change.
#[component]
fn Group(s: State, group: String, members: Vec<u32>, shown: Memo<Vec<u32>>) -> impl IntoView {
    let members = StoredValue::new(members);
    let visible =
        move || shown.with(|v| members.with_value(|m| m.iter().copied().filter(|a| v.contains(a)).collect::<Vec<_>>()));
    let any = move || shown.with(|v| members.with_value(|m| m.iter().any(|a| v.contains(a))));
    view! {
        <Show when=any>
            <h3>{group.clone()}</h3>
            <ul class="actors">
                <For each=visible key=|a| *a let:actor>
                    <li>
                        <ActorToggle s actor />
                    </li>
                </For>
            </ul>
        </Show>
    }
}

/// An actor's toggle: pressed when selected, dimmed at zero mentions, and
/// the hot actor (cross-highlighted on the page) while hovered or focused.
#[component]
fn ActorToggle(s: State, actor: u32) -> impl IntoView {
    let a = &s.corpus.actors[actor as usize];
    let count = move || s.facets(|f| f.actors.get(actor as usize).copied().unwrap_or(0));
    let pressed = move || if s.query.with(|q| q.actors.contains(&actor)) { "true" } else { "false" };
    view! {
        <button
            type="button"
            class="actor"
            class:zero=move || count() == 0
            class:hot=move || s.is_hot(actor)
            data-actor=actor.to_string()
            title=a.role.clone()
            style:--actor=hex(a.color)
            aria-pressed=pressed
            on:click=move |_| s.update(|q| q.toggle_actor(actor))
            on:mouseover=move |_| s.hot_actor.set(Some(actor))
            on:focusin=move |_| s.hot_actor.set(Some(actor))
        >
            <span class=format!("swatch shape-{}", a.shape) aria-hidden="true"></span>
            <span class="name">{a.name.as_str()}</span>
            <span class="count">
                <span class="visually-hidden">", mentions: "</span>
                <span class="n">{count}</span>
            </span>
        </button>
    }
}

/// A kind toggle with the number of matching articles that mention one.
#[component]
fn KindToggle(s: State, kind: ActorKind) -> impl IntoView {
    let count = move || s.facets(|f| kind_count(f, kind));
    let pressed = move || if s.query.with(|q| q.kinds.contains(&kind)) { "true" } else { "false" };
    view! {
        <button
            type="button"
            class:zero=move || count() == 0
            data-kind=kind.as_str()
            aria-pressed=pressed
            on:click=move |_| s.update(|q| q.toggle_kind(kind))
        >
            {format!("{} ", kind_label(kind))}
            <span class="n">{count}</span>
        </button>
    }
}

/// Outlet toggles with their matching article counts, when articles name one.
#[component]
fn Outlets(s: State) -> impl IntoView {
    let outlets = &s.index.outlets;
    (!outlets.is_empty()).then(|| {
        let rows = outlets
            .iter()
            .enumerate()
            .map(|(o, name)| {
                let o = o as u32;
                let count = move || s.facets(|f| f.outlets.get(o as usize).copied().unwrap_or(0));
                let pressed = move || if s.query.with(|q| q.outlets.contains(&o)) { "true" } else { "false" };
                view! {
                    <li>
                        <button
                            type="button"
                            class="outlet"
                            class:zero=move || count() == 0
                            data-outlet=o.to_string()
                            aria-pressed=pressed
                            on:click=move |_| s.update(|q| q.toggle_outlet(o))
                        >
                            <span class="name">{name.as_str()}</span>
                            <span class="count n">{count}</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>"Outlets"</h3>
            <ul class="outlets">{rows}</ul>
        }
    })
}
