//! Office documents (.docx, .odt, Writer text exports) → extracted text + position map → model.
//!
//! A reader turns a document into [`Block`]s: headings, paragraphs, list items and table rows, each holding the
//! text of one or more document paragraphs. [`extract`] writes those blocks as Markdown (one paragraph per line,
//! headings as `#`, list items as `-`, tables as pipe tables) and records, for every stretch of that text, the
//! document paragraph it came from. The Markdown parser then builds the same [`Charter`] as for a `.md` file, so
//! every rule and every output keeps working on real byte spans; a [`PositionMap`] turns those spans back into
//! places a reader of the original document can find (paragraph number, heading path, and later page).
//!
//! Block text is copied verbatim into the extracted text (only `|` inside table cells becomes `/`, byte for byte),
//! so an offset maps linearly back into its paragraph: what the annotator needs to anchor a comment on a passage.

use super::{markdown, ParseProblem};
use crate::model::{Charter, Span};

/// A place in a document paragraph: which paragraph (in the reader's counting) and a byte offset in its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Anchor {
    /// 0-based index of the paragraph among every paragraph element of the main text, empty ones included (the
    /// order a writer walking the same XML sees them).
    pub part: usize,
    /// Byte offset in that paragraph's extracted text.
    pub offset: usize,
}

/// One piece of a block: text from one document paragraph.
#[derive(Debug, Clone, Default)]
pub(crate) struct Piece {
    /// The text, one line (no line break).
    pub text: String,
    /// Where the text starts in the document.
    pub anchor: Anchor,
    /// 1-based number shown to people (non-empty paragraphs of the main text, in reading order).
    pub number: usize,
}

/// What a block is.
#[derive(Debug, Clone, PartialEq, Eq)]
// Without the document readers (`office`, `pdf`), only plain text makes blocks.
#[cfg_attr(not(any(feature = "office", feature = "pdf")), allow(dead_code))]
pub(crate) enum BlockKind {
    /// A heading of this level (1 = title).
    Heading(u8),
    /// A paragraph; `bold` when every character is bold (a heading in disguise, maybe).
    Paragraph {
        /// Whole paragraph in bold.
        bold: bool,
    },
    /// A list item at this nesting level (0 = top).
    ListItem(u8),
    /// A table row; `header` for a header row (its cells name the columns of the rows below).
    Row {
        /// Header row.
        header: bool,
        /// Number of pieces (cell paragraphs) in each cell, in order.
        cells: Vec<usize>,
    },
}

/// A unit of the document: one piece for paragraphs, headings and items, the cells' paragraphs for table rows.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    /// Heading, paragraph, list item or table row.
    pub kind: BlockKind,
    /// Its text, one piece per cell for rows.
    pub pieces: Vec<Piece>,
}

/// Metadata stored in the document's properties (not in its body).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocProperties {
    /// Title (`dc:title`).
    pub title: Option<String>,
    /// Author (`dc:creator`).
    pub creator: Option<String>,
    /// Creation date, ISO.
    pub created: Option<String>,
    /// Last modification date, ISO.
    pub modified: Option<String>,
}

/// A document as a reader sees it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Document {
    /// Blocks in reading order.
    pub blocks: Vec<Block>,
    /// Document properties.
    pub properties: DocProperties,
    /// Tracked changes still pending in the file (read as if accepted).
    pub pending_changes: usize,
    /// For paged formats (PDF): where each page's text begins, in anchor order (empty for flowing text).
    pub pages: Vec<(Anchor, usize)>,
}

/// Where a finding sits, in terms a reader of the original document can use.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    /// 1-based paragraph number (non-empty paragraphs of the main text, headings and table cells included).
    pub paragraph: usize,
    /// Headings from the top down to the one the passage stands under (« Article 4 », « 2° »).
    pub heading_path: Vec<String>,
    /// 1-based page, for formats that have pages (PDF); `None` for flowing text.
    pub page: Option<usize>,
}

impl Location {
    /// « Article 4 › 2°, paragraphe 12 » (or « paragraph 12 »).
    pub fn describe(&self, lang: crate::i18n::Lang) -> String {
        let mut parts = Vec::new();
        if !self.heading_path.is_empty() {
            parts.push(self.heading_path.join(" › "));
        }
        if let Some(p) = self.page {
            parts.push(format!("{} {p}", lang.pick("page", "page")));
        }
        parts.push(format!(
            "{} {}",
            lang.pick("paragraphe", "paragraph"),
            self.paragraph
        ));
        parts.join(", ")
    }
}

#[derive(Debug, Clone, Copy)]
struct Segment {
    /// Start of the line the segment is on (markup such as `# ` or `- ` sits between the two).
    line: usize,
    start: usize,
    end: usize,
    anchor: Anchor,
    number: usize,
}

/// Maps byte offsets of the extracted text back to the document.
#[derive(Debug, Clone, Default)]
pub struct PositionMap {
    segments: Vec<Segment>,
    /// (start of the heading in the extracted text, heading path down to it).
    headings: Vec<(usize, Vec<String>)>,
    /// (first anchor of a page, its 1-based number), in anchor order; empty for formats without pages.
    pages: Vec<(Anchor, usize)>,
}

impl PositionMap {
    fn segment_at(&self, offset: usize) -> Option<&Segment> {
        // The last segment starting at or before the offset, unless the offset is in the markup that opens the
        // next segment's line (`# `, `- `, `| `): then that segment.
        let i = self.segments.partition_point(|s| s.start <= offset);
        match self.segments.get(i) {
            Some(next) if next.line <= offset => Some(next),
            _ => self.segments.get(i.saturating_sub(1)),
        }
    }

    /// Where an offset of the extracted text lies in the document.
    pub fn locate(&self, offset: usize) -> Option<Location> {
        let seg = self.segment_at(offset)?;
        let h = self.headings.partition_point(|(s, _)| *s <= offset);
        let page = match self.anchor(offset) {
            Some(a) if !self.pages.is_empty() => {
                let i = self.pages.partition_point(|(start, _)| *start <= a);
                self.pages.get(i.saturating_sub(1)).map(|(_, n)| *n)
            }
            _ => None,
        };
        Some(Location {
            paragraph: seg.number,
            heading_path: h
                .checked_sub(1)
                .map(|i| self.headings[i].1.clone())
                .unwrap_or_default(),
            page,
        })
    }

    /// The offset itself, or the start of the text it precedes when it points at markup (`# `, `- `, `**`).
    pub fn text_start(&self, offset: usize) -> usize {
        self.segment_at(offset)
            .map_or(offset, |s| offset.max(s.start))
    }

    /// The document position of an offset of the extracted text (clamped into its segment).
    pub fn anchor(&self, offset: usize) -> Option<Anchor> {
        let seg = self.segment_at(offset)?;
        let inner = offset.clamp(seg.start, seg.end) - seg.start;
        Some(Anchor {
            part: seg.anchor.part,
            offset: seg.anchor.offset + inner,
        })
    }

    /// The document range of a span (start and end anchors).
    pub fn range(&self, span: Span) -> Option<(Anchor, Anchor)> {
        let a = self.anchor(span.start)?;
        let b = self.anchor(span.end.max(span.start))?;
        Some((a, b.max(a)))
    }
}

/// A document once extracted: the Markdown text every span indexes into, and how to get back to the document.
#[derive(Debug, Clone, Default)]
pub(crate) struct Extracted {
    /// Markdown text, one paragraph per line.
    pub text: String,
    /// Positions back in the document.
    pub map: PositionMap,
}

/// Writes the blocks as Markdown and records where each piece went.
pub(crate) fn extract(doc: &Document) -> Extracted {
    let mut out = Extracted::default();
    out.map.pages.clone_from(&doc.pages);
    let push_piece = |out: &mut Extracted, piece: &Piece, table: bool| {
        let start = out.text.len();
        let line = out.text.rfind('\n').map_or(0, |i| i + 1);
        if table {
            out.text.push_str(&piece.text.replace('|', "/"));
        } else {
            out.text.push_str(&piece.text);
        }
        out.map.segments.push(Segment {
            line,
            start,
            end: out.text.len(),
            anchor: piece.anchor,
            number: piece.number,
        });
    };
    let mut prev_list: Option<u8> = None;
    let mut in_table = false;
    for block in &doc.blocks {
        let is_row = matches!(block.kind, BlockKind::Row { .. });
        if in_table && !is_row {
            out.text.push('\n');
            in_table = false;
        }
        if !matches!(block.kind, BlockKind::ListItem(_)) && prev_list.take().is_some() {
            out.text.push('\n');
        }
        match &block.kind {
            BlockKind::Heading(level) => {
                let Some(p) = block.pieces.first() else {
                    continue;
                };
                out.text
                    .push_str(&"#".repeat(usize::from((*level).clamp(1, 6))));
                out.text.push(' ');
                push_piece(&mut out, p, false);
                out.text.push_str("\n\n");
            }
            BlockKind::Paragraph { bold } => {
                let Some(p) = block.pieces.first() else {
                    continue;
                };
                let bold = *bold && looks_like_heading(&p.text);
                if bold {
                    out.text.push_str("**");
                }
                push_piece(&mut out, p, false);
                if bold {
                    out.text.push_str("**");
                }
                out.text.push_str("\n\n");
            }
            BlockKind::ListItem(level) => {
                // Never deeper than one level below the previous item, so Markdown nests it under that item.
                let level = match prev_list {
                    Some(prev) => (*level).min(prev + 1),
                    None => 0,
                };
                let Some(p) = block.pieces.first() else {
                    continue;
                };
                out.text.push_str(&"  ".repeat(usize::from(level)));
                out.text.push_str("- ");
                push_piece(&mut out, p, false);
                out.text.push('\n');
                prev_list = Some(level);
            }
            BlockKind::Row { cells, .. } => {
                let cols = cells.len().max(1);
                out.text.push('|');
                let mut pieces = block.pieces.iter();
                for &n in cells {
                    out.text.push(' ');
                    for (k, p) in pieces.by_ref().take(n).enumerate() {
                        if k > 0 {
                            out.text.push(' ');
                        }
                        push_piece(&mut out, p, true);
                    }
                    out.text.push_str(" |");
                }
                out.text.push('\n');
                if !in_table {
                    // Markdown wants a header row: the first row is one (Word marks it, or it names the columns).
                    out.text.push('|');
                    out.text.push_str(&"---|".repeat(cols));
                    out.text.push('\n');
                    in_table = true;
                }
            }
        }
    }
    out
}

/// A bold paragraph is written as `**…**` (so the Markdown parser may take it for a heading) only when it is
/// short and does not end like a sentence, or starts with a numbering: otherwise the asterisks would only end
/// up in quoted passages.
fn looks_like_heading(text: &str) -> bool {
    let t = text.trim();
    let sentence = t.ends_with('.') || t.ends_with(';') || t.ends_with(',');
    !t.contains("**")
        && (markdown::numbering(t).is_some() || (!sentence && t.chars().count() <= 120))
}

/// Heading label for paths: the numbering when there is one (« Article 4 »), else the title, shortened.
fn heading_label(charter: &Charter, index: usize) -> String {
    let s = &charter.sections[index];
    match &s.number {
        Some(n) if !n.is_empty() => n.clone(),
        _ => {
            let mut t: String = s.title.chars().take(60).collect();
            if s.title.chars().count() > 60 {
                t.push('…');
            }
            t
        }
    }
}

/// Parses a document: extracts its text, builds the model with the Markdown parser, fills metadata from the
/// document properties, and completes the position map with heading paths.
pub(crate) fn parse(doc: &Document) -> (Extracted, Option<Charter>, Vec<ParseProblem>) {
    let mut ex = extract(doc);
    let (mut charter, problems) = markdown::parse(&ex.text);
    if let Some(c) = charter.as_mut() {
        if let Some(t) = &doc.properties.title {
            if c.title.is_none() {
                c.title = Some(t.clone());
            }
        }
        if c.meta.titre.is_none() {
            c.meta.titre.clone_from(&doc.properties.title);
        }
        ex.map.headings = (0..c.sections.len())
            .map(|i| {
                let path = c
                    .section_path(i)
                    .into_iter()
                    .map(|j| heading_label(c, j))
                    .collect();
                (c.sections[i].span.start, path)
            })
            .collect();
    }
    (ex, charter, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(text: &str, part: usize) -> Vec<Piece> {
        vec![Piece {
            text: text.into(),
            anchor: Anchor { part, offset: 0 },
            number: part + 1,
        }]
    }

    fn block(kind: BlockKind, text: &str, part: usize) -> Block {
        Block {
            kind,
            pieces: piece(text, part),
        }
    }

    #[test]
    fn blocks_become_markdown_and_offsets_map_back() {
        let doc = Document {
            blocks: vec![
                block(BlockKind::Heading(1), "Charte IA", 0),
                block(
                    BlockKind::Paragraph { bold: true },
                    "Article 2 – Données",
                    1,
                ),
                block(BlockKind::Paragraph { bold: false }, "Il est interdit :", 2),
                block(BlockKind::ListItem(0), "de saisir des données ;", 3),
                block(BlockKind::ListItem(2), "un courrier ;", 4),
                Block {
                    kind: BlockKind::Row {
                        header: true,
                        cells: vec![1, 1],
                    },
                    pieces: vec![
                        piece("Usages | autorisés", 5)[0].clone(),
                        piece("Usages interdits", 6)[0].clone(),
                    ],
                },
                Block {
                    kind: BlockKind::Row {
                        header: false,
                        cells: vec![1, 1],
                    },
                    pieces: vec![
                        piece("Résumer", 7)[0].clone(),
                        piece("Saisir des données de santé", 8)[0].clone(),
                    ],
                },
            ],
            ..Default::default()
        };
        let (ex, charter, problems) = parse(&doc);
        assert!(problems.is_empty());
        let c = charter.unwrap();
        assert_eq!(c.title.as_deref(), Some("Charte IA"));
        assert_eq!(c.sections[1].number.as_deref(), Some("Article 2"));
        let texts: Vec<_> = c.clauses.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts[1], "de saisir des données ;");
        assert_eq!(c.clauses[2].lead_in.as_deref(), Some("Il est interdit :"));
        let row = c.clauses.last().unwrap();
        assert_eq!(row.cell_headers, ["Usages / autorisés", "Usages interdits"]);
        let at = ex.text.find("santé").unwrap();
        let loc = ex.map.locate(at).unwrap();
        assert_eq!(loc.paragraph, 9);
        assert_eq!(loc.heading_path, ["Charte IA", "Article 2"]);
        let a = ex.map.anchor(at).unwrap();
        assert_eq!(a.part, 8);
        assert_eq!(&"Saisir des données de santé"[a.offset..], "santé");
    }
}
