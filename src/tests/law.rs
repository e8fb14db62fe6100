//! The legal facts dataset (`data/law/*.toml`): every fact is well formed, every reference resolves, and no rule
//! text types a legal date the dataset knows (it must cite the fact instead). What counts as a hard-coded date is
//! defined in `data/law/README.md`.

use crate::i18n::{self, Lang};
use crate::law::{references, Law, Status, REF_KINDS};
use crate::rules::{coverage, registry};
use crate::CivilDate;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn well_formed_https(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    host.contains('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && !url.chars().any(char::is_whitespace)
}

#[test]
fn every_fact_is_well_formed() {
    let law = Law::embedded();
    assert!(law.facts().len() >= 30, "the dataset lost facts");
    let mut ids = std::collections::BTreeSet::new();
    for f in law.facts() {
        assert!(ids.insert(f.id.clone()), "{}: duplicate id", f.id);
        assert!(
            f.id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-')
                && f.id.contains('.'),
            "{}: id must be lowercase `family.name`",
            f.id
        );
        assert!(
            well_formed_https(&f.source),
            "{}: source {}",
            f.id,
            f.source
        );
        for s in &f.more_sources {
            assert!(well_formed_https(s), "{}: source {s}", f.id);
        }
        assert!(
            f.checked_date().is_some(),
            "{}: checked is not an ISO date",
            f.id
        );
        assert!(
            !f.fr.trim().is_empty() && !f.en.trim().is_empty(),
            "{}: statements",
            f.id
        );
        if let Some(d) = &f.date {
            let d =
                CivilDate::parse_iso(d).unwrap_or_else(|| panic!("{}: date {d} is not ISO", f.id));
            // The statement says the date in words, so the two cannot drift apart.
            assert!(
                f.fr.contains(&i18n::date(Lang::Fr, d)),
                "{}: fr statement lacks its date",
                f.id
            );
            assert!(
                f.en.contains(&i18n::date(Lang::En, d)),
                "{}: en statement lacks its date",
                f.id
            );
            let checked = f.checked_date().unwrap();
            match f.status {
                Status::AdoptedNotYetApplicable => assert!(
                    d > checked,
                    "{}: applicable already at its last check",
                    f.id
                ),
                Status::InForce => assert!(d <= checked, "{}: in force before its date", f.id),
                _ => {}
            }
        }
        match (&f.replaced_by, f.status) {
            (Some(r), Status::Superseded) => {
                assert!(law.get(r).is_some(), "{}: replaced_by {r} unknown", f.id);
            }
            (None, Status::Superseded) => panic!("{}: superseded without replaced_by", f.id),
            (Some(_), _) => panic!("{}: replaced_by on a fact that is not superseded", f.id),
            _ => {}
        }
        assert_eq!(
            f.value.is_some(),
            f.unit.is_some(),
            "{}: value and unit go together",
            f.id
        );
    }
}

#[test]
fn unknown_status_or_field_is_refused() {
    let bad_status = "[[fact]]\nid = \"x.y\"\nstatus = \"maybe\"\nfr = \"a\"\nen = \"b\"\nsource = \"https://a.fr\"\nchecked = \"2026-01-01\"\n";
    assert!(Law::from_files(&[("t.toml", bad_status)]).is_err());
    let bad_field = bad_status.replace("maybe", "pending") + "dat = \"2026-01-01\"\n";
    assert!(Law::from_files(&[("t.toml", &bad_field)]).is_err());
    let good = bad_status.replace("maybe", "pending");
    assert!(Law::from_files(&[("t.toml", &good)]).is_ok());
}

/// Every text of a rule that a user may read, raw (before references are resolved), with where it comes from.
fn rule_texts() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for r in registry() {
        let m = r.meta();
        for (what, t) in [
            ("docs_fr", &m.docs_fr),
            ("docs_en", &m.docs_en),
            ("legal_basis", &m.legal_basis),
            ("summary_fr", &m.summary_fr),
            ("summary_en", &m.summary_en),
        ] {
            out.push((format!("{} {what}", m.code), t.clone()));
        }
    }
    for row in coverage::rows() {
        for (what, t) in [
            ("message_fr", &row.message_fr),
            ("message_en", &row.message_en),
            ("help_fr", &row.help_fr),
            ("help_en", &row.help_en),
            ("model_clause", &row.model_clause),
        ] {
            out.push((format!("{} {what}", row.code), t.clone()));
        }
        if let Some(th) = &row.threshold {
            for t in [
                &th.above_fr,
                &th.above_en,
                &th.below_fr,
                &th.below_en,
                &th.unknown_fr,
                &th.unknown_en,
            ] {
                out.push((format!("{} threshold", row.code), t.clone()));
            }
        }
    }
    let lx = crate::lexicon::Lexicon::global();
    for o in &lx.obsolete {
        out.push((
            format!("obsolete.toml {}", o.id),
            format!("{} {}", o.remplacement_fr, o.remplacement_en),
        ));
    }
    for p in &lx.practices {
        out.push((
            format!("practices.toml {}", p.id),
            format!("{} {}", p.label_fr, p.label_en),
        ));
    }
    // Messages built in Rust and the procurement checklist: their source text, comments and tests aside.
    let mut files: Vec<PathBuf> = walk(&root().join("src/rules"));
    files.push(root().join("data/procurement/checklist.toml"));
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let text = text.split("#[cfg(test)]").next().unwrap_or("");
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .collect();
        out.push((path.display().to_string(), kept.join("\n")));
    }
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out
}

/// The text outside fenced example blocks (example charters may contain any date).
fn outside_fences(text: &str) -> String {
    let mut keep = String::new();
    let mut fenced = false;
    for line in text.lines() {
        if line.contains("```") {
            fenced = !fenced;
            continue;
        }
        if !fenced {
            keep.push_str(line);
            keep.push('\n');
        }
    }
    keep
}

#[test]
fn law_dates_are_references() {
    let law = Law::embedded();
    let mut forms: Vec<(String, &str)> = Vec::new();
    for f in law.facts() {
        if let Some(d) = f.civil_date() {
            forms.push((i18n::date(Lang::Fr, d), &f.id));
            forms.push((i18n::date(Lang::En, d), &f.id));
            forms.push((d.to_string(), &f.id));
            if d.day == 1 {
                forms.push((i18n::date(Lang::Fr, d).replacen("1er ", "1 ", 1), &f.id));
            }
        }
    }
    let mut found = Vec::new();
    for (place, text) in rule_texts() {
        let text = outside_fences(&text);
        for (form, id) in &forms {
            // A date preceded by a digit is another date (« 12 décembre » contains « 2 décembre »).
            let mut from = 0;
            while let Some(i) = text[from..].find(form.as_str()).map(|i| from + i) {
                let prev = text[..i].chars().next_back();
                if !prev.is_some_and(|c| c.is_ascii_digit()) {
                    found.push(format!(
                        "{place}: « {form} » — write {{{{date:{id}}}}} or {{{{since:{id}}}}}"
                    ));
                }
                from = i + form.len();
            }
        }
    }
    found.sort();
    found.dedup();
    assert!(
        found.is_empty(),
        "hard-coded legal dates:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_reference_resolves() {
    let law = Law::embedded();
    let mut bad = Vec::new();
    // Rust sources build messages with the accessors of `crate::law`, not with references; data texts only.
    for (place, text) in rule_texts().into_iter().filter(|(p, _)| {
        std::path::Path::new(p)
            .extension()
            .is_none_or(|e| e != "rs")
    }) {
        for r in references(&text) {
            if !REF_KINDS.contains(&r.kind) {
                bad.push(format!("{place}: unknown kind {}", r.kind));
            }
            match law.get(r.id) {
                None => bad.push(format!("{place}: unknown fact {}", r.id)),
                Some(f) if matches!(r.kind, "date" | "since") && f.date.is_none() => {
                    bad.push(format!("{place}: {} has no date", r.id));
                }
                Some(f) if r.kind == "value" && f.value.is_none() => {
                    bad.push(format!("{place}: {} has no value", r.id));
                }
                _ => {}
            }
        }
    }
    for row in coverage::rows() {
        for id in row
            .applies
            .iter()
            .chain(row.threshold.as_ref().map(|t| &t.fact))
        {
            if law.get(id).is_none() {
                bad.push(format!("{}: unknown fact {id}", row.code));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn the_omnibus_is_an_adopted_regulation_everywhere() {
    let law = Law::embedded();
    for r in registry() {
        for lang in [Lang::Fr, Lang::En] {
            let doc = crate::rules::docs::render_with(r.meta(), lang, law);
            let lower = doc.to_lowercase();
            assert!(
                !lower.contains("accord politique") && !lower.contains("political agreement"),
                "{}: the omnibus is Regulation (EU) 2026/1744, not a political agreement",
                r.meta().code
            );
            for sentence in lower.split(['.', '\n']) {
                if sentence.contains("omnibus") {
                    assert!(
                        !sentence.contains("incertain") && !sentence.contains("uncertain"),
                        "{}: « {sentence} »",
                        r.meta().code
                    );
                }
            }
        }
    }
    let lx = crate::lexicon::Lexicon::global();
    for o in &lx.obsolete {
        assert!(
            !o.remplacement_fr.contains("en cours de révision"),
            "{}",
            o.id
        );
    }
}

#[test]
fn explain_states_the_adopted_regulation_with_sources() {
    let law = Law::embedded();
    for code in ["IA001", "IA002", "IA005", "ENV004", "STR003", "ACH006"] {
        let rule = crate::rules::find(code).unwrap();
        let doc = crate::rules::docs::render_with(rule.meta(), Lang::Fr, law);
        assert!(
            doc.contains("## Faits juridiques cités"),
            "{code}: no cited facts"
        );
        assert!(
            doc.contains("vérifiée le 4 décembre 2026"),
            "{code}: no check date"
        );
        if code != "ENV004" && code != "ACH006" {
            assert!(
                doc.contains("règlement (UE) 2026/1744"),
                "{code}: omnibus not named"
            );
            assert!(
                doc.contains(
                    "https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=oj%3AL_202601744"
                ),
                "{code}"
            );
        } else {
            assert!(doc.contains("21 août 2026"), "{code}: décret 2022-767 date");
            assert!(doc.contains("cycle de vie"), "{code}: R2152-7 exception");
        }
    }
    let ia001 =
        crate::rules::docs::render_with(crate::rules::find("IA001").unwrap().meta(), Lang::Fr, law);
    assert!(ia001.contains("prennent des mesures pour favoriser"));
    assert!(!ia001.contains("Commission et aux États membres d'encourager"));
    let ia002 =
        crate::rules::docs::render_with(crate::rules::find("IA002").unwrap().meta(), Lang::Fr, law);
    for needle in [
        "2 août 2026",
        "2 décembre 2026",
        "10 juin 2026",
        "C(2026) 5054",
    ] {
        assert!(ia002.contains(needle), "IA002 lacks {needle}");
    }
    let ia005 =
        crate::rules::docs::render_with(crate::rules::find("IA005").unwrap().meta(), Lang::Fr, law);
    assert!(ia005.contains("2 décembre 2027") && ia005.contains("contenus intimes non consentis"));
    let ia004 =
        crate::rules::docs::render_with(crate::rules::find("IA004").unwrap().meta(), Lang::Fr, law);
    assert!(ia004.contains("pédopornographiques") && ia004.contains("à des fins répressives"));
    let souv004 = crate::rules::docs::render_with(
        crate::rules::find("SOUV004").unwrap().meta(),
        Lang::Fr,
        law,
    );
    assert!(souv004.contains("2023/2854") && souv004.contains("12 janvier 2027"));
    let ach005 = crate::rules::docs::render_with(
        crate::rules::find("ACH005").unwrap().meta(),
        Lang::Fr,
        law,
    );
    assert!(ach005.contains("2023/2854") && ach005.contains("12 septembre 2025"));
    let rgpd009 = crate::rules::docs::render_with(
        crate::rules::find("RGPD009").unwrap().meta(),
        Lang::Fr,
        law,
    );
    assert!(rgpd009.contains("C-703/25 P"));
    let souv003 = crate::rules::docs::render_with(
        crate::rules::find("SOUV003").unwrap().meta(),
        Lang::Fr,
        law,
    );
    assert!(souv003.contains("EUCS") && souv003.contains("5 février 2026"));
}

// ─── `--as-of` follows the dataset: three reference dates around each transition ───────────────────────────

use crate::Severity;
use crate::{check_bytes, Settings};

fn shift(d: CivilDate, days: i32) -> CivilDate {
    let mut d = d;
    for _ in 0..days.abs() {
        d = if days > 0 {
            CivilDate::new(d.year, d.month, d.day + 1)
                .or_else(|| CivilDate::new(d.year, d.month + 1, 1))
                .unwrap_or_else(|| CivilDate::new(d.year + 1, 1, 1).unwrap())
        } else if d.day > 1 {
            CivilDate::new(d.year, d.month, d.day - 1).unwrap()
        } else if d.month > 1 {
            CivilDate::last_of_month(d.year, d.month - 1).unwrap()
        } else {
            CivilDate::new(d.year - 1, 12, 31).unwrap()
        };
    }
    d
}

fn run(code: &str, text: &str, as_of: CivilDate) -> Vec<crate::Finding> {
    let settings = Settings::new(as_of).only(code);
    check_bytes("t.md", text.as_bytes(), &settings)
        .findings
        .into_iter()
        .filter(|f| f.code == code)
        .collect()
}

#[test]
fn since_follows_the_reference_date_for_every_dated_fact() {
    let law = Law::embedded();
    for f in law.facts() {
        let Some(d) = f.civil_date() else { continue };
        let before = law.since(&f.id, Lang::Fr, Some(shift(d, -1)));
        let on = law.since(&f.id, Lang::Fr, Some(d));
        let after = law.since(&f.id, Lang::Fr, Some(shift(d, 1)));
        assert!(
            before.starts_with("bientôt applicable, à compter du"),
            "{}: {before}",
            f.id
        );
        assert!(on.starts_with("applicable depuis le"), "{}: {on}", f.id);
        assert!(
            after.starts_with("applicable depuis le"),
            "{}: {after}",
            f.id
        );
        let far = law.since(&f.id, Lang::En, Some(shift(d, -400)));
        assert!(far.starts_with("applicable from"), "{}: {far}", f.id);
    }
}

#[test]
fn coverage_messages_follow_the_reference_date() {
    let law = Law::embedded();
    let mut seen = 0;
    for row in coverage::rows() {
        let Some(id) = &row.applies else { continue };
        let date = law.date(id).expect("dated fact");
        let rule = crate::rules::find(&row.code).unwrap();
        let example = crate::rules::docs::fail_example(rule.meta()).unwrap();
        for (as_of, expect) in [
            (shift(date, -1), "bientôt applicable, à compter du"),
            (date, "applicable depuis le"),
            (shift(date, 1), "applicable depuis le"),
        ] {
            let found = run(&row.code, &example, as_of);
            assert_eq!(found.len(), 1, "{} at {as_of}", row.code);
            assert!(
                found[0].message.contains(expect),
                "{} at {as_of}: {}",
                row.code,
                found[0].message
            );
        }
        seen += 1;
    }
    assert!(seen >= 3, "IA001, IA002 and IA005 follow a dated fact");
}

#[test]
fn new_article_5_bans_are_soon_banned_then_banned() {
    let text = "# Charte IA\n## Usages\nLe service communication peut utiliser l'IA pour produire des hypertrucages sexuels de personnalités locales.\n";
    let date = Law::embedded().date("ai-act.art5-new-bans").unwrap();
    let before = run("IA004", text, shift(date, -1));
    assert_eq!(before.len(), 1);
    assert_eq!(before[0].severity, Severity::Warning);
    assert!(
        before[0].message.contains("bientôt interdite"),
        "{}",
        before[0].message
    );
    for as_of in [date, shift(date, 1)] {
        let f = run("IA004", text, as_of);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Error, "{as_of}");
        assert!(
            f[0].message
                .contains("applicable depuis le 2 décembre 2026"),
            "{}",
            f[0].message
        );
    }
    // The original bans do not move with the reference date.
    let old = "# Charte IA\n## Usages\nLe service des ressources humaines peut recourir à la reconnaissance des émotions des agents lors des entretiens.\n";
    assert_eq!(run("IA004", old, date)[0].severity, Severity::Error);
}

#[test]
fn replaced_high_risk_date_is_flagged_with_its_replacement() {
    let text = "# Charte IA\n## Haut risque\nLes obligations applicables aux systèmes à haut risque de l'annexe III s'imposeront à la commune à compter du 2 août 2026.\n";
    let f = run("RGPD021", text, CivilDate::new(2026, 12, 4).unwrap());
    assert_eq!(f.len(), 1, "one finding per replaced date");
    assert!(f[0].help.as_deref().unwrap().contains("2 décembre 2027"));
    let other = "# Charte IA\n## Transparence\nLes robots conversationnels indiquent qu'ils ne sont pas des humains à compter du 2 août 2026.\n";
    assert!(
        run("RGPD021", other, CivilDate::new(2026, 12, 4).unwrap()).is_empty(),
        "the date alone is not obsolete"
    );
}

// ─── Thresholds that depend on the authority's size ───────────────────────────────────────────────────────

fn env001_charter(population_line: &str, body_size: &str) -> String {
    format!(
        "---\ntitre: \"Charte IA\"\ncollectivite:\n  nom: \"Ville de Val-d'Orbe\"\n  type: commune\n{population_line}---\n\n# Charte IA\n\n## Article 1 – Champ d'application\nLa charte s'applique aux agents de la ville{body_size}.\n\n## Article 2 – Relecture\nChaque contenu produit avec l'IA est relu avant publication.\n"
    )
}

#[test]
fn reen_threshold_sets_severity_and_says_why() {
    let as_of = CivilDate::new(2026, 12, 4).unwrap();
    let big = run(
        "ENV001",
        &env001_charter("", ", commune de 60 000 habitants"),
        as_of,
    );
    assert_eq!(big.len(), 1);
    assert_eq!(big[0].severity, Severity::Warning);
    assert!(
        big[0].message.contains("avec 60 000 habitants") && big[0].message.contains("loi REEN")
    );
    let big_fm = run(
        "ENV001",
        &env001_charter("  population: 60000\n", ""),
        as_of,
    );
    assert_eq!(big_fm.len(), 1);
    assert!(big_fm[0].message.contains("avec 60 000 habitants"));
    assert!(run(
        "ENV001",
        &env001_charter("", ", commune de 2 000 habitants"),
        as_of
    )
    .is_empty());
    assert!(run("ENV001", &env001_charter("  population: 2000\n", ""), as_of).is_empty());
    let unknown = run("ENV001", &env001_charter("", ""), as_of);
    assert_eq!(unknown.len(), 1);
    assert_eq!(unknown[0].severity, Severity::Warning);
    assert!(
        unknown[0].message.contains("plus de 50 000 habitants"),
        "{}",
        unknown[0].message
    );
    // A threshold quoted in the text is not the authority's size.
    let quoted = run(
        "ENV001",
        &env001_charter(
            "",
            " ; les communes de plus de 50 000 habitants ont une stratégie",
        ),
        as_of,
    );
    assert!(
        quoted[0].message.contains("indiquez la population"),
        "{}",
        quoted[0].message
    );
}

#[test]
fn crpa_threshold_sets_severity_and_says_why() {
    let rule = crate::rules::find("IA006").unwrap();
    let example = crate::rules::docs::fail_example(rule.meta()).unwrap();
    let as_of = CivilDate::new(2026, 12, 4).unwrap();
    let unknown = run("IA006", &example, as_of);
    assert_eq!(unknown[0].severity, Severity::Info);
    assert!(unknown[0].message.contains("plus de 50 agents"));
    let big = run(
        "IA006",
        &format!("---\ncollectivite:\n  agents: 1200\n---\n{example}"),
        as_of,
    );
    assert_eq!(big[0].severity, Severity::Warning);
    assert!(big[0].message.contains("avec 1 200 agents"));
    let small = run(
        "IA006",
        &format!("{example}\nLa commune emploie 12 agents.\n"),
        as_of,
    );
    assert_eq!(small[0].severity, Severity::Info);
    assert!(small[0].message.contains("avec 12 agents"));
}

// ─── Freshness: `charte law --stale`, tested with an injected "today" (never the real clock) ─────────────────

#[test]
fn stale_check_follows_the_injected_today() {
    use crate::facts::{stale_report, MAX_AGE_DAYS};
    use crate::rules::ctr::ctr004_tool_contradicts_requirement::knowledge_base;
    let law = Law::embedded();
    let tools = knowledge_base();
    // The most recent check of an unsettled or tool fact: the day after it, nothing is stale.
    let oldest_unsettled = law
        .facts()
        .iter()
        .filter(|f| f.status.is_unsettled())
        .filter_map(crate::law::Fact::checked_date)
        .min()
        .expect("the dataset has pending or proposal facts");
    let oldest_tool = tools
        .outil
        .iter()
        .flat_map(|t| t.sources.iter())
        .filter_map(|s| CivilDate::parse_iso(&s.consulte_le))
        .min()
        .unwrap();
    let oldest = oldest_unsettled.min(oldest_tool);
    let fresh_until = shift(
        oldest,
        i32::try_from(MAX_AGE_DAYS).expect("a few hundred days"),
    );
    assert!(stale_report(law, tools, fresh_until, Lang::Fr).is_empty());
    let stale = stale_report(law, tools, shift(fresh_until, 1), Lang::Fr);
    assert!(!stale.is_empty());
    // A year later every unsettled fact and every tool source is listed; settled facts never are.
    let later = stale_report(law, tools, shift(fresh_until, 365), Lang::Fr);
    assert!(later
        .iter()
        .any(|l| l.starts_with("gdpr.dpf-appeal (en cours d'examen)")));
    assert!(later.iter().any(|l| l.starts_with("souv.sren-art31-1")));
    assert!(later
        .iter()
        .any(|l| l.starts_with("souv.eucs (proposition ou projet)")));
    assert!(later
        .iter()
        .any(|l| l.starts_with("tools.toml chatgpt-grand-public / entrainement")));
    assert!(!later.iter().any(|l| l.starts_with("ai-act.regulation")));
}

#[test]
fn stale_check_on_a_small_dataset() {
    use crate::facts::stale_report;
    use crate::rules::ctr::ctr004_tool_contradicts_requirement::KnowledgeBase;
    let toml = "[[fact]]\nid = \"x.pending\"\nstatus = \"pending\"\nfr = \"a\"\nen = \"b\"\nsource = \"https://a.fr\"\nchecked = \"2026-01-01\"\n\n[[fact]]\nid = \"x.in-force\"\nstatus = \"in-force\"\nfr = \"a\"\nen = \"b\"\nsource = \"https://a.fr\"\nchecked = \"2020-01-01\"\n";
    let law = Law::from_files(&[("t.toml", toml)]).unwrap();
    let tools: KnowledgeBase = toml::from_str("date_base = \"2026-01-01\"\noutil = []\n").unwrap();
    // 2026-01-01 + 120 days = 2026-05-01.
    assert!(stale_report(&law, &tools, CivilDate::new(2026, 5, 1).unwrap(), Lang::Fr).is_empty());
    let on = stale_report(&law, &tools, CivilDate::new(2026, 5, 2).unwrap(), Lang::En);
    assert_eq!(on.len(), 1);
    assert!(
        on[0].starts_with("x.pending (pending): checked on 2026-01-01"),
        "{}",
        on[0]
    );
}
