//! Reading the corpus folder: walk it and its sub-folders in a stable order
//! and decode each file's bytes to text. Non-article files are reported, never silently dropped.
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

/// Extensions read as text (plain or Markdown).
const TEXT_EXTENSIONS: &[&str] = &["txt", "md", "markdown"];
/// Extensions read as saved web pages.
const HTML_EXTENSIONS: &[&str] = &["html", "htm", "xhtml"];
/// Folders that tools create beside content; never articles.
const NOISE_FOLDERS: &[&str] = &["node_modules", "__pycache__", "target", "_files", "__MACOSX"];
/// Nesting deeper than this is a loop or a mistake, not a corpus.
const MAX_DEPTH: usize = 16;

/// Is this file name a saved web page?
pub fn is_html_name(name: &str) -> bool {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    HTML_EXTENSIONS.contains(&ext.as_str())
}

/// Walks the folder and its sub-folders (sorted by path, so builds are
/// reproducible) and decodes every article file. Names are paths relative to
/// `dir` with `/` separators. Anything else is recorded in `report` as skipped.
pub fn read_dir(dir: &Path, report: &mut Report) -> std::io::Result<Vec<SourceFile>> {
    let mut out = Vec::new();
    // The top folder must be readable; below it, problems go to the report.
    std::fs::read_dir(dir)?;
    walk(dir, "", 0, report, &mut out);
    Ok(out)
}

fn walk(dir: &Path, prefix: &str, depth: usize, report: &mut Report, out: &mut Vec<SourceFile>) {
    let entries = match std::fs::read_dir(dir).and_then(|rd| rd.collect::<Result<Vec<_>, _>>()) {
        Ok(mut e) => {
            e.sort_by_key(|e| e.file_name());
            e
        }
        Err(e) => {
            let name = prefix.trim_end_matches('/');
            skip(report, name, Diagnostic::error(None, format!("{name}: cannot read folder: {e}")));
            return;
        }
    };
    for entry in entries {
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        let path = entry.path();
        // `file_type` does not follow symbolic links, so a link cannot loop the walk.
        let kind = entry.file_type();
        if kind.as_ref().is_ok_and(|k| k.is_symlink()) && path.is_dir() {
            let reason = "a symbolic link to a folder; not followed".to_string();
            report.push_file(&name, FileOutcome::Skipped { reason }, vec![]);
            continue;
        }
        if path.is_dir() {
            let base = entry.file_name().to_string_lossy().into_owned();
            let reason = if base.starts_with('.') {
                Some("a hidden folder (name starts with a dot); not read".to_string())
            } else if NOISE_FOLDERS.iter().any(|n| base == *n || (n.starts_with('_') && base.ends_with(n))) {
                Some(format!("a {base:?} folder of tool or browser files; not read"))
            } else if depth + 1 >= MAX_DEPTH {
                Some(format!("nested more than {MAX_DEPTH} folders deep; not read"))
            } else {
                None
            };
            match reason {
                Some(reason) => report.push_file(&name, FileOutcome::Skipped { reason }, vec![]),
                None => walk(&path, &format!("{name}/"), depth + 1, report, out),
            }
            continue;
        }
        if name == crate::config::FILE_NAME {
            // Already reported by `config::load` when it had problems.
            if !report.files.iter().any(|f| f.file == name) {
                report.push_file(&name, FileOutcome::Config, vec![]);
            }
            continue;
        }
        if entry.file_name().to_string_lossy().starts_with('.') {
            let reason = "hidden or system file (name starts with a dot), not an article".to_string();
            report.push_file(&name, FileOutcome::Skipped { reason }, vec![]);
            continue;
        }
        let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
        let html = HTML_EXTENSIONS.contains(&ext.as_str());
        if !html && !TEXT_EXTENSIONS.contains(&ext.as_str()) {
            let reason =
                format!("not an article file (expected .html, .htm, .txt or .md, found {})", describe_ext(&ext));
            report.push_file(&name, FileOutcome::Skipped { reason }, vec![]);
            continue;
        }
        let decoded = std::fs::read(&path).map_err(|e| Diagnostic::error(None, format!("{name}: cannot read: {e}")));
        let decoded = decoded.and_then(|bytes| {
            let d = if html { decode_html(&bytes) } else { decode(&bytes) };
            d.map_err(|reason| Diagnostic::warning(None, format!("{name}: {reason}")))
        });
        match decoded {
            Ok(d) => out.push(SourceFile { name, text: d.text, warnings: d.warnings }),
            Err(diag) => skip(report, &name, diag),
        }
    }
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
        not_binary(bytes)?;
        utf8_or_cp1252(bytes, &mut warnings)
    };
    Ok(Decoded { text: normalise_newlines(&text), warnings })
}

/// `Err` with the reason when the bytes are a binary format, not text.
fn not_binary(bytes: &[u8]) -> Result<(), String> {
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
    Ok(())
}

/// Decodes a saved web page as a browser would: a byte-order mark first,
/// then the charset its `<meta>` declares, then UTF-8 when the bytes are
/// valid UTF-8, then a guess from the bytes (`chardetng`).
pub fn decode_html(bytes: &[u8]) -> Result<Decoded, String> {
    if bytes.starts_with(b"\xEF\xBB\xBF") || bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return decode(bytes);
    }
    not_binary(bytes)?;
    let mut warnings = Vec::new();
    let declared = meta_charset(bytes);
    let text = match declared {
        // A page cannot declare UTF-16 in its own ASCII bytes; browsers read UTF-8 then.
        Some(enc) if enc != encoding_rs::UTF_8 && enc != encoding_rs::UTF_16LE && enc != encoding_rs::UTF_16BE => {
            let (text, had_errors) = enc.decode_without_bom_handling(bytes);
            if had_errors {
                warnings.push(format!("some bytes are not valid {} as the page declares", enc.name()));
            }
            text.into_owned()
        }
        _ => match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(e) => {
                let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
                detector.feed(bytes, true);
                let enc = detector.guess(None, chardetng::Utf8Detection::Deny);
                let why = if declared.is_some() {
                    "declares UTF-8 but is not"
                } else {
                    "declares no charset and is not UTF-8"
                };
                warnings.push(format!(
                    "the page {why} (first bad byte at offset {}); decoded as {}, guessed from its bytes",
                    e.valid_up_to(),
                    enc.name()
                ));
                enc.decode_without_bom_handling(bytes).0.into_owned()
            }
        },
    };
    Ok(Decoded { text: normalise_newlines(&text), warnings })
}

/// The encoding named by `<meta charset>` or `<meta http-equiv content="...;
/// charset=...">` in the first 4 KB, as the HTML prescan looks for it.
fn meta_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let mut at = 0;
    while let Some(i) = find(&lower[at..], b"<meta") {
        let start = at + i;
        let end = find(&lower[start..], b">").map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + 7..];
            let rest = rest.iter().position(|&b| b != b' ').map_or(&rest[..0], |p| &rest[p..]);
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest: &[u8] = rest.trim_ascii_start();
                let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
                let len = rest
                    .iter()
                    .position(|b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .unwrap_or(rest.len());
                if let Some(enc) = encoding_rs::Encoding::for_label(&rest[..len]) {
                    return Some(enc);
                }
            }
        }
        at = end;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
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
    fn html_charset_from_meta_then_utf8_then_guess() {
        let latin = b"<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xe9</p></body></html>";
        assert!(decode_html(latin).unwrap().text.contains("Caf\u{e9}"));
        let equiv =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>\xcf\xf0\xe8</p>";
        assert!(decode_html(equiv).unwrap().text.contains("\u{41f}\u{440}\u{438}"));
        let utf8 = "<meta charset=utf-8><p>Caf\u{e9}</p>".as_bytes();
        let d = decode_html(utf8).unwrap();
        assert!(d.text.contains("Caf\u{e9}") && d.warnings.is_empty());
        // Declared UTF-8 but Latin-1 bytes: a guess, with a warning naming it.
        let wrong = b"<meta charset=utf-8><p>Le caf\xe9 \xe9tait ferm\xe9 \xe0 midi, d\xe9j\xe0.</p>";
        let d = decode_html(wrong).unwrap();
        assert!(d.text.contains("caf\u{e9}"), "{}", d.text);
        assert!(d.warnings[0].contains("declares UTF-8 but is not"), "{:?}", d.warnings);
    }

    #[test]
    fn line_endings_and_binary() {
        assert_eq!(decode(b"a\r\nb\rc\n").unwrap().text, "a\nb\nc\n");
        assert!(decode(b"abc\0def").unwrap_err().contains("NUL"));
        assert!(decode(b"\x89PNG\r\n\x1a\n").unwrap_err().contains("PNG"));
    }
}
