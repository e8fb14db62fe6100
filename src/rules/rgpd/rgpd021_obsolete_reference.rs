//! RGPD021: a legal reference that no longer applies (Privacy Shield, directive 95/46/CE, CNIL prior formalities…).

use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::lexicon::Tag;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// La charte cite un texte qui ne s'applique plus : Privacy Shield, Safe Harbor, directive 95/46/CE,
    /// « déclaration préalable » ou « formalités préalables » auprès de la CNIL, anciennes clauses contractuelles
    /// types, « futur » règlement sur l'IA, SecNumCloud 3.1, RGESN 2022, article 10 de la loi Informatique et
    /// Libertés, référentiel HDS de 2018, circulaire « cloud au centre » de 2021 citée seule. Elle signale aussi une
    /// date remplacée : une phrase qui date encore du {{date:ai-act.high-risk-annex-iii-initial}} les obligations
    /// relatives aux systèmes d'IA à haut risque de l'annexe III, reportées au {{date:ai-act.high-risk-annex-iii}}
    /// par le règlement (UE) 2026/1744. L'aide cite le texte ou la date en vigueur, avec sa source. La liste est
    /// une donnée (`data/lexicon/obsolete.toml`) ; les dates viennent des faits de `data/law/`.
    ///
    /// ## Pourquoi
    /// Une référence périmée trompe les agents sur leurs obligations (déclarer à la CNIL au lieu de tenir le
    /// registre) et montre que le texte a été recopié sans mise à jour.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Charte IA
    /// ## Données
    /// Les transferts vers les États-Unis sont encadrés par le Privacy Shield.
    /// ```
    ///
    /// Autre exemple non conforme (date remplacée) : une phrase selon laquelle les obligations applicables aux
    /// systèmes à haut risque s'imposeront à la commune à compter du {{date:ai-act.high-risk-annex-iii-initial}}.
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Charte IA
    /// ## Données
    /// Les transferts vers les États-Unis reposent sur des clauses contractuelles types (décision (UE) 2021/914).
    /// ```
    ///
    /// ## Base légale
    /// RGPD, art. 94 (abrogation de la directive 95/46/CE) ; CJUE, C-311/18, 16 juillet 2020 (Schrems II) ;
    /// loi n° 2018-493 du 20 juin 2018 ; décision (UE) 2021/914 ; règlement (UE) 2024/1689, modifié par le
    /// règlement (UE) 2026/1744 ; arrêté du 26 avril 2024 (référentiel HDS) ; circulaire n° 6404/SG (2023).
    ///
    /// ## Références
    /// - Liste et sources : `data/lexicon/obsolete.toml`
    pub struct ObsoleteReference {
        code: "RGPD021",
        name: "obsolete-legal-reference",
        family: Rgpd,
        severity: Warning,
        topics: [],
        legal_basis: "RGPD, art. 94 ; CJUE C-311/18 (16 juillet 2020) ; loi n° 2018-493 ; décision (UE) 2021/914",
        summary_fr: "la charte cite un texte qui ne s'applique plus",
        summary_en: "the charter cites a text that no longer applies",
        docs_en: "
## What it checks
The charter cites a text that no longer applies: Privacy Shield, Safe Harbor, Directive 95/46/EC, CNIL prior
formalities, old SCCs, the \"future\" AI Act, SecNumCloud 3.1, RGESN 2022, article 10 of the loi Informatique et
Libertés, the 2018 HDS referential, the 2021 \"cloud au centre\" circular cited alone. It also flags a replaced date:
a sentence still dating the Annex III high-risk duties to {{date:ai-act.high-risk-annex-iii-initial}}, moved to
{{date:ai-act.high-risk-annex-iii}} by Regulation (EU) 2026/1744. The help cites the current text or date with its
source. The list is data (`data/lexicon/obsolete.toml`); dates come from the facts of `data/law/`.

## Why
An outdated reference misleads staff about their duties and shows the text was copied without update.

## Legal basis
GDPR art. 94; CJEU C-311/18 (16 July 2020); loi n° 2018-493; Decision (EU) 2021/914; Regulation (EU) 2024/1689 as
amended by Regulation (EU) 2026/1744; arrêté of 26 April 2024 (HDS referential); circular n° 6404/SG (2023).

## References
- List and sources: `data/lexicon/obsolete.toml`
",
    }
}

impl Rule for ObsoleteReference {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for (ci, info) in cx.analysis.clauses.iter().enumerate() {
            let mut last_end = 0;
            for h in &info.hits {
                let Tag::Obsolete(i) = h.tag else { continue };
                // « … abrogeant la directive 95/46/CE » names the text as repealed: not a citation of it.
                let si = info
                    .sentence_ranges
                    .iter()
                    .position(|&(a, b)| a <= h.start && h.start < b);
                if si.is_some_and(|si| {
                    cx.analysis
                        .sentence_hits((ci, si))
                        .iter()
                        .any(|x| x.tag == Tag::Historical)
                }) {
                    continue;
                }
                if h.start < last_end {
                    continue; // overlapping forms of the same reference
                }
                let r = &cx.lexicon.obsolete[i as usize];
                let mut span = cx.analysis.span_of(cx.charter, ci, h.start, h.end);
                if let Some(fact) = &r.date_fact {
                    // Only a sentence that still cites the replaced date is obsolete; point at that date.
                    let Some(date) = cx.law.date(fact) else {
                        continue;
                    };
                    let clause = &cx.charter.clauses[ci];
                    let cited = si
                        .and_then(|si| clause.sentences.get(si))
                        .and_then(|s| s.dates.iter().find(|d| d.value.date == date));
                    let Some(found) = cited else { continue };
                    span = clause.source_span(found.start, found.end);
                    // « haut risque » and « annexe III » in one sentence: one finding for the date.
                    if out
                        .last()
                        .is_some_and(|f: &Finding| f.code == "RGPD021" && f.primary == span)
                    {
                        continue;
                    }
                }
                last_end = h.end;
                let message = if r.date_fact.is_some() {
                    format!(
                        "{} « {} » ({} « {} »)",
                        cx.t("date remplacée :", "replaced date:"),
                        cx.text(span),
                        cx.t("à propos de", "about"),
                        cx.text(cx.analysis.span_of(cx.charter, ci, h.start, h.end))
                    )
                } else {
                    format!(
                        "{} « {} »",
                        cx.t("référence obsolète :", "obsolete reference:"),
                        cx.text(span)
                    )
                };
                out.push(
                    cx.finding(Self::meta_static(), span, message)
                        .with_help(cx.law_text(cx.t(&r.remplacement_fr, &r.remplacement_en))),
                );
            }
        }
    }
}
