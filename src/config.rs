//! `charte.toml`: project settings found upward from the checked path.

use crate::i18n::{fill, text, Lang};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Settings read from `charte.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
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
pub fn references_dir(config_file: &Path, cfg: &Config) -> Option<PathBuf> {
    let dir = cfg.references.as_ref()?;
    Some(if dir.is_absolute() {
        dir.clone()
    } else {
        config_file.parent().unwrap_or(Path::new(".")).join(dir)
    })
}

/// The keys `charte.toml` accepts, with the catalogue key of what each expects.
const KEYS: [(&str, &str); 4] = [
    ("select", "config.expected-codes"),
    ("ignore", "config.expected-codes"),
    ("lang", "config.expected-lang"),
    ("references", "config.expected-folder"),
];

/// Errors reading a config file. Their text comes from the message catalogue (`config.*`), in the run's language:
/// [`ConfigError::message`].
#[derive(Debug)]
pub enum ConfigError {
    /// The file cannot be read.
    Io {
        /// Path.
        path: String,
        /// Why.
        reason: crate::io::ReadFailure,
    },
    /// The file is not UTF-8 text.
    NotText {
        /// Path.
        path: String,
    },
    /// The file is not TOML.
    Syntax {
        /// Path.
        path: String,
        /// 1-based line and column of the error.
        at: (usize, usize),
        /// What the TOML reader says (English: the TOML library's own words).
        detail: String,
    },
    /// A key charte does not know (a misspelling is silently ignored nowhere).
    UnknownKey {
        /// Path.
        path: String,
        /// 1-based line and column of the key.
        at: (usize, usize),
        /// The key.
        key: String,
    },
    /// A known key with a value of the wrong kind (`lang = "de"`, `select = "RGPD"`).
    InvalidValue {
        /// Path.
        path: String,
        /// 1-based line and column of the value.
        at: (usize, usize),
        /// The key.
        key: String,
    },
}

impl ConfigError {
    /// The error in `lang`, with the file, the line and the column, and what to write instead.
    pub fn message(&self, lang: Lang) -> String {
        let place = |path: &str, at: (usize, usize)| {
            fill(
                lang,
                "config.place",
                &[
                    ("path", path),
                    ("line", &at.0.to_string()),
                    ("column", &at.1.to_string()),
                ],
            )
        };
        match self {
            ConfigError::Io { path, reason } => fill(
                lang,
                "config.unreadable",
                &[("path", path), ("reason", &reason.describe(lang))],
            ),
            ConfigError::NotText { path } => fill(lang, "config.not-text", &[("path", path)]),
            ConfigError::Syntax { path, at, detail } => fill(
                lang,
                "config.syntax",
                &[("place", &place(path, *at)), ("detail", detail)],
            ),
            ConfigError::UnknownKey { path, at, key } => {
                let known = KEYS.map(|(k, _)| k).join(", ");
                let mut out = fill(
                    lang,
                    "config.unknown-key",
                    &[
                        ("place", &place(path, *at)),
                        ("key", key),
                        ("known", &known),
                    ],
                );
                if let Some(near) = KEYS
                    .iter()
                    .map(|(k, _)| (strsim::damerau_levenshtein(key, k), *k))
                    .filter(|(d, _)| *d <= 2)
                    .min()
                {
                    out.push_str(&fill(lang, "config.did-you-mean", &[("key", near.1)]));
                }
                out
            }
            ConfigError::InvalidValue { path, at, key } => {
                let expected = KEYS
                    .iter()
                    .find(|(k, _)| k == key)
                    .map_or("", |(_, e)| text(lang, e));
                fill(
                    lang,
                    "config.invalid-value",
                    &[
                        ("place", &place(path, *at)),
                        ("key", key),
                        ("expected", expected),
                    ],
                )
            }
        }
    }
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::Fr))
    }
}

impl std::error::Error for ConfigError {}

/// 1-based line and column (in characters) of byte `offset` of `text`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

/// Reads the text of a `charte.toml`: TOML first, then every key known, then every value of the kind its key
/// expects; the first problem is returned with its line and column.
fn parse(path: &str, text: &str) -> Result<Config, ConfigError> {
    use serde::de::IntoDeserializer;
    use toml::Spanned;
    type Raw = std::collections::BTreeMap<Spanned<String>, Spanned<toml::Value>>;
    let raw: Raw = toml::from_str(text).map_err(|e| ConfigError::Syntax {
        path: path.to_owned(),
        at: line_column(text, e.span().map_or(0, |s| s.start)),
        detail: e.message().to_owned(),
    })?;
    let mut table = toml::Table::new();
    for (key, value) in raw {
        let name = key.get_ref();
        if !KEYS.iter().any(|(k, _)| k == name) {
            return Err(ConfigError::UnknownKey {
                path: path.to_owned(),
                at: line_column(text, key.span().start),
                key: name.clone(),
            });
        }
        let mut one = toml::Table::new();
        one.insert(name.clone(), value.get_ref().clone());
        if Config::deserialize(one.into_deserializer()).is_err() {
            return Err(ConfigError::InvalidValue {
                path: path.to_owned(),
                at: line_column(text, value.span().start),
                key: name.clone(),
            });
        }
        table.insert(name.clone(), value.into_inner());
    }
    // Each key was checked alone above; together they cannot fail (no key depends on another).
    Config::deserialize(table.into_deserializer()).map_err(|_| ConfigError::Syntax {
        path: path.to_owned(),
        at: (1, 1),
        detail: String::new(),
    })
}

/// The configuration file of a run: `--config FILE` when given, else the nearest `charte.toml` above the first
/// path.
pub fn locate(explicit: Option<&Path>, first: Option<&Path>) -> Option<PathBuf> {
    explicit
        .map(Path::to_path_buf)
        .or_else(|| first.and_then(find_upward))
}

/// Reads a config file.
pub fn load(path: &Path) -> Result<Config, ConfigError> {
    let shown = path.display().to_string();
    // Never `std::fs::read`: a FIFO named charte.toml would block the run.
    let bytes = crate::io::read_input(path).map_err(|reason| ConfigError::Io {
        path: shown.clone(),
        reason,
    })?;
    let text = String::from_utf8(bytes).map_err(|_| ConfigError::NotText {
        path: shown.clone(),
    })?;
    parse(&shown, &text)
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
