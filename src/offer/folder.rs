//! A folder given as an offer: the files of one vendor's answer (mémoire technique, annexes, DPA) read as one
//! document, in name order, and the report of that document split back into one report per file, every span moved
//! into its own file, so that lines and columns stay right in every output format.
//!
//! Each file is decoded the way the engine decodes it alone (a Word, Writer or PDF file gives its extracted
//! Markdown and its position map), the texts are joined by a blank line, and the engine runs once on the whole. A
//! file that cannot be read keeps its own report with its STR000 and is left out of the whole.

use super::OfferFiles;
use crate::diagnostics::Finding;
use crate::engine::{check_keeping, FileReport, Heading, Settings};
use crate::model::Span;
use crate::parse::{parse_bytes, DocumentInfo, Format};

/// What stands between two files in the whole text: a blank line, so that no paragraph or table runs on.
const JOIN: &str = "\n\n";

/// A file of the offer in the whole text.
struct Part {
    /// Its rank among the offer's files (name order).
    order: usize,
    path: String,
    /// Where its text starts in the whole.
    start: usize,
    /// Its text.
    text: String,
    document: Option<DocumentInfo>,
    /// Its parse problems, as STR000 findings in its own positions.
    problems: Vec<Finding>,
}

/// The offer's files read as one text.
pub(super) struct Folder {
    /// The whole text the engine reads.
    pub(super) text: String,
    parts: Vec<Part>,
    /// The reports of the files that could not be read (their STR000), by position in name order.
    unread: Vec<(usize, FileReport)>,
}

/// Reads the files of a folder offer and joins their texts.
pub(super) fn read(offer: &OfferFiles, settings: &Settings) -> Folder {
    let mut folder = Folder {
        text: String::new(),
        parts: Vec::new(),
        unread: Vec::new(),
    };
    for (order, (path, bytes)) in offer.parts.iter().enumerate() {
        let parsed = parse_bytes(path, bytes, Format::from_path(path));
        let (Some(source), Some(_)) = (parsed.source, parsed.charter) else {
            let read = Settings {
                select: vec!["STR000".to_owned()],
                ignore: Vec::new(),
                offer: false,
                ..settings.clone()
            };
            folder
                .unread
                .push((order, check_keeping(path, bytes, &read, None).0));
            continue;
        };
        if !folder.text.is_empty() {
            folder.text.push_str(JOIN);
        }
        let problems = parsed
            .problems
            .iter()
            .filter(|_| settings.enabled("STR000"))
            .map(|p| crate::rules::structure::str000_parse_error::finding(p, settings.lang))
            .collect();
        folder.parts.push(Part {
            order,
            path: path.clone(),
            start: folder.text.len(),
            text: source.text,
            document: parsed.document,
            problems,
        });
        folder
            .text
            .push_str(folder.parts.last().map_or("", |p| &p.text));
    }
    folder
}

impl Folder {
    /// Each file read (path) and where its text starts in the whole.
    pub(super) fn starts(&self) -> Vec<(String, usize)> {
        self.parts
            .iter()
            .map(|p| (p.path.clone(), p.start))
            .collect()
    }

    /// The file that holds a byte of the whole text.
    fn part_of(&self, at: usize) -> usize {
        self.parts
            .partition_point(|p| p.start <= at)
            .saturating_sub(1)
    }

    /// A span of the whole moved into the file that holds its start (cut at that file's end).
    fn local(&self, span: Span) -> (usize, Span) {
        let k = self.part_of(span.start);
        let p = &self.parts[k];
        let start = span.start.saturating_sub(p.start).min(p.text.len());
        let end = span.end.saturating_sub(p.start).min(p.text.len());
        (k, Span::new(start, end))
    }

    /// The whole's report split into one report per file, in name order (unread files included): each finding
    /// goes to the file of its main place, a label in another file of the offer names that file.
    pub(super) fn split(self, whole: FileReport) -> Vec<FileReport> {
        if self.parts.is_empty() {
            return if self.unread.is_empty() {
                vec![whole]
            } else {
                self.unread.into_iter().map(|(_, r)| r).collect()
            };
        }
        let mut reports: Vec<FileReport> = self
            .parts
            .iter()
            .map(|p| FileReport {
                path: p.path.clone(),
                source: Some(p.text.clone()),
                findings: p.problems.clone(),
                error: None,
                document: p.document.clone(),
                heading: Heading::default(),
            })
            .collect();
        reports[0].heading = whole.heading;
        for mut f in whole.findings {
            let (k, primary) = self.local(f.primary);
            f.primary = primary;
            for label in f.labels.iter_mut().filter(|l| l.path.is_none()) {
                let (j, span) = self.local(label.span);
                label.span = span;
                if j != k {
                    label.path = Some(self.parts[j].path.clone());
                }
            }
            reports[k].findings.push(f);
        }
        for r in &mut reports {
            r.findings.sort_by_key(|f| (f.primary.start, f.primary.end));
        }
        // Back in name order: the files read and the unread ones.
        let mut all: Vec<(usize, FileReport)> =
            self.parts.iter().map(|p| p.order).zip(reports).collect();
        all.extend(self.unread);
        all.sort_by_key(|(o, _)| *o);
        all.into_iter().map(|(_, r)| r).collect()
    }
}
