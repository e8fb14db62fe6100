//! What `charte inspect` shows: what the analysis understood of a charter, sentence by sentence (modality, topics
//! covered or only mentioned, norms, whether it is a rule and where its force comes from). For authors who wonder why
//! a rule fires, and for lexicon reviewers.

use crate::analyze::analyze;
use crate::diagnostics::LineIndex;
use crate::i18n::Lang;
use crate::lexicon::Lexicon;
use crate::parse::{parse_bytes, Format};

/// The analysis of the file `path` (its `bytes`) sentence by sentence, in `lang`, safe for a terminal (the charter's
/// own text cannot act on it); `None` when the file cannot be read as a charter.
pub fn inspect(path: &str, bytes: &[u8], lang: Lang) -> Option<String> {
    let parsed = parse_bytes(path, bytes, Format::from_path(path));
    let document = parsed.document.clone();
    let (Some(mut charter), Some(source)) = (parsed.charter, parsed.source) else {
        return None;
    };
    let analysis = analyze(&mut charter, Lexicon::global());
    let index = LineIndex::new(&source.text);
    let mut out = String::new();
    if let Some(doc) = &document {
        out.push_str(&document_header(doc, path, lang));
    }
    if !analysis.local_tools.is_empty() {
        out.push_str(&format!(
            "{} {}",
            lang.pick(
                "outils propres à la charte :",
                "tools named by the charter:"
            ),
            analysis.local_tools.join(", ")
        ));
        out.push('\n');
    }
    for (ci, clause) in charter.clauses.iter().enumerate() {
        let section = clause
            .section
            .map(|s| {
                format!(
                    "{} {:?}",
                    charter.sections[s].title, charter.sections[s].role
                )
            })
            .unwrap_or_default();
        for (si, s) in clause.sentences.iter().enumerate() {
            let span = clause.source_span(s.start, s.end);
            // Documents number paragraphs (« §12 »); text files number lines.
            let line = match &document {
                Some(doc) => doc
                    .map
                    .locate(span.start)
                    .map_or(String::new(), |l| format!("§{}", l.paragraph)),
                None => index.position(&source.text, span.start).0.to_string(),
            };
            let topics: Vec<&str> = s.topics.iter().map(|t| t.id()).collect();
            let mentions: Vec<&str> = s.mentions.iter().map(|t| t.id()).collect();
            let modality = s.modality.map_or("-", crate::model::Modality::as_str);
            let text: String = clause.text[s.start..s.end].chars().take(90).collect();
            out.push_str(&format!(
                "{line:>4} [{modality}{}] {text}",
                if s.conditional { ", conditionnel" } else { "" }
            ));
            out.push('\n');
            for (label, ids) in [
                (lang.pick("couvre :", "covers:"), &topics),
                (lang.pick("mentionne :", "mentions:"), &mentions),
            ] {
                if !ids.is_empty() {
                    out.push_str(&format!("       {label} {}\n", ids.join(", ")));
                }
            }
            let lx = Lexicon::global();
            for n in analysis.norms.iter().filter(|n| n.at == (ci, si)) {
                let ids = |v: &[crate::analyze::norms::Mention]| {
                    v.iter()
                        .map(|m| lx.concepts[m.concept as usize].id.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                out.push_str(&format!(
                    "       {} [{}] {} [{}] {} [{}] {} [{}] {} [{}]{}",
                    lang.pick("acteurs", "actors"),
                    ids(&n.actors),
                    lang.pick("actions", "actions"),
                    ids(&n.actions),
                    lang.pick("données", "data"),
                    ids(&n.data),
                    lang.pick("outils", "tools"),
                    ids(&n.tools),
                    lang.pick("exceptions", "exceptions"),
                    ids(&n.exceptions),
                    if n.conditional {
                        lang.pick(" conditionnelle", " conditional")
                    } else {
                        ""
                    }
                ));
                // The rest of the frame: the object of work, the purpose a rule is limited to and what a « ne … que »
                // reserves it to.
                if !n.work.is_empty() {
                    out.push_str(&format!(
                        " {} [{}]",
                        lang.pick("objets", "objects"),
                        ids(&n.work)
                    ));
                }
                if !n.patients.is_empty() {
                    out.push_str(&format!(
                        " {} [{}]",
                        lang.pick("personnes visées", "people concerned"),
                        ids(&n.patients)
                    ));
                }
                if let Some(p) = &n.purpose {
                    out.push_str(&format!(" {} [{p}]", lang.pick("finalité", "purpose")));
                }
                // A ban's object in the drafter's own words (stems the lexicon does not know, coordinated terms joined
                // by `|`), which the other clause must share; what a « sans » sets aside.
                // The words of the other noun phrases, for each phrase, are no words of their own.
                let own: Vec<&str> = n
                    .residual
                    .iter()
                    .map(String::as_str)
                    .filter(|u| !u.starts_with(crate::analyze::norms::ALTERNATIVE))
                    .collect();
                if !own.is_empty() {
                    out.push_str(&format!(
                        " {} [{}]",
                        lang.pick("mots de l'objet", "object words"),
                        own.join(" ")
                    ));
                }
                // The ban's unknown verb and the words of a relative clause that narrows it, which the other clause
                // must meet too.
                if !n.musts.is_empty() {
                    out.push_str(&format!(
                        " {} [{}]",
                        lang.pick("mots requis", "required words"),
                        n.musts.join(" ")
                    ));
                }
                if !n.without.is_empty() {
                    out.push_str(&format!(
                        " {} [{}]",
                        lang.pick("sans", "without"),
                        n.without.join(" ")
                    ));
                }
                match &n.only {
                    Some(crate::analyze::norms::Only::Tools) => out.push_str(&format!(
                        " {} [{}]",
                        lang.pick("réservée aux outils", "reserved to tools"),
                        ids(&n.tools)
                    )),
                    Some(crate::analyze::norms::Only::Purpose { verb, .. }) => {
                        out.push_str(&format!(
                            " {} [{verb}]",
                            lang.pick("réservée à la finalité", "reserved to purpose")
                        ));
                    }
                    Some(crate::analyze::norms::Only::Activities(r)) => {
                        out.push_str(&format!(
                            " {} [{}]",
                            lang.pick("réservée aux activités", "reserved to activities"),
                            r.heads.join(" ")
                        ));
                    }
                    None => {}
                }
                out.push('\n');
            }
            // Is it a rule, and where does its force come from (issue 14)?
            let pick = |(fr, en): (&'static str, &'static str)| lang.pick(fr, en);
            let mut reading = match (s.non_rule, s.force) {
                (Some(k), _) => format!(
                    "{} {}",
                    lang.pick("pas une règle :", "not a rule:"),
                    pick(k.names())
                ),
                (None, crate::model::Force::None) => lang.pick("constat", "statement").to_owned(),
                (None, f) => format!(
                    "{} ({} {})",
                    lang.pick("règle", "rule"),
                    lang.pick("force", "force"),
                    pick(f.names())
                ),
            };
            if let Some(t) = s.instrument.filter(|_| s.modality.is_some()) {
                reading.push_str(&format!(
                    " ; {} {}",
                    lang.pick("instrument implicite :", "implied instrument:"),
                    Lexicon::global().concepts[t as usize].id
                ));
            }
            out.push_str(&format!("       {reading}\n"));
            let _ = &section;
        }
    }
    // The sentences are the charter's own text: nothing in them may act on the terminal.
    Some(crate::output::escape::terminal(&out).into_owned())
}

/// What charte read from a document's properties, and the tracked changes it found pending.
fn document_header(doc: &crate::parse::DocumentInfo, path: &str, lang: Lang) -> String {
    let mut out = String::new();
    let p = &doc.properties;
    for (fr, en, value) in [
        ("titre (propriétés)", "title (properties)", &p.title),
        ("auteur", "author", &p.creator),
        ("créé le", "created", &p.created),
        ("modifié le", "modified", &p.modified),
    ] {
        if let Some(v) = value {
            out.push_str(&format!("{} : {v}\n", lang.pick(fr, en)));
        }
    }
    if let Some(note) = crate::output::pending_changes_note(path, Some(doc), lang) {
        out.push_str(&note);
        out.push('\n');
    }
    out
}
