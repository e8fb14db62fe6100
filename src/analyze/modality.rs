//! Normative force of a sentence from its marker words: obligation, ban, permission, recommendation, with
//! negation (« ne … pas/jamais/aucun »), lifted bans (« il n'est pas interdit »), dispensed duties
//! (« n'est pas obligatoire »), restrictions (« ne … que », « seuls … peuvent ») and the conditional (« devrait »).

use crate::lexicon::{Hit, Lexicon, Marker, Tag};
use crate::model::Modality;
use regex::Regex;
use std::sync::LazyLock;

/// What the markers of one sentence say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent marks of one sentence, read one by one"
)]
pub(crate) struct ModalityInfo {
    /// The normative force, if any marker was found.
    pub modality: Option<Modality>,
    /// Written in the conditional.
    pub conditional: bool,
    /// A duty explicitly lifted (« aucune AIPD n'est requise »): the sentence mentions topics without covering them.
    pub dispensed: bool,
    /// The sentence is negated (« ne … pas »).
    pub negated: bool,
    /// A restriction (« ne … que », « seuls … peuvent »): binding.
    pub restrictive: bool,
    /// Where what « ne … que » reserves the act to begins (normalised offset just after « que »): « les agents
    /// n'utilisent que Malvia » permits Malvia and bans every other tool.
    pub only: Option<usize>,
    /// The restriction is written « réservé (exclusivement) à » and reserves what follows by nouns, not « ne … que ».
    pub reserved: bool,
    /// The sentence opens with an instruction in the imperative (« Vérifiez… »); `Some(true)` when it is negated
    /// (« Ne transmettez jamais… », « Ne mets jamais… »).
    pub imperative: Option<bool>,
    /// The force comes from the imperative alone (no marker word).
    pub by_imperative: bool,
    /// A negation states the sentence's condition or purpose (« peut recourir à Copilot, à condition de ne pas y
    /// saisir de données personnelles »): the sentence keeps the act it names out of that use, whatever its force.
    pub forbids_in_condition: bool,
}

/// « Vérifiez… », « 1. Relisez… », « Ne transmettez jamais… », « N'utilisez que… », « Ne mets jamais… »: the
/// sentence opens (after any list number, bullet or emoji) with a second-person imperative, or with « ne », which
/// in French opens only an instruction. Returns whether the instruction is negated. Works on original or
/// normalised text; the words that look like imperatives without being one are data (`markers.toml`,
/// `not_imperatives`).
pub(crate) fn imperative(text: &str) -> Option<bool> {
    let lower = text.to_lowercase().replace('’', "'");
    let mut words = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .skip_while(|w| w.chars().all(|c| c.is_ascii_digit()) || w.chars().count() == 1);
    let first = words.next()?;
    // « Si vous avez collé des données, supprimez la conversation », « En cas de doute, demandez » : after a
    // leading subordinate clause, the instruction opens the main clause (after the first comma).
    // A two-word opening (« Si possible, précisez… ») is a hedge or a writing tip, not a condition.
    // The words are data (`markers.toml`, `leading_subordinates`), normalised: so is the first word.
    let first_norm = crate::lexicon::normalize::normalize_term(first);
    let opens_clause = Lexicon::global()
        .leading_subordinates
        .iter()
        .any(|s| first_norm == *s || (s.ends_with('\'') && first_norm.starts_with(s.as_str())));
    if opens_clause {
        let (lead, main) = lower.split_once(',')?;
        let lead_words = lead.split_whitespace().count();
        return if lead_words >= 3 {
            imperative(main)
        } else {
            None
        };
    }
    let not = &Lexicon::global().not_imperatives;
    let is_verb = |w: &str| {
        w.chars().count() > 3
            && w.ends_with("ez")
            && !not
                .iter()
                .any(|f| f == w || crate::lexicon::normalize::normalize_term(w) == *f)
    };
    if first == "ne" {
        return words.next().map(|_| true);
    }
    if let Some(rest) = first.strip_prefix("n'") {
        return (!rest.is_empty() && !not.iter().any(|f| f == rest)).then_some(true);
    }
    if is_verb(first) {
        return Some(false);
    }
    // « **Faux.** Prévenez immédiatement la directrice », « Rappel : ne saisissez aucun nom »: a short label (three
    // words at most) glued before the instruction it opens.
    let cut = lower.find(['.', ':', '!'])?;
    let (label, rest) = (&lower[..cut], &lower[cut + 1..]);
    if label.split_whitespace().count() <= 3 && rest.chars().any(char::is_alphanumeric) {
        imperative(rest)
    } else {
        None
    }
}

/// « L'IA n'est ni une baguette magique ni une menace », « l'outil n'est pas un agent »: after « ne », a copula, a
/// negator and a determiner say what something is not; « les données ne sont jamais transmises » (a participle
/// after the negator) still forbids.
fn says_what_it_is_not(after_particle: &str) -> bool {
    let mut w = after_particle
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty());
    let (Some(copula), Some(negator), Some(next)) = (w.next(), w.next(), w.next()) else {
        return false;
    };
    let lx = Lexicon::global();
    lx.identity_copulas.iter().any(|c| c == copula)
        && ["pas", "ni", "jamais", "plus"].contains(&negator)
        && lx
            .identity_determiners
            .iter()
            .any(|d| d == next || (d.ends_with('\'') && next.starts_with(d.as_str())))
}

/// Negators that work alone, without « ne ».
const ALONE: &[&str] = &["jamais", "en aucun cas", "nullement", "aucunement"];
/// How far (normalised bytes) « ne » may stand before the modal word it negates (« n'est pas autorisé »).
const NEAR_PARTICLE: usize = 16;
/// Adjectives of necessity: negated, they lift a duty instead of banning.
const NECESSITY: &[&str] = &[
    "obligatoire",
    "obligatoires",
    "requis",
    "requise",
    "requises",
    "necessaire",
    "necessaires",
    // « exige » and « impose » (verbs) are left out: « dès que la finalité n'exige pas l'identité » lifts nothing.
    "exigee",
    "exiges",
    "exigees",
    "imposee",
    "imposes",
    "imposees",
    "indispensable",
    "indispensables",
];

/// Words that make a conjunction with the « que » after them (« quel qu'il soit », « ainsi que », « bien que »):
/// such a « que » is no « ne … que » restriction.
const CONJUNCTIONS_WITH_QUE: &[&str] = &[
    "quel", "quelle", "quels", "quelles", "ainsi", "bien", "alors", "parce", "afin", "avant",
    "tant", "sorte", "lors", "des", "tel", "telle", "tels", "telles", "meme", "plutot", "pendant",
    "apres",
];

/// Analyses the sentence `norm[start..end]`; `hits` are that sentence's hits (offsets into `norm`).
///
/// A negation that states a condition or a purpose (« peut recourir à Copilot, à condition de ne pas y faire
/// figurer de données personnelles », « doivent relire afin de ne jamais diffuser d'erreur ») is not the force of
/// the sentence: it is blanked out, up to the end of its clause, before the force is read.
/// True when the first word of a sentence, past a list number or bullet (« 8. », « a) », « – »), is « aucun »,
/// « aucune » or their plurals.
fn opens_with_aucun(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .find(|w| !(w.chars().all(|c| c.is_ascii_digit()) || (w.len() == 1 && w != &"a")))
        .is_some_and(|w| matches!(w, "aucun" | "aucune" | "aucuns" | "aucunes"))
}

/// Where what « réservé (exclusivement | uniquement) à » reserves the act to begins, in `text`: just after « à »,
/// « au » or « aux ». Not after a negation (« n'est pas réservé aux agents » reserves nothing).
fn reserved_to(text: &str) -> Option<usize> {
    let mut words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w));
    let mut before: Option<&str> = None;
    while let Some((_, w)) = words.next() {
        if matches!(w, "reserve" | "reservee" | "reserves" | "reservees") && before != Some("pas") {
            let mut next = words.next()?;
            if matches!(next.1, "exclusivement" | "uniquement" | "strictement") {
                next = words.next()?;
            }
            if matches!(next.1, "a" | "au" | "aux") {
                return Some(next.0 + next.1.len());
            }
        }
        before = Some(w);
    }
    None
}

pub(crate) fn of_sentence_at(norm: &str, start: usize, end: usize, hits: &[Hit]) -> ModalityInfo {
    let ranges = subordinate_negations(norm, start, end, hits);
    if ranges.is_empty() {
        return read(norm, start, end, hits);
    }
    let sentence = norm.get(start..end).unwrap_or("");
    let masked: String = sentence
        .char_indices()
        .flat_map(|(i, c)| {
            let blank = ranges.iter().any(|&(a, b)| a <= start + i && start + i < b);
            let (c, n) = if blank { (' ', c.len_utf8()) } else { (c, 1) };
            std::iter::repeat_n(c, n)
        })
        .collect();
    let kept: Vec<Hit> = hits
        .iter()
        .filter(|h| h.start >= start && h.end <= end)
        .filter(|h| !ranges.iter().any(|&(a, b)| h.start < b && a < h.end))
        .map(|h| Hit {
            start: h.start - start,
            end: h.end - start,
            ..*h
        })
        .collect();
    let mut info = read(&masked, 0, masked.len(), &kept);
    info.only = info.only.map(|o| o + start);
    info.forbids_in_condition = true;
    info
}

/// The stretches of `norm[start..end]` where a negation states a condition or a purpose: from a « ne »/« n' » that
/// follows one of the `subordinate_negations` of the lexicon (« à condition de ne pas … ») to the end of its clause
/// (the next comma, semicolon, colon or the end of the sentence).
fn subordinate_negations(
    norm: &str,
    start: usize,
    end: usize,
    hits: &[Hit],
) -> Vec<(usize, usize)> {
    let words = &Lexicon::global().subordinate_negations;
    hits.iter()
        .filter(|h| {
            h.start >= start
                && h.end <= end
                && h.tag == Tag::Marker(Marker::Negation)
                && matches!(norm.get(h.start..h.end), Some("ne" | "n'"))
        })
        .filter(|h| {
            let before = norm[start..h.start].trim_end();
            words.iter().any(|w| {
                before.ends_with(w.as_str())
                    && before[..before.len() - w.len()]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric())
            })
        })
        .map(|h| {
            let stop = norm[h.end..end]
                .find([',', ';', ':'])
                .map_or(end, |i| h.end + i);
            (h.start, stop)
        })
        .collect()
}

/// Reads the force of `norm[start..end]` from its markers.
fn read(norm: &str, start: usize, end: usize, hits: &[Hit]) -> ModalityInfo {
    let word = |h: &Hit| norm.get(h.start..h.end).unwrap_or("");
    // Words inside a hedge (« autant que faire se peut ») or a fixed phrase are not modal markers.
    let phrases: Vec<&Hit> = hits
        .iter()
        .filter(|h| matches!(h.tag, Tag::Marker(Marker::Hedge | Marker::NotHedge)))
        .collect();
    let phrases = &phrases;
    let inside_phrase = move |h: &Hit| {
        phrases
            .iter()
            .any(|p| p.start <= h.start && h.end <= p.end && (p.end - p.start) > (h.end - h.start))
    };
    let markers = move |m: Marker| {
        hits.iter().filter(move |h| {
            h.tag == Tag::Marker(m)
                && (matches!(m, Marker::Hedge | Marker::NotHedge) || !inside_phrase(h))
        })
    };
    let text = norm.get(start..end).unwrap_or("");
    // The words that negate strongly with « ne » are data (`markers.toml`, `strong_negations`).
    let strong_word = |h: &Hit| {
        let w = word(h);
        Lexicon::global().strong_negations.iter().any(|s| s == w)
    };
    // « ne » negates the modal word it stands right before (« ne doit », « n'est pas autorisé »), not a verb of a
    // relative clause (« peuvent utiliser … des tâches qui ne portent sur aucune donnée »).
    let particles: Vec<&Hit> = markers(Marker::Negation)
        .filter(|h| matches!(word(h), "ne" | "n'"))
        .collect();
    let particle_before = |h: &Hit| {
        particles
            .iter()
            .copied()
            .find(|p| p.end <= h.start && h.start - p.end <= NEAR_PARTICLE)
    };
    let modal = |h: &&Hit| {
        matches!(
            h.tag,
            Tag::Marker(Marker::Obligation | Marker::Permission | Marker::Prohibition)
        ) && !inside_phrase(h)
    };
    let particle = hits.iter().filter(modal).find_map(particle_before);
    let strong = particle.is_some_and(|p| {
        let after = &norm[p.end..end];
        hits.iter()
            .any(|h| h.start >= p.end && h.tag == Tag::Marker(Marker::Negation) && strong_word(h))
            || after.contains("en aucun cas")
    }) || text.starts_with("aucun")
        || text.contains(" aucun");
    let alone = ALONE.iter().any(|w| crate::analyze::contains_word(text, w));
    let negated = (particle.is_some() && strong) || alone;
    // A rule in the present tense can forbid without a modal word: « le centre n'utilise aucun dispositif … ».
    let bare_negation = particles.iter().any(|p| {
        !says_what_it_is_not(&norm[p.end..end])
            && hits.iter().any(|h| {
                h.start >= p.end
                    && h.start - p.end <= NEAR_PARTICLE + 24
                    && h.tag == Tag::Marker(Marker::Negation)
                    && strong_word(h)
            })
    });
    // A passive or impersonal ban names its object first: « aucune donnée n'est saisie », « nul agent ne publie ».
    let denied_subject = hits.iter().any(|h| {
        h.tag == Tag::Marker(Marker::Negation)
            && matches!(
                word(h),
                "aucun" | "aucune" | "aucuns" | "aucunes" | "nul" | "nulle" | "rien"
            )
            && particles.iter().any(|p| {
                // « Aucun document contenant des données personnelles, des informations sur la santé … n'est
                // transmis »: a sentence that opens with the denied subject may name it at length.
                p.start >= h.end && (p.start - h.end <= NEAR_PARTICLE + 48 || h.start == start)
            })
    });
    // « 8. Aucune transcription automatique des séances. »: French asks « ne » of a verb whose subject is « aucun »,
    // so a sentence that opens with it and has no « ne » has no verb: a verbless ban (not a question).
    let verbless =
        particles.is_empty() && opens_with_aucun(text) && !text.trim_end().ends_with('?');
    let bare_negation = bare_negation || denied_subject || verbless;
    // « ne … que » restricts whatever verb carries it (« les agents n'utilisent l'IA que lorsqu'elle … »).
    let only = particles.iter().find_map(|p| {
        let mut stop = end.min(p.end + 60).max(p.end);
        while !norm.is_char_boundary(stop) {
            stop -= 1;
        }
        let window = norm.get(p.end..stop).unwrap_or("");
        // A « que » that belongs to a conjunction (« quel qu'il soit », « ainsi que », « bien que ») restricts nothing.
        let que = [" que ", " qu'"]
            .iter()
            .flat_map(|q| window.match_indices(q).map(move |(i, _)| (i, q.len())))
            .filter(|&(i, _)| {
                let before = window[..i].rsplit(' ').next().unwrap_or("");
                !CONJUNCTIONS_WITH_QUE.contains(&before)
            })
            .map(|(i, len)| p.end + i + len)
            .min()?;
        // « ne … pas … que » negates; a negator after the « que » belongs to what is reserved (« ne sont
        // utilisables que pour des textes sans aucune information interne »).
        let strong_before = hits.iter().any(|h| {
            h.start >= p.end
                && h.start < que
                && h.tag == Tag::Marker(Marker::Negation)
                && strong_word(h)
        });
        (!strong_before).then_some(que)
    });
    // « L'usage de l'IA est réservé (exclusivement) à la recherche documentaire »: a restriction like « ne … que ».
    // Reserved to people (« réservé aux agents formés ») is a rule on who, read by the actor slot, not a restriction
    // of the act.
    let by_particle = only.is_some();
    let only = only.or_else(|| {
        let lx = Lexicon::global();
        reserved_to(&norm[start..end])
            .map(|o| start + o)
            .filter(|&o| {
                !hits.iter().any(|h| {
                    matches!(h.tag, Tag::Concept(c)
                        if lx.concepts[c as usize].id.starts_with("actor.")
                            && h.start >= o
                            && h.start <= o + 16)
                })
            })
    });
    let ne_que = only.is_some();
    let restrictive = ne_que
        || [
            "seul",
            "seule",
            "seuls",
            "seules",
            "uniquement",
            "exclusivement",
        ]
        .iter()
        .any(|w| crate::analyze::contains_word(text, w))
            && markers(Marker::Permission).next().is_some();

    let mut info = ModalityInfo {
        negated,
        restrictive,
        only,
        reserved: only.is_some() && !by_particle,
        ..ModalityInfo::default()
    };
    info.conditional = markers(Marker::Conditional).next().is_some();
    info.imperative = imperative(text);

    let prohibition = markers(Marker::Prohibition).find(|h| {
        // « il n'est pas interdit de » lifts the ban.
        let w = word(h);
        let lifted = (w.starts_with("interdi")
            || w.starts_with("proscri")
            || w.starts_with("prohib")
            || w.starts_with("defendu"))
            && norm[start..h.start].trim_end().ends_with("pas");
        // « il est recommandé de ne pas … » advises against; it does not forbid.
        let advised = matches!(w, "ne pas" | "a ne pas" | "ne jamais")
            && hits
                .iter()
                .any(|r| r.tag == Tag::Marker(Marker::Recommendation) && r.end <= h.start);
        !lifted && !advised
    });
    let advised_against = prohibition.is_none()
        && markers(Marker::Prohibition)
            .any(|h| matches!(word(h), "ne pas" | "a ne pas" | "ne jamais"))
        && markers(Marker::Recommendation).next().is_some();
    let lifted_ban =
        prohibition.is_none() && !advised_against && markers(Marker::Prohibition).next().is_some();
    // « Le service peut utiliser Combia … à l'issue des formations obligatoires », « peut vérifier qu'un dossier
    // comporte les pièces exigées »: after a permission, a necessity adjective that no copula makes the predicate
    // qualifies a noun; the sentence permits.
    let copulas = &Lexicon::global().necessity_copulas;
    let attributive = |h: &Hit| {
        NECESSITY.contains(&word(h))
            && markers(Marker::Permission).any(|p| p.end <= h.start)
            && !norm[start..h.start]
                .split(|c: char| !(c.is_alphanumeric() || c == '\''))
                .filter(|w| !w.is_empty())
                .rev()
                .take(3)
                .any(|w| copulas.iter().any(|c| c == w))
    };
    let obligation = markers(Marker::Obligation).find(|h| !attributive(h));
    let necessity_only = markers(Marker::Obligation).all(|h| NECESSITY.contains(&word(h)));
    let permission = markers(Marker::Permission).next();
    let recommendation = markers(Marker::Recommendation).next();

    info.modality = if prohibition.is_some() {
        Some(Modality::Interdiction)
    } else if lifted_ban {
        Some(Modality::Permission)
    } else if obligation.is_some() && negated && necessity_only {
        info.dispensed = true;
        None
    } else if (obligation.is_some() || permission.is_some()) && negated {
        Some(Modality::Interdiction)
    } else if restrictive || obligation.is_some() {
        Some(Modality::Obligation)
    } else if recommendation.is_some() {
        Some(Modality::Recommandation)
    } else if permission.is_some() {
        Some(Modality::Permission)
    } else if let Some(negative) = info.imperative {
        // An instruction is a rule: « Vérifiez toujours les sources », « Ne transmettez pas de données ».
        info.by_imperative = true;
        Some(if negative {
            Modality::Interdiction
        } else {
            Modality::Obligation
        })
    } else if (negated && alone) || bare_negation {
        Some(Modality::Interdiction)
    } else if info.conditional {
        Some(Modality::Recommandation)
    } else {
        None
    };
    if info.conditional && info.modality == Some(Modality::Obligation) {
        info.modality = Some(Modality::Recommandation);
    }
    info
}

/// « ne … pas/plus/rien/point/guère » within one clause of a sentence (not across « . » or « ; »).
static NE_PAS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^a-z0-9])(?:ne |n')[^.;]{0,60}?\b(?:pas|plus|rien|point|guere)\b")
        .expect("valid regex")
});

/// Words that deny on their own (« aucune donnée n'est saisie », « ni … ni »).
const DENYING_WORDS: &[&str] = &["aucun", "aucune", "jamais", "nullement", "ni", "aucunement"];

/// True when a normalised stretch of text denies or forbids the act it names, whoever the actor: a negation
/// (« ne … pas/plus/rien », « n'utilise jamais », « ne réutilise en aucun cas », « aucune donnée n'est saisie »,
/// « ni … ni ») or a ban marker of the lexicon (`markers.toml`, `prohibition`), self-bans included (« le
/// titulaire s'interdit de », « s'abstient de », « il est exclu de », « il est interdit de »). A restriction
/// (« nous ne conservons que les journaux ») is no denial: it permits what it names. Shared by the contradiction
/// norms and by the offer facts (`procurement::facts::negated`), so a vendor's self-ban reads as the ban it is.
pub(crate) fn denies(norm: &str) -> bool {
    DENYING_WORDS
        .iter()
        .any(|w| crate::analyze::contains_word(norm, w))
        || norm.contains("en aucun cas")
        || NE_PAS.is_match(norm)
        || Lexicon::global()
            .scan(norm)
            .iter()
            .any(|h| h.tag == Tag::Marker(Marker::Prohibition))
}

/// Analyses a whole normalised text as one sentence (lead-ins, table headers).
pub(crate) fn of_sentence(norm: &str, hits: &[Hit]) -> ModalityInfo {
    of_sentence_at(norm, 0, norm.len(), hits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::normalize::normalize;
    use crate::lexicon::Lexicon;

    fn modality(s: &str) -> ModalityInfo {
        let n = normalize(s).text;
        let hits = Lexicon::global().scan(&n);
        of_sentence(&n, &hits)
    }

    #[test]
    fn table_of_modalities() {
        use Modality::*;
        let cases: &[(&str, Option<Modality>)] = &[
            (
                "Il est interdit de saisir des données personnelles.",
                Some(Interdiction),
            ),
            (
                "Les agents ne doivent pas saisir de données.",
                Some(Interdiction),
            ),
            (
                "Aucune donnée personnelle ne doit être saisie.",
                Some(Interdiction),
            ),
            // « quel qu'il soit » is no « ne … que » restriction.
            (
                "Aucune donnée personnelle n'est saisie dans un outil d'IA, quel qu'il soit.",
                Some(Interdiction),
            ),
            (
                "Les agents ne peuvent en aucun cas publier un texte.",
                Some(Interdiction),
            ),
            (
                "Il n'est pas permis d'utiliser ChatGPT.",
                Some(Interdiction),
            ),
            (
                "Les agents doivent vérifier les contenus.",
                Some(Obligation),
            ),
            (
                "Seuls les outils validés peuvent être utilisés.",
                Some(Obligation),
            ),
            (
                "Les agents ne peuvent utiliser que les outils validés.",
                Some(Obligation),
            ),
            (
                "Les agents peuvent utiliser l'outil interne.",
                Some(Permission),
            ),
            (
                "Il est recommandé de relire les textes.",
                Some(Recommandation),
            ),
            (
                "Les agents devraient relire les textes.",
                Some(Recommandation),
            ),
            ("La charte a été rédigée en 2025.", None),
            (
                "Les agents anonymisent, autant que faire se peut, les documents.",
                None,
            ),
            (
                "Les agents peuvent utiliser l'outil pour des tâches qui ne portent sur aucune donnée personnelle.",
                Some(Permission),
            ),
            ("Les données ne sont jamais transmises.", Some(Interdiction)),
            ("L'IA générative n'est ni une baguette magique ni une menace.", None),
            ("L'outil n'est pas un agent et ne publie jamais seul.", Some(Interdiction)),
            ("Le centre de supervision n'utilise aucun dispositif de reconnaissance faciale.", Some(Interdiction)),
            (
                "Les autres outils ne sont utilisables que pour des textes sans aucune information interne.",
                Some(Obligation),
            ),
            ("Dois-je relire ce que l'IA a écrit ?", Some(Obligation)),
            // A negation that states a condition or a purpose is not the force of the sentence.
            (
                "En télétravail, l'agent peut recourir à Copilot, à condition de ne pas y faire figurer de données personnelles.",
                Some(Permission),
            ),
            (
                "Les agents peuvent utiliser l'assistant sous réserve de ne jamais y saisir de nom.",
                Some(Permission),
            ),
            (
                "Les agents doivent relire chaque texte afin de ne pas diffuser d'erreur.",
                Some(Obligation),
            ),
            (
                "Les agents peuvent utiliser l'assistant en veillant à ne pas y saisir de nom, mais ils ne doivent jamais publier un texte sans relecture.",
                Some(Interdiction),
            ),
            // After a permission, a necessity adjective that qualifies a noun does not oblige.
            (
                "Le service formation peut utiliser Combia à l'issue des formations obligatoires.",
                Some(Permission),
            ),
            (
                "L'outil peut vérifier qu'un dossier comporte toutes les pièces exigées.",
                Some(Permission),
            ),
            (
                "Les agents peuvent utiliser l'assistant ; une relecture est obligatoire.",
                Some(Obligation),
            ),
            (
                "Chaque agent suit une formation obligatoire avant d'accéder à un outil autorisé.",
                Some(Obligation),
            ),
            ("Puis-je utiliser ChatGPT ?", Some(Permission)),
        ];
        for (s, want) in cases {
            assert_eq!(modality(s).modality, *want, "{s}");
        }
        assert!(modality("Une AIPD n'est pas obligatoire pour ces usages.").dispensed);
        assert!(modality("Les agents devraient relire.").conditional);
        assert!(modality("Vous devriez toujours indiquer l'usage de l'IA.").conditional);
        assert!(modality("Tu devrais mentionner le code généré.").conditional);
    }

    #[test]
    fn imperatives_are_instructions() {
        use Modality::*;
        for (s, want) in [
            ("Vérifiez toujours les sources.", Obligation),
            ("1. Relisez chaque texte produit.", Obligation),
            (
                "Ne transmettez à aucun outil les coordonnées d'un usager.",
                Interdiction,
            ),
            (
                "Ne mets jamais un document interne dans un outil en ligne.",
                Interdiction,
            ),
            ("N'utilisez que l'assistant interne.", Obligation),
        ] {
            assert_eq!(modality(s).modality, Some(want), "{s}");
        }
        assert_eq!(imperative("Ne transmettez pas de données."), Some(true));
        assert_eq!(imperative("Citez l'usage de l'IA."), Some(false));
        assert_eq!(imperative("Chez nous, on relit tout."), None);
        assert_eq!(
            imperative("Si vous avez collé des données personnelles, supprimez la conversation."),
            Some(false)
        );
        assert_eq!(
            imperative("En cas de doute, ne transmettez rien."),
            Some(true)
        );
        assert_eq!(imperative("Si possible, le service relit."), None);
        assert_eq!(
            imperative("Si possible, précisez le contexte de votre demande."),
            None
        );
        assert_eq!(
            imperative("N'importe quel agent peut demander un accès."),
            None
        );
        assert_eq!(imperative("Les agents vérifient les sources."), None);
        assert_eq!(modality("Les agents vérifient les sources.").modality, None);
        // A short label glued before the instruction (a bold « Vrai ou faux » verdict, « Rappel : »); a longer
        // opening sentence is no label.
        assert_eq!(
            imperative("**Faux.** Alertez sans attendre le référent."),
            Some(false)
        );
        assert_eq!(imperative("Rappel : ne copiez aucun dossier."), Some(true));
        assert_eq!(
            imperative("Les agents suivent une formation. Relisez-la."),
            None
        );
        assert_eq!(
            modality("Ce qu'il ne faut pas faire").modality,
            Some(Interdiction)
        );
        assert_eq!(modality("Ce qu'il faut faire").modality, Some(Obligation));
    }

    fn denial(s: &str) -> bool {
        denies(&normalize(s).text)
    }

    #[test]
    fn self_bans_negated_commitments_and_passive_bans_deny() {
        for s in [
            // Self-bans and commitments not to act.
            "Le titulaire s'interdit de réutiliser les requêtes pour entraîner ses modèles.",
            "Orbis s'interdit toute réutilisation des données du Département.",
            "Le prestataire s'engage à ne pas utiliser les conversations.",
            "Le sous-traitant s'abstient de tout transfert.",
            // Negated commitments.
            "Le fournisseur ne réutilise en aucun cas les données.",
            "Le fournisseur n'utilise jamais les requêtes à des fins d'entraînement.",
            "Le titulaire ne conserve aucune conversation.",
            // Passive and impersonal bans.
            "Aucune donnée n'est saisie dans un outil grand public.",
            "Il est interdit de saisir des données de santé.",
            "Tout transfert hors de l'Union est exclu.",
            "Les données ne sont ni revendues ni partagées.",
        ] {
            assert!(denial(s), "{s}");
        }
        for s in [
            // A restriction permits what it names.
            "Nous ne conservons que les journaux de connexion.",
            "Les agents n'utilisent que les outils validés.",
            "Les données sont hébergées en France.",
            "Le titulaire s'engage à supprimer les conversations.",
        ] {
            assert!(!denial(s), "{s}");
        }
    }

    #[test]
    fn negated_and_self_banning_sentences_are_bans() {
        use Modality::*;
        for s in [
            "Le titulaire s'interdit de réutiliser les requêtes pour entraîner ses modèles.",
            "Le prestataire s'engage à ne pas utiliser les conversations.",
            "Le fournisseur ne réutilise en aucun cas les données.",
            "Le fournisseur n'utilise jamais les requêtes à des fins d'entraînement.",
            "Il est interdit de saisir des données de santé.",
            "Aucune donnée n'est saisie dans un outil grand public.",
            "Dans ce cadre, aucun courrier n'est rédigé avec l'IA.",
            // First-person self-bans and verbless bans (« aucun » with no « ne » has no verb).
            "5. Je m'interdis de faire rédiger par une IA mes interventions en séance.",
            "Nous nous interdisons toute reconnaissance faciale.",
            "8. Aucune transcription automatique des réunions des commissions.",
            "Aucun outil d'IA grand public.",
        ] {
            assert_eq!(modality(s).modality, Some(Interdiction), "{s}");
        }
        // A question is no ban; a tool put at the agents' disposal is permitted.
        assert_ne!(modality("Aucune donnée ?").modality, Some(Interdiction));
        assert_eq!(
            modality("La version gratuite de Copilot est à votre disposition sur tous les postes.")
                .modality,
            Some(Permission)
        );
        let text = normalize("Les agents n'utilisent que les outils validés.").text;
        let r = of_sentence(&text, &Lexicon::global().scan(&text));
        assert!(r.restrictive);
        assert_eq!(r.only.map(|o| &text[o..]), Some("les outils valides."));
        assert_ne!(r.modality, Some(Interdiction));
        assert!(modality("Les agents devraient relire.").conditional);
    }
}
