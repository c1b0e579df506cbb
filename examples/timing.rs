//! The fastest of several runs of `analyze`, for comparing two builds on a machine whose
//! speed moves with its neighbours' load (criterion's mean moves with it; the fastest run
//! moves far less):
//!
//!     cargo run --release --example timing -- FILE RUNS
//!     cargo run --release --example timing -- --articles FILE.jsonl RUNS
//!     cargo run --release --example timing -- --twice FILE.jsonl RUNS
//!
//! The first form analyses FILE as one text; the second analyses, one at a time, the `text`
//! field of each line of a JSON Lines file (an evaluation file will do), as the reader and
//! `lectern extract` analyse articles. The third analyses each article twice in a row and
//! also prints, per run, the time of the first and of the second analyses: the second
//! meets the article's words and branches warm.

use std::process::ExitCode;
use std::time::Instant;

use lectern::extract::{analyze, detect_language, Lang};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (articles, twice, rest) = match args.split_first() {
        Some((flag, rest)) if flag == "--articles" => (true, false, rest),
        Some((flag, rest)) if flag == "--twice" => (true, true, rest),
        _ => (false, false, args.as_slice()),
    };
    let [path, runs] = rest else {
        eprintln!("usage: timing [--articles | --twice] FILE RUNS");
        return ExitCode::from(2);
    };
    let Ok(runs) = runs.parse::<usize>() else {
        eprintln!("timing: RUNS must be a number, not {runs:?}");
        return ExitCode::from(2);
    };
    let data = match std::fs::read_to_string(path) {
        Ok(data) => data,
        Err(err) => {
            eprintln!("timing: {path}: {err}");
            return ExitCode::FAILURE;
        }
    };
    let texts: Vec<String> = if articles {
        data.lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter_map(|row| Some(row.get("text")?.as_str()?.to_owned()))
            .collect()
    } else {
        vec![data]
    };
    let texts: Vec<(&str, Lang)> = texts
        .iter()
        .map(|t| (t.as_str(), detect_language(t)))
        .collect();
    let bytes: usize = texts.iter().map(|(t, _)| t.len()).sum();
    // Twice over, each article's bytes are analysed twice.
    let bytes = if twice { 2 * bytes } else { bytes };
    let mut best = f64::INFINITY;
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        let mut second = 0.0;
        for &(text, lang) in &texts {
            std::hint::black_box(analyze(text, lang));
            if twice {
                let again = Instant::now();
                std::hint::black_box(analyze(text, lang));
                second += again.elapsed().as_secs_f64();
            }
        }
        let total = start.elapsed().as_secs_f64();
        if twice {
            println!(
                "first analyses {:.1} ms, second analyses {:.1} ms",
                (total - second) * 1e3,
                second * 1e3
            );
        }
        best = best.min(total);
    }
    println!(
        "{} text(s), {bytes} bytes: fastest of {runs} runs {:.1} ms, {:.1} MB/s",
        texts.len(),
        best * 1e3,
        bytes as f64 / best / 1e6
    );
    ExitCode::SUCCESS
}
