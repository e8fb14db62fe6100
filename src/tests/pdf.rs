//! The PDF reader: the codes of the Markdown a PDF was made from, with pages; running headers, hyphens and columns
//! undone; damaged inputs and the page limit as reasons, not panics.

use super::check_file as check;
use crate::parse::{parse_bytes, Format, ProblemKind};
use crate::report::{location, passage};
use crate::FileReport;

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

fn text_of(path: &str) -> (String, crate::model::Charter) {
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
    let n = crate::parse::pdf::MAX_PAGES + 1;
    let p = parse_bytes("x.pdf", &many_pages(n), Format::Pdf);
    assert!(
        matches!(&p.problems[0].kind, ProblemKind::PdfLimit { detail } if detail.contains(&format!("{n} pages"))),
        "{:?}",
        p.problems
    );
}
