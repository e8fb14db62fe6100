//! The procurement vocabulary as reviewable data: `data/procurement/checklist.toml` (one entry per ACH rule, cue
//! words, marketing phrases, legal basis) and `data/procurement/lieux.toml` (places, jurisdictions, providers),
//! loaded once and compiled into small whole-word matchers over normalised text.

use crate::lexicon::normalize::{is_word_byte, normalize_term};
use aho_corasick::{AhoCorasick, MatchKind};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::LazyLock;

const CHECKLIST_TOML: &str = include_str!("../../data/procurement/checklist.toml");
const LIEUX_TOML: &str = include_str!("../../data/procurement/lieux.toml");

/// What a clause of an offer or a charter can be about: one aspect per ACH checklist entry, plus the aspects only a
/// charter requires (language, breach notification, free software).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Aspect {
    /// ACH001: where data is hosted and processed.
    Hosting,
    /// ACH002: exposure to non-EU law, SecNumCloud.
    Extraterritorial,
    /// ACH003: training on the buyer's data.
    Training,
    /// ACH004: art. 28 agreement and sub-processors.
    Processors,
    /// ACH005: export and reversibility.
    Reversibility,
    /// ACH006: environmental figures.
    Environment,
    /// ACH007: AI Act documentation.
    AiAct,
    /// ACH008: the buyer's charter as a whole.
    Charter,
    /// ACH009: retention periods.
    Retention,
    /// ACH010: security certifications.
    Certification,
    /// Language of interface, documentation and support (charter only).
    Language,
    /// Breach notification (charter only).
    Breach,
    /// Free software and open models (charter only).
    OpenSource,
}

impl Aspect {
    /// Every aspect, checklist order first.
    pub(crate) const ALL: &'static [Aspect] = &[
        Aspect::Hosting,
        Aspect::Extraterritorial,
        Aspect::Training,
        Aspect::Processors,
        Aspect::Reversibility,
        Aspect::Environment,
        Aspect::AiAct,
        Aspect::Charter,
        Aspect::Retention,
        Aspect::Certification,
        Aspect::Language,
        Aspect::Breach,
        Aspect::OpenSource,
    ];
    /// The id used in `checklist.toml`.
    pub(crate) fn id(self) -> &'static str {
        match self {
            Aspect::Hosting => "hebergement",
            Aspect::Extraterritorial => "extraterritorialite",
            Aspect::Training => "entrainement",
            Aspect::Processors => "sous-traitance",
            Aspect::Reversibility => "reversibilite",
            Aspect::Environment => "environnement",
            Aspect::AiAct => "ai-act",
            Aspect::Charter => "charte",
            Aspect::Retention => "conservation",
            Aspect::Certification => "certification",
            Aspect::Language => "langue",
            Aspect::Breach => "violations",
            Aspect::OpenSource => "logiciel-libre",
        }
    }
    fn from_id(id: &str) -> Option<Aspect> {
        Aspect::ALL.iter().copied().find(|a| a.id() == id)
    }
}

/// One entry of the checklist (`[[controle]]` or `[[aspect]]`).
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Entry {
    /// ACH code, for checklist entries.
    #[serde(default)]
    pub code: Option<String>,
    /// Aspect id.
    pub aspect: String,
    /// Short French title (summary table).
    pub intitule: String,
    /// Short English title.
    pub intitule_en: String,
    /// What the offer must state (French).
    pub l_offre_doit_indiquer: String,
    /// Cue words.
    #[serde(default)]
    pub indices: Vec<String>,
    /// Phrases that commit to nothing.
    #[serde(default)]
    pub marketing: Vec<String>,
    /// Words of section titles where the passage belongs.
    #[serde(default)]
    pub titres: Vec<String>,
    /// Legal or practical basis.
    #[allow(dead_code)]
    // part of the reviewed checklist (`data/procurement/`); no code reads it
    pub base: String,
    /// Lists specific to the entry.
    #[serde(default)]
    pub termes: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
struct ChecklistFile {
    vocabulaire: BTreeMap<String, Vec<String>>,
    controle: Vec<Entry>,
    #[serde(default)]
    aspect: Vec<Entry>,
    #[serde(default)]
    delai: Vec<DeadlineDef>,
    #[serde(default)]
    exigence: Vec<TopicDef>,
}

/// One kind of requirement only a charter sets, read by the shared mechanism (`[[exigence]]` of `checklist.toml`).
#[derive(Deserialize)]
struct TopicDef {
    id: String,
    intitule: String,
    intitule_en: String,
    aspect: String,
    charte: Vec<String>,
    #[serde(default)]
    charte_aussi: Vec<String>,
    offre: Vec<String>,
    #[serde(default)]
    contraire: Vec<String>,
    #[serde(default)]
    nombre: Option<String>,
    #[serde(default)]
    negation_repond: bool,
}

/// A kind of requirement a charter may set beyond the checklist (availability rate, accessibility, reversibility
/// plan…), compiled: the words that make a charter sentence ask it, the words by which an offer speaks of it, the
/// words by which an offer says it falls short, and the figure compared, if any.
pub(crate) struct TopicKind {
    /// Id in the data (`disponibilite`…).
    pub id: String,
    /// French name, for messages.
    pub name: String,
    /// English name.
    pub name_en: String,
    /// The checklist point it belongs to (to point at the offer's section when it is silent).
    pub aspect: Aspect,
    /// Words of a charter sentence that asks it.
    pub charter: Terms,
    /// Words of which one must also stand in the charter sentence (none: the first list is enough).
    pub charter_also: Option<Terms>,
    /// Words by which an offer speaks of it.
    pub offer: Terms,
    /// Words by which an offer says it does not meet it (« partiellement conforme », « sur devis »).
    pub contrary: Terms,
    /// The requirement is a minimum percentage (« au moins 99,5 % »): the charter sentence must give one.
    pub percent: bool,
    /// A negative sentence answers it (« n'est pas un système à haut risque » is a classification).
    pub negation_answers: bool,
}

/// One kind of deadline a charter may set (`[[delai]]` of `checklist.toml`).
#[derive(Deserialize)]
struct DeadlineDef {
    id: String,
    intitule: String,
    intitule_en: String,
    aspect: String,
    sens: String,
    sujet: Vec<String>,
    action: Vec<String>,
    #[serde(default)]
    action_fin_de_contrat: Vec<String>,
}

/// A kind of deadline, compiled: returning the data at the end of the contract, handing over the logs, the
/// support's response time, the notice before a change of sub-processor.
pub(crate) struct DeadlineKind {
    /// Id in the data (`restitution`…).
    pub id: String,
    /// French name, for messages.
    pub name: String,
    /// English name.
    pub name_en: String,
    /// The checklist point it belongs to.
    pub aspect: Aspect,
    /// A minimum (a notice), not a maximum.
    pub at_least: bool,
    /// What the deadline is about (anywhere in the part of the sentence).
    pub subject: Terms,
    /// The action the deadline bounds; the delay is read next to it.
    pub action: Terms,
    /// Actions that count only in a sentence about the end of the contract.
    pub action_at_end: Terms,
}

/// Compiles the kinds of requirement beyond the checklist (`[[exigence]]`), each id once.
fn compile_topics(defs: &[TopicDef]) -> Result<Vec<TopicKind>, String> {
    let topics = defs
        .iter()
        .map(|d| {
            Ok(TopicKind {
                id: d.id.clone(),
                name: d.intitule.clone(),
                name_en: d.intitule_en.clone(),
                aspect: Aspect::from_id(&d.aspect).ok_or_else(|| {
                    format!(
                        "checklist.toml: exigence {}: unknown aspect {}",
                        d.id, d.aspect
                    )
                })?,
                charter: Terms::new(&d.charte),
                charter_also: (!d.charte_aussi.is_empty()).then(|| Terms::new(&d.charte_aussi)),
                offer: Terms::new(&d.offre),
                contrary: Terms::new(&d.contraire),
                negation_answers: d.negation_repond,
                percent: match d.nombre.as_deref() {
                    None => false,
                    Some("pourcentage") => true,
                    Some(other) => {
                        return Err(format!(
                            "checklist.toml: exigence {}: nombre {other} (pourcentage)",
                            d.id
                        ))
                    }
                },
            })
        })
        .collect::<Result<Vec<TopicKind>, String>>()?;
    if let Some((i, t)) = topics
        .iter()
        .enumerate()
        .find(|(i, t)| topics[..*i].iter().any(|u| u.id == t.id))
    {
        return Err(format!(
            "checklist.toml: exigence {} twice (entry {i})",
            t.id
        ));
    }
    Ok(topics)
}

/// Where a place lies for the purpose of ACH001.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Zone {
    /// An EU member state, city or cloud region.
    Eu,
    /// The Union as a whole.
    Union,
    /// Norway, Iceland, Liechtenstein (GDPR applies).
    Eea,
    /// « Europe », « européen »: not a commitment to the Union.
    Europe,
    /// A named third country, city or region.
    NonEu,
    /// « hors UE », « pays tiers »: outside the Union, no country named.
    Outside,
    /// The buyer's own premises (self-hosted).
    Buyer,
}

impl Zone {
    /// True for places where the GDPR applies without a transfer.
    pub(crate) fn inside(self) -> bool {
        matches!(self, Zone::Eu | Zone::Union | Zone::Eea | Zone::Buyer)
    }
    /// True for places outside the EU/EEA.
    pub(crate) fn outside(self) -> bool {
        matches!(self, Zone::NonEu | Zone::Outside)
    }
}

#[derive(Deserialize)]
struct ZonesDef {
    ue: Vec<String>,
    france: Vec<String>,
    union: Vec<String>,
    eee: Vec<String>,
    europe: Vec<String>,
    hors_ue: Vec<String>,
    hors: Vec<String>,
    acheteur: Vec<String>,
}

#[derive(Deserialize)]
struct JurisdictionDef {
    ue: Vec<String>,
    hors_ue: Vec<String>,
    formes_ue: Vec<String>,
    formes_hors_ue: Vec<String>,
    contexte: Vec<String>,
    propres: Vec<String>,
    societes: Vec<String>,
    qualificatifs_societe: Vec<String>,
    nationalites_hors_ue: Vec<String>,
}

/// A company named by a non-EU nationality (`[juridiction]` of `lieux.toml`): a company noun, at most two
/// qualifiers, then the nationality (« partenaire technologique américain », « groupe chinois »).
pub(crate) struct ForeignCompany {
    companies: Terms,
    qualifiers: Terms,
    nationalities: Terms,
}

impl ForeignCompany {
    /// Most qualifiers between the company noun and its nationality.
    const MAX_QUALIFIERS: usize = 2;

    /// Every (start, end) of such a phrase in a normalised text, in order.
    pub(crate) fn find(&self, norm: &str) -> Vec<(usize, usize)> {
        let ends = |t: &Terms| -> std::collections::HashMap<usize, usize> {
            t.find(norm).into_iter().map(|(a, b, ())| (a, b)).collect()
        };
        let (qualifiers, nationalities) = (ends(&self.qualifiers), ends(&self.nationalities));
        let mut out = Vec::new();
        for (start, mut end, ()) in self.companies.find(norm) {
            for step in 0..=Self::MAX_QUALIFIERS {
                if norm.as_bytes().get(end) != Some(&b' ') {
                    break;
                }
                if let Some(&e) = nationalities.get(&(end + 1)) {
                    out.push((start, e));
                    break;
                }
                match qualifiers.get(&(end + 1)) {
                    Some(&e) if step < Self::MAX_QUALIFIERS => end = e,
                    _ => break,
                }
            }
        }
        out
    }
}

/// A cloud or model provider and the country of its headquarters.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Provider {
    /// Display name.
    pub nom: String,
    /// Surface forms.
    pub termes: Vec<String>,
    /// `ue` or `hors_ue`.
    pub zone: String,
    /// Country of the headquarters.
    pub pays: String,
}

impl Provider {
    /// True when the provider's headquarters are outside the EU.
    pub(crate) fn non_eu(&self) -> bool {
        self.zone == "hors_ue"
    }
}

#[derive(Deserialize)]
struct LieuxFile {
    zones: ZonesDef,
    juridiction: JurisdictionDef,
    fournisseur: Vec<Provider>,
}

/// A set of normalised terms matched as whole words (a trailing `*` accepts any word ending), each with a tag.
pub(crate) struct Terms<T: Copy = ()> {
    ac: Option<AhoCorasick>,
    wild: Vec<bool>,
    tags: Vec<T>,
}

impl<T: Copy> Terms<T> {
    /// Compiles tagged raw terms.
    pub(crate) fn tagged<S: AsRef<str>>(raw: impl IntoIterator<Item = (S, T)>) -> Terms<T> {
        let mut pats = Vec::new();
        let mut wild = Vec::new();
        let mut tags = Vec::new();
        for (r, tag) in raw {
            let r = r.as_ref().trim();
            let (body, w) = match r.strip_suffix('*') {
                Some(b) => (b, true),
                None => (r, false),
            };
            let n = normalize_term(body);
            if n.is_empty() {
                continue;
            }
            pats.push(n);
            wild.push(w);
            tags.push(tag);
        }
        let ac = if pats.is_empty() {
            None
        } else {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&pats)
                .ok()
        };
        Terms { ac, wild, tags }
    }

    /// Every whole-word match in a normalised text: (start, end, tag), in order, without overlaps.
    pub(crate) fn find(&self, norm: &str) -> Vec<(usize, usize, T)> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        let b = norm.as_bytes();
        let mut out = Vec::new();
        for m in ac.find_iter(norm) {
            let (s, mut e) = (m.start(), m.end());
            if s > 0 && is_word_byte(b[s - 1]) {
                continue;
            }
            let p = m.pattern().as_usize();
            if self.wild[p] {
                while e < b.len() && is_word_byte(b[e]) {
                    e += 1;
                }
            } else if e < b.len() && is_word_byte(b[e]) && !b[e - 1].eq(&b'\'') {
                continue;
            }
            out.push((s, e, self.tags[p]));
        }
        out
    }

    /// The first match.
    pub(crate) fn first(&self, norm: &str) -> Option<(usize, usize)> {
        self.find(norm).first().map(|&(s, e, _)| (s, e))
    }

    /// True when some term occurs.
    pub(crate) fn any(&self, norm: &str) -> bool {
        !self.find(norm).is_empty()
    }

    /// True when a term occurs at the very start of the text.
    pub(crate) fn at_start(&self, norm: &str) -> bool {
        self.start_len(norm) > 0
    }

    /// Length of the term that starts the text (0 when none does).
    pub(crate) fn start_len(&self, norm: &str) -> usize {
        self.find(norm)
            .first()
            .filter(|&&(s, _, _)| s == 0)
            .map_or(0, |&(_, e, _)| e)
    }
}

impl Terms<()> {
    /// Compiles untagged raw terms.
    pub(crate) fn new<S: AsRef<str>>(raw: &[S]) -> Terms<()> {
        Terms::tagged(raw.iter().map(|r| (r.as_ref(), ())))
    }
}

/// The compiled vocabulary of one checklist entry.
pub(crate) struct EntryTerms {
    /// The entry as written.
    pub entry: Entry,
    /// Its aspect.
    pub aspect: Aspect,
    /// Cue words.
    pub cues: Terms,
    /// Marketing phrases.
    pub marketing: Terms,
    /// Section-title words.
    pub titles: Terms,
    /// Specific lists by name.
    pub lists: BTreeMap<String, Terms>,
}

impl EntryTerms {
    /// A specific list (empty when absent, so a missing list never matches).
    pub(crate) fn list(&self, name: &str) -> &Terms {
        static EMPTY: LazyLock<Terms> = LazyLock::new(|| Terms::new::<&str>(&[]));
        self.lists.get(name).unwrap_or(&EMPTY)
    }
}

/// Everything `charte offer` knows, compiled.
pub(crate) struct Vocab {
    /// Entries, checklist first (in file order), then charter-only aspects.
    pub entries: Vec<EntryTerms>,
    /// Commitment formulas.
    #[allow(dead_code, reason = "compiled with the other lists; no code reads it")]
    pub commitment: Terms,
    /// Reservations that void a commitment.
    pub hedges: Terms,
    /// Words naming the buyer in an offer.
    pub buyer: Terms,
    /// Subjects of a charter sentence that bind the buyer itself.
    pub buyer_subjects: Terms,
    /// Subjects of a charter sentence that bind the vendor.
    pub vendor_subjects: Terms,
    /// Section titles of requirements quoted in an offer.
    pub restated: Terms,
    /// Column headers of a response table that hold the buyer's requirement or question, not the answer.
    pub requirement_columns: Terms,
    /// Headers of a column that answers (« Réponse », « Engagement », « Délai »): the first column of such a table
    /// labels its rows.
    pub answer_columns: Terms,
    /// Column headers of a response table that hold no answer: reference, self-assessment, attached document.
    pub reference_columns: Terms,
    /// Headers of a comparison column (« Assistant grand public (pour comparaison) »): another product than the
    /// offer.
    pub comparison_columns: Terms,
    /// Future or intention: reservations that void even a description of a feature.
    pub strong_hedges: Terms,
    /// Comparisons with other offers (« contrairement aux offres hébergées aux États-Unis »).
    pub comparisons: Terms,
    /// Comparatives before what the offer is compared with (« moins que les géants américains »).
    pub comparatives: Terms,
    /// A target the vendor sets itself (« notre objectif de disponibilité est de 99,9 % »): not what it guarantees.
    pub objectives: Terms,
    /// The end of the contract (« au terme du marché »).
    pub contract_end: Terms,
    /// A paid option or a higher tier (« sur devis », « pour les clients ayant souscrit l'offre Premium »): a delay
    /// given under it is not the offer's commitment.
    pub paid_options: Terms,
    /// Award criteria and their weights (« compte pour 60 % de la note », « sous-critère »): how the buyer grades,
    /// not what the vendor must do.
    pub award_criteria: Terms,
    /// Words of an example or a consequence (« par exemple », « relève ainsi »): the sentence illustrates a rule
    /// stated elsewhere.
    pub illustrations: Terms,
    /// Approval words: « par » the buyer after them names who approves, not who acts (« sans l'accord donné par la
    /// commune »).
    pub approvals: Terms,
    /// Headings and column headers of what the priced offer does not include (« Options »).
    pub optional_parts: Terms,
    /// Words of law: a place right after them qualifies a law (« aucune législation extra-européenne »).
    pub law_words: Terms,
    /// Negations of offers written in English (« never », « not »).
    pub english_negations: Terms,
    /// Conjunctions that open a part of a sentence (« et le Centre peut »).
    pub connectors: Terms,
    /// Articles before the name a charter gives its authority (« le Centre »).
    pub name_articles: Terms,
    /// France, its regions and cities.
    pub french_places: Terms,
    /// Places, tagged with their zone (see [`Vocab::places_in`]).
    pub places: Terms<Zone>,
    /// EU jurisdiction phrases.
    pub jurisdiction_eu: Terms,
    /// Non-EU jurisdiction phrases.
    pub jurisdiction_non_eu: Terms,
    /// EU legal forms (case-sensitive, original text).
    pub forms_eu: Vec<String>,
    /// Non-EU legal forms (case-sensitive, original text).
    pub forms_non_eu: Vec<String>,
    /// Words showing that a sentence is about who processes the data.
    pub processing_context: Terms,
    /// The vendor's own data centres.
    pub own_datacentres: Terms,
    /// Companies named by a non-EU nationality.
    pub foreign_company: ForeignCompany,
    /// Provider names, tagged with their index in `providers`.
    pub provider_terms: Terms<usize>,
    /// Providers.
    pub providers: Vec<Provider>,
    /// Kinds of deadline (`[[delai]]`), in file order.
    pub deadlines: Vec<DeadlineKind>,
    /// Kinds of requirement read by the shared mechanism (`[[exigence]]`), in file order.
    pub topics: Vec<TopicKind>,
}

/// Each kind of deadline is listed once.
fn unique_deadlines(deadlines: &[DeadlineKind]) -> Result<(), String> {
    match deadlines
        .iter()
        .enumerate()
        .find(|(i, d)| deadlines[..*i].iter().any(|e| e.id == d.id))
    {
        Some((i, d)) => Err(format!("checklist.toml: delai {} twice (entry {i})", d.id)),
        None => Ok(()),
    }
}
/// The deadline kinds of `checklist.toml` (`[[delai]]`), with their aspect and direction checked.
fn compile_deadlines(defs: &[DeadlineDef]) -> Result<Vec<DeadlineKind>, String> {
    defs.iter()
        .map(|d| {
            Ok(DeadlineKind {
                id: d.id.clone(),
                name: d.intitule.clone(),
                name_en: d.intitule_en.clone(),
                aspect: Aspect::from_id(&d.aspect).ok_or_else(|| {
                    format!(
                        "checklist.toml: delai {}: unknown aspect {}",
                        d.id, d.aspect
                    )
                })?,
                at_least: match d.sens.as_str() {
                    "au_moins" => true,
                    "au_plus" => false,
                    other => {
                        return Err(format!(
                            "checklist.toml: delai {}: sens {other} (au_plus or au_moins)",
                            d.id
                        ))
                    }
                },
                subject: Terms::new(&d.sujet),
                action: Terms::new(&d.action),
                action_at_end: Terms::new(&d.action_fin_de_contrat),
            })
        })
        .collect()
}

impl Vocab {
    /// The vocabulary built from the embedded data files.
    pub(crate) fn global() -> &'static Vocab {
        static VOCAB: LazyLock<Vocab> = LazyLock::new(|| {
            Vocab::from_sources(CHECKLIST_TOML, LIEUX_TOML)
                .expect("embedded procurement data is valid")
        });
        &VOCAB
    }

    /// Builds the vocabulary from TOML sources.
    pub(crate) fn from_sources(checklist: &str, lieux: &str) -> Result<Vocab, String> {
        let cf: ChecklistFile =
            toml::from_str(checklist).map_err(|e| format!("checklist.toml: {e}"))?;
        let lf: LieuxFile = toml::from_str(lieux).map_err(|e| format!("lieux.toml: {e}"))?;
        let mut entries = Vec::new();
        for e in cf.controle.into_iter().chain(cf.aspect) {
            let aspect = Aspect::from_id(&e.aspect)
                .ok_or_else(|| format!("checklist.toml: unknown aspect {}", e.aspect))?;
            let lists = e
                .termes
                .iter()
                .map(|(k, v)| (k.clone(), Terms::new(v)))
                .collect();
            entries.push(EntryTerms {
                cues: Terms::new(&e.indices),
                marketing: Terms::new(&e.marketing),
                titles: Terms::new(&e.titres),
                lists,
                aspect,
                entry: e,
            });
        }
        let deadlines = compile_deadlines(&cf.delai)?;
        unique_deadlines(&deadlines)?;
        let topics = compile_topics(&cf.exigence)?;
        let voc = |name: &str| -> Result<Terms, String> {
            cf.vocabulaire
                .get(name)
                .map(|v| Terms::new(v))
                .ok_or_else(|| format!("checklist.toml: [vocabulaire] lacks {name}"))
        };
        let z = &lf.zones;
        let places = Terms::tagged(
            z.france
                .iter()
                .chain(z.ue.iter())
                .map(|t| (t.as_str(), Zone::Eu))
                .chain(z.union.iter().map(|t| (t.as_str(), Zone::Union)))
                .chain(z.eee.iter().map(|t| (t.as_str(), Zone::Eea)))
                .chain(z.europe.iter().map(|t| (t.as_str(), Zone::Europe)))
                .chain(z.hors_ue.iter().map(|t| (t.as_str(), Zone::NonEu)))
                .chain(z.hors.iter().map(|t| (t.as_str(), Zone::Outside)))
                .chain(z.acheteur.iter().map(|t| (t.as_str(), Zone::Buyer))),
        );
        let provider_terms = Terms::tagged(
            lf.fournisseur
                .iter()
                .enumerate()
                .flat_map(|(i, p)| p.termes.iter().map(move |t| (t.as_str(), i))),
        );
        Ok(Vocab {
            entries,
            commitment: voc("engagement")?,
            hedges: voc("reserves")?,
            buyer: voc("acheteur")?,
            buyer_subjects: voc("sujets_acheteur")?,
            vendor_subjects: voc("sujets_fournisseur")?,
            restated: voc("exigences_rappelees")?,
            requirement_columns: voc("colonnes_exigence")?,
            answer_columns: voc("colonnes_reponse")?,
            reference_columns: voc("colonnes_reference")?,
            comparison_columns: voc("colonnes_comparaison")?,
            strong_hedges: voc("reserves_fortes")?,
            comparisons: voc("comparaisons")?,
            comparatives: voc("comparatifs")?,
            objectives: voc("objectifs")?,
            contract_end: voc("fin_de_contrat")?,
            paid_options: voc("options_payantes")?,
            award_criteria: voc("criteres_de_jugement")?,
            illustrations: voc("illustrations")?,
            approvals: voc("approbations")?,
            optional_parts: voc("parties_optionnelles")?,
            law_words: voc("mots_de_droit")?,
            english_negations: voc("negations_anglaises")?,
            connectors: voc("liaisons")?,
            name_articles: voc("articles_du_nom")?,
            french_places: Terms::new(&z.france),
            places,
            jurisdiction_eu: Terms::new(&lf.juridiction.ue),
            jurisdiction_non_eu: Terms::new(&lf.juridiction.hors_ue),
            forms_eu: lf.juridiction.formes_ue,
            forms_non_eu: lf.juridiction.formes_hors_ue,
            processing_context: Terms::new(&lf.juridiction.contexte),
            own_datacentres: Terms::new(&lf.juridiction.propres),
            foreign_company: ForeignCompany {
                companies: Terms::new(&lf.juridiction.societes),
                qualifiers: Terms::new(&lf.juridiction.qualificatifs_societe),
                nationalities: Terms::new(&lf.juridiction.nationalites_hors_ue),
            },
            provider_terms,
            providers: lf.fournisseur,
            deadlines,
            topics,
        })
    }

    /// The places of a normalised text, with their zone, leaving out those that qualify a law (« aucune
    /// législation extra-européenne », « le droit de l'Union »).
    pub(crate) fn places_in(&self, norm: &str) -> Vec<(usize, usize, Zone)> {
        self.places
            .find(norm)
            .into_iter()
            .filter(|&(a, _, _)| {
                let before = norm[..a].trim_end();
                let before = before
                    .strip_suffix(" de l'")
                    .or_else(|| before.strip_suffix(" de la"))
                    .or_else(|| before.strip_suffix(" de"))
                    .or_else(|| before.strip_suffix(" du"))
                    .unwrap_or(before);
                let word = before.rsplit(' ').next().unwrap_or("");
                !self.law_words.any(word) && !self.law_of_a_state(before)
            })
            .collect()
    }

    /// The text before a place ends with a law of a state it qualifies (« relève du droit d'un État non membre de
    /// l'Union européenne », « soumis à la législation d'un pays tiers à l' »): the place bounds the law's state, it
    /// is no place of processing.
    fn law_of_a_state(&self, before: &str) -> bool {
        let tail = &before[super::floor_char(before, before.len().saturating_sub(60))..];
        [
            "d'un etat",
            "d'un pays",
            "d'etats",
            "des etats",
            "des pays",
            "d'un etat tiers",
        ]
        .iter()
        .filter_map(|w| tail.rfind(w).map(|i| (i, w.len())))
        .max()
        .is_some_and(|(i, len)| {
            let rest = &tail[i + len..];
            let word = tail[..i].trim_end().rsplit(' ').next().unwrap_or("");
            self.law_words.any(word) && !rest.contains([',', ';', '.'])
        })
    }

    /// The entry of an aspect.
    pub(crate) fn entry(&self, aspect: Aspect) -> &EntryTerms {
        self.entries
            .iter()
            .find(|e| e.aspect == aspect)
            .unwrap_or(&self.entries[0])
    }

    /// The checklist entry of an ACH code.
    pub(crate) fn by_code(&self, code: &str) -> Option<&EntryTerms> {
        self.entries
            .iter()
            .find(|e| e.entry.code.as_deref() == Some(code))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_loads_with_one_entry_per_ach_rule() {
        let v = Vocab::global();
        for n in 1..=10 {
            let code = format!("ACH{n:03}");
            assert!(
                v.by_code(&code).is_some(),
                "{code} missing from checklist.toml"
            );
        }
        for a in Aspect::ALL {
            assert!(
                v.entries.iter().any(|e| e.aspect == *a),
                "aspect {} missing",
                a.id()
            );
        }
    }

    #[test]
    fn terms_match_whole_words_and_wildcards() {
        let t = Terms::new(&["héberg*", "UE", "hors de l'Union"]);
        let n = normalize_term("Données hébergées hors de l’Union ; vue");
        let found: Vec<_> = t.find(&n).iter().map(|&(s, e, ())| &n[s..e]).collect();
        assert_eq!(found, ["hebergees", "hors de l'union"]);
    }

    #[test]
    fn companies_are_named_by_a_non_eu_nationality() {
        let v = Vocab::global();
        let found = |t: &str| {
            let n = normalize_term(t);
            v.foreign_company
                .find(&n)
                .iter()
                .map(|&(a, b)| n[a..b].to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found("Notre partenaire technologique américain opère les GPU."),
            ["partenaire technologique americain"]
        );
        assert_eq!(
            found("Les sociétés mères états-uniennes et un hébergeur chinois."),
            ["societes meres etats uniennes", "hebergeur chinois"]
        );
        assert_eq!(
            found("Un fournisseur du cloud numérique principal américain."),
            Vec::<String>::new(),
            "three qualifiers are too many"
        );
        assert!(found("Un hébergeur français, une cliente américaine.").is_empty());
    }

    #[test]
    fn places_are_tagged_with_their_zone() {
        let v = Vocab::global();
        let n = normalize_term("hébergées à Roubaix, répliquées en Virginie, jamais hors UE");
        let zones: Vec<Zone> = v.places.find(&n).iter().map(|&(_, _, z)| z).collect();
        assert_eq!(zones, [Zone::Eu, Zone::NonEu, Zone::Outside]);
    }
}
