//! The one mechanism behind every "missing topic" rule: each rule is a row of `data/rules/coverage.toml` (code,
//! topics, condition, texts, model clause); it fires when no sentence of the charter covers any of its topics.

use crate::analyze::contains_word;
use crate::diagnostics::{Finding, Severity};
use crate::lexicon::normalize::normalize;
use crate::lexicon::{Marker, Tag};
use crate::model::{Span, Topic};
use crate::rules::{Context, Family, Rule, RuleMeta};
use serde::Deserialize;
use std::sync::LazyLock;

const COVERAGE_TOML: &str = include_str!("../../data/rules/coverage.toml");

/// One row of `coverage.toml`.
#[derive(Debug, Clone, Deserialize)]
pub struct Row {
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
    /// When the AI Act duty behind the rule applies (ISO date), for date-aware messages (`--as-of`).
    #[serde(default)]
    pub applicable_from: Option<String>,
    /// Source of that date, with its uncertainty.
    #[serde(default)]
    pub date_source: Option<String>,
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

/// A missing-topic rule: one row of the table.
pub struct Coverage {
    index: usize,
}

/// Every row as a rule.
pub fn rules() -> Vec<Box<dyn Rule>> {
    (0..TABLE.rows.len())
        .map(|index| Box::new(Coverage { index }) as Box<dyn Rule>)
        .collect()
}

/// The rows (for docs and tests).
pub fn rows() -> &'static [Row] {
    &TABLE.rows
}

/// Where a missing clause belongs: the first section whose title names one of the hints, else the title.
pub fn place(cx: &Context<'_>, hints: &[String]) -> Span {
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
        .map(|s| s.span)
        .unwrap_or(cx.charter.title_span)
}

/// True when some clause hit satisfies `pred` (lead-ins included).
pub fn any_hit(cx: &Context<'_>, pred: impl Fn(Tag) -> bool) -> bool {
    cx.analysis
        .clauses
        .iter()
        .any(|c| c.hits.iter().chain(c.lead_hits.iter()).any(|h| pred(h.tag)))
}

fn condition_holds(cx: &Context<'_>, condition: &str) -> bool {
    match condition {
        "mentions-vendors" => {
            let vendor = cx.lexicon.concept("actor.vendor");
            vendor.is_some_and(|v| {
                any_hit(
                    cx,
                    |t| matches!(t, Tag::Concept(c) if cx.lexicon.is_a(c, v)),
                )
            })
        }
        "covers-procurement" => {
            any_hit(cx, |t| t == Tag::Marker(Marker::Procurement))
                || cx.analysis.covers(Topic::EnvironmentProcurement)
        }
        _ => true,
    }
}

impl Rule for Coverage {
    fn meta(&self) -> &'static RuleMeta {
        &TABLE.metas[self.index]
    }

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
        let note = crate::references::coverage_note(&meta.topics, &covered, cx.lang);
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
        let mut message = cx.t(&row.message_fr, &row.message_en).to_owned();
        // AI Act duties are being re-dated: say which date is assumed, relative to the reference date.
        if let Some(date) = row
            .applicable_from
            .as_deref()
            .and_then(crate::parse::grammar::CivilDate::parse_iso)
        {
            let when = crate::i18n::date(cx.lang, date);
            let status = if date <= cx.as_of {
                format!(
                    "{} {when}",
                    cx.t("obligation applicable depuis le", "duty applicable since")
                )
            } else {
                format!(
                    "{} {when}",
                    cx.t("obligation applicable à compter du", "duty applicable from")
                )
            };
            message.push_str(&format!(
                " ({status}, {} {})",
                cx.t("date retenue au", "date assumed as of"),
                crate::i18n::date(cx.lang, cx.as_of)
            ));
        }
        let mut help = help;
        if let Some(src) = &row.date_source {
            help.push_str(&format!("\n{} {src}", cx.t("Date :", "Date:")));
        }
        out.push(cx.finding(meta, span, message).with_help(help));
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
