//! What a lexicon answers for every entry of every list and for spellings near them: the
//! same questions for the tables compiled by `build.rs` and for a reference parsed the
//! old way at test time, so the two can be compared key by key.

use std::collections::BTreeSet;

/// Every first field of every list, and, for one entry in `stride`, variants a text may
/// hold: lower case, upper case, an upper-case first letter, a trailing period added or
/// removed, the other apostrophe, each word prefix; plus a few odd keys.
pub fn keys(stride: usize) -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/lists");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("assets/lists is readable")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv" || e == "txt"))
        .collect();
    files.sort();
    let mut keys = BTreeSet::new();
    for file in files {
        let data = std::fs::read_to_string(&file).expect("list is UTF-8");
        for (n, line) in data.lines().filter(|l| !l.starts_with('#')).enumerate() {
            let k = line.split('\t').next().unwrap_or("");
            keys.insert(k.to_owned());
            if n % stride.max(1) != 0 {
                continue;
            }
            let mut first_up = String::new();
            let mut chars = k.chars();
            if let Some(c) = chars.next() {
                first_up.extend(c.to_uppercase());
                first_up.push_str(chars.as_str());
            }
            keys.insert(k.to_owned());
            keys.insert(k.to_lowercase());
            keys.insert(k.to_uppercase());
            keys.insert(first_up);
            keys.insert(format!("{k}."));
            keys.insert(k.trim_end_matches('.').to_owned());
            keys.insert(k.replace('\'', "’"));
            keys.insert(k.replace('’', "'"));
            for (at, c) in k.char_indices() {
                if matches!(c, ' ' | '.' | '\'' | '’' | '-') {
                    keys.insert(k[..at].to_owned());
                    keys.insert(k[..at + c.len_utf8()].to_owned());
                }
            }
        }
    }
    for odd in [
        "",
        " ",
        ".",
        "'",
        "’",
        "\t",
        "\0",
        "é",
        "Moscou ",
        " Moscou",
        "moscou",
        "MOSCOU",
        "l'",
        "l’",
        "d'",
        "Saint-",
        "Saint",
        "New",
        "New York",
        "mer",
        "M",
        "M.",
        "Mme",
        "président",
        "Président",
        "PRÉSIDENT",
        "Ministère",
        "ministère",
        "inc.",
        "Inc.",
    ] {
        keys.insert(odd.to_owned());
    }
    keys.insert("x".repeat(300));
    keys.insert("Saint-".repeat(60));
    keys.into_iter().collect()
}

/// One line per key: every lookup the analysis makes, as text.
macro_rules! answers {
    ($lex:expr, $keys:expr) => {{
        use crate::extract::Lang;
        let lex = $lex;
        let b = |x: bool| if x { '1' } else { '0' };
        let mut out = vec![format!("max_words {}", lex.max_words)];
        for k in $keys {
            let k = k.as_str();
            out.push(format!(
                "{k:?}\t{:?}\t{:?}\t{:?}\t{:?}\t{:?}\t{}{}{}{}{}{}{}{}{}\t{:?}\t{:?}\t{:?}\t{:?}",
                lex.places.get(k).copied(),
                lex.population.get(k).copied(),
                lex.orgs.get(k).copied(),
                lex.orgs_en.get(k).copied(),
                lex.given.get(k).copied(),
                b(lex.demonyms.contains(k)),
                b(lex.surnames.contains(k)),
                b(lex.proper.contains(k)),
                b(lex.proper_en.contains(k)),
                b(lex.common_acronyms.contains(k)),
                b(lex.multi_first.contains(k)),
                b(lex.prefixes.contains(k)),
                b(lex.is_common(Lang::Fr, k)),
                b(lex.is_common(Lang::En, k)),
                lex.title(Lang::Fr, k),
                lex.title(Lang::En, k),
                lex.org_head(Lang::Fr, k),
                lex.org_head(Lang::En, k),
            ));
        }
        out
    }};
}
pub(crate) use answers;
