use std::collections::BTreeSet;
use std::sync::OnceLock;

use super::answers::{answers, keys};
use super::reference::Reference;
use super::{with_lower, HeadPosition, Lexicon, PlaceKind, Title};
use crate::extract::{Gender, Lang};

fn reference() -> &'static Reference {
    static REFERENCE: OnceLock<Reference> = OnceLock::new();
    REFERENCE.get_or_init(Reference::load)
}

/// Every list entry, and near spellings of one in five (every one of them was compared
/// once, when the tables were introduced; `dump_answers` redoes it).
#[test]
fn compiled_tables_answer_like_the_lists_parsed_at_run_time() {
    let keys = keys(5);
    let want = answers!(reference(), &keys);
    let got = answers!(Lexicon::get(), &keys);
    assert_eq!(want.len(), got.len());
    let wrong: Vec<_> = want
        .iter()
        .zip(&got)
        .filter(|(w, g)| w != g)
        .take(5)
        .collect();
    assert!(wrong.is_empty(), "reference vs compiled: {wrong:#?}");
}

#[test]
fn compiled_tables_hold_exactly_the_reference_keys() {
    let old = reference();
    let new = Lexicon::get();
    assert_eq!(new.places.len(), old.places.len());
    assert_eq!(new.population.len(), old.population.len());
    assert_eq!(new.orgs.len(), old.orgs.len());
    assert_eq!(new.demonyms.len(), old.demonyms.len());
    assert_eq!(new.given.len(), old.given.len());
    assert_eq!(new.surnames.len(), old.surnames.len());
    assert_eq!(new.proper.len(), old.proper.len());
    assert_eq!(new.proper_en.len(), old.proper_en.len());
    assert_eq!(new.common_acronyms.len(), old.common_acronyms.len());
    assert_eq!(new.multi_first.len(), old.multi_first.len());
    assert_eq!(new.prefixes.len(), old.prefixes.len());
    assert_eq!(new.max_words, old.max_words);
    // Every key of every reference table answers the same, whatever the lists it
    // came from (sizes equal + every key found = the same key sets).
    for (k, v) in &old.places {
        assert_eq!(new.places.get(k), Some(v), "{k}");
    }
    for (k, v) in &old.population {
        assert_eq!(new.population.get(k), Some(v), "{k}");
    }
    for (k, v) in &old.orgs {
        assert_eq!(new.orgs.get(k), Some(v), "{k}");
    }
    assert_eq!(new.orgs_en.len(), old.orgs_en.len());
    for (k, v) in &old.orgs_en {
        assert_eq!(new.orgs_en.get(k), Some(v), "{k}");
    }
    for (k, v) in &old.given {
        assert_eq!(new.given.get(k), Some(v), "{k}");
    }
    for (set, old_set) in [
        (&new.demonyms, &old.demonyms),
        (&new.surnames, &old.surnames),
        (&new.proper, &old.proper),
        (&new.proper_en, &old.proper_en),
        (&new.common_acronyms, &old.common_acronyms),
        (&new.multi_first, &old.multi_first),
        (&new.prefixes, &old.prefixes),
    ] {
        let keys: BTreeSet<&str> = set.iter().collect();
        let old_keys: BTreeSet<&str> = old_set.iter().copied().collect();
        assert_eq!(keys, old_keys);
    }
    let heads: BTreeSet<&str> = new.head_words().collect();
    let old_heads: BTreeSet<&str> = old.head_words().collect();
    assert_eq!(heads, old_heads);
    // The words that may open a name in lower case: head words and lower-case first words.
    let starters: BTreeSet<&str> = new.lower_starters.iter().collect();
    let mut want = old_heads;
    want.extend(
        old.multi_first
            .iter()
            .copied()
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase)),
    );
    assert_eq!(starters, want);
}

#[test]
fn known_entries_are_found() {
    let lex = Lexicon::get();
    assert_eq!(lex.places.get("Moscou"), Some(&PlaceKind::Capital));
    assert_eq!(lex.population.get("Moscou").copied(), Some(18_342_870));
    assert_eq!(lex.places.get("Russie"), Some(&PlaceKind::Country));
    assert_eq!(lex.places.get("Rosny-sur-Seine"), Some(&PlaceKind::Town));
    assert!(lex.places.get("moscou").is_none());
    assert_eq!(
        lex.orgs.get("ONU").copied(),
        Some("Organisation des Nations unies")
    );
    // A surface listed with a canonical name per language keeps both.
    assert_eq!(lex.orgs.get("Fed").copied(), Some("Réserve fédérale"));
    assert_eq!(lex.orgs_en.get("Fed").copied(), Some("Federal Reserve"));
    assert_eq!(lex.orgs_en.get("ONU"), None);
    let m = Title {
        gender: Some(Gender::Masculine),
        honorific: true,
    };
    assert_eq!(lex.title(Lang::Fr, "M"), Some(m));
    assert_eq!(lex.title(Lang::Fr, "m"), None, "honorifics keep their case");
    assert_eq!(
        lex.title(Lang::Fr, "Ministre").map(|t| t.honorific),
        Some(false)
    );
    assert_eq!(
        lex.org_head(Lang::Fr, "Ministère"),
        Some(HeadPosition::Head)
    );
    assert!(lex.is_common(Lang::Fr, "maison"));
    assert!(!lex.is_common(Lang::Fr, "Maison"));
    assert!(lex.multi_first.contains("New"));
    assert!(lex.prefixes.contains("New"));
    assert!(!lex.places.contains_key(""));
    // Given names: the census's stray entries (a man's name among the women's) do not
    // make a name both sexes'; names common for both are.
    assert_eq!(lex.given.get("Paul"), Some(&Some(Gender::Masculine)));
    assert_eq!(lex.given.get("John"), Some(&Some(Gender::Masculine)));
    assert_eq!(lex.given.get("Anne"), Some(&Some(Gender::Feminine)));
    assert_eq!(lex.given.get("Dominique"), Some(&None));
    assert_eq!(lex.given.get("Terry"), Some(&None));
}

/// `LEXICON_DUMP=path cargo test dump_answers` writes every answer, to compare builds.
#[test]
fn dump_answers() {
    let Ok(path) = std::env::var("LEXICON_DUMP") else {
        return;
    };
    let lines = answers!(Lexicon::get(), keys(1));
    std::fs::write(path, lines.join("\n")).expect("dump written");
}

#[test]
fn lowering_on_the_stack_writes_what_to_lowercase_writes() {
    let mut words: Vec<String> = [
        "",
        "Kim",
        "ÉTATS",
        "Élysée",
        "Ὀδυσσεύς",
        "ΟΔΟΣ",
        "Σ",
        "İstanbul",
        "ȺȾ",
        "ẞTRASSE",
        "ǅemal",
        "Ⅻ",
        "日本",
    ]
    .iter()
    .map(|w| (*w).to_owned())
    .collect();
    // Every character up to the end of the Latin, Greek, Cyrillic and Armenian blocks, and
    // words as long as the stack buffer allows and one past it.
    words.extend(('\u{80}'..'\u{590}').map(String::from));
    words.push("İ".repeat(16));
    words.push("Ⱥ".repeat(16));
    words.push("Ⱥ".repeat(17));
    words.push(format!("{}A", "é".repeat(15)));
    for w in &words {
        assert_eq!(with_lower(w, str::to_owned), w.to_lowercase(), "{w}");
    }
}
