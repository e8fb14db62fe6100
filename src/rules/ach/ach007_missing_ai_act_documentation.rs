//! ACH007: no AI Act conformity information (technical documentation, logs, transparency, risk class, CE marking).

use super::{OfferView, Verdict};
use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::procurement::vocab::Aspect;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// L'offre doit donner des éléments vérifiables de conformité au règlement européen sur l'IA : rôle du
    /// candidat, classe de risque de l'usage prévu, documentation technique et notice d'utilisation,
    /// journalisation, signalement des contenus générés, marquage CE et enregistrement dans la base de l'UE pour
    /// un système à haut risque. « Conforme à l'AI Act » sans autre précision n'en est pas un.
    ///
    /// ## Pourquoi
    /// La collectivité qui déploie un système d'IA a ses propres obligations (art. 26 : suivre la notice,
    /// conserver les journaux, informer les personnes ; art. 50 : transparence) ; elle ne peut les remplir qu'avec
    /// les informations que le fournisseur lui doit.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Offre technique
    /// ## Conformité
    /// Notre solution est conforme à l'AI Act.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Offre technique
    /// ## Conformité
    /// La documentation technique et la notice d'utilisation sont fournies à la signature ; chaque réponse est signalée comme produite par une IA dans l'interface.
    /// ```
    ///
    /// ## Base légale
    /// Règlement (UE) 2024/1689 sur l'intelligence artificielle, art. 11 à 17 (systèmes à haut risque), art. 26
    /// (obligations des déployeurs), art. 50 (transparence).
    ///
    /// ## Références
    /// - Clauses contractuelles types de l'UE pour l'achat d'IA (MCC-AI, versions « haut risque » et « light »), mise à jour du 5 mars 2025
    pub struct MissingAiActDocumentation {
        code: "ACH007",
        name: "missing-ai-act-documentation",
        family: Ach,
        severity: Warning,
        topics: [AiRiskAssessment, AiTransparency],
        legal_basis: "Règlement (UE) 2024/1689, art. 11 à 17, 26 et 50",
        summary_fr: "aucune information de conformité au règlement sur l'IA (documentation, journaux, transparence, marquage CE)",
        summary_en: "no AI Act conformity information (technical documentation, logs, transparency, CE marking where high-risk)",
        docs_en: "
## What it checks
The offer must give verifiable AI Act information: the vendor's role, the risk class of the intended use, technical
documentation and instructions for use, logging, labelling of generated content, CE marking and EU database
registration for high-risk systems. \"AI Act compliant\" alone is not such information.

## Why
The deploying authority has its own duties (art. 26, art. 50) and can only meet them with what the provider supplies.

## Legal basis
Regulation (EU) 2024/1689, art. 11–17, 26 and 50.

## References
- EU model contractual clauses for AI procurement (MCC-AI), updated 5 March 2025
",
    }
}

impl Rule for MissingAiActDocumentation {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        super::push(cx, out, verdict);
    }
}

/// The ACH007 verdict on an offer.
pub(crate) fn verdict(v: &OfferView<'_>) -> Verdict {
    let meta = MissingAiActDocumentation::meta_static();
    if let Some(s) = v.facts.ai_act.first().or(v.facts.ai_transparency.first()) {
        return Verdict::met(meta.code, Some(*s));
    }
    super::missing(
        v,
        meta,
        Aspect::AiAct,
        &super::MissingTexts {
            with_marketing: ("l'offre ne donne aucune information vérifiable de conformité au règlement sur l'IA", "the offer gives no verifiable AI Act information"),
            not_one: ("n'en est pas une", "is not one"),
            silent: ("l'offre ne donne aucune information de conformité au règlement sur l'IA", "the offer gives no AI Act conformity information"),
        },
    )
}
