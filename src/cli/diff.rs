//! `charte diff FILE [--against ID|FILE]`: a charter against its nearest reference (or the one given).

use super::{usage_error, Status};
use charte::refs::diff::{diff, render, FORMATS};
use charte::refs::{Analysed, Reference};
use charte::Format;
use charte::Lang;
use std::path::{Path, PathBuf};

/// Arguments of `diff`.
#[derive(Debug, clap::Args)]
pub(crate) struct DiffArgs {
    /// The charter to compare.
    pub file: PathBuf,
    /// The reference to compare with: an id from `charte refs`, or a charter file (default: the nearest reference).
    #[arg(long, value_name = "ID|FICHIER")]
    pub against: Option<String>,
    /// Output format.
    #[arg(long, value_parser = super::format_arg(FORMATS, "human"), default_value = "human")]
    pub format: Format,
    /// A folder of your own reference charters, used instead of the embedded ones.
    #[arg(long, value_name = "DOSSIER")]
    pub references: Option<PathBuf>,
    /// `--out FICHIER`, `--force`.
    #[command(flatten)]
    pub output: super::OutArgs,
}

/// Reads and analyses a charter file; prints the error and returns status 2 on failure.
pub(crate) fn load(path: &Path, lang: Lang) -> Result<Analysed, Status> {
    let shown = path.display().to_string();
    let bytes = super::read_file(path, lang)?;
    Analysed::from_bytes(&shown, &bytes).ok_or_else(|| {
        usage_error(
            lang,
            &format!("{shown} ne peut pas être lu comme une charte (`charte check` en dit plus)"),
            &format!("{shown} cannot be read as a charter (`charte check` says more)"),
        )
    })
}

/// Runs `diff`.
pub(crate) fn run(args: &DiffArgs, lang: Lang, color: bool) -> Status {
    let mut inputs = vec![args.file.clone()];
    inputs.extend(args.against.as_ref().map(PathBuf::from));
    inputs.extend(super::reference_inputs(args.references.as_deref()));
    if let Err(s) = args.output.check(&inputs, lang) {
        return s;
    }
    let corpus = match super::refs::corpus(args.references.as_deref(), lang) {
        Ok(c) => c,
        Err(s) => return s,
    };
    let charter = match load(&args.file, lang) {
        Ok(a) => a,
        Err(s) => return s,
    };
    let given: Option<Reference> = match args.against.as_deref() {
        None => None,
        Some(a) => {
            let as_path = Path::new(a);
            if let Some(r) = corpus.find(a) {
                Some(r.clone())
            } else if as_path.is_file() {
                match Reference::from_file(as_path) {
                    Some(r) => Some(r),
                    None => {
                        return usage_error(
                            lang,
                            &format!("{a} ne peut pas être lu comme une charte"),
                            &format!("{a} cannot be read as a charter"),
                        )
                    }
                }
            } else {
                let hint = corpus.closest_id(a);
                let (fr, en) = match hint {
                    Some(h) => (
                        format!("--against : ni référence ni fichier : {a} (vouliez-vous dire {h} ?)"),
                        format!("--against: neither a reference nor a file: {a} (did you mean {h}?)"),
                    ),
                    None => (
                        format!("--against : ni référence ni fichier : {a} ; `charte refs` liste les références"),
                        format!("--against: neither a reference nor a file: {a}; `charte refs` lists the references"),
                    ),
                };
                return usage_error(lang, &fr, &en);
            }
        }
    };
    let Some(report) = diff(&charter, corpus, given.as_ref()) else {
        return usage_error(
            lang,
            "aucune charte de référence à comparer",
            "no reference charter to compare with",
        );
    };
    let color = color && args.output.out.is_none() && args.format == Format::Human;
    let text = match render(&report, args.format, lang, color) {
        Ok(text) => text,
        Err(e) => return super::unsupported_format(e.format, "diff", lang),
    };
    args.output.write(&text, &inputs, lang, Status::Clean)
}
