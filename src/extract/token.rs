//! The token stream every pass works on: words, numbers and punctuation as byte spans
//! of the original text, never a rewritten copy.
//!
//! Words keep inner hyphens (Jean-Luc, États-Unis) and split French elisions off
//! (l'OMS → `l'` + `OMS`), so list lookups see the name alone.

use super::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with inner hyphens, apostrophes, dots of initials or digits).
    Word,
    /// Digits, possibly with inner separators.
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// One token, with the facts rules ask about most.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte, and one past the last (32 bits: see [`LIMIT`]); [`Token::span`] gives
    /// them as a [`Span`]. 16 bytes a token rather than 24: a 10 MB article holds about two
    /// million.
    start: u32,
    end: u32,
    /// Word, number or punctuation.
    pub kind: TokenKind,
    /// First character is an upper-case letter.
    pub upper: bool,
    /// Every letter is upper case and there are at least two.
    pub all_caps: bool,
    /// First token of a sentence (after . ! ? : a line break, an opening quote, or a dash).
    pub sentence_start: bool,
    /// First token of a line.
    pub line_start: bool,
    /// A space or line break lies between this token and the previous one.
    pub space_before: bool,
}

impl Token {
    /// Where it is.
    #[inline]
    #[must_use]
    pub const fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    /// The token's text.
    #[must_use]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start as usize..self.end as usize)
            .unwrap_or("")
    }
}

/// Text past this byte is not tokenized, so it holds no names (token positions are 32-bit).
/// The reader refuses files over 128 MiB; only a library caller can pass more than 4 GiB.
const LIMIT: usize = u32::MAX as usize;

/// French elided articles and pronouns that an apostrophe splits off a following word.
const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    "quelqu", "L", "D", "J", "M", "N", "S", "T", "C", "Qu", "Jusqu", "Lorsqu", "Puisqu",
];

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

fn is_word_char(c: char) -> bool {
    is_alphanumeric(c) || matches!(c, '\u{300}'..='\u{36f}')
}

/// [`char::is_alphanumeric`], answered without a table search for ASCII and the Latin
/// letters of European languages (À to ɏ), which are most of the characters of news text.
#[inline]
#[must_use]
pub fn is_alphanumeric(c: char) -> bool {
    match c {
        '0'..='9' | 'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7f}' => false,
        '\u{80}'..='\u{bf}' => matches!(c, 'ª' | 'µ' | 'º' | '²' | '³' | '¹' | '¼' | '½' | '¾'),
        // Every character from À to ɏ is a letter but for × and ÷.
        '\u{c0}'..='\u{24f}' => c != '×' && c != '÷',
        // General punctuation (’ “ ” – — …) holds no letter or digit.
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// [`char::is_alphabetic`], with the same shortcuts as [`is_alphanumeric`].
#[inline]
#[must_use]
pub fn is_alphabetic(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7f}' => false,
        '\u{80}'..='\u{bf}' => matches!(c, 'ª' | 'µ' | 'º'),
        '\u{c0}'..='\u{24f}' => c != '×' && c != '÷',
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphabetic(),
    }
}

/// `word` in lower case, borrowed when it already is (nearly always for words that are
/// not names): the same string as [`str::to_lowercase`] gives, without the copy.
#[must_use]
pub fn lower_case(word: &str) -> std::borrow::Cow<'_, str> {
    // ASCII without capitals, and Latin-1 from ß to ÿ, are their own lower case.
    let unchanged = word
        .chars()
        .all(|c| matches!(c, '\0'..='@' | '['..='\u{bf}' | '\u{df}'..='\u{ff}'));
    if unchanged {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    }
}

/// Splits `text` into tokens.
#[must_use]
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    // No token starts at or past 4 GiB (a word running across that point is cut there by
    // the 32-bit end, and its text reads as empty).
    let mut stop = text.len().min(LIMIT);
    while !text.is_char_boundary(stop) {
        stop -= 1;
    }
    let mut i = 0;
    let mut sentence_start = true;
    let mut line_start = true;
    let mut space_before = true;
    while i < stop {
        let b = bytes[i];
        // ASCII fast paths for whitespace.
        if b == b'\n' {
            line_start = true;
            sentence_start = true;
            space_before = true;
            i += 1;
            continue;
        }
        if b == b' ' || b == b'\t' || b == b'\r' {
            space_before = true;
            i += 1;
            continue;
        }
        let c = if b < 0x80 {
            char::from(b)
        } else {
            let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
                break;
            };
            c
        };
        if c.is_whitespace() {
            space_before = true;
            i += c.len_utf8();
            continue;
        }
        let start = i;
        // An abbreviation starts with an ASCII capital: no scan for other tokens.
        let dotted = if b.is_ascii_uppercase() {
            dotted_abbreviation(text, i)
        } else {
            None
        };
        let (end, kind) = if let Some(end) = dotted {
            (end, TokenKind::Word)
        } else if is_word_char(c) {
            scan_word(text, i)
        } else {
            (i + c.len_utf8(), TokenKind::Punct)
        };
        let word = &text[start..end];
        // Every token starts with the character `c`.
        let first = c;
        // "al-Assad", "el-Sissi", "ben-Gourion": an Arabic article before a capital
        // is written in lower case but opens a name (every such article starts with a,
        // e, i or b).
        let first_upper = if b < 0x80 {
            b.is_ascii_uppercase()
        } else {
            first.is_uppercase()
        };
        let upper = first_upper
            || (matches!(b, b'a' | b'e' | b'i' | b'b')
                && word.contains('-')
                && arabic_article_name(word));
        let mut letters = 0usize;
        let mut all_upper = first_upper;
        if first_upper {
            for ch in word.chars() {
                if is_alphabetic(ch) {
                    letters += 1;
                    if !ch.is_uppercase() {
                        all_upper = false;
                        break;
                    }
                }
            }
        }
        tokens.push(Token {
            start: u32::try_from(start).unwrap_or(u32::MAX),
            end: u32::try_from(end).unwrap_or(u32::MAX),
            kind,
            upper,
            all_caps: all_upper && letters >= 2,
            sentence_start,
            line_start,
            space_before,
        });
        // A closing mark keeps what came before it: after « … fin. » a sentence starts.
        let closing = kind == TokenKind::Punct && matches!(word, ")" | "]" | "»" | "”");
        sentence_start = kind == TokenKind::Punct
            && (matches!(
                word,
                "." | "!" | "?" | "…" | ":" | "«" | "“" | "—" | "–" | "•" | ";"
            ) || (word == "\"" && space_before)
                || sentence_start);
        if closing {
            sentence_start = tokens.len() >= 2 && {
                let prev = tokens[tokens.len() - 2];
                prev.kind == TokenKind::Punct && matches!(prev.text(text), "." | "!" | "?" | "…")
            };
        }
        line_start = false;
        space_before = false;
        i = end;
    }
    tokens
}

/// "U.S.", "U.N.", "D.C.": single capitals each followed by a period, two or more,
/// make one word (its final period included).
fn dotted_abbreviation(text: &str, start: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = start;
    let mut letters = 0;
    while i + 1 < b.len() && b[i].is_ascii_uppercase() && b[i + 1] == b'.' {
        letters += 1;
        i += 2;
    }
    let next_is_letter = b.get(i).is_some_and(u8::is_ascii_alphabetic);
    (letters >= 2 && !next_is_letter).then_some(i)
}

fn arabic_article_name(word: &str) -> bool {
    [
        "al-", "el-", "ad-", "ash-", "as-", "an-", "ar-", "at-", "az-", "ibn-", "bin-", "ben-",
    ]
    .iter()
    .any(|p| {
        word.strip_prefix(p)
            .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
    })
}

/// Scans one word or number starting at `start`; returns its end and kind.
fn scan_word(text: &str, start: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let mut end = start;
    let mut has_letter = false;
    loop {
        // Most words are ASCII letters: no decoding for them.
        while let Some(&b) = bytes.get(end) {
            if !b.is_ascii_alphanumeric() {
                break;
            }
            has_letter |= b.is_ascii_alphabetic();
            end += 1;
        }
        let Some(c) = text.get(end..).and_then(|r| r.chars().next()) else {
            break;
        };
        if is_word_char(c) {
            has_letter |= is_alphabetic(c);
            end += c.len_utf8();
            continue;
        }
        let after = end + c.len_utf8();
        let next_is_word = text
            .get(after..)
            .and_then(|r| r.chars().next())
            .is_some_and(is_word_char);
        if is_hyphen(c) && next_is_word {
            end = after;
            continue;
        }
        if is_apostrophe(c) && next_is_word {
            // French elision: stop before the apostrophe's word and keep "l'" as a token.
            if ELISIONS.contains(&&text[start..end]) {
                return (after, TokenKind::Word);
            }
            // English possessive: "Reuters's", "Obama's" → stop before the apostrophe.
            let rest = &text[after..];
            let after_len = rest
                .char_indices()
                .find(|&(_, n)| !is_word_char(n))
                .map_or(rest.len(), |(k, _)| k);
            if matches!(&rest[..after_len], "s" | "S") {
                break;
            }
            end = after;
            continue;
        }
        if (c == '.' || c == ',') && next_is_word && !has_letter {
            // 1.5 or 28,000 inside a number.
            end = after;
            continue;
        }
        break;
    }
    let kind = if has_letter {
        TokenKind::Word
    } else {
        TokenKind::Number
    };
    (end, kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn hyphenated_names_stay_whole() {
        assert_eq!(
            words("Jean-Luc Mélenchon aux États-Unis"),
            ["Jean-Luc", "Mélenchon", "aux", "États-Unis"]
        );
    }

    #[test]
    fn french_elisions_split_off() {
        assert_eq!(words("l'OMS d’Orsay"), ["l'", "OMS", "d’", "Orsay"]);
    }

    #[test]
    fn english_possessive_splits_off() {
        assert_eq!(words("Obama's plan"), ["Obama", "'", "s", "plan"]);
        assert_eq!(words("O'Brien said"), ["O'Brien", "said"]);
    }

    #[test]
    fn titles_keep_their_period_apart() {
        assert_eq!(words("M. Kim"), ["M", ".", "Kim"]);
    }

    #[test]
    fn dotted_abbreviations_are_one_word() {
        assert_eq!(
            words("the U.S. and U.N. said"),
            ["the", "U.S.", "and", "U.N.", "said"]
        );
        assert_eq!(words("J. Smith"), ["J", ".", "Smith"]);
    }

    #[test]
    fn numbers_keep_inner_separators() {
        assert_eq!(words("28,000 cas"), ["28,000", "cas"]);
    }

    #[test]
    fn sentence_starts_are_marked() {
        let text = "Il pleut. Le Monde dit : « Bonjour »";
        let starts: Vec<&str> = tokenize(text)
            .iter()
            .filter(|t| t.sentence_start)
            .map(|t| t.text(text))
            .collect();
        assert_eq!(starts, ["Il", "Le", "«", "Bonjour"]);
    }

    #[test]
    fn lower_case_agrees_with_the_standard_one() {
        for w in [
            "été",
            "Été",
            "ÉTÉ",
            "straße",
            "STRASSE",
            "ǅemal",
            "Ⅻ",
            "µ",
            "x÷y",
            "İstanbul",
        ] {
            assert_eq!(lower_case(w), w.to_lowercase(), "{w}");
        }
        for c in '\0'..='\u{3000}' {
            let w = c.to_string();
            assert_eq!(lower_case(&w), w.to_lowercase(), "{c:?}");
        }
    }

    #[test]
    fn fast_letter_test_agrees_with_the_standard_one() {
        for c in ('\0'..='\u{3000}').chain(['\u{1F600}', '\u{10FFFF}']) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn spans_lie_on_char_boundaries_for_odd_input() {
        let text = "\u{301}é-'’ x\u{0}--'a ‘’";
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.span().start) && text.is_char_boundary(t.span().end));
            assert!(t.span().start < t.span().end);
        }
    }
}
