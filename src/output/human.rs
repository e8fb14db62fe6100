//! The report an official reads: per file a summary (title, authority, date, counts, a one-sentence verdict), then
//! errors, warnings, the "missing topic" findings gathered in one checklist, and notes. Each finding is a
//! rustc-like report through miette (severity, code, message, the line concerned, help); `--verbose` adds each
//! rule's explanation and the model clauses. Columns count characters, as in every format.

use crate::diagnostics::{Finding, LineIndex, Severity};
use crate::engine::FileReport;
use crate::i18n::{count_of, fill, text, Lang};
use crate::output::escape::{terminal, TerminalText};
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};
use std::fmt;

/// Width of rendered reports (fixed, so snapshots are stable).
pub(crate) const WIDTH: usize = 100;

/// Longest excerpt of one line shown around a span, in bytes: a longer line (a whole file on one line) is cut
/// around the span, so one finding never prints megabytes.
pub(crate) const MAX_LINE_EXCERPT: usize = 8 * 1024;

/// Longest span underlined, in bytes: a finding on a 20 MB clause underlines its start.
pub(crate) const MAX_SPAN: usize = 4 * 1024;

/// One file's text shared by all its findings, with the line starts miette counts (`\n`, `\r\n`, lone `\r`)
/// computed once: each finding reads only the lines it shows, never the file from its start.
struct FileSource<'a> {
    name: &'a str,
    text: &'a str,
    /// Byte offset of the start of each line.
    starts: Vec<usize>,
    /// Characters per block, for columns in characters.
    index: LineIndex,
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
        FileSource {
            name,
            text,
            starts,
            index: LineIndex::new(text),
        }
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
    /// The whole lines of the span, without context lines (a charter's line is a paragraph: it is its own context).
    /// The column, asked for the header (`before == 0`), counts characters like every other format; the line count
    /// is that of the lines read, so that miette shows two distant labels as two short snippets.
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        before: usize,
        _after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let len = self.text.len();
        let (start, end) = (span.offset(), span.offset() + span.len());
        if end > len {
            return Err(MietteError::OutOfBounds);
        }
        let first_line = self.line_of(start);
        let last_line = self.line_of(end.saturating_sub(1).max(start));
        let mut from = self.line_start(first_line);
        let mut to = self.line_start(last_line + 1);
        // Very long lines: keep an excerpt around the span.
        if to - from > MAX_LINE_EXCERPT + span.len() {
            from = from.max(self.floor(start.saturating_sub(MAX_LINE_EXCERPT / 2)));
            to = to.min(self.ceil((end + MAX_LINE_EXCERPT / 2).min(len)));
        }
        let window = &self.text.as_bytes()[from..to];
        let local = SourceSpan::new((start - from).into(), span.len());
        // Unbounded context inside the window: miette returns the window's lines whole.
        let inner = window.read_span(&local, usize::MAX, usize::MAX)?;
        let column = if before == 0 {
            self.index
                .chars_between(self.text, self.line_start(first_line), start)
        } else {
            0
        };
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.to_owned(),
            inner.data(),
            SourceSpan::new((inner.span().offset() + from).into(), inner.span().len()),
            inner.line() + self.line_of(from),
            column,
            inner.line_count(),
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
    verbose: bool,
}

impl Report<'_> {
    /// The help block: where (documents), the rule's advice, the other files named, and with `--verbose` why the
    /// rule matters.
    fn help(&self) -> String {
        let lang = self.lang;
        let mut help = String::new();
        if let Some(loc) = &self.location {
            help.push_str(&format!("{} {loc}\n", text(lang, "report.where")));
        }
        help.push_str(self.finding.help.as_deref().unwrap_or_default());
        for l in self.finding.labels.iter().filter(|l| l.path.is_some()) {
            help.push_str(&format!(
                "\n{} {}: {}",
                text(lang, "report.see"),
                l.path.as_deref().unwrap_or(""),
                l.message
            ));
        }
        if self.verbose {
            if let Some(why) = explanation(self.finding.code, lang) {
                help.push_str(&format!("\n{} {why}", text(lang, "report.explanation")));
            }
        }
        terminal(help.trim_start()).into_owned()
    }
}

/// The « Pourquoi » (« Why ») part of a rule's documentation, on one line per paragraph.
pub(crate) fn explanation(code: &str, lang: Lang) -> Option<String> {
    let meta = crate::rules::find(code)?.meta();
    let docs = lang.pick(&meta.docs_fr, &meta.docs_en);
    let heading = lang.pick("## Pourquoi", "## Why");
    let (_, rest) = docs.split_once(heading)?;
    let body = rest.split("\n## ").next().unwrap_or("").trim();
    (!body.is_empty()).then(|| body.replace("\n\n", "\n"))
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.finding.message)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The code sits on the message's line: one line less per finding than miette's own code line.
        write!(
            f,
            "{} {}{} {}",
            self.finding.severity.label(self.lang),
            self.finding.code,
            self.lang.pick(" :", ":"),
            terminal(&self.finding.message)
        )
    }
}

impl std::error::Error for Report<'_> {}

impl Diagnostic for Report<'_> {
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
/// Help is written after miette's report, as miette would (`textwrap` with the same width and options, one input
/// line at a time, as `textwrap::fill` does), under the label of the chosen language (« aide : »).
pub struct Renderer {
    handler: GraphicalReportHandler,
    lang: Lang,
    verbose: bool,
    /// `  aide : `, styled as miette styles its help.
    first_indent: String,
    /// Spaces as wide as the label, for the following lines.
    indent: String,
    /// Wrapped help lines by (first line of the block, text).
    wrapped: std::collections::HashMap<(bool, String), String>,
}

/// A section title of a file's report: `── Erreurs (3) ─────…`.
fn section(title: &str) -> String {
    let head = format!("── {title} ");
    let pad = 60usize.saturating_sub(head.chars().count()).max(2);
    format!("{head}{}\n", "─".repeat(pad))
}

/// Wraps `text` to the report width under an indent.
fn wrap(text: &str, first: &str, rest: &str) -> String {
    let opts = textwrap::Options::new(WIDTH - 2)
        .initial_indent(first)
        .subsequent_indent(rest)
        .break_words(true);
    let mut out = textwrap::fill(text, opts);
    out.push('\n');
    out
}

impl Renderer {
    /// A renderer for the chosen language, with or without colours.
    pub fn new(lang: Lang, color: bool) -> Renderer {
        let theme = if color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        let label = format!("  {} ", text(lang, "report.help"));
        let indent = " ".repeat(label.chars().count());
        let first_indent = theme.styles.help.style(label).to_string();
        let handler = GraphicalReportHandler::new_themed(theme)
            .with_width(WIDTH)
            .with_links(false);
        Renderer {
            handler,
            lang,
            verbose: false,
            first_indent,
            indent,
            wrapped: std::collections::HashMap::default(),
        }
    }

    /// With `--verbose`: each rule's explanation, and the help and model clause of every missing topic.
    #[must_use]
    pub fn verbose(mut self, verbose: bool) -> Renderer {
        self.verbose = verbose;
        self
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
            let first = if i == 0 {
                self.first_indent.as_str()
            } else {
                self.indent.as_str()
            };
            let w = wrap(line, first, &self.indent);
            let w = w.trim_end_matches('\n').to_owned();
            out.push_str(&w);
            if self.wrapped.len() >= HELP_CACHE {
                self.wrapped.clear();
            }
            self.wrapped.insert(key, w);
        }
        out.push('\n');
        out
    }

    /// The summary block of a file: counts, title, authority and date, the verdict in one sentence.
    fn summary(&self, r: &FileReport, path: &str) -> String {
        let lang = self.lang;
        let sum = super::FileSummary::of(r, lang);
        let mut out = format!("{path}{} {}\n", lang.pick(" :", ":"), sum.counts);
        out.push_str(&wrap(&terminal(&sum.title), "  ", "  "));
        if let Some(who) = &sum.who {
            out.push_str(&wrap(&terminal(who), "  ", "  "));
        }
        out.push_str(&wrap(
            &format!("{} {}", text(lang, "report.in-brief"), sum.verdict),
            "  ",
            "    ",
        ));
        out
    }

    /// Renders one file's report (no run summary line): `check` writes each file's part as soon as it is checked.
    pub fn file(&mut self, r: &FileReport) -> String {
        let lang = self.lang;
        let mut out = String::new();
        // Escape sequences, C1 controls and bidi overrides of a file never reach the terminal.
        let path = terminal(&r.path);
        let safe = r.source.as_deref().map(TerminalText::new);
        let source = safe.as_ref().map(|t| FileSource::new(&path, t.text()));
        out.push_str(&self.summary(r, &path));
        out.push('\n');
        if let Some(note) = super::pending_changes_note(&path, r.document.as_ref(), lang) {
            out.push_str(&note);
            out.push_str("\n\n");
        }
        let (missing, others): (Vec<&Finding>, Vec<&Finding>) =
            r.findings.iter().partition(|f| f.missing.is_some());
        for (severity, key) in [
            (Severity::Error, "report.errors"),
            (Severity::Warning, "report.warnings"),
        ] {
            self.findings(r, &others, severity, key, &path, (&source, &safe), &mut out);
        }
        if !missing.is_empty() {
            self.checklist(r, &missing, &mut out);
        }
        self.findings(
            r,
            &others,
            Severity::Info,
            "report.notes",
            &path,
            (&source, &safe),
            &mut out,
        );
        if !self.verbose && !r.findings.is_empty() {
            out.push_str(&wrap(text(lang, "report.more"), "", "  "));
        }
        out
    }

    /// The findings of one severity, each through miette, under their section title.
    #[allow(clippy::too_many_arguments)]
    fn findings(
        &mut self,
        r: &FileReport,
        findings: &[&Finding],
        severity: Severity,
        key: &str,
        path: &str,
        (source, safe): (&Option<FileSource<'_>>, &Option<TerminalText<'_>>),
        out: &mut String,
    ) {
        let lang = self.lang;
        let list: Vec<&&Finding> = findings.iter().filter(|f| f.severity == severity).collect();
        if list.is_empty() {
            return;
        }
        out.push_str(&section(&format!("{} ({})", text(lang, key), list.len())));
        for f in list {
            let report = Report {
                finding: f,
                source: source.as_ref(),
                safe: safe.as_ref(),
                location: super::location(r, f.primary).map(|l| l.describe(lang)),
                lang,
                verbose: self.verbose,
            };
            let mut buf = String::new();
            if self.handler.render_report(&mut buf, &report).is_ok() {
                if r.source.is_none() {
                    out.push_str(&format!("  --> {path}\n"));
                }
                out.push_str(buf.trim_start_matches('\n'));
                out.push_str(&self.help(&report.help()));
                out.push('\n');
            }
        }
    }

    /// The "missing topic" findings as one checklist, anchored once: one line per topic (what, code, severity,
    /// how many reference charters cover it, the line where it belongs when a section suits it better than the
    /// anchor); `--verbose` adds why, the advice with its model clause, and the rule's explanation.
    fn checklist(&mut self, r: &FileReport, missing: &[&Finding], out: &mut String) {
        let lang = self.lang;
        let text_of = r.source.as_deref().unwrap_or("");
        let index = LineIndex::new(text_of);
        let anchor = missing.iter().map(|f| f.primary.start).min().unwrap_or(0);
        let (anchor_line, _) = index.position(text_of, anchor);
        out.push_str(&section(&fill(
            lang,
            "report.checklist",
            &[
                ("n", &missing.len().to_string()),
                ("line", &anchor_line.to_string()),
            ],
        )));
        for (severity, key) in [
            (Severity::Error, "report.errors"),
            (Severity::Warning, "report.warnings"),
            (Severity::Info, "report.notes"),
        ] {
            let items: Vec<&&Finding> = missing.iter().filter(|f| f.severity == severity).collect();
            if items.is_empty() {
                continue;
            }
            let title = format!(
                "{} ({}){}",
                text(lang, key),
                items.len(),
                lang.pick(" :", ":")
            );
            // Notes are advice: in the default report they share a few lines; other items get one line each.
            if severity == Severity::Info && !self.verbose {
                let all: Vec<String> = items
                    .iter()
                    // A no-break space keeps each box with its topic when the line wraps.
                    .map(|f| format!("☐\u{a0}{} ({})", topic_of(f, lang), f.code))
                    .collect();
                out.push_str(&wrap(&format!("{title} {}", all.join(" ; ")), "  ", "    "));
                continue;
            }
            out.push_str(&format!("  {title}\n"));
            for f in items {
                let mut item = format!("☐ {} ({})", topic_of(f, lang), f.code);
                let mut facts = Vec::new();
                if let Some((k, n)) = f.missing.as_ref().and_then(|m| m.references) {
                    let key = "report.references";
                    facts.push(fill(
                        lang,
                        key,
                        &[("k", &k.to_string()), ("n", &n.to_string())],
                    ));
                }
                let (line, _) = index.position(text_of, f.primary.start);
                if line != anchor_line {
                    facts.push(fill(lang, "report.line", &[("n", &line.to_string())]));
                }
                if !facts.is_empty() {
                    item.push_str(" — ");
                    item.push_str(&facts.join(", "));
                }
                out.push_str(&wrap(&item, "  ", "      "));
                if self.verbose {
                    let mut detail = format!("{} {}", text(lang, "report.why"), f.message);
                    if let Some(help) = &f.help {
                        detail.push('\n');
                        detail.push_str(help);
                    }
                    if let Some(why) = explanation(f.code, lang) {
                        detail.push_str(&format!("\n{} {why}", text(lang, "report.explanation")));
                    }
                    for line in terminal(&detail).split('\n') {
                        out.push_str(&wrap(line, "      ", "      "));
                    }
                }
            }
        }
        out.push('\n');
    }
}

/// What a missing topic is called in the checklist: its topic, or for a rule over several topics its summary.
pub(crate) fn topic_of(f: &Finding, lang: Lang) -> String {
    match f.topics.as_slice() {
        [t] => t.label(lang).to_owned(),
        _ => {
            let summary = crate::rules::find(f.code)
                .map_or_else(|| f.name.to_owned(), |r| r.meta().summary(lang).to_owned());
            let mut chars = summary.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        }
    }
}

/// The verdict in one sentence: « 3 erreurs à corriger, 5 points à revoir et 25 sujets absents, dont 17 attendus ».
pub(crate) fn verdict(r: &FileReport, lang: Lang) -> String {
    let n = |missing: bool, pred: &dyn Fn(Severity) -> bool| {
        r.findings
            .iter()
            .filter(|f| f.missing.is_some() == missing && pred(f.severity))
            .count()
    };
    let errors = n(false, &|s| s == Severity::Error);
    let missing = n(true, &|_| true);
    let expected = n(true, &|s| s >= Severity::Warning);
    let mut parts: Vec<String> = Vec::new();
    if errors > 0 {
        parts.push(count_of(lang, "verdict.errors", errors));
    }
    let review = n(false, &|s| s == Severity::Warning);
    if review > 0 {
        parts.push(count_of(lang, "verdict.review", review));
    }
    if missing > 0 {
        parts.push(if expected == missing {
            count_of(lang, "verdict.expected", missing)
        } else if expected == 0 {
            count_of(lang, "verdict.advised", missing)
        } else {
            let values = [("n", missing.to_string()), ("k", expected.to_string())];
            let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
            fill(lang, "verdict.missing", &values)
        });
    }
    let notes = n(false, &|s| s == Severity::Info);
    if notes > 0 {
        parts.push(count_of(lang, "verdict.notes", notes));
    }
    match parts.split_last() {
        None => text(lang, "report.clean").to_owned(),
        Some((last, [])) => format!("{last}."),
        Some((last, rest)) => format!("{} {} {last}.", rest.join(", "), text(lang, "report.and")),
    }
}

/// Renders every file's report, then the summary line.
pub(crate) fn render(reports: &[FileReport], lang: Lang, color: bool) -> String {
    let mut renderer = Renderer::new(lang, color);
    let mut out = String::new();
    for r in reports {
        out.push_str(&renderer.file(r));
    }
    out.push_str(&super::summary(reports, lang));
    out.push('\n');
    out
}
