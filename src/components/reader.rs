//! The reader: a modal `<dialog>` over the page with the full article. Actor
//! mentions are tinted in legend colours, dated phrases link to their event,
//! quotes are set apart, search hits are marked. Article text only ever goes
//! in as text. Esc or the close button closes it and focus returns to where
//! it was.

use crate::state::{use_state, State};
use crate::store::Loading;
use dossier_explore::color::hex;
use dossier_explore::reader::{segment, Layers, Para, Run};
use dossier_model::{format_at, Article, Body, Precision, Span};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Reader() -> impl IntoView {
    let s = use_state();
    let dialog = NodeRef::<html::Dialog>::new();
    let article = Memo::new(move |_| s.query.with(|q| q.article));
    // Where focus was when the reader opened, to return it on close.
    let opener = StoredValue::new_local(None::<web_sys::Element>);
    let restore_focus = move |ix: Option<u32>| {
        let back = opener.try_update_value(|o| o.take()).flatten().filter(|e| e.is_connected());
        let back =
            back.or_else(|| ix.and_then(|i| document().query_selector(&format!("#card-{i} h3 a")).ok().flatten()));
        let back = back.or_else(|| document().get_element_by_id("search"));
        if let Some(el) = back.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    };
    // Opens and closes the modal as the URL state says.
    Effect::new(move |prev: Option<Option<u32>>| {
        let ix = article.get();
        let Some(d) = dialog.get() else { return ix };
        match ix {
            Some(_) => {
                if !d.open() {
                    opener.set_value(document().active_element());
                    let _ = d.show_modal();
                }
                d.set_scroll_top(0);
            }
            None if d.open() => {
                d.close();
                restore_focus(prev.flatten());
            }
            None => {}
        }
        ix
    });
    // Esc closes the dialog natively; the URL state follows.
    let on_close = move |_| {
        let prev = s.query.with_untracked(|q| q.article);
        if prev.is_some() {
            s.update(|q| q.article = None);
            restore_focus(prev);
        }
    };
    view! {
        <dialog
            class="reader"
            aria-modal="true"
            aria-labelledby="reader-title"
            // The role is only there while open, so `[role=dialog]` means "a dialog is showing".
            role=move || article.get().map(|_| "dialog")
            node_ref=dialog
            on:close=on_close
        >
            {move || article.get().map(|ix| view! { <Article ix /> })}
        </dialog>
    }
}

/// Head (close, title, meta, standfirst, source link) and body of article `ix`.
#[component]
fn Article(ix: u32) -> impl IntoView {
    let s = use_state();
    let a = &s.corpus.articles[ix as usize];
    let date = a.published.map(|d| format_at(d, (d, d), a.published_precision.unwrap_or(Precision::Day)));
    let meta = [a.outlet.clone(), a.author.clone().map(|x| format!("By {x}")), date]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    // Only web links: a `javascript:` URL in the data must never become a link.
    let source = a.url.as_ref().filter(|u| u.starts_with("https://") || u.starts_with("http://")).map(|u| {
        view! {
            <p class="meta">
                <a href=u.clone() rel="noopener noreferrer" target="_blank">
                    "Original article"
                </a>
            </p>
        }
    });
    view! {
        <div class="reader-head">
            <button type="button" class="close" aria-label="Close reader" on:click=move |_| s.update(|q| q.article = None)>
                "×"
            </button>
            <h2 id="reader-title">{a.title.as_str()}</h2>
            <p class="meta">{meta}</p>
            {a.standfirst.as_deref().map(|t| view! { <p class="standfirst">{t}</p> })}
            {source}
        </div>
        <div class="reader-body">
            {move || match s.store.article(ix) {
                Loading::Ready((a, marks)) => body(s, ix, a, marks).into_any(),
                Loading::Waiting => view! { <p class="loading" role="status">"Loading the article…"</p> }.into_any(),
                Loading::Failed(why) => view! { <p class="error" role="alert">{why}</p> }.into_any(),
            }}
        </div>
    }
}

/// Sections, paragraphs (block quotes when mostly quoted) and their runs;
/// `a` is the whole article and `marks` its actor mentions and dated phrases.
fn body(s: State, ix: u32, a: &'static Article, marks: &Body) -> Vec<AnyView> {
    let text = a.text();
    let spans: Vec<Span> = a.paragraph_spans().into_iter().map(|(sp, _)| sp).collect();
    let layers = |t: &_| Layers::of(s.corpus, ix, marks, &text, t);
    let paras: Vec<Para> = s.terms_untracked(|t| segment(&text, &spans, &layers(t)));
    let mut paras = paras.into_iter();
    let mut out = Vec::new();
    for section in &a.sections {
        if let Some(h) = &section.heading {
            out.push(view! { <h3>{h.as_str()}</h3> }.into_any());
        }
        for p in paras.by_ref().take(section.paragraphs.len()) {
            let runs: Vec<AnyView> = p.runs.iter().map(|r| run(s, &text, r)).collect();
            out.push(if p.quote {
                view! {
                    <blockquote>
                        <p>{runs}</p>
                    </blockquote>
                }
                .into_any()
            } else {
                view! { <p>{runs}</p> }.into_any()
            });
        }
    }
    out
}

/// One run of text in its layers, innermost first: search hit (`mark`),
/// quotation, actor mention (tinted with the actor's colour through a CSS
/// property, allowed under the CSP), dated phrase (a link to its event).
fn run(s: State, text: &str, r: &Run) -> AnyView {
    let mut v = view! { <span>{text.get(r.span.range()).unwrap_or("").to_string()}</span> }.into_any();
    if r.hit {
        v = view! { <mark>{v}</mark> }.into_any();
    }
    if r.quote {
        v = view! { <span class="quoted">{v}</span> }.into_any();
    }
    if let Some((a, x)) = r.actor.and_then(|a| s.corpus.actors.get(a as usize).map(|x| (a, x))) {
        v = view! {
            <span
                class="mention"
                class:hot=move || s.is_hot(a)
                title=x.name.as_str()
                data-actor=a.to_string()
                style:--actor=hex(x.color)
            >
                {v}
            </span>
        }
        .into_any();
    }
    if let Some((e, ev)) = r.event.and_then(|e| s.corpus.events.get(e as usize).map(|x| (e, x))) {
        let follow = move |ev: web_sys::MouseEvent| {
            ev.prevent_default();
            s.update(|q| {
                q.event = Some(e);
                q.article = None;
            });
        };
        v = view! {
            <a
                class="dated"
                href=format!("?view=events&event={}", ev.id)
                title=format!("{}: {}", format_at(ev.date, ev.range, ev.precision), ev.heading())
                data-event=e.to_string()
                on:click=follow
            >
                {v}
            </a>
        }
        .into_any();
    }
    v
}
