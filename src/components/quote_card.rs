//! A quote card: the speaker as heading, the quoted words, and the article.

use super::{article_card::open_link, highlighted::Highlighted};
use crate::state::use_state;
use dossier_explore::color::hex;
use dossier_explore::index::quote_words;
use leptos::prelude::*;

#[component]
pub fn QuoteCard(ix: u32) -> impl IntoView {
    let s = use_state();
    let q = &s.corpus.quotes[ix as usize];
    let actor = q.speaker_actor.and_then(|a| s.corpus.actors.get(a as usize));
    let speaker = actor.map(|a| a.name.clone()).or_else(|| q.speaker.clone()).unwrap_or_else(|| "Unattributed".into());
    let color = hex(actor.map_or(0x6b7280, |a| a.color));
    let article = s.corpus.articles.get(q.article as usize);
    view! {
        <article class="card quote-card" style:--actor=color>
            <h3>{speaker}</h3>
            <blockquote><Highlighted text=quote_words(s.corpus, ix as usize)/></blockquote>
            {article.map(|a| {
                view! {
                    <p class="meta">
                        "In "
                        <a href=format!("?article={}", a.id) on:click=open_link(q.article)>{a.title.clone()}</a>
                    </p>
                }
            })}
        </article>
    }
}
