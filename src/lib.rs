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
//! Beyond the root, a few modules carry what the commands of the `charte` binary do, which is built on this API
//! alone (so is any other front-end, a server or a language server):
//!
//! - [`files`]: read an input with the real reason of a failure, write a report safely, walk folders;
//! - [`settings`]: `charte.toml`, the `--select`/`--ignore` patterns, today's date;
//! - [`report`]: colour, a human report streamed file by file ([`check_files`] drives it), counts, Word documents,
//!   reviewed copies of .docx/.odt, `charte inspect`;
//! - [`catalog`]: every rule's metadata and long explanation (`charte rules`, `charte explain`);
//! - [`offers`]: vendor offers checked against the checklist and a charter, their table and matrix (`charte offer`);
//! - [`refs`]: the reference corpus, `diff`, `compare`, `init`, `refs build`;
//! - [`facts`]: the dated legal facts and the tool knowledge base (`charte law`);
//! - [`messages`]: the interface's texts in French and English.
//!
//! Inside, the pipeline runs in layers (ARCHITECTURE.md): parsing reads a file into a [`Charter`], the lexicon holds
//! the French vocabulary as reviewable data, the analysis fills modality, topics, legal references, durations and
//! dates, the rules judge the analysed charter, and the output layer renders findings. Those modules are
//! `pub(crate)`: they may change at any time. The heavy document readers are cargo features, on by default:
//! `office` (Word and `OpenDocument`, reviewed copies) and `pdf`; without them the library reads Markdown, YAML and
//! plain text, and a .docx/.odt/.pdf gets a STR000 that names the missing feature.

// Every public item of the API says what it is (`cargo doc` shows nothing else).
#![warn(missing_docs)]

mod api;

pub use crate::api::stream::{check_files, is_offer, Checked, Stream};
pub use crate::api::{catalog, facts, files, messages, offers, refs, report, settings};
pub use crate::diagnostics::{Finding, Label, LineIndex, Severity};
pub use crate::engine::{FileReport, Heading, Settings, MAX_FINDINGS_PER_RULE};
pub use crate::grammar::CivilDate;
pub use crate::i18n::Lang;
pub use crate::model::{Charter, Span, Topic};
pub use crate::output::{Format, UnsupportedFormat};

/// Checks a charter (or, with `settings.offer`, a vendor offer) given as text. `path` names the file in messages
/// and picks the format from its extension (`.md`, `.yaml`…); the text is never read from it.
pub fn check_str(path: &str, text: &str, settings: &Settings) -> FileReport {
    engine::check_bytes(path, text.as_bytes(), settings)
}

/// Checks a file's bytes, already read (by [`files::read_input`], or received by a server): Markdown, YAML, and
/// (with the default features) Word, `OpenDocument`, plain text and PDF, the format picked from `path`'s extension.
pub fn check_bytes(path: &str, bytes: &[u8], settings: &Settings) -> FileReport {
    engine::check_bytes(path, bytes, settings)
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

/// The JSON Schemas of the charter formats, by file name: the front matter (`front-matter.schema.json`) and the
/// YAML charter (`charter.schema.json`), as `charte schema` writes them.
pub fn schemas() -> Vec<(&'static str, String)> {
    let render = |s: schemars::schema::RootSchema| {
        let mut t = serde_json::to_string_pretty(&s).unwrap_or_default();
        t.push('\n');
        t
    };
    vec![
        (
            "front-matter.schema.json",
            render(schemars::schema_for!(model::FrontMatter)),
        ),
        (
            "charter.schema.json",
            render(schemars::schema_for!(parse::yaml::YamlCharter)),
        ),
    ]
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

pub(crate) mod analyze;
#[cfg(feature = "office")]
pub(crate) mod annotate;
pub(crate) mod classify;
pub(crate) mod config;
pub(crate) mod corpus;
pub(crate) mod diagnostics;
pub(crate) mod discover;
pub(crate) mod engine;
/// Entry points below the public API for the fuzz targets: only with the `fuzzing` feature (`src/fuzzing.rs`).
#[cfg(any(test, feature = "fuzzing"))]
pub mod fuzzing;
pub(crate) mod grammar;
pub(crate) mod i18n;
pub(crate) mod io;
pub(crate) mod law;
pub(crate) mod lexicon;
pub(crate) mod model;
pub(crate) mod offer;
pub(crate) mod output;
pub(crate) mod parse;
pub(crate) mod procurement;
pub(crate) mod references;
pub(crate) mod rules;
// Each rule file declares its rule with `crate::declare_rule!`.
pub(crate) use rules::declare_rule;

#[cfg(test)]
mod tests;

// The crate's own tests include files shared with the fuzz targets (`tests/targets/`), which name the crate
// `charte`.
#[cfg(test)]
extern crate self as charte;
