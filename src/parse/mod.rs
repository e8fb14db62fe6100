//! Text → model. Reads bytes, recognises the format, and builds a [`Charter`]. Never panics on user input:
//! whatever is wrong with a file becomes a [`ParseProblem`] that the engine reports as STR000.

pub(crate) mod decode;
pub(crate) mod document;
#[cfg(feature = "office")]
pub(crate) mod docx;
pub(crate) mod front_matter;
pub(crate) mod markdown;
#[cfg(feature = "office")]
pub(crate) mod odt;
#[cfg(feature = "pdf")]
pub(crate) mod pdf;
pub(crate) mod txt;
pub(crate) mod yaml;
#[cfg(feature = "office")]
pub(crate) mod zipped;

use crate::model::{Charter, Span};
use document::{Document, PositionMap};

/// Files larger than this are not read as charters (a charter is a few dozen pages; 32 MiB leaves room for
/// generated stress inputs while keeping memory bounded).
pub(crate) const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;

/// The kinds of input charte reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    /// Structured Markdown, with or without YAML front matter.
    Markdown,
    /// The pure-YAML charter format.
    Yaml,
    /// A Word document (.docx).
    Docx,
    /// An `OpenDocument` text (.odt, `LibreOffice` Writer).
    Odt,
    /// A plain-text export (.txt), one paragraph per line.
    Text,
    /// A PDF, read from its text layer.
    Pdf,
}

/// Extensions of the files charte reads when it walks a folder (lower case, without the dot). The one list: the
/// walker, the « no readable file » message and the docs take it from here; a new reader adds its extension here
/// and its format in [`Format::from_path`].
pub(crate) const READABLE_EXTENSIONS: &[&str] =
    &["md", "markdown", "yaml", "yml", "docx", "odt", "txt", "pdf"];

/// True when a path's extension is one charte reads.
pub fn is_readable_extension(path: &std::path::Path) -> bool {
    path.extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| READABLE_EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()))
}

impl Format {
    /// Picks the format from a path's extension ([`READABLE_EXTENSIONS`]; anything else is read as Markdown).
    pub(crate) fn from_path(path: &str) -> Format {
        let ext = std::path::Path::new(path)
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        match ext.as_str() {
            "yaml" | "yml" => Format::Yaml,
            "docx" => Format::Docx,
            "odt" => Format::Odt,
            "txt" => Format::Text,
            "pdf" => Format::Pdf,
            _ => Format::Markdown,
        }
    }
}

/// Why a file, or part of it, could not be read as a charter.
#[derive(Debug, Clone, PartialEq, Eq)]
// Without the document readers (`office`, `pdf`), their problems never arise.
#[cfg_attr(not(all(feature = "office", feature = "pdf")), allow(dead_code))]
pub(crate) enum ProblemKind {
    /// Not valid UTF-8 (byte offset of the first bad byte).
    InvalidUtf8 {
        /// Offset of the first invalid byte.
        at: usize,
    },
    /// UTF-16 text (with or without BOM) with an invalid sequence (byte offset).
    InvalidUtf16 {
        /// Offset of the first invalid code unit.
        at: usize,
    },
    /// Contains NUL bytes that are not UTF-16 text: a binary file.
    Binary,
    /// The path could not be read at all (a folder, a FIFO, no permission…): the real reason.
    Unreadable {
        /// Why.
        reason: crate::io::ReadFailure,
    },
    /// Empty or only whitespace.
    Empty,
    /// A document format this build cannot read: charte was compiled without the cargo feature that reads it.
    NotBuiltIn {
        /// The cargo feature (`office`, `pdf`).
        feature: &'static str,
    },
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// Size in bytes.
        size: usize,
    },
    /// A YAML syntax or shape error (message from the YAML library).
    Yaml {
        /// What the YAML library said.
        detail: String,
    },
    /// Well-formed YAML with a value of the wrong shape (a list where a text is expected…).
    YamlValue {
        /// The key of the value, when its line names one.
        key: Option<String>,
        /// What the YAML library said.
        detail: String,
    },
    /// A front matter opened with `---` and never closed.
    UnclosedFrontMatter,
    /// A .docx/.odt that is not a readable zip package, or lacks its main part.
    Archive {
        /// What the zip library (or the reader) said.
        detail: String,
    },
    /// A package beyond the limits (entries, expanded size): possibly a zip bomb.
    ArchiveLimit {
        /// Which limit.
        detail: String,
    },
    /// A PDF that cannot be read: not a PDF, truncated or damaged (what was wrong, in French).
    Pdf {
        /// What the PDF reader found.
        detail: String,
    },
    /// A PDF protected by a password (its text is encrypted).
    Encrypted,
    /// A PDF without a text layer: a scan, or pages made of pictures (no OCR is attempted).
    NoText {
        /// Its number of pages.
        pages: usize,
    },
    /// A PDF beyond the reading limits (pages, objects, characters).
    PdfLimit {
        /// Which limit.
        detail: String,
    },
    /// charte itself failed on the document (a defect of the tool, caught so the other files still run).
    Internal {
        /// The defect's message.
        detail: String,
    },
    /// A part of a package that is not well-formed XML (or nests too deep).
    Xml {
        /// The part (`word/document.xml`).
        part: String,
        /// What the XML reader said.
        detail: String,
    },
}

/// A problem found while reading a file. `span` is `None` when the file has no usable text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ParseProblem {
    /// What went wrong.
    pub kind: ProblemKind,
    /// Where, in the source text.
    pub span: Option<Span>,
}

/// A file's text once decoded (BOM removed).
#[derive(Debug, Clone)]
pub(crate) struct SourceText {
    /// Path as given by the user.
    #[allow(
        dead_code,
        reason = "kept with the text it names (debug output); no code reads it"
    )]
    pub path: String,
    /// Decoded text; every span indexes into it.
    pub text: String,
}

/// What charte knows about a document it extracted text from (.docx, .odt, .txt, .pdf).
#[derive(Debug, Clone, Default)]
pub struct DocumentInfo {
    /// Offsets of the extracted text back to paragraphs and headings.
    pub map: PositionMap,
    /// Tracked changes pending in the file, read as if accepted.
    pub pending_changes: usize,
    /// Document properties (title, author, dates).
    pub properties: document::DocProperties,
}

/// What reading one file gives: its text (when decodable), the charter (when parseable), and problems.
#[derive(Debug, Clone)]
pub(crate) struct Parsed {
    /// The decoded source, absent for binary or undecodable files.
    pub source: Option<SourceText>,
    /// The charter model, absent when nothing could be built.
    pub charter: Option<Charter>,
    /// Problems to report as STR000.
    pub problems: Vec<ParseProblem>,
    /// For extracted documents: positions and what the extraction noticed.
    pub document: Option<DocumentInfo>,
}

/// Decodes bytes and parses them in the given format.
pub(crate) fn parse_bytes(path: &str, bytes: &[u8], format: Format) -> Parsed {
    let fail = |kind| Parsed {
        source: None,
        charter: None,
        problems: vec![ParseProblem { kind, span: None }],
        document: None,
    };
    if bytes.len() > MAX_FILE_BYTES {
        return fail(ProblemKind::TooLarge { size: bytes.len() });
    }
    match format {
        Format::Docx | Format::Odt | Format::Pdf => {
            let read = match format {
                #[cfg(feature = "office")]
                Format::Docx => docx::read(bytes),
                #[cfg(feature = "office")]
                Format::Odt => odt::read(bytes),
                #[cfg(feature = "pdf")]
                Format::Pdf => pdf::read(bytes),
                _ => Err(ProblemKind::NotBuiltIn {
                    feature: if format == Format::Pdf {
                        "pdf"
                    } else {
                        "office"
                    },
                }),
            };
            return match read {
                Ok(doc) => parse_document(path, &doc),
                Err(kind) => fail(kind),
            };
        }
        _ => {}
    }
    let text = match decode::decode(bytes) {
        Ok(t) => t,
        Err(kind) => return fail(kind),
    };
    if text.trim().is_empty() {
        return fail(ProblemKind::Empty);
    }
    if format == Format::Text {
        return parse_document(path, &txt::read(&text));
    }
    parse_text(path, text, format)
}

/// Parses a document read by one of the document readers: extracted text, model, position map.
pub(crate) fn parse_document(path: &str, doc: &Document) -> Parsed {
    if doc.blocks.is_empty() {
        return Parsed {
            source: None,
            charter: None,
            problems: vec![ParseProblem {
                kind: ProblemKind::Empty,
                span: None,
            }],
            document: None,
        };
    }
    let (extracted, charter, problems) = document::parse(doc);
    Parsed {
        source: Some(SourceText {
            path: path.to_owned(),
            text: extracted.text,
        }),
        charter,
        problems,
        document: Some(DocumentInfo {
            map: extracted.map,
            pending_changes: doc.pending_changes,
            properties: doc.properties.clone(),
        }),
    }
}

/// Parses already-decoded text.
pub(crate) fn parse_text(path: &str, text: String, format: Format) -> Parsed {
    let (charter, problems) = match format {
        Format::Yaml => yaml::parse_charter(&text),
        _ => markdown::parse(&text),
    };
    Parsed {
        source: Some(SourceText {
            path: path.to_owned(),
            text,
        }),
        charter,
        problems,
        document: None,
    }
}

/// Spans of top-level keys of a YAML block (`key:` at column 0), offset by `base`.
pub(crate) fn top_level_key_spans(yaml: &str, base: usize) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in yaml.split_inclusive('\n') {
        let first = line.chars().next();
        if first.is_some_and(|c| c.is_alphabetic() || c == '_') {
            if let Some(colon) = line.find(':') {
                let key = line[..colon].trim_end();
                if !key.is_empty()
                    && key
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
                {
                    out.push((
                        key.to_owned(),
                        Span::new(base + pos, base + pos + key.len()),
                    ));
                }
            }
        }
        pos += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_empty_and_bad_utf8_are_problems_not_panics() {
        let p = parse_bytes("a.md", b"abc\0def", Format::Markdown);
        assert_eq!(p.problems[0].kind, ProblemKind::Binary);
        let p = parse_bytes("a.md", b"  \n\n", Format::Markdown);
        assert_eq!(p.problems[0].kind, ProblemKind::Empty);
        let p = parse_bytes("a.md", b"ab\xffcd", Format::Markdown);
        assert_eq!(p.problems[0].kind, ProblemKind::InvalidUtf8 { at: 2 });
    }

    #[test]
    fn bom_is_removed() {
        let p = parse_bytes(
            "a.md",
            "\u{feff}# Charte\n\nTexte.".as_bytes(),
            Format::Markdown,
        );
        assert!(p.source.unwrap().text.starts_with("# Charte"));
    }
}
