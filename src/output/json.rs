//! The JSON contract of `docs/formats.md`: 1-based lines, columns in characters, deterministic order.

use super::position;
use crate::diagnostics::LineIndex;
use crate::engine::FileReport;
use serde_json::{json, Value};

/// One JSON document for the whole run.
pub(crate) fn render(reports: &[FileReport]) -> String {
    let mut s = serde_json::to_string_pretty(&document(reports)).unwrap_or_default();
    s.push('\n');
    s
}

/// The JSON value of the whole run (commands that add a section to it, like `offer`, start from here). A label
/// that points into another file of the run gets that file's positions.
pub(crate) fn document(reports: &[FileReport]) -> Value {
    let all = super::Files::of(reports);
    let mut files = Vec::new();
    let mut diagnostics = Vec::new();
    let (mut e, mut w, mut i) = (0, 0, 0);
    for r in reports {
        let mut file = json!({ "path": r.path, "error": r.error });
        if let (Some(doc), Some(obj)) = (&r.document, file.as_object_mut()) {
            obj.insert("pending_changes".into(), json!(doc.pending_changes));
        }
        files.push(file);
        let text = r.source.as_deref().unwrap_or("");
        let index = LineIndex::new(text);
        for f in &r.findings {
            match f.severity {
                crate::diagnostics::Severity::Error => e += 1,
                crate::diagnostics::Severity::Warning => w += 1,
                crate::diagnostics::Severity::Info => i += 1,
            }
            let (line, column, end_line, end_column) = position(text, &index, f.primary);
            let labels: Vec<Value> = f
                .labels
                .iter()
                .map(|l| {
                    let (a, b, c, d) = all.label_position(r, l);
                    json!({
                        "path": l.path.as_deref().unwrap_or(&r.path),
                        "line": a, "column": b, "end_line": c, "end_column": d,
                        "message": l.message, "primary": false
                    })
                })
                .collect();
            let mut d = json!({
                "code": f.code,
                "name": f.name,
                "severity": f.severity.as_str(),
                "message": f.message,
                "path": r.path,
                "line": line, "column": column, "end_line": end_line, "end_column": end_column,
                "labels": labels,
                "help": f.help,
                "topics": f.topics.iter().map(|t| t.id()).collect::<Vec<_>>(),
            });
            if let (Some(loc), Some(obj)) = (super::location(r, f.primary), d.as_object_mut()) {
                obj.insert("paragraph".into(), json!(loc.paragraph));
                obj.insert("heading_path".into(), json!(loc.heading_path));
                if let Some(page) = loc.page {
                    obj.insert("page".into(), json!(page));
                }
                obj.insert("passage".into(), json!(super::passage(r, f.primary)));
            }
            diagnostics.push(d);
        }
    }
    json!({
        "version": 1,
        "files": files,
        "diagnostics": diagnostics,
        "summary": { "error": e, "warning": w, "info": i, "files": reports.len() },
    })
}
