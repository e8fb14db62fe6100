//! Front matter: the metadata block of a charter (French keys, see `docs/formats.md`).
//!
//! These types are the source of the JSON Schemas in `charter-schema/` (schemars).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Every key the front matter accepts; anything else is reported by STR001.
pub(crate) const FRONT_MATTER_KEYS: &[&str] = &[
    "charte",
    "titre",
    "collectivite",
    "adoption",
    "version",
    "revision",
    "perimetre",
    "langue",
    "ignorer",
    "reference",
];

/// Keys accepted inside the nested tables of the front matter, for the unknown-key check (STR001). Kept here, with
/// the types, so that any YAML reader uses the same list.
pub(crate) const NESTED_FRONT_MATTER_KEYS: &[(&str, &[&str])] = &[
    (
        "collectivite",
        &["nom", "type", "code_insee", "population", "agents"],
    ),
    ("adoption", &["date", "instance", "deliberation"]),
    (
        "reference",
        &[
            "id",
            "organisme",
            "titre_original",
            "date",
            "url",
            "sources",
            "nature",
            "texte",
            "avertissement",
        ],
    ),
];

/// Metadata of a charter: the YAML front matter of a Markdown charter, or the top-level keys of a YAML charter.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct FrontMatter {
    /// Version of the charte format (1).
    pub charte: Option<u32>,
    /// Title of the charter.
    pub titre: Option<String>,
    /// The authority that adopts the charter: a table, or its name alone (`collectivite: Ville de Lyon`).
    #[serde(deserialize_with = "text_or_table")]
    #[schemars(with = "Option<TextOrTable<Collectivite>>")]
    pub collectivite: Option<Collectivite>,
    /// Adoption act: a table, or a sentence (`adoption: délibération du conseil municipal du 3 mars 2026`).
    #[serde(deserialize_with = "text_or_table")]
    #[schemars(with = "Option<TextOrTable<Adoption>>")]
    pub adoption: Option<Adoption>,
    /// Version of the text ("1.0").
    pub version: Option<StringOrNumber>,
    /// When the charter is reviewed: `annuelle`, `biennale`, an ISO date, or free text.
    pub revision: Option<StringOrNumber>,
    /// Who the charter binds (agents, elus, prestataires…).
    pub perimetre: Vec<String>,
    /// Language of the text (`fr` or `en`).
    pub langue: Option<String>,
    /// Rule codes switched off for this file, each with its reason.
    pub ignorer: BTreeMap<String, String>,
    /// Provenance of a reference charter (only in the reference corpus).
    pub reference: Option<ReferenceInfo>,
}

/// A header value written either as a table or as one line of text.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum TextOrTable<T> {
    /// The name or the sentence alone.
    Text(String),
    /// The full table.
    Table(T),
}

/// What a header table can be read from when it is written as one line of text.
trait FromText: Sized {
    fn from_text(text: &str) -> Self;
}

impl FromText for Collectivite {
    /// `collectivite: Ville de Lyon` names the authority.
    fn from_text(text: &str) -> Self {
        Collectivite {
            nom: Some(text.trim().to_owned()),
            ..Collectivite::default()
        }
    }
}

impl FromText for Adoption {
    /// `adoption: délibération du conseil municipal du 3 mars 2026`: the sentence names the act, and its first
    /// dated day (or an ISO date) dates it; a month alone dates nothing (« mars 2026 »).
    fn from_text(text: &str) -> Self {
        let text = text.trim();
        let date = crate::grammar::CivilDate::parse_iso(text)
            .or_else(|| {
                crate::grammar::find_dates(text)
                    .into_iter()
                    .filter(|d| d.value.kind == crate::grammar::DateKind::Exact)
                    .find(|d| text[d.start..].starts_with(|c: char| c.is_ascii_digit()))
                    .map(|d| d.value.date)
            })
            .map(|d| d.to_string());
        Adoption {
            date,
            instance: Some(text.to_owned()),
            deliberation: None,
        }
    }
}

/// Reads a header table that may be written as one line of text (`FromText`). A table keeps serde's own errors
/// (an unknown kind of body, a population that is not a number); a value that is neither text nor a table is an
/// error that names what was expected.
fn text_or_table<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de> + FromText,
{
    struct V<T>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de> + FromText> serde::de::Visitor<'de> for V<T> {
        type Value = Option<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a table or a line of text")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok((!v.trim().is_empty()).then(|| T::from_text(v)))
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D2: serde::Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
            d.deserialize_any(self)
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            T::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(Some)
        }
    }
    d.deserialize_any(V(std::marker::PhantomData))
}

/// A YAML scalar written either as text or as a number (`version: 1.0`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum StringOrNumber {
    /// Text.
    Text(String),
    /// Integer.
    Integer(i64),
    /// Decimal number.
    Float(f64),
}

impl std::fmt::Display for StringOrNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StringOrNumber::Text(s) => f.write_str(s),
            StringOrNumber::Integer(i) => write!(f, "{i}"),
            StringOrNumber::Float(x) => write!(f, "{x}"),
        }
    }
}

/// The authority adopting the charter.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Collectivite {
    /// Name ("Commune de Venarey-Les Laumes").
    pub nom: Option<String>,
    /// Kind of body.
    #[serde(rename = "type")]
    pub kind: Option<KindOfBody>,
    /// INSEE code.
    pub code_insee: Option<String>,
    /// Population (inhabitants), used by thresholds such as the REEN law (50,000) or SREN art. 31-1 (30,000).
    pub population: Option<u64>,
    /// Number of agents (staff), used by thresholds such as CRPA L312-1-3 (50 agents).
    pub agents: Option<u64>,
}

/// Kind of body adopting a charter. Besides the canonical names, the names drafters write are read too
/// (`ville`, `Syndicat`, `métropole`, `CCAS`…, whatever their case and accents; see [`KIND_NAMES`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs)]
pub enum KindOfBody {
    Commune,
    Epci,
    Departement,
    Region,
    Operateur,
    Etat,
    Association,
    Entreprise,
    Autre,
}

/// Every name `type:` accepts, canonical names first. A syndicate of communes is an EPCI (CGCT, art. L5212-1), and
/// so, for charte's thresholds, is a mixed syndicate or a pays; a CCAS, a SDIS, a centre de gestion or an office
/// public de l'habitat is a public operator. Compared after normalisation (case and accents ignored).
const KIND_NAMES: &[(&str, KindOfBody)] = &[
    ("commune", KindOfBody::Commune),
    ("epci", KindOfBody::Epci),
    ("departement", KindOfBody::Departement),
    ("region", KindOfBody::Region),
    ("operateur", KindOfBody::Operateur),
    ("etat", KindOfBody::Etat),
    ("association", KindOfBody::Association),
    ("entreprise", KindOfBody::Entreprise),
    ("autre", KindOfBody::Autre),
    ("ville", KindOfBody::Commune),
    ("mairie", KindOfBody::Commune),
    ("commune nouvelle", KindOfBody::Commune),
    ("intercommunalité", KindOfBody::Epci),
    ("communauté de communes", KindOfBody::Epci),
    ("communauté d'agglomération", KindOfBody::Epci),
    ("agglomération", KindOfBody::Epci),
    ("communauté urbaine", KindOfBody::Epci),
    ("métropole", KindOfBody::Epci),
    ("syndicat", KindOfBody::Epci),
    ("syndicat mixte", KindOfBody::Epci),
    ("syndicat intercommunal", KindOfBody::Epci),
    ("sivu", KindOfBody::Epci),
    ("sivom", KindOfBody::Epci),
    ("sivos", KindOfBody::Epci),
    ("pays", KindOfBody::Epci),
    ("petr", KindOfBody::Epci),
    ("département", KindOfBody::Departement),
    ("région", KindOfBody::Region),
    ("collectivité territoriale", KindOfBody::Region),
    ("opérateur", KindOfBody::Operateur),
    ("établissement public", KindOfBody::Operateur),
    ("ccas", KindOfBody::Operateur),
    ("cias", KindOfBody::Operateur),
    ("sdis", KindOfBody::Operateur),
    ("centre de gestion", KindOfBody::Operateur),
    ("cdg", KindOfBody::Operateur),
    ("office public de l'habitat", KindOfBody::Operateur),
    ("oph", KindOfBody::Operateur),
    ("état", KindOfBody::Etat),
    ("ministère", KindOfBody::Etat),
    ("préfecture", KindOfBody::Etat),
    ("société", KindOfBody::Entreprise),
];

impl<'de> Deserialize<'de> for KindOfBody {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let written = String::deserialize(d)?;
        let key = crate::grammar::folded(&written);
        KIND_NAMES
            .iter()
            .find(|(name, _)| crate::grammar::folded(name) == key)
            .map(|&(_, kind)| kind)
            .ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "type de collectivité inconnu « {written} » : attendu commune, epci, departement, region, operateur, etat, association, entreprise ou autre (ou ville, syndicat, métropole, ccas…)"
                ))
            })
    }
}

impl JsonSchema for KindOfBody {
    fn schema_name() -> String {
        "KindOfBody".to_owned()
    }
    fn json_schema(_: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
        schemars::schema::SchemaObject {
            instance_type: Some(schemars::schema::InstanceType::String.into()),
            enum_values: Some(
                KIND_NAMES
                    .iter()
                    .map(|(name, _)| serde_json::Value::String((*name).to_owned()))
                    .collect(),
            ),
            metadata: Some(Box::new(schemars::schema::Metadata {
                description: Some(
                    "Kind of body adopting a charter: a canonical name, or a name drafters write (ville, syndicat, métropole, ccas…)"
                        .to_owned(),
                ),
                ..Default::default()
            })),
            ..Default::default()
        }
        .into()
    }
}

/// The act by which the charter was adopted.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Adoption {
    /// Adoption date, ISO format (2025-03-12).
    pub date: Option<String>,
    /// Adopting body ("Conseil municipal").
    pub instance: Option<String>,
    /// Deliberation number.
    pub deliberation: Option<StringOrNumber>,
}

/// Provenance of a reference charter of the embedded corpus.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct ReferenceInfo {
    /// Stable id (file stem).
    pub id: String,
    /// Body that adopted the original.
    pub organisme: String,
    /// Title of the original text.
    pub titre_original: String,
    /// Adoption date, as precise as known ("2025-09-25", "2025-06", "2025").
    pub date: String,
    /// URL of the official text or its best public description.
    pub url: String,
    /// Every source used to reconstruct the model.
    pub sources: Vec<String>,
    /// `modele-reconstitue` (reconstructed model) or `texte-fourni` (user-provided text).
    pub nature: String,
    /// How complete the text is: `integral` (the whole text, so a topic it does not cover is absent), `extraits`
    /// (quoted extracts) or `description` (rewritten from public descriptions). Extracts and descriptions only
    /// attest what they contain: a topic they do not cover is « non documenté », not absent. When missing:
    /// `description` for a reconstructed model, `integral` for a user-provided text.
    pub texte: String,
    /// Warning shown to readers.
    pub avertissement: String,
}
