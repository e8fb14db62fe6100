//! ACH010: no security certification or qualification (ISO/IEC 27001, `SecNumCloud`, HDS for health data).

use super::{OfferView, Verdict};
use crate::declare_rule;
use crate::diagnostics::{Finding, Severity};
use crate::procurement::requirements::Status;
use crate::procurement::vocab::Aspect;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// L'offre doit citer au moins une certification ou qualification de sécurité vérifiable : ISO/IEC 27001 (avec
    /// son périmètre), qualification SecNumCloud, et la certification HDS quand l'offre porte sur des données de
    /// santé. Une certification « en cours » ou « visée » ne compte pas, ni « une sécurité de niveau bancaire ». Un
    /// certificat arrivé à échéance ne compte pas non plus : « arrivé à échéance », « expiré », ou une fin de validité
    /// (« valable jusqu'au 30 septembre 2026 ») antérieure à la date que l'offre se donne (« Date : 28 novembre
    /// 2026 », « Fait à Tours, le … ») ; une offre qui ne se date pas n'est pas jugée sur cette fin.
    ///
    /// ## Pourquoi
    /// Une certification se vérifie (certificat, périmètre, date) ; une promesse de sécurité ne se vérifie pas.
    /// L'hébergement de données de santé pour le compte d'un tiers exige la certification HDS (code de la santé
    /// publique, art. L1111-8).
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Offre technique
    /// ## Sécurité
    /// Notre plateforme offre une sécurité de niveau bancaire, avec chiffrement de bout en bout.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Offre technique
    /// ## Sécurité
    /// Notre hébergeur est certifié ISO/IEC 27001 pour l'ensemble de ses centres de données.
    /// ```
    ///
    /// ## Base légale
    /// Norme ISO/IEC 27001 ; référentiel SecNumCloud 3.2 (ANSSI, mars 2022) ; code de la santé publique,
    /// art. L1111-8 et référentiel HDS (arrêté du 26 avril 2024) ; CCAG-TIC 2021, art. 5.
    ///
    /// ## Références
    /// - ANSSI, « Recommandations de sécurité pour un système d'IA générative » (29 avril 2024)
    pub struct MissingSecurityCertification {
        code: "ACH010",
        name: "missing-security-certification",
        family: Ach,
        severity: Info,
        topics: [GdprSecurity],
        legal_basis: "ISO/IEC 27001 ; SecNumCloud 3.2 ; code de la santé publique, art. L1111-8 (HDS) ; CCAG-TIC 2021, art. 5",
        summary_fr: "aucune certification ni qualification de sécurité (ISO/IEC 27001, SecNumCloud, HDS pour les données de santé)",
        summary_en: "no security certification or qualification (ISO/IEC 27001, SecNumCloud, HDS for health data)",
        docs_en: "
## What it checks
The offer must cite at least one verifiable security certification or qualification: ISO/IEC 27001 (with scope),
SecNumCloud, and HDS when health data is involved. Certifications \"in progress\" or \"bank-grade security\" do not
count.

## Why
A certificate can be checked (scope, date); a promise cannot. Hosting health data for others requires HDS (CSP
L1111-8).

## Legal basis
ISO/IEC 27001; SecNumCloud 3.2; CSP L1111-8 and the HDS referential (26 April 2024); CCAG-TIC 2021 art. 5.

## References
- ANSSI, security recommendations for a generative AI system (29 April 2024)
",
    }
}

impl Rule for MissingSecurityCertification {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        super::push(cx, out, verdict);
    }
}

/// The ACH010 verdict on an offer.
pub(crate) fn verdict(v: &OfferView<'_>) -> Verdict {
    let meta = MissingSecurityCertification::meta_static();
    let f = v.facts;
    let any = f
        .iso27001
        .first()
        .or(f.hds.first())
        .copied()
        .or(f.secnumcloud_qualified().map(|q| q.span));
    if let (Some(health), true) = (f.health_data, f.hds.is_empty()) {
        let finding = v.finding(
            meta,
            Severity::Info,
            health,
            v.t(
                "l'offre porte sur des données de santé sans indiquer de certification HDS",
                "the offer deals with health data but states no HDS certification",
            )
            .to_owned(),
            v.t(
                "l'hébergement de données de santé pour le compte d'un tiers exige un hébergeur certifié HDS (référentiel de 2024, hébergement dans l'EEE)",
                "hosting health data for others requires an HDS-certified host (2024 referential, hosting in the EEA)",
            )
            .to_owned(),
        );
        return Verdict {
            code: meta.code,
            status: Status::Unmet,
            evidence: any,
            finding: Some(finding),
        };
    }
    if any.is_some() {
        return Verdict::met(meta.code, any);
    }
    let (primary, message) = match f.marketing_for(Aspect::Certification) {
        Some(m) => (
            m.span,
            format!(
                "{} (« {} » {})",
                v.t(
                    "l'offre ne cite aucune certification de sécurité",
                    "the offer cites no security certification"
                ),
                m.phrase,
                v.t("ne se vérifie pas", "cannot be checked")
            ),
        ),
        None => (
            v.place(Aspect::Certification),
            v.t(
                "l'offre ne cite aucune certification ni qualification de sécurité",
                "the offer cites no security certification or qualification",
            )
            .to_owned(),
        ),
    };
    let finding = v.finding(
        meta,
        Severity::Info,
        primary,
        message,
        v.expected(meta.code),
    );
    Verdict {
        code: meta.code,
        status: Status::Unmet,
        evidence: None,
        finding: Some(finding),
    }
}
