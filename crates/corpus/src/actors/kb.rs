//! The built-in knowledge base: countries (names, demonyms, capitals, seats
//! of government), international organisations, non-country places, office
//! titles, news outlets and stop words. Plain data files in `data/`,
//! embedded at compile time and parsed once.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const COUNTRIES: &str = include_str!("../../data/countries.tsv");
const ORGANIZATIONS: &str = include_str!("../../data/organizations.tsv");
const PLACES: &str = include_str!("../../data/places.tsv");
const TITLES: &str = include_str!("../../data/titles.txt");
const OUTLETS: &str = include_str!("../../data/outlets.txt");
const STOPWORDS: &str = include_str!("../../data/stopwords.txt");
const PERSON_NAMES: &str = include_str!("../../data/person-names.tsv");
const LEGAL_FORMS: &str = include_str!("../../data/legal-forms.txt");
const SUBDIVISIONS: &str = include_str!("../../data/subdivisions.txt");

/// A given name ("Taylor", "Jo").
pub const GIVEN: u8 = 1;
/// A family name ("Fritz", "Nguyen").
pub const FAMILY: u8 = 2;
/// A family name of a tradition that writes it first ("Liu Xiaoming").
pub const FAMILY_FIRST: u8 = 4;
/// A person's name from the second names source, given or family not said.
pub const NAME: u8 = 8;

pub struct Country {
    pub name: String,
    /// First demonym, used to name the government ("Syrian government").
    pub demonym: Option<String>,
}

impl Country {
    /// The name of this country's government as an actor.
    pub fn government(&self) -> String {
        match &self.demonym {
            Some(d) => format!("{d} government"),
            None => format!("Government of {}", self.name),
        }
    }
    /// The name of this country's opposition as an actor.
    pub fn opposition(&self) -> String {
        match &self.demonym {
            Some(d) => format!("{d} opposition"),
            None => format!("Opposition in {}", self.name),
        }
    }
}

/// What a gazetteer pattern names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Entry {
    Country(u16),
    Demonym(u16),
    Capital(u16),
    /// A seat of government ("the Kremlin"): stands for the state.
    Seat(u16),
    Org(u16),
    Place(u16),
    Outlet,
}

pub struct Pattern {
    pub text: String,
    pub entry: Entry,
    /// Matched byte for byte (acronyms), not case-insensitively.
    pub exact: bool,
}

#[derive(Clone, Copy, Debug)]
pub struct Title {
    /// Introduces a reporter, not an actor.
    pub journalist: bool,
    /// Head of state or government: belongs to the article's government.
    pub head: bool,
}

pub struct Kb {
    pub countries: Vec<Country>,
    pub orgs: Vec<String>,
    pub places: Vec<String>,
    pub patterns: Vec<Pattern>,
    /// Lowercased title phrase → title, with the longest phrase length.
    pub titles: HashMap<String, Title>,
    pub title_max_words: usize,
    /// First words of titles, for a quick rejection.
    pub title_first_words: HashSet<String>,
    pub stopwords: HashSet<String>,
    /// Lowercased city → organisation it stands for when it acts
    /// ("Brussels would provide ..." is the EU, not Belgium).
    pub org_seats: HashMap<String, u16>,
    /// Person names as written ("Taylor", "Nguyen") → [`GIVEN`] / [`FAMILY`] / [`FAMILY_FIRST`] / [`NAME`].
    pub person_names: HashMap<&'static str, u8>,
    /// Lowercased legal-form suffixes of company names ("gmbh", "inc", "sa").
    pub legal_forms: HashSet<String>,
    /// First-level subdivisions of countries as written ("South Dakota", "Bavaria").
    pub subdivisions: HashSet<&'static str>,
}

impl Kb {
    /// The [`GIVEN`] / [`FAMILY`] / [`FAMILY_FIRST`] flags of a name as written; 0 when unknown.
    pub fn name_flags(&self, word: &str) -> u8 {
        self.person_names.get(word).copied().unwrap_or(0)
    }
}

/// The parsed knowledge base, built on first use.
pub fn get() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(parse)
}

fn rows(data: &str) -> impl Iterator<Item = Vec<&str>> {
    data.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').collect())
}

fn list<'a>(field: Option<&&'a str>) -> impl Iterator<Item = &'a str> {
    field.copied().unwrap_or("").split(';').map(str::trim).filter(|s| !s.is_empty())
}

/// All-caps acronyms ("UN", "U.S.") must match exactly; "us" is a pronoun.
fn is_acronym(s: &str) -> bool {
    s.chars().any(|c| c.is_uppercase()) && s.chars().all(|c| !c.is_lowercase()) && s.len() <= 6
}

fn parse() -> Kb {
    let mut patterns = Vec::new();
    let mut push = |text: &str, entry: Entry| {
        patterns.push(Pattern { text: text.to_string(), entry, exact: is_acronym(text) });
    };
    let mut countries = Vec::new();
    for row in rows(COUNTRIES) {
        let ix = countries.len() as u16;
        let name = row[0].trim();
        push(name, Entry::Country(ix));
        for alias in list(row.get(1)) {
            push(alias, Entry::Country(ix));
        }
        let mut demonym = None;
        for d in list(row.get(2)) {
            demonym.get_or_insert_with(|| d.to_string());
            push(d, Entry::Demonym(ix));
            // "Russians", "Iraqis": the people stand for the state too.
            if d.ends_with('n') || d.ends_with('i') {
                push(&format!("{d}s"), Entry::Demonym(ix));
            }
        }
        for c in list(row.get(3)) {
            push(c, Entry::Capital(ix));
        }
        for s in list(row.get(4)) {
            push(s, Entry::Seat(ix));
        }
        countries.push(Country { name: name.to_string(), demonym });
    }
    let mut orgs = Vec::new();
    let mut org_seats = HashMap::new();
    for row in rows(ORGANIZATIONS) {
        let ix = orgs.len() as u16;
        let name = row[0].trim();
        push(name, Entry::Org(ix));
        for alias in list(row.get(1)).chain(list(row.get(2))) {
            push(alias, Entry::Org(ix));
        }
        for city in list(row.get(3)) {
            org_seats.insert(city.to_lowercase(), ix);
        }
        orgs.push(name.to_string());
    }
    let mut places = Vec::new();
    for row in rows(PLACES) {
        let ix = places.len() as u16;
        push(row[0].trim(), Entry::Place(ix));
        for alias in list(row.get(1)) {
            push(alias, Entry::Place(ix));
        }
        places.push(row[0].trim().to_string());
    }
    for line in OUTLETS.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        push(line, Entry::Outlet);
    }
    let mut titles = HashMap::new();
    let mut title_max_words = 1;
    let mut title_first_words = HashSet::new();
    for line in TITLES.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let journalist = line.starts_with('!');
        let head = line.starts_with('^');
        let phrase = line.trim_start_matches(['!', '^']).to_lowercase();
        title_max_words = title_max_words.max(phrase.split([' ', '-']).count());
        if let Some(first) = phrase.split(' ').next() {
            title_first_words.insert(first.to_string());
        }
        titles.insert(phrase, Title { journalist, head });
    }
    let stopwords =
        STOPWORDS.lines().filter(|l| !l.starts_with('#')).flat_map(str::split_whitespace).map(str::to_string).collect();
    let mut person_names = HashMap::new();
    for row in rows(PERSON_NAMES) {
        let flags = row.get(1).map_or(0, |f| {
            f.chars().fold(0, |acc, c| {
                acc | match c {
                    'g' => GIVEN,
                    'f' => FAMILY,
                    'e' => FAMILY_FIRST,
                    'p' => NAME,
                    _ => 0,
                }
            })
        });
        person_names.insert(row[0].trim(), flags);
    }
    let legal_forms = LEGAL_FORMS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect();
    Kb {
        countries,
        orgs,
        places,
        patterns,
        titles,
        title_max_words,
        title_first_words,
        stopwords,
        org_seats,
        person_names,
        legal_forms,
        subdivisions: SUBDIVISIONS.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_parses_and_is_general() {
        let kb = get();
        assert!(kb.countries.len() >= 190, "{} countries", kb.countries.len());
        assert!(kb.orgs.len() >= 40);
        let names: HashSet<&str> = kb.patterns.iter().map(|p| p.text.as_str()).collect();
        for must in ["Moscow", "the Kremlin", "Downing Street", "White House", "NATO", "OPCW", "Daesh", "Kazakh"] {
            assert!(names.contains(must), "{must} missing");
        }
        let us = kb.patterns.iter().find(|p| p.text == "US").unwrap();
        assert!(us.exact);
        assert!(kb.titles.contains_key("foreign minister") && kb.titles["correspondent"].journalist);
        assert!(kb.name_flags("Taylor") & GIVEN != 0 && kb.name_flags("Liu") & FAMILY_FIRST != 0);
        assert_eq!(kb.name_flags("Thursday"), 0);
        assert!(kb.subdivisions.contains("South Dakota") && !kb.subdivisions.contains("Thursday"));
        assert!(kb.legal_forms.contains("gmbh") && kb.legal_forms.contains("inc") && !kb.legal_forms.contains("group"));
    }
}
