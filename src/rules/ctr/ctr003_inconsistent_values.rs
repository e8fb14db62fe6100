//! CTR003: two clauses give different values for the same parameter (retention of the same data, review period).

use crate::analyze::contains_word;
use crate::analyze::norms::{dimension, Dimension};
use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::lexicon::Tag;
use crate::model::{Span, Topic};
use crate::rules::{Context, Rule};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

/// The words by which a charter states a review period or a retention (data/lexicon/values.toml).
#[derive(Deserialize)]
struct ValueWords {
    /// A period said in a word or phrase (« annuelle », « tous les deux ans »), in days.
    periods: BTreeMap<String, u32>,
    /// Numbers written out (« tous les dix-huit mois »).
    numbers: BTreeMap<String, u32>,
    words: Lists,
}

#[derive(Deserialize)]
struct Lists {
    review: Vec<String>,
    charter: Vec<String>,
    deletion: Vec<String>,
    retention: Vec<String>,
    openings: Vec<String>,
    copulas: Vec<String>,
    labels: Vec<String>,
    next_review: Vec<String>,
}

static WORDS: LazyLock<ValueWords> = LazyLock::new(|| {
    toml::from_str(include_str!("../../../data/lexicon/values.toml"))
        .expect("data/lexicon/values.toml is valid")
});

/// True when a word of normalised text begins with `stem` (« revue » begins « revu », « prevue » does not).
fn has_word_start(norm: &str, stem: &str) -> bool {
    let b = norm.as_bytes();
    norm.match_indices(stem)
        .any(|(at, _)| at == 0 || !crate::lexicon::normalize::is_word_byte(b[at - 1]))
}

/// The review period a normalised sentence states, with where it is written: a word of `[periods]`, or « tous les
/// N ans / mois » with N in digits or in words.
fn period(norm: &str) -> Option<(usize, usize, u32)> {
    if let Some((at, w, days)) = WORDS
        .periods
        .iter()
        .filter_map(|(w, d)| crate::analyze::find_word(norm, w).map(|at| (at, w, *d)))
        .min_by_key(|&(at, w, _)| (at, std::cmp::Reverse(w.len())))
    {
        return Some((at, at + w.len(), days));
    }
    // « tous les N ans », or after the next review « dans N ans ».
    let (at, opening) = crate::analyze::find_word(norm, "tous les")
        .map(|at| (at, "tous les "))
        .or_else(|| {
            let next = WORDS
                .words
                .next_review
                .iter()
                .find_map(|w| crate::analyze::find_word(norm, w).map(|at| at + w.len()))?;
            crate::analyze::find_word(&norm[next..], "dans").map(|at| (next + at, "dans "))
        })?;
    let rest = &norm[at + opening.len()..];
    let (n, after) = if let Some(d) = rest.split(' ').next().and_then(|w| w.parse::<u32>().ok()) {
        (d, &rest[rest.find(' ').unwrap_or(rest.len())..])
    } else {
        let (w, n) = WORDS
            .numbers
            .iter()
            .filter(|(w, _)| rest.starts_with(w.as_str()) && rest[w.len()..].starts_with(' '))
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
    let charter = &WORDS.words.charter;
    // « Révision : tous les trois ans », a field of the document like the front-matter key.
    let field = WORDS.words.labels.iter().any(|l| {
        norm.strip_prefix(l.as_str())
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
    });
    let named = WORDS.words.review.iter().any(|v| has_word_start(norm, v))
        && (charter.iter().any(|w| contains_word(norm, w))
            || ((contains_word(norm, "elle") || contains_word(norm, "il"))
                && heading.is_some_and(|h| charter.iter().any(|w| contains_word(h, w)))));
    field || named
}

/// What a retention value is about, gathered from the sentences (or the question) that name it.
#[derive(Default)]
struct Subject {
    /// Data concepts named.
    data: Vec<u16>,
    /// Tools named, by their words (two of the authority's own tools stay apart).
    tools: Vec<String>,
    /// The content words of the subject, stemmed (up to the copula: « les transcriptions produites par Scribe »).
    words: Vec<String>,
}

impl Subject {
    /// Adds what a normalised text names, its hits starting at `offset` in the same normalised clause.
    fn add(
        &mut self,
        lx: &crate::lexicon::Lexicon,
        norm: &str,
        hits: &[crate::lexicon::Hit],
        offset: usize,
    ) {
        let concept = |h: &crate::lexicon::Hit| match h.tag {
            Tag::Concept(c) => Some(c),
            _ => None,
        };
        let in_dimension = |c: u16, d: Dimension| dimension(&lx.concepts[c as usize].id) == Some(d);
        self.data.extend(
            hits.iter()
                .filter_map(concept)
                .filter(|&c| in_dimension(c, Dimension::Data)),
        );
        self.tools.extend(
            hits.iter()
                .filter(|h| concept(h).is_some_and(|c| in_dimension(c, Dimension::Tool)))
                .filter_map(|h| norm.get(h.start - offset..h.end - offset))
                .map(|w| format!("t:{w}")),
        );
        let end = WORDS
            .words
            .copulas
            .iter()
            .filter_map(|c| norm.find(&format!(" {c} ")))
            .min()
            .unwrap_or(norm.len());
        // A phrase that opens the sentence and ends at a comma (« Pour permettre les contrôles qualité, les
        // enregistrements… », « Rappel : conformément au contrat, … ») says why or under which text, not what is kept.
        let start = WORDS
            .words
            .openings
            .iter()
            .any(|w| crate::analyze::find_word(norm.trim_start(), w) == Some(0))
            .then(|| norm[..end].find(", ").map(|c| c + 2))
            .flatten()
            .unwrap_or(0);
        // The words of keeping and deleting name the parameter, not what is kept (« Conservation | Synthèses
        // produites par Ormia | 2 ans », « les synthèses … sont supprimées au bout d'un an »).
        let keeping = |w: &String| {
            WORDS
                .words
                .retention
                .iter()
                .chain(&WORDS.words.deletion)
                .filter(|r| r.len() >= 5)
                .any(|r| w.starts_with(r.get(..6).unwrap_or(r)))
        };
        self.words.extend(
            crate::analyze::norms::content_stems(&norm[start..end])
                .into_iter()
                .filter(|w| !keeping(w)),
        );
    }

    /// Adds what a sentence of a clause names.
    fn add_sentence(&mut self, cx: &Context<'_>, ci: usize, si: usize) {
        let norm = cx.analysis.sentence_norm((ci, si));
        let offset = cx.analysis.clauses[ci].sentence_ranges[si].0;
        self.add(
            cx.lexicon,
            norm,
            cx.analysis.sentence_hits((ci, si)),
            offset,
        );
    }

    /// Names nothing: no data, and no word besides the value's own (« Trente jours. », « Elles sont conservées
    /// douze mois »).
    fn is_empty(&self) -> bool {
        self.data.is_empty() && self.words.is_empty()
    }

    /// The key compared by equality: the most specific data concepts and the tools, or, when no data concept is
    /// named, the content words. Different data, tool or words are different parameters: unknown is not overlap.
    fn key(mut self, lx: &crate::lexicon::Lexicon) -> Vec<String> {
        let all = self.data.clone();
        self.data
            .retain(|c| !all.iter().any(|o| o != c && lx.is_a(*o, *c)));
        let mut key: Vec<String> = self
            .data
            .iter()
            .map(|&c| format!("c:{}", lx.concepts[c as usize].id))
            .collect();
        if key.is_empty() {
            key.extend(self.words.into_iter().map(|w| format!("w:{w}")));
        } else {
            key.extend(self.tools);
        }
        key.sort_unstable();
        key.dedup();
        key
    }
}

/// The retention values a sentence states, each with what it is about. Any duration counts (a value of the same
/// data said twice is compared wherever it is written); durations in days, weeks, months, years,
/// and in hours (« supprimées au bout de 48 heures »), compared in hours. A sentence with several durations gives
/// each the words since the one before (« les transcriptions sont conservées un mois et les journaux de connexion
/// un an »); a duration in a table cell is about the cells before it (« Vezia | Historique des conversations | 12
/// mois »); an answer that leaves its subject out is about its question's object.
fn retention_values(
    cx: &Context<'_>,
    (ci, si): crate::analyze::SentenceRef,
    question: Option<&(usize, String, Vec<crate::lexicon::Hit>)>,
    about_retention: bool,
    out: &mut Vec<Fact>,
) {
    let clause = &cx.charter.clauses[ci];
    let s = &clause.sentences[si];
    let info = &cx.analysis.clauses[ci];
    // Hours are read only where the sentence is about keeping or deleting (« 14 h 30 » is a time of day).
    let hours = if about_retention {
        crate::grammar::find_hours(&clause.text[s.start..s.end])
    } else {
        Vec::new()
    };
    // Each value, shown in the drafter's words, with the source range it closes.
    let values: Vec<(u64, String, usize, usize)> = match (&s.durations[..], &hours[..]) {
        ([], [h]) => vec![(
            u64::from(h.value),
            clause.text[s.start + h.start..s.start + h.end].to_owned(),
            s.start,
            s.end,
        )],
        (ds, []) => {
            let mut from = s.start;
            ds.iter()
                .enumerate()
                .map(|(i, d)| {
                    let to = if i + 1 == ds.len() { s.end } else { d.end };
                    let v = (
                        u64::from(d.value.approx_days()) * 24,
                        clause.text[d.start..d.end].to_owned(),
                        from,
                        to,
                    );
                    from = d.end;
                    v
                })
                .collect()
        }
        _ => Vec::new(),
    };
    let several = values.len() > 1;
    let in_later_cell = clause.cells.first().is_some_and(|&(_, end)| s.start >= end);
    for (hours, shown, a, b) in values {
        let mut who = Subject::default();
        if in_later_cell {
            for j in 0..si {
                who.add_sentence(cx, ci, j);
            }
        } else if several {
            let (na, nb) = (info.norm.from_original(a), info.norm.from_original(b));
            let hits: Vec<crate::lexicon::Hit> = cx
                .analysis
                .sentence_hits((ci, si))
                .iter()
                .filter(|h| h.start >= na && h.end <= nb)
                .copied()
                .collect();
            who.add(cx.lexicon, &info.norm.text[na..nb], &hits, na);
        } else {
            who.add_sentence(cx, ci, si);
        }
        // The value's own words (« trente jours ») say nothing of what is kept.
        let own = crate::analyze::norms::content_stems(
            &crate::lexicon::normalize::normalize(&shown).text,
        );
        who.words.retain(|w| !own.contains(w));
        if who.is_empty() {
            if let Some((_, text, hits)) = question {
                who.add(cx.lexicon, text, hits, 0);
            }
        }
        let key = who.key(cx.lexicon);
        if !key.is_empty() {
            out.push(Fact {
                key,
                hours,
                span: clause.source_span(s.start, s.end),
                shown,
            });
        }
    }
}

/// Two durations in hours are the same value when they differ by at most one part in thirty: the same length said
/// in another unit (« 12 mois » and « un an », « 6 mois » and « 180 jours ») is no conflict, a month counting 30
/// days and a year 365.
fn same_value(a: u64, b: u64) -> bool {
    a.abs_diff(b).saturating_mul(30) <= a.max(b)
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
    /// heures ») se comparent aux autres (deux jours font 48 heures) ; la périodicité se lit en un mot (« annuelle »,
    /// « à chaque rentrée ») ou en « tous les N ans / mois », ou comme le délai de la prochaine révision (« la
    /// prochaine révision aura lieu dans trois ans ») ; une ligne « Révision : tous les trois ans » la donne comme
    /// l'en-tête, et la réponse d'une FAQ dont le sujet est un pronom (« Elle est révisée… ») parle de la charte quand
    /// la question la nomme.
    ///
    /// Une même durée dite dans une autre unité (« 12 mois » et « un an », « 6 mois » et « 180 jours ») n'est pas
    /// un conflit. Une réponse de FAQ qui tait son sujet (« Trente jours. », « Elles sont conservées douze mois »)
    /// parle de l'objet de la question ; une phrase qui donne deux durées les attribue chacune aux mots qui la
    /// précèdent (« les transcriptions sont conservées un mois et les journaux de connexion un an ») ; dans un
    /// tableau, une durée porte sur toutes les cellules qui la précèdent (outil et données). Un article qu'un
    /// avenant remplace ou abroge en entier (« L'article 6 est remplacé par les dispositions suivantes : … ») ne
    /// compte plus : seule la nouvelle rédaction se compare au reste de la charte.
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
two days are 48 hours); a review period is read as a word (\"annuelle\", \"à chaque rentrée\") or as \"tous les
N ans / mois\", or as the time to the next review (\"la prochaine révision aura lieu dans trois ans\"); a line
\"Révision : tous les trois ans\" gives it like the front matter, and an FAQ answer whose subject is a pronoun
(\"Elle est révisée…\") is about the charter when its question names it.
The same length in another unit (12 months and one year) is no conflict. An FAQ answer that leaves its subject
out (\"Trente jours.\") is about the question's object; a sentence with two durations gives each the words before
it; in a table a duration is about every cell before it (tool and data). An article that an amendment replaces or
repeals as a whole (\"L'article 6 est remplacé par…\") no longer counts: only its new wording is compared.
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
        // An article an amendment replaces or repeals states nothing any more.
        let voided = crate::analyze::amendments::voided_sections(cx.charter);
        for (ci, clause) in cx.charter.clauses.iter().enumerate() {
            if clause
                .section
                .is_some_and(|i| voided.get(i).copied().unwrap_or(false))
            {
                continue;
            }
            let heading = clause
                .section
                .and_then(|i| cx.charter.sections.get(i))
                .map(|sec| crate::lexicon::normalize::normalize(&sec.title).text);
            for (si, s) in clause.sentences.iter().enumerate() {
                let norm = cx.analysis.sentence_norm((ci, si));
                let span = clause.source_span(s.start, s.end);
                // A retention stated as a fact (« les conversations sont conservées 30 jours ») counts as much as
                // one stated as a rule; so does a value in a table under a retention heading.
                let question = cx.analysis.clauses[ci]
                    .questions
                    .iter()
                    .find(|(i, ..)| *i == si);
                let about_retention = s.topics.contains(&Topic::GdprRetention)
                    || question.is_some_and(|(_, q, _)| {
                        WORDS.words.retention.iter().any(|w| has_word_start(q, w))
                    })
                    || s.mentions.contains(&Topic::GdprRetention)
                    || WORDS.words.deletion.iter().any(|w| has_word_start(norm, w))
                    || (!clause.cells.is_empty()
                        && heading
                            .as_deref()
                            .is_some_and(|h| h.contains("conservation")));
                retention_values(cx, (ci, si), question, about_retention, &mut retention);
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
        // A charter that names one tool of its own speaks of it when a retention names data and no tool
        // (« Durée de conservation des conversations des agents : 90 jours » under « Sorbia conserve les
        // conversations des agents pendant 45 jours »). With several, no tool is unknown: nothing is added.
        if let [own] = &cx.analysis.local_tools[..] {
            let tool = format!(
                "t:{}",
                crate::lexicon::normalize::normalize(own).text.trim()
            );
            let named: Vec<bool> = retention
                .iter()
                .map(|f| f.key.iter().any(|k| k.starts_with("t:")))
                .collect();
            // Only where the same tool is named by another value of the charter: the own tool is then a keeper.
            if retention.iter().any(|f| f.key.contains(&tool)) {
                for (f, named) in retention.iter_mut().zip(named) {
                    if !named && f.key.iter().any(|k| k.starts_with("c:")) {
                        f.key.push(tool.clone());
                        f.key.sort_unstable();
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
            Some((a, other @ None)) if !same_value(f.hours, a.hours) && f.span != a.span => {
                *other = Some(f);
            }
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
        assert_eq!(
            period("revue a chaque rentree scolaire").map(|p| p.2),
            Some(365)
        );
        // The next review dated from now states the period; « dans » elsewhere does not.
        assert_eq!(
            period("la prochaine revision de la presente charte aura lieu dans trois ans")
                .map(|p| p.2),
            Some(1095)
        );
        assert_eq!(period("la charte est revisee dans trois ans"), None);
    }

    #[test]
    fn a_review_field_in_the_body_is_about_the_charter() {
        assert!(about_review("revision : tous les trois ans", None));
        assert!(!about_review(
            "revision des contrats : tous les trois ans",
            None
        ));
    }

    #[test]
    fn the_same_length_in_another_unit_is_the_same_value() {
        let (day, month, year) = (24, 30 * 24, 365 * 24);
        assert!(same_value(12 * month, year));
        assert!(same_value(6 * month, 180 * day));
        assert!(same_value(48, 2 * day));
        assert!(!same_value(month, 7 * day));
        assert!(!same_value(3 * month, 6 * month));
        assert!(!same_value(year, 2 * year));
    }

    #[test]
    fn review_words_start_a_word() {
        assert!(has_word_start("la charte sera revue chaque annee", "revu"));
        assert!(!has_word_start("la formation prevue par la charte", "revu"));
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
