//! Command-line papercuts of issue 18: `schema` prints valid JSON, and one spelling for the reference folder.

mod common;
use common::{charte, stdout};

#[test]
fn schema_on_standard_output_is_valid_json() {
    let out = charte(&["schema"]);
    assert_eq!(out.status.code(), Some(0));
    let all: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    let keys: Vec<&String> = all.as_object().expect("object").keys().collect();
    assert_eq!(keys, ["front-matter.schema.json", "charter.schema.json"]);
    // Each entry is the schema written by `--out` (and committed in charter-schema/).
    let committed: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("charter-schema/charter.schema.json"),
        )
        .expect("read"),
    )
    .expect("json");
    assert_eq!(all["charter.schema.json"], committed);

    for name in ["front-matter", "charter.schema.json"] {
        let out = charte(&["schema", name]);
        let one: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(
            one["$schema"], "http://json-schema.org/draft-07/schema#",
            "{name}"
        );
    }
    assert_eq!(charte(&["schema", "chartre"]).status.code(), Some(2));
}

#[test]
fn references_names_a_folder_on_every_command_and_with_references_adds_columns() {
    let dir = tempfile::tempdir().expect("tempdir");
    let refs = dir.path().join("refs");
    std::fs::create_dir(&refs).expect("mkdir");
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("references/lyon-2025.md"),
        refs.join("lyon-2025.md"),
    )
    .expect("copy");
    let refs = refs.to_str().expect("utf-8");
    let charter = "examples/commune-brevannes-sur-lisarde.md";
    // The same `--references DOSSIER` on each command that reads references.
    for args in [
        vec!["refs", "--references", refs],
        vec!["diff", charter, "--references", refs],
        vec!["init", "--references", refs],
        vec!["check", "--references", refs, charter],
        vec!["compare", "--references", refs, charter],
    ] {
        let out = charte(&args);
        assert_ne!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let columns = |args: &[&str]| -> usize {
        let out = charte(args);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        v["columns"].as_array().expect("columns").len()
    };
    assert_eq!(columns(&["compare", "--format", "json", charter]), 1);
    assert_eq!(
        columns(&["compare", "--format", "json", "--references", refs, charter]),
        2
    );
    let embedded = columns(&["compare", "--format", "json", "--with-references", charter]);
    assert!(embedded > 10, "{embedded}");
    // `--references` needs its folder: it no longer means « add the embedded references ».
    let out = charte(&["compare", "--references"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).is_empty());
}

#[test]
fn the_repository_names_no_path_outside_itself() {
    // Built from pieces so that this file does not match itself.
    let outside = [format!("..{}shared", '/'), format!("/{}/", "work")];
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut hits = Vec::new();
    // The walker skips what .gitignore skips (target/) and hidden folders (.git).
    for entry in ignore::WalkBuilder::new(root).build().flatten() {
        let path = entry.path();
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        for (i, line) in text.lines().enumerate() {
            if outside.iter().any(|o| line.contains(o.as_str())) {
                hits.push(format!("{}:{}", path.display(), i + 1));
            }
        }
    }
    assert!(hits.is_empty(), "paths outside the repository: {hits:#?}");
}
