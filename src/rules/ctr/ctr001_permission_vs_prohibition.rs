//! CTR001: one clause permits what another forbids.

use super::conflict_findings;
use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::model::Modality;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// Une clause autorise ce qu'une autre interdit : les mêmes personnes (ou une partie d'entre elles), la même
    /// action, sur les mêmes données ou outils (ou une partie d'entre eux). La comparaison tient compte des
    /// inclusions : ChatGPT est un outil d'IA générative grand public ; les données de santé sont des données
    /// personnelles. Elle tient compte aussi des exceptions (« interdit, sauf sur l'outil interne validé ») et des
    /// conditions (« si aucune donnée personnelle n'est saisie ») : une autorisation qui tombe dans l'exception, ou
    /// qui est soumise à condition, n'est pas signalée. Une interdiction plus étroite que l'autorisation (autorisé en
    /// général, interdit pour les données personnelles) est une exception normale, pas une contradiction.
    ///
    /// Le constat vise l'autorisation, la clause à reprendre le plus souvent, et signale l'interdiction en second.
    /// Quand plusieurs clauses contredisent la même interdiction, un seul constat les regroupe : il vise
    /// l'interdiction, signale dix autorisations au plus et compte les autres, pour que la liste reste lisible
    /// quelle que soit la longueur de la charte.
    ///
    /// ## Pourquoi
    /// Quand deux clauses se contredisent, l'agent choisit celle qui l'arrange et aucune ne peut lui être opposée.
    /// C'est le défaut typique des chartes rédigées à plusieurs mains.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Charte IA
    /// ## Article 2 – Interdictions
    /// Il est interdit d'utiliser un outil d'IA générative grand public.
    /// ## Article 5 – Usages
    /// Les agents peuvent utiliser ChatGPT pour rédiger des courriers.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Charte IA
    /// ## Article 2 – Interdictions
    /// Il est interdit d'utiliser un outil d'IA générative grand public, sauf ChatGPT pour des textes sans donnée personnelle.
    /// ## Article 5 – Usages
    /// Les agents peuvent utiliser ChatGPT pour rédiger des courriers.
    /// ```
    ///
    /// ## Base légale
    /// Principe de clarté et d'intelligibilité de la norme ; une règle interne contradictoire n'est pas opposable
    /// (CRPA, art. L221-1 et suivants).
    ///
    /// ## Références
    /// - Andow et al., « PolicyLint », USENIX Security 2019 (contradictions par ontologies et inclusion)
    pub struct PermissionVsProhibition {
        code: "CTR001",
        name: "permission-vs-prohibition",
        family: Ctr,
        severity: Error,
        topics: [],
        legal_basis: "Principe de clarté et d'intelligibilité de la norme ; CRPA, art. L221-1 et suivants",
        summary_fr: "une clause autorise ce qu'une autre interdit",
        summary_en: "one clause permits what another forbids",
        docs_en: "
## What it checks
One clause permits what another forbids: the same people (or some of them), the same action, on the same data or
tools (or part of them), with subsumption (ChatGPT is a consumer generative AI tool; health data is personal data),
exceptions (\"forbidden, except on the approved internal tool\") and conditions taken into account. A ban narrower
than the permission is a normal exception, not a contradiction.

The finding points at the permission (the clause usually edited) and labels the ban. When several clauses
contradict one ban, one finding groups them: it points at the ban, labels at most ten of them and counts the rest.

## Why
With two contradicting clauses, staff pick the one that suits them and neither can be enforced.

## Legal basis
Clarity and intelligibility of rules; CRPA art. L221-1 ff.

## References
- Andow et al., PolicyLint, USENIX Security 2019
",
    }
}

impl Rule for PermissionVsProhibition {
    fn meta(&self) -> &'static crate::rules::RuleMeta {
        Self::meta_static()
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        conflict_findings(
            cx,
            Self::meta_static(),
            Modality::Permission,
            (
                "une clause autorise ce qu'une autre interdit",
                "one clause permits what another forbids",
            ),
            out,
        );
    }
}
