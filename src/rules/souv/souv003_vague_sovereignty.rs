//! SOUV003: a tool or solution called « souverain » with no verifiable criterion anywhere in the charter.

use crate::analyze::contains_word;
use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::lexicon::{Marker, Tag};
use crate::rules::coverage::any_hit;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// Une clause qualifie un outil, une IA ou une solution de « souverain(e) » alors que la charte ne donne nulle
    /// part de critère vérifiable : lieu d'hébergement, droit applicable et immunité aux lois extraterritoriales,
    /// qualification SecNumCloud, licence libre. Une mention « EUCS » ne compte pas comme critère : le schéma
    /// européen de certification des services cloud n'est pas adopté, et une version ultérieure du projet a
    /// abandonné les exigences d'immunité aux lois extraterritoriales ; l'aide le rappelle quand la charte le cite.
    ///
    /// ## Pourquoi
    /// « Souverain » est devenu un argument commercial ; sans critère, un service hébergé en France par une société
    /// soumise au CLOUD Act peut s'en réclamer. La circulaire sur les achats numériques de l'État (signée le
    /// {{date:souv.circulaire-achats-2026}}) juge la souveraineté sur l'immunité aux lois extraterritoriales, la
    /// substituabilité et la maîtrise des technologies clés.
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
    /// l'État) ; circulaire sur les achats numériques de l'État, signée le {{date:souv.circulaire-achats-2026}} et
    /// publiée le 13 février 2026 (numéro non trouvé ; sans pondération ni obligation formelle, et pour les seuls
    /// services de l'État). Schéma EUCS : {{fact:souv.eucs}}.
    ///
    /// ## Références
    /// - Banque des Territoires, « L'IA souveraine, une aspiration des élus qui reste à concrétiser », novembre 2025
    /// - Circulaire de février 2026 sur les achats numériques de l'État : <{{src:souv.circulaire-achats-2026}}>
    /// - Suivi du projet EUCS : <{{src:souv.eucs}}>
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
place, applicable law and immunity from extraterritorial laws, SecNumCloud qualification, free licence. An \"EUCS\"
claim does not count: the EU cloud certification scheme is not adopted and a later draft dropped its immunity
requirements; the help says so when the charter cites it.

## Why
\"Sovereign\" has become a sales word; without criteria a service hosted in France by a company subject to the
CLOUD Act can claim it. The State's digital-purchasing circular (signed {{date:souv.circulaire-achats-2026}}) judges
sovereignty on immunity from extraterritorial laws, substitutability and mastery of key technologies.

## Legal basis
ANSSI SecNumCloud 3.2 (March 2022) §19.6; loi n° 2024-449 (SREN) art. 31 (State services); the State's
digital-purchasing circular signed {{date:souv.circulaire-achats-2026}}, published 13 February 2026 (number not found;
no weighting or formal duty; State services only). EUCS: {{fact:souv.eucs}}.

## References
- Banque des Territoires, November 2025
- The February 2026 circular on State digital purchasing: <{{src:souv.circulaire-achats-2026}}>
- EUCS tracking: <{{src:souv.eucs}}>
",
    }
}

impl Rule for VagueSovereigntyClaim {
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
                    let mut help = cx.t(
                        "précisez ce que « souverain » exige : hébergement dans l'Union européenne, prestataire non soumis à des lois extraterritoriales (qualification SecNumCloud 3.2), licence libre ou réversibilité",
                        "state what \"sovereign\" requires: EU hosting, a provider immune to extraterritorial laws (SecNumCloud 3.2), free licence or reversibility",
                    ).to_owned();
                    if cx
                        .analysis
                        .clauses
                        .iter()
                        .any(|c| contains_word(&c.norm.text, "eucs"))
                    {
                        // EUCS is named but proves nothing today (fact souv.eucs).
                        if let Some(f) = cx.law.get("souv.eucs") {
                            help.push_str(&format!(
                                "\nEUCS : {} ({})",
                                f.statement(cx.lang),
                                f.provenance(cx.lang)
                            ));
                        }
                    }
                    out.push(
                        cx.finding(
                            Self::meta_static(),
                            span,
                            cx.t(
                                "« souverain » n'est appuyé sur aucun critère vérifiable dans la charte",
                                "\"sovereign\" rests on no verifiable criterion in the charter",
                            ),
                        )
                        .with_help(help),
                    );
                    return;
                }
            }
        }
    }
}
