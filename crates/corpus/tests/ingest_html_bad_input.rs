//! Bad and awkward saved web pages (.html), one test per kind, each built
//! through the real pipeline from a temporary corpus folder (the style of
//! `ingest_bad_input.rs`). Every page and article here is invented.

use dossier_corpus::{Article, Build, FileOutcome, Report, Severity};
use std::path::PathBuf;

/// A fresh folder under the target dir holding `files` (names may contain
/// `/` for sub-folders).
fn corpus(test: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("ingest_html_bad_{test}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    for (name, bytes) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("sub-folder");
        std::fs::write(path, bytes).expect("write test file");
    }
    dir
}

fn build(test: &str, files: &[(&str, &[u8])]) -> Build {
    dossier_corpus::build(&corpus(test, files)).expect("folder readable")
}

/// The one article built from `file`, or a panic showing the report.
fn article<'b>(b: &'b Build, file: &str) -> &'b Article {
    let f = b.report.files.iter().find(|f| f.file == file).unwrap_or_else(|| panic!("{file} not in report"));
    match f.outcome {
        FileOutcome::Article { index } => &b.corpus.articles[index],
        ref other => panic!("{file} is not an article: {other:?}\n{}", b.report),
    }
}

fn skipped_reason(report: &Report, file: &str) -> String {
    let f = report.files.iter().find(|f| f.file == file).unwrap_or_else(|| panic!("{file} not in report"));
    match &f.outcome {
        FileOutcome::Skipped { reason } => reason.clone(),
        other => panic!("{file} not skipped: {other:?}\n{report}"),
    }
}

fn warnings<'r>(report: &'r Report, file: &str) -> Vec<&'r str> {
    let f = report.files.iter().find(|f| f.file == file).expect("file in report");
    f.diagnostics.iter().filter(|d| d.severity == Severity::Warning).map(|d| d.message.as_str()).collect()
}

/// The `fields of <file>: …` line of the printed report (what `dossier check` shows).
fn fields_line(report: &Report, file: &str) -> String {
    let printed = report.to_string();
    let head = format!("fields of {file}: ");
    printed
        .lines()
        .find_map(|l| l.trim().strip_prefix(&head).map(str::to_string))
        .unwrap_or_else(|| panic!("no `{head}` line in:\n{printed}"))
}

/// Every body paragraph of the article, in order.
fn paragraphs(a: &Article) -> Vec<&str> {
    a.sections.iter().flat_map(|s| s.paragraphs.iter().map(String::as_str)).collect()
}

const FERRY_TITLE: &str = "Lake ferry to sail again after winter of ice";
const FERRY: [&str; 4] = [
    "The ferry between Orsby and Kellham will run again from Monday after a winter in which ice closed the crossing for eleven weeks.",
    "The operator said the older of its two boats had been refitted with a stronger hull and would carry up to forty cars on each trip.",
    "Shopkeepers in Kellham said the closure had cost them most of their weekend trade, as visitors from the south bank stayed away.",
    "A timetable with sailings every half hour in the summer months will be published on the council website next week.",
];

const ORCHARD_TITLE: &str = "Frost spares the valley orchards for a second spring";
const ORCHARD: [&str; 3] = [
    "Fruit growers in the Brenn valley said on Tuesday that the late frost had passed without damage to the apple blossom.",
    "Night temperatures fell to two degrees below zero, but fans and small fires kept the air moving between the rows of trees.",
    "The growers' cooperative expects a harvest close to last year's, when it sold nine thousand tonnes of fruit to the cities.",
];

/// A realistic news page: site header and nav, the article, a sidebar of
/// other headlines and a footer. `head` goes into `<head>` after the title;
/// `body` is the article's inner HTML after the headline.
fn page(title: &str, head: &str, body: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | The Lakeside Courier</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">The Lakeside Courier</a>
  <nav class="main-nav"><ul>
    <li><a href="/news">News</a></li><li><a href="/region">Region</a></li>
    <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li>
    <li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li>
  </ul></nav>
</header>
<main>
  <article class="story">
    <h1>{title}</h1>
    <div class="meta"><time datetime="2023-03-14T07:30:00+01:00">14 March 2023</time></div>
    <div class="story-body">
{body}
    </div>
  </article>
  <aside class="most-read">
    <h2>Most read</h2>
    <ul>
      <li><a href="/news/bus-routes">Council votes on new bus routes</a></li>
      <li><a href="/sport/rowing">Rowing club wins regional cup</a></li>
      <li><a href="/news/library">Library to open on Sundays</a></li>
    </ul>
  </aside>
</main>
<footer class="site-footer">
  <p>&copy; 2023 The Lakeside Courier. All rights reserved.</p>
  <ul><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact us</a></li></ul>
</footer>
</body>
</html>
"#
    )
}

fn paras(ps: &[&str]) -> String {
    ps.iter().map(|p| format!("      <p>{p}</p>\n")).collect()
}

fn ferry_page() -> String {
    page(FERRY_TITLE, "", &paras(&FERRY))
}

// ---------------------------------------------------------------------------
// Malformed and truncated pages

#[test]
fn well_formed_baseline() {
    let b = build("baseline", &[("ferry.html", ferry_page().as_bytes())]);
    let a = article(&b, "ferry.html");
    assert_eq!(a.title, FERRY_TITLE);
    assert_eq!(paragraphs(a), FERRY);
    assert_eq!(a.published.map(|d| d.iso()).as_deref(), Some("2023-03-14"));
}

#[test]
fn unclosed_tags_keep_the_text() {
    // No </p>, no </div>, no </article>, no </body> or </html>; a stray <b>.
    let body = format!(
        "      <p>{}\n      <p><b>{}\n      <p>{}\n      <div class=\"x\"><p>{}\n",
        FERRY[0], FERRY[1], FERRY[2], FERRY[3]
    );
    let html = page(FERRY_TITLE, "", &body);
    let html = html.split("  </article>").next().expect("cut");
    let b = build("unclosed", &[("ferry.html", html.as_bytes())]);
    let a = article(&b, "ferry.html");
    assert_eq!(a.title, FERRY_TITLE);
    assert_eq!(paragraphs(a), FERRY);
}

/// The ferry page cut just after `cut_after` plus `tail` (the start of a
/// tag, attribute, comment or script that never ends).
fn truncated(tail: &str) -> String {
    let full = page(FERRY_TITLE, "", &format!("{}      {tail}", paras(&FERRY[..3])));
    let at = full.rfind(tail).expect("tail present") + tail.len();
    full[..at].to_string()
}

#[test]
fn truncated_in_a_tag_attribute_comment_or_script() {
    let cases = [
        ("in_tag", "<p cla"),
        ("in_attribute", "<a href=\"/news/ferry-timetable?utm_source=sha"),
        ("in_attribute_single", "<img alt='A ferry at the quay in Kell"),
        ("in_comment", "<!-- related stories: begin <p>Not article text."),
        ("in_script", "<script>window.__DATA__ = {\"story\": \"lake ferry\", \"ids\": [1, 2, "),
        ("in_entity", "<p>Tickets &amp"),
        ("in_doctype_like", "<!"),
    ];
    for (test, tail) in cases {
        let html = truncated(tail);
        assert!(html.ends_with(tail), "{test}");
        let b = build(&format!("trunc_{test}"), &[("ferry.html", html.as_bytes())]);
        let a = article(&b, "ferry.html");
        assert_eq!(a.title, FERRY_TITLE, "{test}");
        let ps = paragraphs(a);
        assert_eq!(ps[..3], FERRY[..3], "{test}: {ps:?}");
        let text = a.text();
        assert!(!text.contains("utm_source") && !text.contains("__DATA__") && !text.contains('<'), "{test}: {text}");
        assert!(!text.contains("Not article text"), "{test}: a comment's text leaked: {text}");
    }
}

#[test]
fn cut_in_the_middle_of_the_article() {
    // The download stopped inside the fourth paragraph: its words up to the
    // cut are there, the first three paragraphs are whole.
    let full = ferry_page();
    let at = full.find("every half hour").expect("present");
    let html = &full[..at];
    let b = build("trunc_mid", &[("ferry.html", html.as_bytes())]);
    let a = article(&b, "ferry.html");
    let ps = paragraphs(a);
    assert_eq!(ps[..3], FERRY[..3], "{ps:?}");
    assert_eq!(ps[3], "A timetable with sailings", "{ps:?}");
}

// ---------------------------------------------------------------------------
// A 10 MB page

#[test]
fn ten_megabyte_page_with_clutter() {
    let mut nav = String::from("<nav class=\"mega-menu\"><ul>\n");
    let mut teasers = String::from("<section class=\"teasers\">\n");
    let mut scripts = String::new();
    let mut i = 0;
    while nav.len() + teasers.len() + scripts.len() < 10 * 1024 * 1024 {
        nav.push_str(&format!("<li><a href=\"/section/{i}\">Section {i}</a></li>\n"));
        teasers.push_str(&format!(
            "<div class=\"teaser\"><a href=\"/story/{i}\"><img src=\"/img/{i}.jpg\" alt=\"\">\
             <h3>Teaser headline number {i}</h3></a><span class=\"ago\">{i} minutes ago</span></div>\n"
        ));
        if i % 50 == 0 {
            scripts.push_str(&format!(
                "<script>window.adSlots = window.adSlots || []; window.adSlots.push({{id: 'slot-{i}', sizes: [[300, 250], [728, 90]], targeting: {{section: 'news', position: {i}}}}});</script>\n"
            ));
        }
        i += 1;
    }
    nav.push_str("</ul></nav>\n");
    teasers.push_str("</section>\n");
    let html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{ORCHARD_TITLE}</title>{scripts}</head>\n\
         <body><header><a href=\"/\">Valley Times</a>{nav}</header>\n<main><article><h1>{ORCHARD_TITLE}</h1>\n{}</article>\n\
         <aside>{teasers}</aside></main><footer><p>Valley Times, 2023</p>{scripts}</footer></body></html>",
        paras(&ORCHARD)
    );
    assert!(html.len() > 10 * 1024 * 1024, "{}", html.len());
    let b = build("ten_mb", &[("orchard.html", html.as_bytes())]);
    let a = article(&b, "orchard.html");
    assert_eq!(a.title, ORCHARD_TITLE);
    assert_eq!(paragraphs(a), ORCHARD);
}

// ---------------------------------------------------------------------------
// Pages with no article

#[test]
fn index_page_of_headline_links_is_skipped() {
    let mut cards = String::new();
    let mut links = String::new();
    for (i, h) in [
        "Council votes on new bus routes",
        "Rowing club wins regional cup",
        "Library to open on Sundays from May",
        "Lake ferry to sail again after winter of ice",
        "Frost spares the valley orchards",
        "New bridge design goes on show",
        "School roof repairs to start in June",
        "Market square to close for resurfacing",
    ]
    .iter()
    .enumerate()
    {
        cards.push_str(&format!(
            "<li class=\"card\"><a href=\"/news/{i}\"><h3>{h}</h3></a><span class=\"ago\">{i}h ago</span></li>\n"
        ));
        links.push_str(&format!("<li><a href=\"/news/{i}\">{h}</a></li>\n"));
    }
    // Two shapes: cards with a heading each, and a plain list of links.
    for (test, list) in [("index_cards", cards), ("index_links", links)] {
        index_page_is_skipped(test, &list);
    }
}

fn index_page_is_skipped(test: &str, list: &str) {
    let html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>News | The Lakeside Courier</title></head>\
         <body><header><a href=\"/\">The Lakeside Courier</a><nav><a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav></header>\
         <main><h1>Latest news</h1><ul class=\"cards\">{list}</ul><a class=\"more\" href=\"/news?page=2\">More stories</a></main>\
         <footer><p>&copy; 2023 The Lakeside Courier</p></footer></body></html>"
    );
    let b = build(test, &[("news.html", html.as_bytes())]);
    let reason = skipped_reason(&b.report, "news.html");
    assert!(reason.contains("news.html") && reason.contains("no article body found"), "{test}: {reason}");
    assert!(b.corpus.articles.is_empty(), "{test}");
    assert!(b.report.to_string().contains("skipped news.html: no article body found"), "{}", b.report);
}

#[test]
fn login_wall_is_skipped() {
    let html = r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Members only | The Lakeside Courier</title>
<meta property="og:title" content="Harbour board accounts show a deficit"></head>
<body><header><a href="/">The Lakeside Courier</a><nav><a href="/news">News</a></nav></header>
<main><article class="locked"><h1>Harbour board accounts show a deficit</h1>
<div class="paywall"><h2>Sign in to continue reading</h2>
<form action="/login" method="post"><label>Email <input type="email" name="email"></label>
<label>Password <input type="password" name="password"></label><button>Sign in</button></form>
<p><a href="/subscribe">Subscribe</a></p></div></article></main>
<footer><p>&copy; 2023 The Lakeside Courier</p></footer></body></html>"#;
    let b = build("login_wall", &[("locked.html", html.as_bytes())]);
    let reason = skipped_reason(&b.report, "locked.html");
    assert!(reason.contains("locked.html") && reason.contains("no article body found"), "{reason}");
    assert!(b.corpus.articles.is_empty());
}

#[test]
fn script_only_page_is_skipped() {
    let html = r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>Loading…</title>
<script src="/static/app.3f9a1c.js" defer></script></head>
<body><script>window.__INITIAL_STATE__ = {"route": "/news/ferry", "user": null, "flags": {"paywall": true}};</script>
<script>document.addEventListener('DOMContentLoaded', function () { window.app.mount('#root'); });</script>
<noscript>You need to enable JavaScript to run this app.</noscript></body></html>"#;
    let b = build("script_only", &[("app.html", html.as_bytes())]);
    let reason = skipped_reason(&b.report, "app.html");
    assert!(reason.contains("app.html") && reason.contains("no article body found"), "{reason}");
    assert!(b.corpus.articles.is_empty());
}

// ---------------------------------------------------------------------------
// Legacy charsets declared by <meta>

#[test]
fn windows_1251_declared_by_http_equiv() {
    let title = "Паром снова пойдёт через озеро";
    let body = [
        "Паромная переправа между Орсби и Келлхемом возобновит работу в понедельник после долгой зимы.",
        "Лёд закрыл переправу на одиннадцать недель, и владельцы магазинов потеряли почти всю выручку.",
        "Новое расписание с рейсами каждые полчаса опубликуют на сайте администрации на следующей неделе.",
    ];
    let html = page(title, "", &paras(&body)).replace(
        "<meta charset=\"utf-8\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">",
    );
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(&html);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&bytes).is_err(), "the test page must not be UTF-8");
    let b = build("cp1251", &[("parom.html", &bytes)]);
    let a = article(&b, "parom.html");
    assert_eq!(a.title, title);
    assert!(a.text().contains("переправа"), "{}", a.text());
    assert_eq!(paragraphs(a), body);
    assert!(warnings(&b.report, "parom.html").iter().all(|w| !w.contains("not valid")), "{}", b.report);
}

#[test]
fn iso_8859_1_declared_by_meta_charset() {
    let title = "Le café du port rouvre après l'hiver";
    let body = [
        "Le café du port de Kellham a rouvert ses portes samedi, après trois mois de fermeture à cause de la glace.",
        "La propriétaire, Élodie Marchand, a déclaré que les habitués étaient revenus dès le premier matin.",
        "Une terrasse de vingt tables sera installée sur le quai à partir du mois de mai, si le temps le permet.",
    ];
    let html = page(title, "", &paras(&body)).replace("<meta charset=\"utf-8\">", "<meta charset=\"iso-8859-1\">");
    let bytes: Vec<u8> = html.chars().map(|c| u8::try_from(u32::from(c)).expect("Latin-1 only")).collect();
    assert!(std::str::from_utf8(&bytes).is_err(), "the test page must not be UTF-8");
    let b = build("latin1", &[("cafe.html", &bytes)]);
    let a = article(&b, "cafe.html");
    assert_eq!(a.title, title);
    assert!(a.text().contains("Élodie Marchand") && a.text().contains("déclaré"), "{}", a.text());
    assert_eq!(paragraphs(a), body);
}

// ---------------------------------------------------------------------------
// Entities and <br>

#[test]
fn entities_and_br_separated_paragraphs() {
    let body =
        "      <p>Fish &amp; chips at the quay caf&eacute; now cost 9&nbsp;euros, the owner&#8217;s sign says.<br>\
                The ferry&#x2019;s first crossing leaves at 7&nbsp;am on Monday, weather permitting.<br><br>\
                Tickets for cars &lt;3&nbsp;m long are half price until the end of April this year.</p>\n\
                <p>The operator said demand was &quot;higher than ever&quot; after the long winter closure.</p>\n";
    let b = build("entities", &[("entities.html", page(FERRY_TITLE, "", body).as_bytes())]);
    let a = article(&b, "entities.html");
    assert_eq!(
        paragraphs(a),
        [
            "Fish & chips at the quay caf\u{e9} now cost 9 euros, the owner\u{2019}s sign says.",
            "The ferry\u{2019}s first crossing leaves at 7 am on Monday, weather permitting.",
            "Tickets for cars <3 m long are half price until the end of April this year.",
            "The operator said demand was \"higher than ever\" after the long winter closure.",
        ]
    );
    assert!(!a.text().contains('\u{a0}'), "a no-break space kept: {:?}", a.text());
}

// ---------------------------------------------------------------------------
// JSON-LD problems and metadata precedence

const OG_FERRY: &str = r#"<meta property="og:title" content="Lake ferry to sail again after winter of ice">
<meta property="og:site_name" content="The Lakeside Courier">
<meta property="article:published_time" content="2023-03-12T09:00:00+01:00">
<meta name="author" content="Ilse Marten">"#;

#[test]
fn invalid_json_ld_warns_and_falls_back_to_meta_tags() {
    let head = format!(
        "{OG_FERRY}\n<script type=\"application/ld+json\">{{\"@context\": \"https://schema.org\", \
         \"@type\": \"NewsArticle\", \"headline\": \"Wrong headline\", \"datePublished\": \"2020-01-01\", </script>"
    );
    let b = build("ld_invalid", &[("ferry.html", page(FERRY_TITLE, &head, &paras(&FERRY)).as_bytes())]);
    let a = article(&b, "ferry.html");
    let w = warnings(&b.report, "ferry.html");
    assert!(w.iter().any(|w| w.contains("JSON-LD") && w.contains("not valid JSON")), "{w:?}");
    assert!(b.report.to_string().contains("JSON-LD block 1 is not valid JSON"), "{}", b.report);
    assert_eq!(a.title, FERRY_TITLE);
    assert_eq!(a.published.map(|d| d.iso()).as_deref(), Some("2023-03-12"));
    assert_eq!(a.author.as_deref(), Some("Ilse Marten"));
    assert_eq!(a.outlet.as_deref(), Some("The Lakeside Courier"));
    let fields = fields_line(&b.report, "ferry.html");
    assert!(fields.contains("title: the page's <h1>, matching <meta og:title>"), "{fields}");
    assert!(fields.contains("published: <meta article:published_time>"), "{fields}");
    assert!(fields.contains("author: <meta author>"), "{fields}");
    assert!(!fields.contains("JSON-LD"), "{fields}");
}

#[test]
fn json_ld_with_several_articles_uses_the_one_titled_like_og_title() {
    let head = format!(
        "{OG_FERRY}\n<script type=\"application/ld+json\">[\
         {{\"@type\": \"NewsArticle\", \"headline\": \"Council votes on new bus routes\", \"datePublished\": \"2023-02-01\", \
           \"author\": {{\"@type\": \"Person\", \"name\": \"Tomas Brede\"}}}},\
         {{\"@type\": \"NewsArticle\", \"headline\": \"{FERRY_TITLE}\", \"datePublished\": \"2023-03-14T06:45:00+01:00\", \
           \"author\": [{{\"@type\": \"Person\", \"name\": \"Ilse Marten\"}}, {{\"@type\": \"Person\", \"name\": \"Odo Lask\"}}]}},\
         {{\"@type\": \"NewsArticle\", \"headline\": \"Library to open on Sundays\", \"datePublished\": \"2023-01-20\"}}]</script>"
    );
    let b = build("ld_several", &[("ferry.html", page(FERRY_TITLE, &head, &paras(&FERRY)).as_bytes())]);
    let a = article(&b, "ferry.html");
    let w = warnings(&b.report, "ferry.html");
    assert!(
        w.iter()
            .any(|w| w.contains("JSON-LD lists 3 articles") && w.contains("the one whose headline is the page title")),
        "{w:?}"
    );
    assert_eq!(a.title, FERRY_TITLE);
    assert_eq!(a.published.map(|d| d.iso()).as_deref(), Some("2023-03-14"));
    assert_eq!(a.author.as_deref(), Some("Ilse Marten, Odo Lask"));
    let fields = fields_line(&b.report, "ferry.html");
    assert!(fields.contains("published: JSON-LD datePublished"), "{fields}");
    assert!(fields.contains("author: JSON-LD author"), "{fields}");
}

/// JSON-LD and OpenGraph that disagree on every field.
fn disagreeing_orchard_page() -> String {
    let head = format!(
        r#"<meta property="og:title" content="Orchards escape the frost">
<meta property="og:site_name" content="Valley Times Online">
<meta property="article:published_time" content="2023-04-02T06:00:00Z">
<meta name="author" content="Valley Desk">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
  "headline": "{ORCHARD_TITLE}", "datePublished": "2023-04-04T08:15:00+02:00",
  "author": {{"@type": "Person", "name": "Rena Hollis"}},
  "publisher": {{"@type": "Organization", "name": "Valley Times"}}}}</script>"#
    );
    page(ORCHARD_TITLE, &head, &paras(&ORCHARD))
}

#[test]
fn json_ld_beats_open_graph_and_the_report_says_so() {
    let b = build("ld_beats_og", &[("orchard.html", disagreeing_orchard_page().as_bytes())]);
    let a = article(&b, "orchard.html");
    assert_eq!(a.title, ORCHARD_TITLE);
    assert_eq!(a.published.map(|d| d.iso()).as_deref(), Some("2023-04-04"));
    assert_eq!(a.author.as_deref(), Some("Rena Hollis"));
    assert_eq!(a.outlet.as_deref(), Some("Valley Times"));
    assert_eq!(paragraphs(a), ORCHARD);
    let fields = fields_line(&b.report, "orchard.html");
    assert!(fields.contains("title: the page's <h1>, matching JSON-LD headline"), "{fields}");
    assert!(fields.contains("published: JSON-LD datePublished"), "{fields}");
    assert!(fields.contains("author: JSON-LD author"), "{fields}");
    assert!(fields.contains("outlet: JSON-LD publisher"), "{fields}");
}

const ORCHARD_TOML: &str = r#"title = "Valley news"

[files."orchard.html"]
title = "Orchards survive the April frost"
date = "2023-04-05"
author = "Pia Norr"
outlet = "Brenn Valley Gazette"
"#;

#[test]
fn dossier_toml_beats_json_ld() {
    let page = disagreeing_orchard_page();
    let b = build("toml_beats_ld", &[("dossier.toml", ORCHARD_TOML.as_bytes()), ("orchard.html", page.as_bytes())]);
    assert!(!b.report.has_errors(), "{}", b.report);
    let a = article(&b, "orchard.html");
    assert_eq!(a.title, "Orchards survive the April frost");
    assert_eq!(a.published.map(|d| d.iso()).as_deref(), Some("2023-04-05"));
    assert_eq!(a.author.as_deref(), Some("Pia Norr"));
    assert_eq!(a.outlet.as_deref(), Some("Brenn Valley Gazette"));
    assert_eq!(paragraphs(a), ORCHARD);
}

#[test]
fn fields_line_names_dossier_toml_for_the_fields_it_overrides() {
    let page = disagreeing_orchard_page();
    let b = build("toml_fields", &[("dossier.toml", ORCHARD_TOML.as_bytes()), ("orchard.html", page.as_bytes())]);
    let fields = fields_line(&b.report, "orchard.html");
    // The values come from dossier.toml; the report must not credit JSON-LD.
    for field in ["title", "published", "author", "outlet"] {
        assert!(!fields.contains(&format!("{field}: JSON-LD")), "{field} credited to JSON-LD: {fields}");
        assert!(fields.contains(&format!("{field}: dossier.toml")), "{field} not credited to dossier.toml: {fields}");
    }
}

// ---------------------------------------------------------------------------
// Sub-folders

#[test]
fn sub_folders_same_names_and_tool_folders() {
    let ferry = ferry_page();
    let orchard = page(ORCHARD_TITLE, "", &paras(&ORCHARD));
    let files: &[(&str, &[u8])] = &[
        ("a/x.html", ferry.as_bytes()),
        ("b/x.html", orchard.as_bytes()),
        ("b/x_files/app.js", b"window.app = {};"),
        ("b/x_files/photo.jpg", b"\xFF\xD8\xFF\xE0"),
        ("a/deeper/notes.png", b"\x89PNG\r\n\x1a\n"),
        (".git/HEAD", b"ref: refs/heads/main\n"),
        (".git/config", b"[core]\n\tbare = false\n"),
        ("node_modules/left-pad/index.html", ferry.as_bytes()),
        ("node_modules/left-pad/package.json", b"{\"name\": \"left-pad\"}"),
    ];
    let b = build("sub_folders", files);
    let x_a = article(&b, "a/x.html");
    let x_b = article(&b, "b/x.html");
    assert_eq!((x_a.title.as_str(), x_b.title.as_str()), (FERRY_TITLE, ORCHARD_TITLE));
    assert_eq!((x_a.id.as_str(), x_b.id.as_str()), ("a-x", "b-x"));
    assert_eq!((x_a.file.as_str(), x_b.file.as_str()), ("a/x.html", "b/x.html"));
    assert_eq!(b.corpus.articles.len(), 2);

    assert!(skipped_reason(&b.report, ".git").contains("hidden folder"), "{}", b.report);
    assert!(skipped_reason(&b.report, "node_modules").contains("\"node_modules\" folder"), "{}", b.report);
    assert!(skipped_reason(&b.report, "b/x_files").contains("\"x_files\" folder"), "{}", b.report);
    assert!(skipped_reason(&b.report, "a/deeper/notes.png").contains(".png"), "{}", b.report);

    // Nothing lost: every file is in the report, itself or by a skipped folder holding it.
    let printed = b.report.to_string();
    for (name, _) in files {
        let listed = b.report.files.iter().find(|f| {
            f.file == *name
                || (name.starts_with(&format!("{}/", f.file)) && matches!(f.outcome, FileOutcome::Skipped { .. }))
        });
        let f = listed.unwrap_or_else(|| panic!("{name} lost: {printed}"));
        assert!(printed.contains(&f.file), "{name}: {printed}");
    }
    assert_eq!(b.report.files.len(), 6, "{printed}");
}
