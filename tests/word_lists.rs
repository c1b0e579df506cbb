//! Checks the shape of every word list in assets/lists/: `build.rs` compiles them into the tables
//! the binary embeds, so a hand edit that breaks a field count, a kind, the NFC form or the
//! header's entry count must fail here rather than quietly change what the tables hold.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use unicode_normalization::UnicodeNormalization;

/// Field count and, per field, the allowed values (`None` = free text, `Some(&[])` = a number).
struct Spec {
    file: &'static str,
    fields: &'static [Option<&'static [&'static str]>],
}

const NUMBER: Option<&[&str]> = Some(&[]);
const LANG: Option<&[&str]> = Some(&["fr", "en"]);
const GENDER: Option<&[&str]> = Some(&["m", "f", "u"]);
const PLACE_EXTRA_KINDS: &[&str] = &[
    "country", "ocean", "sea", "gulf", "strait", "canal", "river", "lake", "mountain", "desert",
    "island", "region", "planet",
];

const SPECS: &[Spec] = &[
    Spec {
        file: "places-geonames.tsv",
        fields: &[None, Some(&["city", "capital", "region"]), NUMBER],
    },
    Spec {
        file: "places-geonames-small.tsv",
        fields: &[None, Some(&["town"]), NUMBER],
    },
    Spec {
        file: "places-communes-fr.tsv",
        fields: &[None, Some(&["town"]), NUMBER],
    },
    Spec {
        file: "places-cldr.tsv",
        fields: &[None, Some(&["country", "continent", "city", "region"])],
    },
    Spec {
        file: "places-extra.tsv",
        fields: &[None, Some(PLACE_EXTRA_KINDS)],
    },
    Spec {
        file: "demonyms.tsv",
        fields: &[None, LANG, None],
    },
    Spec {
        file: "given-names-insee.tsv",
        fields: &[None, GENDER],
    },
    Spec {
        file: "given-names-census.tsv",
        fields: &[None, GENDER],
    },
    Spec {
        file: "given-names-hunspell.tsv",
        fields: &[None, GENDER],
    },
    Spec {
        file: "surnames-hunspell.txt",
        fields: &[None],
    },
    Spec {
        file: "proper-nouns-hunspell.txt",
        fields: &[None],
    },
    Spec {
        file: "proper-nouns-en.txt",
        fields: &[None],
    },
    Spec {
        file: "acronyms-common.txt",
        fields: &[None],
    },
    Spec {
        file: "common-fr.txt",
        fields: &[None],
    },
    Spec {
        file: "common-en.txt",
        fields: &[None],
    },
    Spec {
        file: "orgs.tsv",
        fields: &[None, None, Some(&["fr", "en", "*"])],
    },
    Spec {
        file: "org-heads.tsv",
        fields: &[None, LANG, Some(&["head", "tail"])],
    },
    Spec {
        file: "titles.tsv",
        fields: &[None, LANG, GENDER, Some(&["honorific", "role"])],
    },
    Spec {
        file: "speech-verbs-fr.txt",
        fields: &[None],
    },
    Spec {
        file: "speech-verbs-en.txt",
        fields: &[None],
    },
];

fn lists_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/lists")
}

/// Returns the problems found in one list (empty when it is well formed).
fn check(spec: &Spec, text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut declared = None;
    let mut seen = HashSet::new();
    let mut entries = 0usize;
    for (i, line) in text.lines().enumerate() {
        let at = format!("{}:{}", spec.file, i + 1);
        if let Some(comment) = line.strip_prefix('#') {
            if let Some(n) = comment.trim().strip_prefix("entries:") {
                declared = n.trim().parse::<usize>().ok();
            }
            continue;
        }
        entries += 1;
        if line.contains('\r') || line.trim() != line || line.is_empty() {
            problems.push(format!("{at}: stray whitespace or empty line"));
        }
        if line.nfc().collect::<String>() != line {
            problems.push(format!("{at}: not NFC"));
        }
        if !seen.insert(line) {
            problems.push(format!("{at}: duplicate line"));
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != spec.fields.len() {
            problems.push(format!(
                "{at}: {} fields, want {}",
                fields.len(),
                spec.fields.len()
            ));
            continue;
        }
        for (value, allowed) in fields.iter().zip(spec.fields) {
            let ok = match allowed {
                _ if value.is_empty() || value.trim() != *value => false,
                None => true,
                Some([]) => value.parse::<u64>().is_ok(),
                Some(set) => set.contains(value),
            };
            if !ok {
                problems.push(format!("{at}: bad field {value:?}"));
            }
        }
    }
    match declared {
        Some(n) if n == entries => {}
        Some(n) => problems.push(format!(
            "{}: header says {n} entries, file has {entries}",
            spec.file
        )),
        None => problems.push(format!("{}: no '# entries: N' header line", spec.file)),
    }
    if !text.starts_with('#') {
        problems.push(format!("{}: must start with the # header", spec.file));
    }
    problems
}

#[test]
fn every_list_is_well_formed() {
    let mut problems = Vec::new();
    for spec in SPECS {
        match fs::read_to_string(lists_dir().join(spec.file)) {
            Ok(text) => problems.extend(check(spec, &text)),
            Err(e) => problems.push(format!("{}: {e}", spec.file)),
        }
    }
    problems.truncate(40);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The entry count in a list's README table row: its last cell, digits with thousands commas.
fn readme_count(readme: &str, file: &str) -> Option<usize> {
    let row = readme
        .lines()
        .find(|l| l.starts_with(&format!("| {file} |")))?;
    let last = row.trim_end().trim_end_matches('|').rsplit('|').next()?;
    last.trim().replace(',', "").parse().ok()
}

#[test]
fn every_list_file_is_checked_and_documented() {
    let readme = fs::read_to_string(lists_dir().join("README.md")).unwrap_or_default();
    let mut problems = Vec::new();
    for entry in fs::read_dir(lists_dir()).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name == "README.md" {
            continue;
        }
        if !SPECS.iter().any(|s| s.file == name) {
            problems.push(format!("{name}: no spec in this test"));
        }
        let text = fs::read_to_string(entry.path()).unwrap_or_default();
        let entries = text.lines().filter(|l| !l.starts_with('#')).count();
        match readme_count(&readme, &name) {
            Some(n) if n == entries => {}
            Some(n) => problems.push(format!(
                "{name}: README says {n} entries, file has {entries}"
            )),
            None => problems.push(format!("{name}: no README table row ending in its count")),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn lists_stay_small_enough_to_embed() {
    let total: u64 = SPECS
        .iter()
        .filter_map(|s| fs::metadata(lists_dir().join(s.file)).ok())
        .map(|m| m.len())
        .sum();
    assert!(total < 3 * 1024 * 1024, "assets/lists is {total} bytes");
}

#[test]
fn the_checker_catches_broken_lines() {
    let spec = &SPECS[0];
    let good = "# x\n# entries: 1\nParis\tcapital\t2138551\n";
    assert!(check(spec, good).is_empty(), "{:?}", check(spec, good));
    for bad in [
        "# entries: 2\nParis\tcapital\t2138551\n",
        "# entries: 1\nParis\tcapitale\t2138551\n",
        "# entries: 1\nParis\tcapital\tmany\n",
        "# entries: 1\nParis\tcapital\n",
        "# entries: 1\nParis \tcapital\t1\n",
        "# entries: 1\nPe\u{301}kin\tcapital\t1\n",
        "Paris\tcapital\t1\n",
    ] {
        assert!(!check(spec, bad).is_empty(), "accepted {bad:?}");
    }
}

#[test]
fn a_country_with_a_bracketed_name_is_listed_bare_too() {
    // "Myanmar (Birmanie)": text writes either name and never the brackets, so the country
    // must be listed as the name before them as well.
    let text = fs::read_to_string(lists_dir().join("places-cldr.tsv")).unwrap_or_default();
    let countries: HashSet<&str> = text
        .lines()
        .filter_map(|l| l.strip_suffix("\tcountry"))
        .collect();
    let bracketed: Vec<&str> = countries
        .iter()
        .copied()
        .filter(|n| n.ends_with(')'))
        .collect();
    assert!(!bracketed.is_empty(), "no bracketed country names to check");
    let missing: Vec<&str> = bracketed
        .into_iter()
        .filter(|n| {
            let bare = n.split(" (").next().unwrap_or(n);
            !countries.contains(bare)
        })
        .collect();
    assert!(missing.is_empty(), "not listed bare: {missing:?}");
}
