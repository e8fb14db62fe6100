//! `charte offer OFFER… [--charter CHARTER]`: check vendor offers against the default procurement checklist and,
//! when given, the buyer's charter (ACH rules). Same formats and exit codes as `check`, plus `markdown`, `csv`,
//! `csv-fr` and `html`; with one offer, human and Markdown outputs end with the summary table per requirement; with
//! several, with the requirements × offers matrix (csv and html are always the matrix).

use super::Status;
use charte::offers::{check_offers, render, OfferFiles, FORMATS};
use charte::{Format, Lang};
use std::path::Path;
use std::path::PathBuf;

/// Arguments of `offer`.
#[derive(Debug, clap::Args)]
pub(crate) struct OfferArgs {
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
pub(crate) fn run(args: &OfferArgs, lang: Lang, color: bool, quiet: bool) -> Status {
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
    let text = match render(&runs, args.format, lang, color, quiet) {
        Ok(text) => text,
        Err(e) => return super::unsupported_format(e.format, "offer", lang),
    };
    let reports = charte::offers::reports(&runs);
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
