//! Findings as plain data: what a rule reports, where, and how to fix it. Rendering lives in [`crate::output`].

use crate::i18n::Lang;
use crate::model::{Span, Topic};
use serde::Serialize;
use std::borrow::Cow;

/// How serious a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Advice.
    Info,
    /// Something a charter of this kind is expected to cover and does not.
    Warning,
    /// A legal or logical defect.
    Error,
}

impl Severity {
    /// Lowercase English name, as in JSON (`error`, `warning`, `info`).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
    /// Name shown to users.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Severity::Error, Lang::Fr) => "erreur",
            (Severity::Warning, Lang::Fr) => "avertissement",
            (Severity::Info, Lang::Fr) => "remarque",
            (Severity::Error, Lang::En) => "error",
            (Severity::Warning, Lang::En) => "warning",
            (Severity::Info, Lang::En) => "info",
        }
    }
    /// Parses `error`, `warning`, `info` (and their French names).
    pub fn from_name(s: &str) -> Option<Severity> {
        Some(match s {
            "error" | "erreur" => Severity::Error,
            "warning" | "warnings" | "avertissement" => Severity::Warning,
            "info" | "remarque" => Severity::Info,
            _ => return None,
        })
    }
}

/// A secondary place a finding points at (the other clause of a contradiction, say).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// Where, in the file of `path` (or the finding's own file when `None`).
    pub span: Span,
    /// What this place is.
    pub message: String,
    /// Another file (a charter, when checking an offer), or `None` for the same file.
    pub path: Option<String>,
}

/// One diagnostic, as data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Rule code (`STR003`).
    pub code: &'static str,
    /// Rule name (`missing-review`).
    pub name: &'static str,
    /// Severity (the rule's default unless configured otherwise).
    pub severity: Severity,
    /// The problem, plainly: lowercase start, no final period.
    pub message: String,
    /// Main place.
    pub primary: Span,
    /// Text of the primary label.
    pub primary_label: Option<String>,
    /// Other places.
    pub labels: Vec<Label>,
    /// What to write instead. Borrowed when it is a fixed text: a file of 100,000 empty headings gives 100,000
    /// findings with the same help, which need not be copied 100,000 times.
    pub help: Option<Cow<'static, str>>,
    /// Topics concerned.
    pub topics: Vec<Topic>,
    /// For a "missing topic" finding: what the checklist of a report shows (model clause, reference count).
    pub missing: Option<Box<MissingTopic>>,
}

/// What a "missing topic" finding adds for the checklist of reports, as data (JSON and SARIF keep it in `help`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingTopic {
    /// A clause the author can adapt (French).
    pub model_clause: String,
    /// How many reference charters cover the topic, out of how many (none when the corpus is empty).
    pub references: Option<(usize, usize)>,
}

impl Finding {
    /// Adds a help text.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<Cow<'static, str>>) -> Self {
        self.help = Some(help.into());
        self
    }
    /// Sets the primary label.
    #[must_use]
    pub fn with_primary_label(mut self, label: impl Into<String>) -> Self {
        self.primary_label = Some(label.into());
        self
    }
    /// Adds a secondary label in the same file.
    #[must_use]
    pub fn with_label(mut self, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label {
            span,
            message: message.into(),
            path: None,
        });
        self
    }
}

/// Line and column (1-based; column counts characters) of a byte offset; `\r\n` counts as one line break.
///
/// Built once per file in linear time; each lookup is a binary search plus a count over at most one block of
/// [`LineIndex::BLOCK`] bytes, so a file of one 30 MB line costs no more per finding than a short one.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// Characters (other than `\r`) before each block boundary `k × BLOCK`.
    chars_before_block: Vec<usize>,
}

/// True for the bytes that count as one character of a column: a char's first byte, other than `\r`.
fn counts(b: u8) -> bool {
    b != b'\r' && (b & 0xC0) != 0x80
}

impl LineIndex {
    /// Bytes per block of the character-count checkpoints.
    pub const BLOCK: usize = 4096;

    /// Indexes line starts of a text, in linear time.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        let mut chars_before_block = vec![0];
        let mut total = 0;
        for block in text.as_bytes().chunks(Self::BLOCK) {
            total += block.iter().filter(|&&b| counts(b)).count();
            chars_before_block.push(total);
        }
        LineIndex {
            starts,
            chars_before_block,
        }
    }

    /// Characters (other than `\r`) between two byte offsets of `text` (char boundaries, `from <= to`).
    pub fn chars_between(&self, text: &str, from: usize, to: usize) -> usize {
        self.chars_before(text, to) - self.chars_before(text, from)
    }

    /// Characters (other than `\r`) before byte `offset`.
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let block = offset / Self::BLOCK;
        self.chars_before_block[block]
            + text.as_bytes()[block * Self::BLOCK..offset]
                .iter()
                .filter(|&&b| counts(b))
                .count()
    }

    /// 1-based (line, column) of a byte offset (clamped to the text, rounded down to a char boundary).
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let col = self.chars_before(text, offset) - self.chars_before(text, start) + 1;
        (line + 1, col)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_char_columns() {
        let text = "é\r\nabc";
        let idx = LineIndex::new(text);
        assert_eq!(idx.position(text, 0), (1, 1));
        assert_eq!(idx.position(text, 2), (1, 2));
        assert_eq!(idx.position(text, 4), (2, 1));
        assert_eq!(idx.position(text, 6), (2, 3));
        assert_eq!(idx.position(text, 1), (1, 1));
    }

    #[test]
    fn columns_on_a_line_longer_than_a_block() {
        let text = format!("x\n{}", "é".repeat(LineIndex::BLOCK * 3));
        let idx = LineIndex::new(&text);
        let at = 2 + 2 * (LineIndex::BLOCK + 7);
        assert_eq!(idx.position(&text, at), (2, LineIndex::BLOCK + 8));
        assert_eq!(
            idx.position(&text, text.len()),
            (2, LineIndex::BLOCK * 3 + 1)
        );
    }
}
