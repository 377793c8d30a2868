//! Actor chips in legend colours; a chip lights up while its actor is hovered
//! in the legend.

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
                    <li class="chip" class:hot=move || s.hot_actor.get() == Some(a) style:--actor=hex(actor.color)>
                        {actor.name.clone()}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="chips" aria-label="Actors">{chips}</ul> }
    })
}
