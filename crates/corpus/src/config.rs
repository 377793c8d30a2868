//! `articles/dossier.toml`, the optional corpus file: corpus title and
//! description, per-file metadata overrides, actor overrides. Unknown keys and
//! wrong types are errors with file, line and a hint.
//!
//! ```toml
//! title = "Syria talks"
//! description = "Coverage of the Astana process"
//!
//! [files."004_x.txt"]
//! title = "Fresh Syria talks in Astana"
//! date = "2017-01-23"
//! outlet = "BBC News"
//! author = "Jane Smith"
//! url = "https://example.org/story"
//! tags = ["syria", "astana"]
//!
//! [actors]   # see the actors documentation
//! ```

use crate::report::{Diagnostic, FileOutcome, Report};
use dossier_model::Article;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

pub const FILE_NAME: &str = "dossier.toml";

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub title: Option<String>,
    pub description: Option<String>,
    /// Per-file metadata, keyed by file name; wins over everything found in the file.
    #[serde(default)]
    pub files: BTreeMap<String, FileOverride>,
    /// Actor overrides, applied last by [`crate::actors`].
    #[serde(default)]
    pub actors: crate::actors::overrides::ActorOverrides,
}

/// Metadata for one file, set by hand in `dossier.toml`.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileOverride {
    pub title: Option<String>,
    pub standfirst: Option<String>,
    pub date: Option<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
    pub tags: Option<Vec<String>>,
    /// Line of the `[files."…"]` table, for messages.
    #[serde(skip)]
    pub line: Option<u32>,
}

impl FileOverride {
    /// Overwrites the article's metadata with every field given here.
    pub fn apply(&self, article: &mut Article, diags: &mut Vec<Diagnostic>) {
        if let Some(t) = &self.title {
            article.title = t.clone();
            article.title_derived = false;
        }
        if let Some(d) = &self.date {
            if let Err(e) = crate::ingest::set_published(article, d) {
                diags.push(Diagnostic::warning(None, format!("{FILE_NAME}: date {e}; the file's date is kept")));
            }
        }
        let fields = [
            (&mut article.standfirst, &self.standfirst),
            (&mut article.outlet, &self.outlet),
            (&mut article.author, &self.author),
            (&mut article.url, &self.url),
        ];
        for (field, value) in fields {
            if value.is_some() {
                field.clone_from(value);
            }
        }
        if let Some(tags) = &self.tags {
            article.tags = tags.clone();
        }
    }
}

/// Reads `dir/dossier.toml` when present. Errors go to the report; a broken
/// file yields the default config so the rest of the build still reports.
pub fn load(dir: &Path, report: &mut Report) -> Config {
    let path = dir.join(FILE_NAME);
    if !path.exists() {
        return Config::default();
    }
    let text =
        match std::fs::read(&path).map_err(|e| e.to_string()).and_then(|b| crate::load::decode(&b).map(|d| d.text)) {
            Ok(t) => t,
            Err(e) => {
                error(report, None, format!("{FILE_NAME}: cannot read: {e}"));
                return Config::default();
            }
        };
    match parse(&text) {
        Ok(config) => config,
        Err(diag) => {
            report.push_file(FILE_NAME, FileOutcome::Config, vec![diag]);
            Config::default()
        }
    }
}

/// Parses the text of `dossier.toml`; `Err` is an error diagnostic with the
/// line and a hint.
pub fn parse(text: &str) -> Result<Config, Diagnostic> {
    let mut config: Config = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start));
        let message = e.message().trim().to_string();
        Diagnostic::error(line, format!("{FILE_NAME}: {message}; hint: {}", hint(&message)))
    })?;
    for (name, o) in config.files.iter_mut() {
        o.line = text.find(&format!("\"{name}\"")).or_else(|| text.find(name.as_str())).map(|at| line_of(text, at));
        if let Some(d) = &o.date {
            if crate::ingest::parse_any_date(d).is_none_or(|p| p.year.is_none()) {
                let line = text.find(&format!("\"{d}\"")).map(|at| line_of(text, at)).or(o.line);
                return Err(Diagnostic::error(
                    line,
                    format!("{FILE_NAME}: date {d:?} for {name} is not a full date; hint: write it as \"2017-05-16\""),
                ));
            }
        }
    }
    Ok(config)
}

/// 1-based line of a byte offset.
fn line_of(text: &str, at: usize) -> u32 {
    let at = at.min(text.len());
    1 + text.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() as u32
}

/// A short fix for a TOML or schema error message.
fn hint(message: &str) -> String {
    if message.contains("unknown field") {
        let names: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
        if let Some((unknown, known)) = names.split_first() {
            if let Some(best) = known.iter().min_by_key(|k| edit_distance(unknown, k)) {
                if edit_distance(unknown, best) <= 3 {
                    return format!("did you mean `{best}`?");
                }
            }
            return format!("`{unknown}` is not a key here; known keys: {}", known.join(", "));
        }
    }
    if message.contains("invalid type") {
        return "check the value's type: text goes in double quotes, tags is a list such as [\"a\", \"b\"]".into();
    }
    if message.contains("duplicate key") {
        return "each key may appear once per table".into();
    }
    "check the TOML syntax on this line: strings need double quotes, tables look like [files.\"name.txt\"]".into()
}

/// Levenshtein distance, for "did you mean" hints.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

fn error(report: &mut Report, line: Option<u32>, message: String) {
    report.push_file(FILE_NAME, FileOutcome::Config, vec![Diagnostic::error(line, message)]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_config() {
        let c = parse("title = \"T\"\n[files.\"a.txt\"]\ndate = \"2017-05-16\"\ntags = [\"x\"]\n").unwrap();
        assert_eq!(c.title.as_deref(), Some("T"));
        assert_eq!(c.files["a.txt"].line, Some(2));
    }

    #[test]
    fn unknown_key_has_line_and_hint() {
        let e = parse("title = \"T\"\ndescriptoin = \"x\"\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.message.contains("did you mean `description`"), "{}", e.message);
        let e = parse("[files.\"a.txt\"]\noutlett = \"x\"\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.message.contains("`outlet`"), "{}", e.message);
    }

    #[test]
    fn wrong_type_and_syntax_and_bad_date() {
        let e = parse("title = 3\n").unwrap_err();
        assert_eq!(e.line, Some(1));
        assert!(e.message.contains("hint"));
        let e = parse("title = \"T\"\ndescription = \"unclosed\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        let e = parse("[files.\"a.txt\"]\ndate = \"soon\"\n").unwrap_err();
        assert_eq!(e.line, Some(2));
    }
}
