//! Which files a run reads: files named on the command line, and the readable files found in folders, walked with
//! the `ignore` crate (ripgrep's walker) so that `.gitignore`, `.charteignore` and `--exclude GLOB` are honoured,
//! hidden files and folders are skipped, and a folder's `README.*` (it describes the folder) is left out.

use super::{usage_error, Status};
use crate::i18n::Lang;
use crate::parse::{is_readable_extension, READABLE_EXTENSIONS};
use std::path::{Path, PathBuf};

/// The file that lists, in `.gitignore` syntax, what charte must not read in a folder.
pub const IGNORE_FILE: &str = ".charteignore";

/// Options of the folder walk, shared by `check` and `compare`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct WalkOptions {
    /// Leave out the files and folders matching this pattern (`.gitignore` syntax, relative to each folder given;
    /// repeatable: `--exclude brouillons --exclude '*-ancien.md'`).
    #[arg(long, value_name = "MOTIF")]
    pub exclude: Vec<String>,
}

/// « .md, .markdown, .yaml, .yml »: the formats charte reads, for messages.
pub fn readable_list() -> String {
    READABLE_EXTENSIONS
        .iter()
        .map(|e| format!(".{e}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn is_readme(p: &Path) -> bool {
    p.file_name().is_some_and(|n| {
        n.to_string_lossy()
            .to_ascii_lowercase()
            .starts_with("readme.")
    })
}

/// The readable files of one folder, sorted, and the walk's problems (a folder that cannot be opened…). Errs on a
/// bad `exclude` pattern.
pub fn files_in(dir: &Path, exclude: &[String]) -> Result<(Vec<PathBuf>, Vec<String>), String> {
    let (mut files, problems) = walk(dir, exclude)?;
    files.retain(|p| is_readable_extension(p));
    Ok((files, problems))
}

/// Every file of one folder that is neither hidden, ignored nor a README, whatever its extension (`refs build` says
/// which ones it cannot read), sorted, and the walk's problems.
pub fn all_files_in(dir: &Path) -> Result<(Vec<PathBuf>, Vec<String>), String> {
    walk(dir, &[])
}

fn walk(dir: &Path, exclude: &[String]) -> Result<(Vec<PathBuf>, Vec<String>), String> {
    let mut excludes = ignore::overrides::OverrideBuilder::new(dir);
    for glob in exclude {
        excludes
            .add(&format!("!{glob}"))
            .map_err(|e| format!("{glob} ({e})"))?;
    }
    let excludes = excludes.build().map_err(|e| e.to_string())?;
    let walker = ignore::WalkBuilder::new(dir)
        .standard_filters(true)
        .require_git(false)
        .add_custom_ignore_filename(IGNORE_FILE)
        .overrides(excludes)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for entry in walker {
        match entry {
            Ok(e) => {
                let path = e.into_path();
                // Not only regular files: a FIFO or a dangling link named like a charter gets its own STR000.
                if !path.is_dir() && !is_readme(&path) {
                    files.push(path);
                }
            }
            Err(e) => problems.push(e.to_string()),
        }
    }
    files.sort();
    Ok((files, problems))
}

/// True unless the path is plainly absent: a dangling link, a FIFO or a path the system refuses to look at is there.
fn is_there(p: &Path) -> bool {
    match std::fs::symlink_metadata(p) {
        Ok(_) => true,
        Err(e) => e.kind() != std::io::ErrorKind::NotFound,
    }
}

/// The files to read: each file given as is, each folder walked (sorted). A missing path, a bad `--exclude` pattern
/// or a run that finds nothing readable is a usage error (exit 2).
pub fn collect(paths: &[PathBuf], opts: &WalkOptions, lang: Lang) -> Result<Vec<PathBuf>, Status> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_file() {
            out.push(p.clone());
            continue;
        }
        // Something is there that is not a folder (a FIFO, a device, a link in a loop, a name too long, a place
        // charte may not look into): it is read like a file, and its STR000 says the real reason.
        if !p.is_dir() && is_there(p) {
            out.push(p.clone());
            continue;
        }
        if !p.is_dir() {
            return Err(usage_error(
                lang,
                &format!("chemin introuvable : {}", p.display()),
                &format!("no such path: {}", p.display()),
            ));
        }
        let (mut files, problems) = match files_in(p, &opts.exclude) {
            Ok(found) => found,
            Err(e) => {
                return Err(usage_error(
                    lang,
                    &format!("motif --exclude invalide : {e}"),
                    &format!("invalid --exclude pattern: {e}"),
                ))
            }
        };
        for e in problems {
            let _ = super::note(
                lang.pick(
                    &format!("remarque : une partie du dossier n'a pas pu être parcourue : {e}"),
                    &format!("note: part of the folder could not be walked: {e}"),
                ),
                Status::Clean,
            );
        }
        out.append(&mut files);
    }
    if out.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(usage_error(
            lang,
            &format!(
                "aucun fichier à lire dans {} : charte lit les fichiers {} (hors README, fichiers cachés et exclus)",
                shown.join(", "),
                readable_list()
            ),
            &format!(
                "no file to read in {}: charte reads {} files (READMEs, hidden and excluded files left out)",
                shown.join(", "),
                readable_list()
            ),
        ));
    }
    Ok(out)
}

/// Prints the note for an offer met by `check` or `compare`, which leave offers out.
pub fn note_offer_skipped(path: &str, lang: Lang) {
    let _ = super::note(
        lang.pick(
            &format!("remarque : {path} est une offre de prestataire, pas une charte : fichier laissé de côté ; vérifiez-la avec `charte offer {path} --charter VOTRE_CHARTE.md`"),
            &format!("note: {path} is a vendor offer, not a charter: file left out; check it with `charte offer {path} --charter YOUR_CHARTER.md`"),
        ),
        Status::Clean,
    );
}
