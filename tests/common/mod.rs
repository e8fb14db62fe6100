//! Helpers shared by the CLI test files: run the `charte` binary as a user would, in the crate folder, in French,
//! without colour.

use std::process::{Command, Output};

/// Runs `charte` with these arguments.
pub(crate) fn charte(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_charte"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LANG")
        .env("NO_COLOR", "1")
        .output()
        .expect("run charte")
}

/// Standard output as text.
pub(crate) fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The codes of the diagnostics of a JSON report, in order.
#[allow(dead_code)] // not every test file reads JSON reports
pub(crate) fn codes(v: &serde_json::Value) -> Vec<String> {
    v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("").to_owned())
        .collect()
}

/// The settings of the library-level tests: French, reference date 28 November 2026, every rule of `check`.
#[allow(dead_code)] // only the files that call the engine directly use it
pub(crate) fn settings() -> charte::Settings {
    charte::Settings::for_tests()
}

/// Checks a file with the library as `charte check` would, with [`settings`].
#[allow(dead_code)] // not every test file checks files through the library
pub(crate) fn check_file(path: &str) -> charte::FileReport {
    let bytes = std::fs::read(path).expect("fixture");
    charte::check_bytes(path, &bytes, &settings())
}

/// The lines of a `charte diff` output about a document of extension `ext` (`.docx`, `.pdf`…) that do not depend on
/// its format: the extension is written `.md`, and the clause lines, which cite line numbers of the extracted text,
/// are left out. A document and the Markdown it was made from give the same lines.
#[allow(dead_code)] // only the files of document formats compare diffs
pub(crate) fn diff_topics(diff: &str, ext: &str) -> Vec<String> {
    diff.replace(ext, ".md")
        .lines()
        .filter(|l| !l.trim_start().starts_with("• l."))
        .map(str::to_owned)
        .collect()
}
