//! ACH002: the vendor or its host is subject to non-EU law (or the offer does not say who hosts the data) and the
//! offer makes no `SecNumCloud` or immunity commitment.

use super::{OfferView, Verdict};
use crate::declare_rule;
use crate::diagnostics::{Finding, Severity};
use crate::procurement::requirements::Status;
use crate::procurement::vocab::Aspect;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// L'offre doit montrer que ni le candidat ni son hébergeur ne sont soumis à un droit extra-européen qui
    /// permettrait à une autorité étrangère d'accéder aux données : qualification SecNumCloud 3.2 (avec le nom du
    /// service qualifié), ou sociétés de droit européen à capitaux européens qui déclarent n'être soumises à aucune
    /// législation extra-européenne. La règle se déclenche quand un fournisseur dont le siège est hors de l'Union
    /// intervient (hébergeur, modèle, maison mère) sans qualification SecNumCloud, ou quand l'offre ne dit ni qui
    /// héberge les données ni sous quel droit. « SecNumCloud-ready », « compatible SecNumCloud » et « cloud
    /// souverain » ne sont pas des qualifications.
    ///
    /// ## Pourquoi
    /// Des données hébergées en France par une filiale d'un groupe américain restent accessibles aux autorités
    /// américaines (CLOUD Act, FISA, section 702). Le référentiel SecNumCloud 3.2 (§ 19.6) exige un siège dans
    /// l'Union et limite la part des actionnaires extra-européens ; c'est le critère d'« immunité » retenu par
    /// l'État pour les données sensibles.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Offre technique
    /// ## Hébergement
    /// Les données sont hébergées dans la région Azure France Centre de Microsoft, à Paris.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Offre technique
    /// ## Hébergement
    /// Les données sont hébergées à Gravelines par OVHcloud, société de droit français, qui n'est soumise à aucune législation extra-européenne.
    /// ```
    ///
    /// ## Base légale
    /// Référentiel SecNumCloud 3.2 de l'ANSSI (mars 2022), § 19.6 ; doctrine « cloud au centre » (circulaire
    /// n° 6404/SG du {{date:souv.cloud-au-centre-2023}}) ; loi n° 2024-449 (SREN), art. 31 ; 18 U.S.C. § 2713
    /// (CLOUD Act). Texte en cours d'examen : {{fact:souv.sren-art31-1}}.
    ///
    /// ## Références
    /// - ANSSI, référentiel SecNumCloud 3.2 et liste des prestataires qualifiés
    /// - Circulaire sur les achats numériques de l'État, signée le {{date:souv.circulaire-achats-2026}} et publiée le
    ///   13 février 2026 (numéro non trouvé) : immunité aux lois extraterritoriales, substituabilité, maîtrise des
    ///   technologies clés : <{{src:souv.circulaire-achats-2026}}>
    pub struct ExtraterritorialExposure {
        code: "ACH002",
        name: "extraterritorial-exposure",
        family: Ach,
        severity: Warning,
        topics: [SovereigntyExtraterritoriality],
        legal_basis: "SecNumCloud 3.2 (ANSSI, mars 2022), § 19.6 ; circulaire n° 6404/SG (2023) ; loi n° 2024-449 (SREN), art. 31",
        summary_fr: "le candidat ou son hébergeur relève d'un droit extra-européen, sans qualification SecNumCloud ni déclaration d'immunité",
        summary_en: "the vendor or its host is subject to non-EU law and the offer makes no SecNumCloud or immunity commitment",
        docs_en: "
## What it checks
The offer must show that neither the vendor nor its host is subject to a non-EU law giving foreign authorities
access to the data: a SecNumCloud 3.2 qualification (with the qualified service named), or EU companies with EU
capital declaring they are subject to no non-EU law. Fires when a provider headquartered outside the EU is involved
(host, model, parent company) without SecNumCloud, or when the offer says neither who hosts the data nor under which
law. \"SecNumCloud-ready\" is not a qualification.

## Why
Data hosted in France by a subsidiary of a US group remains reachable by US authorities (CLOUD Act, FISA 702).

## Legal basis
ANSSI SecNumCloud 3.2 §19.6; \"cloud au centre\" doctrine (circular 6404/SG, {{date:souv.cloud-au-centre-2023}}); loi SREN art. 31.
Pending: {{fact:souv.sren-art31-1}}.

## References
- ANSSI, SecNumCloud 3.2 and the list of qualified providers
- The State's digital-purchasing circular signed {{date:souv.circulaire-achats-2026}}, published 13 February 2026:
  <{{src:souv.circulaire-achats-2026}}>
",
    }
}

impl Rule for ExtraterritorialExposure {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        super::push(cx, out, verdict);
    }
}

/// The ACH002 verdict on an offer.
pub(crate) fn verdict(v: &OfferView<'_>) -> Verdict {
    let meta = ExtraterritorialExposure::meta_static();
    let f = v.facts;
    if let Some(q) = f.secnumcloud_qualified() {
        return Verdict::met(meta.code, Some(q.span));
    }
    let ready = f.secnumcloud.iter().find(|s| !s.qualified);
    let help = |extra: &str| {
        format!(
            "{}{}",
            v.t(
                "demandez la qualification SecNumCloud 3.2 (nom du service qualifié, périmètre, date) ou une déclaration de non-soumission aux lois extra-européennes, avec la société mère et la répartition du capital du candidat et de son hébergeur",
                "ask for SecNumCloud 3.2 (qualified service, scope, date) or a declaration of immunity from non-EU laws, with the parent company and capital of the vendor and its host",
            ),
            extra
        )
    };
    if let Some(x) = f.exposure.first() {
        let finding = v
            .finding(
                meta,
                Severity::Warning,
                x.span,
                format!(
                    "{} {} {}",
                    v.t("l'offre fait intervenir", "the offer involves"),
                    x.what,
                    v.t(
                        "sans qualification SecNumCloud : les données restent exposées au droit extra-européen",
                        "with no SecNumCloud qualification: data stays exposed to non-EU law",
                    )
                ),
                help(""),
            )
            .with_primary_label(v.t("droit extra-européen", "non-EU law"));
        return Verdict {
            code: meta.code,
            status: Status::Unmet,
            evidence: Some(x.span),
            finding: Some(finding),
        };
    }
    if let Some(s) = f.immunity.first() {
        return Verdict::met(meta.code, Some(*s));
    }
    let hosted_inside = f.committed_places().any(|p| p.zone.inside());
    let known_eu = !f.eu_jurisdiction.is_empty() || !f.own_datacentres.is_empty();
    if !f.self_hosted.is_empty() || (hosted_inside && known_eu) {
        return Verdict::met(
            meta.code,
            f.self_hosted.first().or(f.eu_jurisdiction.first()).copied(),
        );
    }
    let (primary, message) = match (ready, f.marketing_for(Aspect::Extraterritorial)) {
        (Some(r), _) => (
            r.span,
            format!(
                "{} (« {} » {})",
                v.t("l'offre ne montre aucune protection contre les lois extra-européennes", "the offer shows no protection from non-EU laws"),
                v.quote(r.span),
                v.t("n'est pas une qualification", "is not a qualification")
            ),
        ),
        (None, Some(m)) => (
            m.span,
            format!(
                "{} (« {} » {})",
                v.t("l'offre ne dit ni qui héberge les données ni sous quel droit", "the offer says neither who hosts the data nor under which law"),
                m.phrase,
                v.t("n'est pas un critère vérifiable", "is not a verifiable criterion")
            ),
        ),
        (None, None) => (
            v.place(Aspect::Extraterritorial),
            v.t(
                "l'offre ne dit ni qui héberge les données ni sous quel droit, et ne déclare aucune protection contre les lois extra-européennes",
                "the offer says neither who hosts the data nor under which law, and declares no protection from non-EU laws",
            )
            .to_owned(),
        ),
    };
    let finding = v.finding(meta, Severity::Warning, primary, message, help(""));
    Verdict {
        code: meta.code,
        status: Status::Unmet,
        evidence: None,
        finding: Some(finding),
    }
}
