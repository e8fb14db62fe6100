//! Never lose a file, never inject into a terminal or a spreadsheet, say the real reason per file (issue 10):
//! one test per defect, each through the binary as a user runs it.

mod common;
use common::{charte, stdout};

use std::path::Path;
use std::process::{Command, Stdio};

const CHARTER: &str = "---\ntitre: \"Charte IA\"\ncollectivite: {nom: \"Commune de Lanvallon\", type: commune}\nadoption: {date: 2025-03-12}\n---\n# Charte IA\n\n## Article 1 – Champ d'application\nLa présente charte s'applique à tous les agents.\n\n## Article 2 – Données\nIl est interdit de saisir des données personnelles dans un outil d'IA grand public.\n";

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// `charte ARGS` run from the crate folder, in French.
fn binary<I: IntoIterator<Item = S>, S: AsRef<std::ffi::OsStr>>(args: I) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_charte"));
    c.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LANG");
    c
}

/// Copies a file of the repository into `dir` under `name`.
fn copy_in(dir: &Path, from: &str, name: &str) -> std::path::PathBuf {
    let to = dir.join(name);
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(from), &to).expect("copy");
    to
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

// ---- 1. One write helper -------------------------------------------------------------------------------------

#[test]
fn diff_never_writes_over_the_charter_it_reads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let c = dir.path().join("c.md");
    std::fs::write(&c, CHARTER).expect("write");
    for force in [false, true] {
        let mut args = vec!["diff", s(&c), "--out", s(&c)];
        if force {
            args.push("--force");
        }
        let out = charte(&args);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("lu par cette commande"),
            "{}",
            stderr(&out)
        );
        assert_eq!(std::fs::read_to_string(&c).expect("read"), CHARTER);
    }
    // Through another spelling of the same path, and through a link.
    let other = format!("{}/./c.md", dir.path().display());
    assert_eq!(
        charte(&["diff", s(&c), "--out", &other]).status.code(),
        Some(2)
    );
    #[cfg(unix)]
    {
        let link = dir.path().join("lien.md");
        std::os::unix::fs::symlink(&c, &link).expect("symlink");
        let out = charte(&["diff", s(&c), "--out", s(&link), "--force"]);
        assert_eq!(out.status.code(), Some(2));
    }
    assert_eq!(std::fs::read_to_string(&c).expect("read"), CHARTER);
}

#[test]
fn compare_refuses_an_input_and_an_existing_file_unless_forced() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = dir.path().join("a.md");
    let b = dir.path().join("b.md");
    std::fs::write(&a, CHARTER).expect("write");
    std::fs::write(&b, CHARTER.replace("Lanvallon", "Brévannes")).expect("write");
    // An input given directly, and one found inside a folder.
    let out = charte(&["compare", s(&a), s(&b), "--out", s(&b), "--force"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let out = charte(&["compare", s(dir.path()), "--out", s(&a), "--force"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&a).expect("read"), CHARTER);

    let report = dir.path().join("matrice.csv");
    std::fs::write(&report, "ancien").expect("write");
    let out = charte(&[
        "compare",
        s(&a),
        s(&b),
        "--format",
        "csv",
        "--out",
        s(&report),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--force"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&report).expect("read"), "ancien");
    let out = charte(&[
        "compare",
        s(&a),
        s(&b),
        "--format",
        "csv",
        "--out",
        s(&report),
        "--force",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::fs::read_to_string(&report)
        .expect("read")
        .starts_with("sujet,"));
}

#[test]
fn offer_writes_its_report_with_out_and_the_same_refusals() {
    let dir = tempfile::tempdir().expect("tempdir");
    let offer = copy_in(
        dir.path(),
        "examples/offres/offre-saas-secnumcloud.md",
        "offre.md",
    );
    let charter = dir.path().join("charte.md");
    std::fs::write(&charter, CHARTER).expect("write");
    let report = dir.path().join("rapport.md");
    let args = |out: &Path, force: bool| {
        let mut v = vec![
            "offer".to_owned(),
            s(&offer).to_owned(),
            "--charter".to_owned(),
            s(&charter).to_owned(),
            "--format".to_owned(),
            "markdown".to_owned(),
            "--out".to_owned(),
            s(out).to_owned(),
        ];
        if force {
            v.push("--force".to_owned());
        }
        v
    };
    let run = |v: Vec<String>| charte(&v.iter().map(String::as_str).collect::<Vec<_>>());
    let out = run(args(&report, false));
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&report).expect("report written");
    assert!(written.starts_with('#'), "{written}");
    assert_eq!(run(args(&report, false)).status.code(), Some(2));
    assert!(matches!(
        run(args(&report, true)).status.code(),
        Some(0 | 1)
    ));
    for input in [&offer, &charter] {
        assert_eq!(run(args(input, true)).status.code(), Some(2));
    }
    assert_eq!(std::fs::read_to_string(&charter).expect("read"), CHARTER);
}

#[test]
fn schema_keeps_existing_files_unless_forced() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert_eq!(
        charte(&["schema", "--out", s(dir.path())]).status.code(),
        Some(0)
    );
    let file = dir.path().join("charter.schema.json");
    std::fs::write(&file, "{}").expect("write");
    let out = charte(&["schema", "--out", s(dir.path())]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--force"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&file).expect("read"), "{}");
    assert_eq!(
        charte(&["schema", "--out", s(dir.path()), "--force"])
            .status
            .code(),
        Some(0)
    );
    assert!(std::fs::read_to_string(&file)
        .expect("read")
        .contains("\"$schema\""));
}

#[test]
fn init_never_writes_over_one_of_its_reference_charters() {
    let dir = tempfile::tempdir().expect("tempdir");
    let refs = dir.path().join("refs");
    std::fs::create_dir(&refs).expect("mkdir");
    let own = copy_in(&refs, "references/lyon-2025.md", "lyon-2025.md");
    let before = std::fs::read(&own).expect("read");
    let out = charte(&[
        "init",
        "--references",
        s(&refs),
        "--out",
        s(&own),
        "--force",
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(std::fs::read(&own).expect("read"), before);
}

/// Runs `n` copies of `charte args` at once; returns their exit codes.
fn in_parallel(n: usize, args: &[&str]) -> Vec<Option<i32>> {
    let children: Vec<_> = (0..n)
        .map(|_| {
            binary(args)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("spawn")
        })
        .collect();
    children
        .into_iter()
        .map(|mut c| c.wait().expect("wait").code())
        .collect()
}

#[test]
fn parallel_writers_leave_one_complete_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("same.md");
    let expected = stdout(&charte(&["init"]));
    assert!(expected.len() > 1000);

    let codes = in_parallel(8, &["init", "--out", s(&target)]);
    assert_eq!(
        codes.iter().filter(|c| **c == Some(0)).count(),
        1,
        "exactly one writer creates the file: {codes:?}"
    );
    assert_eq!(codes.iter().filter(|c| **c == Some(2)).count(), 7);
    assert_eq!(std::fs::read_to_string(&target).expect("read"), expected);

    let codes = in_parallel(8, &["init", "--out", s(&target), "--force"]);
    assert!(codes.iter().all(|c| *c == Some(0)), "{codes:?}");
    assert_eq!(std::fs::read_to_string(&target).expect("read"), expected);
    // Only the file itself: no temporary file left behind.
    assert_eq!(std::fs::read_dir(dir.path()).expect("ls").count(), 1);
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_on_standard_output_is_exit_2_with_a_message() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let out = binary(["check", "examples"])
        .stdout(full)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("sortie standard"), "{}", stderr(&out));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    // The offers of examples/offres are left out (each with a note on stderr): only charters here.
    let mut child = binary(["check", "--exclude", "offres", "examples"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    // The reader goes away before charte writes anything.
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("wait");
    assert!(matches!(out.status.code(), Some(0 | 1)), "{:?}", out.status);
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}

// ---- 2. Nothing injected -------------------------------------------------------------------------------------

/// What a hostile charter uses to take over a terminal: clear screen, window title, an OSC 8 link, a one-character
/// CSI (U+009B), a right-to-left override.
const HOSTILE: [&str; 5] = [
    "\u{1b}[2J",
    "\u{1b}]0;titre\u{7}",
    "\u{1b}]8;;https://exemple.invalid\u{1b}\\",
    "\u{9b}2J",
    "\u{202e}",
];

/// True when none of the hostile sequences reaches the output raw, and they are shown instead.
fn harmless(out: &str) {
    for h in HOSTILE {
        assert!(!out.contains(h), "raw {h:?} in:\n{out}");
    }
    assert!(
        !out.contains('\u{9b}') && !out.contains('\u{202e}'),
        "{out}"
    );
    assert!(out.contains("\\u{1b}[2J"), "shown visibly:\n{out}");
}

/// A charter whose front matter is broken on a line full of escape sequences (so STR000 shows that line), whose
/// authority name and clauses carry them too, in a file whose name carries one.
fn hostile_charter(dir: &Path) -> std::path::PathBuf {
    let all: String = HOSTILE.concat();
    let text = format!(
        "---\ntitre: \"Charte IA\"\ncollectivite: {{nom: \"Commune \\e[2J\\x9b2J \\u202e\", type: commune}}\n---\n# Charte IA\n\n## Article 1 – Données\nLes données sont traitées conformément à la directive 95/46/CE. {all} 0 erreur\n\n## Article 2 – Outils\nLes agents peuvent utiliser ChatGPT pour rédiger. {all}\n"
    );
    let path = dir.join("charte\u{1b}[2J.md");
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn human_and_github_outputs_show_escape_sequences_instead_of_running_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = hostile_charter(dir.path());
    for color in ["never", "always"] {
        let out = charte(&["check", "--color", color, s(&path)]);
        assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
        let text = stdout(&out);
        harmless(&text);
        // The snippet under RGPD021 shows the line, escapes visible, and still points at « directive 95/46 ».
        assert!(
            text.contains("95/46/CE. \\u{1b}[2J\\u{1b}]0;titre\\u{7}"),
            "{text}"
        );
        if color == "never" {
            assert!(text.contains(".md:8:45]"), "{text}");
        }
    }
    let out = stdout(&charte(&["check", "--format", "github", s(&path)]));
    assert!(out.starts_with("::"), "{out}");
    harmless(&out);
    let out = stdout(&charte(&["inspect", s(&path)]));
    harmless(&out);
    // A file name on standard error is shown the same way.
    let missing = dir.path().join("absente\u{1b}[2J.md");
    let out = charte(&["diff", s(&missing)]);
    assert_eq!(out.status.code(), Some(2));
    harmless(&stderr(&out));
}

#[test]
fn diff_and_compare_terminal_tables_show_escape_sequences() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = hostile_charter(dir.path());
    for color in ["never", "always"] {
        let out = charte(&["diff", "--color", color, s(&path)]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        harmless(&stdout(&out));
        let out = charte(&["compare", "--color", color, s(&path)]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        harmless(&stdout(&out));
    }
}

/// A charter named and written to break out of Markdown: raw HTML, a `javascript:` link, a backtick in its name.
fn markdown_charter(dir: &Path) -> std::path::PathBuf {
    let text = "---\ntitre: \"Charte IA\"\ncollectivite: {nom: \"<img src=x onerror=alert(1)> [clic](javascript:alert(1))\", type: commune}\n---\n# Charte IA\n\n## Article 1 – Données\nIl est interdit de saisir des données personnelles dans ChatGPT <script>alert(1)</script> [ici](javascript:alert(2)).\n";
    let path = dir.join("a`b.md");
    std::fs::write(&path, text).expect("write");
    path
}

fn no_markdown_breakout(out: &str) {
    // What is left once the escaped characters are taken out must hold no tag and no link.
    let out = &out.replace("\\<", "").replace("\\]", "");
    for raw in ["<img", "<script", "](javascript:"] {
        assert!(!out.contains(raw), "raw {raw} in:\n{out}");
    }
}

#[test]
fn markdown_outputs_escape_html_links_and_code_spans() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = markdown_charter(dir.path());
    let out = stdout(&charte(&["compare", "--format", "markdown", s(&path)]));
    no_markdown_breakout(&out);
    assert!(out.contains("\\<img src=x"), "{out}");
    // The file name stays inside its code span: a longer fence.
    assert!(out.contains("``"), "{out}");
    assert!(out.contains("a`b.md``"), "{out}");
    let out = stdout(&charte(&["diff", "--format", "markdown", s(&path)]));
    no_markdown_breakout(&out);
    assert!(out.contains("\\<script\\>"), "{out}");

    let offer = dir.path().join("offre`x.md");
    std::fs::write(
        &offer,
        "# Offre technique\n\n## Hébergement\nLes données sont hébergées <script>alert(1)</script> en France [ici](javascript:alert(3)).\n",
    )
    .expect("write");
    let out = stdout(&charte(&[
        "offer",
        s(&offer),
        "--charter",
        s(&path),
        "--format",
        "markdown",
    ]));
    no_markdown_breakout(&out);
    assert!(out.contains("``offre`x.md``"), "{out}");
}

#[test]
fn csv_cells_cannot_run_formulas_and_numbers_stay_numbers() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Columns are headed by the authority's name: a name that is a formula is the first thing in its cell.
    let path = dir.path().join("=HYPERLINK(x)+1.md");
    std::fs::write(
        &path,
        CHARTER.replace("Commune de Lanvallon", "=HYPERLINK(x)+1"),
    )
    .expect("write");
    let other = dir.path().join("@SUM(A1).md");
    std::fs::write(&other, CHARTER.replace("Commune de Lanvallon", "@SUM(A1)")).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_charte"))
        .args([
            "compare",
            "--format",
            "csv",
            "=HYPERLINK(x)+1.md",
            "@SUM(A1).md",
        ])
        .current_dir(dir.path())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = stdout(&out);
    let head = out.lines().next().expect("header");
    let cells: Vec<&str> = head.split(',').collect();
    // Every cell of the header is text that no spreadsheet reads as a formula.
    for c in &cells {
        assert!(
            !c.trim_matches('"').starts_with(['=', '+', '-', '@']),
            "{c} in {head}"
        );
    }
    assert!(head.contains('\''), "{head}");
    // Counts are still plain numbers.
    let row = out.lines().nth(1).expect("row");
    assert!(
        row.split(',')
            .rev()
            .nth(1)
            .expect("share")
            .parse::<f64>()
            .is_ok(),
        "{row}"
    );
}

#[test]
fn a_reference_name_cannot_close_the_comments_init_writes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let refs = dir.path().join("refs");
    std::fs::create_dir(&refs).expect("mkdir");
    for i in 0..2 {
        std::fs::write(
            refs.join(format!("r{i}.md")),
            format!("---\ntitre: \"Charte {i}\"\ncollectivite: {{nom: \"X{i} --> <script>alert(1)</script> <!--\", type: commune}}\nadoption: {{date: 2025-01-02}}\n---\n# Charte\n\n## Règles\n\nLes agents vérifient tout contenu produit par une IA avant de l'utiliser.\n"),
        )
        .expect("write");
    }
    let out = charte(&["init", "--references", s(&refs)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("X0") || text.contains("X1"), "{text}");
    // Every comment opened is closed by charte's own `-->`, at the end of its line; no data outside one.
    for line in text.lines().filter(|l| l.starts_with("<!--")) {
        assert_eq!(line.matches("-->").count(), 1, "{line}");
        assert!(line.ends_with("-->"), "{line}");
    }
}

#[test]
fn sarif_uris_are_percent_encoded() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("ma charte #1 été?.md");
    std::fs::write(&path, CHARTER).expect("write");
    let out = charte(&["check", "--format", "sarif", s(&path)]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("sarif");
    let uri = v["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
        ["uri"]
        .as_str()
        .expect("uri")
        .to_owned();
    assert!(
        uri.ends_with("ma%20charte%20%231%20%C3%A9t%C3%A9%3F.md"),
        "{uri}"
    );
}

// ---- 3. Honest per-file messages -----------------------------------------------------------------------------

/// `check --format json` on these paths: exit code and the parsed document.
fn check_json(paths: &[&str]) -> (Option<i32>, serde_json::Value) {
    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(paths);
    let out = charte(&args);
    let v = serde_json::from_slice(&out.stdout).expect("json");
    (out.status.code(), v)
}

/// (code, line) of every diagnostic.
fn findings(v: &serde_json::Value) -> Vec<(String, u64)> {
    v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap_or("").to_owned(),
                d["line"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

#[test]
fn utf16_charters_are_decoded_and_checked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let utf8 = dir.path().join("utf8.md");
    std::fs::write(&utf8, CHARTER).expect("write");
    let (_, reference) = check_json(&[s(&utf8)]);
    let units: Vec<u8> = CHARTER.encode_utf16().flat_map(u16::to_le_bytes).collect();
    for (name, bom) in [("bom.md", true), ("sans-bom.md", false)] {
        let path = dir.path().join(name);
        let mut bytes = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
        bytes.extend(&units);
        std::fs::write(&path, bytes).expect("write");
        let (_, v) = check_json(&[s(&path)]);
        assert!(v["files"][0]["error"].is_null(), "{name}: {v}");
        assert_eq!(findings(&v), findings(&reference), "{name}");
    }
}

#[test]
fn old_mac_line_ends_read_like_any_other() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lf = std::fs::read_to_string(root.join("examples/commune-brevannes-sur-lisarde.md"))
        .expect("example")
        .replace("\r\n", "\n");
    let cr_path = dir.path().join("cr.md");
    std::fs::write(&cr_path, lf.replace('\n', "\r")).expect("write");
    let lf_path = dir.path().join("lf.md");
    std::fs::write(&lf_path, &lf).expect("write");
    let (_, with_lf) = check_json(&[s(&lf_path)]);
    let (code, with_cr) = check_json(&[s(&cr_path)]);
    assert_eq!(findings(&with_cr), findings(&with_lf));
    assert!(!findings(&with_cr).iter().any(|(c, _)| c == "RGPD001"));
    assert_eq!(code, Some(0));
}

/// Runs charte and fails the test if it has not finished within a minute (a FIFO opened for reading blocks).
#[cfg(unix)]
fn within_a_minute(args: &[&str]) -> std::process::Output {
    let child = binary(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let pid = child.id();
    // Read the output while it runs (a full pipe would block charte too), and stop waiting after a minute.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    if let Ok(out) = rx.recv_timeout(std::time::Duration::from_secs(60)) {
        out.expect("output")
    } else {
        let _ = Command::new("kill").arg(pid.to_string()).status();
        panic!("charte {args:?} blocked");
    }
}

#[cfg(unix)]
#[test]
fn each_unreadable_path_gets_its_real_reason_and_the_others_are_checked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = dir.path().join("a-bonne.md");
    std::fs::write(&good, CHARTER).expect("write");
    let fifo = dir.path().join("b-tube.md");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let looped = dir.path().join("c-boucle.md");
    std::os::unix::fs::symlink(&looped, &looped).expect("symlink");
    let long = dir.path().join(format!("{}.md", "d".repeat(300)));
    let locked = dir.path().join("e-ferme.md");
    std::fs::write(&locked, CHARTER).expect("write");
    let mut perms = std::fs::metadata(&locked).expect("meta").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0);
    std::fs::set_permissions(&locked, perms).expect("chmod");
    // The superuser reads a file without permission: only then is « permission denied » left unchecked here (the
    // io unit test covers its message).
    let enforced = std::fs::read(&locked).is_err();

    let out = within_a_minute(&[
        "check",
        "--format",
        "json",
        s(&good),
        s(&fifo),
        s(&looped),
        s(&long),
        "/dev/null",
        s(&locked),
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let files = v["files"].as_array().expect("files");
    assert_eq!(files.len(), 6, "{v}");
    let error = |i: usize| files[i]["error"].as_str().unwrap_or("").to_owned();
    assert!(files[0]["error"].is_null(), "{v}");
    assert!(error(1).contains("tube nommé"), "{}", error(1));
    assert!(error(2).contains("boucle"), "{}", error(2));
    assert!(error(3).contains("trop long"), "{}", error(3));
    assert!(error(4).contains("périphérique"), "{}", error(4));
    if enforced {
        assert!(error(5).contains("droits"), "{}", error(5));
    }
    for (i, f) in files.iter().enumerate().skip(1).take(4) {
        assert!(!error(i).contains("introuvable"), "{f}");
    }
    // One STR000 per unreadable path, and the good file was checked by the rules.
    let diags = v["diagnostics"].as_array().expect("diagnostics");
    let str000 = diags.iter().filter(|d| d["code"] == "STR000").count();
    assert_eq!(str000, if enforced { 5 } else { 4 }, "{v}");
    assert!(diags
        .iter()
        .any(|d| d["code"] != "STR000" && d["path"].as_str() == Some(s(&good))));

    // The same FIFO met while walking the folder: reported, not waited on.
    let out = within_a_minute(&["check", "--format", "json", s(dir.path())]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stdout(&out).contains("tube nommé"), "{}", stdout(&out));
    // A missing path is still a usage error, said as such.
    let out = charte(&["check", s(&dir.path().join("absente.md"))]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("introuvable"), "{}", stderr(&out));
}

#[test]
fn a_folder_given_as_the_file_says_it_is_a_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    // `offer` reads a folder as one offer made of its files: an empty one has nothing to read.
    let out = charte(&["offer", s(dir.path())]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("aucun fichier à lire"),
        "{}",
        stderr(&out)
    );
    for args in [vec!["diff", s(dir.path())], vec!["inspect", s(dir.path())]] {
        let out = charte(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains("dossier"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}
