//! `--format docx`: the printable reports as a Word document. The content is the Markdown report's (`check`'s
//! [`super::markdown`], `offer`'s summary or matrix), so the report is built once; this module only typesets it:
//! headings as Word headings, lists as bulleted paragraphs, quotes in the Quote style, and each Markdown table as a
//! real Word table whose first row is marked to repeat on every printed page (`w:tblHeader`). Written with the
//! `zip` and `quick-xml` crates charte already reads Word files with (docs/decisions.md says why not `docx-rs`).

use crate::i18n::Lang;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use quick_xml::escape::escape;
use std::io::{Cursor, Write};

/// The end of a run of text.
const CLOSE: &str = "</w:t></w:r>";

/// Text width of an A4 page with 2 cm margins, in twentieths of a point.
const TEXT_WIDTH: usize = 9638;

/// One table being read: its rows (header or not, the XML of each cell's paragraph content).
#[derive(Default)]
struct Table {
    rows: Vec<(bool, Vec<String>)>,
}

impl Table {
    /// The table in Word's XML: the first column (what a row is about) gets two fifths of the width when
    /// there are more than two columns, the others share the rest.
    fn xml(&self) -> String {
        let columns = self.rows.iter().map(|(_, c)| c.len()).max().unwrap_or(1);
        let widths: Vec<usize> = if columns > 2 {
            let first = TEXT_WIDTH * 2 / 5;
            let rest = (TEXT_WIDTH - first) / (columns - 1);
            std::iter::once(first)
                .chain(std::iter::repeat_n(rest, columns - 1))
                .collect()
        } else {
            vec![TEXT_WIDTH / columns; columns]
        };
        let border = |side: &str| {
            format!("<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"9AA3AD\"/>")
        };
        let mut out = format!(
            "<w:tbl><w:tblPr><w:tblW w:w=\"{TEXT_WIDTH}\" w:type=\"dxa\"/><w:tblBorders>{}{}{}{}{}{}</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>",
            border("top"),
            border("left"),
            border("bottom"),
            border("right"),
            border("insideH"),
            border("insideV")
        );
        for w in &widths {
            out.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
        }
        out.push_str("</w:tblGrid>");
        for (header, cells) in &self.rows {
            // A row is never cut across two pages; the header row repeats at the top of each page.
            out.push_str("<w:tr><w:trPr><w:cantSplit/>");
            if *header {
                out.push_str("<w:tblHeader/>");
            }
            out.push_str("</w:trPr>");
            for (i, width) in widths.iter().enumerate() {
                let content = cells.get(i).map_or("", String::as_str);
                out.push_str(&format!(
                    "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>"
                ));
                if *header {
                    out.push_str("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E4E9F0\"/>");
                }
                out.push_str(&format!(
                    "</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr>{content}</w:p></w:tc>"
                ));
            }
            out.push_str("</w:tr>");
        }
        out.push_str("</w:tbl><w:p/>");
        out
    }
}

/// Turns the events of a Markdown report into the body of `word/document.xml`.
#[derive(Default)]
struct Body {
    xml: String,
    /// The open paragraph's properties and runs.
    para: Option<(String, String)>,
    bold: usize,
    italic: usize,
    code: bool,
    quote: usize,
    /// Nesting of lists, and whether the current item has had its first paragraph (the one with the bullet).
    lists: usize,
    item_started: bool,
    heading: Option<u8>,
    table: Option<Table>,
    in_head: bool,
}

impl Body {
    /// The style of a paragraph opened now.
    fn paragraph_properties(&mut self) -> String {
        if self.table.is_some() {
            return String::new();
        }
        if let Some(level) = self.heading {
            return format!("<w:pPr><w:pStyle w:val=\"Heading{level}\"/></w:pPr>");
        }
        if self.quote > 0 {
            return "<w:pPr><w:pStyle w:val=\"Quote\"/></w:pPr>".to_owned();
        }
        if self.lists > 0 {
            let level = self.lists - 1;
            if self.item_started {
                return format!(
                    "<w:pPr><w:pStyle w:val=\"ListContinue\"/><w:ind w:left=\"{}\"/></w:pPr>",
                    360 * (level + 1)
                );
            }
            self.item_started = true;
            return format!(
                "<w:pPr><w:pStyle w:val=\"ListBullet\"/><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
            );
        }
        String::new()
    }

    fn open(&mut self) {
        if self.para.is_none() {
            let props = self.paragraph_properties();
            self.para = Some((props, String::new()));
        }
    }

    fn close(&mut self) {
        let Some((props, runs)) = self.para.take() else {
            return;
        };
        if let Some(table) = &mut self.table {
            // A cell's content is kept until the table is written whole.
            if let Some((_, cells)) = table.rows.last_mut() {
                if let Some(cell) = cells.last_mut() {
                    cell.push_str(&runs);
                }
            }
            return;
        }
        self.xml.push_str(&format!("<w:p>{props}{runs}</w:p>"));
    }

    fn text(&mut self, text: &str) {
        self.open();
        let mut props = String::new();
        if self.bold > 0 || self.in_head {
            props.push_str("<w:b/>");
        }
        if self.italic > 0 {
            props.push_str("<w:i/>");
        }
        if self.code {
            props.push_str(
                "<w:rFonts w:ascii=\"Consolas\" w:hAnsi=\"Consolas\" w:cs=\"Consolas\"/>",
            );
        }
        let props = if props.is_empty() {
            props
        } else {
            format!("<w:rPr>{props}</w:rPr>")
        };
        if let Some((_, runs)) = &mut self.para {
            // Text that pulldown-cmark gives in pieces (around an escaped character) stays one run.
            let open = format!("<w:r>{props}<w:t xml:space=\"preserve\">");
            let same = runs
                .rfind("<w:r>")
                .is_some_and(|at| runs[at..].starts_with(&open) && runs.ends_with(CLOSE));
            if same {
                runs.truncate(runs.len() - CLOSE.len());
            } else {
                runs.push_str(&open);
            }
            runs.push_str(&escape(text));
            runs.push_str(CLOSE);
        }
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(&tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => self.text(&t),
            Event::Code(t) => {
                self.code = true;
                self.text(&t);
                self.code = false;
            }
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => {
                self.open();
                if let Some((_, runs)) = &mut self.para {
                    runs.push_str("<w:r><w:br/></w:r>");
                }
            }
            Event::TaskListMarker(done) => self.text(if done { "☑ " } else { "☐ " }),
            Event::Rule => {
                self.close();
                self.xml.push_str("<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"9AA3AD\"/></w:pBdr></w:pPr></w:p>");
            }
            _ => {}
        }
    }

    fn start(&mut self, tag: &Tag<'_>) {
        match tag {
            Tag::Heading { level, .. } => {
                self.close();
                self.heading = Some(match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    _ => 3,
                });
            }
            Tag::Paragraph => {}
            Tag::BlockQuote(_) => {
                self.close();
                self.quote += 1;
            }
            Tag::List(_) => {
                self.close();
                self.lists += 1;
            }
            Tag::Item => {
                self.close();
                self.item_started = false;
            }
            Tag::Emphasis => self.italic += 1,
            Tag::Strong => self.bold += 1,
            Tag::Table(_) => {
                self.close();
                self.table = Some(Table::default());
            }
            Tag::TableHead => {
                self.in_head = true;
                self.row(true);
            }
            Tag::TableRow => self.row(false),
            Tag::TableCell => {
                if let Some((_, cells)) = self.table.as_mut().and_then(|t| t.rows.last_mut()) {
                    cells.push(String::new());
                }
            }
            _ => {}
        }
    }

    fn row(&mut self, header: bool) {
        if let Some(t) = &mut self.table {
            t.rows.push((header, Vec::new()));
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => {
                self.close();
                self.heading = None;
            }
            TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell => self.close(),
            TagEnd::BlockQuote(_) => {
                self.close();
                self.quote = self.quote.saturating_sub(1);
            }
            TagEnd::List(_) => {
                self.close();
                self.lists = self.lists.saturating_sub(1);
                // Back in the enclosing item: what follows continues it.
                self.item_started = self.lists > 0;
            }
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::TableHead => self.in_head = false,
            TagEnd::Table => {
                self.close();
                if let Some(t) = self.table.take() {
                    self.xml.push_str(&t.xml());
                }
            }
            _ => {}
        }
    }
}

const NS: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

fn styles(lang: Lang) -> String {
    let heading = |level: u8, size: u8| {
        format!(
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading{level}\"><w:name w:val=\"heading {level}\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"80\"/><w:outlineLvl w:val=\"{}\"/></w:pPr><w:rPr><w:b/><w:color w:val=\"1D4E89\"/><w:sz w:val=\"{size}\"/></w:rPr></w:style>",
            level - 1
        )
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/><w:sz w:val=\"21\"/><w:lang w:val=\"{}\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"100\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>{}{}{}<w:style w:type=\"paragraph\" w:styleId=\"Quote\"><w:name w:val=\"Quote\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:pBdr><w:left w:val=\"single\" w:sz=\"12\" w:space=\"6\" w:color=\"D6DAE0\"/></w:pBdr><w:ind w:left=\"567\"/></w:pPr><w:rPr><w:i/><w:color w:val=\"30363D\"/></w:rPr></w:style><w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:spacing w:before=\"120\"/></w:pPr></w:style><w:style w:type=\"paragraph\" w:styleId=\"ListContinue\"><w:name w:val=\"List Continue\"/><w:basedOn w:val=\"Normal\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:rPr><w:sz w:val=\"18\"/></w:rPr></w:style></w:styles>",
        lang.pick("fr-FR", "en-GB"),
        heading(1, 32),
        heading(2, 26),
        heading(3, 22),
    )
}

fn numbering() -> String {
    let mut levels = String::new();
    for level in 0..9 {
        levels.push_str(&format!(
            "<w:lvl w:ilvl=\"{level}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"{}\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"{}\" w:hanging=\"360\"/></w:pPr></w:lvl>",
            if level % 2 == 0 { "•" } else { "◦" },
            360 * (level + 1)
        ));
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering {NS}><w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>{levels}</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
    )
}

const TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/><Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/><Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>";

const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>";

const DOCUMENT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/></Relationships>";

fn core(title: &str, lang: Lang) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:creator>charte</dc:creator><dc:language>{}</dc:language></cp:coreProperties>",
        escape(title),
        lang.pick("fr-FR", "en-GB")
    )
}

/// The Markdown report `markdown` as a .docx file; the document's title is its first heading.
pub(crate) fn from_markdown(markdown: &str, lang: Lang) -> Result<Vec<u8>, String> {
    let mut body = Body::default();
    let mut title = String::new();
    let mut in_first_heading = None;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS) {
        match (&event, in_first_heading) {
            (Event::Start(Tag::Heading { .. }), None) => in_first_heading = Some(true),
            (Event::End(TagEnd::Heading(_)), Some(true)) => in_first_heading = Some(false),
            (Event::Text(t) | Event::Code(t), Some(true)) => title.push_str(t),
            _ => {}
        }
        body.event(event);
    }
    body.close();
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document {NS}><w:body>{}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>",
        body.xml
    );
    let parts = [
        ("[Content_Types].xml", TYPES.to_owned()),
        ("_rels/.rels", ROOT_RELS.to_owned()),
        ("docProps/core.xml", core(&title, lang)),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.to_owned()),
        ("word/document.xml", document),
        ("word/styles.xml", styles(lang)),
        ("word/numbering.xml", numbering()),
    ];
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, xml) in parts {
        zip.start_file(name, deflated).map_err(|e| e.to_string())?;
        zip.write_all(xml.as_bytes()).map_err(|e| e.to_string())?;
    }
    Ok(zip.finish().map_err(|e| e.to_string())?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document_xml(markdown: &str) -> String {
        let bytes = from_markdown(markdown, Lang::Fr).unwrap();
        let mut pkg = crate::parse::zipped::Package::open(&bytes).unwrap();
        pkg.read("word/document.xml").unwrap().unwrap()
    }

    #[test]
    fn a_markdown_table_becomes_a_word_table_whose_header_row_repeats() {
        let xml = document_xml("| Exigence | `a.md` |\n|---|---|\n| Hébergement | satisfaite |\n");
        assert_eq!(xml.matches("<w:tr>").count(), 2);
        assert_eq!(xml.matches("<w:tblHeader/>").count(), 1);
        let header_end = xml.find("</w:tr>").unwrap();
        assert!(xml[..header_end].contains("<w:tblHeader/>"));
        assert!(xml[header_end..].contains("Hébergement"));
    }

    #[test]
    fn escaped_markdown_comes_back_as_the_text_and_xml_is_escaped() {
        let xml = document_xml("# Rapport\n\nArticle 3 \\*bis\\* : « a < b & c » 🙂\n");
        assert!(
            xml.contains("Article 3 *bis* : « a &lt; b &amp; c » 🙂"),
            "{xml}"
        );
        assert!(xml.contains("<w:pStyle w:val=\"Heading1\"/>"));
    }
}
