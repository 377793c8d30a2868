//! The root component and page layout: header, timeline strip, actor legend,
//! cards. Each region is its own component as it grows.

use dossier_model::{format_at, Article, Corpus, Precision};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn App() -> impl IntoView {
    match crate::data::load() {
        Ok(corpus) => view! { <Explorer corpus=Arc::new(corpus)/> }.into_any(),
        Err(e) => view! {
            <main class="fatal"><h1>"Dossier could not load its data"</h1><p>{e.to_string()}</p></main>
        }
        .into_any(),
    }
}

#[component]
fn Explorer(corpus: Arc<Corpus>) -> impl IntoView {
    let counts =
        format!("{} articles · {} actors · {} events", corpus.articles.len(), corpus.actors.len(), corpus.events.len());
    let order = dossier_explore::articles_by_date(&corpus);
    let cards = order.into_iter().map(|i| view! { <ArticleCard article=corpus.articles[i].clone()/> }).collect_view();
    view! {
        <header class="masthead">
            <h1>{corpus.title.clone()}</h1>
            <p class="counts">{counts}</p>
        </header>
        <section class="timeline" aria-label="Timeline">
            <p class="placeholder">"Timeline"</p>
        </section>
        <div class="layout">
            <nav class="legend" aria-label="Actors">
                <h2>"Actors"</h2>
            </nav>
            <main class="cards">
                <h2 class="visually-hidden">"Articles"</h2>
                {cards}
            </main>
        </div>
    }
}

#[component]
fn ArticleCard(article: Article) -> impl IntoView {
    let date = article.published.map(|d| format_at(d, (d, d), Precision::Day));
    let lead = article.lead();
    view! {
        <article class="card">
            <h3>{article.title.clone()}</h3>
            <p class="meta">
                {article.outlet.clone()}
                {date.map(|d| view! { <time>{d}</time> })}
            </p>
            <p class="lead">{lead}</p>
        </article>
    }
}
