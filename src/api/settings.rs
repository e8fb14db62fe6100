//! Where the [`Settings`](crate::Settings) of a run come from besides the caller: the project's `charte.toml` (found
//! upward from the checked path), the rule patterns of `--select`/`--ignore` (checked against the catalogue), and
//! today's date.

pub use crate::config::{load, locate, references_dir, Config, ConfigError};
pub use crate::engine::today;
pub use crate::rules::{check_pattern, unknown_code_message};
