//! STR010: the document states no rule; it may not be a charter at all.
//!
//! What makes a sentence rule-bearing, and which titles name a text of rules, is data:
//! `data/lexicon/genre.toml`. When this rule fires, the engine keeps only its note (and STR000) for the file.

use crate::analyze::SentenceRef;
use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::lexicon::normalize::normalize_term;
use crate::model::Modality;
use crate::rules::{Context, Rule};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::sync::LazyLock;

const GENRE_TOML: &str = include_str!("../../../data/lexicon/genre.toml");

/// `data/lexicon/genre.toml`, with titles normalised once.
#[derive(Debug, Deserialize)]
struct Genre {
    phrases_minimum: usize,
    titre_commence_par: Vec<String>,
    sujets_faibles: Vec<String>,
    auxiliaires_passe: Vec<String>,
    participes: Vec<String>,
    faux_imperatifs: Vec<String>,
}

static GENRE: LazyLock<Genre> = LazyLock::new(|| {
    let mut g: Genre = toml::from_str(GENRE_TOML).expect("data/lexicon/genre.toml is valid");
    g.titre_commence_par = g
        .titre_commence_par
        .iter()
        .map(|t| normalize_term(t))
        .collect();
    g
});

declare_rule! {
    /// ## Ce que vérifie la règle
    /// Le document ne contient aucune phrase qui pose une règle : ni obligation, ni interdiction, ni permission,
    /// ni consigne à l'impératif, ni procédure. C'est le cas d'un article de presse, d'un éditorial, d'un
    /// glossaire, d'un compte rendu, d'une offre d'emploi ou d'une brochure commerciale. charte ne donne alors que
    /// cette remarque (code de sortie 0) au lieu d'une trentaine de « sujets manquants » sans objet.
    ///
    /// Un document est lu comme une charte s'il déclare un titre, une collectivité ou une adoption dans son
    /// en-tête, si son titre commence par le nom d'un texte de règles (« Charte… », « Politique… »,
    /// « Fiche réflexe… », « Note de service… »), ou s'il compte au moins trois phrases porteuses de règle. Une
    /// citation (« … », dit-elle), un fait passé (« a conduit une expérimentation »), une définition
    /// (« **Terme** : … ») ne portent pas de règle. Les listes sont des données relues par un juriste :
    /// `data/lexicon/genre.toml`. Une politique d'entreprise privée est une charte.
    ///
    /// ## Pourquoi
    /// Trente constats sur un texte qui n'a jamais voulu fixer de règles noient le lecteur et font croire à un
    /// document défaillant. Si le document est bien une charte, la remarque signale qu'aucune de ses phrases
    /// n'est lue comme une règle : il faut alors l'écrire sous forme de règles (« les agents ne saisissent
    /// jamais… », « Vérifiez toujours… »).
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Les communes rurales découvrent l'intelligence artificielle
    /// Depuis un an, les secrétaires de mairie ont testé plusieurs assistants conversationnels.
    /// « On gagne du temps sur les comptes rendus », explique une adjointe.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Charte d'usage de l'intelligence artificielle
    /// Les agents ne saisissent jamais de données personnelles dans un outil d'IA grand public.
    /// ```
    ///
    /// ## Base légale
    /// Aucune : règle de lecture (issue 14).
    ///
    /// ## Références
    /// - Données de la règle : `data/lexicon/genre.toml`
    pub struct NotACharter {
        code: "STR010",
        name: "not-a-charter",
        family: Str,
        severity: Info,
        topics: [],
        legal_basis: "Aucune (règle de lecture)",
        summary_fr: "aucune règle trouvée : ce document n'est peut-être pas une charte",
        summary_en: "no rule found: this document may not be a charter",
        docs_en: "
## What it checks
The document contains no sentence that sets a rule: no duty, ban or permission, no instruction in the imperative,
no procedure. This is the case of a press article, an editorial, a glossary, minutes, a job offer or a brochure.
charte then gives only this note (exit code 0) instead of some thirty irrelevant \"missing topic\" findings.

A document is read as a charter when its front matter declares a title, an authority or an adoption, when its
title starts with the name of a text of rules (\"Charte…\", \"Politique…\", \"Fiche réflexe…\"), or when it has at
least three rule-bearing sentences. A quotation, a past fact or a definition bears no rule. The word lists are data
reviewed by a jurist: `data/lexicon/genre.toml`. A private company's policy is a charter.

## Why
Thirty findings on a text that never meant to set rules drown the reader. If the document is a charter after all,
the note says that none of its sentences reads as a rule.

## Legal basis
None: a reading rule (issue 14).

## References
- The rule's data: `data/lexicon/genre.toml`
",
    }
}

impl Rule for NotACharter {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if declares_charter(cx) || title_names_rules(cx) {
            return;
        }
        if rule_sentences(cx, GENRE.phrases_minimum) >= GENRE.phrases_minimum {
            return;
        }
        out.push(
            cx.finding(
                Self::meta_static(),
                cx.charter.title_span,
                cx.t(
                    "aucune règle trouvée : ce document n'est peut-être pas une charte",
                    "no rule found: this document may not be a charter",
                ),
            )
            .with_help(cx.t(
                "si c'est une charte, écrivez ses règles comme des règles (« les agents ne saisissent jamais… », « Vérifiez toujours… ») ou donnez-lui un en-tête (titre, collectivité, adoption) ; sinon, rien à faire",
                "if it is a charter, write its rules as rules (\"agents never enter…\", \"Always check…\") or give it a front matter (title, authority, adoption); otherwise nothing to do",
            )),
        );
    }
}

/// The front matter says what the document is.
fn declares_charter(cx: &Context<'_>) -> bool {
    let m = &cx.charter.meta;
    m.titre.is_some() || m.collectivite.is_some() || m.adoption.is_some()
}

/// The title, or one of the first three headings or paragraphs (Word and PDF exports put the title below the
/// authority's name), starts with the name of a text of rules.
fn title_names_rules(cx: &Context<'_>) -> bool {
    let headings = cx.charter.sections.iter().take(3).map(|s| s.title.as_str());
    let paragraphs = cx.charter.clauses.iter().take(3).map(|c| c.text.as_str());
    cx.charter
        .title
        .as_deref()
        .into_iter()
        .chain(headings)
        .chain(paragraphs)
        .any(|t| {
            let t = normalize_term(t.trim_start_matches(|c: char| !c.is_alphanumeric()));
            GENRE.titre_commence_par.iter().any(|p| {
                t.strip_prefix(p.as_str())
                    .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
            })
        })
}

/// Counts rule-bearing sentences, stopping at `enough`.
fn rule_sentences(cx: &Context<'_>, enough: usize) -> usize {
    let with_parts: BTreeSet<SentenceRef> = cx
        .analysis
        .norms
        .iter()
        .filter(|n| !n.actors.is_empty() || !n.actions.is_empty() || !n.data.is_empty())
        .map(|n| n.at)
        .collect();
    let mut count = 0;
    for (c, clause) in cx.charter.clauses.iter().enumerate() {
        let definition = is_definition(&clause.text);
        for (s, sentence) in clause.sentences.iter().enumerate() {
            let text = clause.text.get(sentence.start..sentence.end).unwrap_or("");
            if definition || is_quotation(text) || is_past(text) {
                continue;
            }
            let modal = matches!(
                sentence.modality,
                Some(
                    Modality::Obligation
                        | Modality::Interdiction
                        | Modality::Permission
                        | Modality::Recommandation
                )
            ) && !sentence.conditional
                && with_parts.contains(&(c, s));
            let covers = sentence
                .topics
                .iter()
                .any(|t| !GENRE.sujets_faibles.iter().any(|w| w == t.id()));
            if is_imperative(text) || modal || covers {
                count += 1;
                if count >= enough {
                    return count;
                }
            }
        }
    }
    count
}

/// Lower-case words of a sentence, apostrophes kept inside words (« s'est »).
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .replace('’', "'")
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// « Ne saisissez jamais… », « Vérifiez… », « 1. Relisez… »: the first word is a second-person imperative.
fn is_imperative(text: &str) -> bool {
    let w = words(text);
    let mut it = w
        .iter()
        .skip_while(|w| w.chars().all(|c| c.is_ascii_digit()) || w.len() == 1);
    let Some(mut first) = it.next() else {
        return false;
    };
    if first == "ne" || first.starts_with("n'") {
        if let Some(rest) = first.strip_prefix("n'") {
            if rest.ends_with("ez") {
                return !GENRE.faux_imperatifs.iter().any(|f| f == rest);
            }
        }
        match it.next() {
            Some(next) => first = next,
            None => return false,
        }
    }
    first.chars().count() > 3
        && first.ends_with("ez")
        && !GENRE.faux_imperatifs.iter().any(|f| f == first)
}

/// « a conduit », « ont été formés », « s'est réuni »: a past fact, not a rule.
fn is_past(text: &str) -> bool {
    let w = words(text);
    (0..w.len()).any(|i| {
        let single = GENRE.auxiliaires_passe.iter().any(|a| a == &w[i]);
        let double = i + 1 < w.len()
            && GENRE
                .auxiliaires_passe
                .iter()
                .any(|a| a.split_once(' ') == Some((w[i].as_str(), w[i + 1].as_str())));
        let after = if double { i + 2 } else { i + 1 };
        (single || double)
            && w.iter().skip(after).take(2).any(|p| {
                p.chars().count() >= 3 && GENRE.participes.iter().any(|e| p.ends_with(e.as_str()))
            })
    })
}

/// « « On ne met jamais… », confie le maire »: reported speech.
fn is_quotation(text: &str) -> bool {
    let t = text.trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '-');
    t.starts_with('«') || t.starts_with('"') || t.starts_with('“') || text.contains("»,")
}

/// « **Terme** : définition »: a glossary entry.
fn is_definition(text: &str) -> bool {
    text.trim_start()
        .strip_prefix("**")
        .and_then(|rest| rest.split_once("**"))
        .is_some_and(|(term, after)| {
            term.chars().count() <= 60 && after.trim_start().starts_with(':')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imperatives() {
        assert!(is_imperative(
            "Ne saisissez jamais de données personnelles."
        ));
        assert!(is_imperative("Vérifiez toujours les sources."));
        assert!(is_imperative("1. Relisez chaque texte."));
        assert!(!is_imperative("Chez nous, on relit tout."));
        assert!(!is_imperative("Les agents vérifient les sources."));
    }

    #[test]
    fn past_facts() {
        assert!(is_past("La direction a conduit une expérimentation."));
        assert!(is_past("Le groupe de travail s'est réuni trois fois."));
        assert!(is_past("Les agents ont été formés en février."));
        assert!(!is_past("Aucune donnée n'est saisie dans un outil d'IA."));
        assert!(!is_past("Les agents ont accès à l'assistant interne."));
        assert!(!is_past(
            "Il est interdit de recourir à une IA pour toute décision."
        ));
    }

    #[test]
    fn quotations_and_definitions() {
        assert!(is_quotation(
            "« On ne met jamais un nom dans ChatGPT », dit le maire."
        ));
        assert!(!is_quotation(
            "Les agents utilisent « Pin'IA » pour répondre."
        ));
        assert!(is_definition("**Biais** : écart systématique."));
        assert!(!is_definition(
            "**Des données protégées.** Aucune donnée n'est saisie."
        ));
    }
}
