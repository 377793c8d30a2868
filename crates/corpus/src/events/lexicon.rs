//! Word lists shared by the time, event and quote steps. Lookups take a
//! lowercase ASCII word and are plain `match`es, so they compile to cheap
//! comparisons and stay off the allocator in the hot loop.

/// Lowercases an ASCII word into `buf`; `None` for long or non-ASCII words,
/// which no list below contains.
pub fn lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (dst, src) in buf.iter_mut().zip(bytes) {
        *dst = src.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).ok()
}

/// The class of an event noun or verb: mentions sharing a class may report the
/// same event ("truce" and "ceasefire"), different classes never count as shared
/// wording. `None` for words that do not name an event.
pub fn event_class(w: &str) -> Option<&'static str> {
    Some(match w {
        "talks" | "talk" | "negotiations" | "negotiation" | "round" | "rounds" | "dialogue" | "conference"
        | "congress" | "summit" | "process" => "talks",
        "meeting" | "meetings" | "meet" | "meets" | "met" => "meeting",
        "ceasefire" | "truce" | "armistice" | "cessation" => "ceasefire",
        "deal" | "agreement" | "accord" | "treaty" | "pact" | "signed" | "sign" | "signs" => "deal",
        "war" | "conflict" | "fighting" | "uprising" | "rebellion" | "insurgency" | "revolution" => "war",
        "attack" | "attacks" | "offensive" | "strike" | "strikes" | "airstrike" | "airstrikes" | "bombing"
        | "bombings" | "assault" | "raid" | "raids" | "shelling" | "battle" | "siege" | "victory" | "defeat"
        | "capture" | "captured" | "recaptured" | "fall" | "fell" | "invasion" | "massacre" | "clashes" => "battle",
        "withdrawal" | "withdraw" | "withdrew" | "pullout" | "retreat" => "withdrawal",
        "election" | "elections" | "vote" | "referendum" | "ballot" | "elected" | "voted" | "votes" => "election",
        "flood" | "floods" | "flooding" | "earthquake" | "storm" | "hurricane" | "fire" | "wildfire" | "explosion"
        | "blast" | "disaster" | "drought" | "famine" | "epidemic" | "outbreak" => "disaster",
        "visit" | "visited" | "trip" | "tour" => "visit",
        "protests" | "protest" | "demonstrations" | "demonstration" | "riots" | "rally" | "rallies" => "protest",
        "coup" => "coup",
        "sanctions" => "sanctions",
        "resolution" => "resolution",
        "intervention" => "intervention",
        "crisis" => "crisis",
        "resigned" | "resignation" | "resigns" => "resignation",
        "arrest" | "arrested" | "arrests" | "detained" => "arrest",
        "killed" | "deaths" | "dead" | "died" | "killing" | "killings" => "deaths",
        "launched" | "launch" | "launches" => "launch",
        "suspended" | "suspension" | "collapsed" | "collapse" => "suspension",
        "announced" | "announcement" | "declared" | "declaration" => "announcement",
        _ => return None,
    })
}

/// Verbs that make a dated clause an event even without an actor or an event
/// noun ("it broke off ties in July").
pub fn is_event_verb(w: &str) -> bool {
    matches!(
        w,
        "began"
            | "begin"
            | "begins"
            | "begun"
            | "started"
            | "start"
            | "starts"
            | "ended"
            | "end"
            | "ends"
            | "opened"
            | "opens"
            | "closed"
            | "broke"
            | "ordered"
            | "agreed"
            | "held"
            | "hold"
            | "took"
            | "seized"
            | "won"
            | "lost"
            | "left"
            | "joined"
            | "formed"
            | "founded"
            | "established"
            | "approved"
            | "rejected"
            | "passed"
            | "adopted"
            | "introduced"
            | "released"
            | "freed"
            | "fled"
            | "struck"
            | "hit"
            | "crashed"
            | "exploded"
            | "erupted"
            | "broke out"
            | "came"
            | "kicked"
            | "convened"
            | "gathered"
            | "brokered"
            | "attended"
            | "attend"
            | "finished"
            | "finish"
            | "resume"
            | "resumed"
            // Acts of courts, police, companies and governments that a
            // timeline dates ("prosecutors froze accounts in 2021").
            | "froze"
            | "frozen"
            | "raided"
            | "arrested"
            | "detained"
            | "charged"
            | "indicted"
            | "convicted"
            | "sentenced"
            | "fined"
            | "sued"
            | "banned"
            | "imposed"
            | "lifted"
            | "signed"
            | "launched"
            | "acquired"
            | "bought"
            | "sold"
            | "merged"
            | "resigned"
            | "appointed"
            | "elected"
            | "killed"
            | "invaded"
            | "annexed"
            | "withdrew"
            | "collapsed"
            | "suspended"
            | "expelled"
            | "dissolved"
            | "changed"
    ) || is_reporting_verb(w)
}

/// Verbs that report speech: quote attribution, and too common to count as
/// shared wording between two mentions.
pub fn is_reporting_verb(w: &str) -> bool {
    matches!(
        w,
        "say"
            | "says"
            | "said"
            | "added"
            | "adds"
            | "told"
            | "tells"
            | "stated"
            | "states"
            | "explained"
            | "explains"
            | "insisted"
            | "insists"
            | "warned"
            | "warns"
            | "declared"
            | "noted"
            | "notes"
            | "argued"
            | "argues"
            | "asked"
            | "asks"
            | "replied"
            | "replies"
            | "continued"
            | "wrote"
            | "writes"
            | "announced"
            | "announces"
            | "claimed"
            | "claims"
            | "stressed"
            | "stresses"
            | "remarked"
            | "recalled"
            | "remembered"
            | "accused"
            | "acknowledged"
            | "admitted"
            | "confirmed"
            | "confirms"
            | "considers"
            | "considered"
            // Speech reported by its manner or medium: tweets, testimony,
            // chants, and the participles that open a second quote
            // ("…, adding “…”").
            | "tweeted"
            | "tweets"
            | "posted"
            | "recounted"
            | "quipped"
            | "joked"
            | "testified"
            | "urged"
            | "urges"
            | "begged"
            | "pleaded"
            | "chanted"
            | "shouted"
            | "yelled"
            | "responded"
            | "responds"
            | "observed"
            | "reported"
            | "suggested"
            | "predicted"
            | "conceded"
            | "emphasized"
            | "emphasised"
            | "cautioned"
            | "complained"
            | "boasted"
            | "lamented"
            | "countered"
            | "wondered"
            | "saying"
            | "adding"
            | "telling"
            | "noting"
            | "warning"
            | "arguing"
            | "asking"
            | "declaring"
    )
}

/// Irregular past forms: a past-tense cue for bare weekdays and months
/// (regular "-ed" forms are recognised by their ending).
pub fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "were"
            | "had"
            | "did"
            | "said"
            | "began"
            | "met"
            | "took"
            | "held"
            | "came"
            | "went"
            | "broke"
            | "fell"
            | "won"
            | "lost"
            | "left"
            | "made"
            | "gave"
            | "told"
            | "saw"
            | "spoke"
            | "fought"
            | "struck"
            | "led"
            | "sent"
            | "flew"
            | "rose"
            | "became"
            | "ran"
            | "brought"
            | "thought"
            | "kept"
            | "found"
            | "got"
            | "stood"
            | "sought"
            | "wrote"
            | "chose"
            | "drove"
            | "bought"
            | "built"
            | "caught"
            | "felt"
            | "heard"
            | "knew"
            | "meant"
            | "paid"
            | "shot"
            | "sold"
            | "spent"
            | "swore"
            | "threw"
            | "withdrew"
            | "overthrew"
            | "froze"
            | "hid"
            | "shook"
            | "spread"
            | "stole"
            | "swept"
            | "tore"
            | "ago"
            | "previously"
    )
}

/// Words that point a bare weekday or month forward ("will", "is expected
/// to", "is due to", "plans to").
pub fn is_future_cue(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "ll"
            | "shall"
            | "expected"
            | "expects"
            | "expect"
            | "due"
            | "plans"
            | "plan"
            | "planned"
            | "planning"
            | "scheduled"
            | "upcoming"
            | "forthcoming"
            | "intends"
            | "intend"
            | "aims"
            | "hopes"
            | "hope"
            | "going"
            | "next"
            | "tomorrow"
            | "coming"
            | "set"
    )
}

/// Function words left out of summaries' key words and of wording overlap.
pub fn is_stopword(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "by"
            | "with"
            | "from"
            | "into"
            | "as"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "it"
            | "its"
            | "he"
            | "she"
            | "his"
            | "her"
            | "they"
            | "them"
            | "their"
            | "we"
            | "our"
            | "you"
            | "i"
            | "this"
            | "that"
            | "these"
            | "those"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "what"
            | "when"
            | "where"
            | "while"
            | "after"
            | "before"
            | "since"
            | "until"
            | "during"
            | "also"
            | "not"
            | "no"
            | "there"
            | "than"
            | "then"
            | "so"
            | "if"
            | "would"
            | "will"
            | "could"
            | "should"
            | "can"
            | "may"
            | "might"
            | "must"
            | "s"
            | "t"
            | "all"
            | "any"
            | "some"
            | "more"
            | "most"
            | "other"
            | "about"
            | "over"
            | "up"
            | "out"
            | "new"
            | "now"
            | "just"
            | "still"
            | "very"
            | "much"
            | "many"
            | "two"
            | "one"
            | "first"
            | "last"
            | "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "mr"
            | "mrs"
            | "ms"
    )
}

/// Lemma for a few irregular verb forms, so "began" and "begin" count as
/// shared wording.
pub fn lemma(w: &str) -> &str {
    match w {
        "began" | "begun" | "begins" | "beginning" => "begin",
        "started" | "starts" | "starting" => "start",
        "ended" | "ends" | "ending" => "end",
        "brokered" | "brokering" | "brokers" => "broker",
        "opened" | "opens" | "opening" => "open",
        _ => w,
    }
}

/// Words that open a clause and are dropped from the front of a summary.
pub fn is_connective(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "but"
            | "which"
            | "who"
            | "while"
            | "as"
            | "when"
            | "since"
            | "then"
            | "also"
            | "however"
            | "meanwhile"
            | "although"
            | "though"
            | "whereas"
            | "because"
            | "so"
            | "that"
            | "where"
            | "until"
            | "after"
            | "before"
            | "in"
            | "on"
            | "at"
            | "by"
            | "during"
            | "from"
    )
}

/// Words after a comma that start a new clause (", which began in January").
pub fn opens_clause(w: &str) -> bool {
    matches!(
        w,
        "which"
            | "who"
            | "while"
            | "but"
            | "although"
            | "though"
            | "whereas"
            | "when"
            | "after"
            | "before"
            | "because"
            | "until"
            | "where"
            | "as"
            | "and"
            | "since"
    )
}

/// Words that mark a name as an organisation, not a person ("Grain Council").
pub fn is_organisation_word(w: &str) -> bool {
    matches!(
        w,
        "committee"
            | "army"
            | "council"
            | "ministry"
            | "front"
            | "party"
            | "group"
            | "union"
            | "organisation"
            | "organization"
            | "agency"
            | "forces"
            | "government"
            | "state"
            | "news"
            | "media"
            | "bank"
            | "company"
            | "commission"
            | "office"
            | "department"
            | "court"
            | "assembly"
            | "parliament"
            | "coalition"
            | "alliance"
            | "movement"
            | "brigade"
            | "brigades"
            | "militia"
            | "network"
            | "institute"
            | "foundation"
            | "association"
            | "league"
            | "nations"
            | "republic"
            | "kingdom"
            | "states"
    )
}

/// Nouns for people, so "a Western diplomat" can be the antecedent of "he".
pub fn is_person_noun(w: &str) -> bool {
    matches!(
        w,
        "diplomat"
            | "official"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "minister"
            | "leader"
            | "envoy"
            | "president"
            | "negotiator"
            | "commander"
            | "analyst"
            | "source"
            | "resident"
            | "witness"
            | "farmer"
            | "mayor"
            | "ambassador"
            | "general"
            | "chief"
            | "director"
            | "secretary"
            | "adviser"
            | "advisor"
            | "man"
            | "woman"
    )
}
