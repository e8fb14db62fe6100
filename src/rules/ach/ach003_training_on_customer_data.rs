//! ACH003: the offer lets the vendor train models on the buyer's data (error), or says nothing about it (warning).

use super::{OfferView, Verdict};
use crate::declare_rule;
use crate::diagnostics::{Finding, Severity};
use crate::procurement::facts::Training;
use crate::procurement::requirements::Status;
use crate::procurement::vocab::Aspect;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// L'offre doit s'engager à ne pas réutiliser les requêtes, documents et réponses de l'acheteur pour entraîner
    /// ou améliorer des modèles. La règle signale une **erreur** quand l'offre l'autorise, y compris quand
    /// l'entraînement est actif par défaut et que l'acheteur doit le désactiver lui-même (« opt-out »), et un
    /// **avertissement** quand l'offre n'en dit rien. « Vos données vous appartiennent » ou « jamais revendues »
    /// ne répondent pas à la question : des données peuvent ne jamais être vendues et servir à l'entraînement.
    /// Un entraînement qui n'a lieu qu'avec l'accord exprès de l'acheteur (« opt-in ») ne déclenche pas la règle.
    ///
    /// ## Pourquoi
    /// Un sous-traitant ne traite les données que sur instruction du responsable de traitement (art. 28) et pour
    /// les finalités convenues (art. 5). Un modèle entraîné sur des courriers d'habitants peut restituer des
    /// fragments de ces données à d'autres clients. La CNIL recommande de désactiver la réutilisation des données
    /// par le fournisseur.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Offre technique
    /// ## Utilisation des données
    /// Afin d'améliorer le service, les requêtes des agents peuvent être utilisées pour entraîner nos modèles.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Offre technique
    /// ## Utilisation des données
    /// Nous nous engageons à ne jamais utiliser vos données, vos requêtes ni les réponses produites pour entraîner ou améliorer nos modèles.
    /// ```
    ///
    /// ## Base légale
    /// RGPD, art. 5, § 1, b) (limitation des finalités) et art. 28, § 3, a) (traitement sur instruction
    /// documentée) ; CNIL, questions-réponses sur l'usage d'un système d'IA générative (18 juillet 2024).
    ///
    /// ## Références
    /// - CNIL, « Les questions-réponses de la CNIL sur l'utilisation d'un système d'IA générative », 18 juillet 2024
    /// - Clauses contractuelles types de l'UE pour l'achat d'IA (MCC-AI), section D (droits sur les données)
    pub struct TrainingOnCustomerData {
        code: "ACH003",
        name: "training-on-customer-data",
        family: Ach,
        severity: Error,
        topics: [SovereigntyNoTraining],
        legal_basis: "RGPD, art. 5, § 1, b) et art. 28, § 3, a) ; CNIL, questions-réponses IA générative (18 juillet 2024)",
        summary_fr: "l'offre permet d'entraîner des modèles sur les données de l'acheteur (erreur) ou n'en dit rien (avertissement)",
        summary_en: "the offer allows training on the buyer's data (error) or is silent (warning)",
        docs_en: "
## What it checks
The offer must commit not to reuse the buyer's prompts, documents and outputs to train or improve models. Error
when the offer allows it, including opt-out schemes where training is on by default; warning when the offer is
silent. \"Your data belongs to you\" or \"never sold\" does not answer the question. Opt-in training (only with the
buyer's express consent) does not fire.

## Why
A processor acts only on the controller's instructions (GDPR art. 28) and for agreed purposes (art. 5); a model
trained on residents' letters may leak fragments to other customers.

## Legal basis
GDPR art. 5(1)(b) and art. 28(3)(a); CNIL Q&A on generative AI (18 July 2024).

## References
- CNIL, Q&A on using a generative AI system, 18 July 2024
",
    }
}

impl Rule for TrainingOnCustomerData {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        super::push(cx, out, verdict);
    }
}

/// The ACH003 verdict on an offer.
pub(crate) fn verdict(v: &OfferView<'_>) -> Verdict {
    let meta = TrainingOnCustomerData::meta_static();
    let t = &v.facts.training;
    let help_yes = v.t(
        "exigez un engagement contractuel de non-réutilisation des requêtes, documents et réponses pour l'entraînement ou l'amélioration des modèles, actif par défaut et sans option à désactiver",
        "require a contractual commitment not to reuse prompts, documents and outputs for training or improving models, on by default with nothing to switch off",
    );
    match t.status {
        Training::No | Training::OptIn => Verdict::met(meta.code, t.span),
        Training::OptOut | Training::Allowed => {
            let primary = t.span.unwrap_or(v.doc.title_span);
            let message = if t.status == Training::OptOut {
                v.t(
                    "l'offre utilise les données de l'acheteur pour entraîner ses modèles par défaut ; l'acheteur doit le désactiver lui-même",
                    "the offer trains models on the buyer's data by default; the buyer must switch it off",
                )
            } else {
                v.t(
                    "l'offre autorise l'entraînement des modèles sur les données de l'acheteur",
                    "the offer allows training models on the buyer's data",
                )
            };
            let mut finding = v
                .finding(
                    meta,
                    Severity::Error,
                    primary,
                    message.to_owned(),
                    help_yes.to_owned(),
                )
                .with_primary_label(v.t("entraînement sur les données", "training on the data"));
            if let Some(o) = t.option {
                if o != primary {
                    finding = finding
                        .with_label(o, v.t("option activée par défaut", "option on by default"));
                }
            }
            Verdict {
                code: meta.code,
                status: Status::Unmet,
                evidence: t.span,
                finding: Some(finding),
            }
        }
        Training::Silent => {
            let (primary, message) = match v.facts.marketing_for(Aspect::Training) {
                Some(m) => (
                    m.span,
                    format!(
                        "{} (« {} » {})",
                        v.t("l'offre ne dit pas si les données de l'acheteur servent à entraîner des modèles", "the offer does not say whether the buyer's data trains models"),
                        m.phrase,
                        v.t("ne l'exclut pas", "does not rule it out")
                    ),
                ),
                None => (
                    v.place(Aspect::Training),
                    v.t(
                        "l'offre ne dit pas si les données de l'acheteur servent à entraîner des modèles",
                        "the offer does not say whether the buyer's data trains models",
                    )
                    .to_owned(),
                ),
            };
            let finding = v.finding(
                meta,
                Severity::Warning,
                primary,
                message,
                help_yes.to_owned(),
            );
            Verdict {
                code: meta.code,
                status: Status::Unmet,
                evidence: None,
                finding: Some(finding),
            }
        }
    }
}
