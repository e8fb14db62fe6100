//! The run of `charte offer`: a vendor's offer checked by the engine and the ACH rules against the checklist and,
//! when given, the buyer's charter, with the summary table ([`report`]: human and Markdown, and the JSON additions).
//!
//! A client of the engine, at the level of the command line: the offer's model and the facts read from it are
//! [`crate::procurement`].

#![warn(clippy::too_many_lines)]

mod folder;
pub(crate) mod matrix;
pub(crate) mod render;
pub(crate) mod report;

use crate::analyze::Analysis;
use crate::diagnostics::LineIndex;
use crate::engine::{check_keeping, FileReport, Settings};
use crate::lexicon::Lexicon;
use crate::model::Span;
use crate::procurement::requirements::{self, Status};
use crate::procurement::{quote_at, vocab, Buyer, Quote};
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
    /// Why: the reasons of the needs that decide the status.
    pub why: String,
    /// The offer passage quoted whole (the sentence or the table cell), with its section.
    pub evidence: Option<Quote>,
    /// Requirement rows: the requirement's article number and heading in the charter.
    pub article: String,
    /// Requirement rows: the requirement's sentences, whole.
    pub requirement: String,
}

/// 1-based line, column, end line and end column of a span.
pub(crate) type Position = (usize, usize, usize, usize);

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
    /// A folder offer: its files (path, and where its text starts in the offer read as one), in name order. Row
    /// spans index into that whole text; empty for a one-file offer.
    parts: Vec<(String, usize)>,
    /// A folder offer: its files' texts joined, what row spans index into.
    whole: Option<(String, LineIndex)>,
}

impl OfferRun {
    /// The text of a file of the run.
    pub(crate) fn source_of(&self, path: &str) -> Option<&str> {
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
    /// The offer's reports (one per file of a folder offer), without the charter's.
    pub fn offer_reports(&self) -> &[FileReport] {
        let n = self.reports.len() - usize::from(self.charter_path.is_some());
        &self.reports[..n]
    }
    /// The charter's report, when a charter was given.
    pub fn charter_report(&self) -> Option<&FileReport> {
        self.charter_path.as_ref().and_then(|_| self.reports.last())
    }
    /// Where a span of the offer (a row's evidence) is: the file that holds it (a folder offer's own file) and its
    /// 1-based (line, column, end line, end column) there.
    pub(crate) fn offer_position(&self, span: Span) -> Option<(&str, Position)> {
        let Some((whole, _)) = &self.whole else {
            return Some((&self.offer_path, self.position(&self.offer_path, span)?));
        };
        let k = self
            .parts
            .partition_point(|(_, start)| *start <= span.start);
        let (path, start) = self.parts.get(k.checked_sub(1)?)?;
        let end = self
            .parts
            .get(k)
            .map_or(whole.len(), |(_, next)| next.saturating_sub(2));
        let local = Span::new(
            span.start - start,
            span.end.min(end).max(span.start) - start,
        );
        Some((path, self.position(path, local)?))
    }
}

/// One vendor's offer: one file, or a folder whose files (mémoire, annexes, DPA) make one offer, read in name
/// order.
#[derive(Debug, Clone)]
pub struct OfferFiles {
    /// The path given (the file, or the folder).
    pub path: String,
    /// The files of the offer, path and bytes, in name order (one for a file).
    pub parts: Vec<(String, Vec<u8>)>,
}

impl OfferFiles {
    /// An offer of one file.
    pub fn file(path: &str, bytes: Vec<u8>) -> OfferFiles {
        OfferFiles {
            path: path.to_owned(),
            parts: vec![(path.to_owned(), bytes)],
        }
    }
}

/// Checks an offer against the checklist and, when given, the buyer's charter (path and bytes). Each file is parsed
/// and analysed once, the offer's facts and the charter's requirements are extracted once, and the ACH rules and the
/// summary table read them.
pub fn check_offer(
    offer_path: &str,
    offer_bytes: &[u8],
    charter: Option<(&str, &[u8])>,
    settings: &Settings,
) -> OfferRun {
    let (charter_report, buyer) = read_buyer(charter, settings);
    check_one(
        &OfferFiles::file(offer_path, offer_bytes.to_vec()),
        charter_report,
        buyer.as_ref(),
        settings,
    )
}

/// Checks several offers (one per vendor) against the same checklist and charter: the charter is read once for all
/// of them. One run per offer, in the order given.
pub fn check_offers(
    offers: &[OfferFiles],
    charter: Option<(&str, &[u8])>,
    settings: &Settings,
) -> Vec<OfferRun> {
    let (charter_report, buyer) = read_buyer(charter, settings);
    offers
        .iter()
        .map(|offer| check_one(offer, charter_report.clone(), buyer.as_ref(), settings))
        .collect()
}

/// Reads the buyer's charter once: its report (parse errors only) and its requirements.
fn read_buyer(
    charter: Option<(&str, &[u8])>,
    settings: &Settings,
) -> (Option<FileReport>, Option<Buyer>) {
    let Some((cpath, cbytes)) = charter else {
        return (None, None);
    };
    // The charter is read like any charter; only its parse errors (STR000) are reported.
    let read = Settings {
        select: vec!["STR000".to_owned()],
        ignore: Vec::new(),
        offer: false,
        ..settings.clone()
    };
    let (report, kept) = check_keeping(cpath, cbytes, &read, None);
    // A charter whose header is malformed (an unknown `type:`…) still has its text and its model: its STR000 says
    // what to fix, and its requirements are read all the same (the offer is not judged against itself instead).
    let buyer = match (kept, &report.source) {
        (Some(k), Some(source)) => Some(Buyer {
            path: cpath.to_owned(),
            source: source.clone(),
            requirements: requirements::extract(&k.charter, &k.analysis, Lexicon::global(), None),
        }),
        _ => None,
    };
    (Some(report), buyer)
}

/// Checks one offer against the checklist and the buyer's requirements.
fn check_one(
    offer: &OfferFiles,
    charter_report: Option<FileReport>,
    buyer: Option<&Buyer>,
    settings: &Settings,
) -> OfferRun {
    let (mut reports, rows, parts, whole) = match offer.parts.as_slice() {
        [(path, bytes)] if *path == offer.path => {
            let (report, rows) = analyse(path, bytes, buyer, settings);
            (vec![report], rows, Vec::new(), None)
        }
        _ => {
            let mut folder = folder::read(offer, settings);
            let (report, rows) = analyse(&offer.path, folder.text.as_bytes(), buyer, settings);
            let text = std::mem::take(&mut folder.text);
            let index = LineIndex::new(&text);
            let starts = folder.starts();
            (folder.split(report), rows, starts, Some((text, index)))
        }
    };
    let charter_path = charter_report.as_ref().map(|r| r.path.clone());
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
        offer_path: offer.path.clone(),
        charter_path,
        parts,
        whole,
    }
}

/// The offer's report and summary rows: one engine run on its text.
fn analyse(
    path: &str,
    bytes: &[u8],
    buyer: Option<&Buyer>,
    settings: &Settings,
) -> (FileReport, Vec<Row>) {
    let offer_settings = Settings {
        offer: true,
        ..settings.clone()
    };
    let (report, kept) = check_keeping(path, bytes, &offer_settings, buyer);
    let mut rows = Vec::new();
    if let (Some(k), Some(text)) = (&kept, &report.source) {
        if let Some(facts) = &k.facts {
            let view = OfferView {
                doc: &k.charter,
                facts,
                text,
                lang: settings.lang,
                law: crate::law::Law::embedded(),
                as_of: settings.as_of,
            };
            rows = summary_rows(&view, &k.analysis, buyer, settings);
        }
    }
    (report, rows)
}

/// The rows of the summary table: the checklist verdicts, then the charter's requirements (or the ones the offer
/// quotes itself).
fn summary_rows(
    view: &OfferView<'_>,
    analysis: &Analysis,
    buyer: Option<&Buyer>,
    settings: &Settings,
) -> Vec<Row> {
    let lang = settings.lang;
    let v = vocab::Vocab::global();
    let mut rows = Vec::new();
    for verdict in ach::checklist(view) {
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
        let offer_at = verdict
            .evidence
            .or(verdict.finding.as_ref().map(|f| f.primary));
        rows.push(Row {
            code: Some(verdict.code),
            label: title,
            status: verdict.status,
            offer_at,
            charter_at: None,
            why: verdict
                .finding
                .as_ref()
                .map(|f| f.message.clone())
                .unwrap_or_default(),
            evidence: offer_at.and_then(|at| quote_at(view.doc, view.text, at)),
            article: String::new(),
            requirement: String::new(),
        });
    }
    if !settings.enabled("ACH008") {
        return rows;
    }
    let results = match buyer {
        Some(b) => requirements::evaluate(&b.requirements, view.facts, view.text),
        None => ach::ach008_charter_requirement_unmet::quoted_requirements(
            view.doc, analysis, view.facts, view.text,
        ),
    };
    let requirement_text = buyer.map_or(view.text, |b| b.source.as_str());
    for r in results {
        let why = r
            .outcomes
            .iter()
            .filter(|o| o.status == r.status)
            .map(|o| o.why(lang).to_owned())
            .collect::<Vec<_>>()
            .join(" ; ");
        let offer_at = r.evidence();
        let span = r.requirement.span;
        rows.push(Row {
            code: None,
            label: r.requirement.excerpt.clone(),
            status: r.status,
            offer_at,
            charter_at: Some(span),
            why,
            evidence: offer_at.and_then(|at| quote_at(view.doc, view.text, at)),
            article: r.requirement.article.clone(),
            requirement: requirement_text
                .get(span.start..span.end)
                .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
                .unwrap_or_default(),
        });
    }
    rows
}
