//! Tools a charter names itself (« l'assistant Avalia », « l'outil « Scribe » », « Argentia, l'IA de la
//! métropole »): each becomes a mention of the concept `tool.local`, a kind of generative AI tool the authority
//! provides, so contradiction checks can reason about it like about `ChatGPT`.

use crate::lexicon::normalize::{is_word_byte, normalize};
use crate::lexicon::{Hit, Lexicon, Tag};
use crate::model::Charter;
use aho_corasick::AhoCorasick;
use regex::Regex;
use std::sync::LazyLock;

static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:assistant|outil|solution|plateforme|agent conversationnel|robot conversationnel|chatbot|IA|application|logiciel|module)(?:\s+(?:d['’]IA|d['’]intelligence artificielle|générative|génératif|interne|municipale?|départementale?|métropolitaine?|régionale?|communautaire|maison|conversationnelle?|dédiée?|sécurisée?|validée?|de transcription|de la (?:[Vv]ille|commune|collectivité|[Mm]étropole|[Rr]égion)|du (?:[Dd]épartement|syndicat|CIAS|CCAS)))*\s*[«“\x22]?\s?(\p{Lu}[\p{L}0-9]+(?:[-'’\s]\p{Lu}[\p{L}0-9]+)?)",
    )
    .expect("valid regex")
});
static AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(\p{Lu}[\p{L}0-9]{3,}(?:[-'’]\p{Lu}[\p{L}0-9]+)?)\s*(?:\*\*|\*|_|»|\x22)?\s*(?:,\s*(?:l['’]|notre |un |une |son |sa )?|\(\s*|[:–—-]\s*(?:l['’]|un |une |notre )?|\s+(?:est|désigne)\s+(?:l['’]|un |une |notre ))(?:assistant|outil|IA |IA,|intelligence artificielle|robot|agent conversationnel|solution|chatbot|logiciel|module d['’]IA)",
    )
    .expect("valid regex")
});

/// A name right after a verb of using an assistant (« peuvent utiliser Belia pour… », « interroger Sorbelle »,
/// « demander à Ecrivia de… »): the charter's own tool, named without a noun that says so.
static USED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:utiliser|utilisent|utilise|utilisez|recourir à|recourent à|recourt à|interroger|interrogent|interrogez|demander à|demandent à|demande à|saisir dans|saisissent dans|saisissez dans|confier à|confient à|confiez à|soumettre à|soumettent à|faire appel à|font appel à)\s+[«“\x22]?\s?(\p{Lu}[\p{L}0-9]+(?:[-'’\s]\p{Lu}[\p{L}0-9]+)?)\b",
    )
    .expect("valid regex")
});

/// A name the charter gives a tool in so many words (« On appelle « Limpide » le module d'IA… », « ci-après
/// « Orbia » »), or a name after « faire + infinitive + par » (« faire résumer par Pervenche », « faire établir par
/// Brionne-Assistant »): the agent of a task the authority has a tool do.
static NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:\b(?:[Oo]n appelle|[Nn]ous appelons|ci-après(?: dénommée?| appelée?| désignée?)?|dénommée?s?|baptisée?s?|appelée?s?)\s+[«“\x22]\s?(\p{Lu}[\p{L}0-9]+(?:[-'’\s]\p{Lu}[\p{L}0-9]+)?)\s?[»”\x22]|\b(?:faire|fait|font|faites|fasse)\s+\p{Ll}+\s+par\s+(\p{Lu}[\p{L}0-9]+(?:[-'’]\p{Lu}[\p{L}0-9]+)?)\b)",
    )
    .expect("valid regex")
});

/// A FAQ that asks what a name is and answers that it is an assistant or a tool (« **Qu'est-ce qu'Albia ?** C'est
/// l'assistant de la communauté de communes »).
static ASKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"[Qq]u['’]est-ce qu(?:e\s+|['’])\s*[«“\x22]?\s?(\p{Lu}[\p{L}0-9]+(?:[-'’]\p{Lu}[\p{L}0-9]+)?)\s?[»”\x22]?\s*\?[*_\s]*(?:C['’]est|Il s['’]agit d['’]?|Elle est|Il est)\s*(?:l['’]|un |une |de l['’]|d['’]un |d['’]une |notre )?(?:assistant|outil|IA |IA,|intelligence artificielle|agent conversationnel|robot|solution|chatbot|logiciel|module)",
    )
    .expect("valid regex")
});

/// Office and web software named after a verb of use that are no AI tool of the authority.
const NOT_AI: &[&str] = &[
    "Word",
    "Excel",
    "PowerPoint",
    "Outlook",
    "Teams",
    "Office",
    "LibreOffice",
    "OpenOffice",
    "Zoom",
    "Windows",
    "Internet",
    "Chrome",
    "Firefox",
    "Edge",
    "Légifrance",
    "Google",
    "Microsoft",
    "Zimbra",
    "Thunderbird",
    "Acrobat",
    "Adobe",
    "Photoshop",
    "Canva",
    "Wikipédia",
    "Wikipedia",
    "YouTube",
    "Facebook",
];

/// The header of a table's first column when that column lists tools, normalised.
const TOOL_COLUMNS: &[&str] = &[
    "outil",
    "outils",
    "outil d'ia",
    "outils d'ia",
    "nom de l'outil",
    "solution",
    "solutions",
    "logiciel",
    "assistant",
    "application",
];

/// A tool's name alone in a cell: one or two capitalised words.
static NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{L}0-9]{2,}(?:[-'’\s]\p{Lu}[\p{L}0-9]+)?$").expect("valid regex")
});

/// Capitalised words that are not tool names.
const STOP: &[&str] = &[
    "Le",
    "La",
    "Les",
    "Un",
    "Une",
    "Il",
    "Elle",
    "Ils",
    "Ce",
    "Cet",
    "Cette",
    "Ces",
    "Pour",
    "Dans",
    "Sur",
    "Son",
    "Sa",
    "DSI",
    "RGPD",
    "IA",
    "CNIL",
    "France",
    "Europe",
    "UE",
    "Union",
    "Tout",
    "Toute",
    "Tous",
    "Aucun",
    "Aucune",
    "Chaque",
    "En",
    "Au",
    "Aux",
    "Du",
    "Des",
    "De",
    "Et",
    "Ou",
    "Si",
    "Lorsque",
    "Article",
    "Titre",
    "Chapitre",
    "Annexe",
    "Mistral",
    "Microsoft",
    "Google",
    "OpenAI",
    "Agent",
    "Agents",
    "Ville",
    "Commune",
    "Département",
    "Région",
    "Métropole",
    "AIPD",
    "DPO",
    "RSSI",
    "AI",
    "Act",
    "SecNumCloud",
    "Open",
    "Source",
    "Copilot",
    "ChatGPT",
    "Gemini",
    "Claude",
    "DeepL",
    "Albert",
    "Perplexity",
    "Le Chat",
    "Madame",
    "Monsieur",
    "Mme",
    "Maire",
    "Président",
    "Présidente",
    "Chat",
    // Words that open a warning or a tip (« Attention : une IA peut se tromper »), not a tool's name.
    "Attention",
    "Important",
    "Rappel",
    "Remarque",
    "Note",
    "Nota",
    "Exemple",
    "Conseil",
    "Astuce",
    "Vigilance",
];

/// True when `word` is one of [`STOP`], whatever its case (« LE » in a title written in capitals).
fn stopped(word: &str) -> bool {
    let lower = || word.chars().flat_map(char::to_lowercase);
    STOP.iter()
        .any(|s| s.chars().flat_map(char::to_lowercase).eq(lower()))
}

/// Adds a name found by a pattern to `names`, unless it is a stop word, office software, too short, a name the
/// ontology already knows (ChatGPT, Albert… keep their own concept) or already there.
fn admit(name: &str, names: &mut Vec<String>, lx: &Lexicon) {
    let first = name.split([' ', '-']).next().unwrap_or(name);
    if stopped(first) || stopped(name) || NOT_AI.contains(&first) || name.chars().count() < 3 {
        return;
    }
    let norm = normalize(name).text;
    let known = lx
        .scan(&norm)
        .iter()
        .any(|h| matches!(h.tag, Tag::Concept(_)) && h.start == 0 && h.end == norm.len());
    if !known && !names.iter().any(|n| normalize(n).text == norm) {
        names.push(name.to_owned());
    }
}

/// The local tool names of a charter and a matcher over their normalised forms.
pub(crate) struct LocalTools {
    /// Names as written (first occurrence).
    pub names: Vec<String>,
    matcher: Option<AhoCorasick>,
}

impl LocalTools {
    /// Finds the names a charter gives its own tools.
    pub(crate) fn find(charter: &Charter, lx: &Lexicon) -> LocalTools {
        let mut names: Vec<String> = Vec::new();
        let texts = charter
            .clauses
            .iter()
            .map(|c| c.text.as_str())
            .chain(charter.sections.iter().map(|s| s.title.as_str()));
        // A table of tools (« | Outil | Fournisseur | … | ») names one tool per row in its first column.
        let table_names = charter.clauses.iter().filter_map(|c| {
            let header = normalize(c.cell_headers.first()?).text;
            let is_tool_column =
                TOOL_COLUMNS.contains(&header.trim_matches(|ch: char| !ch.is_alphanumeric()));
            let &(s, e) = c.cells.first()?;
            let cell = c
                .text
                .get(s..e)?
                .trim()
                .trim_matches(|ch: char| ch == '*' || ch == '_');
            // A gloss after the name (« Vitalis (module du logiciel de médecine) ») says what it is.
            let cell = cell
                .split_once(" (")
                .filter(|(_, gloss)| gloss.ends_with(')'))
                .map_or(cell, |(name, _)| name.trim());
            // A row that marks its tool as refused (« non validé », « interdit ») names no tool of the authority.
            let row = normalize(&c.text).text;
            let refused = ["non ", "interdit", "proscrit", "exclu"]
                .iter()
                .any(|w| row.contains(w));
            (is_tool_column && !refused && NAME.is_match(cell)).then_some(cell)
        });
        for name in table_names {
            let first = name.split([' ', '-']).next().unwrap_or(name);
            let norm = normalize(name).text;
            // A cell naming a tool the ontology knows (« DeepL gratuit ») is that tool, not a local one.
            let known = lx
                .scan(&norm)
                .iter()
                .any(|h| matches!(h.tag, Tag::Concept(_)));
            if !known && !stopped(first) && !names.iter().any(|n| normalize(n).text == norm) {
                names.push(name.to_owned());
            }
        }
        for text in texts {
            for re in [&*BEFORE, &*AFTER, &*USED, &*NAMED] {
                for c in re.captures_iter(text) {
                    let Some(m) = c.get(1).or_else(|| c.get(2)) else {
                        continue;
                    };
                    admit(m.as_str().trim(), &mut names, lx);
                }
            }
        }
        // A question heading and the first paragraph under it (« **Qu'est-ce qu'Albia ?** C'est l'assistant … »).
        let asked = charter.sections.iter().filter_map(|s| {
            let &first = s.clauses.first()?;
            let title = s
                .title
                .trim()
                .trim_matches(|ch: char| ch == '*' || ch == '_');
            Some(format!("{title} {}", charter.clauses.get(first)?.text))
        });
        for text in asked {
            for c in ASKED.captures_iter(&text) {
                admit(c[1].trim(), &mut names, lx);
            }
        }
        let patterns: Vec<String> = names.iter().map(|n| normalize(n).text).collect();
        let matcher = if patterns.is_empty() {
            None
        } else {
            AhoCorasick::new(&patterns).ok()
        };
        LocalTools { names, matcher }
    }

    /// Mentions of local tools in a normalised text, as hits of the concept `concept`.
    pub(crate) fn scan(&self, norm: &str, concept: u16) -> Vec<Hit> {
        let Some(m) = &self.matcher else {
            return Vec::new();
        };
        let b = norm.as_bytes();
        m.find_iter(norm)
            .filter(|x| {
                (x.start() == 0 || !is_word_byte(b[x.start() - 1]))
                    && (x.end() == b.len() || !is_word_byte(b[x.end()]))
            })
            .map(|x| Hit {
                start: x.start(),
                end: x.end(),
                tag: Tag::Concept(concept),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{parse_text, Format};

    #[test]
    fn finds_names_the_charter_gives_its_tools() {
        let text = "# Charte\n\nLes agents utilisent l'assistant Avalia. L'outil « Scribe » transcrit les réunions. Argentia, l'assistant de la métropole, est validé. Les agents peuvent utiliser ChatGPT.\n\n- **Ondine** : assistant d'IA générative de la Ville.\n- *Valia* : l'assistant du Département.\n\n| Outil | Hébergement |\n|---|---|\n| Corneille | régie |\n| DeepL gratuit | éditeur |\n| usage libre | x |\n";
        let parsed = parse_text("a.md", text.to_owned(), Format::Markdown);
        let tools = LocalTools::find(&parsed.charter.unwrap(), Lexicon::global());
        assert_eq!(
            tools.names,
            [
                "Corneille",
                "Avalia",
                "Scribe",
                "Argentia",
                "Ondine",
                "Valia"
            ]
        );
    }

    #[test]
    fn a_faq_a_definition_and_a_glossed_cell_name_a_tool() {
        let text = "# FAQ\n\n**Qu'est-ce qu'Albia ?**\n\nC'est l'assistant de la communauté de communes.\n\nOrvia désigne l'assistant d'IA du Département.\n\n| Outil | Statut |\n|---|---|\n| Vitalis (module du logiciel de médecine) | Autorisé |\n\n**Qu'est-ce que Légifrance ?**\n\nC'est le site de diffusion du droit.\n";
        let parsed = parse_text("a.md", text.to_owned(), Format::Markdown);
        let tools = LocalTools::find(&parsed.charter.unwrap(), Lexicon::global());
        assert_eq!(tools.names, ["Vitalis", "Orvia", "Albia"]);
    }

    #[test]
    fn a_hyphenated_name_is_one_name_and_a_warning_is_none() {
        let text = "# Note\n\nOrbe-Assist est l'assistant du SDIS. Les agents peuvent utiliser Vigil'Aroise.\n\nAttention : une IA peut se tromper.\n";
        let parsed = parse_text("a.md", text.to_owned(), Format::Markdown);
        let tools = LocalTools::find(&parsed.charter.unwrap(), Lexicon::global());
        assert_eq!(tools.names, ["Orbe-Assist", "Vigil'Aroise"]);
    }
}

/// « « EIVP » désigne l'étude d'impact sur la vie privée », « délégué à la protection des données (DPD) »: acronyms
/// a charter defines for itself, mapped to the topics of the phrase they stand for.
static DEFINED_AS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[«\x22“]\s*([A-ZÉÈ]{2,8})\s*[»\x22”]\s*(?:désigne|désignent|signifie|s['’]entend(?: de| comme)?|correspond à)\s+([^.;]{5,160})")
        .expect("valid regex")
});
static IN_PARENS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([^().;:]{5,160}?)\s*\(\s*([A-ZÉÈ]{2,8})\s*\)").expect("valid regex")
});

/// Concept hits for the product names that are common words in lower case (`cased_terms` of
/// `data/lexicon/objects.toml`, « Le Chat »), where `original` writes them with their capitals.
pub(crate) fn capitalised_products(
    norm: &crate::lexicon::normalize::Normalized,
    original: &str,
    lx: &Lexicon,
) -> Vec<Hit> {
    let b = norm.text.as_bytes();
    let mut out = Vec::new();
    for (name, written, c) in &lx.cased {
        for (at, _) in norm.text.match_indices(name.as_str()) {
            let end = at + name.len();
            let bounded =
                (at == 0 || !is_word_byte(b[at - 1])) && (end == b.len() || !is_word_byte(b[end]));
            let (os, oe) = norm.original(at, end);
            if bounded
                && original
                    .get(os..oe)
                    .is_some_and(|w| same_capitals(w, written))
            {
                out.push(Hit {
                    start: at,
                    end,
                    tag: Tag::Concept(*c),
                });
            }
        }
    }
    out
}

/// True when every capital of `written` after its first letter is a capital in `text` too (spacing aside): « le
/// Chat » writes « Le Chat », « Le chat » does not.
fn same_capitals(text: &str, written: &str) -> bool {
    let letters = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<Vec<_>>();
    let (t, w) = (letters(text), letters(written));
    t.len() == w.len()
        && t.iter()
            .zip(&w)
            .skip(1)
            .all(|(a, b)| !b.is_uppercase() || a.is_uppercase())
}

/// Acronyms defined by the charter, with the topics their expansion names.
pub(crate) struct Acronyms {
    /// (acronym as written, topics).
    pub defined: Vec<(String, Vec<crate::model::Topic>)>,
    matcher: Option<AhoCorasick>,
}

impl Acronyms {
    /// Finds the acronyms a charter defines.
    pub(crate) fn find(charter: &Charter, lx: &Lexicon) -> Acronyms {
        let mut defined: Vec<(String, Vec<crate::model::Topic>)> = Vec::new();
        for clause in &charter.clauses {
            let pairs = DEFINED_AS
                .captures_iter(&clause.text)
                .filter_map(|c| {
                    Some((c.get(1)?.as_str().to_owned(), c.get(2)?.as_str().to_owned()))
                })
                .chain(IN_PARENS.captures_iter(&clause.text).filter_map(|c| {
                    Some((c.get(2)?.as_str().to_owned(), c.get(1)?.as_str().to_owned()))
                }));
            for (acronym, phrase) in pairs {
                let norm = normalize(&acronym).text;
                // Acronyms the lexicon already knows (AIPD, DPO…) keep their meaning.
                if lx
                    .scan(&norm)
                    .iter()
                    .any(|h| h.start == 0 && h.end == norm.len())
                    || defined.iter().any(|(a, _)| *a == acronym)
                {
                    continue;
                }
                // The expansion is the end of the phrase, right before the parenthesis.
                let words: Vec<&str> = phrase.split_whitespace().collect();
                let tail = words[words.len().saturating_sub(10)..].join(" ");
                let n = normalize(&tail);
                let mut topics: Vec<crate::model::Topic> = lx
                    .scan(&n.text)
                    .iter()
                    .filter_map(|h| {
                        if let Tag::Term(t) = h.tag {
                            Some(t)
                        } else {
                            None
                        }
                    })
                    .collect();
                topics.dedup();
                if !topics.is_empty() {
                    defined.push((acronym, topics));
                }
            }
        }
        let patterns: Vec<String> = defined.iter().map(|(a, _)| normalize(a).text).collect();
        let matcher = if patterns.is_empty() {
            None
        } else {
            AhoCorasick::new(&patterns).ok()
        };
        Acronyms { defined, matcher }
    }

    /// Topic hits for every use of a defined acronym written in capitals in `original`.
    pub(crate) fn scan(
        &self,
        norm: &crate::lexicon::normalize::Normalized,
        original: &str,
    ) -> Vec<Hit> {
        let Some(m) = &self.matcher else {
            return Vec::new();
        };
        let b = norm.text.as_bytes();
        let mut out = Vec::new();
        for x in m.find_iter(&norm.text) {
            let bounded = (x.start() == 0 || !is_word_byte(b[x.start() - 1]))
                && (x.end() == b.len() || !is_word_byte(b[x.end()]));
            let (os, oe) = norm.original(x.start(), x.end());
            let capitals = original
                .get(os..oe)
                .is_some_and(|w| w.chars().all(|c| !c.is_lowercase()));
            if bounded && capitals {
                for t in &self.defined[x.pattern().as_usize()].1 {
                    out.push(Hit {
                        start: x.start(),
                        end: x.end(),
                        tag: Tag::Term(*t),
                    });
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod acronym_tests {
    use super::*;
    use crate::parse::{parse_text, Format};

    #[test]
    fn le_chat_is_a_product_only_with_its_capital() {
        let lx = Lexicon::global();
        let found = |t: &str| capitalised_products(&normalize(t), t, lx).len();
        assert_eq!(
            found("Les agents peuvent interroger Le Chat pour préparer une étude."),
            1
        );
        assert_eq!(found("Le chat de l'accueil répond aux usagers."), 0);
        assert_eq!(found("Un agent interroge le Chat de Mistral AI."), 1);
        assert_eq!(found("LE CHAT est interdit."), 1);
        assert_eq!(found("la chatte et le chaton"), 0);
    }

    #[test]
    fn learns_acronyms_the_charter_defines() {
        let text = "# Charte\n\n« EIVP » désigne l'étude d'impact sur la vie privée.\n\nUne EIVP précède tout projet.\n";
        let parsed = parse_text("a.md", text.to_owned(), Format::Markdown);
        let a = Acronyms::find(&parsed.charter.unwrap(), Lexicon::global());
        assert_eq!(a.defined.len(), 1);
        assert_eq!(a.defined[0].0, "EIVP");
        assert!(a.defined[0].1.contains(&crate::model::Topic::GdprDpia));
    }
}
