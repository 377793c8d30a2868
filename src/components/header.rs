//! The masthead: corpus title and description, live counts for the current
//! selection, the search box and the theme switch. Static markup; one effect
//! writes the changing bits (cheaper in Wasm than a reactive node each).

use crate::dom;
use crate::state::use_state;
use dossier_explore::query::Theme;
use leptos::prelude::*;

/// "1 article", "2 articles".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[component]
pub fn Header() -> impl IntoView {
    let s = use_state();
    Effect::new(move |_| {
        let (a, e) = s.results.with(|r| (r.articles.len(), r.events.len()));
        let actors = s.facets.with(|f| f.active_actors());
        dom::set_text(
            "counts",
            &format!(
                "{} · {} · {}",
                plural(a, "article", "articles"),
                plural(actors, "actor", "actors"),
                plural(e, "event", "events")
            ),
        );
        let (theme, text) = s.query.with(|q| (q.theme, q.text.clone()));
        dom::set_text(
            "theme",
            match theme {
                Theme::Auto => "Theme: auto",
                Theme::Dark => "Theme: dark",
                Theme::Light => "Theme: light",
            },
        );
        dom::set_value("search", &text);
    });
    let next_theme = move |_| {
        s.update(|q| {
            q.theme = match q.theme {
                Theme::Auto => Theme::Dark,
                Theme::Dark => Theme::Light,
                Theme::Light => Theme::Auto,
            }
        })
    };
    let description = (!s.corpus.description.is_empty()).then(|| s.corpus.description.clone());
    view! {
        <header class="masthead">
            <div class="masthead-text">
                <h1>{s.corpus.title.clone()}</h1>
                <p class="description" class:hidden=description.is_none()>{description.clone().unwrap_or_default()}</p>
                <p class="counts" id="counts"></p>
            </div>
            <div class="masthead-tools">
                <label class="visually-hidden" for="search">"Search articles"</label>
                <input
                    id="search"
                    type="search"
                    placeholder="Search articles…"
                    autocomplete="off"
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        s.update(|q| q.text = v);
                    }
                />
                <button type="button" class="theme" id="theme" on:click=next_theme></button>
            </div>
        </header>
    }
    .into_any()
}
