//! Article, event and quote cards, the active filter chips and the selected
//! event. Links keep real `href`s (open in a new tab works); a plain click is
//! handled in the app instead.

use crate::state::State;
use crate::store::Loading;
use dossier_explore::color::hex;
use dossier_explore::excerpt;
use dossier_explore::query::Filter;
use dossier_explore::search::{highlight, pieces};
use dossier_model::{format_at, Precision};
use leptos::prelude::*;

use super::header::plural;

/// `text` with the current search hits in `<mark>`, following the search.
fn highlighted(s: State, text: String) -> impl IntoView {
    move || s.terms(|terms| marked(&text, &highlight(&text, terms)))
}

/// `text` with the given hits in `<mark>`.
fn marked(text: &str, hits: &[dossier_model::Span]) -> Vec<AnyView> {
    pieces(text, hits)
        .into_iter()
        .map(|(p, hit)| if hit { view! { <mark>{p.to_string()}</mark> }.into_any() } else { p.to_string().into_any() })
        .collect()
}

/// While a search is active: passages of the article around its hits, with
/// the section (or paragraph) they are in, so a body-only hit shows why the
/// card matched. The body (and its shard) is fetched only once a search
/// asks for it.
fn excerpts(s: State, ix: u32) -> impl IntoView {
    move || {
        let found = s.terms(|t| {
            if t.is_empty() {
                return Vec::new();
            }
            match s.store.article(ix) {
                Loading::Ready((a, _)) => excerpt::excerpts(a, t, 2),
                Loading::Waiting | Loading::Failed(_) => Vec::new(),
            }
        });
        found
            .into_iter()
            .map(|e| {
                let place = e.section.clone().unwrap_or_else(|| format!("Paragraph {}", e.paragraph));
                view! {
                    <p class="excerpt">
                        <span class="where">{place}</span>
                        " "
                        {marked(&e.text, &e.hits)}
                    </p>
                }
            })
            .collect_view()
    }
}

/// A click the app handles itself: the main button, no modifier (so
/// Ctrl/Cmd-click still opens the link's `href` in a new tab).
fn plain(ev: &web_sys::MouseEvent) -> bool {
    !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0)
}

/// A link that opens an article in the reader.
fn open_link(s: State, ix: u32, label: impl IntoView + 'static) -> impl IntoView {
    let id = &s.corpus.articles[ix as usize].id;
    let open = move |ev: web_sys::MouseEvent| {
        if plain(&ev) {
            ev.prevent_default();
            s.update(|q| q.article = Some(ix));
        }
    };
    view! {
        <a href=format!("?article={id}") data-open=ix.to_string() on:click=open>
            {label}
        </a>
    }
}

/// Up to the given actors as coloured chips.
fn chips(s: State, actors: impl Iterator<Item = u32>) -> impl IntoView {
    let items: Vec<_> = actors
        .filter_map(|a| s.corpus.actors.get(a as usize).map(|x| (a, x)))
        .map(|(a, x)| {
            view! {
                <li
                    class=format!("chip shape-{}", x.shape)
                    class:hot=move || s.is_hot(a)
                    data-actor=a.to_string()
                    style:--actor=hex(x.color)
                >
                    {x.name.as_str()}
                </li>
            }
        })
        .collect();
    (!items.is_empty()).then(|| view! { <ul class="chips" aria-label="Actors">{items}</ul> })
}

/// "2 sources" and the articles that report event `e`.
fn sources(s: State, e: u32) -> impl IntoView {
    let srcs = &s.index.event_sources[e as usize];
    let items: Vec<_> = srcs
        .iter()
        .filter(|&&a| (a as usize) < s.corpus.articles.len())
        .map(|&a| view! { <li>{open_link(s, a, s.corpus.articles[a as usize].title.as_str())}</li> })
        .collect();
    view! {
        <p class="sources">{plural(srcs.len(), "source", "sources")}</p>
        <ul class="source-list">{items}</ul>
    }
}

#[component]
pub fn ArticleCard(s: State, ix: u32) -> impl IntoView {
    let a = &s.corpus.articles[ix as usize];
    let date = a.published.map(|d| {
        view! { <time datetime=d.iso()>{format_at(d, (d, d), a.published_precision.unwrap_or(Precision::Day))}</time> }
    });
    let n = s.index.article_events[ix as usize].len();
    view! {
        <article class="card article-card" id=format!("card-{ix}")>
            <h3>{open_link(s, ix, highlighted(s, a.title.clone()))}</h3>
            <p class="meta">{a.outlet.as_deref().map(|o| view! { <span class="outlet">{o}</span> })} {date}</p>
            <p class="lead">{highlighted(s, s.index.leads[ix as usize].clone())}</p>
            {excerpts(s, ix)}
            {chips(s, s.index.article_actors[ix as usize].iter().take(6).map(|&(x, _)| x))}
            {(n > 0).then(|| view! { <p class="n-events">{plural(n, "event", "events")}</p> })}
        </article>
    }
}

/// The event's full sentence below its heading (unless they are the same).
/// In a sharded corpus it comes with its part, once the card is on screen.
fn summary(s: State, ix: u32) -> impl IntoView {
    let heading = s.corpus.events[ix as usize].heading();
    move || match s.store.summary(ix) {
        Loading::Ready(t) if t != heading => Some(view! { <p class="summary">{highlighted(s, t.to_string())}</p> }),
        _ => None,
    }
}

#[component]
pub fn EventCard(s: State, ix: u32) -> impl IntoView {
    let e = &s.corpus.events[ix as usize];
    let select = move |ev: web_sys::MouseEvent| {
        if plain(&ev) {
            ev.prevent_default();
            s.update(|q| q.event = Some(ix));
        }
    };
    view! {
        <article class="card event-card" class:selected=move || s.query.with(|q| q.event == Some(ix))>
            <p class="meta">
                <time datetime=e.date.iso()>{format_at(e.date, e.range, e.precision)}</time>
            </p>
            <h3>
                <a href=format!("?view=events&event={}", e.id) data-select=ix.to_string() on:click=select>
                    {highlighted(s, e.heading().to_string())}
                </a>
            </h3>
            {summary(s, ix)}
            {chips(s, e.actors.iter().copied())}
            {sources(s, ix)}
        </article>
    }
}

#[component]
pub fn QuoteCard(s: State, ix: u32) -> impl IntoView {
    let q = &s.corpus.quotes[ix as usize];
    let actor = q.speaker_actor.and_then(|a| s.corpus.actors.get(a as usize));
    let speaker = actor.map(|a| a.name.as_str()).or_else(|| s.index.speaker(ix)).unwrap_or("Unattributed").to_string();
    let source = s.corpus.articles.get(q.article as usize).map(|a| {
        view! { <p class="meta">"In " {open_link(s, q.article, a.title.as_str())}</p> }
    });
    view! {
        <article class="card quote-card" style:--actor=hex(actor.map_or(0x6b7280, |a| a.color))>
            <h3>{highlighted(s, speaker)}</h3>
            <blockquote>{move || match s.store.quote(ix) {
                    Loading::Ready(t) => highlighted(s, t.to_string()).into_any(),
                    Loading::Waiting => "…".into_any(),
                    Loading::Failed(why) => why.into_any(),
                }}</blockquote>
            {source}
        </article>
    }
}

/// Removable chips for the active filters, then "Clear all".
#[component]
pub fn FilterChips(s: State) -> impl IntoView {
    let filters = Memo::new(move |_| s.query.with(|q| q.filters()));
    move || {
        let filters = filters.get();
        (!filters.is_empty()).then(|| {
            let chips: Vec<_> = filters
                .into_iter()
                .map(|f| {
                    let label = s.query.with_untracked(|q| q.label(&f, s.corpus, &s.index.outlets));
                    let remove = move |_| s.update(|q| q.remove(&f));
                    view! {
                        <li>
                            <button type="button" class="filter-chip" aria-label=format!("Remove filter {label}") on:click=remove>
                                {label.clone()}
                                <span aria-hidden="true">" ×"</span>
                            </button>
                        </li>
                    }
                })
                .collect();
            view! {
                <div class="active-filters">
                    <h3 class="visually-hidden">"Active filters"</h3>
                    <ul>{chips}</ul>
                    <button type="button" class="clear" on:click=move |_| s.update(|q| q.clear_filters())>
                        "Clear all"
                    </button>
                </div>
            }
        })
    }
}

/// The selected event: date, summary, actors and the articles reporting it.
#[component]
pub fn EventDetail(s: State) -> impl IntoView {
    let event = Memo::new(move |_| s.query.with(|q| q.event).filter(|&e| (e as usize) < s.corpus.events.len()));
    move || {
        event.get().map(|e| {
            let ev = &s.corpus.events[e as usize];
            view! {
                <section class="event-detail" aria-labelledby="event-detail-title">
                    <p class="meta">
                        <time datetime=ev.date.iso()>{format_at(ev.date, ev.range, ev.precision)}</time>
                    </p>
                    <h3 id="event-detail-title">{ev.heading()}</h3>
                    {summary(s, e)}
                    {chips(s, ev.actors.iter().copied())}
                    {sources(s, e)}
                    <button
                        type="button"
                        class="close"
                        aria-label="Deselect event"
                        on:click=move |_| s.update(|q| q.event = None)
                    >
                        "×"
                    </button>
                </section>
            }
        })
    }
}

/// Says why nothing matches, and offers the one change that helps most.
/// `none_at_all`: the corpus has no items of this kind, so no filter helps.
pub fn empty(s: State, many: &'static str, none_at_all: bool) -> impl IntoView {
    let hint = s.scores_untracked(|t| {
        s.query.with_untracked(|q| dossier_explore::filter::loosen(s.corpus, s.index, q, t.as_ref()))
    });
    let filters = if none_at_all { Vec::new() } else { s.query.with_untracked(|q| q.filters()) };
    let (text, action) = match hint {
        Some((f, n)) => {
            let label = s.query.with_untracked(|q| q.label(&f, s.corpus, &s.index.outlets));
            let what = match f {
                Filter::Actor(_) => "the actor",
                Filter::Kind(_) => "the kind",
                Filter::Outlet(_) => "the outlet",
                Filter::Dates => "the date range",
                Filter::Text => "the search",
            };
            let button = view! {
                <button type="button" on:click=move |_| s.update(|q| q.remove(&f))>
                    {format!("Remove {label}")}
                </button>
            }
            .into_any();
            (format!("No {many} match all these filters. Loosen {what} {label} to see {n}."), Some(button))
        }
        None if !filters.is_empty() => {
            let button = view! {
                <button type="button" class="clear" on:click=move |_| s.update(|q| q.clear_filters())>
                    "Clear all filters"
                </button>
            }
            .into_any();
            (format!("No {many} match these filters together."), Some(button))
        }
        None => (format!("This corpus has no {many} yet."), None),
    };
    view! {
        <div class="empty">
            <p>{text}</p>
            {action}
        </div>
    }
}
