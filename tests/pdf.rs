//! PDF charters and offers: the text layer read as a structured document (same findings as the Markdown they were
//! made from, each with its page), and honest refusals (scan, password, truncated file). The fixtures were made
//! by `LibreOffice` (`tests/fixtures/pdf/make.sh`) and are committed.

mod common;
use charte::engine::FileReport;
use charte::output::{location, passage};
use charte::parse::{parse_bytes, Format, ProblemKind};
use common::{charte, check_file as check, diff_topics, stdout};

fn codes(r: &FileReport) -> Vec<&'static str> {
    r.findings.iter().map(|f| f.code).collect()
}

/// The PDF gives the codes of the Markdown it was made from, and every finding a page, a heading path and a
/// passage; returns the PDF's report.
fn same_codes_with_pages(md: &str, pdf: &str) -> FileReport {
    let md = check(md);
    assert!(md.findings.len() >= 3, "{:?}", codes(&md));
    let r = check(pdf);
    assert_eq!(codes(&r), codes(&md), "{pdf}");
    for f in &r.findings {
        let loc = location(&r, f.primary).expect("a position in the document");
        assert!(loc.page.is_some_and(|p| p >= 1), "{pdf} {}", f.code);
        assert!(loc.paragraph >= 1, "{pdf} {}", f.code);
        assert!(!loc.heading_path.is_empty(), "{pdf} {}", f.code);
        assert!(passage(&r, f.primary).is_some(), "{pdf} {}", f.code);
    }
    r
}

fn text_of(path: &str) -> (String, charte::model::Charter) {
    let bytes = std::fs::read(path).unwrap();
    let parsed = parse_bytes(path, &bytes, Format::from_path(path));
    assert!(parsed.problems.is_empty(), "{path}: {:?}", parsed.problems);
    (parsed.source.unwrap().text, parsed.charter.unwrap())
}

#[test]
fn example_charter_printed_by_libreoffice_gives_the_markdown_codes_with_pages_and_its_table() {
    let r = same_codes_with_pages(
        "examples/cias-coteaux-de-vaudrenne-word.md",
        "examples/cias-coteaux-de-vaudrenne-word.pdf",
    );
    // The table of article 5 (page 2) is read row by row, its first row naming the columns.
    let (text, charter) = text_of("examples/cias-coteaux-de-vaudrenne-word.pdf");
    let row = charter
        .clauses
        .iter()
        .find(|c| c.text.contains("Saisir un diagnostic"))
        .expect("the row's clause");
    assert_eq!(
        row.cell_headers,
        [
            "Usages autorisés (assistant du logiciel de suivi)",
            "Usages interdits"
        ]
    );
    assert!(
        text.contains("| Résumer un texte réglementaire ou une circulaire | Décider de l’attribution, du montant ou du refus d’une aide |"),
        "{text}"
    );
    // Article 9 is on page 3.
    let last = r
        .findings
        .iter()
        .filter_map(|f| location(&r, f.primary))
        .find(|l| l.heading_path.iter().any(|h| h.contains("Article 9")));
    if let Some(l) = last {
        assert_eq!(l.page, Some(3));
    }
    let pages: Vec<_> = r
        .findings
        .iter()
        .filter_map(|f| location(&r, f.primary)?.page)
        .collect();
    assert!(pages.iter().any(|&p| p > 1), "{pages:?}");
}

#[test]
fn running_headers_page_numbers_and_hyphenated_line_breaks_are_undone() {
    let r = same_codes_with_pages(
        "tests/fixtures/pdf/entetes.md",
        "tests/fixtures/pdf/entetes.pdf",
    );
    let (text, charter) = text_of("tests/fixtures/pdf/entetes.pdf");
    assert!(!text.contains("Page 1 sur 4"), "{text}");
    assert!(!text.contains("Commune de Lormeval – Charte"), "{text}");
    // LibreOffice cut « intelli-gence », « Lorme-val »…: the words are whole again.
    assert!(!text.contains("intelli-"), "{text}");
    assert!(text.contains("de la commune de Lormeval. Elle a été élaborée"));
    // The 28-point title and the 16-point article headings are headings; articles keep their numbering.
    assert_eq!(
        charter.title.as_deref(),
        Some("Charte d’usage de l’intelligence artificielle de la commune de Lormeval")
    );
    let numbers: Vec<_> = charter
        .sections
        .iter()
        .filter_map(|s| s.number.as_deref())
        .collect();
    assert!(numbers.contains(&"Article 2"), "{numbers:?}");
    // List items stay apart, the page break inside paragraph 2.4 is joined.
    let clause = |needle: &str| {
        charter
            .clauses
            .iter()
            .find(|c| c.text.contains(needle))
            .unwrap_or_else(|| panic!("{needle}: {text}"))
            .text
            .clone()
    };
    assert_eq!(
        clause("le nom, l’adresse"),
        "le nom, l’adresse ou le numéro de téléphone d’un habitant ;"
    );
    assert!(clause("2.4 Les données saisies").ends_with("pour entraîner ses modèles."));
    // Findings of the last article are on the last page.
    let pages: Vec<_> = r
        .findings
        .iter()
        .filter_map(|f| location(&r, f.primary)?.page)
        .collect();
    assert!(pages.iter().all(|&p| (1..=4).contains(&p)), "{pages:?}");
}

#[test]
fn two_columns_are_read_column_after_column() {
    same_codes_with_pages(
        "tests/fixtures/pdf/entetes.md",
        "tests/fixtures/pdf/colonnes.pdf",
    );
    let (_, charter) = text_of("tests/fixtures/pdf/colonnes.pdf");
    // Cut over several lines of a narrow column (« person- / nel »): whole words again.
    let clause = charter
        .clauses
        .iter()
        .find(|c| c.text.contains("Elle a été élaborée"))
        .expect("the clause");
    assert!(clause.text.contains("Elle a été élaborée avec le délégué à la protection des données, le service informatique et les représentants du personnel, afin que les outils d’intelligence artificielle restent au service des habitants et ne se substituent jamais au jugement des agents."), "{}", clause.text);
}

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
fn damaged_inputs_of_every_kind_are_reasons_not_panics() {
    let good = std::fs::read("examples/cias-coteaux-de-vaudrenne-word.pdf").unwrap();
    let read = |bytes: &[u8]| parse_bytes("x.pdf", bytes, Format::Pdf);
    assert!(matches!(
        read(b"not a pdf at all").problems[0].kind,
        ProblemKind::Pdf { .. }
    ));
    // Every cut of the file, and the file with bytes overwritten here and there: a reason or a reading, never a
    // panic (pdf-extract unwraps on broken structures; the reader catches it).
    for cut in (0..good.len()).step_by(997) {
        let p = read(&good[..cut]);
        assert!(p.charter.is_some() || !p.problems.is_empty(), "cut {cut}");
    }
    for at in (200..good.len()).step_by(1543) {
        let mut bad = good.clone();
        for b in &mut bad[at..(at + 40).min(good.len())] {
            *b = b'0';
        }
        let p = read(&bad);
        assert!(p.charter.is_some() || !p.problems.is_empty(), "at {at}");
    }
}

/// A PDF of `pages` empty pages (all drawing one shared content stream), written by hand.
fn many_pages(pages: usize) -> Vec<u8> {
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {pages} >>",
            (0..pages)
                .map(|i| format!("{} 0 R", i + 4))
                .collect::<Vec<_>>()
                .join(" ")
        ),
        "<< /Length 0 >>\nstream\n\nendstream".to_owned(),
    ];
    for _ in 0..pages {
        objects.push(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>".to_owned(),
        );
    }
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{body}\nendobj\n", i + 1).bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .bytes(),
    );
    out
}

#[test]
fn a_pdf_beyond_the_page_limit_is_refused_and_blank_pages_are_no_text() {
    let p = parse_bytes("x.pdf", &many_pages(3), Format::Pdf);
    assert_eq!(p.problems[0].kind, ProblemKind::NoText { pages: 3 });
    let n = charte::parse::pdf::MAX_PAGES + 1;
    let p = parse_bytes("x.pdf", &many_pages(n), Format::Pdf);
    assert!(
        matches!(&p.problems[0].kind, ProblemKind::PdfLimit { detail } if detail.contains(&format!("{n} pages"))),
        "{:?}",
        p.problems
    );
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
    let corpus = charte::corpus::Corpus::load_dir(&out_dir).expect("corpus");
    assert_eq!(corpus.len(), 1);
    let r = corpus
        .get("cias-coteaux-de-vaudrenne-word")
        .expect("reference");
    assert!(r
        .sources
        .iter()
        .any(|s| s == "cias-coteaux-de-vaudrenne-word.pdf"));
    let d = charte::corpus::Reference::from_file(&pdf).expect("the PDF itself");
    assert!(!d.attested.is_empty());
    assert_eq!(
        r.attested.keys().collect::<Vec<_>>(),
        d.attested.keys().collect::<Vec<_>>()
    );
}
