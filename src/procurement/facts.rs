//! What an offer commits to: hosting places, jurisdiction, certifications, training on customer data, art. 28
//! agreement and sub-processors, retention periods, export formats, environmental figures and their method, AI Act
//! information, languages. Read from the analysed document (the same model and analysis as a charter), sentence by
//! sentence; a statement counts as a commitment when it is affirmative and carries no reservation (« possible »,
//! « à terme », « compatible »…). Marketing phrases are recorded for messages and never count.

use super::vocab::{Aspect, Terms, Vocab, Zone};
use crate::analyze::Analysis;
use crate::lexicon::normalize::normalize;
use crate::lexicon::{Lexicon, Tag};
use crate::model::{Charter, Clause, Modality, Sentence, Span};
use regex::Regex;
use std::sync::LazyLock;

/// One sentence of the document with its normalised text.
#[derive(Clone, Copy)]
pub(crate) struct Sent<'a> {
    /// Clause index.
    pub ci: usize,
    /// Sentence index in the clause.
    pub si: usize,
    /// Normalised text of the sentence.
    pub norm: &'a str,
    /// Offset of `norm` in the clause's normalised text.
    pub base: usize,
    /// The clause.
    pub clause: &'a Clause,
    /// The sentence.
    pub sentence: &'a Sentence,
}

impl Sent<'_> {
    /// Original text of the sentence.
    pub(crate) fn original(&self) -> &str {
        self.clause
            .text
            .get(self.sentence.start..self.sentence.end)
            .unwrap_or("")
    }
}

/// Source span of a normalised range of a sentence.
pub(crate) fn span_in(doc: &Charter, an: &Analysis, s: &Sent<'_>, a: usize, b: usize) -> Span {
    an.span_of(doc, s.ci, s.base + a, s.base + b)
}

/// Source span of a whole sentence.
pub(crate) fn sentence_span(s: &Sent<'_>) -> Span {
    s.clause.source_span(s.sentence.start, s.sentence.end)
}

/// Sections whose title says they quote the buyer's requirements (with their descendants).
pub(crate) fn restated_sections(doc: &Charter, v: &Vocab) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for (i, sec) in doc.sections.iter().enumerate() {
        let t = crate::lexicon::normalize::normalize(&sec.title).text;
        let parent_in = sec.parent.is_some_and(|p| out.contains(&p));
        if parent_in || v.restated.any(&t) {
            out.push(i);
        }
    }
    out
}

/// Every sentence of the clauses accepted by `keep`, in document order.
pub(crate) fn sentences<'a>(
    doc: &'a Charter,
    an: &'a Analysis,
    keep: impl Fn(usize) -> bool,
) -> Vec<Sent<'a>> {
    let mut out = Vec::new();
    for (ci, clause) in doc.clauses.iter().enumerate() {
        if !keep(ci) {
            continue;
        }
        let Some(info) = an.clauses.get(ci) else {
            continue;
        };
        for (si, sentence) in clause.sentences.iter().enumerate() {
            let Some(&(a, b)) = info.sentence_ranges.get(si) else {
                continue;
            };
            out.push(Sent {
                ci,
                si,
                norm: &info.norm.text[a..b],
                base: a,
                clause,
                sentence,
            });
        }
    }
    out
}

/// True when a normalised text denies or forbids what it names (« ne … pas », « aucun », « jamais », « ni … ni »,
/// « s'interdit de », « il est exclu »): the analysis layer's reading, shared with the contradiction norms; and, for
/// offers written in English, « never », « not » (`negations_anglaises`).
pub(crate) fn negated(norm: &str) -> bool {
    crate::analyze::modality::denies(norm) || Vocab::global().english_negations.any(norm)
}

/// True when the normalised text up to the end of the comma-delimited part holding offset `at` denies or forbids
/// (`negated`): « Les données sont stockées en France, et aucun accès n'est ouvert depuis un autre pays » states
/// France; « Aucune donnée n'est hébergée, traitée ou sauvegardée hors de l'Union » denies every place it names.
pub(crate) fn negated_before(norm: &str, at: usize) -> bool {
    let at = at.min(norm.len());
    let end = norm[at..].find([',', ';']).map_or(norm.len(), |i| at + i);
    negated(&norm[..end])
}

/// A negation that bounds a delay (« ne laisse en aucun cas s'écouler plus de 24 heures », « sans dépasser 24
/// heures »): a maximum, stated as a ban on exceeding it.
static BOUNDING_NEGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(?:plus de|au dela de|depass\w*|exced\w*|more than|longer than|exceed\w*)\s+(?:\w+\s+){0,3}?",
        r"(?:\d|(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|",
        r"cinquante|soixante|one|two|three|four|five|six|eight|ten|twelve|twenty|thirty)\b)",
    ))
    .expect("valid regex")
});

/// The part of a sentence between semicolons and colons around a normalised offset (« Non : … », « Aucun
/// format propriétaire n'est imposé : l'export est possible… »).
pub(crate) fn part(norm: &str, at: usize) -> &str {
    let at = floor_at(norm, at);
    let start = norm[..at].rfind([';', ':']).map_or(0, |i| i + 1);
    let end = norm[at..].find([';', ':']).map_or(norm.len(), |i| at + i);
    &norm[start..end]
}

fn floor_at(norm: &str, at: usize) -> usize {
    super::floor_char(norm, at.min(norm.len()))
}

/// The part of a sentence (between semicolons) around a normalised offset.
pub(crate) fn segment(norm: &str, at: usize) -> &str {
    let start = norm[..at.min(norm.len())].rfind(';').map_or(0, |i| i + 1);
    let end = norm[at.min(norm.len())..]
        .find(';')
        .map_or(norm.len(), |i| at + i);
    &norm[start..end]
}

/// A place named in a hosting statement.
#[derive(Debug, Clone)]
pub(crate) struct Place {
    /// Zone.
    pub zone: Zone,
    /// As written.
    pub name: String,
    /// Where.
    pub span: Span,
}

/// A sentence saying where data is hosted, processed or transferred.
#[derive(Debug, Clone)]
pub(crate) struct Hosting {
    /// The sentence.
    pub span: Span,
    /// Places named, after negation is taken into account.
    pub places: Vec<Place>,
    /// False when a reservation voids the statement (« possible », « sur option »).
    pub committed: bool,
    /// A row of the sub-processor table.
    pub subprocessor: bool,
}

/// Whether the offer lets the vendor train models on the buyer's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Training {
    /// Nothing said.
    Silent,
    /// Explicit no, with no option to switch it on.
    No,
    /// No by default; the buyer may switch it on.
    OptIn,
    /// Yes by default; the buyer may switch it off.
    OptOut,
    /// Yes.
    Allowed,
}

/// The training statement and where it is.
#[derive(Debug, Clone)]
pub(crate) struct TrainingFact {
    /// Status.
    pub status: Training,
    /// The statement that decides it.
    pub span: Option<Span>,
    /// The sentence stating the option, if any.
    pub option: Option<Span>,
}

/// What a retention period applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DataKind {
    /// Prompts, outputs, conversations, documents.
    Content,
    /// Logs.
    Logs,
    /// Backups.
    Backups,
    /// Not said.
    Other,
}

/// A retention period.
#[derive(Debug, Clone)]
pub(crate) struct Retention {
    /// The sentence.
    pub span: Span,
    /// Approximate hours (0 for immediate deletion; a day is 24 hours, a month 30 days).
    pub hours: u32,
    /// What is kept.
    pub kind: DataKind,
    /// As written (« 12 mois »).
    pub text: String,
}

/// An export or reversibility statement.
#[derive(Debug, Clone)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "what one export statement says, one flag per question the judges ask"
)]
pub(crate) struct Export {
    /// The sentence.
    pub span: Span,
    /// Open formats named in its clause.
    pub open_formats: Vec<String>,
    /// Other formats named.
    pub other_formats: Vec<String>,
    /// `Some(true)` free, `Some(false)` charged, `None` not said.
    pub free: Option<bool>,
    /// Available at any time (not only at the end of the contract).
    pub anytime: bool,
    /// The clause speaks of the end of the contract.
    pub at_end: bool,
    /// Affirmative and without reservation.
    pub committed: bool,
    /// Names a format or a reversibility plan: says how the data leaves the tool.
    pub substantive: bool,
}

/// Environmental figures.
#[derive(Debug, Clone, Default)]
pub(crate) struct Environment {
    /// Energy figures (Wh, kWh).
    pub energy: Vec<Span>,
    /// Carbon figures (gCO2e…).
    pub carbon: Vec<Span>,
    /// Water, PUE, hardware, model size.
    pub hardware: Vec<Span>,
    /// Sentences stating the method.
    pub method: Vec<Span>,
    /// Sentences naming the data centre's PUE.
    pub pue: Vec<Span>,
    /// Sentences giving (or committing to report) a consumption in kWh or `MWh`.
    pub total: Vec<Span>,
    /// Sentences computing emissions « location-based ».
    pub location_based: Vec<Span>,
    /// Sentences committing to report emissions in a unit, without a figure yet (« les émissions correspondantes
    /// en kgCO2e »): the carbon counterpart of [`Environment::total`].
    pub carbon_reported: Vec<Span>,
    /// Sentences giving an energy figure and an emissions figure together (« Une requête consomme en moyenne 0,6 Wh
    /// et émet 0,03 gCO2e »): the indicator as the committee quotes it.
    pub together: Vec<Span>,
    /// Some figure is given per request.
    pub per_request: bool,
}

impl Environment {
    /// True when some figure is given.
    pub(crate) fn any_figure(&self) -> bool {
        !(self.energy.is_empty() && self.carbon.is_empty() && self.hardware.is_empty())
    }
    /// True when some figure is given or its reporting committed to in a unit (« la consommation en kWh est jointe
    /// à chaque facture »): an indicator the buyer will receive.
    pub(crate) fn any_indicator(&self) -> bool {
        self.any_figure() || !(self.total.is_empty() && self.carbon_reported.is_empty())
    }
    /// Energy as a committee reads a charter that asks for it: a figure in the offer (Wh, kWh); when the charter
    /// asks for periodic reporting (`periodic`), a commitment to report the consumption in kWh or `MWh` is enough
    /// too, since the figure will come with each report. A promise alone does not answer a charter that wants the
    /// figure in the offer.
    pub(crate) fn energy_indicated(&self, periodic: bool) -> bool {
        !self.energy.is_empty() || (periodic && !self.total.is_empty())
    }
    /// Emissions, read the same way: a figure (gCO2e…) in the offer; for periodic reporting, a commitment to report
    /// them in a unit (« les émissions correspondantes en kgCO2e ») too.
    pub(crate) fn carbon_indicated(&self, periodic: bool) -> bool {
        !self.carbon.is_empty() || (periodic && !self.carbon_reported.is_empty())
    }
    /// The figure a finding points at: an energy figure stated with its method (in the method's sentence), else
    /// any figure stated with its method, else the first energy, carbon, then hardware figure (« un modèle de 24
    /// milliards de paramètres » is a figure, but « 0,9 Wh par requête, mesurés aux prises » is the indicator).
    /// The passage a met requirement quotes: an energy figure in its method's sentence, else the sentence that
    /// gives the energy and the emissions together (a PUE in the method's sentence is not the indicator), else the
    /// figure a finding points at.
    pub(crate) fn best_quote(&self) -> Option<Span> {
        self.energy
            .iter()
            .find(|s| {
                self.method
                    .iter()
                    .any(|m| m.start <= s.start && s.end <= m.end)
            })
            .or_else(|| self.together.first())
            .copied()
            .or_else(|| self.best_figure())
    }
    pub(crate) fn best_figure(&self) -> Option<Span> {
        let with_method = |s: &&Span| {
            self.method
                .iter()
                .any(|m| m.start <= s.start && s.end <= m.end)
        };
        let others = || self.carbon.iter().chain(&self.hardware);
        self.energy
            .iter()
            .find(with_method)
            .or_else(|| others().find(with_method))
            .or_else(|| self.energy.first())
            .or_else(|| self.carbon.first())
            .or_else(|| self.hardware.first())
            .or_else(|| self.total.first())
            .or_else(|| self.carbon_reported.first())
            .copied()
    }
}

/// Something the language of which is stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LangItem {
    /// User interface.
    Interface,
    /// Documentation.
    Documentation,
    /// Support.
    Assistance,
}

impl LangItem {
    /// Every item.
    pub(crate) const ALL: [LangItem; 3] = [
        LangItem::Interface,
        LangItem::Documentation,
        LangItem::Assistance,
    ];
    /// List name in `checklist.toml`.
    pub(crate) fn list(self) -> &'static str {
        match self {
            LangItem::Interface => "interface",
            LangItem::Documentation => "documentation",
            LangItem::Assistance => "assistance",
        }
    }
    /// French name.
    pub(crate) fn label(self, en: bool) -> &'static str {
        match (self, en) {
            (LangItem::Interface, false) => "l'interface",
            (LangItem::Documentation, false) => "la documentation",
            (LangItem::Assistance, false) => "l'assistance",
            (LangItem::Interface, true) => "the interface",
            (LangItem::Documentation, true) => "the documentation",
            (LangItem::Assistance, true) => "support",
        }
    }
}

/// A statement of the language of some items.
#[derive(Debug, Clone)]
pub(crate) struct Language {
    /// The sentence.
    pub span: Span,
    /// Items named.
    pub items: Vec<LangItem>,
    /// French is stated.
    pub french: bool,
    /// Another language is stated.
    pub other: bool,
}

/// A SecNumCloud statement.
#[derive(Debug, Clone)]
pub(crate) struct SecNumCloud {
    /// The sentence.
    pub span: Span,
    /// A qualification is claimed (not « ready », « compatible », « en cours »).
    pub qualified: bool,
    /// Version of the referential (« 3.2 »).
    pub version: Option<String>,
    /// Name of the qualified service.
    pub service: Option<String>,
}

/// A marketing phrase found in the offer.
#[derive(Debug, Clone)]
pub(crate) struct Marketing {
    /// The aspect it pretends to answer.
    pub aspect: Aspect,
    /// Where.
    pub span: Span,
    /// As written.
    pub phrase: String,
}

/// Evidence of exposure to a non-EU law.
#[derive(Debug, Clone)]
pub(crate) struct Exposure {
    /// Where.
    pub span: Span,
    /// What (« Microsoft (États-Unis) », « droit américain »).
    pub what: String,
}

/// A sentence of the offer that speaks of a kind of requirement beyond the checklist (`[[exigence]]`).
#[derive(Debug, Clone)]
pub(crate) struct TopicFact {
    /// Index of the kind in [`Vocab::topics`].
    pub kind: usize,
    /// The sentence.
    pub span: Span,
    /// Its percentage in hundredths, for a kind that compares one.
    pub hundredths: Option<u32>,
    /// The percentage as written.
    pub text: String,
    /// Without reservation.
    pub committed: bool,
    /// The sentence denies or forbids (« aucun plan n'est prévu »); with a percentage, a negation bounds it (« n'est
    /// jamais inférieure à 99,7 % » is a minimum).
    pub negated: bool,
    /// The sentence says the offer falls short (`contraire`).
    pub contrary: bool,
}

/// A deadline the offer gives (or an action it names without one), by kind.
#[derive(Debug, Clone)]
pub(crate) struct Deadline {
    /// Index of the kind in [`Vocab::deadlines`].
    pub kind: usize,
    /// The sentence (or table cell).
    pub span: Span,
    /// The delay in hours; `None` without a figure.
    pub hours: Option<u32>,
    /// The delay as written; empty without a figure.
    pub text: String,
}

/// A commitment to notify the buyer of a data breach, and the deadline it gives.
#[derive(Debug, Clone)]
pub(crate) struct Breach {
    /// The sentence (or table cell).
    pub span: Span,
    /// The deadline in hours (0: « sans délai », « immédiatement »); `None` when no figure is given (« dans les
    /// meilleurs délais », the words of the GDPR, which a buyer asking for 24 hours cannot check).
    pub hours: Option<u32>,
    /// The deadline as written (« 72 heures », « sans délai »); empty when none.
    pub text: String,
}

/// The deadline a breach-notification statement gives, in hours, with its words as written: the shortest delay of
/// the statement that is not the buyer's own deadline towards the authority (« … afin de lui permettre de notifier
/// la CNIL dans les 72 heures »: a delay preceded by words naming the authority, back to the previous delay or
/// punctuation, is not the vendor's); else, when `immediate` is true, 0 for « sans délai », « immédiatement » (not
/// « sans délai injustifié », the words of the GDPR). `text` is the original sentence.
pub(crate) fn breach_deadline(
    e: &super::vocab::EntryTerms,
    text: &str,
    immediate: bool,
) -> Option<(u32, String)> {
    let paid = &Vocab::global().paid_options;
    // A delay offered only under a paid option or a higher tier is not the offer's (`options_payantes`).
    let found: Vec<_> = delays(text)
        .into_iter()
        .filter(|&(a, _, _)| !paid.any(&normalize(semicolon_part(text, a)).text))
        .collect();
    let own = found
        .iter()
        .enumerate()
        .filter(|&(k, &(a, _, _))| {
            // The words before the delay, back to the previous delay or punctuation.
            let from = text[..a].rfind([',', ';', ':', '(']).map_or(0, |i| i + 1);
            let from = k
                .checked_sub(1)
                .map_or(from, |p| from.max(found[p].1.min(a)));
            !e.list("autorite").any(&normalize(&text[from..a]).text)
        })
        .map(|(_, d)| *d)
        .min_by_key(|d| d.2);
    if let Some((a, b, hours)) = own {
        return Some((hours, text[a..b].trim().to_owned()));
    }
    if !immediate {
        return None;
    }
    let norm = normalize(text);
    let vague = e.list("delai_vague").find(&norm.text);
    e.list("sans_delai")
        .find(&norm.text)
        .into_iter()
        .find(|&(a, b, ())| !vague.iter().any(|&(va, vb, ())| va <= a && b <= vb))
        .map(|(a, b, ())| {
            let (a, b) = norm.original(a, b);
            (0, text.get(a..b).unwrap_or("").to_owned())
        })
}

pub(crate) use super::deadlines::{delays, semicolon_part, DAY_HOURS};

/// Everything the offer states, with spans into the offer.
#[derive(Debug, Clone)]
pub(crate) struct OfferFacts {
    /// Hosting statements.
    pub hosting: Vec<Hosting>,
    /// Non-EU providers or jurisdictions.
    pub exposure: Vec<Exposure>,
    /// EU jurisdiction of the vendor or its host.
    pub eu_jurisdiction: Vec<Span>,
    /// Declarations of immunity from non-EU laws.
    pub immunity: Vec<Span>,
    /// Self-hosting at the buyer's.
    pub self_hosted: Vec<Span>,
    /// Statements on where support and administrators reach the data from (« aucun accès depuis un pays tiers »).
    pub support_access: Vec<Span>,
    /// Places outside the Union that support or administrators work from (« le support de niveau 3 est assuré
    /// par l'équipe du groupe à Édimbourg »), with the place as written.
    pub support_abroad: Vec<(Span, String)>,
    /// The vendor's own data centres.
    pub own_datacentres: Vec<Span>,
    /// SecNumCloud statements.
    pub secnumcloud: Vec<SecNumCloud>,
    /// ISO/IEC 27001 certificates.
    pub iso27001: Vec<Span>,
    /// HDS certificates.
    pub hds: Vec<Span>,
    /// The offer deals with health data.
    pub health_data: Option<Span>,
    /// Training on customer data.
    pub training: TrainingFact,
    /// Sentences that put the buyer's data in a test or evaluation set (« ajoutées à notre jeu de tests de
    /// non-régression »): not training, but an evaluation a charter may forbid.
    pub evaluation_use: Vec<Span>,
    /// Art. 28 agreement.
    pub dpa: Vec<Span>,
    /// Sub-processor list (or explicit « none »).
    pub subprocessors: Vec<Span>,
    /// Commitments to add or replace no sub-processor without the buyer's prior written authorisation.
    pub subprocessor_approval: Vec<Span>,
    /// Retention periods.
    pub retention: Vec<Retention>,
    /// Export statements.
    pub export: Vec<Export>,
    /// Environmental figures.
    pub environment: Environment,
    /// AI Act information.
    pub ai_act: Vec<Span>,
    /// The users told that they interact with an AI (art. 50(1) of the AI Act), with no other AI Act information in
    /// the sentence: AI Act information for the checklist (ACH007), not the documentation or the marking a charter
    /// asks.
    pub ai_transparency: Vec<Span>,
    /// Sentences naming the AI model, and whether with its version.
    pub model: Vec<(Span, bool)>,
    /// Language statements.
    pub language: Vec<Language>,
    /// Breach notification commitments.
    pub breach: Vec<Breach>,
    /// Free software / open models.
    pub open_source: Vec<Span>,
    /// Deadlines of the kinds a charter may set (`[[delai]]`): restitution, logs, support, notice.
    pub deadlines: Vec<Deadline>,
    /// Kinds of requirement beyond the checklist the offer speaks of (`[[exigence]]`).
    pub topics: Vec<TopicFact>,
    /// Marketing phrases.
    pub marketing: Vec<Marketing>,
    /// Sections quoting the buyer's requirements (not commitments).
    pub restated: Vec<usize>,
}

impl OfferFacts {
    /// No fact yet; `restated`: the sections quoting the buyer's requirements.
    pub(crate) fn empty(restated: Vec<usize>) -> OfferFacts {
        OfferFacts {
            hosting: Vec::new(),
            exposure: Vec::new(),
            eu_jurisdiction: Vec::new(),
            immunity: Vec::new(),
            self_hosted: Vec::new(),
            support_access: Vec::new(),
            support_abroad: Vec::new(),
            own_datacentres: Vec::new(),
            secnumcloud: Vec::new(),
            iso27001: Vec::new(),
            hds: Vec::new(),
            health_data: None,
            training: TrainingFact {
                status: Training::Silent,
                span: None,
                option: None,
            },
            evaluation_use: Vec::new(),
            dpa: Vec::new(),
            subprocessors: Vec::new(),
            subprocessor_approval: Vec::new(),
            retention: Vec::new(),
            export: Vec::new(),
            environment: Environment::default(),
            ai_act: Vec::new(),
            ai_transparency: Vec::new(),
            model: Vec::new(),
            language: Vec::new(),
            breach: Vec::new(),
            open_source: Vec::new(),
            deadlines: Vec::new(),
            topics: Vec::new(),
            marketing: Vec::new(),
            restated,
        }
    }
    /// Committed hosting places. A place outside the Union counts even under a reservation: « les équipes peuvent
    /// accéder aux données depuis les États-Unis » is a transfer the buyer must weigh, not a hedge.
    pub(crate) fn committed_places(&self) -> impl Iterator<Item = &Place> {
        self.hosting
            .iter()
            .flat_map(|h| h.places.iter().map(move |p| (h.committed, p)))
            .filter(|(committed, p)| *committed || p.zone.outside())
            .map(|(_, p)| p)
    }
    /// A real SecNumCloud qualification.
    pub(crate) fn secnumcloud_qualified(&self) -> Option<&SecNumCloud> {
        self.secnumcloud.iter().find(|s| s.qualified)
    }
    /// The most telling marketing phrase about an aspect (the longest; the first among equals).
    pub(crate) fn marketing_for(&self, aspect: Aspect) -> Option<&Marketing> {
        self.marketing.iter().filter(|m| m.aspect == aspect).fold(
            None,
            |best: Option<&Marketing>, m| match best {
                Some(b) if b.phrase.chars().count() >= m.phrase.chars().count() => Some(b),
                _ => Some(m),
            },
        )
    }
    /// The committed export statements.
    pub(crate) fn committed_exports(&self) -> impl Iterator<Item = &Export> {
        self.export.iter().filter(|e| e.committed)
    }
    /// The committed export statements that say how data leaves the tool (a format, a reversibility plan).
    pub(crate) fn substantive_exports(&self) -> impl Iterator<Item = &Export> {
        self.committed_exports().filter(|e| e.substantive)
    }
}

fn concept_in(lx: &Lexicon, an: &Analysis, s: &Sent<'_>, id: &str) -> bool {
    let Some(want) = lx.concept(id) else {
        return false;
    };
    an.sentence_hits((s.ci, s.si))
        .iter()
        .any(|h| matches!(h.tag, Tag::Concept(c) if lx.is_a(c, want)))
}

static ENERGY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\d+(?:[.,]\d+)?\s?(?:m|k|g|t)?wh\b|\b\d+(?:[.,]\d+)?\s?(?:kilo|mega|giga)?(?:wattheures?|watts? heures?|joules?)\b")
        .expect("valid regex")
});
static CARBON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\d+(?:[.,]\d+)?\s?(?:mg|g|kg|t|tonnes?|grammes?|kilogrammes?)?\s?(?:de |d')?(?:eq\.? ?|equivalent )?co(?:2|₂)\s?(?:e|eq|equivalent)?\b")
        .expect("valid regex")
});
static HARDWARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\bpue\b[^.;]{0,30}?\d+(?:[.,]\d+)?",
        r"|\b\d+(?:[.,]\d+)?\s?(?:gpu|processeurs graphiques|cartes graphiques|accelerateurs)\b",
        r"|\b\d+(?:[.,]\d+)?\s?(?:milliards?|millions?) de parametres\b",
        r"|\b\d+(?:[.,]\d+)?\s?(?:ml|millilitres?|litres?|l) d'eau\b",
        r"|\b(?:nvidia|amd)\s(?:a100|h100|h200|l4|l40s?|a10|t4|mi300x?)\b",
    ))
    .expect("valid regex")
});
/// A consumption of the service in kWh or `MWh`, given or promised (« 41 200 kWh », « le rapport annuel donne l'énergie
/// consommée en kWh »).
static TOTAL_ENERGY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:k|m|g)wh\b").expect("valid regex"));
static PER_REQUEST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:\bpar|/) ?(?:requete|question|prompt|reponse|conversation|appel|generation|interaction|echange)s?\b",
        r"|\bpar (?:\d+ ?)+requetes\b|\bper (?:request|query|prompt)\b",
        // « Une requête consomme en moyenne 0,9 Wh », « An average request consumes 0.4 Wh ».
        r"|\b(?:une|chaque|each|an?|every)\s(?:\w+\s)?(?:requete|request|query|prompt|question)\s(?:\w+\s){0,2}?",
        r"(?:consomme|emet|represente|necessite|consumes|uses|emits|requires)\b",
    ))
        .expect("valid regex")
});
static SUBPROCESSORS_COLON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:sous traitants?|sub processors?) ?(?:ulterieurs? )?(?::|sont |est |are |is )")
        .expect("valid regex")
});
static SNC_VERSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)secnumcloud\s*(?:v\.?\s*|version\s*|en version\s*)?(\d(?:[.,]\d+)?)|(?i)(?:version|v\.?)\s*(3[.,]\d)")
        .expect("valid regex")
});
static SNC_SERVICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"[«"“]\s*([^»"”]{2,60}?)\s*[»"”]|(?:service|offre|plateforme|solution|infrastructure)\s+(?:de cloud\s+|cloud\s+)?([A-Z][\w\-]*(?:\s+[A-Z0-9][\w\-]*){0,3})"#)
        .expect("valid regex")
});

#[cfg(debug_assertions)]
thread_local! {
    static EXTRACTIONS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Debug builds: how many times this thread has extracted an offer's facts so far.
#[cfg(all(test, debug_assertions))]
pub(crate) fn extractions_on_this_thread() -> usize {
    EXTRACTIONS.with(std::cell::Cell::get)
}

/// One sentence being read, with what every fact kind asks about it.
#[derive(Clone, Copy)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "what one sentence says, one flag per question the readers ask"
)]
struct Line<'a> {
    doc: &'a Charter,
    an: &'a Analysis,
    lx: &'a Lexicon,
    v: &'a Vocab,
    s: &'a Sent<'a>,
    /// Normalised text of the sentence.
    n: &'a str,
    /// The whole sentence.
    whole: Span,
    /// A question (« le candidat est-il… ? »).
    question: bool,
    /// A reservation voids a statement (« possible », « à terme », conditional, question).
    hedged: bool,
    /// For a feature (export, agreement, documentation), « possible » or « en option » describe what is
    /// available; only the future and intentions void it.
    vague: bool,
    /// The sentence denies or forbids what it names.
    neg: bool,
    /// A table row.
    table_row: bool,
    /// Normalised column headers of a table row.
    headers: &'a str,
}

impl Line<'_> {
    fn sp(&self, a: usize, b: usize) -> Span {
        span_in(self.doc, self.an, self.s, a, b)
    }
    /// A reservation voids this part of the sentence (`hedged`, read on the part alone).
    fn hedged_in(&self, part: &str) -> bool {
        self.v.hedges.any(part) || self.s.sentence.conditional || self.question
    }
}

/// What the sentence pass gathers: the facts, and what is decided once every sentence is read.
struct Acc<'a> {
    facts: OfferFacts,
    /// (clause, sentence, allows training) statements.
    training: Vec<(usize, Span, bool)>,
    /// Sections holding an environmental figure.
    figure_sections: Vec<Option<usize>>,
    /// Method statements: (section, sentence, names an environmental indicator).
    method_candidates: Vec<(Option<usize>, Span, bool)>,
    /// Sections quoting the buyer's requirements.
    restated: &'a [usize],
    /// The date the offer gives itself (« Date : 28 novembre 2026 »), against which a certificate's end of
    /// validity is read.
    dated: Option<crate::grammar::CivilDate>,
}

/// The date an offer gives itself: a line of its first clauses that opens with « Date » (« **Date :** 28 novembre
/// 2026 », « Date de l'offre : … ») or says where and when it was made (« Fait à Tours, le 28 novembre 2026 »).
/// `None` when it gives none: then no certificate is read as expired by its date.
fn offer_date(doc: &Charter) -> Option<crate::grammar::CivilDate> {
    doc.clauses.iter().take(40).find_map(|c| {
        c.text.lines().find_map(|line| {
            let n = normalize(line).text;
            let n = n.trim_start_matches(['*', '_', '#', ' ', '-', '|']);
            let labelled =
                n.starts_with("date") || (n.starts_with("fait a ") && n.contains(" le "));
            labelled
                .then(|| crate::grammar::find_dates(n).into_iter().next())
                .flatten()
                .map(|d| d.value.date)
        })
    })
}

/// True when a certificate's end of validity (« valable jusqu'au 30 septembre 2026 », « expire le … ») falls before
/// the offer's own date: it is no longer held when the offer is made.
fn expired_before(seg: &str, dated: Option<crate::grammar::CivilDate>) -> bool {
    let Some(day) = dated else {
        return false;
    };
    // The date that follows the word of the end (« obtenue le 3 mars 2024, valable jusqu'au 2 mars 2027 » ends in
    // 2027), within a few words.
    let ends = [
        "jusqu",
        "expire",
        "expiration",
        "echeance",
        "fin de validite",
        "valide au",
        "valable au",
    ];
    let dates = crate::grammar::find_dates(seg);
    ends.iter().any(|w| {
        seg.match_indices(w).any(|(i, _)| {
            dates
                .iter()
                .find(|d| d.start >= i)
                .is_some_and(|d| d.start - i <= 24 && d.value.date < day)
        })
    })
}

/// A reader of one kind of fact in one sentence.
type SentenceReader = fn(&Line<'_>, &mut Acc<'_>);

/// The fact kinds read sentence by sentence, in order (later kinds never read what earlier ones wrote, except the
/// facts themselves).
const SENTENCE_READERS: &[(&str, SentenceReader)] = &[
    ("marketing", marketing_facts),
    ("hosting", hosting_facts),
    ("jurisdiction", jurisdiction_facts),
    ("secnumcloud", secnumcloud_facts),
    ("certification", certification_facts),
    ("training", training_facts),
    ("processors", processors_facts),
    ("retention", retention_facts),
    ("export", export_facts),
    ("environment", environment_facts),
    ("ai_act", ai_act_facts),
    ("language", language_facts),
    ("breach", breach_facts),
    ("open_source", open_source_facts),
    ("deadlines", deadline_facts),
    ("topics", topic_facts),
];

/// A reader of one kind of fact over the whole document, once the sentences are read.
type DocumentReader = fn(&Charter, &Analysis, &mut Acc<'_>);

/// The fact kinds read over the whole document, in order.
const DOCUMENT_READERS: &[(&str, DocumentReader)] = &[
    ("subprocessor_tables", subprocessor_tables),
    ("legal_forms", legal_form_facts),
    ("title_marketing", title_marketing),
    ("environment_method", environment_method),
];

/// Extracts the facts of an analysed offer: every sentence outside the sections that quote the buyer's
/// requirements goes through [`SENTENCE_READERS`], then the document through [`DOCUMENT_READERS`].
pub(crate) fn extract(doc: &Charter, an: &Analysis, lx: &Lexicon) -> OfferFacts {
    #[cfg(debug_assertions)]
    EXTRACTIONS.with(|n| n.set(n.get() + 1));
    let v = Vocab::global();
    let restated = restated_sections(doc, v);
    let sents = sentences(doc, an, |ci| {
        !excluded(doc, &restated, ci) && !optional(doc, v, ci)
    });
    let mut acc = Acc {
        facts: OfferFacts::empty(restated.clone()),
        training: Vec::new(),
        figure_sections: Vec::new(),
        method_candidates: Vec::new(),
        restated: &restated,
        dated: offer_date(doc),
    };
    for s in &sents {
        let n = s.norm;
        let question = n.trim_end().ends_with('?');
        // A cell under « Exigence », « Question »… restates what is asked: never a commitment, only what the answer
        // of its row speaks about (read with the column headers).
        if requirement_cell(s, v)
            || in_column(s, &v.reference_columns)
            || comparison_cell(s.clause, s.sentence.start, v)
        {
            continue;
        }
        // A paragraph that opens by saying it quotes the requirement (« *Rappel du CCTP :* les composants… »).
        let clause_norm = an.clauses[s.ci]
            .norm
            .text
            .trim_start_matches([' ', '*', '_']);
        if v.restated.at_start(clause_norm) {
            continue;
        }
        let headers = if s.clause.cells.is_empty() {
            String::new()
        } else {
            format!("{} | {}", headers_norm(s.clause), row_label(s, v))
        };
        let line = Line {
            doc,
            an,
            lx,
            v,
            s,
            n,
            whole: sentence_span(s),
            question,
            hedged: v.hedges.any(n) || s.sentence.conditional || question,
            vague: v.strong_hedges.any(n) || s.sentence.conditional || question,
            neg: negated(n),
            table_row: !s.clause.cells.is_empty(),
            headers: &headers,
        };
        for (_, read) in SENTENCE_READERS {
            read(&line, &mut acc);
        }
    }
    for (_, read) in DOCUMENT_READERS {
        read(doc, an, &mut acc);
    }
    let mut f = acc.facts;
    f.exposure.sort_by_key(|x| x.span);
    f.training = training_status(doc, an, &acc.training, v.entry(Aspect::Training));
    f.marketing.sort_by_key(|m| m.span);
    rank_evidence(doc, an, v, &mut f);
    f
}

/// The clause of a span is a table row, and the normalised text of the sentence (or cell) that holds its start.
fn sentence_at<'a>(doc: &Charter, an: &'a Analysis, span: Span) -> (bool, &'a str) {
    let Some(ci) = doc
        .clauses
        .partition_point(|c| c.span().start <= span.start)
        .checked_sub(1)
    else {
        return (false, "");
    };
    let clause = &doc.clauses[ci];
    let rel = span.start.saturating_sub(clause.span().start);
    let si = clause
        .sentences
        .iter()
        .position(|s| s.start <= rel && rel < s.end.max(s.start + 1))
        .unwrap_or(0);
    let norm = an
        .clauses
        .get(ci)
        .and_then(|info| {
            let &(a, b) = info.sentence_ranges.get(si)?;
            info.norm.text.get(a..b)
        })
        .unwrap_or("");
    (!clause.cells.is_empty(), norm)
}

/// Sorts passages so that the one a committee would quote comes first, document order kept among equals: the
/// higher `score` of its sentence first, then a sentence of the prose before a table cell (the cell « ISO/IEC 27001,
/// HDS » under « Garanties » names a certificate; « X est certifiée ISO/IEC 27001 pour … » states it, with its scope).
fn rank_by<T>(
    doc: &Charter,
    an: &Analysis,
    items: &mut [T],
    span: impl Fn(&T) -> Span,
    score: impl Fn(&T, &str) -> usize,
) {
    items.sort_by_cached_key(|x| {
        let (table, n) = sentence_at(doc, an, span(x));
        (std::cmp::Reverse(score(x, n)), table)
    });
}

/// Every fact kind whose first passage is quoted as evidence, ranked (`rank_by`): a certificate, an agreement
/// named and attached (`accord_joint`), the documentation of the AI Act before a mere mention
/// (`preuves_documentation`), a hosting sentence with a hosting verb (`verbes_hebergement`) naming a country or a
/// city, an export with open formats before a plan alone.
fn rank_evidence(doc: &Charter, an: &Analysis, v: &Vocab, f: &mut OfferFacts) {
    let same = |s: &Span| *s;
    rank_by(doc, an, &mut f.iso27001, same, |_, _| 0);
    rank_by(doc, an, &mut f.hds, same, |_, _| 0);
    let proc_e = v.entry(Aspect::Processors);
    rank_by(doc, an, &mut f.dpa, same, |_, n| {
        ["accord_nomme", "article_28", "accord_joint"]
            .iter()
            .filter(|l| proc_e.list(l).any(n))
            .count()
    });
    let ai_e = v.entry(Aspect::AiAct);
    rank_by(doc, an, &mut f.ai_act, same, |_, n| {
        if ai_e.list("preuves_documentation").any(n) {
            2
        } else {
            usize::from(marks_generated_content(ai_e, n))
        }
    });
    let hosting_e = v.entry(Aspect::Hosting);
    rank_by(
        doc,
        an,
        &mut f.hosting,
        |h| h.span,
        |h, n| {
            2 * usize::from(hosting_e.list("verbes_hebergement").any(n))
                + usize::from(h.places.iter().any(|p| p.zone == Zone::Eu))
        },
    );
    rank_by(
        doc,
        an,
        &mut f.export,
        |e| e.span,
        |e, _| {
            if e.open_formats.is_empty() {
                usize::from(e.substantive)
            } else {
                2
            }
        },
    );
}

/// True when a clause lies in a section quoting the buyer's requirements, and is not a row of a table that carries
/// the candidate's answer in a column of its own (« Partie A — Exigences de la charte » then « Exigence | Réponse du
/// candidat »): such a row quotes the requirement in its first cell and answers it in the next, read as any answer
/// table (its requirement cells state nothing, see `requirement_cell`).
fn excluded(doc: &Charter, restated: &[usize], ci: usize) -> bool {
    let clause = &doc.clauses[ci];
    let v = Vocab::global();
    let answered = clause
        .cell_headers
        .iter()
        .skip(1)
        .any(|h| v.answer_columns.at_start(normalize(h).text.trim()));
    clause.section.is_some_and(|s| restated.contains(&s)) && !answered
}

/// The clause stands in a part the priced offer does not include: a section (or one of its parents) titled
/// « Options » or « Offre Premium », or a table with an « option » column (`parties_optionnelles`,
/// `options_payantes`). What it says is not the offer's commitment.
fn optional(doc: &Charter, v: &Vocab, ci: usize) -> bool {
    let clause = &doc.clauses[ci];
    let names = |t: &str| {
        let n = normalize(t).text;
        v.optional_parts.any(&n) || v.paid_options.any(&n)
    };
    if clause.cell_headers.iter().any(|h| names(h)) {
        return true;
    }
    let mut at = clause.section;
    while let Some(i) = at {
        let sec = &doc.sections[i];
        // The document's title (« Proposition technique (offre de base et options) ») covers the whole offer.
        let title_of_all = sec.parent.is_none() && !sec.children.is_empty();
        if !title_of_all && names(&sec.title) {
            return true;
        }
        at = sec.parent;
    }
    false
}

/// Marketing phrases, for every aspect (a phrase is recorded for messages, never as a commitment).
fn marketing_facts(l: &Line<'_>, acc: &mut Acc<'_>) {
    let Line { s, n, v, .. } = *l;
    let sp = |a: usize, b: usize| l.sp(a, b);
    let f = &mut acc.facts;
    for e in &v.entries {
        for (a, b, ()) in e.marketing.find(n) {
            let span = sp(a, b);
            f.marketing.push(Marketing {
                aspect: e.aspect,
                span,
                phrase: s
                    .clause
                    .text
                    .get(span_range(s.clause, span))
                    .unwrap_or("")
                    .to_owned(),
            });
        }
    }
}

/// Hosting places.
fn hosting_facts(l: &Line<'_>, acc: &mut Acc<'_>) {
    let Line {
        s,
        n,
        whole,
        hedged,
        neg,
        table_row,
        question,
        v,
        ..
    } = *l;
    let hosting_e = v.entry(Aspect::Hosting);
    let sp = |a: usize, b: usize| l.sp(a, b);
    let f = &mut acc.facts;
    let hosting_cue = hosting_e.cues.any(n);
    let found_places = v.places_in(n);
    let at_buyer = found_places.iter().any(|p| p.2 == Zone::Buyer);
    let comparison = v.comparisons.any(n);
    // A question (« le candidat est-il soumis à une législation extra-européenne ? ») and the art. 28 clause on
    // documented instructions (« y compris en ce qui concerne les transferts vers un pays tiers ») announce no
    // place; in a sub-processor table only the place-of-processing column does (the name column may say
    // « groupe Microsoft Corporation, États-Unis »: a jurisdiction, read by ACH002).
    let boilerplate_at = hosting_e
        .list("clauses_art28")
        .first(n)
        .map_or(usize::MAX, |(a, _)| a);
    let column_ok = !table_row || place_column(s);
    // Where support and administrators reach the data from (« le support est assuré depuis Nantes ; aucun accès
    // depuis un pays tiers »): a statement of its own, with or without a hosting verb. « Aucun accès n'est
    // possible » bans; only the future and intentions void it.
    if !comparison
        && !question
        && !l.vague
        && !found_places.is_empty()
        && (hosting_e.list("acces_support").any(n)
            || with_row_label(s)
                .is_some_and(|t| hosting_e.list("acces_support").any(&normalize(&t).text)))
    {
        f.support_access.push(whole);
        // A named third country or city in a part of the sentence that names support or access and does not deny
        // it is where that support works from, whether or not it reaches the data. « hors de l'Union », « pays
        // tiers » name no place: they come in bans (« nous nous interdisons tout support depuis un pays tiers »).
        for &(a, b, zone) in &found_places {
            if zone == Zone::NonEu
                && !negated_before(n, b)
                && hosting_e.list("acces_support").any(segment(n, a))
            {
                let span = sp(a, b);
                let name = s.clause.text.get(span_range(s.clause, span)).unwrap_or("");
                f.support_abroad.push((span, name.to_owned()));
            }
        }
    }
    if !comparison
        && !question
        && column_ok
        && (hosting_cue
            || at_buyer
            || (table_row && header_has(s.clause, &["pays", "localisation", "lieu"])))
    {
        let permission_without_buyer =
            s.sentence.modality == Some(Modality::Permission) && !v.buyer.any(n);
        let committed = !hedged && !permission_without_buyer;
        let escapes = ["quitt", "sort", "transf", "hors", "dehors", "leave"]
            .iter()
            .any(|w| n.contains(w));
        let mut places = Vec::new();
        for &(a, b, zone) in &found_places {
            // « règlement (UE) 2016/679 » names a regulation, not a place.
            if zone == Zone::Union && n[..a].ends_with('(') {
                continue;
            }
            // From the art. 28 clause on, places are the clause's (« pays tiers », « droit de l'Union »).
            if a >= boilerplate_at {
                continue;
            }
            // A place after a certificate in its part of the sentence is the certificate's perimeter, not where
            // the data is (« Le groupe est certifié ISO/IEC 27001 pour ses centres de données d'Austin et de
            // Phoenix »).
            let seg_start = n[..a].rfind(';').map_or(0, |i| i + 1);
            let cert_e = v.entry(Aspect::Certification);
            if ["iso27001", "hds"]
                .iter()
                .any(|k| cert_e.list(k).any(&n[seg_start..a]))
            {
                continue;
            }
            // « sans actionnaire extra-européen », « without any transfer outside the EU »: the place's own part
            // of the sentence denies it.
            let part = &n[n[..a].rfind([',', ';', ':']).map_or(0, |i| i + 1)..a];
            let without = ["sans", "without"]
                .iter()
                .any(|w| crate::analyze::contains_word(part, w));
            let zone = match ((neg && negated_before(n, b)) || without, zone) {
                (false, z) => z,
                // « aucun transfert hors de l'Union »: a commitment to stay inside.
                (true, Zone::Outside) => Zone::Union,
                (true, z) if z.inside() && escapes => z,
                _ => continue,
            };
            let span = sp(a, b);
            places.push(Place {
                zone,
                name: s
                    .clause
                    .text
                    .get(span_range(s.clause, span))
                    .unwrap_or("")
                    .to_owned(),
                span,
            });
            if zone == Zone::Buyer && committed {
                f.self_hosted.push(span);
            }
        }
        if !places.is_empty() {
            f.hosting.push(Hosting {
                span: whole,
                places,
                committed,
                subprocessor: table_row,
            });
        }
    }
}

/// Jurisdiction, providers, immunity.
fn jurisdiction_facts(l: &Line<'_>, acc: &mut Acc<'_>) {
    let Line {
        s,
        n,
        whole,
        hedged,
        neg,
        table_row,
        v,
        ..
    } = *l;
    let ext_e = v.entry(Aspect::Extraterritorial);
    let hosting_e = v.entry(Aspect::Hosting);
    let hosting_cue = hosting_e.cues.any(n);
    let sp = |a: usize, b: usize| l.sp(a, b);
    let f = &mut acc.facts;
    let ext_cue = ext_e.cues.any(n);
    let context = hosting_cue
        || ext_cue
        || table_row
        || v.processing_context.any(n)
        || v.jurisdiction_eu.any(n)
        || v.jurisdiction_non_eu.any(n);
    if context {
        let refuses_use = neg
            && ["utilis", "recour", "fait appel", "fait pas appel", "aucun"]
                .iter()
                .any(|w| n.contains(w));
        for (a, b, i) in v.provider_terms.find(n) {
            let p = &v.providers[i];
            if p.non_eu() {
                if !refuses_use {
                    f.exposure.push(Exposure {
                        span: sp(a, b),
                        what: format!("{} ({})", p.nom, p.pays),
                    });
                }
            } else if !neg {
                f.eu_jurisdiction.push(sp(a, b));
            }
        }
    }
    for (a, b, ()) in v.jurisdiction_eu.find(n) {
        if !negated(segment(n, a)) {
            f.eu_jurisdiction.push(sp(a, b));
        }
    }
    // A company named by its nationality (« notre partenaire technologique américain », « un hébergeur chinois »)
    // is under that country's law, unless the part of the sentence denies it (« aucun prestataire américain »).
    let named_law = |span: Span| Exposure {
        span,
        what: format!(
            "une société relevant d'un droit extra-européen (« {} »)",
            s.clause.text.get(span_range(s.clause, span)).unwrap_or("")
        ),
    };
    let non_eu = v.jurisdiction_non_eu.find(n);
    for (a, b, ()) in &non_eu {
        let span = sp(*a, *b);
        if compared_before(n, *a, v) {
            continue;
        }
        if neg {
            f.immunity.push(span);
        } else {
            f.exposure.push(named_law(span));
        }
    }
    for (start, end) in v.foreign_company.find(n) {
        let listed = non_eu.iter().any(|&(a, b, ())| a < end && start < b);
        if !listed && !negated(segment(n, start)) && !compared_before(n, start, v) {
            f.exposure.push(named_law(sp(start, end)));
        }
    }
    if !hedged {
        if let Some((a, b)) = ext_e.list("immunite").first(n) {
            f.immunity.push(sp(a, b));
        } else if neg
            && (ext_cue || ext_e.list("droit_etranger").any(n))
            && ext_e.list("non_soumission").any(n)
        {
            f.immunity.push(whole);
        }
    }
    for (a, b, ()) in v.own_datacentres.find(n) {
        if !neg {
            f.own_datacentres.push(sp(a, b));
        }
    }
}

/// The words before normalised offset `at`, in its part of the sentence (back to a comma, semicolon, colon or
/// bracket), make what follows the thing the offer is compared with (« quatre fois moins que les géants
/// américains », « contrairement aux acteurs américains »): not a party to the offer (`comparaisons`,
/// `comparatifs`).
fn compared_before(n: &str, at: usize, v: &Vocab) -> bool {
    let before = part_before(n, at);
    v.comparisons.any(before) || v.comparatives.any(before)
}

/// The words before normalised offset `at` in its part of the sentence: back to a comma, semicolon, colon or
/// bracket.
fn part_before(n: &str, at: usize) -> &str {
    let at = floor_at(n, at);
    let from = n[..at].rfind([',', ';', ':', '(']).map_or(0, |i| i + 1);
    &n[from..at]
}

/// The transparency duty of art. 50(1) of the AI Act, stated: the users are told (`information`: « informe », « un
/// bandeau indique ») that they interact (`interaction`: « échange avec », « dialogue avec ») with an AI system
/// (`systeme_ia`, within a few words after the verb): « Un disclaimer au login informe chaque user qu'il échange avec
/// une IA ».
fn tells_users_they_face_ai(ai_e: &super::vocab::EntryTerms, n: &str) -> bool {
    const AFTER_VERB: usize = 40;
    ai_e.list("information").any(n)
        && ai_e
            .list("interaction")
            .find(n)
            .into_iter()
            .any(|(_, b, ())| {
                let end = floor_at(n, (b + AFTER_VERB).min(n.len()));
                ai_e.list("systeme_ia").any(&n[b..end])
            })
}

/// SecNumCloud statements.
fn secnumcloud_facts(l: &Line<'_>, acc: &mut Acc<'_>) {
    let Line {
        s,
        n,
        whole,
        hedged,
        neg,
        v,
        ..
    } = *l;
    let ext_e = v.entry(Aspect::Extraterritorial);
    let f = &mut acc.facts;
    if n.contains("secnumcloud") {
        let reserved = ext_e.list("secnumcloud_reserves").any(n) || hedged;
        let claims = ext_e.list("secnumcloud_qualifie").any(n);
        let original = s.original();
        let version = SNC_VERSION.captures(original).and_then(|c| {
            c.get(1)
                .or_else(|| c.get(2))
                .map(|m| m.as_str().replace(',', "."))
        });
        let service = SNC_SERVICE.captures(original).and_then(|c| {
            c.get(1)
                .or_else(|| c.get(2))
                .map(|m| m.as_str().trim().to_owned())
                .filter(|x| !x.to_lowercase().contains("secnumcloud"))
        });
        f.secnumcloud.push(SecNumCloud {
            span: whole,
            qualified: claims && !reserved && !neg,
            version,
            service,
        });
    }
}

/// Certifications and health data.
fn certification_facts(l: &Line<'_>, acc: &mut Acc<'_>) {
    let Line {
        s,
        n,
        whole,
        neg,
        an,
        lx,
        v,
        ..
    } = *l;
    let cert_e = v.entry(Aspect::Certification);
    let sp = |a: usize, b: usize| l.sp(a, b);
    let dated = acc.dated;
    let f = &mut acc.facts;
    // A certificate is held when the part of the sentence that names it (between semicolons) is affirmative and
    // unreserved: « X est certifiée ISO/IEC 27001 ; sa qualification SecNumCloud est en cours » holds the first.
    // A negation over a place outside the certified scope confirms it (« aucun bilan n'est stocké hors du périmètre
    // certifié HDS »).
    // A certificate whose perimeter names only sites outside the Union (« Le groupe est certifié ISO/IEC 27001 pour
    // ses centres de données d'Austin et de Phoenix ») covers other sites than those of a service hosted in the
    // Union: it is not the service's.
    let held = |a: usize| {
        // « en cours de validité » says the certificate is valid, not that it is being obtained (« en cours »).
        let seg = &segment(n, a).replace("en cours de validite", "valide");
        let seg = seg.as_str();
        let outside = ["hors ", "en dehors", "ailleurs qu"]
            .iter()
            .any(|w| n[..a].contains(w));
        let sites = v.places_in(seg);
        let elsewhere = !sites.is_empty() && sites.iter().all(|p| p.2.outside());
        (!negated(seg) || outside)
            && !elsewhere
            && !cert_e.list("echus").any(n)
            && !expired_before(seg, dated)
            && !cert_e.list("reserves").any(seg)
            && !l.hedged_in(seg)
    };
    for (list, found) in [("iso27001", &mut f.iso27001), ("hds", &mut f.hds)] {
        if let Some((a, b)) = cert_e.list(list).first(n).filter(|&(a, _)| held(a)) {
            found.push(sp(a, b));
        }
    }
    // The offer deals with health data when it says so affirmatively: « nous recommandons de ne pas verser de
    // pièces médicales » keeps them out.
    let advice = s.sentence.modality == Some(Modality::Recommandation);
    if f.health_data.is_none() && !neg && !advice && concept_in(lx, an, s, "data.health") {
        f.health_data = Some(whole);
    }
}

/// Statements on training on customer data (decided after the pass, with the options near them).
fn training_facts(l: &Line<'_>, acc: &mut Acc<'_>) {
    let Line {
        s,
        n,
        whole,
        question,
        v,
        ..
    } = *l;
    let training_e = v.entry(Aspect::Training);
    // « apprentissage automatique » names the technique, not a reuse of data.
    let training_at = training_e.cues.find(n).into_iter().find(|&(_, b, ())| {
        !(n[..b].ends_with("apprentissage")
            && [
                " automatique",
                " profond",
                " supervise",
                " par renforcement",
            ]
            .iter()
            .any(|w| n[b..].starts_with(w)))
    });
    if let Some((a, _, ())) = training_at {
        let seg = segment(n, a);
        let before = &n[n[..a].rfind(';').map_or(0, |i| i + 1)..a];
        let says_no = negated(seg) || crate::analyze::contains_word(before, "sans");
        let customer = training_e.list("donnees_client").any(seg);
        if says_no {
            acc.training.push((s.ci, whole, false));
        } else if customer && !question && seg.split_whitespace().count() >= 5 {
            acc.training.push((s.ci, whole, true));
        }
    } else if let Some(no) = answer_to_training_question(l) {
        acc.training.push((s.ci, whole, !no));
    }
    // The buyer's data put in a test or evaluation set, in a part of the sentence that does not deny it.
    let evaluated = training_e
        .list("evaluation")
        .find(n)
        .into_iter()
        .any(|(a, _, ())| {
            let seg = segment(n, a);
            !negated(seg) && training_e.list("donnees_client").any(seg)
        });
    if evaluated && !question && !l.hedged {
        acc.facts.evaluation_use.push(whole);
    }
}

/// Art. 28 agreement and sub-processors.
fn processors_facts(l: &Line<'_>, acc: &mut Acc<'_>) {
    let Line {
        s,
        n,
        whole,
        vague,
        neg,
        v,
        ..
    } = *l;
    let proc_e = v.entry(Aspect::Processors);
    let sp = |a: usize, b: usize| l.sp(a, b);
    let f = &mut acc.facts;
    // « Notre accord de sous-traitance est disponible sur demande » is not attached to the offer.
    if !vague && !proc_e.list("accord_sur_demande").any(n) {
        if let Some((a, b)) = proc_e.list("dpa").first(n) {
            if !negated(segment(n, a)) || agreement_required_first(n, a, b, proc_e) {
                f.dpa.push(sp(a, b));
            }
        } else if l.table_row
            && !l.neg
            && proc_e.list("dpa").any(&row_label(s, v))
            && proc_e.list("pieces_jointes").any(n)
        {
            // The answer cell of a row that names the agreement (« | Accord art. 28 du RGPD | joint en annexe
            // 3 | »).
            f.dpa.push(whole);
        }
    }
    if proc_e.list("sous_traitants").any(n)
        || (l.table_row && proc_e.list("sous_traitants").any(l.headers))
    {
        let listed = (proc_e.list("liste_annexee").any(n)
            || [
                "liste", "enumer", "detaill", "recens", "identifi", "mentionn", "indiqu",
                "list of", "listed",
            ]
            .iter()
            .any(|w| n.contains(w)))
            && [
                "annexe",
                "joint",
                "figure",
                "fourni",
                "ci dessous",
                "ci apres",
                "suivant",
                "tableau",
                ":",
                "attached",
                "schedule",
                "appendix",
                "annex",
                "below",
            ]
            .iter()
            .any(|w| n.contains(w));
        let none = neg && n.contains("ulterieur");
        let introduces = n.contains("ulterieur") || SUBPROCESSORS_COLON.is_match(n);
        // A sole sub-processor named by its proper name after the word (« qu'un sous-traitant, Ligéria Cloud
        // (hébergement, France) »): the whole list.
        let sole = proc_e.list("sous_traitant_unique").any(n) && {
            let o = s.original();
            [
                "sous-traitant",
                "sous traitant",
                "sub-processor",
                "subprocessor",
            ]
            .iter()
            .find_map(|w| o.find(w).map(|i| &o[i + w.len()..]))
            .is_some_and(|after| {
                after
                    .split_whitespace()
                    .skip(1)
                    .any(|w| w.chars().next().is_some_and(char::is_uppercase))
            })
        };
        // The answer cell of a row about sub-processors (« Sous-traitants ultérieurs » | « X SAS (hébergement,
        // France) ») lists them without introducing them.
        let about_row = l.table_row && proc_e.list("sous_traitants").any(l.headers);
        let named = (introduces || about_row)
            && (v.provider_terms.any(n) || has_legal_form(s.original(), v));
        if listed || none || named || sole {
            f.subprocessors.push(whole);
        }
    }
    // « n'ajoute aucun sous-traitant ultérieur sans l'autorisation écrite préalable du Syndicat »: the negation is
    // the commitment. In a table row, the requirement or label cell may name the sub-processors (« | Liste des
    // sous-traitants, autorisation écrite préalable | … | aucun ajout sans accord écrit préalable du Syndicat | »).
    if !vague
        && (proc_e.list("sous_traitants").any(n)
            || (l.table_row && proc_e.list("sous_traitants").any(l.headers)))
        && proc_e.list("autorisation_prealable").any(n)
    {
        f.subprocessor_approval.push(whole);
    }
    if let Some(lead) = &s.clause.lead_in {
        let l = crate::lexicon::normalize::normalize(lead).text;
        if proc_e.list("sous_traitants").any(&l) && s.si == 0 {
            f.subprocessors.push(whole);
        }
    }
}

/// True when the negation of a sentence bans something until the agreement named at `a..b` is signed (« Nous ne
/// traitons aucune donnée avant la signature de l'accord de sous-traitance, joint en annexe 2 », « aucune donnée
/// n'est traitée sans accord de sous-traitance signé »): the agreement is the condition the ban waits for, so the
/// negation requires it rather than denying it. Nothing after the agreement may deny it (« … sans accord ; celui-ci
/// n'est pas joint »), nor anything between the condition word (`accord_condition`) and the agreement.
fn agreement_required_first(n: &str, a: usize, b: usize, e: &super::vocab::EntryTerms) -> bool {
    let a = floor_at(n, a);
    let seg_start = n[..a].rfind(';').map_or(0, |i| i + 1);
    let seg_end = n[b.min(n.len())..]
        .find(';')
        .map_or(n.len(), |i| b.min(n.len()) + i);
    let Some(&(c, d, ())) = e.list("accord_condition").find(&n[seg_start..a]).last() else {
        return false;
    };
    negated(&n[seg_start..seg_start + c])
        && !negated(&n[seg_start + d..a])
        && !negated(&n[b.min(n.len())..seg_end])
}

/// Retention periods.
fn retention_facts(l: &Line<'_>, acc: &mut Acc<'_>) {
    let Line {
        s,
        n,
        whole,
        table_row,
        headers,
        v,
        an,
        ..
    } = *l;
    let ret_e = v.entry(Aspect::Retention);
    let f = &mut acc.facts;
    if (ret_e.cues.any(n) || ret_e.cues.any(headers)) && !v.hedges.any(n) {
        let row = table_row.then(|| an.clauses[s.ci].norm.text.as_str());
        let from = f.retention.len();
        retention(s, n, row, ret_e, f, whole);
        // A day counted from the start (« effacement automatique à J+15 ») is a period too, as is the day or the
        // month named by its rank (« purge le trentième jour suivant la création », « au terme du sixième mois »):
        // the data is kept until that day, which is the limit itself.
        let original = s.original();
        let ranked: Vec<(usize, u32, String)> = DAY_AFTER
            .captures_iter(original)
            .map(|c| {
                let at = c.get(0).map_or(0, |m| m.start());
                (at, c[1].parse().unwrap_or(0), c[0].to_owned())
            })
            .chain(
                // A ranked day of another action (« restitue les données le trentième jour suivant la fin du
                // marché ») is no retention period.
                ranked_days(original).into_iter().filter(|r| {
                    let at = an.clauses[s.ci]
                        .norm
                        .from_original(s.sentence.start + r.0)
                        .saturating_sub(s.base);
                    !not_a_period(n, ret_e, at)
                }),
            )
            .collect();
        for (at, days, text) in ranked {
            // The data it applies to: the words since the last full stop or semicolon, else the sentence's, else
            // the row's.
            let since = original[..at].rfind(['.', ';']).map_or(0, |i| i + 1);
            let kind = [
                normalize(&original[since..at]).text.as_str(),
                n,
                row.unwrap_or(""),
            ]
            .iter()
            .map(|t| row_kind(t, ret_e))
            .find(|k| *k != DataKind::Other)
            .unwrap_or(DataKind::Other);
            let kind = backups_of_the_row(kind, row, ret_e);
            if days > 0 {
                f.retention.push(Retention {
                    span: whole,
                    hours: days * DAY_HOURS,
                    kind,
                    text,
                });
            }
        }
        // Of several delays, the one of another action in the sentence is no retention period (« les journaux sont
        // gardés un an et remis sous deux jours ouvrés sur demande »).
        let deadlines: Vec<String> = super::deadlines::stated(v, s.original())
            .into_iter()
            .filter(|d| d.hours.is_some())
            .map(|d| d.text)
            .collect();
        let several = f.retention.len() > from + 1;
        let mut k = from;
        while several && k < f.retention.len() {
            let text = f.retention[k].text.as_str();
            if !text.is_empty() && deadlines.iter().any(|d| d.contains(text)) {
                f.retention.remove(k);
            } else {
                k += 1;
            }
        }
    }
}

/// « J+15 »: the fifteenth day after the start.
static DAY_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[Jj]\s?\+\s?(\d{1,3})\b").expect("valid regex"));

/// A day or a month named by its rank (« le trentième jour », « au terme du sixième mois », « le 30e jour »).
static RANKED_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\b(?:le|au|du)\s+(?:(?:terme|bout)\s+du\s+)?",
        r"(\d{1,3}\s?(?:e|ème|eme)|[a-zàâçéèêëîïôûùüÿ-]+i[eè]me)\s+(jour|mois)\b",
    ))
    .expect("valid regex")
});

/// The rank of a French ordinal (« trentième » 30, « 30e » 30, « quatre-vingt-dixième » 90).
fn rank(word: &str) -> Option<u32> {
    let w = normalize(word).text.replace(['-', ' '], "");
    if let Some(d) = w.strip_suffix("eme").or_else(|| w.strip_suffix('e')) {
        if let Ok(k) = d.parse() {
            return Some(k);
        }
    }
    let ranks = [
        ("deuxieme", 2),
        ("second", 2),
        ("troisieme", 3),
        ("quatrieme", 4),
        ("cinquieme", 5),
        ("sixieme", 6),
        ("septieme", 7),
        ("huitieme", 8),
        ("neuvieme", 9),
        ("dixieme", 10),
        ("onzieme", 11),
        ("douzieme", 12),
        ("treizieme", 13),
        ("quatorzieme", 14),
        ("quinzieme", 15),
        ("seizieme", 16),
        ("dixhuitieme", 18),
        ("vingtieme", 20),
        ("vingtetunieme", 21),
        ("trentieme", 30),
        ("trentetunieme", 31),
        ("quarantieme", 40),
        ("quarantecinquieme", 45),
        ("cinquantieme", 50),
        ("soixantieme", 60),
        ("quatrevingtdixieme", 90),
        ("centieme", 100),
        ("centquatrevingtieme", 180),
    ];
    ranks.iter().find(|(r, _)| *r == w).map(|&(_, k)| k)
}

/// The ranked days and months of a text as (offset, days, words).
fn ranked_days(original: &str) -> Vec<(usize, u32, String)> {
    RANKED_DAY
        .captures_iter(original)
        .filter_map(|c| {
            let k = rank(&c[1])?;
            let days = if c[2].eq_ignore_ascii_case("mois") {
                k.checked_mul(30)?
            } else {
                k
            };
            let m = c.get(0)?;
            Some((m.start(), days, m.as_str().to_owned()))
        })
        .collect()
}

/// In a table row about some data, a cell that names only backups (« purge le trentième jour, appliquée aussi
/// aux sauvegardes ») speaks of the row's data, backups included: the row's kind.
fn backups_of_the_row(kind: DataKind, row: Option<&str>, e: &super::vocab::EntryTerms) -> DataKind {
    match (kind, row.map(|r| row_kind(r, e))) {
        (DataKind::Backups, Some(k @ (DataKind::Content | DataKind::Logs))) => k,
        (k, _) => k,
    }
}

/// Export and reversibility.
fn export_facts(l: &Line<'_>, acc: &mut Acc<'_>) {
    let Line {
        s,
        n,
        whole,
        vague,
        neg,
        table_row,
        headers,
        an,
        v,
        ..
    } = *l;
    let rev_e = v.entry(Aspect::Reversibility);
    let f = &mut acc.facts;
    // A return of the data in an open format is an export (« Galet rend au Syndicat ses données en JSON »).
    let returned = rev_e.list("rendre_en_format").any(n) && rev_e.list("formats_ouverts").any(n);
    if rev_e.cues.any(n) || returned || (table_row && rev_e.cues.any(headers)) {
        let info = &an.clauses[s.ci];
        let clause_norm = info.norm.text.as_str();
        let formats = |list: &Terms| -> Vec<String> {
            let mut out: Vec<String> = list
                .find(clause_norm)
                .into_iter()
                .map(|(a, b, ())| clause_norm[a..b].to_owned())
                .collect();
            out.dedup();
            out
        };
        // « sans frais de restitution » is free: a word of charge inside a word of no charge is not a charge.
        let no_charge = rev_e.list("sans_frais").find(clause_norm);
        let charged = rev_e
            .list("payant")
            .find(clause_norm)
            .into_iter()
            .any(|(a, b, ())| !no_charge.iter().any(|&(fa, fb, ())| a < fb && fa < b));
        let free = if charged {
            Some(false)
        } else if !no_charge.is_empty() {
            Some(true)
        } else {
            None
        };
        let open_formats = formats(rev_e.list("formats_ouverts"));
        let other_formats = formats(rev_e.list("formats_autres"));
        let substantive = !open_formats.is_empty()
            || !other_formats.is_empty()
            || rev_e.list("plan").any(clause_norm);
        f.export.push(Export {
            span: whole,
            open_formats,
            other_formats,
            substantive,
            free,
            anytime: rev_e.list("a_tout_moment").any(clause_norm),
            at_end: v.contract_end.any(clause_norm),
            // The negation that counts is the one over the export words, in their part of the sentence: « Aucun
            // format propriétaire n'est imposé : l'export est possible à tout moment en ODT, CSV… » commits.
            committed: !vague
                && match rev_e.cues.first(n) {
                    Some((a, _)) => !negated(part(n, a)),
                    None => !neg,
                },
        });
    }
}

/// Environmental figures and their method.
fn environment_facts(l: &Line<'_>, acc: &mut Acc<'_>) {
    let Line {
        s,
        n,
        whole,
        table_row,
        headers,
        an,
        v,
        ..
    } = *l;
    let env_e = v.entry(Aspect::Environment);
    let sp = |a: usize, b: usize| l.sp(a, b);
    let f = &mut acc.facts;
    let env_text = if table_row {
        format!("{} {headers}", an.clauses[s.ci].norm.text)
    } else {
        format!("{n} {headers}")
    };
    let mut figure = false;
    // A figure of what the service is compared with is not the service's (« Estimation interne, comparaison avec
    // les modèles de plus de 100 milliards de paramètres »): the words before it in its part of the sentence.
    let compared = |at: usize| {
        let before = part_before(n, at);
        env_e.list("comparaison").any(before) || v.comparisons.any(before)
    };
    for m in ENERGY.find_iter(n).filter(|m| !compared(m.start())) {
        f.environment.energy.push(sp(m.start(), m.end()));
        figure = true;
    }
    for m in CARBON.find_iter(n).filter(|m| !compared(m.start())) {
        f.environment.carbon.push(sp(m.start(), m.end()));
        figure = true;
    }
    for m in HARDWARE.find_iter(n).filter(|m| !compared(m.start())) {
        f.environment.hardware.push(sp(m.start(), m.end()));
        figure = true;
    }
    if !l.vague {
        // The PUE named with the figures (« PUE inclus », « multipliée par le PUE du site (1,3) »): the committee
        // reads its value there or in the annex it points to.
        if let Some(at) = n
            .find("pue")
            .filter(|_| crate::analyze::contains_word(n, "pue"))
        {
            if !negated_before(n, at) {
                f.environment.pue.push(whole);
            }
        }
        if TOTAL_ENERGY.is_match(n) {
            f.environment.total.push(whole);
        }
        if !l.neg
            && !l.hedged
            && env_e.list("unites_emissions").any(n)
            && !f.environment.carbon.contains(&whole)
        {
            f.environment.carbon_reported.push(whole);
        }
        if n.contains("location based") && !negated_before(n, n.find("location based").unwrap_or(0))
        {
            f.environment.location_based.push(whole);
        }
    }
    if ENERGY.is_match(n) && CARBON.is_match(n) {
        f.environment.together.push(whole);
    }
    if figure {
        acc.figure_sections.push(s.clause.section);
        if PER_REQUEST.is_match(&env_text) {
            f.environment.per_request = true;
        }
    }
    if env_e.list("methode").any(n) {
        acc.method_candidates
            .push((s.clause.section, whole, env_e.cues.any(n)));
    }
}

/// AI Act information.
fn ai_act_facts(l: &Line<'_>, acc: &mut Acc<'_>) {
    let Line {
        n, whole, vague, v, ..
    } = *l;
    let ai_e = v.entry(Aspect::AiAct);
    let f = &mut acc.facts;
    // In a table, the row's other answer cells say what the cell is about (« | Mention dans l'interface | « Rédigé
    // avec l'aide de l'IA » sous chaque texte | »).
    let row = answer_row(l);
    // « journalisation » in the art. 28 description of the processing (« | Nature des opérations | stockage,
    // indexation, génération de réponses, journalisation | ») is an operation on personal data, not the logging the
    // AI Act asks of a system: a cue that only names logging counts outside such a rubric.
    let rubric = with_row_label(l.s)
        .map(|t| normalize(&t).text)
        .is_some_and(|t| ai_e.list("description_traitement").any(&t))
        || ai_e.list("description_traitement").any(n);
    // Documentation kept « sur demande » or given later is not given with the offer: its cues count only when
    // something else is said (a marking, a risk class, logging).
    let on_request = ai_e.list("documentation_sur_demande").any(n);
    let cue = ai_e.cues.find(n).into_iter().any(|(a, b, ())| {
        let said = &n[a..b];
        let logging_of_the_processing = rubric && ai_e.list("journalisation").any(said);
        let documentation_on_request = on_request && ai_e.list("preuves_documentation").any(said);
        !logging_of_the_processing && !documentation_on_request
    });
    if !vague && (cue || marks_generated_content(ai_e, n) || marks_generated_content(ai_e, &row)) {
        f.ai_act.push(whole);
    } else if !vague && tells_users_they_face_ai(ai_e, n) {
        f.ai_transparency.push(whole);
    }
    if !vague {
        // In a table, the row may name what the cell gives (« | Modèle mis en œuvre | Aiguille-8B, version 1.4 | »).
        let named = model_named(ai_e, n).or_else(|| {
            with_row_label(l.s)
                .and_then(|t| model_named(ai_e, &crate::lexicon::normalize::normalize(&t).text))
        });
        if let Some(version) = named {
            f.model.push((whole, version));
        }
    }
}

/// True when a normalised sentence says generated content is marked as such (« chaque réponse porte le bandeau
/// « Texte proposé par l'IA » », « les contenus générés sont signalés »): a marking word and generated-content words.
pub(crate) fn marks_generated_content(ai_e: &super::vocab::EntryTerms, n: &str) -> bool {
    (ai_e.list("contenu_genere").any(n) || ai_e.list("contenu_assiste").any(n))
        && ai_e.list("signalement").any(n)
}

/// Whether a normalised sentence names the AI model: `Some(true)` with its version (a known family followed by a
/// number within a few words, « Mistral Small 3.1 », « GPT-4o », or a model followed by « version » and a number),
/// `Some(false)` for a known family without a version, `None` when no model is named.
pub(crate) fn model_named(ai_e: &super::vocab::EntryTerms, n: &str) -> Option<bool> {
    let window = |from: usize| &n[from..super::ceil_char(n, (from + 24).min(n.len()))];
    let families = ai_e.list("familles_modeles").find(n);
    if families
        .iter()
        .any(|&(_, b, ())| window(b).bytes().any(|c| c.is_ascii_digit()))
    {
        return Some(true);
    }
    let versioned = ai_e.list("modele").any(n)
        && ai_e
            .list("version")
            .find(n)
            .iter()
            .any(|&(_, b, ())| window(b).bytes().any(|c| c.is_ascii_digit()));
    if versioned || MODEL_IS.is_match(n) {
        return Some(true);
    }
    (!families.is_empty()).then_some(false)
}

/// « Le modèle utilisé est Altavia Core 4.1 », « modèle : Causse-13B 2.3 »: a model given by a name and a dotted
/// version number, whatever its family.
/// A cell that answers « Non » or « Oui » in a row whose question asks about training on the buyer's data (« | Les
/// données du CCAS sont-elles utilisées pour entraîner … un modèle ? | Non | … | »): whether the offer refuses
/// it (`Some(true)`), « Non » to a question that asks whether they are used, « Oui » to one that asks whether they
/// are not. `None` for any other cell.
fn answer_to_training_question(l: &Line<'_>) -> Option<bool> {
    if !l.table_row {
        return None;
    }
    let first =
        l.n.trim_start_matches(|c: char| !c.is_alphanumeric())
            .split(|c: char| !c.is_alphanumeric())
            .next()?;
    let no = l.lx.answer_no.iter().any(|w| w == first);
    let yes = l.lx.answer_yes.iter().any(|w| w == first);
    if !no && !yes {
        return None;
    }
    let label = row_label(l.s, l.v);
    let training_e = l.v.entry(Aspect::Training);
    let (a, _, ()) = training_e.cues.find(&label).into_iter().next()?;
    let seg = segment(&label, a);
    // The buyer's question is about the buyer's data, whatever name it gives them (« les données du CCAS »).
    if !training_e.list("donnees_client").any(seg) && !crate::analyze::contains_word(seg, "donnees")
    {
        return None;
    }
    Some(no != negated(seg))
}

/// The restrictive « ne … que » before a language (« n'est dans aucune autre langue que le français », « n'est
/// assurée qu'en français »): the negation says « only », and the language is stated.
static RESTRICTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\bque\s+(?:le\s+|la\s+|l'\s*)?|\bqu'\s*)$").expect("valid regex")
});

static MODEL_IS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bmodele (?:[a-z]+ ){0,3}?(?:est|:) (?:« ?)?[a-z][\w-]*(?: [\w-]+){0,3}? v?\d+(?:[.,]\d+)+\b")
        .expect("valid regex")
});

/// Languages.
fn language_facts(l: &Line<'_>, acc: &mut Acc<'_>) {
    let Line {
        s,
        n,
        whole,
        vague,
        table_row,
        v,
        ..
    } = *l;
    let lang_e = v.entry(Aspect::Language);
    let f = &mut acc.facts;
    // A question or a conditional states no language; the future and intentions void only their own part of the
    // sentence (« La documentation en ligne est rédigée en anglais ; une traduction française est prévue à terme »
    // states English for the documentation).
    if l.question || s.sentence.conditional {
        return;
    }
    // Languages: each item takes the language named nearest after it in its part of the sentence
    // (« support en français ; documentation en anglais », « interface en français, documentation en anglais »).
    // A negation counts in its own part only: « Aucune demande ne reste sans réponse au-delà de deux heures ;
    // l'assistance, l'interface et la documentation sont en français » states the languages.
    let langs: Vec<(usize, bool)> = lang_e
        .list("francais")
        .find(n)
        .into_iter()
        .map(|(a, _, ())| (a, true))
        .chain(
            lang_e
                .list("autre_langue")
                .find(n)
                .into_iter()
                .map(|(a, _, ())| (a, false)),
        )
        .filter(|&(a, _)| {
            let part = segment(n, a);
            // A negation that bounds a delay (« ne laisse jamais une demande plus de quatre heures sans réponse
            // d'un technicien francophone ») denies the delay's excess, not the language.
            let denied = negated(part)
                && !RESTRICTIVE.is_match(&n[..a])
                && !BOUNDING_NEGATION.is_match(part);
            !(denied || vague && v.strong_hedges.any(part))
        })
        .collect();
    if langs.is_empty() {
        return;
    }
    // Every language named right after the first one counts (« en français et en anglais »).
    let from = |p: usize, seg_end: usize| -> Vec<bool> {
        langs
            .iter()
            .filter(|(q, _)| *q >= p && *q < seg_end && (*q == p || q - p < 20))
            .map(|(_, fr)| *fr)
            .collect()
    };
    let mut named = false;
    for item in LangItem::ALL {
        for (a, _, ()) in lang_e.list(item.list()).find(n) {
            let seg_start = n[..a].rfind(';').map_or(0, |i| i + 1);
            let seg_end = n[a..].find(';').map_or(n.len(), |i| a + i);
            let in_seg = langs
                .iter()
                .filter(|(p, _)| *p >= seg_start && *p < seg_end);
            let after = in_seg
                .clone()
                .filter(|(p, _)| *p > a)
                .min_by_key(|(p, _)| *p);
            let before = in_seg.filter(|(p, _)| *p < a).max_by_key(|(p, _)| *p);
            // An item without a language in its part of the sentence (« …, jours ouvrés ; première réponse d'un
            // technicien en moins d'une heure ») leaves the row's label to say what the language is for.
            let Some(&(p, _)) = after.or(before) else {
                continue;
            };
            named = true;
            let chosen = from(p, seg_end);
            f.language.push(Language {
                span: whole,
                items: vec![item],
                french: chosen.contains(&true),
                other: chosen.contains(&false),
            });
        }
    }
    // A cell that gives a language for what its row names (« | Support | En français, par téléphone… | »).
    if !named && table_row {
        let label = with_row_label(s)
            .and_then(|t| t.rsplit_once(" : ").map(|(label, _)| normalize(label).text))
            .unwrap_or_default();
        let (p, _) = langs[0];
        let seg_end = n[p..].find(';').map_or(n.len(), |i| p + i);
        let chosen = from(p, seg_end);
        for item in LangItem::ALL {
            if lang_e.list(item.list()).any(&label) {
                f.language.push(Language {
                    span: whole,
                    items: vec![item],
                    french: chosen.contains(&true),
                    other: chosen.contains(&false),
                });
            }
        }
    }
}

/// Breach notification, with its deadline: the statement's own, else the one the next sentence of the clause gives
/// (« Toute violation est notifiée au Département. La notification intervient au plus tard 24 heures après… »).
fn breach_facts(l: &Line<'_>, acc: &mut Acc<'_>) {
    let Line {
        s,
        n,
        whole,
        neg,
        v,
        headers,
        an,
        ..
    } = *l;
    let breach_e = v.entry(Aspect::Breach);
    let f = &mut acc.facts;
    // The negation that counts is the one over the breach words (« … notifie toute violation sous 24 heures, et ne
    // clôt aucun incident sans compte rendu »), and a ban on exceeding a delay is a delay.
    let neg = match breach_e.cues.find(n).first() {
        Some(&(_, b, ())) => negated_before(n, b),
        None => neg,
    } && !BOUNDING_NEGATION.is_match(n);
    // A table cell answers for its row: « | Incident de sécurité | notifié au Syndicat sous 24 h | » notifies the
    // incident its first cell names, whatever the column headers (« Engagement | Notre promesse »). The cell itself
    // must say it notifies.
    let row_names_breach = || {
        with_row_label(s).is_some_and(|r| breach_e.cues.any(&normalize(&r).text))
            && breach_e.list("notification").any(n)
    };
    if !neg
        && (breach_e.cues.any(n) || breach_e.cues.any(headers) || row_names_breach())
        && (breach_e.list("notification").any(n)
            || (l.table_row && breach_e.list("notification").any(headers)))
    {
        let next = s
            .clause
            .sentences
            .get(s.si + 1)
            .filter(|_| {
                breach_e
                    .list("notification")
                    .any(an.sentence_norm((s.ci, s.si + 1)))
            })
            .and_then(|x| s.clause.text.get(x.start..x.end));
        let deadline = breach_deadline(breach_e, s.original(), true)
            .or_else(|| next.and_then(|m| breach_deadline(breach_e, m, true)));
        f.breach.push(Breach {
            span: whole,
            hours: deadline.as_ref().map(|d| d.0),
            text: deadline.map(|d| d.1).unwrap_or_default(),
        });
    }
}

/// Free software.
fn open_source_facts(l: &Line<'_>, acc: &mut Acc<'_>) {
    let Line {
        n,
        whole,
        hedged,
        neg,
        v,
        ..
    } = *l;
    let oss_e = v.entry(Aspect::OpenSource);
    let f = &mut acc.facts;
    // « propulsée par les meilleurs modèles open source du marché » says what others publish; a licence
    // (« publiée sous licence EUPL 1.2 ») is what the vendor's own software is under.
    if !neg && !hedged && oss_e.cues.any(n) && oss_e.list("licences").any(n) {
        f.open_source.push(whole);
    }
}

/// A table cell with what names it, as one text: the row's earlier cells and the column header, then the cell
/// (« Modèle mis en œuvre — Modèle : Aiguille-8B, version 1.4 »). `None` outside tables.
fn with_row_label(s: &Sent<'_>) -> Option<String> {
    let k = cell_of(s)?;
    let clause = s.clause;
    let label: Vec<&str> = clause.cells[..k]
        .iter()
        .filter_map(|&(a, b)| clause.text.get(a..b))
        .chain(clause.cell_headers.get(k).map(String::as_str))
        .collect();
    Some(format!("{} : {}", label.join(" — "), s.original()))
}

/// Deadlines by kind (returning the data, handing over the logs, support, notice): see [`super::deadlines`]. A
/// question or a conditional gives none; the other reservations do not void a figure (« tout changement envisagé
/// de cette liste est annoncé trente jours avant » is the notice of a planned change).
fn deadline_facts(l: &Line<'_>, acc: &mut Acc<'_>) {
    if l.question || l.s.sentence.conditional {
        return;
    }
    // A personal pronoun stands for the subject of the sentence before, in the same paragraph (« Les journaux sont
    // conservés un an. Ils sont transmis sur simple demande sous trois jours ouvrés. »).
    let antecedent = if l.s.si > 0 && super::pronoun_subject(l.n) {
        l.an.sentence_norm((l.s.ci, l.s.si - 1))
    } else {
        ""
    };
    let mut found = super::deadlines::stated_after(l.v, l.s.original(), antecedent);
    // A table cell answers for its row: « | Restitution des données | 30 jours | » gives the restitution delay.
    if let Some(with_row) = with_row_label(l.s) {
        for d in super::deadlines::stated(l.v, &with_row) {
            if d.hours.is_some() && !found.iter().any(|f| f.kind == d.kind && f.hours.is_some()) {
                found.retain(|f| f.kind != d.kind);
                found.push(d);
            }
        }
    }
    for d in found {
        acc.facts.deadlines.push(Deadline {
            kind: d.kind,
            span: l.whole,
            hours: d.hours,
            text: d.text,
        });
    }
}

/// Kinds of requirement beyond the checklist (availability, accessibility, reversibility plan…): see
/// [`super::topics`]. A table cell speaks for its row (« | Disponibilité | 99,9 % | »).
fn topic_facts(l: &Line<'_>, acc: &mut Acc<'_>) {
    let mut found = super::topics::spoken(l.v, l.s.original());
    let in_row = with_row_label(l.s).map(|r| super::topics::spoken(l.v, &r));
    // The row's reading replaces the cell's when the cell alone gives no figure.
    for t in in_row.into_iter().flatten() {
        let i = found.iter().position(|f| f.kind == t.kind);
        if i.is_none_or(|i| found[i].hundredths.is_none()) {
            found.retain(|f| f.kind != t.kind);
            found.push(t);
        }
    }
    acc.facts
        .topics
        .extend(found.into_iter().map(|t| TopicFact {
            kind: t.kind,
            span: l.whole,
            hundredths: t.hundredths,
            text: t.text,
            committed: !l.hedged,
            negated: l.neg,
            // A « Oui » or « Conforme » answers with its row: « | Un plan de réversibilité est-il joint ? | Oui |
            // Le plan sera remis dans le mois qui suit la notification | » falls short in its comment cell.
            contrary: t.contrary
                || (l.table_row && l.v.topics[t.kind].contrary.any(&answer_row(l))),
        }));
}

/// Sub-processor tables (a name column, a detail column, about sub-processors).
fn subprocessor_tables(doc: &Charter, an: &Analysis, acc: &mut Acc<'_>) {
    let proc_e = Vocab::global().entry(Aspect::Processors);
    for (ci, clause) in doc.clauses.iter().enumerate() {
        if clause.cells.is_empty() || excluded(doc, acc.restated, ci) {
            continue;
        }
        let h = headers_norm(clause);
        let names = proc_e.list("entetes_nom").any(&h);
        let details = proc_e.list("entetes_detail").any(&h);
        let title = clause
            .section
            .map(|s| crate::lexicon::normalize::normalize(&doc.sections[s].title).text)
            .unwrap_or_default();
        let about = proc_e.list("sous_traitants").any(&h)
            || proc_e.list("sous_traitants").any(&title)
            || proc_e.list("titres_sous_traitance").any(&title)
            || previous_text(doc, an, ci).is_some_and(|t| proc_e.list("sous_traitants").any(t));
        if names && details && about {
            acc.facts.subprocessors.push(clause.span());
        }
    }
}

/// Legal forms of the companies named (case-sensitive, original text).
fn legal_form_facts(doc: &Charter, _an: &Analysis, acc: &mut Acc<'_>) {
    let v = Vocab::global();
    for (ci, clause) in doc.clauses.iter().enumerate() {
        if excluded(doc, acc.restated, ci) {
            continue;
        }
        for (start, end, eu) in legal_forms(&clause.text, v) {
            let span = clause.source_span(start, end);
            if eu {
                acc.facts.eu_jurisdiction.push(span);
            } else {
                acc.facts.exposure.push(Exposure {
                    span,
                    what: clause.text[start..end].to_owned(),
                });
            }
        }
    }
}

/// Marketing in section titles (« Une IA frugale et responsable »).
fn title_marketing(doc: &Charter, _an: &Analysis, acc: &mut Acc<'_>) {
    let v = Vocab::global();
    for sec in &doc.sections {
        let t = crate::lexicon::normalize::normalize(&sec.title).text;
        for e in &v.entries {
            if let Some((a, b)) = e.marketing.first(&t) {
                acc.facts.marketing.push(Marketing {
                    aspect: e.aspect,
                    span: sec.span,
                    phrase: t[a..b].to_owned(),
                });
            }
        }
    }
}

/// The method counts when it sits with the figures (same section) or names an environmental indicator.
fn environment_method(_doc: &Charter, _an: &Analysis, acc: &mut Acc<'_>) {
    for &(sec, span, env) in &acc.method_candidates {
        if env || acc.figure_sections.contains(&sec) {
            acc.facts.environment.method.push(span);
        }
    }
}

/// Byte range of a source span inside a clause's text (Markdown clauses are verbatim slices).
fn span_range(clause: &Clause, span: Span) -> std::ops::Range<usize> {
    let whole = clause.span();
    let s = span
        .start
        .saturating_sub(whole.start)
        .min(clause.text.len());
    let e = span.end.saturating_sub(whole.start).min(clause.text.len());
    s..e.max(s)
}

/// True when the sentence of a table row may state where data is processed: its column is the place of processing
/// (« Lieu de traitement », « Localisation ») or, when the table has no such column, any column about places.
fn place_column(s: &Sent<'_>) -> bool {
    let v = Vocab::global();
    let places = v.entry(Aspect::Hosting).list("colonnes_lieu");
    let headers: Vec<String> = s
        .clause
        .cell_headers
        .iter()
        .map(|h| crate::lexicon::normalize::normalize(h).text)
        .collect();
    if !headers.iter().any(|h| places.any(h)) {
        return true;
    }
    cell_of(s)
        .and_then(|i| headers.get(i))
        .is_none_or(|h| places.any(h))
}

fn header_has(clause: &Clause, words: &[&str]) -> bool {
    let h = headers_norm(clause);
    words.iter().any(|w| crate::analyze::contains_word(&h, w))
}

/// The column of a table row that holds a sentence (its cell index).
fn cell_of(s: &Sent<'_>) -> Option<usize> {
    s.clause
        .cells
        .iter()
        .position(|&(a, b)| a <= s.sentence.start && s.sentence.start < b)
}

/// True when a header names a column of the buyer's requirements or questions (« Exigence (rappel) »,
/// « Question ») rather than of the answer.
fn is_requirement_column(header: &str, v: &Vocab) -> bool {
    let h = crate::lexicon::normalize::normalize(header).text;
    v.requirement_columns.at_start(h.trim())
}

/// True when the sentence is a cell of a requirement or question column, or of a row-label column.
fn requirement_cell(s: &Sent<'_>, v: &Vocab) -> bool {
    in_column(s, &v.requirement_columns)
        || s.clause
            .cells
            .iter()
            .position(|&(a, b)| a <= s.sentence.start && s.sentence.start < b)
            .is_some_and(|k| label_column(s.clause, k, v))
}

/// True when column `k` of a table labels its rows: the first column of a table whose other columns include an
/// answer (`colonnes_reponse`: « Élément | Réponse », « Événement | Délai d'intervention »). Its cells name what
/// the row's answer speaks about (« Entraînement d'un modèle avec les requêtes | Jamais »); they state nothing.
fn label_column(clause: &Clause, k: usize, v: &Vocab) -> bool {
    let answer = |h: &String| v.answer_columns.at_start(normalize(h).text.trim());
    k == 0
        && clause.cell_headers.len() >= 2
        && !answer(&clause.cell_headers[0])
        && clause.cell_headers[1..].iter().any(answer)
}

/// True when the text at offset `start` of a table row is a cell of a comparison column (« Assistant grand public
/// (pour comparaison) »): it describes another product, not the offer.
fn comparison_cell(clause: &Clause, start: usize, v: &Vocab) -> bool {
    clause
        .cells
        .iter()
        .position(|&(a, b)| a <= start && start < b)
        .and_then(|k| clause.cell_headers.get(k))
        .is_some_and(|h| v.comparison_columns.any(&normalize(h).text))
}

/// True when the sentence is a cell of a column whose header starts with one of `columns`.
fn in_column(s: &Sent<'_>, columns: &Terms) -> bool {
    cell_in_columns(s.clause, s.sentence.start, columns)
}

/// True when the text at offset `start` of a table row is a cell of a column whose header starts with one of
/// `columns` (« Pièce attendue », « Réf. »).
pub(crate) fn cell_in_columns(clause: &Clause, start: usize, columns: &Terms) -> bool {
    clause
        .cells
        .iter()
        .position(|&(a, b)| a <= start && start < b)
        .and_then(|k| clause.cell_headers.get(k))
        .is_some_and(|h| columns.at_start(crate::lexicon::normalize::normalize(h).text.trim()))
}

/// The normalised text of the requirement or question cells of a sentence's table row (« violations de
/// données »): what the answer speaks about. Empty outside tables.
fn row_label(s: &Sent<'_>, v: &Vocab) -> String {
    s.clause
        .cells
        .iter()
        .zip(&s.clause.cell_headers)
        .enumerate()
        .filter(|&(k, (_, h))| is_requirement_column(h, v) || label_column(s.clause, k, v))
        .map(|(_, cell)| cell)
        .filter_map(|(&(a, b), _)| s.clause.text.get(a..b))
        .map(|t| crate::lexicon::normalize::normalize(t).text)
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The normalised text of a table row's answer cells (neither requirement nor reference columns); empty outside
/// tables.
fn answer_row(l: &Line<'_>) -> String {
    let s = l.s;
    s.clause
        .cells
        .iter()
        .zip(&s.clause.cell_headers)
        .filter(|(_, h)| {
            !is_requirement_column(h, l.v)
                && !l.v.reference_columns.at_start(normalize(h).text.trim())
                && !l.v.comparison_columns.any(&normalize(h).text)
        })
        .filter_map(|(&(a, b), _)| s.clause.text.get(a..b))
        .map(|t| normalize(t).text)
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Normalised column headers of a table row (empty for other clauses).
pub(crate) fn headers_norm(clause: &Clause) -> String {
    crate::lexicon::normalize::normalize(&clause.cell_headers.join(" | ")).text
}

/// The normalised text of the closest non-table clause before a table row, in the same section.
fn previous_text<'a>(doc: &Charter, an: &'a Analysis, ci: usize) -> Option<&'a str> {
    let section = doc.clauses[ci].section;
    (0..ci)
        .rev()
        .take(500)
        .take_while(|&j| doc.clauses[j].section == section)
        .find(|&j| doc.clauses[j].cells.is_empty())
        .map(|j| an.clauses[j].norm.text.as_str())
}

fn legal_form_regex(forms: &[String]) -> Option<Regex> {
    if forms.is_empty() {
        return None;
    }
    let alts: Vec<String> = forms.iter().map(|f| regex::escape(f)).collect();
    Regex::new(&format!(
        r"(?:^|[\s(,;:])((?:[A-ZÀ-Ý][\p{{L}}\d&'\-]*)(?:\s+[A-ZÀ-Ý\d][\p{{L}}\d&'\-]*){{0,3}}\s+(?:{}))(?:[^\p{{L}}\d]|$)",
        alts.join("|")
    ))
    .ok()
}

static FORMS: LazyLock<(Option<Regex>, Option<Regex>)> = LazyLock::new(|| {
    let v = Vocab::global();
    (
        legal_form_regex(&v.forms_eu),
        legal_form_regex(&v.forms_non_eu),
    )
});

/// Company names with a legal form: (start, end, is EU form).
fn legal_forms(text: &str, _v: &Vocab) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    for (re, eu) in [(&FORMS.0, true), (&FORMS.1, false)] {
        if let Some(re) = re {
            for c in re.captures_iter(text) {
                if let Some(m) = c.get(1) {
                    out.push((m.start(), m.end(), eu));
                }
            }
        }
    }
    out
}

fn has_legal_form(text: &str, v: &Vocab) -> bool {
    !legal_forms(text, v).is_empty()
}

/// Retention periods in hours, which the duration grammar does not read: « purgées après 48 heures ». `kind_at`
/// takes a position in the normalised sentence.
fn push_hours(s: &Sent<'_>, whole: Span, kind_at: impl Fn(usize) -> DataKind, f: &mut OfferFacts) {
    let original = s.original();
    for h in crate::grammar::find_hours(original) {
        let pos = crate::lexicon::normalize::normalize(&original[..h.start])
            .text
            .len();
        f.retention.push(Retention {
            span: whole,
            hours: h.value,
            kind: kind_at(pos),
            text: original[h.start..h.end].trim().to_owned(),
        });
    }
}

/// The data words of a normalised sentence, with their position and kind.
fn data_kinds(n: &str, e: &super::vocab::EntryTerms) -> Vec<(usize, DataKind)> {
    e.list("contenus")
        .find(n)
        .into_iter()
        .map(|(a, _, ())| (a, DataKind::Content))
        .chain(
            e.list("journaux")
                .find(n)
                .into_iter()
                .map(|(a, _, ())| (a, DataKind::Logs)),
        )
        .chain(
            ["sauvegarde", "backup"]
                .iter()
                .filter_map(|w| n.find(w))
                .map(|a| (a, DataKind::Backups)),
        )
        .collect()
}

/// The data a duration at `pos` applies to: the last data word before it in its part of the sentence (« les
/// journaux sont conservés 1 an ; les conversations 7 jours »).
/// A data word between brackets details the subject (« les journaux (connexions, volumes de requêtes) sont
/// conservés douze mois »): it is not what is kept.
/// A data word denied just before (« les journaux ne contiennent aucun contenu de conversation et sont détruits
/// au bout de six mois ») is not what is kept either.
fn kind_in_part(n: &str, kinds: &[(usize, DataKind)], pos: usize) -> Option<DataKind> {
    let bracketed = |a: usize| n[..a].matches('(').count() > n[..a].matches(')').count();
    let denied = |a: usize| {
        let before = &n[super::floor_char(n, a.saturating_sub(24))..a];
        [" aucun ", " aucune ", " sans ", " pas de ", " ni "]
            .iter()
            .any(|w| format!(" {before}").contains(w))
    };
    let seg_start = n[..pos.min(n.len())].rfind(';').map_or(0, |i| i + 1);
    kinds
        .iter()
        .filter(|(a, _)| *a >= seg_start && *a < pos && !bracketed(*a) && !denied(*a))
        .max_by_key(|(a, _)| *a)
        .map(|&(_, k)| k)
}

/// A delay in a part of the sentence that hands something over and keeps nothing is the delay of that action
/// (« journaux gardés un an ; extraction transmise au Syndicat trois jours ouvrés au plus après sa demande »), as is
/// a delay after the end of the contract (a restitution deadline).
fn not_a_period(n: &str, e: &super::vocab::EntryTerms, pos: usize) -> bool {
    let v = Vocab::global();
    let part = segment(n, pos);
    let handover = !e.cues.any(part)
        && v.deadlines
            .iter()
            .filter(|k| !k.at_least)
            .any(|k| k.action.any(part) || k.action_at_end.any(part));
    let pos = floor_at(n, pos);
    let seg_start = n[..pos].rfind(';').map_or(0, |i| i + 1);
    handover || v.contract_end.any(&n[seg_start..pos])
}

/// Position of a duration (its offset in the clause) in the normalised sentence.
fn norm_at(s: &Sent<'_>, start: usize) -> usize {
    let original = s.original();
    let rel = start.saturating_sub(s.sentence.start);
    normalize(&original[..super::floor_char(original, rel.min(original.len()))])
        .text
        .len()
}

/// A retention period of a kind of data, from a duration of the sentence.
fn period(
    s: &Sent<'_>,
    d: &crate::grammar::Found<crate::grammar::Duration>,
    kind: DataKind,
    whole: Span,
) -> Retention {
    let text = s
        .clause
        .text
        .get(d.start..d.end)
        .unwrap_or("")
        .trim()
        .to_owned();
    // Days counted in working days last longer in calendar days (« supprimées au bout de 30 jours ouvrés » keeps
    // the data six weeks, beyond « 30 jours »).
    let days = match d.value.unit {
        crate::grammar::DurationUnit::Day => {
            super::deadlines::calendar_days(&text, text.len(), d.value.approx_days())
        }
        _ => d.value.approx_days(),
    };
    Retention {
        span: whole,
        hours: days.saturating_mul(DAY_HOURS),
        kind,
        text,
    }
}

/// Retention periods of a table cell. `row`: the whole row (« Journaux | 1 an »: the data word is in another cell).
fn cell_retention(
    s: &Sent<'_>,
    n: &str,
    row: &str,
    e: &super::vocab::EntryTerms,
    f: &mut OfferFacts,
    whole: Span,
) {
    let kinds = data_kinds(n, e);
    // The cell's own data words first (« Requêtes : J+15. Journaux techniques : 6 mois »), by part (« requêtes
    // supprimées sous 30 jours ; journaux conservés douze mois »), else the row's.
    let kind = match row_kind(n, e) {
        DataKind::Other => row_kind(row, e),
        k => backups_of_the_row(k, Some(row), e),
    };
    let kind_at = |pos: usize| kind_in_part(n, &kinds, pos).unwrap_or(kind);
    // A row reads across its cells: « | Pendant un an révolu | Conservation des journaux, puis purge | » keeps
    // the logs one year. The cell that names the retention takes the durations of the cells that name
    // nothing else (a cell with its own retention words is read on its own; a delay after the end of the
    // contract is a restitution deadline).
    let borrowed: Vec<&crate::grammar::Found<crate::grammar::Duration>> =
        if s.sentence.durations.is_empty() {
            s.clause
                .sentences
                .iter()
                .filter(|c| !std::ptr::eq(*c, s.sentence))
                .filter(|c| {
                    let cell = normalize(s.clause.text.get(c.start..c.end).unwrap_or("")).text;
                    !e.cues.any(&cell) && !Vocab::global().contract_end.any(&cell)
                })
                .flat_map(|c| &c.durations)
                .collect()
        } else {
            Vec::new()
        };
    let own = s
        .sentence
        .durations
        .iter()
        .filter(|d| !not_a_period(n, e, norm_at(s, d.start)))
        .map(|d| (d, kind_at(norm_at(s, d.start))));
    for (d, kind) in own.chain(borrowed.into_iter().map(|d| (d, kind))) {
        f.retention.push(period(s, d, kind, whole));
    }
    push_hours(s, whole, kind_at, f);
}

/// Retention periods of a sentence. `row`: the whole table row when the sentence is a cell.
fn retention(
    s: &Sent<'_>,
    n: &str,
    row: Option<&str>,
    e: &super::vocab::EntryTerms,
    f: &mut OfferFacts,
    whole: Span,
) {
    if let Some(row) = row {
        cell_retention(s, n, row, e, f, whole);
        return;
    }
    let kinds = data_kinds(n, e);
    // Outside tables, a data word elsewhere in the sentence is the nearest one.
    let kind_at = |pos: usize| {
        kind_in_part(n, &kinds, pos)
            .or_else(|| {
                kinds
                    .iter()
                    .min_by_key(|(a, _)| a.abs_diff(pos))
                    .map(|&(_, k)| k)
            })
            .unwrap_or(DataKind::Other)
    };
    for d in &s.sentence.durations {
        let pos = norm_at(s, d.start);
        if not_a_period(n, e, pos) {
            continue;
        }
        f.retention.push(period(s, d, kind_at(pos), whole));
    }
    push_hours(s, whole, kind_at, f);
    for (list, days) in [("quotidien", 1), ("hebdomadaire", 7), ("mensuel", 30)] {
        if let Some((a, b)) = e.list(list).first(n) {
            f.retention.push(Retention {
                span: whole,
                hours: days * DAY_HOURS,
                kind: kind_at(a),
                text: n[a..b].to_owned(),
            });
        }
    }
    if let Some((a, b)) = e.list("immediat").first(n) {
        f.retention.push(Retention {
            span: whole,
            hours: 0,
            kind: kind_at(a),
            text: n[a..b].to_owned(),
        });
    }
}

/// The data a table row is about: its first data word.
fn row_kind(row: &str, e: &super::vocab::EntryTerms) -> DataKind {
    let content = e.list("contenus").first(row).map(|x| x.0);
    let logs = e.list("journaux").first(row).map(|x| x.0);
    match (content, logs) {
        (Some(c), Some(l)) if l < c => DataKind::Logs,
        (Some(_), _) => DataKind::Content,
        (None, Some(_)) => DataKind::Logs,
        (None, None) if row.contains("sauvegarde") => DataKind::Backups,
        _ => DataKind::Other,
    }
}

/// Decides the training status from the statements and the options stated near them.
fn training_status(
    doc: &Charter,
    an: &Analysis,
    statements: &[(usize, Span, bool)],
    e: &super::vocab::EntryTerms,
) -> TrainingFact {
    let allowed = statements.iter().find(|s| s.2);
    let denied = statements.iter().find(|s| !s.2);
    let Some(&(ci, span, yes)) = allowed.or(denied) else {
        return TrainingFact {
            status: Training::Silent,
            span: None,
            option: None,
        };
    };
    // Options are stated in the same clause or the next ones of the same section.
    let section = doc.clauses[ci].section;
    let mut option: Option<(Span, bool)> = None;
    for j in ci..doc.clauses.len().min(ci + 3) {
        if doc.clauses[j].section != section {
            break;
        }
        for (si, sentence) in doc.clauses[j].sentences.iter().enumerate() {
            let n = an.sentence_norm((j, si));
            let no_option = [
                "aucune option",
                "aucun parametre",
                "il n'existe",
                "sans option",
                "ni de l'activer",
                "ni activer",
                "ne peut etre active",
                "ne peut etre desactive",
            ]
            .iter()
            .any(|w| n.contains(w));
            // An option sentence must be about the reuse of data (« cette option », « ce partage »), not about
            // some other setting (« le client peut activer la double authentification »).
            let about_reuse = e.cues.any(n)
                || [
                    "option",
                    "partage",
                    "reutilisation",
                    "contribu",
                    "amelioration",
                    "parametre",
                    "consentement",
                    "accord",
                    // The reuse named back (« La Ville peut refuser cette utilisation par simple courriel »).
                    "cette utilisation",
                    "cet usage",
                ]
                .iter()
                .any(|w| n.contains(w));
            if no_option || !about_reuse {
                continue;
            }
            let neg = negated(n);
            let off = e.list("desactivation").any(n);
            let on = e.list("activation").any(n);
            let sspan = doc.clauses[j].source_span(sentence.start, sentence.end);
            // « … sauf si le client active l'option » : the exception carries the option, whatever the negation.
            let exception = ["sauf", "a moins", "excepte", "hormis"]
                .iter()
                .filter_map(|w| n.find(w))
                .min()
                .is_some_and(|i| e.list("activation").any(&n[i..]));
            let opt_in = (on && !neg) || exception || (off && neg && n.contains("par defaut"));
            let opt_out = off && !neg;
            if opt_in {
                option = Some((sspan, true));
            } else if opt_out && option.is_none() {
                option = Some((sspan, false));
            }
        }
    }
    let status = match (yes, option) {
        (true, Some((_, false))) => Training::OptOut,
        (true, Some((_, true))) => Training::OptIn,
        (true, None) => Training::Allowed,
        (false, Some((_, true))) => Training::OptIn,
        (false, _) => Training::No,
    };
    TrainingFact {
        status,
        span: Some(span),
        option: option.map(|o| o.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negation_forms() {
        assert!(negated("les donnees ne sont jamais utilisees"));
        assert!(negated("ni l'une ni l'autre n'est soumise au cloud act"));
        assert!(negated("aucune donnee n'est transferee"));
        assert!(negated("elles ne sont pas conservees"));
        assert!(!negated("les donnees sont hebergees en france"));
        assert!(!negated("nous ne conservons que les journaux"));
    }

    #[test]
    fn requirement_columns_are_named_by_their_first_words() {
        let v = Vocab::global();
        for h in [
            "Exigence",
            "Exigence (rappel)",
            "Question",
            "Besoin",
            "**Critère**",
        ] {
            assert!(is_requirement_column(h, v), "{h}");
        }
        for h in [
            "Réponse du candidat",
            "Réponse à la question",
            "Lieu de traitement",
            "Valeur",
        ] {
            assert!(!is_requirement_column(h, v), "{h}");
        }
    }

    #[test]
    fn models_are_named_with_their_version() {
        let ai = Vocab::global().entry(Aspect::AiAct);
        let named = |t: &str| model_named(ai, &crate::lexicon::normalize::normalize(t).text);
        assert_eq!(
            named("Le service repose sur Mistral Small 3.1, édité par Mistral AI."),
            Some(true)
        );
        assert_eq!(named("Nous utilisons GPT-4o via Azure."), Some(true));
        assert_eq!(
            named("Le modèle mis en œuvre est Glanis-14B, version 2.3, édité par Brevilane SAS."),
            Some(true)
        );
        assert_eq!(
            named("Le modèle utilisé est Altavia Core 4.1, édité par Altavia AI Inc."),
            Some(true)
        );
        assert_eq!(
            named("Nous utilisons un modèle Mistral hébergé en France."),
            Some(false)
        );
        assert_eq!(
            named("Nous utilisons un modèle de langage ouvert de 24 milliards de paramètres."),
            None
        );
    }

    #[test]
    fn generated_content_marked_in_the_interface() {
        let ai = Vocab::global().entry(Aspect::AiAct);
        let marks =
            |t: &str| marks_generated_content(ai, &crate::lexicon::normalize::normalize(t).text);
        assert!(marks("Chaque réponse porte dans l'interface le bandeau « Texte proposé par l'IA — à relire »."));
        assert!(marks("Les contenus générés sont signalés à l'utilisateur."));
        assert!(marks(
            "Chaque proposition affiche le badge « Rédigé par l'IA »."
        ));
        assert!(!marks("Les contenus générés sont relus par un agent."));
    }

    #[test]
    fn a_denied_data_word_is_not_what_is_kept() {
        let text = "# Offre\n\nLes journaux de connexion ne contiennent aucun contenu de conversation et sont détruits au bout de six mois.\n";
        let parsed =
            crate::parse::parse_bytes("o.md", text.as_bytes(), crate::parse::Format::Markdown);
        let mut doc = parsed.charter.expect("parses");
        let an = crate::analyze::analyze(&mut doc, Lexicon::global());
        let f = extract(&doc, &an, Lexicon::global());
        let kinds: Vec<DataKind> = f.retention.iter().map(|r| r.kind).collect();
        assert_eq!(kinds, [DataKind::Logs]);
    }

    /// A reservation voids only its part of the sentence; a row reads across its cells; a company named by a
    /// non-EU nationality is exposed; advice to keep health data out does not put it in; emissions promised in a
    /// unit are an indicator.
    #[test]
    fn parts_rows_nationalities_and_advice() {
        let f = facts_of("# Offre\n\nVolcans Datacenter est certifiée ISO/IEC 27001 depuis 2021 ; sa qualification SecNumCloud est en cours d'instruction.\n\nNous recommandons à la Région de ne pas verser de pièces médicales dans l'outil.\n");
        assert_eq!(f.iso27001.len(), 1);
        assert!(f.secnumcloud_qualified().is_none());
        assert!(f.health_data.is_none());
        let f = facts_of("# Offre\n\nNotre dossier de certification ISO/IEC 27001 est en cours.\n\nLe service traite des dossiers médicaux.\n");
        assert!(f.iso27001.is_empty());
        assert!(f.health_data.is_some());
        let f = facts_of("# Offre\n\n| Échéance | Engagement |\n|---|---|\n| Pendant un an révolu | Conservation des journaux d'utilisation, puis purge automatique |\n| Dans les trente jours après la fin du marché | Restitution puis destruction des données |\n");
        let kept: Vec<(DataKind, u32)> = f.retention.iter().map(|r| (r.kind, r.hours)).collect();
        assert!(kept.contains(&(DataKind::Logs, 365 * 24)), "{kept:?}");
        assert!(!kept.iter().any(|k| k.1 == 30 * 24), "{kept:?}");
        let f = facts_of("# Offre\n\nLe service tourne sur les GPU de notre partenaire technologique américain, dans sa région de Paris.\n\nNous ne faisons appel à aucun prestataire américain.\n");
        assert_eq!(f.exposure.len(), 1, "{:?}", f.exposure);
        let f = facts_of("# Offre\n\nChaque année, nous transmettons la consommation en kWh et les émissions correspondantes en kgCO2e.\n");
        assert!(f.environment.any_indicator() && !f.environment.any_figure());
        // A promise to report answers a charter that asks for periodic reporting, not one that wants the figures.
        let env = &f.environment;
        assert!(env.energy_indicated(true) && env.carbon_indicated(true));
        assert!(!env.energy_indicated(false) && !env.carbon_indicated(false));
        let f = facts_of(
            "# Offre\n\nLe bilan annuel donne les émissions en tonnes d'équivalent CO2.\n",
        );
        assert!(f.environment.carbon_indicated(true), "{:?}", f.environment);
    }

    /// The indicator quoted is the sentence that gives the energy and the emissions together, not the method's
    /// sentence that only names the PUE.
    #[test]
    fn the_figures_quoted_are_energy_and_emissions_together() {
        let text = "# Offre\n\nMéthode : mesure des serveurs d'inférence, multipliée par le PUE du centre (1,3), divisée par le nombre de requêtes.\n\nUne requête consomme en moyenne 0,6 Wh et émet 0,03 gCO2e.\n";
        let f = facts_of(text);
        let at = f.environment.best_quote().expect("a figure");
        let quoted = text.get(at.start..at.end).unwrap_or("");
        assert!(
            quoted.contains("gCO2e") && quoted.contains("Wh"),
            "{quoted}"
        );
    }

    /// Data returned in an open format is an export, in French and in English; a report handed over is not.
    #[test]
    fn data_returned_in_an_open_format_is_an_export() {
        for text in [
            "À l'expiration du marché, le titulaire rend au Syndicat la totalité de ses données en JSON et en ODT sous quinze jours.",
            "At the end of the contract, the vendor returns all Customer Content within 30 days in JSON.",
        ] {
            let f = facts_of(&format!("# Offre\n\n{text}\n"));
            let e = f.substantive_exports().next();
            assert!(e.is_some_and(|e| !e.open_formats.is_empty()), "{text}: {:?}", f.export);
        }
        let f = facts_of(
            "# Offre\n\nLe titulaire remet chaque année un rapport d'activité au Syndicat.\n",
        );
        assert!(f.export.is_empty(), "{:?}", f.export);
    }

    /// The first column of a table with an answer column labels its rows: « Entraînement … avec les requêtes |
    /// Jamais » refuses training, « Accord de sous-traitance | signé, annexe 2 » attaches the agreement, and the
    /// label of a notification row promises no notification of its own; under a « Sous-traitance » heading, a
    /// « Nom | Rôle | Pays » table lists the sub-processors.
    #[test]
    fn the_first_column_of_an_answer_table_labels_its_rows() {
        let f = facts_of("# Offre\n\n## Usage des données\n\n| Usage | Réponse |\n|---|---|\n| Entraînement ou amélioration d'un modèle avec les requêtes, documents ou réponses | Jamais ; aucun paramètre ne permet de l'activer |\n\n## Sous-traitance\n\n| Pièce | Réponse |\n|---|---|\n| Accord de sous-traitance (art. 28 RGPD) | signé, annexe 2 |\n\n| Nom | Rôle | Pays d'établissement |\n|---|---|---|\n| OccitaCloud SAS | hébergement | France |\n\n## Niveaux de service\n\n| Indicateur | Engagement |\n|---|---|\n| Notification d'une violation de données personnelles | 48 h au plus après prise de connaissance |\n");
        assert_eq!(f.training.status, Training::No, "{:?}", f.training);
        assert!(!f.dpa.is_empty(), "{:?}", f.dpa);
        assert!(!f.subprocessors.is_empty(), "{:?}", f.subprocessors);
        assert!(
            f.breach.iter().all(|b| b.hours == Some(48)),
            "{:?}",
            f.breach
        );
    }

    /// Telling users that they talk with an AI is the transparency of art. 50(1); a sentence that says they talk
    /// with an AI without telling them is not.
    #[test]
    fn telling_users_they_face_an_ai_is_ai_act_information() {
        let f = facts_of(
            "# Offre\n\nUn disclaimer au login informe chaque user qu'il échange avec une IA.\n",
        );
        assert_eq!(f.ai_transparency.len(), 1, "{:?}", f.ai_transparency);
        assert!(f.ai_act.is_empty(), "{:?}", f.ai_act);
        let f = facts_of("# Offre\n\nLes agents échangent avec une IA hébergée à Lyon.\n");
        assert!(f.ai_transparency.is_empty(), "{:?}", f.ai_transparency);
    }

    /// An agreement handed over at signature is not attached to the offer; conversations read to evaluate the
    /// model's new versions are an evaluation on the buyer's data.
    #[test]
    fn a_later_agreement_is_not_attached_and_evaluating_new_versions_is_an_evaluation() {
        let f = facts_of("# Offre\n\nNotre accord de sous-traitance type (article 28 du RGPD) vous sera transmis à la signature du marché.\n");
        assert!(f.dpa.is_empty(), "{:?}", f.dpa);
        let f = facts_of("# Offre\n\nNotre accord de sous-traitance (article 28 du RGPD) est joint en annexe 4.\n");
        assert_eq!(f.dpa.len(), 1, "{:?}", f.dpa);
        let f = facts_of("# Offre\n\nUn échantillon de conversations, préalablement anonymisées, est relu chaque trimestre afin d'évaluer les nouvelles versions du modèle avant leur mise en production.\n");
        assert_eq!(f.evaluation_use.len(), 1, "{:?}", f.evaluation_use);
    }

    /// Where the platform is run from is said of its administration too, in the sentence or in the row's label.
    #[test]
    fn administration_said_with_its_place_is_access() {
        let f = facts_of("# Offre\n\nL'exploitation est assurée depuis Tours et aucun compte d'administration n'est utilisable hors de l'Union.\n");
        assert_eq!(f.support_access.len(), 1, "{:?}", f.support_access);
        let f = facts_of("# Offre\n\n| Élément | Réponse |\n|---|---|\n| Administration de la plateforme | Exclusivement depuis nos bureaux de Clermont-Ferrand |\n");
        assert_eq!(f.support_access.len(), 1, "{:?}", f.support_access);
    }

    /// « ne relèvent d'aucun droit extra-européen » declares that no non-EU law applies.
    #[test]
    fn no_extra_european_law_is_a_declaration_of_immunity() {
        let f = facts_of("# Offre\n\nHêtre Conseil et Ligéria Cloud sont deux sociétés françaises indépendantes, qui ne relèvent d'aucun droit extra-européen.\n");
        assert_eq!(f.immunity.len(), 1, "{:?}", f.immunity);
        let f = facts_of("# Offre\n\nHêtre Conseil relève du droit américain.\n");
        assert!(f.immunity.is_empty(), "{:?}", f.immunity);
    }

    /// A sole sub-processor named after the word is the whole list, with the buyer's written accord before any other.
    #[test]
    fn a_sole_named_sub_processor_is_the_list() {
        let f = facts_of("# Offre\n\nNous n'avons qu'un sous-traitant, Ligéria Cloud (hébergement, France), et nous n'en ajouterons aucun sans votre accord écrit.\n");
        assert_eq!(f.subprocessors.len(), 1, "{:?}", f.subprocessors);
        assert_eq!(
            f.subprocessor_approval.len(),
            1,
            "{:?}",
            f.subprocessor_approval
        );
        // Unnamed, it lists nobody.
        let f = facts_of("# Offre\n\nNous n'avons qu'un sous-traitant pour l'hébergement.\n");
        assert!(f.subprocessors.is_empty(), "{:?}", f.subprocessors);
    }

    /// Documentation kept « sur demande » is not given; documentation promised at the notification of the contract is.
    #[test]
    fn documentation_on_request_is_not_given() {
        let f = facts_of("# Offre\n\nLa notice et la documentation technique sont disponibles sur demande auprès de notre service commercial.\n");
        assert!(f.ai_act.is_empty(), "{:?}", f.ai_act);
        let f = facts_of("# Offre\n\nLa notice d'utilisation et la documentation technique sont remises à la notification du marché.\n");
        assert_eq!(f.ai_act.len(), 1, "{:?}", f.ai_act);
    }

    /// An expired certificate or a scheduled audit is no certificate; a valid one is.
    #[test]
    fn expired_certificates_and_scheduled_audits_are_not_held() {
        for text in [
            "Houx SAS a été certifiée ISO/IEC 27001 pour le service ; le certificat est arrivé à échéance le 31 mars 2026 et son renouvellement est en cours.",
            "Un audit de certification ISO/IEC 27001 d'Amarante est programmé pour mars 2027.",
        ] {
            let f = facts_of(&format!("# Offre\n\n{text}\n"));
            assert!(f.iso27001.is_empty(), "{text}: {:?}", f.iso27001);
        }
        let f = facts_of("# Offre\n\nOccitaCloud SAS est certifiée ISO/IEC 27001, certificat en cours de validité jusqu'en 2028.\n");
        assert_eq!(f.iso27001.len(), 1, "{:?}", f.iso27001);
        // An end of validity before the offer's own date: expired when the offer is made; after it, held. The date
        // of obtention before « jusqu'au » is not the end.
        let dated = |end: &str| {
            facts_of(&format!(
                "# Offre\n\n**Date :** 28 novembre 2026\n\nBouleau SAS a obtenu la certification ISO/IEC 27001 le 3 mars 2023 (certificat valable jusqu'au {end}).\n"
            ))
            .iso27001
            .len()
        };
        assert_eq!(dated("30 septembre 2026"), 0);
        assert_eq!(dated("30 septembre 2027"), 1);
        // An offer that gives no date of its own: the end of validity is not judged.
        let f = facts_of("# Offre\n\nBouleau SAS est certifiée ISO/IEC 27001 (certificat valable jusqu'au 30 septembre 2026).\n");
        assert_eq!(f.iso27001.len(), 1, "{:?}", f.iso27001);
    }

    /// A foreign company or law the offer compares itself with is not a party to it; one named as a party is.
    #[test]
    fn what_the_offer_is_compared_with_is_not_a_party() {
        let f = facts_of("# Offre\n\nUne requête consomme 0,3 Wh, quatre fois moins que les géants américains.\n");
        assert!(f.exposure.is_empty(), "{:?}", f.exposure);
        let f = facts_of(
            "# Offre\n\nLe modèle est fourni par un partenaire technologique américain.\n",
        );
        assert!(!f.exposure.is_empty(), "{:?}", f.exposure);
    }

    /// « sans frais de … » says the export is free: the charge words inside a no-charge phrase do not count; a
    /// charge said on its own does.
    #[test]
    fn free_export_is_not_charged_by_its_own_words() {
        let free = |text: &str| {
            facts_of(&format!("# Offre\n\n{text}\n"))
                .export
                .first()
                .and_then(|e| e.free)
        };
        assert_eq!(
            free("Export à tout moment en CSV ; restitution sans frais de l'ensemble des données en fin de marché."),
            Some(true)
        );
        assert_eq!(
            free(
                "Export à tout moment en CSV ; la restitution fait l'objet de frais de prestation."
            ),
            Some(false)
        );
    }

    /// Negations read on their own part: over a place outside the certified scope, over a delay not to exceed, or
    /// before a colon; an answer cell speaks of what its question asks; « J+15 » is a period.
    #[test]
    fn negations_on_their_part_and_answers_under_their_question() {
        let f = facts_of("# Offre\n\nAucun bilan n'est stocké hors du périmètre certifié HDS d'Armorique Hébergement SAS.\n\nLe délai de notification d'une violation de données au DPO n'excède en aucun cas dix heures à compter de sa découverte.\n\nAucun format propriétaire n'est imposé : l'export est possible à tout moment en ODT et CSV.\n");
        assert_eq!(f.hds.len(), 1);
        assert_eq!(
            f.breach.first().and_then(|b| b.hours),
            Some(10),
            "{:?}",
            f.breach
        );
        assert!(f.committed_exports().next().is_some(), "{:?}", f.export);
        let f = facts_of("# Offre\n\n| N° | Question | Réponse du candidat |\n|---|---|---|\n| Q4 | Quelles sont les durées de conservation ? | Requêtes et réponses : effacement automatique à J+15. Journaux : 6 mois. |\n| Q7 | Dans quel délai une violation de données est-elle notifiée ? | Dans les 24 heures suivant sa détection. |\n");
        let kept: Vec<(DataKind, u32)> = f.retention.iter().map(|r| (r.kind, r.hours)).collect();
        assert!(kept.contains(&(DataKind::Content, 15 * 24)), "{kept:?}");
        assert!(kept.contains(&(DataKind::Logs, 180 * 24)), "{kept:?}");
        assert_eq!(
            f.breach.first().and_then(|b| b.hours),
            Some(24),
            "{:?}",
            f.breach
        );
    }

    fn facts_of(text: &str) -> OfferFacts {
        let parsed =
            crate::parse::parse_bytes("o.md", text.as_bytes(), crate::parse::Format::Markdown);
        let mut doc = parsed.charter.expect("parses");
        let an = crate::analyze::analyze(&mut doc, Lexicon::global());
        extract(&doc, &an, Lexicon::global())
    }

    /// « Non » in a row whose question asks whether the buyer's data train a model refuses training; « Oui » to a
    /// question that asks whether they are not used refuses it too.
    #[test]
    fn a_yes_or_no_answers_the_row_s_training_question() {
        let head = "# Offre\n\n| question du CCTP | Oui / Non | Précisions |\n|---|---|---|\n";
        let no = facts_of(&format!("{head}| Les données du CCAS sont-elles utilisées pour entraîner un modèle ? | Non | Ni les requêtes, ni les réponses. |\n"));
        assert_eq!(no.training.status, Training::No);
        let yes = facts_of(&format!("{head}| Garantissez-vous que les données ne servent à aucun entraînement ? | Oui | Aucune exception. |\n"));
        assert_eq!(yes.training.status, Training::No);
    }

    /// A certificate « en cours de validité » is held; one « en cours d'obtention » is not.
    #[test]
    fn a_certificate_in_force_is_held() {
        let f = facts_of("# Offre\n\nNotre hébergeur est certifié ISO/IEC 27001 (certificat n° 27K-0456, en cours de validité jusqu'en 2028).\n");
        assert!(!f.iso27001.is_empty());
        let g =
            facts_of("# Offre\n\nNotre certification ISO/IEC 27001 est en cours d'obtention.\n");
        assert!(g.iso27001.is_empty());
    }

    /// An offer written in bans states what it does: « ne … que » names the only language (« n'est dans aucune
    /// autre langue que le français », « n'est assurée qu'en anglais »), and a breach « portée à la connaissance »
    /// of the buyer no later than a delay is notified within it.
    #[test]
    fn bans_that_state_a_language_or_a_notice() {
        let f = facts_of("# Offre\n\nAucune partie de l'interface ni de la documentation n'est dans une autre langue que le français.\n\nL'assistance n'est assurée qu'en anglais.\n\nAucune violation de données personnelles n'est portée à la connaissance du client plus de 24 heures après sa découverte.\n");
        assert!(
            f.language.iter().any(|l| l.french && !l.other),
            "{:?}",
            f.language
        );
        assert!(
            f.language.iter().any(|l| l.other && !l.french),
            "{:?}",
            f.language
        );
        assert!(
            f.breach.iter().any(|b| b.hours == Some(24)),
            "{:?}",
            f.breach
        );
    }

    /// What an « Options » part of the offer, or a table with an « option » column, says is not the priced offer's
    /// commitment; a document title that names its options too (« offre de base et options ») covers everything.
    #[test]
    fn options_are_not_the_priced_offer() {
        let base = "# Offre (offre de base et options)\n\n## 2. Hébergement\n\nLes données sont hébergées sur Microsoft Azure, région France Centre.\n\n";
        let table = "| option | contenu | prix |\n|---|---|---|\n| Option 1 | migration vers une offre qualifiée SecNumCloud 3.2 | + 1 450 € HT par an |\n";
        let section = "## 3. Options\n\nL'hébergement peut migrer vers une offre qualifiée SecNumCloud 3.2 d'Outscale.\n";
        let plain = "## 3. Sécurité\n\nL'hébergement est assuré sur une offre qualifiée SecNumCloud 3.2 d'Outscale.\n";
        assert!(facts_of(&format!("{base}## 3. Prix\n\n{table}"))
            .secnumcloud_qualified()
            .is_none());
        assert!(facts_of(&format!("{base}{section}"))
            .secnumcloud_qualified()
            .is_none());
        assert!(facts_of(&format!("{base}{plain}"))
            .secnumcloud_qualified()
            .is_some());
    }

    /// A declaration of immunity may name foreign law without naming a country (« un droit étranger », « une
    /// autorité d'un État tiers »); said positively, it is no declaration.
    #[test]
    fn immunity_declared_in_other_words() {
        let f = facts_of("# Offre\n\nAucune de nos sociétés n'est assujettie à un droit étranger qui permettrait à une autorité d'un État tiers d'exiger la remise des données.\n");
        assert_eq!(f.immunity.len(), 1, "{:?}", f.immunity);
        let f = facts_of("# Offre\n\nL'éditeur n'est soumis à aucune loi étrangère.\n");
        assert_eq!(f.immunity.len(), 1, "{:?}", f.immunity);
        let f = facts_of("# Offre\n\nNi le titulaire ni son hébergeur n'ont de société mère ou d'actionnaire relevant d'un droit extra-européen.\n");
        assert_eq!(f.immunity.len(), 1, "{:?}", f.immunity);
        let f = facts_of("# Offre\n\nNotre hébergeur est soumis à un droit étranger.\n");
        assert!(f.immunity.is_empty(), "{:?}", f.immunity);
    }

    /// In a cell, each delay belongs to the data of its own part; a delay of a handover or after the end of the
    /// contract is no retention period.
    #[test]
    fn retention_by_part_in_cells_and_handovers() {
        let kept = |f: &OfferFacts| -> Vec<(DataKind, u32)> {
            f.retention.iter().map(|r| (r.kind, r.hours / 24)).collect()
        };
        let f = facts_of("# Offre\n\n| Question | Réponse |\n|---|---|\n| Conservation | Requêtes supprimées sous 30 jours ; journaux de connexion conservés douze mois puis purgés |\n");
        let k = kept(&f);
        assert!(k.contains(&(DataKind::Content, 30)), "{k:?}");
        assert!(
            k.iter()
                .any(|&(kind, days)| kind == DataKind::Logs && days > 300),
            "{k:?}"
        );
        assert!(
            !k.iter()
                .any(|&(kind, days)| kind == DataKind::Content && days > 300),
            "{k:?}"
        );
        let f = facts_of("# Offre\n\nLes journaux sont conservés un an ; leur extraction est transmise au Syndicat trois jours ouvrés au plus après sa demande.\n");
        let k = kept(&f);
        assert!(k.iter().all(|&(_, days)| days > 300), "{k:?}");
        let f = facts_of("# Offre\n\n| Sujet | Engagement |\n|---|---|\n| Données | Restitution en fin de marché sous trente jours, puis destruction |\n");
        assert!(kept(&f).is_empty(), "{:?}", kept(&f));
    }

    /// A negation counts in its own part of the sentence; a cell gives a language for what its row names.
    #[test]
    fn languages_by_part_and_by_row() {
        let items = |f: &OfferFacts| -> Vec<(LangItem, bool)> {
            f.language
                .iter()
                .flat_map(|l| l.items.iter().map(move |i| (*i, l.french)))
                .collect()
        };
        let f = facts_of("# Offre\n\nAucune demande ne reste sans réponse au-delà de deux heures ; l'assistance et la documentation sont exclusivement en français.\n");
        assert_eq!(
            items(&f),
            [
                (LangItem::Documentation, true),
                (LangItem::Assistance, true)
            ]
        );
        let f = facts_of("# Offre\n\nLa documentation n'est pas traduite en anglais.\n");
        assert!(f.language.is_empty(), "{:?}", f.language);
        let f = facts_of("# Offre\n\n| Thème | Engagement |\n|---|---|\n| Support | En français, par téléphone, jours ouvrés |\n");
        assert_eq!(items(&f), [(LangItem::Assistance, true)]);
    }

    /// A retention period in working days is longer in calendar days; the fine-tuning of the model on the
    /// buyer's conversations, refused by the buyer afterwards, is an opt-out.
    #[test]
    fn working_days_kept_and_an_adjustment_refused_afterwards() {
        let f = facts_of("# Offre\n\nLes conversations sont supprimées automatiquement au bout de 30 jours ouvrés.\n");
        assert!(
            f.retention.iter().any(|r| r.hours > 30 * DAY_HOURS),
            "{:?}",
            f.retention
        );
        let f = facts_of("# Offre\n\nLes conversations sont supprimées au bout de 30 jours.\n");
        assert!(f.retention.iter().all(|r| r.hours == 30 * DAY_HOURS));
        let f = facts_of("# Offre\n\n## Vos données\n\nLes conversations des agents, une fois anonymisées, peuvent servir à l'ajustement trimestriel du modèle de Genêt Plume, afin d'améliorer la qualité des courriers. La Ville peut refuser cette utilisation par simple courriel à notre DPO.\n");
        assert_eq!(f.training.status, Training::OptOut);
    }

    /// A certificate for sites outside the Union only is not the certificate of a service hosted in the Union.
    #[test]
    fn a_certificate_for_sites_outside_the_union_is_not_the_service_s() {
        let f = facts_of("# Offre\n\nLes données sont hébergées à Dublin (Irlande).\n\nLe groupe Cirrus Lab est certifié ISO/IEC 27001 pour ses centres de données d'Austin et de Phoenix.\n");
        assert!(f.iso27001.is_empty(), "{:?}", f.iso27001);
        assert!(
            !f.committed_places().any(|p| p.zone.outside()),
            "{:?}",
            f.hosting
        );
        let f = facts_of("# Offre\n\nNotre hébergeur est certifié ISO/IEC 27001 pour ses centres de données de Paris et de Lyon.\n");
        assert_eq!(f.iso27001.len(), 1);
    }

    /// A promise for later voids its own part only: the documentation written in English stays in English.
    #[test]
    fn a_translation_promised_later_leaves_the_language_stated() {
        let f = facts_of("# Offre\n\nLa documentation en ligne est rédigée en anglais ; une traduction française est prévue à terme.\n");
        assert!(
            f.language
                .iter()
                .any(|l| l.items == [LangItem::Documentation] && l.other && !l.french),
            "{:?}",
            f.language
        );
        let f = facts_of("# Offre\n\nUne documentation en français sera proposée à terme.\n");
        assert!(f.language.is_empty(), "{:?}", f.language);
    }

    /// True when the offer states that its assistance is in French.
    fn french_assistance(f: &OfferFacts) -> bool {
        f.language
            .iter()
            .any(|l| l.items == [LangItem::Assistance] && l.french)
    }

    /// An assistance word without a language in its part of the sentence leaves the row's label to say what the
    /// language is for (« | Support | En français, par téléphone ; première réponse d'un technicien … | »).
    #[test]
    fn a_technician_without_a_language_leaves_the_row_label_to_say_it() {
        let f = facts_of("# Offre\n\n| Engagement | Détail |\n|---|---|\n| Support | En français, par téléphone et courriel, jours ouvrés ; première réponse d'un technicien en moins d'une heure ouvrée |\n");
        assert!(french_assistance(&f), "{:?}", f.language);
    }

    /// Usage statistics, even aggregated, used to compare the model's versions are an evaluation on the buyer's
    /// data, not a training.
    #[test]
    fn comparing_model_versions_on_usage_statistics_is_an_evaluation() {
        let f = facts_of("# Offre\n\nLes statistiques d'usage agrégées et anonymisées peuvent être utilisées par le sous-traitant pour comparer la qualité des versions successives du modèle avant leur mise en production.\n");
        assert_eq!(f.evaluation_use.len(), 1, "{:?}", f.evaluation_use);
    }

    /// A comparative table is read by column: the « pour comparaison » column describes another product; the
    /// answer of a row that names the art. 28 agreement (« joint en annexe 3 ») attaches it; a « Oui » answers
    /// with its row, whose comment may fall short (« sera remis … après la notification »).
    #[test]
    fn a_comparative_table_is_read_by_column() {
        let f = facts_of("# Offre\n\n| Critère | Notre offre | Assistant grand public (pour comparaison) |\n|---|---|---|\n| Entraînement sur vos données | Jamais, quel que soit le réglage : ni entraînement, ni ajustement, même sur des données anonymisées | Oui, sauf désactivation par l'utilisateur |\n| Accord art. 28 du RGPD | joint en annexe 3 | conditions générales en anglais |\n");
        assert_eq!(f.training.status, Training::No);
        assert_eq!(f.dpa.len(), 1, "{:?}", f.dpa);
        let f = facts_of("# Offre\n\n| N° | Question | Oui / Non | Commentaire du candidat |\n|---|---|---|---|\n| E2 | Un plan de réversibilité est-il joint ? | Oui | Le plan de réversibilité sera remis dans le mois qui suit la notification du marché. |\n");
        assert!(
            !f.topics.is_empty() && f.topics.iter().all(|t| t.contrary),
            "{:?}",
            f.topics
        );
    }

    /// A ban that bounds a delay (« ne laisse jamais une demande plus de quatre heures sans réponse d'un technicien
    /// francophone ») states the assistance's language and its delay.
    #[test]
    fn a_bounding_negation_states_the_assistance_s_language() {
        let f = facts_of("# Offre\n\nNous ne laissons jamais une demande plus de quatre heures sans réponse d'un technicien francophone, week-ends compris.\n");
        assert!(french_assistance(&f), "{:?}", f.language);
    }

    /// Logging listed among the operations of the art. 28 description of the processing is no AI Act information;
    /// the logging of the system is.
    #[test]
    fn logging_among_the_processing_operations_is_not_the_ai_act_s() {
        let f = facts_of("# Annexe\n\n| Rubrique | Contenu |\n|---|---|\n| Nature des opérations | stockage, indexation, génération de réponses, journalisation |\n");
        assert!(f.ai_act.is_empty(), "{:?}", f.ai_act);
        let f = facts_of("# Offre\n\nLa journalisation des requêtes et des réponses du système est conservée six mois.\n");
        assert_eq!(f.ai_act.len(), 1);
    }

    /// Support given from a third country is read with its place; a ban on it is not.
    #[test]
    fn support_from_a_third_country_is_read_with_its_place() {
        let f = facts_of("# Offre\n\nLe support de niveau 3 est assuré par l'équipe d'ingénierie du groupe à Édimbourg ; ces ingénieurs n'ont accès ni à la plateforme ni aux données.\n");
        assert_eq!(
            f.support_abroad
                .iter()
                .map(|x| x.1.as_str())
                .collect::<Vec<_>>(),
            ["Édimbourg"]
        );
        let f = facts_of("# Offre\n\nLe support est assuré depuis Nantes ; aucun accès n'est possible depuis les États-Unis.\n\nNous nous interdisons toute opération de maintenance ou de support depuis un pays tiers.\n");
        assert!(f.support_abroad.is_empty(), "{:?}", f.support_abroad);
    }

    /// A figure of what the service is compared with is not an indicator of the service.
    #[test]
    fn a_figure_of_the_compared_models_is_not_the_service_s() {
        let f = facts_of("# Offre\n\n## Une IA éco-conçue\n\n*Estimation interne, comparaison avec les modèles de plus de 100 milliards de paramètres.\n");
        assert!(
            f.environment.hardware.is_empty(),
            "{:?}",
            f.environment.hardware
        );
        let f = facts_of("# Offre\n\n## Environnement\n\nNotre modèle compte 24 milliards de paramètres, contre plus de 100 milliards pour les assistants généralistes.\n");
        assert_eq!(f.environment.hardware.len(), 1);
    }

    /// A table cell answers for its row: the first cell names the incident the answer notifies, whatever the column
    /// headers; a cell that does not say it notifies gives no commitment.
    #[test]
    fn a_row_label_names_what_its_cell_notifies() {
        let f = facts_of("# Offre\n\n| Engagement | Notre promesse |\n|---|---|\n| Incident de sécurité | notifié au Syndicat sous 24 h |\n| Disponibilité | 99,8 % |\n");
        assert_eq!(
            f.breach.iter().map(|b| b.hours).collect::<Vec<_>>(),
            [Some(24)]
        );
        let f = facts_of("# Offre\n\n| Engagement | Notre promesse |\n|---|---|\n| Incident de sécurité | plan de réponse documenté |\n");
        assert!(f.breach.is_empty(), "{:?}", f.breach);
    }

    /// A ban that waits for the agreement (« aucune donnée avant la signature de l'accord ») requires it; a
    /// negation over the agreement still denies it.
    #[test]
    fn a_ban_until_the_agreement_is_signed_requires_it() {
        let f = facts_of("# Offre\n\nNous ne traitons aucune donnée avant la signature de l'accord de sous-traitance prévu à l'article 28 du RGPD, joint en annexe 2 de notre offre.\n");
        assert_eq!(f.dpa.len(), 1);
        let f = facts_of(
            "# Offre\n\nAucune donnée n'est traitée sans accord de sous-traitance signé.\n",
        );
        assert_eq!(f.dpa.len(), 1);
        let f = facts_of("# Offre\n\nNous ne joignons aucun accord de sous-traitance avant la notification du marché.\n");
        assert!(f.dpa.is_empty(), "{:?}", f.dpa);
        let f = facts_of("# Offre\n\nNous ne traitons aucune donnée avant la signature de l'accord de sous-traitance, qui n'est pas joint à l'offre.\n");
        assert!(f.dpa.is_empty(), "{:?}", f.dpa);
    }

    /// « Aucune n'est soumise à une législation de pays tiers » declares the companies immune, with or without an
    /// article before the third country.
    #[test]
    fn a_law_of_third_countries_without_an_article_is_foreign() {
        let f = facts_of("# Offre\n\nOrmeau SAS et ses sous-traitants sont des sociétés de droit français, et aucune d'elles n'est soumise à une législation de pays tiers donnant accès aux données.\n");
        assert_eq!(f.immunity.len(), 1, "{:?}", f.immunity);
        // The third state said by what it is not.
        let f = facts_of("# Offre\n\nAucune de ces trois sociétés ne relève du droit d'un État non membre de l'Union européenne.\n");
        assert_eq!(f.immunity.len(), 1, "{:?}", f.immunity);
    }

    /// A day named by its rank is the limit the data is kept to; in a row about requests, a cell that extends the
    /// purge to backups still speaks of the requests.
    #[test]
    fn a_ranked_day_is_a_retention_period() {
        let f = facts_of("# Offre\n\n| Exigence | Réponse |\n|---|---|\n| Effacement des requêtes et des réponses sous trente jours | Purge automatique le trentième jour suivant la création, appliquée aussi aux sauvegardes. |\n");
        assert!(
            f.retention
                .iter()
                .any(|r| r.hours == 30 * DAY_HOURS && r.kind == DataKind::Content),
            "{:?}",
            f.retention
        );
        let f = facts_of("# Offre\n\nLes requêtes sont effacées au terme du sixième mois suivant leur création.\n");
        assert!(
            f.retention.iter().any(|r| r.hours == 180 * DAY_HOURS),
            "{:?}",
            f.retention
        );
        assert_eq!(
            (rank("quatre-vingt-dixième"), rank("30e"), rank("dernière")),
            (Some(90), Some(30), None)
        );
    }

    /// A negation later in the sentence does not deny the place or the breach notice stated before it; one over the
    /// place does; a ban on exceeding a delay is a delay.
    #[test]
    fn a_negation_denies_what_it_stands_over() {
        let f = facts_of("# Offre\n\nLes données sont stockées et traitées en France, à Paris, et aucun accès n'est ouvert depuis un autre pays.\n\nLe titulaire notifie toute violation de données sous 24 heures après sa découverte, et ne clôt aucun incident sans compte rendu.\n");
        assert!(
            f.committed_places().any(|p| p.name == "France"),
            "{:?}",
            f.hosting
        );
        assert_eq!(f.breach.first().and_then(|b| b.hours), Some(24));
        let f = facts_of("# Offre\n\nAucune donnée n'est hébergée, traitée ou sauvegardée hors de l'Union européenne.\n\nCorail ne laisse en aucun cas s'écouler plus de 24 heures entre la découverte d'une violation de données et sa notification.\n\nNos sociétés sont françaises, sans actionnaire extra-européen.\n");
        assert!(
            !f.committed_places().any(|p| p.zone.outside()),
            "{:?}",
            f.hosting
        );
        assert_eq!(
            f.breach.first().and_then(|b| b.hours),
            Some(24),
            "{:?}",
            f.breach
        );
    }

    /// An agreement « disponible sur demande » is not attached; « open source » without a licence is what others
    /// publish; a paragraph that says it quotes the requirement commits to nothing; English lists of sub-processors.
    #[test]
    fn what_is_only_said_is_not_committed() {
        let f = facts_of("# Offre\n\nNotre accord de sous-traitance est disponible sur demande.\n\nNous utilisons les meilleurs modèles open source du marché.\n\n*Rappel du CCTP :* les composants logiciels sont publiés sous une licence libre.\n");
        assert!(
            f.dpa.is_empty() && f.open_source.is_empty(),
            "{:?} {:?}",
            f.dpa,
            f.open_source
        );
        let f = facts_of("# Offre\n\nL'application est publiée sous licence EUPL 1.2.\n\nThe data processing agreement is attached as Annex C; our only sub-processors are Polderhost B.V. (hosting, Netherlands).\n");
        assert_eq!(
            (f.open_source.len(), f.dpa.len(), f.subprocessors.len()),
            (1, 1, 1)
        );
    }

    /// A ban on new sub-processors without the buyer's prior written authorisation is that commitment; a right to
    /// object is not.
    #[test]
    fn prior_authorisation_of_sub_processors_is_read() {
        let f = facts_of("# Offre\n\nSérac ne fera appel à aucun autre sous-traitant ultérieur sans l'autorisation écrite et préalable du Syndicat.\n");
        assert_eq!(f.subprocessor_approval.len(), 1);
        let f = facts_of("# Offre\n\nTout nouveau sous-traitant ultérieur est annoncé quinze jours à l'avance ; le Syndicat peut s'y opposer.\n");
        assert!(f.subprocessor_approval.is_empty());
    }

    /// « Une requête consomme 0,9 Wh » is a figure per request; the PUE, a consumption in kWh and the
    /// « location-based » approach are read where they are named.
    #[test]
    fn environmental_indicators_are_read_as_written() {
        let f = facts_of("# Offre\n\nUne requête consomme en moyenne 0,9 Wh, PUE inclus.\n\nLe bilan annuel donne la consommation du service en kWh, calculée selon l'approche « location-based ».\n");
        let env = &f.environment;
        assert!(env.per_request);
        assert_eq!(
            (env.pue.len(), env.total.len(), env.location_based.len()),
            (1, 1, 1)
        );
        let f = facts_of("# Offre\n\nAn average request consumes 0.4 Wh of electricity.\n");
        assert!(f.environment.per_request);
        let f = facts_of("# Offre\n\nNos serveurs consomment 0,4 Wh en moyenne.\n");
        assert!(!f.environment.per_request);
        assert!(f.environment.pue.is_empty());
    }

    #[test]
    fn segments_split_at_semicolons() {
        let t = "elles ne sont pas revendues ; elles servent a entrainer nos modeles";
        let at = t.find("entrainer").unwrap();
        assert_eq!(
            segment(t, at).trim(),
            "elles servent a entrainer nos modeles"
        );
    }
}
