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
    /// visages, identification biométrique à distance en temps réel dans l'espace public à des fins répressives,
    /// prédiction des infractions par profilage, manipulation subliminale, et, depuis le règlement (UE) 2026/1744,
    /// génération de contenus intimes non consentis (hypertrucages sexuels d'une personne réelle) ou de contenus
    /// pédopornographiques. Une interdiction de ces pratiques (« la notation sociale est proscrite ») ne déclenche
    /// rien ; un comptage anonyme sans identification non plus. La liste est une donnée
    /// (`data/lexicon/practices.toml`). Une pratique dont l'interdiction n'est pas encore applicable à la date de
    /// référence (`--as-of`) est signalée comme un avertissement « bientôt interdite ».
    ///
    /// ## Pourquoi
    /// Les pratiques de l'article 5 § 1 sont interdites dans toute l'Union depuis le {{date:ai-act.art5-bans}} ;
    /// les deux interdictions ajoutées par le règlement (UE) 2026/1744 s'appliquent à compter du
    /// {{date:ai-act.art5-new-bans}}. Les amendes prévues pour ces pratiques sont les plus élevées du règlement.
    /// Une charte qui les autorise expose la collectivité et ses agents. L'identification biométrique à distance
    /// en temps réel n'est interdite par l'article 5 § 1 h) que dans l'espace public et à des fins répressives ;
    /// ses autres usages sont à haut risque (annexe III, point 1) et, en France, illicites sans base légale
    /// (art. 9 du RGPD) : la règle les signale aussi, avec cette nuance dans le message.
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
    /// Règlement (UE) 2024/1689 (AI Act), art. 5 § 1 a) à h), {{since:ai-act.art5-bans}} ; art. 5 dans sa
    /// rédaction issue du règlement (UE) 2026/1744 (contenus intimes non consentis, contenus pédopornographiques),
    /// {{since:ai-act.art5-new-bans}} (sources secondaires citant le Journal officiel) ; art. 99 (sanctions).
    ///
    /// ## Références
    /// - Règlement (UE) 2024/1689, art. 5 : <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
    /// - Nouvelles interdictions de l'article 5 : <{{src:ai-act.art5-new-bans}}>
    pub struct ProhibitedPracticePermitted {
        code: "IA004",
        name: "prohibited-practice-permitted",
        family: Ia,
        severity: Error,
        topics: [AiProhibitedUses],
        legal_basis: "Règlement (UE) 2024/1689 (AI Act), art. 5 § 1 ; règlement (UE) 2026/1744",
        summary_fr: "une clause autorise ou prévoit une pratique interdite par l'article 5 de l'AI Act",
        summary_en: "a clause permits or plans a practice banned by AI Act art. 5",
        docs_en: "
## What it checks
A clause permits or plans a practice banned by article 5 of the AI Act: social scoring, emotion recognition of staff
or pupils, untargeted scraping of facial images, real-time remote biometric identification in public spaces for law
enforcement, crime prediction from profiling, subliminal manipulation, and, since Regulation (EU) 2026/1744,
generating non-consensual intimate content (sexual deepfakes of a real person) or child sexual abuse material.
Banning these practices does not fire; anonymous counting without identification does not either. The list is data
(`data/lexicon/practices.toml`). A practice whose ban does not apply yet at the reference date (`--as-of`) is a
warning, \"soon banned\".

## Why
The art. 5(1) practices are banned EU-wide since {{date:ai-act.art5-bans}}; the two bans added by Regulation (EU)
2026/1744 apply from {{date:ai-act.art5-new-bans}}. They carry the regulation's highest fines. Real-time remote
biometric identification is banned by art. 5(1)(h) only in public spaces for law enforcement; its other uses are
high-risk (Annex III point 1) and, in France, unlawful without a legal basis (GDPR art. 9): the rule flags them too,
with that nuance in the message.

## Legal basis
Regulation (EU) 2024/1689 (AI Act), art. 5(1)(a)–(h), {{since:ai-act.art5-bans}}; art. 5 as amended by Regulation
(EU) 2026/1744 (non-consensual intimate content, child sexual abuse material), {{since:ai-act.art5-new-bans}}
(secondary sources quoting the Official Journal); art. 99 (penalties).

## References
- Regulation (EU) 2024/1689, art. 5: <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
- New article 5 bans: <{{src:ai-act.art5-new-bans}}>
",
    }
}

impl Rule for ProhibitedPracticePermitted {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for (ci, clause) in cx.charter.clauses.iter().enumerate() {
            for (si, s) in clause.sentences.iter().enumerate() {
                let hits = cx.analysis.sentence_hits((ci, si));
                let planned = hits.iter().any(|h| h.tag == Tag::Plan);
                let allows = match s.modality {
                    Some(Modality::Permission | Modality::Obligation) => true,
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
                    // The ban's date is a fact: before it, the practice is « bientôt interdite » (a warning).
                    let fact = practice.applies.as_deref().unwrap_or("ai-act.art5-bans");
                    let in_force = cx.law.get(fact).is_none_or(|f| f.applies_at(cx.as_of));
                    let mut finding = cx.finding(
                        Self::meta_static(),
                        span,
                        format!(
                            "{} {} ({} {}, {})",
                            cx.t(
                                "la charte autorise ou prévoit",
                                "the charter permits or plans"
                            ),
                            cx.t(&practice.label_fr, &practice.label_en),
                            if in_force {
                                cx.t("interdite par l'AI Act,", "banned by the AI Act,")
                            } else {
                                cx.t(
                                    "bientôt interdite par l'AI Act,",
                                    "soon banned by the AI Act,",
                                )
                            },
                            practice.article,
                            cx.law.since(fact, cx.lang, Some(cx.as_of))
                        ),
                    );
                    if !in_force {
                        finding.severity = crate::diagnostics::Severity::Warning;
                    }
                    out.push(
                        finding
                        .with_label(clause.source_span(s.start, s.end), cx.t("clause qui l'autorise", "clause that permits it"))
                        .with_help({
                            let mut help = cx.t(
                                "supprimez cet usage ou transformez la clause en interdiction explicite (règlement (UE) 2024/1689, art. 5)",
                                "remove this use or turn the clause into an explicit ban (Regulation (EU) 2024/1689, art. 5)",
                            ).to_owned();
                            if let (Some(fr), Some(en)) = (&practice.note_fr, &practice.note_en) {
                                help.push_str(" ; ");
                                help.push_str(cx.t(fr, en));
                            }
                            help
                        }),
                    );
                    break;
                }
            }
        }
    }
}
