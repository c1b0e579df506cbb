//! Text search that costs the same on a 10 MB article as on a short one: matches are found
//! one at a time, when asked for, and never all at once.
//!
//! Case is ignored through a folded copy of the text made once, when the reader opens: every
//! character whose lower case is one character of the same UTF-8 length is replaced by it (all
//! of ASCII, Latin, Greek and Cyrillic), the rest are kept as they are. Byte offsets in the
//! copy are therefore byte offsets in the text, with no map between them, and a folded query
//! is found in it with `memchr::memmem`, whose SIMD search crosses 10 MB in about half a
//! millisecond whatever the query (a query's common first letters do not slow it down, unlike a
//! case-insensitive automaton). Enter looks for the first match after a position, `n` for the
//! next, `N` for the previous (forward searches in chunks that double backwards from the
//! cursor), and drawing looks only in the rows on screen.
//!
//! The query is valid UTF-8 and so is the folded text, so a match always starts and ends on
//! char boundaries, of the folded text and of the text alike.

use std::ops::Range;

use memchr::memmem::Finder;

use crate::extract::Span;

/// First chunk searched backwards for `N`.
const BACK_CHUNK: usize = 64 * 1024;

/// `text` with each character replaced by its lower case when that is a single character of
/// the same length in UTF-8, so that every byte offset stays where it was.
#[must_use]
pub fn fold(text: &str) -> String {
    let src = text.as_bytes();
    let mut bytes = src.to_ascii_lowercase();
    // Only non-ASCII characters are decoded: a byte scan skips the rest.
    let mut from = 0;
    while let Some(i) = src
        .get(from..)
        .and_then(|rest| rest.iter().position(|&b| b >= 0x80))
        .map(|off| from + off)
    {
        // `i` follows whole characters, so it starts one.
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        from = i + c.len_utf8();
        // The common cases of a European text without a table lookup: Latin-1 signs and
        // small letters, general punctuation (’ « » …) stay; Latin-1 capitals are 0x20 away.
        if matches!(c, '\u{a0}'..='\u{bf}' | '\u{d7}' | '\u{df}'..='\u{ff}' | '\u{2000}'..='\u{206f}')
        {
            continue;
        }
        if let 'À'..='Þ' = c {
            if let Some(b) = bytes.get_mut(i + 1) {
                *b += 0x20;
            }
            continue;
        }
        let mut lower = c.to_lowercase();
        if let (Some(l), None) = (lower.next(), lower.next()) {
            if l != c && l.len_utf8() == c.len_utf8() {
                let mut buf = [0u8; 4];
                let encoded = l.encode_utf8(&mut buf).as_bytes();
                if let Some(dst) = bytes.get_mut(i..i + encoded.len()) {
                    dst.copy_from_slice(encoded);
                }
            }
        }
    }
    // Whole characters were swapped for whole characters: still UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_owned())
}

/// A compiled query.
#[derive(Debug, Clone)]
pub struct Matcher {
    finder: Finder<'static>,
}

impl Matcher {
    /// The matcher of `query`, ignoring case; `None` for an empty query.
    #[must_use]
    pub fn new(query: &str) -> Option<Self> {
        if query.is_empty() {
            return None;
        }
        Some(Self {
            finder: Finder::new(fold(query).as_bytes()).into_owned(),
        })
    }

    fn len(&self) -> usize {
        self.finder.needle().len()
    }

    /// The first match that starts at or after byte `from` of `folded` (see [`fold`]).
    #[must_use]
    pub fn first_from(&self, folded: &str, from: usize) -> Option<Span> {
        self.first_in(folded, from..folded.len())
    }

    /// The first match that lies in bytes `range` of `folded`.
    #[must_use]
    pub fn first_in(&self, folded: &str, range: Range<usize>) -> Option<Span> {
        let hay = folded
            .as_bytes()
            .get(range.start..range.end.min(folded.len()))?;
        self.finder
            .find(hay)
            .map(|i| Span::new(range.start + i, range.start + i + self.len()))
    }

    /// The first match at or after `from`, else the first from the start: the text is
    /// crossed once at most, even when nothing matches.
    #[must_use]
    pub fn first_around(&self, folded: &str, from: usize) -> Option<Span> {
        self.first_from(folded, from)
            .or_else(|| self.first_in(folded, 0..from.saturating_add(self.len().saturating_sub(1))))
    }

    /// The last match that starts before byte `before` of `folded`.
    #[must_use]
    pub fn last_before(&self, folded: &str, before: usize) -> Option<Span> {
        let mut hi = before.min(folded.len());
        let mut chunk = BACK_CHUNK;
        while hi > 0 {
            let lo = hi.saturating_sub(chunk);
            let found = self
                .in_range(folded, lo..hi.saturating_add(self.len()))
                .into_iter()
                .rfind(|s| s.start < hi);
            if found.is_some() {
                return found;
            }
            hi = lo;
            chunk = chunk.saturating_mul(2);
        }
        None
    }

    /// The matches that lie in bytes `range` of `folded` (clamped), in order, non-overlapping.
    #[must_use]
    pub fn in_range(&self, folded: &str, range: Range<usize>) -> Vec<Span> {
        let bytes = folded.as_bytes();
        let end = range.end.min(bytes.len());
        let start = range.start.min(end);
        let n = self.len();
        let mut out = Vec::new();
        let mut at = start;
        while let Some(i) = bytes.get(at..end).and_then(|hay| self.finder.find(hay)) {
            out.push(Span::new(at + i, at + i + n));
            at += i + n.max(1);
        }
        out
    }

    /// The matches that overlap bytes `range`, for drawing the rows on screen.
    #[must_use]
    pub fn overlapping(&self, folded: &str, range: Range<usize>) -> Vec<Span> {
        let from = range.start.saturating_sub(self.len());
        let mut found = self.in_range(folded, from..range.end.saturating_add(self.len()));
        found.retain(|s| s.end > range.start && s.start < range.end);
        found
    }
}

/// Every non-overlapping occurrence of `query` in `text`, ignoring case: what stepping with
/// `n` from the start visits (tests compare the two; the reader never needs them all).
#[must_use]
pub fn find_all(text: &str, query: &str) -> Vec<Span> {
    Matcher::new(query).map_or_else(Vec::new, |m| m.in_range(&fold(text), 0..text.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_is_ignored_beyond_ascii() {
        let text = "Les ÉTATS-UNIS et les États-Unis, les états-unis";
        let found = find_all(text, "états-unis");
        assert_eq!(found.len(), 3);
        assert_eq!(&text[found[0].start..found[0].end], "ÉTATS-UNIS");
        assert_eq!(&text[found[1].start..found[1].end], "États-Unis");
        assert!(find_all(text, "").is_empty());
        assert!(find_all(text, "zzz").is_empty());
        assert_eq!(find_all("CORÉE, Corée", "corée").len(), 2);
        assert_eq!(find_all("東京 東京", "東京").len(), 2);
    }

    #[test]
    fn folding_keeps_every_offset() {
        let text = "Éé ÀÉÎÕÜ ΣΑΣ Москва İstanbul K ẞ 東京 ABC";
        let folded = fold(text);
        assert_eq!(folded.len(), text.len());
        for (i, _) in text.char_indices() {
            assert!(folded.is_char_boundary(i), "offset {i}");
        }
        assert!(folded.starts_with("éé àéîõü σασ москва"));
        assert!(folded.ends_with("東京 abc"));
    }

    #[test]
    fn first_from_finds_the_next_match_only() {
        let text = fold("abc Abc aBC");
        let text = text.as_str();
        let m = Matcher::new("abc").expect("matcher");
        assert_eq!(m.first_from(text, 0), Some(Span::new(0, 3)));
        assert_eq!(m.first_from(text, 1), Some(Span::new(4, 7)));
        assert_eq!(m.first_from(text, 9), None);
        assert_eq!(m.first_from(text, 99), None);
    }

    #[test]
    fn last_before_walks_back_across_chunks() {
        let mut text = "Corée ".to_owned();
        text.push_str(&"x".repeat(BACK_CHUNK * 5));
        text.push_str(" corée ");
        let text = fold(&text);
        let m = Matcher::new("CORÉE").expect("matcher");
        let last = m
            .last_before(&text, text.len())
            .expect("a match near the end");
        assert_eq!(&text[last.start..last.end], "corée");
        assert_eq!(m.last_before(&text, last.start), Some(Span::new(0, 6)));
        assert_eq!(m.last_before(&text, 0), None);
    }

    #[test]
    fn overlapping_includes_a_match_cut_by_the_range_start() {
        let text = fold("xx Moscou yy");
        let text = text.as_str();
        let m = Matcher::new("moscou").expect("matcher");
        assert_eq!(m.overlapping(text, 5..12), vec![Span::new(3, 9)]);
        assert!(m.overlapping(text, 9..12).is_empty());
    }

    #[test]
    fn stepping_forward_visits_what_a_full_scan_finds() {
        let folded = fold(crate::SAMPLE_TEXT);
        let text = folded.as_str();
        for query in ["russie", "e", "Corée du", "« ", "Poutine"] {
            let m = Matcher::new(query).expect("matcher");
            let mut walked = Vec::new();
            let mut from = 0;
            while let Some(s) = m.first_from(text, from) {
                walked.push(s);
                from = s.end;
            }
            assert_eq!(walked, find_all(text, query), "{query}");
            let mut back = Vec::new();
            let mut before = text.len();
            while let Some(s) = m.last_before(text, before) {
                back.push(s);
                before = s.start;
            }
            back.reverse();
            assert_eq!(back, walked, "{query} backwards");
        }
    }
}
