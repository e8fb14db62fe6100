//! French sentence splitting that survives « art. », « n° », « cf. », « M. », numbers like « 5.1 », and list
//! markers left inside Word-converted paragraphs.

/// Words after which a period does not end a sentence (lowercase, without accents).
const ABBREVIATIONS: &[&str] = &[
    "art", "arts", "cf", "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "n", "no", "p", "pp", "al",
    "ex", "env", "min", "max", "ref", "ibid", "op", "cit", "vol", "chap", "sect", "ann", "spec",
    "fig", "tel", "st", "ste", "av", "bd", "ca", "ie", "eg", "ss", "s", "r", "l", "d", "c", "a",
    "b", "e", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "nb", "hab", "coll",
    "dir", "ed", "trad", "approx",
];

/// Words after which a single letter or a roman numeral is a label, not an initial: « joint en annexe C. Liste … »,
/// « voir la pièce B. », « le lot II. » end their sentence (lowercase, without accents).
const LABELS: &[&str] = &[
    "annexe",
    "annexes",
    "piece",
    "pieces",
    "lot",
    "lots",
    "partie",
    "titre",
    "chapitre",
    "section",
    "tableau",
    "figure",
    "point",
    "categorie",
    "niveau",
    "classe",
    "zone",
    "batiment",
    "option",
    "scenario",
    "variante",
    "type",
    "phase",
    "etape",
    "volet",
    "tranche",
];

fn fold_word(w: &str) -> String {
    crate::lexicon::normalize::normalize_term(w).replace(['.', ' '], "")
}

/// Byte ranges of the sentences of `text` (trimmed, never empty).
pub(crate) fn split(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let mut i = 0;
    while i < n {
        let (pos, c) = chars[i];
        let mut boundary_end = None;
        if matches!(c, '.' | '!' | '?' | '…') {
            // Closing quotes/brackets stay with the sentence.
            let mut j = i + 1;
            loop {
                while j < n && matches!(chars[j].1, '»' | '"' | '”' | ')' | '’' | '\'' | '.') {
                    j += 1;
                }
                // « Vérifiez. » : spaces before a closing guillemet belong to the sentence too.
                let mut k = j;
                while k < n && matches!(chars[k].1, ' ' | '\u{a0}' | '\u{202f}') {
                    k += 1;
                }
                if k < n && k > j && matches!(chars[k].1, '»' | '”') {
                    j = k;
                    continue;
                }
                break;
            }
            let end = if j < n { chars[j].0 } else { text.len() };
            let followed_by_space = j >= n || chars[j].1.is_whitespace();
            let mut k = j;
            while k < n && chars[k].1.is_whitespace() {
                k += 1;
            }
            let next_starts = k >= n
                || chars[k].1.is_uppercase()
                || chars[k].1.is_ascii_digit()
                || matches!(
                    chars[k].1,
                    '«' | '"' | '“' | '•' | '-' | '–' | '*' | '(' | '['
                );
            if c == '.' && followed_by_space && next_starts {
                let word_start = text[..pos]
                    .char_indices()
                    .rev()
                    .find(|(_, ch)| !ch.is_alphanumeric() && *ch != '.')
                    .map_or(0, |(x, ch)| x + ch.len_utf8());
                let word = fold_word(&text[word_start..pos]);
                let labelled = word.chars().count() <= 4 && {
                    let before = text[..word_start].trim_end();
                    let prev = before
                        .rsplit(|ch: char| !ch.is_alphanumeric())
                        .next()
                        .unwrap_or("");
                    LABELS.contains(&fold_word(prev).as_str())
                };
                let is_abbrev = ABBREVIATIONS.contains(&word.as_str()) && !labelled;
                if !is_abbrev || k >= n {
                    boundary_end = Some(end);
                }
            } else if c != '.' && followed_by_space && next_starts {
                boundary_end = Some(end);
            }
        } else if c == '\n' {
            // A list marker at the start of the next line (bullets pasted from Word, or the boxes of a checklist,
            // « ☐ E2 Ni le titulaire… ») starts a new sentence.
            let mut k = i + 1;
            while k < n && (chars[k].1 == ' ' || chars[k].1 == '\t' || chars[k].1 == '\r') {
                k += 1;
            }
            if k < n
                && matches!(
                    chars[k].1,
                    '•' | '▪' | '◦' | '–' | '-' | '·' | '➢' | '✓' | '☐' | '☑' | '☒' | '□'
                )
            {
                boundary_end = Some(pos);
            }
        } else if c == ';' {
            // « • on évite de relancer une demande ; • on préfère un modèle… » : Word joins a list into one
            // paragraph; a bullet after the semicolon starts the next item, as on its own line.
            let mut k = i + 1;
            while k < n && matches!(chars[k].1, ' ' | '\t' | '\u{a0}' | '\u{202f}') {
                k += 1;
            }
            if k > i + 1 && k < n && matches!(chars[k].1, '•' | '▪' | '◦' | '➢' | '✓') {
                boundary_end = Some(chars[k].0);
            }
        }
        if let Some(end) = boundary_end {
            // « 8.3. L'agent… »: a bare number is the clause's numbering, not a sentence.
            if text[start..end].chars().any(char::is_alphabetic) {
                push_trimmed(text, start, end, &mut out);
                start = end;
            }
        }
        i += 1;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    if start >= end {
        return;
    }
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let t = slice.trim();
    if t.chars().any(char::is_alphanumeric) {
        out.push((start + lead, start + lead + t.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_after_a_label_ends_its_sentence() {
        let t =
            "L'accord est joint en annexe C. Liste complète des sous-traitants : deux sociétés.";
        assert_eq!(split(t).len(), 2);
        // An initial still does not: « signé par C. Dupont. »
        assert_eq!(
            split("Le courrier est signé par C. Dupont. Il part demain.").len(),
            2
        );
    }

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn splits_french_sentences() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Il est interdit. Les agents peuvent.",
                &["Il est interdit.", "Les agents peuvent."],
            ),
            (
                "Voir l'art. 35 du RGPD. Puis.",
                &["Voir l'art. 35 du RGPD.", "Puis."],
            ),
            (
                "Selon la loi n° 78-17, cf. M. Dupont. Fin.",
                &["Selon la loi n° 78-17, cf. M. Dupont.", "Fin."],
            ),
            (
                "Le point 5.1 s'applique. Ensuite ?",
                &["Le point 5.1 s'applique.", "Ensuite ?"],
            ),
            (
                "Des outils (ChatGPT, etc.) sont visés.",
                &["Des outils (ChatGPT, etc.) sont visés."],
            ),
            (
                "Règles :\n• ne pas saisir\n• vérifier",
                &["Règles :", "• ne pas saisir", "• vérifier"],
            ),
            (
                "☐ E1 Le titulaire héberge en France.\n☐ E2 Ni le titulaire ni son hébergeur ne relèvent d'un État tiers.",
                &[
                    "☐ E1 Le titulaire héberge en France.",
                    "☐ E2 Ni le titulaire ni son hébergeur ne relèvent d'un État tiers.",
                ],
            ),
            (
                "« Vérifiez. » Ensuite, signalez.",
                &["« Vérifiez. »", "Ensuite, signalez."],
            ),
            ("Fin sans point", &["Fin sans point"]),
            (
                "• ne pas relancer ; • préférer un modèle ; • fermer la session.",
                &[
                    "• ne pas relancer ;",
                    "• préférer un modèle ;",
                    "• fermer la session.",
                ],
            ),
            (
                "8.3. L'agent signale. 9. Fin.",
                &["8.3. L'agent signale.", "9. Fin."],
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(sentences(input), *expected, "input: {input}");
        }
    }
}
