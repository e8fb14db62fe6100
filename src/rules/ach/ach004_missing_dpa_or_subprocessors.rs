//! ACH004: no art. 28 data processing agreement, or no list of sub-processors.

use super::{OfferView, Verdict};
use crate::declare_rule;
use crate::diagnostics::{Finding, Severity};
use crate::procurement::requirements::Status;
use crate::procurement::vocab::Aspect;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// L'offre doit joindre ou annexer l'accord de sous-traitance prévu par l'article 28 du RGPD et donner la
    /// liste des sous-traitants ultérieurs (nom, rôle, pays), ou dire qu'il n'y en a aucun. « 100 % conforme RGPD »
    /// n'est ni un accord ni une liste.
    ///
    /// ## Pourquoi
    /// Le fournisseur d'un outil d'IA traite les données pour le compte de la collectivité : le contrat doit
    /// contenir les clauses de l'article 28, § 3, et la collectivité doit autoriser les sous-traitants ultérieurs
    /// (art. 28, § 2) — elle ne peut le faire que si elle les connaît.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Offre technique
    /// ## Données personnelles
    /// Notre solution est 100 % conforme RGPD.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Offre technique
    /// ## Données personnelles
    /// L'accord de sous-traitance conforme à l'article 28 du RGPD est joint en annexe 3. Nous ne recourons à aucun sous-traitant ultérieur.
    /// ```
    ///
    /// ## Base légale
    /// RGPD, art. 28, § 2 (autorisation préalable des sous-traitants ultérieurs), § 3 (contenu du contrat) et § 4 ;
    /// CCAG-TIC 2021, art. 5.
    ///
    /// ## Références
    /// - CNIL, guide du sous-traitant (édition 2017, mise à jour 2024)
    /// - Commission européenne, clauses contractuelles types entre responsables et sous-traitants (décision d'exécution (UE) 2021/915)
    pub struct MissingDpaOrSubprocessors {
        code: "ACH004",
        name: "missing-dpa-or-subprocessors",
        family: Ach,
        severity: Warning,
        topics: [GdprProcessors],
        legal_basis: "RGPD, art. 28, § 2 à 4 ; CCAG-TIC 2021, art. 5",
        summary_fr: "pas d'accord de sous-traitance (art. 28) ou pas de liste des sous-traitants ultérieurs",
        summary_en: "no art. 28 data processing agreement or no list of sub-processors",
        docs_en: "
## What it checks
The offer must attach the GDPR art. 28 data processing agreement and list the sub-processors (name, role, country),
or say there are none. \"100 % GDPR compliant\" is neither.

## Why
The vendor processes data on the authority's behalf: the contract needs the art. 28(3) clauses, and the authority
must authorise sub-processors (art. 28(2)), which it can only do if it knows them.

## Legal basis
GDPR art. 28(2)–(4); CCAG-TIC 2021 art. 5.

## References
- European Commission implementing decision (EU) 2021/915 (standard contractual clauses controller–processor)
",
    }
}

impl Rule for MissingDpaOrSubprocessors {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        super::push(cx, out, verdict);
    }
}

/// The ACH004 verdict on an offer.
pub(crate) fn verdict(v: &OfferView<'_>) -> Verdict {
    let meta = MissingDpaOrSubprocessors::meta_static();
    let f = v.facts;
    let dpa = f.dpa.first().copied();
    let list = f.subprocessors.first().copied();
    if dpa.is_some() && list.is_some() {
        return Verdict::met(meta.code, dpa);
    }
    let what = match (dpa, list) {
        (None, None) => v.t(
            "l'offre ne joint ni accord de sous-traitance (art. 28 du RGPD) ni liste des sous-traitants ultérieurs",
            "the offer has neither an art. 28 data processing agreement nor a list of sub-processors",
        ),
        (None, Some(_)) => v.t(
            "l'offre ne joint pas d'accord de sous-traitance (art. 28 du RGPD)",
            "the offer has no art. 28 data processing agreement",
        ),
        _ => v.t(
            "l'offre ne donne pas la liste des sous-traitants ultérieurs",
            "the offer does not list its sub-processors",
        ),
    };
    let (primary, message) = match f.marketing_for(Aspect::Processors) {
        Some(m) if dpa.is_none() => (
            m.span,
            format!(
                "{what} (« {} » {})",
                m.phrase,
                v.t("n'en tient pas lieu", "is no substitute")
            ),
        ),
        _ => (
            dpa.or(list).unwrap_or_else(|| v.place(Aspect::Processors)),
            what.to_owned(),
        ),
    };
    let finding = v.finding(
        meta,
        Severity::Warning,
        primary,
        message,
        v.expected(meta.code),
    );
    Verdict {
        code: meta.code,
        status: Status::Unmet,
        evidence: dpa.or(list),
        finding: Some(finding),
    }
}
