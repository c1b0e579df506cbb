//! Compiles the word lists of `assets/lists/` into the lookup tables the binary embeds
//! (see `src/extract/table.rs` for the layout and `src/extract/lexicon.rs` for how they
//! are read), so start-up parses nothing.
//!
//! The rules are the lexicon's: a place named by several lists keeps its most important
//! kind and its largest population; a given name the lists disagree on is used for both
//! genders; titles and organisation heads are keyed per language; the first words and
//! word prefixes of multi-word places and organisations are kept for token walks.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[path = "src/extract/table.rs"]
mod table;

#[path = "src/extract/speech_forms.rs"]
mod speech_forms;

const LISTS: &str = "assets/lists";

/// Keys in first-seen order (the tables are written in that order, so builds are
/// reproducible) with their values.
struct Ordered<V> {
    keys: Vec<String>,
    values: Vec<V>,
    index: HashMap<String, usize>,
}

impl<V> Ordered<V> {
    fn new() -> Self {
        Self {
            keys: Vec::new(),
            values: Vec::new(),
            index: HashMap::new(),
        }
    }

    fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        let i = *self.index.get(key)?;
        Some(&mut self.values[i])
    }

    /// Sets `key` to `value`, or lets `merge` update the value already there.
    fn upsert(&mut self, key: &str, value: V, merge: impl FnOnce(&mut V, V)) {
        if let Some(old) = self.get_mut(key) {
            merge(old, value);
        } else {
            self.index.insert(key.to_owned(), self.keys.len());
            self.keys.push(key.to_owned());
            self.values.push(value);
        }
    }

    fn insert(&mut self, key: &str, value: V) {
        self.upsert(key, value, |old, new| *old = new);
    }

    fn or_insert(&mut self, key: &str, value: V) {
        self.upsert(key, value, |_, _| {});
    }
}

impl Ordered<()> {
    fn add(&mut self, key: &str) {
        self.or_insert(key, ());
    }
}

/// The entries of a list: non-empty lines that are not `#` comments, split on tabs (at
/// most four fields; missing ones are empty).
fn rows(data: &str) -> Vec<[&str; 4]> {
    let mut out = Vec::new();
    for line in data.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut row = [""; 4];
        for (slot, field) in row.iter_mut().zip(line.split('\t')) {
            *slot = field;
        }
        out.push(row);
    }
    out
}

/// Index in `PLACE_KINDS` of `lexicon.rs`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Country = 0,
    Capital = 1,
    City = 2,
    Town = 3,
    Region = 4,
    Continent = 5,
    Geographic = 6,
}

impl Kind {
    /// Which kind wins when a name has several (lowest first).
    fn rank(self) -> u8 {
        match self {
            Kind::Country => 0,
            Kind::Continent => 1,
            Kind::Geographic => 2,
            Kind::Capital => 3,
            Kind::Region => 4,
            Kind::City => 5,
            Kind::Town => 6,
        }
    }
}

/// Index in `GENDERS` of `lexicon.rs`: unknown or both, masculine, feminine.
fn gender_of(tag: &str) -> u8 {
    match tag {
        "m" => 1,
        "f" => 2,
        _ => 0,
    }
}

struct Lists {
    places: Ordered<Kind>,
    population: Ordered<u64>,
    /// Surface → canonical name, in French text (and in English text where `orgs_en`
    /// has no other).
    orgs: Ordered<String>,
    /// Surface → canonical name in English text, where it differs from the French one
    /// ("Fed": Federal Reserve, Réserve fédérale).
    orgs_en: Ordered<String>,
    demonyms: Ordered<()>,
    given: Ordered<u8>,
    surnames: Ordered<()>,
    proper: Ordered<()>,
    proper_en: Ordered<()>,
    common_acronyms: Ordered<()>,
    common_fr: Ordered<()>,
    common_en: Ordered<()>,
    /// Index in `TITLES` of `lexicon.rs`: gender × 2 + honorific.
    titles_fr: Ordered<u8>,
    titles_en: Ordered<u8>,
    /// 0 head, 1 tail.
    heads_fr: Ordered<u8>,
    heads_en: Ordered<u8>,
    multi_first: Ordered<()>,
    prefixes: Ordered<()>,
    max_words: usize,
}

impl Lists {
    fn add_place(&mut self, name: &str, kind: Kind, pop: u64) {
        self.places.upsert(name, kind, |old, new| {
            if new.rank() < old.rank() {
                *old = new;
            }
        });
        if pop > 0 {
            self.population
                .upsert(name, pop, |old, new| *old = (*old).max(new));
        }
        self.note_words(name);
    }

    fn note_words(&mut self, name: &str) {
        if let Some(space) = name.find(' ') {
            self.multi_first.add(&name[..space]);
            let words = 1 + name.bytes().filter(|&b| b == b' ').count();
            self.max_words = self.max_words.max(words);
            // Every prefix a token-by-token walk can build: up to a space or a period,
            // or through an apostrophe or a period.
            for (at, c) in name.char_indices() {
                if matches!(c, ' ' | '.') {
                    self.prefixes.add(&name[..at]);
                }
                if matches!(c, '\'' | '’' | '.') {
                    self.prefixes.add(&name[..at + c.len_utf8()]);
                }
            }
        }
    }
}

/// "Evreux", "Etat islamique", "Ile-de-France": French often drops the accents of
/// capital letters (and writes Œ as Oe), so place and organisation names are also
/// listed that way, unless the plain spelling already names something else.
fn unaccented_capitals(name: &str) -> Option<String> {
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

fn add_unaccented_capitals(l: &mut Lists) {
    // Variants are added only where the lists have nothing of that spelling; several
    // accented names with one plain spelling merge as list entries do (the surest kind,
    // the largest population; for organisations, the first canonical name in order).
    let known = |l: &Lists, name: &str| {
        l.places.index.contains_key(name) || l.orgs.index.contains_key(name)
    };
    let mut places: Vec<(String, Kind, u64)> = l
        .places
        .keys
        .iter()
        .zip(&l.places.values)
        .filter_map(|(k, v)| {
            let pop = l
                .population
                .index
                .get(k)
                .map_or(0, |&i| l.population.values[i]);
            unaccented_capitals(k).map(|u| (u, *v, pop))
        })
        .filter(|(u, _, _)| !known(l, u))
        .collect();
    let mut orgs: Vec<(String, String)> = l
        .orgs
        .keys
        .iter()
        .zip(&l.orgs.values)
        .filter_map(|(k, v)| unaccented_capitals(k).map(|u| (u, v.clone())))
        .filter(|(u, _)| !known(l, u))
        .collect();
    orgs.sort();
    places.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, kind, pop) in places {
        l.add_place(&name, kind, pop);
    }
    for (name, canonical) in orgs {
        if !l.orgs.index.contains_key(&name) {
            l.orgs.insert(&name, canonical);
            l.note_words(&name);
        }
    }
}

fn read(name: &str) -> String {
    let path = Path::new(LISTS).join(name);
    println!("cargo:rerun-if-changed={}", path.display());
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn parse() -> Lists {
    let mut l = Lists {
        places: Ordered::new(),
        population: Ordered::new(),
        orgs: Ordered::new(),
        orgs_en: Ordered::new(),
        demonyms: Ordered::new(),
        given: Ordered::new(),
        surnames: Ordered::new(),
        proper: Ordered::new(),
        proper_en: Ordered::new(),
        common_acronyms: Ordered::new(),
        common_fr: Ordered::new(),
        common_en: Ordered::new(),
        titles_fr: Ordered::new(),
        titles_en: Ordered::new(),
        heads_fr: Ordered::new(),
        heads_en: Ordered::new(),
        multi_first: Ordered::new(),
        prefixes: Ordered::new(),
        max_words: 1,
    };
    let pop = |field: &str| field.parse().ok().unwrap_or(0);
    for row in rows(&read("places-geonames.tsv")) {
        let kind = match row[1] {
            "capital" => Kind::Capital,
            "region" => Kind::Region,
            _ => Kind::City,
        };
        l.add_place(row[0], kind, pop(row[2]));
    }
    for name in ["places-geonames-small.tsv", "places-communes-fr.tsv"] {
        for row in rows(&read(name)) {
            l.add_place(row[0], Kind::Town, pop(row[2]));
        }
    }
    for row in rows(&read("places-cldr.tsv")) {
        let kind = match row[1] {
            "country" => Kind::Country,
            "continent" => Kind::Continent,
            "region" => Kind::Region,
            _ => Kind::City,
        };
        l.add_place(row[0], kind, 0);
    }
    for row in rows(&read("places-extra.tsv")) {
        let kind = if row[1] == "country" {
            Kind::Country
        } else {
            Kind::Geographic
        };
        l.add_place(row[0], kind, 0);
    }
    // A surface listed for both languages with two canonical names keeps the French
    // one in `orgs` and the English one in `orgs_en`.
    let mut english: Vec<(String, String)> = Vec::new();
    for row in rows(&read("orgs.tsv")) {
        let canonical = Some(row[1]).filter(|f| !f.is_empty()).unwrap_or(row[0]);
        if row.get(2) == Some(&"en") {
            l.orgs.or_insert(row[0], canonical.to_owned());
            english.push((row[0].to_owned(), canonical.to_owned()));
        } else {
            l.orgs.insert(row[0], canonical.to_owned());
        }
        l.note_words(row[0]);
    }
    for (surface, canonical) in english {
        let main = l.orgs.index.get(&surface).map(|&i| &l.orgs.values[i]);
        if main != Some(&canonical) {
            l.orgs_en.insert(&surface, canonical);
        }
    }
    add_unaccented_capitals(&mut l);
    for row in rows(&read("demonyms.tsv")) {
        l.demonyms.add(row[0]);
    }
    for name in [
        "given-names-insee.tsv",
        "given-names-census.tsv",
        "given-names-hunspell.tsv",
    ] {
        for row in rows(&read(name)) {
            l.given.upsert(row[0], gender_of(row[1]), |old, new| {
                if *old != new {
                    *old = 0;
                }
            });
        }
    }
    for (name, set) in [
        ("surnames-hunspell.txt", &mut l.surnames),
        ("proper-nouns-hunspell.txt", &mut l.proper),
        ("proper-nouns-en.txt", &mut l.proper_en),
        ("acronyms-common.txt", &mut l.common_acronyms),
        ("common-fr.txt", &mut l.common_fr),
        ("common-en.txt", &mut l.common_en),
    ] {
        for row in rows(&read(name)) {
            set.add(row[0]);
        }
    }
    for row in rows(&read("titles.tsv")) {
        let [word, lang, g, kind] = row;
        let honorific = kind == "honorific";
        let value = gender_of(g) * 2 + u8::from(honorific);
        let key = if honorific {
            word.trim_end_matches('.').to_owned()
        } else {
            word.to_lowercase()
        };
        for (l, map) in [("fr", &mut l.titles_fr), ("en", &mut l.titles_en)] {
            if lang == l || lang == "*" {
                map.insert(&key, value);
            }
        }
    }
    for row in rows(&read("org-heads.tsv")) {
        let [word, lang, pos, _] = row;
        let value = u8::from(pos == "tail");
        let key = word.trim_end_matches('.').to_lowercase();
        for (l, map) in [("fr", &mut l.heads_fr), ("en", &mut l.heads_en)] {
            if lang == l || lang == "*" {
                map.or_insert(&key, value);
            }
        }
    }
    l
}

/// The narrowest width that holds every index below `count`.
fn width(count: usize) -> u8 {
    match count {
        0..=1 => 0,
        2..=0x100 => 1,
        0x101..=0x1_0000 => 2,
        _ => 4,
    }
}

fn write_table(out: &Path, name: &str, keys: &[String], values: &[u32], count: usize) {
    let entries: Vec<(&str, u32)> = keys
        .iter()
        .map(String::as_str)
        .zip(values.iter().copied())
        .collect();
    let bytes = table::write(&entries, width(count));
    std::fs::write(out.join(format!("{name}.bin")), bytes).expect("table written");
}

fn write_set(out: &Path, name: &str, set: &Ordered<()>) {
    write_table(out, name, &set.keys, &vec![0; set.keys.len()], 1);
}

fn write_small(out: &Path, name: &str, map: &Ordered<u8>, count: usize) {
    let values: Vec<u32> = map.values.iter().map(|&v| u32::from(v)).collect();
    write_table(out, name, &map.keys, &values, count);
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/extract/table.rs");
    println!("cargo:rerun-if-changed=src/extract/speech_forms.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let l = parse();

    let kinds: Vec<u32> = l.places.values.iter().map(|&k| k as u32).collect();
    write_table(&out, "places", &l.places.keys, &kinds, 7);

    // Values with many distinct members live in generated arrays the tables index.
    let mut pops: Vec<u64> = l.population.values.clone();
    pops.sort_unstable();
    pops.dedup();
    let pop_index: Vec<u32> = l
        .population
        .values
        .iter()
        .map(|p| pops.binary_search(p).unwrap_or(0) as u32)
        .collect();
    write_table(
        &out,
        "population",
        &l.population.keys,
        &pop_index,
        pops.len(),
    );

    let mut canons: Vec<String> = Vec::new();
    let mut canon_index = HashMap::new();
    let mut index_of = |values: &[String]| -> Vec<u32> {
        values
            .iter()
            .map(|c| {
                *canon_index.entry(c.clone()).or_insert_with(|| {
                    canons.push(c.clone());
                    canons.len() as u32 - 1
                })
            })
            .collect()
    };
    let org_index = index_of(&l.orgs.values);
    let org_en_index = index_of(&l.orgs_en.values);
    write_table(&out, "orgs", &l.orgs.keys, &org_index, canons.len());
    write_table(
        &out,
        "orgs_en",
        &l.orgs_en.keys,
        &org_en_index,
        canons.len(),
    );

    // Lower-case words that may open a name: organisation head words and the first
    // words of listed names written in lower case ("mer Noire").
    let mut lower_starters: Ordered<()> = Ordered::new();
    for map in [&l.heads_fr, &l.heads_en] {
        for (w, &pos) in map.keys.iter().zip(&map.values) {
            if pos == 0 {
                lower_starters.add(w);
            }
        }
    }
    for w in &l.multi_first.keys {
        if w.chars().next().is_some_and(char::is_lowercase) {
            lower_starters.add(w);
        }
    }
    write_set(&out, "lower_starters", &lower_starters);

    for (name, list, french) in [
        ("speech_verbs_fr", "speech-verbs-fr.txt", true),
        ("speech_verbs_en", "speech-verbs-en.txt", false),
    ] {
        let mut set: Ordered<()> = Ordered::new();
        for form in speech_forms::forms(&read(list), french) {
            set.add(&form);
        }
        write_set(&out, name, &set);
    }

    write_small(&out, "given", &l.given, 3);
    write_small(&out, "titles_fr", &l.titles_fr, 6);
    write_small(&out, "titles_en", &l.titles_en, 6);
    write_small(&out, "heads_fr", &l.heads_fr, 2);
    write_small(&out, "heads_en", &l.heads_en, 2);
    for (name, set) in [
        ("demonyms", &l.demonyms),
        ("surnames", &l.surnames),
        ("proper", &l.proper),
        ("proper_en", &l.proper_en),
        ("common_acronyms", &l.common_acronyms),
        ("common_fr", &l.common_fr),
        ("common_en", &l.common_en),
        ("multi_first", &l.multi_first),
        ("prefixes", &l.prefixes),
    ] {
        write_set(&out, name, set);
    }

    let mut rs = String::new();
    writeln!(rs, "const MAX_WORDS: usize = {};", l.max_words).ok();
    writeln!(rs, "static ORG_CANONS: [&str; {}] = [", canons.len()).ok();
    for c in &canons {
        writeln!(rs, "    {c:?},").ok();
    }
    writeln!(rs, "];").ok();
    writeln!(rs, "static POPULATIONS: [u64; {}] = [", pops.len()).ok();
    for chunk in pops.chunks(16) {
        let line: Vec<String> = chunk.iter().map(u64::to_string).collect();
        writeln!(rs, "    {},", line.join(", ")).ok();
    }
    writeln!(rs, "];").ok();
    std::fs::write(out.join("lexicon_values.rs"), rs).expect("values written");
}
