//! ENV002: environmental clauses exist but none can be measured.

use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::model::Topic;
use crate::rules::{Context, Rule};

const ENV_TOPICS: [Topic; 3] = [
    Topic::EnvironmentSobriety,
    Topic::EnvironmentMeasurement,
    Topic::EnvironmentProcurement,
];

declare_rule! {
    /// ## Ce que vérifie la règle
    /// La charte parle d'impact environnemental (sobriété, frugalité, usage raisonné…) mais aucune clause ne fixe
    /// d'indicateur, de cible chiffrée, de mesure ou d'obligation de rendre compte.
    ///
    /// ## Pourquoi
    /// « Usage raisonné » ou « IA frugale » ne se vérifient pas. Les études sur les villes françaises constatent que
    /// l'impact environnemental de l'IA reste rarement mesuré ; les chiffres des fournisseurs varient d'un facteur 13
    /// selon la méthode. Sans indicateur ni bilan, l'engagement ne peut être ni suivi ni tenu.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Charte IA
    /// ## Environnement
    /// La collectivité s'engage à un usage sobre et raisonné de l'IA.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Charte IA
    /// ## Environnement
    /// La collectivité s'engage à un usage sobre et raisonné de l'IA.
    /// Elle publie chaque année un bilan de la consommation énergétique et des émissions de CO2 de ses usages d'IA, mesurées selon la méthode de l'AFNOR Spec 2314.
    /// ```
    ///
    /// ## Base légale
    /// Loi n° 2021-1485 du 15 novembre 2021 (REEN), art. 35 : stratégie numérique responsable avec indicateurs pour les
    /// communes et EPCI de plus de 50 000 habitants ; AFNOR Spec 2314 (juin 2024) ; RGESN 2024.
    ///
    /// ## Références
    /// - AFNOR Spec 2314 « IA frugale » (juin 2024)
    /// - LATTS, projet SOCIAPARIS (2025) : <https://latts.fr/en/research-projects/sociaparis/>
    pub struct UnmeasurableEnvironmentalCommitment {
        code: "ENV002",
        name: "unmeasurable-environmental-commitment",
        family: Env,
        severity: Warning,
        topics: [EnvironmentMeasurement],
        legal_basis: "Loi n° 2021-1485 (REEN), art. 35 ; AFNOR Spec 2314 ; RGESN 2024",
        summary_fr: "des engagements environnementaux existent mais aucun n'est mesurable",
        summary_en: "environmental commitments exist but none is measurable",
        docs_en: "
## What it checks
The charter speaks of environmental impact (sobriety, frugal AI…) but no clause sets an indicator, a numeric
target, a measurement or a reporting duty.

## Why
\"Reasoned use\" cannot be checked. Studies of French cities find AI's footprint is rarely measured, and vendor
figures vary 13-fold with the method. Without an indicator or report the commitment cannot be followed.

## Legal basis
Loi n° 2021-1485 (REEN) art. 35 (responsible-digital strategy with indicators above 50,000 inhabitants);
AFNOR Spec 2314 (June 2024); RGESN 2024.

## References
- AFNOR Spec 2314 \"Frugal AI\" (June 2024)
- LATTS, SOCIAPARIS project (2025): <https://latts.fr/en/research-projects/sociaparis/>
",
    }
}

impl Rule for UnmeasurableEnvironmentalCommitment {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.analysis.covers(Topic::EnvironmentMeasurement) {
            return;
        }
        let mut first = None;
        for (ci, clause) in cx.charter.clauses.iter().enumerate() {
            for s in &clause.sentences {
                if s.topics.iter().any(|t| ENV_TOPICS.contains(t)) {
                    // A figure or a date next to the commitment makes it checkable.
                    let quantified = !s.durations.is_empty()
                        || !s.dates.is_empty()
                        || clause.text[s.start..s.end].contains('%');
                    if quantified {
                        return;
                    }
                    first.get_or_insert((ci, clause.source_span(s.start, s.end)));
                }
            }
        }
        if let Some((_, span)) = first {
            out.push(
                cx.finding(
                    Self::meta_static(),
                    span,
                    cx.t(
                        "les engagements environnementaux de la charte ne fixent aucun indicateur, aucune cible ni aucun bilan",
                        "the charter's environmental commitments set no indicator, target or report",
                    ),
                )
                .with_help(cx.t(
                    "ajoutez un indicateur suivi et publié, par exemple : « La collectivité publie chaque année la consommation d'énergie et les émissions de ses usages d'IA, mesurées selon l'AFNOR Spec 2314. »",
                    "add a tracked, published indicator, e.g. yearly energy use and emissions of AI uses measured with AFNOR Spec 2314",
                )),
            );
        }
    }
}
