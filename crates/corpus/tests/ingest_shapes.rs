//! Header shapes common in real news text, one invented article each, run
//! through `ingest`: title, standfirst, outlet, author, dateline, date and the
//! first body sentence must come out as a careful reader would fill them.

use dossier_corpus::ingest::ingest;
use dossier_corpus::load::SourceFile;
use dossier_model::Article;

fn article(name: &str, text: &str) -> Article {
    ingest(&SourceFile::new(name, text)).expect("an article").article
}

fn published(a: &Article) -> String {
    a.published.map(|d| d.iso()).unwrap_or_default()
}

fn first_sentence(a: &Article) -> String {
    let text = a.text();
    a.sentences.first().and_then(|s| text.get(s.range())).unwrap_or("").to_string()
}

fn removed(a: &Article) -> Vec<&str> {
    a.removed.iter().map(|r| r.text.as_str()).collect()
}

#[test]
fn wire_agency_with_weekday_date_and_credits() {
    let a = article(
        "r.txt",
        "Rebels say they will attend talks in the capital\n\
         Thu Oct 19, 2017 11:35:30\n\n\
         BEIRUT (Reuters) - Rebel groups will attend the next round of talks, their spokesman said on Thursday.\n\n\
         The talks open next week.\n\n\
         Reporting by Tom Perry; Editing by Alison Williams\n",
    );
    assert_eq!(a.title, "Rebels say they will attend talks in the capital");
    assert_eq!(published(&a), "2017-10-19");
    assert_eq!((a.dateline.as_deref(), a.outlet.as_deref()), (Some("BEIRUT"), Some("Reuters")));
    assert_eq!(a.author.as_deref(), Some("Tom Perry"));
    assert_eq!(
        first_sentence(&a),
        "Rebel groups will attend the next round of talks, their spokesman said on Thursday."
    );
    assert_eq!(a.text().matches("Editing").count(), 0);
}

#[test]
fn mna_dateline_year_from_text() {
    let a = article(
        "m.txt",
        "Deputy FM: talks to consolidate ceasefire\n\n\
         TEHRAN, Jan. 24 (MNA) \u{2013} The deputy foreign minister said the talks would consolidate the ceasefire agreed on 30 December 2016.\n\n\
         He added that the next round would follow soon.\n\nNews Code 123456\n",
    );
    assert_eq!(published(&a), "2017-01-24");
    assert_eq!((a.dateline.as_deref(), a.outlet.as_deref()), (Some("TEHRAN"), Some("MNA")));
    assert!(first_sentence(&a).starts_with("The deputy foreign minister said"));
    assert!(a.warnings.iter().any(|w| w.contains("2017 inferred")), "{:?}", a.warnings);
    assert!(removed(&a).contains(&"News Code 123456"));
}

#[test]
fn tass_dateline_with_section_label_and_time() {
    let a = article(
        "t.txt",
        "Opposition delegation arrives for the talks\nWorld\nNovember 14, 18:24 UTC+3\n\n\
         GENEVA, November 14. /TASS/. The opposition delegation arrived in Geneva on Tuesday, a source told reporters.\n\n\
         The round opened on November 28, 2017 after weeks of delays.\n",
    );
    assert_eq!(a.title, "Opposition delegation arrives for the talks");
    assert_eq!(published(&a), "2017-11-14");
    assert_eq!((a.dateline.as_deref(), a.outlet.as_deref()), (Some("GENEVA"), Some("TASS")));
    assert_eq!(a.sections[0].heading, None);
    assert!(first_sentence(&a).starts_with("The opposition delegation arrived"));
    assert!(removed(&a).contains(&"World"));
}

#[test]
fn day_first_numeric_and_long_weekday_dates() {
    let a = article("n.txt", "Talks resume\n04.05.2017 18:24\n\nDelegations met again in the capital on Thursday.\n");
    assert_eq!(published(&a), "2017-05-04");
    let a = article(
        "s.txt",
        "Army retakes town\nSaturday 23 December 2017 - 16:02\n\nThe army retook the town after a week of fighting.\n",
    );
    assert_eq!(published(&a), "2017-12-23");
    let a = article(
        "p.txt",
        "Talks stall\n\nPublished: Sat, May 06, 2017\n\nThe talks stalled on Saturday as both sides walked out.\n",
    );
    assert_eq!(published(&a), "2017-05-06");
    let a = article("i.txt", "Talks stall\n2017-05-16\n\nThe talks stalled on Tuesday as both sides walked out.\n");
    assert_eq!(published(&a), "2017-05-16");
}

#[test]
fn title_with_glued_date_and_outlet_suffix() {
    let a = article(
        "g.txt",
        "Talks open in the capital23 January 2017\n\nDelegations met on Monday for two days of talks.\n",
    );
    assert_eq!((a.title.as_str(), published(&a).as_str()), ("Talks open in the capital", "2017-01-23"));
    let a =
        article("o.txt", "Talks open in the capital - BBC News\n\nDelegations met on Monday for two days of talks.\n");
    assert_eq!((a.title.as_str(), a.outlet.as_deref()), ("Talks open in the capital", Some("BBC News")));
}

#[test]
fn byline_with_role_caption_and_photo_credit() {
    let a = article(
        "b.txt",
        "Why the talks matter\n\
         The ceasefire is holding, but the hard questions have not been asked yet.\n\
         Jane Smith Diplomatic editor\n\
         Mon 23 Jan 2017 12.00 GMT\n\
         Delegates at the opening session. Photograph: Jane Doe/AFP/Getty Images\n\
         The talks opened on Monday with both delegations in the same room.\n\n\
         They will last two days.\n",
    );
    assert_eq!(a.title, "Why the talks matter");
    assert_eq!(
        a.standfirst.as_deref(),
        Some("The ceasefire is holding, but the hard questions have not been asked yet.")
    );
    assert_eq!(a.author.as_deref(), Some("Jane Smith"));
    assert_eq!(published(&a), "2017-01-23");
    assert_eq!(first_sentence(&a), "The talks opened on Monday with both delegations in the same room.");
}

#[test]
fn bbc_style_byline_block() {
    let a = article(
        "c.txt",
        "Rebels and government meet at talks\n23 January 2017\nFrom the section Middle East\n\
         Media playback is unsupported on your device\nBy Jane Smith\nChief international correspondent\n\n\
         Rebels and government delegates sat in the same room for the first time on Monday.\n\n\
         Analysis\n\nThe mood was tense but civil, diplomats said.\n",
    );
    assert_eq!(a.author.as_deref(), Some("Jane Smith"));
    assert_eq!(published(&a), "2017-01-23");
    assert!(first_sentence(&a).starts_with("Rebels and government delegates"));
    let headings: Vec<_> = a.sections.iter().filter_map(|s| s.heading.as_deref()).collect();
    assert_eq!(headings, vec!["Analysis"]);
}

#[test]
fn month_day_without_year_and_no_context_is_year_unknown() {
    let a = article("y.txt", "Talks open\nJanuary 24\n\nThe talks opened on Tuesday in the capital.\n");
    assert_eq!(a.published, None);
    assert!(a.warnings.iter().any(|w| w.contains("year unknown")));
}

#[test]
fn hard_wrapped_text_is_joined_into_paragraphs() {
    let a = article(
        "w.txt",
        "Talks open in the capital\n\n\
         Delegations from three countries arrived in the capital on Monday for\n\
         two days of talks aimed at shoring up a fragile ceasefire, officials\n\
         said, adding that the opposition would also attend the sessions.\n\n\
         The talks are the first of their kind since the fighting began in the\n\
         north of the country, and diplomats expect little from them, though\n\
         the host government has called them a turning point for the region.\n\n\
         A third paragraph follows here with more words to fill the line out\n\
         so that the wrapped shape of the whole file is clear to the reader.\n",
    );
    assert_eq!(a.sections[0].paragraphs.len(), 3);
    assert!(a.sections[0].paragraphs[0].ends_with("attend the sessions."));
}

#[test]
fn subheading_under_title_is_the_standfirst() {
    let a = article(
        "h.txt",
        "Syria talks\nRebels walk out of the talks over ceasefire violations\n\n\
         Rebel delegates left the conference hall on Tuesday after accusing the army of breaking the truce.\n",
    );
    assert_eq!(a.standfirst.as_deref(), Some("Rebels walk out of the talks over ceasefire violations"));
    assert!(first_sentence(&a).starts_with("Rebel delegates left"));
}

#[test]
fn label_above_headline_and_date_before_it() {
    let a = article(
        "l.txt",
        "Middle East\nSyria talks open in the Kazakh capital\n23 January 2017\n\n\
         Delegations from three countries arrived in the capital on Monday for talks.\n",
    );
    assert_eq!(a.title, "Syria talks open in the Kazakh capital");
    assert!(removed(&a).contains(&"Middle East"));
    let a = article(
        "d.txt",
        "23 January 2017\nSyria talks open in the Kazakh capital\n\n\
         Delegations from three countries arrived in the capital on Monday for talks.\n",
    );
    assert_eq!((a.title.as_str(), published(&a).as_str()), ("Syria talks open in the Kazakh capital", "2017-01-23"));
    assert!(first_sentence(&a).starts_with("Delegations"));
}

#[test]
fn byline_and_date_on_one_line() {
    let a = article(
        "bd.txt",
        "Talks open in the capital\nBy Jane Smith | 23 January 2017 | 4 min read\n\n\
         Delegations from three countries arrived in the capital on Monday for talks.\n",
    );
    assert_eq!(a.author.as_deref(), Some("Jane Smith"));
    assert_eq!((published(&a).as_str(), a.reading_minutes), ("2017-01-23", Some(4)));
    assert!(first_sentence(&a).starts_with("Delegations"));
}

#[test]
fn unpunctuated_wire_lead_is_kept() {
    let a = article(
        "wl.txt",
        "Iran hails talks\n\nTEHRAN, Jan. 24 (MNA) \u{2013} Iran's deputy foreign minister praised the talks in the capital\n\n\
         He said the ceasefire agreed on 30 December 2016 had largely held since then, despite violations.\n",
    );
    assert_eq!(a.dateline.as_deref(), Some("TEHRAN"));
    assert!(first_sentence(&a).starts_with("Iran's deputy foreign minister"));
}

#[test]
fn standfirst_between_byline_and_date() {
    let a = article(
        "sb.txt",
        "Talks open in the capital\nBy Jane Smith\nDelegations from three countries have arrived for two days of talks.\n\
         23 January 2017\n\nThe talks opened on Monday with both delegations in the same room.\n",
    );
    assert_eq!(a.standfirst.as_deref(), Some("Delegations from three countries have arrived for two days of talks."));
    assert_eq!((a.author.as_deref(), published(&a).as_str()), (Some("Jane Smith"), "2017-01-23"));
    assert!(first_sentence(&a).starts_with("The talks opened"));
}

#[test]
fn front_matter_in_a_text_file() {
    let a =
        article("fm.txt", "---\ntitle: Talks open\ndate: 2017-01-23\n---\nDelegations arrived on Monday for talks.\n");
    assert_eq!((a.title.as_str(), published(&a).as_str()), ("Talks open", "2017-01-23"));
    let a = article("rule.txt", "---\nTalks open in the capital\n---\nDelegations arrived on Monday for talks.\n");
    assert_eq!(a.title, "Talks open in the capital");
}

#[test]
fn trailing_link_lists_and_sign_offs() {
    let a = article(
        "tl.txt",
        "Talks open in the capital\n23 January 2017\n\n\
         Delegations from three countries arrived in the capital on Monday for talks.\n\n\
         The talks are expected to last two days.\n\n\u{2014} AFP\n\nRelated articles\n\
         Rebels walk out of earlier round\nEnvoy hopeful about next steps\n",
    );
    assert_eq!(a.outlet.as_deref(), Some("AFP"));
    let text = a.text();
    let last = a.sentences.last().and_then(|s| text.get(s.range())).unwrap_or("");
    assert_eq!(last, "The talks are expected to last two days.");
    assert!(removed(&a).contains(&"Envoy hopeful about next steps"));
}

#[test]
fn year_from_another_header_date() {
    let a = article(
        "hy.txt",
        "Talks open\nUpdated: 25 January 2017\n\nTEHRAN, Jan. 24 (MNA) \u{2013} The talks opened in the capital on Monday.\n",
    );
    assert_eq!(published(&a), "2017-01-24");
}

#[test]
fn wire_credit_in_brackets_names_the_author() {
    let a = article(
        "w.txt",
        "Port strike ends after pay deal\n\n\
         OSLO, May 4 (Reuters) - Dock workers in Norway ended a two-week strike on Thursday after unions accepted a pay offer.\n\n\
         The ports reopen on Monday, the union said.\n\n\
         (Reporting by Ingrid Solberg in Oslo and Tom Lee in Bergen; Editing by Ann Cole)\n",
    );
    assert_eq!(a.author.as_deref(), Some("Ingrid Solberg, Tom Lee"));
    assert_eq!(a.outlet.as_deref(), Some("Reuters"));
    assert!(removed(&a).iter().any(|r| r.starts_with("(Reporting by")));
    assert!(!a.text().contains("Editing by"));
}

#[test]
fn column_closes_with_a_note_on_its_writer() {
    let a = article(
        "col.txt",
        "The harbour deal deserves a second look\n\nBy Maria Olsen\n\n4 May 2022\n\n\
         The government signed the harbour deal in a hurry.\n\n\
         It should now publish the contract.\n\n\
         Maria Olsen is a research fellow at the Centre for Maritime Studies and a former adviser to the Treasury.\n",
    );
    assert_eq!(a.author.as_deref(), Some("Maria Olsen"));
    assert!(removed(&a).iter().any(|r| r.starts_with("Maria Olsen is a research fellow")));
    assert!(!a.text().contains("Centre for Maritime Studies"));
    // Without a byline, a closing "X is ..." sentence is the story's.
    let b = article(
        "news.txt",
        "Harbour chief resigns\n\n4 May 2022\n\nThe harbour chief resigned on Tuesday.\n\n\
         Maria Olsen is the third chief to leave this year.\n",
    );
    assert!(b.text().contains("Maria Olsen is the third chief"));
}

#[test]
fn outlet_known_by_name_alone() {
    let a = article(
        "dw.txt",
        "Ferry strike ends after two weeks\n\nDeutsche Welle\n\n12 April 2023\n\nThe ferry strike ended on Tuesday.\n",
    );
    assert_eq!(a.outlet.as_deref(), Some("Deutsche Welle"));
    let b = article(
        "ah.txt",
        "Canal traffic recovers\n\nAl-Ahram Weekly\n\n12 April 2023\n\nCanal traffic recovered in March.\n",
    );
    assert_eq!(b.outlet.as_deref(), Some("Al-Ahram Weekly"));
    // A category label stays a label.
    let c =
        article("me.txt", "Canal traffic recovers\n\nMiddle East\n\n12 April 2023\n\nTraffic recovered in March.\n");
    assert_eq!(c.outlet, None);
}
