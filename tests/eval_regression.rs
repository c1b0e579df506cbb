//! Accuracy must not slide back: exact-span F1 per label on annotated corpora that
//! nobody on the project wrote (`../shared/eval`, present beside the checkout in CI).
//! The floors are the figures reached when each was set, minus one point.

use std::collections::HashSet;
use std::path::PathBuf;

use lectern::extract::{analyze, EntityKind, Lang};
use serde_json::Value;

fn eval_file(name: &str) -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/eval")
        .join(name);
    path.exists().then_some(path)
}

/// Exact-span F1 (percent) for PER, LOC and ORG over every document of a gold file.
fn f1_per_label(path: &PathBuf) -> [f64; 3] {
    let data = std::fs::read_to_string(path).expect("readable eval file");
    let labels = ["PER", "LOC", "ORG"];
    let (mut tp, mut pred, mut gold) = ([0usize; 3], [0usize; 3], [0usize; 3]);
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let doc: Value = serde_json::from_str(line).expect("JSON line");
        let text = doc["text"].as_str().expect("text");
        let lang = if doc["lang"] == "en" {
            Lang::En
        } else {
            Lang::Fr
        };
        // Byte offset → character offset.
        let mut chars = vec![0usize; text.len() + 1];
        for (n, (b, _)) in text.char_indices().enumerate() {
            chars[b] = n;
        }
        chars[text.len()] = text.chars().count();
        let mut want: HashSet<(usize, usize, usize)> = HashSet::new();
        for e in doc["entities"].as_array().into_iter().flatten() {
            if let Some(l) = labels.iter().position(|l| e["label"] == *l) {
                let (s, t) = (
                    e["start"].as_u64().unwrap_or(0),
                    e["end"].as_u64().unwrap_or(0),
                );
                want.insert((
                    usize::try_from(s).unwrap_or(0),
                    usize::try_from(t).unwrap_or(0),
                    l,
                ));
            }
        }
        let a = analyze(text, lang);
        let got: HashSet<(usize, usize, usize)> = a
            .mentions()
            .into_iter()
            .map(|(m, r)| {
                let l = match r.kind {
                    EntityKind::Person => 0,
                    EntityKind::Place => 1,
                    EntityKind::Organization => 2,
                };
                (chars[m.start], chars[m.end], l)
            })
            .collect();
        for &(_, _, l) in &want {
            gold[l] += 1;
        }
        for &(_, _, l) in &got {
            pred[l] += 1;
        }
        for x in got.intersection(&want) {
            tp[x.2] += 1;
        }
    }
    let mut out = [0.0; 3];
    for l in 0..3 {
        let p = tp[l] as f64 / pred[l].max(1) as f64;
        let r = tp[l] as f64 / gold[l].max(1) as f64;
        out[l] = if p + r > 0.0 {
            200.0 * p * r / (p + r)
        } else {
            0.0
        };
    }
    out
}

#[track_caller]
fn check(name: &str, floors: [f64; 3]) {
    let Some(path) = eval_file(name) else {
        eprintln!("skipped: ../shared/eval/{name} is not beside this checkout");
        return;
    };
    let f1 = f1_per_label(&path);
    for (l, label) in ["PER", "LOC", "ORG"].iter().enumerate() {
        assert!(
            f1[l] >= floors[l],
            "{name}: {label} F1 fell to {:.1} (floor {:.1})",
            f1[l],
            floors[l]
        );
    }
}

#[test]
fn winer_fr_dev_does_not_regress() {
    check("winer-fr-dev.jsonl", [93.6, 90.7, 77.4]);
}

#[test]
fn sequoia_fr_does_not_regress() {
    check("sequoia-fr.jsonl", [96.9, 85.7, 70.7]);
}

#[test]
fn conll2003_en_dev_does_not_regress() {
    check("conll2003-en-dev.jsonl", [93.1, 92.7, 86.5]);
}

/// Quotation detection F1 and speaker accuracy (percent), scored as `score.py` does:
/// spans stripped of spaces and marks, a match when the overlap covers half the longer
/// span, speakers compared as token sets without accents, case or honorifics.
fn quote_scores(path: &PathBuf) -> (f64, f64) {
    use unicode_normalization::UnicodeNormalization;
    const MARKS: &str = "«»“”„‟\"‘’‚‛'‹›";
    const HONORIFICS: &[&str] = &[
        "m",
        "mm",
        "mme",
        "mmes",
        "mlle",
        "mlles",
        "me",
        "maitre",
        "monsieur",
        "madame",
        "mademoiselle",
        "messieurs",
        "mesdames",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "pr",
        "prof",
        "docteur",
        "professeur",
        "sir",
    ];
    fn strip(chars: &[char], mut s: usize, mut e: usize) -> (usize, usize) {
        while s < e && (chars[s].is_whitespace() || MARKS.contains(chars[s])) {
            s += 1;
        }
        while e > s && (chars[e - 1].is_whitespace() || MARKS.contains(chars[e - 1])) {
            e -= 1;
        }
        (s, e)
    }
    fn tokens(name: &str) -> Vec<String> {
        let folded: String = name
            .nfkd()
            .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
            .collect::<String>()
            .to_lowercase();
        let mut t: Vec<String> = folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !HONORIFICS.contains(w))
            .map(str::to_owned)
            .collect();
        t.sort();
        t.dedup();
        t
    }
    fn same_speaker(a: Option<&str>, b: Option<&str>) -> bool {
        match (a, b) {
            (None, None) => true,
            (Some(a), Some(b)) => {
                let (x, y) = (tokens(a), tokens(b));
                !x.is_empty()
                    && !y.is_empty()
                    && (x.iter().all(|w| y.contains(w)) || y.iter().all(|w| x.contains(w)))
            }
            _ => false,
        }
    }
    let data = std::fs::read_to_string(path).expect("readable eval file");
    let (mut tp, mut npred, mut ngold, mut right, mut scored) =
        (0usize, 0usize, 0usize, 0usize, 0usize);
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let doc: Value = serde_json::from_str(line).expect("JSON line");
        let Some(gold_quotes) = doc["quotes"].as_array() else {
            continue;
        };
        let text = doc["text"].as_str().expect("text");
        let lang = if doc["lang"] == "en" {
            Lang::En
        } else {
            Lang::Fr
        };
        let with_speakers = doc["speakers"] != Value::Bool(false);
        let chars: Vec<char> = text.chars().collect();
        let mut byte_to_char = vec![0usize; text.len() + 1];
        for (n, (b, _)) in text.char_indices().enumerate() {
            byte_to_char[b] = n;
        }
        byte_to_char[text.len()] = chars.len();
        let gold: Vec<((usize, usize), Option<String>)> = gold_quotes
            .iter()
            .filter(|q| q["kind"] != "term")
            .map(|q| {
                let s = usize::try_from(q["start"].as_u64().unwrap_or(0)).unwrap_or(0);
                let e = usize::try_from(q["end"].as_u64().unwrap_or(0)).unwrap_or(0);
                (
                    strip(&chars, s, e),
                    q["speaker"].as_str().map(str::to_owned),
                )
            })
            .collect();
        let a = analyze(text, lang);
        let pred: Vec<((usize, usize), Option<String>)> = a
            .quotes
            .iter()
            .map(|q| {
                let (s, e) = (byte_to_char[q.span.start], byte_to_char[q.span.end]);
                (strip(&chars, s, e), q.speaker.clone())
            })
            .collect();
        ngold += gold.len();
        npred += pred.len();
        let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
        for (gi, ((gs, ge), _)) in gold.iter().enumerate() {
            for (pi, ((ps, pe), _)) in pred.iter().enumerate() {
                let overlap = ge.min(pe).saturating_sub(*gs.max(ps));
                let longer = (ge - gs).max(pe - ps);
                if overlap > 0 && 2 * overlap >= longer {
                    pairs.push((overlap, gi, pi));
                }
            }
        }
        pairs.sort_by_key(|p| std::cmp::Reverse(p.0));
        let (mut gused, mut pused) = (vec![false; gold.len()], vec![false; pred.len()]);
        for (_, gi, pi) in pairs {
            if gused[gi] || pused[pi] {
                continue;
            }
            gused[gi] = true;
            pused[pi] = true;
            tp += 1;
            if with_speakers {
                scored += 1;
                right += usize::from(same_speaker(gold[gi].1.as_deref(), pred[pi].1.as_deref()));
            }
        }
    }
    let p = tp as f64 / npred.max(1) as f64;
    let r = tp as f64 / ngold.max(1) as f64;
    let f1 = if p + r > 0.0 {
        200.0 * p * r / (p + r)
    } else {
        0.0
    };
    (f1, 100.0 * right as f64 / scored.max(1) as f64)
}

#[track_caller]
fn check_quotes(name: &str, detection_floor: f64, speaker_floor: f64) {
    let Some(path) = eval_file(name) else {
        eprintln!("skipped: ../shared/eval/{name} is not beside this checkout");
        return;
    };
    let (f1, speakers) = quote_scores(&path);
    assert!(
        f1 >= detection_floor,
        "{name}: quotation F1 fell to {f1:.1} (floor {detection_floor:.1})"
    );
    assert!(
        speakers >= speaker_floor,
        "{name}: speaker accuracy fell to {speakers:.1} (floor {speaker_floor:.1})"
    );
}

#[test]
fn the_sample_quotations_and_speakers_do_not_regress() {
    check_quotes("seed-gold.jsonl", 100.0, 100.0);
}

#[test]
fn quotes_fr_dev_does_not_regress() {
    check_quotes("quotes-fr-dev.jsonl", 99.0, 91.9);
}

#[test]
fn polnear_en_dev_detection_does_not_regress() {
    check_quotes("polnear-en-dev.jsonl", 94.9, 0.0);
}
