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
    check("winer-fr-dev.jsonl", [89.2, 84.2, 58.4]);
}

#[test]
fn sequoia_fr_does_not_regress() {
    check("sequoia-fr.jsonl", [91.6, 66.8, 42.6]);
}

#[test]
fn conll2003_en_dev_does_not_regress() {
    check("conll2003-en-dev.jsonl", [86.5, 80.6, 58.3]);
}
