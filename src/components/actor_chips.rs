//! Actor chips in legend colours; `data-actor` lets the app light them up
//! while their actor is hovered in the legend (see `app::follow_hot_actor`).

use crate::state::use_state;
use dossier_explore::color::hex;
use leptos::prelude::*;

#[component]
pub fn ActorChips(actors: Vec<u32>) -> impl IntoView {
    let s = use_state();
    (!actors.is_empty()).then(|| {
        let chips = actors
            .into_iter()
            .filter_map(|a| s.corpus.actors.get(a as usize).map(|actor| (a, actor)))
            .map(|(a, actor)| {
                view! {
                    <li class="chip" data-actor=a style:--actor=hex(actor.color)>
                        {actor.name.clone()}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="chips" aria-label="Actors">{chips}</ul> }
    })
}
