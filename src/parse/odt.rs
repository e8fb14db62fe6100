//! .odt (`OpenDocument` text in a zip) → [`Document`].
//!
//! Read: `content.xml` (`text:h` with their outline level, `text:p`, `text:list` nesting, tables with their header
//! rows, notes placed after the paragraph that calls them), the paragraph and text styles of `content.xml` and
//! `styles.xml` (headings by style, bold), and `meta.xml` (title, author, dates). Tracked changes: ODF keeps
//! inserted text in place and deleted text aside, so reading the body as is reads them accepted; they are counted.
//! Annotations (comments), tables of contents, indexes, frames and list labels are left out.
//!
//! The [`Walker`] is shared with the annotator (`crate::annotate::odt`).

use super::document::{BlockKind, DocProperties, Document};
use super::docx::{build_blocks, properties, Para, Step};
use super::zipped::{attr, entity, xml_problem, xml_reader, Package, MAX_DEPTH};
use super::ProblemKind;
use quick_xml::events::{BytesStart, Event};
use std::collections::HashMap;

/// The main part of an `OpenDocument` text.
pub(crate) const MAIN_PART: &str = "content.xml";

#[derive(Debug, Clone, Default)]
struct StyleInfo {
    display: String,
    parent: Option<String>,
    bold: Option<bool>,
}

/// Paragraph and text styles (automatic and common), by name.
#[derive(Debug, Clone, Default)]
pub(crate) struct Styles {
    map: HashMap<String, StyleInfo>,
}

impl Styles {
    /// Adds the `style:style` elements of a part (`styles.xml`, then `content.xml`).
    pub(crate) fn add(&mut self, xml: &str, part: &str) -> Result<(), ProblemKind> {
        let mut reader = xml_reader(xml);
        let mut cur: Option<String> = None;
        let mut depth = 0usize;
        loop {
            let ev = reader.read_event().map_err(|e| xml_problem(part, e))?;
            let e = match &ev {
                Event::Start(e) => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Err(xml_problem(part, "imbrication trop profonde"));
                    }
                    e
                }
                Event::Empty(e) => e,
                Event::End(e) => {
                    depth = depth.saturating_sub(1);
                    if e.local_name().as_ref() == b"style" {
                        cur = None;
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            match e.local_name().as_ref() {
                b"style" => {
                    if let Some(name) = attr(e, b"name") {
                        let info = StyleInfo {
                            display: attr(e, b"display-name")
                                .unwrap_or_else(|| name.replace("_20_", " ")),
                            parent: attr(e, b"parent-style-name"),
                            bold: None,
                        };
                        self.map.insert(name.clone(), info);
                        if matches!(ev, Event::Start(_)) {
                            cur = Some(name);
                        }
                    }
                }
                b"text-properties" => {
                    if let (Some(name), Some(w)) = (cur.as_ref(), attr(e, b"font-weight")) {
                        if let Some(s) = self.map.get_mut(name) {
                            s.bold = Some(w == "bold" || w.parse::<u32>().is_ok_and(|n| n >= 600));
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn chain<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a StyleInfo> + 'a {
        let mut next = self.map.get(name);
        std::iter::from_fn(move || {
            let cur = next?;
            next = cur.parent.as_deref().and_then(|p| self.map.get(p));
            Some(cur)
        })
        .take(16)
    }

    fn bold(&self, name: &str) -> Option<bool> {
        self.chain(name).find_map(|s| s.bold)
    }

    /// Heading level of a paragraph style (« Heading 2 », « Titre 2 », « Title »).
    fn heading_level(&self, name: &str) -> Option<u8> {
        // A style the document uses without defining it still says what it is by its name.
        let own = StyleInfo {
            display: name.replace("_20_", " "),
            ..StyleInfo::default()
        };
        let own = (!self.map.contains_key(name)).then_some(&own);
        for s in own.into_iter().chain(self.chain(name)) {
            let d = s.display.to_lowercase();
            if d == "title" || d == "titre" {
                return Some(1);
            }
            for prefix in ["heading ", "titre "] {
                if let Some(n) = d.strip_prefix(prefix).and_then(|n| n.parse::<u8>().ok()) {
                    return Some(n.clamp(1, 6));
                }
            }
        }
        None
    }
}

/// Elements whose content is not the document's text.
const SKIPPED: &[&[u8]] = &[
    b"annotation",
    b"tracked-changes",
    b"note-citation",
    b"table-of-content",
    b"alphabetical-index",
    b"illustration-index",
    b"table-index",
    b"object-index",
    b"user-index",
    b"bibliography",
    b"frame",
    b"forms",
    b"sequence-decls",
    b"variable-decls",
    b"user-field-decls",
    b"number",
    b"automatic-styles",
    b"font-face-decls",
    b"scripts",
    b"desc",
];

/// Walks the events of `content.xml` and keeps paragraph state.
#[derive(Debug, Default)]
pub(crate) struct Walker {
    depth: usize,
    skip_from: Option<usize>,
    para: Option<Para>,
    para_depth: usize,
    done: Option<Para>,
    /// Paragraph elements (`text:p`, `text:h`) seen so far, outside notes.
    pub parts: usize,
    lists: u8,
    spans: Vec<(usize, Option<bool>)>,
    note: Option<(usize, String)>,
    header_rows: bool,
    /// Tracked changes recorded in the file.
    pub changes: usize,
}

impl Walker {
    /// Processes one event.
    pub(crate) fn step(&mut self, ev: &Event<'_>, styles: &Styles) -> Result<Step, ProblemKind> {
        match ev {
            Event::Start(e) => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return Err(xml_problem(MAIN_PART, "imbrication trop profonde"));
                }
                if self.skip_from.is_some() {
                    if e.local_name().as_ref() == b"changed-region" {
                        self.changes += 1;
                    }
                    return Ok(Step::Other);
                }
                if SKIPPED.contains(&e.local_name().as_ref()) {
                    self.skip_from = Some(self.depth);
                    return Ok(Step::Other);
                }
                Ok(self.open(e, styles, true))
            }
            Event::Empty(e) => {
                if self.skip_from.is_some() || SKIPPED.contains(&e.local_name().as_ref()) {
                    return Ok(Step::Other);
                }
                Ok(self.open(e, styles, false))
            }
            Event::End(e) => {
                let depth = self.depth;
                self.depth = self.depth.saturating_sub(1);
                if let Some(from) = self.skip_from {
                    if depth == from {
                        self.skip_from = None;
                    }
                    return Ok(Step::Other);
                }
                Ok(self.close(e.local_name().as_ref(), depth))
            }
            Event::Text(t) if self.skip_from.is_none() => {
                let text = t
                    .decode()
                    .unwrap_or_default()
                    .replace(['\n', '\r', '\t'], " ");
                Ok(self.push_text(&text, true))
            }
            Event::GeneralRef(r) if self.skip_from.is_none() => {
                self.push_text(&entity(r), false);
                Ok(Step::Other)
            }
            _ => Ok(Step::Other),
        }
    }

    fn push_text(&mut self, text: &str, splittable: bool) -> Step {
        if let Some((_, note)) = self.note.as_mut() {
            note.push_str(text);
            return Step::Other;
        }
        let bold = self.spans.iter().rev().find_map(|(_, b)| *b);
        let Some(p) = self.para.as_mut() else {
            return Step::Other;
        };
        p.push(text, bold, splittable)
    }

    fn open(&mut self, e: &BytesStart<'_>, styles: &Styles, start: bool) -> Step {
        let name = e.local_name();
        match name.as_ref() {
            b"p" | b"h" if self.note.is_none() => {
                if self.para.is_some() {
                    // A paragraph inside a paragraph (a frame we did not skip): its text joins the outer one.
                    return Step::Other;
                }
                let style = attr(e, b"style-name");
                let heading = (name.as_ref() == b"h").then(|| {
                    attr(e, b"outline-level")
                        .and_then(|l| l.parse::<u8>().ok())
                        .unwrap_or(1)
                });
                let para = Para {
                    part: self.parts,
                    style_bold: style.as_deref().and_then(|s| styles.bold(s)),
                    outline: heading
                        .or_else(|| style.as_deref().and_then(|s| styles.heading_level(s)))
                        .map(|l| l.saturating_sub(1)),
                    list: self.lists.checked_sub(1),
                    style,
                    ..Para::default()
                };
                self.parts += 1;
                if start {
                    self.para = Some(para);
                    self.para_depth = self.depth;
                } else {
                    self.done = Some(para);
                    return Step::ParaEnd;
                }
            }
            b"note-body" if start => self.note = Some((self.depth, String::new())),
            b"list" if start => self.lists = self.lists.saturating_add(1),
            b"span" if start => {
                let bold = attr(e, b"style-name").and_then(|s| styles.bold(&s));
                self.spans.push((self.depth, bold));
            }
            b"s" => {
                let n = attr(e, b"c")
                    .and_then(|c| c.parse::<usize>().ok())
                    .unwrap_or(1)
                    .min(64);
                self.push_text(&" ".repeat(n), false);
            }
            b"tab" | b"line-break" => {
                self.push_text(" ", false);
            }
            b"table" if start => return Step::TableStart,
            b"table-header-rows" if start => self.header_rows = true,
            b"table-row" if start => return Step::RowStart,
            _ => {}
        }
        Step::Other
    }

    fn close(&mut self, name: &[u8], depth: usize) -> Step {
        match name {
            b"p" | b"h"
                if self.note.is_none() && self.para.is_some() && depth == self.para_depth =>
            {
                self.done = self.para.take();
                return Step::ParaEnd;
            }
            b"note-body" => {
                if let Some((_, text)) = self.note.take() {
                    if let Some(p) = self.para.as_mut() {
                        p.footnotes.push(text.trim().to_owned());
                    }
                }
            }
            b"list" => self.lists = self.lists.saturating_sub(1),
            b"span" if self.spans.last().is_some_and(|(d, _)| *d == depth) => {
                self.spans.pop();
            }
            b"table" => return Step::TableEnd,
            b"table-header-rows" => self.header_rows = false,
            b"table-row" => {
                return Step::RowEnd {
                    header: self.header_rows,
                }
            }
            b"table-cell" => return Step::CellEnd,
            _ => {}
        }
        Step::Other
    }

    /// The paragraph that just ended.
    pub(crate) fn take_para(&mut self) -> Option<Para> {
        self.done.take()
    }
}

/// Reads an .odt file.
pub(crate) fn read(bytes: &[u8]) -> Result<Document, ProblemKind> {
    let mut pkg = Package::open(bytes)?;
    let content = pkg.read(MAIN_PART)?.ok_or_else(|| ProblemKind::Archive {
        detail: format!("{MAIN_PART} absent : ce n'est pas un document OpenDocument"),
    })?;
    let mut styles = Styles::default();
    if let Some(x) = pkg.read("styles.xml")? {
        styles.add(&x, "styles.xml")?;
    }
    styles.add(&content, MAIN_PART)?;
    let props = match pkg.read("meta.xml")? {
        Some(x) => properties(&x, "meta.xml")?,
        None => DocProperties::default(),
    };
    let mut walker = Walker::default();
    let blocks = build_blocks(
        &content,
        MAIN_PART,
        |ev| {
            let step = walker.step(ev, &styles)?;
            Ok((step, walker.take_para()))
        },
        |p| {
            let kind = if let Some(o) = p.outline {
                BlockKind::Heading((o + 1).clamp(1, 6))
            } else if let Some(l) = p.list {
                BlockKind::ListItem(l)
            } else {
                BlockKind::Paragraph {
                    bold: p.not_bold == 0,
                }
            };
            Some((kind, p.footnotes.clone()))
        },
    )?;
    Ok(blocks.finish(props, walker.changes))
}
