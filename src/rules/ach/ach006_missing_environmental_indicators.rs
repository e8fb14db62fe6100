//! ACH006: no energy, carbon or hardware figure for the service (or figures with no method).

use super::{OfferView, Verdict};
use crate::declare_rule;
use crate::diagnostics::{Finding, Severity};
use crate::procurement::requirements::Status;
use crate::procurement::vocab::Aspect;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// L'offre doit chiffrer l'empreinte du service : énergie par requête (Wh), émissions (gCO2e), eau, PUE du
    /// centre de données, matériel ou taille du modèle. Des chiffres d'énergie ou de carbone sans méthode
    /// (approche « location-based » ou « market-based », périmètre, fabrication incluse ou non) déclenchent aussi
    /// la règle : selon la méthode, un même service peut afficher des émissions dix fois plus faibles. « IA
    /// frugale » ou « consomme moins que les grands acteurs » ne sont pas des indicateurs.
    ///
    /// ## Pourquoi
    /// Depuis le {{date:env.ccp-environmental-criterion}} (décret n° 2022-767), les marchés publics dont la
    /// consultation est engagée à compter de cette date comportent au moins un critère d'attribution
    /// environnemental (code de la commande publique, art. L2152-7), ou un critère unique de coût calculé sur le
    /// cycle de vie qui tient compte des caractéristiques environnementales (art. R2152-7) ; l'acheteur ne peut
    /// noter que ce qui est chiffré. L'AFNOR Spec 2314 fixe une méthode de calcul et des règles de communication honnête.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Offre technique
    /// ## Environnement
    /// Notre IA frugale consomme moins de ressources que les solutions concurrentes.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Offre technique
    /// ## Environnement
    /// Une requête consomme en moyenne 0,8 Wh et émet 0,2 gCO2e. Méthode : mesure de la consommation des serveurs d'inférence, PUE du centre de données, facteur d'émission du réseau français (approche location-based).
    /// ```
    ///
    /// ## Base légale
    /// Code de la commande publique, art. L2111-2, L2112-2 et L2152-7 (loi n° 2021-1104 « Climat et résilience »,
    /// art. 35) ; AFNOR Spec 2314 (juin 2024) ; RGESN 2024, catégorie « algorithmie ».
    ///
    /// ## Références
    /// - AFNOR, Spec 2314 « IA frugale » (juin 2024)
    /// - Arcep, Arcom, ADEME, référentiel général d'écoconception de services numériques (RGESN, mai 2024)
    pub struct MissingEnvironmentalIndicators {
        code: "ACH006",
        name: "missing-environmental-indicators",
        family: Ach,
        severity: Warning,
        topics: [EnvironmentMeasurement, EnvironmentProcurement],
        legal_basis: "Code de la commande publique, art. L2152-7 (loi n° 2021-1104, art. 35) ; AFNOR Spec 2314 (juin 2024) ; RGESN 2024",
        summary_fr: "aucun indicateur d'énergie, de carbone ou de matériel pour le service, ou des chiffres sans méthode",
        summary_en: "no energy, carbon or hardware indicator for the service, or figures with no method",
        docs_en: "
## What it checks
The offer must put figures on the service's footprint: energy per request (Wh), emissions (gCO2e), water, data-centre
PUE, hardware or model size. Energy or carbon figures with no method (location- or market-based, scope,
manufacturing) also fire: depending on the method, the same service can show emissions ten times lower. \"Frugal
AI\" is not an indicator.

## Why
Since {{date:env.ccp-environmental-criterion}} (décret n° 2022-767), public contracts whose consultation starts from
that date need at least one environmental award criterion (CCP L2152-7), or a single life-cycle cost criterion that
accounts for environmental characteristics (art. R2152-7); a buyer can only score what is measured. AFNOR Spec 2314 sets a method and honest-communication rules.

## Legal basis
Code de la commande publique L2111-2, L2112-2, L2152-7; AFNOR Spec 2314 (June 2024); RGESN 2024.

## References
- AFNOR Spec 2314, June 2024
",
    }
}

impl Rule for MissingEnvironmentalIndicators {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        super::push(cx, out, verdict);
    }
}

/// The ACH006 verdict on an offer.
pub(crate) fn verdict(v: &OfferView<'_>) -> Verdict {
    let meta = MissingEnvironmentalIndicators::meta_static();
    let env = &v.facts.environment;
    let consumption = !(env.energy.is_empty() && env.carbon.is_empty());
    if env.any_indicator() && (!consumption || !env.method.is_empty()) {
        return Verdict::met(meta.code, env.best_quote());
    }
    let (status, primary, message) = if let Some(first) = env.best_figure() {
        (
            Status::Unclear,
            first,
            v.t(
                "l'offre chiffre l'énergie ou les émissions sans dire comment ces chiffres sont calculés",
                "the offer gives energy or emission figures without saying how they are computed",
            )
            .to_owned(),
        )
    } else if let Some(m) = v.facts.marketing_for(Aspect::Environment) {
        (
            Status::Unmet,
            m.span,
            format!(
                "{} (« {} » {})",
                v.t(
                    "l'offre ne donne aucun indicateur environnemental chiffré",
                    "the offer gives no environmental figure"
                ),
                m.phrase,
                v.t("n'est pas un indicateur", "is not an indicator")
            ),
        )
    } else {
        (
            Status::Unmet,
            v.place(Aspect::Environment),
            v.t(
                "l'offre ne donne aucun indicateur d'énergie, de carbone ou de matériel pour le service",
                "the offer gives no energy, carbon or hardware figure for the service",
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
        evidence: env.best_figure(),
        finding: Some(finding),
    }
}
