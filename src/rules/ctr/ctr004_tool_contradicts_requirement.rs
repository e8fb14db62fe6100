//! CTR004: a tool the charter authorises contradicts a requirement it states, according to the dated, sourced tool
//! knowledge base `data/tools.toml`.

use super::norm_span;
use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::model::{Modality, Span, Topic};
use crate::rules::{Context, Rule};
use serde::Deserialize;
use std::sync::LazyLock;

const TOOLS_TOML: &str = include_str!("../../../data/tools.toml");

/// One source behind a fact.
#[derive(Debug, Clone, Deserialize)]
pub struct Source {
    /// Which fact (`entrainement`, `juridiction`, `hebergement`).
    pub fait: String,
    /// Where it was read.
    pub url: String,
    /// When it was read (ISO date).
    pub consulte_le: String,
    /// What the source says, in French.
    #[serde(default)]
    pub note: String,
}

/// A tool (one offer) of the knowledge base.
#[derive(Debug, Clone, Deserialize)]
pub struct Tool {
    /// Stable id.
    pub id: String,
    /// Name shown to users.
    pub nom: String,
    /// Concept of `objects.toml`.
    pub concept: String,
    /// Publisher.
    pub editeur: String,
    /// Country of the publisher's seat.
    pub juridiction: Option<String>,
    /// Publisher seated in the EU.
    pub ue: Option<bool>,
    /// `par-defaut` or `non`; absent when unknown.
    pub entrainement: Option<String>,
    /// `ue` or `hors-ue`; absent when unknown.
    pub hebergement: Option<String>,
    /// Sources, one per fact at least.
    pub sources: Vec<Source>,
}

/// The knowledge base.
#[derive(Debug, Clone, Deserialize)]
pub struct KnowledgeBase {
    /// Date of the base.
    pub date_base: String,
    /// Tools.
    pub outil: Vec<Tool>,
}

/// The embedded knowledge base.
pub fn knowledge_base() -> &'static KnowledgeBase {
    static KB: LazyLock<KnowledgeBase> =
        LazyLock::new(|| toml::from_str(TOOLS_TOML).expect("data/tools.toml is valid (tested)"));
    &KB
}

declare_rule! {
    /// ## Ce que vérifie la règle
    /// La charte autorise un outil précis (ChatGPT, Claude, Le Chat, DeepL…) et pose par ailleurs une exigence que
    /// cet outil ne remplit pas selon la base de connaissances de charte (`data/tools.toml`) : interdiction
    /// d'entraîner des modèles sur les données alors que l'offre grand public de l'outil le fait par défaut ;
    /// exigence de protection contre les lois extraterritoriales alors que l'éditeur relève d'un droit hors Union
    /// européenne ; hébergement dans l'Union alors que l'outil traite les données ailleurs. Chaque fait de la base
    /// porte sa source et sa date ; un fait inconnu ne produit aucun signalement.
    ///
    /// ## Pourquoi
    /// Autoriser nommément un outil revient à dire qu'il respecte la charte. Si ses conditions d'utilisation
    /// disent le contraire, les agents appliquent de bonne foi une autorisation qui viole l'exigence.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Charte IA
    /// ## Article 2 – Données
    /// Aucune donnée de la commune ne doit servir à entraîner un modèle d'IA.
    /// ## Article 4 – Outils
    /// Les agents peuvent utiliser Le Chat de Mistral pour reformuler des textes.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Charte IA
    /// ## Article 2 – Données
    /// Aucune donnée de la commune ne doit servir à entraîner un modèle d'IA.
    /// ## Article 4 – Outils
    /// Les agents peuvent utiliser ChatGPT Enterprise pour reformuler des textes.
    /// ```
    ///
    /// ## Base légale
    /// RGPD, art. 5 § 1 b) (limitation des finalités) et art. 28 ; CNIL, questions-réponses sur l'IA générative
    /// (18 juillet 2024 : désactiver la réutilisation des données par l'éditeur) ; SecNumCloud 3.2, § 19.6.
    ///
    /// ## Références
    /// - Base de connaissances : `data/tools.toml` (sources et dates par fait)
    pub struct ToolContradictsRequirement {
        code: "CTR004",
        name: "tool-contradicts-requirement",
        family: Ctr,
        severity: Warning,
        topics: [SovereigntyNoTraining, SovereigntyExtraterritoriality, SovereigntyHosting],
        legal_basis: "RGPD, art. 5 § 1 b) et art. 28 ; CNIL, Q&R IA générative (18 juillet 2024) ; SecNumCloud 3.2, § 19.6",
        summary_fr: "un outil autorisé par la charte contredit une exigence de la charte (selon une base de connaissances datée)",
        summary_en: "a tool the charter authorises contradicts one of its requirements (per a dated knowledge base)",
        docs_en: "
## What it checks
The charter authorises a named tool and states a requirement that, according to charte's dated and sourced
knowledge base (`data/tools.toml`), the tool does not meet: no training on the authority's data while the consumer
tier trains by default; immunity from extraterritorial laws while the publisher is outside the EU; EU hosting while
the tool processes data elsewhere. Unknown facts produce nothing.

## Why
Naming a tool as allowed says it complies; if its terms say otherwise, staff apply the permission in good faith.

## Legal basis
GDPR art. 5(1)(b) and art. 28; CNIL Q&A on generative AI (18 July 2024); SecNumCloud 3.2 §19.6.

## References
- Knowledge base: `data/tools.toml` (source and date per fact)
",
    }
}

/// A requirement of the charter that a tool may break.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Requirement {
    NoTraining,
    Extraterritoriality,
    EuHosting,
}

impl Rule for ToolContradictsRequirement {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let kb = knowledge_base();
        let binding = |topic: Topic| -> Option<Span> {
            cx.analysis
                .coverage
                .get(&topic)?
                .iter()
                .find_map(|&(c, s)| {
                    let clause = &cx.charter.clauses[c];
                    let sentence = &clause.sentences[s];
                    sentence
                        .modality
                        .is_some_and(crate::model::Modality::is_binding)
                        .then(|| clause.source_span(sentence.start, sentence.end))
                })
        };
        let requirements: Vec<(Requirement, Span)> = [
            (Requirement::NoTraining, Topic::SovereigntyNoTraining),
            (
                Requirement::Extraterritoriality,
                Topic::SovereigntyExtraterritoriality,
            ),
            (Requirement::EuHosting, Topic::SovereigntyHosting),
        ]
        .iter()
        .filter_map(|(r, t)| binding(*t).map(|s| (*r, s)))
        .collect();
        if requirements.is_empty() {
            return;
        }
        let mut reported: Vec<(&str, u8)> = Vec::new();
        // A condition unrelated to the requirement (« sans donnée nominative ») leaves the tool's defaults in place;
        // a permission that itself deals with training (« après désactivation de l'entraînement ») is left alone.
        let about_training = |n: &&crate::analyze::norms::Norm| {
            let (c, s) = n.at;
            cx.charter.clauses[c].sentences[s]
                .topics
                .contains(&Topic::SovereigntyNoTraining)
        };
        for norm in cx
            .analysis
            .norms
            .iter()
            .filter(|n| n.modality == Some(Modality::Permission) && !about_training(n))
        {
            for m in &norm.tools {
                let id = &cx.lexicon.concepts[m.concept as usize].id;
                let Some(tool) = kb.outil.iter().find(|t| &t.concept == id) else {
                    continue;
                };
                for (req, req_span) in &requirements {
                    let (breaks, fact_fr, fact_en, fact) = match req {
                        Requirement::NoTraining => (
                            tool.entrainement.as_deref() == Some("par-defaut"),
                            "utilise par défaut les saisies pour entraîner ses modèles",
                            "uses inputs to train its models by default",
                            "entrainement",
                        ),
                        Requirement::Extraterritoriality => (
                            tool.ue == Some(false),
                            "relève d'un éditeur soumis à un droit hors Union européenne",
                            "comes from a publisher subject to non-EU law",
                            "juridiction",
                        ),
                        Requirement::EuHosting => (
                            tool.hebergement.as_deref() == Some("hors-ue"),
                            "traite les données hors de l'Union européenne",
                            "processes data outside the EU",
                            "hebergement",
                        ),
                    };
                    let key = (tool.id.as_str(), *req as u8);
                    if !breaks || reported.contains(&key) {
                        continue;
                    }
                    reported.push(key);
                    let source = tool.sources.iter().find(|s| s.fait == fact);
                    let dated = source.map_or(kb.date_base.as_str(), |s| s.consulte_le.as_str());
                    let message = format!(
                        "{} {} {} ({} {dated})",
                        tool.nom,
                        cx.t(fact_fr, fact_en),
                        cx.t(
                            "alors que la charte l'exclut",
                            "while the charter excludes it"
                        ),
                        cx.t(
                            "selon la base de connaissances au",
                            "according to the knowledge base as of"
                        ),
                    );
                    let mut help = cx
                        .t(
                            "réservez l'autorisation à une offre qui respecte l'exigence (offre professionnelle sans entraînement, outil hébergé dans l'Union), ou précisez les réglages obligatoires (désactiver l'entraînement)",
                            "restrict the permission to an offer that meets the requirement, or state the mandatory settings",
                        )
                        .to_owned();
                    if let Some(s) = source {
                        help.push_str(&format!(
                            "\n{} : {} ({})",
                            cx.t("source", "source"),
                            s.url,
                            s.note
                        ));
                    }
                    out.push(
                        cx.finding(Self::meta_static(), norm_span(cx, norm), message)
                            .with_primary_label(cx.t("outil autorisé", "authorised tool"))
                            .with_label(
                                *req_span,
                                cx.t("exigence de la charte", "the charter's requirement"),
                            )
                            .with_help(help),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fact_has_a_source_and_a_date() {
        let kb = knowledge_base();
        assert!(crate::grammar::CivilDate::parse_iso(&kb.date_base).is_some());
        for t in &kb.outil {
            assert!(
                crate::lexicon::Lexicon::global()
                    .concept(&t.concept)
                    .is_some(),
                "{}: unknown concept {}",
                t.id,
                t.concept
            );
            let facts = [
                ("entrainement", t.entrainement.is_some()),
                ("juridiction", t.juridiction.is_some()),
                ("hebergement", t.hebergement.is_some()),
            ];
            for (fact, stated) in facts {
                if stated {
                    let s = t
                        .sources
                        .iter()
                        .find(|s| s.fait == fact)
                        .unwrap_or_else(|| panic!("{}: {fact} has no source", t.id));
                    assert!(
                        s.url.starts_with("https://"),
                        "{}: {fact} source is not a URL",
                        t.id
                    );
                    assert!(
                        crate::grammar::CivilDate::parse_iso(&s.consulte_le).is_some(),
                        "{}: {fact} has no date",
                        t.id
                    );
                }
            }
        }
    }
}
