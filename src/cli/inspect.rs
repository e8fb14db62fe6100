//! `charte inspect FILE`: shows what the analysis understood, sentence by sentence (modality, topics covered or
//! only mentioned). For authors who wonder why a rule fires, and for lexicon reviewers.

use super::{usage_error, Status};
use charte::Lang;
use std::path::PathBuf;

/// Arguments of `inspect`.
#[derive(Debug, clap::Args)]
pub(crate) struct InspectArgs {
    /// The charter to inspect.
    pub file: PathBuf,
}

/// Runs `inspect`.
pub(crate) fn run(args: &InspectArgs, lang: Lang) -> Status {
    let path = args.file.display().to_string();
    let bytes = match super::read_file(&args.file, lang) {
        Ok(b) => b,
        Err(status) => return status,
    };
    match charte::report::inspect(&path, &bytes, lang) {
        Some(text) => super::emit(&text, lang, Status::Clean),
        None => usage_error(
            lang,
            &format!("{path} ne peut pas être lu comme une charte"),
            &format!("{path} cannot be read as a charter"),
        ),
    }
}
