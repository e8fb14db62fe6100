//! STR006: two sections or clauses share an explicit id.

use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::model::Span;
use crate::rules::{Context, Rule};
use std::collections::HashMap;

declare_rule! {
    /// ## Ce que vérifie la règle
    /// Deux sections ou deux clauses portent le même identifiant explicite (`{#id}` après un titre, `id=` dans une
    /// annotation, `id:` en YAML).
    ///
    /// ## Pourquoi
    /// Les identifiants servent à citer une clause de façon stable (dans un marché, une note de service, un
    /// signalement). Un identifiant en double rend la citation ambiguë.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Charte IA
    /// ## Données {#donnees}
    /// Les agents ne saisissent aucune donnée personnelle dans un outil grand public.
    /// ## Données sensibles {#donnees}
    /// Les données de santé ne sont traitées que sur l'outil interne.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Charte IA
    /// ## Données {#donnees}
    /// Les agents ne saisissent aucune donnée personnelle dans un outil grand public.
    /// ## Données sensibles {#donnees-sensibles}
    /// Les données de santé ne sont traitées que sur l'outil interne.
    /// ```
    ///
    /// ## Base légale
    /// Aucune : règle de rédaction.
    ///
    /// ## Références
    /// - Format des chartes de charte : `docs/formats.md`
    pub struct DuplicateId {
        code: "STR006",
        name: "duplicate-id",
        family: Str,
        severity: Error,
        topics: [],
        legal_basis: "Aucune (règle de rédaction)",
        summary_fr: "deux sections ou clauses portent le même identifiant",
        summary_en: "two sections or clauses share an explicit id",
        docs_en: "
## What it checks
Two sections or clauses carry the same explicit id (`{#id}`, `id=` annotation, YAML `id:`).

## Why
Ids let contracts and notes cite a clause stably; a duplicate makes the citation ambiguous.

## Legal basis
None: a drafting rule.

## References
- charte's format: `docs/formats.md`
",
    }
}

impl Rule for DuplicateId {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let c = cx.charter;
        let ids = c
            .sections
            .iter()
            .filter_map(|s| s.id.as_deref().map(|id| (id, s.span)))
            .chain(
                c.clauses
                    .iter()
                    .filter_map(|cl| cl.id.as_deref().map(|id| (id, cl.span()))),
            );
        let mut ids: Vec<(&str, Span)> = ids.collect();
        ids.sort_by_key(|(_, s)| *s);
        let mut first: HashMap<&str, Span> = HashMap::new();
        for (id, span) in ids {
            if let Some(prev) = first.get(id) {
                out.push(
                    cx.finding(
                        Self::meta_static(),
                        span,
                        format!(
                            "{} « {id} » {}",
                            cx.t("l'identifiant", "the id"),
                            cx.t("est déjà utilisé", "is already used")
                        ),
                    )
                    .with_primary_label(cx.t("second usage", "second use"))
                    .with_label(*prev, cx.t("premier usage", "first use"))
                    .with_help(cx.t(
                        "donnez à chaque section et clause un identifiant unique",
                        "give each section and clause a unique id",
                    )),
                );
            } else {
                first.insert(id, span);
            }
        }
    }
}
