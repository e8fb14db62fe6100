//! PDF charters and offers: the text layer read as a structured document (same findings as the Markdown they were
//! made from, each with its page), and honest refusals (scan, password, truncated file). The fixtures were made
//! by `LibreOffice` (`tests/fixtures/pdf/make.sh`) and are committed.

mod common;
use common::{charte, diff_topics, stdout};

#[test]
fn scan_password_and_truncated_pdf_are_str000_with_their_reason_and_the_other_files_are_checked() {
    let out = charte(&[
        "check",
        "--format",
        "json",
        "tests/fixtures/pdf/scan.pdf",
        "tests/fixtures/pdf/chiffre.pdf",
        "tests/fixtures/pdf/tronque.pdf",
        "tests/fixtures/pdf/entetes.pdf",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files = json["files"].as_array().unwrap();
    let error = |i: usize| files[i]["error"].as_str().unwrap_or_default().to_owned();
    assert!(
        error(0).contains("PDF sans texte : document numérisé ?"),
        "{}",
        error(0)
    );
    assert!(error(1).contains("mot de passe"), "{}", error(1));
    assert!(
        error(2).contains("endommagé") && error(2).contains("tronqué"),
        "{}",
        error(2)
    );
    assert!(files[3]["error"].is_null());
    let diags = json["diagnostics"].as_array().unwrap();
    for bad in ["scan.pdf", "chiffre.pdf", "tronque.pdf"] {
        let path = format!("tests/fixtures/pdf/{bad}");
        let codes: Vec<_> = diags
            .iter()
            .filter(|d| d["path"] == path.as_str())
            .map(|d| d["code"].as_str().unwrap())
            .collect();
        assert_eq!(codes, ["STR000"], "{bad}");
    }
    let good: Vec<_> = diags
        .iter()
        .filter(|d| d["path"] == "tests/fixtures/pdf/entetes.pdf")
        .collect();
    assert!(good.len() >= 3);
    for d in good {
        assert!(d["page"].as_u64().is_some_and(|p| p >= 1), "{d}");
        assert!(d["heading_path"].is_array(), "{d}");
        assert!(d["passage"].is_string(), "{d}");
    }
}

#[test]
fn human_output_names_the_page_and_a_folder_of_pdfs_is_read() {
    let dir = tempfile::tempdir().unwrap();
    for f in ["entetes.pdf", "scan.pdf"] {
        std::fs::copy(format!("tests/fixtures/pdf/{f}"), dir.path().join(f)).unwrap();
    }
    let out = charte(&["check", dir.path().to_str().unwrap()]);
    let text = stdout(&out);
    assert!(text.contains("dans 2 fichiers"), "{text}");
    assert!(
        text.contains("PDF sans texte : document numérisé ?"),
        "{text}"
    );
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("› Article 6, page 4, paragraphe "), "{text}");
    let sarif = stdout(&charte(&[
        "check",
        "--format",
        "sarif",
        "tests/fixtures/pdf/entetes.pdf",
    ]));
    let sarif: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for r in results {
        assert!(r["properties"]["page"].as_u64().is_some(), "{r}");
        let region = &r["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().is_some(), "{r}");
    }
}

#[test]
fn offer_compare_and_diff_read_pdfs() {
    let codes = |args: &[&str]| -> Vec<String> {
        let out = charte(args);
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let mut v: Vec<_> = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["code"].as_str().unwrap().to_owned())
            .collect();
        v.sort();
        v
    };
    let offer = |doc: &str, charter: &str| {
        codes(&[
            "offer",
            "--format",
            "json",
            "--as-of",
            "2026-11-28",
            doc,
            "--charter",
            charter,
        ])
    };
    let word = offer(
        "tests/fixtures/office/offre-plaquette-civia.docx",
        "examples/cias-coteaux-de-vaudrenne-word.docx",
    );
    let pdf = offer(
        "tests/fixtures/pdf/offre-plaquette-civia.pdf",
        "examples/cias-coteaux-de-vaudrenne-word.pdf",
    );
    assert!(word.len() > 5);
    assert_eq!(pdf, word);
    let compare = stdout(&charte(&[
        "compare",
        "examples/cias-coteaux-de-vaudrenne-word.md",
        "examples/cias-coteaux-de-vaudrenne-word.pdf",
        "tests/fixtures/pdf/entetes.pdf",
    ]));
    assert!(compare.starts_with("3 chartes comparées"), "{compare}");
    let diff = |p: &str| stdout(&charte(&["diff", p]));
    let diff_md = diff("examples/cias-coteaux-de-vaudrenne-word.md");
    let diff_pdf = diff("examples/cias-coteaux-de-vaudrenne-word.pdf");
    assert!(
        diff_pdf.contains("Sujets couverts par la référence"),
        "{diff_pdf}"
    );
    // Same reference, same topics.
    assert_eq!(diff_topics(&diff_pdf, ".pdf"), diff_topics(&diff_md, ".md"));
}

#[test]
fn refs_build_reads_a_pdf_charter() {
    let tmp = tempfile::tempdir().unwrap();
    let members = tmp.path().join("membres");
    std::fs::create_dir(&members).unwrap();
    let pdf = members.join("cias-coteaux-de-vaudrenne-word.pdf");
    std::fs::copy("examples/cias-coteaux-de-vaudrenne-word.pdf", &pdf).unwrap();
    let out_dir = tmp.path().join("corpus");
    let out = charte(&[
        "refs",
        "build",
        members.to_str().unwrap(),
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert_ne!(out.status.code(), Some(2), "{}", stdout(&out));
    // The PDF becomes a Markdown reference with the topics the PDF itself attests.
    let corpus = charte::refs::Corpus::load_dir(&out_dir).expect("corpus");
    assert_eq!(corpus.len(), 1);
    let r = corpus
        .get("cias-coteaux-de-vaudrenne-word")
        .expect("reference");
    assert!(r
        .sources
        .iter()
        .any(|s| s == "cias-coteaux-de-vaudrenne-word.pdf"));
    let d = charte::refs::Reference::from_file(&pdf).expect("the PDF itself");
    assert!(!d.attested.is_empty());
    assert_eq!(
        r.attested.keys().collect::<Vec<_>>(),
        d.attested.keys().collect::<Vec<_>>()
    );
}
