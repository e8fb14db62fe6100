//! The library's public API is deliberate: the crate root's exports are listed in `tests/api.txt`, and a change to
//! them fails here until that file is updated with it (`CHARTE_UPDATE=1 cargo test --test api`). The modules behind
//! them are `#[doc(hidden)]` (for the binary, tests and benchmarks) or `pub(crate)`, and are listed apart.

use charte::{
    check_path, check_str, parse_str, render, Charter, CivilDate, FileReport, Finding, Format,
    Label, Lang, Settings, Severity, Span, Topic,
};
use std::path::Path;

/// The crate root's `pub` items, one a line: `api` for the documented surface, `hidden` for the doc(hidden)
/// modules, in source order.
fn exports(lib: &str) -> String {
    let mut out = String::new();
    let mut hidden = false;
    for line in lib.lines() {
        let t = line.trim();
        if t == "#[doc(hidden)]" {
            hidden = true;
            continue;
        }
        if t.starts_with("pub ") {
            let item = t.trim_end_matches(['{', ';']).trim();
            let item = item.split(" -> ").next().unwrap_or(item);
            let item = item.split('(').next().unwrap_or(item).trim();
            out.push_str(if hidden { "hidden " } else { "api " });
            out.push_str(item);
            out.push('\n');
        }
        if !t.starts_with("#[") && !t.starts_with("///") {
            hidden = false;
        }
    }
    out
}

#[test]
fn public_api_is_the_listed_one() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lib = std::fs::read_to_string(root.join("src/lib.rs")).expect("src/lib.rs");
    let found = exports(&lib);
    let listed_path = root.join("tests/api.txt");
    if std::env::var_os("CHARTE_UPDATE").is_some() {
        std::fs::write(&listed_path, &found).expect("write tests/api.txt");
    }
    let listed = std::fs::read_to_string(&listed_path).unwrap_or_default();
    assert_eq!(
        listed, found,
        "the crate's exports changed: if that is deliberate, run CHARTE_UPDATE=1 cargo test --test api"
    );
}

#[test]
fn the_listing_sees_a_new_export() {
    let lib = "pub use crate::x::A;\n#[doc(hidden)]\npub mod inner;\n/// Doc.\npub fn added(a: u8) -> u8 {\n";
    assert_eq!(
        exports(lib),
        "api pub use crate::x::A\nhidden pub mod inner\napi pub fn added\n"
    );
}

#[test]
fn the_surface_checks_parses_and_renders() {
    let text = "---\ntitre: Charte IA\n---\n# Charte IA\n## Données\nLes agents ne saisissent aucune donnée personnelle dans un outil d'IA grand public.\n";
    let settings = Settings::new(CivilDate {
        year: 2026,
        month: 11,
        day: 28,
    });
    let report: FileReport = check_str("charte.md", text, &settings);
    assert!(report.error.is_none());
    let f: &Finding = report.findings.first().expect("findings");
    let _: (Severity, Span, &[Label], &[Topic]) = (f.severity, f.primary, &f.labels, &f.topics);
    let json = render(std::slice::from_ref(&report), Format::Json, Lang::En)
        .expect("json is a format of check reports");
    assert!(json.contains(&format!("\"{}\"", f.code)));
    // The matrix formats of `offer` are not formats of check reports: an error that names the format.
    let csv = render(std::slice::from_ref(&report), Format::Csv, Lang::En).expect_err("csv");
    assert_eq!(
        csv.to_string(),
        "check reports cannot be written in the csv format"
    );
    assert!(Format::CHECK
        .iter()
        .all(|f| render(std::slice::from_ref(&report), *f, Lang::En).is_ok()));

    let charter: Charter = parse_str("charte.md", text, Lang::Fr).expect("parses");
    assert_eq!(charter.sections.len(), 2);
    let broken = parse_str("charte.yaml", "sections: [", Lang::Fr).expect_err("broken YAML");
    assert!(broken.iter().all(|f| f.code == "STR000"));

    let missing = check_path(Path::new("no-such-charter.md"), &settings);
    assert_eq!(missing.findings.len(), 1);
    assert_eq!(missing.findings[0].code, "STR000");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for example in [
        "commune-saint-ombelin-defauts.md",
        "cias-coteaux-de-vaudrenne-word.docx",
    ] {
        let report = check_path(&root.join("examples").join(example), &settings);
        assert!(report.error.is_none(), "{example}: {:?}", report.error);
        assert!(!report.findings.is_empty(), "{example}");
    }
}
