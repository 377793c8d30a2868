//! One component per file; each reads the shared [`crate::state::State`].

pub mod actor_chips;
pub mod article_card;
pub mod cards;
pub mod event_card;
pub mod event_detail;
pub mod filter_chips;
pub mod header;
pub mod highlighted;
pub mod legend;
pub mod quote_card;
pub mod reader;
pub mod timeline;
