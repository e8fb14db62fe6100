//! Which files a run reads: files named by the caller, and the readable files found in folders, walked with the
//! `ignore` crate (ripgrep's walker) so that `.gitignore`, `.charteignore` and exclusion globs are honoured, hidden
//! files and folders are skipped, and a folder's `README.*` (it describes the folder) is left out.
//!
//! A library layer: it returns what it found and why it stopped; the command line words the messages.

use crate::parse::{is_readable_extension, READABLE_EXTENSIONS};
use std::path::{Path, PathBuf};

/// The file that lists, in `.gitignore` syntax, what charte must not read in a folder.
pub(crate) const IGNORE_FILE: &str = ".charteignore";

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
        .sort_by_file_name(std::cmp::Ord::cmp)
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

/// Why [`collect`] found nothing to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CollectError {
    /// A path given is neither a file, a folder nor anything else that exists.
    NoSuchPath(PathBuf),
    /// An exclusion glob does not parse (the glob and the reason).
    BadExclude(String),
    /// The paths hold no readable file.
    Nothing,
}

/// The files of a run, and the parts of folders that could not be walked (shown as notes).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Collected {
    /// Files to read, in the order given, each folder's files sorted.
    pub files: Vec<PathBuf>,
    /// What the walk could not open (a folder without permission…).
    pub problems: Vec<String>,
}

/// The files to read: each file given as is, each folder walked (sorted), leaving out what matches `exclude`.
pub fn collect(paths: &[PathBuf], exclude: &[String]) -> Result<Collected, CollectError> {
    let mut out = Collected::default();
    for p in paths {
        if p.is_file() {
            out.files.push(p.clone());
            continue;
        }
        // Something is there that is not a folder (a FIFO, a device, a link in a loop, a name too long, a place
        // charte may not look into): it is read like a file, and its STR000 says the real reason.
        if !p.is_dir() && is_there(p) {
            out.files.push(p.clone());
            continue;
        }
        if !p.is_dir() {
            return Err(CollectError::NoSuchPath(p.clone()));
        }
        let (mut files, mut problems) = files_in(p, exclude).map_err(CollectError::BadExclude)?;
        out.problems.append(&mut problems);
        out.files.append(&mut files);
    }
    if out.files.is_empty() {
        return Err(CollectError::Nothing);
    }
    Ok(out)
}
