//! The query string as a rendering of [`Query`]: stable parameter names,
//! defaults omitted, ids instead of indices. Parsing never fails: unknown
//! parameters, unknown ids and malformed values are dropped.
//!
//! `?view=events&actor=russia,turkey&mode=all&kind=person&outlet=BBC&q=ceasefire
//!  &from=2016-01-01&to=2017-12-31&sort=date&event=…&article=…&theme=dark`

use crate::index::Index;
use crate::query::{Mode, Query, Sort, Theme, View};
use dossier_model::{ActorKind, Corpus, Day};

/// Serialises a query, with a leading `?`, or `""` for the default state.
pub fn to_query_string(q: &Query, c: &Corpus, ix: &Index) -> String {
    let mut parts: Vec<(&str, String)> = Vec::new();
    if q.view != View::Articles {
        parts.push(("view", q.view.as_str().into()));
    }
    let ids: Vec<&str> = q.actors.iter().filter_map(|&a| c.actors.get(a as usize)).map(|a| a.id.as_str()).collect();
    if !ids.is_empty() {
        parts.push(("actor", ids.join(",")));
    }
    if q.mode == Mode::All {
        parts.push(("mode", "all".into()));
    }
    if !q.kinds.is_empty() {
        parts.push(("kind", q.kinds.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(",")));
    }
    for &o in &q.outlets {
        if let Some(name) = ix.outlets.get(o as usize) {
            parts.push(("outlet", name.clone()));
        }
    }
    if !q.text.trim().is_empty() {
        parts.push(("q", q.text.clone()));
    }
    if let Some(d) = q.from {
        parts.push(("from", d.iso()));
    }
    if let Some(d) = q.to {
        parts.push(("to", d.iso()));
    }
    match q.sort {
        Sort::Auto => {}
        Sort::Date => parts.push(("sort", "date".into())),
        Sort::Relevance => parts.push(("sort", "relevance".into())),
    }
    if let Some(e) = q.event.and_then(|e| c.events.get(e as usize)) {
        parts.push(("event", e.id.clone()));
    }
    if let Some(a) = q.article.and_then(|a| c.articles.get(a as usize)) {
        parts.push(("article", a.id.clone()));
    }
    match q.theme {
        Theme::Auto => {}
        Theme::Light => parts.push(("theme", "light".into())),
        Theme::Dark => parts.push(("theme", "dark".into())),
    }
    if parts.is_empty() {
        return String::new();
    }
    let mut out = String::from("?");
    for (i, (k, v)) in parts.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(k);
        out.push('=');
        encode_into(v, *k == "actor" || *k == "kind", &mut out);
    }
    out
}

/// Parses a query string (with or without `?`) against the corpus.
pub fn parse(qs: &str, c: &Corpus, ix: &Index) -> Query {
    let mut q = Query::default();
    for pair in qs.trim_start_matches('?').split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let v = decode(v);
        match k {
            "view" => q.view = View::ALL.into_iter().find(|x| x.as_str() == v).unwrap_or_default(),
            "actor" => {
                for id in v.split(',') {
                    if let Some(a) = c.actors.iter().position(|a| a.id == id) {
                        if !q.actors.contains(&(a as u32)) {
                            q.toggle_actor(a as u32);
                        }
                    }
                }
            }
            "mode" => q.mode = if v == "all" { Mode::All } else { Mode::Any },
            "kind" => {
                for k in v.split(',').filter_map(ActorKind::parse) {
                    if !q.kinds.contains(&k) {
                        q.toggle_kind(k);
                    }
                }
            }
            "outlet" => {
                if let Some(o) = ix.outlet_ix(&v) {
                    if !q.outlets.contains(&o) {
                        q.toggle_outlet(o);
                    }
                }
            }
            "q" => q.text = v.chars().filter(|c| !c.is_control()).take(200).collect(),
            "from" => q.from = Day::parse_iso(&v),
            "to" => q.to = Day::parse_iso(&v),
            "sort" => {
                q.sort = match v.as_str() {
                    "date" => Sort::Date,
                    "relevance" => Sort::Relevance,
                    _ => Sort::Auto,
                }
            }
            "event" => q.event = c.events.iter().position(|e| e.id == v).map(|e| e as u32),
            "article" => q.article = c.articles.iter().position(|a| a.id == v).map(|a| a as u32),
            "theme" => {
                q.theme = match v.as_str() {
                    "light" => Theme::Light,
                    "dark" => Theme::Dark,
                    _ => Theme::Auto,
                }
            }
            _ => {}
        }
    }
    q
}

/// Parameters owned by embed mode; kept verbatim whenever the explorer
/// rewrites the query, so an embedded view stays embedded.
pub use crate::embed::PASSTHROUGH;

/// `qs` (from [`to_query_string`]) plus the [`PASSTHROUGH`] parameters of
/// the `current` query string.
pub fn carry(qs: &str, current: &str) -> String {
    let kept: Vec<&str> = current
        .trim_start_matches('?')
        .split('&')
        .filter(|p| PASSTHROUGH.contains(&p.split('=').next().unwrap_or("")))
        .collect();
    if kept.is_empty() {
        return qs.to_string();
    }
    let mut out = if qs.is_empty() { String::from("?") } else { format!("{qs}&") };
    out.push_str(&kept.join("&"));
    out
}

/// Whether moving from `old` to `new` deserves its own history entry. Edits
/// to a search already under way replace the entry, so typing does not flood
/// the back button; starting a search or any other change pushes.
pub fn pushes(old: &Query, new: &Query) -> bool {
    let same_but_text = Query { text: new.text.clone(), ..old.clone() } == *new;
    !(same_but_text && !old.text.trim().is_empty() && !new.text.trim().is_empty())
}

/// Percent-encodes a form value.
pub fn encode(s: &str) -> String {
    let mut out = String::new();
    encode_into(s, false, &mut out);
    out
}

fn encode_into(s: &str, keep_comma: bool, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in s.as_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => out.push(b as char),
            b',' if keep_comma => out.push(','),
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 15) as usize] as char);
            }
        }
    }
}

/// Percent-decodes a form value; invalid escapes and invalid UTF-8 survive as
/// literal text or U+FFFD instead of failing.
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() && hex(b[i + 1]).is_some() && hex(b[i + 2]).is_some() => {
                out.push(hex(b[i + 1]).unwrap_or(0) * 16 + hex(b[i + 2]).unwrap_or(0));
                i += 2;
            }
            x => out.push(x),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::corpus;

    #[test]
    fn round_trip_every_field() {
        let c = corpus();
        let ix = Index::whole(&c);
        let q = Query {
            actors: vec![0, 1],
            mode: Mode::All,
            kinds: vec![ActorKind::Country, ActorKind::Person],
            outlets: vec![ix.outlet_ix("The New Arab").unwrap()],
            from: Day::parse_iso("2016-01-01"),
            to: Day::parse_iso("2017-12-31"),
            text: "cease fire, & «truce»".into(),
            view: View::Events,
            sort: Sort::Date,
            event: Some(1),
            article: Some(0),
            theme: Theme::Dark,
        };
        let s = to_query_string(&q, &c, &ix);
        assert!(s.starts_with(
            // Commas stay readable in the list parameters and are escaped elsewhere.
            "?view=events&actor=russia,turkey&mode=all&kind=country,person&outlet=The+New+Arab&q=cease+fire%2C+%26"
        ));
        assert!(
            s.contains("&from=2016-01-01&to=2017-12-31&sort=date&event=astana-talks-2017-01-23&article=a&theme=dark")
        );
        assert_eq!(parse(&s, &c, &ix), q);
        assert_eq!(to_query_string(&Query::default(), &c, &ix), "");
    }

    #[test]
    fn relevance_and_light_round_trip() {
        let c = corpus();
        let ix = Index::whole(&c);
        let q = Query { text: "talks".into(), sort: Sort::Relevance, theme: Theme::Light, ..Query::default() };
        let s = to_query_string(&q, &c, &ix);
        assert_eq!(s, "?q=talks&sort=relevance&theme=light");
        assert_eq!(parse(&s, &c, &ix), q);
    }

    #[test]
    fn encode_escapes_every_comma_and_decode_reads_either_case() {
        // Unlike the actor and kind lists, a plain value escapes its commas.
        assert_eq!(encode("a b,c&é~"), "a+b%2Cc%26%C3%A9~");
        assert_eq!(decode("%e2%82%ac+%2c%2C%aB"), "€ ,,\u{fffd}");
    }

    #[test]
    fn garbage_is_ignored() {
        let c = corpus();
        let ix = Index::whole(&c);
        let q = parse("?view=maps&actor=nobody,,turkey&mode=&from=2017-02-30&to=x&zzz=1&&=&%&q=%E2%82&sort=up&event=no&article=%ZZ&theme=neon", &c, &ix);
        assert_eq!(q, Query { actors: vec![1], text: "\u{fffd}".into(), ..Query::default() });
        assert_eq!(parse("", &c, &ix), Query::default());
        assert_eq!(parse("q=%", &c, &ix).text, "%");
    }

    #[test]
    fn embed_parameters_are_carried() {
        assert_eq!(
            carry("?view=events", "?embed=1&zzz=2&parent=https%3A%2F%2Fa.b"),
            "?view=events&embed=1&parent=https%3A%2F%2Fa.b"
        );
        assert_eq!(carry("", "?embed=1"), "?embed=1");
        assert_eq!(carry("?q=x", "?q=y"), "?q=x");
    }

    #[test]
    fn typing_replaces_other_changes_push() {
        let a = Query::default();
        let b = Query { text: "r".into(), ..a.clone() };
        let c = Query { text: "ru".into(), ..a.clone() };
        assert!(pushes(&a, &b));
        assert!(!pushes(&b, &c));
        assert!(pushes(&c, &Query { view: View::Quotes, ..c.clone() }));
        assert!(pushes(&c, &a));
    }
}
