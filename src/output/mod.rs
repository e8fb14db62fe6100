//! Renders findings: one file per format. Findings arrive as data; nothing here decides what is wrong.

pub mod escape;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;
pub mod short;

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
    /// One line per finding: `file:line:col: CODE message`.
    Short,
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
    let t = Tally::of(reports);
    (t.errors, t.warnings, t.infos)
}

/// What the summary line and the exit status need of the files reported: counts, not findings, so that `check`
/// can write each file's report and drop it (memory stays that of one file, whatever the number of files).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Infos.
    pub infos: usize,
    /// Files.
    pub files: usize,
}

impl Tally {
    /// The counts of some reports.
    pub fn of(reports: &[FileReport]) -> Tally {
        let mut t = Tally::default();
        for r in reports {
            t.add(r);
        }
        t
    }

    /// Counts one more file and its findings.
    pub fn add(&mut self, report: &FileReport) {
        self.files += 1;
        for f in &report.findings {
            match f.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
        }
    }

    /// The most severe level counted, if any.
    pub fn worst(&self) -> Option<Severity> {
        [
            (self.errors, Severity::Error),
            (self.warnings, Severity::Warning),
            (self.infos, Severity::Info),
        ]
        .into_iter()
        .find(|(n, _)| *n > 0)
        .map(|(_, s)| s)
    }

    /// `2 erreurs, 3 avertissements, 1 remarque dans 4 fichiers`.
    pub fn summary(&self, lang: Lang) -> String {
        format!(
            "{}, {}, {} {} {}",
            count(
                lang,
                self.errors,
                ("erreur", "erreurs"),
                ("error", "errors")
            ),
            count(
                lang,
                self.warnings,
                ("avertissement", "avertissements"),
                ("warning", "warnings")
            ),
            count(
                lang,
                self.infos,
                ("remarque", "remarques"),
                ("info", "infos")
            ),
            lang.pick("dans", "in"),
            count(lang, self.files, ("fichier", "fichiers"), ("file", "files")),
        )
    }
}

/// `2 erreurs, 3 avertissements, 1 remarque dans 4 fichiers`.
pub fn summary(reports: &[FileReport], lang: Lang) -> String {
    Tally::of(reports).summary(lang)
}

/// Renders the reports in a format.
pub fn render(reports: &[FileReport], format: Format, lang: Lang, color: bool) -> String {
    match format {
        Format::Human => human::render(reports, lang, color),
        Format::Json => json::render(reports),
        Format::Sarif => sarif::render(reports, lang),
        Format::Github => github::render(reports),
        Format::Short => short::render(reports),
    }
}
