//! Word (.docx), Writer (.odt) and text (.txt) documents: same findings as Markdown, positions people can find,
//! hostile packages. The fixtures were made by pandoc (`tests/fixtures/office/make.sh`).

mod common;
use charte::report::{location, passage};
use charte::FileReport;
use common::{charte, check_file as check, diff_topics, stdout};

/// (code, quoted passage) of every finding, in order.
fn findings(r: &FileReport) -> Vec<(String, String)> {
    r.findings
        .iter()
        .map(|f| (f.code.to_owned(), passage(r, f.primary).unwrap_or_default()))
        .collect()
}

#[test]
fn example_charter_in_word_and_writer_gives_the_markdown_findings() {
    let md = check("examples/cias-coteaux-de-vaudrenne-word.md");
    assert!(md.findings.len() >= 5, "{:?}", findings(&md));
    for doc in [
        "examples/cias-coteaux-de-vaudrenne-word.docx",
        "examples/cias-coteaux-de-vaudrenne-word.odt",
    ] {
        let r = check(doc);
        assert_eq!(findings(&r), findings(&md), "{doc}");
        for f in &r.findings {
            let loc = location(&r, f.primary).expect("a position in the document");
            assert!(loc.paragraph >= 1, "{doc} {}", f.code);
            assert!(!loc.heading_path.is_empty(), "{doc} {}", f.code);
        }
    }
}

#[test]
fn zip_bomb_and_damaged_document_are_str000_and_the_other_files_are_checked() {
    let out = charte(&[
        "check",
        "--format",
        "json",
        "tests/fixtures/office/bombe.docx",
        "tests/fixtures/office/corrompu.docx",
        "tests/fixtures/office/lormeval.docx",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files = json["files"].as_array().unwrap();
    assert!(files[0]["error"].as_str().unwrap().contains("bombe zip"));
    assert!(files[1]["error"].as_str().unwrap().contains("endommagé"));
    assert!(files[2]["error"].is_null());
    assert_eq!(files[2]["pending_changes"], 2);
    let diags = json["diagnostics"].as_array().unwrap();
    let of = |p: String| -> Vec<&serde_json::Value> {
        diags.iter().filter(|d| d["path"] == p.as_str()).collect()
    };
    for bad in ["bombe.docx", "corrompu.docx"] {
        let codes: Vec<_> = of(format!("tests/fixtures/office/{bad}"))
            .iter()
            .map(|d| d["code"].as_str().unwrap())
            .collect();
        assert_eq!(codes, ["STR000"], "{bad}");
    }
    let good = of("tests/fixtures/office/lormeval.docx".into());
    assert!(good.len() > 5);
    for d in good {
        assert!(d["paragraph"].as_u64().unwrap() >= 1, "{d}");
        assert!(d["heading_path"].is_array(), "{d}");
        assert!(d["passage"].is_string(), "{d}");
    }
}

#[test]
fn human_output_names_the_heading_path_and_paragraph_and_a_folder_of_documents_is_read() {
    let dir = tempfile::tempdir().unwrap();
    for f in ["lormeval.docx", "lormeval.odt"] {
        std::fs::copy(format!("tests/fixtures/office/{f}"), dir.path().join(f)).unwrap();
    }
    std::fs::write(
        dir.path().join("export.txt"),
        // A « Charte » sets at least one rule (STR010): the second sentence of the article is one.
        "Charte IA\nARTICLE 1 – DONNÉES\nLes données sont traitées conformément à la directive 95/46/CE.\nLes agents ne saisissent aucune donnée personnelle dans un outil d'IA grand public.\n",
    )
    .unwrap();
    let out = charte(&["check", dir.path().to_str().unwrap()]);
    let text = stdout(&out);
    assert!(text.contains("dans 3 fichiers"), "{text}");
    // The obsolete directive, line 3 of the text export, under « ARTICLE 1 – DONNÉES ».
    assert!(
        text.contains("RGPD021") && text.contains("où : Charte IA › Article 1, paragraphe 3"),
        "{text}"
    );
    assert!(
        text.contains("où : Charte d’usage de l’IA de la commune de Lormeval, paragraphe 1"),
        "{text}"
    );
}

#[test]
fn offer_compare_and_diff_read_word_documents() {
    let codes = |args: &[&str]| -> Vec<(String, String)> {
        let out = charte(args);
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let mut v: Vec<_> = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            // pandoc typesets apostrophes (’) when it writes the .docx: the quoted words are the same.
            .map(|d| {
                (
                    d["code"].as_str().unwrap().to_owned(),
                    d["message"].as_str().unwrap().replace('’', "'"),
                )
            })
            .collect();
        v.sort();
        v
    };
    let md = codes(&[
        "offer",
        "--format",
        "json",
        "--as-of",
        "2026-11-28",
        "examples/offres/offre-plaquette-civia.md",
        "--charter",
        "examples/cias-coteaux-de-vaudrenne-word.md",
    ]);
    let word = codes(&[
        "offer",
        "--format",
        "json",
        "--as-of",
        "2026-11-28",
        "tests/fixtures/office/offre-plaquette-civia.docx",
        "--charter",
        "examples/cias-coteaux-de-vaudrenne-word.docx",
    ]);
    // A Writer offer against a Writer charter: the same checks as in Markdown.
    let writer = codes(&[
        "offer",
        "--format",
        "json",
        "--as-of",
        "2026-11-28",
        "tests/fixtures/office/offre-plaquette-civia.odt",
        "--charter",
        "examples/cias-coteaux-de-vaudrenne-word.odt",
    ]);
    assert!(md.len() > 5);
    assert_eq!(word, md);
    assert_eq!(writer, md);
    let compare = stdout(&charte(&[
        "compare",
        "examples/cias-coteaux-de-vaudrenne-word.md",
        "examples/cias-coteaux-de-vaudrenne-word.docx",
        "examples/cias-coteaux-de-vaudrenne-word.odt",
    ]));
    assert!(compare.starts_with("3 chartes comparées"), "{compare}");
    let diff_md = stdout(&charte(&[
        "diff",
        "examples/cias-coteaux-de-vaudrenne-word.md",
    ]));
    let diff_docx = stdout(&charte(&[
        "diff",
        "examples/cias-coteaux-de-vaudrenne-word.docx",
    ]));
    assert!(
        diff_md.contains("Sujets couverts par la référence"),
        "{diff_md}"
    );
    // Same reference, same topics.
    assert_eq!(
        diff_topics(&diff_docx, ".docx"),
        diff_topics(&diff_md, ".md")
    );
    let diff_odt = stdout(&charte(&[
        "diff",
        "examples/cias-coteaux-de-vaudrenne-word.odt",
    ]));
    assert_eq!(diff_topics(&diff_odt, ".odt"), diff_topics(&diff_md, ".md"));
}

#[test]
fn pending_tracked_changes_are_noted_by_inspect_and_check() {
    for path in [
        "tests/fixtures/office/lormeval.docx",
        "tests/fixtures/office/lormeval.odt",
    ] {
        let note = format!(
            "note : {path} : 2 modifications suivies en attente ; charte a lu le texte comme si toutes étaient acceptées"
        );
        let inspect = stdout(&charte(&["inspect", path]));
        assert!(inspect.contains(&note), "{inspect}");
        assert!(inspect.contains("auteur : Service juridique"), "{inspect}");
        let check = stdout(&charte(&["check", path]));
        assert!(check.contains(&note), "{check}");
    }
    // A document without pending changes gets no note.
    let clean = stdout(&charte(&[
        "inspect",
        "examples/cias-coteaux-de-vaudrenne-word.docx",
    ]));
    assert!(!clean.contains("modification"), "{clean}");
}

#[test]
fn check_and_compare_leave_word_and_writer_offers_to_charte_offer() {
    for offer in [
        "tests/fixtures/office/offre-plaquette-civia.docx",
        "tests/fixtures/office/offre-plaquette-civia.odt",
    ] {
        let run = charte(&[
            "check",
            offer,
            "examples/cias-coteaux-de-vaudrenne-word.docx",
        ]);
        let err = String::from_utf8_lossy(&run.stderr);
        assert!(
            err.contains(&format!(
                "{offer} est une offre de prestataire, pas une charte : fichier laissé de côté"
            )),
            "{err}"
        );
        assert!(stdout(&run).contains("dans 1 fichier"), "{}", stdout(&run));
        let compare = charte(&[
            "compare",
            offer,
            "examples/cias-coteaux-de-vaudrenne-word.odt",
        ]);
        assert!(
            String::from_utf8_lossy(&compare.stderr).contains("est une offre de prestataire"),
            "{}",
            String::from_utf8_lossy(&compare.stderr)
        );
    }
}
