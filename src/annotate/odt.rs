//! ODF annotations: `office:annotation` (author, text) where the passage starts and `office:annotation-end` where
//! it ends, both inline in `content.xml`. Every other part is copied as is (the `mimetype` entry stays first and
//! stored).

use super::docx::repack;
use super::{boundaries, split_at_char, Boundary, Comment, AUTHOR};
use crate::parse::docx::Step;
use crate::parse::odt::{Styles, Walker, MAIN_PART};
use crate::parse::zipped::{xml_problem, xml_reader, Package};
use crate::parse::ProblemKind;
use quick_xml::escape::escape;
use quick_xml::events::{BytesText, Event};

fn marker(b: &Boundary, comments: &[Comment]) -> String {
    let name = format!("charte{}", b.id);
    match b.order {
        1 => {
            let mut s = format!(
                "<office:annotation xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:name=\"{name}\"><dc:creator>{AUTHOR}</dc:creator>"
            );
            for line in &comments[b.id].lines {
                s.push_str(&format!("<text:p>{}</text:p>", escape(line.as_str())));
            }
            s.push_str("</office:annotation>");
            s
        }
        // An empty passage: the annotation alone marks the place.
        2 => String::new(),
        _ => format!("<office:annotation-end office:name=\"{name}\"/>"),
    }
}

/// Writes a copy of an .odt with the annotations.
pub(crate) fn write(original: &[u8], comments: &[Comment]) -> Result<Vec<u8>, ProblemKind> {
    let mut pkg = Package::open(original)?;
    let content = pkg.read(MAIN_PART)?.ok_or_else(|| ProblemKind::Archive {
        detail: format!("{MAIN_PART} absent"),
    })?;
    let mut styles = Styles::default();
    if let Some(x) = pkg.read("styles.xml")? {
        styles.add(&x, "styles.xml")?;
    }
    styles.add(&content, MAIN_PART)?;
    let bounds = boundaries(comments);
    let mut reader = xml_reader(&content);
    let mut writer = quick_xml::Writer::new(Vec::new());
    let mut walker = Walker::default();
    let mut next = 0usize;
    let err = |e: std::io::Error| xml_problem(MAIN_PART, e);
    loop {
        let ev = reader.read_event().map_err(|e| xml_problem(MAIN_PART, e))?;
        if ev == Event::Eof {
            break;
        }
        match walker.step(&ev, &styles)? {
            Step::Text { part, offset, len } => {
                let Event::Text(t) = &ev else {
                    writer.write_event(ev).map_err(err)?;
                    continue;
                };
                let text = t.decode().unwrap_or_default().into_owned();
                let mut from = 0;
                while let Some(b) = bounds
                    .get(next)
                    .filter(|b| (b.at.part, b.at.offset) <= (part, offset + len))
                {
                    let cut = split_at_char(&text, b.at.offset.saturating_sub(offset)).max(from);
                    writer
                        .write_event(Event::Text(BytesText::new(&text[from..cut])))
                        .map_err(err)?;
                    writer
                        .get_mut()
                        .extend_from_slice(marker(b, comments).as_bytes());
                    from = cut;
                    next += 1;
                }
                writer
                    .write_event(Event::Text(BytesText::new(&text[from..])))
                    .map_err(err)?;
            }
            // Markers go inside the paragraph, before its end tag (an empty `<text:p/>` holds no passage).
            Step::ParaEnd if matches!(ev, Event::End(_)) => {
                let part = walker.parts.saturating_sub(1);
                while let Some(b) = bounds.get(next).filter(|b| b.at.part <= part) {
                    writer
                        .get_mut()
                        .extend_from_slice(marker(b, comments).as_bytes());
                    next += 1;
                }
                writer.write_event(ev).map_err(err)?;
            }
            _ => writer.write_event(ev).map_err(err)?,
        }
    }
    repack(original, &[(MAIN_PART, writer.into_inner())])
}
