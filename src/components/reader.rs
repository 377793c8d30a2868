//! The reader: a modal `<dialog>` over the page with the full article. Actor
//! mentions are tinted in legend colours, dated phrases link to their event,
//! quotes are set apart, search hits are marked. Everything is text nodes.
//! Esc or the close button closes it and focus returns to where it was.

use crate::dom;
use crate::local::Local;
use crate::state::use_state;
use dossier_explore::color::hex;
use dossier_explore::reader::{segment, Layers, Para};
use dossier_model::{format_at, Precision, Span};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub fn reader() -> web_sys::HtmlElement {
    let s = use_state();
    let dialog: &'static web_sys::HtmlDialogElement = dom::leak(
        dom::el_attrs("dialog", "reader", &[("aria-modal", "true"), ("aria-labelledby", "reader-title")])
            .unchecked_into(),
    );
    let opener: Local<Option<web_sys::Element>> = Local::new(None);
    let restore_focus = move |ix: Option<u32>| {
        let back = opener.update_value(|o| o.take()).filter(|e| e.is_connected());
        let back =
            back.or_else(|| ix.and_then(|i| document().query_selector(&format!("#card-{i} h3 a")).ok().flatten()));
        let back = back.or_else(|| document().get_element_by_id("search"));
        if let Some(el) = back.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    };
    let last_open = Local::new(None::<u32>);
    crate::local::effect(move || {
        let ix = s.query.with(|q| q.article);
        let d = dialog;
        let prev = last_open.get_value();
        if prev == ix {
            return;
        }
        last_open.set_value(ix);
        match ix {
            Some(i) => {
                d.set_text_content(None);
                build(d, i);
                if !d.open() {
                    opener.set_value(document().active_element());
                    // The role is only there while open, so `[role=dialog]` means "a dialog is showing".
                    let _ = d.set_attribute("role", "dialog");
                    let _ = d.show_modal();
                }
                d.set_scroll_top(0);
            }
            None if d.open() => {
                let _ = d.remove_attribute("role");
                d.close();
                restore_focus(prev);
            }
            None => {}
        }
    });
    dom::listen(dialog, "close", move |_| {
        let _ = dialog.remove_attribute("role");
        let prev = s.query.with_untracked(|q| q.article);
        if prev.is_some() {
            s.update(|q| q.article = None);
            restore_focus(prev);
        }
    });
    dom::listen(dialog, "click", move |ev| {
        let t = ev.target();
        if dom::closest(t.clone(), "button.close").is_some() {
            s.update(|q| q.article = None);
        } else if let Some(e) = dom::closest(t, "a.dated").and_then(|a| dom::data_u32(&a, "data-event")) {
            ev.prevent_default();
            s.update(|q| {
                q.event = Some(e);
                q.article = None;
            });
        }
    });
    dialog.clone().into()
}

/// The reader's content for article `ix`: head (close, title, meta,
/// standfirst, source link) and body.
fn build(d: &web_sys::HtmlDialogElement, ix: u32) {
    let s = use_state();
    let a = &s.corpus.articles[ix as usize];
    let text = a.text();
    let spans: Vec<Span> = a.paragraph_spans().into_iter().map(|(sp, _)| sp).collect();
    let paras: Vec<Para> = s.terms_untracked(|t| segment(&text, &spans, &Layers::of(s.corpus, ix, &text, t)));
    let sections: Vec<(Option<String>, usize)> =
        a.sections.iter().map(|x| (x.heading.clone(), x.paragraphs.len())).collect();
    let head = dom::el("div", "reader-head");
    let close = dom::el("button", "close");
    dom::attr(&close, "type", "button");
    dom::attr(&close, "aria-label", "Close reader");
    dom::text(&close, "×");
    dom::append(&head, &close);
    let h = dom::el("h2", "");
    dom::attr(&h, "id", "reader-title");
    dom::text(&h, &a.title);
    dom::append(&head, &h);
    let date = a.published.map(|d| format_at(d, (d, d), a.published_precision.unwrap_or(Precision::Day)));
    let meta = [a.outlet.clone(), a.author.clone().map(|x| format!("By {x}")), date]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let p = dom::el("p", "meta");
    dom::text(&p, &meta);
    dom::append(&head, &p);
    if let Some(t) = &a.standfirst {
        let p = dom::el("p", "standfirst");
        dom::text(&p, t);
        dom::append(&head, &p);
    }
    // Only web links: a `javascript:` URL in the data must never become a link.
    if let Some(u) = a.url.as_ref().filter(|u| u.starts_with("https://") || u.starts_with("http://")) {
        let p = dom::el("p", "meta");
        let l = dom::el("a", "");
        dom::attr(&l, "href", u);
        dom::attr(&l, "rel", "noopener noreferrer");
        dom::attr(&l, "target", "_blank");
        dom::text(&l, "Original article");
        dom::append(&p, &l);
        dom::append(&head, &p);
    }
    dom::append(d, &head);
    let body = dom::el("div", "reader-body");
    build_body(&body, &text, &sections, &paras);
    dom::append(d, &body);
}

/// Writes sections, paragraphs and runs as plain DOM: text nodes wrapped in
/// `mark` (search hit), `span.quoted`, `span.mention` and `a.dated` layers.
fn build_body(host: &web_sys::HtmlElement, text: &str, sections: &[(Option<String>, usize)], paras: &[Para]) {
    let s = use_state();
    let mut it = paras.iter();
    for (heading, n) in sections {
        if let Some(h) = heading {
            let e = dom::el("h3", "");
            dom::text(&e, h);
            dom::append(host, &e);
        }
        for p in it.by_ref().take(*n) {
            let para = dom::el("p", "");
            for r in &p.runs {
                let mut node: web_sys::Element = dom::el("span", "").into();
                dom::text(&node, text.get(r.span.range()).unwrap_or(""));
                let wrap = |tag: &str, class: &str, inner: web_sys::Element| -> web_sys::HtmlElement {
                    let w = dom::el(tag, class);
                    dom::append(&w, &inner);
                    w
                };
                if r.hit {
                    node = wrap("mark", "", node).into();
                }
                if r.quote {
                    node = wrap("span", "quoted", node).into();
                }
                if let Some((a, x)) = r.actor.and_then(|a| s.corpus.actors.get(a as usize).map(|x| (a, x))) {
                    let m = wrap("span", "mention", node);
                    dom::attr(&m, "title", &x.name);
                    dom::attr(&m, "data-actor", &a.to_string());
                    dom::css(&m, "--actor", &hex(x.color));
                    node = m.into();
                }
                if let Some((e, ev)) = r.event.and_then(|e| s.corpus.events.get(e as usize).map(|x| (e, x))) {
                    let l = wrap("a", "dated", node);
                    dom::attr(&l, "href", &format!("?view=events&event={}", ev.id));
                    dom::attr(&l, "title", &format!("{}: {}", format_at(ev.date, ev.range, ev.precision), ev.summary));
                    dom::attr(&l, "data-event", &e.to_string());
                    node = l.into();
                }
                dom::append(&para, &node);
            }
            if p.quote {
                let q = dom::el("blockquote", "");
                dom::append(&q, &para);
                dom::append(host, &q);
            } else {
                dom::append(host, &para);
            }
        }
    }
}
