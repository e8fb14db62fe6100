//! CTR003: two clauses give different values for the same parameter (retention of the same data, review period).

use crate::analyze::contains_word;
use crate::analyze::norms::{dimension, Dimension};
use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::lexicon::Tag;
use crate::model::{Span, Topic};
use crate::rules::{Context, Rule};
use std::collections::HashMap;

/// Words that state a period, in days (normalised text).
const PERIODS: &[(&str, u32)] = &[
    ("chaque annee", 365),
    ("tous les ans", 365),
    ("une fois par an", 365),
    ("annuelle", 365),
    ("annuellement", 365),
    ("annuel", 365),
    ("tous les deux ans", 730),
    ("biennale", 730),
    ("biennal", 730),
    ("bisannuelle", 730),
    ("tous les trois ans", 1095),
    ("triennale", 1095),
    ("triennal", 1095),
    ("tous les six mois", 182),
    ("semestrielle", 182),
    ("semestriel", 182),
    ("chaque trimestre", 91),
    ("trimestrielle", 91),
];

/// Words that make a sentence about reviewing the charter itself.
const REVIEW_VERBS: &[&str] = &[
    "revis",
    "reexamin",
    "reexamen",
    "mise a jour",
    "mis a jour",
    "actualis",
    "revoyure",
    "revision",
];
const CHARTER_WORDS: &[&str] = &[
    "charte",
    "present document",
    "presente charte",
    "presentes regles",
];

/// Verbs that state the end of a retention period (« supprimées au bout de 48 heures », « effacées après 15 jours »).
const DELETION: &[&str] = &["supprim", "effac", "purge", "detrui"];

/// Copulas that end the subject of a retention sentence (« les photos déposées dans Causia | sont gardées … »).
const COPULAS: &[&str] = &[
    " sont ",
    " est ",
    " restent ",
    " reste ",
    " seront ",
    " sera ",
];

/// What a retention value is about, compared by equality: the data concepts named (most specific) and the tools
/// named (by their words, so that two of the authority's own tools stay apart), or, when no data concept is named,
/// the content words of the subject (« les transcriptions produites par Scribe »). Different data, tool or words are
/// different parameters: unknown is not overlap.
fn retention_key(cx: &Context<'_>, at: crate::analyze::SentenceRef) -> Vec<String> {
    let lx = cx.lexicon;
    let norm = cx.analysis.sentence_norm(at);
    let offset = cx.analysis.clauses[at.0].sentence_ranges[at.1].0;
    let hits = cx.analysis.sentence_hits(at);
    let concept = |h: &crate::lexicon::Hit| match h.tag {
        Tag::Concept(c) => Some(c),
        _ => None,
    };
    let mut data: Vec<u16> = hits
        .iter()
        .filter_map(concept)
        .filter(|c| dimension(&lx.concepts[*c as usize].id) == Some(Dimension::Data))
        .collect();
    let all = data.clone();
    data.retain(|c| !all.iter().any(|o| o != c && lx.is_a(*o, *c)));
    let mut key: Vec<String> = data
        .iter()
        .map(|&c| format!("c:{}", lx.concepts[c as usize].id))
        .collect();
    if key.is_empty() {
        let end = COPULAS
            .iter()
            .filter_map(|c| norm.find(c))
            .min()
            .unwrap_or(norm.len());
        key.extend(
            crate::analyze::norms::content_stems(&norm[..end])
                .into_iter()
                .map(|w| format!("w:{w}")),
        );
    } else {
        key.extend(
            hits.iter()
                .filter(|h| {
                    concept(h).is_some_and(|c| {
                        dimension(&lx.concepts[c as usize].id) == Some(Dimension::Tool)
                    })
                })
                .filter_map(|h| norm.get(h.start - offset..h.end - offset))
                .map(|w| format!("t:{w}")),
        );
    }
    key.sort_unstable();
    key.dedup();
    key
}

/// A value stated for a parameter.
struct Fact {
    key: Vec<String>,
    days: u32,
    span: Span,
    shown: String,
}

declare_rule! {
    /// ## Ce que vérifie la règle
    /// Deux clauses donnent des valeurs différentes pour le même paramètre : la durée de conservation des mêmes
    /// données (« journaux conservés six mois » … « journaux conservés un an »), ou la périodicité de révision de la
    /// charte (« révisée chaque année » … « révisée tous les deux ans », en-tête `revision` compris). Des données
    /// différentes (conversations 30 jours, journaux 6 mois) ou des paramètres différents (bilan annuel, révision
    /// tous les deux ans) ne sont pas un conflit.
    ///
    /// ## Pourquoi
    /// Deux durées pour les mêmes données, c'est une durée que personne n'applique : le registre des traitements,
    /// l'information des personnes et le paramétrage des outils ne peuvent pas suivre deux valeurs.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Charte IA
    /// ## Conservation
    /// Les journaux de l'assistant sont conservés six mois.
    /// ## Sécurité
    /// Les journaux de l'assistant sont conservés un an.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Charte IA
    /// ## Conservation
    /// Les journaux de l'assistant sont conservés six mois.
    /// ## Sécurité
    /// Les conversations avec l'assistant sont conservées trente jours.
    /// ```
    ///
    /// ## Base légale
    /// RGPD, art. 5 § 1 e) (limitation de la conservation) et art. 13 § 2 a) (information sur la durée de
    /// conservation) ; principe de clarté de la norme.
    ///
    /// ## Références
    /// - CNIL, « Les durées de conservation des données », guide pratique
    pub struct InconsistentValues {
        code: "CTR003",
        name: "inconsistent-values",
        family: Ctr,
        severity: Error,
        topics: [GdprRetention, GovernanceReview],
        legal_basis: "RGPD, art. 5 § 1 e) et art. 13 § 2 a) ; principe de clarté de la norme",
        summary_fr: "deux clauses donnent des valeurs différentes pour le même paramètre",
        summary_en: "two clauses give different values for the same parameter",
        docs_en: "
## What it checks
Two clauses give different values for one parameter: the retention of the same data, or the review period of the
charter (front-matter `revision` included). Different data or different parameters are not a conflict.

## Why
Two durations for the same data means a duration nobody applies.

## Legal basis
GDPR art. 5(1)(e) and art. 13(2)(a); clarity of rules.

## References
- CNIL, practical guide on retention periods
",
    }
}

impl Rule for InconsistentValues {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let mut retention: Vec<Fact> = Vec::new();
        let mut review: Vec<Fact> = Vec::new();
        if let Some(r) = &cx.charter.meta.revision {
            let v = crate::lexicon::normalize::normalize(&r.to_string()).text;
            if let Some((_, days)) = PERIODS.iter().find(|(w, _)| contains_word(&v, w)) {
                let span = cx
                    .charter
                    .meta_key_span("revision")
                    .unwrap_or(cx.charter.title_span);
                review.push(Fact {
                    key: Vec::new(),
                    days: *days,
                    span,
                    shown: r.to_string(),
                });
            }
        }
        for (ci, clause) in cx.charter.clauses.iter().enumerate() {
            for (si, s) in clause.sentences.iter().enumerate() {
                let norm = cx.analysis.sentence_norm((ci, si));
                let span = clause.source_span(s.start, s.end);
                let about_retention = s.topics.contains(&Topic::GdprRetention)
                    || DELETION.iter().any(|w| norm.contains(w));
                if about_retention && s.durations.len() == 1 {
                    // In a table row, the value's cell is keyed by the row's first cell (« Conversations avec
                    // Pivoine | 30 jours »).
                    let in_later_cell =
                        clause.cells.first().is_some_and(|&(_, end)| s.start >= end);
                    let subject = if in_later_cell { (ci, 0) } else { (ci, si) };
                    let key = retention_key(cx, subject);
                    if !key.is_empty() {
                        let d = &s.durations[0];
                        let shown = clause.text[d.start..d.end].to_owned();
                        retention.push(Fact {
                            key,
                            days: d.value.approx_days(),
                            span,
                            shown,
                        });
                    }
                }
                let about_review = REVIEW_VERBS.iter().any(|v| norm.contains(v))
                    && CHARTER_WORDS.iter().any(|w| contains_word(norm, w));
                if about_review {
                    if let Some((w, days)) = PERIODS.iter().find(|(w, _)| contains_word(norm, w)) {
                        review.push(Fact {
                            key: Vec::new(),
                            days: *days,
                            span,
                            shown: (*w).to_owned(),
                        });
                    }
                }
            }
        }
        report(
            cx,
            out,
            &retention,
            (
                "la durée de conservation de ces données diffère d'une clause à l'autre",
                "the retention of these data differs between clauses",
            ),
        );
        report(
            cx,
            out,
            &review,
            (
                "la périodicité de révision de la charte diffère d'une clause à l'autre",
                "the charter's review period differs between clauses",
            ),
        );
    }
}

/// One finding per parameter: the first pair of facts that disagree. Facts are grouped by key in one pass, so the
/// work stays linear in the number of facts.
fn report(cx: &Context<'_>, out: &mut Vec<Finding>, facts: &[Fact], what: (&str, &str)) {
    // For each key, its first fact and, once found, the first later fact with another value.
    let mut first: HashMap<&[String], (&Fact, Option<&Fact>)> = HashMap::new();
    let mut order: Vec<&[String]> = Vec::new();
    for f in facts {
        match first.get_mut(f.key.as_slice()) {
            None => {
                first.insert(&f.key, (f, None));
                order.push(&f.key);
            }
            Some((a, other @ None)) if f.days != a.days && f.span != a.span => *other = Some(f),
            Some(_) => {}
        }
    }
    for key in order {
        let Some(&(a, Some(b))) = first.get(key) else {
            continue;
        };
        let (first, second) = if a.span.start <= b.span.start {
            (a, b)
        } else {
            (b, a)
        };
        out.push(
                cx.finding(
                    InconsistentValues::meta_static(),
                    second.span,
                    format!("{} : « {} » {} « {} »", cx.t(what.0, what.1), second.shown, cx.t("ici, mais", "here, but"), first.shown),
                )
                .with_primary_label(format!("« {} »", second.shown))
                .with_label(first.span, format!("« {} »", first.shown))
                .with_help(cx.t(
                    "choisissez une seule valeur et écrivez-la une fois ; si les données diffèrent, nommez-les précisément dans chaque clause",
                    "pick one value and state it once; if the data differ, name them precisely in each clause",
                )),
            );
    }
}
