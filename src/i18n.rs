//! The two languages of user-facing text. French is the default; `--lang en` (or `LANG=en*`) switches.
//!
//! Texts of the interface live in one catalogue, `data/i18n/messages.toml`, read through [`text`] and [`fill`]:
//! one key, a French and an English text, no French/English branches spread through the code. Rules keep their
//! own texts in their own files (`declare_rule!`, `data/rules/coverage.toml`).

use std::collections::BTreeMap;
use std::sync::LazyLock;

/// Language of messages, docs and summaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Français (default).
    #[default]
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Picks the French or English text.
    pub fn pick<'a>(self, fr: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }
    /// Language from the environment (`LANG=en_GB.UTF-8` → English), French otherwise.
    pub fn from_env() -> Lang {
        match std::env::var("LANG") {
            Ok(v) if v.to_ascii_lowercase().starts_with("en") => Lang::En,
            _ => Lang::Fr,
        }
    }
}

const CATALOGUE_TOML: &str = include_str!("../data/i18n/messages.toml");

/// One entry of the catalogue: the text in each language, and its singular form when it counts something.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Entry {
    /// French.
    pub fr: String,
    /// English.
    pub en: String,
    /// French singular (0 and 1), for a text with `{n}`.
    #[serde(default)]
    pub fr_one: Option<String>,
    /// English singular (1), for a text with `{n}`.
    #[serde(default)]
    pub en_one: Option<String>,
}

/// The catalogue, by `group.name` key.
pub(crate) static CATALOGUE: LazyLock<BTreeMap<String, Entry>> = LazyLock::new(|| {
    let groups: BTreeMap<String, BTreeMap<String, Entry>> =
        toml::from_str(CATALOGUE_TOML).expect("data/i18n/messages.toml is valid (tested)");
    groups
        .into_iter()
        .flat_map(|(g, entries)| {
            entries
                .into_iter()
                .map(move |(k, e)| (format!("{g}.{k}"), e))
        })
        .collect()
});

/// The text of `key` in `lang`; the key itself when the catalogue lacks it (a test keeps that from shipping).
pub fn text(lang: Lang, key: &str) -> &'static str {
    match CATALOGUE.get(key) {
        Some(e) => lang.pick(&e.fr, &e.en),
        None => leak_key(key),
    }
}

fn leak_key(key: &str) -> &'static str {
    // Only reached by a key missing from the catalogue, which `tests::every_key_used_exists` forbids.
    Box::leak(key.to_owned().into_boxed_str())
}

/// The text of `key` with its `{name}` placeholders filled; with a `("n", …)` value the singular form is chosen
/// for a count French or English writes in the singular.
pub fn fill(lang: Lang, key: &str, values: &[(&str, &str)]) -> String {
    let Some(e) = CATALOGUE.get(key) else {
        return key.to_owned();
    };
    let n = values
        .iter()
        .find(|(k, _)| *k == "n")
        .and_then(|(_, v)| v.parse::<u64>().ok());
    let singular = n.is_some_and(|n| match lang {
        Lang::Fr => n <= 1,
        Lang::En => n == 1,
    });
    let one = lang.pick(
        e.fr_one.as_deref().unwrap_or(&e.fr),
        e.en_one.as_deref().unwrap_or(&e.en),
    );
    let mut out = if singular {
        one
    } else {
        lang.pick(&e.fr, &e.en)
    }
    .to_owned();
    for (k, v) in values {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

/// [`fill`] for the usual case of one count `{n}`.
pub(crate) fn count_of(lang: Lang, key: &str, n: usize) -> String {
    fill(lang, key, &[("n", &n.to_string())])
}

/// `2 erreurs`, `1 avertissement`, `0 remarque`: French and English plurals for counts.
pub(crate) fn count(lang: Lang, n: usize, fr: (&str, &str), en: (&str, &str)) -> String {
    let (one, many) = lang.pick2(fr, en);
    // French: 0 and 1 take the singular.
    let plural = match lang {
        Lang::Fr => n > 1,
        Lang::En => n != 1,
    };
    format!("{n} {}", if plural { many } else { one })
}

impl Lang {
    fn pick2<'a>(self, fr: (&'a str, &'a str), en: (&'a str, &'a str)) -> (&'a str, &'a str) {
        match self {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }
}

/// A date as people write it: « 31 décembre 2024 » / "31 December 2024".
pub(crate) fn date(lang: Lang, d: crate::grammar::CivilDate) -> String {
    let m = month_name(lang, d);
    match lang {
        Lang::Fr if d.day == 1 => format!("1er {m} {}", d.year),
        Lang::Fr | Lang::En => format!("{} {m} {}", d.day, d.year),
    }
}

/// A month and its year, without the day: « juin 2025 », "June 2025".
pub(crate) fn month(lang: Lang, d: crate::grammar::CivilDate) -> String {
    format!("{} {}", month_name(lang, d), d.year)
}

fn month_name(lang: Lang, d: crate::grammar::CivilDate) -> &'static str {
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let m = usize::from(d.month.clamp(1, 12)) - 1;
    match lang {
        Lang::Fr => FR[m],
        Lang::En => EN[m],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(s: &str) -> std::collections::BTreeSet<&str> {
        s.split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(name, _)| name))
            .collect()
    }

    #[test]
    fn catalogue_entries_are_complete_in_both_languages() {
        assert!(CATALOGUE.len() > 10);
        for (key, e) in CATALOGUE.iter() {
            assert!(!e.fr.trim().is_empty() && !e.en.trim().is_empty(), "{key}");
            let fr = placeholders(&e.fr);
            assert_eq!(fr, placeholders(&e.en), "{key}: placeholders differ");
            for one in [&e.fr_one, &e.en_one].into_iter().flatten() {
                assert_eq!(placeholders(one), fr, "{key}: singular placeholders differ");
            }
            assert_eq!(
                e.fr_one.is_some(),
                e.en_one.is_some(),
                "{key}: singular in one language only"
            );
        }
    }

    #[test]
    fn every_key_used_exists() {
        // Every `"group.name"` literal given to text/fill/count_of in the sources names an entry.
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut missing = Vec::new();
        let mut stack = vec![src];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("src").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let code = std::fs::read_to_string(&path).unwrap_or_default();
                for call in [
                    "text(lang, \"",
                    "fill(lang, \"",
                    "count_of(lang, \"",
                    "i18n::text(self.lang, \"",
                ] {
                    for part in code.split(call).skip(1) {
                        let key = part.split('"').next().unwrap_or("");
                        if !CATALOGUE.contains_key(key) {
                            missing.push(format!("{}: {key}", path.display()));
                        }
                    }
                }
            }
        }
        assert!(missing.is_empty(), "{missing:?}");
    }

    #[test]
    fn fill_picks_the_singular_by_language() {
        assert_eq!(
            count_of(Lang::Fr, "verdict.errors", 0),
            "0 erreur à corriger"
        );
        assert_eq!(
            count_of(Lang::Fr, "verdict.errors", 2),
            "2 erreurs à corriger"
        );
        assert_eq!(count_of(Lang::En, "verdict.errors", 0), "0 errors to fix");
        assert_eq!(count_of(Lang::En, "verdict.errors", 1), "1 error to fix");
        assert_eq!(text(Lang::Fr, "report.help"), "aide :");
    }

    #[test]
    fn plurals() {
        assert_eq!(
            count(Lang::Fr, 0, ("erreur", "erreurs"), ("error", "errors")),
            "0 erreur"
        );
        assert_eq!(
            count(Lang::Fr, 2, ("erreur", "erreurs"), ("error", "errors")),
            "2 erreurs"
        );
        assert_eq!(
            count(Lang::En, 0, ("erreur", "erreurs"), ("error", "errors")),
            "0 errors"
        );
    }
}
