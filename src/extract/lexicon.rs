//! The word lists of `assets/lists/`, compiled by `build.rs` into hash tables that the
//! binary embeds and reads in place: start-up parses nothing.
//!
//! Every list keeps its `#` header (source, version, licence); those lines are skipped.
//! Multi-word entries are looked up by their words joined with single spaces, so a name
//! split over a line break still matches.

use super::table::{Set, Table};
use super::{Gender, Lang};
use std::sync::OnceLock;

/// What kind of place a gazetteer entry names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    /// A sovereign country or territory.
    Country,
    /// A capital city.
    Capital,
    /// A city or town.
    City,
    /// A small town or village (under 15,000 inhabitants; ranked after `City`).
    Town,
    /// A region, state, province or other subdivision.
    Region,
    /// A continent or world region.
    Continent,
    /// A sea, river, mountain range, desert, planet… (curated).
    Geographic,
}

/// A title or role noun that may stand before a person's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Title {
    /// The gender it tells, if any.
    pub gender: Option<Gender>,
    /// `M.`, `Mrs` (always before a name) rather than `ministre`, `general` (a role).
    pub honorific: bool,
}

/// Whether an organisation cue word opens or closes the name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadPosition {
    /// Ministère, Council, Parti…
    Head,
    /// Inc., Party, Times…
    Tail,
}

/// All word lists, by language where they differ.
#[derive(Debug)]
pub struct Lexicon {
    /// Place names → kind (the most important kind when a name has several).
    pub places: Table<PlaceKind>,
    /// Population of a city or region, when the gazetteer gives one.
    pub population: Table<u64>,
    /// Organisation surface form → canonical name (the French one where the languages
    /// differ).
    pub orgs: Table<&'static str>,
    /// Organisation surface form → canonical name in English text, where it is not the
    /// one `orgs` gives ("Fed": Federal Reserve, not Réserve fédérale).
    pub orgs_en: Table<&'static str>,
    /// Nationality adjectives and nouns, every form, both languages.
    pub demonyms: Set,
    /// Given names → gender (None when used for both).
    pub given: Table<Option<Gender>>,
    /// Known surnames.
    pub surnames: Set,
    /// Untyped proper nouns of the French dictionary.
    pub proper: Set,
    /// Capitalised entries of the American English dictionary: names of people, places
    /// and brands ("Rice", "Bush"), not common nouns ("Staff").
    pub proper_en: Set,
    /// All-capital acronyms that are common nouns, not organisations (ADN, PIB, TGV).
    pub common_acronyms: Set,
    /// Common lower-case words, per language.
    common_fr: Set,
    common_en: Set,
    /// Titles and role nouns (honorifics as written without a final period, roles
    /// lower-cased), per language.
    titles_fr: Table<Title>,
    titles_en: Table<Title>,
    /// Organisation head and tail words, lower-cased, per language.
    heads_fr: Table<HeadPosition>,
    heads_en: Table<HeadPosition>,
    /// First words of multi-word place and organisation entries.
    pub multi_first: Set,
    /// Organisation head words and lower-case first words of multi-word entries: the
    /// listed words a lower-case word can open a name with.
    pub lower_starters: Set,
    /// The longest entry, in words.
    pub max_words: usize,
    /// Word prefixes of multi-word entries, so a walk stops as soon as nothing can match.
    pub prefixes: Set,
}

// The tables index these; `build.rs` writes the indices in the same order.
static PLACE_KINDS: [PlaceKind; 7] = [
    PlaceKind::Country,
    PlaceKind::Capital,
    PlaceKind::City,
    PlaceKind::Town,
    PlaceKind::Region,
    PlaceKind::Continent,
    PlaceKind::Geographic,
];
static GENDERS: [Option<Gender>; 3] = [None, Some(Gender::Masculine), Some(Gender::Feminine)];
static TITLES: [Title; 6] = {
    const fn t(gender: Option<Gender>, honorific: bool) -> Title {
        Title { gender, honorific }
    }
    [
        t(None, false),
        t(None, true),
        t(Some(Gender::Masculine), false),
        t(Some(Gender::Masculine), true),
        t(Some(Gender::Feminine), false),
        t(Some(Gender::Feminine), true),
    ]
};
static HEADS: [HeadPosition; 2] = [HeadPosition::Head, HeadPosition::Tail];

// MAX_WORDS, ORG_CANONS and POPULATIONS.
include!(concat!(env!("OUT_DIR"), "/lexicon_values.rs"));

macro_rules! table {
    ($name:literal) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".bin"))
    };
}

static LEXICON: Lexicon = Lexicon {
    places: Table::new(table!("places"), &PLACE_KINDS),
    population: Table::new(table!("population"), &POPULATIONS),
    orgs: Table::new(table!("orgs"), &ORG_CANONS),
    orgs_en: Table::new(table!("orgs_en"), &ORG_CANONS),
    demonyms: Set::new(table!("demonyms")),
    given: Table::new(table!("given"), &GENDERS),
    surnames: Set::new(table!("surnames")),
    proper: Set::new(table!("proper")),
    proper_en: Set::new(table!("proper_en")),
    common_acronyms: Set::new(table!("common_acronyms")),
    common_fr: Set::new(table!("common_fr")),
    common_en: Set::new(table!("common_en")),
    titles_fr: Table::new(table!("titles_fr"), &TITLES),
    titles_en: Table::new(table!("titles_en"), &TITLES),
    heads_fr: Table::new(table!("heads_fr"), &HEADS),
    heads_en: Table::new(table!("heads_en"), &HEADS),
    multi_first: Set::new(table!("multi_first")),
    lower_starters: Set::new(table!("lower_starters")),
    max_words: MAX_WORDS,
    prefixes: Set::new(table!("prefixes")),
};

impl Lexicon {
    /// The lexicon: tables in the binary's read-only data, nothing to build.
    pub fn get() -> &'static Self {
        &LEXICON
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
        static SHAPES: [OnceLock<Shapes>; 2] = [OnceLock::new(), OnceLock::new()];
        let (map, shapes) = match lang {
            Lang::Fr => (&self.titles_fr, &SHAPES[0]),
            Lang::En => (&self.titles_en, &SHAPES[1]),
        };
        if !Shapes::of_table(shapes, map).may_hold(word) {
            return None;
        }
        if let Some(t) = map.get(word) {
            return Some(*t);
        }
        if !word.chars().any(char::is_uppercase) {
            return None;
        }
        with_lower(word, |lower| {
            map.get(lower).copied().filter(|t| !t.honorific)
        })
    }

    /// Every organisation head word of either language, lower-cased.
    #[cfg(test)]
    pub fn head_words(&self) -> impl Iterator<Item = &str> {
        self.heads_fr
            .iter()
            .chain(self.heads_en.iter())
            .filter(|(_, p)| **p == HeadPosition::Head)
            .map(|(w, _)| w)
    }

    /// Whether `word` opens or closes organisation names in `lang`.
    #[must_use]
    pub fn org_head(&self, lang: Lang, word: &str) -> Option<HeadPosition> {
        static SHAPES: [OnceLock<Shapes>; 2] = [OnceLock::new(), OnceLock::new()];
        let (map, shapes) = match lang {
            Lang::Fr => (&self.heads_fr, &SHAPES[0]),
            Lang::En => (&self.heads_en, &SHAPES[1]),
        };
        let word = word.trim_end_matches('.');
        if !Shapes::of_table(shapes, map).may_hold(word) {
            return None;
        }
        with_lower(word, |lower| map.get(lower).copied())
    }
}

/// The shapes of a table's keys, so that a word no key is shaped like is turned away
/// without hashing it, as written or lower-cased: a bit per ASCII key's length (up to 15)
/// and first and last bytes, ASCII capitals folded; and per first byte, whether any key
/// opens with it.
struct Shapes {
    bits: Box<[u64]>,
    firsts: [bool; 256],
}

impl Shapes {
    /// The shapes of `table`'s keys, worked out on first use and kept in `cell`.
    fn of_table<V>(cell: &'static OnceLock<Self>, table: &Table<V>) -> &'static Self {
        cell.get_or_init(|| Self::of(table.keys()))
    }

    fn of<'a>(keys: impl Iterator<Item = &'a str>) -> Self {
        let mut out = Self {
            bits: vec![0u64; 1 << 10].into_boxed_slice(),
            firsts: [false; 256],
        };
        for k in keys {
            let b = k.as_bytes();
            if let Some(&first) = b.first() {
                out.firsts[usize::from(first.to_ascii_lowercase())] = true;
            }
            if let Some(s) = Self::shape(b) {
                out.bits[s / 64] |= 1 << (s % 64);
            }
        }
        out
    }

    /// An ASCII word's length (up to 15) and six bits each of its first and last bytes,
    /// lower-cased: the same for a word and its lower case.
    fn shape(b: &[u8]) -> Option<usize> {
        let (&first, &last) = (b.first()?, b.last()?);
        let fold = |x: u8| usize::from(x.to_ascii_lowercase() & 0x3f);
        Some((b.len().min(15) << 12) | (fold(first) << 6) | fold(last))
    }

    /// False only when neither `word` nor its lower case can be a key. Lower-casing an
    /// ASCII word keeps its length and folds only its capitals; beyond ASCII the length
    /// may change, so only the first byte is asked, and a first byte beyond ASCII may
    /// change too, so nothing is.
    fn may_hold(&self, word: &str) -> bool {
        let b = word.as_bytes();
        let Some(&first) = b.first() else {
            return true;
        };
        if !first.is_ascii() {
            return true;
        }
        if b.is_ascii() {
            Self::shape(b).is_some_and(|s| self.bits[s / 64] >> (s % 64) & 1 != 0)
        } else {
            self.firsts[usize::from(first.to_ascii_lowercase())]
        }
    }
}

/// Calls `f` with `word` in lower case (as [`str::to_lowercase`] writes it), written on the
/// stack for the short words that lists are asked about, not into a new `String`.
pub(crate) fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    const MAX: usize = 32;
    if word.len() <= MAX && word.is_ascii() {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return f(word);
        }
        // Copied and lowered a byte at a time: a copy call costs more on words this short.
        let mut buf = [0u8; MAX];
        for (to, from) in buf.iter_mut().zip(word.bytes()) {
            *to = from.to_ascii_lowercase();
        }
        if let Ok(lower) = std::str::from_utf8(&buf[..word.len()]) {
            return f(lower);
        }
    }
    if super::token::is_plainly_lower(word) {
        return f(word);
    }
    // A capital sigma's lower case depends on where it stands in the word, which only
    // `str::to_lowercase` knows; every other character is lowered on its own.
    if word.len() <= MAX && !word.contains('Σ') {
        // No character's lower case takes more than three times its bytes.
        let mut buf = [0u8; 3 * MAX];
        let mut len = 0;
        for c in word.chars() {
            if c.is_ascii() {
                buf[len] = c.to_ascii_lowercase() as u8;
                len += 1;
                continue;
            }
            for c in c.to_lowercase() {
                let Some(room) = buf.get_mut(len..len + c.len_utf8()) else {
                    return f(&super::token::lower_case(word));
                };
                len += c.encode_utf8(room).len();
            }
        }
        if let Some(Ok(lower)) = buf.get(..len).map(std::str::from_utf8) {
            return f(lower);
        }
    }
    f(&super::token::lower_case(word))
}

#[cfg(test)]
mod answers;
#[cfg(test)]
mod reference;
#[cfg(test)]
mod tests;
