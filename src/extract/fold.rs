//! Comparing names the way a reader does: without accents or case, and with the
//! spelling variants that transliteration produces (Choïgu, Choïgou, Shoigu).

use std::ops::RangeInclusive;
use std::sync::LazyLock;

use unicode_normalization::char::decompose_canonical;

/// Lower case without diacritics: "Sergueï" → "serguei"; apostrophes become '.
#[must_use]
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`], appended to `out`.
pub fn fold_into(s: &str, out: &mut String) {
    // Runs of ASCII (nearly all of a name) are copied at once and lowered in place.
    let mut rest = s;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out[start..].make_ascii_lowercase();
        let mut chars = rest[ascii..].chars();
        if let Some(c) = chars.next() {
            fold_char(c, |d| out.push(d));
        }
        rest = chars.as_str();
    }
}

/// The accented Latin letters of European names (Latin-1 and Latin Extended-A).
const LATIN: RangeInclusive<char> = '\u{c0}'..='\u{17f}';

/// The folded form of each character of [`LATIN`] that folds to one character, NUL for
/// the others: decomposing a character looks it up in large tables.
static LATIN_FOLDS: LazyLock<Vec<char>> = LazyLock::new(|| {
    LATIN
        .map(|c| {
            let mut folded = ['\0'; 2];
            let mut n = 0;
            decompose_and_fold(c, |d| {
                if n < folded.len() {
                    folded[n] = d;
                }
                n += 1;
            });
            if n == 1 {
                folded[0]
            } else {
                '\0'
            }
        })
        .collect()
});

/// The folded form of one character, one character at a time.
fn fold_char(c: char, mut emit: impl FnMut(char)) {
    if c.is_ascii() {
        emit(c.to_ascii_lowercase());
        return;
    }
    if LATIN.contains(&c) {
        let folded = LATIN_FOLDS[c as usize - *LATIN.start() as usize];
        if folded != '\0' {
            emit(folded);
            return;
        }
    }
    decompose_and_fold(c, emit);
}

/// [`fold_char`] of a character outside ASCII, through its canonical decomposition.
fn decompose_and_fold(c: char, mut emit: impl FnMut(char)) {
    if c == '’' || c == 'ʼ' {
        emit('\'');
        return;
    }
    decompose_canonical(c, |d| {
        if !matches!(d, '\u{300}'..='\u{36f}') {
            d.to_lowercase().for_each(&mut emit);
        }
    });
}

/// [`sound_key_into`], in a new string.
#[cfg(test)]
#[must_use]
pub fn sound_key(s: &str) -> String {
    let mut out = Vec::new();
    sound_key_into(s, &mut Vec::new(), &mut out);
    String::from_utf8(out).expect("a key of whole characters")
}

/// Writes to `out` (cleared first) a key under which transliteration variants of one
/// name meet: Choïgu, Choïgou, Shoigu → "cogu"; Sergueï, Sergei → "serge". `letters` is
/// working space, kept between calls to spare an allocation each.
pub fn sound_key_into(s: &str, letters: &mut Vec<char>, out: &mut Vec<u8>) {
    out.clear();
    if let Some((ascii, n)) = ascii_letters(s) {
        key_letters(&ascii[..n], out);
        return;
    }
    letters.clear();
    for c in s.chars() {
        fold_char(c, |d| {
            if d.is_alphanumeric() {
                letters.push(d);
            }
        });
    }
    key_letters(letters, out);
}

/// The folded letters and digits of `s` and their number, when all are ASCII (most
/// names, accented Latin letters included): read from bytes, without decoding the rest.
fn ascii_letters(s: &str) -> Option<([u8; ASCII_KEY], usize)> {
    if s.len() > ASCII_KEY {
        return None;
    }
    let mut ascii = [0; ASCII_KEY];
    let mut n = 0;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let mut b = bytes[i];
        i += 1;
        if !b.is_ascii() {
            let c = s.get(i - 1..)?.chars().next()?;
            if !LATIN.contains(&c) {
                return None;
            }
            let folded = LATIN_FOLDS[c as usize - *LATIN.start() as usize];
            // NUL: the letter folds to more than one character.
            b = u8::try_from(folded)
                .ok()
                .filter(|&f| f.is_ascii() && f != 0)?;
            i += c.len_utf8() - 1;
        }
        // Fewer letters than bytes: within bounds.
        let l = ASCII_LETTERS[usize::from(b)];
        if l != 0 {
            ascii[n] = l;
            n += 1;
        }
    }
    Some((ascii, n))
}

/// The longest name whose letters [`ascii_letters`] reads from bytes, in bytes.
const ASCII_KEY: usize = 32;

/// Each ASCII letter or digit in lower case, by byte; 0 for the other bytes.
static ASCII_LETTERS: [u8; 128] = {
    let mut table = [0; 128];
    let mut b: u8 = 0;
    while b < 128 {
        if b.is_ascii_alphanumeric() {
            table[b as usize] = b.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// The sound key of folded letters, all alphanumeric (so never NUL), appended to `out`.
fn key_letters<T: Copy + Into<char>>(f: &[T], out: &mut Vec<u8>) {
    let at = |i: usize| f.get(i).map_or('\0', |&c| c.into());
    out.reserve(f.len());
    // No letter is NUL: it stands for none.
    let mut last = '\0';
    let mut i = 0;
    while i < f.len() {
        let c = f[i].into();
        let next = at(i + 1);
        let (e, skip): (char, usize) = match (c, next) {
            ('s' | 'c', 'h') => ('c', 2),
            ('t', 'c' | 's') if at(i + 2) == 'h' => ('c', 3),
            ('k', 'h') => ('k', 2),
            ('p', 'h') => ('f', 2),
            ('o', 'u') => ('u', 2),
            ('g', 'u') if matches!(at(i + 2), 'e' | 'i' | 'y') => ('g', 2),
            ('q', 'u') => ('k', 2),
            ('c', 'k') => ('k', 2),
            ('y' | 'j', _) if i > 0 => ('i', 1),
            ('w', _) => ('v', 1),
            ('k' | 'q', _) => ('k', 1),
            ('z', _) => ('s', 1),
            _ => (c, 1),
        };
        // Vowels other than the first letter collapse: transliterations differ most there.
        let vowel = matches!(e, 'a' | 'e' | 'i' | 'o' | 'u');
        let push = if vowel && i > 0 {
            !matches!(last, 'a' | 'e' | 'i' | 'o' | 'u')
        } else {
            last != e
        };
        if push {
            // One byte for the ASCII letters of nearly every name, without a copy call.
            if e.is_ascii() {
                out.push(e as u8);
            } else {
                out.extend_from_slice(e.encode_utf8(&mut [0; 4]).as_bytes());
            }
            last = e;
        }
        i += skip;
    }
    // Vowel clusters vary most between transliterations (ei/ey/eï): keep the first vowel.
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_case_are_ignored() {
        assert_eq!(fold("Sergueï Choïgu"), "serguei choigu");
        assert_eq!(fold("l’ÉTAT"), "l'etat");
    }

    #[test]
    fn transliterations_of_one_name_meet() {
        let keys: Vec<String> = ["Choïgu", "Choïgou", "Shoigu", "Shoïgu"]
            .iter()
            .map(|s| sound_key(s))
            .collect();
        assert!(keys.windows(2).all(|w| w[0] == w[1]), "{keys:?}");
        assert_eq!(sound_key("Sergueï"), sound_key("Sergei"));
        assert_eq!(sound_key("Mohammed"), sound_key("Mohamed"));
    }

    #[test]
    fn reused_buffers_give_the_same_keys() {
        let (mut letters, mut out) = (vec!['x'; 3], b"stale".to_vec());
        for name in ["Choïgou", "O’Neill", "ÉMILE", "Sergueï", ""] {
            sound_key_into(name, &mut letters, &mut out);
            assert_eq!(out, sound_key(name).as_bytes());
        }
        let mut folded = String::from("a ");
        fold_into("Ça ÉTÉ", &mut folded);
        assert_eq!(folded, "a ca ete");
    }

    #[test]
    fn ascii_shortcuts_agree_with_the_general_path() {
        let names = [
            "Shoigu",
            "Hélène Noëlle",
            "Ĳssel",
            "Łódź",
            "Œdipe",
            "ŉ",
            "Ærø",
            "Ångström×÷",
            "Dvořák-Štěpánek",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaé",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaé",
            "O'Neill",
            "Tchaikovsky",
            "QUEENSLAND",
            "McKay-Smith",
            "Jean-Yves",
            "Zhou2",
            "Guy",
            "Yury",
            "aeiouy",
            "",
            "-",
            "Sch",
            "Khachaturian-Ter-Petrossian-Dunn",
            "Dominique Strauss-Kahn Junior",
            "Ça ÉTÉ",
            "Ouëd-Zem",
        ];
        for name in names {
            let mut general = String::new();
            for c in name.chars() {
                fold_char(c, |d| general.push(d));
            }
            assert_eq!(fold(name), general, "{name}");
            let letters: Vec<char> = general.chars().filter(|c| c.is_alphanumeric()).collect();
            if let Some((ascii, n)) = ascii_letters(name) {
                assert_eq!(
                    ascii[..n],
                    *general
                        .replace(|c: char| !c.is_alphanumeric(), "")
                        .as_bytes()
                );
                assert!(n <= ASCII_KEY);
            }
            let mut key = Vec::new();
            key_letters(&letters, &mut key);
            assert_eq!(sound_key(name).as_bytes(), key, "{name}");
        }
    }

    #[test]
    fn ascii_keys_agree_with_the_general_path_on_every_short_word() {
        let alphabet = b"schtkpougqyjwzaeiKC1-.";
        let (mut fast, mut general) = (Vec::new(), Vec::new());
        let mut word = Vec::new();
        for len in 0..=4u32 {
            for mut n in 0..alphabet.len().pow(len) {
                word.clear();
                for _ in 0..len {
                    word.push(alphabet[n % alphabet.len()]);
                    n /= alphabet.len();
                }
                let w = std::str::from_utf8(&word).expect("ASCII");
                sound_key_into(w, &mut Vec::new(), &mut fast);
                let letters: Vec<char> = fold(w).chars().filter(|c| c.is_alphanumeric()).collect();
                general.clear();
                key_letters(&letters, &mut general);
                assert_eq!(fast, general, "{w}");
                assert!(std::str::from_utf8(&fast).is_ok());
            }
        }
    }

    #[test]
    fn latin_letters_fold_as_their_decomposition_does() {
        for c in LATIN.chain(['’', 'ʼ', 'Ω', 'ǅ', 'Ǆ', 'ﬁ', 'ẞ', 'İ']) {
            let (mut table, mut decomposed) = (String::new(), String::new());
            fold_char(c, |d| table.push(d));
            decompose_and_fold(c, |d| decomposed.push(d));
            assert_eq!(table, decomposed, "{c:?}");
        }
        assert_eq!(fold("ÀÉÎÕÜÇŒœŸ"), "aeioucœœy");
    }

    #[test]
    fn different_names_stay_apart() {
        assert_ne!(sound_key("Kim"), sound_key("Kirby"));
        assert_ne!(sound_key("Watson"), sound_key("Wilson"));
        assert_ne!(sound_key("Jong"), sound_key("June"));
    }
}
