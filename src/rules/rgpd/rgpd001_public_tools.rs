//! RGPD001: nothing forbids putting personal data into consumer / public AI tools.

use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::model::Topic;
use crate::rules::coverage::place;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// Aucune clause n'interdit de saisir des données personnelles dans un outil d'IA grand public (ChatGPT,
    /// Gemini, comptes gratuits ou personnels…) ni ne réserve leur traitement aux outils validés par la
    /// collectivité. L'analyse cherche une phrase contraignante (interdiction, obligation, restriction « seuls… »)
    /// qui nomme à la fois des données personnelles et un outil d'IA.
    ///
    /// ## Pourquoi
    /// C'est le risque le plus courant : des agents collent un courrier d'usager, un dossier social ou un tableau
    /// RH dans un assistant grand public, dont l'éditeur peut conserver et réutiliser les contenus hors de l'Union.
    /// L'AMF rappelle de ne jamais déposer un fichier communal contenant des données personnelles dans ChatGPT.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Charte IA
    /// ## Article 2 – Usages
    /// Les agents peuvent utiliser des assistants d'IA pour rédiger des brouillons.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Charte IA
    /// ## Article 2 – Usages
    /// Les agents peuvent utiliser des assistants d'IA pour rédiger des brouillons.
    /// Il est interdit de saisir des données personnelles dans un outil d'IA générative grand public.
    /// ```
    ///
    /// ## Base légale
    /// Règlement (UE) 2016/679 (RGPD), art. 5 § 1 f) (intégrité et confidentialité), art. 28 (sous-traitants) et
    /// art. 32 (sécurité) ; CNIL, questions-réponses sur l'IA générative (18 juillet 2024).
    ///
    /// ## Références
    /// - CNIL, « Les questions-réponses de la CNIL sur l'utilisation d'un système d'IA générative », 18 juillet 2024
    /// - Maires de France, forum IA du 107e congrès, 19 novembre 2025
    pub struct PublicToolsPersonalData {
        code: "RGPD001",
        name: "public-tools-personal-data",
        family: Rgpd,
        severity: Error,
        topics: [GdprPublicTools],
        legal_basis: "RGPD, art. 5 § 1 f), art. 28 et art. 32 ; CNIL, Q&R IA générative (18 juillet 2024)",
        summary_fr: "rien n'interdit de saisir des données personnelles dans un outil d'IA grand public",
        summary_en: "nothing forbids putting personal data into consumer AI tools",
        docs_en: "
## What it checks
No clause forbids entering personal data into a consumer AI tool (ChatGPT, Gemini, free or personal accounts…) nor
restricts such data to tools the authority approved. The analysis looks for a binding sentence (ban, duty,
\"only…\" restriction) naming both personal data and an AI tool.

## Why
The most common risk: staff paste a resident's letter or an HR table into a consumer assistant whose publisher may
keep and reuse it outside the EU.

## Legal basis
GDPR (Regulation (EU) 2016/679) art. 5(1)(f), art. 28 and art. 32; CNIL Q&A on generative AI (18 July 2024).

## References
- CNIL, Q&A on using a generative AI system, 18 July 2024
",
    }
}

impl Rule for PublicToolsPersonalData {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.analysis.covers(Topic::GdprPublicTools) {
            return;
        }
        let hints = [
            "donnees".to_owned(),
            "protection des donnees".to_owned(),
            "rgpd".to_owned(),
            "usages".to_owned(),
            "regles".to_owned(),
        ];
        out.push(
            cx.finding(
                Self::meta_static(),
                place(cx, &hints),
                cx.t(
                    "rien n'interdit de saisir des données personnelles dans un outil d'IA grand public",
                    "nothing forbids putting personal data into consumer AI tools",
                ),
            )
            .with_help(cx.t(
                "ajoutez une interdiction explicite, par exemple : « Il est interdit de saisir des données personnelles dans un outil d'IA générative grand public ; seuls les outils validés par la collectivité peuvent en traiter. »",
                "add an explicit ban, e.g. \"Il est interdit de saisir des données personnelles dans un outil d'IA générative grand public.\"",
            )),
        );
    }
}
