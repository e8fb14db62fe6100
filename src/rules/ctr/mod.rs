//! CTR — contradictions: clauses that cannot both hold.

pub mod ctr001_permission_vs_prohibition;
pub mod ctr002_obligation_vs_prohibition;
pub mod ctr003_inconsistent_values;
pub mod ctr004_tool_contradicts_requirement;

use crate::analyze::norms::{within, Norm, Subsumption};
use crate::diagnostics::Finding;
use crate::model::{Modality, Span};
use crate::rules::{Context, RuleMeta};
use std::collections::{BTreeSet, HashMap};

/// The source span of a norm's sentence.
pub fn norm_span(cx: &Context<'_>, n: &Norm) -> Span {
    let (c, s) = n.at;
    let clause = &cx.charter.clauses[c];
    let sentence = &clause.sentences[s];
    clause.source_span(sentence.start, sentence.end)
}

/// Every (narrow, ban) pair where what `narrow_modality` allows or requires falls inside a ban. Indexed by the
/// concepts the ban names, so the search stays near-linear in the number of norms.
pub fn conflicts<'a>(
    cx: &'a Context<'_>,
    narrow_modality: Modality,
) -> Vec<(&'a Norm, &'a Norm, Option<Subsumption>)> {
    let lx = cx.lexicon;
    let norms = &cx.analysis.norms;
    // Index the candidate norms by every ancestor of the tools and data they name.
    let mut index: HashMap<u16, Vec<usize>> = HashMap::new();
    for (i, n) in norms.iter().enumerate() {
        if n.modality != Some(narrow_modality) || n.conditional {
            continue;
        }
        for m in n.tools.iter().chain(n.data.iter()) {
            for &a in &lx.ancestors[m.concept as usize] {
                index.entry(a).or_default().push(i);
            }
        }
    }
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for ban in norms
        .iter()
        .filter(|n| n.modality == Some(Modality::Interdiction) && !n.conditional)
    {
        let mut candidates: Vec<usize> = ban
            .tools
            .iter()
            .chain(ban.data.iter())
            .flat_map(|m| index.get(&m.concept).cloned().unwrap_or_default())
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        for i in candidates {
            let narrow = &norms[i];
            if narrow.at.0 == ban.at.0 {
                continue; // one clause does not contradict itself
            }
            let key = (narrow.at.0.min(ban.at.0), narrow.at.0.max(ban.at.0));
            if seen.contains(&key) {
                continue;
            }
            if let Some(witness) = within(lx, narrow, ban) {
                seen.insert(key);
                out.push((narrow, ban, witness));
            }
        }
    }
    out
}

/// Builds the finding for a conflict: primary on the later clause, secondary on the earlier, subsumption spelled out.
pub fn conflict_finding(
    cx: &Context<'_>,
    meta: &'static RuleMeta,
    narrow: &Norm,
    ban: &Norm,
    witness: Option<Subsumption>,
    what: (&str, &str),
) -> Finding {
    let (ns, bs) = (norm_span(cx, narrow), norm_span(cx, ban));
    let words = |m: &crate::analyze::norms::Mention, n: &Norm| -> String {
        let info = &cx.analysis.clauses[n.at.0];
        if m.lead {
            cx.lexicon.concepts[m.concept as usize]
                .terms
                .first()
                .cloned()
                .unwrap_or_default()
        } else {
            let span = cx.analysis.span_of(cx.charter, n.at.0, m.start, m.end);
            let _ = info;
            cx.text(span).to_owned()
        }
    };
    let named = |m: &crate::analyze::norms::Mention| {
        let c = &cx.lexicon.concepts[m.concept as usize];
        c.label
            .clone()
            .or_else(|| c.terms.first().cloned())
            .unwrap_or_default()
    };
    let relation = match witness {
        Some(w) if w.narrow.concept == w.broad.concept => format!(
            "« {} » {}",
            words(&w.narrow, narrow),
            cx.t("est visé par les deux clauses", "is named by both clauses")
        ),
        Some(w) => {
            let (label, written) = (named(&w.broad), words(&w.broad, ban));
            // Show the words of the ban too when they differ from the category's name.
            let shown = if label.contains(&written) || written.contains(&label) {
                String::new()
            } else {
                format!(" (« {written} »)")
            };
            format!(
                "« {} » {} « {label} »{shown}",
                words(&w.narrow, narrow),
                cx.t("est un cas de", "is a kind of")
            )
        }
        None => String::new(),
    };
    let message = if relation.is_empty() {
        cx.t(what.0, what.1).to_owned()
    } else {
        format!("{} : {relation}", cx.t(what.0, what.1))
    };
    let narrow_label = match narrow.modality {
        Some(Modality::Obligation) => cx.t("cette clause l'impose", "this clause requires it"),
        _ => cx.t("cette clause l'autorise", "this clause allows it"),
    };
    let (primary, secondary, plabel, slabel) = if ns.start > bs.start {
        (
            ns,
            bs,
            narrow_label,
            cx.t("cette clause l'interdit", "this clause forbids it"),
        )
    } else {
        (
            bs,
            ns,
            cx.t("cette clause l'interdit", "this clause forbids it"),
            narrow_label,
        )
    };
    cx.finding(meta, primary, message).with_primary_label(plabel).with_label(secondary, slabel).with_help(cx.t(
        "conciliez les deux clauses : ajoutez une exception explicite à l'interdiction (« sauf … »), restreignez l'autorisation à ce que l'interdiction laisse libre, ou supprimez l'une des deux",
        "reconcile the two clauses: add an explicit exception to the ban (\"sauf …\"), narrow the permission to what the ban leaves free, or drop one of them",
    ))
}
