//! ACH008: a requirement of the buyer's charter that applies to vendors or tools has no matching commitment in the
//! offer. One diagnostic per requirement, at the closest offer passage, with a label on the charter clause.
//!
//! `charte offer OFFER --charter CHARTER` reads the requirements from the charter (label in the other file). Without
//! a charter, the requirements an offer quotes itself (a « Rappel des exigences » section, as in a response
//! framework) are used, so the rule also runs on a single document.

use super::OfferView;
use crate::analyze::Analysis;
use crate::declare_rule;
use crate::diagnostics::{Finding, Label, LineIndex, Severity};
use crate::i18n::Lang;
use crate::model::Charter;
use crate::procurement::facts::OfferFacts;
use crate::procurement::requirements::{self, RequirementResult, Status};
use crate::procurement::vocab::Vocab;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// Chaque clause de la charte de l'acheteur qui vise les fournisseurs ou les outils (hébergement, entraînement,
    /// durée de conservation, export, indicateurs environnementaux, langue, sous-traitance, sécurité, taux de
    /// disponibilité, accessibilité RGAA, assistance 24 heures sur 24, chiffrement, audits de l'acheteur, formation
    /// des utilisateurs, rapports d'activité, classification au regard du règlement sur l'IA) doit trouver
    /// dans l'offre un engagement qui y réponde. La règle signale une erreur par exigence non satisfaite : sur le
    /// passage de l'offre le plus proche (ou son titre), avec un renvoi vers la clause de la charte. Une réponse
    /// marketing (« hébergement européen possible ») ou un engagement contraire (entraînement activé par défaut,
    /// conservation de 12 mois pour une limite de 30 jours) ne satisfait pas l'exigence. Sans charte fournie, la
    /// règle lit les exigences que l'offre recopie elle-même dans une section « Rappel des exigences ».
    ///
    /// ## Pourquoi
    /// Une charte qui n'est pas reportée dans les marchés reste une déclaration d'intention. Vérifier chaque
    /// exigence contre l'offre est le travail de la commission d'analyse ; la règle le prépare et le trace.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Offre technique
    /// ## Rappel des exigences
    /// Le fournisseur héberge les données de la collectivité dans l'Union européenne.
    /// ## Hébergement
    /// Un hébergement européen est possible sur demande.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Offre technique
    /// ## Rappel des exigences
    /// Le fournisseur héberge les données de la collectivité dans l'Union européenne.
    /// ## Hébergement
    /// Les données de la collectivité sont hébergées et traitées à Paris, dans nos centres de données.
    /// ```
    ///
    /// ## Base légale
    /// Code de la commande publique, art. R2111-4 et suivants (spécifications techniques), art. R2152-7 (analyse
    /// des offres) ; la charte de l'acheteur jointe à la consultation.
    ///
    /// ## Références
    /// - Clauses contractuelles types de l'UE pour l'achat d'IA (MCC-AI), mise à jour du 5 mars 2025
    /// - Amsterdam, clauses contractuelles types pour les systèmes algorithmiques
    pub struct CharterRequirementUnmet {
        code: "ACH008",
        name: "charter-requirement-unmet",
        family: Ach,
        severity: Error,
        topics: [],
        legal_basis: "Code de la commande publique, art. R2111-4 et s., R2152-7 ; charte de l'acheteur jointe à la consultation",
        summary_fr: "une exigence de la charte envers les fournisseurs ou les outils n'a pas d'engagement correspondant dans l'offre",
        summary_en: "a requirement of the buyer's charter that applies to vendors or tools has no matching commitment in the offer",
        docs_en: "
## What it checks
Every clause of the buyer's charter that binds vendors or tools (hosting, training, retention, export, environmental
figures, language, processors, security, availability rate, RGAA accessibility, round-the-clock support, encryption,
the buyer's audits, user training, activity reports, classification under the AI Act) must meet a matching commitment in the offer. One error per unmet
requirement, at the closest offer passage (or its title), with a label on the charter clause. Marketing answers or
contrary commitments do not meet a requirement. Without a charter, the rule reads the requirements the offer quotes
in a \"Rappel des exigences\" section.

## Why
A charter not carried into contracts stays a statement of intent; checking each requirement against the offer is
the evaluation committee's job.

## Legal basis
Code de la commande publique R2111-4 ff., R2152-7; the buyer's charter attached to the tender.

## References
- EU model contractual clauses for AI procurement (MCC-AI), updated 5 March 2025
",
    }
}

impl Rule for CharterRequirementUnmet {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let (Some(view), Some(input)) = (super::view_of(cx), cx.offer) else {
            return;
        };
        match input.buyer {
            Some(b) => {
                let results = requirements::evaluate(&b.requirements, input.facts, cx.source);
                out.extend(findings(&view, &results, Some(&b.path), &b.source));
            }
            None => {
                let results = quoted_requirements(cx.charter, cx.analysis, input.facts, cx.source);
                out.extend(findings(&view, &results, None, cx.source));
            }
        }
    }
}

/// The requirements an offer quotes itself, judged against the rest of the offer (no charter given).
pub(crate) fn quoted_requirements(
    doc: &Charter,
    an: &Analysis,
    facts: &OfferFacts,
    text: &str,
) -> Vec<RequirementResult> {
    if facts.restated.is_empty() {
        return Vec::new();
    }
    let reqs = requirements::extract(
        doc,
        an,
        crate::lexicon::Lexicon::global(),
        Some(&facts.restated),
    );
    requirements::evaluate(&reqs, facts, text)
}

/// One ACH008 finding per unmet requirement. `charter`: the charter's path when the requirements come from another
/// file (labels then point there); `charter_text`: the text the requirement spans index into.
pub(crate) fn findings(
    v: &OfferView<'_>,
    results: &[RequirementResult],
    charter: Option<&str>,
    charter_text: &str,
) -> Vec<Finding> {
    let meta = CharterRequirementUnmet::meta_static();
    let index = LineIndex::new(charter_text);
    let mut out = Vec::new();
    for r in results.iter().filter(|r| r.status == Status::Unmet) {
        let failing: Vec<_> = r
            .outcomes
            .iter()
            .filter(|o| o.status == Status::Unmet)
            .collect();
        let aspect = failing.first().map(|o| o.need.aspect());
        let primary = r
            .evidence()
            .or_else(|| aspect.map(|a| v.place(a)))
            .unwrap_or(v.doc.title_span);
        let reasons: Vec<&str> = failing.iter().map(|o| o.why(v.lang)).collect();
        let line = index.position(charter_text, r.requirement.span.start).0;
        let message = format!(
            "{} « {} » : {}",
            v.t(
                "exigence de la charte non satisfaite",
                "charter requirement not met"
            ),
            r.requirement.excerpt,
            reasons.join(" ; ")
        );
        let where_ = match v.lang {
            Lang::Fr => format!("ligne {line}"),
            Lang::En => format!("line {line}"),
        };
        let expected = aspect
            .map(|a| {
                let e = &Vocab::global().entry(a).entry;
                match v.lang {
                    Lang::Fr => format!(
                        " ; l'offre doit indiquer : {}",
                        lower_first(&e.l_offre_doit_indiquer)
                    ),
                    Lang::En => {
                        format!("; the offer should state: {}", e.intitule_en.to_lowercase())
                    }
                }
            })
            .unwrap_or_default();
        let help = format!(
            "{}{expected}",
            v.t(
                "demandez au candidat un engagement écrit qui réponde à cette clause de la charte",
                "ask the bidder for a written commitment answering this clause of the charter",
            )
        );
        let mut finding = Finding {
            code: meta.code,
            name: meta.name,
            severity: Severity::Error,
            message: v.typography(message),
            primary,
            primary_label: Some(
                v.t(
                    "passage le plus proche de l'offre",
                    "closest passage of the offer",
                )
                .to_owned(),
            ),
            labels: Vec::new(),
            help: Some(v.typography(help).into()),
            topics: meta.topics.clone(),
            missing: None,
        };
        finding.labels.push(Label {
            span: r.requirement.span,
            message: v.typography(format!(
                "{}, {where_} : « {} »",
                v.t("exigence de la charte", "charter requirement"),
                r.requirement.excerpt
            )),
            path: charter.map(str::to_owned),
        });
        out.push(finding);
    }
    out
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
