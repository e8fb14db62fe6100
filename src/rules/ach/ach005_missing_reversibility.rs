//! ACH005: no export formats, exit plan or reversibility commitment.

use super::{OfferView, Verdict};
use crate::declare_rule;
use crate::diagnostics::{Finding, Severity};
use crate::procurement::requirements::Status;
use crate::procurement::vocab::Aspect;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// L'offre doit permettre à l'acheteur de récupérer ses données : export dans des formats ouverts et
    /// documentés, restitution en fin de contrat, plan de réversibilité. « Interopérable » ou « sans engagement de
    /// durée » ne disent pas comment les données sortent de l'outil.
    ///
    /// ## Pourquoi
    /// Sans réversibilité, changer de prestataire coûte la perte des conversations, des modèles de requêtes et des
    /// paramétrages : c'est l'enfermement que le CCAG-TIC (art. 42) et le référentiel général d'interopérabilité
    /// cherchent à éviter.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Offre technique
    /// ## Intégration
    /// La solution est interopérable avec vos outils du quotidien et proposée sans engagement de durée.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Offre technique
    /// ## Réversibilité
    /// L'administrateur peut exporter à tout moment l'ensemble des conversations et des paramétrages aux formats CSV et JSON ; en fin de contrat, un export complet est remis sans frais.
    /// ```
    ///
    /// ## Base légale
    /// CCAG-TIC 2021, art. 42 (réversibilité) ; référentiel général d'interopérabilité v2.0 (arrêté du 20 avril
    /// 2016) ; RGPD, art. 28, § 3, g) (restitution des données en fin de prestation).
    ///
    /// ## Références
    /// - CCAG-TIC, arrêté du 30 mars 2021 modifié
    /// - Clauses contractuelles types de l'UE pour l'achat d'IA (MCC-AI), section D
    pub struct MissingReversibility {
        code: "ACH005",
        name: "missing-reversibility",
        family: Ach,
        severity: Warning,
        topics: [SovereigntyReversibility],
        legal_basis: "CCAG-TIC 2021, art. 42 ; RGI v2.0 (arrêté du 20 avril 2016) ; RGPD, art. 28, § 3, g)",
        summary_fr: "ni formats d'export, ni plan de sortie, ni engagement de réversibilité",
        summary_en: "no export formats, exit plan or reversibility commitment",
        docs_en: "
## What it checks
The offer must let the buyer get its data back: export in open, documented formats, handover at the end of the
contract, a reversibility plan. \"Interoperable\" or \"no minimum term\" do not say how data leaves the tool.

## Why
Without reversibility, changing vendor means losing conversations, prompt templates and settings.

## Legal basis
CCAG-TIC 2021 art. 42; RGI v2.0; GDPR art. 28(3)(g).

## References
- CCAG-TIC (arrêté of 30 March 2021, amended)
",
    }
}

impl Rule for MissingReversibility {
    fn meta(&self) -> &'static crate::rules::RuleMeta {
        Self::meta_static()
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        super::push(cx, out, verdict);
    }
}

/// The ACH005 verdict on an offer.
pub fn verdict(v: &OfferView<'_>) -> Verdict {
    let meta = MissingReversibility::meta_static();
    let f = v.facts;
    if let Some(e) = f.committed_exports().next() {
        return Verdict::met(meta.code, Some(e.span));
    }
    let (primary, message) = if let Some(e) = f.export.first() {
        (
            e.span,
            v.t(
                "l'offre ne s'engage sur aucun export des données ni sur la réversibilité",
                "the offer commits to no data export or reversibility",
            )
            .to_owned(),
        )
    } else if let Some(m) = f.marketing_for(Aspect::Reversibility) {
        (
            m.span,
            format!(
                "{} (« {} » {})",
                v.t(
                    "l'offre ne prévoit ni export des données ni réversibilité",
                    "the offer provides no data export or reversibility"
                ),
                m.phrase,
                v.t("n'en tient pas lieu", "is no substitute")
            ),
        )
    } else {
        (
            v.place(Aspect::Reversibility),
            v.t(
                "l'offre ne prévoit ni export des données ni réversibilité",
                "the offer provides no data export or reversibility",
            )
            .to_owned(),
        )
    };
    let finding = v.finding(
        meta,
        Severity::Warning,
        primary,
        message,
        v.expected(meta.code),
    );
    Verdict {
        code: meta.code,
        status: Status::Unmet,
        evidence: None,
        finding: Some(finding),
    }
}
