//! Requirements of a buyer's charter that bind vendors or tools, and how an offer meets them (ACH008).
//!
//! A clause becomes a requirement when one of its sentences
//! - is binding or a plain present-tense rule (not a permission, a recommendation or a conditional),
//! - is about a point of the checklist (hosting, training, retention, export, environment, language…), with what
//!   the point needs (the zone, the maximum duration, the formats, the figures…),
//! - and binds the vendor or its tool: a vendor is named (« le fournisseur », « le prestataire »), or the sentence
//!   is written in the passive about data or tools (« les données sont hébergées… »); a sentence whose subject is
//!   the authority's own people (« le référent publie… », « les agents… ») binds the buyer, not the vendor, unless
//!   its verb imposes something on suppliers (« la commune exige… », « la ville ne retient que… »).

use super::facts::{negated, DataKind, LangItem, OfferFacts, Training};
use super::vocab::{Aspect, EntryTerms, Terms, Vocab, Zone};
use super::{pronoun_subject, strip_adverbial, strip_numbering};
use crate::analyze::Analysis;
use crate::i18n::Lang;
use crate::lexicon::normalize::normalize;
use crate::lexicon::{Hit, Lexicon, Marker, Tag};
use crate::model::{Charter, Clause, Modality, SectionRole, Sentence, Span};
use regex::Regex;
use std::sync::LazyLock;

/// How far an offer meets a requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// The offer commits to it.
    Met,
    /// The offer says something related that cannot be checked mechanically.
    Unclear,
    /// No matching commitment, or a contrary one.
    Unmet,
}

impl Status {
    /// Name in the summary table.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Status::Met => lang.pick("satisfait", "met"),
            Status::Unmet => lang.pick("non satisfait", "unmet"),
            Status::Unclear => lang.pick("incertain", "unclear"),
        }
    }
    /// Machine name (JSON).
    pub fn id(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::Unmet => "unmet",
            Status::Unclear => "unclear",
        }
    }
}

/// What a requirement needs, point by point.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Need {
    /// Hosting in these countries (empty = anywhere in the EU/EEA).
    Hosting {
        /// Named countries or cities (empty = the Union).
        places: Vec<String>,
        /// The requirement also rules out access by support or administrators from elsewhere.
        support: bool,
    },
    /// Protection from non-EU law; SecNumCloud when named.
    Extraterritorial {
        /// SecNumCloud qualification required.
        secnumcloud: bool,
        /// SecNumCloud or, instead, a declaration that no non-EU law applies (« … ou bien le service est qualifié
        /// SecNumCloud »).
        or_declaration: bool,
    },
    /// No training on the buyer's data.
    NoTraining {
        /// No option either way (« sans option », « par défaut »).
        strict: bool,
        /// The charter also bans evaluating a model with the data (« ne servent ni à entraîner, ni à évaluer un
        /// modèle »): data put in a test or evaluation set does not meet it.
        evaluation: bool,
    },
    /// An art. 28 agreement.
    Dpa,
    /// A list of sub-processors.
    Subprocessors,
    /// No new sub-processor without the buyer's prior written authorisation (GDPR art. 28 § 2).
    SubprocessorApproval,
    /// Export of the data.
    Reversibility {
        /// Formats named by the charter.
        formats: Vec<String>,
        /// The formats are alternatives (« JSON, CSV ou Markdown »): one of them is enough.
        either: bool,
        /// At no cost.
        free: bool,
        /// At any time.
        anytime: bool,
        /// In open formats.
        open: bool,
    },
    /// Environmental figures.
    Environment(Indicators),
    /// AI Act information.
    AiAct {
        /// The requirement asks the tool to mark what it generates (« l'outil signale les contenus qu'il génère »):
        /// the sentence of the offer that marks them is the evidence.
        marking: bool,
    },
    /// A retention period.
    Retention {
        /// The charter's duration in hours (None = any stated period).
        hours: Option<u32>,
        /// The charter sets a minimum, not a maximum.
        at_least: bool,
        /// The charter sets the period itself (« les journaux sont conservés un an, puis effacés »): neither a shorter
        /// nor a longer one meets it.
        exact: bool,
        /// Logs or content.
        logs: bool,
        /// As written.
        text: String,
    },
    /// Security certifications.
    Certification {
        /// ISO/IEC 27001.
        iso: bool,
        /// HDS.
        hds: bool,
    },
    /// French for these items.
    Language {
        /// Items named by the charter.
        items: Vec<LangItem>,
    },
    /// Breach notification.
    Breach {
        /// The longest deadline the charter allows, in hours (None: no figure, any commitment to notify).
        hours: Option<u32>,
        /// The deadline as written (« 48 heures »).
        text: String,
    },
    /// Free software or open models.
    OpenSource,
    /// The AI model named, with its version.
    ModelNamed,
    /// A deadline of some kind (`[[delai]]` of the checklist): returning the data, handing over the logs, the
    /// support's response time, the notice before a change of sub-processor.
    Deadline {
        /// Index of the kind in [`Vocab::deadlines`].
        kind: usize,
        /// The charter's delay in hours (a maximum, or a minimum for a notice).
        hours: u32,
        /// The delay as written (« dans un délai de trente jours »).
        text: String,
    },
    /// A kind of requirement beyond the checklist (`[[exigence]]` of the checklist): an availability rate, the
    /// accessibility standard, a reversibility plan…
    Topic {
        /// Index of the kind in [`Vocab::topics`].
        kind: usize,
        /// The charter's minimum percentage in hundredths, for a kind that compares one.
        hundredths: Option<u32>,
    },
}

/// The environmental indicators a charter asks for, each on or off.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "the indicators a charter may ask for, one flag each"
)]
pub(crate) struct Indicators {
    /// Energy figure.
    pub energy: bool,
    /// Carbon figure.
    pub carbon: bool,
    /// Method stated.
    pub method: bool,
    /// Per request.
    pub per_request: bool,
    /// The data centre's PUE (« l'indicateur d'efficacité énergétique (PUE) du centre de données »).
    pub pue: bool,
    /// The service's own consumption in kWh (« l'électricité consommée par le service (en kWh) »), besides a
    /// figure per request.
    pub total: bool,
    /// Carbon computed « location-based » (the grid's average factor, not certificates of origin).
    pub location_based: bool,
    /// A duty to report periodically (« chaque année, le titulaire communique… »): met by a commitment to report in
    /// the unit (« un bilan annuel : énergie en kWh et émissions en kgCO2e »), not only by a figure in the offer.
    pub periodic: bool,
}

impl Need {
    /// The checklist aspect of the need.
    pub(crate) fn aspect(&self) -> Aspect {
        match self {
            Need::Hosting { .. } => Aspect::Hosting,
            Need::Extraterritorial { .. } => Aspect::Extraterritorial,
            Need::NoTraining { .. } => Aspect::Training,
            Need::Dpa | Need::Subprocessors | Need::SubprocessorApproval => Aspect::Processors,
            Need::Reversibility { .. } => Aspect::Reversibility,
            Need::Environment(_) => Aspect::Environment,
            Need::AiAct { .. } => Aspect::AiAct,
            Need::Retention { .. } => Aspect::Retention,
            Need::Certification { .. } => Aspect::Certification,
            Need::Language { .. } => Aspect::Language,
            Need::Breach { .. } => Aspect::Breach,
            Need::OpenSource => Aspect::OpenSource,
            Need::ModelNamed => Aspect::AiAct,
            Need::Deadline { kind, .. } => Vocab::global()
                .deadlines
                .get(*kind)
                .map_or(Aspect::Charter, |k| k.aspect),
            Need::Topic { kind, .. } => Vocab::global()
                .topics
                .get(*kind)
                .map_or(Aspect::Charter, |k| k.aspect),
        }
    }
    fn same_kind(&self, other: &Need) -> bool {
        match (self, other) {
            (Need::Deadline { kind: a, .. }, Need::Deadline { kind: b, .. })
            | (Need::Topic { kind: a, .. }, Need::Topic { kind: b, .. }) => a == b,
            (Need::Retention { logs: a, .. }, Need::Retention { logs: b, .. }) => a == b,
            _ => std::mem::discriminant(self) == std::mem::discriminant(other),
        }
    }
}

/// A clause of the charter that binds vendors or tools.
#[derive(Debug, Clone)]
pub(crate) struct Requirement {
    /// Clause index in the charter.
    #[allow(dead_code, reason = "kept with the span it locates; no code reads it")]
    pub clause: usize,
    /// Span of the requirement sentences in the charter.
    pub span: Span,
    /// Short excerpt for messages.
    pub excerpt: String,
    /// Where it stands in the charter: article number and heading (« Article 4 – Hébergement »).
    pub article: String,
    /// What it needs.
    pub needs: Vec<Need>,
}

/// The verdict on one need.
#[derive(Debug, Clone)]
pub(crate) struct Outcome {
    /// The need.
    pub need: Need,
    /// Met, unmet, unclear.
    pub status: Status,
    /// Why, in French.
    pub why_fr: String,
    /// Why, in English.
    pub why_en: String,
    /// The offer passage that decides it.
    pub evidence: Option<Span>,
}

impl Outcome {
    fn new(
        need: &Need,
        status: Status,
        fr: impl Into<String>,
        en: impl Into<String>,
        evidence: Option<Span>,
    ) -> Outcome {
        Outcome {
            need: need.clone(),
            status,
            why_fr: fr.into(),
            why_en: en.into(),
            evidence,
        }
    }
    /// Why, in the given language.
    pub(crate) fn why(&self, lang: Lang) -> &str {
        lang.pick(&self.why_fr, &self.why_en)
    }
}

/// A requirement and how the offer meets it.
#[derive(Debug, Clone)]
pub(crate) struct RequirementResult {
    /// The requirement.
    pub requirement: Requirement,
    /// Worst status of its needs.
    pub status: Status,
    /// One outcome per need.
    pub outcomes: Vec<Outcome>,
}

impl RequirementResult {
    /// The offer passage closest to the requirement: the evidence of the first failing need; for a met requirement,
    /// of its deadline, breach notice in hours, model or prior authorisation of sub-processors when it sets one
    /// (« … et prend en charge toute demande dans un délai de quatre heures » is decided by the delay, not by the
    /// language; « … et n'en ajoute aucun sans l'autorisation écrite préalable » by the authorisation, the agreement
    /// itself having its own row, ACH004; « … les journaux de connexion sont conservés douze mois » by the logs'
    /// period, the requests' having their own row, ACH009), else of its first need; else of any need.
    pub(crate) fn evidence(&self) -> Option<Span> {
        let same = self.outcomes.iter().filter(|o| o.status == self.status);
        // What the committee checks first: a figure (a deadline, a breach notice in hours), or the model by name.
        let refining = |o: &&Outcome| {
            matches!(
                o.need,
                Need::Deadline { .. }
                    | Need::Breach { hours: Some(_), .. }
                    | Need::ModelNamed
                    | Need::SubprocessorApproval
                    | Need::Retention { logs: true, .. }
            )
        };
        let mut same = same;
        let decisive = if self.status == Status::Met {
            same.clone()
                .filter(refining)
                .find_map(|o| o.evidence)
                .or_else(|| same.find_map(|o| o.evidence))
        } else {
            same.find_map(|o| o.evidence)
        };
        decisive.or_else(|| self.outcomes.iter().find_map(|o| o.evidence))
    }
}

static PER_REQUEST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\bpar (?:requete|question|prompt|reponse|conversation|appel|generation|interaction)s?\b",
    )
    .expect("valid regex")
});

/// Verbs by which the authority imposes something on its suppliers (« la commune exige… »).
const IMPOSING: &[&str] = &[
    "exige",
    "impose",
    "veille",
    "s'assure",
    "retient",
    "retiendra",
    "choisit",
    "selectionne",
    "requiert",
    "demande",
    "contractualise",
    "n'acquiert",
    "n'achete",
    "n'utilise que",
    "n'autorise que",
    "ne recourt qu",
    "ne retient que",
    "ne choisit que",
    "s'engage a ne retenir",
];

/// Drops leading determiners.
fn strip_determiners(mut t: &str) -> &str {
    const DETS: &[&str] = &[
        "le ", "la ", "les ", "l'", "tout ", "toute ", "tous ", "toutes ", "chaque ", "un ",
        "une ", "des ", "son ", "sa ", "ses ", "leur ", "leurs ", "ce ", "cet ", "cette ", "ces ",
        "aucun ", "aucune ", "nul ", "nulle ",
    ];
    loop {
        let before = t;
        for d in DETS {
            if let Some(r) = t.strip_prefix(d) {
                t = r.trim_start();
            }
        }
        if t == before {
            return t;
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Vendor,
    Buyer,
    Nobody,
}

/// Length of the subject term that starts the text, determiners aside (0 when none).
fn subject_len(terms: &Terms, t: &str) -> usize {
    terms
        .start_len(t)
        .max(terms.start_len(strip_determiners(t)))
}

/// Who the normalised text is about, from its grammatical subject. The longer subject wins: « le service des
/// systèmes d'information » is the buyer's own department, not « le service » sold by the vendor.
fn subject(v: &Vocab, text: &str) -> Who {
    let t = strip_adverbial(strip_numbering(text));
    let (vendor, buyer) = (
        subject_len(&v.vendor_subjects, t),
        subject_len(&v.buyer_subjects, t),
    );
    if vendor > 0 && vendor >= buyer {
        return Who::Vendor;
    }
    if buyer > 0 {
        let head = &t[..t.len().min(80)];
        if IMPOSING.iter().any(|w| head.contains(w)) {
            return Who::Vendor;
        }
        return Who::Buyer;
    }
    Who::Nobody
}

/// Who a sentence is about: its own subject, else (a personal pronoun) the subject of the sentence before in the
/// same clause (« La Région réserve l'IA générative aux tâches utiles. Elle publie chaque année… » binds the Région).
fn subject_after(v: &Vocab, text: &str, before: Option<Who>) -> Who {
    match (subject(v, text), before) {
        (Who::Nobody, Some(Who::Buyer)) if pronoun_subject(text) => {
            let head = &text[..super::floor_char(text, text.len().min(80))];
            if IMPOSING.iter().any(|w| head.contains(w)) {
                Who::Vendor
            } else {
                Who::Buyer
            }
        }
        (who, _) => who,
    }
}

/// A sentence without a vendor named binds the vendor: by its subject, else the clause's lead-in (« Le titulaire
/// s'engage sur les points suivants : »), else the section title (a section about agents or uses binds them).
fn addressed_to_vendor(v: &Vocab, who: Who, lead: Option<&str>, title: Option<&str>) -> bool {
    match who {
        Who::Vendor => return true,
        Who::Buyer => return false,
        Who::Nobody => {}
    }
    let from_lead = lead.map(|l| {
        let who = subject(v, l);
        if v.vendor_subjects.any(l) && who != Who::Buyer {
            Who::Vendor
        } else {
            who
        }
    });
    match from_lead {
        Some(Who::Vendor) => true,
        Some(Who::Buyer) => false,
        // A section about the authority's own duties (« Ce que s'impose le SDIS », « Rôle de la DSI ») binds it,
        // unless its title speaks of what is bought (« Exigences de la Région pour ses marchés »).
        _ => match title {
            Some(t) if v.vendor_subjects.any(t) => true,
            Some(t) if v.buyer_subjects.any(t) => [
                "exigence",
                "marche",
                "achat",
                "contrat",
                "commande",
                "consultation",
                "cctp",
                "offre",
                "critere",
            ]
            .iter()
            .any(|w| t.contains(w)),
            Some(t) => !["agents", "elus", "usages", "utilisateurs"]
                .iter()
                .any(|w| crate::analyze::contains_word(t, w)),
            None => true,
        },
    }
}

/// Every permission of the sentence is granted to the buyer (« … il informe le Centre de tout changement
/// quarante-cinq jours à l'avance, et le Centre peut s'y opposer »): the buyer's right to object does not make
/// the vendor's duty optional. The holder of a permission is the subject of its part of the sentence, after the
/// last comma, semicolon or colon before the modal word: a buyer's subject (`sujets_acheteur`), or the name the
/// charter gives the authority, a capitalised noun after its article (« le Centre », « la Régie »), when it is no
/// vendor's. `base` is the sentence's offset in its clause's normalised text, where `hits` are; `written` gives the
/// original words of a normalised range of the clause.
fn permissions_are_the_buyer_s<'t>(
    v: &Vocab,
    n: &str,
    base: usize,
    hits: &[Hit],
    written: impl Fn(usize, usize) -> &'t str,
) -> bool {
    let mut permissions = hits
        .iter()
        .filter(|h| h.tag == Tag::Marker(Marker::Permission))
        .peekable();
    permissions.peek().is_some()
        && permissions.all(|h| {
            let at = h.start.saturating_sub(base).min(n.len());
            let Some(head) = n.get(..at) else {
                return false;
            };
            let mut from = head.rfind([',', ';', ':']).map_or(0, |i| i + 1);
            from += head[from..].len() - head[from..].trim_start().len();
            from += v.connectors.start_len(&head[from..]);
            from += head[from..].len() - head[from..].trim_start().len();
            match subject(v, &n[from..]) {
                Who::Buyer => true,
                Who::Vendor => false,
                Who::Nobody => {
                    let article = v.name_articles.start_len(&head[from..]);
                    let name = written(base + from + article, h.start).trim();
                    article > 0
                        && name.starts_with(char::is_uppercase)
                        && !name.contains(char::is_whitespace)
                }
            }
        })
}

/// A sentence whose subject is the name the charter gives the authority, a capitalised noun after its article
/// (« Le Centre publie chaque année, dans son rapport d'activité… », « La Régie tient… »), binds the authority,
/// unless its verb imposes something on suppliers (« le Centre exige… »); `Who::Nobody` otherwise. `written` gives
/// the original words of a normalised range of the sentence.
fn authority_by_name<'t>(v: &Vocab, n: &str, written: impl Fn(usize, usize) -> &'t str) -> Who {
    let t = strip_adverbial(strip_numbering(n));
    let from = n.len() - t.len();
    let article = v.name_articles.start_len(t);
    if article == 0 {
        return Who::Nobody;
    }
    let rest = &t[article..];
    let word_len = rest
        .trim_start()
        .find([' ', ','])
        .unwrap_or(rest.trim_start().len());
    let start = from + article + (rest.len() - rest.trim_start().len());
    let name = written(start, start + word_len).trim();
    let head = &n[..super::floor_char(n, n.len().min(80))];
    if name.starts_with(char::is_uppercase)
        && !name.contains(char::is_whitespace)
        && !IMPOSING.iter().any(|w| head.contains(w))
    {
        Who::Buyer
    } else {
        Who::Nobody
    }
}

/// A sentence that asks nothing of the vendor: a question, a condition, how offers are graded (« La valeur
/// technique compte pour 60 % de la note »), or an example not addressed to the vendor.
fn asks_nothing(v: &Vocab, s: &Sentence, n: &str, who: Who) -> bool {
    n.trim_end().ends_with('?')
        || s.conditional
        || v.award_criteria.any(n)
        || (who != Who::Vendor && illustrates(v, n))
}

/// The sentence illustrates a rule or draws its consequence (« Par exemple, un service exploité à Francfort ne
/// répond pas … », « Une filiale … relève ainsi … du droit américain »): « ainsi » counts inside the sentence only,
/// and not in « ainsi que », which lists.
fn illustrates(v: &Vocab, n: &str) -> bool {
    v.illustrations.find(n).iter().any(|&(a, b, ())| {
        &n[a..b] != "ainsi"
            || (a > 0 && !n[b..].trim_start().starts_with("que") && !n[..a].trim().is_empty())
    })
}

/// The main verb of a passive, right before its agent (« … est préparé par … »); a participle that qualifies a noun
/// (« les requêtes saisies par les agents sont … ») has no auxiliary before it.
static PASSIVE_AGENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:est|sont|sera|seront|a ete|ont ete|etait|etaient) [\w-]+ par $")
        .expect("valid regex")
});

/// A sentence without a subject whose first part names the buyer as the doer binds the buyer: a passive whose
/// main verb has the buyer for agent (« Le changement de prestataire est préparé par le service informatique six
/// mois avant l'échéance »), or a table cell without a verb whose head noun has it (« Formation des agents par le
/// Syndicat avant l'ouverture de leur compte »). It states what the authority does itself. A participle that
/// qualifies a noun (« les requêtes saisies par les agents ») and an approval given by the buyer (« sans
/// l'autorisation donnée par le Syndicat ») are not the buyer acting.
fn buyer_as_agent(v: &Vocab, n: &str, cell: bool) -> Who {
    let first = &n[..n.find([',', ';', ':']).unwrap_or(n.len())];
    let Some(at) = first.find(" par ") else {
        return Who::Nobody;
    };
    let head = &first[..at + " par ".len()];
    let verbless = ![
        "est", "sont", "sera", "seront", "a", "ont", "doit", "doivent",
    ]
    .iter()
    .any(|w| crate::analyze::contains_word(first, w));
    if !(PASSIVE_AGENT.is_match(head) || cell && verbless) || v.approvals.any(&first[..at]) {
        return Who::Nobody;
    }
    let agent = &first[at + " par ".len()..];
    // The longer subject wins, as in `subject`: « le service informatique » is the buyer's, « le service » sold.
    if subject_len(&v.buyer_subjects, agent) > subject_len(&v.vendor_subjects, agent) {
        Who::Buyer
    } else {
        Who::Nobody
    }
}

fn names_vendor(lx: &Lexicon, an: &Analysis, ci: usize, si: usize) -> bool {
    let Some(vendor) = lx.concept("actor.vendor") else {
        return false;
    };
    an.sentence_hits((ci, si))
        .iter()
        .any(|h| matches!(h.tag, Tag::Concept(c) if lx.is_a(c, vendor)))
}

/// A requirement sentence as the need readers see it.
struct Said<'a> {
    v: &'a Vocab,
    /// Normalised text.
    n: &'a str,
    /// The sentence as written.
    original: &'a str,
    /// The sentence denies or forbids what it names.
    neg: bool,
    /// Its durations and delays, in hours.
    durations: &'a [u32],
    /// Its first duration as written.
    duration_text: &'a str,
}

impl Said<'_> {
    fn entry(&self, aspect: Aspect) -> &EntryTerms {
        self.v.entry(aspect)
    }
    fn has_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.n.contains(w))
    }
}

/// A reader of one kind of need in a requirement sentence.
type NeedReader = fn(&Said<'_>) -> Option<Need>;

/// The kinds of need, in the order they are listed in a requirement.
const NEED_READERS: &[(&str, NeedReader)] = &[
    ("hosting", hosting_need),
    ("extraterritorial", extraterritorial_need),
    ("training", training_need),
    ("dpa", dpa_need),
    ("subprocessors", subprocessors_need),
    ("subprocessor_approval", subprocessor_approval_need),
    ("reversibility", reversibility_need),
    ("environment", environment_need),
    ("ai_act", ai_act_need),
    ("model", model_need),
    ("certification", certification_need),
    ("language", language_need),
    ("breach", breach_need),
    ("open_source", open_source_need),
];

/// What a normalised requirement sentence needs.
fn needs_of(
    v: &Vocab,
    n: &str,
    original: &str,
    durations: &[u32],
    duration_text: &str,
) -> Vec<Need> {
    let said = Said {
        v,
        n,
        original,
        neg: negated(n),
        durations,
        duration_text,
    };
    let deadlines = deadline_needs(&said);
    let mut out: Vec<Need> = NEED_READERS
        .iter()
        .filter_map(|(_, read)| read(&said))
        .chain(retention_needs(&said))
        // A delay that bounds a deadline of a known kind is not a retention period (« à l'expiration du marché, le
        // prestataire rend ses données en vingt jours au plus, puis les efface »).
        .filter(|nd| match nd {
            Need::Retention { text, .. } => !deadlines
                .iter()
                .any(|d| matches!(d, Need::Deadline { text: t, .. } if t == text)),
            _ => true,
        })
        .collect();
    out.extend(deadlines);
    out.extend(
        super::topics::asked(v, original)
            .into_iter()
            .map(|t| Need::Topic {
                kind: t.kind,
                hundredths: t.hundredths,
            }),
    );
    out
}

/// The deadlines a requirement sentence sets with a figure, one need per kind (`[[delai]]`).
fn deadline_needs(s: &Said<'_>) -> Vec<Need> {
    super::deadlines::stated(s.v, s.original)
        .into_iter()
        .filter_map(|d| {
            d.hours.map(|hours| Need::Deadline {
                kind: d.kind,
                hours,
                text: d.text,
            })
        })
        .collect()
}

/// Hosting, with the zone required.
fn hosting_need(s: &Said<'_>) -> Option<Need> {
    let n = s.n;
    if !s.entry(Aspect::Hosting).cues.any(n) {
        return None;
    }
    let mut union = false;
    let mut places = Vec::new();
    // Each part of the sentence between semicolons denies or not on its own: « Le titulaire héberge … en France
    // métropolitaine ; aucune administration n'a lieu depuis un pays extérieur à l'Union » requires France. Within
    // a part, a negation after the place's comma-delimited part does not deny it: « … sont hébergées et traitées
    // en France, sauvegardes comprises, et aucune opération d'administration n'est conduite depuis … ».
    for (a, b, zone) in s.v.places_in(n) {
        if zone == Zone::Union && n[..a].ends_with('(') {
            continue;
        }
        let seg = super::facts::segment(n, a);
        let seg_start = n[..a].rfind(';').map_or(0, |i| i + 1);
        let neg = super::facts::negated_before(seg, a - seg_start);
        let escapes = ["quitt", "sort", "transf", "hors", "dehors", "leave"]
            .iter()
            .any(|w| seg.contains(w));
        match (neg, zone) {
            (true, Zone::Outside) => union = true,
            (_, Zone::Union | Zone::Eea | Zone::Europe) if !neg || escapes => union = true,
            (_, Zone::Eu) if !neg || escapes => places.push(n[a..b].to_owned()),
            _ => {}
        }
    }
    let support = s.entry(Aspect::Hosting).list("acces_support").any(n);
    if union {
        Some(Need::Hosting {
            places: Vec::new(),
            support,
        })
    } else if places.is_empty() {
        None
    } else {
        places.dedup();
        Some(Need::Hosting { places, support })
    }
}

/// Protection from non-EU law. SecNumCloud offered as one way among others (« … ou bien le service est qualifié
/// SecNumCloud ») is no requirement of its own; offered instead of a certificate (« une certification ISO/IEC
/// 27001 ou une qualification SecNumCloud »), it is the certification need's business.
fn extraterritorial_need(s: &Said<'_>) -> Option<Need> {
    let e = s.entry(Aspect::Extraterritorial);
    let cues = e.cues.find(s.n);
    if cues.is_empty() {
        return None;
    }
    let Some(at) = s.n.find("secnumcloud") else {
        return Some(Need::Extraterritorial {
            secnumcloud: false,
            or_declaration: false,
        });
    };
    let seg_start = s.n[..at].rfind([';', '.']).map_or(0, |i| i + 1);
    let before = &s.n[seg_start.max(super::floor_char(s.n, at.saturating_sub(45)))..at];
    let after_end = at + "secnumcloud".len();
    let after = &s.n[after_end..super::ceil_char(s.n, (after_end + 20).min(s.n.len()))];
    let alternatives = e.list("secnumcloud_alternative");
    // « dans l'affirmative, l'hébergement est assuré sur une offre qualifiée SecNumCloud »: SecNumCloud only for
    // a vendor that declares itself exposed; the declaration is the other way.
    let alternative = alternatives.any(before)
        || alternatives.at_start(after.trim_start())
        || e.list("secnumcloud_condition").any(&s.n[seg_start..at]);
    let other_cue = cues.iter().any(|&(a, b, ())| &s.n[a..b] != "secnumcloud");
    let certificate = {
        let c = s.entry(Aspect::Certification);
        c.list("iso27001").any(s.n) || c.list("hds").any(s.n)
    };
    match (alternative, other_cue) {
        (true, false) if certificate => None,
        (alternative, _) => Some(Need::Extraterritorial {
            secnumcloud: true,
            or_declaration: alternative,
        }),
    }
}

fn training_need(s: &Said<'_>) -> Option<Need> {
    let e = s.entry(Aspect::Training);
    (e.cues.any(s.n) && s.has_any(&["modele", "donnees", "ia"])).then(|| Need::NoTraining {
        strict: s.has_any(&[
            "sans option",
            "aucune option",
            "par defaut",
            "quelle que soit",
            "sans qu'il soit necessaire",
            "sans action",
        ]),
        evaluation: e.list("evaluation_exigee").any(s.n),
    })
}

fn dpa_need(s: &Said<'_>) -> Option<Need> {
    s.entry(Aspect::Processors)
        .list("dpa")
        .any(s.n)
        .then_some(Need::Dpa)
}

fn subprocessors_need(s: &Said<'_>) -> Option<Need> {
    (s.has_any(&["sous traitants ulterieurs", "sous traitant ulterieur"])
        || s.entry(Aspect::Processors).list("liste_annexee").any(s.n))
    .then_some(Need::Subprocessors)
}

/// « … n'en ajoute ou n'en remplace aucun sans l'autorisation écrite préalable du Syndicat »: a right of objection
/// (« peut s'y opposer ») does not meet it.
fn subprocessor_approval_need(s: &Said<'_>) -> Option<Need> {
    let e = s.entry(Aspect::Processors);
    (e.list("sous_traitants").any(s.n) && e.list("autorisation_prealable").any(s.n))
        .then_some(Need::SubprocessorApproval)
}

fn reversibility_need(s: &Said<'_>) -> Option<Need> {
    let n = s.n;
    let r = s.entry(Aspect::Reversibility);
    if !r.cues.any(n) {
        return None;
    }
    let open_found = r.list("formats_ouverts").find(n);
    let mut formats: Vec<String> = open_found
        .iter()
        .copied()
        .chain(r.list("formats_autres").find(n))
        .map(|(a, b, ())| n[a..b].to_owned())
        .collect();
    formats.dedup();
    // « dans un format ouvert (JSON, CSV ou Markdown) »: the charter offers a choice.
    let spans: Vec<(usize, usize)> = open_found
        .iter()
        .chain(&r.list("formats_autres").find(n))
        .map(|&(a, b, ())| (a, b))
        .collect();
    let first = spans.iter().map(|x| x.0).min().unwrap_or(0);
    let last = spans.iter().map(|x| x.1).max().unwrap_or(0);
    let either = last > first && [" ou ", " or "].iter().any(|w| n[first..last].contains(w));
    Some(Need::Reversibility {
        formats,
        either,
        free: r.list("sans_frais").any(n),
        anytime: s.has_any(&["a tout moment", "a tout instant"]),
        open: s.has_any(&["format ouvert", "formats ouverts"]) || !open_found.is_empty(),
    })
}

fn environment_need(s: &Said<'_>) -> Option<Need> {
    s.entry(Aspect::Environment).cues.any(s.n).then(|| {
        Need::Environment(Indicators {
            energy: s.has_any(&["energie", "consommation", " wh"]),
            carbon: s.has_any(&[
                "co2",
                "carbone",
                "emissions",
                "gaz a effet de serre",
                "gco2",
            ]),
            method: s.has_any(&["methode", "methodologie"]),
            per_request: PER_REQUEST.is_match(s.n),
            pue: crate::analyze::contains_word(s.n, "pue"),
            total: s.has_any(&["kwh", "mwh"]),
            // « l'approche de calcul (« location-based » ou « market-based ») » leaves the choice to the vendor.
            location_based: s.has_any(&["location based"]) && !s.has_any(&["market based"]),
            periodic: s.has_any(&[
                "chaque annee",
                "annuel",
                "tous les ans",
                "chaque trimestre",
                "trimestriel",
                "chaque mois",
                "mensuel",
                "periodique",
                "each year",
                "annually",
                "yearly",
            ]),
        })
    })
}

/// AI Act information: its cue words, or generated content to be marked in the tool (« signale dans l'interface
/// chaque contenu généré par l'IA »).
fn ai_act_need(s: &Said<'_>) -> Option<Need> {
    let e = s.entry(Aspect::AiAct);
    // The tool's own marking; a label on the authority's own writings (« rédigés avec l'aide d'une IA ») is not
    // asked of the tool.
    let generated = e.list("contenu_genere").any(s.n) || e.list("contenu_genere_relatif").any(s.n);
    let marking = generated
        && e.list("signalement").any(s.n)
        && s.has_any(&["interface", "outil", "solution", "service", "logiciel"]);
    (e.cues.any(s.n) || e.list("indices_charte").any(s.n) || marking)
        .then_some(Need::AiAct { marking })
}

/// The model named with its version: a sentence about the model and its version (« indique le modèle utilisé
/// (nom, version, éditeur) », « désigne le modèle d'IA par son nom, son numéro de version »).
fn model_need(s: &Said<'_>) -> Option<Need> {
    let e = s.entry(Aspect::AiAct);
    // The version of the model as a field of a log (« enregistre pour chaque requête … la version du modèle ») asks
    // for logging, not for the model's name.
    (e.list("modele").any(s.n)
        && e.list("version").any(s.n)
        && !e.list("champs_de_journal").any(s.n))
    .then_some(Need::ModelNamed)
}

/// The retention periods of a requirement sentence, one per part (between semicolons) that sets one: « les requêtes
/// sont supprimées au plus tard quinze jours après leur création ; les journaux sont conservés six mois » asks two
/// things of two kinds of data.
fn retention_needs(s: &Said<'_>) -> Vec<Need> {
    // Each part between semicolons, or after « , et », sets its own period (« Les requêtes … sont supprimées au
    // plus tard 30 jours après leur création, et les journaux techniques au plus tard 12 mois après leur
    // création »); a part without the verb shares the sentence's.
    let parts: Vec<&str> = s
        .original
        .split(';')
        .flat_map(|p| p.split(", et "))
        .collect();
    if parts.len() < 2 {
        return retention_need(s, false).into_iter().collect();
    }
    let inherited = s.entry(Aspect::Retention).cues.any(s.n);
    let mut out: Vec<Need> = Vec::new();
    for part in parts {
        let n = normalize(part).text;
        let delays = super::facts::delays(part);
        let hours: Vec<u32> = delays.iter().map(|d| d.2).collect();
        let text = delays
            .first()
            .and_then(|d| part.get(d.0..d.1))
            .unwrap_or("")
            .trim()
            .to_owned();
        let said = Said {
            v: s.v,
            n: &n,
            original: part,
            neg: negated(&n),
            durations: &hours,
            duration_text: &text,
        };
        if let Some(nd) = retention_need(&said, inherited) {
            if !out.iter().any(|x| x.same_kind(&nd)) {
                out.push(nd);
            }
        }
    }
    out
}

/// A duration as the charter wrote it, without the words that bound it (« au plus », « au maximum », « maximum »,
/// « au moins », « au minimum », « minimum »), before or after it.
fn without_bound(text: &str) -> String {
    const BOUNDS: &[&str] = &[
        "au plus",
        "au maximum",
        "maximum",
        "au moins",
        "au minimum",
        "minimum",
    ];
    let mut t = text.trim();
    for b in BOUNDS {
        if let Some(rest) = t.strip_prefix(b).filter(|r| r.starts_with(' ')) {
            t = rest.trim_start();
        }
        if let Some(rest) = t.strip_suffix(b).filter(|r| r.ends_with(' ')) {
            t = rest.trim_end();
        }
    }
    t.to_owned()
}

/// The retention period a part of a requirement sets; `inherited`: the sentence's verb says it keeps or deletes,
/// though this part does not repeat it.
fn retention_need(s: &Said<'_>, inherited: bool) -> Option<Need> {
    let ret = s.entry(Aspect::Retention);
    let period =
        !s.durations.is_empty() || s.has_any(&["duree de conservation", "durees de conservation"]);
    let at_least = s.has_any(&[
        "au moins",
        "au minimum",
        "minimum de",
        "pas moins de",
        "pendant au moins",
    ]);
    let at_most = s.has_any(&[
        "au plus",
        "au maximum",
        "maximum de",
        "pas plus de",
        "au dela",
        "n'excede",
        "ne depasse",
        "n'exceder",
        "ne pas depasser",
    ]);
    let logs = ret.list("journaux").any(s.n) && !ret.list("contenus").any(s.n);
    let kind_named = ret.list("journaux").any(s.n) || ret.list("contenus").any(s.n);
    ((ret.cues.any(s.n) || inherited && kind_named && !s.durations.is_empty()) && period).then(
        || Need::Retention {
            hours: s.durations.first().copied(),
            at_least,
            // Logs are kept for tracing: a period set without « au plus » or « au moins » is the period itself.
            exact: logs && !at_least && !at_most && !s.durations.is_empty(),
            logs,
            text: s.duration_text.to_owned(),
        },
    )
}

fn certification_need(s: &Said<'_>) -> Option<Need> {
    let c = s.entry(Aspect::Certification);
    let iso = c.list("iso27001").any(s.n);
    let hds = c.list("hds").any(s.n);
    (iso || hds).then_some(Need::Certification { iso, hds })
}

fn language_need(s: &Said<'_>) -> Option<Need> {
    let l = s.entry(Aspect::Language);
    if !l.list("francais").any(s.n) {
        return None;
    }
    let items: Vec<LangItem> = LangItem::ALL
        .iter()
        .copied()
        .filter(|i| l.list(i.list()).any(s.n))
        .collect();
    (!items.is_empty()).then_some(Need::Language { items })
}

/// Breach notification, with the deadline the charter gives in figures (« dans un délai de 48 heures »; « sans
/// délai » sets none that an offer could be measured against).
fn breach_need(s: &Said<'_>) -> Option<Need> {
    let e = s.entry(Aspect::Breach);
    e.cues.any(s.n).then(|| {
        let deadline = super::facts::breach_deadline(e, s.original, false);
        Need::Breach {
            hours: deadline.as_ref().map(|d| d.0),
            text: deadline.map(|d| d.1).unwrap_or_default(),
        }
    })
}

fn open_source_need(s: &Said<'_>) -> Option<Need> {
    (!s.neg && s.entry(Aspect::OpenSource).cues.any(s.n)).then_some(Need::OpenSource)
}

/// Extracts the requirements of a charter. `only`: restrict to clauses of these sections (requirements quoted in an
/// offer); otherwise every clause outside context and definition sections.
pub(crate) fn extract(
    doc: &Charter,
    an: &Analysis,
    lx: &Lexicon,
    only: Option<&[usize]>,
) -> Vec<Requirement> {
    let v = Vocab::global();
    let mut out: Vec<Requirement> = Vec::new();
    for (ci, clause) in doc.clauses.iter().enumerate() {
        let section = clause.section;
        match only {
            Some(secs) => {
                if !section.is_some_and(|s| secs.contains(&s)) {
                    continue;
                }
            }
            None => {
                let role = section.map(|s| doc.sections[s].role).unwrap_or_default();
                if role != SectionRole::Rules && !commitments_annex(doc, section) {
                    continue;
                }
            }
        }
        let Some(info) = an.clauses.get(ci) else {
            continue;
        };
        let lead = clause.lead_in.as_deref().map(|l| normalize(l).text);
        let title = section.map(|s| normalize(&doc.sections[s].title).text);
        let mut needs: Vec<Need> = Vec::new();
        let mut span: Option<Span> = None;
        let mut first_text = String::new();
        let mut before: Option<Who> = None;
        for (si, s) in clause.sentences.iter().enumerate() {
            let n = an.sentence_norm((ci, si));
            let mut who = subject_after(v, n, before);
            if who == Who::Nobody {
                let base = info.sentence_ranges[si].0;
                who = authority_by_name(v, n, |a, b| {
                    let (a, b) = info.norm.original(base + a, base + b);
                    clause.text.get(a..b).unwrap_or("")
                });
            }
            // The buyer named as the doer binds the buyer, though the sentence names the vendor as an object
            // (« Le changement de prestataire est préparé par le service informatique »).
            let buyer_acts =
                who == Who::Nobody && buyer_as_agent(v, n, !clause.cells.is_empty()) == Who::Buyer;
            if buyer_acts {
                who = Who::Buyer;
            }
            if who != Who::Nobody {
                before = Some(who);
            }
            if asks_nothing(v, s, n, who) {
                continue;
            }
            // A cell under « Pièce attendue », « Réf. » or « Conformité » names where the answer goes or how it is
            // numbered (« | R5 | … n'en ajoute aucun sans l'autorisation écrite préalable | accord de sous-traitance
            // | »): the requirement is the row's other cells, not a second requirement on the same line.
            if super::facts::cell_in_columns(clause, s.start, &v.reference_columns) {
                continue;
            }
            let base = info.sentence_ranges[si].0;
            let hits = an.sentence_hits((ci, si));
            if s.modality == Some(Modality::Recommandation)
                || (s.modality == Some(Modality::Permission)
                    && !permissions_are_the_buyer_s(v, n, base, hits, |a, b| {
                        let (a, b) = info.norm.original(a, b);
                        clause.text.get(a..b).unwrap_or("")
                    }))
            {
                continue;
            }
            let written = clause.text.get(s.start..s.end).unwrap_or("");
            // A table row « | Suppression des requêtes … | 30 jours au plus après leur création | » states its
            // requirement in one cell and its threshold in the next: the row is read as one sentence.
            let row = with_threshold_cells(v, clause, si);
            let original = row.as_deref().unwrap_or(written);
            let row_norm = row.as_deref().map(|r| normalize(r).text);
            let n = row_norm.as_deref().unwrap_or(n);
            let delays = super::facts::delays(original);
            let hours: Vec<u32> = delays.iter().map(|d| d.2).collect();
            let dtext = delays
                .first()
                .and_then(|d| original.get(d.0..d.1))
                .unwrap_or("")
                .trim()
                .to_owned();
            let found = needs_of(v, n, original, &hours, &dtext);
            if found.is_empty() {
                continue;
            }
            let addressed = (!buyer_acts && names_vendor(lx, an, ci, si))
                || addressed_to_vendor(v, who, lead.as_deref(), title.as_deref());
            if !addressed {
                continue;
            }
            let sspan = clause.source_span(s.start, s.end);
            let text = clause.text.get(s.start..s.end).unwrap_or("");
            // A sentence that only restates the needs of the previous one (« … hébergées dans l'Union. Aucun
            // transfert hors de l'Union n'est admis. ») belongs to the same requirement; a sentence with a new
            // point starts a new one (numbered rules written in one paragraph).
            let continues =
                !needs.is_empty() && found.iter().all(|nd| needs.iter().any(|x| x.same_kind(nd)));
            if !continues {
                if let Some(span) = span.take() {
                    out.push(Requirement {
                        clause: ci,
                        span,
                        article: super::section_name(doc, section),
                        excerpt: std::mem::take(&mut first_text),
                        needs: std::mem::take(&mut needs),
                    });
                }
                first_text = excerpt(text, 90);
            }
            span = Some(span.map_or(sspan, |x| x.cover(sspan)));
            for nd in found {
                if !needs.iter().any(|x| x.same_kind(&nd)) {
                    needs.push(nd);
                }
            }
        }
        if let Some(span) = span {
            out.push(Requirement {
                clause: ci,
                span,
                article: super::section_name(doc, section),
                excerpt: first_text,
                needs,
            });
        }
    }
    out
}

/// The text of a table cell followed by the threshold cells of its row (« | Notification au Syndicat d'une
/// violation | 24 heures au plus après sa découverte | »): later cells that set a duration and ask nothing on their
/// own. `None` outside tables, or when no such cell follows.
fn with_threshold_cells(v: &Vocab, clause: &Clause, si: usize) -> Option<String> {
    let s = clause.sentences.get(si)?;
    let k = clause
        .cells
        .iter()
        .position(|&(a, b)| a <= s.start && s.start < b)?;
    let mut text = clause.text.get(s.start..s.end)?.trim_end().to_owned();
    let mut joined = false;
    for &(a, b) in &clause.cells[k + 1..] {
        let cell = clause.text.get(a..b).unwrap_or("").trim();
        let delays = super::facts::delays(cell);
        if delays.is_empty() || super::facts::cell_in_columns(clause, a, &v.reference_columns) {
            continue;
        }
        let hours: Vec<u32> = delays.iter().map(|d| d.2).collect();
        let own = cell.get(delays[0].0..delays[0].1).unwrap_or("").trim();
        if !needs_of(v, &normalize(cell).text, cell, &hours, own).is_empty() {
            continue;
        }
        text = format!("{} : {cell}", text.trim_end_matches(['.', ';', ':', ' ']));
        joined = true;
    }
    joined.then_some(text)
}

/// An annex whose heading names the vendor (« Annexe au cahier des charges : engagements du titulaire »), or a
/// section under one, lists what the vendor commits to: its clauses bind like articles, though an annex is context
/// for the rest of the charter.
fn commitments_annex(doc: &Charter, section: Option<usize>) -> bool {
    let v = Vocab::global();
    let mut at = section;
    while let Some(i) = at {
        let sec = &doc.sections[i];
        if v.vendor_subjects.any(&normalize(&sec.title).text) {
            return true;
        }
        at = sec.parent;
    }
    false
}

/// The first characters of a text, on a word boundary, with an ellipsis when cut.
pub(crate) fn excerpt(text: &str, max: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let flat = flat.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    if flat.chars().count() <= max {
        return flat.to_owned();
    }
    let cut: String = flat.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// Why a need is met, unmet or unclear, in French and English (`data/procurement/verdicts.toml`).
#[derive(serde::Deserialize)]
struct WhyText {
    fr: String,
    en: String,
}

const VERDICTS_TOML: &str = include_str!("../../data/procurement/verdicts.toml");

static WHY: LazyLock<std::collections::HashMap<String, WhyText>> = LazyLock::new(|| {
    toml::from_str(VERDICTS_TOML).expect("embedded data/procurement/verdicts.toml is valid")
});

/// The text of a verdict key in a language, with its `{placeholders}` filled. An unknown key gives the key itself
/// (a test checks that every key the code uses exists).
fn why_text(key: &str, lang: Lang, args: &[(&str, &str)]) -> String {
    let Some(w) = WHY.get(key) else {
        return key.to_owned();
    };
    let mut text = lang.pick(&w.fr, &w.en).to_owned();
    for (name, value) in args {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// Every key of the verdict texts (tests).
#[cfg(test)]
fn why_keys() -> Vec<&'static str> {
    let mut keys: Vec<&'static str> = WHY.keys().map(String::as_str).collect();
    keys.sort_unstable();
    keys
}

/// What a kind's judge reads: the need, the offer's facts and its text.
struct Judging<'a> {
    need: &'a Need,
    f: &'a OfferFacts,
    text: &'a str,
}

impl Judging<'_> {
    /// An outcome whose texts are the verdict `key`, with the same arguments in both languages.
    fn says(
        &self,
        status: Status,
        key: &str,
        args: &[(&str, &str)],
        evidence: Option<Span>,
    ) -> Outcome {
        self.says_each(status, key, args, args, evidence)
    }
    /// An outcome whose arguments differ by language.
    fn says_each(
        &self,
        status: Status,
        key: &str,
        fr: &[(&str, &str)],
        en: &[(&str, &str)],
        evidence: Option<Span>,
    ) -> Outcome {
        Outcome::new(
            self.need,
            status,
            why_text(key, Lang::Fr, fr),
            why_text(key, Lang::En, en),
            evidence,
        )
    }
    /// The offer text under a span, shortened for a message.
    fn quote(&self, span: Span) -> String {
        super::short_quote(self.text.get(span.start..span.end).unwrap_or(""))
    }
}

/// Judges one need against the offer's facts: one function per kind of need.
pub(crate) fn judge(need: &Need, f: &OfferFacts, offer_text: &str) -> Outcome {
    let j = Judging {
        need,
        f,
        text: offer_text,
    };
    match need {
        Need::Hosting { places, support } => judge_hosting(&j, places, *support),
        Need::Extraterritorial {
            secnumcloud,
            or_declaration,
        } => judge_extraterritorial(&j, *secnumcloud, *or_declaration),
        Need::NoTraining { strict, evaluation } => judge_training(&j, *strict, *evaluation),
        Need::Dpa => judge_present(
            &j,
            f.dpa.first(),
            "dpa_present",
            "dpa_absent",
            Aspect::Processors,
        ),
        Need::Subprocessors => judge_present(
            &j,
            f.subprocessors.first(),
            "sous_traitants_listes",
            "sous_traitants_absents",
            Aspect::Processors,
        ),
        Need::SubprocessorApproval => match f.subprocessor_approval.first() {
            Some(s) => j.says(Status::Met, "sous_traitants_autorisation", &[], Some(*s)),
            None => j.says(
                Status::Unmet,
                "sous_traitants_sans_autorisation",
                &[],
                f.subprocessors.first().copied(),
            ),
        },
        Need::Reversibility {
            formats,
            either,
            free,
            anytime,
            open,
        } => judge_reversibility(&j, formats, *either, *free, *anytime, *open),
        Need::Environment(wanted) => judge_environment(&j, wanted),
        Need::AiAct { marking } => judge_present(
            &j,
            marking
                .then(|| {
                    let ai_e = Vocab::global().entry(Aspect::AiAct);
                    f.ai_act.iter().find(|s| {
                        let n = normalize(offer_text.get(s.start..s.end).unwrap_or("")).text;
                        super::facts::marks_generated_content(ai_e, &n)
                    })
                })
                .flatten()
                .or(f.ai_act.first()),
            "ai_act_present",
            "ai_act_absent",
            Aspect::AiAct,
        ),
        Need::Retention {
            hours,
            at_least,
            exact,
            logs,
            text,
        } => judge_retention(&j, *hours, (*at_least, *exact), *logs, text),
        Need::Certification { iso, hds } => judge_certification(&j, *iso, *hds),
        Need::Language { items } => judge_language(&j, items),
        Need::Breach { hours, text } => judge_breach(&j, *hours, text),
        Need::OpenSource => judge_present(
            &j,
            f.open_source.first(),
            "licence_libre",
            "licence_absente",
            Aspect::OpenSource,
        ),
        Need::Deadline { kind, hours, text } => judge_deadline(&j, *kind, *hours, text),
        Need::ModelNamed => judge_model(&j),
        Need::Topic { kind, hundredths } => judge_topic(&j, *kind, *hundredths),
    }
}

/// A kind of requirement beyond the checklist: met by a committed sentence about it that does not fall short (with
/// the charter's percentage at least, for a kind that compares one); unmet when the offer says it falls short or
/// gives a lower percentage, or says nothing of it; unclear when it speaks of it without committing or without a
/// figure.
fn judge_topic(j: &Judging<'_>, kind: usize, wanted: Option<u32>) -> Outcome {
    let Some(k) = Vocab::global().topics.get(kind) else {
        return j.says(Status::Unclear, "exigence_muette", &[("quoi", "")], None);
    };
    let exigence = wanted.map(super::topics::percent_text).unwrap_or_default();
    let say = |status: Status, key: &str, valeur: &str, at: Option<Span>| {
        let citation = at.map(|s| j.quote(s)).unwrap_or_default();
        let (exigence, citation) = (exigence.as_str(), citation.as_str());
        j.says_each(
            status,
            key,
            &[
                ("quoi", &k.name),
                ("valeur", valeur),
                ("exigence", exigence),
                ("citation", citation),
            ],
            &[
                ("quoi", &k.name_en),
                ("valeur", valeur),
                ("exigence", exigence),
                ("citation", citation),
            ],
            at,
        )
    };
    let said: Vec<_> = j.f.topics.iter().filter(|t| t.kind == kind).collect();
    let sound = said.iter().filter(|t| t.committed && !t.contrary);
    match wanted {
        None => {
            // « aucun plan n'est prévu » denies it; a percentage is bounded by its negation (« jamais inférieure à »).
            if let Some(t) = sound.clone().find(|t| !t.negated || k.negation_answers) {
                return say(Status::Met, "exigence_tenue", "", Some(t.span));
            }
        }
        Some(limit) => {
            if let Some(t) = sound
                .clone()
                .find(|t| t.hundredths.is_some_and(|h| h >= limit))
            {
                return say(Status::Met, "exigence_chiffre_tenu", &t.text, Some(t.span));
            }
            if let Some(t) = said
                .iter()
                .find(|t| t.hundredths.is_some_and(|h| h < limit))
            {
                return say(
                    Status::Unmet,
                    "exigence_chiffre_insuffisant",
                    &t.text,
                    Some(t.span),
                );
            }
        }
    }
    if let Some(t) = said.iter().find(|t| t.contrary) {
        return say(Status::Unmet, "exigence_contraire", "", Some(t.span));
    }
    match (said.first(), wanted) {
        (Some(t), Some(_)) => say(Status::Unclear, "exigence_non_chiffree", "", Some(t.span)),
        (Some(t), None) => say(Status::Unclear, "exigence_evoquee", "", Some(t.span)),
        (None, _) => say(Status::Unmet, "exigence_muette", "", None),
    }
}

/// The model named with its version: met by such a sentence; unclear for a known family without a version
/// (« nous utilisons Mistral »); unmet when the offer names no model (« un modèle ouvert de 24 milliards de
/// paramètres »).
fn judge_model(j: &Judging<'_>) -> Outcome {
    match j.f.model.iter().find(|m| m.1).or(j.f.model.first()) {
        Some(&(at, true)) => j.says(Status::Met, "modele_nomme", &[], Some(at)),
        Some(&(at, false)) => j.says(Status::Unclear, "modele_sans_version", &[], Some(at)),
        None => j.says(Status::Unmet, "modele_non_nomme", &[], None),
    }
}

/// A deadline need: met by a delay of the same kind within the charter's (no longer, or for a notice no shorter);
/// unmet by a longer (shorter) one; unclear when the offer gives no figure for it.
fn judge_deadline(j: &Judging<'_>, kind: usize, limit: u32, wanted: &str) -> Outcome {
    let v = Vocab::global();
    let Some(k) = v.deadlines.get(kind) else {
        return j.says(Status::Unclear, "delai_muet", &[], None);
    };
    let stated: Vec<_> = j.f.deadlines.iter().filter(|d| d.kind == kind).collect();
    let ok = |h: u32| if k.at_least { h >= limit } else { h <= limit };
    let say = |status: Status, key: &str, delai: &str, at: Option<Span>| {
        j.says_each(
            status,
            key,
            &[("delai", delai), ("exigence", wanted), ("quoi", &k.name)],
            &[("delai", delai), ("exigence", wanted), ("quoi", &k.name_en)],
            at,
        )
    };
    if let Some(d) = stated.iter().find(|d| d.hours.is_some_and(ok)) {
        return say(Status::Met, "delai_tenu", &d.text, Some(d.span));
    }
    if let Some(d) = stated.iter().find(|d| d.hours.is_some()) {
        let key = if k.at_least {
            "delai_trop_court"
        } else {
            "delai_trop_long"
        };
        return say(Status::Unmet, key, &d.text, Some(d.span));
    }
    // The action without a figure is checked by hand (the delay may stand in an annex the offer refers to, or in
    // words no reader knows); silence on a deadline the charter sets is no commitment to it (docs/decisions.md).
    match stated.first() {
        Some(d) => say(Status::Unclear, "delai_non_chiffre", "", Some(d.span)),
        None => say(Status::Unmet, "delai_muet", "", None),
    }
}

/// A need met by one stated passage; unmet otherwise, pointing at the marketing phrase that pretends to answer.
fn judge_present(
    j: &Judging<'_>,
    found: Option<&Span>,
    met: &str,
    unmet: &str,
    aspect: Aspect,
) -> Outcome {
    match found {
        Some(s) => j.says(Status::Met, met, &[], Some(*s)),
        None => j.says(
            Status::Unmet,
            unmet,
            &[],
            j.f.marketing_for(aspect).map(|m| m.span),
        ),
    }
}

fn judge_hosting(j: &Judging<'_>, places: &[String], support: bool) -> Outcome {
    let f = j.f;
    let committed: Vec<_> = f.committed_places().collect();
    if let Some(p) = committed.iter().find(|p| p.zone.outside()) {
        return j.says(
            Status::Unmet,
            "hebergement_hors_union",
            &[("lieu", &p.name)],
            Some(p.span),
        );
    }
    // A requirement that rules out support from a third country is not met by support given from one, even
    // without access to the data (« le support de niveau 3 est assuré par l'équipe du groupe à Édimbourg »).
    if let Some((at, lieu)) = f.support_abroad.first().filter(|_| support) {
        return j.says(
            Status::Unmet,
            "hebergement_support_hors_union",
            &[("lieu", lieu)],
            Some(*at),
        );
    }
    let precise: Vec<_> = committed.iter().filter(|p| p.zone.inside()).collect();
    if let Some(first) = precise.first() {
        if !places.is_empty() {
            let wanted: Vec<String> = places.iter().map(|p| normalize(p).text).collect();
            // Countries and cities are compared with the places the charter names; « l'Union » (or « aucun
            // transfert hors de l'Union », read as the Union) only when the offer names no country or city.
            let named: Vec<_> = precise.iter().filter(|p| p.zone == Zone::Eu).collect();
            let outside = if named.is_empty() {
                precise.iter().find(|p| p.zone != Zone::Buyer)
            } else {
                named.into_iter().find(|p| !within(&wanted, &p.name))
            };
            if let Some(p) = outside {
                return j.says(
                    Status::Unmet,
                    "hebergement_hors_lieux_exiges",
                    &[("exiges", &places.join(", ")), ("lieu", &p.name)],
                    Some(p.span),
                );
            }
        }
        // A requirement that also rules out access from elsewhere is decided by what the offer says of that
        // access (« le support est assuré depuis Nantes ; aucun accès depuis un pays tiers »), when it says it.
        let access = support.then(|| f.support_access.first().copied()).flatten();
        // Hosted in the Union by a company under a non-EU law, with nothing said of where access comes from: the
        // access from a third country the requirement rules out is not excluded (« nos GPU chez notre partenaire
        // américain, dans sa région de Paris »).
        if let (true, None, Some(x)) = (support, access, f.exposure.first()) {
            return j.says(
                Status::Unmet,
                "hebergement_acces_non_exclu",
                &[("qui", &x.what)],
                Some(x.span),
            );
        }
        let decisive = access.unwrap_or(first.span);
        return j.says(Status::Met, "hebergement_union", &[], Some(decisive));
    }
    if let Some(p) = committed.iter().find(|p| p.zone == Zone::Europe) {
        // « en Europe », « un hébergement européen de confiance » is no commitment to the Union (Switzerland, the
        // United Kingdom are in Europe), let alone to a country (docs/decisions.md).
        return j.says(
            Status::Unmet,
            "hebergement_europe",
            &[("lieu", &p.name)],
            Some(p.span),
        );
    }
    let hint = f
        .hosting
        .iter()
        .find(|h| !h.committed)
        .map(|h| h.span)
        .or_else(|| f.marketing_for(Aspect::Hosting).map(|m| m.span));
    match hint {
        Some(s) => j.says(
            Status::Unmet,
            "hebergement_sans_engagement",
            &[("citation", &j.quote(s))],
            Some(s),
        ),
        None => j.says(Status::Unmet, "hebergement_muet", &[], None),
    }
}

fn judge_extraterritorial(j: &Judging<'_>, secnumcloud: bool, or_declaration: bool) -> Outcome {
    let f = j.f;
    if let Some(s) = f.self_hosted.first() {
        return j.says(Status::Met, "extraterritorial_chez_acheteur", &[], Some(*s));
    }
    if let Some(q) = f.secnumcloud_qualified() {
        return if q.service.is_some() || q.version.is_some() {
            j.says(Status::Met, "secnumcloud_indique", &[], Some(q.span))
        } else {
            j.says(Status::Unclear, "secnumcloud_sans_nom", &[], Some(q.span))
        };
    }
    let marketing = f.secnumcloud.iter().find(|s| !s.qualified).map(|s| s.span);
    // The other way the charter offers: a declaration that no non-EU law applies, when nothing in the offer
    // contradicts it (a subsidiary of a US group declaring itself immune is not believed).
    if or_declaration && f.exposure.is_empty() {
        if let Some(s) = f.immunity.first() {
            return j.says(Status::Met, "extraterritorial_immunite", &[], Some(*s));
        }
    }
    if secnumcloud {
        let at = marketing.or_else(|| f.exposure.first().map(|x| x.span));
        return match marketing {
            Some(s) => j.says(
                Status::Unmet,
                "secnumcloud_pretendu",
                &[("citation", &j.quote(s))],
                at,
            ),
            None => j.says(Status::Unmet, "secnumcloud_absent", &[], at),
        };
    }
    if let Some(x) = f.exposure.first() {
        return j.says(
            Status::Unmet,
            "extraterritorial_expose",
            &[("qui", &x.what)],
            Some(x.span),
        );
    }
    if let Some(s) = f.immunity.first() {
        return j.says(Status::Met, "extraterritorial_immunite", &[], Some(*s));
    }
    if let Some(s) = f.eu_jurisdiction.first() {
        return j.says(
            Status::Unclear,
            "extraterritorial_droit_europeen",
            &[],
            Some(*s),
        );
    }
    j.says(Status::Unmet, "extraterritorial_muet", &[], marketing)
}

fn judge_training(j: &Judging<'_>, strict: bool, evaluation: bool) -> Outcome {
    let t = &j.f.training;
    // Data put in a test or evaluation set is not training, but it is what a charter banning evaluation forbids.
    if let Some(s) = j.f.evaluation_use.first().filter(|_| evaluation) {
        if matches!(t.status, Training::No | Training::OptIn | Training::Silent) {
            return j.says(Status::Unmet, "entrainement_evaluation", &[], Some(*s));
        }
    }
    match t.status {
        Training::No => j.says(Status::Met, "entrainement_exclu", &[], t.span),
        Training::OptIn if !strict => j.says(Status::Met, "entrainement_sur_accord", &[], t.span),
        Training::OptIn => j.says(
            Status::Unmet,
            "entrainement_option_interdite",
            &[],
            t.option.or(t.span),
        ),
        Training::OptOut => j.says(Status::Unmet, "entrainement_par_defaut", &[], t.span),
        Training::Allowed => j.says(Status::Unmet, "entrainement_autorise", &[], t.span),
        Training::Silent => match j.f.marketing_for(Aspect::Training) {
            Some(m) => j.says(
                Status::Unmet,
                "entrainement_marketing",
                &[("citation", &m.phrase)],
                Some(m.span),
            ),
            None => j.says(Status::Unmet, "entrainement_muet", &[], None),
        },
    }
}

/// Formats in capitals, for a message.
fn format_list<'a>(formats: impl IntoIterator<Item = &'a String>) -> String {
    formats
        .into_iter()
        .map(|m| m.to_uppercase())
        .collect::<Vec<_>>()
        .join(", ")
}

#[expect(
    clippy::fn_params_excessive_bools,
    reason = "what a charter may ask of an export, each on or off"
)]
fn judge_reversibility(
    j: &Judging<'_>,
    formats: &[String],
    either: bool,
    free: bool,
    anytime: bool,
    open: bool,
) -> Outcome {
    let committed: Vec<_> = j.f.committed_exports().collect();
    let Some(first) = committed.first() else {
        return j.says(
            Status::Unmet,
            "export_absent",
            &[],
            j.f.export.first().map(|e| e.span),
        );
    };
    let at = Some(first.span);
    // An export that names no format and no plan does not show how data leaves the tool.
    if (open || !formats.is_empty()) && !committed.iter().any(|e| e.substantive) {
        return j.says(Status::Unmet, "export_sans_format", &[], at);
    }
    if free && committed.iter().any(|e| e.free == Some(false)) {
        return j.says(Status::Unmet, "export_payant", &[], at);
    }
    let open_offered: Vec<&String> = committed
        .iter()
        .flat_map(|e| e.open_formats.iter())
        .collect();
    let other_offered: Vec<&String> = committed
        .iter()
        .flat_map(|e| e.other_formats.iter())
        .collect();
    if open && open_offered.is_empty() && !other_offered.is_empty() {
        let list = format_list(other_offered.iter().copied());
        return j.says(
            Status::Unmet,
            "export_formats_fermes",
            &[("formats", &list)],
            at,
        );
    }
    let anytime_said = committed.iter().any(|e| e.anytime);
    if anytime && !anytime_said && committed.iter().all(|e| e.at_end) {
        return j.says(Status::Unmet, "export_fin_de_contrat", &[], at);
    }
    let offered = |x: &&String| open_offered.contains(x) || other_offered.contains(x);
    let missing: Vec<&String> = if either && formats.iter().any(|x| offered(&x)) {
        Vec::new()
    } else {
        formats.iter().filter(|x| !offered(x)).collect()
    };
    if !missing.is_empty() {
        let list = format_list(missing);
        return j.says(
            Status::Unclear,
            "export_formats_manquants",
            &[("formats", &list)],
            at,
        );
    }
    if anytime && !anytime_said {
        return j.says(Status::Unclear, "export_moment_non_dit", &[], at);
    }
    j.says(Status::Met, "export_prevu", &[], at)
}

fn judge_environment(j: &Judging<'_>, wanted: &Indicators) -> Outcome {
    let env = &j.f.environment;
    let Indicators {
        energy,
        carbon,
        method,
        per_request,
        pue,
        total,
        location_based,
        periodic,
    } = *wanted;
    let missing: Vec<&str> = [
        (
            energy && !env.energy_indicated(periodic),
            "environnement_energie",
        ),
        (
            carbon && !env.carbon_indicated(periodic),
            "environnement_emissions",
        ),
        (
            !energy && !carbon && !env.any_indicator(),
            "environnement_aucun_chiffre",
        ),
        (method && env.method.is_empty(), "environnement_methode"),
        (pue && env.pue.is_empty(), "environnement_pue"),
        (total && env.total.is_empty(), "environnement_kwh"),
        (
            location_based && env.location_based.is_empty(),
            "environnement_location_based",
        ),
    ]
    .iter()
    .filter(|(missing, _)| *missing)
    .map(|(_, key)| *key)
    .collect();
    // A requirement to report periodically (« chaque année, le titulaire déclare l'énergie consommée ») is proved
    // by the commitment to report the consumption, before a figure of the day.
    let reported = periodic.then(|| env.total.first().copied()).flatten();
    let at = reported
        .or_else(|| env.best_figure())
        .or_else(|| j.f.marketing_for(Aspect::Environment).map(|m| m.span));
    if !missing.is_empty() {
        let fr: Vec<String> = missing.iter().map(|k| why_text(k, Lang::Fr, &[])).collect();
        let en: Vec<String> = missing.iter().map(|k| why_text(k, Lang::En, &[])).collect();
        let fr: Vec<&str> = fr.iter().map(String::as_str).collect();
        return j.says_each(
            Status::Unmet,
            "environnement_manque",
            &[("manque", &join_fr(&fr))],
            &[("manque", &en.join(", "))],
            at,
        );
    }
    // A figure per request asked for is not met by a total (« la consommation totale du service en kWh »).
    if per_request && !env.per_request {
        return j.says(Status::Unmet, "environnement_pas_par_requete", &[], at);
    }
    j.says(
        Status::Met,
        "environnement_chiffre",
        &[],
        reported.or_else(|| env.best_quote()).or(at),
    )
}

/// Two periods within 3 % of each other are the same period (« douze mois » and « un an »: 360 and 365 days).
fn about_equal(a: u32, b: u32) -> bool {
    a.abs_diff(b).saturating_mul(100) <= a.max(b).saturating_mul(3)
}

/// A retention need: `bounds` is (a minimum, the period itself); otherwise a maximum.
fn judge_retention(
    j: &Judging<'_>,
    hours: Option<u32>,
    bounds: (bool, bool),
    logs: bool,
    text: &str,
) -> Outcome {
    let (at_least, exact) = bounds;
    let f = j.f;
    let relevant: Vec<_> = f
        .retention
        .iter()
        .filter(|r| {
            if logs {
                r.kind == DataKind::Logs
            } else {
                matches!(r.kind, DataKind::Content | DataKind::Other)
            }
        })
        .collect();
    let Some(limit) = hours else {
        return match relevant.first() {
            Some(r) => j.says(
                Status::Met,
                "conservation_indiquee",
                &[("duree", &r.text)],
                Some(r.span),
            ),
            None => j.says(Status::Unmet, "conservation_absente", &[], None),
        };
    };
    let Some(first) = relevant.first() else {
        return j.says(
            Status::Unmet,
            "conservation_absente_exigee",
            &[("exigence", text)],
            f.retention.first().map(|r| r.span),
        );
    };
    // The messages say « au plus » or « au moins » themselves: the charter's own bound word is not repeated
    // (« exigence : au plus 30 jours », not « au plus 30 jours au plus »).
    let text = &without_bound(text);
    if let Some(r) = (!logs && !at_least)
        .then(|| backups_kept_longer(j, limit))
        .flatten()
    {
        return j.says(
            Status::Unmet,
            "conservation_sauvegardes_trop_longue",
            &[("duree", &r.text), ("exigence", text)],
            Some(r.span),
        );
    }
    let short = |r: &&&super::facts::Retention| r.hours < limit && !about_equal(r.hours, limit);
    let long = |r: &&&super::facts::Retention| r.hours > limit && !about_equal(r.hours, limit);
    let bad = relevant
        .iter()
        .find(|r| (at_least || exact) && short(r) || !at_least && long(r));
    match bad {
        Some(r) => {
            let key = match (r.hours < limit, r.hours) {
                (true, 0) => "conservation_suppression_immediate",
                (true, _) => "conservation_trop_courte",
                (false, _) => "conservation_trop_longue",
            };
            j.says(
                Status::Unmet,
                key,
                &[("duree", &r.text), ("exigence", text)],
                Some(r.span),
            )
        }
        None => j.says(
            Status::Met,
            "conservation_conforme",
            &[("duree", &first.text)],
            Some(first.span),
        ),
    }
}

/// A breach-notification need: any commitment to notify when the charter gives no figure; else a deadline no longer
/// than the charter's (« 72 heures » does not meet « dans un délai de 48 heures »), and a promise without a figure
/// (« dans les meilleurs délais ») does not meet a figure either.
/// A backup that keeps the data past the limit: its own period is longer, or a rolling one (« 30 jours en
/// rolling », « 35 jours glissants ») starts when the data is purged from production and adds to its period (a
/// conversation purged on day 30 lives on in the backups 30 days more).
fn backups_kept_longer<'f>(j: &Judging<'f>, limit: u32) -> Option<&'f super::facts::Retention> {
    let content =
        j.f.retention
            .iter()
            .filter(|r| r.kind == DataKind::Content)
            .map(|r| r.hours)
            .max()
            .unwrap_or(0);
    j.f.retention
        .iter()
        .filter(|r| r.kind == DataKind::Backups)
        .find(|r| {
            let said = normalize(j.text.get(r.span.start..r.span.end).unwrap_or("")).text;
            let rolling = ["glissant", "rolling"].iter().any(|w| said.contains(w));
            let kept = r.hours + if rolling { content } else { 0 };
            kept > limit && !about_equal(kept, limit)
        })
}

fn judge_breach(j: &Judging<'_>, limit: Option<u32>, wanted: &str) -> Outcome {
    let f = j.f;
    let Some(first) = f.breach.first() else {
        return judge_present(
            j,
            None,
            "violations_notifiees",
            "violations_muet",
            Aspect::Breach,
        );
    };
    let Some(limit) = limit else {
        return j.says(Status::Met, "violations_notifiees", &[], Some(first.span));
    };
    if let Some(b) = f
        .breach
        .iter()
        .find(|b| b.hours.is_some_and(|h| h <= limit))
    {
        return j.says(
            Status::Met,
            "violations_dans_le_delai",
            &[("delai", &b.text)],
            Some(b.span),
        );
    }
    match f.breach.iter().find(|b| b.hours.is_some()) {
        Some(b) => j.says(
            Status::Unmet,
            "violations_delai_trop_long",
            &[("delai", &b.text), ("exigence", wanted)],
            Some(b.span),
        ),
        None => j.says(
            Status::Unmet,
            "violations_delai_non_chiffre",
            &[("exigence", wanted)],
            Some(first.span),
        ),
    }
}

fn judge_certification(j: &Judging<'_>, iso: bool, hds: bool) -> Outcome {
    let f = j.f;
    let miss_iso = iso && f.iso27001.is_empty() && f.secnumcloud_qualified().is_none();
    let miss_hds = hds && f.hds.is_empty();
    let at = f.iso27001.first().or(f.hds.first()).copied();
    let what = match (miss_iso, miss_hds) {
        (false, false) => return j.says(Status::Met, "certification_indiquee", &[], at),
        (true, true) => "ISO/IEC 27001 et HDS",
        (true, false) => "ISO/IEC 27001",
        (false, true) => "HDS",
    };
    j.says_each(
        Status::Unmet,
        "certification_absente",
        &[("quoi", what)],
        &[("quoi", &what.replace(" et ", " and "))],
        at,
    )
}

fn judge_language(j: &Judging<'_>, items: &[LangItem]) -> Outcome {
    let f = j.f;
    let mut bad: Vec<(&str, LangItem)> = Vec::new();
    let mut at = None;
    for item in items {
        let said: Vec<_> = f
            .language
            .iter()
            .filter(|l| l.items.contains(item))
            .collect();
        if let Some(l) = said.iter().find(|l| l.french) {
            at = at.or(Some(l.span));
        } else if let Some(l) = said.iter().find(|l| l.other) {
            at = Some(at.map_or(l.span, |a: Span| a.min(l.span)));
            bad.push(("langue_element_autre", *item));
        } else {
            bad.push(("langue_element_non_precise", *item));
        }
    }
    if bad.is_empty() {
        return j.says(Status::Met, "langue_francais", &[], at);
    }
    let stated_other = bad.iter().any(|(k, _)| *k == "langue_element_autre");
    let unclear = bad.iter().any(|(k, _)| *k == "langue_element_non_precise");
    let status = if stated_other || !unclear || f.language.is_empty() {
        Status::Unmet
    } else {
        Status::Unclear
    };
    let list = |lang: Lang| {
        bad.iter()
            .map(|(k, item)| why_text(k, lang, &[("element", item.label(lang == Lang::En))]))
            .collect::<Vec<_>>()
            .join(", ")
    };
    j.says_each(
        status,
        "langue_pas_en_francais",
        &[("elements", &list(Lang::Fr))],
        &[("elements", &list(Lang::En))],
        at,
    )
}

/// True when an offer's place lies within the places a charter names: the same place, or a French region or city
/// when the charter asks for France (« en France », « sur le territoire national »).
fn within(wanted: &[String], place: &str) -> bool {
    let p = normalize(place).text;
    let french = &Vocab::global().french_places;
    wanted.contains(&p) || (wanted.iter().all(|w| french.at_start(w)) && french.at_start(&p))
}

fn join_fr(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [a] => (*a).to_owned(),
        [rest @ .., last] => format!("{} ni {}", rest.join(", "), last),
    }
}

/// Judges every requirement against the offer.
pub(crate) fn evaluate(
    reqs: &[Requirement],
    f: &OfferFacts,
    offer_text: &str,
) -> Vec<RequirementResult> {
    reqs.iter()
        .map(|r| {
            let outcomes: Vec<Outcome> = r.needs.iter().map(|n| judge(n, f, offer_text)).collect();
            let status = outcomes
                .iter()
                .map(|o| o.status)
                .max()
                .unwrap_or(Status::Met);
            RequirementResult {
                requirement: r.clone(),
                status,
                outcomes,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bound_word_is_said_once() {
        assert_eq!(without_bound("30 jours au plus"), "30 jours");
        assert_eq!(without_bound("au maximum 12 mois"), "12 mois");
        assert_eq!(without_bound("30 jours"), "30 jours");
    }

    #[test]
    fn a_hosting_rule_that_rules_out_support_access_says_so() {
        let v = Vocab::global();
        let n = normalize("Les données sont hébergées dans l'Union européenne ; aucun accès de support n'est possible depuis un pays tiers.").text;
        assert_eq!(
            needs_of(v, &n, "", &[], ""),
            vec![Need::Hosting {
                places: vec![],
                support: true
            }]
        );
    }

    /// SecNumCloud asked only of a vendor that declares itself exposed leaves the declaration as the other way.
    #[test]
    fn secnumcloud_for_the_exposed_only_accepts_a_declaration() {
        let v = Vocab::global();
        let t = "Le titulaire déclare s'il est soumis à une législation d'un pays tiers permettant à une autorité étrangère d'accéder aux données ; dans l'affirmative, l'hébergement est assuré sur une offre qualifiée SecNumCloud.";
        let needs = needs_of(v, &normalize(t).text, t, &[], "");
        assert!(
            needs.contains(&Need::Extraterritorial {
                secnumcloud: true,
                or_declaration: true
            }),
            "{needs:?}"
        );
    }

    /// Formats joined by « ou » are a choice; the PUE, a consumption in kWh and the « location-based » approach
    /// are indicators of their own.
    #[test]
    fn charters_name_alternatives_and_indicators() {
        let v = Vocab::global();
        let needs = |t: &str| needs_of(v, &normalize(t).text, t, &[], "");
        assert!(matches!(
            &needs("L'outil permet à tout moment l'export des conversations dans un format ouvert (JSON, CSV ou Markdown).")[..],
            [Need::Reversibility { either: true, .. }]
        ));
        assert!(matches!(
            &needs("Le prestataire permet l'export aux formats JSON et CSV.")[..],
            [Need::Reversibility { either: false, .. }]
        ));
        let env = needs("Le titulaire communique l'énergie consommée par requête et l'indicateur d'efficacité énergétique (PUE) du centre de données.");
        assert!(
            matches!(&env[..], [Need::Environment(i)] if i.pue && i.per_request && !i.total && !i.location_based),
            "{env:?}"
        );
        let env = needs("Le prestataire déclare chaque année l'électricité consommée (en kWh) et les émissions calculées selon une approche « location-based ».");
        assert!(
            matches!(&env[..], [Need::Environment(i)] if i.total && i.location_based && !i.pue),
            "{env:?}"
        );
    }

    /// One need of every kind, with the parameters that reach every branch of its judge.
    fn every_need() -> Vec<Need> {
        vec![
            Need::Hosting {
                places: Vec::new(),
                support: false,
            },
            Need::Hosting {
                support: false,
                places: vec!["France".to_owned()],
            },
            Need::Extraterritorial {
                secnumcloud: true,
                or_declaration: false,
            },
            Need::Extraterritorial {
                secnumcloud: true,
                or_declaration: true,
            },
            Need::Extraterritorial {
                secnumcloud: false,
                or_declaration: false,
            },
            Need::NoTraining {
                strict: true,
                evaluation: false,
            },
            Need::NoTraining {
                strict: false,
                evaluation: true,
            },
            Need::Dpa,
            Need::Subprocessors,
            Need::SubprocessorApproval,
            Need::Reversibility {
                formats: vec!["csv".to_owned()],
                either: false,
                free: true,
                anytime: true,
                open: true,
            },
            Need::Environment(Indicators {
                energy: true,
                carbon: true,
                method: true,
                per_request: true,
                pue: true,
                total: true,
                location_based: true,
                periodic: true,
            }),
            Need::Environment(Indicators::default()),
            Need::AiAct { marking: false },
            Need::Retention {
                hours: Some(30 * 24),
                at_least: false,
                exact: false,
                logs: false,
                text: "30 jours".to_owned(),
            },
            Need::Retention {
                hours: Some(400 * 24),
                at_least: true,
                exact: false,
                logs: true,
                text: "un an".to_owned(),
            },
            Need::Retention {
                hours: None,
                at_least: false,
                exact: false,
                logs: false,
                text: String::new(),
            },
            Need::Certification {
                iso: true,
                hds: true,
            },
            Need::Language {
                items: LangItem::ALL.to_vec(),
            },
            Need::Breach {
                hours: Some(48),
                text: "48 heures".to_owned(),
            },
            Need::Breach {
                hours: None,
                text: String::new(),
            },
            Need::OpenSource,
            Need::ModelNamed,
            Need::Topic {
                kind: 0,
                hundredths: Some(9950),
            },
            Need::Topic {
                kind: 1,
                hundredths: None,
            },
        ]
        .into_iter()
        .chain(
            (0..Vocab::global().deadlines.len()).map(|kind| Need::Deadline {
                kind,
                hours: 30 * 24,
                text: "trente jours".to_owned(),
            }),
        )
        .collect()
    }

    fn deadline_kind(id: &str) -> usize {
        Vocab::global()
            .deadlines
            .iter()
            .position(|k| k.id == id)
            .expect("kind")
    }

    #[test]
    fn deadlines_are_read_from_requirements_and_compared_by_kind() {
        let v = Vocab::global();
        let restitution = deadline_kind("restitution");
        let notice = deadline_kind("preavis_sous_traitants");
        let text = "L'outil permet à tout moment l'export des conversations dans un format ouvert (JSON) ; en fin de marché, le titulaire restitue l'ensemble des données dans un délai de trente jours, sans frais.";
        let needs = needs_of(v, &normalize(text).text, text, &[30 * 24], "trente jours");
        assert!(
            needs
                .iter()
                .any(|n| matches!(n, Need::Deadline { kind, hours, .. }
                if *kind == restitution && *hours == 30 * 24)),
            "{needs:?}"
        );
        let status = |kind: usize, wanted: u32, offered: Option<u32>| {
            let mut f = OfferFacts::empty(Vec::new());
            f.deadlines.push(super::super::facts::Deadline {
                kind,
                span: Span::new(0, 4),
                hours: offered,
                text: String::new(),
            });
            let need = Need::Deadline {
                kind,
                hours: wanted,
                text: String::new(),
            };
            judge(&need, &f, "text").status
        };
        assert_eq!(status(restitution, 30 * 24, Some(60 * 24)), Status::Unmet);
        assert_eq!(status(restitution, 30 * 24, Some(30 * 24)), Status::Met);
        assert_eq!(status(restitution, 30 * 24, None), Status::Unclear);
        // A notice is a minimum: fifteen days do not meet thirty.
        assert_eq!(status(notice, 30 * 24, Some(15 * 24)), Status::Unmet);
        assert_eq!(status(notice, 30 * 24, Some(45 * 24)), Status::Met);
        // Another kind's deadline does not answer: the offer says nothing of this one.
        let mut f = OfferFacts::empty(Vec::new());
        f.deadlines.push(super::super::facts::Deadline {
            kind: notice,
            span: Span::new(0, 4),
            hours: Some(24),
            text: String::new(),
        });
        let need = Need::Deadline {
            kind: restitution,
            hours: 30 * 24,
            text: String::new(),
        };
        assert_eq!(judge(&need, &f, "text").status, Status::Unmet);
    }

    /// Every verdict text comes from `verdicts.toml` with its placeholders filled, and every entry there is used.
    #[test]
    fn verdict_texts_are_data_and_all_used() {
        let keys = why_keys();
        assert!(keys.len() > 40, "{keys:?}");
        let source = include_str!("requirements.rs");
        for k in &keys {
            assert!(
                source.contains(&format!("\"{k}\"")),
                "unused verdict text {k}"
            );
            let w = &WHY[*k];
            assert!(!w.fr.trim().is_empty() && !w.en.trim().is_empty(), "{k}");
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut facts = vec![OfferFacts::empty(Vec::new())];
        let mut texts = vec![String::new()];
        for name in [
            "offre-plaquette-civia.md",
            "offre-saas-secnumcloud.md",
            "offre-libre-auto-hebergee.md",
        ] {
            let path = root.join("examples/offres").join(name);
            let bytes = std::fs::read(&path).expect("example offer");
            let parsed = crate::parse::parse_bytes(name, &bytes, crate::parse::Format::Markdown);
            let (Some(mut doc), Some(source)) = (parsed.charter, parsed.source) else {
                panic!("{name} does not parse");
            };
            let an = crate::analyze::analyze(&mut doc, Lexicon::global());
            facts.push(super::super::facts::extract(&doc, &an, Lexicon::global()));
            texts.push(source.text);
        }
        let mut seen = Vec::new();
        for (f, text) in facts.iter().zip(&texts) {
            for need in every_need() {
                let o = judge(&need, f, text);
                for why in [&o.why_fr, &o.why_en] {
                    assert!(!keys.contains(&why.as_str()), "missing verdict text {why}");
                    assert!(!why.contains('{') && !why.contains('}'), "unfilled: {why}");
                }
                seen.push(o.status);
            }
        }
        // Both ends are reached: something met and something unmet.
        for status in [Status::Met, Status::Unmet] {
            assert!(seen.contains(&status), "{status:?} never reached");
        }
    }

    /// The name a charter gives the authority (« Le Centre », capitalised after its article) makes the sentence the
    /// authority's own duty; a lower-case noun or an imposing verb does not.
    #[test]
    fn the_authority_named_by_the_charter_binds_itself() {
        let v = Vocab::global();
        let who = |t: &str| {
            let norm = normalize(t);
            authority_by_name(v, &norm.text, |a, b| {
                let (a, b) = norm.original(a, b);
                t.get(a..b).unwrap_or("")
            })
        };
        assert_eq!(
            who("Le Centre publie chaque année, dans son rapport d'activité, le nombre de requêtes."),
            Who::Buyer
        );
        assert_eq!(who("4. La Régie tient un registre des outils."), Who::Buyer);
        assert_eq!(
            who("Le service est disponible 99,5 % du temps."),
            Who::Nobody
        );
        assert_eq!(
            who("Le Centre exige un rapport mensuel du titulaire."),
            Who::Nobody
        );
    }

    /// A kind of requirement beyond the checklist (`[[exigence]]`): a charter sentence asks it with its percentage;
    /// the offer meets it with a rate at least as high, even bounded by a negation, falls short with a lower one or
    /// with « partiellement conforme », and leaves it unclear with a rate under a reservation or a mention alone (a
    /// negative sentence answers a kind that says so: a classification).
    #[test]
    fn topics_asked_by_the_charter_and_judged_on_the_offer() {
        let v = Vocab::global();
        let kind = |id: &str| v.topics.iter().position(|k| k.id == id).expect(id);
        let t = "Le service offre une disponibilité mensuelle d'au moins 99,5 %.";
        let needs = needs_of(v, &normalize(t).text, t, &[], "");
        let availability = Need::Topic {
            kind: kind("disponibilite"),
            hundredths: Some(9950),
        };
        assert_eq!(needs, std::slice::from_ref(&availability));
        let access = Need::Topic {
            kind: kind("accessibilite"),
            hundredths: None,
        };
        let status = |need: &Need, facts: &[(Option<u32>, bool, bool, bool)]| {
            let mut f = OfferFacts::empty(Vec::new());
            for &(hundredths, committed, negated, contrary) in facts {
                f.topics.push(super::super::facts::TopicFact {
                    kind: match need {
                        Need::Topic { kind, .. } => *kind,
                        _ => 0,
                    },
                    span: Span::new(0, 4),
                    hundredths,
                    text: hundredths
                        .map(super::super::topics::percent_text)
                        .unwrap_or_default(),
                    committed,
                    negated,
                    contrary,
                });
            }
            judge(need, &f, "Texte de l'offre").status
        };
        assert_eq!(
            status(&availability, &[(Some(9970), true, true, false)]),
            Status::Met
        );
        assert_eq!(
            status(&availability, &[(Some(9900), true, false, false)]),
            Status::Unmet
        );
        assert_eq!(
            status(&availability, &[(Some(9990), false, false, false)]),
            Status::Unclear
        );
        assert_eq!(
            status(&availability, &[(None, true, false, false)]),
            Status::Unclear
        );
        assert_eq!(status(&availability, &[]), Status::Unmet);
        assert_eq!(status(&access, &[(None, true, false, false)]), Status::Met);
        assert_eq!(status(&access, &[(None, true, false, true)]), Status::Unmet);
        assert_eq!(
            status(&access, &[(None, true, true, false)]),
            Status::Unclear
        );
        assert_eq!(status(&access, &[]), Status::Unmet);
        // « n'est pas un système à haut risque » classifies the system.
        let classification = Need::Topic {
            kind: kind("classification_ai_act"),
            hundredths: None,
        };
        assert_eq!(
            status(&classification, &[(None, true, true, false)]),
            Status::Met
        );
    }

    /// A sentence that sets a period for two kinds of data asks both; a period of logs set without « au plus » is
    /// the period itself; « douze mois » and « un an » are the same period.
    #[test]
    fn retention_needs_by_part_and_logs_kept_for_their_period() {
        let v = Vocab::global();
        let t = "Les requêtes et les réponses sont supprimées au plus tard quinze jours après leur création ; les journaux techniques sont conservés six mois, puis supprimés.";
        let needs = needs_of(
            v,
            &normalize(t).text,
            t,
            &[15 * 24, 180 * 24],
            "quinze jours",
        );
        let kinds: Vec<(bool, bool, Option<u32>)> = needs
            .iter()
            .filter_map(|n| match n {
                Need::Retention {
                    logs, exact, hours, ..
                } => Some((*logs, *exact, *hours)),
                _ => None,
            })
            .collect();
        assert_eq!(
            kinds,
            [(false, false, Some(15 * 24)), (true, true, Some(180 * 24))]
        );
        let status = |need: &Need, kept: u32| {
            let mut f = OfferFacts::empty(Vec::new());
            f.retention.push(super::super::facts::Retention {
                span: Span::new(0, 4),
                hours: kept,
                kind: DataKind::Logs,
                text: String::new(),
            });
            judge(need, &f, "text").status
        };
        let logs = Need::Retention {
            hours: Some(360 * 24),
            at_least: false,
            exact: true,
            logs: true,
            text: "douze mois".to_owned(),
        };
        assert_eq!(status(&logs, 365 * 24), Status::Met);
        assert_eq!(status(&logs, 90 * 24), Status::Unmet);
        assert_eq!(status(&logs, 730 * 24), Status::Unmet);
    }

    /// Backups kept past the limit fail a deletion requirement though production is purged in time; rolling
    /// backups start when production is purged and add to its period.
    #[test]
    fn backups_kept_longer_than_the_limit_fail_it() {
        let text = "Les conversations sont supprimées 30 jours après leur création. Les sauvegardes sont conservées 30 jours en rolling.";
        let status = |backups: u32, said: Span| {
            let mut f = OfferFacts::empty(Vec::new());
            for (span, hours, kind) in [
                (Span::new(0, 70), 30 * 24, DataKind::Content),
                (said, backups, DataKind::Backups),
            ] {
                f.retention.push(super::super::facts::Retention {
                    span,
                    hours,
                    kind,
                    text: String::new(),
                });
            }
            let need = Need::Retention {
                hours: Some(30 * 24),
                at_least: false,
                exact: false,
                logs: false,
                text: "30 jours".to_owned(),
            };
            judge(&need, &f, text).status
        };
        let rolling = Span::new(text.find("Les sauvegardes").unwrap_or(0), text.len());
        let plain = Span::new(0, 70);
        assert_eq!(status(30 * 24, rolling), Status::Unmet);
        assert_eq!(status(35 * 24, plain), Status::Unmet);
        // Backups kept fourteen days, not said to roll after the purge, stay within the limit.
        assert_eq!(status(14 * 24, plain), Status::Met);
    }

    /// The authority's label on its own writings is no AI Act requirement on the tool; the tool's marking is.
    #[test]
    fn a_label_on_the_authority_s_writings_is_not_asked_of_the_tool() {
        let v = Vocab::global();
        let need = |t: &str| needs_of(v, &normalize(t).text, t, &[], "");
        assert!(need("Les courriers de la Ville rédigés avec l'aide d'une IA portent la mention « préparé avec un outil d'IA ».").is_empty());
        assert_eq!(
            need("L'outil signale dans l'interface chaque contenu généré par l'IA."),
            vec![Need::AiAct { marking: true }]
        );
    }

    /// A met requirement quotes what the committee checks first: the prior authorisation of sub-processors rather
    /// than the agreement named before it, the period the logs are kept rather than the requests'.
    #[test]
    fn a_met_requirement_quotes_its_refining_need() {
        let met = |need: Need, at: usize| {
            Outcome::new(
                &need,
                Status::Met,
                "",
                "",
                Some(Span {
                    start: at,
                    end: at + 1,
                }),
            )
        };
        let r = RequirementResult {
            requirement: Requirement {
                clause: 0,
                span: Span { start: 0, end: 1 },
                excerpt: String::new(),
                article: String::new(),
                needs: vec![Need::Dpa, Need::SubprocessorApproval],
            },
            status: Status::Met,
            outcomes: vec![met(Need::Dpa, 10), met(Need::SubprocessorApproval, 20)],
        };
        assert_eq!(r.evidence().map(|s| s.start), Some(20));
        let retention = |logs| Need::Retention {
            hours: Some(24),
            at_least: logs,
            exact: false,
            logs,
            text: String::new(),
        };
        let r = RequirementResult {
            outcomes: vec![met(retention(false), 10), met(retention(true), 30)],
            ..r
        };
        assert_eq!(r.evidence().map(|s| s.start), Some(30));
    }

    /// The requirements of a charter written in Markdown.
    fn requirements_of(md: &str) -> Vec<Requirement> {
        let parsed =
            crate::parse::parse_bytes("c.md", md.as_bytes(), crate::parse::Format::Markdown);
        let mut doc = parsed.charter.expect("parses");
        let an = crate::analyze::analyze(&mut doc, Lexicon::global());
        extract(&doc, &an, Lexicon::global(), None)
    }

    /// A charter's annex of the vendor's commitments written as a checklist (« ☐ E1 … », one box a line, no blank
    /// line between them) binds the vendor: each box is its own requirement, a box addressed to the agents binds
    /// nobody in the offer, and a part of a sentence that denies (« ; aucune administration … depuis un pays
    /// extérieur à l'Union ») does not deny the place the part before requires.
    #[test]
    fn a_checklist_annex_of_the_vendor_s_commitments_binds_the_vendor() {
        let md = "# Charte\n\n## 3. Ce que chaque agent vérifie\n\n☐ A1 L'agent ne saisit aucune donnée de santé et relit chaque réponse.\n☐ A2 L'agent conserve ses requêtes 30 jours au plus.\n\n## 4. Annexe : engagements du titulaire\n\n☐ E1 Le titulaire héberge les données en France métropolitaine ; aucune administration n'a lieu depuis un pays extérieur à l'Union européenne.\n☐ E2 Le titulaire notifie toute violation de données dans un délai de 48 heures.\n";
        let reqs = requirements_of(md);
        assert_eq!(reqs.len(), 2, "{reqs:?}");
        assert!(
            matches!(&reqs[0].needs[..], [Need::Hosting { places, .. }] if places == &["france metropolitaine"]),
            "{reqs:?}"
        );
        assert!(
            matches!(
                &reqs[1].needs[..],
                [Need::Breach {
                    hours: Some(48),
                    ..
                }]
            ),
            "{reqs:?}"
        );
    }

    /// Requirements written as prose and as rows of an « Exigence | Seuil » table: a row's threshold cell belongs
    /// to its requirement; a row or a passive whose doer is the buyer (« … par le Syndicat », « … est préparé par
    /// le service informatique ») binds the buyer; an example (« Par exemple, … », « … relève ainsi … ») asks
    /// nothing; a negation after the place's part of the sentence does not deny it; « droit d'un État non membre
    /// de l'Union » names no place of hosting.
    #[test]
    fn prose_paragraphs_and_threshold_rows_are_read_as_requirements() {
        let md = "# Charte\n\n## Article 4 — Hébergement\n\nLes données du Syndicat confiées au prestataire sont hébergées et traitées en France, sauvegardes comprises, et aucune opération d'administration n'est conduite depuis un État extérieur à l'Union européenne.\n\nDans son offre, le candidat déclare si lui-même ou son hébergeur relève du droit d'un État non membre de l'Union européenne ; dans l'affirmative, le service est hébergé sur une offre qualifiée SecNumCloud.\n\nUne filiale établie en France d'une société dont le siège est aux États-Unis relève ainsi, à travers sa société mère, du droit américain.\n\n## Article 6 — Engagements chiffrés\n\n| Exigence | Seuil |\n|---|---|\n| Notification au Syndicat d'une violation de données personnelles | 24 heures au plus après sa découverte |\n| Formation des agents par le Syndicat avant l'ouverture de leur compte | 2 heures |\n\n## Article 8 — Réversibilité\n\nLe changement de prestataire est préparé par le service informatique six mois avant l'échéance du marché.\n";
        let reqs = requirements_of(md);
        let needs: Vec<&Need> = reqs.iter().flat_map(|r| &r.needs).collect();
        assert_eq!(reqs.len(), 3, "{reqs:?}");
        assert!(
            matches!(&reqs[0].needs[..], [Need::Hosting { places, .. }] if places == &["france"]),
            "{reqs:?}"
        );
        assert!(
            matches!(
                &reqs[1].needs[..],
                [Need::Extraterritorial {
                    or_declaration: true,
                    ..
                }]
            ),
            "{reqs:?}"
        );
        assert!(
            needs.iter().any(|n| matches!(
                n,
                Need::Breach {
                    hours: Some(24),
                    ..
                }
            )),
            "{reqs:?}"
        );
        assert!(
            !needs
                .iter()
                .any(|n| matches!(n, Need::Reversibility { .. })),
            "{reqs:?}"
        );
    }

    /// « ces chiffres » are figures, not encryption; an approach to choose (« location-based » ou « market-based »)
    /// requires neither.
    #[test]
    fn figures_to_update_ask_no_encryption_nor_one_approach() {
        let v = Vocab::global();
        let t = "Le candidat indique dans son offre l'énergie moyenne consommée par requête (Wh) et les émissions correspondantes (gCO2e), avec l'approche de calcul (« location-based » ou « market-based »), puis il actualise ces chiffres chaque année.";
        let needs = needs_of(v, &normalize(t).text, t, &[], "");
        assert!(
            matches!(&needs[..], [Need::Environment(i)] if !i.location_based && i.per_request),
            "{needs:?}"
        );
    }

    /// « …, et les journaux techniques au plus tard 12 mois après leur création » sets the logs' own period, though
    /// it shares the verb of the part before.
    #[test]
    fn a_part_after_and_sets_its_own_retention_period() {
        let v = Vocab::global();
        let t = "Les requêtes et les réponses sont supprimées au plus tard 30 jours après leur création, et les journaux techniques au plus tard 12 mois après leur création.";
        let needs = needs_of(v, &normalize(t).text, t, &[30 * 24], "30 jours");
        assert!(
            needs
                .iter()
                .any(|n| matches!(n, Need::Retention { logs: true, .. })),
            "{needs:?}"
        );
        assert!(
            needs
                .iter()
                .any(|n| matches!(n, Need::Retention { logs: false, .. })),
            "{needs:?}"
        );
    }

    /// The award criteria of a charter (« … compte pour 60 % de la note ; … un sous-critère « sobriété et empreinte
    /// environnementale » noté sur 10 points ») grade offers and require nothing of them.
    #[test]
    fn award_criteria_are_no_requirement() {
        let md = "# Charte\n\n## 5. Exigences et jugement des offres\n\nLe titulaire héberge les données en France.\n\nLa valeur technique compte pour 60 % de la note ; elle comprend un sous-critère « sobriété et empreinte environnementale » noté sur 10 points.\n";
        let reqs = requirements_of(md);
        assert_eq!(reqs.len(), 1, "{reqs:?}");
        assert!(
            matches!(&reqs[0].needs[..], [Need::Hosting { .. }]),
            "{reqs:?}"
        );
    }

    /// Judges `need` against an offer written in Markdown: the outcome and the passage it quotes.
    fn judged(need: &Need, offer: &str) -> (Outcome, String) {
        let parsed =
            crate::parse::parse_bytes("o.md", offer.as_bytes(), crate::parse::Format::Markdown);
        let mut doc = parsed.charter.expect("parses");
        let source = parsed.source.expect("source").text;
        let an = crate::analyze::analyze(&mut doc, Lexicon::global());
        let f = super::super::facts::extract(&doc, &an, Lexicon::global());
        let o = judge(need, &f, &source);
        let quoted = o
            .evidence
            .and_then(|s| source.get(s.start..s.end))
            .unwrap_or("")
            .to_owned();
        (o, quoted)
    }

    /// A requirement that the tool mark what it generates is met, with the offer's marking sentence as evidence
    /// rather than the notice handed over before it.
    #[test]
    fn a_marking_requirement_quotes_the_marking() {
        let v = Vocab::global();
        let t = "Le titulaire remet la notice d'utilisation, et l'outil signale les contenus qu'il génère.";
        let needs = needs_of(v, &normalize(t).text, t, &[], "");
        assert_eq!(needs, vec![Need::AiAct { marking: true }]);
        let offer = "# Offre\n\nLa notice d'utilisation prévue par le règlement (UE) 2024/1689 est remise avant la mise en service.\n\nChaque texte produit porte la mention « Généré par IA » dans l'interface.\n";
        let (o, quoted) = judged(&needs[0], offer);
        assert_eq!(o.status, Status::Met);
        assert!(quoted.contains("mention"), "{quoted}");
    }

    /// A charter that bans evaluating a model with the data is not met by an offer that refuses training but puts
    /// the buyer's answers or feedback in a test or evaluation set; a charter that bans only training is, and so is
    /// an evaluation set made of public texts.
    #[test]
    fn an_evaluation_set_fed_with_the_buyer_s_data_breaks_a_ban_on_evaluation() {
        let v = Vocab::global();
        let need = |t: &str| needs_of(v, &normalize(t).text, t, &[], "");
        let strict =
            need("Les données de la Ville ne servent ni à entraîner, ni à évaluer un modèle.");
        assert!(
            matches!(
                &strict[..],
                [Need::NoTraining {
                    evaluation: true,
                    ..
                }]
            ),
            "{strict:?}"
        );
        let loose = need("Les données de la Ville ne servent pas à entraîner un modèle.");
        assert!(
            matches!(
                &loose[..],
                [Need::NoTraining {
                    evaluation: false,
                    ..
                }]
            ),
            "{loose:?}"
        );
        let offer = "# Offre\n\nAucun entraînement n'est réalisé sur les contenus de la Ville. Les retours « pouce levé / pouce baissé » des agents, avec la question et la réponse, sont versés à notre banc d'évaluation qualité.\n";
        let (o, quoted) = judged(&strict[0], offer);
        assert_eq!(o.status, Status::Unmet, "{o:?}");
        assert!(quoted.contains("banc d'évaluation"), "{quoted}");
        assert_eq!(judged(&loose[0], offer).0.status, Status::Met);
        let public = "# Offre\n\nLes données de la Ville ne sont utilisées ni pour entraîner, ni pour évaluer un modèle ; nos jeux d'évaluation sont constitués exclusivement de textes publics.\n";
        assert_eq!(judged(&strict[0], public).0.status, Status::Met);
        // The users' feedback is the buyer's data: retraining a model on it is training.
        let feedback = "# Offre\n\nLes requêtes ne servent jamais à entraîner le modèle de langage. Les retours « pertinent / non pertinent » des juristes sont utilisés pour réentraîner chaque trimestre notre module de classement.\n";
        assert_eq!(judged(&loose[0], feedback).0.status, Status::Unmet);
    }

    /// Requirements worded in other words than the readable charters': each still becomes its need, and an offer that
    /// adds no sub-processor « sans l'accord écrit » of the buyer meets the prior written authorisation.
    #[test]
    fn requirements_in_other_words_become_needs() {
        let v = Vocab::global();
        let kinds = |t: &str| -> Vec<Aspect> {
            let durations: Vec<u32> = super::super::deadlines::delays(t)
                .iter()
                .map(|d| d.2)
                .collect();
            needs_of(v, &normalize(t).text, t, &durations, "")
                .iter()
                .map(Need::aspect)
                .collect()
        };
        for (t, aspect) in [
            ("Le prestataire localise l'ensemble des traitements en France.", Aspect::Hosting),
            ("Le fournisseur permet l'extraction de toutes les données dans un format ouvert.", Aspect::Reversibility),
            ("Le titulaire fournit la liste exhaustive de ses sous-traitants.", Aspect::Processors),
            ("Le titulaire ne recourt à un nouveau sous-traitant qu'après accord écrit de la Ville.", Aspect::Processors),
            ("Le fournisseur documente l'outil conformément au règlement européen sur l'IA.", Aspect::AiAct),
            ("Les journaux d'activité sont gardés pendant un an au minimum.", Aspect::Retention),
        ] {
            assert!(kinds(t).contains(&aspect), "{t}: {:?}", kinds(t));
        }
        let offer = "# Offre\n\nNotre seul sous-traitant ultérieur est Hexa SAS (hébergement, France) ; aucun autre sous-traitant ne sera ajouté sans l'accord écrit de la Ville.\n";
        assert_eq!(
            judged(&Need::SubprocessorApproval, offer).0.status,
            Status::Met
        );
        // A declaration that no foreign law can compel the vendor to hand over the data.
        let declared = "# Offre\n\nLumina SAS et OVH SAS sont des sociétés de droit français ; aucune loi étrangère ne peut les contraindre à livrer les données à une autorité d'un pays tiers.\n";
        let need = Need::Extraterritorial {
            secnumcloud: false,
            or_declaration: false,
        };
        assert_eq!(judged(&need, declared).0.status, Status::Met);
    }

    /// A requirement to report the consumption every year quotes the offer's commitment to report it, not the
    /// figure of the day.
    #[test]
    fn a_periodic_report_quotes_the_commitment_to_report() {
        let v = Vocab::global();
        let t = "Chaque année, le titulaire déclare l'électricité consommée par le service (kWh).";
        let needs = needs_of(v, &normalize(t).text, t, &[], "");
        assert!(
            matches!(&needs[..], [Need::Environment(i)] if i.periodic),
            "{needs:?}"
        );
        let offer = "# Offre\n\nUne requête consomme en moyenne 0,4 Wh.\n\nChaque année, nous transmettons à la Ville la consommation électrique du service en kWh.\n";
        let (o, quoted) = judged(&needs[0], offer);
        assert!(quoted.contains("kWh"), "{o:?}: {quoted}");
    }

    /// The buyer's right to object, in a later part of a vendor's duty, leaves the duty binding; a permission
    /// given to the vendor or to the data (« … peuvent être hébergées ») still makes the sentence no requirement.
    #[test]
    fn a_buyer_s_permission_leaves_the_vendor_s_duty_binding() {
        let needs = |text: &str| -> Vec<Need> {
            requirements_of(&format!(
                "# Charte\n\n## Exigences envers les titulaires\n\n{text}\n"
            ))
            .into_iter()
            .flat_map(|r| r.needs)
            .collect()
        };
        let found = needs("Le titulaire joint à son offre l'accord prévu à l'article 28 du RGPD ; il informe le Centre de tout changement, et le Centre peut s'y opposer.");
        assert!(found.contains(&Need::Dpa), "{found:?}");
        let found = needs("Le titulaire joint à son offre l'accord prévu à l'article 28 du RGPD ; le titulaire peut le remplacer par une attestation.");
        assert!(!found.contains(&Need::Dpa), "{found:?}");
        let found = needs("Les données peuvent être hébergées dans l'Union européenne.");
        assert!(found.is_empty(), "{found:?}");
    }

    /// A charter table's « Pièce attendue » column names the document the answer goes in: one requirement per row,
    /// without a second one made of the piece's name (« accord de sous-traitance »).
    #[test]
    fn the_expected_piece_of_a_charter_row_is_no_requirement() {
        let md = "# Charte\n\n## Exigences envers les titulaires\n\n| n° | Exigence | Pièce attendue |\n|---|---|---|\n| R5 | Le prestataire donne la liste de ses sous-traitants ultérieurs et n'en ajoute aucun sans l'autorisation écrite préalable du Syndicat. | accord de sous-traitance |\n";
        let reqs = requirements_of(md);
        assert_eq!(reqs.len(), 1, "{reqs:?}");
        assert!(!reqs[0].needs.contains(&Need::Dpa), "{:?}", reqs[0].needs);
        assert!(reqs[0].needs.contains(&Need::SubprocessorApproval));
    }

    /// A personal pronoun stands for the subject before it; an impersonal « il » for nobody.
    #[test]
    fn pronouns_take_the_subject_before() {
        let v = Vocab::global();
        let after = |t: &str, w| subject_after(v, &normalize(t).text, w);
        assert_eq!(
            after(
                "Elle publie chaque année la consommation électrique de ses services d'IA.",
                Some(Who::Buyer)
            ),
            Who::Buyer
        );
        assert_eq!(
            after(
                "Elle exige que les données soient hébergées en France.",
                Some(Who::Buyer)
            ),
            Who::Vendor
        );
        assert_eq!(
            after(
                "Il est exigé que les données soient hébergées en France.",
                Some(Who::Buyer)
            ),
            Who::Nobody
        );
        assert_eq!(
            after("Elle publie chaque année la consommation électrique.", None),
            Who::Nobody
        );
        assert_eq!(
            subject(v, "le syndicat publie la liste des outils"),
            Who::Buyer
        );
    }

    #[test]
    fn subjects() {
        let v = Vocab::global();
        assert_eq!(
            subject(v, "1. le fournisseur heberge les donnees"),
            Who::Vendor
        );
        assert_eq!(
            subject(v, "avant toute inscription, le referent evalue les risques"),
            Who::Buyer
        );
        assert_eq!(
            subject(
                v,
                "la commune exige que les donnees soient hebergees en france"
            ),
            Who::Vendor
        );
        assert_eq!(
            subject(v, "les donnees sont hebergees en france"),
            Who::Nobody
        );
        assert_eq!(
            subject(
                v,
                "le referent numerique publie chaque annee l'energie consommee"
            ),
            Who::Buyer
        );
    }

    #[test]
    fn needs_are_read_with_their_parameters() {
        let v = Vocab::global();
        let n = normalize("Les données sont hébergées en France ou dans un autre État de l'Union européenne ; aucun transfert hors de l'Union n'est admis.").text;
        assert_eq!(
            needs_of(v, &n, "", &[], ""),
            vec![Need::Hosting {
                places: vec![],
                support: false
            }]
        );
        let n = normalize(
            "Le fournisseur supprime les requêtes au plus tard 30 jours après leur création.",
        )
        .text;
        assert!(matches!(
            needs_of(v, &n, "", &[30 * 24], "30 jours")[..],
            [Need::Retention {
                hours: Some(720),
                at_least: false,
                exact: false,
                ..
            }]
        ));
        let n = normalize("Le fournisseur permet l'export des données dans des formats ouverts (CSV, JSON, ODT), sans frais.").text;
        assert!(
            matches!(&needs_of(v, &n, "", &[], "")[..], [Need::Reversibility { formats, free: true, .. }] if formats.len() == 3)
        );
    }

    #[test]
    fn the_model_version_as_a_field_of_a_log_asks_for_no_model_name() {
        let v = Vocab::global();
        let need = |t: &str| needs_of(v, &normalize(t).text, t, &[], "");
        assert!(
            need("Le titulaire indique le modèle d'IA utilisé, avec son nom et sa version.")
                .contains(&Need::ModelNamed)
        );
        assert!(!need(
            "L'outil enregistre pour chaque requête la date, l'heure, le compte de l'agent et la version du modèle."
        )
        .contains(&Need::ModelNamed));
    }

    #[test]
    fn breach_needs_carry_the_deadline_in_hours() {
        let v = Vocab::global();
        let need = |t: &str| needs_of(v, &normalize(t).text, t, &[], "");
        assert_eq!(
            need("Le titulaire notifie toute violation de données dans un délai de 48 heures."),
            vec![Need::Breach {
                hours: Some(48),
                text: "48 heures".to_owned()
            }]
        );
        // Two working days are four calendar days from a Thursday: they do not meet « 48 heures ».
        assert_eq!(
            need("Le titulaire notifie toute violation de données sous deux jours ouvrés."),
            vec![Need::Breach {
                hours: Some(96),
                text: "deux jours ouvrés".to_owned()
            }]
        );
        // « Sans délai » in a charter sets no figure an offer could be measured against.
        assert_eq!(
            need("Le titulaire notifie sans délai toute violation de données."),
            vec![Need::Breach {
                hours: None,
                text: String::new()
            }]
        );
    }

    /// The offer's deadline: its own figure, not the buyer's towards the CNIL; « sans délai » is zero, the words of
    /// the GDPR are no figure.
    #[test]
    fn offer_breach_deadlines() {
        let e = Vocab::global().entry(Aspect::Breach);
        let d = |t: &str| super::super::facts::breach_deadline(e, t, true);
        assert_eq!(
            d("Toute violation est notifiée sous 24 heures, afin de permettre à la commune de notifier la CNIL dans les 72 heures."),
            Some((24, "24 heures".to_owned()))
        );
        assert_eq!(
            d("Le responsable de traitement notifie la CNIL dans les 72 heures ; le titulaire l'informe dans un délai de soixante-douze heures."),
            Some((72, "soixante-douze heures".to_owned()))
        );
        assert_eq!(
            d("Le titulaire notifie toute violation sans délai."),
            Some((0, "sans délai".to_owned()))
        );
        assert_eq!(
            d("Le sous-traitant notifie toute violation dans les meilleurs délais."),
            None
        );
        assert_eq!(
            d("Le sous-traitant notifie toute violation sans délai injustifié."),
            None
        );
    }

    /// SecNumCloud offered as one way among others is no requirement of its own; a place after a word of law
    /// (« aucune législation extra-européenne ») qualifies the law, not where data is hosted.
    #[test]
    fn secnumcloud_as_an_alternative_and_places_of_laws() {
        let v = Vocab::global();
        let need = |t: &str| needs_of(v, &normalize(t).text, t, &[], "");
        assert_eq!(
            need("Le titulaire ne relève d'aucune législation extra-européenne, ou bien le service est qualifié SecNumCloud."),
            vec![Need::Extraterritorial {
                secnumcloud: true,
                or_declaration: true
            }]
        );
        assert_eq!(
            need("Le service est couvert par une certification ISO/IEC 27001 ou une qualification SecNumCloud."),
            vec![Need::Certification {
                iso: true,
                hds: false
            }]
        );
        assert_eq!(
            need("L'hébergement est assuré par un prestataire qualifié SecNumCloud."),
            vec![Need::Extraterritorial {
                secnumcloud: true,
                or_declaration: false
            }]
        );
        assert!(v
            .places_in(
                &normalize("aucune législation extra-européenne ni le droit de l'Union").text
            )
            .is_empty());
        assert_eq!(
            v.places_in(&normalize("hébergées hors de l'Union").text)
                .len(),
            1
        );
    }

    #[test]
    fn excerpts_cut_on_words() {
        assert_eq!(
            excerpt("1. Le fournisseur héberge les données", 90),
            "Le fournisseur héberge les données"
        );
        assert!(excerpt(&"mot ".repeat(50), 20).ends_with('…'));
    }
}
