//! Language: French or English, told from the text's most frequent function words.

use serde::Serialize;

/// A language lectern analyses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French.
    Fr,
    /// English.
    En,
}

impl Lang {
    /// The ISO 639-1 code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Fr => "fr",
            Self::En => "en",
        }
    }
}

/// The French function words that are counted.
const FRENCH: [&[u8]; 27] = [
    b"le",
    b"la",
    b"les",
    b"de",
    b"des",
    b"du",
    b"un",
    b"une",
    b"et",
    b"est",
    b"que",
    b"qui",
    b"dans",
    b"pour",
    b"pas",
    b"sur",
    b"au",
    b"aux",
    b"avec",
    b"il",
    b"elle",
    b"ont",
    b"sont",
    b"\xc3\xa9t\xc3\xa9", // été
    b"par",
    b"ce",
    b"cette",
];

/// The English function words that are counted.
const ENGLISH: [&[u8]; 27] = [
    b"the", b"of", b"and", b"to", b"in", b"is", b"that", b"for", b"was", b"on", b"with", b"he",
    b"she", b"it", b"as", b"by", b"at", b"from", b"his", b"her", b"has", b"have", b"are", b"were",
    b"said", b"this", b"be",
];

/// Words longer than this (in bytes) are no function word of either list.
const MAX_WORD: usize = 5;

/// A word of at most eight bytes packed in a number, its length in the top byte.
const fn key(word: &[u8]) -> u64 {
    let mut k = (word.len() as u64) << 56;
    let mut i = 0;
    while i < word.len() && i < 7 {
        k |= (word[i] as u64) << (8 * i);
        i += 1;
    }
    k
}

/// Slots of the table of function words: a power of two, at least twice the words.
const SLOTS: usize = 128;

/// The slot a key is first looked for in.
const fn slot(k: u64) -> usize {
    (k.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - SLOTS.trailing_zeros())) as usize
}

/// The function words by key, probed linearly from their slot: the key and 1 for French,
/// 2 for English; 0 for a free slot (no key is 0: a key holds its length).
static TABLE: [(u64, u8); SLOTS] = {
    let mut table = [(0u64, 0u8); SLOTS];
    let mut lang = 0;
    while lang < 2 {
        let words = if lang == 0 { &FRENCH } else { &ENGLISH };
        let mut w = 0;
        while w < words.len() {
            assert!(words[w].len() <= MAX_WORD);
            let k = key(words[w]);
            let mut at = slot(k);
            while table[at].0 != 0 {
                assert!(table[at].0 != k, "a word in both lists");
                at = (at + 1) % SLOTS;
            }
            table[at] = (k, 1 << lang);
            w += 1;
        }
        lang += 1;
    }
    table
};

/// 1 if the word packed in `k` is a French function word, 2 if an English one, else 0.
fn function_word(k: u64) -> u8 {
    let mut at = slot(k);
    loop {
        let (key, lang) = TABLE[at];
        if key == k || key == 0 {
            return lang;
        }
        at = (at + 1) % SLOTS;
    }
}

/// What a byte is to the word scanner: a letter of ASCII, any other ASCII byte, or a byte of
/// a character beyond ASCII (read as a character).
const LETTER: u8 = 1;
const OTHER: u8 = 0;
const WIDE: u8 = 2;
static CLASS: [u8; 256] = {
    let mut class = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        class[b] = if b >= 0x80 {
            WIDE
        } else if (b as u8).is_ascii_alphabetic() {
            LETTER
        } else {
            OTHER
        };
        b += 1;
    }
    class
};

/// Tells French from English by counting function words in the first 64 KB; French on a tie.
///
/// Words are the runs of letters, found through a table of byte classes. Each short one is
/// lowered (ASCII letters, and "É", the only capital whose lower case a list holds) into a
/// number looked up in a small table: no word is copied, and the text is read once.
#[must_use]
pub fn detect_language(text: &str) -> Lang {
    let mut end = text.len().min(64 * 1024);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let bytes = &text.as_bytes()[..end];
    let (mut fr, mut en) = (0usize, 0usize);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match CLASS[usize::from(b)] {
            OTHER => {
                i += 1;
                continue;
            }
            WIDE => {
                if let Err(width) = wide_letter(text, i) {
                    i += width;
                    continue;
                }
            }
            _ => {}
        }
        // A run of letters from `start`; `ascii` while all of them are ASCII.
        let start = i;
        let mut ascii = true;
        while let Some(&b) = bytes.get(i) {
            match CLASS[usize::from(b)] {
                LETTER => i += 1,
                OTHER => break,
                _ => match wide_letter(text, i) {
                    Ok(width) => {
                        ascii = false;
                        i += width;
                    }
                    Err(_) => break,
                },
            }
        }
        let word = &bytes[start..i];
        if word.len() > MAX_WORD {
            continue;
        }
        let k = if ascii {
            // The word's bytes read as one number (eight at once where the text has them),
            // then lowered: setting bit 5 lowers an ASCII letter.
            let mask = (1u64 << (8 * word.len())) - 1;
            let raw = match bytes.get(start..start + 8) {
                Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or_default()),
                None => word.iter().rev().fold(0, |k, &b| k << 8 | u64::from(b)),
            };
            (raw | 0x2020_2020_2020_2020) & mask
        } else {
            match lowered_key(word) {
                Some(k) => k,
                None => continue,
            }
        };
        let lang = function_word(k | (word.len() as u64) << 56);
        fr += usize::from(lang & 1);
        en += usize::from(lang >> 1);
    }
    if en > fr {
        Lang::En
    } else {
        Lang::Fr
    }
}

/// The key of a short word of letters that holds some beyond ASCII, lowered; `None` when
/// one of them is none that a list word holds (only "é", written 0xC3 0xA9, or "É", 0xC3
/// 0x89).
fn lowered_key(word: &[u8]) -> Option<u64> {
    let mut k = 0u64;
    let mut at = 0;
    while let Some(&b) = word.get(at) {
        if b.is_ascii() {
            k |= u64::from(b | 0x20) << (8 * at);
            at += 1;
        } else if matches!(word.get(at..at + 2), Some([0xc3, 0xa9 | 0x89])) {
            k |= 0xa9c3 << (8 * at);
            at += 2;
        } else {
            return None;
        }
    }
    Some(k)
}

/// The width of the character that is not ASCII at byte `i` of `text`, as `Ok` when it is a
/// letter and `Err` when it is not.
fn wide_letter(text: &str, i: usize) -> Result<usize, usize> {
    let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
        return Err(1);
    };
    // Latin letters with accents, the bulk of what is not ASCII in news text, skip the
    // general Unicode table; × and ÷ are the two signs among them.
    let latin = ('\u{c0}'..='\u{24f}').contains(&c) && c != '×' && c != '÷';
    if latin || c.is_alphabetic() {
        Ok(c.len_utf8())
    } else {
        Err(c.len_utf8())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The runs of letters of a text, read a character at a time.
    struct Words<'a>(&'a str);

    impl<'a> Iterator for Words<'a> {
        type Item = &'a str;

        fn next(&mut self) -> Option<&'a str> {
            let start = self.0.find(char::is_alphabetic)?;
            let rest = &self.0[start..];
            let len = rest
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len());
            self.0 = &rest[len..];
            Some(&rest[..len])
        }
    }

    /// The detection done the plain way: split into words, lower each into a new string,
    /// look it up in the lists.
    fn reference(text: &str) -> Lang {
        let mut end = text.len().min(64 * 1024);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let (mut fr, mut en) = (0, 0);
        for word in Words(&text[..end]) {
            let lower = word.to_lowercase();
            fr += usize::from(FRENCH.contains(&lower.as_bytes()));
            en += usize::from(ENGLISH.contains(&lower.as_bytes()));
        }
        if en > fr {
            Lang::En
        } else {
            Lang::Fr
        }
    }

    proptest! {
        #[test]
        fn agrees_with_the_plain_reading(
            words in prop::collection::vec(
                prop::sample::select(vec![
                    "the", "The", "THE", "le", "LES", "été", "ÉTÉ", "Été", "éTé", "eté", "de",
                    "said", "SAID", "and", "À", "x", "hé", "théâtre", "K", "\u{212a}", "İ",
                    "Σ", "ﬁ", "1", "'", "’", "-", "«", "»", "\u{a0}", "×", " ", "\n", "\u{0}",
                    "\u{1b}[31m", "日本", "ß", "ǅ", "\u{301}",
                ]),
                0..40,
            ),
        ) {
            let text = words.concat();
            prop_assert_eq!(detect_language(&text), reference(&text), "{:?}", text);
        }
    }

    #[test]
    fn every_listed_word_is_found_in_any_case() {
        for (list, lang) in [(&FRENCH, 1), (&ENGLISH, 2)] {
            for word in list.iter() {
                let word = std::str::from_utf8(word).unwrap_or_default();
                for form in [word.to_owned(), word.to_uppercase()] {
                    let mut k = 0u64;
                    let lower = form.to_lowercase();
                    for (i, b) in lower.bytes().enumerate() {
                        k |= u64::from(b) << (8 * i);
                    }
                    assert_eq!(
                        function_word(k | (lower.len() as u64) << 56),
                        lang,
                        "{form}"
                    );
                }
            }
        }
        assert_eq!(function_word(key(b"xyz")), 0);
    }

    #[test]
    fn french_news_is_french() {
        assert_eq!(detect_language(crate::SAMPLE_TEXT), Lang::Fr);
    }

    #[test]
    fn english_news_is_english() {
        let text = "The president said on Monday that the talks with North Korea were over.";
        assert_eq!(detect_language(text), Lang::En);
    }

    #[test]
    fn capitals_and_accents_are_lowered() {
        assert_eq!(detect_language("ÉTÉ ÉTÉ LES DES THE"), Lang::Fr);
        assert_eq!(detect_language("THE Was SAID été"), Lang::En);
    }

    #[test]
    fn the_latin_letters_are_alphabetic() {
        for c in '\u{c0}'..='\u{24f}' {
            let latin = c != '×' && c != '÷';
            assert_eq!(c.is_alphabetic(), latin, "{c}");
        }
    }

    #[test]
    fn empty_text_defaults_to_french() {
        assert_eq!(detect_language(""), Lang::Fr);
    }
}
