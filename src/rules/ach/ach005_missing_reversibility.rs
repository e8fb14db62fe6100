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
    /// cherchent à éviter. Pour un service en ligne (cloud, IaaS, PaaS ou SaaS), le Data Act fixe en outre des
    /// règles de changement de fournisseur qui s'appliquent même si le contrat ne les reprend pas : l'offre doit
    /// dire comment elle les met en œuvre.
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
    /// Règlement (UE) 2023/2854 sur les données (Data Act), chapitre VI (art. 23 à 31) : changement de fournisseur
    /// de services cloud et export des données, {{since:souv.data-act-switching}} ; frais de changement interdits à
    /// compter du {{date:souv.data-act-switching-charges}} (art. 29). CCAG-TIC 2021, art. 42 (réversibilité), s'il
    /// est visé par le marché ; référentiel général d'interopérabilité v2.0 (arrêté du 20 avril 2016) ; RGPD,
    /// art. 28, § 3, g) (restitution des données en fin de prestation).
    ///
    /// ## Références
    /// - Règlement (UE) 2023/2854 (Data Act) : <{{src:souv.data-act-switching}}>
    /// - Frais de changement de fournisseur : <{{src:souv.data-act-switching-charges}}>
    /// - CCAG-TIC, arrêté du 30 mars 2021 modifié
    /// - Clauses contractuelles types de l'UE pour l'achat d'IA (MCC-AI), section D
    pub struct MissingReversibility {
        code: "ACH005",
        name: "missing-reversibility",
        family: Ach,
        severity: Warning,
        topics: [SovereigntyReversibility],
        legal_basis: "Règlement (UE) 2023/2854 (Data Act), chapitre VI ; CCAG-TIC 2021, art. 42 ; RGI v2.0 (arrêté du 20 avril 2016) ; RGPD, art. 28, § 3, g)",
        summary_fr: "ni formats d'export, ni plan de sortie, ni engagement de réversibilité",
        summary_en: "no export formats, exit plan or reversibility commitment",
        docs_en: "
## What it checks
The offer must let the buyer get its data back: export in open, documented formats, handover at the end of the
contract, a reversibility plan. \"Interoperable\" or \"no minimum term\" do not say how data leaves the tool.

## Why
Without reversibility, changing vendor means losing conversations, prompt templates and settings. For an online
service (cloud, IaaS, PaaS or SaaS), the Data Act also sets switching rules that apply even when the contract is
silent: the offer must say how it implements them.

## Legal basis
Regulation (EU) 2023/2854 (Data Act), chapter VI (arts. 23–31): switching cloud provider and exporting data,
{{since:souv.data-act-switching}}; switching charges banned from {{date:souv.data-act-switching-charges}} (art. 29).
CCAG-TIC 2021 art. 42, when the contract refers to it; RGI v2.0; GDPR art. 28(3)(g).

## References
- Regulation (EU) 2023/2854 (Data Act): <{{src:souv.data-act-switching}}>
- Switching charges: <{{src:souv.data-act-switching-charges}}>
- CCAG-TIC (arrêté of 30 March 2021, amended)
",
    }
}

impl Rule for MissingReversibility {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        super::push(cx, out, verdict);
    }
}

/// The ACH005 verdict on an offer.
pub(crate) fn verdict(v: &OfferView<'_>) -> Verdict {
    let meta = MissingReversibility::meta_static();
    let f = v.facts;
    if let Some(e) = f.substantive_exports().next() {
        return Verdict::met(meta.code, Some(e.span));
    }
    let (primary, message) = if let Some(e) = f.committed_exports().next() {
        (
            e.span,
            v.t(
                "l'offre annonce un export sans en donner le format ni joindre de plan de réversibilité",
                "the offer announces an export without naming its format or attaching a reversibility plan",
            )
            .to_owned(),
        )
    } else if let Some(e) = f.export.first() {
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
    // The binding switching law: the Data Act applies to cloud services whatever the contract says.
    let data_act = format!(
        "{} ({} {} ; {} {})",
        v.t(
            "le Data Act (règlement (UE) 2023/2854, chapitre VI) oblige tout fournisseur de services cloud à permettre le changement de fournisseur et l'export des données",
            "the Data Act (Regulation (EU) 2023/2854, chapter VI) requires every cloud provider to allow switching provider and exporting data",
        ),
        v.t("changement de fournisseur :", "switching:"),
        v.law.since("souv.data-act-switching", v.lang, Some(v.as_of)),
        v.t("interdiction des frais de changement :", "ban on switching charges:"),
        v.law.since("souv.data-act-switching-charges", v.lang, Some(v.as_of)),
    );
    let finding = v.finding(
        meta,
        Severity::Warning,
        primary,
        message,
        format!("{}\n{data_act}", v.expected(meta.code)),
    );
    Verdict {
        code: meta.code,
        status: Status::Unmet,
        evidence: None,
        finding: Some(finding),
    }
}
