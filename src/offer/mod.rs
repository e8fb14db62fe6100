//! The run of `charte offer`: a vendor's offer checked by the engine and the ACH rules against the checklist and,
//! when given, the buyer's charter, with the summary table ([`report`]: human and Markdown, and the JSON additions).
//!
//! A client of the engine, at the level of the command line: the offer's model and the facts read from it are
//! [`crate::procurement`].

pub mod report;

use crate::diagnostics::LineIndex;
use crate::engine::{check_bytes, FileReport, Settings};
use crate::lexicon::Lexicon;
use crate::model::Span;
use crate::procurement::requirements::{self, Status};
use crate::procurement::{facts, vocab, Document};
use crate::rules::ach::{self, OfferView};

/// One row of the summary table.
#[derive(Debug, Clone)]
pub struct Row {
    /// ACH code for checklist rows; `None` for a charter requirement.
    pub code: Option<&'static str>,
    /// What is required (checklist title or charter excerpt).
    pub label: String,
    /// Met / unmet / unclear.
    pub status: Status,
    /// The offer passage (evidence or closest passage).
    pub offer_at: Option<Span>,
    /// The charter clause (requirement rows).
    pub charter_at: Option<Span>,
    /// Why (for unmet and unclear rows).
    pub why: String,
}

/// The result of `charte offer`: the reports (offer first, then the charter when given) and the summary table.
pub struct OfferRun {
    /// Offer report, then charter report.
    pub reports: Vec<FileReport>,
    /// Summary rows: checklist, then charter requirements.
    pub rows: Vec<Row>,
    /// The offer's path.
    pub offer_path: String,
    /// The charter's path, when given.
    pub charter_path: Option<String>,
    /// Line indexes of the files, built once.
    indexes: Vec<(String, LineIndex)>,
}

impl OfferRun {
    /// The text of a file of the run.
    pub fn source_of(&self, path: &str) -> Option<&str> {
        self.reports
            .iter()
            .find(|r| r.path == path)
            .and_then(|r| r.source.as_deref())
    }
    /// 1-based (line, column, end line, end column) of a span of a file of the run.
    pub fn position(&self, path: &str, span: Span) -> Option<(usize, usize, usize, usize)> {
        let text = self.source_of(path)?;
        let (_, index) = self.indexes.iter().find(|(p, _)| p == path)?;
        Some(crate::output::position(text, index, span))
    }
}

/// Checks an offer against the checklist and, when given, the buyer's charter (path and bytes).
pub fn check_offer(
    offer_path: &str,
    offer_bytes: &[u8],
    charter: Option<(&str, &[u8])>,
    settings: &Settings,
) -> OfferRun {
    let lang = settings.lang;
    let mut offer_settings = settings.clone();
    offer_settings.offer = true;
    let mut charter_report = None;
    let mut buyer = None;
    if let Some((cpath, cbytes)) = charter {
        // The charter is read like any charter; only its parse errors (STR000) are reported.
        let read = Settings {
            select: vec!["STR000".to_owned()],
            ignore: Vec::new(),
            offer: false,
            ..settings.clone()
        };
        charter_report = Some(check_bytes(cpath, cbytes, &read));
        if let Ok(doc) = Document::parse(cpath, cbytes) {
            offer_settings.ignore.push("ACH008".to_owned());
            buyer = Some(doc);
        }
    }
    let mut report = check_bytes(offer_path, offer_bytes, &offer_settings);
    let mut rows = Vec::new();
    if let Ok(offer) = Document::parse(offer_path, offer_bytes) {
        let facts = facts::extract(&offer.model, &offer.analysis, Lexicon::global());
        let view = OfferView {
            doc: &offer.model,
            facts: &facts,
            text: &offer.source,
            lang,
            law: crate::law::Law::embedded(),
            as_of: settings.as_of,
        };
        let v = vocab::Vocab::global();
        for verdict in ach::checklist(&view) {
            if !settings.enabled(verdict.code) {
                continue;
            }
            let title = v
                .by_code(verdict.code)
                .map(|e| {
                    lang.pick(&e.entry.intitule, &e.entry.intitule_en)
                        .to_owned()
                })
                .unwrap_or_default();
            rows.push(Row {
                code: Some(verdict.code),
                label: title,
                status: verdict.status,
                offer_at: verdict
                    .evidence
                    .or(verdict.finding.as_ref().map(|f| f.primary)),
                charter_at: None,
                why: verdict
                    .finding
                    .as_ref()
                    .map(|f| f.message.clone())
                    .unwrap_or_default(),
            });
        }
        let results = match &buyer {
            Some(b) => {
                let reqs = requirements::extract(&b.model, &b.analysis, Lexicon::global(), None);
                let results = requirements::evaluate(&reqs, &facts, &offer.source);
                let ignored = offer
                    .model
                    .meta
                    .ignorer
                    .keys()
                    .any(|k| "ACH008".starts_with(&k.to_uppercase()));
                if settings.enabled("ACH008") && !ignored {
                    let found = ach::ach008_charter_requirement_unmet::findings(
                        &view,
                        &results,
                        Some(&b.path),
                        &b.source,
                    );
                    let suppressed = crate::engine::Suppressed::new(&offer.model.suppressions);
                    report
                        .findings
                        .extend(found.into_iter().filter(|f| !suppressed.covers(f)));
                    report.findings.sort_by(|a, b| {
                        (a.primary.start, a.code, &a.message).cmp(&(
                            b.primary.start,
                            b.code,
                            &b.message,
                        ))
                    });
                }
                results
            }
            None => ach::ach008_charter_requirement_unmet::quoted_requirements(
                &offer.model,
                &offer.analysis,
                &facts,
                &offer.source,
            ),
        };
        if settings.enabled("ACH008") {
            for r in results {
                let offer_at = r.evidence();
                let why = r
                    .outcomes
                    .iter()
                    .filter(|o| o.status != Status::Met)
                    .map(|o| o.why(lang).to_owned())
                    .collect::<Vec<_>>()
                    .join(" ; ");
                rows.push(Row {
                    code: None,
                    label: r.requirement.excerpt.clone(),
                    status: r.status,
                    offer_at,
                    charter_at: Some(r.requirement.span),
                    why,
                });
            }
        }
    }
    let mut reports = vec![report];
    reports.extend(charter_report);
    let indexes = reports
        .iter()
        .map(|r| {
            (
                r.path.clone(),
                LineIndex::new(r.source.as_deref().unwrap_or("")),
            )
        })
        .collect();
    OfferRun {
        indexes,
        reports,
        rows,
        offer_path: offer_path.to_owned(),
        charter_path: charter.map(|(p, _)| p.to_owned()),
    }
}
