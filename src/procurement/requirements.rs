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
use super::vocab::{Aspect, Terms, Vocab, Zone};
use crate::analyze::Analysis;
use crate::i18n::Lang;
use crate::lexicon::normalize::normalize;
use crate::lexicon::{Lexicon, Tag};
use crate::model::{Charter, Modality, SectionRole, Span};
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
pub enum Need {
    /// Hosting in these countries (empty = anywhere in the EU/EEA).
    Hosting {
        /// Named countries or cities (empty = the Union).
        places: Vec<String>,
    },
    /// Protection from non-EU law; SecNumCloud when named.
    Extraterritorial {
        /// SecNumCloud qualification required.
        secnumcloud: bool,
    },
    /// No training on the buyer's data.
    NoTraining {
        /// No option either way (« sans option », « par défaut »).
        strict: bool,
    },
    /// An art. 28 agreement.
    Dpa,
    /// A list of sub-processors.
    Subprocessors,
    /// Export of the data.
    Reversibility {
        /// Formats named by the charter.
        formats: Vec<String>,
        /// At no cost.
        free: bool,
        /// At any time.
        anytime: bool,
        /// In open formats.
        open: bool,
    },
    /// Environmental figures.
    Environment {
        /// Energy figure.
        energy: bool,
        /// Carbon figure.
        carbon: bool,
        /// Method stated.
        method: bool,
        /// Per request.
        per_request: bool,
    },
    /// AI Act information.
    AiAct,
    /// A retention period.
    Retention {
        /// The charter's duration in days (None = any stated period).
        days: Option<u32>,
        /// The charter sets a minimum, not a maximum.
        at_least: bool,
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
    Breach,
    /// Free software or open models.
    OpenSource,
}

impl Need {
    /// The checklist aspect of the need.
    pub fn aspect(&self) -> Aspect {
        match self {
            Need::Hosting { .. } => Aspect::Hosting,
            Need::Extraterritorial { .. } => Aspect::Extraterritorial,
            Need::NoTraining { .. } => Aspect::Training,
            Need::Dpa | Need::Subprocessors => Aspect::Processors,
            Need::Reversibility { .. } => Aspect::Reversibility,
            Need::Environment { .. } => Aspect::Environment,
            Need::AiAct => Aspect::AiAct,
            Need::Retention { .. } => Aspect::Retention,
            Need::Certification { .. } => Aspect::Certification,
            Need::Language { .. } => Aspect::Language,
            Need::Breach => Aspect::Breach,
            Need::OpenSource => Aspect::OpenSource,
        }
    }
    fn same_kind(&self, other: &Need) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }
}

/// A clause of the charter that binds vendors or tools.
#[derive(Debug, Clone)]
pub struct Requirement {
    /// Clause index in the charter.
    pub clause: usize,
    /// Span of the requirement sentences in the charter.
    pub span: Span,
    /// Short excerpt for messages.
    pub excerpt: String,
    /// What it needs.
    pub needs: Vec<Need>,
}

/// The verdict on one need.
#[derive(Debug, Clone)]
pub struct Outcome {
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
    pub fn why(&self, lang: Lang) -> &str {
        lang.pick(&self.why_fr, &self.why_en)
    }
}

/// A requirement and how the offer meets it.
#[derive(Debug, Clone)]
pub struct RequirementResult {
    /// The requirement.
    pub requirement: Requirement,
    /// Worst status of its needs.
    pub status: Status,
    /// One outcome per need.
    pub outcomes: Vec<Outcome>,
}

impl RequirementResult {
    /// The offer passage closest to the requirement: the evidence of the first failing need, else of any need.
    pub fn evidence(&self) -> Option<Span> {
        self.outcomes
            .iter()
            .filter(|o| o.status == self.status)
            .find_map(|o| o.evidence)
            .or_else(|| self.outcomes.iter().find_map(|o| o.evidence))
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

/// Leading numbering and list markers (« 1. », « 4.2 », « a) », « – »).
fn strip_numbering(n: &str) -> &str {
    let mut t = n.trim_start();
    loop {
        let before = t;
        t = t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ')' || c == '(');
        t = t.trim_start();
        if t.len() > 2 && t.as_bytes()[1] == b')' && t.as_bytes()[0].is_ascii_alphabetic() {
            t = t[2..].trim_start();
        }
        if t == before {
            return t;
        }
    }
}

/// Drops a leading adverbial phrase ending in a comma (« Avant toute inscription, le référent… »).
fn strip_adverbial(t: &str) -> &str {
    const OPENERS: &[&str] = &[
        "avant",
        "apres",
        "dans",
        "pour",
        "en ",
        "lors",
        "chaque",
        "au plus tard",
        "des ",
        "a compter",
        "a l'issue",
        "a la fin",
        "sauf",
        "si ",
        "lorsque",
        "une fois",
    ];
    if OPENERS.iter().any(|o| t.starts_with(o)) {
        if let Some(i) = t[..t.len().min(90)].find(',') {
            return t[i + 1..].trim_start();
        }
    }
    t
}

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

fn names_vendor(lx: &Lexicon, an: &Analysis, ci: usize, si: usize) -> bool {
    let Some(vendor) = lx.concept("actor.vendor") else {
        return false;
    };
    an.sentence_hits((ci, si))
        .iter()
        .any(|h| matches!(h.tag, Tag::Concept(c) if lx.is_a(c, vendor)))
}

/// What a normalised requirement sentence needs.
fn needs_of(v: &Vocab, n: &str, durations: &[u32], duration_text: &str) -> Vec<Need> {
    let mut out = Vec::new();
    let neg = negated(n);
    let e = |a| v.entry(a);
    // Hosting, with the zone required.
    if e(Aspect::Hosting).cues.any(n) {
        let mut union = false;
        let mut places = Vec::new();
        let escapes = ["quitt", "sort", "transf", "hors", "dehors"]
            .iter()
            .any(|w| n.contains(w));
        for (a, b, zone) in v.places.find(n) {
            if zone == Zone::Union && n[..a].ends_with('(') {
                continue;
            }
            match (neg, zone) {
                (true, Zone::Outside) => union = true,
                (_, Zone::Union | Zone::Eea | Zone::Europe) if !neg || escapes => union = true,
                (_, Zone::Eu) if !neg || escapes => places.push(n[a..b].to_owned()),
                _ => {}
            }
        }
        if union {
            out.push(Need::Hosting { places: Vec::new() });
        } else if !places.is_empty() {
            places.dedup();
            out.push(Need::Hosting { places });
        }
    }
    if e(Aspect::Extraterritorial).cues.any(n) {
        out.push(Need::Extraterritorial {
            secnumcloud: n.contains("secnumcloud"),
        });
    }
    if e(Aspect::Training).cues.any(n)
        && (n.contains("modele") || n.contains("donnees") || n.contains("ia"))
    {
        let strict = [
            "sans option",
            "aucune option",
            "par defaut",
            "quelle que soit",
            "sans qu'il soit necessaire",
            "sans action",
        ]
        .iter()
        .any(|w| n.contains(w));
        out.push(Need::NoTraining { strict });
    }
    let p = e(Aspect::Processors);
    if p.list("dpa").any(n) {
        out.push(Need::Dpa);
    }
    if n.contains("sous traitants ulterieurs")
        || n.contains("sous traitant ulterieur")
        || p.list("liste_annexee").any(n)
    {
        out.push(Need::Subprocessors);
    }
    let r = e(Aspect::Reversibility);
    if r.cues.any(n) {
        let mut formats: Vec<String> = r
            .list("formats_ouverts")
            .find(n)
            .into_iter()
            .chain(r.list("formats_autres").find(n))
            .map(|(a, b, _)| n[a..b].to_owned())
            .collect();
        formats.dedup();
        let open = n.contains("format ouvert")
            || n.contains("formats ouverts")
            || !r.list("formats_ouverts").find(n).is_empty();
        out.push(Need::Reversibility {
            formats,
            free: r.list("sans_frais").any(n),
            anytime: n.contains("a tout moment") || n.contains("a tout instant"),
            open,
        });
    }
    if e(Aspect::Environment).cues.any(n) {
        out.push(Need::Environment {
            energy: n.contains("energie") || n.contains("consommation") || n.contains(" wh"),
            carbon: [
                "co2",
                "carbone",
                "emissions",
                "gaz a effet de serre",
                "gco2",
            ]
            .iter()
            .any(|w| n.contains(w)),
            method: n.contains("methode") || n.contains("methodologie"),
            per_request: PER_REQUEST.is_match(n),
        });
    }
    if e(Aspect::AiAct).cues.any(n) {
        out.push(Need::AiAct);
    }
    let ret = e(Aspect::Retention);
    if ret.cues.any(n)
        && (!durations.is_empty()
            || n.contains("duree de conservation")
            || n.contains("durees de conservation"))
    {
        let at_least = [
            "au moins",
            "au minimum",
            "minimum de",
            "pas moins de",
            "pendant au moins",
        ]
        .iter()
        .any(|w| n.contains(w));
        out.push(Need::Retention {
            days: durations.first().copied(),
            at_least,
            logs: ret.list("journaux").any(n) && !ret.list("contenus").any(n),
            text: duration_text.to_owned(),
        });
    }
    let c = e(Aspect::Certification);
    let iso = c.list("iso27001").any(n);
    let hds = c.list("hds").any(n);
    if iso || hds {
        out.push(Need::Certification { iso, hds });
    }
    let l = e(Aspect::Language);
    if l.list("francais").any(n) {
        let items: Vec<LangItem> = LangItem::ALL
            .iter()
            .copied()
            .filter(|i| l.list(i.list()).any(n))
            .collect();
        if !items.is_empty() {
            out.push(Need::Language { items });
        }
    }
    if e(Aspect::Breach).cues.any(n) {
        out.push(Need::Breach);
    }
    if !neg && e(Aspect::OpenSource).cues.any(n) {
        out.push(Need::OpenSource);
    }
    out
}

/// Extracts the requirements of a charter. `only`: restrict to clauses of these sections (requirements quoted in an
/// offer); otherwise every clause outside context and definition sections.
pub fn extract(
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
                if role != SectionRole::Rules {
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
        for (si, s) in clause.sentences.iter().enumerate() {
            let n = an.sentence_norm((ci, si));
            if n.trim_end().ends_with('?') || s.conditional {
                continue;
            }
            if matches!(
                s.modality,
                Some(Modality::Permission | Modality::Recommandation)
            ) {
                continue;
            }
            let days: Vec<u32> = s.durations.iter().map(|d| d.value.approx_days()).collect();
            let dtext = s
                .durations
                .first()
                .and_then(|d| clause.text.get(d.start..d.end))
                .unwrap_or("")
                .trim()
                .to_owned();
            let found = needs_of(v, n, &days, &dtext);
            if found.is_empty() {
                continue;
            }
            let addressed = if names_vendor(lx, an, ci, si) {
                true
            } else {
                match subject(v, n) {
                    Who::Vendor => true,
                    Who::Buyer => false,
                    Who::Nobody => {
                        let from_lead = lead.as_deref().map(|l| {
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
                            _ => match title.as_deref() {
                                Some(t) if v.vendor_subjects.any(t) => true,
                                Some(t)
                                    if ["agents", "elus", "usages", "utilisateurs"]
                                        .iter()
                                        .any(|w| crate::analyze::contains_word(t, w)) =>
                                {
                                    false
                                }
                                _ => true,
                            },
                        }
                    }
                }
            };
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
        let _ = info;
        if let Some(span) = span {
            out.push(Requirement {
                clause: ci,
                span,
                excerpt: first_text,
                needs,
            });
        }
    }
    out
}

/// The first characters of a text, on a word boundary, with an ellipsis when cut.
pub fn excerpt(text: &str, max: usize) -> String {
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

fn days_text(days: u32, lang: Lang) -> String {
    match lang {
        Lang::Fr if days == 0 => "suppression immédiate".to_owned(),
        Lang::En if days == 0 => "immediate deletion".to_owned(),
        Lang::Fr => format!("{days} jours"),
        Lang::En => format!("{days} days"),
    }
}

/// Judges one need against the offer's facts.
pub fn judge(need: &Need, f: &OfferFacts, offer_text: &str) -> Outcome {
    let quote = |span: Span| -> String {
        super::short_quote(offer_text.get(span.start..span.end).unwrap_or(""))
    };
    match need {
        Need::Hosting { places } => {
            let committed: Vec<_> = f.committed_places().collect();
            if let Some(p) = committed.iter().find(|p| p.zone.outside()) {
                return Outcome::new(
                    need,
                    Status::Unmet,
                    format!(
                        "l'offre prévoit un traitement hors de l'Union (« {} »)",
                        p.name
                    ),
                    format!("the offer processes data outside the EU (\"{}\")", p.name),
                    Some(p.span),
                );
            }
            let precise: Vec<_> = committed.iter().filter(|p| p.zone.inside()).collect();
            if !precise.is_empty() {
                if !places.is_empty() {
                    let wanted: Vec<String> = places.iter().map(|p| normalize(p).text).collect();
                    let outside = precise
                        .iter()
                        .find(|p| p.zone != Zone::Buyer && !within(&wanted, &p.name));
                    if let Some(p) = outside {
                        return Outcome::new(
                            need,
                            Status::Unmet,
                            format!(
                                "la charte exige un hébergement en {} ; l'offre indique « {} »",
                                places.join(", "),
                                p.name
                            ),
                            format!(
                                "the charter requires hosting in {}; the offer says \"{}\"",
                                places.join(", "),
                                p.name
                            ),
                            Some(p.span),
                        );
                    }
                }
                return Outcome::new(
                    need,
                    Status::Met,
                    "hébergement dans l'Union",
                    "hosted in the EU",
                    Some(precise[0].span),
                );
            }
            if let Some(p) = committed.iter().find(|p| p.zone == Zone::Europe) {
                // « en Europe » may satisfy « dans l'Union » (unclear), never « en France ».
                let status = if places.is_empty() {
                    Status::Unclear
                } else {
                    Status::Unmet
                };
                return Outcome::new(
                    need,
                    status,
                    format!(
                        "l'offre dit « {} », ce qui ne garantit pas l'Union européenne",
                        p.name
                    ),
                    format!(
                        "the offer says \"{}\", which does not guarantee the EU",
                        p.name
                    ),
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
                Some(s) => Outcome::new(need, Status::Unmet,
                    format!("l'offre ne s'engage pas sur le lieu d'hébergement (« {} » n'est pas un engagement)", quote(s)),
                    format!("the offer makes no commitment on hosting (\"{}\" is not a commitment)", quote(s)),
                    Some(s)),
                None => Outcome::new(need, Status::Unmet, "l'offre ne dit pas où les données sont hébergées", "the offer does not say where data is hosted", None),
            }
        }
        Need::Extraterritorial { secnumcloud } => {
            if let Some(s) = f.self_hosted.first() {
                return Outcome::new(
                    need,
                    Status::Met,
                    "solution hébergée chez l'acheteur : aucun hébergeur tiers",
                    "hosted at the buyer's: no third-party host",
                    Some(*s),
                );
            }
            if let Some(q) = f.secnumcloud_qualified() {
                let named = q.service.is_some() || q.version.is_some();
                return Outcome::new(
                    need,
                    if named { Status::Met } else { Status::Unclear },
                    if named {
                        "qualification SecNumCloud indiquée".to_owned()
                    } else {
                        "qualification SecNumCloud annoncée sans nom de service ni version"
                            .to_owned()
                    },
                    if named {
                        "SecNumCloud qualification stated".to_owned()
                    } else {
                        "SecNumCloud qualification claimed with no service name or version"
                            .to_owned()
                    },
                    Some(q.span),
                );
            }
            let marketing = f.secnumcloud.iter().find(|s| !s.qualified).map(|s| s.span);
            if *secnumcloud {
                return Outcome::new(
                    need,
                    Status::Unmet,
                    match marketing {
                        Some(s) => format!(
                            "aucune qualification SecNumCloud (« {} » n'en est pas une)",
                            quote(s)
                        ),
                        None => "l'offre n'indique aucune qualification SecNumCloud".to_owned(),
                    },
                    "the offer states no SecNumCloud qualification",
                    marketing.or_else(|| f.exposure.first().map(|x| x.span)),
                );
            }
            if let Some(x) = f.exposure.first() {
                return Outcome::new(
                    need,
                    Status::Unmet,
                    format!(
                        "l'offre fait intervenir {} sans qualification SecNumCloud",
                        x.what
                    ),
                    format!(
                        "the offer involves {} with no SecNumCloud qualification",
                        x.what
                    ),
                    Some(x.span),
                );
            }
            if let Some(s) = f.immunity.first() {
                return Outcome::new(
                    need,
                    Status::Met,
                    "non-soumission aux lois extra-européennes déclarée",
                    "immunity from non-EU laws declared",
                    Some(*s),
                );
            }
            if let Some(s) = f.eu_jurisdiction.first() {
                return Outcome::new(
                    need,
                    Status::Unclear,
                    "sociétés de droit européen, sans déclaration de non-soumission",
                    "EU companies, no immunity declaration",
                    Some(*s),
                );
            }
            Outcome::new(
                need,
                Status::Unmet,
                "l'offre ne dit rien de l'exposition aux lois extra-européennes",
                "the offer says nothing about non-EU laws",
                marketing,
            )
        }
        Need::NoTraining { strict } => {
            let t = &f.training;
            match t.status {
                Training::No => Outcome::new(need, Status::Met, "engagement de non-entraînement", "no-training commitment", t.span),
                Training::OptIn if !strict => Outcome::new(need, Status::Met, "pas d'entraînement sans accord de l'acheteur", "no training without the buyer's consent", t.span),
                Training::OptIn => Outcome::new(need, Status::Unmet,
                    "l'entraînement peut être activé sur option, alors que la charte exclut toute option",
                    "training can be switched on, while the charter excludes any option", t.option.or(t.span)),
                Training::OptOut => Outcome::new(need, Status::Unmet,
                    "les données servent à l'entraînement par défaut ; l'acheteur doit le désactiver lui-même",
                    "data is used for training by default; the buyer must switch it off", t.span),
                Training::Allowed => Outcome::new(need, Status::Unmet,
                    "l'offre autorise l'entraînement sur les données de l'acheteur",
                    "the offer allows training on the buyer's data", t.span),
                Training::Silent => Outcome::new(need, Status::Unmet,
                    match f.marketing_for(Aspect::Training) { Some(m) => format!("l'offre ne dit rien de l'entraînement (« {} » n'en parle pas)", m.phrase), None => "l'offre ne dit rien de l'entraînement des modèles".to_owned() },
                    "the offer says nothing about training", f.marketing_for(Aspect::Training).map(|m| m.span)),
            }
        }
        Need::Dpa => match f.dpa.first() {
            Some(s) => Outcome::new(
                need,
                Status::Met,
                "accord de sous-traitance (art. 28)",
                "art. 28 agreement",
                Some(*s),
            ),
            None => Outcome::new(
                need,
                Status::Unmet,
                "aucun accord de sous-traitance (art. 28 du RGPD)",
                "no art. 28 agreement",
                f.marketing_for(Aspect::Processors).map(|m| m.span),
            ),
        },
        Need::Subprocessors => match f.subprocessors.first() {
            Some(s) => Outcome::new(
                need,
                Status::Met,
                "liste des sous-traitants ultérieurs",
                "sub-processor list",
                Some(*s),
            ),
            None => Outcome::new(
                need,
                Status::Unmet,
                "aucune liste des sous-traitants ultérieurs",
                "no sub-processor list",
                None,
            ),
        },
        Need::Reversibility {
            formats,
            free,
            anytime,
            open,
        } => {
            let committed: Vec<_> = f.committed_exports().collect();
            let Some(first) = committed.first() else {
                let neg = f.export.first().map(|e| e.span);
                return Outcome::new(
                    need,
                    Status::Unmet,
                    "l'offre ne prévoit ni export ni réversibilité",
                    "the offer provides no export or reversibility",
                    neg,
                );
            };
            if *free && committed.iter().any(|e| e.free == Some(false)) {
                return Outcome::new(
                    need,
                    Status::Unmet,
                    "l'export est facturé, alors que la charte l'exige sans frais",
                    "export is charged, the charter requires it free of charge",
                    Some(first.span),
                );
            }
            let open_offered: Vec<&String> = committed
                .iter()
                .flat_map(|e| e.open_formats.iter())
                .collect();
            let other_offered: Vec<&String> = committed
                .iter()
                .flat_map(|e| e.other_formats.iter())
                .collect();
            if *open && open_offered.is_empty() && !other_offered.is_empty() {
                let list = other_offered
                    .iter()
                    .map(|m| m.to_uppercase())
                    .collect::<Vec<_>>()
                    .join(", ");
                return Outcome::new(
                    need,
                    Status::Unmet,
                    format!("l'offre n'exporte que dans des formats non ouverts ({list})"),
                    format!("the offer only exports in non-open formats ({list})"),
                    Some(first.span),
                );
            }
            if *anytime
                && !committed.iter().any(|e| e.anytime)
                && committed.iter().all(|e| e.at_end)
            {
                return Outcome::new(
                    need,
                    Status::Unmet,
                    "l'offre ne prévoit l'export qu'en fin de contrat, alors que la charte l'exige à tout moment",
                    "the offer only exports at the end of the contract; the charter requires it at any time",
                    Some(first.span),
                );
            }
            let offered: Vec<String> = open_offered
                .into_iter()
                .chain(other_offered)
                .cloned()
                .collect();
            let missing: Vec<&String> = formats.iter().filter(|x| !offered.contains(x)).collect();
            if !formats.is_empty() && !missing.is_empty() {
                let list = missing
                    .iter()
                    .map(|m| m.to_uppercase())
                    .collect::<Vec<_>>()
                    .join(", ");
                return Outcome::new(
                    need,
                    Status::Unclear,
                    format!("formats exigés absents de l'offre : {list}"),
                    format!("required formats missing from the offer: {list}"),
                    Some(first.span),
                );
            }
            if *anytime && !committed.iter().any(|e| e.anytime) {
                return Outcome::new(
                    need,
                    Status::Unclear,
                    "l'offre ne dit pas que l'export est possible à tout moment",
                    "the offer does not say export is available at any time",
                    Some(first.span),
                );
            }
            Outcome::new(
                need,
                Status::Met,
                "export prévu",
                "export provided",
                Some(first.span),
            )
        }
        Need::Environment {
            energy,
            carbon,
            method,
            per_request,
        } => {
            let env = &f.environment;
            let mut missing_fr = Vec::new();
            let mut missing_en = Vec::new();
            if *energy && env.energy.is_empty() {
                missing_fr.push("l'énergie consommée");
                missing_en.push("energy");
            }
            if *carbon && env.carbon.is_empty() {
                missing_fr.push("les émissions");
                missing_en.push("emissions");
            }
            if !*energy && !*carbon && !env.any_figure() {
                missing_fr.push("tout indicateur chiffré");
                missing_en.push("any figure");
            }
            if *method && env.method.is_empty() {
                missing_fr.push("la méthode de calcul");
                missing_en.push("the method");
            }
            let at = env
                .first_figure()
                .or_else(|| f.marketing_for(Aspect::Environment).map(|m| m.span));
            if !missing_fr.is_empty() {
                return Outcome::new(
                    need,
                    Status::Unmet,
                    format!("l'offre n'indique pas {}", join_fr(&missing_fr)),
                    format!("the offer does not state {}", missing_en.join(", ")),
                    at,
                );
            }
            if *per_request && !env.per_request {
                return Outcome::new(
                    need,
                    Status::Unclear,
                    "chiffres donnés, mais pas par requête",
                    "figures given, but not per request",
                    at,
                );
            }
            Outcome::new(
                need,
                Status::Met,
                "indicateurs chiffrés et méthode",
                "figures and method",
                at,
            )
        }
        Need::AiAct => match f.ai_act.first() {
            Some(s) => Outcome::new(
                need,
                Status::Met,
                "informations AI Act",
                "AI Act information",
                Some(*s),
            ),
            None => Outcome::new(
                need,
                Status::Unmet,
                "aucune information de conformité au règlement sur l'IA",
                "no AI Act information",
                f.marketing_for(Aspect::AiAct).map(|m| m.span),
            ),
        },
        Need::Retention {
            days,
            at_least,
            logs,
            text,
        } => {
            let relevant: Vec<_> = f
                .retention
                .iter()
                .filter(|r| {
                    if *logs {
                        r.kind == DataKind::Logs
                    } else {
                        matches!(r.kind, DataKind::Content | DataKind::Other)
                    }
                })
                .collect();
            let Some(limit) = days else {
                return match relevant.first() {
                    Some(r) => Outcome::new(
                        need,
                        Status::Met,
                        format!("durée indiquée : {}", r.text),
                        format!("period stated: {}", r.text),
                        Some(r.span),
                    ),
                    None => Outcome::new(
                        need,
                        Status::Unmet,
                        "l'offre n'indique aucune durée de conservation",
                        "the offer states no retention period",
                        None,
                    ),
                };
            };
            if relevant.is_empty() {
                return Outcome::new(
                    need,
                    Status::Unmet,
                    format!("l'offre n'indique aucune durée de conservation (exigence : {text})"),
                    format!("the offer states no retention period (required: {text})"),
                    f.retention.first().map(|r| r.span),
                );
            }
            let bad = relevant.iter().find(|r| {
                if *at_least {
                    r.days < *limit
                } else {
                    r.days > *limit
                }
            });
            match bad {
                Some(r) => Outcome::new(
                    need,
                    Status::Unmet,
                    format!(
                        "l'offre conserve {} (exigence : {} {})",
                        if r.days == 0 {
                            days_text(0, Lang::Fr)
                        } else {
                            r.text.clone()
                        },
                        if *at_least { "au moins" } else { "au plus" },
                        text
                    ),
                    format!(
                        "the offer keeps data {} (required: {} {})",
                        if r.days == 0 {
                            days_text(0, Lang::En)
                        } else {
                            r.text.clone()
                        },
                        if *at_least { "at least" } else { "at most" },
                        text
                    ),
                    Some(r.span),
                ),
                None => Outcome::new(
                    need,
                    Status::Met,
                    format!("durée conforme : {}", relevant[0].text),
                    format!("period within the limit: {}", relevant[0].text),
                    Some(relevant[0].span),
                ),
            }
        }
        Need::Certification { iso, hds } => {
            let miss_iso = *iso && f.iso27001.is_empty() && f.secnumcloud_qualified().is_none();
            let miss_hds = *hds && f.hds.is_empty();
            let at = f.iso27001.first().or(f.hds.first()).copied();
            if miss_iso || miss_hds {
                let what = match (miss_iso, miss_hds) {
                    (true, true) => "ISO/IEC 27001 et HDS",
                    (true, false) => "ISO/IEC 27001",
                    _ => "HDS",
                };
                Outcome::new(
                    need,
                    Status::Unmet,
                    format!("certification absente : {what}"),
                    format!("missing certification: {what}"),
                    at,
                )
            } else {
                Outcome::new(
                    need,
                    Status::Met,
                    "certification indiquée",
                    "certification stated",
                    at,
                )
            }
        }
        Need::Language { items } => {
            let mut bad_fr = Vec::new();
            let mut bad_en = Vec::new();
            let mut at = None;
            let mut unclear = false;
            for item in items {
                let said: Vec<_> = f
                    .language
                    .iter()
                    .filter(|l| l.items.contains(item))
                    .collect();
                if said.iter().any(|l| l.french) {
                    at = at.or(said.iter().find(|l| l.french).map(|l| l.span));
                    continue;
                }
                if let Some(l) = said.iter().find(|l| l.other) {
                    at = Some(at.map_or(l.span, |a: Span| a.min(l.span)));
                    bad_fr.push(format!("{} (autre langue)", item.label(false)));
                    bad_en.push(format!("{} (other language)", item.label(true)));
                } else {
                    unclear = true;
                    bad_fr.push(format!("{} (langue non précisée)", item.label(false)));
                    bad_en.push(format!("{} (language not stated)", item.label(true)));
                }
            }
            if bad_fr.is_empty() {
                return Outcome::new(need, Status::Met, "français", "French", at);
            }
            let stated_other = bad_fr.iter().any(|b| b.contains("autre langue"));
            let status = if stated_other || !unclear || f.language.is_empty() {
                Status::Unmet
            } else {
                Status::Unclear
            };
            Outcome::new(
                need,
                status,
                format!("pas en français : {}", bad_fr.join(", ")),
                format!("not in French: {}", bad_en.join(", ")),
                at,
            )
        }
        Need::Breach => match f.breach.first() {
            Some(s) => Outcome::new(
                need,
                Status::Met,
                "notification des violations",
                "breach notification",
                Some(*s),
            ),
            None => Outcome::new(
                need,
                Status::Unmet,
                "l'offre ne s'engage pas à notifier les violations de données",
                "no breach notification commitment",
                None,
            ),
        },
        Need::OpenSource => match f.open_source.first() {
            Some(s) => Outcome::new(
                need,
                Status::Met,
                "licence libre indiquée",
                "free licence stated",
                Some(*s),
            ),
            None => Outcome::new(
                need,
                Status::Unmet,
                "aucune licence libre ni modèle ouvert indiqué",
                "no free licence or open model stated",
                None,
            ),
        },
    }
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
pub fn evaluate(reqs: &[Requirement], f: &OfferFacts, offer_text: &str) -> Vec<RequirementResult> {
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
            needs_of(v, &n, &[], ""),
            vec![Need::Hosting { places: vec![] }]
        );
        let n = normalize(
            "Le fournisseur supprime les requêtes au plus tard 30 jours après leur création.",
        )
        .text;
        assert!(matches!(
            needs_of(v, &n, &[30], "30 jours")[..],
            [Need::Retention {
                days: Some(30),
                at_least: false,
                ..
            }]
        ));
        let n = normalize("Le fournisseur permet l'export des données dans des formats ouverts (CSV, JSON, ODT), sans frais.").text;
        assert!(
            matches!(&needs_of(v, &n, &[], "")[..], [Need::Reversibility { formats, free: true, .. }] if formats.len() == 3)
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
