//! LANG001: an obligation or ban voided by a hedge (« dans la mesure du possible »).

use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::lexicon::{Marker, Tag};
use crate::model::{Force, Modality, SectionRole};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// Une obligation ou une interdiction est vidée de sa force par une échappatoire : « dans la mesure du
    /// possible », « si possible », « autant que faire se peut », « idéalement », « si les moyens le permettent ».
    /// « Dans la mesure où » (qui veut dire « puisque ») n'en est pas une.
    ///
    /// La règle relève aussi une simple recommandation (« il est recommandé de », « il est vivement déconseillé
    /// de ») sur un sujet qui appelle une règle ferme : données personnelles hors des outils grand public,
    /// minimisation, données sensibles, décision automatisée, formation, information du public, contrôle humain,
    /// vérification des contenus, documents non publics (`duty = true` dans `data/lexicon/topics.toml`). Un conseil
    /// sur la façon de formuler une requête (« si possible, précisez le contexte ») n'est pas une règle.
    ///
    /// ## Pourquoi
    /// Une obligation que chacun peut écarter en jugeant qu'elle n'était « pas possible » n'oblige personne. En cas
    /// d'incident, la collectivité ne pourra pas se prévaloir de la règle.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Charte IA
    /// ## Vérification
    /// Les agents doivent, dans la mesure du possible, relire les contenus produits par l'IA.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Charte IA
    /// ## Vérification
    /// Les agents doivent relire les contenus produits par l'IA avant toute diffusion.
    /// ```
    ///
    /// ## Base légale
    /// Bonne pratique de rédaction normative, qui répond à deux exigences distinctes. D'une part, une règle doit
    /// être claire et intelligible (principe de clarté et d'intelligibilité de la norme) : une obligation que
    /// chacun peut écarter n'en est pas une. D'autre part, une règle interne n'est opposable aux agents que si elle
    /// a été publiée ou portée à leur connaissance (CRPA, art. L221-1 et suivants, sur l'entrée en vigueur et la
    /// publication des actes) ; cette condition ne dit rien de la clarté du texte.
    ///
    /// ## Références
    /// - Légifrance, Guide de légistique, « Rédaction des textes »
    pub struct HedgedObligation {
        code: "LANG001",
        name: "hedged-obligation",
        family: Lang,
        severity: Warning,
        topics: [],
        legal_basis: "Bonne pratique ; principe de clarté et d'intelligibilité de la norme",
        summary_fr: "une obligation ou une interdiction est vidée par une échappatoire",
        summary_en: "an obligation or ban is voided by a hedge",
        docs_en: "
## What it checks
An obligation or ban is voided by a hedge: \"dans la mesure du possible\", \"si possible\", \"autant que faire se
peut\", \"idéalement\". \"Dans la mesure où\" (meaning \"since\") is not one. It also flags a mere
recommendation (\"il est recommandé de\", \"il est vivement déconseillé de\") on a topic that calls for a firm rule
(`duty = true` in `data/lexicon/topics.toml`: personal data kept out of consumer tools, minimisation, sensitive data,
automated decisions, training, informing the public, human oversight, checking outputs, non-public documents). A tip
on how to word a request is no rule.

## Why
A duty anyone may set aside by deeming it \"not possible\" binds nobody.

## Legal basis
Good drafting practice, answering two separate requirements: a rule must be clear and intelligible (principle of
clarity and intelligibility of rules), and an internal rule binds staff only once published or made known to them
(CRPA art. L221-1 ff., on the entry into force and publication of acts), which says nothing about its clarity.

## References
- Légifrance, Guide de légistique
",
    }
}

impl Rule for HedgedObligation {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for (ci, clause) in cx.charter.clauses.iter().enumerate() {
            let role = clause
                .section
                .map(|i| cx.charter.sections[i].role)
                .unwrap_or_default();
            for (si, s) in clause.sentences.iter().enumerate() {
                // In French rules the present tense binds (« l'agent relit ») just as « doit » does.
                // A force inherited from a heading or a lead-in (« Ce qui est permis ») says what the list is
                // about; a sentence without its own marker word still states a present-tense rule there, which a
                // hedge (« dans la mesure du possible, l'agent utilise… ») weakens.
                let binding = match (s.modality, s.force) {
                    (Some(m), Force::Own | Force::Imperative | Force::Declared) => m.is_binding(),
                    (Some(m), _) => m.is_binding() || role == SectionRole::Rules,
                    (None, _) => role == SectionRole::Rules,
                };
                // « Il est recommandé de… », « il est vivement déconseillé de… » in the sentence's own words: advice,
                // which weakens the charter where its topic calls for a firm rule.
                let advising =
                    s.modality == Some(Modality::Recommandation) && s.force == Force::Own;
                // A hedged tip on how to write a request (« si possible, joignez un exemple ») weakens no rule.
                if !(binding || advising)
                    || crate::analyze::kind::is_prompt_advice(cx.analysis.sentence_norm((ci, si)))
                {
                    continue;
                }
                let hits = cx.analysis.sentence_hits((ci, si));
                let not_hedges: Vec<_> = hits
                    .iter()
                    .filter(|h| h.tag == Tag::Marker(Marker::NotHedge))
                    .collect();
                // A hedge inside a longer fixed phrase that is not one (« uniquement si nécessaire ») does not count.
                // Without a modal word, only hedges about what is possible void the present-tense rule: « sa base
                // légale est, en règle générale, … » describes, it does not escape.
                let norm = &cx.analysis.clauses[ci].norm.text;
                let hedge = hits.iter().filter(|_| binding).find(|h| {
                    let words = &norm[h.start..h.end];
                    h.tag == Tag::Marker(Marker::Hedge)
                        && !not_hedges.iter().any(|n| {
                            n.start <= h.start
                                && h.end <= n.end
                                && n.end - n.start > h.end - h.start
                        })
                        && (s.modality.is_some()
                            || words.contains("possib")
                            || words.contains("faire se peut")
                            || words.contains("faisable"))
                });
                let advice = || {
                    let on_duty = s
                        .topics
                        .iter()
                        .chain(&s.mentions)
                        .any(|t| cx.lexicon.calls_for_duty(*t));
                    (advising && on_duty)
                        .then(|| {
                            // Advice on an act (« recommandé de vérifier », « déconseillé d'utiliser »), not a
                            // tool « recommandé pour rédiger » nor members « invités à une session ».
                            hits.iter().find(|h| {
                                let after = norm[h.end..].trim_start();
                                h.tag == Tag::Marker(Marker::Recommendation)
                                    && (after.starts_with("de ") || after.starts_with("d'"))
                            })
                        })
                        .flatten()
                };
                // (what weakens the rule, message, help)
                let weakened = hedge
                    .map(|h| {
                        (
                            h,
                            cx.t("obligation affaiblie par", "obligation weakened by"),
                            cx.t(
                                "supprimez l'échappatoire, ou dites précisément dans quels cas la règle ne s'applique pas (« sauf urgence dûment justifiée »)",
                                "remove the hedge, or state exactly when the rule does not apply",
                            ),
                        )
                    })
                    .or_else(|| {
                        advice().map(|h| {
                            (
                                h,
                                cx.t("simple conseil là où le sujet appelle une règle ferme :", "mere advice where the topic calls for a firm rule:"),
                                cx.t(
                                    "écrivez la règle : « doit » pour une obligation, « il est interdit de » pour une interdiction ; ce sujet relève du droit (RGPD, règlement sur l'IA) ou de son moyen direct",
                                    "state the rule: « doit » for a duty, « il est interdit de » for a ban; this topic is a legal duty or its direct means",
                                ),
                            )
                        })
                    });
                if let Some((h, message, help)) = weakened {
                    let span = cx.analysis.span_of(cx.charter, ci, h.start, h.end);
                    out.push(
                        cx.finding(
                            Self::meta_static(),
                            span,
                            format!("{message} « {} »", cx.text(span)),
                        )
                        .with_label(
                            clause.source_span(s.start, s.end),
                            cx.t("règle concernée", "rule concerned"),
                        )
                        .with_help(help),
                    );
                }
            }
        }
    }
}
