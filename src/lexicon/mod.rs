//! The French lexicon: topic vocabulary, modality markers, hedges, vague words and small ontologies, loaded once
//! from the reviewable TOML files in `data/lexicon/`, and compiled into one multi-pattern matcher.
//!
//! A jurist extends the lexicon by editing the TOML files; no Rust changes are needed.

pub(crate) mod normalize;

use crate::model::Topic;
use aho_corasick::{AhoCorasick, MatchKind};
use normalize::{is_word_byte, normalize_term};
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::LazyLock;

const TOPICS_TOML: &str = include_str!("../../data/lexicon/topics.toml");
const MARKERS_TOML: &str = include_str!("../../data/lexicon/markers.toml");
const OBJECTS_TOML: &str = include_str!("../../data/lexicon/objects.toml");
/// Objects of administrative work (acte administratif ⊃ arrêté…): more `[[concept]]` tables, read with objects.toml.
const ACTIVITIES_TOML: &str = include_str!("../../data/lexicon/activities.toml");
const OBSOLETE_TOML: &str = include_str!("../../data/lexicon/obsolete.toml");
const PRACTICES_TOML: &str = include_str!("../../data/lexicon/practices.toml");
const RGPD_ARTICLES_TOML: &str = include_str!("../../data/rgpd_articles.toml");

/// An obsolete legal reference and what replaced it (RGPD021).
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct ObsoleteRef {
    /// Stable id.
    #[allow(dead_code)]
    // part of the reviewed data file (`data/lexicon/obsolete.toml`); no code reads it
    pub id: String,
    /// Surface forms.
    pub terms: Vec<String>,
    /// What to cite instead (French).
    pub remplacement_fr: String,
    /// What to cite instead (English).
    pub remplacement_en: String,
    /// Source of the fact.
    #[allow(dead_code, reason = "part of the reviewed data file; no code reads it")]
    pub source: String,
    /// When set, the entry holds only if the same sentence cites the date of this fact (`data/law/`): `terms` are
    /// then the subject's words (« haut risque ») and the date is what is obsolete.
    #[serde(default)]
    pub date_fact: Option<String>,
}

/// A practice banned by AI Act art. 5 (IA004).
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Practice {
    /// Stable id.
    #[allow(dead_code)]
    // part of the reviewed data file (`data/lexicon/practices.toml`); no code reads it
    pub id: String,
    /// Article and point of the AI Act.
    pub article: String,
    /// French description.
    pub label_fr: String,
    /// English description.
    pub label_en: String,
    /// Surface forms.
    pub terms: Vec<String>,
    /// Context words, one of which must be in the sentence (empty = always banned).
    #[serde(default)]
    pub contexte: Vec<String>,
    /// The exact scope of the ban, for the help (French).
    #[serde(default)]
    pub note_fr: Option<String>,
    /// The exact scope of the ban, for the help (English).
    #[serde(default)]
    pub note_en: Option<String>,
    /// The fact (`data/law/`) whose date the ban applies from, when it is not the original art. 5 date.
    #[serde(default)]
    pub applies: Option<String>,
}

/// What a GDPR article governs (RGPD020).
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct RgpdArticle {
    /// Article number (1–99).
    pub number: u8,
    /// Subject, in French.
    pub title_fr: String,
    /// Phrases naming what the article governs.
    #[serde(default)]
    pub subjects: Vec<String>,
}

#[derive(Deserialize)]
struct ObsoleteFile {
    reference: Vec<ObsoleteRef>,
    historique: PlanDef,
}

#[derive(Deserialize)]
struct PracticesFile {
    practice: Vec<Practice>,
    plan: PlanDef,
}

#[derive(Deserialize)]
struct PlanDef {
    terms: Vec<String>,
}

#[derive(Deserialize)]
struct RgpdFile {
    article: Vec<RgpdArticle>,
}

/// Kinds of marker words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Marker {
    /// « doit », « est tenu de ».
    Obligation,
    /// « interdit », « proscrit ».
    Prohibition,
    /// « peut », « est autorisé ».
    Permission,
    /// « il est recommandé ».
    Recommendation,
    /// « devrait », « il serait souhaitable ».
    Conditional,
    /// « ne », « pas », « jamais », « aucun ».
    Negation,
    /// « dans la mesure du possible ».
    Hedge,
    /// « dans la mesure où »: looks like a hedge, is not.
    NotHedge,
    /// « raisonnable », « approprié ».
    Vague,
    /// « si », « lorsque ».
    Condition,
    /// « sauf », « à l'exception de ».
    Exception,
    /// « souverain ».
    SovereigntyClaim,
    /// « `SecNumCloud` », « hébergé en France ».
    SovereigntyCriterion,
    /// « marché public », « achat »: the charter deals with procurement.
    Procurement,
}

/// Which side of a topic's pair a term belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// First list.
    A,
    /// Second list.
    B,
}

/// What a matched term means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    /// A term that covers a topic alone.
    Term(Topic),
    /// One side of a topic's pair.
    Pair(Topic, u8, Side),
    /// A false friend that cancels the topic in its sentence.
    Unless(Topic),
    /// The reason given for a rule (« chaque requête consomme de l'énergie : réservez l'IA… »): covers the topic
    /// in a binding sentence only, never in a statement or a warning.
    Reason(Topic),
    /// A marker word.
    Marker(Marker),
    /// A concept of the object/actor ontology (index into [`Lexicon::concepts`]).
    Concept(u16),
    /// An obsolete legal reference (index into [`Lexicon::obsolete`]).
    Obsolete(u16),
    /// A practice banned by AI Act art. 5 (index into [`Lexicon::practices`]).
    Practice(u16),
    /// A context word of a practice.
    PracticeContext(u16),
    /// A verb announcing a planned use.
    Plan,
    /// A phrase naming what a GDPR article governs (article number).
    RgpdSubject(u8),
    /// « abrogeant », « remplacé par »: the sentence presents a text as past.
    Historical,
}

/// A term found in normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Start in the normalised text.
    pub start: usize,
    /// End in the normalised text.
    pub end: usize,
    /// Meaning.
    pub tag: Tag,
}

/// A side of a pair: terms, or a grammar placeholder (`@duree`, `@date`).
#[derive(Debug, Clone, Default)]
pub(crate) struct PairSide {
    /// Satisfied by a duration found by the grammar.
    pub duration: bool,
    /// Satisfied by a date found by the grammar.
    pub date: bool,
}

/// A topic's vocabulary once loaded.
#[derive(Debug, Clone)]
pub(crate) struct TopicEntry {
    /// The topic.
    pub topic: Topic,
    /// Number of plain terms.
    #[allow(
        dead_code,
        reason = "kept for debugging the compiled lexicon; no code reads it"
    )]
    pub terms: usize,
    /// Pairs: (side a, side b) placeholders; terms are in the matcher.
    pub pairs: Vec<(PairSide, PairSide)>,
    /// The charter states this topic by describing itself (« La présente charte s'applique aux agents… »): a
    /// statement covers it as a rule does, wherever it stands (preamble included).
    pub declarative: bool,
    /// The topic calls for a firm rule (a legal duty or its direct means): a mere recommendation on it weakens
    /// the charter (LANG001).
    pub duty: bool,
}

/// A concept of the ontology (objects, tools, actors), with its parents.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Concept {
    /// Stable id (`data.health`).
    pub id: String,
    /// Direct parents (`data.sensitive`).
    #[serde(default)]
    pub parents: Vec<String>,
    /// French terms.
    #[serde(default)]
    pub terms: Vec<String>,
    /// How messages name the concept (« outil d'IA générative grand public »); the first term otherwise.
    #[serde(default)]
    pub label: Option<String>,
    /// Names that are common words in lower case (« Le Chat »): the concept only when the capitals after the
    /// first letter are written as here (« interroger le Chat », not « le chat de l'accueil »).
    #[serde(default)]
    pub cased_terms: Vec<String>,
    /// Terms made of three parts, every combination recognised: what (« le nom », « la situation »), a link
    /// (« d'un », « sur les », or nothing) and whom (« administré », « habitants », « clients »).
    #[serde(default)]
    pub composed: Vec<Composed>,
}

/// `composed` terms of a concept: every `what` + `link` + `whom`.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Composed {
    what: Vec<String>,
    link: Vec<String>,
    whom: Vec<String>,
}

impl Composed {
    /// Every combination, written as the text would be (« de l' » + « agent » → « de l'agent »).
    fn terms(&self) -> impl Iterator<Item = String> + '_ {
        self.what.iter().flat_map(move |w| {
            self.link.iter().flat_map(move |l| {
                self.whom.iter().map(move |h| {
                    let l = l.trim();
                    match (l.is_empty(), l.ends_with(['\'', '’'])) {
                        (true, _) => format!("{w} {h}"),
                        (false, true) => format!("{w} {l}{h}"),
                        (false, false) => format!("{w} {l} {h}"),
                    }
                })
            })
        })
    }
}

/// The compiled lexicon.
pub(crate) struct Lexicon {
    /// Topics in taxonomy order.
    pub topics: Vec<TopicEntry>,
    /// Ontology concepts.
    pub concepts: Vec<Concept>,
    /// Obsolete references.
    pub obsolete: Vec<ObsoleteRef>,
    /// Banned practices.
    pub practices: Vec<Practice>,
    /// GDPR articles, by number order.
    pub rgpd_articles: Vec<RgpdArticle>,
    /// `ancestors[i]` = indexes of every concept that concept `i` is a kind of (itself included).
    pub ancestors: Vec<Vec<u16>>,
    /// Normalised words marking context sections (préambule…).
    pub context_sections: Vec<String>,
    /// Normalised words marking definition sections.
    pub definition_sections: Vec<String>,
    /// Normalised words that open a sentence like an imperative without being one (« chez », « assez »).
    pub not_imperatives: Vec<String>,
    /// Normalised words that deny what a binding sentence names (« aucune décision ne soit prise par… »).
    pub denials: Vec<String>,
    /// Normalised first words of an answer that refuses what its question asks (« Non. », « Pas avant … »).
    pub answer_no: Vec<String>,
    /// Normalised first words of an answer that grants it (« Oui. »).
    pub answer_yes: Vec<String>,
    /// Normalised verbs of what an AI tool can get wrong (« se tromper », « inventer »).
    pub failures: Vec<String>,
    /// Normalised phrases that name back the data listed before them in the section (« ces données »).
    pub data_anaphors: Vec<String>,
    /// Normalised words after which a negated infinitive is a condition or a purpose (« à condition de ne pas »).
    pub subordinate_negations: Vec<String>,
    /// Normalised verbs that make a necessity adjective the predicate (« est obligatoire »).
    pub necessity_copulas: Vec<String>,
    /// Normalised words that open a clause before the main one (« si », « en », « avant »).
    pub leading_subordinates: Vec<String>,
    /// Normalised words that negate strongly with « ne » (« pas », « jamais », « aucun »).
    pub strong_negations: Vec<String>,
    /// Normalised forms of « être » that open a statement of identity.
    pub identity_copulas: Vec<String>,
    /// Normalised determiners that open the noun phrase of such a statement.
    pub identity_determiners: Vec<String>,
    /// Product names that are common words in lower case (`cased_terms`): normalised, as written, concept.
    pub cased: Vec<(String, String, u16)>,
    matcher: AhoCorasick,
    patterns: Vec<String>,
    wildcard: Vec<bool>,
    tags: Vec<Vec<Tag>>,
}

#[derive(Deserialize)]
struct TopicsFile {
    topic: Vec<TopicDef>,
}

#[derive(Deserialize)]
struct TopicDef {
    id: String,
    #[serde(default)]
    terms: Vec<String>,
    #[serde(default)]
    pairs: Vec<PairDef>,
    #[serde(default)]
    unless: Vec<String>,
    #[serde(default)]
    reasons: Vec<String>,
    #[serde(default)]
    declarative: bool,
    #[serde(default)]
    duty: bool,
}

#[derive(Deserialize)]
struct PairDef {
    a: Vec<String>,
    b: Vec<String>,
}

#[derive(Deserialize)]
struct ObjectsFile {
    #[serde(default)]
    concept: Vec<Concept>,
}

/// Errors in the lexicon data (caught by tests; the embedded files are always valid in a release).
#[derive(Debug, thiserror::Error)]
pub(crate) enum LexiconError {
    /// TOML syntax or shape.
    #[error("{file}: {source}")]
    Toml {
        /// Which file.
        file: &'static str,
        /// The TOML error.
        source: toml::de::Error,
    },
    /// A topic id not in the taxonomy.
    #[error("topics.toml: unknown topic id {0}")]
    UnknownTopic(String),
    /// A parent concept that does not exist.
    #[error("objects.toml: concept {0} has unknown parent {1}")]
    UnknownParent(String, String),
    /// The matcher could not be built.
    #[error("matcher: {0}")]
    Matcher(String),
}

#[derive(Default)]
struct Patterns {
    index: HashMap<(String, bool), usize>,
    list: Vec<String>,
    wildcard: Vec<bool>,
    tags: Vec<Vec<Tag>>,
}

impl Patterns {
    fn add(&mut self, raw: &str, tag: Tag) {
        let raw = raw.trim();
        let (body, wild) = match raw.strip_suffix('*') {
            Some(b) => (b, true),
            None => (raw, false),
        };
        let norm = normalize_term(body);
        if norm.is_empty() || norm.starts_with('@') {
            return;
        }
        let key = (norm.clone(), wild);
        let i = *self.index.entry(key).or_insert_with(|| {
            self.list.push(norm);
            self.wildcard.push(wild);
            self.tags.push(Vec::new());
            self.list.len() - 1
        });
        if !self.tags[i].contains(&tag) {
            self.tags[i].push(tag);
        }
    }
}

/// Every string list under `name`, at the top level or one table down (the file groups lists in tables freely).
fn lists<'v>(value: &'v toml::Value, name: &str) -> Vec<&'v str> {
    let mut out = Vec::new();
    let mut take = |v: &'v toml::Value| {
        if let Some(arr) = v.as_array() {
            out.extend(arr.iter().filter_map(|x| x.as_str()));
        }
    };
    if let Some(table) = value.as_table() {
        if let Some(v) = table.get(name) {
            take(v);
        }
        for v in table.values() {
            if let Some(inner) = v.as_table() {
                if let Some(v) = inner.get(name) {
                    take(v);
                }
            }
        }
    }
    out
}

/// The index of an entry of a lexicon table (concepts, obsolete references, practices) as stored in a [`Tag`].
fn entry_index(i: usize) -> u16 {
    u16::try_from(i).expect("a lexicon table holds fewer than 65 536 entries")
}

impl Lexicon {
    /// The lexicon built from the embedded data files.
    ///
    /// # Panics
    /// When the embedded data is invalid, which the lexicon's tests rule out.
    pub(crate) fn global() -> &'static Lexicon {
        static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
            let objects = format!("{OBJECTS_TOML}\n{ACTIVITIES_TOML}");
            let mut lx = Lexicon::from_sources(TOPICS_TOML, MARKERS_TOML, &objects)
                .expect("embedded lexicon is valid");
            lx.add_legal_tables(OBSOLETE_TOML, PRACTICES_TOML, RGPD_ARTICLES_TOML)
                .expect("embedded legal tables are valid");
            lx
        });
        &LEXICON
    }

    /// Builds a lexicon from TOML sources.
    ///
    /// # Panics
    /// When a table holds 65 536 entries or more (entries are tagged with a `u16`).
    pub(crate) fn from_sources(
        topics: &str,
        markers: &str,
        objects: &str,
    ) -> Result<Lexicon, LexiconError> {
        let tf: TopicsFile = toml::from_str(topics).map_err(|source| LexiconError::Toml {
            file: "topics.toml",
            source,
        })?;
        let mv: toml::Value = toml::from_str(markers).map_err(|source| LexiconError::Toml {
            file: "markers.toml",
            source,
        })?;
        let of: ObjectsFile = toml::from_str(objects).map_err(|source| LexiconError::Toml {
            file: "objects.toml",
            source,
        })?;
        let mut p = Patterns::default();
        let mut entries = Vec::new();
        for def in &tf.topic {
            let topic = Topic::from_id(&def.id)
                .ok_or_else(|| LexiconError::UnknownTopic(def.id.clone()))?;
            for t in &def.terms {
                p.add(t, Tag::Term(topic));
            }
            for t in &def.unless {
                p.add(t, Tag::Unless(topic));
            }
            for t in &def.reasons {
                p.add(t, Tag::Reason(topic));
            }
            let mut pairs = Vec::new();
            for (k, pair) in def.pairs.iter().enumerate() {
                let k = u8::try_from(k).expect("fewer than 256 pairs per topic in topics.toml");
                let side = |terms: &Vec<String>| PairSide {
                    duration: terms.iter().any(|t| t.trim() == "@duree"),
                    date: terms.iter().any(|t| t.trim() == "@date"),
                };
                for t in &pair.a {
                    p.add(t, Tag::Pair(topic, k, Side::A));
                }
                for t in &pair.b {
                    p.add(t, Tag::Pair(topic, k, Side::B));
                }
                pairs.push((side(&pair.a), side(&pair.b)));
            }
            entries.push(TopicEntry {
                topic,
                terms: def.terms.len(),
                pairs,
                declarative: def.declarative,
                duty: def.duty,
            });
        }
        entries.sort_by_key(|e| e.topic);
        let groups: &[(&str, Marker)] = &[
            ("obligation", Marker::Obligation),
            ("prohibition", Marker::Prohibition),
            ("permission", Marker::Permission),
            ("recommendation", Marker::Recommendation),
            ("conditional", Marker::Conditional),
            ("negation", Marker::Negation),
            ("hedges", Marker::Hedge),
            ("not_hedges", Marker::NotHedge),
            // A fixed phrase whose modal-looking word is a noun (« l'assuré »): like a false hedge, its words mark no
            // modality.
            ("fixed_phrases", Marker::NotHedge),
            ("vague", Marker::Vague),
            ("condition", Marker::Condition),
            ("exception", Marker::Exception),
            ("sovereignty_claims", Marker::SovereigntyClaim),
            ("sovereignty_criteria", Marker::SovereigntyCriterion),
            ("procurement_cues", Marker::Procurement),
        ];
        for (name, marker) in groups {
            for t in lists(&mv, name) {
                p.add(t, Tag::Marker(*marker));
            }
        }
        let mut of = of;
        // Tools a charter names itself (« l'assistant Avalia »): generative AI tools the authority provides.
        if !of.concept.iter().any(|c| c.id == "tool.local") {
            let parents = ["tool.genai", "tool.approved"]
                .iter()
                .filter(|p| of.concept.iter().any(|c| c.id == **p))
                .map(std::string::ToString::to_string)
                .collect();
            of.concept.push(Concept {
                id: "tool.local".to_owned(),
                parents,
                terms: Vec::new(),
                label: Some("outil d'IA propre à la collectivité".to_owned()),
                cased_terms: Vec::new(),
                composed: Vec::new(),
            });
        }
        let ids: HashMap<&str, u16> = of
            .concept
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), entry_index(i)))
            .collect();
        for (i, c) in of.concept.iter().enumerate() {
            for parent in &c.parents {
                if !ids.contains_key(parent.as_str()) {
                    return Err(LexiconError::UnknownParent(c.id.clone(), parent.clone()));
                }
            }
            for t in &c.terms {
                p.add(t, Tag::Concept(entry_index(i)));
            }
            for t in c.composed.iter().flat_map(Composed::terms) {
                p.add(&t, Tag::Concept(entry_index(i)));
            }
        }
        let ancestors = (0..of.concept.len())
            .map(|i| {
                let mut seen = vec![entry_index(i)];
                let mut k = 0;
                while k < seen.len() {
                    let c = &of.concept[seen[k] as usize];
                    for parent in &c.parents {
                        let j = ids[parent.as_str()];
                        if !seen.contains(&j) {
                            seen.push(j);
                        }
                    }
                    k += 1;
                }
                seen
            })
            .collect();
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&p.list)
            .map_err(|e| LexiconError::Matcher(e.to_string()))?;
        let norm_list = |name| {
            lists(&mv, name)
                .iter()
                .map(|t| normalize_term(t))
                .filter(|t| !t.is_empty())
                .collect()
        };
        let cased = of
            .concept
            .iter()
            .enumerate()
            .flat_map(|(i, c)| {
                c.cased_terms
                    .iter()
                    .map(move |t| (normalize_term(t), t.clone(), entry_index(i)))
            })
            .collect();
        Ok(Lexicon {
            topics: entries,
            cased,
            obsolete: Vec::new(),
            practices: Vec::new(),
            rgpd_articles: Vec::new(),
            ancestors,
            context_sections: norm_list("context_sections"),
            definition_sections: norm_list("definition_sections"),
            not_imperatives: norm_list("not_imperatives"),
            denials: norm_list("denials"),
            answer_no: norm_list("answer_no"),
            answer_yes: norm_list("answer_yes"),
            failures: norm_list("failures"),
            data_anaphors: norm_list("data_anaphors"),
            subordinate_negations: norm_list("subordinate_negations"),
            necessity_copulas: norm_list("necessity_copulas"),
            leading_subordinates: norm_list("leading_subordinates"),
            strong_negations: norm_list("strong_negations"),
            identity_copulas: norm_list("identity_copulas"),
            identity_determiners: norm_list("identity_determiners"),
            concepts: of.concept,
            matcher,
            patterns: p.list,
            wildcard: p.wildcard,
            tags: p.tags,
        })
    }

    /// Adds the legal tables (obsolete references, banned practices, GDPR articles) and rebuilds the matcher.
    pub(crate) fn add_legal_tables(
        &mut self,
        obsolete: &str,
        practices: &str,
        rgpd: &str,
    ) -> Result<(), LexiconError> {
        let of: ObsoleteFile = toml::from_str(obsolete).map_err(|source| LexiconError::Toml {
            file: "obsolete.toml",
            source,
        })?;
        let pf: PracticesFile = toml::from_str(practices).map_err(|source| LexiconError::Toml {
            file: "practices.toml",
            source,
        })?;
        let rf: RgpdFile = toml::from_str(rgpd).map_err(|source| LexiconError::Toml {
            file: "rgpd_articles.toml",
            source,
        })?;
        let mut p = Patterns::default();
        for (i, list) in self.patterns.iter().enumerate() {
            let raw = if self.wildcard[i] {
                format!("{list}*")
            } else {
                list.clone()
            };
            for &tag in &self.tags[i] {
                p.add(&raw, tag);
            }
        }
        for (i, r) in of.reference.iter().enumerate() {
            for t in &r.terms {
                p.add(t, Tag::Obsolete(entry_index(i)));
            }
        }
        for t in &of.historique.terms {
            p.add(t, Tag::Historical);
        }
        for (i, pr) in pf.practice.iter().enumerate() {
            for t in &pr.terms {
                p.add(t, Tag::Practice(entry_index(i)));
            }
            for t in &pr.contexte {
                p.add(t, Tag::PracticeContext(entry_index(i)));
            }
        }
        for t in &pf.plan.terms {
            p.add(t, Tag::Plan);
        }
        for a in &rf.article {
            for t in &a.subjects {
                p.add(t, Tag::RgpdSubject(a.number));
            }
        }
        self.matcher = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&p.list)
            .map_err(|e| LexiconError::Matcher(e.to_string()))?;
        self.patterns = p.list;
        self.wildcard = p.wildcard;
        self.tags = p.tags;
        self.obsolete = of.reference;
        self.practices = pf.practice;
        self.rgpd_articles = rf.article;
        Ok(())
    }

    /// Every lexicon term in a normalised text, with word boundaries checked. Linear in the text length.
    pub(crate) fn scan(&self, norm: &str) -> Vec<Hit> {
        let bytes = norm.as_bytes();
        let mut hits = Vec::new();
        for m in self.matcher.find_overlapping_iter(norm) {
            let (s, mut e) = (m.start(), m.end());
            if s > 0 && is_word_byte(bytes[s - 1]) {
                continue;
            }
            let pid = m.pattern().as_usize();
            if self.wildcard[pid] {
                while e < bytes.len() && is_word_byte(bytes[e]) {
                    e += 1;
                }
            } else if e < bytes.len()
                && is_word_byte(bytes[e])
                && !self.patterns[pid].ends_with('\'')
            {
                continue;
            }
            for &tag in &self.tags[pid] {
                hits.push(Hit {
                    start: s,
                    end: e,
                    tag,
                });
            }
        }
        hits
    }

    /// True when the charter states `topic` by describing itself (`declarative = true` in `topics.toml`).
    pub(crate) fn is_declarative(&self, topic: Topic) -> bool {
        self.topics
            .iter()
            .any(|e| e.topic == topic && e.declarative)
    }

    /// True when `topic` calls for a firm rule (`duty = true` in `topics.toml`).
    pub(crate) fn calls_for_duty(&self, topic: Topic) -> bool {
        self.topics.iter().any(|e| e.topic == topic && e.duty)
    }

    /// Index of a concept by id.
    pub(crate) fn concept(&self, id: &str) -> Option<u16> {
        self.concepts
            .iter()
            .position(|c| c.id == id)
            .and_then(|i| u16::try_from(i).ok())
    }

    /// True when concept `child` is a kind of `ancestor` (or the same).
    pub(crate) fn is_a(&self, child: u16, ancestor: u16) -> bool {
        self.ancestors
            .get(child as usize)
            .is_some_and(|a| a.contains(&ancestor))
    }

    /// The vocabulary entry of a topic (tests).
    #[cfg(test)]
    pub(crate) fn topic(&self, topic: Topic) -> Option<&TopicEntry> {
        self.topics.iter().find(|e| e.topic == topic)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lexicon_loads_and_every_topic_has_terms() {
        let lx = Lexicon::global();
        for t in Topic::ALL {
            let e = lx
                .topic(*t)
                .unwrap_or_else(|| panic!("topic {} missing from topics.toml", t.id()));
            assert!(e.terms + e.pairs.len() > 0, "topic {} has no terms", t.id());
        }
    }

    #[test]
    fn no_plain_term_is_shared_by_two_topics() {
        let lx = Lexicon::global();
        for (i, tags) in lx.tags.iter().enumerate() {
            let topics: Vec<_> = tags
                .iter()
                .filter_map(|t| if let Tag::Term(x) = t { Some(*x) } else { None })
                .collect();
            assert!(
                topics.len() <= 1,
                "term « {} » is listed under {:?}",
                lx.patterns[i],
                topics
            );
        }
    }

    #[test]
    fn ontology_is_a_partial_order() {
        let lx = Lexicon::global();
        let n = u16::try_from(lx.concepts.len()).expect("few concepts");
        for a in 0..n {
            assert!(lx.is_a(a, a));
            for b in 0..n {
                if a != b && lx.is_a(a, b) {
                    assert!(
                        !lx.is_a(b, a),
                        "cycle between {} and {}",
                        lx.concepts[a as usize].id,
                        lx.concepts[b as usize].id
                    );
                }
            }
        }
    }

    #[test]
    fn scan_respects_word_boundaries_and_wildcards() {
        let lx = Lexicon::from_sources(
            "[[topic]]\nid = \"gdpr.retention\"\nterms = [\"conserv*\", \"AIPD\"]\n",
            "negation = [\"ne\"]\n",
            "",
        )
        .unwrap();
        let hits = lx.scan("les donnees conservees; une aipdx; l'aipd");
        let spans: Vec<_> = hits.iter().map(|h| (h.start, h.end)).collect();
        assert_eq!(spans, [(12, 22), (37, 41)]);
    }
}
