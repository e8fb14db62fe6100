//! Structured Markdown → model, with pulldown-cmark (explicit options) and byte offsets kept.
//!
//! Real charters come from Word or PDF: bold-only lines, "Article 3 –" or "3.1" paragraphs stand for headings,
//! tables list allowed and forbidden uses. Those shapes are recognised here so they build the same tree as clean
//! Markdown.

use super::{front_matter, yaml, ParseProblem, ProblemKind};
use crate::model::{Charter, Clause, Modality, Section, Span, Suppression, TextOrigin, Topic};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use regex::Regex;
use std::sync::LazyLock;

/// The Markdown extensions charte reads. Listed explicitly so a pulldown-cmark upgrade cannot change parsing.
fn options() -> Options {
    let mut o = Options::empty();
    o.insert(Options::ENABLE_TABLES);
    o.insert(Options::ENABLE_HEADING_ATTRIBUTES);
    o.insert(Options::ENABLE_STRIKETHROUGH);
    o.insert(Options::ENABLE_TASKLISTS);
    o.insert(Options::ENABLE_FOOTNOTES);
    o
}

/// A numbered heading recognised in a line: its level, numbering and remaining title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Numbered {
    /// Tree level the numbering implies.
    pub level: u8,
    /// The numbering ("Article 3", "Titre II", "3.1").
    pub number: String,
    /// What follows the numbering.
    pub title: String,
}

static ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(article|art\.)\s*(\d+(?:[.-]\d+)*[a-z]?|premier|1er|unique|[ivxlc]+er|[ivxlc]+)(?:\s*[-–—:.)]+\s*|\s+|$)(.*)$")
        .expect("valid regex")
});
static TITRE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(titre|partie|chapitre|section|annexe)\s+(1er|\d+|[ivxlc]+er|[ivxlc]+|premier|unique|[a-z])(?:\s*[-–—:.)]+\s*|\s+|$)(.*)$")
        .expect("valid regex")
});
static DOTTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\S.*)$").expect("valid regex"));
static SIMPLE_NUM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,2}|[IVX]{1,4})\s*[-–—.)]\s+(\S.*)$").expect("valid regex")
});

/// Recognises a numbering prefix ("Article 3 –", "TITRE II :", "3.1", "2 –") in a heading-like line.
pub(crate) fn numbering(line: &str) -> Option<Numbered> {
    let line = line.trim();
    if let Some(c) = ARTICLE.captures(line) {
        let number = format!("Article {}", &c[2]);
        return Some(Numbered {
            level: 4,
            number,
            title: c[3].trim().to_owned(),
        });
    }
    if let Some(c) = TITRE.captures(line) {
        let kind = c[1].to_lowercase();
        let level = match kind.as_str() {
            "titre" | "partie" => 2,
            "chapitre" => 3,
            _ => 4,
        };
        let mut word = kind.clone();
        word[..1].make_ascii_uppercase();
        return Some(Numbered {
            level,
            number: format!("{word} {}", &c[2]),
            title: c[3].trim().to_owned(),
        });
    }
    if let Some(c) = DOTTED.captures(line) {
        let depth = u8::try_from(c[1].matches('.').count()).unwrap_or(u8::MAX - 4);
        return Some(Numbered {
            level: 4 + depth,
            number: c[1].to_owned(),
            title: c[2].trim().to_owned(),
        });
    }
    if let Some(c) = SIMPLE_NUM.captures(line) {
        return Some(Numbered {
            level: 4,
            number: c[1].to_owned(),
            title: c[2].trim().to_owned(),
        });
    }
    None
}

/// Strips `**…**` or `__…__` around a whole line; returns the inner text when the line is bold-only.
fn bold_only(line: &str) -> Option<&str> {
    let t = line.trim();
    for fence in ["**", "__"] {
        if t.len() > 4 && t.starts_with(fence) && t.ends_with(fence) {
            let inner = &t[2..t.len() - 2];
            if !inner.contains(fence) {
                return Some(inner.trim());
            }
        }
    }
    None
}

/// Decides whether a paragraph's first line is a heading in disguise (Word/PDF conversions).
fn pseudo_heading(line: &str) -> Option<Numbered> {
    let line = line.trim();
    if line.is_empty() || line.chars().count() > 160 {
        return None;
    }
    let bold = bold_only(line);
    let inner = bold
        .unwrap_or(line)
        .trim_matches(|c: char| c == '*' || c == '_')
        .trim();
    let ends_like_sentence = inner.ends_with('.') || inner.ends_with(';') || inner.ends_with(',');
    if let Some(n) = numbering(inner) {
        let explicit = n.number.starts_with("Article")
            || n.number.starts_with("Titre")
            || n.number.starts_with("Partie")
            || n.number.starts_with("Chapitre");
        // "3.1 Les agents vérifient les contenus." is a numbered clause, "3.1 Données" a heading.
        if explicit && (!ends_like_sentence || n.title.chars().count() < 40) {
            return Some(n);
        }
        if (bold.is_some() || !ends_like_sentence)
            && n.title.chars().count() <= 90
            && !n.title.is_empty()
            && (n.number.contains('.') || bold.is_some())
        {
            return Some(n);
        }
        return None;
    }
    if let Some(inner) = bold {
        if !ends_like_sentence && inner.chars().count() <= 120 && !inner.ends_with(':') {
            return Some(Numbered {
                level: 4,
                number: String::new(),
                title: inner.to_owned(),
            });
        }
    }
    None
}

#[derive(Default)]
struct Item {
    start: Option<usize>,
    end: usize,
    emitted: bool,
    lead_in: Option<String>,
    /// The lead-in of the sub-items written as paragraphs inside this item (« a) … », « 1° … »): the list's lead-in
    /// and the item's own text.
    sub_lead: Option<String>,
}

/// A lead-in nested under another (« Les usages suivants sont interdits : » then « 1. Décisions : »): both, so the
/// items keep the outer force and the inner object.
fn joined_lead(outer: Option<&str>, inner: &str) -> String {
    match outer {
        Some(o) => format!("{} {inner}", o.trim()),
        None => inner.to_owned(),
    }
}

#[derive(Default)]
struct Table {
    headers: Vec<String>,
    in_head: bool,
    row: Vec<(usize, usize)>,
    cell: Option<(Option<usize>, usize)>,
}

#[derive(Default)]
struct Annotation {
    id: Option<String>,
    topics: Vec<Topic>,
    modality: Option<Modality>,
}

struct Builder<'t> {
    text: &'t str,
    charter: Charter,
    current: Option<usize>,
    stack: Vec<usize>,
    pending: Option<Annotation>,
    open_disables: Vec<(Vec<String>, usize)>,
    next_line_disables: Vec<(Vec<String>, usize)>,
}

impl Builder<'_> {
    fn push_section(&mut self, level: u8, span: Span, raw_title: &str, id: Option<String>) {
        let (number, title) = match numbering(raw_title) {
            Some(n) if !n.title.is_empty() || !n.number.is_empty() => (Some(n.number), n.title),
            _ => (None, raw_title.trim().to_owned()),
        };
        let title = if title.is_empty() {
            number.clone().unwrap_or_default()
        } else {
            title
        };
        while let Some(&top) = self.stack.last() {
            if self.charter.sections[top].level >= level {
                self.stack.pop();
            } else {
                break;
            }
        }
        let parent = self.stack.last().copied();
        let index = self.charter.push_section(Section {
            id,
            number,
            title,
            span,
            level,
            parent,
            children: Vec::new(),
            clauses: Vec::new(),
            role: crate::model::SectionRole::default(),
        });
        self.stack.push(index);
        self.current = Some(index);
    }

    fn push_clause(
        &mut self,
        start: usize,
        end: usize,
        lead_in: Option<String>,
        cells: Vec<(usize, usize)>,
        headers: Vec<String>,
    ) {
        let (start, end) = trim_range(self.text, start, end);
        if start >= end {
            return;
        }
        let ann = self.pending.take().unwrap_or_default();
        let index = self.charter.clauses.len();
        self.charter.clauses.push(Clause {
            id: ann.id,
            section: self.current,
            text: self.text[start..end].to_owned(),
            origin: TextOrigin::Verbatim(start),
            lead_in,
            // A cell may end on the blank before a trailing comment that trimming removed from the clause
            // (« … public. <!-- charte: ignore --> » on a row): keep every cell inside the clause's text.
            cells: cells
                .into_iter()
                .map(|(a, b)| (a.clamp(start, end) - start, b.clamp(start, end) - start))
                .collect(),
            cell_headers: headers,
            declared_modality: ann.modality,
            declared_topics: ann.topics,
            sentences: Vec::new(),
        });
        if let Some(s) = self.current {
            self.charter.sections[s].clauses.push(index);
        }
    }

    /// A paragraph outside lists and tables: a clause, or a heading in disguise (possibly followed by text).
    fn paragraph(&mut self, start: usize, end: usize, lead: Option<String>) {
        let slice = &self.text[start..end];
        let first_len = slice.find('\n').unwrap_or(slice.len());
        let first = &slice[..first_len];
        // « 7.1. Le centre de supervision doit utiliser le module pour repérer\nautomatiquement les comportements » is
        // one numbered sentence wrapped by hand, not a heading and its text: the next line goes on in lower case.
        let wrapped = bold_only(first).is_none()
            && slice[first_len..]
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        if let Some(n) = pseudo_heading(first).filter(|_| !wrapped) {
            let (hs, he) = trim_range(self.text, start, start + first_len);
            let raw = bold_only(first)
                .unwrap_or(first)
                .trim_matches(|c: char| c == '*' || c == '_')
                .trim();
            let raw = raw.to_owned();
            // A bold line opening a converted document, before any heading or text, is its title.
            let level = if n.number.is_empty()
                && self.charter.sections.is_empty()
                && self.charter.clauses.is_empty()
            {
                1
            } else {
                n.level
            };
            self.push_section(level, Span::new(hs, he), &raw, None);
            if first_len < slice.len() {
                self.push_clause(start + first_len, end, None, Vec::new(), Vec::new());
            }
            return;
        }
        self.push_clause(start, end, lead, Vec::new(), Vec::new());
    }

    fn comment(&mut self, start: usize, raw: &str) {
        let mut rest = raw;
        let mut offset = start;
        while let Some(open) = rest.find("<!--") {
            let inner = open + 4;
            // As in HTML, `<!-->` and `<!--->` are empty comments closed at once; otherwise the comment ends at the
            // next `-->` after its opening (searching from `open` would find the `-->` inside `<!-->` itself).
            let (body_end, close_end) = if rest[inner..].starts_with('>') {
                (inner, inner + 1)
            } else if rest[inner..].starts_with("->") {
                (inner, inner + 2)
            } else {
                let Some(close) = rest[inner..].find("-->") else {
                    break;
                };
                (inner + close, inner + close + 3)
            };
            let body = rest[inner..body_end].trim();
            let end = offset + close_end;
            self.directive(body, end);
            offset = end;
            rest = &rest[close_end..];
        }
    }

    fn directive(&mut self, body: &str, end: usize) {
        let codes = |s: &str| {
            s.split([' ', ','])
                .filter(|c| !c.is_empty())
                .map(str::to_uppercase)
                .collect::<Vec<_>>()
        };
        if let Some(r) = body.strip_prefix("charte-disable-next-line") {
            self.next_line_disables.push((codes(r), end));
        } else if let Some(r) = body.strip_prefix("charte-disable") {
            self.open_disables.push((codes(r), end));
        } else if let Some(r) = body.strip_prefix("charte-enable") {
            let wanted = codes(r);
            let mut keep = Vec::new();
            for (c, from) in std::mem::take(&mut self.open_disables) {
                if wanted.is_empty() || c.iter().any(|x| wanted.contains(x)) || c.is_empty() {
                    self.charter.suppressions.push(Suppression {
                        codes: c,
                        span: Span::new(from, end),
                    });
                } else {
                    keep.push((c, from));
                }
            }
            self.open_disables = keep;
        } else if let Some(r) = body.strip_prefix("charte:") {
            let mut ann = Annotation::default();
            for pair in r.split_whitespace() {
                let Some((k, v)) = pair.split_once('=') else {
                    continue;
                };
                match k {
                    "id" => ann.id = Some(v.to_owned()),
                    "sujets" => ann.topics = v.split(',').filter_map(Topic::from_id).collect(),
                    "modalite" => ann.modality = Modality::from_name(v),
                    _ => {}
                }
            }
            self.pending = Some(ann);
        }
    }

    fn finish(mut self) -> Charter {
        let len = self.text.len();
        for (codes, from) in std::mem::take(&mut self.open_disables) {
            self.charter.suppressions.push(Suppression {
                codes,
                span: Span::new(from, len),
            });
        }
        for (codes, from) in std::mem::take(&mut self.next_line_disables) {
            // The next non-blank line after the comment.
            let mut pos = from;
            let mut span = Span::new(from, from);
            for (k, line) in self.text[from..].split_inclusive('\n').enumerate() {
                if k > 0 && !line.trim().is_empty() {
                    span = Span::new(
                        pos + (line.len() - line.trim_start().len()),
                        pos + line.trim_end().len(),
                    );
                    break;
                }
                pos += line.len();
            }
            self.charter.suppressions.push(Suppression { codes, span });
        }
        self.charter
    }
}

/// Trims whitespace at both ends of a byte range.
fn trim_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    (start + lead, start + lead + trimmed.len())
}

/// Parses a Markdown charter (front matter optional).
pub(crate) fn parse(text: &str) -> (Option<Charter>, Vec<ParseProblem>) {
    let mut problems = Vec::new();
    let mut charter = Charter::default();
    let body_start = match front_matter::split(text) {
        front_matter::FrontMatter::None => 0,
        front_matter::FrontMatter::Unclosed { body_start } => {
            problems.push(ParseProblem {
                kind: ProblemKind::UnclosedFrontMatter,
                span: Some(Span::new(0, 3)),
            });
            body_start
        }
        front_matter::FrontMatter::Closed(split) => {
            let (meta, spans, unknown, mut p) =
                yaml::parse_front_matter(split.yaml, split.yaml_start);
            charter.meta = meta;
            charter.meta_key_spans = spans;
            charter.unknown_keys = unknown;
            charter.meta_span = Some(Span::new(0, split.body_start));
            problems.append(&mut p);
            split.body_start
        }
    };
    let mut b = Builder {
        text,
        charter,
        current: None,
        stack: Vec::new(),
        pending: None,
        open_disables: Vec::new(),
        next_line_disables: Vec::new(),
    };
    walk(&mut b, body_start);
    let mut charter = b.finish();
    let first_heading = charter.sections.first().map(|s| (s.title.clone(), s.span));
    charter.title = charter
        .meta
        .titre
        .clone()
        .or_else(|| first_heading.as_ref().map(|h| h.0.clone()));
    charter.title_span = charter
        .meta_key_span("titre")
        .map(|k| k.to_line_end(text))
        .or(first_heading.map(|h| h.1))
        .unwrap_or_else(|| first_line_span(text, body_start));
    (Some(charter), problems)
}

fn first_line_span(text: &str, from: usize) -> Span {
    let mut pos = from;
    for line in text[from..].split_inclusive('\n') {
        if !line.trim().is_empty() {
            let lead = line.len() - line.trim_start().len();
            return Span::new(pos + lead, pos + line.trim_end().len());
        }
        pos += line.len();
    }
    Span::new(from, from)
}

/// True when a text ends with a colon, bold or italic marks aside (« **Il est interdit :** »).
fn ends_with_colon(t: &str) -> bool {
    let t = t.trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    // « ### Il est interdit d'utiliser l'IA pour les finalités suivantes » announces its list like a colon.
    let last = t
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    t.ends_with(':')
        || [
            "suivant",
            "suivants",
            "suivante",
            "suivantes",
            "ci-dessous",
            "ci-après",
        ]
        .contains(&last.as_str())
}

/// True when a paragraph opens like a list item written by hand: « a) », « 1° », « 1) », « – », « — ».
fn is_sub_item(t: &str) -> bool {
    let t = t.trim_start();
    if t.starts_with(['–', '—', '•']) {
        return true;
    }
    let head: String = t.chars().take_while(|c| c.is_alphanumeric()).collect();
    let rest = &t[head.len()..];
    let short = !head.is_empty()
        && (head.chars().all(|c| c.is_ascii_digit()) && head.len() <= 2
            || head.chars().count() == 1 && head.chars().all(char::is_lowercase));
    short && (rest.starts_with(')') || rest.starts_with('°'))
}

/// Walks pulldown-cmark events over the body and feeds the builder. Iterative: nesting depth costs no stack.
fn walk(b: &mut Builder<'_>, body_start: usize) {
    let body = &b.text[body_start..];
    let mut heading: Option<(u8, usize, usize, Option<String>, String)> = None;
    let mut paragraph: Option<(usize, usize)> = None;
    let mut items: Vec<Item> = Vec::new();
    let mut list_leads: Vec<Option<String>> = Vec::new();
    let mut table: Option<Table> = None;
    let mut last_clause_text: Option<String> = None;

    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        let (rs, re) = (range.start + body_start, range.end + body_start);
        let in_item = !items.is_empty();
        let extend = |items: &mut Vec<Item>,
                      table: &mut Option<Table>,
                      paragraph: &mut Option<(usize, usize)>| {
            if let Some(t) = table.as_mut() {
                if let Some((s, e)) = t.cell.as_mut() {
                    s.get_or_insert(rs);
                    *e = (*e).max(re);
                }
            } else if let Some(it) = items.last_mut() {
                if !it.emitted {
                    it.start.get_or_insert(rs);
                    it.end = it.end.max(re);
                }
            } else if let Some((_, e)) = paragraph.as_mut() {
                *e = (*e).max(re);
            }
        };
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                heading = Some((
                    level as u8,
                    rs,
                    re,
                    id.map(|s| s.to_string()),
                    String::new(),
                ));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, s, e, id, title)) = heading.take() {
                    let (s, e) = trim_range(b.text, s, e);
                    b.push_section(level, Span::new(s, e), &title, id);
                    // A heading ending with a colon (« ## Il est interdit : ») is the lead-in of the list below.
                    last_clause_text = ends_with_colon(&title).then(|| title.clone());
                }
            }
            Event::Start(Tag::Paragraph) if !in_item && table.is_none() => {
                paragraph = Some((rs, re));
            }
            // A sub-item written as a paragraph inside a list item (« 1. Décisions : » then « a) attribuer… »,
            // « b) refuser… »): the item's own text, ending with a colon, is a lead-in under the list's own; each
            // sub-item is a clause that carries both.
            Event::Start(Tag::Paragraph) if table.is_none() && is_sub_item(&b.text[rs..re]) => {
                if let Some(it) = items.last_mut() {
                    if !it.emitted {
                        if let Some(s) = it.start {
                            let own = b.text[s..it.end].trim();
                            if ends_with_colon(own) {
                                it.emitted = true;
                                let lead = joined_lead(it.lead_in.as_deref(), own);
                                b.push_clause(
                                    s,
                                    it.end,
                                    it.lead_in.clone(),
                                    Vec::new(),
                                    Vec::new(),
                                );
                                it.sub_lead = Some(lead);
                            }
                        }
                    }
                    if let Some(lead) = &it.sub_lead {
                        b.push_clause(rs, re, Some(lead.clone()), Vec::new(), Vec::new());
                    }
                }
            }
            Event::End(TagEnd::Paragraph) => {
                if let Some((s, e)) = paragraph.take() {
                    let clauses_before = b.charter.clauses.len();
                    let sections_before = b.charter.sections.len();
                    // Sub-items written as paragraphs (« a) … », « 1° … », « – … ») after a lead-in keep it.
                    let lead = last_clause_text
                        .as_ref()
                        .filter(|t| ends_with_colon(t) && is_sub_item(&b.text[s..e.max(re)]))
                        .cloned();
                    b.paragraph(s, e.max(re), lead.clone());
                    last_clause_text = if lead.is_some() {
                        lead
                    } else if b.charter.clauses.len() > clauses_before {
                        b.charter.clauses.last().map(|c| c.text.clone())
                    } else if b.charter.sections.len() > sections_before {
                        // A numbered paragraph read as a heading (« 3.1. L'IA ne doit pas servir à : »).
                        b.charter
                            .sections
                            .last()
                            .map(|sec| sec.title.clone())
                            .filter(|t| ends_with_colon(t))
                    } else {
                        None
                    };
                }
            }
            Event::Start(Tag::List(_)) => {
                // A nested list closes its parent item's own text; the lead-in is the parent item or the paragraph
                // just before, when it ends with a colon ("Il est interdit :").
                let mut lead = None;
                if let Some(parent) = items.last_mut() {
                    if parent.emitted {
                        lead.clone_from(&parent.lead_in);
                    } else {
                        parent.emitted = true;
                        if let Some(s) = parent.start {
                            let inherited = parent.lead_in.clone();
                            b.push_clause(s, parent.end, inherited, Vec::new(), Vec::new());
                            let t = b.text[s..parent.end].trim();
                            if t.ends_with(':') {
                                lead = Some(joined_lead(parent.lead_in.as_deref(), t));
                            } else {
                                lead.clone_from(&parent.lead_in);
                            }
                        }
                    }
                } else if let Some(t) = &last_clause_text {
                    if ends_with_colon(t) {
                        lead = Some(t.clone());
                    }
                }
                list_leads.push(lead);
            }
            Event::End(TagEnd::List(_)) => {
                list_leads.pop();
                last_clause_text = None;
            }
            Event::Start(Tag::Item) => {
                items.push(Item {
                    lead_in: list_leads.last().cloned().flatten(),
                    ..Item::default()
                });
            }
            Event::End(TagEnd::Item) => {
                if let Some(it) = items.pop() {
                    if !it.emitted {
                        if let Some(s) = it.start {
                            b.push_clause(s, it.end, it.lead_in, Vec::new(), Vec::new());
                        }
                    }
                }
            }
            Event::Start(Tag::Table(_)) => table = Some(Table::default()),
            Event::End(TagEnd::Table) => table = None,
            Event::Start(Tag::TableHead) => {
                if let Some(t) = table.as_mut() {
                    t.in_head = true;
                }
            }
            Event::End(TagEnd::TableHead) => {
                if let Some(t) = table.as_mut() {
                    t.in_head = false;
                    t.headers = t
                        .row
                        .drain(..)
                        .map(|(s, e)| b.text[s..e].trim().to_owned())
                        .collect();
                }
            }
            Event::Start(Tag::TableCell) => {
                if let Some(t) = table.as_mut() {
                    t.cell = Some((None, rs));
                }
            }
            Event::End(TagEnd::TableCell) => {
                if let Some(t) = table.as_mut() {
                    let cell = t.cell.take();
                    // Keep empty cells as empty ranges so cells stay aligned with their headers.
                    let (s, e) = match cell {
                        Some((Some(s), e)) => (s, e),
                        _ => (re, re),
                    };
                    t.row.push((s, e));
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let Some(t) = table.as_mut() {
                    let row: Vec<(usize, usize)> = t.row.drain(..).collect();
                    let nonempty: Vec<usize> =
                        (0..row.len()).filter(|&i| row[i].0 < row[i].1).collect();
                    if let (Some(&f), Some(&l)) = (nonempty.first(), nonempty.last()) {
                        let (s, e) = (row[f].0, row[l].1);
                        let (cells, headers): (Vec<_>, Vec<_>) = nonempty
                            .iter()
                            .map(|&i| (row[i], t.headers.get(i).cloned().unwrap_or_default()))
                            .unzip();
                        b.push_clause(s, e, None, cells, headers);
                        // A line glued under a table reads as a one-cell row; when it ends with a colon (« Quel que
                        // soit l'outil du tableau ci-dessus, il est interdit de l'utiliser pour : »), it is the
                        // lead-in of the items below.
                        last_clause_text = (nonempty.len() == 1)
                            .then(|| b.text[s..e].trim().to_owned())
                            .filter(|t| ends_with_colon(t));
                    }
                }
            }
            Event::Html(raw) | Event::InlineHtml(raw) if raw.contains("<!--") => {
                b.comment(rs, &raw);
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = heading.as_mut() {
                    h.4.push_str(&t);
                } else {
                    extend(&mut items, &mut table, &mut paragraph);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(h) = heading.as_mut() {
                    h.4.push(' ');
                } else {
                    extend(&mut items, &mut table, &mut paragraph);
                }
            }
            Event::Start(Tag::Emphasis | Tag::Strong | Tag::Link { .. } | Tag::Strikethrough)
            | Event::End(
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Link | TagEnd::Strikethrough,
            ) if heading.is_none() => {
                extend(&mut items, &mut table, &mut paragraph);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str) -> Charter {
        let (c, p) = parse(text);
        assert!(p.is_empty(), "{p:?}");
        c.unwrap()
    }

    #[test]
    fn front_matter_headings_and_clauses() {
        let text = "---\ntitre: \"Charte IA\"\n---\n\n# Charte\n\n## Article 1 – Objet\nLa charte s'applique aux agents.\n\n## Article 2 – Données\n1. Il est interdit de saisir des données.\n2. Une AIPD est menée.\n";
        let c = parse_ok(text);
        assert_eq!(c.title.as_deref(), Some("Charte IA"));
        assert_eq!(c.sections.len(), 3);
        assert_eq!(c.sections[1].number.as_deref(), Some("Article 1"));
        assert_eq!(c.sections[1].title, "Objet");
        assert_eq!(c.sections[1].parent, Some(0));
        assert_eq!(c.clauses.len(), 3);
        assert_eq!(c.clauses[1].text, "Il est interdit de saisir des données.");
        let s = c.clauses[2].span();
        assert_eq!(&text[s.start..s.end], "Une AIPD est menée.");
    }

    #[test]
    fn ordinal_roman_numbers_number_titles_and_articles() {
        let t = numbering("TITRE Ier – DISPOSITIONS GÉNÉRALES").expect("titre");
        assert_eq!((t.level, t.number.as_str()), (2, "Titre Ier"));
        assert_eq!(t.title, "DISPOSITIONS GÉNÉRALES");
        let a = numbering("Article Ier : Objet").expect("article");
        assert_eq!(
            (a.level, a.number.as_str(), a.title.as_str()),
            (4, "Article Ier", "Objet")
        );
        assert_eq!(
            numbering("Chapitre 1er – Champ").expect("chapitre").level,
            3
        );
    }

    #[test]
    fn word_converted_pseudo_headings() {
        let text = "**CHARTE D'USAGE**\r\n\r\n**ARTICLE 2 : PROTECTION DES DONNÉES**\r\n\r\nLes agents ne saisissent aucune donnée.\r\n\r\nArticle 3 – Formation\r\nLes agents sont formés.\r\n\r\n3.1 Modalités\r\n\r\nTitre II\r\n";
        let c = parse_ok(text);
        let titles: Vec<_> = c
            .sections
            .iter()
            .map(|s| (s.number.clone(), s.title.clone()))
            .collect();
        assert_eq!(
            titles[1],
            (Some("Article 2".into()), "PROTECTION DES DONNÉES".into())
        );
        assert_eq!(titles[2], (Some("Article 3".into()), "Formation".into()));
        assert_eq!(titles[3], (Some("3.1".into()), "Modalités".into()));
        assert_eq!(titles[4].0.as_deref(), Some("Titre II"));
        assert_eq!(c.clauses.len(), 2);
        assert_eq!(c.clauses[1].text, "Les agents sont formés.");
        assert_eq!(c.clauses[1].section, Some(2));
    }

    #[test]
    fn numbered_sentence_is_a_clause_not_a_heading() {
        let c = parse_ok(
            "3.1 Les agents vérifient systématiquement les contenus produits par l'outil.\n",
        );
        assert!(c.sections.is_empty());
        assert_eq!(c.clauses.len(), 1);
        // Wrapped by hand: the second line goes on in lower case, so the first is no heading.
        let c = parse_ok(
            "7.1. Le centre de supervision doit utiliser le module d'analyse pour repérer\nautomatiquement les comportements.\n",
        );
        assert!(c.sections.is_empty());
        assert_eq!(c.clauses.len(), 1);
        // A numbered heading followed by its text keeps both.
        let c = parse_ok("3.1 Données\nLes agents ne saisissent aucune donnée de santé.\n");
        assert_eq!(c.sections.len(), 1);
    }

    #[test]
    fn tables_rows_are_clauses_with_cells() {
        let text = "| Usages autorisés | Usages interdits |\n|---|---|\n| Résumer un rapport public | Saisir des données de santé |\n";
        let c = parse_ok(text);
        assert_eq!(c.clauses.len(), 1);
        let cl = &c.clauses[0];
        assert_eq!(cl.cell_headers, ["Usages autorisés", "Usages interdits"]);
        let (s, e) = cl.cells[1];
        assert_eq!(&cl.text[s..e], "Saisir des données de santé");
    }

    #[test]
    fn empty_html_comments_close_at_once() {
        // Found by fuzzing (tests/fixtures/fuzz/markdown-empty-html-comment): the `-->` inside `<!-->` was taken
        // for the end of the comment, before its own opening ended, and the body slice panicked.
        for text in [
            "# Charte\n\nTexte <!--> suite.\n",
            "# Charte\n\nTexte <!---> suite <!-- charte-disable IA001 --> fin.\n",
            "# Charte\n\n<!-->\n",
        ] {
            let (c, _) = parse(text);
            assert!(c.is_some(), "{text:?}");
        }
    }

    #[test]
    fn a_cell_ending_before_a_trailing_comment_stays_inside_its_clause() {
        // Found by the line-ending property test: a lazy line after a table is a one-cell row whose cell
        // reached past the trimmed clause and made the analysis slice out of bounds.
        let text = "| Outil | Usage |\n|---|---|\n| Mistral | autorisé |\nIl est interdit de saisir des données. <!-- charte: ignore -->\n";
        let c = parse_ok(text);
        for cl in &c.clauses {
            for &(s, e) in &cl.cells {
                assert!(
                    s <= e && e <= cl.text.len(),
                    "{:?} outside {:?}",
                    (s, e),
                    cl.text
                );
            }
        }
    }

    #[test]
    fn list_items_inherit_lead_in_and_nested_items_split() {
        let text = "Il est interdit :\n\n- de saisir des données ;\n- de publier sans relecture :\n  - un courrier ;\n";
        let c = parse_ok(text);
        let texts: Vec<_> = c.clauses.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Il est interdit :",
                "de saisir des données ;",
                "de publier sans relecture :",
                "un courrier ;"
            ]
        );
        assert_eq!(c.clauses[1].lead_in.as_deref(), Some("Il est interdit :"));
        // The nested item keeps the outer lead-in's force with its parent's object.
        assert_eq!(
            c.clauses[3].lead_in.as_deref(),
            Some("Il est interdit : de publier sans relecture :")
        );
    }

    #[test]
    fn sub_items_written_as_paragraphs_inside_an_item_carry_both_lead_ins() {
        let text = "Les usages suivants sont interdits :\n\n1. Décisions :\n\n   a) attribuer une aide ;\n\n   b) refuser une demande de logement ;\n\n2. Surveillance :\n\n   a) suivre les véhicules.\n";
        let c = parse_ok(text);
        let texts: Vec<_> = c.clauses.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Les usages suivants sont interdits :",
                "Décisions :",
                "a) attribuer une aide ;",
                "b) refuser une demande de logement ;",
                "Surveillance :",
                "a) suivre les véhicules."
            ]
        );
        assert_eq!(
            lead_of(&c, "b) refuser").as_deref(),
            Some("Les usages suivants sont interdits : Décisions :")
        );
        assert_eq!(
            lead_of(&c, "a) suivre").as_deref(),
            Some("Les usages suivants sont interdits : Surveillance :")
        );
        // An item whose text does not announce a list keeps its paragraphs as one clause.
        let c = parse_ok("1. Les agents relisent.\n\n   a) ce qui est publié ;\n");
        assert_eq!(c.clauses.len(), 1);
    }

    /// The lead-in of the first clause that starts with `t`.
    fn lead_of(c: &Charter, t: &str) -> Option<String> {
        c.clauses
            .iter()
            .find(|c| c.text.starts_with(t))
            .and_then(|c| c.lead_in.clone())
    }

    #[test]
    fn lead_ins_in_bold_in_a_heading_or_before_hand_written_items_reach_their_items() {
        let text = "**Les agents ne peuvent pas utiliser l'IA pour :**\n\n- noter un agent ;\n\n\
                    ## Sont exclus :\n\n- le tri des candidatures.\n\n\
                    Il est interdit :\n\na) de classer les lycées ;\n\n1° de surveiller les agents.\n\nFin.\n";
        let c = parse_ok(text);
        let lead = |t: &str| lead_of(&c, t);
        assert_eq!(
            lead("noter").as_deref(),
            Some("**Les agents ne peuvent pas utiliser l'IA pour :**")
        );
        assert_eq!(lead("le tri").as_deref(), Some("Sont exclus :"));
        assert_eq!(lead("a) de classer").as_deref(), Some("Il est interdit :"));
        assert_eq!(
            lead("1° de surveiller").as_deref(),
            Some("Il est interdit :")
        );
        assert_eq!(lead("Fin."), None);
    }

    #[test]
    fn lead_ins_announcing_a_list_or_glued_under_a_table_reach_their_items() {
        let text = "### Il est interdit d'utiliser l'IA pour les finalités suivantes\n\n- noter un agent ;\n\n\
                    | Outil | Usage |\n|---|---|\n| Scribe | transcrire |\nQuel que soit l'outil, il est interdit de l'utiliser pour :\n\n\
                    1° attribuer une subvention ;\n\n2° classer les candidats.\n";
        let c = parse_ok(text);
        let lead = |t: &str| lead_of(&c, t);
        assert_eq!(
            lead("noter").as_deref(),
            Some("Il est interdit d'utiliser l'IA pour les finalités suivantes")
        );
        let glued = "Quel que soit l'outil, il est interdit de l'utiliser pour :";
        assert_eq!(lead("1° attribuer").as_deref(), Some(glued));
        assert_eq!(lead("2° classer").as_deref(), Some(glued));
        assert_eq!(lead("Scribe"), None);
    }

    #[test]
    fn sub_item_openings() {
        for t in [
            "a) la rédaction",
            "1° les avis",
            "12) x",
            "– un item",
            "— autre",
        ] {
            assert!(is_sub_item(t), "{t}");
        }
        for t in ["Article 3", "La commune", "2026) x", "ab) x"] {
            assert!(!is_sub_item(t), "{t}");
        }
    }

    #[test]
    fn annotations_and_suppressions() {
        let text = "## Données {#donnees}\n\n<!-- charte: id=c1 sujets=gdpr.dpia modalite=obligation -->\nUne AIPD est menée.\n\n<!-- charte-disable-next-line RGPD002 -->\nTexte.\n";
        let c = parse_ok(text);
        assert_eq!(c.sections[0].id.as_deref(), Some("donnees"));
        assert_eq!(c.clauses[0].id.as_deref(), Some("c1"));
        assert_eq!(c.clauses[0].declared_topics, [Topic::GdprDpia]);
        assert_eq!(c.suppressions.len(), 1);
        let s = c.suppressions[0].span;
        assert_eq!(&text[s.start..s.end], "Texte.");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let mut text = String::new();
        for i in 0..5000 {
            text.push_str(&" ".repeat(i * 2));
            text.push_str("- a\n");
        }
        let (c, _) = parse(&text);
        assert!(!c.unwrap().clauses.is_empty());
    }
}
