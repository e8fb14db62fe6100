//! The documentation runs: every `charte` command shown in `README.md`, `CONTRIBUTING.md`, `docs/*.md` and the examples'
//! READMEs is run by trycmd and its output compared with the one printed under it (` ```console ` blocks: `$ ` starts
//! the command, `? N` gives the exit status, `...` skips lines, `[..]` skips the rest of a line). After a deliberate
//! change of output, `TRYCMD=overwrite cargo test --test docs` rewrites the blocks (check the diff: elided parts are
//! kept on a best-effort basis).

use std::path::{Path, PathBuf};

/// The Markdown files whose examples must run.
fn pages() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pages = vec![root.join("README.md"), root.join("CONTRIBUTING.md")];
    for dir in ["docs", "examples"] {
        let mut found: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .expect("folder")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .filter(|p| dir == "docs" || p.file_name().is_some_and(|n| n == "README.md"))
            .collect();
        found.sort();
        pages.extend(found);
    }
    pages
}

#[test]
fn charte_commands_in_the_docs_print_what_the_docs_show() {
    let cases = trycmd::TestCases::new();
    cases
        .register_bin("charte", PathBuf::from(env!("CARGO_BIN_EXE_charte")))
        .env("NO_COLOR", "1")
        .env("LANG", "fr_FR.UTF-8")
        // Placeholders for what changes from one release to the next (`[ROOT]` and `[CWD]` are built in).
        .insert_var("[VERSION]", env!("CARGO_PKG_VERSION"))
        .expect("placeholder");
    for page in pages() {
        cases.case(page);
    }
}

/// A fenced block of a Markdown page: its first line number, info string, the comment line just before it, and its
/// lines.
struct Block {
    line: usize,
    info: String,
    before: String,
    body: Vec<String>,
}

fn blocks(text: &str) -> Vec<Block> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let ticks = lines[i].len() - lines[i].trim_start_matches('`').len();
        if ticks >= 3 {
            let fence = &lines[i][..ticks];
            let end = (i + 1..lines.len())
                .find(|&j| lines[j].starts_with(fence))
                .unwrap_or(lines.len());
            out.push(Block {
                line: i + 1,
                info: lines[i][ticks..].trim().to_owned(),
                before: i
                    .checked_sub(1)
                    .map(|b| lines[b].trim().to_owned())
                    .unwrap_or_default(),
                body: lines[i + 1..end].iter().map(|l| (*l).to_owned()).collect(),
            });
            i = end + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// True when a line runs charte (`charte …`, `$ charte …`, `cargo run … -- …`).
fn runs_charte(line: &str) -> bool {
    let l = line.trim_start().trim_start_matches("$ ");
    l.starts_with("charte ") || l == "charte" || (l.starts_with("cargo run") && l.contains(" -- "))
}

/// Each block that runs charte is run by the test above (` ```console `), or says why it cannot be: the info string
/// has `ignore` and the line before the block is `<!-- non exécuté : raison -->` (a server, an editor, a release
/// build…).
fn uncovered(page: &str, text: &str) -> Vec<String> {
    blocks(text)
        .into_iter()
        .filter(|b| b.body.iter().any(|l| runs_charte(l)))
        .filter(|b| {
            let mut info = b.info.split(',').map(str::trim);
            let lang = info.next().unwrap_or("");
            let ignored = info.any(|a| a == "ignore");
            let run = matches!(lang, "console" | "trycmd") && !ignored;
            let excused = ignored && b.before.starts_with("<!-- non exécuté :");
            !(run || excused)
        })
        .map(|b| format!("{page}:{} ({})", b.line, b.info))
        .collect()
}

#[test]
fn every_shell_block_that_runs_charte_is_tested_or_says_why_not() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut missing = Vec::new();
    for page in pages() {
        let text = std::fs::read_to_string(&page).expect("read");
        let shown = page
            .strip_prefix(root)
            .unwrap_or(&page)
            .display()
            .to_string();
        missing.extend(uncovered(&shown, &text));
    }
    assert!(
        missing.is_empty(),
        "blocks that run charte but are neither ```console (run by the test) nor marked \
         `ignore` after a `<!-- non exécuté : raison -->` line: {missing:#?}"
    );
}

#[test]
fn the_block_check_sees_unmarked_and_unexcused_blocks() {
    let page = "Texte.\n\n```sh\ncharte check a.md\n```\n\n<!-- non exécuté : un serveur -->\n```sh,ignore\ncharte serve\n```\n\n```sh,ignore\n$ charte lsp\n```\n\n```console\n$ charte rules\n```\n\n```sh\ncargo run --release -- check a.md\n```\n\n```sh\ncargo test\n```\n";
    assert_eq!(
        uncovered("p.md", page),
        ["p.md:3 (sh)", "p.md:12 (sh,ignore)", "p.md:20 (sh)"]
    );
}
