//! The main area: view switch, sort, active filter chips, the live result
//! count, the selected event, and the cards (paged, so a 10,000-article
//! corpus keeps a small DOM), or an empty state that names what to loosen.

use super::{
    article_card::ArticleCard, event_card::EventCard, event_detail::EventDetail, filter_chips::FilterChips,
    header::plural, quote_card::QuoteCard,
};
use crate::state::use_state;
use dossier_explore::filter::loosen;
use dossier_explore::query::{Filter, Sort, View};
use leptos::prelude::*;

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
    let card = move |key: u64| {
        let i = key as u32;
        match key >> 32 {
            0 => view! { <ArticleCard ix=i/> }.into_any(),
            1 => view! { <EventCard ix=i/> }.into_any(),
            _ => view! { <QuoteCard ix=i/> }.into_any(),
        }
    };
    let status = move || {
        let v = view_kind.get();
        let (one, many) = nouns(v);
        let (n, t) = (count(v), total(v));
        if n == t {
            format!("Showing all {}", plural(n, one, many))
        } else {
            format!("Showing {n} of {}", plural(t, one, many))
        }
    };
    let searching = move || s.terms.with(|t| !t.is_empty());
    let sort_value = move || if s.query.with(|q| q.by_relevance()) { "relevance" } else { "date" };
    let switch = View::ALL
        .into_iter()
        .map(|v| {
            view! {
                <button
                    type="button"
                    aria-pressed=move || (view_kind.get() == v).to_string()
                    on:click=move |_| s.update(|q| q.view = v)
                >
                    {v.label()}
                    " "
                    <span class="n">{move || count(v)}</span>
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
                        prop:value=sort_value
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            s.update(|q| q.sort = if v == "relevance" { Sort::Relevance } else { Sort::Date });
                        }
                    >
                        <option value="date">"Date"</option>
                        <option value="relevance" disabled=move || !searching()>"Relevance"</option>
                    </select>
                </label>
            </div>
            <FilterChips/>
            <p class="status" role="status">{status}</p>
            <EventDetail/>
            <div class="card-list">
                <For each=items key=|k| *k children=card/>
            </div>
            {move || {
                (count(view_kind.get()) > limit.get())
                    .then(|| {
                        view! {
                            <button type="button" class="more" on:click=move |_| limit.update(|l| *l += PAGE)>
                                "Show more"
                            </button>
                        }
                    })
            }}
            {move || (count(view_kind.get()) == 0).then(|| view! { <Empty/> })}
        </main>
    }
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
