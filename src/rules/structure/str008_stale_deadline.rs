//! STR008: a deadline in a clause that already lies in the past when the charter is adopted (or today).

use crate::analyze::kind;
use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::grammar::{CivilDate, DateKind};
use crate::model::Modality;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// Une échéance écrite dans une clause (« d'ici fin 2024 », « avant le 1er mars 2025 », « au plus tard le
    /// 30 juin 2025 ») est antérieure à la date d'adoption de la charte, ou, si la charte n'a pas de date
    /// d'adoption, antérieure à la date du jour (option `--as-of`).
    ///
    /// Seules les promesses comptent. « avant le », « d'ici », « au plus tard », « jusqu'au » font une échéance à
    /// eux seuls ; une période sans préfixe (« au premier semestre 2026 », « fin 2025 ») ou un mois (« en janvier
    /// 2026 ») n'en est une que dans une phrase au futur (« sera déployé ») ou qui porte une obligation. Un fait
    /// passé (« le groupe de travail s'est réuni au premier semestre 2025 »), une citation, une mention de date
    /// ou une définition ne promettent rien et ne sont jamais signalés. Les mots du futur et des préfixes sont des
    /// données : `data/lexicon/genre.toml`.
    ///
    /// ## Pourquoi
    /// Une échéance déjà passée le jour de l'adoption vient d'un ancien projet recopié : l'engagement est
    /// impossible à tenir et affaiblit la crédibilité du texte.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// ---
    /// titre: "Charte IA"
    /// adoption: {date: 2025-06-01}
    /// ---
    /// # Charte IA
    /// ## Formation
    /// Tous les agents seront formés d'ici fin 2024.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// ---
    /// titre: "Charte IA"
    /// adoption: {date: 2025-06-01}
    /// ---
    /// # Charte IA
    /// ## Formation
    /// Tous les agents seront formés d'ici fin 2026.
    /// ```
    ///
    /// ## Base légale
    /// Aucune : cohérence du texte.
    ///
    /// ## Références
    /// - Option `--as-of` de `charte check` : `docs/cli.md`
    pub struct StaleDeadline {
        code: "STR008",
        name: "stale-deadline",
        family: Str,
        severity: Warning,
        topics: [],
        legal_basis: "Aucune (cohérence du texte)",
        summary_fr: "une échéance de la charte est antérieure à sa date d'adoption (ou à aujourd'hui)",
        summary_en: "a deadline in the charter lies before its adoption date (or today)",
        docs_en: "
## What it checks
A deadline written in a clause lies before the charter's adoption date, or before today (`--as-of`) when the
charter has no adoption date.

Only promises count. « avant le », « d'ici », « au plus tard », « jusqu'au » make a deadline on their own; a bare
period (« au premier semestre 2026 », « fin 2025 ») or a month (« en janvier 2026 ») is one only in a sentence in
the future tense (« sera déployé ») or carrying a duty. A past fact (« le groupe de travail s'est réuni au premier
semestre 2025 »), a quotation, a date stamp or a definition promises nothing and is never reported. The future
forms and the prefixes are data: `data/lexicon/genre.toml`.

## Why
A deadline already past on adoption day comes from an old draft: the commitment cannot be kept.

## Legal basis
None: consistency of the text.

## References
- `--as-of` option of `charte check`: `docs/cli.md`
",
    }
}

impl Rule for StaleDeadline {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let adopted = cx
            .charter
            .meta
            .adoption
            .as_ref()
            .and_then(|a| a.date.as_deref())
            .and_then(|d| CivilDate::parse_iso(d.trim()))
            // Without front matter, the adoption act written in the body (« adoptée … le 3 mars 2026 »).
            .or_else(|| cx.analysis.body_meta.adoption.as_ref().map(|a| a.date));
        let (reference, what) = match adopted {
            Some(d) => (d, cx.t("la date d'adoption", "the adoption date")),
            None => (cx.as_of, cx.t("la date du jour", "today's date")),
        };
        for clause in &cx.charter.clauses {
            // A past fact, a quotation, a date stamp or a definition promises nothing.
            for s in clause.sentences.iter().filter(|s| s.non_rule.is_none()) {
                let sentence = &clause.text[s.start..s.end];
                // A bare period (« au premier semestre 2026 », « fin 2025 ») is a deadline only in a promise: a
                // sentence in the future tense or carrying a duty. « avant le », « d'ici »… make one on their own.
                let promise = kind::is_future(sentence)
                    || matches!(
                        s.modality,
                        Some(Modality::Obligation | Modality::Interdiction)
                    );
                for d in &s.dates {
                    let deadline = match d.value.kind {
                        DateKind::ByEndOf | DateKind::Before => {
                            promise || kind::is_deadline_prefix(&clause.text[d.start..d.end])
                        }
                        // « sera déployé en mars 2026 »: past due once the whole month is over.
                        DateKind::Exact => {
                            kind::is_future(sentence)
                                && (d.value.date.year, d.value.date.month)
                                    < (reference.year, reference.month)
                        }
                        DateKind::From => false,
                    };
                    // Dates inside a legal reference (« loi du 6 janvier 1978 ») are not deadlines.
                    let in_ref = s
                        .legal_refs
                        .iter()
                        .any(|r| r.start <= d.start && d.end <= r.end);
                    if deadline && !in_ref && d.value.date < reference {
                        let span = clause.source_span(d.start, d.end);
                        out.push(
                            cx.finding(
                                Self::meta_static(),
                                span,
                                format!(
                                    "{} ({}) {} {what} ({})",
                                    cx.t("cette échéance est déjà passée", "this deadline has already passed"),
                                    crate::i18n::date(cx.lang, d.value.date),
                                    cx.t("par rapport à", "compared with"),
                                    crate::i18n::date(cx.lang, reference)
                                ),
                            )
                            .with_help(cx.t("fixez une nouvelle échéance réaliste ou supprimez l'engagement daté", "set a new, realistic deadline or remove the dated commitment")),
                        );
                    }
                }
            }
        }
    }
}
