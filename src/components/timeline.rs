//! The timeline strip. Layout comes from `dossier_explore::timeline`; this
//! component positions buttons (through CSSOM `style:` properties, which a
//! strict CSP allows) and turns input into viewport and query changes:
//! wheel/pinch/buttons/+/- zoom, drag pans, shift-drag or brush mode picks a
//! date range, arrows move between marks, Enter selects.

use super::header::plural;
use crate::state::use_state;
use dossier_explore::color::{dark_ink, hex};
use dossier_explore::timeline::{layout, ticks, Axis, Item, Mark, MarkKind, Viewport};
use dossier_model::{format_at, Day, Precision};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn px(x: f64) -> String {
    format!("{}px", (x + 0.5).floor() as i32)
}

#[derive(Clone, Copy)]
struct Drag {
    id: i32,
    x0: f64,
    vp0: Viewport,
    brush: bool,
    moved: bool,
}

#[component]
pub fn Timeline() -> impl IntoView {
    let s = use_state();
    let items: &'static [Item] = Box::leak(
        s.corpus
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| Item { id: i as u32, start: e.range.0, end: e.range.1, point: e.precision == Precision::Day })
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    let track = NodeRef::<Div>::new();
    let width = RwSignal::new(960.0f64);
    let measure = move || {
        if let Some(el) = track.get_untracked() {
            let w = el.client_width() as f64;
            if w > 0.0 && (w - width.get_untracked()).abs() >= 1.0 {
                width.set(w);
            }
        }
    };
    Effect::new(move |_| {
        track.track();
        measure();
    });
    std::mem::forget(window_event_listener(leptos::ev::resize, move |_| measure()));

    let axis = Memo::new(move |_| Axis::new(items, width.get()));
    let vp = RwSignal::new(Viewport::default());
    let marks = Memo::new(move |_| axis.with(|a| layout(items, a, vp.get(), width.get())));
    let tick_list = Memo::new(move |_| axis.with(|a| ticks(a, vp.get(), width.get())));
    let matching = Memo::new(move |_| {
        let mut v = vec![false; items.len()];
        s.results.with(|r| r.events.iter().for_each(|&e| v[e as usize] = true));
        v
    });
    let brush_mode = RwSignal::new(false);
    let brush = RwSignal::new(None::<(f64, f64)>);
    let drag: StoredValue<Option<Drag>> = StoredValue::new(None);
    let touches: StoredValue<Vec<(i32, f64)>> = StoredValue::new(Vec::new());
    let pinch_dist = StoredValue::new(0.0f64);
    let tip = RwSignal::new(None::<(u32, f64)>);
    let same_day = RwSignal::new(Vec::<u32>::new());

    let x_of_day = move |d: Day| axis.with(|a| vp.get().x(a.u_of(d.0 as f64), width.get()));
    let day_of_x = move |x: f64| axis.with_untracked(|a| a.day_of(vp.get_untracked().u(x, width.get_untracked())));
    let zoom = move |f: f64, at: f64| vp.update(|v| *v = v.zoom(f, at));
    let local_x = move |client_x: i32| {
        track.get_untracked().map_or(0.0, |el| client_x as f64 - el.get_bounding_client_rect().left())
    };

    let label = move |e: u32| {
        let ev = &s.corpus.events[e as usize];
        format!(
            "{}: {}. {}",
            format_at(ev.date, ev.range, ev.precision),
            ev.summary,
            plural(s.index.event_sources[e as usize].len(), "source", "sources")
        )
    };
    let focus_event = move |e: u32| {
        request_animation_frame(move || {
            if let Some(el) = document()
                .query_selector(&format!(".tl-marks [data-event=\"{e}\"]"))
                .ok()
                .flatten()
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        })
    };
    let activate = move |m: &Mark| match m.kind {
        MarkKind::Cluster => {
            let (a, b) = (m.events[0], m.events[m.events.len() - 1]);
            let (da, db) = (s.corpus.events[a as usize].date, s.corpus.events[b as usize].date);
            if da == db {
                same_day.set(m.events.clone());
            } else {
                axis.with_untracked(|ax| vp.set(Viewport::fit(ax.u_of(da.0 as f64), ax.u_of(db.0 as f64 + 1.0))));
                focus_event(a);
            }
        }
        _ => {
            let e = m.events[0];
            s.update(|q| q.event = if q.event == Some(e) { None } else { Some(e) });
        }
    };

    let mark_view = move |(i, m): (usize, Mark)| {
        let lead = m.events.first().and_then(|&e| s.corpus.events[e as usize].actors.first().copied());
        let color = lead.and_then(|a| s.corpus.actors.get(a as usize)).map_or(0x0b5cad, |a| a.color);
        let evs = m.events.clone();
        let evs2 = m.events.clone();
        let evs3 = m.events.clone();
        let first = m.events[0];
        let (name, text) = match m.kind {
            MarkKind::Cluster => {
                let (a, b) =
                    (&s.corpus.events[first as usize], &s.corpus.events[*m.events.last().unwrap_or(&first) as usize]);
                (
                    format!(
                        "{} events, {} to {}. Expand",
                        m.events.len(),
                        format_at(a.date, a.range, a.precision),
                        format_at(b.date, b.range, b.precision)
                    ),
                    m.events.len().to_string(),
                )
            }
            _ => (label(first), s.index.event_sources[first as usize].len().to_string()),
        };
        let kind = m.kind;
        let center = m.center();
        let (left, w) = match kind {
            MarkKind::Bar => (px(m.x), Some(px(m.x1 - m.x))),
            _ => (px(center), None),
        };
        let mark = m.clone();
        view! {
            <button
                type="button"
                class=format!("mark lane-{}", m.lane)
                class:point=kind == MarkKind::Point
                class:bar=kind == MarkKind::Bar
                class:cluster=kind == MarkKind::Cluster
                class:ink-dark=dark_ink(color)
                class:dim=move || matching.with(|v| !evs.iter().any(|&e| v[e as usize]))
                class:hot=move || {
                    s.hot_actor.get().is_some_and(|a| evs2.iter().any(|&e| s.corpus.events[e as usize].actors.contains(&a)))
                }
                aria-pressed=move || s.query.with(|q| q.event.is_some_and(|e| evs3.contains(&e))).to_string()
                data-event=first
                tabindex=move || {
                    let sel = s.query.with(|q| q.event);
                    let current = marks.with(|ms| ms.iter().position(|m| sel.is_some_and(|e| m.events.contains(&e))).unwrap_or(0));
                    if current == i { "0" } else { "-1" }
                }
                aria-label=name
                style:left=left
                style:width=w
                style:--actor=hex(color)
                on:click=move |_| activate(&mark)
                on:mouseenter=move |_| tip.set(Some((first, center)))
                on:mouseleave=move |_| tip.set(None)
                on:focus=move |_| tip.set(Some((first, center)))
                on:blur=move |_| tip.set(None)
            >
                <span aria-hidden="true">{text}</span>
            </button>
        }
    };

    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let key = ev.key();
        let buttons = document().query_selector_all(".tl-marks .mark").ok();
        let n = buttons.as_ref().map_or(0, |b| b.length());
        let active = document().active_element();
        let pos = (0..n).find(|&i| {
            buttons.as_ref().and_then(|b| b.item(i)).zip(active.as_ref()).is_some_and(|(b, a)| a.is_same_node(Some(&b)))
        });
        let go = |i: u32| {
            if let Some(el) =
                buttons.as_ref().and_then(|b| b.item(i)).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        };
        let at = pos
            .and_then(|p| marks.with_untracked(|m| m.get(p as usize).map(|m| m.center() / width.get_untracked())))
            .unwrap_or(0.5)
            .clamp(0.0, 1.0);
        let refocus = move || {
            if let Some(e) = pos.and_then(|p| marks.with_untracked(|m| m.get(p as usize).map(|m| m.events[0]))) {
                focus_event(e);
            }
        };
        match key.as_str() {
            "ArrowRight" | "ArrowDown" if n > 0 => go(pos.map_or(0, |p| (p + 1).min(n - 1))),
            "ArrowLeft" | "ArrowUp" if n > 0 => go(pos.map_or(0, |p| p.saturating_sub(1))),
            "Home" if n > 0 => go(0),
            "End" if n > 0 => go(n - 1),
            "+" | "=" => {
                zoom(1.6, at);
                refocus();
            }
            "-" | "_" => {
                zoom(1.0 / 1.6, at);
                refocus();
            }
            "0" => {
                vp.set(Viewport::default());
                refocus();
            }
            _ => return,
        }
        ev.prevent_default();
    };

    let on_down = move |ev: leptos::ev::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        let x = local_x(ev.client_x());
        if ev.pointer_type() == "touch" {
            touches.update_value(|t| t.push((ev.pointer_id(), x)));
        }
        drag.set_value(Some(Drag {
            id: ev.pointer_id(),
            x0: x,
            vp0: vp.get_untracked(),
            brush: ev.shift_key() || brush_mode.get_untracked(),
            moved: false,
        }));
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        let x = local_x(ev.client_x());
        if ev.pointer_type() == "touch" {
            let mut two = None;
            touches.update_value(|t| {
                if let Some(p) = t.iter_mut().find(|p| p.0 == ev.pointer_id()) {
                    p.1 = x;
                }
                if t.len() == 2 {
                    two = Some((t[0].1, t[1].1));
                }
            });
            if let Some((a, b)) = two {
                let d = (a - b).abs().max(1.0);
                let prev = pinch_dist.get_value();
                if prev > 0.0 {
                    zoom(d / prev, ((a + b) / 2.0 / width.get_untracked()).clamp(0.0, 1.0));
                }
                pinch_dist.set_value(d);
                drag.set_value(None);
                return;
            }
        }
        let Some(mut d) = drag.get_value() else { return };
        if d.id != ev.pointer_id() {
            return;
        }
        if !d.moved && (x - d.x0).abs() > 4.0 {
            d.moved = true;
            drag.set_value(Some(d));
            if let Some(el) = track.get_untracked() {
                let _ = el.set_pointer_capture(ev.pointer_id());
            }
        }
        if d.moved {
            if d.brush {
                brush.set(Some((d.x0.min(x), d.x0.max(x))));
            } else {
                vp.set(d.vp0.pan(x - d.x0, width.get_untracked()));
            }
        }
    };
    let on_up = move |ev: leptos::ev::PointerEvent| {
        touches.update_value(|t| t.retain(|p| p.0 != ev.pointer_id()));
        pinch_dist.set_value(0.0);
        let Some(d) = drag.get_value() else { return };
        drag.set_value(None);
        if let Some((a, b)) = brush.get_untracked() {
            brush.set(None);
            if d.brush && d.moved && b - a > 2.0 {
                let (from, to) = (day_of_x(a), day_of_x(b));
                s.update(|q| {
                    q.from = Some(from);
                    q.to = Some(to);
                });
            }
        }
    };
    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        let (dx, dy) = (ev.delta_x(), ev.delta_y());
        if dx.abs() > dy.abs() || ev.shift_key() {
            ev.prevent_default();
            let d = if dx.abs() > dy.abs() { dx } else { dy };
            vp.update(|v| *v = v.pan(-d, width.get_untracked()));
        } else if dy != 0.0 {
            ev.prevent_default();
            let f = (1.0 - dy * if ev.ctrl_key() { 0.01 } else { 0.0015 }).clamp(0.5, 2.0);
            zoom(f, (local_x(ev.client_x()) / width.get_untracked()).clamp(0.0, 1.0));
        }
    };

    let range_band = move || {
        let (from, to) = s.query.with(|q| q.range())?;
        let w = width.get();
        let a = x_of_day(from).max(-2.0);
        let b = x_of_day(to.add_days(1)).min(w + 2.0);
        (b > a)
            .then(|| view! { <div class="range-band" aria-hidden="true" style:left=px(a) style:width=px(b - a)></div> })
    };
    let brush_band = move || {
        brush.get().map(
            |(a, b)| view! { <div class="brush-band" aria-hidden="true" style:left=px(a) style:width=px(b - a)></div> },
        )
    };
    let tooltip = move || {
        let (e, x) = tip.get()?;
        let ev = &s.corpus.events[e as usize];
        let right = x > width.get() * 0.6;
        Some(view! {
            <div class="tl-tip" class:right=right aria-hidden="true" style:left=px(x)>
                <strong>{format_at(ev.date, ev.range, ev.precision)}</strong>
                " "
                {ev.summary.clone()}
                <span class="muted">{format!(" · {}", plural(s.index.event_sources[e as usize].len(), "source", "sources"))}</span>
            </div>
        })
    };
    let breaks = move || {
        axis.with(|a| {
            let v = vp.get();
            let w = width.get();
            a.breaks()
                .into_iter()
                .map(|(u0, u1)| {
                    let (x0, x1) = (v.x(u0, w), v.x(u1, w));
                    view! { <div class="break" aria-hidden="true" style:left=px(x0) style:width=px(x1 - x0)><span>"≈"</span></div> }
                })
                .collect_view()
        })
    };
    let axis_view = move || {
        tick_list.with(|ts| {
            ts.iter()
                .map(|t| view! { <div class="tick" class:major=t.major style:left=px(t.x)><span>{t.label.clone()}</span></div> })
                .collect_view()
        })
    };
    let date_input = move |label: &'static str, from: bool| {
        let value = move || s.query.with(|q| if from { q.from } else { q.to }).map(|d| d.iso()).unwrap_or_default();
        view! {
            <label class="date">
                {label}
                " "
                <input
                    type="date"
                    prop:value=value
                    on:change=move |ev| {
                        let d = Day::parse_iso(&event_target_value(&ev));
                        s.update(|q| if from { q.from = d } else { q.to = d });
                    }
                />
            </label>
        }
    };

    view! {
        <section class="timeline" aria-label="Timeline">
            <div class="tl-toolbar">
                <h2>"Timeline"</h2>
                {(!items.is_empty()).then(|| view! {
                    <div class="zoom" role="group" aria-label="Zoom">
                        <button type="button" aria-label="Zoom in" on:click=move |_| zoom(1.6, 0.5)>"+"</button>
                        <button type="button" aria-label="Zoom out" on:click=move |_| zoom(1.0 / 1.6, 0.5)>"−"</button>
                        <button type="button" on:click=move |_| vp.set(Viewport::default()) disabled=move || !vp.get().is_zoomed()>"Reset"</button>
                    </div>
                    <button type="button" class="brush-toggle" aria-pressed=move || brush_mode.get().to_string()
                        on:click=move |_| brush_mode.update(|b| *b = !*b)>"Select range"</button>
                })}
                <div class="dates">{date_input("From", true)}{date_input("To", false)}</div>
            </div>
            {items.is_empty().then(|| view! { <p class="muted tl-empty">"No dated events yet."</p> })}
            <div class="tl-scroll">
                <div
                    class="tl-track"
                    class:brushing=move || brush_mode.get()
                    class:hidden=items.is_empty()
                    node_ref=track
                    on:pointerdown=on_down
                    on:pointermove=on_move
                    on:pointerup=on_up
                    on:pointercancel=on_up
                    on:wheel=on_wheel
                    on:keydown=on_key
                >
                    {range_band}
                    {breaks}
                    <div class="tl-axis" aria-hidden="true">{axis_view}</div>
                    <div class="tl-marks">
                        {move || marks.get().into_iter().enumerate().map(mark_view).collect_view()}
                    </div>
                    {brush_band}
                    {tooltip}
                </div>
            </div>
            {move || {
                let list = same_day.get();
                (!list.is_empty()).then(|| {
                    let buttons = list
                        .into_iter()
                        .map(|e| view! {
                            <li><button type="button" on:click=move |_| s.update(|q| q.event = Some(e))>{label(e)}</button></li>
                        })
                        .collect_view();
                    view! {
                        <div class="same-day">
                            <ul>{buttons}</ul>
                            <button type="button" on:click=move |_| same_day.set(Vec::new())>"Close list"</button>
                        </div>
                    }
                })
            }}
        </section>
    }
}
