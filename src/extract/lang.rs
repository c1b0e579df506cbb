//! Language: French or English, told from the text's most frequent function words.

use serde::Serialize;

use super::lexicon::with_lower;

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

/// True for the French function words that are counted.
fn french(word: &[u8]) -> bool {
    matches!(
        word,
        b"le" | b"la" | b"les" | b"de" | b"des" | b"du" | b"un" | b"une" | b"et" | b"est"
            | b"que" | b"qui" | b"dans" | b"pour" | b"pas" | b"sur" | b"au" | b"aux" | b"avec"
            | b"il" | b"elle" | b"ont" | b"sont" | b"\xc3\xa9t\xc3\xa9" /* été */ | b"par" | b"ce" | b"cette"
    )
}

/// True for the English function words that are counted.
fn english(word: &[u8]) -> bool {
    matches!(
        word,
        b"the"
            | b"of"
            | b"and"
            | b"to"
            | b"in"
            | b"is"
            | b"that"
            | b"for"
            | b"was"
            | b"on"
            | b"with"
            | b"he"
            | b"she"
            | b"it"
            | b"as"
            | b"by"
            | b"at"
            | b"from"
            | b"his"
            | b"her"
            | b"has"
            | b"have"
            | b"are"
            | b"were"
            | b"said"
            | b"this"
            | b"be"
    )
}

/// Tells French from English by counting function words in the first 64 KB; French on a tie.
#[must_use]
pub fn detect_language(text: &str) -> Lang {
    let mut end = text.len().min(64 * 1024);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let (mut fr, mut en) = (0usize, 0usize);
    for word in Words(&text[..end]) {
        if word.len() > 5 {
            continue;
        }
        // Lowered on the stack: no allocation per word.
        let (is_fr, is_en) = with_lower(word, |lower| {
            (french(lower.as_bytes()), english(lower.as_bytes()))
        });
        fr += usize::from(is_fr);
        en += usize::from(is_en);
    }
    if en > fr {
        Lang::En
    } else {
        Lang::Fr
    }
}

/// The runs of alphabetic characters of a text, read a byte at a time where it is ASCII.
struct Words<'a>(&'a str);

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let text = self.0;
        let bytes = text.as_bytes();
        let mut i = 0;
        loop {
            let Some(&b) = bytes.get(i) else {
                self.0 = "";
                return None;
            };
            if b.is_ascii_alphabetic() {
                break;
            }
            if b.is_ascii() {
                i += 1;
                continue;
            }
            match wide_letter(text, i) {
                Ok(_) => break,
                Err(width) => i += width,
            }
        }
        let start = i;
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii_alphabetic() {
                i += 1;
            } else if b.is_ascii() {
                break;
            } else if let Ok(width) = wide_letter(text, i) {
                i += width;
            } else {
                break;
            }
        }
        self.0 = &text[i..];
        Some(&text[start..i])
    }
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
    fn words_are_the_runs_of_letters() {
        let words: Vec<&str> = Words("  L'été, 3 fois «Été»x-y ").collect();
        assert_eq!(words, ["L", "été", "fois", "Été", "x", "y"]);
        assert_eq!(Words("déjà").collect::<Vec<_>>(), ["déjà"]);
        assert_eq!(Words("").count(), 0);
        assert_eq!(Words(" ,; ").count(), 0);
    }

    #[test]
    fn empty_text_defaults_to_french() {
        assert_eq!(detect_language(""), Lang::Fr);
    }
}
