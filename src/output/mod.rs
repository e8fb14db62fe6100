//! Renders findings: one file per format. Findings arrive as data; nothing here decides what is wrong.

pub(crate) mod csv;
#[cfg(feature = "office")]
pub(crate) mod docx;
pub(crate) mod escape;
pub(crate) mod github;
pub(crate) mod html;
pub(crate) mod human;
pub(crate) mod inspect;
pub(crate) mod json;
pub(crate) mod markdown;
pub(crate) mod page;
pub(crate) mod sarif;
pub(crate) mod short;

use crate::diagnostics::{LineIndex, Severity};
use crate::engine::FileReport;
use crate::i18n::{count, Lang};
use crate::model::Span;

/// Every output format (`--format`) of every command. Each command writes a subset of them, and its `--format`
/// accepts only that subset: [`Format::CHECK`] for `check` (and [`render`](crate::render)); the others are listed
/// where the command line declares its arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Text for the terminal (default): rustc-like reports for `check` and `offer`, the comparison for `diff`, a
    /// table for `compare` and `refs`. Named `human`, or `table` where it is a table; each name is accepted for it.
    #[default]
    Human,
    /// JSON (documented in docs/formats.md).
    Json,
    /// SARIF 2.1.0.
    Sarif,
    /// GitHub Actions workflow commands.
    Github,
    /// One line per finding: `file:line:col: CODE message`.
    Short,
    /// One self-contained HTML page to print (no script, no outside resource).
    Html,
    /// Markdown, to paste into a council report or a ticket.
    Markdown,
    /// CSV, RFC 4180 (`,`, decimal point).
    Csv,
    /// CSV for a French spreadsheet (`;`, a BOM, decimal comma).
    CsvFr,
    /// A Word document (.docx) with the Markdown report's content, to file or edit; written with --out only.
    Docx,
}

impl Format {
    /// The formats of `charte check` and of [`render`](crate::render).
    pub const CHECK: &'static [Format] = &[
        Format::Human,
        Format::Json,
        Format::Sarif,
        Format::Github,
        Format::Short,
        Format::Html,
        Format::Markdown,
        Format::Docx,
    ];

    /// Its name on the command line: `human`, `json`, `csv-fr`…
    pub fn name(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Json => "json",
            Format::Sarif => "sarif",
            Format::Github => "github",
            Format::Short => "short",
            Format::Html => "html",
            Format::Markdown => "markdown",
            Format::Csv => "csv",
            Format::CsvFr => "csv-fr",
            Format::Docx => "docx",
        }
    }

    /// The format of a name (`table` is the terminal format too); the inverse of [`Format::name`] (tested).
    pub fn from_name(name: &str) -> Option<Format> {
        Some(match name {
            "human" | "table" => Format::Human,
            "json" => Format::Json,
            "sarif" => Format::Sarif,
            "github" => Format::Github,
            "short" => Format::Short,
            "html" => Format::Html,
            "markdown" => Format::Markdown,
            "csv" => Format::Csv,
            "csv-fr" => Format::CsvFr,
            "docx" => Format::Docx,
            _ => return None,
        })
    }
}

/// A format that a command or a renderer does not write (`csv` for the findings of `check`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{what} cannot be written in the {} format", .format.name())]
pub struct UnsupportedFormat {
    /// The format asked for.
    pub format: Format,
    /// What was to be written: `check reports`, `a diff`…
    pub what: &'static str,
}

/// 1-based (line, column, end line, end column) of a span; columns count characters.
pub(crate) fn position(text: &str, index: &LineIndex, span: Span) -> (usize, usize, usize, usize) {
    let (l, c) = index.position(text, span.start);
    let (el, ec) = index.position(text, span.end);
    (l, c, el, ec)
}

/// The files of a run with their line indexes, built once: a label that points into another file of the run (the
/// buyer's charter of an offer, the other charter of a comparison) gets that file's lines and columns.
pub(crate) struct Files<'a> {
    files: Vec<(&'a str, &'a str, LineIndex)>,
}

impl<'a> Files<'a> {
    /// The files of these reports.
    pub(crate) fn of(reports: &'a [FileReport]) -> Files<'a> {
        Files {
            files: reports
                .iter()
                .map(|r| {
                    let text = r.source.as_deref().unwrap_or("");
                    (r.path.as_str(), text, LineIndex::new(text))
                })
                .collect(),
        }
    }

    /// 1-based (line, column, end line, end column) of a span of the file `path`; `None` when the run has no
    /// such file.
    pub(crate) fn position(&self, path: &str, span: Span) -> Option<(usize, usize, usize, usize)> {
        let (_, text, index) = self.files.iter().find(|(p, _, _)| *p == path)?;
        Some(position(text, index, span))
    }

    /// The position of a label of a finding of `report`: in the label's own file when it names one of the run,
    /// else in the report's file.
    pub(crate) fn label_position(
        &self,
        report: &FileReport,
        label: &crate::diagnostics::Label,
    ) -> (usize, usize, usize, usize) {
        let path = label.path.as_deref().unwrap_or(&report.path);
        self.position(path, label.span)
            .or_else(|| self.position(&report.path, label.span))
            .unwrap_or((1, 1, 1, 1))
    }
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
pub(crate) fn pending_changes_note(
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
pub(crate) fn summary(reports: &[FileReport], lang: Lang) -> String {
    Tally::of(reports).summary(lang)
}

pub(crate) use human::verdict;

/// The checklist of a file's "missing topic" findings: its title (how many, near which line) and the findings, most
/// serious first, in file order within a severity.
pub(crate) fn checklist<'a>(
    missing: &[&'a crate::diagnostics::Finding],
    source: &str,
    index: &LineIndex,
    lang: Lang,
) -> (String, Vec<&'a crate::diagnostics::Finding>) {
    let anchor = missing.iter().map(|f| f.primary.start).min().unwrap_or(0);
    let line = index.position(source, anchor).0;
    let title = crate::i18n::fill(
        lang,
        "report.checklist",
        &[
            ("n", &missing.len().to_string()),
            ("line", &line.to_string()),
        ],
    );
    let mut items = missing.to_vec();
    items.sort_by_key(|f| std::cmp::Reverse(f.severity));
    (title, items)
}

/// The lines of a finding's advice, for the formats that write it as paragraphs (Markdown, HTML): each line with
/// its label, « aide : » before the first and none before the others.
pub(crate) fn help_lines(
    f: &crate::diagnostics::Finding,
    lang: Lang,
) -> impl Iterator<Item = (Option<&'static str>, &str)> {
    let label = crate::i18n::text(lang, "report.help");
    f.help
        .as_deref()
        .unwrap_or("")
        .lines()
        .enumerate()
        .map(move |(i, line)| ((i == 0).then_some(label), line))
}

/// What every report says first about a file: its title, who adopted it and when, its counts, the verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FileSummary {
    /// Title (or « (sans titre) »).
    pub title: String,
    /// « Commune de Saint-Ombelin, adoptée le 19 juin 2025 », when known.
    pub who: Option<String>,
    /// « 3 erreurs, 22 avertissements, 8 remarques ».
    pub counts: String,
    /// « 3 erreurs à corriger, 5 points à revoir et 25 sujets absents, dont 17 attendus. »
    pub verdict: String,
}

impl FileSummary {
    /// The summary of one file's report (text from the file is not escaped: each format escapes it).
    pub(crate) fn of(r: &FileReport, lang: Lang) -> FileSummary {
        use crate::i18n::{count_of, fill, text};
        let h = &r.heading;
        let adopted = h.adopted.map(|d| {
            if h.adopted_month_only {
                fill(
                    lang,
                    "report.adopted_in",
                    &[("month", &crate::i18n::month(lang, d))],
                )
            } else {
                fill(
                    lang,
                    "report.adopted",
                    &[("date", &crate::i18n::date(lang, d))],
                )
            }
        });
        let who: Vec<String> = h.authority.iter().cloned().chain(adopted).collect();
        let by = |s: Severity| r.findings.iter().filter(|f| f.severity == s).count();
        FileSummary {
            title: h
                .title
                .clone()
                .unwrap_or_else(|| text(lang, "report.untitled").to_owned()),
            who: (!who.is_empty()).then(|| who.join(", ")),
            counts: format!(
                "{}, {}, {}",
                count_of(lang, "count.errors", by(Severity::Error)),
                count_of(lang, "count.warnings", by(Severity::Warning)),
                count_of(lang, "count.notes", by(Severity::Info)),
            ),
            verdict: verdict(r, lang),
        }
    }
}

/// A Markdown report (`check`'s, `offer`'s summary or matrix) as a Word document; without the `office` feature,
/// the message saying this build cannot write one.
pub fn word(markdown: &str, lang: Lang) -> Result<Vec<u8>, String> {
    #[cfg(feature = "office")]
    return docx::from_markdown(markdown, lang);
    #[cfg(not(feature = "office"))]
    {
        let _ = markdown;
        Err(lang
            .pick(
                "ce charte a été construit sans la fonctionnalité « office » : il n'écrit pas de document Word (--format markdown ou html à la place)",
                "this charte was built without the `office` feature: it writes no Word document (use --format markdown or html)",
            )
            .to_owned())
    }
}

/// Renders the reports in one of the formats of [`Format::CHECK`].
pub(crate) fn render(
    reports: &[FileReport],
    format: Format,
    lang: Lang,
    color: bool,
) -> Result<String, UnsupportedFormat> {
    Ok(match format {
        Format::Human => human::render(reports, lang, color),
        Format::Json => json::render(reports),
        Format::Sarif => sarif::render(reports, lang),
        Format::Github => github::render(reports),
        Format::Short => short::render(reports),
        Format::Html => html::render(reports, lang),
        // The Word report is the Markdown report typeset (`word`); as text, it is that report.
        Format::Markdown | Format::Docx => markdown::render(reports, lang),
        Format::Csv | Format::CsvFr => {
            return Err(UnsupportedFormat {
                format,
                what: "check reports",
            })
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_is_found_by_its_name() {
        for f in [
            Format::Human,
            Format::Json,
            Format::Csv,
            Format::CsvFr,
            Format::Markdown,
        ] {
            assert_eq!(Format::from_name(f.name()), Some(f));
        }
        for f in Format::CHECK {
            assert_eq!(Format::from_name(f.name()), Some(*f));
        }
        assert_eq!(Format::from_name("table"), Some(Format::Human));
        assert_eq!(Format::from_name("csv_fr"), None);
    }
    use crate::diagnostics::{Finding, Label};

    fn report(path: &str, source: &str, findings: Vec<Finding>) -> FileReport {
        FileReport {
            path: path.to_owned(),
            source: Some(source.to_owned()),
            findings,
            error: None,
            document: None,
            heading: crate::engine::Heading::default(),
        }
    }

    /// A finding of the offer with one label in the offer and one in the charter: each label gets the line and
    /// column of its own file in JSON and in SARIF (the files differ, so a label read in the wrong file would land
    /// elsewhere).
    #[test]
    fn labels_into_another_file_of_the_run_get_that_files_positions() {
        let offer = "# Offre\n\nHébergement en Europe.\n";
        let charter = "# Charte\n\n## Article 4\n\nUne ligne.\n   Les données restent en France.\n";
        let at = |text: &str, needle: &str| {
            let start = text.find(needle).expect("needle");
            Span::new(start, start + needle.len())
        };
        let finding = Finding {
            code: "ACH008",
            name: "charter-requirement-unmet",
            severity: Severity::Error,
            message: "exigence".to_owned(),
            primary: at(offer, "Europe"),
            primary_label: None,
            labels: vec![
                Label {
                    span: at(offer, "Hébergement"),
                    message: "dans l'offre".to_owned(),
                    path: None,
                },
                Label {
                    span: at(charter, "France"),
                    message: "dans la charte".to_owned(),
                    path: Some("charte.md".to_owned()),
                },
            ],
            help: None,
            topics: Vec::new(),
            missing: None,
        };
        let reports = vec![
            report("offre.md", offer, vec![finding]),
            report("charte.md", charter, Vec::new()),
        ];
        // « France » is line 6, column 27 to 33 of the charter; « Hébergement » line 3, columns 1 to 12 of the offer.
        let json: serde_json::Value = serde_json::from_str(&json::render(&reports)).expect("json");
        let labels = &json["diagnostics"][0]["labels"];
        assert_eq!(labels[0]["path"], "offre.md");
        assert_eq!(
            (
                &labels[0]["line"],
                &labels[0]["column"],
                &labels[0]["end_column"]
            ),
            (
                &serde_json::json!(3),
                &serde_json::json!(1),
                &serde_json::json!(12)
            )
        );
        assert_eq!(labels[1]["path"], "charte.md");
        assert_eq!(
            (
                &labels[1]["line"],
                &labels[1]["column"],
                &labels[1]["end_column"]
            ),
            (
                &serde_json::json!(6),
                &serde_json::json!(27),
                &serde_json::json!(33)
            )
        );
        let sarif: serde_json::Value =
            serde_json::from_str(&sarif::render(&reports, Lang::Fr)).expect("sarif");
        let related = &sarif["runs"][0]["results"][0]["relatedLocations"];
        let region = |i: usize| &related[i]["physicalLocation"]["region"];
        assert_eq!(
            related[1]["physicalLocation"]["artifactLocation"]["uri"],
            "charte.md"
        );
        assert_eq!(
            (
                &region(0)["startLine"],
                &region(0)["startColumn"],
                &region(0)["endColumn"]
            ),
            (
                &serde_json::json!(3),
                &serde_json::json!(1),
                &serde_json::json!(12)
            )
        );
        assert_eq!(
            (
                &region(1)["startLine"],
                &region(1)["startColumn"],
                &region(1)["endColumn"]
            ),
            (
                &serde_json::json!(6),
                &serde_json::json!(27),
                &serde_json::json!(33)
            )
        );
    }
}
