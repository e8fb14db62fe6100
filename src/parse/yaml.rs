//! Everything YAML: the front matter of Markdown charters and the pure-YAML charter format.
//!
//! This is the only module that names the YAML library (`serde-saphyr`, chosen in `docs/decisions.md`). Every
//! document is read under `limits` (depth, aliases, nodes, size), so a hostile file costs bounded work, and
//! every key, section title and clause text keeps the span the parser gives it: nothing is searched for again
//! in the text.

use super::{top_level_key_spans, ParseProblem, ProblemKind};
use crate::model::{
    Charter, Clause, FrontMatter, Modality, Section, Span, TextOrigin, Topic, FRONT_MATTER_KEYS,
};
use schemars::JsonSchema;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;
use std::fmt;

/// Deepest nesting of mappings and sequences accepted (a charter needs about ten levels).
pub(crate) const MAX_DEPTH: usize = 48;
/// Most aliases (`*ancre`) accepted in one document: a charter needs none; a few are harmless.
pub(crate) const MAX_ALIASES: usize = 200;
/// Most nodes (scalars, sequences, mappings) in one document: a 32 MiB charter of short clauses stays under it.
pub(crate) const MAX_NODES: usize = 2_000_000;
/// Most parser events replayed by alias expansion in one document: what stops an alias bomb (a « billion
/// laughs » document) before it grows.
pub(crate) const MAX_REPLAYED_EVENTS: usize = 10_000;

/// The limits every YAML document is read under (the file size itself is capped before parsing, by
/// [`super::MAX_FILE_BYTES`]).
fn limits() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            flow_nesting_limit: MAX_DEPTH,
            max_aliases: MAX_ALIASES,
            max_anchors: MAX_ALIASES,
            max_nodes: MAX_NODES,
            max_events: 4 * MAX_NODES,
            max_documents: 1,
            max_total_scalar_bytes: super::MAX_FILE_BYTES,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: MAX_REPLAYED_EVENTS,
            max_alias_expansions_per_anchor: MAX_ALIASES,
        },
    }
}

/// Known keys of nested front-matter tables (the model's list, shared by every reader).
use crate::model::NESTED_FRONT_MATTER_KEYS as NESTED_KEYS;

/// A charter in the pure-YAML format: the front matter keys plus `sections`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub(crate) struct YamlCharter {
    /// Metadata (same keys as the Markdown front matter).
    #[serde(flatten)]
    pub meta: FrontMatter,
    /// Top-level sections.
    pub sections: Vec<YamlSection>,
}

/// A section of a YAML charter.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub(crate) struct YamlSection {
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
pub(crate) enum YamlClause {
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

/// A YAML error as a problem, placed where the parser stopped (offset by `base` in the file).
fn yaml_problem(err: &serde_saphyr::Error, yaml: &str, base: usize) -> ParseProblem {
    let at = err.location().and_then(|l| {
        let offset = l.span().byte_offset().and_then(|o| usize::try_from(o).ok());
        offset.or_else(|| {
            offset_of(
                yaml,
                usize::try_from(l.line()).ok()?,
                usize::try_from(l.column()).ok()?,
            )
        })
    });
    let at = at.map(|a| a.min(yaml.len()));
    // The library's plain message, which ends with the line and column; a front matter (base > 0) starts on
    // the file's second line, after `---`, so its lines are counted from there.
    let detail = err
        .render_with_options(serde_saphyr::render_options! {
            snippets: serde_saphyr::SnippetMode::Off,
            line_offset: u64::from(base > 0),
        })
        .trim()
        .to_owned();
    ParseProblem {
        kind: ProblemKind::Yaml { detail },
        span: Some(at.map_or(Span::new(base, base), |a| Span::new(base + a, base + a))),
    }
}

/// The key of the line that holds byte `at` of `yaml` (« ignorer » in « ignorer: 5 »), when the line is `key: …`
/// or `- key: …`.
fn key_of_line(yaml: &str, at: usize) -> Option<String> {
    let start = yaml
        .get(..at.min(yaml.len()))?
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let line = yaml[start..].lines().next()?;
    let (key, _) = line.trim_start().trim_start_matches("- ").split_once(':')?;
    let key = key.trim().trim_matches(['"', '\'']);
    (!key.is_empty() && !key.contains(' ')).then(|| key.to_owned())
}

/// Byte offset of a 1-based line and column (in characters), when the library gives no byte offset.
fn offset_of(text: &str, line: usize, column: usize) -> Option<usize> {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.checked_sub(1)?)
        .map(str::len)
        .sum();
    let rest = text.get(start..)?;
    Some(
        start
            + rest
                .char_indices()
                .nth(column.saturating_sub(1))
                .map_or(rest.len(), |(i, _)| i),
    )
}

/// A mapping key as written: text, or a number or boolean read as text.
struct KeyName(String);

impl<'de> Deserialize<'de> for KeyName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = KeyName;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<KeyName, E> {
                Ok(KeyName(v.to_owned()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<KeyName, E> {
                Ok(KeyName(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<KeyName, E> {
                Ok(KeyName(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<KeyName, E> {
                Ok(KeyName(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<KeyName, E> {
                Ok(KeyName(v.to_string()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<KeyName, E> {
                Ok(KeyName(String::new()))
            }
        }
        d.deserialize_any(V)
    }
}

/// The keys of a document, each with its span, and the keys of the mappings under them: what the unknown-key
/// check needs, read from the parser rather than found again in the text. `None` when the document is not a
/// mapping (an empty document is an empty mapping).
struct KeyTree(Option<Vec<KeyAndInner>>);

/// A top-level key and the keys of the mapping under it.
type KeyAndInner = (Spanned<KeyName>, Vec<Spanned<KeyName>>);

/// Keys of a value when it is a mapping (empty otherwise).
struct InnerKeys(Vec<Spanned<KeyName>>);

macro_rules! ignore_scalars {
    ($value:ty, $empty:expr) => {
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<$value, E> {
            Ok($empty)
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<$value, E> {
            Ok($empty)
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<$value, E> {
            Ok($empty)
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<$value, E> {
            Ok($empty)
        }
        fn visit_str<E: de::Error>(self, _: &str) -> Result<$value, E> {
            Ok($empty)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<$value, A::Error> {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok($empty)
        }
    };
}

impl<'de> Deserialize<'de> for InnerKeys {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = InnerKeys;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            ignore_scalars!(InnerKeys, InnerKeys(Vec::new()));
            fn visit_unit<E: de::Error>(self) -> Result<InnerKeys, E> {
                Ok(InnerKeys(Vec::new()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<InnerKeys, A::Error> {
                let mut keys = Vec::new();
                while let Some(k) = map.next_key::<Spanned<KeyName>>()? {
                    map.next_value::<IgnoredAny>()?;
                    keys.push(k);
                }
                Ok(InnerKeys(keys))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for KeyTree {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = KeyTree;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping of keys")
            }
            ignore_scalars!(KeyTree, KeyTree(None));
            fn visit_unit<E: de::Error>(self) -> Result<KeyTree, E> {
                Ok(KeyTree(Some(Vec::new())))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<KeyTree, A::Error> {
                let mut keys = Vec::new();
                while let Some(k) = map.next_key::<Spanned<KeyName>>()? {
                    let inner = map.next_value::<InnerKeys>()?;
                    keys.push((k, inner.0));
                }
                Ok(KeyTree(Some(keys)))
            }
        }
        d.deserialize_any(V)
    }
}

/// The byte span of a spanned node, offset by `base` (the start of the YAML text in the file).
fn span_of<T>(node: &Spanned<T>, base: usize) -> Option<Span> {
    let s = node.referenced.span();
    let start = base + usize::try_from(s.byte_offset()?).ok()?;
    let len = usize::try_from(s.byte_len().unwrap_or(0)).unwrap_or(0);
    Some(Span::new(start, start + len))
}

/// Unknown keys at the top level (against `known`) and inside known nested tables, at their own spans.
fn unknown_keys(keys: &[KeyAndInner], base: usize, known: &[&str]) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    for (k, inner) in keys {
        let key = k.value.0.as_str();
        let here = span_of(k, base).unwrap_or(Span::new(base, base));
        if !known.contains(&key) {
            out.push((key.to_owned(), here));
            continue;
        }
        let Some((_, inner_known)) = NESTED_KEYS.iter().find(|(n, _)| *n == key) else {
            continue;
        };
        for ik in inner {
            if !inner_known.contains(&ik.value.0.as_str()) {
                out.push((
                    format!("{key}.{}", ik.value.0),
                    span_of(ik, base).unwrap_or(here),
                ));
            }
        }
    }
    out
}

/// The scalar value written after the key at `key` in a front matter (« title: "Atelier …" »), read as YAML
/// (quotes and escapes undone), under the same limits; `None` when the value is not a one-line scalar.
pub(crate) fn scalar_after_key(source: &str, key: Span) -> Option<String> {
    let line = source.get(key.end..)?.lines().next()?;
    let value = line.trim_start().strip_prefix(':')?.trim();
    serde_saphyr::from_str_with_options(value, limits()).ok()
}

/// Reads the keys of a document, then the document as `T`, both under the limits.
fn read_document<T: de::DeserializeOwned>(
    yaml: &str,
    base: usize,
    known: &[&str],
    not_a_mapping: &str,
) -> Result<(T, Vec<(String, Span)>), ParseProblem> {
    let tree: KeyTree = serde_saphyr::from_str_with_options(yaml, limits())
        .map_err(|e| yaml_problem(&e, yaml, base))?;
    let Some(keys) = tree.0 else {
        return Err(ParseProblem {
            kind: ProblemKind::Yaml {
                detail: not_a_mapping.into(),
            },
            span: Some(Span::new(base, base + yaml.trim_end().len())),
        });
    };
    let unknown = unknown_keys(&keys, base, known);
    // The YAML is well formed (the key tree was read): what fails now is a value of the wrong shape.
    let value = serde_saphyr::from_str_with_options(yaml, limits()).map_err(|e| {
        let mut p = yaml_problem(&e, yaml, base);
        if let ProblemKind::Yaml { detail } = p.kind {
            let key = p
                .span
                .and_then(|s| key_of_line(yaml, s.start.saturating_sub(base)));
            p.kind = ProblemKind::YamlValue { key, detail };
        }
        p
    })?;
    Ok((value, unknown))
}

/// What reading a front matter gives: metadata (default when broken), key spans, unknown keys, problems.
pub(crate) type FrontMatterParse = (
    FrontMatter,
    Vec<(String, Span)>,
    Vec<(String, Span)>,
    Vec<ParseProblem>,
);

/// Parses a front matter block. Returns the metadata (default when broken), key spans, unknown keys and problems.
pub(crate) fn parse_front_matter(yaml: &str, base: usize) -> FrontMatterParse {
    let spans = top_level_key_spans(yaml, base);
    if yaml.trim().is_empty() {
        return (FrontMatter::default(), spans, Vec::new(), Vec::new());
    }
    match read_document::<FrontMatter>(
        yaml,
        base,
        FRONT_MATTER_KEYS,
        "le bloc d'en-tête doit être une liste de clés (clé: valeur)",
    ) {
        Ok((fm, unknown)) => (fm, spans, unknown, Vec::new()),
        Err(problem) => (FrontMatter::default(), spans, Vec::new(), vec![problem]),
    }
}

/// The sections of a YAML charter, with the spans of their titles and clause texts.
#[derive(Default, Deserialize)]
#[serde(default)]
struct SpannedSections {
    sections: Vec<SpannedSection>,
}

#[derive(Default, Deserialize)]
#[serde(default)]
struct SpannedSection {
    titre: Option<Spanned<String>>,
    id: Option<String>,
    numero: Option<String>,
    clauses: Vec<Spanned<SpannedClause>>,
    sections: Vec<SpannedSection>,
}

/// A clause read with the span of its text: a bare string (the node's own span), or a table whose `texte`
/// value carries its span.
struct SpannedClause {
    id: Option<String>,
    text: String,
    text_span: Option<Spanned<()>>,
    modality: Option<Modality>,
    topics: Vec<Topic>,
}

impl<'de> Deserialize<'de> for SpannedClause {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = SpannedClause;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a clause: a text, or a table with `texte`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<SpannedClause, E> {
                Ok(SpannedClause {
                    id: None,
                    text: v.to_owned(),
                    text_span: None,
                    modality: None,
                    topics: Vec::new(),
                })
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SpannedClause, A::Error> {
                let mut clause = SpannedClause {
                    id: None,
                    text: String::new(),
                    text_span: None,
                    modality: None,
                    topics: Vec::new(),
                };
                let mut has_text = false;
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "id" => clause.id = map.next_value()?,
                        "texte" => {
                            let t: Spanned<String> = map.next_value()?;
                            clause.text_span = Some(Spanned {
                                value: (),
                                referenced: t.referenced,
                                defined: t.defined,
                            });
                            clause.text = t.value;
                            has_text = true;
                        }
                        "modalite" => clause.modality = map.next_value()?,
                        "sujets" => clause.topics = map.next_value()?,
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                if !has_text {
                    return Err(de::Error::missing_field("texte"));
                }
                Ok(clause)
            }
        }
        d.deserialize_any(V)
    }
}

/// A value under a top-level key the format does not know (« `regles_generales:` », « `interdit:` »): a charter written
/// in YAML by hand follows its drafter's own plan, not the format's; its texts are still rules, read as sections
/// and clauses rather than dropped.
enum Loose {
    Text(String),
    List(Vec<Spanned<Loose>>),
    Map(Vec<(Spanned<String>, Spanned<Loose>)>),
    /// A number, a boolean, an empty value: nothing to read.
    Other,
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Loose;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any YAML value")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Loose, E> {
                Ok(Loose::Text(v.to_owned()))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Loose, E> {
                Ok(Loose::Other)
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Loose, E> {
                Ok(Loose::Other)
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Loose, E> {
                Ok(Loose::Other)
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Loose, E> {
                Ok(Loose::Other)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Loose, E> {
                Ok(Loose::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Loose::List(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key::<Spanned<KeyName>>()? {
                    let key = Spanned {
                        value: key.value.0,
                        referenced: key.referenced,
                        defined: key.defined,
                    };
                    entries.push((key, map.next_value()?));
                }
                Ok(Loose::Map(entries))
            }
        }
        d.deserialize_any(V)
    }
}

/// The words of a key as a title: « `regles_generales` » → « regles generales ».
fn key_title(key: &str) -> String {
    key.replace(['_', '-'], " ")
}

/// At most this many words, a scalar under a key is a value (« revision: annuelle », « conversations: "30 jours" »)
/// read with its key, as the line is written; longer, it is a sentence read alone.
const VALUE_WORDS: usize = 6;

/// Adds a section for `title` under `parent`, and returns its index.
fn loose_section(
    charter: &mut Charter,
    title: String,
    span: Span,
    parent: Option<usize>,
    level: u8,
) -> usize {
    charter.push_section(Section {
        id: None,
        number: None,
        title,
        span,
        level,
        parent,
        children: Vec::new(),
        clauses: Vec::new(),
        role: crate::model::SectionRole::default(),
    })
}

/// Adds a clause read from a loose scalar: the scalar alone, or, for a short value under a key on the same line, the
/// line as written from the key (« revision: annuelle »).
fn loose_clause(
    charter: &mut Charter,
    source: &str,
    section: usize,
    key: Option<Span>,
    text: &str,
    span: Option<Span>,
) {
    let short = text.split_whitespace().count() <= VALUE_WORDS;
    let line = key.zip(span).and_then(|(k, v)| {
        let written = source.get(k.start..v.end)?;
        (short && !written.contains('\n')).then(|| (written.to_owned(), k.start))
    });
    let (text, origin) = match line {
        Some((written, at)) => (written, TextOrigin::Verbatim(at)),
        None => (text.to_owned(), origin_of(source, span, text)),
    };
    if text.trim().is_empty() {
        return;
    }
    let ci = charter.clauses.len();
    charter.clauses.push(Clause {
        id: None,
        section: Some(section),
        text,
        origin,
        lead_in: None,
        cells: Vec::new(),
        cell_headers: Vec::new(),
        declared_modality: None,
        declared_topics: Vec::new(),
        sentences: Vec::new(),
    });
    charter.sections[section].clauses.push(ci);
}

/// Reads a loose value into `section`: texts become clauses, keys of mappings become sub-sections. An item of a
/// list that is a mapping opening with a short text (« - service: "Biodiversité" » then « usages: ») becomes a
/// sub-section titled by that text.
fn add_loose(
    charter: &mut Charter,
    source: &str,
    value: Spanned<Loose>,
    key: Option<Span>,
    section: usize,
    level: u8,
) {
    let span = span_of(&value, 0);
    match value.value {
        Loose::Text(t) => loose_clause(charter, source, section, key, &t, span),
        Loose::Other => {}
        Loose::List(items) => {
            for item in items {
                let item_span = span_of(&item, 0).unwrap_or_default();
                match item.value {
                    Loose::Map(entries) => {
                        let titled = match entries.first() {
                            Some((
                                _,
                                Spanned {
                                    value: Loose::Text(t),
                                    ..
                                },
                            )) if t.split_whitespace().count() <= VALUE_WORDS => Some(t.clone()),
                            _ => None,
                        };
                        let target = match titled {
                            Some(t) => loose_section(
                                charter,
                                t,
                                item_span,
                                Some(section),
                                level.saturating_add(1),
                            ),
                            None => section,
                        };
                        let skip = usize::from(target != section);
                        let rest = entries.into_iter().skip(skip).collect();
                        add_entries(charter, source, rest, target, level.saturating_add(1));
                    }
                    other => add_loose(
                        charter,
                        source,
                        Spanned {
                            value: other,
                            referenced: item.referenced,
                            defined: item.defined,
                        },
                        None,
                        section,
                        level,
                    ),
                }
            }
        }
        Loose::Map(entries) => {
            add_entries(charter, source, entries, section, level.saturating_add(1));
        }
    }
}

/// The entries of a loose mapping, in order. A sentence followed by a list (« regle: "Les usages suivants sont
/// interdits … :" » then « usages: » and its items, or « regle: "Usages permis seulement avec Ardia." ») is the
/// list's lead-in: each item depends on it, as the items of a Markdown list depend on the sentence before them.
fn add_entries(
    charter: &mut Charter,
    source: &str,
    entries: Vec<(Spanned<String>, Spanned<Loose>)>,
    section: usize,
    level: u8,
) {
    let mut lead: Option<String> = None;
    for (k, v) in entries {
        let next = match &v.value {
            Loose::Text(t)
                if t.trim_end().ends_with(':') || t.split_whitespace().count() > VALUE_WORDS =>
            {
                Some(t.trim().to_owned())
            }
            _ => None,
        };
        let list = matches!(&v.value, Loose::List(items)
            if items.iter().all(|i| matches!(i.value, Loose::Text(_))));
        let before = charter.clauses.len();
        add_entry(charter, source, &k, v, section, level);
        if let Some(l) = lead.as_ref().filter(|_| list) {
            for c in &mut charter.clauses[before..] {
                c.lead_in.get_or_insert_with(|| l.clone());
            }
        }
        lead = next;
    }
}

/// One entry of a loose mapping: a text is a clause of `section`; a list or a mapping is a sub-section titled by the
/// key.
fn add_entry(
    charter: &mut Charter,
    source: &str,
    key: &Spanned<String>,
    value: Spanned<Loose>,
    section: usize,
    level: u8,
) {
    let key_span = span_of(key, 0).unwrap_or_default();
    match value.value {
        Loose::Text(_) | Loose::Other => {
            add_loose(charter, source, value, Some(key_span), section, level);
        }
        Loose::List(_) | Loose::Map(_) => {
            let sub = loose_section(
                charter,
                key_title(&key.value),
                key_span,
                Some(section),
                level,
            );
            add_loose(charter, source, value, None, sub, level);
        }
    }
}

/// The top-level entries of a document whose keys are in `keys`, read as loose values.
fn loose_entries(text: &str, keys: &[(String, Span)]) -> Vec<(Spanned<String>, Spanned<Loose>)> {
    if keys.iter().all(|(k, _)| k.contains('.')) {
        return Vec::new();
    }
    let Ok(Loose::Map(entries)) = serde_saphyr::from_str_with_options::<Loose>(text, limits())
    else {
        return Vec::new();
    };
    entries
        .into_iter()
        .filter(|(k, _)| keys.iter().any(|(u, _)| *u == k.value))
        .collect()
}

/// Parses a pure-YAML charter.
pub(crate) fn parse_charter(text: &str) -> (Option<Charter>, Vec<ParseProblem>) {
    let mut known: Vec<&str> = FRONT_MATTER_KEYS.to_vec();
    known.push("sections");
    let (meta, unknown) = match read_document::<FrontMatter>(
        text,
        0,
        &known,
        "une charte YAML doit être une liste de clés (titre, sections…)",
    ) {
        Ok(read) => read,
        Err(problem) => return (None, vec![problem]),
    };
    let doc: SpannedSections = match serde_saphyr::from_str_with_options(text, limits()) {
        Ok(d) => d,
        Err(e) => return (None, vec![yaml_problem(&e, text, 0)]),
    };
    let mut charter = Charter {
        title: meta.titre.clone(),
        meta_key_spans: top_level_key_spans(text, 0),
        meta_span: Some(Span::new(0, text.len())),
        unknown_keys: unknown,
        ..Charter::default()
    };
    charter.title_span = charter
        .meta_key_span("titre")
        .map(|k| k.to_line_end(text))
        .or_else(|| charter.meta_key_spans.first().map(|(_, s)| *s))
        .unwrap_or(Span::new(0, text.find('\n').unwrap_or(text.len())));
    for s in doc.sections {
        add_section(&mut charter, text, s, None, 1);
    }
    // Keys the format does not know hold the drafter's own plan: each is a section of its texts.
    for (key, value) in loose_entries(text, &charter.unknown_keys) {
        let key_span = span_of(&key, 0).unwrap_or_default();
        let sub = loose_section(&mut charter, key_title(&key.value), key_span, None, 1);
        // A text right under a top-level key (« intention: >- … ») is a section of one clause, read with its key.
        let scalar = matches!(value.value, Loose::Text(_) | Loose::Other);
        add_loose(
            &mut charter,
            text,
            value,
            scalar.then_some(key_span),
            sub,
            1,
        );
    }
    charter.meta = meta;
    (Some(charter), Vec::new())
}

/// The origin of a scalar's text: verbatim when the source bytes at its span are the text itself (a plain or
/// simply quoted scalar), else approximate at the scalar's span (folded, escaped or multi-line).
fn origin_of(source: &str, span: Option<Span>, text: &str) -> TextOrigin {
    match span {
        Some(s) if source.get(s.start..s.start + text.len()) == Some(text) => {
            TextOrigin::Verbatim(s.start)
        }
        Some(s) if source.get(s.start + 1..s.start + 1 + text.len()) == Some(text) => {
            TextOrigin::Verbatim(s.start + 1)
        }
        Some(s) => {
            TextOrigin::Approximate(Span::new(s.start, s.end.max(s.start).min(source.len())))
        }
        None => TextOrigin::Approximate(Span::new(0, 0)),
    }
}

/// A multi-line clause made of a lead-in ending with a colon and list lines (« - … », « • … », « a) … », « 1° … »):
/// the lead-in and the items (bullets dropped), or `None` for any other text.
fn split_list(text: &str) -> Option<(String, Vec<String>)> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let colon = lines.iter().position(|l| l.ends_with(':'))?;
    let items: Vec<String> = lines[colon + 1..]
        .iter()
        .map(|l| {
            let bullet = ["- ", "* ", "• ", "– ", "— "]
                .iter()
                .find_map(|b| l.strip_prefix(b));
            let numbered = {
                let head: String = l.chars().take_while(|c| c.is_alphanumeric()).collect();
                let rest = &l[head.len()..];
                (!head.is_empty() && head.chars().count() <= 3)
                    && (rest.starts_with(") ") || rest.starts_with("° ") || rest.starts_with(". "))
            };
            bullet
                .map(str::to_owned)
                .or(numbered.then(|| (*l).to_owned()))
        })
        .collect::<Option<Vec<String>>>()?;
    if items.is_empty() {
        return None;
    }
    Some((lines[..=colon].join(" "), items))
}

fn add_section(
    charter: &mut Charter,
    source: &str,
    s: SpannedSection,
    parent: Option<usize>,
    level: u8,
) {
    let (title, span) = match s.titre {
        Some(t) => {
            let span = span_of(&t, 0).unwrap_or_default();
            let span = match origin_of(source, Some(span), &t.value) {
                TextOrigin::Verbatim(at) => Span::new(at, at + t.value.len()),
                TextOrigin::Approximate(a) => a,
            };
            (t.value, span)
        }
        None => (String::new(), Span::default()),
    };
    let index = charter.push_section(Section {
        id: s.id,
        number: s.numero,
        title,
        span,
        level,
        parent,
        children: Vec::new(),
        clauses: Vec::new(),
        role: crate::model::SectionRole::default(),
    });
    for c in s.clauses {
        let node = span_of(&c, 0);
        let c_value = c.value;
        let span = c_value
            .text_span
            .as_ref()
            .and_then(|t| span_of(t, 0))
            .or(node);
        // A block scalar that holds a lead-in and its list (« Il est interdit d'utiliser l'IA pour : » then « - … »
        // lines) gives one clause per item, each with the lead-in, as a Markdown list does.
        let pieces = match split_list(&c_value.text) {
            Some((lead, items)) => std::iter::once((lead.clone(), None))
                .chain(items.into_iter().map(|i| (i, Some(lead.clone()))))
                .collect(),
            None => vec![(c_value.text, None)],
        };
        let several = pieces.len() > 1;
        for (text, lead_in) in pieces {
            let origin = if several {
                // Each piece is a line of the block, found verbatim in the source inside the scalar's span.
                span.and_then(|sp| {
                    let within = source.get(sp.start..sp.end.min(source.len()))?;
                    within
                        .find(&text)
                        .map(|at| TextOrigin::Verbatim(sp.start + at))
                })
                .unwrap_or_else(|| origin_of(source, span, &text))
            } else {
                origin_of(source, span, &text)
            };
            let ci = charter.clauses.len();
            charter.clauses.push(Clause {
                id: c_value.id.clone(),
                section: Some(index),
                text,
                origin,
                lead_in,
                cells: Vec::new(),
                cell_headers: Vec::new(),
                declared_modality: c_value.modality,
                declared_topics: c_value.topics.clone(),
                sentences: Vec::new(),
            });
            charter.sections[index].clauses.push(ci);
        }
    }
    for child in s.sections {
        add_section(charter, source, child, Some(index), level.saturating_add(1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_before_a_list_in_a_drafters_own_plan_is_the_lead_in_of_its_items() {
        let text = "titre: Charte\nniveaux:\n  inacceptable:\n    regle: \"Les usages suivants sont interdits à tous les agents :\"\n    usages:\n      - \"notation des candidatures\"\n      - \"reconnaissance faciale\"\n  minimal:\n    regle: \"Usages libres, avec Ardia, sans donnée personnelle.\"\n    usages:\n      - \"recherche documentaire\"\nrevision: annuelle\nparametres:\n  - \"langue : français\"\n";
        let (c, _) = parse_charter(text);
        let c = c.unwrap();
        let lead = |t: &str| {
            c.clauses
                .iter()
                .find(|c| c.text == t)
                .and_then(|c| c.lead_in.clone())
        };
        assert_eq!(
            lead("reconnaissance faciale").as_deref(),
            Some("Les usages suivants sont interdits à tous les agents :")
        );
        assert_eq!(
            lead("recherche documentaire").as_deref(),
            Some("Usages libres, avec Ardia, sans donnée personnelle.")
        );
        // A short value before a list (« revision: annuelle ») introduces nothing.
        assert_eq!(lead("langue : français"), None);
    }

    #[test]
    fn a_block_scalar_with_a_lead_in_and_a_list_gives_one_clause_per_item() {
        let text = "titre: Charte\nsections:\n  - titre: Interdictions\n    clauses:\n      - texte: |\n          Il est interdit d'utiliser l'IA pour :\n          - attribuer les places ;\n          - évaluer les assistants familiaux.\n      - texte: \"Les agents sont formés.\"\n";
        let (c, p) = parse_charter(text);
        assert!(p.is_empty(), "{p:?}");
        let c = c.unwrap();
        let texts: Vec<&str> = c.clauses.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Il est interdit d'utiliser l'IA pour :",
                "attribuer les places ;",
                "évaluer les assistants familiaux.",
                "Les agents sont formés."
            ]
        );
        assert_eq!(
            c.clauses[2].lead_in.as_deref(),
            Some("Il est interdit d'utiliser l'IA pour :")
        );
        let span = c.clauses[2].span();
        assert_eq!(
            &text[span.start..span.end],
            "évaluer les assistants familiaux."
        );
        assert_eq!(split_list("Une phrase.\nUne autre."), None);
    }

    #[test]
    fn keys_the_format_does_not_know_are_read_as_sections_not_dropped() {
        let text = "titre: Règles IA\nrevue: annuelle\nregles_generales:\n  interdit:\n    - \"Rédiger avec un outil d'IA un avis réglementaire du Parc.\"\n  autorise:\n    - Résumer avec Ervia des rapports d'étude.\nservices:\n  - service: Biodiversité\n    usages:\n      - \"Les chargés de mission doivent utiliser Ervia pour cartographier les aires.\"\n";
        let (c, p) = parse_charter(text);
        assert!(p.is_empty(), "{p:?}");
        let c = c.unwrap();
        let titles: Vec<&str> = c.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "revue",
                "regles generales",
                "interdit",
                "autorise",
                "services",
                "Biodiversité",
                "usages"
            ]
        );
        let texts: Vec<&str> = c.clauses.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "revue: annuelle",
                "Rédiger avec un outil d'IA un avis réglementaire du Parc.",
                "Résumer avec Ervia des rapports d'étude.",
                "Les chargés de mission doivent utiliser Ervia pour cartographier les aires."
            ]
        );
        // Every clause points at its own words in the file.
        for cl in &c.clauses {
            let sp = cl.span();
            assert_eq!(&text[sp.start..sp.end], cl.text);
        }
        // The ban of the list sits under the « interdit » key, which gives it its force.
        let interdit = c
            .sections
            .iter()
            .position(|s| s.title == "interdit")
            .unwrap();
        assert_eq!(c.clauses[1].section, Some(interdit));
        // Still noted as keys the format does not know.
        assert_eq!(c.unknown_keys.len(), 3);
    }

    #[test]
    fn an_authority_and_an_adoption_written_as_text_are_read_not_refused() {
        // A drafter writes the natural line, not the table of the format.
        let (m, _, _, problems) = parse_front_matter(
            "titre: Charte IA\ncollectivite: Ville de Lyon\nadoption: délibération du conseil municipal n° 12 du 3 mars 2026\n",
            0,
        );
        assert!(problems.is_empty(), "{problems:?}");
        let c = m.collectivite.expect("the authority");
        assert_eq!(c.nom.as_deref(), Some("Ville de Lyon"));
        let a = m.adoption.expect("the adoption");
        assert_eq!(a.date.as_deref(), Some("2026-03-03"));
        assert_eq!(
            a.instance.as_deref(),
            Some("délibération du conseil municipal n° 12 du 3 mars 2026")
        );
        // A month alone dates nothing; a table keeps its own errors.
        let month = parse_front_matter("adoption: mars 2026\n", 0).0;
        assert_eq!(month.adoption.and_then(|a| a.date), None);
        // The kind of body as drafters name it.
        for (written, kind) in [
            ("syndicat", crate::model::KindOfBody::Epci),
            ("métropole", crate::model::KindOfBody::Epci),
            ("ville", crate::model::KindOfBody::Commune),
            ("CCAS", crate::model::KindOfBody::Operateur),
            ("Communauté de communes", crate::model::KindOfBody::Epci),
        ] {
            let (m, _, _, problems) =
                parse_front_matter(&format!("collectivite:\n  nom: X\n  type: {written}\n"), 0);
            assert!(problems.is_empty(), "{written}: {problems:?}");
            assert_eq!(m.collectivite.and_then(|c| c.kind), Some(kind), "{written}");
        }
        let unknown = parse_front_matter("collectivite:\n  nom: X\n  type: planete\n", 0).3;
        assert!(
            format!("{unknown:?}").contains("type de collectivité inconnu « planete »"),
            "{unknown:?}"
        );
        let wrong = parse_front_matter("collectivite:\n  nom: X\n  population: beaucoup\n", 0);
        assert!(!wrong.3.is_empty());
    }

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

    #[test]
    fn nested_unknown_keys_point_at_themselves() {
        // The same word earlier in the text must not be taken for the key (no text search).
        let yaml = "titre: \"typ: piège\"\ncollectivite:\n  nom: Y\n  typ: commune\n";
        let (_, _, unknown, problems) = parse_front_matter(yaml, 0);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(unknown[0].0, "collectivite.typ");
        let at = yaml.rfind("typ").unwrap();
        assert_eq!(unknown[0].1, Span::new(at, at + 3));
    }

    #[test]
    fn repeated_and_folded_texts_keep_their_own_spans() {
        let text = "titre: T\nsections:\n  - titre: A\n    clauses:\n      - Les agents sont formés.\n      - Les agents sont formés.\n      - texte: >\n          Il est interdit\n          de saisir.\n";
        let (c, p) = parse_charter(text);
        assert!(p.is_empty(), "{p:?}");
        let c = c.unwrap();
        let second = text.rfind("Les agents").unwrap();
        assert_eq!(c.clauses[1].origin, TextOrigin::Verbatim(second));
        match c.clauses[2].origin {
            TextOrigin::Approximate(s) => assert!(text[s.start..]
                .trim_start_matches(['>', ' ', '\n'])
                .starts_with("Il est interdit")),
            ref o @ TextOrigin::Verbatim(_) => panic!("{o:?}"),
        }
    }

    #[test]
    fn deep_nesting_is_refused_quickly_with_a_location() {
        let depth = 20_000;
        let text = format!("titre: [{}{}]\n", "[".repeat(depth), "]".repeat(depth));
        let (c, p) = parse_charter(&text);
        assert!(c.is_none());
        assert!(matches!(p[0].kind, ProblemKind::Yaml { .. }));
        let (_, _, _, p) = parse_front_matter(&text, 4);
        assert!(p[0].span.is_some_and(|s| s.start >= 4));
    }

    #[test]
    fn alias_bombs_are_refused() {
        // Each level doubles the previous one nine times: 9^9 strings once expanded.
        let mut text = String::from("a0: &a0 [\"lol\"]\n");
        for i in 1..10 {
            let prev = format!("*a{}", i - 1);
            text.push_str(&format!("a{i}: &a{i} [{}]\n", vec![prev; 9].join(", ")));
        }
        text.push_str("titre: *a9\n");
        let (c, p) = parse_charter(&text);
        assert!(c.is_none());
        let ProblemKind::Yaml { detail } = &p[0].kind else {
            panic!("{p:?}")
        };
        assert!(!detail.is_empty());
        let (fm, _, _, p) = parse_front_matter(&text, 0);
        assert!(fm.titre.is_none());
        assert_eq!(p.len(), 1);
    }

    #[test]
    fn a_few_aliases_are_fine() {
        let text =
            "titre: &t Charte\nsections:\n  - titre: *t\n    clauses: [Les agents sont formés.]\n";
        let (c, p) = parse_charter(text);
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(c.unwrap().sections[0].title, "Charte");
    }

    #[test]
    fn a_value_of_the_wrong_shape_is_not_a_malformed_header() {
        let (_, _, _, p) = parse_front_matter("titre: [Charte, IA]\n", 4);
        assert!(
            matches!(&p[0].kind, ProblemKind::YamlValue { key: Some(k), .. } if k == "titre"),
            "{p:?}"
        );
        let (_, _, _, p) = parse_front_matter("titre: \"Charte\n", 4);
        assert!(matches!(p[0].kind, ProblemKind::Yaml { .. }), "{p:?}");
    }
}
