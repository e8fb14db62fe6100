//! PDF (its text layer) → [`Document`].
//!
//! The glyphs of every page come from `pdf-extract` (on `lopdf`), with their position and size, in the order the
//! page draws them (the reading order of the producers tried: `LibreOffice`, Word via `LibreOffice`, groff; see
//! `docs/pdf.md`). From them:
//!
//! 1. **lines**: glyphs on one baseline, a space where the gap between two glyphs is wider than a tenth of the type
//!    size (producers that draw no space glyph), the ligatures ﬁ, ﬂ… written as their letters;
//! 2. **running headers and footers**: the two top and two bottom lines of each page that come back (the page's
//!    own number aside) on at least two pages and half of them, unless they open with a heading numbering, and
//!    page numbers (« 3 », « - 3 - », « Page 3 sur 7 ») there, are dropped;
//! 3. **table rows**: a line that starts to the right of the previous one and no lower than it (the next cell of
//!    the same row) opens a cell; the row's first cell is the paragraph just before it;
//! 4. **paragraphs**: lines follow each other in one paragraph unless the gap between them is wider than a line
//!    (1.45 × the type size), the type size changes, the line opens with a bullet, an enumeration label or a
//!    heading numbering (« Article 3 – », « 3.1 », « TITRE II »), or the text jumps up (next column). A word cut by
//!    a hyphen at the end of a line is joined. A paragraph goes on over a page break when the page ends without a
//!    sentence's end and the next starts in lower case;
//! 5. **headings**: paragraphs in a type larger than the body text become headings (largest first); the numbering
//!    patterns of Word-converted text and lines in capitals are read as they are for .txt exports (see
//!    [`super::txt`]). PDF gives no reliable bold: `pdf-extract` passes no font name.
//!
//! Failures are reasons, never panics: no text layer (a scan), encryption, a damaged file, or a file beyond the
//! limits ([`MAX_PAGES`], [`MAX_OBJECTS`], [`MAX_GLYPHS`]) is a [`ProblemKind`]. `pdf-extract` calls `unwrap` on
//! structures a malformed file may lack, so loading and extraction run under `catch_unwind`, with the panic
//! message kept off the terminal.

use super::document::{Anchor, Block, BlockKind, Document, Piece};
use super::txt::{shouts, BULLET, LABEL};
use super::{markdown, ProblemKind};
use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};
use regex::Regex;
use std::cell::Cell;
use std::sync::{LazyLock, Once};

/// More pages than this is not a charter or an offer's answer (a tender file of appendices, a book).
pub(crate) const MAX_PAGES: usize = 2_000;
/// More PDF objects than this is refused before extraction (memory stays bounded by the file size cap too).
pub(crate) const MAX_OBJECTS: usize = 500_000;
/// Extraction stops beyond this many glyphs (about 1,500 dense pages).
pub(crate) const MAX_GLYPHS: usize = 5_000_000;

/// One glyph: where its baseline starts and ends, its size in points, its text.
#[derive(Debug, Clone)]
struct Glyph {
    x: f64,
    end: f64,
    y: f64,
    size: f64,
    text: String,
}

/// Receives the glyphs `pdf-extract` draws, page by page.
#[derive(Default)]
struct Collector {
    pages: Vec<Vec<Glyph>>,
    glyphs: usize,
    over_limit: bool,
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page: u32,
        _media: &MediaBox,
        _art: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.pages.push(Vec::new());
        Ok(())
    }
    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        self.glyphs += 1;
        if self.glyphs > MAX_GLYPHS {
            self.over_limit = true;
            return Err(OutputError::FormatError(std::fmt::Error));
        }
        // The size on the page: the side of the square with the area of the transformed em square.
        let (fx, fy) = (
            font_size * (trm.m11 + trm.m21),
            font_size * (trm.m12 + trm.m22),
        );
        let size = (fx * fy).abs().sqrt();
        if !size.is_finite() || !trm.m31.is_finite() || !trm.m32.is_finite() {
            return Ok(());
        }
        if let Some(page) = self.pages.last_mut() {
            page.push(Glyph {
                x: trm.m31,
                end: trm.m31 + width * size,
                y: trm.m32,
                size,
                text: text.to_owned(),
            });
        }
        Ok(())
    }
    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`, turning a panic into `Err` without printing it: `pdf-extract` unwraps on malformed input (a page
/// without `MediaBox`, a broken content stream), and a damaged file must give a STR000, not a crash or a trace. The
/// panic hook is wrapped once: it stays silent only on a thread inside this function.
fn catch_quietly<T>(f: impl FnOnce() -> T) -> Result<T, ()> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
    QUIET.with(|q| q.set(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    QUIET.with(|q| q.set(false));
    result.map_err(|_| ())
}

fn damaged(detail: impl Into<String>) -> ProblemKind {
    ProblemKind::Pdf {
        detail: detail.into(),
    }
}

/// Reads a PDF's text layer.
pub(crate) fn read(bytes: &[u8]) -> Result<Document, ProblemKind> {
    let head = &bytes[..bytes.len().min(1024)];
    if !head.windows(5).any(|w| w == b"%PDF-") {
        return Err(damaged(
            "pas d'en-tête « %PDF- » : ce n'est pas un fichier PDF",
        ));
    }
    let doc = match catch_quietly(|| pdf_extract::Document::load_mem(bytes)) {
        Err(()) => return Err(damaged("structure illisible")),
        Ok(Err(
            pdf_extract::Error::Decryption(_)
            | pdf_extract::Error::InvalidPassword
            | pdf_extract::Error::UnsupportedSecurityHandler(_),
        )) => return Err(ProblemKind::Encrypted),
        Ok(Err(e)) => return Err(damaged(describe_load_error(&e))),
        Ok(Ok(doc)) => doc,
    };
    if doc.is_encrypted() {
        return Err(ProblemKind::Encrypted);
    }
    if doc.objects.len() > MAX_OBJECTS {
        return Err(ProblemKind::PdfLimit {
            detail: format!("{} objets, limite {MAX_OBJECTS}", doc.objects.len()),
        });
    }
    let pages = doc.get_pages();
    if pages.len() > MAX_PAGES {
        return Err(ProblemKind::PdfLimit {
            detail: format!("{} pages, limite {MAX_PAGES}", pages.len()),
        });
    }
    if pages.is_empty() {
        return Err(damaged("aucune page"));
    }
    let mut collector = Collector::default();
    let mut failed = 0;
    for &number in pages.keys() {
        let before = collector.pages.len();
        let ok = catch_quietly(|| pdf_extract::output_doc_page(&doc, &mut collector, number))
            .is_ok_and(|r| r.is_ok());
        if collector.over_limit {
            return Err(ProblemKind::PdfLimit {
                detail: format!("plus de {MAX_GLYPHS} caractères"),
            });
        }
        // A page that failed keeps its place (and its number) with what was read of it.
        if collector.pages.len() == before {
            collector.pages.push(Vec::new());
        }
        if !ok {
            failed += 1;
        }
    }
    let has_text = collector
        .pages
        .iter()
        .flatten()
        .any(|g| g.text.chars().any(char::is_alphanumeric));
    if !has_text {
        if failed > 0 {
            return Err(damaged(format!(
                "le contenu de {failed} page(s) sur {} n'a pas pu être lu",
                pages.len()
            )));
        }
        return Err(ProblemKind::NoText { pages: pages.len() });
    }
    Ok(layout(&collector.pages))
}

/// lopdf's errors, in words an official can pass on.
fn describe_load_error(e: &pdf_extract::Error) -> String {
    match e {
        pdf_extract::Error::Xref(_) | pdf_extract::Error::MissingXrefEntry => {
            "table des objets introuvable ou incomplète : fichier tronqué ou endommagé".to_owned()
        }
        pdf_extract::Error::Parse(_) => {
            "structure mal formée : fichier tronqué ou endommagé".to_owned()
        }
        other => other.to_string(),
    }
}

/// A line of text on a page.
#[derive(Debug, Clone)]
struct Line {
    page: usize,
    x0: f64,
    x1: f64,
    y: f64,
    size: f64,
    /// True once `size` is that of a letter or digit.
    sized: bool,
    text: String,
}

/// Ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) as their letters; other glyph texts as they are, control characters dropped.
fn push_glyph_text(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
}

/// Glyphs of one page → lines, in drawing order.
fn lines_of(page: usize, glyphs: &[Glyph]) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    let mut cur: Option<Line> = None;
    for g in glyphs {
        let size = g.size.max(1.0);
        if let Some(l) = cur.as_mut() {
            let same_line =
                (g.y - l.y).abs() <= 0.5 * size && g.x >= l.x1 - size && g.x <= l.x1 + 3.0 * size;
            if same_line {
                let blank = g.text.trim().is_empty();
                if g.x > l.x1 + 0.1 * size && !blank && !l.text.ends_with(' ') {
                    l.text.push(' ');
                }
                push_glyph_text(&mut l.text, &g.text);
                l.x1 = l.x1.max(g.end);
                // The line's size is its first letter's or digit's: a bullet is often set smaller.
                if !l.sized && g.text.chars().any(char::is_alphanumeric) {
                    l.size = size;
                    l.sized = true;
                }
                continue;
            }
            lines.extend(cur.take());
        }
        let mut text = String::new();
        push_glyph_text(&mut text, &g.text);
        cur = Some(Line {
            page,
            x0: g.x,
            x1: g.end,
            y: g.y,
            size,
            sized: text.chars().any(char::is_alphanumeric),
            text,
        });
    }
    lines.extend(cur);
    lines
        .into_iter()
        .filter_map(|mut l| {
            let t = l.text.split_whitespace().collect::<Vec<_>>().join(" ");
            (!t.is_empty()).then(|| {
                l.text = t;
                l
            })
        })
        .collect()
}

static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:page\s+)?[-–—]?\s*\d{1,4}\s*(?:(?:/|sur|of)\s*\d{1,4})?\s*[-–—]?$")
        .expect("valid regex")
});

/// Lines at the top or bottom of a page: the two highest and the two lowest (indices into the page's lines).
fn margin_lines(lines: &[Line]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_by(|&a, &b| lines[b].y.total_cmp(&lines[a].y));
    let mut picked: Vec<usize> = order.iter().take(2).copied().collect();
    picked.extend(order.iter().rev().take(2));
    picked.sort_unstable();
    picked.dedup();
    picked
}

/// A margin line's text as it recurs from page to page: its own page number blurred (« Page 2 sur 7 » on page 2
/// and « Page 3 sur 7 » on page 3 match), other numbers kept.
fn furniture_key(line: &Line) -> String {
    let page = line.page.to_string();
    line.text
        .split(|c: char| !c.is_alphanumeric())
        .map(|w| if w == page { "#" } else { w })
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Drops running headers and footers and page numbers from each page's lines.
fn drop_furniture(pages: &mut [Vec<Line>]) {
    let n = pages.len();
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let margins: Vec<Vec<usize>> = pages.iter().map(|p| margin_lines(p)).collect();
    for (page, idx) in pages.iter().zip(&margins) {
        let mut keys: Vec<String> = idx.iter().map(|&i| furniture_key(&page[i])).collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
    }
    for (page, idx) in pages.iter_mut().zip(&margins) {
        let drop: Vec<usize> = idx
            .iter()
            .copied()
            .filter(|&i| {
                let count = seen.get(&furniture_key(&page[i])).copied().unwrap_or(0);
                // A heading (« Article 4 – … ») at the top of every page is text, not a running header.
                let heading = markdown::numbering(&page[i].text).is_some();
                PAGE_NUMBER.is_match(&page[i].text)
                    || (!heading && n >= 2 && count >= 2 && count * 2 >= n)
            })
            .collect();
        let mut k = 0;
        page.retain(|_| {
            k += 1;
            !drop.contains(&(k - 1))
        });
    }
}

/// What the page shows, in reading order: a run of text lines or a table row (its cells' lines).
#[derive(Debug)]
enum Item {
    Line(Line),
    Row(Vec<Vec<Line>>),
}

/// True when `b` follows `a` in the same paragraph as far as spacing goes (next line, same left edge or near).
fn next_line_of(a: &Line, b: &Line) -> bool {
    let size = a.size.max(b.size);
    a.page == b.page && b.y < a.y && a.y - b.y <= 1.45 * size
}

/// True when `b` is the next cell of the row `a` ends: to its right, no lower, and not a whole column up.
fn next_cell(a: &Line, b: &Line) -> bool {
    let size = a.size.max(b.size);
    a.page == b.page
        && b.x0 > a.x1 - 1.0
        && b.x0 > a.x0 + size
        && b.y >= a.y - 0.5 * size
        && b.y - a.y < 8.0 * size
}

/// Finds table rows among a page's lines (see the module doc).
fn items_of(lines: &[Line]) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let jump_at = i + 1 < lines.len() && next_cell(&lines[i], &lines[i + 1]);
        if !jump_at {
            items.push(Item::Line(lines[i].clone()));
            i += 1;
            continue;
        }
        // lines[i + 1] opens the second cell: the first cell is lines[i] and the lines of its paragraph above it.
        let mut first = vec![lines[i].clone()];
        while let Some(Item::Line(prev)) = items.last() {
            if next_line_of(prev, &first[0]) && (prev.x0 - first[0].x0).abs() < prev.size {
                if let Some(Item::Line(prev)) = items.pop() {
                    first.insert(0, prev);
                }
            } else {
                break;
            }
        }
        let mut cells = vec![first];
        let mut j = i + 1;
        cells.push(vec![lines[j].clone()]);
        j += 1;
        while j < lines.len() {
            let prev = &lines[j - 1];
            let cell_x0 = cells.last().and_then(|c| c.first()).map_or(0.0, |l| l.x0);
            if next_cell(prev, &lines[j]) {
                cells.push(vec![lines[j].clone()]);
            } else if next_line_of(prev, &lines[j]) && (lines[j].x0 - cell_x0).abs() < prev.size {
                if let Some(c) = cells.last_mut() {
                    c.push(lines[j].clone());
                }
            } else {
                break;
            }
            j += 1;
        }
        items.push(Item::Row(cells));
        i = j;
    }
    items
}

/// True when a line ends a sentence (or a list item, a lead-in).
fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .ends_with(['.', ':', ';', '!', '?', '»', '…'])
}

/// True when a line opens a new paragraph whatever the spacing: a bullet, an enumeration label, a numbering.
fn opens_paragraph(text: &str) -> bool {
    BULLET.is_match(text) || LABEL.is_match(text) || markdown::numbering(text).is_some()
}

/// Appends a line to a paragraph's text: a word cut by a hyphen at the line's end is joined, else a space.
/// Returns the offset where the line's text starts.
fn join(text: &mut String, line: &str) -> usize {
    if text.is_empty() {
        text.push_str(line);
        return 0;
    }
    let starts_lower = line.chars().next().is_some_and(char::is_lowercase);
    let mut cut = text.chars().rev();
    let hyphen = matches!(cut.next(), Some('-' | '\u{AD}'));
    let after_letter = cut.next().is_some_and(char::is_alphabetic);
    if hyphen && after_letter && starts_lower {
        text.pop();
    } else if text.ends_with('\u{AD}') {
        text.pop();
        text.push(' ');
    } else {
        text.push(' ');
    }
    let at = text.len();
    text.push_str(line);
    at
}

/// A paragraph being built: its text and the pages its lines come from (offset in the text, page).
#[derive(Default)]
struct Para {
    text: String,
    pages: Vec<(usize, usize)>,
    size: f64,
    last: Option<Line>,
}

impl Para {
    fn add(&mut self, line: &Line) {
        let at = join(&mut self.text, &line.text);
        if self.pages.last().is_none_or(|(_, p)| *p != line.page) {
            self.pages.push((at, line.page));
        }
        if self.last.is_none() {
            self.size = line.size;
        }
        self.last = Some(line.clone());
    }
}

/// Builds the document's blocks from its pages' lines.
struct Builder {
    doc: Document,
    part: usize,
    body_size: f64,
    heading_sizes: Vec<f64>,
}

impl Builder {
    fn piece(&mut self, text: &str, pages: &[(usize, usize)]) -> Option<Piece> {
        let lead = text.len() - text.trim_start().len();
        let text = text.trim().to_owned();
        if text.is_empty() {
            return None;
        }
        let part = self.part;
        self.part += 1;
        for &(offset, page) in pages {
            if self.doc.pages.last().is_none_or(|(_, p)| *p != page) {
                let anchor = Anchor {
                    part,
                    offset: offset.saturating_sub(lead).min(text.len()),
                };
                self.doc.pages.push((anchor, page));
            }
        }
        Some(Piece {
            text,
            anchor: Anchor { part, offset: 0 },
            number: part + 1,
        })
    }

    fn paragraph(&mut self, para: Para) {
        let Para {
            text, pages, size, ..
        } = para;
        let (kind, cut) = if let Some(m) = BULLET.find(&text) {
            (BlockKind::ListItem(0), m.end())
        } else if LABEL.is_match(&text) {
            (BlockKind::ListItem(0), 0)
        } else if let Some(level) = self.heading_level(size) {
            (BlockKind::Heading(level), 0)
        } else {
            let title =
                self.doc.blocks.is_empty() && !text.ends_with('.') && text.chars().count() <= 120;
            (
                BlockKind::Paragraph {
                    bold: title || shouts(&text),
                },
                0,
            )
        };
        // Page breaks were found in `text`; a bullet cut from its front moves them back.
        let pages: Vec<(usize, usize)> = pages
            .into_iter()
            .map(|(o, p)| (o.saturating_sub(cut), p))
            .collect();
        if let Some(piece) = self.piece(&text[cut..], &pages) {
            self.doc.blocks.push(Block {
                kind,
                pieces: vec![piece],
            });
        }
    }

    fn heading_level(&self, size: f64) -> Option<u8> {
        if size <= self.body_size * 1.15 {
            return None;
        }
        let rank = self
            .heading_sizes
            .iter()
            .position(|s| (s - size).abs() < 0.5)
            .unwrap_or(self.heading_sizes.len());
        Some(u8::try_from((rank + 1).min(6)).unwrap_or(6))
    }

    fn row(&mut self, cells: Vec<Vec<Line>>, header: bool) {
        let mut pieces = Vec::new();
        for cell in cells {
            let mut para = Para::default();
            for l in &cell {
                para.add(l);
            }
            if let Some(p) = self.piece(&para.text, &para.pages) {
                pieces.push(p);
            }
        }
        if pieces.len() < 2 {
            // Not a row after all (one non-empty cell): a paragraph.
            for p in pieces {
                self.doc.blocks.push(Block {
                    kind: BlockKind::Paragraph { bold: false },
                    pieces: vec![p],
                });
            }
            return;
        }
        let cells = vec![1; pieces.len()];
        self.doc.blocks.push(Block {
            kind: BlockKind::Row { header, cells },
            pieces,
        });
    }
}

/// The size of most of the text (weighted by characters), and the larger sizes that mark headings, largest first.
fn sizes(pages: &[Vec<Line>]) -> (f64, Vec<f64>) {
    let mut weight: Vec<(f64, usize)> = Vec::new();
    for l in pages.iter().flatten() {
        let s = (l.size * 2.0).round() / 2.0;
        // Sizes sit on a half-point grid: two sizes are the same when closer than a quarter point.
        match weight.iter_mut().find(|(w, _)| (*w - s).abs() < 0.25) {
            Some((_, n)) => *n += l.text.chars().count(),
            None => weight.push((s, l.text.chars().count())),
        }
    }
    let body = weight
        .iter()
        .max_by_key(|(_, n)| *n)
        .map_or(12.0, |(s, _)| *s);
    let mut larger: Vec<f64> = weight
        .iter()
        .map(|(s, _)| *s)
        .filter(|s| *s > body * 1.15)
        .collect();
    larger.sort_by(|a, b| b.total_cmp(a));
    (body, larger)
}

/// Pages of glyphs → blocks (the steps of the module doc).
fn layout(glyph_pages: &[Vec<Glyph>]) -> Document {
    let mut pages: Vec<Vec<Line>> = glyph_pages
        .iter()
        .enumerate()
        .map(|(i, g)| lines_of(i + 1, g))
        .collect();
    drop_furniture(&mut pages);
    let (body_size, heading_sizes) = sizes(&pages);
    let mut b = Builder {
        doc: Document::default(),
        part: 0,
        body_size,
        heading_sizes,
    };
    let mut para = Para::default();
    let mut in_table = false;
    for page in pages {
        for item in items_of(&page) {
            match item {
                Item::Row(cells) => {
                    if !para.text.is_empty() {
                        b.paragraph(std::mem::take(&mut para));
                    }
                    b.row(cells, !in_table);
                    in_table = true;
                }
                Item::Line(line) => {
                    in_table = false;
                    let goes_on = para.last.as_ref().is_some_and(|last| {
                        let same_size = (last.size - line.size).abs() <= 0.15 * last.size;
                        let spaced = next_line_of(last, &line);
                        // Over a page break or to the next column: only a sentence cut in the middle goes on.
                        let cut = !ends_sentence(&last.text)
                            && line.text.chars().next().is_some_and(char::is_lowercase);
                        let moved = last.page != line.page || line.y > last.y;
                        same_size && !opens_paragraph(&line.text) && (spaced || (moved && cut))
                    });
                    if !goes_on && !para.text.is_empty() {
                        b.paragraph(std::mem::take(&mut para));
                    }
                    para.add(&line);
                }
            }
        }
    }
    if !para.text.is_empty() {
        b.paragraph(para);
    }
    b.doc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(page: usize, x0: f64, y: f64, text: &str) -> Line {
        Line {
            page,
            x0,
            x1: x0 + 5.0 * text.chars().count() as f64,
            y,
            size: 10.0,
            sized: true,
            text: text.to_owned(),
        }
    }

    #[test]
    fn hyphenated_line_ends_are_joined_only_before_a_lower_case_word() {
        let mut t = String::from("l’intelli-");
        assert_eq!(join(&mut t, "gence artificielle"), "l’intelli".len());
        assert_eq!(t, "l’intelligence artificielle");
        let mut t = String::from("Article 2 –");
        join(&mut t, "Données");
        assert_eq!(t, "Article 2 – Données");
        let mut t = String::from("le règlement UE-");
        join(&mut t, "2024");
        assert_eq!(t, "le règlement UE- 2024");
    }

    #[test]
    fn running_headers_and_page_numbers_are_dropped_but_not_the_text() {
        let mut pages: Vec<Vec<Line>> = (1..=3)
            .map(|p| {
                vec![
                    line(p, 50.0, 800.0, "Mairie de Lormeval – Charte IA"),
                    line(p, 50.0, 700.0, &format!("Article {p} – Objet")),
                    line(p, 50.0, 680.0, "La charte s’applique aux agents."),
                    line(p, 280.0, 40.0, &format!("Page {p} sur 3")),
                ]
            })
            .collect();
        pages[1].push(line(2, 280.0, 20.0, "- 2 -"));
        drop_furniture(&mut pages);
        let texts: Vec<Vec<&str>> = pages
            .iter()
            .map(|p| p.iter().map(|l| l.text.as_str()).collect())
            .collect();
        assert_eq!(
            texts[1],
            ["Article 2 – Objet", "La charte s’applique aux agents."]
        );
        assert!(PAGE_NUMBER.is_match("12"));
        assert!(!PAGE_NUMBER.is_match("Article 12"));
    }

    #[test]
    fn cells_drawn_one_after_the_other_make_a_row() {
        let lines = vec![
            line(1, 72.0, 700.0, "Article 5 – Usages"),
            line(1, 72.0, 676.0, "Résumer un texte"),
            line(1, 72.0, 662.0, "réglementaire"),
            line(1, 306.0, 676.0, "Décider d’une aide"),
            line(1, 72.0, 640.0, "Traduire"),
            line(1, 306.0, 640.0, "Classer les usagers"),
            line(1, 72.0, 610.0, "Article 6 – Responsabilité"),
        ];
        let items = items_of(&lines);
        let shape: Vec<String> = items
            .iter()
            .map(|i| match i {
                Item::Line(l) => l.text.clone(),
                Item::Row(cells) => {
                    format!("row {:?}", cells.iter().map(Vec::len).collect::<Vec<_>>())
                }
            })
            .collect();
        assert_eq!(
            shape,
            [
                "Article 5 – Usages",
                "row [2, 1]",
                "row [1, 1]",
                "Article 6 – Responsabilité"
            ]
        );
    }
}
