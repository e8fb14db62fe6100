//! The command-line side of file discovery (`charte::files`): the `--exclude` option, and the messages when
//! nothing can be read.

use super::{usage_error, Status};
use charte::files::{self, CollectError};
use charte::Lang;
use std::path::PathBuf;

/// Options of the folder walk, shared by `check` and `compare`.
#[derive(Debug, Clone, Default, clap::Args)]
pub(crate) struct WalkOptions {
    /// Leave out the files and folders matching this pattern (`.gitignore` syntax, relative to each folder given;
    /// repeatable: `--exclude brouillons --exclude '*-ancien.md'`).
    #[arg(long, value_name = "MOTIF")]
    pub exclude: Vec<String>,
}

/// The files to read (`charte::files::collect`), the walk's problems printed as notes. A missing path, a bad
/// `--exclude` pattern or a run that finds nothing readable is a usage error (exit 2).
pub(crate) fn collect(
    paths: &[PathBuf],
    opts: &WalkOptions,
    lang: Lang,
) -> Result<Vec<PathBuf>, Status> {
    let found = files::collect(paths, &opts.exclude).map_err(|e| match e {
        CollectError::NoSuchPath(p) => usage_error(
            lang,
            &format!("chemin introuvable : {}", p.display()),
            &format!("no such path: {}", p.display()),
        ),
        CollectError::BadExclude(e) => usage_error(
            lang,
            &format!("motif --exclude invalide : {e}"),
            &format!("invalid --exclude pattern: {e}"),
        ),
        CollectError::Nothing => {
            let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
            usage_error(
                lang,
                &format!(
                    "aucun fichier à lire dans {} : charte lit les fichiers {} (hors README, fichiers cachés et exclus)",
                    shown.join(", "),
                    files::readable_list()
                ),
                &format!(
                    "no file to read in {}: charte reads {} files (READMEs, hidden and excluded files left out)",
                    shown.join(", "),
                    files::readable_list()
                ),
            )
        }
    })?;
    for e in found.problems {
        let _ = super::note(
            lang.pick(
                &format!("remarque : une partie du dossier n'a pas pu être parcourue : {e}"),
                &format!("note: part of the folder could not be walked: {e}"),
            ),
            Status::Clean,
        );
    }
    Ok(found.files)
}

/// Prints the note for an offer met by `check` or `compare`, which leave offers out.
pub(crate) fn note_offer_skipped(path: &str, lang: Lang) {
    let _ = super::note(
        lang.pick(
            &format!("remarque : {path} est une offre de prestataire, pas une charte : fichier laissé de côté ; vérifiez-la avec `charte offer {path} --charter VOTRE_CHARTE.md`"),
            &format!("note: {path} is a vendor offer, not a charter: file left out; check it with `charte offer {path} --charter YOUR_CHARTER.md`"),
        ),
        Status::Clean,
    );
}
