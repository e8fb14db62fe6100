//! The texts of the interface in French and English (`data/i18n/messages.toml`): what the command line shows around
//! the findings, available to any other front-end so that it speaks the same words.

pub use crate::i18n::{fill, text};

/// True when the catalogue has a text under this key.
pub fn has(key: &str) -> bool {
    crate::i18n::CATALOGUE.contains_key(key)
}

/// A date written out in `lang` (« 28 novembre 2026 », "28 November 2026").
pub fn date(lang: crate::Lang, d: crate::CivilDate) -> String {
    crate::i18n::date(lang, d)
}
