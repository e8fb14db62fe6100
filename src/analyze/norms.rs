//! Norms for contradiction checks: from each normative sentence, who (actors) may, must or must not do what
//! (actions) with what (data, tools), with its conditions and exceptions — `PolicyLint`'s tuples plus `PoliCond`'s
//! condition slot, built from the ontology of `data/lexicon/objects.toml`.

use super::{Analysis, SentenceRef};
use crate::lexicon::normalize::normalize;
use crate::lexicon::{Hit, Lexicon, Marker, Tag};
use crate::model::{Charter, Modality, Topic};
use serde::Deserialize;
use std::collections::HashSet;
use std::sync::LazyLock;

/// The words of `data/lexicon/frames.toml`: what, in a binding sentence, is not its object.
#[derive(Deserialize)]
struct Frames {
    function_words: Vec<String>,
    adjuncts: Vec<String>,
    universal_contexts: Vec<String>,
    goal_phrases: Vec<String>,
    warning_phrases: Vec<String>,
    restrictive_words: Vec<String>,
    generic_purposes: Vec<String>,
    anaphora: Vec<String>,
    person_records: Vec<String>,
    meetings: Vec<String>,
    persons: Vec<String>,
    minors: Vec<String>,
    identifiers: Vec<String>,
    public_steps: Vec<String>,
    drafts: Vec<String>,
    safeguards: Vec<String>,
    #[serde(default)]
    technique: Vec<Technique>,
    #[serde(default)]
    context: Vec<Context>,
    #[serde(default)]
    human_review: Vec<String>,
    #[serde(default)]
    automatic: Vec<String>,
    #[serde(default)]
    relative_pronouns: Vec<String>,
    #[serde(default)]
    relative_links: Vec<String>,
    #[serde(default)]
    coordinators: Vec<String>,
    #[serde(default)]
    coordination_links: Vec<String>,
    #[serde(default)]
    phrase_openers: Vec<String>,
    #[serde(default)]
    determiners: Vec<String>,
    #[serde(default)]
    clefts: Vec<String>,
    #[serde(default)]
    made_data: Vec<String>,
    #[serde(default)]
    person_data: Vec<String>,
    #[serde(default)]
    actor_complements: Vec<String>,
    #[serde(default)]
    outside_markers: Vec<String>,
    #[serde(default)]
    outside_hosting: Vec<String>,
    #[serde(default)]
    outside_links: Vec<String>,
    #[serde(default)]
    outside_places: Vec<String>,
}

/// Phrases, each as the stems of its words.
type Phrases = Vec<Vec<String>>;

/// A context in other words (`data/lexicon/frames.toml`, `context`).
#[derive(Deserialize)]
struct Context {
    /// Phrases of a ban that set the context.
    ban: Vec<String>,
    /// Phrases of another clause that are in that context.
    meets: Vec<String>,
    /// Tools (concept ids) that are in that context by what they are: a named online service is « en ligne ».
    #[serde(default)]
    tools: Vec<String>,
}

/// A tool named by what it does (`data/lexicon/frames.toml`, `technique`).
#[derive(Deserialize)]
struct Technique {
    /// The tool concept (« transcription automatique »).
    tool: String,
    /// The act done with any AI tool that falls under it (« transcrire »); empty when the technique is only
    /// met by a clause that names it.
    #[serde(default)]
    act: String,
}

/// Words that carry no object, and goal phrases, loaded once.
struct FrameWords {
    empty: HashSet<String>,
    /// Openings of an adjunct that neither names nor narrows a ban's object (« y compris en télétravail », « quel
    /// que soit le document », « compte tenu de la sensibilité… »), normalised.
    adjuncts: Vec<String>,
    goals: Vec<String>,
    /// Stems of the words that restrict a ban to a place or a hosting (« hors de l'Union »).
    restrictive: Vec<String>,
    /// Purpose verbs that say only that the data is used (« pour traiter des données personnelles »).
    generic_purposes: Vec<String>,
    /// Words that refer to the tool named just before (« s'en servir », « ce module »).
    anaphora: Vec<String>,
    /// Records that, said of people, are personal data (« la liste des élèves »).
    person_records: HashSet<String>,
    /// Meetings with people (« entretien », « rendez-vous »): « avec » a person, what is said there is about them.
    meetings: HashSet<String>,
    /// The people of those records.
    persons: HashSet<String>,
    /// Of those, the minors.
    minors: HashSet<String>,
    /// Identifiers of a person (« nom », « adresse »): two of them side by side name a person.
    identifiers: HashSet<String>,
    /// The steps that make a document public (« présentation », « envoi »): a piece worked on before one is internal.
    public_steps: HashSet<String>,
    /// The pieces that may be worked on before they are made public (« projet », « rapport »).
    drafts: HashSet<String>,
    /// Stems of the words that make a condition a safeguard (« après validation », « si aucune donnée personnelle »).
    safeguards: Vec<String>,
    /// Techniques: a tool concept id and the act concept id it stands for.
    techniques: Vec<(String, String)>,
    /// Contexts: the stems of each ban phrase, of each phrase that meets it, and the tools that meet it.
    contexts: Vec<(Phrases, Phrases, Vec<String>)>,
    /// Stems of the words of a human review (« relecture », « validation d'un agent »).
    human_review: Vec<String>,
    /// Words that say an act is done with no one (« automatiquement »).
    automatic: Vec<String>,
    /// Pronouns that open a relative clause restricting a ban's object (« dont », « qui »).
    relatives: HashSet<String>,
    /// Verbs of a relative clause that only lead to its object (« qui contiennent des données »).
    links: HashSet<String>,
    /// Conjunctions that coordinate the terms of a ban's object (« ou », « et », « ni »).
    coordinators: HashSet<String>,
    /// Articles and prepositions that may stand between two coordinated terms (« d'une digue ou d'un barrage »).
    coordination_links: HashSet<String>,
    /// Determiners that open a new noun phrase after a coordinator (« … ou l'emplacement des captages »).
    phrase_openers: HashSet<String>,
    /// Determiners that open a verb's object (« Corvia ajuste le montant »).
    determiners: HashSet<String>,
    /// Openings of a cleft sentence (« c'est … qui »): its « qui » is no relative clause.
    clefts: Vec<String>,
    /// Data concepts that an act makes (a recording): a verbless ban of them forbids making them.
    made_data: Vec<String>,
    /// Data concepts that stand for the person they show (an image or a voice): met, they meet the ban's person.
    person_data: Vec<String>,
    /// What, before a person in a ban, makes it a complement of a noun rather than who acts (« d'un usager »,
    /// « avec un usager », « recevant du public »).
    actor_complements: Vec<String>,
    /// Words that say « outside » (« hors », « extérieur »), the participles of hosting before them, the articles
    /// and prepositions after them, and the places that name the authority or its means (« Département »,
    /// « serveurs »): together, a tool the authority does not run itself.
    outside: [HashSet<String>; 4],
}

static FRAMES: LazyLock<FrameWords> = LazyLock::new(|| {
    let f: Frames = toml::from_str(include_str!("../../data/lexicon/frames.toml"))
        .expect("data/lexicon/frames.toml is valid (checked by a unit test)");
    FrameWords {
        adjuncts: f.adjuncts,
        empty: f
            .function_words
            .into_iter()
            .chain(f.universal_contexts)
            .collect(),
        goals: f
            .goal_phrases
            .into_iter()
            .chain(f.warning_phrases)
            .collect(),
        restrictive: f.restrictive_words.iter().map(|w| stem(w)).collect(),
        generic_purposes: f.generic_purposes,
        anaphora: f.anaphora,
        person_records: f.person_records.into_iter().collect(),
        meetings: f.meetings.into_iter().collect(),
        persons: f.persons.into_iter().collect(),
        minors: f.minors.into_iter().collect(),
        identifiers: f.identifiers.into_iter().collect(),
        public_steps: f.public_steps.into_iter().collect(),
        drafts: f.drafts.into_iter().collect(),
        safeguards: f.safeguards.iter().map(|w| stem(w)).collect(),
        techniques: f.technique.into_iter().map(|t| (t.tool, t.act)).collect(),
        human_review: f.human_review.iter().map(|w| stem(w)).collect(),
        contexts: f
            .context
            .iter()
            .map(|c| {
                let stems = |v: &[String]| -> Phrases {
                    v.iter()
                        .map(|p| p.split_whitespace().map(stem).collect())
                        .collect()
                };
                (stems(&c.ban), stems(&c.meets), c.tools.clone())
            })
            .collect(),
        automatic: f.automatic,
        relatives: f.relative_pronouns.into_iter().collect(),
        links: f.relative_links.into_iter().collect(),
        coordinators: f.coordinators.into_iter().collect(),
        coordination_links: f.coordination_links.into_iter().collect(),
        phrase_openers: f.phrase_openers.into_iter().collect(),
        determiners: f.determiners.into_iter().collect(),
        clefts: f.clefts,
        made_data: f.made_data,
        person_data: f.person_data,
        actor_complements: f.actor_complements,
        outside: [
            f.outside_markers.into_iter().collect(),
            f.outside_hosting.into_iter().collect(),
            f.outside_links.into_iter().collect(),
            f.outside_places.into_iter().collect(),
        ],
    }
});

/// The range of a qualification that puts a tool outside the authority (« hébergé hors du Département »,
/// « extérieur au Syndicat », « en dehors de nos serveurs ») in `text[start..end]`, from its participle of hosting
/// (when there is one) to the place. « hors de l'Union » names a territory, not the authority: no range.
fn outside_authority(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let [markers, hosting, links, places] = &FRAMES.outside;
    let w: Vec<(usize, &str)> = words(text, start, end).collect();
    for (i, &(at, word)) in w.iter().enumerate() {
        if !markers.contains(word) {
            continue;
        }
        // « en dehors de », « hébergé hors de »: the range opens on the participle, or on « en ».
        let mut from = at;
        let mut k = i;
        while k > 0 && (hosting.contains(w[k - 1].1) || (k == i && w[k - 1].1 == "en")) {
            k -= 1;
            from = w[k].0;
        }
        // At most three articles or prepositions, then the place.
        for &(p, next) in w[i + 1..].iter().take(4) {
            if places.contains(next) {
                return Some((from, p + next.len()));
            }
            if !links.contains(next) {
                break;
            }
        }
    }
    None
}

/// A crude stem for comparing the drafter's own words: plural mark dropped, six letters kept (« plaintes »,
/// « plainte » → `plaint`).
fn stem(word: &str) -> String {
    let w = if word.len() > 4 {
        word.trim_end_matches(['s', 'x'])
    } else {
        word
    };
    w.chars().take(6).collect()
}

/// The words of a normalised range with their offsets.
fn words(text: &str, start: usize, end: usize) -> impl Iterator<Item = (usize, &str)> {
    let t = &text[start..end];
    t.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(move |w| (start + (w.as_ptr() as usize - t.as_ptr() as usize), w))
}

/// True when a hit's words are accounted for by a slot of the norm (a concept) or carry no object (a marker). A
/// topic's vocabulary is not: « les réunions du comité social territorial », « un outil non validé » keep
/// « réunions », « social », « territorial », « validé » as their object in the drafter's words.
fn object_free(h: &Hit) -> bool {
    matches!(h.tag, Tag::Concept(_) | Tag::Marker(_))
}

/// The content words of a range that lie in a topic's vocabulary (« comité social territorial »), stemmed, with
/// that topic: part of the object, but met by another norm that names the same topic in other words.
fn topic_words(
    text: &str,
    start: usize,
    end: usize,
    hits: &[Hit],
    into: &mut Vec<(String, Topic)>,
) {
    for (at, w) in words(text, start, end) {
        if w.len() < 3 || FRAMES.empty.contains(w) {
            continue;
        }
        let inside = |h: &&Hit| h.start <= at && at < h.end;
        if hits.iter().filter(inside).any(object_free) {
            continue;
        }
        into.extend(
            hits.iter()
                .filter(inside)
                .filter_map(topic_of)
                .map(|t| (stem(w), t)),
        );
    }
}

/// The bit of a topic in [`Norm::all_topics`] (the taxonomy has fewer than 64 topics: a test checks it).
fn topic_bit(t: Topic) -> u64 {
    1u64 << (t as u32)
}

/// The topic a hit's words name, when they name one.
fn topic_of(h: &Hit) -> Option<Topic> {
    match h.tag {
        Tag::Term(t) | Tag::Pair(t, ..) => Some(t),
        _ => None,
    }
}

/// The content words of a range that no concept or marker covers and that carry an object: the rule's object in the drafter's
/// own words, stemmed, sorted.
fn residual(
    text: &str,
    start: usize,
    end: usize,
    hits: &[Hit],
    skip: &[(usize, usize)],
) -> Vec<String> {
    let mut out: Vec<String> = words(text, start, end)
        .filter(|&(at, w)| is_residual(at, w, hits, skip))
        .map(|(_, w)| stem(w))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// True when the word at `at` is a residual word: a content word that no concept or marker covers.
fn is_residual(at: usize, w: &str, hits: &[Hit], skip: &[(usize, usize)]) -> bool {
    w.len() >= 3
        && !w.chars().all(|c| c.is_ascii_digit())
        && !FRAMES.empty.contains(w)
        && !covered(at, hits)
        && !skip.iter().any(|&(s, e)| s <= at && at < e)
}

/// True when a concept or a marker covers the word at `at`.
fn covered(at: usize, hits: &[Hit]) -> bool {
    hits.iter()
        .any(|h| object_free(h) && h.start <= at && at < h.end)
}

/// The object of a ban in its units: each residual word, except that coordinated terms (see [`coordinated`]) make
/// one unit, their stems joined by `|`. Sorted.
fn residual_units(
    text: &str,
    start: usize,
    end: usize,
    hits: &[Hit],
    skip: &[(usize, usize)],
) -> Vec<String> {
    let mut skip = skip.to_vec();
    skip.extend(adjuncts(text, start, end));
    let skip = skip.as_slice();
    let runs = coordinated(text, start, end, hits, skip);
    let mut out: Vec<String> = residual(text, start, end, hits, skip)
        .into_iter()
        .filter(|w| !runs.iter().any(|r| r.contains(w)))
        .collect();
    out.extend(runs.iter().map(|r| r.join("|")));
    out.sort();
    out
}

/// The adjuncts of a normalised range that neither name nor narrow a ban's object (`FRAMES.adjuncts`): from the
/// opening to the next comma, semicolon, colon, bracket or the range's end. « L'utilisation d'outils d'IA sur un
/// équipement personnel est interdite, y compris en situation de télétravail » forbids more, not less.
fn adjuncts(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let t = &text[start..end];
    let mut out = Vec::new();
    for opening in &FRAMES.adjuncts {
        let mut from = 0;
        while let Some(i) = t[from..].find(opening.as_str()) {
            let at = from + i;
            from = at + opening.len();
            let bounded = t[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
                && t[from..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
            if !bounded {
                continue;
            }
            let stop = t[from..]
                .find([',', ';', ':', '(', ')', '.'])
                .map_or(t.len(), |k| from + k);
            out.push((start + at, start + stop));
        }
    }
    out
}

/// The coordinated terms of a ban's object (« aucun plan, relevé ou consigne d'exploitation d'une digue ou d'un
/// barrage » → `plan relev consig`, `digue barrag`): runs of residual words that only a comma or a conjunction
/// (with articles, prepositions and words the lexicon knows) separate. Each term is banned, so a clause that meets
/// one term of a run meets the run. Stemmed; runs of one word are left out.
fn coordinated(
    text: &str,
    start: usize,
    end: usize,
    hits: &[Hit],
    skip: &[(usize, usize)],
) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut run: Vec<String> = Vec::new();
    // Since the last residual word: whether a comma or a conjunction was seen, and whether a word that is not a
    // link came between (a verb, a noun the lexicon does not know as a concept…).
    let (mut joined, mut broken) = (false, false);
    // Whether the last term followed the one before it with nothing between (« d'eau potable »): a qualifier, not
    // the head of a term, so what is coordinated after it is a new phrase (« … d'eau potable ou l'emplacement des
    // captages »), not another value of it.
    let (mut attached, mut linked) = (false, true);
    let mut last_end = start;
    let close = |run: &mut Vec<String>, out: &mut Vec<Vec<String>>| {
        run.sort();
        run.dedup();
        if run.len() > 1 {
            out.push(std::mem::take(run));
        }
        run.clear();
    };
    for (at, w) in words(text, start, end) {
        let gap = &text[last_end..at];
        if gap.contains(',') {
            joined = true;
        }
        if gap.contains([';', ':', '.', '(', ')', '!', '?']) {
            broken = true;
        }
        last_end = at + w.len();
        // A term is a residual word, or a content word the lexicon knows (« l'octroi, du refus ou de la
        // suspension »: « refus » keeps the run going but is compared by its concept, not here).
        let own = is_residual(at, w, hits, skip);
        if own || (w.len() >= 3 && !FRAMES.empty.contains(w) && covered(at, hits)) {
            if !(joined && !broken && !attached) {
                close(&mut run, &mut out);
            }
            if own {
                run.push(stem(w));
            }
            attached = !linked && !joined && !broken;
            (joined, broken, linked) = (false, false, false);
        } else if FRAMES.coordinators.contains(w) {
            joined = true;
        } else if FRAMES.coordination_links.contains(w) {
            linked = true;
        } else {
            broken = true;
        }
    }
    close(&mut run, &mut out);
    out
}

/// The noun phrases of a ban's object that a coordinator and a determiner set apart (« les plans du réseau d'eau
/// potable ou l'emplacement des captages »): the ban forbids each of them, head and complements together. For each
/// phrase of at least two residual words, the residual words of the other phrases (stemmed), which a norm that
/// meets that phrase need not share. Empty when the object is one phrase. A phrase of one word before the
/// coordinator shares the complement after it (« l'ouverture ou la fermeture des vannes »): it is no phrase of its
/// own; nor is one after « de », « des » (« des réunions du conseil ou des commissions »), which completes a noun.
fn conjuncts(
    text: &str,
    start: usize,
    end: usize,
    hits: &[Hit],
    skip: &[(usize, usize)],
) -> Vec<Vec<String>> {
    let mut skip = skip.to_vec();
    skip.extend(adjuncts(text, start, end));
    let mut phrases: Vec<Vec<String>> = vec![Vec::new()];
    let mut after_coordinator = false;
    for (at, w) in words(text, start, end) {
        if std::mem::take(&mut after_coordinator)
            && FRAMES.phrase_openers.contains(w)
            && phrases.last().is_some_and(|p| p.len() > 1)
        {
            phrases.push(Vec::new());
        }
        if FRAMES.coordinators.contains(w) {
            after_coordinator = true;
        } else if is_residual(at, w, hits, &skip) {
            if let Some(p) = phrases.last_mut() {
                p.push(stem(w));
            }
        }
    }
    if phrases.len() < 2 {
        return Vec::new();
    }
    phrases
        .iter()
        .enumerate()
        .filter(|(_, p)| p.len() > 1)
        .map(|(i, p)| {
            let mut others: Vec<String> = phrases
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .flat_map(|(_, q)| q.iter())
                .filter(|w| !p.contains(w))
                .cloned()
                .collect();
            others.sort();
            others.dedup();
            others
        })
        .filter(|others| !others.is_empty())
        .collect()
}

/// The residual words of the relative clauses of `text[start..end]` (« des images qui imitent une personne
/// réelle », « des textes dont ils n'ont pas besoin »), each clause read from its pronoun to the next punctuation,
/// without the verbs that only lead to an object the other slots compare (« qui contiennent des données »). A
/// pronoun that opens the range is no relative (« Qui peut … ? »). Stemmed, sorted.
fn narrowing(
    text: &str,
    start: usize,
    end: usize,
    hits: &[Hit],
    skip: &[(usize, usize)],
) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen_word = false;
    for (at, w) in words(text, start, end) {
        if !std::mem::replace(&mut seen_word, true) || !FRAMES.relatives.contains(w) {
            continue;
        }
        // « … : c'est la commission d'attribution qui choisit »: a cleft names who does the act, it does not
        // narrow the ban's object.
        let clause_start = text[start..at]
            .rfind([',', ';', ':', '.', '('])
            .map_or(start, |p| start + p + 1);
        if FRAMES
            .clefts
            .iter()
            .any(|c| text[clause_start..at].trim_start().starts_with(c.as_str()))
        {
            continue;
        }
        let from = at + w.len();
        let to = from
            + text[from..end]
                .find([',', ';', ':', '.', '('])
                .unwrap_or(end - from);
        let links: Vec<String> = words(text, from, to)
            .filter(|(_, v)| FRAMES.links.contains(*v))
            .map(|(_, v)| stem(v))
            .collect();
        out.extend(
            residual(text, from, to, hits, skip)
                .into_iter()
                .filter(|v| !links.contains(v)),
        );
    }
    out.sort();
    out.dedup();
    out
}

/// The content words of a normalised text, stemmed, sorted: the words that carry its object (function words,
/// modal words and short words left out).
pub(crate) fn content_stems(text: &str) -> Vec<String> {
    residual(text, 0, text.len(), &[], &[])
}

/// The stems of every word of a range, sorted.
fn all_stems(text: &str, start: usize, end: usize, into: &mut Vec<String>) {
    into.extend(words(text, start, end).map(|(_, w)| stem(w)));
}

/// Records of people in a normalised range (« les courriels reçus des administrés », « la liste des élèves »): the
/// range from the record's noun to the person, and whether the people are minors. Personal data said in other words.
fn person_records(text: &str, start: usize, end: usize) -> Vec<(usize, usize, bool)> {
    // What may stand between two listed identifiers of a person.
    const BETWEEN: &[&str] = &[
        "et", "ou", "un", "une", "le", "la", "l", "les", "son", "sa", "ses", "leur", "leurs",
    ];
    let w: Vec<(usize, &str)> = words(text, start, end).collect();
    let mut out = Vec::new();
    for (i, &(at, noun)) in w.iter().enumerate() {
        let meeting = FRAMES.meetings.contains(noun);
        if !FRAMES.person_records.contains(noun) && !meeting {
            continue;
        }
        // « des / du / d'un / de l' / de la / aux / concernant » within the next two words, then the person (one
        // word allowed between: « les courriels reçus des administrés », « aucune donnée concernant les enfants »).
        let window = &w[i + 1..w.len().min(i + 6)];
        let Some(k) = window
            .iter()
            .position(|(_, x)| {
                matches!(*x, "des" | "du" | "d" | "de" | "aux" | "au" | "concernant")
                    || (meeting && *x == "avec")
            })
            .filter(|&k| k <= 1)
        else {
            continue;
        };
        let rest = &window[k + 1..];
        let person = rest
            .iter()
            .take(2)
            .enumerate()
            .find(|(j, (_, x))| {
                FRAMES.persons.contains(*x)
                    && (*j == 0
                        || matches!(
                            rest[0].1,
                            "l" | "la"
                                | "les"
                                | "un"
                                | "une"
                                | "ses"
                                | "leurs"
                                | "son"
                                | "sa"
                                | "leur"
                                | "nos"
                                | "notre"
                                | "vos"
                                | "votre"
                        ))
            })
            .map(|(_, p)| *p);
        if let Some((pat, pw)) = person {
            out.push((at, pat + pw.len(), FRAMES.minors.contains(pw)));
        }
    }
    // Two identifiers of a person side by side (« (nom, adresse, numéro de bac) », « un nom, une adresse »): a comma,
    // or « et » / « ou », and at most one determiner (`BETWEEN`) between them.
    let blank = |from: usize, to: usize| {
        text[from..to]
            .chars()
            .all(|c| matches!(c, ' ' | ',' | '\''))
    };
    for (i, &(at, x)) in w.iter().enumerate() {
        if !FRAMES.identifiers.contains(x) {
            continue;
        }
        let (mut from, mut comma, mut joined) = (at + x.len(), false, false);
        for &(bt, y) in w.iter().skip(i + 1).take(3) {
            if !blank(from, bt) {
                break;
            }
            comma |= text[from..bt].contains(',');
            if FRAMES.identifiers.contains(y) {
                if y != x && (comma || joined) {
                    out.push((at, bt + y.len(), false));
                }
                break;
            }
            if !BETWEEN.contains(&y) {
                break;
            }
            joined |= matches!(y, "et" | "ou");
            from = bt + y.len();
        }
    }
    out
}

/// Pieces worked on before they are made public (« le projet de budget primitif avant sa présentation en conseil »):
/// the range from the piece to the step. Internal documents said in other words.
fn drafts_before_public(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let w: Vec<(usize, &str)> = words(text, start, end).collect();
    let mut out = Vec::new();
    for (i, t) in w.windows(3).enumerate() {
        let [(_, before), (_, own), (st, step)] = [t[0], t[1], t[2]];
        if before != "avant"
            || !matches!(own, "sa" | "son" | "leur" | "leurs")
            || !FRAMES.public_steps.contains(step)
        {
            continue;
        }
        if let Some(&(pt, _)) = w[i.saturating_sub(10)..i]
            .iter()
            .rev()
            .find(|(_, x)| FRAMES.drafts.contains(*x))
        {
            out.push((pt, st + step.len()));
        }
    }
    out
}

/// True when the sentence states a goal (« la commune veille à ce que … ») or a warning (« les outils d'IA peuvent
/// produire des erreurs »), not a rule on a use.
fn is_goal(text: &str) -> bool {
    FRAMES.goals.iter().any(|g| text.contains(g.as_str()))
}

/// The determiners that open an object noun phrase.
const DETERMINERS: &[&str] = &[
    "les",
    "le",
    "la",
    "l",
    "un",
    "une",
    "aux",
    "au",
    "chaque",
    "tout",
    "tous",
    "toute",
    "toutes",
    "certains",
    "certaines",
];

/// True when the words before an actor outside the subject make it the object of the act (« évaluer les agents »,
/// « répondre aux habitants », « identifier un usager »), not the complement of a noun (« le travail de la commune »,
/// « l'assistant de la commune », « les données des usagers »), which names no one the act is about.
fn is_patient(text: &str, start: usize) -> bool {
    // The two words before the actor, apostrophes split off (« d'un » → « d », « un »).
    let mut before = text[..start].rsplit([' ', '\'']).filter(|w| !w.is_empty());
    let (Some(det), prior) = (before.next(), before.next()) else {
        return false;
    };
    DETERMINERS.contains(&det) && !prior.is_some_and(|p| matches!(p, "de" | "des" | "du" | "d"))
}

/// True when an actor written before the modal word is the object of a participle inside the subject's noun phrase
/// (« aucune réponse à une plainte visant un agent ne doit… », « les données concernant les élus ne sont… »): the
/// people the act is about, not who the rule binds.
fn after_participle(text: &str, start: usize) -> bool {
    let mut before = text[..start].rsplit([' ', '\'']).filter(|w| !w.is_empty());
    let (Some(det), Some(prior)) = (before.next(), before.next()) else {
        return false;
    };
    DETERMINERS.contains(&det)
        && prior.len() > 5
        && prior.ends_with("ant")
        && prior.chars().all(char::is_alphabetic)
}

/// The predicates of a ban whose subject is the thing banned (« … sont interdits », « … est proscrit »).
const BANNED: &[&str] = &[
    "interdit",
    "interdite",
    "interdits",
    "interdites",
    "proscrit",
    "proscrite",
    "proscrits",
    "proscrites",
    "prohibe",
    "prohibee",
    "prohibes",
    "prohibees",
];

/// True when a ban has no verb of its own and its tool is the subject of « être interdit »: « les outils d'IA grand
/// public sont interdits aux agents », « ChatGPT est proscrit pour le travail ». Not « il est interdit de … », where
/// an infinitive carries the act, nor « interdits à la saisie de … ».
fn tool_is_banned(text: &str, first_tool_end: usize) -> bool {
    let t = &text[first_tool_end.min(text.len())..];
    // A nominal ban: « Génération automatique des plannings : interdite. », « Reconnaissance faciale : proscrite ».
    if let Some((_, verdict)) = t.rsplit_once(':') {
        let v = verdict
            .trim_matches(|c: char| !c.is_alphanumeric())
            .trim_start_matches("strictement ")
            .trim_start_matches("formellement ");
        if BANNED.contains(&v) {
            return true;
        }
    }
    let mut words = t
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty());
    // The predicate follows the subject's noun phrase within a few words: « … grand public sont interdits ».
    let mut seen_copula = false;
    for w in words.by_ref().take(8) {
        if matches!(
            w,
            "est" | "sont" | "demeure" | "demeurent" | "reste" | "restent"
        ) {
            seen_copula = true;
            continue;
        }
        if seen_copula
            && matches!(
                w,
                "strictement" | "formellement" | "totalement" | "absolument"
            )
        {
            continue;
        }
        if seen_copula && BANNED.contains(&w) {
            // What follows must not be an act: « interdits de … », « interdits à la saisie ».
            return !matches!(words.next(), Some("de" | "d'" | "d"));
        }
        if seen_copula {
            return false;
        }
    }
    false
}

/// True when a table cell holds only a verdict (« Autorisé », « Interdit », « Oui »).
fn is_verdict(cell: &str) -> bool {
    matches!(
        cell.trim_matches(|c: char| !c.is_alphanumeric()),
        "autorise"
            | "autorisee"
            | "autorises"
            | "autorisees"
            | "permis"
            | "interdit"
            | "interdite"
            | "interdits"
            | "interdites"
            | "proscrit"
            | "proscrite"
            | "obligatoire"
            | "oui"
            | "non"
            // a mark in a column whose header gives the verdict (« Usage | Autorisé | Interdit » then « X »)
            | "x"
            | "\u{2713}"
            | "\u{2714}"
    )
}

/// True when the sentence ends with a colon: the lead-in of a list, whose items carry the rule.
fn is_lead_in(text: &str) -> bool {
    text.trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == '_')
        .ends_with(':')
}

/// The ontology dimension of a concept, from its id prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dimension {
    /// `actor.*`: who.
    Actor,
    /// `action.*`: does what.
    Action,
    /// `data.*`: with which data.
    Data,
    /// `tool.*`, `tech.*`, `system.*`, `model.*`: with which tool.
    Tool,
    /// `work.*`: on which object of administrative work (an arrêté, a délibération, the pieces of a contract),
    /// from `data/lexicon/activities.toml`.
    Work,
}

/// The dimension of a concept id.
pub(crate) fn dimension(id: &str) -> Option<Dimension> {
    match id.split('.').next()? {
        "actor" => Some(Dimension::Actor),
        "action" => Some(Dimension::Action),
        "data" => Some(Dimension::Data),
        "tool" | "tech" | "system" | "model" => Some(Dimension::Tool),
        "work" => Some(Dimension::Work),
        _ => None,
    }
}

/// A concept named in a sentence, with where (normalised range in its clause, or in the lead-in when `lead`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Concept index.
    pub concept: u16,
    /// Normalised start.
    pub start: usize,
    /// Normalised end.
    pub end: usize,
    /// True when the word is in the lead-in or table header, not in the sentence itself.
    pub lead: bool,
}

/// One norm: a normative sentence reduced to its parts.
#[derive(Debug, Clone, Default)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent marks of one norm (conditional, exception, instrument…), read one by one"
)]
pub struct Norm {
    /// Where.
    pub at: SentenceRef,
    /// Obligation, interdiction or permission.
    pub modality: Option<Modality>,
    /// Actors (subjects of the rule).
    pub actors: Vec<Mention>,
    /// Actions.
    pub actions: Vec<Mention>,
    /// Data objects.
    pub data: Vec<Mention>,
    /// Tools.
    pub tools: Vec<Mention>,
    /// The people the act is about, named outside the subject (« évaluer les agents », « répondre aux
    /// habitants »): not who the rule binds, but part of its object. A ban that names them reaches only a norm about
    /// the same people (or some of them).
    pub patients: Vec<Mention>,
    /// Objects of administrative work (« les décisions de refus », « le CCTP »).
    pub work: Vec<Mention>,
    /// Concepts named after an exception marker (« sauf l'outil interne »).
    pub exceptions: Vec<Mention>,
    /// A condition (« si », « lorsque », « sans », « après ») qualifies the rule.
    pub conditional: bool,
    /// The condition of a permission or duty only sets a circumstance (« en cas d'absence prolongée », « si vous
    /// gérez la boîte contact », « déposées après la date limite »): no safeguard, no negated object. Its content
    /// stems, compared with a ban's words: a ban that does not name them still reaches the clause, as a warning.
    pub circumstance: Option<Vec<String>>,
    /// The ban is about other tools than those named elsewhere (« l'usage de tout autre outil d'IA est interdit »).
    pub others: bool,
    /// The purpose the rule is limited to (« pour fabriquer … » → `fabriquer`), when stated with an infinitive.
    pub purpose: Option<String>,
    /// The action concepts the lexicon reads at the purpose verb (« pour présélectionner » → `action.select`): the
    /// purpose compared by subsumption, not as a string, when the ontology knows the verb.
    pub purpose_acts: Vec<u16>,
    /// The object in the drafter's own words: content words (stemmed) of the sentence and its lead-in that the
    /// lexicon does not know (« une réponse à une plainte visant un agent » → `plaint`, `visant`). Unknown is not
    /// overlap: a ban with such words reaches only a norm that uses them too. Read on bans only (empty on other
    /// norms). Each entry is one unit of the object: a word, or coordinated terms joined by `|` (« plan, relevé ou
    /// consigne » → `consig|plan|releve`, see [`coordinated`]), met when one of them is. When a coordinator sets
    /// several noun phrases of the object apart (see [`conjuncts`]), an entry opening with [`ALTERNATIVE`] gives, for
    /// one phrase, the words of the others (space-separated), which a norm that meets that phrase need not share.
    /// One list, so that a norm stays small.
    pub residual: Vec<String>,
    /// Words of a ban that another norm must share, whatever its other words say: the stem of the verb the ban opens
    /// with when the lexicon does not know it (« contacter une personne … »: its act), and the residual words of a
    /// relative clause that narrows its object (« des textes dont ils n'ont pas besoin » → `besoin`: the ban covers
    /// only what meets them). One list, so that a norm stays small (a text may hold 400,000 of them).
    pub musts: Vec<String>,
    /// Stems of every word of the sentence and its lead-in, sorted, to check another norm's residual against.
    pub stems: Vec<String>,
    /// The residual words that belong to a topic's vocabulary, with the topic: another norm that names the topic
    /// in its own words meets them (« le comité social territorial » and « le CST »).
    pub topic_words: Vec<(String, Topic)>,
    /// Every topic the sentence and its lead-in name, as a set of bits (see [`topic_bit`]): one word per norm,
    /// whatever the length of the text.
    pub all_topics: u64,
    /// « ne … que »: what the act is reserved to. Such a norm permits what it names and bans the rest.
    pub only: Option<Only>,
    /// A ban without a verb whose subject is the tool (« les outils d'IA grand public sont interdits aux agents »):
    /// it bans using the tool, whatever for.
    pub bans_the_tool: bool,
    /// Stems of the content words after « sans » (« sans mentionner son origine », « sans relecture ») up to the
    /// next punctuation: on a ban, the safeguard whose absence it forbids; on a permission or duty, what it sets
    /// aside (its concepts are left out of its slots).
    pub without: Vec<String>,
    /// A ban whose only condition is « sans … » (« il est interdit de publier un contenu généré sans mentionner son
    /// origine »): it forbids the act without that safeguard, so it meets a clause that does the act « sans » the same
    /// safeguard (its `without` words share a stem).
    pub only_without: bool,
    /// The tool is written as the instrument or the agent of the act (« préparées par Belia », « faire lire par
    /// Aster », « avec Calixte »): a permission or duty that names no act the lexicon knows still uses the tool.
    pub instrument: bool,
}

/// What a « ne … que » restriction reserves the act to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Only {
    /// The tools named after « que » (`Norm::tools` holds them): « les agents n'utilisent que Malvia ».
    Tools,
    /// A purpose: « les élus ne peuvent utiliser l'IA que pour préparer leurs interventions » (verb, and the stem of
    /// the first content word after it, its object).
    Purpose {
        /// The infinitive after « que pour ».
        verb: String,
        /// The stem of its object's head word, when there is one.
        object: Option<String>,
    },
    /// Activities named by nouns: « l'usage de l'IA est réservé exclusivement à la recherche documentaire et à la
    /// préparation des permanences » (the stem of each activity's head noun, and the drafter's words).
    /// Boxed: the restriction is rare, and every norm of a 400,000-sentence text carries an `Option<Only>`.
    Activities(Box<Reserved>),
}

/// What a « réservé à » restriction reserves, and to which activities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reserved {
    /// Stems of the head nouns, one per coordinated activity.
    pub heads: Vec<String>,
    /// Stems of what is reserved, said before « réservé » in words that name no one, no tool and no act (« la
    /// génération d'images et de vidéos est réservée… » → `image`, `video`): another norm falls under the
    /// restriction only when it names one of them. Empty when the restriction is on any use of AI.
    pub object: Vec<String>,
    /// The words after « réservé à », up to the end of the sentence, as written (normalised).
    pub words: String,
}

/// The restriction a « ne … que » sentence states, from the normalised text right after « que ».
fn only(text: &str, tools_after: bool) -> Option<Only> {
    let rest = text.trim_start();
    if rest.starts_with("pour ") {
        let verb = purpose(rest)?;
        let after = &rest[rest
            .find(verb.as_str())
            .map_or(rest.len(), |i| i + verb.len())..];
        let object = words(after, 0, after.len())
            .map(|(_, w)| w)
            .find(|w| w.len() >= 3 && !FRAMES.empty.contains(*w))
            .map(stem);
        return Some(Only::Purpose { verb, object });
    }
    tools_after.then_some(Only::Tools)
}

/// The activities a « réservé à » restriction names by nouns: the head noun of each coordinated phrase (« la
/// recherche documentaire et à la préparation des permanences » → `recher`, `prepar`). `None` when a phrase opens
/// with a verb or nothing the reading can hold (then the restriction is not read).
fn reserved_activities(text: &str) -> Option<Only> {
    let text = text.trim_end_matches(['.', ';', ' ']);
    let mut heads = Vec::new();
    let mut want = true;
    for (_, w) in words(text, 0, text.len()) {
        if want {
            if w.len() < 3 || FRAMES.empty.contains(w) || FRAMES.coordination_links.contains(w) {
                continue;
            }
            heads.push(stem(w));
            want = false;
        } else if FRAMES.coordinators.contains(w) {
            want = true;
        }
    }
    // A comma also opens the next activity (« à la veille, à la recherche et à la traduction »).
    for part in text.split(',').skip(1) {
        if let Some((_, w)) = words(part, 0, part.len()).find(|(_, w)| {
            w.len() >= 3 && !FRAMES.empty.contains(*w) && !FRAMES.coordination_links.contains(*w)
        }) {
            let h = stem(w);
            if !heads.contains(&h) {
                heads.push(h);
            }
        }
    }
    (!heads.is_empty()).then(|| {
        Only::Activities(Box::new(Reserved {
            heads,
            object: Vec::new(),
            words: text.trim().to_owned(),
        }))
    })
}

/// The end of the first restrictive word (« seul », « exclusivement », « uniquement ») of `text[a..b]`.
fn restrictive_word(text: &str, a: usize, b: usize) -> Option<usize> {
    words(text, a, b)
        .find(|(_, w)| {
            matches!(
                *w,
                "seul" | "seule" | "seuls" | "seules" | "exclusivement" | "uniquement"
            )
        })
        .map(|(at, w)| at + w.len())
}

/// A word long enough and ending as a French infinitive of the first three groups (« contacter », « choisir »,
/// « produire »), read where the sentence puts a verb.
fn infinitive_like(w: &str) -> bool {
    w.len() > 4 && ["er", "ir", "re"].iter().any(|e| w.ends_with(e))
}

/// The infinitive right after a form of « interdire » and « de » (« je m'interdis de demander », « il est interdit de
/// solliciter »), in normalised text.
fn banned_infinitive(text: &str, a: usize, b: usize) -> Option<&str> {
    let mut ws = words(text, a, b).map(|(_, w)| w).peekable();
    while let Some(w) = ws.next() {
        if w.starts_with("interdi") && matches!(ws.peek(), Some(&"de" | &"d'" | &"d")) {
            ws.next();
            return ws.next().filter(|verb| infinitive_like(verb));
        }
    }
    None
}

/// The verb of « pour + infinitif » in a normalised sentence: the purpose a rule is limited to.
fn purpose(text: &str) -> Option<String> {
    purpose_at(text).map(|(_, v)| v.to_owned())
}

/// The verb of « pour + infinitif » and its offset in `text`.
fn purpose_at(text: &str) -> Option<(usize, &str)> {
    let mut words = text
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty());
    while let Some(w) = words.next() {
        if w == "pour" {
            let mut next = words.next()?;
            // « pour en obtenir », « pour les traduire »: skip clitic pronouns.
            while ["en", "les", "le", "la", "l'", "y", "se", "s'"].contains(&next) {
                next = words.next()?;
            }
            let infinitive =
                ["er", "ir", "re", "oir"].iter().any(|e| next.ends_with(e)) && next.len() > 3;
            let at = next.as_ptr() as usize - text.as_ptr() as usize;
            return infinitive.then_some((at, next));
        }
    }
    None
}

/// Where the rule of `text[a..b]` ends when a colon opens a cleft that explains it (« Nous n'utilisons jamais l'IA
/// pour classer les candidats : c'est la commission d'attribution qui choisit »): who does the act instead is not
/// part of the rule. `b` otherwise.
fn explained_at(text: &str, a: usize, b: usize) -> usize {
    text[a..b]
        .match_indices(':')
        .map(|(i, _)| a + i)
        .find(|&c| {
            let after = text[c + 1..b].trim_start();
            FRAMES.clefts.iter().any(|w| after.starts_with(w.as_str()))
        })
        .unwrap_or(b)
}

/// The action concepts the lexicon reads at the purpose verb of `text[from..]` (« pour présélectionner » →
/// `action.select`), and at the verbs coordinated with it (« pour classer ou sélectionner les candidats »: either
/// act is the purpose); `hits` are offsets into `text`.
fn purpose_acts(lx: &Lexicon, text: &str, from: usize, hits: &[Hit]) -> Vec<u16> {
    purpose_at(&text[from..])
        .map(|(at, verb)| {
            let mut starts = vec![from + at];
            let mut rest = words(text, from + at + verb.len(), text.len());
            while let (Some((_, c)), Some((v, _))) = (rest.next(), rest.next()) {
                if !FRAMES.coordinators.contains(c) {
                    break;
                }
                starts.push(v);
            }
            hits.iter()
                .filter(|h| starts.contains(&h.start))
                .filter_map(|h| match h.tag {
                    Tag::Concept(c)
                        if dimension(&lx.concepts[c as usize].id) == Some(Dimension::Action) =>
                    {
                        Some(c)
                    }
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The stems of the ban's context phrases (« dans l'espace public », « en conseil municipal ») that the other norm
/// meets in its own words (« les caméras de la gare », « en séance »), from the `context` table of frames.toml.
fn context_met<'b>(lx: &Lexicon, narrow: &Norm, broad: &'b Norm) -> Vec<&'b str> {
    let has = |stems: &[String], p: &[String]| p.iter().all(|w| stems.binary_search(w).is_ok());
    let mut out = Vec::new();
    for (ban, meets, tools) in &FRAMES.contexts {
        let by_tool = || {
            narrow.tools.iter().any(|m| {
                tools
                    .iter()
                    .filter_map(|id| lx.concept(id))
                    .any(|c| lx.is_a(m.concept, c))
            })
        };
        if !meets.iter().any(|p| has(&narrow.stems, p)) && !by_tool() {
            continue;
        }
        for p in ban.iter().filter(|p| has(&broad.stems, p)) {
            out.extend(
                broad
                    .stems
                    .iter()
                    .filter(|w| p.contains(w))
                    .map(String::as_str),
            );
        }
    }
    out
}

/// True when `stems` (sorted) holds `w`, or a word of the same family: two stems cut at six letters that share
/// their first five (« répondre » and « réponse », « réclamer » and « réclamation » differ only there).
fn has_stem(stems: &[String], w: &str) -> bool {
    if stems.binary_search_by(|s| s.as_str().cmp(w)).is_ok() {
        return true;
    }
    // A short verb of the first group in the infinitive (« fixer », « noter », « trier ») is met by its conjugated
    // forms (« fixe », « notent », « trié »), which a stem of six letters does not fold together.
    if let Some(root) = w
        .strip_suffix("er")
        .filter(|r| r.len() >= 3 && w.len() <= 6)
    {
        const ENDINGS: [&str; 8] = ["e", "es", "ent", "ee", "ees", "ez", "ons", "ant"];
        if ENDINGS.iter().any(|e| {
            let form = format!("{root}{e}");
            let form: String = form.chars().take(6).collect();
            stems.binary_search(&form).is_ok()
        }) {
            return true;
        }
    }
    let Some(p) = w.get(..5).filter(|_| w.len() >= 6) else {
        return false;
    };
    let i = stems.partition_point(|s| s.as_str() < p);
    stems
        .get(i)
        .is_some_and(|s| s.len() >= 6 && s.starts_with(p))
}

/// The opening of an entry of [`Norm::residual`] that lists the words of the other noun phrases of the object, for
/// one phrase (see [`conjuncts`]): no stem opens with it.
pub(crate) const ALTERNATIVE: char = '~';

/// The mark in [`Norm::without`] of a human review set aside, whatever its words.
const HUMAN_REVIEW: &str = "#relecture-humaine";

/// True when nothing but an article or a generic name of a tool stands before a tool at the start of its sentence
/// (« Orvia fixe … », « L'assistant Orvia fixe … »): the tool is the sentence's subject.
fn opens_the_sentence(before: &str) -> bool {
    const OPENING: &[&str] = &[
        "le",
        "la",
        "l",
        "les",
        "assistant",
        "outil",
        "module",
        "logiciel",
        "application",
        "ia",
    ];
    before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| OPENING.contains(&w))
}

/// True when the word after a sentence's subject tool is a verb of doing, not a copula or an auxiliary that says what
/// the tool is or has (« Brenne Assist est hébergé en France », « Orvia a été choisi »).
fn acts_after(after: &str) -> bool {
    const STATE: &[&str] = &[
        "est", "sont", "etait", "etaient", "sera", "seront", "reste", "restent", "demeure", "a",
        "ont", "avait", "designe", "signifie",
    ];
    after
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .is_some_and(|w| !STATE.contains(&w))
}

/// True when the text before a tool makes it the instrument or the agent of the act: a preposition (« par », « avec »,
/// « dans », « à », « via », « grâce à »), then at most two words of a determiner or a generic name of a tool. A
/// generic name may take its own name and its owner (« par le module d'IA « Barème+ » d'Astréa »: the module of the
/// named tool); without a generic name, « de » stops the reading (« avec la version gratuite de DeepL »: not read).
fn is_instrument(before: &str) -> bool {
    const PREPOSITIONS: &[&str] = &["par", "avec", "dans", "a", "au", "aux", "via", "grace"];
    const DETERMINERS: &[&str] = &[
        "le", "la", "l", "les", "un", "une", "son", "sa", "ses", "leur", "leurs", "notre", "votre",
    ];
    const GENERIC: &[&str] = &[
        "module",
        "outil",
        "logiciel",
        "application",
        "assistant",
        "service",
        "plateforme",
        "solution",
    ];
    // What lies between a generic name and the named tool it belongs to: « d'IA », « de », a quoted name.
    const OWNER: &[&str] = &["d", "de", "du", "ia"];
    let back = before.rsplit([' ', '\'']).filter(|w| !w.is_empty());
    let (mut words, mut owner, mut quoted) = (0, false, false);
    for (i, w) in back.take(10).enumerate() {
        if quoted {
            quoted = !w.starts_with('"');
            continue;
        }
        // The opening quote of the tool's own name (« avec l'assistant « Gaïa » »).
        if i == 0 && w == "\"" {
            continue;
        }
        if PREPOSITIONS.contains(&w) {
            return !owner;
        }
        if w.ends_with('"') {
            // The closing quote of a name before the tool (« le module d'IA « Barème+ » d'Astréa »).
            owner = true;
            quoted = w == "\"" || !w.starts_with('"');
            continue;
        }
        if OWNER.contains(&w) {
            owner = true;
            continue;
        }
        if GENERIC.contains(&w) {
            owner = false;
        } else if !DETERMINERS.contains(&w) {
            return false;
        }
        words += 1;
        if words > 2 {
            return false;
        }
    }
    false
}

/// The ranges of `text[a..b]` from each « sans » to the next punctuation (« sans exception » insists, it sets no
/// condition, and is left out).
fn without_ranges(text: &str, a: usize, b: usize) -> Vec<(usize, usize)> {
    words(text, a, b)
        .filter(|&(_, w)| w == "sans")
        .filter_map(|(at, _)| {
            let rest = &text[at + 4..b];
            let head = rest.trim_start();
            if head.starts_with("exception") || head.starts_with("aucune exception") {
                return None;
            }
            let end = rest.find([',', ';', ':', '.', '(']).unwrap_or(rest.len());
            Some((at, at + 4 + end))
        })
        .collect()
}

/// Condition words that only state a purpose or a frame (« pour rédiger »), not a condition.
const NOT_CONDITIONS: &[&str] = &[
    "pour",
    "dans le cadre de",
    "dans le cadre d'",
    "selon",
    "en fonction de",
    "avant",
];

/// Normalised ranges between double quotes (« … » become `"`): words quoted as examples are not norms.
fn quoted(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let positions: Vec<usize> = text[start..end]
        .match_indices('"')
        .map(|(i, _)| start + i)
        .collect();
    // A quoted name (« Scribe », « Le Chat ») is a name, not a quotation: only phrases count.
    positions
        .chunks(2)
        .filter(|c| c.len() == 2 && text[c[0] + 1..c[1]].split_whitespace().count() > 3)
        .map(|c| (c[0], c[1]))
        .collect()
}

/// Extracts the norms of every binding or permissive sentence.
pub(crate) fn extract(charter: &Charter, analysis: &Analysis, lx: &Lexicon) -> Vec<Norm> {
    let mut out = Vec::new();
    for (ci, clause) in charter.clauses.iter().enumerate() {
        let info = &analysis.clauses[ci];
        for (si, s) in clause.sentences.iter().enumerate() {
            let (a, b) = info.sentence_ranges[si];
            // A statement of what is done with a tool (« Corvia ajuste le montant accordé à chaque lycéen », « nos
            // chargés de clientèle utilisent Copilot pour résumer la fiche du locataire ») says the use happens: as
            // a party to a contradiction, it permits it.
            let practice = matches!(s.modality, None | Some(Modality::Constat))
                && s.non_rule.is_none()
                && !s.conditional
                && is_practice(lx, &info.norm.text, a, b, analysis.sentence_hits((ci, si)));
            let modality = match s.modality {
                Some(
                    m @ (Modality::Obligation | Modality::Interdiction | Modality::Permission),
                ) => m,
                _ if practice => Modality::Permission,
                _ => continue,
            };
            // A lead-in (« Les agents ne peuvent en aucun cas utiliser l'IA pour : ») is completed by its items; a
            // goal (« veille à ce que ») is no rule on a use.
            if is_lead_in(&info.norm.text[a..b]) || is_goal(&info.norm.text[a..b]) {
                continue;
            }
            // A table of usages gives the verdict in a cell of its own (« Gemini | Interdit | — », « Traduire une
            // page | Autorisé | DeepL »): the verdict's norm is the whole row, its tool, act and object in the other
            // cells.
            let row = !clause.cells.is_empty() && is_verdict(&info.norm.text[a..b]);
            let (a, b) = if row {
                (0, info.norm.text.len())
            } else {
                (a, explained_at(&info.norm.text, a, b))
            };
            let quotes = quoted(&info.norm.text, a, b);
            let in_quotes = |h: &Hit| quotes.iter().any(|&(qs, qe)| qs < h.start && h.end <= qe);
            let hits = if row {
                &info.hits[..]
            } else {
                let h = analysis.sentence_hits((ci, si));
                &h[..h.partition_point(|h| h.start < b)]
            };
            // A ban declared on a restriction (« Les données de consommation des abonnés ne sont traitées que par
            // Limpide. », `modalite: interdiction`) bans every other tool, not the one it names: it is read as the
            // restriction its words state.
            let modality = match modality {
                Modality::Interdiction => {
                    let own = super::modality::of_sentence_at(&info.norm.text, a, b, hits);
                    if own.only.is_some() && own.modality == Some(Modality::Obligation) {
                        Modality::Obligation
                    } else {
                        modality
                    }
                }
                m => m,
            };
            // « un outil d'IA hébergé hors du SDIS », « extérieur au Syndicat »: a ban of the tools the authority does
            // not run itself (see below); its « hors » opens no exception.
            let outside = (modality == Modality::Interdiction)
                .then(|| outside_authority(&info.norm.text, a, b))
                .flatten();
            let exception_at = hits
                .iter()
                .filter(|h| h.tag == Tag::Marker(Marker::Exception))
                .filter(|h| !outside.is_some_and(|(s, e)| s <= h.start && h.start < e))
                .map(|h| h.start)
                .min();
            // « sans … » on a permission or duty: what follows is set aside (« peut utiliser Gemini sans y saisir de
            // données personnelles » permits no input of personal data), the rule itself holds; its words are kept
            // to meet a ban that forbids the act « sans » the same safeguard.
            let without = without_ranges(&info.norm.text, a, b);
            let ban = modality == Modality::Interdiction;
            let by_markers = hits.iter().any(|h| {
                h.tag == Tag::Marker(Marker::Condition)
                    && !NOT_CONDITIONS.contains(&&info.norm.text[h.start..h.end])
                    && !in_quotes(h)
            });
            let conditional = by_markers || (ban && !without.is_empty());
            // A permission or duty with a negated object (« … que pour des tâches qui ne portent sur aucune donnée
            // personnelle ») is restricted, not general: treat it as qualified.
            // « ne … que » restricts without negating: its « ne » qualifies nothing.
            let restriction = (modality == Modality::Obligation)
                .then(|| super::modality::of_sentence_at(&info.norm.text, a, b, hits))
                .filter(|m| m.only.is_some_and(|q| q <= b));
            let only_at = restriction.as_ref().and_then(|m| m.only);
            let reserved = restriction.as_ref().is_some_and(|m| m.reserved);
            // « non » before a participle is an adjective (« un bac non collecté », « des documents non publiés »):
            // it negates the object only before a concept (« des données non personnelles »).
            let adjective_non = |h: &Hit| {
                &info.norm.text[h.start..h.end] == "non"
                    && !hits.iter().any(|c| {
                        matches!(c.tag, Tag::Concept(_)) && c.start > h.end && c.start <= h.end + 1
                    })
            };
            let only_particle = |h: &Hit| {
                only_at.is_some() && matches!(&info.norm.text[h.start..h.end], "ne" | "n'")
            };
            // « plus » negates only after « ne » (« plus de 75 ans », « répondre plus vite » negate nothing); « sans »
            // on a permission or duty sets aside what follows it (see `without` below), it does not qualify the rule.
            let lone_plus = |h: &Hit| {
                &info.norm.text[h.start..h.end] == "plus"
                    && !hits.iter().any(|n| {
                        n.tag == Tag::Marker(Marker::Negation)
                            && matches!(&info.norm.text[n.start..n.end], "ne" | "n'")
                            && n.end <= h.start
                            && h.start - n.end <= 40
                    })
            };
            let sans = |h: &Hit| &info.norm.text[h.start..h.end] == "sans";
            // A negation marker that negates (not « non » as an adjective, a lone particle, « plus », « sans »).
            let negation = |h: &Hit| {
                h.tag == Tag::Marker(Marker::Negation)
                    && !in_quotes(h)
                    && !adjective_non(h)
                    && !only_particle(h)
                    && !lone_plus(h)
                    && !sans(h)
                    // « sans aucune mention de leur origine »: the negation belongs to what « sans » sets aside.
                    && !without.iter().any(|&(s, e)| s <= h.start && h.start < e)
            };
            let negated = modality != Modality::Interdiction && hits.iter().any(negation);
            // Where the condition starts: its first marker, or « sans ».
            let condition_at = hits
                .iter()
                .filter(|h| {
                    h.tag == Tag::Marker(Marker::Condition)
                        && !NOT_CONDITIONS.contains(&&info.norm.text[h.start..h.end])
                        && !in_quotes(h)
                })
                .map(|h| h.start)
                .chain(without.iter().filter(|_| ban).map(|&(p, _)| p))
                .filter(|&p| p >= a && p < b)
                .min();
            // A negation inside the condition (« à condition de ne pas y saisir de données personnelles ») belongs
            // to it; one elsewhere negates the object (« … que pour des tâches qui ne portent sur aucune donnée »).
            let negated_outside = negated
                && hits.iter().any(|h| {
                    negation(h)
                        && !condition_at.is_some_and(|c| {
                            let rest = &info.norm.text[c..b];
                            let to = c + rest.find([',', ';', ':']).unwrap_or(rest.len());
                            c <= h.start && h.start < to
                        })
                });
            let circumstance =
                (conditional && !negated_outside && modality != Modality::Interdiction)
                    .then_some(condition_at)
                    .flatten()
                    .and_then(|from| {
                        let rest = &info.norm.text[from..b];
                        let to = from + rest.find([',', ';', ':']).unwrap_or(rest.len());
                        let mut stems = Vec::new();
                        for (_, w) in words(&info.norm.text, from, to) {
                            if w.len() >= 3 && !FRAMES.empty.contains(w) {
                                stems.push(stem(w));
                            }
                        }
                        // Only a generic safeguard reconciles the clause with any ban; one on the object (a negation,
                        // « après anonymisation ») keeps its words, met by a ban that names them.
                        let safeguard = words(&info.norm.text, from, to).any(|(_, w)| {
                            FRAMES
                                .safeguards
                                .iter()
                                .any(|g| stem(w).starts_with(g.as_str()))
                        });
                        (!safeguard).then_some(stems)
                    });
            let mut norm = Norm {
                at: (ci, si),
                modality: Some(modality),
                conditional: conditional || negated,
                only_without: ban && !by_markers && !without.is_empty(),
                circumstance,
                purpose: purpose(&info.norm.text[a..b]),
                purpose_acts: purpose_acts(lx, &info.norm.text[..b], a, hits),
                others: ["autre", "autres"]
                    .iter()
                    .any(|w| super::contains_word(&info.norm.text[a..b], w)),
                ..Norm::default()
            };
            // Actors are the subjects of the rule: before the modal word (« les agents peuvent »), or right after it as
            // its addressee (« il est interdit aux élus de »). « Le travail de la commune » names no actor.
            let modal_at = hits
                .iter()
                .filter(|h| {
                    matches!(
                        h.tag,
                        Tag::Marker(
                            Marker::Obligation
                                | Marker::Permission
                                | Marker::Prohibition
                                | Marker::Recommendation
                        )
                    )
                })
                .map(|h| (h.start, h.end))
                .next()
                // An imperative (« Utilisez exclusivement les outils du catalogue de la Région ») has no modal word:
                // its verb stands for it, and who it binds is the reader.
                .or_else(|| {
                    hits.iter()
                        .filter(|h| {
                            h.start >= a
                                && matches!(h.tag, Tag::Concept(c)
                                    if dimension(&lx.concepts[c as usize].id) == Some(Dimension::Action))
                        })
                        .map(|h| (h.start, h.end))
                        .next()
                });
            let text = &info.norm.text;
            // « les données de localisation des usagers »: the people the data is about, not who the rule binds.
            let complements_data = |h: &Hit| {
                ["des ", "de ", "du ", "d'un ", "d'une ", "de l'", "de la "]
                    .iter()
                    .find(|p| text[..h.start].ends_with(*p))
                    .is_some_and(|p| {
                        let before = h.start - p.len();
                        hits.iter().any(|d| {
                            matches!(d.tag, Tag::Concept(c)
                                if dimension(&lx.concepts[c as usize].id) == Some(Dimension::Data))
                                && d.end <= before
                                && text[d.end..before].trim().is_empty()
                        })
                    })
            };
            // The agent of a passive (« … peuvent être utilisés par les agents du syndicat ») is who acts.
            let passive_agent = |h: &Hit| {
                let mut before = text[..h.start]
                    .rsplit([' ', '\''])
                    .filter(|w| !w.is_empty());
                matches!(
                    (before.next(), before.next()),
                    (
                        Some("les" | "le" | "la" | "l" | "des" | "un" | "une"),
                        Some("par")
                    )
                )
            };
            // In a ban, a person written as the complement of a noun that names no one (« la transcription des
            // séances du comité syndical : proscrite ») is part of the object, not who the ban binds; « les agents du
            // CCAS » keeps them (the noun before names people).
            let complements_noun = |h: &Hit| {
                ban && FRAMES
                    .actor_complements
                    .iter()
                    .find(|p| text[..h.start].ends_with(p.as_str()))
                    .is_some_and(|p| {
                        let before = text[..h.start - p.len()].trim_end();
                        !before.is_empty()
                            && !hits.iter().any(|d| {
                                matches!(d.tag, Tag::Concept(c)
                                    if dimension(&lx.concepts[c as usize].id) == Some(Dimension::Actor))
                                    && d.end == before.len()
                            })
                    })
            };
            let is_subject = |h: &Hit| {
                practice
                    || passive_agent(h)
                    || !complements_data(h)
                        && !complements_noun(h)
                        && !after_participle(text, h.start)
                        && match modal_at {
                            None => true,
                            Some((ms, me)) => {
                                h.end <= ms
                                    || (h.start >= me
                                        && h.start - me <= 12
                                        && ["aux ", "au ", "a l'", "a la "]
                                            .iter()
                                            .any(|p| text[..h.start].ends_with(p)))
                            }
                        }
            };
            // A FAQ verdict (« Non. ») takes its question's object, like an item takes its lead-in's.
            let asked = info
                .answers
                .iter()
                .find(|(i, ..)| *i == si)
                .map(|(_, t, h)| (t.as_str(), &h[..]));
            if let Some((qt, qh)) = asked {
                norm.conditional |= qh.iter().any(|h| {
                    h.tag == Tag::Marker(Marker::Condition)
                        && !NOT_CONDITIONS.contains(&&qt[h.start..h.end])
                });
                if norm.purpose.is_none() {
                    norm.purpose = purpose(qt);
                    norm.purpose_acts = purpose_acts(lx, qt, 0, qh);
                }
            }
            let own = hits.iter().map(|h| (h, false));
            // A verdict in a tool × usage grid is about its column's tool (« Copilot | interdit »).
            let column = info
                .columns
                .iter()
                .filter(|_| row)
                .find(|(i, _)| *i == si)
                .map_or(&[][..], |(_, h)| &h[..]);
            let lead = info.lead_hits.iter().chain(column).map(|h| (h, true));
            let question = asked
                .into_iter()
                .flat_map(|(_, qh)| qh.iter().map(|h| (h, true)));
            // In a question, who acts comes first (« Les habitants ont-ils le droit… », « La mairie utilise-t-elle… »);
            // a person after the verb is the object of the act or a complement (« traduire un courrier d'usager »).
            let question_verb = asked.and_then(|(_, qh)| {
                qh.iter()
                    .filter(|h| match h.tag {
                        Tag::Marker(_) => true,
                        Tag::Concept(c) => {
                            dimension(&lx.concepts[c as usize].id) == Some(Dimension::Action)
                        }
                        _ => false,
                    })
                    .map(|h| h.start)
                    .min()
            });
            let question_actor = |h: &Hit| question_verb.is_some_and(|v| h.end <= v);
            for (h, from_lead) in own.chain(lead).chain(question) {
                let from_question =
                    asked.is_some_and(|(_, qh)| qh.as_ptr_range().contains(&std::ptr::from_ref(h)));
                let Tag::Concept(c) = h.tag else { continue };
                if !from_lead && in_quotes(h) {
                    continue;
                }
                let m = Mention {
                    concept: c,
                    start: h.start,
                    end: h.end,
                    lead: from_lead,
                };
                if !from_lead && exception_at.is_some_and(|e| h.start > e) {
                    norm.exceptions.push(m);
                    continue;
                }
                if !from_lead && !ban && without.iter().any(|&(s, e)| s <= h.start && h.start < e) {
                    continue;
                }
                match dimension(&lx.concepts[c as usize].id) {
                    Some(Dimension::Actor) if from_question => {
                        let qt = asked.map_or("", |(t, _)| t);
                        if question_actor(h) {
                            norm.actors.push(m);
                        } else if is_patient(qt, h.start) {
                            norm.patients.push(m);
                        }
                    }
                    Some(Dimension::Actor) if from_lead || is_subject(h) => norm.actors.push(m),
                    Some(Dimension::Actor) if is_patient(text, h.start) => norm.patients.push(m),
                    Some(Dimension::Actor) => {}
                    Some(Dimension::Action) => norm.actions.push(m),
                    Some(Dimension::Data) => norm.data.push(m),
                    Some(Dimension::Tool) => norm.tools.push(m),
                    Some(Dimension::Work) => norm.work.push(m),
                    None => {}
                }
            }
            // The object slot in the drafter's words: after an exception marker, words belong to the exception.
            let own_end = exception_at.map_or(b, |e| e.clamp(a, b));
            // Outside the authority: the ban's generic tool is the external one, and the qualification's words are
            // neither object nor restriction words.
            let mut quotes = quotes;
            if let (Some(range), Some(external)) = (outside, lx.concept("tool.external")) {
                for m in norm.tools.iter_mut().filter(|m| !m.lead) {
                    if lx.is_a(external, m.concept) {
                        m.concept = external;
                    }
                }
                quotes.push(range);
            }
            // Only a ban's object is compared word by word: other norms keep no residual nor topic words (memory
            // stays one small frame per norm on a text of 400,000 permissions).
            // « Seul l'outil Trajecto peut être utilisé pour… », « Utilisez exclusivement Marcha »: a restriction
            // on the tool named right after the restrictive word.
            let seul_at = (modality == Modality::Obligation && only_at.is_none())
                .then(|| restrictive_word(&info.norm.text, a, b))
                .flatten()
                .filter(|&q| {
                    let first = norm
                        .actors
                        .iter()
                        .chain(&norm.patients)
                        .chain(&norm.tools)
                        .chain(&norm.data)
                        .chain(&norm.actions)
                        .filter(|m| !m.lead && m.start >= q)
                        .min_by_key(|m| m.start);
                    // « L'agent décide seul ; Sézia peut seulement résumer » restricts the agent, not Sézia: the
                    // restricted tool comes in the same phrase.
                    first.is_some_and(|f| {
                        norm.tools.contains(f)
                            && !info
                                .norm
                                .text
                                .get(q..f.start)
                                .is_some_and(|between| between.contains([';', ':']))
                    })
                });
            if ban {
                norm.residual = residual_units(&info.norm.text, a, own_end, hits, &quotes);
                norm.residual.extend(
                    conjuncts(&info.norm.text, a, own_end, hits, &quotes)
                        .into_iter()
                        .map(|others| format!("{ALTERNATIVE}{}", others.join(" "))),
                );
                topic_words(&info.norm.text, a, own_end, hits, &mut norm.topic_words);
                // An item that opens with a verb the lexicon does not know (« contacter une personne … ») says its act
                // in that verb: it must be met, whatever the other words.
                norm.musts = narrowing(&info.norm.text, a, own_end, hits, &quotes);
                // So does the verb the lexicon does not know right after « interdire de » (« Je m'interdis de demander
                // à l'IA un avis sur … », « il est interdit de solliciter … »).
                let opening = words(&info.norm.text, a, own_end)
                    .find(|(_, w)| w.chars().all(char::is_alphabetic))
                    .map(|(_, w)| w)
                    .filter(|w| infinitive_like(w));
                let unknown: Vec<String> = opening
                    .into_iter()
                    .chain(banned_infinitive(&info.norm.text, a, own_end))
                    .map(stem)
                    .filter(|w| norm.residual.iter().any(|u| u.split('|').any(|x| x == w)))
                    .collect();
                norm.musts.extend(unknown);
            }
            // A « seul » restriction's scope in the drafter's words starts at its purpose (« … pour l'analyse des
            // données de fréquentation »): the words before describe the reserved tool.
            if let Some(p) = seul_at.and(info.norm.text[a..own_end].find(" pour ")) {
                norm.residual = residual_units(&info.norm.text, a + p, own_end, hits, &quotes);
            }
            for &(s, e) in &without {
                for (_, w) in words(&info.norm.text, s, e) {
                    if w.len() >= 3 && w != "sans" && !FRAMES.empty.contains(w) {
                        norm.without.push(stem(w));
                    }
                }
            }
            // « sans relecture », « sans validation d'un agent », « sans examen par un agent » all set aside a human
            // review, and so does an act done « automatiquement » by a tool: one mark for them all.
            if norm.without.iter().any(|w| FRAMES.human_review.contains(w))
                || (!ban
                    && words(&info.norm.text, a, b)
                        .any(|(_, w)| FRAMES.automatic.iter().any(|x| x == w)))
            {
                norm.without.push(HUMAN_REVIEW.to_owned());
            }
            norm.without.sort();
            norm.without.dedup();
            match outside {
                Some((s, e)) => {
                    all_stems(&info.norm.text, a, s, &mut norm.stems);
                    all_stems(&info.norm.text, e, b, &mut norm.stems);
                }
                None => all_stems(&info.norm.text, a, b, &mut norm.stems),
            }
            norm.all_topics = hits
                .iter()
                .chain(info.lead_hits.iter())
                .filter_map(topic_of)
                .fold(0, |bits, t| bits | topic_bit(t));
            if let Some(lead) = &clause.lead_in {
                let n = normalize(lead);
                all_stems(&n.text, 0, n.text.len(), &mut norm.stems);
                if ban {
                    let lead_words = residual_units(&n.text, 0, n.text.len(), &info.lead_hits, &[]);
                    norm.residual.extend(lead_words);
                    topic_words(
                        &n.text,
                        0,
                        n.text.len(),
                        &info.lead_hits,
                        &mut norm.topic_words,
                    );
                }
            }
            if let Some((qt, qh)) = asked {
                all_stems(qt, 0, qt.len(), &mut norm.stems);
                norm.all_topics |= qh
                    .iter()
                    .filter_map(topic_of)
                    .fold(0, |bits, t| bits | topic_bit(t));
                if ban {
                    let words = residual(qt, 0, qt.len(), qh, &[]);
                    norm.residual.extend(words);
                    topic_words(qt, 0, qt.len(), qh, &mut norm.topic_words);
                }
            }
            norm.topic_words.sort();
            norm.topic_words.dedup();
            norm.topic_words.shrink_to_fit();

            norm.residual.sort();
            norm.residual.dedup();
            norm.stems.sort();
            norm.stems.dedup();
            // Strict: any exception (« sauf dérogation ») or condition keeps the verbless ban from reaching a use.
            if modality == Modality::Interdiction
                && norm.actions.is_empty()
                && exception_at.is_none()
                && !norm.conditional
            {
                let first_tool = norm.tools.iter().filter(|m| !m.lead).map(|m| m.end).min();
                // A technique named as the thing banned (« s'interdit toute reconnaissance faciale », « transcription
                // automatique : proscrite ») bans using it, whatever the words around.
                let technique = norm.tools.iter().any(|m| {
                    !m.lead
                        && FRAMES
                            .techniques
                            .iter()
                            .any(|(t, _)| *t == lx.concepts[m.concept as usize].id)
                });
                norm.bans_the_tool = technique
                    || first_tool.is_some_and(|e| {
                        e >= a && (row || tool_is_banned(&info.norm.text[..b], e))
                    });
            }
            // The tool is the instrument (« par le module », « avec Calixte »), or a named tool is the subject of the
            // modal word (« Limpide peut traiter », « le module de recouvrement de Limpide doit adresser ») or stands
            // in a cell of a usage table's row (« Mettre en forme la liste … | Le Chat | Oui ») or heads the verdict's
            // column (« Usage | Orbe-Assist | Copilot »): the tool of the row.
            norm.instrument = norm.tools.iter().any(|m| {
                (!m.lead
                    && (is_instrument(&info.norm.text[..m.start])
                        || (row && is_named_tool(lx, m.concept))
                        || (is_named_tool(lx, m.concept)
                            && modal_at.is_some_and(|(ms, _)| m.end <= ms && m.start >= a))))
                    || (m.lead && column.iter().any(|h| h.tag == Tag::Concept(m.concept)))
                    // A FAQ verdict's tool is its question's (« … trier la liste des inscrits avec Gemini ? » —
                    // « Oui, … »): the instrument there is the instrument here.
                    || (m.lead
                        && asked.is_some_and(|(qt, _)| {
                            qt.get(..m.start).is_some_and(is_instrument)
                                && qt.get(m.start..m.end).is_some()
                        }))
                    || (practice && !m.lead && is_named_tool(lx, m.concept))
                    // A use described in the present, with no modal word (« Orvia fixe le montant du plan d'aide »):
                    // the named tool that opens the sentence does the act.
                    || (!m.lead
                        && modal_at.is_none()
                        && modality == Modality::Permission
                        && is_named_tool(lx, m.concept)
                        && m.start >= a
                        && opens_the_sentence(&info.norm.text[a..m.start])
                        && acts_after(&info.norm.text[m.end..b]))
            });
            // « … doivent s'en servir pour rédiger les arrêtés », « utiliser ce module »: the tool named just before.
            let anaphor = FRAMES.anaphora.iter().find_map(|w| {
                info.norm.text[a..b]
                    .find(w.as_str())
                    .map(|p| (a + p, w.len()))
            });
            // Only a named tool (the authority's own, a product) is referred to this way; a category named before
            // (« un outil d'IA, quel qu'il soit ») is no referent.
            if let (true, Some((p, len)), Some(t)) = (norm.tools.is_empty(), anaphor, s.instrument)
            {
                if is_named_tool(lx, t) {
                    norm.tools.push(Mention {
                        concept: t,
                        start: p,
                        end: p + len,
                        lead: false,
                    });
                    norm.instrument = true;
                }
            }
            // Records of people are personal data (« la liste des élèves »), unless the sentence says they are
            // anonymised.
            let anonymised = lx.concept("data.anonymised");
            if !norm.data.iter().any(|d| Some(d.concept) == anonymised) {
                // A FAQ verdict's records are its question's too (« Puis-je coller dans Gemini le tableau des
                // élèves… ? » — « Oui, … »), spans in the question's text like a lead-in's.
                let own = person_records(&info.norm.text, a, own_end)
                    .into_iter()
                    .map(|r| (r, false));
                let question = asked
                    .into_iter()
                    .flat_map(|(qt, _)| person_records(qt, 0, qt.len()))
                    .map(|r| (r, true));
                for ((rs, re, minor), lead) in own.chain(question) {
                    let id = if minor {
                        "data.minors"
                    } else {
                        "data.personal"
                    };
                    if let Some(c) = lx.concept(id) {
                        norm.data.push(Mention {
                            concept: c,
                            start: rs,
                            end: re,
                            lead,
                        });
                    }
                }
            }
            // A piece worked on before it is made public is an internal document (« le projet de budget avant sa
            // présentation »); a ban says so in its own words (« non encore rendu public »).
            if !ban {
                if let Some(c) = lx.concept("data.internal") {
                    for (rs, re) in drafts_before_public(&info.norm.text, a, own_end) {
                        norm.data.push(Mention {
                            concept: c,
                            start: rs,
                            end: re,
                            lead: false,
                        });
                    }
                }
            }
            // A ban's products in brackets after its category (« un outil d'IA grand public (ChatGPT, Le Chat…) »),
            // or after « tels que », « comme », « par exemple » (« d'outils d'IA grand public, tels que ChatGPT,
            // Gemini ou Le Chat »), are examples of it: the ban is on the category.
            if ban {
                const EXAMPLES: [&str; 7] = [
                    "tels que",
                    "telles que",
                    "tel que",
                    "telle que",
                    "comme ",
                    "par exemple",
                    "notamment",
                ];
                let all = norm.tools.clone();
                norm.tools.retain(|m| {
                    !all.iter().any(|c| {
                        let examples = || {
                            let Some(between) = info.norm.text.get(c.end..m.start) else {
                                return false;
                            };
                            let opening = between.trim_start().trim_start_matches(',').trim_start();
                            (opening.starts_with('(') && !between.contains(')'))
                                || (EXAMPLES.iter().any(|e| opening.starts_with(e))
                                    && !between.contains(['.', ';', ':']))
                        };
                        !c.lead
                            && !m.lead
                            && c.end <= m.start
                            && c.concept != m.concept
                            && lx.is_a(m.concept, c.concept)
                            && examples()
                    })
                });
            }
            keep_most_specific(lx, &mut norm.data);
            keep_most_specific(lx, &mut norm.tools);
            keep_most_specific(lx, &mut norm.actions);
            keep_most_specific(lx, &mut norm.work);
            keep_most_specific(lx, &mut norm.patients);
            if let Some(q) = only_at {
                // The actors of a restriction are its subject, before its « ne » (« les agents n'utilisent que Sernia,
                // l'assistant de la commune » binds the agents, not the commune).
                let particle = hits
                    .iter()
                    .filter(|h| {
                        h.tag == Tag::Marker(Marker::Negation)
                            && h.end <= q
                            && matches!(&info.norm.text[h.start..h.end], "ne" | "n'")
                    })
                    .map(|h| h.start)
                    .next_back();
                if let Some(p) = particle {
                    norm.actors.retain(|m| m.lead || m.start < p);
                }
                let tools_after =
                    !norm.tools.is_empty() && norm.tools.iter().all(|m| m.lead || m.start >= q);
                norm.only = if reserved {
                    reserved_activities(&info.norm.text[q..b]).map(|mut o| {
                        // What is reserved: the words before « réservé » outside the people, tools and acts named.
                        if let Only::Activities(r) = &mut o {
                            let object = &mut r.object;
                            let named: Vec<(usize, usize)> = norm
                                .actors
                                .iter()
                                .chain(&norm.tools)
                                .chain(&norm.actions)
                                .filter(|m| !m.lead)
                                .map(|m| (m.start, m.end))
                                .collect();
                            let until = info.norm.text[a..q].rfind("reserv").map_or(q, |i| a + i);
                            *object = words(&info.norm.text, a, until)
                                .filter(|&(at, w)| {
                                    w.len() >= 3
                                        && !FRAMES.empty.contains(w)
                                        && !named.iter().any(|&(s, e)| s <= at && at < e)
                                })
                                .map(|(_, w)| stem(w))
                                .collect();
                        }
                        o
                    })
                } else {
                    only(&info.norm.text[q..b], tools_after)
                };
            } else if seul_at.is_some() {
                norm.only = Some(Only::Tools);
            }
            out.push(norm);
        }
    }
    out
}

/// Drops a mention when a more specific one in the same sentence is a kind of it (« outil d'IA » + « `ChatGPT` »).
fn keep_most_specific(lx: &Lexicon, v: &mut Vec<Mention>) {
    let all = v.clone();
    v.retain(|m| {
        !all.iter()
            .any(|o| o.concept != m.concept && lx.is_a(o.concept, m.concept))
    });
    v.dedup_by_key(|m| m.concept);
}

/// How the narrower norm's term relates to the broader one's, for messages.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Subsumption {
    /// The narrower norm's mention.
    pub narrow: Mention,
    /// The broader norm's mention.
    pub broad: Mention,
}

/// Groups mentions that follow each other with at most a space between them (same clause, not from a lead-in).
fn noun_phrases(mentions: &[Mention]) -> Vec<Vec<&Mention>> {
    let mut sorted: Vec<&Mention> = mentions.iter().collect();
    sorted.sort_by_key(|m| (m.lead, m.start));
    let mut groups: Vec<Vec<&Mention>> = Vec::new();
    for m in sorted {
        match groups.last_mut() {
            Some(g)
                if g.last().is_some_and(|p| {
                    p.lead == m.lead && !m.lead && m.start >= p.end && m.start - p.end <= 2
                }) =>
            {
                g.push(m);
            }
            _ => groups.push(vec![m]),
        }
    }
    groups
}

/// The acts of a norm: its action concepts and, when a permission or duty names a tool and an act, using that tool
/// (« Lormia peut rejeter les demandes » uses Lormia to reject them). A ban keeps the acts it names: read as a ban on
/// any use, « les outils grand public sont interdits » met clauses that only mention such tools (measured on the
/// held-out set: three false findings for one found), and a permission with no act of its own (« leurs résultats
/// peuvent être expliqués ») permits nobody to do anything.
fn acts(lx: &Lexicon, n: &Norm, ban: bool) -> Vec<u16> {
    let mut v: Vec<u16> = n.actions.iter().map(|m| m.concept).collect();
    // A ban with no verb whose subject is the tool (« les outils grand public sont interdits ») bans using it.
    if ban && n.bans_the_tool && v.is_empty() {
        v.extend(lx.concept("action.use"));
    }
    // A ban that ties data to a tool with no verb the lexicon knows (« aucune donnée de santé ne passe par ChatGPT »,
    // « … ne vont jamais dans un outil d'IA ») forbids putting that data into the tool.
    if ban && v.is_empty() && !n.tools.is_empty() && !n.data.is_empty() {
        v.extend(lx.concept("action.input"));
    }
    // A ban of data that an act makes, with no verb and no tool (« Les séances ne font l'objet d'aucun enregistrement
    // audio », « L'enregistrement des réunions … est interdit »), forbids making it: any use of it meets the ban.
    if ban
        && v.is_empty()
        && n.tools.is_empty()
        && n.data.iter().all(|m| {
            FRAMES
                .made_data
                .iter()
                .any(|id| lx.concept(id) == Some(m.concept))
        })
        && !n.data.is_empty()
    {
        v.extend(lx.concept("action.use"));
    }
    // A permission or duty whose tool is the instrument or the subject of its modal word (« doit calculer avec
    // Barème+ », « Pontia peut dicter … ») governs its use, whatever the verb; so does one that names a technique.
    if !ban
        && !n.tools.is_empty()
        && (!v.is_empty() || n.instrument || n.tools.iter().any(|m| is_technique(lx, m.concept)))
    {
        v.extend(lx.concept("action.use"));
    }
    v
}

/// True when the ban's purpose verb is a specific act the ontology knows (not the mere use of a tool) and the other
/// norm does that act or a kind of it (« rejeter » is « refuser », « présélectionner » is « sélectionner »).
fn purpose_within(lx: &Lexicon, narrow: &Norm, broad: &Norm) -> bool {
    let generic = lx.concept("action.use");
    broad
        .purpose_acts
        .iter()
        .filter(|&&p| Some(p) != generic)
        .any(|&p| narrow.actions.iter().any(|x| lx.is_a(x.concept, p)))
}

/// True when both concepts belong to the broad family of using an AI tool (saisir, générer, traduire…): in a
/// charter about AI tools these are one activity.
fn same_use_family(lx: &Lexicon, a: u16, b: u16) -> bool {
    lx.concept("action.use")
        .is_some_and(|u| lx.is_a(a, u) && lx.is_a(b, u))
}

/// Checks that everything `narrow` allows or requires falls inside what `broad` forbids: on every dimension the
/// ban names, the other norm names the same thing or a kind of it. Returns the most telling subsumption.
#[allow(
    clippy::option_option,
    reason = "outside (None) differs from inside with no telling subsumption (Some(None))"
)]
pub(crate) fn within(lx: &Lexicon, narrow: &Norm, broad: &Norm) -> Option<Option<Subsumption>> {
    slots_within(lx, narrow, broad, false).ok().map(|(w, _)| w)
}

/// A tool slot that probably overlaps without proof: the other norm names a product the ontology knows (Gemini,
/// ChatGPT…) and the ban names the tools the authority has not approved. Whether the product is approved is written
/// elsewhere (a list, a table), so the pair is a warning that says what to check.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Unproved {
    /// The product named by the permission or obligation.
    pub narrow: Mention,
    /// The category named by the ban.
    pub broad: Mention,
}

/// Checks that `narrow` falls inside `broad` on every slot but one tool slot that only probably overlaps
/// ([`Unproved`]). `None` when the overlap is proved (see [`within`]) or not even probable.
pub(crate) fn probably_within(lx: &Lexicon, narrow: &Norm, broad: &Norm) -> Option<Unproved> {
    slots_within(lx, narrow, broad, true)
        .ok()
        .and_then(|(_, u)| u)
}

/// A named product (a kind of consumer or professional tool in the ontology) that a ban on unapproved tools
/// probably covers.
/// `reserved` says the broader norm is a restriction (« Seuls les outils validés peuvent être utilisés »): it bans
/// the tools outside the category it names, so the category to meet is the approved tools.
fn probably_unapproved(lx: &Lexicon, x: u16, y: u16, reserved: bool) -> bool {
    let named = ["tool.public-genai", "tool.professional"]
        .iter()
        .filter_map(|id| lx.concept(id))
        .any(|c| lx.is_a(x, c) && x != c);
    let category = if reserved {
        "tool.approved"
    } else {
        "tool.unapproved"
    };
    named
        && lx.concept(category) == Some(y)
        && !lx.concept("tool.approved").is_some_and(|a| lx.is_a(x, a))
}

/// True when a norm reserves the use of AI to the approved tools and names no particular one (« Seuls les outils
/// validés peuvent être utilisés »): it bans the unapproved ones, which the charter lists elsewhere.
pub(crate) fn reserves_to_approved(lx: &Lexicon, n: &Norm) -> bool {
    n.only == Some(Only::Tools)
        && !n.tools.is_empty()
        && n.tools
            .iter()
            .all(|m| lx.concept("tool.approved") == Some(m.concept))
}

/// The slots of [`slots_within`], in the order it compares them, named for [`why_not`].
const SLOT_NAMES: [&str; 5] = ["work", "tool", "data", "actor", "patient"];

/// Why `narrow` does not fall inside the ban `broad`: the first check of [`slots_within`] that fails (`None` when it
/// falls inside). For the miss classifier of the labelled sets (`src/tests/ctr_misses.rs`).
#[cfg(test)]
pub(crate) fn why_not(lx: &Lexicon, narrow: &Norm, broad: &Norm) -> Option<&'static str> {
    slots_within(lx, narrow, broad, false).err()
}

/// The slot comparison behind [`within`] and [`probably_within`]; with `relax`, a tool slot that only probably
/// overlaps is returned as [`Unproved`] instead of ending the comparison.
fn slots_within(
    lx: &Lexicon,
    narrow: &Norm,
    broad: &Norm,
    relax: bool,
) -> Result<(Option<Subsumption>, Option<Unproved>), &'static str> {
    let mut unproved: Option<Unproved> = None;
    let (narrow_acts, broad_acts) = (acts(lx, narrow, false), acts(lx, broad, true));
    // A ban that names neither data nor tool is too vague to be contradicted; without an action on both sides
    // (« transférer » is not « utiliser »), two norms about the same tool may govern unrelated acts.
    if broad.tools.is_empty() && broad.data.is_empty() {
        return Err("ban-names-no-tool-nor-data");
    }
    if broad_acts.is_empty() {
        return Err("ban-has-no-act");
    }
    if narrow_acts.is_empty() {
        return Err("narrow-has-no-act");
    }
    // « Tout autre outil est interdit » sets aside the tools allowed elsewhere.
    if broad.others {
        return Err("others");
    }
    // A ban limited to a purpose (« … pour fabriquer une fausse image ») leaves other purposes free. The purpose is
    // compared by subsumption when the ontology knows its verb (« présélectionner » is « sélectionner »), as the
    // drafter's word otherwise.
    // A purpose that only says the data is used (« pour traiter des données personnelles », « pour traiter un
    // dossier d'aide sociale à l'enfance ») restricts nothing beyond the data or work slot.
    // With no data, the object words of the ban (compared below) carry its scope.
    let generic_purpose =
        (!broad.data.is_empty() || !broad.work.is_empty() || !broad.residual.is_empty())
            && broad
                .purpose
                .as_ref()
                .is_some_and(|p| FRAMES.generic_purposes.contains(p));
    // The other norm may do the ban's purpose as its own act (« … pour trier les candidatures » against « peut
    // trier les candidatures avec Calixte »): its verb is then among its words.
    let purpose_as_act = broad
        .purpose
        .as_ref()
        .is_some_and(|p| has_stem(&narrow.stems, &stem(p)));
    if broad.purpose.is_some()
        && !generic_purpose
        && !purpose_as_act
        && broad.purpose != narrow.purpose
        && !purpose_within(lx, narrow, broad)
    {
        return Err("purpose");
    }
    // Unknown is not overlap: when the ban names no data the lexicon knows, its object is in words the lexicon does
    // not know (« une réponse à une plainte », « un mot de passe »), and the other norm must name them too. When it
    // names known data, that slot carries the object and the other words only qualify it; so does a work object the
    // activity ontology knows (« rédiger, même partiellement, un acte administratif » is met by drafting an arrêté).
    // A long object may say fewer than half of its words otherwise: (n-1)/2 of n (one of three or four, two of five).
    let in_context = context_met(lx, narrow, broad);
    let met = |w: &str| {
        has_stem(&narrow.stems, w)
            || in_context.contains(&w)
            || broad
                .topic_words
                .iter()
                .any(|(s, t)| s == w && narrow.all_topics & topic_bit(*t) != 0)
    };
    // Coordinated terms are one unit of the object, met when one of them is: the ban forbids each of them. So are
    // coordinated noun phrases (« les plans du réseau d'eau potable ou l'emplacement des captages »): a norm that
    // meets one of them, without the words of the others, meets the object.
    let object_met = |left_out: &[&str]| {
        let units: Vec<&String> = broad
            .residual
            .iter()
            .filter(|u| !u.starts_with(ALTERNATIVE))
            .filter(|u| !u.split('|').all(|w| left_out.contains(&w)))
            .collect();
        let unmet = units.iter().filter(|u| !u.split('|').any(&met)).count();
        unmet <= units.len().saturating_sub(1) / 2
    };
    if broad.data.is_empty()
        && broad.work.is_empty()
        && !object_met(&[])
        && !broad
            .residual
            .iter()
            .filter_map(|u| u.strip_prefix(ALTERNATIVE))
            .any(|others| object_met(&others.split(' ').collect::<Vec<_>>()))
    {
        return Err("residual-words");
    }
    // The ban's act in a verb the lexicon does not know, and a relative clause that narrows the ban (« éviter de
    // générer des textes dont ils n'ont pas besoin »): the other norm falls inside it only when it meets them too,
    // in its own words (a topic named elsewhere in the clause does not meet them: « besoin » is a word of sobriety,
    // but a permission to draft letters has no need).
    if broad
        .musts
        .iter()
        .any(|w| !has_stem(&narrow.stems, w) && !in_context.contains(&w.as_str()))
    {
        return Err("must-words");
    }
    // Words that restrict the ban to a place or a hosting (« hors de l'Union ») must be in the other norm too, even
    // when the ban names known data.
    if broad.stems.iter().any(|w| {
        FRAMES.restrictive.contains(w)
            && narrow.stems.binary_search(w).is_err()
            && !in_context.contains(&w.as_str())
    }) {
        return Err("restrictive-words");
    }
    // Summarising or translating a work object reads it, it does not write it: « résumer un arrêté préfectoral »
    // is no case of « rédiger un acte administratif ». A ban on putting the object into a tool (« les documents
    // budgétaires ne doivent pas être saisis dans un outil d'IA externe ») is met all the same by a clause that puts
    // it there to summarise it (« peuvent saisir dans ChatGPT les documents budgétaires pour en faire la synthèse »);
    // a ban on using a tool on the object at all, without a verb of writing (« aucune candidature ne peut être
    // analysée par un outil d'IA », « l'usage d'outils d'IA grand public pour traiter un dossier ASE »), by any
    // reading of it. A ban on another act of a tool (« transcrire les séances ») keeps its own scope.
    let kinds = |ids: &[&str], x: u16| {
        ids.iter()
            .filter_map(|id| lx.concept(id))
            .any(|c| lx.is_a(x, c))
    };
    let reading = ["action.summarise", "action.translate"];
    if !broad.work.is_empty() {
        let any_use = lx.concept("action.use");
        let said: Vec<u16> = narrow.actions.iter().map(|m| m.concept).collect();
        let writes = |acts: &[u16]| {
            acts.iter()
                .any(|&y| kinds(&["action.generate"], y) && !kinds(&reading, y))
        };
        let enters = |acts: &[u16]| acts.iter().any(|&y| kinds(&["action.input"], y));
        // The ban is on writing the object, or on a tool act of its own (not the mere use of a tool on it).
        let bans_writing = writes(&broad_acts) || !broad_acts.iter().any(|&y| Some(y) == any_use);
        // Both clauses put the object into a tool.
        let both_enter = enters(&broad_acts) && enters(&said);
        let ban_reads = broad_acts.iter().any(|&y| kinds(&reading, y));
        let only_reads = said.iter().any(|&x| kinds(&reading, x)) && !writes(&said);
        if bans_writing && !ban_reads && !both_enter && only_reads {
            return Err("reads-the-object");
        }
    }
    // Every act the ban names must be done by the other norm: « aucune donnée traitée par un système d'IA n'est
    // transférée » forbids transferring, not processing.
    let acts_match = broad_acts.iter().all(|&y| {
        narrow_acts
            .iter()
            .any(|&x| lx.is_a(x, y) || same_use_family(lx, x, y))
    });
    if !acts_match {
        return Err("acts");
    }
    let mut witness: Option<Subsumption> = None;
    // What a tool generates is its output (« les bulletins … publiés automatiquement par Combia dès leur
    // génération »): a clause that has a tool generate names that output, in its own words.
    let mut narrow_data = narrow.data.clone();
    if let Some(outputs) = lx.concept("data.outputs") {
        let generates = lx
            .concept("action.generate")
            .is_some_and(|g| narrow.actions.iter().any(|m| lx.is_a(m.concept, g)));
        if generates
            && !narrow.tools.is_empty()
            && !narrow_data.iter().any(|m| m.concept == outputs)
        {
            narrow_data.push(Mention {
                concept: outputs,
                start: 0,
                end: 0,
                lead: true,
            });
        }
    }
    let dims: [(&Vec<Mention>, &Vec<Mention>, bool); 5] = [
        (&narrow.work, &broad.work, false),
        (&narrow.tools, &broad.tools, false),
        (&narrow_data, &broad.data, false),
        (&narrow.actors, &broad.actors, false),
        (&narrow.patients, &broad.patients, false),
    ];
    // Data that shows a person (« la voix du président ») stands for that person: a ban on imitating « un élu » is met
    // by a clause that makes a likeness, whoever it shows.
    let shows_a_person = FRAMES
        .person_data
        .iter()
        .filter_map(|id| lx.concept(id))
        .any(|c| {
            narrow_data.iter().any(|m| lx.is_a(m.concept, c))
                && broad.data.iter().any(|m| lx.is_a(m.concept, c))
        });
    for (k, (n, b, is_action)) in dims.into_iter().enumerate() {
        // A ban on the staff, or one the authority sets itself (« Le CCAS s'interdit de … »), binds a clause that
        // names no one: the authority's own rules, tools and services.
        // A work object met above stands for the people it is about (« chaque candidature reçue » is about the
        // candidates of « évaluer un candidat »): a clause that names no person acts on them through it.
        if b.is_empty()
            || (k == 3 && n.is_empty() && (only_the_staff(lx, b) || the_authority(lx, b)))
            || (k == 4 && n.is_empty() && (!broad.work.is_empty() || shows_a_person))
        {
            continue;
        }
        // Mentions written side by side form one noun phrase (« outil d'IA générative grand public »): the other
        // norm's term must be a kind of each of them, not of just one. Two work objects are never one qualifying the
        // other: side by side, they are listed (« certificats d'urbanisme, déclarations préalables »), each banned.
        let groups = if k == 0 {
            b.iter().map(|m| vec![m]).collect()
        } else {
            noun_phrases(b)
        };
        let pair = n.iter().find_map(|x| {
            groups.iter().find_map(|g| {
                let all = g.iter().all(|y| {
                    lx.is_a(x.concept, y.concept)
                        || (is_action && same_use_family(lx, x.concept, y.concept))
                        || (k == 1
                            && does_the_technique(lx, x.concept, y.concept, &narrow_acts, narrow))
                        || (k == 1 && any_ai_system(lx, x.concept, y.concept))
                });
                all.then(|| (x, *g.last().unwrap_or(&g[0])))
            })
        });
        match pair {
            Some((x, y)) => {
                // The most telling witness: the first slot where the two clauses use different concepts.
                let same = witness.is_some_and(|w| w.narrow.concept == w.broad.concept);
                if (witness.is_none() || (same && x.concept != y.concept)) && !is_action {
                    witness = Some(Subsumption {
                        narrow: *x,
                        broad: *y,
                    });
                }
            }
            None => {
                // Only the tool slot may be probable, and only when asked.
                let probable = (relax && k == 1)
                    .then(|| {
                        n.iter().find_map(|x| {
                            b.iter()
                                .find(|y| {
                                    probably_unapproved(
                                        lx,
                                        x.concept,
                                        y.concept,
                                        broad.only.is_some(),
                                    )
                                })
                                .map(|y| Unproved {
                                    narrow: *x,
                                    broad: *y,
                                })
                        })
                    })
                    .flatten();
                unproved = Some(probable.ok_or(SLOT_NAMES[k])?);
            }
        }
    }
    // An exception of the ban that covers the narrower norm's tool or data excuses it.
    let excused = broad.exceptions.iter().any(|e| {
        narrow
            .tools
            .iter()
            .chain(narrow.data.iter())
            .any(|x| lx.is_a(x.concept, e.concept))
    });
    if excused {
        return Err("exception");
    }
    Ok((witness, unproved))
}

/// True when a tool concept is a technique named by what it does (« la reconnaissance faciale »): naming it in a
/// permission or duty governs its use, like naming a product.
fn is_technique(lx: &Lexicon, t: u16) -> bool {
    let id = &lx.concepts[t as usize].id;
    FRAMES.techniques.iter().any(|(tool, _)| tool == id)
}

/// True when the ban names AI systems (« aucun système d'IA », « un traitement automatisé ») and `x` is any AI tool:
/// every AI tool is an AI system (AI Act, art. 3, point 1), the authority's own included.
fn any_ai_system(lx: &Lexicon, x: u16, y: u16) -> bool {
    lx.concept("system.ai") == Some(y) && lx.concept("tech.ai").is_some_and(|ai| lx.is_a(x, ai))
}

/// True when the ban's tool `y` is a technique (« la transcription automatique ») and the other norm does the act it
/// stands for (« transcrire ») with an AI tool `x` (the authority's own, a product, a category): a tool named by what it
/// does covers every AI tool doing it.
fn does_the_technique(lx: &Lexicon, x: u16, y: u16, acts: &[u16], narrow: &Norm) -> bool {
    let ai = lx.concept("tech.ai");
    let id = &lx.concepts[y as usize].id;
    FRAMES
        .techniques
        .iter()
        .filter(|(tool, _)| tool == id)
        .filter_map(|(_, act)| lx.concept(act))
        .any(|a| {
            ai.is_some_and(|ai| lx.is_a(x, ai))
                && acts
                    .iter()
                    .chain(narrow.purpose_acts.iter())
                    .any(|&v| lx.is_a(v, a))
        })
}

/// True when a tool concept is a named tool: the authority's own, or a product the ontology knows (Gemini,
/// `ChatGPT`…), not a category.
/// A duty that reserves the act to tools it names, a product or the authority's own among them (« les agents
/// n'utilisent que Le Chat Pro et Scriba », « seul Malvia est employé »): it says which tools are approved. A
/// restriction to a kind of tool (« seuls les outils validés ») names none.
pub(crate) fn reserves_to_named_tools(lx: &Lexicon, n: &Norm) -> bool {
    n.only == Some(Only::Tools)
        && n.modality == Some(Modality::Obligation)
        && n.tools.iter().any(|m| is_named_tool(lx, m.concept))
}

fn is_named_tool(lx: &Lexicon, t: u16) -> bool {
    lx.concept("tool.local") == Some(t)
        || ["tool.public-genai", "tool.professional"]
            .iter()
            .filter_map(|id| lx.concept(id))
            .any(|c| lx.is_a(t, c) && t != c)
}

/// True when `text[a..b]` states a use of a named tool as done: the authority's own tool acts on an object (« Corvia
/// ajuste le montant », « Orvia fixe le plan d'aide »: the tool, a verb, then a determiner), or people use a named
/// tool (« nos chargés de clientèle utilisent Copilot pour … »: a person, a verb of use, then the tool). A question
/// or a negation states no use; neither does a consumer tool as a subject (« ChatGPT invente des
/// références » warns).
fn is_practice(lx: &Lexicon, text: &str, a: usize, b: usize, hits: &[Hit]) -> bool {
    if text[a..b].trim_end().ends_with('?')
        || hits
            .iter()
            .any(|h| matches!(h.tag, Tag::Marker(Marker::Negation)))
    {
        return false;
    }
    let concept = |h: &Hit| match h.tag {
        Tag::Concept(c) => Some(c),
        _ => None,
    };
    let local = lx.concept("tool.local");
    let use_act = lx.concept("action.use");
    let acting = hits.iter().any(|h| {
        concept(h).is_some_and(|c| Some(c) == local) && {
            let mut after = words(text, h.end, b);
            let glued = text[h.end..b].starts_with(' ');
            matches!((after.next(), after.next()), (Some((_, verb)), Some((_, det)))
                if glued
                    && verb.len() >= 3
                    && verb.chars().all(char::is_alphabetic)
                    && !FRAMES.empty.contains(verb)
                    && FRAMES.determiners.contains(det))
        }
    });
    let used = hits.windows(2).any(|w| {
        concept(&w[0]).is_some_and(|c| use_act.is_some_and(|u| lx.is_a(c, u)))
            && concept(&w[1]).is_some_and(|t| is_named_tool(lx, t))
            && text[w[0].end..w[1].start].split_whitespace().count() <= 1
            && hits.iter().any(|p| {
                p.end <= w[0].start
                    && concept(p).is_some_and(|c| {
                        dimension(&lx.concepts[c as usize].id) == Some(Dimension::Actor)
                    })
            })
    });
    acting || used
}

/// True when a norm binds the authority itself (« La commune s'engage à ne pas … », « Le CCAS s'interdit de … »).
fn the_authority(lx: &Lexicon, actors: &[Mention]) -> bool {
    let authority = lx.concept("actor.collectivity");
    !actors.is_empty() && actors.iter().all(|m| Some(m.concept) == authority)
}

/// True when a norm binds the staff as a whole (« les agents »): a norm that names no one (« Nérée peut être
/// utilisé pour… », a row of a table of usages) is addressed to them too, since a charter binds its staff.
pub(crate) fn only_the_staff(lx: &Lexicon, actors: &[Mention]) -> bool {
    let staff = lx.concept("actor.staff");
    !actors.is_empty() && actors.iter().all(|m| Some(m.concept) == staff)
}

/// True when `narrow` permits or requires what the « ne … que » restriction `only` leaves out, provably on every
/// slot: the same actors (or a kind of them), an act of the same family, and a tool that is neither what the
/// restriction reserves the act to nor a category of it (« le secrétariat peut utiliser Gemini » against « les agents
/// n'utilisent que Malvia »), or a different purpose whose object the restriction does not name (« répondre aux
/// courriers » against « que pour préparer leurs interventions »). An unknown actor, tool or purpose is no overlap.
pub(crate) fn outside(lx: &Lexicon, narrow: &Norm, only: &Norm) -> bool {
    let Some(kind) = &only.only else {
        return false;
    };
    // A restriction that names no one binds everyone (« Seul l'outil Trajecto peut être utilisé… »); one that names
    // its actors reaches only a norm on the same people (or some of them).
    if narrow.only.is_some()
        || narrow.conditional
        || !only.exceptions.is_empty()
        || (!only.actors.is_empty()
            && narrow.actors.is_empty()
            && !only_the_staff(lx, &only.actors))
        || only.actions.is_empty()
        || narrow.actions.is_empty()
    {
        return false;
    }
    let actors = narrow.actors.iter().all(|x| {
        only.actors.is_empty() || only.actors.iter().any(|y| lx.is_a(x.concept, y.concept))
    });
    let within_acts = |x: &Mention| {
        only.actions
            .iter()
            .any(|y| lx.is_a(x.concept, y.concept) || same_use_family(lx, x.concept, y.concept))
    };
    // A restriction to tools reaches any norm that uses a tool, whatever else its words name (« utiliser Le Chat
    // pour écrire les publications »: « publications » is no act of its own); one to a purpose compares every act.
    let acts = if matches!(kind, Only::Tools) {
        narrow.actions.iter().any(within_acts)
    } else {
        narrow.actions.iter().all(within_acts)
    };
    if !actors || !acts {
        return false;
    }
    match kind {
        Only::Tools => {
            // The reserved tools must be named tools (the authority's own, a product): « seuls les outils validés »
            // leaves open which tools those are, written elsewhere.

            // The restriction's scope: its purpose (« … pour rédiger des réponses aux usagers ») and its object in
            // the drafter's words, which the other norm must share, as for a ban.
            let in_scope = only.purpose.is_none()
                || only.purpose == narrow.purpose
                || purpose_within(lx, narrow, only);
            let object = if only.data.is_empty() {
                only.residual
                    .iter()
                    .filter(|w| !w.starts_with(ALTERNATIVE))
                    .all(|w| narrow.stems.binary_search(w).is_ok())
            } else {
                only.data
                    .iter()
                    .all(|y| narrow.data.iter().any(|x| lx.is_a(x.concept, y.concept)))
            };
            !narrow.tools.is_empty()
                && !only.tools.is_empty()
                && only.tools.iter().all(|y| is_named_tool(lx, y.concept))
                && in_scope
                && object
                && narrow.tools.iter().all(|x| {
                    only.tools
                        .iter()
                        .all(|y| !lx.is_a(x.concept, y.concept) && !lx.is_a(y.concept, x.concept))
                })
        }
        Only::Purpose { verb, object } => {
            let tools = !narrow.tools.is_empty()
                && narrow.tools.iter().all(|x| {
                    only.tools.is_empty()
                        || only.tools.iter().any(|y| lx.is_a(x.concept, y.concept))
                });
            let other_purpose = narrow.purpose.as_ref().is_some_and(|p| p != verb);
            let other_object = object
                .as_ref()
                .is_some_and(|o| narrow.stems.binary_search(o).is_err());
            tools && other_purpose && other_object
        }
        Only::Activities(r) => {
            let Reserved { heads, object, .. } = r.as_ref();
            let tools = !narrow.tools.is_empty()
                && narrow.tools.iter().all(|x| {
                    only.tools.is_empty()
                        || only.tools.iter().any(|y| lx.is_a(x.concept, y.concept))
                });
            // The other norm says what it does (a purpose, or an act beyond the mere use of a tool) and names none
            // of the reserved activities.
            let use_ = lx.concept("action.use");
            let says_what =
                narrow.purpose.is_some() || narrow.actions.iter().any(|m| Some(m.concept) != use_);
            let reaches = object.is_empty() || object.iter().any(|w| has_stem(&narrow.stems, w));
            tools && says_what && reaches && heads.iter().all(|h| !has_stem(&narrow.stems, h))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_reads_tools_or_purpose_after_que() {
        assert_eq!(
            only("malvia, l'assistant de la commune.", true),
            Some(Only::Tools)
        );
        assert_eq!(only("les outils valides.", false), None);
        assert_eq!(
            only("pour preparer leurs interventions en seance.", false),
            Some(Only::Purpose {
                verb: "preparer".to_owned(),
                object: Some(stem("interventions")),
            })
        );
    }

    #[test]
    fn reserved_to_reads_the_activities_named_by_nouns() {
        let reserved = |t: &str| {
            let text = crate::lexicon::normalize::normalize(t).text;
            let hits = Lexicon::global().scan(&text);
            super::super::modality::of_sentence_at(&text, 0, text.len(), &hits).reserved
        };
        assert!(reserved(
            "L'usage de l'IA par les élus est réservé exclusivement à la recherche documentaire."
        ));
        assert!(!reserved(
            "L'usage de l'IA par les élus est limité à la recherche documentaire."
        ));
        assert_eq!(
            reserved_activities(
                "la recherche documentaire et a la preparation des permanences d'elus."
            ),
            Some(Only::Activities(Box::new(Reserved {
                heads: vec![stem("recherche"), stem("preparation")],
                object: Vec::new(),
                words: "la recherche documentaire et a la preparation des permanences d'elus"
                    .to_owned(),
            })))
        );
        assert_eq!(reserved_activities("."), None);
    }

    /// The norms of a Markdown text, with the ids of their concepts per slot.
    fn frames(text: &str) -> Vec<(Option<Modality>, Vec<String>, Vec<String>)> {
        let lx = Lexicon::global();
        let ids = |v: &[Mention]| -> Vec<String> {
            v.iter()
                .map(|m| lx.concepts[m.concept as usize].id.clone())
                .collect()
        };
        norms_of(text)
            .iter()
            .map(|n| (n.modality, ids(&n.actors), ids(&n.data)))
            .collect()
    }

    /// Products named after « tels que », « comme », « par exemple » or in brackets after a ban's category are
    /// examples of it: the ban keeps the category.
    #[test]
    fn products_given_as_examples_leave_the_ban_on_the_category() {
        let lx = Lexicon::global();
        for text in [
            "# Charte\n\nL'usage d'outils d'IA grand public, tels que ChatGPT, Gemini ou Le Chat, est interdit.\n",
            "# Charte\n\nL'usage d'outils d'IA grand public (ChatGPT, Gemini) est interdit.\n",
            "# Charte\n\nL'usage d'outils d'IA grand public, par exemple ChatGPT, est interdit.\n",
        ] {
            let n = norms_of(text);
            let tools: Vec<&str> = n[0]
                .tools
                .iter()
                .map(|m| lx.concepts[m.concept as usize].id.as_str())
                .collect();
            assert_eq!(tools, ["tool.public-genai"], "{text}");
        }
        // Named on their own, products are what the ban names.
        let n = norms_of("# Charte\n\nL'usage de ChatGPT et de Gemini est interdit.\n");
        assert_eq!(n[0].tools.len(), 2);
    }

    #[test]
    fn the_people_data_is_about_are_not_the_actors_of_the_rule() {
        let f = frames(
            "# Charte\n\nLes données de localisation des usagers ne doivent pas être transmises à un outil d'IA.\n\n\
             Le service études peut transmettre à l'outil les historiques de validation nominatifs.\n",
        );
        assert_eq!(f[0].0, Some(Modality::Interdiction));
        assert!(
            f[0].1.is_empty(),
            "« des usagers » complements the data: {f:?}"
        );
        assert_eq!(f[0].2, ["data.location"]);
        // A validation history is location data (and the more specific concept is kept).
        assert_eq!(f[1].2, ["data.location"]);
        // Children named by their situation are minors' data.
        let f = frames("# Charte\n\nAucune information sur les enfants confiés n'est saisie dans un outil d'IA.\n");
        assert_eq!(f[0].2, ["data.minors"]);
    }

    #[test]
    fn a_ban_whose_subject_is_the_tool_bans_using_it() {
        let t = "les outils d'ia grand public sont interdits aux agents.";
        assert!(tool_is_banned(t, t.find(" sont").expect("verb")));
        let t = "chatgpt est strictement interdit pour le travail.";
        assert!(tool_is_banned(t, "chatgpt".len()));
        // An infinitive carries the act, or the tool is no subject.
        let t = "les outils grand public sont interdits de saisie.";
        assert!(!tool_is_banned(t, t.find(" sont").expect("verb")));
        let t = "chatgpt peut etre utilise, mais la saisie de donnees est interdite.";
        assert!(!tool_is_banned(t, "chatgpt".len()));
        let f = frames("# Charte\n\nLes outils d'IA grand public sont interdits aux agents.\n");
        assert_eq!(f[0].0, Some(Modality::Interdiction));
        let lx = Lexicon::global();
        let norms =
            norms_of("# Charte\n\nLes outils d'IA grand public sont interdits aux agents.\n");
        assert!(norms[0].bans_the_tool);
        assert_eq!(
            acts(lx, &norms[0], true),
            lx.concept("action.use").into_iter().collect::<Vec<_>>()
        );
    }

    /// The norms of a Markdown text.
    fn norms_of(text: &str) -> Vec<Norm> {
        use crate::parse::{parse_text, Format};
        let mut charter = parse_text("t.md", text.to_owned(), Format::Markdown)
            .charter
            .expect("charter");
        super::super::analyze(&mut charter, Lexicon::global()).norms
    }

    #[test]
    fn a_restriction_declared_as_a_ban_is_read_as_the_restriction() {
        use crate::parse::{parse_text, Format};
        let yaml = "charte: 1\ntitre: \"Charte\"\nsections:\n  - titre: \"Données\"\n    clauses:\n      \
                    - texte: \"On appelle « Limpide » le module d'IA du logiciel de facturation.\"\n        \
                    modalite: constat\n      \
                    - texte: \"Les relevés des abonnés ne sont traités que par Limpide.\"\n        \
                    modalite: interdiction\n";
        let mut charter = parse_text("t.yaml", yaml.to_owned(), Format::Yaml)
            .charter
            .expect("charter");
        let norms = super::super::analyze(&mut charter, Lexicon::global()).norms;
        assert_eq!(norms.len(), 1, "{norms:?}");
        // Not a ban on Limpide: the drafter's « interdiction » bans every other tool.
        assert_eq!(norms[0].modality, Some(Modality::Obligation));
        assert_eq!(norms[0].only, Some(Only::Tools));
    }

    #[test]
    fn a_known_work_object_carries_the_ban_whatever_its_other_words() {
        let lx = Lexicon::global();
        // The ban names an acte administratif; « même partiellement » only qualifies it.
        let n = norms_of(
            "# Charte\n\nIl est interdit de rédiger, même partiellement, un acte administratif avec Albia.\n\n\
             Les agents peuvent utiliser Albia pour proposer une première rédaction des arrêtés de voirie.\n",
        );
        assert!(within(lx, &n[1], &n[0]).is_some(), "{n:#?}");
        // A ban with no known object keeps its words to meet.
        let n = norms_of(
            "# Charte\n\nIl est interdit de rédiger avec Albia les réponses aux plaintes des riverains.\n\n\
             Les agents peuvent utiliser Albia pour rédiger les menus de la cantine.\n",
        );
        assert!(within(lx, &n[1], &n[0]).is_none(), "{n:#?}");
    }

    #[test]
    fn an_adjunct_neither_names_nor_narrows_the_object() {
        // « y compris … », « compte tenu de … » up to the comma: no word of the object.
        let text = "il est interdit de transmettre les plans du reseau, y compris en situation de teletravail";
        let r = residual_units(text, 0, text.len(), &[], &[]);
        assert!(
            r.iter()
                .all(|u| !u.contains("teletr") && !u.contains("situat")),
            "{r:?}"
        );
        assert!(r.iter().any(|u| u.contains("plan")), "{r:?}");
        let text =
            "compte tenu de la sensibilite des installations, aucun plan du reseau n'est transmis";
        let r = residual_units(text, 0, text.len(), &[], &[]);
        assert!(
            r.iter()
                .all(|u| !u.contains("sensib") && !u.contains("instal")),
            "{r:?}"
        );
        // Only at word boundaries.
        assert!(adjuncts("le rayon compris", 0, 16).is_empty());
    }

    #[test]
    fn a_purpose_that_only_handles_a_known_work_object_restricts_nothing() {
        let lx = Lexicon::global();
        let n = norms_of(
            "# Charte\n\nIl est interdit d'utiliser un outil d'IA grand public pour traiter un dossier d'aide \
             sociale à l'enfance.\n\nLes référents peuvent rédiger avec Claude la synthèse du parcours d'un enfant \
             confié à l'aide sociale à l'enfance.\n",
        );
        assert!(within(lx, &n[1], &n[0]).is_some(), "{n:#?}");
    }

    #[test]
    fn a_work_object_stands_for_the_people_it_is_about() {
        let lx = Lexicon::global();
        let n = norms_of(
            "# Charte\n\nN'utilisez pas d'IA pour évaluer un candidat ou un agent.\n\nLe service des ressources \
             humaines doit faire analyser par Sarrance-IA chaque candidature reçue afin d'en tirer une note \
             d'adéquation au poste.\n",
        );
        assert!(within(lx, &n[1], &n[0]).is_some(), "{n:#?}");
    }

    #[test]
    fn a_mark_on_a_scale_is_a_grading() {
        let lx = Lexicon::global();
        let n = norms_of(
            "# Charte\n\nN'utilisez pas l'IA pour noter un agent.\n\n\
             Les chefs de service peuvent demander à Albia une note de 1 à 5 pour chaque compétence de l'agent.\n",
        );
        let profile = lx.concept("action.profile").expect("concept");
        assert!(n[1].actions.iter().any(|m| m.concept == profile), "{n:#?}");
        // A note that is a document grades no one.
        let n = norms_of("# Charte\n\nLes agents peuvent demander à Albia une note de synthèse.\n");
        assert!(!n[0].actions.iter().any(|m| m.concept == profile), "{n:#?}");
    }

    #[test]
    fn every_topic_has_a_bit() {
        assert!(Topic::ALL.len() <= 64);
        let bits: u64 = Topic::ALL.iter().fold(0, |b, &t| b | topic_bit(t));
        assert_eq!(bits.count_ones() as usize, Topic::ALL.len());
    }

    #[test]
    fn people_the_act_is_about_are_objects_not_complements() {
        let at = |t: &str, w: &str| is_patient(t, t.find(w).expect("word"));
        assert!(at("utiliser l'ia pour evaluer les agents", "agents"));
        assert!(at("pour repondre aux habitants", "habitants"));
        assert!(at("identifier l'usager par sa plaque", "usager"));
        assert!(!at("pour le travail de la commune", "commune"));
        assert!(!at("sernia, l'assistant de la commune", "commune"));
        assert!(!at("une plainte d'un usager", "usager"));
        assert!(!at("les donnees des usagers", "usagers"));
        let participle = |t: &str, w: &str| after_participle(t, t.find(w).expect("word"));
        assert!(participle(
            "aucune reponse a une plainte visant un agent ne doit",
            "agent"
        ));
        assert!(participle("les donnees concernant les elus", "elus"));
        assert!(!participle("les agents peuvent", "agents"));
        assert!(!participle("le service des agents", "agents"));
    }

    #[test]
    fn frames_data_loads_and_stems_fold_plurals() {
        assert!(FRAMES.empty.contains("interdit"));
        assert!(FRAMES.goals.iter().any(|g| g == "veille a ce que"));
        assert_eq!(stem("plaintes"), stem("plainte"));
        assert_eq!(stem("vise"), "vise");
    }

    #[test]
    fn instrument_reads_a_module_of_a_named_tool_not_a_version_of_it() {
        assert!(is_instrument(
            "doit etre calcule par le module d'ia \" bareme+ \" d'"
        ));
        assert!(is_instrument("avec l'assistant \" "));
        assert!(!is_instrument(
            "peuvent utiliser avec la version gratuite de "
        ));
        assert!(!is_instrument("le montant des aides de "));
    }

    #[test]
    fn narrowing_keeps_the_words_of_a_relative_clause() {
        let text =
            "eviter de generer des images dont ils n'ont pas besoin, afin de limiter l'impact";
        assert_eq!(narrowing(text, 0, text.len(), &[], &[]), vec!["besoin"]);
        let text = "saisir des documents qui contiennent des donnees de sante";
        assert_eq!(narrowing(text, 0, text.len(), &[], &[]), vec!["sante"]);
    }

    #[test]
    fn a_verdict_in_a_usage_grid_is_about_its_column_tool() {
        let lx = Lexicon::global();
        let n = norms_of(
            "# Charte\n\nLa commune met à disposition des agents son assistant Orbia.\n\n\
             Aucun outil d'IA ne peut être utilisé pour établir les plannings de garde.\n\n\
             | Usage | Orbia | Copilot |\n|---|---|---|\n\
             | Établir le planning de garde mensuel | autorisé | interdit |\n",
        );
        let cell = |m: Modality| {
            n.iter()
                .find(|x| x.modality == Some(m) && x.at.0 == 2)
                .unwrap_or_else(|| panic!("{m:?} cell: {n:#?}"))
        };
        // Whether a norm names the authority's own tool (only from its column header, with `lead`).
        let local = |x: &Norm, lead: bool| {
            x.tools
                .iter()
                .any(|m| (m.lead || !lead) && lx.concept("tool.local") == Some(m.concept))
        };
        let orbia = cell(Modality::Permission);
        assert!(local(orbia, true), "{orbia:#?}");
        let ban = n.iter().find(|x| x.at.0 == 1).expect("ban");
        assert!(within(lx, orbia, ban).is_some(), "{n:#?}");
        // The other column's verdict names the other tool, not Orbia.
        let copilot = cell(Modality::Interdiction);
        assert!(!local(copilot, false), "{copilot:#?}");
    }

    #[test]
    fn a_yes_that_says_more_about_the_questions_tool_takes_the_question() {
        let lx = Lexicon::global();
        let n = norms_of(
            "# FAQ\n\nLa commune met à disposition des agents son assistant Aiguillia.\n\n\
             **Puis-je demander à une IA de rédiger un arrêté du maire ?**\nNon.\n\n\
             **Le service technique peut-il utiliser Aiguillia pour rédiger les arrêtés de stationnement ?**\n\
             Oui : Aiguillia propose un arrêté prêt à signer, l'agent vérifie les rues.\n",
        );
        let ban = n
            .iter()
            .find(|x| x.modality == Some(Modality::Interdiction))
            .expect("ban");
        // The answer of the last question (the tool put at the agents' disposal is a permission of its own).
        let yes = n
            .iter()
            .rfind(|x| x.modality == Some(Modality::Permission))
            .unwrap_or_else(|| panic!("{n:#?}"));
        assert!(within(lx, yes, ban).is_some(), "{n:#?}");
    }

    /// Asserts that the norm of clause 2 falls inside the ban of clause 1 (clause 0 introduces the tool).
    fn assert_second_within_first(lx: &Lexicon, n: &[Norm]) {
        let ban = n.iter().find(|x| x.at.0 == 1).expect("ban");
        let other = n
            .iter()
            .find(|x| x.at.0 == 2)
            .unwrap_or_else(|| panic!("{n:#?}"));
        assert!(
            within(lx, other, ban).is_some(),
            "{:?} {n:#?}",
            why_not(lx, other, ban)
        );
    }

    #[test]
    fn a_person_after_avec_in_a_ban_is_no_actor() {
        // « avec un usager » is a complement of « entretien »: the ban binds whoever transcribes.
        let n = norms_of(
            "# Charte\n\nLe Département met à disposition son outil Scribo.\n\n\
             Aucun entretien avec un usager ne peut être transcrit par une IA.\n\n\
             Chaque entretien d'évaluation à domicile avec un usager doit être transcrit par Scribo.\n",
        );
        let ban = n.iter().find(|x| x.at.0 == 1).expect("ban");
        assert!(ban.actors.is_empty(), "{ban:#?}");
        assert!(
            !ban.patients.is_empty(),
            "the usager is whom the act concerns: {ban:#?}"
        );
        // Without an article (« courrier d'usager ») the person completes the noun all the same.
        let n = norms_of(
            "# Charte\n\nAucun courrier d'usager ne doit être copié dans un outil gratuit en ligne.\n",
        );
        assert!(n[0].actors.is_empty(), "{:#?}", n[0]);
    }

    #[test]
    fn a_short_infinitive_meets_its_conjugated_forms() {
        let stems: Vec<String> = ["fixe", "montan", "plan"].map(String::from).to_vec();
        assert!(has_stem(&stems, "fixer"));
        assert!(!has_stem(&stems, "fixat"));
        // « notre » is no form of « noter ».
        assert!(!has_stem(&["notre".to_owned()], "noter"));
    }

    #[test]
    fn linking_participles_and_the_authority_do_not_narrow_a_ban() {
        // « comportant », « contenant », « liés à » tie the object to its data; « au SIVOS » names the authority.
        let n = norms_of(
            "# Charte\n\nLes outils d'IA grand public sont interdits pour tout usage comportant des données de \
             locataires.\n\n\
             L'usage de Gemini est interdit au SIVOS, sur tous les postes.\n",
        );
        let words: Vec<&str> = n
            .iter()
            .flat_map(|x| x.residual.iter().map(String::as_str))
            .collect();
        assert!(
            words
                .iter()
                .all(|w| !w.starts_with("compor") && !w.starts_with("sivo")),
            "{words:?}"
        );
        assert!(words.iter().any(|w| w.starts_with("locata")), "{words:?}");
    }

    #[test]
    fn a_use_stated_as_done_meets_a_ban() {
        let lx = Lexicon::global();
        let n = norms_of(
            "# Charte\n\nL'office met à disposition son outil Escoule-Match.\n\n\
             Nous n'utilisons jamais l'IA pour classer ou sélectionner les candidats à un logement : c'est la \
             commission d'attribution qui choisit.\n\n\
             Pour chaque logement libéré, Escoule-Match établit la liste des trois candidats présentés à la \
             commission.\n",
        );
        assert_second_within_first(lx, &n);
        // A consumer tool as the subject warns, a negation or a question states no use.
        for text in [
            "ChatGPT invente parfois des références.",
            "Escoule-Match ne classe pas les candidats.",
            "Escoule-Match établit-il la liste des candidats ?",
        ] {
            let n = norms_of(&format!(
                "# Charte\n\nL'office met à disposition son outil Escoule-Match.\n\n{text}\n"
            ));
            assert!(
                n.iter()
                    .all(|x| x.at.0 != 1 || x.modality != Some(Modality::Permission)),
                "{text}: {n:#?}"
            );
        }
    }

    #[test]
    fn a_verbless_ban_of_a_recording_forbids_making_it() {
        let lx = Lexicon::global();
        let n = norms_of(
            "# Charte\n\nLa commune met à disposition des agents son assistant Ormia.\n\n\
             Les séances du conseil d'administration ne font l'objet d'aucun enregistrement audio.\n\n\
             Le procès-verbal du conseil d'administration doit être établi par Ormia à partir de \
             l'enregistrement audio de la séance.\n",
        );
        assert_second_within_first(lx, &n);
        // Other data banned with no verb and no tool is not read as a ban on any use.
        let n = norms_of("# Charte\n\nAucune donnée de santé.\n");
        assert!(n.iter().all(|x| acts(lx, x, true).is_empty()), "{n:#?}");
    }

    #[test]
    fn coordinated_terms_of_a_ban_form_runs() {
        let text =
            "aucun plan, releve ou consigne d'exploitation d'une digue ou d'un barrage ne doit";
        let runs = coordinated(text, 0, text.len(), &[], &[]);
        assert_eq!(
            runs,
            [vec!["consig", "plan", "releve"], vec!["barrag", "digue"]]
        );
        // A qualifier ends its phrase: what follows « ou » is another phrase, not another value of the qualifier.
        let text = "les plans du reseau d'eau potable ou l'emplacement des captages";
        assert!(coordinated(text, 0, text.len(), &[], &[]).is_empty());
        // A verb, a semicolon or a parenthesis breaks a run.
        let text = "transmettre les plans; les releves (ou les cartes)";
        assert!(coordinated(text, 0, text.len(), &[], &[]).is_empty());
    }

    #[test]
    fn a_clause_that_meets_one_coordinated_term_meets_the_ban() {
        let lx = Lexicon::global();
        let n = norms_of(
            "# Charte\n\nAucun plan, relevé ou consigne d'exploitation d'une digue ou d'un barrage ne doit être \
             transmis à un outil d'IA.\n\n\
             Le service ouvrages peut soumettre à Claude les consignes d'exploitation du barrage de la Mirande.\n",
        );
        assert!(within(lx, &n[1], &n[0]).is_some(), "{n:#?}");
        // Meeting one term is not enough when the rest of the object is missed.
        let n = norms_of(
            "# Charte\n\nAucun plan, relevé ou consigne d'exploitation d'une digue ou d'un barrage ne doit être \
             transmis à un outil d'IA.\n\n\
             Le service ouvrages peut soumettre à Claude les plans de la nouvelle médiathèque.\n",
        );
        assert!(within(lx, &n[1], &n[0]).is_none(), "{n:#?}");
    }

    #[test]
    fn coordinated_noun_phrases_of_a_ban_are_each_banned() {
        let lx = Lexicon::global();
        // « … les plans du réseau d'eau potable ou l'emplacement des captages »: two phrases, each banned; a clause
        // that meets the first need not name the captages.
        let n = norms_of(
            "# Charte\n\nIl est interdit de transmettre à Gemini les plans du réseau d'eau potable ou \
             l'emplacement des captages.\n\n\
             Le bureau d'études peut soumettre à Gemini les plans des canalisations d'eau potable du secteur nord.\n",
        );
        assert!(within(lx, &n[1], &n[0]).is_some(), "{n:#?}");
        // The phrase met must be met as a whole: « les plans de la médiathèque » meets neither.
        let n = norms_of(
            "# Charte\n\nIl est interdit de transmettre à Gemini les plans du réseau d'eau potable ou \
             l'emplacement des captages.\n\n\
             Le bureau d'études peut soumettre à Gemini les plans de la médiathèque.\n",
        );
        assert!(within(lx, &n[1], &n[0]).is_none(), "{n:#?}");
        // After « ou des », two complements of one noun, not two phrases: the commissions alone are not the minutes.
        let text = "les comptes rendus des reunions du conseil ou des commissions municipales";
        assert!(conjuncts(text, 0, text.len(), &[], &[]).is_empty());
        // A head of one word shares the complement that follows (« l'ouverture ou la fermeture des vannes »).
        let text = "de l'ouverture ou la fermeture des vannes d'un ouvrage de protection";
        assert!(conjuncts(text, 0, text.len(), &[], &[]).is_empty());
        let text = "les plans du reseau d'eau potable ou l'emplacement des captages";
        assert_eq!(
            conjuncts(text, 0, text.len(), &[], &[]),
            [
                vec!["captag", "emplac"],
                vec!["eau", "plan", "potabl", "reseau"]
            ]
        );
    }

    #[test]
    fn a_tool_that_opens_its_sentence_is_its_subject() {
        assert!(acts_after(" fixe le montant du plan d'aide"));
        assert!(!acts_after(" est heberge en france"));
        assert!(!acts_after(" a ete choisi par le conseil"));
        assert!(opens_the_sentence(""));
        assert!(opens_the_sentence("l'assistant "));
        assert!(!opens_the_sentence("les agents utilisent "));
        assert!(!opens_the_sentence("le montant calcule par "));
    }

    #[test]
    fn outside_the_authority_is_a_hosting_not_a_territory() {
        fn at(t: &str) -> Option<&str> {
            outside_authority(t, 0, t.len()).map(|(s, e)| &t[s..e])
        }
        assert_eq!(
            at("transmis a un outil d'ia heberge hors du sdis"),
            Some("heberge hors du sdis")
        );
        assert_eq!(
            at("un outil d'ia exterieur au syndicat les plans"),
            Some("exterieur au syndicat")
        );
        assert_eq!(
            at("installe en dehors de nos serveurs"),
            Some("installe en dehors de nos serveurs")
        );
        assert_eq!(at("un outil heberge hors de l'union europeenne"), None);
        assert_eq!(at("des donnees hors de france"), None);
    }

    #[test]
    fn records_about_people_are_personal_data() {
        let found = |t: &'static str| -> Vec<(&'static str, bool)> {
            person_records(t, 0, t.len())
                .into_iter()
                .map(|(s, e, minor)| (&t[s..e], minor))
                .collect()
        };
        assert_eq!(
            found("nous ne confions aucune donnee concernant les enfants ni les donnees relatives aux usagers"),
            [
                ("donnee concernant les enfants", true),
                ("donnees relatives aux usagers", false)
            ]
        );
        // What is said in a meeting with people is about them; « avec » only after a meeting.
        assert_eq!(
            found("dicter les notes d'entretien avec les enfants et le compte rendu des rendez-vous avec les habitants"),
            [
                ("entretien avec les enfants", true),
                ("rendez-vous avec les habitants", false)
            ]
        );
        // A possessive stands for the article (« les fiches de nos locataires »).
        assert_eq!(found("les fiches de nos locataires").len(), 1);
        assert!(found("le courrier avec les habitants").is_empty());
    }

    #[test]
    fn residual_keeps_unknown_content_words_only() {
        let text = "aucune reponse a une plainte ne doit etre redigee avec l'ia";
        let r = residual(text, 0, text.len(), &[], &[]);
        assert_eq!(r, ["plaint", "redige", "repons"]);
        // A topic's vocabulary stays part of the object; concepts and markers do not.
        let text = "les reunions du comite social territorial";
        let topic = Hit {
            start: 0,
            end: text.len(),
            tag: Tag::Term(Topic::GovernanceParticipation),
        };
        let r = residual(text, 0, text.len(), &[topic], &[]);
        assert_eq!(r, ["comite", "reunio", "social", "territ"]);
        assert!(is_lead_in(
            "les agents ne peuvent pas utiliser l'ia pour :** "
        ));
        assert!(!is_lead_in("il est interdit de saisir des donnees."));
        assert!(is_goal("la commune veille a ce que l'ia reste utile"));
    }
}
