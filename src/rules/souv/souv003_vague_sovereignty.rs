//! SOUV003: a tool or solution called « souverain » with no verifiable criterion anywhere in the charter.

use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::lexicon::{Marker, Tag};
use crate::rules::coverage::any_hit;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// Une clause qualifie un outil, une IA ou une solution de « souverain(e) » alors que la charte ne donne nulle
    /// part de critère vérifiable : lieu d'hébergement, droit applicable et immunité aux lois extraterritoriales,
    /// qualification SecNumCloud, licence libre.
    ///
    /// ## Pourquoi
    /// « Souverain » est devenu un argument commercial ; sans critère, un service hébergé en France par une société
    /// soumise au CLOUD Act peut s'en réclamer. La circulaire de 2026 sur les achats numériques de l'État juge la
    /// souveraineté sur l'immunité aux lois extraterritoriales, la substituabilité et la maîtrise stratégique.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Charte IA
    /// ## Outils
    /// La collectivité privilégie des solutions d'IA souveraines.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Charte IA
    /// ## Outils
    /// La collectivité privilégie des solutions d'IA souveraines : hébergées dans l'Union européenne par un prestataire qualifié SecNumCloud 3.2.
    /// ```
    ///
    /// ## Base légale
    /// Référentiel SecNumCloud 3.2 de l'ANSSI (mars 2022), § 19.6 ; loi n° 2024-449 (SREN), art. 31 (services de
    /// l'État) ; circulaire du Premier ministre sur les achats numériques (février 2026) [référence de publication
    /// incertaine].
    ///
    /// ## Références
    /// - Banque des Territoires, « L'IA souveraine, une aspiration des élus qui reste à concrétiser », novembre 2025
    pub struct VagueSovereigntyClaim {
        code: "SOUV003",
        name: "vague-sovereignty-claim",
        family: Souv,
        severity: Warning,
        topics: [SovereigntyHosting, SovereigntyExtraterritoriality],
        legal_basis: "SecNumCloud 3.2 (ANSSI, mars 2022), § 19.6 ; loi n° 2024-449 (SREN), art. 31",
        summary_fr: "« souverain » sans aucun critère vérifiable dans la charte",
        summary_en: "\"sovereign\" with no verifiable criterion anywhere in the charter",
        docs_en: "
## What it checks
A clause calls a tool or solution \"souverain(e)\" while the charter gives no verifiable criterion anywhere: hosting
place, applicable law and immunity from extraterritorial laws, SecNumCloud qualification, free licence.

## Why
\"Sovereign\" has become a sales word; without criteria a service hosted in France by a company subject to the
CLOUD Act can claim it.

## Legal basis
ANSSI SecNumCloud 3.2 (March 2022) §19.6; loi n° 2024-449 (SREN) art. 31 (State services).

## References
- Banque des Territoires, November 2025
",
    }
}

impl Rule for VagueSovereigntyClaim {
    fn meta(&self) -> &'static crate::rules::RuleMeta {
        Self::meta_static()
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let criterion = any_hit(cx, |t| t == Tag::Marker(Marker::SovereigntyCriterion));
        let covered = [
            crate::model::Topic::SovereigntyHosting,
            crate::model::Topic::SovereigntyExtraterritoriality,
            crate::model::Topic::SovereigntyOpenSource,
        ]
        .iter()
        .any(|t| cx.analysis.covers(*t));
        if criterion || covered {
            return;
        }
        for (ci, info) in cx.analysis.clauses.iter().enumerate() {
            for h in &info.hits {
                let word = &info.norm.text[h.start..h.end];
                // The adjective qualifies a tool; the noun « souveraineté » names a value.
                if h.tag == Tag::Marker(Marker::SovereigntyClaim)
                    && word.starts_with("souverain")
                    && !word.starts_with("souverainete")
                {
                    let span = cx.analysis.span_of(cx.charter, ci, h.start, h.end);
                    out.push(
                        cx.finding(
                            Self::meta_static(),
                            span,
                            cx.t(
                                "« souverain » n'est appuyé sur aucun critère vérifiable dans la charte",
                                "\"sovereign\" rests on no verifiable criterion in the charter",
                            ),
                        )
                        .with_help(cx.t(
                            "précisez ce que « souverain » exige : hébergement dans l'Union européenne, prestataire non soumis à des lois extraterritoriales (qualification SecNumCloud 3.2), licence libre ou réversibilité",
                            "state what \"sovereign\" requires: EU hosting, a provider immune to extraterritorial laws (SecNumCloud 3.2), free licence or reversibility",
                        )),
                    );
                    return;
                }
            }
        }
    }
}
