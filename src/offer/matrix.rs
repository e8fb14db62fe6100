//! Several offers side by side (`charte offer A B C --charter CHARTE`): a requirements × offers matrix (met / unmet /
//! unclear), with the quoted evidence of every cell in a detail section. Rendered for the terminal, in Markdown, in
//! CSV (plain, or for a French spreadsheet: `;`, BOM, decimal comma), in JSON and as one self-contained printable
//! HTML page for the committee's file.

use super::report::evidence_text;
use super::{OfferRun, Row};
use crate::i18n::Lang;
use crate::output::csv::CsvStyle;
use crate::output::escape::{html_text, markdown_code, markdown_text, terminal};
use crate::procurement::requirements::Status;
use serde_json::{json, Value};

/// One requirement across the offers.
pub(crate) struct MatrixRow<'a> {
    /// ACH code of a checklist row; `None` for a charter requirement.
    pub code: Option<&'static str>,
    /// What is required (checklist title or charter excerpt).
    pub label: &'a str,
    /// The charter's article and heading (requirement rows).
    pub article: &'a str,
    /// The row of each offer, in the order of the offers (`None`: that offer has no such row, e.g. it could not be
    /// read).
    pub cells: Vec<Option<&'a Row>>,
}

impl MatrixRow<'_> {
    /// The requirement's own text, as the first offer judged on it quotes it (the charter clause or the checklist
    /// item), if any.
    fn requirement_text(&self) -> Option<&str> {
        self.cells
            .iter()
            .flatten()
            .map(|r| r.requirement.as_str())
            .find(|t| !t.is_empty())
    }
}

/// The matrix of a set of offer runs.
pub(crate) struct Matrix<'a> {
    /// The runs, one per offer.
    pub runs: &'a [OfferRun],
    /// Requirements in order: the checklist, then the charter's requirements.
    pub rows: Vec<MatrixRow<'a>>,
}

/// The key that makes the same requirement one row across offers: the code, else the charter clause (the same
/// charter for all), else the quoted text (requirements an offer quotes itself).
fn key(row: &Row) -> (Option<&'static str>, Option<usize>, &str) {
    match row.code {
        Some(c) => (Some(c), None, ""),
        None => (None, row.charter_at.map(|s| s.start), &row.label),
    }
}

impl<'a> Matrix<'a> {
    /// Builds the matrix of the runs.
    pub(crate) fn of(runs: &'a [OfferRun]) -> Matrix<'a> {
        let mut rows: Vec<MatrixRow<'a>> = Vec::new();
        for (i, run) in runs.iter().enumerate() {
            for r in &run.rows {
                let k = key(r);
                let at = match rows.iter().position(|m| {
                    m.cells
                        .iter()
                        .flatten()
                        .next()
                        .is_some_and(|first| key(first) == k)
                }) {
                    Some(at) => at,
                    None => {
                        rows.push(MatrixRow {
                            code: r.code,
                            label: &r.label,
                            article: &r.article,
                            cells: vec![None; runs.len()],
                        });
                        rows.len() - 1
                    }
                };
                rows[at].cells[i] = Some(r);
            }
        }
        Matrix { runs, rows }
    }

    /// The short name of each offer (its file name).
    fn names(&self) -> Vec<&'a str> {
        self.runs.iter().map(|r| file_name(&r.offer_path)).collect()
    }

    /// Met requirements of offer `i`, and how many it was judged on.
    fn score(&self, i: usize) -> (usize, usize) {
        let judged: Vec<&Row> = self.rows.iter().filter_map(|r| r.cells[i]).collect();
        let met = judged.iter().filter(|r| r.status == Status::Met).count();
        (met, judged.len())
    }

    /// The share of met requirements of offer `i` (0 to 1, two decimals), written with `decimal`.
    fn share(&self, i: usize, decimal: char) -> String {
        let (met, n) = self.score(i);
        // Rounded to the nearest hundredth.
        let hundredths = if n == 0 { 0 } else { (met * 200 + n) / (2 * n) };
        format!("{}{decimal}{:02}", hundredths / 100, hundredths % 100)
    }
}

fn file_name(path: &str) -> &str {
    let trimmed = path.trim_end_matches(['/', '\\']);
    trimmed.rsplit(['/', '\\']).next().unwrap_or(trimmed)
}

fn requirement_label(row: &MatrixRow<'_>, lang: Lang) -> String {
    match row.code {
        Some(code) => format!("{code} {}", row.label),
        None if row.article.is_empty() => {
            format!("{} « {} »", lang.pick("exigence", "requirement"), row.label)
        }
        None => format!("{} : « {} »", row.article, row.label),
    }
}

fn status_of(cell: Option<&Row>, lang: Lang) -> &'static str {
    cell.map_or("—", |r| r.status.label(lang))
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
    format!("{s}{}", " ".repeat(width.saturating_sub(s.chars().count())))
}

/// The matrix for the terminal: one line per requirement, one column per offer, then the share met.
pub(crate) fn human(m: &Matrix<'_>, lang: Lang) -> String {
    let names = m.names();
    let first: Vec<String> = m
        .rows
        .iter()
        .map(|r| cut(&requirement_label(r, lang), 60))
        .collect();
    let w0 = first
        .iter()
        .map(|s| s.chars().count())
        .max()
        .unwrap_or(0)
        .max(12);
    let widths: Vec<usize> = names.iter().map(|n| n.chars().count().max(13)).collect();
    let mut out = format!(
        "{}\n",
        lang.pick(
            "Comparaison des offres (exigence × offre)",
            "Offers compared (requirement × offer)"
        )
    );
    out.push_str(&format!(
        "  {}",
        pad(lang.pick("exigence", "requirement"), w0)
    ));
    for (n, w) in names.iter().zip(&widths) {
        out.push_str(&format!("  {}", pad(n, *w)));
    }
    out.push('\n');
    out.push_str(&format!(
        "  {}\n",
        "─".repeat(w0 + widths.iter().map(|w| w + 2).sum::<usize>())
    ));
    for (label, row) in first.iter().zip(&m.rows) {
        out.push_str(&format!("  {}", pad(label, w0)));
        for (cell, w) in row.cells.iter().zip(&widths) {
            out.push_str(&format!("  {}", pad(status_of(*cell, lang), *w)));
        }
        out.push('\n');
    }
    out.push_str(&format!(
        "  {}",
        pad(lang.pick("part satisfaite", "share met"), w0)
    ));
    for (i, w) in widths.iter().enumerate() {
        let (met, n) = m.score(i);
        out.push_str(&format!("  {}", pad(&format!("{met}/{n}"), *w)));
    }
    out.push('\n');
    terminal(&out).into_owned()
}

/// The matrix in Markdown, then the detail section: each offer's evidence and reasons per requirement.
pub(crate) fn markdown(m: &Matrix<'_>, lang: Lang) -> String {
    let names = m.names();
    let mut out = format!(
        "# {}\n\n",
        lang.pick("Comparaison des offres", "Offers compared")
    );
    if let Some(c) = m.runs.first().and_then(|r| r.charter_path.as_deref()) {
        out.push_str(&format!(
            "{} {}.\n\n",
            lang.pick("Charte de l'acheteur :", "Buyer's charter:"),
            markdown_code(c)
        ));
    }
    out.push_str(&format!("| {} |", lang.pick("Exigence", "Requirement")));
    for n in &names {
        out.push_str(&format!(" {} |", markdown_code(n)));
    }
    out.push_str(&format!("\n|---|{}\n", "---|".repeat(names.len())));
    for row in &m.rows {
        out.push_str(&format!(
            "| {} |",
            markdown_text(&requirement_label(row, lang))
        ));
        for cell in &row.cells {
            out.push_str(&format!(" {} |", status_of(*cell, lang)));
        }
        out.push('\n');
    }
    out.push_str(&format!(
        "| {} |",
        lang.pick("**Part satisfaite**", "**Share met**")
    ));
    for i in 0..names.len() {
        let (met, n) = m.score(i);
        out.push_str(&format!(" {met}/{n} |"));
    }
    out.push_str(&format!("\n\n## {}\n", lang.pick("Détail", "Detail")));
    for row in &m.rows {
        out.push_str(&format!(
            "\n### {}\n\n",
            markdown_text(&requirement_label(row, lang))
        ));
        if let Some(text) = row.requirement_text() {
            out.push_str(&format!("> {}\n\n", markdown_text(text)));
        }
        for (cell, name) in row.cells.iter().zip(&names) {
            let Some(r) = cell else { continue };
            out.push_str(&format!(
                "- {} — **{}** : {}",
                markdown_code(name),
                r.status.label(lang),
                markdown_text(&evidence_text(r, lang))
            ));
            if r.status != Status::Met && !r.why.is_empty() {
                out.push_str(&format!(" — {}", markdown_text(&r.why)));
            }
            out.push('\n');
        }
    }
    out
}

/// The matrix as CSV: one line per requirement (its article, the status in each offer, the quoted evidence in each
/// offer), then the share met of each offer as a number.
pub(crate) fn csv(m: &Matrix<'_>, lang: Lang, style: CsvStyle) -> String {
    let names = m.names();
    let mut out = String::from(style.start());
    let mut header = vec![
        lang.pick("code", "code").to_owned(),
        lang.pick("exigence", "requirement").to_owned(),
        lang.pick("article", "article").to_owned(),
    ];
    header.extend(names.iter().map(|n| (*n).to_owned()));
    header.extend(
        names
            .iter()
            .map(|n| format!("{} {n}", lang.pick("preuve", "evidence"))),
    );
    let line = |cells: Vec<String>| style.record(&cells);
    out.push_str(&line(header));
    for row in &m.rows {
        let mut cells = vec![
            row.code.unwrap_or("").to_owned(),
            row.label.to_owned(),
            row.article.to_owned(),
        ];
        cells.extend(row.cells.iter().map(|c| status_of(*c, lang).to_owned()));
        cells.extend(
            row.cells
                .iter()
                .map(|c| c.map(|r| evidence_text(r, lang)).unwrap_or_default()),
        );
        out.push_str(&line(cells));
    }
    let mut share = vec![
        String::new(),
        lang.pick("part satisfaite", "share met").to_owned(),
        String::new(),
    ];
    share.extend((0..names.len()).map(|i| m.share(i, style.decimal())));
    out.push_str(&line(share));
    out
}

/// The matrix as JSON data.
pub(crate) fn json_value(m: &Matrix<'_>, lang: Lang) -> Value {
    let rows: Vec<Value> = m
        .rows
        .iter()
        .map(|row| {
            json!({
                "code": row.code,
                "requirement": row.label,
                "article": (!row.article.is_empty()).then_some(row.article),
                "offers": row.cells.iter().zip(m.runs).map(|(cell, run)| json!({
                    "offer": run.offer_path,
                    "status": cell.map(|r| r.status.id()),
                    "status_label": cell.map(|r| r.status.label(lang)),
                    "why": cell.map(|r| &r.why),
                    "evidence": cell.and_then(|r| r.evidence.as_ref()).map(|q| json!({
                        "section": q.section,
                        "table_column": q.column,
                        "text": q.text,
                        "path": run.offer_position(q.span).map(|(path, _)| path),
                        "line": run.offer_position(q.span).map(|(_, p)| p.0),
                    })),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let scores: Vec<Value> = (0..m.runs.len())
        .map(|i| {
            let (met, n) = m.score(i);
            json!({ "offer": m.runs[i].offer_path, "met": met, "judged": n })
        })
        .collect();
    json!({ "offers": m.runs.iter().map(|r| &r.offer_path).collect::<Vec<_>>(), "rows": rows, "scores": scores })
}

/// One self-contained printable HTML page (no script, no outside resource): the matrix, then the detail with the
/// quoted evidence.
pub(crate) fn html(m: &Matrix<'_>, lang: Lang) -> String {
    let names = m.names();
    let title = lang.pick("Comparaison des offres", "Offers compared");
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<style>\n{}\n</style>\n</head>\n<body>\n<h1>{title}</h1>\n",
        lang.pick("fr", "en"),
        STYLE
    );
    if let Some(c) = m.runs.first().and_then(|r| r.charter_path.as_deref()) {
        out.push_str(&format!(
            "<p>{} <code>{}</code></p>\n",
            lang.pick("Charte de l'acheteur :", "Buyer's charter:"),
            html_text(c)
        ));
    }
    out.push_str(&format!(
        "<table>\n<thead><tr><th>{}</th>",
        lang.pick("Exigence", "Requirement")
    ));
    for n in &names {
        out.push_str(&format!("<th><code>{}</code></th>", html_text(n)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &m.rows {
        out.push_str(&format!(
            "<tr><th scope=\"row\">{}</th>",
            html_text(&requirement_label(row, lang))
        ));
        for cell in &row.cells {
            let class = cell.map_or("none", |r| r.status.id());
            out.push_str(&format!(
                "<td class=\"{class}\">{}</td>",
                status_of(*cell, lang)
            ));
        }
        out.push_str("</tr>\n");
    }
    out.push_str(&format!(
        "<tr class=\"score\"><th scope=\"row\">{}</th>",
        lang.pick("Part satisfaite", "Share met")
    ));
    for i in 0..names.len() {
        let (met, n) = m.score(i);
        out.push_str(&format!("<td>{met}/{n}</td>"));
    }
    out.push_str(&format!(
        "</tr>\n</tbody>\n</table>\n<h2>{}</h2>\n",
        lang.pick("Détail", "Detail")
    ));
    for row in &m.rows {
        out.push_str(&format!(
            "<section>\n<h3>{}</h3>\n",
            html_text(&requirement_label(row, lang))
        ));
        if let Some(text) = row.requirement_text() {
            out.push_str(&format!("<blockquote>{}</blockquote>\n", html_text(text)));
        }
        out.push_str("<ul>\n");
        for (cell, name) in row.cells.iter().zip(&names) {
            let Some(r) = cell else { continue };
            out.push_str(&format!(
                "<li><code>{}</code> — <span class=\"{}\">{}</span> : {}",
                html_text(name),
                r.status.id(),
                r.status.label(lang),
                html_text(&evidence_text(r, lang))
            ));
            if r.status != Status::Met && !r.why.is_empty() {
                out.push_str(&format!(" — {}", html_text(&r.why)));
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// The page's style: readable on screen and on paper (A4, no colour needed: the status is written).
const STYLE: &str = "body{font-family:sans-serif;margin:2em;line-height:1.4}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #888;padding:.3em .5em;text-align:left;vertical-align:top}
td.met{background:#e3f4e3}td.unmet{background:#f9dede}td.unclear{background:#fcf2d4}
tr.score{font-weight:bold}
blockquote{margin:.5em 0;padding-left:1em;border-left:3px solid #888}
section{page-break-inside:avoid}
@page{size:A4;margin:1.5cm}
@media print{body{margin:0}}";
