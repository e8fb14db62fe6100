//! `check --format html`: one self-contained page to print or send (no script, font, image or external request):
//! per file the summary first, then the charter's text with each finding in the margin of its line, then the
//! checklist of missing topics with their model clauses. An A4 print style sheet; headings, text labels for every
//! severity (never colour alone) and a `lang` attribute for accessibility (RGAA / WCAG 2.1 AA).

use super::escape::html_text as esc;
use super::location;
use crate::diagnostics::{Finding, LineIndex, Severity};
use crate::engine::FileReport;
use crate::i18n::{text, Lang};

const STYLE: &str = r#"
.file { margin-bottom: 2rem; }
.summary { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; background: #f7f9fc; }
.summary p { margin: .2rem 0; }
.verdict { font-weight: 600; }
.doc { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 0 1rem; margin-top: 1rem; }
.line { display: contents; }
.text { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .82rem; white-space: pre-wrap; overflow-wrap: anywhere; padding: .05rem .4rem; border-left: 3px solid transparent; }
.ln { display: inline-block; min-width: 2.5rem; color: var(--muted); user-select: none; }
.line.marked .text { border-left-color: var(--accent); background: #f3f6fb; }
.margin { font-size: .85rem; }
.finding { border-left: 4px solid var(--line); padding: .2rem .5rem; margin: .15rem 0 .4rem; break-inside: avoid; }
.finding.error { border-left-color: var(--ko); }
.finding.warning { border-left-color: #8a5a00; }
.finding.info { border-left-color: var(--accent); }
.sev { font-weight: 700; }
.error .sev { color: var(--ko); }
.warning .sev { color: #7a4f00; }
.info .sev { color: var(--accent); }
.help { color: #30363d; margin: .15rem 0 0; }
ul.checklist { list-style: none; padding-left: 0; }
ul.checklist li { margin: .5rem 0; break-inside: avoid; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  .doc { grid-template-columns: minmax(0, 1fr) 38%; }
  .text { font-size: 8pt; }
  .margin { font-size: 8pt; }
  .file { break-before: page; }
  .file:first-of-type { break-before: auto; }
}
"#;

fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

fn finding_html(f: &Finding, r: &FileReport, lang: Lang) -> String {
    let mut out = format!(
        "<div class=\"finding {}\"><span class=\"sev\">{} {}</span>{} {}",
        severity_class(f.severity),
        esc(f.severity.label(lang)),
        esc(f.code),
        esc(lang.pick(" :", ":")),
        esc(&f.message)
    );
    if let Some(loc) = location(r, f.primary) {
        out.push_str(&format!(
            "<p class=\"help\">{} {}</p>",
            esc(text(lang, "report.where")),
            esc(&loc.describe(lang))
        ));
    }
    for (label, line) in super::help_lines(f, lang) {
        let label = label.map(|l| format!("{} ", esc(l))).unwrap_or_default();
        out.push_str(&format!("<p class=\"help\">{label}{}</p>", esc(line)));
    }
    out.push_str("</div>");
    out
}

fn file_html(r: &FileReport, lang: Lang, n: usize) -> String {
    let sum = super::FileSummary::of(r, lang);
    let mut out = format!(
        "<section class=\"file\" aria-labelledby=\"f{n}\">\n<h2 id=\"f{n}\">{}</h2>\n<div class=\"summary\">\n<p class=\"meta\">{}</p>\n",
        esc(&sum.title),
        esc(&r.path)
    );
    if let Some(who) = &sum.who {
        out.push_str(&format!("<p>{}</p>\n", esc(who)));
    }
    out.push_str(&format!(
        "<p>{}</p>\n<p class=\"verdict\">{} {}</p>\n</div>\n",
        esc(&sum.counts),
        esc(text(lang, "report.in-brief")),
        esc(&sum.verdict)
    ));
    let source = r.source.as_deref().unwrap_or("");
    let index = LineIndex::new(source);
    let (missing, others): (Vec<&Finding>, Vec<&Finding>) =
        r.findings.iter().partition(|f| f.missing.is_some());
    // Findings by line, in the margin of the charter's text.
    let mut by_line: std::collections::BTreeMap<usize, Vec<&Finding>> =
        std::collections::BTreeMap::default();
    for f in &others {
        by_line
            .entry(index.position(source, f.primary.start).0)
            .or_default()
            .push(f);
    }
    if !source.is_empty() {
        out.push_str(&format!(
            "<h3>{}</h3>\n<div class=\"doc\">\n",
            esc(text(lang, "report.text"))
        ));
        for (i, line) in source.lines().enumerate() {
            let at = i + 1;
            let found = by_line.remove(&at).unwrap_or_default();
            let margin: String = found.iter().map(|f| finding_html(f, r, lang)).collect();
            out.push_str(&format!(
                "<div class=\"line{}\"><div class=\"text\"><span class=\"ln\">{at}</span>{}</div><div class=\"margin\">{margin}</div></div>\n",
                if found.is_empty() { "" } else { " marked" },
                esc(line)
            ));
        }
        out.push_str("</div>\n");
    }
    // Findings with no line of the text (an unreadable file) are listed after it.
    let rest: Vec<&Finding> = by_line.into_values().flatten().collect();
    if !rest.is_empty() {
        out.push_str("<div>");
        for f in rest {
            out.push_str(&finding_html(f, r, lang));
        }
        out.push_str("</div>\n");
    }
    if !missing.is_empty() {
        let (title, items) = super::checklist(&missing, source, &index, lang);
        out.push_str(&format!(
            "<h3>{}</h3>\n<ul class=\"checklist\">\n",
            esc(&title)
        ));
        for f in items {
            out.push_str(&format!(
                "<li><span aria-hidden=\"true\">☐</span> {}</li>\n",
                finding_html(f, r, lang)
            ));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
    out
}

/// The page for every file checked.
pub(crate) fn render(reports: &[FileReport], lang: Lang) -> String {
    let mut body = format!(
        "<h1>{}</h1>\n<p class=\"lead\">{}</p>\n",
        esc(text(lang, "report.html-title")),
        esc(&super::summary(reports, lang))
    );
    for (n, r) in reports.iter().enumerate() {
        body.push_str(&file_html(r, lang, n));
    }
    super::page::page(lang, text(lang, "report.html-title"), &body, STYLE)
}
