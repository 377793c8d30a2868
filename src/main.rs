//! Dossier explorer: a client-side Leptos app. It fetches the corpus data that
//! `dossier build` writes beside it and renders it; it never extracts anything
//! itself, and the same build serves every corpus.

mod app;
mod components;
mod data;
mod embed;
mod history;
mod state;
mod store;

fn main() {
    leptos::mount::mount_to_body(app::App);
}
