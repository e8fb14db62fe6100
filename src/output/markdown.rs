//! `check --format markdown`: a report to paste into a council report or a ticket. Per file: the summary first,
//! then errors, warnings and notes with their place, the passage concerned and the advice, then the checklist of
//! missing topics with their model clauses. Text from the files is escaped (`escape::markdown_text`).

use super::escape::{markdown_code, markdown_text as md};
use super::{passage, position};
use crate::diagnostics::{Finding, LineIndex, Severity};
use crate::engine::FileReport;
use crate::i18n::{text, Lang};

fn finding_md(f: &Finding, r: &FileReport, index: &LineIndex, lang: Lang, out: &mut String) {
    let source = r.source.as_deref().unwrap_or("");
    let (l, c, _, _) = position(source, index, f.primary);
    out.push_str(&format!(
        "- **{} {}**{} {} ({} {l}, {} {c})\n",
        md(f.severity.label(lang)),
        f.code,
        lang.pick(" :", ":"),
        md(&f.message),
        md(text(lang, "report.line-word")),
        md(text(lang, "report.column-word")),
    ));
    if let Some(p) = passage(r, f.primary).filter(|p| !p.is_empty()) {
        out.push_str(&format!("  > {}\n", md(&p)));
    }
    for (label, line) in super::help_lines(f, lang) {
        let label = label.map(|l| format!("*{}* ", md(l))).unwrap_or_default();
        out.push_str(&format!("\n  {label}{}\n", md(line)));
    }
    out.push('\n');
}

fn file_md(r: &FileReport, lang: Lang, out: &mut String) {
    let sum = super::FileSummary::of(r, lang);
    out.push_str(&format!(
        "## {}\n\n{}\n\n",
        md(&sum.title),
        markdown_code(&r.path)
    ));
    if let Some(who) = &sum.who {
        out.push_str(&format!("{}\n\n", md(who)));
    }
    out.push_str(&format!(
        "{}\n\n**{}** {}\n\n",
        sum.counts,
        md(text(lang, "report.in-brief")),
        md(&sum.verdict)
    ));
    let index = LineIndex::new(r.source.as_deref().unwrap_or(""));
    let (missing, others): (Vec<&Finding>, Vec<&Finding>) =
        r.findings.iter().partition(|f| f.missing.is_some());
    for (severity, key) in [
        (Severity::Error, "report.errors"),
        (Severity::Warning, "report.warnings"),
    ] {
        section(&others, severity, key, r, &index, lang, out);
    }
    if !missing.is_empty() {
        let source = r.source.as_deref().unwrap_or("");
        let (title, items) = super::checklist(&missing, source, &index, lang);
        out.push_str(&format!("### {}\n\n", md(&title)));
        for f in items {
            out.push_str(&format!(
                "- [ ] **{}** ({}, {}){} {}\n",
                md(&super::human::topic_of(f, lang)),
                f.code,
                md(f.severity.label(lang)),
                lang.pick(" :", ":"),
                md(&f.message)
            ));
            if let Some(m) = &f.missing {
                out.push_str(&format!(
                    "\n  *{}* « {} »\n",
                    md(text(lang, "report.model")),
                    md(&m.model_clause)
                ));
            }
            out.push('\n');
        }
    }
    section(
        &others,
        Severity::Info,
        "report.notes",
        r,
        &index,
        lang,
        out,
    );
}

fn section(
    findings: &[&Finding],
    severity: Severity,
    key: &str,
    r: &FileReport,
    index: &LineIndex,
    lang: Lang,
    out: &mut String,
) {
    let list: Vec<&&Finding> = findings.iter().filter(|f| f.severity == severity).collect();
    if list.is_empty() {
        return;
    }
    out.push_str(&format!("### {} ({})\n\n", md(text(lang, key)), list.len()));
    for f in list {
        finding_md(f, r, index, lang, out);
    }
}

/// The report of every file checked.
pub(crate) fn render(reports: &[FileReport], lang: Lang) -> String {
    let mut out = format!(
        "# {}\n\n{}\n\n",
        md(text(lang, "report.html-title")),
        md(&super::summary(reports, lang))
    );
    for r in reports {
        file_md(r, lang, &mut out);
    }
    out
}
