//! The bundled sample article: who, where and which organisations a reader must see.

use lectern::extract::{analyze, Analysis, Entity, Lang};
use lectern::SAMPLE_TEXT;

fn sample() -> Analysis {
    analyze(SAMPLE_TEXT, Lang::Fr)
}

fn find<'a>(list: &'a [Entity], name: &str) -> &'a Entity {
    list.iter().find(|e| e.name == name).unwrap_or_else(|| {
        panic!(
            "{name} not found in {:?}",
            list.iter().map(|e| &e.name).collect::<Vec<_>>()
        )
    })
}

fn words(e: &Entity) -> Vec<&str> {
    e.mentions
        .iter()
        .map(|m| &SAMPLE_TEXT[m.start..m.end])
        .collect()
}

#[test]
fn the_five_people_are_found_once_each() {
    let a = sample();
    let mut names: Vec<&str> = a.people.iter().map(|e| e.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "Adrienne Watson",
            "John Kirby",
            "Kim Jong Un",
            "Sergueï Choïgu",
            "Vladimir Poutine"
        ]
    );
}

#[test]
fn every_spelling_of_the_defence_minister_is_one_person() {
    let a = sample();
    let p = find(&a.people, "Sergueï Choïgu");
    let mut aliases = p.aliases.clone();
    aliases.sort();
    assert_eq!(
        aliases,
        [
            "Choïgou",
            "Choïgu",
            "Sergei Shoigu",
            "Sergueï Choïgu",
            "Shoigu"
        ]
    );
    assert_eq!(p.mentions.len(), 7);
}

#[test]
fn surnames_after_titles_join_the_full_name_without_the_title() {
    let a = sample();
    assert_eq!(
        find(&a.people, "Kim Jong Un").aliases,
        ["Kim Jong Un", "Kim"]
    );
    assert_eq!(
        find(&a.people, "Vladimir Poutine").aliases,
        ["Vladimir Poutine", "Poutine"]
    );
    assert_eq!(
        find(&a.people, "Adrienne Watson").aliases,
        ["Adrienne Watson", "Watson"]
    );
    for e in &a.people {
        for w in words(e) {
            assert!(
                !w.starts_with("M.") && !w.starts_with("Mme"),
                "title kept in {w}"
            );
        }
    }
}

#[test]
fn gender_comes_from_titles() {
    let a = sample();
    assert_eq!(
        find(&a.people, "Adrienne Watson").gender,
        Some(lectern::extract::Gender::Feminine)
    );
    assert_eq!(
        find(&a.people, "Sergueï Choïgu").gender,
        Some(lectern::extract::Gender::Masculine)
    );
}

#[test]
fn places_are_found_and_demonyms_are_not() {
    let a = sample();
    for name in [
        "Russie",
        "Corée du Nord",
        "États-Unis",
        "Ukraine",
        "Pyongyang",
        "Vladivostok",
    ] {
        find(&a.places, name);
    }
    assert_eq!(find(&a.places, "Russie").mentions.len(), 9);
    let all: Vec<&str> = a
        .places
        .iter()
        .chain(&a.organizations)
        .chain(&a.people)
        .map(|e| e.name.as_str())
        .collect();
    for not_a_name in ["russe", "nord-coréen", "Nord", "Le", "Cela", "Pic", "Photo"] {
        assert!(!all.contains(&not_a_name), "{not_a_name} taken for a name");
    }
}

#[test]
fn organisations_include_agencies_outlets_and_metonyms() {
    let a = sample();
    let orgs: Vec<Vec<&str>> = a.organizations.iter().map(words).collect();
    for name in [
        "Kremlin",
        "Conseil de sécurité nationale",
        "Interfax",
        "AP",
        "KCNA",
        "Reuters",
        "Maison Blanche",
        "New York Times",
        "Armée populaire coréenne",
    ] {
        assert!(
            orgs.iter().any(|o| o.contains(&name)),
            "{name} missing from {orgs:?}"
        );
    }
}

#[test]
fn an_acronym_in_brackets_joins_its_organisation() {
    let a = sample();
    let army = a
        .organizations
        .iter()
        .find(|e| e.aliases.iter().any(|x| x == "KPA"))
        .expect("KPA");
    assert!(army.aliases.iter().any(|x| x == "Armée populaire coréenne"));
}

#[test]
fn mentions_are_sorted_and_on_char_boundaries() {
    let a = sample();
    for e in a.people.iter().chain(&a.places).chain(&a.organizations) {
        assert!(e.mentions.windows(2).all(|w| w[0] < w[1]));
        for m in &e.mentions {
            assert!(SAMPLE_TEXT.is_char_boundary(m.start) && SAMPLE_TEXT.is_char_boundary(m.end));
        }
    }
}
