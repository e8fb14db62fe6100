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
