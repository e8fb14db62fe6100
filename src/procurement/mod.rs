//! Procurement: a vendor's offer checked against the default AI procurement checklist and the buyer's charter
//! (`charte offer`).
//!
//! An offer is a document like a charter: it is read by the same parsers ([`crate::parse::parse_bytes`]) and the
//! same analysis ([`crate::analyze::analyze`]); nothing here parses text a second way. [`Document::from_model`]
//! is the entry point for importers that build the model themselves (office documents, later): everything after
//! that point — [`facts`], [`requirements`], the ACH rules — only reads the model and its analysis.
//!
//! - [`vocab`]: the checklist and the places, as reviewable data (`data/procurement/`);
//! - [`facts`]: what the offer commits to (hosting, jurisdiction, training, retention, export, figures…);
//! - [`requirements`]: the clauses of the charter that bind vendors or tools, and how the offer meets them.
//!
//! This is the offer's model, read by the ACH rules; the run of `charte offer` (engine, rules, summary table) is
//! [`crate::offer`], a client of the engine.

pub mod facts;
pub mod requirements;
pub mod vocab;

use crate::analyze::{analyze, Analysis};
use crate::lexicon::Lexicon;
use crate::model::Charter;
use crate::parse::{parse_bytes, Format, ParseProblem};

/// A parsed and analysed document (an offer or a charter).
pub struct Document {
    /// Path as given.
    pub path: String,
    /// Decoded text; every span indexes into it.
    pub source: String,
    /// The model.
    pub model: Charter,
    /// Its analysis.
    pub analysis: Analysis,
}

impl Document {
    /// Reads a file's bytes with the charter parsers (format from the extension) and analyses it.
    pub fn parse(path: &str, bytes: &[u8]) -> Result<Document, Vec<ParseProblem>> {
        let parsed = parse_bytes(path, bytes, Format::from_path(path));
        match (parsed.charter, parsed.source) {
            (Some(model), Some(source)) if parsed.problems.is_empty() => {
                Ok(Document::from_model(path, source.text, model))
            }
            _ => Err(parsed.problems),
        }
    }

    /// Analyses a model built elsewhere (an importer): the plug-in point before analysis.
    pub fn from_model(path: &str, source: String, mut model: Charter) -> Document {
        let analysis = analyze(&mut model, Lexicon::global());
        Document {
            path: path.to_owned(),
            source,
            model,
            analysis,
        }
    }
}

/// A text shortened for a message: one line, no Markdown emphasis, at most 80 characters.
pub fn short_quote(text: &str) -> String {
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
