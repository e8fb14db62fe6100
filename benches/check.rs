//! Speed of a whole check: a typical long charter, and a generated 5,000-clause charter that stresses the
//! contradiction search (norms indexed by concept, so the pairwise search stays near-linear).
//! Run with `cargo bench`; numbers are not asserted anywhere (no timed tests).

use charte::{check_bytes, Settings};
use criterion::{criterion_group, criterion_main, Criterion};

fn settings() -> Settings {
    Settings::for_tests()
}

fn generated(clauses: usize) -> String {
    let forms = [
        "Il est interdit de saisir des données de santé dans un outil d'IA grand public.",
        "Les agents peuvent utiliser l'assistant interne pour résumer des documents publics.",
        "Les journaux de connexion sont conservés six mois.",
        "Les agents doivent relire les contenus produits par l'IA avant toute diffusion.",
        "Les élus ne peuvent pas utiliser ChatGPT pour rédiger leurs interventions.",
    ];
    let mut text = String::from("# Charte\n\n");
    for i in 0..clauses {
        if i % 20 == 0 {
            text.push_str(&format!("\n## Article {}\n\n", i / 20 + 1));
        }
        text.push_str(forms[i % forms.len()]);
        text.push_str("\n\n");
    }
    text
}

/// `n` bans of consumer AI tools and `n` permissions of `ChatGPT`: every pair conflicts (grouped findings).
fn bans_and_permissions(n: usize) -> String {
    let mut text = String::from("# Charte\n\n## Interdictions\n\n");
    for i in 0..n {
        text.push_str(&format!(
            "Règle {i} : il est interdit d'utiliser un outil d'IA générative grand public.\n\n"
        ));
    }
    text.push_str("## Usages\n\n");
    for i in 0..n {
        text.push_str(&format!(
            "Usage {i} : les agents peuvent utiliser ChatGPT pour rédiger des courriers.\n\n"
        ));
    }
    text
}

fn bench(c: &mut Criterion) {
    let typical = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/metropole-clairance.md"
    ))
    .expect("example");
    c.bench_function("check a 275-line métropole charter", |b| {
        b.iter(|| check_bytes("m.md", &typical, &settings()));
    });
    let big = generated(5000);
    c.bench_function("check a 5,000-clause charter", |b| {
        b.iter(|| check_bytes("g.md", big.as_bytes(), &settings()));
    });
    let clash = bans_and_permissions(1000);
    c.bench_function("check 1,000 bans x 1,000 conflicting permissions", |b| {
        b.iter(|| check_bytes("c.md", clash.as_bytes(), &settings()));
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
