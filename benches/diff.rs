//! Benchmark without criterion: `charte diff` of a typical charter against every reference of the corpus.
//!
//! Run with `cargo test --release --bench diff -- --nocapture` (a plain test that prints its timings: stable Rust has no
//! `#[bench]`, and criterion is not a dependency; `cargo bench` lists it as ignored). The corpus is parsed and analysed once (first call), then
//! each iteration picks the nearest reference, aligns the clauses and builds the word-level diffs against all 21
//! references in turn; the timings are printed, nothing is asserted.

use charte::references::diff::diff;
use charte::references::{Analysed, Corpus};
use std::time::{Duration, Instant};

fn typical() -> Analysed {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/metropole-clairance.md"
    );
    let bytes = std::fs::read(path).expect("examples/metropole-clairance.md");
    Analysed::from_bytes("metropole-clairance.md", &bytes).expect("parses")
}

#[test]
fn diff_against_every_reference() {
    let started = Instant::now();
    let corpus = Corpus::embedded();
    let load = started.elapsed();
    let charter = typical();
    let rounds = 5;
    let mut total = Duration::ZERO;
    let mut pairs = 0;
    for _ in 0..rounds {
        let t = Instant::now();
        for r in &corpus.refs {
            let report = diff(&charter, corpus, Some(r)).expect("diff");
            pairs += report.aligned.len();
        }
        total += t.elapsed();
    }
    let per_round = total / rounds;
    println!(
        "corpus: {} références chargées en {:?} ; diff contre toutes les références : {:?} par passe ({:?} par référence, {} paires alignées au total)",
        corpus.len(),
        load,
        per_round,
        per_round / corpus.len() as u32,
        pairs / rounds as usize
    );
}
