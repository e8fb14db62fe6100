//! Freshness of generated files: JSON Schemas in `charter-schema/` and rule docs in `docs/rules/`.
//! Regenerate with `CHARTE_UPDATE=1 cargo test --lib tests::generated`.

use crate::rules::{docs, registry};
use crate::Lang;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn updating() -> bool {
    std::env::var_os("CHARTE_UPDATE").is_some()
}

/// Compares (or, when updating, writes) a generated file.
fn check(path: &Path, expected: &str, stale: &mut Vec<String>) {
    if updating() {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("create folder");
        }
        std::fs::write(path, expected).expect("write generated file");
        return;
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    if committed.replace("\r\n", "\n") != expected {
        stale.push(path.display().to_string());
    }
}

#[test]
fn committed_schemas_match_the_rust_types() {
    let mut stale = Vec::new();
    for (name, text) in crate::schemas() {
        check(&root().join("charter-schema").join(name), &text, &mut stale);
    }
    assert!(
        stale.is_empty(),
        "stale schemas (run CHARTE_UPDATE=1 cargo test --lib tests::generated): {stale:?}"
    );
}

/// The docs index and one page per rule, generated from the rules' own docs.
fn rule_pages() -> Vec<(String, String)> {
    let mut pages = Vec::new();
    let mut index = String::from("# Règles de charte\n\nPage générée à partir de la documentation de chaque règle (`charte explain CODE`). Ne pas modifier à la main.\n\n| code | nom | gravité | résumé |\n|---|---|---|---|\n");
    for r in registry() {
        let m = r.meta();
        index.push_str(&format!(
            "| [{}]({}.md) | {} | {} | {} |\n",
            m.code,
            m.code,
            m.name,
            m.severity.label(Lang::Fr),
            m.summary_fr
        ));
        pages.push((format!("{}.md", m.code), docs::render(m, Lang::Fr)));
    }
    pages.push(("README.md".to_owned(), index));
    pages
}

#[test]
fn rule_docs_are_fresh() {
    let mut stale = Vec::new();
    let dir = root().join("docs/rules");
    for (name, text) in rule_pages() {
        check(&dir.join(name), &text, &mut stale);
    }
    assert!(
        stale.is_empty(),
        "stale rule docs (run CHARTE_UPDATE=1 cargo test --lib tests::generated): {stale:?}"
    );
}
