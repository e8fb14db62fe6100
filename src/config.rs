//! `charte.toml`: project settings found upward from the checked path.

use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Settings read from `charte.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct Config {
    /// Codes or prefixes to run.
    pub select: Vec<String>,
    /// Codes or prefixes to skip.
    pub ignore: Vec<String>,
    /// Language of messages, `fr` or `en` (`--lang` wins over it; it wins over `LANG`).
    pub lang: Option<crate::i18n::Lang>,
    /// A folder of reference charters to use instead of the embedded corpus (relative to the config file).
    pub references: Option<std::path::PathBuf>,
}

/// The folder of references a config names, resolved against the config file's folder.
pub(crate) fn references_dir(config_file: &Path, cfg: &Config) -> Option<PathBuf> {
    let dir = cfg.references.as_ref()?;
    Some(if dir.is_absolute() {
        dir.clone()
    } else {
        config_file.parent().unwrap_or(Path::new(".")).join(dir)
    })
}

/// Errors reading a config file.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub(crate) enum ConfigError {
    /// The file cannot be read.
    #[error("impossible de lire {path} : {source}")]
    Io {
        /// Path.
        path: String,
        /// Cause.
        source: std::io::Error,
    },
    /// The file is not valid TOML or has unknown keys.
    #[error("configuration invalide dans {path} : {source}")]
    Toml {
        /// Path.
        path: String,
        /// Cause.
        source: toml::de::Error,
    },
}

/// The configuration file of a run: `--config FILE` when given, else the nearest `charte.toml` above the first
/// path.
pub(crate) fn locate(explicit: Option<&Path>, first: Option<&Path>) -> Option<PathBuf> {
    explicit
        .map(Path::to_path_buf)
        .or_else(|| first.and_then(find_upward))
}

/// Reads a config file.
pub(crate) fn load(path: &Path) -> Result<Config, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
        path: path.display().to_string(),
        source,
    })?;
    toml::from_str(&text).map_err(|source| ConfigError::Toml {
        path: path.display().to_string(),
        source,
    })
}

/// The nearest `charte.toml` in `start` or its ancestors.
/// A bare file name (`c.md`) has an empty parent: the search then starts from the current folder.
pub(crate) fn find_upward(start: &Path) -> Option<PathBuf> {
    let start = if start.is_dir() {
        start
    } else {
        start.parent()?
    };
    let start = if start.as_os_str().is_empty() {
        Path::new(".")
    } else {
        start
    };
    let abs = std::fs::canonicalize(start).ok()?;
    abs.ancestors()
        .map(|d| d.join("charte.toml"))
        .find(|p| p.is_file())
}
