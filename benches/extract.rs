//! Extraction throughput on French news text, from 10 KB to 10 MB: in wall time
//! (`analyze_fr`), and in the CPU time the thread got (`analyze_fr_cpu`, Linux), which other
//! work on a shared machine does not inflate.
//!
//! The sample repeated flatters the figures: past its first copy every word has been seen, and
//! whatever the analysis works out once per distinct word comes free. `analyze_file` measures
//! a text of many different articles instead, named by `LECTERN_BENCH_TEXT` (not shipped:
//! `scripts/bench_text.py` writes one from the evaluation files). `analyze_articles` analyses
//! articles one at a time, as the reader and `lectern extract` do, from a JSON Lines file with
//! a `text` field per line named by `LECTERN_BENCH_ARTICLES` (an evaluation file will do): the
//! work done once per document weighs on it as it does in use.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use lectern::extract::{analyze, Lang};

#[path = "common/sample.rs"]
mod sample;
use sample::text_of;

const SIZES: [usize; 4] = [10_000, 100_000, 1_000_000, 10_000_000];

fn throughput(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze_fr");
    group.sample_size(10);
    for size in SIZES {
        let text = text_of(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, text| {
            b.iter(|| analyze(text, Lang::Fr));
        });
    }
    group.finish();
}

/// CPU time this thread has run so far, from the scheduler; `None` where there is no
/// `/proc` (the benchmark then falls back to wall time).
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

fn cpu_throughput(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze_fr_cpu");
    group.sample_size(10);
    for size in SIZES {
        let text = text_of(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, text| {
            b.iter_custom(|iters| {
                let wall = Instant::now();
                let before = thread_cpu_time();
                for _ in 0..iters {
                    black_box(analyze(text, Lang::Fr));
                }
                match (before, thread_cpu_time()) {
                    (Some(a), Some(b)) if b > a => b - a,
                    _ => wall.elapsed(),
                }
            });
        });
    }
    group.finish();
}

/// The contents of the file the environment variable `var` names, if it names one that
/// reads (a name that does not read is said on standard error).
fn file_named_by(var: &str) -> Option<String> {
    let path = std::env::var_os(var)?;
    std::fs::read_to_string(&path)
        .map_err(|err| eprintln!("{var}: {}: {err}", path.to_string_lossy()))
        .ok()
}

fn file_throughput(c: &mut Criterion) {
    let Some(text) = file_named_by("LECTERN_BENCH_TEXT") else {
        return;
    };
    let lang = lectern::extract::detect_language(&text);
    let mut group = c.benchmark_group("analyze_file");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_with_input(BenchmarkId::from_parameter(text.len()), &text, |b, text| {
        b.iter(|| analyze(text, lang));
    });
    group.finish();
}

fn articles_throughput(c: &mut Criterion) {
    let Some(data) = file_named_by("LECTERN_BENCH_ARTICLES") else {
        return;
    };
    let texts: Vec<String> = data
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|row| Some(row.get("text")?.as_str()?.to_owned()))
        .collect();
    let articles: Vec<(&str, Lang)> = texts
        .iter()
        .map(|t| (t.as_str(), lectern::extract::detect_language(t)))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("analyze_articles");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_with_input(
        BenchmarkId::from_parameter(format!("{}x{bytes}", articles.len())),
        &articles,
        |b, articles| {
            b.iter(|| {
                for &(text, lang) in articles {
                    black_box(analyze(text, lang));
                }
            });
        },
    );
    group.finish();
}

criterion_group!(
    benches,
    throughput,
    cpu_throughput,
    file_throughput,
    articles_throughput
);
criterion_main!(benches);
