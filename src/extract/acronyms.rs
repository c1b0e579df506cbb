//! Acronyms an article defines: "le Front national (FN)", "le SNR (service national de
//! renseignement)". The long name and its acronym are one organisation, and every other
//! use of the acronym in the article names it too, whatever the lists say of it.
//!
//! An acronym counts as defined only when its letters spell the first letters (or
//! the first syllables: FFVoile, Fédération française de voile) of the long name's
//! words, so a bracketed aside ("(AFP)", "(photo)") defines nothing.

use rustc_hash::FxHashSet as HashSet;

use super::fold::fold;
use super::lexicon::{with_lower, HeadPosition, Lexicon};
use super::names::{Evidence, Mention};
use super::token::{token_spanning, Token, TokenBits, TokenKind};
use super::{EntityKind, Lang, Span};

/// The longest long name, in tokens.
const MAX_EXPANSION_TOKENS: usize = 16;

/// Content words of the long name an acronym may leave out (FIDH: Fédération
/// internationale des [ligues des] droits de l'homme).
const MAX_SKIPPED_WORDS: usize = 2;

/// Words that never give a letter to an acronym.
fn is_link_word(w: &str) -> bool {
    matches!(
        w,
        "de" | "du"
            | "des"
            | "d'"
            | "d’"
            | "la"
            | "le"
            | "les"
            | "l'"
            | "l’"
            | "au"
            | "aux"
            | "et"
            | "pour"
            | "en"
            | "à"
            | "sur"
            | "un"
            | "une"
            | "of"
            | "the"
            | "and"
            | "for"
            | "on"
            | "in"
            | "&"
    )
}

/// The letters of an acronym-shaped word, folded: "MNR-FDP" → "mnrfdp".
fn acronym_letters(word: &str, strict: bool) -> Option<Vec<char>> {
    let mut chars = word.chars();
    if !chars.next().is_some_and(char::is_uppercase) {
        return None;
    }
    let letters: Vec<char> = fold(word).chars().filter(|c| c.is_alphabetic()).collect();
    let capitals = word.chars().filter(|c| c.is_uppercase()).count();
    let ok_shape = word
        .chars()
        .all(|c| c.is_alphabetic() || c == '-' || c == '.')
        && (2..=10).contains(&letters.len())
        && (capitals >= 2 || (!strict && letters.len() <= 6));
    ok_shape.then_some(letters)
}

/// Whether `letters` spell the words in order: each used word gives a prefix of itself,
/// the first and last words are used, at most `skips` words in between are not.
fn spells(letters: &[char], words: &[Vec<char>], skips: usize, first: bool) -> bool {
    let Some((word, rest)) = words.split_first() else {
        return letters.is_empty();
    };
    if letters.is_empty() {
        return false;
    }
    let most = word.len().min(letters.len());
    for n in 1..=most {
        if word[..n] == letters[..n] && spells(&letters[n..], rest, skips, false) {
            return true;
        }
    }
    !first && !rest.is_empty() && skips > 0 && spells(letters, rest, skips - 1, false)
}

struct Doc<'a> {
    text: &'a str,
    toks: &'a [Token],
}

impl Doc<'_> {
    fn word(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    /// The tokens after the first that are an opening parenthesis, in order: the two
    /// rules that read "(ACR)" and "ACR (long name)" look only there.
    fn opening_parens(&self) -> Vec<usize> {
        // Found in the bytes, then among the tokens: brackets are few.
        memchr::memchr_iter(b'(', self.text.as_bytes())
            .filter_map(|at| token_spanning(self.toks, at, at + 1))
            .filter(|&i| i > 0 && self.toks[i].kind() == TokenKind::Punct)
            .collect()
    }

    /// Whether token `i` is `s` (not empty), compared as bytes.
    fn is(&self, i: usize, s: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            let span = t.span();
            self.text.as_bytes().get(span.start..span.end) == Some(s.as_bytes())
        })
    }

    /// The folded content words of tokens `from..to`, hyphenated words split, or None
    /// when something other than words lies there.
    fn content_words(&self, from: usize, to: usize) -> Option<Vec<Vec<char>>> {
        let mut out = Vec::new();
        for i in from..to {
            let t = self.toks.get(i)?;
            if t.kind() != TokenKind::Word || (i > from && t.line_start()) {
                return None;
            }
            let w = self.word(i);
            if with_lower(w, is_link_word) {
                continue;
            }
            for part in w.split('-').filter(|p| !p.is_empty()) {
                out.push(fold(part).chars().filter(|c| c.is_alphabetic()).collect());
            }
        }
        Some(out)
    }

    /// Whether the first content word of tokens `from..to` (as [`Self::content_words`]
    /// yields them) begins with `letter`; false also where `content_words` gives `None`
    /// or nothing, and `spells` then fails anyway.
    fn first_letter_is(&self, letter: Option<char>, from: usize, to: usize) -> bool {
        for i in from..to {
            let Some(t) = self.toks.get(i) else {
                return false;
            };
            if t.kind() != TokenKind::Word || (i > from && t.line_start()) {
                return false;
            }
            let w = self.word(i);
            if with_lower(w, is_link_word) {
                continue;
            }
            let Some(part) = w.split('-').find(|p| !p.is_empty()) else {
                continue;
            };
            return fold(part).chars().find(|c| c.is_alphabetic()) == letter;
        }
        false
    }

    /// Whether tokens `from..to` hold a listed organisation's name ("Opération des
    /// Nations unies au Burundi").
    fn holds_listed_org(&self, lex: &Lexicon, from: usize, to: usize) -> bool {
        (from..to).any(|s| {
            let mut key = String::new();
            (s..to.min(s + 6)).any(|k| {
                let t = &self.toks[k];
                if k > s && t.space_before() && !key.ends_with('\'') {
                    key.push(' ');
                }
                key.extend(
                    self.word(k)
                        .chars()
                        .map(|c| if c == '’' { '\'' } else { c }),
                );
                lex.orgs.contains_key(key.as_str())
            })
        })
    }

    fn defines(&self, letters: &[char], from: usize, to: usize) -> bool {
        // The first content word must give the first letter: most candidate spans fail
        // there, before any word is folded into a vector.
        if !self.first_letter_is(letters.first().copied(), from, to) {
            return false;
        }
        self.content_words(from, to).is_some_and(|words| {
            words.len() >= 2 && spells(letters, &words, MAX_SKIPPED_WORDS, true)
        })
    }
}

/// "WTS 2016", "CAN 2017", "JMJ 2016": an unlisted acronym the article dates with a year
/// names an event, there and in its other uses ("la WTS Lausanne").
fn drop_events(doc: &Doc<'_>, parens: &[usize], lex: &Lexicon, mentions: &mut Vec<Mention>) {
    let toks = doc.toks;
    let is_year = |t: &Token| {
        let w = t.text(doc.text);
        t.kind() == TokenKind::Number
            && !t.line_start()
            && w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
    };
    // Each token with the next, read in one pass over the slice.
    let dated = toks.windows(2).enumerate().filter_map(|(i, pair)| {
        (pair[0].all_caps() && pair[0].kind() == TokenKind::Word && is_year(&pair[1])).then_some(i)
    });
    let events: HashSet<&str> = dated
        .chain(defined_after_event(doc, parens))
        .map(|i| doc.word(i))
        .filter(|w| !lex.orgs.contains_key(w))
        .collect();
    if events.is_empty() {
        return;
    }
    mentions
        .retain(|m| !(m.kind != Some(EntityKind::Place) && events.contains(doc.word(m.first()))));
}

/// Nouns of competitions and gatherings: an acronym in parentheses after one abbreviates
/// the event ("les séries mondiales de natation (SMN)").
const EVENT_HEADS: &[&str] = &[
    "championnat",
    "championnats",
    "série",
    "séries",
    "coupe",
    "tournoi",
    "jeux",
    "festival",
    "mondial",
    "mondiaux",
    "rallye",
    "marathon",
    "championship",
    "championships",
    "series",
    "cup",
    "games",
    "tournament",
];

/// "le championnat du monde de plongée (CMP)", "les Séries mondiales de plongée (SMP)":
/// acronyms, in parentheses, of an event named by an event noun in the few words before
/// them, within the clause.
fn defined_after_event<'d>(
    doc: &'d Doc<'_>,
    parens: &'d [usize],
) -> impl Iterator<Item = usize> + 'd {
    let toks = doc.toks;
    let tail = toks.len().saturating_sub(2);
    parens
        .iter()
        .copied()
        .filter(move |&p| p < tail)
        .filter_map(move |p| {
            let acronym = p + 1;
            let closed = toks[acronym].all_caps()
                && toks[acronym].kind() == TokenKind::Word
                && doc.is(p, "(")
                && doc.is(p + 2, ")");
            if !closed {
                return None;
            }
            let mut k = p;
            for _ in 0..7 {
                k = k.checked_sub(1)?;
                let t = &toks[k];
                if t.kind() == TokenKind::Punct {
                    return None;
                }
                if with_lower(doc.word(k), |w| EVENT_HEADS.contains(&w)) {
                    return Some(acronym);
                }
                if t.line_start() {
                    return None;
                }
            }
            None
        })
}

/// One definition: the long name's tokens and the acronym's token.
struct Definition {
    long: (usize, usize),
    short: usize,
}

/// Finds "Long Name (ACR)" and "ACR (long name)" pairs.
fn definitions(doc: &Doc<'_>, parens: &[usize], lex: &Lexicon, lang: Lang) -> Vec<Definition> {
    let toks = doc.toks;
    let mut out = Vec::new();
    for &p in parens {
        // "Fédération française de voile (FFVoile)".
        if doc.is(p + 2, ")") {
            if let Some(letters) = acronym_letters(doc.word(p + 1), true) {
                // "Bureau des eaux lacustres de Namibie (BEL)": the acronym may leave
                // out the country or town that ends the long name.
                let place_end = (p >= 3
                    && matches!(doc.word(p - 2), "de" | "du" | "d'" | "d’" | "of")
                    && lex.places.contains_key(doc.word(p - 1)))
                .then(|| p - 2);
                let mut best = None;
                for from in (p.saturating_sub(MAX_EXPANSION_TOKENS)..p).rev() {
                    let t = &toks[from];
                    if t.kind() != TokenKind::Word {
                        break;
                    }
                    let w = doc.word(from);
                    let starts = (t.upper() || lex.org_head(lang, w).is_some())
                        && !with_lower(w, is_link_word);
                    let spelt = || {
                        doc.defines(&letters, from, p)
                            || place_end
                                .is_some_and(|end| from < end && doc.defines(&letters, from, end))
                    };
                    if starts && spelt() {
                        best = Some(from);
                    }
                    if t.line_start() {
                        break;
                    }
                }
                if let Some(from) = best {
                    out.push(Definition {
                        long: (from, p),
                        short: p + 1,
                    });
                }
            }
        }
        // "SNR (service national de renseignement)".
        let Some(letters) = acronym_letters(doc.word(p - 1), false) else {
            continue;
        };
        let close = (p + 2..(p + 2 + MAX_EXPANSION_TOKENS).min(toks.len()))
            .find(|&k| toks[k].kind() != TokenKind::Word);
        if let Some(q) = close.filter(|&q| doc.word(q) == ")") {
            if doc.defines(&letters, p + 1, q) {
                out.push(Definition {
                    long: (p + 1, q),
                    short: p - 1,
                });
            }
        }
    }
    out
}

/// Makes defined acronyms and their long names organisations, when the long name is
/// one: it opens with an organisation's head word, holds a name already taken for an
/// organisation, or the acronym is a listed organisation.
pub fn resolve(text: &str, toks: &[Token], lang: Lang, lex: &Lexicon, mentions: &mut Vec<Mention>) {
    let doc = Doc { text, toks };
    let parens = doc.opening_parens();
    drop_events(&doc, &parens, lex, mentions);
    let defs = definitions(&doc, &parens, lex, lang);
    if defs.is_empty() {
        return;
    }
    // Mentions by first token, so a definition looks only at those near it; the ones it
    // takes over are marked, and all dropped at the end in one pass.
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_unstable_by_key(|&k| (mentions[k].first(), k));
    let longest = mentions
        .iter()
        .map(|m| m.end().saturating_sub(m.first()))
        .max()
        .unwrap_or(0);
    let mut dropped = vec![false; mentions.len()];
    let mut acronyms: HashSet<&str> = HashSet::default();
    let mut added = Vec::new();
    for d in defs {
        let (from, to) = d.long;
        let short = d.short;
        // Every live mention that overlaps the long name or holds the acronym starts in
        // `lo..hi`.
        let lo = from.min(short).saturating_sub(longest);
        let hi = to.max(short + 1);
        let near_from = order.partition_point(|&k| mentions[k].first() < lo);
        let near_to = order.partition_point(|&k| mentions[k].first() < hi);
        let near = &order[near_from..near_to];
        let live = || near.iter().filter(|&&k| !dropped[k]).map(|&k| &mentions[k]);
        let inside = |m: &Mention| m.first() < to && from < m.end();
        if live().any(|m| {
            inside(m) && m.first() == from && m.end() == to && m.kind == Some(EntityKind::Place)
        }) {
            continue;
        }
        let is_org = lex.org_head(lang, doc.word(from)) == Some(HeadPosition::Head)
            || live().any(|m| inside(m) && m.kind == Some(EntityKind::Organization))
            || lex.orgs.contains_key(doc.word(d.short))
            || doc.holds_listed_org(lex, from, to);
        if !is_org {
            continue;
        }
        for &k in near {
            let m = &mentions[k];
            if inside(m) || (m.first() <= short && short < m.end()) {
                dropped[k] = true;
            }
        }
        for (first, end) in [(from, to), (short, short + 1)] {
            added.push(Mention::new(
                Span::new(toks[first].span().start, toks[end - 1].span().end),
                first..end,
                Some(EntityKind::Organization),
                Evidence::Strong,
                None,
            ));
        }
        acronyms.insert(doc.word(short));
    }
    let mut k = 0;
    mentions.retain(|_| {
        k += 1;
        !dropped[k - 1]
    });
    // First bytes of the acronyms: most words are told apart by that byte alone,
    // without hashing them.
    let mut first_bytes = [false; 256];
    for a in &acronyms {
        if let Some(&b) = a.as_bytes().first() {
            first_bytes[usize::from(b)] = true;
        }
    }
    let is_acronym = |w: &str| {
        w.as_bytes()
            .first()
            .is_some_and(|&b| first_bytes[usize::from(b)])
            && acronyms.contains(w)
    };
    mentions.extend(added);
    // The acronym's other uses.
    let mut covered = TokenBits::new(toks.len());
    for m in mentions.iter() {
        covered.set_range(m.tokens());
    }
    for m in mentions.iter_mut() {
        if m.end() == m.first() + 1 && is_acronym(doc.word(m.first())) {
            m.kind = Some(EntityKind::Organization);
            m.evidence = Evidence::Strong;
        }
    }
    for (i, t) in toks.iter().enumerate() {
        let opens_one = text
            .as_bytes()
            .get(t.span().start)
            .is_some_and(|&b| first_bytes[usize::from(b)]);
        if opens_one && !covered.get(i) && t.kind() == TokenKind::Word && is_acronym(t.text(text)) {
            mentions.push(Mention::new(
                t.span(),
                i..i + 1,
                Some(EntityKind::Organization),
                Evidence::Strong,
                None,
            ));
        }
    }
    mentions.sort_by_key(|m| (m.span().start, m.span().end));
}

#[cfg(test)]
mod tests {
    use super::{spells, Doc, TokenKind};

    #[test]
    fn opening_parens_are_the_bracket_tokens_after_the_first() {
        let text = "(Note) Le Parti (PS), l'ONU(ONU) et « (» ((x)) fin (";
        let toks = crate::extract::token::tokenize(text);
        let doc = Doc { text, toks: &toks };
        // The same tokens read one by one.
        let read: Vec<usize> = (1..toks.len())
            .filter(|&i| toks[i].kind() == TokenKind::Punct && toks[i].text(text) == "(")
            .collect();
        assert_eq!(doc.opening_parens(), read);
        assert_eq!(read.len(), 6);
    }

    fn words(s: &str) -> Vec<Vec<char>> {
        s.split(' ').map(|w| w.chars().collect()).collect()
    }

    #[test]
    fn letters_spell_first_letters_or_syllables() {
        let l = |s: &str| s.chars().collect::<Vec<_>>();
        assert!(spells(
            &l("fftri"),
            &words("federation francaise triathlon"),
            2,
            true
        ));
        assert!(spells(
            &l("fidh"),
            &words("federation internationale ligues droits homme"),
            2,
            true
        ));
        assert!(!spells(&l("afp"), &words("photo prise hier"), 2, true));
        assert!(!spells(&l("ab"), &words("zz ab"), 2, true));
    }
}
