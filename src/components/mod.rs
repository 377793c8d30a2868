//! One component per file; each reads the shared [`crate::state::State`].

pub mod actor_chips;
pub mod card_dom;
pub mod cards;
pub mod event_detail;
pub mod filter_chips;
pub mod header;
pub mod legend;
pub mod reader;
pub mod timeline;
