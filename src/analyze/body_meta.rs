//! Metadata written in the body of a charter without front matter (Word, PDF, pasted web pages): the title line,
//! the authority (« Commune de … », « DÉPARTEMENT DU … »), the adoption act and its date (« Adoptée par
//! délibération du conseil municipal du 25 septembre 2025 »). Read from the title block (first lines) and the
//! signature (last paragraphs) only; the words are data (`data/lexicon/metadata.toml`), dates come from the
//! project's date grammar.

use crate::analyze::find_word;
use crate::grammar::{find_dates, CivilDate, DateKind};
use crate::lexicon::normalize::{normalize, normalize_term};
use crate::model::{Charter, Span};
use serde::Deserialize;
use std::sync::LazyLock;

const GENRE_TOML: &str = include_str!("../../data/lexicon/genre.toml");

/// Names of texts of rules (« charte », « politique »…), shared with STR010.
#[derive(Debug, Deserialize)]
struct Titles {
    titre_commence_par: Vec<String>,
}

static TITLES: LazyLock<Titles> = LazyLock::new(|| {
    let mut t: Titles = toml::from_str(GENRE_TOML).expect("data/lexicon/genre.toml is valid");
    for x in &mut t.titre_commence_par {
        *x = normalize_term(x);
    }
    t
});

const METADATA_TOML: &str = include_str!("../../data/lexicon/metadata.toml");

#[derive(Debug, Deserialize)]
struct Words {
    lignes_debut: usize,
    lignes_fin: usize,
    adoption: Vec<String>,
    adoption_seule: Vec<String>,
    pas_adoption: Vec<String>,
    instances: Vec<String>,
    autorites: Vec<String>,
    le_texte_lui_meme: Vec<String>,
    fin_de_nom: Vec<String>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut w: Words = toml::from_str(METADATA_TOML).expect("data/lexicon/metadata.toml is valid");
    for list in [
        &mut w.adoption,
        &mut w.adoption_seule,
        &mut w.pas_adoption,
        &mut w.instances,
        &mut w.autorites,
        &mut w.le_texte_lui_meme,
        &mut w.fin_de_nom,
    ] {
        for t in list.iter_mut() {
            *t = normalize_term(t);
        }
    }
    w
});

/// How far (normalised bytes) an adoption word may stand from its date (« Approuvée par le conseil
/// d'administration du 27 novembre 2025 », « Version 3.0 du 2 février 2026, approuvée par la direction »).
const NEAR: usize = 90;

/// A piece of text found in the body, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyText {
    /// The text as written (trimmed, markup removed).
    pub text: String,
    /// Where it is in the source.
    pub span: Span,
}

/// The adoption act found in the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyAdoption {
    /// Adoption date.
    pub date: CivilDate,
    /// The adopting body, when the act names it (« conseil municipal »).
    pub instance: Option<String>,
    /// The line that states it.
    pub span: Span,
    /// The act gives a month and no day (« approuvée en juin 2025 »): `date` is the 1st of that month.
    pub month_only: bool,
}

/// What the body says about the charter itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BodyMeta {
    /// Title line, when the document has no title or its title is the authority's name.
    pub title: Option<BodyText>,
    /// The authority named in the title block.
    pub authority: Option<BodyText>,
    /// The adoption act.
    pub adoption: Option<BodyAdoption>,
}

/// One line of the title block or the signature, with its source span.
struct Line {
    text: String,
    span: Span,
    /// A heading of the document (not a paragraph line).
    heading: bool,
}

/// The lines of a clause, each with its source span.
fn clause_lines(clause: &crate::model::Clause) -> Vec<Line> {
    let mut out = Vec::new();
    let mut at = 0;
    for raw in clause.text.split_inclusive('\n') {
        let trimmed = raw.trim_end_matches(['\n', '\r']);
        if !trimmed.trim().is_empty() {
            out.push(Line {
                text: trimmed.to_owned(),
                span: clause.source_span(at, at + trimmed.len()),
                heading: false,
            });
        }
        at += raw.len();
    }
    out
}

/// The title block (first elements: headings and paragraphs, in source order, as lines, and as whole
/// paragraphs) and the signature (last paragraphs).
fn head_and_tail(charter: &Charter) -> (Vec<Line>, Vec<Line>, Vec<Line>) {
    enum Item<'c> {
        Heading(&'c crate::model::Section),
        Clause(&'c crate::model::Clause),
    }
    let w = &*WORDS;
    let mut items: Vec<(Span, Item<'_>)> = charter
        .sections
        .iter()
        .map(|s| (s.span, Item::Heading(s)))
        .chain(charter.clauses.iter().map(|c| (c.span(), Item::Clause(c))))
        .collect();
    items.sort_by_key(|(s, _)| (s.start, s.end));
    let mut lines = Vec::new();
    let mut paragraphs = Vec::new();
    for (span, item) in items.iter().take(w.lignes_debut) {
        match item {
            Item::Heading(s) => {
                let l = Line {
                    text: s.title.clone(),
                    span: *span,
                    heading: true,
                };
                paragraphs.push(Line {
                    text: l.text.clone(),
                    span: l.span,
                    heading: true,
                });
                lines.push(l);
            }
            Item::Clause(c) => {
                lines.extend(clause_lines(c));
                paragraphs.push(Line {
                    text: with_headers(c),
                    span: *span,
                    heading: false,
                });
            }
        }
    }
    let n = charter.clauses.len();
    let tail = charter.clauses[n.saturating_sub(w.lignes_fin)..]
        .iter()
        .map(|c| Line {
            text: c.text.clone(),
            span: c.span(),
            heading: false,
        })
        .collect();
    (lines, paragraphs, tail)
}

/// A paragraph's text; a table row's cells each after its column header (« Approbation : Conseil d'administration du
/// 26 juin 2026 »), so that a header can name the act whose date stands in the cell.
fn with_headers(c: &crate::model::Clause) -> String {
    if c.cell_headers.is_empty() {
        return c.text.clone();
    }
    c.cells
        .iter()
        .zip(
            c.cell_headers
                .iter()
                .map(Some)
                .chain(std::iter::repeat(None)),
        )
        .map(|(&(s, e), h)| {
            let cell = c.text.get(s..e).unwrap_or("").trim();
            match h {
                Some(h) => format!("{} : {cell}", h.trim()),
                None => cell.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ; ")
}

/// Text of a line without Markdown markup around it (`# `, `**`, `*`, `_`).
fn clean(line: &str) -> &str {
    line.trim()
        .trim_start_matches('#')
        .trim()
        .trim_matches(|c: char| c == '*' || c == '_')
        .trim()
}

/// The adoption act of a paragraph: an adoption word near a complete date that no « mis à jour » introduces. A
/// date without its day (« en juin 2025 ») counts only when `need_day` is false and an adoption verb stands near
/// it (« approuvée … en juin 2025 »): a meeting word alone (« lors de sa séance de juin 2026, le conseil a
/// souhaité… ») recalls a meeting, not an act.
fn adoption_in(text: &str, span: Span, need_day: bool) -> Option<BodyAdoption> {
    let w = &*WORDS;
    let n = normalize(text);
    let instance = w
        .instances
        .iter()
        .filter_map(|i| find_word(&n.text, i).map(|at| (at, i)))
        .min()
        .map(|(at, i)| {
            let (s, e) = n.original(at, at + i.len());
            text[s..e].to_owned()
        });
    let names_text = TITLES
        .titre_commence_par
        .iter()
        .any(|t| find_word(&n.text, t).is_some());
    let strong = w.adoption_seule.iter();
    let weak = w
        .adoption
        .iter()
        .filter(|_| instance.is_some() || names_text);
    let verbs: Vec<usize> = weak.filter_map(|a| find_word(&n.text, a)).collect();
    let mut words: Vec<usize> = strong.filter_map(|a| find_word(&n.text, a)).collect();
    words.extend(&verbs);
    if words.is_empty() {
        return None;
    }
    for d in find_dates(text) {
        let with_day = text[d.start..d.end].starts_with(|c: char| c.is_ascii_digit());
        if d.value.kind != DateKind::Exact || (need_day && !with_day) {
            continue;
        }
        let (ds, de) = (n.from_original(d.start), n.from_original(d.end));
        // Up to 40 bytes before the date, widened to a char boundary (the text may hold 4-byte characters).
        let mut from = ds.saturating_sub(40);
        while !n.text.is_char_boundary(from) {
            from -= 1;
        }
        let before = &n.text[from..ds];
        if w.pas_adoption.iter().any(|p| before.contains(p.as_str())) {
            continue;
        }
        let candidates = if with_day { &words } else { &verbs };
        let near = candidates
            .iter()
            .any(|&a| (a < ds && ds - a <= NEAR) || (a >= de && a - de <= NEAR));
        if near {
            return Some(BodyAdoption {
                date: d.value.date,
                instance: instance.clone(),
                span,
                month_only: !with_day,
            });
        }
    }
    None
}

/// The authority a title-block line names: it starts with an authority's name (« Commune de … », « Université
/// Rives-de-Meuse »), or names one after « la Ville de ».
fn authority_in(line: &Line) -> Option<BodyText> {
    let w = &*WORDS;
    let cleaned = clean(&line.text);
    let offset = line.text.find(cleaned).unwrap_or(0);
    let n = normalize(cleaned);
    let t = n.text.as_str();
    let starts = |a: &String| {
        let rest = t
            .strip_prefix("la ")
            .or_else(|| t.strip_prefix("le "))
            .or_else(|| t.strip_prefix("l'"))
            .unwrap_or(t);
        let skipped = t.len() - rest.len();
        rest.strip_prefix(a.as_str())
            .filter(|r| r.starts_with(' ') || r.starts_with('\''))
            .map(|_| skipped)
    };
    // « la Ville de … » inside a line: the authority's word followed by « de », « du », « des » or « d' ».
    let inside = || {
        w.autorites.iter().find_map(|a| {
            let mut from = 0;
            while let Some(i) = t.get(from..).and_then(|r| r.find(a.as_str())) {
                let at = from + i;
                let after = &t[at + a.len()..];
                let left =
                    at == 0 || !crate::lexicon::normalize::is_word_byte(t.as_bytes()[at - 1]);
                if left
                    && ["de ", "du ", "des ", "d'"]
                        .iter()
                        .any(|p| after.strip_prefix(' ').is_some_and(|r| r.starts_with(p)))
                {
                    return Some(at);
                }
                from = at + 1;
            }
            None
        })
    };
    let at = w.autorites.iter().find_map(starts).or_else(inside)?;
    let (s, _) = n.original(at, at);
    let rest = &cleaned[s..];
    let end = rest
        .find([',', '·', '|', '—', '–', '(', ':', '.', '«'])
        .unwrap_or(rest.len());
    let mut name = rest[..end].trim();
    // Up to the verb that follows the name in a sentence.
    let mut at = 0;
    for word in name.split(' ') {
        if at > 0 && w.fin_de_nom.contains(&normalize_term(word)) {
            name = name[..at].trim_end();
            break;
        }
        at += word.len() + 1;
    }
    if name.chars().count() < 4 || name.chars().count() > 90 || !name.contains(' ') {
        return None;
    }
    let start = line.span.start + offset + s;
    Some(BodyText {
        text: name.to_owned(),
        span: Span::new(start, start + name.len()),
    })
}

/// A title line: the first title-block line naming a text of rules (« Charte … », « Politique … »), or naming one
/// after the authority and a dash (« Commune de Lherm — Charte d'usage de l'IA, adoptée le … »: the title runs to
/// the comma).
fn title_in(line: &Line, rule_texts: &[String]) -> Option<BodyText> {
    let cleaned = clean(&line.text);
    title_at(line, cleaned, rule_texts).or_else(|| {
        if rule_texts.iter().any(String::is_empty) {
            return None;
        }
        [" — ", " – ", " | "]
            .iter()
            .flat_map(|sep| cleaned.match_indices(sep).map(|(i, m)| i + m.len()))
            .find_map(|at| {
                let segment = cleaned[at..].split(',').next().unwrap_or("").trim();
                title_at(line, segment, rule_texts)
            })
    })
}

/// `title_in` for one stretch of a line (the whole cleaned line, or what follows a dash).
fn title_at(line: &Line, cleaned: &str, rule_texts: &[String]) -> Option<BodyText> {
    let n = normalize_term(cleaned);
    let named = rule_texts.iter().any(|p| {
        p.is_empty() && cleaned.chars().count() >= 4
            || n.strip_prefix(p.as_str())
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
    });
    if !named || cleaned.chars().count() > 160 || cleaned.ends_with('.') {
        return None;
    }
    let offset = line.text.find(cleaned).unwrap_or(0);
    let start = line.span.start + offset;
    Some(BodyText {
        text: cleaned.to_owned(),
        span: Span::new(start, start + cleaned.len()),
    })
}

/// Reads the title block and the signature.
pub(crate) fn read(charter: &Charter) -> BodyMeta {
    let (head, paragraphs, tail) = head_and_tail(charter);
    let mut meta = BodyMeta::default();
    // A Word or PDF export's first bold line may name the authority (« **Société Brunelle & Associés** »), the
    // title standing below it.
    let title_names_authority = charter.title.as_ref().is_some_and(|t| {
        authority_in(&Line {
            text: t.clone(),
            span: Span::new(0, 0),
            heading: true,
        })
        .is_some()
    });
    if charter.title.is_none() || title_names_authority {
        // A line naming a text of rules (« Charte … »), else the document's first heading (« IA générative : les bons
        // réflexes ») that does not name the authority.
        meta.title = head
            .iter()
            .find_map(|l| title_in(l, &TITLES.titre_commence_par))
            .or_else(|| {
                if title_names_authority {
                    return None;
                }
                head.iter()
                    .filter(|l| l.heading && authority_in(l).is_none())
                    .find_map(|l| title_in(l, &[String::new()]))
            });
    }
    meta.authority = head.iter().find_map(authority_in);
    // A paragraph may run over several lines (« Adoptée par l'Assemblée départementale / lors de sa séance du
    // 19 décembre 2025 »): the act is read on whole paragraphs.
    // A month alone needs an adoption verb (« approuvée … en juin 2025 »): « le conseil a souhaité, lors de sa
    // séance de juin 2026, qu'une charte encadre ces usages » recalls a meeting, not an adoption.
    // Under the signature, only a dated act counts (« Fait à …, le 26 septembre 2025 »): a closing paragraph that
    // recalls an older act (« une motion adoptée en décembre 2022 ») is history, not the adoption.
    meta.adoption = paragraphs
        .iter()
        .find_map(|p| adoption_in(&p.text, p.span, false))
        .or_else(|| tail.iter().find_map(|p| adoption_in(&p.text, p.span, true)))
        .or_else(|| {
            // Anywhere else, a dated act that names the charter itself (« La présente charte a été adoptée par le
            // conseil municipal le 3 juillet 2026 », in a last article followed by annexes).
            charter
                .clauses
                .iter()
                .filter(|c| names_itself(&c.text))
                .find_map(|c| adoption_in(&c.text, c.span(), true))
        });
    meta
}

/// The paragraph speaks of the charter itself (« la présente charte », « cette charte »): words of `metadata.toml`.
fn names_itself(text: &str) -> bool {
    let n = normalize(text);
    WORDS
        .le_texte_lui_meme
        .iter()
        .any(|t| find_word(&n.text, t).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(text: &str) -> BodyMeta {
        let charter =
            crate::parse::parse_text("t.md", text.to_owned(), crate::parse::Format::Markdown)
                .charter
                .expect("parses");
        read(&charter)
    }

    #[test]
    fn one_page_charter_states_everything_in_its_first_lines() {
        let m = meta("Charte d'usage de l'intelligence artificielle\n\nLa Ville de Montcabrier-sur-Lède\n\nAdoptée par délibération du conseil municipal du 25 septembre 2025\n\nLes agents vérifient les textes.\n");
        assert_eq!(
            m.title.expect("title").text,
            "Charte d'usage de l'intelligence artificielle"
        );
        assert_eq!(
            m.authority.expect("authority").text,
            "Ville de Montcabrier-sur-Lède"
        );
        let a = m.adoption.expect("adoption");
        assert_eq!(a.date, CivilDate::new(2025, 9, 25).expect("date"));
        assert_eq!(a.instance.as_deref(), Some("conseil municipal"));
    }

    #[test]
    fn a_title_after_the_authority_and_an_act_in_a_control_table() {
        let m = meta("Commune de Lherm — Charte d'usage de l'intelligence artificielle, adoptée par le conseil municipal le 17 septembre 2026\n\nLes agents relisent tout.\n");
        assert_eq!(
            m.title.expect("title").text,
            "Charte d'usage de l'intelligence artificielle"
        );
        let m = meta("# Politique IA\n\n| Référence | Approbation |\n|---|---|\n| POL-07 | Conseil d'administration du 26 juin 2026 |\n\nLes agents relisent tout.\n");
        assert!(m.adoption.is_some());
    }

    #[test]
    fn capitals_and_multi_line_acts() {
        let m = meta("DÉPARTEMENT DU HAUT-VERDON\nDirection générale des services\n\nCHARTE DÉPARTEMENTALE\n\nAdoptée par l'Assemblée départementale\nlors de sa séance du 19 décembre 2025\n\nLes agents relisent.\n");
        assert_eq!(
            m.authority.expect("authority").text,
            "DÉPARTEMENT DU HAUT-VERDON"
        );
        assert_eq!(
            m.adoption.expect("adoption").date,
            CivilDate::new(2025, 12, 19).expect("date")
        );
    }

    #[test]
    fn updates_publications_and_blanks_are_no_adoption() {
        for text in [
            "# Politique IA\n\nDernière modification par Camille R. — 3 novembre 2026\n\nTu relis tout.\n",
            "# Charte\n\nPublié le 8 juillet 2026\n\nLes agents relisent.\n",
            "# Charte\n\nAdoptée par délibération du conseil municipal du [date]\n\nLes agents relisent.\n",
            "# Charte\n\nElle est applicable à compter de sa diffusion.\n\nLes agents relisent.\n",
        ] {
            assert_eq!(meta(text).adoption, None, "{text}");
        }
    }

    #[test]
    fn wide_characters_just_before_a_date_are_no_panic() {
        // Found by the line-ending property test: the 40-byte window before a date started inside a
        // 4-byte character.
        let text = "# Charte\n\nAdoptée par délibération du conseil municipal 𞹗𞹗𞹗𞹗𞹗𞹗𞹗𞹗𞹗𞹗a du 25 septembre 2025\n\nLes agents relisent.\n";
        let m = meta(text);
        assert_eq!(
            m.adoption.expect("adoption").date,
            CivilDate::new(2025, 9, 25).expect("date")
        );
    }

    #[test]
    fn the_signature_dates_the_act() {
        let m = meta("# Charte\n\nLes agents relisent.\n\nFait à Montcabrier-sur-Lède, le 26 septembre 2025\n");
        assert_eq!(
            m.adoption.expect("adoption").date,
            CivilDate::new(2025, 9, 26).expect("date")
        );
    }

    #[test]
    fn a_month_alone_is_no_adoption_date() {
        let m = meta("# Offre d'emploi : chargé·e de mission IA\n\nLe conseil communautaire a souhaité, lors de sa séance de juin 2026, que ces usages soient encadrés par une charte.\n");
        assert_eq!(m.adoption, None);
        // With an adoption verb, a month is the date of the act (the day is unknown).
        let m = meta("# Charte éthique de l'IA\n\nLa charte approuvée par l'Assemblée départementale en juin 2025.\n");
        assert!(m.adoption.is_some());
    }

    #[test]
    fn a_month_alone_is_kept_as_a_month() {
        let m = meta("# Charte éthique de l'IA\n\nLa charte approuvée par l'Assemblée départementale en juin 2025.\n");
        assert!(m.adoption.expect("adoption").month_only);
        let m = meta(
            "# Charte\n\nAdoptée par délibération du conseil municipal du 25 septembre 2025\n",
        );
        assert!(!m.adoption.expect("adoption").month_only);
    }

    #[test]
    fn an_act_naming_the_charter_dates_it_anywhere() {
        let rules = "Les agents relisent chaque texte.\n\n".repeat(25);
        let annexes = "## Annexe\n\nModèle de mention.\n\n".repeat(6);
        let m = meta(&format!("# Charte\n\n{rules}## Article 12\n\nLa présente charte a été adoptée par le conseil municipal le 3 juillet 2026.\n\n{annexes}"));
        assert_eq!(
            m.adoption.expect("adoption").date,
            CivilDate::new(2026, 7, 3).expect("date")
        );
        // An act that does not name the charter, in the middle of the text, is another act.
        let m = meta(&format!(
            "# Charte\n\n{rules}Une délibération du 3 juillet 2021 a créé le service.\n\n{annexes}"
        ));
        assert_eq!(m.adoption, None);
    }

    #[test]
    fn a_first_heading_is_the_title_when_none_names_a_text_of_rules() {
        let text = "Mairie de Lhuis\n\n## Mairie de Lhuis\n\n## IA générative : les bons réflexes\n\nLes agents relisent les textes.\n";
        let parsed =
            crate::parse::parse_text("t.md", text.to_owned(), crate::parse::Format::Markdown);
        let mut charter = parsed.charter.expect("parses");
        charter.title = None;
        let m = read(&charter);
        // The authority's heading is no title; the next heading is.
        assert_eq!(
            m.title.map(|t| t.text).as_deref(),
            Some("IA générative : les bons réflexes")
        );
    }

    #[test]
    fn an_older_act_recalled_at_the_end_is_history() {
        let rules = "Les agents relisent chaque texte.\n\n".repeat(25);
        let m = meta(&format!("# Charte\n\n{rules}Une motion adoptée en décembre 2022 avait proscrit la reconnaissance faciale.\n"));
        assert_eq!(m.adoption, None);
    }

    #[test]
    fn an_act_in_a_sentence_and_a_version_line() {
        let m = meta("# Règles\n\nDocument interne · Version 3.0 du 2 février 2026, approuvée par la direction générale\n");
        let a = m.adoption.expect("adoption");
        assert_eq!(a.date, CivilDate::new(2026, 2, 2).expect("date"));
        assert_eq!(a.instance.as_deref(), Some("direction générale"));
        let m = meta("# Notre charte\n\nCommune de Bielle-en-Ossau\n\nLe conseil municipal, par délibération n° 47/2026 du 2 juillet 2026, a adopté la présente charte.\n");
        assert_eq!(
            m.authority.expect("authority").text,
            "Commune de Bielle-en-Ossau"
        );
        assert_eq!(
            m.adoption.expect("adoption").date,
            CivilDate::new(2026, 7, 2).expect("date")
        );
        // A company's policy in franglais: « approved by the CODIR » adopts it.
        let m = meta(
            "# AI Policy — Studio Brume

**v2 — approved by the CODIR le 14 avril 2026 — owner : Ops**
",
        );
        assert_eq!(
            m.adoption.expect("adoption").date,
            CivilDate::new(2026, 4, 14).expect("date")
        );
    }
}
