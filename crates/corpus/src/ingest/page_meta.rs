//! Metadata of a saved web page from what the publisher declared: JSON-LD
//! (`NewsArticle` and kin), OpenGraph and other `<meta>` tags, `<time
//! datetime>`, `<link rel=canonical>` and `<html lang>`. Each field keeps the
//! name of the place it came from, so `dossier check` can say why.
//!
//! Structured data ranks above heuristics on the visible text; front matter
//! and `dossier.toml` rank above both (applied later in `ingest`).

use dom_query::Document;
use serde_json::Value;

/// A field value and where it was found ("JSON-LD headline", "og:title").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sourced {
    pub value: String,
    pub source: String,
}

/// What the page declares about itself. Dates are kept as written
/// (ISO 8601 mostly); the calendar day is the one before any `T`, which is
/// the day in the publisher's own time zone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub title: Option<Sourced>,
    pub published: Option<Sourced>,
    pub modified: Option<Sourced>,
    pub author: Option<Sourced>,
    pub outlet: Option<Sourced>,
    pub url: Option<Sourced>,
    pub lang: Option<Sourced>,
    pub description: Option<Sourced>,
    pub tags: Vec<String>,
    /// Problems met on the way (invalid JSON-LD, several articles).
    pub notes: Vec<String>,
}

/// JSON-LD types that describe the article a page is about.
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "ScholarlyArticle",
    "TechArticle",
];

/// Reads the page's declared metadata. Never fails: a missing or broken
/// source just leaves its fields to the next one.
pub fn read(doc: &Document) -> PageMeta {
    let mut meta = PageMeta::default();
    let ld = json_ld(doc, &mut meta.notes);
    let tag = |names: &[&str]| meta_tag(doc, names);
    let page_title = tag(&["og:title", "twitter:title"]).map(|t| t.value);

    if let Some(article) = pick_article(&ld, page_title.as_deref(), &mut meta.notes) {
        let text = |key: &str| article.get(key).and_then(plain_text);
        meta.title = text("headline").or_else(|| text("name")).map(|v| src(v, "JSON-LD headline"));
        meta.published = text("datePublished").filter(|v| plausible_date(v)).map(|v| src(v, "JSON-LD datePublished"));
        meta.modified = text("dateModified").map(|v| src(v, "JSON-LD dateModified"));
        meta.author = article.get("author").and_then(people).map(|v| src(v, "JSON-LD author"));
        meta.outlet = article.get("publisher").and_then(name_of).map(|v| src(v, "JSON-LD publisher"));
        meta.description = text("description").map(|v| src(v, "JSON-LD description"));
        meta.url = article.get("mainEntityOfPage").and_then(url_of).map(|v| src(v, "JSON-LD url"));
        if let Some(k) = article.get("keywords") {
            meta.tags = keywords(k);
        }
    }
    let or = |field: &mut Option<Sourced>, found: Option<Sourced>| {
        if field.is_none() {
            *field = found;
        }
    };
    or(&mut meta.title, tag(&["og:title", "twitter:title"]));
    or(&mut meta.title, doc.select("title").iter().next().map(|t| t.text().to_string()).map(|v| src(v, "<title>")));
    or(
        &mut meta.published,
        tag(&[
            "article:published_time",
            "og:article:published_time",
            "article:published",
            "datePublished",
            "pubdate",
            "publishdate",
            "publish-date",
            "parsely-pub-date",
            "sailthru.date",
            "dc.date.issued",
            "dc.date",
            "dcterms.created",
            "date",
        ]),
    );
    or(&mut meta.published, itemprop(doc, "datePublished"));
    or(&mut meta.published, time_datetime(doc));
    or(&mut meta.published, any_date_meta(doc));
    if meta.published.as_ref().is_some_and(|d| !plausible_date(&d.value)) {
        meta.notes.push(format!(
            "{} gives {:?}, not a real publication date; ignored",
            meta.published.as_ref().map_or("", |d| &d.source),
            meta.published.as_ref().map_or("", |d| &d.value)
        ));
        meta.published = None;
    }
    or(&mut meta.modified, tag(&["article:modified_time", "og:updated_time", "dateModified"]));
    or(&mut meta.author, tag(&["author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator"]));
    // A visible byline naming more people than the declared author (wire
    // stories often declare only the first) is the fuller record.
    if let Some(names) = byline_names(doc) {
        let declared = meta.author.as_ref().map(|a| a.value.to_lowercase()).unwrap_or_default();
        let fuller = names.split(", ").count() > declared.split(',').filter(|s| !s.trim().is_empty()).count();
        if fuller && (declared.is_empty() || names.to_lowercase().contains(declared.trim_start_matches("by ").trim())) {
            meta.author = Some(src(names, "the page's byline"));
        }
    }
    let site_tag = tag(&["og:site_name", "application-name", "publisher"]);
    let suffix = title_suffix(doc, meta.title.as_ref().map(|t| t.value.as_str()));
    // JSON-LD's publisher is sometimes a desk or service ("DH News Service")
    // rather than the site; when the site-name tag and the <title> agree on
    // another name, two declared sources outvote one.
    let same = |a: &Sourced, b: &Sourced| folded_name(&a.value) == folded_name(&b.value);
    if let (Some(declared), Some(site), Some(suffix)) = (&meta.outlet, &site_tag, &suffix) {
        if same(site, suffix) && !same(declared, site) {
            meta.outlet = Some(src(site.value.clone(), &format!("{}, as the <title> suffix", site.source)));
        }
    }
    or(&mut meta.outlet, site_tag);
    or(&mut meta.outlet, suffix);
    or(&mut meta.description, tag(&["og:description", "description", "twitter:description"]));
    or(
        &mut meta.url,
        doc.select(r#"link[rel="canonical"]"#)
            .attr("href")
            .map(|h| h.trim().to_string())
            .filter(|h| h.starts_with("http"))
            .map(|v| src(v, "<link rel=canonical>")),
    );
    or(&mut meta.url, tag(&["og:url"]).filter(|u| u.value.starts_with("http")));
    or(
        &mut meta.lang,
        doc.select("html")
            .attr("lang")
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .map(|v| src(v, "<html lang>")),
    );
    or(&mut meta.lang, tag(&["og:locale", "content-language"]));
    if meta.tags.is_empty() {
        meta.tags = doc
            .select(r#"meta[property="article:tag"]"#)
            .iter()
            .filter_map(|m| m.attr("content").map(|c| clean(&c)))
            .filter(|t| !t.is_empty())
            .collect();
    }
    // An author meta tag holding a profile URL names nobody.
    if meta.author.as_ref().is_some_and(|a| a.value.starts_with("http")) {
        meta.author = None;
    }
    meta
}

fn src(value: String, source: &str) -> Sourced {
    Sourced { value, source: source.to_string() }
}

/// Whitespace collapsed, entities already decoded by the parser.
fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first non-empty `<meta>` among `names`, matched on `property`,
/// `name` or `itemprop`, case-insensitively, in the order given.
fn meta_tag(doc: &Document, names: &[&str]) -> Option<Sourced> {
    let metas = doc.select("meta");
    for name in names {
        for m in metas.iter() {
            let keyed =
                |attr: &str| m.attr(attr).is_some_and(|k| k.split_whitespace().any(|k| k.eq_ignore_ascii_case(name)));
            if keyed("property") || keyed("name") || keyed("itemprop") {
                if let Some(c) = m.attr("content").map(|c| clean(&c)).filter(|c| !c.is_empty()) {
                    return Some(Sourced { value: c, source: format!("<meta {name}>") });
                }
            }
        }
    }
    None
}

/// Placeholder dates ("0001-01-01") that content systems write for "none".
fn plausible_date(v: &str) -> bool {
    match v.get(..4).and_then(|y| y.parse::<i32>().ok()) {
        Some(year) => (1900..=2200).contains(&year),
        None => true,
    }
}

/// Any other `<meta>` whose name speaks of a publication or post date
/// ("sn-post-date", "article.published") and whose value starts with one.
fn any_date_meta(doc: &Document) -> Option<Sourced> {
    doc.select("meta").iter().find_map(|m| {
        let key = m.attr("name").or_else(|| m.attr("property"))?.to_ascii_lowercase();
        let named = key.contains("date") || key.contains("publish");
        let other = ["modif", "updat", "expir", "creat", "valid"].iter().any(|w| key.contains(w));
        let value = clean(&m.attr("content")?);
        let b = value.as_bytes();
        let dated = b.len() >= 8 && b[..4].iter().all(u8::is_ascii_digit) && plausible_date(&value);
        (named && !other && dated && (key.contains("pub") || key.contains("post")))
            .then(|| Sourced { value, source: format!("<meta {key}>") })
    })
}

/// Microdata on any element: `<span itemprop="datePublished" content=...>`.
fn itemprop(doc: &Document, prop: &str) -> Option<Sourced> {
    let sel = doc.select(&format!(r#"[itemprop~="{prop}"]"#));
    let node = sel.iter().next()?;
    let v = node.attr("content").or_else(|| node.attr("datetime")).map(|c| clean(&c))?;
    (!v.is_empty()).then(|| src(v, "microdata datePublished"))
}

/// The first `<time datetime>` that carries a full date.
fn time_datetime(doc: &Document) -> Option<Sourced> {
    doc.select("time[datetime]")
        .iter()
        .filter_map(|t| t.attr("datetime").map(|d| d.trim().to_string()))
        .find(|d| d.len() >= 10 && d.as_bytes()[4] == b'-' && d[..4].bytes().all(|b| b.is_ascii_digit()))
        .map(|v| src(v, "<time datetime>"))
}

/// Names in the page's author markup: microdata `itemprop=author` and
/// `rel=author` links, in order, without repeats; else the people named in
/// the first byline element.
fn byline_names(doc: &Document) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    for node in doc.select(r#"[itemprop~="author"], a[rel~="author"]"#).iter() {
        let inner = node.select(r#"[itemprop~="name"]"#);
        let text = if inner.exists() {
            inner.attr("content").map(|c| c.to_string()).unwrap_or_else(|| inner.text().to_string())
        } else {
            node.attr("content").map(|c| c.to_string()).unwrap_or_else(|| node.text().to_string())
        };
        let name = clean(&text);
        let name = name.trim_start_matches("By ").trim_start_matches("by ").trim().to_string();
        let words = name.split_whitespace().count();
        if (2..=5).contains(&words) && name.len() < 60 && !names.contains(&name) {
            names.push(name);
        }
    }
    if names.is_empty() {
        // Else the page's byline element: "By A, B and C", "Jane Doe".
        let sel =
            doc.select(r#"[class*="byline"], [class~="author"], [class*="author-name"], [class*="author__name"]"#);
        if let Some(found) = sel.iter().take(12).map(|n| people_in(&clean(&n.text()))).find(|n| !n.is_empty()) {
            names = found;
        }
    }
    (!names.is_empty()).then(|| names.join(", "))
}

/// The people named in a byline text: "By A, B and C | Nov 19" gives A, B
/// and C. A part counts when it reads as a name: two to four capitalised
/// words, no digits.
fn people_in(text: &str) -> Vec<String> {
    if text.len() > 200 {
        return Vec::new();
    }
    let text = text.trim();
    let text = text
        .strip_prefix("By ")
        .or_else(|| text.strip_prefix("by "))
        .or_else(|| text.strip_prefix("BY "))
        .unwrap_or(text);
    let mut out: Vec<String> = Vec::new();
    for part in text.split([',', '|', '\u{2022}', '\u{b7}', ';']).flat_map(|p| p.split(" and ")) {
        let part = part.trim().trim_start_matches("and ").trim();
        let words: Vec<&str> = part.split_whitespace().collect();
        // Function words ("The Russian", "More From") never make a name.
        const FUNCTION: &[&str] =
            &["the", "a", "an", "of", "in", "on", "at", "for", "to", "from", "with", "more", "our"];
        let name_like = (2..=4).contains(&words.len())
            && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && !words.iter().any(|w| FUNCTION.contains(&w.to_lowercase().as_str()))
            && !part.chars().any(|c| c.is_ascii_digit());
        if name_like && !out.iter().any(|n| n == part) {
            out.push(part.to_string());
        }
    }
    out
}

/// A site name compared loosely: case, spaces and punctuation aside.
fn folded_name(name: &str) -> String {
    name.to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect()
}

/// "Headline - The Daily Courier": the `<title>` around the headline names
/// the site when no tag does.
fn title_suffix(doc: &Document, headline: Option<&str>) -> Option<Sourced> {
    let title = clean(&doc.select("title").iter().next()?.text());
    for sep in [" | ", " - ", " \u{2013} ", " \u{2014} ", " : ", " \u{b7} "] {
        let parts: Vec<&str> = title.split(sep).map(str::trim).collect();
        if parts.len() < 2 {
            continue;
        }
        let (first, last) = (parts[0], parts[parts.len() - 1]);
        let (f, l) = (folded_name(first), folded_name(last));
        let site = match headline.map(folded_name) {
            Some(h) if h.ends_with(&l) && !h.starts_with(&l) => first,
            Some(h) if h.contains(&f) || f.contains(&h) => last,
            Some(_) => continue,
            None => last,
        };
        if !site.is_empty() && site.split_whitespace().count() <= 5 {
            return Some(src(site.to_string(), "<title> suffix"));
        }
    }
    None
}

/// Dates shown on the page: `<time>` elements and short elements whose class
/// or id says date, time or byline. Used to check a declared timestamp
/// against the day the reader sees.
pub fn visible_date_texts(doc: &Document) -> Vec<String> {
    let sel = doc.select(
        r#"time, [class*="date"], [class*="time"], [class*="byline"], [class*="publish"], [id*="date"], [class*="meta"]"#,
    );
    sel.iter().map(|n| clean(&n.text())).filter(|t| (6..200).contains(&t.len())).take(80).collect()
}

/// Every JSON-LD object on the page, flattened out of arrays and `@graph`.
/// Invalid blocks are noted and skipped.
fn json_ld(doc: &Document, notes: &mut Vec<String>) -> Vec<Value> {
    let mut out = Vec::new();
    for (i, script) in doc.select("script").iter().enumerate() {
        let is_ld = script.attr("type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
        if !is_ld {
            continue;
        }
        let raw = script.text();
        let parsed = serde_json::from_str::<Value>(raw.trim())
            // Publishers often leave raw line breaks inside strings.
            .or_else(|_| serde_json::from_str::<Value>(&raw.replace(['\n', '\r', '\t'], " ")));
        match parsed {
            Ok(v) => flatten(v, &mut out, 0),
            Err(e) => notes.push(format!("JSON-LD block {} is not valid JSON ({e}); skipped", i + 1)),
        }
    }
    out
}

fn flatten(v: Value, out: &mut Vec<Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(items) => items.into_iter().for_each(|i| flatten(i, out, depth + 1)),
        Value::Object(mut map) => {
            if let Some(graph) = map.remove("@graph") {
                flatten(graph, out, depth + 1);
            }
            out.push(Value::Object(map));
        }
        _ => {}
    }
}

fn is_article(v: &Value) -> bool {
    let types: Vec<&str> = match v.get("@type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    types
        .iter()
        .any(|t| ARTICLE_TYPES.contains(&t.trim_start_matches("schema:").trim_start_matches("http://schema.org/")))
}

/// The article object that describes this page. With several, the one whose
/// headline matches the page's own title, else the first, with a note.
fn pick_article<'v>(ld: &'v [Value], page_title: Option<&str>, notes: &mut Vec<String>) -> Option<&'v Value> {
    let articles: Vec<&Value> = ld.iter().filter(|v| is_article(v)).collect();
    if articles.len() > 1 {
        let fold = |s: &str| s.to_lowercase().split_whitespace().collect::<String>();
        let matching = page_title.and_then(|t| {
            articles.iter().find(|a| a.get("headline").and_then(plain_text).is_some_and(|h| fold(&h) == fold(t)))
        });
        notes.push(format!(
            "JSON-LD lists {} articles; used {}",
            articles.len(),
            if matching.is_some() { "the one whose headline is the page title" } else { "the first" }
        ));
        return matching.copied().or(articles.first().copied());
    }
    articles.first().copied()
}

fn plain_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(clean(&decode_entities(s))).filter(|s| !s.is_empty()),
        Value::Array(items) => items.iter().find_map(plain_text),
        _ => None,
    }
}

/// JSON-LD is script text, so the HTML parser left its entities alone.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let frag = Document::fragment(format!("<p>{}</p>", s.replace('<', "&lt;")));
    frag.select("p").text().to_string()
}

fn name_of(v: &Value) -> Option<String> {
    match v {
        Value::Object(m) => m.get("name").and_then(plain_text),
        Value::Array(items) => items.iter().find_map(name_of),
        Value::String(s) => Some(clean(s)).filter(|s| !s.is_empty() && !s.starts_with("http")),
        _ => None,
    }
}

/// Authors that are people, joined with ", ". An `Organization` author is
/// the outlet or an agency, not a byline.
fn people(v: &Value) -> Option<String> {
    let items: Vec<&Value> = match v {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    let mut names: Vec<String> = Vec::new();
    for item in items {
        if item
            .get("@type")
            .and_then(Value::as_str)
            .is_some_and(|t| t == "Organization" || t == "NewsMediaOrganization")
        {
            continue;
        }
        if let Some(n) = name_of(item) {
            for part in n.split(" and ") {
                let part = part.trim().trim_start_matches("By ").trim_start_matches("by ").trim();
                if !part.is_empty() && !names.iter().any(|x| x == part) {
                    names.push(part.to_string());
                }
            }
        }
    }
    (!names.is_empty()).then(|| names.join(", "))
}

fn url_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if s.starts_with("http") => Some(s.trim().to_string()),
        Value::Object(m) => m.get("@id").or_else(|| m.get("url")).and_then(url_of),
        _ => None,
    }
}

fn keywords(v: &Value) -> Vec<String> {
    let raw: Vec<String> = match v {
        Value::String(s) => s.split(',').map(str::to_string).collect(),
        Value::Array(items) => items.iter().filter_map(|i| i.as_str().map(str::to_string)).collect(),
        _ => vec![],
    };
    raw.into_iter().map(|k| clean(&k)).filter(|k| !k.is_empty() && k.len() < 60).take(20).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(html: &str) -> PageMeta {
        read(&Document::from(html))
    }

    #[test]
    fn json_ld_ranks_above_open_graph() {
        let m = meta(
            r#"<html lang="en-GB"><head><title>Site | Page</title>
            <meta property="og:title" content="OG headline">
            <meta property="og:site_name" content="The Courier">
            <link rel="canonical" href="https://example.org/a">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Courier site"},
              {"@type":"NewsArticle","headline":"Floods cut off &amp; isolate towns","datePublished":"2024-03-01T23:30:00-05:00",
               "author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Li Wei"}],
               "publisher":{"@type":"Organization","name":"The Courier"}}]}</script></head><body></body></html>"#,
        );
        assert_eq!(m.title.as_ref().unwrap().value, "Floods cut off & isolate towns");
        assert_eq!(m.title.unwrap().source, "JSON-LD headline");
        assert_eq!(m.published.unwrap().value, "2024-03-01T23:30:00-05:00");
        assert_eq!(m.author.unwrap().value, "Ana Ruiz, Li Wei");
        assert_eq!(m.outlet.unwrap().value, "The Courier");
        assert_eq!(m.url.unwrap().value, "https://example.org/a");
        assert_eq!(m.lang.unwrap().value, "en-GB");
    }

    #[test]
    fn site_tag_and_title_suffix_agreeing_outvote_the_json_ld_publisher() {
        let page = |suffix: &str| {
            format!(
                r#"<head><title>Port reopens | {suffix}</title>
                <meta property="og:site_name" content="The Harbour Gazette">
                <script type="application/ld+json">{{"@type":"NewsArticle","headline":"Port reopens",
                 "publisher":{{"@type":"Organization","name":"HG Wire Desk"}}}}</script></head>"#
            )
        };
        let m = meta(&page("The Harbour Gazette"));
        let outlet = m.outlet.unwrap();
        assert_eq!(outlet.value, "The Harbour Gazette");
        assert_eq!(outlet.source, "<meta og:site_name>, as the <title> suffix");
        // One source against one: JSON-LD keeps its rank.
        let m = meta(&page("Evening Edition"));
        assert_eq!(m.outlet.unwrap().value, "HG Wire Desk");
    }

    #[test]
    fn meta_tags_and_time_when_there_is_no_json_ld() {
        let m = meta(
            r#"<head><meta name="author" content="Sam Okafor"><meta property="og:title" content="Port reopens">
            <meta name="description" content="The harbour is open again."></head>
            <body><time datetime="2023-07-09T08:00">9 July</time></body>"#,
        );
        assert_eq!(m.title.unwrap().source, "<meta og:title>");
        assert_eq!(m.author.unwrap().value, "Sam Okafor");
        assert_eq!(m.published.unwrap().source, "<time datetime>");
        assert_eq!(m.description.unwrap().value, "The harbour is open again.");
    }

    #[test]
    fn invalid_json_ld_is_noted_and_several_articles_pick_the_page_one() {
        let m = meta(
            r#"<head><meta property="og:title" content="Second story">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
            <script type="application/ld+json">[{"@type":"NewsArticle","headline":"First story"},
              {"@type":"NewsArticle","headline":"Second story","datePublished":"2020-01-02"}]</script></head>"#,
        );
        assert!(m.notes.iter().any(|n| n.contains("not valid JSON")), "{:?}", m.notes);
        assert!(m.notes.iter().any(|n| n.contains("lists 2 articles")), "{:?}", m.notes);
        assert_eq!(m.title.unwrap().value, "Second story");
        assert_eq!(m.published.unwrap().value, "2020-01-02");
    }

    #[test]
    fn a_byline_element_naming_more_people_completes_the_declared_author() {
        let m = meta(
            r#"<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
            "author":{"@type":"Person","name":"Ana Ruiz"}}</script></head>
            <body><p class="content__meta-byline">By Ana Ruiz, Li Wei and Sam Okafor</p></body>"#,
        );
        assert_eq!(m.author.unwrap().value, "Ana Ruiz, Li Wei, Sam Okafor");
        let m = meta(r#"<body><span class="author"> Tom Hale </span><span class="publication">Wire</span></body>"#);
        assert_eq!(m.author.unwrap().value, "Tom Hale");
        assert_eq!(people_in("By Jane Doe | Nov 19, 2019 | 3 min read"), vec!["Jane Doe"]);
        assert!(people_in("The Russian and Syrian defense ministries").is_empty());
    }

    #[test]
    fn organisation_authors_and_profile_urls_are_not_bylines() {
        let m = meta(
            r#"<head><meta name="author" content="https://example.org/staff/x">
            <script type="application/ld+json">{"@type":"Article","headline":"H","author":{"@type":"Organization","name":"Wire"}}</script></head>"#,
        );
        assert_eq!(m.author, None);
    }
}
