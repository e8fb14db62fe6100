//! The output of `charte offer` in each of its formats: the findings of every offer (and of the charter once), with
//! the summary table per requirement for one offer, the requirements × offers matrix for several.

use super::matrix::{self, Matrix};
use super::{report, OfferRun};
use crate::engine::FileReport;
use crate::i18n::Lang;
use crate::output::csv::CsvStyle;
use crate::output::{Format, UnsupportedFormat};

/// The formats of `offer`: those of `check` but `short`, the requirements × offers matrix as CSV and for a French
/// spreadsheet (`csv`, `csv-fr`); with one offer, human and Markdown outputs end with the summary table per
/// requirement, with several with the matrix (CSV and HTML are always the matrix).
pub const FORMATS: &[Format] = &[
    Format::Human,
    Format::Json,
    Format::Sarif,
    Format::Github,
    Format::Markdown,
    Format::Csv,
    Format::CsvFr,
    Format::Html,
    Format::Docx,
];

/// Every offer's reports (one per file of a folder offer), then the charter's once: the findings of the run, from
/// which its exit status comes.
pub fn reports(runs: &[OfferRun]) -> Vec<FileReport> {
    let mut reports: Vec<FileReport> = runs
        .iter()
        .flat_map(|r| r.offer_reports().iter().cloned())
        .collect();
    reports.extend(runs.first().and_then(OfferRun::charter_report).cloned());
    reports
}

/// The output of the runs in `format` (one of [`FORMATS`]; `docx` gives the Markdown text the Word document
/// typesets). `color` colours the human format; `quiet` leaves out its tables and summary line.
pub fn render(
    runs: &[OfferRun],
    format: Format,
    lang: Lang,
    color: bool,
    quiet: bool,
) -> Result<String, UnsupportedFormat> {
    let reports = reports(runs);
    let m = Matrix::of(runs);
    let single = match runs {
        [one] => Some(one),
        _ => None,
    };
    Ok(match (format, single) {
        (Format::Human, _) => {
            let mut text = crate::output::human::render(&reports, lang, color);
            if quiet {
                if let Some(i) = text.trim_end().rfind('\n') {
                    text.truncate(i + 1);
                } else {
                    text.clear();
                }
            } else {
                let table = match single {
                    Some(run) => report::table_human(run, lang),
                    None => matrix::human(&m, lang),
                };
                if !table.is_empty() {
                    // The table goes before the summary line, which stays last.
                    let cut = text.trim_end().rfind('\n').map_or(0, |i| i + 1);
                    let summary = text.split_off(cut);
                    text.push_str(&table);
                    text.push('\n');
                    text.push_str(&summary);
                }
            }
            text
        }
        (Format::Json, Some(run)) => report::json(run, lang),
        (Format::Json, None) => {
            let mut doc = crate::output::json::document(&reports);
            doc["matrix"] = matrix::json_value(&m, lang);
            let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
            s.push('\n');
            s
        }
        (Format::Sarif, _) => crate::output::sarif::render(&reports, lang),
        (Format::Github, _) => crate::output::github::render(&reports),
        (Format::Markdown | Format::Docx, Some(run)) => report::markdown(run, lang),
        (Format::Markdown | Format::Docx, None) => matrix::markdown(&m, lang),
        (Format::Csv, _) => matrix::csv(&m, lang, CsvStyle::Plain),
        (Format::CsvFr, _) => matrix::csv(&m, lang, CsvStyle::French),
        (Format::Html, _) => matrix::html(&m, lang),
        (format @ Format::Short, _) => {
            return Err(UnsupportedFormat {
                format,
                what: "offer reports",
            })
        }
    })
}
