//! The one mechanism behind every "missing topic" rule: each rule is a row of `data/rules/coverage.toml` (code,
//! topics, condition, texts, model clause); it fires when no sentence of the charter covers any of its topics.

use crate::analyze::contains_word;
use crate::diagnostics::{Finding, Severity};
use crate::lexicon::normalize::normalize;
use crate::lexicon::{Marker, Tag};
use crate::model::{Span, Topic};
use crate::rules::{Context, Family, HasMeta, Rule, RuleMeta};
use serde::Deserialize;
use std::sync::LazyLock;

const COVERAGE_TOML: &str = include_str!("../../data/rules/coverage.toml");

/// One row of `coverage.toml`.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Row {
    /// Rule code.
    pub code: String,
    /// Rule name.
    pub name: String,
    /// Default severity.
    pub severity: String,
    /// Topics; the rule is satisfied when any is covered.
    pub topics: Vec<String>,
    /// `""`, `mentions-vendors` or `covers-procurement`.
    #[serde(default)]
    pub condition: String,
    /// Legal basis.
    pub legal_basis: String,
    /// Summary (fr).
    pub summary_fr: String,
    /// Summary (en).
    pub summary_en: String,
    /// Message (fr).
    pub message_fr: String,
    /// Message (en).
    pub message_en: String,
    /// Help (fr).
    pub help_fr: String,
    /// Help (en).
    pub help_en: String,
    /// Model clause the author can adapt (French).
    pub model_clause: String,
    /// Words of section titles where the clause belongs.
    #[serde(default)]
    pub section_hints: Vec<String>,
    /// French doc (six headings).
    pub docs_fr: String,
    /// English doc.
    pub docs_en: String,
    /// The fact (`data/law/`) whose date the duty behind the rule follows: the message says, relative to the
    /// reference date (`--as-of`), whether it applies yet, and the help cites the fact with its source.
    #[serde(default)]
    pub applies: Option<String>,
    /// A size threshold of the legal basis (population, number of agents): severity and message follow the
    /// authority's size when the charter states it.
    #[serde(default)]
    pub threshold: Option<Threshold>,
}

/// A size threshold of a rule's legal basis (REEN: communes over 50,000 inhabitants; CRPA L312-1-3: 50 agents).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Threshold {
    /// The fact carrying the threshold value (`value`) and its legal basis.
    pub fact: String,
    /// What is measured: `population` or `agents`.
    pub measure: String,
    /// Severity when the authority is over the threshold.
    pub above: String,
    /// Severity when it is at or under the threshold, or `off` (no finding).
    pub below: String,
    /// Severity when the size is unknown.
    pub unknown: String,
    /// Why, appended to the message when over the threshold (`{n}` = the size stated by the charter).
    pub above_fr: String,
    /// English of `above_fr`.
    pub above_en: String,
    /// Appended when at or under the threshold (when `below` is not `off`).
    pub below_fr: String,
    /// English of `below_fr`.
    pub below_en: String,
    /// Appended when the size is unknown: which threshold applies.
    pub unknown_fr: String,
    /// English of `unknown_fr`.
    pub unknown_en: String,
}

/// Where an authority stands against a threshold.
enum SizeCase {
    Above(u64),
    Below(u64),
    Unknown,
}

#[derive(Deserialize)]
struct File {
    rule: Vec<Row>,
}

struct Table {
    rows: Vec<Row>,
    metas: Vec<RuleMeta>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let file: File =
        toml::from_str(COVERAGE_TOML).expect("data/rules/coverage.toml is valid (tested)");
    let metas = file.rule.iter().map(meta_of).collect();
    Table {
        rows: file.rule,
        metas,
    }
});

fn leak(s: &str) -> &'static str {
    // Rows are loaded once per process; their codes and names live as long as the program.
    Box::leak(s.to_owned().into_boxed_str())
}

fn meta_of(row: &Row) -> RuleMeta {
    RuleMeta {
        code: leak(&row.code),
        name: leak(&row.name),
        family: Family::of_code(&row.code).unwrap_or(Family::Str),
        severity: Severity::from_name(&row.severity).unwrap_or(Severity::Warning),
        topics: row
            .topics
            .iter()
            .filter_map(|t| Topic::from_id(t))
            .collect(),
        legal_basis: row.legal_basis.clone(),
        summary_fr: row.summary_fr.clone(),
        summary_en: row.summary_en.clone(),
        docs_fr: row.docs_fr.trim().to_owned(),
        docs_en: row.docs_en.trim().to_owned(),
    }
}

/// Where the charter's authority stands against a threshold.
fn size_case(cx: &Context<'_>, th: &Threshold) -> SizeCase {
    let size = match th.measure.as_str() {
        "population" => cx.analysis.size.population,
        "agents" => cx.analysis.size.agents,
        _ => None,
    };
    match (size, cx.law.value(&th.fact)) {
        (Some(n), Some(limit)) if n > limit => SizeCase::Above(n),
        (Some(n), Some(_)) => SizeCase::Below(n),
        _ => SizeCase::Unknown,
    }
}

/// A missing-topic rule: one row of the table.
pub(crate) struct Coverage {
    index: usize,
}

/// Every row as a rule.
pub(crate) fn rules() -> Vec<Box<dyn Rule>> {
    (0..TABLE.rows.len())
        .map(|index| Box::new(Coverage { index }) as Box<dyn Rule>)
        .collect()
}

/// The rows (for docs and tests).
pub(crate) fn rows() -> &'static [Row] {
    &TABLE.rows
}

/// Where a missing clause belongs: the first section whose title names one of the hints, else the title.
pub(crate) fn place(cx: &Context<'_>, hints: &[String]) -> Span {
    let hints: Vec<String> = hints
        .iter()
        .map(|h| normalize(h).text.trim().to_owned())
        .filter(|h| !h.is_empty())
        .collect();
    cx.charter
        .sections
        .iter()
        .find(|s| {
            let t = normalize(&s.title).text;
            hints.iter().any(|h| contains_word(&t, h))
        })
        .map_or(cx.charter.title_span, |s| s.span)
}

/// True when some clause hit satisfies `pred` (lead-ins included).
pub(crate) fn any_hit(cx: &Context<'_>, pred: impl Fn(Tag) -> bool) -> bool {
    cx.analysis
        .clauses
        .iter()
        .any(|c| c.hits.iter().chain(c.lead_hits.iter()).any(|h| pred(h.tag)))
}

fn condition_holds(cx: &Context<'_>, condition: &str) -> bool {
    match condition {
        // A purchase (« les marchés de solutions d'IA », « l'achat de logiciels ») or a vendor's paid offer
        // (« le compte Le Chat Pro fourni par la Ville », « Copilot Microsoft 365 ») brings in a vendor who
        // processes the authority's data, named or not.
        "mentions-vendors" => {
            let named = |id: &str| {
                cx.lexicon.concept(id).is_some_and(|v| {
                    any_hit(
                        cx,
                        |t| matches!(t, Tag::Concept(c) if cx.lexicon.is_a(c, v)),
                    )
                })
            };
            named("actor.vendor")
                || named("tool.professional")
                || any_hit(cx, |t| t == Tag::Marker(Marker::Procurement))
        }
        "covers-procurement" => {
            any_hit(cx, |t| t == Tag::Marker(Marker::Procurement))
                || cx.analysis.covers(Topic::EnvironmentProcurement)
        }
        _ => true,
    }
}

impl HasMeta for Coverage {
    fn meta(&self) -> &'static RuleMeta {
        &TABLE.metas[self.index]
    }
}

impl Rule for Coverage {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let row = &TABLE.rows[self.index];
        let meta = self.meta();
        if meta.topics.iter().any(|t| cx.analysis.covers(*t))
            || !condition_holds(cx, &row.condition)
        {
            return;
        }
        // The review date and the scope may sit in the metadata rather than in a clause.
        if meta.topics.contains(&Topic::GovernanceReview) && cx.charter.meta.revision.is_some() {
            return;
        }
        if meta.topics.contains(&Topic::GovernanceScope) && !cx.charter.meta.perimetre.is_empty() {
            return;
        }
        let span = place(cx, &row.section_hints);
        // How many reference charters cover the topic, and the closest reference clause (crate::references).
        let covered: std::collections::BTreeSet<Topic> = cx
            .analysis
            .coverage
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(t, _)| *t)
            .collect();
        let note = crate::corpus::coverage_note(cx.corpus(), &meta.topics, &covered, cx.lang);
        let help = format!(
            "{}\n{}{} « {} »",
            cx.t(&row.help_fr, &row.help_en),
            if note.is_empty() {
                String::new()
            } else {
                format!("{note}\n")
            },
            cx.t(
                "Modèle de clause à adapter :",
                "Model clause to adapt (French):"
            ),
            row.model_clause
        );
        let mut message = cx.law_text(cx.t(&row.message_fr, &row.message_en));
        let mut help = cx.law_text(&help);
        let mut severity = meta.severity;
        if let Some(th) = &row.threshold {
            let (case_severity, why) = match size_case(cx, th) {
                SizeCase::Above(n) => (
                    &th.above,
                    cx.t(&th.above_fr, &th.above_en)
                        .replace("{n}", &crate::law::group_thousands(n, cx.lang)),
                ),
                SizeCase::Below(n) => (
                    &th.below,
                    cx.t(&th.below_fr, &th.below_en)
                        .replace("{n}", &crate::law::group_thousands(n, cx.lang)),
                ),
                SizeCase::Unknown => (&th.unknown, cx.t(&th.unknown_fr, &th.unknown_en).to_owned()),
            };
            let Some(sev) = Severity::from_name(case_severity) else {
                return; // `off`: the legal basis does not reach an authority of this size
            };
            severity = sev;
            message.push_str(" ; ");
            message.push_str(&cx.law_text(&why));
        }
        // The duty behind the rule follows a dated fact: say, relative to the reference date, whether it applies.
        if let Some(fact) = row.applies.as_deref().and_then(|id| cx.law.get(id)) {
            message.push_str(&format!(
                " ({}, {} {})",
                cx.law.since(&fact.id, cx.lang, Some(cx.as_of)),
                cx.t("date de référence :", "reference date:"),
                crate::i18n::date(cx.lang, cx.as_of)
            ));
            help.push_str(&format!(
                "\n{} {} ({})",
                cx.t("Date :", "Date:"),
                fact.statement(cx.lang),
                fact.provenance(cx.lang)
            ));
        }
        let mut finding = cx.finding(meta, span, message).with_help(help);
        finding.severity = severity;
        finding.missing = Some(Box::new(crate::diagnostics::MissingTopic {
            model_clause: row.model_clause.clone(),
            references: crate::corpus::coverage_count(cx.corpus(), &meta.topics),
        }));
        out.push(finding);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_complete() {
        for r in rows() {
            assert!(
                Severity::from_name(&r.severity).is_some(),
                "{}: severity",
                r.code
            );
            assert!(!r.topics.is_empty(), "{}: no topic", r.code);
            for t in &r.topics {
                assert!(Topic::from_id(t).is_some(), "{}: unknown topic {t}", r.code);
            }
            assert!(
                ["", "mentions-vendors", "covers-procurement"].contains(&r.condition.as_str()),
                "{}: condition",
                r.code
            );
            assert!(
                !r.model_clause.trim().is_empty(),
                "{}: model clause",
                r.code
            );
        }
    }
}
