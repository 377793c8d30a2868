//! An event card: date at its precision, summary, actors and sources.

use super::{actor_chips::ActorChips, article_card::open_link, header::plural, highlighted::Highlighted};
use crate::state::use_state;
use dossier_model::format_at;
use leptos::prelude::*;

#[component]
pub fn EventCard(ix: u32) -> impl IntoView {
    let s = use_state();
    let e = &s.corpus.events[ix as usize];
    let sources = &s.index.event_sources[ix as usize];
    let links = sources
        .iter()
        .filter_map(|&a| s.corpus.articles.get(a as usize).map(|art| (a, art)))
        .map(|(a, art)| view! { <li><a href=format!("?article={}", art.id) on:click=open_link(a)>{art.title.clone()}</a></li> })
        .collect_view();
    let select = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        s.update(|q| q.event = Some(ix));
    };
    view! {
        <article class="card event-card" class:selected=move || s.query.with(|q| q.event == Some(ix))>
            <p class="meta"><time datetime=e.date.iso()>{format_at(e.date, e.range, e.precision)}</time></p>
            <h3>
                <a href=format!("?view=events&event={}", e.id) on:click=select>
                    <Highlighted text=e.summary.clone()/>
                </a>
            </h3>
            <ActorChips actors=e.actors.clone()/>
            <p class="sources">{plural(sources.len(), "source", "sources")}</p>
            <ul class="source-list">{links}</ul>
        </article>
    }
}
