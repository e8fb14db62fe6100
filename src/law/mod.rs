//! Legal facts as one dated, sourced dataset (`data/law/*.toml`).
//!
//! Each fact charte states about the law (an application date, a text and its replacement, a threshold, a pending
//! bill) is written once, with its source address and the date it was last checked. Rule docs and messages cite a
//! fact by id with a reference such as `{{date:ai-act.art5-new-bans}}`; [`Law::render`] resolves references, so one
//! edit of the data updates every message. Rules reach the facts through [`crate::rules::Context::law`].
//! The reference syntax and what counts as a hard-coded date are documented in `data/law/README.md`.

use crate::grammar::CivilDate;
use crate::i18n::Lang;
use serde::Deserialize;
use std::sync::LazyLock;

/// The embedded data files, by name (for messages).
pub(crate) const FILES: &[(&str, &str)] = &[
    ("ai-act.toml", include_str!("../../data/law/ai-act.toml")),
    ("rgpd.toml", include_str!("../../data/law/rgpd.toml")),
    (
        "souverainete.toml",
        include_str!("../../data/law/souverainete.toml"),
    ),
    (
        "environnement.toml",
        include_str!("../../data/law/environnement.toml"),
    ),
    (
        "administration.toml",
        include_str!("../../data/law/administration.toml"),
    ),
];

/// Where a legal text stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// In force and applicable.
    InForce,
    /// Adopted, not yet applicable.
    AdoptedNotYetApplicable,
    /// Being examined (a bill, a pending case).
    Pending,
    /// A proposal or a draft.
    Proposal,
    /// Replaced by another fact (`replaced_by`).
    Superseded,
}

impl Status {
    /// The status as written in the data (`in-force`).
    pub fn id(self) -> &'static str {
        match self {
            Status::InForce => "in-force",
            Status::AdoptedNotYetApplicable => "adopted-not-yet-applicable",
            Status::Pending => "pending",
            Status::Proposal => "proposal",
            Status::Superseded => "superseded",
        }
    }
    /// The status for people.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Status::InForce => lang.pick("en vigueur", "in force"),
            Status::AdoptedNotYetApplicable => lang.pick(
                "adopté, pas encore applicable",
                "adopted, not yet applicable",
            ),
            Status::Pending => lang.pick("en cours d'examen", "pending"),
            Status::Proposal => lang.pick("proposition ou projet", "proposal or draft"),
            Status::Superseded => lang.pick("remplacé", "superseded"),
        }
    }
    /// True for texts that may still change (pending or proposal): they go stale fastest.
    pub fn is_unsettled(self) -> bool {
        matches!(self, Status::Pending | Status::Proposal)
    }
}

/// One legal fact.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// Stable id (`ai-act.art5-new-bans`).
    pub id: String,
    /// Where the text stands.
    pub status: Status,
    /// Statement in French.
    pub fr: String,
    /// Statement in English.
    pub en: String,
    /// Main source (https).
    pub source: String,
    /// Other sources (https).
    #[serde(default)]
    pub more_sources: Vec<String>,
    /// True when only secondary sources were read.
    #[serde(default)]
    pub secondary: bool,
    /// When the source was last checked (ISO date).
    pub checked: String,
    /// Application, entry-into-force or event date (ISO).
    #[serde(default)]
    pub date: Option<String>,
    /// A threshold.
    #[serde(default)]
    pub value: Option<u64>,
    /// Unit of the threshold (`habitants`, `agents`, `euros`).
    #[serde(default)]
    pub unit: Option<String>,
    /// For a superseded fact: the fact that replaces it.
    #[serde(default)]
    pub replaced_by: Option<String>,
}

impl Fact {
    /// The statement in the given language.
    pub fn statement(&self, lang: Lang) -> &str {
        lang.pick(&self.fr, &self.en)
    }
    /// The fact's date, parsed.
    pub fn civil_date(&self) -> Option<CivilDate> {
        self.date.as_deref().and_then(CivilDate::parse_iso)
    }
    /// The last-check date, parsed.
    pub fn checked_date(&self) -> Option<CivilDate> {
        CivilDate::parse_iso(&self.checked)
    }
    /// True when the fact's date has come at `as_of` (facts without a date count as applicable).
    pub fn applies_at(&self, as_of: CivilDate) -> bool {
        self.civil_date().is_none_or(|d| d <= as_of)
    }
    /// « source : URL, vérifiée le 4 décembre 2026 » (with « sources secondaires » when so).
    pub fn provenance(&self, lang: Lang) -> String {
        let checked = self
            .checked_date()
            .map_or_else(|| self.checked.clone(), |d| crate::i18n::date(lang, d));
        let secondary = if self.secondary {
            lang.pick(" (sources secondaires)", " (secondary sources)")
        } else {
            ""
        };
        format!(
            "{} {}{secondary}, {} {checked}",
            lang.pick("source :", "source:"),
            self.source,
            lang.pick("vérifiée le", "checked on"),
        )
    }
}

/// A reference to a fact in a text: `{{kind:id}}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FactRef<'a> {
    /// `date`, `since`, `value`, `fact` or `src`.
    pub kind: &'a str,
    /// The fact id.
    pub id: &'a str,
    /// Byte range of the whole reference in the text.
    pub start: usize,
    /// End of that range.
    pub end: usize,
}

/// The kinds of reference a text may use.
#[cfg(test)]
pub(crate) const REF_KINDS: &[&str] = &["date", "since", "value", "fact", "src"];

/// Every `{{kind:id}}` reference of a text, in order.
pub(crate) fn references(text: &str) -> Vec<FactRef<'_>> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(open) = text[pos..].find("{{").map(|i| pos + i) {
        let Some(close) = text[open..].find("}}").map(|i| open + i) else {
            break;
        };
        let inner = &text[open + 2..close];
        if let Some((kind, id)) = inner.split_once(':') {
            out.push(FactRef {
                kind: kind.trim(),
                id: id.trim(),
                start: open,
                end: close + 2,
            });
        }
        pos = close + 2;
    }
    out
}

/// The whole dataset.
#[derive(Debug, Clone, Default)]
pub struct Law {
    facts: Vec<Fact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    fact: Vec<Fact>,
}

impl Law {
    /// Reads facts from `(file name, TOML text)` pairs.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Law, String> {
        let mut facts = Vec::new();
        for (name, text) in files {
            let f: File = toml::from_str(text).map_err(|e| format!("data/law/{name}: {e}"))?;
            facts.extend(f.fact);
        }
        Ok(Law { facts })
    }

    /// The dataset compiled into the program (`data/law/*.toml`), loaded once like the lexicon.
    pub fn embedded() -> &'static Law {
        static LAW: LazyLock<Law> =
            LazyLock::new(|| Law::from_files(FILES).expect("data/law/*.toml is valid (tested)"));
        &LAW
    }

    /// Every fact, in file order.
    pub fn facts(&self) -> &[Fact] {
        &self.facts
    }

    /// A fact by id.
    pub fn get(&self, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }

    /// A fact's date (`None` for an unknown id or a fact without date).
    pub fn date(&self, id: &str) -> Option<CivilDate> {
        self.get(id).and_then(Fact::civil_date)
    }

    /// A fact's threshold value.
    pub fn value(&self, id: &str) -> Option<u64> {
        self.get(id).and_then(|f| f.value)
    }

    /// Resolves every `{{kind:id}}` reference of `text`. With `as_of`, `{{since:id}}` says whether the fact applies
    /// at that date (messages); without, it gives the neutral form (docs, which must not depend on the day).
    pub fn render(&self, text: &str, lang: Lang, as_of: Option<CivilDate>) -> String {
        let refs = references(text);
        if refs.is_empty() {
            return text.to_owned();
        }
        let mut out = String::with_capacity(text.len() + 64);
        let mut last = 0;
        for r in refs {
            out.push_str(&text[last..r.start]);
            out.push_str(&self.render_ref(r, lang, as_of));
            last = r.end;
        }
        out.push_str(&text[last..]);
        out
    }

    fn render_ref(&self, r: FactRef<'_>, lang: Lang, as_of: Option<CivilDate>) -> String {
        let Some(fact) = self.get(r.id) else {
            return format!(
                "[{} {}]",
                lang.pick("fait inconnu :", "unknown fact:"),
                r.id
            );
        };
        let date = fact.civil_date().map(|d| crate::i18n::date(lang, d));
        match (r.kind, date) {
            ("date", Some(d)) => d,
            ("since", Some(d)) => since(lang, fact, &d, as_of),
            ("value", _) => fact
                .value
                .map(|v| group_thousands(v, lang))
                .unwrap_or_default(),
            ("src", _) => fact.source.clone(),
            _ => fact.statement(lang).to_owned(),
        }
    }

    /// « applicable depuis le … » / « bientôt applicable : à compter du … » for a fact, at `as_of` (see [`Law::render`]).
    pub fn since(&self, id: &str, lang: Lang, as_of: Option<CivilDate>) -> String {
        self.render_ref(
            FactRef {
                kind: "since",
                id,
                start: 0,
                end: 0,
            },
            lang,
            as_of,
        )
    }

    /// Every fact cited by `text`, once each, in order of first citation.
    pub fn cited<'s>(&'s self, text: &str) -> Vec<&'s Fact> {
        let mut out: Vec<&Fact> = Vec::new();
        for r in references(text) {
            if let Some(f) = self.get(r.id) {
                if !out.iter().any(|g| g.id == f.id) {
                    out.push(f);
                }
            }
        }
        out
    }
}

fn since(lang: Lang, fact: &Fact, date: &str, as_of: Option<CivilDate>) -> String {
    match (as_of, fact.civil_date()) {
        (Some(now), Some(d)) if d <= now => format!(
            "{} {date}",
            lang.pick("applicable depuis le", "applicable since")
        ),
        (Some(now), Some(d)) if days_between(now, d) <= 366 => format!(
            "{} {date}",
            lang.pick("bientôt applicable, à compter du", "soon applicable, from")
        ),
        _ => format!(
            "{} {date}",
            lang.pick("applicable à compter du", "applicable from")
        ),
    }
}

/// Days from `a` to `b` (approximate calendar arithmetic is enough to say "soon").
fn days_between(a: CivilDate, b: CivilDate) -> i64 {
    let n = |d: CivilDate| i64::from(d.year) * 372 + i64::from(d.month) * 31 + i64::from(d.day);
    n(b) - n(a)
}

/// `50000` → « 50 000 » / "50,000".
pub(crate) fn group_thousands(v: u64, lang: Lang) -> String {
    let digits = v.to_string();
    let sep = lang.pick(" ", ",");
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// The facts a `--stale` check reports: unsettled facts (pending, proposal) last checked more than `max_days`
/// before `today`.
pub(crate) fn stale_facts(law: &Law, today: CivilDate, max_days: i64) -> Vec<&Fact> {
    law.facts()
        .iter()
        .filter(|f| f.status.is_unsettled())
        .filter(|f| {
            f.checked_date()
                .is_none_or(|c| age_days(c, today) > max_days)
        })
        .collect()
}

/// Exact number of days from `from` to `to` (negative when `to` is earlier).
pub(crate) fn age_days(from: CivilDate, to: CivilDate) -> i64 {
    day_number(to) - day_number(from)
}

/// Days since 0000-03-01 (proleptic Gregorian), for exact differences.
fn day_number(d: CivilDate) -> i64 {
    let (y, m) = if d.month <= 2 {
        (i64::from(d.year) - 1, i64::from(d.month) + 9)
    } else {
        (i64::from(d.year), i64::from(d.month) - 3)
    };
    365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + i64::from(d.day) - 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> CivilDate {
        CivilDate::parse_iso(s).unwrap()
    }

    #[test]
    fn references_are_found_and_rendered() {
        let law = Law::embedded();
        let text = "interdites {{since:ai-act.art5-new-bans}} ; seuil {{value:env.reen-strategy}} habitants";
        assert_eq!(references(text).len(), 2);
        assert_eq!(
            law.render(text, Lang::Fr, Some(d("2026-12-01"))),
            "interdites bientôt applicable, à compter du 2 décembre 2026 ; seuil 50 000 habitants"
        );
        assert_eq!(
            law.render(text, Lang::Fr, Some(d("2026-12-02"))),
            "interdites applicable depuis le 2 décembre 2026 ; seuil 50 000 habitants"
        );
        assert_eq!(
            law.render("{{date:souv.sren-art31-1}}", Lang::En, None),
            "1 January 2028"
        );
        assert!(law
            .render("{{date:nope}}", Lang::Fr, None)
            .contains("fait inconnu"));
    }

    #[test]
    fn day_arithmetic() {
        assert_eq!(age_days(d("2026-08-06"), d("2026-12-04")), 120);
        assert_eq!(age_days(d("2024-02-28"), d("2024-03-01")), 2);
        assert_eq!(age_days(d("2026-12-04"), d("2026-12-03")), -1);
        assert_eq!(group_thousands(50_000_000, Lang::En), "50,000,000");
        assert_eq!(group_thousands(50, Lang::Fr), "50");
    }
}
