//! An article card: title (opens the reader), outlet, date, lead, actor chips
//! and how many events it reports.

use super::{actor_chips::ActorChips, header::plural, highlighted::Highlighted};
use crate::state::use_state;
use dossier_model::{format_at, Precision};
use leptos::prelude::*;

/// Opens the reader for an article without leaving the page.
pub fn open_link(ix: u32) -> impl Fn(leptos::ev::MouseEvent) + Copy {
    let s = use_state();
    move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        s.update(|q| q.article = Some(ix));
    }
}

#[component]
pub fn ArticleCard(ix: u32) -> impl IntoView {
    let s = use_state();
    let a = &s.corpus.articles[ix as usize];
    let date = a.published.map(|d| {
        let p = a.published_precision.unwrap_or(Precision::Day);
        view! { <time datetime=d.iso()>{format_at(d, (d, d), p)}</time> }
    });
    let actors: Vec<u32> = s.index.article_actors[ix as usize].iter().take(6).map(|&(x, _)| x).collect();
    let events = s.index.article_events[ix as usize].len();
    view! {
        <article class="card article-card" id=format!("card-{ix}")>
            <h3>
                <a href=format!("?article={}", a.id) on:click=open_link(ix)>
                    <Highlighted text=a.title.clone()/>
                </a>
            </h3>
            <p class="meta">
                {a.outlet.clone().map(|o| view! { <span class="outlet">{o}</span> })}
                {date}
            </p>
            <p class="lead"><Highlighted text=a.lead()/></p>
            <ActorChips actors=actors/>
            {(events > 0).then(|| view! { <p class="n-events">{plural(events, "event", "events")}</p> })}
        </article>
    }
}
