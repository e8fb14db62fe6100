//! What `charte offer` prints besides the diagnostics: the summary table per requirement (human and Markdown,
//! for the evaluation committee's report, each row with its quoted evidence), the Markdown report, and the table as
//! JSON data. Labels that point into the charter get the charter's positions from the output layer itself
//! ([`crate::output::Files`]).

use super::{OfferRun, Row};
use crate::i18n::Lang;
use crate::model::Span;
use crate::output::escape::{markdown_code, markdown_text, terminal};
use crate::procurement::requirements::Status;
use serde_json::{json, Value};

fn line_of(run: &OfferRun, path: &str, span: Option<Span>) -> Option<usize> {
    run.position(path, span?).map(|p| p.0)
}

fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// The file of the offer (a folder offer's own file) and line of a span of the offer.
fn offer_line(run: &OfferRun, span: Option<Span>) -> Option<(&str, usize)> {
    run.offer_position(span?).map(|(path, p)| (path, p.0))
}

/// The offer's file and line of a row, and the charter's line.
fn places<'a>(run: &'a OfferRun, row: &Row) -> (Option<(&'a str, usize)>, Option<usize>) {
    let charter = run.charter_path.as_deref().unwrap_or(&run.offer_path);
    (
        offer_line(run, row.offer_at),
        line_of(run, charter, row.charter_at),
    )
}

fn where_cell(run: &OfferRun, row: &Row, lang: Lang) -> String {
    let (o, c) = places(run, row);
    let mut parts = Vec::new();
    match o {
        // A folder offer: the file of the offer that holds the passage.
        Some((path, l)) if path != run.offer_path => {
            parts.push(format!("{} l. {l}", file_name(path)));
        }
        Some((_, l)) => parts.push(format!("{} {l}", lang.pick("offre l.", "offer l."))),
        None => {}
    }
    if let Some(c) = c {
        let who = if run.charter_path.is_some() {
            lang.pick("charte l.", "charter l.")
        } else {
            lang.pick("exigence l.", "requirement l.")
        };
        parts.push(format!("{who} {c}"));
    }
    if parts.is_empty() {
        "—".to_owned()
    } else {
        parts.join(" · ")
    }
}

fn requirement_cell(run: &OfferRun, row: &Row, lang: Lang, max: usize) -> String {
    let label = match row.code {
        Some(code) => format!("{code} {}", row.label),
        None => format!("{} « {} »", requirement_word(run, lang, false), row.label),
    };
    cut(&label, max)
}

/// « charte : » when the requirement comes from the charter, « exigence : » when the offer quotes it.
fn requirement_word(run: &OfferRun, lang: Lang, capital: bool) -> &'static str {
    match (run.charter_path.is_some(), capital) {
        (true, false) => lang.pick("charte :", "charter:"),
        (true, true) => lang.pick("Charte :", "Charter:"),
        (false, false) => lang.pick("exigence rappelée :", "quoted requirement:"),
        (false, true) => lang.pick("Exigence rappelée :", "Quoted requirement:"),
    }
}

/// « offre, § 4.1 Hébergement : "…" »: the quoted passage with its place, whole.
pub(crate) fn evidence_text(row: &Row, lang: Lang) -> String {
    let Some(q) = &row.evidence else {
        return String::new();
    };
    let place = q.place(lang);
    let offer = lang.pick("offre", "offer");
    if place.is_empty() {
        format!("{offer} : « {} »", q.text)
    } else {
        format!("{offer}, {place} : « {} »", q.text)
    }
}

fn cut(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

fn pad(s: &str, width: usize) -> String {
    let n = s.chars().count();
    format!("{s}{}", " ".repeat(width.saturating_sub(n)))
}

/// The summary table for the terminal.
pub(crate) fn table_human(run: &OfferRun, lang: Lang) -> String {
    if run.rows.is_empty() {
        return String::new();
    }
    let mut out = String::new();
    out.push_str(&format!(
        "{} — {} {}",
        lang.pick("Synthèse par exigence", "Summary per requirement"),
        lang.pick("offre :", "offer:"),
        run.offer_path
    ));
    if let Some(c) = &run.charter_path {
        out.push_str(&format!(" · {} {c}", lang.pick("charte :", "charter:")));
    }
    out.push('\n');
    let cells: Vec<(String, String, String)> = run
        .rows
        .iter()
        .map(|r| {
            (
                requirement_cell(run, r, lang, 72),
                r.status.label(lang).to_owned(),
                where_cell(run, r, lang),
            )
        })
        .collect();
    let head = (
        lang.pick("exigence", "requirement"),
        lang.pick("statut", "status"),
        lang.pick("où", "where"),
    );
    let w0 = cells
        .iter()
        .map(|c| c.0.chars().count())
        .chain([head.0.chars().count()])
        .max()
        .unwrap_or(0);
    let w1 = cells
        .iter()
        .map(|c| c.1.chars().count())
        .chain([head.1.chars().count()])
        .max()
        .unwrap_or(0);
    let w2 = cells.iter().map(|c| c.2.chars().count()).max().unwrap_or(0);
    out.push_str(&format!(
        "  {}  {}  {}\n",
        pad(head.0, w0),
        pad(head.1, w1),
        head.2
    ));
    out.push_str(&format!("  {}\n", "─".repeat(w0 + w1 + w2.max(4) + 4)));
    for ((a, b, c), row) in cells.iter().zip(&run.rows) {
        out.push_str(&format!("  {}  {}  {}\n", pad(a, w0), pad(b, w1), c));
        let quoted = evidence_text(row, lang);
        if !quoted.is_empty() {
            out.push_str(&format!("      {}\n", cut(&quoted, 110)));
        }
    }
    let count = |s: Status| run.rows.iter().filter(|r| r.status == s).count();
    out.push_str(&format!(
        "  {} {}, {} {}, {} {}\n",
        count(Status::Met),
        Status::Met.label(lang),
        count(Status::Unmet),
        Status::Unmet.label(lang),
        count(Status::Unclear),
        Status::Unclear.label(lang),
    ));
    // Requirement labels and paths come from the files: nothing in them may act on the terminal.
    terminal(&out).into_owned()
}

/// The summary table in Markdown.
pub(crate) fn table_markdown(run: &OfferRun, lang: Lang) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "## {}\n\n",
        lang.pick("Synthèse par exigence", "Summary per requirement")
    ));
    out.push_str(&format!(
        "{} {}",
        lang.pick("Offre :", "Offer:"),
        markdown_code(&run.offer_path)
    ));
    if let Some(c) = &run.charter_path {
        out.push_str(&format!(
            " · {} {}",
            lang.pick("charte :", "charter:"),
            markdown_code(c)
        ));
    }
    out.push_str("\n\n");
    out.push_str(&format!(
        "| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n",
        lang.pick("Exigence", "Requirement"),
        lang.pick("Statut", "Status"),
        lang.pick("Où", "Where"),
        lang.pick("Preuve citée", "Quoted evidence"),
        lang.pick("Constat", "Finding")
    ));
    for r in &run.rows {
        let req = match r.code {
            Some(code) => format!("**{code}** {}", markdown_text(&r.label)),
            None if r.article.is_empty() => format!(
                "{} « {} »",
                requirement_word(run, lang, true),
                markdown_text(&r.label)
            ),
            None => format!(
                "{} {} : « {} »",
                requirement_word(run, lang, true),
                markdown_text(&r.article),
                markdown_text(&r.label)
            ),
        };
        let status = match r.status {
            Status::Met => r.status.label(lang).to_owned(),
            _ => format!("**{}**", r.status.label(lang)),
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            req,
            status,
            markdown_text(&where_cell(run, r, lang)),
            markdown_text(&evidence_text(r, lang)),
            markdown_text(if r.status == Status::Met { "" } else { &r.why })
        ));
    }
    out
}

/// The whole Markdown report: diagnostics, then the summary table.
pub(crate) fn markdown(run: &OfferRun, lang: Lang) -> String {
    let mut out = format!(
        "# {} {}\n\n",
        lang.pick("Analyse de l'offre", "Offer analysis"),
        markdown_code(file_name(&run.offer_path))
    );
    if let Some(c) = &run.charter_path {
        out.push_str(&format!(
            "{} {}.\n\n",
            lang.pick("Charte de l'acheteur :", "Buyer's charter:"),
            markdown_code(c)
        ));
    }
    out.push_str(&format!("## {}\n\n", lang.pick("Constats", "Findings")));
    let mut any = false;
    for r in &run.reports {
        for f in &r.findings {
            any = true;
            let line = line_of(run, &r.path, Some(f.primary)).unwrap_or(1);
            out.push_str(&format!(
                "- **{}** `{}` — {} — {} : {}\n",
                f.code,
                f.name,
                f.severity.label(lang),
                markdown_code(&format!("{}:{line}", r.path)),
                markdown_text(&f.message)
            ));
            for l in &f.labels {
                if let Some(p) = &l.path {
                    let ll = line_of(run, p, Some(l.span)).unwrap_or(1);
                    out.push_str(&format!(
                        "  - {} : {}\n",
                        markdown_code(&format!("{p}:{ll}")),
                        markdown_text(&l.message)
                    ));
                }
            }
            if let Some(h) = &f.help {
                out.push_str(&format!(
                    "  - {} {}\n",
                    lang.pick("*Aide :*", "*Help:*"),
                    markdown_text(h)
                ));
            }
        }
    }
    if !any {
        out.push_str(lang.pick("Aucun constat.\n", "No finding.\n"));
    }
    out.push('\n');
    out.push_str(&table_markdown(run, lang));
    out.push('\n');
    out.push_str(&crate::output::summary(&run.reports, lang));
    out.push('\n');
    out
}

/// JSON output: the JSON contract of `check` (the output layer gives labels into the charter the charter's
/// positions), plus the summary table as `requirements`.
pub(crate) fn json(run: &OfferRun, lang: Lang) -> String {
    let mut doc = crate::output::json::document(&run.reports);
    let rows: Vec<Value> = run
        .rows
        .iter()
        .map(|r| {
            let (o, c) = places(run, r);
            json!({
                "code": r.code,
                "requirement": r.label,
                "status": r.status.id(),
                "status_label": r.status.label(lang),
                "offer": o.map(|(path, l)| json!({ "path": path, "line": l })),
                "charter": c.map(|l| json!({
                    "path": run.charter_path.as_deref().unwrap_or(&run.offer_path),
                    "line": l
                })),
                "why": r.why,
                "evidence": r.evidence.as_ref().map(|q| {
                    let (path, (line, column, _, _)) = run
                        .offer_position(q.span)
                        .unwrap_or((&run.offer_path, (1, 1, 1, 1)));
                    json!({
                        "path": path,
                        "line": line,
                        "column": column,
                        "section": q.section,
                        "table_column": q.column,
                        "text": q.text,
                    })
                }),
                "article": (!r.article.is_empty()).then_some(&r.article),
                "requirement_text": (!r.requirement.is_empty()).then_some(&r.requirement),
            })
        })
        .collect();
    doc["requirements"] = Value::Array(rows);
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}
