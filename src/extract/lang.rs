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

const FRENCH: &[&str] = &[
    "le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "que", "qui", "dans", "pour",
    "pas", "sur", "au", "aux", "avec", "il", "elle", "ont", "sont", "été", "par", "ce", "cette",
];
const ENGLISH: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "that", "for", "was", "on", "with", "he", "she", "it",
    "as", "by", "at", "from", "his", "her", "has", "have", "are", "were", "said", "this", "be",
];

/// Tells French from English by counting function words in the first 64 KB; French on a tie.
#[must_use]
pub fn detect_language(text: &str) -> Lang {
    let mut end = text.len().min(64 * 1024);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let (mut fr, mut en) = (0usize, 0usize);
    for word in text[..end].split(|c: char| !c.is_alphabetic()) {
        if word.is_empty() || word.len() > 5 {
            continue;
        }
        let lower = word.to_lowercase();
        fr += usize::from(FRENCH.contains(&lower.as_str()));
        en += usize::from(ENGLISH.contains(&lower.as_str()));
    }
    if en > fr {
        Lang::En
    } else {
        Lang::Fr
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
    fn empty_text_defaults_to_french() {
        assert_eq!(detect_language(""), Lang::Fr);
    }
}
