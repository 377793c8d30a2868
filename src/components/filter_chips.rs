//! Active filters as removable chips, with "Clear all".

use crate::state::use_state;
use leptos::prelude::*;

#[component]
pub fn FilterChips() -> impl IntoView {
    let s = use_state();
    move || {
        let filters = s.query.with(|q| q.filters());
        (!filters.is_empty()).then(|| {
            let chips = filters
                .into_iter()
                .map(|f| {
                    let label = s.query.with_untracked(|q| q.label(&f, s.corpus, &s.index.outlets));
                    let aria = format!("Remove filter {label}");
                    view! {
                        <li>
                            <button type="button" class="filter-chip" aria-label=aria on:click=move |_| s.update(|q| q.remove(&f))>
                                {label}
                                <span aria-hidden="true">" ×"</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="active-filters">
                    <h3 class="visually-hidden">"Active filters"</h3>
                    <ul>{chips}</ul>
                    <button type="button" class="clear" on:click=move |_| s.update(|q| q.clear_filters())>"Clear all"</button>
                </div>
            }
        })
    }
}
