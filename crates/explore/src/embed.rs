//! Embed mode rules, kept out of the DOM code so they are tested natively:
//! which query parameters turn embed mode on, which parent origin (if any) may
//! send commands, what the "Open full explorer" link carries, and which
//! messages from a parent are acceptable.

use crate::url;

/// Query parameter that turns on embed mode (`?embed=1`).
pub const EMBED_PARAM: &str = "embed";
/// Opt-in query parameter naming the one parent origin allowed to send commands.
pub const PARENT_PARAM: &str = "parent";
/// The parameters that belong to embed mode rather than to the view.
pub const PASSTHROUGH: [&str; 2] = [EMBED_PARAM, PARENT_PARAM];
/// Longest state query a parent command may carry.
const MAX_COMMAND_QUERY: usize = 4096;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    pub embed: bool,
    /// Exact origin (`https://host[:port]`) allowed to post commands; `None`
    /// means commands from the parent are ignored.
    pub parent_origin: Option<String>,
}

impl EmbedOptions {
    /// Reads the options from a query string (with or without the leading `?`).
    /// Malformed values are ignored: an invalid `parent` origin enables nothing.
    pub fn from_query(query: &str) -> Self {
        let mut opts = EmbedOptions::default();
        for (key, value) in pairs(query) {
            match key.as_str() {
                EMBED_PARAM => opts.embed = matches!(value.as_str(), "1" | "true" | "yes" | ""),
                PARENT_PARAM if is_origin(&value) => opts.parent_origin = Some(value),
                _ => {}
            }
        }
        opts
    }
}

/// The query for the full explorer: the same state without the embed-only
/// parameters, so "Open full explorer" lands on the same view.
pub fn full_explorer_query(query: &str) -> String {
    strip(query, &PASSTHROUGH)
}

/// Validates the state query of a `dossier:state` command from the allowed
/// parent and returns it with embed parameters from the current page kept, so
/// a parent cannot switch embed mode or the allowed origin.
pub fn command_query(requested: &str, current: &str) -> Option<String> {
    if requested.len() > MAX_COMMAND_QUERY || requested.chars().any(char::is_control) {
        return None;
    }
    let state = strip(requested, &PASSTHROUGH);
    Some(crate::url::carry(&state, current).trim_start_matches('?').to_string())
}

/// The "Share / Embed" texts for the current view: the shareable link, and
/// the host snippet (an iframe plus the auto-height script). `page` is the
/// page URL without query, `query` the current query.
pub fn share_texts(page: &str, query: &str, title: &str) -> (String, String) {
    let state = full_explorer_query(query);
    let link = if state.is_empty() { page.to_string() } else { format!("{page}?{state}") };
    let src = if state.is_empty() { format!("{page}?embed=1") } else { format!("{page}?embed=1&{state}") };
    let dir = &page[..page.rfind('/').map_or(page.len(), |i| i + 1)];
    let snippet = format!(
        "<iframe src=\"{}\" title=\"{}\" data-dossier loading=\"lazy\" width=\"100%\" height=\"600\" \
         style=\"border:0\" allowfullscreen></iframe>\n<script src=\"{}embed.js\" defer></script>",
        escape_attr(&src),
        escape_attr(&format!("Dossier: {title}")),
        escape_attr(dir)
    );
    (link, snippet)
}

/// Escapes text for a double-quoted HTML attribute.
fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// `scheme://host[:port]` with an http(s) scheme and nothing after the authority.
pub fn is_origin(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://")) else { return false };
    let (host, port) = match rest.rsplit_once(':') {
        Some((h, p)) if !h.contains(']') || h.ends_with(']') => (h, Some(p)),
        _ => (rest, None),
    };
    !host.is_empty()
        && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '[' | ']' | ':'))
        && port.is_none_or(|p| p.chars().all(|c| c.is_ascii_digit()) && p.parse::<u16>().is_ok_and(|n| n > 0))
}

/// Query pairs, percent-decoded; keys without `=` get an empty value.
fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()).map(|p| {
        let (k, v) = p.split_once('=').unwrap_or((p, ""));
        (url::decode(k), url::decode(v))
    })
}

/// The query without the given keys, other pairs left byte-for-byte as they were.
fn strip(query: &str, keys: &[&str]) -> String {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !keys.contains(&url::decode(p.split_once('=').map_or(*p, |(k, _)| k)).as_str()))
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embed_mode_and_parent_origin() {
        assert_eq!(EmbedOptions::from_query(""), EmbedOptions::default());
        assert!(EmbedOptions::from_query("?embed=1").embed);
        assert!(!EmbedOptions::from_query("?embed=0").embed);
        let o = EmbedOptions::from_query("?embed=1&parent=https%3A%2F%2Fnews.example.org");
        assert_eq!(o.parent_origin.as_deref(), Some("https://news.example.org"));
        // Anything but a bare origin enables no commands.
        for bad in ["*", "https://a.org/path", "javascript:alert(1)", "https://", "http://a.org:99999", "null"] {
            let q = format!("embed=1&parent={}", url::encode(bad));
            assert_eq!(EmbedOptions::from_query(&q).parent_origin, None, "{bad}");
        }
        assert!(is_origin("http://127.0.0.1:8080"));
    }

    #[test]
    fn full_explorer_link_keeps_state_drops_embed() {
        assert_eq!(
            full_explorer_query("?embed=1&actor=russia&parent=https%3A%2F%2Fa.org&q=x%20y"),
            "actor=russia&q=x%20y"
        );
        assert_eq!(full_explorer_query(""), "");
    }

    #[test]
    fn parent_commands_cannot_change_embed_params() {
        let current = "embed=1&parent=https%3A%2F%2Fa.org";
        assert_eq!(
            command_query("?actor=iran&embed=0&parent=https%3A%2F%2Fevil.org", current).as_deref(),
            Some("actor=iran&embed=1&parent=https%3A%2F%2Fa.org")
        );
        assert_eq!(command_query(&"a=1&".repeat(2000), current), None);
        assert_eq!(command_query("a=\u{0}", current), None);
    }

    #[test]
    fn share_texts_carry_the_state_and_escape_the_title() {
        let (link, snippet) =
            share_texts("https://a.org/site/index.html", "?embed=1&view=events&actor=iran", "Talks \"2017\" <x>");
        assert_eq!(link, "https://a.org/site/index.html?view=events&actor=iran");
        assert!(snippet.contains("src=\"https://a.org/site/index.html?embed=1&amp;view=events&amp;actor=iran\""));
        assert!(snippet.contains("title=\"Dossier: Talks &quot;2017&quot; &lt;x&gt;\""));
        assert!(snippet.contains("loading=\"lazy\""));
        assert!(snippet.ends_with("<script src=\"https://a.org/site/embed.js\" defer></script>"));
        let (plain, _) = share_texts("https://a.org/", "", "T");
        assert_eq!(plain, "https://a.org/");
    }

    #[test]
    fn decoding_tolerates_garbage() {
        assert_eq!(url::decode("%"), "%");
        assert_eq!(url::decode("%zz%4"), "%zz%4");
        assert_eq!(url::decode("a+b%20c"), "a b c");
        assert_eq!(url::decode("%ff"), "\u{fffd}");
    }
}
