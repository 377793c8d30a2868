//! Whole-page text (a browser's select-all and copy of a news page, saved as
//! `.txt`): menus, share buttons, teaser lists, comments and footers around
//! one article. This module picks the article's line range out of such a
//! text: the densest run of prose, extended up to its headline and the
//! date and byline lines between them. Everything outside is dropped with a
//! reason. Short clean texts are left alone: the cut is made only when the
//! text outside the range clearly is page chrome.
//!
//! Rules are about the shape of lines (length, sentence punctuation, case,
//! function words), never about particular sites. Linear in the text.

use super::dates::header_date;
use super::furniture::{self, Class};
use dossier_model::Removed;

/// The article's region of a whole-page text.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// The text with every dropped line blanked, so kept lines keep their
    /// line numbers.
    pub kept: String,
    /// Dropped lines (1-based line numbers of the input) with reasons.
    pub dropped: Vec<Removed>,
    /// The (at most two) lines right above the headline, nearest first:
    /// a date shown over the headline sits here.
    pub above: Vec<String>,
}

/// What a non-prose line costs the run it sits in, in words of prose.
const GAP_COST: i64 = 10;
/// Lines scanned above the prose run for the headline.
const HEAD_WINDOW: usize = 12;
/// Consecutive short lines that make a menu or a list of links.
const MENU_RUN: usize = 4;
/// Lines outside the article that make a text a whole page rather than an
/// article with a few trailing links.
const MIN_CHROME: usize = 8;

/// One non-empty line, measured once.
struct Shape<'a> {
    /// Index in the text's `split('\n')`.
    at: usize,
    text: &'a str,
    words: usize,
    prose: bool,
}

/// The article's region, or `None` when the text shows no page chrome
/// around its prose (a clean article, which is kept whole).
pub fn find(text: &str) -> Option<Region> {
    let raw: Vec<&str> = text.split('\n').collect();
    let lines: Vec<Shape<'_>> = raw
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(at, l)| {
            let t = l.trim();
            Shape { at, text: t, words: t.split_whitespace().count(), prose: is_prose(t) }
        })
        .collect();
    let (first, mut last) = densest_run(&lines)?;
    let start = headline_above(&lines, first);
    // A sign-off, date line or reporting credit closing the article
    // ("— AFP", "(Reporting by Jane Doe; Editing by Tom Lee)") is its own.
    for _ in 0..2 {
        if lines.get(last + 1).is_some_and(|l| {
            matches!(furniture::classify(l.text), Class::Meta(_) | Class::Furniture("reporting credits"))
        }) {
            last += 1;
        }
    }
    // Chrome, clearly: a menu-like run of short lines outside the region,
    // among a good many lines left out; or, on a short page, lines above
    // the headline and a copyright footer below the article.
    let outside = start + (lines.len() - last - 1);
    let menus = outside >= MIN_CHROME && (menu_run(&lines[..start]) || menu_run(&lines[last + 1..]));
    let footer = start > 0 && lines[last + 1..].iter().rev().take(MIN_CHROME).any(|l| copyright_line(l.text));
    if !(menus || footer) {
        return None;
    }
    let mut kept = String::with_capacity(text.len());
    let mut dropped = Vec::new();
    let (keep_from, keep_to) = (lines[start].at, lines[last].at);
    for (i, l) in raw.iter().enumerate() {
        if i > 0 {
            kept.push('\n');
        }
        if (keep_from..=keep_to).contains(&i) {
            kept.push_str(l);
        } else if !l.trim().is_empty() {
            let reason = if i < keep_from {
                "page text above the article (menus, teasers)"
            } else {
                "page text below the article (related links, comments, footer)"
            };
            dropped.push(Removed { line: i as u32 + 1, text: l.trim().to_string(), reason: reason.into() });
        }
    }
    let above = lines[..start].iter().rev().filter(|l| !share_buttons(l.text)).take(2).map(|l| l.text.to_string());
    Some(Region { kept, dropped, above: above.collect() })
}

/// "© 2024 The Courier", "Copyright The Courier Company. All rights
/// reserved": a site's copyright footer (a picture credit is no footer).
fn copyright_line(s: &str) -> bool {
    let lower = s.to_lowercase();
    s.len() <= 160
        && (s.starts_with('\u{a9}') || lower.starts_with("copyright") || lower.contains("all rights reserved"))
        && !["photo", "image", "picture"].iter().any(|w| lower.contains(w))
}

/// The header of a cut-out page: [`header`], and when the lines under
/// the headline give no date, a date line right above it ("Wednesday 20
/// November 2024 9:22 am" over the headline).
pub fn page_header(r: &Region) -> Header {
    let mut h = header(&r.kept);
    if h.date.is_none() {
        h.date = r.above.iter().find_map(|l| header_date(l).map(|d| (d, l.clone())));
    }
    h
}

/// Date and byline read from the header lines of a cut-out article (the
/// lines between its headline and its lead) when the layout found none:
/// a date after a few words or glued to a time, a "By" line over the
/// name, a bare name under the headline ("Jane Doe", "Jane Doe@janedoe").
#[derive(Debug, Default, PartialEq)]
pub struct Header {
    pub date: Option<(super::dates::DateParts, String)>,
    pub author: Option<String>,
}

/// Header lines scanned under the headline.
const HEADER_LINES: usize = 8;

/// The header of `kept` (a [`Region`]'s text): its first line is the
/// headline.
pub fn header(kept: &str) -> Header {
    let lines: Vec<&str> = kept.lines().map(str::trim).filter(|l| !l.is_empty() && !share_buttons(l)).collect();
    let mut h = Header::default();
    let mut after_by = false;
    for (k, l) in lines.iter().skip(1).take(HEADER_LINES).enumerate() {
        // Prose ends the header, but for a standfirst right under the headline.
        if k > 0 && is_prose(l) && l.split_whitespace().count() > 12 && !l.starts_with("By ") {
            break;
        }
        if h.date.is_none() {
            if let Some(d) = header_date(l) {
                h.date = Some((d, l.to_string()));
            }
        }
        if h.author.is_none() {
            let name = l.strip_prefix("By ").filter(|_| !after_by).unwrap_or(l);
            let name = name_before_date(name);
            if (after_by || name_line(&name) && !l.starts_with("By "))
                && name_line(&name)
                && !furniture::is_outlet(&name)
            {
                h.author = Some(name.split('@').next().unwrap_or(&name).trim().to_string());
            }
        }
        after_by = l.eq_ignore_ascii_case("by");
    }
    h
}

/// "Jane Doe November 19, 2019, 07:47 PM EST" → "Jane Doe".
fn name_before_date(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    for k in 2..words.len() {
        if header_date(&words[k..].join(" ")).is_some() {
            return words[..k].join(" ");
        }
    }
    s.to_string()
}

/// All the authors of a byline or reporting credit whose first name the
/// layout took: "By Jane Doe, Tom Lee and Ann Roe" or "(Reporting by Jane
/// Doe in Kyiv, Tom Lee and Ann Roe, with reporting by ...; Editing by
/// ...)" → "Jane Doe, Tom Lee, Ann Roe". A list counts when it has three
/// names or its names are joined by "and" ("By Jane Doe, New York" is a
/// name and a place); it ends at the first item that is no name (a role,
/// an outlet, "with additional reporting").
pub fn co_authors<'a>(author: &str, lines: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let first = author.split(" and ").next()?.trim();
    for line in lines {
        let line = line.trim().trim_start_matches('(');
        let lower = line.to_lowercase();
        let value = if let Some(v) = line.strip_prefix("By ") {
            v
        } else if let Some(at) = ["reporting by ", "writing by ", "reported by "]
            .iter()
            .find_map(|m| lower.find(m).filter(|&i| !lower[..i].contains("additional")).map(|i| i + m.len()))
        {
            &line[at..]
        } else {
            continue;
        };
        if !value.starts_with(first) {
            continue;
        }
        let value = value.split([';', ')', '(']).next().unwrap_or(value).trim_end_matches(['.', ' ']);
        let mut names = Vec::new();
        let mut joined = false;
        for item in value.split(", ") {
            let parts: Vec<&str> = item.split(" and ").flat_map(|p| p.split(" & ")).collect();
            joined |= parts.len() > 1;
            let mut ended = false;
            for part in parts {
                // "Jane Doe in Kyiv": the place is not the name.
                let part =
                    [" in ", " at ", " from "].iter().filter_map(|m| part.find(m)).min().map_or(part, |i| &part[..i]);
                let part = part.trim().trim_start_matches("and ").trim();
                if !name_line(part) || furniture::is_outlet(part) || has_role(part) {
                    ended = true;
                    break;
                }
                names.push(part.to_string());
            }
            if ended {
                break;
            }
        }
        if names.len() >= 3 || (names.len() >= 2 && joined) {
            return Some(names.join(", "));
        }
    }
    None
}

/// "Staff Writer", "Senior Correspondent": a role, not a name.
fn has_role(s: &str) -> bool {
    const ROLES: &[&str] = &[
        "staff",
        "senior",
        "chief",
        "contributor",
        "contributing",
        "reporter",
        "correspondent",
        "editor",
        "columnist",
        "writer",
        "special",
        "political",
        "bureau",
        "desk",
        "team",
        "analyst",
        "journalist",
        "producer",
    ];
    s.split_whitespace().any(|w| ROLES.contains(&w.to_lowercase().as_str()))
}

/// "Jane DoeStaff Writer" → "Jane Doe": a byline glued to the role after
/// it (select-all joins the two spans).
pub fn unglue_role(author: &str) -> String {
    const ROLES: &[&str] =
        &["Staff", "Senior", "Contributor", "Reporter", "Correspondent", "Editor", "Columnist", "Writer", "Special"];
    for (i, c) in author.char_indices().skip(1) {
        let prev = author[..i].chars().next_back().unwrap_or(' ');
        if c.is_uppercase() && prev.is_lowercase() && ROLES.iter().any(|r| author[i..].starts_with(r)) {
            return author[..i].trim().to_string();
        }
    }
    author.to_string()
}

/// Function words of running text: a line of prose has some of them.
const STOPWORDS: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "and", "or", "is", "was", "are", "were", "be", "been", "has", "have", "had",
    "that", "this", "for", "on", "with", "as", "at", "by", "from", "it", "its", "he", "she", "they", "his", "her",
    "their", "said", "but", "not", "which", "who", "will", "would", "after", "about", "than", "we", "i",
];

/// Does the line end a sentence?
fn ends_sentence(s: &str) -> bool {
    s.trim_end().ends_with(['.', '!', '?', '"', '\u{201d}', '\u{2019}', '\'', ')', '\u{2026}', ':', ';'])
}

/// A line of running text: long enough, closing like a sentence or long
/// and mostly lower-case words, with function words in it.
fn is_prose(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let n = words.len();
    if n < 6 {
        return false;
    }
    let lower = words.iter().filter(|w| w.chars().next().is_some_and(char::is_lowercase)).count();
    let stop = words
        .iter()
        .filter(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            STOPWORDS.contains(&w.as_str())
        })
        .count();
    // Title Case lines (headlines, menus) have few lower-case words.
    if lower * 10 < n * 4 {
        return false;
    }
    let closed = s.trim_end().ends_with(['.', '"', '\u{201d}', '\u{2019}', '\'', ')', '\u{2026}', ';'])
        || (n >= 12 && s.trim_end().ends_with(['!', '?', ':']));
    (closed && (stop > 0 || n >= 12)) || (n >= 15 && stop * 10 >= n)
}

/// What each line adds to the run it sits in: prose adds its words;
/// anything else costs [`GAP_COST`] (a sub-heading or caption costs little
/// against the paragraphs around it, a menu or a list of links a lot), and
/// a heading that opens a list of other stories or the comments costs more.
fn weights<'a>(lines: &'a [Shape<'a>]) -> impl Iterator<Item = i64> + 'a {
    lines.iter().map(|l| {
        if l.prose {
            l.words.min(120) as i64
        } else if opens_other_content(l.text) {
            -4 * GAP_COST
        } else {
            -GAP_COST
        }
    })
}

/// "Related stories", "Most read", "Comments (12)", "Leave a reply": a
/// heading over what is not the article.
fn opens_other_content(s: &str) -> bool {
    if s.len() > 40 || ends_sentence(s) && !s.ends_with(':') {
        return false;
    }
    let lower = s.to_lowercase();
    const HEADS: &[&str] = &[
        "related",
        "most read",
        "most popular",
        "more from",
        "more on",
        "more stories",
        "recommended",
        "you may also like",
        "you might also like",
        "trending",
        "comments",
        "leave a reply",
        "leave a comment",
        "read next",
        "what to read next",
        "latest news",
        "top stories",
        "sponsored",
        "newsletter",
        "sign up",
        "subscribe",
        "follow us",
        "share this",
    ];
    HEADS.iter().any(|h| lower.starts_with(h) || lower.contains(&format!(" {h}")))
        || lower.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == '[').starts_with("comment")
}

/// The maximum-weight run of lines (Kadane): first and last index into
/// `lines`, both prose; `None` without prose.
fn densest_run(lines: &[Shape<'_>]) -> Option<(usize, usize)> {
    let mut best: Option<(i64, usize, usize)> = None;
    let mut sum = 0i64;
    let mut from = 0usize;
    for (i, w) in weights(lines).enumerate() {
        if sum <= 0 {
            sum = 0;
            from = i;
        }
        sum += w;
        if w > 0 && best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, from, i));
        }
    }
    let (_, mut first, last) = best?;
    while first < last && !lines[first].prose {
        first += 1;
    }
    Some((first, last))
}

/// A headline: a short line without a closing full stop that starts with
/// a capital, a digit or a quote, and is not just a name ("Jane Doe"), a
/// share button, a picture credit or a date.
fn headline_like(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let n = words.len();
    if !(3..=30).contains(&n) || s.len() > 250 || s.trim_end().ends_with(['.', ',', ';', ':']) {
        return false;
    }
    if !s.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"'\u{201c}\u{2018}".contains(c)) {
        return false;
    }
    let capitalised = words.iter().all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()));
    if n <= 3 && capitalised {
        return false;
    }
    let lower = s.to_lowercase();
    if ["credit", "photo", "image", "picture", "published", "updated", "posted"].iter().any(|w| lower.starts_with(w))
        || share_buttons(s)
        || header_date(s).is_some()
    {
        return false;
    }
    furniture::classify(s) == Class::Text
}

/// "Share", "Facebook", "EmailShare to More", "Copy Link URLCopied!",
/// "Close extra sharing options": share and social buttons.
pub(crate) fn share_buttons(s: &str) -> bool {
    if s.len() > 50 || s.split_whitespace().count() > 5 {
        return false;
    }
    const CORE: &[&str] = &[
        "share",
        "sharing",
        "facebook",
        "twitter",
        "linkedin",
        "email",
        "e-mail",
        "print",
        "whatsapp",
        "reddit",
        "pinterest",
        "copy link",
        "addthis",
        "flipboard",
        "tweet",
        "permalink",
    ];
    const OTHER: &[&str] = &[
        "messenger",
        "buttons",
        "options",
        "copied",
        "close",
        "extra",
        "show",
        "more",
        "link",
        "copy",
        "url",
        "save",
        "via",
        "this",
        "article",
        "story",
        "the",
        "to",
        "on",
        "x",
    ];
    let mut rest = s.to_lowercase();
    if !CORE.iter().any(|w| rest.contains(w)) {
        return s.trim() == "More" || s.trim() == "X";
    }
    for w in CORE.iter().chain(OTHER) {
        rest = rest.replace(w, " ");
    }
    !rest.chars().any(char::is_alphanumeric)
}

/// A date, byline or "By" line: header metadata between headline and body.
fn header_meta(s: &str) -> bool {
    matches!(furniture::classify(s), Class::Meta(_))
        || s.eq_ignore_ascii_case("by")
        || s.starts_with("By ")
        || header_date(s).is_some()
}

/// A bare byline name under a headline: "Jane Doe", "Jane Doe@janedoe".
pub(crate) fn name_line(s: &str) -> bool {
    let s = s.split('@').next().unwrap_or(s).trim();
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && s.len() <= 40
        && words.iter().all(|w| {
            let mut c = w.chars();
            c.next().is_some_and(char::is_uppercase) && c.all(|c| c.is_alphabetic() || "-'\u{2019}.".contains(c))
        })
}

/// The first line of the article: the headline over the prose run at
/// `first`, found within [`HEAD_WINDOW`] lines above it (share buttons
/// not counted) and below any menu. A headline-like line directly over a date, byline or a
/// bare name is the headline; else, with date or byline lines above the
/// body, the nearest headline-like line above the topmost of them (a
/// caption can sit between them and the body); else the nearest
/// headline-like line. A long one under a shorter headline-like line is
/// the standfirst, and the line above is the headline. Falls back on
/// `first`.
fn headline_above(lines: &[Shape<'_>], first: usize) -> usize {
    // The window above the run, share buttons skipped, nearest first.
    let mut window = Vec::new();
    let mut i = first;
    while i > 0 && window.len() < HEAD_WINDOW {
        i -= 1;
        if !share_buttons(lines[i].text) {
            window.push(i);
        }
    }
    // A menu (three one- or two-word lines in a row) ends the header.
    let menu = |i: usize| lines[i].words <= 2 && !header_meta(lines[i].text);
    if let Some(k) = (0..window.len().saturating_sub(2)).find(|&k| (k..k + 3).all(|j| menu(window[j]))) {
        window.truncate(k);
    }
    let top_meta = window.iter().copied().filter(|&i| header_meta(lines[i].text)).min();
    // Over a header line (the next line in `window` order is the one below).
    // Within the header: at most two lines above the topmost header line.
    let reach = top_meta.and_then(|m| window.iter().position(|&i| i == m)).map_or(4, |k| k + 2).min(window.len());
    let over_header = (1..reach).map(|k| (window[k], window[k - 1])).find(|&(h, below)| {
        headline_like(lines[h].text) && (header_meta(lines[below].text) || name_line(lines[below].text))
    });
    let below = top_meta.unwrap_or(first);
    let nearest = over_header
        .map(|(h, _)| h)
        .or_else(|| window.iter().copied().filter(|&i| i < below).find(|&i| headline_like(lines[i].text)));
    match (nearest, top_meta) {
        (Some(h), _) => {
            // A standfirst under its headline.
            let k = window.iter().position(|&i| i == h).unwrap_or(0);
            let words = lines[h].words;
            let above = window[k + 1..].iter().take(2).copied().find(|&u| headline_like(lines[u].text));
            match above {
                Some(u) if words >= 12 && lines[u].words < words => u,
                _ => h,
            }
        }
        (None, Some(m)) => m,
        (None, None) => first,
    }
}

/// Does `lines` hold [`MENU_RUN`] consecutive short non-prose lines?
fn menu_run(lines: &[Shape<'_>]) -> bool {
    let mut run = 0;
    for l in lines {
        if !l.prose && l.words <= 6 {
            run += 1;
            if run >= MENU_RUN {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    const MENU: &str = "Home\nWorld\nBusiness\nSport\nWeather\nSign in\n";
    const BODY: &str = "The river burst its banks on Tuesday night and flooded the lower town, officials said.\n\
        Hundreds of families spent the night in the school hall while the water kept rising.\n\
        Rescue teams\n\
        Boats from the coast guard reached the farms by the bridge at dawn and took people to safety.\n\
        The mayor said the damage would take months to repair and asked the region for help.\n";
    const TEASERS: &str = "Most read\nCouncil votes on the new bus lanes\nLocal team wins the cup at last\n\
        Bakery closes after ninety years\nContact us\nPrivacy policy\n\u{a9} 2024 The Valley Courier\n";

    fn kept_lines(r: &Region) -> Vec<&str> {
        r.kept.lines().map(str::trim).filter(|l| !l.is_empty()).collect()
    }

    #[test]
    fn a_clean_article_is_left_alone() {
        let text = format!("Floods cut off the lower town\n\n3 March 2024\n\n{BODY}");
        assert_eq!(find(&text), None);
        assert_eq!(find(""), None);
        assert_eq!(find("\n\n\n"), None);
    }

    #[test]
    fn the_article_is_cut_out_of_the_page() {
        let text = format!("{MENU}Floods cut off the lower town\nBy Ann Lee\n3 March 2024\n{BODY}{TEASERS}");
        let r = find(&text).expect("page chrome around the article");
        let kept = kept_lines(&r);
        assert_eq!(kept.first(), Some(&"Floods cut off the lower town"));
        assert!(kept.contains(&"By Ann Lee") && kept.contains(&"3 March 2024") && kept.contains(&"Rescue teams"));
        assert_eq!(
            kept.last(),
            Some(&"The mayor said the damage would take months to repair and asked the region for help.")
        );
        // Line numbers are kept: the headline is still line 7.
        assert_eq!(r.kept.lines().position(|l| l == "Floods cut off the lower town"), Some(6));
        let dropped: Vec<&str> = r.dropped.iter().map(|d| d.text.as_str()).collect();
        assert!(dropped.contains(&"Home") && dropped.contains(&"Most read") && dropped.contains(&"Privacy policy"));
        assert_eq!(r.dropped[0].line, 1);
        assert!(r.dropped.iter().all(|d| !d.reason.is_empty()));
        assert!(r.dropped.iter().any(|d| d.reason.contains("below")));
    }

    #[test]
    fn the_headline_is_above_the_date_not_the_caption() {
        // A caption sits between the header lines and the lead; other
        // stories' headlines sit above the headline.
        let text = format!(
            "{MENU}Trending\nCouncil votes on the new bus lanes\nLocal team wins the cup at last\n\
             Floods cut off the lower town\nUpdated 3 March 2024\nWater covers the main square in the old town\n{BODY}{TEASERS}"
        );
        let r = find(&text).expect("page chrome around the article");
        let kept = kept_lines(&r);
        assert_eq!(kept.first(), Some(&"Floods cut off the lower town"), "{kept:?}");
        assert!(r.dropped.iter().any(|d| d.text == "Local team wins the cup at last"));
    }

    #[test]
    fn a_long_comment_thread_after_the_footer_links_stays_out() {
        let comments = "Comments (3)\nriverfan\n2 hours ago\nReply\nflat_earth\n1 hour ago\nReply\n";
        let text = format!("{MENU}Floods cut off the lower town\n{BODY}Share\nTweet\nEmail\nPrint\n{comments}");
        let r = find(&text).expect("page chrome around the article");
        assert!(r.dropped.iter().any(|d| d.text == "Comments (3)"));
        assert_eq!(kept_lines(&r).first(), Some(&"Floods cut off the lower town"));
    }

    #[test]
    fn a_few_trailing_links_are_not_page_chrome() {
        let text = format!(
            "Floods cut off the lower town\n{BODY}\u{2014} AFP\nRelated articles\nCouncil votes on the new bus lanes\n\
             Local team wins the cup at last\n"
        );
        assert_eq!(find(&text), None);
        // On a page, the sign-off stays with the article.
        let r = find(&format!("{MENU}{text}{TEASERS}")).expect("page chrome around the article");
        assert_eq!(kept_lines(&r).last(), Some(&"\u{2014} AFP"));
    }

    #[test]
    fn prose_and_headlines() {
        assert!(is_prose("The river burst its banks on Tuesday night, officials said."));
        assert!(!is_prose("Council Votes On The New Bus Lanes Near The Station Today"));
        assert!(!is_prose("Sign in"));
        assert!(headline_like("Floods cut off the lower town"));
        assert!(!headline_like("Ann Lee"));
        assert!(!headline_like("The river burst its banks on Tuesday night."));
        assert!(opens_other_content("Most read") && opens_other_content("[ 12 comments ]"));
        assert!(!opens_other_content("Rescue teams"));
    }

    #[test]
    fn header_dates_and_buttons() {
        assert!(header_date("Wire Service November 18, 2021 11:03 PM").is_some());
        assert!(header_date("Published Tue, Mar 9 20217:15 AM ESTUpdated an hour ago").is_some());
        assert!(header_date("Mar 9 2021, 11:06am ist").is_some());
        assert!(header_date("Floods cut off the lower town").is_none());
        assert!(share_buttons("EmailShare to More") && share_buttons("Close extra sharing options"));
        assert!(share_buttons("Copy Link URLCopied!") && !share_buttons("Floods cut off the lower town"));
        assert!(name_line("Ann Lee") && name_line("Ann Lee@annlee") && !name_line("Floods cut off the lower town"));
    }

    #[test]
    fn the_headline_sits_over_its_byline_past_the_share_buttons() {
        let share = "Share\nFacebook\nTwitter\nEmail\nCopy Link URLCopied!\nClose extra sharing options\n";
        // A teaser and its date above; the headline over a bare name.
        let text = format!(
            "{MENU}Bus lanes: are they worth it?\nTuesday 5 March 2024 9:22 am\nFloods cut off the lower town\nAnn Lee\n{share}{BODY}{TEASERS}"
        );
        let r = find(&text).expect("page chrome around the article");
        assert_eq!(kept_lines(&r).first(), Some(&"Floods cut off the lower town"));
        // Headline, standfirst without a full stop, byline, many buttons.
        let text = format!(
            "{MENU}Floods cut off the lower town\nThe river rose by two metres overnight and the council says the repairs will take months\n\
             By Ann Lee\n3 March 2024\n{share}{share}{BODY}{TEASERS}"
        );
        let r = find(&text).expect("page chrome around the article");
        assert_eq!(kept_lines(&r).first(), Some(&"Floods cut off the lower town"));
    }

    #[test]
    fn header_lines_give_date_and_author() {
        let h = header("Floods cut off the lower town\nThe river rose by two metres overnight and the council says the repairs will take months.\nBy\nAnn Lee March 3, 2024, 07:47 PM EST\nShare\nThe river burst its banks on Tuesday night and flooded the lower town, officials said.");
        assert_eq!(h.author.as_deref(), Some("Ann Lee"));
        assert_eq!(h.date.map(|d| (d.0.year, d.0.day)), Some((Some(2024), Some(3))));
        let h =
            header("Floods cut off the lower town\nPublished Sun, Mar 3 20244:29 AM EST\nAnn Lee@annlee\nKey Points");
        assert_eq!(h.author.as_deref(), Some("Ann Lee"));
        assert!(h.date.is_some());
        // An agency is no author; prose ends the header.
        let h = header("Floods cut off the lower town\nAssociated Press\nThe river burst its banks on Tuesday night and flooded the lower town, officials said.\nAnn Lee");
        assert_eq!(h, Header::default());
        assert_eq!(unglue_role("Ann LeeStaff Writer"), "Ann Lee");
        assert_eq!(unglue_role("Ann McLee"), "Ann McLee");
    }

    #[test]
    fn a_date_over_the_headline_dates_the_page() {
        let text = format!(
            "{MENU}Bus lanes: are they worth it?\nWednesday 6 March 2024 9:22 am\nFloods cut off the lower town\nAnn Lee\n{BODY}{TEASERS}"
        );
        let r = find(&text).expect("page chrome around the article");
        assert_eq!(kept_lines(&r).first(), Some(&"Floods cut off the lower town"));
        let h = page_header(&r);
        assert_eq!(h.date.map(|d| (d.0.year, d.0.month, d.0.day)), Some((Some(2024), 3, Some(6))));
        assert_eq!(h.author.as_deref(), Some("Ann Lee"));
        // A date under the headline comes first.
        let text = format!(
            "{MENU}Wednesday 6 March 2024 9:22 am\nFloods cut off the lower town\nBy Ann Lee\n3 March 2024\n{BODY}{TEASERS}"
        );
        let h = page_header(&find(&text).expect("a page"));
        assert_eq!(h.date.map(|d| d.0.day), Some(Some(3)));
    }

    #[test]
    fn slash_dates_in_a_byline() {
        let d = header_date("By Ann Lee - 3/19/24 06:56 AM EST").expect("a date");
        assert_eq!((d.year, d.month, d.day), (Some(2024), 3, Some(19)));
        let d = header_date("Ann Lee 19/03/2024").expect("a date");
        assert_eq!((d.year, d.month, d.day), (Some(2024), 3, Some(19)));
        // 3/4/24 without a 12-hour clock could be either.
        assert_eq!(header_date("Ann Lee 3/4/24"), None);
        assert_eq!(header_date("Score 3/45/2"), None);
    }

    #[test]
    fn a_short_page_with_a_copyright_footer_is_cut() {
        let text = format!(
            "Welcome to The Valley Courier's new site\nLearn More\nFloods cut off the lower town\nAnn Lee\nWire Service\n\
             {BODY}Terms of Service\nPrivacy Notice\n© The Valley Courier, a Harbour Media paper\n"
        );
        let r = find(&text).expect("a footer below and lines above the headline");
        assert_eq!(kept_lines(&r).first(), Some(&"Floods cut off the lower town"));
        assert!(r.dropped.iter().any(|d| d.text == "Learn More"));
        // Without lines above the headline, or without a footer, it stays whole.
        assert_eq!(find(&format!("Floods cut off the lower town\nAnn Lee\n{BODY}© 2024 The Valley Courier\n")), None);
        assert_eq!(
            find(&format!("Learn More\nFloods cut off the lower town\nAnn Lee\n{BODY}Terms of Service\n")),
            None
        );
        assert!(!copyright_line("Photo \u{a9} 2024 Ann Lee"));
    }

    #[test]
    fn the_reporting_credit_closes_the_article() {
        let text = format!(
            "{MENU}Floods cut off the lower town\nWire Service March 3, 2024 11:03 PM\n{BODY}\
             (Reporting by Ann Lee, Tom Roe, Kim Day, with reporting by Sam Poe; Editing by Max Orr)\n{TEASERS}"
        );
        let r = find(&text).expect("page chrome around the article");
        assert!(kept_lines(&r).last().is_some_and(|l| l.starts_with("(Reporting by")));
    }

    #[test]
    fn every_name_of_a_byline() {
        let co = |a: &str, l: &str| co_authors(a, [l]);
        assert_eq!(co("Ann Lee", "By Ann Lee, Tom Roe, Kim Day").as_deref(), Some("Ann Lee, Tom Roe, Kim Day"));
        assert_eq!(co("Ann Lee", "By Ann Lee, Tom Roe and Kim Day").as_deref(), Some("Ann Lee, Tom Roe, Kim Day"));
        assert_eq!(co("Ann Lee and Tom Roe", "By Ann Lee and Tom Roe").as_deref(), Some("Ann Lee, Tom Roe"));
        assert_eq!(
            co(
                "Ann Lee",
                "(Reporting by Ann Lee in Kyiv, Tom Roe, Kim Day, with reporting by Sam Poe; Editing by Max Orr)"
            )
            .as_deref(),
            Some("Ann Lee, Tom Roe, Kim Day")
        );
        // A place, a role or an outlet after the name is no co-author.
        assert_eq!(co("Ann Lee", "By Ann Lee, New York"), None);
        assert_eq!(co("Ann Lee", "By Ann Lee, Staff Writer, Senior Editor"), None);
        assert_eq!(co("Ann Lee", "By Ann Lee, Tom Roe, Reuters"), None);
        assert_eq!(co("Ann Lee", "By Tom Roe, Kim Day, Sam Poe"), None);
        // Editors are not authors.
        assert_eq!(co("Ann Lee", "(Reporting by Ann Lee; Editing by Tom Roe and Kim Day)"), None);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in ["\u{a0}", "a\nb", ". . . . . .", &"word ".repeat(10_000), &"Menu\n".repeat(5000)] {
            let _ = find(t);
        }
    }

    #[test]
    fn ingest_keeps_the_article_of_a_page() {
        let text = format!("{MENU}Floods cut off the lower town\nBy Ann Lee\n3 March 2024\n{BODY}{TEASERS}");
        let a = crate::ingest::ingest(&crate::load::SourceFile::new("page.txt", text)).expect("an article").article;
        assert_eq!(a.title, "Floods cut off the lower town");
        assert_eq!(a.published.map(dossier_model::Day::iso).as_deref(), Some("2024-03-03"));
        let body = a.text();
        assert!(body.starts_with("The river burst") && body.ends_with("asked the region for help."), "{body}");
        assert!(!body.contains("Bakery") && !body.contains("Weather"));
        assert!(a.removed.iter().any(|r| r.text == "Bakery closes after ninety years" && r.line == 18));
    }
}
