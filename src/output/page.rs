//! The frame of charte's self-contained HTML pages (`check`, `diff`, `compare`): the shared inline style sheet and
//! the page around a body. No script, no font, no image, no external request.

use super::escape::html_text as esc;
use crate::i18n::Lang;

const STYLE: &str = r#"
:root { --ok: #1f7a3d; --ok-bg: #d9f2e1; --ko: #9b1c1c; --ko-bg: #fbe3e3; --muted: #5b6470; --line: #d6dae0; --accent: #1d4e89; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1f24; margin: 2rem auto; max-width: 72rem; padding: 0 1.25rem; line-height: 1.5; }
h1 { font-size: 1.6rem; color: var(--accent); margin-bottom: .25rem; }
h2 { font-size: 1.2rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
p.lead { color: var(--muted); margin-top: 0; }
.note { background: #fff7e0; border-left: 4px solid #d9a400; padding: .5rem .75rem; margin: 1rem 0; }
.box { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin: .75rem 0; break-inside: avoid; }
.meta { color: var(--muted); font-size: .9rem; }
blockquote { margin: .4rem 0; padding: .3rem .75rem; border-left: 3px solid var(--line); color: #30363d; }
del { background: var(--ko-bg); color: var(--ko); text-decoration: line-through; }
ins { background: var(--ok-bg); color: var(--ok); text-decoration: none; font-weight: 600; }
.tag { display: inline-block; font-size: .8rem; padding: 0 .4rem; border-radius: 4px; background: #eef1f5; margin-right: .25rem; }
.tag.weak { background: var(--ko-bg); color: var(--ko); }
.tag.strong { background: var(--ok-bg); color: var(--ok); }
table { border-collapse: collapse; margin: .75rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; font-size: .88rem; }
th { background: #f3f5f8; text-align: left; vertical-align: bottom; }
td.yes { background: var(--ok-bg); color: var(--ok); text-align: center; font-weight: 700; }
td.no { background: var(--ko-bg); color: var(--ko); text-align: center; }
td.count { text-align: right; white-space: nowrap; }
tr.group th { background: #e4e9f0; font-size: .95rem; }
tr.consensus th.topic { border-left: 4px solid var(--accent); }
.legend span { display: inline-block; margin-right: 1.25rem; }
.swatch { display: inline-block; width: 1rem; height: 1rem; vertical-align: middle; border: 1px solid var(--line); margin-right: .3rem; }
ul.gaps li { margin: .2rem 0; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .5rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
  tr, .box { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"#;

/// A complete HTML page; `extra_css` is appended to the shared style sheet.
pub(crate) fn page(lang: Lang, title: &str, body: &str, extra_css: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{}{}</style>\n</head>\n<body>\n{}\n<footer>{}</footer>\n</body>\n</html>\n",
        lang.pick("fr", "en"),
        esc(title),
        STYLE,
        extra_css,
        body,
        esc(lang.pick(
            "Page produite par charte, outil libre d'analyse des chartes d'usage de l'IA des collectivités. Les chartes de référence intégrées sont des modèles reconstitués à partir de descriptions publiques, pas les textes officiels.",
            "Page produced by charte, a free tool that analyses AI usage charters of French local authorities. The embedded reference charters are models reconstructed from public descriptions, not the official texts."
        ))
    )
}
