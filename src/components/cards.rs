//! The main area: view switch, sort, active filter chips, the live result
//! count, the selected event, and the cards (paged, so a 10,000-article
//! corpus keeps a small DOM), or an empty state that names what to loosen.

use super::card::{empty, ArticleCard, EventCard, EventDetail, FilterChips, QuoteCard};
use super::header::plural;
use crate::state::use_state;
use dossier_explore::query::{Sort, View};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// Cards shown at a time: a screenful and a half. More are added as "Show
/// more" nears the viewport (or on its click), so a keystroke builds, lays
/// out and paints a dozen cards, whatever the corpus size.
const PAGE: usize = 12;
/// How far below the viewport "Show more" starts loading the next page (an
/// IntersectionObserver root margin; a literal, as formatting a float would
/// add kilobytes of Wasm).
const AHEAD: &str = "0px 0px 800px 0px";

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
    // A new selection starts again with one page.
    Effect::new(move || {
        s.selection.track();
        if limit.get_untracked() != PAGE {
            limit.set(PAGE);
        }
    });
    let count = move |v: View| {
        s.results(|r| match v {
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
    // The cards on screen, keyed by view and index: a card that stays keeps
    // its element (and focus) while filters narrow or widen the list.
    let items = Memo::new(move |_| {
        let v = view_kind.get();
        let n = limit.get();
        s.results(|r| {
            let list = match v {
                View::Articles => &r.articles,
                View::Events => &r.events,
                View::Quotes => &r.quotes,
            };
            list.iter().take(n).map(|&i| (v, i)).collect::<Vec<_>>()
        })
    });
    // "Show more" coming within 800 px of the viewport (by scrolling, or
    // on a page too short to scroll) loads the next page. An
    // IntersectionObserver tells, so no script measures the layout (a
    // measure after each filter change forced a layout of the whole page).
    let more = NodeRef::<html::Button>::new();
    let next_page = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let near = (0..entries.length())
            .any(|i| entries.get(i).unchecked_into::<web_sys::IntersectionObserverEntry>().is_intersecting());
        if near && count(view_kind.get_untracked()) > limit.get_untracked() {
            limit.update(|l| *l += PAGE);
        }
    });
    let init = web_sys::IntersectionObserverInit::new();
    init.set_root_margin(AHEAD);
    let observer = web_sys::IntersectionObserver::new_with_options(next_page.as_ref().unchecked_ref(), &init).ok();
    // The cards live as long as the page, and so do the observer and its callback.
    next_page.forget();
    // The observer reports changes only; once the button is in the page, and
    // after the list changes (a new page, a new selection), it is asked
    // afresh and answers once the frame is laid out, so a button still near
    // loads the next page.
    Effect::new(move || {
        items.track();
        if let (Some(o), Some(b)) = (&observer, more.get()) {
            o.unobserve(&b);
            o.observe(&b);
        }
    });
    let status = move || {
        if let Some(why) = s.search.with(|x| x.waiting.clone()) {
            return why;
        }
        let v = view_kind.get();
        let (one, many) = nouns(v);
        let (n, t) = (count(v), total(v));
        if n == t {
            format!("Showing all {}", plural(n, one, many))
        } else {
            format!("Showing {n} of {}", plural(t, one, many))
        }
    };
    let switch = View::ALL
        .into_iter()
        .map(|v| {
            view! {
                <button
                    type="button"
                    id=format!("view-{}", v.as_str())
                    data-view=v.as_str()
                    aria-pressed=move || if view_kind.get() == v { "true" } else { "false" }
                    on:click=move |_| s.update(|q| q.view = v)
                >
                    {format!("{} ", v.label())}
                    // The count is shown, not part of the name: the status line says it.
                    <span class="n" id=format!("view-{}-n", v.as_str()) aria-hidden="true">
                        {move || count(v)}
                    </span>
                </button>
            }
        })
        .collect_view();
    let sort = move |ev| {
        let v = event_target_value(&ev);
        s.update(|q| q.sort = if v == "relevance" { Sort::Relevance } else { Sort::Date });
    };
    let empty_state = move || {
        let v = view_kind.get();
        // While the search index is on its way, the status line says so.
        let waiting = s.search.with(|x| x.waiting.is_some());
        (count(v) == 0 && !waiting).then(|| empty(s, nouns(v).1, total(v) == 0))
    };
    view! {
        <main class="cards" id="main">
            <h2 class="visually-hidden">"Results"</h2>
            <div class="toolbar">
                <div class="switch" role="group" aria-label="View">
                    {switch}
                </div>
                <label class="sort">
                    "Sort "
                    <select
                        id="sort"
                        on:change=sort
                        prop:value=move || if s.query.with(|q| q.by_relevance()) { "relevance" } else { "date" }
                    >
                        <option value="date">"Date"</option>
                        <option value="relevance" id="sort-relevance" disabled=move || s.terms(|t| t.is_empty())>
                            "Relevance"
                        </option>
                    </select>
                </label>
            </div>
            <div id="filter-chips">
                <FilterChips s />
            </div>
            <p class="status" id="status" role="status">
                {status}
            </p>
            <div id="event-detail">
                <EventDetail s />
            </div>
            <div class="card-list" id="card-list">
                <For each=move || items.get() key=|item| *item let:item>
                    {match item {
                        (View::Articles, i) => view! { <ArticleCard s ix=i /> }.into_any(),
                        (View::Events, i) => view! { <EventCard s ix=i /> }.into_any(),
                        (View::Quotes, i) => view! { <QuoteCard s ix=i /> }.into_any(),
                    }}
                </For>
            </div>
            <button
                type="button"
                class="more"
                class:hidden=move || count(view_kind.get()) <= limit.get()
                id="more"
                node_ref=more
                on:click=move |_| limit.update(|l| *l += PAGE)
            >
                "Show more"
            </button>
            <div id="empty">{empty_state}</div>
        </main>
    }
}
