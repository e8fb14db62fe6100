//! Procurement: a vendor's offer checked against the default AI procurement checklist and the buyer's charter
//! (`charte offer`).
//!
//! An offer is a document like a charter: it is read by the same parsers ([`crate::parse::parse_bytes`]) and the
//! same analysis ([`crate::analyze::analyze`]); nothing here parses text a second way. Each file of a
//! run is parsed and analysed once ([`crate::engine::check_keeping`]), the offer's facts and the charter's
//! requirements are extracted once, and everything after that point — [`facts`], [`requirements`], the ACH rules,
//! the summary table — only reads the model, its analysis and those facts (debug builds count the reads:
//! [`crate::analyze::analyses_on_this_thread`], [`facts::extractions_on_this_thread`]).
//!
//! - [`vocab`]: the checklist and the places, as reviewable data (`data/procurement/`);
//! - [`facts`]: what the offer commits to (hosting, jurisdiction, training, retention, export, figures…);
//! - [`requirements`]: the clauses of the charter that bind vendors or tools, and how the offer meets them.
//!
//! This is the offer's model, read by the ACH rules; the run of `charte offer` (engine, rules, summary table) is
//! [`crate::offer`], a client of the engine.

#![warn(clippy::too_many_lines)]

pub(crate) mod deadlines;
pub(crate) mod facts;
pub(crate) mod requirements;
pub(crate) mod topics;
pub(crate) mod vocab;

use crate::model::{Charter, Span};

/// The buyer's charter in an offer run: its text and its requirements, read once.
pub(crate) struct Buyer {
    /// Path as given.
    pub path: String,
    /// Decoded text; requirement spans index into it.
    pub source: String,
    /// The clauses that bind vendors or tools.
    pub requirements: Vec<requirements::Requirement>,
}

/// A passage quoted as evidence: where it stands (section number and heading, the column of a table cell) and its
/// words, whole (a sentence, or a table cell).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// « § 4.1 Hébergement », « Article 4 – Hébergement »; empty before the first heading.
    pub section: String,
    /// The column header of a table cell.
    pub column: Option<String>,
    /// The sentence or the cell, on one line, never cut.
    pub text: String,
    /// Where the quoted words are in the source.
    pub span: Span,
}

impl Quote {
    /// Where the passage stands: « § 4.1 Hébergement, colonne « Pays » ».
    pub fn place(&self, lang: crate::i18n::Lang) -> String {
        match &self.column {
            Some(c) if self.section.is_empty() => {
                format!("{} « {c} »", lang.pick("colonne", "column"))
            }
            Some(c) => format!(
                "{}, {} « {c} »",
                self.section,
                lang.pick("colonne", "column")
            ),
            None => self.section.clone(),
        }
    }
}

/// The heading of a section with its number (« Article 4 – Hébergement », « § 4.1 Hébergement »); empty for none.
pub(crate) fn section_name(doc: &Charter, section: Option<usize>) -> String {
    let Some(sec) = section.and_then(|i| doc.sections.get(i)) else {
        return String::new();
    };
    let title = sec.title.replace('*', "");
    let title = title.trim().trim_end_matches([':', ' ']);
    match sec.number.as_deref() {
        Some(n) if n.starts_with(|c: char| c.is_alphabetic()) => format!("{n} – {}", title.trim()),
        Some(n) => format!("§ {n} {}", title.trim()),
        None => title.trim().to_owned(),
    }
}

/// The sentence (or table cell) of `doc` that holds the start of `span`, with its section: what a committee reads
/// as the evidence of a row. A span on a heading quotes the heading. Binary search over the clauses (in source
/// order).
pub(crate) fn quote_at(doc: &Charter, text: &str, span: Span) -> Option<Quote> {
    let at = span.start;
    let i = doc.clauses.partition_point(|c| c.span().start <= at);
    let clause = i
        .checked_sub(1)
        .map(|i| &doc.clauses[i])
        .filter(|c| at < c.span().end.max(c.span().start + 1));
    let Some(clause) = clause else {
        let sec = doc
            .sections
            .iter()
            .position(|s| s.span.start <= at && at < s.span.end.max(s.span.start + 1))?;
        return Some(Quote {
            section: section_name(doc, Some(sec)),
            column: None,
            text: one_line(
                text.get(doc.sections[sec].span.start..doc.sections[sec].span.end)
                    .unwrap_or(""),
            ),
            span: doc.sections[sec].span,
        });
    };
    let rel = at.saturating_sub(clause.span().start);
    let mut column = None;
    let (a, b) = match clause.cells.iter().position(|&(a, b)| a <= rel && rel < b) {
        Some(k) => {
            column = clause
                .cell_headers
                .get(k)
                .map(|h| one_line(h))
                .filter(|h| !h.is_empty());
            clause.cells[k]
        }
        None => clause
            .sentences
            .iter()
            .find(|s| s.start <= rel && rel < s.end.max(s.start + 1))
            .map_or((0, clause.text.len()), |s| (s.start, s.end)),
    };
    Some(Quote {
        section: section_name(doc, clause.section),
        column,
        text: one_line(clause.text.get(a..b).unwrap_or("")),
        span: clause.source_span(a, b),
    })
}

/// The largest char boundary of `s` at or before `i`.
pub(crate) fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `s` at or after `i`.
pub(crate) fn ceil_char(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// A passage on one line, Markdown emphasis and table bars removed.
fn one_line(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("**", "")
        .trim_matches(|c: char| c == '|' || c == ' ' || c == '-' || c == '#')
        .to_owned()
}

/// A text shortened for a message: one line, no Markdown emphasis, at most 80 characters.
pub(crate) fn short_quote(text: &str) -> String {
    let flat: String = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("**", "")
        .replace('*', "");
    let flat = flat.trim_matches(|c: char| c == '-' || c == ' ' || c == '|');
    if flat.chars().count() <= 80 {
        return flat.to_owned();
    }
    let cut: String = flat.chars().take(78).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > 40 => &cut[..i],
        _ => &cut[..],
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// Leading numbering and list markers (« 1. », « 4.2 », « a) », « – »), and the box of a checklist with its label
/// (« ☐ E2 », « ☑ R10 – »).
pub(crate) fn strip_numbering(n: &str) -> &str {
    let mut t = n.trim_start();
    loop {
        let before = t;
        if let Some(rest) = t.strip_prefix(['☐', '☑', '☒', '□']) {
            t = rest.trim_start();
            let label = t
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(t.len());
            let (letters, digits) = t[..label].split_at(
                t[..label]
                    .find(|c: char| c.is_ascii_digit())
                    .unwrap_or(label),
            );
            if (1..=3).contains(&letters.len())
                && !digits.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit())
            {
                t = t[label..].trim_start_matches([' ', '.', ')', ':', '–', '-']);
            }
        }
        t = t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ')' || c == '(');
        t = t.trim_start();
        if t.len() > 2 && t.as_bytes()[1] == b')' && t.as_bytes()[0].is_ascii_alphabetic() {
            t = t[2..].trim_start();
        }
        if t == before {
            return t;
        }
    }
}

/// Drops a leading adverbial phrase ending in a comma (« Avant toute inscription, le référent… »).
pub(crate) fn strip_adverbial(t: &str) -> &str {
    const OPENERS: &[&str] = &[
        "avant",
        "apres",
        "dans",
        "pour",
        "en ",
        "lors",
        "chaque",
        "au plus tard",
        "des ",
        "a compter",
        "a l'issue",
        "a la fin",
        "sauf",
        "si ",
        "lorsque",
        "une fois",
    ];
    if OPENERS.iter().any(|o| t.starts_with(o)) {
        if let Some(i) = t[..t.len().min(90)].find(',') {
            return t[i + 1..].trim_start();
        }
    }
    t
}

/// The sentence's subject is a personal pronoun (« Elle publie chaque année… », « Ils sont formés… »): it stands for
/// the subject of the sentence before. Impersonal « il » (« il est interdit de… », « il appartient au titulaire… »)
/// stands for nobody.
pub(crate) fn pronoun_subject(text: &str) -> bool {
    const PRONOUNS: &[&str] = &[
        "il ",
        "elle ",
        "ils ",
        "elles ",
        "celle ci ",
        "celui ci ",
        "celles ci ",
        "ceux ci ",
    ];
    const IMPERSONAL: &[&str] = &[
        "il est ",
        "il n'est ",
        "il convient",
        "il appartient",
        "il s'agit",
        "il y a",
        "il n'y a",
        "il faut",
        "il revient",
        "il incombe",
        "il peut ",
        "il ne peut ",
        "il doit etre",
        "il sera ",
    ];
    let t = strip_adverbial(strip_numbering(text));
    PRONOUNS.iter().any(|p| t.starts_with(p)) && !IMPERSONAL.iter().any(|p| t.starts_with(p))
}
