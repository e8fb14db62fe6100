//! CTR — contradictions: clauses that cannot both hold.

pub(crate) mod ctr001_permission_vs_prohibition;
pub(crate) mod ctr002_obligation_vs_prohibition;
pub(crate) mod ctr003_inconsistent_values;
pub(crate) mod ctr004_tool_contradicts_requirement;
pub(crate) mod ctr005_consent_vs_default;

use crate::analyze::norms::{
    only_the_staff, outside, probably_within, reserves_to_approved, within, Norm, Only, Subsumption,
};
use crate::diagnostics::Finding;
use crate::model::{Force, Modality, Span};
use crate::rules::{Context, RuleMeta};
use std::collections::{BTreeSet, HashMap};

/// The source span of a norm's sentence.
pub(crate) fn norm_span(cx: &Context<'_>, n: &Norm) -> Span {
    let (c, s) = n.at;
    let clause = &cx.charter.clauses[c];
    let sentence = &clause.sentences[s];
    clause.source_span(sentence.start, sentence.end)
}

/// How many clauses one grouped finding labels; the others are counted in its message.
pub(crate) const GROUP_LABELS: usize = 10;

/// The clauses that one ban clause conflicts with (permissions for CTR001, obligations for CTR002).
pub(crate) struct Conflict<'a> {
    /// The first ban norm of the clause.
    pub ban: &'a Norm,
    /// The conflicting norms, one per clause, in document order, at most [`GROUP_LABELS`] of them.
    pub narrows: Vec<(&'a Norm, Option<Subsumption>)>,
    /// How many more clauses conflict with this ban than `narrows` holds.
    pub more: usize,
    /// Set when one slot of each pair only probably overlaps: the finding is a warning that says what to check.
    pub probable: Option<Probable>,
}

/// Why a conflict is only probable.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Probable {
    /// A named product against the unapproved tools: each pair's subsumption names the product and the category.
    Unapproved,
    /// The permission or duty holds in a circumstance (« en cas d'absence », « si vous gérez la boîte contact ») that
    /// the ban, which holds always, does not set aside.
    Circumstance,
}

/// One [`Conflict`] per ban clause whose ban covers what `narrow_modality` allows or requires elsewhere. Indexed by
/// the concepts the ban names, and bounded: each ban clause keeps at most [`GROUP_LABELS`] conflicting clauses and
/// counts the rest, so memory stays linear in the input even when every ban meets every permission.
pub(crate) fn conflicts<'a>(cx: &'a Context<'_>, narrow_modality: Modality) -> Vec<Conflict<'a>> {
    let lx = cx.lexicon;
    let norms = &cx.analysis.norms;
    // Index the candidate norms by every ancestor of the tools and data they name, and of their actors (for the
    // « ne … que » restrictions). A restriction permits what it names: it is a candidate of CTR001, not CTR002.
    let mut index: HashMap<u16, Vec<usize>> = HashMap::new();
    let mut by_actor: HashMap<u16, Vec<usize>> = HashMap::new();
    for (i, n) in norms.iter().enumerate() {
        if effective(cx, n) != Some(narrow_modality) || (n.conditional && n.circumstance.is_none())
        {
            continue;
        }
        for m in n.tools.iter().chain(n.data.iter()) {
            for &a in &lx.ancestors[m.concept as usize] {
                index.entry(a).or_default().push(i);
            }
        }
        for m in &n.actors {
            for &a in &lx.ancestors[m.concept as usize] {
                by_actor.entry(a).or_default().push(i);
            }
        }
    }
    let mut out: Vec<Conflict<'a>> = Vec::new();
    let mut probable: Vec<Conflict<'a>> = Vec::new();
    // Named products (Gemini, ChatGPT…), the candidates of a ban on the unapproved tools.
    let products: Vec<usize> = ["tool.public-genai", "tool.professional"]
        .iter()
        .filter_map(|id| lx.concept(id))
        .filter_map(|c| index.get(&c))
        .flatten()
        .copied()
        .collect();
    let unapproved = lx.concept("tool.unapproved");
    // Clauses already found in conflict with the current ban clause (norms come in document order).
    let mut met: BTreeSet<usize> = BTreeSet::new();
    let mut last_clause: Option<usize> = None;
    let mut candidates: Vec<usize> = Vec::new();
    for ban in norms.iter().filter(|n| {
        (n.modality == Some(Modality::Interdiction) || n.only.is_some())
            && (!n.conditional || n.only_without)
    }) {
        // The clauses met stay met for every ban of the same clause, found or probable: a clause whose two
        // sentences both forbid it (« Non. Les noms … ne doivent jamais y être saisis. ») gives one finding.
        if last_clause != Some(ban.at.0) {
            met.clear();
        }
        last_clause = Some(ban.at.0);
        candidates.clear();
        let (keys, idx) = if ban.only.is_some() {
            (&ban.actors, &by_actor)
        } else {
            (&ban.tools, &index)
        };
        let data = if ban.only.is_some() {
            &[][..]
        } else {
            &ban.data[..]
        };
        for m in keys.iter().chain(data.iter()) {
            if let Some(v) = idx.get(&m.concept) {
                candidates.extend_from_slice(v);
            }
        }
        // A restriction that names no one (« Seul l'outil Trajecto peut être utilisé… ») binds every norm with a tool.
        // So does one on the staff as a whole: a row of a table of usages names no one and binds them too.
        if ban.only.is_some() && (ban.actors.is_empty() || only_the_staff(lx, &ban.actors)) {
            for c in ["tool.ai", "tech.ai"]
                .iter()
                .filter_map(|id| lx.concept(id))
            {
                if let Some(v) = index.get(&c) {
                    candidates.extend_from_slice(v);
                }
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut found: Vec<(&'a Norm, Option<Subsumption>)> = Vec::new();
        let mut more = 0;
        let mut in_circumstance: Vec<(&'a Norm, Option<Subsumption>)> = Vec::new();
        for &i in &candidates {
            let narrow = &norms[i];
            // One clause does not contradict itself; one finding per pair of clauses.
            if narrow.at.0 == ban.at.0 || met.contains(&narrow.at.0) {
                continue;
            }
            // A ban on doing it « sans » a safeguard meets only a clause that does it « sans » the same safeguard.
            if ban.only_without
                && !narrow
                    .without
                    .iter()
                    .any(|w| ban.without.binary_search(w).is_ok())
            {
                continue;
            }
            // A clause that holds in a circumstance the ban does not name: a warning, never against a restriction.
            if let Some(words) = &narrow.circumstance {
                let unnamed = words.iter().all(|w| ban.stems.binary_search(w).is_err());
                if ban.only.is_none() && unnamed {
                    if let Some(witness) = within(lx, narrow, ban) {
                        met.insert(narrow.at.0);
                        if in_circumstance.len() < GROUP_LABELS {
                            in_circumstance.push((narrow, witness));
                        }
                    }
                }
                continue;
            }
            let verdict = if ban.only.is_some() {
                outside(lx, narrow, ban).then_some(None)
            } else {
                within(lx, narrow, ban)
            };
            if let Some(witness) = verdict {
                met.insert(narrow.at.0);
                if found.len() < GROUP_LABELS {
                    found.push((narrow, witness));
                } else {
                    more += 1;
                }
            }
        }
        // The warning tier: a named product against a ban on the unapproved tools, every other slot proved.
        // « Seuls les outils validés » bans the unapproved tools in other words.
        if (ban.only.is_none()
            && !ban.bans_the_tool
            && ban.tools.iter().any(|m| Some(m.concept) == unapproved))
            || reserves_to_approved(lx, ban)
        {
            let mut maybe: Vec<(&'a Norm, Option<Subsumption>)> = Vec::new();
            let mut maybe_more = 0;
            let mut seen: BTreeSet<usize> = BTreeSet::new();
            for &i in &products {
                let narrow = &norms[i];
                if narrow.at.0 == ban.at.0
                    || met.contains(&narrow.at.0)
                    || !seen.insert(narrow.at.0)
                {
                    continue;
                }
                if let Some(u) = probably_within(lx, narrow, ban) {
                    if maybe.len() < GROUP_LABELS {
                        maybe.push((
                            narrow,
                            Some(Subsumption {
                                narrow: u.narrow,
                                broad: u.broad,
                            }),
                        ));
                    } else {
                        maybe_more += 1;
                    }
                }
            }
            if !maybe.is_empty() {
                maybe.sort_by_key(|(n, _)| n.at);
                probable.push(Conflict {
                    ban,
                    narrows: maybe,
                    more: maybe_more,
                    probable: Some(Probable::Unapproved),
                });
            }
        }
        if !in_circumstance.is_empty() {
            probable.push(Conflict {
                ban,
                narrows: in_circumstance,
                more: 0,
                probable: Some(Probable::Circumstance),
            });
        }
        match out.last_mut() {
            Some(c) if c.ban.at.0 == ban.at.0 => {
                for f in found {
                    if c.narrows.len() < GROUP_LABELS {
                        c.narrows.push(f);
                    } else {
                        c.more += 1;
                    }
                }
                c.more += more;
                c.narrows.sort_by_key(|(n, _)| n.at);
            }
            _ if !found.is_empty() => out.push(Conflict {
                ban,
                narrows: found,
                more,
                probable: None,
            }),
            _ => {}
        }
    }
    out.extend(probable);
    out
}

/// The modality a norm has against a ban: a « ne … que » restriction permits what it names, and so does an
/// instruction in the imperative (« Passez-le dans DeepL, c'est le plus rapide »): it tells how a use is done, it
/// does not make the use a duty; a duty against a ban is written « doit », « est tenu de ».
fn effective(cx: &Context<'_>, n: &Norm) -> Option<Modality> {
    let (ci, si) = n.at;
    let imperative = cx
        .charter
        .clauses
        .get(ci)
        .and_then(|c| c.sentences.get(si))
        .is_some_and(|s| s.force == Force::Imperative);
    if n.only.is_some() || (imperative && n.modality == Some(Modality::Obligation)) {
        Some(Modality::Permission)
    } else {
        n.modality
    }
}

/// The findings of CTR001 or CTR002: a pair finding when a ban conflicts with one clause, a grouped finding (the
/// ban primary, each conflicting clause labelled) when it conflicts with several.
pub(crate) fn conflict_findings(
    cx: &Context<'_>,
    meta: &'static RuleMeta,
    narrow_modality: Modality,
    what: (&str, &str),
    out: &mut Vec<Finding>,
) {
    for c in conflicts(cx, narrow_modality) {
        let mut f = match c.narrows[..] {
            [(narrow, witness)] if c.more == 0 => {
                conflict_finding(cx, meta, narrow, c.ban, witness, what)
            }
            _ => group_finding(cx, meta, &c, what),
        };
        match c.probable {
            Some(Probable::Unapproved) => f = probable(cx, f, &c),
            Some(Probable::Circumstance) => f = in_circumstance(cx, f),
            None => {}
        }
        out.push(f);
    }
}

/// Turns a finding into the warning tier for a clause that holds only in a circumstance the ban does not set aside:
/// the drafter may have meant an exception, so the message asks to write it into the ban or to drop the clause.
fn in_circumstance(cx: &Context<'_>, mut f: Finding) -> Finding {
    f.severity = crate::diagnostics::Severity::Warning;
    f.message = format!(
        "{} {}",
        cx.t("contradiction probable, à vérifier :", "probable contradiction, to check:"),
        cx.t(
            "cette clause vaut dans un cas particulier (sa condition), mais l'interdiction ne prévoit aucune exception pour ce cas",
            "this clause holds in a particular case (its condition), but the ban makes no exception for that case"
        ),
    );
    f.help = Some(
        cx.t(
            "si ce cas est une exception voulue, écrivez-la dans l'interdiction (« sauf … ») ; sinon, retirez ou corrigez la clause",
            "if this case is an intended exception, write it into the ban (\"sauf …\"); if not, drop or fix the clause",
        )
        .into(),
    );
    f
}

/// Turns a finding into the warning tier: the overlap of one slot is only probable, so the message says what to
/// check (is the product among the approved tools?) before the clauses can be called contradictory.
fn probable(cx: &Context<'_>, mut f: Finding, c: &Conflict<'_>) -> Finding {
    let products: Vec<String> = c
        .narrows
        .iter()
        .filter_map(|(n, w)| {
            let m = w.as_ref()?.narrow;
            let span = cx.analysis.span_of(cx.charter, n.at.0, m.start, m.end);
            Some(format!("« {} »", cx.text(span)))
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    f.severity = crate::diagnostics::Severity::Warning;
    f.message = format!(
        "{} {} {}",
        cx.t(
            "contradiction probable, à vérifier : l'interdiction vise les outils non validés ; vérifiez si",
            "probable contradiction, to check: the ban covers the tools not approved; check whether"
        ),
        products.join(", "),
        cx.t(
            "figure parmi les outils validés par la collectivité (liste, tableau, décision) — sinon ces clauses se contredisent",
            "is among the tools the authority approved (list, table, decision) — if not, these clauses contradict each other"
        ),
    );
    f.help = Some(
        cx.t(
            "si l'outil est validé, dites-le dans la liste des outils validés ; sinon, retirez l'autorisation ou ajoutez une exception explicite à l'interdiction (« sauf … »)",
            "if the tool is approved, say so in the list of approved tools; if not, drop the permission or add an explicit exception to the ban (\"sauf …\")",
        )
        .into(),
    );
    f
}

/// One finding for a ban that several clauses contradict: the ban is primary, each clause a secondary label.
fn group_finding(
    cx: &Context<'_>,
    meta: &'static RuleMeta,
    c: &Conflict<'_>,
    what: (&str, &str),
) -> Finding {
    let total = c.narrows.len() + c.more;
    let obligation = c.narrows[0].0.modality == Some(Modality::Obligation);
    let mut message = if obligation {
        format!(
            "{} : {total} {}",
            cx.t(what.0, what.1),
            cx.t(
                "obligations contredisent cette interdiction",
                "obligations contradict this ban"
            )
        )
    } else {
        format!(
            "{} : {total} {}",
            cx.t(what.0, what.1),
            cx.t(
                "autorisations contredisent cette interdiction",
                "permissions contradict this ban"
            )
        )
    };
    if c.more > 0 {
        message.push_str(&format!(
            " ({} {}, {} {})",
            c.narrows.len(),
            cx.t("signalées", "labelled"),
            c.more,
            cx.t("autres non signalées", "more not labelled")
        ));
    }
    let label = if obligation {
        cx.t("cette clause l'impose", "this clause requires it")
    } else {
        cx.t("cette clause l'autorise", "this clause allows it")
    };
    let mut f = cx
        .finding(meta, norm_span(cx, c.ban), message)
        .with_primary_label(cx.t("cette clause l'interdit", "this clause forbids it"));
    for (n, _) in &c.narrows {
        f = f.with_label(norm_span(cx, n), label);
    }
    f.with_help(cx.t(
        "conciliez ces clauses : ajoutez à l'interdiction les exceptions voulues (« sauf … »), restreignez les autorisations à ce que l'interdiction laisse libre, ou supprimez ce qui ne doit pas rester",
        "reconcile these clauses: add the intended exceptions to the ban (\"sauf …\"), narrow the permissions to what the ban leaves free, or drop what must not stay",
    ))
}

/// Builds the finding for one conflicting pair: primary on the permission or obligation, secondary on the ban,
/// subsumption spelled out.
fn conflict_finding(
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
            // Named in a lead-in, a question or a column header: the concept's own words (its label for the
            // authority's own tools, which have no fixed term).
            let c = &cx.lexicon.concepts[m.concept as usize];
            c.terms
                .first()
                .or(c.label.as_ref())
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
                cx.t("relève de la catégorie", "is a kind of")
            )
        }
        None => match &ban.only {
            Some(Only::Tools) => ban.tools.first().map_or_else(String::new, |t| {
                format!(
                    "{} « {} »",
                    cx.t(
                        "l'autre clause réserve cet usage à",
                        "the other clause reserves this use to"
                    ),
                    words(t, ban)
                )
            }),
            Some(Only::Purpose { verb, .. }) => format!(
                "{} « {} »",
                cx.t(
                    "l'autre clause réserve cet usage à la finalité",
                    "the other clause reserves this use to the purpose"
                ),
                // The drafter's own words after « que pour » (accents kept), else the normalised verb.
                cx.text(bs)
                    .find(" que pour ")
                    .and_then(|i| cx.text(bs)[i + 10..].split_whitespace().next())
                    .unwrap_or(verb)
            ),
            Some(Only::Activities(r)) => format!(
                "{} « {} »",
                cx.t(
                    "l'autre clause réserve cet usage à",
                    "the other clause reserves this use to"
                ),
                // The drafter's own words after « réservé … à » (accents kept), else the normalised ones.
                reserved_words(cx.text(bs)).unwrap_or(&r.words)
            ),
            None => String::new(),
        },
    };
    let message = if relation.is_empty() {
        cx.t(what.0, what.1).to_owned()
    } else {
        format!("{} : {relation}", cx.t(what.0, what.1))
    };
    let narrow_label = match (narrow.modality, effective(cx, narrow)) {
        (Some(Modality::Obligation), Some(Modality::Permission)) => cx.t(
            "cette consigne le fait faire",
            "this instruction has it done",
        ),
        (Some(Modality::Obligation), _) => cx.t("cette clause l'impose", "this clause requires it"),
        _ => cx.t("cette clause l'autorise", "this clause allows it"),
    };
    // The primary span is the permission or obligation: it is the clause the drafter usually edits, so SARIF and
    // GitHub annotations land on it; the ban is the secondary label.
    let (primary, secondary, plabel, slabel) = (
        ns,
        bs,
        narrow_label,
        cx.t("cette clause l'interdit", "this clause forbids it"),
    );
    cx.finding(meta, primary, message).with_primary_label(plabel).with_label(secondary, slabel).with_help(cx.t(
        "conciliez les deux clauses : ajoutez une exception explicite à l'interdiction (« sauf … »), restreignez l'autorisation à ce que l'interdiction laisse libre, ou supprimez l'une des deux",
        "reconcile the two clauses: add an explicit exception to the ban (\"sauf …\"), narrow the permission to what the ban leaves free, or drop one of them",
    ))
}

/// The words after « réservé (exclusivement) à » in a sentence as written, without the final punctuation.
fn reserved_words(text: &str) -> Option<&str> {
    let lower = text.to_lowercase();
    // Lowercasing French keeps byte offsets (« É » and « é » are two bytes each); give up otherwise.
    if lower.len() != text.len() {
        return None;
    }
    let from = lower.find("réserv")?;
    let rest = &lower[from..];
    let at = [" à ", " aux ", " au "]
        .iter()
        .filter_map(|p| rest.find(p).map(|i| i + p.len()))
        .min()?;
    Some(text[from + at..].trim_end_matches(['.', ';', ' ']))
}
