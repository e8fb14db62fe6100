//! What each fuzz target does with one input, shared by the cargo-fuzz targets (`fuzz/fuzz_targets/*.rs`, nightly)
//! and their replay on stable (`src/tests/fuzz_regressions.rs`, inside the crate), so a kept crash input runs exactly the code that
//! crashed. Each function takes raw bytes and asserts what must hold for any input.
#![allow(dead_code)]

use charte::Lang;
use charte::{check_bytes, Settings};
use charte::{render, Format};

/// What a target does with one input.
pub(crate) type Target = fn(&[u8]);

/// Target names, as in `fuzz/Cargo.toml` and the `TARGET-…` names of `tests/fixtures/fuzz/`.
pub(crate) const TARGETS: &[(&str, Target)] = &[
    ("markdown", markdown),
    ("yaml_charter", yaml_charter),
    ("legal_refs", legal_refs),
    ("durations", durations),
    ("dates", dates),
    ("offer", offer),
    ("docx", docx),
    ("odt", odt),
    ("check", check),
];

#[path = "../shapes/mod.rs"]
mod shapes;

fn settings(lang: Lang, offer: bool) -> Settings {
    Settings {
        offer,
        ..Settings::for_tests().in_lang(lang)
    }
}

/// Every span lies inside the text, on character boundaries.
fn inside(text: &str, found: &[(usize, usize)]) {
    for &(start, end) in found {
        assert!(start <= end && end <= text.len(), "{start}..{end}");
        assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
    }
}

/// The Markdown reader with its YAML front matter.
pub(crate) fn markdown(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    for (start, end) in charte::fuzzing::markdown_problem_spans(text) {
        assert!(start <= end && end <= text.len(), "{start}..{end}");
    }
}

/// The pure-YAML charter format and the front-matter reader (the one YAML module, with its limits).
pub(crate) fn yaml_charter(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    charte::fuzzing::read_yaml(text);
}

/// The legal-reference grammar.
pub(crate) fn legal_refs(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    inside(text, &charte::fuzzing::legal_ref_spans(text));
    if let Some(used) = charte::fuzzing::legal_ref_prefix(text) {
        assert!(used <= text.len());
    }
}

/// The duration grammar.
pub(crate) fn durations(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    inside(text, &charte::fuzzing::duration_spans(text));
    if let Some(used) = charte::fuzzing::duration_prefix(text) {
        assert!(used <= text.len());
    }
}

/// The date grammar.
pub(crate) fn dates(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    inside(text, &charte::fuzzing::date_spans(text));
    if let Some(used) = charte::fuzzing::date_prefix(text) {
        assert!(used <= text.len());
    }
}

/// The offer reader (`charte offer`): the first byte picks Markdown or YAML.
pub(crate) fn offer(input: &[u8]) {
    let Some((&pick, bytes)) = input.split_first() else {
        return;
    };
    let path = if pick % 2 == 0 {
        "offre.md"
    } else {
        "offre.yaml"
    };
    let run = charte::offers::check_offer(path, bytes, None, &settings(Lang::Fr, true));
    for report in &run.reports {
        no_internal_error(report);
    }
}

/// The engine turns a panic on one file into that file's STR000 « erreur interne » so a run goes on; for the
/// fuzzer that finding is the crash itself.
fn no_internal_error(report: &charte::FileReport) {
    assert!(
        !report.findings.iter().any(|f| f.code == "STR000"
            && (f.message.contains("erreur interne") || f.message.contains("internal error"))),
        "{:?}",
        report.findings
    );
}

/// The Word reader.
pub(crate) fn docx(bytes: &[u8]) {
    let _ = charte::fuzzing::read_docx(bytes);
}

/// The Writer reader.
pub(crate) fn odt(bytes: &[u8]) {
    let _ = charte::fuzzing::read_odt(bytes);
}

/// File names the first byte of a `check` input picks: 0 .md, 1 .yaml, 2 .txt, 3 .docx, 4 .odt.
const PATHS: &[&str] = &[
    "charte.md",
    "charte.yaml",
    "charte.txt",
    "charte.docx",
    "charte.odt",
];

/// The whole `check` pipeline: decoding, parsing, analysis, every rule, the human and JSON renderers. The first
/// byte picks the file name (so the format) and the language; every finding lies inside the text and JSON parses.
pub(crate) fn check(input: &[u8]) {
    let Some((&pick, bytes)) = input.split_first() else {
        return;
    };
    let lang = if pick & 0x80 == 0 { Lang::Fr } else { Lang::En };
    let path = PATHS[usize::from(pick & 0x7f) % PATHS.len()];
    let report = check_bytes(path, bytes, &settings(lang, false));
    no_internal_error(&report);
    let len = report.source.as_deref().map_or(0, str::len);
    for f in &report.findings {
        let spans = std::iter::once(f.primary)
            .chain(f.labels.iter().filter(|l| l.path.is_none()).map(|l| l.span));
        for s in spans {
            assert!(
                s.start <= s.end && s.end <= len,
                "{} {s:?} in {len} bytes",
                f.code
            );
        }
    }
    let reports = vec![report];
    let _ = render(&reports, Format::Human, lang).expect("a format of check reports");
    let json = render(&reports, Format::Json, lang).expect("a format of check reports");
    assert!(
        serde_json::from_str::<serde_json::Value>(&json).is_ok(),
        "{json}"
    );
}
