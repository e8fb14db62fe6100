//! `charte law` on the command line: the facts listed with status, source and last check.

use charte::facts::Law;

#[test]
fn law_command_lists_facts_with_status_source_and_check() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_charte"))
        .args(["law", "--lang", "fr"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("gdpr.dpf-appeal"))
        .unwrap();
    assert!(
        line.contains("en cours d'examen")
            && line.contains("2026-12-04")
            && line.contains("https://eur-lex.europa.eu/eli/C/2025/6610/oj/eng")
    );
    let json = std::process::Command::new(env!("CARGO_BIN_EXE_charte"))
        .args(["law", "--json"])
        .output()
        .unwrap();
    assert_eq!(json.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let facts = v.as_array().unwrap();
    assert_eq!(facts.len(), Law::embedded().facts().len());
    assert!(
        facts
            .iter()
            .all(|f| f["source"].as_str().unwrap().starts_with("https://")
                && f["checked"].is_string())
    );
}
