//! The library's public API is deliberate: the crate root's exports and the public modules of `src/api/` are listed
//! in `tests/api.txt`, and a change to them fails here until that file is updated with it
//! (`CHARTE_UPDATE=1 cargo test --test api`). Every other module of the crate is `pub(crate)`.

use charte::{
    check_path, check_str, parse_str, render, Charter, CivilDate, FileReport, Finding, Format,
    Label, Lang, Settings, Severity, Span, Topic,
};
use std::path::Path;

/// The `pub` items of one source file, one a line, each prefixed with `prefix`, in source order. Code after the
/// first `#[cfg(test)]` is left out.
fn exports(prefix: &str, source: &str) -> String {
    let mut out = String::new();
    let mut lines = source.lines();
    while let Some(line) = lines.next() {
        let mut t = line.trim().to_owned();
        if t.starts_with("#[cfg(test)]") {
            break;
        }
        // A `pub use` over several lines is one item.
        while t.starts_with("pub use") && !t.ends_with(';') {
            let Some(next) = lines.next() else { break };
            let next = next.trim();
            if !t.ends_with(['{', ':']) && !next.starts_with('}') {
                t.push(' ');
            }
            t.push_str(next);
        }
        let t = t.as_str();
        if t.starts_with("pub ") {
            let item = t.trim_end_matches(['{', ';']).trim();
            let item = item.split(" -> ").next().unwrap_or(item);
            let item = item.split('(').next().unwrap_or(item).trim();
            out.push_str(prefix);
            out.push_str(item);
            out.push('\n');
        }
    }
    out
}

/// The whole surface: the root (`src/lib.rs`), then each file of `src/api/` and the `fuzzing` feature's module.
fn surface(root: &Path) -> String {
    let lib = std::fs::read_to_string(root.join("src/lib.rs")).expect("src/lib.rs");
    let mut out = exports("", &lib);
    let mut files: Vec<_> = std::fs::read_dir(root.join("src/api"))
        .expect("src/api")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_name().is_some_and(|n| n != "mod.rs"))
        .collect();
    files.sort();
    files.push(root.join("src/fuzzing.rs"));
    for f in files {
        let name = f
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("?")
            .to_owned();
        let text = std::fs::read_to_string(&f).expect("readable");
        out.push_str(&exports(&format!("{name}: "), &text));
    }
    out
}

#[test]
fn public_api_is_the_listed_one() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let found = surface(root);
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
    let lib = "pub use crate::x::A;\npub(crate) mod inner;\n/// Doc.\npub fn added(a: u8) -> u8 {\n#[cfg(test)]\npub fn t() {}\n";
    assert_eq!(
        exports("m: ", lib),
        "m: pub use crate::x::A\nm: pub fn added\n"
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

/// The public modules serve what the commands do (the `charte` binary uses nothing else: this is a smaller client).
#[test]
fn the_modules_serve_what_the_commands_do() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let settings = Settings::new(CivilDate {
        year: 2026,
        month: 11,
        day: 28,
    });
    // `rules`, `explain`: metadata and long explanation.
    let meta = charte::catalog::find("str001").expect("STR001");
    assert_eq!(meta.code, "STR001");
    assert!(charte::catalog::explain(meta, Lang::En).contains("STR001"));
    assert!(charte::catalog::all().count() > 30);
    assert!(charte::settings::check_pattern("RGPD").is_ok());
    assert!(charte::settings::check_pattern("RGDP").is_err());
    // `offer`: an offer against a charter, rendered as the matrix.
    let offer = "examples/offres/offre-saas-secnumcloud.md";
    let charter = "examples/commune-brevannes-sur-lisarde.md";
    let offer_bytes = std::fs::read(root.join(offer)).expect("offer");
    let charter_bytes = std::fs::read(root.join(charter)).expect("charter");
    let run = charte::offers::check_offer(
        offer,
        &offer_bytes,
        Some((charter, &charter_bytes)),
        &settings,
    );
    let csv = charte::offers::render(&[run], Format::Csv, Lang::Fr, false, false).expect("csv");
    assert!(csv.lines().count() > 5, "{csv}");
    // `diff`: a charter against its nearest reference.
    let corpus = charte::refs::Corpus::embedded();
    assert!(corpus.len() >= 20);
    let text = std::fs::read(root.join(charter)).expect("charter");
    let analysed = charte::refs::Analysed::from_bytes(charter, &text).expect("analysed");
    let report = charte::refs::diff::diff(&analysed, corpus, None).expect("a nearest reference");
    let md = charte::refs::diff::render(&report, Format::Markdown, Lang::Fr, false).expect("md");
    assert!(!md.is_empty());
    // `law`: the dated facts.
    let law = charte::facts::Law::embedded();
    assert!(!law.facts().is_empty());
    // `check` over several files, streamed.
    let files = [root.join(charter), root.join(offer)];
    let mut parts = 0;
    let mut offers = Vec::new();
    let checked = charte::check_files(
        &files,
        &settings,
        charte::Stream::default(),
        &mut |_| {
            parts += 1;
            charte::files::Emitted::Done
        },
        &mut |path| offers.push(path.to_owned()),
    )
    .expect("written");
    assert_eq!((checked.tally.files, parts), (1, 1));
    assert_eq!(offers.len(), 1, "the offer is left to `charte offer`");
}
