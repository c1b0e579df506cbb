//! Extraction throughput on French news text, from 10 KB to 10 MB: in wall time
//! (`analyze_fr`), and in the CPU time the thread got (`analyze_fr_cpu`, Linux), which other
//! work on a shared machine does not inflate.
//!
//! The sample repeated flatters the figures: past its first copy every word has been seen, and
//! whatever the analysis works out once per distinct word comes free. `analyze_file` measures
//! a text of many different articles instead, named by `LECTERN_BENCH_TEXT` (not shipped:
//! `scripts/bench_text.py` writes one from the evaluation files), whole and, in
//! `analyze_file_cpu` (CPU time), at each size from 10 KB to 10 MB (cut into documents of that
//! size, or repeated up to it). `analyze_articles` analyses
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

/// The CPU time this thread spent running `work` (its wall time where there is no `/proc`).
fn cpu_time_of(work: impl FnOnce()) -> Duration {
    let wall = Instant::now();
    let before = thread_cpu_time();
    work();
    match (before, thread_cpu_time()) {
        (Some(a), Some(b)) if b > a => b - a,
        _ => wall.elapsed(),
    }
}

fn cpu_throughput(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze_fr_cpu");
    group.sample_size(10);
    for size in SIZES {
        let text = text_of(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, text| {
            b.iter_custom(|iters| {
                cpu_time_of(|| {
                    for _ in 0..iters {
                        black_box(analyze(text, Lang::Fr));
                    }
                })
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
    // The same text at each size of `analyze_fr`, so that the sizes are compared on
    // different articles rather than on the sample repeated: below the text's length, it
    // is cut into documents of about that size (each analysed alone, so all the articles
    // are read at every size); above, it is repeated. In CPU time, as `analyze_fr_cpu`.
    let mut group = c.benchmark_group("analyze_file_cpu");
    group.sample_size(10);
    for size in SIZES {
        let docs = documents_of(&text, size);
        let bytes: usize = docs.iter().map(String::len).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &docs, |b, docs| {
            b.iter_custom(|iters| {
                cpu_time_of(|| {
                    for _ in 0..iters {
                        for doc in docs {
                            black_box(analyze(doc, lang));
                        }
                    }
                })
            });
        });
    }
    group.finish();
}

/// `text` as documents of about `size` bytes: cut at the first line break past each
/// `size` bytes when it is longer, else repeated (joined by blank lines) up to `size`.
fn documents_of(text: &str, size: usize) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    if text.len() < size {
        let mut doc = String::with_capacity(size + text.len());
        while doc.len() < size {
            if !doc.is_empty() {
                doc.push_str("\n\n");
            }
            doc.push_str(text);
        }
        return vec![doc];
    }
    let mut docs = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let mut cut = size.min(rest.len());
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let end = rest[cut..].find('\n').map_or(rest.len(), |at| cut + at + 1);
        docs.push(rest[..end].to_owned());
        rest = &rest[end..];
    }
    docs
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
    // And in CPU time, as `analyze_fr_cpu`.
    group.bench_with_input(
        BenchmarkId::new("cpu", format!("{}x{bytes}", articles.len())),
        &articles,
        |b, articles| {
            b.iter_custom(|iters| {
                cpu_time_of(|| {
                    for _ in 0..iters {
                        for &(text, lang) in articles {
                            black_box(analyze(text, lang));
                        }
                    }
                })
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
