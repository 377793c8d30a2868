//! Classifying single lines: page furniture (captions, reading time, share
//! and navigation debris, "Read more:"), metadata headers ("Author:",
//! "Posted:", "By ..."), or text. Rules are about the shape of a line, never
//! about particular articles.

use super::dates::{self, DateLabel, DateParts};

/// What one non-empty line is.
#[derive(Debug, Clone, PartialEq)]
pub enum Class {
    Text,
    /// A header line carrying metadata; removed from the body.
    Meta(Meta),
    /// Page furniture with the reason it was removed.
    Furniture(&'static str),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Meta {
    Date(DateLabel, DateParts),
    ReadingMinutes(u32),
    /// A byline: author and/or outlet.
    Byline {
        author: Option<String>,
        outlet: Option<String>,
    },
}

impl Meta {
    pub fn reason(&self) -> &'static str {
        match self {
            Meta::Date(..) => "date header (kept as the publication date)",
            Meta::ReadingMinutes(_) => "reading time (kept as metadata)",
            Meta::Byline { .. } => "byline header (kept as author/outlet)",
        }
    }
}

/// Longer lines are never furniture or headers (captions and link lines
/// are well under this).
const MAX_FURNITURE_LEN: usize = 240;

pub fn classify(line: &str) -> Class {
    // Header and furniture lines are short; long lines are prose.
    if line.len() > MAX_FURNITURE_LEN + 16 {
        return Class::Text;
    }
    // Match on a folded copy (no-break spaces, curly quotes); the original
    // text is what the article keeps.
    let folded;
    let line = if line.contains(['\u{a0}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2009}', '\u{202f}']) {
        folded = fold(line);
        folded.trim()
    } else {
        line.trim()
    };
    if !line.chars().any(char::is_alphanumeric) {
        return Class::Furniture("decoration without words");
    }
    // Header and furniture lines are short; long lines are prose.
    if line.len() > MAX_FURNITURE_LEN {
        return Class::Text;
    }
    if let Some(n) = reading_minutes(line) {
        return Class::Meta(Meta::ReadingMinutes(n));
    }
    if line.len() <= 100 && dates::could_start_date(line) {
        if let Some((label, d)) = dates::parse_date_line(line) {
            return Class::Meta(Meta::Date(label, d));
        }
    }
    if let Some(meta) = byline(line).or_else(|| sign_off(line)) {
        return Class::Meta(meta);
    }
    if line.len() <= 80 && line.bytes().filter(|&b| b == b' ').count() < 7 {
        if let Some(c) = role_line(line) {
            return c;
        }
    }
    if let Some(reason) = furniture(line) {
        return Class::Furniture(reason);
    }
    Class::Text
}

fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{a0}' | '\u{2009}' | '\u{202f}' => ' ',
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            c => c,
        })
        .collect()
}

/// "3 min read", "5 minute read", "Reading time: 4 minutes", "2-min read".
pub fn reading_minutes(line: &str) -> Option<u32> {
    if line.len() > 40 || !line.starts_with(|c: char| c.is_ascii_digit() || c == 'R' || c == 'r') {
        return None;
    }
    let lower = line.to_lowercase();
    let l = lower.trim().trim_end_matches('.');
    let l = l.strip_prefix("reading time").map_or(l, |r| r.trim_start_matches([':', ' ']));
    let digits: String = l.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 3 {
        return None;
    }
    let rest = l[digits.len()..].trim_start_matches([' ', '-', '\u{a0}']);
    let ok = ["min read", "mins read", "minute read", "minutes read", "min", "mins", "minutes", "minute"]
        .iter()
        .any(|s| rest == *s && (s.ends_with("read") || lower.starts_with("reading time")));
    if ok {
        digits.parse().ok()
    } else {
        None
    }
}

/// Words that mark a name as a news outlet rather than a person.
const OUTLET_WORDS: &[&str] = &[
    "news",
    "press",
    "agency",
    "times",
    "post",
    "herald",
    "tribune",
    "journal",
    "telegraph",
    "guardian",
    "independent",
    "gazette",
    "daily",
    "observer",
    "monitor",
    "radio",
    "tv",
    "television",
    "network",
    "media",
    "online",
    "reuters",
    "afp",
    "ap",
    "bbc",
    "cnn",
    "tass",
    "xinhua",
    "sputnik",
    "agence",
    "presse",
    "associated",
    "bloomberg",
    "economist",
    "report",
    "review",
    "magazine",
    "channel",
    "broadcasting",
    "wire",
    "service",
    "sana",
    "irna",
    "mna",
    "anadolu",
    "aljazeera",
    "jazeera",
    "france",
    "newsweek",
    "politico",
];

/// Is `name` an outlet ("BBC news", "Reuters", "The Daily Star")?
pub fn is_outlet(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    let lower = name.to_lowercase();
    if lower.contains(".com") || lower.contains(".org") || lower.contains(".net") {
        return true;
    }
    words.iter().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        OUTLET_WORDS.contains(&w.as_str())
    }) || (words.len() == 1 && is_acronym(words[0]))
        || known_outlet(&lower)
}

/// Is `lower` (lower case) an outlet of `data/outlets.txt`, possibly with an
/// edition word after it ("Al-Ahram Weekly", "Deutsche Welle English")?
/// Names without a telling word ("Deutsche Welle") are only known by name.
fn known_outlet(lower: &str) -> bool {
    static KNOWN: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    let known = KNOWN.get_or_init(|| {
        include_str!("../../data/outlets.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_lowercase)
            .collect()
    });
    const EDITIONS: &[&str] = &["weekly", "online", "daily", "english", "international", "digital", "news"];
    let lower = lower.trim();
    known.contains(lower)
        || lower.rsplit_once(' ').is_some_and(|(head, last)| EDITIONS.contains(&last) && known.contains(head.trim()))
}

fn is_acronym(w: &str) -> bool {
    (2..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase())
}

/// Outlet names as the outlet writes them: "BBC news" → "BBC News". Lower
/// case words are capitalised (short function words inside the name stay);
/// upper case acronyms and mixed case words are kept.
pub fn normalise_outlet(name: &str) -> String {
    const SMALL: &[&str] = &["of", "the", "and", "for", "de", "du", "al", "la", "le", "on"];
    const ACRONYMS: &[&str] = &["bbc", "cnn", "afp", "ap", "tass", "rt", "npr", "abc", "cbs", "nbc", "upi", "dpa"];
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut out = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        let lower = w.to_lowercase();
        if ACRONYMS.contains(&lower.as_str()) {
            out.push(lower.to_uppercase());
        } else if w.chars().all(|c| !c.is_uppercase()) && (i == 0 || !SMALL.contains(&lower.as_str())) {
            let mut c = w.chars();
            out.push(c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default());
        } else {
            out.push(w.to_string());
        }
    }
    out.join(" ")
}

const AUTHOR_LABELS: &[&str] = &["author", "authors", "by", "written by", "words by", "reporter", "reporting by"];
const OUTLET_LABELS: &[&str] = &["source", "outlet", "publisher", "publication"];

/// "Author:\u{a0} BBC news", "By Jane Smith", "By Jane Smith, Reuters",
/// "Source: AFP". A plain "By ..." line must be short and capitalised.
fn byline(line: &str) -> Option<Meta> {
    if line.len() > 160
        || !line.starts_with(|c: char| matches!(c.to_ascii_lowercase(), 'a' | 'b' | 'w' | 'r' | 's' | 'o' | 'p'))
    {
        return None;
    }
    let lower = line.to_lowercase();
    let (labelled, value) = AUTHOR_LABELS.iter().chain(OUTLET_LABELS).find_map(|label| {
        let rest = line.get(label.len()..)?;
        if !lower.starts_with(label) {
            return None;
        }
        if let Some(v) = rest.strip_prefix(':') {
            Some((*label, v))
        } else if (*label == "by" || label.ends_with(" by")) && rest.starts_with([' ', '\u{a0}']) {
            Some((*label, rest))
        } else {
            None
        }
    })?;
    // "Tom Perry; Editing by ..." keeps the first credit.
    let value = value.split(';').next().unwrap_or(value);
    let value = value.trim_matches(|c: char| c.is_whitespace()).trim_end_matches('.');
    if value.is_empty() || value.split_whitespace().count() > 10 || value.ends_with(['?', '!']) {
        return None;
    }
    if labelled.starts_with("by") || labelled.ends_with(" by") {
        // "By the time talks began, ..." is prose, not a byline.
        if !value.chars().next().is_some_and(char::is_uppercase) || value.contains(". ") {
            return None;
        }
    }
    if OUTLET_LABELS.contains(&labelled) {
        return Some(Meta::Byline { author: None, outlet: Some(outlet_name(value)) });
    }
    // "Jane Smith, Reuters" / "Jane Smith | BBC News" / "Jane Smith - AFP".
    let split = [" | ", ", ", " - ", " – ", " for "].iter().find_map(|sep| value.split_once(sep));
    if let Some((a, b)) = split {
        if is_outlet(b.trim()) && !is_outlet(a.trim()) {
            let author = person_name(a)?;
            return Some(Meta::Byline { author: Some(author), outlet: Some(normalise_outlet(b.trim())) });
        }
    }
    if GENERIC_BYLINES.contains(&value.to_lowercase().as_str()) {
        Some(Meta::Byline { author: None, outlet: None })
    } else if is_outlet(value) {
        Some(Meta::Byline { author: None, outlet: Some(outlet_name(value)) })
    } else {
        // "Jane Smith in Geneva", "Jane Smith, staff writer": Jane Smith.
        let name = [" in ", " at ", " from ", ", ", " | ", " - ", " – "]
            .iter()
            .filter_map(|m| value.find(m))
            .min()
            .map_or(value, |at| &value[..at]);
        // A long remainder is a clause ("By Tuesday, officials had left").
        if value[name.len()..].split_whitespace().count() > 6 {
            return None;
        }
        Some(Meta::Byline { author: Some(person_name(name)?), outlet: None })
    }
}

/// The reporters of a wire credit: "(Reporting by Jane Smith in Kyiv and
/// Tom Lee in Warsaw; Editing by ...)" → "Jane Smith, Tom Lee". Editors and
/// "additional reporting" or "with reporting by" are never authors.
pub fn credit_author(line: &str) -> Option<String> {
    let lower = line.to_lowercase();
    let at = ["reporting by ", "writing by ", "reported by "]
        .iter()
        .filter_map(|m| lower.find(m).map(|i| (i, m.len())))
        .filter(|&(i, _)| !lower[..i].contains("additional"))
        .min()?;
    let value = line.get(at.0 + at.1..)?;
    let value = value.split([';', ')', '(']).next().unwrap_or(value);
    // "..., with reporting by X": the helpers that follow are not the byline.
    let value = [", with ", " with ", ", editing", ", writing"]
        .iter()
        .filter_map(|m| value.to_lowercase().find(m))
        .min()
        .map_or(value, |c| &value[..c]);
    let mut names: Vec<String> = Vec::new();
    for part in value.split(", ").flat_map(|p| p.split(" and ")).flat_map(|p| p.split(" & ")) {
        // "Jane Smith in Kyiv": the place is where, not who.
        let cut = [" in ", " at ", " from "].iter().filter_map(|m| part.find(m)).min();
        if let Some(name) = person_name(cut.map_or(part, |c| &part[..c]).trim().trim_end_matches('.')) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    (!names.is_empty()).then(|| names.join(", "))
}

/// A byline name: two or more capitalised words (name particles and "and"
/// allowed), so "By Tuesday, officials had left" is never taken for one.
/// All-caps names are title-cased.
fn person_name(s: &str) -> Option<String> {
    const SMALL: &[&str] = &["and", "de", "da", "del", "van", "von", "der", "al", "bin", "ibn", "la", "le", "du", "el"];
    let words: Vec<&str> = s.split_whitespace().collect();
    let ok = words.len() >= 2
        && words.len() <= 8
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || SMALL.contains(&w.to_lowercase().trim_end_matches('-'))
                || w.starts_with("al-")
                || *w == "&"
        });
    if !ok {
        return None;
    }
    let caps = s.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    Some(if caps { words.iter().map(|w| title_case(w)).collect::<Vec<_>>().join(" ") } else { words.join(" ") })
}

fn title_case(w: &str) -> String {
    let lower = w.to_lowercase();
    let mut c = lower.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// Agency sign-offs closing wire copy: "— AFP", "-- Reuters", "(AP)".
fn sign_off(line: &str) -> Option<Meta> {
    if line.len() > 40 {
        return None;
    }
    let inner = if let Some(r) = line.strip_prefix("--").or_else(|| line.strip_prefix(['-', '\u{2013}', '\u{2014}'])) {
        r.trim()
    } else {
        line.strip_prefix('(')?.strip_suffix(')')?.trim()
    };
    let inner = inner.trim_end_matches('.');
    if inner.is_empty() || inner.split_whitespace().count() > 4 || !inner.starts_with(char::is_uppercase) {
        return None;
    }
    is_outlet(inner).then(|| Meta::Byline { author: None, outlet: Some(outlet_name(inner)) })
}

/// Bylines that name neither a person nor an outlet.
const GENERIC_BYLINES: &[&str] = &[
    "staff",
    "staff writer",
    "staff reporter",
    "admin",
    "editor",
    "web desk",
    "news desk",
    "editorial",
    "editorial staff",
    "agencies",
    "news agencies",
    "our correspondent",
    "our reporter",
    "guest",
];

/// "Al Jazeera and news agencies" names one outlet: the first; "Reuters
/// Staff" is Reuters.
fn outlet_name(value: &str) -> String {
    let first = value.split(" and ").next().unwrap_or(value).trim();
    let name = if is_outlet(first) { first } else { value };
    let name = name.strip_suffix(" Staff").or_else(|| name.strip_suffix(" staff")).unwrap_or(name);
    normalise_outlet(name)
}

/// Words that make a short line a journalist's role.
const ROLE_WORDS: &[&str] =
    &["correspondent", "editor", "reporter", "journalist", "writer", "contributor", "columnist", "analyst", "staff"];

/// "Patrick Smith Diplomatic editor" (author with role) or "Chief
/// international correspondent" (role alone, under a byline).
fn role_line(line: &str) -> Option<Class> {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() > 7 || line.ends_with(['.', '!', '?', ':', ',']) {
        return None;
    }
    let role_at = words.iter().position(|w| ROLE_WORDS.contains(&w.to_lowercase().as_str()))?;
    // The role closes the line, or is followed by "at/for/of <outlet>".
    let after = &words[role_at + 1..];
    if !(after.is_empty() || (after.len() <= 4 && ["at", "for", "of"].contains(&after[0]))) {
        return None;
    }
    // "Letter from the editor" is a heading, not a role.
    const STOP: &[&str] = &["the", "a", "an", "from", "our", "to", "by", "with", "of", "and", "new", "former"];
    if words[..role_at].iter().any(|w| STOP.contains(&w.to_lowercase().as_str())) {
        return None;
    }
    let caps = words[..role_at].iter().take_while(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    // The last capitalised word before a lower-case role is its modifier.
    let name_len = if caps >= 3 { caps - 1 } else { caps };
    if name_len >= 2 && role_at > 0 {
        let author = words[..name_len].join(" ");
        return Some(Class::Meta(Meta::Byline { author: Some(author), outlet: None }));
    }
    Some(Class::Furniture("journalist's role line"))
}

/// Credits that end a photo or map caption: "[Getty]", "(AFP)", "[Reuters]".
const CREDITS: &[&str] = &[
    "getty",
    "afp",
    "reuters",
    "ap",
    "epa",
    "anadolu",
    "tass",
    "xinhua",
    "sana",
    "shutterstock",
    "alamy",
    "pa",
    "photo",
    "photos",
    "image",
    "images",
    "file",
    "credit",
    "courtesy",
    "picture",
    "pictures",
    "handout",
    "al jazeera",
    "bbc",
    "efe",
    "dpa",
    "ria novosti",
    "sputnik",
    "upi",
    "ansa",
    "archive",
    "screengrab",
    "twitter",
    "youtube",
    "facebook",
    "social media",
    "supplied",
    "via",
    "video",
];

/// Whole lines of share, navigation and link debris (compared lower case,
/// without trailing punctuation).
const DEBRIS: &[&str] = &[
    "share",
    "share this",
    "share this article",
    "share this story",
    "share article",
    "share on facebook",
    "share on twitter",
    "share via email",
    "tweet",
    "twitter",
    "facebook",
    "whatsapp",
    "linkedin",
    "telegram",
    "reddit",
    "email",
    "e-mail",
    "print",
    "copy link",
    "link copied",
    "comments",
    "comment",
    "advertisement",
    "sponsored",
    "skip to content",
    "skip to main content",
    "menu",
    "home",
    "close",
    "search",
    "subscribe",
    "sign up",
    "sign in",
    "log in",
    "login",
    "newsletter",
    "click here",
    "back to top",
    "top",
    "next",
    "previous",
    "next article",
    "previous article",
    "continue reading",
    "show more",
    "load more",
    "more",
    "related",
    "related articles",
    "related stories",
    "related content",
    "more on this story",
    "most read",
    "most popular",
    "trending",
    "you may also like",
    "you might also like",
    "more from",
    "latest news",
    "latest stories",
    "most viewed",
    "editor's picks",
    "recommended",
    "follow us",
    "image copyright",
    "image caption",
    "media caption",
    "getty images",
    "media playback is unsupported on your device",
    "this video can not be played",
    "listen",
    "listen to this article",
    "watch",
    "play video",
    "accept cookies",
    "view comments",
    "view gallery",
    "enlarge this image",
    "toggle caption",
    "loading",
    "have your say",
    "join the conversation",
    "agencies",
    "continue reading the main story",
    "story continues below advertisement",
    "article continues below",
    "scroll down for video",
    "watch the video",
    "click to expand",
    "expand",
    "hide caption",
    "show caption",
    "view full size",
    "loading ...",
    "get short url",
    "comments (0)",
    "view image in fullscreen",
    "image",
    "photo",
];

/// Line prefixes that start link or credit debris.
const DEBRIS_PREFIXES: &[&str] = &[
    "additional reporting",
    "(additional reporting",
    "(reporting by",
    "(writing by",
    "(editing by",
    "edited by",
    "translated by",
    "the views expressed",
    "editing by",
    "writing by",
    "compiled by",
    "news id",
    "news code",
    "from the section",
    "get short url",
    "related article",
    "related news",
    "recommended:",
    "see more",
    "watch:",
    "more:",
    "copyright ",
    "read more",
    "read also",
    "also read",
    "see also",
    "related:",
    "related coverage",
    "related topics",
    "more on ",
    "click here",
    "image copyright",
    "image caption",
    "image source",
    "media caption",
    "photo:",
    "photo credit",
    "picture:",
    "copyright ©",
    "©",
    "(c) ",
    "all rights reserved",
    "follow us on",
    "follow @",
    "subscribe to",
    "sign up for",
    "share this on",
    "posted by",
    "posted in",
    "filed under",
    "tags:",
    "topics:",
    "last updated",
    "published:",
    "posted:",
    "updated:",
    "author:",
];

/// The reason a line is furniture, or `None` for text.
fn furniture(line: &str) -> Option<&'static str> {
    if line.len() < 200 && (line.contains("ontributed to this report") || line.contains("contributed reporting")) {
        return Some("reporting credits");
    }
    if let Some(reason) = notice(line) {
        return Some(reason);
    }
    if line.len() <= 60 {
        let lower = line.to_lowercase();
        let bare = lower.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '.' | '»' | '>' | '›'));
        if DEBRIS.contains(&bare) {
            return Some("share or navigation debris");
        }
    }
    if (line.contains("nlarge") || line.contains("NLARGE"))
        && ["click to enlarge", "click image to enlarge"].iter().any(|p| line.to_lowercase().contains(p))
    {
        return Some("image or map caption (click to enlarge)");
    }
    let first = line.as_bytes().first().copied().unwrap_or(b' ').to_ascii_lowercase();
    let starts = |p: &str| {
        p.as_bytes().first() == Some(&first) && line.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p))
    };
    if let Some(p) = DEBRIS_PREFIXES.iter().find(|p| starts(p)) {
        if p.starts_with("read")
            || p.contains("also")
            || p.starts_with("related")
            || p.starts_with("more")
            || p.starts_with("see")
            || p.starts_with("recommended")
            || p.starts_with("watch")
        {
            // Linked headlines carry no full stop; "More on that later." is prose.
            if line.len() < 40 || (line.len() < 200 && !line.ends_with(['.', '!', '?'])) {
                return Some("link to another article");
            }
        } else if *p == "copyright "
            && !(line.contains("rights") || line.bytes().filter(u8::is_ascii_digit).count() >= 4)
        {
            // "Copyright law was ..." is prose, not a copyright line.
        } else if line.len() < 160 || p.starts_with("copyright") {
            return Some(match *p {
                "published:" | "posted:" | "updated:" | "author:" | "last updated" | "posted by" => "header line",
                _ if p.starts_with("image") || p.starts_with("photo") || p.starts_with("picture") => "image credit",
                _ if p.starts_with('©') || p.contains("copyright") || p.contains("(c)") || p.contains("rights") => {
                    "copyright line"
                }
                _ if p.contains("reporting") || p.contains(" by") => "reporting credits",
                "the views expressed" => "disclaimer",
                _ => "share or navigation debris",
            });
        }
    }
    if line.len() < 240
        && ["Photograph:", "Photo:", "Image:", "Picture:", "Photo credit:", "©"].iter().any(|m| line.contains(m))
    {
        return Some("photo caption with credit");
    }
    if line.len() < 100
        && starts("follow ")
        && ["twitter", "facebook", "instagram", "telegram", "@"].iter().any(|n| line.to_lowercase().contains(n))
    {
        return Some("share or navigation debris");
    }
    if line.ends_with([']', ')']) && is_credit_caption(line) {
        return Some("photo caption with agency credit");
    }
    if line.len() < 240 && line.contains("Image copyright") {
        return Some("photo caption with credit");
    }
    if trailing_credit(line) {
        return Some("photo caption with agency credit");
    }
    if line.contains(['|', '•', '·', '»', '›']) && is_nav_strip(line) {
        return Some("navigation links");
    }
    if is_sign_up(line) {
        return Some("newsletter sign-up");
    }
    if let Some(reason) = scrape_debris(line) {
        return Some(reason);
    }
    if is_time_stamp(line) {
        return Some("time stamp");
    }
    None
}

/// Fixed notices a site prints under every story: an affiliate disclosure
/// ("... may earn a commission"), a contact line closing an author's note
/// ("Follow her on Twitter @jdoe."), a form's reCAPTCHA notice, a share
/// prompt ("Liked this story? Share it with a friend!"), a copyright line
/// with the circled c some sites use (ⓒ).
fn notice(line: &str) -> Option<&'static str> {
    if line.len() > 400 {
        return None;
    }
    let lower = line.to_lowercase();
    let has = |keys: &[&str]| keys.iter().any(|k| lower.contains(k));
    if has(&[
        "affiliate link",
        "affiliate partnership",
        "affiliate commission",
        "may earn a commission",
        "may earn commission",
        "may receive a commission",
        "may earn a small commission",
        "earn a small commission",
        "may get a share of the sale",
        "may earn a share of the sale",
        "may receive a share of the sale",
    ]) {
        return Some("affiliate disclosure");
    }
    if line.len() < 300 {
        // "Follow him on Twitter" opening a sentence, not inside one.
        let follows = ["Follow him on ", "Follow her on ", "Follow them on ", "Follow me on "]
            .iter()
            .any(|f| line.match_indices(f).any(|(at, _)| at == 0 || line[..at].trim_end().ends_with(['.', '?', '!'])));
        if follows && has(&["twitter", "facebook", "instagram", "linkedin", "@"]) {
            return Some("author's contact line");
        }
    }
    // "With Post wires", "With wire services", "With agencies".
    if line.split_whitespace().count() <= 5
        && lower.starts_with("with ")
        && ["wires", "wire services", "agencies"].iter().any(|e| lower.trim_end_matches('.').ends_with(e))
    {
        return Some("reporting credits");
    }
    if has(&["protected by recaptcha"]) {
        return Some("form notice");
    }
    if line.len() < 100
        && ["like this", "liked this", "enjoy this", "enjoyed this", "did you like"]
            .iter()
            .any(|p| lower.starts_with(p))
        && ["share it", "share this", "share with"].iter().any(|k| lower.contains(k))
    {
        return Some("share prompt");
    }
    if line.len() < 160 && line.contains('\u{24d2}') {
        return Some("copyright line");
    }
    None
}

/// "Sign up to our Africa newsletter, delivered every Monday", "Get our
/// morning briefing straight to your inbox": a short line that opens with a
/// call to act and names a newsletter, briefing or inbox. Prose about a
/// newsletter does not open with the imperative.
fn is_sign_up(line: &str) -> bool {
    if line.len() > 160 {
        return false;
    }
    let lower = line.to_lowercase();
    let calls = [
        "sign up",
        "subscribe",
        "get our",
        "get the",
        "receive ",
        "join ",
        "don't miss",
        "enter your email",
        "let our",
        "stay ",
        "never miss",
        "be the first",
        "want ",
    ];
    let names = ["newsletter", "inbox", "briefing", "bulletin", "email updates", "email alerts"];
    calls.iter().any(|c| lower.starts_with(c)) && names.iter().any(|n| lower.contains(n))
}

/// A line that is only a clock time, as live pages stamp their updates:
/// "14:32 GMT", "2.32pm", "Updated 09:15 BST", "10:05 local time".
fn is_time_stamp(line: &str) -> bool {
    if line.len() > 40 {
        return false;
    }
    let mut words = line.split_whitespace().peekable();
    for _ in 0..2 {
        if words.peek().is_some_and(|w| {
            matches!(w.to_ascii_lowercase().trim_end_matches(':'), "updated" | "posted" | "at" | "update" | "published")
        }) {
            words.next();
        }
    }
    let Some(time) = words.next() else { return false };
    let time = time.trim_end_matches(['.', ',']);
    let lower = time.to_ascii_lowercase();
    let digits = lower.trim_end_matches("am").trim_end_matches("pm");
    let Some((h, m)) = digits.split_once([':', '.']) else { return false };
    let clock = (1..=2).contains(&h.len())
        && m.len() == 2
        && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
        && h.parse::<u8>().is_ok_and(|h| h < 24)
        && m.parse::<u8>().is_ok_and(|m| m < 60);
    if !clock {
        return false;
    }
    // What may follow: "a.m."/"p.m.", a time zone ("GMT", "BST", "ET") or "local time".
    let mut rest: Vec<&str> = words.collect();
    if rest.first().is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "a.m." | "p.m." | "am" | "pm")) {
        rest.remove(0);
    }
    match rest.as_slice() {
        [] => true,
        [tz] => tz.len() <= 5 && tz.chars().all(|c| c.is_ascii_uppercase() || c == '+' || c.is_ascii_digit()),
        [a, b] => a.eq_ignore_ascii_case("local") && b.eq_ignore_ascii_case("time"),
        _ => false,
    }
}

/// A caption ends with a bracketed credit and does not read as a sentence.
fn is_credit_caption(line: &str) -> bool {
    let t = line.trim_end();
    let (open, close) = match t.chars().next_back() {
        Some(']') => ('[', ']'),
        Some(')') => ('(', ')'),
        _ => return false,
    };
    let Some(at) = t.rfind(open) else { return false };
    let inner = t[at + 1..t.len() - close.len_utf8()].trim().to_lowercase();
    let before = t[..at].trim_end();
    if before.is_empty() || inner.is_empty() || inner.len() > 60 {
        return false;
    }
    let credit = CREDITS.iter().any(|c| {
        inner == *c
            || inner.split(|ch: char| !ch.is_alphanumeric()).any(|w| w == *c)
            || (c.contains(' ') && inner.contains(c))
    });
    // A sentence ending "... said (Reuters)" is rare; a caption has no full
    // stop before its credit or is short.
    credit && (!before.ends_with(['.', '!', '?']) || before.split_whitespace().count() <= 25)
}

/// Picture agencies, as they sign a credit ("Jane Doe/AFP", "AFP via Getty Images").
const AGENCIES: &[&str] = &[
    "afp",
    "ap",
    "reuters",
    "getty",
    "epa",
    "anadolu",
    "xinhua",
    "tass",
    "sana",
    "shutterstock",
    "alamy",
    "pa",
    "upi",
    "efe",
    "dpa",
    "ansa",
    "sputnik",
    "bloomberg",
];

/// A caption whose credit ends it without brackets: "Rescuers in the old
/// town. Jane Doe/AP", "… AFP via Getty Images", "… | Getty Images". The
/// line has no closing punctuation, at least four words before the credit,
/// ends on a capital, and the credit is a slash-joined agency signature or
/// a short capitalised segment after "|", "—" or "via" that names an agency.
/// A sentence ("… told Reuters.") ends with a stop, so it never matches.
fn trailing_credit(line: &str) -> bool {
    if line.len() > 240 || line.ends_with(|c: char| !c.is_alphanumeric()) {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let n = words.len();
    if n < 5 || !words[n - 1].starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let agency = |w: &str| AGENCIES.iter().any(|a| w.eq_ignore_ascii_case(a));
    // "Smith/AP", "AFP/Getty Images": the signature is one of the last three words.
    let signed = (n.saturating_sub(3)..n).find(|&i| {
        words[i].contains('/')
            && words[i].split('/').filter(|p| !p.is_empty()).count() >= 2
            && words[i].split('/').any(agency)
    });
    if let Some(i) = signed {
        return i >= 4;
    }
    // "… | Getty Images", "… — Reuters", "… AFP via Getty Images".
    let cut = (0..n).rev().take(6).find(|&i| matches!(words[i], "|" | "\u{2014}" | "via"));
    cut.is_some_and(|i| {
        let credit = &words[i + 1..];
        i >= 4
            && !credit.is_empty()
            && credit.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()))
            && credit.iter().any(|w| agency(w))
    })
}

/// Leftovers of a web page saved as text: a cookie banner ("We use cookies
/// ... Accept all"), a share or comment counter ("Share 1.2K", "340
/// Comments"), a stray markup tag (`</div>`). None of them can be prose: a
/// cookie line must also ask for consent, a counter is only a counter word
/// and a number, a tag line opens with `<` and closes with `>`.
fn scrape_debris(line: &str) -> Option<&'static str> {
    if line.len() < 300 {
        let lower = line.to_lowercase();
        if lower.contains("cookie")
            && [
                "we use",
                "this site uses",
                "this website uses",
                "accept",
                "consent",
                "manage preferences",
                "cookie policy",
                "cookie settings",
            ]
            .iter()
            .any(|k| lower.contains(k))
        {
            return Some("cookie banner");
        }
    }
    if line.len() <= 30 {
        let words: Vec<&str> = line.split_whitespace().collect();
        let counter_word = |w: &str| {
            matches!(
                w.to_lowercase().trim_end_matches(':'),
                "share"
                    | "shares"
                    | "tweet"
                    | "tweets"
                    | "comment"
                    | "comments"
                    | "like"
                    | "likes"
                    | "views"
                    | "pin"
                    | "email"
            )
        };
        let count = |w: &str| {
            let digits = w.trim_end_matches(['k', 'K', 'm', 'M']);
            !digits.is_empty()
                && digits.starts_with(|c: char| c.is_ascii_digit())
                && digits.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        };
        if words.len() == 2
            && ((counter_word(words[0]) && count(words[1])) || (count(words[0]) && counter_word(words[1])))
        {
            return Some("share or comment counter");
        }
    }
    if line.len() < 200 && line.starts_with('<') && line.ends_with('>') {
        return Some("markup tag");
    }
    None
}

/// "Home | World | Middle East" or "News • Sport • Weather".
fn is_nav_strip(line: &str) -> bool {
    for sep in ['|', '•', '·', '»', '›'] {
        let parts: Vec<&str> = line.split(sep).map(str::trim).collect();
        if parts.len() >= 3 && parts.iter().all(|p| !p.is_empty() && p.split_whitespace().count() <= 3) {
            return true;
        }
    }
    false
}

/// The author named in a section heading: "The new equation, by BBC chief
/// international correspondent Jane Smith" → "Jane Smith". Takes the run of
/// capitalised words (with name particles) that ends the heading after "by".
pub fn heading_author(heading: &str) -> Option<String> {
    const PARTICLES: &[&str] = &["de", "da", "del", "van", "von", "der", "al", "bin", "ibn", "la", "le", "du", "el"];
    let at = heading.rfind(" by ")?;
    let after = heading[at + 4..].trim().trim_end_matches(['.', ')']);
    let words: Vec<&str> = after.split_whitespace().collect();
    let mut start = words.len();
    while start > 0 {
        let w = words[start - 1];
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        let particle = PARTICLES.contains(&w.to_lowercase().trim_end_matches('-')) && start < words.len();
        if cap && !is_acronym(w) || particle {
            start -= 1;
        } else {
            break;
        }
    }
    // Particles cannot open a name.
    while start < words.len() && !words[start].chars().next().is_some_and(char::is_uppercase) {
        start += 1;
    }
    let name = &words[start..];
    (name.len() >= 2 && name.len() <= 5).then(|| name.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(line: &str) -> Option<&'static str> {
        match classify(line) {
            Class::Furniture(r) => Some(r),
            _ => None,
        }
    }

    #[test]
    fn captions_signed_without_brackets() {
        for caption in [
            "Volunteers sort donated clothes at the stadium. AFP/Getty Images",
            "Volunteers sort donated clothes at the stadium AFP via Getty Images",
            "Volunteers sort donated clothes at the stadium \u{2014} Reuters/Jane Doe",
            "Volunteers sort donated clothes at the stadium | Getty Images",
            "Volunteers sort donated clothes at the stadium. Jane Doe/AP",
            "Volunteers sort donated clothes at the stadium. Credit: Jane Doe/Reuters",
            "Volunteers sort donated clothes Image copyright Getty Images",
        ] {
            assert!(reason(caption).is_some(), "{caption}");
        }
        // Sentences and headings that mention agencies stay.
        for text in [
            "The minister told Reuters.",
            "The photos were distributed by Getty Images.",
            "A Reuters/Ipsos poll put support at 40 percent.",
            "Poll by Reuters/Ipsos",
            "What the latest Reuters/Ipsos poll shows",
            "Volunteers sort donated clothes at the stadium",
            "Talks via video link with Reuters editors",
            "Consumer Credit: what changes for borrowers",
        ] {
            assert_eq!(reason(text), None, "{text}");
        }
    }

    #[test]
    fn reading_time() {
        assert_eq!(reading_minutes("3 min read"), Some(3));
        assert_eq!(reading_minutes("Reading time: 4 minutes"), Some(4));
        assert_eq!(reading_minutes("3 min"), None);
        assert_eq!(reading_minutes("3 million read the report"), None);
    }

    #[test]
    fn captions_and_debris() {
        assert!(reason("The eighth round of talks began in the capital [Getty]").is_some());
        assert!(reason("Rebel fighters near the city (AFP)").is_some());
        assert!(reason("Syria provinces [click to enlarge]").is_some());
        assert!(reason("Read more:").is_some());
        assert!(reason("MORE ON SYRIA").is_some());
        assert_eq!(reason("More on the ceasefire will be discussed by the envoys in Geneva next week."), None);
        assert!(reason("Delegates arrive in the capital © Jane Doe / Reuters").is_some());
        assert!(reason("Read\u{a0}more: \u{201c}Talks\u{201d}").is_some());
        assert!(reason("Share this article").is_some());
        assert!(reason("Agencies contributed to this report.").is_some());
        assert!(reason("Copyright 2017 The Associated Press. All rights reserved.").is_some());
        assert_eq!(reason("Copyright law was not on the agenda of the talks."), None);
        assert!(reason("(Reporting by Jane Smith; Editing by Tom Jones)").is_some());
        assert!(reason("Home | World | Middle East").is_some());
        assert_eq!(reason("De-escalation zones"), None);
        assert_eq!(reason("The talks (held in Astana) ended."), None);
    }

    #[test]
    fn scraped_page_leftovers() {
        assert!(reason("We use cookies to personalise content. Accept all | Manage preferences").is_some());
        assert!(reason("This website uses cookies. By continuing you consent to our use of cookies.").is_some());
        assert_eq!(reason("The bakery sold 400 cookies a day before the strike."), None);
        assert!(reason("Share 3.4K").is_some());
        assert!(reason("127 Comments").is_some());
        assert!(reason("Tweet").is_some());
        assert_eq!(reason("Shares 4% higher"), None);
        assert_eq!(reason("Comments 12 and 13 were withdrawn."), None);
        assert!(reason("</section>").is_some());
        assert!(reason("<p class=\"lead\">").is_some());
        assert!(reason("Related topics: Trade, Energy").is_some());
    }

    #[test]
    fn reporters_of_a_wire_credit() {
        let a = |s: &str| credit_author(s);
        assert_eq!(
            a("(Reporting by Jane Smith in Oslo and Tom Lee; Editing by Ann Cole)").as_deref(),
            Some("Jane Smith, Tom Lee")
        );
        assert_eq!(
            a("(Reporting by Ana Ruiz, Li Wei, Sam Okafor, with reporting by Tom Lee, editing by Ann Cole.)")
                .as_deref(),
            Some("Ana Ruiz, Li Wei, Sam Okafor")
        );
        assert_eq!(a("Reporting by Ana María Ruiz; Writing by Tom Lee").as_deref(), Some("Ana María Ruiz"));
        assert_eq!(a("(Additional reporting by Jane Smith; Editing by Ann Cole)"), None);
        assert_eq!(a("(Editing by Ann Cole)"), None);
    }

    #[test]
    fn newsletter_sign_ups() {
        assert_eq!(reason("Sign up to our Asia newsletter, delivered every Friday"), Some("newsletter sign-up"));
        assert_eq!(reason("Get our morning briefing straight to your inbox."), Some("newsletter sign-up"));
        assert_eq!(reason("Subscribe to The Daily Brief"), Some("share or navigation debris"));
        assert_eq!(reason("The ministry's newsletter said the subscribers had doubled."), None);
        assert_eq!(
            reason("Let our editors fill your inbox: the day's stories, every evening."),
            Some("newsletter sign-up")
        );
        assert_eq!(reason("Never miss a story: get the briefing in your inbox"), Some("newsletter sign-up"));
    }

    #[test]
    fn site_notices() {
        let disclosures = [
            "When you buy through links on our site, we may earn a commission at no cost to you.",
            "Harbour Weekly has affiliate partnerships, which do not influence our coverage.",
            "If you buy through this post, the site may get a share of the sale.",
        ];
        for t in disclosures {
            assert_eq!(reason(t), Some("affiliate disclosure"), "{t}");
        }
        assert_eq!(reason("The agent may earn a fee if the sale goes through."), None);
        assert_eq!(
            reason("Sam Lee covers the coast. Follow him on Twitter @samlee_coast."),
            Some("author's contact line")
        );
        assert_eq!(reason("Fans were told to follow him on Twitter for news of the tour."), None);
        assert_eq!(reason("This form is protected by reCAPTCHA and the Privacy Policy applies."), Some("form notice"));
        assert_eq!(reason("Enjoyed this story? Share it with your friends!"), Some("share prompt"));
        assert_eq!(reason("Like this year, the shares fell in March."), None);
        assert_eq!(
            reason("Copyright \u{24d2} Harbour Weekly. No reproduction without permission"),
            Some("copyright line")
        );
        assert_eq!(reason("Jane Roe contributed reporting from Portland."), Some("reporting credits"));
        assert_eq!(reason("With Courier wires"), Some("reporting credits"));
        assert_eq!(reason("With wire services."), Some("reporting credits"));
        assert_eq!(reason("With the wires cut, the town went dark."), None);
    }

    #[test]
    fn live_page_time_stamps() {
        for t in [
            "14:32 GMT",
            "09:05",
            "2.32pm",
            "Updated 16:05 BST",
            "10:24 local time",
            "11:20 GMT+3",
            "Updated at 4:10 p.m.",
        ] {
            assert_eq!(reason(t), Some("time stamp"), "{t}");
        }
        for t in ["2.5 million", "14:32 GMT The minister arrived.", "1999", "24:10 GMT", "Talks at 10:00 GMT"] {
            assert_ne!(reason(t), Some("time stamp"), "{t}");
        }
    }

    #[test]
    fn bylines_and_outlets() {
        let outlet = |s: &str| match classify(s) {
            Class::Meta(Meta::Byline { outlet, .. }) => outlet,
            _ => None,
        };
        let author = |s: &str| match classify(s) {
            Class::Meta(Meta::Byline { author, .. }) => author,
            _ => None,
        };
        assert_eq!(outlet("Author:\u{a0} BBC news").as_deref(), Some("BBC News"));
        assert_eq!(author("By Jane Smith").as_deref(), Some("Jane Smith"));
        assert_eq!(outlet("By Jane Smith, Reuters").as_deref(), Some("Reuters"));
        assert_eq!(author("By the time talks began, both sides had left."), None);
        assert_eq!(classify("By Tuesday, officials had left the city"), Class::Text);
        assert_eq!(classify("By Tuesday, talks collapsed"), Class::Text);
        assert_eq!(author("By JANE SMITH").as_deref(), Some("Jane Smith"));
        assert_eq!(author("By Jane Smith, staff writer").as_deref(), Some("Jane Smith"));
        assert_eq!(author("By Anna de Vries and Tom Jones").as_deref(), Some("Anna de Vries and Tom Jones"));
        assert_eq!(normalise_outlet("al jazeera"), "Al Jazeera");
        assert_eq!(author("Reporting by Tom Perry; Editing by Alison Smith").as_deref(), Some("Tom Perry"));
        assert_eq!(author("By Jane Smith in Geneva").as_deref(), Some("Jane Smith"));
        assert_eq!(outlet("By Reuters Staff").as_deref(), Some("Reuters"));
        assert_eq!(outlet("\u{2014} AFP").as_deref(), Some("AFP"));
        assert_eq!(outlet("(Reuters)").as_deref(), Some("Reuters"));
        assert_eq!(outlet("- the end"), None);
        assert_eq!((author("Author: Staff writer"), outlet("Author: Staff writer")), (None, None));
        assert_eq!(outlet("Source: Al Jazeera and news agencies").as_deref(), Some("Al Jazeera"));
        assert_eq!(author("Patrick Smith Diplomatic editor").as_deref(), Some("Patrick Smith"));
        assert_eq!(reason("Chief international correspondent"), Some("journalist's role line"));
        assert_eq!(classify("Letter from the editor"), Class::Text);
        assert_eq!(
            reason("Delegates in Astana. Photograph: Jane Doe/AFP/Getty Images"),
            Some("photo caption with credit")
        );
        assert_eq!(
            reason("Additional reporting by Jane Smith in Moscow; Editing by Tom Jones"),
            Some("reporting credits")
        );
    }

    #[test]
    fn heading_bylines() {
        assert_eq!(
            heading_author("The new equation, by BBC chief international correspondent Jane Smith").as_deref(),
            Some("Jane Smith")
        );
        assert_eq!(heading_author("Analysis by Anna de Vries").as_deref(), Some("Anna de Vries"));
        assert_eq!(heading_author("Stand by me"), None);
    }
}
