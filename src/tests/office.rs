//! The Word and Writer readers: lists, tables, notes, accepted tracked changes, document properties.

use crate::parse::{parse_bytes, Format};

#[test]
fn word_and_writer_fixtures_read_lists_tables_notes_and_accepted_changes() {
    for path in [
        "tests/fixtures/office/lormeval.docx",
        "tests/fixtures/office/lormeval.odt",
    ] {
        let bytes = std::fs::read(path).unwrap();
        let parsed = parse_bytes(path, &bytes, Format::from_path(path));
        assert!(parsed.problems.is_empty(), "{path}: {:?}", parsed.problems);
        let info = parsed.document.expect("document info");
        assert_eq!(
            info.pending_changes, 2,
            "{path}: one insertion, one deletion"
        );
        assert_eq!(
            info.properties.title.as_deref(),
            Some("Charte d’usage de l’IA de la commune de Lormeval"),
            "{path}"
        );
        let c = parsed.charter.unwrap();
        let text = parsed.source.unwrap().text;
        let clause = |needle: &str| {
            c.clauses
                .iter()
                .find(|cl| cl.text.contains(needle))
                .unwrap_or_else(|| panic!("{path}: no clause with {needle:?} in\n{text}"))
        };
        // Tracked changes read as accepted; comments, header and footer are not the charter's text.
        assert_eq!(
            clause("relisent").text,
            "Les agents relisent systématiquement les contenus produits par l’IA avant toute diffusion."
        );
        for absent in [
            "peuvent publier",
            "revoir avec le DPO",
            "en-tête",
            "pied de page",
        ] {
            assert!(!text.contains(absent), "{path}: {absent:?} read");
        }
        // Lists compose with their lead-ins, tables keep their header row, footnotes are read.
        assert_eq!(
            clause("de saisir des données personnelles")
                .lead_in
                .as_deref(),
            Some("Il est interdit aux agents :")
        );
        // A nested item keeps the outer lead-in's force with its parent's object.
        assert_eq!(
            clause("secret professionnel").lead_in.as_deref(),
            Some("Il est interdit aux agents : de transmettre des documents internes :")
        );
        let row = clause("Saisir des données de santé");
        assert_eq!(row.cell_headers, ["Usages autorisés", "Usages interdits"]);
        clause("Règlement (UE) 2016/679");
        // Headings: Word styles, ODF outline levels, and the bold « Article 1 – » paragraph.
        let numbers: Vec<_> = c.sections.iter().filter_map(|s| s.number.clone()).collect();
        assert_eq!(numbers, ["Article 1", "Article 2", "Article 3"], "{path}");
        // Positions back in the document.
        let at = text.find("Décider seul").unwrap();
        let loc = info.map.locate(at).unwrap();
        assert_eq!(loc.heading_path, ["Article 3"], "{path}");
        assert!(loc.paragraph > 10, "{path}: {loc:?}");
    }
}
