//! Extraction scored against a gold file (`seeds.toml` or `aeb-dev.toml`):
//! per-article actor recall and precision (averaged over articles), event
//! date accuracy, merge accuracy, quote recall and speaker accuracy. The
//! development gold is scored on its clean bodies (the ground truth's
//! `articleBody` written as Markdown with the gold title, date and outlet as
//! front matter), so that it measures extraction alone, not ingestion.

use dossier_corpus::Corpus;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// Lowercase, typographic quotes folded, outer punctuation and spaces
/// trimmed, a leading "the " dropped.
pub fn norm(s: &str) -> String {
    let folded: String = s
        .chars()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{ab}' | '\u{bb}' => '"',
            '\u{a0}' => ' ',
            c => c,
        })
        .collect();
    let t = folded.trim().trim_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace()).to_lowercase();
    t.strip_prefix("the ").map(str::to_string).unwrap_or(t)
}

/// The figures of one corpus against its gold.
#[derive(Debug, Default, Clone)]
pub struct Scores {
    /// Per-article actor recall and precision, averaged over articles.
    pub actor_recall: f64,
    pub actor_precision: f64,
    pub date_right: usize,
    /// Gold date mentions that land on an extracted event at all.
    pub date_found: usize,
    pub date_total: usize,
    pub merged: usize,
    pub multi: usize,
    pub quotes_found: usize,
    pub quotes_speaker: usize,
    pub quotes_total: usize,
    /// Missed gold actors (article file, name) and spurious extracted ones.
    pub missed_actors: Vec<(String, String)>,
    pub spurious_actors: Vec<(String, String)>,
}

fn ratio(hit: usize, total: usize) -> f64 {
    if total == 0 {
        1.0
    } else {
        hit as f64 / total as f64
    }
}

impl Scores {
    pub fn dates(&self) -> f64 {
        ratio(self.date_right, self.date_total)
    }
    pub fn merge(&self) -> f64 {
        ratio(self.merged, self.multi)
    }
    pub fn quote_recall(&self) -> f64 {
        ratio(self.quotes_found, self.quotes_total)
    }
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.quotes_speaker, self.quotes_total)
    }
    /// Prints the `SCORE <set> ...` lines.
    pub fn print(&self, set: &str) {
        println!("SCORE {set} actors recall {:.3} precision {:.3}", self.actor_recall, self.actor_precision);
        println!(
            "SCORE {set} dates {:.3} ({}/{}; {:.3} of the {} found)",
            self.dates(),
            self.date_right,
            self.date_total,
            ratio(self.date_right, self.date_found),
            self.date_found
        );
        println!("SCORE {set} merge {}/{}", self.merged, self.multi);
        println!(
            "SCORE {set} quotes {:.3} ({}/{}) right speaker {:.3} ({}/{})",
            self.quote_recall(),
            self.quotes_found,
            self.quotes_total,
            self.speaker_accuracy(),
            self.quotes_speaker,
            self.quotes_total
        );
    }
}

/// Every way the gold names each actor: its name and aliases, normalised.
fn gold_names(gold: &toml::Table) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for a in gold.get("actor").and_then(|v| v.as_array()).into_iter().flatten() {
        let name = a["name"].as_str().unwrap_or_default();
        let set: BTreeSet<String> = std::iter::once(name)
            .chain(a.get("aliases").and_then(|v| v.as_array()).into_iter().flatten().filter_map(|v| v.as_str()))
            .map(norm)
            .filter(|s| !s.is_empty())
            .collect();
        out.insert(norm(name), set);
    }
    out
}

/// The names a gold actor goes by (just its name when the gold has no entry).
fn names_of(names: &BTreeMap<String, BTreeSet<String>>, name: &str) -> BTreeSet<String> {
    names.get(&norm(name)).cloned().unwrap_or_else(|| BTreeSet::from([norm(name)]))
}

/// Does the extracted actor stand for the gold actor known by `names`? Its
/// name is one of the gold names, or the gold name is one of its aliases.
fn same_actor(actor: &dossier_model::Actor, gold_name: &str, names: &BTreeSet<String>) -> bool {
    names.contains(&norm(&actor.name)) || actor.aliases.iter().any(|a| norm(a) == norm(gold_name))
}

/// Is the extracted quote text the gold quote? Equal once normalised, or
/// one holds the other and covers at least half of it.
fn same_quote(got: &str, want: &str) -> bool {
    let (g, w) = (norm(got), norm(want));
    if g.is_empty() || w.is_empty() {
        return false;
    }
    let (short, long) = if g.len() <= w.len() { (&g, &w) } else { (&w, &g) };
    g == w || (long.contains(short.as_str()) && short.len() * 2 >= long.len())
}

/// Scores `corpus` against `gold`; `file_of` maps a gold `file` to the
/// corpus article's `file`. With `verbose`, prints every miss.
pub fn score(gold: &toml::Table, corpus: &Corpus, file_of: &dyn Fn(&str) -> String, verbose: bool) -> Scores {
    let mut s = Scores::default();
    let names = gold_names(gold);
    let article_ix = |gold_file: &str| {
        let file = file_of(gold_file);
        corpus.articles.iter().position(|a| a.file == file).map(|i| i as u32)
    };

    // Actors, per article, averaged.
    let (mut recall_sum, mut precision_sum, mut n) = (0.0, 0.0, 0usize);
    for art in gold.get("article").and_then(|v| v.as_array()).into_iter().flatten() {
        let file = art["file"].as_str().unwrap_or_default();
        let want: Vec<&str> =
            art.get("actors").and_then(|v| v.as_array()).into_iter().flatten().filter_map(|v| v.as_str()).collect();
        let got: Vec<&dossier_model::Actor> = match article_ix(file) {
            Some(ix) => corpus.actors.iter().filter(|a| a.mentions.iter().any(|m| m.article == ix)).collect(),
            None => Vec::new(),
        };
        let want_names: Vec<(&str, BTreeSet<String>)> = want.iter().map(|w| (*w, names_of(&names, w))).collect();
        let mut hit = 0;
        for (w, ns) in &want_names {
            if got.iter().any(|a| same_actor(a, w, ns)) {
                hit += 1;
            } else {
                s.missed_actors.push((file.to_string(), w.to_string()));
            }
        }
        let mut right = 0;
        for a in &got {
            if want_names.iter().any(|(w, ns)| same_actor(a, w, ns)) {
                right += 1;
            } else {
                s.spurious_actors.push((file.to_string(), a.name.clone()));
            }
        }
        recall_sum += ratio(hit, want.len());
        precision_sum += ratio(right, got.len());
        n += 1;
        if verbose {
            let missed: Vec<_> =
                want_names.iter().filter(|(w, ns)| !got.iter().any(|a| same_actor(a, w, ns))).map(|x| x.0).collect();
            let spurious: Vec<_> = got
                .iter()
                .filter(|a| !want_names.iter().any(|(w, ns)| same_actor(a, w, ns)))
                .map(|a| format!("{} ({})", a.name, a.kind.as_str()))
                .collect();
            println!("{}: actors {hit}/{} found, {right}/{} right", &file[..file.len().min(12)], want.len(), got.len());
            println!("  missed:   {missed:?}");
            println!("  spurious: {spurious:?}");
        }
    }
    s.actor_recall = if n == 0 { 1.0 } else { recall_sum / n as f64 };
    s.actor_precision = if n == 0 { 1.0 } else { precision_sum / n as f64 };

    // Events: date accuracy over gold mentions, merges over gold events with
    // several mentions.
    for g in gold.get("event").and_then(|v| v.as_array()).into_iter().flatten() {
        let Some(g) = g.as_table() else { continue };
        let mentions = g.get("mentions").and_then(|v| v.as_array()).cloned().unwrap_or_default();
        let mut ids = Vec::new();
        for m in &mentions {
            let (file, phrase) = (m["file"].as_str().unwrap_or_default(), m["phrase"].as_str().unwrap_or_default());
            s.date_total += 1;
            let ev = article_ix(file).and_then(|ix| super::events::find(corpus, ix, phrase));
            match ev {
                Some(ev) => {
                    s.date_found += 1;
                    let ok = super::events::date_right(ev, g);
                    s.date_right += usize::from(ok);
                    if verbose && !ok {
                        println!(
                            "WRONG DATE {} {phrase:?}: {} {:?} vs gold {}",
                            &file[..file.len().min(12)],
                            ev.date.iso(),
                            ev.precision,
                            g["date"]
                        );
                    }
                    ids.push(Some(ev.id.clone()));
                }
                None => {
                    if verbose {
                        println!("MISSED EVENT {} {phrase:?}", &file[..file.len().min(12)]);
                    }
                    ids.push(None);
                }
            }
        }
        if mentions.len() > 1 {
            s.multi += 1;
            s.merged += usize::from(ids.iter().all(|i| i.is_some() && *i == ids[0]));
        }
    }

    // Quotes: found by text, and with the right speaker.
    for g in gold.get("quote").and_then(|v| v.as_array()).into_iter().flatten() {
        let (file, text, speaker) = (
            g["file"].as_str().unwrap_or_default(),
            g["text"].as_str().unwrap_or_default(),
            g.get("speaker").and_then(|v| v.as_str()).unwrap_or_default(),
        );
        s.quotes_total += 1;
        let speaker_names = names_of(&names, speaker);
        let (mut found, mut said) = (false, false);
        let mut got_speaker = None;
        if let Some(ix) = article_ix(file) {
            let body = corpus.articles[ix as usize].text();
            for q in corpus.quotes.iter().filter(|q| q.article == ix) {
                if !same_quote(&body[q.span.range()], text) {
                    continue;
                }
                found = true;
                let ok = q.speaker.as_deref().is_some_and(|x| speaker_names.contains(&norm(x)))
                    || q.speaker_actor.is_some_and(|a| same_actor(&corpus.actors[a as usize], speaker, &speaker_names));
                said |= ok;
                got_speaker = q.speaker.clone();
            }
        }
        s.quotes_found += usize::from(found);
        s.quotes_speaker += usize::from(said);
        if verbose && !said {
            let what = if found { format!("wrong speaker {got_speaker:?}") } else { "missed".to_string() };
            println!("QUOTE {what}: {:?} by {speaker:?}", text.chars().take(60).collect::<String>());
        }
    }
    s
}

/// The development gold's articles as clean Markdown files in a fresh
/// temporary folder: the ground truth's body with the gold title,
/// publication date and outlet as TOML front matter, one `<id>.md` per gold
/// `<id>.html`. `None` when the gold or the pages are missing.
pub fn dev_folder(gold: &toml::Table) -> Option<PathBuf> {
    let pages = super::pages::dev_pages();
    if pages.is_empty() {
        return None;
    }
    let dir = std::env::temp_dir().join(format!("dossier-gold-dev-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp folder");
    for art in gold["article"].as_array().expect("gold articles") {
        let file = art["file"].as_str().expect("gold file");
        let id = file.strip_suffix(".html").expect("gold file is <id>.html");
        let page = pages.iter().find(|p| p.id == id).unwrap_or_else(|| panic!("no page {id}"));
        let field = |k: &str| art.get(k).and_then(|v| v.as_str()).unwrap_or_default().to_string();
        let date = Some(field("published")).filter(|d| !d.is_empty()).unwrap_or_else(|| field("published_inferred"));
        let mut front = String::from("+++\n");
        for (key, value) in [("title", field("title")), ("date", date), ("outlet", field("outlet"))] {
            if !value.is_empty() {
                front.push_str(&format!("{key} = {}\n", toml::Value::String(value)));
            }
        }
        front.push_str("+++\n\n");
        std::fs::write(dir.join(format!("{id}.md")), front + &page.body + "\n").expect("write article");
    }
    Some(dir)
}

/// Maps a development gold `<id>.html` to its clean `<id>.md`.
pub fn dev_file(gold_file: &str) -> String {
    format!("{}.md", gold_file.strip_suffix(".html").unwrap_or(gold_file))
}
