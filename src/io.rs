//! Files in and out, in one place: the only way charte writes a file ([`write_output`]: atomic, never over an
//! input of the run, never over an existing file without `--force`), reading one input with the real reason when
//! it cannot be read ([`read_input`]), and writing to standard output and standard error ([`stdout`], [`stderr`]).

use crate::i18n::Lang;
use std::io::{ErrorKind, Read, Write};
use std::path::{Path, PathBuf};

/// How a file may be written.
#[derive(Debug, Clone, Copy)]
pub struct WriteOptions<'a> {
    /// Replace an existing file (`--force`). Inputs of the run are never replaced, even with `--force`.
    pub force: bool,
    /// Every file the run reads: the output may not be any of them (same file, through a link or another name).
    pub inputs: &'a [PathBuf],
}

/// Why a file was not written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The output is one of the files the run reads.
    #[error("{} is an input of this run", .0.display())]
    IsInput(PathBuf),
    /// The output exists and `--force` was not given.
    #[error("{} already exists", .0.display())]
    Exists(PathBuf),
    /// The system refused.
    #[error("cannot write {}: {source}", path.display())]
    Io {
        /// The output path.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

impl WriteError {
    /// The message shown to the user, with what to do.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (WriteError::IsInput(p), Lang::Fr) => format!(
                "{} est un fichier lu par cette commande : charte ne l'écrase jamais ; choisissez un autre fichier de sortie",
                p.display()
            ),
            (WriteError::IsInput(p), Lang::En) => format!(
                "{} is read by this command: charte never overwrites it; choose another output file",
                p.display()
            ),
            (WriteError::Exists(p), Lang::Fr) => format!(
                "{} existe déjà ; ajoutez --force pour le remplacer",
                p.display()
            ),
            (WriteError::Exists(p), Lang::En) => {
                format!("{} already exists; add --force to overwrite it", p.display())
            }
            (WriteError::Io { path, source }, Lang::Fr) => {
                format!("écriture impossible de {} : {source}", path.display())
            }
            (WriteError::Io { path, source }, Lang::En) => {
                format!("cannot write {}: {source}", path.display())
            }
        }
    }
}

/// True when `a` and `b` name the same existing file (links and other spellings included).
fn same_file(a: &Path, b: &Path) -> bool {
    same_file::is_same_file(a, b).unwrap_or(false)
}

/// Refuses an output that is an input of the run, or that exists without `--force`. Cheap: commands call it before
/// doing their work so a refused run costs nothing; [`write_output`] calls it again and stays race-free by itself.
pub fn check_output(path: &Path, opts: WriteOptions<'_>) -> Result<(), WriteError> {
    if opts.inputs.iter().any(|i| same_file(i, path)) {
        return Err(WriteError::IsInput(path.to_path_buf()));
    }
    // `symlink_metadata`: a dangling link is still something that exists there.
    if !opts.force && std::fs::symlink_metadata(path).is_ok() {
        return Err(WriteError::Exists(path.to_path_buf()));
    }
    Ok(())
}

/// Writes `bytes` to `path`: into a temporary file of the same folder, then renamed over `path` in one step, so a
/// reader (or a crash, or another charte run) never sees half a file. Without `force` the rename refuses an existing
/// file atomically (no check-then-write race); with `force` the file is replaced, keeping its permissions.
pub fn write_output(path: &Path, bytes: &[u8], opts: WriteOptions<'_>) -> Result<(), WriteError> {
    check_output(path, opts)?;
    let io = |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".charte-").suffix(".tmp");
    #[cfg(unix)]
    {
        // Like a plain `File::create`: 0o666 narrowed by the umask (tempfile's default is owner-only).
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir).map_err(io)?;
    tmp.write_all(bytes).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    if opts.force {
        if let Ok(meta) = std::fs::metadata(path) {
            let _ = tmp.as_file().set_permissions(meta.permissions());
        }
        tmp.persist(path).map_err(|e| io(e.error))?;
    } else {
        tmp.persist_noclobber(path).map_err(|e| {
            if e.error.kind() == ErrorKind::AlreadyExists {
                WriteError::Exists(path.to_path_buf())
            } else {
                io(e.error)
            }
        })?;
    }
    Ok(())
}

/// Why an input could not be read: the real reason, for the STR000 of that path.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ReadFailure {
    /// No file there (or a link to nothing).
    NotFound,
    /// The system refuses access.
    PermissionDenied,
    /// A folder where a file was expected.
    Directory,
    /// A named pipe: reading it would wait for a writer, maybe forever.
    Fifo,
    /// A device or a socket, not a document.
    Device,
    /// Symbolic links that point at each other.
    SymlinkLoop,
    /// A path or file name longer than the system accepts.
    NameTooLong,
    /// Anything else, with what the system said.
    Other(String),
}

impl ReadFailure {
    fn from_io(e: &std::io::Error) -> ReadFailure {
        match e.kind() {
            ErrorKind::NotFound => ReadFailure::NotFound,
            ErrorKind::PermissionDenied => ReadFailure::PermissionDenied,
            ErrorKind::IsADirectory => ReadFailure::Directory,
            _ => match e.raw_os_error() {
                // `ErrorKind::FilesystemLoop` and `InvalidFilename` are newer than our minimum Rust: use the codes.
                #[cfg(unix)]
                Some(libc::ELOOP) => ReadFailure::SymlinkLoop,
                #[cfg(unix)]
                Some(libc::ENAMETOOLONG) => ReadFailure::NameTooLong,
                _ => ReadFailure::Other(e.to_string()),
            },
        }
    }

    /// A short phrase for messages (« dossier », « tube nommé »…).
    pub fn describe(&self, lang: Lang) -> String {
        let (fr, en) = match self {
            ReadFailure::NotFound => ("fichier introuvable", "no such file"),
            ReadFailure::PermissionDenied => (
                "lecture refusée par le système (droits d'accès)",
                "permission denied",
            ),
            ReadFailure::Directory => (
                "c'est un dossier, pas un fichier",
                "this is a folder, not a file",
            ),
            ReadFailure::Fifo => (
                "c'est un tube nommé (FIFO), pas un fichier : il n'est pas ouvert",
                "this is a named pipe (FIFO), not a file: it is not opened",
            ),
            ReadFailure::Device => (
                "c'est un périphérique ou une socket, pas un fichier",
                "this is a device or a socket, not a file",
            ),
            ReadFailure::SymlinkLoop => (
                "les liens symboliques de ce chemin forment une boucle",
                "the symbolic links of this path form a loop",
            ),
            ReadFailure::NameTooLong => (
                "le nom du fichier ou du chemin est trop long pour le système",
                "the file or path name is too long for the system",
            ),
            ReadFailure::Other(detail) => {
                return format!(
                    "{} : {detail}",
                    lang.pick("lecture impossible", "cannot read")
                )
            }
        };
        lang.pick(fr, en).to_owned()
    }
}

/// Reads one input file. Never opens a FIFO, device or socket (opening a FIFO blocks until a writer comes); a
/// failure comes back with its real reason so the caller can report that path and go on with the others.
pub fn read_input(path: &Path) -> Result<Vec<u8>, ReadFailure> {
    let kind = |m: &std::fs::Metadata| -> Result<(), ReadFailure> {
        let t = m.file_type();
        if t.is_file() {
            return Ok(());
        }
        if t.is_dir() {
            return Err(ReadFailure::Directory);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if t.is_fifo() {
                return Err(ReadFailure::Fifo);
            }
        }
        Err(ReadFailure::Device)
    };
    let meta = std::fs::metadata(path).map_err(|e| ReadFailure::from_io(&e))?;
    kind(&meta)?;
    let mut open = std::fs::OpenOptions::new();
    open.read(true);
    #[cfg(unix)]
    {
        // Should a FIFO be swapped in after the look above, opening it still returns at once.
        use std::os::unix::fs::OpenOptionsExt;
        open.custom_flags(libc::O_NONBLOCK);
    }
    let mut file = open.open(path).map_err(|e| ReadFailure::from_io(&e))?;
    // The path may have changed between the two looks: judge what was actually opened.
    kind(&file.metadata().map_err(|e| ReadFailure::from_io(&e))?)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.read_to_end(&mut bytes)
        .map_err(|e| ReadFailure::from_io(&e))?;
    Ok(bytes)
}

/// What became of a write to standard output or standard error.
#[derive(Debug, PartialEq, Eq)]
pub enum Emitted {
    /// Written.
    Done,
    /// The reader went away (`charte … | head`): stop quietly, like other Unix tools.
    Closed,
    /// Anything else (disk full, I/O error): the user must hear of it.
    Failed(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_an_input_and_an_existing_file_but_force_replaces_the_latter() {
        let dir = tempfile::tempdir().expect("tempdir");
        let input = dir.path().join("charte.md");
        std::fs::write(&input, "charte").expect("write");
        let inputs = vec![input.clone()];
        let keep = WriteOptions {
            force: false,
            inputs: &inputs,
        };
        let force = WriteOptions {
            force: true,
            inputs: &inputs,
        };
        assert!(matches!(
            write_output(&input, b"x", force),
            Err(WriteError::IsInput(_))
        ));
        // Another spelling of the same file is the same file.
        let other = dir.path().join(".").join("charte.md");
        assert!(matches!(
            write_output(&other, b"x", force),
            Err(WriteError::IsInput(_))
        ));
        assert_eq!(std::fs::read_to_string(&input).expect("read"), "charte");
        let out = dir.path().join("rapport.md");
        write_output(&out, b"one", keep).expect("first write");
        assert!(matches!(
            write_output(&out, b"two", keep),
            Err(WriteError::Exists(_))
        ));
        write_output(&out, b"two", force).expect("forced write");
        assert_eq!(std::fs::read_to_string(&out).expect("read"), "two");
        // No temporary file is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).expect("ls").count(), 2);
    }

    #[test]
    fn read_failures_say_what_the_path_is() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert_eq!(read_input(dir.path()), Err(ReadFailure::Directory));
        assert_eq!(
            read_input(&dir.path().join("absent.md")),
            Err(ReadFailure::NotFound)
        );
        let long = dir.path().join("a".repeat(300));
        assert_eq!(read_input(&long), Err(ReadFailure::NameTooLong));
        // What the system says is kept apart from its wording (the superuser cannot be refused in a test).
        let denied = std::io::Error::from(ErrorKind::PermissionDenied);
        assert_eq!(ReadFailure::from_io(&denied), ReadFailure::PermissionDenied);
        assert!(ReadFailure::PermissionDenied
            .describe(Lang::Fr)
            .contains("droits"));
    }
}
