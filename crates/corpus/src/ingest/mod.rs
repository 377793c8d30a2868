//! Turning one decoded file into an [`Article`]: front matter, HTML
//! stripping, line classification, header and body layout, dates, and a
//! derived title when the file has none. Then, across files, per-file
//! overrides from `dossier.toml` and duplicate merging.

pub mod chrome;
pub mod dates;
pub mod dedupe;
pub mod front_matter;
pub mod furniture;
pub mod html;
pub mod layout;
pub mod lines;
pub mod page;
pub mod page_meta;
pub mod region;

use crate::config::Config;
use crate::load::SourceFile;
use crate::report::{Diagnostic, FileOutcome, Report, Severity};
use dossier_model::{Article, Corpus, Day, Precision, Removed};
use layout::DateRank;

/// Ingests every decoded file into `corpus.articles`, recording each file's
/// outcome in the report. Duplicates are merged into the first copy.
pub fn ingest_all(files: Vec<SourceFile>, config: &Config, corpus: &mut Corpus, report: &mut Report) {
    ingest_all_with(files, config, corpus, report, &indicatif::ProgressBar::hidden());
}

/// [`ingest_all`], ticking `bar` once per file.
pub fn ingest_all_with(
    files: Vec<SourceFile>,
    config: &Config,
    corpus: &mut Corpus,
    report: &mut Report,
    bar: &indicatif::ProgressBar,
) {
    let mut seen = dedupe::Seen::default();
    let mut ids: std::collections::HashSet<String> = corpus.articles.iter().map(|a| a.id.clone()).collect();
    // Parsing and extraction of each file is independent: done in parallel,
    // then merged in path order so ids and duplicates come out the same.
    // Each file's text is dropped as soon as it is ingested.
    let ingested: Vec<(String, Result<Ingested, Diagnostic>)> = {
        use rayon::prelude::*;
        files
            .into_par_iter()
            .map(|file| {
                let result = ingest(&file);
                bar.inc(1);
                (file.name, result)
            })
            .collect()
    };
    for (name, result) in ingested {
        match result {
            Ok(mut outcome) => {
                if let Some(o) = config.files.get(&name) {
                    o.apply(&mut outcome.article, &mut outcome.diagnostics);
                    // What dossier.toml set, it is now the source of.
                    let set = [
                        ("title", o.title.is_some()),
                        ("published", o.date.is_some()),
                        ("standfirst", o.standfirst.is_some()),
                        ("outlet", o.outlet.is_some()),
                        ("author", o.author.is_some()),
                        ("url", o.url.is_some()),
                    ];
                    for (field, _) in set.iter().filter(|(_, s)| *s) {
                        outcome.sources.retain(|s| !s.starts_with(&format!("{field}:")));
                        outcome.sources.push(format!("{field}: {}", crate::config::FILE_NAME));
                    }
                }
                sync_warnings(&mut outcome);
                let keys = dedupe::keys(&outcome.article);
                if let Some(of) = seen.find(&keys) {
                    let kept = &mut corpus.articles[of];
                    dedupe::merge(kept, &outcome.article);
                    let kept_file = kept.file.clone();
                    let mut diags = outcome.diagnostics;
                    diags.push(Diagnostic::warning(
                        None,
                        format!("{}: same article as {kept_file}; merged into it", name),
                    ));
                    report.push_file(&name, FileOutcome::Duplicate { of: kept_file }, diags);
                    continue;
                }
                let index = corpus.articles.len();
                seen.insert(&keys, index);
                // "a.txt" and "a.md" share a slug; ids must stay unique for URLs.
                if ids.contains(&outcome.article.id) {
                    let base = outcome.article.id.clone();
                    let n = (2..).find(|n| !ids.contains(&format!("{base}-{n}"))).unwrap_or(2);
                    outcome.article.id = format!("{base}-{n}");
                }
                ids.insert(outcome.article.id.clone());
                report.push_file(&name, FileOutcome::Article { index }, outcome.diagnostics);
                if let Some(last) = report.files.last_mut() {
                    last.sources = outcome.sources;
                }
                corpus.articles.push(outcome.article);
            }
            Err(diag) => report.push_file(&name, FileOutcome::Skipped { reason: diag.message.clone() }, vec![diag]),
        }
    }
    for name in config.files.keys() {
        if !corpus.articles.iter().any(|a| &a.file == name) && !report.files.iter().any(|f| &f.file == name) {
            report.push_file(
                crate::config::FILE_NAME,
                FileOutcome::Config,
                vec![Diagnostic::warning(
                    config.files.get(name).and_then(|o| o.line),
                    format!("[files.{name:?}] names no file in the folder"),
                )],
            );
        }
    }
}

/// Article warnings mirror the file's warning diagnostics, for the export.
fn sync_warnings(outcome: &mut Ingested) {
    outcome.article.warnings = outcome
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .map(|d| match d.line {
            Some(n) => format!("line {n}: {}", d.message),
            None => d.message.clone(),
        })
        .collect();
}

pub struct Ingested {
    pub article: Article,
    pub diagnostics: Vec<Diagnostic>,
    /// Where metadata fields came from, when not from the text itself.
    pub sources: Vec<String>,
}

/// Parses one file. `Err` (a warning naming the file) means it holds no
/// article text: empty, whitespace, or furniture only.
pub fn ingest(file: &SourceFile) -> Result<Ingested, Diagnostic> {
    let name = &file.name;
    let mut diags: Vec<Diagnostic> = file.warnings.iter().map(|w| Diagnostic::warning(None, w.clone())).collect();
    if file.text.trim().is_empty() {
        let what = if file.text.is_empty() { "empty file" } else { "only whitespace" };
        return Err(Diagnostic::warning(None, format!("{name}: {what}, no article text")));
    }
    let markdown = name.to_ascii_lowercase().ends_with(".md") || name.to_ascii_lowercase().ends_with(".markdown");
    let (fm, body_at) = if markdown {
        front_matter::split(&file.text, &mut diags)
    } else {
        // Text files saved with front matter: accepted only when it names a
        // known key, so a "---" rule at the top of plain text stays text.
        let mut quiet = Vec::new();
        match front_matter::split(&file.text, &mut quiet) {
            (Some(fm), at) if fm != front_matter::FrontMatter::default() => {
                diags.extend(quiet);
                (Some(fm), at)
            }
            _ => (None, 0),
        }
    };
    let first_line = 1 + file.text[..body_at].matches('\n').count() as u32;
    let mut source = std::borrow::Cow::Borrowed(&file.text[body_at..]);
    let mut page = None;
    let mut markdown = markdown;
    if crate::load::is_html_name(name) || html::looks_like_full_page(&source) {
        let p = page::read(&source).map_err(|reason| Diagnostic::warning(None, format!("{name}: {reason}")))?;
        if !crate::load::is_html_name(name) {
            diags.push(Diagnostic::warning(None, format!("{name}: an HTML page saved as text: read as a web page")));
        }
        source = std::borrow::Cow::Owned(page_markdown(&p));
        markdown = true;
        page = Some(p);
    } else if html::looks_like_html(&source) {
        diags.push(Diagnostic::warning(
            None,
            format!(
                "{name}: HTML saved as text: tags stripped, text kept; line numbers count lines of the stripped text"
            ),
        ));
        source = std::borrow::Cow::Owned(html::strip(&source));
    }
    // Whole-page text (select-all of a web page): the article's lines only.
    let mut chrome = Vec::new();
    let mut head = None;
    if page.is_none() && fm.is_none() && !markdown {
        if let Some(r) = region::find(&source) {
            head = Some(region::page_header(&r));
            source = std::borrow::Cow::Owned(r.kept);
            chrome = r.dropped;
        }
    }
    let lines = lines::split_lines(&source, if page.is_some() { 1 } else { first_line }, markdown);
    let draft = layout::layout(&lines, markdown);
    if draft.sections.iter().all(|s| s.paragraphs.is_empty()) && draft.title.is_none() {
        return Err(Diagnostic::warning(
            None,
            format!("{name}: no article text ({} lines, all page furniture or headers)", lines.len()),
        ));
    }
    let mut article = Article {
        id: slug(name),
        file: name.clone(),
        standfirst: draft.standfirst,
        author: draft.author,
        outlet: draft.outlet,
        dateline: draft.dateline,
        reading_minutes: draft.reading_minutes,
        sections: draft.sections,
        removed: draft.removed,
        ..Default::default()
    };
    if !chrome.is_empty() {
        // The site names itself in the chrome around the article; a byline's
        // agency ("Associated Press") is not the outlet of the page.
        if let Some(o) = chrome::outlet(&chrome) {
            article.outlet = Some(o);
        }
        article.removed.extend(chrome);
        article.removed.sort_by_key(|r| r.line);
    }
    let mut dates = draft.dates;
    let title_line = draft.title_line;
    // Title: front matter, else the headline, else cut from the lead.
    let mut title = draft.title;
    if let Some(t) = title.clone() {
        if let Some((head, d)) = dates::split_glued_date(&t) {
            dates.push((DateRank::Title, d, 0, t[head.len()..].trim().to_string()));
            title = Some(head.to_string());
        }
        if let Some((head, outlet)) = split_outlet_suffix(title.as_deref().unwrap_or("")) {
            if article.outlet.is_none() {
                article.outlet = Some(outlet);
            }
            title = Some(head);
        }
        // A page's visible <h1> is the headline as the reader sees it, label
        // and all; a label only in declared or copied titles is dropped.
        let visible_h1 = page.as_ref().is_some_and(|p| p.headline.is_some());
        if let Some(rest) = title.as_deref().and_then(strip_genre_label).filter(|_| !visible_h1) {
            title = Some(rest.to_string());
        }
    }
    if article.sections.iter().all(|s| s.paragraphs.is_empty()) {
        diags.push(Diagnostic::warning(None, format!("{name}: a headline without body text")));
    }
    let text = article.text();
    match title {
        Some(t) => article.title = t,
        None => {
            article.title = derive_title(&text);
            article.title_derived = true;
            if fm.as_ref().and_then(|f| f.title.as_ref()).is_none() {
                diags.push(Diagnostic::warning(None, "no headline found: title derived from the lead sentence"));
            }
        }
    }
    // Publication date: the best-ranked header date.
    dates.sort_by_key(|d| (d.0, d.2));
    // Another header date with a year ("Updated: 25 January 2017") dates a
    // "Jan. 24" dateline better than the body text can.
    let header_year = dates.iter().find_map(|d| d.1.year);
    if let Some((_, mut parts, line, raw)) = dates.into_iter().next() {
        if let (None, Some(y)) = (parts.year, header_year) {
            parts.year = Some(y);
            let msg = format!("date {raw:?} has no year; {y} taken from another date header");
            diags.push(Diagnostic::warning(Some(line).filter(|&l| l > 0), msg));
        }
        resolve_published(&mut article, parts, &text, Some(line).filter(|&l| l > 0), &raw, &mut diags);
    }
    // Whole-page text: the header lines under the headline, read leniently.
    if let Some(h) = head {
        if article.published.is_none() {
            if let Some((parts, raw)) = h.date {
                resolve_published(&mut article, parts, &text, None, &raw, &mut diags);
            }
        }
        match (&article.author, h.author) {
            (None, Some(a)) => article.author = Some(a),
            (Some(a), _) => article.author = Some(region::unglue_role(a)),
            _ => {}
        }
        // "By Jane Doe, Tom Lee and Ann Roe": every name, not the first.
        if let Some(a) = &article.author {
            if let Some(all) = region::co_authors(a, article.removed.iter().map(|r| r.text.as_str())) {
                article.author = Some(all);
            }
        }
    }
    let mut sources = Vec::new();
    if let Some(p) = page {
        apply_page_meta(&mut article, p, &file.text, &text, &mut sources, &mut diags);
    }
    if let Some(fm) = fm {
        if fm.title.as_ref().is_some_and(|t| !article.title_derived && *t != article.title) {
            article.removed.push(Removed {
                line: title_line,
                text: article.title.clone(),
                reason: "headline replaced by the front matter title".into(),
            });
        }
        apply_front_matter(&mut article, fm, &text, &mut diags);
    }
    if article.published.is_none() && !diags.iter().any(|d| d.message.contains("year unknown")) {
        diags.push(Diagnostic::warning(None, "no publication date found: the article is undated"));
    }
    article.sentences = crate::text::sentences(&text);
    let mut done = Ingested { article, diagnostics: diags, sources };
    sync_warnings(&mut done);
    Ok(done)
}

/// The page's main content under its headline, as Markdown for the layout.
fn page_markdown(p: &page::Page) -> String {
    let title = p.headline.clone().or_else(|| p.meta.title.as_ref().map(|t| t.value.clone()));
    match title {
        Some(t) => format!("# {t}\n\n{}", p.markdown),
        None => p.markdown.clone(),
    }
}

/// Overlays what the page declares (JSON-LD, OpenGraph, meta tags) on what
/// the layout found in the text: structured data ranks above heuristics.
/// Removed lines get the line of the page where their text starts.
fn apply_page_meta(
    article: &mut Article,
    p: page::Page,
    html: &str,
    text: &str,
    sources: &mut Vec<String>,
    diags: &mut Vec<Diagnostic>,
) {
    let meta = p.meta;
    diags.extend(meta.notes.iter().map(|n| Diagnostic::warning(None, n.clone())));
    if p.headline.is_some() {
        let by = meta.title.as_ref().map_or(String::new(), |t| format!(", matching {}", t.source));
        sources.push(format!("title: the page's <h1>{by}"));
    } else if let Some(t) = &meta.title {
        sources.push(format!("title: {}", t.source));
    }
    if let Some(d) = &meta.published {
        let raw = timestamp_day(&d.value);
        match set_published(article, &raw) {
            Ok(()) => {
                sources.push(format!("published: {}", d.source));
                // A timestamp in UTC can fall on the next or previous day;
                // the day the page shows the reader wins then.
                if let Some(day) = article.published {
                    let shown = shown_days(&p.visible_dates);
                    if !shown.contains(&day) {
                        if let Some(near) = [day.add_days(-1), day.add_days(1)].into_iter().find(|d| shown.contains(d))
                        {
                            article.published = Some(near);
                            sources.retain(|s| !s.starts_with("published:"));
                            sources.push(
                                "published: the date shown on the page (the declared timestamp is a day off, in UTC)"
                                    .into(),
                            );
                        }
                    }
                }
            }
            Err(e) => {
                diags.push(Diagnostic::warning(None, format!("{} {e}; the date from the text is kept", d.source)))
            }
        }
    } else if article.published.is_none() {
        // Nothing declared and nothing in the main text: the date the page
        // shows in its date or byline elements.
        if let Some(&day) = shown_days(&p.visible_dates).first() {
            article.published = Some(day);
            article.published_precision = Some(Precision::Day);
            sources.push("published: the date shown on the page".into());
        }
    }
    if let Some(o) = &meta.outlet {
        let name = furniture::normalise_outlet(&site_name(&o.value));
        // "U.S.", "U.K.": dotted initials are a section or a place, not a site.
        let initials =
            name.len() <= 6 && name.split('.').filter(|p| !p.is_empty()).all(|p| p.len() == 1) && name.contains('.');
        if !name.is_empty() && !initials {
            article.outlet = Some(name);
            sources.push(format!("outlet: {}", o.source));
        }
    }
    if let Some(a) = &meta.author {
        let people = clean_author(&a.value, article.outlet.as_deref());
        // A credit line in the text ("Reporting by A, B and C") that names
        // the declared author and more people is the fuller byline.
        let fuller = |text: &str, declared: &str| {
            let split = |s: &str| s.split(", ").map(str::to_lowercase).collect::<Vec<_>>();
            let (t, d) = (split(text), split(declared));
            t.len() > d.len() && d.iter().all(|n| t.contains(n))
        };
        let keep_text = article.author.as_deref().zip(people.as_deref()).is_some_and(|(t, d)| fuller(t, d));
        if people.is_some() && !keep_text {
            article.author = people;
            sources.push(format!("author: {}", a.source));
        }
    }
    if let Some(u) = &meta.url {
        article.url = Some(u.value.clone());
        sources.push(format!("url: {}", u.source));
    }
    if let Some(d) = &meta.description {
        // A description shown on the page above the lead is its standfirst.
        let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let lead = text.split(dossier_model::PARAGRAPH_SEPARATOR).next().unwrap_or("");
        if article.standfirst.is_none() && p.visible_description && fold(lead) != fold(&d.value) {
            article.standfirst = Some(d.value.clone());
            sources.push(format!("standfirst: {}", d.source));
        }
    }
    if article.tags.is_empty() && !meta.tags.is_empty() {
        article.tags = meta.tags;
    }
    // Blocks the page step left out, by their markup (teasers, tag lists).
    article.removed.extend(p.dropped.into_iter().map(|(text, reason)| Removed {
        line: 0,
        text,
        reason: reason.into(),
    }));
    for r in &mut article.removed {
        r.line = line_in(html, &r.text).unwrap_or(0);
    }
}

/// "2019-11-18T23:03:00-05:00" → "2019-11-18": the day as the publisher
/// wrote it. Also "2019/11/18 ..." and "20191118".
fn timestamp_day(raw: &str) -> String {
    let b = raw.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if digits(0..4) && matches!(b.get(4), Some(b'-' | b'/')) && digits(5..7) && b.get(7) == b.get(4) && digits(8..10) {
        return format!("{}-{}-{}", &raw[..4], &raw[5..7], &raw[8..10]);
    }
    if raw.len() == 8 && digits(0..8) {
        return format!("{}-{}-{}", &raw[..4], &raw[4..6], &raw[6..8]);
    }
    raw.to_string()
}

/// Days with a year that the page shows in its date and byline elements,
/// read as header dates are ("Reuters November 18, 2019 11:03 PM").
fn shown_days(texts: &[String]) -> Vec<Day> {
    texts
        .iter()
        .filter_map(|t| dates::header_date(t))
        .filter_map(|d| d.resolve(d.year))
        .filter(|(_, precision)| *precision == Precision::Day)
        .map(|(day, _)| day)
        .collect()
}

/// "CBSSports.com" → "CBS Sports", "@Courier" → "Courier": a site name
/// written as a domain or a handle, read as a name.
fn site_name(raw: &str) -> String {
    let mut name = raw.trim().trim_start_matches('@').to_string();
    let mut domain = false;
    if !name.contains(' ') {
        let lower = name.to_ascii_lowercase();
        let lower = lower.strip_prefix("www.").unwrap_or(&lower).to_string();
        if let Some(dot) =
            lower.find('.').filter(|_| lower.rsplit('.').next().is_some_and(|tld| (2..=4).contains(&tld.len())))
        {
            let start = name.len() - lower.len();
            name = name[start..start + dot].to_string();
            domain = true;
        }
    }
    if domain {
        // Split camel humps: "CBSSports" → "CBS Sports", "NewsDay" → "News Day".
        let chars: Vec<char> = name.chars().collect();
        let mut out = String::new();
        for (i, &c) in chars.iter().enumerate() {
            let prev = i.checked_sub(1).map(|j| chars[j]);
            let next = chars.get(i + 1).copied();
            let hump = c.is_uppercase()
                && (prev.is_some_and(|p| p.is_lowercase())
                    || (prev.is_some_and(|p| p.is_uppercase()) && next.is_some_and(|n| n.is_lowercase())));
            if hump {
                out.push(' ');
            }
            out.push(c);
        }
        name = out;
    }
    name
}

/// "By Jane Doe and Li Wei" → "Jane Doe, Li Wei"; `None` when the byline is
/// only the outlet or an agency.
fn clean_author(raw: &str, outlet: Option<&str>) -> Option<String> {
    let raw = raw.trim();
    let raw =
        raw.strip_prefix("By ").or_else(|| raw.strip_prefix("by ")).or_else(|| raw.strip_prefix("BY ")).unwrap_or(raw);
    let names: Vec<&str> = raw
        .split([',', ';', '|'])
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .filter(|p| !furniture::is_outlet(p) && outlet.is_none_or(|o| !o.eq_ignore_ascii_case(p)))
        // "Editorial", "Staff", "Admin": a desk or a role, not a person.
        .filter(|p| p.contains(' ') || !GENERIC_BYLINES.contains(&p.to_lowercase().as_str()))
        .collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// One-word bylines that name a desk or a role, not a writer.
const GENERIC_BYLINES: &[&str] =
    &["editorial", "editor", "editors", "staff", "admin", "administrator", "desk", "newsroom", "team", "agencies"];

/// The 1-based line of `html` where `text` (or its first words) appears.
fn line_in(html: &str, text: &str) -> Option<u32> {
    let probe: String = text.chars().take(40).collect();
    let probe = probe.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
    if probe.len() < 4 {
        return None;
    }
    let at = html.find(&probe)?;
    Some(1 + html[..at].matches('\n').count() as u32)
}

/// Sets `published` from a date as written, inferring a missing year.
fn resolve_published(
    article: &mut Article,
    parts: dates::DateParts,
    text: &str,
    line: Option<u32>,
    raw: &str,
    diags: &mut Vec<Diagnostic>,
) {
    let year = match parts.year {
        Some(_) => None,
        None => match dates::infer_year(text, parts.month, parts.day) {
            Some(y) => {
                diags.push(Diagnostic::warning(line, format!("date {raw:?} has no year; {y} inferred from the text")));
                Some(y)
            }
            None => {
                diags.push(Diagnostic::warning(
                    line,
                    format!("date {raw:?} has no year and the text gives none: year unknown"),
                ));
                return;
            }
        },
    };
    if let Some((day, precision)) = parts.resolve(year) {
        article.published = Some(day);
        article.published_precision = Some(precision);
    }
}

fn apply_front_matter(article: &mut Article, fm: front_matter::FrontMatter, text: &str, diags: &mut Vec<Diagnostic>) {
    if let Some(t) = fm.title {
        article.title = t;
        article.title_derived = false;
    }
    if let Some((raw, line)) = fm.date {
        match parse_any_date(&raw) {
            Some(parts) => resolve_published(article, parts, text, Some(line), &raw, diags),
            None => diags.push(Diagnostic::warning(
                Some(line),
                format!("front matter date {raw:?} is not a date (try 2017-05-16); the date from the text is kept"),
            )),
        }
    }
    for (field, value) in
        [(&mut article.outlet, fm.outlet), (&mut article.author, fm.author), (&mut article.url, fm.url)]
    {
        if value.is_some() {
            *field = value;
        }
    }
    if fm.standfirst.is_some() {
        article.standfirst = fm.standfirst;
    }
    if !fm.tags.is_empty() {
        article.tags = fm.tags;
    }
}

/// A date from metadata (front matter, `dossier.toml`): any header shape.
pub fn parse_any_date(raw: &str) -> Option<dates::DateParts> {
    dates::parse_date_line(raw).map(|(_, d)| d)
}

/// Sets `published` from a metadata date; `Err` with a message when it is not one.
pub fn set_published(article: &mut Article, raw: &str) -> Result<(), String> {
    let parts = parse_any_date(raw).ok_or_else(|| format!("{raw:?} is not a date (try 2017-05-16)"))?;
    let (day, precision): (Day, Precision) =
        parts.resolve(parts.year).ok_or_else(|| format!("{raw:?} has no year (try 2017-05-16)"))?;
    article.published = Some(day);
    article.published_precision = Some(precision);
    Ok(())
}

/// "Talks open in Astana - BBC News" → ("Talks open in Astana", "BBC News").
fn split_outlet_suffix(title: &str) -> Option<(String, String)> {
    for sep in [" | ", " - ", " – ", " — "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail = tail.trim();
            if !head.trim().is_empty() && tail.split_whitespace().count() <= 4 && furniture::is_outlet(tail) {
                return Some((head.trim().to_string(), furniture::normalise_outlet(tail)));
            }
        }
    }
    None
}

/// Genre labels that sites put before a headline ("Analysis: ...",
/// "Opinion | ..."): they say what kind of piece it is, not what it is about.
const GENRE_LABELS: &[&str] = &[
    "opinion",
    "analysis",
    "news analysis",
    "live",
    "live updates",
    "comment",
    "editorial",
    "explainer",
    "exclusive",
    "breaking",
    "breaking news",
    "update",
    "updated",
    "factbox",
    "fact check",
    "watch",
    "video",
    "interview",
    "q&a",
    "in pictures",
    "podcast",
    "column",
    "letters",
    "obituary",
    "view",
];

/// The headline without a leading genre label, when one is there and a real
/// headline (three words or more) follows it.
fn strip_genre_label(title: &str) -> Option<&str> {
    let (label, rest) = title.split_once(':').or_else(|| title.split_once(" | "))?;
    let label = label.trim();
    let rest = rest.trim();
    let known = GENRE_LABELS.iter().any(|g| g.eq_ignore_ascii_case(label));
    (known && rest.split_whitespace().count() >= 3).then_some(rest)
}

/// Maximum length of a derived title, in characters.
const DERIVED_TITLE_MAX: usize = 90;

/// A title cut from the lead sentence at a word boundary, without a
/// dangling function word, marked with an ellipsis when cut.
pub fn derive_title(text: &str) -> String {
    // The first sentence with a word in it ("." alone is no title).
    let has_word = |s: &&str| s.chars().any(char::is_alphanumeric);
    let para = text.split(dossier_model::PARAGRAPH_SEPARATOR).find(has_word).unwrap_or(text);
    let lead =
        crate::text::sentences(para).iter().filter_map(|s| para.get(s.range())).find(has_word).unwrap_or(para).trim();
    if lead.chars().count() <= DERIVED_TITLE_MAX {
        let t = lead.trim_end_matches(['.', ' ']);
        return if t.is_empty() { "Untitled".to_string() } else { t.to_string() };
    }
    const DANGLING: &[&str] = &[
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "from", "as", "that",
        "which", "who", "its", "their", "his", "her", "is", "are", "was", "were",
    ];
    let limit = lead.char_indices().nth(DERIVED_TITLE_MAX).map_or(lead.len(), |(i, _)| i);
    let mut words: Vec<&str> = lead[..limit].split_whitespace().collect();
    if !lead[limit..].starts_with(char::is_whitespace) && words.len() > 1 {
        words.pop(); // a word cut in the middle
    }
    while words.len() > 3 && words.last().is_some_and(|w| DANGLING.contains(&w.to_lowercase().as_str())) {
        words.pop();
    }
    let cut = words.join(" ");
    format!("{}\u{2026}", cut.trim_end_matches([',', ';', ':', '-', ' ']))
}

/// A URL-safe id from a file name: lowercase ASCII letters, digits and dashes.
pub fn slug(name: &str) -> String {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let mut out = String::new();
    // "Brasília.md" → "brasilia": accents fold to their base letter.
    for c in dossier_model::fold::fold(stem).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(name: &str, text: &str) -> Article {
        ingest(&SourceFile::new(name, text)).map(|i| i.article).expect("an article")
    }

    #[test]
    fn site_names_written_as_domains_or_handles_read_as_names() {
        assert_eq!(site_name("CBSSports.com"), "CBS Sports");
        assert_eq!(site_name("www.harbourgazette.co.uk"), "harbourgazette");
        assert_eq!(site_name("@Courier"), "Courier");
        assert_eq!(site_name("VentureBeat"), "VentureBeat");
        assert_eq!(site_name("U.S."), "U.S.");
    }

    #[test]
    fn timestamps_give_the_day_the_publisher_wrote() {
        assert_eq!(timestamp_day("2019-11-18T23:03:00-05:00"), "2019-11-18");
        assert_eq!(timestamp_day("2019/11/19"), "2019-11-19");
        assert_eq!(timestamp_day("20191119"), "2019-11-19");
        assert_eq!(timestamp_day("Nov 19, 2019"), "Nov 19, 2019");
    }

    #[test]
    fn bylines_keep_people_and_drop_desks_and_agencies() {
        assert_eq!(clean_author("By Ana Ruiz and Li Wei", None).as_deref(), Some("Ana Ruiz, Li Wei"));
        assert_eq!(clean_author("Editorial", None), None);
        assert_eq!(clean_author("Reuters", None), None);
        assert_eq!(clean_author("The Courier", Some("The Courier")), None);
    }

    #[test]
    fn a_utc_timestamp_a_day_off_yields_to_the_date_shown() {
        let html = r#"<html><head><meta property="article:published_time" content="2019-11-19T04:10:00Z">
            <meta property="og:title" content="Council reopens the harbour after the storm"></head><body>
            <h1>Council reopens the harbour after the storm</h1><span class="date">November 18, 2019 11:10 PM</span>
            <article><p>The harbour reopened on Monday after the council voted to lift the storm closure, officials said.</p>
            <p>Boats returned to the quay by evening, and the ferry service will resume its timetable on Wednesday.</p></article></body></html>"#;
        let i = ingest(&SourceFile::new("page.html", html)).expect("an article");
        assert_eq!(i.article.published.map(|d| d.iso()).as_deref(), Some("2019-11-18"));
        assert!(i.sources.iter().any(|s| s.contains("date shown on the page")), "{:?}", i.sources);
    }

    #[test]
    fn a_label_in_the_visible_h1_stays_one_only_declared_goes() {
        let body =
            "<p>The harbour reopened on Monday after the council voted to lift the storm closure, officials said.</p>";
        let page = |h1: &str, og: &str| {
            format!(
                r#"<html><head><meta property="og:title" content="{og}"></head><body><h1>{h1}</h1><article>{body}</article></body></html>"#
            )
        };
        let a =
            article("a.html", &page("BREAKING: Harbour reopens after the storm", "Harbour reopens after the storm"));
        assert_eq!(a.title, "BREAKING: Harbour reopens after the storm");
        // No <h1> that reads as the headline: the declared title, label dropped.
        let a = article("b.html", &page("Menu", "Opinion | Harbour reopens after the storm at last"));
        assert_eq!(a.title, "Harbour reopens after the storm at last");
    }

    #[test]
    fn genre_label_is_not_part_of_the_headline() {
        assert_eq!(strip_genre_label("Analysis: Why the port deal fell apart"), Some("Why the port deal fell apart"));
        assert_eq!(strip_genre_label("LIVE: Floods cut off northern towns"), Some("Floods cut off northern towns"));
        assert_eq!(strip_genre_label("Opinion | The budget is a missed chance"), Some("The budget is a missed chance"));
        assert_eq!(strip_genre_label("Brexit: the deal at last"), None);
        assert_eq!(strip_genre_label("Live: Updates"), None);
        let a = ingest(&SourceFile::new(
            "o.txt",
            "Comment: Cities need cheaper buses now\n\nThe fares rose again in May.\n",
        ))
        .expect("an article")
        .article;
        assert_eq!(a.title, "Cities need cheaper buses now");
    }

    #[test]
    fn derived_title_cut_at_word() {
        let t = derive_title(
            "Fresh peace talks aimed at resolving the long conflict are due to begin in the capital city of the country, officials said.",
        );
        assert!(t.chars().count() <= DERIVED_TITLE_MAX + 1, "{t}");
        assert!(t.ends_with('\u{2026}'));
        assert!(!t.contains(" the\u{2026}"));
        assert_eq!(derive_title("Short lead. Second."), "Short lead");
        assert_eq!(derive_title(". A"), "A");
    }

    #[test]
    fn headline_standfirst_furniture() {
        let a = article(
            "a.txt",
            "Talks open in the capital\n\nTalks open in the capital\nDelegations from three countries have arrived for two days of talks.\n\
             4 min read\n21 December, 2017\nDelegates at the venue [Reuters]\nA new round of talks began on Thursday.\n\n\
             Background\n\nThe war began in 2011.\n\nRead more:",
        );
        assert_eq!(a.title, "Talks open in the capital");
        assert_eq!(
            a.standfirst.as_deref(),
            Some("Delegations from three countries have arrived for two days of talks.")
        );
        assert_eq!(a.reading_minutes, Some(4));
        assert_eq!(a.published.map(Day::iso).as_deref(), Some("2017-12-21"));
        assert_eq!(a.sections.len(), 2);
        assert_eq!(a.sections[1].heading.as_deref(), Some("Background"));
        assert_eq!(a.sections[0].paragraphs, vec!["A new round of talks began on Thursday."]);
        let removed: Vec<&str> = a.removed.iter().map(|r| r.text.as_str()).collect();
        assert!(removed.contains(&"Read more:") && removed.contains(&"Delegates at the venue [Reuters]"));
    }

    #[test]
    fn wire_copy_with_inferred_year() {
        let a = article(
            "w.txt",
            "Iran hails talks\n\nTEHRAN, Jan. 24 (MNA) - Iran's foreign minister praised the talks.\n\nThe ceasefire began on 30 December 2016 and talks opened in January 2017.",
        );
        assert_eq!(a.dateline.as_deref(), Some("TEHRAN"));
        assert_eq!(a.outlet.as_deref(), Some("MNA"));
        assert_eq!(a.published.map(Day::iso).as_deref(), Some("2017-01-24"));
        assert_eq!(a.sections[0].paragraphs[0], "Iran's foreign minister praised the talks.");
        // "Jan. 24" has no year: the body's 2017 dates it, and the warning says so.
        assert!(a.warnings.iter().any(|w| w.contains("2017 inferred from the text")), "{:?}", a.warnings);
    }

    #[test]
    fn markdown_front_matter_wins() {
        let a = article(
            "m.md",
            "---\ntitle: Front title\ndate: 2017-05-16\noutlet: The Daily Example\ntags: [syria]\n---\n# Heading title\n\nPosted: 1 May 2017\n\nBody [link](http://x) text here.\n\n## Part two\n\nMore **body**.",
        );
        assert_eq!(a.title, "Front title");
        assert_eq!(a.published.map(Day::iso).as_deref(), Some("2017-05-16"));
        assert_eq!(a.outlet.as_deref(), Some("The Daily Example"));
        assert_eq!(a.sections[0].paragraphs[0], "Body link text here.");
        assert_eq!(a.sections[1].heading.as_deref(), Some("Part two"));
        assert_eq!(a.sections[1].paragraphs[0], "More body.");
    }
}
