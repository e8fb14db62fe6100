//! `charte offer` as procurement teams use it: exit codes, JSON with labels in the charter file, the summary table,
//! and `charte check` never running the ACH rules.

mod common;
use common::{charte, codes, stdout};

const CHARTER: &str = "examples/commune-brevannes-sur-lisarde.md";

fn json(args: &[&str]) -> (Option<i32>, serde_json::Value) {
    let out = charte(args);
    let v = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "bad json ({e}): {}\n{}",
            stdout(&out),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code(), v)
}

/// 1-based line of the first line of `text` containing `needle`.
fn line_of(path: &str, needle: &str) -> usize {
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .expect("read");
    text.lines()
        .position(|l| l.contains(needle))
        .map_or_else(|| panic!("{needle} not in {path}"), |i| i + 1)
}

#[test]
fn marketing_offer_gets_checklist_warnings_and_charter_errors_in_the_charter_file() {
    let offer = "examples/offres/offre-plaquette-civia.md";
    let (code, v) = json(&["offer", offer, "--charter", CHARTER, "--format", "json"]);
    assert_eq!(code, Some(1));
    let c = codes(&v);
    for want in [
        "ACH001", "ACH002", "ACH003", "ACH004", "ACH005", "ACH006", "ACH008",
    ] {
        assert!(c.iter().any(|x| x == want), "{want} missing from {c:?}");
    }
    for d in v["diagnostics"].as_array().expect("diagnostics") {
        if ["ACH001", "ACH002", "ACH003"].contains(&d["code"].as_str().unwrap_or("")) {
            assert_eq!(d["severity"], "warning", "{d}");
        }
    }
    // Each ACH008 points into the offer and labels the charter clause, at the charter's own line numbers.
    let hosting_line = line_of(CHARTER, "Les données sont hébergées en France");
    let ach008: Vec<&serde_json::Value> = v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["code"] == "ACH008")
        .collect();
    assert!(ach008.len() >= 4, "{ach008:?}");
    for d in &ach008 {
        assert_eq!(d["path"], offer);
        let label = &d["labels"][0];
        assert_eq!(label["path"], CHARTER, "{d}");
    }
    assert!(
        ach008
            .iter()
            .any(|d| d["labels"][0]["line"] == hosting_line),
        "no ACH008 labels the hosting clause at line {hosting_line}"
    );
    // The summary table is in the JSON too.
    let rows = v["requirements"].as_array().expect("requirements");
    assert!(rows
        .iter()
        .any(|r| r["code"] == "ACH001" && r["status"] == "unmet"));
    assert!(rows
        .iter()
        .any(|r| r["code"].is_null() && r["charter"]["line"] == hosting_line));
    // Both files were read.
    assert_eq!(v["files"].as_array().expect("files").len(), 2);
}

#[test]
fn the_word_souverain_does_not_pass_for_sovereignty() {
    let dir = tempfile::tempdir().expect("tempdir");
    let offer = dir.path().join("offre.md");
    std::fs::write(
        &offer,
        "# Offre\n\n## Souveraineté\n\nNotre solution souveraine repose sur un cloud de confiance, SecNumCloud-ready.\n",
    )
    .expect("write");
    let (code, v) = json(&["offer", offer.to_str().expect("utf-8"), "--format", "json"]);
    assert_eq!(code, Some(0), "warnings only, no error: {v}");
    let c = codes(&v);
    for want in ["ACH001", "ACH002", "ACH003"] {
        assert!(c.iter().any(|x| x == want), "{want} missing from {c:?}");
    }
}

#[test]
fn exit_codes_follow_check() {
    // A complete offer against a charter it meets: warnings at most, exit 0; `--deny warnings` fails on them.
    let dir = tempfile::tempdir().expect("tempdir");
    let charter = dir.path().join("charte.md");
    std::fs::write(
        &charter,
        "# Charte IA\n\n## Fournisseurs\n\nLe prestataire héberge les données dans l'Union européenne.\n\nLe prestataire s'engage à ne jamais utiliser les données de la commune pour entraîner ses modèles.\n",
    )
    .expect("write");
    let offer = dir.path().join("offre.md");
    std::fs::write(
        &offer,
        "# Offre\n\n## Hébergement\n\nLes données sont hébergées et traitées à Strasbourg par Nuage Rhénan SAS, société de droit français.\n\n## Données\n\nNous nous engageons à ne jamais utiliser vos requêtes pour entraîner nos modèles.\n",
    )
    .expect("write");
    let (o, c) = (
        offer.to_str().expect("utf-8"),
        charter.to_str().expect("utf-8"),
    );
    let (code, v) = json(&["offer", o, "--charter", c, "--format", "json"]);
    assert_eq!(code, Some(0), "{v}");
    assert!(!codes(&v).iter().any(|x| x == "ACH008"), "{v}");
    let out = charte(&["offer", o, "--charter", c, "--deny", "warnings"]);
    assert_eq!(out.status.code(), Some(1));
    // Missing files are usage errors.
    assert_eq!(charte(&["offer", "nulle-part.md"]).status.code(), Some(2));
    assert_eq!(
        charte(&["offer", o, "--charter", "nulle-part.md"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn an_unreadable_charter_is_str000_and_the_offer_still_runs() {
    let dir = tempfile::tempdir().expect("tempdir");
    let charter = dir.path().join("charte.md");
    std::fs::write(&charter, [0u8, 1, 2, 3]).expect("write");
    let (code, v) = json(&[
        "offer",
        "examples/offres/offre-saas-secnumcloud.md",
        "--charter",
        charter.to_str().expect("utf-8"),
        "--format",
        "json",
    ]);
    assert_eq!(code, Some(1));
    let c = codes(&v);
    assert!(c.iter().any(|x| x == "STR000"), "{c:?}");
    assert!(!c.iter().any(|x| x == "ACH008"), "{c:?}");
}

#[test]
fn human_and_markdown_outputs_end_with_the_summary_table() {
    let args = [
        "offer",
        "examples/offres/offre-revendeur-nimbus.md",
        "--charter",
        CHARTER,
    ];
    let human = stdout(&charte(&args));
    let table = human.find("Synthèse par exigence").expect("table");
    assert!(human[table..].contains("non satisfait"));
    assert!(human[table..].contains("charte l. 42"), "{human}");
    assert!(human.trim_end().ends_with("dans 2 fichiers"), "{human}");
    let mut md_args = args.to_vec();
    md_args.extend(["--format", "markdown"]);
    let md = stdout(&charte(&md_args));
    assert!(
        md.contains("| Exigence | Statut | Où | Preuve citée | Constat |"),
        "{md}"
    );
    // The evidence is quoted whole with its section, in the table and under each row of the terminal table.
    assert!(
        md.contains(
            "offre, § 5 Sécurité : « L'infrastructure de Nimbus est certifiée ISO/IEC 27001. »"
        ),
        "{md}"
    );
    assert!(
        human.contains("      offre, § 5 Sécurité : « L'infrastructure de Nimbus est certifiée ISO/IEC 27001. »"),
        "{human}"
    );
    assert!(md.contains("**ACH001**"));
    let en = stdout(&charte(&[&args[..], &["--lang", "en"]].concat()));
    assert!(en.contains("Summary per requirement"), "{en}");
}

#[test]
fn sarif_related_locations_use_the_charter_lines() {
    let out = charte(&[
        "offer",
        "examples/offres/offre-plaquette-civia.md",
        "--charter",
        CHARTER,
        "--format",
        "sarif",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("sarif");
    let hosting_line = line_of(CHARTER, "Les données sont hébergées en France");
    let results = v["runs"][0]["results"].as_array().expect("results");
    assert!(results.iter().any(|r| {
        r["ruleId"] == "ACH008"
            && r["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == CHARTER
            && r["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == hosting_line
    }));
}

#[test]
fn check_never_runs_ach_rules_and_rules_lists_them() {
    // `check` leaves offers to `offer` (tests/no_silent_failure.rs) and runs no ACH rule on a charter, even one that
    // binds vendors.
    let (_, v) = json(&["check", "--format", "json", CHARTER]);
    assert_eq!(v["files"].as_array().map(Vec::len), Some(1), "{v}");
    assert!(!codes(&v).iter().any(|c| c.starts_with("ACH")), "{v}");
    let rules = stdout(&charte(&["rules"]));
    for n in 1..=10 {
        assert!(
            rules.contains(&format!("ACH{n:03}")),
            "ACH{n:03} not listed"
        );
    }
    let explain = charte(&["explain", "ACH008"]);
    assert_eq!(explain.status.code(), Some(0));
    assert!(stdout(&explain).contains("charter-requirement-unmet"));
}

#[test]
fn every_example_offer_runs_against_the_example_charter() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/offres");
    let mut n = 0;
    for e in std::fs::read_dir(dir).expect("examples/offres") {
        let p = e.expect("entry").path();
        let name = p
            .file_name()
            .and_then(|x| x.to_str())
            .unwrap_or("")
            .to_owned();
        let md = std::path::Path::new(&name)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("md"));
        if !md || name.eq_ignore_ascii_case("README.md") {
            continue;
        }
        n += 1;
        let rel = format!("examples/offres/{name}");
        let (code, v) = json(&["offer", &rel, "--charter", CHARTER, "--format", "json"]);
        assert!(matches!(code, Some(0 | 1)), "{rel}: {code:?}");
        assert!(
            v["requirements"].as_array().is_some_and(|r| !r.is_empty()),
            "{rel}"
        );
    }
    assert!(n >= 4, "at least four example offers");
}

/// Issue 13, failure classes 1 to 3 on one DPA-shaped offer: a self-ban and a negated commitment are no training, the
/// art. 28 clause on documented instructions (« y compris … vers un pays tiers ») is no transfer, and the
/// sub-processor table is read by column: a US group's Irish subsidiary processing in Paris hosts in the Union
/// (ACH001 met) but exposes the data to extraterritorial law (ACH002, on the table row that says so).
#[test]
fn self_bans_art28_boilerplate_and_subprocessor_columns_are_read_right() {
    let offer = "tests/fixtures/offers/offre-dpa-tableau-auto-interdiction.md";
    let (_, v) = json(&["offer", offer, "--format", "json"]);
    let c = codes(&v);
    for quiet in ["ACH001", "ACH003", "ACH004"] {
        assert!(!c.iter().any(|x| x == quiet), "{quiet} in {c:?}");
    }
    let row = line_of(offer, "| Microsoft Ireland Operations Ltd");
    let ach002 = v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["code"] == "ACH002")
        .unwrap_or_else(|| panic!("ACH002 missing from {c:?}"));
    assert_eq!(ach002["line"], row, "{ach002}");
    let status = |code: &str| {
        v["requirements"]
            .as_array()
            .expect("requirements")
            .iter()
            .find(|r| r["code"] == code)
            .map(|r| r["status"].as_str().unwrap_or("").to_owned())
    };
    assert_eq!(status("ACH001").as_deref(), Some("met"));
    assert_eq!(status("ACH003").as_deref(), Some("met"));
    assert_eq!(status("ACH002").as_deref(), Some("unmet"));
}

/// Every met or unmet row of the JSON quotes its evidence whole (the sentence or the table cell, with its section),
/// and a charter requirement is named by its article and heading, with its full text (never cut).
#[test]
fn json_rows_quote_their_evidence_and_name_the_article_in_full() {
    let offer = "examples/offres/offre-revendeur-nimbus.md";
    let (_, v) = json(&["offer", offer, "--charter", CHARTER, "--format", "json"]);
    let rows = v["requirements"].as_array().expect("requirements");
    assert!(rows.len() >= 12, "{rows:?}");
    let offer_text =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(offer))
            .expect("offer");
    for r in rows {
        let e = &r["evidence"];
        let text = e["text"]
            .as_str()
            .unwrap_or_else(|| panic!("no evidence: {r}"));
        assert!(!text.ends_with('…'), "{r}");
        // The quote is the offer's own words, at the line given.
        assert!(quoted_at_its_line(&offer_text, e), "{r}");
    }
    let hosting = rows
        .iter()
        .find(|r| {
            r["code"].is_null()
                && r["requirement_text"]
                    .as_str()
                    .is_some_and(|t| t.starts_with("Les données sont hébergées en France"))
        })
        .expect("hosting requirement");
    let full = hosting["requirement_text"].as_str().expect("text");
    assert!(full.chars().count() > 90 && !full.contains('…'), "{full}");
    assert!(
        hosting["article"]
            .as_str()
            .is_some_and(|a| a.contains("Article")),
        "{hosting}"
    );
}

const OFFERS: [&str; 3] = [
    "examples/offres/offre-libre-auto-hebergee.md",
    "examples/offres/offre-plaquette-civia.md",
    "examples/offres/offre-saas-secnumcloud.md",
];

/// Several offers give a requirements × offers matrix: one column per offer in the order given, the charter's
/// requirements named by article, every offer's findings in the JSON diagnostics.
#[test]
fn several_offers_give_a_matrix_in_every_format() {
    let args = |format: &'static str| {
        let mut v = OFFERS.to_vec();
        v.splice(0..0, ["offer"]);
        v.extend(["--charter", CHARTER, "--format", format]);
        v
    };
    let (code, v) = json(&args("json"));
    assert_eq!(code, Some(1));
    let m = &v["matrix"];
    assert_eq!(m["offers"], serde_json::json!(OFFERS));
    let rows = m["rows"].as_array().expect("rows");
    let hosting = rows.iter().find(|r| r["code"] == "ACH001").expect("ACH001");
    let statuses: Vec<&str> = hosting["offers"]
        .as_array()
        .expect("offers")
        .iter()
        .map(|c| c["status"].as_str().expect("status"))
        .collect();
    // Self-hosted at the buyer's, marketing only, SecNumCloud hosting in France.
    assert_eq!(statuses, ["met", "unmet", "met"]);
    assert!(rows.iter().any(|r| r["code"].is_null()
        && r["article"]
            .as_str()
            .is_some_and(|a| a.starts_with("Article 4"))));
    let paths: std::collections::BTreeSet<&str> = v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter_map(|d| d["path"].as_str())
        .collect();
    assert!(
        paths.contains(OFFERS[1]) && paths.contains(OFFERS[2]),
        "{paths:?}"
    );
    let human = stdout(&charte(&args("human")));
    assert!(human.contains("Comparaison des offres"), "{human}");
    assert!(human.contains("offre-plaquette-civia.md"), "{human}");
    let md = stdout(&charte(&args("markdown")));
    assert!(md.contains("| Exigence | `offre-libre-auto-hebergee.md` | `offre-plaquette-civia.md` | `offre-saas-secnumcloud.md` |"), "{md}");
    assert!(md.contains("## Détail"), "{md}");
    let sarif: serde_json::Value =
        serde_json::from_slice(&charte(&args("sarif")).stdout).expect("sarif");
    let uris: std::collections::BTreeSet<String> = sarif["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].to_string())
        .collect();
    assert!(uris.len() >= 2, "{uris:?}");
}

/// The CSV for a French spreadsheet: a UTF-8 BOM, `;` between fields, CRLF line ends and the share met with a
/// decimal comma, so LibreOffice Calc in French reads numbers as numbers; the plain CSV has none of these.
#[test]
fn the_french_csv_has_a_bom_semicolons_and_decimal_commas() {
    let mut args = vec!["offer"];
    args.extend(OFFERS);
    args.extend(["--charter", CHARTER, "--format", "csv-fr"]);
    let bytes = charte(&args).stdout;
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "no BOM");
    let text = std::str::from_utf8(&bytes[3..]).expect("utf-8");
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(
        lines[0].starts_with("code;exigence;article;offre-libre-auto-hebergee.md;"),
        "{}",
        lines[0]
    );
    let share = lines.last().expect("share line");
    let fields: Vec<&str> = share.split(';').collect();
    assert_eq!(fields[1], "part satisfaite", "{share}");
    for f in &fields[3..] {
        let (units, hundredths) = f
            .split_once(',')
            .unwrap_or_else(|| panic!("no decimal comma in {share}"));
        assert!(units.len() == 1 && hundredths.len() == 2, "{share}");
    }
    // The offer with every point met scores higher than the marketing brochure.
    assert!(fields[3] > fields[4], "{share}");
    args.pop();
    args.push("csv");
    let plain = stdout(&charte(&args));
    assert!(plain.starts_with("code,exigence,article,"), "{plain}");
    assert!(
        plain
            .trim_end()
            .lines()
            .last()
            .expect("share")
            .contains("0."),
        "{plain}"
    );
}

/// `--format html --out FILE` writes one self-contained page: no script, no outside resource, the matrix and the
/// quoted evidence, and the file is refused when it exists without `--force`.
#[test]
fn html_matrix_is_one_self_contained_page_written_with_out() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("rapport.html");
    let out_s = out.to_str().expect("utf-8");
    let mut args = vec!["offer"];
    args.extend(OFFERS);
    args.extend(["--charter", CHARTER, "--format", "html", "--out", out_s]);
    let run = charte(&args);
    assert_eq!(run.status.code(), Some(1));
    assert!(run.stdout.is_empty());
    let page = std::fs::read_to_string(&out).expect("page written");
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
    for bad in ["<script", "src=", "href=", "http://", "https://", "@import"] {
        assert!(!page.contains(bad), "{bad} in the page");
    }
    assert!(
        page.contains("<td class=\"unmet\">non satisfait</td>"),
        "{page}"
    );
    assert!(page.contains("<blockquote>"), "{page}");
    for o in OFFERS {
        assert!(page.contains(o.rsplit('/').next().expect("name")), "{o}");
    }
    // An existing report is kept without --force.
    let again = charte(&args);
    assert_eq!(again.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&out).expect("page"), page);
}

/// `charte offer examples/offres/*.md` as a shell expands it (every `.md` of the folder, in name order): the folder
/// holds offers only (its description is in `examples/README.md`), so every column of the matrix is a vendor's offer.
#[test]
fn the_example_offers_glob_takes_offers_only() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/offres");
    let mut glob: Vec<String> = std::fs::read_dir(&dir)
        .expect("examples/offres")
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        // As the shell's `*.md`: case-sensitive, hidden files left out.
        .filter(|n| {
            std::path::Path::new(n)
                .extension()
                .is_some_and(|e| e == "md")
                && !n.starts_with('.')
        })
        .map(|n| format!("examples/offres/{n}"))
        .collect();
    glob.sort();
    assert_eq!(glob.len(), 4, "{glob:?}");
    let out_dir = tempfile::tempdir().expect("tempdir");
    let out = out_dir.path().join("report.html");
    let mut args: Vec<&str> = vec!["offer"];
    args.extend(glob.iter().map(String::as_str));
    args.extend(["--charter", CHARTER, "--format", "html", "--out"]);
    args.push(out.to_str().expect("utf-8"));
    let run = charte(&args);
    assert_eq!(
        run.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let page = std::fs::read_to_string(&out).expect("page written");
    assert!(!page.contains("README"), "a README read as an offer");
    // Every offer is read as an offer: no STR010 « not a charter » note, no offer left out.
    let (_, v) = json(&[&args[..args.len() - 4], &["--format", "json"]].concat());
    let offers = v["matrix"]["offers"].as_array().expect("offers");
    assert_eq!(offers.len(), 4, "{offers:?}");
}

/// A folder is one offer made of its files (mémoire, then annex), read in name order: the same verdicts as the
/// same text in one file, and every position (findings, evidence) in the file that holds it. The folder's README
/// is not part of the offer.
#[test]
fn a_folder_is_one_offer_and_positions_stay_in_each_file() {
    let whole_path = "examples/offres/offre-saas-secnumcloud.md";
    let whole =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(whole_path))
            .expect("offer");
    let cut = whole.find("## Article 3").expect("article 3");
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("redactia");
    std::fs::create_dir(&folder).expect("mkdir");
    std::fs::write(folder.join("1-memoire.md"), &whole[..cut]).expect("write");
    std::fs::write(folder.join("2-annexe-donnees.md"), &whole[cut..]).expect("write");
    std::fs::write(
        folder.join("README.md"),
        "# Pièces de l'offre\n\nLes données sont hébergées aux États-Unis.\n",
    )
    .expect("write");
    let folder_s = folder.to_str().expect("utf-8");
    let (code_one, one) = json(&[
        "offer",
        whole_path,
        "--charter",
        CHARTER,
        "--format",
        "json",
    ]);
    let (code_folder, v) = json(&["offer", folder_s, "--charter", CHARTER, "--format", "json"]);
    assert_eq!(code_one, code_folder);
    let statuses = |v: &serde_json::Value| -> Vec<(String, String)> {
        v["requirements"]
            .as_array()
            .expect("rows")
            .iter()
            .map(|r| (r["requirement"].to_string(), r["status"].to_string()))
            .collect()
    };
    assert_eq!(statuses(&one), statuses(&v));
    // One report per file of the offer (README left out), then the charter.
    let files: Vec<&str> = v["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| f["path"].as_str().expect("path"))
        .collect();
    assert_eq!(files.len(), 3, "{files:?}");
    assert!(
        files[0].ends_with("1-memoire.md") && files[1].ends_with("2-annexe-donnees.md"),
        "{files:?}"
    );
    // The retention finding (ACH008, « six mois ») is in the annex, at its line there.
    let ach008 = v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|f| f["code"] == "ACH008")
        .unwrap_or_else(|| panic!("ACH008: {v}"));
    assert!(
        ach008["path"]
            .as_str()
            .is_some_and(|p| p.ends_with("2-annexe-donnees.md")),
        "{ach008}"
    );
    let annex_text = &whole[cut..];
    let six = annex_text
        .lines()
        .position(|l| l.contains("six mois"))
        .expect("six mois")
        + 1;
    assert_eq!(ach008["line"].as_u64(), Some(six as u64), "{ach008}");
    // Its label in the charter keeps the charter's line.
    let label = ach008["labels"]
        .as_array()
        .and_then(|l| l.iter().find(|l| l["path"] == CHARTER))
        .unwrap_or_else(|| panic!("charter label: {ach008}"));
    assert!(label["line"].as_u64().is_some_and(|l| l > 1), "{label}");
    // Evidence rows name the file that holds the passage, with its line in that file.
    for r in v["requirements"].as_array().expect("rows") {
        let e = &r["evidence"];
        if e["text"].is_null() {
            continue;
        }
        let path = e["path"].as_str().expect("path");
        let own = if path.ends_with("1-memoire.md") {
            &whole[..cut]
        } else {
            assert!(path.ends_with("2-annexe-donnees.md"), "{r}");
            annex_text
        };
        assert!(quoted_at_its_line(own, e), "{r}");
    }
}

/// True when the first words of a row's quoted evidence (JSON `evidence`) stand on the line it gives in `text`.
fn quoted_at_its_line(text: &str, evidence: &serde_json::Value) -> bool {
    let quote = evidence["text"].as_str().expect("text");
    let line = usize::try_from(evidence["line"].as_u64().expect("line")).expect("line");
    let first: String = quote
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    text.lines()
        .nth(line - 1)
        .is_some_and(|l| l.contains(&first))
}

/// A buyer's charter whose YAML header is malformed (a `type:` that names no kind of body, not even as drafters write
/// it: `metropole` now reads as an EPCI) gets its STR000, and its requirements are
/// still read: the offer is judged against the charter, not against itself.
#[test]
fn a_charter_with_a_malformed_header_still_gives_its_requirements() {
    let dir = tempfile::tempdir().expect("tempdir");
    let charter = dir.path().join("charte.md");
    std::fs::write(
        &charter,
        "---\ncharte: 1\ntitre: \"Cadre d'usage de l'IA\"\ncollectivite:\n  nom: \"Métropole d'Exemple\"\n  type: planete\n---\n\n# Cadre d'usage de l'IA\n\n## Engagement n° 8 : les fournisseurs\n\n- **F3.** Les conversations sont supprimées au plus tard 7 jours après leur création.\n",
    )
    .expect("write");
    let offer = dir.path().join("offre.md");
    std::fs::write(
        &offer,
        "# Offre technique\n\n## Données\n\nLes conversations sont conservées 90 jours puis supprimées.\n",
    )
    .expect("write");
    let (c, o) = (
        charter.to_str().expect("utf-8"),
        offer.to_str().expect("utf-8"),
    );
    let (_, v) = json(&["offer", o, "--charter", c, "--format", "json"]);
    let diags = v["diagnostics"].as_array().expect("diagnostics");
    assert!(
        diags
            .iter()
            .any(|d| d["code"] == "STR000" && d["path"] == c),
        "{diags:?}"
    );
    let ach008 = diags
        .iter()
        .find(|d| d["code"] == "ACH008")
        .unwrap_or_else(|| panic!("ACH008: {diags:?}"));
    let in_charter = ach008["labels"]
        .as_array()
        .expect("labels")
        .iter()
        .any(|l| l["path"] == c && l["line"] == 13);
    assert!(in_charter, "{ach008}");
}
