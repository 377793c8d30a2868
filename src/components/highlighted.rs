//! Text with search hits wrapped in `<mark>`, built as text nodes only.

use crate::state::use_state;
use dossier_explore::search::{highlight, pieces};
use leptos::prelude::*;

#[component]
pub fn Highlighted(text: String) -> impl IntoView {
    let s = use_state();
    move || {
        s.terms.with(|t| {
            let hits = highlight(&text, t);
            pieces(&text, &hits)
                .into_iter()
                .map(|(p, hit)| {
                    let p = p.to_string();
                    if hit {
                        view! { <mark>{p}</mark> }.into_any()
                    } else {
                        p.into_any()
                    }
                })
                .collect_view()
        })
    }
}
