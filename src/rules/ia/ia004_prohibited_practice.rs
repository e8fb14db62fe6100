//! IA004: a clause permits or plans a practice banned by AI Act art. 5.

use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::lexicon::Tag;
use crate::model::Modality;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// Une clause autorise ou prévoit une pratique interdite par l'article 5 du règlement européen sur l'IA :
    /// notation sociale, reconnaissance des émotions des agents ou des élèves, moissonnage non ciblé d'images de
    /// visages, identification biométrique à distance en temps réel dans l'espace public, prédiction des
    /// infractions par profilage, manipulation subliminale. Une interdiction de ces pratiques (« la notation
    /// sociale est proscrite ») ne déclenche rien ; un comptage anonyme sans identification non plus. La liste est
    /// une donnée (`data/lexicon/practices.toml`).
    ///
    /// ## Pourquoi
    /// Ces pratiques sont interdites dans toute l'Union depuis le 2 février 2025 ; les amendes prévues pour elles
    /// sont les plus élevées du règlement. Une charte qui les autorise expose la collectivité et ses agents.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Charte IA
    /// ## Usages
    /// Le service des ressources humaines peut recourir à la reconnaissance des émotions des agents lors des entretiens.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Charte IA
    /// ## Usages
    /// La reconnaissance des émotions des agents est interdite.
    /// ```
    ///
    /// ## Base légale
    /// Règlement (UE) 2024/1689 (AI Act), art. 5 § 1 a) à h), applicable depuis le 2 février 2025 ; art. 99
    /// (sanctions).
    ///
    /// ## Références
    /// - Règlement (UE) 2024/1689, art. 5 : <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
    pub struct ProhibitedPracticePermitted {
        code: "IA004",
        name: "prohibited-practice-permitted",
        family: Ia,
        severity: Error,
        topics: [AiProhibitedUses],
        legal_basis: "Règlement (UE) 2024/1689 (AI Act), art. 5 § 1, applicable depuis le 2 février 2025",
        summary_fr: "une clause autorise ou prévoit une pratique interdite par l'article 5 de l'AI Act",
        summary_en: "a clause permits or plans a practice banned by AI Act art. 5",
        docs_en: "
## What it checks
A clause permits or plans a practice banned by article 5 of the AI Act: social scoring, emotion recognition of staff
or pupils, untargeted scraping of facial images, real-time remote biometric identification in public spaces, crime
prediction from profiling, subliminal manipulation. Banning these practices does not fire; anonymous counting
without identification does not either. The list is data (`data/lexicon/practices.toml`).

## Why
These practices are banned EU-wide since 2 February 2025, with the regulation's highest fines.

## Legal basis
Regulation (EU) 2024/1689 (AI Act), art. 5(1)(a)–(h), applicable since 2 February 2025; art. 99 (penalties).

## References
- Regulation (EU) 2024/1689, art. 5: <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
",
    }
}

impl Rule for ProhibitedPracticePermitted {
    fn meta(&self) -> &'static crate::rules::RuleMeta {
        Self::meta_static()
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for (ci, clause) in cx.charter.clauses.iter().enumerate() {
            for (si, s) in clause.sentences.iter().enumerate() {
                let hits = cx.analysis.sentence_hits((ci, si));
                let planned = hits.iter().any(|h| h.tag == Tag::Plan);
                let allows = match s.modality {
                    Some(Modality::Permission) | Some(Modality::Obligation) => true,
                    None | Some(Modality::Constat) => planned,
                    _ => false,
                };
                if !allows {
                    continue;
                }
                for h in hits {
                    let Tag::Practice(p) = h.tag else { continue };
                    let practice = &cx.lexicon.practices[p as usize];
                    let in_context = practice.contexte.is_empty()
                        || hits.iter().any(|x| x.tag == Tag::PracticeContext(p));
                    if !in_context {
                        continue;
                    }
                    let span = cx.analysis.span_of(cx.charter, ci, h.start, h.end);
                    out.push(
                        cx.finding(
                            Self::meta_static(),
                            span,
                            format!(
                                "{} {} ({} {})",
                                cx.t("la charte autorise ou prévoit", "the charter permits or plans"),
                                cx.t(&practice.label_fr, &practice.label_en),
                                cx.t("interdite par l'AI Act,", "banned by the AI Act,"),
                                practice.article
                            ),
                        )
                        .with_label(clause.source_span(s.start, s.end), cx.t("clause qui l'autorise", "clause that permits it"))
                        .with_help(cx.t(
                            "supprimez cet usage ou transformez la clause en interdiction explicite (règlement (UE) 2024/1689, art. 5)",
                            "remove this use or turn the clause into an explicit ban (Regulation (EU) 2024/1689, art. 5)",
                        )),
                    );
                    break;
                }
            }
        }
    }
}
