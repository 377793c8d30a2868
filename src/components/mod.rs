//! One component per file; each reads the shared [`crate::state::State`].

pub mod card;
pub mod cards;
pub mod header;
pub mod legend;
pub mod reader;
pub mod share;
pub mod timeline;
