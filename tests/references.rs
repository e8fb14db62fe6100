//! The reference corpus on the command line: `charte refs`, `diff`, `compare`, `init`, and `refs build` from a
//! folder of members' charters. The corpus itself, `diff`, `compare` and `init` through the library are tested inside
//! the crate (`src/tests/references.rs`).

mod common;
use charte::refs::{Corpus, KindOfBody, Nature, Texte};
use charte::Topic;
use common::{charte, stdout};
use references_data::{user_corpus, CHARTER_A};

#[path = "common/references_data.rs"]
mod references_data;
use std::path::Path;

#[test]
fn cli_refs_list_and_show() {
    let out = charte(&["refs"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.lines()
            .filter(|l| l.contains("modèle reconstitué"))
            .count()
            >= 20
    );
    let out = charte(&["refs", "show", "lyon-2025"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let warn = text.find("Avertissement").expect("warning");
    let body = text.find("# ").expect("body");
    assert!(warn < body, "the warning comes before the text");
    assert!(text.contains("Texte officiel : https://"));
    let out = charte(&["refs", "show", "lyon"]);
    assert_eq!(out.status.code(), Some(0), "unique prefix");
    let out = charte(&["refs", "show", "nimporte-quoi"]);
    assert_eq!(out.status.code(), Some(2));
    let out = charte(&["refs", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert!(v.as_array().expect("array").len() >= 20);
}

#[test]
fn cli_diff_compare_init() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = dir.path().join("lanvallon.md");
    std::fs::write(&a, CHARTER_A).expect("write");
    let a = a.to_str().expect("utf-8");
    let out = charte(&["diff", a]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("Pourquoi cette référence"));
    let out = charte(&["diff", a, "--against", "lyon-2025", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["reference"]["id"], "lyon-2025");
    assert_eq!(v["version"], 1);
    let out = charte(&["diff", a, "--against", "pas-une-reference"]);
    assert_eq!(out.status.code(), Some(2));

    let html = dir.path().join("matrice.html");
    let out = charte(&[
        "compare",
        "--with-references",
        "--format",
        "html",
        "--out",
        html.to_str().expect("utf-8"),
        a,
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = std::fs::read_to_string(&html).expect("page written");
    assert!(page.contains("Commune de Lanvallon") && page.contains("Lyon (2025)"));
    let out = charte(&["compare", "--format", "csv", a]);
    assert!(stdout(&out).starts_with("sujet,libelle,Commune de Lanvallon,couverture,"));
    let out = charte(&["compare", "--format", "csv-fr", a]);
    assert!(out
        .stdout
        .starts_with("\u{feff}sujet;libelle;Commune de Lanvallon;couverture;".as_bytes()));
    let out = charte(&["compare", "--as-of", "2026-11-28", "--format", "html", a]);
    assert!(stdout(&out).contains("Comparaison établie le 28 novembre 2026 avec charte "));
    let out = charte(&["compare", "--as-of", "28/11/2026", a]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("date --as-of invalide : 28/11/2026"));
    let out = charte(&["compare"]);
    assert_eq!(out.status.code(), Some(2));

    let refs = dir.path().join("mes-references");
    std::fs::create_dir(&refs).expect("mkdir");
    user_corpus(&refs, 2, 1);
    let refs_arg = refs.to_str().expect("utf-8");
    let out = charte(&["compare", "--references", refs_arg, "--format", "json", a]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["columns"].as_array().expect("columns").len(), 4);
    assert_eq!(v["columns"][1]["nature"], "fourni-par-utilisateur");

    let init = dir.path().join("charte.md");
    let init_s = init.to_str().expect("utf-8");
    let out = charte(&[
        "init",
        "--collectivite",
        "Commune de Lanvallon",
        "--type",
        "commune",
        "--out",
        init_s,
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = charte(&["check", init_s]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let out = charte(&["init", "--out", init_s]);
    assert_eq!(out.status.code(), Some(2), "an existing file is kept");
}

fn real_like_corpus() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/references/real-like-corpus")
}

#[test]
fn refs_build_then_compare_end_to_end() {
    let src = real_like_corpus();
    let src_s = src.to_str().expect("utf-8");
    let inputs_before: Vec<(std::path::PathBuf, Vec<u8>)> = std::fs::read_dir(&src)
        .expect("fixture folder")
        .map(|e| e.expect("entry").path())
        .map(|p| {
            let bytes = std::fs::read(&p).expect("read");
            (p, bytes)
        })
        .collect();
    let tmp = tempfile::tempdir().expect("tempdir");
    let out_dir = tmp.path().join("corpus");
    let out_s = out_dir.to_str().expect("utf-8");

    let out = charte(&["refs", "build", src_s, "--out", out_s]);
    let text = stdout(&out);
    // Two files cannot be read: an STR000 line each, the others are built, exit 1 (like STR000 in `check`).
    assert_eq!(out.status.code(), Some(1), "{text}");
    for f in ["brouillon-vide.md", "compte-rendu-commune-de-lerre.pdf"] {
        assert!(
            text.lines()
                .any(|l| l.starts_with("STR000 ") && l.contains(f)),
            "{f}: {text}"
        );
    }
    assert!(text.contains("le fichier est vide"), "{text}");
    assert!(text.contains("4 charte(s) en texte intégral"), "{text}");
    // The inputs are untouched.
    for (p, bytes) in &inputs_before {
        assert_eq!(&std::fs::read(p).expect("read"), bytes, "{}", p.display());
    }

    // Four full-text references, each with the metadata its file gives, in its front matter or in its first lines.
    let corpus = Corpus::load_dir(&out_dir).expect("the built corpus loads");
    assert_eq!(corpus.len(), 4);
    assert_eq!(corpus.full_texts(), 4);
    for r in &corpus.refs {
        assert_eq!(r.texte, Texte::Integral, "{}", r.id);
        assert_eq!(r.nature, Nature::FourniParUtilisateur, "{}", r.id);
        assert!(r.kind.is_some(), "{}: no kind", r.id);
        assert!(r.date.starts_with("2025-"), "{}: {}", r.id, r.date);
        assert!(!r.attested.is_empty(), "{}", r.id);
    }
    let m = corpus
        .get("ville-de-montferrand-le-haut")
        .expect("the Markdown file without front matter");
    assert_eq!(m.organisme, "Ville de Montferrand-le-Haut");
    assert_eq!(m.kind, Some(KindOfBody::Commune));
    assert_eq!(m.date, "2025-10-14");
    let y = corpus.get("cc-val-de-sorne").expect("the YAML charter");
    assert!(y.doc.path.ends_with("cc-val-de-sorne.yaml"));
    assert_eq!(y.organisme, "Communauté de communes du Val de Sorne");
    // The corpus says what the folder says: the same topics as reading the members' files directly.
    let direct_corpus = Corpus::load_dir(&src).expect("fixture folder loads");
    for r in &corpus.refs {
        let direct = direct_corpus.get(&r.id).expect("same charter, same id");
        assert_eq!(
            r.attested.keys().collect::<Vec<_>>(),
            direct.attested.keys().collect::<Vec<_>>(),
            "{}",
            r.id
        );
    }
    // Three of the four texts involve staff or residents: a consensus topic of the corpus, on a basis of 4 texts.
    assert_eq!(corpus.count(Topic::GovernanceParticipation), 3);
    assert_eq!(corpus.known(Topic::GovernanceParticipation), 4);
    assert!(corpus.is_consensus(Topic::GovernanceParticipation));
    // The README sums up each text with the clauses it rests on, and the files left out.
    let readme = std::fs::read_to_string(out_dir.join("README.md")).expect("README.md");
    assert!(readme.contains("## ville-de-montferrand-le-haut — Ville de Montferrand-le-Haut"));
    assert!(
        readme.contains("« Les organisations syndicales sont consultées"),
        "{readme}"
    );
    assert!(readme.contains("## Fichiers non lus"));
    assert!(readme.contains("Sujets absents du texte :"));

    // An existing corpus folder is kept unless --force.
    let again = charte(&["refs", "build", src_s, "--out", out_s]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    let forced = charte(&["refs", "build", src_s, "--out", out_s, "--force"]);
    assert_eq!(forced.status.code(), Some(1));

    // compare --references: the four texts are columns, full texts, consensus and gaps on them.
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules/REF001");
    let fail = fixtures.join("fail.md");
    let fail_s = fail.to_str().expect("utf-8");
    let out = charte(&["compare", "--references", out_s, "--format", "json", fail_s]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let columns = v["columns"].as_array().expect("columns");
    assert_eq!(columns.len(), 5);
    assert!(columns[1..].iter().all(|c| c["texte"] == "integral"));
    let row = v["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["topic"] == Topic::GovernanceParticipation.id())
        .expect("participation row");
    assert_eq!(
        (row["count"].as_u64(), row["known"].as_u64()),
        (Some(3), Some(5))
    );
    let out = charte(&["compare", "--references", out_s, fail_s]);
    assert!(
        stdout(&out).contains("des 5 chartes dont le texte est connu sur ce sujet"),
        "{}",
        stdout(&out)
    );

    // REF001 fires on a charter missing the topic 3 of the 4 full texts cover, and not on one that covers it.
    let out = charte(&["check", "--references", out_s, "--select", "REF001", fail_s]);
    let text = stdout(&out);
    assert!(text.contains("REF001"), "{text}");
    assert!(text.contains("3 des 4"), "{text}");
    let pass = fixtures.join("pass.md");
    let out = charte(&[
        "check",
        "--references",
        out_s,
        "--select",
        "REF001",
        pass.to_str().expect("utf-8"),
    ]);
    // The file's path names REF001 (its fixture folder); a finding would read « … REF001 : … ».
    assert!(!stdout(&out).contains("REF001 :"), "{}", stdout(&out));

    // diff and init read the same corpus.
    let out = charte(&["diff", "--references", out_s, "--format", "json", fail_s]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert!(corpus
        .get(v["reference"]["id"].as_str().expect("id"))
        .is_some());
    let draft = tmp.path().join("brouillon.md");
    let out = charte(&[
        "init",
        "--references",
        out_s,
        "--collectivite",
        "Commune de Lerre",
        "--type",
        "commune",
        "--out",
        draft.to_str().expect("utf-8"),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(std::fs::read_to_string(&draft)
        .expect("draft")
        .contains("Commune de Lerre"));
}

#[test]
fn refs_build_refuses_what_it_cannot_do() {
    let tmp = tempfile::tempdir().expect("tempdir");
    // Nothing readable: exit 2, no corpus folder created.
    let empty = tmp.path().join("vide");
    std::fs::create_dir(&empty).expect("mkdir");
    std::fs::write(empty.join("scan.pdf"), b"%PDF-1.4\n").expect("write");
    let out_dir = tmp.path().join("corpus");
    let out = charte(&[
        "refs",
        "build",
        empty.to_str().expect("utf-8"),
        "--out",
        out_dir.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!out_dir.exists());
    // A corpus written into the folder it reads never replaces a member's file, even with --force, and is not read
    // back as members' charters on the next run.
    let members = tmp.path().join("membres");
    std::fs::create_dir(&members).expect("mkdir");
    let text = "# Charte IA – Commune de Lerre\n\nAdoptée le 3 mars 2025.\n\n## Règles\n\nLes agents vérifient tout contenu produit par une IA avant de l'utiliser.\n";
    std::fs::write(members.join("lerre.md"), text).expect("write");
    let m = members.to_str().expect("utf-8");
    let out = charte(&["refs", "build", m, "--out", m, "--force"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("contient les chartes lues"));
    assert_eq!(
        std::fs::read_dir(&members).expect("list").count(),
        1,
        "nothing written"
    );
    assert_eq!(
        std::fs::read_to_string(members.join("lerre.md")).expect("read"),
        text
    );
    let inner = members.join("corpus");
    let inner_s = inner.to_str().expect("utf-8");
    let out = charte(&["refs", "build", m, "--out", inner_s]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let out = charte(&["refs", "build", m, "--out", inner_s, "--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("1 charte(s)"), "{}", stdout(&out));
}

#[test]
fn refs_build_reads_word_and_writer_documents_and_leaves_offers_out() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().expect("tempdir");
    let members = tmp.path().join("membres");
    std::fs::create_dir(&members).expect("mkdir");
    for f in [
        "examples/cias-coteaux-de-vaudrenne-word.docx",
        "examples/cias-coteaux-de-vaudrenne-word.odt",
        "examples/offres/offre-saas-secnumcloud.md",
    ] {
        let from = root.join(f);
        std::fs::copy(&from, members.join(from.file_name().expect("name"))).expect("copy");
    }
    let out_dir = tmp.path().join("corpus");
    let out = charte(&[
        "refs",
        "build",
        members.to_str().expect("utf-8"),
        "--out",
        out_dir.to_str().expect("utf-8"),
    ]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.lines().any(|l| l.starts_with("STR000 ")
            && l.contains("offre-saas-secnumcloud.md")
            && l.contains("offre de prestataire")),
        "{text}"
    );
    // The Word and Writer documents become Markdown references: their extracted text under a front matter, read
    // back with the same topics as the documents themselves.
    let corpus = Corpus::load_dir(&out_dir).expect("corpus");
    assert_eq!(corpus.len(), 2);
    // (Read directly, the folder would not load: both documents would take the same id from the same file name;
    // `refs build` gives the second one `-2`.)
    assert!(Corpus::load_dir(&members).is_err());
    for (id, file) in [
        (
            "cias-coteaux-de-vaudrenne-word",
            "cias-coteaux-de-vaudrenne-word.docx",
        ),
        (
            "cias-coteaux-de-vaudrenne-word-2",
            "cias-coteaux-de-vaudrenne-word.odt",
        ),
    ] {
        let r = corpus.get(id).expect(id);
        assert!(r.doc.path.ends_with(&format!("{id}.md")), "{}", r.doc.path);
        assert_eq!(r.texte, Texte::Integral);
        assert!(r.sources.iter().any(|s| s == file), "{:?}", r.sources);
        let d =
            charte::refs::Reference::from_file(&members.join(file)).expect("the document itself");
        assert!(!d.attested.is_empty());
        assert_eq!(
            r.attested.keys().collect::<Vec<_>>(),
            d.attested.keys().collect::<Vec<_>>(),
            "{file}"
        );
    }
}
