//! charte — a linter for AI usage charters ("chartes IA") and AI procurement documents of French local
//! authorities, usable as a library.
//!
//! The library's surface is small: check a text or a file with [`check_str`] or [`check_path`], read the
//! [`Finding`]s of the [`FileReport`], render reports with [`render`] in one of the [`Format`]s, or read a
//! charter's structure with [`parse_str`]. [`Settings`] says which rules run, in which language, and as of which
//! date.
//!
//! ```
//! use charte::{check_str, render, Format, Lang, Settings};
//!
//! let text = "---\ntitre: Charte IA de Trifouillis\n---\n# Charte IA\n## Données\n\
//!             Les agents peuvent saisir des données personnelles dans ChatGPT.\n";
//! let report = check_str("charte.md", text, &Settings::default());
//! // The header names no adoption date nor owner (STR001), and many topics are missing.
//! assert!(report.findings.iter().any(|f| f.code == "STR001"));
//! for f in &report.findings {
//!     println!("{} {:?} {}", f.code, f.severity, f.message);
//! }
//! let json = render(&[report], Format::Json, Lang::En)?;
//! assert!(json.contains("\"STR001\""));
//! # Ok::<(), charte::UnsupportedFormat>(())
//! ```
//!
//! Inside, the pipeline runs in module order: `parse` reads a file into a [`Charter`], `lexicon` holds the French
//! vocabulary as reviewable data, `analyze` fills modality, topics, legal references, durations and dates, `rules`
//! judge the analysed charter, `output` renders findings, and `cli` wires it together for the `charte` binary
//! (ARCHITECTURE.md gives the layers). Those modules are not part of the library's API: they are public only for
//! the binary, the tests and the benchmarks, hidden from the documentation, and may change at any time.

pub use crate::diagnostics::{Finding, Label, Severity};
pub use crate::engine::{FileReport, Settings};
pub use crate::grammar::CivilDate;
pub use crate::i18n::Lang;
pub use crate::model::{Charter, Span, Topic};
pub use crate::output::{Format, UnsupportedFormat};

/// Checks a charter (or, with `settings.offer`, a vendor offer) given as text. `path` names the file in messages
/// and picks the format from its extension (`.md`, `.yaml`…); the text is never read from it.
pub fn check_str(path: &str, text: &str, settings: &Settings) -> FileReport {
    engine::check_bytes(path, text.as_bytes(), settings)
}

/// Reads and checks a file: Markdown, YAML, and (with the default features) Word, `OpenDocument`, plain text and PDF.
/// A file that cannot be read gives a report with one STR000 finding that says why, like `charte check`.
pub fn check_path(path: &std::path::Path, settings: &Settings) -> FileReport {
    let shown = path.display().to_string();
    match io::read_input(path) {
        Ok(bytes) => engine::check_bytes(&shown, &bytes, settings),
        Err(reason) => engine::unreadable(&shown, reason, settings),
    }
}

/// Reads a charter's structure (sections, clauses, front matter) from text, without running the rules. The
/// problems that stop the reading come back as STR000 findings.
pub fn parse_str(path: &str, text: &str, lang: Lang) -> Result<Charter, Vec<Finding>> {
    let parsed = parse::parse_text(path, text.to_owned(), parse::Format::from_path(path));
    match parsed.charter {
        Some(charter) if parsed.problems.is_empty() => Ok(charter),
        _ => Err(parsed
            .problems
            .iter()
            .map(|p| rules::structure::str000_parse_error::finding(p, lang))
            .collect()),
    }
}

/// Renders reports in a format (no colour), as `charte check --format` prints them. The formats of check reports
/// are [`Format::CHECK`]; any other gives an [`UnsupportedFormat`] error.
pub fn render(
    reports: &[FileReport],
    format: Format,
    lang: Lang,
) -> Result<String, UnsupportedFormat> {
    output::render(reports, format, lang, false)
}

#[doc(hidden)]
pub mod analyze;
#[cfg(feature = "office")]
pub(crate) mod annotate;
pub(crate) mod classify;
#[doc(hidden)]
pub mod cli;
pub(crate) mod config;
#[doc(hidden)]
pub mod corpus;
#[doc(hidden)]
pub mod diagnostics;
pub(crate) mod discover;
#[doc(hidden)]
pub mod engine;
#[doc(hidden)]
pub mod grammar;
#[doc(hidden)]
pub mod i18n;
#[doc(hidden)]
pub mod io;
#[doc(hidden)]
pub mod law;
#[doc(hidden)]
pub mod lexicon;
#[doc(hidden)]
pub mod model;
#[doc(hidden)]
pub mod offer;
#[doc(hidden)]
pub mod output;
#[doc(hidden)]
pub mod parse;
#[doc(hidden)]
pub mod procurement;
#[doc(hidden)]
pub mod references;
#[doc(hidden)]
pub mod rules;
