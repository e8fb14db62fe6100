//! Rendering beyond [`render`](crate::render): colour, a human report streamed file by file, the counts behind the
//! summary line and the exit status, the Word document of a Markdown report, the reviewed copy of a .docx/.odt
//! (`check --annotate`), what `charte inspect` shows, and the passage of a document a finding points at.

pub use crate::output::escape::terminal as terminal_safe;
pub use crate::output::human::Renderer;
pub use crate::output::inspect::inspect;
pub use crate::output::{location, passage, word, Tally};
pub use crate::parse::document::Location;

/// Renders reports like [`render`](crate::render), in colour when `color` is true (the human format only).
pub fn render_colored(
    reports: &[crate::FileReport],
    format: crate::Format,
    lang: crate::Lang,
    color: bool,
) -> Result<String, crate::UnsupportedFormat> {
    crate::output::render(reports, format, lang, color)
}

/// The extension of the reviewed copy [`annotate`] writes for this checked file: `docx` or `odt`, `None` for a file
/// that cannot carry comments.
pub fn annotatable(path: &str) -> Option<&'static str> {
    match crate::parse::Format::from_path(path) {
        crate::parse::Format::Docx => Some("docx"),
        crate::parse::Format::Odt => Some("odt"),
        _ => None,
    }
}

/// Why [`annotate`] wrote no reviewed copy: the document cannot carry comments, could not be read, or could not be
/// read again to write the copy.
#[cfg(feature = "office")]
#[derive(Debug)]
pub struct AnnotateError(crate::annotate::AnnotateError);

#[cfg(feature = "office")]
impl AnnotateError {
    /// The message shown to the user (`path`: the checked document), in `lang`.
    pub fn message(&self, lang: crate::Lang, path: &str) -> String {
        self.0.message(lang, path)
    }
}

/// The reviewed copy of a checked .docx or .odt (`bytes`, the document `report` checked): the document again with
/// one comment per located finding, and the number of comments written. Needs the `office` feature.
#[cfg(feature = "office")]
pub fn annotate(
    report: &crate::FileReport,
    bytes: &[u8],
    lang: crate::Lang,
) -> Result<(Vec<u8>, usize), AnnotateError> {
    let format = crate::parse::Format::from_path(&report.path);
    crate::annotate::annotate(format, bytes, report, lang).map_err(AnnotateError)
}
