//! The reader: a modal `<dialog>` over the page with the full article. Actor
//! mentions are tinted in legend colours, dated phrases link to their event,
//! quotes are set apart, search hits are marked. Everything is text nodes.
//! Esc or the close button closes it and focus returns to where it was.

use crate::state::use_state;
use dossier_explore::color::hex;
use dossier_explore::reader::{segment, Layers, Para, Run};
use dossier_model::{format_at, Precision, Span};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Reader() -> impl IntoView {
    let s = use_state();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let opener: StoredValue<Option<web_sys::Element>, LocalStorage> = StoredValue::new_local(None);
    let open_ix = Memo::new(move |_| s.query.with(|q| q.article));
    let restore_focus = move |ix: Option<u32>| {
        let back = opener.try_update_value(|o| o.take()).flatten().filter(|e| e.is_connected());
        let back =
            back.or_else(|| ix.and_then(|i| document().query_selector(&format!("#card-{i} h3 a")).ok().flatten()));
        let back = back.or_else(|| document().get_element_by_id("search"));
        if let Some(el) = back.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    };
    let last_open = StoredValue::new(None::<u32>);
    Effect::new(move |_| {
        let ix = open_ix.get();
        let Some(d) = dialog.get() else { return };
        let prev = last_open.get_value();
        last_open.set_value(ix);
        match ix {
            Some(_) if !d.open() => {
                opener.set_value(document().active_element());
                let _ = d.show_modal();
                d.set_scroll_top(0);
            }
            Some(_) => d.set_scroll_top(0),
            None if d.open() => {
                d.close();
                restore_focus(prev);
            }
            None => {}
        }
    });
    let on_close = move |_| {
        let prev = s.query.with_untracked(|q| q.article);
        if prev.is_some() {
            s.update(|q| q.article = None);
            restore_focus(prev);
        }
    };
    view! {
        <dialog class="reader" aria-labelledby="reader-title" node_ref=dialog on:close=on_close>
            {move || open_ix.get().map(|ix| view! { <ReaderBody ix=ix/> })}
        </dialog>
    }
}

#[component]
fn ReaderBody(ix: u32) -> impl IntoView {
    let s = use_state();
    let a = &s.corpus.articles[ix as usize];
    let text = a.text();
    let spans: Vec<Span> = a.paragraph_spans().into_iter().map(|(sp, _)| sp).collect();
    let paras = s.terms.with_untracked(|t| segment(&text, &spans, &Layers::of(s.corpus, ix, &text, t)));
    let mut paras = paras.into_iter();
    let body = a
        .sections
        .iter()
        .map(|sec| {
            let ps: Vec<Para> = paras.by_ref().take(sec.paragraphs.len()).collect();
            let ps = ps.into_iter().map(|p| para_view(&text, p)).collect_view();
            view! {
                {sec.heading.clone().map(|h| view! { <h3>{h}</h3> })}
                {ps}
            }
        })
        .collect_view();
    let date = a.published.map(|d| format_at(d, (d, d), a.published_precision.unwrap_or(Precision::Day)));
    let meta = [a.outlet.clone(), a.author.clone().map(|x| format!("By {x}")), date]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    // Only web links: a `javascript:` URL in the data must never become a link.
    let source = a.url.clone().filter(|u| u.starts_with("https://") || u.starts_with("http://"));
    view! {
        <div class="reader-head">
            <button type="button" class="close" aria-label="Close reader" on:click=move |_| s.update(|q| q.article = None)>
                "×"
            </button>
            <h2 id="reader-title">{a.title.clone()}</h2>
            <p class="meta">{meta}</p>
            {a.standfirst.clone().map(|t| view! { <p class="standfirst">{t}</p> })}
            {source.map(|u| view! { <p class="meta"><a href=u rel="noopener noreferrer" target="_blank">"Original article"</a></p> })}
        </div>
        <div class="reader-body">{body}</div>
    }
}

fn para_view(text: &str, p: Para) -> AnyView {
    let runs = p.runs.into_iter().map(|r| run_view(text, r)).collect_view();
    if p.quote {
        view! { <blockquote><p>{runs}</p></blockquote> }.into_any()
    } else {
        view! { <p>{runs}</p> }.into_any()
    }
}

fn run_view(text: &str, r: Run) -> AnyView {
    let s = use_state();
    let mut v: AnyView = text.get(r.span.range()).unwrap_or("").to_string().into_any();
    if r.hit {
        v = view! { <mark>{v}</mark> }.into_any();
    }
    if r.quote {
        v = view! { <span class="quoted">{v}</span> }.into_any();
    }
    if let Some(actor) = r.actor.and_then(|a| s.corpus.actors.get(a as usize).map(|x| (a, x))) {
        let (a, x) = actor;
        v = view! {
            <span class="mention" title=x.name.clone() style:--actor=hex(x.color) class:hot=move || s.hot_actor.get() == Some(a)>
                {v}
            </span>
        }
        .into_any();
    }
    if let Some((e, ev)) = r.event.and_then(|e| s.corpus.events.get(e as usize).map(|x| (e, x))) {
        let title = format!("{}: {}", format_at(ev.date, ev.range, ev.precision), ev.summary);
        let go = move |m: leptos::ev::MouseEvent| {
            m.prevent_default();
            s.update(|q| {
                q.event = Some(e);
                q.article = None;
            });
        };
        v = view! { <a class="dated" href=format!("?view=events&event={}", ev.id) title=title on:click=go>{v}</a> }
            .into_any();
    }
    v
}
