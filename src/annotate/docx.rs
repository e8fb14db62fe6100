//! Word comments: `w:commentRangeStart` / `w:commentRangeEnd` + a `w:commentReference` run in
//! `word/document.xml`, the texts in `word/comments.xml` (created, or completed when the document already has
//! comments), declared in `[Content_Types].xml` and `word/_rels/document.xml.rels`. Every other part is copied as is.

use super::{boundaries, split_at_char, Boundary, Comment, AUTHOR};
use crate::parse::docx::{Step, Styles, Walker, MAIN_PART};
use crate::parse::zipped::{attr, xml_problem, xml_reader, Package};
use crate::parse::ProblemKind;
use quick_xml::escape::escape;
use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};
use std::io::{Cursor, Write};

const COMMENTS: &str = "word/comments.xml";
const RELS: &str = "word/_rels/document.xml.rels";
const TYPES: &str = "[Content_Types].xml";
const COMMENTS_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const COMMENTS_REL: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";

fn zip_problem(e: impl std::fmt::Display) -> ProblemKind {
    ProblemKind::Archive {
        detail: e.to_string(),
    }
}

/// The first comment id free in an existing `comments.xml`.
fn first_free_id(existing: Option<&str>) -> usize {
    let Some(xml) = existing else { return 0 };
    xml.match_indices("w:id=\"")
        .filter_map(|(i, m)| {
            let rest = &xml[i + m.len()..];
            rest[..rest.find('"')?].parse::<usize>().ok()
        })
        .max()
        .map_or(0, |m| m + 1)
}

fn comment_xml(id: usize, c: &Comment) -> String {
    let mut s = format!("<w:comment w:id=\"{id}\" w:author=\"{AUTHOR}\" w:initials=\"ch\">");
    for line in &c.lines {
        s.push_str(&format!(
            "<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
            escape(line.as_str())
        ));
    }
    s.push_str("</w:comment>");
    s
}

/// Writes the markers of a boundary (outside any run).
fn markers(out: &mut Vec<u8>, b: &Boundary, first_id: usize) {
    let id = first_id + b.id;
    if b.order == 1 {
        out.extend_from_slice(format!("<w:commentRangeStart w:id=\"{id}\"/>").as_bytes());
    } else {
        out.extend_from_slice(
            format!(
                "<w:commentRangeEnd w:id=\"{id}\"/><w:r><w:commentReference w:id=\"{id}\"/></w:r>"
            )
            .as_bytes(),
        );
    }
}

/// The `w:rPr` of the run being read, kept to reopen the run after a marker cut it.
#[derive(Default)]
struct RunProps {
    events: Vec<Event<'static>>,
    /// Depth inside the `w:rPr` being copied (0: not in one).
    depth: usize,
}

impl RunProps {
    fn follow(&mut self, ev: &Event<'_>) {
        let name = match ev {
            Event::Start(e) | Event::Empty(e) => Some(e.local_name().as_ref().to_vec()),
            _ => None,
        };
        if self.depth == 0 {
            match (ev, name.as_deref()) {
                (Event::Start(_), Some(b"r")) => self.events.clear(),
                (Event::Start(_), Some(b"rPr")) => {
                    self.events.clear();
                    self.events.push(ev.clone().into_owned());
                    self.depth = 1;
                }
                _ => {}
            }
            return;
        }
        self.events.push(ev.clone().into_owned());
        match ev {
            Event::Start(_) => self.depth += 1,
            Event::End(_) => self.depth -= 1,
            _ => {}
        }
    }
}

/// Rewrites `word/document.xml` with the comment ranges: a passage starting or ending inside a run splits it in two
/// runs with the same properties, the markers between them.
fn document(
    xml: &str,
    styles: &Styles,
    bounds: &[Boundary],
    first_id: usize,
) -> Result<Vec<u8>, ProblemKind> {
    let mut reader = xml_reader(xml);
    let mut writer = quick_xml::Writer::new(Vec::new());
    let mut walker = Walker::default();
    let mut next = 0usize;
    let mut props = RunProps::default();
    let err = |e: std::io::Error| xml_problem(MAIN_PART, e);
    loop {
        let ev = reader.read_event().map_err(|e| xml_problem(MAIN_PART, e))?;
        if ev == Event::Eof {
            break;
        }
        props.follow(&ev);
        let step = walker.step(&ev, styles)?;
        match (step, &ev) {
            (Step::Text { part, offset, len }, Event::Text(t)) => {
                let due = |b: &Boundary| (b.at.part, b.at.offset) <= (part, offset + len);
                let text = t.decode().unwrap_or_default().into_owned();
                let mut from = 0;
                while let Some(b) = bounds.get(next).filter(|b| due(b)) {
                    let cut = split_at_char(&text, b.at.offset.saturating_sub(offset)).max(from);
                    writer
                        .write_event(Event::Text(BytesText::new(&text[from..cut])))
                        .map_err(err)?;
                    from = cut;
                    // Close the text and the run, place the marker, reopen a run with the same properties.
                    writer
                        .write_event(Event::End(BytesEnd::new("w:t")))
                        .map_err(err)?;
                    writer
                        .write_event(Event::End(BytesEnd::new("w:r")))
                        .map_err(err)?;
                    markers(writer.get_mut(), b, first_id);
                    writer
                        .write_event(Event::Start(BytesStart::new("w:r")))
                        .map_err(err)?;
                    for p in &props.events {
                        writer.write_event(p.clone()).map_err(err)?;
                    }
                    writer
                        .write_event(Event::Start(preserved_t()))
                        .map_err(err)?;
                    next += 1;
                }
                writer
                    .write_event(Event::Text(BytesText::new(&text[from..])))
                    .map_err(err)?;
            }
            (_, Event::Start(e)) if e.name().as_ref() == b"w:t" => {
                // A text cut in two keeps its spaces at the cut (Word drops edge spaces without `preserve`).
                let mut t = e.to_owned();
                if attr(e, b"space").is_none() {
                    t.push_attribute(("xml:space", "preserve"));
                }
                writer.write_event(Event::Start(t)).map_err(err)?;
            }
            (Step::ParaEnd, _) => {
                // Boundaries of this paragraph not reached by its text (end of paragraph, empty paragraph).
                let part = walker.parts.saturating_sub(1);
                while let Some(b) = bounds.get(next).filter(|b| b.at.part <= part) {
                    markers(writer.get_mut(), b, first_id);
                    next += 1;
                }
                writer.write_event(ev).map_err(err)?;
            }
            _ => writer.write_event(ev).map_err(err)?,
        }
    }
    Ok(writer.into_inner())
}

fn preserved_t() -> BytesStart<'static> {
    let mut t = BytesStart::new("w:t");
    t.push_attribute(("xml:space", "preserve"));
    t
}

/// Writes a copy of a .docx with the comments.
pub(crate) fn write(original: &[u8], comments: &[Comment]) -> Result<Vec<u8>, ProblemKind> {
    let mut pkg = Package::open(original)?;
    let main = pkg
        .read(MAIN_PART)?
        .ok_or_else(|| zip_problem(format!("{MAIN_PART} absent")))?;
    let styles = match pkg.read("word/styles.xml")? {
        Some(x) => Styles::parse(&x)?,
        None => Styles::default(),
    };
    let existing = pkg.read(COMMENTS)?;
    let first_id = first_free_id(existing.as_deref());
    let bounds = boundaries(comments);
    let body = document(&main, &styles, &bounds, first_id)?;
    let new_comments: String = comments
        .iter()
        .enumerate()
        .map(|(i, c)| comment_xml(first_id + i, c))
        .collect();
    let comments_xml = match existing {
        Some(x) if x.contains("</w:comments>") => x.replacen("</w:comments>", &format!("{new_comments}</w:comments>"), 1),
        _ => format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">{new_comments}</w:comments>"
        ),
    };
    let mut types = pkg.read(TYPES)?.unwrap_or_default();
    if !types.contains("/word/comments.xml") {
        types = types.replacen(
            "</Types>",
            &format!("<Override PartName=\"/word/comments.xml\" ContentType=\"{COMMENTS_TYPE}\"/></Types>"),
            1,
        );
    }
    let mut rels = pkg.read(RELS)?.unwrap_or_else(|| {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>".to_owned()
    });
    if !rels.contains(COMMENTS_REL) {
        rels = rels.replacen(
            "</Relationships>",
            &format!("<Relationship Id=\"rIdCharteComments\" Type=\"{COMMENTS_REL}\" Target=\"comments.xml\"/></Relationships>"),
            1,
        );
    }
    let replaced: [(&str, Vec<u8>); 4] = [
        (MAIN_PART, body),
        (COMMENTS, comments_xml.into_bytes()),
        (TYPES, types.into_bytes()),
        (RELS, rels.into_bytes()),
    ];
    repack(original, &replaced)
}

/// Copies a package, replacing (or adding) some parts; the others are copied without being expanded.
pub(crate) fn repack(
    original: &[u8],
    replaced: &[(&str, Vec<u8>)],
) -> Result<Vec<u8>, ProblemKind> {
    let mut archive = zip::ZipArchive::new(Cursor::new(original)).map_err(zip_problem)?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut done = Vec::new();
    for i in 0..archive.len() {
        let file = archive.by_index_raw(i).map_err(zip_problem)?;
        let name = file.name().to_owned();
        match replaced.iter().find(|(n, _)| *n == name) {
            Some((n, bytes)) => {
                drop(file);
                out.start_file(*n, deflated).map_err(zip_problem)?;
                out.write_all(bytes).map_err(zip_problem)?;
                done.push(*n);
            }
            None => out.raw_copy_file(file).map_err(zip_problem)?,
        }
    }
    for (n, bytes) in replaced.iter().filter(|(n, _)| !done.contains(n)) {
        out.start_file(*n, deflated).map_err(zip_problem)?;
        out.write_all(bytes).map_err(zip_problem)?;
    }
    Ok(out.finish().map_err(zip_problem)?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::document::Anchor;

    #[test]
    fn a_passage_inside_a_run_splits_it_into_runs_with_the_same_properties() {
        let xml = r#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:rPr><w:b/><w:rPrChange w:id="9"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t>Il est interdit de saisir</w:t></w:r><w:r><w:t xml:space="preserve"> des données &amp; fichiers.</w:t></w:r></w:p></w:body></w:document>"#;
        let at = |offset| Anchor { part: 0, offset };
        // « interdit » inside the bold run; « saisir des » over the two runs.
        let comments = [
            Comment {
                start: at(7),
                end: at(15),
                lines: vec!["a".into()],
            },
            Comment {
                start: at(19),
                end: at(29),
                lines: vec!["b".into()],
            },
        ];
        let out = document(xml, &Styles::default(), &boundaries(&comments), 3).unwrap();
        let out = String::from_utf8(out).unwrap();
        let bold =
            r#"<w:rPr><w:b/><w:rPrChange w:id="9"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr>"#;
        let expected = format!(
            concat!(
                r#"<w:p><w:r>{b}<w:t xml:space="preserve">Il est </w:t></w:r><w:commentRangeStart w:id="3"/>"#,
                r#"<w:r>{b}<w:t xml:space="preserve">interdit</w:t></w:r><w:commentRangeEnd w:id="3"/>"#,
                r#"<w:r><w:commentReference w:id="3"/></w:r><w:r>{b}<w:t xml:space="preserve"> de </w:t></w:r>"#,
                r#"<w:commentRangeStart w:id="4"/><w:r>{b}<w:t xml:space="preserve">saisir</w:t></w:r>"#,
                r#"<w:r><w:t xml:space="preserve"> des</w:t></w:r><w:commentRangeEnd w:id="4"/>"#,
                r#"<w:r><w:commentReference w:id="4"/></w:r><w:r><w:t xml:space="preserve"> données &amp; fichiers.</w:t></w:r></w:p>"#
            ),
            b = bold
        );
        assert_eq!(
            out.get(out.find("<w:p>").unwrap()..out.find("</w:body>").unwrap()),
            Some(expected.as_str())
        );
        // The text reads the same.
        let mut walker = Walker::default();
        let mut reader = xml_reader(&out);
        let mut text = String::new();
        loop {
            let ev = reader.read_event().unwrap();
            if ev == Event::Eof {
                break;
            }
            if walker.step(&ev, &Styles::default()).unwrap() == Step::ParaEnd {
                text = walker.take_para().unwrap().text;
            }
        }
        assert_eq!(text, "Il est interdit de saisir des données & fichiers.");
    }
}
