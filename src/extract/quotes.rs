//! Quotations and who said them.
//!
//! Four small passes over the text, each with its rules as data next to its tests:
//! 1. [`pair_marks`]: quotation marks are paired into spans (a stack for « » and “ ”,
//!    straight `"` by position), bounded to a paragraph unless the next paragraph opens
//!    with a continuation mark; unbalanced marks are dropped.
//! 2. [`find_cue`]: the attributing words around each span: a speech verb before it in the
//!    same sentence, an inversion or verb right after it (« … », a-t-il dit), `selon X`,
//!    `according to X`, or an incise splitting it (« Pourquoi pas, a-t-il dit, ce sont… »).
//! 3. [`is_term`]: marks around a name, title or slogan nobody is quoted as saying are
//!    not quotations.
//! 4. Speaker resolution: an entity mention in the cue gives its canonical name; a pronoun
//!    the most recent person of matching gender; « l'agence » the most recent organisation;
//!    a definite role (« le rapporteur public ») its description; an indefinite one null;
//!    no cue at all continues the previous quotation's speaker.

use std::borrow::Cow;
use std::cell::{Cell, OnceCell};
use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::lexicon::with_lower;
use super::table::Set;
use super::{Analysis, EntityKind, EntityRef, Gender, Lang, Quote, Span};

// ---------------------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------------------

// The speech verb tables `build.rs` writes from `speech_forms.rs`.
static SPEECH_VERBS_FR: Set = Set::new(include_bytes!(concat!(
    env!("OUT_DIR"),
    "/speech_verbs_fr.bin"
)));
static SPEECH_VERBS_EN: Set = Set::new(include_bytes!(concat!(
    env!("OUT_DIR"),
    "/speech_verbs_en.bin"
)));

pub(crate) fn is_speech_verb(lang: Lang, word: &str) -> bool {
    match lang {
        Lang::Fr => SPEECH_VERBS_FR.contains(word),
        Lang::En => SPEECH_VERBS_EN.contains(word),
    }
}

/// Auxiliaries, clitics and adverbs that may sit between a subject and its verb.
#[rustfmt::skip]
const SKIP_BEFORE_VERB: &[&str] = &[
    // fr
    "a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "est", "sont", "était",
    "étaient", "s", "se", "ne", "n", "lui", "leur", "leurs", "l", "y", "en", "également",
    "aussi", "ainsi", "alors", "déjà", "encore", "notamment", "cependant", "toutefois",
    "pourtant", "ensuite", "enfin", "précédemment", "récemment", "pour", "sa", "part", "par",
    "ailleurs", "d", "'", "’", "-", "t", "quant", "à", "elle-même", "lui-même", "bien", "plus",
    "tard", "même",
    // en
    "has", "had", "have", "also", "then", "later", "previously", "recently", "once", "again",
    "further", "repeatedly", "publicly", "would", "will", "did", "does", "had", "not", "just",
];

const PRONOUNS_MASC: &[&str] = &["il", "he", "lui"];
const PRONOUNS_FEM: &[&str] = &["elle", "she"];
const PRONOUNS_PLURAL: &[&str] = &["ils", "elles", "they", "eux"];
/// Speakers the text never names: the writer, "on", first persons.
const PRONOUNS_NOBODY: &[&str] = &["on", "nous", "je", "j", "i", "we", "you", "vous"];

const ARTICLES_DEFINITE: &[&str] = &["le", "la", "les", "l", "the"];
#[rustfmt::skip]
const ARTICLES_INDEFINITE: &[&str] = &[
    "un", "une", "des", "a", "an", "some", "plusieurs", "certains", "certaines", "quelques",
    "several", "many", "another", "one", "other", "others", "d'autres", "de",
];
#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "de", "du", "des", "d", "à", "au", "aux", "par", "pour", "sur", "avec", "contre", "chez",
    "entre", "vers", "envers", "sans", "sous", "dans", "en", "of", "to", "by", "for", "on",
    "with", "against", "from", "in", "at", "about", "between", "into", "than", "over",
];

/// Nouns that name a speaker's organisation without naming it: « a précisé l'agence ».
#[rustfmt::skip]
const ORG_NOUNS: &[&str] = &[
    "agence", "ministère", "gouvernement", "police", "mairie", "ville", "armée", "entreprise",
    "société", "compagnie", "groupe", "parti", "quotidien", "journal", "chaîne", "site",
    "organisation", "ong", "syndicat", "commission", "institut", "office", "comité",
    "fédération", "association", "ambassade", "présidence", "parquet", "préfecture", "club",
    "agency", "ministry", "department", "government", "company", "firm", "group", "party",
    "newspaper", "paper", "network", "campaign", "committee", "administration", "city", "army",
    "union", "organization", "organisation", "office", "court", "council",
];

/// Length in bytes of the longest of [`ORG_NOUNS`].
const MAX_ORG_NOUN: usize = {
    let mut max = 0;
    let mut k = 0;
    while k < ORG_NOUNS.len() {
        if ORG_NOUNS[k].len() > max {
            max = ORG_NOUNS[k].len();
        }
        k += 1;
    }
    max
};

/// Words before a quotation that make it a name or title, not speech, whatever it says.
#[rustfmt::skip]
const NAMING_WORDS: &[&str] = &[
    // fr
    "intitulé", "intitulée", "intitulés", "intitulées", "baptisé", "baptisée", "baptisés",
    "baptisées", "surnommé", "surnommée", "surnommés", "surnommées", "nommé", "nommée",
    "renommé", "renommée", "dénommé", "dénommée", "appelé", "appelée", "appelés", "appelées",
    "thème", "slogan", "slogans", "devise", "opération", "film", "films", "livre", "livres",
    "roman", "romans", "album", "albums", "chanson", "chansons", "titre", "titres",
    "émission", "série", "pièce", "ouvrage", "ouvrages", "magazine", "hashtag", "inscrit",
    "inscrite", "inscription", "pancarte", "pancartes", "banderole", "banderoles",
    "affiche", "surnom", "spectacle", "exposition", "festival", "fichés", "fichées",
    "fiché", "fichée",
    // en
    "titled", "entitled", "dubbed", "nicknamed", "named", "so-called", "operation",
    "film", "movie", "book", "novel", "song", "show", "series", "slogan", "hashtag",
    "nickname", "banner", "banners", "t-shirt",
];

/// Nouns of named things: with a capitalised name after them (« le parti « Les
/// Républicains » »), the marks hold a name.
#[rustfmt::skip]
const NAMED_KIND_NOUNS: &[&str] = &[
    "parti", "mouvement", "collectif", "association", "groupe", "label", "marque", "plan",
    "programme", "dispositif", "projet", "loi", "journal", "site", "alliance", "coalition",
    "party", "movement", "group", "program", "plan", "project", "bill", "act", "brand",
    "campaign", "website", "équipe", "club", "team", "groupe",
];

/// Charges and offences: « mis en examen pour « association de malfaiteurs » ».
#[rustfmt::skip]
const CHARGE_WORDS: &[&str] = &[
    "détention", "examen", "condamné", "condamnée", "condamnés", "inculpé", "inculpée",
    "poursuivi", "poursuivie", "poursuivis", "écroué", "écrouée", "charged", "convicted",
    "indicted", "arrested",
];

/// Honorifics and titles that may precede a name in a speaker slot.
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "m", "mme", "mlle", "mr", "mrs", "ms", "dr", "pr", "me", "mgr", "sir", "président",
    "présidente", "president", "senator", "sen", "rep", "gov", "governor", "general", "gen",
    "del", "lt", "col", "sgt", "capt", "maj", "adm", "atty", "prof", "hon", "rev", "gal",
];

/// Capitalised words that do not start a name.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "des", "il", "elle", "ils", "elles", "on", "ce",
    "cette", "ces", "selon", "pour", "mais", "et", "dans", "en", "au", "aux", "à", "de", "du",
    "d", "après", "avant", "lors", "depuis", "si", "quand", "the", "a", "an", "he", "she",
    "they", "it", "we", "i", "but", "and", "in", "on", "at", "for", "according", "this", "that",
    "these", "those", "as", "when", "if", "after", "before", "lundi", "mardi", "mercredi",
    "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "nous", "vous", "je", "j", "interrogé", "interrogée",
    "asked", "mme", "m", "mr", "mrs", "ms", "dr", "se", "s", "ça", "cela", "ceci", "tout",
    "tous", "toutes", "plus", "puis", "ainsi", "alors", "aussi", "donc", "enfin", "ici",
    "there", "here", "what", "which", "some", "many", "most", "all", "both", "each", "no",
    "not", "one", "so", "then", "now", "also", "yet", "still", "just", "even", "only",
    "ni", "or", "car", "comme", "sans", "sous", "sur", "vers", "chez", "with", "from", "by",
    "quant", "dont", "où", "qui", "que", "who", "how", "why", "where", "while",
];

fn among(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

/// A word list as a hash set: the long lists are asked about for many tokens, and a set
/// answers without comparing every entry.
fn set_of(list: &'static [&'static str]) -> FxHashSet<&'static str> {
    list.iter().copied().collect()
}

static NAMING_SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| set_of(NAMING_WORDS));
static NOT_NAMES_SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| set_of(NOT_NAMES));
static SKIP_SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| set_of(SKIP_BEFORE_VERB));
static TITLES_SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| set_of(TITLES));
static PREPOSITIONS_SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| set_of(PREPOSITIONS));
static FUNCTION_SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| set_of(FUNCTION_WORDS));
static SENTENCE_SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| set_of(SENTENCE_WORDS));
static NAMED_KIND_SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| set_of(NAMED_KIND_NOUNS));
static CHARGE_SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| set_of(CHARGE_WORDS));

// ---------------------------------------------------------------------------------------
// Pass 1: pairing marks
// ---------------------------------------------------------------------------------------

/// How many paragraphs one quotation may continue into (each opening with a mark).
const MAX_CONTINUED_PARAGRAPHS: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Guillemet,
    Curly,
    Straight,
}

impl Family {
    const fn idx(self) -> usize {
        match self {
            Self::Guillemet => 0,
            Self::Curly => 1,
            Self::Straight => 2,
        }
    }
}

/// A paired quotation: the marks' outer span and the words inside, trimmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Marked {
    outer: Span,
    inner: Span,
}

#[derive(Debug, Clone, Copy)]
struct Open {
    family: Family,
    /// Byte of the opening mark.
    at: usize,
    /// Byte just after it.
    after: usize,
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{202F}' || c == '\u{A0}'
}

/// The words between `from` and `to`, without the spaces next to the marks.
fn trim_inner(text: &str, from: usize, to: usize) -> Option<Span> {
    let inner = text.get(from..to)?;
    let lead = inner.len() - inner.trim_start_matches(is_space).len();
    let trail = inner.len() - inner.trim_end_matches(is_space).len();
    let span = Span::new(from + lead, to.saturating_sub(trail));
    (!span.is_empty()).then_some(span)
}

/// Pairs the quotation marks of `text` into top-level quotations, in reading order.
///
/// Linear in the text: each opening mark is pushed once and popped at most once, and a
/// closing mark with no opener of its family is rejected by a counter, not a search.
fn pair_marks(text: &str) -> Vec<Marked> {
    let mut out: Vec<Marked> = Vec::new();
    // Pairs matched in the current paragraph, outermost selection done at its end.
    let mut para_pairs: Vec<Marked> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut counts = [0usize; 3];
    // Segments of a quotation continued across paragraphs, confirmed when it closes.
    let mut pending: Vec<Marked> = Vec::new();
    let mut continued = 0usize;

    let bytes = text.as_bytes();
    // Only line breaks and quotation marks matter: jump from one to the next.
    let mut marks = Marks::new(bytes);
    let mut pos = 0;
    while let Some(i) = marks.next(pos) {
        // Most paragraphs end with no mark open and no pair to keep: nothing carries over.
        if bytes.get(i) == Some(&b'\n') && stack.is_empty() && para_pairs.is_empty() {
            pending.clear();
            continued = 0;
            pos = i + 1;
            continue;
        }
        let Some(c) = text.get(i..).and_then(|s| s.chars().next()) else {
            break;
        };
        let after = i + c.len_utf8();
        let prev = text.get(..i).and_then(|s| s.chars().next_back());
        let next = text.get(after..).and_then(|s| s.chars().next());
        pos = after;
        match c {
            '\n' => {
                // End of paragraph: the outermost quotation may continue if the next
                // paragraph opens with a mark of its family.
                let carried = stack.first().copied();
                let mut cont = None;
                if let Some(open) = carried {
                    if continued < MAX_CONTINUED_PARAGRAPHS {
                        cont = continuation_mark(text, after, open.family);
                    }
                }
                // Pairs inside a quotation that continues belong to it; inside a stray
                // opener they stand on their own.
                flush_paragraph(
                    &mut para_pairs,
                    carried.filter(|_| cont.is_some()).map(|o| o.at),
                    &mut out,
                );
                stack.clear();
                counts = [0; 3];
                if let Some(open) = carried {
                    if let (Some(_), Some(seg)) = (cont, trim_inner(text, open.after, i)) {
                        pending.push(Marked {
                            outer: Span::new(open.at, i),
                            inner: seg,
                        });
                    }
                }
                match (carried, cont) {
                    (Some(open), Some((at, len))) => {
                        continued += 1;
                        stack.push(Open {
                            family: open.family,
                            at,
                            after: at + len,
                        });
                        counts[open.family.idx()] += 1;
                        // Skip to just after the continuation mark.
                        pos = pos.max(at + len);
                        continue;
                    }
                    _ => {
                        pending.clear();
                        continued = 0;
                    }
                }
            }
            '«' | '“' | '„' => {
                let family = if c == '«' {
                    Family::Guillemet
                } else {
                    Family::Curly
                };
                // “ closes a „ (German style) when one is open.
                let closes_low = c == '“'
                    && stack
                        .iter()
                        .rev()
                        .find(|o| o.family == Family::Curly)
                        .is_some_and(|o| {
                            bytes.get(o.at) == Some(&0xE2)
                                && text.get(o.at..).is_some_and(|s| s.starts_with('„'))
                        });
                if closes_low {
                    close(
                        text,
                        Family::Curly,
                        i,
                        after,
                        &mut stack,
                        &mut counts,
                        &mut para_pairs,
                        &mut pending,
                        &mut out,
                        &mut continued,
                    );
                } else {
                    stack.push(Open {
                        family,
                        at: i,
                        after,
                    });
                    counts[family.idx()] += 1;
                }
            }
            '”' if counts[Family::Curly.idx()] == 0
                && (prev.is_none() || prev.is_some_and(|p| p == '\n'))
                && next.is_some_and(|n| !n.is_whitespace() || n == ' ') =>
            {
                // ” opening a paragraph: a reversed opening mark some sites print.
                stack.push(Open {
                    family: Family::Curly,
                    at: i,
                    after,
                });
                counts[Family::Curly.idx()] += 1;
            }
            '»' | '”' => {
                let mut family = if c == '»' {
                    Family::Guillemet
                } else {
                    Family::Curly
                };
                // "… ” : a straight opener closed by a curly mark.
                if family == Family::Curly
                    && counts[Family::Curly.idx()] == 0
                    && counts[Family::Straight.idx()] > 0
                {
                    family = Family::Straight;
                }
                if counts[family.idx()] > 0 {
                    close(
                        text,
                        family,
                        i,
                        after,
                        &mut stack,
                        &mut counts,
                        &mut para_pairs,
                        &mut pending,
                        &mut out,
                        &mut continued,
                    );
                }
            }
            '"' if prev == Some('=') => {
                // A markup attribute (pic="…"): skip its value.
                let line_end = text[after..].find('\n').map_or(text.len(), |n| after + n);
                if let Some(n) = text[after..line_end].find('"') {
                    pos = after + n + 1;
                    continue;
                }
            }
            '"' => {
                let opening_ctx = prev.is_none_or(|p| is_space(p) || "([{—–-/«“:".contains(p));
                let closing_ctx = next.is_none_or(|n| is_space(n) || ".,;:!?)]}…—–-»”".contains(n));
                // “ … " : a curly opener closed by a straight mark.
                let family = if counts[Family::Straight.idx()] == 0
                    && counts[Family::Curly.idx()] > 0
                    && closing_ctx
                    && !opening_ctx
                {
                    Family::Curly
                } else {
                    Family::Straight
                };
                if family == Family::Curly {
                    close(
                        text,
                        Family::Curly,
                        i,
                        after,
                        &mut stack,
                        &mut counts,
                        &mut para_pairs,
                        &mut pending,
                        &mut out,
                        &mut continued,
                    );
                } else if counts[Family::Straight.idx()] > 0 && (closing_ctx || !opening_ctx) {
                    close(
                        text,
                        Family::Straight,
                        i,
                        after,
                        &mut stack,
                        &mut counts,
                        &mut para_pairs,
                        &mut pending,
                        &mut out,
                        &mut continued,
                    );
                } else if counts[Family::Straight.idx()] == 0 && (opening_ctx || !closing_ctx) {
                    stack.push(Open {
                        family: Family::Straight,
                        at: i,
                        after,
                    });
                    counts[Family::Straight.idx()] += 1;
                }
            }
            _ => {}
        }
    }
    flush_paragraph(&mut para_pairs, stack.first().map(|o| o.at), &mut out);
    out.sort_by_key(|m| m.outer.start);
    out
}

/// Finds line breaks and quotation marks (" « » “ ” „) with `memchr`, for positions that
/// only grow.
struct Marks<'b> {
    bytes: &'b [u8],
    /// The first 0xE2 byte (which opens “ ” „) at or after the last search for one.
    next_e2: usize,
    /// Where that search started.
    e2_from: usize,
}

impl<'b> Marks<'b> {
    fn new(bytes: &'b [u8]) -> Self {
        Self {
            bytes,
            next_e2: memchr::memchr(0xE2, bytes).unwrap_or(bytes.len()),
            e2_from: 0,
        }
    }

    /// The first mark at or after `from` (never less than the previous `from`), always
    /// on a char boundary.
    fn next(&mut self, from: usize) -> Option<usize> {
        let len = self.bytes.len();
        let mut i = from;
        while i < len {
            if i > self.next_e2 || i < self.e2_from {
                self.e2_from = i;
                self.next_e2 = memchr::memchr(0xE2, &self.bytes[i..]).map_or(len, |k| i + k);
            }
            let stop = self.next_e2.min(len);
            let at =
                memchr::memchr3(b'\n', b'"', 0xC2, &self.bytes[i..stop]).map_or(stop, |k| i + k);
            if at >= len {
                return None;
            }
            let is_mark = match self.bytes[at] {
                b'\n' | b'"' => true,
                0xC2 => matches!(self.bytes.get(at + 1), Some(0xAB | 0xBB)),
                _ => {
                    self.bytes.get(at + 1) == Some(&0x80)
                        && matches!(self.bytes.get(at + 2), Some(0x9C..=0x9E))
                }
            };
            if is_mark {
                return Some(at);
            }
            i = at + 1;
        }
        None
    }
}

/// The continuation mark opening the paragraph that starts at `from`, if any.
fn continuation_mark(text: &str, from: usize, family: Family) -> Option<(usize, usize)> {
    let rest = text.get(from..)?;
    let mut skipped = 0usize;
    for (j, c) in rest.char_indices() {
        if is_space(c) {
            skipped += 1;
            if skipped > 64 {
                return None;
            }
            continue;
        }
        let ok = match family {
            Family::Guillemet => c == '«' || c == '»',
            Family::Curly => c == '“',
            Family::Straight => c == '"',
        };
        return ok.then_some((from + j, c.len_utf8()));
    }
    None
}

/// Keeps the outermost pairs of a paragraph; pairs inside a still-open `carried` mark are
/// part of it.
fn flush_paragraph(pairs: &mut Vec<Marked>, carried: Option<usize>, out: &mut Vec<Marked>) {
    pairs.sort_by_key(|m| (m.outer.start, std::cmp::Reverse(m.outer.end)));
    let mut last_end = 0usize;
    for m in pairs.drain(..) {
        if carried.is_some_and(|c| m.outer.start > c) {
            continue;
        }
        if m.outer.start >= last_end {
            last_end = m.outer.end;
            out.push(m);
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn close(
    text: &str,
    family: Family,
    at: usize,
    after: usize,
    stack: &mut Vec<Open>,
    counts: &mut [usize; 3],
    para_pairs: &mut Vec<Marked>,
    pending: &mut Vec<Marked>,
    out: &mut Vec<Marked>,
    continued: &mut usize,
) {
    while let Some(open) = stack.pop() {
        counts[open.family.idx()] = counts[open.family.idx()].saturating_sub(1);
        if open.family != family {
            continue;
        }
        let inner = trim_inner(text, open.after, at);
        if stack.is_empty() && !pending.is_empty() {
            // The last segment of a quotation continued across paragraphs.
            out.append(pending);
            *continued = 0;
            if let Some(inner) = inner {
                out.push(Marked {
                    outer: Span::new(open.at, after),
                    inner,
                });
            }
        } else if let Some(inner) = inner {
            para_pairs.push(Marked {
                outer: Span::new(open.at, after),
                inner,
            });
        }
        return;
    }
}

// ---------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------

/// A word (run of letters and digits) or a single punctuation character; newlines are kept
/// as tokens because they end sentences. A view of a [`Packed`] token, built on access.
#[derive(Debug, Clone, Copy)]
struct Tok<'t> {
    /// The word in lower case: the text itself, or a form shared by every token that
    /// spells the word the same way (see [`Form`]).
    lower: &'t str,
    /// First byte.
    at: u32,
    /// Length in bytes.
    len: u32,
    /// A word, not punctuation or a line break.
    is_word: bool,
    /// A word that begins with a capital.
    is_cap: bool,
}

impl Tok<'_> {
    /// First byte.
    #[inline]
    fn start(&self) -> usize {
        self.at as usize
    }

    /// One past its last byte.
    #[inline]
    fn end(&self) -> usize {
        self.start().saturating_add(self.len as usize)
    }

    /// A word, not punctuation or a line break.
    #[inline]
    fn word(&self) -> bool {
        self.is_word
    }

    /// A word that begins with a capital.
    #[inline]
    fn cap(&self) -> bool {
        self.is_cap
    }
}

/// A token as the pass stores it: 8 bytes, a third of the view it stands for, which keeps
/// a long article's stream small.
#[derive(Debug, Clone, Copy)]
struct Packed {
    /// First byte: the pass tokenizes only the first 4 GiB of a text (see
    /// [`TOKEN_LIMIT`]), so 32 bits hold it.
    at: u32,
    /// [`WORD`] and [`FOLDED`], then in the low 30 bits the length in bytes (a token of
    /// 1 GiB or more is cut short), or for a folded word the index of its [`Form`].
    meta: u32,
}

/// [`Packed::meta`]: the token is a word.
const WORD: u32 = 1 << 31;
/// [`Packed::meta`]: the word has capitals; the low bits index its [`Form`].
const FOLDED: u32 = 1 << 30;
/// [`Packed::meta`]: the length or form bits.
const LOW: u32 = FOLDED - 1;

/// Text past this byte is not searched for cues or speakers (token positions are 32-bit).
/// The reader refuses files over 128 MiB, so only a library caller can reach it.
const TOKEN_LIMIT: usize = u32::MAX as usize;

/// One spelling with capitals of a document: where its lower-case form lies in
/// [`Toks::lowers`], its length and whether it begins with a capital.
#[derive(Debug)]
struct Form {
    lower_at: usize,
    lower_len: u32,
    len: u32,
    cap: bool,
}

/// The token stream of the lines around the quotations.
#[derive(Debug, Default)]
struct Toks<'t> {
    text: &'t str,
    packed: Vec<Packed>,
    /// The forms folded words point at, one per distinct spelling.
    forms: Vec<Form>,
    /// The lower-case forms, end to end: one buffer rather than one allocation each.
    lowers: String,
}

impl Toks<'_> {
    fn len(&self) -> usize {
        self.packed.len()
    }

    /// Token `i`, if there is one.
    #[inline(always)]
    fn get(&self, i: usize) -> Option<Tok<'_>> {
        let p = *self.packed.get(i)?;
        let low = p.meta & LOW;
        if p.meta & FOLDED != 0 {
            let f = self.forms.get(low as usize)?;
            return Some(Tok {
                lower: self.lower(f),
                at: p.at,
                len: f.len,
                is_word: true,
                is_cap: f.cap,
            });
        }
        let start = p.at as usize;
        Some(Tok {
            lower: self.text.get(start..start + low as usize).unwrap_or(""),
            at: p.at,
            len: low,
            is_word: p.meta & WORD != 0,
            is_cap: false,
        })
    }

    /// The lower-case form of `f`.
    #[inline(always)]
    fn lower(&self, f: &Form) -> &str {
        self.lowers
            .get(f.lower_at..f.lower_at + f.lower_len as usize)
            .unwrap_or("")
    }

    /// Token `i`, which must exist.
    #[inline(always)]
    fn at(&self, i: usize) -> Tok<'_> {
        match self.get(i) {
            Some(t) => t,
            None => panic!("token {i} out of range"),
        }
    }

    /// Whether token `i` is `w` in lower case, without building its view.
    #[inline]
    fn is(&self, i: usize, w: &str) -> bool {
        self.packed.get(i).is_some_and(|&p| self.spells(p, w))
    }

    /// Whether the token `p` is `w` in lower case.
    #[inline]
    fn spells(&self, p: Packed, w: &str) -> bool {
        let low = p.meta & LOW;
        if p.meta & FOLDED != 0 {
            self.forms
                .get(low as usize)
                .is_some_and(|f| f.lower_len as usize == w.len() && self.lower(f) == w)
        } else {
            let start = p.at as usize;
            low as usize == w.len()
                && self.text.as_bytes().get(start..start + w.len()) == Some(w.as_bytes())
        }
    }

    /// Tokens `from..to`.
    fn range(
        &self,
        from: usize,
        to: usize,
    ) -> impl DoubleEndedIterator<Item = Tok<'_>> + ExactSizeIterator + Clone {
        (from..to.max(from)).map(|i| self.at(i))
    }
}

/// Builds the token stream: the spellings with capitals seen so far, so that tokens
/// spelling a word the same way share one lower-case form.
struct Lowered<'t> {
    /// Spelling → index in `toks.forms`.
    ids: FxHashMap<&'t str, u32>,
    toks: Toks<'t>,
}

impl<'t> Lowered<'t> {
    /// Appends the word `text[s..e]`.
    #[inline(always)]
    fn push_word(&mut self, s: usize, e: usize, has_upper: bool, first_upper: bool) {
        let t = if has_upper {
            self.word(s, e, first_upper)
        } else {
            plain(s, e - s, true)
        };
        self.toks.packed.push(t);
    }

    /// A word token for `text[s..e]`, which has capitals and begins with one when `cap`.
    fn word(&mut self, s: usize, e: usize, cap: bool) -> Packed {
        let word = &self.toks.text[s..e];
        let at = u32::try_from(s).unwrap_or(u32::MAX);
        let len = u32::try_from(e - s).unwrap_or(LOW).min(LOW);
        let id = match self.ids.get(word) {
            Some(&id) => id,
            None => {
                let lowers = &mut self.toks.lowers;
                let lower_at = lowers.len();
                if word.is_ascii() {
                    lowers.push_str(word);
                    lowers[lower_at..].make_ascii_lowercase();
                } else {
                    with_lower(word, |lower| lowers.push_str(lower));
                }
                let id = u32::try_from(self.toks.forms.len()).unwrap_or(LOW);
                self.toks.forms.push(Form {
                    lower_at,
                    lower_len: u32::try_from(lowers.len() - lower_at).unwrap_or(u32::MAX),
                    len,
                    cap,
                });
                self.ids.insert(word, id);
                id
            }
        };
        Packed {
            at,
            meta: WORD | FOLDED | id.min(LOW),
        }
    }
}

/// A token with no capitals: its lower-case form is the text itself.
#[inline]
fn plain(start: usize, len: usize, word: bool) -> Packed {
    let len = u32::try_from(len).unwrap_or(LOW).min(LOW);
    Packed {
        at: u32::try_from(start).unwrap_or(u32::MAX),
        meta: len | if word { WORD } else { 0 },
    }
}

/// What a character is to the tokenizer: `Some(true)` a word character, `Some(false)` a
/// token of its own, `None` a space to skip.
#[inline]
fn char_class(c: char) -> Option<bool> {
    if super::token::is_alphanumeric(c) {
        Some(true)
    } else if c == '\n' || !is_space(c) {
        Some(false)
    } else {
        None
    }
}

/// [`ASCII_CLASS`]: a word character.
const C_WORD: u8 = 1;
/// [`ASCII_CLASS`]: a capital.
const C_UPPER: u8 = 2;
/// [`ASCII_CLASS`]: a token of its own.
const C_PUNCT: u8 = 4;

/// [`char_class`] and [`char::is_uppercase`] of each ASCII byte, as bits: one load per
/// byte instead of several tests.
static ASCII_CLASS: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0u8;
    while b < 128 {
        table[b as usize] = if b.is_ascii_alphanumeric() {
            C_WORD | if b.is_ascii_uppercase() { C_UPPER } else { 0 }
        } else if b == b'\n' || !b.is_ascii_whitespace() && b != 0x0B {
            C_PUNCT
        } else {
            0
        };
        b += 1;
    }
    table
};

/// The character that starts at byte `i` of `bytes`, a valid UTF-8 text cut on character
/// boundaries, and its length in bytes.
#[inline]
fn char_at(bytes: &[u8], i: usize) -> (char, usize) {
    let b = bytes.get(i).copied().unwrap_or(0);
    if b < 0x80 {
        return (char::from(b), 1);
    }
    let (len, lead) = if b < 0xE0 {
        (2, b & 0x1F)
    } else if b < 0xF0 {
        (3, b & 0x0F)
    } else {
        (4, b & 0x07)
    };
    let mut code = u32::from(lead);
    for k in 1..len {
        code = code << 6 | u32::from(bytes.get(i + k).copied().unwrap_or(0) & 0x3F);
    }
    (
        char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER),
        len,
    )
}

/// The class bits ([`C_WORD`], [`C_UPPER`], [`C_PUNCT`]; none for a space) and the length
/// of the character at byte `i` of `bytes`, which is not ASCII.
#[inline]
fn wide_class(bytes: &[u8], i: usize) -> (u8, usize) {
    // À to ÿ, most of a French text's other letters: two bytes opening with 0xC3, all
    // letters but × and ÷, capitals up to Þ.
    if bytes.get(i) == Some(&0xC3) {
        if let Some(&next) = bytes.get(i + 1) {
            let low = next & 0x3F;
            let class = match low {
                0x17 | 0x37 => C_PUNCT,
                0..=0x1E => C_WORD | C_UPPER,
                _ => C_WORD,
            };
            return (class, 2);
        }
    }
    let (c, len) = char_at(bytes, i);
    let class = match char_class(c) {
        Some(true) if c.is_uppercase() => C_WORD | C_UPPER,
        Some(true) => C_WORD,
        Some(false) => C_PUNCT,
        None => 0,
    };
    (class, len)
}

/// The class bits and length of the character at byte `i` of `bytes`; no bits and no
/// length past the end.
#[inline(always)]
fn class_at(bytes: &[u8], i: usize) -> (u8, usize) {
    match bytes.get(i) {
        Some(&b) if b < 0x80 => (ASCII_CLASS[usize::from(b)], 1),
        Some(_) => wide_class(bytes, i),
        None => (0, 0),
    }
}

/// Where the word that goes on at byte `i` of `bytes` ends, and the class bits of its
/// characters from `i` on, or-ed together: ASCII runs byte by byte.
#[inline(always)]
fn word_end(bytes: &[u8], mut i: usize) -> (usize, u8) {
    let mut bits = 0;
    loop {
        match bytes.get(i) {
            Some(&b) if b < 0x80 => {
                let c = ASCII_CLASS[usize::from(b)];
                if c & C_WORD == 0 {
                    break;
                }
                bits |= c;
                i += 1;
            }
            Some(_) => {
                let (c, len) = wide_class(bytes, i);
                if c & C_WORD == 0 {
                    break;
                }
                bits |= c;
                i += len;
            }
            None => break,
        }
    }
    (i, bits)
}

/// Appends the tokens of `text[from..to]` to the stream; `from` and `to` lie on char
/// boundaries.
fn tokenize_into(lowered: &mut Lowered<'_>, from: usize, to: usize) {
    let text = lowered.toks.text;
    // The bytes up to `to` only: no test of `to` in the loops.
    let bytes = text.as_bytes().get(..to).unwrap_or_default();
    let mut i = from;
    while i < bytes.len() {
        let (class, len) = class_at(bytes, i);
        if class & C_WORD == 0 {
            if class & C_PUNCT != 0 {
                lowered.toks.packed.push(plain(i, len, false));
            }
            i += len;
            i += usize::from(bytes.get(i) == Some(&b' '));
            continue;
        }
        let start = i;
        let (end, bits) = word_end(bytes, i + len);
        // The space after a word, most often one, is skipped here.
        i = end + usize::from(bytes.get(end) == Some(&b' '));
        lowered.push_word(
            start,
            end,
            (class | bits) & C_UPPER != 0,
            class & C_UPPER != 0,
        );
    }
}

fn memchr_newlines(text: &str) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b'\n', text.as_bytes())
}

/// Lines around a quotation that its cue and speaker can come from.
const CONTEXT_LINES: usize = 3;

/// Tokens of the lines around the quotations only: an article's other paragraphs hold no
/// cue, and tokenizing them is most of the work on long texts.
fn tokenize_near<'t>(text: &'t str, quoted: &[Span]) -> Toks<'t> {
    // Where each line starts, found once: a one-line document may hold many quotations.
    let mut starts = vec![0];
    starts.extend(memchr_newlines(text).map(|at| at + 1));
    let line_of = |at: usize| starts.partition_point(|&s| s <= at).saturating_sub(1);
    let mut wanted: Vec<(usize, usize)> = quoted
        .iter()
        .map(|q| {
            let first = line_of(q.start).saturating_sub(CONTEXT_LINES);
            let last = line_of(q.end) + CONTEXT_LINES + 1;
            (
                starts[first],
                starts.get(last).copied().unwrap_or(text.len()),
            )
        })
        .collect();
    drop(starts);
    wanted.sort_unstable();
    let mut regions: Vec<(usize, usize)> = Vec::new();
    for (from, to) in wanted {
        match regions.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => regions.push((from, to)),
        }
    }
    // News text has a token every five bytes or so: one allocation, rarely a second
    // (pages reserved and never written cost no memory).
    let bytes: usize = regions
        .iter()
        .map(|(from, to)| to.saturating_sub(*from))
        .sum();
    // Room for an article's spellings with capitals at once (about one word in eight);
    // a long text's tables grow as they need.
    let spellings = (bytes / 40).min(1024);
    let mut lowered = Lowered {
        ids: FxHashMap::with_capacity_and_hasher(spellings, Default::default()),
        toks: Toks {
            text,
            packed: Vec::with_capacity(bytes / 4 + 16),
            forms: Vec::with_capacity(spellings),
            lowers: String::with_capacity(spellings * 8),
        },
    };
    // Positions past 4 GiB do not fit a token: the text is read up to the last character
    // boundary below that.
    let mut limit = text.len().min(TOKEN_LIMIT);
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    for (from, to) in regions {
        let to = to.min(limit);
        if text.is_char_boundary(from) && text.is_char_boundary(to) && from <= to {
            tokenize_into(&mut lowered, from, to);
        }
    }
    lowered.toks
}

fn is_sentence_end(toks: &Toks, i: usize) -> bool {
    let Some(t) = toks.get(i) else { return true };
    match t.lower {
        "\n" | "!" | "?" | ";" => true,
        "." => {
            // "(D-Wis.) said", "Sept. 11, etc., and": an abbreviation before a bracket,
            // comma or lower-case word.
            let next = toks.get(i + 1);
            if next.is_some_and(|n| {
                n.lower == ")" || n.lower == "," || (n.word() && !n.cap() && n.lower != "\n")
            }) {
                return false;
            }
            // « M. Choïgou », « J. Smith »: an abbreviation or initial, not an end.
            let prev = i.checked_sub(1).and_then(|p| toks.get(p));
            !prev.is_some_and(|p| {
                p.word()
                    && p.end() == t.start()
                    && (TITLES_SET.contains(p.lower)
                        || among(&["st", "jr", "sr", "no", "vs", "etc", "u", "s"], p.lower)
                        || (p.cap() && p.lower.chars().count() == 1))
            })
        }
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------
// Context shared by the passes
// ---------------------------------------------------------------------------------------

struct Ctx<'a> {
    text: &'a str,
    lang: Lang,
    analysis: &'a Analysis,
    toks: Toks<'a>,
    /// Outer spans of every quotation, sorted and disjoint.
    quoted: Vec<Span>,
    /// Every entity mention, sorted.
    mentions: Vec<Mention>,
    /// Length in bytes of the longest mention.
    longest_mention: usize,
    /// Every alias laid end to end, searched for the first words asked about; built on
    /// first use.
    alias_text: OnceCell<AliasText>,
    /// Bytes of [`AliasText`] searched so far.
    alias_searched: Cell<usize>,
    /// Each capitalised word of three letters or more in an entity's aliases → the
    /// entities with such an alias, in list order; built once searching the aliases has
    /// cost as much as building it.
    alias_words: OnceCell<AliasWords<'a>>,
    /// Per kind, per entity: whether its name is a common noun of bodies, once asked.
    generic: [Vec<Cell<Option<bool>>>; 3],
    /// Token indices of the sentence ends outside quotations, ascending (in 32 bits, as
    /// every token starts below [`TOKEN_LIMIT`]).
    boundaries: Vec<u32>,
    /// Per block of [`TOKEN_BLOCK`] bytes of text: the first token starting in it or after.
    blocks: Vec<u32>,
}

/// An entity mention in 12 bytes, three eighths of a span and a reference: on a long
/// article the list of every mention is a large share of the pass's memory.
#[derive(Debug, Clone, Copy)]
struct Mention {
    start: u32,
    end: u32,
    /// The entity: its kind's place in [`EntityKind::ALL`] in the top two bits, its index
    /// in its list below (see [`MAX_ENTITIES`]).
    entity: u32,
}

/// Entities of one kind a [`Mention`] can point to; mentions of any past them (a list of a
/// billion entities) are left out with the text past 4 GiB.
const MAX_ENTITIES: usize = 1 << 30;

impl Mention {
    fn start(self) -> usize {
        self.start as usize
    }

    fn span(self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    fn pair(self) -> (Span, EntityRef) {
        let kind = EntityKind::ALL[(self.entity >> 30) as usize % EntityKind::ALL.len()];
        let index = (self.entity as usize) % MAX_ENTITIES;
        (self.span(), EntityRef { kind, index })
    }
}

/// Every mention of every entity in reading order, as [`Analysis::mentions`] lists them;
/// mentions past 4 GiB, beyond the tokens (see [`TOKEN_LIMIT`]), are left out.
fn mentions(analysis: &Analysis) -> Vec<Mention> {
    let total = EntityKind::ALL
        .iter()
        .flat_map(|&kind| analysis.entities(kind))
        .map(|e| e.mentions.len())
        .sum();
    let mut all = Vec::with_capacity(total);
    for (code, kind) in (0u32..).zip(EntityKind::ALL) {
        for (index, e) in analysis
            .entities(kind)
            .iter()
            .enumerate()
            .take(MAX_ENTITIES)
        {
            let Ok(index) = u32::try_from(index) else {
                break;
            };
            let entity = code << 30 | index;
            all.extend(e.mentions.iter().filter_map(|m| {
                Some(Mention {
                    start: u32::try_from(m.start).ok()?,
                    end: u32::try_from(m.end).ok()?,
                    entity,
                })
            }));
        }
    }
    // Equal entries are identical, so an unstable sort gives the same list; the kinds'
    // codes follow `EntityKind`'s order, so this is by start, end, kind, then index.
    // By start first, one integer to compare; mentions sharing a start, few and
    // short runs, then by end and entity.
    all.sort_unstable_by_key(|m| m.start);
    let mut from = 0;
    while from < all.len() {
        let start = all[from].start;
        let to = from + all[from..].iter().take_while(|m| m.start == start).count();
        if to - from > 1 {
            all[from..to].sort_unstable_by_key(|m| (m.end, m.entity));
        }
        from = to;
    }
    all
}

/// Bytes of text per entry of [`Ctx::blocks`].
const TOKEN_BLOCK: usize = 256;

impl<'a> Ctx<'a> {
    fn new(
        text: &'a str,
        lang: Lang,
        analysis: &'a Analysis,
        quoted: Vec<Span>,
        toks: Toks<'a>,
    ) -> Self {
        let (boundaries, blocks) = sentence_ends(&toks, &quoted, text.len());
        let mentions = mentions(analysis);
        let longest_mention = mentions.iter().map(|m| m.span().len()).max().unwrap_or(0);
        Self {
            text,
            lang,
            analysis,
            toks,
            quoted,
            mentions,
            longest_mention,
            alias_text: OnceCell::new(),
            alias_searched: Cell::new(0),
            alias_words: OnceCell::new(),
            generic: EntityKind::ALL
                .map(|kind| vec![Cell::new(None); analysis.entities(kind).len()]),
            boundaries,
            blocks,
        }
    }
}

/// A word of a name that must match a word of an alias (see [`entity_for_name`]): three
/// characters or more, the first a capital; the test [`for_significant_words`] makes
/// while it splits.
#[cfg(test)]
fn significant_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) && w.chars().nth(2).is_some()
}

/// Splits a name or alias into its words (empty ones included).
fn name_words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
}

/// Calls `f` with each significant word of `s`, in order: the words [`name_words`] splits
/// `s` into that have three characters or more, the first a capital (those a name must
/// share with an alias, see [`entity_for_name`]), found with the tokenizer's classes.
fn for_significant_words<'s>(s: &'s str, mut f: impl FnMut(&'s str)) {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let (class, len) = class_at(bytes, i);
        let start = i;
        i += len;
        if class & C_WORD == 0 {
            continue;
        }
        i = word_end(bytes, i).0;
        // Only words opening with a capital are kept, then only those of three characters
        // or more.
        if class & C_UPPER != 0 {
            if let Some(w) = s.get(start..i).filter(|w| w.chars().nth(2).is_some()) {
                f(w);
            }
        }
    }
}

/// Which entities have an alias holding a given significant word.
struct AliasWords<'a> {
    /// Word → its id, an index in `starts`.
    ids: FxHashMap<&'a str, u32>,
    /// Where each word's entities start in `entities`, and after the last word its end.
    starts: Vec<u32>,
    /// The entities of each word, in list order, word after word.
    entities: Vec<EntityRef>,
}

impl<'a> AliasWords<'a> {
    fn new(analysis: &'a Analysis) -> Self {
        // Each word gets an id in order of first use; the (word, entity) pairs, one per
        // entity, are then laid out word by word, entities staying in list order.
        let mut ids: FxHashMap<&'a str, u32> = FxHashMap::default();
        let mut last: Vec<Option<EntityRef>> = Vec::new();
        let mut pairs: Vec<(u32, EntityRef)> = Vec::new();
        for kind in EntityKind::ALL {
            for (index, e) in analysis.entities(kind).iter().enumerate() {
                let r = EntityRef { kind, index };
                for a in e.aliases.iter().chain(std::iter::once(&e.name)) {
                    for_significant_words(a, |word| {
                        let next = u32::try_from(last.len()).unwrap_or(u32::MAX);
                        let id = *ids.entry(word).or_insert(next);
                        if id == next {
                            last.push(None);
                        }
                        if let Some(seen) = last.get_mut(id as usize) {
                            if *seen != Some(r) {
                                *seen = Some(r);
                                pairs.push((id, r));
                            }
                        }
                    });
                }
            }
        }
        drop(last);
        let mut starts = vec![0u32; ids.len() + 1];
        for &(id, _) in &pairs {
            starts[id as usize + 1] += 1;
        }
        for k in 1..starts.len() {
            starts[k] += starts[k - 1];
        }
        let mut fill = starts.clone();
        let mut entities = vec![
            EntityRef {
                kind: EntityKind::Person,
                index: 0
            };
            pairs.len()
        ];
        for (id, r) in pairs {
            let at = &mut fill[id as usize];
            entities[*at as usize] = r;
            *at += 1;
        }
        Self {
            ids,
            starts,
            entities,
        }
    }

    fn get(&self, w: &str) -> &[EntityRef] {
        self.ids
            .get(w)
            .and_then(|&id| {
                let from = *self.starts.get(id as usize)?;
                let to = *self.starts.get(id as usize + 1)?;
                self.entities.get(from as usize..to as usize)
            })
            .unwrap_or(&[])
    }
}

/// Every alias and name of every entity, in list order, each followed by a line break:
/// one text to search for a word, for the few words asked about in most articles, where
/// [`AliasWords`] splits and hashes every word of every alias.
struct AliasText {
    text: String,
    /// Per entity in list order: where its aliases end in `text`.
    ends: Vec<(usize, EntityRef)>,
}

/// How many times over [`AliasText`] may be searched before [`AliasWords`] is built
/// instead: a search costs a small share of building the index, so the few lookups of an
/// article search, and a long text's many lookups stay linear.
const ALIAS_SEARCHES: usize = 16;

impl AliasText {
    fn new(analysis: &Analysis) -> Self {
        let entities = EntityKind::ALL
            .iter()
            .flat_map(|&kind| analysis.entities(kind));
        let len = entities
            .clone()
            .map(|e| e.aliases.iter().map(|a| a.len() + 1).sum::<usize>() + e.name.len() + 1)
            .sum();
        let mut text = String::with_capacity(len);
        let mut ends = Vec::with_capacity(entities.count());
        for kind in EntityKind::ALL {
            for (index, e) in analysis.entities(kind).iter().enumerate() {
                for a in e.aliases.iter().chain(std::iter::once(&e.name)) {
                    text.push_str(a);
                    text.push('\n');
                }
                ends.push((text.len(), EntityRef { kind, index }));
            }
        }
        Self { text, ends }
    }

    /// The entities with an alias holding the significant word `w`, in list order: the
    /// same list as [`AliasWords::get`].
    fn get(&self, w: &str) -> Vec<EntityRef> {
        let bytes = self.text.as_bytes();
        let mut out: Vec<EntityRef> = Vec::new();
        if w.is_empty() {
            return out;
        }
        // `w` is a whole word of an alias where no letter or digit touches it. An
        // occurrence overlapping an earlier one has a letter of `w` right before it, so
        // the occurrences the search skips are never whole words.
        for at in memchr::memmem::find_iter(bytes, w.as_bytes()) {
            let end = at + w.len();
            let mut prev = at;
            while prev > 0 && bytes.get(prev - 1).is_some_and(|&b| b & 0xC0 == 0x80) {
                prev -= 1;
            }
            let open = at == 0 || class_at(bytes, prev.saturating_sub(1)).0 & C_WORD == 0;
            if !open || class_at(bytes, end).0 & C_WORD != 0 {
                continue;
            }
            let k = self.ends.partition_point(|&(e, _)| e <= at);
            if let Some(&(_, r)) = self.ends.get(k) {
                if out.last() != Some(&r) {
                    out.push(r);
                }
            }
        }
        out
    }
}

impl<'a> Ctx<'a> {
    /// The entities with an alias holding the significant word `w`, in list order.
    fn entities_with_word(&self, w: &str) -> Cow<'_, [EntityRef]> {
        if self.alias_words.get().is_none() {
            let aliases = self
                .alias_text
                .get_or_init(|| AliasText::new(self.analysis));
            let searched = self.alias_searched.get();
            if searched < ALIAS_SEARCHES.saturating_mul(aliases.text.len()) {
                self.alias_searched.set(searched + aliases.text.len() + 1);
                return Cow::Owned(aliases.get(w));
            }
        }
        Cow::Borrowed(
            self.alias_words
                .get_or_init(|| AliasWords::new(self.analysis))
                .get(w),
        )
    }

    /// Whether the entity's name is a single common noun of bodies (« Mairie », « Ville »),
    /// worked out on first use for each entity.
    fn is_generic(&self, r: EntityRef) -> bool {
        let kind = match r.kind {
            EntityKind::Person => 0,
            EntityKind::Place => 1,
            EntityKind::Organization => 2,
        };
        let Some(cell) = self.generic[kind].get(r.index) else {
            return false;
        };
        if let Some(known) = cell.get() {
            return known;
        }
        let generic = self.analysis.entity(r).is_some_and(|e| {
            // An ASCII name keeps its length in lower case: a long one is no such noun.
            if e.name.is_ascii() {
                e.name.len() <= MAX_ORG_NOUN
                    && ORG_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(&e.name))
            } else {
                among(ORG_NOUNS, &e.name.to_lowercase())
            }
        });
        cell.set(Some(generic));
        generic
    }
}

impl Ctx<'_> {
    fn in_quote(&self, byte: usize) -> bool {
        let k = self.quoted.partition_point(|s| s.end <= byte);
        self.quoted.get(k).is_some_and(|s| s.start <= byte)
    }

    /// First token starting at or after `byte`.
    fn tok_at(&self, byte: usize) -> usize {
        // The block table narrows the search to the tokens of one block of text: on a long
        // article a search over all tokens misses the cache at every step.
        let b = byte / TOKEN_BLOCK;
        match (self.blocks.get(b), self.blocks.get(b + 1)) {
            (Some(&lo), Some(&hi)) if lo <= hi && hi as usize <= self.toks.len() => {
                let (lo, hi) = (lo as usize, hi as usize);
                lo + self.toks.packed[lo..hi].partition_point(|t| (t.at as usize) < byte)
            }
            _ => self.toks.packed.partition_point(|t| (t.at as usize) < byte),
        }
    }

    fn word(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.lower)
    }

    /// Mentions starting before byte `at` (the latest few thousand, enough for a pronoun or
    /// an organisation noun to look back over).
    fn mentions_before(
        &self,
        at: usize,
    ) -> impl DoubleEndedIterator<Item = (Span, EntityRef)> + '_ {
        let k = self.mentions.partition_point(|m| m.start() < at);
        self.mentions[k.saturating_sub(4000)..k]
            .iter()
            .map(|m| m.pair())
    }

    /// Mentions that may hold the bytes `from..to`: those starting at or before `from` and
    /// no further back than the longest mention's length from `to`, in list order.
    fn mentions_around(
        &self,
        from: usize,
        to: usize,
    ) -> impl Iterator<Item = (Span, EntityRef)> + '_ {
        let lo = to.saturating_sub(self.longest_mention);
        let a = self.mentions.partition_point(|m| m.start() < lo);
        let b = self.mentions.partition_point(|m| m.start() <= from);
        self.mentions
            .get(a..b)
            .unwrap_or(&[])
            .iter()
            .map(|m| m.pair())
    }

    /// Mentions lying inside `from..to`, outside quotations.
    fn mentions_in(&self, from: usize, to: usize) -> Vec<(Span, EntityRef)> {
        let k = self.mentions.partition_point(|m| m.start() < from);
        self.mentions[k..]
            .iter()
            .map(|m| m.pair())
            .take_while(|(s, _)| s.start < to)
            .filter(|(s, _)| s.end <= to && !self.in_quote(s.start))
            .collect()
    }

    /// The last sentence end before token `i`.
    fn prev_boundary(&self, i: usize) -> Option<usize> {
        if i > self.toks.len() {
            return None;
        }
        let k = self.boundaries.partition_point(|&b| (b as usize) < i);
        k.checked_sub(1).map(|k| self.boundaries[k] as usize)
    }

    /// The first sentence end at or after token `i`.
    fn next_boundary(&self, i: usize) -> Option<usize> {
        if i > self.toks.len() {
            return None;
        }
        let k = self.boundaries.partition_point(|&b| (b as usize) < i);
        self.boundaries.get(k).map(|&b| b as usize)
    }

    /// Token index where the sentence holding token `i` starts, skipping quotations, at most
    /// 80 tokens back.
    fn sentence_start(&self, i: usize) -> usize {
        let floor = i.saturating_sub(80);
        match self.prev_boundary(i) {
            Some(b) => (b + 1).max(floor),
            None => floor,
        }
    }

    /// Token index where the sentence holding token `i` ends (exclusive), at most 60 tokens
    /// on.
    fn sentence_end(&self, i: usize) -> usize {
        let cap = (i + 60).min(self.toks.len());
        self.next_boundary(i).map_or(cap, |b| b.min(cap))
    }
}

/// The sentence ends outside quotations, as token indices (sentence bounds by a binary
/// search, without a table per token), and for each block of [`TOKEN_BLOCK`] bytes of a
/// text of `text_len` bytes the first token starting at or after it: one walk over the
/// tokens for both.
fn sentence_ends(toks: &Toks, quoted: &[Span], text_len: usize) -> (Vec<u32>, Vec<u32>) {
    // Every token starts below `TOKEN_LIMIT`, so there are fewer of them and their indices
    // fit 32 bits.
    let index = |k: usize| u32::try_from(k).expect("fewer tokens than TOKEN_LIMIT");
    let mut out = Vec::new();
    let block_count = text_len / TOKEN_BLOCK + 2;
    let mut blocks = Vec::with_capacity(block_count);
    // Tokens and quotations are both in reading order: one walk tells which tokens lie
    // inside a quotation.
    let mut q = 0;
    let bounds = |q: usize| {
        quoted
            .get(q)
            .map_or((usize::MAX, usize::MAX), |s| (s.start, s.end))
    };
    let (mut q_start, mut q_end) = bounds(0);
    // Where the next block starts, past every token once all are made.
    let mut next_block = 0usize;
    let bytes = toks.text.as_bytes();
    for (k, p) in toks.packed.iter().enumerate() {
        let start = p.at as usize;
        if start >= next_block {
            // Blocks starting at or before this token and after the previous one start
            // here.
            while blocks.len() < block_count && blocks.len().saturating_mul(TOKEN_BLOCK) <= start {
                blocks.push(index(k));
            }
            next_block = if blocks.len() < block_count {
                blocks.len().saturating_mul(TOKEN_BLOCK)
            } else {
                usize::MAX
            };
        }
        // Words never end a sentence: only punctuation and line breaks are tested.
        if p.meta & WORD != 0 {
            continue;
        }
        if start >= q_end {
            while quoted.get(q).is_some_and(|s| s.end <= start) {
                q += 1;
            }
            (q_start, q_end) = bounds(q);
        }
        let inside = q_start <= start;
        // Punctuation is one character: only the ASCII marks that can end a sentence are
        // looked at further.
        let ends = match (p.meta & LOW, bytes.get(start)) {
            (1, Some(b'\n' | b'!' | b'?' | b';')) => true,
            (1, Some(b'.')) => !inside && is_sentence_end(toks, k),
            _ => false,
        };
        if ends && !inside {
            out.push(index(k));
        }
    }
    blocks.resize(block_count, index(toks.len()));
    (out, blocks)
}

// ---------------------------------------------------------------------------------------
// Pass 2: cues
// ---------------------------------------------------------------------------------------

/// Who a cue points at, before resolution against the analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Who {
    /// An entity named in the cue.
    Entity(EntityRef),
    /// A name in the cue the analysis does not hold (byte span).
    Name(Span),
    /// He/she/il/elle… at this byte.
    Pronoun(Option<Gender>, usize),
    /// A plural pronoun: the previous speaker.
    Plural,
    /// A role or body with no name: « le rapporteur public » (span without the article).
    Role(Span),
    /// « l'agence », « le ministère »: the most recent organisation before this byte.
    OrgNoun(Span, usize),
    /// « une source judiciaire », « on »: nobody the reader could name.
    Anonymous,
    /// A cue verb with no subject found.
    Unknown,
}

#[derive(Debug, Clone)]
struct Cue {
    span: Span,
    who: Who,
}

/// Skips auxiliaries and adverbs leftwards from token `i` (inclusive), down to `floor`.
fn skip_left(ctx: &Ctx, mut i: usize, floor: usize) -> Option<usize> {
    loop {
        let t = ctx.toks.get(i)?;
        let skippable = SKIP_SET.contains(t.lower)
            || (t.word()
                && (t.lower.ends_with("ment") || t.lower.ends_with("ly"))
                && t.lower.len() > 5);
        if !skippable || i <= floor {
            return Some(i);
        }
        i -= 1;
    }
}

fn pronoun_gender(w: &str) -> Option<Option<Gender>> {
    if among(PRONOUNS_MASC, w) {
        Some(Some(Gender::Masculine))
    } else if among(PRONOUNS_FEM, w) {
        Some(Some(Gender::Feminine))
    } else {
        None
    }
}

/// « celui-ci », « celle-là »: a demonstrative pronoun (three tokens) whose last token
/// (`before` the verb) or first is `edge`; its gender and span.
fn demonstrative(ctx: &Ctx, edge: usize, before: bool) -> Option<(Gender, Span)> {
    let first = if before { edge.checked_sub(2)? } else { edge };
    if ctx.word(first + 1) != "-" || !matches!(ctx.word(first + 2), "ci" | "là") {
        return None;
    }
    let gender = match ctx.word(first) {
        "celui" => Gender::Masculine,
        "celle" => Gender::Feminine,
        _ => return None,
    };
    let span = Span::new(ctx.toks.at(first).start(), ctx.toks.at(first + 2).end());
    Some((gender, span))
}

/// A name made of capitalised words starting at token `i` (titles skipped), as a span.
fn name_at(ctx: &Ctx, mut i: usize, limit: usize) -> Option<Span> {
    while ctx
        .toks
        .get(i)
        .is_some_and(|t| t.word() && TITLES_SET.contains(t.lower))
    {
        i += 1;
        if ctx.word(i) == "." {
            i += 1;
        }
    }
    let first = ctx.toks.get(i)?;
    if !first.word() || !first.cap() || NOT_NAMES_SET.contains(first.lower) || i >= limit {
        return None;
    }
    let start = first.start();
    let mut end = first.end();
    let mut j = i + 1;
    while j < limit {
        let t = ctx.toks.at(j);
        let glued = t.start() == end;
        if t.word() && t.cap() && !NOT_NAMES_SET.contains(t.lower) {
            end = t.end();
            j += 1;
        } else if glued
            && (t.lower == "-" || t.lower == "'" || t.lower == "’")
            && ctx
                .toks
                .get(j + 1)
                .is_some_and(|n| n.word() && n.start() == t.end())
        {
            end = ctx.toks.at(j + 1).end();
            j += 2;
        } else if among(
            &[
                "de", "du", "al", "van", "von", "bin", "ben", "da", "di", "el", "der",
            ],
            t.lower,
        ) && ctx.toks.get(j + 1).is_some_and(|n| n.word() && n.cap())
            && !t.cap()
        {
            j += 1;
        } else {
            break;
        }
    }
    Some(Span::new(start, end))
}

/// The entity whose alias ends with the same word as the name at `span`, if any.
fn entity_for_name(ctx: &Ctx, span: Span) -> Option<EntityRef> {
    let name = ctx.text.get(span.start..span.end)?;
    // Every significant word of the name must be a word of the alias: « Lewis » is
    // « Carl Lewis », « CHRU de Dijon » is not « Cour d'appel de Reims ».
    let mut words: Vec<&str> = Vec::new();
    for_significant_words(name, |w| words.push(w));
    let holds = |a: &String| a == name || words.iter().all(|w| name_words(a).any(|x| x == *w));
    // An entity with an alias holding every word is among those with an alias holding
    // any one of them, which come in list order: the first of them that holds all the
    // words is the same whichever word gives the list. The index gives the shortest list;
    // a search of the aliases, one list, for the longest word.
    let candidates = if ctx.alias_words.get().is_some() {
        words
            .iter()
            .map(|w| ctx.entities_with_word(w))
            .min_by_key(|c| c.len())?
    } else {
        ctx.entities_with_word(words.iter().rev().max_by_key(|w| w.len())?)
    };
    candidates.iter().copied().find(|&r| {
        ctx.analysis
            .entity(r)
            .is_some_and(|e| e.aliases.iter().chain(std::iter::once(&e.name)).any(holds))
    })
}

/// Whether the mention at `span` is a prepositional complement (« du Conseil »).
fn is_prepositional(ctx: &Ctx, span: Span) -> bool {
    is_prepositional_from(ctx, span, 0)
}

/// [`is_prepositional`], looking back no further than token `floor`.
fn is_prepositional_from(ctx: &Ctx, span: Span, floor: usize) -> bool {
    let mut i = ctx.tok_at(span.start);
    for step in 0..3 {
        let Some(p) = i.checked_sub(1).filter(|&p| p >= floor) else {
            return false;
        };
        let w = ctx.word(p);
        if PREPOSITIONS_SET.contains(w) {
            return true;
        }
        // « le ministre de la Justice Marie Dupont », « le directeur de l'OMS Jan Vel »:
        // a name right after a complement's capitalised noun is in apposition to the role
        // noun before the complement (not "on President Obama", nor "for The Atlantic").
        if step == 0 && (ends_complement(ctx, p) || portfolio_in_lower_case(ctx, p)) {
            return false;
        }
        if w == "," || w == ":" || !ctx.toks.at(p).word() && w != "'" && w != "’" && w != "-" {
            return false;
        }
        i = p;
    }
    false
}

/// Whether token `k` is a capitalised noun (no article) closing a complement: « de la
/// Justice », « de l'OMS », « du Nord », "of the Navy".
fn ends_complement(ctx: &Ctx, k: usize) -> bool {
    let t = ctx.toks.at(k);
    if !t.word() || !t.cap() || among(ARTICLES_DEFINITE, t.lower) || k == 0 {
        return false;
    }
    let mut j = k - 1;
    if among(&["'", "’"], ctx.word(j)) && j > 0 {
        j -= 1;
    }
    if among(ARTICLES_DEFINITE, ctx.word(j)) && j > 0 {
        j -= 1;
    }
    among(&["de", "du", "des", "d", "of"], ctx.word(j))
}

/// Whether token `k` is a minister's portfolio written in lower case: « la ministre de la
/// justice », « le ministre de l'intérieur ».
fn portfolio_in_lower_case(ctx: &Ctx, k: usize) -> bool {
    let t = ctx.toks.at(k);
    if !t.word() || t.cap() || k < 3 {
        return false;
    }
    let mut j = k - 1;
    if among(&["'", "’"], ctx.word(j)) {
        j -= 1;
    }
    if !among(&["la", "l", "le"], ctx.word(j)) || j < 2 || ctx.word(j - 1) != "de" {
        return false;
    }
    among(&["ministre", "ministère", "minister"], ctx.word(j - 2))
}

/// Reads the speaker phrase in tokens `from..to` (a subject before a verb when `before`,
/// or a phrase after a verb otherwise).
fn read_speaker(ctx: &Ctx, from: usize, to: usize, before: bool) -> Option<(Who, Span)> {
    if from >= to {
        return None;
    }
    let byte_from = ctx.toks.at(from).start();
    let byte_to = ctx.toks.at(to - 1).end();
    // Pronoun right next to the verb.
    let edge = if before {
        skip_left(ctx, to - 1, from)?
    } else {
        from
    };
    let ew = ctx.word(edge);
    let edge_span = Span::new(ctx.toks.at(edge).start(), ctx.toks.at(edge).end());
    if let Some(g) = pronoun_gender(ew) {
        return Some((Who::Pronoun(g, edge_span.start), edge_span));
    }
    if let Some((g, span)) = demonstrative(ctx, edge, before) {
        return Some((Who::Pronoun(Some(g), span.start), span));
    }
    // « ce dernier », « cette dernière »
    if before && matches!(ew, "dernier" | "dernière") && edge > from {
        let g = if ew == "dernier" {
            Gender::Masculine
        } else {
            Gender::Feminine
        };
        return Some((Who::Pronoun(Some(g), edge_span.start), edge_span));
    }
    if among(PRONOUNS_PLURAL, ew) {
        return Some((Who::Plural, edge_span));
    }
    if among(PRONOUNS_NOBODY, ew) {
        return Some((Who::Anonymous, edge_span));
    }
    // « Hollande est arrivé à 13 h et évoque … »: the first clause's subject speaks.
    if before && among(&["et", "and", "puis", "then"], ew) && edge > from {
        let first = skip_right(ctx, from, edge);
        let head_end = ctx.toks.at((first + 8).min(edge) - 1).end();
        if let Some(&(s, r)) = ctx
            .mentions_in(ctx.toks.at(first).start(), ctx.toks.at(edge - 1).end())
            .iter()
            .find(|(s, r)| {
                s.start < head_end && r.kind == EntityKind::Person && !is_prepositional(ctx, *s)
            })
        {
            return Some((Who::Entity(r), s));
        }
        let t = ctx.toks.at(first);
        if let Some(g) = pronoun_gender(t.lower) {
            return Some((Who::Pronoun(g, t.start()), Span::new(t.start(), t.end())));
        }
        if let Some(name) = name_at(ctx, first, edge) {
            let after = ctx.tok_at(name.end);
            if SKIP_SET.contains(ctx.word(after)) || is_verb_at(ctx, after) {
                let who = entity_for_name(ctx, name).map_or(Who::Name(name), Who::Entity);
                return Some((who, name));
            }
        }
        return None;
    }
    // « le CHRU de Dijon qui souhaitait » : the relative's antecedent speaks.
    if before && matches!(ew, "qui" | "who") && edge > from {
        let mut k = edge - 1;
        if ctx.word(k) == "," && k > from {
            k -= 1;
            // « Idriss Déby, président de l'Union africaine, qui a rappelé »: the head of
            // the apposition.
            if let Some(&(s, r)) = ctx
                .mentions_in(byte_from, ctx.toks.at(k).end())
                .iter()
                .rfind(|(s, r)| r.kind == EntityKind::Person && !is_prepositional(ctx, *s))
            {
                return Some((Who::Entity(r), s));
            }
        }
        let end_byte = ctx.toks.at(k).end();
        if let Some(&(s, r)) = ctx
            .mentions_in(byte_from, end_byte)
            .iter()
            .rfind(|(s, _)| s.end == end_byte)
        {
            return Some((Who::Entity(r), s));
        }
        // A name the analysis missed: « du CHRU de Dijon qui souhaitait ».
        let mut n = k + 1;
        while n > from
            && (ctx.toks.at(n - 1).word() && ctx.toks.at(n - 1).cap()
                || among(&["de", "du", "d", "'", "’", "-"], ctx.word(n - 1)))
        {
            n -= 1;
        }
        while n <= k && !ctx.toks.at(n).cap() {
            n += 1;
        }
        if let Some(name) = name_at(ctx, n, k + 1).filter(|nm| nm.end == ctx.toks.at(k).end()) {
            let who = entity_for_name(ctx, name).map_or(Who::Name(name), Who::Entity);
            return Some((who, name));
        }
        return read_speaker(ctx, from, k + 1, true);
    }
    let mentions = ctx.mentions_in(byte_from, byte_to);
    let pick = |kind: EntityKind, strict: bool, within: Span| {
        let it = mentions.iter().filter(|(s, r)| {
            r.kind == kind
                && within.contains(*s)
                && (!strict || !is_prepositional_from(ctx, *s, if before { 0 } else { from }))
                && !is_modifier(ctx, *s)
        });
        if before {
            it.copied().next_back()
        } else {
            it.copied().next()
        }
    };
    let all = Span::new(byte_from, byte_to);
    if let Some((s, r)) = pick(EntityKind::Person, true, all) {
        return Some((Who::Entity(r), s));
    }
    // A name the analysis missed, right before the verb or right after it.
    if let Some(name) = missed_name(ctx, from, to, edge, before) {
        let who = match entity_for_name(ctx, name) {
            Some(r) => Who::Entity(r),
            None => Who::Name(name),
        };
        return Some((who, name));
    }
    // « Ghaith al Ghaith, directeur de Volotea, a annoncé »: a name the analysis missed
    // opening the clause, set off by a comma.
    if before && ctx.word(edge) == "," {
        let first = skip_right(ctx, from, edge);
        if let Some(name) = name_at(ctx, first, edge) {
            let after = ctx.tok_at(name.end);
            let words = after - ctx.tok_at(name.start);
            let known_other = ctx
                .mentions_in(name.start, name.end)
                .iter()
                .any(|(_, r)| r.kind != EntityKind::Person);
            if words >= 2 && !known_other && ctx.word(after) == "," {
                let who = entity_for_name(ctx, name).map_or(Who::Name(name), Who::Entity);
                return Some((who, name));
            }
        }
    }
    // The phrase's first word, for articles.
    let np_start = if before {
        let mut k = from;
        for j in from..=edge {
            if among(
                &[
                    "que", "qu", "qui", "that", "who", "et", "and", "mais", "but",
                ],
                ctx.word(j),
            ) {
                k = j + 1;
            }
        }
        k
    } else {
        // « a confié, à Reuters, le directeur » skips the addressee; "shouted to the crowd"
        // names no speaker.
        let mut k = from;
        while k < to && ctx.word(k) == "," {
            k += 1;
        }
        if among(&["à", "au", "aux", "to"], ctx.word(k)) {
            let comma = (k + 1..to.min(k + 7)).find(|&j| ctx.word(j) == ",")?;
            k = comma + 1;
        }
        k
    };
    let first = ctx.word(np_start);
    let indefinite = among(ARTICLES_INDEFINITE, first) && !among(&["de", "des"], first)
        || (first == "des" && before);
    if indefinite {
        if let Some((s, r)) = pick(EntityKind::Person, false, all) {
            return Some((Who::Entity(r), s));
        }
        // « un rapport de l'IGPN », « a statement from the agency »: the author speaks;
        // "a Velcor spokesman", « un porte-parole de Velcor »: so does the body whose
        // spokesperson it is.
        let spokesperson = (np_start + 1..to.min(np_start + 6)).any(|k| {
            among(
                &[
                    "spokesperson",
                    "spokesman",
                    "spokeswoman",
                    "porte-parole",
                    "parole",
                ],
                ctx.word(k),
            )
        });
        if spokesperson {
            // The body's name modifies the noun ("a White House spokesman"): no filter.
            if let Some(&(s, r)) = mentions
                .iter()
                .find(|(s, r)| r.kind == EntityKind::Organization && all.contains(*s))
            {
                return Some((Who::Entity(r), s));
            }
        }
        if spokesperson || among(DOCUMENT_NOUNS, ctx.word(np_start + 1)) {
            for kind in [EntityKind::Organization, EntityKind::Place] {
                if let Some((s, r)) = pick(kind, false, all) {
                    return Some((Who::Entity(r), s));
                }
            }
        }
        return Some((
            Who::Anonymous,
            Span::new(ctx.toks.at(np_start.min(to - 1)).start(), byte_to),
        ));
    }
    for kind in [EntityKind::Organization, EntityKind::Place] {
        if let Some((s, r)) = pick(kind, true, all) {
            // « a indiqué la Mairie »: a capitalised common noun the analysis kept as a
            // name stands for the body named earlier.
            if is_generic_entity(ctx, r) {
                let noun = ctx.text.get(s.start..s.end).unwrap_or("").to_lowercase();
                if let Some((who, at)) = entity_for_role(ctx, &noun, s.start) {
                    return Some((who, at));
                }
                return Some((Who::OrgNoun(s, s.start), s));
            }
            return Some((Who::Entity(r), s));
        }
    }
    if let Some((head, end)) =
        role_before(ctx, np_start, if before { edge + 1 } else { to }, before)
    {
        let span = Span::new(ctx.toks.at(head).start(), ctx.toks.at(end - 1).end());
        // « l'ancien président », "the former chairman": the noun after the adjectives of
        // time that come before it.
        let noun = (head..end)
            .find(|&k| !among(ADJECTIVES_OF_TIME, ctx.word(k)))
            .unwrap_or(head);
        let head_word = ctx.word(noun);
        if let Some((who, at)) = entity_for_role(ctx, head_word, span.start) {
            return Some((who, at));
        }
        if let Some(found) = head_of_state_or_government(ctx, noun, span.start) {
            return Some(found);
        }
        // « ajoute le texte », « précise le communiqué »: the document of the last speaker.
        if among(DOCUMENT_NOUNS, head_word) {
            return Some((Who::Unknown, span));
        }
        let singular = head
            .checked_sub(1)
            .map(|a| ctx.word(a.saturating_sub(usize::from(among(&["'", "’"], ctx.word(a))))))
            .is_some_and(|a| among(&["le", "la", "l"], a));
        if singular && !among(OFFICE_NOUNS, head_word) && !among(ORG_NOUNS, head_word) {
            if let Some((r, at)) = single_person_before(ctx, head) {
                return Some((Who::Entity(r), at));
            }
        }
        if among(ORG_NOUNS, head_word) && end - head <= 2 {
            return Some((Who::OrgNoun(span, span.start), span));
        }
        // An unnamed spokesperson of a named organisation speaks for it; a minister of a
        // portfolio (« le ministre de la Culture », which the analysis names a body) is a
        // person, the role.
        let minister = among(&["ministre", "minister"], head_word);
        if let Some((s, r)) = pick(EntityKind::Organization, false, span).filter(|_| !minister) {
            return Some((Who::Entity(r), s));
        }
        return Some((Who::Role(span), span));
    }
    None
}

/// Whether the mention at `span` only qualifies the noun after it: a possessive ("Obama's
/// former strategist said"), an English noun modifier ("the New York businessman said"), or
/// a title the analysis took for a name ("Rep.").
fn is_modifier(ctx: &Ctx, span: Span) -> bool {
    let after = ctx.tok_at(span.end);
    let possessive = among(&["'", "’"], ctx.word(after))
        && ctx.word(after + 1) == "s"
        && ctx.toks.at(after).start() == span.end;
    let title = ctx
        .text
        .get(span.start..span.end)
        .is_some_and(|t| with_lower(t, |t| TITLES_SET.contains(t)));
    let modifier = ctx.lang == Lang::En
        && ctx.toks.get(after).is_some_and(|t| {
            t.word()
                && !t.cap()
                && !is_speech_verb(ctx.lang, t.lower)
                && !SKIP_SET.contains(t.lower)
                && !PREPOSITIONS_SET.contains(t.lower)
                && !among(&["and", "or", "who", "that", "is", "was", "says"], t.lower)
        });
    possessive || title || modifier
}

/// Whether the entity's name is a single common noun of bodies (« Mairie », « Ville »).
fn is_generic_entity(ctx: &Ctx, r: EntityRef) -> bool {
    ctx.is_generic(r)
}

/// Offices: « le président », « le rapporteur public » name a role, not the last person.
#[rustfmt::skip]
const OFFICE_NOUNS: &[&str] = &[
    "président", "présidente", "ministre", "maire", "rapporteur", "rapporteuse", "procureur",
    "procureure", "juge", "porte-parole", "porte", "directeur", "directrice", "chef",
    "secrétaire", "préfet", "préfète", "gouverneur", "sénateur", "sénatrice", "député",
    "députée", "ambassadeur", "ambassadrice", "avocat", "avocate", "commissaire", "général",
    "conseil", "médecin", "président-directeur", "patron", "patronne", "dirigeant",
    "dirigeante", "responsable", "représentant", "représentante",
    "president", "minister", "mayor", "spokesman", "spokeswoman", "spokesperson",
    "secretary", "governor", "senator", "judge", "prosecutor", "director", "chief",
    "chairman", "chairwoman", "official", "attorney", "lawyer", "leader", "representative",
];

/// The person a definite description stands for when the text never joined them: among
/// the three sentences before token `k`'s, the nearest that names people gives its only
/// person, or else the person opening it (its subject): « … lancés par Karim Benzema. En
/// effet, l'attaquant avait déclaré … ».
fn single_person_before(ctx: &Ctx, k: usize) -> Option<(EntityRef, Span)> {
    let mut start = ctx.sentence_start(k);
    let to = ctx.toks.get(k)?.start();
    for _ in 0..3 {
        let mut p = start.checked_sub(1)?;
        while p > 0 && ctx.word(p) == "\n" {
            p -= 1;
        }
        let prev_start = ctx.sentence_start(p);
        let from = ctx.toks.get(prev_start)?.start();
        let people: Vec<(Span, EntityRef)> = ctx
            .mentions_in(from, to)
            .into_iter()
            .filter(|(_, r)| r.kind == EntityKind::Person)
            .collect();
        if let Some(first) = people.first() {
            if people.iter().all(|(_, r)| *r == first.1) {
                return Some((first.1, first.0));
            }
            let opening = ctx.tok_at(first.0.start) <= skip_right(ctx, prev_start, p) + 2;
            return (opening && !is_prepositional(ctx, first.0)).then_some((first.1, first.0));
        }
        start = prev_start;
    }
    None
}

/// Adjectives that come before a role noun to date it: « l'ancien ministre ».
const ADJECTIVES_OF_TIME: &[&str] = &[
    "ancien", "ancienne", "ex", "nouveau", "nouvel", "nouvelle", "futur", "future", "former",
    "new", "then", "late",
];

/// Nouns of written statements whose author is named after them.
#[rustfmt::skip]
const DOCUMENT_NOUNS: &[&str] = &[
    "rapport", "communiqué", "lettre", "déclaration", "texte", "courrier", "message", "note",
    "report", "statement", "letter", "memo", "release", "post",
];

/// A capitalised name in a speaker slot that the analysis did not mark: next to the verb
/// (subject) or right after it, never a place or organisation it knows, never a lone
/// sentence-initial word.
fn missed_name(ctx: &Ctx, from: usize, to: usize, edge: usize, before: bool) -> Option<Span> {
    let start = if before {
        let mut k = edge;
        while k > from
            && (ctx.toks.at(k - 1).word() && ctx.toks.at(k - 1).cap()
                || among(&["-", "'", "’"], ctx.word(k - 1)))
        {
            k -= 1;
        }
        k
    } else {
        from
    };
    let name = name_at(ctx, start, to)?;
    if before && name.end != ctx.toks.at(edge).end() {
        return None;
    }
    let known_other = ctx
        .mentions_in(name.start, name.end.saturating_add(1))
        .iter()
        .any(|(s, r)| r.kind != EntityKind::Person && s.overlaps(name));
    let first = ctx.tok_at(name.start);
    let single = ctx.tok_at(name.end) == first + 1;
    let sentence_initial = first == 0 || is_sentence_end(&ctx.toks, first - 1);
    // A lone sentence-initial capital is a name only right before the verb ("Trump says").
    let lone = single && sentence_initial && !before;
    if known_other || is_prepositional_from(ctx, name, if before { 0 } else { from }) || lone {
        return None;
    }
    Some(name)
}

/// Tokens spelling one of `words` (lower case) before byte `before`, outside quotations,
/// nearest first, over the last few thousand tokens.
fn tokens_spelling_before<'c, 'a>(
    ctx: &'c Ctx<'a>,
    words: &'c [&'c str],
    before: usize,
) -> impl Iterator<Item = usize> + use<'c, 'a> {
    let upto = ctx.tok_at(before);
    let lo = upto.saturating_sub(4000);
    // The cheap test first: most tokens are some other word.
    let candidates = ctx.toks.packed.get(lo..upto).unwrap_or_default();
    (lo..upto)
        .zip(candidates)
        .rev()
        .filter(move |&(_, &p)| match words {
            [w] => ctx.toks.spells(p, w),
            _ => words.iter().any(|w| ctx.toks.spells(p, w)),
        })
        .map(|(k, _)| k)
        .filter(move |&k| !ctx.in_quote(ctx.toks.at(k).start()))
}

/// The entity a role noun stands for: an earlier mention introduced by the same noun
/// (« l'attaquant Karim Benzema » … « l'attaquant a déclaré »), or an organisation whose
/// name holds it (« armée turque » … « selon l'armée »).
fn entity_for_role(ctx: &Ctx, noun: &str, before: usize) -> Option<(Who, Span)> {
    if noun.chars().count() < 3 {
        return None;
    }
    let nouns = [noun];
    for k in tokens_spelling_before(ctx, &nouns, before) {
        let t = ctx.toks.at(k);
        if !t.word() {
            continue;
        }
        // A mention holding the noun itself: none starts before the longest mention's
        // length back from the noun's end.
        if let Some((s, r)) = ctx.mentions_around(t.start(), t.end()).find(|(s, r)| {
            r.kind != EntityKind::Place
                && s.start <= t.start()
                && t.end() <= s.end
                && !is_generic_entity(ctx, *r)
        }) {
            return Some((Who::Entity(r), s));
        }
        // A mention within the next four tokens, before any verb or stop; a person first
        // (« le maire de Lyon, Jo Vial »: the office's holder, not its town).
        let window_end = ctx.toks.get(k + 5).map_or(ctx.text.len(), |x| x.end());
        let mut in_window = ctx.mentions_in(t.end(), window_end);
        let open = in_window
            .iter()
            .take_while(|(s, _)| {
                (k + 1..ctx.tok_at(s.start)).all(|j| {
                    !is_sentence_end(&ctx.toks, j) && !is_speech_verb(ctx.lang, ctx.word(j))
                })
            })
            .count();
        in_window.truncate(open);
        let found = in_window
            .iter()
            .find(|(_, r)| r.kind == EntityKind::Person)
            .or_else(|| in_window.first())
            .copied();
        if let Some((s, r)) = found {
            return Some((Who::Entity(r), s));
        }
        // « Thierry et Véronique Sarrail, parents d'un jihadiste »: the noun in apposition.
        if k >= 2 && ctx.word(k - 1) == "," {
            let before_comma = ctx.toks.at(k - 2).end();
            if let Some((s, r)) = ctx
                .mentions_before(before_comma)
                .rfind(|(s, r)| s.end == before_comma && r.kind == EntityKind::Person)
            {
                return Some((Who::Entity(r), s));
            }
        }
        // A name the analysis missed: « la Ville de Paris », « le quotidien Le Monde ».
        let mut j = k + 1;
        while j < k + 3 && ctx.toks.get(j).is_some_and(|x| x.word() && !x.cap()) {
            j += 1;
        }
        if let Some(name) = name_at(ctx, j, (j + 6).min(ctx.toks.len())) {
            let who = entity_for_name(ctx, name).map_or(Who::Name(name), Who::Entity);
            return Some((who, name));
        }
    }
    None
}

/// « le chef de l'État », « le chef du gouvernement »: the person the article introduced
/// with the office's usual title (« le président Ada Morel », « le Premier ministre Jon
/// Vik »), when the role phrase at `head` is one of the two.
fn head_of_state_or_government(ctx: &Ctx, head: usize, before: usize) -> Option<(Who, Span)> {
    if ctx.lang != Lang::Fr || ctx.word(head) != "chef" {
        return None;
    }
    let after = |k: usize| ctx.word(head + k);
    let of_the_state = after(1) == "de" && after(2) == "l" && among(&["'", "’"], after(3));
    let titles: &[&str] = if of_the_state && after(4) == "état" {
        &["président", "présidente"]
    } else if after(1) == "du" && after(2) == "gouvernement" {
        // « Premier ministre »: the word a minister of a portfolio lacks.
        &["premier", "première"]
    } else {
        return None;
    };
    // The latest title with a person's name within the next four tokens; a title with a
    // complement (« le président du Sénat ») heads something else, but for the one that
    // names the head of state (« le président de la République, X »).
    let of_the_republic = |k: usize| {
        ctx.word(k + 1) == "de" && ctx.word(k + 2) == "la" && ctx.word(k + 3) == "république"
    };
    tokens_spelling_before(ctx, titles, before)
        .filter_map(|k| {
            if of_the_state && of_the_republic(k) {
                Some((k, 3))
            } else {
                (!among(&["de", "du", "des", "d"], ctx.word(k + 1))).then_some((k, 0))
            }
        })
        .find_map(|(k, complement)| {
            // A name starting within the next four tokens, however long.
            let opens_by = ctx
                .toks
                .get(k + 5 + complement)
                .map_or(ctx.text.len(), |x| x.start());
            let far = ctx.toks.get(k + 16).map_or(ctx.text.len(), |x| x.end());
            ctx.mentions_in(ctx.toks.at(k).end(), far)
                .into_iter()
                .take_while(|(s, _)| {
                    s.start < opens_by
                        && (k + 1..ctx.tok_at(s.start)).all(|j| !is_sentence_end(&ctx.toks, j))
                })
                .find(|(_, r)| r.kind == EntityKind::Person)
                .map(|(s, r)| (Who::Entity(r), s))
        })
}

/// A definite noun phrase naming a role: before a verb (ending at `to`), the phrase read
/// leftwards to its article; after a verb (starting at `from`), read rightwards. Returns the
/// token range without the article.
fn role_before(ctx: &Ctx, from: usize, to: usize, before: bool) -> Option<(usize, usize)> {
    let is_np_tok = |k: usize| {
        let t = ctx.toks.at(k);
        (t.word() && !is_speech_verb(ctx.lang, t.lower) && !SKIP_SET.contains(t.lower))
            || among(&["'", "’", "-"], t.lower)
            || among(&["de", "du", "des", "d", "of"], t.lower)
            // « la porte-parole de l'ONU »: the elided article of a complement.
            || (t.lower == "l" && among(&["'", "’"], ctx.word(k + 1)))
    };
    if before {
        // Leftwards from the verb to a definite article not governed by a preposition.
        let mut k = to;
        let mut words = 0;
        while k > from && words < 16 {
            let p = k - 1;
            let w = ctx.word(p);
            if among(ARTICLES_DEFINITE, w) {
                let governed = p.checked_sub(1).is_some_and(|q| {
                    among(&["de", "du", "des", "d", "of", "à"], ctx.word(q))
                        || among(&["'", "’"], ctx.word(q)) && ctx.word(q.saturating_sub(1)) == "d"
                });
                if !governed {
                    let mut head = p + 1;
                    while among(&["'", "’"], ctx.word(head)) {
                        head += 1;
                    }
                    return (head < to).then_some((head, to));
                }
            }
            if !is_np_tok(p) && !among(ARTICLES_DEFINITE, w) {
                return None;
            }
            k = p;
            words += 1;
        }
        None
    } else {
        if !among(ARTICLES_DEFINITE, ctx.word(from)) {
            return None;
        }
        let mut head = from + 1;
        while among(&["'", "’"], ctx.word(head)) {
            head += 1;
        }
        let mut end = head;
        while end < to && end - head < 8 && is_np_tok(end) {
            // "said the vote was": a verb after the noun makes it a clause's subject.
            if among(CLAUSE_VERBS, ctx.word(end)) {
                return None;
            }
            end += 1;
        }
        (end > head).then_some((head, end))
    }
}

/// Verbs that, after « a déclaré le … » / "said the …", show a clause, not a speaker.
const CLAUSE_VERBS: &[&str] = &[
    "was", "is", "were", "are", "had", "has", "have", "would", "will", "could", "should", "must",
    "might", "est", "était", "sera", "serait", "sont", "étaient", "seront", "avait", "aurait",
    "aura", "doit", "devait", "pourrait",
];

/// Tokens of an inversion at `i`: VERB-t-il, VERB-il, a-t-elle VERB. Returns the pronoun's
/// index and the index after the construction.
fn inversion_at(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    let glued = |a: usize, b: usize| {
        ctx.toks
            .get(a)
            .zip(ctx.toks.get(b))
            .is_some_and(|(x, y)| x.end() == y.start())
    };
    let is_pron = |k: usize| {
        pronoun_gender(ctx.word(k)).is_some()
            || among(PRONOUNS_PLURAL, ctx.word(k))
            || ctx.word(k) == "on"
    };
    // VERB - t - PRON
    if ctx.word(i + 1) == "-" && glued(i, i + 1) {
        if ctx.word(i + 2) == "t" && ctx.word(i + 3) == "-" && is_pron(i + 4) {
            return Some((i + 4, i + 5));
        }
        if is_pron(i + 2) && glued(i + 1, i + 2) {
            return Some((i + 2, i + 3));
        }
    }
    None
}

/// The cue right after a quotation ending at token `after` (the token after the mark).
fn cue_after(ctx: &Ctx, after: usize) -> Option<Cue> {
    let end = ctx.sentence_end(after).min(after + 30);
    let mut i = after;
    while i < end && among(&[",", "—", "–", "-", "("], ctx.word(i)) {
        i += 1;
    }
    cue_at(ctx, i, end)
}

/// A cue later in the sentence after a quotation, behind a comma: « … » mardi, mettant fin
/// à la grève, a déclaré le maire.
fn cue_later(ctx: &Ctx, after: usize) -> Option<Cue> {
    let end = ctx.sentence_end(after).min(after + 40);
    (after..end)
        .filter(|&c| ctx.word(c) == "," && !ctx.in_quote(ctx.toks.at(c).start()))
        .find_map(|c| cue_at(ctx, c + 1, end))
}

/// The attribution patterns starting at token `i`: selon X, [aux] VERB NP, VERB-t-il,
/// NP VERB, VERB par X.
fn cue_at(ctx: &Ctx, i: usize, end: usize) -> Option<Cue> {
    if i >= end || ctx.in_quote(ctx.toks.get(i)?.start()) {
        return None;
    }
    let start_byte = ctx.toks.at(i).start();
    // selon X / d'après X / according to X.
    if let Some((who, s, next)) = selon_at(ctx, i, end) {
        let _ = next;
        return Some(Cue {
            span: Span::new(start_byte, s.end),
            who,
        });
    }
    // [aux] [-t-PRON] VERB ... / VERB-t-PRON / VERB NP
    let mut v = i;
    let mut aux_pron: Option<usize> = None;
    if among(
        &["a", "ont", "avait", "avaient", "aurait", "has", "had"],
        ctx.word(v),
    ) {
        if let Some((p, nx)) = inversion_at(ctx, v) {
            aux_pron = Some(p);
            v = nx;
        } else {
            v += 1;
        }
    }
    // « … », s'est félicité X; « … », se réjouit X: a pronominal verb, its pronoun and
    // auxiliary before it.
    if ctx.lang == Lang::Fr && v == i {
        let mut k = v;
        if ctx.word(k) == "se" {
            k += 1;
        } else if ctx.word(k) == "s" && among(&["'", "’"], ctx.word(k + 1)) {
            k += 2;
        }
        if k > v {
            if among(&["est", "sont", "était", "étaient", "serait"], ctx.word(k)) {
                k += 1;
            }
            v = k;
        }
    }
    while v < end
        && among(
            &[
                "également",
                "encore",
                "ensuite",
                "aussi",
                "alors",
                "ainsi",
                "déjà",
                "then",
                "also",
                "later",
            ],
            ctx.word(v),
        )
    {
        v += 1;
    }
    // « une « double tutelle » confiée à … »: a bare participle qualifies the words, it
    // does not attribute them, unless an agent follows (« lancée par le député »).
    let bare_participle = ctx.lang == Lang::Fr
        && v == i
        && ["é", "ée", "és", "ées"]
            .iter()
            .any(|e| ctx.word(v).ends_with(e))
        && ctx.word(v + 1) != "par";
    if v < end && is_verb_at(ctx, v) && !bare_participle {
        let verb_end = verb_end(ctx, v);
        if let Some(p) = aux_pron {
            let t = ctx.toks.at(p);
            let g = pronoun_gender(t.lower).flatten();
            let who = if among(PRONOUNS_PLURAL, t.lower) {
                Who::Plural
            } else if t.lower == "on" {
                Who::Anonymous
            } else {
                Who::Pronoun(g, t.start())
            };
            return Some(Cue {
                span: Span::new(start_byte, ctx.toks.at(verb_end - 1).end()),
                who,
            });
        }
        if let Some((p, nx)) = inversion_at(ctx, v) {
            let t = ctx.toks.at(p);
            let g = pronoun_gender(t.lower).flatten();
            let who = if among(PRONOUNS_PLURAL, t.lower) {
                Who::Plural
            } else if t.lower == "on" {
                Who::Anonymous
            } else {
                Who::Pronoun(g, t.start())
            };
            let mut span = Span::new(start_byte, ctx.toks.at(nx - 1).end());
            // « dit-il selon Francetv info »: the pronoun speaks, the source only reports.
            if let Some((_, s, _)) = selon_at(ctx, nx, end) {
                span.end = s.end.max(span.end);
            }
            return Some(Cue { span, who });
        }
        // « lancée par le député »: the agent of a passive speaks.
        let agent = usize::from(among(&["par", "by"], ctx.word(verb_end)));
        let np_end = phrase_end(ctx, verb_end + agent, end);
        if let Some((who, s)) = read_speaker(ctx, verb_end + agent, np_end, false) {
            return Some(Cue {
                span: Span::new(start_byte, s.end.max(ctx.toks.at(verb_end - 1).end())),
                who,
            });
        }
        return Some(Cue {
            span: Span::new(start_byte, ctx.toks.at(verb_end - 1).end()),
            who: Who::Unknown,
        });
    }
    // English and French subject-first: "Kirby said", "he said", "the agency added".
    let limit = (i + 14).min(end);
    for v in i..limit {
        let w = ctx.word(v);
        // "Yellen, the Treasury secretary, said": an apposition may sit in the subject.
        if !ctx.toks.at(v).word() && !among(&["'", "’", "-", ".", ",", "(", ")"], w) {
            break;
        }
        if v > i && is_verb_at(ctx, v) {
            // "The ministry did not respond", "Dorn declined to comment": a verb denied
            // reports no words.
            if (v.saturating_sub(2)..v).any(|k| among(&["not", "never", "t"], ctx.word(k))) {
                return None;
            }
            let ve = verb_end(ctx, v);
            if let Some((who, _)) = read_speaker(ctx, i, v, true) {
                return Some(Cue {
                    span: Span::new(start_byte, ctx.toks.at(ve - 1).end()),
                    who,
                });
            }
        }
    }
    None
}

/// A French past participle with no auxiliary before it qualifies a noun (« la tutelle
/// accordée à sa femme »); it reports nobody's words.
fn adjectival_participle(ctx: &Ctx, i: usize) -> bool {
    const AUXILIARIES: &[&str] = &[
        "a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "ai", "as", "avons", "avez",
        "eu", "ayant", "est", "sont", "était", "étaient", "été", "étant", "sera", "s", "se", "m",
        "t", "me", "te", "nous", "vous", "il", "elle", "on",
    ];
    if ctx.lang != Lang::Fr
        || !["é", "ée", "és", "ées"]
            .iter()
            .any(|e| ctx.word(i).ends_with(e))
    {
        return false;
    }
    let mut k = i;
    for _ in 0..3 {
        let Some(p) = k.checked_sub(1) else {
            return true;
        };
        let w = ctx.word(p);
        if among(AUXILIARIES, w) {
            return false;
        }
        if !(w.ends_with("ment") || SKIP_SET.contains(w) || among(&["'", "’", "-"], w)) {
            return true;
        }
        k = p;
    }
    true
}

/// Whether a speech verb (or multiword cue) starts at token `i`.
fn is_verb_at(ctx: &Ctx, i: usize) -> bool {
    let Some(t) = ctx.toks.get(i) else {
        return false;
    };
    // The table lookup first: most words are not speech verbs, and a token inside a
    // quotation is none either way.
    if !t.word() {
        return false;
    }
    if is_speech_verb(ctx.lang, t.lower) {
        if ctx.in_quote(t.start()) {
            return false;
        }
        // "note", "rapport" as nouns: a determiner right before means a noun.
        let prev = i.checked_sub(1).map_or("", |p| ctx.word(p));
        let determiners: &[&str] = match ctx.lang {
            Lang::Fr => &[
                "le", "la", "les", "un", "une", "des", "sa", "son", "ses", "leur", "cette", "ce",
            ],
            Lang::En => &[
                "the", "a", "an", "this", "his", "her", "its", "their", "our", "my",
            ],
        };
        return !among(determiners, prev);
    }
    // fait part / fait savoir.
    among(&["fait", "faisait"], t.lower)
        && among(&["part", "savoir"], ctx.word(i + 1))
        && !ctx.in_quote(t.start())
}

fn verb_end(ctx: &Ctx, v: usize) -> usize {
    if among(&["fait", "faisait"], ctx.word(v)) && among(&["part", "savoir"], ctx.word(v + 1)) {
        v + 2
    } else {
        v + 1
    }
}

/// End (exclusive) of the noun phrase after a post-quote verb: stops at a clause boundary.
fn phrase_end(ctx: &Ctx, from: usize, end: usize) -> usize {
    let mut k = from;
    let mut seen_word = false;
    while k < end {
        let w = ctx.word(k);
        if seen_word
            && among(
                &[
                    "dans", "lors", "sur", "en", "devant", "après", "avant", "mardi", "in", "on",
                    "at", "during", "after", "before", "(", "qui", "que", "who", "that", "cité",
                    "citée", "selon",
                ],
                w,
            )
        {
            break;
        }
        if !ctx.toks.at(k).word() && !among(&["'", "’", "-", ",", "."], w) {
            break;
        }
        if ctx.toks.at(k).word() {
            seen_word = true;
        }
        k += 1;
    }
    k
}

/// The first words of the cues [`selon_at`] reads.
const SELON_WORDS: &[&str] = &[
    "selon",
    "d",
    "cité",
    "citée",
    "cités",
    "citées",
    "according",
];

/// `selon X`, `d'après X`, `cité par X`, `according to X` at token `i`: the speaker, the
/// cue span, and the token after it.
fn selon_at(ctx: &Ctx, i: usize, end: usize) -> Option<(Who, Span, usize)> {
    let w = ctx.word(i);
    let after = if w == "selon" {
        i + 1
    } else if w == "d" && among(&["'", "’"], ctx.word(i + 1)) && ctx.word(i + 2) == "après" {
        i + 3
    } else if (among(&["cité", "citée", "cités", "citées"], w) && ctx.word(i + 1) == "par")
        || (w == "according" && ctx.word(i + 1) == "to")
    {
        i + 2
    } else {
        return None;
    };
    if after >= end {
        return None;
    }
    // « selon lui », « selon elle »
    let pw = ctx.word(after);
    if matches!(pw, "lui" | "elle" | "him" | "her") {
        let t = ctx.toks.at(after);
        let g = if matches!(pw, "lui" | "him") {
            Gender::Masculine
        } else {
            Gender::Feminine
        };
        return Some((
            Who::Pronoun(Some(g), t.start()),
            Span::new(ctx.toks.at(i).start(), t.end()),
            after + 1,
        ));
    }
    let mut np_end = phrase_end(ctx, after, end);
    if let Some(c) = (after..np_end)
        .find(|&c| ctx.word(c) == "," && !ctx.toks.get(c + 1).is_some_and(|t| t.word() && t.cap()))
    {
        np_end = c;
    }
    let (who, s) = read_speaker(ctx, after, np_end, false)?;
    Some((who, Span::new(ctx.toks.at(i).start(), s.end), np_end))
}

/// The cue before a quotation opening at token `open`, in the same sentence.
/// The tokens of the sentence before a quotation opening at token `open`: back to the
/// sentence start, or, when the quotation opens its paragraph after a colon
/// (« X a commenté ce vote :⏎⏎« … » »), the sentence that the colon ends.
fn before_window(ctx: &Ctx, open: usize) -> (usize, usize) {
    let mut k = open;
    while k > 0 && ctx.word(k - 1) == "\n" {
        k -= 1;
    }
    if k < open && k > 0 && ctx.word(k - 1) == ":" {
        (ctx.sentence_start(k - 1), k - 1)
    } else {
        (after_quoted_end(ctx, ctx.sentence_start(open), open), open)
    }
}

/// Where the sentence holding token `open` starts, `start` or later: quoted words ending
/// with their own period (`said it was "over." Then …`) end the sentence though the
/// sentences are found outside quotations.
fn after_quoted_end(ctx: &Ctx, start: usize, open: usize) -> usize {
    // A sentence of a text with no end of sentence may be the whole text: a quotation
    // looks back a paragraph's worth of tokens at most.
    (start.max(open.saturating_sub(200)) + 1..open)
        .rev()
        .find(|&k| {
            matches!(ctx.word(k), "\"" | "”" | "»")
                && matches!(ctx.word(k - 1), "." | "!" | "?")
                && ctx.toks.get(k + 1).is_some_and(|n| n.cap())
        })
        .map_or(start, |k| k + 1)
}

/// With no cue at all, the subject of the sentence holding a partial quotation: its first
/// person named outside a prepositional phrase, or a sentence-initial il/elle/he/she.
fn sentence_subject(ctx: &Ctx, open: usize) -> Option<Cue> {
    let (start, end) = before_window(ctx, open);
    if start >= end {
        return None;
    }
    let first = skip_right(ctx, start, end);
    if first >= end {
        return None;
    }
    // A subject pronoun, not an impersonal one (« il s'agit », « il y a », « il faut »).
    for k in first..end.min(first + 15) {
        let t = ctx.toks.at(k);
        if !matches!(t.lower, "il" | "elle" | "he" | "she") {
            continue;
        }
        let next: Vec<&str> = (k + 1..k + 4).map(|j| ctx.word(j)).collect();
        let impersonal = matches!(
            next.as_slice(),
            ["s", _, "agit" | "agissait", ..]
                | ["y", "a" | "avait", ..]
                | [
                    "faut" | "fallait" | "semble" | "paraît" | "reste" | "est" | "était",
                    ..
                ]
        );
        if impersonal {
            return None;
        }
        let g = pronoun_gender(t.lower).flatten();
        return Some(Cue {
            span: Span::new(t.start(), t.end()),
            who: Who::Pronoun(g, t.start()),
        });
    }
    // A person named at the head of the sentence.
    let head_end = ctx.toks.at((first + 8).min(end) - 1).end();
    let Some((s, r)) = ctx
        .mentions_in(ctx.toks.at(first).start(), ctx.toks.at(end - 1).end())
        .into_iter()
        .find(|(s, r)| {
            s.start < head_end && r.kind == EntityKind::Person && !is_prepositional(ctx, *s)
        })
    else {
        // "Japan branded the North an \"outlaw nation\"", « La Russie a jugé … »: a
        // country or a body opening the sentence, right before its verb.
        if let Some(cue) = acting_body(ctx, first, end) {
            return Some(cue);
        }
        // A name of several words opening the sentence that the analysis missed.
        let name = name_at(ctx, first, end).filter(|name| {
            let words = ctx.tok_at(name.end) - ctx.tok_at(name.start);
            let known_other = ctx
                .mentions_in(name.start, name.end)
                .iter()
                .any(|(_, r)| r.kind != EntityKind::Person);
            words >= 2 && !known_other && among(&[",", "("], ctx.word(ctx.tok_at(name.end)))
        });
        let Some(name) = name else {
            // « Les députés veulent … limiter « … » »: a group opening the sentence.
            let (art, noun) = (ctx.toks.get(first)?, ctx.toks.get(first + 1)?);
            // Not « Les accusations de « fascisme » »: the quotation must sit in what the
            // group does, not in the group's own noun phrase.
            let complement = among(&["de", "d", "of"], ctx.word(first + 2));
            let group = art.cap()
                && matches!(art.lower, "les" | "the")
                && noun.word()
                && !noun.cap()
                && noun.lower.ends_with(['s', 'x'])
                && !is_speech_verb(ctx.lang, noun.lower)
                && !complement
                && end > first + 4;
            return group.then(|| Cue {
                span: Span::new(art.start(), noun.end()),
                who: Who::Role(Span::new(noun.start(), noun.end())),
            });
        };
        return Some(Cue {
            span: name,
            who: entity_for_name(ctx, name).map_or(Who::Name(name), Who::Entity),
        });
    };
    Some(Cue {
        span: s,
        who: Who::Entity(r),
    })
}

/// The place or organisation named by the tokens from `first` on, when a verb follows it:
/// a past tense in English ("branded", "accused") or a verb of speech, an auxiliary and a
/// word in lower case in French (« a jugé », « ont qualifié »).
fn acting_body(ctx: &Ctx, mut first: usize, end: usize) -> Option<Cue> {
    // « Le Japon », "The Kremlin": the article is no part of the name.
    if among(&["le", "la", "les", "the"], ctx.word(first)) {
        first += 1;
    } else if ctx.word(first) == "l" && among(&["'", "’"], ctx.word(first + 1)) {
        first += 2;
    }
    if first >= end {
        return None;
    }
    let start = ctx.toks.at(first).start();
    // The name opens the sentence: its first dozen tokens hold it.
    let (s, r) = ctx
        .mentions_in(start, ctx.toks.at((first + 12).min(end) - 1).end())
        .into_iter()
        .next()
        .filter(|(s, r)| s.start == start && r.kind != EntityKind::Person)?;
    let v = ctx.tok_at(s.end);
    let verb = ctx.toks.get(v)?;
    if !verb.word() || verb.cap() || v >= end {
        return None;
    }
    let acts = is_verb_at(ctx, v)
        || match ctx.lang {
            Lang::En => verb.lower.len() > 4 && verb.lower.ends_with("ed"),
            Lang::Fr => {
                among(&["a", "ont", "avait", "avaient"], verb.lower)
                    && ctx.toks.get(v + 1).is_some_and(|n| n.word() && !n.cap())
                    && ctx.word(v + 1) != "été"
            }
        };
    acts.then_some(Cue {
        span: s,
        who: Who::Entity(r),
    })
}

/// Skips sentence-opening connectives and subordinate clauses' commas rightwards.
fn skip_right(ctx: &Ctx, mut i: usize, end: usize) -> usize {
    while i < end
        && (!ctx.toks.at(i).word() && ctx.word(i) != "\n"
            || among(
                &[
                    "mais",
                    "et",
                    "puis",
                    "ensuite",
                    "alors",
                    "cependant",
                    "pourtant",
                    "but",
                    "and",
                    "then",
                    "however",
                    "so",
                ],
                ctx.word(i),
            ))
    {
        i += 1;
    }
    i
}

/// A person's mention that starts at token `from` and ends right before one of `stops`
/// (a token before `open`).
fn person_ending_before(
    ctx: &Ctx,
    from: usize,
    open: usize,
    stops: &[&str],
) -> Option<(Span, EntityRef)> {
    let start = ctx.toks.get(from)?.start();
    let limit = ctx.toks.at(open.saturating_sub(1).max(from)).start();
    let (s, r) = ctx
        .mentions_in(start, limit)
        .into_iter()
        .find(|(s, _)| s.start == start)?;
    let after = ctx.tok_at(s.end);
    (r.kind == EntityKind::Person && after < open && among(stops, ctx.word(after)))
        .then_some((s, r))
}

fn cue_before(ctx: &Ctx, open: usize) -> Option<Cue> {
    let (start, open) = before_window(ctx, open);
    // Speech verbs of the sentence before the quotation, outside other quotations.
    let verbs: Vec<usize> = (start..open)
        .filter(|&k| is_verb_at(ctx, k) && !adjectival_participle(ctx, k))
        .collect();
    // « selon X, « … » » / « according to X, “…” » / « pour X, « … » »
    for k in start..open {
        // Only the words that open such a cue are looked at further.
        let opens = match ctx.word(k) {
            "pour" => k == start,
            w => SELON_WORDS.contains(&w),
        };
        if !opens || ctx.in_quote(ctx.toks.at(k).start()) {
            continue;
        }
        if let Some((who, span, next)) = selon_at(ctx, k, open) {
            // « … qui a rappelé que selon lui « … » »: the nearest attribution wins.
            if verbs.is_empty() || next + 2 >= open {
                return Some(Cue { span, who });
            }
        }
        if k == start && ctx.word(k) == "pour" && ctx.lang == Lang::Fr {
            let comma = (k + 1..open).find(|&j| ctx.word(j) == ",");
            if let Some(c) = comma {
                // « Pour le ministre de l'Économie, Léo Vasseur, « … » »: the person in
                // apposition to the role.
                if verbs.is_empty() {
                    if let Some((s, r)) = person_ending_before(ctx, c + 1, open, &[",", ":"]) {
                        return Some(Cue {
                            span: Span::new(ctx.toks.at(k).start(), s.end),
                            who: Who::Entity(r),
                        });
                    }
                }
                if let Some((who, s)) = read_speaker(ctx, k + 1, c, false) {
                    if !matches!(who, Who::Anonymous | Who::Unknown) && verbs.is_empty() {
                        return Some(Cue {
                            span: Span::new(ctx.toks.at(k).start(), s.end),
                            who,
                        });
                    }
                }
            }
        }
    }
    // « … que conteste l'économiste Ada Morel : « … » »: with no verb of speech, a person
    // named right before the colon that opens the quotation.
    if verbs.is_empty() && open > start + 1 && ctx.word(open - 1) == ":" {
        let from = (start..open - 1)
            .rev()
            .find(|&j| !ctx.toks.at(j).cap() && ctx.toks.at(j).word())
            .map_or(start, |j| j + 1);
        if let Some((s, r)) = person_ending_before(ctx, from, open, &[":"]) {
            return Some(Cue {
                span: Span::new(s.start, ctx.toks.at(open - 1).end()),
                who: Who::Entity(r),
            });
        }
    }
    // The verb introducing the reported speech: the first one followed by que/that/:,
    // else the nearest.
    let introduces = |v: usize| {
        let ve = verb_end(ctx, v);
        (ve..(ve + 3).min(open + 1)).any(|j| among(&["que", "qu", "that", ":"], ctx.word(j)))
    };
    let v = verbs
        .iter()
        .copied()
        .find(|&v| introduces(v))
        .or_else(|| verbs.last().copied())?;
    let ve = verb_end(ctx, v);
    let verb_span = Span::new(ctx.toks.at(v).start(), ctx.toks.at(ve - 1).end());
    // Inversion before the quotation: « … », estime-t-il, « … ».
    if let Some((p, _)) = inversion_at(ctx, v) {
        let t = ctx.toks.at(p);
        let g = pronoun_gender(t.lower).flatten();
        return Some(Cue {
            span: Span::new(verb_span.start, t.end()),
            who: Who::Pronoun(g, t.start()),
        });
    }
    // Subject before the verb; with nothing there (« Rappelons que »), the phrase after it.
    let subject_from = start;
    if v > subject_from {
        if let Some((who, s)) = read_speaker(ctx, subject_from, v, true) {
            return Some(Cue {
                span: Span::new(s.start.min(verb_span.start), verb_span.end),
                who,
            });
        }
    }
    // "said Caddell: “…”" / « a déclaré le ministre : « … » »
    let np_end = phrase_end(ctx, ve, open);
    if let Some((who, s)) = read_speaker(ctx, ve, np_end, false) {
        if !matches!(who, Who::Role(_)) || ctx.lang == Lang::En {
            return Some(Cue {
                span: Span::new(verb_span.start, s.end),
                who,
            });
        }
    }
    Some(Cue {
        span: verb_span,
        who: Who::Unknown,
    })
}

/// An incise splitting a quotation: « Pourquoi pas, a-t-il dit, ce sont nos voisins ».
/// Returns the cue and the incise's token range.
fn cue_inside(ctx: &Ctx, inner: Span) -> Option<(Cue, Span)> {
    let from = ctx.tok_at(inner.start);
    let to = ctx.tok_at(inner.end);
    let mut k = from;
    while k < to {
        if ctx.toks.is(k, ",") {
            let mut v = k + 1;
            let mut aux_pron = None;
            if among(&["a", "ont", "avait"], ctx.word(v)) {
                if let Some((p, nx)) = inversion_at(ctx, v) {
                    aux_pron = Some(p);
                    v = nx;
                }
            }
            let is_verb = ctx
                .toks
                .get(v)
                .is_some_and(|t| t.word() && is_speech_verb(ctx.lang, t.lower));
            if is_verb {
                let pron = aux_pron.or_else(|| inversion_at(ctx, v).map(|(p, _)| p));
                let close = (v + 1..(v + 8).min(to)).find(|&j| ctx.word(j) == ",");
                if let (Some(p), Some(c)) = (pron, close) {
                    let t = ctx.toks.at(p);
                    let g = pronoun_gender(t.lower).flatten();
                    let span = Span::new(ctx.toks.at(k + 1).start(), ctx.toks.at(c - 1).end());
                    return Some((
                        Cue {
                            span,
                            who: Who::Pronoun(g, t.start()),
                        },
                        Span::new(ctx.toks.at(k).start(), ctx.toks.at(c).end()),
                    ));
                }
            }
        }
        k += 1;
    }
    None
}

// ---------------------------------------------------------------------------------------
// Pass 3: terms
// ---------------------------------------------------------------------------------------

#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    "de", "du", "des", "la", "le", "les", "l", "d", "et", "pour", "à", "au", "aux", "en", "sur",
    "the", "of", "and", "for", "a", "an", "to", "in", "on", "un", "une",
];

/// Auxiliaries, negations and pronouns: words of sentences, not of names.
#[rustfmt::skip]
const SENTENCE_WORDS: &[&str] = &[
    "est", "sont", "était", "a", "ont", "n", "ne", "pas", "je", "j", "nous", "vous", "il",
    "elle", "ils", "on", "c", "ce", "sera", "suis", "is", "are", "was", "were", "not", "i",
    "we", "you", "it", "do", "does", "did", "will", "can", "be", "have", "has", "my", "me",
];

/// Whether the words look like a name or title: few words, capitalised, no sentence
/// punctuation.
fn looks_like_name(ctx: &Ctx, inner: Span) -> bool {
    let from = ctx.tok_at(inner.start);
    let to = ctx.tok_at(inner.end);
    let toks = ctx.toks.range(from, to);
    // Six words are enough to tell there are more than five.
    let words: Vec<Tok> = toks.clone().filter(Tok::word).take(6).collect();
    if words.is_empty() || words.len() > 5 {
        return false;
    }
    // English puts the sentence's comma or period inside the marks: “Face the Nation,”.
    let mut toks = toks;
    let punctuated = toks.len() > 1
        && toks
            .clone()
            .next_back()
            .is_some_and(|t| t.lower == "," || t.lower == ".");
    if punctuated {
        toks.next_back();
    }
    if toks
        .clone()
        .any(|t| !t.word() && !among(&["-", "'", "’", "&", "."], t.lower))
        || toks.next_back().is_some_and(|t| t.lower == ".")
    {
        return false;
    }
    let first_cap = words
        .iter()
        .find(|t| !FUNCTION_SET.contains(t.lower) || t.cap())
        .is_some_and(|t| t.cap());
    let content_caps = words
        .iter()
        .filter(|t| !FUNCTION_SET.contains(t.lower))
        .all(|t| t.cap());
    // Only title case survives a final comma or period: “Neither do I.” is a sentence, and
    // so is anything with a verb or pronoun of the everyday kind (« Rien n'est décidé »).
    let sentence_like = words.iter().any(|t| SENTENCE_SET.contains(t.lower));
    first_cap && (content_caps || (words.len() <= 4 && !punctuated && !sentence_like))
}

/// Whether a quotation without a cue of its own is a name, title or slogan.
fn is_term(ctx: &Ctx, m: &Marked, prev_term_adjacent: bool) -> bool {
    strong_term(ctx, m, prev_term_adjacent) || weak_term(ctx, m)
}

/// Marks that hold a name whatever cue surrounds them: after a naming word (« baptisé »,
/// « le film »), a charge (« mis en examen pour »), in a list of terms, or a capitalised
/// name in the middle of a sentence after a determiner (« célébré comme le « Jour de la
/// Victoire » »).
fn strong_term(ctx: &Ctx, m: &Marked, prev_term_adjacent: bool) -> bool {
    let open = ctx.tok_at(m.outer.start);
    let lo = open.saturating_sub(5);
    for k in (lo..open).rev() {
        let w = ctx.word(k);
        if is_sentence_end(&ctx.toks, k) {
            break;
        }
        let names_other = (k + 1..open).any(|j| ctx.toks.at(j).word() && ctx.toks.at(j).cap());
        // « appelé », "called": naming only right before the mark ("called the letters
        // “more superficial”" quotes an opinion).
        let adjacent_only = among(
            &[
                "appelé",
                "appelée",
                "appelés",
                "appelées",
                "called",
                "named",
                "nommé",
                "nommée",
            ],
            w,
        );
        if NAMING_SET.contains(w) && !names_other && (!adjacent_only || k + 1 == open)
            || (CHARGE_SET.contains(w)
                && (k + 1..open).any(|j| among(&["pour", "de", "for", "with"], ctx.word(j))))
        {
            return true;
        }
    }
    // « A » et « B », « A », « B »: a list continues a term.
    if prev_term_adjacent {
        return true;
    }
    let name_like = looks_like_name(ctx, m.inner);
    let prev = open.checked_sub(1).map_or("", |p| ctx.word(p));
    let prev2 = open.checked_sub(2).map_or("", |p| ctx.word(p));
    // The first six words: the rules below only tell one word from up to five.
    let inner_words: Vec<Tok> = ctx
        .toks
        .range(ctx.tok_at(m.inner.start), ctx.tok_at(m.inner.end))
        .filter(Tok::word)
        .take(6)
        .collect();
    let capitalised = inner_words.first().is_some_and(|t| t.cap());
    // « le mouvement « En marche! » »: after a noun of named things, a capitalised short
    // phrase is the name, punctuation and all.
    if capitalised
        && inner_words.len() <= 5
        && (NAMED_KIND_SET.contains(prev) || NAMED_KIND_SET.contains(prev2))
    {
        return true;
    }
    // « l'équipe de soccer « Chapecoense » »: one capitalised word inside a sentence.
    let mid_sentence = open
        .checked_sub(1)
        .is_some_and(|p| ctx.toks.at(p).word() && !is_sentence_end(&ctx.toks, p));
    if capitalised
        && inner_words.len() == 1
        && mid_sentence
        && !SENTENCE_SET.contains(inner_words[0].lower)
        && ctx
            .toks
            .range(ctx.tok_at(m.inner.start), ctx.tok_at(m.inner.end))
            .all(|t| t.word() || among(&["-", "'", "’"], t.lower))
    {
        return true;
    }
    name_like
        && (NAMED_KIND_SET.contains(prev)
            || NAMED_KIND_SET.contains(prev2)
            || among(
                &[
                    "le", "la", "les", "l", "du", "des", "au", "aux", "un", "une", "dans", "sur",
                    "the", "a", "an", "of", "on", "in", "at", "from", "to",
                ],
                prev,
            ) && ctx.toks.get(open.saturating_sub(1)).is_some_and(|t| t.word())
            // NBC's “Nightly News”
            || prev == "s" && among(&["'", "’"], prev2))
}

/// Marks with no cue that look like a name, or a headline after a dateline dash.
fn weak_term(ctx: &Ctx, m: &Marked) -> bool {
    if looks_like_name(ctx, m.inner) {
        return true;
    }
    // A headline after a dateline dash, alone at the end of its line.
    let before = ctx
        .text
        .get(..m.outer.start)
        .unwrap_or("")
        .trim_end_matches(is_space);
    let after = ctx
        .text
        .get(m.outer.end..)
        .unwrap_or("")
        .trim_start_matches([' ', '\u{A0}', '\u{202F}']);
    let line_ends = after.is_empty() || after.starts_with('\n');
    (before.ends_with('—') || before.ends_with('–')) && line_ends
}

// ---------------------------------------------------------------------------------------
// Pass 4: speakers
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
struct Resolved {
    speaker: Option<String>,
    entity: Option<EntityRef>,
    /// Byte where the quotation this speaker was found for starts.
    at: usize,
}

impl Resolved {
    const fn nobody(at: usize) -> Self {
        Self {
            speaker: None,
            entity: None,
            at,
        }
    }
}

fn resolve(ctx: &Ctx, who: &Who, prev: Option<&Resolved>, at_quote: usize) -> Resolved {
    let entity = |r: EntityRef| Resolved {
        speaker: ctx.analysis.entity(r).map(|e| e.name.clone()),
        entity: Some(r),
        at: at_quote,
    };
    let text = |s: Span| Resolved {
        speaker: ctx.text.get(s.start..s.end).map(str::to_owned),
        entity: None,
        at: at_quote,
    };
    let prev_or_none = || Resolved {
        at: at_quote,
        ..prev.cloned().unwrap_or(Resolved::nobody(at_quote))
    };
    match who {
        Who::Entity(r) => entity(*r),
        Who::Name(s) | Who::Role(s) => text(*s),
        Who::Anonymous => Resolved::nobody(at_quote),
        Who::Unknown => prev_or_none(),
        Who::Plural => plural_subject(ctx, at_quote).map_or_else(prev_or_none, text),
        Who::OrgNoun(s, at) => {
            let noun = ctx.text.get(s.start..s.end).unwrap_or("").to_lowercase();
            let town = ["ville", "mairie", "municipalité", "city", "town"]
                .iter()
                .any(|w| noun.starts_with(w));
            // « la Mairie » after « la Ville de Paris »: the town named with a synonym.
            if town {
                for syn in ["ville", "mairie", "municipalité", "city", "town"] {
                    match entity_for_role(ctx, syn, *at) {
                        Some((Who::Entity(r), _)) => return entity(r),
                        Some((Who::Name(n), _)) => return text(n),
                        _ => {}
                    }
                }
            }
            if town {
                if let Some((_, r)) = ctx.mentions_before(*at).rev().find(|(m, r)| {
                    m.end <= *at && r.kind == EntityKind::Place && !ctx.in_quote(m.start)
                }) {
                    return entity(r);
                }
            }
            // Otherwise the organisation the article mentions most, the latest on a tie.
            let mut counts: Vec<(EntityRef, usize, usize)> = Vec::new();
            // The kind first: most mentions are of people, and the generic test looks up
            // the entity.
            for (m, r) in ctx.mentions_before(*at).filter(|(m, r)| {
                (r.kind == EntityKind::Organization || town && r.kind == EntityKind::Place)
                    && m.end <= *at
                    && !is_generic_entity(ctx, *r)
                    && !ctx.in_quote(m.start)
            }) {
                match counts.iter_mut().find(|(e, _, _)| *e == r) {
                    Some(c) => {
                        c.1 += 1;
                        c.2 = m.start;
                    }
                    None => counts.push((r, 1, m.start)),
                }
            }
            counts
                .iter()
                .max_by_key(|(_, n, last)| (*n, *last))
                .map_or_else(|| text(*s), |(r, _, _)| entity(*r))
        }
        Who::Pronoun(g, at) => {
            let at = (*at).min(at_quote);
            // The latest person whose gender does not contradict the pronoun: recency wins
            // over a known gender, which the analysis infers less reliably than it orders
            // mentions.
            let person = ctx.mentions_before(at).rev().find(|(m, r)| {
                m.end <= at
                    && r.kind == EntityKind::Person
                    && !ctx.in_quote(m.start)
                    && match (g, ctx.analysis.entity(*r).and_then(|e| e.gender)) {
                        (Some(want), Some(has)) => *want == has,
                        _ => true,
                    }
            });
            // The previous speaker, when quoted after the last matching person was named,
            // is the one the pronoun picks up (« Elle appelle … » after the town hall spoke).
            let prev_fits = prev.filter(|p| {
                p.speaker.is_some()
                    && person.is_none_or(|(m, _)| p.at > m.end)
                    && match (g, p.entity.and_then(|r| ctx.analysis.entity(r))) {
                        (Some(want), Some(e)) => e.gender.is_none_or(|has| has == *want),
                        _ => true,
                    }
            });
            match (prev_fits, person) {
                (Some(_), _) => prev_or_none(),
                (None, Some((_, r))) => entity(r),
                (None, None) => prev_or_none(),
            }
        }
    }
}

/// The group a plural pronoun picks up: the latest sentence of the two before `at` that
/// opens with « Les X » / "The Xs" (« Les personnels ont décidé… Ils s'affirment… »).
fn plural_subject(ctx: &Ctx, at: usize) -> Option<Span> {
    let mut sentences = 0;
    let mut k = ctx.tok_at(at);
    while k > 0 && sentences < 3 {
        k -= 1;
        let starts_sentence = k == 0 || is_sentence_end(&ctx.toks, k - 1);
        if !starts_sentence || ctx.word(k) == "\n" {
            continue;
        }
        sentences += 1;
        let (Some(art), Some(noun)) = (ctx.toks.get(k), ctx.toks.get(k + 1)) else {
            continue;
        };
        let plural_article = art.cap() && matches!(art.lower, "les" | "the");
        if plural_article && noun.word() && !noun.cap() && noun.lower.ends_with(['s', 'x']) {
            return Some(Span::new(noun.start(), noun.end()));
        }
    }
    None
}

/// An attribution line after the quotation's paragraph: « — Raúl Castro ».
fn dash_line(ctx: &Ctx, m: &Marked) -> Option<Who> {
    let rest = ctx.text.get(m.outer.end..)?;
    let window = rest.get(..rest.len().min(1500)).or_else(|| {
        let mut cut = 1500.min(rest.len());
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        rest.get(..cut)
    })?;
    let nl = window.find('\n')?;
    let after_para = &window[nl..];
    let line_start = nl + (after_para.len() - after_para.trim_start().len());
    let line = window[line_start..].lines().next()?;
    let name = line.strip_prefix('—').or_else(|| line.strip_prefix('–'))?;
    let lead = line.len() - name.len() + (name.len() - name.trim_start().len());
    // « — Jennifer Psaki, directrice de la communication »: the name before the apposition.
    let name = name.split([',', '(']).next().unwrap_or("").trim();
    if name.is_empty()
        || name.split_whitespace().count() > 6
        || !name.starts_with(char::is_uppercase)
    {
        return None;
    }
    let start = m.outer.end + line_start + lead;
    let span = Span::new(start, start + name.len());
    if let Some(&(_, r)) = ctx
        .mentions_in(span.start, span.end)
        .iter()
        .find(|(_, r)| r.kind != EntityKind::Place)
    {
        return Some(Who::Entity(r));
    }
    Some(entity_for_name(ctx, span).map_or(Who::Name(span), Who::Entity))
}

// ---------------------------------------------------------------------------------------
// Driver
// ---------------------------------------------------------------------------------------

/// Finds the quotations of `text` and attributes them to the entities of `analysis`.
#[must_use]
pub fn find(text: &str, lang: Lang, analysis: &Analysis) -> Vec<Quote> {
    let marked = pair_marks(text);
    if marked.is_empty() {
        return Vec::new();
    }
    let quoted: Vec<Span> = marked.iter().map(|m| m.outer).collect();
    let toks = tokenize_near(text, &quoted);
    let ctx = Ctx::new(text, lang, analysis, quoted, toks);
    // One quotation per pair of marks, but for the few an incise splits: one allocation,
    // where doubling would leave the smaller copies behind on a long text.
    let mut quotes: Vec<Quote> = Vec::with_capacity(marked.len());
    let mut prev: Option<Resolved> = None;
    let mut prev_end: Option<usize> = None;
    let mut prev_term_end: Option<usize> = None;
    for m in &marked {
        let open = ctx.tok_at(m.outer.start);
        let after = ctx.tok_at(m.outer.end);
        let inside = cue_inside(&ctx, m.inner);
        // "Moss called it \"cruel.\" The ministry said …": words quoted inside a sentence
        // that end it with their own period take no cue from the next sentence.
        let ends_its_sentence = open > 0
            && !is_sentence_end(&ctx.toks, open - 1)
            && ctx
                .text
                .get(m.inner.start..m.inner.end)
                .is_some_and(|q| q.trim_end().ends_with('.'))
            && ctx.toks.get(after).is_some_and(|t| t.word() && t.cap());
        let cue = inside
            .as_ref()
            .map(|(c, _)| c.clone())
            .or_else(|| {
                if ends_its_sentence {
                    None
                } else {
                    cue_after(&ctx, after)
                }
            })
            .or_else(|| {
                // « Se disant « confiant », le conseil a estimé »: a later cue with a
                // speaker beats an earlier one without.
                let early = cue_before(&ctx, open);
                match early {
                    Some(Cue {
                        who: Who::Unknown, ..
                    })
                    | None => cue_later(&ctx, after)
                        .filter(|c| c.who != Who::Unknown)
                        .or(early),
                    known => known,
                }
            });
        let adjacent_to_term = prev_term_end.is_some_and(|e| {
            ctx.text.get(e..m.outer.start).is_some_and(|gap| {
                gap.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .all(|w| among(&["et", "ou", "and", "or"], w))
            })
        });
        let named = if cue.is_none() {
            is_term(&ctx, m, adjacent_to_term)
        } else {
            strong_term(&ctx, m, adjacent_to_term)
        };
        if named {
            prev_term_end = Some(m.outer.end);
            continue;
        }
        // A quotation with no cue continues the previous speaker when it follows closely.
        let follows = prev_end.is_some_and(|e| {
            ctx.text.get(e..m.outer.start).is_some_and(|gap| {
                gap.len() < 200 || memchr::memchr_iter(b'\n', gap.as_bytes()).nth(2).is_none()
            })
        });
        let prev_close = prev.as_ref().filter(|_| follows);
        // Weak attributions: an attribution line, the sentence's subject, the previous
        // speaker.
        let weak = matches!(
            cue.as_ref().map(|c| &c.who),
            None | Some(Who::Pronoun(..) | Who::Unknown)
        );
        let dash = if weak { dash_line(&ctx, m) } else { None };
        let resolved = match (&cue, dash) {
            (_, Some(who)) => resolve(&ctx, &who, prev_close, m.outer.start),
            (Some(c), None) => resolve(&ctx, &c.who, prev_close, m.outer.start),
            (None, None) => match sentence_subject(&ctx, open) {
                Some(c) => resolve(&ctx, &c.who, prev_close, m.outer.start),
                None if follows => resolve(&ctx, &Who::Unknown, prev_close, m.outer.start),
                None => Resolved::nobody(m.outer.start),
            },
        };
        // A cue covers its verb and its speaker in whichever order they come; an empty
        // one is no cue.
        let cue_span = cue
            .as_ref()
            .map(|c| Span::new(c.span.start.min(c.span.end), c.span.start.max(c.span.end)))
            .filter(|s| !s.is_empty());
        let mut push = |span: Span| {
            quotes.push(Quote {
                span,
                speaker: resolved.speaker.clone(),
                speaker_ref: resolved.entity,
                cue: cue_span,
            });
        };
        match &inside {
            Some((_, incise)) => {
                for part in [
                    trim_inner(text, m.inner.start, incise.start),
                    trim_inner(text, incise.end, m.inner.end),
                ]
                .into_iter()
                .flatten()
                {
                    push(part);
                }
            }
            None => push(m.inner),
        }
        prev = Some(resolved);
        prev_end = Some(m.outer.end);
    }
    quotes
}

#[cfg(test)]
#[path = "speech_forms.rs"]
mod speech_forms;

#[cfg(test)]
mod tests;
