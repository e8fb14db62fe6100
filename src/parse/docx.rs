//! .docx (`WordprocessingML` in a zip) → [`Document`].
//!
//! Read: `word/document.xml` (body paragraphs, lists from `w:numPr`, tables), `word/styles.xml` (heading styles
//! « Heading N » / « Titre N », outline levels, bold and list styles), `word/footnotes.xml` (placed after the
//! paragraph that calls them), `docProps/core.xml` (title, author, dates). Tracked changes are read as if accepted
//! (insertions kept, deletions dropped) and counted. Fields keep their displayed result, not their code. Comments,
//! headers, footers, text boxes and drawings are left out: they are not the charter's text.
//!
//! The [`Walker`] is shared with the annotator (`crate::annotate::docx`), so both count paragraphs and text offsets
//! the same way.

use super::document::{Anchor, Block, BlockKind, DocProperties, Document, Piece};
use super::zipped::{attr, entity, xml_problem, xml_reader, Package, MAX_DEPTH};
use super::ProblemKind;
use quick_xml::events::{BytesStart, Event};
use std::collections::HashMap;

/// The main part of a Word document.
pub(crate) const MAIN_PART: &str = "word/document.xml";

#[derive(Debug, Clone, Default)]
struct StyleInfo {
    name: String,
    based_on: Option<String>,
    outline: Option<u8>,
    bold: Option<bool>,
    list_level: Option<u8>,
}

/// Paragraph and character styles of `word/styles.xml`, by id.
#[derive(Debug, Clone, Default)]
pub(crate) struct Styles {
    map: HashMap<String, StyleInfo>,
}

fn on_off(e: &BytesStart<'_>) -> bool {
    !matches!(
        attr(e, b"val").as_deref(),
        Some("0" | "false" | "off" | "none")
    )
}

impl Styles {
    /// Parses `word/styles.xml`.
    pub(crate) fn parse(xml: &str) -> Result<Styles, ProblemKind> {
        let mut reader = xml_reader(xml);
        let mut map = HashMap::new();
        let mut cur: Option<(String, StyleInfo)> = None;
        let mut in_rpr = false;
        let mut depth = 0usize;
        loop {
            let ev = reader
                .read_event()
                .map_err(|e| xml_problem("word/styles.xml", e))?;
            let (e, start) = match &ev {
                Event::Start(e) => (e, true),
                Event::Empty(e) => (e, false),
                Event::End(e) => {
                    depth = depth.saturating_sub(1);
                    match e.local_name().as_ref() {
                        b"style" => {
                            if let Some((id, info)) = cur.take() {
                                map.insert(id, info);
                            }
                        }
                        b"rPr" => in_rpr = false,
                        _ => {}
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            if start {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(xml_problem("word/styles.xml", "imbrication trop profonde"));
                }
            }
            let name = e.local_name();
            match name.as_ref() {
                b"style" if start => {
                    cur = attr(e, b"styleId").map(|id| (id, StyleInfo::default()));
                }
                b"rPr" if start => in_rpr = true,
                _ => {}
            }
            let Some((_, info)) = cur.as_mut() else {
                continue;
            };
            match name.as_ref() {
                b"name" => info.name = attr(e, b"val").unwrap_or_default(),
                b"basedOn" => info.based_on = attr(e, b"val"),
                b"outlineLvl" => info.outline = attr(e, b"val").and_then(|v| v.parse().ok()),
                b"b" if in_rpr => info.bold = Some(on_off(e)),
                b"ilvl" => info.list_level = attr(e, b"val").and_then(|v| v.parse().ok()),
                b"numId"
                    if info.list_level.is_none() && attr(e, b"val").as_deref() != Some("0") =>
                {
                    info.list_level = Some(0);
                }
                _ => {}
            }
        }
        Ok(Styles { map })
    }

    /// The style and its ancestors (`basedOn`), nearest first, at most 16.
    fn chain<'a>(&'a self, id: &str) -> impl Iterator<Item = &'a StyleInfo> + 'a {
        let mut next = self.map.get(id);
        std::iter::from_fn(move || {
            let cur = next?;
            next = cur.based_on.as_deref().and_then(|b| self.map.get(b));
            Some(cur)
        })
        .take(16)
    }

    /// Heading level of a paragraph style: « Heading N » / « Titre N » names, « Title », or an outline level.
    pub(crate) fn heading_level(&self, id: &str) -> Option<u8> {
        for s in self.chain(id) {
            let name = s.name.to_lowercase();
            if name == "title" || name == "titre" {
                return Some(1);
            }
            for prefix in ["heading ", "titre ", "überschrift "] {
                if let Some(n) = name.strip_prefix(prefix).and_then(|n| n.parse::<u8>().ok()) {
                    return Some(n.clamp(1, 6));
                }
            }
            if let Some(o) = s.outline.filter(|o| *o < 9) {
                return Some(o + 1);
            }
        }
        None
    }

    /// True when the style (or its ancestors) makes text bold.
    pub(crate) fn bold(&self, id: &str) -> Option<bool> {
        self.chain(id).find_map(|s| s.bold)
    }

    /// List level given by a list style (« List Bullet », « Liste à puces »).
    pub(crate) fn list_level(&self, id: &str) -> Option<u8> {
        self.chain(id).find_map(|s| s.list_level)
    }

    /// True for table-of-contents styles (their paragraphs repeat the headings).
    fn is_toc(&self, id: &str) -> bool {
        let name = self.map.get(id).map(|s| s.name.to_lowercase());
        let name = name.as_deref().unwrap_or(id);
        name.starts_with("toc") || name.starts_with("table des matières")
    }
}

/// A paragraph once its end tag is read.
#[derive(Debug, Clone, Default)]
pub(crate) struct Para {
    /// 0-based index among the paragraph elements of the part.
    pub part: usize,
    /// Its text (tabs and breaks as spaces, deletions dropped).
    pub text: String,
    pub(crate) style: Option<String>,
    pub(crate) list: Option<u8>,
    pub(crate) outline: Option<u8>,
    pub(crate) style_bold: Option<bool>,
    /// Characters in runs that are not bold.
    pub(crate) not_bold: usize,
    pub(crate) footnotes: Vec<String>,
}

impl Para {
    /// Appends text (bold or not, when the run or span says so); a splittable text node is reported as
    /// [`Step::Text`] so the annotator can cut it.
    pub(crate) fn push(&mut self, text: &str, bold: Option<bool>, splittable: bool) -> Step {
        let offset = self.text.len();
        self.text.push_str(text);
        if bold.or(self.style_bold) != Some(true) {
            self.not_bold += text.trim().len();
        }
        if splittable {
            Step::Text {
                part: self.part,
                offset,
                len: text.len(),
            }
        } else {
            Step::Other
        }
    }
}

/// What one XML event meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    /// Nothing the caller needs.
    Other,
    /// A `w:t` text node (splittable) of paragraph `part`, starting at byte `offset` of its text.
    Text {
        /// Paragraph index.
        part: usize,
        /// Byte offset of this text in the paragraph.
        offset: usize,
        /// Byte length.
        len: usize,
    },
    /// A paragraph ended (the caller takes it with [`Walker::take_para`]).
    ParaEnd,
    /// A table started.
    TableStart,
    /// A table ended.
    TableEnd,
    /// A row started.
    RowStart,
    /// A row ended; `header` when marked as a repeated header row.
    RowEnd {
        /// `w:tblHeader`.
        header: bool,
    },
    /// A cell ended.
    CellEnd,
}

/// Walks the events of `word/document.xml` (or `footnotes.xml`) and keeps paragraph state.
#[derive(Debug, Default)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent flags of the XML walk's current position"
)]
pub(crate) struct Walker {
    depth: usize,
    skip_from: Option<usize>,
    para: Option<Para>,
    done: Option<Para>,
    /// Paragraph elements seen so far.
    pub parts: usize,
    in_ppr: bool,
    in_run: bool,
    in_rpr: bool,
    in_t: bool,
    run_bold: Option<bool>,
    run_style_bold: Option<bool>,
    row_header: bool,
    /// Tracked changes seen (insertions, deletions, moves).
    pub changes: usize,
}

/// Elements whose whole content is not the document's text.
const SKIPPED: &[&[u8]] = &[
    b"del",
    b"moveFrom",
    b"instrText",
    b"delText",
    b"delInstrText",
    b"drawing",
    b"pict",
    b"object",
    b"Fallback",
    b"pPrChange",
    b"rPrChange",
    b"sectPrChange",
    b"tblPrChange",
    b"trPrChange",
    b"tcPrChange",
    b"numberingChange",
    b"sectPr",
];

impl Walker {
    /// Processes one event; errors only on nesting deeper than [`MAX_DEPTH`].
    pub(crate) fn step(&mut self, ev: &Event<'_>, styles: &Styles) -> Result<Step, ProblemKind> {
        match ev {
            Event::Start(e) => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return Err(xml_problem(MAIN_PART, "imbrication trop profonde"));
                }
                if self.skip_from.is_some() {
                    return Ok(Step::Other);
                }
                let name = e.local_name();
                self.count_change(name.as_ref());
                if SKIPPED.contains(&name.as_ref()) {
                    self.skip_from = Some(self.depth);
                    return Ok(Step::Other);
                }
                Ok(self.open(e, styles, true))
            }
            Event::Empty(e) => {
                if self.skip_from.is_some() {
                    return Ok(Step::Other);
                }
                let name = e.local_name();
                self.count_change(name.as_ref());
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
                Ok(self.close(e.local_name().as_ref()))
            }
            Event::Text(t) if self.in_t && self.skip_from.is_none() => {
                let text = t.decode().unwrap_or_default().replace(['\n', '\r'], " ");
                Ok(self.push_text(&text, true))
            }
            Event::GeneralRef(r) if self.in_t && self.skip_from.is_none() => {
                let text = entity(r);
                self.push_text(&text, false);
                Ok(Step::Other)
            }
            _ => Ok(Step::Other),
        }
    }

    fn count_change(&mut self, name: &[u8]) {
        if matches!(name, b"ins" | b"del" | b"moveFrom" | b"moveTo") {
            self.changes += 1;
        }
    }

    fn push_text(&mut self, text: &str, splittable: bool) -> Step {
        let Some(p) = self.para.as_mut() else {
            return Step::Other;
        };
        let bold = self.run_bold.or(self.run_style_bold);
        p.push(text, bold, splittable)
    }

    fn open(&mut self, e: &BytesStart<'_>, styles: &Styles, start: bool) -> Step {
        match e.local_name().as_ref() {
            b"p" => {
                if start && self.para.is_none() {
                    self.para = Some(Para {
                        part: self.parts,
                        ..Para::default()
                    });
                    self.parts += 1;
                } else if !start {
                    self.parts += 1;
                }
            }
            b"pPr" if start => self.in_ppr = true,
            b"pStyle" if self.in_ppr => {
                if let Some(p) = self.para.as_mut() {
                    p.style = attr(e, b"val");
                    p.style_bold = p.style.as_deref().and_then(|s| styles.bold(s));
                }
            }
            b"ilvl" if self.in_ppr => {
                if let Some(p) = self.para.as_mut() {
                    p.list = Some(attr(e, b"val").and_then(|v| v.parse().ok()).unwrap_or(0));
                }
            }
            b"numId" if self.in_ppr => {
                if let Some(p) = self.para.as_mut() {
                    if attr(e, b"val").as_deref() == Some("0") {
                        p.list = None;
                    } else {
                        p.list.get_or_insert(0);
                    }
                }
            }
            b"outlineLvl" if self.in_ppr => {
                if let Some(p) = self.para.as_mut() {
                    p.outline = attr(e, b"val").and_then(|v| v.parse().ok());
                }
            }
            b"r" if start => {
                self.in_run = true;
                self.run_bold = None;
                self.run_style_bold = None;
            }
            b"rPr" if start && self.in_run => self.in_rpr = true,
            b"b" if self.in_rpr => self.run_bold = Some(on_off(e)),
            b"rStyle" if self.in_rpr => {
                self.run_style_bold = attr(e, b"val").and_then(|s| styles.bold(&s));
            }
            b"t" if start && self.in_run => self.in_t = true,
            b"tab" | b"br" | b"cr" if self.in_run && !self.in_rpr => {
                self.push_text(" ", false);
            }
            b"noBreakHyphen" if self.in_run => {
                self.push_text("-", false);
            }
            b"footnoteReference" if self.in_run => {
                if let (Some(p), Some(id)) = (self.para.as_mut(), attr(e, b"id")) {
                    p.footnotes.push(id);
                }
            }
            b"tbl" if start => return Step::TableStart,
            b"tr" if start => {
                self.row_header = false;
                return Step::RowStart;
            }
            b"tblHeader" => self.row_header = on_off(e),
            _ => {}
        }
        Step::Other
    }

    fn close(&mut self, name: &[u8]) -> Step {
        match name {
            b"p" if self.para.is_some() => {
                self.done = self.para.take();
                self.in_ppr = false;
                return Step::ParaEnd;
            }
            b"pPr" => self.in_ppr = false,
            b"r" => {
                self.in_run = false;
                self.in_rpr = false;
                self.in_t = false;
            }
            b"rPr" => self.in_rpr = false,
            b"t" => self.in_t = false,
            b"tbl" => return Step::TableEnd,
            b"tr" => {
                return Step::RowEnd {
                    header: self.row_header,
                }
            }
            b"tc" => return Step::CellEnd,
            _ => {}
        }
        Step::Other
    }

    /// The paragraph that just ended.
    pub(crate) fn take_para(&mut self) -> Option<Para> {
        self.done.take()
    }
}

/// Reads the document properties of `docProps/core.xml` (Office) or `meta.xml` (ODF): same Dublin Core names.
pub(crate) fn properties(xml: &str, part: &str) -> Result<DocProperties, ProblemKind> {
    let mut reader = xml_reader(xml);
    let mut props = DocProperties::default();
    let mut field: Option<Vec<u8>> = None;
    let mut text = String::new();
    let mut depth = 0usize;
    loop {
        match reader.read_event().map_err(|e| xml_problem(part, e))? {
            Event::Start(e) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(xml_problem(part, "imbrication trop profonde"));
                }
                field = Some(e.local_name().as_ref().to_vec());
                text.clear();
            }
            Event::Text(t) => text.push_str(&t.decode().unwrap_or_default()),
            Event::GeneralRef(r) => text.push_str(&entity(&r)),
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                let value = text.trim().to_owned();
                if !value.is_empty() {
                    let slot = match field.as_deref() {
                        Some(b"title") => &mut props.title,
                        Some(b"creator" | b"initial-creator") => &mut props.creator,
                        Some(b"created" | b"creation-date") => &mut props.created,
                        Some(b"modified" | b"date") => &mut props.modified,
                        _ => &mut None,
                    };
                    if slot.is_none() {
                        *slot = Some(value);
                    }
                }
                field = None;
                text.clear();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(props)
}

/// Trims a paragraph's text into a piece, moving its anchor past leading spaces.
pub(crate) fn piece(text: &str, part: usize, number: usize) -> Option<Piece> {
    let lead = text.len() - text.trim_start().len();
    let t = text.trim();
    (!t.is_empty()).then(|| Piece {
        text: t.to_owned(),
        anchor: Anchor { part, offset: lead },
        number,
    })
}

/// Builds blocks from paragraphs and table events: the part shared by the .docx and .odt readers.
#[derive(Default)]
pub(crate) struct Blocks {
    pub doc: Document,
    /// Numbers shown to people: non-empty paragraphs so far.
    pub numbered: usize,
    table_depth: usize,
    row: Vec<Vec<Piece>>,
    cell: Vec<Piece>,
    /// Footnotes waiting for the end of the current list or table.
    pending_notes: Vec<Piece>,
}

impl Blocks {
    pub(crate) fn table_start(&mut self) {
        self.table_depth += 1;
        if self.table_depth == 1 {
            self.flush_notes();
        }
    }
    pub(crate) fn table_end(&mut self) {
        self.table_depth = self.table_depth.saturating_sub(1);
        if self.table_depth == 0 {
            self.flush_notes();
        }
    }
    pub(crate) fn row_start(&mut self) {
        if self.table_depth == 1 {
            self.row.clear();
            self.cell.clear();
        }
    }
    pub(crate) fn cell_end(&mut self) {
        if self.table_depth == 1 {
            self.row.push(std::mem::take(&mut self.cell));
        }
    }
    pub(crate) fn row_end(&mut self, header: bool) {
        if self.table_depth != 1 {
            return;
        }
        let row = std::mem::take(&mut self.row);
        if row.iter().all(Vec::is_empty) {
            return;
        }
        let first = !matches!(
            self.doc.blocks.last().map(|b| &b.kind),
            Some(BlockKind::Row { .. })
        );
        let cells = row.iter().map(Vec::len).collect();
        self.doc.blocks.push(Block {
            kind: BlockKind::Row {
                header: header || first,
                cells,
            },
            pieces: row.into_iter().flatten().collect(),
        });
    }

    /// Adds a paragraph: `kind` says what it is outside tables; inside a table it joins the current cell.
    pub(crate) fn paragraph(
        &mut self,
        text: &str,
        part: usize,
        kind: BlockKind,
        notes: Vec<String>,
    ) {
        let Some(p) = piece(text, part, self.numbered + 1) else {
            return;
        };
        self.numbered += 1;
        let end = Anchor {
            part,
            offset: text.trim_end().len(),
        };
        let number = p.number;
        if self.table_depth > 0 {
            self.cell.push(p);
        } else {
            if !matches!(kind, BlockKind::ListItem(_)) {
                self.flush_notes();
            }
            self.doc.blocks.push(Block {
                kind,
                pieces: vec![p],
            });
        }
        for n in notes {
            if let Some(mut note) = piece(&n, part, number) {
                note.anchor = end;
                note.text = note.text.replace(['\n', '\r'], " ");
                self.pending_notes.push(note);
            }
        }
    }

    fn flush_notes(&mut self) {
        for note in std::mem::take(&mut self.pending_notes) {
            self.doc.blocks.push(Block {
                kind: BlockKind::Paragraph { bold: false },
                pieces: vec![note],
            });
        }
    }

    /// Follows a table event; false for the other steps.
    pub(crate) fn table_step(&mut self, step: &Step) -> bool {
        match step {
            Step::TableStart => self.table_start(),
            Step::TableEnd => self.table_end(),
            Step::RowStart => self.row_start(),
            Step::RowEnd { header } => self.row_end(*header),
            Step::CellEnd => self.cell_end(),
            Step::Text { .. } | Step::Other | Step::ParaEnd => return false,
        }
        true
    }

    /// The document, with the package's properties and the tracked changes counted.
    pub(crate) fn finish(mut self, properties: DocProperties, pending_changes: usize) -> Document {
        self.flush_notes();
        self.doc.properties = properties;
        self.doc.pending_changes = pending_changes;
        self.doc
    }
}

/// Text of each footnote of `word/footnotes.xml`, by id (separators left out).
fn footnotes(xml: &str, styles: &Styles) -> Result<HashMap<String, String>, ProblemKind> {
    let mut reader = xml_reader(xml);
    let mut walker = Walker::default();
    let mut out = HashMap::new();
    let mut current: Option<(String, String)> = None;
    loop {
        let ev = reader
            .read_event()
            .map_err(|e| xml_problem("word/footnotes.xml", e))?;
        match &ev {
            Event::Start(e) if e.local_name().as_ref() == b"footnote" => {
                let separator = attr(e, b"type").is_some_and(|t| t != "normal");
                current = attr(e, b"id")
                    .filter(|_| !separator)
                    .map(|id| (id, String::new()));
            }
            Event::End(e) if e.local_name().as_ref() == b"footnote" => {
                if let Some((id, text)) = current.take() {
                    out.insert(id, text.trim().to_owned());
                }
            }
            Event::Eof => break,
            _ => {}
        }
        if walker.step(&ev, styles)? == Step::ParaEnd {
            if let (Some(p), Some((_, text))) = (walker.take_para(), current.as_mut()) {
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(p.text.trim());
            }
        }
    }
    Ok(out)
}

/// What a body paragraph is, from its properties and style.
fn kind_of(p: &Para, styles: &Styles) -> BlockKind {
    let style = p.style.as_deref().unwrap_or("");
    if let Some(level) = styles
        .heading_level(style)
        .or(p.outline.filter(|o| *o < 9).map(|o| o + 1))
    {
        return BlockKind::Heading(level.clamp(1, 6));
    }
    if let Some(level) = p.list.or_else(|| styles.list_level(style)) {
        return BlockKind::ListItem(level);
    }
    BlockKind::Paragraph {
        bold: p.not_bold == 0,
    }
}

/// Reads a .docx file.
pub(crate) fn read(bytes: &[u8]) -> Result<Document, ProblemKind> {
    let mut pkg = Package::open(bytes)?;
    let main = pkg.read(MAIN_PART)?.ok_or_else(|| ProblemKind::Archive {
        detail: format!("{MAIN_PART} absent : ce n'est pas un document Word"),
    })?;
    let styles = match pkg.read("word/styles.xml")? {
        Some(x) => Styles::parse(&x)?,
        None => Styles::default(),
    };
    let notes = match pkg.read("word/footnotes.xml")? {
        Some(x) => footnotes(&x, &styles)?,
        None => HashMap::new(),
    };
    let properties = match pkg.read("docProps/core.xml")? {
        Some(x) => properties(&x, "docProps/core.xml")?,
        None => DocProperties::default(),
    };
    let mut walker = Walker::default();
    let blocks = build_blocks(
        &main,
        MAIN_PART,
        |ev| {
            let step = walker.step(ev, &styles)?;
            Ok((step, walker.take_para()))
        },
        |p| {
            if p.style.as_deref().is_some_and(|s| styles.is_toc(s)) {
                return None;
            }
            let called = p
                .footnotes
                .iter()
                .filter_map(|id| notes.get(id).cloned())
                .collect();
            Some((kind_of(p, &styles), called))
        },
    )?;
    Ok(blocks.finish(properties, walker.changes))
}

/// Reads a main part event by event: `step` follows one event (and hands over a paragraph that ended),
/// `classify` says what a paragraph is (and which notes it calls), or `None` to leave it out.
pub(crate) fn build_blocks(
    xml: &str,
    part: &str,
    mut step: impl FnMut(&Event<'_>) -> Result<(Step, Option<Para>), ProblemKind>,
    mut classify: impl FnMut(&Para) -> Option<(BlockKind, Vec<String>)>,
) -> Result<Blocks, ProblemKind> {
    let mut reader = xml_reader(xml);
    let mut blocks = Blocks::default();
    loop {
        let ev = reader.read_event().map_err(|e| xml_problem(part, e))?;
        if ev == Event::Eof {
            break;
        }
        let (step, para) = step(&ev)?;
        if blocks.table_step(&step) {
            continue;
        }
        if let Some(p) = para {
            if let Some((kind, notes)) = classify(&p) {
                blocks.paragraph(&p.text, p.part, kind, notes);
            }
        }
    }
    Ok(blocks)
}
