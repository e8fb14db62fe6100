//! Messy real-world shapes give the same findings as clean text; huge, deep or random input never panics.

use charte::{check_bytes, Settings};

fn settings() -> Settings {
    Settings::for_tests()
}

/// (code, 1-based line) of every finding.
fn located(path: &str, text: &[u8]) -> Vec<(String, usize)> {
    let r = check_bytes(path, text, &settings());
    let src = r.source.clone().unwrap_or_default();
    let idx = charte::LineIndex::new(&src);
    let mut v: Vec<(String, usize)> = r
        .findings
        .iter()
        .map(|f| (f.code.to_owned(), idx.position(&src, f.primary.start).0))
        .collect();
    v.sort();
    v
}

const CLEAN: &str = "---
titre: \"Charte d'usage de l'IA\"
collectivite: {nom: \"Commune de Lanvallon\", type: commune}
adoption: {date: 2025-03-12}
---

# Charte d'usage de l'IA

## Article 1 - Champ d'application
La présente charte s'applique à tous les agents et aux élus.

## Article 2 - Données
Il est interdit de saisir des données personnelles dans un outil d'IA grand public.
Les agents doivent, dans la mesure du possible, relire les contenus produits.
Les données sont conservées 30 jours puis supprimées.
La collectivité privilégie une solution 'souveraine'.

## Article 3 - Références
Les transferts reposent sur le Privacy Shield.
Le droit à l'effacement (article 15 du RGPD) s'exerce auprès du DPO.
";

/// The same charter as Word and a French keyboard produce it.
fn messy(clean: &str) -> Vec<u8> {
    let t = clean
        .replace('\'', "\u{2019}")
        .replace("\u{2019}souveraine\u{2019}", "«\u{a0}souveraine\u{a0}»")
        .replace(" - ", " \u{2013} ")
        .replace(" : ", "\u{a0}: ")
        .replace("dans la mesure", "dans\u{a0}la mesure")
        .replace('\n', "\r\n");
    // Front matter values stay ASCII-quoted: YAML needs straight quotes.
    let t = t.replace(
        "titre: \"Charte d\u{2019}usage de l\u{2019}IA\"",
        "titre: \"Charte d'usage de l'IA\"",
    );
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(t.as_bytes());
    bytes
}

#[test]
fn word_shapes_give_the_same_findings_as_clean_text() {
    let clean = located("clean.md", CLEAN.as_bytes());
    let dirty = located("messy.md", &messy(CLEAN));
    assert!(!clean.is_empty());
    assert_eq!(clean, dirty);
    let codes: Vec<&str> = clean.iter().map(|(c, _)| c.as_str()).collect();
    for expected in ["LANG001", "RGPD021", "RGPD020"] {
        assert!(
            codes.contains(&expected),
            "{expected} not found in {codes:?}"
        );
    }
}

#[test]
fn huge_charter_parses_in_linear_time() {
    // About 10 MB: many articles with ordinary clauses.
    let mut text = String::from("# Charte\n\n");
    let clause = "Les agents vérifient les contenus produits par l'IA avant toute diffusion, conformément à l'article 22 du RGPD.\n\n";
    let mut i = 0;
    while text.len() < 10 * 1024 * 1024 {
        text.push_str(&format!("## Article {i} – Règles\n\n"));
        for _ in 0..20 {
            text.push_str(clause);
        }
        i += 1;
    }
    let r = check_bytes("gros.md", text.as_bytes(), &settings());
    assert!(r.error.is_none());
}

#[test]
fn deeply_nested_lists_do_not_overflow() {
    let mut text = String::from("# Charte\n\n");
    for depth in 0..5000 {
        text.push_str(&"  ".repeat(depth));
        text.push_str("- Il est interdit de saisir des données.\n");
    }
    let r = check_bytes("profond.md", text.as_bytes(), &settings());
    assert!(r.error.is_none());
}

#[test]
fn random_input_never_panics() {
    // A fixed pseudo-random generator: reproducible, no extra crate.
    let alphabet: Vec<char> = "ab é«» ’'\n\r\t-–—.;:?!#*_|`<>[](){}0123456789 n°art.\u{a0}\u{202f}ŒœIl est interdit doit peut ---".chars().collect();
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    for round in 0..300 {
        let len = (round * 7) % 400;
        let mut s = String::new();
        for _ in 0..len {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            s.push(alphabet[usize::try_from(state % alphabet.len() as u64).expect("an index")]);
        }
        let _ = check_bytes("hasard.md", s.as_bytes(), &settings());
        let _ = check_bytes("hasard.yaml", s.as_bytes(), &settings());
    }
}
