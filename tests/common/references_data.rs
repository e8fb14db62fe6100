//! Test data shared by the reference-corpus tests of the command line (`tests/references.rs`) and of the library
//! (`src/tests/references.rs`, where the crate names itself `charte`).

/// A small commune charter written for these tests: some topics, a weakened duty, a clause of its own.
pub(crate) const CHARTER_A: &str = "---
charte: 1
titre: \"Charte d'usage de l'IA de la commune de Lanvallon\"
collectivite:
  nom: \"Commune de Lanvallon\"
  type: commune
adoption:
  date: 2025-03-12
---

# Charte d'usage de l'IA

## Article 1 – Champ d'application

La présente charte s'applique aux agents et aux élus de la commune qui utilisent un outil d'intelligence artificielle.

## Article 2 – Transparence

Les agents peuvent signaler aux habitants qu'un courrier a été préparé avec l'aide d'une IA.

## Article 3 – Données

Il est interdit de saisir des données personnelles dans un outil d'IA grand public.

## Article 4 – Marché de Noël

Le comité des fêtes peut utiliser un générateur d'images pour l'affiche du marché de Noël.
";

pub(crate) fn user_corpus(
    dir: &std::path::Path,
    n_with: usize,
    n_without: usize,
) -> charte::refs::Corpus {
    let with = "Les représentants du personnel sont consultés avant la mise en service de tout nouvel outil d'IA.";
    let without = "Les agents vérifient tout contenu produit par une IA avant de l'utiliser.";
    for i in 0..n_with + n_without {
        let body = if i < n_with { with } else { without };
        let text = format!("---\ntitre: \"Charte {i}\"\ncollectivite: {{nom: \"Commune {i}\", type: commune}}\nadoption: {{date: 2025-01-0{}}}\n---\n# Charte {i}\n\n## Règles\n\n{body}\n", 1 + i % 9);
        std::fs::write(dir.join(format!("charte-{i}.md")), text).expect("write");
    }
    charte::refs::Corpus::load_dir(dir).expect("user corpus loads")
}
