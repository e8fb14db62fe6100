//! The topic taxonomy of `docs/formats.md`: stable ids users put in `sujets:` and that rules key on.

use serde::{Deserialize, Serialize};

macro_rules! topics {
    ($( $variant:ident = $id:literal, $fr:literal, $en:literal; )*) => {
        /// A topic a charter is expected to cover (the taxonomy of the rule catalogue).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[allow(missing_docs)]
        pub enum Topic { $( $variant, )* }

        impl Topic {
            /// Every topic, in taxonomy order.
            pub const ALL: &'static [Topic] = &[ $( Topic::$variant, )* ];
            /// Stable id, e.g. `gdpr.dpia`.
            pub fn id(self) -> &'static str {
                match self { $( Topic::$variant => $id, )* }
            }
            /// French label.
            pub fn label_fr(self) -> &'static str {
                match self { $( Topic::$variant => $fr, )* }
            }
            /// English label.
            pub fn label_en(self) -> &'static str {
                match self { $( Topic::$variant => $en, )* }
            }
            /// Label in the language of the messages.
            pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
                lang.pick(self.label_fr(), self.label_en())
            }
            /// Looks a topic up by id.
            pub fn from_id(id: &str) -> Option<Topic> {
                match id.trim() { $( $id => Some(Topic::$variant), )* _ => None }
            }
        }
    };
}

topics! {
    GdprPublicTools = "gdpr.public-tools", "Données personnelles et outils d'IA grand public", "Personal data and consumer AI tools";
    GdprLawfulBasis = "gdpr.lawful-basis", "Base légale et finalité", "Lawful basis and purpose";
    GdprMinimisation = "gdpr.minimisation", "Minimisation des données", "Data minimisation";
    GdprRetention = "gdpr.retention", "Durée de conservation", "Retention period";
    GdprRights = "gdpr.rights", "Information et droits des personnes", "Information and data subject rights";
    GdprDpia = "gdpr.dpia", "Analyse d'impact (AIPD)", "Data protection impact assessment";
    GdprDpo = "gdpr.dpo", "Délégué à la protection des données", "Data protection officer";
    GdprProcessors = "gdpr.processors", "Sous-traitants (art. 28)", "Processors (art. 28)";
    GdprTransfers = "gdpr.transfers", "Transferts hors Union européenne", "Transfers outside the EU";
    GdprAutomatedDecisions = "gdpr.automated-decisions", "Décisions automatisées (art. 22)", "Automated decisions (art. 22)";
    GdprSensitiveData = "gdpr.sensitive-data", "Données sensibles (art. 9)", "Sensitive data (art. 9)";
    GdprSecurity = "gdpr.security", "Sécurité et violations de données", "Security and data breaches";
    SovereigntyHosting = "sovereignty.hosting", "Localisation de l'hébergement", "Hosting location";
    SovereigntyExtraterritoriality = "sovereignty.extraterritoriality", "Lois extraterritoriales, SecNumCloud", "Extraterritorial laws, SecNumCloud";
    SovereigntyReversibility = "sovereignty.reversibility", "Réversibilité et portabilité", "Reversibility and portability";
    SovereigntyNoTraining = "sovereignty.no-training", "Non-réutilisation des données pour l'entraînement", "No training on the authority's data";
    SovereigntyOpenSource = "sovereignty.open-source", "Logiciels libres et modèles ouverts", "Free software and open models";
    SovereigntyApprovedTools = "sovereignty.approved-tools", "Outils autorisés", "Approved tools";
    EnvironmentSobriety = "environment.sobriety", "Sobriété et proportionnalité des usages", "Sobriety and proportionate use";
    EnvironmentMeasurement = "environment.measurement", "Mesure et suivi de l'empreinte", "Measuring the footprint";
    EnvironmentProcurement = "environment.procurement", "Critères environnementaux dans les achats", "Environmental criteria in procurement";
    AiLiteracy = "ai.literacy", "Formation et acculturation", "Training and AI literacy";
    AiTransparency = "ai.transparency", "Transparence envers le public", "Transparency to the public";
    AiHumanOversight = "ai.human-oversight", "Contrôle humain", "Human oversight";
    AiOutputVerification = "ai.output-verification", "Vérification des contenus produits", "Verifying AI outputs";
    AiBias = "ai.bias", "Non-discrimination et biais", "Non-discrimination and bias";
    AiRiskAssessment = "ai.risk-assessment", "Évaluation des risques (AI Act)", "Risk assessment (AI Act)";
    AiAlgorithmRegister = "ai.algorithm-register", "Inventaire public des algorithmes", "Public algorithm register";
    AiProhibitedUses = "ai.prohibited-uses", "Usages interdits", "Prohibited uses";
    AiConfidentiality = "ai.confidentiality", "Informations confidentielles", "Confidential information";
    AiIntellectualProperty = "ai.intellectual-property", "Propriété intellectuelle", "Intellectual property";
    GovernanceScope = "governance.scope", "Champ d'application", "Scope";
    GovernanceRoles = "governance.roles", "Référents et instances", "Roles and bodies";
    GovernanceReview = "governance.review", "Révision de la charte", "Review of the charter";
    GovernanceEnforcement = "governance.enforcement", "Manquements et signalement", "Breaches and reporting";
    GovernanceParticipation = "governance.participation", "Association des agents et des citoyens", "Involving staff and citizens";
    GovernanceDefinitions = "governance.definitions", "Définitions", "Definitions";
}

impl Serialize for Topic {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Topic {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Topic::from_id(&s).ok_or_else(|| serde::de::Error::custom(format!("sujet inconnu : {s}")))
    }
}

impl schemars::JsonSchema for Topic {
    fn schema_name() -> String {
        "Topic".to_owned()
    }
    fn json_schema(_: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
        let values = Topic::ALL
            .iter()
            .map(|t| serde_json::Value::String(t.id().to_owned()))
            .collect();
        schemars::schema::SchemaObject {
            instance_type: Some(schemars::schema::InstanceType::String.into()),
            enum_values: Some(values),
            metadata: Some(Box::new(schemars::schema::Metadata {
                description: Some(
                    "Sujet de la taxonomie de charte (voir `charte rules`)".to_owned(),
                ),
                ..Default::default()
            })),
            ..Default::default()
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for t in Topic::ALL {
            assert!(seen.insert(t.id()), "duplicate {}", t.id());
            assert_eq!(Topic::from_id(t.id()), Some(*t));
        }
        assert_eq!(Topic::ALL.len(), 37);
    }
}
