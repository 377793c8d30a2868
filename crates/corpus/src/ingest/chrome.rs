//! The outlet of a whole-page text, read from the page chrome that
//! [`super::region`] drops: the site names itself around the article in a
//! "The Courier - Back to home" link, "Follow The Courier on Twitter",
//! "Courier Newsletters", "More from The Courier", a trademark notice, and
//! the copyright line ("© 2024 Courier Media Group Ltd. All rights
//! reserved."). Each such line is evidence for a name; the name with the
//! most evidence is the outlet.
//!
//! A copyright line names the company, which may not be the site's brand
//! ("© 2024 Valley Broadcasting Inc." on "Valley Sports"): stripped of its
//! company words it counts less than a name the page uses as its brand, and
//! it takes the weight of a section it starts ("© The Courier Company"
//! and "Follow The Courier Opinion desk on Twitter" name The Courier).
//!
//! Rules are about the wording of site chrome, never about particular
//! sites. Linear in the dropped lines.

use dossier_model::Removed;

/// Evidence below this total names no outlet.
const MIN_SCORE: u32 = 3;
/// Copyright lines and link texts are short; a long line is prose.
const MAX_LINE: usize = 160;

/// The outlet named by the page chrome, or `None` without enough evidence.
pub fn outlet(dropped: &[Removed]) -> Option<String> {
    let mut ev: Vec<(u32, Evidence)> = Vec::new();
    // A menu or footer repeated (desktop and mobile) is one piece of evidence.
    let mut seen = std::collections::HashSet::new();
    for d in dropped {
        let line = d.text.trim();
        if line.len() > MAX_LINE || !seen.insert(line) {
            continue;
        }
        if let Some(e) = evidence(line) {
            ev.push((d.line, e));
        }
    }
    if ev.is_empty() {
        return None;
    }
    // Sum the weights per name (case and a leading "The" aside).
    let mut names: Vec<Name> = Vec::new();
    for (line, e) in &ev {
        let k = key(&e.name);
        match names.iter_mut().find(|n| n.key == k) {
            Some(n) => {
                n.weight += e.weight;
                n.forms.push((e.name.clone(), e.weight));
            }
            None => {
                names.push(Name { key: k, weight: e.weight, forms: vec![(e.name.clone(), e.weight)], first: *line })
            }
        }
    }
    // A line that is just the name (the logo's text, a footer link) backs,
    // once, a name that other lines give, and shows where it first appears.
    let mut backed = std::collections::HashSet::new();
    for d in dropped {
        let line = d.text.trim().trim_matches(|c: char| !c.is_alphanumeric());
        if line.len() <= 60 {
            let k = key(line);
            if let Some(n) = names.iter_mut().find(|n| n.key == k) {
                if backed.insert(k) {
                    n.weight += 2;
                }
                n.first = n.first.min(d.line);
            }
        }
    }
    // A company name of two words or more ("The Courier Company") is the
    // paper of the sections and editions it starts ("Follow The Courier
    // Opinion desk on Twitter"): their weight is its.
    let company: Vec<String> = ev
        .iter()
        .filter(|(_, e)| e.stripped == Stripped::Legal && e.name.split_whitespace().count() >= 2)
        .map(|(_, e)| key(&e.name))
        .collect();
    // A group's name ("CBS" of "CBS Interactive Inc.") is the parent of the
    // brands it starts ("CBS Sports"): its weight is theirs.
    let group: Vec<(String, u32)> =
        ev.iter().filter(|(_, e)| e.stripped == Stripped::Group).map(|(_, e)| (key(&e.name), e.weight)).collect();
    // The most weight wins; on a tie, the name the page shows first (the
    // header's logo comes before the footer's product names).
    let mut best: Option<(u32, u32, usize)> = None;
    for (i, n) in names.iter().enumerate() {
        let lent: u32 = if company.contains(&n.key) {
            names.iter().filter(|o| o.key.starts_with(&format!("{} ", n.key))).map(|o| o.weight).sum()
        } else {
            0
        };
        let parent: u32 = group.iter().filter(|(g, _)| n.key.starts_with(&format!("{g} "))).map(|(_, w)| *w).sum();
        let s = n.weight + lent + parent;
        if best.is_none_or(|(b, first, _)| s > b || (s == b && n.first < first)) {
            best = Some((s, n.first, i));
        }
    }
    let (score, _, i) = best?;
    if score < MIN_SCORE {
        return None;
    }
    // The spelling with the most weight; mixed case over capitals.
    let forms = &names[i].forms;
    let mut pick = &forms[0];
    for f in forms {
        let caps = |s: &str| s.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        if f.1 > pick.1 || (f.1 == pick.1 && caps(&pick.0) && !caps(&f.0)) {
            pick = f;
        }
    }
    // A brand with "The" in any spelling keeps it.
    let with_the = forms.iter().any(|f| f.0.to_lowercase().starts_with("the "));
    let name =
        if with_the && !pick.0.to_lowercase().starts_with("the ") { format!("The {}", pick.0) } else { pick.0.clone() };
    Some(super::furniture::normalise_outlet(&name))
}

/// A name the chrome gives, with its evidence.
struct Name {
    key: String,
    weight: u32,
    /// Spellings with their weights.
    forms: Vec<(String, u32)>,
    /// The first line that shows it.
    first: u32,
}

/// One chrome line's vote for a name.
#[derive(Debug, PartialEq)]
struct Evidence {
    name: String,
    weight: u32,
    /// Read from a copyright line, with company words stripped.
    stripped: Stripped,
}

/// Case, a leading "The" and spacing aside.
fn key(name: &str) -> String {
    let lower = name.to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The name a chrome line gives the site, with its weight.
fn evidence(line: &str) -> Option<Evidence> {
    let lower = line.to_lowercase();
    let brand =
        |name: &str, weight: u32| site_name(name).map(|name| Evidence { name, weight, stripped: Stripped::None });
    // "The Courier - Back to home", "Courier Home", "Courier Homepage".
    for suffix in [" - back to home", " – back to home", " | back to home"] {
        if let Some(head) = lower.strip_suffix(suffix) {
            return brand(&line[..head.len()], 6);
        }
    }
    // "Courier Homepage" ("World Home" is a section's).
    for suffix in [" home page", " homepage"] {
        if let Some(head) = lower.strip_suffix(suffix) {
            return brand(&line[..head.len()], 2);
        }
    }
    // "Follow The Courier on Twitter".
    if let Some(rest) = lower.strip_prefix("follow ") {
        if let Some(at) = rest.find(" on") {
            return brand(&line[7..7 + at], 6);
        }
    }
    // "The Courier is a registered trademark of ...".
    for mark in [" is a registered trademark", " is a trademark"] {
        if let Some(at) = lower.find(mark) {
            return brand(&line[..at], 6);
        }
    }
    // "Sign up for Courier newsletters", "Subscribe to the Courier
    // newsletter", "Subscribe to Courier Magazine".
    for lead in ["sign up for ", "subscribe to "] {
        if let Some(at) = lower.find(lead) {
            let rest = &lower[at + lead.len()..];
            let product = [" newsletter", " magazine", " newspaper"].iter().filter_map(|p| rest.find(p)).min();
            if let Some(end) = product {
                let name = &line[at + lead.len()..at + lead.len() + end];
                let name = name.strip_prefix("the ").unwrap_or(name);
                return brand(name, 4);
            }
        }
    }
    // "Courier Newsletters", "Courier Apps" as a heading (or a product's:
    // "Morning Briefing Newsletter").
    for suffix in [" newsletters", " newsletter", " apps", " app"] {
        if let Some(head) = lower.strip_suffix(suffix) {
            return brand(&line[..head.len()], 2);
        }
    }
    // "More from The Courier".
    if let Some(rest) = line.strip_prefix("More from ") {
        return brand(rest, 2);
    }
    // "Welcome to The Courier's ...".
    if let Some(rest) = line.strip_prefix("Welcome to ") {
        if let Some(at) = rest.find(['\u{2019}', '\'']) {
            if rest[at..].chars().nth(1) == Some('s') {
                return brand(&rest[..at], 4);
            }
        }
    }
    address(line).or_else(|| copyright(line))
}

/// "The Courier 1625 Main Street, Suite 900, Springfield": the site's
/// name over its postal address in the footer.
fn address(line: &str) -> Option<Evidence> {
    const STREETS: &[&str] = &[
        "street",
        "st",
        "avenue",
        "ave",
        "road",
        "rd",
        "boulevard",
        "blvd",
        "lane",
        "drive",
        "place",
        "square",
        "way",
    ];
    let words: Vec<&str> = line.split_whitespace().collect();
    let at = words.iter().position(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))?;
    let number = words[at].trim_end_matches(',');
    if at == 0 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let street = words[at + 1..].iter().take(4).any(|w| {
        let w = w.trim_end_matches([',', '.']).to_lowercase();
        STREETS.contains(&w.as_str())
    });
    if !street {
        return None;
    }
    let name = words[..at].join(" ");
    site_name(&name).map(|name| Evidence { name, weight: 3, stripped: Stripped::None })
}

/// "© 2019 The Courier Company. All rights reserved.", "Copyright © 2019,
/// The Courier | Terms of Service": the holder, stripped of company words.
fn copyright(line: &str) -> Option<Evidence> {
    let lower = line.to_lowercase();
    let at = [lower.find('\u{a9}'), lower.find("copyright"), lower.find("(c) ")].into_iter().flatten().min()?;
    // A photo credit ("Photo \u{a9} Jane Doe") names a photographer; a
    // copyright notice has a year or reserves rights.
    let has_year =
        line.split(|c: char| !c.is_ascii_digit()).any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    if at > 40
        || !(has_year || lower.contains("rights reserved"))
        || ["photo", "image", "picture", "credit"].iter().any(|w| lower.contains(w))
    {
        return None;
    }
    let mut rest = &line[at..];
    // Skip the mark, years and punctuation before the name.
    loop {
        let r = rest.trim_start();
        let r = r
            .strip_prefix('\u{a9}')
            .or_else(|| r.strip_prefix("(c)"))
            .or_else(|| r.strip_prefix("(C)"))
            .or_else(|| r.get(..9).filter(|p| p.eq_ignore_ascii_case("copyright")).map(|_| &r[9..]));
        let r = r.unwrap_or(rest.trim_start());
        let r = r.trim_start_matches(|c: char| c.is_ascii_digit() || "-–,/ ".contains(c));
        if r.len() == rest.len() {
            break;
        }
        rest = r;
    }
    // The name ends at a sentence or a separator.
    let lower = rest.to_lowercase();
    let mut end = rest.len();
    for stop in [". ", " | ", " - ", " – ", ", ", ";", " all rights", " or its", " (", "\u{201c}", "\""] {
        if let Some(i) = lower.find(stop) {
            end = end.min(i);
        }
    }
    let name = rest[..end].trim().trim_end_matches('.');
    // Trailing year ("The Courier, 2005–2019" was cut at the comma).
    // "Inexhibit 2019": a year after the name.
    let name = name.trim_end_matches(|c: char| c.is_ascii_digit() || "-–, ".contains(c));
    let (name, stripped) = strip_company_words(name);
    let name = site_name(name)?;
    // Without its group words ("Harbour Media Network"), a company name
    // counts only when it reads as an outlet's ("Harbour News"), not as a
    // parent company's ("Harbour").
    if stripped == Stripped::Group && !super::furniture::is_outlet(&name) {
        return None;
    }
    Some(Evidence { name, weight: if stripped == Stripped::None { 4 } else { 3 }, stripped })
}

/// What [`strip_company_words`] took off a name.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Stripped {
    None,
    /// A legal form only: "Inc", "Ltd", "Company".
    Legal,
    /// Group words too: "Media", "Network", "Communications".
    Group,
}

/// "The Courier Company" → "The Courier", "Courier Media Group Ltd" →
/// "Courier": legal forms and group words after the name.
fn strip_company_words(name: &str) -> (&str, Stripped) {
    const LEGAL: &[&str] = &[
        "inc",
        "incorporated",
        "ltd",
        "limited",
        "llc",
        "plc",
        "corp",
        "corporation",
        "company",
        "co",
        "gmbh",
        "pvt",
        "pty",
        "private",
        "&",
        "and",
    ];
    const GROUP: &[&str] = &[
        "group",
        "holdings",
        "media",
        "network",
        "communications",
        "communication",
        "interactive",
        "publishing",
        "newspapers",
    ];
    let mut words: Vec<&str> = name.split_whitespace().collect();
    let n = words.len();
    let mut how = Stripped::None;
    while words.len() > 1 {
        let w = words.last().map_or(String::new(), |w| w.to_lowercase().trim_end_matches([',', '.']).to_string());
        if LEGAL.contains(&w.as_str()) {
            how = if how == Stripped::Group { how } else { Stripped::Legal };
        } else if GROUP.contains(&w.as_str()) {
            how = Stripped::Group;
        } else {
            break;
        }
        words.pop();
    }
    if words.len() == n {
        return (name, Stripped::None);
    }
    let last = words.last().copied().unwrap_or("");
    let start = words.iter().take(words.len() - 1).map(|w| w.len()).sum::<usize>();
    let end = name[start..].find(last).map_or(name.len(), |i| start + i + last.len());
    (&name[..end], how)
}

/// A site name: one to six words, capitalised or a domain, not a generic
/// phrase ("us", "our newsletters", "Back to").
fn site_name(raw: &str) -> Option<String> {
    let name = raw.trim();
    // "Courier's newsletter": the possessive is not the name's.
    let name = name.strip_suffix("\u{2019}s").or_else(|| name.strip_suffix("'s")).unwrap_or(name);
    let name = name.trim_matches(|c: char| "\"'\u{201c}\u{201d}\u{2018}\u{2019}:-–|,.".contains(c)).trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || name.len() > 60 {
        return None;
    }
    if !name.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) {
        return None;
    }
    if !words.iter().any(|w| w.chars().next().is_some_and(char::is_uppercase)) {
        return None;
    }
    const GENERIC: &[&str] = &[
        "us",
        "our",
        "back",
        "go",
        "return",
        "the",
        "a",
        "more",
        "all",
        "free",
        "email",
        "daily",
        "weekly",
        "breaking",
        "latest",
        "news",
        "sign",
        "get",
        "your",
        "my",
        "this",
        "back to",
        "click here",
    ];
    let lower = name.to_lowercase();
    if GENERIC.contains(&lower.as_str()) || GENERIC.contains(&words[0].to_lowercase().as_str()) && words.len() == 1 {
        return None;
    }
    // Calls to action and possessives are no names ("Sell Your", "Join Our").
    const NOT_IN_NAMES: &[&str] = &[
        "our",
        "your",
        "my",
        "us",
        "you",
        "we",
        "to",
        "up",
        "back",
        "click",
        "sign",
        "join",
        "get",
        "see",
        "view",
        "sell",
        "buy",
        "manage",
        "read",
        "watch",
        "listen",
        "subscribe",
        "download",
        "follow",
        "share",
        "here",
    ];
    if words.iter().any(|w| NOT_IN_NAMES.contains(&w.to_lowercase().as_str())) {
        return None;
    }
    // A date or a number is no name.
    if !name.chars().any(char::is_alphabetic) {
        return None;
    }
    Some(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dropped(lines: &[&str]) -> Vec<Removed> {
        lines
            .iter()
            .enumerate()
            .map(|(i, t)| Removed { line: i as u32 + 1, text: t.to_string(), reason: "page text".into() })
            .collect()
    }

    #[test]
    fn the_copyright_line_names_the_outlet() {
        let d = dropped(&["Home", "Sport", "Contact us", "\u{a9} 2024 The Valley Courier. All rights reserved."]);
        assert_eq!(outlet(&d).as_deref(), Some("The Valley Courier"));
        let d = dropped(&["Copyright \u{a9} 2023, Harbour Gazette | Terms of Service | Privacy Policy"]);
        assert_eq!(outlet(&d).as_deref(), Some("Harbour Gazette"));
    }

    #[test]
    fn the_footer_address_and_a_magazine_sign_up_name_the_outlet() {
        // The parent company's copyright names no brand; the address does.
        let d = dropped(&[
            "The Courier Apps",
            "The Courier 1625 Main Street, NW Suite 900 Springfield | 555-0100 tel",
            "The contents of this site are \u{a9}2024 Harbour Publishing Corp., a subsidiary of Harbour Holdings",
        ]);
        assert_eq!(outlet(&d).as_deref(), Some("The Courier"));
        assert_eq!(address("Suite 12 is on the left"), None);
        assert_eq!(address("1625 Main Street, Springfield"), None);
        // A magazine's sign-up outweighs its publisher's copyright.
        let d =
            dropped(&["Subscribe to Valley Trade Magazine", "Copyright Harbour Gazette Company, All rights reserved"]);
        assert_eq!(outlet(&d).as_deref(), Some("Valley Trade"));
    }

    #[test]
    fn company_words_are_stripped() {
        let d = dropped(&["\u{a9} 2022 The Valley Courier Company", "Follow us on Twitter"]);
        assert_eq!(outlet(&d).as_deref(), Some("The Valley Courier"));
        let d = dropped(&["\u{a9} 2022 Valley Courier Media Group Ltd.", "Sign up for Valley Courier newsletters"]);
        assert_eq!(outlet(&d).as_deref(), Some("Valley Courier"));
        assert_eq!(strip_company_words("Harbour News Network Inc."), ("Harbour News", Stripped::Group));
        assert_eq!(strip_company_words("The Harbour Gazette Company"), ("The Harbour Gazette", Stripped::Legal));
        assert_eq!(strip_company_words("Harbour Gazette"), ("Harbour Gazette", Stripped::None));
        // A parent company is no outlet.
        assert_eq!(outlet(&dropped(&["\u{a9} 2020 Kestrel Communications, Inc. All rights reserved."])), None);
    }

    #[test]
    fn the_brand_beats_the_parent_company() {
        let d = dropped(&[
            "Valley Sports Home",
            "Scores",
            "More from Valley Sports",
            "\u{a9} 2004-2024 Valley Broadcasting Inc. All Rights Reserved.",
            "Valley Sports is a registered trademark of Valley Broadcasting Inc.",
        ]);
        assert_eq!(outlet(&d).as_deref(), Some("Valley Sports"));
        // The group's copyright twice against the brand's app and logo.
        let d = dropped(&[
            "Valley News",
            "Scores",
            "Valley News App",
            "\u{a9} 2024 Valley Interactive Inc. All Rights Reserved.",
            "Copyright \u{a9} 2024 Valley Interactive Inc. All rights reserved.",
        ]);
        assert_eq!(outlet(&d).as_deref(), Some("Valley News"));
    }

    #[test]
    fn the_company_backs_a_section_it_starts() {
        // "Follow The Harbour Gazette Opinion desk" and "© The Harbour
        // Gazette Company": the paper, not its desk.
        let d = dropped(&[
            "Follow The Harbour Gazette Opinion desk on Facebook and Twitter.",
            "\u{a9} 2021 The Harbour Gazette Company",
        ]);
        assert_eq!(outlet(&d).as_deref(), Some("The Harbour Gazette"));
    }

    #[test]
    fn follows_back_links_and_newsletters() {
        let d = dropped(&["The Lantern - Back to home", "Follow us on Twitter", "Newsletters"]);
        assert_eq!(outlet(&d).as_deref(), Some("The Lantern"));
        let d = dropped(&["Follow Beacon on Facebook", "Follow Beacon on Twitter", "BEACON Newsletters"]);
        assert_eq!(outlet(&d).as_deref(), Some("Beacon"));
        let d = dropped(&["Welcome to The Lantern\u{2019}s new look", "Subscribe to The Lantern newsletter"]);
        assert_eq!(outlet(&d).as_deref(), Some("The Lantern"));
    }

    #[test]
    fn no_evidence_no_outlet() {
        let d = dropped(&[
            "Home",
            "Follow us on Instagram",
            "Sign up for our newsletter",
            "Back to top",
            "More from Business",
            "Newsletters",
            "Photo \u{a9} Jane Doe",
        ]);
        assert_eq!(outlet(&d), None);
        assert_eq!(outlet(&[]), None);
    }
}
