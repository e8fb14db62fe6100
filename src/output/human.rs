//! rustc-like reports through miette: code, severity, message, labelled snippet, help, docs link; then the
//! French (or English) summary line.

use crate::diagnostics::{Finding, Severity};
use crate::engine::FileReport;
use crate::i18n::Lang;
use crate::output::escape::{terminal, TerminalText};
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};
use std::fmt;

/// Width of rendered reports (fixed, so snapshots are stable).
pub const WIDTH: usize = 100;

/// Longest excerpt of one line shown around a span, in bytes: a longer line (a whole file on one line) is cut
/// around the span, so one finding never prints megabytes.
pub const MAX_LINE_EXCERPT: usize = 8 * 1024;

/// Longest span underlined, in bytes: a finding on a 20 MB clause underlines its start.
pub const MAX_SPAN: usize = 4 * 1024;

/// One file's text shared by all its findings, with the line starts miette counts (`\n`, `\r\n`, lone `\r`)
/// computed once: each finding reads only the lines it shows, never the file from its start.
struct FileSource<'a> {
    name: &'a str,
    text: &'a str,
    /// Byte offset of the start of each line.
    starts: Vec<usize>,
}

impl<'a> FileSource<'a> {
    fn new(name: &'a str, text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                starts.push(i + 1);
            }
        }
        FileSource { name, text, starts }
    }

    /// 0-based line holding byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    /// Byte offset where line `line` starts (the text's end past the last line).
    fn line_start(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(self.text.len())
    }

    fn floor(&self, mut at: usize) -> usize {
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        at
    }

    fn ceil(&self, mut at: usize) -> usize {
        while !self.text.is_char_boundary(at) {
            at += 1;
        }
        at
    }
}

impl SourceCode for FileSource<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let len = self.text.len();
        let (start, end) = (span.offset(), span.offset() + span.len());
        if end > len {
            return Err(MietteError::OutOfBounds);
        }
        // The lines miette would show, found through the index.
        let first_line = self.line_of(start).saturating_sub(before);
        let last_line = self.line_of(end.saturating_sub(1).max(start)) + after;
        let mut from = self.line_start(first_line);
        let mut to = self.line_start(last_line + 1);
        // Very long lines: keep an excerpt around the span.
        if to - from > MAX_LINE_EXCERPT + span.len() {
            from = from.max(self.floor(start.saturating_sub(MAX_LINE_EXCERPT / 2)));
            to = to.min(self.ceil((end + MAX_LINE_EXCERPT / 2).min(len)));
        }
        let window = &self.text.as_bytes()[from..to];
        let local = SourceSpan::new((start - from).into(), span.len());
        let inner = window.read_span(&local, before, after)?;
        // Back to file coordinates: the window starts on line `first_line`, at `from - line start` bytes.
        let shift = from - self.line_start(self.line_of(from));
        let column = if before == 0 && inner.line() == 0 {
            inner.column() + shift
        } else {
            inner.column()
        };
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.to_owned(),
            inner.data(),
            SourceSpan::new((inner.span().offset() + from).into(), inner.span().len()),
            inner.line() + self.line_of(from),
            column,
            inner.line_count() + self.line_of(from),
        )))
    }
}

struct Report<'a> {
    finding: &'a Finding,
    source: Option<&'a FileSource<'a>>,
    /// The source with control characters made visible: spans go through [`TerminalText::offset`].
    safe: Option<&'a TerminalText<'a>>,
    /// « Article 4 › 2°, paragraphe 12 » for documents.
    location: Option<String>,
    lang: Lang,
}

impl Report<'_> {
    /// The help block: where (documents), the rule's advice, the other files named, how to learn more.
    fn help(&self) -> String {
        let mut help = String::new();
        if let Some(loc) = &self.location {
            help.push_str(&format!("{} {loc}\n", self.lang.pick("où :", "where:")));
        }
        help.push_str(self.finding.help.as_deref().unwrap_or_default());
        for l in self.finding.labels.iter().filter(|l| l.path.is_some()) {
            help.push_str(&format!(
                "\n{} {}: {}",
                self.lang.pick("voir", "see"),
                l.path.as_deref().unwrap_or(""),
                l.message
            ));
        }
        help.push_str(&format!(
            "\n{} : charte explain {}",
            self.lang.pick("explication", "explanation"),
            self.finding.code
        ));
        terminal(help.trim_start()).into_owned()
    }
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.finding.message)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} : {}",
            self.finding.severity.label(self.lang),
            terminal(&self.finding.message)
        )
    }
}

impl std::error::Error for Report<'_> {}

impl Diagnostic for Report<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(format!(
            "{}({})",
            self.finding.code, self.finding.name
        )))
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.map(|s| s as &dyn miette::SourceCode)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let (source, safe) = (self.source?, self.safe?);
        let f = self.finding;
        let len = source.text.len();
        let span = |s: crate::model::Span| {
            let start = safe.offset(s.start).min(len);
            let end = safe.offset(s.end).min(len).max(start).min(start + MAX_SPAN);
            SourceSpan::from(start..source.ceil(end))
        };
        let text = |t: &str| terminal(t).into_owned();
        let mut labels = vec![LabeledSpan::new_primary_with_span(
            f.primary_label.as_deref().map(text),
            span(f.primary),
        )];
        labels.extend(
            f.labels
                .iter()
                .filter(|l| l.path.is_none())
                .map(|l| LabeledSpan::new_with_span(Some(text(&l.message)), span(l.span))),
        );
        Some(Box::new(labels.into_iter()))
    }
}

/// Most wrapped help lines kept for reuse; past it the cache starts again (help texts that differ per finding
/// must not grow it without end over thousands of files).
const HELP_CACHE: usize = 4096;

/// Renders files one after the other with one miette handler, and wraps each line of help text once: the same
/// rule's advice under its hundred findings is wrapped a single time, not once per finding.
///
/// Help is written after miette's report, exactly as miette would (`textwrap` with the same width, indents and
/// options, one input line at a time, as `textwrap::fill` does).
pub struct Renderer {
    handler: GraphicalReportHandler,
    lang: Lang,
    /// `  help: `, styled as miette styles it.
    first_indent: String,
    /// Wrapped help lines by (first line of the block, text).
    wrapped: std::collections::HashMap<(bool, String), String>,
}

/// Width of miette's help indent (`  help: ` and the eight spaces under it).
const HELP_INDENT: &str = "        ";

impl Renderer {
    /// A renderer for the chosen language, with or without colours.
    pub fn new(lang: Lang, color: bool) -> Renderer {
        let theme = if color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        let first_indent = theme.styles.help.style("  help: ").to_string();
        let handler = GraphicalReportHandler::new_themed(theme)
            .with_width(WIDTH)
            .with_links(false);
        Renderer {
            handler,
            lang,
            first_indent,
            wrapped: std::collections::HashMap::default(),
        }
    }

    /// One finding's help block, wrapped to the report width, ending with a newline.
    fn help(&mut self, help: &str) -> String {
        let mut out = String::with_capacity(help.len() + 64);
        for (i, line) in help.split('\n').enumerate() {
            if i > 0 {
                out.push('\n');
            }
            let key = (i == 0, line.to_owned());
            if let Some(w) = self.wrapped.get(&key) {
                out.push_str(w);
                continue;
            }
            // miette: width − 2, the styled `  help: ` first, then eight spaces; words may break.
            let indent = if i == 0 {
                self.first_indent.as_str()
            } else {
                HELP_INDENT
            };
            let opts = textwrap::Options::new(WIDTH - 2)
                .initial_indent(indent)
                .subsequent_indent(HELP_INDENT)
                .break_words(true);
            let w = textwrap::fill(line, opts);
            out.push_str(&w);
            if self.wrapped.len() >= HELP_CACHE {
                self.wrapped.clear();
            }
            self.wrapped.insert(key, w);
        }
        out.push('\n');
        out
    }

    /// Renders one file's findings (no summary line): `check` writes each file's part as soon as it is checked.
    pub fn file(&mut self, r: &FileReport) -> String {
        let lang = self.lang;
        let mut out = String::new();
        // Escape sequences, C1 controls and bidi overrides of a file never reach the terminal.
        let path = terminal(&r.path);
        let safe = r.source.as_deref().map(TerminalText::new);
        let source = safe.as_ref().map(|t| FileSource::new(&path, t.text()));
        if let Some(note) = super::pending_changes_note(&path, r.document.as_ref(), lang) {
            out.push_str(&note);
            out.push_str("\n\n");
        }
        for f in &r.findings {
            let report = Report {
                finding: f,
                source: source.as_ref(),
                safe: safe.as_ref(),
                location: super::location(r, f.primary).map(|l| l.describe(lang)),
                lang,
            };
            let mut buf = String::new();
            if self.handler.render_report(&mut buf, &report).is_ok() {
                if r.source.is_none() {
                    out.push_str(&format!("  --> {path}\n"));
                }
                out.push_str(&buf);
                out.push_str(&self.help(&report.help()));
                out.push('\n');
            }
        }
        out
    }
}

/// Renders every finding, then the summary line.
pub fn render(reports: &[FileReport], lang: Lang, color: bool) -> String {
    let mut renderer = Renderer::new(lang, color);
    let mut out = String::new();
    for r in reports {
        out.push_str(&renderer.file(r));
    }
    out.push_str(&super::summary(reports, lang));
    out.push('\n');
    out
}
