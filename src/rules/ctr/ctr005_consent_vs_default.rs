//! CTR005: an option the charter says needs the user's consent is elsewhere switched on by default.

use crate::analyze::norms::content_stems;
use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::model::Span;
use crate::rules::{Context, Rule};
use serde::Deserialize;
use std::sync::LazyLock;

/// The words of the `[consent]` table of `data/lexicon/frames.toml`.
#[derive(Deserialize)]
struct ConsentWords {
    /// Words that name an agreement (« accord », « consentement », « coche »).
    agreement: Vec<String>,
    /// Words that make the agreement the only way in (« uniquement si », « qu'avec »).
    only: Vec<String>,
    /// Words that say an option is on (« activée », « cochée »), read next to « par défaut ».
    on: Vec<String>,
    /// Words that deny the switch (« pas », « jamais »), read in the segment that names it.
    negations: Vec<String>,
    /// Stems that name the switch, not the option: left out when comparing two options.
    generic: Vec<String>,
}

#[derive(Deserialize)]
struct File {
    consent: ConsentWords,
}

static WORDS: LazyLock<ConsentWords> = LazyLock::new(|| {
    let f: File = toml::from_str(include_str!("../../../data/lexicon/frames.toml"))
        .expect("data/lexicon/frames.toml is valid (checked by a unit test)");
    f.consent
});

/// How many content words two statements must share to be about the same option.
const SHARED: usize = 2;

/// True when `word` occurs in `text` as a whole word (normalised text).
fn has(text: &str, word: &str) -> bool {
    crate::analyze::contains_word(text, word)
}

/// The option a statement is about: its content words, without the words of the switch itself.
fn option_words(part: &str) -> Vec<String> {
    let mut v = content_stems(part);
    v.retain(|w| !WORDS.generic.iter().any(|g| w.starts_with(g.as_str())));
    v
}

/// A part of a sentence (between semicolons) that makes an option depend on the user's agreement and says nothing of
/// its default.
fn asks_consent(part: &str) -> bool {
    WORDS.agreement.iter().any(|w| starts_a_word(part, w))
        && WORDS.only.iter().any(|w| starts_a_word(part, w))
        && !part.contains("par defaut")
}

/// True when `w` occurs in `text` at the start of a word (« qu'a la demande », not « jusqu'a la fin »).
fn starts_a_word(text: &str, w: &str) -> bool {
    text.match_indices(w).any(|(at, _)| {
        text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// A part of a sentence that switches an option on by default (« la case est cochée par défaut », « par défaut, la
/// fonction est activée »), not off (« désactivée par défaut ») and not negated.
fn on_by_default(part: &str) -> bool {
    let switch = |seg: &str| seg.contains("par defaut") || WORDS.on.iter().any(|w| has(seg, w));
    part.contains("par defaut")
        && WORDS.on.iter().any(|w| has(part, w))
        && !part.contains("desactiv")
        // A negation counts where it governs the switch: in a segment between commas that names it, not in a phrase
        // of purpose before it (« Pour ne perdre aucune information, … est activé par défaut »).
        && !part
            .split(',')
            .filter(|seg| switch(seg))
            .any(|seg| WORDS.negations.iter().any(|w| has(seg, w)))
}

/// One statement: where, and the option's words.
struct Statement {
    span: Span,
    words: Vec<String>,
}

declare_rule! {
    /// ## Ce que vérifie la règle
    /// Une clause soumet une option à l'accord de la personne (« n'est activée qu'avec l'accord de l'agent »,
    /// « uniquement si vous cochez la case ») et une autre clause dit que cette même option est activée, ou la case
    /// cochée, par défaut. Les deux clauses doivent parler de la même option : au moins deux mots pleins en commun
    /// une fois retirés les mots de l'interrupteur (« activée », « par défaut », « accord »…). Une option
    /// désactivée par défaut et que l'agent peut activer n'est pas signalée : c'est le bon réglage.
    ///
    /// La demande de la personne vaut accord quand elle seule ouvre l'option (« n'est activée qu'à la demande de
    /// l'usager », « ne s'applique qu'aux locataires qui l'ont demandé »). Dans un tableau, la cellule « Activée par
    /// défaut » parle de l'option que nomment les cellules avant elle sur la même ligne. Une négation ne compte que
    /// dans le membre de phrase qui dit la mise en marche : « Pour ne manquer aucun courrier, la lecture vocale est
    /// activée par défaut » met bien l'option en marche.
    ///
    /// ## Pourquoi
    /// Un accord recueilli par une case pré-cochée ou une option activée d'office n'est pas un consentement : la
    /// charte promet un choix que l'outil ne laisse pas. L'agent ou l'usager croit n'avoir rien accepté.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Charte IA
    /// ## Paramètres
    /// La mémoire des conversations de l'assistant n'est activée qu'avec l'accord de l'agent.
    /// ## Configuration
    /// La mémoire des conversations de l'assistant est activée par défaut pour tous les comptes.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Charte IA
    /// ## Paramètres
    /// La mémoire des conversations de l'assistant n'est activée qu'avec l'accord de l'agent.
    /// ## Configuration
    /// La mémoire des conversations de l'assistant est désactivée par défaut ; l'agent peut l'activer.
    /// ```
    ///
    /// ## Base légale
    /// RGPD, art. 4 point 11) et considérant 32 (le silence, les cases cochées par défaut ou l'inactivité ne valent
    /// pas consentement), art. 7 et art. 25 § 2 (protection des données par défaut) ; CJUE, 1er octobre 2019,
    /// Planet49, C-673/17.
    ///
    /// ## Références
    /// - EDPB, lignes directrices 05/2020 sur le consentement, § 79–80 (cases pré-cochées)
    /// - CJUE, Planet49, C-673/17, ECLI:EU:C:2019:801
    pub struct ConsentVsDefault {
        code: "CTR005",
        name: "consent-vs-default",
        family: Ctr,
        severity: Error,
        topics: [],
        legal_basis: "RGPD, art. 4 point 11), art. 7, art. 25 § 2 et considérant 32 ; CJUE, C-673/17, Planet49",
        summary_fr: "une option soumise à l'accord de la personne est activée par défaut",
        summary_en: "an option said to need the person's consent is on by default",
        docs_en: "
## What it checks
One clause makes an option depend on the person's agreement (\"n'est activée qu'avec l'accord de l'agent\",
\"uniquement si vous cochez la case\") and another says the same option is on, or the box ticked, by default. Both
must be about the same option: at least two content words in common once the words of the switch (\"activée\",
\"par défaut\", \"accord\"…) are left out. An option off by default that staff may switch on is not reported.
The person's request counts as agreement when it alone opens the option (\"n'est activée qu'à la demande de
l'usager\"). In a table, an \"Activée par défaut\" cell is about the option the cells before it in its row name. A
negation counts only in the part of the sentence that states the switch: \"Pour ne manquer aucun courrier, la
lecture vocale est activée par défaut\" does switch the option on.

## Why
Agreement collected through a pre-ticked box or an option on by default is not consent: the charter promises a
choice the tool does not leave.

## Legal basis
GDPR art. 4(11) and recital 32 (pre-ticked boxes are not consent), art. 7, art. 25(2) (data protection by
default); CJEU, 1 October 2019, Planet49, C-673/17.

## References
- EDPB Guidelines 05/2020 on consent, §§ 79–80
- CJEU, Planet49, C-673/17, ECLI:EU:C:2019:801
",
    }
}

impl Rule for ConsentVsDefault {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let mut consents: Vec<Statement> = Vec::new();
        let mut defaults: Vec<Statement> = Vec::new();
        for (ci, clause) in cx.charter.clauses.iter().enumerate() {
            for (si, s) in clause.sentences.iter().enumerate() {
                let norm = cx.analysis.sentence_norm((ci, si));
                let span = clause.source_span(s.start, s.end);
                for part in norm.split(';') {
                    let list = if asks_consent(part) {
                        &mut consents
                    } else if on_by_default(part) {
                        &mut defaults
                    } else {
                        continue;
                    };
                    let mut words = option_words(part);
                    // A switch in a later cell of a table row (« | Notula | Transcription des réunions | Activée par
                    // défaut | ») is about the option the row's cells before it name.
                    if clause.cells.first().is_some_and(|&(_, end)| s.start >= end) {
                        for j in 0..si {
                            words.extend(option_words(cx.analysis.sentence_norm((ci, j))));
                        }
                    }
                    list.push(Statement { span, words });
                }
            }
        }
        // Each default-on statement is paired with the first consent statement about the same option. Options are
        // few in a charter; the pairing stays bounded by one finding per default-on statement.
        for d in &defaults {
            let Some(c) = consents.iter().find(|c| {
                c.span != d.span && c.words.iter().filter(|w| d.words.contains(w)).count() >= SHARED
            }) else {
                continue;
            };
            out.push(
                cx.finding(
                    Self::meta_static(),
                    d.span,
                    cx.t(
                        "une option présentée comme soumise à l'accord de la personne est activée par défaut",
                        "an option presented as needing the person's consent is on by default",
                    ),
                )
                .with_primary_label(cx.t("activée par défaut ici", "on by default here"))
                .with_label(c.span, cx.t("soumise à l'accord ici", "subject to consent here"))
                .with_help(cx.t(
                    "une option activée d'office ne recueille pas de consentement : réglez-la sur « désactivée par défaut » et laissez la personne l'activer, ou retirez la promesse d'accord",
                    "an option on by default collects no consent: set it off by default and let the person switch it on, or drop the promise of consent",
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consent_and_default_statements_are_told_apart() {
        assert!(asks_consent(
            "la memoire de valia n'est activee qu'avec l'accord de l'agent."
        ));
        assert!(asks_consent(
            "uniquement si vous cochez la case \"j'accepte\" au debut de la conversation."
        ));
        assert!(!asks_consent("l'agent donne son accord a la charte."));
        assert!(asks_consent(
            "la lecture vocale n'est activee qu'a la demande de l'usager."
        ));
        assert!(asks_consent(
            "le rappel ne s'applique qu'aux locataires qui l'ont demande."
        ));
        // « jusqu'à la demande » opens nothing: « qu'a la » is read at the start of a word only.
        assert!(!asks_consent(
            "la lecture reste active jusqu'a la demande de retrait."
        ));
        // A negation in a phrase of purpose before the switch does not turn it off.
        assert!(on_by_default(
            "pour ne perdre aucune information, l'enregistrement est active par defaut."
        ));
        assert!(!on_by_default(
            "par defaut, l'enregistrement n'est pas active."
        ));
        assert!(on_by_default(
            "par defaut, la fonction d'apprentissage est activee "
        ));
        assert!(on_by_default(
            "la case \"j'accepte\" est cochee par defaut."
        ));
        assert!(!on_by_default("la lecture est desactivee par defaut "));
        assert!(!on_by_default("la memoire n'est pas activee par defaut."));
        let a = option_words(
            "la memoire des preferences de valia n'est activee qu'avec l'accord de l'agent",
        );
        let b = option_words(
            "la memoire des preferences de valia est activee par defaut pour tous les comptes",
        );
        assert!(
            a.iter().filter(|w| b.contains(w)).count() >= SHARED,
            "{a:?} {b:?}"
        );
    }
}
