//! Everything YAML: the front matter of Markdown charters and the pure-YAML charter format.
//!
//! This is the only module that names `serde_yaml` (archived upstream): switching to a maintained fork is a
//! one-line `package =` rename in `Cargo.toml`.

use super::{top_level_key_spans, ParseProblem, ProblemKind};
use crate::model::{
    Charter, Clause, FrontMatter, Modality, Section, Span, TextOrigin, Topic, FRONT_MATTER_KEYS,
};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Known keys of nested front-matter tables (the model's list, shared by every reader).
use crate::model::NESTED_FRONT_MATTER_KEYS as NESTED_KEYS;

/// A charter in the pure-YAML format: the front matter keys plus `sections`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct YamlCharter {
    /// Metadata (same keys as the Markdown front matter).
    #[serde(flatten)]
    pub meta: FrontMatter,
    /// Top-level sections.
    pub sections: Vec<YamlSection>,
}

/// A section of a YAML charter.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct YamlSection {
    /// Heading.
    pub titre: String,
    /// Explicit id.
    pub id: Option<String>,
    /// Numbering ("Article 3").
    pub numero: Option<String>,
    /// Clauses directly in this section.
    pub clauses: Vec<YamlClause>,
    /// Nested sections.
    pub sections: Vec<YamlSection>,
}

/// A clause of a YAML charter: a bare string, or a table with its text and annotations.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum YamlClause {
    /// Just the text.
    Text(String),
    /// Text with an id, modality and topics stated by the author.
    Full {
        /// Explicit id.
        #[serde(default)]
        id: Option<String>,
        /// The clause text.
        texte: String,
        /// Normative force stated by the author.
        #[serde(default)]
        modalite: Option<Modality>,
        /// Topics stated by the author.
        #[serde(default)]
        sujets: Vec<Topic>,
    },
}

fn yaml_problem(err: &serde_yaml::Error, base: usize, len: usize) -> ParseProblem {
    let span = err.location().map(|l| {
        let at = (base + l.index()).min(base + len);
        Span::new(at, at)
    });
    ParseProblem {
        kind: ProblemKind::Yaml {
            detail: err.to_string(),
        },
        span: span.or(Some(Span::new(base, base))),
    }
}

/// Unknown keys at the top level (against `known`) and inside known nested tables.
fn unknown_keys(
    value: &serde_yaml::Value,
    yaml: &str,
    base: usize,
    known: &[&str],
) -> Vec<(String, Span)> {
    let serde_yaml::Value::Mapping(map) = value else {
        return Vec::new();
    };
    let spans = top_level_key_spans(yaml, base);
    let span_of = |key: &str| spans.iter().find(|(k, _)| k == key).map(|(_, s)| *s);
    let mut out = Vec::new();
    for (k, v) in map {
        let Some(key) = k.as_str() else { continue };
        if !known.contains(&key) {
            out.push((
                key.to_owned(),
                span_of(key).unwrap_or(Span::new(base, base)),
            ));
            continue;
        }
        let Some((_, inner_known)) = NESTED_KEYS.iter().find(|(n, _)| *n == key) else {
            continue;
        };
        if let serde_yaml::Value::Mapping(inner) = v {
            for ik in inner.keys().filter_map(|k| k.as_str()) {
                if !inner_known.contains(&ik) {
                    let span = find_after(yaml, base, span_of(key), ik)
                        .or(span_of(key))
                        .unwrap_or_default();
                    out.push((format!("{key}.{ik}"), span));
                }
            }
        }
    }
    out
}

/// Finds `needle:` after a parent key's span, for nested key locations.
fn find_after(yaml: &str, base: usize, parent: Option<Span>, needle: &str) -> Option<Span> {
    let from = parent.map(|s| s.end - base).unwrap_or(0);
    let pat = format!("{needle}:");
    yaml.get(from..)?
        .find(&pat)
        .map(|i| Span::new(base + from + i, base + from + i + needle.len()))
}

/// What reading a front matter gives: metadata (default when broken), key spans, unknown keys, problems.
pub type FrontMatterParse = (
    FrontMatter,
    Vec<(String, Span)>,
    Vec<(String, Span)>,
    Vec<ParseProblem>,
);

/// Parses a front matter block. Returns the metadata (default when broken), key spans, unknown keys and problems.
pub fn parse_front_matter(yaml: &str, base: usize) -> FrontMatterParse {
    let spans = top_level_key_spans(yaml, base);
    if yaml.trim().is_empty() {
        return (FrontMatter::default(), spans, Vec::new(), Vec::new());
    }
    let value: serde_yaml::Value = match serde_yaml::from_str(yaml) {
        Ok(v) => v,
        Err(e) => {
            return (
                FrontMatter::default(),
                spans,
                Vec::new(),
                vec![yaml_problem(&e, base, yaml.len())],
            )
        }
    };
    if !matches!(
        value,
        serde_yaml::Value::Mapping(_) | serde_yaml::Value::Null
    ) {
        let problem = ParseProblem {
            kind: ProblemKind::Yaml {
                detail: "le bloc d'en-tête doit être une liste de clés (clé: valeur)".into(),
            },
            span: Some(Span::new(base, base + yaml.trim_end().len())),
        };
        return (FrontMatter::default(), spans, Vec::new(), vec![problem]);
    }
    let unknown = unknown_keys(&value, yaml, base, FRONT_MATTER_KEYS);
    match serde_yaml::from_value::<FrontMatter>(value) {
        Ok(fm) => (fm, spans, unknown, Vec::new()),
        Err(e) => {
            // Shape errors from a Value carry no location: point at the block.
            let problem = ParseProblem {
                kind: ProblemKind::Yaml {
                    detail: e.to_string(),
                },
                span: Some(Span::new(base, base + yaml.trim_end().len())),
            };
            (FrontMatter::default(), spans, unknown, vec![problem])
        }
    }
}

/// Reads any YAML document into a Rust type (gold files of the accuracy corpus, reference metadata).
pub fn from_str<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_yaml::from_str(text).map_err(|e| e.to_string())
}

/// Parses a pure-YAML charter.
pub fn parse_charter(text: &str) -> (Option<Charter>, Vec<ParseProblem>) {
    let value: serde_yaml::Value = match serde_yaml::from_str(text) {
        Ok(v) => v,
        Err(e) => return (None, vec![yaml_problem(&e, 0, text.len())]),
    };
    if !matches!(value, serde_yaml::Value::Mapping(_)) {
        let problem = ParseProblem {
            kind: ProblemKind::Yaml {
                detail: "une charte YAML doit être une liste de clés (titre, sections…)".into(),
            },
            span: Some(Span::new(0, text.trim_end().len())),
        };
        return (None, vec![problem]);
    }
    let mut known: Vec<&str> = FRONT_MATTER_KEYS.to_vec();
    known.push("sections");
    let unknown = unknown_keys(&value, text, 0, &known);
    let doc: YamlCharter = match serde_yaml::from_value(value) {
        Ok(d) => d,
        Err(e) => {
            let problem = ParseProblem {
                kind: ProblemKind::Yaml {
                    detail: e.to_string(),
                },
                span: Some(Span::new(0, text.trim_end().len())),
            };
            return (None, vec![problem]);
        }
    };
    let mut charter = Charter {
        title: doc.meta.titre.clone(),
        meta_key_spans: top_level_key_spans(text, 0),
        meta_span: Some(Span::new(0, text.len())),
        unknown_keys: unknown,
        ..Charter::default()
    };
    charter.title_span = charter
        .meta_key_span("titre")
        .map(|k| super::markdown::line_from(text, k))
        .or_else(|| charter.meta_key_spans.first().map(|(_, s)| *s))
        .unwrap_or(Span::new(0, text.find('\n').unwrap_or(text.len())));
    let mut cursor = Cursor { text, pos: 0 };
    for s in &doc.sections {
        add_section(&mut charter, &mut cursor, s, None, 1);
    }
    charter.meta = doc.meta;
    (Some(charter), Vec::new())
}

/// Walks the source forward to locate each scalar in document order (serde_yaml gives no spans for values).
struct Cursor<'a> {
    text: &'a str,
    pos: usize,
}

impl Cursor<'_> {
    /// Finds `needle` at or after the cursor; on success moves past it.
    fn find(&mut self, needle: &str) -> Option<usize> {
        if needle.is_empty() {
            return None;
        }
        let at = self.pos + self.text.get(self.pos..)?.find(needle)?;
        self.pos = at + needle.len();
        Some(at)
    }
    /// The span of the next line containing `key:` (used when a scalar was escaped or folded).
    fn key_line(&mut self, key: &str) -> Span {
        let pat = format!("{key}:");
        match self.find(&pat) {
            Some(at) => {
                let end = self.text[at..]
                    .find('\n')
                    .map(|i| at + i)
                    .unwrap_or(self.text.len());
                Span::new(at, end.max(at + pat.len()))
            }
            None => Span::new(self.pos.min(self.text.len()), self.pos.min(self.text.len())),
        }
    }
}

fn add_section(
    charter: &mut Charter,
    cur: &mut Cursor<'_>,
    s: &YamlSection,
    parent: Option<usize>,
    level: u8,
) {
    let span = match cur.find(&s.titre) {
        Some(at) => Span::new(at, at + s.titre.len()),
        None => cur.key_line("titre"),
    };
    let index = charter.sections.len();
    charter.sections.push(Section {
        id: s.id.clone(),
        number: s.numero.clone(),
        title: s.titre.clone(),
        span,
        level,
        parent,
        children: Vec::new(),
        clauses: Vec::new(),
        role: Default::default(),
    });
    if let Some(p) = parent {
        charter.sections[p].children.push(index);
    }
    for c in &s.clauses {
        let (id, text, modality, topics) = match c {
            YamlClause::Text(t) => (None, t.clone(), None, Vec::new()),
            YamlClause::Full {
                id,
                texte,
                modalite,
                sujets,
            } => (id.clone(), texte.clone(), *modalite, sujets.clone()),
        };
        let origin = match cur.find(&text) {
            Some(at) => TextOrigin::Verbatim(at),
            None => {
                // Folded or escaped scalar: locate its first words, else the `texte:` line.
                let head: String = text
                    .split_whitespace()
                    .take(4)
                    .collect::<Vec<_>>()
                    .join(" ");
                match cur.find(&head) {
                    Some(at) => TextOrigin::Approximate(Span::new(at, at + head.len())),
                    None => TextOrigin::Approximate(cur.key_line("texte")),
                }
            }
        };
        let ci = charter.clauses.len();
        charter.clauses.push(Clause {
            id,
            section: Some(index),
            text,
            origin,
            lead_in: None,
            cells: Vec::new(),
            cell_headers: Vec::new(),
            declared_modality: modality,
            declared_topics: topics,
            sentences: Vec::new(),
        });
        charter.sections[index].clauses.push(ci);
    }
    for child in &s.sections {
        add_section(charter, cur, child, Some(index), level.saturating_add(1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_charter_sections_and_spans() {
        let text = "titre: \"Charte\"\nsections:\n  - titre: Données\n    id: d\n    clauses:\n      - id: c1\n        texte: \"Il est interdit de saisir des données.\"\n        modalite: interdiction\n      - Les agents sont formés.\n";
        let (c, p) = parse_charter(text);
        assert!(p.is_empty(), "{p:?}");
        let c = c.unwrap();
        assert_eq!(c.sections.len(), 1);
        assert_eq!(c.clauses.len(), 2);
        let span = c.clauses[0].span();
        assert_eq!(
            &text[span.start..span.end],
            "Il est interdit de saisir des données."
        );
        assert_eq!(c.clauses[0].declared_modality, Some(Modality::Interdiction));
    }

    #[test]
    fn broken_yaml_has_a_location() {
        let (_, p) = parse_charter("titre: [\n  x: y\n");
        assert!(matches!(p[0].kind, ProblemKind::Yaml { .. }));
        assert!(p[0].span.is_some());
    }

    #[test]
    fn unknown_keys_are_listed_with_spans() {
        let yaml = "titre: X\nadoptoin: 2025\ncollectivite:\n  nom: Y\n  typ: commune\n";
        let (_, _, unknown, problems) = parse_front_matter(yaml, 4);
        assert!(problems.is_empty());
        let names: Vec<_> = unknown.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(names, ["adoptoin", "collectivite.typ"]);
        assert_eq!(unknown[0].1.start, 4 + 9);
    }
}
