//! Hard cases for actor extraction, on sentences written for these tests.

use dossier_corpus::actors::{self, overrides::ActorOverrides};
use dossier_corpus::{Corpus, Report};

mod common;

fn corpus(articles: &[&[&str]]) -> Corpus {
    let articles =
        articles.iter().enumerate().map(|(i, paras)| common::article(&format!("a{i}"), None, paras)).collect();
    Corpus { articles, ..Default::default() }
}

fn run(articles: &[&[&str]]) -> Corpus {
    run_with(articles, &ActorOverrides::default()).0
}

fn run_with(articles: &[&[&str]], o: &ActorOverrides) -> (Corpus, Report) {
    let mut c = corpus(articles);
    let mut report = Report::default();
    actors::extract(&mut c, o, &mut report);
    (c, report)
}

fn actor<'a>(c: &'a Corpus, name: &str) -> Option<&'a dossier_model::Actor> {
    c.actors.iter().find(|a| a.name == name)
}

fn names(c: &Corpus) -> Vec<&str> {
    c.actors.iter().map(|a| a.name.as_str()).collect()
}

fn place_names(c: &Corpus) -> Vec<&str> {
    c.places.iter().map(|p| p.name.as_str()).collect()
}

#[test]
fn capital_acts_or_locates() {
    let c = run(&[&[
        "Paris has pushed for new sanctions since the summit.",
        "The ministers will meet again in Paris next month.",
        "Talks in Nairobi stalled on Monday.",
    ]]);
    let france = actor(&c, "France").expect("Paris acting is France");
    assert_eq!(france.aliases, ["Paris"]);
    assert_eq!(france.mentions.len(), 1);
    assert!(place_names(&c).contains(&"Paris"));
    assert!(place_names(&c).contains(&"Nairobi"));
    assert!(actor(&c, "Kenya").is_none(), "{:?}", names(&c));
}

#[test]
fn partial_names_resolve_to_the_full_name() {
    let c = run(&[
        &["Chancellor Angela Ferreira-Holt arrived late.", "Ferreira-Holt said the plan was sound."],
        &["Prime Minister Tomas van der Berg spoke first.", "Later, van der Berg told reporters little."],
        &["Critics say Ferreira-Holt has waited too long."],
    ]);
    let a = actor(&c, "Angela Ferreira-Holt").expect("full name found");
    assert_eq!(a.mentions.len(), 3, "surname mentions join the full name across articles");
    assert!(actor(&c, "Ferreira-Holt").is_none());
    let b = actor(&c, "Tomas van der Berg").expect("particles kept inside the name");
    assert_eq!(b.mentions.len(), 2);
    assert_eq!(b.role.as_deref(), Some("Prime Minister"));
}

#[test]
fn demonyms_resolve_to_their_country() {
    let c = run(&[&[
        "Chinese officials met a Brazilian trade delegation, and the Japanese foreign ministry said it would follow.",
    ]]);
    for country in ["China", "Brazil", "Japan"] {
        assert!(actor(&c, country).is_some(), "{country} missing from {:?}", names(&c));
    }
    let japan = actor(&c, "Japan").unwrap();
    assert!(japan.aliases.contains(&"Japanese foreign ministry".to_string()));
    assert!(japan.aliases.contains(&"Japanese".to_string()));
}

#[test]
fn acronym_in_parentheses_becomes_an_alias() {
    let c = run(&[&[
        "The Coastal Defence League (CDL) rejected the deal.",
        "A spokesman for the CDL said talks were over.",
    ]]);
    let cdl = actor(&c, "Coastal Defence League").expect("organisation by its cue word");
    assert_eq!(cdl.kind.as_str(), "organization");
    assert!(cdl.aliases.contains(&"CDL".to_string()));
    assert_eq!(cdl.mentions.len(), 3);
    assert!(actor(&c, "CDL").is_none());
}

#[test]
fn known_as_gives_an_alias() {
    let c = run(&[&[
        "Fighters loyal to the armed group Harakat Nour al-Din, known as the Nour Brigades until 2019, left the town.",
        "The Nour Brigades had held the town for years.",
    ]]);
    let g = actor(&c, "Harakat Nour al-Din").expect("group named after 'the armed group'");
    assert!(g.aliases.iter().any(|a| a == "Nour Brigades"), "{:?}", g.aliases);
    assert!(actor(&c, "Nour Brigades").is_none(), "{:?}", names(&c));
}

#[test]
fn sentence_initial_capitals_and_calendar_words_are_not_actors() {
    let c = run(&[&[
        "Observers expect little. Meanwhile the talks resume on Thursday in March.",
        "Observers said the mood was grim. Read more about it.",
        "Yesterday's meeting was short.",
    ]]);
    assert!(c.actors.is_empty(), "{:?}", names(&c));
}

#[test]
fn person_with_role_and_affiliation() {
    let c = run(&[&[
        "Egypt's chief mediator, Karim Haddad-Nasser, said the ceasefire would hold.",
        "A commander of the rebel group Liwa al-Fajr, Omar Sayegh, rejected it.",
        "Spanish Foreign Minister Lucia Montalvo and Defence Minister Pablo Serrat flew in.",
    ]]);
    let k = actor(&c, "Karim Haddad-Nasser").expect("apposition after a role");
    assert_eq!(k.kind.as_str(), "person");
    assert_eq!(k.role.as_deref(), Some("Egypt's chief mediator"));
    assert_eq!(k.affiliation.map(|i| c.actors[i as usize].name.as_str()), Some("Egypt"), "{:?}", c.actors);
    let o = actor(&c, "Omar Sayegh").expect("apposition after 'a commander of'");
    assert_eq!(o.affiliation.map(|i| c.actors[i as usize].name.as_str()), Some("Liwa al-Fajr"));
    assert_eq!(actor(&c, "Liwa al-Fajr").map(|a| a.kind.as_str()), Some("organization"));
    let p = actor(&c, "Pablo Serrat").expect("titled person");
    assert_eq!(p.role.as_deref(), Some("Spanish Defence Minister"));
    assert_eq!(p.affiliation.map(|i| c.actors[i as usize].name.as_str()), Some("Spain"));
}

#[test]
fn regime_and_opposition_follow_the_article_country() {
    let c = run(&[&[
        "The Libyan regime shelled the port as rebels advanced.",
        "Tripoli has denied the claims, and the regime says the opposition is armed from abroad.",
        "Fighting in Libya has displaced thousands.",
    ]]);
    let gov = actor(&c, "Libyan government").expect("government of the article's country");
    assert!(gov.aliases.contains(&"Tripoli".to_string()), "{:?}", gov.aliases);
    assert!(actor(&c, "Libyan opposition").is_some());
    assert!(actor(&c, "Libya").is_none(), "the country itself is the theatre: {:?}", names(&c));
    assert!(place_names(&c).contains(&"Libya"));
}

#[test]
fn journalists_outlets_and_anonymous_sources_are_not_actors() {
    let c = run(&[&[
        "Analysis by BBC chief correspondent Mara Quill.",
        "A senior Western diplomat told Reuters the deal was close.",
    ]]);
    assert!(c.actors.is_empty(), "{:?}", names(&c));
}

#[test]
fn colours_are_stable_when_less_prominent_actors_are_added() {
    let one = run(&[&["Russia and Iran met. Russia and Iran agreed."]]);
    let two = run(&[&["Russia and Iran met. Russia and Iran agreed."], &["Peru and Chile and Norway met."]]);
    for a in &one.actors {
        assert_eq!(Some(a.color), actor(&two, &a.name).map(|b| b.color));
    }
}

#[test]
fn the_most_mentioned_actors_have_distinct_colours() {
    let c = run(&[&["Russia, Iran, Turkey, Syria, Peru, Chile, Norway, Japan, Kenya and Ghana met in Oslo."]]);
    assert!(c.actors.len() >= 10, "{:?}", names(&c));
    let mut colours: Vec<u32> = c.actors.iter().take(10).map(|a| a.color).collect();
    colours.sort();
    colours.dedup();
    assert_eq!(colours.len(), 10);
}

#[test]
fn odd_text_gives_no_actor() {
    let c = run(&[&["", "\u{a0}\u{2019}s (", "al- bin ( ) , , known as", "É. Ü-Ö's «» — ‘x’ Mr. (AB"]]);
    // Fragments of names, particles and punctuation name nobody.
    assert!(c.actors.is_empty(), "{:?}", names(&c));
    assert!(c.places.is_empty());
}

fn overrides(toml_text: &str) -> ActorOverrides {
    toml::from_str(toml_text).expect("valid overrides")
}

const TEXT: &[&str] = &[
    "Foreign Minister Ada Brenner met UN envoy Jonas Weil in Vienna.",
    "Brenner said the Weil plan was dead. The Arctic Council agreed.",
];

#[test]
fn override_merge_rename_hide_and_set() {
    let o = overrides(
        r##"
        hide = ["Arctic Council"]
        [[merge]]
        from = ["Jonas Weil"]
        into = "United Nations"
        [[rename]]
        actor = "Ada Brenner"
        to = "Ada M. Brenner"
        [[set]]
        actor = "ada-m-brenner"
        group = "Mediators"
        color = "#0072b2"
        kind = "person"
        "##,
    );
    let (c, report) = run_with(&[TEXT], &o);
    assert!(!report.has_errors(), "{report}");
    assert!(actor(&c, "Arctic Council").is_none());
    assert!(actor(&c, "Jonas Weil").is_none());
    let un = actor(&c, "United Nations").unwrap();
    assert!(un.aliases.contains(&"Jonas Weil".to_string()));
    let ada = actor(&c, "Ada M. Brenner").unwrap();
    assert_eq!(ada.id, "ada-m-brenner");
    assert_eq!(ada.group.as_deref(), Some("Mediators"));
    assert_eq!(ada.color, 0x0072b2);
    assert_eq!(ada.mentions.len(), 2);
}

#[test]
fn override_add_and_aliases() {
    let o = overrides(
        r##"
        [[add]]
        name = "Weil plan"
        kind = "organization"
        [[alias]]
        actor = "Ada Brenner"
        remove = ["Brenner"]
        "##,
    );
    let (c, report) = run_with(&[TEXT], &o);
    assert!(!report.has_errors(), "{report}");
    assert_eq!(actor(&c, "Weil plan").map(|a| a.mentions.len()), Some(1));
    let ada = actor(&c, "Ada Brenner").unwrap();
    assert_eq!(ada.mentions.len(), 1);
    assert!(!ada.aliases.contains(&"Brenner".to_string()));
}

#[test]
fn override_naming_an_unknown_actor_is_an_error_with_a_hint() {
    let o = overrides("hide = [\"Ada Bremner\"]\n[[rename]]\nactor = \"Nobody At All\"\nto = \"X\"\n");
    let (c, report) = run_with(&[TEXT], &o);
    assert!(report.has_errors());
    let text = report.to_string();
    assert!(text.contains("did you mean \"Ada Brenner\""), "{text}");
    assert!(text.contains("Nobody At All"), "{text}");
    assert!(actor(&c, "Ada Brenner").is_some());
}

#[test]
fn override_unknown_keys_are_rejected() {
    assert!(toml::from_str::<ActorOverrides>("colour = 1").is_err());
}

#[test]
fn an_acronym_the_article_defines_beats_the_knowledge_base() {
    let c = run(&[&["The Democratic Reform Congress (DRC) walked out. Later the DRC returned to the table."]]);
    let org = actor(&c, "Democratic Reform Congress").expect("organisation");
    assert_eq!(org.mentions.len(), 3);
    assert!(actor(&c, "Democratic Republic of the Congo").is_none(), "{:?}", names(&c));
}

#[test]
fn a_place_name_can_be_a_first_name() {
    let c = run(&[&["Sofia Lendl told reporters that Jordan Avery, the Canadian envoy, would stay in Sofia."]]);
    assert!(actor(&c, "Sofia Lendl").is_some(), "{:?}", names(&c));
    let avery = actor(&c, "Jordan Avery").expect("role after the name");
    assert_eq!(avery.role.as_deref(), Some("Canadian envoy"));
    assert_eq!(avery.affiliation.map(|i| c.actors[i as usize].name.as_str()), Some("Canada"));
    assert!(actor(&c, "Jordan").is_none());
    assert!(place_names(&c).contains(&"Sofia"));
}

#[test]
fn the_documented_override_example_parses() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/actors.md")).expect("docs");
    let block = doc.split("```toml").nth(1).and_then(|b| b.split("```").next()).expect("a toml block");
    let table: toml::Table = toml::from_str(block).expect("valid TOML");
    let o: ActorOverrides = table["actors"].clone().try_into().expect("valid overrides");
    assert_eq!((o.add.len(), o.alias.len(), o.merge.len(), o.rename.len(), o.set.len()), (1, 1, 1, 1, 1));
    assert_eq!(o.hide, ["Arab League"]);
}

#[test]
fn titles_qualifiers_and_owners() {
    let c = run(&[&[
        "Peru's Chief Justice Ana Villaran Soto ruled on Monday.",
        "Gen. Rodrigo Alcazar said the army would stay neutral.",
        "Chile's Marta Ossandon Vial met Foreign Ministry spokeswoman Irene Calle.",
    ]]);
    let ana = actor(&c, "Ana Villaran Soto").expect("titled");
    assert_eq!(ana.affiliation.map(|i| c.actors[i as usize].name.as_str()), Some("Peru"));
    assert!(actor(&c, "Rodrigo Alcazar").is_some(), "abbreviated title: {:?}", names(&c));
    let marta = actor(&c, "Marta Ossandon Vial").expect("a name owned by a country");
    assert_eq!(marta.affiliation.map(|i| c.actors[i as usize].name.as_str()), Some("Chile"));
    assert!(actor(&c, "Foreign Ministry").is_none(), "a bare ministry is no organisation: {:?}", names(&c));
    assert!(actor(&c, "Irene Calle").is_some());
}

#[test]
fn lookup_by_name_alias_and_surname() {
    let c = run(&[&["Foreign Minister Omar al-Hakim met NATO officials. Hakim said Paris has agreed."]]);
    let ix = |s: &str| actors::lookup(&c, s).map(|i| c.actors[i as usize].name.as_str());
    assert_eq!(ix("Omar al-Hakim"), Some("Omar al-Hakim"));
    assert_eq!(ix("Hakim"), Some("Omar al-Hakim"));
    assert_eq!(ix("Paris"), Some("France"));
    assert_eq!(ix("nato"), Some("NATO"));
    assert_eq!(ix("Nobody"), None);
}

#[test]
fn a_surname_that_speaks_makes_the_full_name_a_person() {
    let c = run(&[&["Talks resumed after Lars Engvik arrived from Oslo. Engvik said the text was nearly agreed."]]);
    let p = actor(&c, "Lars Engvik").expect("person from 'Engvik said'");
    assert_eq!(p.mentions.len(), 2);
    assert_eq!(p.kind.as_str(), "person");
}

#[test]
fn organisation_names_with_of_and_compound_locations() {
    let c = run(&[&["The Andean Observatory for Press Freedom, a Peru-based monitor, said two reporters were held."]]);
    let org = actor(&c, "Andean Observatory for Press Freedom").expect("cue word joined by 'for'");
    assert_eq!(org.kind.as_str(), "organization");
    assert!(actor(&c, "Peru").is_none(), "'Peru-based' is a location: {:?}", names(&c));
    assert!(place_names(&c).contains(&"Peru"));
}

#[test]
fn a_name_used_alone_resolves_to_the_one_person_it_belongs_to() {
    let c = run(&[&[
        "Prime Minister Chen Wei-ling met President Maria Clara Sousa Reis on Friday.",
        "Chen, a former judge, said the deal was fair. Sousa said little.",
        "Critics say Chen moved too fast.",
    ]]);
    let chen = actor(&c, "Chen Wei-ling").expect("full name found");
    assert_eq!(chen.mentions.len(), 3, "surname written first joins the full name: {:?}", chen.aliases);
    let sousa = actor(&c, "Maria Clara Sousa Reis").expect("full name found");
    assert_eq!(sousa.mentions.len(), 2, "{:?}", sousa.aliases);
    assert!(actor(&c, "Chen").is_none() && actor(&c, "Sousa").is_none(), "{:?}", names(&c));
}

#[test]
fn a_word_two_people_share_resolves_to_neither() {
    let c = run(&[&["Foreign Minister Anton Belov met Defence Minister Anton Krylov.", "Anton said nothing."]]);
    assert_eq!(actor(&c, "Anton Belov").map(|a| a.mentions.len()), Some(1), "{:?}", names(&c));
    assert_eq!(actor(&c, "Anton Krylov").map(|a| a.mentions.len()), Some(1), "{:?}", names(&c));
}

#[test]
fn a_persons_surname_after_to_is_the_person_not_a_place() {
    let c = run(&[&[
        "The bill was backed by President Tomas Okello.",
        "The bill now goes to Okello, who is expected to sign it next week.",
    ]]);
    assert!(!place_names(&c).contains(&"Okello"), "{:?}", place_names(&c));
    assert_eq!(actor(&c, "Tomas Okello").map(|a| a.mentions.len()), Some(2), "{:?}", names(&c));
}

#[test]
fn ids_fold_accented_letters() {
    assert_eq!(actors::slug("Alberto Fernández"), "alberto-fernandez");
    assert_eq!(actors::slug("Søren Østergård"), "soren-ostergard");
    assert_eq!(actors::slug("Recep Tayyip Erdoğan"), "recep-tayyip-erdogan");
    assert_eq!(dossier_corpus::ingest::slug("Brasília talks.md"), "brasilia-talks");
}

#[test]
fn described_organisations() {
    let c = run(&[&[
        "The state mining company Norlith will hold a majority stake, the regional disaster agency ERDA said.",
        "In the north, the Blue Shields rescue group said dozens of homes had collapsed.",
        "The company Norlith said it would hire 400 workers.",
    ]]);
    for org in ["Norlith", "ERDA", "Blue Shields"] {
        let a = actor(&c, org).unwrap_or_else(|| panic!("{org} not in {:?}", names(&c)));
        assert_eq!(a.kind, dossier_model::ActorKind::Organization, "{org}");
    }
}

#[test]
fn regional_blocs_and_agencies_are_known() {
    let c = run(&[&[
        "Uruguay asked the Mercosur bloc to speed up talks, and the ECB and the International Energy Agency warned of costs.",
        "Oxfam and the SADC said the plan was late.",
    ]]);
    for org in [
        "Mercosur",
        "European Central Bank",
        "International Energy Agency",
        "Oxfam",
        "Southern African Development Community",
    ] {
        let a = actor(&c, org).unwrap_or_else(|| panic!("{org} not in {:?}", names(&c)));
        assert_eq!(a.kind, dossier_model::ActorKind::Organization, "{org}");
    }
}

#[test]
fn capital_as_object_of_a_control_verb_acts() {
    let c = run(&[&[
        "The blockade closed the port in July, forcing Lisbon to rely on rail.",
        "The deal, allowing Madrid to export more, was signed in Lisbon.",
    ]]);
    assert!(actor(&c, "Portugal").is_some_and(|a| a.aliases == ["Lisbon"] && a.mentions.len() == 1), "{:?}", names(&c));
    assert!(actor(&c, "Spain").is_some(), "{:?}", names(&c));
    assert!(place_names(&c).contains(&"Lisbon"));
}

#[test]
fn a_city_that_hosts_an_institution_acts_for_it() {
    let c = run(&[&[
        "Brussels has promised 50 million euros for the new terminals.",
        "Ministers will meet in Brussels next month.",
    ]]);
    let eu = actor(&c, "European Union").unwrap_or_else(|| panic!("{:?}", names(&c)));
    assert_eq!(eu.aliases, ["Brussels"]);
    assert!(actor(&c, "Belgium").is_none(), "{:?}", names(&c));
    assert!(place_names(&c).contains(&"Brussels"));
}

#[test]
fn speaker_named_after_the_reporting_verb() {
    let c = run(&[&[
        "Fishermen blocked the harbour in Gdansk on Monday.",
        "\"We will stay until the quota changes,\" said Piotr Zielinski, a trawler owner.",
        "\"Nobody listens to us,\" added Anna Kowalska.",
    ]]);
    let p = actor(&c, "Piotr Zielinski").expect("a speaker named after 'said'");
    assert_eq!(p.kind, dossier_model::ActorKind::Person);
    assert!(actor(&c, "Anna Kowalska").is_some(), "{:?}", names(&c));
    assert!(actor(&c, "Gdansk").is_none());
}

#[test]
fn companies_from_their_business_cues() {
    let c = run(&[&[
        "The brewer Halvorsen said on Monday it would close two plants.",
        "Kestrel Dynamics AG, the Swiss engineering group, will buy the plants.",
        "Kestrel Dynamics has bought three breweries since 2019.",
        "Halvorsen chief executive Ingrid Moe said the sale was painful.",
        "Shares in Norbeck fell 5% in Oslo, and Norbeck's CEO Lars Dahl resigned.",
    ]]);
    let kind = |n: &str| actor(&c, n).map(|a| a.kind.as_str());
    assert_eq!(kind("Halvorsen"), Some("organization"), "{:?}", names(&c));
    assert_eq!(kind("Kestrel Dynamics AG"), Some("organization"), "{:?}", names(&c));
    assert_eq!(kind("Norbeck"), Some("organization"), "{:?}", names(&c));
    assert!(!place_names(&c).contains(&"Norbeck"));
    assert!(actor(&c, "Kestrel Dynamics").is_none(), "{:?}", names(&c));
    assert!(place_names(&c).contains(&"Oslo"));
    let moe = actor(&c, "Ingrid Moe").expect("the chief executive");
    assert_eq!(moe.affiliation.map(|i| c.actors[i as usize].name.as_str()), Some("Halvorsen"));
    let dahl = actor(&c, "Lars Dahl").expect("the CEO");
    assert_eq!(dahl.affiliation.map(|i| c.actors[i as usize].name.as_str()), Some("Norbeck"));
}

#[test]
fn office_after_the_name_beats_an_honorific_before_it() {
    let c = run(&[&[
        "Sheikh Hamad bin Khalid Al Nasser, Qatar's energy minister, said output would rise.",
        "Dr Ilse Brandt, the Austrian health minister, opened the clinic.",
    ]]);
    let h = actor(&c, "Hamad bin Khalid Al Nasser").expect("the minister");
    assert_eq!(h.role.as_deref(), Some("Qatar's energy minister"));
    assert_eq!(h.affiliation.map(|i| c.actors[i as usize].name.as_str()), Some("Qatar"));
    let b = actor(&c, "Ilse Brandt").expect("the health minister");
    assert_eq!(b.affiliation.map(|i| c.actors[i as usize].name.as_str()), Some("Austria"), "{:?}", b.role);
}

#[test]
fn capital_that_presses_acts() {
    let c = run(&[&[
        "The council delayed the vote under pressure from Washington.",
        "The rebels, with backing from Ankara, held the ridge.",
        "Delegates flew in from Nairobi on Monday.",
    ]]);
    let us = actor(&c, "United States").expect("Washington pressing is the United States");
    assert_eq!(us.aliases, ["Washington"]);
    assert!(actor(&c, "Turkey").is_some(), "{:?}", names(&c));
    assert!(actor(&c, "Kenya").is_none(), "{:?}", names(&c));
    assert!(place_names(&c).contains(&"Nairobi"));
}
