//! Small text tools of the corpus features: clause cleaning, word bags (cosine), Jaccard on topic sets, word-level
//! similarity and diffs (the `similar` crate).

use crate::model::Topic;
use similar::{Algorithm, ChangeTag, TextDiff};
use std::collections::{BTreeMap, BTreeSet};

/// French function words left out of word bags (normalised: lowercase, no accents).
const STOP: &[&str] = &[
    "les",
    "des",
    "une",
    "dans",
    "par",
    "pour",
    "sur",
    "avec",
    "sans",
    "aux",
    "est",
    "sont",
    "qui",
    "que",
    "quoi",
    "dont",
    "leur",
    "leurs",
    "son",
    "sa",
    "ses",
    "ces",
    "cet",
    "cette",
    "ce",
    "elle",
    "elles",
    "ils",
    "lui",
    "nous",
    "vous",
    "tout",
    "tous",
    "toute",
    "toutes",
    "plus",
    "moins",
    "ainsi",
    "afin",
    "entre",
    "etre",
    "ete",
    "fait",
    "font",
    "peut",
    "doit",
    "doivent",
    "peuvent",
    "notamment",
    "mais",
    "donc",
    "car",
    "ne",
    "pas",
    "non",
    "ou",
    "et",
    "le",
    "la",
    "de",
    "du",
    "en",
    "au",
    "un",
    "il",
    "se",
    "qu",
    "d",
    "l",
    "s",
    "n",
    "c",
    "j",
    "m",
    "t",
    "a",
    "y",
    "à",
    "dont",
    "cas",
    "lors",
    "chaque",
    "autre",
    "autres",
    "meme",
];

fn is_stop(w: &str) -> bool {
    w.len() < 3 || STOP.contains(&w)
}

/// Content words of a normalised text.
pub(crate) fn words(norm: &str) -> impl Iterator<Item = &str> {
    norm.split(|c: char| !(c.is_alphanumeric()))
        .filter(|w| !w.is_empty() && !is_stop(w))
}

/// A bag of content words with counts.
#[derive(Debug, Clone, Default)]
pub struct WordBag {
    counts: BTreeMap<String, u32>,
    norm: f64,
}

impl WordBag {
    /// Builds a bag from normalised texts.
    pub fn from_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> WordBag {
        let mut counts: BTreeMap<String, u32> = BTreeMap::new();
        for t in texts {
            for w in words(t) {
                *counts.entry(w.to_owned()).or_default() += 1;
            }
        }
        let norm = counts
            .values()
            .map(|&c| f64::from(c) * f64::from(c))
            .sum::<f64>()
            .sqrt();
        WordBag { counts, norm }
    }
    /// Cosine similarity in [0, 1].
    pub fn cosine(&self, other: &WordBag) -> f64 {
        if self.norm == 0.0 || other.norm == 0.0 {
            return 0.0;
        }
        let (small, big) = if self.counts.len() <= other.counts.len() {
            (self, other)
        } else {
            (other, self)
        };
        let dot: f64 = small
            .counts
            .iter()
            .filter_map(|(w, &a)| big.counts.get(w).map(|&b| f64::from(a) * f64::from(b)))
            .sum();
        dot / (self.norm * other.norm)
    }
    /// True when the bag has no word.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }
}

/// Jaccard index of two topic sets (0 when both are empty).
pub(crate) fn jaccard(a: &BTreeSet<Topic>, b: &BTreeSet<Topic>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        0.0
    } else {
        a.intersection(b).count() as f64 / union as f64
    }
}

/// Clause text for display: list markers and Markdown emphasis removed, whitespace collapsed.
pub(crate) fn clean_clause(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut l = line.trim();
        // List markers and numbered paragraphs: "- ", "* ", "1. ", "2) ".
        for m in ["- ", "* ", "+ ", "• "] {
            if let Some(rest) = l.strip_prefix(m) {
                l = rest.trim_start();
            }
        }
        let digits = l.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && digits < 4 {
            let rest = &l[digits..];
            if let Some(r) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
                l = r.trim_start();
            }
        }
        if l.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(l);
    }
    let out = out.replace("**", "").replace("__", "");
    // Table rows: cells separated by pipes.
    let out = if out.starts_with('|') {
        out.trim_matches('|')
            .split('|')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect::<Vec<_>>()
            .join(" ; ")
    } else {
        out
    };
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A list item with its lead-in, as one readable sentence: the lead-in's last sentence without its colon, then the
/// item with a final period (« Il est interdit : » + « de saisir des données ; » → « Il est interdit de saisir des
/// données. »).
pub(crate) fn with_lead_in(lead: Option<&str>, item: &str) -> String {
    let Some(lead) = lead.map(clean_clause).filter(|l| !l.is_empty()) else {
        return item.to_owned();
    };
    if item.is_empty() {
        return String::new();
    }
    let last = crate::analyze::sentences::split(&lead)
        .last()
        .and_then(|&(s, e)| lead.get(s..e))
        .unwrap_or(&lead)
        .trim()
        .trim_end_matches([':', ' ', '\u{a0}', '\u{202f}'])
        .to_owned();
    let body = item.trim_end().trim_end_matches([';', ',', ' ', '.']);
    if last.is_empty() {
        return item.to_owned();
    }
    format!("{last} {body}.")
}

/// True when a text only introduces a list (« Il est interdit : »).
pub(crate) fn is_lead(text: &str) -> bool {
    text.trim_end().ends_with(':')
}

/// Rounds to four decimals (stable JSON and snapshots).
pub(crate) fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Adverbial pronouns before a verb that point back to a thing named earlier (« le DPO en est membre »,
/// « les élus y siègent »): out of its context the clause names nothing.
const BACK_POINTERS: &[&str] = &[
    "en sont",
    "en est",
    "en font",
    "en fait",
    "en assure",
    "en assurent",
    "y sont",
    "y est",
    "y siegent",
    "y siege",
    "y participent",
    "y participe",
    "y figurent",
    "y figure",
];

/// True when a normalised clause opens on a word that points back to the text before it (« Ils », « Ces »,
/// « Ce comité », « Elle ») — the impersonal « Il est / Il convient / Il appartient » excepted — or leans on a
/// thing named before it (« … en sont membres »).
pub(crate) fn anaphoric(norm: &str) -> bool {
    if BACK_POINTERS
        .iter()
        .any(|p| crate::analyze::contains_word(norm, p))
    {
        return true;
    }
    let mut w = norm
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let (first, second) = (w.next().unwrap_or(""), w.next().unwrap_or(""));
    match first {
        "ils" | "elles" | "elle" | "ces" | "ce" | "cet" | "cette" | "celui" | "celle" | "ceux"
        | "leur" | "leurs" | "son" | "sa" | "ses" | "lui" | "en" | "y" | "ceci" | "cela" => true,
        "il" => !matches!(
            second,
            "est"
                | "convient"
                | "appartient"
                | "revient"
                | "importe"
                | "faut"
                | "sera"
                | "doit"
                | "peut"
        ),
        _ => false,
    }
}

/// Cuts a text to about `max` characters at a word boundary, with an ellipsis.
pub(crate) fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([',', ';', ':', ' ']))
}

/// Past this many words on one side, texts are not aligned word by word: the diff's work grows with the product of
/// the two lengths, and a bound on the input keeps it deterministic where a deadline would make the result depend
/// on the machine's speed. Clauses are far shorter; only pathological paragraphs reach it.
pub(crate) const MAX_DIFF_WORDS: usize = 2_000;

fn too_long_to_align(a: &str, b: &str) -> bool {
    a.split_whitespace().nth(MAX_DIFF_WORDS).is_some()
        || b.split_whitespace().nth(MAX_DIFF_WORDS).is_some()
}

/// Word-level similarity of two normalised texts, in [0, 1] (the `similar` ratio over words; past
/// [`MAX_DIFF_WORDS`], the cosine of their word counts).
pub(crate) fn word_similarity(a: &str, b: &str) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    if too_long_to_align(a, b) {
        return WordBag::from_texts([a]).cosine(&WordBag::from_texts([b]));
    }
    let diff = TextDiff::configure()
        .algorithm(Algorithm::Patience)
        .diff_words(a, b);
    f64::from(diff.ratio())
}

/// One piece of a word-level diff.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Piece {
    /// `equal`, `delete` (only in the reference) or `insert` (only in the charter).
    pub op: &'static str,
    /// The words, with their spacing.
    pub text: String,
}

/// Word-level diff from the reference text to the charter text: runs of changes are grouped into one deleted and
/// one inserted piece (blanks between changed words go to both), so « doit vérifier » → « peut relire » reads as
/// one replacement.
pub(crate) fn word_diff(reference: &str, charter: &str) -> Vec<Piece> {
    if too_long_to_align(reference, charter) {
        // Too long to align word by word (see [`MAX_DIFF_WORDS`]): one replacement.
        return [("delete", reference), ("insert", charter)]
            .into_iter()
            .filter(|(_, t)| !t.is_empty())
            .map(|(op, t)| Piece {
                op,
                text: t.to_owned(),
            })
            .collect();
    }
    let diff = TextDiff::configure()
        .algorithm(Algorithm::Patience)
        .diff_words(reference, charter);
    let changes: Vec<(ChangeTag, &str)> = diff
        .iter_all_changes()
        .map(|c| (c.tag(), c.value()))
        .collect();
    let mut out: Vec<Piece> = Vec::new();
    let push = |out: &mut Vec<Piece>, op: &'static str, text: &str| {
        if text.is_empty() {
            return;
        }
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(text),
            _ => out.push(Piece {
                op,
                text: text.to_owned(),
            }),
        }
    };
    let mut i = 0;
    while i < changes.len() {
        if changes[i].0 == ChangeTag::Equal {
            push(&mut out, "equal", changes[i].1);
            i += 1;
            continue;
        }
        // A run of changes, possibly with blank equal tokens between changed words.
        let (mut del, mut ins) = (String::new(), String::new());
        let mut j = i;
        while j < changes.len() {
            let (tag, v) = changes[j];
            match tag {
                ChangeTag::Delete => del.push_str(v),
                ChangeTag::Insert => ins.push_str(v),
                ChangeTag::Equal => {
                    let next_changes = changes
                        .get(j + 1)
                        .is_some_and(|(t, _)| *t != ChangeTag::Equal);
                    if v.trim().is_empty() && next_changes {
                        del.push_str(v);
                        ins.push_str(v);
                    } else {
                        break;
                    }
                }
            }
            j += 1;
        }
        if !del.trim().is_empty() {
            push(&mut out, "delete", &del);
        }
        if !ins.trim().is_empty() {
            push(&mut out, "insert", &ins);
        }
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaning_and_shortening() {
        assert_eq!(
            clean_clause("- **Les agents**  vérifient\n  les contenus."),
            "Les agents vérifient les contenus."
        );
        assert_eq!(
            clean_clause("3. Il est interdit de saisir."),
            "Il est interdit de saisir."
        );
        assert_eq!(clean_clause("| ChatGPT | interdit |"), "ChatGPT ; interdit");
        assert_eq!(shorten("un deux trois quatre", 12), "un deux…");
        assert_eq!(
            with_lead_in(
                Some("Dans ce cadre. Il est interdit :"),
                "de saisir des données ;"
            ),
            "Il est interdit de saisir des données."
        );
    }

    #[test]
    fn similarity_and_diff() {
        let a = "les agents doivent verifier les contenus produits";
        let b = "les agents peuvent verifier les contenus produits";
        assert!(word_similarity(a, b) > 0.7);
        let d = word_diff(
            "Les agents doivent vérifier.",
            "Les agents peuvent vérifier.",
        );
        assert!(d
            .iter()
            .any(|p| p.op == "delete" && p.text.contains("doivent")));
        assert!(d
            .iter()
            .any(|p| p.op == "insert" && p.text.contains("peuvent")));
        let x = WordBag::from_texts(["donnees personnelles interdites"]);
        let y = WordBag::from_texts(["donnees personnelles"]);
        assert!(x.cosine(&y) > 0.5 && x.cosine(&y) <= 1.0);
    }

    #[test]
    fn long_texts_compare_the_same_on_any_machine() {
        let long_a = "les agents verifient les contenus ".repeat(MAX_DIFF_WORDS);
        let long_b = "les agents relisent les contenus ".repeat(MAX_DIFF_WORDS);
        let s = word_similarity(&long_a, &long_b);
        assert!(s > 0.5 && s < 1.0, "{s}");
        assert_eq!(s.to_bits(), word_similarity(&long_a, &long_b).to_bits());
        let d = word_diff(&long_a, &long_b);
        assert_eq!(
            d.iter().map(|p| p.op).collect::<Vec<_>>(),
            ["delete", "insert"]
        );
        // No wall-clock limit anywhere in the comparison code: results must not depend on machine speed.
        for source in [
            include_str!("text.rs"),
            include_str!("../references/diff.rs"),
        ] {
            let timeout = [".time", "out("].concat();
            let deadline = ["dead", "line("].concat();
            assert!(!source.contains(&timeout) && !source.contains(&deadline));
        }
    }
}
