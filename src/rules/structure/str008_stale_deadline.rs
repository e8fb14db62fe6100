//! STR008: a deadline in a clause that already lies in the past when the charter is adopted (or today).

use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::grammar::{CivilDate, DateKind};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// Une échéance écrite dans une clause (« d'ici fin 2024 », « avant le 1er mars 2025 », « au plus tard le
    /// 30 juin 2025 ») est antérieure à la date d'adoption de la charte, ou, si la charte n'a pas de date
    /// d'adoption, antérieure à la date du jour (option `--as-of`).
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
            for s in &clause.sentences {
                for d in &s.dates {
                    let deadline = matches!(d.value.kind, DateKind::ByEndOf | DateKind::Before);
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
