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

/// Where a span lies in the original document, for files whose text was extracted (.docx, .odt, .txt).
pub fn location(report: &FileReport, span: Span) -> Option<crate::parse::document::Location> {
    report.document.as_ref()?.map.locate(span.start)
}

/// The passage a span covers, on one line and at most 200 characters (Markdown emphasis of the extracted text
/// removed), as quoted to readers of a document.
pub fn passage(report: &FileReport, span: Span) -> Option<String> {
    let text = report.source.as_deref()?;
    let start = report
        .document
        .as_ref()
        .map_or(span.start, |d| d.map.text_start(span.start))
        .min(span.end);
    let raw = text.get(start.min(text.len())..span.end.min(text.len()))?;
    let one_line = raw
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("**", "");
    let mut out: String = one_line.chars().take(200).collect();
    if one_line.chars().count() > 200 {
        out.push('…');
    }
    Some(out)
}

/// The note for a document with tracked changes still pending, read as if accepted.
pub fn pending_changes_note(
    path: &str,
    document: Option<&crate::parse::DocumentInfo>,
    lang: Lang,
) -> Option<String> {
    let n = document?.pending_changes;
    (n > 0).then(|| {
        format!(
            "{} {} : {} ; {}",
            lang.pick("note :", "note:"),
            path,
            count(
                lang,
                n,
                (
                    "modification suivie en attente",
                    "modifications suivies en attente"
                ),
                ("pending tracked change", "pending tracked changes")
            ),
            lang.pick(
                "charte a lu le texte comme si toutes étaient acceptées",
                "charte read the text as if all were accepted"
            )
        )
    })
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
