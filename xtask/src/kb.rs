//! `cargo xtask kb [--check]`: generates `crates/corpus/data/countries.tsv`
//! from the npm package `world-countries` (mledoze/countries, ODbL-1.0),
//! pinned in `package.json`, merged with the hand-kept
//! `crates/corpus/data/countries-extra.tsv` (what no country data set can
//! know: seats of government used as metonyms, news short forms, the names a
//! reader expects that the package lacks, and which states outside the UN are
//! listed). `--check` fails when the file on disk differs from what would be
//! written. The output is deterministic: rows sorted by name; names and
//! capitals in package order then hand order, demonyms in hand order then
//! package order (the first names the government); duplicates removed.
//!
//! It also writes `person-names.tsv` and `legal-forms.txt` from the npm
//! package `@faker-js/faker` (MIT): every locale's given and family names
//! written in the Latin script, with their ASCII forms, flagged `g` (given),
//! `f` (family) and `e` (family name of a family-first tradition: the Hong
//! Kong and Vietnamese locales), and the one-word legal-form suffixes of
//! company names. Node reads the package, which ships JavaScript modules.
//! The npm package `@cspell/dict-people-names` (MIT; a spelling dictionary
//! of people's names, one a line) adds the names faker lacks, flagged `p`
//! (a person's name, given or family not said).
//!
//! And `subdivisions.txt` from the npm package `iso-3166` (MIT; ISO 3166-2):
//! the names of every country's first-level subdivisions (states, provinces,
//! regions), with their plain ASCII forms, so that "the state government"
//! can be named after the state an article is about.
//!
//! Rules applied to the country package:
//! - Countries are the UN members the package marks (`unMember`), plus every
//!   entry the extra file names (observers and widely reported states with
//!   limited recognition: Palestine, Kosovo, Taiwan). Dependencies and other
//!   territories (Hong Kong, Puerto Rico, Greenland, ...) are left out: they
//!   are places, not state actors.
//! - Names: `name.common`, `name.official` and the English `altSpellings`. An
//!   alternative spelling is English when it is not the ISO two-letter code
//!   ("IT", "SA" are words and other abbreviations), has no comma or bracket
//!   (the ISO index forms "Korea, Republic of"), is not the common name with
//!   accents added ("Pākistān", "România"), and either is the initials of
//!   an English name ("USA", "DRC", "UK") or is made only of the words of the
//!   country's English names, capitals and demonyms and of English state-form
//!   words ("Great Britain", "Congo-Kinshasa", "Côte d'Ivoire", "Republic of
//!   the Maldives"; not "Nippon", "Island", "Dawlat Libya", "República
//!   Argentina").
//! - Demonyms: `demonyms.eng` (male and female forms, split at "," and "or").
//!   A demonym the package gives to two countries ("Congolese", "Dominican")
//!   is kept only for the country the extra file gives it to.
//! - Capitals: `capital`, less those equal to the country's name
//!   ("Singapore").
//! - Every value written with Latin diacritics also gets its plain ASCII form
//!   ("Bogotá" and "Bogota"), since names are matched without folding accents.
//! - A name the extra file lists wins over a package demonym of the same
//!   spelling ("Vatican"); a demonym wins over a package spelling ("Saudi",
//!   "Thai"); what the extra file lists as both stays both ("US").

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;

const PACKAGE: &str = "world-countries";
const OUT: &str = "crates/corpus/data/countries.tsv";
const EXTRA: &str = "crates/corpus/data/countries-extra.tsv";
const NAMES_PACKAGE: &str = "@faker-js/faker";
const NAMES_OUT: &str = "crates/corpus/data/person-names.tsv";
const FORMS_OUT: &str = "crates/corpus/data/legal-forms.txt";
const SUBDIVISIONS_PACKAGE: &str = "iso-3166";
const SUBDIVISIONS_OUT: &str = "crates/corpus/data/subdivisions.txt";
const MORE_NAMES_PACKAGE: &str = "@cspell/dict-people-names";
const MORE_NAMES_FILE: &str = "dict/people-names.txt";

/// Words that name a form of state, allowed in an English alternative
/// spelling besides the country's own words ("Federal Democratic Republic of
/// Nepal").
const STATE_WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "republic",
    "kingdom",
    "state",
    "states",
    "commonwealth",
    "federation",
    "federal",
    "federated",
    "democratic",
    "people's",
    "union",
    "united",
    "islamic",
    "socialist",
    "principality",
    "grand",
    "duchy",
    "sultanate",
    "emirate",
    "independent",
    "nation",
    "confederation",
    "plurinational",
    "co-operative",
    "cooperative",
];

/// One country as written to `countries.tsv`.
#[derive(Default)]
struct Row {
    name: String,
    names: Vec<String>,
    demonyms: Vec<String>,
    capitals: Vec<String>,
    seats: Vec<String>,
}

/// One line of the extra file: additions to the package's entry
/// `country` (its `name.common`), and removals written `-value`.
struct Extra {
    line: usize,
    country: String,
    rename: Option<String>,
    names: Vec<String>,
    demonyms: Vec<String>,
    capitals: Vec<String>,
    seats: Vec<String>,
}

pub fn kb(root: &Path, check: bool) -> Result<(), String> {
    let count = |t: &str| t.lines().filter(|l| !l.starts_with('#')).count();
    let (version, licence) = installed_package(root, PACKAGE)?;
    let pkg_dir = root.join("node_modules").join(PACKAGE);
    let countries: Value = read_json(&pkg_dir.join("countries.json"))?;
    let countries = countries.as_array().ok_or("world-countries/countries.json is not a list")?;
    let extra_text = std::fs::read_to_string(root.join(EXTRA)).map_err(|e| format!("{EXTRA}: {e}"))?;
    let extras = parse_extra(&extra_text)?;
    let text = generate(countries, &extras, &version, &licence)?;
    write_or_check(root, OUT, &text, check)?;
    let rows = text.lines().filter(|l| !l.starts_with('#')).count();
    eprintln!("xtask: {OUT}: {rows} countries from {PACKAGE} {version} and {EXTRA}");

    let (version, licence) = installed_package(root, NAMES_PACKAGE)?;
    let dump = faker_dump(root)?;
    // MIT asks that the copyright notice go with substantial copies.
    let licence_file = root.join("node_modules").join(NAMES_PACKAGE).join("LICENSE");
    let notice = std::fs::read_to_string(&licence_file).map_err(|e| format!("{}: {e}", licence_file.display()))?;
    let notice = notice.lines().next().unwrap_or_default().trim();
    let licence = format!("{licence} ({notice}; the licence text is in the package's LICENSE file)");
    let (more_version, more_licence) = installed_package(root, MORE_NAMES_PACKAGE)?;
    let more_dir = root.join("node_modules").join(MORE_NAMES_PACKAGE);
    let more_text = std::fs::read_to_string(more_dir.join(MORE_NAMES_FILE))
        .map_err(|e| format!("{MORE_NAMES_PACKAGE}/{MORE_NAMES_FILE}: {e}"))?;
    let more_notice = copyright(root, MORE_NAMES_PACKAGE)?;
    let more = MoreNames {
        names: more_text.lines().map(str::trim).filter(|l| !l.starts_with('#')).map(str::to_string).collect(),
        source: format!(
            "npm package {MORE_NAMES_PACKAGE} {more_version}, licence {more_licence} ({more_notice}; the licence text is in the package's LICENSE file)"
        ),
    };
    let (names, forms) = person_names_and_legal_forms(&dump, &more, &version, &licence)?;
    write_or_check(root, NAMES_OUT, &names, check)?;
    write_or_check(root, FORMS_OUT, &forms, check)?;
    eprintln!(
        "xtask: {NAMES_OUT}: {} names, {FORMS_OUT}: {} legal forms, from {NAMES_PACKAGE} {version}",
        count(&names),
        count(&forms)
    );

    let (version, licence) = installed_package(root, SUBDIVISIONS_PACKAGE)?;
    let dump = node_json(
        root,
        "import { iso31662 } from 'iso-3166';\n\
         process.stdout.write(JSON.stringify(iso31662.filter((s) => s.parent.length === 2).map((s) => s.name)));\n",
        SUBDIVISIONS_PACKAGE,
    )?;
    let licence = format!(
        "{licence} ({}; the licence text is in the package's license file)",
        copyright(root, SUBDIVISIONS_PACKAGE)?
    );
    let text = subdivisions(&strings(&dump), &version, &licence)?;
    write_or_check(root, SUBDIVISIONS_OUT, &text, check)?;
    eprintln!("xtask: {SUBDIVISIONS_OUT}: {} names from {SUBDIVISIONS_PACKAGE} {version}", count(&text));
    Ok(())
}

/// The copyright line of an installed package's licence file (MIT asks that
/// it go with substantial copies).
fn copyright(root: &Path, package: &str) -> Result<String, String> {
    let dir = root.join("node_modules").join(package);
    for file in ["LICENSE", "license", "LICENSE.md", "license.md"] {
        if let Ok(text) = std::fs::read_to_string(dir.join(file)) {
            let line = text.lines().map(str::trim).find(|l| l.starts_with("Copyright"));
            return line.map(str::to_string).ok_or_else(|| format!("{package}/{file} has no copyright line"));
        }
    }
    Err(format!("{package} has no licence file"))
}

/// What a Node script prints, read as JSON.
fn node_json(root: &Path, script: &str, package: &str) -> Result<Value, String> {
    let output = crate::tool(root, "node")
        .args(["--input-type=module", "-e", script])
        .output()
        .map_err(|e| format!("cannot start node: {e}"))?;
    if !output.status.success() {
        return Err(format!("node could not read {package}: {}", String::from_utf8_lossy(&output.stderr)));
    }
    serde_json::from_slice(&output.stdout).map_err(|e| format!("{package} dump: {e}"))
}

/// `subdivisions.txt`: first-level subdivision names written in the Latin
/// script (no brackets or commas: "Armagh City, Banbridge and Craigavon"
/// is an index form), with their plain ASCII forms, sorted, once each.
fn subdivisions(names: &[String], version: &str, licence: &str) -> Result<String, String> {
    let mut out: BTreeSet<(String, String)> = BTreeSet::new();
    for name in names.iter().map(|n| n.trim()) {
        let latin = name.chars().all(|c| latin_letter(c) || matches!(c, ' ' | '-' | '\'' | '.'));
        if !latin || name.chars().count() < 3 || !name.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        for n in std::iter::once(name.to_string()).chain(ascii_form(name)) {
            out.insert((n.to_lowercase(), n));
        }
    }
    if out.len() < 1000 {
        return Err(format!("{SUBDIVISIONS_PACKAGE} {version} gave only {} subdivisions", out.len()));
    }
    let mut text = format!(
        "# GENERATED by `cargo xtask kb` (xtask/src/kb.rs): do not edit; change the rules there.\n\
         # Source: npm package {SUBDIVISIONS_PACKAGE} {version} (ISO 3166-2), licence {licence}.\n\
         # First-level subdivisions of every country (states, provinces, regions), with plain ASCII forms.\n"
    );
    let mut seen = HashSet::new();
    for (_, n) in &out {
        if seen.insert(n.clone()) {
            text.push_str(n);
            text.push('\n');
        }
    }
    Ok(text)
}

/// Writes `text` to `rel` when it changed, or with `check` fails when it differs.
fn write_or_check(root: &Path, rel: &str, text: &str, check: bool) -> Result<(), String> {
    let out = root.join(rel);
    let current = std::fs::read_to_string(&out).unwrap_or_default();
    if check {
        return if current == text { Ok(()) } else { Err(format!("{rel} is out of date: run `cargo xtask kb`")) };
    }
    if current != text {
        std::fs::write(&out, text).map_err(|e| format!("{rel}: {e}"))?;
    }
    Ok(())
}

/// The version and licence of an npm package pinned in package-lock.json,
/// installed with `npm ci` when it is missing or another version is.
fn installed_package(root: &Path, package: &str) -> Result<(String, String), String> {
    let pkg_dir = root.join("node_modules").join(package);
    let lock: Value = read_json(&root.join("package-lock.json"))?;
    let pinned = lock["packages"][format!("node_modules/{package}")]["version"]
        .as_str()
        .ok_or_else(|| format!("package-lock.json pins no {package}"))?
        .to_string();
    let installed =
        |dir: &Path| read_json(&dir.join("package.json")).ok().and_then(|m| m["version"].as_str().map(str::to_string));
    if installed(&pkg_dir).as_deref() != Some(pinned.as_str()) {
        crate::run(crate::tool(root, "npm").args(["ci", "--no-audit", "--no-fund"]))?;
    }
    let manifest: Value = read_json(&pkg_dir.join("package.json"))?;
    let version = manifest["version"].as_str().ok_or_else(|| format!("{package}/package.json has no version"))?;
    let licence = match (&manifest["license"], &manifest["licenses"][0]) {
        (Value::String(id), _) => id.clone(),
        (_, Value::Object(l)) => match (l.get("type").and_then(Value::as_str), l.get("url").and_then(Value::as_str)) {
            (Some(id), Some(url)) => format!("{id} ({url})"),
            (Some(id), None) => id.to_string(),
            _ => return Err(format!("{package}/package.json names no licence")),
        },
        _ => return Err(format!("{package}/package.json names no licence")),
    };
    Ok((version.to_string(), licence))
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn split_list(field: Option<&&str>) -> Vec<String> {
    field.copied().unwrap_or("").split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// The extra file's lines, merged per country in file order (the file is
/// grouped by kind of entry, so one country may have several lines).
fn parse_extra(text: &str) -> Result<Vec<Extra>, String> {
    let mut extras: Vec<Extra> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() > 6 {
            return Err(format!("{EXTRA}:{}: {} columns, at most 6", i + 1, cols.len()));
        }
        let country = cols[0].trim().to_string();
        let rename = cols.get(1).map(|s| s.trim()).filter(|s| !s.is_empty()).map(str::to_string);
        let at = match extras.iter().position(|e| e.country == country) {
            Some(at) => at,
            None => {
                extras.push(Extra {
                    line: i + 1,
                    country,
                    rename: None,
                    names: vec![],
                    demonyms: vec![],
                    capitals: vec![],
                    seats: vec![],
                });
                extras.len() - 1
            }
        };
        let e = &mut extras[at];
        if rename.is_some() {
            if e.rename.is_some() {
                return Err(format!("{EXTRA}:{}: a second name for {}", i + 1, e.country));
            }
            e.rename = rename;
        }
        e.names.extend(split_list(cols.get(2)));
        e.demonyms.extend(split_list(cols.get(3)));
        e.capitals.extend(split_list(cols.get(4)));
        e.seats.extend(split_list(cols.get(5)));
    }
    Ok(extras)
}

/// Locales of the names package left out: a constructed language's names
/// ("Alcestiso") and a parody locale.
const SKIPPED_LOCALES: &[&str] = &["eo", "en_BORK"];
/// Locales whose tradition writes the family name first ("Liu Xiaoming",
/// "Nguyen Van An"): their family names are marked `e` as well as `f`.
const FAMILY_FIRST_LOCALES: &[&str] = &["en_HK", "vi", "zh_CN", "zh_TW", "ko", "ja"];

/// Every locale's person and company data from the names package, as JSON
/// `{locale: {given: [..], family: [..], legal: [..]}}`, printed by Node
/// (the package ships its data as JavaScript modules, not JSON).
fn faker_dump(root: &Path) -> Result<Value, String> {
    const SCRIPT: &str = "import { allLocales } from '@faker-js/faker';\n\
        const flat = (x) => !x ? [] : Array.isArray(x) ? x : Object.values(x).flat();\n\
        const out = {};\n\
        for (const [k, l] of Object.entries(allLocales)) {\n\
          out[k] = { given: flat(l.person?.first_name), family: flat(l.person?.last_name),\n\
                     legal: flat(l.company?.legal_entity_type) };\n\
        }\n\
        process.stdout.write(JSON.stringify(out));\n";
    node_json(root, SCRIPT, NAMES_PACKAGE)
}

/// A letter of the Latin script (ASCII, Latin-1, Latin Extended, Vietnamese).
fn latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (c.is_alphabetic() && matches!(c as u32, 0xC0..=0x24F | 0x1E00..=0x1EFF) && c != '×' && c != '÷')
}

/// A one-word name in the Latin script: letters with inner hyphens or
/// apostrophes, at least two letters, every hyphenated part capitalised
/// ("Jo-Wilfried"), not all capitals.
fn plain_name(s: &str) -> bool {
    let letters = s.chars().filter(|c| latin_letter(*c)).count();
    letters >= 2
        && s.chars().all(|c| latin_letter(c) || c == '-' || c == '\'')
        && s.split('-').all(|p| p.chars().next().is_some_and(char::is_uppercase) && !p.ends_with('\''))
        && s.chars().any(char::is_lowercase)
}

/// A legal-form suffix as the tokenizer sees it: "GmbH", "Inc", "S.A." →
/// "SA"; `None` for forms of several words ("Pty Ltd", "e Hijos", whose last
/// word is listed anyway), with a slash ("A/S"), lower-case dotted forms
/// ("s.r.o."), and ordinary words ("Group", "Gruppe", "Partners"): those are
/// head nouns, which discovery knows as such.
fn legal_form(s: &str) -> Option<String> {
    let s = s.trim().trim_start_matches("& ").trim_end_matches('.');
    if s.contains('.') {
        let bare: String = s.chars().filter(|c| *c != '.').collect();
        return (bare.len() >= 2 && bare.chars().all(|c| c.is_ascii_uppercase())).then_some(bare);
    }
    let abbreviation = s.chars().count() <= 4
        || s.chars().skip(1).any(char::is_uppercase)
        || s.chars().all(|c| c.is_ascii_uppercase());
    let word =
        s.chars().count() >= 2 && s.chars().all(latin_letter) && s.chars().next().is_some_and(char::is_uppercase);
    (word && abbreviation).then(|| s.to_string())
}

/// The second names package: its names, one a line, and how to cite it.
struct MoreNames {
    names: Vec<String>,
    source: String,
}

/// `person-names.tsv` (given and family names, flags `g`, `f`, `e`, `p`) and
/// `legal-forms.txt` from the names package's locales and the second names
/// package.
fn person_names_and_legal_forms(
    dump: &Value,
    more: &MoreNames,
    version: &str,
    licence: &str,
) -> Result<(String, String), String> {
    names_and_forms(dump, more, version, licence, 1000)
}

#[cfg(test)]
fn person_names_and_legal_forms_min(dump: &Value, more: &MoreNames, min: usize) -> Result<(String, String), String> {
    names_and_forms(dump, more, "1.0", "MIT", min)
}

fn names_and_forms(
    dump: &Value,
    more: &MoreNames,
    version: &str,
    licence: &str,
    min: usize,
) -> Result<(String, String), String> {
    let locales = dump.as_object().ok_or_else(|| format!("{NAMES_PACKAGE} dump is not an object"))?;
    let mut names: BTreeMap<(String, String), BTreeSet<char>> = BTreeMap::new();
    let mut forms: BTreeSet<(String, String)> = BTreeSet::new();
    let sort_key = |s: &str| ascii_form(s).unwrap_or_else(|| s.to_string()).to_lowercase();
    for (locale, data) in locales {
        if SKIPPED_LOCALES.contains(&locale.as_str()) {
            continue;
        }
        let family_first = FAMILY_FIRST_LOCALES.contains(&locale.as_str());
        for (field, flags) in
            [("given", &['g'][..]), ("family", if family_first { &['f', 'e'][..] } else { &['f'][..] })]
        {
            for name in strings(&data[field]).iter().map(|n| n.trim()).filter(|n| plain_name(n)) {
                let mut spellings = vec![name.to_string()];
                spellings.extend(ascii_form(name).filter(|a| a != name));
                for n in spellings {
                    names.entry((sort_key(&n), n)).or_default().extend(flags.iter().copied());
                }
            }
        }
        for form in strings(&data["legal"]).iter().filter_map(|f| legal_form(f)) {
            forms.insert((form.to_lowercase(), form));
        }
    }
    if names.len() < min {
        return Err(format!("{NAMES_PACKAGE} {version} gave only {} names", names.len()));
    }
    // The second package's names that the first lacks (in any spelling),
    // flagged `p`: a person's name, given or family not said.
    let known: HashSet<String> = names.keys().map(|(_, n)| n.clone()).collect();
    for name in more.names.iter().filter(|n| plain_name(n) && !known.contains(n.as_str())) {
        let mut spellings = vec![name.clone()];
        spellings.extend(ascii_form(name).filter(|a| a != name && !known.contains(a)));
        for n in spellings {
            names.entry((sort_key(&n), n)).or_default().insert('p');
        }
    }
    let source = format!("# Source: npm package {NAMES_PACKAGE} {version}, licence {licence}.\n");
    let mut n = format!(
        "# GENERATED by `cargo xtask kb` (xtask/src/kb.rs): do not edit; change the rules there.\n{source}\
         # Names flagged p only: {}.\n\
         # Person names of every locale written in the Latin script, with their plain ASCII forms:\n\
         # name, flags (g: given name, f: family name, e: family name of a tradition that writes it first,\n\
         # p: a person's name from the second source, given or family not said).\n",
        more.source
    );
    for ((_, name), flags) in &names {
        n.push_str(&format!("{name}\t{}\n", flags.iter().collect::<String>()));
    }
    let mut f = format!(
        "# GENERATED by `cargo xtask kb` (xtask/src/kb.rs): do not edit; change the rules there.\n{source}\
         # Legal-form suffixes of company names (\"GmbH\", \"Inc\", \"SA\"), one word each, dots removed.\n"
    );
    let mut seen = HashSet::new();
    for (lower, form) in &forms {
        if seen.insert(lower.clone()) {
            f.push_str(&format!("{form}\n"));
        }
    }
    Ok((n, f))
}

/// The plain ASCII form of a Latin letter with a diacritic, if it is one.
fn plain(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "A",
        'ç' | 'ć' | 'č' => "c",
        'Ç' | 'Ć' | 'Č' => "C",
        'ď' | 'đ' => "d",
        'Ď' | 'Đ' => "D",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => "E",
        'ğ' => "g",
        'Ğ' => "G",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' => "I",
        'ł' | 'ľ' => "l",
        'Ł' | 'Ľ' => "L",
        'ñ' | 'ń' | 'ň' => "n",
        'Ñ' | 'Ń' | 'Ň' => "N",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "O",
        'ř' => "r",
        'Ř' => "R",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'Ś' | 'Š' | 'Ş' | 'Ș' => "S",
        'ť' | 'ţ' | 'ț' => "t",
        'Ť' | 'Ţ' | 'Ț' => "T",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => "U",
        'ý' | 'ÿ' => "y",
        'Ý' | 'Ÿ' => "Y",
        'ź' | 'ż' | 'ž' => "z",
        'Ź' | 'Ż' | 'Ž' => "Z",
        'ơ' => "o",
        'Ơ' => "O",
        'ư' => "u",
        'Ư' => "U",
        // Vietnamese letters with two marks (U+1EA0–U+1EF9), in pairs of
        // capital and small letter: A, E, I, O, U, Y.
        '\u{1EA0}'..='\u{1EF9}' => {
            let n = c as u32 - 0x1EA0;
            let base = match n {
                0..=23 => "Aa",
                24..=39 => "Ee",
                40..=43 => "Ii",
                44..=67 => "Oo",
                68..=81 => "Uu",
                _ => "Yy",
            };
            if n.is_multiple_of(2) {
                &base[..1]
            } else {
                &base[1..]
            }
        }
        _ => return None,
    })
}

/// `s` without its Latin diacritics, when that leaves plain ASCII.
fn ascii_form(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(plain(c)?);
        }
    }
    Some(out)
}

/// Lower-case words of a name, split at spaces and hyphens, diacritics removed.
fn words(s: &str) -> Vec<String> {
    let folded = ascii_form(s).unwrap_or_else(|| s.to_string()).to_lowercase();
    folded.split([' ', '-']).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// Initials of a name's words, leaving out "of", "the" and "and" ("USA").
fn initials(s: &str) -> String {
    s.split([' ', '-'])
        .filter(|w| !matches!(*w, "of" | "the" | "and"))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

fn is_acronym(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_uppercase()) && s.chars().all(|c| c.is_ascii_uppercase() || c == '.')
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(Value::as_str).map(str::to_string).collect()).unwrap_or_default()
}

/// Adds `value` and its plain ASCII form, once each.
fn push(list: &mut Vec<String>, value: &str) {
    for v in std::iter::once(value.to_string()).chain(ascii_form(value)) {
        if !v.is_empty() && !list.contains(&v) {
            list.push(v);
        }
    }
}

/// Applies an extra list: `-value` removes a value (and its ASCII form),
/// anything else is added after the package's values.
fn merge(list: &mut Vec<String>, extra: &[String]) {
    for e in extra {
        match e.strip_prefix('-') {
            Some(gone) => {
                let plain = ascii_form(gone);
                list.retain(|v| v != gone && Some(v) != plain.as_ref());
            }
            None => push(list, e),
        }
    }
}

/// The package's English alternative spellings for one country (see the
/// module comment for the rule).
fn english_spellings(c: &Value, demonyms: &[String], capitals: &[String]) -> Vec<String> {
    let common = c["name"]["common"].as_str().unwrap_or("");
    let official = official_name(c);
    let code = c["cca2"].as_str().unwrap_or("");
    let mut vocabulary: HashSet<String> = STATE_WORDS.iter().map(|w| w.to_string()).collect();
    let own: Vec<&str> = [common, official]
        .into_iter()
        .chain(capitals.iter().map(String::as_str))
        .chain(demonyms.iter().map(String::as_str))
        .collect();
    for name in &own {
        vocabulary.extend(words(name));
    }
    let alts = strings(&c["altSpellings"]);
    let english_names: Vec<&str> = [common, official].into_iter().chain(alts.iter().map(String::as_str)).collect();
    alts.iter()
        .filter(|a| {
            // "Pākistān", "România": the common name with accents is a
            // transliteration or a native form, not English.
            let accented_common = *a != common && ascii_form(a).as_deref() == Some(common);
            if a.as_str() == code || a.contains([',', '(', ')']) || accented_common {
                return false;
            }
            if is_acronym(a) {
                let bare: String = a.chars().filter(|c| *c != '.').collect();
                return english_names.iter().any(|n| !is_acronym(n) && initials(n) == bare);
            }
            let ws = words(a);
            ws.iter().all(|w| vocabulary.contains(w)) && ws.iter().any(|w| !STATE_WORDS.contains(&w.as_str()))
        })
        .cloned()
        .collect()
}

/// The official name without a bracketed gloss ("Republic of China
/// (Taiwan)"); empty when it is a list ("Nation of Brunei, Abode of Peace").
fn official_name(c: &Value) -> &str {
    let official = c["name"]["official"].as_str().unwrap_or("");
    let official = official.split(" (").next().unwrap_or("").trim();
    if official.contains([',', '(', ')']) {
        ""
    } else {
        official
    }
}

/// English demonyms: male and female forms, each split at "," and " or "
/// ("Antiguan, Barbudan", "Kittitian or Nevisian").
fn package_demonyms(c: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for key in ["m", "f"] {
        if let Some(s) = c["demonyms"]["eng"][key].as_str() {
            for d in s.split(',').flat_map(|p| p.split(" or ")).map(str::trim).filter(|d| !d.is_empty()) {
                push(&mut out, d);
            }
        }
    }
    out
}

fn generate(countries: &[Value], extras: &[Extra], version: &str, licence: &str) -> Result<String, String> {
    let by_name: HashMap<&str, &Value> =
        countries.iter().filter_map(|c| c["name"]["common"].as_str().map(|n| (n, c))).collect();
    let extra_of: HashMap<&str, &Extra> = extras.iter().map(|e| (e.country.as_str(), e)).collect();
    for e in extras {
        if !by_name.contains_key(e.country.as_str()) {
            return Err(format!(
                "{EXTRA}:{}: {PACKAGE} {version} has no country named {:?} (name.common)",
                e.line, e.country
            ));
        }
    }
    // Demonyms that the hand file gives to one country, and how many
    // countries the package gives each demonym to.
    let assigned: HashMap<&str, &str> = extras
        .iter()
        .flat_map(|e| e.demonyms.iter().filter(|d| !d.starts_with('-')).map(move |d| (d.as_str(), e.country.as_str())))
        .collect();
    let kept: Vec<&Value> = countries
        .iter()
        .filter(|c| {
            c["unMember"].as_bool() == Some(true)
                || c["name"]["common"].as_str().is_some_and(|n| extra_of.contains_key(n))
        })
        .collect();
    let mut demonym_count: HashMap<String, usize> = HashMap::new();
    for c in &kept {
        for d in package_demonyms(c) {
            *demonym_count.entry(d).or_default() += 1;
        }
    }

    let mut rows = Vec::new();
    for c in &kept {
        let common = c["name"]["common"].as_str().ok_or("a country without name.common")?;
        let official = official_name(c);
        let extra = extra_of.get(common).copied();
        let hand = |f: fn(&Extra) -> &Vec<String>| extra.map(f).cloned().unwrap_or_default();
        let hand_names = hand(|e| &e.names);

        // Demonyms: the hand-kept ones first (their first names the
        // government), then the package's that are not shared with another
        // country unless this one is given them by hand.
        let mut demonyms = Vec::new();
        merge(&mut demonyms, &hand(|e| &e.demonyms).into_iter().filter(|d| !d.starts_with('-')).collect::<Vec<_>>());
        for d in package_demonyms(c) {
            let shared = demonym_count.get(&d).copied().unwrap_or(0) > 1;
            if !shared || assigned.get(d.as_str()) == Some(&common) {
                push(&mut demonyms, &d);
            }
        }
        merge(&mut demonyms, &hand(|e| &e.demonyms).into_iter().filter(|d| d.starts_with('-')).collect::<Vec<_>>());

        let mut capitals = Vec::new();
        for cap in strings(&c["capital"]) {
            push(&mut capitals, &cap);
        }
        merge(&mut capitals, &hand(|e| &e.capitals));

        let name = extra.and_then(|e| e.rename.clone()).unwrap_or_else(|| common.to_string());
        let mut names = Vec::new();
        push(&mut names, &name);
        push(&mut names, common);
        push(&mut names, official);
        for alt in english_spellings(c, &demonyms, &capitals) {
            push(&mut names, &alt);
        }
        merge(&mut names, &hand_names);
        // A hand-listed name wins over a package demonym ("Vatican"); a
        // hand-listed demonym over a package spelling ("Saudi", "Lao"); a
        // spelling the hand file lists as both stays both ("US" names the
        // country and, as its first demonym, the "US government"). A name
        // wins over a capital ("Djibouti", "Singapore").
        let hand_demonyms = hand(|e| &e.demonyms);
        demonyms.retain(|d| hand_demonyms.contains(d) || (!hand_names.contains(d) && *d != name));
        names.retain(|n| hand_names.contains(n) || !demonyms.contains(n));
        capitals.retain(|cap| !names.contains(cap));
        names.retain(|n| *n != name);

        let mut seats = Vec::new();
        merge(&mut seats, &hand(|e| &e.seats));
        rows.push(Row { name, names, demonyms, capitals, seats });
    }
    // Sorted as a reader would look them up: "São Tomé" among the S's.
    rows.sort_by_cached_key(|r| (ascii_form(&r.name).unwrap_or_else(|| r.name.clone()).to_lowercase(), r.name.clone()));

    // Every spelling must name one thing: two countries (or a country's name
    // and another's capital) sharing one would make the gazetteer guess.
    let mut owner: BTreeMap<&str, &str> = BTreeMap::new();
    let mut clashes = Vec::new();
    for r in &rows {
        let all = std::iter::once(&r.name).chain(&r.names).chain(&r.demonyms).chain(&r.capitals).chain(&r.seats);
        for v in all {
            if let Some(prev) = owner.insert(v, &r.name) {
                if prev != r.name {
                    clashes.push(format!("{v:?} ({prev}, {})", r.name));
                }
            }
        }
    }
    if !clashes.is_empty() {
        return Err(format!("spellings given twice; settle them in {EXTRA}: {}", clashes.join("; ")));
    }

    let mut out = format!(
        "# GENERATED by `cargo xtask kb` (xtask/src/kb.rs): do not edit; change {EXTRA} or the rules there.\n\
         # Source: npm package {PACKAGE} {version} (mledoze/countries), licence {licence};\n\
         # this file is a derived database under the same licence.\n\
         # Merged with the hand-kept countries-extra.tsv (seats of government, news short forms, names the package lacks).\n\
         # Countries: name, other names, demonyms (first one names the government: \"<Demonym> government\"),\n\
         # capitals (metonyms only when they act), seats of government (metonyms for the state). Lists use ';'.\n"
    );
    for r in &rows {
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\n",
            r.name,
            r.names.join(";"),
            r.demonyms.join(";"),
            r.capitals.join(";"),
            r.seats.join(";")
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_forms_and_initials() {
        assert_eq!(ascii_form("Bogotá").as_deref(), Some("Bogota"));
        assert_eq!(ascii_form("Chișinău").as_deref(), Some("Chisinau"));
        assert_eq!(ascii_form("Ελλάδα"), None);
        assert_eq!(ascii_form("Nguyễn Trường").as_deref(), Some("Nguyen Truong"));
        assert_eq!(initials("United States of America"), "USA");
        assert_eq!(initials("Democratic Republic of the Congo"), "DRC");
    }

    #[test]
    fn english_spellings_only() {
        let c: Value = serde_json::json!({
            "name": {"common": "Iceland", "official": "Iceland",
                     "native": {"isl": {"common": "Ísland", "official": "Lýðveldið Ísland"}}},
            "cca2": "IS",
            "altSpellings": ["IS", "Island", "Republic of Iceland", "Lýðveldið Ísland", "Iceland, Republic of"],
        });
        assert_eq!(english_spellings(&c, &["Icelander".into()], &["Reykjavik".into()]), ["Republic of Iceland"]);
    }

    #[test]
    fn members_extras_and_shared_demonyms() {
        let country = |common: &str, member: bool, demonym: &str, capital: &str| {
            serde_json::json!({
                "name": {"common": common, "official": format!("Republic of {common}")},
                "cca2": "XX", "unMember": member, "altSpellings": [],
                "capital": [capital], "demonyms": {"eng": {"m": demonym, "f": demonym}},
            })
        };
        let countries = [
            country("Aland", true, "Alandic", "Alandia"),
            country("Beland", true, "Alandic", "Victoria"),
            country("Territory", false, "Territorian", "Town"),
            country("Disputed", false, "Disputedian", "Capitol"),
        ];
        let extras =
            parse_extra("# hand\nAland\tAlandia Land\tAL\tAlandic\t\tPalace\nBeland\t\t\t\t-Victoria\nDisputed\n")
                .unwrap();
        let out = generate(&countries, &extras, "1.0", "ODbL-1.0").unwrap();
        let rows: Vec<&str> = out.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(
            rows,
            [
                "Alandia Land\tAland;Republic of Aland;AL\tAlandic\tAlandia\tPalace",
                "Beland\tRepublic of Beland\t\t\t",
                "Disputed\tRepublic of Disputed\tDisputedian\tCapitol\t",
            ]
        );
        assert!(parse_extra("Nowhere\n").is_ok_and(|e| generate(&countries, &e, "1.0", "x").is_err()));
    }

    #[test]
    fn names_and_legal_forms_from_locales() {
        let dump = serde_json::json!({
            "en": {"given": ["Taylor", "Jo-Wilfried", "BOB", "x"], "family": ["Fritz", "Adam Perl"],
                   "legal": ["Inc", "Group", "and Sons", "LLC"]},
            "vi": {"given": ["Anh Vũ"], "family": ["Nguyễn", "Lê"], "legal": []},
            "de": {"given": ["Jürgen"], "family": ["Fritz"], "legal": ["GmbH", "GmbH & Co. KG", "& Co.", "S.A.", "s.r.o."]},
            "ru": {"given": ["Агата"], "family": [], "legal": ["ЗАО"]},
            "eo": {"given": ["Alcestiso"], "family": [], "legal": []},
        });
        let more = MoreNames {
            names: vec!["Fritz".into(), "Marlowe".into(), "Ünal".into(), "AB".into()],
            source: "x".into(),
        };
        let (names, forms) = person_names_and_legal_forms_min(&dump, &more, 1).unwrap();
        let rows: Vec<&str> = names.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(
            rows,
            [
                "Fritz\tf",
                "Jo-Wilfried\tg",
                "Jurgen\tg",
                "Jürgen\tg",
                "Le\tef",
                "Lê\tef",
                "Marlowe\tp",
                "Nguyen\tef",
                "Nguyễn\tef",
                "Taylor\tg",
                "Unal\tp",
                "Ünal\tp"
            ]
        );
        let forms: Vec<&str> = forms.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(forms, ["Co", "GmbH", "Inc", "LLC", "SA"]);
        assert!(names.contains("MIT") || names.contains("licence"));
    }

    #[test]
    fn subdivisions_in_the_latin_script_with_ascii_twins() {
        let mut names: Vec<String> =
            ["Bavaria", "Bihār", "Armagh City, Banbridge and Craigavon", "Москва", "Al ‘Āşimah"]
                .into_iter()
                .map(str::to_string)
                .collect();
        names.extend((0..1000u32).map(|i| {
            let letter = |k: u32| char::from(b'a' + (k % 26) as u8);
            format!("Region {}{}{}", letter(i), letter(i / 26), letter(i / 676))
        }));
        let text = subdivisions(&names, "1.0", "MIT").unwrap();
        let rows: Vec<&str> = text.lines().filter(|l| !l.starts_with('#') && !l.starts_with("Region")).collect();
        assert_eq!(rows, ["Bavaria", "Bihar", "Bihār"]);
        assert!(text.contains("licence MIT") && subdivisions(&names[..3], "1.0", "MIT").is_err());
    }

    #[test]
    fn removals_and_ascii_twins() {
        let mut caps = vec!["Victoria".to_string()];
        merge(&mut caps, &["-Victoria".into(), "Malé".into()]);
        assert_eq!(caps, ["Malé", "Male"]);
    }
}
