//! LANG003: a rule written in the conditional (« devrait »), so its force is unclear.

use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::lexicon::{Marker, Tag};
use crate::model::SectionRole;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// Une règle est écrite au conditionnel (« les agents devraient », « il serait souhaitable », « il
    /// conviendrait ») : on ne sait pas si elle oblige ou si elle conseille.
    ///
    /// ## Pourquoi
    /// Le conditionnel laisse chaque lecteur décider de la force de la règle. Une charte doit dire clairement ce
    /// qui est obligatoire (« doit »), interdit, ou seulement recommandé (« il est recommandé »).
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Charte IA
    /// ## Vérification
    /// Les agents devraient relire les contenus générés.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Charte IA
    /// ## Vérification
    /// Les agents relisent les contenus générés avant toute diffusion.
    /// ```
    ///
    /// ## Base légale
    /// Bonne pratique de rédaction normative (le présent de l'indicatif a valeur impérative).
    ///
    /// ## Références
    /// - Légifrance, Guide de légistique
    pub struct ConditionalModality {
        code: "LANG003",
        name: "conditional-modality",
        family: Lang,
        severity: Info,
        topics: [],
        legal_basis: "Bonne pratique de rédaction",
        summary_fr: "une règle au conditionnel dont la force est incertaine",
        summary_en: "a rule written in the conditional, so its force is unclear",
        docs_en: "
## What it checks
A rule is written in the conditional (\"les agents devraient\", \"il serait souhaitable\"): is it a duty or advice?

## Why
The conditional lets each reader decide the rule's force.

## Legal basis
Good drafting practice (the French present tense has imperative force).

## References
- Légifrance, Guide de légistique
",
    }
}

impl Rule for ConditionalModality {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for (ci, clause) in cx.charter.clauses.iter().enumerate() {
            let role = clause
                .section
                .map(|s| cx.charter.sections[s].role)
                .unwrap_or_default();
            if role != SectionRole::Rules {
                continue;
            }
            for (si, s) in clause.sentences.iter().enumerate() {
                if !s.conditional {
                    continue;
                }
                if let Some(h) = cx
                    .analysis
                    .sentence_hits((ci, si))
                    .iter()
                    .find(|h| h.tag == Tag::Marker(Marker::Conditional))
                {
                    let span = cx.analysis.span_of(cx.charter, ci, h.start, h.end);
                    out.push(
                        cx.finding(Self::meta_static(), span, format!("{} « {} »", cx.t("règle au conditionnel :", "rule in the conditional:"), cx.text(span)))
                            .with_help(cx.t("écrivez « doit » pour une obligation ou « il est recommandé de » pour un conseil", "write « doit » for a duty or « il est recommandé de » for advice")),
                    );
                }
            }
        }
    }
}
