//! Events and quotes scored against the gold annotations of the seed articles:
//! date accuracy over gold event mentions, merge accuracy over gold events
//! with several sources, and quote recall with the right speaker.

mod common;

use common::dev_gold::norm;

#[test]
fn events_and_quotes_match_the_gold() {
    let Some(gold) = common::gold() else { return };
    let build = common::seeds();
    let corpus = &build.corpus;
    for ev in &corpus.events {
        let srcs: Vec<String> = ev
            .mentions
            .iter()
            .map(|m| {
                let t = corpus.articles[m.article as usize].text();
                format!("{}:{:?}", &corpus.articles[m.article as usize].file[..3], &t[m.phrase.range()])
            })
            .collect();
        println!("EVENT {} [{}] {} | {}", ev.id, ev.precision.as_str(), ev.summary, srcs.join(", "));
    }
    let events = gold["event"].as_array().unwrap();
    let (mut found, mut right, mut total) = (0, 0, 0);
    let (mut merged, mut multi) = (0, 0);
    for g in events {
        let g = g.as_table().unwrap();
        let mentions = g["mentions"].as_array().unwrap();
        let mut ids = Vec::new();
        for m in mentions {
            let (file, phrase) = (m["file"].as_str().unwrap(), m["phrase"].as_str().unwrap());
            total += 1;
            match corpus
                .articles
                .iter()
                .position(|a| a.file == file)
                .and_then(|ix| common::events::find(corpus, ix as u32, phrase))
            {
                Some(ev) => {
                    found += 1;
                    let ok = common::events::date_right(ev, g);
                    right += usize::from(ok);
                    if !ok {
                        println!(
                            "WRONG DATE {file} {phrase:?}: {} {:?} vs gold {}",
                            ev.date.iso(),
                            ev.precision,
                            g["date"]
                        );
                    }
                    ids.push(Some(ev.id.clone()));
                }
                None => {
                    println!("MISSED {file} {phrase:?}");
                    ids.push(None);
                }
            }
        }
        if mentions.len() > 1 {
            multi += 1;
            let one = ids.iter().all(|i| i.is_some() && *i == ids[0]);
            merged += usize::from(one);
            if !one {
                println!("NOT MERGED {:?}: {ids:?}", g["summary"].as_str().unwrap());
            }
        }
    }
    common::score("event mentions found", found, total);
    let date_accuracy = common::score("date accuracy", right, total);
    let merge_accuracy = common::score("merge accuracy", merged, multi);

    let quotes = gold["quote"].as_array().unwrap();
    let mut hit = 0;
    for g in quotes {
        let (file, text, speaker) =
            (g["file"].as_str().unwrap(), g["text"].as_str().unwrap(), g["speaker"].as_str().unwrap());
        let ix = corpus.articles.iter().position(|a| a.file == file);
        let ok = ix.is_some_and(|ix| {
            let body = corpus.articles[ix].text();
            corpus.quotes.iter().filter(|q| q.article as usize == ix).any(|q| {
                let said = q.speaker.as_deref().is_some_and(|s| norm(s) == norm(speaker))
                    || q.speaker_actor.is_some_and(|a| norm(&corpus.actors[a as usize].name) == norm(speaker));
                norm(&body[q.span.range()]) == norm(text) && said
            })
        });
        if !ok {
            println!("QUOTE MISSED {text:?} by {speaker:?}");
        }
        hit += usize::from(ok);
    }
    for q in &corpus.quotes {
        let body = corpus.articles[q.article as usize].text();
        println!("QUOTE {:?} — {:?} ({:?})", &body[q.span.range()], q.speaker, q.speaker_actor);
    }
    let quote_recall = common::score("quote recall", hit, quotes.len());

    assert!(date_accuracy >= 0.9, "date accuracy {date_accuracy:.2} < 0.90");
    assert!(merge_accuracy >= 1.0, "merge accuracy {merge_accuracy:.2} < 1.00");
    assert!(quote_recall >= 0.8, "quote recall {quote_recall:.2} < 0.80");
}
