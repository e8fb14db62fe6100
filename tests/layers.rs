//! The layers of the crate only point down, and no two modules import each other round a cycle.
//!
//! The order of the layers is the `layers` block of `ARCHITECTURE.md` (lowest first, one layer per line): a module
//! may name (`crate::…`, `super::…`) a module of a lower layer only. Test code (from the first `#[cfg(test)]` of a
//! file) and comments are left out: a doc link to a higher layer is not an import. Between modules that are not
//! parent and child, the import graph must have no cycle (`parse::markdown` → `parse::yaml` → `parse::markdown`).
//!
//! `cargo test --test layers -- --nocapture` prints every module's imports.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A module path (`["parse", "yaml"]`); the crate root is empty.
type Module = Vec<String>;

/// The layers written in ARCHITECTURE.md, lowest first.
fn layers_from_architecture(text: &str) -> Vec<Vec<String>> {
    let start = text
        .find("```layers\n")
        .expect("ARCHITECTURE.md has a ```layers block")
        + "```layers\n".len();
    let end = start
        + text[start..]
            .find("```")
            .expect("the layers block is closed");
    text[start..end]
        .lines()
        .map(|l| {
            l.split('#')
                .next()
                .unwrap_or("")
                .split_whitespace()
                .map(str::to_owned)
                .collect()
        })
        .filter(|l: &Vec<String>| !l.is_empty())
        .collect()
}

/// The module a source file defines (`parse/yaml.rs` → `parse::yaml`, `parse/mod.rs` → `parse`).
fn module_of(rel: &str) -> Module {
    let mut parts: Vec<String> = rel
        .trim_end_matches(".rs")
        .split('/')
        .map(str::to_owned)
        .collect();
    if parts
        .last()
        .is_some_and(|p| p == "mod" || p == "lib" || p == "main")
    {
        parts.pop();
    }
    parts
}

/// The code a file compiles into the library: no comments, nothing from its first `#[cfg(test)]` on.
fn library_code(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with("#[cfg(test)]") {
            break;
        }
        if !t.starts_with("//") {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Every path starting with `crate::` or `super::` in the code, brace groups expanded (`crate::{a, b::c}`).
fn paths_in(code: &str) -> Vec<Vec<String>> {
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !code.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let rest = &code[i..];
        let starts = rest.starts_with("crate::") || rest.starts_with("super::");
        let boundary = i == 0
            || !(bytes[i - 1].is_ascii_alphanumeric()
                || bytes[i - 1] == b'_'
                || bytes[i - 1] == b':');
        if starts && boundary {
            let (paths, used) = parse_path(rest);
            out.extend(paths);
            i += used.max(1);
        } else {
            i += 1;
        }
    }
    out
}

/// Reads one path (with brace groups) at the start of `s`: the paths it names and the bytes read.
fn parse_path(s: &str) -> (Vec<Vec<String>>, usize) {
    let mut segments = Vec::new();
    let mut i = 0;
    loop {
        let word: String = s[i..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if word.is_empty() {
            if s[i..].starts_with('{') {
                // A group: each member continues the prefix.
                let mut all = Vec::new();
                let mut j = i + 1;
                loop {
                    let rest = s[j..].trim_start();
                    j = s.len() - rest.len();
                    if rest.starts_with('}') || rest.is_empty() {
                        return (all, j + 1);
                    }
                    let (inner, used) = parse_path(rest);
                    for p in inner {
                        let mut full = segments.clone();
                        full.extend(p);
                        all.push(full);
                    }
                    j += used.max(1);
                    let rest = s[j..].trim_start();
                    j = s.len() - rest.len();
                    if rest.starts_with(',') {
                        j += 1;
                    }
                }
            }
            break;
        }
        i += word.len();
        segments.push(word);
        // `as name` ends a group member.
        if s[i..].starts_with("::") {
            i += 2;
        } else {
            break;
        }
    }
    (vec![segments], i)
}

/// The module a path names: the longest known module its segments start with (`self` stays where it is).
fn resolve(from: &Module, path: &[String], known: &BTreeSet<Module>) -> Option<Module> {
    let mut base: Module = Vec::new();
    let mut rest = path;
    if rest.first().is_some_and(|s| s == "crate") {
        rest = &rest[1..];
    } else {
        // `super` in `a/b.rs` is `a`; in `a/mod.rs` (module `a`) it is the root.
        base.clone_from(from);
        while rest.first().is_some_and(|s| s == "super") {
            base.pop();
            rest = &rest[1..];
        }
    }
    let mut best = None;
    let mut m = base.clone();
    if known.contains(&m) && !m.is_empty() {
        best = Some(m.clone());
    }
    for seg in rest.iter().filter(|s| *s != "self") {
        m.push(seg.clone());
        if known.contains(&m) {
            best = Some(m.clone());
        } else {
            break;
        }
    }
    best
}

/// What is wrong with the tree: imports that climb a layer, modules in no layer, cycles. Also returns the graph.
fn check(
    layers: &[Vec<String>],
    files: &[(String, String)],
) -> (Vec<String>, BTreeMap<Module, BTreeSet<Module>>) {
    let rank: BTreeMap<&str, usize> = layers
        .iter()
        .enumerate()
        .flat_map(|(i, l)| l.iter().map(move |m| (m.as_str(), i)))
        .collect();
    let known: BTreeSet<Module> = files.iter().map(|(p, _)| module_of(p)).collect();
    let mut problems = Vec::new();
    let mut graph: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (rel, text) in files {
        let from = module_of(rel);
        let Some(top) = from.first() else { continue };
        let Some(&own) = rank.get(top.as_str()) else {
            problems.push(format!(
                "{rel}: module `{top}` is in no layer of ARCHITECTURE.md"
            ));
            continue;
        };
        for path in paths_in(&library_code(text)) {
            let Some(to) = resolve(&from, &path, &known) else {
                continue;
            };
            let target = &to[0];
            if target != top {
                match rank.get(target.as_str()) {
                    Some(&r) if r < own => {}
                    Some(_) => problems.push(format!(
                        "{rel}: `{top}` imports `{}` from a layer that is not below it",
                        path.join("::")
                    )),
                    None => problems.push(format!(
                        "{rel}: `{target}` is in no layer of ARCHITECTURE.md"
                    )),
                }
            }
            let related = to.starts_with(&from) || from.starts_with(&to);
            if !related {
                graph.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    for cycle in cycles(&graph) {
        let names: Vec<String> = cycle.iter().map(|m| m.join("::")).collect();
        problems.push(format!(
            "import cycle between modules: {}",
            names.join(" ↔ ")
        ));
    }
    (problems, graph)
}

/// The strongly connected components of more than one module (Tarjan).
fn cycles(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<Module>> {
    struct State<'g> {
        graph: &'g BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'g Module, usize>,
        low: BTreeMap<&'g Module, usize>,
        stack: Vec<&'g Module>,
        on_stack: BTreeSet<&'g Module>,
        found: Vec<Vec<Module>>,
    }
    fn visit<'g>(s: &mut State<'g>, v: &'g Module) {
        let i = s.index.len();
        s.index.insert(v, i);
        s.low.insert(v, i);
        s.stack.push(v);
        s.on_stack.insert(v);
        let graph = s.graph;
        for w in graph.get(v).into_iter().flatten() {
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(lw);
            } else if s.on_stack.contains(w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                component.push(w.clone());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.found.push(component);
            }
        }
    }
    let mut s = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v) {
            visit(&mut s, v);
        }
    }
    s.found
}

fn source_files(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src/ is readable")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            // The crate's internal tests (`src/tests/`, compiled only under `cfg(test)`) are test code.
            if p == root.join("tests") {
                continue;
            }
            source_files(&p, root, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            let rel = p
                .strip_prefix(root)
                .expect("under src/")
                .to_string_lossy()
                .replace('\\', "/");
            out.push((rel, std::fs::read_to_string(&p).expect("source is UTF-8")));
        }
    }
}

fn tree() -> (Vec<Vec<String>>, Vec<(String, String)>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let arch = std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let mut files = Vec::new();
    source_files(&root.join("src"), &root.join("src"), &mut files);
    (layers_from_architecture(&arch), files)
}

#[test]
fn layers_only_point_down_and_no_module_cycle() {
    let (layers, files) = tree();
    let (problems, graph) = check(&layers, &files);
    for (i, l) in layers.iter().enumerate() {
        println!("layer {i}: {}", l.join(" "));
    }
    for (from, to) in &graph {
        let to: Vec<String> = to.iter().map(|m| m.join("::")).collect();
        println!("{} → {}", from.join("::"), to.join(", "));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_top_level_module_is_in_exactly_one_layer() {
    let (layers, files) = tree();
    let mut placed = BTreeSet::new();
    for m in layers.iter().flatten() {
        assert!(placed.insert(m.clone()), "`{m}` is in two layers");
    }
    let tops: BTreeSet<String> = files
        .iter()
        .filter_map(|(p, _)| module_of(p).first().cloned())
        .collect();
    assert_eq!(
        placed, tops,
        "the layers block of ARCHITECTURE.md lists exactly the top-level modules"
    );
}

#[test]
fn a_lower_layer_importing_a_higher_one_is_rejected() {
    let (layers, mut files) = tree();
    files.push((
        "model/planted.rs".to_owned(),
        "use crate::engine::Settings;\n".to_owned(),
    ));
    let (problems, _) = check(&layers, &files);
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("model/planted.rs: `model` imports `crate::engine::Settings`")),
        "{problems:?}"
    );
}

#[test]
fn a_grouped_or_relative_import_is_seen() {
    let (layers, mut files) = tree();
    files.push((
        "grammar/planted.rs".to_owned(),
        "use crate::{model::Span, rules::{Rule, Context}};\n".to_owned(),
    ));
    files.push((
        "lexicon/planted.rs".to_owned(),
        "use super::super::analyze::Analysis;\n".to_owned(),
    ));
    let (problems, _) = check(&layers, &files);
    for expected in [
        "grammar/planted.rs: `grammar` imports `crate::model::Span`",
        "grammar/planted.rs: `grammar` imports `crate::rules::Rule`",
        "lexicon/planted.rs: `lexicon` imports `super::super::analyze::Analysis`",
    ] {
        assert!(
            problems.iter().any(|p| p.starts_with(expected)),
            "{expected} missing in {problems:?}"
        );
    }
}

#[test]
fn a_cycle_between_sibling_modules_is_rejected() {
    let (layers, mut files) = tree();
    let (clean, _) = check(&layers, &files);
    assert!(
        clean.iter().all(|p| !p.starts_with("import cycle")),
        "{clean:?}"
    );
    // parse::markdown reads the front matter with parse::yaml; yaml calling back into markdown closes a cycle.
    let yaml = files
        .iter_mut()
        .find(|(p, _)| p == "parse/yaml.rs")
        .expect("parse/yaml.rs");
    yaml.1.insert_str(0, "use super::markdown::parse;\n");
    let (problems, _) = check(&layers, &files);
    assert!(
        problems
            .iter()
            .any(|p| p == "import cycle between modules: parse::markdown ↔ parse::yaml"),
        "{problems:?}"
    );
}

#[test]
fn comments_and_tests_are_not_imports() {
    let code = library_code("//! See [`crate::cli`].\nuse crate::model::Span;\n#[cfg(test)]\nmod tests { use crate::engine; }\n");
    assert_eq!(
        paths_in(&code),
        vec![vec![
            "crate".to_owned(),
            "model".to_owned(),
            "Span".to_owned()
        ]]
    );
}

#[test]
fn the_command_line_is_the_binary_s_own() {
    let (_, files) = tree();
    let text = |rel: &str| {
        files
            .iter()
            .find(|(p, _)| p == rel)
            .map_or_else(|| panic!("{rel}"), |(_, t)| library_code(t))
    };
    assert!(
        !text("lib.rs")
            .lines()
            .any(|l| l.trim_end().ends_with("mod cli;")),
        "the library declares no `cli` module"
    );
    assert!(
        text("main.rs").lines().any(|l| l.trim() == "mod cli;"),
        "the binary declares `mod cli;`"
    );
    // In the binary, `crate::` is the binary: its code may name `crate::cli` only, and reaches the library through
    // `charte::…`, where only the public API is visible.
    for (rel, code) in files.iter().filter(|(p, _)| p.starts_with("cli/")) {
        for path in paths_in(&library_code(code)) {
            if path.first().is_some_and(|s| s == "crate") {
                assert_eq!(
                    path.get(1).map(String::as_str),
                    Some("cli"),
                    "{rel}: {}",
                    path.join("::")
                );
            }
        }
    }
    // And no library file names the command line.
    for (rel, code) in files
        .iter()
        .filter(|(p, _)| !p.starts_with("cli/") && p != "main.rs")
    {
        for path in paths_in(&library_code(code)) {
            assert!(
                !(path.first().is_some_and(|s| s == "crate")
                    && path.get(1).is_some_and(|s| s == "cli")),
                "{rel}: {}",
                path.join("::")
            );
        }
    }
}
