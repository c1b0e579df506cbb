//! Hostile input: every file of `tests/fixtures/hostile` (written by its `make.py`) either loads
//! into text that cannot act on a terminal, or is refused with a one-line error that names it.

use std::path::{Path, PathBuf};
use std::process::Command;

use lectern::document::{Document, LoadError, MAX_SIZE};
use lectern::extract::{analyze, detect_language};

/// What a fixture must give.
enum Expect {
    /// Loads as text in `encoding`; `has` must be in the text and `lacks` must not.
    Text {
        encoding: &'static str,
        lossy: bool,
        has: &'static [&'static str],
        lacks: &'static [&'static str],
    },
    /// Refused as binary.
    Binary,
}

use Expect::{Binary, Text};

/// Words of the payloads that must never survive loading.
const PAYLOAD_WORDS: &[&str] = &[
    "pwned",
    "title",
    "ZXZpbA",
    "Y3VybC",
    "evil",
    "https://",
    "file://",
    "iVBOR",
    "#0;2",
    "$qm",
    "private message",
    "start of string",
    "[31",
    "52;c",
];

const FIXTURES: &[(&str, Expect)] = &[
    ("csi.txt", Text { encoding: "UTF-8", lossy: false, has: &["rouge vif\n", "Kremlin"], lacks: &["[2J", "[?1049h", "38;2"] }),
    ("osc-title.txt", Text { encoding: "UTF-8", lossy: false, has: &["\nsuite\n"], lacks: &["icon", "0;"] }),
    ("osc-clipboard.txt", Text { encoding: "UTF-8", lossy: false, has: &["\nsuite\n"], lacks: &["ZWNobyBwd25lZAo"] }),
    ("osc-hyperlink.txt", Text { encoding: "UTF-8", lossy: false, has: &["\nle site officiel et un fichier\n"], lacks: &["8;;", "id=x"] }),
    ("dcs.txt", Text { encoding: "UTF-8", lossy: false, has: &["\nsuite\n"], lacks: &["544e", "~~@@"] }),
    ("apc-pm-sos.txt", Text { encoding: "UTF-8", lossy: false, has: &["\nsuite\n"], lacks: &["Gf=100"] }),
    ("escape-other.txt", Text { encoding: "UTF-8", lossy: false, has: &["\nlqqksuite\n"], lacks: &["#8", "(0", "(B"] }),
    ("unterminated.txt", Text { encoding: "UTF-8", lossy: false, has: &["mardi. \u{AB}"], lacks: &["no terminator", "38;5", "dW50"] }),
    ("c1-8bit.txt", Text { encoding: "UTF-8", lossy: false, has: &["rouge \u{FFFD}\u{FFFD}\nsuite\n"], lacks: &["31m", "0;", "q#0", "apc", "pm", "sos"] }),
    ("c1-raw-bytes.txt", Text { encoding: "UTF-8", lossy: true, has: &["\nrouge   fin\n"], lacks: &["31m", "0m", "0;"] }),
    ("c0-controls.txt", Text { encoding: "UTF-8", lossy: false, has: &["\u{2401}x\u{2402}x", "\u{241F}x\u{2421} tab\there"], lacks: &[] }),
    ("bidi.txt", Text { encoding: "UTF-8", lossy: false, has: &["\"user // Check if admin \" {", "plongement embedding override isolat first strong", "مرحبا بالعالم"], lacks: &[] }),
    ("nul.bin", Binary),
    ("controls.bin", Binary),
    ("invalid-utf8.txt", Text { encoding: "UTF-8", lossy: true, has: &["déjà \u{FFFD}\u{FFFD} vu, \u{FFFD} cassé, \u{FFFD}\n"], lacks: &[] }),
    ("windows-1252-fr.txt", Text { encoding: "windows-1252", lossy: false, has: &["« Le président a été reçu à l’Élysée »", "Lavrov…", "Œuvres – coût : 5 €.", "Noël, naïf, cœur."], lacks: &[] }),
    ("iso-8859-1-fr.txt", Text { encoding: "windows-1252", lossy: false, has: &["Le président a été reçu à Genève. Où êtes-vous ? Déjà là, à côté du garçon. Noël, naïf."], lacks: &[] }),
    ("utf16le-bom.txt", Text { encoding: "UTF-16LE", lossy: false, has: &["président russe.\nSéoul 서울 🙂\n"], lacks: &[] }),
    ("utf16be-bom.txt", Text { encoding: "UTF-16BE", lossy: false, has: &["président russe.\nSéoul 서울 🙂\n"], lacks: &[] }),
    ("utf16le-no-bom.txt", Text { encoding: "UTF-16LE", lossy: false, has: &["Vladimir Poutine a reçu Kim Jong-un"], lacks: &[] }),
    ("utf8-bom.txt", Text { encoding: "UTF-8", lossy: false, has: &["Vladimir Poutine"], lacks: &["\u{FEFF}"] }),
    ("crlf.txt", Text { encoding: "UTF-8", lossy: false, has: &["russe.\nVladimir"], lacks: &[] }),
    ("cr-only.txt", Text { encoding: "UTF-8", lossy: false, has: &["russe.\nVladimir"], lacks: &[] }),
    ("huge-line.txt", Text { encoding: "UTF-8", lossy: false, has: &["Poutine et Kim à Moscou. "], lacks: &["\n"] }),
    ("empty.txt", Text { encoding: "UTF-8", lossy: false, has: &[], lacks: &[] }),
    ("unicode.txt", Text { encoding: "UTF-8", lossy: false, has: &["👨\u{200D}👩\u{200D}👧\u{200D}👦", "Z\u{336}\u{334}\u{335}a", "פוטין", "a\u{200B}b"], lacks: &[] }),
];

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile")
}

/// A character that may act on a terminal or reorder what it shows.
fn forbidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
}

fn lectern(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_lectern"))
        .args(args)
        .output()
        .expect("lectern runs")
}

#[test]
fn every_fixture_has_an_expectation_and_every_expectation_a_fixture() {
    let mut on_disk: Vec<String> = std::fs::read_dir(fixture_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != "make.py")
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = FIXTURES.iter().map(|(n, _)| (*n).to_owned()).collect();
    listed.sort();
    assert_eq!(on_disk, listed);
}

#[test]
fn text_fixtures_load_into_harmless_text() {
    for (name, expect) in FIXTURES {
        let Text {
            encoding,
            lossy,
            has,
            lacks,
        } = expect
        else {
            continue;
        };
        let doc =
            Document::load(&fixture_dir().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        if let Some(c) = doc.text.chars().find(|&c| forbidden(c)) {
            panic!("{name}: {c:?} reached the text");
        }
        assert_eq!(doc.encoding, *encoding, "{name}");
        assert_eq!(doc.lossy, *lossy, "{name}");
        for want in *has {
            assert!(
                doc.text.contains(want),
                "{name}: {want:?} missing from {:?}",
                doc.text
            );
        }
        for (word, source) in lacks
            .iter()
            .map(|w| (w, "fixture"))
            .chain(PAYLOAD_WORDS.iter().map(|w| (w, "payload")))
        {
            assert!(
                !doc.text.contains(word),
                "{name}: {source} word {word:?} survived in {:?}",
                doc.text
            );
        }
    }
}

#[test]
fn binary_fixtures_are_refused() {
    for (name, expect) in FIXTURES {
        if let Binary = expect {
            let result = Document::load(&fixture_dir().join(name));
            assert!(
                matches!(result, Err(LoadError::Binary(_))),
                "{name}: {result:?}"
            );
        }
    }
}

#[test]
fn escape_payloads_are_counted_for_the_status_line() {
    for name in [
        "csi.txt",
        "osc-title.txt",
        "osc-clipboard.txt",
        "dcs.txt",
        "c1-8bit.txt",
    ] {
        let doc = Document::load(&fixture_dir().join(name)).unwrap();
        assert!(doc.cleaning.escapes > 0, "{name}");
        assert!(
            doc.notes().iter().any(|n| n.contains("escape sequence")),
            "{name}: {:?}",
            doc.notes()
        );
    }
    let doc = Document::load(&fixture_dir().join("invalid-utf8.txt")).unwrap();
    assert!(doc.notes().iter().any(|n| n.starts_with("invalid UTF-8")));
}

#[test]
fn extract_succeeds_on_text_and_names_the_file_when_it_refuses() {
    // One run over every fixture: text gives a JSON line each, in order; refusals a line of
    // stderr each; the exit status says something failed.
    let paths: Vec<String> = FIXTURES
        .iter()
        .map(|(name, _)| fixture_dir().join(name).to_str().unwrap().to_owned())
        .collect();
    let mut args = vec!["extract"];
    args.extend(paths.iter().map(String::as_str));
    let out = lectern(&args);
    assert!(!out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let mut reports = stdout.lines();
    let mut errors = stderr.lines();
    for ((name, expect), path) in FIXTURES.iter().zip(&paths) {
        match expect {
            Text { .. } => {
                let line = reports
                    .next()
                    .unwrap_or_else(|| panic!("{name}: no report"));
                let report: serde_json::Value = serde_json::from_str(line).unwrap();
                assert_eq!(report["file"], path.as_str());
            }
            Binary => {
                let line = errors.next().unwrap_or_else(|| panic!("{name}: no error"));
                assert!(
                    line.starts_with(&format!("lectern: {path}: binary file")),
                    "{line}"
                );
            }
        }
    }
    assert_eq!(reports.next(), None);
    assert_eq!(errors.next(), None);
}

#[test]
fn missing_files_and_directories_get_a_one_line_error_naming_them() {
    let dir = fixture_dir();
    let missing = dir.join("no-such-article.txt");
    for (path, what) in [
        (missing.to_str().unwrap(), "no such file"),
        (dir.to_str().unwrap(), "is a directory"),
    ] {
        for args in [vec!["extract", path], vec![path]] {
            let out = lectern(&args);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(!out.status.success(), "{args:?}");
            assert_eq!(
                stderr.trim_end(),
                format!("lectern: {path}: {what}"),
                "{args:?}"
            );
        }
    }
}

#[test]
fn a_file_that_fails_to_read_gets_a_one_line_error_naming_it() {
    // Opening succeeds and reading fails: the kernel refuses to read unmapped memory. (Tests run
    // as root in CI, so a file without read permission would still be readable.)
    let path = "/proc/self/mem";
    if !Path::new(path).exists() {
        return;
    }
    let out = lectern(&["extract", path]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("lectern: /proc/self/mem: cannot read: "),
        "{stderr}"
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let path = std::env::temp_dir().join(format!("lectern-too-large-{}.txt", std::process::id()));
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(MAX_SIZE + 1).unwrap(); // sparse: costs no disk
    let result = Document::load(&path);
    let out = lectern(&["extract", path.to_str().unwrap()]);
    std::fs::remove_file(&path).unwrap();
    assert!(matches!(result, Err(LoadError::TooLarge { size: Some(s) }) if s == MAX_SIZE + 1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("too large") && stderr.contains("128 MiB"),
        "{stderr}"
    );
}

#[test]
fn an_empty_file_is_an_empty_document() {
    let doc = Document::load(&fixture_dir().join("empty.txt")).unwrap();
    assert!(doc.is_empty());
}

#[test]
fn a_fifty_megabyte_line_loads_whole() {
    let line = "Poutine et Kim à Moscou. ".repeat(50 * 1024 * 1024 / 26);
    let doc = Document::from_bytes(line.as_bytes()).unwrap();
    assert_eq!(doc.text.len(), line.len());
    assert_eq!(doc.source_offset(line.len() - 2), line.len() - 2);
}

#[test]
fn windows_1252_offsets_point_at_the_file_bytes() {
    let path = fixture_dir().join("windows-1252-fr.txt");
    let bytes = std::fs::read(&path).unwrap();
    let doc = Document::load(&path).unwrap();
    for word in ["président", "Élysée", "cœur", "€"] {
        let at = doc.text.find(word).unwrap();
        let (s, e) = doc.source_range(at, at + word.len());
        let (back, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes[s..e]);
        assert_eq!(back, word);
    }
}

#[test]
fn utf16_offsets_point_at_the_file_bytes() {
    for (name, encoding) in [
        ("utf16le-bom.txt", encoding_rs::UTF_16LE),
        ("utf16be-bom.txt", encoding_rs::UTF_16BE),
    ] {
        let path = fixture_dir().join(name);
        let bytes = std::fs::read(&path).unwrap();
        let doc = Document::load(&path).unwrap();
        assert!(doc.bom);
        for word in ["Vladimir Poutine", "président", "Séoul", "서울", "🙂"] {
            let at = doc.text.find(word).unwrap();
            let (s, e) = doc.source_range(at, at + word.len());
            let (back, _) = encoding.decode_without_bom_handling(&bytes[s..e]);
            assert_eq!(back, word, "{name}");
        }
    }
}

#[test]
fn mentions_map_back_to_the_same_words_in_every_fixture() {
    let mut checked = 0;
    for (name, expect) in FIXTURES {
        let Text { .. } = expect else { continue };
        let path = fixture_dir().join(name);
        let bytes = std::fs::read(&path).unwrap();
        let doc = Document::load(&path).unwrap();
        let encoding = encoding_rs::Encoding::for_label(doc.encoding.as_bytes()).unwrap();
        let analysis = analyze(&doc.text, detect_language(&doc.text));
        for (span, _) in analysis.mentions() {
            let words = &doc.text[span.start..span.end];
            let (s, e) = doc.source_range(span.start, span.end);
            let (back, _) = encoding.decode_without_bom_handling(&bytes[s..e]);
            // Words that sanitising rewrote (a CR, a control) cannot read the same.
            if back
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t')
                || words.contains('\u{FFFD}')
            {
                continue;
            }
            assert_eq!(back, words, "{name}: {span:?}");
            checked += 1;
        }
    }
    assert!(checked > 50, "only {checked} mentions checked");
}
