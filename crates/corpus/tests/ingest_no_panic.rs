//! Property tests: decoding and ingesting arbitrary bytes never panics, and
//! every article keeps its offsets valid. Case counts are bounded so the
//! suite stays fast.

use dossier_corpus::ingest::{self, dates};
use dossier_corpus::load::{self, SourceFile};
use proptest::prelude::*;

/// Lines that exercise the header rules, mixed with random text.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("3 min read".to_string()),
        Just("Posted: 23 January 2017".to_string()),
        Just("Author:\u{a0} BBC news".to_string()),
        Just("Read more:".to_string()),
        Just("A caption [Getty]".to_string()),
        Just("TEHRAN, Jan. 24 (MNA) - Text".to_string()),
        Just("---".to_string()),
        Just("# Heading".to_string()),
        Just(String::new()),
        "[A-Za-z .,:\u{a0}\u{2019}«»\\[\\]()/-]{0,60}",
        any::<String>(),
    ]
}

fn check(name: &str, text: String) {
    let file = SourceFile::new(name, text);
    if let Ok(done) = ingest::ingest(&file) {
        let a = done.article;
        let text = a.text();
        for s in &a.sentences {
            assert!(text.get(s.range()).is_some(), "sentence span off a char boundary");
        }
        assert!(!a.title.is_empty() || a.sections.iter().all(|s| s.paragraphs.is_empty()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn decode_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        if let Ok(d) = load::decode(&bytes) {
            prop_assert!(!d.text.contains('\r'));
        }
    }

    #[test]
    fn ingest_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        if let Ok(d) = load::decode(&bytes) {
            check("x.txt", d.text.clone());
            check("x.md", d.text);
        }
    }

    #[test]
    fn ingest_structured_lines(lines in proptest::collection::vec(line(), 0..24)) {
        let text = lines.join("\n");
        check("y.txt", text.clone());
        check("y.md", format!("---\ntitle: {}\n---\n{text}", lines.first().cloned().unwrap_or_default()));
    }

    #[test]
    fn date_parsers_never_panic(s in "\\PC{0,40}") {
        let _ = dates::parse_date_line(&s);
        let _ = dates::split_glued_date(&s);
        let _ = dates::parse_dateline(&s);
        let _ = dossier_corpus::config::parse(&s);
    }
}
