//! `charte offer OFFER [--charter CHARTER]`: check a vendor offer against the default procurement checklist and,
//! when given, the buyer's charter (ACH rules). Same formats and exit codes as `check`, plus `--format markdown`;
//! human and Markdown outputs end with the summary table per requirement.

use super::Status;
use crate::i18n::Lang;
use crate::offer::{check_offer, report};
use crate::output::{render, Format};
use std::path::PathBuf;

/// Output formats of `offer`: those of `check`, plus Markdown for analysis reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum OfferFormat {
    /// rustc-like reports, then the summary table (default).
    #[default]
    Human,
    /// The JSON contract of `check`, plus `requirements` (the summary table).
    Json,
    /// SARIF 2.1.0.
    Sarif,
    /// GitHub Actions workflow commands.
    Github,
    /// A Markdown report for the evaluation committee.
    Markdown,
}

/// Arguments of `offer`.
#[derive(Debug, clap::Args)]
pub struct OfferArgs {
    /// The vendor's offer (technical answer, mémoire technique): .docx, .odt, .txt, Markdown or YAML.
    pub offer: PathBuf,
    /// The buyer's AI charter; its clauses that bind vendors or tools become requirements (ACH008).
    #[arg(long)]
    pub charter: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OfferFormat::Human)]
    pub format: OfferFormat,
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
    let mut inputs = vec![args.offer.clone()];
    inputs.extend(args.charter.iter().cloned());
    inputs.extend(args.opts.config.iter().cloned());
    if let Err(s) = args.output.check(&inputs, lang) {
        return s;
    }
    let offer_bytes = match super::read_file(&args.offer, lang) {
        Ok(b) => b,
        Err(s) => return s,
    };
    let charter_bytes = match &args.charter {
        Some(c) => match super::read_file(c, lang) {
            Ok(b) => Some(b),
            Err(s) => return s,
        },
        None => None,
    };
    let settings = match args.opts.settings(lang, Some(args.offer.as_path())) {
        Ok(s) => s,
        Err(status) => return status,
    };
    let offer_path = args.offer.display().to_string();
    let charter_path = args.charter.as_ref().map(|c| c.display().to_string());
    let charter = match (&charter_path, &charter_bytes) {
        (Some(p), Some(b)) => Some((p.as_str(), b.as_slice())),
        _ => None,
    };
    let run = check_offer(&offer_path, &offer_bytes, charter, &settings);
    let text = match args.format {
        OfferFormat::Human => {
            let mut text = render(&run.reports, Format::Human, lang, color);
            if quiet {
                if let Some(i) = text.trim_end().rfind('\n') {
                    text.truncate(i + 1);
                } else {
                    text.clear();
                }
            } else {
                let table = report::table_human(&run, lang);
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
        OfferFormat::Json => report::json(&run, lang),
        OfferFormat::Sarif => render(&run.reports, Format::Sarif, lang, false),
        OfferFormat::Github => render(&run.reports, Format::Github, lang, false),
        OfferFormat::Markdown => report::markdown(&run, lang),
    };
    let status = super::check::status(&run.reports, args.opts.deny.as_deref());
    args.output.write(&text, &inputs, lang, status)
}
