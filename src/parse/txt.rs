//! Plain-text exports (Writer « Texte », Word « Texte brut ») → [`Document`].
//!
//! Such a file has one paragraph per line and no markup. Each non-empty line becomes a paragraph; a line opening
//! with a bullet (•, ◦, ▪, -, –, *) or an enumeration label (« 1. », « 2) », « a) », « 3° ») is a list item, its
//! indentation giving the level; the first line, and short lines in capitals, are treated like bold lines of a
//! converted document, so the Markdown reader's heading patterns (« Article 3 – … », « TITRE II », « 3.1 … »)
//! apply as they do to Word-converted Markdown. Paragraph numbers are line numbers.

use super::document::{Anchor, Block, BlockKind, Document, Piece};
use regex::Regex;
use std::sync::LazyLock;

/// A bullet opening a list item (shared with the PDF reader).
pub(crate) static BULLET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[•◦▪▫●○■□·\-–—*]\s+").expect("valid regex"));
/// An enumeration label opening a list item (shared with the PDF reader).
pub(crate) static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{1,2}°|\d{1,2}[.)]|[a-z][.)]|[ivx]{1,4}\))\s+\S").expect("valid regex")
});

/// True for a short line that does not read as a sentence and is mostly capitals (« PROTECTION DES DONNÉES »).
pub(crate) fn shouts(line: &str) -> bool {
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 4
        && line.chars().count() <= 120
        && !line.ends_with('.')
        && letters.iter().filter(|c| c.is_uppercase()).count() * 10 >= letters.len() * 8
}

/// Reads a text export.
pub(crate) fn read(text: &str) -> Document {
    let mut doc = Document::default();
    let mut first = true;
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let trimmed = trimmed.trim_end();
        if trimmed.is_empty() {
            continue;
        }
        let tabs = line[..indent].matches('\t').count();
        let level = u8::try_from((tabs + (indent - tabs) / 2).min(8)).unwrap_or(8);
        let (kind, skip) = if let Some(m) = BULLET.find(trimmed) {
            (BlockKind::ListItem(level), m.end())
        } else if LABEL.is_match(trimmed) {
            (BlockKind::ListItem(level), 0)
        } else {
            let title = first && !trimmed.ends_with('.') && trimmed.chars().count() <= 120;
            (
                BlockKind::Paragraph {
                    bold: title || shouts(trimmed),
                },
                0,
            )
        };
        first = false;
        let body = &trimmed[skip..];
        if body.is_empty() {
            continue;
        }
        doc.blocks.push(Block {
            kind,
            pieces: vec![Piece {
                text: body.to_owned(),
                anchor: Anchor {
                    part: i,
                    offset: indent + skip,
                },
                number: i + 1,
            }],
        });
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::document;

    #[test]
    fn writer_text_export_builds_headings_lists_and_line_numbers() {
        let text = "Charte d'usage de l'IA\r\nARTICLE 1 – OBJET\r\nLa présente charte s'applique aux agents.\r\nIl est interdit :\r\n• de saisir des données personnelles ;\r\n\t◦ même pseudonymisées ;\r\n2° de publier sans relecture.\r\n";
        let doc = read(text);
        let (ex, charter, _) = document::parse(&doc);
        let c = charter.unwrap();
        assert_eq!(c.title.as_deref(), Some("Charte d'usage de l'IA"));
        assert_eq!(c.sections[1].number.as_deref(), Some("Article 1"));
        let texts: Vec<_> = c.clauses.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "La présente charte s'applique aux agents.",
                "Il est interdit :",
                "de saisir des données personnelles ;",
                "même pseudonymisées ;",
                "2° de publier sans relecture."
            ]
        );
        assert_eq!(c.clauses[4].lead_in.as_deref(), Some("Il est interdit :"));
        let at = ex.text.find("publier").unwrap();
        let loc = ex.map.locate(at).unwrap();
        assert_eq!(loc.paragraph, 7);
        assert_eq!(loc.heading_path, ["Charte d'usage de l'IA", "Article 1"]);
    }
}
