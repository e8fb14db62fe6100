//! `charte offer OFFER… [--charter CHARTER]`: check vendor offers against the default procurement checklist and,
//! when given, the buyer's charter (ACH rules). Same formats and exit codes as `check`, plus `markdown`, `csv`,
//! `csv-fr` and `html`; with one offer, human and Markdown outputs end with the summary table per requirement; with
//! several, with the requirements × offers matrix (csv and html are always the matrix).

use super::Status;
use crate::engine::FileReport;
use crate::i18n::Lang;
use crate::offer::matrix::{self, Matrix};
use crate::offer::{check_offers, report, OfferFiles, OfferRun};
use crate::output::csv::CsvStyle;
use crate::output::Format;
use std::path::Path;
use std::path::PathBuf;

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

/// Arguments of `offer`.
#[derive(Debug, clap::Args)]
pub struct OfferArgs {
    /// The vendors' offers (technical answer, mémoire technique), one per vendor: a file (.docx, .odt, .pdf, .txt,
    /// Markdown or YAML), or a folder whose files (mémoire, annexes, DPA) make one offer, read in name order.
    /// Several offers give a requirements × offers matrix.
    #[arg(required = true, num_args = 1..)]
    pub offers: Vec<PathBuf>,
    /// The buyer's AI charter; its clauses that bind vendors or tools become requirements (ACH008).
    #[arg(long)]
    pub charter: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_parser = super::format_arg(FORMATS, "human"), default_value = "human")]
    pub format: Format,
    /// Rule selection, reference date, failing level, configuration.
    #[command(flatten)]
    pub opts: super::check::RunOptions,
    /// `--out FICHIER`, `--force`.
    #[command(flatten)]
    pub output: super::OutArgs,
}

/// Runs `offer`.
pub fn run(args: &OfferArgs, lang: Lang, color: bool, quiet: bool) -> Status {
    let color = color && args.output.out.is_none();
    if let Err(status) = args.opts.check_deny(lang) {
        return status;
    }
    let mut inputs = args.offers.clone();
    inputs.extend(args.charter.iter().cloned());
    inputs.extend(args.opts.config.iter().cloned());
    if let Err(s) = args.output.check(&inputs, lang) {
        return s;
    }
    if args.format == Format::Docx {
        if let Err(s) = super::docx_needs_out(args.output.out.as_deref(), lang) {
            return s;
        }
    }
    let mut offers = Vec::new();
    for o in &args.offers {
        match read_offer(o, lang) {
            Ok(offer) => offers.push(offer),
            Err(s) => return s,
        }
    }
    let charter_bytes = match &args.charter {
        Some(c) => match super::read_file(c, lang) {
            Ok(b) => Some(b),
            Err(s) => return s,
        },
        None => None,
    };
    let settings = match args
        .opts
        .settings(lang, args.offers.first().map(PathBuf::as_path))
    {
        Ok(s) => s,
        Err(status) => return status,
    };
    let charter_path = args.charter.as_ref().map(|c| c.display().to_string());
    let charter = match (&charter_path, &charter_bytes) {
        (Some(p), Some(b)) => Some((p.as_str(), b.as_slice())),
        _ => None,
    };
    let runs = check_offers(&offers, charter, &settings);
    // Every offer's reports (one per file of a folder offer), then the charter's once.
    let mut reports: Vec<FileReport> = runs
        .iter()
        .flat_map(|r| r.offer_reports().iter().cloned())
        .collect();
    reports.extend(runs.first().and_then(OfferRun::charter_report).cloned());
    let m = Matrix::of(&runs);
    let single = match runs.as_slice() {
        [one] => Some(one),
        _ => None,
    };
    let text = match (args.format, single) {
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
        (format @ Format::Short, _) => return super::unsupported_format(format, "offer", lang),
    };
    let status = super::check::status(&reports, args.opts.deny.as_deref());
    if args.format == Format::Docx {
        return args.output.write_word(&text, &inputs, lang, status);
    }
    args.output.write(&text, &inputs, lang, status)
}

/// One vendor's offer as given: a file, or a folder whose readable files (README, hidden and ignored files left
/// out, like `check`) make one offer, read in name order.
fn read_offer(path: &Path, lang: Lang) -> Result<OfferFiles, Status> {
    let shown = path.display().to_string();
    if !path.is_dir() {
        return Ok(OfferFiles::file(&shown, super::read_file(path, lang)?));
    }
    let files = super::walk::collect(
        &[path.to_path_buf()],
        &super::walk::WalkOptions::default(),
        lang,
    )?;
    let mut parts = Vec::new();
    for f in files {
        parts.push((f.display().to_string(), super::read_file(&f, lang)?));
    }
    Ok(OfferFiles {
        path: shown.trim_end_matches(['/', '\\']).to_owned(),
        parts,
    })
}
