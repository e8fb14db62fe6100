//! Reading parts of a zip package (.docx, .odt) with limits, so a hostile file costs bounded memory and time.
//!
//! The sizes written in a zip's directory are not trusted: every part is read through a counting limit, and the
//! whole package may not expand to more than [`MAX_EXPANDED`] bytes, however its directory describes it.

use super::ProblemKind;
use std::io::{Cursor, Read};

/// At most this many entries in a package (a Word document has a few dozen).
pub(crate) const MAX_ENTRIES: usize = 10_000;
/// At most this many bytes once the parts charte reads are expanded, all together.
pub(crate) const MAX_EXPANDED: u64 = 64 * 1024 * 1024;
/// At most this depth of nested XML elements.
pub(crate) const MAX_DEPTH: usize = 256;

/// An open package and what was expanded from it so far.
pub(crate) struct Package<'b> {
    archive: zip::ZipArchive<Cursor<&'b [u8]>>,
    expanded: u64,
}

impl<'b> Package<'b> {
    /// Opens a zip package held in memory.
    pub(crate) fn open(bytes: &'b [u8]) -> Result<Self, ProblemKind> {
        let archive =
            zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| ProblemKind::Archive {
                detail: e.to_string(),
            })?;
        if archive.len() > MAX_ENTRIES {
            return Err(ProblemKind::ArchiveLimit {
                detail: format!("{} entrées (limite {MAX_ENTRIES})", archive.len()),
            });
        }
        Ok(Package {
            archive,
            expanded: 0,
        })
    }

    /// Reads a part as UTF-8 text; `Ok(None)` when the part is absent.
    pub(crate) fn read(&mut self, name: &str) -> Result<Option<String>, ProblemKind> {
        let Some(bytes) = self.read_bytes(name)? else {
            return Ok(None);
        };
        String::from_utf8(bytes)
            .map(Some)
            .map_err(|e| ProblemKind::Xml {
                part: name.to_owned(),
                detail: format!("UTF-8 invalide à l'octet {}", e.utf8_error().valid_up_to()),
            })
    }

    /// Reads a part's bytes, within the package's remaining expansion budget.
    pub(crate) fn read_bytes(&mut self, name: &str) -> Result<Option<Vec<u8>>, ProblemKind> {
        let Some(index) = self.archive.index_for_name(name) else {
            return Ok(None);
        };
        let budget = MAX_EXPANDED.saturating_sub(self.expanded);
        let file = self
            .archive
            .by_index(index)
            .map_err(|e| ProblemKind::Archive {
                detail: format!("{name} : {e}"),
            })?;
        let mut out = Vec::new();
        file.take(budget + 1)
            .read_to_end(&mut out)
            .map_err(|e| ProblemKind::Archive {
                detail: format!("{name} : {e}"),
            })?;
        self.expanded += out.len() as u64;
        if out.len() as u64 > budget {
            return Err(ProblemKind::ArchiveLimit {
                detail: format!(
                    "plus de {} Mio une fois décompressé",
                    MAX_EXPANDED / (1024 * 1024)
                ),
            });
        }
        Ok(Some(out))
    }
}

/// The value of the attribute with this local name (prefix ignored), unescaped.
pub(crate) fn attr(e: &quick_xml::events::BytesStart<'_>, local: &[u8]) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(std::borrow::Cow::into_owned)
        })
}

/// The text of an entity or character reference (`&amp;`, `&#233;`); unknown entities give nothing.
pub(crate) fn entity(r: &quick_xml::events::BytesRef<'_>) -> String {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return c.to_string();
    }
    r.decode()
        .ok()
        .and_then(|name| quick_xml::escape::resolve_predefined_entity(&name))
        .unwrap_or("")
        .to_owned()
}

/// An XML syntax error in a part, as a parse problem.
pub(crate) fn xml_problem(part: &str, e: impl std::fmt::Display) -> ProblemKind {
    ProblemKind::Xml {
        part: part.to_owned(),
        detail: e.to_string(),
    }
}

/// A reader over a part's text that keeps every character (no trimming) and checks end names.
pub(crate) fn xml_reader(xml: &str) -> quick_xml::Reader<&[u8]> {
    let mut r = quick_xml::Reader::from_str(xml);
    r.config_mut().trim_text(false);
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;

    #[test]
    fn bomb_stops_at_the_budget_and_garbage_is_an_archive_problem() {
        let mut buf = Cursor::new(Vec::new());
        {
            let mut w = zip::ZipWriter::new(&mut buf);
            w.start_file("word/document.xml", SimpleFileOptions::default())
                .unwrap();
            let zeros = vec![0u8; 1024 * 1024];
            for _ in 0..(MAX_EXPANDED / (1024 * 1024) + 2) {
                w.write_all(&zeros).unwrap();
            }
            w.finish().unwrap();
        }
        let bytes = buf.into_inner();
        assert!(bytes.len() < 1024 * 1024, "compressed {}", bytes.len());
        let mut p = Package::open(&bytes).unwrap();
        assert!(matches!(
            p.read("word/document.xml"),
            Err(ProblemKind::ArchiveLimit { .. })
        ));
        assert!(matches!(
            Package::open(b"PK\x03\x04 not really a zip").err(),
            Some(ProblemKind::Archive { .. })
        ));
    }
}
