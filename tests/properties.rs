//! Properties that hold for any input (proptest, on stable; 64 cases each so the suite stays fast): no panic,
//! every finding inside its file (byte offsets on character boundaries, lines and columns in range), JSON always
//! valid, and the same findings (codes and lines) whatever the line ends (LF, CRLF, CR).

mod shapes;

use charte::Lang;
use charte::{check_bytes, FileReport};
use charte::{render, Format};
use proptest::prelude::*;
use shapes::settings;

/// Pieces of charters, front matter, YAML, Markdown structure and hostile characters: random text made of them
/// reaches far more of the parser and the rules than random bytes.
const PIECES: &[&str] = &[
    "# Charte IA\n",
    "## Article 1 – Données\n",
    "### 3.1 Usages\n",
    "Il est interdit de saisir des données personnelles dans un outil d'IA grand public. ",
    "Les agents doivent relire les contenus produits, conformément à l'article 22 du RGPD. ",
    "Les agents peuvent utiliser l'assistant interne. ",
    "Les journaux sont conservés six mois à compter du 1er janvier 2026. ",
    "Cf. art. 5 du règlement (UE) 2024/1689 et l'art. L. 1111-2 du CGCT. ",
    "ChatGPT est autorisé pour les courriers. ",
    "\n",
    "\n\n",
    "- ",
    "  - ",
    "> ",
    "1. ",
    "**Il est interdit :**\n",
    "| Outil | Usage |\n|---|---|\n| Mistral | autorisé |\n",
    "---\n",
    "titre: Charte\n",
    "collectivite: Commune\nadoption: 2026-01-15\n",
    "ignorer:\n  STR003: raison\n",
    "sections:\n  - titre: Données\n    clauses:\n      - texte: Il est interdit de saisir des données.\n",
    "<!-- charte: ignore -->\n",
    "<!-- charte: ignore RGPD001 -->\n",
    "{#donnees}",
    "```\ncode\n```\n",
    "é", "œ", "’", "«\u{a0}", "\u{202e}", "\u{1b}[31m", "\t", "\r", "\u{feff}", "😀", "\u{0}",
];

/// A document made of pieces and arbitrary strings, with `\n` line ends.
fn document() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        1 => any::<String>(),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat().replace('\r', ""))
}

const PATHS: &[&str] = &["charte.md", "charte.yaml", "charte.txt"];

/// Every finding's span is inside the text on character boundaries, and its JSON line and columns are in range.
fn positions_in_range(report: &FileReport) {
    let text = report.source.as_deref().unwrap_or("");
    for f in &report.findings {
        let spans = std::iter::once(f.primary)
            .chain(f.labels.iter().filter(|l| l.path.is_none()).map(|l| l.span));
        for s in spans {
            assert!(
                s.start <= s.end && s.end <= text.len(),
                "{} {s:?} in {} bytes",
                f.code,
                text.len()
            );
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                "{} {s:?}",
                f.code
            );
        }
    }
    let json = render(std::slice::from_ref(report), Format::Json, Lang::Fr)
        .expect("a format of check reports");
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    // Lines as the JSON contract counts them: `\n`, `\r\n` and a lone `\r` end a line.
    let lines: Vec<&str> = text.split_inclusive(['\n', '\r']).collect();
    let line_count = lines.len().max(1);
    let chars_in = |line: usize| lines.get(line - 1).map_or(0, |l| l.chars().count());
    for file in value["files"].as_array().into_iter().flatten() {
        for d in file["diagnostics"].as_array().into_iter().flatten() {
            let n = |k: &str| usize::try_from(d[k].as_u64().expect(k)).expect(k);
            let (l, c, el, ec) = (n("line"), n("column"), n("end_line"), n("end_column"));
            assert!(
                l >= 1 && l <= line_count && el >= l && el <= line_count,
                "{d}"
            );
            assert!(c >= 1 && c <= chars_in(l) + 1, "{d}");
            assert!(ec >= 1 && ec <= chars_in(el) + 1, "{d}");
        }
    }
}

/// (code, line) of every finding, from the JSON output.
fn codes_and_lines(text: &str, path: &str) -> Vec<(String, u64)> {
    let report = check_bytes(path, text.as_bytes(), &settings());
    let json = render(&[report], Format::Json, Lang::Fr).expect("a format of check reports");
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let mut out: Vec<(String, u64)> = value["files"][0]["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|d| {
            (
                d["code"].as_str().unwrap_or("").to_owned(),
                d["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    out.sort();
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048), which in 0..5usize) {
        let path = ["charte.md", "charte.yaml", "charte.txt", "charte.docx", "charte.odt"][which];
        let report = check_bytes(path, &bytes, &settings());
        positions_in_range(&report);
    }

    #[test]
    fn findings_stay_inside_the_file_and_json_is_valid(text in document(), which in 0..3usize) {
        let report = check_bytes(PATHS[which], text.as_bytes(), &settings());
        positions_in_range(&report);
        let human = render(std::slice::from_ref(&report), Format::Human, Lang::Fr).expect("a format of check reports");
        prop_assert!(human.ends_with('\n'));
    }

    #[test]
    fn line_ends_do_not_change_findings(text in document(), which in 0..2usize) {
        let path = PATHS[which];
        let lf = codes_and_lines(&text, path);
        prop_assert_eq!(&lf, &codes_and_lines(&text.replace('\n', "\r\n"), path), "CRLF");
        prop_assert_eq!(&lf, &codes_and_lines(&text.replace('\n', "\r"), path), "CR");
    }
}
