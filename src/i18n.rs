//! The two languages of user-facing text. French is the default; `--lang en` (or `LANG=en*`) switches.

/// Language of messages, docs and summaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, serde::Deserialize)]
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

/// `2 erreurs`, `1 avertissement`, `0 remarque`: French and English plurals for counts.
pub fn count(lang: Lang, n: usize, fr: (&str, &str), en: (&str, &str)) -> String {
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
pub fn date(lang: Lang, d: crate::grammar::CivilDate) -> String {
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
        Lang::Fr if d.day == 1 => format!("1er {} {}", FR[m], d.year),
        Lang::Fr => format!("{} {} {}", d.day, FR[m], d.year),
        Lang::En => format!("{} {} {}", d.day, EN[m], d.year),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
