//! Deadlines a charter sets and an offer gives, by kind (`[[delai]]` of `data/procurement/checklist.toml`):
//! returning the data at the end of the contract, handing over the logs on request, the support's response time,
//! the notice before a change of sub-processor.
//!
//! One reader serves both files: in a sentence, a kind is named by one of its action words with one of its subject
//! words before the end of the action's part of the sentence (between semicolons: « les journaux sont conservés
//! douze mois ; ils sont remis sous deux jours »); the delay of that action is the first delay after the action
//! word in its part, else the last one before it (« au moins trente jours avant tout changement »). Clock times
//! are not delays (« joignable de 8 h 30 à 18 h »). Delays are counted in hours (a day is 24 hours; « cinq jours
//! ouvrés » and « dix jours ouvrés » compare alike).

use super::vocab::Vocab;
use crate::lexicon::normalize::normalize;
use regex::Regex;
use std::sync::LazyLock;

/// Hours in a day, for periods counted in days by the duration grammar.
pub(crate) const DAY_HOURS: u32 = 24;

/// The delays of a text in hours, with their place (byte range in `text`): the durations of the grammar (days,
/// weeks, months, years: 24 hours a day, 30 days a month) and the delays counted in hours (« sous 24 heures »),
/// in text order.
pub(crate) fn delays(text: &str) -> Vec<(usize, usize, u32)> {
    let mut out: Vec<(usize, usize, u32)> = crate::grammar::find_durations(text)
        .into_iter()
        .map(|d| {
            let days = d.value.approx_days();
            (
                d.start,
                d.end,
                calendar_days(text, d.end, days).saturating_mul(DAY_HOURS),
            )
        })
        .chain(crate::grammar::find_hours(text).into_iter().map(|h| {
            (
                h.start,
                h.end,
                calendar_hours(text, h.start, h.end, h.value),
            )
        }))
        .collect();
    out.sort_unstable();
    out
}

/// The part of a text (between semicolons) around byte offset `at`.
pub(crate) fn semicolon_part(text: &str, at: usize) -> &str {
    let at = super::floor_char(text, at.min(text.len()));
    let start = text[..at].rfind(';').map_or(0, |i| i + 1);
    let end = text[at..].find(';').map_or(text.len(), |i| at + i);
    &text[start..end]
}

/// Days counted in working days (« deux jours ouvrés », « 5 business days ») last, at worst, a week-end more per
/// five of them: two working days are four calendar days from a Thursday, and do not meet « 48 heures ». `end`: where
/// the duration ends in `text` (the qualifier may follow it).
pub(crate) fn calendar_days(text: &str, end: usize, days: u32) -> u32 {
    let before = text.get(..end).unwrap_or("");
    let start = before.char_indices().rev().nth(20).map_or(0, |(i, _)| i);
    let after = text.get(end..).unwrap_or("");
    let stop = after.char_indices().nth(14).map_or(after.len(), |(i, _)| i);
    let around = format!("{} {}", &before[start..], &after[..stop]).to_lowercase();
    let working = ["ouvré", "ouvre", "ouvrable", "business day", "working day"]
        .iter()
        .any(|w| around.contains(w));
    if working && days > 0 {
        days + 2 * days.div_ceil(5)
    } else {
        days
    }
}

/// Hours counted in working hours (« 24 heures ouvrées », « 4 business hours ») last, at worst, a night per
/// working day of eight hours and a week-end per five such days: « 24 heures ouvrées » do not meet « 24 heures »,
/// while « 2 heures ouvrées » still meet « 4 heures ouvrées ». `end`: where the hours end in `text` (the qualifier
/// follows them, or stands inside them: « 8 business hours »).
pub(crate) fn calendar_hours(text: &str, start: usize, end: usize, hours: u32) -> u32 {
    let after = text.get(end..).unwrap_or("");
    let stop = after.char_indices().nth(14).map_or(after.len(), |(i, _)| i);
    let qualifier =
        format!("{}{}", text.get(start..end).unwrap_or(""), &after[..stop]).to_lowercase();
    let working = ["ouvré", "ouvre", "ouvrable", "business", "working"]
        .iter()
        .any(|w| qualifier.contains(w));
    if working && hours > 0 {
        let days = hours.div_ceil(8);
        hours + 16 * days + 2 * DAY_HOURS * days.div_ceil(5)
    } else {
        hours
    }
}

/// Delays the duration grammar leaves to contracts: « J+30 », « 30 j », « sous huitaine », « quinzaine », « 30
/// calendar days ».
static CONTRACT_DELAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bJ\s?\+\s?(\d{1,3})\b|\b(\d{1,3})\s?j\b|\b(huitaine|quinzaine)\b|\b(\d{1,3})\s+(?:calendar|business|working)\s+days?\b",
    )
    .expect("valid delay regex")
});

/// The delays of a text in hours with their place: the grammar's ([`delays`]) and the contract
/// forms of [`CONTRACT_DELAY`], in text order.
fn all_delays(text: &str) -> Vec<(usize, usize, u32)> {
    let mut out = delays(text);
    for c in CONTRACT_DELAY.captures_iter(text) {
        let m = c.get(0).expect("whole match");
        if out.iter().any(|d| d.0 < m.end() && m.start() < d.1) {
            continue;
        }
        let days = match (c.get(1).or(c.get(2)).or(c.get(4)), c.get(3)) {
            (Some(n), _) => n.as_str().parse::<u32>().unwrap_or(0),
            (None, Some(w)) if w.as_str().eq_ignore_ascii_case("huitaine") => 7,
            (None, Some(_)) => 15,
            (None, None) => 0,
        };
        if days > 0 {
            out.push((m.start(), m.end(), days * 24));
        }
    }
    out.sort_unstable();
    out
}

/// Clock times and opening hours: « 8 h 30 », « 9h-18h », « de 8 h à 18 h », « 9am–6pm ».
static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:de|entre|from)\s+\d{1,2}\s*h(?:\s*\d{2})?\s*(?:à|a|et|to|-|–)\s*\d{1,2}\s*h(?:\s*\d{2})?|\b\d{1,2}\s*h\s*\d{2}\b|\b\d{1,2}\s*h\s*(?:-|–)\s*\d{1,2}\s*h|\b\d{1,2}\s*(?:am|pm)\b",
    )
    .expect("valid clock regex")
});

/// A deadline of some kind in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Stated {
    /// Index of the kind in [`Vocab::deadlines`].
    pub kind: usize,
    /// The delay in hours; `None` when the sentence names the action without a figure (« restitution en fin de
    /// marché au format JSON »).
    pub hours: Option<u32>,
    /// The delay as written (« dans un délai de soixante jours »); empty without a figure.
    pub text: String,
}

/// The deadlines a sentence (original text) gives, at most one per kind: the first with a figure, else the first
/// mention.
pub(crate) fn stated(v: &Vocab, original: &str) -> Vec<Stated> {
    stated_after(v, original, "")
}

/// The deadlines of a sentence whose subject is a personal pronoun standing for the subject of the sentence before
/// (« Les journaux sont conservés un an. Ils sont transmis sur simple demande sous trois jours ouvrés. »): a kind's
/// subject words may be in `antecedent` (normalised; empty for none).
pub(crate) fn stated_after(v: &Vocab, original: &str, antecedent: &str) -> Vec<Stated> {
    let norm = normalize(original);
    let n = norm.text.as_str();
    let clocks: Vec<(usize, usize)> = CLOCK
        .find_iter(original)
        .map(|m| (m.start(), m.end()))
        .collect();
    let delays: Vec<_> = all_delays(original)
        .into_iter()
        .filter(|d| !clocks.iter().any(|c| c.0 < d.1 && d.0 < c.1))
        .collect();
    let mut out: Vec<Stated> = Vec::new();
    let at_end = v.contract_end.any(n);
    for (kind, k) in v.deadlines.iter().enumerate() {
        let mut actions = k.action.find(n);
        if at_end {
            actions.extend(k.action_at_end.find(n));
            actions.sort_unstable();
        }
        for (a, b, ()) in actions {
            let seg_end = n[b..].find(';').map_or(n.len(), |i| b + i);
            if !k.subject.any(&n[..seg_end]) && !k.subject.any(antecedent) {
                continue;
            }
            let (oa, ob) = norm.original(a, b);
            // The part of the original sentence around the action.
            let from = original[..oa].rfind(';').map_or(0, |i| i + 1);
            let to = original[ob..].find(';').map_or(original.len(), |i| ob + i);
            // A delay under a paid option or a higher tier is not the offer's (`options_payantes`).
            let paid = v.paid_options.any(&normalize(&original[from..to]).text);
            let mut in_part = delays
                .iter()
                .filter(|d| d.0 >= from && d.1 <= to)
                .filter(|_| !paid);
            let delay = in_part
                .clone()
                .find(|d| d.0 >= ob)
                .or_else(|| in_part.rfind(|d| d.1 <= oa));
            let found = Stated {
                kind,
                hours: delay.map(|d| d.2),
                text: delay
                    .and_then(|d| original.get(d.0..d.1))
                    .unwrap_or("")
                    .trim()
                    .to_owned(),
            };
            match out.iter_mut().find(|s| s.kind == kind) {
                Some(s) if s.hours.is_none() && found.hours.is_some() => *s = found,
                Some(_) => {}
                None => out.push(found),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(String, Option<u32>)> {
        let v = Vocab::global();
        stated(v, text)
            .into_iter()
            .map(|s| (v.deadlines[s.kind].id.clone(), s.hours))
            .collect()
    }

    #[test]
    fn each_kind_takes_the_delay_of_its_action() {
        assert_eq!(
            read("En fin de marché, le titulaire restitue l'ensemble des données dans un délai de trente jours, sans frais."),
            [("restitution".to_owned(), Some(30 * 24))]
        );
        // The logs are kept twelve months (a retention period) and handed over within five working days: seven
        // calendar days at worst.
        assert_eq!(
            read("Les journaux d'accès sont conservés douze mois et remis au Syndicat, sur simple demande, dans un délai de cinq jours ouvrés."),
            [("journaux_remis".to_owned(), Some(7 * 24))]
        );
        // Opening hours before the action are not its delay. Working hours last, at worst, a night per working day
        // and a week-end: four working hours are 4 + 16 + 48 calendar hours.
        assert_eq!(
            read("L'assistance est joignable les jours ouvrés de 8 h 30 à 18 h et prend en charge toute demande dans un délai de quatre heures ouvrées."),
            [("assistance".to_owned(), Some(4 + 16 + 48))]
        );
        assert_eq!(
            read("Our support desk answers in English, with a first response within 8 business hours."),
            [("assistance".to_owned(), Some(8 + 16 + 48))]
        );
        // A notice: the delay stands before the action.
        assert_eq!(
            read("Le sous-traitant informe le responsable de traitement de tout changement envisagé de cette liste au moins trente jours avant sa prise d'effet ; le responsable peut s'y opposer."),
            [("preavis_sous_traitants".to_owned(), Some(30 * 24))]
        );
        // The subject in an earlier part, the action in a later one.
        assert_eq!(
            read("Les journaux d'accès sont conservés douze mois ; ils sont remis au Syndicat, sur simple demande, dans un délai de deux jours ouvrés."),
            [("journaux_remis".to_owned(), Some(4 * 24))]
        );
        assert_eq!(
            read("Une équipe support vous répond en français, du lundi au vendredi de 8 h 30 à 18 h, avec une prise en charge de chaque demande en moins de deux heures ouvrées."),
            [("assistance".to_owned(), Some(2 + 16 + 48))]
        );
        assert_eq!(
            read("We will notify the Agglomération at least 30 days before adding or replacing any sub-processor."),
            [("preavis_sous_traitants".to_owned(), Some(30 * 24))]
        );
        assert_eq!(
            read("At contract end, Stratacore returns all Customer Data within 30 days at no extra cost."),
            [("restitution".to_owned(), Some(30 * 24))]
        );
        // « remet » is a restitution only at the end of the contract.
        assert_eq!(
            read("À la fin du marché, Brevilane remet au Syndicat l'ensemble de ses données dans ces mêmes formats dans un délai de quarante-cinq jours, puis les supprime."),
            [("restitution".to_owned(), Some(45 * 24))]
        );
        assert!(read("Le titulaire remet un plan de réversibilité dans les trois mois suivant la notification.").is_empty());
        assert_eq!(
            read("Chaque ticket est pris en charge par un technicien dans un délai de quatre heures ouvrées."),
            [("assistance".to_owned(), Some(4 + 16 + 48))]
        );
        assert_eq!(
            read("Le plan de réversibilité est joint ; la réversibilité est achevée en deux mois au plus."),
            [("restitution".to_owned(), Some(60 * 24))]
        );
        // The change names the sub-processor; the support « traite » a request.
        for (text, kind, hours) in [
            ("Nous informons l'Agglomération de tout changement de sous-traitant quinze jours à l'avance.", "preavis_sous_traitants", 15 * 24),
            ("Le support est ouvert du lundi au vendredi de 8 h à 18 h 30 et traite chaque demande en moins de 3 heures ouvrées.", "assistance", 3 + 16 + 48),
        ] {
            assert_eq!(read(text), [(kind.to_owned(), Some(hours))], "{text}");
        }
    }

    /// The full export handed over at the end of the contract is the restitution.
    #[test]
    fn a_full_export_handed_over_at_the_end_is_the_restitution() {
        assert_eq!(
            read("À la fin du contrat, un full export est remis gratuitement sur demande dans les 30 jours calendaires."),
            [("restitution".to_owned(), Some(30 * 24))]
        );
    }

    /// « 24 heures ouvrées » do not meet « 24 heures »; « 2 heures ouvrées » still meet « 4 heures ouvrées ».
    #[test]
    fn working_hours_last_longer_than_calendar_hours() {
        let hours = |t: &str| delays(t).first().map(|d| d.2);
        assert!(hours("sous 24 heures ouvrées") > Some(24));
        assert_eq!(hours("sous 24 heures"), Some(24));
        assert!(hours("en 2 heures ouvrées") < hours("en 4 heures ouvrées"));
        assert!(hours("en quatre heures, week-ends compris") < hours("en 4 heures ouvrées"));
    }

    /// A delay given only under a paid option or a higher tier is not the offer's; a personal pronoun takes the
    /// subject of the sentence before.
    #[test]
    fn paid_options_and_pronouns() {
        assert_eq!(
            read("Le support répond sous 8 heures ; ce délai est ramené à 2 heures pour les clients ayant souscrit l'offre Premium."),
            [("assistance".to_owned(), Some(8))]
        );
        let v = Vocab::global();
        let before = normalize("Les journaux d'accès sont conservés un an.").text;
        let then = "Ils sont transmis au Syndicat sur simple demande sous trois jours ouvrés.";
        assert!(read(then).is_empty());
        let found: Vec<_> = stated_after(v, then, &before)
            .into_iter()
            .map(|s| (v.deadlines[s.kind].id.clone(), s.hours))
            .collect();
        assert_eq!(found, [("journaux_remis".to_owned(), Some(5 * 24))]);
        let e = v.entry(super::super::vocab::Aspect::Breach);
        let breach = super::super::facts::breach_deadline(
            e,
            "Toute violation est notifiée sous 72 heures ; ce délai est ramené à 12 heures pour les clients ayant souscrit le support Premium.",
            true,
        );
        assert_eq!(breach.map(|b| b.0), Some(72));
    }

    #[test]
    fn contract_forms_of_delays() {
        let hours = |t: &str| all_delays(t).iter().map(|d| d.2).collect::<Vec<_>>();
        assert_eq!(hours("restitution à J+30"), [30 * 24]);
        assert_eq!(hours("restitution sous 30 j"), [30 * 24]);
        assert_eq!(hours("remis sous huitaine"), [7 * 24]);
        assert_eq!(hours("returned within 30 calendar days"), [30 * 24]);
        assert_eq!(hours("dans un délai de trente jours"), [30 * 24]);
    }

    #[test]
    fn a_mention_without_figure_and_unrelated_sentences() {
        assert_eq!(
            read("Restitution des données en fin de marché au format JSON."),
            [("restitution".to_owned(), None)]
        );
        // The subject must stand before the end of the action's part of the sentence.
        assert!(read(
            "Nous répondons aux questions des agents en 4 heures ; l'assistance est en français."
        )
        .is_empty());
        // A DPA's « sous-traitant » is the vendor: an audit notice is no notice of a new sub-processor.
        assert!(read(
            "Le sous-traitant permet la réalisation d'audits, sur préavis de quinze jours."
        )
        .is_empty());
        assert!(read("Le titulaire remet la notice d'utilisation sous quinze jours.").is_empty());
    }
}
