//! Direct DOM helpers: every view is built with these rather than `view!`.
//! Building imperatively keeps the Wasm small: one plain function instead of
//! a generic view tree per shape, and one listener type instead of a tachys
//! `On<E, F>` per `on:` attribute. Text only ever goes in through text nodes.

use leptos::prelude::document;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, UnwrapThrowExt};
use web_sys::{Element, Event, EventTarget, HtmlElement};

/// Listens for `event` on `target` for the life of the page. Handlers take a
/// plain `Event` (cast with `unchecked_ref` where needed), so every listener
/// shares one closure type.
pub fn listen(target: &EventTarget, event: &str, f: impl FnMut(Event) + 'static) {
    listen_boxed(target, event, Box::new(f));
}

fn listen_boxed(target: &EventTarget, event: &str, f: Box<dyn FnMut(Event)>) {
    let c = Closure::wrap(f);
    let _ = target.add_event_listener_with_callback(event, c.as_ref().unchecked_ref());
    c.forget();
}

/// The `value` of the event's target (an input, select or textarea).
pub fn target_value(ev: &Event) -> String {
    ev.target().map(|t| t.unchecked_into::<web_sys::HtmlInputElement>().value()).unwrap_or_default()
}

/// A new element with a class and attributes.
pub fn el_attrs(tag: &str, class: &str, attrs: &[(&str, &str)]) -> HtmlElement {
    let e = el(tag, class);
    for (k, v) in attrs {
        attr(&e, k, v);
    }
    e
}

/// A new element with a class. (`unwrap_throw`, not `expect`: no Debug
/// formatting of a `JsValue` in the Wasm for an error that cannot happen.)
pub fn el(tag: &str, class: &str) -> HtmlElement {
    let e: HtmlElement = document().create_element(tag).unwrap_throw().unchecked_into();
    if !class.is_empty() {
        e.set_class_name(class);
    }
    e
}

pub fn attr(e: &Element, name: &str, value: &str) {
    let _ = e.set_attribute(name, value);
}

/// Sets a CSS property through the CSSOM (allowed under `style-src 'self'`).
pub fn css(e: &HtmlElement, name: &str, value: &str) {
    let _ = e.style().set_property(name, value);
}

/// Appends `s` as a text node.
pub fn text(parent: &Element, s: &str) {
    let _ = parent.append_child(&document().create_text_node(s));
}

pub fn append(parent: &Element, child: &Element) {
    let _ = parent.append_child(child);
}

/// The closest ancestor-or-self of an event target matching `selector`.
pub fn closest(target: Option<web_sys::EventTarget>, selector: &str) -> Option<Element> {
    target?.dyn_into::<Element>().ok()?.closest(selector).ok().flatten()
}

/// A numeric `data-*` attribute.
pub fn data_u32(e: &Element, name: &str) -> Option<u32> {
    e.get_attribute(name)?.parse().ok()
}

pub fn px(x: f64) -> String {
    format!("{}px", (x + 0.5).floor() as i32)
}

/// The element with this id, if mounted.
pub fn by_id(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

/// Sets the text of the element with this id, when it differs.
pub fn set_text(id: &str, s: &str) {
    if let Some(e) = by_id(id) {
        if e.text_content().as_deref() != Some(s) {
            e.set_text_content(Some(s));
        }
    }
}

pub fn set_attr(id: &str, name: &str, value: &str) {
    if let Some(e) = by_id(id) {
        attr(&e, name, value);
    }
}

pub fn pressed(id: &str, on: bool) {
    set_attr(id, "aria-pressed", if on { "true" } else { "false" });
}

pub fn toggle_class(id: &str, class: &str, on: bool) {
    if let Some(e) = by_id(id) {
        let _ = e.class_list().toggle_with_force(class, on);
    }
}

/// Sets an input's value unless it already holds it (keeps the caret).
pub fn set_value(id: &str, value: &str) {
    if let Some(i) = by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        if i.value() != value {
            i.set_value(value);
        }
    }
}

/// Keeps `v` for the life of the page behind a `Copy` reference (for the
/// mounted-once elements that handlers and effects share).
pub fn leak<T>(v: T) -> &'static T {
    Box::leak(Box::new(v))
}
