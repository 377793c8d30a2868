//! The Dossier corpus model: the one contract between build time and run time.
//!
//! `dossier-corpus` fills a [`Corpus`] from `articles/` and encodes it with
//! [`encode`]; the Wasm explorer embeds those bytes and calls [`decode`].
//! Cross references are indices into the corpus vectors (compact in the
//! bundle); stable string ids exist for URLs and the JSON export.
//! Text offsets are UTF-8 byte offsets into [`Article::text`].

#![no_std]
extern crate alloc;

pub mod bundle;
pub mod date;
pub mod fold;
pub mod lexicon;

use alloc::string::String;
use alloc::vec::Vec;
use serde::{Deserialize, Serialize};

pub use bundle::{Body, Digest, Head, Part};
pub use date::{format_at, Day, Precision};
pub use lexicon::Lexicon;

/// Index of an article in [`Corpus::articles`].
pub type ArticleIx = u32;
/// Index of an actor in [`Corpus::actors`].
pub type ActorIx = u32;

/// Separator between paragraphs in [`Article::text`]; offsets depend on it.
pub const PARAGRAPH_SEPARATOR: &str = "\n\n";

/// Bumped whenever the encoded layout changes, so a stale bundle fails loudly.
pub const FORMAT_VERSION: u32 = 5;

#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Corpus {
    pub title: String,
    pub description: String,
    pub articles: Vec<Article>,
    pub actors: Vec<Actor>,
    pub places: Vec<Place>,
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
    /// Search words; filled for the bundle only (see [`Lexicon`]).
    pub lexicon: Lexicon,
}

#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Article {
    /// Stable slug derived from the file name; used in URLs.
    pub id: String,
    /// File name relative to the corpus folder.
    pub file: String,
    pub title: String,
    /// True when the file had no headline and the title was cut from the lead.
    pub title_derived: bool,
    pub standfirst: Option<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    /// Wire dateline city ("TEHRAN"), when the article opens with one.
    pub dateline: Option<String>,
    pub url: Option<String>,
    pub tags: Vec<String>,
    pub published: Option<Day>,
    pub published_precision: Option<Precision>,
    /// "3 min read" as stated by the page, kept as metadata rather than body.
    pub reading_minutes: Option<u32>,
    pub sections: Vec<Section>,
    /// Byte spans of sentences in [`Article::text`], in order.
    pub sentences: Vec<Span>,
    /// Page furniture removed from the body; audit only, empty in the bundle.
    pub removed: Vec<Removed>,
    /// Ingestion warnings; audit only, empty in the bundle.
    pub warnings: Vec<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Section {
    pub heading: Option<String>,
    pub author: Option<String>,
    pub paragraphs: Vec<String>,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start: start as u32, end: end as u32 }
    }
    pub fn range(self) -> core::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Removed {
    /// 1-based line in the source file.
    pub line: u32,
    pub text: String,
    pub reason: String,
}

impl Article {
    /// The body as one string: every section's paragraphs joined by
    /// [`PARAGRAPH_SEPARATOR`]. All mention offsets point into this string.
    pub fn text(&self) -> String {
        // Sized once: the build calls this for every article at every stage.
        let (len, n) = self.paragraphs().fold((0usize, 0usize), |(len, n), p| (len + p.len(), n + 1));
        let mut out = String::with_capacity(len + PARAGRAPH_SEPARATOR.len() * n.saturating_sub(1));
        for p in self.paragraphs() {
            if !out.is_empty() {
                out.push_str(PARAGRAPH_SEPARATOR);
            }
            out.push_str(p);
        }
        out
    }

    /// Paragraphs in reading order, across sections.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.sections.iter().flat_map(|s| s.paragraphs.iter().map(String::as_str))
    }

    /// Each paragraph with its start offset in [`Article::text`].
    pub fn paragraph_spans(&self) -> Vec<(Span, &str)> {
        let mut at = 0usize;
        let mut out = Vec::new();
        for p in self.paragraphs() {
            out.push((Span::new(at, at + p.len()), p));
            at += p.len() + PARAGRAPH_SEPARATOR.len();
        }
        out
    }

    /// The lead: the standfirst when there is one, else the first sentence.
    pub fn lead(&self) -> String {
        if let Some(s) = &self.standfirst {
            return s.clone();
        }
        let text = self.text();
        match self.sentences.first() {
            Some(s) => String::from(text.get(s.range()).unwrap_or("")),
            None => String::from(self.paragraphs().next().unwrap_or("")),
        }
    }
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActorKind {
    Country,
    Organization,
    Person,
}

impl ActorKind {
    pub const ALL: [ActorKind; 3] = [ActorKind::Country, ActorKind::Organization, ActorKind::Person];
    /// The lowercase name used in URLs and the JSON export.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Country => "country",
            ActorKind::Organization => "organization",
            ActorKind::Person => "person",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        ActorKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Actor {
    /// Stable slug of the canonical name; used in URLs.
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub role: Option<String>,
    /// Another actor this one belongs to (a minister's country).
    pub affiliation: Option<ActorIx>,
    /// Legend group from `dossier.toml`; the legend groups by kind otherwise.
    pub group: Option<String>,
    /// 0xRRGGBB, stable for a given actor id.
    pub color: u32,
    /// The swatch's shape, a second channel beside the colour (0 = disc; the
    /// stylesheet's `shape-N`), so that actors shown together never share a
    /// swatch while there are fewer than 80 of them.
    pub shape: u8,
    /// Surface forms met in the corpus that resolve to this actor.
    pub aliases: Vec<String>,
    pub mentions: Vec<Mention>,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Mention {
    pub article: ArticleIx,
    pub span: Span,
}

/// A location named in the corpus ("talks in Astana"), kept apart from actors.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Place {
    pub id: String,
    pub name: String,
    pub mentions: Vec<Mention>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Event {
    pub id: String,
    /// The most precise date any source gives; the start of `range`.
    pub date: Day,
    pub precision: Precision,
    /// First and last day the date phrase can mean (inclusive).
    pub range: (Day, Day),
    /// The clause that reports the event, as written (about 100 characters).
    pub summary: String,
    /// At most 40 characters, for the timeline strip and card headings,
    /// where a whole clause does not fit and its pronouns ("It broke off
    /// ties") make no sense alone: the acting actors by name, the main verb
    /// and its object ("Jabhat Fateh al-Sham broke off formal ties"). Never
    /// opens with a pronoun; built at build time, like everything textual.
    pub label: String,
    pub actors: Vec<ActorIx>,
    /// Not encoded: the bundle carries the sources in
    /// [`Digest::event_sources`] and the dated phrases in [`Body::events`],
    /// so the head the app decodes has neither these nor their code.
    #[serde(skip)]
    pub mentions: Vec<EventMention>,
}

impl Event {
    /// What to call the event where room is short (timeline, card headings):
    /// its label, or the summary when it has none.
    pub fn heading(&self) -> &str {
        if self.label.is_empty() {
            &self.summary
        } else {
            &self.label
        }
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct EventMention {
    pub article: ArticleIx,
    /// The dating phrase ("last week") in the article text.
    pub phrase: Span,
    /// The sentence that reports the event.
    pub sentence: Span,
    /// Resolved without a publication date, from dates in the text.
    pub inferred: bool,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Quote {
    pub article: ArticleIx,
    /// The quoted words, without the quotation marks.
    pub span: Span,
    /// Speaker as written ("a Western diplomat"), even when unresolved.
    /// Not encoded: the bundle has each once, in [`Digest::speakers`].
    #[serde(skip)]
    pub speaker: Option<String>,
    pub speaker_actor: Option<ActorIx>,
}

/// Encodes a whole corpus as one value: format version, then postcard
/// (without what the bundle keeps elsewhere: event mentions, quote speakers).
pub fn encode(corpus: &Corpus) -> Vec<u8> {
    encode_with_version(corpus)
}

fn encode_with_version<T: Serialize>(value: &T) -> Vec<u8> {
    // Straight after the version, not copied there: a large head is 100 MB.
    let out = Vec::from(FORMAT_VERSION.to_le_bytes());
    postcard::to_extend(value, out).expect("postcard encoding of an in-memory value cannot fail")
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    Version { found: u32 },
    Malformed,
}

impl core::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            DecodeError::Version { found } => {
                write!(f, "corpus bundle format {found}, expected {FORMAT_VERSION}: rebuild the site")
            }
            DecodeError::Malformed => f.write_str("corpus bundle is malformed: rebuild the site"),
        }
    }
}

pub fn decode(bytes: &[u8]) -> Result<Corpus, DecodeError> {
    decode_with_version(bytes)
}

fn decode_with_version<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, DecodeError> {
    let (head, body) = bytes.split_at_checked(4).ok_or(DecodeError::Malformed)?;
    let found = u32::from_le_bytes([head[0], head[1], head[2], head[3]]);
    if found != FORMAT_VERSION {
        return Err(DecodeError::Version { found });
    }
    postcard::from_bytes(body).map_err(|_| DecodeError::Malformed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    fn article() -> Article {
        Article {
            id: "a".into(),
            sections: vec![
                Section { heading: None, author: None, paragraphs: vec!["One. Two.".into()] },
                Section { heading: Some("H".into()), author: None, paragraphs: vec!["Three.".into()] },
            ],
            sentences: vec![Span::new(0, 4), Span::new(5, 9), Span::new(11, 17)],
            ..Default::default()
        }
    }

    #[test]
    fn text_joins_paragraphs_across_sections() {
        let a = article();
        assert_eq!(a.text(), "One. Two.\n\nThree.");
        let spans = a.paragraph_spans();
        assert_eq!(spans[1].0, Span::new(11, 17));
        assert_eq!(&a.text()[spans[1].0.range()], "Three.");
        assert_eq!(a.lead(), "One.");
    }

    #[test]
    fn round_trip_and_version_check() {
        let c = Corpus { title: "T".into(), articles: vec![article()], ..Default::default() };
        let bytes = encode(&c);
        assert_eq!(decode(&bytes).unwrap(), c);
        let mut stale = bytes.clone();
        stale[0] ^= 0xff;
        assert!(matches!(decode(&stale), Err(DecodeError::Version { .. })));
        assert_eq!(decode(&bytes[..2]), Err(DecodeError::Malformed));
        assert_eq!(decode(&bytes[..bytes.len() - 3]), Err(DecodeError::Malformed));
    }

    #[test]
    fn span_contains_only_spans_within_it() {
        let s = Span::new(10, 20);
        assert!(s.contains(Span::new(12, 18)), "strictly inside");
        assert!(s.contains(s), "a span contains itself");
        assert!(s.contains(Span::new(10, 15)), "shared start");
        assert!(s.contains(Span::new(15, 20)), "shared end");
        assert!(!s.contains(Span::new(5, 15)), "overlaps the start");
        assert!(!s.contains(Span::new(15, 25)), "overlaps the end");
        assert!(!s.contains(Span::new(5, 25)), "covers it");
        assert!(!s.contains(Span::new(0, 5)), "before it");
        assert!(!s.contains(Span::new(25, 30)), "after it");
        assert!(!Span::new(12, 18).contains(s), "a part does not contain the whole");
    }

    #[test]
    fn actor_kind_names_round_trip() {
        assert_eq!(ActorKind::Country.as_str(), "country");
        assert_eq!(ActorKind::Organization.as_str(), "organization");
        assert_eq!(ActorKind::Person.as_str(), "person");
        for k in ActorKind::ALL {
            assert_eq!(ActorKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(ActorKind::parse("person"), Some(ActorKind::Person));
        assert_eq!(ActorKind::parse("organization"), Some(ActorKind::Organization));
        assert_eq!(ActorKind::parse("place"), None);
        assert_eq!(ActorKind::parse(""), None);
        assert_eq!(ActorKind::parse("Country"), None, "the names are lowercase");
    }

    #[test]
    fn decode_errors_say_what_to_do() {
        use alloc::string::ToString;
        assert_eq!(
            DecodeError::Version { found: 7 }.to_string(),
            alloc::format!("corpus bundle format 7, expected {FORMAT_VERSION}: rebuild the site")
        );
        assert_eq!(DecodeError::Malformed.to_string(), "corpus bundle is malformed: rebuild the site");
    }
}
