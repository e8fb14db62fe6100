//! The reference corpus: provenance of every reference, the full `check` output of each (regression guard across all
//! rules), `diff` and `compare` in every format, `init` passing `check`, REF001 on a corpus that reaches the
//! threshold, through the library (the command line: `tests/references.rs`).

use crate::corpus::{Analysed, Corpus, Nature, State, Texte, EMBEDDED};
use crate::model::{KindOfBody, Topic};
use crate::references::compare::compare;
use crate::references::init::{generate, InitOptions};
use crate::refs::diff::diff;
use crate::rules::reference::ref001_common_topic_missing::{common_missing, undedicated_topics};
use crate::CivilDate;
use crate::Lang;
use crate::Severity;
use crate::{check_bytes, Settings};
use crate::{render, Format};
use std::collections::BTreeSet;
use std::path::Path;

#[path = "../../tests/common/references_data.rs"]
mod references_data;
use references_data::{user_corpus, CHARTER_A};

/// Fixed date so date-sensitive output does not move.
const AS_OF: CivilDate = CivilDate {
    year: 2026,
    month: 11,
    day: 28,
};

fn settings() -> Settings {
    Settings::new(AS_OF)
}

fn snap(name: &str, value: &str) {
    insta::with_settings!({ snapshot_path => "../../tests/snapshots/references", prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!(name.to_owned(), value);
    });
}

/// A second charter for the matrix: different topics.
const CHARTER_B: &str = "---
charte: 1
titre: \"Charte IA du syndicat des eaux de la Morvelle\"
collectivite:
  nom: \"Syndicat des eaux de la Morvelle\"
  type: epci
adoption:
  date: 2025-06-02
---

# Charte IA

## Article 1 – Principes

L'IA n'est utilisée que si elle apporte un gain réel ; la solution la moins consommatrice d'énergie est retenue.

Les agents suivent une formation avant d'utiliser un outil d'IA.

## Article 2 – Contrôle humain

Un agent relit et valide toute proposition produite par un outil d'IA avant qu'elle ne produise un effet.
";

fn analysed(path: &str, text: &str) -> Analysed {
    Analysed::from_bytes(path, text.as_bytes()).expect("test charter parses")
}

#[test]
fn the_corpus_has_at_least_twenty_references() {
    assert!(Corpus::embedded().len() >= 20);
    assert_eq!(Corpus::embedded().len(), EMBEDDED.len());
}

#[test]
fn every_reference_has_complete_provenance() {
    let mut problems = Vec::new();
    for r in &Corpus::embedded().refs {
        let mut bad = |what: &str| problems.push(format!("{}: {what}", r.id));
        let stem = r
            .doc
            .path
            .trim_start_matches("references/")
            .trim_end_matches(".md");
        if r.id != stem {
            bad("id differs from the file name");
        }
        if r.organisme.trim().is_empty() {
            bad("no organisme");
        }
        if r.titre_original.trim().is_empty() {
            bad("no titre_original");
        }
        let info = r.doc.charter.meta.reference.clone().unwrap_or_default();
        if info.organisme.trim().is_empty() || info.titre_original.trim().is_empty() {
            bad("reference block incomplete (organisme, titre_original)");
        }
        // A date starts with its year, or says honestly that it is unknown (« s. d. », sine die): the label then
        // reads « Maurepas (s. d.) » instead of a guessed year.
        let dated = r.date.len() >= 4 && r.date[..4].chars().all(|c| c.is_ascii_digit());
        if !dated && r.date != "s. d." {
            bad("date neither starts with a year nor says « s. d. »");
        }
        if !(r.url.starts_with("https://") || r.url.starts_with("http://")) {
            bad("url is not a web address");
        }
        if r.sources.is_empty()
            || r.sources
                .iter()
                .any(|s| !(s.starts_with("https://") || s.starts_with("http://")))
        {
            bad("sources missing or not web addresses");
        }
        if r.nature != Nature::ModeleReconstitue || info.nature != "modele-reconstitue" {
            bad("nature is not modele-reconstitue");
        }
        if info.avertissement.trim().is_empty() {
            bad("no avertissement");
        }
        if r.kind.is_none() {
            bad("no collectivite.type");
        }
        if r.doc.clauses.is_empty() {
            bad("no clause outside the preamble");
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The full `check --format json` output of every reference charter: any change in any rule shows here.
#[test]
fn check_output_of_every_reference() {
    for e in EMBEDDED {
        let path = format!("references/{}", e.file);
        let report = check_bytes(&path, e.text.as_bytes(), &settings());
        let out = render(&[report], Format::Json, Lang::Fr).expect("a format of check reports");
        snap(&format!("check__{}", e.file.trim_end_matches(".md")), &out);
    }
}

#[test]
fn diff_in_every_format() {
    let a = analysed("lanvallon.md", CHARTER_A);
    let report = diff(&a, Corpus::embedded(), None).expect("a nearest reference");
    assert_eq!(report.choice.method, "nearest");
    assert!(!report.choice.candidates.is_empty());
    for (name, format) in [
        ("human", Format::Human),
        ("markdown", Format::Markdown),
        ("json", Format::Json),
        ("html", Format::Html),
    ] {
        let out = crate::references::diff::render(&report, format, Lang::Fr, false)
            .expect("a format of the command");
        snap(&format!("diff__{name}"), &out);
    }
    let en = crate::references::diff::render(&report, Format::Human, Lang::En, false)
        .expect("a format of the command");
    snap("diff__human_en", &en);
}

#[test]
fn diff_against_a_given_reference_reports_weakening() {
    // The reference requires the mention; the charter only permits it.
    let dir = tempfile::tempdir().expect("tempdir");
    let reference = "---\ntitre: \"Référence de test\"\ncollectivite: {nom: \"Ville témoin\", type: commune}\nadoption: {date: 2025-01-10}\n---\n# Charte\n\n## Transparence\n\nLes agents doivent signaler aux habitants qu'un courrier a été préparé avec l'aide d'une IA.\n\n## Conservation\n\nLes conversations avec un outil d'IA sont effacées au bout de trois mois.\n";
    let path = dir.path().join("temoin.md");
    std::fs::write(&path, reference).expect("write");
    let r = crate::refs::Reference::from_file(&path).expect("reference parses");
    assert_eq!(r.nature, Nature::FourniParUtilisateur);
    let a = analysed("lanvallon.md", CHARTER_A);
    let report = diff(&a, Corpus::embedded(), Some(&r)).expect("diff");
    assert_eq!(report.choice.method, "given");
    let change = report
        .modality_changes()
        .next()
        .and_then(|x| x.modality_change.clone())
        .expect("a modality change");
    assert_eq!(
        change.kind,
        crate::references::diff::ChangeKind::Affaiblissement
    );
    assert!(report
        .missing_topics
        .iter()
        .any(|m| m.topic == Topic::GdprRetention));
    assert!(report
        .only_in_charter
        .iter()
        .any(|c| c.text.contains("marché de Noël")));
    let pair = report
        .aligned
        .iter()
        .find(|p| p.modality_change.is_some())
        .expect("pair");
    assert!(pair
        .diff
        .iter()
        .any(|p| p.op == "delete" && p.text.contains("doivent")));
    assert!(pair
        .diff
        .iter()
        .any(|p| p.op == "insert" && p.text.contains("peuvent")));
}

#[test]
fn compare_in_every_format() {
    let charters = vec![
        analysed("lanvallon.md", CHARTER_A),
        analysed("morvelle.md", CHARTER_B),
    ];
    let m = compare(&charters, Some(Corpus::embedded())).dated(AS_OF);
    assert_eq!(m.columns.len(), 2 + Corpus::embedded().len());
    assert_eq!(m.rows.len(), Topic::ALL.len());
    for (name, format) in [
        ("table", Format::Human),
        ("markdown", Format::Markdown),
        ("csv", Format::Csv),
        ("csv_fr", Format::CsvFr),
        ("json", Format::Json),
        ("html", Format::Html),
    ] {
        let out = crate::references::compare::render(&m, format, Lang::Fr, false)
            .expect("a format of the command");
        snap(&format!("compare__{name}"), &out);
    }
    // Two charters alone: the consensus and the gaps.
    let m = compare(&charters, None);
    let scope = m
        .rows
        .iter()
        .find(|r| r.topic == Topic::GovernanceScope)
        .expect("row");
    assert_eq!(scope.count, 1);
    assert!(!scope.consensus);
    let out = crate::references::compare::render(&m, Format::Markdown, Lang::Fr, false)
        .expect("a format of the command");
    snap("compare__two_charters_markdown", &out);
}

#[test]
fn compare_csv_heads_columns_with_names_plain_or_for_a_french_spreadsheet() {
    let charters = vec![
        analysed("dossier/lanvallon.md", CHARTER_A),
        analysed("dossier/morvelle.md", CHARTER_B),
    ];
    let m = compare(&charters, None);
    let plain = crate::references::compare::render(&m, Format::Csv, Lang::Fr, false)
        .expect("a format of the command");
    let french = crate::references::compare::render(&m, Format::CsvFr, Lang::Fr, false)
        .expect("a format of the command");
    assert!(plain.starts_with(
        "sujet,libelle,Commune de Lanvallon,Syndicat des eaux de la Morvelle,couverture,part,consensus,base\r\n"
    ));
    assert!(!plain.contains("dossier/"), "paths are not column names");
    assert!(french.starts_with(
        "\u{feff}sujet;libelle;Commune de Lanvallon;Syndicat des eaux de la Morvelle;couverture;part;consensus;base\r\n"
    ));
    // Line by line, the same data: `;` for `,` and a decimal comma for the share.
    let (pl, fl): (Vec<&str>, Vec<&str>) = (
        plain.split_terminator("\r\n").collect(),
        french
            .trim_start_matches('\u{feff}')
            .split_terminator("\r\n")
            .collect(),
    );
    assert_eq!(pl.len(), Topic::ALL.len() + 1);
    assert_eq!(pl.len(), fl.len());
    let scope = pl
        .iter()
        .zip(&fl)
        .find(|(p, _)| p.starts_with("governance.scope,"))
        .expect("scope row");
    assert!(scope.0.ends_with(",1,0.5000,0,2"), "{}", scope.0);
    assert!(scope.1.ends_with(";1;0,5000;0;2"), "{}", scope.1);
    // The counts and the share of every row (the last six fields: two charters, then four), the same numbers.
    for (p, f) in pl.iter().zip(&fl).skip(1) {
        let tail = |line: &str, sep: char| -> Vec<String> {
            line.rsplit(sep)
                .take(6)
                .map(|x| x.replace(',', "."))
                .collect()
        };
        assert_eq!(tail(p, ','), tail(f, ';'), "{f}");
    }
    // Two charters of one authority: the path tells them apart.
    let twins = vec![
        analysed("a/lanvallon.md", CHARTER_A),
        analysed("b/lanvallon.md", CHARTER_A),
    ];
    let csv =
        crate::references::compare::render(&compare(&twins, None), Format::Csv, Lang::Fr, false)
            .expect("a format of compare");
    assert!(csv.starts_with(
        "sujet,libelle,Commune de Lanvallon (a/lanvallon.md),Commune de Lanvallon (b/lanvallon.md),"
    ));
}

#[test]
fn the_comparison_page_says_when_with_which_charte_and_which_corpus() {
    let charters = vec![analysed("lanvallon.md", CHARTER_A)];
    let version = env!("CARGO_PKG_VERSION");
    let with = compare(&charters, Some(Corpus::embedded())).dated(AS_OF);
    let page = crate::references::compare::render(&with, Format::Html, Lang::Fr, false)
        .expect("a format of the command");
    let corpus = Corpus::embedded().version();
    assert_eq!(corpus.fingerprint.len(), 16);
    let stamp = format!(
        "<p class=\"stamp\">Comparaison établie le 28 novembre 2026 avec charte {version}. Chartes de référence : corpus intégré à charte, {} chartes, empreinte {}.</p>",
        Corpus::embedded().len(),
        corpus.fingerprint
    );
    assert!(page.contains(&stamp), "{stamp}");
    let alone = compare(&charters, None).dated(AS_OF);
    let page = crate::references::compare::render(&alone, Format::Html, Lang::En, false)
        .expect("a format of the command");
    assert!(page.contains(&format!(
        "<p class=\"stamp\">Comparison made on 28 November 2026 with charte {version}, without reference charters.</p>"
    )));
    // Headers with their scopes, one body per group of topics, signs with their words, the header row repeated
    // on printed pages (the browser test checks the printed result).
    assert!(page.contains("<thead><tr><th scope=\"col\">Topic</th><th class=\"col\" scope=\"col\""));
    assert_eq!(page.matches("<tbody>").count(), 5);
    assert!(page.contains("<th colspan=\"3\" scope=\"rowgroup\">"));
    assert!(page.contains("<th class=\"topic\" scope=\"row\">"));
    assert!(page.contains("<span aria-hidden=\"true\">✔</span><span class=\"sr\">covered</span>"));
    assert!(page.contains("<span aria-hidden=\"true\">✗</span><span class=\"sr\">absent</span>"));
    assert!(page.contains("thead { display: table-header-group; }"));
}

#[test]
fn html_pages_are_self_contained() {
    let charters = vec![analysed("lanvallon.md", CHARTER_A)];
    let m = compare(&charters, Some(Corpus::embedded()));
    let page = crate::references::compare::render(&m, Format::Html, Lang::Fr, false)
        .expect("a format of the command");
    let report = diff(&charters[0], Corpus::embedded(), None).expect("diff");
    let page2 = crate::references::diff::render(&report, Format::Html, Lang::Fr, false)
        .expect("a format of the command");
    for p in [&page, &page2] {
        assert!(p.starts_with("<!DOCTYPE html>"));
        assert!(p.contains("<style>") && p.contains("@media print"));
        for banned in ["<script", "<link", "src=", "@import", "url("] {
            assert!(!p.contains(banned), "external resource: {banned}");
        }
    }
    assert!(page.contains("sujet de consensus"));
}

#[test]
fn init_passes_check_with_no_error() {
    // Every kind `--type` accepts: no error and no warning on the draft (notes are allowed: placeholders), and no
    // designation of another kind of body left from the reference the clause came from.
    let designations = [
        (KindOfBody::Commune, "la Commune"),
        (KindOfBody::Epci, "l'intercommunalité"),
        (KindOfBody::Departement, "le Département"),
        (KindOfBody::Region, "la Région"),
        (KindOfBody::Operateur, "l'organisme"),
        (KindOfBody::Etat, "l'administration"),
        (KindOfBody::Association, "l'association"),
        (KindOfBody::Entreprise, "l'entreprise"),
        (KindOfBody::Autre, "l'organisme"),
    ];
    for (kind, _) in designations {
        for min_share in [0.0, 0.75] {
            let text = generate(
                Corpus::embedded(),
                &InitOptions {
                    collectivite: Some("Collectivité de Lanvallon".to_owned()),
                    kind,
                    min_share,
                    date: AS_OF,
                },
            );
            let report = check_bytes("charte-init.md", text.as_bytes(), &settings());
            let blocking: Vec<String> = report
                .findings
                .iter()
                .filter(|f| matches!(f.severity, Severity::Error | Severity::Warning))
                .map(|f| format!("{} {}", f.code, f.message))
                .collect();
            assert!(
                blocking.is_empty(),
                "{kind:?} {min_share}: {blocking:?}\n{text}"
            );
            assert!(text.contains("À adapter"));
            // Clauses only: the comments name the reference they come from.
            let body: String = text
                .lines()
                .filter(|l| !l.starts_with("<!--"))
                .collect::<Vec<_>>()
                .join("\n");
            for (other, phrase) in designations {
                let noun = phrase.rsplit(['\'', ' ']).next().unwrap_or(phrase);
                if other != kind && ["Commune", "Département", "Région"].contains(&noun) {
                    assert!(
                        !body.contains(&format!(" {noun} "))
                            && !body.contains(&format!("\n{noun} ")),
                        "{kind:?}: « {noun} » left in the draft\n{body}"
                    );
                }
            }
            for stale in [
                "la Métropole",
                "La Métropole",
                "la Ville",
                "La Ville",
                " en sont membres",
                "« Iris »",
            ] {
                assert!(!body.contains(stale), "{kind:?}: « {stale} » left\n{body}");
            }
        }
    }
    let text = generate(
        Corpus::embedded(),
        &InitOptions {
            collectivite: Some("Commune de Lanvallon".to_owned()),
            kind: KindOfBody::Commune,
            min_share: 0.0,
            date: AS_OF,
        },
    );
    snap("init__commune", &text);
}

#[test]
fn missing_topic_help_quotes_the_corpus() {
    let report = check_bytes("lanvallon.md", CHARTER_A.as_bytes(), &settings());
    let n = Corpus::embedded().len();
    let helps: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| {
            crate::rules::coverage::rows()
                .iter()
                .any(|r| r.code == f.code)
        })
        .filter_map(|f| f.help.as_deref())
        .collect();
    assert!(!helps.is_empty());
    for h in &helps {
        assert!(
            h.contains(&format!("des {n} chartes de référence")),
            "help without corpus count: {h}"
        );
        assert!(h.contains("Modèle de clause à adapter"), "{h}");
    }
    // At least one quotes a reference clause: « … par exemple, X (AAAA) : « … » ».
    assert!(
        helps.iter().any(|h| h.contains("par exemple, ")),
        "{helps:?}"
    );
}

#[test]
fn user_folder_goes_through_the_same_engine() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = user_corpus(dir.path(), 3, 1);
    assert_eq!(corpus.len(), 4);
    assert!(corpus
        .refs
        .iter()
        .all(|r| r.nature == Nature::FourniParUtilisateur));
    assert_eq!(corpus.count(Topic::GovernanceParticipation), 3);
    assert_eq!(corpus.consensus(), vec![Topic::GovernanceParticipation]);
}

#[test]
fn ref001_fires_when_the_corpus_reaches_the_threshold() {
    assert!(undedicated_topics().contains(&Topic::GovernanceParticipation));
    assert!(!undedicated_topics().contains(&Topic::GdprDpia));
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = user_corpus(dir.path(), 3, 1);
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules/REF001");
    let fail = std::fs::read(fixtures.join("fail.md")).expect("fail.md");
    let pass = std::fs::read(fixtures.join("pass.md")).expect("pass.md");
    let topics = |bytes: &[u8]| -> BTreeSet<Topic> {
        Analysed::from_bytes("x.md", bytes)
            .expect("parses")
            .analysis
            .coverage
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(t, _)| *t)
            .collect()
    };
    assert_eq!(
        common_missing(&corpus, undedicated_topics(), &topics(&fail)),
        vec![Topic::GovernanceParticipation]
    );
    assert!(common_missing(&corpus, undedicated_topics(), &topics(&pass)).is_empty());
    // Below the threshold (2 of 4 = 50 %), nothing.
    let dir = tempfile::tempdir().expect("tempdir");
    let half = user_corpus(dir.path(), 2, 2);
    assert!(common_missing(&half, undedicated_topics(), &topics(&fail)).is_empty());
}

/// The cells of the HTML matrix: for each body row, the topic label and, per column, the cell's class, text and
/// hover text. A small reader of the page charte writes (one `<tr>` per line), enough to check what a reader sees.
struct HtmlCell {
    class: String,
    text: String,
    title: String,
    href: Option<String>,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!("{name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(tag[start..end].to_owned())
}

fn html_matrix(page: &str) -> (Vec<String>, Vec<(String, Vec<HtmlCell>)>) {
    let head = page
        .lines()
        .find(|l| l.starts_with("<thead>"))
        .expect("table head");
    let columns: Vec<String> = head
        .split("<th class=\"col\"")
        .skip(1)
        .map(|th| attr(th, "title").expect("column title"))
        .collect();
    let mut rows = Vec::new();
    for line in page
        .lines()
        .filter(|l| l.contains("<th class=\"topic\" scope=\"row\">"))
    {
        let topic = line
            .split("<th class=\"topic\" scope=\"row\">")
            .nth(1)
            .and_then(|s| s.split("</th>").next())
            .expect("topic")
            .trim_end_matches(" ★")
            .to_owned();
        let cells = line
            .split("<td ")
            .skip(1)
            .filter(|td| !td.starts_with("class=\"count\""))
            .map(|td| {
                let inner = td.split_once('>').map_or("", |x| x.1);
                let inner = inner.split("</td>").next().unwrap_or("");
                // The sign the eye sees (its words for screen readers are in a separate span).
                let text = match inner.split_once("<span aria-hidden=\"true\">") {
                    Some((_, rest)) => rest.split("</span>").next().unwrap_or(""),
                    None => inner,
                };
                HtmlCell {
                    class: attr(td, "class").unwrap_or_default(),
                    text: text.to_owned(),
                    title: attr(td, "title").unwrap_or_default(),
                    href: attr(inner, "href"),
                }
            })
            .collect::<Vec<_>>();
        assert_eq!(cells.len(), columns.len(), "row {topic}");
        rows.push((topic, cells));
    }
    (columns, rows)
}

fn real_like_corpus() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/references/real-like-corpus")
}

#[test]
fn html_page_tells_undocumented_from_absent() {
    // The example charters, the embedded (reconstructed) references, and one full-text reference of the real-like
    // corpus, which attests that it does not cover green procurement.
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut charters = Vec::new();
    for e in std::fs::read_dir(&examples).expect("examples") {
        let p = e.expect("entry").path();
        if p.extension().is_some_and(|x| x == "md")
            && p.file_name().is_none_or(|n| n != "README.md")
        {
            let bytes = std::fs::read(&p).expect("read");
            charters.push(Analysed::from_bytes(&p.display().to_string(), &bytes).expect("parses"));
        }
    }
    charters.sort_by(|a, b| a.path.cmp(&b.path));
    let full =
        crate::refs::Reference::from_file(&real_like_corpus().join("commune-aubrac-sur-lende.md"))
            .expect("full-text reference");
    assert_eq!(full.texte, Texte::Integral);
    let mut corpus = Corpus::embedded().clone();
    corpus.refs.push(full);
    let m = compare(&charters, Some(&corpus));
    let page = crate::references::compare::render(&m, Format::Html, Lang::Fr, false)
        .expect("a format of the command");
    let (columns, rows) = html_matrix(&page);
    assert_eq!(rows.len(), Topic::ALL.len());
    let mut undocumented_seen = 0;
    for r in &Corpus::embedded().refs {
        assert_eq!(r.texte, Texte::Description, "{}", r.id);
        let col = columns
            .iter()
            .position(|c| c.contains(&format!(" — {} — ", r.id)))
            .expect("reference column");
        for (t, (label, cells)) in Topic::ALL.iter().zip(&rows) {
            let cell = &cells[col];
            assert_ne!(cell.class, "no", "{} shows ✗ for {label}", r.id);
            assert_ne!(cell.text, "✗", "{} shows ✗ for {label}", r.id);
            match r.state(*t) {
                State::Undocumented => {
                    undocumented_seen += 1;
                    assert_eq!(cell.class, "nd", "{} / {label}", r.id);
                    assert_eq!(cell.text, "n. d.");
                    assert!(cell.title.contains("non documenté"), "{}", cell.title);
                }
                State::Attested => {
                    let at = &r.attested[t];
                    assert_eq!(cell.class, "yes");
                    assert_eq!(cell.text, "✔");
                    // The link goes to the clause's source; the hover quotes the clause.
                    assert_eq!(
                        cell.href.as_deref(),
                        at.source.as_deref(),
                        "{} / {label}",
                        r.id
                    );
                    let start: String = at.clause.chars().take(20).collect();
                    let start = start.replace('\'', "&#39;").replace('"', "&quot;");
                    assert!(
                        cell.title.contains(&start),
                        "{} / {label}: {}",
                        r.id,
                        cell.title
                    );
                }
                State::Absent => panic!("a description attests no absence"),
            }
        }
    }
    assert!(undocumented_seen > 0);
    // The full-text reference attests absence: ✗ on a topic it does not cover.
    let col = columns
        .iter()
        .position(|c| c.contains(" — commune-aubrac-sur-lende — "))
        .expect("full-text column");
    let procurement = Topic::ALL
        .iter()
        .position(|t| *t == Topic::EnvironmentProcurement)
        .expect("topic");
    let cell = &rows[procurement].1[col];
    assert_eq!((cell.class.as_str(), cell.text.as_str()), ("no", "✗"));
    assert!(cell.title.contains("absent du texte intégral"));
    // The legend names the three states in words, not in colour alone.
    for words in ["✔ sujet traité", "✗ sujet absent", "n. d. non documenté"] {
        assert!(page.contains(words), "legend: {words}");
    }
}

#[test]
fn consensus_lines_name_their_basis() {
    let charters = vec![
        analysed("lanvallon.md", CHARTER_A),
        analysed("morvelle.md", CHARTER_B),
    ];
    let m = compare(&charters, Some(Corpus::embedded()));
    assert!(!m.consensus.is_empty());
    for row in &m.rows {
        let known = m
            .columns
            .iter()
            .filter(|c| c.state(row.topic).is_known())
            .count();
        let count = m
            .columns
            .iter()
            .filter(|c| c.state(row.topic) == State::Attested)
            .count();
        assert_eq!((row.count, row.known), (count, known), "{:?}", row.topic);
    }
    for format in [Format::Human, Format::Markdown, Format::Html] {
        let out = crate::references::compare::render(&m, format, Lang::Fr, false)
            .expect("a format of the command");
        for row in m.rows.iter().filter(|r| r.consensus) {
            let line = format!(
                "{} des {} chartes dont le texte est connu sur ce sujet",
                row.count, row.known
            );
            assert!(out.contains(&line), "{format:?}: {line}");
        }
    }
    // The embedded corpus alone holds no full text: its silence cannot make a consensus.
    let alone = compare(&[], Some(Corpus::embedded()));
    assert!(alone.consensus.is_empty());
    assert!(Corpus::embedded().consensus().is_empty());
    // A description never counts in the basis of a topic it does not document.
    let m = compare(&charters, Some(Corpus::embedded()));
    let row = m
        .rows
        .iter()
        .find(|r| r.topic == Topic::GdprRetention)
        .expect("row");
    assert_eq!(
        row.known, 2,
        "only the two full texts are known on retention"
    );
}

#[test]
fn markdown_and_json_cells_name_their_source_and_clause() {
    let charters = vec![analysed("lanvallon.md", CHARTER_A)];
    let m = compare(&charters, Some(Corpus::embedded()));
    let json = crate::references::compare::render(&m, Format::Json, Lang::Fr, false)
        .expect("a format of the command");
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    let md = crate::references::compare::render(&m, Format::Markdown, Lang::Fr, false)
        .expect("a format of the command");
    let mut attested = 0;
    for r in &Corpus::embedded().refs {
        let col = v["columns"]
            .as_array()
            .expect("columns")
            .iter()
            .find(|c| c["id"] == r.id.as_str())
            .expect("reference column");
        assert_eq!(col["texte"], "description", "{}", r.id);
        for t in Topic::ALL {
            let cell = &col["cells"][t.id()];
            if let Some(at) = r.attested.get(t) {
                attested += 1;
                assert_eq!(cell["state"], "atteste", "{} / {}", r.id, t.id());
                // JSON: the source address and the clause, as the reference file gives them.
                assert_eq!(cell["source"].as_str(), at.source.as_deref());
                assert_eq!(cell["clause"].as_str(), Some(at.clause.as_str()));
                // Markdown: the detail section quotes the clause and links its source.
                let url = at
                    .source
                    .as_deref()
                    .expect("every embedded clause has a source");
                assert!(md.contains(&format!("[✔](<{url}>)")), "{url}");
                let quoted = crate::output::escape::markdown_text(&at.clause);
                let line = format!("** : « {quoted} » — [source](<{url}>)");
                assert!(md.contains(&line), "{} / {}: {line}", r.id, t.id());
            } else {
                assert_eq!(cell["state"], "non-documente", "{} / {}", r.id, t.id());
                assert!(cell.get("source").is_none() && cell.get("clause").is_none());
            }
        }
    }
    assert!(attested > 50, "{attested}");
}
