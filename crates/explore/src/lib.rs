//! The explorer's behaviour, independent of the DOM, so it is unit tested
//! natively and the Leptos components only wire signals to it. One module per
//! job; [`index::Index`] is built once per corpus and makes the rest cheap.

pub mod color;
pub mod embed;
pub mod excerpt;
pub mod facets;
pub mod filter;
pub mod index;
pub mod query;
pub mod reader;
pub mod search;
pub mod timeline;
pub mod url;

#[cfg(test)]
mod fixture;

pub use index::Index;
pub use query::Query;
