//! Time of a whole check (parse, analysis, rules, human and JSON rendering) on each pathological shape of
//! `tests/shapes`, at two sizes four times apart: linear work shows about four times the time, quadratic work
//! sixteen. Peak memory of the same shapes is asserted in `tests/bounded.rs`; figures in `docs/robustness.md`.
//! Run with `nice -n 10 cargo bench --bench shapes`; nothing is asserted here.

#[path = "../tests/shapes/mod.rs"]
mod shapes;

use charte::check_bytes;
use charte::Lang;
use charte::{render, Format};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// Smaller size of each shape, in bytes (the larger is four times it).
const BASE: usize = 256 * 1024;

fn bench(c: &mut Criterion) {
    for shape in shapes::SHAPES {
        let mut group = c.benchmark_group(shape.name);
        for size in [BASE, 4 * BASE] {
            let text = (shape.make)(size);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, text| {
                b.iter(|| {
                    let reports = vec![check_bytes(
                        shape.path,
                        text.as_bytes(),
                        &shapes::settings(),
                    )];
                    let human = render(&reports, Format::Human, Lang::Fr)
                        .expect("a format of check reports");
                    let json = render(&reports, Format::Json, Lang::Fr)
                        .expect("a format of check reports");
                    human.len() + json.len()
                });
            });
        }
        group.finish();
    }
    let mut group = c.benchmark_group("many_tiny_files");
    for files in [1_000, 4_000] {
        group.throughput(Throughput::Elements(files));
        group.bench_with_input(BenchmarkId::from_parameter(files), &files, |b, &files| {
            b.iter(|| {
                // What `check` does per file in the human format: check, render, drop.
                let mut renderer = charte::report::Renderer::new(Lang::Fr, false);
                let mut out = 0;
                for i in 0..files {
                    let path = format!("charte-{i}.md");
                    let report = check_bytes(&path, shapes::TINY.as_bytes(), &shapes::settings());
                    out += renderer.file(&report).len();
                }
                out
            });
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
