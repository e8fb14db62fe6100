//! RGPD020: a GDPR article number that does not exist, or that governs another subject than the one named.

use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::grammar::Instrument;
use crate::lexicon::Tag;
use crate::model::Span;
use crate::rules::{Context, Rule};

/// Words that may stand between a subject and the article it is attached to: « droit à l'effacement (article 17
/// du RGPD) », « l'analyse d'impact prévue à l'article 35 », « article 22 relatif aux décisions automatisées ».
/// Any other word in between means the subject belongs to another part of the sentence.
const LINKS: &[&str] = &[
    "",
    "l",
    "la",
    "le",
    "les",
    "a",
    "au",
    "aux",
    "de",
    "du",
    "des",
    "d",
    "par",
    "selon",
    "en",
    "application",
    "vertu",
    "conformement",
    "prevu",
    "prevue",
    "prevus",
    "prevues",
    "relatif",
    "relative",
    "relatifs",
    "relatives",
    "defini",
    "definie",
    "definis",
    "definies",
    "vise",
    "visee",
    "vises",
    "visees",
    "mentionne",
    "mentionnee",
    "consacre",
    "consacree",
    "garanti",
    "garantie",
    "enonce",
    "enoncee",
    "article",
    "articles",
    "art",
    "rgpd",
    "reglement",
    "cf",
    "sur",
    "portant",
    "qui",
    "encadre",
    "encadree",
    "regit",
    "dispose",
    "ue",
    "2016",
    "679",
    "general",
    "protection",
    "donnees",
    "voir",
    "et",
];

/// At most this many words between a subject and its article.
const MAX_GAP_WORDS: usize = 8;

/// An article cited in a sentence: number, source span, normalised range, and every number of its group.
type Cited = (u32, Span, (usize, usize), Vec<u32>);

/// True when the text between a subject and an article is only linking words.
fn attached(gap: &str) -> bool {
    let words: Vec<&str> = gap
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= MAX_GAP_WORDS
        && words
            .iter()
            .all(|w| LINKS.contains(w) || w.chars().all(|c| c.is_ascii_digit()))
}

declare_rule! {
    /// ## Ce que vérifie la règle
    /// La charte cite un article du RGPD qui n'existe pas (le règlement compte 99 articles), ou un article pour un
    /// sujet qu'il ne régit pas : « droit à l'effacement (article 15) » alors que l'article 15 porte sur le droit
    /// d'accès et l'effacement sur l'article 17. La table de ce que régit chaque article est une donnée
    /// (`data/rgpd_articles.toml`).
    ///
    /// ## Pourquoi
    /// Un agent ou un usager qui suit la référence tombe sur une autre règle ; une erreur d'article décrédibilise
    /// toute la charte auprès du DPO et du contrôle de légalité.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Charte IA
    /// ## Droits des personnes
    /// Les usagers peuvent exercer leur droit à l'effacement (article 15 du RGPD) auprès du DPO.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Charte IA
    /// ## Droits des personnes
    /// Les usagers peuvent exercer leur droit à l'effacement (article 17 du RGPD) auprès du DPO.
    /// ```
    ///
    /// ## Base légale
    /// Règlement (UE) 2016/679 (RGPD), art. 1 à 99.
    ///
    /// ## Références
    /// - EUR-Lex, CELEX 32016R0679 : <https://eur-lex.europa.eu/eli/reg/2016/679/oj>
    pub struct WrongGdprArticle {
        code: "RGPD020",
        name: "wrong-gdpr-article",
        family: Rgpd,
        severity: Error,
        topics: [],
        legal_basis: "Règlement (UE) 2016/679 (RGPD), art. 1 à 99",
        summary_fr: "un article du RGPD cité n'existe pas ou ne régit pas le sujet nommé",
        summary_en: "a cited GDPR article does not exist or does not govern the subject named",
        docs_en: "
## What it checks
The charter cites a GDPR article that does not exist (there are 99), or an article for a subject it does not govern:
\"right to erasure (article 15)\" while article 15 is the right of access and erasure is article 17. The table of
what each article governs is data (`data/rgpd_articles.toml`).

## Why
Readers who follow the reference land on another rule; a wrong article discredits the charter.

## Legal basis
Regulation (EU) 2016/679 (GDPR), art. 1–99.

## References
- EUR-Lex, CELEX 32016R0679: <https://eur-lex.europa.eu/eli/reg/2016/679/oj>
",
    }
}

impl Rule for WrongGdprArticle {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let lx = cx.lexicon;
        for (ci, clause) in cx.charter.clauses.iter().enumerate() {
            let info = &cx.analysis.clauses[ci];
            for (si, s) in clause.sentences.iter().enumerate() {
                let hits = cx.analysis.sentence_hits((ci, si));
                let subjects: Vec<_> = hits
                    .iter()
                    .filter_map(|h| {
                        if let Tag::RgpdSubject(n) = h.tag {
                            Some((h, n))
                        } else {
                            None
                        }
                    })
                    .collect();
                // Articles cited: explicit RGPD references, and bare « article N » next to a GDPR subject. Each
                // citation keeps its normalised range and every number of its group (« articles 15 à 22 »).
                let mut cited: Vec<Cited> = Vec::new();
                for r in &s.legal_refs {
                    if r.value.instrument != Instrument::Rgpd {
                        continue;
                    }
                    let group: Vec<u32> = r
                        .value
                        .articles
                        .iter()
                        .filter_map(|a| a.number.trim().parse::<u32>().ok())
                        .collect();
                    let range = (
                        info.norm.from_original(r.start),
                        info.norm.from_original(r.end),
                    );
                    for &n in &group {
                        cited.push((n, clause.source_span(r.start, r.end), range, group.clone()));
                    }
                }
                if cited.is_empty() && !subjects.is_empty() && s.legal_refs.is_empty() {
                    let (a, b) = info.sentence_ranges[si];
                    let text = &info.norm.text[a..b];
                    for key in ["article ", "art. ", "art "] {
                        let mut from = 0;
                        while let Some(i) = text[from..].find(key) {
                            let at = from + i + key.len();
                            let digits: String = text[at..]
                                .chars()
                                .take_while(char::is_ascii_digit)
                                .collect();
                            if let Ok(n) = digits.parse::<u32>() {
                                let range = (a + from + i, a + at + digits.len());
                                let span = cx.analysis.span_of(cx.charter, ci, range.0, range.1);
                                cited.push((n, span, range, vec![n]));
                            }
                            from = at;
                        }
                    }
                }
                for (n, span, (rs, re), group) in cited {
                    if !(1..=99).contains(&n) {
                        out.push(
                            cx.finding(
                                Self::meta_static(),
                                span,
                                format!(
                                    "{} {n} {}",
                                    cx.t("l'article", "article"),
                                    cx.t(
                                        "n'existe pas dans le RGPD, qui compte 99 articles",
                                        "does not exist in the GDPR, which has 99 articles"
                                    )
                                ),
                            )
                            .with_help(cx.t(
                                "vérifiez le numéro sur EUR-Lex (règlement (UE) 2016/679)",
                                "check the number on EUR-Lex (Regulation (EU) 2016/679)",
                            )),
                        );
                        continue;
                    }
                    // The subject phrase attached to this citation, just before or just after it.
                    let text = &info.norm.text;
                    let attached_subject = subjects.iter().find(|(h, _)| {
                        (h.end <= rs && attached(&text[h.end..rs]))
                            || (h.start >= re && attached(&text[re..h.start]))
                    });
                    let Some((h, _)) = attached_subject else {
                        continue;
                    };
                    // Every article this phrase may name.
                    let governs: Vec<u8> = hits
                        .iter()
                        .filter(|x| x.start == h.start && x.end == h.end)
                        .filter_map(|x| {
                            if let Tag::RgpdSubject(a) = x.tag {
                                Some(a)
                            } else {
                                None
                            }
                        })
                        .collect();
                    if governs.iter().any(|a| group.contains(&u32::from(*a))) {
                        continue;
                    }
                    let phrase_span = cx.analysis.span_of(cx.charter, ci, h.start, h.end);
                    let right: Vec<String> = governs
                        .iter()
                        .map(std::string::ToString::to_string)
                        .collect();
                    let cited_title = lx
                        .rgpd_articles
                        .iter()
                        .find(|a| u32::from(a.number) == n)
                        .map_or("", |a| a.title_fr.as_str());
                    out.push(
                        cx.finding(
                            Self::meta_static(),
                            span,
                            format!(
                                "{} {n} {} « {} » ({} {})",
                                cx.t("l'article", "article"),
                                cx.t("du RGPD ne régit pas", "of the GDPR does not govern"),
                                cx.text(phrase_span),
                                cx.t("il porte sur :", "it covers:"),
                                cited_title
                            ),
                        )
                        .with_label(phrase_span, cx.t("sujet nommé", "subject named"))
                        .with_help(format!(
                            "{} {}",
                            cx.t(
                                "ce sujet relève de l'article",
                                "this subject is governed by article"
                            ),
                            right.join(cx.t(" ou ", " or "))
                        )),
                    );
                    // One finding per citation group is enough.
                    break;
                }
            }
        }
    }
}
