//! Runs that used to make a charter look fine when nothing had been checked (issue 18): each test here failed on
//! the old behaviour.

mod common;
use common::{charte, stdout};

use std::path::Path;
use std::process::{Command, Output};

/// Runs `charte` in `dir` (the tests of config discovery need their own working folder).
fn charte_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_charte"))
        .args(args)
        .current_dir(dir)
        .env_remove("LANG")
        .env("NO_COLOR", "1")
        .output()
        .expect("run charte")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn codes(o: &Output) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("json ({e}): {}{}", stdout(o), stderr(o)));
    common::codes(&v)
}

const CHARTER: &str = "---\ntitre: \"Charte IA\"\n---\n# Charte IA\n\n## Article 1 – Usages\nLes agents peuvent utiliser ChatGPT pour leurs courriers, dans la mesure du possible.\n";

const OFFER: &str = "# Mémoire technique – assistant Plume\n\nNos serveurs sont hébergés aux États-Unis. Les données peuvent servir à améliorer le modèle.\n";

#[test]
fn config_is_found_however_the_file_is_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    std::fs::create_dir(root.join("sous")).expect("mkdir");
    std::fs::write(root.join("charte.toml"), "select = [\"STR001\"]\n").expect("write");
    for f in ["c.md", "sous/c.md"] {
        std::fs::write(root.join(f), CHARTER).expect("write");
    }
    let abs = root.join("c.md");
    for name in ["c.md", "./c.md", "sous/c.md", abs.to_str().expect("utf-8")] {
        let out = charte_in(root, &["check", "--format", "json", name]);
        let found = codes(&out);
        assert!(
            !found.is_empty() && found.iter().all(|c| c == "STR001"),
            "{name}: charte.toml not applied: {found:?}"
        );
    }
    // `offer` reads the same configuration.
    std::fs::write(root.join("charte.toml"), "ignore = [\"ACH\"]\n").expect("write");
    std::fs::write(root.join("o.md"), OFFER).expect("write");
    std::fs::write(root.join("sous/o.md"), OFFER).expect("write");
    let abs = root.join("o.md");
    for name in ["o.md", "./o.md", "sous/o.md", abs.to_str().expect("utf-8")] {
        let out = charte_in(root, &["offer", "--format", "json", name]);
        assert_eq!(
            codes(&out),
            Vec::<String>::new(),
            "{name}: charte.toml not applied"
        );
    }
    // Without the configuration, the same offer has findings: the test above can fail.
    std::fs::remove_file(root.join("charte.toml")).expect("rm");
    assert!(!codes(&charte_in(root, &["offer", "--format", "json", "o.md"])).is_empty());
}

#[test]
fn unknown_codes_on_the_command_line_or_in_the_config_exit_2_with_the_closest_code() {
    let out = charte(&[
        "check",
        "--select",
        "RGDP",
        "examples/commune-brevannes-sur-lisarde.md",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("code inconnu : RGDP — vouliez-vous dire RGPD ?"),
        "{}",
        stderr(&out)
    );
    let out = charte(&["check", "--ignore", "CTR001,ZZZ999", "examples"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("ZZZ999"), "{}", stderr(&out));
    let out = charte(&[
        "offer",
        "--select",
        "ACH0O1",
        "examples/offres/offre-revendeur-nimbus.md",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("vouliez-vous dire ACH001 ?"),
        "{}",
        stderr(&out)
    );
    // Known codes and prefixes, any case, still work.
    let out = charte(&[
        "check",
        "--select",
        "rgpd,STR00",
        "examples/commune-brevannes-sur-lisarde.md",
    ]);
    assert_ne!(out.status.code(), Some(2), "{}", stderr(&out));

    for toml in ["select = [\"ZZZ999\"]\n", "ignore = [\"IA00Z\"]\n"] {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("charte.toml"), toml).expect("write");
        std::fs::write(dir.path().join("c.md"), CHARTER).expect("write");
        let out = charte_in(dir.path(), &["check", "c.md"]);
        assert_eq!(out.status.code(), Some(2), "{toml}");
        assert!(stderr(&out).contains("code inconnu"), "{}", stderr(&out));
    }
}

#[test]
fn ignorer_entries_with_unknown_codes_or_no_reason_are_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = "---\ntitre: \"Charte IA\"\ncollectivite: {nom: \"Commune de Lanvallon\", type: commune}\nadoption: {date: 2025-03-12}\nignorer:\n  CTR0001: \"déjà traité\"\n  LANG001: \"\"\n  \"\": \"tout\"\n---\n# Charte IA\n\n## Article 1 – Usages\nIl est interdit d'utiliser des outils d'IA générative grand public.\n\nLes agents peuvent utiliser ChatGPT pour leurs courriers, dans la mesure du possible.\n";
    let path = dir.path().join("c.md");
    std::fs::write(&path, text).expect("write");
    let out = charte(&["check", "--format", "json", path.to_str().expect("utf-8")]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let diags = v["diagnostics"].as_array().expect("diagnostics");
    let str001: Vec<(&str, u64)> = diags
        .iter()
        .filter(|d| d["code"] == "STR001")
        .map(|d| {
            (
                d["message"].as_str().unwrap_or(""),
                d["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert!(
        str001.contains(&(
            "`ignorer` : code inconnu : CTR0001 — vouliez-vous dire CTR001 ?",
            6
        )),
        "{str001:?}"
    );
    assert!(
        str001
            .iter()
            .any(|(m, l)| m.contains("« LANG001 »") && m.contains("sans raison") && *l == 7),
        "{str001:?}"
    );
    // The misspelt code and the empty key switch nothing off: the contradiction is still reported.
    assert!(diags.iter().any(|d| d["code"] == "CTR001"), "{diags:?}");
}

#[test]
fn lang_in_the_config_is_used_and_unknown_keys_or_values_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("c.md"), CHARTER).expect("write");
    std::fs::write(dir.path().join("charte.toml"), "lang = \"en\"\n").expect("write");
    let out = charte_in(dir.path(), &["check", "c.md"]);
    assert!(stdout(&out).contains("in 1 file"), "{}", stdout(&out));
    // `--lang` wins over the configuration.
    let out = charte_in(dir.path(), &["--lang", "fr", "check", "c.md"]);
    assert!(stdout(&out).contains("dans 1 fichier"), "{}", stdout(&out));
    for toml in ["lang = \"de\"\n", "langue = \"en\"\n"] {
        std::fs::write(dir.path().join("charte.toml"), toml).expect("write");
        let out = charte_in(dir.path(), &["check", "c.md"]);
        assert_eq!(out.status.code(), Some(2), "{toml}: {}", stderr(&out));
    }
}

#[test]
fn a_run_that_reads_nothing_exits_2_and_names_the_formats() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A format charte does not read (RTF): walking the folder finds nothing to check.
    std::fs::write(dir.path().join("charte.rtf"), "{\\rtf1 texte}").expect("write");
    std::fs::write(dir.path().join("README.md"), "# Dossier\n").expect("write");
    let out = charte(&["check", dir.path().to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(".md, .markdown, .yaml, .yml"),
        "{}",
        stderr(&out)
    );
    let out = charte(&["compare", dir.path().to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn offers_are_left_to_charte_offer_by_check_and_compare() {
    let out = charte(&["check", "--format", "json", "examples"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let paths: Vec<&str> = v["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| f["path"].as_str().unwrap_or(""))
        .collect();
    // Five charters, one of them also as Word, Writer and PDF documents.
    assert_eq!(paths.len(), 8, "{paths:?}");
    assert!(paths.iter().all(|p| !p.contains("offres")), "{paths:?}");
    let err = stderr(&out);
    assert_eq!(
        err.matches("est une offre de prestataire").count(),
        4,
        "{err}"
    );
    assert!(
        err.contains("charte offer examples/offres/offre-plaquette-civia.md"),
        "{err}"
    );

    // Named one by one, an offer is left out too; with nothing else to check, the run is a usage error.
    let out = charte(&["check", "examples/offres/offre-revendeur-nimbus.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("charte offer"));

    let out = charte(&["compare", "--format", "json", "examples"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stdout(&out).contains("offre-"), "{}", stdout(&out));
    assert!(stderr(&out).contains("est une offre de prestataire"));
}

#[test]
fn folders_honour_gitignore_charteignore_exclude_and_hidden_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    for f in [
        "a.md",
        "brouillon.md",
        "vieux/b.md",
        ".cache/c.md",
        "perso/d.md",
        "e.yaml",
    ] {
        let p = root.join(f);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, CHARTER).expect("write");
    }
    std::fs::write(root.join(".gitignore"), "perso/\n").expect("write");
    std::fs::write(root.join(".charteignore"), "vieux\n").expect("write");
    let out = charte(&[
        "check",
        "--format",
        "json",
        "--exclude",
        "brouillon*",
        root.to_str().expect("utf-8"),
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let names: Vec<String> = v["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| {
            Path::new(f["path"].as_str().unwrap_or(""))
                .strip_prefix(root)
                .map(|p| p.display().to_string())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(names, ["a.md", "e.yaml"]);
    let out = charte(&["check", "--exclude", "[", root.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}
