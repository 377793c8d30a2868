//! The `actors` and `places` parts of the JSON export, and the per-article
//! actor counts the `articles` part lists. Offsets are UTF-8 byte offsets
//! into the article text, so the app can highlight the exact words.

use crate::actors::color;
use dossier_model::{Corpus, Mention};
use serde::Serialize;

#[derive(Serialize)]
pub struct ActorOut<'a> {
    pub id: &'a str,
    pub name: &'a str,
    /// country | organization | person
    pub kind: &'static str,
    pub role: Option<&'a str>,
    /// Id of the actor this one belongs to.
    pub affiliation: Option<&'a str>,
    pub group: Option<&'a str>,
    /// "#rrggbb"
    pub color: String,
    /// The swatch's shape beside the colour (0 = disc; see `actors::color`).
    pub shape: u8,
    pub aliases: &'a [String],
    pub mentions: Vec<MentionOut<'a>>,
}

#[derive(Serialize)]
pub struct PlaceOut<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub mentions: Vec<MentionOut<'a>>,
}

#[derive(Serialize)]
pub struct MentionOut<'a> {
    /// Article id.
    pub article: &'a str,
    /// The words as written.
    pub text: String,
    /// The sentence holding them.
    pub sentence: String,
    pub start: u32,
    pub end: u32,
}

fn mentions<'a>(corpus: &'a Corpus, texts: &[String], ms: &[Mention]) -> Vec<MentionOut<'a>> {
    ms.iter()
        .filter_map(|m| {
            let article = corpus.articles.get(m.article as usize)?;
            let text = texts.get(m.article as usize)?;
            let sentence = article
                .sentences
                .iter()
                .find(|s| s.start <= m.span.start && m.span.start < s.end.max(s.start + 1))
                .and_then(|s| text.get(s.range()))
                .unwrap_or("");
            Some(MentionOut {
                article: &article.id,
                text: text.get(m.span.range()).unwrap_or("").to_string(),
                sentence: sentence.to_string(),
                start: m.span.start,
                end: m.span.end,
            })
        })
        .collect()
}

/// `texts` holds each article's [`Corpus`] text, built once per export.
pub fn all<'a>(corpus: &'a Corpus, texts: &[String]) -> Vec<ActorOut<'a>> {
    corpus
        .actors
        .iter()
        .map(|a| ActorOut {
            id: &a.id,
            name: &a.name,
            kind: a.kind.as_str(),
            role: a.role.as_deref(),
            affiliation: a.affiliation.and_then(|i| corpus.actors.get(i as usize)).map(|x| x.id.as_str()),
            group: a.group.as_deref(),
            color: color::hex(a.color),
            shape: a.shape,
            aliases: &a.aliases,
            mentions: mentions(corpus, texts, &a.mentions),
        })
        .collect()
}

pub fn places<'a>(corpus: &'a Corpus, texts: &[String]) -> Vec<PlaceOut<'a>> {
    corpus
        .places
        .iter()
        .map(|p| PlaceOut { id: &p.id, name: &p.name, mentions: mentions(corpus, texts, &p.mentions) })
        .collect()
}

/// Each article's actors as (actor id, mention count), most mentioned first,
/// then by id: the `actors` field of the article export. One pass over all
/// mentions.
pub fn actor_counts_by_article(corpus: &Corpus) -> Vec<Vec<(String, usize)>> {
    let mut counts: Vec<Vec<(u32, usize)>> = vec![Vec::new(); corpus.articles.len()];
    for (ai, a) in corpus.actors.iter().enumerate() {
        for m in &a.mentions {
            let Some(list) = counts.get_mut(m.article as usize) else { continue };
            match list.last_mut() {
                Some((last, n)) if *last == ai as u32 => *n += 1,
                _ => list.push((ai as u32, 1)),
            }
        }
    }
    counts
        .into_iter()
        .map(|list| {
            let mut merged: Vec<(String, usize)> = Vec::new();
            let mut sorted = list;
            sorted.sort_unstable();
            for (ai, n) in sorted {
                let id = &corpus.actors[ai as usize].id;
                match merged.last_mut() {
                    Some((last, c)) if last == id => *c += n,
                    _ => merged.push((id.clone(), n)),
                }
            }
            merged.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            merged
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::{Actor, ActorKind, Article, Section, Span};

    #[test]
    fn mentions_carry_text_sentence_and_offsets() {
        let article = Article {
            id: "a".into(),
            sections: vec![Section { heading: None, author: None, paragraphs: vec!["Hi. Peru won.".into()] }],
            sentences: vec![Span::new(0, 3), Span::new(4, 13)],
            ..Default::default()
        };
        let actor = Actor {
            id: "peru".into(),
            name: "Peru".into(),
            kind: ActorKind::Country,
            role: None,
            affiliation: None,
            group: None,
            color: 0x0072b2,
            shape: 0,
            aliases: vec!["Peru".into()],
            mentions: vec![Mention { article: 0, span: Span::new(4, 8) }],
        };
        let corpus = Corpus { articles: vec![article], actors: vec![actor], ..Default::default() };
        let out = all(&corpus, &super::super::texts(&corpus));
        assert_eq!(out[0].color, "#0072b2");
        assert_eq!(out[0].kind, "country");
        assert_eq!(out[0].mentions[0].text, "Peru");
        assert_eq!(out[0].mentions[0].sentence, "Peru won.");
        assert_eq!(actor_counts_by_article(&corpus), vec![vec![("peru".to_string(), 1)]]);
    }
}
