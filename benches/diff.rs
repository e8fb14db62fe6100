//! `charte diff` of a typical charter against every reference of the corpus (criterion). The corpus is parsed and
//! analysed once, outside the measured loop. Run with `cargo bench --bench diff`; nothing is asserted.

use charte::refs::diff::diff;
use charte::refs::{Analysed, Corpus};
use criterion::{criterion_group, criterion_main, Criterion};

fn bench(c: &mut Criterion) {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/metropole-clairance.md"
    ))
    .expect("example");
    let charter = Analysed::from_bytes("metropole-clairance.md", &bytes).expect("parses");
    let corpus = Corpus::embedded();
    c.bench_function("diff a 275-line charter against all references", |b| {
        b.iter(|| {
            for r in &corpus.refs {
                let _ = diff(&charter, corpus, Some(r));
            }
        });
    });
    c.bench_function("pick the nearest reference and diff", |b| {
        b.iter(|| diff(&charter, corpus, None));
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
