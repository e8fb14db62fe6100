//! Output formats, snapshotted on one charter with planted defects (human, json, github), and SARIF checked for the
//! shape code-scanning tools need.

mod common;

const FILE: &str = "examples/commune-saint-ombelin-defauts.md";

fn charte(args: &[&str]) -> String {
    common::stdout(&common::charte(args))
}

#[test]
fn human_output() {
    insta::assert_snapshot!(charte(&[
        "check",
        "--color",
        "never",
        "--as-of",
        "2026-11-28",
        FILE
    ]));
}

#[test]
fn human_output_in_english() {
    insta::assert_snapshot!(charte(&[
        "--lang",
        "en",
        "check",
        "--color",
        "never",
        "--as-of",
        "2026-11-28",
        "--select",
        "CTR,STR,LANG",
        FILE
    ]));
}

#[test]
fn json_output() {
    insta::assert_snapshot!(charte(&[
        "check",
        "--format",
        "json",
        "--as-of",
        "2026-11-28",
        FILE
    ]));
}

#[test]
fn github_output() {
    insta::assert_snapshot!(charte(&[
        "check",
        "--format",
        "github",
        "--as-of",
        "2026-11-28",
        "--select",
        "CTR,RGPD02",
        FILE
    ]));
}

#[test]
fn sarif_has_rules_results_and_related_locations() {
    let v: serde_json::Value = serde_json::from_str(&charte(&[
        "check",
        "--format",
        "sarif",
        "--as-of",
        "2026-11-28",
        FILE,
    ]))
    .expect("sarif json");
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    assert!(rules
        .iter()
        .all(|r| r["id"].is_string() && r["helpUri"].is_string() && r["help"]["text"].is_string()));
    let results = run["results"].as_array().expect("results");
    let ctr = results
        .iter()
        .find(|r| r["ruleId"] == "CTR001")
        .expect("a CTR001 result");
    assert_eq!(ctr["level"], "error");
    assert_eq!(ctr["relatedLocations"].as_array().map(Vec::len), Some(1));
    let region = &ctr["locations"][0]["physicalLocation"]["region"];
    assert!(
        region["startLine"].as_u64().unwrap_or(0) > 1
            && region["startColumn"].as_u64().unwrap_or(0) >= 1
    );
}
