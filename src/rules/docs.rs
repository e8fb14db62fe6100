//! Rule documentation as data: the French doc comment of each rule (six headings), its examples, and the
//! English text shown with `--lang en`.

use crate::i18n::Lang;
use crate::law::Law;
use crate::rules::RuleMeta;

/// The six headings every French rule doc carries, in order.
pub(crate) const HEADINGS_FR: [&str; 6] = [
    "## Ce que vérifie la règle",
    "## Pourquoi",
    "## Exemple non conforme",
    "## Exemple conforme",
    "## Base légale",
    "## Références",
];

/// The headings every English doc carries.
pub(crate) const HEADINGS_EN: [&str; 4] = [
    "## What it checks",
    "## Why",
    "## Legal basis",
    "## References",
];

/// Joins doc-comment lines (`/// text` gives `" text"`) into Markdown.
pub(crate) fn from_doc_lines(lines: &[&str]) -> String {
    lines
        .iter()
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_owned()
}

/// The body under a `## heading`, up to the next `## ` heading outside code fences (examples contain headings).
pub(crate) fn section<'a>(doc: &'a str, heading: &str) -> Option<&'a str> {
    let start = doc.find(heading)? + heading.len();
    let rest = &doc[start..];
    let mut in_fence = false;
    let mut pos = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
        } else if !in_fence && pos > 0 && line.starts_with("## ") {
            return Some(rest[..pos].trim());
        }
        pos += line.len();
    }
    Some(rest.trim())
}

/// The first fenced code block of a doc section (the example charter).
#[cfg(test)]
pub(crate) fn example(doc: &str, heading: &str) -> Option<String> {
    let body = section(doc, heading)?;
    let open = body.find("```")?;
    let after = &body[open + 3..];
    let nl = after.find('\n')?;
    let code = &after[nl + 1..];
    let close = code.find("```")?;
    Some(code[..close].to_owned())
}

/// The failing example of a rule (French doc).
#[cfg(test)]
pub(crate) fn fail_example(meta: &RuleMeta) -> Option<String> {
    example(&meta.docs_fr, HEADINGS_FR[2])
}

/// The passing example of a rule (French doc).
#[cfg(test)]
pub(crate) fn pass_example(meta: &RuleMeta) -> Option<String> {
    example(&meta.docs_fr, HEADINGS_FR[3])
}

/// The full explanation printed by `charte explain` and written to `docs/rules/CODE.md`, fact references resolved
/// from the embedded legal dataset and the facts cited listed at the end with their sources and check dates.
pub(crate) fn render(meta: &RuleMeta, lang: Lang) -> String {
    render_with(meta, lang, Law::embedded())
}

/// [`render`] against a given legal dataset.
pub(crate) fn render_with(meta: &RuleMeta, lang: Lang, law: &Law) -> String {
    let raw = render_raw(meta, lang);
    let mut out = law.render(&raw, lang, None);
    let cited = law.cited(&raw);
    if !cited.is_empty() {
        out.push_str(lang.pick(
            "\n## Faits juridiques cités\n\n",
            "\n## Legal facts cited\n\n",
        ));
        for f in cited {
            out.push_str(&format!(
                "- `{}` ({}) : {} — {}\n",
                f.id,
                f.status.label(lang),
                f.statement(lang),
                f.provenance(lang)
            ));
        }
    }
    out
}

fn render_raw(meta: &RuleMeta, lang: Lang) -> String {
    let mut out = format!("# {} — {}\n\n", meta.code, meta.name);
    let sev = meta.severity.label(lang);
    let family = meta.family.label(lang);
    match lang {
        Lang::Fr => {
            out.push_str(&format!(
                "*Famille :* {family} · *gravité par défaut :* {sev}"
            ));
            if !meta.topics.is_empty() {
                let t: Vec<_> = meta
                    .topics
                    .iter()
                    .map(|t| format!("`{}` ({})", t.id(), t.label_fr()))
                    .collect();
                out.push_str(&format!(" · *sujets :* {}", t.join(", ")));
            }
            out.push_str(&format!("\n\n> {}\n\n", meta.summary_fr));
            out.push_str(&meta.docs_fr);
        }
        Lang::En => {
            out.push_str(&format!("*Family:* {family} · *default severity:* {sev}"));
            if !meta.topics.is_empty() {
                let t: Vec<_> = meta
                    .topics
                    .iter()
                    .map(|t| format!("`{}` ({})", t.id(), t.label_en()))
                    .collect();
                out.push_str(&format!(" · *topics:* {}", t.join(", ")));
            }
            out.push_str(&format!("\n\n> {}\n\n", meta.summary_en));
            let en = &meta.docs_en;
            let why_end = en.find(HEADINGS_EN[2]).unwrap_or(en.len());
            out.push_str(en[..why_end].trim_end());
            out.push_str("\n\n## Failing example (charter text stays in French)\n\n");
            if let Some(e) = section(&meta.docs_fr, HEADINGS_FR[2]) {
                out.push_str(e);
            }
            out.push_str("\n\n## Passing example\n\n");
            if let Some(e) = section(&meta.docs_fr, HEADINGS_FR[3]) {
                out.push_str(e);
            }
            out.push_str("\n\n");
            out.push_str(en[why_end..].trim());
        }
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_and_examples() {
        let doc = "## Pourquoi\nParce que.\n## Exemple non conforme\n```markdown\n# A\nB\n```\n## Base légale\nX";
        assert_eq!(section(doc, "## Pourquoi"), Some("Parce que."));
        assert_eq!(
            example(doc, "## Exemple non conforme").as_deref(),
            Some("# A\nB\n")
        );
    }
}
