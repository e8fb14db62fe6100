//! Sentences that state no rule however they are placed (issue 14, « coverage needs a rule »): a past fact
//! (« le groupe de travail s'est réuni en 2024 »), reported speech, a definition, a date stamp (« mis à jour
//! le … »). They cover no topic (a definition covers only the definition of terms) and take no force from their
//! lead-in or heading. The word lists are data reviewed by a jurist: `data/lexicon/genre.toml`.

use crate::lexicon::normalize::normalize;
pub(crate) use crate::model::NonRule;
use serde::Deserialize;
use std::sync::LazyLock;

const GENRE_TOML: &str = include_str!("../../data/lexicon/genre.toml");

/// The part of `data/lexicon/genre.toml` that tells sentence kinds apart.
#[derive(Debug, Deserialize)]
struct Kinds {
    auxiliaires_passe: Vec<String>,
    participes: Vec<String>,
    subordonnants: Vec<String>,
    mentions_de_date: Vec<String>,
    mention_mots_maximum: usize,
    conseils_de_requete: Vec<String>,
    possessifs_du_lecteur: Vec<String>,
    pronoms_sujets: Vec<String>,
    auxiliaires_du_passif: Vec<String>,
    questions_de_personne: Vec<String>,
    separateurs_de_navigation: Vec<String>,
    navigation_separateurs_minimum: usize,
    liens_de_page: Vec<String>,
    reponse_personne_mots_maximum: usize,
    tournures_de_definition: Vec<String>,
    nominations: Vec<String>,
    personnes_nommees: Vec<String>,
    verbes_de_parole: Vec<String>,
    civilites: Vec<String>,
    parole_mots_maximum: usize,
    adverbes_passe: Vec<String>,
    mois: Vec<String>,
    futur_formes: Vec<String>,
    futur_terminaisons: Vec<String>,
    pas_futur: Vec<String>,
    prefixes_echeance: Vec<String>,
    textes_sujets: Vec<String>,
    verbes_de_texte: Vec<String>,
    adverbes_de_texte: Vec<String>,
    questions_de_definition: Vec<String>,
    textes_de_la_question: Vec<String>,
    copules: Vec<String>,
    mots_avant_copule: usize,
    determinants_de_genre: Vec<String>,
    noms_de_genre: Vec<String>,
    precisions_de_genre: Vec<String>,
    titres_de_champ: Vec<String>,
}

static KINDS: LazyLock<Kinds> =
    LazyLock::new(|| toml::from_str(GENRE_TOML).expect("data/lexicon/genre.toml is valid"));

/// The kind of non-rule a sentence is, if any.
pub(crate) fn non_rule(sentence: &str) -> Option<NonRule> {
    if is_quotation(sentence) {
        return Some(NonRule::Quotation);
    }
    if is_label(sentence) {
        return Some(NonRule::Label);
    }
    // A date stamp may share its sentence with other short lines of a page header (« Direction du numérique ⏎
    // Page mise à jour le 18 septembre 2026 »): every line short, one of them a stamp.
    let short = |line: &str| line.split_whitespace().count() <= KINDS.mention_mots_maximum;
    let stamp = |line: &str| {
        let norm = normalize(line).text;
        KINDS
            .mentions_de_date
            .iter()
            .any(|m| crate::analyze::contains_word(&norm, m))
    };
    if sentence.lines().all(short) && sentence.lines().any(stamp) {
        return Some(NonRule::DateStamp);
    }
    if is_navigation(sentence) {
        return Some(NonRule::Navigation);
    }
    // Accents kept: « désigne » defines, « désigné auprès du syndicat » (a participle) does not.
    let lower = sentence.to_lowercase().replace('’', "'");
    if KINDS
        .tournures_de_definition
        .iter()
        .any(|m| crate::analyze::contains_word(&lower, m))
        && !appoints(&lower)
    {
        return Some(NonRule::Definition);
    }
    // A dated past (« s'est réuni à trois reprises en 2024 ») is a fact; an undated one (« une analyse d'impact a
    // été conduite avant la mise en service ») may state a procedure the charter relies on.
    if is_past(sentence) && dated(sentence) {
        return Some(NonRule::Past);
    }
    None
}

/// « Accueil › Le Département › Charte IA », « Vous aimerez aussi : … »: the navigation of a pasted web page
/// (`separateurs_de_navigation`, `liens_de_page` in `data/lexicon/genre.toml`).
fn is_navigation(sentence: &str) -> bool {
    let separators: usize = KINDS
        .separateurs_de_navigation
        .iter()
        .map(|s| sentence.matches(s.as_str()).count())
        .sum();
    if separators >= KINDS.navigation_separateurs_minimum {
        return true;
    }
    let norm = normalize(sentence.trim_start_matches(|c: char| !c.is_alphanumeric())).text;
    KINDS.liens_de_page.iter().any(|l| {
        norm.strip_prefix(l.as_str())
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// « **Des usages utiles.** », « __Sobriété__ » : a sentence wholly in bold, the title a web page or a Word export
/// puts at the head of its paragraph.
fn is_label(sentence: &str) -> bool {
    let t = sentence.trim();
    ["**", "__"].iter().any(|m| {
        t.len() > 2 * m.len()
            && t.starts_with(m)
            && t.ends_with(m)
            && !t[m.len()..t.len() - m.len()].contains(m)
    })
}

/// « Le maire désigne un élu référent » names someone: an appointment, not a definition.
fn appoints(lower: &str) -> bool {
    KINDS.nominations.iter().any(|n| {
        let mut from = 0;
        while let Some(i) = lower[from..].find(n.as_str()) {
            let after = from + i + n.len();
            let next = lower[after..]
                .split(|c: char| !c.is_alphanumeric())
                .find(|w| !w.is_empty());
            if next.is_some_and(|w| KINDS.personnes_nommees.iter().any(|p| p == w)) {
                return true;
            }
            from = after;
        }
        false
    })
}

/// « Si possible, précisez le contexte de votre demande »: advice on writing a request to the tool, which says how
/// to ask well, not what the charter permits or requires (`conseils_de_requete` in `data/lexicon/genre.toml`).
/// Reads the sentence as normalised by the analysis.
pub(crate) fn is_prompt_advice(norm: &str) -> bool {
    KINDS
        .conseils_de_requete
        .iter()
        .any(|m| crate::analyze::contains_word(norm, m))
}

/// « Les versions gratuites des assistants peuvent réutiliser vos échanges pour améliorer leurs modèles »: what a
/// tool *can* do with what the reader puts in it is a warning about a risk, not a permission of the charter. The
/// caller has checked that the words before the permission word (`subject`, normalised) name a tool or AI and no
/// one of the authority; this checks that they hold no personal pronoun (« vous pouvez … »), that the verb after it
/// (`after`) is active (« peuvent être utilisés » permits a use), and that the sentence (`sentence`) is about the
/// reader's own input (« vos échanges », `data/lexicon/genre.toml`).
pub(crate) fn is_capability_warning(sentence: &str, subject: &str, after: &str) -> bool {
    let personal = tokens(subject).any(|w| listed(&KINDS.pronoms_sujets, w));
    let passive = tokens(after)
        .next()
        .is_some_and(|w| listed(&KINDS.auxiliaires_du_passif, w));
    let readers = tokens(sentence).any(|w| listed(&KINDS.possessifs_du_lecteur, w));
    !personal && !passive && readers
}

/// « Qui est responsable si l'IA se trompe ? »: the question asks who (`questions_de_personne`). Reads normalised
/// text.
pub(crate) fn asks_who(norm: &str) -> bool {
    tokens(norm)
        .next()
        .is_some_and(|w| listed(&KINDS.questions_de_personne, w))
}

/// « Vous. », « L'agent qui signe. »: a short answer (`reponse_personne_mots_maximum` words at most) that opens with a
/// personal pronoun or, as the caller has found, names someone of the authority. Reads normalised text.
pub(crate) fn names_a_person(norm: &str, names_someone: bool) -> bool {
    tokens(norm).count() <= KINDS.reponse_personne_mots_maximum
        && (names_someone
            || tokens(norm)
                .next()
                .is_some_and(|w| listed(&KINDS.pronoms_sujets, w)))
}

/// The words of a normalised text, split at anything that is not a letter or a digit (« s'en » gives « s », « en »).
fn tokens(norm: &str) -> impl Iterator<Item = &str> {
    norm.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// `word` is one of the words of a list of `data/lexicon/genre.toml`.
fn listed(list: &[String], word: &str) -> bool {
    list.iter().any(|x| x == word)
}

/// The sentence names a year (« en 2024 ») or a month.
fn dated(text: &str) -> bool {
    words(text).iter().any(|w| {
        (w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.chars().all(|c| c.is_ascii_digit()))
            || KINDS.mois.iter().any(|m| m == w)
    })
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

/// « sera déployé », « auront suivi », « achèvera »: the sentence speaks of the future (simple future, by the
/// forms and endings of `data/lexicon/genre.toml`).
pub(crate) fn is_future(text: &str) -> bool {
    words(text).iter().any(|w| {
        KINDS.futur_formes.iter().any(|f| f == w)
            || (w.chars().count() >= 5
                && KINDS
                    .futur_terminaisons
                    .iter()
                    .any(|e| w.ends_with(e.as_str()))
                && !KINDS.pas_futur.iter().any(|p| p == w))
    })
}

/// « Le texte, adopté le 9 octobre, interdit de saisir… », « À Lyon, la charte impose que… », « Il prévoit aussi… »:
/// a text of rules (or a pronoun standing for it) is the subject, in the sentence's first four words, of a verb of
/// `verbes_de_texte` (after an apposition between commas and one adverb at most). The sentence reports a rule laid
/// down elsewhere. « La présente charte » is the document itself and is no such subject.
pub(crate) fn reports_a_text(text: &str) -> bool {
    // A colon or a semicolon opens a new clause (« Toutes ces chartes ont un point commun : elles interdisent… »).
    let lower = text.to_lowercase().replace('’', "'");
    lower.split([':', ';']).any(reports_in_clause)
}

/// `reports_a_text` on one clause, in lower case.
fn reports_in_clause(lower: &str) -> bool {
    let w = words(lower);
    let starts = |at: usize, phrase: &str| {
        let p: Vec<&str> = phrase.split(' ').collect();
        w.get(at..at + p.len())
            .is_some_and(|ws| ws.iter().zip(&p).all(|(a, b)| a == b))
    };
    (0..w.len().min(4)).any(|at| {
        KINDS.textes_sujets.iter().any(|subject| {
            if !starts(at, subject) {
                return false;
            }
            let n = subject.split(' ').count();
            // The subject's words in the original text, to find an apposition between commas after them.
            let mut next = at + n;
            if let Some(rest) = after_words(lower, at + n) {
                if let Some(apposition) = rest.trim_start().strip_prefix(',') {
                    if let Some(end) = apposition.find(',') {
                        next = at + n + words(&apposition[..end]).len();
                    }
                }
            }
            // « la charte de Villeneuve interdit », « le texte d'usage prévoit »: a complement of up to three words.
            if w.get(next)
                .is_some_and(|d| d == "de" || d == "du" || d.starts_with("d'"))
            {
                if let Some(k) = (1..=3).find(|k| {
                    KINDS
                        .verbes_de_texte
                        .iter()
                        .any(|v| w.get(next + k).is_some_and(|x| x == v))
                }) {
                    next += k;
                }
            }
            if let Some(a) = KINDS.adverbes_de_texte.iter().find(|a| starts(next, a)) {
                next += a.split(' ').count();
            }
            KINDS.verbes_de_texte.iter().any(|v| starts(next, v))
        })
    })
}

/// The text after the end of its first `n` words (as `words` splits them).
fn after_words(lower: &str, n: usize) -> Option<&str> {
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in lower.char_indices() {
        let word_char = c.is_alphanumeric() || c == '\'';
        if in_word && !word_char {
            seen += 1;
            if seen == n {
                return Some(&lower[i..]);
            }
        }
        in_word = word_char;
    }
    None
}

/// The date text (`avant le 31 mars 2026`, `d'ici fin 2025`) opens with a word that makes it a deadline on its
/// own, whatever the tense of its sentence.
pub(crate) fn is_deadline_prefix(date_text: &str) -> bool {
    let norm = normalize(date_text).text;
    KINDS
        .prefixes_echeance
        .iter()
        .any(|p| norm.starts_with(p.as_str()))
}

/// « a conduit », « ont été formés », « s'est réuni »: a past fact, not a rule. The participle follows the
/// auxiliary (« a une finalité déterminée » is no past); an auxiliary inside a subordinate clause (« lorsqu'un
/// livrable a été produit ») does not make the sentence past.
pub(crate) fn is_past(text: &str) -> bool {
    let w = words(text);
    let subordinate = |i: usize| {
        w[i.saturating_sub(3)..i].iter().any(|p| {
            KINDS.subordonnants.iter().any(|s| {
                if s.ends_with('\'') {
                    p.starts_with(s.as_str())
                } else {
                    p == s
                }
            })
        })
    };
    let participle = |p: &String| {
        p.chars().count() >= 3 && KINDS.participes.iter().any(|e| p.ends_with(e.as_str()))
    };
    (0..w.len()).any(|i| {
        let single = KINDS.auxiliaires_passe.iter().any(|a| a == &w[i]);
        let double = i + 1 < w.len()
            && KINDS
                .auxiliaires_passe
                .iter()
                .any(|a| a.split_once(' ') == Some((w[i].as_str(), w[i + 1].as_str())));
        let after = if double { i + 2 } else { i + 1 };
        // One adverb may stand between the auxiliary and the participle (« ont déjà suivi », « a été formé »).
        let next = w.get(after);
        let then = next
            .filter(|n| KINDS.adverbes_passe.iter().any(|a| a == *n))
            .and_then(|_| w.get(after + 1));
        (single || double)
            && !subordinate(i)
            && (next.is_some_and(participle) || then.is_some_and(participle))
    })
}

/// « « On ne met jamais… », confie le maire », « “On relit tout”, explique une adjointe », « Mme Leblanc rappelle
/// que les données ne doivent pas être saisies »: reported speech. A name in quotation marks (« Lisia », une IA
/// souveraine) is no quotation: a speech verb must follow the quote; without quotation marks, the sentence opens
/// with a civility (« M. », « Mme ») and a speech verb follows the name.
pub(crate) fn is_quotation(text: &str) -> bool {
    is_reported(text) || is_quoted(text)
}

/// « Mme Leblanc rappelle que… », « M. Roux propose de… »: a named person's words, reported without quotation
/// marks (minutes, articles).
fn is_reported(text: &str) -> bool {
    let w = words(text);
    let Some(first) = w.first() else {
        return false;
    };
    if !KINDS.civilites.iter().any(|c| c == first) {
        return false;
    }
    let window = &w[1..w.len().min(KINDS.parole_mots_maximum + 2)];
    (1..window.len()).any(|i| {
        KINDS.verbes_de_parole.iter().any(|v| {
            let n = v.split(' ').count();
            window.get(i..i + n).is_some_and(|ws| ws.join(" ") == *v)
        })
    })
}

/// How many French quotation marks (« … ») are open at a point of a text: a sentence that starts inside one is
/// part of a quotation that spans several sentences. Asked at increasing offsets, it reads each character once.
#[derive(Default)]
pub(crate) struct Quotes {
    pos: usize,
    depth: usize,
}

impl Quotes {
    /// The depth at byte offset `at` of `text` (a char boundary).
    pub(crate) fn depth_at(&mut self, text: &str, at: usize) -> usize {
        if at < self.pos {
            *self = Quotes::default();
        }
        for c in text[self.pos..at].chars() {
            match c {
                '«' => self.depth += 1,
                '»' => self.depth = self.depth.saturating_sub(1),
                _ => {}
            }
        }
        self.pos = at;
        self.depth
    }
}

fn is_quoted(text: &str) -> bool {
    let lower = text.to_lowercase();
    ['»', '"', '”'].iter().any(|close| {
        lower.match_indices(*close).any(|(i, c)| {
            let after = lower[i + c.len()..].trim_start_matches([',', ' ', '\u{a0}', '\u{202f}']);
            let next = after
                .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
                .next()
                .unwrap_or("");
            lower[i + c.len()..].trim_start().starts_with(',')
                && KINDS.verbes_de_parole.iter().any(|v| v == next)
        })
    })
}

/// « Qu'est-ce qu'un grand modèle de langage ? », « Lisia, c'est quoi ? »: a question asking what something is,
/// not about the text itself (« Qu'est-ce que la charte IA ? »). Reads normalised text; whether it names an AI or a
/// tool is for the caller, who has the lexicon hits.
pub(crate) fn asks_what_it_is(norm: &str) -> bool {
    norm.trim_end().ends_with('?')
        && KINDS
            .questions_de_definition
            .iter()
            .any(|q| crate::analyze::contains_word(norm, q))
        && !names_the_text(norm)
}

/// The question is about the text itself (« Qu'est-ce que la charte IA ? », « À qui s'adresse ce guide ? »).
pub(crate) fn names_the_text(norm: &str) -> bool {
    KINDS
        .textes_de_la_question
        .iter()
        .any(|t| crate::analyze::contains_word(norm, t))
}

/// What follows a defined word says what kind of thing it is, and narrows it: « (LLM) sont des modèles entraînés
/// sur… », « est l'assistant conversationnel de la ville », « , c'est-à-dire les logiciels qui rédigent… ». « est un
/// outil, pas un agent » names a kind without narrowing it. Reads normalised text.
pub(crate) fn says_what_kind(after: &str) -> bool {
    let mut rest = after.trim_start();
    if rest.starts_with('(') {
        rest = rest.find(')').map_or("", |i| &rest[i + 1..]);
    }
    let tokens: Vec<&str> = rest.split_whitespace().collect();
    let plain = |t: &str| {
        t.trim_end_matches(',')
            .bytes()
            .all(|b| b == b'\'' || crate::lexicon::normalize::is_word_byte(b))
    };
    let is = |t: &str, list: &[String]| list.iter().any(|w| w == t);
    (0..=KINDS.mots_avant_copule).any(|skip| {
        if skip > 0
            && !tokens
                .get(..skip)
                .is_some_and(|ts| ts.iter().all(|t| plain(t)))
        {
            return false;
        }
        let from = tokens.get(skip..).unwrap_or(&[]);
        let from: Vec<&str> = from
            .iter()
            .map(|t| t.trim_start_matches(','))
            .filter(|t| !t.is_empty())
            .collect();
        KINDS.copules.iter().any(|c| {
            let n = c.split(' ').count();
            if from.get(..n).is_none_or(|ws| ws.join(" ") != *c) {
                return false;
            }
            let after_copula = &from[n..];
            let (noun, next) = match after_copula {
                [det, noun, next, ..] if is(det, &KINDS.determinants_de_genre) => (*noun, *next),
                [elided, next, ..] if elided.starts_with("l'") => (&elided[2..], *next),
                _ => return false,
            };
            is(noun, &KINDS.noms_de_genre)
                && KINDS
                    .precisions_de_genre
                    .iter()
                    .any(|p| match p.strip_suffix('*') {
                        Some(stem) => next.starts_with(stem),
                        None => {
                            next.trim_end_matches([',', '.', ';']) == p
                                || next.starts_with(p.as_str()) && p.ends_with('\'')
                        }
                    })
        })
    })
}

/// « Qui est concerné ? », « **Destinataires** », « Ce guide est-il pour vous ? »: a heading, a label or a question
/// that asks whom the text is for; what follows states the scope. Reads normalised text.
pub(crate) fn names_the_scope(norm: &str) -> bool {
    KINDS
        .titres_de_champ
        .iter()
        .any(|t| crate::analyze::contains_word(norm, t))
}

/// The labels of the field lines of a text (« Destinataires : l'ensemble du personnel », « **Public** : agents »,
/// one per line of a memo's header block): the words before the colon, when they are few.
pub(crate) fn field_labels(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter_map(|line| {
        let (label, _) = line.split_once(':')?;
        let label = label
            .trim()
            .trim_matches(|c: char| c == '*' || c == '_')
            .trim();
        let words = label.split_whitespace().count();
        (1..=4).contains(&words).then_some(label)
    })
}

/// « les », « l' », « un »: a determiner before a defined word (normalised text).
pub(crate) fn is_determiner(word: &str) -> bool {
    KINDS.determinants_de_genre.iter().any(|d| d == word)
}

/// « **Assistant d'IA générative** : logiciel qui… »: the byte length of the bold term of a glossary entry.
pub(crate) fn glossary_term_len(text: &str) -> Option<usize> {
    let lead = text.len() - text.trim_start().len();
    is_definition(text).then(|| {
        let inner = &text[lead + 2..];
        lead + 2 + inner.find("**").unwrap_or(0) + 2
    })
}

/// « **Terme** : définition »: a glossary entry.
pub(crate) fn is_definition(text: &str) -> bool {
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
    fn a_sentence_wholly_in_bold_is_a_label() {
        assert_eq!(non_rule("**Des usages utiles.**"), Some(NonRule::Label));
        assert_eq!(non_rule("__Sobriété__"), Some(NonRule::Label));
        // Bold that opens a rule, or two bold runs, or bare emphasis marks are no label.
        assert_eq!(
            non_rule("**Attention** : ne saisissez aucune donnée personnelle."),
            None
        );
        assert_eq!(non_rule("**Oui** ou **non**"), None);
        assert_eq!(non_rule("****"), None);
    }

    #[test]
    fn field_labels_are_the_words_before_a_colon() {
        let header = "Objet : usage des outils\nDestinataires : l'ensemble du personnel\nDate : 15 juin 2026";
        assert_eq!(
            field_labels(header).collect::<Vec<_>>(),
            ["Objet", "Destinataires", "Date"]
        );
        assert_eq!(
            field_labels("**Public** : les agents").next(),
            Some("Public")
        );
        // A sentence that holds a colon after many words has no label.
        assert_eq!(
            field_labels("Les agents de la commune respectent deux règles : vérifier, citer.")
                .next(),
            None
        );
    }

    #[test]
    fn future_tense() {
        assert!(is_future(
            "Le service sera déployé au premier semestre 2026."
        ));
        assert!(is_future("Les agents auront suivi la formation."));
        assert!(is_future("La DSI achèvera le recensement fin 2025."));
        assert!(is_future("Les référents publieront un bilan."));
        assert!(!is_future(
            "Le plan de formation couvre le premier semestre 2025."
        ));
        assert!(!is_future(
            "La caméra de la salle du conseil est débranchée."
        ));
        assert!(!is_future("Le groupe de travail s'est réuni en 2024."));
    }

    #[test]
    fn rules_reported_from_a_text() {
        assert!(reports_a_text(
            "Le texte, préparé pendant six mois avec les agents, fixe un cadre clair."
        ));
        assert!(reports_a_text(
            "Il interdit de saisir des données personnelles."
        ));
        assert!(reports_a_text(
            "À Lyon, la charte impose que toute décision reste humaine."
        ));
        assert!(reports_a_text(
            "La charte prévoit aussi une formation obligatoire."
        ));
        assert!(reports_a_text(
            "Toutes ces chartes ont un point commun : elles interdisent la notation sociale."
        ));
        // The document itself, an impersonal rule, the authority's commitment: rules laid down here.
        assert!(!reports_a_text(
            "La présente charte fixe les règles d'usage de l'IA."
        ));
        assert!(!reports_a_text(
            "Il est interdit de saisir des données personnelles."
        ));
        assert!(!reports_a_text("La charte s'applique à tous les agents."));
        assert!(!reports_a_text(
            "La Ville exige que les données soient hébergées en France."
        ));
        assert!(!reports_a_text(
            "Les agents vérifient toute production ; la direction fixe la liste des outils."
        ));
    }

    #[test]
    fn prompt_advice() {
        let is_prompt_advice = |s: &str| is_prompt_advice(&normalize(s).text);
        assert!(is_prompt_advice(
            "Si possible, précisez le contexte, le destinataire et le format attendu."
        ));
        assert!(is_prompt_advice(
            "Si possible, commencez par une question simple, puis affinez."
        ));
        assert!(!is_prompt_advice(
            "Si possible, retirez du texte les noms et les numéros de dossier."
        ));
    }

    #[test]
    fn deadline_prefixes() {
        assert!(is_deadline_prefix("avant le 31 décembre 2025"));
        assert!(is_deadline_prefix("d’ici fin 2025"));
        assert!(is_deadline_prefix("au plus tard le 30 juin 2026"));
        assert!(is_deadline_prefix("Jusqu'au 1er mars 2026"));
        assert!(!is_deadline_prefix("premier semestre 2026"));
        assert!(!is_deadline_prefix("fin 2025"));
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
    fn subordinate_past_is_no_past_fact() {
        assert!(!is_past(
            "Le consultant informe son client lorsqu'un livrable a été produit avec l'aide d'une IA."
        ));
        assert!(!is_past("Tout texte qui a été généré est relu."));
        assert!(!is_past(
            "Chaque traitement recourant à l'IA a une finalité déterminée et une base légale."
        ));
        assert!(is_past("Les agents ont déjà suivi une formation."));
    }

    #[test]
    fn non_rules() {
        assert_eq!(
            non_rule("Mis à jour le 3 mars 2026."),
            Some(NonRule::DateStamp)
        );
        assert_eq!(
            non_rule(
                "Les grands modèles de langage désignent des modèles entraînés sur des textes."
            ),
            Some(NonRule::Definition)
        );
        assert_eq!(
            non_rule("Le maire désigne un élu référent pour le numérique."),
            None
        );
        assert_eq!(
            non_rule("Le terme « IA » désigne un ensemble de techniques."),
            Some(NonRule::Definition)
        );
        assert_eq!(
            non_rule("Le groupe de travail s'est réuni à trois reprises en 2024."),
            Some(NonRule::Past)
        );
        assert_eq!(
            non_rule("« On relit tout », explique une adjointe."),
            Some(NonRule::Quotation)
        );
        assert_eq!(non_rule("Les agents relisent chaque texte produit."), None);
        assert_eq!(
            non_rule("Toute question est soumise au délégué à la protection des données, désigné auprès du syndicat."),
            None
        );
        assert_eq!(
            non_rule("Une analyse d'impact a été conduite avant la mise en service."),
            None
        );
        assert_eq!(
            non_rule("La charte est publiée le jour de son adoption sur l'intranet et tous les agents la signent."),
            None
        );
    }

    #[test]
    fn quotations_and_definitions() {
        assert!(is_quotation(
            "« On ne met jamais un nom dans ChatGPT », dit le maire."
        ));
        assert!(!is_quotation(
            "Les agents utilisent « Pin'IA » pour répondre."
        ));
        assert!(!is_quotation(
            "La Région met à disposition « Lisia », une IA générative souveraine."
        ));
        assert!(is_quotation(
            "« On gagne du temps », explique une adjointe."
        ));
        assert!(is_quotation(
            "Mme Leblanc rappelle que les données des usagers ne doivent pas être saisies."
        ));
        assert!(is_quotation(
            "M. Roux propose d'interdire les outils gratuits."
        ));
        assert!(is_quotation(
            "Madame la Directrice générale fait observer que chaque agent doit relire."
        ));
        // A civility that is the rule's subject, and a speech verb that is the rule's own verb, are no report.
        assert!(!is_quotation(
            "M. le Maire veille à ce que chaque agent soit formé."
        ));
        assert!(!is_quotation(
            "Les agents indiquent dans chaque courrier que l'IA a été utilisée."
        ));
        assert!(is_definition("**Biais** : écart systématique."));
        assert!(!is_definition(
            "**Des données protégées.** Aucune donnée n'est saisie."
        ));
    }
}
