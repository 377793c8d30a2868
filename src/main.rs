//! Dossier explorer: a client-side Leptos app. It decodes the corpus bundle
//! embedded at build time and renders it; it never extracts anything itself.

mod app;
mod components;
mod data;
mod dom;
mod embed;
mod history;
mod local;
mod state;

fn main() {
    leptos::mount::mount_to_body(app::start);
    embed::start();
}
