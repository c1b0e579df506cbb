//! Document-level decisions: one sense per document, and one entity per person, place
//! or organisation, however many spellings the article uses.
//!
//! A surname alone (M. Kim, Watson) joins the full name it shortens; transliteration
//! variants (Sergei Shoigu, Sergueï Choïgu, M. Choïgou) meet through
//! [`sound_key_into`](super::fold::sound_key_into). Two people who share a surname but not a first
//! name stay apart, and a surname alone goes to the one mentioned last.

use std::borrow::Cow;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::fold::{fold_into, sound_key_into};
use super::lexicon::{with_lower, Lexicon, PlaceKind};
use super::names::{Canonical, Evidence, Mention};
use super::token::{Token, TokenBits, TokenKind};
use super::{Entity, EntityKind, Gender, Lang, Span};

/// Capitalised particles that do not identify a person on their own.
const PARTICLES: &[&str] = &[
    "Le", "La", "De", "Van", "Von", "Di", "Da", "Del", "Du", "Des", "Al", "El", "Ben", "Bin",
    "Abu", "Abou", "Mac", "Ter", "Ten", "Dos", "Das",
];

/// The length in bytes of the longest of [`PARTICLES`].
const LONGEST_PARTICLE: usize = 4;

/// Strings kept once each and named by their number, so that comparing two of them
/// compares numbers. Short ones (nearly all) are kept inline, without an allocation.
#[derive(Default)]
struct Interner {
    short: HashMap<ShortKey, u32>,
    long: HashMap<Vec<u8>, u32>,
}

/// Bytes of an inline key: up to `SHORT - 1` bytes of text, then the length.
const SHORT: usize = 24;

/// An inline key as three words, hashed and compared as such: with a 32-bit number, an
/// entry takes 32 bytes.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct ShortKey(u64, u64, u64);

fn short_key(b: &[u8]) -> Option<ShortKey> {
    let len = u8::try_from(b.len())
        .ok()
        .filter(|&n| usize::from(n) < SHORT)?;
    let mut key = [0; SHORT];
    for (k, &c) in key.iter_mut().zip(b) {
        *k = c;
    }
    key[SHORT - 1] = len;
    let word = |i: usize| {
        let mut w = [0; 8];
        w.copy_from_slice(&key[i * 8..i * 8 + 8]);
        u64::from_le_bytes(w)
    };
    Some(ShortKey(word(0), word(1), word(2)))
}

impl Interner {
    fn intern(&mut self, s: &[u8]) -> usize {
        // Fewer strings than tokens, whose positions fit 32 bits.
        let next = u32::try_from(self.len()).expect("fewer strings than tokens");
        let id = if let Some(key) = short_key(s) {
            *self.short.entry(key).or_insert(next)
        } else if let Some(&id) = self.long.get(s) {
            id
        } else {
            self.long.insert(s.to_vec(), next);
            next
        };
        id as usize
    }

    fn get(&self, s: &[u8]) -> Option<usize> {
        match short_key(s) {
            Some(key) => self.short.get(&key),
            None => self.long.get(s),
        }
        .map(|&id| id as usize)
    }

    fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }
}

/// What clustering compares of one mention text.
#[derive(Clone, Copy)]
struct Form<'t> {
    /// The mention text.
    raw: &'t str,
    /// Its name words: a range of [`Forms::words`], once asked for (only people and
    /// single words need them); [`NOT_YET`] before.
    words: (u32, u32),
    /// Its folded surface, numbered in [`Forms::folds`].
    folded: u32,
    /// Its surface, an index of [`Forms::surfaces`].
    surface: u32,
}

/// The range of name words of a form whose words are not computed yet.
const NOT_YET: (u32, u32) = (u32::MAX, u32::MAX);

/// A number of [`Forms`] in 32 bits: a document has fewer distinct mention texts and
/// name words than tokens, whose positions fit 32 bits.
fn small(n: usize) -> u32 {
    u32::try_from(n).expect("fewer forms and words than tokens, within u32")
}

/// The forms of a mention computed once per distinct text: a long article repeats its
/// names hundreds of times. Name words are sound keys, numbered in `sounds`. Built by
/// [`resolve`] and used again by [`build`].
#[derive(Default)]
pub struct Forms<'t> {
    ids: HashMap<&'t str, usize>,
    forms: Vec<Form<'t>>,
    words: Vec<usize>,
    sounds: Interner,
    folds: Interner,
    /// Every distinct surface.
    surfaces: Vec<Cow<'t, str>>,
    /// The surfaces that differ from their mention text (other white space), and their
    /// index: a surface that is its own mention text is found through `ids`.
    respaced: HashMap<String, usize>,
    /// Working space.
    letters: Vec<char>,
    buf: String,
    key: Vec<u8>,
}

/// The most distinct mention texts [`Forms::for_mentions`] makes room for at once: an
/// article's all fit, and a long text's tables grow as they need.
const FORMS_ROOM: usize = 1024;

/// An empty map with room for `n` entries.
fn with_room<K, V>(n: usize) -> HashMap<K, V> {
    HashMap::with_capacity_and_hasher(n, Default::default())
}

impl<'t> Forms<'t> {
    /// Empty tables with room for the distinct texts of `mentions` mentions, so that an
    /// article's tables are allocated once rather than grown step by step.
    fn for_mentions(mentions: usize) -> Self {
        let n = mentions.min(FORMS_ROOM);
        let interner = |n: usize| Interner {
            short: with_room(n),
            long: HashMap::default(),
        };
        Self {
            ids: with_room(n),
            forms: Vec::with_capacity(n),
            words: Vec::with_capacity(n * 2),
            sounds: interner(n * 2),
            folds: interner(n),
            surfaces: Vec::with_capacity(n),
            // Room for a long name's fold and sound key at once.
            buf: String::with_capacity(64),
            key: Vec::with_capacity(32),
            ..Self::default()
        }
    }

    /// The number of the mention text at `span`.
    fn id(&mut self, text: &'t str, span: Span) -> usize {
        let raw = text.get(span.start..span.end).unwrap_or("");
        if let Some(&id) = self.ids.get(raw) {
            return id;
        }
        let surface = surface_cow(text, span);
        self.buf.clear();
        fold_into(&surface, &mut self.buf);
        let folded = self.folds.intern(self.buf.as_bytes());
        let surface = self.surface_index(surface);
        let id = self.forms.len();
        self.forms.push(Form {
            raw,
            words: NOT_YET,
            folded: small(folded),
            surface: small(surface),
        });
        self.ids.insert(raw, id);
        id
    }

    /// The index of `surface` in `surfaces`, added if new. Called only for a mention text
    /// not seen before: a surface borrowed from it is new unless a respaced one equals it.
    fn surface_index(&mut self, surface: Cow<'t, str>) -> usize {
        let found = match &surface {
            Cow::Borrowed(_) if self.respaced.is_empty() => None,
            Cow::Borrowed(s) => self.respaced.get(*s).copied(),
            Cow::Owned(s) => self.respaced.get(s).copied().or_else(|| {
                let &form = self.ids.get(s.as_str())?;
                Some(self.forms[form].surface as usize)
            }),
        };
        if let Some(index) = found {
            return index;
        }
        let index = self.surfaces.len();
        if let Cow::Owned(s) = &surface {
            self.respaced.insert(s.clone(), index);
        }
        self.surfaces.push(surface);
        index
    }

    /// The index of `surface`, if a mention seen has it.
    fn surface_of(&self, surface: &str) -> Option<usize> {
        if let Some(&index) = self.respaced.get(surface) {
            return Some(index);
        }
        // A surface that is a mention text seen is that mention's surface.
        let &form = self.ids.get(surface)?;
        Some(self.forms[form].surface as usize)
    }

    /// The words of a person's name that identify them (particles and initials left out).
    fn push_name_words(&mut self, raw: &str) {
        if raw.is_ascii() {
            // Bytes: the white space of ASCII, where `char::is_whitespace` finds it.
            for w in raw.split(|c: char| c.is_ascii_whitespace() || c == '\x0b') {
                self.push_name_word(w);
            }
        } else {
            for w in raw.split(char::is_whitespace) {
                self.push_name_word(w);
            }
        }
    }

    /// Adds the sound key of `w` if it is a word of a person's name that identifies them.
    fn push_name_word(&mut self, w: &str) {
        let upper = match w.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            Some(_) => w.chars().next().is_some_and(char::is_uppercase),
            None => false,
        };
        if !upper
            || w.trim_end_matches('.').chars().nth(1).is_none()
            || (w.len() <= LONGEST_PARTICLE && PARTICLES.contains(&w))
        {
            return;
        }
        sound_key_into(w, &mut self.letters, &mut self.key);
        if !self.key.is_empty() {
            let k = self.sounds.intern(&self.key);
            self.words.push(k);
        }
    }

    /// Computes the name words of form `id`, unless done.
    fn find_words(&mut self, id: usize) {
        let form = self.forms[id];
        if form.words == NOT_YET {
            let start = small(self.words.len());
            self.push_name_words(form.raw);
            self.forms[id].words = (start, small(self.words.len()));
        }
    }

    /// The name words of form `id`, once [`Forms::find_words`] has computed them.
    fn words(&self, id: usize) -> &[usize] {
        let (start, end) = self.forms[id].words;
        assert!(start != u32::MAX, "name words computed first");
        &self.words[start as usize..end as usize]
    }

    fn folded(&self, id: usize) -> usize {
        self.forms[id].folded as usize
    }

    fn surface(&self, id: usize) -> usize {
        self.forms[id].surface as usize
    }

    /// The number of the sound key of the whole surface of form `id`.
    fn surface_sound(&mut self, id: usize) -> usize {
        let surface = &self.surfaces[self.surface(id)];
        sound_key_into(surface, &mut self.letters, &mut self.key);
        self.sounds.intern(&self.key)
    }

    /// The number of the sound key of `w`, if any name word has it.
    fn sound_of(&mut self, w: &str) -> Option<usize> {
        sound_key_into(w, &mut self.letters, &mut self.key);
        self.sounds.get(&self.key)
    }

    /// The number of the folded form of `s`.
    fn fold_id(&mut self, s: &str) -> usize {
        self.buf.clear();
        fold_into(s, &mut self.buf);
        self.folds.intern(self.buf.as_bytes())
    }
}

/// A mention's words with its inner white space made single spaces; borrowed when it
/// already is (nearly always).
fn surface_cow(text: &str, span: Span) -> Cow<'_, str> {
    let raw = text.get(span.start..span.end).unwrap_or("");
    if single_spaced(raw) {
        return Cow::Borrowed(raw);
    }
    Cow::Owned(raw.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Whether `raw` has no white space but single spaces.
fn single_spaced(raw: &str) -> bool {
    let mut after_space = false;
    for &b in raw.as_bytes() {
        match b {
            b' ' if after_space => return false,
            b'\t'..=b'\r' => return false,
            // Lead bytes of the other white space characters (U+0085, U+00A0, U+1680,
            // U+2000 to U+205F, U+3000): decoded.
            0xc2 | 0xe1..=0xe3 => return single_spaced_chars(raw),
            _ => {}
        }
        after_space = b == b' ';
    }
    true
}

/// [`single_spaced`], decoding every character.
fn single_spaced_chars(raw: &str) -> bool {
    let mut after_space = false;
    raw.chars().all(|c| {
        let ok = if c == ' ' {
            !after_space
        } else {
            !c.is_whitespace()
        };
        after_space = c == ' ';
        ok
    })
}

/// A name that opens a line and is followed by a comma or a date: the dateline.
fn is_dateline(text: &str, toks: &[Token], m: &Mention) -> bool {
    toks.get(m.first()).is_some_and(|t| t.line_start())
        && toks.get(m.end()).is_some_and(|t| {
            !t.line_start() && (t.text(text) == "," || t.kind() == TokenKind::Number)
        })
}

fn is_place_preposition(w: &str) -> bool {
    matches!(
        w,
        "à" | "en" | "au" | "aux" | "dans" | "in" | "at" | "near" | "from" | "to"
    )
}

/// Settles what single mentions could not: guesses, one sense per document, and
/// names the first pass skipped that the document shows to be people or places.
/// Returns the forms of the mentions, for [`build`].
pub fn resolve<'t>(
    text: &'t str,
    toks: &[Token],
    lang: Lang,
    lex: &Lexicon,
    mentions: &mut Vec<Mention>,
) -> Forms<'t> {
    business_context(text, toks, mentions);
    let mut forms = Forms::for_mentions(mentions.len());
    // Form numbers in 32 bits, one per mention: a document has fewer distinct mention texts
    // than tokens, whose positions fit 32 bits.
    // Only people and single words are compared by their name words.
    let ids: Vec<u32> = mentions
        .iter()
        .map(|m| {
            let id = forms.id(text, m.span());
            if m.kind == Some(EntityKind::Person) || m.end() == m.first() + 1 {
                forms.find_words(id);
            }
            u32::try_from(id).expect("fewer forms than tokens, within u32")
        })
        .collect();
    // Words of people named in full, with strong evidence; and their surnames.
    let mut person_word = vec![false; forms.sounds.len()];
    let mut surname = vec![false; forms.sounds.len()];
    for (m, id) in mentions.iter().zip(ids.iter().map(|&id| id as usize)) {
        if m.kind != Some(EntityKind::Person) {
            continue;
        }
        let words = forms.words(id);
        let named_in_full = m.evidence == Evidence::Strong || words.len() >= 2;
        if named_in_full {
            // A full name's last word, or a surname a title vouches for (President Clinton).
            if words.len() >= 2 || (words.len() == 1 && m.evidence == Evidence::Strong) {
                surname[words[words.len() - 1]] = true;
            }
            for &w in words {
                person_word[w] = true;
            }
        }
    }
    // One sense per surface form: the kind its surest mention got.
    let mut sense: Vec<Option<(EntityKind, Evidence)>> = vec![None; forms.folds.len()];
    for (m, id) in mentions.iter().zip(ids.iter().map(|&id| id as usize)) {
        if let Some(kind) = m.kind {
            let e = &mut sense[forms.folded(id)];
            if e.is_none_or(|(_, ev)| m.evidence > ev) {
                *e = Some((kind, m.evidence));
            }
        }
    }
    // A place name the document uses for a team or an institution is that in all its
    // mentions ("Cumbria 429 for 7" … "Cumbria closed on").
    // Compared folded, so that a headline in capitals follows ("CUMBRIA CLOSE IN"); a
    // dateline ("TULSA, Oklahoma 1996-05-02") and a place of the story ("in Tulsa",
    // "HARTFORD AT TULSA": the home team's town) stay places.
    let mut place_as_org = vec![false; forms.folds.len()];
    for (m, id) in mentions.iter().zip(ids.iter().map(|&id| id as usize)) {
        if m.kind == Some(EntityKind::Organization) && m.evidence == Evidence::Strong {
            place_as_org[forms.folded(id)] = true;
        }
    }
    for (m, id) in mentions.iter_mut().zip(ids.iter().map(|&id| id as usize)) {
        if m.kind == Some(EntityKind::Place)
            && place_as_org[forms.folded(id)]
            && !is_dateline(text, toks, m)
            && !(m.first() > 0
                && matches!(toks[m.first() - 1].text(text), "in" | "In" | "at" | "AT"))
        {
            m.kind = Some(EntityKind::Organization);
        }
    }
    for (m, id) in mentions.iter_mut().zip(ids.iter().map(|&id| id as usize)) {
        let single = m.end() == m.first() + 1;
        let words = if single { forms.words(id) } else { &[] };
        let is_person_word = single && words.len() == 1 && person_word[words[0]];
        if m.evidence < Evidence::Strong && is_person_word {
            m.kind = Some(EntityKind::Person);
            continue;
        }
        // "Bill Clinton … Clinton said": a town of that name is not what the article means.
        let after_prep = m.first() > 0 && is_place_preposition(toks[m.first() - 1].text(text));
        if single
            && m.kind == Some(EntityKind::Place)
            && words.len() == 1
            && surname[words[0]]
            && !after_prep
        {
            m.kind = Some(EntityKind::Person);
            continue;
        }
        if m.kind.is_none() || m.evidence < Evidence::Strong {
            if let Some((kind, ev)) = sense[forms.folded(id)] {
                if ev > m.evidence {
                    m.kind = Some(kind);
                }
            }
        }
    }
    drop(sense);
    clubs_listed_by_town(text, toks, mentions);
    coordinate(text, toks, lang, lex, mentions);
    places_listed_after_their_noun(text, toks, mentions);
    extend_to_full_names(text, toks, mentions, &ids, &forms);
    drop(ids);
    mentions.retain(|m| m.kind.is_some());

    // Capitalised words no rule took (a surname opening a sentence) that name a person
    // of this document, or one of its places.
    let mut covered = TokenBits::new(toks.len());
    for m in mentions.iter() {
        covered.set_range(m.first()..m.end().min(toks.len()));
    }
    // A single word that a list names as a place somewhere in the document: "Vénus et
    // Saturne … Saturne, plus pâle, …". Those words are gathered when first asked for,
    // rather than read from the mentions at each question (a long text asks often).
    let listed_places = std::cell::OnceCell::new();
    let listed_place = |w: &str| {
        listed_places
            .get_or_init(|| {
                mentions
                    .iter()
                    .filter(|m| {
                        m.kind == Some(EntityKind::Place)
                            && m.evidence == Evidence::Strong
                            && m.end() == m.first() + 1
                    })
                    .map(|m| text.get(m.span().start..m.span().end).unwrap_or_default())
                    .collect::<HashSet<&str>>()
            })
            .contains(w)
    };
    let mut extra = Vec::new();
    let mut names_person: HashMap<&str, bool> = with_room(32);
    for (i, t) in toks.iter().enumerate() {
        // The flag first: most tokens are not capitalised.
        if !t.upper() || t.kind() != TokenKind::Word || covered.get(i) {
            continue;
        }
        // A word before another capitalised one is part of a name no rule took.
        let next_cap = toks
            .get(i + 1)
            .is_some_and(|n| n.kind() == TokenKind::Word && n.upper() && !n.line_start());
        if next_cap {
            continue;
        }
        let w = t.text(text);
        if w.chars().nth(1).is_none() {
            continue;
        }
        // A key of one letter ("Au", "Ai", "Eu": a vowel, then vowels) matches too many
        // words to tell a name.
        let names = *names_person.entry(w).or_insert_with(|| {
            forms
                .sound_of(w)
                .is_some_and(|k| forms.key.len() > 1 && person_word.get(k) == Some(&true))
        });
        let kind = if names {
            let common = with_lower(w, |lower| lex.is_common(lang, lower));
            if t.sentence_start()
                && common
                && !lex.given.contains_key(w)
                && !lex.places.contains_key(w)
            {
                continue;
            }
            EntityKind::Person
        } else if t.sentence_start()
            && !matches!(
                lex.places.get(w),
                None | Some(PlaceKind::City | PlaceKind::Town)
            )
            && listed_place(w)
        {
            // Only where the names pass turns away a common word that opens a sentence
            // (elsewhere its silence was a decision: "Jeux olympiques de Sydney"), and not for
            // towns, whose names are as often a person's or an office's ("Marshall said").
            EntityKind::Place
        } else {
            continue;
        };
        extra.push(Mention::new(
            t.span(),
            i..i + 1,
            Some(kind),
            Evidence::Context,
            None,
        ));
    }
    drop(covered);
    merge_in_order(mentions, &extra);
    mentions.dedup_by(|b, a| a.span().overlaps(b.span()));
    forms
}

/// Adds `extra`, in reading order, to `mentions`, leaving all in reading order and,
/// at one position, the mentions before the extra ones. Merged in place when
/// `mentions` is already in order (nearly always): a stable sort would borrow a
/// buffer half the list's size.
fn merge_in_order(mentions: &mut Vec<Mention>, extra: &[Mention]) {
    let key = |m: &Mention| (m.span().start, m.span().end);
    if !mentions.is_sorted_by_key(key) || !extra.is_sorted_by_key(key) {
        mentions.extend_from_slice(extra);
        mentions.sort_by_key(key);
        return;
    }
    let mut i = mentions.len();
    mentions.reserve_exact(extra.len());
    mentions.extend_from_slice(extra);
    // Filled from the back: slots past `i + j` are done.
    let mut j = extra.len();
    while j > 0 {
        let k = i + j - 1;
        if i > 0 && key(&mentions[i - 1]) > key(&extra[j - 1]) {
            mentions[k] = mentions[i - 1].clone();
            i -= 1;
        } else {
            mentions[k] = extra[j - 1].clone();
            j -= 1;
        }
    }
}

/// "Sein, Molène, Ouessant et Batz", "entre Pau et Luchon": names listed together
/// are of one kind, so an unknown name takes the kind of a sure neighbour in the list.
fn coordinate(text: &str, toks: &[Token], lang: Lang, lex: &Lexicon, mentions: &mut [Mention]) {
    // "de la BBC et de Velnafeed", "in Leeds and in Hull": the conjunction may repeat
    // the preposition or article that introduces the first name.
    let introducer = |t: &Token| {
        matches!(
            t.text(text),
            "de" | "du"
                | "des"
                | "d'"
                | "d’"
                | "à"
                | "au"
                | "aux"
                | "en"
                | "la"
                | "l'"
                | "l’"
                | "in"
                | "at"
                | "of"
                | "the"
        )
    };
    // The words before the second name repeat those before the first, elided or not.
    let same = |x: &Token, y: &Token| {
        let norm = |t: &Token| match t.text(text) {
            "d'" | "d’" => "de",
            "l'" | "l’" => "la",
            w => w,
        };
        norm(x) == norm(y)
    };
    let repeats_introducer = |first: usize, words: &[Token]| {
        let mut start = first;
        while start > 0 && first - start < 2 && introducer(&toks[start - 1]) {
            start -= 1;
        }
        let before = &toks[start..first];
        words.len() <= before.len() && words.iter().zip(before).all(|(x, y)| same(x, y))
    };
    // "According to the Kremlin, Putin and …", « Selon l'Élysée, Macron et … »: the comma
    // closes the attribution; no list begins there.
    let attribution = |a: &Mention| {
        let before = |back: usize| {
            a.first()
                .checked_sub(back)
                .map_or("", |k| toks[k].text(text))
        };
        let article = matches!(before(1), "le" | "la" | "les" | "l'" | "l’" | "the" | "The");
        let k = if article { 2 } else { 1 };
        matches!(before(k), "selon" | "Selon")
            || (before(k) == "to" && matches!(before(k + 1), "according" | "According"))
            || (matches!(before(k), "après" | "Après")
                && matches!(before(k + 1), "d'" | "d’" | "D'" | "D’"))
    };
    let joined = |a: &Mention, b: &Mention| {
        if b.first() <= a.end() || b.first() - a.end() > 3 {
            return false;
        }
        let gap = &toks[a.end()..b.first()];
        if gap[0].text(text) == "," && attribution(a) {
            return false;
        }
        matches!(
            gap[0].text(text),
            "," | "et" | "and" | "ou" | "or" | "/" | "&"
        ) && (gap.len() == 1 || repeats_introducer(a.first(), &gap[1..]))
            && !toks[b.first()].line_start()
    };
    let sure = |m: &Mention| m.kind.is_some() && m.evidence >= Evidence::Context;
    // "Lionel Marès en PT2, Tom Verlay en PT4": a word with digits is a category or a
    // code, never a person's name.
    // Nor is a capitalised common word that no list has as a name, beside a person ("le
    // président de la République, Paul Verant, a …": an apposition, not a list).
    let takes = |from: &Mention, to: &Mention| {
        let word = text.get(to.span().start..to.span().end).unwrap_or_default();
        to.kind.is_none()
            && !lex.demonyms.contains(word)
            && !(from.kind == Some(EntityKind::Person)
                && (word.bytes().any(|b| b.is_ascii_digit())
                    || (to.end() == to.first() + 1
                        && !lex.given.contains_key(word)
                        && !lex.surnames.contains(word)
                        && with_lower(word, |lower| lex.is_common(lang, lower)))))
    };
    for _ in 0..2 {
        for k in 1..mentions.len() {
            let (left, right) = mentions.split_at_mut(k);
            let (a, b) = (&mut left[k - 1], &mut right[0]);
            if !joined(a, b) {
                continue;
            }
            if sure(a) && takes(a, b) {
                b.kind = a.kind;
                b.evidence = Evidence::Context;
            } else if sure(b) && takes(b, a) {
                a.kind = b.kind;
                a.evidence = Evidence::Context;
            }
        }
    }
}

/// "Eloge Willy Mirengo … Eloge Willy Mirengo est connu": where a rule dropped a
/// sentence-initial first name, the capitalised word before a person's mention that
/// makes a full name the article writes elsewhere belongs to it.
/// `ids` are the forms of `mentions`.
fn extend_to_full_names(
    text: &str,
    toks: &[Token],
    mentions: &mut [Mention],
    ids: &[u32],
    forms: &Forms<'_>,
) {
    let full_names: Vec<usize> = mentions
        .iter()
        .zip(ids)
        .filter(|(m, _)| m.kind == Some(EntityKind::Person) && m.end() >= m.first() + 2)
        .map(|(_, &id)| forms.surface(id as usize))
        .collect();
    if full_names.is_empty() {
        return;
    }
    let mut full = vec![false; forms.surfaces.len()];
    for s in full_names {
        full[s] = true;
    }
    for m in mentions.iter_mut() {
        if m.kind != Some(EntityKind::Person) || m.first() == 0 || toks[m.first()].line_start() {
            continue;
        }
        let p = m.first() - 1;
        let t = &toks[p];
        if t.kind() != TokenKind::Word || !t.upper() {
            continue;
        }
        let longer = Span::new(t.span().start, m.span().end);
        if forms
            .surface_of(&surface_cow(text, longer))
            .is_some_and(|s| full[s])
        {
            m.set_span(longer);
            m.set_first(p);
        }
    }
}

/// One past the last of the mentions, from `k` on, that follow each other with one comma,
/// "et" or "and" between and that `member` accepts (`k` itself is taken as it is).
fn list_end(
    text: &str,
    toks: &[Token],
    mentions: &[Mention],
    k: usize,
    member: impl Fn(&Mention) -> bool,
) -> usize {
    let mut end = k + 1;
    while end < mentions.len() {
        let (a, b) = (&mentions[end - 1], &mentions[end]);
        let joined = b.first() > a.end()
            && b.first() - a.end() == 1
            && matches!(toks[a.end()].text(text), "," | "et" | "and")
            && member(b);
        if !joined {
            break;
        }
        end += 1;
    }
    end
}

/// "les îles de Corvo, Flores et São Bento", "the mining towns of Ely and Ruth": every
/// name of a list after a plural noun of places and "de" or "of" is a place, a first
/// name in one of them too ("São Bento").
fn places_listed_after_their_noun(text: &str, toks: &[Token], mentions: &mut [Mention]) {
    let mut k = 0;
    while k < mentions.len() {
        let first = mentions[k].first();
        let cue = first >= 2
            && matches!(toks[first - 1].text(text), "de" | "d'" | "d’" | "of")
            && super::names::PLURAL_PLACE_NOUNS.contains(&toks[first - 2].text(text));
        if !cue || mentions[k].kind == Some(EntityKind::Organization) {
            k += 1;
            continue;
        }
        let end = list_end(text, toks, mentions, k, |m| {
            m.kind != Some(EntityKind::Organization)
        });
        // A list of one is left to the rules that read its name.
        if end - k >= 2 {
            for m in &mut mentions[k..end] {
                if m.kind != Some(EntityKind::Place) {
                    m.kind = Some(EntityKind::Place);
                    m.evidence = Evidence::Context;
                }
            }
        }
        k = end;
    }
}

/// "les quatorze clubs présents : Belleville, Dieulouard et Faulx", "the teams Leeds,
/// Hull and York": towns listed right after the noun for clubs or teams name the
/// clubs, not the towns.
fn clubs_listed_by_town(text: &str, toks: &[Token], mentions: &mut [Mention]) {
    let mut k = 0;
    while k < mentions.len() {
        if mentions[k].kind != Some(EntityKind::Place) {
            k += 1;
            continue;
        }
        let first = mentions[k].first();
        // The noun, perhaps with a participle or adjective ("présents", "engagés") and a
        // colon between.
        let cue = (first.saturating_sub(3)..first).rev().find(|&c| {
            matches!(
                toks[c].text(text),
                "clubs" | "équipes" | "teams" | "formations"
            ) && toks[c + 1..first].iter().all(|t| {
                let w = t.text(text);
                w == ":" || (t.kind() == TokenKind::Word && !t.upper() && w != "de" && w != "des")
            })
        });
        if cue.is_none() {
            k += 1;
            continue;
        }
        // The list: places joined by commas and a final "et".
        let end = list_end(text, toks, mentions, k, |m| {
            m.kind == Some(EntityKind::Place)
        });
        if end - k >= 2 {
            for m in &mut mentions[k..end] {
                m.kind = Some(EntityKind::Organization);
                m.evidence = Evidence::Context;
            }
        }
        k = end;
    }
}

/// "shares of Pirelli", "Magna's profit", "Brevalco said its stake": an unknown name among
/// the words of company news is a company.
fn business_context(text: &str, toks: &[Token], mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| m.kind.is_none()) {
        let from = m.first().saturating_sub(3);
        let to = (m.end() + 4).min(toks.len());
        let near = toks[from..to]
            .iter()
            .any(|t| is_business_word(t.text(text)));
        if near {
            m.kind = Some(EntityKind::Organization);
            m.evidence = Evidence::Context;
        }
    }
}

/// The words of company and labour news.
fn is_business_word(w: &str) -> bool {
    matches!(
        w,
        "shares"
            | "share"
            | "stock"
            | "stake"
            | "profit"
            | "profits"
            | "earnings"
            | "revenue"
            | "revenues"
            | "merger"
            | "acquisition"
            | "takeover"
            | "shareholders"
            | "dividend"
            | "subsidiary"
            | "unit"
            | "company"
            | "firm"
            | "bid"
            | "sales"
            | "chairman"
            | "executive"
            | "quarter"
            | "actions"
            | "actionnaires"
            | "bénéfice"
            | "chiffre"
            | "filiale"
            | "rachat"
            | "fusion"
            | "entreprise"
            | "union"
    )
}

/// A set of numbers in order of addition, nearly always of one: kept without an
/// allocation until it has two.
#[derive(Debug)]
enum Few {
    One(usize),
    Many(Vec<usize>),
}

impl Default for Few {
    fn default() -> Self {
        Self::Many(Vec::new())
    }
}

impl Few {
    fn as_slice(&self) -> &[usize] {
        match self {
            Self::One(n) => std::slice::from_ref(n),
            Self::Many(v) => v,
        }
    }

    /// Adds `n` unless it is in already.
    fn insert(&mut self, n: usize) {
        match self {
            Self::One(a) if *a != n => *self = Self::Many(vec![*a, n]),
            Self::One(_) => {}
            Self::Many(v) if v.is_empty() => *self = Self::One(n),
            Self::Many(v) => {
                if !v.contains(&n) {
                    v.push(n);
                }
            }
        }
    }
}

#[derive(Debug)]
struct Cluster {
    kind: EntityKind,
    /// For a person named in full, its form with the most name words (a number of
    /// [`Forms`]).
    fullest: usize,
    /// Its surfaces, indices of [`Forms::surfaces`].
    forms: Few,
    mentions: Vec<Span>,
    genders: [usize; 2],
    canonical_hint: Option<&'static str>,
}

impl Cluster {
    fn new(kind: EntityKind, fullest: usize) -> Self {
        Self {
            kind,
            fullest,
            forms: Few::default(),
            // As much as a first push would take.
            mentions: Vec::with_capacity(4),
            genders: [0, 0],
            canonical_hint: None,
        }
    }

    fn add(&mut self, surface: usize, m: &Mention) {
        self.forms.insert(surface);
        self.mentions.push(m.span());
        match m.gender {
            Some(Gender::Masculine) => self.genders[0] += 1,
            Some(Gender::Feminine) => self.genders[1] += 1,
            None => {}
        }
    }

    fn into_entity(self, lex: &Lexicon, surfaces: &[Cow<'_, str>]) -> Entity {
        let forms = self.forms.as_slice().iter().map(|&f| surfaces[f].as_ref());
        let mut name = forms
            .clone()
            .enumerate()
            .max_by_key(|&(i, f)| {
                (
                    f.bytes().filter(|&b| b == b' ').count(),
                    f.len(),
                    // "Kyiv" over a dateline's or a headline's "KYIV".
                    f.bytes().any(|b| b.is_ascii_lowercase())
                        || (!f.is_ascii() && f.chars().any(char::is_lowercase)),
                    usize::MAX - i,
                )
            })
            .map(|(_, f)| f.to_owned())
            .unwrap_or_default();
        if let Some(c) = self.canonical_hint {
            if self.kind == EntityKind::Organization && c.len() > name.len() {
                name = c.to_owned();
            }
        }
        let mut aliases = Vec::with_capacity(self.forms.as_slice().len() + 1);
        aliases.push(name.clone());
        aliases.extend(forms.filter(|f| *f != name).map(str::to_owned));
        let mut mentions = self.mentions;
        // Equal spans are identical: an unstable sort gives the same list.
        mentions.sort_unstable();
        let gender = match self.genders {
            [m, f] if m > f => Some(Gender::Masculine),
            [m, f] if f > m => Some(Gender::Feminine),
            _ if self.kind == EntityKind::Person => name
                .split(' ')
                .next()
                .and_then(|w| lex.given.get(w).copied().flatten()),
            _ => None,
        };
        Entity {
            kind: self.kind,
            name,
            aliases,
            mentions,
            gender: if self.kind == EntityKind::Person {
                gender
            } else {
                None
            },
        }
    }
}

/// Groups mentions into entities: people, places, organisations, each in order of
/// first mention. `forms` are those [`resolve`] computed for the same text.
#[must_use]
pub fn build<'t>(
    text: &'t str,
    lex: &Lexicon,
    mentions: &[Mention],
    mut forms: Forms<'t>,
) -> [Vec<Entity>; 3] {
    // Room for an article's entities at once (a long text's tables grow as they need).
    let room = mentions.len().min(FORMS_ROOM);
    let mut clusters: Vec<Cluster> = Vec::with_capacity(room);
    let mut people_by_word: HashMap<usize, Few> = with_room(room);
    // People named in full, by their last name word, in order of creation.
    let mut people_by_last: HashMap<usize, Few> = with_room(room);
    let mut by_key: HashMap<(EntityKind, usize), usize> = with_room(room);
    let mut folded_canon: HashMap<&str, usize> = with_room(room);

    // People named with two words or more first: they define who is who.
    let mut pending_single = Vec::new();
    for (mi, m) in mentions.iter().enumerate() {
        if m.kind != Some(EntityKind::Person) {
            continue;
        }
        let id = forms.id(text, m.span());
        forms.find_words(id);
        let words = forms.words(id);
        if words.len() < 2 {
            pending_single.push((mi, id));
            continue;
        }
        let first = words[0];
        let last = words[words.len() - 1];
        // Every cluster listed under `last` is a person named in full whose last word
        // is `last`: its words only ever give way to longer ones with the same last word.
        let found = people_by_last.get(&last).and_then(|list| {
            list.as_slice().iter().copied().find(|&ci| {
                let cw = forms.words(clusters[ci].fullest);
                cw[0] == first || cw.len() != words.len() && cw.contains(&first)
            })
        });
        let ci = found.unwrap_or_else(|| {
            clusters.push(Cluster::new(EntityKind::Person, id));
            let ci = clusters.len() - 1;
            people_by_last.entry(last).or_default().insert(ci);
            ci
        });
        let c = &mut clusters[ci];
        if forms.words(c.fullest).len() < words.len() {
            c.fullest = id;
        }
        c.add(forms.surface(id), m);
        for &w in words {
            people_by_word.entry(w).or_default().insert(ci);
        }
    }
    // A single word joins the person it names; with several candidates, the one
    // mentioned last before it, else the first after it.
    for (mi, id) in pending_single {
        let m = &mentions[mi];
        let key = match forms.words(id).first() {
            Some(&w) => w,
            None => forms.surface_sound(id),
        };
        let ci = match people_by_word.get(&key).map(Few::as_slice) {
            Some(cands) if !cands.is_empty() => {
                // Mentions of full names were added in reading order: binary search.
                let before = cands
                    .iter()
                    .filter_map(|&c| {
                        let ms = &clusters[c].mentions;
                        let n = ms.partition_point(|s| s.start < m.span().start);
                        Some((ms.get(n.checked_sub(1)?)?.start, c))
                    })
                    .max();
                before.map_or(cands[0], |(_, c)| c)
            }
            _ => {
                clusters.push(Cluster::new(EntityKind::Person, id));
                let ci = clusters.len() - 1;
                people_by_word.entry(key).or_default().insert(ci);
                ci
            }
        };
        clusters[ci].add(forms.surface(id), m);
    }
    // Places and organisations: one entity per name (or per list canonical name).
    for m in mentions {
        let Some(kind) = m.kind else { continue };
        if kind == EntityKind::Person {
            continue;
        }
        let id = forms.id(text, m.span());
        let key = match m.canonical.map(Canonical::name) {
            Some(c) => match folded_canon.get(c) {
                Some(&k) => k,
                None => {
                    let k = forms.fold_id(c);
                    folded_canon.insert(c, k);
                    k
                }
            },
            None => match without_legal_form(text, m.span())
                .filter(|_| kind == EntityKind::Organization)
            {
                // "Harvell Corp." and "Harvell": one company.
                Some(short) => forms.fold_id(short),
                None => forms.folded(id),
            },
        };
        let ci = *by_key.entry((kind, key)).or_insert_with(|| {
            let mut c = Cluster::new(kind, id);
            c.canonical_hint = m.canonical.map(Canonical::name);
            clusters.push(c);
            clusters.len() - 1
        });
        clusters[ci].add(forms.surface(id), m);
    }
    merge_acronyms(text, &mut clusters);

    let mut out: [Vec<Entity>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    // In order of first mention. The clusters come in a few runs already in that order
    // (people named in full, other people, places and organisations), which a stable
    // sort merges; the index breaks ties as creation order did.
    let mut order: Vec<(Span, usize)> = clusters
        .iter()
        .enumerate()
        .filter_map(|(i, c)| Some((*c.mentions.iter().min()?, i)))
        .collect();
    order.sort();
    let mut clusters: Vec<Option<Cluster>> = clusters.into_iter().map(Some).collect();
    for c in order.into_iter().filter_map(|(_, i)| clusters[i].take()) {
        let slot = match c.kind {
            EntityKind::Person => 0,
            EntityKind::Place => 1,
            EntityKind::Organization => 2,
        };
        out[slot].push(c.into_entity(lex, &forms.surfaces));
    }
    out
}

/// A company's name without its legal form and the corporate words before it
/// ("Harvell International Corp." → "Harvell"), when it has one and a word is left.
fn without_legal_form(text: &str, span: Span) -> Option<&str> {
    let name = text.get(span.start..span.end)?;
    // Most names end in no legal form: their last word turns them away unsplit.
    let (_, last) = name.rsplit_once(' ')?;
    if super::orgs::legal_tail(std::iter::once(last)) == 0 {
        return None;
    }
    let words: Vec<&str> = name.split(' ').collect();
    let tail = super::orgs::legal_tail(words.get(1..)?.iter().copied());
    if tail == 0 {
        return None;
    }
    let kept = &words[..words.len() - tail];
    let end = kept.iter().map(|w| w.len()).sum::<usize>() + kept.len() - 1;
    name.get(..end).map(|n| n.trim_end_matches(','))
}

/// "Armée populaire coréenne (KPA)": an acronym in brackets right after an
/// organisation's name is another name of it.
fn merge_acronyms(text: &str, clusters: &mut [Cluster]) {
    let mut merges = Vec::new();
    let mut org_ending_at: HashMap<usize, usize> = HashMap::default();
    for (ci, c) in clusters.iter().enumerate() {
        if c.kind == EntityKind::Organization {
            for s in &c.mentions {
                org_ending_at.entry(s.end).or_insert(ci);
            }
        }
    }
    for (ai, a) in clusters.iter().enumerate() {
        if a.kind != EntityKind::Organization {
            continue;
        }
        for span in &a.mentions {
            let Some(before) = text.get(..span.start) else {
                continue;
            };
            let trimmed = before.trim_end();
            if !trimmed.ends_with('(') {
                continue;
            }
            let head = trimmed[..trimmed.len() - 1].trim_end();
            if let Some(&bi) = org_ending_at.get(&head.len()) {
                if bi != ai {
                    merges.push((ai, bi));
                }
            }
        }
    }
    for (from, into) in merges {
        if from == into || clusters[from].mentions.is_empty() {
            continue;
        }
        let moved = std::mem::take(&mut clusters[from].mentions);
        let forms = std::mem::take(&mut clusters[from].forms);
        let target = &mut clusters[into];
        target.mentions.extend(moved);
        for &f in forms.as_slice() {
            target.forms.insert(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interned_strings_keep_one_number_each_inline_or_not() {
        let mut interner = Interner::default();
        let texts: [&[u8]; 8] = [
            b"",
            b"a",
            b"a\0",
            b"exactly twenty-three by",
            b"exactly twenty-four byte",
            b"a much longer folded surface of a name",
            b"exactly twenty-three bz",
            "accentu\u{e9} \u{2019}".as_bytes(),
        ];
        let ids: Vec<usize> = texts.iter().map(|t| interner.intern(t)).collect();
        assert_eq!(ids, (0..texts.len()).collect::<Vec<_>>());
        for (t, &id) in texts.iter().zip(&ids) {
            assert_eq!(interner.intern(t), id);
            assert_eq!(interner.get(t), Some(id));
        }
        assert_eq!(interner.len(), texts.len());
        assert_eq!(interner.get(b"exactly twenty-four bytf"), None);
        assert_eq!(interner.get(b"a\0\0"), None);
    }

    #[test]
    fn no_particle_is_longer_than_the_longest() {
        let longest = PARTICLES.iter().map(|p| p.len()).max();
        assert_eq!(longest, Some(LONGEST_PARTICLE));
    }

    #[test]
    fn name_words_leave_out_particles_initials_and_lower_case() {
        let mut forms = Forms::default();
        let text = "Abou  Le J. Jean-Luc\u{a0}de Van\u{b}Émile Ab. Zoë\tAB";
        let id = forms.id(text, Span::new(0, text.len()));
        forms.find_words(id);
        let mut keys = Vec::new();
        for w in ["Jean-Luc", "Émile", "Ab.", "Zoë", "AB"] {
            keys.push(forms.sound_of(w).expect("a name word"));
        }
        assert_eq!(forms.words(id), keys);
        let ascii = "Abou  Le J. Jean-Luc\rde Van\u{b}Emile Ab. Zoe\tAB";
        let ascii_id = forms.id(ascii, Span::new(0, ascii.len()));
        forms.find_words(ascii_id);
        assert_eq!(forms.words(ascii_id), keys);
        assert_eq!(
            forms.surfaces[forms.surface(id)],
            "Abou Le J. Jean-Luc de Van Émile Ab. Zoë AB"
        );
    }

    #[test]
    fn single_spaced_agrees_with_decoding() {
        for s in [
            "",
            " ",
            "  ",
            "a b",
            "a  b",
            " a",
            "a ",
            "a\tb",
            "a\u{b}b",
            "Zoë Côte",
            "a\u{a0}b",
            "a\u{2009}b",
            "d’Ivoire",
            "a\u{3000}b",
            "a\u{85}b",
            "«a»",
            "a \u{a0}b",
            "a\u{1680}",
        ] {
            assert_eq!(single_spaced(s), single_spaced_chars(s), "{s:?}");
        }
    }

    #[test]
    fn few_keeps_each_number_once_in_order() {
        let mut few = Few::default();
        assert!(few.as_slice().is_empty());
        for n in [3, 3, 1, 3, 2, 1] {
            few.insert(n);
        }
        assert_eq!(few.as_slice(), [3, 1, 2]);
    }

    #[test]
    fn respaced_mentions_share_their_surface() {
        let text = "Jean  Dupont, Jean Dupont, Jean\nDupont, Paul Dupont, Jean Dupont";
        let spans = [(0, 12), (14, 25), (27, 38), (40, 51), (53, 64)];
        for order in [[0, 1, 2, 3, 4], [1, 0, 2, 3, 4], [3, 2, 0, 1, 4]] {
            let mut forms = Forms::default();
            let surface: Vec<usize> = order
                .iter()
                .map(|&i| {
                    let (start, end) = spans[i];
                    let id = forms.id(text, Span::new(start, end));
                    (i, forms.surface(id))
                })
                .collect::<std::collections::BTreeMap<_, _>>()
                .into_values()
                .collect();
            assert_eq!(surface[0], surface[1]);
            assert_eq!(surface[1], surface[2]);
            assert_eq!(surface[1], surface[4]);
            assert_ne!(surface[1], surface[3]);
            assert_eq!(forms.surfaces[surface[0]], "Jean Dupont");
            assert_eq!(forms.surfaces.len(), 2);
            assert_eq!(forms.surface_of("Jean Dupont"), Some(surface[0]));
            assert_eq!(forms.surface_of("Paul Dupont"), Some(surface[3]));
            assert_eq!(forms.surface_of("Jean"), None);
        }
    }
}
