//! `charte init`: a starting charter built from the clauses the references share. For each selected topic, the
//! clause most representative of the references that cover it (see [`Corpus::representative`]) is copied under the
//! article of its topic family, preceded by an « À adapter » comment naming where it comes from. The result passes
//! `charte check` with no error: the generator checks its own output and, when an error remains, removes the clause
//! at fault or adds the built-in clause a missing error-level topic needs.

use crate::corpus::{text, Corpus};
use crate::diagnostics::Severity;
use crate::engine::{check_bytes, Settings};
use crate::grammar::CivilDate;
use crate::model::{KindOfBody, Topic};
use std::collections::BTreeSet;

/// What the starting charter is for.
#[derive(Debug, Clone)]
pub struct InitOptions {
    /// Name of the authority (`--collectivite`).
    pub collectivite: Option<String>,
    /// Kind of body (`--type`).
    pub kind: KindOfBody,
    /// Minimum share of references covering a topic for it to be included (0 = every topic at least one reference
    /// covers; 0.75 = the consensus topics only).
    pub min_share: f64,
    /// Date written in `adoption.date` (to be replaced by the deliberation's).
    pub date: CivilDate,
}

/// The articles of the starting charter: title and the topic families (id prefixes or full ids) they hold.
const ARTICLES: &[(&str, &[&str])] = &[
    ("Objet et champ d'application", &["governance.scope"]),
    ("Définitions", &["governance.definitions"]),
    ("Protection des données personnelles", &["gdpr."]),
    ("Souveraineté et maîtrise des outils", &["sovereignty."]),
    ("Usages de l'intelligence artificielle", &["ai."]),
    ("Sobriété et impact environnemental", &["environment."]),
    (
        "Gouvernance, suivi et révision",
        &[
            "governance.roles",
            "governance.participation",
            "governance.enforcement",
            "governance.review",
        ],
    ),
];

fn article_of(t: Topic) -> usize {
    let id = t.id();
    ARTICLES
        .iter()
        .position(|(_, keys)| {
            keys.iter().any(|k| {
                if k.ends_with('.') {
                    id.starts_with(k)
                } else {
                    id == *k
                }
            })
        })
        .unwrap_or(ARTICLES.len() - 1)
}

/// Clauses charte itself supplies when the draft still misses a topic: the model clause of the coverage rule that
/// fired (`data/rules/coverage.toml`), which is written to cover its topic. RGPD001 keeps a stricter clause of its
/// own: it also closes tools the authority has not approved.
const BUILT_IN: &[(Topic, &str)] = &[(
    Topic::GdprPublicTools,
    "Il est interdit de saisir des données à caractère personnel dans un outil d'intelligence artificielle grand public, ainsi que dans tout outil que la collectivité n'a pas expressément autorisé.",
)];

/// The clause charte proposes for a coverage rule's code, with its topic.
fn proposed_clause(code: &str) -> Option<(Topic, String)> {
    let row = crate::rules::coverage::rows()
        .iter()
        .find(|r| r.code == code)?;
    let topic = row.topics.iter().find_map(|t| Topic::from_id(t))?;
    let text = BUILT_IN.iter().find(|(t, _)| *t == topic).map_or_else(
        || row.model_clause.trim().to_owned(),
        |(_, c)| (*c).to_owned(),
    );
    (!text.is_empty()).then_some((topic, text))
}

/// One clause of the starting charter.
#[derive(Debug, Clone)]
struct Entry {
    article: usize,
    topic: Topic,
    comment: String,
    text: String,
}

fn instance(kind: KindOfBody) -> &'static str {
    match kind {
        KindOfBody::Commune => "Conseil municipal",
        KindOfBody::Epci => "Conseil communautaire",
        KindOfBody::Departement => "Conseil départemental",
        KindOfBody::Region => "Conseil régional",
        KindOfBody::Association | KindOfBody::Entreprise => "Conseil d'administration",
        _ => "Organe délibérant",
    }
}

fn yaml_str(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Entries drawn from the corpus.
fn entries(corpus: &Corpus, min_share: f64, kind: KindOfBody) -> Vec<Entry> {
    let n = corpus.len();
    let consensus: BTreeSet<Topic> = corpus.consensus().into_iter().collect();
    let mut used: BTreeSet<(String, usize)> = BTreeSet::new();
    let mut covered: BTreeSet<Topic> = BTreeSet::new();
    let mut out = Vec::new();
    for &t in Topic::ALL {
        let count = corpus.count(t);
        // `--seuil` reads on every reference, not only those whose text is known on the topic: a reconstructed
        // reference's silence is not a vote against, but neither is it a vote for.
        let share_of_all = count as f64 / n.max(1) as f64;
        if count == 0 || share_of_all + 1e-9 < min_share || covered.contains(&t) {
            continue;
        }
        let Some((r, c, support)) = corpus.representative(t) else {
            continue;
        };
        // A clause that opens on a pronoun cannot stand alone in a new charter, and one that names the reference's
        // own tool or programme (« Iris », « Isère durable ») describes that body, not the new one.
        let own_tool = names_own_thing(&c.text)
            || r.doc.analysis.local_tools.iter().any(|name| {
                let n = crate::lexicon::normalize::normalize(name).text;
                crate::analyze::contains_word(&c.norm, &n)
            });
        if text::anaphoric(&c.norm) || own_tool || !used.insert((r.id.clone(), c.index)) {
            continue;
        }
        covered.extend(c.topics.iter().copied());
        let comment = format!(
            "À adapter : clause reprise de {} (ligne {}) ; sujet « {} », traité par {} des {} chartes de référence{}.",
            r.label(),
            c.line,
            t.label_fr(),
            support,
            n,
            if consensus.contains(&t) { ", sujet de consensus" } else { "" }
        );
        out.push(Entry {
            article: article_of(t),
            topic: t,
            comment,
            text: adapt(&c.text, kind),
        });
    }
    out
}

/// True when a clause names something in quotes with a capital (« Iris », « Isère durable »): a name proper to the
/// body that wrote it.
fn names_own_thing(text: &str) -> bool {
    static NAME: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    NAME.get_or_init(|| regex::Regex::new(r"«\s*\p{Lu}[^»]{0,40}»").expect("valid regex"))
        .is_match(text)
}

fn built_in(code: &str) -> Option<Entry> {
    let (topic, text) = proposed_clause(code)?;
    Some(Entry {
        article: article_of(topic),
        topic,
        comment: format!(
            "À adapter : aucune charte de référence retenue ne traite le sujet « {} » ; clause proposée par charte.",
            topic.label_fr()
        ),
        text,
    })
}

/// How the draft names its own body: noun, feminine, elided article (« l'intercommunalité »), plural adjective.
struct Designation {
    noun: &'static str,
    feminine: bool,
    elided: bool,
    adjective: &'static str,
}

fn designation(kind: KindOfBody) -> Designation {
    let d = |noun, feminine, elided, adjective| Designation {
        noun,
        feminine,
        elided,
        adjective,
    };
    match kind {
        KindOfBody::Commune => d("Commune", true, false, "municipaux"),
        KindOfBody::Epci => d("intercommunalité", true, true, "communautaires"),
        KindOfBody::Departement => d("Département", false, false, "départementaux"),
        KindOfBody::Region => d("Région", true, false, "régionaux"),
        KindOfBody::Etat => d("administration", true, true, "de l'administration"),
        KindOfBody::Association => d("association", true, true, "de l'association"),
        KindOfBody::Entreprise => d("entreprise", true, true, "de l'entreprise"),
        _ => d("organisme", false, true, "de l'organisme"),
    }
}

impl Designation {
    /// The noun phrase after a preposition: `""` (subject), `"de"` or `"à"`; capitalised at a sentence start.
    fn phrase(&self, prep: &str, capital: bool) -> String {
        let art = match (prep, self.elided, self.feminine) {
            ("de", true, _) => "de l'",
            ("de", false, true) => "de la ",
            ("de", false, false) => "du ",
            ("à", true, _) => "à l'",
            ("à", false, true) => "à la ",
            ("à", false, false) => "au ",
            (_, true, _) => "l'",
            (_, false, true) => "la ",
            (_, false, false) => "le ",
        };
        let mut out = format!("{art}{}", self.noun);
        if capital {
            if let Some(first) = out.chars().next() {
                out.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
            }
        }
        out
    }
}

/// Rewrites the designations of the reference's body (« le Département », « de la Métropole », « à la Ville », « élus
/// départementaux ») into the draft's own, so that a commune's draft does not speak of « le Département ».
fn adapt(text: &str, kind: KindOfBody) -> String {
    static BODY: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static ADJ: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let body = BODY.get_or_init(|| {
        regex::Regex::new(
            r"\b(Le|le|La|la|L'|l'|L’|l’|du|de la|de l'|de l’|au|à la|à l'|à l’)\s*(Département|Région|Eurométropole|Métropole|Ville|Commune|Collectivité|Communauté de communes|Communauté d'agglomération)\b",
        )
        .expect("valid regex")
    });
    let adj = ADJ.get_or_init(|| {
        regex::Regex::new(r"\b(élus|agents|services|conseillers) (départementaux|régionaux|municipaux|métropolitains|communautaires)\b")
            .expect("valid regex")
    });
    let d = designation(kind);
    let mut switched_gender = false;
    let out = body.replace_all(text, |c: &regex::Captures<'_>| {
        let source_feminine = !matches!(&c[2], "Département");
        switched_gender |= source_feminine != d.feminine;
        let art = &c[1];
        let prep = match art {
            "du" | "de la" | "de l'" | "de l’" => "de",
            "au" | "à la" | "à l'" | "à l’" => "à",
            _ => "",
        };
        d.phrase(prep, art.starts_with(|ch: char| ch.is_uppercase()))
    });
    let out = adj
        .replace_all(&out, |c: &regex::Captures<'_>| {
            format!("{} {}", &c[1], d.adjective)
        })
        .into_owned();
    if !switched_gender {
        return out;
    }
    // The next sentence's subject pronoun stood for the body: it follows the new noun's gender.
    let (from, to) = if d.feminine {
        (". Il ", ". Elle ")
    } else {
        (". Elle ", ". Il ")
    };
    out.replace(from, to)
}

fn render(opts: &InitOptions, entries: &[Entry], corpus_len: usize) -> String {
    let nom = opts
        .collectivite
        .clone()
        .unwrap_or_else(|| "Nom de la collectivité (à compléter)".to_owned());
    let titre = format!("Charte d'usage de l'intelligence artificielle — {nom}");
    let mut o = String::from("---\ncharte: 1\n");
    o.push_str(&format!("titre: {}\n", yaml_str(&titre)));
    o.push_str(&format!(
        "collectivite:\n  nom: {}\n  type: {}\n",
        yaml_str(&nom),
        crate::corpus::kind_id(Some(opts.kind))
    ));
    o.push_str(&format!(
        "adoption:\n  date: {}   # à remplacer par la date de la délibération\n  instance: {}\n  deliberation: \"à compléter\"\n",
        opts.date,
        yaml_str(instance(opts.kind))
    ));
    o.push_str("version: \"0.1\"\nrevision: annuelle\nperimetre: [agents, elus, prestataires]\nlangue: fr\n---\n\n");
    o.push_str(&format!(
        "<!-- Projet de charte produit par `charte init` à partir des {corpus_len} chartes de référence : pour chaque sujet retenu, la clause la plus représentative de celles qui le traitent. Relisez et adaptez chaque clause marquée « À adapter » (nom de la collectivité, services, outils, délais), puis supprimez ces commentaires. Lancez `charte check` sur le fichier pour voir ce qui reste à compléter. -->\n\n"
    ));
    o.push_str(&format!("# {titre}\n"));
    let mut number = 0;
    for (ai, (title, _)) in ARTICLES.iter().enumerate() {
        let mine: Vec<&Entry> = entries.iter().filter(|e| e.article == ai).collect();
        if mine.is_empty() {
            continue;
        }
        number += 1;
        o.push_str(&format!("\n## Article {number} – {title}\n"));
        for e in mine {
            // The comment quotes a reference's name: it must not be able to close the comment.
            o.push_str(&format!(
                "\n<!-- {} -->\n{}\n",
                crate::output::escape::html_comment(&e.comment),
                e.text
            ));
        }
    }
    o
}

/// Writes a starting charter from the corpus. The text passes `charte check` with no error.
pub fn generate(corpus: &Corpus, opts: &InitOptions) -> String {
    let mut list = entries(corpus, opts.min_share, opts.kind);
    let settings = Settings::new(opts.date);
    for _ in 0..8 {
        let text = render(opts, &list, corpus.len());
        let report = check_bytes("charte-init.md", text.as_bytes(), &settings);
        let blocking: Vec<_> = report
            .findings
            .iter()
            .filter(|f| matches!(f.severity, Severity::Error | Severity::Warning))
            .collect();
        if blocking.is_empty() {
            return text;
        }
        let mut changed = false;
        for f in blocking {
            // A topic the draft misses: add the clause charte proposes for it, once.
            if let Some(e) = built_in(f.code) {
                if !list
                    .iter()
                    .any(|x| x.topic == e.topic && x.comment.contains("proposée par charte"))
                {
                    list.push(e);
                    changed = true;
                }
                continue;
            }
            // Another finding (contradiction between two borrowed clauses, outdated reference…): drop the clause at
            // the primary span, else at the first label that falls on a borrowed clause.
            let spans = std::iter::once(f.primary).chain(f.labels.iter().map(|l| l.span));
            for span in spans {
                let at = text.get(..span.start.min(text.len())).unwrap_or("");
                let before = at.matches("\n<!-- À adapter").count();
                if before == 0 {
                    continue;
                }
                let idx = ordered_index(&list, before - 1);
                if let Some(i) = idx {
                    list.remove(i);
                    changed = true;
                    break;
                }
            }
        }
        if !changed {
            return text;
        }
    }
    render(opts, &list, corpus.len())
}

/// Index in `list` of the n-th entry in rendering order (articles in order, entries in list order within each).
fn ordered_index(list: &[Entry], n: usize) -> Option<usize> {
    let mut order: Vec<usize> = (0..list.len()).collect();
    order.sort_by_key(|&i| (list[i].article, i));
    order.get(n).copied()
}

/// Parses a `--type` value.
pub fn parse_kind(s: &str) -> Option<KindOfBody> {
    Some(match text::clean_clause(s).to_lowercase().as_str() {
        "commune" => KindOfBody::Commune,
        "epci" | "intercommunalite" | "intercommunalité" | "metropole" | "métropole" => {
            KindOfBody::Epci
        }
        "departement" | "département" => KindOfBody::Departement,
        "region" | "région" => KindOfBody::Region,
        "operateur" | "opérateur" => KindOfBody::Operateur,
        "etat" | "état" => KindOfBody::Etat,
        "association" => KindOfBody::Association,
        "entreprise" => KindOfBody::Entreprise,
        "autre" => KindOfBody::Autre,
        _ => return None,
    })
}
