//! Entry points for the fuzz targets (`fuzz/`, cargo-fuzz on nightly), compiled only with the `fuzzing` cargo
//! feature (and in the crate's own tests, which replay the kept crash inputs): the parsers and grammars a target
//! drives directly, below the public API. They take text or bytes and give plain spans and counts, so that no type of
//! the crate's inside becomes public with the feature. Not part of the library's API; never enabled by default.

/// The spans (start, end) of the problems the Markdown reader, with its YAML front matter, reports in `text`.
pub fn markdown_problem_spans(text: &str) -> Vec<(usize, usize)> {
    let parsed =
        crate::parse::parse_text("fuzz.md", text.to_owned(), crate::parse::Format::Markdown);
    parsed
        .problems
        .iter()
        .filter_map(|p| p.span)
        .map(|s| (s.start, s.end))
        .collect()
}

/// Reads `text` as a pure-YAML charter and as a front matter (the one YAML module, with its limits).
pub fn read_yaml(text: &str) {
    let _ = crate::parse::yaml::parse_charter(text);
    let _ = crate::parse::yaml::parse_front_matter(text, 4);
}

/// The spans (start, end) of the legal references found in `text`.
pub fn legal_ref_spans(text: &str) -> Vec<(usize, usize)> {
    spans(&crate::grammar::find_legal_refs(text))
}

/// The bytes a legal reference at the start of `text` takes, if one is there.
pub fn legal_ref_prefix(text: &str) -> Option<usize> {
    crate::grammar::legal_ref::parse_legal_ref(text).map(|(_, used)| used)
}

/// The spans (start, end) of the durations found in `text`.
pub fn duration_spans(text: &str) -> Vec<(usize, usize)> {
    spans(&crate::grammar::find_durations(text))
}

/// The bytes a duration at the start of `text` takes, if one is there.
pub fn duration_prefix(text: &str) -> Option<usize> {
    crate::grammar::duration::parse_duration(text).map(|(_, used)| used)
}

/// The spans (start, end) of the dates found in `text`.
pub fn date_spans(text: &str) -> Vec<(usize, usize)> {
    spans(&crate::grammar::find_dates(text))
}

/// The bytes a date expression at the start of `text` takes, if one is there.
pub fn date_prefix(text: &str) -> Option<usize> {
    crate::grammar::date::parse_date_expr(text).map(|(_, used)| used)
}

/// Reads a Word package; true when it could be read.
#[cfg(feature = "office")]
pub fn read_docx(bytes: &[u8]) -> bool {
    crate::parse::docx::read(bytes).is_ok()
}

/// Reads a Writer package; true when it could be read.
#[cfg(feature = "office")]
pub fn read_odt(bytes: &[u8]) -> bool {
    crate::parse::odt::read(bytes).is_ok()
}

/// The (start, end) of each expression a grammar found.
fn spans<T>(found: &[crate::grammar::Found<T>]) -> Vec<(usize, usize)> {
    found.iter().map(|f| (f.start, f.end)).collect()
}
