//! Checking a list of files as a stream, the loop of `charte check`: each file's part of a human, GitHub or short
//! report is handed on as soon as the file is checked and its report dropped, so memory stays that of one file
//! however many files a folder holds.

use crate::engine::{check_bytes, FileReport, Settings};
use crate::io::Emitted;
use crate::output::{Format, Tally};
use std::path::PathBuf;

/// True when the file says it is a vendor offer, not a charter (`check` and `compare` leave offers to
/// `charte offer`): signs of `data/document_kinds.toml` in its text (a Word or Writer offer's extracted text).
pub fn is_offer(path: &str, bytes: &[u8]) -> bool {
    let format = crate::parse::Format::from_path(path);
    let is = |t: &str| {
        crate::classify::classify(t, format == crate::parse::Format::Yaml)
            == crate::classify::DocumentKind::Offer
    };
    match format {
        // A Word or Writer offer is recognised by its extracted text, like a Markdown one.
        crate::parse::Format::Docx | crate::parse::Format::Odt => {
            crate::parse::parse_bytes(path, bytes, format)
                .source
                .is_some_and(|s| is(&s.text))
        }
        _ => std::str::from_utf8(bytes).is_ok_and(is),
    }
}

/// How [`check_files`] renders: the format, colour and detail of the human report, and whether the one document
/// checked is kept for a reviewed copy.
#[derive(Debug, Clone, Copy, Default)]
pub struct Stream {
    /// Output format: human, GitHub and short are streamed; the others are one document, rendered from
    /// [`Checked::reports`] at the end.
    pub format: Format,
    /// Colour the human report.
    pub color: bool,
    /// Human report: add each rule's explanation and the advice and model clause of every missing topic.
    pub verbose: bool,
    /// Keep the (one) checked document's bytes and report, for `check --annotate`.
    pub annotate: bool,
}

/// What checking a list of files gave.
#[derive(Debug, Default)]
pub struct Checked {
    /// Counts of findings and of files checked.
    pub tally: Tally,
    /// Reports kept for the formats written as one document (JSON, SARIF…); empty for streamed formats.
    pub reports: Vec<FileReport>,
    /// A path could not be opened or read (reported as STR000 with the reason).
    pub unreadable: bool,
    /// The reader of the output went away (`charte check … | head`): the run stopped there.
    pub closed: bool,
    /// With [`Stream::annotate`]: the document's bytes, read once for the check and for the copy; its report is
    /// kept in `reports`.
    pub annotated: Option<Vec<u8>>,
}

/// Checks `files` one after the other, handing each file's part of a streamed report to `out`; vendor offers are
/// left out and named to `skipped`. An error writing the output is returned as its message.
pub fn check_files(
    files: &[PathBuf],
    settings: &Settings,
    how: Stream,
    out: &mut dyn FnMut(&str) -> Emitted,
    skipped: &mut dyn FnMut(&str),
) -> Result<Checked, String> {
    let lang = settings.lang;
    let mut human = (how.format == Format::Human)
        .then(|| crate::output::human::Renderer::new(lang, how.color).verbose(how.verbose));
    let mut checked = Checked::default();
    for f in files {
        let path = f.display().to_string();
        let report = match crate::io::read_input(f) {
            Ok(bytes) if is_offer(&path, &bytes) => {
                skipped(&path);
                continue;
            }
            Ok(bytes) => {
                let report = check_bytes(&path, &bytes, settings);
                if how.annotate {
                    checked.annotated = Some(bytes);
                }
                report
            }
            Err(reason) => {
                checked.unreadable = true;
                crate::engine::unreadable(&path, reason, settings)
            }
        };
        checked.tally.add(&report);
        let part = match (&mut human, how.format) {
            (Some(renderer), _) => Some(renderer.file(&report)),
            (None, Format::Github) => {
                Some(crate::output::github::render(std::slice::from_ref(&report)))
            }
            (None, Format::Short) => {
                Some(crate::output::short::render(std::slice::from_ref(&report)))
            }
            _ => None,
        };
        // JSON and SARIF need every report at the end; `--annotate` needs its one document's.
        if part.is_none() || how.annotate {
            checked.reports.push(report);
        }
        let Some(part) = part else {
            continue;
        };
        match out(&part) {
            Emitted::Done => {}
            Emitted::Closed => {
                checked.closed = true;
                break;
            }
            Emitted::Failed(e) => return Err(e),
        }
    }
    Ok(checked)
}
