//! The miss classifier of the readable contradiction set: for each labelled CTR001 or CTR002 pair that `check` does
//! not report, the stage where the pair was lost. A tool for whoever tunes the CTR rules, run by hand:
//! `cargo test --lib ctr_misses -- --ignored --nocapture`. It reads `tests/corpus/contradictions/`. With
//! `CHARTE_MISSES_HELD_OUT=1` it reads `tests/holdout/contradictions/` and prints only the count of misses per
//! class, never a file name nor a sentence: whoever tunes the rules reads only held-out scores, and this is one.
//!
//! Classes: (a) a line holds no norm at all (the sentence is not read as a rule); (b) both lines hold norms but
//! none with the modality the code needs, or the needed one is conditional; (c) the modalities fit but a slot
//! comparison says "no overlap" (the slot is named); (d) the pair is in conflict but the finding labels other lines
//! (grouping, pairing).

use crate::analyze::norms::{outside, why_not, Norm};
use crate::diagnostics::LineIndex;
use crate::lexicon::Lexicon;
use crate::model::Modality;
use std::collections::BTreeMap;

use super::Gold;

/// True when a norm can stand on the ban side of a pair (a ban, or a « ne … que » restriction).
fn ban_side(n: &Norm) -> bool {
    n.modality == Some(Modality::Interdiction) || n.only.is_some()
}

#[test]
#[ignore = "a diagnostic tool, run by hand with --ignored --nocapture"]
fn ctr_misses() {
    let (held_out, docs) = super::labelled("contradictions");
    let lx = Lexicon::global();
    let mut classes: BTreeMap<String, usize> = BTreeMap::new();
    for (doc, gold_path) in docs {
        let gold: Gold =
            serde_saphyr::from_str(&std::fs::read_to_string(&gold_path).expect("gold"))
                .expect("gold");
        let path = doc.to_string_lossy().into_owned();
        let bytes = std::fs::read(&doc).expect("doc");
        let (report, kept) = crate::engine::check_keeping(&path, &bytes, &super::settings(), None);
        let Some(a) = kept else { continue };
        let text = report.source.clone().unwrap_or_default();
        let index = LineIndex::new(&text);
        let lines_of = |span: crate::model::Span| {
            let (x, _) = index.position(&text, span.start);
            let (y, _) = index.position(&text, span.end.saturating_sub(1).max(span.start));
            x..=y
        };
        let touched = |f: &crate::Finding| {
            let mut v = Vec::new();
            for span in std::iter::once(f.primary).chain(f.labels.iter().map(|l| l.span)) {
                let r = lines_of(span);
                v.extend(r.start().saturating_sub(1)..=r.end() + 1);
            }
            v
        };
        let norm_lines = |n: &Norm| {
            let (c, s) = n.at;
            let clause = &a.charter.clauses[c];
            let sentence = &clause.sentences[s];
            lines_of(clause.source_span(sentence.start, sentence.end))
        };
        for e in gold
            .expect
            .iter()
            .filter(|e| e.code == "CTR001" || e.code == "CTR002")
        {
            let found = report
                .findings
                .iter()
                .any(|f| f.code == e.code && e.lines.iter().all(|l| touched(f).contains(l)));
            if found {
                continue;
            }
            let at = |l: usize| -> Vec<&Norm> {
                a.analysis
                    .norms
                    .iter()
                    .filter(|n| norm_lines(n).contains(&l))
                    .collect()
            };
            let (l1, l2) = (e.lines[0], e.lines[1]);
            let (n1, n2) = (at(l1), at(l2));
            let narrow_modality = if e.code == "CTR001" {
                Modality::Permission
            } else {
                Modality::Obligation
            };
            let narrow_side = |n: &&Norm| {
                (!n.conditional || n.circumstance.is_some())
                    && (n.modality == Some(narrow_modality)
                        || (narrow_modality == Modality::Permission && n.only.is_some()))
            };
            let ban_ok = |n: &&Norm| ban_side(n) && (!n.conditional || n.only_without);
            let describe = |v: &[&Norm]| {
                v.iter()
                    .map(|n| {
                        format!(
                            "{:?}{}{}",
                            n.modality,
                            if n.conditional { "/cond" } else { "" },
                            if n.only.is_some() { "/only" } else { "" }
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(",")
            };
            let class = if n1.is_empty() || n2.is_empty() {
                "a no norm".to_owned()
            } else {
                let pairs: Vec<(&Norm, &Norm)> = n1
                    .iter()
                    .flat_map(|x| n2.iter().map(move |y| (*x, *y)))
                    .flat_map(|(x, y)| [(x, y), (y, x)])
                    .filter(|(nw, b)| narrow_side(nw) && ban_ok(b))
                    .collect();
                if pairs.is_empty() {
                    format!("b modality [{}] [{}]", describe(&n1), describe(&n2))
                } else {
                    let reasons: Vec<&str> = pairs
                        .iter()
                        .map(|(nw, b)| {
                            if b.only.is_some() {
                                if outside(lx, nw, b) {
                                    "ok"
                                } else {
                                    "only-restriction"
                                }
                            } else if b.only_without
                                && !nw
                                    .without
                                    .iter()
                                    .any(|w| b.without.binary_search(w).is_ok())
                            {
                                "without-unmatched"
                            } else {
                                why_not(lx, nw, b).unwrap_or("ok")
                            }
                        })
                        .collect();
                    if reasons.contains(&"ok") {
                        "d pairing".to_owned()
                    } else {
                        format!("c slot {}", reasons[0])
                    }
                }
            };
            let key = class.split(" [").next().unwrap_or(&class).to_owned();
            *classes.entry(key).or_default() += 1;
            if held_out {
                continue;
            }
            println!(
                "{} {} {:?}: {class}",
                doc.file_name().unwrap().to_string_lossy(),
                e.code,
                e.lines
            );
            for n in n1.iter().chain(n2.iter()) {
                let (c, si) = n.at;
                let clause = &a.charter.clauses[c];
                let s = &clause.sentences[si];
                let ids = |v: &[crate::analyze::norms::Mention]| {
                    v.iter()
                        .map(|m| lx.concepts[m.concept as usize].id.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                println!(
                    "    {:?}{} without{:?} act[{}] tool[{}] data[{}] actor[{}] work[{}] purpose {:?} resid {:?} | {}",
                    n.modality,
                    if n.conditional { "/cond" } else { "" },
                    n.without,
                    ids(&n.actions),
                    ids(&n.tools),
                    ids(&n.data),
                    ids(&n.actors),
                    ids(&n.work),
                    n.purpose,
                    n.residual,
                    clause.text[s.start..s.end].chars().take(150).collect::<String>()
                );
            }
        }
    }
    println!("classes: {classes:?}");
}
