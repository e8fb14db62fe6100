//! RGPD001: nothing forbids putting personal data into consumer / public AI tools.

use crate::analyze::norms::Mention;
use crate::declare_rule;
use crate::diagnostics::{Finding, Severity};
use crate::lexicon::Lexicon;
use crate::model::{Modality, Topic};
use crate::rules::coverage::place;
use crate::rules::{Context, Rule};
use serde::Deserialize;
use std::sync::LazyLock;

declare_rule! {
    /// ## Ce que vérifie la règle
    /// Aucune clause n'interdit de saisir des données personnelles dans un outil d'IA grand public (ChatGPT,
    /// Gemini, comptes gratuits ou personnels…) ni ne réserve leur traitement aux outils validés par la
    /// collectivité. L'analyse cherche une phrase contraignante (interdiction, obligation, restriction « seuls… »)
    /// qui nomme à la fois des données personnelles et un outil d'IA.
    ///
    /// La gravité suit l'enjeu. C'est une **erreur** quand la charte permet un outil grand public (« les agents
    /// peuvent utiliser ChatGPT ») ou ne dit rien des outils permis : rien n'arrête alors un agent qui colle un
    /// dossier dans un assistant gratuit. Ce n'est qu'un **avertissement** quand la charte ne permet que des
    /// outils internes, souverains ou validés (« seul l'assistant de la collectivité est autorisé »), qu'elle
    /// interdit déjà les données personnelles sans nommer d'outil (« Ne saisissez jamais de données
    /// personnelles ») ou qu'elle interdit les outils grand public eux-mêmes : le manque est alors une précision
    /// à écrire, pas une porte ouverte. Les familles d'outils de chaque cas sont des données relues
    /// (`data/lexicon/tool_stance.toml`).
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

The severity follows the stakes: an **error** when the charter permits a consumer tool or says nothing about which
tools may be used; only a **warning** when it permits internal, sovereign or approved tools only, already bans
personal data without naming a tool (\"never enter personal data\") or bans consumer tools themselves. The tool families of each case are reviewed
data (`data/lexicon/tool_stance.toml`).

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
        let mut finding = cx
            .finding(
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
            ));
        if stance(cx) == Stance::Guarded {
            finding.severity = Severity::Warning;
        }
        out.push(finding);
    }
}

/// `data/lexicon/tool_stance.toml`: which tool families make RGPD001 an error or a warning.
#[derive(Deserialize)]
struct ToolStance {
    consumer: Vec<String>,
    controlled: Vec<String>,
}

static TOOL_STANCE: LazyLock<ToolStance> = LazyLock::new(|| {
    toml::from_str(include_str!("../../../data/lexicon/tool_stance.toml"))
        .expect("data/lexicon/tool_stance.toml is valid (checked by a unit test)")
});

/// What the charter says about tools, as far as RGPD001's severity goes.
#[derive(Debug, PartialEq, Eq)]
enum Stance {
    /// A consumer tool is permitted, or nothing says which tools may be used: the risk is whole.
    Open,
    /// Only controlled tools are permitted, or personal data are banned whatever the tool.
    Guarded,
}

/// True when a mention is a kind of one of the concepts named in `ids`.
fn kind_of(lx: &Lexicon, ids: &[String], m: &Mention) -> bool {
    ids.iter()
        .filter_map(|id| lx.concept(id))
        .any(|c| lx.is_a(m.concept, c))
}

fn stance(cx: &Context<'_>) -> Stance {
    let lx = cx.lexicon;
    let data = &*TOOL_STANCE;
    let permits = |n: &&crate::analyze::norms::Norm| n.modality == Some(Modality::Permission);
    let consumer_permitted = cx.analysis.norms.iter().filter(permits).any(|n| {
        n.tools.iter().any(|t| kind_of(lx, &data.consumer, t))
            && !n.exceptions.iter().any(|t| kind_of(lx, &data.consumer, t))
    });
    if consumer_permitted {
        return Stance::Open;
    }
    // « Seul l'assistant de la collectivité est autorisé », « utilisez Albert » : the tools are chosen.
    let controlled_chosen = cx.analysis.covers(Topic::SovereigntyApprovedTools)
        || cx.analysis.norms.iter().any(|n| {
            matches!(
                n.modality,
                Some(Modality::Permission | Modality::Obligation)
            ) && n.tools.iter().any(|t| kind_of(lx, &data.controlled, t))
        });
    // « Ne saisissez jamais de données personnelles » : banned in every tool, even unnamed.
    let personal = lx.concept("data.personal");
    let personal_banned = cx.analysis.norms.iter().any(|n| {
        n.modality == Some(Modality::Interdiction)
            && n.data
                .iter()
                .any(|d| personal.is_some_and(|p| lx.is_a(d.concept, p)))
    });
    // « L'usage d'outils d'IA grand public est interdit » : no consumer tool is left to put data into.
    let consumer_banned = cx.analysis.norms.iter().any(|n| {
        n.modality == Some(Modality::Interdiction)
            && !n.conditional
            && n.tools.iter().any(|t| kind_of(lx, &data.consumer, t))
    });
    if controlled_chosen || personal_banned || consumer_banned {
        Stance::Guarded
    } else {
        Stance::Open
    }
}

#[cfg(test)]
mod tests {
    use super::TOOL_STANCE;
    use crate::lexicon::Lexicon;

    #[test]
    fn every_tool_family_of_the_stance_file_is_a_concept() {
        let lx = Lexicon::global();
        for id in TOOL_STANCE.consumer.iter().chain(&TOOL_STANCE.controlled) {
            assert!(
                lx.concept(id).is_some(),
                "{id} is no concept of objects.toml"
            );
        }
    }
}
