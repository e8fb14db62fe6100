//! The human report an official reads (issue 17): summary first, errors first, one checklist of missing topics, a
//! screen or two long; `--format short`, `--verbose`; columns in characters in every format.

mod common;

use common::{charte, stdout};

const FILE: &str = "examples/commune-saint-ombelin-defauts.md";

fn run(args: &[&str]) -> String {
    stdout(&charte(args))
}

fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&run(args)).expect("json")
}

#[test]
fn default_report_is_short_summary_first_errors_first_with_one_checklist() {
    let out = run(&["check", "--as-of", "2026-11-28", FILE]);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines.len() <= 120, "{} lines:\n{out}", lines.len());
    // The summary comes first: the file, its counts, title, authority, date, the verdict.
    assert!(
        lines[0].starts_with(FILE) && lines[0].contains("3 erreurs"),
        "{out}"
    );
    assert!(lines[1].contains("Charte de bon usage"), "{out}");
    assert!(
        lines[2].contains("Saint-Ombelin") && lines[2].contains("19 juin 2025"),
        "{out}"
    );
    assert!(
        lines[3].starts_with("  En bref : 3 erreurs à corriger"),
        "{out}"
    );
    // Errors, then warnings, then the checklist, which appears once.
    let at = |s: &str| out.find(s).unwrap_or_else(|| panic!("{s} missing:\n{out}"));
    assert!(at("── Erreurs (3)") < at("── Avertissements (5)"));
    assert!(at("── Avertissements (5)") < at("── Liste de contrôle : 25 sujets absents"));
    assert_eq!(out.matches("Liste de contrôle").count(), 1, "{out}");
    // A missing topic is one checklist line, not a code frame on the title.
    assert!(!out.contains(" 4 │ titre:"), "{out}");
    assert!(!out.contains("help:") && out.contains("  aide : "), "{out}");
    // Every code of the JSON report is named.
    let v = json(&["check", "--format", "json", "--as-of", "2026-11-28", FILE]);
    for code in common::codes(&v) {
        assert!(out.contains(&code), "{code} missing:\n{out}");
    }
    insta::assert_snapshot!(out);
}

#[test]
fn verbose_adds_explanations_and_model_clauses() {
    let out = run(&["check", "--verbose", "--as-of", "2026-11-28", FILE]);
    assert!(out.contains("explication : "), "{out}");
    assert!(out.contains("Modèle de clause à adapter"), "{out}");
    let short = run(&["check", "--as-of", "2026-11-28", FILE]);
    assert!(!short.contains("Modèle de clause à adapter"), "{short}");
    assert!(out.lines().count() > short.lines().count());
}

#[test]
fn english_report_has_english_labels() {
    let out = run(&["--lang", "en", "check", "--as-of", "2026-11-28", FILE]);
    assert!(out.contains("In brief: 3 errors to fix"), "{out}");
    assert!(
        out.contains("── Errors (3)") && out.contains("  help: "),
        "{out}"
    );
    assert!(!out.contains("aide :") && !out.contains("En bref"), "{out}");
}

#[test]
fn short_format_prints_one_line_per_finding() {
    let out = run(&["check", "--format", "short", "--as-of", "2026-11-28", FILE]);
    let v = json(&["check", "--format", "json", "--as-of", "2026-11-28", FILE]);
    let diags = v["diagnostics"].as_array().expect("diagnostics");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), diags.len(), "{out}");
    for (line, d) in lines.iter().zip(diags) {
        let expected = format!(
            "{FILE}:{}:{}: {} ",
            d["line"],
            d["column"],
            d["code"].as_str().unwrap_or("")
        );
        assert!(line.starts_with(&expected), "{line} / {expected}");
    }
}

/// A charter whose RGPD021 finding (« Privacy Shield ») follows accents, French quotes and an emoji on its line.
fn wide_chars_charter(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("accents.md");
    std::fs::write(
        &path,
        "# Charte IA\n\n## Article 1 – Données\nÉté 🌍 « déjà » : l'agent vérifie la certification Privacy Shield du fournisseur.\n",
    )
    .expect("write");
    path
}

#[test]
fn columns_count_characters_in_every_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = wide_chars_charter(dir.path());
    let p = path.to_str().expect("utf-8");
    let line = "Été 🌍 « déjà » : l'agent vérifie la certification Privacy Shield du fournisseur.";
    let col = line[..line.find("Privacy").expect("word")].chars().count() + 1;
    let args = |f: &'static str| vec!["check", "--select", "RGPD021", "--format", f, p];
    let v = json(&args("json"));
    assert_eq!(v["diagnostics"][0]["line"], 4);
    assert_eq!(v["diagnostics"][0]["column"], col, "{v}");
    let sarif = json(&args("sarif"));
    let region = &sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startColumn"], col, "{sarif}");
    let gh = run(&args("github"));
    assert!(gh.contains(&format!("line=4,col={col},")), "{gh}");
    let short = run(&args("short"));
    assert!(
        short.contains(&format!("accents.md:4:{col}: RGPD021")),
        "{short}"
    );
    let human = run(&args("human"));
    assert!(human.contains(&format!("accents.md:4:{col}]")), "{human}");
}

/// `charte ARGS` run in `dir` with `LANG=lang`.
fn charte_in(dir: &std::path::Path, args: &[&str], lang: &str) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_charte"))
        .args(args)
        .current_dir(dir)
        .env("LANG", lang)
        .env("NO_COLOR", "1")
        .output()
        .expect("run charte")
}

/// `charte ARGS` run in the crate folder with `LANG=lang`.
fn charte_env(args: &[&str], lang: &str) -> std::process::Output {
    charte_in(std::path::Path::new(env!("CARGO_MANIFEST_DIR")), args, lang)
}

#[test]
fn help_is_french_with_a_french_lang_and_english_with_lang_en() {
    let fr = charte_env(&["--help"], "fr_FR.UTF-8");
    assert_eq!(fr.status.code(), Some(0));
    let fr = stdout(&fr);
    assert!(
        fr.contains("Utilisation : charte") && fr.contains("Commandes"),
        "{fr}"
    );
    assert!(!fr.contains("Usage:") && !fr.contains("Print help"), "{fr}");
    insta::assert_snapshot!("help_fr", fr);
    let en = stdout(&charte_env(&["--lang", "en", "--help"], "fr_FR.UTF-8"));
    assert!(
        en.contains("Usage: charte") && en.contains("Print help"),
        "{en}"
    );
    let en_env = stdout(&charte_env(&["--help"], "en_GB.UTF-8"));
    assert_eq!(en, en_env);
    insta::assert_snapshot!("help_en", en);
}

#[test]
fn command_line_errors_are_french_unless_english_is_chosen() {
    let fr = charte_env(&["--lang", "fr", "check", "--nope"], "en_GB.UTF-8");
    assert_eq!(fr.status.code(), Some(2));
    let fr = String::from_utf8_lossy(&fr.stderr).into_owned();
    assert!(
        fr.starts_with("erreur : argument inattendu « --nope »"),
        "{fr}"
    );
    assert!(fr.contains("Utilisation : charte check"), "{fr}");
    insta::assert_snapshot!("nope_fr", fr);
    let near = charte_env(&["check", "--verbos", FILE], "fr_FR.UTF-8");
    let near = String::from_utf8_lossy(&near.stderr).into_owned();
    assert!(near.contains("vouliez-vous dire « --verbose » ?"), "{near}");
    let value = charte_env(&["check", "--format", "pdf", FILE], "fr_FR.UTF-8");
    let value = String::from_utf8_lossy(&value.stderr).into_owned();
    assert!(
        value.contains("valeur « pdf » invalide pour « --format <FORMAT> »"),
        "{value}"
    );
    assert!(
        value.contains("valeurs possibles : human, json, sarif, github, short"),
        "{value}"
    );
    let en = charte_env(&["--lang", "en", "check", "--nope"], "fr_FR.UTF-8");
    assert_eq!(en.status.code(), Some(2));
    let en = String::from_utf8_lossy(&en.stderr).into_owned();
    assert!(en.contains("unexpected argument '--nope' found"), "{en}");
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn the_lang_of_charte_toml_reaches_clap_between_lang_and_the_environment() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    std::fs::write(root.join("charte.toml"), "lang = \"en\"\n").expect("write");
    std::fs::copy(FILE, root.join("c.md")).expect("copy");
    // charte.toml over LANG: clap's help and errors in English, found from the current folder or the charter's.
    let help = stdout(&charte_in(root, &["--help"], "fr_FR.UTF-8"));
    assert!(help.starts_with("Checks the AI usage charters"), "{help}");
    let nope = charte_in(root, &["check", "--nope", "c.md"], "fr_FR.UTF-8");
    assert_eq!(nope.status.code(), Some(2));
    assert!(
        stderr(&nope).starts_with("error: unexpected argument '--nope' found"),
        "{}",
        stderr(&nope)
    );
    let elsewhere = tempfile::tempdir().expect("tempdir");
    let charter = root.join("c.md");
    let nope = charte_in(
        elsewhere.path(),
        &["check", "--nope", charter.to_str().expect("utf-8")],
        "fr_FR.UTF-8",
    );
    assert!(
        stderr(&nope).starts_with("error: unexpected argument"),
        "{}",
        stderr(&nope)
    );
    // --lang over charte.toml.
    let nope = charte_in(
        root,
        &["--lang", "fr", "check", "--nope", "c.md"],
        "en_GB.UTF-8",
    );
    assert!(
        stderr(&nope).starts_with("erreur : argument inattendu « --nope »"),
        "{}",
        stderr(&nope)
    );
    // A French charte.toml over LANG=en.
    std::fs::write(root.join("charte.toml"), "lang = \"fr\"\n").expect("write");
    let help = stdout(&charte_in(root, &["--help"], "en_GB.UTF-8"));
    assert!(
        help.starts_with("Vérifie les chartes d'usage de l'IA"),
        "{help}"
    );
}

#[test]
fn charte_toml_errors_speak_the_chosen_language_with_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    std::fs::copy(FILE, root.join("c.md")).expect("copy");
    let cases = [
        ("unknown_key", "select = [\"RGPD\"]\nlangue = \"en\"\n"),
        ("bad_lang", "lang = \"de\"\n"),
        ("bad_select", "select = \"RGPD\"\n"),
        ("not_toml", "lang: fr\n"),
    ];
    for (name, toml) in cases {
        std::fs::write(root.join("charte.toml"), toml).expect("write");
        let fr = charte_in(root, &["check", "c.md"], "fr_FR.UTF-8");
        assert_eq!(fr.status.code(), Some(2), "{name}");
        let en = charte_in(root, &["--lang", "en", "check", "c.md"], "fr_FR.UTF-8");
        assert_eq!(en.status.code(), Some(2), "{name}");
        let (fr, en) = (stderr(&fr), stderr(&en));
        // The folder is a temporary one: name it by its role.
        let shown = |s: &str| {
            s.replace(
                &root.join("charte.toml").display().to_string(),
                "DOSSIER/charte.toml",
            )
        };
        insta::assert_snapshot!(
            format!("config_{name}"),
            format!("{}\n{}", shown(&fr), shown(&en))
        );
        assert!(fr.starts_with("erreur : "), "{fr}");
        assert!(en.starts_with("error: "), "{en}");
    }
}

/// A charter whose text tries to run a script, load an image and open a link.
fn hostile_html_charter(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("hostile.md");
    std::fs::write(
        &path,
        "---\ntitre: \"Charte <script>alert(1)</script>\"\ncollectivite: {nom: \"Commune \\\"x\\\" & <img src=https://evil.example/x.png>\", type: commune}\n---\n# Charte IA\n\n## Article 1 – Données\nLes données sont traitées conformément à la directive 95/46/CE <iframe src=\"https://evil.example\"></iframe> [clic](javascript:alert(2)).\n",
    )
    .expect("write");
    path
}

#[test]
fn html_report_is_self_contained_escaped_summary_first_and_printable() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = hostile_html_charter(dir.path());
    let out = run(&["check", "--format", "html", path.to_str().expect("utf-8")]);
    assert!(
        out.starts_with("<!DOCTYPE html>") && out.contains("<html lang=\"fr\">"),
        "{out}"
    );
    // Nothing is fetched: no script, no external resource, no link.
    for bad in [
        "<script", "<iframe", "<img", "<link", "src=\"", "href=\"", "url(", "@import",
    ] {
        assert!(!out.contains(bad), "{bad} in:\n{out}");
    }
    assert!(
        out.contains("Charte &lt;script&gt;alert(1)&lt;/script&gt;"),
        "{out}"
    );
    assert!(
        out.contains("&lt;iframe src=&quot;https://evil.example&quot;&gt;"),
        "{out}"
    );
    // Summary first, then the text with findings in the margin, then the checklist; A4 print style sheet.
    let at = |s: &str| out.find(s).unwrap_or_else(|| panic!("{s} missing"));
    assert!(at("class=\"summary\"") < at("class=\"doc\""));
    assert!(at("class=\"doc\"") < at("class=\"checklist\""));
    assert!(
        out.contains("RGPD021") && out.contains("class=\"finding warning\""),
        "{out}"
    );
    assert!(out.contains("@page { size: A4"), "{out}");
    // Every severity is written in words, not only in colour.
    assert!(
        out.contains("<span class=\"sev\">avertissement RGPD021</span>"),
        "{out}"
    );
}

#[test]
fn markdown_report_has_the_summary_and_a_checklist_and_escapes_the_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = hostile_html_charter(dir.path());
    let out = run(&[
        "check",
        "--format",
        "markdown",
        path.to_str().expect("utf-8"),
    ]);
    assert!(
        out.starts_with("# Rapport de vérification de charte"),
        "{out}"
    );
    assert!(out.contains("**En bref :**"), "{out}");
    assert!(out.contains("- [ ] **"), "{out}");
    assert!(out.contains("*modèle à adapter :* « "), "{out}");
    assert!(
        !out.contains("<script>") && !out.contains("](javascript"),
        "{out}"
    );
    let example = run(&[
        "check",
        "--format",
        "markdown",
        "--as-of",
        "2026-11-28",
        FILE,
    ]);
    let at = |s: &str| {
        example
            .find(s)
            .unwrap_or_else(|| panic!("{s} missing:\n{example}"))
    };
    assert!(at("### Erreurs (3)") < at("### Avertissements (5)"));
    assert!(at("### Avertissements (5)") < at("### Liste de contrôle"));
}
