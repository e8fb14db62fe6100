//! Renders findings: one file per format. Findings arrive as data; nothing here decides what is wrong.

pub mod escape;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use crate::diagnostics::{LineIndex, Severity};
use crate::engine::FileReport;
use crate::i18n::{count, Lang};
use crate::model::Span;

/// Output formats of `check` and `offer`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// rustc-like reports (default).
    #[default]
    Human,
    /// The JSON contract of `docs/formats.md`.
    Json,
    /// SARIF 2.1.0.
    Sarif,
    /// GitHub Actions workflow commands.
    Github,
}

/// 1-based (line, column, end line, end column) of a span; columns count characters.
pub fn position(text: &str, index: &LineIndex, span: Span) -> (usize, usize, usize, usize) {
    let (l, c) = index.position(text, span.start);
    let (el, ec) = index.position(text, span.end);
    (l, c, el, ec)
}

/// Counts of findings by severity.
pub fn totals(reports: &[FileReport]) -> (usize, usize, usize) {
    let mut t = (0, 0, 0);
    for f in reports.iter().flat_map(|r| &r.findings) {
        match f.severity {
            Severity::Error => t.0 += 1,
            Severity::Warning => t.1 += 1,
            Severity::Info => t.2 += 1,
        }
    }
    t
}

/// `2 erreurs, 3 avertissements, 1 remarque dans 4 fichiers`.
pub fn summary(reports: &[FileReport], lang: Lang) -> String {
    let (e, w, i) = totals(reports);
    format!(
        "{}, {}, {} {} {}",
        count(lang, e, ("erreur", "erreurs"), ("error", "errors")),
        count(
            lang,
            w,
            ("avertissement", "avertissements"),
            ("warning", "warnings")
        ),
        count(lang, i, ("remarque", "remarques"), ("info", "infos")),
        lang.pick("dans", "in"),
        count(
            lang,
            reports.len(),
            ("fichier", "fichiers"),
            ("file", "files")
        ),
    )
}

/// Renders the reports in a format.
pub fn render(reports: &[FileReport], format: Format, lang: Lang, color: bool) -> String {
    match format {
        Format::Human => human::render(reports, lang, color),
        Format::Json => json::render(reports),
        Format::Sarif => sarif::render(reports, lang),
        Format::Github => github::render(reports),
    }
}
