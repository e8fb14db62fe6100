//! `--format docx` (issues 17 and 13): the check report and the offers matrix as Word documents. Each file is
//! written to a temporary folder and read back with charte's own Word reader (through `charte::check_path`, which extracts its text) and, when
//! it is installed, with pandoc (CI installs it: `scripts/install-test-tools.sh`; under `CI=true` a missing pandoc
//! fails the test instead of skipping it).
#![cfg(feature = "office")]

mod common;

use common::{charte, codes, stdout};
use std::io::Write;
use std::path::Path;

const FILE: &str = "examples/commune-saint-ombelin-defauts.md";
const OFFERS: [&str; 2] = [
    "examples/offres/offre-libre-auto-hebergee.md",
    "examples/offres/offre-saas-secnumcloud.md",
];
const BUYER: &str = "examples/commune-brevannes-sur-lisarde.md";

/// What a block of the Word report is, as charte's own Word reader gives it back in the Markdown it extracts.
#[derive(Debug, Clone, PartialEq, Eq)]
enum BlockKind {
    /// `#`, `##`…: a Word heading of that level.
    Heading(usize),
    /// `- ` after this many levels of indentation: a list item.
    ListItem(usize),
    /// A table row; the first of a table is its header row.
    Row { header: bool },
    /// Anything else.
    Paragraph,
}

/// The blocks of a .docx as charte reads them (with the library, like `charte check` reads a Word charter): (kind,
/// text, with the cells of a row joined by ` | `).
fn read_back(path: &Path) -> Vec<(BlockKind, String)> {
    let report = charte::check_path(path, &charte::Settings::for_tests());
    assert!(
        report.error.is_none(),
        "charte reads its own Word report: {:?}",
        report.error
    );
    let text = report.source.expect("the extracted text");
    let mut blocks = Vec::new();
    let mut in_table = false;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let trimmed = line.trim_start();
        let kind_text = if let Some(row) = line.strip_prefix('|') {
            if row.chars().all(|c| matches!(c, '-' | '|')) {
                continue;
            }
            let header = !in_table;
            in_table = true;
            let cells: Vec<&str> = row
                .trim_end_matches('|')
                .split(" |")
                .map(str::trim)
                .collect();
            (BlockKind::Row { header }, cells.join(" | "))
        } else if let Some(item) = trimmed.strip_prefix("- ") {
            in_table = false;
            (
                (BlockKind::ListItem((line.len() - trimmed.len()) / 2)),
                item.to_owned(),
            )
        } else if line.starts_with('#') {
            in_table = false;
            let level = line.chars().take_while(|c| *c == '#').count();
            (BlockKind::Heading(level), line[level..].trim().to_owned())
        } else {
            in_table = false;
            (BlockKind::Paragraph, line.to_owned())
        };
        blocks.push(kind_text);
    }
    blocks
}

fn all_text(blocks: &[(BlockKind, String)]) -> String {
    blocks
        .iter()
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// One part of the Word package (`word/document.xml`), as text.
fn package_part(path: &Path, part: &str) -> String {
    let bytes = std::fs::read(path).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name(part).unwrap(), &mut xml).unwrap();
    xml
}

fn document_xml(path: &Path) -> String {
    package_part(path, "word/document.xml")
}

/// pandoc's plain-text reading of a .docx, or `None` (said loudly) when pandoc is not installed.
fn pandoc_plain(path: &Path) -> Option<String> {
    match std::process::Command::new("pandoc")
        .args(["-f", "docx", "-t", "plain", "--wrap=none"])
        .arg(path)
        .output()
    {
        Ok(o) => {
            assert!(
                o.status.success(),
                "pandoc could not read {}",
                path.display()
            );
            Some(String::from_utf8(o.stdout).unwrap())
        }
        Err(_) => {
            let message = "pandoc read-back SKIPPED: pandoc is not installed; run scripts/install-test-tools.sh";
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "{message} (CI=true: it must run in CI)"
            );
            let _ = writeln!(std::io::stderr(), "\n!!!!!!!! {message} !!!!!!!!\n");
            None
        }
    }
}

fn position(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("« {needle} » missing:\n{text}"))
}

#[test]
fn check_report_in_word_starts_with_the_summary_and_holds_every_code_of_the_json() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("rapport.docx");
    let run = charte(&[
        "check",
        "--as-of",
        "2026-11-28",
        FILE,
        "--format",
        "docx",
        "--out",
        out.to_str().unwrap(),
    ]);
    // Errors in the charter: status 1, as with every other format; nothing on standard output.
    assert_eq!(run.status.code(), Some(1), "{run:?}");
    assert!(run.stdout.is_empty());
    let blocks = read_back(&out);
    let text = all_text(&blocks);
    // The summary first: the report's title, then the file's title, authority and date, counts, verdict.
    assert_eq!(
        blocks[0],
        (
            BlockKind::Heading(1),
            "Rapport de vérification de charte".to_owned()
        )
    );
    assert!(
        blocks[..8]
            .iter()
            .any(|(k, t)| *k == BlockKind::Heading(2) && t.contains("Charte de bon usage")),
        "{blocks:?}"
    );
    let summary = position(&text, "En bref : 3 erreurs à corriger");
    assert!(position(&text, "Saint-Ombelin") < summary);
    assert!(position(&text, "19 juin 2025") < summary);
    assert!(position(&text, "3 erreurs, 22 avertissements, 8 remarques") < summary);
    // Then errors, warnings, the one checklist block (this charter's notes are all missing topics).
    assert!(summary < position(&text, "Erreurs (3)"));
    assert!(position(&text, "Erreurs (3)") < position(&text, "Avertissements (5)"));
    let checklist = position(&text, "Liste de contrôle");
    assert!(position(&text, "Avertissements (5)") < checklist);
    assert_eq!(text.matches("Liste de contrôle").count(), 1);
    // Each finding with its place and advice, as headings, list items and quotes Word knows.
    assert!(text.contains("(ligne 38, colonne 61)"), "{text}");
    assert!(
        text.contains("aide : ce sujet relève de l'article 17"),
        "{text}"
    );
    assert!(blocks
        .iter()
        .any(|(k, t)| matches!(k, BlockKind::ListItem(0)) && t.contains("RGPD020")));
    // Every code of the JSON report is in the Word report.
    let json: serde_json::Value = serde_json::from_str(&stdout(&charte(&[
        "check",
        "--as-of",
        "2026-11-28",
        FILE,
        "--format",
        "json",
    ])))
    .unwrap();
    let all = codes(&json);
    assert_eq!(all.len(), 33);
    for code in &all {
        assert!(text.contains(code.as_str()), "{code} missing:\n{text}");
    }
    if let Some(plain) = pandoc_plain(&out) {
        assert!(
            position(&plain, "En bref") < position(&plain, "Erreurs (3)"),
            "{plain}"
        );
        for code in &all {
            assert!(
                plain.contains(code.as_str()),
                "{code} missing for pandoc:\n{plain}"
            );
        }
    }
}

#[test]
fn check_report_in_word_follows_the_language_and_keeps_accents_quotes_and_emoji() {
    let dir = tempfile::tempdir().unwrap();
    let charter = dir.path().join("charte-étréchy.md");
    std::fs::write(
        &charter,
        "# Charte « IA » 🤖 d'Étréchy\n\nLes agents peuvent utiliser ChatGPT pour rédiger leurs courriers. 🙂\n\nL'usage d'outils d'IA grand public est interdit.\n",
    )
    .unwrap();
    let out = dir.path().join("report.docx");
    let run = charte(&[
        "--lang",
        "en",
        "check",
        "--as-of",
        "2026-11-28",
        charter.to_str().unwrap(),
        "--format",
        "docx",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(matches!(run.status.code(), Some(0 | 1)), "{run:?}");
    let blocks = read_back(&out);
    let text = all_text(&blocks);
    assert_eq!(blocks[0].1, "Charter check report");
    assert!(text.contains("Charte « IA » 🤖 d'Étréchy"), "{text}");
    assert!(text.contains("In brief:"), "{text}");
    assert!(!text.contains("En bref"), "{text}");
    // The document's properties carry the title and the language.
    let styles = package_part(&out, "word/styles.xml");
    assert!(styles.contains("<w:lang w:val=\"en-GB\"/>"));
    if let Some(plain) = pandoc_plain(&out) {
        assert!(plain.contains("Charte « IA » 🤖 d'Étréchy"), "{plain}");
    }
}

#[test]
fn docx_without_out_is_refused_before_any_work() {
    for args in [
        vec!["check", FILE, "--format", "docx"],
        vec!["offer", OFFERS[0], "--format", "docx"],
    ] {
        let run = charte(&args);
        assert_eq!(run.status.code(), Some(2), "{args:?}");
        assert!(run.stdout.is_empty(), "{args:?}");
        let err = String::from_utf8_lossy(&run.stderr);
        assert!(
            err.contains("--format docx écrit un document Word") && err.contains("--out"),
            "{err}"
        );
    }
    let run = charte(&["--lang", "en", "check", FILE, "--format", "docx"]);
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("writes a Word document, not text"));
}

#[test]
fn check_out_keeps_an_existing_file_unless_force_and_writes_text_formats_too() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("rapport.md");
    std::fs::write(&out, "à garder").unwrap();
    let path = out.to_str().unwrap();
    let args = ["check", "--as-of", "2026-11-28", FILE, "--out", path];
    let run = charte(&args);
    assert_eq!(run.status.code(), Some(2), "{run:?}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "à garder");
    let run = charte(&[&args[..], &["--format", "markdown", "--force"]].concat());
    assert_eq!(run.status.code(), Some(1), "{run:?}");
    assert!(run.stdout.is_empty());
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(
        written.starts_with("# Rapport de vérification de charte"),
        "{written}"
    );
    // The human report written to a file ends with the summary line, without colour codes.
    let run = charte(&[&args[..], &["--force"]].concat());
    assert_eq!(run.status.code(), Some(1));
    let human = std::fs::read_to_string(&out).unwrap();
    assert!(
        human.starts_with(FILE) && !human.contains('\u{1b}'),
        "{human}"
    );
}

#[test]
fn offers_matrix_in_word_is_a_table_whose_header_row_repeats_then_the_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("matrice.docx");
    let base = [
        OFFERS[0],
        OFFERS[1],
        "--charter",
        BUYER,
        "--as-of",
        "2026-11-28",
    ];
    let run = charte(
        &[
            &["offer"][..],
            &base[..],
            &["--format", "docx", "--out", out.to_str().unwrap()],
        ]
        .concat(),
    );
    assert!(matches!(run.status.code(), Some(0 | 1)), "{run:?}");
    assert!(run.stdout.is_empty());
    let json: serde_json::Value = serde_json::from_str(&stdout(&charte(
        &[&["offer"][..], &base[..], &["--format", "json"]].concat(),
    )))
    .unwrap();
    let rows = json["matrix"]["rows"].as_array().unwrap();
    let blocks = read_back(&out);
    let table: Vec<&(BlockKind, String)> = blocks
        .iter()
        .filter(|(k, _)| matches!(k, BlockKind::Row { .. }))
        .collect();
    // The header row, one row per requirement, the share met.
    assert_eq!(table.len(), rows.len() + 2, "{blocks:?}");
    assert!(
        matches!(table[0].0, BlockKind::Row { header: true, .. }),
        "{table:?}"
    );
    assert!(
        table[0]
            .1
            .starts_with("Exigence | offre-libre-auto-hebergee.md"),
        "{table:?}"
    );
    for (row, (_, text)) in rows.iter().zip(&table[1..]) {
        if let Some(code) = row["code"].as_str() {
            assert!(text.starts_with(code), "{code}: {text}");
        }
        for cell in row["offers"].as_array().unwrap() {
            if let Some(label) = cell["status_label"].as_str() {
                assert!(text.contains(label), "{label}: {text}");
            }
        }
    }
    // Word repeats the header row on each printed page: only that row carries w:tblHeader.
    let xml = document_xml(&out);
    assert_eq!(xml.matches("<w:tblHeader/>").count(), 1);
    let first_row_end = xml.find("</w:tr>").unwrap();
    assert!(xml[..first_row_end].contains("<w:tblHeader/>"));
    // Then the evidence details, after the table.
    let text = all_text(&blocks);
    assert!(position(&text, "Part satisfaite") < position(&text, "Détail"));
    if let Some(plain) = pandoc_plain(&out) {
        assert!(plain.contains("Exigence"), "{plain}");
        assert!(position(&plain, "Exigence") < position(&plain, "Détail"));
    }
}
