//! The masthead: corpus title and description, live counts for the current
//! selection, the search box, Share / Embed and the theme switch.

use super::share::Share;
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
    let counts = move || {
        let (a, e) = s.results(|r| (r.articles.len(), r.events.len()));
        let actors = s.facets(|f| f.active_actors());
        format!(
            "{} · {} · {}",
            plural(a, "article", "articles"),
            plural(actors, "actor", "actors"),
            plural(e, "event", "events")
        )
    };
    let theme = move || match s.query.with(|q| q.theme) {
        Theme::Auto => "Theme: auto",
        Theme::Dark => "Theme: dark",
        Theme::Light => "Theme: light",
    };
    let next_theme = move |_| {
        s.update(|q| {
            q.theme = match q.theme {
                Theme::Auto => Theme::Dark,
                Theme::Dark => Theme::Light,
                Theme::Light => Theme::Auto,
            }
        })
    };
    let description = (!s.corpus.description.is_empty())
        .then(|| view! { <p class="description">{s.corpus.description.as_str()}</p> });
    view! {
        <header class="masthead">
            <div class="masthead-text">
                <h1>{s.corpus.title.as_str()}</h1>
                {description}
                <p class="counts" id="counts">{counts}</p>
            </div>
            <div class="masthead-tools">
                <label class="visually-hidden" for="search">"Search articles"</label>
                <input
                    id="search"
                    type="search"
                    placeholder="Search articles…"
                    autocomplete="off"
                    prop:value=move || s.query.with(|q| q.text.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        s.update(|q| q.text = text);
                    }
                />
                <Share title=s.corpus.title.clone() />
                <button type="button" class="theme" id="theme" on:click=next_theme>{theme}</button>
            </div>
        </header>
    }
}
