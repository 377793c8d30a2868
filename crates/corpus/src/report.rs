//! The build report: every input file ends up here, as an article or with the
//! reason it was skipped, plus warnings and errors with file and line.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// 1-based line in the file, when the problem has one.
    pub line: Option<u32>,
    pub message: String,
}

impl Diagnostic {
    pub fn warning(line: Option<u32>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, line, message: message.into() }
    }
    pub fn error(line: Option<u32>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Error, line, message: message.into() }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileOutcome {
    /// Became the article at this index of `Corpus::articles`.
    Article { index: usize },
    /// Same article as another file; merged into that one.
    Duplicate { of: String },
    /// Not an article (an image, `.DS_Store`, an empty file) or unreadable.
    Skipped { reason: String },
    /// A configuration file such as `dossier.toml`.
    Config,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileReport {
    pub file: String,
    pub outcome: FileOutcome,
    pub diagnostics: Vec<Diagnostic>,
    /// Where each metadata field came from ("title: JSON-LD headline"), for
    /// saved web pages; `dossier check` prints them.
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub files: Vec<FileReport>,
}

impl Report {
    /// The report for a terminal: the summary line, every error and skipped
    /// file, then at most `limit` other lines (warnings, field sources) and a
    /// count of the rest. A 100,000-file build would otherwise print tens of
    /// thousands of lines; `dossier check` still prints them all.
    pub fn summary(&self, limit: usize) -> String {
        let full = self.to_string();
        let mut out = String::new();
        let mut shown = 0;
        let mut hidden = 0;
        for (i, line) in full.lines().enumerate() {
            let always = i == 0 || line.starts_with("  error: ") || line.starts_with("  skipped ");
            if always || shown < limit {
                shown += usize::from(!always);
                out.push_str(line);
                out.push('\n');
            } else {
                hidden += 1;
            }
        }
        if hidden > 0 {
            out.push_str(&format!(
                "  … and {hidden} more lines of warnings and field sources (`dossier check` prints them all)\n"
            ));
        }
        out
    }

    pub fn push_file(&mut self, file: &str, outcome: FileOutcome, diagnostics: Vec<Diagnostic>) {
        self.files.push(FileReport { file: file.to_string(), outcome, diagnostics, sources: Vec::new() });
    }

    pub fn has_errors(&self) -> bool {
        self.files.iter().flat_map(|f| &f.diagnostics).any(|d| d.severity == Severity::Error)
    }

    pub fn articles(&self) -> usize {
        self.files.iter().filter(|f| matches!(f.outcome, FileOutcome::Article { .. })).count()
    }
}

impl fmt::Display for Report {
    /// One summary line, then per file: skips and merges with their reason,
    /// and every warning and error as `file:line: message`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let skipped = self.files.iter().filter(|f| matches!(f.outcome, FileOutcome::Skipped { .. })).count();
        let dups = self.files.iter().filter(|f| matches!(f.outcome, FileOutcome::Duplicate { .. })).count();
        let count =
            |sev: Severity| self.files.iter().flat_map(|f| &f.diagnostics).filter(|d| d.severity == sev).count();
        let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
        let n = |count: usize, what: &str| format!("{count} {what}{}", if count == 1 { "" } else { "s" });
        writeln!(
            f,
            "{} read: {}, {} merged, {} skipped; {}, {}",
            n(self.files.len(), "file"),
            n(self.articles(), "article"),
            n(dups, "duplicate"),
            skipped,
            n(errors, "error"),
            n(warnings, "warning")
        )?;
        for file in &self.files {
            // Messages usually name their file; do not print it twice.
            let own = |m: &'_ str| -> String {
                m.strip_prefix(file.file.as_str()).and_then(|r| r.strip_prefix(": ")).unwrap_or(m).to_string()
            };
            let mut reason_shown = None;
            match &file.outcome {
                FileOutcome::Skipped { reason } => {
                    writeln!(f, "  skipped {}: {}", file.file, own(reason))?;
                    reason_shown = Some(reason);
                }
                FileOutcome::Duplicate { of } => writeln!(f, "  merged {} into {of} (duplicate)", file.file)?,
                _ => {}
            }
            if !file.sources.is_empty() {
                writeln!(f, "  fields of {}: {}", file.file, file.sources.join("; "))?;
            }
            for d in &file.diagnostics {
                if reason_shown == Some(&d.message) {
                    continue;
                }
                let kind = match d.severity {
                    Severity::Warning => "warning",
                    Severity::Error => "error",
                };
                match d.line {
                    Some(line) => writeln!(f, "  {kind}: {}:{line}: {}", file.file, own(&d.message))?,
                    None => writeln!(f, "  {kind}: {}: {}", file.file, own(&d.message))?,
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_keeps_errors_and_skips_and_counts_the_rest() {
        let mut r = Report::default();
        for i in 0..5 {
            let warning = Diagnostic::warning(Some(3), format!("warning {i}"));
            r.push_file(&format!("{i}.txt"), FileOutcome::Article { index: i }, vec![warning]);
        }
        r.push_file("bad.txt", FileOutcome::Skipped { reason: "not UTF-8".into() }, vec![]);
        r.push_file("worse.txt", FileOutcome::Article { index: 5 }, vec![Diagnostic::error(Some(1), "broken")]);
        let s = r.summary(2);
        let lines: Vec<&str> = s.lines().collect();
        assert!(lines[0].starts_with("7 files read"), "{s}");
        assert_eq!(lines.iter().filter(|l| l.starts_with("  warning: ")).count(), 2, "{s}");
        assert!(s.contains("  skipped bad.txt: not UTF-8"), "{s}");
        assert!(s.contains("  error: worse.txt:1: broken"), "{s}");
        assert!(
            s.ends_with("… and 3 more lines of warnings and field sources (`dossier check` prints them all)\n"),
            "{s}"
        );
        assert_eq!(r.summary(100), r.to_string());
    }
}
