//! Requirements only a charter sets, beyond the checklist, read by one shared mechanism (`[[exigence]]` of
//! `data/procurement/checklist.toml`): a service availability rate, conformance to the accessibility standard, a
//! reversibility plan…
//!
//! One reader serves both files. A charter sentence asks a kind when it holds one of the kind's charter words (and,
//! when the kind lists them, one of its second words); a kind that compares a percentage (« une disponibilité
//! mensuelle d'au moins 99,5 % ») is asked only with one. An offer sentence speaks of a kind when it holds one of the
//! kind's offer words; it may give the percentage, or say that the offer falls short (« partiellement conforme »,
//! « sur devis »). The percentage of a kind is the first one after its word in the part of the sentence (between
//! semicolons), else the last one before it.

use super::vocab::{TopicKind, Vocab};
use crate::lexicon::normalize::normalize;
use regex::Regex;
use std::sync::LazyLock;

/// A percentage: « 99,5 % », « 99.9% », « 100 pour cent ».
static PERCENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,3}(?:[.,]\d{1,3})?)\s*(?:%|pour\s?cent\b|percent\b)")
        .expect("valid percent regex")
});

/// The percentages of a text, in hundredths (99,5 % is 9950), with their place (byte range in `text`).
fn percentages(text: &str) -> Vec<(usize, usize, u32)> {
    PERCENT
        .captures_iter(text)
        .filter_map(|c| {
            let m = c.get(0)?;
            let (whole, frac) = c
                .get(1)?
                .as_str()
                .split_once([',', '.'])
                .unwrap_or((c.get(1)?.as_str(), ""));
            // Two decimals: « 99,5 » is 9950, « 99,95 » is 9995.
            let frac: String = frac.chars().chain(std::iter::repeat('0')).take(2).collect();
            let hundredths = whole.parse::<u32>().ok()? * 100 + frac.parse::<u32>().ok()?;
            Some((m.start(), m.end(), hundredths))
        })
        .collect()
}

/// A kind of requirement named in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Stated {
    /// Index of the kind in [`Vocab::topics`].
    pub kind: usize,
    /// The kind's percentage in hundredths, when it compares one and the sentence gives it.
    pub hundredths: Option<u32>,
    /// The percentage as written; empty without one.
    pub text: String,
    /// The sentence says the offer falls short (`contraire`).
    pub contrary: bool,
}

/// The percentage of a kind around its word at `(oa, ob)` in `original`.
fn figure_near(original: &str, oa: usize, ob: usize) -> Option<(usize, usize, u32)> {
    let from = original[..oa].rfind(';').map_or(0, |i| i + 1);
    let to = original[ob..].find(';').map_or(original.len(), |i| ob + i);
    let found: Vec<_> = percentages(original)
        .into_iter()
        .filter(|p| p.0 >= from && p.1 <= to)
        .collect();
    found
        .iter()
        .find(|p| p.0 >= ob)
        .or_else(|| found.iter().rfind(|p| p.1 <= oa))
        .copied()
}

/// Reads the kinds named in a sentence (original text) with `words` (the charter's or the offer's words of a
/// kind), at most one per kind.
fn read(
    v: &Vocab,
    original: &str,
    offer: bool,
    words: impl Fn(&TopicKind) -> (&super::vocab::Terms, Option<&super::vocab::Terms>),
) -> Vec<Stated> {
    let norm = normalize(original);
    let n = norm.text.as_str();
    let mut out = Vec::new();
    for (kind, k) in v.topics.iter().enumerate() {
        let (first, also) = words(k);
        // In an offer, the word in a part that sets a target (« Notre objectif de disponibilité est de 99,9 % ; la
        // disponibilité mensuelle garantie au contrat est de 99 % ») gives way to the next one, which says what is
        // guaranteed; a target alone gives no figure.
        let found = first.find(n);
        let target = |a: usize| offer && v.objectives.any(super::deadlines::semicolon_part(n, a));
        let Some(&(a, b, ())) = found
            .iter()
            .find(|&&(a, _, ())| !target(a))
            .or(found.first())
        else {
            continue;
        };
        if also.is_some_and(|t| !t.any(n)) {
            continue;
        }
        let (oa, ob) = norm.original(a, b);
        let figure = (k.percent && !target(a))
            .then(|| figure_near(original, oa, ob))
            .flatten();
        let contrary = k.contrary.any(super::deadlines::semicolon_part(n, a));
        let (hundredths, text) = match figure {
            Some((fa, fb, h)) => (Some(h), original[fa..fb].trim().to_owned()),
            None => (None, String::new()),
        };
        out.push(Stated {
            kind,
            hundredths,
            text,
            contrary,
        });
    }
    out
}

/// The kinds a charter sentence asks: its charter words, and the percentage when the kind compares one.
pub(crate) fn asked(v: &Vocab, original: &str) -> Vec<Stated> {
    read(v, original, false, |k| {
        (&k.charter, k.charter_also.as_ref())
    })
    .into_iter()
    .filter(|s| !v.topics[s.kind].percent || s.hundredths.is_some())
    .collect()
}

/// The kinds an offer sentence speaks of.
pub(crate) fn spoken(v: &Vocab, original: &str) -> Vec<Stated> {
    read(v, original, true, |k| (&k.offer, None))
}

/// A percentage as a French reader writes it: « 99,5 % ».
pub(crate) fn percent_text(hundredths: u32) -> String {
    let whole = hundredths / 100;
    let frac = hundredths % 100;
    match frac {
        0 => format!("{whole} %"),
        f if f % 10 == 0 => format!("{whole},{} %", f / 10),
        f => format!("{whole},{f:02} %"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(found: &[Stated]) -> Vec<(&'static str, Option<u32>, bool)> {
        let v = Vocab::global();
        found
            .iter()
            .map(|s| (v.topics[s.kind].id.as_str(), s.hundredths, s.contrary))
            .collect()
    }

    #[test]
    fn percentages_in_hundredths() {
        let p: Vec<u32> = percentages("au moins 99,5 % ; 99.95% ; 100 pour cent")
            .iter()
            .map(|p| p.2)
            .collect();
        assert_eq!(p, [9950, 9995, 10000]);
        assert_eq!(percent_text(9950), "99,5 %");
        assert_eq!(percent_text(9995), "99,95 %");
        assert_eq!(percent_text(9900), "99 %");
    }

    /// A target the vendor sets itself is not the rate it guarantees: the guaranteed one is read, and a target alone
    /// gives no figure.
    #[test]
    fn a_target_rate_is_not_the_guaranteed_one() {
        let v = Vocab::global();
        assert_eq!(
            ids(&spoken(v, "Notre objectif de disponibilité est de 99,9 % ; la disponibilité mensuelle garantie au contrat, ouvrant droit à pénalités, est de 99 %.")),
            [("disponibilite", Some(9900), false)]
        );
        assert_eq!(
            ids(&spoken(v, "Notre objectif de disponibilité est de 99,9 %.")),
            [("disponibilite", None, false)]
        );
        assert_eq!(
            ids(&spoken(v, "La disponibilité garantie est de 99,9 %.")),
            [("disponibilite", Some(9990), false)]
        );
    }

    /// A charter asks an availability rate only with a percentage; an offer gives its own rate, bounded by a
    /// negation or not.
    #[test]
    fn availability_rate_in_charter_and_offer() {
        let v = Vocab::global();
        assert_eq!(
            ids(&asked(v, "L'assistance est rendue en français, 24 heures sur 24, et le service offre une disponibilité mensuelle d'au moins 99,5 %.")),
            [("disponibilite", Some(9950), false), ("assistance_continue", None, false)]
        );
        assert!(asked(
            v,
            "Le titulaire assure la disponibilité des journaux pour le Syndicat."
        )
        .is_empty());
        assert_eq!(
            ids(&spoken(v, "La disponibilité mensuelle du service n'est jamais inférieure à 99,7 %, faute de quoi les pénalités s'appliquent.")),
            [("disponibilite", Some(9970), false)]
        );
        assert_eq!(
            ids(&spoken(
                v,
                "Disponibilité garantie du service : 99 % par mois."
            )),
            [("disponibilite", Some(9900), false)]
        );
        // A percentage in another part of the sentence is not the rate.
        assert_eq!(
            ids(&spoken(v, "Le service est disponible en français ; 100 % des tickets sont traités en 4 heures.")),
            [("disponibilite", None, false)]
        );
    }

    /// The accessibility standard: named in the charter, met or partly met in the offer.
    #[test]
    fn accessibility_in_charter_and_offer() {
        let v = Vocab::global();
        assert_eq!(
            ids(&asked(v, "L'interface est totalement conforme au référentiel général d'amélioration de l'accessibilité (RGAA) et le titulaire remet la déclaration d'accessibilité du service.")),
            [("accessibilite", None, false)]
        );
        assert_eq!(
            ids(&spoken(v, "L'interface ne présente aucune non-conformité au RGAA 4.1, selon l'audit indépendant de juin 2026.")),
            [("accessibilite", None, false), ("audit", None, false)]
        );
        assert_eq!(
            ids(&spoken(v, "L'interface a fait l'objet d'un audit RGAA 4.1 : elle est partiellement conforme, avec un taux de 87 %.")),
            [("accessibilite", None, true), ("audit", None, false)]
        );
        assert!(spoken(v, "Les données restent accessibles à tout moment.").is_empty());
    }

    /// Support around the clock, encryption, the buyer's audits, user training and activity reports: each asked by
    /// a charter sentence in its words and spoken of by an offer in the vendors' words; support on working days
    /// only falls short of round-the-clock support.
    #[test]
    fn other_kinds_in_charter_and_offer() {
        let v = Vocab::global();
        for (charter, offer, id, contrary) in [
            (
                "L'assistance est rendue en français, 24 heures sur 24 et 7 jours sur 7.",
                "Une astreinte couvre les nuits, les week-ends et les jours fériés.",
                "assistance_continue",
                false,
            ),
            (
                "L'assistance est joignable 24h/24 et 7j/7.",
                "Le support répond du lundi au vendredi de 9 h à 18 h.",
                "assistance_continue",
                true,
            ),
            (
                "Les données sont chiffrées au repos et en transit.",
                "Les échanges passent par TLS 1.3 et le stockage utilise AES-256.",
                "chiffrement",
                false,
            ),
            (
                "Le titulaire accepte tout audit sur place demandé par la Ville.",
                "La Ville peut faire réaliser un audit de nos installations une fois par an.",
                "audit",
                false,
            ),
            (
                "Le titulaire assure la formation des agents à l'utilisation de l'outil.",
                "Deux webinaires de prise en main sont proposés à chaque direction.",
                "formation",
                false,
            ),
            (
                "Le titulaire indique la classification du système au regard du règlement (UE) 2024/1689.",
                "Tilia Statut n'est pas un système à haut risque au sens de l'annexe III.",
                "classification_ai_act",
                false,
            ),
            (
                "Le titulaire remet un rapport mensuel d'activité.",
                "Un tableau de bord mensuel présente les volumes et les incidents.",
                "rapport",
                false,
            ),
        ] {
            let asked: Vec<_> = ids(&asked(v, charter)).into_iter().map(|x| x.0).collect();
            assert!(asked.contains(&id), "{charter}: {asked:?}");
            let said = ids(&spoken(v, offer));
            assert!(
                said.iter().any(|x| x.0 == id && x.2 == contrary),
                "{offer}: {said:?}"
            );
        }
    }
}
