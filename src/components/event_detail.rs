//! The selected event (from the timeline, a card or a dated phrase): its date,
//! summary, actors and the articles that report it.

use super::{actor_chips::ActorChips, header::plural};
use crate::state::use_state;
use dossier_model::format_at;
use leptos::prelude::*;

#[component]
pub fn EventDetail() -> impl IntoView {
    let s = use_state();
    move || {
        let ix = s.query.with(|q| q.event)?;
        let e = s.corpus.events.get(ix as usize)?;
        let sources = &s.index.event_sources[ix as usize];
        let links = sources
            .iter()
            .filter_map(|&a| s.corpus.articles.get(a as usize).map(|art| (a, art)))
            .map(|(a, art)| {
                let open = move |ev: leptos::ev::MouseEvent| {
                    if !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0) {
                        ev.prevent_default();
                        s.update(|q| q.article = Some(a));
                    }
                };
                view! { <li><a href=format!("?article={}", art.id) on:click=open>{art.title.clone()}</a></li> }
            })
            .collect_view();
        Some(view! {
            <section class="event-detail" aria-labelledby="event-detail-title">
                <p class="meta"><time datetime=e.date.iso()>{format_at(e.date, e.range, e.precision)}</time></p>
                <h3 id="event-detail-title">{e.summary.clone()}</h3>
                <ActorChips actors=e.actors.clone()/>
                <p class="sources">{plural(sources.len(), "source", "sources")}</p>
                <ul class="source-list">{links}</ul>
                <button type="button" class="close" aria-label="Deselect event" on:click=move |_| s.update(|q| q.event = None)>
                    "×"
                </button>
            </section>
        })
    }
}
