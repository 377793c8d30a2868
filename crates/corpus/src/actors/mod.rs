//! Actors: find countries, organisations and people in the articles, resolve
//! aliases and metonyms to one actor each, keep places apart, colour them.
//!
//! One job per module: [`kb`] loads the built-in knowledge base,
//! [`gazetteer`] matches it, [`tokens`] splits words, [`discover`] finds
//! names the knowledge base lacks, [`roles`] reads titles and roles,
//! [`context`] reads an article's country and metonyms, [`resolve`] decides
//! and merges, [`overrides`] applies `dossier.toml`, [`color`] picks stable
//! colours.

pub mod color;
pub mod context;
pub mod discover;
pub mod gazetteer;
pub mod kb;
pub mod overrides;
pub mod resolve;
pub mod roles;
pub mod tokens;

use crate::report::Report;
use dossier_model::{Actor, ActorKind, Corpus, Place};
use std::collections::{HashMap, HashSet};

/// Fills `corpus.actors` and `corpus.places` from the articles' text, then
/// applies `overrides`. Problems with overrides go to the report.
pub fn extract(corpus: &mut Corpus, overrides: &overrides::ActorOverrides, report: &mut Report) {
    use rayon::prelude::*;
    let mut docs: Vec<discover::Doc> = corpus.articles.par_iter().map(discover::prepare).collect();
    let mut lower_vocab: HashSet<String> = HashSet::new();
    for d in &docs {
        for (i, t) in d.toks.iter().enumerate() {
            if t.has(tokens::LOWER) && !lower_vocab.contains(d.word(i)) {
                lower_vocab.insert(d.word(i).to_lowercase());
            }
        }
    }
    docs.par_iter_mut()
        .zip(&corpus.articles)
        .for_each(|(d, a)| d.with_text(a, |d| discover::discover(d, &lower_vocab)));
    // Reporters and outlets named in the metadata are never actors.
    let mut blocked = HashSet::new();
    for a in &corpus.articles {
        let names = a.author.iter().chain(&a.outlet).chain(a.sections.iter().filter_map(|s| s.author.as_ref()));
        for n in names {
            blocked.insert(n.trim().to_lowercase());
        }
    }
    let mut reg = resolve::resolve(docs, &corpus.articles, &blocked, &lower_vocab);
    // Before the overrides, so that an alias a user removes stays removed.
    add_surname_aliases(&mut reg.actors);
    overrides::apply(&mut reg, overrides, corpus, report);
    finalize(reg, corpus);
}

/// The actor a surface form names ("Moscow", "the regime" excepted: those
/// need context), by name, id or alias, case-insensitively, else by a
/// person's surname ("Hakim" → "Omar al-Hakim"). For other stages, such as
/// quote speakers, that meet a name after extraction.
pub fn lookup(corpus: &Corpus, surface: &str) -> Option<dossier_model::ActorIx> {
    let want = surface.trim().trim_end_matches("'s").trim_end_matches("\u{2019}s").to_lowercase();
    if want.is_empty() {
        return None;
    }
    let exact = corpus.actors.iter().position(|a| {
        a.name.to_lowercase() == want || a.id == want || a.aliases.iter().any(|x| x.to_lowercase() == want)
    });
    let by_surname = || {
        corpus.actors.iter().position(|a| {
            a.kind == ActorKind::Person
                && a.name.to_lowercase().rsplit(' ').next().is_some_and(|last| {
                    last == want || last.strip_prefix("al-").or_else(|| last.strip_prefix("el-")) == Some(want.as_str())
                })
        })
    };
    exact.or_else(by_surname).map(|i| i as dossier_model::ActorIx)
}

/// A URL-safe id: lowercase ASCII letters and digits joined by dashes.
/// Accented Latin letters fold to their base letter ("Fernández" →
/// "fernandez"), as the explorer's search folds them; other letters drop.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in dossier_model::fold::fold(name).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if c.is_alphanumeric() {
            continue;
        } else if c != '\'' && c != '\u{2019}' && !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "actor".to_string()
    } else {
        out
    }
}

/// Turns drafts into the model: sorted by mention count then name, with
/// unique ids, colours and affiliation indices.
fn finalize(reg: resolve::Registry, corpus: &mut Corpus) {
    let mut drafts: Vec<resolve::Draft> = reg.actors.into_iter().filter(|d| d.kind.is_some()).collect();
    sort_drafts(&mut drafts);
    let mut seen = HashSet::new();
    let mut actors: Vec<Actor> = Vec::with_capacity(drafts.len());
    let index: HashMap<String, u32> = drafts.iter().enumerate().map(|(i, d)| (d.name.clone(), i as u32)).collect();
    // Explicit colours are reserved first, then the others are handed out
    // by prominence (drafts are sorted by mentions).
    let mut palette = color::Palette::default();
    drafts.iter().filter_map(|d| d.color).for_each(|c| palette.take(c));
    for d in drafts {
        let id = unique(slug(&d.name), &mut seen);
        let (color, shape) = d.color.map_or_else(|| palette.pick(&id), |c| (c, 0));
        actors.push(Actor {
            color,
            shape,
            id,
            kind: d.kind.unwrap_or(ActorKind::Organization),
            role: d.role,
            affiliation: d.affiliation.as_ref().and_then(|a| index.get(a).copied()),
            group: d.group,
            aliases: d.aliases,
            mentions: d.mentions,
            name: d.name,
        });
    }
    corpus.actors = actors;
    let mut places = reg.places;
    sort_drafts(&mut places);
    let mut seen = HashSet::new();
    corpus.places = places
        .into_iter()
        .map(|d| Place { id: unique(slug(&d.name), &mut seen), name: d.name, mentions: d.mentions })
        .collect();
}

/// A person's surname with its particles ("de Souza", "van der Berg"):
/// the form later references use. Added as an alias when no other person
/// in the corpus has the same surname, so it names one actor only.
fn add_surname_aliases(drafts: &mut [resolve::Draft]) {
    fn surname(name: &str) -> Option<String> {
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() < 2 || !words.iter().all(|w| w.chars().any(char::is_alphabetic)) {
            return None;
        }
        let last = words.len() - 1;
        let from = (1..last).rev().take_while(|&i| words[i].chars().all(|c| c.is_lowercase() || c == '-')).last();
        let start = from.unwrap_or(last);
        words[last].chars().next().is_some_and(char::is_uppercase).then(|| words[start..].join(" "))
    }
    let is_person = |d: &resolve::Draft| d.kind == Some(ActorKind::Person);
    let mut counts: HashMap<String, usize> = HashMap::new();
    for d in drafts.iter().filter(|d| is_person(d)) {
        if let Some(s) = surname(&d.name) {
            *counts.entry(s.to_lowercase()).or_default() += 1;
        }
    }
    for d in drafts.iter_mut().filter(|d| is_person(d)) {
        if let Some(s) = surname(&d.name) {
            let known = d.aliases.iter().any(|a| a.to_lowercase() == s.to_lowercase());
            if counts.get(&s.to_lowercase()) == Some(&1) && !known {
                d.aliases.push(s);
            }
        }
    }
}

fn sort_drafts(drafts: &mut [resolve::Draft]) {
    for d in drafts.iter_mut() {
        d.mentions.sort();
        d.mentions.dedup();
    }
    drafts.sort_by(|a, b| b.mentions.len().cmp(&a.mentions.len()).then_with(|| a.name.cmp(&b.name)));
}

fn unique(id: String, seen: &mut HashSet<String>) -> String {
    let mut out = id.clone();
    let mut n = 2;
    while !seen.insert(out.clone()) {
        out = format!("{id}-{n}");
        n += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_gets_the_surname_alias_unless_another_shares_it() {
        let draft = |name: &str, kind| resolve::Draft {
            name: name.into(),
            kind: Some(kind),
            aliases: vec![name.into()],
            ..Default::default()
        };
        let mut d = vec![
            draft("Lucia de Souza", ActorKind::Person),
            draft("Ana Ruiz", ActorKind::Person),
            draft("Luis Ruiz", ActorKind::Person),
            draft("Hans van der Berg", ActorKind::Person),
            draft("Red Cross", ActorKind::Organization),
        ];
        add_surname_aliases(&mut d);
        assert_eq!(d[0].aliases, vec!["Lucia de Souza", "de Souza"]);
        assert_eq!(d[1].aliases, vec!["Ana Ruiz"], "Ruiz names two people");
        assert_eq!(d[3].aliases, vec!["Hans van der Berg", "van der Berg"]);
        assert_eq!(d[4].aliases, vec!["Red Cross"], "organisations have no surname");
    }
}
