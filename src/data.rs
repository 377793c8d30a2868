//! The corpus bundle, embedded by `build.rs` and decoded once at start-up.

use dossier_model::Corpus;

static BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// Decodes the embedded corpus. A failure means a stale or corrupt build.
pub fn load() -> Result<Corpus, dossier_model::DecodeError> {
    dossier_model::decode(BUNDLE)
}
