//! Reading the corpus folder: list files in a stable order and decode their
//! bytes to text. Non-article files are reported, never silently dropped.
//!
//! Decoding policy: UTF-8 (with or without BOM) and UTF-16 with a BOM are
//! read as such. Bytes that are not valid UTF-8 are decoded as Windows-1252
//! (a superset of Latin-1 for printable text) with a warning, because scraped
//! Western text in a legacy encoding is far more common than garbage. Files
//! with NUL bytes, a known binary signature or mostly control bytes are
//! skipped with a reason. Line endings are normalised to `\n`.

use crate::report::{Diagnostic, FileOutcome, Report};
use std::path::Path;

/// One input file, decoded to text.
#[derive(Debug, Clone, Default)]
pub struct SourceFile {
    /// Name relative to the corpus folder.
    pub name: String,
    /// Decoded text with `\n` line endings.
    pub text: String,
    /// Decoding notes (a fallback encoding), reported as warnings.
    pub warnings: Vec<String>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile { name: name.into(), text: text.into(), warnings: Vec::new() }
    }
}

/// Text decoded from a file's bytes, with notes on how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub warnings: Vec<String>,
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
        if name == crate::config::FILE_NAME {
            // Already reported by `config::load` when it had problems.
            if !report.files.iter().any(|f| f.file == name) {
                report.push_file(&name, FileOutcome::Config, vec![]);
            }
            continue;
        }
        if name.starts_with('.') {
            let reason = "hidden or system file (name starts with a dot), not an article".to_string();
            report.push_file(&name, FileOutcome::Skipped { reason }, vec![]);
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
                Ok(d) => out.push(SourceFile { name, text: d.text, warnings: d.warnings }),
                Err(reason) => skip(report, &name, Diagnostic::warning(None, format!("{name}: {reason}"))),
            },
            Err(e) => skip(report, &name, Diagnostic::error(None, format!("{name}: cannot read: {e}"))),
        }
    }
    Ok(out)
}

/// Records a skipped file. Content that is not text is a warning (the build
/// goes on without it); a file that cannot be read at all is an error.
fn skip(report: &mut Report, name: &str, diag: Diagnostic) {
    report.push_file(name, FileOutcome::Skipped { reason: diag.message.clone() }, vec![diag]);
}

fn describe_ext(ext: &str) -> String {
    if ext.is_empty() {
        "no extension".into()
    } else {
        format!(".{ext}")
    }
}

/// Signatures of common binary formats that end up in article folders.
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"\x89PNG", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx)"),
    (b"\xD0\xCF\x11\xE0", "an old Office document"),
    (b"\x1F\x8B", "a gzip archive"),
    (b"\x00\x00\x00\x01Bud1", "a macOS .DS_Store file"),
];

/// Decodes file bytes to text (see the module doc for the policy). `Err`
/// carries the reason the bytes are not text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    let mut warnings = Vec::new();
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        utf8_or_cp1252(rest, &mut warnings)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        encoding_rs::UTF_16LE.decode_without_bom_handling(rest).0.into_owned()
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        encoding_rs::UTF_16BE.decode_without_bom_handling(rest).0.into_owned()
    } else {
        if let Some((_, what)) = SIGNATURES.iter().find(|(sig, _)| bytes.starts_with(sig)) {
            return Err(format!("binary file ({what}), not text"));
        }
        if let Some(at) = bytes.iter().position(|&b| b == 0) {
            return Err(format!("binary file: NUL byte at offset {at}, not text"));
        }
        let control = bytes.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)).count();
        if control > 8 && control * 10 > bytes.len() {
            return Err(format!("binary file: {control} control bytes in {} bytes, not text", bytes.len()));
        }
        utf8_or_cp1252(bytes, &mut warnings)
    };
    Ok(Decoded { text: normalise_newlines(&text), warnings })
}

fn utf8_or_cp1252(bytes: &[u8], warnings: &mut Vec<String>) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(e) => {
            warnings.push(format!(
                "not valid UTF-8 (first bad byte at offset {}); decoded as Windows-1252",
                e.valid_up_to()
            ));
            encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned()
        }
    }
}

/// CRLF and lone CR become LF; a stray BOM left after decoding is dropped.
fn normalise_newlines(s: &str) -> String {
    let s = s.strip_prefix('\u{FEFF}').unwrap_or(s);
    if !s.contains('\r') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("Caf\u{e9}".as_bytes()).unwrap().text, "Caf\u{e9}");
        assert_eq!(decode(b"\xEF\xBB\xBFHi").unwrap().text, "Hi");
    }

    #[test]
    fn utf16_with_bom() {
        let le: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Hi\u{e9}".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> =
            [0xFE, 0xFF].into_iter().chain("Hi\u{e9}".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode(&le).unwrap().text, "Hi\u{e9}");
        assert_eq!(decode(&be).unwrap().text, "Hi\u{e9}");
    }

    #[test]
    fn cp1252_fallback_warns() {
        let d = decode(b"Caf\xe9 \x93quoted\x94").unwrap();
        assert_eq!(d.text, "Caf\u{e9} \u{201c}quoted\u{201d}");
        assert!(d.warnings[0].contains("Windows-1252"));
    }

    #[test]
    fn line_endings_and_binary() {
        assert_eq!(decode(b"a\r\nb\rc\n").unwrap().text, "a\nb\nc\n");
        assert!(decode(b"abc\0def").unwrap_err().contains("NUL"));
        assert!(decode(b"\x89PNG\r\n\x1a\n").unwrap_err().contains("PNG"));
    }
}
