//! The lexicon as it was parsed at start-up before `build.rs` compiled the lists: kept,
//! unchanged, as the reference the compiled tables must answer like.

#![allow(clippy::pedantic)]

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::{HeadPosition, PlaceKind, Title};
use crate::extract::{Gender, Lang};

/// All word lists, by language where they differ.
#[derive(Debug, Default)]
pub struct Reference {
    /// Place names → kind (the most important kind when a name has several).
    pub places: HashMap<&'static str, PlaceKind>,
    /// Population of a city or region, when the gazetteer gives one.
    pub population: HashMap<&'static str, u64>,
    /// Organisation surface form → canonical name (the French one where the languages
    /// differ).
    pub orgs: HashMap<&'static str, &'static str>,
    /// Organisation surface form → canonical name in English text, where it differs.
    pub orgs_en: HashMap<&'static str, &'static str>,
    /// Nationality adjectives and nouns, every form, both languages.
    pub demonyms: HashSet<&'static str>,
    /// Given names → gender (None when used for both).
    pub given: HashMap<&'static str, Option<Gender>>,
    /// Known surnames.
    pub surnames: HashSet<&'static str>,
    /// Untyped proper nouns of the French dictionary.
    pub proper: HashSet<&'static str>,
    /// Capitalised entries of the American English dictionary.
    pub proper_en: HashSet<&'static str>,
    /// All-capital acronyms that are common nouns, not organisations (ADN, PIB, TGV).
    pub common_acronyms: HashSet<&'static str>,
    /// Common lower-case words, per language.
    common_fr: HashSet<&'static str>,
    common_en: HashSet<&'static str>,
    /// Titles and role nouns, lower-cased, per language.
    titles_fr: HashMap<String, Title>,
    titles_en: HashMap<String, Title>,
    /// Organisation head and tail words, lower-cased, per language.
    heads_fr: HashMap<String, HeadPosition>,
    heads_en: HashMap<String, HeadPosition>,
    /// First words of multi-word place and organisation entries.
    pub multi_first: HashSet<&'static str>,
    /// The longest entry, in words.
    pub max_words: usize,
    /// Word prefixes of multi-word entries, so a walk stops as soon as nothing can match.
    pub prefixes: HashSet<&'static str>,
}

macro_rules! list {
    ($name:literal) => {
        include_str!(concat!("../../../assets/lists/", $name))
    };
}

/// The entries of a list: non-empty lines that are not `#` comments, split on tabs
/// (at most four fields; missing ones are empty). One pass over the bytes: start-up
/// parses about three megabytes of lists.
fn rows(data: &'static str) -> impl Iterator<Item = [&'static str; 4]> {
    let bytes = data.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || loop {
        if pos >= bytes.len() {
            return None;
        }
        let start = pos;
        let mut row = [""; 4];
        let mut field = 0;
        let mut field_start = pos;
        while pos < bytes.len() && bytes[pos] != b'\n' {
            if bytes[pos] == b'\t' {
                if field < 4 {
                    row[field] = &data[field_start..pos];
                }
                field += 1;
                field_start = pos + 1;
            }
            pos += 1;
        }
        let mut end = pos;
        if end > field_start && bytes[end - 1] == b'\r' {
            end -= 1;
        }
        if field < 4 {
            row[field] = &data[field_start..end];
        }
        pos += 1;
        if end > start && bytes[start] != b'#' {
            return Some(row);
        }
    })
}

fn gender_of(tag: &str) -> Option<Gender> {
    match tag {
        "m" => Some(Gender::Masculine),
        "f" => Some(Gender::Feminine),
        _ => None,
    }
}

impl Reference {
    /// The lists parsed into hash maps at run time, as the lexicon did before
    /// `build.rs` compiled them.
    pub fn load() -> Self {
        let mut lex = Self {
            max_words: 1,
            ..Self::default()
        };
        lex.places.reserve(95_000);
        lex.common_fr.reserve(30_000);
        lex.common_en.reserve(25_000);
        lex.given.reserve(12_000);
        for row in rows(list!("places-geonames.tsv")) {
            let kind = match row[1] {
                "capital" => PlaceKind::Capital,
                "region" => PlaceKind::Region,
                _ => PlaceKind::City,
            };
            let pop = row[2].parse().ok().unwrap_or(0);
            lex.add_place(row[0], kind, pop);
        }
        for data in [
            list!("places-geonames-small.tsv"),
            list!("places-communes-fr.tsv"),
        ] {
            for row in rows(data) {
                let pop = row[2].parse().ok().unwrap_or(0);
                lex.add_place(row[0], PlaceKind::Town, pop);
            }
        }
        for row in rows(list!("places-cldr.tsv")) {
            let kind = match row[1] {
                "country" => PlaceKind::Country,
                "continent" => PlaceKind::Continent,
                "region" => PlaceKind::Region,
                _ => PlaceKind::City,
            };
            lex.add_place(row[0], kind, 0);
        }
        for row in rows(list!("places-extra.tsv")) {
            let kind = if row[1] == "country" {
                PlaceKind::Country
            } else {
                PlaceKind::Geographic
            };
            lex.add_place(row[0], kind, 0);
        }
        let mut english = Vec::new();
        for row in rows(list!("orgs.tsv")) {
            let canonical = Some(row[1]).filter(|f| !f.is_empty()).unwrap_or(row[0]);
            if row.get(2) == Some(&"en") {
                lex.orgs.entry(row[0]).or_insert(canonical);
                english.push((row[0], canonical));
            } else {
                lex.orgs.insert(row[0], canonical);
            }
            lex.note_words(row[0]);
        }
        for (surface, canonical) in english {
            if lex.orgs.get(surface) != Some(&canonical) {
                lex.orgs_en.insert(surface, canonical);
            }
        }
        lex.add_unaccented_capitals();
        lex.demonyms
            .extend(rows(list!("demonyms.tsv")).map(|r| r[0]));
        for data in [
            list!("given-names-insee.tsv"),
            list!("given-names-census.tsv"),
            list!("given-names-hunspell.tsv"),
        ] {
            for row in rows(data) {
                let g = gender_of(row[1]);
                lex.given
                    .entry(row[0])
                    .and_modify(|old| {
                        if *old != g {
                            *old = None;
                        }
                    })
                    .or_insert(g);
            }
        }
        lex.surnames
            .extend(rows(list!("surnames-hunspell.txt")).map(|r| r[0]));
        lex.proper
            .extend(rows(list!("proper-nouns-hunspell.txt")).map(|r| r[0]));
        lex.proper_en
            .extend(rows(list!("proper-nouns-en.txt")).map(|r| r[0]));
        lex.common_acronyms
            .extend(rows(list!("acronyms-common.txt")).map(|r| r[0]));
        lex.common_fr
            .extend(rows(list!("common-fr.txt")).map(|r| r[0]));
        lex.common_en
            .extend(rows(list!("common-en.txt")).map(|r| r[0]));
        for row in rows(list!("titles.tsv")) {
            let [_, lang, g, kind] = row;
            let title = Title {
                gender: gender_of(g),
                honorific: kind == "honorific",
            };
            let key = if title.honorific {
                row[0].trim_end_matches('.').to_owned()
            } else {
                row[0].to_lowercase()
            };
            for (l, map) in [("fr", &mut lex.titles_fr), ("en", &mut lex.titles_en)] {
                if lang == l || lang == "*" {
                    map.insert(key.clone(), title);
                }
            }
        }
        for row in rows(list!("org-heads.tsv")) {
            let [_, lang, pos, _] = row;
            let pos = if pos == "tail" {
                HeadPosition::Tail
            } else {
                HeadPosition::Head
            };
            let key = row[0].trim_end_matches('.').to_lowercase();
            for (l, map) in [("fr", &mut lex.heads_fr), ("en", &mut lex.heads_en)] {
                if lang == l || lang == "*" {
                    map.entry(key.clone()).or_insert(pos);
                }
            }
        }
        lex
    }

    /// Place and organisation names also spelt without accents on capitals, where the
    /// lists have nothing of that spelling (as `build.rs` does).
    fn add_unaccented_capitals(&mut self) {
        fn plain(name: &str) -> Option<String> {
            let mut out = String::with_capacity(name.len());
            for c in name.chars() {
                match c {
                    'É' | 'È' | 'Ê' | 'Ë' => out.push('E'),
                    'À' | 'Â' | 'Ä' => out.push('A'),
                    'Î' | 'Ï' => out.push('I'),
                    'Ô' | 'Ö' => out.push('O'),
                    'Û' | 'Ü' | 'Ù' => out.push('U'),
                    'Ç' => out.push('C'),
                    'Œ' => out.push_str("Oe"),
                    'œ' => out.push_str("oe"),
                    _ => out.push(c),
                }
            }
            (out != name).then_some(out)
        }
        let known = |lex: &Self, n: &str| lex.places.contains_key(n) || lex.orgs.contains_key(n);
        let places: Vec<(String, PlaceKind, u64)> = self
            .places
            .iter()
            .filter_map(|(k, v)| {
                let pop = self.population.get(k).copied().unwrap_or(0);
                plain(k).map(|u| (u, *v, pop))
            })
            .filter(|(u, _, _)| !known(self, u))
            .collect();
        let mut orgs: Vec<(String, &'static str)> = self
            .orgs
            .iter()
            .filter_map(|(k, v)| plain(k).map(|u| (u, *v)))
            .filter(|(u, _)| !known(self, u))
            .collect();
        orgs.sort();
        for (name, kind, pop) in places {
            let name: &'static str = Box::leak(name.into_boxed_str());
            self.add_place(name, kind, pop);
        }
        for (name, canonical) in orgs {
            if !self.orgs.contains_key(name.as_str()) {
                let name: &'static str = Box::leak(name.into_boxed_str());
                self.orgs.insert(name, canonical);
                self.note_words(name);
            }
        }
    }

    fn add_place(&mut self, name: &'static str, kind: PlaceKind, pop: u64) {
        let rank = |k: PlaceKind| match k {
            PlaceKind::Country => 0,
            PlaceKind::Continent => 1,
            PlaceKind::Geographic => 2,
            PlaceKind::Capital => 3,
            PlaceKind::Region => 4,
            PlaceKind::City => 5,
            PlaceKind::Town => 6,
        };
        self.places
            .entry(name)
            .and_modify(|old| {
                if rank(kind) < rank(*old) {
                    *old = kind;
                }
            })
            .or_insert(kind);
        if pop > 0 {
            let p = self.population.entry(name).or_insert(0);
            *p = (*p).max(pop);
        }
        self.note_words(name);
    }

    fn note_words(&mut self, name: &'static str) {
        if let Some(space) = name.find(' ') {
            self.multi_first.insert(&name[..space]);
            let words = 1 + name.bytes().filter(|&b| b == b' ').count();
            self.max_words = self.max_words.max(words);
            // Every prefix a token-by-token walk can build: up to a space or a period,
            // or through an apostrophe or a period.
            for (at, c) in name.char_indices() {
                match c {
                    ' ' | '.' => {
                        self.prefixes.insert(&name[..at]);
                    }
                    _ => {}
                }
                if matches!(c, '\'' | '’' | '.') {
                    self.prefixes.insert(&name[..at + c.len_utf8()]);
                }
            }
        }
    }

    /// True when `word` (lower case) is a common word of `lang`.
    #[must_use]
    pub fn is_common(&self, lang: Lang, word: &str) -> bool {
        match lang {
            Lang::Fr => self.common_fr.contains(word),
            Lang::En => self.common_en.contains(word),
        }
    }

    /// The title or role noun `word` (as written) names in `lang`.
    #[must_use]
    pub fn title(&self, lang: Lang, word: &str) -> Option<Title> {
        let map = match lang {
            Lang::Fr => &self.titles_fr,
            Lang::En => &self.titles_en,
        };
        if let Some(t) = map.get(word) {
            return Some(t).copied();
        }
        let lower = word.to_lowercase();
        map.get(&lower).copied().filter(|t| !t.honorific)
    }

    /// Every organisation head word of either language, lower-cased.
    pub fn head_words(&self) -> impl Iterator<Item = &str> {
        self.heads_fr
            .iter()
            .chain(&self.heads_en)
            .filter(|(_, p)| **p == HeadPosition::Head)
            .map(|(w, _)| w.as_str())
    }

    /// Whether `word` opens or closes organisation names in `lang`.
    #[must_use]
    pub fn org_head(&self, lang: Lang, word: &str) -> Option<HeadPosition> {
        let map = match lang {
            Lang::Fr => &self.heads_fr,
            Lang::En => &self.heads_en,
        };
        map.get(&word.trim_end_matches('.').to_lowercase()).copied()
    }
}
