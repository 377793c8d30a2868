//! Actor rules of issue 15's second pass, on sentences written for these
//! tests: groups named by a bare plural that act ("police said"), people
//! introduced after "ambassador to <country>", people described by "the
//! <noun> who", and countries that are an opponent after "lost to".

use dossier_model::ActorKind;

mod common;

use common::actors::{kind, names, run};

#[test]
fn bare_groups_that_act_are_organisations() {
    let c = run(&[
        "Police said the suspect was arrested near the harbour on Sunday.",
        "A small minority of protesters have thrown stones at the depot.",
        "Clashes broke out between farmers and security forces outside the town.",
    ]);
    assert_eq!(kind(&c, "Police"), Some(ActorKind::Organization), "{:?}", names(&c));
    assert_eq!(kind(&c, "Protesters"), Some(ActorKind::Organization), "{:?}", names(&c));
    assert_eq!(kind(&c, "Security forces"), Some(ActorKind::Organization), "{:?}", names(&c));
}

#[test]
fn bare_groups_that_only_qualify_or_sit_still_are_not_actors() {
    let c = run(&[
        "The old barracks will become a police station next year.",
        "Reporters counted the demonstrators' banners after the march.",
        "The mayor spoke to protesters outside the hall.",
    ]);
    for n in ["Police", "Protesters"] {
        assert_eq!(kind(&c, n), None, "{n}: {:?}", names(&c));
    }
}

#[test]
fn a_bare_group_is_the_qualified_group_the_article_names() {
    let c = run(&[
        "Macau police have closed the bridge to traffic.",
        "Later, police said the closure would last until the evening.",
    ]);
    let police = c.actors.iter().find(|a| a.name == "Macau police").expect("the qualified group");
    assert_eq!(police.mentions.len(), 2, "the bare noun joins it: {:?}", names(&c));
    assert_eq!(kind(&c, "Police"), None, "{:?}", names(&c));
}

#[test]
fn a_title_towards_a_country_introduces_a_person() {
    let c = run(&["Peru's ambassador to Canada Wen Tashiro has said the talks will go on."]);
    let p = c.actors.iter().find(|a| a.name == "Wen Tashiro").unwrap_or_else(|| panic!("{:?}", names(&c)));
    assert_eq!(p.kind, ActorKind::Person);
    assert_eq!(p.role.as_deref(), Some("Peru's ambassador to Canada"));
}

#[test]
fn an_apposition_whose_noun_takes_who_describes_a_person() {
    // "keys" in lower case: the name's shape alone would not make a person.
    let c = run(&[
        "To that, Cook joked that he is not Vanna Keys, the singer who surprised the audience.",
        "Nobody could find the keys to the hall.",
    ]);
    assert_eq!(kind(&c, "Vanna Keys"), Some(ActorKind::Person), "{:?}", names(&c));
    let c = run(&["Investors backed Tarvex Lumen, the startup that builds drones."]);
    assert_ne!(kind(&c, "Tarvex Lumen"), Some(ActorKind::Person), "{:?}", names(&c));
}
