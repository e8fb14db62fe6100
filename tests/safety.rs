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
            Command::new(env!("CARGO_BIN_EXE_charte"))
                .args(args)
                .current_dir(env!("CARGO_MANIFEST_DIR"))
                .env_remove("LANG")
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
    let out = Command::new(env!("CARGO_BIN_EXE_charte"))
        .args(["check", "examples"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LANG")
        .stdout(full)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("sortie standard"), "{}", stderr(&out));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    // The offers of examples/offres are left out (each with a note on stderr): only charters here.
    let mut child = Command::new(env!("CARGO_BIN_EXE_charte"))
        .args(["check", "--exclude", "offres", "examples"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LANG")
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
