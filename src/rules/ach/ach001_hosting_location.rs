//! ACH001: the offer hosts or processes data outside the EU (error), or does not say where (warning).

use super::{OfferView, Verdict};
use crate::declare_rule;
use crate::diagnostics::{Finding, Severity};
use crate::procurement::requirements::Status;
use crate::procurement::vocab::{Aspect, Zone};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// L'offre doit dire, sans réserve, où les données de l'acheteur sont hébergées et traitées : pays, centres de
    /// données, sauvegardes, accès de support. La règle signale une **erreur** quand l'offre prévoit un hébergement,
    /// un traitement, un transfert ou un sous-traitant ultérieur hors de l'Union européenne (ou de l'EEE), et un
    /// **avertissement** quand elle ne le dit pas. « Un hébergement européen est possible sur demande » ou « en
    /// Europe » ne sont pas des engagements : ils ne disent pas où les données seront.
    ///
    /// ## Pourquoi
    /// Un transfert hors de l'Union exige une base juridique (décision d'adéquation, clauses types) et expose les
    /// données au droit du pays d'accueil ; pour des données de santé, le référentiel HDS de 2024 impose un
    /// hébergement dans l'EEE. L'acheteur doit savoir où vont ses données avant de signer.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Offre technique
    /// ## Hébergement
    /// Notre plateforme est hébergée dans un cloud de confiance ; un hébergement européen est possible sur demande.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Offre technique
    /// ## Hébergement
    /// Les données (requêtes, réponses, sauvegardes) sont hébergées et traitées en France, dans nos centres de données de Roubaix et de Strasbourg.
    /// ```
    ///
    /// ## Base légale
    /// RGPD, chapitre V (art. 44 à 49) ; loi n° 2024-449 (SREN), art. 31 ; code de la santé publique, art. L1111-8
    /// et référentiel HDS (arrêté du 26 avril 2024).
    ///
    /// ## Références
    /// - Clauses contractuelles types de l'UE pour l'achat d'IA (MCC-AI), mise à jour du 5 mars 2025
    /// - CNIL, questions-réponses sur l'usage d'un système d'IA générative (18 juillet 2024)
    pub struct HostingLocation {
        code: "ACH001",
        name: "hosting-location",
        family: Ach,
        severity: Error,
        topics: [SovereigntyHosting, GdprTransfers],
        legal_basis: "RGPD, chap. V (art. 44 à 49) ; loi n° 2024-449 (SREN), art. 31 ; référentiel HDS 2024",
        summary_fr: "l'offre héberge des données hors de l'Union (erreur) ou ne dit pas où (avertissement)",
        summary_en: "the offer hosts data outside the EU (error) or does not say where (warning)",
        docs_en: "
## What it checks
The offer must state, without reservation, where the buyer's data is hosted and processed (countries, data
centres, backups, support access). Error when hosting, processing, a transfer or a sub-processor lies outside the
EU/EEA; warning when the offer does not say where. \"European hosting possible on request\" or \"in Europe\" are not
commitments.

## Why
A transfer outside the EU needs a legal basis and exposes data to the host country's law; health data must stay in
the EEA under the 2024 HDS referential.

## Legal basis
GDPR chapter V (art. 44–49); loi n° 2024-449 (SREN) art. 31; CSP L1111-8 and the HDS referential (26 April 2024).

## References
- EU model contractual clauses for AI procurement (MCC-AI), updated 5 March 2025
",
    }
}

impl Rule for HostingLocation {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        super::push(cx, out, verdict);
    }
}

/// The ACH001 verdict on an offer.
pub(crate) fn verdict(v: &OfferView<'_>) -> Verdict {
    let meta = HostingLocation::meta_static();
    let f = v.facts;
    let committed: Vec<_> = f.committed_places().collect();
    if let Some(p) = committed.iter().find(|p| p.zone.outside()) {
        let sub = f
            .hosting
            .iter()
            .any(|h| h.subprocessor && h.places.iter().any(|q| q.span == p.span));
        let message = if sub {
            format!(
                "{} « {} »",
                v.t(
                    "un sous-traitant ultérieur traite les données hors de l'Union européenne :",
                    "a sub-processor processes data outside the EU:"
                ),
                p.name
            )
        } else {
            format!(
                "{} « {} »",
                v.t(
                    "l'offre prévoit un hébergement ou un traitement hors de l'Union européenne :",
                    "the offer hosts or processes data outside the EU:"
                ),
                p.name
            )
        };
        let finding = v
            .finding(
                meta,
                Severity::Error,
                p.span,
                message,
                v.t(
                    "exigez un hébergement, un traitement et des sauvegardes dans l'Union européenne (ou l'EEE), sans accès depuis un pays tiers ; à défaut, la base du transfert (adéquation, clauses types) et ses risques doivent être évalués",
                    "require hosting, processing and backups in the EU (or EEA), with no access from third countries; otherwise the transfer's basis (adequacy, SCCs) and risks must be assessed",
                )
                .to_owned(),
            )
            .with_primary_label(v.t("hors de l'Union", "outside the EU"));
        return Verdict {
            code: meta.code,
            status: Status::Unmet,
            evidence: Some(p.span),
            finding: Some(finding),
        };
    }
    if let Some(p) = committed.iter().find(|p| p.zone.inside()) {
        return Verdict::met(meta.code, Some(p.span));
    }
    let (status, primary, message) =
        if let Some(p) = committed.iter().find(|p| p.zone == Zone::Europe) {
            (
                Status::Unclear,
                p.span,
                format!(
                    "{} « {} » {}",
                    v.t("l'offre situe l'hébergement", "the offer places hosting"),
                    p.name,
                    v.t(
                        "sans dire qu'il est dans l'Union européenne",
                        "without saying it is in the EU"
                    )
                ),
            )
        } else if let Some(h) = f.hosting.iter().find(|h| !h.committed) {
            (
                Status::Unmet,
                h.span,
                format!(
                    "{} (« {} » {})",
                    v.t(
                        "l'offre ne s'engage pas sur le lieu d'hébergement",
                        "the offer makes no commitment on where data is hosted"
                    ),
                    v.quote(h.span),
                    v.t("n'est pas un engagement", "is not a commitment")
                ),
            )
        } else if let Some(m) = f.marketing_for(Aspect::Hosting) {
            (
                Status::Unmet,
                m.span,
                format!(
                    "{} (« {} » {})",
                    v.t(
                        "l'offre ne dit pas où les données sont hébergées",
                        "the offer does not say where data is hosted"
                    ),
                    m.phrase,
                    v.t("n'est pas un lieu", "is not a place")
                ),
            )
        } else {
            (
                Status::Unmet,
                v.place(Aspect::Hosting),
                v.t(
                    "l'offre ne dit pas où les données sont hébergées et traitées",
                    "the offer does not say where data is hosted and processed",
                )
                .to_owned(),
            )
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
        status,
        evidence: None,
        finding: Some(finding),
    }
}
