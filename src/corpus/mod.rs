//! The reference corpus: about twenty reference charters embedded in the binary, parsed and analysed once, and the
//! statistics every corpus feature reads (how many references cover a topic, the consensus topics, the clause to
//! quote). A user's own folder of reference texts (`--references DIR`) goes through the same engine.
//!
//! Read by the rules (the help of missing-topic rules, REF001) and by the features built on the corpus in
//! [`crate::references`] (`diff`, `compare`, `init`, `refs build`).

pub(crate) mod text;
mod version;

use crate::analyze::{analyze, Analysis};
use crate::i18n::Lang;
use crate::lexicon::Lexicon;
use crate::model::{Charter, KindOfBody, Modality, SectionRole, Topic};
use crate::parse::{parse_bytes, Format};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

pub(crate) use text::WordBag;
pub(crate) use version::CorpusVersion;

/// Share of the references (or of the compared charters) above which a topic is a consensus topic.
pub(crate) const CONSENSUS: f64 = 0.75;

/// One embedded reference file: its name in `references/`, the short name used in quotes, and its text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Embedded {
    /// File name in `references/`.
    pub file: &'static str,
    /// Short name for quotes (« Lyon (2025) »).
    pub short: &'static str,
    /// The file's text.
    pub text: &'static str,
}

macro_rules! embedded {
    ($( $file:literal => $short:literal, )*) => {
        /// Every file of `references/`, embedded at build time (a test checks this list against the folder).
        pub(crate) const EMBEDDED: &[Embedded] = &[
            $( Embedded { file: $file, short: $short, text: include_str!(concat!("../../references/", $file)) }, )*
        ];
    };
}

embedded! {
    "aix-marseille-provence.md" => "Aix-Marseille-Provence",
    "banque-des-territoires-modele.md" => "Banque des Territoires",
    "barcelone-2021.md" => "Barcelone",
    "bordeaux-2025.md" => "Bordeaux Métropole",
    "cepej-2018.md" => "CEPEJ",
    "grand-nancy-2025.md" => "Métropole du Grand Nancy",
    "ile-de-france-2025.md" => "Île-de-France",
    "ille-et-vilaine-2025.md" => "Ille-et-Vilaine",
    "interconnectes-manifeste-2025.md" => "Les Interconnectés",
    "isere-2025.md" => "Isère",
    "lyon-2025.md" => "Lyon",
    "maurepas.md" => "Maurepas",
    "metropole-grand-paris-2025.md" => "Métropole du Grand Paris",
    "montpellier-10-lois-2024.md" => "Montpellier",
    "montreal-2018.md" => "Déclaration de Montréal",
    "nantes-donnee-2019.md" => "Nantes Métropole",
    "nantes-donnee-ia-2025.md" => "Nantes Métropole",
    "nord-strategie-2025.md" => "Département du Nord",
    "ocde-2019-2024.md" => "OCDE",
    "premier-ministre-ia-generative.md" => "Services du Premier ministre",
    "rennes-2025.md" => "Rennes",
    "strasbourg-2025.md" => "Strasbourg",
    "toulouse-2025.md" => "Toulouse Métropole",
    "ue-hleg-2019.md" => "GEHN IA (UE)",
    "unesco-2021.md" => "UNESCO",
}

/// What a reference file is: a model reconstructed from public descriptions, or a text the user supplied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum Nature {
    /// Reconstructed from public descriptions; not the official text.
    #[serde(rename = "modele-reconstitue")]
    ModeleReconstitue,
    /// A text the user holds and pointed charte at (`--references DIR`).
    #[serde(rename = "fourni-par-utilisateur")]
    FourniParUtilisateur,
}

impl Nature {
    /// Stable id (JSON, CSV).
    pub fn id(self) -> &'static str {
        match self {
            Nature::ModeleReconstitue => "modele-reconstitue",
            Nature::FourniParUtilisateur => "fourni-par-utilisateur",
        }
    }
    /// Label for people.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Nature::ModeleReconstitue => lang.pick("modèle reconstitué", "reconstructed model"),
            Nature::FourniParUtilisateur => lang.pick("fourni par l'utilisateur", "user-provided"),
        }
    }
}

/// How complete a reference's text is (`texte:` in its `reference:` block).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum Texte {
    /// The whole text: a topic it does not cover is absent from it.
    #[serde(rename = "integral")]
    Integral,
    /// Quoted extracts: they attest what they contain, nothing about the rest.
    #[serde(rename = "extraits")]
    Extraits,
    /// Rewritten from public descriptions: attests only what the descriptions state.
    #[serde(rename = "description")]
    Description,
}

impl Texte {
    /// Reads the `texte:` field (`integral`, `intégral`, `extraits`, `description`).
    pub fn parse(s: &str) -> Option<Texte> {
        match crate::lexicon::normalize::normalize(s.trim()).text.as_str() {
            "integral" => Some(Texte::Integral),
            "extraits" | "extrait" => Some(Texte::Extraits),
            "description" => Some(Texte::Description),
            _ => None,
        }
    }
    /// Stable id (JSON, CSV, front matter).
    pub fn id(self) -> &'static str {
        match self {
            Texte::Integral => "integral",
            Texte::Extraits => "extraits",
            Texte::Description => "description",
        }
    }
    /// Label for people.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Texte::Integral => lang.pick("texte intégral", "full text"),
            Texte::Extraits => lang.pick("extraits", "extracts"),
            Texte::Description => lang.pick(
                "reconstitué d'après des descriptions",
                "rebuilt from descriptions",
            ),
        }
    }
}

/// What a text tells about one topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum State {
    /// A clause of the text covers the topic.
    #[serde(rename = "atteste")]
    Attested,
    /// The text is complete and no clause covers the topic.
    #[serde(rename = "absent")]
    Absent,
    /// The text is partial (extracts, description) and none of it covers the topic: nothing is known.
    #[serde(rename = "non-documente")]
    Undocumented,
}

impl State {
    /// The state of a topic in a text of the given completeness, knowing whether some clause covers it.
    pub fn of(covered: bool, texte: Texte) -> State {
        match (covered, texte) {
            (true, _) => State::Attested,
            (false, Texte::Integral) => State::Absent,
            (false, _) => State::Undocumented,
        }
    }
    /// True when the text tells either way (attested or attested absent).
    pub fn is_known(self) -> bool {
        self != State::Undocumented
    }
}

/// Where a reference attests a topic: the first sentence covering it and the source the clause comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attestation {
    /// The sentence of the reference that covers the topic (with its lead-in).
    pub clause: String,
    /// The public source of that clause (its `<!-- source: URL -->` comment, else the reference's `url`).
    pub source: Option<String>,
    /// 1-based line of the clause in the reference file.
    pub line: usize,
}

/// Whether a topic is a consensus topic: covered by at least [`CONSENSUS`] of the texts whose state is known for it
/// (`known`), on a basis holding at least one complete text (`full`). Without a complete text, every text of the
/// basis attests the topic by construction (partial texts only tell presence), so the share would say nothing.
pub(crate) fn consensus_reached(count: usize, known: usize, full: usize) -> bool {
    known > 0 && full > 0 && count as f64 / known as f64 >= CONSENSUS
}

/// The `<!-- source: URL -->` comments of a text, by byte offset.
fn source_comments(text: &str) -> Vec<(usize, String)> {
    const OPEN: &str = "<!-- source:";
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(OPEN) {
        let start = from + i;
        let rest = &text[start + OPEN.len()..];
        let Some(end) = rest.find("-->") else { break };
        let url = rest[..end].trim();
        if !url.is_empty() {
            out.push((start, url.to_owned()));
        }
        from = start + OPEN.len() + end;
    }
    out
}

/// Label of a kind of body.
pub fn kind_label(kind: Option<KindOfBody>, lang: Lang) -> &'static str {
    match kind {
        Some(KindOfBody::Commune) => lang.pick("commune", "municipality"),
        Some(KindOfBody::Epci) => lang.pick("intercommunalité", "inter-municipal body"),
        Some(KindOfBody::Departement) => lang.pick("département", "département"),
        Some(KindOfBody::Region) => lang.pick("région", "region"),
        Some(KindOfBody::Operateur) => lang.pick("opérateur public", "public operator"),
        Some(KindOfBody::Etat) => lang.pick("État", "central government"),
        Some(KindOfBody::Association) => lang.pick("association", "association"),
        Some(KindOfBody::Entreprise) => lang.pick("entreprise", "company"),
        Some(KindOfBody::Autre) => lang.pick("autre", "other"),
        None => lang.pick("non précisé", "not stated"),
    }
}

/// Stable id of a kind of body (`commune`, `epci`…), as in the front matter.
pub fn kind_id(kind: Option<KindOfBody>) -> &'static str {
    match kind {
        Some(KindOfBody::Commune) => "commune",
        Some(KindOfBody::Epci) => "epci",
        Some(KindOfBody::Departement) => "departement",
        Some(KindOfBody::Region) => "region",
        Some(KindOfBody::Operateur) => "operateur",
        Some(KindOfBody::Etat) => "etat",
        Some(KindOfBody::Association) => "association",
        Some(KindOfBody::Entreprise) => "entreprise",
        Some(KindOfBody::Autre) => "autre",
        None => "",
    }
}

/// A clause as the corpus features see it: clean text, covered topics, modality, place.
#[derive(Debug, Clone)]
pub struct ClauseView {
    /// Index in [`Charter::clauses`].
    pub index: usize,
    /// Title of the enclosing section ("" when none).
    pub section: String,
    /// Text without list marker, whitespace collapsed.
    pub text: String,
    /// Normalised text (lowercase, no accents) for word comparisons.
    pub norm: String,
    /// Topics the clause covers.
    pub topics: Vec<Topic>,
    /// The clause's normative force: the strongest modality of its sentences.
    pub modality: Option<Modality>,
    /// 1-based line of the clause in its file.
    pub line: usize,
}

/// A charter parsed and analysed once, with what the corpus features read.
#[derive(Debug, Clone)]
pub struct Analysed {
    /// Path as given.
    pub path: String,
    /// Decoded text.
    pub source: String,
    /// The model.
    pub charter: Charter,
    /// The analysis.
    pub analysis: Analysis,
    /// Clauses outside context sections (préambule, annexes), in order.
    pub clauses: Vec<ClauseView>,
    /// Topics covered by some sentence.
    pub topics: BTreeSet<Topic>,
    /// Words of the rule clauses.
    pub bag: WordBag,
}

/// Ranking of modalities by binding force (for weakening / strengthening).
pub(crate) fn strength(m: Option<Modality>) -> u8 {
    match m {
        Some(Modality::Obligation | Modality::Interdiction) => 3,
        Some(Modality::Recommandation) => 2,
        Some(Modality::Permission) => 1,
        _ => 0,
    }
}

impl Analysed {
    /// Parses and analyses a file's bytes; `None` when nothing usable could be built.
    pub fn from_bytes(path: &str, bytes: &[u8]) -> Option<Analysed> {
        let parsed = parse_bytes(path, bytes, Format::from_path(path));
        let (mut charter, source) = (parsed.charter?, parsed.source?);
        let analysis = analyze(&mut charter, Lexicon::global());
        let index = crate::diagnostics::LineIndex::new(&source.text);
        let mut clauses = Vec::new();
        for (ci, c) in charter.clauses.iter().enumerate() {
            let role = c
                .section
                .and_then(|s| charter.sections.get(s))
                .map(|s| s.role)
                .unwrap_or_default();
            if role == SectionRole::Context || c.sentences.is_empty() {
                continue;
            }
            // Table rows read cell by cell, each with its column header (« Usages interdits : … »).
            let own = if c.cells.is_empty() {
                text::clean_clause(&c.text)
            } else {
                c.cells
                    .iter()
                    .enumerate()
                    .filter_map(|(i, &(s, e))| {
                        let cell = text::clean_clause(c.text.get(s..e)?);
                        if cell.is_empty() {
                            return None;
                        }
                        Some(match c.cell_headers.get(i).map(|h| text::clean_clause(h)) {
                            Some(h) if !h.is_empty() => format!("{h} : {cell}"),
                            _ => cell,
                        })
                    })
                    .collect::<Vec<_>>()
                    .join(" ; ")
            };
            let clean = text::with_lead_in(c.lead_in.as_deref(), &own);
            if clean.is_empty() {
                continue;
            }
            let mut topics: Vec<Topic> = Vec::new();
            for s in &c.sentences {
                for t in &s.topics {
                    if !topics.contains(t) {
                        topics.push(*t);
                    }
                }
            }
            topics.sort();
            // The clause's force when its normative sentences agree; a mixed clause (a table row « autorisé /
            // interdit », « peut … ; doit … ») has none, so no modality change is reported on it.
            let norms: BTreeSet<Modality> = c
                .sentences
                .iter()
                .filter_map(|s| s.modality)
                .filter(|m| *m != Modality::Constat)
                .collect();
            let modality = match norms.len() {
                0 => c.sentences.iter().find_map(|s| s.modality),
                1 => norms.first().copied(),
                _ => None,
            };
            let section = c
                .section
                .and_then(|s| charter.sections.get(s))
                .map(|s| match &s.number {
                    Some(n) if !s.title.is_empty() => format!("{n} – {}", s.title),
                    Some(n) => n.clone(),
                    None => s.title.clone(),
                })
                .unwrap_or_default();
            let line = index.position(&source.text, c.span().start).0;
            clauses.push(ClauseView {
                index: ci,
                section,
                norm: crate::lexicon::normalize::normalize(&clean).text,
                text: clean,
                topics,
                modality,
                line,
            });
        }
        let topics: BTreeSet<Topic> = analysis
            .coverage
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(t, _)| *t)
            .collect();
        let bag = WordBag::from_texts(clauses.iter().map(|c| c.norm.as_str()));
        Some(Analysed {
            path: path.to_owned(),
            source: source.text,
            charter,
            analysis,
            clauses,
            topics,
            bag,
        })
    }

    /// Drops the editorial notes of a reconstructed model (« ce modèle est reconstitué… », « la charte d'origine… »):
    /// they describe the file, not the charter, and must neither count as coverage nor be quoted. Topics and words
    /// are then those of the remaining clauses.
    fn strip_editorial(&mut self) {
        const NOTES: &[&str] = &[
            "reconstitu",
            "ce modele",
            "le modele",
            "present modele",
            "d'origine",
            "source consultee",
            "sources consultees",
            "texte officiel",
            "cette version",
            "ce document met en forme",
        ];
        self.clauses
            .retain(|c| !NOTES.iter().any(|m| c.norm.contains(m)));
        self.topics = self
            .clauses
            .iter()
            .flat_map(|c| c.topics.iter().copied())
            .collect();
        self.bag = WordBag::from_texts(self.clauses.iter().map(|c| c.norm.as_str()));
    }

    /// The clause view of a charter clause index, if it is one of the rule clauses.
    pub(crate) fn view_of(&self, clause: usize) -> Option<&ClauseView> {
        self.clauses.iter().find(|c| c.index == clause)
    }

    /// The text of the first sentence of `clause` that covers `topic` (the whole clause when none does).
    pub(crate) fn sentence_covering(&self, clause: usize, topic: Topic) -> Option<String> {
        let c = self.charter.clauses.get(clause)?;
        let (i, s) = c
            .sentences
            .iter()
            .enumerate()
            .find(|(_, s)| s.topics.contains(&topic))
            .or(c.sentences.first().map(|s| (0, s)))?;
        let sentence = text::clean_clause(c.text.get(s.start..s.end)?);
        // A list item reads with its lead-in (« Il est interdit : » + « de saisir… »).
        Some(if i == 0 {
            text::with_lead_in(c.lead_in.as_deref(), &sentence)
        } else {
            sentence
        })
    }
}

/// One reference charter with its provenance.
#[derive(Debug, Clone)]
pub struct Reference {
    /// Stable id (`lyon-2025`).
    pub id: String,
    /// Short name for quotes (`Lyon`).
    pub short: String,
    /// Body that adopted the original.
    pub organisme: String,
    /// Title of the original text.
    pub titre_original: String,
    /// Kind of body.
    pub kind: Option<KindOfBody>,
    /// Adoption date, as precise as known.
    pub date: String,
    /// URL of the official text or its best public description.
    pub url: String,
    /// Sources used to reconstruct the model.
    pub sources: Vec<String>,
    /// Model or user-provided.
    pub nature: Nature,
    /// How complete the text is.
    pub texte: Texte,
    /// The topics the text attests, each with its clause and source.
    pub attested: BTreeMap<Topic, Attestation>,
    /// Warning shown before the text.
    pub avertissement: String,
    /// The parsed and analysed text.
    pub doc: Analysed,
}

impl Reference {
    /// Year of the date (`2025`), or `s. d.`.
    pub fn year(&self) -> &str {
        let y = self.date.get(..4).unwrap_or("");
        if y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) {
            y
        } else {
            "s. d."
        }
    }
    /// `Lyon (2025)`.
    pub fn label(&self) -> String {
        format!("{} ({})", self.short, self.year())
    }
    /// The text of the reference without its front matter.
    pub fn body(&self) -> &str {
        use crate::parse::front_matter::{split, FrontMatter};
        let text = &self.doc.source;
        match split(text) {
            FrontMatter::Closed(s) => &text[s.body_start..],
            FrontMatter::Unclosed { body_start } => &text[body_start..],
            FrontMatter::None => text.as_str(),
        }
    }
    /// What the reference tells about a topic.
    pub fn state(&self, topic: Topic) -> State {
        State::of(self.attested.contains_key(&topic), self.texte)
    }
    /// Reads one charter file as a reference (user-provided unless it declares `nature: modele-reconstitue`).
    pub fn from_file(path: &Path) -> Option<Reference> {
        let bytes = crate::io::read_input(path).ok()?;
        Reference::build(
            &path.display().to_string(),
            &bytes,
            None,
            Nature::FourniParUtilisateur,
        )
    }
    /// Builds a reference from a file; `embedded_short` is set for the embedded corpus.
    pub(crate) fn build(
        path: &str,
        bytes: &[u8],
        embedded_short: Option<&str>,
        nature_default: Nature,
    ) -> Option<Reference> {
        let mut doc = Analysed::from_bytes(path, bytes)?;
        let declared_model = doc
            .charter
            .meta
            .reference
            .as_ref()
            .is_some_and(|r| r.nature.trim() == "modele-reconstitue");
        if declared_model || nature_default == Nature::ModeleReconstitue {
            doc.strip_editorial();
        }
        let meta = &doc.charter.meta;
        let info = meta.reference.clone().unwrap_or_default();
        let stem = Path::new(path)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let coll_name = meta.collectivite.as_ref().and_then(|c| c.nom.clone());
        let organisme = non_empty(&info.organisme)
            .or(coll_name.clone())
            .or(meta.titre.clone())
            .unwrap_or_else(|| stem.clone());
        let nature = if info.nature.trim() == "modele-reconstitue" {
            Nature::ModeleReconstitue
        } else {
            nature_default
        };
        let date = non_empty(&info.date)
            .or_else(|| meta.adoption.as_ref().and_then(|a| a.date.clone()))
            .unwrap_or_default();
        let avertissement = non_empty(&info.avertissement).unwrap_or_else(|| match nature {
            Nature::FourniParUtilisateur => {
                "Texte fourni par l'utilisateur ; charte n'en vérifie pas l'authenticité.".to_owned()
            }
            Nature::ModeleReconstitue => {
                "Modèle reconstitué à partir de descriptions publiques ; ce n'est pas le texte officiel."
                    .to_owned()
            }
        });
        let texte = Texte::parse(&info.texte).unwrap_or(match nature {
            Nature::ModeleReconstitue => Texte::Description,
            Nature::FourniParUtilisateur => Texte::Integral,
        });
        let url = info.url.trim().to_owned();
        let attested = attestations(&doc, non_empty(&url).as_deref());
        Some(Reference {
            texte,
            attested,
            id: non_empty(&info.id).unwrap_or_else(|| stem.clone()),
            short: embedded_short
                .map(str::to_owned)
                .or(coll_name)
                .unwrap_or_else(|| organisme.clone()),
            titre_original: non_empty(&info.titre_original)
                .or(meta.titre.clone())
                .or(doc.charter.title.clone())
                .unwrap_or_default(),
            kind: meta.collectivite.as_ref().and_then(|c| c.kind),
            date,
            url,
            sources: info.sources.clone(),
            nature,
            avertissement,
            organisme,
            doc,
        })
    }
}

/// For every topic a text covers, its first covering sentence among the rule clauses and the source of that clause:
/// the last `<!-- source: URL -->` comment before it, else `fallback` (the reference's own address).
fn attestations(doc: &Analysed, fallback: Option<&str>) -> BTreeMap<Topic, Attestation> {
    let comments = source_comments(&doc.source);
    let mut out = BTreeMap::new();
    for &topic in &doc.topics {
        // The first rule clause covering the topic; else the first covering sentence anywhere (a user text whose
        // rules sit in a section read as context still covers the topic, as `check` says).
        let index = doc
            .clauses
            .iter()
            .find(|c| c.topics.contains(&topic))
            .map(|c| c.index)
            .or_else(|| {
                doc.analysis
                    .coverage
                    .get(&topic)?
                    .first()
                    .map(|(ci, _)| *ci)
            });
        let Some(index) = index else { continue };
        let Some(clause) = doc.sentence_covering(index, topic) else {
            continue;
        };
        let start = doc.charter.clauses.get(index).map_or(0, |c| c.span().start);
        let line = crate::diagnostics::LineIndex::new(&doc.source)
            .position(&doc.source, start)
            .0;
        let source = comments
            .iter()
            .take_while(|(at, _)| *at <= start)
            .last()
            .map(|(_, u)| u.clone())
            .or_else(|| fallback.map(str::to_owned));
        out.insert(
            topic,
            Attestation {
                clause,
                source,
                line,
            },
        );
    }
    out
}

fn non_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// Where a corpus comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The charters embedded in the binary.
    Embedded,
    /// A user folder.
    Folder(PathBuf),
}

/// Errors loading a user folder of references.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The folder cannot be listed.
    #[error("dossier de références illisible : {0}")]
    Folder(String),
    /// No file of the folder could be read as a charter.
    #[error("aucune charte lisible dans le dossier de références {0}")]
    Empty(String),
    /// Two files share an id.
    #[error("deux références portent l'identifiant « {0} »")]
    DuplicateId(String),
}

/// A set of reference charters.
#[derive(Debug, Clone)]
pub struct Corpus {
    /// The references, sorted by id.
    pub refs: Vec<Reference>,
    /// Embedded or a user folder.
    pub origin: Origin,
    /// Files of a user folder that could not be read as charters.
    pub skipped: Vec<String>,
}

/// Loads `dir` (when given) or returns the embedded corpus, as a `'static` corpus.
pub fn load_or_embedded(dir: Option<&Path>) -> Result<&'static Corpus, LoadError> {
    match dir {
        None => Ok(Corpus::embedded()),
        Some(d) => Ok(Box::leak(Box::new(Corpus::load_dir(d)?))),
    }
}

impl Corpus {
    /// The embedded corpus, parsed and analysed once.
    pub fn embedded() -> &'static Corpus {
        static CORPUS: LazyLock<Corpus> = LazyLock::new(|| {
            let mut refs: Vec<Reference> = EMBEDDED
                .iter()
                .filter_map(|e| {
                    Reference::build(
                        &format!("references/{}", e.file),
                        e.text.as_bytes(),
                        Some(e.short),
                        Nature::ModeleReconstitue,
                    )
                })
                .collect();
            refs.sort_by(|a, b| a.id.cmp(&b.id));
            Corpus {
                refs,
                origin: Origin::Embedded,
                skipped: Vec::new(),
            }
        });
        &CORPUS
    }

    /// Loads every charter of a user folder (the readable files, walked recursively like `charte check` does:
    /// README, hidden and ignored files skipped). Files that cannot be read as charters are listed in `skipped`.
    pub fn load_dir(dir: &Path) -> Result<Corpus, LoadError> {
        if !dir.is_dir() {
            return Err(LoadError::Folder(dir.display().to_string()));
        }
        let (files, _) = crate::discover::files_in(dir, &[])
            .map_err(|_| LoadError::Folder(dir.display().to_string()))?;
        let mut refs: Vec<Reference> = Vec::new();
        let mut skipped = Vec::new();
        for f in files {
            let path = f.display().to_string();
            // Never `std::fs::read`: a FIFO in the folder would block the run.
            let built = crate::io::read_input(&f).ok().and_then(|bytes| {
                Reference::build(&path, &bytes, None, Nature::FourniParUtilisateur)
            });
            match built {
                Some(r) => {
                    if refs.iter().any(|x| x.id == r.id) {
                        return Err(LoadError::DuplicateId(r.id));
                    }
                    refs.push(r);
                }
                None => skipped.push(path),
            }
        }
        if refs.is_empty() {
            return Err(LoadError::Empty(dir.display().to_string()));
        }
        refs.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(Corpus {
            refs,
            origin: Origin::Folder(dir.to_path_buf()),
            skipped,
        })
    }

    /// Number of references.
    pub fn len(&self) -> usize {
        self.refs.len()
    }

    /// True when the corpus is empty.
    pub fn is_empty(&self) -> bool {
        self.refs.is_empty()
    }

    /// A reference by id (case-insensitive).
    pub fn get(&self, id: &str) -> Option<&Reference> {
        self.refs
            .iter()
            .find(|r| r.id.eq_ignore_ascii_case(id.trim()))
    }

    /// A reference by exact id, else by unique id prefix (`lyon` → `lyon-2025`).
    pub fn find(&self, id: &str) -> Option<&Reference> {
        self.get(id).or_else(|| {
            let id = id.trim().to_ascii_lowercase();
            let mut hits = self
                .refs
                .iter()
                .filter(|r| !id.is_empty() && r.id.starts_with(&id));
            match (hits.next(), hits.next()) {
                (Some(r), None) => Some(r),
                _ => None,
            }
        })
    }

    /// The id closest to a mistyped one.
    pub fn closest_id(&self, id: &str) -> Option<&str> {
        self.refs
            .iter()
            .map(|r| (strsim::levenshtein(&r.id, id), r.id.as_str()))
            .filter(|(d, _)| *d <= 4)
            .min()
            .map(|(_, i)| i)
    }

    /// References covering a topic.
    pub(crate) fn covering(&self, topic: Topic) -> impl Iterator<Item = &Reference> {
        self.refs
            .iter()
            .filter(move |r| r.attested.contains_key(&topic))
    }

    /// How many references cover a topic.
    pub fn count(&self, topic: Topic) -> usize {
        self.covering(topic).count()
    }

    /// How many references tell either way on a topic (attested, or a full text that lacks it): the basis of the
    /// topic's share.
    pub fn known(&self, topic: Topic) -> usize {
        self.refs
            .iter()
            .filter(|r| r.state(topic).is_known())
            .count()
    }

    /// How many references are full texts.
    pub fn full_texts(&self) -> usize {
        self.refs
            .iter()
            .filter(|r| r.texte == Texte::Integral)
            .count()
    }

    /// Whether a topic is a consensus topic of the corpus (see `consensus_reached`).
    pub fn is_consensus(&self, topic: Topic) -> bool {
        consensus_reached(self.count(topic), self.known(topic), self.full_texts())
    }

    /// Topics covered by at least `CONSENSUS` of the references whose state is known, in taxonomy order.
    pub fn consensus(&self) -> Vec<Topic> {
        Topic::ALL
            .iter()
            .copied()
            .filter(|t| self.is_consensus(*t))
            .collect()
    }

    /// The reference clause to quote for a topic a charter lacks: among the references covering the topic, the one
    /// whose topics are closest to the charter's (Jaccard), then the one covering most topics, then by id; within it,
    /// the first sentence that covers the topic.
    pub(crate) fn quote_for(
        &self,
        topic: Topic,
        charter_topics: &BTreeSet<Topic>,
    ) -> Option<(&Reference, String)> {
        let best = self.covering(topic).max_by(|a, b| {
            let ja = text::jaccard(&a.doc.topics, charter_topics);
            let jb = text::jaccard(&b.doc.topics, charter_topics);
            ja.total_cmp(&jb)
                .then(a.doc.topics.len().cmp(&b.doc.topics.len()))
                .then(b.id.cmp(&a.id))
        })?;
        let sentence = best
            .doc
            .analysis
            .coverage
            .get(&topic)?
            .iter()
            .copied()
            .filter(|(ci, _)| best.doc.view_of(*ci).is_some())
            .filter_map(|(ci, _)| best.doc.sentence_covering(ci, topic))
            .min_by_key(|s| text::is_lead(s))?;
        Some((best, sentence))
    }

    /// The clause most references share on a topic: the covering clause whose words are, on average, closest to the
    /// other references' covering clauses (the medoid). Returns the reference, the clause and the number of
    /// references covering the topic.
    pub(crate) fn representative(&self, topic: Topic) -> Option<(&Reference, &ClauseView, usize)> {
        let candidates: Vec<(&Reference, &ClauseView)> = self
            .covering(topic)
            .flat_map(|r| {
                r.doc
                    .clauses
                    .iter()
                    .filter(move |c| c.topics.contains(&topic))
                    .map(move |c| (r, c))
            })
            .collect();
        let support = self.count(topic);
        let bags: Vec<WordBag> = candidates
            .iter()
            .map(|(_, c)| WordBag::from_texts([c.norm.as_str()]))
            .collect();
        let mut best: Option<(f64, usize)> = None;
        for (i, (ri, ci)) in candidates.iter().enumerate() {
            let mut total = 0.0;
            for (j, (rj, _)) in candidates.iter().enumerate() {
                if i != j && rj.id != ri.id {
                    total += bags[i].cosine(&bags[j]);
                }
            }
            // Prefer binding clauses of moderate length: a starting charter needs rules, not slogans.
            let binding = if strength(ci.modality) >= 2 { 0.5 } else { 0.0 };
            let len = ci.text.chars().count();
            let length = if (40..=400).contains(&len) { 0.25 } else { 0.0 };
            // A clause opening on a pronoun (« Ils protègent… », « Ce comité… ») needs the text around it.
            let anaphora = if text::anaphoric(&ci.norm) || text::is_lead(&ci.text) {
                1.0
            } else {
                0.0
            };
            let score = total + binding + length - anaphora;
            if best.is_none_or(|(s, _)| score > s + 1e-9) {
                best = Some((score, i));
            }
        }
        best.map(|(_, i)| (candidates[i].0, candidates[i].1, support))
    }
}

/// How many reference charters cover the best-covered of `topics`, out of how many (none with an empty corpus).
pub(crate) fn coverage_count(corpus: &Corpus, topics: &[Topic]) -> Option<(usize, usize)> {
    let n = corpus.len();
    let best = topics.iter().map(|t| corpus.count(*t)).max()?;
    (n > 0).then_some((best, n))
}

/// The sentence the help of a missing-topic rule appends: how many references cover the topic and the closest
/// reference clause (« couvert par 14 des 21 chartes de référence ; par exemple, Lyon (2025) : « … » »).
pub(crate) fn coverage_note(
    corpus: &Corpus,
    topics: &[Topic],
    charter_topics: &BTreeSet<Topic>,
    lang: Lang,
) -> String {
    let n = corpus.len();
    let Some(&topic) = topics
        .iter()
        .max_by_key(|t| (corpus.count(**t), std::cmp::Reverse(**t)))
    else {
        return String::new();
    };
    let count = corpus.count(topic);
    if n == 0 {
        return String::new();
    }
    if count == 0 {
        return match lang {
            Lang::Fr => format!("Aucune des {n} chartes de référence ne couvre ce sujet."),
            Lang::En => format!("None of the {n} reference charters covers this topic."),
        };
    }
    let quote = corpus
        .quote_for(topic, charter_topics)
        .map(|(r, s)| (r.label(), text::shorten(&s, 240)));
    match (lang, quote) {
        (Lang::Fr, Some((label, s))) => format!(
            "Sujet couvert par {count} des {n} chartes de référence ; par exemple, {label} : « {s} »"
        ),
        (Lang::En, Some((label, s))) => format!(
            "Topic covered by {count} of the {n} reference charters; for example, {label}: “{s}”"
        ),
        (Lang::Fr, None) => format!("Sujet couvert par {count} des {n} chartes de référence."),
        (Lang::En, None) => format!("Topic covered by {count} of the {n} reference charters."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_list_matches_the_folder() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("references");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .expect("references/ exists")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| {
                Path::new(n)
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("md"))
                    && !n.eq_ignore_ascii_case("readme.md")
            })
            .collect();
        on_disk.sort();
        let mut listed: Vec<String> = EMBEDDED.iter().map(|e| e.file.to_owned()).collect();
        listed.sort();
        assert_eq!(
            listed, on_disk,
            "src/corpus/mod.rs `embedded!` must list every references/*.md file"
        );
    }

    #[test]
    fn every_embedded_reference_parses_with_its_id() {
        let c = Corpus::embedded();
        assert_eq!(c.len(), EMBEDDED.len());
        for e in EMBEDDED {
            let stem = e.file.trim_end_matches(".md");
            assert!(
                c.get(stem).is_some(),
                "{}: id differs from file name",
                e.file
            );
        }
    }
}
