//! Text search that costs the same on a 10 MB article as on a short one: matches are found
//! one at a time, when asked for, and never all at once.
//!
//! Case is ignored without lowercasing the text: the query becomes a small set of patterns
//! (each non-ASCII letter in its typed, lower- and upper-case forms; ASCII letters are matched
//! case-insensitively by the automaton itself), searched for in the text's bytes with
//! `aho-corasick`, whose SIMD prefilter scans 10 MB in about a millisecond. Enter looks for
//! the first match after a position, `n` for the next, `N` for the previous (in chunks that
//! double backwards from the cursor), and drawing looks only in the rows on screen.
//!
//! A pattern is valid UTF-8 and the text is too, so a match always starts and ends on char
//! boundaries.

use std::ops::Range;

use aho_corasick::{AhoCorasick, Input, MatchKind};

use crate::extract::Span;

/// Most patterns a query expands to; letters past the limit match only as typed and in
/// lower case.
const MAX_PATTERNS: usize = 64;
/// First chunk searched backwards for `N`.
const BACK_CHUNK: usize = 64 * 1024;

/// A compiled query.
#[derive(Debug, Clone)]
pub struct Matcher {
    automaton: AhoCorasick,
    /// Longest pattern, in bytes: how far a match may reach past where it starts.
    max_len: usize,
}

/// The forms a character of the query matches in the text.
fn variants(c: char) -> Vec<char> {
    fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
        let first = it.next()?;
        it.next().is_none().then_some(first)
    }
    let mut out = vec![c];
    if c.is_ascii() {
        return out;
    }
    for v in [single(c.to_lowercase()), single(c.to_uppercase())]
        .into_iter()
        .flatten()
    {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

impl Matcher {
    /// The matcher of `query`, ignoring case; `None` for an empty query.
    #[must_use]
    pub fn new(query: &str) -> Option<Self> {
        if query.is_empty() {
            return None;
        }
        let mut patterns: Vec<String> = vec![String::new()];
        for c in query.chars() {
            let mut forms = variants(c);
            if patterns.len() * forms.len() > MAX_PATTERNS {
                forms.truncate(if patterns.len() * 2 <= MAX_PATTERNS {
                    2
                } else {
                    1
                });
            }
            patterns = patterns
                .iter()
                .flat_map(|p| {
                    forms.iter().map(move |&f| {
                        let mut p = p.clone();
                        p.push(f);
                        p
                    })
                })
                .collect();
        }
        let max_len = patterns.iter().map(String::len).max().unwrap_or(0);
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .build(&patterns)
            .ok()?;
        Some(Self { automaton, max_len })
    }

    /// The first match that starts at or after byte `from`.
    #[must_use]
    pub fn first_from(&self, text: &str, from: usize) -> Option<Span> {
        if from > text.len() {
            return None;
        }
        let input = Input::new(text).span(from..text.len());
        self.automaton
            .find(input)
            .map(|m| Span::new(m.start(), m.end()))
    }

    /// The last match that starts before byte `before`.
    #[must_use]
    pub fn last_before(&self, text: &str, before: usize) -> Option<Span> {
        let mut hi = before.min(text.len());
        let mut chunk = BACK_CHUNK;
        while hi > 0 {
            let lo = hi.saturating_sub(chunk);
            let found = self
                .in_range(text, lo..hi.saturating_add(self.max_len))
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

    /// The matches that start in `range` (clamped to the text), in order, non-overlapping.
    #[must_use]
    pub fn in_range(&self, text: &str, range: Range<usize>) -> Vec<Span> {
        let end = range.end.min(text.len());
        let start = range.start.min(end);
        let input = Input::new(text).span(start..end);
        self.automaton
            .find_iter(input)
            .map(|m| Span::new(m.start(), m.end()))
            .collect()
    }

    /// The matches that overlap bytes `range`, for drawing the rows on screen.
    #[must_use]
    pub fn overlapping(&self, text: &str, range: Range<usize>) -> Vec<Span> {
        let from = range.start.saturating_sub(self.max_len);
        let mut found = self.in_range(text, from..range.end.saturating_add(self.max_len));
        found.retain(|s| s.end > range.start && s.start < range.end);
        found
    }
}

/// Every non-overlapping occurrence of `query` in `text`, ignoring case: what stepping with
/// `n` from the start visits (tests compare the two; the reader never needs them all).
#[must_use]
pub fn find_all(text: &str, query: &str) -> Vec<Span> {
    Matcher::new(query).map_or_else(Vec::new, |m| m.in_range(text, 0..text.len()))
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
    fn first_from_finds_the_next_match_only() {
        let text = "abc Abc aBC";
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
        let text = "xx Moscou yy";
        let m = Matcher::new("moscou").expect("matcher");
        assert_eq!(m.overlapping(text, 5..12), vec![Span::new(3, 9)]);
        assert!(m.overlapping(text, 9..12).is_empty());
    }

    #[test]
    fn stepping_forward_visits_what_a_full_scan_finds() {
        let text = crate::SAMPLE_TEXT;
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
