//! A reviewed copy of a document: `charte check charte.docx --annotate relu.docx` writes the document again with
//! one comment per located finding, anchored on its passage (author « charte », text = message, help, code), and
//! the missing-topic findings gathered into one checklist comment on the title. Word comments for .docx, ODF
//! annotations for .odt. Pure: bytes in, bytes out; the CLI writes them with [`crate::io::write_output`].
//!
//! Anchors come from the [`crate::parse::document::PositionMap`] of the checked document; the writers walk the XML
//! with the same walkers as the readers, so paragraph indexes and text offsets agree.

pub(crate) mod docx;
pub(crate) mod odt;

use crate::engine::FileReport;
use crate::i18n::Lang;
use crate::model::Span;
use crate::parse::document::Anchor;
use crate::parse::{Format, ProblemKind};

/// Author written on every comment.
pub(crate) const AUTHOR: &str = "charte";

/// One comment to write: where it starts and ends, and its lines of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Comment {
    /// Start of the anchored passage.
    pub start: Anchor,
    /// End of the anchored passage.
    pub end: Anchor,
    /// Paragraphs of the comment.
    pub lines: Vec<String>,
}

/// Why no reviewed copy was written.
#[derive(Debug)]
pub(crate) enum AnnotateError {
    /// Only .docx and .odt can carry comments.
    Unsupported,
    /// The document could not be read (its STR000 says why): there is nothing to annotate.
    Unreadable,
    /// The document could not be read again to write the copy.
    Read(ProblemKind),
}

impl AnnotateError {
    /// The message shown to the user (`path`: the checked document).
    pub(crate) fn message(&self, lang: Lang, path: &str) -> String {
        match self {
            AnnotateError::Unsupported => format!(
                "{path} : {}",
                lang.pick(
                    "seuls les documents Word (.docx) et LibreOffice (.odt) peuvent porter des commentaires",
                    "only Word (.docx) and LibreOffice (.odt) documents can carry comments",
                )
            ),
            AnnotateError::Unreadable => format!(
                "{path} : {}",
                lang.pick(
                    "document illisible (voir STR000), aucune copie commentée n'est écrite",
                    "unreadable document (see STR000), no reviewed copy is written",
                )
            ),
            AnnotateError::Read(kind) => {
                let problem = crate::parse::ParseProblem {
                    kind: kind.clone(),
                    span: None,
                };
                format!(
                    "{path} : {} ({})",
                    lang.pick(
                        "copie commentée impossible",
                        "cannot write the reviewed copy"
                    ),
                    crate::rules::structure::str000_parse_error::finding(&problem, lang).message
                )
            }
        }
    }
}

/// The comments for a checked document: one per located finding, and one checklist on the title (the document's
/// first paragraph) for the missing-topic findings of the coverage rules.
pub(crate) fn comments(report: &FileReport, lang: Lang) -> Vec<Comment> {
    let (Some(doc), Some(text)) = (report.document.as_ref(), report.source.as_deref()) else {
        return Vec::new();
    };
    let coverage: Vec<&'static str> = crate::rules::coverage::rules()
        .iter()
        .map(|r| r.meta().code)
        .collect();
    let mut out = Vec::new();
    let mut checklist = Vec::new();
    for f in &report.findings {
        if coverage.contains(&f.code) {
            checklist.push(format!("☐ {} ({})", f.message, f.code));
            continue;
        }
        let start = doc.map.text_start(f.primary.start).min(f.primary.end);
        let Some((start, end)) = doc.map.range(Span::new(start, f.primary.end)) else {
            continue;
        };
        let mut lines = vec![f.message.clone()];
        if let Some(h) = &f.help {
            lines.extend(
                h.lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(str::to_owned),
            );
        }
        lines.push(format!(
            "{} ({}) — charte explain {}",
            f.code, f.name, f.code
        ));
        out.push(Comment { start, end, lines });
    }
    if !checklist.is_empty() {
        // The title: the first line of the extracted text (past its `# `), which is the document's first paragraph.
        let first = text.find('\n').unwrap_or(text.len());
        let title = doc
            .map
            .range(Span::new(doc.map.text_start(0).min(first), first));
        if let Some((start, end)) = title {
            let mut lines = vec![format!(
                "{} ({}) :",
                lang.pick(
                    "Sujets que la charte ne traite pas",
                    "Topics the charter does not cover"
                ),
                checklist.len()
            )];
            lines.extend(checklist);
            out.insert(0, Comment { start, end, lines });
        }
    }
    out
}

/// Writes a commented copy of `original` (a .docx or .odt) for the findings of `report`; returns the copy and
/// the number of comments it carries.
pub(crate) fn annotate(
    format: Format,
    original: &[u8],
    report: &FileReport,
    lang: Lang,
) -> Result<(Vec<u8>, usize), AnnotateError> {
    if !matches!(format, Format::Docx | Format::Odt) {
        return Err(AnnotateError::Unsupported);
    }
    if report.document.is_none() {
        return Err(AnnotateError::Unreadable);
    }
    let comments = comments(report, lang);
    let copy = match format {
        Format::Docx => docx::write(original, &comments),
        _ => odt::write(original, &comments),
    }
    .map_err(AnnotateError::Read)?;
    Ok((copy, comments.len()))
}

/// A comment boundary: where a comment starts or ends, in document order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Boundary {
    pub at: Anchor,
    /// 0 = end of a non-empty comment, 1 = start, 2 = end of an empty comment (after its start).
    pub order: u8,
    pub id: usize,
}

/// Every start and end, sorted in document order.
pub(crate) fn boundaries(comments: &[Comment]) -> Vec<Boundary> {
    let mut out = Vec::new();
    for (id, c) in comments.iter().enumerate() {
        let empty = c.end <= c.start;
        out.push(Boundary {
            at: c.start,
            order: 1,
            id,
        });
        out.push(Boundary {
            at: if empty { c.start } else { c.end },
            order: if empty { 2 } else { 0 },
            id,
        });
    }
    out.sort();
    out
}

/// Splits `text` at byte offset `at` (moved back to a character boundary).
pub(crate) fn split_at_char(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}
