//! The timeline strip. Layout comes from `dossier_explore::timeline`; this
//! component positions buttons (through CSSOM `style:` properties, which a
//! strict CSP allows) and turns input into viewport and query changes:
//! wheel/pinch/buttons/+/- zoom, drag pans, shift-drag or brush mode picks a
//! date range, arrows move between marks, Enter selects.

use super::header::plural;
use crate::dom::{self, px};
use crate::local::{Local, Shared};
use crate::state::use_state;
use dossier_explore::color::{dark_ink, hex};
use dossier_explore::timeline::{clamp, layout, ticks, Axis, Item, Mark, MarkKind, Tick, Viewport};
use dossier_model::{format_at, Day, Precision};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Clone, Copy)]
struct Drag {
    id: i32,
    x0: f64,
    vp0: Viewport,
    brush: bool,
    moved: bool,
}

pub fn timeline() -> web_sys::HtmlElement {
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
    let has_items = !items.is_empty();
    let root = dom::el_attrs("section", "timeline", &[("aria-label", "Timeline")]);
    let toolbar = dom::el("div", "tl-toolbar");
    toolbar_skeleton(&toolbar, has_items);
    dom::append(&root, &toolbar);
    let empty = dom::el("p", if has_items { "muted tl-empty hidden" } else { "muted tl-empty" });
    dom::text(&empty, "No dated events yet.");
    dom::append(&root, &empty);
    let scroll = dom::el("div", "tl-scroll");
    dom::append(&root, &scroll);
    let track =
        dom::leak(dom::el_attrs("div", if has_items { "tl-track" } else { "tl-track hidden" }, &[("id", "tl-track")]));
    dom::append(&scroll, track);
    let hidden_band = |class: &str, id: &str| dom::el_attrs("div", class, &[("id", id), ("aria-hidden", "true")]);
    dom::append(track, &hidden_band("range-band hidden", "tl-range"));
    let axis_host = dom::el_attrs("div", "tl-axis", &[("aria-hidden", "true")]);
    dom::append(track, &axis_host);
    let marks_host = dom::leak(dom::el("div", "tl-marks"));
    dom::append(track, marks_host);
    dom::append(track, &hidden_band("brush-band hidden", "tl-brush-band"));
    dom::append(track, &hidden_band("tl-tip hidden", "tl-tip"));
    dom::append(&root, &dom::el_attrs("div", "same-day hidden", &[("id", "tl-same-day")]));

    // The axis only changes with the width, so both are written together.
    let width = Shared::new(960.0f64);
    let axis = Local::new(Axis::new(items, 960.0));
    let measure = move || {
        let w = track.client_width() as f64;
        if w > 0.0 && (w - width.get_untracked()).abs() >= 1.0 {
            axis.set_value(Axis::new(items, w));
            width.set(w);
        }
    };
    // After mounting, once the track has a size.
    crate::local::effect(measure);
    dom::listen(&window(), "resize", move |_| measure());

    let vp = Shared::new(Viewport::default());
    // The current layout, written by the drawing effect, read by handlers.
    let marks: Local<Vec<Mark>> = Local::new(Vec::new());
    let brush_mode = Shared::new(false);
    let brush = Shared::new(None::<(f64, f64)>);
    let drag: Local<Option<Drag>> = Local::new(None);
    let touches: Local<Vec<(i32, f64)>> = Local::new(Vec::new());
    let pinch_dist = Local::new(0.0f64);
    let tip = Shared::new(None::<(u32, f64)>);
    let same_day = Shared::new(Vec::<u32>::new());

    let x_of_day = move |d: Day| axis.with_value(|a| vp.get().x(a.u_of(d.0 as f64), width.get()));
    let day_of_x = move |x: f64| axis.with_value(|a| a.day_of(vp.get_untracked().u(x, width.get_untracked())));
    let zoom = move |f: f64, at: f64| vp.update(|v| *v = v.zoom(f, at));
    let local_x = move |client_x: i32| client_x as f64 - track.get_bounding_client_rect().left();

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
                let fit = axis.with_value(|ax| Viewport::fit(ax.u_of(da.0 as f64), ax.u_of(db.0 as f64 + 1.0)));
                vp.set(fit);
                focus_event(a);
            }
        }
        _ => {
            let e = m.events[0];
            s.update(|q| q.event = if q.event == Some(e) { None } else { Some(e) });
        }
    };

    // The mark buttons of the current layout, and the state flags last
    // written on each (`u8::MAX` = not written yet).
    let buttons: Local<Vec<web_sys::HtmlElement>> = Local::new(Vec::new());
    let flags: Local<Vec<u8>> = Local::new(Vec::new());
    // State: matching, selected and hovered-actor flags are written in place,
    // and only where they changed, so a filter click touches few nodes. After
    // a filter change the writes wait until the frame after the interaction's
    // first paint: that frame shows the cards and the control that was used;
    // the strip, the slowest part to restyle and repaint, follows one frame
    // later. Freshly built marks get their flags at once, in the layout
    // effect, or they would flash undimmed while dragging.
    let pending = Local::new(false);
    let write = move || {
        pending.set_value(false);
        let sel = s.query.with_untracked(|q| q.event);
        let hot = s.hot_actor.get_untracked();
        let mut matching = vec![false; items.len()];
        s.selection.with_untracked(|x| x.results.events.iter().for_each(|&e| matching[e as usize] = true));
        marks.with_value(|ms| {
            let current = ms.iter().position(|m| sel.is_some_and(|e| m.events.contains(&e))).unwrap_or(0);
            buttons.with_value(|els| {
                flags.update_value(|fl| {
                    for (i, (m, b)) in ms.iter().zip(els).enumerate() {
                        let has = |f: &dyn Fn(u32) -> bool| m.events.iter().any(|&e| f(e));
                        let f = u8::from(!has(&|e| matching[e as usize]))
                            | u8::from(hot.is_some_and(|a| has(&|e| s.corpus.events[e as usize].actors.contains(&a))))
                                << 1
                            | u8::from(sel.is_some_and(|x| m.events.contains(&x))) << 2
                            | u8::from(i == current) << 3;
                        let Some(old) = fl.get_mut(i) else { continue };
                        if *old == f {
                            continue;
                        }
                        let changed = |bit: u8| *old == u8::MAX || (*old ^ f) & bit != 0;
                        if changed(1) {
                            let _ = b.class_list().toggle_with_force("dim", f & 1 != 0);
                        }
                        if changed(2) {
                            let _ = b.class_list().toggle_with_force("hot", f & 2 != 0);
                        }
                        if changed(4) {
                            dom::attr(b, "aria-pressed", if f & 4 != 0 { "true" } else { "false" });
                        }
                        if changed(8) {
                            dom::attr(b, "tabindex", if f & 8 != 0 { "0" } else { "-1" });
                        }
                        *old = f;
                    }
                });
            });
        });
    };
    // Layout: marks are rebuilt as plain DOM only when the axis, the width or
    // the viewport change (zoom, pan, resize); focus is carried over by event.
    crate::local::effect(move || {
        let host = marks_host;
        let (w, v) = (width.get(), vp.get());
        let focused = document()
            .active_element()
            .filter(|a| host.contains(Some(a)))
            .and_then(|a| dom::data_u32(&a, "data-event"));
        host.set_text_content(None);
        marks.set_value(axis.with_value(|a| layout(items, a, v, w)));
        axis.with_value(|a| draw_axis(&axis_host, &a.breaks(), &ticks(a, v, w), v, w));
        let els = marks.with_value(|ms| {
            ms.iter().enumerate().map(|(i, m)| mark_button(s, m, i, &label)).inspect(|b| dom::append(host, b)).collect()
        });
        buttons.set_value(els);
        flags.update_value(|f| {
            f.clear();
            f.resize(marks.with_value(Vec::len), u8::MAX);
        });
        write();
        if let Some(e) = focused {
            focus_event(e);
        }
    });
    crate::local::effect(move || {
        s.query.with(|q| q.event);
        s.hot_actor.track();
        s.selection.track();
        if !pending.with_value(|p| *p) {
            pending.set_value(true);
            request_animation_frame(move || set_timeout(write, std::time::Duration::ZERO));
        }
    });
    let mark_at = move |target: Option<web_sys::EventTarget>| {
        let i = dom::closest(target, ".mark").and_then(|b| dom::data_u32(&b, "data-ix"))?;
        marks.with_value(|ms| ms.get(i as usize).cloned())
    };
    dom::listen(&root, "click", move |ev| {
        let t = ev.target();
        if let Some(m) = mark_at(t.clone()) {
            activate(&m);
            return;
        }
        let Some(b) = dom::closest(t, "button") else { return };
        if let Some(e) = dom::data_u32(&b, "data-pick") {
            s.update(|q| q.event = Some(e));
            return;
        }
        match b.id().as_str() {
            "tl-same-close" => same_day.set(Vec::new()),
            "tl-zoom-in" => zoom(1.6, 0.5),
            "tl-zoom-out" => zoom(1.0 / 1.6, 0.5),
            "tl-reset" => vp.set(Viewport::default()),
            "tl-brush" => brush_mode.update(|b| *b = !*b),
            _ => {}
        }
    });
    let show_tip =
        move |target: Option<web_sys::EventTarget>| tip.set(mark_at(target).map(|m| (m.events[0], m.center())));

    dom::listen(track, "keydown", move |ev| {
        let ev: &web_sys::KeyboardEvent = ev.unchecked_ref();
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
                // Roving tab stop: it moves with the focus, so Tab out and
                // back returns to this mark. The cached flags follow, so the
                // next state write neither undoes it nor leaves two stops.
                let i = i as usize;
                flags.update_value(|fl| {
                    for (k, f) in fl.iter_mut().enumerate() {
                        let was = *f != u8::MAX && *f & 8 != 0;
                        if was != (k == i) {
                            if *f != u8::MAX {
                                *f ^= 8;
                            }
                            if let Some(b) = buttons.as_ref().and_then(|b| b.item(k as u32)) {
                                let b: web_sys::Element = b.unchecked_into();
                                dom::attr(&b, "tabindex", if k == i { "0" } else { "-1" });
                            }
                        }
                    }
                });
                let _ = el.focus();
            }
        };
        let at = pos
            .and_then(|p| marks.with_value(|m| m.get(p as usize).map(|m| m.center() / width.get_untracked())))
            .map_or(0.5, |x| clamp(x, 0.0, 1.0));
        let refocus = move || {
            if let Some(e) = pos.and_then(|p| marks.with_value(|m| m.get(p as usize).map(|m| m.events[0]))) {
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
    });

    dom::listen(track, "pointerdown", move |ev| {
        let ev: &web_sys::PointerEvent = ev.unchecked_ref();
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
    });
    dom::listen(track, "pointermove", move |ev| {
        let ev: &web_sys::PointerEvent = ev.unchecked_ref();
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
                    zoom(d / prev, clamp((a + b) / 2.0 / width.get_untracked(), 0.0, 1.0));
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
            let _ = track.set_pointer_capture(ev.pointer_id());
        }
        if d.moved {
            if d.brush {
                brush.set(Some((d.x0.min(x), d.x0.max(x))));
            } else {
                vp.set(d.vp0.pan(x - d.x0, width.get_untracked()));
            }
        }
    });
    let on_up = move |ev: web_sys::Event| {
        let ev: &web_sys::PointerEvent = ev.unchecked_ref();
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
    dom::listen(track, "pointerup", on_up);
    dom::listen(track, "pointercancel", on_up);
    dom::listen(track, "wheel", move |ev| {
        let ev: &web_sys::WheelEvent = ev.unchecked_ref();
        let (dx, dy) = (ev.delta_x(), ev.delta_y());
        if dx.abs() > dy.abs() || ev.shift_key() {
            ev.prevent_default();
            let d = if dx.abs() > dy.abs() { dx } else { dy };
            vp.update(|v| *v = v.pan(-d, width.get_untracked()));
        } else if dy != 0.0 {
            ev.prevent_default();
            let f = clamp(1.0 - dy * if ev.ctrl_key() { 0.01 } else { 0.0015 }, 0.5, 2.0);
            zoom(f, clamp(local_x(ev.client_x()) / width.get_untracked(), 0.0, 1.0));
        }
    });
    dom::listen(marks_host, "mouseover", move |ev| show_tip(ev.target()));
    dom::listen(marks_host, "focusin", move |ev| show_tip(ev.target()));
    dom::listen(marks_host, "mouseout", move |_| tip.set(None));
    dom::listen(marks_host, "focusout", move |_| tip.set(None));

    // Everything else that changes (toolbar state, range and brush bands,
    // tooltip, date fields) is written by one effect into static markup. It
    // follows only the query's dates, not every filter.
    // The query's dates, notifying only when they change (a filter click
    // that leaves them alone does not rerun the effect below).
    let dates = Shared::new(s.query.with_untracked(|q| (q.range(), q.from, q.to)));
    crate::local::effect(move || {
        let d = s.query.with(|q| (q.range(), q.from, q.to));
        if dates.with_untracked(|old| *old != d) {
            dates.set(d);
        }
    });
    crate::local::effect(move || {
        let w = width.get();
        dom::set_attr("tl-reset", "aria-disabled", if vp.get().is_zoomed() { "false" } else { "true" });
        let brushing = brush_mode.get();
        dom::pressed("tl-brush", brushing);
        dom::toggle_class("tl-track", "brushing", brushing);
        let (range, from, to) = dates.get();
        dom::set_value("date-from", &from.map(|d| d.iso()).unwrap_or_default());
        dom::set_value("date-to", &to.map(|d| d.iso()).unwrap_or_default());
        let band = range.map(|(f, t)| (x_of_day(f).max(-2.0), x_of_day(t.add_days(1)).min(w + 2.0)));
        place("tl-range", band.filter(|(a, b)| b > a));
        place("tl-brush-band", brush.get());
        let tip_el = dom::by_id("tl-tip");
        match (tip.get(), tip_el) {
            (Some((e, x)), Some(el)) => {
                let ev = &s.corpus.events[e as usize];
                el.set_text_content(None);
                let strong = dom::el("strong", "");
                dom::text(&strong, &format_at(ev.date, ev.range, ev.precision));
                dom::append(&el, &strong);
                dom::text(
                    &el,
                    &format!(
                        " {} · {}",
                        ev.summary,
                        plural(s.index.event_sources[e as usize].len(), "source", "sources")
                    ),
                );
                let _ = el.class_list().toggle_with_force("right", x > w * 0.6);
                let _ = el.class_list().toggle_with_force("hidden", false);
                if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
                    dom::css(&h, "left", &px(x));
                }
            }
            (_, Some(el)) => {
                let _ = el.class_list().toggle_with_force("hidden", true);
            }
            _ => {}
        }
    });
    // A cluster of same-day events expands into a list of buttons.
    crate::local::effect(move || {
        let list = same_day.get();
        let Some(host) = dom::by_id("tl-same-day") else { return };
        host.set_text_content(None);
        let _ = host.class_list().toggle_with_force("hidden", list.is_empty());
        if list.is_empty() {
            return;
        }
        let ul = dom::el("ul", "");
        for e in list {
            let li = dom::el("li", "");
            let b = dom::el("button", "");
            dom::attr(&b, "type", "button");
            dom::attr(&b, "data-pick", &e.to_string());
            dom::text(&b, &label(e));
            dom::append(&li, &b);
            dom::append(&ul, &li);
        }
        dom::append(&host, &ul);
        let close = dom::el("button", "");
        dom::attr(&close, "type", "button");
        dom::attr(&close, "id", "tl-same-close");
        dom::text(&close, "Close list");
        dom::append(&host, &close);
    });
    dom::listen(&root, "change", move |ev| {
        let Some(input) = dom::closest(ev.target(), "input[type=date]") else { return };
        let from = input.id() == "date-from";
        let d = input.dyn_into::<web_sys::HtmlInputElement>().ok().and_then(|i| Day::parse_iso(&i.value()));
        s.update(|q| if from { q.from = d } else { q.to = d });
    });
    root
}

/// One mark's button: position, colour, accessible name and visible count.
/// State classes (dim, hot, pressed, tab stop) are set by the state effect.
fn mark_button(s: crate::state::State, m: &Mark, i: usize, label: &dyn Fn(u32) -> String) -> web_sys::HtmlElement {
    let first = m.events[0];
    let ev = &s.corpus.events[first as usize];
    let lead = ev.actors.first().and_then(|&a| s.corpus.actors.get(a as usize));
    let color = lead.map_or(0x0b5cad, |a| a.color);
    let kind = match m.kind {
        MarkKind::Point => "point",
        MarkKind::Bar => "bar",
        MarkKind::Cluster => "cluster",
    };
    let mut class = format!("mark {kind} lane-{}", m.lane);
    if dark_ink(color) {
        class.push_str(" ink-dark");
    }
    let b = dom::el("button", &class);
    dom::attr(&b, "type", "button");
    dom::attr(&b, "data-ix", &i.to_string());
    dom::attr(&b, "data-event", &first.to_string());
    let (name, text) = if m.kind == MarkKind::Cluster {
        let last = &s.corpus.events[m.events[m.events.len() - 1] as usize];
        let name = format!(
            "{} events, {} to {}. Expand",
            m.events.len(),
            format_at(ev.date, ev.range, ev.precision),
            format_at(last.date, last.range, last.precision)
        );
        (name, m.events.len().to_string())
    } else {
        (label(first), s.index.event_sources[first as usize].len().to_string())
    };
    dom::attr(&b, "aria-label", &name);
    // Too narrow a bar for its count: the name still says it.
    let text = if m.kind == MarkKind::Bar && m.x1 - m.x < 18.0 { String::new() } else { text };
    if m.kind == MarkKind::Bar {
        dom::css(&b, "left", &px(m.x));
        dom::css(&b, "width", &px(m.x1 - m.x));
    } else {
        dom::css(&b, "left", &px(m.center()));
    }
    dom::css(&b, "--actor", &hex(color));
    let span = dom::el("span", "");
    dom::attr(&span, "aria-hidden", "true");
    dom::text(&span, &text);
    dom::append(&b, &span);
    b
}

/// Shows the band with this id over `[a, b]` pixels, or hides it.
fn place(id: &str, span: Option<(f64, f64)>) {
    let Some(el) = dom::by_id(id) else { return };
    let _ = el.class_list().toggle_with_force("hidden", span.is_none());
    if let (Some((a, b)), Ok(h)) = (span, el.dyn_into::<web_sys::HtmlElement>()) {
        dom::css(&h, "left", &px(a));
        dom::css(&h, "width", &px(b - a));
    }
}

/// Breaks and ticks under the marks.
fn draw_axis(host: &web_sys::HtmlElement, breaks: &[(f64, f64)], ticks: &[Tick], v: Viewport, w: f64) {
    host.set_text_content(None);
    for &(u0, u1) in breaks {
        let (x0, x1) = (v.x(u0, w), v.x(u1, w));
        let b = dom::el("div", "break");
        dom::css(&b, "left", &px(x0));
        dom::css(&b, "width", &px(x1 - x0));
        let g = dom::el("span", "");
        dom::text(&g, "≈");
        dom::append(&b, &g);
        dom::append(host, &b);
    }
    for t in ticks {
        let d = dom::el("div", if t.major { "tick major" } else { "tick" });
        dom::css(&d, "left", &px(t.x));
        let l = dom::el("span", "");
        dom::text(&l, &t.label);
        dom::append(&d, &l);
        dom::append(host, &d);
    }
}

/// Zoom buttons, brush mode and the From/To fields (the keyboard way to set
/// the range a brush sets).
fn toolbar_skeleton(bar: &web_sys::HtmlElement, has_items: bool) {
    let child = |parent: &web_sys::Element, tag: &str, class: &str, id: &str, text: &str| {
        let e = dom::el(tag, class);
        if !id.is_empty() {
            dom::attr(&e, "id", id);
        }
        if tag == "button" {
            dom::attr(&e, "type", "button");
        }
        dom::text(&e, text);
        dom::append(parent, &e);
        e
    };
    child(bar, "h2", "", "", "Timeline");
    if has_items {
        let zoom = child(bar, "div", "zoom", "", "");
        dom::attr(&zoom, "role", "group");
        dom::attr(&zoom, "aria-label", "Zoom");
        dom::attr(&child(&zoom, "button", "", "tl-zoom-in", "+"), "aria-label", "Zoom in");
        dom::attr(&child(&zoom, "button", "", "tl-zoom-out", "−"), "aria-label", "Zoom out");
        child(&zoom, "button", "", "tl-reset", "Reset");
        child(bar, "button", "brush-toggle", "tl-brush", "Select range");
    }
    let dates = child(bar, "div", "dates", "", "");
    for (label, id) in [("From ", "date-from"), ("To ", "date-to")] {
        let l = child(&dates, "label", "date", "", label);
        let i = child(&l, "input", "", id, "");
        dom::attr(&i, "type", "date");
    }
}
