//! Embed mode rules, kept out of the DOM code so they are tested natively:
//! which query parameters turn embed mode on, which parent origin (if any) may
//! send commands, what the "Open full explorer" link carries, and which
//! messages from a parent are acceptable.

/// Query parameter that turns on embed mode (`?embed=1`).
pub const EMBED_PARAM: &str = "embed";
/// Opt-in query parameter naming the one parent origin allowed to send commands.
pub const PARENT_PARAM: &str = "parent";
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
    strip(query, &[EMBED_PARAM, PARENT_PARAM])
}

/// Validates the state query of a `dossier:state` command from the allowed
/// parent and returns it with embed parameters from the current page kept, so
/// a parent cannot switch embed mode or the allowed origin.
pub fn command_query(requested: &str, current: &str) -> Option<String> {
    if requested.len() > MAX_COMMAND_QUERY || requested.chars().any(char::is_control) {
        return None;
    }
    let mut state = strip(requested, &[EMBED_PARAM, PARENT_PARAM]);
    for (key, value) in pairs(current) {
        if key == EMBED_PARAM || key == PARENT_PARAM {
            if !state.is_empty() {
                state.push('&');
            }
            state.push_str(&key);
            state.push('=');
            state.push_str(&encode(&value));
        }
    }
    Some(state)
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
        (decode(k), decode(v))
    })
}

/// The query without the given keys, other pairs left byte-for-byte as they were.
fn strip(query: &str, keys: &[&str]) -> String {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !keys.contains(&decode(p.split_once('=').map_or(*p, |(k, _)| k)).as_str()))
        .collect::<Vec<_>>()
        .join("&")
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
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
            let q = format!("embed=1&parent={}", encode(bad));
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
    fn decoding_tolerates_garbage() {
        assert_eq!(decode("%"), "%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("a+b%20c"), "a b c");
        assert_eq!(decode("%ff"), "\u{fffd}");
    }
}
