//! Actor overrides from `dossier.toml`: add, alias, merge, rename, kind,
//! group, colour, hide. Applied after extraction, in that order; each one
//! is checked, and one naming an unknown actor is an error in the report
//! with the closest actor name as a hint. The TOML shape is documented in
//! `docs/actors.md`.

use super::color;
use super::resolve::{Draft, Registry};
use crate::report::{Diagnostic, FileOutcome, Report};
use dossier_model::{ActorKind, Corpus, Mention, Span};
use serde::Deserialize;

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorOverrides {
    /// `[[actors.add]]`: actors the extraction missed.
    #[serde(default)]
    pub add: Vec<AddActor>,
    /// `[[actors.alias]]`: surface forms to add to or remove from an actor.
    #[serde(default)]
    pub alias: Vec<AliasEdit>,
    /// `[[actors.merge]]`: fold actors into another.
    #[serde(default)]
    pub merge: Vec<Merge>,
    /// `[[actors.rename]]`: a new canonical name.
    #[serde(default)]
    pub rename: Vec<Rename>,
    /// `[[actors.set]]`: kind, role, affiliation, legend group, colour.
    #[serde(default)]
    pub set: Vec<SetActor>,
    /// `hide = [...]`: actors to drop from the corpus.
    #[serde(default)]
    pub hide: Vec<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddActor {
    pub name: String,
    pub kind: String,
    /// Surface forms searched in every article (the name is always one).
    #[serde(default)]
    pub aliases: Vec<String>,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub group: Option<String>,
    pub color: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AliasEdit {
    pub actor: String,
    #[serde(default)]
    pub add: Vec<String>,
    #[serde(default)]
    pub remove: Vec<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Merge {
    pub from: Vec<String>,
    pub into: String,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rename {
    pub actor: String,
    pub to: String,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetActor {
    pub actor: String,
    pub kind: Option<String>,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub group: Option<String>,
    pub color: Option<String>,
}

fn error(report: &mut Report, message: String) {
    report.push_file(crate::config::FILE_NAME, FileOutcome::Config, vec![Diagnostic::error(None, message)]);
}

/// Levenshtein distance on lowercase chars, for "did you mean" hints.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.to_lowercase().chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Finds an actor by name or id (case-insensitive), or reports it with a hint.
fn find(reg: &Registry, name: &str, what: &str, report: &mut Report) -> Option<usize> {
    let want = name.trim().to_lowercase();
    let slug = super::slug(name);
    if let Some(i) = reg.actors.iter().position(|d| d.name.to_lowercase() == want || super::slug(&d.name) == slug) {
        return Some(i);
    }
    let hint = reg.actors.iter().min_by_key(|d| distance(&d.name, name)).map(|d| d.name.as_str());
    let msg = match hint {
        Some(h) => format!("actors.{what}: no actor named \"{name}\"; did you mean \"{h}\"?"),
        None => format!("actors.{what}: no actor named \"{name}\" (the corpus has no actors)"),
    };
    error(report, msg);
    None
}

fn parse_kind(kind: &str, what: &str, report: &mut Report) -> Option<ActorKind> {
    let k = ActorKind::parse(kind.trim().to_lowercase().as_str());
    if k.is_none() {
        error(report, format!("actors.{what}: kind \"{kind}\" is not one of country, organization, person"));
    }
    k
}

fn parse_color(c: &str, what: &str, report: &mut Report) -> Option<u32> {
    let v = color::parse_hex(c);
    if v.is_none() {
        error(report, format!("actors.{what}: colour \"{c}\" is not of the form \"#rrggbb\""));
    }
    v
}

/// Every whole-word, case-sensitive occurrence of `needle` in each article.
fn occurrences(corpus: &Corpus, needle: &str) -> Vec<Mention> {
    let mut out = Vec::new();
    if needle.trim().is_empty() {
        return out;
    }
    for (ai, a) in corpus.articles.iter().enumerate() {
        let text = a.text();
        let folded = crate::text::fold_for_matching(&text);
        let needle = crate::text::fold_for_matching(needle);
        let mut from = 0;
        while let Some(p) = folded.get(from..).and_then(|s| s.find(needle.as_str())) {
            let (s, e) = (from + p, from + p + needle.len());
            let before = folded[..s].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let after = folded[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            if before && after {
                out.push(Mention { article: ai as u32, span: Span::new(s, e) });
            }
            from = e.max(s + 1);
            while from < folded.len() && !folded.is_char_boundary(from) {
                from += 1;
            }
        }
    }
    out
}

/// Gives the mentions of `alias` to actor `ix`, taking them from any other actor.
fn claim(reg: &mut Registry, ix: usize, alias: &str, corpus: &Corpus) {
    let found = occurrences(corpus, alias);
    if found.is_empty() {
        return;
    }
    for (i, d) in reg.actors.iter_mut().enumerate() {
        if i != ix {
            d.mentions.retain(|m| {
                !found.iter().any(|f| f.article == m.article && f.span.start < m.span.end && m.span.start < f.span.end)
            });
        }
    }
    let d = &mut reg.actors[ix];
    d.mentions.extend(found);
    if !d.aliases.iter().any(|a| a == alias) {
        d.aliases.push(alias.to_string());
    }
}

/// Applies the overrides to the extracted actors.
pub fn apply(reg: &mut Registry, o: &ActorOverrides, corpus: &Corpus, report: &mut Report) {
    for add in &o.add {
        let Some(kind) = parse_kind(&add.kind, "add", report) else { continue };
        let ix = match reg.actors.iter().position(|d| d.name.eq_ignore_ascii_case(add.name.trim())) {
            Some(i) => i,
            None => {
                reg.actors.push(Draft { name: add.name.trim().to_string(), kind: Some(kind), ..Default::default() });
                reg.actors.len() - 1
            }
        };
        reg.actors[ix].kind = Some(kind);
        for alias in std::iter::once(&add.name).chain(&add.aliases) {
            claim(reg, ix, alias.trim(), corpus);
        }
        let set = SetActor {
            actor: add.name.clone(),
            kind: None,
            role: add.role.clone(),
            affiliation: add.affiliation.clone(),
            group: add.group.clone(),
            color: add.color.clone(),
        };
        set_fields(reg, ix, &set, "add", report);
    }
    for edit in &o.alias {
        let Some(ix) = find(reg, &edit.actor, "alias", report) else { continue };
        for alias in &edit.add {
            claim(reg, ix, alias.trim(), corpus);
        }
        for alias in &edit.remove {
            let want = alias.trim().to_lowercase();
            let d = &mut reg.actors[ix];
            let before = d.aliases.len();
            d.aliases.retain(|a| a.to_lowercase() != want);
            if d.aliases.len() == before {
                error(report, format!("actors.alias: \"{}\" has no alias \"{alias}\"", d.name));
                continue;
            }
            d.mentions.retain(|m| {
                let text = corpus.articles.get(m.article as usize).map(|a| a.text()).unwrap_or_default();
                text.get(m.span.range()).is_none_or(|s| s.trim().to_lowercase() != want)
            });
        }
    }
    for merge in &o.merge {
        let Some(into) = find(reg, &merge.into, "merge", report) else { continue };
        let into_name = reg.actors[into].name.clone();
        for from in &merge.from {
            let Some(f) = find(reg, from, "merge", report) else { continue };
            if f == into {
                continue;
            }
            let moved = std::mem::take(&mut reg.actors[f]);
            let from_name = moved.name.clone();
            let d = &mut reg.actors[into];
            d.mentions.extend(moved.mentions);
            for a in moved.aliases {
                if !d.aliases.contains(&a) {
                    d.aliases.push(a);
                }
            }
            d.role = d.role.take().or(moved.role);
            for other in &mut reg.actors {
                if other.affiliation.as_deref() == Some(from_name.as_str()) {
                    other.affiliation = Some(into_name.clone());
                }
            }
            // The emptied draft keeps no kind and is dropped at the end.
            reg.actors[f].name = format!("\u{0}merged:{from_name}");
        }
    }
    for r in &o.rename {
        let Some(ix) = find(reg, &r.actor, "rename", report) else { continue };
        let old = std::mem::replace(&mut reg.actors[ix].name, r.to.trim().to_string());
        for other in &mut reg.actors {
            if other.affiliation.as_deref() == Some(old.as_str()) {
                other.affiliation = Some(r.to.trim().to_string());
            }
        }
    }
    for s in &o.set {
        let Some(ix) = find(reg, &s.actor, "set", report) else { continue };
        set_fields(reg, ix, s, "set", report);
    }
    for h in &o.hide {
        let Some(ix) = find(reg, h, "hide", report) else { continue };
        let name = reg.actors[ix].name.clone();
        reg.actors[ix].kind = None;
        for other in &mut reg.actors {
            if other.affiliation.as_deref() == Some(name.as_str()) {
                other.affiliation = None;
            }
        }
    }
    reg.reindex();
}

fn set_fields(reg: &mut Registry, ix: usize, s: &SetActor, what: &str, report: &mut Report) {
    if let Some(k) = &s.kind {
        if let Some(k) = parse_kind(k, what, report) {
            reg.actors[ix].kind = Some(k);
        }
    }
    if let Some(aff) = &s.affiliation {
        if let Some(a) = find(reg, aff, what, report) {
            let name = reg.actors[a].name.clone();
            reg.actors[ix].affiliation = Some(name);
        }
    }
    if let Some(c) = &s.color {
        if let Some(c) = parse_color(c, what, report) {
            reg.actors[ix].color = Some(c);
        }
    }
    let d = &mut reg.actors[ix];
    if let Some(r) = &s.role {
        d.role = Some(r.clone());
    }
    if let Some(g) = &s.group {
        d.group = Some(g.clone());
    }
}
