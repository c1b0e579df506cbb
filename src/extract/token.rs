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
///
/// Eight bytes: a 10 MB article holds about two million tokens, and their stream is the
/// largest structure the analysis builds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte (32 bits: see [`LIMIT`]).
    start: u32,
    /// Length in bytes in the low 24 bits (see [`MAX_LEN`]), then the kind and the flags.
    meta: u32,
}

/// The longest token, in bytes: a longer run of letters is cut into tokens this long.
const MAX_LEN: usize = (1 << 24) - 1;
const LEN_MASK: u32 = (1 << 24) - 1;
const KIND_SHIFT: u32 = 24;
const KIND_MASK: u32 = 0b11 << KIND_SHIFT;
const UPPER: u32 = 1 << 26;
const ALL_CAPS: u32 = 1 << 27;
const SENTENCE_START: u32 = 1 << 28;
const LINE_START: u32 = 1 << 29;
const SPACE_BEFORE: u32 = 1 << 30;

/// What the tokenizer marks on a token besides its span and kind (see [`Token`]'s
/// accessors of the same names).
struct Marks {
    upper: bool,
    all_caps: bool,
    sentence_start: bool,
    line_start: bool,
    space_before: bool,
}

impl Token {
    /// The token over `span`. The tokenizer starts no token past [`LIMIT`] and makes none
    /// longer than [`MAX_LEN`], so both fit their fields.
    fn new(span: std::ops::Range<usize>, kind: TokenKind, marks: Marks) -> Self {
        let flag = |set: bool, bit: u32| if set { bit } else { 0 };
        let kind_bits = match kind {
            TokenKind::Word => 0,
            TokenKind::Number => 1,
            TokenKind::Punct => 2,
        };
        Self {
            start: u32::try_from(span.start).unwrap_or(u32::MAX),
            meta: u32::try_from(span.end - span.start).unwrap_or(LEN_MASK)
                | kind_bits << KIND_SHIFT
                | flag(marks.upper, UPPER)
                | flag(marks.all_caps, ALL_CAPS)
                | flag(marks.sentence_start, SENTENCE_START)
                | flag(marks.line_start, LINE_START)
                | flag(marks.space_before, SPACE_BEFORE),
        }
    }

    /// Where it is.
    #[inline]
    #[must_use]
    pub const fn span(&self) -> Span {
        let start = self.start as usize;
        Span::new(start, start + (self.meta & LEN_MASK) as usize)
    }

    /// The token's text.
    #[must_use]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        let span = self.span();
        text.get(span.start..span.end).unwrap_or("")
    }

    /// Word, number or punctuation.
    #[inline]
    #[must_use]
    pub const fn kind(&self) -> TokenKind {
        match (self.meta & KIND_MASK) >> KIND_SHIFT {
            0 => TokenKind::Word,
            1 => TokenKind::Number,
            _ => TokenKind::Punct,
        }
    }

    /// First character is an upper-case letter (or an Arabic article opens a name: al-Assad).
    #[inline]
    #[must_use]
    pub const fn upper(&self) -> bool {
        self.meta & UPPER != 0
    }

    /// Every letter is upper case and there are at least two.
    #[inline]
    #[must_use]
    pub const fn all_caps(&self) -> bool {
        self.meta & ALL_CAPS != 0
    }

    /// First token of a sentence (after . ! ? : a line break, an opening quote, or a dash).
    #[inline]
    #[must_use]
    pub const fn sentence_start(&self) -> bool {
        self.meta & SENTENCE_START != 0
    }

    /// First token of a line.
    #[inline]
    #[must_use]
    pub const fn line_start(&self) -> bool {
        self.meta & LINE_START != 0
    }

    /// A space or line break lies between this token and the previous one.
    #[inline]
    #[must_use]
    pub const fn space_before(&self) -> bool {
        self.meta & SPACE_BEFORE != 0
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("span", &self.span())
            .field("kind", &self.kind())
            .field("upper", &self.upper())
            .field("all_caps", &self.all_caps())
            .field("sentence_start", &self.sentence_start())
            .field("line_start", &self.line_start())
            .field("space_before", &self.space_before())
            .finish()
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

/// True when every character of `word` is its own lower case by a quick test: ASCII
/// without capitals, and Latin-1 from ß to ÿ (a false answer may still be lower case).
#[must_use]
pub fn is_plainly_lower(word: &str) -> bool {
    word.chars()
        .all(|c| matches!(c, '\0'..='@' | '['..='\u{bf}' | '\u{df}'..='\u{ff}'))
}

/// `word` in lower case, borrowed when it already is (nearly always for words that are
/// not names): the same string as [`str::to_lowercase`] gives, without the copy.
#[must_use]
pub fn lower_case(word: &str) -> std::borrow::Cow<'_, str> {
    if is_plainly_lower(word) {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    }
}

/// One bit per token, for the passes that mark tokens (covered by a mention, inside a
/// headline): a `Vec<bool>` would take eight times the room, megabytes on a long article.
#[derive(Debug, Clone, Default)]
pub struct TokenBits {
    words: Vec<u64>,
    len: usize,
}

impl TokenBits {
    /// `len` tokens, none marked.
    #[must_use]
    pub fn new(len: usize) -> Self {
        Self {
            words: vec![0; len.div_ceil(64)],
            len,
        }
    }

    /// True when token `i` is marked (false past the end).
    #[must_use]
    #[inline]
    pub fn get(&self, i: usize) -> bool {
        self.words
            .get(i / 64)
            .is_some_and(|w| w >> (i % 64) & 1 != 0)
    }

    /// Marks token `i` (nothing past the end).
    #[inline]
    pub fn set(&mut self, i: usize) {
        if i < self.len {
            self.words[i / 64] |= 1 << (i % 64);
        }
    }

    /// Marks every token of `range` (nothing past the end).
    pub fn set_range(&mut self, range: std::ops::Range<usize>) {
        for i in range {
            self.set(i);
        }
    }
}

/// The token of `toks` (in text order) that spans exactly `text[start..end]`, if one does:
/// a byte search of the text finds a rare word's occurrences, and this says which are
/// tokens, without a pass over all of them.
pub(crate) fn token_spanning(toks: &[Token], start: usize, end: usize) -> Option<usize> {
    let k = toks.partition_point(|t| t.span().start < start);
    toks.get(k)
        .is_some_and(|t| t.span() == Span::new(start, end))
        .then_some(k)
}

/// Splits `text` into tokens.
#[must_use]
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_with::<true>(text)
}

/// [`tokenize`], with or without the fast path for plain words (the tests hold the two
/// alike).
fn tokenize_with<const FAST: bool>(text: &str) -> Vec<Token> {
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
        // Fast path for most words of news text: letters and digits of ASCII and Latin-1
        // (é, à, ç, É), opening with a letter, followed by an ASCII byte other than a
        // hyphen or an apostrophe (a period or a comma joins only the parts of a number).
        // The general path below reads such a word the same way: no elision or Arabic
        // article (their apostrophe or hyphen would follow), no cut, and no abbreviation,
        // which is left to it ("U.S.").
        if let Some(word) = plain_word(bytes, i, stop).filter(|_| FAST) {
            let end = word.end;
            tokens.push(Token::new(
                i..end,
                TokenKind::Word,
                Marks {
                    upper: word.upper,
                    all_caps: word.all_caps,
                    sentence_start,
                    line_start,
                    space_before,
                },
            ));
            sentence_start = false;
            line_start = false;
            space_before = false;
            i = end;
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
        // A run of letters longer than a token can say is cut into several.
        let end = if end - start > MAX_LEN {
            let mut cut = start + MAX_LEN;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            cut
        } else {
            end
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
                // Every article is two or three letters and a hyphen.
                && matches!(word.as_bytes().get(2..4), Some([b'-', _] | [_, b'-']))
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
        tokens.push(Token::new(
            start..end,
            kind,
            Marks {
                upper,
                all_caps: all_upper && letters >= 2,
                sentence_start,
                line_start,
                space_before,
            },
        ));
        // A punctuation token is the one character `c`.
        // A closing mark keeps what came before it: after « … fin. » a sentence starts.
        let closing = kind == TokenKind::Punct && matches!(c, ')' | ']' | '»' | '”');
        sentence_start = kind == TokenKind::Punct
            && (matches!(
                c,
                '.' | '!' | '?' | '…' | ':' | '«' | '“' | '—' | '–' | '•' | ';'
            ) || (c == '"' && space_before)
                || sentence_start);
        if closing {
            sentence_start = tokens.len() >= 2 && {
                let prev = tokens[tokens.len() - 2];
                prev.kind() == TokenKind::Punct && matches!(prev.text(text), "." | "!" | "?" | "…")
            };
        }
        line_start = false;
        space_before = false;
        i = end;
    }
    tokens
}

/// A word the tokenizer's fast path reads: where it ends, and its case.
struct PlainWord {
    end: usize,
    upper: bool,
    all_caps: bool,
}

/// The Latin-1 letter whose second UTF-8 byte (after 0xC3) is `b`: `Some(true)` for a
/// capital (À to Þ), `Some(false)` for a small letter (ß to ÿ), `None` for × and ÷ or a
/// byte that continues no such letter.
#[inline]
pub(crate) fn latin1_letter(b: u8) -> Option<bool> {
    match b {
        0x97 | 0xB7 => None,
        0x80..=0x9E => Some(true),
        0x9F..=0xBF => Some(false),
        _ => None,
    }
}

/// The word at byte `i` when it is made of ASCII letters and digits and Latin-1 letters
/// only, opens with a letter and ends before `stop` on an ASCII byte that neither joins
/// it to what follows (hyphen, apostrophe) nor makes it an initial ("J." is left to the
/// general path, which reads abbreviations); `None` sends the word to the general path.
#[inline]
fn plain_word(bytes: &[u8], i: usize, stop: usize) -> Option<PlainWord> {
    let first = *bytes.get(i)?;
    let bytes = bytes.get(..stop)?;
    let (upper, mut end) = if ASCII_CLASS[usize::from(first)] == LETTER {
        (first.is_ascii_uppercase(), i + 1)
    } else if first == 0xC3 {
        (latin1_letter(*bytes.get(i + 1)?)?, i + 2)
    } else {
        return None;
    };
    // Letters seen and whether one was small, for the flag of words in capitals.
    let mut letters = 1usize;
    let mut small = !upper;
    loop {
        let run = alnum_run(bytes.get(end..).unwrap_or_default());
        if upper && !small {
            let part = bytes.get(end..end + run).unwrap_or_default();
            small = part.iter().any(u8::is_ascii_lowercase);
            letters += part.iter().filter(|x| x.is_ascii_alphabetic()).count();
        }
        end += run;
        match bytes.get(end) {
            Some(0xC3) => {
                let capital = latin1_letter(*bytes.get(end + 1)?)?;
                small |= !capital;
                letters += 1;
                end += 2;
            }
            Some(&n) if n < 0x80 => {
                let initial = n == b'.' && end == i + 1 && first.is_ascii_uppercase();
                if n == b'-' || n == b'\'' || initial {
                    return None;
                }
                break;
            }
            Some(_) => return None,
            None => break,
        }
    }
    if end - i > MAX_LEN {
        return None;
    }
    Some(PlainWord {
        end,
        upper,
        all_caps: upper && !small && letters >= 2,
    })
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

const LETTER: u8 = 1;
const DIGIT: u8 = 2;
/// An ASCII character that may join two parts of a word or number: - ' . ,
const JOINER: u8 = 4;

/// Per byte: [`LETTER`] for an ASCII letter, [`DIGIT`] for an ASCII digit, [`JOINER`] for
/// an ASCII joining character, else 0.
static ASCII_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphabetic() {
            LETTER
        } else if byte.is_ascii_digit() {
            DIGIT
        } else if matches!(byte, b'-' | b'\'' | b'.' | b',') {
            JOINER
        } else {
            0
        };
        b += 1;
    }
    table
};

/// How many bytes `b` opens with that are ASCII letters or digits, read eight at a time:
/// a word's end is then found by arithmetic, not by a branch per byte that the processor
/// cannot guess (word lengths vary), and most words take one round.
fn alnum_run(b: &[u8]) -> usize {
    let mut n = 0;
    while let Some(chunk) = b.get(n..n + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let other = not_alnum(u64::from_le_bytes(word));
        if other != 0 {
            return n + (other.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    let tail = b.get(n..).unwrap_or_default();
    n + tail
        .iter()
        .position(|&x| ASCII_CLASS[usize::from(x)] & (LETTER | DIGIT) == 0)
        .unwrap_or(tail.len())
}

/// The top bit of each byte of `x` that is no ASCII letter or digit. Each byte is compared
/// by adding to its low seven bits a constant that carries into the top bit exactly when
/// the byte reaches a bound; no sum passes 0xFF, so no byte disturbs the next.
fn not_alnum(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOPS: u64 = ONES * 0x80;
    let low = x & !TOPS;
    let at_least = |v: u64, bound: u64| (v + ONES * (0x80 - bound)) & TOPS;
    let digit = at_least(low, b'0' as u64) & !at_least(low, b'9' as u64 + 1);
    // Setting bit 5 turns capitals into small letters and no other byte into one.
    let folded = low | (ONES * 0x20);
    let letter = at_least(folded, b'a' as u64) & !at_least(folded, b'z' as u64 + 1);
    !((digit | letter) & !(x & TOPS)) & TOPS
}

/// Scans one word or number starting at `start`; returns its end and kind.
fn scan_word(text: &str, start: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let mut end = start;
    // Most words open with an ASCII letter; only a number's run needs its letters counted.
    let mut has_letter = bytes.get(start).is_some_and(u8::is_ascii_alphabetic);
    loop {
        // Most words are ASCII letters: no decoding for them.
        if has_letter {
            end += alnum_run(bytes.get(end..).unwrap_or_default());
        } else {
            while let Some(&b) = bytes.get(end) {
                let class = ASCII_CLASS[usize::from(b)];
                if class & (LETTER | DIGIT) == 0 {
                    break;
                }
                has_letter |= class == LETTER;
                end += 1;
            }
        }
        let c = match bytes.get(end) {
            None => break,
            // An ASCII byte that ended the run above is no word character, and only a
            // joining one asks what follows it.
            Some(&b) if b < 0x80 => {
                if ASCII_CLASS[usize::from(b)] != JOINER {
                    break;
                }
                char::from(b)
            }
            Some(_) => {
                let Some(c) = text.get(end..).and_then(|r| r.chars().next()) else {
                    break;
                };
                if is_word_char(c) {
                    has_letter |= is_alphabetic(c);
                    end += c.len_utf8();
                    continue;
                }
                c
            }
        };
        // Only a joining character asks what follows it.
        if !(is_hyphen(c) || is_apostrophe(c) || c == '.' || c == ',') {
            break;
        }
        let after = end + c.len_utf8();
        let next_is_word = text
            .get(after..)
            .and_then(|r| r.chars().next())
            .is_some_and(is_word_char);
        if is_hyphen(c) && next_is_word {
            // "anti-Kovac", "pro-Kovac": the name after a prefix of opposition or
            // support is a word of its own ("Anti-Terrorism Court", capitalised, is
            // one name).
            if matches!(&text[start..end], "anti" | "pro")
                && text
                    .get(after..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_uppercase)
            {
                break;
            }
            end = after;
            continue;
        }
        // "d' Istanbul", "l' exoplanète": some sources put a space after an elided
        // article; it is the article all the same.
        if is_apostrophe(c)
            && !next_is_word
            && text.as_bytes().get(after) == Some(&b' ')
            && text
                .get(after + 1..)
                .and_then(|r| r.chars().next())
                .is_some_and(is_word_char)
            && ELISIONS.contains(&&text[start..end])
        {
            return (after, TokenKind::Word);
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
    fn a_name_after_anti_or_pro_is_a_word_of_its_own() {
        assert_eq!(
            words("anti-Kovac pro-Damas"),
            ["anti", "-", "Kovac", "pro", "-", "Damas"]
        );
        assert_eq!(
            words("anti-inflation pro-européen Anti-Terrorism"),
            ["anti-inflation", "pro-européen", "Anti-Terrorism"]
        );
    }

    #[test]
    fn an_elision_spaced_from_its_word_is_still_one_token() {
        assert_eq!(words("près d' Orsay"), ["près", "d'", "Orsay"]);
        assert!(tokenize("près d' Orsay")[2].space_before());
        // A quotation mark after a word that is no elision stays apart.
        assert_eq!(words("the fans' Union"), ["the", "fans", "'", "Union"]);
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
            .filter(|t| t.sentence_start())
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
    fn byte_classes_agree_with_the_standard_ones() {
        for b in 0..=255u8 {
            let class = ASCII_CLASS[usize::from(b)];
            assert_eq!(class == LETTER, b.is_ascii_alphabetic(), "{b}");
            assert_eq!(class == DIGIT, b.is_ascii_digit(), "{b}");
            // The joiners are the ASCII characters the word scan asks about.
            let c = char::from(b);
            let joins = is_hyphen(c) || is_apostrophe(c) || c == '.' || c == ',';
            assert_eq!(class == JOINER, joins, "{b}");
        }
    }

    #[test]
    fn eight_byte_runs_agree_with_the_byte_classes() {
        let alnum = |b: u8| ASCII_CLASS[usize::from(b)] & (LETTER | DIGIT) != 0;
        // Every byte value in every position, among letters that would not end the run.
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut word = *b"abcdWXYZ";
                word[at] = b;
                let mask = not_alnum(u64::from_le_bytes(word));
                for (k, &w) in word.iter().enumerate() {
                    assert_eq!(mask >> (k * 8 + 7) & 1 == 1, !alnum(w), "{b} at {at}");
                }
            }
        }
        for text in [
            "",
            "a",
            "abc def",
            "abcdefgh",
            "abcdefghi",
            "Zürich",
            "x86-64",
            "a\u{ff}",
        ] {
            let want = text.bytes().position(|b| !alnum(b)).unwrap_or(text.len());
            assert_eq!(alnum_run(text.as_bytes()), want, "{text:?}");
        }
    }

    #[test]
    fn words_and_numbers_are_told_apart() {
        let text = "15e 1.5 28,000 2019-2020 État x86 3D l'an 7h30 Élysée-2";
        let kinds: Vec<(&str, TokenKind)> = tokenize(text)
            .iter()
            .map(|t| (t.text(text), t.kind()))
            .collect();
        use TokenKind::{Number, Word};
        assert_eq!(
            kinds,
            [
                ("15e", Word),
                ("1.5", Number),
                ("28,000", Number),
                ("2019-2020", Number),
                ("État", Word),
                ("x86", Word),
                ("3D", Word),
                ("l'", Word),
                ("an", Word),
                ("7h30", Word),
                ("Élysée-2", Word),
            ]
        );
    }

    #[test]
    fn arabic_articles_open_names() {
        let text = "al-Assad, el-Sissi, ibn-Saoud, ash-Sharaa, al-qaida, alors-Que";
        let upper: Vec<bool> = tokenize(text)
            .iter()
            .filter(|t| t.kind() == TokenKind::Word)
            .map(Token::upper)
            .collect();
        assert_eq!(upper, [true, true, true, true, false, false]);
    }

    #[test]
    fn token_bits_read_back_as_marked() {
        let mut bits = TokenBits::new(130);
        bits.set_range(3..5);
        bits.set(64);
        bits.set(129);
        bits.set(130); // past the end: ignored
        bits.set_range(128..200);
        let marked: Vec<usize> = (0..300).filter(|&i| bits.get(i)).collect();
        assert_eq!(marked, [3, 4, 64, 128, 129]);
        assert!(!TokenBits::new(0).get(0));
    }

    #[test]
    fn a_token_takes_eight_bytes() {
        assert_eq!(std::mem::size_of::<Token>(), 8);
    }

    #[test]
    fn flags_read_back_as_written() {
        let text = "\nLe FMI dit 12 fois : non.";
        let toks = tokenize(text);
        let facts: Vec<_> = toks
            .iter()
            .map(|t| {
                (
                    t.text(text),
                    t.kind(),
                    t.upper(),
                    t.all_caps(),
                    t.sentence_start(),
                    t.line_start(),
                    t.space_before(),
                )
            })
            .collect();
        use TokenKind::{Number, Punct, Word};
        assert_eq!(
            facts,
            [
                ("Le", Word, true, false, true, true, true),
                ("FMI", Word, true, true, false, false, true),
                ("dit", Word, false, false, false, false, true),
                ("12", Number, false, false, false, false, true),
                ("fois", Word, false, false, false, false, true),
                (":", Punct, false, false, false, false, true),
                ("non", Word, false, false, true, false, true),
                (".", Punct, false, false, false, false, false),
            ]
        );
    }

    #[test]
    fn a_word_longer_than_a_token_is_cut_into_several() {
        let text = "é".repeat(MAX_LEN / 2 + 10);
        let toks = tokenize(&text);
        assert_eq!(toks.len(), 2);
        assert_eq!(toks[0].span().start, 0);
        assert_eq!(toks[0].span().end, toks[1].span().start);
        assert_eq!(toks[1].span().end, text.len());
        assert!(toks.iter().all(|t| t.span().len() <= MAX_LEN));
    }

    #[test]
    fn the_fast_path_reads_words_as_the_general_path_does() {
        // Letters of ASCII and Latin-1 (capitals, small letters, ß, × and ÷ that are no
        // letters), other Latin letters, joiners, digits and marks, strung at random.
        const PIECES: &[&str] = &[
            "a", "Z", "é", "É", "à", "Ç", "ß", "ÿ", "Þ", "×", "÷", "œ", "Œ", "ª", "7", "-", "'",
            "’", ".", ",", " ", "\n", "«", "\u{301}", "l'", "U.", "M.", "al-", "anti-",
        ];
        let mut rng = crate::extract::random::Rng::new(0x2545_f491_4f6c_dd1d);
        for _ in 0..20_000 {
            let text = rng.pieces(PIECES, 12).concat();
            assert_eq!(
                tokenize_with::<true>(&text),
                tokenize_with::<false>(&text),
                "{text:?}"
            );
        }
        for text in [
            "ÉTÉ été ÉTés À Çà",
            "présidente, États.",
            "Ålesund ×2 a×b ßA",
        ] {
            assert_eq!(tokenize_with::<true>(text), tokenize_with::<false>(text));
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
