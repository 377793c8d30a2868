//! The timeline strip. Layout comes from `dossier_explore::timeline`; these
//! components position buttons (through CSSOM `style:` properties, which a
//! strict CSP allows) and turn input into viewport and query changes:
//! wheel/pinch/buttons/+/- zoom, drag pans, shift-drag or brush mode picks a
//! date range, arrows move between marks, Enter selects.

use super::header::plural;
use crate::state::{use_state, State};
use crate::store::Loading;
use dossier_explore::color::{dark_ink, hex};
use dossier_explore::timeline::{self, clamp, layout, place_labels, ticks, Axis, Label, Mark, MarkKind, Viewport};
use dossier_model::{format_at, Day};
use leptos::{ev, html, prelude::*};
use std::time::Duration;
use wasm_bindgen::JsCast;

/// Zoom factor of one button press or key.
const STEP: f64 = 1.6;
/// Narrower strips (phones) show no labels: the focused mark's tooltip and
/// the selected event's panel say what it is.
const LABELS_FROM_PX: f64 = 640.0;
/// A label character's width at the labels' 12 px, on the generous side.
const LABEL_CHAR_PX: f64 = 7.0;

/// A pointer drag on the track: a pan, or (shift or brush mode) a range.
#[derive(Clone, Copy)]
struct Drag {
    id: i32,
    x0: f64,
    vp0: Viewport,
    brush: bool,
    moved: bool,
}

/// What the marks light up: events that match the filters, the hovered
/// legend actor and the selected event.
#[derive(Clone, Default, PartialEq)]
struct Lights {
    matching: Vec<bool>,
    hot: Option<u32>,
    selected: Option<u32>,
}

impl Lights {
    fn now(s: State) -> Lights {
        let mut matching = vec![false; s.corpus.events.len()];
        s.selection.with_untracked(|x| x.results.events.iter().for_each(|&e| matching[e as usize] = true));
        Lights { matching, hot: s.hot_actor.get_untracked(), selected: s.query.with_untracked(|q| q.event) }
    }
    /// None of `events` matches the filters.
    fn dim(&self, events: &[u32]) -> bool {
        !events.iter().any(|&e| self.matching[e as usize])
    }
    /// The hovered legend actor takes part in one of `events`.
    fn hot(&self, s: State, events: &[u32]) -> bool {
        self.hot.is_some_and(|a| events.iter().any(|&e| s.corpus.events[e as usize].actors.contains(&a)))
    }
    /// One of `events` is the selected event.
    fn pressed(&self, events: &[u32]) -> bool {
        self.selected.is_some_and(|x| events.contains(&x))
    }
}

/// The colour of event `e`'s first actor (the accent without one).
fn lead_color(s: State, e: u32) -> u32 {
    let ev = &s.corpus.events[e as usize];
    ev.actors.first().and_then(|&a| s.corpus.actors.get(a as usize)).map_or(0x0b5cad, |a| a.color)
}

/// The strip's own state, shared by its parts.
#[derive(Clone, Copy)]
struct Strip {
    /// Track width in pixels, and the axis laid out for it.
    width: RwSignal<f64>,
    axis: RwSignal<Axis>,
    vp: RwSignal<Viewport>,
    marks: Memo<Vec<Mark>>,
    lights: RwSignal<Lights>,
    /// The mark that holds the tab stop, once the keyboard has moved it.
    roving: RwSignal<Option<usize>>,
    /// The tab stop: where the keyboard left it, else the selected event's
    /// mark, else the first.
    stop: Memo<usize>,
    /// Event and x of the mark whose tooltip shows.
    tip: RwSignal<Option<(u32, f64)>>,
    /// Events of a same-day cluster, listed as buttons.
    same_day: RwSignal<Vec<u32>>,
    brush_mode: RwSignal<bool>,
    /// The range being brushed, in pixels.
    brush: RwSignal<Option<(f64, f64)>>,
    track: NodeRef<html::Div>,
}

impl Strip {
    fn x_of_day(self, d: Day) -> f64 {
        self.axis.with(|a| self.vp.get().x(a.u_of(d.0 as f64), self.width.get()))
    }
    fn day_of_x(self, x: f64) -> Day {
        self.axis.with_untracked(|a| a.day_of(self.vp.get_untracked().u(x, self.width.get_untracked())))
    }
    fn zoom(self, factor: f64, at: f64) {
        self.vp.update(|v| *v = v.zoom(factor, at));
    }
    /// Pointer x relative to the track.
    fn local_x(self, client_x: i32) -> f64 {
        let left = self.track.get_untracked().map_or(0.0, |t| t.get_bounding_client_rect().left());
        client_x as f64 - left
    }
    /// Moves the focus to the mark at `i` of the current layout.
    fn focus_mark(self, i: usize) {
        let el = self.track.get_untracked().and_then(|t| t.query_selector(&format!(".mark[data-ix=\"{i}\"]")).ok()?);
        if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    }
    /// Focuses the mark that holds event `e`, after the next render.
    fn focus_event(self, e: u32) {
        request_animation_frame(move || {
            if let Some(i) = self.marks.with_untracked(|ms| ms.iter().position(|m| m.events.contains(&e))) {
                self.focus_mark(i);
            }
        });
    }
}

/// "Date: label. N sources", the name of a mark and of a same-day button
/// (the label, not the summary, which a sharded corpus fetches on demand).
fn label(s: State, e: u32) -> String {
    let ev = &s.corpus.events[e as usize];
    format!(
        "{}: {}. {}",
        format_at(ev.date, ev.range, ev.precision),
        ev.heading(),
        plural(s.index.event_sources[e as usize].len(), "source", "sources")
    )
}

/// Whole pixels: integer formatting, not the float formatter's code and tables.
fn px(x: f64) -> String {
    format!("{}px", (x + 0.5).floor() as i32)
}

#[component]
pub fn Timeline() -> impl IntoView {
    let s = use_state();
    let items = StoredValue::new(timeline::items(&s.corpus.events));
    let has_items = !s.corpus.events.is_empty();
    // No width and an empty axis until the track is measured, after the
    // first cards are painted: the axis of half a million events takes a
    // while, and was laid out twice (for a guessed width, then the real one).
    let width = RwSignal::new(0.0);
    let axis = RwSignal::new(Axis::new(&[], 0.0));
    let vp = RwSignal::new(Viewport::default());
    let marks = Memo::new(move |_| items.with_value(|it| axis.with(|a| layout(it, a, vp.get(), width.get()))));
    let lights = RwSignal::new(Lights::now(s));
    let roving = RwSignal::new(None);
    let stop = Memo::new(move |_| {
        roving.get().unwrap_or_else(|| {
            let sel = lights.with(|l| l.selected);
            marks.with(|ms| ms.iter().position(|m| sel.is_some_and(|e| m.events.contains(&e))).unwrap_or(0))
        })
    });
    let strip = Strip {
        width,
        axis,
        vp,
        marks,
        lights,
        roving,
        stop,
        tip: RwSignal::new(None),
        same_day: RwSignal::new(Vec::new()),
        brush_mode: RwSignal::new(false),
        brush: RwSignal::new(None),
        track: NodeRef::new(),
    };

    // The axis only changes with the width, so both are written together:
    // once the track is in the page, and on resize.
    let measure = move || {
        let Some(track) = strip.track.get_untracked() else { return };
        let w = track.client_width() as f64;
        if w > 0.0 && (w - width.get_untracked()).abs() >= 1.0 {
            axis.set(items.with_value(|it| Axis::new(it, w)));
            width.set(w);
        }
    };
    Effect::new(move || {
        if strip.track.get().is_some() && s.painted.get() {
            measure();
        }
    });
    let _ = window_event_listener(ev::resize, move |_| measure());

    // After a filter change the marks light up one frame after the
    // interaction's first paint: that frame shows the cards and the control
    // that was used; the strip, the slowest part to restyle, follows.
    let pending = StoredValue::new(false);
    Effect::new(move || {
        s.query.with(|q| q.event);
        s.hot_actor.track();
        s.selection.track();
        if !pending.get_value() {
            pending.set_value(true);
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        pending.set_value(false);
                        let now = Lights::now(s);
                        if strip.lights.with_untracked(|l| *l != now) {
                            strip.lights.set(now);
                        }
                    },
                    Duration::ZERO,
                )
            });
        }
    });

    view! {
        <section class="timeline" aria-label="Timeline">
            <Toolbar s strip has_items />
            <p class="muted tl-empty" class:hidden=has_items>
                "No dated events yet."
            </p>
            <div class="tl-scroll">
                <Track s strip has_items />
            </div>
            <SameDay s strip />
        </section>
    }
}

/// Zoom buttons, brush mode and the From/To fields (the keyboard way to set
/// the range a brush sets).
#[component]
fn Toolbar(s: State, strip: Strip, has_items: bool) -> impl IntoView {
    let dates = Memo::new(move |_| s.query.with(|q| (q.from, q.to)));
    let field = move |label: &'static str, id: &'static str, from: bool| {
        let value = move || {
            let (f, t) = dates.get();
            if from { f } else { t }.map(|d| d.iso()).unwrap_or_default()
        };
        let change = move |ev| {
            let d = Day::parse_iso(&event_target_value(&ev));
            s.update(|q| if from { q.from = d } else { q.to = d });
        };
        view! {
            <label class="date">
                {label} <input type="date" id=id prop:value=value on:change=change />
            </label>
        }
    };
    let zoom = has_items.then(|| {
        view! {
            <div class="zoom" role="group" aria-label="Zoom">
                <button type="button" id="tl-zoom-in" aria-label="Zoom in" on:click=move |_| strip.zoom(STEP, 0.5)>
                    "+"
                </button>
                <button
                    type="button"
                    id="tl-zoom-out"
                    aria-label="Zoom out"
                    on:click=move |_| strip.zoom(1.0 / STEP, 0.5)
                >
                    "−"
                </button>
                <button
                    type="button"
                    id="tl-reset"
                    aria-disabled=move || if strip.vp.get().is_zoomed() { "false" } else { "true" }
                    on:click=move |_| strip.vp.set(Viewport::default())
                >
                    "Reset"
                </button>
            </div>
            <button
                type="button"
                class="brush-toggle"
                id="tl-brush"
                aria-pressed=move || if strip.brush_mode.get() { "true" } else { "false" }
                on:click=move |_| strip.brush_mode.update(|b| *b = !*b)
            >
                "Select range"
            </button>
        }
    });
    view! {
        <div class="tl-toolbar">
            <h2>"Timeline"</h2>
            {zoom}
            <div class="dates">{field("From ", "date-from", true)} {field("To ", "date-to", false)}</div>
        </div>
    }
}

/// The track: range and brush bands, the axis, the marks and the tooltip,
/// with the pointer, wheel and keyboard handling that moves over them.
#[component]
fn Track(s: State, strip: Strip, has_items: bool) -> impl IntoView {
    let Strip { width, vp, marks, brush, brush_mode, .. } = strip;
    let drag = StoredValue::new(None::<Drag>);
    let touches = StoredValue::new(Vec::<(i32, f64)>::new());
    let pinch = StoredValue::new(0.0f64);

    // A new layout (zoom, pan, resize) starts the tab stop afresh, and gives
    // the focus back to the event it was on.
    let focused = StoredValue::new(None::<u32>);
    Effect::new(move || {
        marks.track();
        strip.roving.set(None);
        if let Some(e) = focused.get_value() {
            strip.focus_event(e);
        }
    });

    let keydown = move |ev: ev::KeyboardEvent| {
        let n = marks.with_untracked(Vec::len);
        let pos = strip.roving.get_untracked();
        let go = |i: usize| strip.focus_mark(i);
        let at = pos
            .and_then(|p| marks.with_untracked(|m| m.get(p).map(|m| m.center() / width.get_untracked())))
            .map_or(0.5, |x| clamp(x, 0.0, 1.0));
        match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" if n > 0 => go(pos.map_or(0, |p| (p + 1).min(n - 1))),
            "ArrowLeft" | "ArrowUp" if n > 0 => go(pos.map_or(0, |p| p.saturating_sub(1))),
            "Home" if n > 0 => go(0),
            "End" if n > 0 => go(n - 1),
            "+" | "=" => strip.zoom(STEP, at),
            "-" | "_" => strip.zoom(1.0 / STEP, at),
            "0" => vp.set(Viewport::default()),
            _ => return,
        }
        ev.prevent_default();
    };
    let pointerdown = move |ev: ev::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        let x = strip.local_x(ev.client_x());
        if ev.pointer_type() == "touch" {
            touches.update_value(|t| t.push((ev.pointer_id(), x)));
        }
        let brush = ev.shift_key() || brush_mode.get_untracked();
        drag.set_value(Some(Drag { id: ev.pointer_id(), x0: x, vp0: vp.get_untracked(), brush, moved: false }));
    };
    let pointermove = move |ev: ev::PointerEvent| {
        let x = strip.local_x(ev.client_x());
        if ev.pointer_type() == "touch" {
            let mut two = None;
            touches.update_value(|t| {
                if let Some(p) = t.iter_mut().find(|p| p.0 == ev.pointer_id()) {
                    p.1 = x;
                }
                if let [a, b] = t[..] {
                    two = Some((a.1, b.1));
                }
            });
            // Two fingers pinch: zoom about their midpoint.
            if let Some((a, b)) = two {
                let d = (a - b).abs().max(1.0);
                let prev = pinch.get_value();
                if prev > 0.0 {
                    strip.zoom(d / prev, clamp((a + b) / 2.0 / width.get_untracked(), 0.0, 1.0));
                }
                pinch.set_value(d);
                drag.set_value(None);
                return;
            }
        }
        let Some(mut d) = drag.get_value().filter(|d| d.id == ev.pointer_id()) else { return };
        if !d.moved && (x - d.x0).abs() > 4.0 {
            d.moved = true;
            drag.set_value(Some(d));
            if let Some(t) = strip.track.get_untracked() {
                let _ = t.set_pointer_capture(ev.pointer_id());
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
    let pointerup = move |ev: web_sys::PointerEvent| {
        touches.update_value(|t| t.retain(|p| p.0 != ev.pointer_id()));
        pinch.set_value(0.0);
        let Some(d) = drag.get_value() else { return };
        drag.set_value(None);
        if let Some((a, b)) = brush.get_untracked() {
            brush.set(None);
            if d.brush && d.moved && b - a > 2.0 {
                let (from, to) = (strip.day_of_x(a), strip.day_of_x(b));
                s.update(|q| {
                    q.from = Some(from);
                    q.to = Some(to);
                });
            }
        }
    };
    let wheel = move |ev: ev::WheelEvent| {
        let (dx, dy) = (ev.delta_x(), ev.delta_y());
        if dx.abs() > dy.abs() || ev.shift_key() {
            ev.prevent_default();
            let d = if dx.abs() > dy.abs() { dx } else { dy };
            vp.update(|v| *v = v.pan(-d, width.get_untracked()));
        } else if dy != 0.0 {
            ev.prevent_default();
            let f = clamp(1.0 - dy * if ev.ctrl_key() { 0.01 } else { 0.0015 }, 0.5, 2.0);
            strip.zoom(f, clamp(strip.local_x(ev.client_x()) / width.get_untracked(), 0.0, 1.0));
        }
    };

    // Labels above the marks, most important events first (more sources,
    // then more actors), as many as fit without overlap.
    let labelled = move || width.get() >= LABELS_FROM_PX;
    let labels = Memo::new(move |_| {
        if !labelled() {
            return Vec::new();
        }
        marks.with(|ms| {
            let text = |i: usize| {
                let m = &ms[i];
                (m.kind != MarkKind::Cluster).then(|| {
                    let e = m.events[0] as usize;
                    let importance = 4 * s.index.event_sources[e].len() + s.corpus.events[e].actors.len();
                    (s.corpus.events[e].heading().chars().count(), importance as u32)
                })
            };
            place_labels(ms, text, width.get(), LABEL_CHAR_PX)
        })
    });

    // The filtered date range, and the range being brushed.
    let range = move || {
        let range = s.query.with(|q| q.range())?;
        let w = width.get();
        let (a, b) = (strip.x_of_day(range.0).max(-2.0), strip.x_of_day(range.1.add_days(1)).min(w + 2.0));
        (b > a).then_some((a, b))
    };
    let band = move |class: &'static str, id: &'static str, span: Signal<Option<(f64, f64)>>| {
        view! {
            <div
                class=class
                id=id
                aria-hidden="true"
                class:hidden=move || span.get().is_none()
                style:left=move || span.get().map(|(a, _)| px(a))
                style:width=move || span.get().map(|(a, b)| px(b - a))
            ></div>
        }
    };
    view! {
        <div
            class="tl-track"
            id="tl-track"
            class:hidden=!has_items
            class:brushing=move || brush_mode.get()
            class:with-labels=labelled
            node_ref=strip.track
            on:keydown=keydown
            on:pointerdown=pointerdown
            on:pointermove=pointermove
            on:pointerup=pointerup
            on:pointercancel=pointerup
            on:wheel=wheel
        >
            {band("range-band", "tl-range", Signal::derive(range))}
            // Axis, labels and marks come just after the first cards are painted.
            <Show when=move || s.painted.get()>
                <AxisLines strip />
                <div class="tl-labels" aria-hidden="true">
                    <For
                        each=move || labels.get()
                        key=|l| (l.mark, l.row, l.end, l.x.to_bits(), l.width.to_bits())
                        children=move |l| view! { <MarkLabel s strip label=l /> }
                    />
                </div>
                <div class="tl-marks">
                    <For
                        each=move || marks.get().into_iter().enumerate()
                        key=|(i, m)| (*i, m.events[0], m.events.len(), m.lane, m.x.to_bits(), m.x1.to_bits())
                        children=move |(ix, mark)| view! { <MarkButton s strip mark ix focused /> }
                    />
                </div>
            </Show>
            {band("brush-band", "tl-brush-band", brush.into())}
            <Tip s strip />
        </div>
    }
}

/// Breaks and ticks under the marks.
#[component]
fn AxisLines(strip: Strip) -> impl IntoView {
    view! {
        <div class="tl-axis" aria-hidden="true">
            {move || {
                let (v, w) = (strip.vp.get(), strip.width.get());
                strip
                    .axis
                    .with(|a| {
                        let breaks = a
                            .breaks()
                            .into_iter()
                            .map(|(u0, u1)| {
                                let (x0, x1) = (v.x(u0, w), v.x(u1, w));
                                view! {
                                    <div class="break" style:left=px(x0) style:width=px(x1 - x0)>
                                        <span>"≈"</span>
                                    </div>
                                }
                            })
                            .collect_view();
                        let ticks = ticks(a, v, w)
                            .into_iter()
                            .map(|t| {
                                view! {
                                    <div class="tick" class:major=t.major style:left=px(t.x)>
                                        <span>{t.label}</span>
                                    </div>
                                }
                            })
                            .collect_view();
                        (breaks, ticks)
                    })
            }}
        </div>
    }
}

/// One mark's button: position, colour, accessible name and visible count,
/// lit by the strip's [`Lights`], with a roving tab stop.
#[component]
fn MarkButton(s: State, strip: Strip, mark: Mark, ix: usize, focused: StoredValue<Option<u32>>) -> impl IntoView {
    let first = mark.events[0];
    let ev = &s.corpus.events[first as usize];
    let color = lead_color(s, first);
    let kind = match mark.kind {
        MarkKind::Point => "point",
        MarkKind::Bar => "bar",
        MarkKind::Cluster => "cluster",
    };
    let (name, count) = if mark.kind == MarkKind::Cluster {
        let last = &s.corpus.events[mark.events[mark.events.len() - 1] as usize];
        let name = format!(
            "{} events, {} to {}. Expand",
            mark.events.len(),
            format_at(ev.date, ev.range, ev.precision),
            format_at(last.date, last.range, last.precision)
        );
        (name, mark.events.len().to_string())
    } else {
        (label(s, first), s.index.event_sources[first as usize].len().to_string())
    };
    let bar = mark.kind == MarkKind::Bar;
    // Too narrow a bar for its count: the name still says it.
    let count = if bar && mark.x1 - mark.x < 18.0 { String::new() } else { count };
    let (left, width) = if bar { (mark.x, Some(px(mark.x1 - mark.x))) } else { (mark.center(), None) };
    let events = StoredValue::new(mark.events.clone());
    // One memo per mark reads the strip's lights; the mark's classes read the
    // memo. Every reader of a signal re-subscribes each time it re-runs, at a
    // cost that grows with the signal's readers, so three per mark made a
    // filter change quadratic in the number of marks.
    let light =
        Memo::new(move |_| strip.lights.with(|l| events.with_value(|es| (l.dim(es), l.hot(s, es), l.pressed(es)))));
    let dim = move || light.get().0;
    let hot = move || light.get().1;
    let pressed = move || light.get().2;
    let tab_stop = move || if strip.stop.get() == ix { "0" } else { "-1" };
    let center = mark.center();
    let activate = move |_| match mark.kind {
        MarkKind::Cluster => {
            let (a, b) = events.with_value(|es| (es[0], es[es.len() - 1]));
            let (da, db) = (s.corpus.events[a as usize].date, s.corpus.events[b as usize].date);
            if da == db {
                strip.same_day.set(events.get_value());
            } else {
                let fit =
                    strip.axis.with_untracked(|ax| Viewport::fit(ax.u_of(da.0 as f64), ax.u_of(db.0 as f64 + 1.0)));
                strip.vp.set(fit);
                strip.focus_event(a);
            }
        }
        _ => s.update(|q| q.event = if q.event == Some(first) { None } else { Some(first) }),
    };
    let show_tip = move || strip.tip.set(Some((first, center)));
    view! {
        <button
            type="button"
            class=format!("mark {kind} lane-{}", mark.lane)
            class:ink-dark=dark_ink(color)
            class:dim=dim
            class:hot=hot
            aria-pressed=move || if pressed() { "true" } else { "false" }
            tabindex=tab_stop
            data-ix=ix.to_string()
            data-event=first.to_string()
            aria-label=name
            style:left=px(left)
            style:width=width
            style:--actor=hex(color)
            on:click=activate
            on:mouseenter=move |_| show_tip()
            on:mouseleave=move |_| strip.tip.set(None)
            on:focus=move |_| {
                show_tip();
                focused.set_value(Some(first));
                strip.roving.set(Some(ix));
            }
            on:blur=move |ev| {
                strip.tip.set(None);
                // Only a move to another element forgets the focus; a mark
                // removed by a new layout gets it back.
                if ev.related_target().is_some() {
                    focused.set_value(None);
                }
            }
        >
            <span aria-hidden="true">{count}</span>
        </button>
    }
}

/// A placed label: the event's short label beside its mark, cut to its
/// room, dimmed with the mark when the filters leave its events out.
#[component]
fn MarkLabel(s: State, strip: Strip, label: Label) -> impl IntoView {
    let events = strip.marks.with_untracked(|ms| ms.get(label.mark).map(|m| m.events.clone()).unwrap_or_default());
    let &first = events.first()?;
    let color = lead_color(s, first);
    let dim = move || strip.lights.with(|l| l.dim(&events));
    Some(view! {
        <span
            class=format!("tl-label row-{}", label.row)
            class:end=label.end
            class:dim=dim
            style:left=px(label.x)
            style:max-width=px(label.width)
            style:--actor=hex(color)
        >
            {s.corpus.events[first as usize].heading()}
        </span>
    })
}

/// The tooltip of the hovered or focused mark.
#[component]
fn Tip(s: State, strip: Strip) -> impl IntoView {
    let text = move || {
        strip.tip.get().map(|(e, _)| {
            let ev = &s.corpus.events[e as usize];
            // The whole sentence; its label until a sharded summary arrives.
            let said = match s.store.summary(e) {
                Loading::Ready(t) if !t.is_empty() => t,
                _ => ev.heading(),
            };
            let rest = format!(" {said} · {}", plural(s.index.event_sources[e as usize].len(), "source", "sources"));
            view! {
                <strong>{format_at(ev.date, ev.range, ev.precision)}</strong>
                {rest}
            }
        })
    };
    let x = move || strip.tip.get().map(|(_, x)| x);
    view! {
        <div
            class="tl-tip"
            id="tl-tip"
            aria-hidden="true"
            class:hidden=move || x().is_none()
            class:right=move || x().is_some_and(|x| x > strip.width.get() * 0.6)
            style:left=move || x().map(px)
        >
            {text}
        </div>
    }
}

/// A cluster of same-day events, expanded into a list of buttons.
#[component]
fn SameDay(s: State, strip: Strip) -> impl IntoView {
    let list = strip.same_day;
    view! {
        <div class="same-day" id="tl-same-day" class:hidden=move || list.with(Vec::is_empty)>
            <Show when=move || !list.with(Vec::is_empty)>
                <ul>
                    {move || {
                        list.get()
                            .into_iter()
                            .map(|e| {
                                view! {
                                    <li>
                                        <button type="button" data-pick=e.to_string() on:click=move |_| s.update(|q| q.event = Some(e))>
                                            {label(s, e)}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                <button type="button" id="tl-same-close" on:click=move |_| list.set(Vec::new())>
                    "Close list"
                </button>
            </Show>
        </div>
    }
}
