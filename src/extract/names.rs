//! Finding names: each capitalised run of words becomes a person, a place, an
//! organisation, or nothing, by list lookups and by the words around it.
//!
//! The rules run left to right over the token stream. A run that starts with a word
//! that should not be part of a name (a sentence-initial common word, an article, a
//! title) is retried one word further on, so "Le ministre Sergueï Choïgu" yields the
//! person with the title left out. What one mention cannot decide alone is settled for
//! the whole document in [`super::cluster`].

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::lexicon::{with_lower, HeadPosition, Lexicon, PlaceKind};
use super::token::{latin1_letter, token_spanning, Token, TokenBits, TokenKind};
use super::{EntityKind, Gender, Lang, Span};

/// How sure a mention's kind is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Evidence {
    /// A capitalised word nothing else speaks for; kept for document-level decisions.
    Guess,
    /// A pattern or context word (place preposition, unknown capitalised run).
    Context,
    /// A list or a title says so.
    Strong,
}

/// An organisation's canonical name, as the list holds it: the place of the list's entry,
/// in 32 bits, where a reference would take a word and the name itself two, in every
/// mention (and no place is 0, so that no canonical name takes no room either).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Canonical(std::num::NonZeroU32);

impl Canonical {
    /// Marks a place in the English table (`Lexicon::orgs_en`); no table comes near
    /// 2^31 entries.
    const ENGLISH: u32 = 1 << 31;

    /// The canonical name the organisation list gives `key` in `lang`'s text, if it
    /// lists the key.
    fn of(lex: &Lexicon, lang: Lang, key: &str) -> Option<Self> {
        let english = (lang == Lang::En)
            .then(|| lex.orgs_en.index_of(key))
            .flatten();
        let (table, mark, index) = match english {
            Some(index) => (&lex.orgs_en, Self::ENGLISH, index),
            None => (&lex.orgs, 0, lex.orgs.index_of(key)?),
        };
        table.value(index)?;
        let place = u32::try_from(index + 1).ok()?;
        std::num::NonZeroU32::new(place | mark).map(Self)
    }

    /// The name (the lexicon is the one [`Lexicon::get`] gives: there is no other).
    #[must_use]
    pub fn name(self) -> &'static str {
        let lex = Lexicon::get();
        let raw = self.0.get();
        let (table, place) = if raw & Self::ENGLISH == 0 {
            (&lex.orgs, raw)
        } else {
            (&lex.orgs_en, raw & !Self::ENGLISH)
        };
        table.value(place as usize - 1).copied().unwrap_or_default()
    }
}

/// One name found in the text, before clustering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// First byte of the name, without title or article (the tokenizer starts no token past
    /// 4 GiB of text, so every offset it gives fits in 32 bits).
    start: u32,
    /// One past its last byte.
    stop: u32,
    /// First token of the name.
    first: u32,
    /// One past its last token.
    end: u32,
    /// What it is, when known.
    pub kind: Option<EntityKind>,
    /// How sure that is.
    pub evidence: Evidence,
    /// Gender told by a title or a first name.
    pub gender: Option<Gender>,
    /// The list's canonical name for an organisation (ONU → Organisation des Nations unies).
    pub canonical: Option<Canonical>,
}

/// A token index as a mention stores it. The tokenizer starts no token past 4 GiB of text,
/// so a document has fewer than `u32::MAX` tokens and every index and end fits.
fn token_index(i: usize) -> u32 {
    u32::try_from(i).expect("the tokenizer keeps token indices within u32")
}

/// A byte offset as a mention stores it: within the 4 GiB the tokenizer reads.
fn text_offset(i: usize) -> u32 {
    u32::try_from(i).expect("the tokenizer keeps byte offsets within u32")
}

impl Mention {
    /// The name held by tokens `tokens` at `span`, without a canonical name.
    #[must_use]
    pub fn new(
        span: Span,
        tokens: std::ops::Range<usize>,
        kind: Option<EntityKind>,
        evidence: Evidence,
        gender: Option<Gender>,
    ) -> Self {
        Self {
            start: text_offset(span.start),
            stop: text_offset(span.end),
            first: token_index(tokens.start),
            end: token_index(tokens.end),
            kind,
            evidence,
            gender,
            canonical: None,
        }
    }

    /// The name's bytes, without title or article.
    #[must_use]
    pub const fn span(&self) -> Span {
        Span::new(self.start as usize, self.stop as usize)
    }

    /// Moves its bytes (its tokens are the caller's to match).
    pub fn set_span(&mut self, span: Span) {
        self.start = text_offset(span.start);
        self.stop = text_offset(span.end);
    }

    /// First token of the name.
    #[must_use]
    pub const fn first(&self) -> usize {
        self.first as usize
    }

    /// One past its last token.
    #[must_use]
    pub const fn end(&self) -> usize {
        self.end as usize
    }

    /// Its tokens, `first()..end()`.
    #[must_use]
    pub const fn tokens(&self) -> std::ops::Range<usize> {
        self.first()..self.end()
    }

    /// Moves its first token (its span is the caller's to match).
    pub fn set_first(&mut self, first: usize) {
        self.first = token_index(first);
    }

    /// Moves its end (its span is the caller's to match).
    pub fn set_end(&mut self, end: usize) {
        self.end = token_index(end);
    }
}

/// `list.contains(&w)`, comparing lengths, then bytes, inline: a call to `memcmp` for
/// every entry of the same length costs more than these short words.
#[inline]
fn listed(list: &[&str], w: &str) -> bool {
    let w = w.as_bytes();
    list.iter().any(|e| {
        let e = e.as_bytes();
        e.len() == w.len() && e.iter().zip(w).all(|(a, b)| a == b)
    })
}

/// A word list with the shapes of its words (per first byte, a bit per length in bytes,
/// 63 for any longer), worked out at compile time: most words are turned away by one
/// table read, and only a word shaped like an entry scans the list.
struct Words {
    list: &'static [&'static str],
    shapes: [u64; 256],
}

impl Words {
    const fn new(list: &'static [&'static str]) -> Self {
        let mut shapes = [0u64; 256];
        let mut k = 0;
        while k < list.len() {
            let w = list[k].as_bytes();
            if !w.is_empty() {
                let len = if w.len() < 63 { w.len() } else { 63 };
                shapes[w[0] as usize] |= 1 << len;
            }
            k += 1;
        }
        Self { list, shapes }
    }

    /// `list.contains(&w)`.
    #[inline]
    fn has(&self, w: &str) -> bool {
        let b = w.as_bytes();
        match b.first() {
            Some(&f) => {
                self.shapes[usize::from(f)] >> b.len().min(63) & 1 != 0 && listed(self.list, w)
            }
            None => listed(self.list, w),
        }
    }
}

/// Plural nouns of places that introduce names of places: "les villes de Lens et
/// Liévin", "the islands of Ely and Ruth".
pub(crate) const PLURAL_PLACE_NOUNS: &[&str] = &[
    "villes",
    "communes",
    "villages",
    "localités",
    "régions",
    "provinces",
    "départements",
    "quartiers",
    "cantons",
    "districts",
    "îles",
    "towns",
    "cities",
    "counties",
    "regions",
    "islands",
];

/// Lower-case nouns that open a place's name: "place de la République", "lake Geneva".
const PLACE_NOUNS_FR: &[&str] = &[
    "rue",
    "avenue",
    "boulevard",
    "place",
    "parc",
    "pont",
    "quai",
    "gare",
    "aéroport",
    "stade",
    "salle",
    "lac",
    "mont",
    "île",
    "îles",
    "forêt",
    "col",
    "baie",
    "golfe",
    "mer",
    "canal",
    "désert",
    "plaine",
    "plateau",
    "cap",
    "détroit",
    "péninsule",
    "presqu'île",
    "allée",
    "impasse",
    "chemin",
    "square",
    "cours",
    "esplanade",
    "jardin",
    "jardins",
    "port",
    "océan",
    "fleuve",
    "rivière",
    "cité",
    "autoroute",
    "vallée",
    "bois",
    "crête",
    "cratère",
    "volcan",
    "colline",
    "montagne",
    "marais",
    "étang",
    "glacier",
];
const PLACE_NOUNS_EN: &[&str] = &[
    "lake", "mount", "river", "gulf", "bay", "sea", "ocean", "cape",
];

/// The only lower-case words a name can start with: place nouns, organisation heads
/// and the first words of listed names ("mer Noire"). Every other lower-case word is
/// passed over with one lookup.
fn lower_starters(lex: &Lexicon) -> &'static Starters {
    static SET: std::sync::OnceLock<Starters> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let mut words: HashSet<String> = PLACE_NOUNS_FR
            .iter()
            .chain(PLACE_NOUNS_EN)
            .chain(LEADER_NOUNS_FR)
            .map(|w| (*w).to_owned())
            .collect();
        // Head words and lower-case first words of listed names, gathered by the build.
        words.extend(lex.lower_starters.iter().map(str::to_owned));
        let mut shapes = [0u64; 256];
        for w in &words {
            if let Some(&first) = w.as_bytes().first() {
                shapes[usize::from(first)] |= 1 << w.len().min(63);
            }
        }
        Starters { words, shapes }
    })
}

/// The lower-case words that may open a name, with the first bytes and lengths they
/// come in, so that most other words are passed over without hashing them.
struct Starters {
    words: HashSet<String>,
    /// Per first byte, a bit per length (63 for any longer).
    shapes: [u64; 256],
}

impl Starters {
    fn contains(&self, w: &str) -> bool {
        let b = w.as_bytes();
        let shaped = b
            .first()
            .is_none_or(|&f| self.shapes[usize::from(f)] >> b.len().min(63) & 1 != 0);
        shaped && self.words.contains(w)
    }
}

/// How many "de + common noun" complements an organisation's name may take
/// ("Conseil national de la sécurité des transports").
const MAX_LOWER_COMPLEMENTS: usize = 3;

/// The longest name, in tokens, a rule will build.
const MAX_NAME_TOKENS: usize = 16;

/// Lower-case words that join the parts of a person's name.
static PARTICLES: Words = Words::new(NAME_PARTICLES);
const NAME_PARTICLES: &[&str] = &[
    "de", "du", "des", "d'", "d’", "von", "van", "der", "den", "ter", "ten", "zu", "bin", "ben",
    "ibn", "bint", "al", "el", "da", "di", "dos", "das", "del", "della", "de la", "y", "e", "af",
    "abu", "ould",
];

/// Lower-case words that join the parts of a place or organisation name.
const ORG_LINKS_FR: &[&str] = &[
    "de", "du", "des", "d'", "d’", "de la", "de l'", "de l’", "pour", "sur", "aux",
];
const ORG_LINKS_EN: &[&str] = &["of", "for", "on", "and", "de", "the", "&"];

/// Words that, before an unknown name, make it a place.
const PLACE_PREPS_FR: &[&str] = &["à", "en", "au", "aux", "dans", "vers", "depuis", "près"];
const PLACE_PREPS_EN: &[&str] = &["in", "at", "near", "from", "outside", "across"];

/// Articles and determiners that never start a name on their own: the list
/// [`is_determiner`] matches (a test keeps the two alike).
#[cfg(test)]
const DETERMINERS: &[&str] = &[
    "Le", "La", "Les", "L'", "L’", "Un", "Une", "Des", "Du", "De", "Ce", "Cette", "Ces", "Son",
    "Sa", "Ses", "The", "A", "An", "This", "That", "These", "Those", "His", "Her", "Its", "Their",
    "Our", "My", "Mon", "Ma", "Mes", "Notre", "Nos", "Leur", "Leurs",
];

/// An English compound adjective that describes a body by its seat, owners or leaders
/// ("Ontario-based", "family-owned", "Union-led").
fn is_body_adjective(w: &str) -> bool {
    let Some((_, tail)) = w.rsplit_once('-') else {
        return false;
    };
    matches!(
        tail,
        "based" | "owned" | "controlled" | "run" | "listed" | "led" | "funded" | "headquartered"
    )
}

/// Whether `w` is one of the articles and determiners that never start a name on their
/// own, matched on its bytes (by length first) rather than by a scan of the list.
fn is_determiner(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        b"Le"
            | b"La"
            | b"Les"
            | b"L'"
            | b"L\xE2\x80\x99"
            | b"Un"
            | b"Une"
            | b"Des"
            | b"Du"
            | b"De"
            | b"Ce"
            | b"Cette"
            | b"Ces"
            | b"Son"
            | b"Sa"
            | b"Ses"
            | b"The"
            | b"A"
            | b"An"
            | b"This"
            | b"That"
            | b"These"
            | b"Those"
            | b"His"
            | b"Her"
            | b"Its"
            | b"Their"
            | b"Our"
            | b"My"
            | b"Mon"
            | b"Ma"
            | b"Mes"
            | b"Notre"
            | b"Nos"
            | b"Leur"
            | b"Leurs"
    )
}

/// Adjective endings that let a lower-case word continue an organisation name
/// (Parti socialiste, Armée populaire coréenne, Conseil constitutionnel): the whole list,
/// which [`endings_closing_on`] hands out by last byte (a test keeps the two alike).
#[cfg(test)]
const ADJECTIVE_ENDINGS: &[&str] = &[
    "al", "ale", "aux", "ales", "el", "elle", "els", "elles", "ien", "ienne", "iens", "iennes",
    "ique", "iques", "aire", "aires", "ais", "aise", "aises", "ois", "oise", "oises", "ain",
    "aine", "ains", "aines", "if", "ive", "ifs", "ives", "iste", "istes", "éen", "éenne", "éens",
    "éennes", "ien", "ial", "iale", "ier", "ière", "ieur", "ieure", "aise", "in", "ine", "é", "ée",
    "és", "ées", "eur", "eure", "ane", "anes",
];

struct Ctx<'a> {
    text: &'a str,
    toks: &'a [Token],
    lang: Lang,
    lex: &'a Lexicon,
    /// Per token: it lies in a line written in capitals (a headline), where case tells nothing.
    shouting: TokenBits,
    /// Lower-case words that may open a name.
    starters: &'static Starters,
    /// Per token: how many numbers and words its line holds (results tables).
    line_counts: LineCounts,
    /// Per token: a player's name on a line of its own in a line-up (see [`lineups`]).
    lineup: TokenBits,
    /// Which words the document also writes in lower case: common words there, not names.
    lower_case: LowerCase,
    /// Words the document writes after a capitalised "Le" inside a sentence ("Marine Le
    /// Pen"): surnames, where a sentence's first "Le" may be the article. Built on first use.
    le_surnames: std::cell::OnceCell<HashSet<&'a str>>,
}

/// The words a document writes in lower case, by a 32-bit hash of each, with the first
/// token that has it: building it hashes every word once and never compares two words.
/// A word is compared with the token its hash leads to, and the tokens are read in full
/// only when another word took that hash first, so every answer is exact.
struct LowerWords(HashMap<u32, u32>);

impl LowerWords {
    fn key(word: &[u8]) -> u32 {
        // The low half of a well-mixed 64-bit hash.
        super::table::hash(word) as u32
    }

    fn is_lower_word(t: &Token) -> bool {
        t.kind() == TokenKind::Word && !t.upper()
    }

    fn new(text: &str, toks: &[Token]) -> Self {
        // About one word in twelve is a new one on an article's length; far fewer on a long
        // text (its vocabulary grows slower than its length), where the table grows as it needs.
        let capacity = (toks.len() / 16).min(1 << 14);
        let mut first = HashMap::with_capacity_and_hasher(capacity, Default::default());
        let bytes = text.as_bytes();
        for (k, t) in toks.iter().enumerate() {
            if Self::is_lower_word(t) {
                let span = t.span();
                let word = bytes.get(span.start..span.end).unwrap_or_default();
                let k = u32::try_from(k).unwrap_or(u32::MAX);
                first.entry(Self::key(word)).or_insert(k);
            }
        }
        Self(first)
    }

    fn contains(&self, text: &str, toks: &[Token], word: &str) -> bool {
        let Some(&k) = self.0.get(&Self::key(word.as_bytes())) else {
            return false;
        };
        toks.get(k as usize).is_some_and(|t| t.text(text) == word) || Self::scan(text, toks, word)
    }

    /// The same answer as [`LowerWords::contains`], found by searching the text for `word`
    /// (a vector search, many times faster than reading the tokens) and reading only the
    /// tokens where it occurs; with the bytes searched and the occurrences read, to weigh
    /// against building the index.
    fn search(text: &str, toks: &[Token], word: &str) -> (bool, usize, usize) {
        if word.is_empty() {
            return (false, 0, 0);
        }
        let bytes = text.as_bytes();
        let finder = memchr::memmem::Finder::new(word.as_bytes());
        let (mut at, mut hits) = (0, 0);
        // Every start is tried, overlapping ones included: a token spelling `word` starts
        // at one of them.
        while let Some(found) = bytes.get(at..).and_then(|rest| finder.find(rest)) {
            let start = at + found;
            hits += 1;
            let end = start + word.len();
            if token_spanning(toks, start, end).is_some_and(|k| Self::is_lower_word(&toks[k])) {
                return (true, end, hits);
            }
            at = start + 1;
        }
        (false, bytes.len(), hits)
    }

    /// The same answer as [`LowerWords::contains`], read from the tokens without an index.
    fn scan(text: &str, toks: &[Token], word: &str) -> bool {
        let bytes = text.as_bytes();
        toks.iter().any(|t| {
            let span = t.span();
            span.end - span.start == word.len()
                && Self::is_lower_word(t)
                && bytes.get(span.start..span.end) == Some(word.as_bytes())
        })
    }
}

/// The words right after a capitalised "Le" inside a sentence ("Marine Le Pen"): surnames,
/// where a sentence's first "Le" may be the article. The text is searched for "Le" rather
/// than its tokens read: the word is rare, and a vector search of the text costs a small
/// fraction of a pass over its tokens.
fn le_surnames<'t>(text: &'t str, toks: &[Token]) -> HashSet<&'t str> {
    // Built once: building a searcher costs more than searching an article.
    static LE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("Le"));
    LE.find_iter(text.as_bytes())
        .filter_map(|at| token_spanning(toks, at, at + 2))
        .filter(|&k| !toks[k].sentence_start() && toks.get(k + 1).is_some_and(Token::upper))
        .map(|k| toks[k + 1].text(text))
        .collect()
}

/// Answers whether a document writes words in lower case: by searching its text for each
/// word asked about, until those searches have cost about what indexing its words would,
/// then from the index; most articles ask once or twice, or never.
#[derive(Default)]
struct LowerCase {
    /// The index, once built.
    words: std::cell::OnceCell<LowerWords>,
    /// What the searches have cost, in bytes indexed (see [`SEARCH_SHARE`]).
    searched: std::cell::Cell<usize>,
    /// The answers the searches gave, by word: a long text asks about the same words
    /// again and again.
    answers: std::cell::RefCell<HashMap<String, bool>>,
}

impl LowerCase {
    fn written(&self, text: &str, toks: &[Token], word: &str) -> bool {
        if self.words.get().is_none() {
            if let Some(&known) = self.answers.borrow().get(word) {
                return known;
            }
            let spent = self.searched.get();
            if spent < text.len() {
                let (found, searched, hits) = LowerWords::search(text, toks, word);
                self.searched
                    .set(spent + searched / SEARCH_SHARE + hits * HIT_COST + 1);
                self.answers.borrow_mut().insert(word.to_owned(), found);
                return found;
            }
        }
        self.words
            .get_or_init(|| LowerWords::new(text, toks))
            .contains(text, toks, word)
    }
}

/// A document answers its questions about words written in lower case by searching its
/// text ([`LowerWords::search`]) until the searches have cost about as much as indexing
/// its words would: searching a byte costs this fraction of indexing one (on news text,
/// searching 100 KB for a word took 2 µs; indexing its words takes about 1.2 million
/// instructions, some 160 µs) …
const SEARCH_SHARE: usize = 64;
/// … and reading the tokens where the word occurs costs as much as indexing this many
/// bytes, per occurrence.
const HIT_COST: usize = 16;

/// Finds the names of `text` in its token stream.
#[must_use]
pub fn recognize(text: &str, toks: &[Token], lang: Lang, lex: &Lexicon) -> Vec<Mention> {
    let (shouting, line_counts) = lines(text, toks);
    let lineup = lineups(text, toks, &line_counts);
    let ctx = Ctx {
        text,
        toks,
        lang,
        lex,
        shouting,
        line_counts,
        lineup,
        starters: lower_starters(lex),
        lower_case: LowerCase::default(),
        le_surnames: std::cell::OnceCell::new(),
    };
    // Room for an article's names at once (about one token in eight opens one); a long
    // text's list grows as it needs.
    let mut out = Vec::with_capacity((toks.len() / 8).min(4096));
    // Capitalised words opening a sentence before a word in lower case that no rule took.
    let mut initials = Vec::with_capacity(16);
    let mut i = 0;
    while i < toks.len() {
        if !ctx.may_open(i) {
            i += 1;
            continue;
        }
        if let Some(parts) = ctx.joined_names(i) {
            out.extend(parts);
            i += 1;
            continue;
        }
        match ctx.at(i) {
            Some((m, next)) => {
                out.extend(m.map(|m| ctx.with_state_period(ctx.with_doubled_particle(m))));
                i = next.max(i + 1);
            }
            None => {
                if ctx.toks[i].sentence_start()
                    && ctx.lower_word_at(i + 1)
                    && !is_determiner(ctx.word(i))
                {
                    initials.push(i);
                }
                i += 1;
            }
        }
    }
    if !initials.is_empty() {
        ctx.names_opening_sentences(&initials, &mut out);
    }
    out
}

/// The numbers and words of each line, by the index of its first token: computed once,
/// so that no rule scans a line per token (a 50 MB document may be one line), and kept
/// per line rather than per token.
pub(crate) struct LineCounts {
    /// First token of each line, ascending (token indices fit 32 bits, as token starts do).
    starts: Vec<u32>,
    /// Numbers and words of each line.
    counts: Vec<(u32, u32)>,
}

impl LineCounts {
    /// The numbers and words of the line holding token `i`.
    pub(crate) fn of(&self, i: usize) -> (u32, u32) {
        let line = self
            .starts
            .partition_point(|&s| s as usize <= i)
            .saturating_sub(1);
        self.counts.get(line).copied().unwrap_or((0, 0))
    }
}

/// The lines of `toks`, read in one pass: the numbers and words of each, and the tokens of
/// the lines whose words are nearly all in capitals (headlines).
fn lines(text: &str, toks: &[Token]) -> (TokenBits, LineCounts) {
    let mut shouting = TokenBits::new(toks.len());
    // News text has a line per twenty tokens or so: room for an article's lines at once.
    let room = toks.len() / 16 + 1;
    let mut counts = LineCounts {
        starts: Vec::with_capacity(room),
        counts: Vec::with_capacity(room),
    };
    let bytes = text.as_bytes();
    let mut start = 0;
    // Numbers, words, words of two characters or more, and words in capitals of the line.
    let (mut numbers, mut words, mut long_words, mut caps) = (0u32, 0u32, 0usize, 0usize);
    let mut close = |start: usize, end: usize, numbers, words, long_words, caps| {
        counts.starts.push(u32::try_from(start).unwrap_or(u32::MAX));
        counts.counts.push((numbers, words));
        if long_words >= 2 && caps * 10 >= long_words * 8 {
            shouting.set_range(start..end);
        }
    };
    for (k, t) in toks.iter().enumerate() {
        if k > start && t.line_start() {
            close(start, k, numbers, words, long_words, caps);
            start = k;
            (numbers, words, long_words, caps) = (0, 0, 0, 0);
        }
        match t.kind() {
            TokenKind::Number => numbers = numbers.saturating_add(1),
            TokenKind::Word => {
                words = words.saturating_add(1);
                let span = t.span();
                let w = bytes.get(span.start..span.end).unwrap_or_default();
                // Two characters or more: an ASCII first one leaves the rest to a second.
                if w.len() > 1 && (w[0].is_ascii() || t.text(text).chars().nth(1).is_some()) {
                    long_words += 1;
                }
            }
            _ => {}
        }
        if t.all_caps() {
            caps += 1;
        }
    }
    if start < toks.len() {
        close(start, toks.len(), numbers, words, long_words, caps);
    }
    (shouting, counts)
}

/// The fewest lines a line-up holds, and the fewest of them that give a player's figures.
const LINEUP_LINES: usize = 4;
const LINEUP_FIGURED: usize = 3;

/// The players of line-ups: runs of lines that each hold one name of one to four
/// capitalised words (an initial may close it: "Rouvier T."), most of them followed by
/// figures in brackets ("Martinet (7 arrêts)", "Dreux (0/3)"). A name on such a line is a
/// player's, with figures or without, even when a list has it as a town. Returns, per
/// token, whether it is part of such a name.
fn lineups(text: &str, toks: &[Token], lines: &LineCounts) -> TokenBits {
    let mut names = TokenBits::new(toks.len());
    // Line `n` as a token range.
    let line = |n: usize| {
        let start = lines.starts.get(n).map_or(toks.len(), |&s| s as usize);
        let end = lines.starts.get(n + 1).map_or(toks.len(), |&s| s as usize);
        start..end
    };
    let player = |n: usize| player_line(text, toks.get(line(n)).unwrap_or_default());
    // The current run of player lines: its first line, and how many of its lines give
    // figures. The run's names are marked when it closes, read again then (each line is
    // short), so nothing grows with the run.
    let (mut first, mut figured) = (0, 0);
    for n in 0..=lines.starts.len() {
        let found = (n < lines.starts.len()).then(|| player(n)).flatten();
        if let Some((_, with_figures)) = found {
            figured += usize::from(with_figures);
            continue;
        }
        let len = n - first;
        if len >= LINEUP_LINES && figured >= LINEUP_FIGURED && figured * 2 >= len {
            for k in first..n {
                if let Some((words, _)) = player(k) {
                    let start = line(k).start;
                    names.set_range(start..start + words);
                }
            }
        }
        (first, figured) = (n + 1, 0);
    }
    names
}

/// The tokens of the name that opens a line-up line, and whether figures follow it: the
/// line holds a name and nothing else, or a name and a bracket that opens on a number
/// and closes the line.
fn player_line(text: &str, line: &[Token]) -> Option<(usize, bool)> {
    const MAX_NAME_WORDS: usize = 4;
    const MAX_LINE_TOKENS: usize = 16;
    if line.len() > MAX_LINE_TOKENS {
        return None;
    }
    let mut k = 0;
    while let Some(t) = line.get(k) {
        if t.kind() != TokenKind::Word || !t.upper() || k == MAX_NAME_WORDS {
            break;
        }
        k += 1;
        // An initial's period.
        if t.text(text).chars().nth(1).is_none() && line.get(k).is_some_and(|p| p.text(text) == ".")
        {
            k += 1;
        }
    }
    if k == 0 {
        return None;
    }
    let rest = &line[k..];
    match rest {
        [] => Some((k, false)),
        [open, first, .., close]
            if open.text(text) == "("
                && first.kind() == TokenKind::Number
                && close.text(text) == ")" =>
        {
            Some((k, true))
        }
        _ => None,
    }
}

/// Calls `f` with [`lower_first`] of `s`, without a copy when the first character is an
/// ASCII one and on the stack when it is an ASCII capital of a short word.
fn with_lower_first<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    const MAX: usize = 64;
    match s.as_bytes().first() {
        Some(b) if b.is_ascii() && !b.is_ascii_uppercase() => return f(s),
        Some(b) if b.is_ascii_uppercase() && s.len() <= MAX => {
            let mut buf = [0u8; MAX];
            let out = &mut buf[..s.len()];
            out.copy_from_slice(s.as_bytes());
            out[0] = out[0].to_ascii_lowercase();
            if let Ok(lower) = std::str::from_utf8(out) {
                return f(lower);
            }
        }
        // The capitals of Latin-1 (À to Þ but ×, written C3 80 to C3 9E) are their small
        // letters' second byte less 0x20: "État" → "état".
        Some(0xC3)
            if s.len() <= MAX
                && s.as_bytes().get(1).and_then(|&b| latin1_letter(b)) == Some(true) =>
        {
            let mut buf = [0u8; MAX];
            let out = &mut buf[..s.len()];
            out.copy_from_slice(s.as_bytes());
            out[1] += 0x20;
            if let Ok(lower) = std::str::from_utf8(out) {
                return f(lower);
            }
        }
        _ => {}
    }
    f(&lower_first(s))
}

/// Whether `w` holds '’' (written E2 80 99): a word without the byte E2 holds none, and
/// most are told so without a search for the three bytes.
fn has_right_quote(w: &str) -> bool {
    w.as_bytes().contains(&0xE2) && w.contains('’')
}

fn lower_first(s: &str) -> String {
    let mut out = String::new();
    lower_first_into(s, &mut out);
    out
}

/// [`lower_first`] into a buffer the caller reuses, so a walk over a name's words
/// allocates once; the rest of the string is copied as one slice.
fn lower_first_into(s: &str, out: &mut String) {
    out.clear();
    let mut chars = s.chars();
    if let Some(c) = chars.next() {
        out.extend(c.to_lowercase());
        out.push_str(chars.as_str());
    }
}

fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut new_part = true;
    for c in word.chars() {
        if new_part {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        new_part = matches!(c, '-' | ' ' | '\'' | '’');
    }
    // "AIX-EN-PROVENCE" → "Aix-en-Provence": the link words inside a compound place name
    // stay in lower case, as the lists write them.
    if out.contains('-') {
        let parts: Vec<&str> = out.split('-').collect();
        if parts.len() >= 3 && parts[1..parts.len() - 1].iter().any(|p| is_link_word(p)) {
            let last = parts.len() - 1;
            return parts
                .iter()
                .enumerate()
                .map(|(k, p)| {
                    if k > 0 && k < last && is_link_word(p) {
                        p.to_lowercase()
                    } else {
                        (*p).to_owned()
                    }
                })
                .collect::<Vec<_>>()
                .join("-");
        }
    }
    out
}

/// Shaped like an acronym said as a word and written in title case ("Nasa", "Otan").
fn title_case_acronym(key: &str) -> bool {
    (4..=6).contains(&key.len())
        && key.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        && key.bytes().skip(1).all(|b| b.is_ascii_lowercase())
}

/// A French word that links the parts of a compound place name ("Aix-en-Provence",
/// "Saint-Denis de la Réunion"), as [`title_case`] writes it.
fn is_link_word(w: &str) -> bool {
    matches!(
        w,
        "En" | "De"
            | "Du"
            | "Des"
            | "La"
            | "Le"
            | "Les"
            | "Lès"
            | "Sur"
            | "Sous"
            | "Aux"
            | "Au"
            | "Et"
    )
}

impl Ctx<'_> {
    fn word(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind() == TokenKind::Word)
    }

    /// A capitalised word that may be part of a name.
    fn is_cap(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind() == TokenKind::Word && t.upper())
    }

    /// The word as lists spell it: headline capitals become title case.
    fn form(&self, i: usize) -> std::borrow::Cow<'_, str> {
        let w = self.word(i);
        let Some(t) = self.toks.get(i) else {
            return std::borrow::Cow::Borrowed("");
        };
        if !t.all_caps() {
            return std::borrow::Cow::Borrowed(w);
        }
        // Headlines and datelines (LONDON 1996-08-30) are in capitals; so are acronyms,
        // which the lists spell in capitals and which are short.
        // "U.N." opening a line is the acronym, no dateline in capitals.
        if self.shouting.get(i) || self.in_dateline(i) {
            let title = title_case(w);
            // "SAINT-DENIS DE LA RÉUNION": a link word inside the name.
            if i > 0 && !t.line_start() && self.is_cap(i - 1) && is_link_word(&title) {
                return std::borrow::Cow::Owned(title.to_lowercase());
            }
            std::borrow::Cow::Owned(title)
        } else {
            std::borrow::Cow::Borrowed(w)
        }
    }

    /// A word in capitals opening a line, longer than an acronym and without its periods:
    /// the place of a dateline, which [`Ctx::form`] writes in title case.
    fn dateline(t: &Token, w: &str) -> bool {
        t.line_start() && w.chars().count() > 3 && !w.contains('.')
    }

    /// Whether the word in capitals at `k` is a dateline's place: one word as
    /// [`Ctx::dateline`] says, or two to four words in capitals opening a line, one longer
    /// than an acronym, before a comma, a bracket or a dash ("SAN JUAN (AP) —",
    /// "NEW YORK, March 3").
    fn in_dateline(&self, k: usize) -> bool {
        let caps = |j: usize| {
            self.toks.get(j).is_some_and(|t| {
                t.kind() == TokenKind::Word && t.all_caps() && !self.word(j).contains('.')
            })
        };
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        if Self::dateline(t, self.word(k)) {
            return true;
        }
        if !caps(k) {
            return false;
        }
        let mut first = k;
        while !self.toks[first].line_start() && first > 0 && caps(first - 1) && k - first < 4 {
            first -= 1;
        }
        if !self.toks[first].line_start() {
            return false;
        }
        let mut end = k + 1;
        while end < self.toks.len() && caps(end) && !self.toks[end].line_start() && end - first < 4
        {
            end += 1;
        }
        end - first >= 2
            && matches!(self.word(end), "," | "(" | "-" | "–" | "—")
            && ((first..end).any(|j| self.word(j).chars().count() > 3) || {
                // "LA PAZ": short words, a listed place.
                let words: Vec<String> = (first..end).map(|j| title_case(self.word(j))).collect();
                self.lex.places.contains_key(&words.join(" "))
            })
    }

    fn lower(&self, i: usize) -> std::borrow::Cow<'_, str> {
        super::token::lower_case(self.word(i))
    }

    fn is_common(&self, i: usize) -> bool {
        with_lower(self.word(i), |lower| self.lex.is_common(self.lang, lower))
    }

    /// A single capital letter followed by a period: an initial (J. R. Smith).
    fn initial_at(&self, i: usize) -> bool {
        let w = self.word(i);
        // An honorific's letter ("M.") after a first name is that name's middle initial.
        self.compound_initial_at(i)
            || w.chars().count() == 1
                && self.toks[i].upper()
                && (!self.lex.title(self.lang, w).is_some_and(|t| t.honorific)
                    || (i > 0 && self.is_cap(i - 1) && self.given(i - 1).is_some()))
                && self.word(i + 1) == "."
                && !self.toks.get(i + 1).is_some_and(|t| t.space_before())
                && self.is_cap(i + 2)
                && !self.toks.get(i + 2).is_some_and(|t| t.line_start())
                && !is_determiner(self.word(i + 2))
    }

    /// The initials of a compound first name, glued: "J.-P. Ravenel" (Jean-Pierre).
    fn compound_initial_at(&self, i: usize) -> bool {
        let letter = |k: usize| {
            self.toks.get(k).is_some_and(|t| t.upper()) && self.word(k).chars().count() == 1
        };
        let glued = |k: usize| self.toks.get(k).is_some_and(|t| !t.space_before());
        letter(i)
            && self.word(i + 1) == "."
            && self.word(i + 2) == "-"
            && letter(i + 3)
            && self.word(i + 4) == "."
            && (i + 1..i + 5).all(glued)
            && self.is_cap(i + 5)
            && !self.toks[i + 5].line_start()
            && !is_determiner(self.word(i + 5))
    }

    fn given(&self, i: usize) -> Option<Option<Gender>> {
        // "Le Port de Lyon a …": an article opening a sentence is no first name, though
        // the lists have "Le" and "La" as names of people.
        if self.toks.get(i).is_some_and(Token::sentence_start) && is_determiner(self.word(i)) {
            return None;
        }
        let form = self.form(i);
        if let Some(&g) = self.lex.given.get(form.as_ref()) {
            return Some(g);
        }
        // Compound first names: Jean-Pierre, Marie-Claire.
        let mut parts = form.split('-');
        let first = parts.next()?;
        let g = *self.lex.given.get(first)?;
        if parts.all(|p| self.lex.given.contains_key(p)) && form.contains('-') {
            return Some(g);
        }
        None
    }

    /// Appends token `k` to the list key of a name that starts at `i`: words joined by
    /// single spaces, none after an elided article.
    fn push_key(&self, key: &mut String, i: usize, k: usize) {
        let w = self.form(k);
        if k > i && self.toks[k].space_before() && !key.ends_with('\'') {
            key.push(' ');
        }
        if has_right_quote(&w) {
            for c in w.chars() {
                key.push(if c == '’' { '\'' } else { c });
            }
        } else {
            key.push_str(&w);
        }
    }

    /// Whether token `k` of a name starting at `i` stands in the text as [`Ctx::push_key`]
    /// writes it into the key: as spelt, after one space or none.
    fn joins_as_in_key(&self, i: usize, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        let bytes = self.text.as_bytes();
        let span = t.span();
        let Some(w) = bytes.get(span.start..span.end) else {
            return false;
        };
        // '’' is written E2 80 99: a word without the byte E2 holds none.
        if w.is_empty() || (w.contains(&0xE2) && w.windows(3).any(|c| c == [0xE2, 0x80, 0x99])) {
            return false;
        }
        // Only a word in capitals can be recased by `form`, as it would be.
        if t.all_caps() && (self.shouting.get(k) || self.in_dateline(k)) {
            return false;
        }
        if k == i {
            return true;
        }
        let prev = self.toks[k - 1].span();
        let gap = bytes.get(prev.end..span.start);
        let after_apostrophe = prev.end > prev.start && bytes.get(prev.end - 1) == Some(&b'\'');
        if t.space_before() && !after_apostrophe {
            gap == Some(b" ".as_slice())
        } else {
            !t.space_before() && gap.is_some_and(<[u8]>::is_empty)
        }
    }

    /// The longest place or organisation name of the lists that starts at `i`.
    fn gazetteer(&self, i: usize) -> Option<(usize, EntityKind, Option<Canonical>)> {
        if i >= self.toks.len() {
            return None;
        }
        let first = self.form(i);
        let multi = self.lex.multi_first.contains(first.as_ref());
        if !multi && !has_right_quote(&first) {
            // One word, spelt as listed: no key to build.
            let found = self.single_entry(i + 1, &first);
            // "l'Isle-sur-la-Sorgue" is listed as "L'Isle-sur-la-Sorgue".
            if found.is_none() && i > 0 && matches!(self.word(i - 1), "l'" | "l’" | "L'" | "L’")
            {
                return self.single_entry(i + 1, &format!("L'{first}"));
            }
            return found;
        }
        let max = if multi { self.lex.max_words } else { 1 };
        // "Mer Noire" for the listed "mer Noire": only names whose first word is listed
        // in lower case need the second spelling.
        let lower_variant =
            multi && with_lower_first(&first, |lower| self.lex.multi_first.contains(lower));
        let mut best = None;
        let mut j = i + 1;
        let mut words = 1;
        let start = self.toks[i].span().start;
        // While the words are joined in the text as in a key, the key is the text itself;
        // it is copied out only from the first word that differs.
        let mut in_text = true;
        let mut built = String::new();
        let mut lower = String::new();
        while j <= self.toks.len() && words <= max + 1 {
            let k = j - 1;
            if k > i && self.toks[k].line_start() {
                break;
            }
            if in_text && !self.joins_as_in_key(i, k) {
                in_text = false;
                for m in i..k {
                    self.push_key(&mut built, i, m);
                }
            }
            let key = if in_text {
                self.text
                    .get(start..self.toks[k].span().end)
                    .unwrap_or_default()
            } else {
                self.push_key(&mut built, i, k);
                built.as_str()
            };
            if lower_variant {
                lower_first_into(key, &mut lower);
            }
            if let Some(canon) = Canonical::of(self.lex, self.lang, key) {
                best = Some((j, EntityKind::Organization, Some(canon)));
            } else if self.lex.places.contains_key(key)
                || (lower_variant && j > i + 1 && self.lex.places.contains_key(lower.as_str()))
            {
                best = Some((j, EntityKind::Place, None));
            }
            if !multi {
                return self.single_entry(j, key);
            }
            let extendable = self.lex.prefixes.contains(key)
                || (lower_variant && self.lex.prefixes.contains(lower.as_str()));
            if !extendable {
                break;
            }
            if self
                .toks
                .get(j)
                .is_some_and(|t| t.kind() == TokenKind::Word)
            {
                words += 1;
            }
            j += 1;
        }
        // "U.S." opens "U.S. Senate" but stands alone far more often: a dotted
        // abbreviation no longer entry covers is looked up as a single word; so is a word
        // that opens a longer entry but is spelt as a listed acronym ("Otan" opens a town's
        // name, and names the alliance in title case).
        if best.is_none() && (first.ends_with('.') || title_case_acronym(&first)) {
            return self.single_entry(i + 1, &first);
        }
        best
    }

    /// Whether the one-word entry at `i` was found only with the capital elided article
    /// before it ("L'Humanité" listed whole, written "L'" + "Humanité").
    fn listed_with_article(&self, i: usize, j: usize) -> bool {
        j == i + 1
            && i > 0
            && matches!(self.word(i - 1), "L'" | "L’")
            && self.single_entry(j, &self.form(i)).is_none()
            && self
                .single_entry(j, &format!("L'{}", self.form(i)))
                .is_some()
    }

    /// The list entry a single word names, ending at token `end`.
    fn single_entry(
        &self,
        end: usize,
        key: &str,
    ) -> Option<(usize, EntityKind, Option<Canonical>)> {
        if let Some(canon) = Canonical::of(self.lex, self.lang, key) {
            return Some((end, EntityKind::Organization, Some(canon)));
        }
        match self.lex.places.get(key) {
            // Small towns named like a word or a person ("Lucy", "Grand", "Il") count
            // only where nothing else reads the word.
            Some(PlaceKind::Town) => {
                let taken = with_lower(key, |lower| {
                    self.lex.is_common(Lang::Fr, lower) || self.lex.is_common(Lang::En, lower)
                }) || self.lex.given.contains_key(key)
                    || self.lex.surnames.contains(key);
                (!taken).then_some((end, EntityKind::Place, None))
            }
            Some(_) => Some((end, EntityKind::Place, None)),
            // "la Nasa", "l'Otan": the press writes acronyms said as words in title case.
            None if title_case_acronym(key) => {
                let mut upper = [0u8; 6];
                let upper = &mut upper[..key.len()];
                upper.copy_from_slice(key.as_bytes());
                upper.make_ascii_uppercase();
                let upper = std::str::from_utf8(upper).ok()?;
                let canon = Canonical::of(self.lex, self.lang, upper)?;
                let taken = self.lex.given.contains_key(key)
                    || self.lex.surnames.contains(key)
                    || with_lower(key, |lower| {
                        self.lex.is_common(Lang::Fr, lower) || self.lex.is_common(Lang::En, lower)
                    });
                (!taken).then_some((end, EntityKind::Organization, Some(canon)))
            }
            None if key.ends_with('.') => {
                // "U.S." → "US", "U.N." → "UN".
                let bare: String = key.chars().filter(|&c| c != '.').collect();
                if let Some(canon) = Canonical::of(self.lex, self.lang, bare.as_str()) {
                    Some((end, EntityKind::Organization, Some(canon)))
                } else {
                    self.lex.places.contains_key(bare.as_str()).then_some((
                        end,
                        EntityKind::Place,
                        None,
                    ))
                }
            }
            None => None,
        }
    }

    /// "the Islamic Republic of Zarvia", "the Dagestani Republic", "la République du
    /// Zarvia", "le Royaume de Zarvia": a state named by its form of government, with its
    /// qualifier or its country, is one place (a listed name stays the list's).
    fn state_name(&self, i: usize, run: usize) -> Option<(Option<Mention>, usize)> {
        // The form's word first, as most runs have none, and its first byte before its
        // text: every form starts with one of R K E S P, or with É (0xC3).
        let may_be_form = |k: usize| {
            self.toks.get(k).is_some_and(|t| {
                matches!(
                    self.text.as_bytes().get(t.span().start),
                    Some(b'R' | b'K' | b'E' | b'S' | b'P' | 0xC3)
                )
            })
        };
        let head = match self.lang {
            Lang::En => {
                may_be_form(run - 1)
                    && matches!(
                        self.word(run - 1),
                        "Republic" | "Kingdom" | "Emirate" | "Sultanate" | "Principality"
                    )
            }
            Lang::Fr => (i..run.min(i + 2)).any(|k| {
                may_be_form(k)
                    && matches!(
                        self.word(k),
                        "République" | "Royaume" | "Émirat" | "Sultanat" | "Principauté"
                    )
            }),
        };
        if !head {
            return None;
        }
        // "The Islamic Republic", "La République": the article is no part of the name.
        if is_determiner(self.word(i)) {
            return if run > i + 1 {
                self.state_name(i + 1, run)
            } else {
                None
            };
        }
        // A country or a region, or a name no list has, follows a state's form; a town
        // does not: "procureur de la République de Lorient" names a court's town.
        let town = |a: usize, b: usize| {
            matches!(
                self.place_kind_of(a, b),
                Some(PlaceKind::City | PlaceKind::Town | PlaceKind::Capital)
            )
        };
        let country_after = |k: usize| {
            let after = match self.word(k) {
                "of" if self.lang == Lang::En => k + 1,
                "de" | "du" | "d'" | "d’" if self.lang == Lang::Fr => k + 1,
                _ => return None,
            };
            if !self.is_cap(after) || self.toks[after].line_start() {
                return None;
            }
            let end = self.cap_run(after);
            (!town(after, end)).then_some(end)
        };
        let end = match self.lang {
            Lang::En => {
                match country_after(run) {
                    Some(end) => end,
                    // "the Tatar Republic"; "the Dallas Republic" would be a newspaper.
                    None if run > i + 1 && !town(run - 2, run - 1) => run,
                    None => return None,
                }
            }
            Lang::Fr => {
                if !matches!(
                    self.word(i),
                    "République" | "Royaume" | "Émirat" | "Sultanat" | "Principauté"
                ) {
                    return None;
                }
                if run > i + 1 {
                    // The run took the particle and the country: "République d'Haïti".
                    if !matches!(self.word(i + 1), "de" | "du" | "d'" | "d’") || town(i + 2, run)
                    {
                        return None;
                    }
                    run
                } else {
                    // "République islamique d'Iran": qualifiers in lower case between.
                    let mut k = run;
                    while k < run + 2
                        && self.toks.get(k).is_some_and(|t| {
                            t.kind() == TokenKind::Word && !t.upper() && !t.line_start()
                        })
                        && !matches!(self.word(k), "de" | "du" | "d'" | "d’")
                    {
                        k += 1;
                    }
                    country_after(k)?
                }
            }
        };
        if self.gazetteer(i).is_some_and(|(j, _, _)| j >= end) {
            return None;
        }
        let m = self.mention(i, end, Some(EntityKind::Place), Evidence::Strong, None);
        Some((Some(m), end))
    }

    /// "le gouvernement Valcourt", "l'administration Halbrook", "le régime Tarzoul": a
    /// government named after its leader names a person.
    fn leader_after(&self, i: usize) -> Option<(Option<Mention>, usize)> {
        if self.lang != Lang::Fr
            || !LEADER_NOUNS_FR.contains(&self.word(i))
            || !self.is_cap(i + 1)
            || self.toks[i + 1].line_start()
        {
            return None;
        }
        let end = self.cap_run(i + 1);
        self.leader(i + 1, end).then(|| {
            let m = self.mention(i + 1, end, Some(EntityKind::Person), Evidence::Strong, None);
            (Some(m), end)
        })
    }

    /// "the Halbrook administration", "the Valcourt campaign": the run `i..run` before
    /// such a word names a person.
    fn leader_before(&self, i: usize, run: usize) -> Option<(Option<Mention>, usize)> {
        if self.lang != Lang::En
            // Not "government": a nationality comes before it more often than a name.
            || !matches!(self.word(run), "administration" | "campaign" | "presidency")
            || self.toks[run].line_start()
            || is_determiner(self.word(i))
            || !self.leader(i, run)
        {
            return None;
        }
        let m = self.mention(i, run, Some(EntityKind::Person), Evidence::Strong, None);
        Some((Some(m), run))
    }

    /// "Velmar news agency quoted …", "the Kordava daily", "the Velkoro stadium", "the
    /// Marek Dolny airport": in English, a name before a word for a news medium is that
    /// medium, an organisation, and a name before a word for a building or a site is that
    /// place. Not a nationality ("the Croat news agency": Croatia is a country), a
    /// listed name ("a Tokyo newspaper", from there) or a sentence's first word ("But Le
    /// Matin …").
    fn named_before(&self, i: usize, run: usize) -> Option<(Option<Mention>, usize)> {
        if self.lang != Lang::En || self.toks.get(run).is_none_or(Token::line_start) {
            return None;
        }
        let kind = match self.word(run) {
            "newspaper" | "daily" | "weekly" | "agency" => EntityKind::Organization,
            "news" if self.word(run + 1) == "agency" => EntityKind::Organization,
            "airport" | "stadium" | "port" | "prison" | "jail" | "palace" | "sanatorium"
            | "church" | "cathedral" | "mosque" | "checkpoint" | "province" | "region"
            | "district" | "county" | "governorate" | "prefecture" => EntityKind::Place,
            _ => return None,
        };
        let mut first = i;
        while first < run
            && (matches!(self.word(first), "The" | "A" | "An")
                || (self.toks[first].sentence_start() && self.is_common(first)))
        {
            first += 1;
        }
        if first == run
            || self.toks[first..run]
                .iter()
                .any(|t| t.kind() != TokenKind::Word)
        {
            return None;
        }
        let last = self.form(run - 1);
        let adjective = self.is_demonym(run - 1)
            || ["ia", "a"].iter().any(|end| {
                matches!(
                    self.lex.places.get(&format!("{last}{end}")),
                    Some(PlaceKind::Country | PlaceKind::Region)
                )
            });
        // A small town or a sight named like a word ("Sun", "Star") is the title's name
        // before a word for a newspaper; a city stays the place ("a Tokyo newspaper").
        let small_town = kind == EntityKind::Organization
            && first + 1 == run
            && matches!(
                self.lex.places.get(self.form(first).as_ref()),
                Some(PlaceKind::Town | PlaceKind::Geographic)
            );
        if adjective
            || (!small_town && matches!(self.gazetteer(first), Some((j, _, _)) if j >= run))
        {
            return None;
        }
        let m = self.mention(first, run, Some(kind), Evidence::Strong, None);
        Some((Some(m), run))
    }

    /// Whether tokens `i..end` may be a leader's name: no acronym, nationality, country,
    /// region, capital or listed organisation ("the Labour government", "le gouvernement
    /// Fidji" are none).
    fn leader(&self, i: usize, end: usize) -> bool {
        if self.toks[i..end].iter().any(|t| t.all_caps())
            || (end == i + 1 && self.is_demonym(i))
            || self.lex.org_head(self.lang, self.word(i)).is_some()
        {
            return false;
        }
        // A town may bear a leader's name ("the Halbrook administration"), a city
        // of several words not ("the New York government").
        let single = end == i + 1;
        let town = |kind: Option<PlaceKind>| {
            kind.is_none() || (single && matches!(kind, Some(PlaceKind::City | PlaceKind::Town)))
        };
        town(self.place_kind_of(i, end))
            && (single || town(self.place_kind_of(i, i + 1)))
            && !matches!(self.gazetteer(i), Some((_, EntityKind::Organization, _)))
    }

    /// Whether the word at `i` is a grammar word in any case ("Le", "IN"), read without
    /// a copy: none is longer than seven bytes.
    fn is_grammar_word_at(&self, i: usize) -> bool {
        let w = self.word(i);
        w.len() <= 7 && with_lower(w, is_grammar_word) && !self.acronym_at(i)
    }

    /// A word in capitals in a line that is not: an acronym ("UN officials said"), never
    /// the grammar word it spells in lower case.
    fn acronym_at(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.all_caps() && !self.shouting.get(i))
    }

    /// A capitalised common word before a role noun belongs to the title ("Premier
    /// ministre", "Grand rabbin"), unless it heads an organisation's name. (A role's
    /// complement, "président de la République", is left to the rules of organisations:
    /// "ministre de la Défense" names the ministry.)
    fn part_of_title(&self, i: usize, next: &str) -> bool {
        self.lang == Lang::Fr
            && self
                .toks
                .get(i + 1)
                .is_some_and(|t| t.kind() == TokenKind::Word && !t.upper())
            && self
                .lex
                .title(self.lang, next)
                .is_some_and(|t| !t.honorific)
            && self.is_common(i)
            // "Direction générale des douanes": an organisation's head.
            && self.lex.org_head(self.lang, self.word(i)).is_none()
    }

    /// "Tampa, Fla.", "Salem, Ore.": the abbreviation of a state of the United States
    /// after a town and a comma is the state, with its period, as English news writes it.
    fn with_state_period(&self, mut m: Mention) -> Mention {
        let (first, end) = (m.first(), m.end());
        if self.lang == Lang::En
            && end == first + 1
            && first >= 2
            && self.word(first - 1) == ","
            && self.is_cap(first - 2)
            && is_state_abbreviation(self.word(first))
            && self.word(end) == "."
            && !self.toks[end].space_before()
        {
            m.set_end(end + 1);
            m.set_span(Span::new(m.span().start, self.toks[end].span().end));
            // "Dover, Del.": the state, though the lists have Del as a first name.
            if m.kind != Some(EntityKind::Place) {
                m.kind = Some(EntityKind::Place);
                m.evidence = Evidence::Context;
            }
        }
        m
    }

    /// "ministre de de Broglie", "sous de Tocqueville": a "de" right after a preposition is
    /// no second preposition but the particle of the person's name that follows it. (Only
    /// where the name rules find the person there; a surname that the document's later
    /// pass finds, after a full name, keeps its mention as found.)
    fn with_doubled_particle(&self, mut m: Mention) -> Mention {
        let i = m.first();
        if self.lang == Lang::Fr
            && m.kind == Some(EntityKind::Person)
            && i >= 2
            && self.word(i - 1) == "de"
            && !self.toks[i - 1].line_start()
            && !self.toks[i].line_start()
            && matches!(
                self.word(i - 2),
                "de" | "sous" | "avec" | "par" | "pour" | "à" | "chez" | "contre" | "selon"
            )
        {
            m.set_span(Span::new(self.toks[i - 1].span().start, m.span().end));
            m.set_first(i - 1);
        }
        m
    }

    /// The kind of place that tokens `i..j` name, as listed.
    /// Whether a country's name in brackets starts at token `k`: "(Australia)",
    /// "(U.S.)", "(Costa Rica)".
    fn country_in_brackets(&self, k: usize) -> bool {
        self.word(k) == "("
            && (k + 2..k + 5).any(|close| {
                self.word(close) == ")"
                    && !self.toks[k + 1..=close].iter().any(Token::line_start)
                    && (self.place_kind_of(k + 1, close) == Some(PlaceKind::Country)
                        || (close == k + 2 && {
                            let bare = self.word(k + 1).replace('.', "");
                            self.lex.places.get(&bare) == Some(&PlaceKind::Country)
                        }))
            })
    }

    fn place_kind_of(&self, i: usize, j: usize) -> Option<PlaceKind> {
        if j == i + 1 {
            return self.lex.places.get(self.form(i).as_ref()).copied();
        }
        let span = Span::new(
            self.toks.get(i)?.span().start,
            self.toks.get(j - 1)?.span().end,
        );
        self.lex
            .places
            .get(self.text.get(span.start..span.end)?)
            .copied()
    }

    /// One past the last token of the capitalised run starting at `i`.
    fn cap_run(&self, i: usize) -> usize {
        let mut j = i + 1;
        while let Some(t) = self.toks.get(j) {
            // No name is longer; a bound keeps runs of capitals linear.
            if j - i >= MAX_NAME_TOKENS {
                break;
            }
            if t.line_start() {
                break;
            }
            if t.kind() == TokenKind::Word && t.upper() {
                if !self.shouting.get(i) && self.shouting.get(j) != self.shouting.get(i) {
                    break;
                }
                // In a headline in capitals, a common word, a grammar word ("MALAWI IN
                // AFRICAN QUALIFIER") or a word with a digit ("KORDAVA H1 PROFIT") ends a name.
                if self.shouting.get(j)
                    && ((self.is_common(j) && !self.is_name_word(j))
                        || self.is_grammar_word_at(j)
                        || self.word(j).bytes().any(|b| b.is_ascii_digit()))
                {
                    break;
                }
                if self.lang == Lang::En
                    && is_calendar_word(&self.form(j))
                    && !self.calendar_word_as_name(j)
                {
                    break;
                }
                j += 1;
                continue;
            }
            if self.word(j) == "."
                && (self.initial_at(j - 1) || (j >= i + 4 && self.compound_initial_at(j - 4)))
            {
                j += 1;
                continue;
            }
            if self.word(j) == "-" && j >= i + 2 && self.compound_initial_at(j - 2) {
                j += 1;
                continue;
            }
            if t.kind() == TokenKind::Word && !t.upper() {
                // Particles: "von der Leyen", "ben Salmane", "de Valcourt".
                let mut k = j;
                // "Gaston de la Verrière": after a first name, the particle "de la" is two
                // tokens, before a name no list has ("le ministre de la Défense", "Victor
                // de la NASA" stay apart).
                while k < j + 3
                    && (PARTICLES.has(self.word(k))
                        || (k > j
                            && self.word(k) == "la"
                            && self.word(k - 1) == "de"
                            && self.given(j - 1).is_some()
                            && self.is_cap(k + 1)
                            && !self.toks[k + 1].all_caps()
                            && self.gazetteer(k + 1).is_none()))
                {
                    k += 1;
                }
                // "de CE2 de Mme Lenoir": an honorific opens a name of its own, and a
                // particle joins none to the run before; nor does it a first name
                // and another name ("la page de Marine Le Goff"), where a particle's
                // surname is one word ("Henri de Valcourt").
                // Nor "de" before a listed body: "le Starship de SpaceX" is the body's
                // craft ("des Nations unies" after a title is left to the title's rules).
                let of_body = || {
                    matches!(self.word(j), "de" | "d'" | "d’")
                        && matches!(self.gazetteer(k), Some((_, EntityKind::Organization, _)))
                };
                // "le roi Abdallah II de Jordanie": after a regnal number, "de" and a
                // listed place name the kingdom, no part of the name.
                let of_realm = || {
                    let n = self.word(j - 1);
                    is_roman_numeral(n)
                        && (n.len() >= 2 || matches!(n, "I" | "V" | "X"))
                        && matches!(self.gazetteer(k), Some((_, EntityKind::Place, _)))
                };
                if k > j
                    && self.is_cap(k)
                    && !self.toks[k].line_start()
                    && !self.is_honorific(k)
                    && !of_realm()
                    && !(self.is_cap(k + 1)
                        && !self.toks[k + 1].line_start()
                        && self.given(k).is_some())
                    && !of_body()
                {
                    j = k + 1;
                    continue;
                }
            }
            break;
        }
        j
    }

    /// An organisation cue noun before `i`, perhaps with adjectives between
    /// ("la compagnie aérienne low-cost Volotea"); or a ministry's portfolio
    /// ("le ministre de l'Intérieur").
    fn org_cue_before(&self, i: usize) -> bool {
        let mut k = i;
        for step in 0..4 {
            let Some(prev) = k.checked_sub(1) else {
                return false;
            };
            k = prev;
            let t = &self.toks[k];
            if t.kind() != TokenKind::Word || t.upper() {
                return false;
            }
            let w = self.word(k);
            if CUES_OF_ORGS.has(w) {
                return true;
            }
            if step == 0 && matches!(w, "l'" | "l’" | "des" | "du" | "la") {
                return self.portfolio_before(i);
            }
            // "l'entreprise de télécommunications Telvanor", "la compagnie de train
            // Thalvex": a complement of the cue.
            let complement = k > 0 && matches!(self.word(k - 1), "de" | "d'" | "d’");
            if complement {
                k -= 1;
                continue;
            }
            if !(is_adjective(w) || self.is_demonym(k) || w.contains('-')) {
                return false;
            }
        }
        false
    }

    /// "CHU de Brest", "IUT de Lannion": an unknown acronym and the town it serves are one
    /// organisation. Returns the end of the town's name.
    fn acronym_of_place(&self, run: usize) -> Option<usize> {
        if self.lang != Lang::Fr || !matches!(self.word(run), "de" | "d'" | "d’") {
            return None;
        }
        let town = run + 1;
        if !self.is_cap(town) || self.toks[town].line_start() {
            return None;
        }
        // A town or city, not a country: "le PIB de France" is no body.
        let local = matches!(
            self.lex.places.get(self.form(town).as_ref()),
            Some(PlaceKind::City | PlaceKind::Town | PlaceKind::Capital)
        );
        match self.gazetteer(town) {
            Some((j, EntityKind::Place, _)) if local => Some(j),
            _ => None,
        }
    }

    /// "ministre de l'Intérieur", "ministre iranien des Transports", "ministère de la
    /// Santé": the capitalised word at `i` is a ministry's portfolio.
    fn portfolio_before(&self, i: usize) -> bool {
        let Some(mut k) = i.checked_sub(1) else {
            return false;
        };
        if !matches!(self.word(k), "l'" | "l’" | "des" | "du" | "la") {
            return false;
        }
        if self.lower(k.saturating_sub(1)) == "de" {
            k = k.saturating_sub(1);
        }
        // A nationality between: "le ministre iranien des Transports".
        let mut before = k.saturating_sub(1);
        if self.is_demonym(before) && !self.toks[before].upper() {
            before = before.saturating_sub(1);
        }
        k > 0
            && matches!(
                &*self.lower(before),
                "ministre" | "ministère" | "ministres" | "secrétaire"
            )
    }

    /// "la ministre de la Culture Lena Varo", "le ministre de la Justice Marc Olier": a
    /// ministry's portfolio and the minister's name in one capitalised run. The portfolio
    /// is part of the title, which no mention takes (as the sample's annotation has it);
    /// the name starts at the first word after it that the lists hold as a first name,
    /// with a surname after it, and the person's rules take it from there.
    fn portfolio_then_person(&self, i: usize, run: usize) -> Option<(Option<Mention>, usize)> {
        // A listed body is no portfolio: "le premier secrétaire du PS Jean Vals".
        if self.lang != Lang::Fr
            || run < i + 3
            || !self.portfolio_before(i)
            || matches!(self.gazetteer(i), Some((_, EntityKind::Organization, _)))
        {
            return None;
        }
        let first = (i + 1..run - 1).find(|&k| self.given(k).is_some())?;
        Some((None, first))
    }

    /// Whether token `k` is an honorific (M, Mme, Mr, Dr).
    fn is_honorific(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| t.upper())
            && self
                .lex
                .title(self.lang, self.word(k))
                .is_some_and(|t| t.honorific)
    }

    /// An honorific right before token `i` (M., Mme, Mr, Dr): its gender.
    fn honorific_before(&self, i: usize) -> Option<Option<Gender>> {
        let k = if i >= 2 && self.word(i - 1) == "." {
            i - 2
        } else {
            i.checked_sub(1)?
        };
        let t = self.lex.title(self.lang, self.word(k))?;
        t.honorific.then_some(t.gender)
    }

    /// A title or role noun right before token `i` (M. / Mme / le président / the
    /// Russian Defence Minister): its gender, if a title is there.
    fn title_before(&self, i: usize) -> Option<Option<Gender>> {
        let mut k = i;
        // "M." "Dr." "Mme"
        if k >= 2 && self.word(k - 1) == "." {
            if let Some(t) = self.lex.title(self.lang, self.word(k - 2)) {
                if t.honorific {
                    return Some(t.gender);
                }
            }
        }
        // Walk back over demonyms and "de la Défense"-style complements to a role noun;
        // but "le président de la Russie" names no one.
        if k > 0
            && matches!(
                self.word(k - 1),
                "de" | "du" | "des" | "la" | "l'" | "l’" | "d'" | "d’" | "of" | "the" | "-"
            )
        {
            return None;
        }
        let mut steps = 0;
        while k > 0 && steps < 7 {
            k -= 1;
            steps += 1;
            let w = self.word(k);
            if let Some(t) = self.lex.title(self.lang, w) {
                let gender = t.gender.or_else(|| self.determiner_gender(k));
                return Some(gender);
            }
            // "la Chinoise Qiao Lanying", "l'Italien Dario Valtorta": in French, a nationality
            // noun after an article presents a person, as a role noun does.
            if steps == 1 && self.nationality_noun(k) {
                return Some(self.determiner_gender(k));
            }
            let skippable = self.lex.demonyms.contains(w)
                || (self.is_cap(k) && steps > 1)
                || with_lower(w, |lower| {
                    self.lex.demonyms.contains(lower)
                        || matches!(
                            lower,
                            "de" | "du"
                                | "des"
                                | "la"
                                | "l'"
                                | "l’"
                                | "d'"
                                | "d’"
                                | "of"
                                | "the"
                                | "-"
                                | "vice"
                                | "premier"
                                | "première"
                                | "prime"
                                | "deputy"
                                | "former"
                                | "ancien"
                                | "ancienne"
                                | "ex"
                                | "chief"
                                | "foreign"
                                | "general"
                                | "général"
                                | "générale"
                                | "adjoint"
                                | "adjointe"
                                | "nouveau"
                                | "nouvelle"
                                | "new"
                                | "state"
                                | "senior"
                        )
                });
            if !skippable {
                return None;
            }
        }
        None
    }

    /// A capitalised French nationality noun after an article, before a word of letters:
    /// "la Roumaine Varescu", "l'Américain" (not "la Suisse", a country; not "la British
    /// Library": the list has French nationality words in lower case too, English ones
    /// capitalised only; not "le Danois U21").
    fn nationality_noun(&self, k: usize) -> bool {
        self.lang == Lang::Fr
            && k > 0
            && self.is_cap(k)
            && with_lower(self.word(k), |w| self.lex.demonyms.contains(w))
            && self.word(k + 1).chars().all(char::is_alphabetic)
            && matches!(
                self.word(k - 1),
                "le" | "la" | "l'" | "l’" | "un" | "une" | "Le" | "La" | "L'" | "L’" | "Un" | "Une"
            )
            && self.lex.places.get(self.form(k).as_ref()) != Some(&PlaceKind::Country)
    }

    /// "Tarzoul, le directeur de l'usine, …": in French, a name in apposition before an
    /// article and a role noun (one adjective may come between) is a person's. Not in
    /// English, where "…, the coach said" follows any clause.
    fn role_after(&self, run: usize) -> bool {
        if self.lang != Lang::Fr
            || self.word(run) != ","
            || !matches!(self.word(run + 1), "le" | "la" | "l'" | "l’")
        {
            return false;
        }
        let role = |k: usize| {
            self.toks
                .get(k)
                .is_some_and(|t| !t.upper() && !t.line_start())
                && self
                    .lex
                    .title(self.lang, self.word(k))
                    .is_some_and(|t| !t.honorific)
        };
        role(run + 2)
            || (self.is_word(run + 2)
                && !self.toks[run + 2].upper()
                && !self.is_function_word(run + 2)
                && role(run + 3))
    }

    /// The gender told by the article before a role noun: la porte-parole, le ministre.
    fn determiner_gender(&self, k: usize) -> Option<Gender> {
        with_lower(self.word(k.checked_sub(1)?), |before| match before {
            "la" | "une" | "cette" | "sa" => Some(Gender::Feminine),
            "le" | "un" | "ce" | "son" => Some(Gender::Masculine),
            _ => None,
        })
    }

    /// "la ville de Marvelon", "la commune de Soréac", "the town of Hove".
    fn place_cue_before(&self, i: usize) -> bool {
        const CUES: &[&str] = &[
            "ville",
            "commune",
            "village",
            "localité",
            "région",
            "province",
            "département",
            "bourgade",
            "municipalité",
            "guerre",
            "quartier",
            "vallée",
            "massif",
            "faubourg",
            "hameau",
            "agglomération",
            "capitale",
            "oblast",
            "oblasts",
            "canton",
            "district",
            "préfecture",
            "town",
            "city",
            "village",
            "province",
            "county",
            "district",
            "region",
            "state",
            // Wider units, and where someone comes from.
            "gouvernorat",
            "wilaya",
            "comté",
            "royaume",
            "principauté",
            "émirat",
            "archipel",
            "banlieue",
            "originaire",
            "originaires",
            "suburb",
            "suburbs",
            "outskirts",
            // Points of the compass ("au sud-est de", "north of"); not "est", a verb too.
            "nord",
            "sud",
            "ouest",
            "nord-est",
            "nord-ouest",
            "sud-est",
            "sud-ouest",
            "north",
            "south",
            "east",
            "west",
            "northeast",
            "northwest",
            "southeast",
            "southwest",
        ];
        if i < 2 || !matches!(self.word(i - 1), "de" | "d'" | "d’" | "of") {
            return false;
        }
        with_lower(self.word(i - 2), |w| {
            listed(CUES, w) || listed(PLURAL_PLACE_NOUNS, w)
        })
    }

    fn place_prep_before(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        // "dans l'Ormelle", "dans la Vauzelle": "dans" and an article.
        if self.lang == Lang::Fr
            && i >= 2
            && matches!(self.word(i - 1), "l'" | "l’" | "la" | "le" | "les")
            && self.word(i - 2) == "dans"
        {
            return true;
        }
        // "à la Vauzelle": "à la" before a plainly capitalised word that is no common word
        // ("à la Une", "à la Poste"; "à la CAF" and "à l'Udaf" name bodies).
        if self.lang == Lang::Fr
            && i >= 2
            && self.word(i - 1) == "la"
            && self.word(i - 2) == "à"
            && self.word(i).chars().skip(1).all(char::is_lowercase)
            && !self.is_common(i)
        {
            return true;
        }
        with_lower(self.word(i - 1), |lower| self.place_prep(i, lower))
    }

    /// [`Ctx::place_prep_before`], with the word before `i` in lower case.
    fn place_prep(&self, i: usize, lower: &str) -> bool {
        // "similaire à Snapchat", "grâce à Airbnb", "face à Djokovic": words that govern
        // "à" make it no place preposition.
        if self.lang == Lang::Fr
            && matches!(lower, "à" | "aux")
            && i >= 2
            && matches!(
                &*self.lower(i - 2),
                "similaire"
                    | "similaires"
                    | "semblable"
                    | "semblables"
                    | "identique"
                    | "comparable"
                    | "comparé"
                    | "comparée"
                    | "grâce"
                    | "face"
                    | "supérieur"
                    | "supérieure"
                    | "inférieur"
                    | "inférieure"
                    | "concurrent"
                    | "rival"
                    | "opposé"
                    | "opposée"
                    | "lié"
                    | "liée"
                    | "liés"
                    | "appartenant"
                    | "rachat"
                    | "racheté"
                    | "vendu"
                    | "vendue"
                    | "succédé"
                    | "succède"
                    | "succéder"
                    | "contre"
            )
        {
            return false;
        }
        match self.lang {
            Lang::Fr => listed(PLACE_PREPS_FR, lower),
            Lang::En => listed(PLACE_PREPS_EN, lower),
        }
    }

    fn is_demonym(&self, i: usize) -> bool {
        let w = self.form(i);
        // The list holds lower-case and capitalised forms alike.
        self.lex.demonyms.contains(w.as_ref())
            || is_continent_demonym(&w)
            || self.demonym_compound(&w)
    }

    /// "Franco-German", "Sino-American", "Arab-Israeli", « les Germano-Russes »:
    /// capitalised demonyms or their combining forms (in -o) joined by hyphens, the last a
    /// demonym. (« turquo-syrien » in lower case is left to the rules of adjectives.)
    fn demonym_compound(&self, w: &str) -> bool {
        // The shortest is "Sino-Thai"; most words are shorter or hold no hyphen.
        let b = w.as_bytes();
        if b.len() < 8 || !b[0].is_ascii_uppercase() {
            return false;
        }
        let Some(at) = b.iter().rposition(|&c| c == b'-') else {
            return false;
        };
        let (head, last) = (&w[..at], &w[at + 1..]);
        // The list holds capitalised forms as well.
        let demonym = |p: &str| self.lex.demonyms.contains(p) || is_continent_demonym(p);
        demonym(last)
            && head.split('-').all(|p| {
                p.chars().next().is_some_and(char::is_alphabetic)
                    && (demonym(p) || (p.len() >= 3 && p.ends_with('o')))
            })
    }

    /// Whether the word at `i` stands beside a noun of what links two places or bodies:
    /// after it in French (« la guerre Russie-Ukraine », « l'axe stratégique A-B »), before
    /// it in English ("the Russia-Ukraine war", "U.S.-China trade talks"). Elsewhere a
    /// hyphenated pair of towns is often one name: a club (« face à Cesson-Rennes »), a
    /// road's direction.
    fn relation_noun_beside(&self, i: usize) -> bool {
        match self.lang {
            Lang::Fr => (1..=2).any(|back| {
                i >= back
                    && (1..=back).all(|b| self.lower_word_at(i - b))
                    && listed(RELATION_NOUNS_FR, self.word(i - back))
            }),
            Lang::En => (1..=2).any(|ahead| {
                (1..=ahead).all(|a| self.lower_word_at(i + a))
                    && listed(RELATION_NOUNS_EN, self.word(i + ahead))
            }),
        }
    }

    /// A word in lower case at token `k`.
    fn lower_word_at(&self, k: usize) -> bool {
        self.toks
            .get(k)
            .is_some_and(|t| t.kind() == TokenKind::Word && !t.upper())
    }

    /// "Donald Trump met … Trump said": a word opening a sentence that is the surname of
    /// a person the document names in full (or the family name written first, "Xi" of
    /// "Xi Jinping", when no list has it as a given name) is that person, though it is a
    /// common word too; so is a company's name that the document writes elsewhere with its
    /// legal form. `initials` are the tokens no rule took, in order; the names found are
    /// put into `out` in order.
    fn names_opening_sentences(&self, initials: &[usize], out: &mut Vec<Mention>) {
        // Sorted once and searched: a long text repeats its names thousands of times.
        let mut names: Vec<(&str, EntityKind)> = Vec::new();
        for m in out.iter() {
            match m.kind {
                Some(EntityKind::Person) if m.end() >= m.first() + 2 => {
                    names.push((self.word(m.end() - 1), EntityKind::Person));
                    let first = self.word(m.first());
                    if !self.lex.given.contains_key(first) {
                        names.push((first, EntityKind::Person));
                    }
                }
                // "Harvell Inc said … Harvell shares rose": a company's name without its
                // legal form.
                Some(EntityKind::Organization)
                    if m.end() >= m.first() + 2
                        && super::orgs::legal_tail(
                            (m.first() + 1..m.end()).map(|k| self.word(k)),
                        ) == m.end() - m.first() - 1 =>
                {
                    names.push((self.word(m.first()), EntityKind::Organization));
                }
                _ => {}
            }
        }
        if names.is_empty() {
            return;
        }
        names.sort_unstable_by_key(|&(w, _)| w);
        names.dedup_by_key(|&mut (w, _)| w);
        let found: Vec<Mention> = initials
            .iter()
            .filter_map(|&k| {
                let w = self.word(k);
                let at = names.binary_search_by_key(&w, |&(n, _)| n).ok()?;
                (w.chars().nth(1).is_some() && !is_determiner(w))
                    .then(|| self.mention(k, k + 1, Some(names[at].1), Evidence::Context, None))
            })
            .collect();
        if found.is_empty() {
            return;
        }
        out.extend(found);
        out.sort_by_key(Mention::first);
    }

    /// "la guerre Russie-Ukraine", "the Israel-Hamas truce", "le derby Lyon-Saint-Étienne":
    /// a word that no list holds whole, made of listed places and organisations joined by
    /// hyphens, names each of them. A double-barrelled surname (after a first name or a
    /// title) and a compound first name stay whole, as does a word inside a run of
    /// capitalised words.
    fn joined_names(&self, i: usize) -> Option<Vec<Mention>> {
        let t = self.toks.get(i)?;
        if t.kind() != TokenKind::Word || !t.upper() || !self.word(i).bytes().any(|b| b == b'-') {
            return None;
        }
        let glued = |k: usize| self.is_cap(k) && !self.toks[k].line_start();
        // "The Israel-Hamas truce": a capitalised article opens no run.
        let run_before =
            i > 0 && glued(i - 1) && !self.toks[i].line_start() && !self.is_grammar_word_at(i - 1);
        if run_before || glued(i + 1) {
            return None;
        }
        if !self.relation_noun_beside(i) {
            return None;
        }
        let form = self.form(i);
        // Offsets into `form` are offsets into the text only while the lengths agree
        // (lower-casing a few capitals changes their length).
        if form.len() != self.word(i).len() {
            return None;
        }
        let parts: Vec<&str> = form.split('-').collect();
        // "Nord-Katanga", « Haute-Marne », "Upper-Volta": one place, named with its part.
        let qualifier = |p: &str| {
            is_direction(p)
                || matches!(
                    p,
                    "Haut"
                        | "Haute"
                        | "Bas"
                        | "Basse"
                        | "Grand"
                        | "Grande"
                        | "Petit"
                        | "Petite"
                        | "Moyen"
                        | "Nouvelle"
                        | "Nouveau"
                        | "New"
                        | "Upper"
                        | "Lower"
                        | "Centre"
                )
        };
        if parts.first().is_some_and(|p| qualifier(p))
            || parts.len() < 2
            || parts.len() > 6
            || !parts
                .iter()
                .all(|p| p.chars().next().is_some_and(char::is_uppercase))
        {
            return None;
        }
        if self.gazetteer(i).is_some()
            || self.given(i).is_some()
            || self.honorific_before(i).is_some()
            || self.title_before(i).is_some()
            || self.is_demonym(i)
        {
            return None;
        }
        // Longest listed names first, left to right: "Lyon" then "Saint-Étienne".
        let start = t.span().start;
        let mut out = Vec::new();
        let (mut p, mut at) = (0, 0);
        while p < parts.len() {
            let (q, len, kind, canon) = (p + 1..=parts.len()).rev().find_map(|q| {
                if p == 0 && q == parts.len() {
                    return None;
                }
                let len = parts[p..q].iter().map(|s| s.len()).sum::<usize>() + (q - p - 1);
                let key = form.get(at..at + len)?;
                let (_, kind, canon) = self.single_entry(i + 1, key)?;
                Some((q, len, kind, canon))
            })?;
            // The word's own bytes: `form` has the text's length (checked above).
            let mut m = Mention::new(
                Span::new(start + at, start + at + len),
                i..i + 1,
                Some(kind),
                Evidence::Strong,
                None,
            );
            m.canonical = canon;
            out.push(m);
            at += len + 1;
            p = q;
        }
        Some(out)
    }

    fn is_name_word(&self, i: usize) -> bool {
        let f = self.form(i);
        let f = f.as_ref();
        // A compound first name ("Jean-Loup") is one whether or not the list has it whole.
        self.lex.given.contains_key(f)
            || (f.contains('-') && self.given(i).is_some())
            || self.lex.surnames.contains(f)
            || self.lex.places.contains_key(f)
            || self.lex.orgs.contains_key(f)
            || self.lex.proper.contains(f)
    }

    /// The first word of tokens `i..run`, which are not all in capitals, that is an
    /// acronym (two letters or more, all capitals, no Roman numeral) in text not written
    /// all in capitals there.
    fn run_acronym(&self, i: usize, run: usize) -> Option<usize> {
        if (i..run).all(|k| self.toks[k].all_caps()) {
            return None;
        }
        (i..run).find(|&k| {
            let w = self.word(k);
            self.toks[k].all_caps()
                && !self.shouting.get(k)
                && w.chars().nth(1).is_some()
                && w.chars().all(char::is_alphabetic)
                && !is_roman_numeral(w)
        })
    }

    /// "Jan Tomasek", "Carla May": in English, a month's name that a list has as a first
    /// name or a surname is that after a first name, and a month's abbreviation is a
    /// first name before a capitalised word (a date writes "Jan. 5"); not before a number
    /// ("May 5"). A full month's name before a capitalised word stays a month ("the
    /// September wheat contract").
    fn calendar_word_as_name(&self, k: usize) -> bool {
        let named = self.given(k).is_some() || self.lex.surnames.contains(self.word(k));
        let before_name = is_month_abbreviation(self.word(k))
            && self.is_cap(k + 1)
            && !self.toks[k + 1].line_start()
            && !is_calendar_word(&self.form(k + 1));
        let after_first_name = k > 0 && self.given(k - 1).is_some() && !self.toks[k].line_start();
        named
            && (before_name || after_first_name)
            && self
                .toks
                .get(k + 1)
                .is_none_or(|t| t.kind() != TokenKind::Number)
    }

    /// Should the word at `i` be dropped from the front of a name?
    fn strip_front(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let w = self.word(i);
        if is_determiner(w) || self.is_demonym(i) {
            return true;
        }
        if self.lang == Lang::En
            && is_calendar_word(&self.form(i))
            && !self.calendar_word_as_name(i)
        {
            return true;
        }
        // "Pape François", "Président Macron": a title that is also a first name (Pape) is
        // the title when a name follows that is a first name or a known surname.
        // In English, so it is before two names or more ("King Ralo Vantara"), unless
        // the next word names a body or an event ("General Council Assembly").
        if self.lex.title(self.lang, w).is_some()
            && (!self.lex.given.contains_key(w)
                || (self.is_cap(i + 1)
                    && !self.toks[i + 1].line_start()
                    && (self.given(i + 1).is_some()
                        || self.lex.surnames.contains(self.word(i + 1))
                        || (self.lang == Lang::En
                            && self.cap_run(i) >= i + 3
                            && self.lex.org_head(Lang::En, self.word(i + 1)).is_none()
                            && !self.is_event_word(i + 1)))))
        {
            return true;
        }
        if (t.sentence_start() || self.shouting.get(i))
            && self.is_common(i)
            && !self.is_name_word(i)
        {
            return true;
        }
        // "In July", "On Tuesday", "Au Japon": a grammar word opening a sentence is that
        // word, even when some list also has it as a name.
        (t.sentence_start() || self.shouting.get(i))
            && !self.acronym_at(i)
            && with_lower(w, is_grammar_word)
    }

    fn mention(
        &self,
        i: usize,
        j: usize,
        kind: Option<EntityKind>,
        evidence: Evidence,
        gender: Option<Gender>,
    ) -> Mention {
        let span = Span::new(self.toks[i].span().start, self.toks[j - 1].span().end);
        Mention::new(span, i..j, kind, evidence, gender)
    }

    /// A sentence-initial list entry that is also a common word counts only when it is a
    /// country or capital, or a place big enough and the document never writes the word
    /// in lower case ("Cela", a city, opens many French sentences).
    fn written_in_lower_case(&self, word: &str) -> bool {
        self.lower_case.written(self.text, self.toks, word)
    }

    fn weak_place(&self, i: usize) -> bool {
        let form = self.form(i);
        match self.lex.places.get(form.as_ref()) {
            Some(PlaceKind::Country | PlaceKind::Capital | PlaceKind::Continent) => {
                self.written_in_lower_case(&form.to_lowercase())
            }
            Some(_) => {
                self.written_in_lower_case(&form.to_lowercase())
                    || self.lex.population.get(form.as_ref()).copied().unwrap_or(0) < 200_000
            }
            None => true,
        }
    }

    /// "championnat de France", "Tour de France", "Jeux olympiques de Rio": a place that
    /// names an event is part of the event's name, not a place of the story.
    fn in_event_name(&self, i: usize, prev: &str) -> bool {
        if i < 2 || !matches!(prev, "de" | "d'" | "d’" | "du" | "of") {
            return false;
        }
        let mut k = i - 2;
        for _ in 0..3 {
            let event = with_lower(self.word(k), |w| {
                matches!(
                    w,
                    "championnat"
                        | "championnats"
                        | "tour"
                        | "coupe"
                        | "jeux"
                        | "grand"
                        | "prix"
                        | "open"
                        | "rallye"
                        | "masters"
                        | "marathon"
                        | "semi-marathon"
                        | "tournoi"
                        | "trophée"
                        | "critérium"
                        | "circuit"
                        | "championship"
                        | "championships"
                        | "cup"
                        | "games"
                        | "olympiques"
                        | "paralympiques"
                        | "monde"
                        | "europe"
                )
            });
            if event {
                return true;
            }
            if k == 0 {
                break;
            }
            k -= 1;
        }
        false
    }

    /// Whether a name may start at token `i`, from the token's flags and its first byte
    /// alone: [`Ctx::at`] finds none at a token this turns away, so most tokens
    /// (punctuation, lower-case words) are passed over without building its context.
    fn may_open(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        match t.kind() {
            // "15e arrondissement de Paris".
            TokenKind::Number => self.lang == Lang::Fr,
            TokenKind::Word => {
                t.upper() || {
                    let w = self.word(i);
                    self.starters.contains(w)
                        || (self.lang == Lang::Fr
                            && w.as_bytes().first().is_some_and(u8::is_ascii_digit))
                }
            }
            _ => false,
        }
    }

    /// The name starting at token `i`, and where to go on.
    fn at(&self, i: usize) -> Option<(Option<Mention>, usize)> {
        let t = self.toks[i];
        // Read once: the rules below ask for it again and again.
        let word = self.word(i);
        if let Some(found) = self.arrondissement(i, word) {
            return Some(found);
        }
        if t.kind() != TokenKind::Word {
            return None;
        }
        if !t.upper() {
            if !self.starters.contains(word) {
                return None;
            }
            if let Some(found) = self.generic_geo_noun(i) {
                return Some(found);
            }
            if let Some(found) = self.named_centre(i) {
                return Some(found);
            }
            if let Some(found) = self.leader_after(i) {
                return Some(found);
            }
            if let Some(found) = self.lowercase_org(i) {
                return Some(found);
            }
            if let Some(found) = self.lowercase_place(i) {
                return Some(found);
            }
            let multi = self.lex.multi_first.contains(word);
            if !multi {
                return None;
            }
            let (j, kind, canon) = self.gazetteer(i)?;
            if j <= i + 1 {
                return None;
            }
            let mut m = self.mention(i, j, Some(kind), Evidence::Strong, None);
            m.canonical = canon;
            return Some((Some(m), j));
        }
        // The words around it, which many rules below ask for: read once.
        let prev = if i > 0 { self.word(i - 1) } else { "" };
        let next = self.word(i + 1);
        // "Ontario-based Ravelco", "Family-controlled Hale & Dorn", "Union-led FTW": an
        // adjective of seat, ownership or leadership, then the body it describes.
        if self.lang == Lang::En && is_body_adjective(word) {
            if self.is_cap(i + 1) && !self.toks[i + 1].line_start() {
                let mut end = self.cap_run(i + 1);
                if self.word(end) == "&" && self.is_cap(end + 1) && !self.toks[end + 1].line_start()
                {
                    end = self.cap_run(end + 1);
                }
                return self.organisation(i + 1, end);
            }
            return Some((None, i + 1));
        }
        // Rules that read the word's own shape or the word just before it.
        if let Some(found) = self.name_after_prefix(i, prev) {
            return Some(found);
        }
        if self.lang == Lang::En {
            if let Some(found) = self.party_and_state(i) {
                return Some(found);
            }
        }
        let by_word = match word {
            "Air" => self.airline(i),
            "Fort" | "Port" | "Puerto" | "Porto" => self.settlement(i),
            "Hurricane" | "Typhoon" | "Cyclone" | "Storm" => self.storm(i),
            "St" => self.saints_place(i),
            _ => self.club_of_town(i),
        };
        if by_word.is_some() {
            return by_word;
        }
        if let Some(found) = self.saint(i, prev) {
            return Some(found);
        }
        if self.lineup.get(i) {
            let mut end = i + 1;
            while self.lineup.get(end) && !self.toks[end].line_start() {
                end += 1;
            }
            let m = self.mention(i, end, Some(EntityKind::Person), Evidence::Strong, None);
            return Some((Some(m), end));
        }
        // "Le gouvernement", "Dans la nuit", "Il a": a capitalised grammar word before a
        // word in lower case opens no name but a listed one of several words, and no rule
        // below needs to say so.
        if self
            .toks
            .get(i + 1)
            .is_some_and(|n| n.kind() == TokenKind::Word && !n.upper())
            && self.is_grammar_word_at(i)
            // Only a word that opens a longer entry can open more than itself.
            && (!self.lex.multi_first.contains(&self.form(i))
                || self.gazetteer(i).is_none_or(|(j, _, _)| j <= i + 1))
        {
            return None;
        }
        if is_roman_ordinal(word) {
            return None;
        }
        if self.part_of_title(i, next) {
            return Some((None, i + 1));
        }
        // "Jeb Hale or Sen. Ada Marsh": an abbreviated title is no name of its own; the
        // name after it finds the title before it.
        if next == "."
            && !self.toks[i + 1].space_before()
            && self.is_cap(i + 2)
            && self
                .lex
                .title(self.lang, &format!("{word}."))
                .is_some_and(|t| !t.honorific)
        {
            return Some((None, i + 1));
        }
        if let Some(found) = self.title_after_contraction(i, prev) {
            return Some(found);
        }
        if let Some(found) = self.capitalised_place_noun(i, next) {
            return Some(found);
        }
        if let Some(found) = self.unhyphenated_place(i, next) {
            return Some(found);
        }
        // "Canal+", "Disney+": a name with a glued plus sign is a channel or a service.
        if next == "+"
            && !self.toks[i + 1].space_before()
            && self
                .toks
                .get(i + 2)
                .is_none_or(|n| n.space_before() || n.kind() == TokenKind::Punct)
        {
            return self.organisation(i, i + 2);
        }
        // "The White House" is listed, but the article is not part of the name when the
        // name without it is listed too.
        if matches!(word, "The" | "the") {
            if let (Some((j, _, _)), Some((k, _, _))) = (self.gazetteer(i), self.gazetteer(i + 1)) {
                if j == k {
                    return None;
                }
            }
        }
        // Facts of the word at `i` that several rules ask for, looked up once.
        let place_cell = std::cell::OnceCell::new();
        let place_of_i =
            || *place_cell.get_or_init(|| self.lex.places.get(self.form(i).as_ref()).copied());
        let head_cell = std::cell::OnceCell::new();
        let head_of_i = || *head_cell.get_or_init(|| self.lex.org_head(self.lang, word));
        let run = self.cap_run(i);
        // "l'ONG Human Rights Watch", "le PDG Ada Morel": the acronym of a kind of body or of
        // a role opens no name; the name starts after it.
        if run > i + 1
            && self.is_cap(i + 1)
            && matches!(
                word,
                "ONG" | "NGO" | "PDG" | "CEO" | "CFO" | "COO" | "CTO" | "DG" | "DRH"
            )
            && !self.shouting.get(i)
        {
            return Some((None, i + 1));
        }
        if let Some(found) = self.portfolio_then_person(i, run) {
            return Some(found);
        }
        // One rule after another rather than chained with `or_else`, whose closures cost
        // a call and a copy of the answer for every capitalised word.
        if let Some(found) = self.state_name(i, run) {
            return Some(found);
        }
        if let Some(found) = self.venue_in_town(i, run, prev) {
            return Some(found);
        }
        if let Some(found) = self.leader_before(i, run) {
            return Some(found);
        }
        if let Some(found) = self.named_before(i, run) {
            return Some(found);
        }
        if let Some(found) = self.medium_after_its_noun(i, run, prev) {
            return Some(found);
        }
        if let Some(found) = self.firm_after_its_noun(i, run, prev) {
            return Some(found);
        }
        if let Some(found) = self.establishment_after_its_noun(i, run, prev) {
            return Some(found);
        }
        if let Some(found) = self.character_after_role(i, run, prev) {
            return Some(found);
        }
        // "New York-based Ravelco", "Hong Kong-based group": a seat of several words
        // before the body's name is no name of its own.
        if self.lang == Lang::En {
            if let Some(k) = (i + 1..run).find(|&k| is_body_adjective(self.word(k))) {
                if k + 1 < run {
                    return self.organisation(k + 1, run);
                }
                return Some((None, k + 1));
            }
        }
        if run == i + 1
            && ((self.is_demonym(i) && place_of_i() != Some(PlaceKind::Country))
                || (self.lang == Lang::En && is_calendar_word(&self.form(i))))
        {
            return None;
        }
        let gaz = self.gazetteer(i);
        if gaz.is_some_and(|(j, kind, _)| kind == EntityKind::Place && j == i + 1)
            && self.adjective_in_a_title(i, prev)
        {
            return Some((None, i + 1));
        }
        // "Halvorsen & Bell": a town's name joined by an ampersand to a name that is no
        // place names a firm; countries and regions stay places ("Trinidad & Tobago").
        if let Some((j, EntityKind::Place, _)) = gaz {
            let big = matches!(
                place_of_i(),
                Some(
                    PlaceKind::Country
                        | PlaceKind::Region
                        | PlaceKind::Continent
                        | PlaceKind::Geographic
                )
            );
            if j == run
                && !big
                && self.word(run) == "&"
                && self.is_cap(run + 1)
                && !self.toks[run + 1].line_start()
                && self.gazetteer(run + 1).is_none()
            {
                let end = self.cap_run(run + 1);
                return self.organisation(i, end);
            }
        }
        if gaz.is_none() {
            if let Some(found) = self.employer_before_title(i, run) {
                return Some(found);
            }
        }
        // "le prix Jean-Vallet", "le Prix Anne-Morel": a prize named after a person, by
        // a first name joined to the surname, names the person.
        if self.lang == Lang::Fr && run == i + 2 && word == "Prix" && self.prize_person(i + 1) {
            let m = self.mention(
                i + 1,
                run,
                Some(EntityKind::Person),
                Evidence::Context,
                None,
            );
            return Some((Some(m), run));
        }
        if gaz.is_none() && self.names_a_prize(i, prev) {
            if run == i + 1 && self.prize_person(i) {
                let m = self.mention(i, run, Some(EntityKind::Person), Evidence::Context, None);
                return Some((Some(m), run));
            }
            // "deux prix Nobel Carla Rossi": a laureate named after the prize's name.
            if run > i + 2 && self.given(i + 1).is_some() {
                return Some((None, i + 1));
            }
            return Some((None, run));
        }
        if gaz.is_none() && self.object_cue_before(i) {
            return Some((None, run));
        }
        // "Jeux olympiques de Rio", "championnats du monde de Kazan": an unlisted name that
        // ends an event's name belongs to the event.
        if gaz.is_none() && self.lang == Lang::Fr && self.in_event_name(i, prev) {
            return Some((None, run));
        }

        // "M. Garnier", "Dr. Lorca": a firm's one-word name after an honorific is the
        // family's, a person's.
        if let Some((j, EntityKind::Organization, _)) = gaz {
            if j == i + 1 && run == j && !t.all_caps() {
                if let Some(g) = self.honorific_before(i) {
                    let m = self.mention(i, j, Some(EntityKind::Person), Evidence::Strong, g);
                    return Some((Some(m), j));
                }
            }
        }
        // "M. Kim": after an honorific, a name is a person's even if a place bears it.
        if let Some((j, EntityKind::Place, _)) = gaz {
            let minor = !matches!(
                place_of_i(),
                Some(PlaceKind::Country | PlaceKind::Capital | PlaceKind::Continent)
            );
            let titled =
                self.honorific_before(i)
                    .or_else(|| if minor { self.title_before(i) } else { None });
            if j >= run && titled.is_some() {
                let g = titled.flatten();
                return Some((
                    Some(self.mention(i, run, Some(EntityKind::Person), Evidence::Strong, g)),
                    run,
                ));
            }
            // "Powell told lawmakers": in English, a small town's name mid-sentence right
            // before a verb of speech is a person's surname.
            let after_quote = matches!(prev, "\"" | "”" | "’");
            let town_speaks = self.lang == Lang::En
                && j == i + 1
                && run == j
                && (!t.sentence_start() || after_quote)
                && place_of_i() == Some(PlaceKind::Town)
                && !self.is_common(i)
                && !self.place_prep_before(i)
                && is_said(self.word(j));
            if town_speaks || (j == i + 1 && run == j && self.surname_as_subject(i)) {
                return Some((
                    Some(self.mention(i, j, Some(EntityKind::Person), Evidence::Context, None)),
                    j,
                ));
            }
            // "la société Valmont", "les éditions Corbières": after an organisation's
            // noun, a town's name names the body.
            if j >= run
                && matches!(place_of_i(), Some(PlaceKind::City | PlaceKind::Town))
                && self.org_cue_before(i)
            {
                return self.organisation_by_context(i, run);
            }
        }
        // A list entry that covers the whole run (or more) wins.
        if let Some((j, kind, canon)) = gaz {
            let single = j == i + 1;
            let weak_single = single
                && (t.sentence_start() || self.shouting.get(i))
                && self.is_common(i)
                && (self.shouting.get(i) || !self.is_cap(i + 1))
                && self.weak_place(i);
            // "Olympic champions", "Arctic island", "Jewish settlement": an English
            // adjective of place before a noun is not the place.
            let adjective = single
                && self.lang == Lang::En
                && ["ic", "ish", "ese", "ern", "ian"]
                    .iter()
                    .any(|e| word.ends_with(e))
                && self
                    .toks
                    .get(i + 1)
                    .is_some_and(|n| n.kind() == TokenKind::Word && !n.upper() && !n.line_start())
                && !matches!(
                    place_of_i(),
                    Some(PlaceKind::Country | PlaceKind::Capital | PlaceKind::Continent)
                );
            if weak_single || adjective {
                return None;
            }
            if kind == EntityKind::Organization && single && self.names_a_product(i) {
                return Some((None, j));
            }
            if weak_single {
                return None;
            }
            if kind == EntityKind::Place
                && single
                && head_of_i() == Some(HeadPosition::Head)
                && self.extend_org(j) > j
            {
                return self.org_pattern(i, run);
            }
            if kind == EntityKind::Place
                && (self.in_event_name(i, prev) || (single && is_direction(&self.form(i))))
            {
                return Some((None, j));
            }
            if j >= run && !(single && is_determiner(word)) {
                let (j, canon) = match kind {
                    EntityKind::Place => (self.extend_place(j), canon),
                    // "Conseil de sécurité nationale" is not the "Conseil de sécurité".
                    _ if head_of_i() == Some(HeadPosition::Head) => {
                        let longer = self.extend_org(j);
                        (longer, if longer > j { None } else { canon })
                    }
                    _ => (j, canon),
                };
                // National sides are written by their country, which stays a place.
                let country = self.is_country(i, j);
                let kind = if kind == EntityKind::Place && !country && self.team_score_after(j) {
                    EntityKind::Organization
                } else {
                    kind
                };
                // "L'Humanité", "L'Express": a title listed with its elided article keeps
                // it, as "Le Monde" keeps "Le". Towns are left as they were found.
                let titled = kind == EntityKind::Organization && self.listed_with_article(i, j);
                let start = if titled { i - 1 } else { i };
                let mut m = self.mention(start, j, Some(kind), Evidence::Strong, None);
                m.canonical = canon;
                return Some((Some(m), j));
            }
        }
        // "Halvorsen & Bell", "Procter & Gamble": names joined by an ampersand are a firm.
        if self.word(run) == "&" && self.is_cap(run + 1) && !self.toks[run + 1].line_start() {
            let end = self.cap_run(run + 1);
            return self.organisation(i, end);
        }
        if let Some(found) = self.english_title(i, run) {
            return Some(found);
        }
        // "le Mont-Saint-Michel", "Bourg-lès-Valence": a compound joined by a link word or
        // an inner "Saint" is a place's name, unlisted (or no person's surname).
        if run == i + 1 && gaz.is_none() && is_place_compound(word) {
            let m = self.mention(i, run, Some(EntityKind::Place), Evidence::Context, None);
            return Some((Some(m), run));
        }
        if let Some(found) = self.particle_surname(i) {
            return Some(found);
        }
        // "l'association Les Amis du rail", "le club La Boule d'or": after an organisation's
        // noun, a capitalised article opens the organisation's name and belongs to it.
        if self.lang == Lang::Fr
            && run > i + 1
            && matches!(word, "Le" | "La" | "Les" | "L'" | "L’")
            && self.org_cue_before(i)
        {
            return self.organisation(i, run);
        }
        // A word that opens a longer list entry ("New Delhi Newsdesk" at a sentence start)
        // is part of the name.
        let opens_entry = matches!(gaz, Some((j, _, _)) if j > i + 1);
        // "dans The Morning Journal": in French, the English article opens an English
        // name, and is part of it.
        if word == "The" {
            if let Some(found) = self.english_org(i, run) {
                return Some(found);
            }
        }
        // "Harvest International Corp. said": a company's legal form closes the run, and
        // the common word opening the sentence is its name's first.
        let company = run > i + 1
            && super::orgs::legal_tail((run - 1..run).map(|k| self.word(k))) == 1
            && !is_determiner(word);
        if self.strip_front(i) && !self.initial_at(i) && !opens_entry && !company {
            return None;
        }
        if let Some(found) = self.english_org(i, run) {
            return Some(found);
        }
        if let Some(found) = self.place_by_tail(i, run) {
            return Some(found);
        }
        // "Harwick Falcons", "Ostrava Lions": in English, a place and a capitalised plural
        // after it name a team (not an event: "Ostrava Games"; not a person whose first
        // name a town bears: "Paul Rivers").
        if self.lang == Lang::En
            && matches!(gaz, Some((j, EntityKind::Place, _)) if j + 1 == run)
            && self.given(i).is_none()
            && self.word(run - 1).len() > 3
            && self.word(run - 1).ends_with('s')
            && !self.word(run - 1).ends_with("ss")
            && !self.is_event_word(run - 1)
            && !self.toks[run - 1].all_caps()
            // "Most Germans": a people, after a town named like a common word.
            && !self.is_demonym(run - 1)
        {
            return self.organisation(i, run);
        }
        // "l'Espagnole Caroline Routier", "son épouse Carla Bruni": a common noun before
        // a first name is not part of the name.
        // After a role noun, though, the word is a first name ("le journaliste Eloge
        // Willy Mirengo"); and a capitalised particle that some list also has as a first
        // name ("Van") opens a surname, not another name ("Jarek Van Dalen").
        // Nor is an organisation's head word ("Agence Pascal Services": Pascal is also a
        // first name).
        // "fidèle de Mitterrand Claude Estier": a surname the lists hold only as one, then
        // a first name and more, are a person named alone and another in full.
        if run > i + 2
            && self.lex.surnames.contains(self.form(i).as_ref())
            && self.given(i).is_none()
            && self.given(i + 1).is_some()
            && !with_lower(next, |w| PARTICLES.has(w))
        {
            let m = self.mention(i, i + 1, Some(EntityKind::Person), Evidence::Context, None);
            return Some((Some(m), i + 1));
        }
        // But in English, where such nouns are common words or demonyms, a word no list
        // has is a first name the lists lack ("Andrés Manuel Ortiz"); French capitalises
        // nouns of nationality the lists lack ("la Suissesse").
        if run > i + 2
            && !self.is_name_word(i)
            && self.given(i + 1).is_some()
            && !with_lower(next, |w| PARTICLES.has(w))
            && !(self.lang == Lang::Fr && self.role_noun_before(i))
            && head_of_i() != Some(HeadPosition::Head)
            && (self.lang == Lang::Fr
                || t.sentence_start()
                || t.all_caps()
                || self.is_demonym(i)
                || with_lower(word, |lower| {
                    self.lex.is_common(Lang::Fr, lower) || self.lex.is_common(Lang::En, lower)
                }))
        {
            return None;
        }
        // Organisations named by their head or tail word.
        if let Some(found) = self.org_pattern(i, run) {
            return Some(found);
        }
        // A list entry at the front of a longer run: "Paris Hilton" is a person when
        // Paris is also a first name, otherwise the place stands alone.
        if let Some((j, kind, canon)) = gaz {
            // "Chester Ravell": a town's name followed by an unknown capitalised word is
            // a person's first name more often than the town.
            // But a first name and a surname after a city are a person of their own
            // ("le maire de Halbourne Rob Kessel"); a small town's name, though, is as
            // often a first name.
            let minor_place = kind == EntityKind::Place
                && matches!(place_of_i(), Some(PlaceKind::Town | PlaceKind::City))
                && j == i + 1
                && run > j
                && self.gazetteer(j).is_none()
                && !(run > j + 1
                    && place_of_i() == Some(PlaceKind::City)
                    && self.given(j).is_some());
            // "champion de France Lucas Mercier": after "de", a country that is also a
            // first name, then a first name and a surname, is the country, then the person.
            let country_then_person = self.lang == Lang::Fr
                && kind == EntityKind::Place
                && j == i + 1
                && run > j + 1
                && i > 0
                && matches!(prev, "de" | "d'" | "d’")
                && matches!(place_of_i(), Some(PlaceKind::Country))
                && self.given(j).is_some();
            // "le joueur du Paris Saint-Germain Karim Vallet": a listed name of several
            // words, then a first name, is the body (or place), then the person.
            let entry_then_person = j > i + 1 && self.given(j).is_some();
            if (self.given(i).is_none() || run - i < 2 || country_then_person || entry_then_person)
                && !minor_place
            {
                let mut m = self.mention(i, j, Some(kind), Evidence::Strong, None);
                m.canonical = canon;
                return Some((Some(m), j));
            }
        }
        let run = self.trim_person_run(i, run);
        // "Prime Minister Vadim Korsak", "Agriculture Secretary Dan Holloway": English
        // capitalises a title, which then runs into the name; the name starts after the
        // run's last title word (the title rules take it from there). Honorifics have
        // rules of their own, and a title word before a body's or an event's word is
        // part of that name ("General Council …").
        if self.lang == Lang::En && run > i + 1 {
            let title = (i..run - 1).rev().find(|&k| {
                self.lex
                    .title(Lang::En, self.word(k))
                    .is_some_and(|t| !t.honorific)
            });
            if let Some(k) = title {
                if self.lex.org_head(Lang::En, self.word(k + 1)).is_none()
                    && !self.is_event_word(k + 1)
                {
                    return Some((None, k + 1));
                }
            }
        }
        if self.org_cue_before(i) && self.given(i).is_none() {
            // "le ministre des Affaires étrangères": a portfolio takes its adjectives,
            // not a nationality ("des Finances françaises").
            let mut end = run;
            if self.lang == Lang::Fr && self.portfolio_before(i) {
                while self.is_word(end)
                    && !self.toks[end].upper()
                    && !self.toks[end].line_start()
                    && !self.is_demonym(end)
                    && !self.verb_after_name(end)
                    && (is_adjective(self.word(end)) || is_name_adjective(self.word(end)))
                {
                    end += 1;
                }
            }
            return self.organisation_by_context(i, end);
        }
        let title = self
            .title_before(i)
            .or_else(|| self.role_after(run).then_some(None));
        let given = self.given(i);
        let len = run - i;
        // "Ukraine's General Staff said", "President Says": in English, after a title, a
        // capitalised common word alone that no list has as a name and the dictionary has
        // as no proper noun is no person's ("Secretary Rice" is).
        let staff = self.lang == Lang::En
            && title.is_some()
            && len == 1
            && self.is_common(i)
            && !self.is_name_word(i)
            && !self.lex.proper_en.contains(word);
        if staff {
            return Some((None, run));
        }
        if let Some(gender) = title {
            let g = gender.or(given.flatten());
            return Some((
                Some(self.mention(i, run, Some(EntityKind::Person), Evidence::Strong, g)),
                run,
            ));
        }
        if len >= 2 && (given.is_some() || self.initial_at(i)) && !self.is_event_word(run - 1) {
            let m = self.mention(
                i,
                run,
                Some(EntityKind::Person),
                Evidence::Strong,
                given.flatten(),
            );
            return Some((Some(m), run));
        }
        // "le CHU de Brest": even an acronym that is a common noun names a body with its town.
        if t.all_caps() && !self.shouting.get(i) && word.chars().all(char::is_alphabetic) {
            if let Some(end) = self.acronym_of_place(i + 1) {
                return self.organisation_by_context(i, end);
            }
        }
        let acronym = t.all_caps()
            && !self.shouting.get(i)
            && len == 1
            && word.chars().all(|c| c.is_alphabetic() || c == '-')
            && word.split('-').all(|part| part.chars().count() <= 6)
            && !is_roman_numeral(word)
            && !self.lex.common_acronyms.contains(word)
            && !is_time_zone(word);
        if acronym && !self.is_common(i) {
            return self.organisation_by_context(i, run);
        }
        if self.distance_end(i) && given.is_none() {
            return Some((
                Some(self.mention(i, run, Some(EntityKind::Place), Evidence::Context, None)),
                run,
            ));
        }
        if self.place_cue_before(i) && given.is_none() {
            return Some((
                Some(self.mention(i, run, Some(EntityKind::Place), Evidence::Context, None)),
                run,
            ));
        }
        // "aux Jeux olympiques", "en Master 1", "en PT5": after a preposition, a common
        // noun with its adjective or number, a category code, a Roman numeral or a time
        // zone is no place.
        if len == 1
            && self.place_prep_before(i)
            && given.is_none()
            && !self.is_event_word(i)
            && !self.lex.surnames.contains(word)
            && !(self.lang == Lang::Fr && self.is_common(i) && self.qualified_after(i))
            && !word.chars().any(|c| c.is_ascii_digit())
            // "au XX e siècle", "rugby à XV", "en UTC": a numeral or a time zone.
            && !is_roman_numeral(word)
            && !is_time_zone(word)
        {
            return Some((
                Some(self.mention(i, run, Some(EntityKind::Place), Evidence::Context, None)),
                run,
            ));
        }
        if len >= 2 {
            // Unknown capitalised words in a row are a name when none is a common word of
            // either language ("Star Wars", "Solar Impulse" are titles) and the last is
            // no place ("Ironman Suisse" is an event).
            // "Ban Ki-moon", "Park Geun-hye": a short family name and a hyphenated given name.
            // Not "le TGV Arras-Dunkerque": an acronym and two places.
            let hyphenated_given = run == i + 2 && self.lang == Lang::Fr && {
                let (a, b) = (word, next);
                a.chars().count() <= 4
                    && !self.toks[i].all_caps()
                    && b.split_once('-').is_some_and(|(x, y)| {
                        x.chars().count() >= 2
                            && y.chars().count() >= 2
                            && x.chars().skip(1).all(char::is_lowercase)
                            && y.chars().skip(1).all(char::is_lowercase)
                            && y.chars().all(char::is_alphabetic)
                    })
            };
            if hyphenated_given {
                return Some((
                    Some(self.mention(i, run, Some(EntityKind::Person), Evidence::Context, None)),
                    run,
                ));
            }
            // "Darryn Hill (Australia) beat …", "5. Tom Reed (U.S.) 11.20": a name before
            // its country in brackets is a competitor's, common words and all.
            if self.country_in_brackets(run) && run <= i + 3 && !self.is_event_word(run - 1) {
                let m = self.mention(i, run, Some(EntityKind::Person), Evidence::Context, None);
                return Some((Some(m), run));
            }
            let any_common = self.run_has_common_words(i, run);
            // "et Pep Guardiola": mid-sentence, a first word the lists have as a common
            // word but the document never writes in lower case, before a surname no list
            // has and no dictionary knows, is a first name.
            let common_first_name = any_common
                && run == i + 2
                && !t.sentence_start()
                && !t.all_caps()
                && !self.toks[i + 1].all_caps()
                && !self.run_has_common_words(i + 1, run)
                && !self.is_name_word(i + 1)
                && !self.is_event_word(run - 1)
                && head_of_i().is_none()
                && self.lex.org_head(self.lang, next).is_none()
                && !self.lex.multi_first.contains(word)
                && !self.is_demonym(i + 1)
                && !["ian", "ean", "ese", "ish", "ens", "ers", "ais"]
                    .iter()
                    .any(|e| next.ends_with(e))
                && !self.written_in_lower_case(&self.lower(i));
            // "Condoleezza Rice": in English, a first word no list or dictionary has, before
            // a common word the dictionary also has as a proper noun (a surname), is a
            // person's first name.
            let unknown_then_surname = any_common
                && self.lang == Lang::En
                && run == i + 2
                && !t.all_caps()
                && !self.toks[i + 1].all_caps()
                && !self.run_has_common_words(i, i + 1)
                && !self.is_name_word(i)
                && self.lex.proper_en.contains(next)
                && self.gazetteer(i + 1).is_none()
                && !self.is_event_word(run - 1)
                && self.lex.org_head(self.lang, next).is_none();
            if common_first_name || unknown_then_surname {
                let m = self.mention(i, run, Some(EntityKind::Person), Evidence::Context, None);
                return Some((Some(m), run));
            }
            if any_common || self.is_event_word(run - 1) {
                // "procureur de la République de Lyon": a listed place after the run's
                // last particle is a name of its own.
                return Some((None, self.place_after_particle(i, run).unwrap_or(run)));
            }
            // In text not all in capitals, an unknown name that opens with an acronym of
            // four letters or more is a body's ("KAVTEL Ostbach", "KAVTEL Pacific"); two or
            // three capitals are as often a person's initials ("TJ Marlow"). In English an
            // acronym after another word ("Velmont KRT") is as often an index or a
            // product; French writes surnames in capitals ("Kouassi KONAN").
            let acronym = self.run_acronym(i, run);
            if acronym == Some(i) && word.chars().nth(3).is_some() {
                return self.organisation_by_context(i, run);
            }
            // Nor is a name whose last word is a country, a region or a sea or mountain's
            // ("Velmont Patagonia" in a headline).
            let ends_in_place = matches!(
                self.lex.places.get(self.form(run - 1).as_ref()),
                Some(
                    PlaceKind::Country
                        | PlaceKind::Continent
                        | PlaceKind::Region
                        | PlaceKind::Geographic
                )
            );
            let product = self.lang == Lang::En && acronym.is_some_and(|k| k > i);
            if !(ends_in_place || product) {
                let m = self.mention(i, run, Some(EntityKind::Person), Evidence::Context, None);
                return Some((Some(m), run));
            }
            return Some((None, run));
        }
        if given.is_some() && !self.is_common(i) {
            return Some((
                Some(self.mention(
                    i,
                    run,
                    Some(EntityKind::Person),
                    Evidence::Context,
                    given.flatten(),
                )),
                run,
            ));
        }
        if self.lex.surnames.contains(word) && !self.is_common(i) {
            return Some((
                Some(self.mention(i, run, Some(EntityKind::Person), Evidence::Context, None)),
                run,
            ));
        }
        if len == 1 && self.surname_as_subject(i) {
            return Some((
                Some(self.mention(i, run, Some(EntityKind::Person), Evidence::Context, None)),
                run,
            ));
        }
        if t.sentence_start() && self.is_common(i) {
            return None;
        }
        // "Dubreuil (8/8)", "Larsen (8/9)": a name before bracketed figures in a line-up is a
        // player.
        if self.word(run) == "(" && !self.is_common(i) {
            let figures = self
                .toks
                .get(run + 1)
                .is_some_and(|t| t.kind() == TokenKind::Number);
            if figures {
                return Some((
                    Some(self.mention(i, run, Some(EntityKind::Person), Evidence::Context, None)),
                    run,
                ));
            }
        }
        if self.is_event_word(i) {
            return Some((None, run));
        }
        // "Vance told reporters": in English, an unknown single name mid-sentence before a
        // verb of speech is a person's surname.
        if self.lang == Lang::En
            && len == 1
            && !t.sentence_start()
            && !t.all_caps()
            && !self.is_common(i)
            && is_said(self.word(run))
        {
            // A guess still: the document may show it to be a body ("the agency Tanvik").
            let m = self.mention(i, run, Some(EntityKind::Person), Evidence::Guess, None);
            return Some((Some(m), run));
        }
        Some((Some(self.mention(i, run, None, Evidence::Guess, None)), run))
    }

    /// "Julian Awards", "Norwegian Open", "WESTERN LEAGUE": an unknown name that ends in the
    /// word of an event, a prize or a competition names that, not a person.
    fn is_event_word(&self, k: usize) -> bool {
        with_lower(self.word(k), |w| {
            matches!(
                w,
                "awards"
                    | "award"
                    | "prize"
                    | "festival"
                    | "open"
                    | "masters"
                    | "cup"
                    | "trophy"
                    | "games"
                    | "championship"
                    | "championships"
                    | "league"
            )
        })
    }

    /// Tokens `i..j` name a country or a continent (a national side, in sports).
    fn is_country(&self, i: usize, j: usize) -> bool {
        // The text itself when its words are joined as in a key, as in `gazetteer`.
        let in_text = j > i && (i..j).all(|k| self.joins_as_in_key(i, k));
        let mut built = String::new();
        let key = if in_text {
            self.text
                .get(self.toks[i].span().start..self.toks[j - 1].span().end)
                .unwrap_or_default()
        } else {
            for k in i..j {
                self.push_key(&mut built, i, k);
            }
            built.as_str()
        };
        let country = |k: &str| {
            matches!(
                self.lex.places.get(k),
                Some(PlaceKind::Country | PlaceKind::Continent)
            )
        };
        // Without a full stop the bare spelling is the key itself: no second string.
        country(key)
            || (key.contains('.')
                && country(&key.chars().filter(|&c| c != '.').collect::<String>()))
    }

    /// "Zantrovia CEO Anna Berg": in English, an unknown name before a title that opens a
    /// person's name is the organisation the person works for.
    fn employer_before_title(&self, i: usize, run: usize) -> Option<(Option<Mention>, usize)> {
        if self.lang != Lang::En || self.shouting.get(i) {
            return None;
        }
        let k = (i + 1..run.saturating_sub(1)).find(|&k| {
            self.lex
                .title(self.lang, self.word(k))
                .is_some_and(|t| !t.honorific)
        })?;

        // "Defence Minister", "Co-Premiers": words the article also writes in lower case,
        // or compounds, describe the office.
        let plain = (i..k).all(|j| {
            !self.is_common(j)
                && !self.word(j).contains('-')
                && !self.written_in_lower_case(&self.lower(j))
                && !self.is_demonym(j)
                && !["ean", "ian", "ese", "ish"]
                    .iter()
                    .any(|e| self.word(j).ends_with(e))
                && self.given(j).is_none()
                && self.lex.title(self.lang, self.word(j)).is_none()
        });
        if !plain {
            return None;
        }
        // "Privatisation Minister": before a minister, a portfolio; the person follows.
        if matches!(&*self.lower(k), "minister" | "secretary" | "commissioner") {
            return Some((None, k));
        }
        let m = self.mention(i, k, Some(EntityKind::Organization), Evidence::Strong, None);
        Some((Some(m), k))
    }

    /// "15e arrondissement de Paris", "1er arrondissement de Lyon": a district of a city
    /// is one place, its number included (`w` is the word at `i`, which the caller has).
    fn arrondissement(&self, i: usize, w: &str) -> Option<(Option<Mention>, usize)> {
        if self.lang != Lang::Fr {
            return None;
        }
        let t = &self.toks[i];
        let mut k = i + 1;
        let ordinal = |s: &str| matches!(s, "e" | "er" | "ème" | "è" | "eme" | "re");
        match t.kind() {
            TokenKind::Number if ordinal(self.word(k)) => k += 1,
            TokenKind::Word
                if w.starts_with(|c: char| c.is_ascii_digit())
                    && ordinal(w.trim_start_matches(|c: char| c.is_ascii_digit())) => {}
            _ => return None,
        }
        if self.word(k) != "arrondissement" || !matches!(self.word(k + 1), "de" | "d'" | "d’") {
            return None;
        }
        let name = k + 2;
        if !self.is_cap(name) || self.toks[name].line_start() {
            return None;
        }
        let end = self.cap_run(name);
        let m = self.mention(i, end, Some(EntityKind::Place), Evidence::Strong, None);
        Some((Some(m), end))
    }

    /// "82 kilomètres entre Tarbes et Lourdes", "the 40 km between Foxton and Levin": the
    /// ends of a distance are places.
    fn distance_end(&self, i: usize) -> bool {
        const UNITS: &[&str] = &[
            "kilomètres",
            "km",
            "mètres",
            "miles",
            "kilometres",
            "kilometers",
        ];
        let Some(prev) = i.checked_sub(1) else {
            return false;
        };
        let between = |k: usize| {
            k > 0 && matches!(self.word(k), "entre" | "between") && listed(UNITS, self.word(k - 1))
        };
        if between(prev) {
            return true;
        }
        // The second end: "… et Y", with the first end a few words back.
        matches!(self.word(prev), "et" | "and")
            && (prev.saturating_sub(6)..prev).any(|k| between(k) && self.is_cap(k + 1))
    }

    /// "un Airbus A320", "des Boeing 737", "l'achat de 114 Airbus", "une Peugeot 307": a
    /// maker's name with a model number or a count names its products, not the firm.
    fn names_a_product(&self, i: usize) -> bool {
        // English results tables put scores after club names ("Arsenal 2 Chelsea 1").
        if self.lang != Lang::Fr {
            return false;
        }
        let is_year = |w: &str| w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
        let model = self.toks.get(i + 1).is_some_and(|t| {
            let w = t.text(self.text);
            !t.line_start()
                && t.space_before()
                && match t.kind() {
                    TokenKind::Number => !is_year(w) && !w.contains([',', '.']),
                    TokenKind::Word => {
                        t.upper()
                            && w.chars().any(|c| c.is_ascii_digit())
                            && w.chars().count() <= 10
                    }
                    TokenKind::Punct => false,
                }
        });
        let counted = i > 0 && {
            let t = &self.toks[i - 1];
            let w = t.text(self.text);
            t.kind() == TokenKind::Number && !is_year(w) && !self.toks[i].line_start()
        };
        model || counted
    }

    /// "Jeux olympiques", "Ski alpin", "Master 1": a common noun followed by its adjective
    /// or its number names a thing, not a place.
    fn qualified_after(&self, i: usize) -> bool {
        self.toks.get(i + 1).is_some_and(|t| {
            !t.line_start()
                && match t.kind() {
                    TokenKind::Number => true,
                    TokenKind::Word => !t.upper() && is_adjective(t.text(self.text)),
                    TokenKind::Punct => false,
                }
        })
    }

    /// "le télescope spatial Hubble", "la sonde Rosetta", "la série Navarro", "la tempête
    /// tropicale Alex": a name after the noun of a craft, a work or a storm names that
    /// thing, not a person or a place.
    fn object_cue_before(&self, i: usize) -> bool {
        static CUES: Words = Words::new(&[
            "télescope",
            "satellite",
            "satellites",
            "sonde",
            "rover",
            "robot",
            "astromobile",
            "porte-avions",
            "navire",
            "frégate",
            "sous-marin",
            "paquebot",
            "cargo",
            "fusée",
            "lanceur",
            "vaisseau",
            "capsule",
            "missile",
            "drone",
            "saga",
            "série",
            "feuilleton",
            "film",
            "album",
            "roman",
            "opéra",
            "tempête",
            "ouragan",
            "cyclone",
            "typhon",
            "système",
        ]);
        if self.lang != Lang::Fr {
            return false;
        }
        let mut k = i;
        for _ in 0..3 {
            let Some(prev) = k.checked_sub(1) else {
                return false;
            };
            k = prev;
            let t = &self.toks[k];
            if t.kind() != TokenKind::Word || t.upper() {
                return false;
            }
            let w = self.word(k);
            if CUES.has(w) {
                return true;
            }
            // "télescope spatial", "tempête tropicale", "système de positionnement européen".
            if !(is_adjective(w) || self.is_demonym(k)) {
                return false;
            }
        }
        false
    }

    /// A lower-case role noun right before `i` ("le journaliste", "la chanteuse").
    fn role_noun_before(&self, i: usize) -> bool {
        i > 0 && {
            let w = self.word(i - 1);
            !self.toks[i - 1].upper() && self.lex.title(self.lang, w).is_some_and(|t| !t.honorific)
        }
    }

    /// "Hollande est arrivé sur place": a French country, region or common noun takes an
    /// article as a subject ("la Hollande a…"), so a bare one that is also a known
    /// surname, right before an auxiliary, is the person.
    fn surname_as_subject(&self, i: usize) -> bool {
        if self.lang != Lang::Fr || !self.lex.surnames.contains(self.word(i)) {
            return false;
        }
        // A country or region, or no place at all ("Blanc a déclaré").
        let country = matches!(
            self.lex.places.get(self.form(i).as_ref()),
            Some(PlaceKind::Country | PlaceKind::Region) | None
        );
        let bare = i == 0
            || !matches!(
                &*self.lower(i - 1),
                "la" | "le"
                    | "les"
                    | "l'"
                    | "l’"
                    | "en"
                    | "de"
                    | "du"
                    | "des"
                    | "d'"
                    | "d’"
                    | "au"
                    | "aux"
                    | "à"
                    | "et"
                    | "ou"
            );
        let verb = matches!(
            self.word(i + 1),
            "a" | "est" | "avait" | "était" | "sera" | "aura" | "va" | "n'a" | "n'est"
        );
        country && bare && verb
    }

    /// "le prix Nobel de la paix", "les prix Pulitzer": the name after "prix" names the
    /// prize, not the person it honours.
    fn names_a_prize(&self, i: usize, prev: &str) -> bool {
        self.lang == Lang::Fr && i > 0 && prev == "prix"
    }

    /// "anti-Kovac", "pro-Damas" (the tokenizer splits the prefix off): the one word after
    /// a prefix of opposition or support is a name of its own, of the kind the lists or
    /// the rest of the document give it; a capitalised adjective is none
    /// ("pro-Socialist", "anti-Russian").
    fn name_after_prefix(&self, i: usize, prev: &str) -> Option<(Option<Mention>, usize)> {
        if i < 2
            || prev != "-"
            || self.toks[i].space_before()
            || self.toks[i - 1].space_before()
            || !matches!(self.word(i - 2), "anti" | "pro")
        {
            return None;
        }
        if self.is_demonym(i) || self.is_common(i) {
            return Some((None, i + 1));
        }
        let (kind, evidence) = match self.gazetteer(i) {
            Some((j, kind, _)) if j == i + 1 => (Some(kind), Evidence::Strong),
            _ => (None, Evidence::Guess),
        };
        Some((Some(self.mention(i, i + 1, kind, evidence, None)), i + 1))
    }

    /// "Sen. Al Bow (D-N.Y.)", "Rep. Jo Tell, R-Texas,": in English (as the caller has
    /// checked), a lawmaker's party and state, in brackets or between commas, are no name
    /// of their own.
    fn party_and_state(&self, i: usize) -> Option<(Option<Mention>, usize)> {
        let w = self.word(i).as_bytes();
        if w.len() < 3
            || w[1] != b'-'
            || !matches!(w[0], b'D' | b'R' | b'I')
            || !w[2].is_ascii_uppercase()
            || i == 0
            || !matches!(self.word(i - 1), "(" | ",")
        {
            return None;
        }
        let end = (i + 1..(i + 6).min(self.toks.len()))
            .find(|&k| matches!(self.word(k), ")" | ",") || self.toks[k].line_start())?;
        Some((None, end))
    }

    /// "St. Anselm's Square", "St. Olaf's Church": in English, a saint's name in the
    /// possessive (at `i`, "St", as the caller has checked) and a place's or a church's
    /// word are one place; with a hospital's, a college's or a school's word, one body.
    fn saints_place(&self, i: usize) -> Option<(Option<Mention>, usize)> {
        let glued = |k: usize| self.toks.get(k).is_some_and(|t| !t.space_before());
        if self.lang != Lang::En
            || self.word(i + 1) != "."
            || !glued(i + 1)
            || !self.is_cap(i + 2)
            || !matches!(self.word(i + 3), "'" | "’")
            || !glued(i + 3)
            || self.word(i + 4) != "s"
            || !glued(i + 4)
            || !self.is_cap(i + 5)
            || self.toks[i + 5].line_start()
        {
            return None;
        }
        let end = self.cap_run(i + 5);
        let last = self.word(end - 1);
        let kind = if is_place_tail(last)
            || matches!(
                last,
                "Cathedral" | "Church" | "Basilica" | "Abbey" | "Chapel"
            ) {
            EntityKind::Place
        } else if matches!(last, "Hospital" | "College" | "School" | "University") {
            EntityKind::Organization
        } else {
            return None;
        };
        let m = self.mention(i, end, Some(kind), Evidence::Context, None);
        Some((Some(m), end))
    }

    /// "Hurricane Lorna", "Typhoon Ewan", "Storm Petra": in English, a storm named like a
    /// person (at `i`, the word of the storm, as the caller has checked) is no person, nor
    /// any entity.
    fn storm(&self, i: usize) -> Option<(Option<Mention>, usize)> {
        if self.lang != Lang::En || !self.is_cap(i + 1) || self.toks[i + 1].line_start() {
            return None;
        }
        Some((None, self.cap_run(i + 1)))
    }

    /// "à Fort Calder", "in Port Sainte Lucie": a name opening with the word of a fort
    /// or a port (at `i`, as the caller has checked), after a place preposition, is a
    /// town's, first names and common words in it too.
    fn settlement(&self, i: usize) -> Option<(Option<Mention>, usize)> {
        if !self.is_cap(i + 1) || self.toks[i + 1].line_start() || !self.place_prep_before(i) {
            return None;
        }
        let mut run = self.cap_run(i);
        // "Port St. Lucie": an abbreviated saint goes on past its period.
        while matches!(self.word(run - 1), "St" | "Ste")
            && self.word(run) == "."
            && !self.toks[run].space_before()
            && self.is_cap(run + 1)
            && !self.toks[run + 1].line_start()
        {
            run = self.cap_run(run + 1);
        }
        let m = self.mention(i, run, Some(EntityKind::Place), Evidence::Context, None);
        Some((Some(m), run))
    }

    /// "at Carrow Road, Norwich", "at Milton Park, Essex": in English, a name after "at"
    /// and before a comma and a listed place is a venue there, a place, first names in
    /// it or not.
    fn venue_in_town(&self, i: usize, run: usize, prev: &str) -> Option<(Option<Mention>, usize)> {
        if self.lang != Lang::En
            || i == 0
            || prev != "at"
            || self.word(run) != ","
            || !self.is_cap(run + 1)
            || self.toks[run + 1].line_start()
            || self.gazetteer(i).is_some()
        {
            return None;
        }
        if !matches!(self.gazetteer(run + 1), Some((_, EntityKind::Place, _))) {
            return None;
        }
        let m = self.mention(i, run, Some(EntityKind::Place), Evidence::Context, None);
        Some((Some(m), run))
    }

    /// "Air Tanzanie", "Air Moldova": "Air" (at `i`, as the caller has checked) before a
    /// listed place names the airline of that place ("Air Force", "Air Traffic Control"
    /// name none).
    fn airline(&self, i: usize) -> Option<(Option<Mention>, usize)> {
        if !self.is_cap(i + 1) || self.toks[i + 1].line_start() {
            return None;
        }
        let (end, kind, _) = self.gazetteer(i + 1)?;
        if kind != EntityKind::Place {
            return None;
        }
        self.organisation(i, end)
    }

    /// "le HBC Vierzon", "SC Lindau", "OFK Zemun": a sports club's acronym (ending in C or
    /// K, for club or klub, or a usual one such as AS, US, SV) before a town's name is
    /// the club; a country or a region after it is no club's ("OSCE Chechnya").
    fn club_of_town(&self, i: usize) -> Option<(Option<Mention>, usize)> {
        let t = &self.toks[i];
        if !t.all_caps() || self.shouting.get(i) {
            return None;
        }
        let w = self.word(i);
        let club = (2..=4).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_uppercase())
            && (w.ends_with('C')
                || w.ends_with('K')
                || matches!(
                    w,
                    "AS" | "US" | "SV" | "SS" | "CD" | "UD" | "CF" | "AJ" | "JS" | "ES"
                ));
        if !club || !self.is_cap(i + 1) || self.toks[i + 1].line_start() {
            return None;
        }
        let town = |kind: Option<PlaceKind>| {
            matches!(
                kind,
                Some(PlaceKind::City | PlaceKind::Town | PlaceKind::Capital)
            )
        };
        let end = match self.gazetteer(i + 1) {
            Some((end, EntityKind::Place, _)) if town(self.place_kind_of(i + 1, end)) => end,
            Some(_) => return None,
            // "l'AS Vernay-Bourgogne": a town joined to its region by a hyphen.
            None => {
                let (first, _) = self.word(i + 1).split_once('-')?;
                if !town(self.lex.places.get(first).copied()) {
                    return None;
                }
                i + 2
            }
        };
        self.organisation(i, end)
    }

    /// "la fête de saint Honoré", "sainte Odile": after "saint" in lower case, a first
    /// name is the saint, a person ("Saint-Honoré", hyphened, is a place).
    fn saint(&self, i: usize, prev: &str) -> Option<(Option<Mention>, usize)> {
        if i == 0
            || !matches!(prev, "saint" | "sainte")
            || !self.toks[i].space_before()
            || self.given(i).is_none()
            || self.is_cap(i + 1)
        {
            return None;
        }
        let m = self.mention(i, i + 1, Some(EntityKind::Person), Evidence::Context, None);
        Some((Some(m), i + 1))
    }

    /// "le rôle de Lord Varney", "the role of Elsa Brandt": the name of a role is a
    /// character's, a person's (a listed place or body keeps its kind).
    fn character_after_role(
        &self,
        i: usize,
        run: usize,
        prev: &str,
    ) -> Option<(Option<Mention>, usize)> {
        if i < 2
            || !matches!(prev, "de" | "d'" | "d’" | "of")
            || !matches!(self.word(i - 2), "rôle" | "role")
            || self.toks[i].line_start()
            || self.gazetteer(i).is_some()
        {
            return None;
        }
        let m = self.mention(i, run, Some(EntityKind::Person), Evidence::Context, None);
        Some((Some(m), run))
    }

    /// "le café Varnelli", "le restaurant Corvin", "près de l'hôtel Belvara": a name
    /// right after the noun of a café, bar, restaurant or hotel is the business's, an
    /// organisation ("le restaurant Paul Vernet", named for a person, is left to the rules
    /// for people, and so are places: "l'hôtel Mercure de Lyon" keeps "Lyon").
    fn establishment_after_its_noun(
        &self,
        i: usize,
        run: usize,
        prev: &str,
    ) -> Option<(Option<Mention>, usize)> {
        if i == 0
            || !matches!(
                prev,
                "café" | "bar" | "restaurant" | "hôtel" | "brasserie" | "cabaret" | "discothèque"
            )
            || !self.named_after_its_noun(i)
            || (run >= i + 2 && self.given(i).is_some())
            || self.gazetteer(i).is_some()
        {
            return None;
        }
        self.organisation_by_context(i, run)
    }

    /// Whether the word at `i`, after a noun of a kind of place or body, may be its name:
    /// not on a line of its own, no nationality and no day or month.
    fn named_after_its_noun(&self, i: usize) -> bool {
        !self.toks[i].line_start() && !self.is_demonym(i) && !is_calendar_word(&self.form(i))
    }

    /// "the official newspaper Velmar reported": in English, a name right after a word
    /// for a news medium is that medium, even one a list has as a place; not a
    /// nationality nor a day ("the safety agency Saturday").
    fn medium_after_its_noun(
        &self,
        i: usize,
        run: usize,
        prev: &str,
    ) -> Option<(Option<Mention>, usize)> {
        if self.lang != Lang::En
            || i == 0
            || !matches!(
                prev,
                "newspaper" | "daily" | "weekly" | "tabloid" | "magazine" | "agency"
            )
            || !self.named_after_its_noun(i)
        {
            return None;
        }
        self.organisation_by_context(i, run)
    }

    /// "the consulting firm Varnell Equity Services", "the chipmaker Taltec": in English, a
    /// name right after a word for a business is that business; not a person's ("the
    /// company Ada Moss founded"), a listed place's or body's alone, a nationality nor a
    /// day.
    fn firm_after_its_noun(
        &self,
        i: usize,
        run: usize,
        prev: &str,
    ) -> Option<(Option<Mention>, usize)> {
        if self.lang != Lang::En
            || i < 2
            || !listed(BUSINESS_NOUNS_EN, prev)
            || !self.named_after_its_noun(i)
            || self.given(i).is_some()
            || self.gazetteer(i).is_some_and(|(j, _, _)| j >= run)
        {
            return None;
        }
        self.organisation_by_context(i, run)
    }

    /// A first name and a surname joined by a hyphen, as prizes, streets and schools
    /// are named after people ("Jean-Vallet", "Anne-Morel"); not a compound first name
    /// ("Jean-Pierre").
    fn prize_person(&self, k: usize) -> bool {
        let Some((first, rest)) = self.word(k).split_once('-') else {
            return false;
        };
        self.lex.given.contains_key(first)
            && rest.chars().next().is_some_and(char::is_uppercase)
            && !rest.split('-').all(|p| self.lex.given.contains_key(p))
    }

    /// Where a listed place starts that ends the run `i..run` after a particle, when the
    /// words before it are common words and name no body, building or event of that
    /// place: "procureur de la République de Lyon", "le Statut de Rome" name Lyon and
    /// Rome; "l'Opéra de Lyon", "le Festival de Lyon", "le Stade de France" do not. Nor
    /// does a group named by a plural noun of people, an association or a unit ("les
    /// Jardiniers de Lyon", "les Chasseurs d'Afrique"), unless the noun is one of the
    /// nationality list's.
    fn place_after_particle(&self, i: usize, run: usize) -> Option<usize> {
        let k = (i + 1..run.saturating_sub(1))
            .rev()
            .find(|&k| matches!(self.word(k), "de" | "du" | "d'" | "d’" | "of"))?;
        if self.word(i).ends_with(['s', 'x']) && !self.is_demonym(i) {
            return None;
        }
        let plain = (i..k).all(|w| {
            let word = self.word(w);
            matches!(word, "de" | "du" | "des" | "d'" | "d’" | "la" | "l'" | "l’")
                || (self.is_common(w)
                    && self.gazetteer(w).is_none()
                    && self.lex.org_head(self.lang, word).is_none()
                    && !self.is_event_word(w)
                    && !with_lower(word, |w| {
                        listed(PLACE_NOUNS_FR, w) || is_establishment(w) || is_building(w)
                    }))
        });
        if !plain {
            return None;
        }
        let (end, kind, _) = self.gazetteer(k + 1)?;
        (end == run && kind == EntityKind::Place).then_some(k + 1)
    }

    /// Whether a run of unknown capitalised words holds common words, and so is a title
    /// or a slogan rather than a name. In French text an English word counts only when
    /// every word of the run is English ("Star Wars", but "Usain Bolt", "Ban Ki-moon"
    /// are people): a foreign name often shares a word with English.
    fn run_has_common_words(&self, i: usize, run: usize) -> bool {
        // A foreign particle in lower case joins a name's parts ("Ghalib al Rashed",
        // "Joost van Leer"): it is no common word of the name. French "de" is, as often, the
        // preposition of a title or a place ("Forges de Vaudrecourt").
        let common = |k: usize, lang: Lang| {
            self.is_word(k)
                && !(!self.toks[k].upper()
                    && PARTICLES.has(self.word(k))
                    && !matches!(self.word(k), "de" | "du" | "des" | "d'" | "d’" | "e" | "y"))
                && with_lower(self.word(k), |w| self.lex.is_common(lang, w))
                && !self.is_name_word(k)
        };
        match self.lang {
            Lang::Fr => {
                (i..run).any(|k| common(k, Lang::Fr) || self.toks[k].all_caps())
                    || (i..run)
                        .filter(|&k| self.is_word(k))
                        .all(|k| common(k, Lang::En))
            }
            Lang::En => (i..run).any(|k| common(k, Lang::Fr) || common(k, Lang::En)),
        }
    }

    /// "BOSTON 71 64 .526", "Cumbria 114 and 81-3", "Daegu 6 Gwangju 2": a place
    /// followed by a score in a line of results is the team that plays there.
    fn team_score_after(&self, end: usize) -> bool {
        let Some(next) = self.toks.get(end) else {
            return false;
        };
        if next.kind() != TokenKind::Number || next.line_start() {
            return false;
        }
        // "71", "429-7", "4-37": a score, not a year or an amount.
        let n = self.word(end);
        let head = n.split('-').next().unwrap_or("");
        if head.is_empty() || head.len() > 3 || !n.bytes().all(|b| b.is_ascii_digit() || b == b'-')
        {
            return false;
        }
        // A line of results has several numbers and few words.
        let (numbers, words) = self.line_counts.of(end);
        numbers >= 2 && numbers.saturating_mul(2) >= words
    }

    /// "The Guardian", "le quotidien The Independent": in French text an English title
    /// keeps its article when it names a listed organisation or follows an outlet's noun.
    fn english_title(&self, i: usize, run: usize) -> Option<(Option<Mention>, usize)> {
        if self.lang != Lang::Fr || self.word(i) != "The" || run < i + 2 {
            return None;
        }
        let listed =
            matches!(self.gazetteer(i + 1), Some((j, EntityKind::Organization, _)) if j == run);
        let cued = self.org_cue_before(i)
            || (i > 0 && matches!(&*self.lower(i - 1), "selon" | "d'après" | "par"));
        if !(listed || cued) {
            return None;
        }
        self.organisation(i, run)
    }

    /// "De Smet", "Van Aert", "Le Pen": a capitalised particle before an unknown
    /// capitalised word that is no common word is part of a surname.
    fn particle_surname(&self, i: usize) -> Option<(Option<Mention>, usize)> {
        const PARTICLES: &[&str] = &[
            "De", "Van", "Von", "Le", "Di", "Da", "Del", "Dos", "Mac", "Ter", "Ten",
        ];
        if !listed(PARTICLES, self.word(i)) || !self.is_cap(i + 1) || self.toks[i + 1].line_start()
        {
            return None;
        }
        if self.gazetteer(i + 1).is_some() || is_place_compound(self.word(i + 1)) {
            return None;
        }
        let next = i + 1;
        if self.is_common(next) || self.is_name_word(next) || self.toks[next].all_caps() {
            return None;
        }
        // "Le Syctom, quant à lui, …": at a sentence's start, "Le" is the article unless
        // the document writes the name with its capital "Le" elsewhere ("Yves Le Tallec").
        if self.lang == Lang::Fr && self.word(i) == "Le" && self.toks[i].sentence_start() {
            let surnames = self
                .le_surnames
                .get_or_init(|| le_surnames(self.text, self.toks));
            if !surnames.contains(self.word(next)) {
                return Some((None, next));
            }
        }
        let m = self.mention(
            i,
            next + 1,
            Some(EntityKind::Person),
            Evidence::Context,
            None,
        );
        Some((Some(m), next + 1))
    }

    /// Drops trailing words of a person's run that are common words, not names
    /// ("Sergei Shoigu Pic").
    fn trim_person_run(&self, i: usize, mut run: usize) -> usize {
        while run > i + 1 {
            let k = run - 1;
            let label =
                self.word(k + 1) == ":" && !self.toks.get(k + 1).is_some_and(|t| t.space_before());
            if self.word(k) == "." || (label && self.is_common(k) && !self.is_name_word(k)) {
                run -= 1;
            } else {
                break;
            }
        }
        run
    }

    /// "Ministère de la Défense", "Parti socialiste", "Labour Party", "Bank of England".
    fn org_pattern(&self, i: usize, run: usize) -> Option<(Option<Mention>, usize)> {
        let head = self.lex.org_head(self.lang, self.word(i)) == Some(HeadPosition::Head);
        // "Senate Majority Leader Jon Pell", "Party Secretary Ada Marsh": in English, a
        // body's word opening a capitalised title, then a first name, is the title of the
        // person named after it (the title rules take the name from there).
        if head && self.lang == Lang::En && run > i + 2 {
            let title = (i + 1..run - 1).rev().find(|&k| {
                self.given(k + 1).is_some()
                    && self
                        .lex
                        .title(Lang::En, self.word(k))
                        .is_some_and(|t| !t.honorific)
            });
            if let Some(k) = title {
                return Some((None, k + 1));
            }
        }
        let last = run - 1;
        let tail = run > i + 1
            && matches!(
                self.lex.org_head(self.lang, self.word(last)),
                Some(HeadPosition::Tail)
            )
            || (self.lang == Lang::En
                && run > i + 1
                && self.lex.org_head(self.lang, self.word(last)) == Some(HeadPosition::Head));
        if !head && !tail {
            return None;
        }
        // "Marine Le Goff", "Marine Duval": a head word that is also a first name, before a
        // particle or a known surname, opens a person's name.
        if head
            && run > i + 1
            && self.given(i).is_some()
            && (matches!(
                self.word(i + 1),
                "Le" | "De" | "Van" | "Von" | "Di" | "Da" | "Del"
            ) || self.lex.surnames.contains(self.word(i + 1)))
        {
            return None;
        }
        let mut end = run;
        if head || (tail && self.lang == Lang::En && self.complement_follows(last)) {
            end = self.extend_org(run);
            // "Mission de l'Union africaine en Somalie": a mission names where it serves.
            if self.lang == Lang::Fr
                && matches!(self.word(i), "Mission" | "Opération")
                && matches!(self.word(end), "en" | "au" | "aux")
                && self.is_cap(end + 1)
                && !self.toks[end + 1].line_start()
            {
                end = self.cap_run(end + 1);
            }
        }
        // "Air Kestrel Capt. Ray Odell", "Navy Capt. Lin": a title that ends the run
        // introduces the person after it.
        if self.lang == Lang::En && end == run && run > i + 2 && self.title_introduces_name(last) {
            end = last;
        }
        if self.lang == Lang::En {
            end = self.extend_in_place(i, end);
        }
        // "Conseil" alone at a sentence start is a common noun; mid-sentence, the capital
        // names the institution ("adopté par le Parlement").
        if end == i + 1
            && (self.toks[i].sentence_start()
                || self.shouting.get(i)
                || (self.is_common(i) && !head))
        {
            return None;
        }
        self.organisation(i, end)
    }

    /// Whether token `k` is a title followed by a capitalised name (after the title's
    /// abbreviation point, if any).
    fn title_introduces_name(&self, k: usize) -> bool {
        let dotted = self.word(k + 1) == "." && !self.toks[k + 1].space_before();
        let next = if dotted { k + 2 } else { k + 1 };
        // Abbreviations are listed with their point ("Gen.").
        let title = self.lex.title(self.lang, self.word(k)).is_some()
            || (dotted
                && self
                    .lex
                    .title(self.lang, &format!("{}.", self.word(k)))
                    .is_some());
        title && self.is_cap(next) && !self.toks[next].line_start()
    }

    /// An organisation named by tokens `i..end`, found by a rule that reads its name.
    fn organisation(&self, i: usize, end: usize) -> Option<(Option<Mention>, usize)> {
        self.organisation_as(i, end, Evidence::Strong)
    }

    /// An organisation named by tokens `i..end`, found from what surrounds the name.
    fn organisation_by_context(&self, i: usize, end: usize) -> Option<(Option<Mention>, usize)> {
        self.organisation_as(i, end, Evidence::Context)
    }

    fn organisation_as(
        &self,
        i: usize,
        end: usize,
        evidence: Evidence,
    ) -> Option<(Option<Mention>, usize)> {
        let m = self.mention(i, end, Some(EntityKind::Organization), evidence, None);
        Some((Some(m), end))
    }

    /// "Global Ocean Foundation", "Blue Ocean Foundation" in a French article: capitalised
    /// words ending in an English organisation word name an organisation, whatever the
    /// words before (a first name among them, "Ocean", makes no person), unless that last
    /// word is also French ("Union", "Alliance"). In "le Deep Space Laboratory de
    /// Tucson" the name ends before the French particle that joins its town.
    fn english_org(&self, i: usize, run: usize) -> Option<(Option<Mention>, usize)> {
        if self.lang != Lang::Fr {
            return None;
        }
        let end = (i + 1..run)
            .find(|&k| self.toks[k].kind() == TokenKind::Word && !self.toks[k].upper())
            .unwrap_or(run);
        let last = end - 1;
        // A name opened by the English article is English: its last word's being a
        // French word ("Journal") says nothing.
        if end < i + 2
            || self.lex.org_head(Lang::En, self.word(last)).is_none()
            || (self.is_common(last) && self.word(i) != "The")
        {
            return None;
        }
        self.organisation(i, end)
    }

    /// "Tallis Street", "Marrow Creek", "Harlan Valley": unknown capitalised words ending
    /// in the English word for a street, a stream or a landform name a place, in either
    /// language's text; not after an organisation's noun ("la firme Orchard Square") nor
    /// before a number ("la Marrow Creek 200", a race).
    fn place_by_tail(&self, i: usize, run: usize) -> Option<(Option<Mention>, usize)> {
        // The tail word first: it turns nearly every run away without a look-up.
        let tail = run >= i + 2 && is_place_tail(self.word(run - 1));
        if !tail
            || self
                .toks
                .get(run)
                .is_some_and(|t| t.kind() == TokenKind::Number)
            // "Oxford Street", "Trafalgar Square": a place's name may open a street's.
            || self
                .gazetteer(i)
                .is_some_and(|(j, kind, _)| j > i + 1 || kind != EntityKind::Place)
            || self.org_cue_before(i)
        {
            return None;
        }
        let m = self.mention(i, run, Some(EntityKind::Place), Evidence::Context, None);
        Some((Some(m), run))
    }

    /// "Afrique de l'Ouest", "Asie du Sud-Est", "Afrique centrale": a place with a
    /// direction is one place.
    fn extend_place(&self, end: usize) -> usize {
        let w = self.word(end);
        if self.lang == Lang::Fr
            && matches!(
                w,
                "centrale"
                    | "occidentale"
                    | "orientale"
                    | "australe"
                    | "méridionale"
                    | "septentrionale"
                    | "latine"
                    | "subsaharienne"
                    | "équatoriale"
            )
            && !self.toks[end].line_start()
        {
            return end + 1;
        }
        let mut k = end;
        if matches!(w, "du" | "de") {
            k += 1;
            if matches!(self.word(k), "l'" | "l’") {
                k += 1;
            }
            if self.toks.get(k).is_some_and(|t| !t.line_start()) && is_direction(self.word(k)) {
                return k + 1;
            }
        }
        end
    }

    /// "National Bank of Ruritania", "Agency for Nuclear Safety": an English body named
    /// by its last word takes an "of"/"for" complement; a legal form (Inc, Ltd) does not.
    fn complement_follows(&self, last: usize) -> bool {
        matches!(self.word(last + 1), "of" | "for")
            && !self.toks.get(last + 1).is_some_and(|t| t.line_start())
            // "… Party for Hillary Clinton": a person is no body's complement.
            && self.given(last + 2).is_none()
            && !matches!(
                self.word(last).trim_end_matches('.'),
                "Inc" | "Ltd" | "Corp" | "Co" | "Plc" | "PLC" | "plc" | "LLC" | "LP" | "LLP"
            )
    }

    /// "Council for Peace and Cooperation in Europe": a long formal name, one with "for"
    /// or "and" in it, goes on over "in" and the place it serves. A short one does not
    /// ("the Parliament in Ruritania").
    fn extend_in_place(&self, i: usize, end: usize) -> usize {
        let formal = (i..end).any(|k| matches!(self.word(k), "for" | "and"));
        let place = end + 1;
        if !formal || self.word(end) != "in" || !self.is_cap(place) || self.toks[place].line_start()
        {
            return end;
        }
        // Only a continent or a world region: "… Research in Germany" is where the body
        // sits.
        match self.gazetteer(place) {
            Some((j, EntityKind::Place, _))
                if !self.is_cap(j)
                    && self.lex.places.get(self.form(place).as_ref())
                        == Some(&PlaceKind::Continent) =>
            {
                j
            }
            _ => end,
        }
    }

    /// "l'institut géologique américain (IGA)": adjectives in lower case from `k` on,
    /// then an acronym in brackets, which says the words before it are a body's name.
    fn acronym_after_adjectives(&self, k: usize) -> bool {
        let mut end = k;
        while end < k + 4 && self.adjective_at(end) {
            end += 1;
        }
        end > k
            && self.word(end) == "("
            && self.toks.get(end + 1).is_some_and(Token::all_caps)
            && self.word(end + 2) == ")"
    }

    /// "l'armée syrienne du président Karim Nasser": a title before a capitalised name
    /// at `k` is the person's, no complement of the body before it.
    fn title_before_name(&self, k: usize) -> bool {
        self.is_cap(k + 1)
            && !self.toks[k + 1].line_start()
            && self
                .lex
                .title(self.lang, self.word(k))
                .is_some_and(|t| !t.honorific)
    }

    /// "des physiciens du Grand collisionneur", "au Grand réseau d'antennes": in French,
    /// a capitalised common word after an article or a contraction and before a noun in
    /// lower case opens a name written with one capital, whatever town bears the word
    /// (a town takes no article but its own, "du Mans"; countries and regions do, "du
    /// Brésil", and are left alone).
    fn adjective_in_a_title(&self, i: usize, prev: &str) -> bool {
        self.lang == Lang::Fr
            && i > 0
            && matches!(
                prev,
                "du" | "des" | "au" | "aux" | "le" | "la" | "les" | "un" | "une"
            )
            && self
                .toks
                .get(i + 1)
                .is_some_and(|t| t.kind() == TokenKind::Word && !t.upper() && !t.line_start())
            && !self.is_function_word(i + 1)
            && !self.is_demonym(i + 1)
            && matches!(
                self.lex.places.get(self.form(i).as_ref()),
                Some(PlaceKind::Town | PlaceKind::City)
            )
            && self.is_common(i)
    }

    /// A French adjective in lower case at `k` that may qualify a name.
    fn adjective_at(&self, k: usize) -> bool {
        self.toks
            .get(k)
            .is_some_and(|t| t.kind() == TokenKind::Word && !t.upper() && !t.line_start())
            && {
                let w = self.word(k);
                (is_adjective(w) || is_name_adjective(w) || self.is_demonym(k))
                    && !self.is_function_word(k)
                    && !self.verb_after_name(k)
            }
    }

    /// In French, after an adjective at `end - 1`: one past the adjectives joined to it
    /// by commas and a last "et" (", social et environnemental"), if they are there.
    fn coordinated_adjectives(&self, end: usize) -> Option<usize> {
        if self.lang != Lang::Fr
            || !matches!(self.word(end), "," | "et")
            || end == 0
            || !self.adjective_at(end - 1)
        {
            return None;
        }
        let mut k = end;
        while self.word(k) == "," && self.adjective_at(k + 1) {
            k += 2;
        }
        (self.word(k) == "et" && self.adjective_at(k + 1)).then_some(k + 2)
    }

    /// Extends an organisation name over adjectives and "de …" complements.
    fn extend_org(&self, mut end: usize) -> usize {
        let links = match self.lang {
            Lang::Fr => ORG_LINKS_FR,
            Lang::En => ORG_LINKS_EN,
        };
        let mut lower_nouns = 0;
        let mut proper_seen = false;
        let start = end;
        while let Some(t) = self.toks.get(end) {
            if end - start >= MAX_NAME_TOKENS {
                break;
            }
            if t.line_start() {
                break;
            }
            // "Agence américaine océanique et atmosphérique", "Conseil économique, social
            // et environnemental": adjectives joined to the name's last one.
            if let Some(next) = self.coordinated_adjectives(end) {
                end = next;
                continue;
            }
            if t.kind() != TokenKind::Word {
                break;
            }
            if t.upper() {
                // "le président du Conseil fédéral Anton Kessel": a first name and a
                // capitalised word after the name's lower-case words (its own, or a
                // listed name's: "du Conseil européen Anton Kessel") are the person
                // the title names, not more of the name; so are a first name, particles
                // and a capitalised word ("Anna von der Kessel").
                if end > 0
                    && self.is_word(end - 1)
                    && !self.toks[end - 1].upper()
                    && self.given(end).is_some()
                    && self.is_cap(self.after_particles(end + 1))
                {
                    break;
                }
                end += 1;
                continue;
            }
            let w = self.word(end);
            if self.lang == Lang::Fr
                && (self.is_demonym(end) || is_adjective(w) || is_name_adjective(w))
                && !self.is_function_word(end)
                && !self.verb_after_name(end)
            {
                end += 1;
                continue;
            }
            // Links: "de", "de la", "of the".
            let mut k = end;
            while k < end + 2 && listed(links, self.word(k)) {
                k += 1;
            }
            if k == end && !(self.word(k) == "la" || self.word(k) == "l'") {
                break;
            }
            if matches!(self.word(k), "la" | "l'" | "l’" | "the")
                || (self.word(end) == "pour" && matches!(self.word(k), "le" | "les"))
            {
                k += 1;
            }
            if k == end {
                break;
            }
            // "… History and Culture on Saturday": a date ends the name.
            if self.is_cap(k)
                && !self.toks[k].line_start()
                && !(self.lang == Lang::En && is_calendar_word(self.word(k)))
            {
                end = k + 1;
                // "Église épiscopale des États-Unis de la communion": no common noun
                // after a proper one.
                proper_seen = true;
                continue;
            }
            let link_de = matches!(
                self.word(end),
                "de" | "des" | "du" | "d'" | "d’" | "pour" | "aux"
            );
            if self.lang == Lang::Fr
                && link_de
                && !proper_seen
                && lower_nouns < MAX_LOWER_COMPLEMENTS
                && self.is_word(k)
                && !self.is_function_word(k)
                && !self.toks[k].line_start()
                // A complement is a noun ("des libertés en 2010"), so only a verb of
                // speech is told apart here ("il demande au Conseil de préciser").
                && !super::quotes::is_speech_verb(Lang::Fr, self.word(k))
                && !self.infinitive_after_pronoun(k)
                && !self.title_before_name(k)
            {
                lower_nouns += 1;
                // "des anciens combattants", "des jeunes agriculteurs".
                let noun = if is_prenominal(self.word(k))
                    && self.toks.get(k + 1).is_some_and(|t| {
                        t.kind() == TokenKind::Word && !t.upper() && !t.line_start()
                    })
                    && !self.is_function_word(k + 1)
                {
                    k + 1
                } else {
                    k
                };
                end = self.extend_org_coordination(noun + 1);
                continue;
            }
            break;
        }
        end
    }

    /// "a confié au Figaro", "un journaliste du Canard enchaîné", "le candidat des
    /// Républicains": after "au", "du", "aux" or "des", a listed name that starts with
    /// "Le" or "Les" (a newspaper, a party) has lost its article to the contraction. Not
    /// in a title ("la Coupe du Monde") nor after a sports word ("champion du Monde").
    fn title_after_contraction(&self, i: usize, prev: &str) -> Option<(Option<Mention>, usize)> {
        if self.lang != Lang::Fr || i == 0 || self.toks[i].line_start() {
            return None;
        }
        let article = match prev {
            "au" | "du" => "Le",
            "aux" | "des" => "Les",
            _ => return None,
        };
        if i >= 2
            && (self.is_cap(i - 2)
                || matches!(
                    &*self.lower(i - 2),
                    "champion"
                        | "championne"
                        | "champions"
                        | "championnes"
                        | "championnat"
                        | "championnats"
                        | "coupe"
                        | "tour"
                        | "record"
                        | "titre"
                ))
        {
            return None;
        }
        let start = self.toks[i].span().start;
        let mut key = String::new();
        let mut found = None;
        for end in i + 1..(i + 5).min(self.toks.len() + 1) {
            let last = &self.toks[end - 1];
            if last.kind() != TokenKind::Word || (end - 1 > i && last.line_start()) {
                break;
            }
            key.clear();
            key.push_str(article);
            key.push(' ');
            key.push_str(self.text.get(start..last.span().end).unwrap_or_default());
            if let Some(canon) = Canonical::of(self.lex, self.lang, &key) {
                found = Some((end, canon));
            }
        }
        let (end, canon) = found?;
        let mut m = self.mention(
            i,
            end,
            Some(EntityKind::Organization),
            Evidence::Strong,
            None,
        );
        m.canonical = Some(canon);
        Some((Some(m), end))
    }

    /// The first token from `k` on that is not a particle of a name ("von der", "de la"),
    /// looking at three at most.
    fn after_particles(&self, mut k: usize) -> usize {
        let limit = k + 3;
        while k < limit && with_lower(self.word(k), |w| PARTICLES.has(w)) {
            k += 1;
        }
        k
    }

    /// "au Conseil de la signer", "au comité de les examiner": after an object pronoun,
    /// a word of five letters or more in -er or -ir is a verb, not a complement (nouns
    /// after "la" in -er are short: "mer").
    ///
    /// So is such a word right after "de" that follows the name's nationality or
    /// adjective: "ordonné aux forces marocaines de traquer", where a complement of the
    /// name would come before its adjective ("l'Office national du tourisme" has its
    /// article) and nouns in -ier are left alone ("comité local de quartier").
    fn infinitive_after_pronoun(&self, k: usize) -> bool {
        let w = self.word(k);
        let verb_like = (w.ends_with("er") && !w.ends_with("ier") || w.ends_with("ir"))
            && w.chars().count() >= 5;
        let after_pronoun = k > 0 && matches!(self.word(k - 1), "la" | "les");
        let after_adjective = k >= 2
            && matches!(self.word(k - 1), "de" | "d'" | "d’")
            && !self.toks[k - 2].upper()
            && (self.is_demonym(k - 2) || is_adjective(self.word(k - 2)));
        verb_like && (after_pronoun || after_adjective)
    }

    /// "le comité Vallières explique", "l'université de Rennes dirigée par", "les forces marocaines
    /// engagées dans": a word after an organisation's name that is the sentence's verb, not
    /// the name's adjective — a form of a verb of speech, or a past participle with its
    /// complement's preposition after it.
    fn verb_after_name(&self, k: usize) -> bool {
        let w = self.word(k);
        if super::quotes::is_speech_verb(Lang::Fr, w) {
            return true;
        }
        let participle = ["é", "ée", "és", "ées"].iter().any(|e| w.ends_with(e));
        participle
            && matches!(
                self.word(k + 1),
                "par"
                    | "à"
                    | "au"
                    | "aux"
                    | "dans"
                    | "en"
                    | "sur"
                    | "pour"
                    | "contre"
                    | "avec"
                    | "depuis"
                    | "lors"
                    | "sous"
                    | "entre"
                    | "vers"
                    | "chez"
            )
    }

    /// "Direction des examens et concours", "Union nationale des déportés, internés et
    /// victimes de guerre": common nouns listed after a complement of an organisation's
    /// name belong to it when the list closes with "et" and a noun.
    fn extend_org_coordination(&self, end: usize) -> usize {
        let noun = |k: usize| {
            self.toks
                .get(k)
                .is_some_and(|t| t.kind() == TokenKind::Word && !t.upper() && !t.line_start())
                && !self.is_function_word(k)
                && !self.is_demonym(k)
        };
        let mut k = end;
        for _ in 0..4 {
            match self.word(k) {
                "," if noun(k + 1) => k += 2,
                "et" if noun(k + 1) => return k + 2,
                _ => return end,
            }
        }
        end
    }

    /// A grammar word, or one of the few verbs and adverbs that can never continue a
    /// name ("a", "est", "pas").
    fn is_function_word(&self, i: usize) -> bool {
        let w = self.lower(i);
        is_grammar_word(&w)
            || matches!(
                &*w,
                "a" | "est"
                    | "qui"
                    | "que"
                    | "qu'"
                    | "qu’"
                    | "se"
                    | "ont"
                    | "sont"
                    | "été"
                    | "plus"
                    | "ne"
                    | "pas"
                    | "y"
                    | "donc"
                    | "lui"
                    | "tout"
                    | "très"
                    | "ainsi"
                    | "aussi"
                    | "puis"
                    | "encore"
                    | "surtout"
                    | "notamment"
                    | "alors"
                    | "hier"
                    | "demain"
                    | "afin"
                    | "enfin"
                    | "loin"
                    | "soudain"
            )
    }

    /// "place de la République", "rue de Morvillars", "parc Maréchal", "désert syrien":
    /// a place noun and its name are one place.
    fn lowercase_place(&self, i: usize) -> Option<(Option<Mention>, usize)> {
        let w = self.word(i);
        let ok_head = match self.lang {
            Lang::Fr => listed(PLACE_NOUNS_FR, w),
            Lang::En => listed(PLACE_NOUNS_EN, w),
        };
        if !ok_head || self.toks.get(i + 1).is_none_or(|t| t.line_start()) {
            return None;
        }
        let next = i + 1;
        let mut k = next;
        if matches!(self.word(k), "de" | "du" | "des" | "d'" | "d’" | "of") {
            k += 1;
            if matches!(self.word(k), "la" | "l'" | "l’" | "the") {
                k += 1;
            }
        }
        // "le jardin de J.-P. Mercier": an initial opens a person's name, not a place's.
        if self.word(k).chars().count() == 1 && self.word(k + 1) == "." {
            return None;
        }
        let end = if self.is_cap(k) && !self.toks[k].line_start() {
            let run = self.cap_run(k);
            // "salle Jean-Marc": a hall or a street is named after the person, written
            // with a hyphen; a lone first name after other nouns is a person's.
            let named_after = self.word(k).contains('-')
                && matches!(
                    w,
                    "salle" | "stade" | "gymnase" | "rue" | "avenue" | "place"
                );
            if self.lex.given.contains_key(self.word(k))
                && run == k + 1
                && k == next
                && !named_after
            {
                return None;
            }
            // "mer Méditerranée", "aéroport de Bruxelles", "fleuve Euphrate": a known
            // place keeps its own name; streets keep their noun ("rue de Morvillars").
            let street = matches!(
                w,
                "rue"
                    | "avenue"
                    | "boulevard"
                    | "place"
                    | "allée"
                    | "impasse"
                    | "chemin"
                    | "square"
                    | "cours"
                    | "esplanade"
                    | "quai"
                    | "pont"
            );
            if !street
                && self
                    .gazetteer(k)
                    .is_some_and(|(j, kind, _)| j == run && kind == EntityKind::Place)
            {
                return None;
            }
            run
        } else if k == next
            && self.lang == Lang::Fr
            && self.is_demonym(next)
            && matches!(w, "désert" | "golfe" | "mer" | "plateau" | "littoral")
        {
            next + 1
        } else {
            return None;
        };
        // "la forêt de Corvel", "la vallée du Rabion": a natural site is named by its name
        // alone; streets, parks, buildings and seas keep their noun, and so does a site
        // named like a person ("le mont Vallet": the name alone would be the person's).
        let natural = self.lang == Lang::Fr
            && k < end
            && !self.lex.surnames.contains(self.word(k))
            && self.given(k).is_none()
            && matches!(
                w,
                "île"
                    | "forêt"
                    | "plaine"
                    | "rivière"
                    | "vallée"
                    | "bois"
                    | "crête"
                    | "cratère"
                    | "volcan"
                    | "colline"
                    | "montagne"
                    | "marais"
                    | "étang"
                    | "glacier"
            );
        let from = if natural { k } else { i };
        let m = self.mention(from, end, Some(EntityKind::Place), Evidence::Context, None);
        Some((Some(m), end))
    }

    /// "Saône et Loire" for the listed "Saône-et-Loire": a place whose listed name joins
    /// two names with "-et-", written with spaces.
    fn unhyphenated_place(&self, i: usize, next: &str) -> Option<(Option<Mention>, usize)> {
        if self.lang != Lang::Fr
            || next != "et"
            || !self.is_cap(i + 2)
            || self.toks[i + 1..i + 3].iter().any(|t| t.line_start())
        {
            return None;
        }
        let key = format!("{}-et-{}", self.word(i), self.word(i + 2));
        self.lex.places.get(key.as_str())?;
        let m = self.mention(i, i + 3, Some(EntityKind::Place), Evidence::Strong, None);
        Some((Some(m), i + 3))
    }

    /// "Lac de Vermeil", "Rue du Moulin", "Col d'Arbelle", "Wilaya de Tizrane": a place
    /// noun written with a capital, then "de" and a name, is one place with its noun, as
    /// in lower case.
    fn capitalised_place_noun(&self, i: usize, next: &str) -> Option<(Option<Mention>, usize)> {
        if self.lang != Lang::Fr {
            return None;
        }
        // The complement first: few capitalised words have one, and it is read without
        // lower-casing anything.
        if !matches!(next, "de" | "du" | "des" | "d'" | "d’") {
            return None;
        }
        // Every head is three to nine bytes long, and so is every word that lower-cases to
        // one (their letters have no other capital): most words need no lower-casing.
        let w = self.word(i);
        let ok_head = (3..=9).contains(&w.len())
            && with_lower(w, |head| {
                matches!(
                    head,
                    "lac"
                        | "rue"
                        | "col"
                        | "forêt"
                        | "étang"
                        | "avenue"
                        | "boulevard"
                        | "impasse"
                        | "allée"
                        | "place"
                        | "parc"
                        | "pont"
                        | "quai"
                        | "square"
                        | "chemin"
                        | "esplanade"
                        | "promenade"
                        | "île"
                        | "baie"
                        | "vallée"
                        | "plaine"
                        | "plateau"
                        | "wilaya"
                )
            });
        if !ok_head || self.toks.get(i + 1).is_none_or(|t| t.line_start()) {
            return None;
        }
        // A listed organisation so written (a ministry named by its quay) is that.
        if matches!(self.gazetteer(i), Some((_, EntityKind::Organization, _))) {
            return None;
        }
        let mut k = i + 2;
        if matches!(self.word(k), "la" | "l'" | "l’") {
            k += 1;
        }
        if !self.is_cap(k) || self.toks[k].line_start() {
            return None;
        }
        let end = self.cap_run(k);
        let m = self.mention(i, end, Some(EntityKind::Place), Evidence::Context, None);
        Some((Some(m), end))
    }

    /// "laboratoire d'astrophysique de Besançon", "hôpital militaire de Brest": an
    /// establishment, its field and the town it serves.
    fn establishment_of_place(&self, i: usize) -> bool {
        if !is_establishment(self.word(i)) {
            return false;
        }
        let mut k = i + 1;
        // Its field or kind: "d'astrophysique", "militaire", "universitaire".
        for _ in 0..2 {
            if matches!(self.word(k), "de" | "d'" | "d’")
                && self
                    .toks
                    .get(k + 1)
                    .is_some_and(|t| t.kind() == TokenKind::Word && !t.upper())
                && !self.is_function_word(k + 1)
            {
                k += 2;
            } else if self
                .toks
                .get(k)
                .is_some_and(|t| t.kind() == TokenKind::Word && !t.upper())
                && is_adjective(self.word(k))
            {
                k += 1;
            } else {
                break;
            }
        }
        k > i + 1
            && matches!(self.word(k), "de" | "d'" | "d’" | "du")
            && self.is_cap(k + 1)
            && !self.toks[k + 1].line_start()
    }

    /// "église Notre-Dame" as a building, or nothing when the church has no name of its
    /// own ("l'église de Void"); the town is found on its own after it.
    fn church_and_town(&self, i: usize) -> Option<(Option<Mention>, usize)> {
        let next = i + 1;
        if !self.is_cap(next) {
            return Some((None, next));
        }
        let mut end = next + 1;
        while end < self.toks.len()
            && self.is_cap(end)
            && !self.toks[end].line_start()
            && !matches!(self.word(end), "de" | "d'" | "d’")
        {
            end += 1;
        }
        let m = self.mention(i, end, Some(EntityKind::Place), Evidence::Context, None);
        Some((Some(m), end))
    }

    /// Whether the words from `k` on, after the noun "église", end in "de <town>".
    fn church_of_town(&self, mut k: usize) -> bool {
        if self.is_cap(k) && !matches!(self.word(k + 1), "de" | "d'" | "d’") {
            k = self.cap_run(k);
        } else if self.is_cap(k) {
            k += 1;
        }
        if !matches!(self.word(k), "de" | "d'" | "d’") {
            return false;
        }
        k += 1;
        if matches!(self.word(k), "l'" | "l’") {
            k += 1;
        }
        self.gazetteer(k)
            .is_some_and(|(_, kind, _)| kind == EntityKind::Place)
            || (matches!(self.word(k - 1), "l'" | "l’")
                && self
                    .single_entry(k + 1, &format!("L'{}", self.word(k)))
                    .is_some())
    }

    /// "lac du Bourget", "îles de Molène", "mer Méditerranée": the lower-case noun of a
    /// natural feature stays out of the name when the name stands on its own (after "de",
    /// or a listed place); "mer Noire", "golfe Persique" keep it, their name being an
    /// adjective. Returns where the name starts, for the rules to read it alone.
    fn generic_geo_noun(&self, i: usize) -> Option<(Option<Mention>, usize)> {
        const NOUNS: &[&str] = &[
            "mer", "océan", "lac", "île", "îles", "fleuve", "rivière", "massif", "mont", "monts",
            "golfe", "baie", "détroit", "archipel",
        ];
        if self.lang != Lang::Fr || !listed(NOUNS, self.word(i)) {
            return None;
        }
        let mut k = i + 1;
        if matches!(self.word(k), "de" | "du" | "des" | "d'" | "d’") {
            k += 1;
            if matches!(self.word(k), "la" | "l'" | "l’") {
                k += 1;
            }
        }
        if !self.is_cap(k) || self.toks[k].line_start() {
            return None;
        }
        let linked = k > i + 1;
        let gaz = self.gazetteer(k);
        if gaz.is_some_and(|(_, kind, _)| kind == EntityKind::Place) {
            return Some((None, k));
        }
        if !linked || gaz.is_some() {
            return None;
        }
        // An unlisted name after the noun and "de": the noun says it is a place.
        let end = self.cap_run(k);
        let m = self.mention(k, end, Some(EntityKind::Place), Evidence::Context, None);
        Some((Some(m), end))
    }

    /// "centre Marie-Marvingt", "centre commercial des Nations": a centre named by a
    /// proper name is a building; "centre de recherche" is left to the organisation rules.
    fn named_centre(&self, i: usize) -> Option<(Option<Mention>, usize)> {
        if self.lang != Lang::Fr || self.word(i) != "centre" {
            return None;
        }
        let mut k = i + 1;
        if self.word(k) == "commercial" {
            k += 1;
            if matches!(self.word(k), "de" | "du" | "des" | "d'" | "d’") {
                k += 1;
            }
            if matches!(self.word(k), "la" | "l'" | "l’" | "Les" | "La" | "Le") {
                k += 1;
            }
        }
        if !self.is_cap(k) || self.toks[k].line_start() {
            return None;
        }
        let end = self.cap_run(k);
        if self
            .gazetteer(k)
            .is_some_and(|(j, kind, _)| j == end && kind == EntityKind::Place)
            && k == i + 1
        {
            return None;
        }
        let m = self.mention(i, end, Some(EntityKind::Place), Evidence::Context, None);
        Some((Some(m), end))
    }

    /// "armée syrienne", "gouvernement ukrainien", "ministère de l'Intérieur", "comité Nobel".
    fn lowercase_org(&self, i: usize) -> Option<(Option<Mention>, usize)> {
        if self.lang != Lang::Fr
            || self.lex.org_head(self.lang, self.word(i)) != Some(HeadPosition::Head)
        {
            return None;
        }
        let next = i + 1;
        let t = self.toks.get(next)?;
        if t.line_start() || t.kind() != TokenKind::Word {
            return None;
        }
        // Written in lower case, only institutions' heads name a body with a complement:
        // "ministère de l'Intérieur", not "centre de l'Italie" or "gouvernement du Burundi".
        let institution = matches!(
            self.word(i),
            "ministère"
                | "armée"
                | "comité"
                | "conseil"
                | "diocèse"
                | "université"
                | "parti"
                | "assemblée"
                | "commission"
                | "cour"
                | "tribunal"
                | "parlement"
                | "sénat"
                | "fédération"
                | "ligue"
                | "mouvement"
                | "front"
                | "syndicat"
                | "église"
                | "académie"
                | "commissariat"
        ) || is_establishment(self.word(i));
        // "assemblée nationale", "cour pénale internationale": an institution and its
        // adjective; "parti conservateur" names a kind of party, not one.
        let adjective = institution
            && self.word(i) != "parti"
            && matches!(
                self.word(next),
                "nationale"
                    | "national"
                    | "internationale"
                    | "international"
                    | "pénale"
                    | "constitutionnel"
                    | "constitutionnelle"
                    | "fédéral"
                    | "fédérale"
                    | "suprême"
                    | "européenne"
                    | "européen"
                    | "anglicane"
                    | "catholique"
                    | "orthodoxe"
            );
        let ok = self.is_demonym(next)
            || self.is_cap(next)
            || adjective
            || (institution
                && matches!(self.word(next), "de" | "du" | "des" | "d'" | "d’")
                && (self.is_cap(next + 1)
                    || (matches!(self.word(next + 1), "la" | "l'" | "l’")
                        && self.is_cap(next + 2))))
            || self.establishment_of_place(i)
            || (institution && self.acronym_after_adjectives(next));
        // "la délégation ghanéenne", "la communauté malienne": the people of a
        // nationality gathered or sent, not a body ("Communauté européenne" keeps its capital).
        let people_of =
            matches!(self.word(i), "délégation" | "communauté") && self.is_demonym(next);
        // "les forces de l'ordre allemandes": the adjective goes with "forces"; "un avion
        // parti de Lyon": a participle, not a party (a party takes an article).
        let before = |back: usize| i.checked_sub(back).map_or("", |k| self.word(k));
        let order_forces = self.word(i) == "ordre"
            && matches!(before(1), "l'" | "l’")
            && before(2) == "de"
            && before(3) == "forces";
        let participle = self.word(i) == "parti"
            && !matches!(
                before(1),
                "le" | "du"
                    | "au"
                    | "un"
                    | "ce"
                    | "son"
                    | "leur"
                    | "notre"
                    | "mon"
                    | "ton"
                    | "votre"
            );
        if !ok || people_of || order_forces || participle {
            return None;
        }
        // "l'agence Bloomberg": the name alone names it; "comité Nobel" needs its head.
        // "le gouvernement Valls", "l'administration Obama": a government named by its
        // leader names the leader, a person.
        if matches!(
            self.word(i),
            "gouvernement" | "administration" | "régime" | "mairie" | "direction"
        ) && self.is_cap(next)
            && self.gazetteer(next).is_none()
        {
            return None;
        }
        // "la mission Orion 3", "la mission Vega": a mission's name is no body's.
        if self.word(i) == "mission" && self.is_cap(next) {
            return None;
        }
        // "l'église de Void-Vacon", "l'église Saint-Martin de Laval": a church named by
        // its town is a building there, and the town is the place named.
        if self.word(i) == "église" && self.church_of_town(next) {
            return self.church_and_town(i);
        }
        // "université Harvard", "laboratoire Amgen", "cabinet Cadel": an establishment
        // keeps its noun; an agency keeps it before a place's name ("l'agence Anvers"),
        // not before its own ("l'agence Velnova").
        let place_after = |k: usize| {
            self.gazetteer(k)
                .is_some_and(|(_, kind, _)| kind == EntityKind::Place)
        };
        let keeps_noun = is_establishment(self.word(i))
            || matches!(self.word(i), "université" | "cabinet")
            || (self.word(i) == "agence" && place_after(next));
        if self.is_cap(next) && CUES_OF_ORGS.has(self.word(i)) && !keeps_noun {
            return None;
        }
        // "la banque suisse Varlen", "l'agence allemande Kordex": after the noun and
        // its nationality, the body's own name stands for it.
        if CUES_OF_ORGS.has(self.word(i))
            && !is_establishment(self.word(i))
            && self.is_demonym(next)
            && self.is_cap(next + 1)
            && !self.toks[next + 1].line_start()
            && !place_after(next + 1)
        {
            let name = next + 1;
            if self.gazetteer(name).is_some() {
                return Some((None, name));
            }
            return self.organisation_by_context(name, self.cap_run(name));
        }
        // "l'armée birmane d'exactions", "la police tunisienne de violences": after an
        // armed force's noun and its nationality, a bare complement in lower case is the
        // sentence's (a ministry's or a committee's is its own: « comité russe d'enquête »).
        let lower_complement = || {
            matches!(
                self.word(i),
                "armée" | "police" | "gendarmerie" | "forces" | "marine" | "aviation"
            ) && matches!(self.word(next + 1), "de" | "d'" | "d’")
                && !matches!(self.word(next + 2), "la" | "le" | "les" | "l'" | "l’")
                && self
                    .toks
                    .get(next + 2)
                    .is_some_and(|t| t.kind() == TokenKind::Word && !t.upper())
        };
        let end = if self.is_demonym(next) && lower_complement() {
            next + 1
        } else {
            self.extend_org(next)
        };
        let m = self.mention(
            i,
            end,
            Some(EntityKind::Organization),
            Evidence::Context,
            None,
        );
        Some((Some(m), end))
    }
}

/// The English words for a street, a stream or a landform that end a place's name
/// ("Tallis Street", "Marrow Creek").
fn is_place_tail(w: &str) -> bool {
    matches!(
        w,
        "Street"
            | "Avenue"
            | "Road"
            | "Boulevard"
            | "Square"
            | "Lane"
            | "Creek"
            | "River"
            | "Lake"
            | "Bay"
            | "Basin"
            | "Valley"
            | "Canyon"
            | "Island"
            | "Islands"
            | "Mountains"
            | "Peninsula"
            | "Glacier"
            | "Falls"
            | "Harbour"
            | "Harbor"
            | "Beach"
            | "Heights"
            | "Park"
            | "Gardens"
            | "Lodge"
            | "Roadhouse"
    )
}

/// Adjectives of institutions' names whose endings [`is_adjective`] does not know:
/// "Nations unies", "Armée syrienne libre", "Affaires étrangères".
fn is_name_adjective(w: &str) -> bool {
    matches!(
        w,
        "unies"
            | "unis"
            | "libre"
            | "libres"
            | "étrangères"
            | "étrangère"
            | "étrangers"
            | "étranger"
    )
}

/// Adjectives that stand before their noun: "anciens combattants", "jeunes agriculteurs".
fn is_prenominal(w: &str) -> bool {
    matches!(
        w,
        "ancien"
            | "anciens"
            | "ancienne"
            | "anciennes"
            | "jeunes"
            | "petits"
            | "petites"
            | "grands"
            | "grandes"
            | "nouveaux"
            | "nouvelles"
            | "vieux"
    )
}

/// Establishments that, written in lower case, name a body by its town: "hôpital
/// d'Ajaccio", "observatoire de Parkes".
fn is_establishment(w: &str) -> bool {
    matches!(
        w,
        "hôpital"
            | "observatoire"
            | "laboratoire"
            | "clinique"
            | "prison"
            | "lycée"
            | "collège"
            | "institut"
            | "musée"
    )
}

/// The abbreviations of the states of the United States that English news writes with
/// a period (AP style; the two-letter ones, "N.Y.", are one dotted token already).
fn is_state_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "Ala"
            | "Ariz"
            | "Ark"
            | "Calif"
            | "Colo"
            | "Conn"
            | "Del"
            | "Fla"
            | "Ga"
            | "Ill"
            | "Ind"
            | "Kan"
            | "Ky"
            | "La"
            | "Md"
            | "Mass"
            | "Mich"
            | "Minn"
            | "Miss"
            | "Mo"
            | "Mont"
            | "Neb"
            | "Nev"
            | "Okla"
            | "Ore"
            | "Pa"
            | "Tenn"
            | "Vt"
            | "Va"
            | "Wash"
            | "Wis"
            | "Wyo"
    )
}

/// Buildings and venues whose name is "X de <town>": the name is the building's.
fn is_building(w: &str) -> bool {
    matches!(
        w,
        "mosquée"
            | "cathédrale"
            | "église"
            | "basilique"
            | "opéra"
            | "théâtre"
            | "stade"
            | "palais"
            | "château"
            | "ambassade"
            | "consulat"
            | "mairie"
            | "gare"
            | "aéroport"
    )
}

/// Months and days are capitalised in English and never names in either language.
pub(crate) fn is_calendar_word(w: &str) -> bool {
    matches!(
        w,
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "Janvier"
            | "Février"
            | "Mars"
            | "Avril"
            | "Mai"
            | "Juin"
            | "Juillet"
            | "Août"
            | "Septembre"
            | "Octobre"
            | "Novembre"
            | "Décembre"
            | "Lundi"
            | "Mardi"
            | "Mercredi"
            | "Jeudi"
            | "Vendredi"
            | "Samedi"
            | "Dimanche"
    ) || is_month_abbreviation(w)
}

/// "Jan", "Sept": an English month's abbreviation.
fn is_month_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    )
}

/// "XXe", "XIXe", "Ier", "IIIème": centuries and ordinals.
fn is_roman_ordinal(w: &str) -> bool {
    ["e", "er", "ème", "è", "eme"].iter().any(|suffix| {
        w.strip_suffix(suffix).is_some_and(|n| {
            // "Le", "Me", "De" are words: a lone L, M, D or C is no ordinal.
            (n.len() >= 2 && is_roman_numeral(n)) || matches!(n, "I" | "V" | "X")
        })
    })
}

/// Time zones written as acronyms after a time ("11 h 40 UTC").
fn is_time_zone(w: &str) -> bool {
    matches!(
        w,
        "UTC"
            | "GMT"
            | "CET"
            | "CEST"
            | "EST"
            | "EDT"
            | "CST"
            | "CDT"
            | "MST"
            | "MDT"
            | "PST"
            | "PDT"
            | "BST"
            | "IST"
            | "JST"
            | "HNE"
            | "HAE"
            | "HNP"
            | "HAP"
            | "HEC"
            | "HEEC"
            | "TU"
    )
}

/// XIV, XX: centuries and ordinals, not acronyms.
/// An English verb of speech that follows its speaker ("Vance said", "Powell told").
fn is_said(w: &str) -> bool {
    matches!(
        w,
        "said" | "says" | "told" | "added" | "wrote" | "tweeted" | "insisted" | "argued"
    )
}

/// A word of three parts or more joined by hyphens, with a link word ("sur", "lès",
/// "en", "de", …) or a "Saint" inside: the shape of French place names
/// ("Mont-Saint-Michel", "Bourg-lès-Valence", "Puy-en-Velay"), not of people's.
fn is_place_compound(w: &str) -> bool {
    // Most words have no hyphen: no split for them.
    if !w.bytes().any(|b| b == b'-' || b == 0xE2) {
        return false;
    }
    let mut parts = w.split(['-', '\u{2010}', '\u{2011}']);
    let Some(first) = parts.next() else {
        return false;
    };
    let inner: Vec<&str> = parts.collect();
    if first.is_empty() || inner.len() < 2 {
        return false;
    }
    inner[..inner.len() - 1].iter().any(|p| {
        matches!(
            *p,
            "sur"
                | "sous"
                | "lès"
                | "lez"
                | "en"
                | "de"
                | "du"
                | "des"
                | "la"
                | "le"
                | "les"
                | "aux"
                | "au"
                | "Saint"
                | "Sainte"
        ) || p.starts_with("d'")
            || p.starts_with("d’")
    })
}

fn is_roman_numeral(w: &str) -> bool {
    w.chars()
        .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
}

/// Nouns that, right before a name, say it names an organisation: "l'opérateur
/// Sprint", "la compagnie aérienne Volotea", "the carrier Ryanair".
static CUES_OF_ORGS: Words = Words::new(ORG_CUES);
pub(crate) const ORG_CUES: &[&str] = &[
    "opérateur",
    "organisation",
    "organization",
    "compagnie",
    "société",
    "entreprise",
    "groupe",
    "constructeur",
    "chaîne",
    "journal",
    "quotidien",
    "hebdomadaire",
    "mensuel",
    "magazine",
    "agence",
    "banque",
    "club",
    "équipe",
    "mouvement",
    "syndicat",
    "association",
    "fondation",
    "firme",
    "laboratoire",
    "assureur",
    "distributeur",
    "fabricant",
    "éditeur",
    "studio",
    "collectif",
    "coalition",
    "milice",
    "université",
    "institut",
    "hôpital",
    "clinique",
    "cabinet",
    "fonds",
    "réseau",
    "éditions",
    "revue",
    "parti",
    "formation",
    "ministère",
    "ONG",
    "start-up",
    "géant",
    "transporteur",
    "radio",
    "télévision",
    "company",
    "firm",
    "carrier",
    "airline",
    "bank",
    "newspaper",
    "network",
    "broadcaster",
    "agency",
    "party",
    "team",
    "maker",
    "retailer",
    "insurer",
    "militia",
    "university",
    "institute",
    "hospital",
    "fund",
    "label",
    "daily",
    "weekly",
    "automaker",
    "manufacturer",
    "group",
    "club",
    "broker",
    "lender",
    "conglomerate",
];

/// Adjectives and nouns of the peoples of continents and of regions of several countries,
/// which the list of nationalities (one per country) lacks: "in European competitions",
/// "aux Africains". Those that also name a place ("the Caribbean", "la Méditerranée")
/// are left out.
fn is_continent_demonym(w: &str) -> bool {
    matches!(
        w,
        "European"
            | "Europeans"
            | "African"
            | "Africans"
            | "Asian"
            | "Asians"
            | "Oceanian"
            | "Scandinavian"
            | "Scandinavians"
            | "Nordic"
            | "Balkan"
            | "English"
            | "Scottish"
            | "Welsh"
            | "Scots"
            | "Arab"
            | "Arabs"
            | "Européen"
            | "Européenne"
            | "Européens"
            | "Européennes"
            | "Africain"
            | "Africaine"
            | "Africains"
            | "Africaines"
            | "Asiatique"
            | "Asiatiques"
            | "Scandinave"
            | "Scandinaves"
            | "Maghrébin"
            | "Maghrébine"
            | "Maghrébins"
            | "Maghrébines"
            | "Arabe"
            | "Arabes"
    )
}

/// French nouns of a government or a faction that a leader's name may follow ("le
/// gouvernement Valcourt", "le régime Tarzoul").
const LEADER_NOUNS_FR: &[&str] = &[
    "gouvernement",
    "administration",
    "présidence",
    "régime",
    "clan",
];

/// Closed-class words of both languages: prepositions, articles, conjunctions, pronouns.
fn is_grammar_word(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "of"
            | "for"
            | "to"
            | "by"
            | "with"
            | "from"
            | "as"
            | "and"
            | "but"
            | "or"
            | "if"
            | "so"
            | "the"
            | "a"
            | "an"
            | "he"
            | "she"
            | "it"
            | "we"
            | "they"
            | "i"
            | "you"
            | "his"
            | "her"
            | "its"
            | "our"
            | "their"
            | "this"
            | "that"
            | "these"
            | "those"
            | "after"
            | "before"
            | "since"
            | "while"
            | "when"
            | "where"
            | "under"
            | "over"
            | "about"
            | "au"
            | "aux"
            | "à"
            | "en"
            | "dans"
            | "sur"
            | "sous"
            | "par"
            | "pour"
            | "avec"
            | "de"
            | "du"
            | "des"
            | "le"
            | "la"
            | "les"
            | "un"
            | "une"
            | "et"
            | "ou"
            | "mais"
            | "si"
            | "il"
            | "elle"
            | "ils"
            | "elles"
            | "nous"
            | "vous"
            | "je"
            | "ce"
            | "cette"
            | "ces"
            | "son"
            | "sa"
            | "ses"
            | "leur"
            | "leurs"
            | "selon"
            | "après"
            | "avant"
            | "depuis"
            | "pendant"
            | "lors"
            | "quand"
            | "comme"
            | "entre"
            | "vers"
            | "chez"
    )
}

/// Cardinal directions: "le Nord" alone is a direction, not a place.
/// English words for a business, before its name ("the chipmaker X").
const BUSINESS_NOUNS_EN: &[&str] = &[
    "automaker",
    "bank",
    "brokerage",
    "carmaker",
    "carrier",
    "chipmaker",
    "company",
    "conglomerate",
    "consultancy",
    "drugmaker",
    "firm",
    "insurer",
    "lender",
    "manufacturer",
    "miner",
    "retailer",
    "startup",
    "start-up",
];

/// Nouns of a link between two places or bodies, which French writes before the pair
/// (« le match A-B », « la liaison A-B »).
const RELATION_NOUNS_FR: &[&str] = &[
    "accord",
    "accords",
    "affiche",
    "alliance",
    "axe",
    "cessez-le-feu",
    "choc",
    "conflit",
    "coopération",
    "corridor",
    "couple",
    "crise",
    "derby",
    "dialogue",
    "discussions",
    "duel",
    "finale",
    "frontière",
    "gazoduc",
    "guerre",
    "itinéraire",
    "libre-échange",
    "liaison",
    "ligne",
    "match",
    "négociations",
    "oléoduc",
    "partenariat",
    "pont",
    "pourparlers",
    "rallye",
    "rapprochement",
    "relations",
    "rencontre",
    "rivalité",
    "sommet",
    "tensions",
    "train",
    "traité",
    "trajet",
    "trêve",
    "tronçon",
    "tunnel",
    "vol",
    "vols",
];

/// Nouns of a link between two places or bodies, which English writes after the pair
/// ("the A-B war", "A-B trade talks").
const RELATION_NOUNS_EN: &[&str] = &[
    "accord",
    "agreement",
    "alliance",
    "axis",
    "border",
    "bridge",
    "ceasefire",
    "clash",
    "conflict",
    "cooperation",
    "corridor",
    "crisis",
    "deal",
    "derby",
    "dialogue",
    "dispute",
    "final",
    "fixture",
    "flight",
    "flights",
    "frontier",
    "game",
    "match",
    "negotiations",
    "pact",
    "partnership",
    "pipeline",
    "rail",
    "railway",
    "rally",
    "rapprochement",
    "relations",
    "rivalry",
    "route",
    "standoff",
    "summit",
    "talks",
    "tensions",
    "ties",
    "trade",
    "treaty",
    "truce",
    "tunnel",
    "war",
];

fn is_direction(w: &str) -> bool {
    matches!(
        w,
        "Nord"
            | "Sud"
            | "Est"
            | "Ouest"
            | "Nord-Est"
            | "Nord-Ouest"
            | "Sud-Est"
            | "Sud-Ouest"
            | "North"
            | "South"
            | "East"
            | "West"
            | "Midi"
            | "Centre"
            | "Center"
    )
}

/// The [`ADJECTIVE_ENDINGS`] that close on byte `last` (`é` on 0xA9): a word is compared
/// only with the endings its own last byte allows, and most words with none.
fn endings_closing_on(last: u8) -> &'static [&'static str] {
    match last {
        b'l' => &["al", "el", "ial"],
        b'e' => &[
            "ale", "elle", "ienne", "ique", "aire", "aise", "oise", "aine", "ive", "iste", "éenne",
            "iale", "ière", "ieure", "ine", "ée", "eure", "ane",
        ],
        b'x' => &["aux"],
        b's' => &[
            "ales", "els", "elles", "iens", "iennes", "iques", "aires", "ais", "aises", "ois",
            "oises", "ains", "aines", "ifs", "ives", "istes", "éens", "éennes", "és", "ées",
            "anes",
        ],
        b'n' => &["ien", "ain", "éen", "in"],
        b'f' => &["if"],
        b'r' => &["ier", "ieur", "eur"],
        0xA9 => &["é"],
        _ => &[],
    }
}

fn is_adjective(w: &str) -> bool {
    let b = w.as_bytes();
    let Some(&last) = b.last() else {
        return false;
    };
    endings_closing_on(last).iter().any(|e| {
        let e = e.as_bytes();
        b.len() >= e.len() && b.iter().rev().zip(e.iter().rev()).all(|(x, y)| x == y)
    }) && w.chars().count() > 3
        && w.chars().all(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mention_takes_three_words() {
        // A long article holds hundreds of thousands of mentions at the analysis's peak:
        // byte offsets and token indices take 32 bits each, like the tokenizer's own
        // positions, and so does the place of the list's canonical name.
        assert_eq!(std::mem::size_of::<Option<Canonical>>(), 4);
        assert!(std::mem::size_of::<Mention>() <= 24);
    }

    #[test]
    fn a_canonical_name_is_read_back_from_its_place() {
        let lex = Lexicon::get();
        for (key, name) in lex.orgs.iter().take(50) {
            assert_eq!(
                Canonical::of(lex, Lang::Fr, key).map(Canonical::name),
                Some(*name)
            );
        }
        assert_eq!(
            Canonical::of(lex, Lang::Fr, "not a listed organisation"),
            None
        );
    }

    #[test]
    fn a_mention_gives_back_its_token_range() {
        let mut m = Mention::new(Span::new(3, 9), 2..4, None, Evidence::Guess, None);
        assert_eq!((m.first(), m.end(), m.tokens()), (2, 4, 2..4));
        assert_eq!(m.span(), Span::new(3, 9));
        m.set_first(1);
        m.set_end(5);
        m.set_span(Span::new(1, 12));
        assert_eq!((m.tokens(), m.span()), (1..5, Span::new(1, 12)));
    }

    #[test]
    fn adjective_endings_are_dispatched_by_their_last_byte() {
        for e in ADJECTIVE_ENDINGS {
            let last = *e.as_bytes().last().unwrap();
            assert!(endings_closing_on(last).contains(e), "{e}");
        }
        for last in 0..=u8::MAX {
            for e in endings_closing_on(last) {
                assert!(ADJECTIVE_ENDINGS.contains(e), "{e}");
                assert_eq!(e.as_bytes().last(), Some(&last), "{e}");
            }
        }
    }

    #[test]
    fn shaped_word_lists_answer_as_their_lists() {
        for (words, list) in [(&PARTICLES, NAME_PARTICLES), (&CUES_OF_ORGS, ORG_CUES)] {
            for w in list {
                assert!(words.has(w), "{w}");
            }
            for w in ["", "x", "dee", "De", "société anonyme", "ministèr"] {
                assert_eq!(words.has(w), list.contains(&w), "{w}");
            }
        }
    }

    #[test]
    fn determiners_are_matched_as_listed() {
        for w in DETERMINERS {
            assert!(is_determiner(w), "{w}");
        }
        for w in ["", "L", "Leu", "le", "Les ", "Those's", "Cet", "Un'"] {
            assert_eq!(is_determiner(w), DETERMINERS.contains(&w), "{w}");
        }
    }

    #[test]
    fn lower_first_on_the_stack_agrees_with_the_copy() {
        for w in [
            "Mer", "mer", "Île", "île", "", "'s", "ÉTATS", "X", "×a", "ÿ", "Ÿ", "Ā",
        ] {
            with_lower_first(w, |l| assert_eq!(l, lower_first(w), "{w}"));
        }
        // Every Latin-1 character, alone and opening a word.
        for c in '\u{80}'..='\u{ff}' {
            for w in [c.to_string(), format!("{c}tat")] {
                with_lower_first(&w, |l| assert_eq!(l, lower_first(&w), "{w}"));
            }
        }
    }

    #[test]
    fn starters_pass_their_own_words() {
        let starters = lower_starters(Lexicon::get());
        for w in &starters.words {
            assert!(starters.contains(w), "{w}");
        }
        assert!(!starters.contains("xyzzy"));
    }

    #[test]
    fn le_surnames_are_the_words_after_le_inside_a_sentence() {
        let text = "Le Syctom et Yves Le Tallec. Leclerc, LeBron et Marine Le\nPen; \
                    selon Le Monde, le Le Drian Le. Ole Le";
        let toks = super::super::token::tokenize(text);
        let mut found: Vec<&str> = le_surnames(text, &toks).into_iter().collect();
        found.sort_unstable();
        // The same words read from the tokens one by one.
        let mut read: Vec<&str> = (1..toks.len())
            .filter(|&k| {
                toks[k - 1].text(text) == "Le" && !toks[k - 1].sentence_start() && toks[k].upper()
            })
            .map(|k| toks[k].text(text))
            .collect();
        read.sort_unstable();
        read.dedup();
        assert_eq!(found, read);
        assert_eq!(found, ["Drian", "Monde", "Pen", "Tallec"]);
    }

    #[test]
    fn lower_case_questions_search_once_then_index() {
        let text = "Cela dit, cela compte. Paris et les paris sportifs. Nice est belle.";
        let toks = super::super::token::tokenize(text);
        let asked = LowerCase::default();
        assert!(asked.written(text, &toks, "cela"));
        let after_one = asked.searched.get();
        assert!(after_one > 0);
        // The same question again is answered from memory, at no cost.
        assert!(asked.written(text, &toks, "cela"));
        assert_eq!(asked.searched.get(), after_one);
        // Until the searches have cost the text's length, then from the index, with the
        // same answers.
        let words = ["paris", "nice", "belle", "chine", "Paris", "est", "compte"];
        let mut k = 0;
        while asked.words.get().is_none() {
            let w = format!("{}{k}", words[k % words.len()]);
            assert!(!asked.written(text, &toks, &w), "{w}");
            k += 1;
            assert!(k <= text.len(), "no index after {k} questions");
        }
        for w in words {
            assert_eq!(
                asked.written(text, &toks, w),
                LowerWords::scan(text, &toks, w),
                "{w}"
            );
        }
    }

    #[test]
    fn lower_words_answer_exactly() {
        let text = "Cela dit, cela compte. Paris et les paris sportifs.";
        let toks = super::super::token::tokenize(text);
        let words = LowerWords::new(text, &toks);
        for (w, expected) in [
            ("cela", true),
            ("paris", true),
            ("sportifs", true),
            ("dit", true),
            ("Cela", false),
            ("Paris", false),
            ("chine", false),
        ] {
            assert_eq!(words.contains(text, &toks, w), expected, "{w}");
            assert_eq!(LowerWords::scan(text, &toks, w), expected, "{w}");
            assert_eq!(LowerWords::search(text, &toks, w).0, expected, "{w}");
        }
        // Searching the text gives the tokens' answer, for every word and piece of one:
        // occurrences inside longer words, overlapping ones, in capitals, past the end.
        let tricky = "Aaa aa, l'aa-bb aab, AA; peut-être, Être ou être? l’été. Mañana mañana\u{e9}";
        let tricky_toks = super::super::token::tokenize(tricky);
        for (s, _) in tricky.char_indices() {
            let ends = tricky[s..].char_indices().map(|(e, _)| s + e).skip(1);
            for e in ends.chain([tricky.len()]).take(12) {
                let w = &tricky[s..e];
                let (found, searched, hits) = LowerWords::search(tricky, &tricky_toks, w);
                assert_eq!(found, LowerWords::scan(tricky, &tricky_toks, w), "{w:?}");
                assert!(
                    searched <= tricky.len() && hits >= usize::from(found),
                    "{w:?}"
                );
            }
        }
        assert_eq!(LowerWords::search(tricky, &tricky_toks, ""), (false, 0, 0));
        // A word whose hash another word took first is still found by reading the tokens.
        let mut taken = LowerWords(HashMap::default());
        taken.0.insert(LowerWords::key(b"paris"), 0);
        assert!(taken.contains(text, &toks, "paris"));
        assert!(!taken.contains(text, &toks, "chine"));
    }
}
