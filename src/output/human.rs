//! rustc-like reports through miette: code, severity, message, labelled snippet, help, docs link; then the
//! French (or English) summary line.

use crate::diagnostics::{Finding, Severity};
use crate::engine::FileReport;
use crate::i18n::Lang;
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan,
};
use std::fmt;

/// Width of rendered reports (fixed, so snapshots are stable).
pub const WIDTH: usize = 100;

struct Report<'a> {
    finding: &'a Finding,
    source: NamedSource<String>,
    lang: Lang,
    has_source: bool,
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
            self.finding.message
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
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        let mut help = self.finding.help.clone().unwrap_or_default();
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
        Some(Box::new(help.trim_start().to_owned()))
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.has_source
            .then_some(&self.source as &dyn miette::SourceCode)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if !self.has_source {
            return None;
        }
        let f = self.finding;
        let len = self.source.inner().len();
        let span = |s: crate::model::Span| SourceSpan::from(s.start.min(len)..s.end.min(len));
        let mut labels = vec![LabeledSpan::new_primary_with_span(
            f.primary_label.clone(),
            span(f.primary),
        )];
        labels.extend(
            f.labels
                .iter()
                .filter(|l| l.path.is_none())
                .map(|l| LabeledSpan::new_with_span(Some(l.message.clone()), span(l.span))),
        );
        Some(Box::new(labels.into_iter()))
    }
}

/// Renders every finding, then the summary line.
pub fn render(reports: &[FileReport], lang: Lang, color: bool) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(WIDTH)
        .with_links(false);
    let mut out = String::new();
    for r in reports {
        let text = r.source.clone().unwrap_or_default();
        for f in &r.findings {
            let report = Report {
                finding: f,
                source: NamedSource::new(&r.path, text.clone()),
                lang,
                has_source: r.source.is_some(),
            };
            let mut buf = String::new();
            if handler.render_report(&mut buf, &report).is_ok() {
                if r.source.is_none() {
                    out.push_str(&format!("  --> {}\n", r.path));
                }
                out.push_str(&buf);
                out.push('\n');
            }
        }
    }
    out.push_str(&super::summary(reports, lang));
    out.push('\n');
    out
}
