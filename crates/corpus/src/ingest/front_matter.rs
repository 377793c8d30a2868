//! Markdown front matter: YAML between `---` lines or TOML between `+++`
//! lines. Only the flat keys Dossier uses are read (a small YAML subset:
//! `key: value`, quoted values, `[a, b]` and `- item` lists); anything else
//! is a warning with its line, never a failure.

use crate::report::Diagnostic;

/// Metadata from front matter; `None` fields were not given.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FrontMatter {
    pub title: Option<String>,
    /// The date as written, with its 1-based line.
    pub date: Option<(String, u32)>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
    pub tags: Vec<String>,
    pub standfirst: Option<String>,
}

const KEYS: &[&str] = &["title", "date", "outlet", "author", "url", "tags", "standfirst"];
/// Common synonyms from static-site generators.
const ALIASES: &[(&str, &str)] = &[
    ("source", "outlet"),
    ("publisher", "outlet"),
    ("publication", "outlet"),
    ("authors", "author"),
    ("byline", "author"),
    ("link", "url"),
    ("published", "date"),
    ("description", "standfirst"),
    ("summary", "standfirst"),
    ("subtitle", "standfirst"),
    ("keywords", "tags"),
    ("categories", "tags"),
];

/// Splits `text` into front matter and body. Returns the parsed metadata
/// (if there was a block), the body and the line number the body starts on.
pub fn split(text: &str, diags: &mut Vec<Diagnostic>) -> (Option<FrontMatter>, usize) {
    let fence = if text.starts_with("---\n") || text == "---" {
        "---"
    } else if text.starts_with("+++\n") {
        "+++"
    } else {
        return (None, 0);
    };
    let mut offset = fence.len() + 1;
    let mut lines = Vec::new();
    for (i, line) in text.get(offset..).unwrap_or("").split('\n').enumerate() {
        if line.trim_end() == fence || (fence == "---" && line.trim_end() == "...") {
            let body_start = (offset + line.len() + 1).min(text.len());
            let fm = if fence == "+++" { parse_toml(&lines, diags) } else { parse_yaml(&lines, diags) };
            return (Some(fm), body_start);
        }
        lines.push((i as u32 + 2, line));
        offset += line.len() + 1;
    }
    diags.push(Diagnostic::warning(
        Some(1),
        format!("front matter opened with `{fence}` is never closed; read as text"),
    ));
    (None, 0)
}

fn canonical(key: &str) -> Option<&'static str> {
    let k = key.trim().to_ascii_lowercase();
    KEYS.iter().find(|x| **x == k).copied().or_else(|| ALIASES.iter().find(|(a, _)| *a == k).map(|(_, c)| *c))
}

fn set(fm: &mut FrontMatter, key: &str, value: Value, line: u32, diags: &mut Vec<Diagnostic>) {
    let Some(k) = canonical(key) else {
        diags.push(Diagnostic::warning(
            Some(line),
            format!("front matter key `{key}` is not used (known keys: {})", KEYS.join(", ")),
        ));
        return;
    };
    let text = match &value {
        Value::One(s) => Some(s.clone()),
        Value::List(l) => (!l.is_empty()).then(|| l.join(", ")),
    };
    match k {
        "tags" => {
            fm.tags = match value {
                Value::One(s) => s.split(',').map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect(),
                Value::List(l) => l,
            }
        }
        "date" => fm.date = text.map(|t| (t, line)),
        "title" => fm.title = text,
        "outlet" => fm.outlet = text,
        "author" => fm.author = text,
        "url" => fm.url = text,
        _ => fm.standfirst = text,
    }
}

enum Value {
    One(String),
    List(Vec<String>),
}

fn unquote(s: &str) -> String {
    let s = s.trim();
    for q in ['"', '\''] {
        if let Some(inner) = s.strip_prefix(q).and_then(|r| r.strip_suffix(q)) {
            return inner.replace("\\\"", "\"");
        }
    }
    // A trailing YAML comment.
    s.split(" #").next().unwrap_or(s).trim().to_string()
}

fn parse_yaml(lines: &[(u32, &str)], diags: &mut Vec<Diagnostic>) -> FrontMatter {
    let mut fm = FrontMatter::default();
    let mut i = 0;
    while i < lines.len() {
        let (no, raw) = lines[i];
        i += 1;
        let line = raw.trim_end();
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            diags.push(Diagnostic::warning(Some(no), format!("front matter line is not `key: value`: {line:?}")));
            continue;
        };
        if key.starts_with([' ', '\t']) {
            diags.push(Diagnostic::warning(Some(no), "nested front matter is not used"));
            continue;
        }
        let value = value.trim();
        if value.is_empty() {
            // A block list of `- item` lines.
            let mut items = Vec::new();
            while i < lines.len() {
                let t = lines[i].1.trim();
                if let Some(item) = t.strip_prefix("- ") {
                    items.push(unquote(item));
                    i += 1;
                } else if t.is_empty() {
                    i += 1;
                } else {
                    break;
                }
            }
            set(&mut fm, key, Value::List(items), no, diags);
        } else if let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
            let items = inner.split(',').map(unquote).filter(|s| !s.is_empty()).collect();
            set(&mut fm, key, Value::List(items), no, diags);
        } else {
            set(&mut fm, key, Value::One(unquote(value)), no, diags);
        }
    }
    fm
}

fn parse_toml(lines: &[(u32, &str)], diags: &mut Vec<Diagnostic>) -> FrontMatter {
    let mut fm = FrontMatter::default();
    let src: String = lines.iter().map(|(_, l)| format!("{l}\n")).collect();
    let first = lines.first().map_or(2, |(n, _)| *n);
    let table: toml::Table = match src.parse() {
        Ok(t) => t,
        Err(e) => {
            let line = e.span().map(|s| first + src[..s.start.min(src.len())].matches('\n').count() as u32);
            diags.push(Diagnostic::warning(line, format!("TOML front matter is not valid: {}", e.message())));
            return fm;
        }
    };
    for (key, value) in table {
        // Line of the key, for messages.
        let line = lines.iter().find(|(_, l)| l.trim_start().starts_with(key.as_str())).map_or(first, |(n, _)| *n);
        let v = match value {
            toml::Value::String(s) => Value::One(s),
            toml::Value::Datetime(d) => Value::One(d.to_string()),
            toml::Value::Array(a) => {
                Value::List(a.into_iter().map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string)).collect())
            }
            other => Value::One(other.to_string()),
        };
        set(&mut fm, &key, v, line, diags);
    }
    fm
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_front_matter() {
        let text = "---\ntitle: \"Talks open\"\ndate: 2017-05-16\noutlet: Reuters\ntags: [a, b]\nfoo: 1\n---\nBody";
        let mut d = Vec::new();
        let (fm, at) = split(text, &mut d);
        let fm = fm.unwrap();
        assert_eq!(fm.title.as_deref(), Some("Talks open"));
        assert_eq!(fm.date, Some(("2017-05-16".into(), 3)));
        assert_eq!(fm.tags, vec!["a", "b"]);
        assert_eq!(&text[at..], "Body");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].line, Some(6));
    }

    #[test]
    fn toml_front_matter_and_block_lists() {
        let mut d = Vec::new();
        let (fm, _) = split("+++\ntitle = \"T\"\ndate = 2017-05-16\ntags = [\"x\"]\n+++\nBody", &mut d);
        let fm = fm.unwrap();
        assert_eq!((fm.title.as_deref(), fm.tags.len()), (Some("T"), 1));
        assert_eq!(fm.date.map(|d| d.0).as_deref(), Some("2017-05-16"));
        let (fm, _) = split("---\ntags:\n  - one\n  - two\n---\n", &mut d);
        assert_eq!(fm.unwrap().tags, vec!["one", "two"]);
        assert!(d.is_empty());
    }
}
