//! The command line as users and CI see it: exit codes, formats, languages, bad input.

mod common;
use common::{charte, stdout};

use std::path::Path;

#[test]
fn folder_with_broken_files_reports_str000_and_checks_the_valid_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = "---\ntitre: \"Charte IA\"\ncollectivite: {nom: \"Commune de Lanvallon\", type: commune}\nadoption: {date: 2025-03-12}\n---\n# Charte IA\n\n## Article 1 – Champ d'application\nLa présente charte s'applique à tous les agents.\n";
    std::fs::write(dir.path().join("a-valide.md"), good).expect("write");
    std::fs::write(
        dir.path().join("b-binaire.md"),
        [0u8, 159, 146, 150, 0, 1, 2],
    )
    .expect("write");
    std::fs::write(
        dir.path().join("c-yaml-casse.md"),
        "---\ntitre: [Charte\n---\n# Charte\n",
    )
    .expect("write");
    let out = charte(&[
        "check",
        "--format",
        "json",
        dir.path().to_str().expect("utf-8 path"),
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let files = v["files"].as_array().expect("files");
    assert_eq!(files.len(), 3);
    assert!(files[0]["error"].is_null());
    assert!(files[1]["error"]
        .as_str()
        .expect("error")
        .contains("binaire"));
    assert!(files[2]["error"].as_str().expect("error").contains("YAML"));
    let diags = v["diagnostics"].as_array().expect("diagnostics");
    let str000: Vec<&str> = diags
        .iter()
        .filter(|d| d["code"] == "STR000")
        .map(|d| d["path"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(str000.len(), 2);
    assert!(str000[0].ends_with("b-binaire.md") && str000[1].ends_with("c-yaml-casse.md"));
    // The valid file was checked: rules ran on it.
    assert!(diags
        .iter()
        .any(|d| d["path"].as_str().unwrap_or("").ends_with("a-valide.md")));
    // The YAML error points at the file's own line.
    let yaml = diags
        .iter()
        .find(|d| {
            d["code"] == "STR000"
                && d["path"]
                    .as_str()
                    .unwrap_or("")
                    .ends_with("c-yaml-casse.md")
        })
        .expect("yaml diag");
    assert!(yaml["line"].as_u64().expect("line") >= 2);
}

#[test]
fn missing_path_and_bad_flag_exit_2() {
    assert_eq!(charte(&["check", "nexiste/pas.md"]).status.code(), Some(2));
    assert_eq!(
        charte(&["check", "--pas-un-drapeau", "examples"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        charte(&["check", "--as-of", "hier", "examples"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn explain_prints_french_then_english_and_suggests_codes() {
    let fr = charte(&["explain", "STR003"]);
    assert_eq!(fr.status.code(), Some(0));
    let text = stdout(&fr);
    for h in [
        "## Ce que vérifie la règle",
        "## Pourquoi",
        "## Exemple non conforme",
        "## Exemple conforme",
        "## Base légale",
        "## Références",
    ] {
        assert!(text.contains(h), "missing {h}");
    }
    let en = stdout(&charte(&["--lang", "en", "explain", "STR003"]));
    assert!(
        en.contains("## What it checks") && en.contains("## Legal basis"),
        "{en}"
    );
    let unknown = charte(&["explain", "STR03"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("STR003"));
}

#[test]
fn rules_lists_every_code() {
    let out = stdout(&charte(&["rules"]));
    for code in [
        "STR000", "STR009", "RGPD001", "RGPD021", "SOUV007", "ENV004", "IA010", "LANG003",
    ] {
        assert!(out.contains(code), "{code} missing from `charte rules`");
    }
}

#[test]
fn exit_codes_follow_the_failing_level() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A charter with warnings only (no error-level finding) exits 0, and 1 with --deny warnings.
    let p = dir.path().join("c.md");
    std::fs::write(
        &p,
        "# Charte\n\n## Usages\nLes agents peuvent utiliser des outils d'IA.\n",
    )
    .expect("write");
    let path = p.to_str().expect("utf-8");
    let base = charte(&[
        "check",
        "--ignore",
        "RGPD001,IA004,CTR,RGPD020,STR006",
        path,
    ]);
    assert_eq!(base.status.code(), Some(0), "{}", stdout(&base));
    assert_eq!(
        charte(&["check", "--ignore", "RGPD001", "--deny", "warnings", path])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        charte(&["check", "--select", "RGPD001", path])
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn a_job_advert_titled_offre_is_checked_not_set_aside_as_a_vendor_offer() {
    // « Offre d'emploi » starts like « Offre technique » but announces a post, not a vendor's answer: `check`
    // reads it (one STR010 note, exit 0) instead of setting it aside with « aucune charte à vérifier ».
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("annonce.md");
    std::fs::write(
        &p,
        "# Offre d'emploi : chargé·e de mission IA (H/F)\n\n## Les missions\n\n\
         - piloter l'élaboration de la charte d'usage de l'IA ;\n- animer le réseau des référents.\n\n\
         ## Le profil\n\nConnaissance du RGPD et du règlement européen sur l'IA.\n",
    )
    .expect("write");
    let out = charte(&["check", "--format", "json", p.to_str().expect("utf-8")]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("\"STR010\""), "{text}");
}

#[test]
fn formats_sarif_and_github() {
    let sarif: serde_json::Value =
        serde_json::from_slice(&charte(&["check", "--format", "sarif", "examples"]).stdout)
            .expect("sarif json");
    assert_eq!(sarif["version"], "2.1.0");
    assert!(
        sarif["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .expect("rules")
            .len()
            > 40
    );
    let gh = stdout(&charte(&["check", "--format", "github", "examples"]));
    assert!(
        gh.lines().all(|l| l.starts_with("::error ")
            || l.starts_with("::warning ")
            || l.starts_with("::notice ")),
        "{gh}"
    );
}

#[test]
fn human_output_ends_with_french_summary_and_english_with_lang() {
    let fr = stdout(&charte(&["check", "examples"]));
    let last = fr.trim_end().lines().last().unwrap_or("");
    assert!(last.contains("dans") && last.contains("fichiers"), "{last}");
    let en = stdout(&charte(&["--lang", "en", "check", "examples"]));
    assert!(
        en.trim_end().lines().last().unwrap_or("").contains(" in "),
        "{en}"
    );
}

#[test]
fn schema_writes_both_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = charte(&["schema", "--out", dir.path().to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(0));
    assert!(Path::new(&dir.path().join("charter.schema.json")).is_file());
    assert!(Path::new(&dir.path().join("front-matter.schema.json")).is_file());
}

#[test]
fn references_folder_from_charte_toml_replaces_the_embedded_corpus() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("refs")).expect("mkdir");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(
        root.join("references/lyon-2025.md"),
        dir.path().join("refs/lyon-2025.md"),
    )
    .expect("copy");
    std::fs::write(dir.path().join("charte.toml"), "references = \"refs\"\n").expect("write");
    let charter = dir.path().join("c.md");
    std::fs::write(
        &charter,
        "# Charte\n\n## Usages\nLes agents peuvent utiliser des outils d'IA.\n",
    )
    .expect("write");
    let out = stdout(&charte(&[
        "check",
        "--format",
        "json",
        "--select",
        "ENV001",
        charter.to_str().expect("utf-8"),
    ]));
    assert!(
        out.contains("des 1 chartes de référence") || out.contains("1 des 1"),
        "{out}"
    );
}

/// `charte inspect` shows each norm's frame, restriction and purpose included, so a jurist sees why two clauses were
/// paired (issue 12).
#[test]
fn inspect_prints_the_frame_of_each_norm() {
    let out = stdout(&charte(&[
        "inspect",
        "tests/fixtures/rules/CTR001/fail_only_restriction.md",
    ]));
    let restriction = out
        .lines()
        .skip_while(|l| !l.contains("n'utilisent que Sernia"))
        .nth(2)
        .unwrap_or_default();
    assert!(restriction.contains("acteurs [actor.staff]"), "{out}");
    assert!(
        restriction.contains("réservée aux outils [tool.local]"),
        "{out}"
    );
    let permission = out
        .lines()
        .skip_while(|l| !l.contains("peut utiliser Gemini"))
        .nth(1)
        .unwrap_or_default();
    assert!(permission.contains("outils [tool.gemini]"), "{out}");
    assert!(permission.contains("finalité [corriger]"), "{out}");
}

/// Every command's `--format` takes its own formats, out of the one list of formats: each is accepted, the terminal
/// format under both its names (`human`, `table`), and any other is refused with status 2 and the command's list.
#[test]
fn each_command_accepts_its_own_formats_and_lists_them_when_refusing_one() {
    let charter = "examples/commune-saint-ombelin-defauts.md";
    let offer = "examples/offres/offre-plaquette-civia.md";
    let commands: [(&[&str], &str); 5] = [
        (
            &["check", charter],
            "human, json, sarif, github, short, html, markdown, docx",
        ),
        (
            &["offer", offer],
            "human, json, sarif, github, markdown, csv, csv-fr, html, docx",
        ),
        (&["diff", charter], "human, markdown, json, html"),
        (
            &["compare", charter],
            "table, markdown, csv, csv-fr, json, html",
        ),
        (&["refs"], "table, json"),
    ];
    for (command, formats) in commands {
        let run = |format: &str| {
            let mut args = vec![command[0], "--format", format];
            args.extend(&command[1..]);
            charte(&args)
        };
        // docx writes a file only (`--out`): tests/docx_report.rs.
        let text_formats = formats.split(", ").filter(|f| *f != "docx");
        for format in text_formats.chain(["human", "table"]) {
            let out = run(format);
            assert!(
                matches!(out.status.code(), Some(0 | 1)),
                "{command:?} --format {format}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(!out.stdout.is_empty(), "{command:?} --format {format}");
        }
        let refused = [
            "json", "sarif", "github", "short", "html", "markdown", "csv", "csv-fr",
        ]
        .into_iter()
        .find(|f| !formats.split(", ").any(|g| g == *f))
        .expect("a format the command does not write");
        let out = run(refused);
        assert_eq!(out.status.code(), Some(2), "{command:?} --format {refused}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(&format!("valeur « {refused} » invalide")),
            "{err}"
        );
        assert!(
            err.contains(&format!("valeurs possibles : {formats}\n")),
            "{err}"
        );
    }
}
