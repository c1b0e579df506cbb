//! Extraction throughput on French news text, from 10 KB to 10 MB.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use lectern::extract::{analyze, Lang};

#[path = "common/sample.rs"]
mod sample;
use sample::text_of;

fn throughput(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze_fr");
    group.sample_size(10);
    for size in [10_000, 100_000, 1_000_000, 10_000_000] {
        let text = text_of(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, text| {
            b.iter(|| analyze(text, Lang::Fr));
        });
    }
    group.finish();
}

criterion_group!(benches, throughput);
criterion_main!(benches);
