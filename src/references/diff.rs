//! `charte diff`: one charter against its nearest reference (or the one given). Picks the reference (topic
//! coverage and text similarity), aligns clauses (shared topics first, then word similarity), and reports the
//! topics the reference covers that the charter lacks, the clauses only the charter has, word-level diffs of
//! aligned clauses and the modality changes between them.
//!
//! Computing ([`diff`]) and rendering ([`render`]) are separate: the JSON format is the report itself.

use super::html::{esc, num, page};
use crate::corpus::text::{jaccard, round4, word_diff, word_similarity, Piece, WordBag};
use crate::corpus::{strength, Analysed, ClauseView, Corpus, Reference};
use crate::i18n::Lang;
use crate::model::{Modality, Topic};
use crate::output::escape::{markdown_text, terminal};
use crate::output::{Format, UnsupportedFormat};
use serde::Serialize;
use std::collections::BTreeSet;

/// Weight of the topic Jaccard index in the nearest-reference score (the rest is text similarity).
pub(crate) const TOPIC_WEIGHT: f64 = 0.6;

/// How one reference scores against the charter.
#[derive(Debug, Clone, Serialize)]
pub struct Candidate {
    /// Reference id.
    pub id: String,
    /// `Lyon (2025)`.
    pub label: String,
    /// Topics covered by both.
    pub shared_topics: usize,
    /// Topics covered by either.
    pub union_topics: usize,
    /// Jaccard index of the covered topics.
    pub topic_jaccard: f64,
    /// Cosine similarity of the content words.
    pub text_similarity: f64,
    /// `TOPIC_WEIGHT × jaccard + (1 − TOPIC_WEIGHT) × text`.
    pub score: f64,
}

/// A clause as shown in a diff.
#[derive(Debug, Clone, Serialize)]
pub struct ClauseRef {
    /// 1-based line in its file.
    pub line: usize,
    /// Title of the enclosing section.
    pub section: String,
    /// Clean text.
    pub text: String,
    /// Topics it covers.
    pub topics: Vec<Topic>,
    /// Its modality, if any.
    pub modality: Option<Modality>,
}

impl ClauseRef {
    fn of(c: &ClauseView) -> ClauseRef {
        ClauseRef {
            line: c.line,
            section: c.section.clone(),
            text: c.text.clone(),
            topics: c.topics.clone(),
            modality: c.modality,
        }
    }
}

/// What kind of modality change an aligned pair shows (from the reference to the charter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    /// The charter binds less (« doit » → « peut », « interdit » → « déconseillé »).
    Affaiblissement,
    /// The charter binds more.
    Renforcement,
    /// Obligation where the reference forbids, or the reverse.
    Inversion,
}

impl ChangeKind {
    /// Label for people.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ChangeKind::Affaiblissement => lang.pick("affaiblissement", "weakening"),
            ChangeKind::Renforcement => lang.pick("renforcement", "strengthening"),
            ChangeKind::Inversion => lang.pick("inversion", "reversal"),
        }
    }
}

/// A modality change between aligned clauses.
#[derive(Debug, Clone, Serialize)]
pub struct ModalityChange {
    /// Modality in the reference.
    pub reference: Modality,
    /// Modality in the charter.
    pub charter: Modality,
    /// Weakening, strengthening or reversal.
    pub kind: ChangeKind,
}

/// The change from `reference` to `charter`, when both state a norm and they differ.
pub(crate) fn modality_change(
    reference: Option<Modality>,
    charter: Option<Modality>,
) -> Option<ModalityChange> {
    let (r, c) = (reference?, charter?);
    if r == c || r == Modality::Constat || c == Modality::Constat {
        return None;
    }
    let kind = match strength(Some(c)).cmp(&strength(Some(r))) {
        std::cmp::Ordering::Less => ChangeKind::Affaiblissement,
        std::cmp::Ordering::Greater => ChangeKind::Renforcement,
        std::cmp::Ordering::Equal => ChangeKind::Inversion,
    };
    Some(ModalityChange {
        reference: r,
        charter: c,
        kind,
    })
}

/// Two clauses aligned by the diff.
#[derive(Debug, Clone, Serialize)]
pub struct Aligned {
    /// The charter's clause.
    pub charter: ClauseRef,
    /// The reference's clause.
    pub reference: ClauseRef,
    /// Topics both cover.
    pub shared_topics: Vec<Topic>,
    /// Word similarity (the `similar` ratio), 0 to 1.
    pub similarity: f64,
    /// Word-level diff from the reference to the charter.
    pub diff: Vec<Piece>,
    /// Modality change, if any.
    pub modality_change: Option<ModalityChange>,
}

/// A topic the reference covers and the charter does not, with the reference's clause.
#[derive(Debug, Clone, Serialize)]
pub struct MissingTopic {
    /// The topic.
    pub topic: Topic,
    /// French label.
    pub label: String,
    /// The first reference clause covering it.
    pub reference_clause: Option<ClauseRef>,
}

/// The reference a charter is compared with.
#[derive(Debug, Clone, Serialize)]
pub struct ReferenceSummary {
    /// Id (`lyon-2025`, or the file stem of `--against FILE`).
    pub id: String,
    /// `Lyon (2025)`.
    pub label: String,
    /// Body.
    pub organisme: String,
    /// Title of the original.
    pub titre_original: String,
    /// Date.
    pub date: String,
    /// URL.
    pub url: String,
    /// `modele-reconstitue` or `fourni-par-utilisateur`.
    pub nature: &'static str,
    /// Warning.
    pub avertissement: String,
    /// Path of the file.
    pub path: String,
}

/// How the reference was chosen.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    /// `given` (`--against`) or `nearest`.
    pub method: &'static str,
    /// Every reference's score, best first (empty with `--against FILE`).
    pub candidates: Vec<Candidate>,
}

/// The whole diff, as data (the JSON format serialises it with `version`).
#[derive(Debug, Clone, Serialize)]
pub struct DiffReport {
    /// Format version of the JSON.
    pub version: u32,
    /// The charter's path.
    pub charter: String,
    /// Its title.
    pub charter_title: Option<String>,
    /// The reference.
    pub reference: ReferenceSummary,
    /// How the reference was chosen.
    pub choice: Choice,
    /// Topics the reference covers and the charter does not.
    pub missing_topics: Vec<MissingTopic>,
    /// Topics the charter covers and the reference does not.
    pub extra_topics: Vec<Topic>,
    /// Aligned pairs, in the charter's order.
    pub aligned: Vec<Aligned>,
    /// Charter clauses with no counterpart in the reference.
    pub only_in_charter: Vec<ClauseRef>,
    /// Reference clauses with no counterpart in the charter.
    pub only_in_reference: Vec<ClauseRef>,
}

impl DiffReport {
    /// Aligned pairs whose modality changed.
    pub fn modality_changes(&self) -> impl Iterator<Item = &Aligned> {
        self.aligned.iter().filter(|a| a.modality_change.is_some())
    }
}

/// Scores every reference of the corpus against the charter, best first.
pub(crate) fn rank(charter: &Analysed, corpus: &Corpus) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = corpus
        .refs
        .iter()
        .map(|r| score(charter, &r.doc, &r.id, r.label()))
        .collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.id.cmp(&b.id)));
    out
}

fn score(charter: &Analysed, reference: &Analysed, id: &str, label: String) -> Candidate {
    let j = jaccard(&charter.topics, &reference.topics);
    let t = charter.bag.cosine(&reference.bag);
    Candidate {
        id: id.to_owned(),
        label,
        shared_topics: charter.topics.intersection(&reference.topics).count(),
        union_topics: charter.topics.union(&reference.topics).count(),
        topic_jaccard: round4(j),
        text_similarity: round4(t),
        score: round4(TOPIC_WEIGHT * j + (1.0 - TOPIC_WEIGHT) * t),
    }
}

/// Minimum word similarity for two clauses that share no topic to be aligned.
const TEXT_ONLY_THRESHOLD: f64 = 0.5;

/// Aligns the clauses: every pair sharing a topic or with close wording is a candidate; pairs are taken greedily,
/// best first (shared topics first, then word similarity), each clause at most once.
pub(crate) fn align(
    charter: &Analysed,
    reference: &Analysed,
) -> (Vec<Aligned>, Vec<ClauseRef>, Vec<ClauseRef>) {
    let bags_c: Vec<WordBag> = charter
        .clauses
        .iter()
        .map(|c| WordBag::from_texts([c.norm.as_str()]))
        .collect();
    let bags_r: Vec<WordBag> = reference
        .clauses
        .iter()
        .map(|c| WordBag::from_texts([c.norm.as_str()]))
        .collect();
    let mut pairs: Vec<(usize, f64, f64, usize, usize)> = Vec::new();
    for (i, c) in charter.clauses.iter().enumerate() {
        for (k, r) in reference.clauses.iter().enumerate() {
            let shared = c.topics.iter().filter(|t| r.topics.contains(t)).count();
            let cos = bags_c[i].cosine(&bags_r[k]);
            if shared == 0 && cos < 0.3 {
                continue;
            }
            let sim = word_similarity(&c.norm, &r.norm);
            if shared == 0 && sim < TEXT_ONLY_THRESHOLD {
                continue;
            }
            let ct: BTreeSet<Topic> = c.topics.iter().copied().collect();
            let rt: BTreeSet<Topic> = r.topics.iter().copied().collect();
            let j = jaccard(&ct, &rt);
            pairs.push((shared.min(1), j + sim, sim, i, k));
        }
    }
    pairs.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(b.1.total_cmp(&a.1))
            .then(a.3.cmp(&b.3))
            .then(a.4.cmp(&b.4))
    });
    let mut used_c = vec![false; charter.clauses.len()];
    let mut used_r = vec![false; reference.clauses.len()];
    let mut aligned: Vec<(usize, usize, f64)> = Vec::new();
    for (_, _, sim, i, k) in pairs {
        if used_c[i] || used_r[k] {
            continue;
        }
        used_c[i] = true;
        used_r[k] = true;
        aligned.push((i, k, sim));
    }
    aligned.sort_by_key(|&(i, k, _)| (i, k));
    let pairs = aligned
        .into_iter()
        .map(|(i, k, sim)| {
            let (c, r) = (&charter.clauses[i], &reference.clauses[k]);
            Aligned {
                charter: ClauseRef::of(c),
                reference: ClauseRef::of(r),
                shared_topics: c
                    .topics
                    .iter()
                    .filter(|t| r.topics.contains(t))
                    .copied()
                    .collect(),
                similarity: round4(sim),
                diff: word_diff(&r.text, &c.text),
                modality_change: modality_change(r.modality, c.modality),
            }
        })
        .collect();
    let only_c = charter
        .clauses
        .iter()
        .enumerate()
        .filter(|(i, _)| !used_c[*i])
        .map(|(_, c)| ClauseRef::of(c))
        .collect();
    let only_r = reference
        .clauses
        .iter()
        .enumerate()
        .filter(|(k, _)| !used_r[*k])
        .map(|(_, c)| ClauseRef::of(c))
        .collect();
    (pairs, only_c, only_r)
}

fn summary_of(r: &Reference) -> ReferenceSummary {
    ReferenceSummary {
        id: r.id.clone(),
        label: r.label(),
        organisme: r.organisme.clone(),
        titre_original: r.titre_original.clone(),
        date: r.date.clone(),
        url: r.url.clone(),
        nature: r.nature.id(),
        avertissement: r.avertissement.clone(),
        path: r.doc.path.clone(),
    }
}

/// Compares a charter with a reference: the given one, or the nearest of the corpus.
pub fn diff(
    charter: &Analysed,
    corpus: &Corpus,
    against: Option<&Reference>,
) -> Option<DiffReport> {
    let candidates = rank(charter, corpus);
    let (reference, choice) = if let Some(r) = against {
        let scored = if corpus.get(&r.id).is_some_and(|x| x.doc.path == r.doc.path) {
            candidates
        } else {
            vec![score(charter, &r.doc, &r.id, r.label())]
        };
        (
            r,
            Choice {
                method: "given",
                candidates: scored,
            },
        )
    } else {
        let best = candidates.first()?;
        (
            corpus.get(&best.id)?,
            Choice {
                method: "nearest",
                candidates,
            },
        )
    };
    let (aligned, only_in_charter, only_in_reference) = align(charter, &reference.doc);
    let missing_topics = reference
        .doc
        .topics
        .difference(&charter.topics)
        .map(|t| MissingTopic {
            topic: *t,
            label: t.label_fr().to_owned(),
            reference_clause: {
                let mut covering = reference
                    .doc
                    .clauses
                    .iter()
                    .filter(|c| c.topics.contains(t));
                let all: Vec<&ClauseView> = covering.by_ref().collect();
                all.iter()
                    .find(|c| !crate::corpus::text::is_lead(&c.text))
                    .or(all.first())
                    .map(|c| ClauseRef::of(c))
            },
        })
        .collect();
    let extra_topics = charter
        .topics
        .difference(&reference.doc.topics)
        .copied()
        .collect();
    Some(DiffReport {
        version: 1,
        charter: charter.path.clone(),
        charter_title: charter.charter.title.clone(),
        reference: summary_of(reference),
        choice,
        missing_topics,
        extra_topics,
        aligned,
        only_in_charter,
        only_in_reference,
    })
}

/// The formats of `diff`.
pub const FORMATS: &[Format] = &[Format::Human, Format::Markdown, Format::Json, Format::Html];

/// Renders a diff report.
pub fn render(
    report: &DiffReport,
    format: Format,
    lang: Lang,
    color: bool,
) -> Result<String, UnsupportedFormat> {
    Ok(match format {
        Format::Human => human(report, lang, color),
        Format::Markdown => markdown(report, lang),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(report).unwrap_or_default();
            s.push('\n');
            s
        }
        Format::Html => html(report, lang),
        Format::Sarif
        | Format::Github
        | Format::Short
        | Format::Csv
        | Format::CsvFr
        | Format::Docx => {
            return Err(UnsupportedFormat {
                format,
                what: "a diff",
            })
        }
    })
}

fn modality_label(m: Modality, lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => m.as_str(),
        Lang::En => match m {
            Modality::Obligation => "obligation",
            Modality::Interdiction => "prohibition",
            Modality::Permission => "permission",
            Modality::Recommandation => "recommendation",
            _ => "statement",
        },
    }
}

/// Why this reference: one sentence.
pub(crate) fn reason(report: &DiffReport, lang: Lang) -> String {
    let c = &report.choice;
    let own = c.candidates.iter().find(|x| x.id == report.reference.id);
    let Some(best) = own else {
        return lang
            .pick(
                "référence imposée par --against",
                "reference given with --against",
            )
            .to_owned();
    };
    let others: Vec<String> = c
        .candidates
        .iter()
        .filter(|x| x.id != best.id)
        .take(2)
        .map(|x| format!("{} {}", x.label, num(x.score, lang)))
        .collect();
    let base = if best.score <= 0.0 {
        lang.pick(
            "aucune référence ne partage de sujet ni de vocabulaire avec la charte : la première dans l'ordre des identifiants est retenue par défaut",
            "no reference shares a topic or words with the charter: the first one by id is used by default",
        )
        .to_owned()
    } else {
        match lang {
            Lang::Fr => format!(
                "{} en commun sur {} couverts par l'une ou l'autre (indice de Jaccard {}) ; similarité du vocabulaire {} (cosinus) ; score {}",
                crate::i18n::count(lang, best.shared_topics, ("sujet", "sujets"), ("topic", "topics")),
                best.union_topics,
                num(best.topic_jaccard, lang),
                num(best.text_similarity, lang),
                num(best.score, lang)
            ),
            Lang::En => format!(
                "{} in common out of {} covered by either (Jaccard index {}); word similarity {} (cosine); score {}",
                crate::i18n::count(lang, best.shared_topics, ("topic", "topics"), ("topic", "topics")),
                best.union_topics,
                num(best.topic_jaccard, lang),
                num(best.text_similarity, lang),
                num(best.score, lang)
            ),
        }
    };
    let lead = if c.method == "given" {
        lang.pick(
            "référence imposée par --against ; ",
            "reference given with --against; ",
        )
    } else {
        ""
    };
    if others.is_empty() || c.method == "given" || best.score <= 0.0 {
        format!("{lead}{base}")
    } else {
        format!(
            "{lead}{base} ; {} {}",
            lang.pick("suivantes :", "next:"),
            others.join(", ")
        )
    }
}

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

fn paint(s: &str, code: &str, color: bool) -> String {
    if color {
        format!("{code}{s}{RESET}")
    } else {
        s.to_owned()
    }
}

/// Leading blanks, the words, trailing blanks: markers wrap the words only.
fn ws_split(s: &str) -> (&str, &str, &str) {
    let core = s.trim();
    if core.is_empty() {
        return (s, "", "");
    }
    let start = s.len() - s.trim_start().len();
    let end = start + core.len();
    (&s[..start], core, &s[end..])
}

fn pieces_text(pieces: &[Piece], color: bool) -> String {
    let mut out = String::new();
    for p in pieces {
        let text = terminal(&p.text);
        let (lead, core, trail) = ws_split(&text);
        match p.op {
            "delete" => out.push_str(&format!(
                "{lead}{}{trail}",
                paint(&format!("[-{core}-]"), RED, color)
            )),
            "insert" => out.push_str(&format!(
                "{lead}{}{trail}",
                paint(&format!("{{+{core}+}}"), GREEN, color)
            )),
            _ => out.push_str(&text),
        }
    }
    out
}

/// The terminal text: everything that comes from a file goes through [`terminal`] (colour is charte's alone).
fn human(r: &DiffReport, lang: Lang, color: bool) -> String {
    let mut o = String::new();
    let head = |s: &str| paint(s, BOLD, color);
    o.push_str(&head(&format!(
        "{} {} {} {} [{}, {}]",
        lang.pick("Comparaison de", "Comparing"),
        terminal(&r.charter),
        lang.pick("avec", "with"),
        terminal(&r.reference.label),
        terminal(&r.reference.id),
        nature_label(r.reference.nature, lang)
    )));
    o.push('\n');
    o.push_str(&format!(
        "  {} {}\n",
        lang.pick("Pourquoi cette référence :", "Why this reference:"),
        terminal(&reason(r, lang))
    ));
    o.push_str(&format!(
        "  {} {}\n",
        lang.pick("Avertissement :", "Warning:"),
        terminal(&r.reference.avertissement)
    ));
    o.push('\n');
    o.push_str(&head(&format!(
        "{} ({})",
        lang.pick(
            "Sujets couverts par la référence et absents de la charte",
            "Topics the reference covers and the charter lacks"
        ),
        r.missing_topics.len()
    )));
    o.push('\n');
    if r.missing_topics.is_empty() {
        o.push_str(&format!("  {}\n", lang.pick("aucun", "none")));
    }
    for m in &r.missing_topics {
        o.push_str(&format!("  • {} ({})\n", m.topic.label(lang), m.topic.id()));
        if let Some(c) = &m.reference_clause {
            o.push_str(&paint(
                &format!(
                    "      {}, {} {} : « {} »\n",
                    terminal(&r.reference.label),
                    lang.pick("l.", "line"),
                    c.line,
                    terminal(&crate::corpus::text::shorten(&c.text, 200))
                ),
                DIM,
                color,
            ));
        }
    }
    o.push('\n');
    let changes: Vec<&Aligned> = r.modality_changes().collect();
    o.push_str(&head(&format!(
        "{} ({})",
        lang.pick("Changements de modalité", "Modality changes"),
        changes.len()
    )));
    o.push('\n');
    if changes.is_empty() {
        o.push_str(&format!("  {}\n", lang.pick("aucun", "none")));
    }
    for a in changes {
        let Some(m) = &a.modality_change else {
            continue;
        };
        let kind = m.kind.label(lang);
        let kind = if m.kind == ChangeKind::Affaiblissement {
            paint(kind, RED, color)
        } else {
            kind.to_owned()
        };
        o.push_str(&format!(
            "  • {} {} ↔ {} {} : {} → {} ({})\n",
            lang.pick("l.", "line"),
            a.charter.line,
            lang.pick("réf. l.", "ref. line"),
            a.reference.line,
            modality_label(m.reference, lang),
            modality_label(m.charter, lang),
            kind
        ));
        o.push_str(&format!("      {}\n", pieces_text(&a.diff, color)));
    }
    o.push('\n');
    o.push_str(&head(&format!(
        "{} ({})",
        lang.pick("Clauses alignées", "Aligned clauses"),
        r.aligned.len()
    )));
    o.push('\n');
    for a in &r.aligned {
        let topics: Vec<&str> = a.shared_topics.iter().map(|t| t.id()).collect();
        o.push_str(&format!(
            "  • {} {} ↔ {} {} — {} {}{}\n",
            lang.pick("l.", "line"),
            a.charter.line,
            lang.pick("réf. l.", "ref. line"),
            a.reference.line,
            lang.pick("similarité", "similarity"),
            num(a.similarity, lang),
            if topics.is_empty() {
                String::new()
            } else {
                format!(
                    " — {} {}",
                    lang.pick("sujets :", "topics:"),
                    topics.join(", ")
                )
            }
        ));
        o.push_str(&format!("      {}\n", pieces_text(&a.diff, color)));
    }
    o.push('\n');
    o.push_str(&head(&format!(
        "{} ({})",
        lang.pick(
            "Clauses propres à la charte",
            "Clauses only the charter has"
        ),
        r.only_in_charter.len()
    )));
    o.push('\n');
    for c in &r.only_in_charter {
        o.push_str(&format!(
            "  • {} {}{} « {} »\n",
            lang.pick("l.", "line"),
            c.line,
            if c.section.is_empty() {
                String::new()
            } else {
                format!(" [{}]", terminal(&c.section))
            },
            terminal(&crate::corpus::text::shorten(&c.text, 200))
        ));
    }
    if !r.extra_topics.is_empty() {
        o.push('\n');
        o.push_str(&head(&format!(
            "{} ({})",
            lang.pick(
                "Sujets couverts par la charte et pas par la référence",
                "Topics the charter covers and the reference does not"
            ),
            r.extra_topics.len()
        )));
        o.push('\n');
        let list: Vec<&str> = r.extra_topics.iter().map(|t| t.label(lang)).collect();
        o.push_str(&format!("  {}\n", list.join(" ; ")));
    }
    o
}

fn nature_label(id: &str, lang: Lang) -> &'static str {
    if id == "modele-reconstitue" {
        crate::corpus::Nature::ModeleReconstitue.label(lang)
    } else {
        crate::corpus::Nature::FourniParUtilisateur.label(lang)
    }
}

fn md_pieces(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for p in pieces {
        let (lead, core, trail) = ws_split(&p.text);
        let t = markdown_text(core);
        match p.op {
            "delete" => out.push_str(&format!("{lead}~~{t}~~{trail}")),
            "insert" => out.push_str(&format!("{lead}**{t}**{trail}")),
            _ => out.push_str(&markdown_text(&p.text)),
        }
    }
    out
}

fn markdown(r: &DiffReport, lang: Lang) -> String {
    let mut o = String::new();
    o.push_str(&format!(
        "# {} {} {} {}\n\n",
        lang.pick("Comparaison de", "Comparing"),
        markdown_text(&r.charter),
        lang.pick("avec", "with"),
        markdown_text(&r.reference.label)
    ));
    o.push_str(&format!(
        "- **{}** {} ({}, {})\n- **{}** {}\n- **{}** {}\n",
        lang.pick("Référence :", "Reference:"),
        markdown_text(&r.reference.titre_original),
        markdown_text(&r.reference.organisme),
        nature_label(r.reference.nature, lang),
        lang.pick("Pourquoi cette référence :", "Why this reference:"),
        markdown_text(&reason(r, lang)),
        lang.pick("Avertissement :", "Warning:"),
        markdown_text(&r.reference.avertissement)
    ));
    if !r.reference.url.is_empty() {
        o.push_str(&format!(
            "- **{}** <{}>\n",
            lang.pick("Source :", "Source:"),
            r.reference.url
        ));
    }
    o.push_str(&format!(
        "\n## {} ({})\n\n",
        lang.pick(
            "Sujets couverts par la référence et absents de la charte",
            "Topics the reference covers and the charter lacks"
        ),
        r.missing_topics.len()
    ));
    if r.missing_topics.is_empty() {
        o.push_str(&format!("{}\n", lang.pick("Aucun.", "None.")));
    }
    for m in &r.missing_topics {
        o.push_str(&format!(
            "- **{}** (`{}`)",
            m.topic.label(lang),
            m.topic.id()
        ));
        if let Some(c) = &m.reference_clause {
            o.push_str(&format!(
                " — {} {} : « {} »",
                lang.pick("l.", "line"),
                c.line,
                markdown_text(&c.text)
            ));
        }
        o.push('\n');
    }
    let changes: Vec<&Aligned> = r.modality_changes().collect();
    o.push_str(&format!(
        "\n## {} ({})\n\n",
        lang.pick("Changements de modalité", "Modality changes"),
        changes.len()
    ));
    if changes.is_empty() {
        o.push_str(&format!("{}\n", lang.pick("Aucun.", "None.")));
    }
    for a in &changes {
        if let Some(m) = &a.modality_change {
            o.push_str(&format!(
                "- {} {} ↔ {} {} : {} → {} (**{}**) — {}\n",
                lang.pick("l.", "line"),
                a.charter.line,
                lang.pick("réf. l.", "ref. line"),
                a.reference.line,
                modality_label(m.reference, lang),
                modality_label(m.charter, lang),
                m.kind.label(lang),
                md_pieces(&a.diff)
            ));
        }
    }
    o.push_str(&format!(
        "\n## {} ({})\n\n",
        lang.pick("Clauses alignées", "Aligned clauses"),
        r.aligned.len()
    ));
    o.push_str(lang.pick(
        "~~barré~~ : texte de la référence absent de la charte ; **gras** : texte propre à la charte.\n\n",
        "~~struck~~: reference text missing from the charter; **bold**: text only the charter has.\n\n",
    ));
    for a in &r.aligned {
        o.push_str(&format!(
            "- {} {} ↔ {} {} ({} {}) : {}\n",
            lang.pick("l.", "line"),
            a.charter.line,
            lang.pick("réf. l.", "ref. line"),
            a.reference.line,
            lang.pick("similarité", "similarity"),
            num(a.similarity, lang),
            md_pieces(&a.diff)
        ));
    }
    o.push_str(&format!(
        "\n## {} ({})\n\n",
        lang.pick(
            "Clauses propres à la charte",
            "Clauses only the charter has"
        ),
        r.only_in_charter.len()
    ));
    for c in &r.only_in_charter {
        o.push_str(&format!(
            "- {} {} : {}\n",
            lang.pick("l.", "line"),
            c.line,
            markdown_text(&c.text)
        ));
    }
    if !r.extra_topics.is_empty() {
        o.push_str(&format!(
            "\n## {} ({})\n\n",
            lang.pick(
                "Sujets couverts par la charte et pas par la référence",
                "Topics the charter covers and the reference does not"
            ),
            r.extra_topics.len()
        ));
        for t in &r.extra_topics {
            o.push_str(&format!("- {} (`{}`)\n", t.label(lang), t.id()));
        }
    }
    o
}

fn html_pieces(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for p in pieces {
        let (lead, core, trail) = ws_split(&p.text);
        match p.op {
            "delete" => out.push_str(&format!("{lead}<del>{}</del>{trail}", esc(core))),
            "insert" => out.push_str(&format!("{lead}<ins>{}</ins>{trail}", esc(core))),
            _ => out.push_str(&esc(&p.text)),
        }
    }
    out
}

fn html(r: &DiffReport, lang: Lang) -> String {
    let mut b = String::new();
    let title = format!(
        "{} {} {} {}",
        lang.pick("Comparaison de", "Comparing"),
        r.charter_title.as_deref().unwrap_or(&r.charter),
        lang.pick("avec", "with"),
        r.reference.label
    );
    b.push_str(&format!("<h1>{}</h1>\n", esc(&title)));
    b.push_str(&format!(
        "<p class=\"lead\">{} <code>{}</code></p>\n",
        esc(lang.pick("Fichier analysé :", "File:")),
        esc(&r.charter)
    ));
    b.push_str(&format!(
        "<div class=\"box\"><strong>{}</strong> {} — {} ({})<br><span class=\"meta\">{} {}</span>{}</div>\n",
        esc(lang.pick("Référence :", "Reference:")),
        esc(&r.reference.titre_original),
        esc(&r.reference.organisme),
        esc(&r.reference.date),
        esc(lang.pick("Pourquoi cette référence :", "Why this reference:")),
        esc(&reason(r, lang)),
        if r.reference.url.is_empty() {
            String::new()
        } else {
            format!(
                "<br><span class=\"meta\">{} {}</span>",
                esc(lang.pick("Source :", "Source:")),
                esc(&r.reference.url)
            )
        }
    ));
    b.push_str(&format!(
        "<p class=\"note\">{}</p>\n",
        esc(&r.reference.avertissement)
    ));
    b.push_str(&format!(
        "<h2>{} ({})</h2>\n",
        esc(lang.pick(
            "Sujets traités par la référence et absents de la charte",
            "Topics the reference covers and the charter lacks"
        )),
        r.missing_topics.len()
    ));
    if r.missing_topics.is_empty() {
        b.push_str(&format!("<p>{}</p>\n", esc(lang.pick("Aucun.", "None."))));
    }
    for m in &r.missing_topics {
        b.push_str(&format!(
            "<div class=\"box\"><strong>{}</strong>",
            esc(m.topic.label(lang))
        ));
        if let Some(c) = &m.reference_clause {
            b.push_str(&format!(
                "<blockquote>{}</blockquote><span class=\"meta\">{} {} {}</span>",
                esc(&c.text),
                esc(&r.reference.label),
                esc(lang.pick("ligne", "line")),
                c.line
            ));
        }
        b.push_str("</div>\n");
    }
    let changes: Vec<&Aligned> = r.modality_changes().collect();
    b.push_str(&format!(
        "<h2>{} ({})</h2>\n",
        esc(lang.pick("Changements de force normative", "Modality changes")),
        changes.len()
    ));
    if changes.is_empty() {
        b.push_str(&format!("<p>{}</p>\n", esc(lang.pick("Aucun.", "None."))));
    }
    for a in &changes {
        if let Some(m) = &a.modality_change {
            let class = match m.kind {
                ChangeKind::Affaiblissement => "tag weak",
                ChangeKind::Renforcement => "tag strong",
                ChangeKind::Inversion => "tag",
            };
            b.push_str(&format!(
                "<div class=\"box\"><span class=\"{class}\">{}</span> {} → {} <span class=\"meta\">({} {}, {} {})</span><p>{}</p></div>\n",
                esc(m.kind.label(lang)),
                esc(modality_label(m.reference, lang)),
                esc(modality_label(m.charter, lang)),
                esc(lang.pick("charte, ligne", "charter, line")),
                a.charter.line,
                esc(lang.pick("référence, ligne", "reference, line")),
                a.reference.line,
                html_pieces(&a.diff)
            ));
        }
    }
    b.push_str(&format!(
        "<h2>{} ({})</h2>\n<p class=\"meta\"><del>{}</del> {} <ins>{}</ins> {}</p>\n",
        esc(lang.pick("Clauses rapprochées", "Aligned clauses")),
        r.aligned.len(),
        esc(lang.pick("texte barré", "struck text")),
        esc(lang.pick(
            ": présent dans la référence seulement ;",
            ": only in the reference;"
        )),
        esc(lang.pick("texte surligné", "highlighted text")),
        esc(lang.pick(": propre à la charte.", ": only in the charter."))
    ));
    for a in &r.aligned {
        b.push_str(&format!(
            "<div class=\"box\"><span class=\"meta\">{} {} ↔ {} {} — {} {}</span><p>{}</p></div>\n",
            esc(lang.pick("charte, ligne", "charter, line")),
            a.charter.line,
            esc(lang.pick("référence, ligne", "reference, line")),
            a.reference.line,
            esc(lang.pick("similarité", "similarity")),
            num(a.similarity, lang),
            html_pieces(&a.diff)
        ));
    }
    b.push_str(&format!(
        "<h2>{} ({})</h2>\n<ul>\n",
        esc(lang.pick(
            "Clauses propres à la charte",
            "Clauses only the charter has"
        )),
        r.only_in_charter.len()
    ));
    for c in &r.only_in_charter {
        b.push_str(&format!(
            "<li><span class=\"meta\">{} {}</span> {}</li>\n",
            esc(lang.pick("ligne", "line")),
            c.line,
            esc(&c.text)
        ));
    }
    b.push_str("</ul>\n");
    if !r.extra_topics.is_empty() {
        b.push_str(&format!(
            "<h2>{} ({})</h2>\n<ul>\n",
            esc(lang.pick(
                "Sujets traités par la charte et pas par la référence",
                "Topics the charter covers and the reference does not"
            )),
            r.extra_topics.len()
        ));
        for t in &r.extra_topics {
            b.push_str(&format!("<li>{}</li>\n", esc(t.label(lang))));
        }
        b.push_str("</ul>\n");
    }
    page(
        lang,
        &title,
        &b,
        "@media print { @page { size: A4 portrait; margin: 1.5cm; } }\n",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weakening_and_reversal() {
        let w = modality_change(Some(Modality::Obligation), Some(Modality::Permission)).unwrap();
        assert_eq!(w.kind, ChangeKind::Affaiblissement);
        let w =
            modality_change(Some(Modality::Interdiction), Some(Modality::Recommandation)).unwrap();
        assert_eq!(w.kind, ChangeKind::Affaiblissement);
        let r = modality_change(Some(Modality::Obligation), Some(Modality::Interdiction)).unwrap();
        assert_eq!(r.kind, ChangeKind::Inversion);
        assert!(modality_change(Some(Modality::Obligation), Some(Modality::Constat)).is_none());
        assert!(modality_change(Some(Modality::Permission), Some(Modality::Permission)).is_none());
    }
}
