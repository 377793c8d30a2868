//! Synthetic corpora for benchmarks and scale tests: deterministic for a
//! seed. Articles vary header shapes (the ones ingestion must parse), outlets,
//! dates over several years, actors (countries, people with roles, invented
//! organisations with acronyms), relative date phrases, quotes and paragraph
//! counts. A tiny SplitMix64 generator keeps the output stable across
//! platforms and releases without a `rand` dependency.

use std::fmt::Write as _;
use std::path::Path;

/// SplitMix64: small, fast and good enough for text generation.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// (country, adjective, capital)
const COUNTRIES: &[(&str, &str, &str)] = &[
    ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"),
    ("Italy", "Italian", "Rome"),
    ("Spain", "Spanish", "Madrid"),
    ("Poland", "Polish", "Warsaw"),
    ("Norway", "Norwegian", "Oslo"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Jordan", "Jordanian", "Amman"),
    ("Lebanon", "Lebanese", "Beirut"),
    ("Iraq", "Iraqi", "Baghdad"),
    ("Qatar", "Qatari", "Doha"),
    ("Kenya", "Kenyan", "Nairobi"),
    ("Ethiopia", "Ethiopian", "Addis Ababa"),
    ("Nigeria", "Nigerian", "Abuja"),
    ("Brazil", "Brazilian", "Brasilia"),
    ("Argentina", "Argentine", "Buenos Aires"),
    ("Mexico", "Mexican", "Mexico City"),
    ("Canada", "Canadian", "Ottawa"),
    ("Japan", "Japanese", "Tokyo"),
    ("India", "Indian", "New Delhi"),
    ("Pakistan", "Pakistani", "Islamabad"),
    ("Indonesia", "Indonesian", "Jakarta"),
    ("Australia", "Australian", "Canberra"),
    ("Ukraine", "Ukrainian", "Kyiv"),
    ("Georgia", "Georgian", "Tbilisi"),
    ("Armenia", "Armenian", "Yerevan"),
    ("Azerbaijan", "Azerbaijani", "Baku"),
    ("Sweden", "Swedish", "Stockholm"),
    ("Chile", "Chilean", "Santiago"),
    ("Morocco", "Moroccan", "Rabat"),
];

const FIRST: &[&str] = &[
    "Anna", "Marek", "Lina", "Tomas", "Yusuf", "Elena", "Karim", "Sofia", "Pavel", "Nadia", "Oren", "Ines", "Rafael",
    "Mira", "Dmitri", "Leila", "Jonas", "Amara", "Viktor", "Hana", "Samir", "Clara", "Idris", "Maren",
];
const LAST: &[&str] = &[
    "Korvel",
    "Ashdown",
    "Benali",
    "Strand",
    "Okafor",
    "Varga",
    "Lindqvist",
    "Haddad",
    "Moreau",
    "Petrak",
    "Quiroga",
    "Sato",
    "Nkemelu",
    "Brandt",
    "Castell",
    "Ferro",
    "Galen",
    "Hollis",
    "Ivers",
    "Jovan",
    "Kessler",
    "Marov",
];
const ROLES: &[&str] = &[
    "Foreign Minister",
    "Defence Minister",
    "Prime Minister",
    "President",
    "Interior Minister",
    "Trade Minister",
    "chief negotiator",
    "ambassador",
];
const ORG_ADJ: &[&str] = &["Northern", "United", "Democratic", "National", "Popular", "Independent", "Coastal"];
const ORG_NOUN: &[&str] = &["Liberation", "Reform", "Unity", "Renewal", "Security", "Solidarity", "Progress"];
const ORG_KIND: &[&str] = &["Front", "Council", "Alliance", "Movement", "Committee", "Coalition", "Mission"];

/// (outlet, wire abbreviation)
const OUTLETS: &[(&str, &str)] = &[
    ("Meridian News", "MNS"),
    ("Global Wire Service", "GWS"),
    ("The Northern Herald", "TNH"),
    ("Daily Courier", "DC"),
    ("Continental Press Agency", "CPA"),
    ("Harbour Times", "HT"),
];
const AGENCIES: &[&str] = &["Getty", "AFP", "Reuters", "EPA", "AP"];
const TOPICS: &[&str] =
    &["ceasefire", "trade agreement", "border dispute", "peace talks", "water treaty", "prisoner exchange"];
/// Page furniture that closes scraped articles.
const ENDINGS: &[&str] = &["Read more:", "Share this article", "Follow us on social media"];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const RELATIVE: &[&str] = &[
    "last week",
    "earlier this month",
    "early last year",
    "late last year",
    "last month",
    "next week",
    "in the coming days",
    "last year",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTH_ABBR: [&str; 12] =
    ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const DAY_ABBR: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

struct Person {
    name: String,
    role: &'static str,
    adj: &'static str,
}

struct Cast {
    countries: Vec<(&'static str, &'static str, &'static str)>,
    people: Vec<Person>,
    orgs: Vec<(String, String)>,
}

fn cast(rng: &mut Rng) -> Cast {
    let mut countries = Vec::new();
    while countries.len() < 3 {
        let c = *rng.pick(COUNTRIES);
        if !countries.contains(&c) {
            countries.push(c);
        }
    }
    let people = (0..rng.range(2, 4))
        .map(|i| Person {
            name: format!("{} {}", rng.pick(FIRST), rng.pick(LAST)),
            role: ROLES[rng.below(ROLES.len())],
            adj: countries[i % countries.len()].1,
        })
        .collect();
    let orgs = (0..rng.range(1, 2))
        .map(|_| {
            let words = [*rng.pick(ORG_ADJ), *rng.pick(ORG_NOUN), *rng.pick(ORG_KIND)];
            let name = words.join(" ");
            let acronym: String = words.iter().filter_map(|w| w.chars().next()).collect();
            (name, acronym)
        })
        .collect();
    Cast { countries, people, orgs }
}

/// One synthetic article: (file name, contents). Deterministic for `seed` and `index`.
pub fn article(seed: u64, index: usize) -> (String, String) {
    let (name, text, _) = article_with_truth(seed, index);
    (name, text)
}

/// What a careful reader should extract from a generated article; tests
/// check the parser against it.
#[derive(Debug, Clone, PartialEq)]
pub struct Truth {
    /// `None` when the article has no headline (a derived title is expected).
    pub title: Option<String>,
    /// ISO date; for wire copy the year comes from the text and may differ.
    pub published: String,
    pub wire: bool,
    pub outlet: Option<String>,
    pub headings: Vec<String>,
}

/// [`article`] with the [`Truth`] it was written from.
pub fn article_with_truth(seed: u64, index: usize) -> (String, String, Truth) {
    let mut rng = Rng::new(seed.wrapping_mul(0x100_0000_01B3).wrapping_add(index as u64));
    let cast = cast(&mut rng);
    let (outlet, abbr) = *rng.pick(OUTLETS);
    let year = 2014 + rng.below(10) as i32;
    let month = rng.range(1, 12);
    let day = rng.range(1, 28);
    let date = dossier_model::Day::from_ymd(year, month as u32, day as u32).unwrap_or_default();
    let weekday = date.weekday() as usize;
    let topic = *rng.pick(TOPICS);
    let (c0, c1) = (cast.countries[0], cast.countries[1]);
    let title = format!("{} and {} {} {}", c0.0, c1.0, rng.pick(&["resume", "sign", "reject", "discuss"]), topic);
    let standfirst = format!(
        "Delegations from {}, {} and {} met in {} for {} days of talks on the {}.",
        c0.0,
        c1.0,
        cast.countries[2].0,
        c0.2,
        rng.pick(&["two", "three", "four"]),
        topic
    );
    let m = MONTHS[month - 1];
    let mut body = paragraphs(&mut rng, &cast, topic, year);
    // A detail unique to this article, so distinct articles never read as duplicates.
    let detail = format!(" Some {} delegates and observers attended, organisers said.", 50 + rng.below(100_000));
    if let Some(lead) = body.first_mut() {
        lead.push_str(&detail);
    }
    let mut out = String::new();
    let shape = rng.below(11);
    let md = shape == 10;
    let mut truth = Truth {
        title: (shape != 1).then(|| title.clone()),
        published: date.iso(),
        wire: matches!(shape, 2 | 8),
        outlet: match shape {
            1 | 3 | 10 => Some(outlet.to_string()),
            2 | 8 => Some(abbr.to_string()),
            _ => None,
        },
        headings: Vec::new(),
    };
    match shape {
        0 => {
            let _ = write!(out, "{title}\n\n{title}\n{standfirst}\n{} min read\n{day} {m}, {year}\n", rng.range(2, 9));
            let _ = writeln!(out, "Delegates arrive for talks in {} [{}]", c0.2, rng.pick(AGENCIES));
        }
        1 => {
            let _ = write!(out, "Author:\u{a0} {}\n\nPosted: {day} {m} {year}\n\n\n\n", outlet.to_lowercase());
        }
        2 => {
            let first = body.remove(0);
            let _ = write!(
                out,
                "{title}\n\n{}, {} {day} ({abbr}) - {first}\n\n",
                c0.2.to_uppercase(),
                MONTH_ABBR[month - 1]
            );
        }
        3 => {
            let _ = write!(
                out,
                "{title}\n\nBy {}, {outlet}\nPublished: {}, {} {day:02}, {year}\n\n",
                cast.people[0].name,
                DAY_ABBR[weekday],
                &m[..3]
            );
        }
        4 => {
            let _ = write!(out, "{title}\n{day:02}.{month:02}.{year} {:02}:{:02}\n\n", rng.below(24), rng.below(60));
        }
        5 => {
            let _ = write!(out, "{title}\n\n{year}-{month:02}-{day:02}\n\n{standfirst}\n\n");
        }
        6 => {
            let _ = write!(out, "{title}\n{} {} {day}, {year} 11:35:30\n\n", DAY_ABBR[weekday], &m[..3]);
        }
        7 => {
            let _ = write!(out, "{title}\n{} {day} {m} {year} - 16:02\n\n", WEEKDAYS[weekday]);
        }
        8 => {
            let first = body.remove(0);
            let _ = write!(out, "{title}\n\n{}, {m} {day}. /{abbr}/. {first}\n\n", c1.2.to_uppercase());
        }
        9 => {
            let _ = write!(out, "{title}{day} {m} {year}\n\n");
        }
        _ => {
            let _ = write!(
                out,
                "---\ntitle: \"{title}\"\ndate: {year}-{month:02}-{day:02}\noutlet: {outlet}\nauthor: {}\ntags: [{}, {}]\n---\n\n",
                cast.people[0].name,
                c0.0.to_lowercase(),
                topic.replace(' ', "-")
            );
        }
    }
    let heading_at = if body.len() > 5 { rng.range(3, body.len() - 2) } else { usize::MAX };
    for (i, p) in body.iter().enumerate() {
        if i == heading_at {
            let heading = if rng.chance(50) {
                format!("The {} question", c1.1)
            } else {
                format!("Analysis, by our diplomatic correspondent {} {}", rng.pick(FIRST), rng.pick(LAST))
            };
            let _ = write!(out, "{}{heading}\n\n", if md { "## " } else { "" });
            truth.headings.push(heading);
        }
        if !md && rng.chance(6) {
            let _ = write!(out, "Map of the region [click to enlarge]\n\n");
        }
        let _ = write!(out, "{p}\n\n");
    }
    if !md && rng.chance(40) {
        out.push_str(ENDINGS[rng.below(ENDINGS.len())]);
        out.push('\n');
    }
    let ext = if md { "md" } else { "txt" };
    (format!("{index:06}_{:08x}.{ext}", rng.next_u64() as u32), out, truth)
}

/// Body paragraphs: reported actions with actors, dates and quotes.
fn paragraphs(rng: &mut Rng, cast: &Cast, topic: &str, year: i32) -> Vec<String> {
    let n = rng.range(4, 14);
    (0..n)
        .map(|_| {
            let sentences = rng.range(1, 3);
            (0..sentences).map(|_| sentence(rng, cast, topic, year)).collect::<Vec<_>>().join(" ")
        })
        .collect()
}

fn sentence(rng: &mut Rng, cast: &Cast, topic: &str, year: i32) -> String {
    let p = rng.pick(&cast.people);
    let c = rng.pick(&cast.countries);
    let (org, acr) = rng.pick(&cast.orgs);
    let when = match rng.below(4) {
        0 => format!("on {}", rng.pick(WEEKDAYS)),
        1 => rng.pick(RELATIVE).to_string(),
        2 => format!("in {}", rng.pick(&MONTHS)),
        _ => format!("on {} {} {}", rng.range(1, 28), rng.pick(&MONTHS), year - rng.below(2) as i32),
    };
    match rng.below(6) {
        0 => format!("{} {} {} said {when} that the {topic} would hold.", p.adj, p.role, p.name),
        1 => format!(
            "\u{201c}We will not accept any deal that ignores our people,\u{201d} {} told reporters {when}.",
            p.name
        ),
        2 => format!("The {org} ({acr}) rejected the proposal {when}, a spokesman said."),
        3 => format!("Officials from {} and the {acr} met {when} in {}.", c.0, c.2),
        4 => format!("\u{ab}This is a first step,\u{bb} said a senior {} diplomat, who asked not to be named.", c.1),
        _ => format!(
            "{} has backed the {topic} since {}, when talks first collapsed.",
            c.0,
            year - rng.range(1, 6) as i32
        ),
    }
}

/// Writes `n` synthetic articles into `out` (created if needed). Deterministic for `seed`.
pub fn write(out: &Path, n: usize, seed: u64) -> std::io::Result<()> {
    std::fs::create_dir_all(out)?;
    for i in 0..n {
        let (name, text) = article(seed, i);
        std::fs::write(out.join(name), text)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::SourceFile;

    #[test]
    fn deterministic_and_varied() {
        assert_eq!(article(7, 3), article(7, 3));
        assert_ne!(article(7, 3), article(8, 3));
        let firsts: std::collections::HashSet<String> =
            (0..50).map(|i| article(1, i).1.lines().nth(1).unwrap_or("").to_string()).collect();
        assert!(firsts.len() > 5);
    }

    #[test]
    fn generated_articles_parse_as_written() {
        let (mut hit, mut total) = (0, 0);
        for i in 0..300 {
            let (name, text, truth) = article_with_truth(42, i);
            let a = crate::ingest::ingest(&SourceFile::new(name.clone(), text.clone())).expect("article").article;
            let published = a.published.map(|d| d.iso()).unwrap_or_default();
            let date_ok =
                if truth.wire { published.get(4..) == truth.published.get(4..) } else { published == truth.published };
            let title_ok = match &truth.title {
                Some(t) => a.title == *t && !a.title_derived,
                None => a.title_derived,
            };
            let headings: Vec<String> = a.sections.iter().filter_map(|s| s.heading.clone()).collect();
            let checks = [date_ok, title_ok, a.outlet == truth.outlet, headings == truth.headings];
            if checks.iter().any(|ok| !ok) {
                eprintln!("{name}: {checks:?} got {:?} {published} {:?} {headings:?}\n{text}", a.title, a.outlet);
            }
            hit += checks.iter().filter(|ok| **ok).count();
            total += checks.len();
            let body = a.text();
            assert!(!body.contains("min read") && !body.contains("Posted:") && !body.contains("[click"), "{name}");
        }
        assert_eq!(hit, total, "generated articles parsed as written");
    }
}
