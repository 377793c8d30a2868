//! `articles/dossier.toml`, the optional corpus file: corpus title and
//! description, per-file metadata overrides, actor overrides. Unknown keys and
//! wrong types are errors with file, line and a hint.

use crate::report::{Diagnostic, FileOutcome, Report};
use std::path::Path;

pub const FILE_NAME: &str = "dossier.toml";

#[derive(Debug, Default, Clone)]
pub struct Config {
    pub title: Option<String>,
    pub description: Option<String>,
    /// Actor overrides, applied last by [`crate::actors`].
    pub actors: crate::actors::overrides::ActorOverrides,
}

/// Reads `dir/dossier.toml` when present. Errors go to the report; a broken
/// file yields the default config so the rest of the build still reports.
pub fn load(dir: &Path, report: &mut Report) -> Config {
    let path = dir.join(FILE_NAME);
    if !path.exists() {
        return Config::default();
    }
    // First version: the file is acknowledged; parsing comes with ingestion.
    let _ = report;
    Config::default()
}

#[allow(dead_code)]
fn error(report: &mut Report, line: Option<u32>, message: String) {
    report.push_file(FILE_NAME, FileOutcome::Config, vec![Diagnostic::error(line, message)]);
}
