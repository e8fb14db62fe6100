//! The five renderings of the comparison matrix (table, Markdown, CSV, JSON, HTML). Every format shows the three
//! states of a cell — ✔ attested, ✗ absent from a full text, « non documenté » for a partial text that does not
//! mention the topic — with a text equivalent besides colour, and says on how many known texts each share rests.

use super::{Matrix, Row};
use crate::corpus::State;
use crate::i18n::{fill, text, Lang};
use crate::model::Topic;
use crate::output::csv::CsvStyle;
use crate::output::escape::{markdown_code, markdown_text, terminal};
use crate::output::{Format, UnsupportedFormat};
use crate::references::html::{esc, page, pct};

/// Renders the matrix in one of [`FORMATS`](super::FORMATS).
pub fn render(
    m: &Matrix,
    format: Format,
    lang: Lang,
    color: bool,
) -> Result<String, UnsupportedFormat> {
    Ok(match format {
        Format::Human => table(m, lang, color),
        Format::Markdown => markdown(m, lang),
        Format::Csv => csv(m, CsvStyle::Plain),
        Format::CsvFr => csv(m, CsvStyle::French),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(m).unwrap_or_default();
            s.push('\n');
            s
        }
        Format::Html => html(m, lang),
        Format::Sarif | Format::Github | Format::Short | Format::Docx => {
            return Err(UnsupportedFormat {
                format,
                what: "a comparison",
            })
        }
    })
}

/// The five groups of the taxonomy, by id prefix.
fn group_of(t: Topic) -> &'static str {
    t.id().split('.').next().unwrap_or("")
}

fn group_label(prefix: &str, lang: Lang) -> &'static str {
    match prefix {
        "gdpr" => lang.pick("Données personnelles (RGPD)", "Personal data (GDPR)"),
        "sovereignty" => lang.pick("Souveraineté", "Sovereignty"),
        "environment" => lang.pick("Environnement", "Environment"),
        "ai" => lang.pick(
            "Usages de l'IA (AI Act, éthique)",
            "AI uses (AI Act, ethics)",
        ),
        _ => lang.pick("Gouvernance de la charte", "Governance of the charter"),
    }
}

/// Column codes for narrow outputs: C1, C2… for charters, R1, R2… for references.
fn codes(m: &Matrix) -> Vec<String> {
    let (mut c, mut r) = (0, 0);
    m.columns
        .iter()
        .map(|col| {
            if col.kind == "reference" {
                r += 1;
                format!("R{r}")
            } else {
                c += 1;
                format!("C{c}")
            }
        })
        .collect()
}

/// « 9 des 12 chartes dont le texte est connu sur ce sujet »: the basis of a share.
fn basis(row: &Row, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!(
            "{} des {} chartes dont le texte est connu sur ce sujet",
            row.count, row.known
        ),
        Lang::En => format!(
            "{} of the {} charters whose text is known on this topic",
            row.count, row.known
        ),
    }
}

/// `9/12 (75 %)`, or `0/0` when no text is known on the topic.
fn coverage(row: &Row, lang: Lang) -> String {
    if row.known == 0 {
        "0/0".to_owned()
    } else {
        format!("{}/{} ({})", row.count, row.known, pct(row.share, lang))
    }
}

fn summary_line(m: &Matrix, lang: Lang) -> String {
    let n = m.columns.len();
    let full = m
        .columns
        .iter()
        .filter(|c| c.texte == crate::corpus::Texte::Integral)
        .count();
    match lang {
        Lang::Fr => format!(
            "{n} charte{s} comparée{s}, dont {full} en texte intégral ; sujets de consensus (traités par au moins {} des chartes dont le texte est connu sur le sujet) : {}",
            pct(m.threshold, lang),
            if m.consensus.is_empty() {
                "aucun".to_owned()
            } else {
                m.consensus.len().to_string()
            },
            s = if n > 1 { "s" } else { "" },
        ),
        Lang::En => format!(
            "{n} charter(s) compared, {full} of them full texts; consensus topics (covered by at least {} of the charters whose text is known on the topic): {}",
            pct(m.threshold, lang),
            m.consensus.len()
        ),
    }
}

/// The legend of the three states, in words.
fn legend(lang: Lang, yes: &str, no: &str, nd: &str) -> String {
    match lang {
        Lang::Fr => format!(
            "{yes} sujet traité · {no} sujet absent (texte intégral qui n'en parle pas) · {nd} non documenté (texte partiel ou reconstitué qui n'en parle pas : on ne sait pas) · ★ sujet de consensus. La couverture compte les chartes qui traitent le sujet sur celles dont le texte est connu sur ce sujet."
        ),
        Lang::En => format!(
            "{yes} covered · {no} absent (a full text that does not cover it) · {nd} not documented (a partial or reconstructed text silent on it: unknown) · ★ consensus topic. Coverage counts the charters covering the topic among those whose text is known on it."
        ),
    }
}

const GREEN: &str = "\x1b[32m";
const RED: &str = "\x1b[31m";
const GREY: &str = "\x1b[90m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

fn table(m: &Matrix, lang: Lang, color: bool) -> String {
    let codes = codes(m);
    let width = Topic::ALL
        .iter()
        .map(|t| t.label(lang).chars().count())
        .max()
        .unwrap_or(20)
        + 2;
    let mut o = String::new();
    let bold = |s: &str| {
        if color {
            format!("{BOLD}{s}{RESET}")
        } else {
            s.to_owned()
        }
    };
    o.push_str(&bold(&summary_line(m, lang)));
    o.push_str("\n\n");
    let mut head = format!("{:<width$}", lang.pick("sujet", "topic"));
    for c in &codes {
        head.push_str(&format!(" {c:>3}"));
    }
    head.push_str(&format!("  {}", lang.pick("couverture", "coverage")));
    o.push_str(&bold(&head));
    o.push('\n');
    let mut group = "";
    for row in &m.rows {
        let g = group_of(row.topic);
        if g != group {
            group = g;
            o.push_str(&bold(&format!("— {}", group_label(g, lang))));
            o.push('\n');
        }
        let mark = if row.consensus { "★ " } else { "  " };
        let label = format!("{mark}{}", row.topic.label(lang));
        let pad = width.saturating_sub(label.chars().count());
        o.push_str(&label);
        o.push_str(&" ".repeat(pad));
        for col in &m.columns {
            let (cell, tint) = match col.state(row.topic) {
                State::Attested => ("   ✔", GREEN),
                State::Absent => ("   ✗", RED),
                State::Undocumented => ("  nd", GREY),
            };
            if color {
                o.push_str(&format!("{tint}{cell}{RESET}"));
            } else {
                o.push_str(cell);
            }
        }
        o.push_str(&format!("  {}\n", coverage(row, lang)));
    }
    o.push('\n');
    o.push_str(&legend(lang, "✔", "✗", "nd"));
    o.push_str("\n\n");
    o.push_str(&bold(lang.pick("Colonnes", "Columns")));
    o.push('\n');
    for (code, col) in codes.iter().zip(&m.columns) {
        o.push_str(&format!(
            "  {code:>3}  {} ({}, {}, {})\n",
            terminal(&col.label),
            terminal(&col.id),
            col.texte.label(lang),
            crate::i18n::count(lang, col.covered, ("sujet", "sujets"), ("topic", "topics"))
        ));
    }
    o.push('\n');
    o.push_str(&bold(lang.pick("Sujets de consensus", "Consensus topics")));
    o.push('\n');
    consensus_text(m, lang, &mut o, |s| terminal(s).into_owned());
    o.push('\n');
    o.push_str(&bold(lang.pick(
        "Manques par rapport au consensus",
        "Gaps against the consensus",
    )));
    o.push('\n');
    gaps_text(m, lang, &mut o, |s| terminal(s).into_owned());
    o
}

/// One line per consensus topic, with the basis it rests on.
fn consensus_text(m: &Matrix, lang: Lang, o: &mut String, esc: impl Fn(&str) -> String) {
    if m.consensus.is_empty() {
        o.push_str(&format!(
            "{}\n",
            lang.pick(
                "Aucun sujet n'est traité par au moins trois quarts des chartes dont le texte est connu sur le sujet (il faut au moins un texte intégral parmi elles).",
                "No topic is covered by at least three quarters of the charters whose text is known on it (at least one full text is needed among them)."
            )
        ));
        return;
    }
    for row in m.rows.iter().filter(|r| r.consensus) {
        o.push_str(&format!(
            "- {} : {}\n",
            esc(row.topic.label(lang)),
            esc(&basis(row, lang))
        ));
    }
}

/// One gap list per charter: the absent consensus topics, and those a partial text does not document.
fn gap_line(g: &super::Gaps, lang: Lang) -> String {
    let list = |ts: &[Topic]| {
        ts.iter()
            .map(|t| t.label(lang))
            .collect::<Vec<_>>()
            .join(" ; ")
    };
    let mut text = if g.missing.is_empty() {
        lang.pick("aucun manque", "no gap").to_owned()
    } else {
        list(&g.missing)
    };
    if !g.undocumented.is_empty() {
        text.push_str(&format!(
            " ({} {})",
            lang.pick("non documentés :", "not documented:"),
            list(&g.undocumented)
        ));
    }
    text
}

fn gaps_text(m: &Matrix, lang: Lang, o: &mut String, esc: impl Fn(&str) -> String) {
    if m.consensus.is_empty() {
        o.push_str(&format!(
            "{}\n",
            lang.pick(
                "Aucun sujet n'atteint le seuil de consensus : pas de manque à signaler.",
                "No topic reaches the consensus threshold: no gap to report."
            )
        ));
        return;
    }
    for g in &m.gaps {
        o.push_str(&format!(
            "- {} : {}\n",
            esc(&g.label),
            esc(&gap_line(g, lang))
        ));
    }
}

/// A source address usable as a Markdown link destination (`<…>` form), or `None`.
fn md_url(url: &str) -> Option<String> {
    let ok = (url.starts_with("https://") || url.starts_with("http://"))
        && url
            .chars()
            .all(|c| c.is_ascii_graphic() && !matches!(c, '<' | '>' | '\\' | '|'));
    ok.then(|| format!("<{url}>"))
}

fn markdown(m: &Matrix, lang: Lang) -> String {
    let codes = codes(m);
    let nd = lang.pick("n. d.", "n/d");
    let mut o = format!(
        "# {}\n\n{}\n\n",
        lang.pick("Comparaison de chartes", "Charter comparison"),
        summary_line(m, lang)
    );
    o.push_str(&format!("| {} |", lang.pick("Sujet", "Topic")));
    for c in &codes {
        o.push_str(&format!(" {c} |"));
    }
    o.push_str(&format!(
        " {} |\n|---|",
        lang.pick("Couverture", "Coverage")
    ));
    for _ in &codes {
        o.push_str(":-:|");
    }
    o.push_str("--:|\n");
    for row in &m.rows {
        let label = if row.consensus {
            format!("**{}** ★", markdown_text(row.topic.label(lang)))
        } else {
            markdown_text(row.topic.label(lang))
        };
        o.push_str(&format!("| {label} |"));
        for col in &m.columns {
            let cell = col.cells.get(&row.topic);
            match (col.state(row.topic), cell.and_then(|c| c.source.as_deref())) {
                (State::Attested, Some(url)) => match md_url(url) {
                    Some(u) => o.push_str(&format!(" [✔]({u}) |")),
                    None => o.push_str(" ✔ |"),
                },
                (State::Attested, None) => o.push_str(" ✔ |"),
                (State::Absent, _) => o.push_str(" ✗ |"),
                (State::Undocumented, _) => o.push_str(&format!(" {nd} |")),
            }
        }
        o.push_str(&format!(" {} |\n", coverage(row, lang)));
    }
    o.push_str(&format!(
        "\n{}\n\n## {}\n\n",
        legend(lang, "✔", "✗", nd),
        lang.pick("Colonnes", "Columns")
    ));
    for (code, col) in codes.iter().zip(&m.columns) {
        o.push_str(&format!(
            "- **{code}** : {} ({}), {}, {}\n",
            markdown_text(&col.label),
            markdown_code(&col.id),
            col.texte.label(lang),
            crate::i18n::count(
                lang,
                col.covered,
                ("sujet traité", "sujets traités"),
                ("topic covered", "topics covered")
            )
        ));
    }
    o.push_str(&format!(
        "\n## {}\n\n",
        lang.pick("Sujets de consensus", "Consensus topics")
    ));
    consensus_text(m, lang, &mut o, markdown_text);
    o.push_str(&format!(
        "\n## {}\n\n",
        lang.pick(
            "Manques par rapport au consensus",
            "Gaps against the consensus"
        )
    ));
    gaps_text(m, lang, &mut o, markdown_text);
    markdown_sources(m, lang, &codes, &mut o);
    o
}

/// The detail section: for each reference, the clause that attests each topic and its source.
fn markdown_sources(m: &Matrix, lang: Lang, codes: &[String], o: &mut String) {
    let refs: Vec<(&String, &super::Column)> = codes
        .iter()
        .zip(&m.columns)
        .filter(|(_, c)| c.cells.values().any(|x| x.clause.is_some()))
        .collect();
    if refs.is_empty() {
        return;
    }
    o.push_str(&format!(
        "\n## {}\n",
        lang.pick(
            "Ce que disent les chartes de référence, et d'où vient chaque case ✔",
            "What the reference charters say, and where each ✔ comes from"
        )
    ));
    for (code, col) in refs {
        o.push_str(&format!(
            "\n### {code} — {} ({})\n\n",
            markdown_text(&col.label),
            col.texte.label(lang)
        ));
        for t in Topic::ALL {
            let Some(cell) = col.cells.get(t) else {
                continue;
            };
            let Some(clause) = &cell.clause else { continue };
            let source = match cell.source.as_deref().and_then(md_url) {
                Some(u) => format!(" — [{}]({u})", lang.pick("source", "source")),
                None => String::new(),
            };
            o.push_str(&format!(
                "- **{}** : « {} »{source}\n",
                markdown_text(t.label(lang)),
                markdown_text(clause)
            ));
        }
    }
}

/// The names heading the CSV columns: each charter's label (authority, title or file name; a reference's short name
/// and year), with its path or id added in parentheses when two columns would otherwise share a name.
fn column_names(m: &Matrix) -> Vec<String> {
    m.columns
        .iter()
        .map(|c| {
            if m.columns.iter().filter(|o| o.label == c.label).count() > 1 {
                format!("{} ({})", c.label, c.id)
            } else {
                c.label.clone()
            }
        })
        .collect()
}

fn csv(m: &Matrix, style: CsvStyle) -> String {
    let mut o = String::from(style.start());
    let mut head = vec!["sujet".to_owned(), "libelle".to_owned()];
    head.extend(column_names(m));
    head.extend(["couverture", "part", "consensus", "base"].map(str::to_owned));
    o.push_str(&style.record(&head));
    for row in &m.rows {
        let mut cells = vec![row.topic.id().to_owned(), row.label.clone()];
        cells.extend(m.columns.iter().map(|c| match c.state(row.topic) {
            State::Undocumented => "nd".to_owned(),
            _ => c.sentences(row.topic).to_string(),
        }));
        cells.extend([
            row.count.to_string(),
            style.number(row.share, 4),
            u8::from(row.consensus).to_string(),
            row.known.to_string(),
        ]);
        o.push_str(&style.record(&cells));
    }
    o
}

/// A sign for the eye (hidden from screen readers, which would read « coche ») and its words for screen readers
/// (hidden from the eye, which has the legend).
fn mark_html(sign: &str, words: &str) -> String {
    format!(
        "<span aria-hidden=\"true\">{sign}</span><span class=\"sr\">{}</span>",
        esc(words)
    )
}

/// « Comparaison établie le 28 novembre 2026 avec charte 0.1.0. Chartes de référence : … ».
fn stamp_line(m: &Matrix, lang: Lang) -> String {
    let date = crate::i18n::date(lang, m.stamp.date);
    match &m.stamp.corpus {
        Some(c) => fill(
            lang,
            "compare.stamp",
            &[
                ("date", &date),
                ("version", m.stamp.charte),
                ("corpus", &c.describe(lang)),
            ],
        ),
        None => fill(
            lang,
            "compare.stamp_no_corpus",
            &[("date", &date), ("version", m.stamp.charte)],
        ),
    }
}

/// One cell of the HTML matrix: its class, text and hover text (the clause and its source for a reference).
fn html_cell(col: &super::Column, topic: Topic, lang: Lang) -> String {
    let head = format!("{} — {}", col.label, topic.label(lang));
    let cell = col.cells.get(&topic);
    match col.state(topic) {
        State::Attested => {
            let n = cell.map_or(0, |c| c.sentences);
            let title = match cell.and_then(|c| c.clause.as_deref()) {
                Some(clause) => format!(
                    "{head} : « {} »{}",
                    crate::corpus::text::shorten(clause, 400),
                    cell.and_then(|c| c.source.as_deref())
                        .map(|u| format!(" ({} {u})", lang.pick("source :", "source:")))
                        .unwrap_or_default()
                ),
                None => format!("{head} : {n} {}", lang.pick("phrase(s)", "sentence(s)")),
            };
            let mark = match cell.and_then(|c| c.source.as_deref()) {
                Some(u) if u.starts_with("https://") || u.starts_with("http://") => format!(
                    "<a href=\"{}\">{}</a>",
                    esc(u),
                    mark_html("✔", text(lang, "compare.source"))
                ),
                _ => mark_html("✔", text(lang, "compare.yes")),
            };
            format!("<td class=\"yes\" title=\"{}\">{mark}</td>", esc(&title))
        }
        State::Absent => format!(
            "<td class=\"no\" title=\"{}\">{}</td>",
            esc(&format!(
                "{head} : {}",
                lang.pick(
                    "absent du texte intégral",
                    "absent from the full text"
                )
            )),
            mark_html("✗", text(lang, "compare.no"))
        ),
        State::Undocumented => format!(
            "<td class=\"nd\" title=\"{}\">{}</td>",
            esc(&format!(
                "{head} : {}",
                lang.pick(
                    "non documenté — le texte connu de cette charte est partiel et n'en parle pas ; on ne sait pas si la charte traite ce sujet",
                    "not documented — the known text of this charter is partial and silent on it; whether the charter covers it is unknown"
                )
            )),
            esc(lang.pick("n. d.", "n/d"))
        ),
    }
}

fn html(m: &Matrix, lang: Lang) -> String {
    let title = lang.pick(
        "Comparaison des chartes d'usage de l'IA",
        "Comparison of AI usage charters",
    );
    let mut b = format!(
        "<h1>{}</h1>\n<p class=\"lead\">{}</p>\n<p class=\"stamp\">{}</p>\n",
        esc(title),
        esc(&summary_line(m, lang)),
        esc(&stamp_line(m, lang))
    );
    b.push_str(&format!(
        "<p>{}</p>\n",
        esc(lang.pick(
            "Chaque ligne est un sujet qu'une charte d'usage de l'IA peut traiter ; chaque colonne est une charte. Une case verte (✔) signifie que la charte contient au moins une règle sur ce sujet (une obligation, une interdiction ou une procédure, pas une simple mention) ; une case rouge (✗), que son texte intégral n'en contient pas ; une case grise (n. d.), que seul un texte partiel est connu et qu'il n'en parle pas : on ne sait pas. Les parts et le consensus ne comptent que les chartes dont le texte est connu sur le sujet ; les sujets de consensus sont ceux que traitent au moins trois d'entre elles sur quatre.",
            "Each row is a topic an AI usage charter may cover; each column is a charter. A green cell (✔) means the charter has at least one rule on the topic (a duty, a ban or a procedure, not a passing mention); a red cell (✗) means its full text has none; a grey cell (n/d) means only a partial text is known and it is silent on the topic: unknown. Shares and consensus count only the charters whose text is known on the topic; consensus topics are those at least three out of four of them cover."
        ))
    ));
    b.push_str(&format!(
        "<p class=\"legend\"><span><span class=\"swatch\" style=\"background:var(--ok-bg)\"></span>{}</span><span><span class=\"swatch\" style=\"background:var(--ko-bg)\"></span>{}</span><span><span class=\"swatch\" style=\"background:var(--nd-bg)\"></span>{}</span><span>★ {}</span></p>\n",
        esc(lang.pick("✔ sujet traité", "✔ covered")),
        esc(lang.pick("✗ sujet absent (texte intégral)", "✗ absent (full text)")),
        esc(lang.pick("n. d. non documenté (texte partiel)", "n/d not documented (partial text)")),
        esc(lang.pick("sujet de consensus", "consensus topic"))
    ));
    if m.columns
        .iter()
        .any(|c| c.nature == Some("modele-reconstitue"))
    {
        b.push_str(&format!(
            "<p class=\"note\">{}</p>\n",
            esc(lang.pick(
                "Les colonnes marquées « réf. » sont des chartes de référence intégrées à charte : ce sont des modèles reconstitués à partir de descriptions publiques, pas les textes officiels. Ils n'attestent que ce que ces descriptions disent : un sujet qu'elles ne mentionnent pas est « non documenté », pas absent. Chaque ✔ mène à la source publique de la clause, citée au survol.",
                "Columns marked “ref.” are reference charters embedded in charte: models reconstructed from public descriptions, not the official texts. They attest only what those descriptions say: a topic they do not mention is “not documented”, not absent. Each ✔ links to the public source of the clause, quoted on hover."
            ))
        ));
    }
    b.push_str(&format!(
        "<h2>{}</h2>\n<table>\n<thead><tr><th scope=\"col\">{}</th>",
        esc(lang.pick("Matrice de couverture", "Coverage matrix")),
        esc(lang.pick("Sujet", "Topic"))
    ));
    for c in &m.columns {
        let short: String = if c.label.chars().count() > 38 {
            format!("{}…", c.label.chars().take(37).collect::<String>())
        } else {
            c.label.clone()
        };
        let mark = if c.kind == "reference" {
            lang.pick(" (réf.)", " (ref.)")
        } else {
            ""
        };
        b.push_str(&format!(
            "<th class=\"col\" scope=\"col\" title=\"{}\"><span>{}{}</span></th>",
            esc(&format!("{} — {} — {}", c.label, c.id, c.texte.label(lang))),
            esc(&short),
            esc(mark)
        ));
    }
    b.push_str(&format!(
        "<th scope=\"col\">{}</th></tr></thead>\n",
        esc(lang.pick(
            "Chartes qui le traitent / dont le texte est connu",
            "Charters covering it / whose text is known"
        ))
    ));
    let span = m.columns.len() + 2;
    let mut group = "";
    for row in &m.rows {
        let g = group_of(row.topic);
        if g != group {
            if !group.is_empty() {
                b.push_str("</tbody>\n");
            }
            group = g;
            b.push_str(&format!(
                "<tbody>\n<tr class=\"group\"><th colspan=\"{span}\" scope=\"rowgroup\">{}</th></tr>\n",
                esc(group_label(g, lang))
            ));
        }
        b.push_str(&format!(
            "<tr{}><th class=\"topic\" scope=\"row\">{}{}</th>",
            if row.consensus {
                " class=\"consensus\""
            } else {
                ""
            },
            esc(row.topic.label(lang)),
            if row.consensus { " ★" } else { "" }
        ));
        for c in &m.columns {
            b.push_str(&html_cell(c, row.topic, lang));
        }
        b.push_str(&format!(
            "<td class=\"count\" title=\"{}\">{}</td></tr>\n",
            esc(&basis(row, lang)),
            esc(&coverage(row, lang))
        ));
    }
    b.push_str("</tbody>\n</table>\n");
    b.push_str(&format!(
        "<h2>{}</h2>\n",
        esc(lang.pick("Sujets de consensus", "Consensus topics"))
    ));
    if m.consensus.is_empty() {
        let mut t = String::new();
        consensus_text(m, lang, &mut t, std::borrow::ToOwned::to_owned);
        b.push_str(&format!("<p>{}</p>\n", esc(t.trim_end())));
    } else {
        b.push_str("<ul>\n");
        for row in m.rows.iter().filter(|r| r.consensus) {
            b.push_str(&format!(
                "<li>{} : {}</li>\n",
                esc(row.topic.label(lang)),
                esc(&basis(row, lang))
            ));
        }
        b.push_str("</ul>\n");
    }
    b.push_str(&format!(
        "<h2>{}</h2>\n",
        esc(lang.pick(
            "Ce qui manque à chaque charte par rapport au consensus",
            "What each charter lacks against the consensus"
        ))
    ));
    if m.consensus.is_empty() {
        b.push_str(&format!(
            "<p>{}</p>\n",
            esc(lang.pick(
                "Sans sujet de consensus, il n'y a pas de manque à signaler.",
                "Without consensus topics there is no gap to report."
            ))
        ));
    } else {
        b.push_str("<ul class=\"gaps\">\n");
        for g in &m.gaps {
            b.push_str(&format!(
                "<li><strong>{}</strong> : {}</li>\n",
                esc(&g.label),
                esc(&gap_line(g, lang))
            ));
        }
        b.push_str("</ul>\n");
    }
    // A wide grid prints across the page; the grey of « non documenté » is defined here, the only page using it.
    page(lang, title, &b, MATRIX_STYLE)
}

/// The matrix's own style. Column names are turned on their side inside a `<span>` that makes the header cell as
/// tall as the name is long: the old `max-height` on a turned `<th>` capped the cell while the name ran on, and the
/// overflow, turned upwards, covered the section title and the introduction (seen in Chromium 156). On paper the
/// header row is repeated on every page of the matrix, which Chromium does only for a header short enough (about a
/// quarter of the page, measured with Chromium 156): in print the names are cut at 38 mm with an ellipsis (the
/// whole name stays on screen and in the cell's `title`). `tests/browser.rs` checks both in headless Chromium.
const MATRIX_STYLE: &str = r"
:root { --nd-bg: #eceef1; }
th.col { vertical-align: bottom; text-align: center; padding: .4rem .2rem; font-weight: 600; }
th.col span { display: inline-block; writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; text-align: left; }
td.nd { background: var(--nd-bg); color: #4a525c; text-align: center; font-style: italic; }
td.yes a { color: inherit; text-decoration: none; }
p.stamp { color: var(--muted); font-size: .9rem; }
.sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
@media print {
  @page { size: A4 landscape; margin: 1cm; }
  th, td { font-size: 7.5pt; padding: 1px 3px; }
  th.col { padding: 3px 1px; }
  th.col span { max-height: 38mm; overflow: hidden; text-overflow: ellipsis; }
}
";
