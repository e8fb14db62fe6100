//! `--format short`: one line per finding, `file:line:col: CODE message`, as compilers and grep print them.

use super::position;
use crate::diagnostics::LineIndex;
use crate::engine::FileReport;
use crate::output::escape::terminal;

/// One line per finding; columns count characters. Line breaks of a message become spaces.
pub(crate) fn render(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for r in reports {
        let text = r.source.as_deref().unwrap_or("");
        let index = LineIndex::new(text);
        let path = terminal(&r.path);
        for f in &r.findings {
            let (l, c, _, _) = position(text, &index, f.primary);
            let message = f.message.replace(['\n', '\r'], " ");
            out.push_str(&format!(
                "{path}:{l}:{c}: {} {}\n",
                f.code,
                terminal(&message)
            ));
        }
    }
    out
}
