//! GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=CODE::message`.

use super::position;
use crate::diagnostics::{LineIndex, Severity};
use crate::engine::FileReport;
use crate::output::escape::terminal;

/// Workflow-command escaping (`%`, CR, LF), after the control characters are made visible: the Actions log
/// renders ANSI sequences, so a charter's own must not reach it.
fn escape_data(s: &str) -> String {
    terminal(s)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// One command per finding.
pub(crate) fn render(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for r in reports {
        let text = r.source.as_deref().unwrap_or("");
        let index = LineIndex::new(text);
        for f in &r.findings {
            let level = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let (l, c, el, ec) = position(text, &index, f.primary);
            let mut msg = f.message.clone();
            if let Some(h) = &f.help {
                msg.push('\n');
                msg.push_str(h);
            }
            out.push_str(&format!(
                "::{level} file={},line={l},col={c},endLine={el},endColumn={ec},title={}::{}\n",
                escape_property(&r.path),
                escape_property(&format!("{} {}", f.code, f.name)),
                escape_data(&msg)
            ));
        }
    }
    out
}
