//! Tests that read the crate's internals: the document readers (Word, Writer, PDF), the rules' documentation and the
//! generated files, the dated legal facts, the reference corpus, the offer run. They were integration tests in
//! `tests/`; the library's API is now small and documented (`src/api/`), so what they reach lives inside the crate
//! and so do they. Tests of the command line stay in `tests/` and run the `charte` binary.

mod ctr_misses;
#[cfg(feature = "office")]
mod fuzz_regressions;
mod generated;
mod law;
mod offer;
#[cfg(feature = "office")]
mod office;
#[cfg(feature = "pdf")]
mod pdf;
mod references;
mod rules;

/// French messages, reference date 28 November 2026, every rule of `check`.
fn settings() -> crate::Settings {
    crate::Settings::for_tests()
}

/// Checks a file of the crate folder with the library as `charte check` would, with [`settings`].
fn check_file(path: &str) -> crate::FileReport {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(root.join(path)).expect("fixture");
    crate::check_bytes(path, &bytes, &settings())
}

/// The labelled documents of a corpus folder, for the miss tools run by hand: `tests/corpus/<name>/`, or
/// `tests/holdout/<name>/` when `CHARTE_MISSES_HELD_OUT` is set (a tool that reads the held-out folder prints numbers
/// only). Returns whether it is the held-out folder, and each document with the path of its labels, in name order.
pub(crate) fn labelled(name: &str) -> (bool, Vec<(std::path::PathBuf, std::path::PathBuf)>) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let held_out = std::env::var_os("CHARTE_MISSES_HELD_OUT").is_some();
    let dir = root
        .join(if held_out {
            "tests/holdout"
        } else {
            "tests/corpus"
        })
        .join(name);
    let mut golds: Vec<_> = std::fs::read_dir(&dir)
        .expect("a corpus folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.yaml"))
        .collect();
    golds.sort();
    let docs = golds
        .into_iter()
        .filter_map(|gold| {
            let base = gold
                .to_string_lossy()
                .trim_end_matches(".gold.yaml")
                .to_owned();
            ["md", "yaml", "txt"]
                .iter()
                .map(|e| std::path::PathBuf::from(format!("{base}.{e}")))
                .find(|p| p.is_file())
                .map(|doc| (doc, gold))
        })
        .collect();
    (held_out, docs)
}

/// A labels file of the corpus, as far as the miss tools read it: the expected findings.
#[derive(serde::Deserialize)]
pub(crate) struct Gold {
    #[serde(default)]
    pub expect: Vec<Expect>,
}

/// An expected finding: its code and the lines it names.
#[derive(serde::Deserialize)]
pub(crate) struct Expect {
    pub code: String,
    #[serde(default)]
    pub lines: Vec<usize>,
}
