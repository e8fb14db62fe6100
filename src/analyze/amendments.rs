//! Amendments inside a charter: an avenant that replaces or repeals a whole article (« L'article 6 est remplacé par
//! les dispositions suivantes : … »). The old article no longer states anything: its values and norms contradict
//! neither the new text nor the rest of the charter. The words are data (`data/lexicon/values.toml`, `[amendment]`).

use crate::analyze::find_word;
use crate::lexicon::normalize::{is_word_byte, normalize};
use crate::model::Charter;
use serde::Deserialize;
use std::sync::LazyLock;

#[derive(Deserialize)]
struct File {
    amendment: Words,
}

#[derive(Deserialize)]
struct Words {
    article: Vec<String>,
    verbs: Vec<String>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let f: File = toml::from_str(include_str!("../../data/lexicon/values.toml"))
        .expect("data/lexicon/values.toml is valid");
    f.amendment
});

/// The numbers of the articles a normalised sentence replaces or repeals as a whole: « l'article 6 est remplace
/// par … » gives 6; « le 4° de l'article 4 est supprime » gives nothing (one item, not the article).
pub(crate) fn voided_articles(norm: &str) -> Vec<u32> {
    let mut out = Vec::new();
    for lead in &WORDS.article {
        let mut from = 0;
        while let Some(at) = norm.get(from..).and_then(|h| find_word(h, lead)) {
            let at = from + at;
            from = at + lead.len();
            // « … de l'article 4 »: the article is the complement of an item, not the subject.
            if norm[..at].trim_end().ends_with(" de") || norm[..at].trim_end().ends_with(" du") {
                continue;
            }
            let rest = norm[from..].trim_start();
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let Ok(n) = rest[..digits].parse::<u32>() else {
                continue;
            };
            let after = &rest[digits..];
            if after.bytes().next().is_some_and(is_word_byte) {
                continue;
            }
            // « est remplace », « sont remplacees », « est abroge » right after the number.
            let after = after.trim_start();
            let Some(verb) = ["est ", "sont "].iter().find_map(|c| after.strip_prefix(c)) else {
                continue;
            };
            if WORDS.verbs.iter().any(|v| verb.starts_with(v.as_str())) {
                out.push(n);
            }
        }
    }
    out
}

/// For each section of the charter, whether a later clause replaces or repeals it as a whole: its heading is
/// numbered « Article N » and a clause outside it says « l'article N est remplacé / abrogé / supprimé ».
pub(crate) fn voided_sections(charter: &Charter) -> Vec<bool> {
    let mut voided = vec![false; charter.sections.len()];
    let numbered: Vec<Option<u32>> = charter
        .sections
        .iter()
        .map(|s| {
            let n = normalize(s.number.as_deref().unwrap_or(&s.title)).text;
            let rest = n.strip_prefix("article ")?;
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            rest[..digits].parse().ok()
        })
        .collect();
    if numbered.iter().all(Option::is_none) {
        return voided;
    }
    for clause in &charter.clauses {
        let norm = normalize(&clause.text).text;
        for n in voided_articles(&norm) {
            for (i, num) in numbered.iter().enumerate() {
                if *num == Some(n) && clause.section != Some(i) {
                    voided[i] = true;
                }
            }
        }
    }
    // The sub-sections of a voided article go with it.
    for i in 0..voided.len() {
        let mut up = charter.sections[i].parent;
        while let Some(j) = up {
            if voided[j] {
                voided[i] = true;
                break;
            }
            up = charter.sections[j].parent;
        }
    }
    voided
}

#[cfg(test)]
mod tests {
    use super::voided_articles;

    #[test]
    fn a_whole_article_replaced_or_repealed_is_void() {
        assert_eq!(
            voided_articles("article a1 l'article 6 est remplace par les dispositions suivantes"),
            vec![6]
        );
        assert_eq!(voided_articles("l'article 12 est abroge"), vec![12]);
        assert_eq!(
            voided_articles("les dispositions de l'article 3 sont remplacees par"),
            vec![3]
        );
    }

    #[test]
    fn an_item_of_an_article_or_an_addition_voids_nothing() {
        assert!(voided_articles("le 4° de l'article 4 est supprime").is_empty());
        assert!(voided_articles("l'article 3 est complete par un alinea").is_empty());
        assert!(
            voided_articles("conformement a l'article 6 les donnees sont conservees").is_empty()
        );
        assert!(voided_articles("l'article 60 du reglement est applicable").is_empty());
    }
}
