//! `charte compare FILE… [--with-references] [--references DIR]`: the topic × charter coverage matrix.

use super::{usage_error, Status};
use charte::refs::compare::{compare, render, FORMATS};
use charte::refs::Analysed;
use charte::Format;
use charte::Lang;
use std::path::PathBuf;

/// Arguments of `compare`.
#[derive(Debug, clap::Args)]
pub(crate) struct CompareArgs {
    /// Charters or folders of charters to compare.
    pub paths: Vec<PathBuf>,
    /// Add the reference charters as columns (the embedded ones, or those of --references DIR).
    #[arg(long)]
    pub with_references: bool,
    /// Use this folder of reference charters instead of the embedded corpus; its charters become columns.
    #[arg(long, value_name = "DOSSIER")]
    pub references: Option<PathBuf>,
    /// Files and folders to leave out.
    #[command(flatten)]
    pub walk: super::walk::WalkOptions,
    /// Output format.
    #[arg(long, value_parser = super::format_arg(FORMATS, "table"), default_value = "table")]
    pub format: Format,
    /// Date of the comparison, printed on the HTML page (YYYY-MM-DD; default: today).
    #[arg(long, value_name = "AAAA-MM-JJ")]
    pub as_of: Option<String>,
    /// `--out FICHIER`, `--force`.
    #[command(flatten)]
    pub output: super::OutArgs,
}

/// Runs `compare`.
pub(crate) fn run(args: &CompareArgs, lang: Lang, color: bool) -> Status {
    let with_references = args.with_references || args.references.is_some();
    let date = match super::check::as_of_date(args.as_of.as_deref(), lang) {
        Ok(d) => d,
        Err(status) => return status,
    };
    if args.paths.is_empty() && !with_references {
        return usage_error(
            lang,
            "donnez au moins une charte à comparer, ou --with-references pour comparer les chartes de référence",
            "give at least one charter to compare, or --with-references to compare the reference charters",
        );
    }
    let files = if args.paths.is_empty() {
        Vec::new()
    } else {
        match super::walk::collect(&args.paths, &args.walk, lang) {
            Ok(f) => f,
            Err(status) => return status,
        }
    };
    // A README describes a folder of charters; it is not one, even when a shell glob (`examples/*.md`) names it.
    let files: Vec<PathBuf> = files
        .into_iter()
        .filter(|f| {
            !f.file_name().is_some_and(|n| {
                n.to_string_lossy()
                    .to_ascii_lowercase()
                    .starts_with("readme.")
            })
        })
        .collect();
    let mut inputs = args.paths.clone();
    inputs.extend(files.iter().cloned());
    inputs.extend(super::reference_inputs(args.references.as_deref()));
    if let Err(s) = args.output.check(&inputs, lang) {
        return s;
    }
    let mut charters: Vec<Analysed> = Vec::new();
    // A file that cannot be opened is named with its reason and left out; the others are compared; status 2 at the end.
    let mut unreadable = false;
    for f in &files {
        let shown = f.display().to_string();
        match charte::files::read_input(f) {
            Ok(bytes) if charte::is_offer(&shown, &bytes) => {
                super::walk::note_offer_skipped(&shown, lang);
            }
            Ok(bytes) => {
                if let Some(a) = Analysed::from_bytes(&shown, &bytes) {
                    charters.push(a);
                } else {
                    let text = lang.pick(
                    &format!("remarque : {shown} ne peut pas être lu comme une charte ; fichier ignoré (`charte check` en dit plus)"),
                    &format!("note: {shown} cannot be read as a charter; file skipped (`charte check` says more)"),
                ).to_owned();
                    if super::note(&text, Status::Clean) == Status::Usage {
                        return Status::Usage;
                    }
                }
            }
            Err(reason) => {
                unreadable = true;
                usage_error(
                    lang,
                    &format!(
                        "{shown} : {} ; fichier laissé de côté",
                        reason.describe(Lang::Fr)
                    ),
                    &format!("{shown}: {}; file left out", reason.describe(Lang::En)),
                );
            }
        }
    }
    let corpus = if with_references {
        match super::refs::corpus(args.references.as_deref(), lang) {
            Ok(c) => Some(c),
            Err(s) => return s,
        }
    } else {
        None
    };
    if charters.is_empty() && corpus.is_none() {
        return usage_error(
            lang,
            "aucune charte lisible à comparer",
            "no readable charter to compare",
        );
    }
    let matrix = compare(&charters, corpus).dated(date);
    let color = color && args.output.out.is_none() && args.format == Format::Human;
    let text = match render(&matrix, args.format, lang, color) {
        Ok(text) => text,
        Err(e) => return super::unsupported_format(e.format, "compare", lang),
    };
    args.output.write(
        &text,
        &inputs,
        lang,
        if unreadable {
            Status::Usage
        } else {
            Status::Clean
        },
    )
}
