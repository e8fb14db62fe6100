//! charte's HTML pages in a real browser (headless Chromium driven by `tests/browser/check-pages.mjs`): the `check`
//! report of the example with defects, the comparison page and the offer matrix pass axe-core's WCAG 2.1 A and AA
//! rules (RGAA follows WCAG 2.1 AA); on the comparison page no turned column name overlaps the title or the
//! introduction or spills out of its cell, and printed to PDF every page of the matrix carries the header row.
//!
//! Needs `/usr/bin/chromium` (or `CHARTE_CHROMIUM`), `node`, `pdftotext` and the npm packages pinned in
//! `tests/browser/package-lock.json`: `scripts/install-test-tools.sh` installs them (`.ci/run` runs it). Without them
//! the test says loudly that it was skipped; under `CI=true` it fails instead, so CI cannot pass without running it.

mod common;
use common::{charte, stdout};

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long the browser may take for the three pages (about 6 s on 2 shared cores).
const TIMEOUT: Duration = Duration::from_secs(240);

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn runs(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The browser, or what is missing to run the test.
fn chromium() -> Result<PathBuf, Vec<String>> {
    let chromium = std::env::var_os("CHARTE_CHROMIUM")
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    let mut missing = Vec::new();
    if !chromium.is_file() {
        missing.push(format!("{} (Debian package chromium)", chromium.display()));
    }
    if !runs("node", "--version") {
        missing.push("node (Debian package nodejs)".to_owned());
    }
    if !runs("pdftotext", "-v") {
        missing.push("pdftotext (Debian package poppler-utils)".to_owned());
    }
    for package in ["axe-core", "playwright-core"] {
        let dir = root().join("tests/browser/node_modules").join(package);
        if !dir.join("package.json").is_file() {
            missing.push(format!(
                "the npm package {package} (npm ci in tests/browser)"
            ));
        }
    }
    if missing.is_empty() {
        Ok(chromium)
    } else {
        Err(missing)
    }
}

/// Writes the page `charte ARGS` prints to `out` (the exit code says whether there were findings, not whether it
/// ran).
fn page(args: &[&str], out: &Path) {
    let o = charte(args);
    let html = stdout(&o);
    assert!(
        matches!(o.status.code(), Some(0 | 1)) && html.starts_with("<!DOCTYPE html>"),
        "charte {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    std::fs::write(out, html).expect("write the page");
}

/// Runs the browser script, stopped after [`TIMEOUT`].
fn check_pages(chromium: &Path, pages: &[String]) -> serde_json::Value {
    let script = root().join("tests/browser/check-pages.mjs");
    let mut child = Command::new("node")
        .arg(&script)
        .arg(chromium)
        .args(pages)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node starts");
    let start = Instant::now();
    loop {
        if child.try_wait().expect("wait for node").is_some() {
            break;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the browser test ran over {TIMEOUT:?} and was stopped");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let out = child.wait_with_output().expect("node output");
    assert!(
        out.status.success(),
        "check-pages.mjs failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("check-pages.mjs writes JSON")
}

#[test]
fn html_pages_pass_axe_and_the_comparison_keeps_its_layout_in_chromium() {
    let chromium = match chromium() {
        Ok(c) => c,
        Err(missing) => {
            let message = format!(
                "browser test SKIPPED: missing {}; run scripts/install-test-tools.sh",
                missing.join(", ")
            );
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "{message} (CI=true: the browser test must run in CI)"
            );
            // Straight to the terminal: the test harness would hide an `eprintln!` of a passing test.
            let _ = writeln!(std::io::stderr(), "\n!!!!!!!! {message} !!!!!!!!\n");
            return;
        }
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let check = dir.path().join("check.html");
    let compare = dir.path().join("compare.html");
    let offer = dir.path().join("offer.html");
    page(
        &[
            "check",
            "--format",
            "html",
            "--as-of",
            "2026-11-28",
            "examples/commune-saint-ombelin-defauts.md",
        ],
        &check,
    );
    page(
        &[
            "compare",
            "--with-references",
            "--format",
            "html",
            "--as-of",
            "2026-11-28",
            "--exclude",
            "offres",
            "examples",
        ],
        &compare,
    );
    page(
        &[
            "offer",
            "examples/offres/offre-libre-auto-hebergee.md",
            "examples/offres/offre-plaquette-civia.md",
            "examples/offres/offre-revendeur-nimbus.md",
            "examples/offres/offre-saas-secnumcloud.md",
            "--charter",
            "examples/commune-brevannes-sur-lisarde.md",
            "--format",
            "html",
        ],
        &offer,
    );
    let path = |p: &Path| p.to_str().expect("utf-8 path").to_owned();
    let report = check_pages(
        &chromium,
        &[
            path(&check),
            format!("layout:{}", path(&compare)),
            path(&offer),
        ],
    );
    let pages = report["pages"].as_array().expect("pages");
    assert_eq!(pages.len(), 3);
    let mut problems = Vec::new();
    for p in pages {
        let name = p["page"].as_str().unwrap_or("?");
        for v in p["violations"].as_array().expect("violations") {
            problems.push(format!(
                "{name}: axe {} ({}): {}",
                v["id"], v["help"], v["nodes"]
            ));
        }
    }
    let layout = &pages[1];
    assert!(
        layout["columns"].as_u64().unwrap_or(0) > 25,
        "the comparison has the example charters and the embedded references as columns: {layout}"
    );
    for key in ["overlaps", "spills"] {
        for o in layout[key].as_array().expect(key) {
            problems.push(format!("comparison page, {key}: {o}"));
        }
    }
    let print = &layout["print"];
    assert!(
        !print["matrix_pages"]
            .as_array()
            .expect("matrix pages")
            .is_empty(),
        "the printed matrix was not found: {print}"
    );
    if !print["without_header"]
        .as_array()
        .expect("pages without header")
        .is_empty()
    {
        problems.push(format!(
            "printed pages of the matrix without its header row: {print}"
        ));
    }
    for url in report["outside_requests"].as_array().expect("requests") {
        problems.push(format!("request outside the page: {url}"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
