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
    "present guide",
    "ce guide",
    "le guide",
];

/// Number words of a period written out (« tous les dix-huit mois »).
const NUMBER_WORDS: &[(&str, u32)] = &[
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("six", 6),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("douze", 12),
    ("quinze", 15),
    ("dix-huit", 18),
    ("dix huit", 18),
    ("vingt-quatre", 24),
    ("vingt quatre", 24),
    ("trente-six", 36),
    ("trente six", 36),
];

/// The review period a normalised sentence states, with where it is written: a word of [`PERIODS`], or « tous les
/// N ans / mois » with N in digits or in words.
fn period(norm: &str) -> Option<(usize, usize, u32)> {
    if let Some((at, w, days)) = PERIODS
        .iter()
        .find_map(|(w, d)| crate::analyze::find_word(norm, w).map(|at| (at, *w, *d)))
    {
        return Some((at, at + w.len(), days));
    }
    let at = crate::analyze::find_word(norm, "tous les")?;
    let rest = &norm[at + "tous les ".len()..];
    let (n, after) = if let Some(d) = rest.split(' ').next().and_then(|w| w.parse::<u32>().ok()) {
        (d, &rest[rest.find(' ').unwrap_or(rest.len())..])
    } else {
        let (w, n) = NUMBER_WORDS
            .iter()
            .filter(|(w, _)| rest.starts_with(w) && rest[w.len()..].starts_with(' '))
            .max_by_key(|(w, _)| w.len())?;
        (*n, &rest[w.len()..])
    };
    let unit = after.trim_start();
    let days = if unit.starts_with("ans") {
        n * 365
    } else if unit.starts_with("mois") {
        n * 365 / 12
    } else {
        return None;
    };
    let unit_len = if unit.starts_with("ans") { 3 } else { 4 };
    let end = norm.len() - unit.len() + unit_len;
    Some((at, end, days))
}

/// True when a normalised sentence says the charter is reviewed: a review verb, and the charter named in it, or
/// named by the heading it answers when its subject is a pronoun (an FAQ: « La charte change-t-elle ? » — « Elle
/// est révisée tous les trois ans »).
fn about_review(norm: &str, heading: Option<&str>) -> bool {
    REVIEW_VERBS.iter().any(|v| norm.contains(v))
        && (CHARTER_WORDS.iter().any(|w| contains_word(norm, w))
            || ((contains_word(norm, "elle") || contains_word(norm, "il"))
                && heading.is_some_and(|h| CHARTER_WORDS.iter().any(|w| contains_word(h, w)))))
}

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
    /// The value in hours (a day is 24 hours, a month 30 days, a year 365 days).
    hours: u64,
    span: Span,
    shown: String,
}

declare_rule! {
    /// ## Ce que vérifie la règle
    /// Deux clauses donnent des valeurs différentes pour le même paramètre : la durée de conservation des mêmes
    /// données (« journaux conservés six mois » … « journaux conservés un an »), ou la périodicité de révision de la
    /// charte (« révisée chaque année » … « révisée tous les deux ans », en-tête `revision` compris). Des données
    /// différentes (conversations 30 jours, journaux 6 mois) ou des paramètres différents (bilan annuel, révision
    /// tous les deux ans) ne sont pas un conflit. Une durée dite comme un fait (« sont conservées 30 jours ») ou dans
    /// un tableau sous un titre sur la conservation compte ; les durées en heures (« supprimées au bout de 48
    /// heures ») se comparent aux autres (deux jours font 48 heures) ; la périodicité se lit en un mot (« annuelle ») ou en
    /// « tous les N ans / mois », et la réponse d'une FAQ dont le sujet est un pronom (« Elle est révisée… ») parle
    /// de la charte quand la question la nomme.
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
charter (front-matter `revision` included). A retention stated as a fact (\"kept 30 days\") or in a table under a
retention heading counts, and so does a duration in hours (\"deleted after 48 hours\", compared with the others:
two days are 48 hours); a review period is read as a word (\"annuelle\") or as \"tous les N ans / mois\", and an
FAQ answer whose subject is a pronoun (\"Elle est révisée…\") is about the charter when its question names it.
Different data or different parameters are not a conflict.

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
            if let Some((_, _, days)) = period(&v) {
                let span = cx
                    .charter
                    .meta_key_span("revision")
                    .unwrap_or(cx.charter.title_span);
                review.push(Fact {
                    key: Vec::new(),
                    hours: u64::from(days) * 24,
                    span,
                    shown: r.to_string(),
                });
            }
        }
        for (ci, clause) in cx.charter.clauses.iter().enumerate() {
            let heading = clause
                .section
                .and_then(|i| cx.charter.sections.get(i))
                .map(|sec| crate::lexicon::normalize::normalize(&sec.title).text);
            for (si, s) in clause.sentences.iter().enumerate() {
                let norm = cx.analysis.sentence_norm((ci, si));
                let span = clause.source_span(s.start, s.end);
                // A retention stated as a fact (« les conversations sont conservées 30 jours ») counts as much as
                // one stated as a rule; so does a value in a table under a retention heading.
                let about_retention = s.topics.contains(&Topic::GdprRetention)
                    || s.mentions.contains(&Topic::GdprRetention)
                    || DELETION.iter().any(|w| norm.contains(w))
                    || (!clause.cells.is_empty()
                        && heading
                            .as_deref()
                            .is_some_and(|h| h.contains("conservation")));
                // Durations in days, weeks, months, years, and in hours (« supprimées au bout de 48 heures »),
                // compared in hours; a sentence with two durations is left out (which is which is not read).
                let hours = if about_retention {
                    crate::grammar::find_hours(&clause.text[s.start..s.end])
                } else {
                    Vec::new()
                };
                let value = match (&s.durations[..], &hours[..]) {
                    ([d], []) => Some((
                        u64::from(d.value.approx_days()) * 24,
                        clause.text[d.start..d.end].to_owned(),
                    )),
                    ([], [h]) => Some((
                        u64::from(h.value),
                        clause.text[s.start + h.start..s.start + h.end].to_owned(),
                    )),
                    _ => None,
                };
                if let Some((hours, shown)) = value {
                    // In a table row, the value's cell is keyed by the row's first cell (« Conversations avec
                    // Pivoine | 30 jours »).
                    let in_later_cell =
                        clause.cells.first().is_some_and(|&(_, end)| s.start >= end);
                    let subject = if in_later_cell { (ci, 0) } else { (ci, si) };
                    let key = retention_key(cx, subject);
                    if !key.is_empty() {
                        retention.push(Fact {
                            key,
                            hours,
                            span,
                            shown,
                        });
                    }
                }
                if about_review(norm, heading.as_deref()) {
                    if let Some((a, b, days)) = period(norm) {
                        // The drafter's own words (accents kept), from the source.
                        let offset = cx.analysis.clauses[ci].sentence_ranges[si].0;
                        let shown = cx
                            .text(cx.analysis.span_of(cx.charter, ci, offset + a, offset + b))
                            .to_owned();
                        review.push(Fact {
                            key: Vec::new(),
                            hours: u64::from(days) * 24,
                            span,
                            shown,
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
            Some((a, other @ None)) if f.hours != a.hours && f.span != a.span => *other = Some(f),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_read_in_words_or_digits() {
        assert_eq!(period("revisee chaque annee").map(|p| p.2), Some(365));
        assert_eq!(
            period("revise tous les dix-huit mois").map(|p| p.2),
            Some(547)
        );
        assert_eq!(period("revise tous les 2 ans").map(|p| p.2), Some(730));
        assert_eq!(period("revise tous les trois ans").map(|p| p.2), Some(1095));
        assert_eq!(period("revise tous les agents"), None);
    }

    #[test]
    fn a_pronoun_reviews_the_charter_only_under_a_heading_that_names_it() {
        assert!(about_review(
            "elle est revisee tous les ans",
            Some("la charte change t elle")
        ));
        assert!(!about_review(
            "elle est revisee tous les ans",
            Some("la liste des outils")
        ));
        assert!(!about_review(
            "la liste est mise a jour tous les six mois",
            Some("la charte")
        ));
        assert!(about_review(
            "le present guide est revise tous les deux ans",
            None
        ));
    }
}
