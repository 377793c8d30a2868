//! The main area: view switch, sort, active filter chips, the live result
//! count, the selected event, and the cards (paged, so a 10,000-article
//! corpus keeps a small DOM), or an empty state that names what to loosen.

use super::{card_dom, event_detail::EventDetail, filter_chips::FilterChips, header::plural};
use crate::dom;
use crate::state::use_state;
use dossier_explore::filter::loosen;
use dossier_explore::query::{Filter, Sort, View};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const PAGE: usize = 30;

fn nouns(v: View) -> (&'static str, &'static str) {
    match v {
        View::Articles => ("article", "articles"),
        View::Events => ("event", "events"),
        View::Quotes => ("quote", "quotes"),
    }
}

#[component]
pub fn Cards() -> impl IntoView {
    let s = use_state();
    let view_kind = Memo::new(move |_| s.query.with(|q| q.view));
    let limit = RwSignal::new(PAGE);
    Effect::new(move |_| {
        s.results.track();
        limit.set(PAGE);
    });
    let count = move |v: View| {
        s.results.with(|r| match v {
            View::Articles => r.articles.len(),
            View::Events => r.events.len(),
            View::Quotes => r.quotes.len(),
        })
    };
    let total = move |v: View| match v {
        View::Articles => s.corpus.articles.len(),
        View::Events => s.corpus.events.len(),
        View::Quotes => s.corpus.quotes.len(),
    };
    let items = move || {
        let v = view_kind.get();
        let n = limit.get();
        s.results.with(|r| {
            let list = match v {
                View::Articles => &r.articles,
                View::Events => &r.events,
                View::Quotes => &r.quotes,
            };
            list.iter().take(n).map(|&i| ((v as u64) << 32) | u64::from(i)).collect::<Vec<u64>>()
        })
    };
    let list = NodeRef::<leptos::html::Div>::new();
    // Cards are rebuilt as plain DOM when the list, the search or the
    // selected event changes; focus is carried over by `data-focus`.
    Effect::new(move |_| {
        let Some(h) = list.get() else { return };
        let keys = items();
        let selected = s.query.with(|q| q.event);
        let focus =
            document().active_element().filter(|a| h.contains(Some(a))).and_then(|a| a.get_attribute("data-focus"));
        h.set_text_content(None);
        s.terms.with(|t| {
            for key in keys {
                let i = key as u32;
                let card = match key >> 32 {
                    0 => card_dom::article_card(s, i, key, t),
                    1 => card_dom::event_card(s, i, key, t, selected == Some(i)),
                    _ => card_dom::quote_card(s, i, key, t),
                };
                dom::append(&h, &card);
            }
        });
        if let Some(f) = focus {
            if let Ok(Some(e)) = h.query_selector(&format!("[data-focus=\"{f}\"]")) {
                if let Ok(e) = e.dyn_into::<web_sys::HtmlElement>() {
                    let _ = e.focus();
                }
            }
        }
    });
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return;
        }
        let Some(a) = dom::closest(ev.target(), "a") else { return };
        if let Some(ix) = dom::data_u32(&a, "data-open") {
            ev.prevent_default();
            s.update(|q| q.article = Some(ix));
        } else if let Some(ix) = dom::data_u32(&a, "data-select") {
            ev.prevent_default();
            s.update(|q| q.event = Some(ix));
        }
    };
    // View switch, sort, status and "Show more" are static markup kept up to
    // date by this effect.
    Effect::new(move |_| {
        let v = view_kind.get();
        let (one, many) = nouns(v);
        let (n, t) = (count(v), total(v));
        let status = if n == t {
            format!("Showing all {}", plural(n, one, many))
        } else {
            format!("Showing {n} of {}", plural(t, one, many))
        };
        dom::set_text("status", &status);
        for w in View::ALL {
            dom::pressed(&format!("view-{}", w.as_str()), w == v);
            dom::set_text(&format!("view-{}-n", w.as_str()), &count(w).to_string());
        }
        let searching = s.terms.with(|t| !t.is_empty());
        let rel = s.query.with(|q| q.by_relevance());
        if let Some(sel) = dom::by_id("sort").and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
            sel.set_value(if rel { "relevance" } else { "date" });
        }
        if searching {
            dom::by_id("sort-relevance").map(|e| e.remove_attribute("disabled"));
        } else {
            dom::set_attr("sort-relevance", "disabled", "");
        }
        dom::toggle_class("more", "hidden", n <= limit.get());
    });
    let switch = View::ALL
        .into_iter()
        .map(|v| {
            view! {
                <button type="button" id=format!("view-{}", v.as_str()) on:click=move |_| s.update(|q| q.view = v)>
                    {v.label()}
                    " "
                    <span class="n" id=format!("view-{}-n", v.as_str())></span>
                </button>
            }
        })
        .collect_view();

    view! {
        <main class="cards" id="main">
            <h2 class="visually-hidden">"Results"</h2>
            <div class="toolbar">
                <div class="switch" role="group" aria-label="View">{switch}</div>
                <label class="sort">
                    "Sort "
                    <select
                        id="sort"
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            s.update(|q| q.sort = if v == "relevance" { Sort::Relevance } else { Sort::Date });
                        }
                    >
                        <option value="date">"Date"</option>
                        <option value="relevance" id="sort-relevance">"Relevance"</option>
                    </select>
                </label>
            </div>
            <FilterChips/>
            <p class="status" role="status" id="status"></p>
            <EventDetail/>
            <div class="card-list" node_ref=list on:click=on_click></div>
            <button type="button" class="more hidden" id="more" on:click=move |_| limit.update(|l| *l += PAGE)>
                "Show more"
            </button>
            {move || (count(view_kind.get()) == 0).then(|| view! { <Empty/> })}
        </main>
    }
    .into_any()
}

/// Says why nothing matches, and offers the one change that helps most.
#[component]
fn Empty() -> impl IntoView {
    let s = use_state();
    let v = s.query.with_untracked(|q| q.view);
    let (_, many) = nouns(v);
    let hint = s.scores.with_untracked(|t| s.query.with_untracked(|q| loosen(s.corpus, s.index, q, t.as_ref())));
    let filtered = s.query.with_untracked(|q| !q.filters().is_empty());
    let body = match hint {
        Some((f, n)) => {
            let label = s.query.with_untracked(|q| q.label(&f, s.corpus, &s.index.outlets));
            let what = match f {
                Filter::Actor(_) => "the actor",
                Filter::Kind(_) => "the kind",
                Filter::Outlet(_) => "the outlet",
                Filter::Dates => "the date range",
                Filter::Text => "the search",
            };
            let msg = format!("No {many} match all these filters. Loosen {what} {label} to see {n}.");
            view! {
                <p>{msg}</p>
                <button type="button" on:click=move |_| s.update(|q| q.remove(&f))>{format!("Remove {label}")}</button>
            }
            .into_any()
        }
        None if filtered => view! {
            <p>{format!("No {many} match these filters together.")}</p>
            <button type="button" on:click=move |_| s.update(|q| q.clear_filters())>"Clear all filters"</button>
        }
        .into_any(),
        None => view! { <p>{format!("This corpus has no {many} yet.")}</p> }.into_any(),
    };
    view! { <div class="empty">{body}</div> }
}
