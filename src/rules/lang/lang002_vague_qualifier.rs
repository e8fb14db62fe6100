//! LANG002: « raisonnable », « approprié », « adéquat », « suffisant » with no criterion in its sentence.

use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::lexicon::{Marker, Tag};
use crate::rules::{Context, Rule};
use regex::Regex;
use std::sync::LazyLock;

declare_rule! {
    /// ## Ce que vérifie la règle
    /// Une règle emploie un qualificatif vague (« raisonnable », « approprié », « adéquat », « suffisant ») sans
    /// critère dans la même phrase : ni chiffre, ni durée, ni date, ni référence, ni « au sens de ». Le numéro d'un
    /// article ou d'un item (« Article 5. », « 6° », « 3.7 ») n'est pas un critère, ni une référence donnée dans une
    /// autre phrase de l'alinéa.
    ///
    /// ## Pourquoi
    /// « Des mesures de sécurité appropriées » ne dit pas lesquelles : chacun jugera les siennes suffisantes.
    /// Préciser le critère rend la règle vérifiable.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Charte IA
    /// ## Sécurité
    /// Les agents prennent des mesures de sécurité appropriées.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Charte IA
    /// ## Sécurité
    /// Les agents appliquent les mesures de sécurité définies par le RSSI dans la politique de sécurité du 12 mars 2025.
    /// ```
    ///
    /// ## Base légale
    /// Bonne pratique de rédaction normative.
    ///
    /// ## Références
    /// - Légifrance, Guide de légistique
    pub struct VagueQualifier {
        code: "LANG002",
        name: "vague-qualifier",
        family: Lang,
        severity: Info,
        topics: [],
        legal_basis: "Bonne pratique de rédaction",
        summary_fr: "qualificatif vague sans critère dans la clause",
        summary_en: "vague qualifier with no criterion in the clause",
        docs_en: "
## What it checks
A rule uses a vague qualifier (\"raisonnable\", \"approprié\", \"adéquat\", \"suffisant\") with no criterion in the same
sentence: no figure, duration, date, reference or definition. The number of an article or list item is no figure.

## Why
\"Appropriate security measures\" does not say which ones.

## Legal basis
Good drafting practice.

## References
- Légifrance, Guide de légistique
",
    }
}

/// The numbering that opens a clause or sentence (« **Article 5.** », « 6° », « 3.7 », « a) »): its digits are a
/// label, not a criterion.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\s*_]*(?:(?:article|art\.)\s*(?:\d+(?:[.\-]\d+)*|premier|1er|[ivxlc]+)|\d+(?:\.\d+)+\.?|\d+\s*°|\d+\s*[-–—:.)]|[a-z]\)|[ivxlc]+\s*[-–—.)])[\s*_:.)\-–—]*")
        .expect("valid regex")
});

impl Rule for VagueQualifier {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for (ci, clause) in cx.charter.clauses.iter().enumerate() {
            let role = clause
                .section
                .map(|i| cx.charter.sections[i].role)
                .unwrap_or_default();
            for (si, s) in clause.sentences.iter().enumerate() {
                // Present-tense rules (« sont conservées pendant une durée raisonnable ») bind too.
                if s.modality.is_none() && role != crate::model::SectionRole::Rules {
                    continue;
                }
                // The criterion must stand in the sentence itself: « conservées dans des conditions conformes au
                // RGPD » gives none to « mesures de sécurité appropriées » just before, and the number of an article
                // or list item (« **Article 5.** », « 6° », « 3.7 ») is a label, not a figure.
                let text = &clause.text[s.start..s.end];
                let body = &text[LABEL.find(text).map_or(0, |m| m.end())..];
                let norm = cx.analysis.sentence_norm((ci, si));
                let has_criterion = body.chars().any(|c| c.is_ascii_digit())
                    || !s.legal_refs.is_empty()
                    || !s.durations.is_empty()
                    || norm.contains("au sens de")
                    || norm.contains("defini");
                if has_criterion {
                    continue;
                }
                if let Some(h) = cx
                    .analysis
                    .sentence_hits((ci, si))
                    .iter()
                    .find(|h| h.tag == Tag::Marker(Marker::Vague))
                {
                    let span = cx.analysis.span_of(cx.charter, ci, h.start, h.end);
                    out.push(
                        cx.finding(Self::meta_static(), span, format!("« {} » {}", cx.text(span), cx.t("n'est défini par aucun critère", "is defined by no criterion")))
                            .with_help(cx.t("précisez le critère : un seuil, une durée, une référence (guide ANSSI, RGESN…)", "state the criterion: a threshold, a duration, a reference")),
                    );
                }
            }
        }
    }
}
