//! Reading the corpus folder: list files in a stable order and decode their
//! bytes to text. Non-article files are reported, never silently dropped.

use crate::report::{Diagnostic, FileOutcome, Report};
use std::path::Path;

/// One input file, decoded to text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Name relative to the corpus folder.
    pub name: String,
    pub text: String,
}

const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown"];

/// Lists the folder (sorted by name, so builds are reproducible) and decodes
/// every article file. Anything else is recorded in `report` as skipped.
pub fn read_dir(dir: &Path, report: &mut Report) -> std::io::Result<Vec<SourceFile>> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    let mut out = Vec::new();
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if path.is_dir() {
            report.push_file(
                &name,
                FileOutcome::Skipped { reason: "a folder; Dossier reads one level".into() },
                vec![],
            );
            continue;
        }
        if name == "dossier.toml" {
            report.push_file(&name, FileOutcome::Config, vec![]);
            continue;
        }
        let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
        if !ARTICLE_EXTENSIONS.contains(&ext.as_str()) {
            let reason = format!("not an article file (expected .txt or .md, found {})", describe_ext(&ext));
            report.push_file(&name, FileOutcome::Skipped { reason }, vec![]);
            continue;
        }
        match std::fs::read(&path) {
            Ok(bytes) => match decode(&bytes) {
                Ok(text) => out.push(SourceFile { name, text }),
                Err(reason) => report.push_file(
                    &name,
                    FileOutcome::Skipped { reason: reason.clone() },
                    vec![Diagnostic::error(None, reason)],
                ),
            },
            Err(e) => {
                let reason = format!("cannot read: {e}");
                report.push_file(
                    &name,
                    FileOutcome::Skipped { reason: reason.clone() },
                    vec![Diagnostic::error(None, reason)],
                );
            }
        }
    }
    Ok(out)
}

fn describe_ext(ext: &str) -> String {
    if ext.is_empty() {
        "no extension".into()
    } else {
        format!(".{ext}")
    }
}

/// Decodes file bytes to text. A first version: UTF-8 only.
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    String::from_utf8(bytes.to_vec()).map_err(|e| format!("not valid UTF-8 at byte {}", e.utf8_error().valid_up_to()))
}
