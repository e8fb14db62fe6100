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

pub mod facts;
pub mod requirements;
pub mod vocab;

/// The buyer's charter in an offer run: its text and its requirements, read once.
pub struct Buyer {
    /// Path as given.
    pub path: String,
    /// Decoded text; requirement spans index into it.
    pub source: String,
    /// The clauses that bind vendors or tools.
    pub requirements: Vec<requirements::Requirement>,
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
