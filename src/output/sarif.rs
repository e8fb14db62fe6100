//! SARIF 2.1.0: one run, the rules as `tool.driver.rules`, results with physical and related locations.

use super::position;
use crate::diagnostics::{LineIndex, Severity};
use crate::engine::FileReport;
use crate::i18n::Lang;
use crate::output::escape::uri;
use crate::rules::{docs, registry};
use serde_json::{json, Value};

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The SARIF log.
pub(crate) fn render(reports: &[FileReport], lang: Lang) -> String {
    let rules: Vec<Value> = registry()
        .iter()
        .map(|r| {
            let m = r.meta();
            json!({
                "id": m.code,
                "name": m.name,
                "shortDescription": { "text": m.summary(lang) },
                "help": { "text": docs::render(m, lang), "markdown": docs::render(m, lang) },
                "helpUri": m.docs_url(),
                "defaultConfiguration": { "level": level(m.severity) },
            })
        })
        .collect();
    let mut results = Vec::new();
    let all = super::Files::of(reports);
    for r in reports {
        let text = r.source.as_deref().unwrap_or("");
        let index = LineIndex::new(text);
        let region = |span| {
            let (l, c, el, ec) = position(text, &index, span);
            json!({ "startLine": l, "startColumn": c, "endLine": el, "endColumn": ec })
        };
        for f in &r.findings {
            let related: Vec<Value> = f
                .labels
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    let (sl, sc, el, ec) = all.label_position(r, l);
                    json!({
                        "id": i,
                        "message": { "text": l.message },
                        "physicalLocation": {
                            "artifactLocation": { "uri": uri(l.path.as_deref().unwrap_or(&r.path)) },
                            "region": { "startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec },
                        }
                    })
                })
                .collect();
            let mut message = f.message.clone();
            if let Some(h) = &f.help {
                message.push_str(" — ");
                message.push_str(h);
            }
            let mut result = json!({
                "ruleId": f.code,
                "level": level(f.severity),
                "message": { "text": message },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri(&r.path) }, "region": region(f.primary) } }],
                "relatedLocations": related,
            });
            // Documents (.docx, .odt): the region is in the extracted text; the paragraph and headings are what a
            // reader of the original can find.
            if let (Some(loc), Some(obj)) = (super::location(r, f.primary), result.as_object_mut())
            {
                obj.insert(
                    "properties".into(),
                    json!({ "paragraph": loc.paragraph, "heading_path": loc.heading_path, "page": loc.page }),
                );
            }
            results.push(result);
        }
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "charte",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://charte.dev",
                "rules": rules,
            }},
            "results": results,
        }],
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}
