//! ACH009: no retention period for prompts, outputs or logs.

use super::{OfferView, Verdict};
use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::procurement::facts::DataKind;
use crate::procurement::vocab::Aspect;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// L'offre doit dire combien de temps elle conserve les requêtes, les réponses et les journaux : une durée
    /// chiffrée (« supprimées 30 jours après leur création ») ou une suppression immédiate. « Le temps
    /// nécessaire » n'est pas une durée.
    ///
    /// ## Pourquoi
    /// Le RGPD interdit de conserver les données plus longtemps que nécessaire (art. 5, § 1, e)) ; l'acheteur doit
    /// fixer cette durée dans son registre et la vérifier dans le contrat. Pour un système à haut risque, le
    /// déployeur doit au contraire garder les journaux au moins six mois (AI Act, art. 26, § 6).
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Offre technique
    /// ## Conservation
    /// Les conversations sont conservées le temps nécessaire à la bonne exécution du service.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Offre technique
    /// ## Conservation
    /// Les conversations sont supprimées automatiquement 30 jours après leur création ; les journaux techniques sont conservés 6 mois.
    /// ```
    ///
    /// ## Base légale
    /// RGPD, art. 5, § 1, e) (limitation de la conservation) ; règlement (UE) 2024/1689, art. 26, § 6 (journaux
    /// des systèmes à haut risque).
    ///
    /// ## Références
    /// - CNIL, guide pratique « Les durées de conservation » (2020)
    pub struct MissingRetentionCommitment {
        code: "ACH009",
        name: "missing-retention-commitment",
        family: Ach,
        severity: Warning,
        topics: [GdprRetention],
        legal_basis: "RGPD, art. 5, § 1, e) ; règlement (UE) 2024/1689, art. 26, § 6",
        summary_fr: "aucune durée de conservation pour les requêtes, les réponses ou les journaux",
        summary_en: "no retention period for prompts, logs or outputs",
        docs_en: "
## What it checks
The offer must say how long it keeps prompts, outputs and logs: a figure (\"deleted 30 days after creation\") or
immediate deletion. \"As long as necessary\" is not a period.

## Why
GDPR art. 5(1)(e) forbids keeping data longer than necessary; for high-risk systems the deployer must keep logs at
least six months (AI Act art. 26(6)).

## Legal basis
GDPR art. 5(1)(e); Regulation (EU) 2024/1689 art. 26(6).

## References
- CNIL, practical guide on retention periods (2020)
",
    }
}

impl Rule for MissingRetentionCommitment {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        super::push(cx, out, verdict);
    }
}

/// The ACH009 verdict on an offer.
pub(crate) fn verdict(v: &OfferView<'_>) -> Verdict {
    let meta = MissingRetentionCommitment::meta_static();
    let kept = v
        .facts
        .retention
        .iter()
        .find(|r| matches!(r.kind, DataKind::Content | DataKind::Logs | DataKind::Other));
    if let Some(r) = kept {
        return Verdict::met(meta.code, Some(r.span));
    }
    super::missing(
        v,
        meta,
        Aspect::Retention,
        &super::MissingTexts {
            with_marketing: ("l'offre ne fixe aucune durée de conservation", "the offer sets no retention period"),
            not_one: ("n'est pas une durée", "is not a period"),
            silent: ("l'offre ne fixe aucune durée de conservation des requêtes, des réponses ou des journaux", "the offer sets no retention period for prompts, outputs or logs"),
        },
    )
}
