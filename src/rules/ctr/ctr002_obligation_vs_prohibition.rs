//! CTR002: one clause requires what another forbids.

use super::conflict_findings;
use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::model::Modality;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// Une clause impose ce qu'une autre interdit : l'obligation porte sur les mêmes personnes, la même action et
    /// les mêmes données ou outils (ou une partie d'entre eux) que l'interdiction, inclusions comprises (« l'outil
    /// interne » est un outil d'IA ; les données de santé sont des données personnelles), sans exception ni
    /// condition qui les concilie.
    ///
    /// ## Pourquoi
    /// L'agent qui respecte l'obligation enfreint l'interdiction : la charte le met en faute quoi qu'il fasse.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Charte IA
    /// ## Article 3 – Données
    /// Les agents doivent utiliser l'assistant Ondine pour tout document contenant des données personnelles.
    /// ## Article 6 – Interdictions
    /// Il est interdit de traiter des données personnelles avec un outil d'IA générative, quel qu'il soit.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Charte IA
    /// ## Article 3 – Données
    /// Les agents doivent utiliser l'assistant Ondine pour tout document contenant des données personnelles.
    /// ## Article 6 – Interdictions
    /// Il est interdit de traiter des données personnelles avec un outil d'IA générative, à l'exception de l'assistant Ondine.
    /// ```
    ///
    /// ## Base légale
    /// Principe de clarté et d'intelligibilité de la norme ; une règle interne contradictoire n'est pas opposable
    /// (CRPA, art. L221-1 et suivants).
    ///
    /// ## Références
    /// - Andow et al., « PolicyLint », USENIX Security 2019
    pub struct ObligationVsProhibition {
        code: "CTR002",
        name: "obligation-vs-prohibition",
        family: Ctr,
        severity: Error,
        topics: [],
        legal_basis: "Principe de clarté et d'intelligibilité de la norme ; CRPA, art. L221-1 et suivants",
        summary_fr: "une clause impose ce qu'une autre interdit",
        summary_en: "one clause requires what another forbids",
        docs_en: "
## What it checks
One clause requires what another forbids: the duty covers the same people, action and data or tools (or part of
them) as the ban, with subsumption, and no exception or condition reconciles them.

## Why
Staff who obey the duty break the ban: the charter puts them at fault whatever they do.

## Legal basis
Clarity and intelligibility of rules; CRPA art. L221-1 ff.

## References
- Andow et al., PolicyLint, USENIX Security 2019
",
    }
}

impl Rule for ObligationVsProhibition {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        conflict_findings(
            cx,
            Self::meta_static(),
            Modality::Obligation,
            (
                "une clause impose ce qu'une autre interdit",
                "one clause requires what another forbids",
            ),
            out,
        );
    }
}
