//! The stable part of fuzzing, run by CI: every input kept from a fuzzing crash (`tests/fixtures/fuzz/TARGET-…`)
//! replayed through the code of its target, and every fixture and example through every target as a smoke run.
//! The long runs are `scripts/fuzz.sh` (cargo-fuzz, nightly); see `docs/robustness.md`.

#[path = "../../tests/targets/mod.rs"]
mod targets;

use std::path::{Path, PathBuf};

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).expect("readable folder").flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn kept_fuzz_inputs_no_longer_fail() {
    let mut kept = files_under(&root().join("tests/fixtures/fuzz"));
    kept.retain(|p| p.extension().is_none_or(|e| e != "md"));
    assert!(
        !kept.is_empty(),
        "tests/fixtures/fuzz holds the inputs fuzzing found"
    );
    for file in kept {
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .expect("file name");
        let (_, run) = targets::TARGETS
            .iter()
            .find(|(t, _)| {
                name.strip_prefix(t)
                    .is_some_and(|rest| rest.starts_with('-'))
            })
            .unwrap_or_else(|| panic!("{name}: no target of that name (TARGET-description)"));
        run(&std::fs::read(&file).expect("readable"));
    }
}

#[test]
fn every_fixture_through_every_target() {
    let mut inputs = files_under(&root().join("tests/fixtures"));
    inputs.extend(files_under(&root().join("examples")));
    inputs.retain(|p| !p.starts_with(root().join("tests/fixtures/fuzz")));
    assert!(inputs.len() > 100, "{}", inputs.len());
    for file in &inputs {
        let bytes = std::fs::read(file).expect("readable");
        // The byte that picks the format in the `check` and `offer` targets, from the file's extension.
        let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("");
        let pick = match ext {
            "yaml" => 1,
            "txt" => 2,
            "docx" => 3,
            "odt" => 4,
            _ => 0,
        };
        for (name, run) in targets::TARGETS {
            if matches!(*name, "check" | "offer") {
                let mut picked = vec![pick];
                picked.extend_from_slice(&bytes);
                run(&picked);
            } else {
                run(&bytes);
            }
        }
    }
}
